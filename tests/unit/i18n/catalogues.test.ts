// The catalogues: every language has every key English has (and no other), every message is
// ICU that parses, a translation uses the same arguments as English, and every key the code
// asks for exists.
import { parse, TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { catalogues, type Catalogue } from '../../../shared/i18n/catalogues.js';
import { languages } from '../../../shared/i18n/languages.js';
import { namespaces } from '../../../shared/i18n/namespaces.js';
import { repoRoot } from '../../helpers/corpus.js';

function flatten(catalogue: Catalogue, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(catalogue)) {
    if (typeof value === 'string') out.set(prefix + key, value);
    else for (const [k, v] of flatten(value, `${prefix}${key}.`)) out.set(k, v);
  }
  return out;
}

function argumentsOf(elements: MessageFormatElement[], into = new Set<string>()): Set<string> {
  for (const e of elements) {
    if (e.type === TYPE.argument || e.type === TYPE.number || e.type === TYPE.date || e.type === TYPE.time) into.add(e.value);
    if (e.type === TYPE.plural || e.type === TYPE.select) {
      into.add(e.value);
      for (const option of Object.values(e.options)) argumentsOf(option.value, into);
    }
    if (e.type === TYPE.tag) argumentsOf(e.children, into);
  }
  return into;
}

const english = Object.fromEntries(namespaces.map((ns) => [ns, flatten(catalogues.en[ns])]));

describe.each(languages.map((l) => l.code))('the %s catalogue', (code) => {
  it.each([...namespaces])('%s: the same keys as English, each an ICU message with the same arguments', (ns) => {
    const messages = flatten(catalogues[code][ns]);
    expect([...messages.keys()].sort(), `keys of ${code}/${ns}.json`).toEqual([...english[ns]!.keys()].sort());
    for (const [key, message] of messages) {
      let parsed: MessageFormatElement[];
      try {
        parsed = parse(message);
      } catch (e) {
        throw new Error(`${code}/${ns}.json "${key}" is not an ICU message: ${(e as Error).message}`);
      }
      expect(message.trim(), `${code}/${ns}.json "${key}" is empty`).not.toBe('');
      const wanted = argumentsOf(parse(english[ns]!.get(key)!));
      expect([...argumentsOf(parsed)].sort(), `arguments of ${code}/${ns}.json "${key}"`).toEqual([...wanted].sort());
    }
  });
});

// Keys the code names literally: t('key') in a file that says useTranslation('ns'), or 'ns:key'.
const sourceRoots = ['renderer/src', 'electron', 'shared'];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(e.name) ? [path] : [];
  });
}

it('every key the code asks for is in the English catalogue', () => {
  const missing: string[] = [];
  let asked = 0;
  for (const file of sourceRoots.flatMap((r) => sourceFiles(join(repoRoot, r)))) {
    const source = readFileSync(file, 'utf8');
    const fileNamespace = /useTranslation\(\s*'(\w+)'/.exec(source)?.[1] ?? /getFixedT\([^,]*,\s*'(\w+)'/.exec(source)?.[1] ?? 'common';
    for (const call of source.matchAll(/\bt\(\s*'([^']+)'/g)) {
      const [ns, key] = call[1]!.includes(':') ? call[1]!.split(':', 2) : [fileNamespace, call[1]!];
      asked++;
      if (!english[ns!]?.has(key!)) missing.push(`${relative(repoRoot, file)}: ${ns}:${key}`);
    }
  }
  expect(missing).toEqual([]);
  expect(asked, 'the scan finds the calls').toBeGreaterThan(0);
});
