// Where the library lives when no --data-dir is given: the folder Electron's app.getPath('userData')
// gives the desktop app (productName "Gloss"), so the CLI, browser mode and the app share one library.
import { homedir } from 'node:os';
import { join } from 'node:path';

export function defaultDataDir(env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform): string {
  if (env.GLOSS_DATA_DIR) return env.GLOSS_DATA_DIR;
  const home = homedir();
  switch (platform) {
    case 'darwin':
      return join(home, 'Library', 'Application Support', 'Gloss');
    case 'win32':
      return join(env.APPDATA ?? join(home, 'AppData', 'Roaming'), 'Gloss');
    default:
      return join(env.XDG_CONFIG_HOME || join(home, '.config'), 'Gloss');
  }
}
