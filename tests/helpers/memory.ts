import { treeRssKb } from '../bench/process-tree.js';

/** Samples the resident memory of this process and all its children (ffmpeg included) while work runs. */
export async function peakTreeRssMb<T>(work: () => Promise<T>, everyMs = 100): Promise<{ value: T; peakMb: number }> {
  let peak = treeRssKb(process.pid);
  const timer = setInterval(() => (peak = Math.max(peak, treeRssKb(process.pid))), everyMs);
  try {
    const value = await work();
    return { value, peakMb: peak / 1024 };
  } finally {
    clearInterval(timer);
  }
}
