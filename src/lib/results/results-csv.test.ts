// The CSV opens right in a spreadsheet: a byte-order mark, RFC 4180 quoting, no formulas run.
import { expect, it } from 'vitest';
import { classView } from './class-results';
import { toSubmission } from './results-file';
import { csvCell, toCsv } from './results-csv';
import { resultsFile } from '../../../tests/fixtures/results-files';

it('starts with a byte-order mark and has one row per student and lesson, with totals, skills, browser and code', async () => {
  const sub = toSubmission(await resultsFile({ student: 'Анна Ñúñez', browserId: 'Xy12ab34cd', missed: ['claims-a'], attempts: 2, seconds: 754 }));
  const csv = toCsv(classView([sub], 'latest'));
  expect(csv.startsWith('\uFEFFstudent,')).toBe(true);
  const [header, row, end] = csv.slice(1).split('\r\n');
  expect(header).toBe(
    'student,browser,submissions,lesson,lesson title,submitted at,attempts,checks,minutes at work,points,max,hints used,claims points,claims max,sources points,sources max,completion code',
  );
  expect(row).toBe(`Анна Ñúñez,Xy12ab,1,tajik-isis-k,"Reading, ""critically""",2026-11-25T10:00:00.000Z,2,4,12.6,3,5,1,2,3,1,2,${sub.code}`);
  expect(end).toBe('');
  // A file that does not say how long the work took leaves the cell empty, not 0.
  const older = toSubmission(await resultsFile({ student: 'Bo' }));
  expect(toCsv(classView([older], 'latest')).split('\r\n')[1]).toMatch(/Z,1,2,,4,5,/);
});

it('defuses cells a spreadsheet would run as a formula', () => {
  for (const evil of ['=HYPERLINK("x")', '+1', '-2+3', '@SUM(A1)', '\tx', '\rx']) expect(csvCell(evil).replace(/^"/, '')).toMatch(/^'/);
  expect(csvCell('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
  expect(csvCell('Ana')).toBe('Ana');
  expect(csvCell(-2)).toBe('-2'); // numbers are numbers
  expect(csvCell('a\nb')).toBe('"a\nb"');
  expect(csvCell(null)).toBe('');
});
