// The digit a key stands for, in any script a learner may type with: a Persian keyboard
// sends ۱ (U+06F1) and an Arabic one ١ (U+0661), not "1". `code` (Digit1, Numpad1) names
// the physical key whatever the layout, so it is read first; the character is the fallback
// for virtual keyboards that send no code.
const ZERO = [0x30, 0x660, 0x6f0]; // ASCII, Arabic-Indic, Extended Arabic-Indic (Persian)

/** 1–9 for a digit key, else null (0 picks nothing). */
export function digitOf(key: string, code = ''): number | null {
  const byCode = /^(?:Digit|Numpad)([1-9])$/.exec(code);
  if (byCode) return Number(byCode[1]);
  if (key.length !== 1) return null;
  const c = key.charCodeAt(0);
  for (const zero of ZERO) if (c > zero && c <= zero + 9) return c - zero;
  return null;
}
