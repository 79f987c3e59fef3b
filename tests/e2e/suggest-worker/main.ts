// A page that only asks the suggestion client for suggestions and reports where they ran,
// built with the app's CSP so the browser test sees the worker load under it.
import { lastRunWhere, suggestOffThread } from '../../../src/lib/suggest/client';

const violations: string[] = [];
document.addEventListener('securitypolicyviolation', (e) => violations.push(`${e.violatedDirective} ${e.blockedURI}`));
const out = document.getElementById('result')!;
suggestOffThread('Officials said the fire was the worst disaster ever. Experts believe thousands of terrified people fled.', { language: 'en' })
  .then((s) => {
    out.textContent = JSON.stringify({ where: lastRunWhere(), count: s.length, kinds: s.map((x) => x.kind).sort(), violations });
  })
  .catch((e: unknown) => {
    out.textContent = JSON.stringify({ error: String(e), violations });
  });
