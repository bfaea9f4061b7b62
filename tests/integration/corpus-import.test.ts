// The five sample articles of ../shared/corpus/news-2024-rafah through the import pipeline:
// what a person sees after importing them — title, date, first and last paragraph, no page chrome.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { prepareFile } from '../../electron/core/import/index.js';
import { corpusDir } from '../helpers/corpus.js';

interface Case {
  file: string;
  /** The title the file carries, or null where it has none and one is made up. */
  title: string | null;
  publishedAt: string | null;
  first: string;
  last: string;
}

// Paragraphs copied from the files (without the leading " date ..." marker).
const cases: Case[] = [
  {
    file: '000_88f75b4fb3f80350.txt',
    title: null,
    publishedAt: '2024-03-10',
    first: "In a sharp exchange that escalates international tensions, Israeli Prime Minister Benjamin Netanyahu has staunchly rejected criticism from US President Joe Biden regarding Israel's military strategy in the ongoing conflict with Hamas in Gaza. This development comes in the wake of Biden's public condemnation of Israel's approach, emphasizing the significant civilian casualties and urging a reevaluation of tactics, especially during the sensitive period of Ramadan.",
    last: "As tensions continue to rise between Israel and the United States, the global community watches closely. The disagreement over military strategies in Gaza not only stresses the diplomatic relations between these nations but also raises questions about the future direction of the conflict and its impact on regional stability and international peace efforts. With no clear resolution in sight, the world remains hopeful for a de-escalation of hostilities and a renewed focus on diplomatic solutions to ensure the safety and security of all involved.",
  },
  {
    file: '001_a9653252cfcaa790.txt',
    title: null,
    publishedAt: '2024-03-19',
    first: "Prime Minister Benjamin Netanyahu has made a definitive stand against U.S. President Joe Biden's advice by planning a ground operation in Rafah to target Hamas, signaling a significant divergence in the Israeli-U.S. approach towards handling the crisis in Gaza. In discussions with a key Knesset committee, Netanyahu expressed that the operation is crucial for dismantling Hamas's military capabilities, despite Biden's concerns over potential civilian casualties and international isolation.",
    last: "Amid preparations for military action, Netanyahu has also addressed the humanitarian implications of the operation. He has discussed mechanisms for providing humanitarian aid and evacuating civilians, emphasizing Israel's commitment to minimizing harm to innocent people. Furthermore, Israel is exploring the construction of a new border crossing to facilitate aid delivery and civilian movement, underscoring the complex dynamics of military strategy and humanitarian concerns in the conflict.",
  },
  {
    file: '002_7eb5604a207352cb.txt',
    title: 'Netanyahu stands firm on Rafah offensive despite U.S. tensions',
    publishedAt: null,
    first: "Israeli Prime Minister Benjamin Netanyahu has shown no signs of backing down on his decision to continue the military offensive in Rafah, despite growing tensions with the United States.",
    last: "As the conflict in Rafah continues to escalate, it is unclear how the situation will unfold in the coming days. The international community will be closely watching to see how both Israel and the U.S. navigate this delicate situation and whether a ceasefire can be reached to prevent further bloodshed.",
  },
  {
    file: '003_580e1a875259e1d2.txt',
    title: null,
    publishedAt: '2024-03-29',
    first: "Amid growing international concern and diplomatic strains, Israel remains firm in its stance that its military actions in Gaza are a form of self-defense, strongly refuting allegations of genocide. This controversy comes at a time when Israel is engaging in high-stakes discussions with the United States regarding its military strategies in Rafah, a critical juncture for over a million displaced Palestinians. The situation is further complicated by a recent order from the International Court of Justice demanding Israel to facilitate better humanitarian access to Gaza.",
    last: "As Israel navigates these turbulent waters, the implications of its actions and the international community's response hold significant ramifications not only for the Israel-Hamas conflict but also for the broader Middle East geopolitical landscape. The coming days will likely see further developments as Israel, the United States, and other global actors grapple with the complex interplay of diplomacy, military strategy, and humanitarian concerns.",
  },
  {
    file: '004_0b72af7123025e83.txt',
    title: 'US and Israel tensions rise over Gaza',
    publishedAt: null,
    first: "Netanyahu has cancelled a high-level visit to the US to protest a UN Security Council decision calling for an immediate ceasefire which Washington allowed to pass.",
    last: "The dispute signals an erosion in the US-Israel relationship that has been under a microscope for months as the military assault on Hamas continues, escalating the humanitarian crisis in Gaza.",
  },
];

/** Lines of page chrome in the files; none may survive anywhere in a body or title. */
const chrome = [
  'Skip to content',
  'Home »',
  'World NewsWorld press',
  'World News',
  'date 2024',
  'اظهر المزيد',
  'مقالات ذات صلة',
  'اترك تعليقاً',
  'لن يتم نشر عنوان بريدك الإلكتروني',
  'الحقول الإلزامية',
  'زر الذهاب إلى الأعلى',
];

const dir = corpusDir();

describe.skipIf(!dir)('importing the Rafah sample articles', () => {
  for (const c of cases) {
    it(`${c.file}: title, date, first and last paragraph, no chrome`, async () => {
      const a = await prepareFile(c.file, readFileSync(join(dir!, c.file)));
      const paragraphs = a.blocks.map((b) => a.body.slice(b.start, b.end));
      expect(paragraphs.join('\n\n')).toBe(a.body);

      if (c.title !== null) expect(a.title).toBe(c.title);
      else {
        // A title made from the first sentence: never the date marker, never chrome, not too long.
        expect(a.title).not.toMatch(/^\s*date/i);
        expect(c.first.startsWith(a.title.replace(/…$/, ''))).toBe(true);
        expect(a.title.length).toBeGreaterThan(20);
        expect(a.title.length).toBeLessThanOrEqual(91);
      }
      expect(a.publishedAt).toBe(c.publishedAt);
      expect(paragraphs[0]).toBe(c.first);
      expect(a.blocks[0]!.kind).toBe('paragraph');
      expect(paragraphs.at(-1)).toBe(c.last);
      expect(a.blocks.at(-1)!.kind).toBe('paragraph');
      // The title is not repeated as the first block.
      expect(paragraphs[0]).not.toBe(a.title);
      for (const line of chrome) {
        expect(a.body).not.toContain(line);
        expect(a.title).not.toContain(line);
      }
      expect(a.direction).toBe('ltr');
      expect(a.language).toBe('en');
      expect(a.body).not.toMatch(/[ \u00a0]$/m);
    });
  }

  it('keeps the section headings of the articles that have them as heading blocks', async () => {
    const a = await prepareFile(cases[0]!.file, readFileSync(join(dir!, cases[0]!.file)));
    const headings = a.blocks.filter((b) => b.kind === 'heading').map((b) => a.body.slice(b.start, b.end));
    expect(headings).toEqual([
      'Escalating Conflict, Diverging Views',
      'International Repercussions and Calls for Peace',
      "Netanyahu's Firm Stance Amid Criticism",
    ]);
  });
});
