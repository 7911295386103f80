import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';

/**
 * Identity of one version of a file on disk. Any write changes ctime (which, unlike mtime, cannot
 * be set back), so an unchanged key means unchanged content and the stored hash can be reused.
 */
export async function statKey(path: string): Promise<{ key: string; size: number }> {
  const s = await stat(path, { bigint: true });
  return { key: [s.dev, s.ino, s.size, s.mtimeNs, s.ctimeNs].join(':'), size: Number(s.size) };
}

/**
 * SHA-256 of the whole content: a one-byte edit anywhere changes it, and a renamed or copied
 * draft keeps it. Reading is far cheaper than decoding (~1 GB/s against ~50 MB/s of video).
 */
export async function hashFile(path: string, signal?: AbortSignal): Promise<string> {
  const hash = createHash('sha256');
  const stream = createReadStream(path, { highWaterMark: 1 << 20, signal });
  for await (const chunk of stream) hash.update(chunk as Buffer);
  return `sha256:${hash.digest('hex')}`;
}
