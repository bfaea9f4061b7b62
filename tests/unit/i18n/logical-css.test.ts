// Arabic turns the page right-to-left: the layout must follow, so the styles say start and end
// (margin-inline-start, inset-inline-end, text-align: start), never left and right.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { repoRoot } from '../../helpers/corpus.js';

const physical = [
  /\b(?:margin|padding|border)-(?:left|right)\b/,
  /(?:^|[\s;{])(?:left|right)\s*:/,
  /\b(?:text-align|float|clear)\s*:\s*(?:left|right)\b/,
  /\bborder-(?:top|bottom)-(?:left|right)-radius\b/,
];

it('the stylesheets use logical properties only, so the right-to-left interface mirrors', () => {
  const dir = join(repoRoot, 'renderer', 'src', 'styles');
  const found: string[] = [];
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.css'))) {
    readFileSync(join(dir, file), 'utf8')
      .split('\n')
      .forEach((line, i) => {
        if (physical.some((p) => p.test(line))) found.push(`${file}:${i + 1}: ${line.trim()}`);
      });
  }
  expect(found).toEqual([]);
});
