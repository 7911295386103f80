import { stat } from 'node:fs/promises';

/**
 * Identity of one version of a file on disk, shared by the cache (store/) and the measurement
 * guards (measure/). Any write changes ctime (which, unlike mtime, cannot be set back), so an
 * unchanged key means unchanged content; writeKey leaves ctime out for harmless metadata changes.
 */
export async function statKey(path: string): Promise<{ key: string; writeKey: string; size: number }> {
  const s = await stat(path, { bigint: true });
  return {
    key: [s.dev, s.ino, s.size, s.mtimeNs, s.ctimeNs].join(':'),
    writeKey: [s.dev, s.ino, s.size, s.mtimeNs].join(':'),
    size: Number(s.size),
  };
}
