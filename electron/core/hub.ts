// The hub's API methods over electron/core/hub/. `remember` is the desktop app's: its main
// process keeps the password (electron/hub-password.ts) before the call reaches the core.
import type { CoreContext, Handlers, Namespaced } from './context.js';
import { claimHistory } from './hub/history.js';
import { hubStatus, syncWithHub } from './hub/sync.js';
import { settleTextConflict } from './hub/texts.js';

export function hubHandlers(ctx: CoreContext): Handlers<Namespaced<'hub'>> {
  return {
    'hub.sync': async ({ remember: _kept, ...target }) => {
      const report = await syncWithHub(ctx.db, target);
      if (report.received) {
        ctx.emit('library.changed', { what: 'articles', ...(Object.keys(report.renamed).length ? { renamed: report.renamed } : {}) });
        ctx.emit('library.changed', { what: 'annotations' });
      }
      return report;
    },
    'hub.status': () => hubStatus(ctx.db),
    'hub.claimHistory': ({ id }) => claimHistory(ctx.db, id),
    'hub.settleTextConflict': ({ articleId, keep }) => {
      settleTextConflict(ctx, articleId, keep);
      return { articleId };
    },
  };
}
