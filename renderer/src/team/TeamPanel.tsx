// The Team panel: connect this library to a hub workspace, sync now or automatically, and see
// what waits (claims to send, conflicts) and when it last synced.
import { useState } from 'react';
import { Dialog } from '../ui/Dialog.js';
import { showToast } from '../ui/toasts.js';
import { setAutoSync, syncTeam, teamStore, teamSummary } from './teamStore.js';

function when(iso: string | null): string {
  return iso ? new Date(iso).toLocaleString() : 'never';
}

export function TeamPanel({ onClose }: { onClose: () => void }) {
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
      showToast(`Connected to "${workspace.trim()}".`);
    }
  };

  return (
    <Dialog title="Team" onClose={onClose} className="team-panel">
      {hub && !editing ? (
        <div className="stack">
          <dl className="team-facts">
            <dt>Workspace</dt>
            <dd>{hub.workspace}</dd>
            <dt>Hub</dt>
            <dd className="team-url">{hub.url}</dd>
            <dt>You are</dt>
            <dd>
              {hub.user} ({hub.role})
            </dd>
            <dt>Status</dt>
            <dd>
              <span role="status" className={`team-state team-${state.phase}`}>
                {teamSummary(state)}
              </span>
            </dd>
            <dt>Last sync</dt>
            <dd>{when(hub.lastSync)}</dd>
          </dl>
          {state.message && state.phase !== 'idle' && <p className="muted">{state.message}</p>}
          {state.status!.openConflicts > 0 && (
            <p>
              Open the claims marked with a conflict in the reader to keep yours or take theirs; the choice reaches the others at the next
              sync.
            </p>
          )}
          <label className="checkbox">
            <input type="checkbox" checked={state.auto} onChange={(e) => setAutoSync(e.target.checked)} />
            Sync automatically while the hub can be reached
          </label>
          <div className="row">
            <button type="button" className="primary" disabled={state.phase === 'syncing'} onClick={() => void syncTeam()}>
              {state.phase === 'syncing' ? 'Syncing…' : 'Sync now'}
            </button>
            <button type="button" onClick={() => setEditing(true)}>
              Change hub…
            </button>
          </div>
        </div>
      ) : (
        <form className="stack" onSubmit={connect}>
          <p className="muted">
            A team hub is a PostgreSQL database your newsroom or school runs. Your administrator gives you its address, a workspace and
            a password. This library stays on this computer and keeps working offline.
          </p>
          <label>
            Hub address
            <input required value={url} onChange={(e) => setUrl(e.target.value)} placeholder="postgres://you@hub.example.org/gloss" spellCheck={false} />
          </label>
          <label>
            Workspace
            <input required value={workspace} onChange={(e) => setWorkspace(e.target.value)} />
          </label>
          <label>
            Password
            <input type="password" value={password} onChange={(e) => setPassword(e.target.value)} autoComplete="current-password" />
            <span className="muted">Leave empty to use PGPASSWORD or ~/.pgpass{desktop ? ', or the password saved here' : ''}.</span>
          </label>
          {desktop && (
            <label className="checkbox">
              <input type="checkbox" checked={remember} onChange={(e) => setRemember(e.target.checked)} />
              Remember the password on this computer (kept by the system keychain)
            </label>
          )}
          {state.message && state.phase !== 'idle' && (
            <p role="alert" className="form-error">
              {state.message}
            </p>
          )}
          <div className="row">
            <button type="submit" className="primary" disabled={state.phase === 'syncing'}>
              {state.phase === 'syncing' ? 'Connecting…' : 'Connect and sync'}
            </button>
            {hub && (
              <button type="button" onClick={() => setEditing(false)}>
                Cancel
              </button>
            )}
          </div>
        </form>
      )}
    </Dialog>
  );
}
