// A saved email and a LibreOffice worksheet through the app's file picker: the picker offers
// them, both come in, and the report says what was left out of the worksheet's text.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tempDir } from '../helpers/tmp.js';
import { odtFile } from '../helpers/zip.js';
import { expect, importPicker, test } from './fixtures.js';

test('an .eml and an .odt import from the picker; the report counts the comments and struck text left out', async ({ app: page }) => {
  test.setTimeout(120_000);
  const dir = tempDir('gloss-e2e-email-odt-');
  try {
    const eml = join(dir.path, 'release.eml');
    writeFileSync(
      eml,
      [
        'From: Harbour City Council <press@harbour.example>',
        'Subject: Quay repairs begin on Monday',
        'Date: Tue, 12 Mar 2024 09:30:00 +0100',
        'MIME-Version: 1.0',
        'Content-Type: text/html; charset=utf-8',
        '',
        '<p>The council confirms that repairs to the old quay begin on Monday, with the northern berths closed first.</p>',
        '',
      ].join('\r\n'),
    );
    const odt = join(dir.path, 'worksheet.odt');
    writeFileSync(
      odt,
      odtFile(
        '<text:h text:outline-level="1">Checking a council statement</text:h><text:p>The statement says the repairs cost <text:span text:style-name="T1">€2 million</text:span> €3 million.<office:annotation><text:p>Ask the class which figure is right.</text:p></office:annotation></text:p>',
        { styles: '<style:style style:name="T1" style:family="text"><style:text-properties style:text-line-through-style="solid"/></style:style>' },
      ),
    );

    const picker = importPicker(page);
    await expect(picker).toHaveAttribute('accept', /\.eml\b.*\.odt\b/);
    await picker.setInputFiles([eml, odt]);
    const report = page.locator('.import-report');
    await expect(report).toContainText('Imported 2 articles', { timeout: 60_000 });
    await expect(report.locator('li', { hasText: 'worksheet.odt' })).toContainText('left out of the text: 1 comment, 1 struck-through passage. The file itself still has them.');

    const rows = page.getByRole('list', { name: 'Articles' }).getByRole('listitem');
    await expect(rows.filter({ hasText: 'Quay repairs begin on Monday' })).toHaveCount(1);
    await rows.filter({ hasText: 'Checking a council statement' }).locator('.article-open').click();
    await expect(page.locator('.pane .article .article-text')).toContainText('The statement says the repairs cost €3 million.');
  } finally {
    dir.remove();
  }
});
