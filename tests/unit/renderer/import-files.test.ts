// The page's picker and drop zone take every file the core imports: a file the core reads was
// once turned back in the page as "not a file Gloss imports" because the page kept its own list.
import { describe, expect, it, vi } from 'vitest';
import { readFiles } from '../../../renderer/src/library/files.js';

// The page's catalogues need a browser's storage; the message's key is enough here.
vi.mock('../../../renderer/src/i18n.js', () => ({ i18n: { t: (key: string) => key } }));

describe('files dropped on the library', () => {
  it('keeps .xhtml, .mdown and .text files for the core to import', async () => {
    const names = ['page.xhtml', 'notes.mdown', 'memo.text', 'story.HTML'];
    const { read, skipped } = await readFiles(names.map((name) => new File(['<p>Quay repairs begin on Monday.</p>'], name)));
    expect(skipped).toEqual([]);
    expect(read.map((f) => f.name)).toEqual(names);
  });

  it('still turns back a file the core would refuse, saying why', async () => {
    const { read, skipped } = await readFiles([new File(['x'], 'budget.xlsx')]);
    expect(read).toEqual([]);
    expect(skipped.map((s) => s.name)).toEqual(['budget.xlsx']);
    expect(skipped[0]!.message).toMatch(/^library:import\./);
  });
});
