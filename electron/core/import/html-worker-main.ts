// The HTML worker: one request at a time from html.ts, answered with text blocks or an error code.
import { parentPort } from 'node:worker_threads';
import { GlossError } from '../errors.js';
import { extractHtml } from './html-extract.js';
import type { HtmlReply, HtmlRequest } from './html.js';

const port = parentPort!;
port.on('message', (req: HtmlRequest) => {
  let reply: HtmlReply;
  try {
    reply = { id: req.id, ok: true, value: extractHtml(req.name, req.html) };
  } catch (e) {
    reply =
      e instanceof GlossError
        ? { id: req.id, ok: false, code: e.code, message: e.message }
        : {
            id: req.id,
            ok: false,
            code: 'parse_failed',
            message: `"${req.name}" could not be read as HTML (${e instanceof Error ? e.message : String(e)}). Save the article as text and import that.`,
          };
  }
  port.postMessage(reply);
});
