// The class's results as a spreadsheet opens them: one row a student, whatever their name holds.
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import type { ClassScores, StudentResult } from '../../../shared/classroom.js';
import { classCsvColumns, renderClassCsv } from '../../../electron/core/classroom/feedback.js';

const student = (name: string): StudentResult => ({
  studentId: name,
  name,
  handedInAt: '2026-11-27T10:00:00.000Z',
  replaced: 0,
  found: 1,
  missed: 1,
  extra: 0,
  right: 1,
  adjacent: 0,
  wrong: 0,
  noVerdict: 0,
  techniqueOverlap: null,
  score: 60,
  claims: [],
  extras: [],
});

describe('the class CSV', () => {
  it('keeps a name with a line break in its row and a formula-like name as text', () => {
    // An answers file's student name is free text: trimmed, but a line break inside it is kept.
    const scores = { students: [student('Ana\nLópez'), student('=HYPERLINK("x")'), student('Ben')] } as ClassScores;
    const text = renderClassCsv(scores);
    // Excel, LibreOffice and Python's csv end a row at a bare LF or CR outside quotes.
    const rows = parse(text, { bom: true, record_delimiter: ['\r\n', '\n', '\r'] }) as string[][];
    expect(rows.map((r) => r.length)).toEqual([classCsvColumns.length, classCsvColumns.length, classCsvColumns.length, classCsvColumns.length]);
    expect(rows.slice(1).map((r) => r[0])).toEqual(['Ana\nLópez', `'=HYPERLINK("x")`, 'Ben']);
    expect(text.startsWith('\uFEFF')).toBe(true);
  });
});
