import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';

export { statKey } from '../fs/file-key.js';

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
