// A teacher's worksheet and answer key as PDF from the command line: the student copy holds the
// claims but no verdicts or notes, the answer key holds both.
import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { findChromium } from '../../../electron/core/chromium.js';
import type { Annotation, ImportReport } from '../../../shared/model.js';
import { tempDir } from '../../helpers/tmp.js';
import { gloss, glossJson } from './run.js';

const hasPdftotext = spawnSync('pdftotext', ['-v']).error === undefined;
// Whitespace is normalised: where a table cell wraps depends on the fonts installed.
const pdfText = (file: string) => execFileSync('pdftotext', ['-raw', file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');

describe.skipIf(!findChromium() || !hasPdftotext)('gloss export worksheet / answer-key as PDF', { timeout: 120_000 }, () => {
  const tmp = tempDir('gloss-cli-worksheet-');
  afterAll(() => tmp.remove());
  const lib = ['--data-dir', join(tmp.path, 'lib')];

  it('writes a student copy without verdicts or notes, and an answer key with them', async () => {
    const article = join(tmp.path, 'bridge.txt');
    writeFileSync(article, 'Bridge costs\n\nThe council said the bridge will cost 410 million, far above the estimate.\n');
    const report = await glossJson<ImportReport>(['import', article, ...lib]);
    const id = report.imported[0]!.id;
    await glossJson<Annotation>(['annotate', id, '--quote', 'will cost 410 million', '--status', 'mostly false', '--note', 'Tender documents say 380', ...lib]);

    const student = join(tmp.path, 'worksheet.pdf');
    expect((await gloss(['export', 'worksheet', '--article', id, '--out', student, ...lib])).code).toBe(0);
    expect(readFileSync(student).subarray(0, 5).toString()).toBe('%PDF-');
    const studentText = pdfText(student);
    expect(studentText).toContain('will cost 410 million');
    // The verdicts are listed as choices, with their definitions, before the article; none is given to the claim.
    expect(studentText).toContain('Mostly false — Contains an element of truth');
    expect(studentText.slice(studentText.indexOf('The council said'))).not.toMatch(/Mostly false/i);
    expect(studentText).not.toContain('Tender documents');

    const key = join(tmp.path, 'key');
    expect((await gloss(['export', 'answer-key', '--pdf', '--article', id, '--out', key, ...lib])).code).toBe(0);
    const keyText = pdfText(key);
    expect(keyText).toMatch(/Mostly false/i);
    expect(keyText).toContain('Tender documents say 380');
  });
});
