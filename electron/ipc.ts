// The Electron door: one handler per method of the contract, each refusing any sender but the
// app's own top frame and passing the call to the core worker, which validates the input.
import type { IpcMain, IpcMainInvokeEvent, WebContents } from 'electron';
import { methodNames } from '../shared/contract/index.js';
import type { CoreWorker } from './core/worker/client.js';
import { channelFor, EVENT_CHANNEL, routeCall } from './ipc-routes.js';

type Handle = Pick<IpcMain, 'handle' | 'removeHandler'>;

/** Registers every method; returns a function that removes them again. */
export function registerIpc(ipcMain: Handle, core: Pick<CoreWorker, 'call'>, isOurWindow: (sender: WebContents) => boolean): () => void {
  for (const method of methodNames) {
    ipcMain.handle(channelFor(method), (event: IpcMainInvokeEvent, input: unknown) =>
      routeCall((m, i) => core.call(m, i, `window-${event.sender.id}`), isOurWindow(event.sender) ? event.senderFrame : null, method, input),
    );
  }
  return () => methodNames.forEach((method) => ipcMain.removeHandler(channelFor(method)));
}

/** Core events go to the window as (name, payload) on one channel; the preload fans them out. */
export function forwardEvents(core: Pick<CoreWorker, 'onEvent'>, target: () => WebContents | null): () => void {
  return core.onEvent((event, payload) => {
    const contents = target();
    if (contents && !contents.isDestroyed()) contents.send(EVENT_CHANNEL, event, payload);
  });
}
