import { useEffect, useState } from 'react';
import type { DraftPicturesDto, FileResult } from '../../../analysis/api/contract';
import { client } from '../api/client';

/** Two at a time: taking frames runs ffmpeg, and the batch may still be using the cores. */
const queue: Array<() => Promise<void>> = [];
let active = 0;
const cache = new Map<string, Pictures | null>();

function pump(): void {
  while (active < 2 && queue.length) {
    const job = queue.shift()!;
    active++;
    void job().finally(() => {
      active--;
      pump();
    });
  }
}

/** The frames, or why there are none (`unavailable`). */
export type Pictures = DraftPicturesDto & { unavailable?: string };

/** Frames of an analysed draft (null while loading). */
export function usePictures(result: FileResult | undefined): Pictures | null {
  const key =
    result?.status === 'analyzed'
      ? `${result.path}|${result.measurements.fileSizeBytes}|${result.measurements.durationSec}`
      : null;
  const [pictures, setPictures] = useState<Pictures | null>(key ? (cache.get(key) ?? null) : null);
  useEffect(() => {
    if (!key || result?.status !== 'analyzed') return;
    if (cache.has(key)) {
      setPictures(cache.get(key) ?? null);
      return;
    }
    // Another draft: never show the previous one's frames while these load.
    setPictures(null);
    let live = true;
    queue.push(async () => {
      if (!live) return;
      const answer = await client.pictures({
        path: result.path,
        durationSec: result.measurements.durationSec,
        hookWindowSec: result.measurements.hook.windowSec,
      });
      // A failure is an answer too: the card says why instead of loading for ever.
      const value: Pictures = answer.ok
        ? answer.value
        : { strip: [], lastFrame: null, unavailable: answer.error.message };
      // A failure is not remembered: the next time the card opens, the frames are asked for again.
      if (answer.ok) cache.set(key, value);
      if (live) setPictures(value);
    });
    pump();
    return () => {
      live = false;
    };
  }, [key, result]);
  return pictures;
}
