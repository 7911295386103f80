import { randomBytes } from 'node:crypto';
import type { ExportResult } from '../contract.js';

interface Download {
  fileName: string;
  data: string | Buffer;
  expires: number;
}

/** Browser mode hands reports over as downloads: held in memory briefly, fetched once. */
export class DownloadRegistry {
  private readonly items = new Map<string, Download>();

  constructor(private readonly ttlMs = 10 * 60_000) {}

  async add(fileName: string, data: string | Buffer): Promise<ExportResult> {
    this.prune();
    const id = randomBytes(16).toString('hex');
    this.items.set(id, { fileName, data, expires: Date.now() + this.ttlMs });
    // Relative: it resolves under the server's random base path.
    return { fileName, downloadUrl: `download/${id}` };
  }

  take(id: string): Download | undefined {
    this.prune();
    const item = this.items.get(id);
    this.items.delete(id);
    return item;
  }

  private prune(): void {
    const now = Date.now();
    for (const [id, item] of this.items) if (item.expires < now) this.items.delete(id);
  }
}
