import { guardedPictures } from '../report/guarded-pictures.js';
import { statKey } from '../store/fingerprint.js';
import type { DraftPicturesDto } from './contract.js';

const toDto = (tSec: number, jpeg: Buffer) => ({ tSec, src: `data:image/jpeg;base64,${jpeg.toString('base64')}` });

/** Frames for the UI, kept for the drafts seen lately; an edited file (new stat key) is taken again. */
export class PictureCache {
  private readonly entries = new Map<string, Promise<DraftPicturesDto>>();

  constructor(private readonly capacity = 300) {}

  async get(path: string, durationSec: number, hookWindowSec: number): Promise<DraftPicturesDto> {
    const key = `${(await statKey(path)).key}|${path}|${hookWindowSec}`;
    let entry = this.entries.get(key);
    if (entry) {
      this.entries.delete(key);
      this.entries.set(key, entry); // most recently used last
      return entry;
    }
    entry = guardedPictures(path, { durationSec, hookWindowSec, height: 200 }).then((p) => ({
      strip: p.strip.map((f) => toDto(f.tSec, f.jpeg)),
      lastFrame: p.lastFrame ? toDto(p.lastFrame.tSec, p.lastFrame.jpeg) : null,
    }));
    entry.catch(() => this.entries.delete(key));
    this.entries.set(key, entry);
    while (this.entries.size > this.capacity) this.entries.delete(this.entries.keys().next().value!);
    return entry;
  }
}
