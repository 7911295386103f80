/**
 * Counts decoder complaints in ffmpeg's stderr. Filter output (showinfo, ebur128) and progress
 * lines are ignored; what remains from a decoder or demuxer context is a sign of damage.
 */
export interface DecodeErrorCounter {
  push(line: string): void;
  readonly count: number;
  readonly first: string | null;
}

const DAMAGE = /error|corrupt|invalid|conceal|illegal|non-existing|missing|truncat|overread|out of range|partial file/i;
const IGNORED = /Parsed_|^\s*(frame|size)=|Stream mapping|Press \[q\]|deprecated|Guessed Channel Layout/i;

export function createDecodeErrorCounter(): DecodeErrorCounter {
  let count = 0;
  let first: string | null = null;
  return {
    push(line: string) {
      if (IGNORED.test(line) || !DAMAGE.test(line)) return;
      count++;
      first ??= line.trim().slice(0, 300);
    },
    get count() {
      return count;
    },
    get first() {
      return first;
    },
  };
}
