// Session time in each standard's own format: SCORM 1.2 wants CMITimespan
// (HHHH:MM:SS.SS), SCORM 2004 an ISO 8601 duration (PT#H#M#S).

export function scorm12Time(ms: number): string {
  const cs = Math.max(0, Math.round(ms / 10));
  const h = Math.floor(cs / 360000);
  const m = Math.floor((cs % 360000) / 6000);
  const s = (cs % 6000) / 100;
  const pad = (n: number, w: number) => String(n).padStart(w, '0');
  return `${pad(Math.min(h, 9999), 4)}:${pad(m, 2)}:${s.toFixed(2).padStart(5, '0')}`;
}

export function scorm2004Time(ms: number): string {
  const cs = Math.max(0, Math.round(ms / 10));
  const h = Math.floor(cs / 360000);
  const m = Math.floor((cs % 360000) / 6000);
  const s = (cs % 6000) / 100;
  return `PT${h ? `${h}H` : ''}${m ? `${m}M` : ''}${Number(s.toFixed(2))}S`;
}
