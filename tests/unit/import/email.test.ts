// Saved emails (.eml): a press release sent as HTML with a plain-text copy, a text-only message in
// an Arabic code page, a windows-1252 newsletter in quoted-printable, and files that are no email.
import { afterAll, describe, expect, it } from 'vitest';
import { closeHtmlWorker, prepareFile } from '../../../electron/core/import/index.js';
import { glossErrorOf } from '../../helpers/errors.js';

const FIRST = 'The council confirms that inspectors found cracks in eleven of the forty piers of the old quay.';
const LAST = 'Questions from the press can be sent to the council’s press office until Friday.';
const ARABIC = 'أكد المجلس البلدي أن المفتشين عثروا على تشققات في أحد عشر من أصل أربعين عمودا في الرصيف القديم.';

function qp(bytes: Uint8Array): string {
  const escaped = [...bytes].map((b) => (b === 0x3d || b > 0x7e ? `=${b.toString(16).toUpperCase().padStart(2, '0')}` : String.fromCharCode(b))).join('');
  return escaped.replace(/(.{70})(?=.)/g, '$1=\r\n');
}

/** A message: these headers, then its body (one part or a multipart's parts), lines ended with CRLF. */
function message(headers: string[], body: string[]): Uint8Array {
  return new Uint8Array(Buffer.from([...headers, '', ...body, ''].join('\r\n'), 'latin1'));
}

/** windows-1256 bytes of an Arabic text, from the platform's own decoder read backwards. */
function cp1256(text: string): Uint8Array {
  const decoder = new TextDecoder('windows-1256');
  const byChar = new Map<string, number>();
  for (let b = 0; b < 256; b++) byChar.set(decoder.decode(new Uint8Array([b])), b);
  return new Uint8Array([...text].map((c) => byChar.get(c)!));
}

const RELEASE = message(
  [
    'From: "Harbour City Council Press Office" <press@harbour.example>',
    'To: newsdesk@gazette.example',
    'Subject: Fwd: =?UTF-8?Q?Quay_repairs:_council_confirms_cracks_in_eleven_piers?=',
    // Late in the evening where it was sent: the 12th there, the 13th in UTC.
    'Date: Tue, 12 Mar 2024 23:30:00 -0500',
    'Message-ID: <release-17@harbour.example>',
    'MIME-Version: 1.0',
    'Content-Type: multipart/alternative; boundary="b1"',
  ],
  [
    '--b1',
    'Content-Type: text/plain; charset=utf-8',
    'Content-Transfer-Encoding: 8bit',
    '',
    'Only in the text copy, which the HTML part stands for.',
    '--b1',
    'Content-Type: text/html; charset=utf-8',
    'Content-Transfer-Encoding: quoted-printable',
    '',
    qp(
      new TextEncoder().encode(
        `<html><body><table><tr><td><p>${FIRST}</p><p>Ferries keep to the usual timetable while engineers decide which berths can stay open through the winter.</p><p>${LAST}</p></td></tr></table></body></html>`,
      ),
    ),
    '--b1--',
  ],
);

afterAll(() => closeHtmlWorker());

describe('saved emails (.eml)', () => {
  it('imports the HTML part, titled by the Subject, from its sender, dated the day it was sent', async () => {
    const a = await prepareFile('release.eml', RELEASE);
    expect(a.originalType).toBe('message/rfc822');
    expect(a.title).toBe('Quay repairs: council confirms cracks in eleven piers');
    expect(a.outlet).toBe('Harbour City Council Press Office');
    expect(a.publishedAt).toBe('2024-03-12');
    expect(a.body.startsWith(FIRST)).toBe(true);
    expect(a.body.endsWith(LAST)).toBe(true);
    expect(a.body).not.toContain('Only in the text copy');
    expect(a.language).toBe('en');
  });

  it('keeps a headline that is not the Subject in the text, and takes it as the title when there is no Subject', async () => {
    const html = `<html><head><title>Email</title></head><body><h1>Cracks found in eleven of forty piers</h1><p>${FIRST}</p><p>${LAST}</p></body></html>`;
    const headers = ['From: press@harbour.example', 'MIME-Version: 1.0', 'Content-Type: text/html; charset=utf-8', 'Content-Transfer-Encoding: base64'];
    const body = [Buffer.from(html).toString('base64')];
    const titled = await prepareFile('release.eml', message(['Subject: Press release 17/2024', ...headers], body));
    expect(titled.title).toBe('Press release 17/2024');
    expect(titled.body.startsWith(`Cracks found in eleven of forty piers\n\n${FIRST}`)).toBe(true);
    const untitled = await prepareFile('release.eml', message(headers, body));
    expect(untitled.title).toBe('Cracks found in eleven of forty piers');
    expect(untitled.body.startsWith(FIRST)).toBe(true);
  });

  it('reads the text part of a message whose HTML part is only pictures', async () => {
    const a = await prepareFile(
      'poster.eml',
      message(
        ['From: Harbour City Council <press@harbour.example>', 'Subject: Quay repairs', 'MIME-Version: 1.0', 'Content-Type: multipart/alternative; boundary="b"'],
        ['--b', 'Content-Type: text/plain; charset=utf-8', '', FIRST, '--b', 'Content-Type: text/html; charset=utf-8', '', '<html><body><a href="https://harbour.example"><img src="cid:poster@harbour" alt=""></a></body></html>', '--b--'],
      ),
    );
    expect(a.body).toBe(FIRST);
    expect(a.title).toBe('Quay repairs');
  });

  it('reads a text-only message in windows-1256, base64-encoded, right to left', async () => {
    const a = await prepareFile(
      'بيان.eml',
      message(
        [
          'From: =?windows-1256?B?' + Buffer.from(cp1256('المجلس البلدي')).toString('base64') + '?= <press@harbour.example>',
          'Subject: =?windows-1256?B?' + Buffer.from(cp1256('تشققات في الرصيف القديم')).toString('base64') + '?=',
          'Date: 12 Mar 2024 09:00:00 +0300',
          'MIME-Version: 1.0',
          'Content-Type: text/plain; charset=windows-1256',
          'Content-Transfer-Encoding: base64',
        ],
        [Buffer.from(cp1256(`${ARABIC}\r\n\r\n${ARABIC}`)).toString('base64').replace(/.{76}/g, '$&\r\n')],
      ),
    );
    expect(a.title).toBe('تشققات في الرصيف القديم');
    expect(a.outlet).toBe('المجلس البلدي');
    expect(a.body).toBe(`${ARABIC}\n\n${ARABIC}`);
    expect(a.direction).toBe('rtl');
  });

  it('reads windows-1252 and ISO-8859-1 quoted-printable parts with their curly quotes and accents', async () => {
    for (const charset of ['windows-1252', 'iso-8859-1']) {
      const ascii = (text: string) => [...text].map((c) => c.charCodeAt(0));
      const html = new Uint8Array([
        ...ascii('<p>The mayor called it '), 0x93, ...ascii('the worst storm in memory'), 0x94,
        ...ascii(' on Friday, as the harbour caf'), 0xe9, ...ascii(' stayed shut for a third day.</p>'),
      ]);
      const a = await prepareFile(
        'newsletter.eml',
        message(['From: Harbour Gazette <news@gazette.example>', 'Subject: Storm', 'MIME-Version: 1.0', `Content-Type: text/html; charset=${charset}`, 'Content-Transfer-Encoding: quoted-printable'], [qp(html)]),
      );
      expect(a.body, charset).toBe('The mayor called it “the worst storm in memory” on Friday, as the harbour café stayed shut for a third day.');
    }
  });

  it('reads a UTF-8 message that says it is ISO-8859-1 or US-ASCII, or names an unknown charset, as UTF-8', async () => {
    const text = 'The mayor called it “the worst storm in memory” on Friday; the harbour café stays shut — a third day.';
    for (const charset of ['iso-8859-1', 'us-ascii', 'x-unknown']) {
      const a = await prepareFile(
        'storm.eml',
        message(['From: news@gazette.example', 'Subject: Storm', 'MIME-Version: 1.0', `Content-Type: text/plain; charset=${charset}`, 'Content-Transfer-Encoding: 8bit'], [Buffer.from(text).toString('latin1')]),
      );
      expect(a.body, charset).toBe(text);
    }
  });

  it('reads a message forwarded as an attachment after the forwarder’s note, from its own sender and day', async () => {
    const release = [
      'From: Harbour City Council <press@harbour.example>',
      'Subject: Quay repairs: council confirms cracks',
      'Date: Mon, 11 Mar 2024 16:00:00 +0100',
      'MIME-Version: 1.0',
      'Content-Type: text/html; charset=utf-8',
      '',
      // UTF-8 bytes, as the message/rfc822 part carries them (message() writes one byte per character).
      Buffer.from(`<html><head><title>Release</title></head><body><p>${FIRST}</p><p>${LAST}</p></body></html>`).toString('latin1'),
    ];
    const a = await prepareFile(
      'fwd.eml',
      message(
        ['From: Reader <reader@mail.example>', 'To: tips@gazette.example', 'Subject: Fwd: Quay repairs: council confirms cracks', 'Date: Wed, 13 Mar 2024 10:00:00 +0000', 'MIME-Version: 1.0', 'Content-Type: multipart/mixed; boundary="b"'],
        ['--b', 'Content-Type: text/plain; charset=utf-8', '', 'Is this figure right? The council sent it on Monday.', '--b', 'Content-Type: message/rfc822', 'Content-Disposition: attachment; filename="release.eml"', '', ...release, '--b--'],
      ),
    );
    expect(a.title).toBe('Quay repairs: council confirms cracks');
    expect(a.outlet).toBe('Harbour City Council');
    expect(a.publishedAt).toBe('2024-03-11');
    expect(a.body).toBe(`Is this figure right? The council sent it on Monday.\n\n${FIRST}\n\n${LAST}`);

    // Forwarded inline (no Content-Disposition): the same, without the forwarded headers as lines of text.
    const inline = await prepareFile(
      'fwd-inline.eml',
      message(
        ['From: Reader <reader@mail.example>', 'Subject: Fwd: Quay repairs: council confirms cracks', 'MIME-Version: 1.0', 'Content-Type: multipart/mixed; boundary="b"'],
        ['--b', 'Content-Type: text/plain; charset=utf-8', '', 'Is this figure right? The council sent it on Monday.', '--b', 'Content-Type: message/rfc822', '', ...release, '--b--'],
      ),
    );
    expect(inline.outlet).toBe('Harbour City Council');
    expect(inline.body).toBe(a.body);
  });

  it('keeps every story of a newsletter of links, titled by its Subject, without its mailing furniture', async () => {
    const story = (n: number, headline: string, text: string) => `<tr><td><h2><a href="https://gazette.example/${n}">${headline}</a></h2><p>${text}</p></td></tr>`;
    const html = `<html><head><title>Newsletter</title></head><body><table width="600">
<tr><td><a href="https://mail.example/view">View this email in your browser</a></td></tr>
${story(1, 'Quay repairs begin on Monday', 'The council says work on the <a href="https://gazette.example/1">old quay</a> starts next week.')}
${story(2, 'Ferry fares rise in April', 'Fares on the island route go up by <a href="https://gazette.example/2">four per cent</a>.')}
<tr><td><h2>Also in the news</h2><ul><li><a href="https://gazette.example/4">Harbour master retires after thirty years</a></li><li><a href="https://gazette.example/5">New bus timetable published</a></li><li><a href="https://gazette.example/6">Lifeboat crew honoured</a></li></ul></td></tr>
<tr><td><p>You are receiving this because you subscribed. <a href="https://mail.example/u">Unsubscribe</a> | <a href="https://mail.example/p">Update preferences</a></p></td></tr>
</table></body></html>`;
    const a = await prepareFile(
      'briefing.eml',
      message(['From: Harbour Gazette <news@gazette.example>', 'Subject: Morning briefing: quay, fares, lifeboats', 'Date: Wed, 13 Mar 2024 07:00:00 +0000', 'MIME-Version: 1.0', 'Content-Type: text/html; charset=utf-8'], [html]),
    );
    expect(a.title).toBe('Morning briefing: quay, fares, lifeboats');
    expect(a.body).toBe(
      [
        'Quay repairs begin on Monday',
        'The council says work on the old quay starts next week.',
        'Ferry fares rise in April',
        'Fares on the island route go up by four per cent.',
        'Also in the news',
        'Harbour master retires after thirty years',
        'New bus timetable published',
        'Lifeboat crew honoured',
      ].join('\n\n'),
    );
  });

  it('reads a message saved with a byte order mark or an mbox "From " line above its headers', async () => {
    for (const before of ['\ufeff', 'From - Tue Mar 12 09:30:00 2024\r\n', '\ufeffFrom press@harbour.example Tue Mar 12 09:30:00 2024\r\n']) {
      const bytes = Buffer.concat([Buffer.from(before), Buffer.from(message(['From: Harbour City Council <press@harbour.example>', 'Subject: Quay repairs', 'Content-Type: text/plain; charset=utf-8'], [FIRST]))]);
      const a = await prepareFile('saved.eml', new Uint8Array(bytes));
      expect(a.outlet, JSON.stringify(before)).toBe('Harbour City Council');
      expect(a.body).toBe(FIRST);
    }
  });

  it('refuses a file that is no email, and an email with no body, saying so', async () => {
    for (const [name, bytes] of [
      ['notes.eml', new TextEncoder().encode('Notes from the council meeting\nThe quay closes on Monday.\n')],
      ['photo.eml', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13])],
    ] as const) {
      const e = await glossErrorOf(prepareFile(name, bytes));
      expect(e.code).toBe('unsupported_file');
      expect(e.key).toBe('import.notEmail');
      expect(e.message).toContain(name);
    }
    const onlyAttachment = message(
      ['From: press@harbour.example', 'Subject: Report', 'MIME-Version: 1.0', 'Content-Type: multipart/mixed; boundary="b"'],
      ['--b', 'Content-Type: application/pdf; name="report.pdf"', 'Content-Disposition: attachment; filename="report.pdf"', 'Content-Transfer-Encoding: base64', '', 'JVBERi0xLjQK', '--b--'],
    );
    const e = await glossErrorOf(prepareFile('report.eml', onlyAttachment));
    expect(e.code).toBe('empty_file');
    expect(e.message).toBe('"report.eml" has no text: the email has no message body, only an attachment. Save the attachment and import it, or paste the text.');
  });
});
