// The one way the renderer reaches the core. In Electron the preload exposes window.gloss;
// in browser mode the same client is built over HTTP and Server-Sent Events. Either way every
// call resolves to a Result and never throws, so the UI only has to show error messages.
import { buildClient, type EventName, type GlossClient, type MethodName } from '../../../shared/contract/index.js';
import type { Result } from '../../../shared/result.js';

declare global {
  interface Window {
    gloss?: GlossClient;
  }
}

async function callOverHttp(method: MethodName, input: unknown): Promise<Result<unknown>> {
  let response: Response;
  try {
    response = await fetch('/api/' + method, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(input ?? {}),
    });
  } catch {
    return {
      ok: false,
      error: { code: 'unavailable', message: 'Gloss cannot reach its library. Is the Gloss server still running?' },
    };
  }
  try {
    return (await response.json()) as Result<unknown>;
  } catch {
    return {
      ok: false,
      error: {
        code: response.status === 403 ? 'forbidden' : 'internal',
        message:
          response.status === 403
            ? 'The Gloss server refused this page. Open the address printed by `npm run serve` again.'
            : `The Gloss server answered ${response.status} ${response.statusText} to ${method}.`,
      },
    };
  }
}

let events: EventSource | null = null;

function subscribeOverSse(event: EventName, listener: (payload: unknown) => void): () => void {
  events ??= new EventSource('/api/events');
  const handler = (e: MessageEvent<string>) => {
    try {
      listener(JSON.parse(e.data));
    } catch {
      // A malformed event is dropped: the next library.changed brings the UI back in step.
    }
  };
  events.addEventListener(event, handler);
  return () => events?.removeEventListener(event, handler);
}

export const gloss: GlossClient = window.gloss ?? buildClient(callOverHttp, subscribeOverSse);
