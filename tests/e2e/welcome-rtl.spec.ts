// The Arabic welcome lists the file types as they are written, left to right: ".txt, …, .docx"
// inside its parentheses, not "txt, …, .docx." with the first dot thrown to the far end by the
// right-to-left sentence around it.
import { join } from 'node:path';
import { expect, screenshotDir, test } from './fixtures.js';

test('the Arabic welcome writes ".txt" with its dot in front', async ({ app: page }) => {
  await page.evaluate(() => localStorage.setItem('gloss.language', 'ar'));
  await page.reload();
  const welcome = page.getByRole('region', { name: 'البداية' }).locator('p');
  await expect(welcome).toContainText('.txt');
  await page.getByRole('region', { name: 'البداية' }).screenshot({ path: join(screenshotDir, 'welcome-ar.png') });
  // Where each character is drawn: the dot of ".txt" left of its "t", the "(" right of both.
  const at = await welcome.evaluate((p) => {
    const text = p.firstChild as Text;
    const x = (i: number) => {
      const r = document.createRange();
      r.setStart(text, i);
      r.setEnd(text, i + 1);
      return r.getBoundingClientRect().left;
    };
    const dot = text.data.indexOf('.txt');
    const open = text.data.lastIndexOf('(', dot);
    return { dot: x(dot), t: x(dot + 1), open: x(open) };
  });
  expect(at.dot).toBeLessThan(at.t);
  expect(at.open).toBeGreaterThan(at.t);
});
