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
/** "[h264 @ 0x4330ad00]" → "[h264]": the address differs on every run and means nothing to an editor. */
const ADDRESS = / @ 0x[0-9a-f]+\]/gi;

const IGNORED = /Parsed_|^\s*(frame|size)=|Stream mapping|Press \[q\]|deprecated|Guessed Channel Layout/i;

/**
 * ffmpeg's description of the input and output (file name, tags, streams) is not a decoder
 * message: a draft named "no errors.mp4" or titled "missing scene" must not count as damaged.
 * That dump is the "Input #n"/"Output #n" header and its indented lines; real complaints never start with a space.
 */
const STREAM_DUMP = /^(\s|Input #\d|Output #\d)/;

export function createDecodeErrorCounter(): DecodeErrorCounter {
  let count = 0;
  let first: string | null = null;
  return {
    push(line: string) {
      if (STREAM_DUMP.test(line) || IGNORED.test(line) || !DAMAGE.test(line)) return;
      count++;
      first ??= line.trim().replace(ADDRESS, ']').slice(0, 300);
    },
    get count() {
      return count;
    },
    get first() {
      return first;
    },
  };
}
