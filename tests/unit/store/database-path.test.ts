import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolveDatabasePath, userDataDir } from '../../../analysis/store/database-path.js';

const home = '/home/ed';

describe('database path', () => {
  it('is the folder Electron uses for userData on each OS', () => {
    expect(userDataDir({ platform: 'linux', env: {}, home })).toBe(join(home, '.config', 'Preflight'));
    expect(userDataDir({ platform: 'linux', env: { XDG_CONFIG_HOME: '/xdg' }, home })).toBe(join('/xdg', 'Preflight'));
    expect(userDataDir({ platform: 'darwin', env: {}, home })).toBe(
      join(home, 'Library', 'Application Support', 'Preflight'),
    );
    expect(userDataDir({ platform: 'win32', env: { APPDATA: 'C:\\Users\\ed\\AppData\\Roaming' }, home })).toBe(
      join('C:\\Users\\ed\\AppData\\Roaming', 'Preflight'),
    );
  });

  it('--db wins over PREFLIGHT_DB, which wins over userData', () => {
    const environment = { platform: 'linux' as const, env: { PREFLIGHT_DB: 'env.db' }, home };
    expect(resolveDatabasePath('cli.db', environment)).toBe(resolve('cli.db'));
    expect(resolveDatabasePath(undefined, environment)).toBe(resolve('env.db'));
    expect(resolveDatabasePath(undefined, { ...environment, env: {} })).toBe(
      join(home, '.config', 'Preflight', 'preflight.db'),
    );
  });
});
