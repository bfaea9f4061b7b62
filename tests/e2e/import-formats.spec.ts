// Importing beyond English text files in the app: a PDF, a Word file and a KOI8-R text file
// come in together; the report says which encoding it assumed, and each article is read in its language.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Document, HeadingLevel, Packer, Paragraph } from 'docx';
import { repoRoot } from '../helpers/corpus.js';
import { articleHtml, longArticle } from '../helpers/pdf-fixtures.js';
import { tempDir } from '../helpers/tmp.js';
import { expect, expectAccessible, importPicker, screenshotDir, test } from './fixtures.js';

test('a PDF, a .docx and a KOI8-R file import together; the report names the encoding; the reader knows each language', async ({ app: page, browser }) => {
  // The first PDF and Word files load pdf.js and mammoth into the parse worker: slow on a busy machine.
  test.setTimeout(180_000);
  const dir = tempDir('gloss-e2e-formats-');
  try {
    const printing = await browser.newPage();
    await printing.setContent(articleHtml(longArticle(2)));
    const pdf = join(dir.path, 'quay-report.pdf');
    writeFileSync(pdf, await printing.pdf({ format: 'A4', margin: { top: '20mm', bottom: '20mm', left: '18mm', right: '18mm' } }));
    await printing.close();
    const docx = join(dir.path, 'statement.docx');
    const statement = new Document({
      sections: [
        {
          children: [
            new Paragraph({ text: 'Le conseil confirme les fissures du quai', heading: HeadingLevel.TITLE }),
            new Paragraph('Le conseil municipal confirme que les inspecteurs ont trouvé des fissures dans onze des quarante piliers du vieux quai.'),
          ],
        },
      ],
    });
    writeFileSync(docx, await Packer.toBuffer(statement));
    const koi8 = join(repoRoot, 'tests', 'fixtures', 'import', 'encodings', 'ru-koi8-r.txt');

    await importPicker(page).setInputFiles([pdf, docx, koi8]);
    const report = page.locator('.import-report');
    await expect(report).toContainText('Imported 3 articles', { timeout: 120_000 });
    await expect(report.locator('li', { hasText: 'ru-koi8-r.txt' })).toContainText('read as KOI8-R');
    await page.setViewportSize({ width: 1280, height: 720 });
    await page.screenshot({ path: join(screenshotDir, 'import-formats.png') });
    await expectAccessible(page, 'library with the import report');

    const rows = page.getByRole('list', { name: 'Articles' }).getByRole('listitem');
    for (const [title, lang] of [
      ['Мост в гавани откроют весной', 'ru'],
      ['Le conseil confirme les fissures du quai', 'fr'],
      ['Cracks found in forty-year-old harbour quay', 'en'],
    ] as const) {
      await rows.filter({ hasText: title }).locator('.article-open').click();
      // Each article opens in a pane beside the ones already open.
      await expect(page.locator('.pane .article').last()).toHaveAttribute('lang', lang);
      if (lang === 'en') {
        await page.screenshot({ path: join(screenshotDir, 'reader-pdf.png') });
        // The PDF's text opens with a heading, the others with a paragraph: each starts as high in its pane.
        const gaps = await page.locator('.pane-scroll').evaluateAll((scrollers) =>
          scrollers.map((s) => s.querySelector('.article-text')!.firstElementChild!.getBoundingClientRect().top - s.getBoundingClientRect().top),
        );
        expect(gaps[2]!, `the text's distance from each pane's top: ${gaps.join(', ')}`).toBeLessThanOrEqual(gaps[0]! + 1);
      }
      await page.getByRole('button', { name: 'Library', exact: true }).click();
    }
  } finally {
    dir.remove();
  }
});
