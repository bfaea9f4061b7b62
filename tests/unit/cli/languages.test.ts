// gloss in Spanish, French and Arabic: chosen with --lang (before or after the command) or by
// the POSIX locale; a usage error, an import report and a not-found error in each, and --json
// the same in every language.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { langOption, localeLanguage } from '../../../electron/cli/i18n.js';
import { commonOptionsLast } from '../../../electron/cli/main.js';
import { gloss } from '../../integration/cli/run.js';
import { tempDir } from '../../helpers/tmp.js';

describe('the language gloss speaks', () => {
  it('is --lang wherever it is given, else LC_ALL, LC_MESSAGES, LANG (the first one set), else English', () => {
    expect(langOption(['--lang', 'es', 'list'])).toBe('es');
    expect(langOption(['list', '--json', '--lang=ar'])).toBe('ar');
    expect(langOption(['annotate', 'x', '--', '--lang', 'fr'])).toBeUndefined();
    // `edit --lang` is the article's language; the interface's goes before the command.
    const editTakesLang = (command: string) => command === 'edit';
    expect(langOption(['edit', 'ab12', '--lang', 'pt-BR'], editTakesLang)).toBeUndefined();
    expect(langOption(['--data-dir', '/lib', '--lang', 'fr', 'edit', 'ab12', '--lang', 'pt-BR'], editTakesLang)).toBe('fr');
    expect(commonOptionsLast(['--lang', 'fr', '--json', 'edit', 'ab12', '--lang', 'pt-BR'])).toEqual(['edit', 'ab12', '--lang', 'pt-BR', '--json']);
    expect(localeLanguage({ LC_ALL: 'fr_FR.UTF-8', LANG: 'es_ES.UTF-8' })).toBe('fr');
    expect(localeLanguage({ LC_ALL: '', LC_MESSAGES: 'ar_EG.UTF-8', LANG: 'es_ES.UTF-8' })).toBe('ar');
    expect(localeLanguage({ LANG: 'es_MX.UTF-8' })).toBe('es');
    expect(localeLanguage({ LC_ALL: 'C', LANG: 'fr_FR.UTF-8' })).toBe('en');
    expect(localeLanguage({ LC_ALL: 'POSIX.UTF-8' })).toBe('en');
    expect(localeLanguage({ LANG: 'de_DE.UTF-8' })).toBe('en');
    expect(localeLanguage({})).toBe('en');
  });
});

describe('gloss in other languages', { timeout: 400_000 }, () => {
  const tmp = tempDir('gloss-cli-lang-');
  const library = ['--data-dir', join(tmp.path, 'library')];
  const files = ['harbour.txt', 'quay.txt'].map((name) => join(tmp.path, name));

  beforeAll(() => {
    writeFileSync(files[0]!, 'The harbour bridge opens in spring\n\nThe council said the bridge would open in April, two months late.\n');
    writeFileSync(files[1]!, 'Council statement on the quay\n\nThe quay will close for repairs from Monday, the council said.\n');
  });
  afterAll(() => tmp.remove());

  const ways: Array<{ language: string; args: string[]; env: Record<string, string> }> = [
    { language: 'Spanish', args: ['--lang', 'es'], env: {} },
    { language: 'Arabic', args: ['--lang=ar'], env: {} },
    { language: 'French', args: [], env: { LANG: 'fr_FR.UTF-8' } },
  ];
  const sentences: Record<string, { unknownCommand: string; imported: string; duplicate: string; notFound: string; usage: string }> = {
    Spanish: {
      unknownCommand: 'gloss: Orden desconocida «frobnicate».',
      usage: 'Uso: gloss <orden> [opciones]',
      imported: 'Importados 2 artículos:',
      duplicate: '1 duplicado, ya en la biblioteca:',
      notFound: 'gloss: Ningún artículo coincide con el id «zzzz». Vea los ids con: gloss list',
    },
    Arabic: {
      unknownCommand: 'gloss: أمر غير معروف «frobnicate».',
      usage: 'الاستخدام: gloss <أمر> [خيارات]',
      imported: 'استُورد مقالان:',
      duplicate: 'نسخة مكررة واحدة، موجودة في المكتبة من قبل:',
      notFound: 'gloss: لا مقال يطابق المعرّف «zzzz». اعرض المعرّفات بالأمر: gloss list',
    },
    French: {
      unknownCommand: 'gloss: Commande inconnue « frobnicate ».',
      usage: 'Utilisation : gloss <commande> [options]',
      imported: '2 articles importés :',
      duplicate: '1 doublon, déjà dans la bibliothèque :',
      notFound: 'gloss: Aucun article ne correspond à l’identifiant « zzzz ». Voyez les identifiants avec : gloss list',
    },
  };

  it.each(ways)('says it in $language: a usage error, an import report, a not-found error', async ({ language, args, env }) => {
    const said = sentences[language]!;
    const dir = ['--data-dir', join(tmp.path, language)];

    const usage = await gloss([...args, 'frobnicate'], env);
    expect(usage.code).toBe(2);
    expect(usage.stderr).toContain(said.unknownCommand);
    expect(usage.stderr).toContain(said.usage);

    const imported = await gloss(['import', ...files, ...dir, ...args], env);
    expect(imported.code, imported.stderr).toBe(0);
    expect(imported.stdout).toContain(said.imported);
    const again = await gloss([...args, 'import', files[0]!, ...dir], env);
    expect(again.stdout).toContain(said.duplicate);

    const missing = await gloss(['show', 'zzzz', ...dir, ...args], env);
    expect(missing.code).toBe(1);
    expect(missing.stderr.trim()).toBe(said.notFound);
  });

  it('prints Arabic file types without the marks that set them apart in the window', async () => {
    const refused = ['budget.xlsx', 'tool.txt'].map((name) => join(tmp.path, name));
    writeFileSync(refused[0]!, 'PK');
    writeFileSync(refused[1]!, Buffer.from([0x4d, 0x5a, 0, 0, 0, 0, 1, 2]));
    const run = await gloss(['--lang', 'ar', 'import', ...refused, '--data-dir', join(tmp.path, 'refusing')]);
    expect(run.stderr).toContain('ملف .xlsx؛');
    expect(run.stderr).toContain('سمِّ ملف PDF بامتداد .pdf وملف Word بامتداد .docx');
    expect(run.stderr).not.toMatch(/[\u2066-\u2069]/);
  });

  it('lists the file types Gloss imports with the language\'s own "and"', async () => {
    const refused = join(tmp.path, 'budget.xlsx');
    writeFileSync(refused, 'PK');
    const run = await gloss(['--lang', 'es', 'import', refused, '--data-dir', join(tmp.path, 'listing')]);
    expect(run.stderr).toContain('.pdf, .docx y .odt');
    expect(run.stderr).not.toContain(' and ');
  });

  it('refuses a language it does not speak, naming the ones it does', async () => {
    const run = await gloss(['list', '--lang', 'de', ...library]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('--lang takes a language gloss speaks (en, es, fr, ar), not "de".');
  });

  it('prints the same --json in every language', async () => {
    await gloss(['import', ...files, ...library]);
    // One after another: the library is one file, and a slow machine would make them wait on it.
    const outputs = async (command: string[]) => [
      await gloss([...command, '--json', ...library]),
      await gloss(['--lang', 'es', ...command, '--json', ...library]),
      await gloss([...command, '--json', ...library], { LANG: 'ar_EG.UTF-8' }),
    ];
    let arabicNotFound = '';
    for (const command of [['import', files[0]!], ['show', 'zzzz'], ['list', '--limit', 'many']]) {
      const [english, spanish, arabic] = await outputs(command);
      expect(spanish!.stdout, command.join(' ')).toBe(english!.stdout);
      expect(arabic!.stdout, command.join(' ')).toBe(english!.stdout);
      expect(english!.stdout.length).toBeGreaterThan(2);
      if (command[0] === 'show') arabicNotFound = arabic!.stdout;
    }
    const notFound = JSON.parse(arabicNotFound);
    expect(notFound.error).toMatchObject({ code: 'not_found', key: 'cli.noArticleId', params: { id: 'zzzz' } });
    expect(notFound.error.message).toBe('No article matches the id "zzzz". See the ids with: gloss list');
  });
});
