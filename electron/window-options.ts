// The web preferences of Gloss's windows, free of Electron's runtime so that they are tested
// under Node. Both windows: sandboxed, isolated, no Node, and no auxclick: a middle click on a
// link must do what a click does (the navigation rules and the window-open handler decide),
// not open a window of its own (Electronegativity's AUXCLICK_JS_CHECK).
import type { WebPreferences } from 'electron';

const locked: WebPreferences = {
  contextIsolation: true,
  sandbox: true,
  nodeIntegration: false,
  nodeIntegrationInSubFrames: false,
  nodeIntegrationInWorker: false,
  webSecurity: true,
  allowRunningInsecureContent: false,
  webviewTag: false,
  navigateOnDragDrop: false,
  disableBlinkFeatures: 'Auxclick',
};

export function appWindowPreferences(preload: string, devTools: boolean): WebPreferences {
  return { ...locked, preload, devTools };
}

/** The hidden window that prints a report: no script at all, in a session of its own. */
export function printWindowPreferences(session: WebPreferences['session']): WebPreferences {
  return { ...locked, session, javascript: false, devTools: false };
}
