// The Team panel: connect this library to a hub workspace, sync now or automatically, and see
// what waits (changes to send, conflicts, corrections of ours that lost) and when it last synced.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatMoment } from '../../../shared/i18n/format.js';
import { useLanguage } from '../i18n.js';
import { Dialog } from '../ui/Dialog.js';
import { showToast } from '../ui/toasts.js';
import { setAutoSync, settleTextConflict, syncTeam, teamStore, teamSummary } from './teamStore.js';
import { FormError } from '../ui/FormError.js';

export function TeamPanel({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation('team');
  const language = useLanguage();
  const state = teamStore.use();
  const hub = state.status?.hub ?? null;
  const [editing, setEditing] = useState(!hub);
  const [url, setUrl] = useState(hub?.url ?? '');
  const [workspace, setWorkspace] = useState(hub?.workspace ?? '');
  const [password, setPassword] = useState('');
  const [remember, setRemember] = useState(false);
  // The desktop app keeps a saved password with the system's keychain; browser mode cannot.
  const desktop = Boolean(window.gloss);

  const connect = async (e: React.FormEvent) => {
    e.preventDefault();
    const ok = await syncTeam({ url: url.trim(), workspace: workspace.trim(), password, remember });
    setPassword('');
    if (ok) {
      setEditing(false);
      showToast(t('panel.connected', { workspace: workspace.trim() }));
    }
  };

  const settle = async (articleId: string, keep: 'mine' | 'theirs') => {
    const refused = await settleTextConflict(articleId, keep);
    if (refused) showToast(refused, 'error');
  };

  return (
    <Dialog title={t('panel.title')} onClose={onClose} className="team-panel">
      {hub && !editing ? (
        <div className="stack">
          <dl className="team-facts">
            <dt>{t('panel.workspace')}</dt>
            <dd>{hub.workspace}</dd>
            <dt>{t('panel.hub')}</dt>
            <dd className="team-url">{hub.url}</dd>
            <dt>{t('panel.youAre')}</dt>
            <dd>
              {t('panel.userRole', { user: hub.user, role: hub.role })}
            </dd>
            <dt>{t('panel.status')}</dt>
            <dd>
              <span role="status" className={`team-state team-${state.phase}`}>
                {teamSummary(state)}
              </span>
            </dd>
            <dt>{t('panel.lastSync')}</dt>
            <dd>{hub.lastSync ? formatMoment(hub.lastSync, language) : t('panel.never')}</dd>
          </dl>
          {state.message && state.phase !== 'idle' && <p className="muted">{state.message}</p>}
          {state.status!.openConflicts > 0 && (
            <p>{t('panel.conflictsHelp')}</p>
          )}
          {state.status!.textConflicts.length > 0 && (
            <section aria-label={t('panel.textConflicts')}>
              <p>{t('panel.textConflictsHelp')}</p>
              <ul className="team-text-conflicts">
                {state.status!.textConflicts.map((c) => (
                  <li key={c.articleId} className="row">
                    <span>{t('panel.textConflict', { title: c.title, who: c.theirsBy ?? '?' })}</span>
                    <button type="button" onClick={() => void settle(c.articleId, 'mine')}>
                      {t('panel.useMine')}
                    </button>
                    <button type="button" onClick={() => void settle(c.articleId, 'theirs')}>
                      {t('panel.keepTheirs')}
                    </button>
                  </li>
                ))}
              </ul>
            </section>
          )}
          <label className="checkbox">
            <input type="checkbox" checked={state.auto} onChange={(e) => setAutoSync(e.target.checked)} />
            {t('panel.autoSync')}
          </label>
          <div className="row">
            <button type="button" className="primary" disabled={state.phase === 'syncing'} onClick={() => void syncTeam()}>
              {state.phase === 'syncing' ? t('panel.syncing') : t('panel.syncNow')}
            </button>
            <button type="button" onClick={() => setEditing(true)}>
              {t('panel.changeHub')}
            </button>
          </div>
        </div>
      ) : (
        <form className="stack" onSubmit={connect}>
          <p className="muted">{t('panel.about')}</p>
          <label>
            {t('panel.hubAddress')}
            <input required value={url} onChange={(e) => setUrl(e.target.value)} placeholder={t('panel.urlExample')} spellCheck={false} />
          </label>
          <label>
            {t('panel.workspace')}
            <input required value={workspace} onChange={(e) => setWorkspace(e.target.value)} />
          </label>
          <label>
            {t('panel.password')}
            <input type="password" value={password} onChange={(e) => setPassword(e.target.value)} autoComplete="current-password" />
            <span className="muted">{desktop ? t('panel.passwordHintDesktop') : t('panel.passwordHint')}</span>
          </label>
          {desktop && (
            <label className="checkbox">
              <input type="checkbox" checked={remember} onChange={(e) => setRemember(e.target.checked)} />
              {t('panel.remember')}
            </label>
          )}
          {state.message && state.phase !== 'idle' && <FormError message={state.message} />}
          <div className="row">
            <button type="submit" className="primary" disabled={state.phase === 'syncing'}>
              {state.phase === 'syncing' ? t('panel.connecting') : t('panel.connect')}
            </button>
            {hub && (
              <button type="button" onClick={() => setEditing(false)}>
                {t('common:cancel')}
              </button>
            )}
          </div>
        </form>
      )}
    </Dialog>
  );
}
