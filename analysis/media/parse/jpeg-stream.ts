/**
 * Splits ffmpeg's `image2pipe` MJPEG output into single JPEG images. Inside a JPEG every 0xFF data
 * byte is stuffed (FF 00), so FF D9 appears only as the end-of-image marker.
 */
export function createJpegSplitter(onImage: (jpeg: Buffer) => void): { push(chunk: Buffer): void } {
  let pending: Buffer = Buffer.alloc(0);
  return {
    push(chunk: Buffer) {
      pending = pending.length ? Buffer.concat([pending, chunk]) : chunk;
      let start = pending.indexOf(SOI);
      while (start !== -1) {
        const end = pending.indexOf(EOI, start + 2);
        if (end === -1) break;
        onImage(Buffer.from(pending.subarray(start, end + 2)));
        start = pending.indexOf(SOI, end + 2);
      }
      pending = start === -1 ? Buffer.alloc(0) : pending.subarray(start);
    },
  };
}

const SOI = Buffer.from([0xff, 0xd8]);
const EOI = Buffer.from([0xff, 0xd9]);
