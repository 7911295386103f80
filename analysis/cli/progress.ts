import { basename } from 'node:path';
import { displayText } from './terminal-text.js';
import type { BatchEvent } from '../batch/types.js';
import { english, type Words } from '../i18n/words.js';

export interface ProgressReporter {
  onEvent(event: BatchEvent): void;
  stop(): void;
}

/** A bar on stderr (stdout stays clean for --json); nothing when stderr is not a terminal. */
export async function createProgressReporter(
  stream: NodeJS.WriteStream,
  words: Words = english(),
): Promise<ProgressReporter> {
  if (!stream.isTTY) return { onEvent: () => undefined, stop: () => undefined };
  // Loaded only for a terminal: --json runs and pipes skip the cost.
  const { default: cliProgress } = await import('cli-progress');
  const bar = new cliProgress.SingleBar(
    {
      stream,
      format: words.t('cli.check.progress'),
      barCompleteChar: '█',
      barIncompleteChar: '░',
      hideCursor: true,
      clearOnComplete: true,
      fps: 10,
    },
    cliProgress.Presets.shades_classic,
  );
  const fractions = new Map<number, number>();
  let total = 0;
  let done = 0;
  let current = '';
  let started = false;
  const startedAt = Date.now();
  // Our own ETA: cli-progress prints "NFs" before any progress and jumps on the first updates.
  const eta = (share: number): string => {
    if (share < 0.03) return '…';
    const left = Math.round(((Date.now() - startedAt) / 1000) * ((1 - share) / share));
    return left >= 60 ? `${Math.floor(left / 60)}m${String(left % 60).padStart(2, '0')}s` : `${left}s`;
  };
  const update = (): void => {
    const sum = [...fractions.values()].reduce((a, b) => a + b, 0);
    bar.update(Math.round(sum * 1000), { done, files: total, current, remaining: eta(total ? sum / total : 0) });
  };
  return {
    onEvent(event) {
      switch (event.type) {
        case 'batch-start':
          total = event.total;
          if (total > 0) {
            bar.start(total * 1000, 0, { done: 0, files: total, current: '', remaining: '…' });
            started = true;
          }
          break;
        case 'file-start':
          current = displayText(basename(event.path)).slice(0, 40);
          update();
          break;
        case 'file-progress':
          fractions.set(event.index, event.fraction);
          update();
          break;
        case 'file-done':
          fractions.set(event.index, 1);
          done++;
          update();
          break;
        case 'batch-done':
          if (started) bar.stop();
          started = false;
          break;
      }
    },
    stop() {
      if (started) bar.stop();
      started = false;
    },
  };
}
