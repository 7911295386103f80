/** A frame of evidence: a small JPEG and the moment of the draft it shows. */
export interface Picture {
  tSec: number;
  jpeg: Buffer;
}

/** The evidence reports and the app show: frames across the opening, and the very last frame. */
export interface DraftPictures {
  /** Evenly spaced over the hook window; the first is the first frame. */
  strip: Picture[];
  lastFrame: Picture | null;
}
