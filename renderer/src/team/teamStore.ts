// The team hub as the window sees it: the library's hub status, whether the last attempt
// reached the hub, and automatic sync while it can be reached. Offline comes first: a failed
// automatic sync only changes the status line; the library works as before.
import type { HubStatus } from '../../../shared/model.js';
import { gloss } from '../api/client.js';
import { createStore } from '../api/store.js';
import { errorText } from '../errorText.js';
import { i18n } from '../i18n.js';
import { showToast } from '../ui/toasts.js';

export interface TeamState {
  status: HubStatus | null;
  phase: 'idle' | 'syncing' | 'offline' | 'error';
  /** The last failure, for the panel. */
  message: string | null;
  auto: boolean;
}

const AUTO_KEY = 'gloss.team.autoSync';
export const AUTO_SYNC_MS = 60_000;

export const teamStore = createStore<TeamState>({
  status: null,
  phase: 'idle',
  message: null,
  auto: localStorage.getItem(AUTO_KEY) !== 'off',
});

export async function refreshTeamStatus(): Promise<void> {
  const result = await gloss.hub.status({});
  if (result.ok) teamStore.set((s) => ({ ...s, status: result.value }));
}

export function setAutoSync(auto: boolean): void {
  localStorage.setItem(AUTO_KEY, auto ? 'on' : 'off');
  teamStore.set((s) => ({ ...s, auto }));
}

export interface Connection {
  url: string;
  workspace: string;
  password?: string;
  remember?: boolean;
}

/** Syncs with the given hub, or the library's own; true when it went through. */
export async function syncTeam(connection?: Connection): Promise<boolean> {
  const hub = connection ?? teamStore.get().status?.hub;
  if (!hub) return false;
  teamStore.set((s) => ({ ...s, phase: 'syncing' }));
  const input = { url: hub.url, workspace: hub.workspace, ...(connection?.password ? { password: connection.password } : {}), ...(connection?.remember ? { remember: true } : {}) };
  const result = await gloss.hub.sync(input);
  await refreshTeamStatus();
  if (result.ok) {
    teamStore.set((s) => ({ ...s, phase: 'idle', message: null }));
    // A viewer sent nothing: what the hub lost comes back from those who wrote it.
    if (result.value.hubForgot) showToast(i18n.t(result.value.role === 'viewer' ? 'team:panel.hubForgotViewer' : 'team:panel.hubForgot'));
    return true;
  }
  const offline = result.error.code === 'unavailable';
  teamStore.set((s) => ({ ...s, phase: offline ? 'offline' : 'error', message: errorText(result.error) }));
  return false;
}

/** A correction of ours that lost to the hub's: made again (`mine`) or let go; the error's text when refused. */
export async function settleTextConflict(articleId: string, keep: 'mine' | 'theirs'): Promise<string | null> {
  const result = await gloss.hub.settleTextConflict({ articleId, keep });
  await refreshTeamStatus();
  return result.ok ? null : errorText(result.error);
}

/** The header's one-word state: what a person needs to know at a glance. */
export function teamSummary(state: TeamState): string {
  const { status, phase } = state;
  const t = i18n.getFixedT(null, 'team');
  if (!status?.hub) return t('summary.notConnected');
  if (phase === 'syncing') return t('summary.syncing');
  if (phase === 'offline') return t('summary.offline');
  if (phase === 'error') return t('summary.failed');
  // A correction of ours that lost is a conflict to settle as much as a claim's.
  const conflicts = status.openConflicts + status.textConflicts.length;
  if (conflicts) return t('summary.conflicts', { count: conflicts });
  if (status.toSend) return t('summary.toSend', { count: status.toSend });
  return t('summary.synced');
}

/** Every minute while connected and wanted, and as soon as the computer is back online. */
export function startAutoSync(): () => void {
  const tick = () => {
    const { auto, status, phase } = teamStore.get();
    if (auto && status?.hub && phase !== 'syncing') void syncTeam();
  };
  const timer = setInterval(tick, AUTO_SYNC_MS);
  window.addEventListener('online', tick);
  return () => {
    clearInterval(timer);
    window.removeEventListener('online', tick);
  };
}
