// Running inside an LMS (loaded only when a SCORM API was found, see main.ts). Reads the
// package's spotlight-package.json, initialises the API, keeps saved progress in
// suspend_data, reports completion, success and score whenever they change, and finishes
// when the page goes away. Any failure of the LMS is shown once and never stops the lesson.
import { decodeAssignment } from '../assignment/assignment';
import { assignmentNamespace } from '../assignment/assignment-progress';
import { useProgressStorage } from '../progress/storage';
import type { KeyValueStore } from '../progress/progress-store';
import type { FoundApi } from './find-api';
import { lmsReport, type ReportTarget } from './lms-report';
import { lmsStatus } from './lms-status.svelte';
import { PACKAGE_CONFIG_FILE, packageRoute, parsePackageConfig, type PackageConfig } from './package-config';
import { createScormSession, type LmsReport } from './scorm-session';
import { createSuspendStore } from './suspend-store';

async function readConfig(): Promise<PackageConfig | string> {
  try {
    const response = await fetch(PACKAGE_CONFIG_FILE, { cache: 'no-store' });
    if (!response.ok) return `${PACKAGE_CONFIG_FILE} could not be read (HTTP ${response.status})`;
    const parsed = parsePackageConfig(await response.json());
    return parsed.ok ? parsed.config : `${PACKAGE_CONFIG_FILE} is damaged (${parsed.detail})`;
  } catch (e) {
    return `${PACKAGE_CONFIG_FILE} could not be read (${String(e)})`;
  }
}

function reportTarget(config: PackageConfig, knownLessons: readonly string[], passing: number): ReportTarget | null {
  if (config.lesson) return { namespace: '', lessonIds: [config.lesson], passingScore: passing };
  const decoded = decodeAssignment(config.assignment ?? '', knownLessons);
  if (!decoded.ok) return null;
  return { namespace: assignmentNamespace(decoded.assignment), lessonIds: decoded.assignment.lessons, passingScore: passing };
}

export interface LmsRuntime {
  config: PackageConfig;
  storage: KeyValueStore;
  learner: { id: string; name: string };
  finish(): void;
}

export async function startLms(found: FoundApi, knownLessons: readonly string[]): Promise<LmsRuntime | null> {
  lmsStatus.active = true;
  const trouble = (detail: string) => (lmsStatus.trouble ??= detail);
  const config = await readConfig();
  if (typeof config === 'string') {
    trouble(config);
    return null;
  }
  const scorm = createScormSession(found, trouble);
  if (!scorm.initialize()) return null; // the learner works on, saved in this browser only

  const target = reportTarget(config, knownLessons, scorm.passingScore() ?? config.passingScore);
  let commitTimer: ReturnType<typeof setTimeout> | undefined;
  const commitSoon = () => {
    clearTimeout(commitTimer);
    commitTimer = setTimeout(() => scorm.commit(), 1500);
  };
  let reported = '';
  const report = () => {
    if (!target) return;
    const now: LmsReport = lmsReport(storage, target);
    const key = JSON.stringify(now);
    if (key === reported) return;
    // Completion is never taken back: a learner who restarts a finished lesson keeps it.
    if (!now.completed && reported.includes('"completed":true')) return;
    reported = key;
    scorm.report(now);
    commitSoon();
  };
  const storage = createSuspendStore(scorm.suspendData(), scorm.suspendLimit, (result) => {
    if (result.ok) scorm.saveSuspendData(result.data);
    else trouble(`progress is too large for the LMS to keep (${result.size} characters)`);
    report();
    commitSoon();
  });
  if (storage.damaged) trouble('the progress the LMS kept could not be read; starting afresh');
  useProgressStorage(storage);
  report();

  const route = packageRoute(config);
  if (location.hash === '' || location.hash === '#' || location.hash === '#/') location.replace(route);

  const finish = () => {
    clearTimeout(commitTimer);
    report();
    scorm.finish();
  };
  addEventListener('pagehide', finish, { once: true });

  const learner = scorm.learner();
  const lrs = config.lrs;
  if (lrs) {
    // The LMS knows who the learner is: statements carry its id (and name) as an account.
    void import('../xapi/xapi-runtime').then((rt) => {
      const started = rt.startXapi({
        lrs,
        actor: () => ({
          objectType: 'Agent',
          ...(learner.name ? { name: learner.name } : {}),
          account: { homePage: location.origin, name: learner.id || 'anonymous' },
        }),
        passingScore: target?.passingScore ?? config.passingScore,
      });
      // The learner is told (once) that results may not be recorded when the package's LRS
      // cannot be used or refuses its key; being offline is no news, the queue waits.
      if (!started.ok) trouble(`the learning record store address in ${PACKAGE_CONFIG_FILE} cannot be used (${started.problem}); no xAPI statements are sent`);
      else
        rt.watchXapi(lrs, (s) => {
          if (s.failure?.kind === 'refused') trouble(`the learning record store refused the statements (HTTP ${s.failure.status})`);
        });
    });
  }
  return { config, storage, learner, finish };
}
