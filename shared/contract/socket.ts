// Browser mode's WebSocket: the renderer's calls and the core's events over one connection,
// one JSON text message each. Types only (no zod), so the renderer's bundle stays small; the host
// checks every message it receives, and the core worker checks each call's input as always.
import type { EventName } from './index.js';
import type { Result } from '../result.js';

export const SOCKET_PATH = '/api/socket';

/** Page → host. The id is the page's own; the answer carries it back. */
export interface SocketCall {
  id: number;
  method: string;
  input?: unknown;
}

/** Host → page: what core.call(method, input) returned for the call with this id. */
export interface SocketAnswer {
  id: number;
  result: Result<unknown>;
}

/** Host → every open page: a core event, sent after the answer to the call that caused it. */
export interface SocketEvent {
  event: EventName;
  payload: unknown;
}

export type SocketMessage = SocketAnswer | SocketEvent;
