// The parse worker: one request at a time from html.ts, answered with text blocks or an error code.
// Each format's parser is loaded on its first request, and html.ts times the parse from when it
// starts, so that loading pdf.js or mammoth on a busy machine does not count against a file.
import { parentPort } from 'node:worker_threads';
import { GlossError } from '../errors.js';
import type { HtmlExtract } from './html-extract.js';
import type { ParseReply, ParseRequest, PreloadRequest } from './html.js';

async function parserFor(req: ParseRequest): Promise<() => HtmlExtract | Promise<HtmlExtract>> {
  switch (req.format) {
    case 'html': {
      const { extractHtml } = await import('./html-extract.js');
      return () => extractHtml(req.name, req.html, { webPage: !req.ownText });
    }
    case 'pdf': {
      const { extractPdf } = await import('./pdf-extract.js');
      return () => extractPdf(req.name, req.bytes);
    }
    case 'docx': {
      const { extractDocx } = await import('./docx-extract.js');
      return () => extractDocx(req.name, req.bytes);
    }
    case 'odt': {
      const { extractOdt } = await import('./odt-extract.js');
      return () => extractOdt(req.name, req.bytes);
    }
  }
}

const port = parentPort!;
port.on('message', async (req: ParseRequest | PreloadRequest) => {
  if ('preload' in req) {
    await import('./html-extract.js');
    return;
  }
  let reply: ParseReply;
  try {
    const parse = await parserFor(req);
    port.postMessage({ id: req.id, started: true } satisfies ParseReply);
    reply = { id: req.id, ok: true, value: await parse() };
  } catch (e) {
    reply =
      e instanceof GlossError
        ? { id: req.id, ok: false, error: e.toApiError() }
        : {
            id: req.id,
            ok: false,
            error: new GlossError('parse_failed', {
              key: 'import.unreadable',
              params: { name: req.name, format: req.format, detail: e instanceof Error ? e.message : String(e) },
            }).toApiError(),
          };
  }
  port.postMessage(reply);
});
