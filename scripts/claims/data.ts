// The check-worthiness data in ../shared/data/checkworthy (see its README): TSV, no quoting.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export const checkworthyDir = join(import.meta.dirname, '..', '..', '..', 'shared', 'data', 'checkworthy');

export interface Labelled {
  text: string;
  label: number;
}

export function hasCheckworthyData(): boolean {
  return existsSync(join(checkworthyDir, 'train.tsv')) && existsSync(join(checkworthyDir, 'dev.tsv'));
}

export function readSplit(name: 'train' | 'dev'): Labelled[] {
  const lines = readFileSync(join(checkworthyDir, `${name}.tsv`), 'utf8').split(/\r?\n/).slice(1);
  return lines
    .filter((l) => l.trim())
    .map((line) => {
      const cols = line.split('\t');
      const label = cols.at(-1)!.trim();
      if (label !== 'Yes' && label !== 'No') throw new Error(`${name}.tsv: a row without a Yes/No label: ${line.slice(0, 80)}`);
      return { text: cols.slice(1, -1).join('\t'), label: label === 'Yes' ? 1 : 0 };
    });
}
