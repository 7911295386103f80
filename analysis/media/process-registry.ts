/**
 * Every ffmpeg/ffprobe child registers here so that quitting (or a test) can stop all of them:
 * no process may outlive the run that started it.
 */
export interface TrackedProcess {
  readonly label: string;
  kill(): void;
}

const running = new Set<TrackedProcess>();

export function trackProcess(process: TrackedProcess): () => void {
  running.add(process);
  return () => running.delete(process);
}

export function runningProcessCount(): number {
  return running.size;
}

export function killAllProcesses(): number {
  const count = running.size;
  for (const process of [...running]) process.kill();
  running.clear();
  return count;
}
