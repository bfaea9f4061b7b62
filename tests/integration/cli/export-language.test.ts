// `gloss export … --lang`: the worksheet and the report written in the language asked for,
// and a language Gloss does not write refused before anything is written.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ImportReport } from '../../../shared/model.js';
import { tempDir } from '../../helpers/tmp.js';
import { gloss, glossJson } from './run.js';

describe('gloss export --lang', { timeout: 120_000 }, () => {
  const tmp = tempDir('gloss-cli-lang-');
  const lib = ['--data-dir', join(tmp.path, 'lib')];
  let id = '';
  beforeAll(async () => {
    const article = join(tmp.path, 'bridge.txt');
    writeFileSync(article, 'Bridge costs\n\nThe council said the bridge will cost 410 million. Critics called it a reckless gamble.\n');
    id = (await glossJson<ImportReport>(['import', article, ...lib])).imported[0]!.id;
    await gloss(['annotate', id, '--quote', 'will cost 410 million', ...lib]);
  }, 120_000);
  afterAll(() => tmp.remove());

  it('writes the worksheet in Spanish, and says what it lacks in Spanish', async () => {
    const out = join(tmp.path, 'ficha.html');
    const run = await gloss(['export', 'worksheet', '--article', id, '--out', out, '--lang', 'es', ...lib]);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stderr).toContain('aviso: 1 afirmación no tiene veredicto');
    const html = readFileSync(out, 'utf8');
    expect(html).toContain('<html lang="es" dir="ltr">');
    expect(html).toContain('Veredictos para elegir');
  });

  it('takes a locale such as ar_EG.UTF-8 for Arabic', async () => {
    const out = join(tmp.path, 'report.md');
    const run = await gloss(['export', 'md', '--article', id, '--out', out, '--lang', 'ar_EG.UTF-8', ...lib]);
    expect(run.code, run.stderr).toBe(0);
    expect(readFileSync(out, 'utf8')).toContain('| # | الاقتباس | الحالة | أساليب التحيز | ملاحظة | الأدلة |');
  });

  it('writes in the language of the locale when --lang is not given', async () => {
    const out = join(tmp.path, 'rapport.html');
    const run = await gloss(['export', 'html', '--article', id, '--out', out, ...lib], { LANG: 'fr_FR.UTF-8' });
    expect(run.code, run.stderr).toBe(0);
    expect(readFileSync(out, 'utf8')).toContain('<html lang="fr" dir="ltr">');
  });

  it('refuses a language it does not write', async () => {
    const out = join(tmp.path, 'bericht.html');
    const run = await gloss(['export', 'html', '--article', id, '--out', out, '--lang', 'de', ...lib]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('--lang takes a language gloss speaks (en, es, fr, ar), not "de".');
    expect(existsSync(out)).toBe(false);
  });
});
