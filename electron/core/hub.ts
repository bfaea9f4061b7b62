// The hub's API methods over electron/core/hub/.
import type { CoreContext, Handlers, Namespaced } from './context.js';
import { hubStatus, syncWithHub } from './hub/sync.js';

export function hubHandlers(ctx: CoreContext): Handlers<Namespaced<'hub'>> {
  return {
    'hub.sync': async (input) => {
      const report = await syncWithHub(ctx.db, input);
      if (report.added || report.updated || report.conflicts) ctx.emit('library.changed', { what: 'annotations' });
      return report;
    },
    'hub.status': () => hubStatus(ctx.db),
  };
}
