// The IPC door's rules, free of Electron so they are tested under Node: which channels exist,
// which frames may call them, and what a call from anywhere else gets.
import { methodNames, type MethodName } from '../shared/contract/index.js';
import type { Result } from '../shared/result.js';

/** The app is served from this origin (a privileged standard scheme registered in main.ts). */
export const APP_SCHEME = 'gloss';
export const APP_HOST = 'app';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;

export const EVENT_CHANNEL = 'gloss:event';

export function channelFor(method: MethodName): string {
  return `gloss:${method}`;
}

export const channels: readonly string[] = methodNames.map(channelFor);

/** What is needed of Electron's WebFrameMain to judge a sender. */
export interface SenderFrame {
  readonly url: string;
  readonly origin?: string;
  readonly parent: unknown;
}

/** Only the top frame of our own page may call the API: not a subframe, not any other origin. */
export function isAppFrame(frame: SenderFrame | null | undefined): boolean {
  if (!frame || frame.parent !== null) return false;
  if (frame.origin !== undefined && frame.origin !== APP_ORIGIN) return false;
  let url: URL;
  try {
    url = new URL(frame.url);
  } catch {
    return false;
  }
  return url.protocol === `${APP_SCHEME}:` && url.host === APP_HOST && url.username === '' && url.port === '';
}

export const forbidden: Result<never> = {
  ok: false,
  error: { code: 'forbidden', message: 'Only the Gloss window may call the Gloss API.' },
};

/** One IPC call: judged by its sender frame, then handed on (the core validates the input). */
export function routeCall(
  call: (method: MethodName, input: unknown) => Promise<Result<unknown>>,
  frame: SenderFrame | null | undefined,
  method: MethodName,
  input: unknown,
): Promise<Result<unknown>> {
  return isAppFrame(frame) ? call(method, input) : Promise.resolve(forbidden);
}
