// The CLI and browser mode must find the desktop app's library without being told where it is.
import { homedir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultDataDir } from '../../../electron/core/paths.js';

describe('defaultDataDir', () => {
  it("is Electron's userData folder for an app named Gloss on each platform", () => {
    expect(defaultDataDir({}, 'linux')).toBe(join(homedir(), '.config', 'Gloss'));
    expect(defaultDataDir({ XDG_CONFIG_HOME: '/srv/cfg' }, 'linux')).toBe(join('/srv/cfg', 'Gloss'));
    expect(defaultDataDir({}, 'darwin')).toBe(join(homedir(), 'Library', 'Application Support', 'Gloss'));
    expect(defaultDataDir({ APPDATA: 'C:\\Users\\me\\AppData\\Roaming' }, 'win32')).toBe(join('C:\\Users\\me\\AppData\\Roaming', 'Gloss'));
  });

  it('yields to GLOSS_DATA_DIR', () => {
    expect(defaultDataDir({ GLOSS_DATA_DIR: '/data/gloss', XDG_CONFIG_HOME: '/srv/cfg' }, 'linux')).toBe('/data/gloss');
  });
});
