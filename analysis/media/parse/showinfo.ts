/** One frame as reported by ffmpeg's showinfo filter. */
export interface ShowinfoFrame {
  index: number;
  ptsTime: number;
}

const FRAME_LINE = /\]\s*n:\s*(\d+)\s+pts:\s*-?\d+\s+pts_time:\s*(-?[\d.e+-]+|nan)/;

/** Parses `[Parsed_showinfo_N @ 0x..] n:   3 pts:   1536 pts_time:0.1 ...`; other lines give null. */
export function parseShowinfoLine(line: string): ShowinfoFrame | null {
  const match = FRAME_LINE.exec(line);
  if (!match?.[1] || !match[2]) return null;
  const ptsTime = Number(match[2]);
  return { index: Number(match[1]), ptsTime: Number.isFinite(ptsTime) ? ptsTime : NaN };
}
