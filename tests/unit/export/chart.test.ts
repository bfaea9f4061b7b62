/// <reference lib="dom" />
// The collection chart's article labels: a long one is cut between graphemes, never inside an
// emoji, a flag or a letter with its mark, and fits the chart in Chromium, CJK and emoji too.
import { chromium, type Browser } from 'playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderHtmlReport } from '../../../electron/core/export/html.js';
import { chromiumLaunchOptions, chromiumPath } from '../../e2e/chromium.js';
import { article, reportData, statusTags } from '../../fixtures/export/report-data.js';

const graphemes = (s: string) => [...new Intl.Segmenter(undefined, { granularity: 'grapheme' }).segment(s)].map((g) => g.segment);

const titles = {
  flag: `${'A'.repeat(86)} 🇺🇦 Ukraine's grain corridor reopens after months of talks`,
  family: `${'B'.repeat(87)}👨‍👩‍👧‍👦 families return to the border towns`,
  skinTone: `${'C'.repeat(88)}👍🏽 thumbs up for the new crossing rules`,
  accents: 'Cafe\u0301 '.repeat(40),
  cjk: '政府宣布边境口岸将于下周重新开放，但援助组织表示物资仍然短缺，许多家庭仍在等待消息。'.repeat(4),
  emoji: '🚚🌾🇺🇦👨‍👩‍👧'.repeat(40),
  english: 'Officials insist the southern crossing will reopen within days, while aid groups say trucks are still waiting at the border '.repeat(2),
};
const data = reportData(
  Object.entries(titles).map(([id, title]) => ({
    article: article('A claim here.', { id, title, outlet: 'The Outlet' }),
    claims: [{ quote: 'A claim here', status: statusTags.false }],
  })),
);
const html = renderHtmlReport(data);
const labels = [...html.matchAll(/<text x="0" [^>]*class="chart-label">(.*?)<title>(.*?)<\/title><\/text>/g)].map((m) => ({ shown: m[1]!, full: m[2]! }));

describe('chart labels', () => {
  it('are cut between graphemes, with an ellipsis', () => {
    expect(labels).toHaveLength(Object.keys(titles).length);
    for (const { shown, full } of labels) {
      expect(shown.endsWith('…'), shown).toBe(true);
      const kept = graphemes(shown.slice(0, -1));
      expect(kept, shown).toEqual(graphemes(full).slice(0, kept.length));
    }
  });
});

describe.skipIf(!chromiumPath())('chart labels in Chromium', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await chromium.launch(chromiumLaunchOptions());
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
  });

  it('fit inside the chart, in any script', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.setContent(html);
    const widths = await page.evaluate(() => {
      const svg = document.querySelector<SVGSVGElement>('svg.chart')!;
      return {
        chart: svg.viewBox.baseVal.width,
        labels: [...svg.querySelectorAll<SVGTextElement>('.chart-label')].map((l) => ({ text: l.firstChild!.textContent, right: l.getBBox().x + l.getBBox().width })),
      };
    });
    for (const label of widths.labels) expect(label.right, label.text!).toBeLessThanOrEqual(widths.chart);
    await page.close();
  });
});
