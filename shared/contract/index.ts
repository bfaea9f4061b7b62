// The API contract: every method any door serves, with its input schema and result type.
// electron/ipc.ts, electron/preload.ts, electron/host/ and the renderer are all typed from here.
import type { z } from 'zod';
import type { Result } from '../result.js';
import { annotationMethods } from './annotations.js';
import { backupMethods } from './backups.js';
import { claimWindowMethods } from './claimWindows.js';
import { classroomMethods } from './classroom.js';
import { classroomHubMethods } from './classroom-hub.js';
import type { Method } from './define.js';
import { eventListenerName, eventNames, type CamelEvent, type EventName, type Events } from './events.js';
import { historyMethods } from './history.js';
import { hubMethods } from './hub.js';
import { finderMethods } from './finder.js';
import { libraryMethods } from './library.js';
import { listMethods } from './list.js';
import { profileMethods } from './profile.js';
import { recordMethods } from './records.js';

export const contract = {
  ...libraryMethods,
  ...annotationMethods,
  ...claimWindowMethods,
  ...historyMethods,
  ...recordMethods,
  ...profileMethods,
  ...backupMethods,
  ...hubMethods,
  ...finderMethods,
  ...classroomMethods,
  ...classroomHubMethods,
  ...listMethods,
} as const;

export { eventListenerName, eventNames, type EventName, type Events };

export type Contract = typeof contract;
export type MethodName = keyof Contract;
export const methodNames = Object.keys(contract) as MethodName[];

export type InputOf<M extends MethodName> = z.input<Contract[M]['input']>;
/** The input after validation: defaults filled in. */
export type ParsedInputOf<M extends MethodName> = z.output<Contract[M]['input']>;
export type ResultOf<M extends MethodName> = Contract[M] extends Method<z.ZodType, infer R> ? R : never;

type Namespace = MethodName extends `${infer N}.${string}` ? N : never;

/** window.gloss: one async function per method, grouped by namespace (gloss.articles.list). */
export type GlossClient = {
  [N in Namespace]: {
    [M in MethodName as M extends `${N}.${infer F}` ? F : never]: (
      input: InputOf<M>,
    ) => Promise<Result<ResultOf<M>>>;
  };
} & {
  events: {
    [E in EventName as `on${Capitalize<CamelEvent<E>>}`]: (
      listener: (payload: Events[E]) => void,
    ) => () => void;
  };
};

/** Builds the nested client from one function that makes a call through some door. */
export function buildClient(
  call: (method: MethodName, input: unknown) => Promise<Result<unknown>>,
  subscribe: (event: EventName, listener: (payload: unknown) => void) => () => void,
): GlossClient {
  const client: Record<string, Record<string, unknown>> = { events: {} };
  for (const m of methodNames) {
    const [ns, fn] = m.split('.') as [string, string];
    (client[ns] ??= {})[fn] = (input: unknown) => call(m, input);
  }
  for (const e of eventNames) {
    client.events![eventListenerName(e)] = (listener: (payload: unknown) => void) => subscribe(e, listener);
  }
  return client as unknown as GlossClient;
}
