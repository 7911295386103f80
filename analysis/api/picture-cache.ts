import type { DraftPictures } from '../measure/picture-types.js';
import { EVIDENCE_HEIGHT } from '../measure/evidence.js';
import { guardedPictures } from '../report/guarded-pictures.js';
import { statKey } from '../store/fingerprint.js';
import type { DraftPicturesDto } from './contract.js';

const toDto = (tSec: number, jpeg: Buffer) => ({ tSec, src: `data:image/jpeg;base64,${jpeg.toString('base64')}` });

/** Pictures the measurement kept for a draft as it is now on disk, if any. */
export type StoredPictureLookup = (path: string, hookWindowSec: number) => Promise<DraftPictures | undefined>;

/**
 * Frames for the UI, kept for the drafts seen lately; an edited file (new stat key) is taken again.
 * The measurement's own pictures come first; only a draft measured before they were kept is decoded.
 */
export class PictureCache {
  private readonly entries = new Map<string, Promise<DraftPicturesDto>>();

  constructor(
    private readonly stored: StoredPictureLookup = async () => undefined,
    private readonly capacity = 300,
  ) {}

  async get(path: string, durationSec: number, hookWindowSec: number): Promise<DraftPicturesDto> {
    const key = `${(await statKey(path)).key}|${path}|${hookWindowSec}`;
    let entry = this.entries.get(key);
    if (entry) {
      this.entries.delete(key);
      this.entries.set(key, entry); // most recently used last
      return entry;
    }
    entry = this.stored(path, hookWindowSec)
      .then(
        async (kept) => kept ?? (await guardedPictures(path, { durationSec, hookWindowSec, height: EVIDENCE_HEIGHT })),
      )
      .then((p) => ({
        strip: p.strip.map((f) => toDto(f.tSec, f.jpeg)),
        lastFrame: p.lastFrame ? toDto(p.lastFrame.tSec, p.lastFrame.jpeg) : null,
      }));
    entry.catch(() => this.entries.delete(key));
    this.entries.set(key, entry);
    while (this.entries.size > this.capacity) this.entries.delete(this.entries.keys().next().value!);
    return entry;
  }
}
