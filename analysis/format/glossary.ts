/**
 * One line for every term of the trade the scorecard and the reports use, in plain words. Pure data:
 * the UI shows it on hover and in a list one click away; the HTML report prints it at the end.
 */
export const GLOSSARY = [
  {
    id: 'completion-rate',
    term: 'Completion rate',
    text: 'The share of viewers who watch a video to its end; the longer the video, the higher it must be to keep being shown.',
  },
  {
    id: 'hook',
    term: 'Hook',
    text: 'What happens in the first 2–3 seconds: viewers decide there whether to keep watching.',
  },
  {
    id: 'seam-similarity',
    term: 'Seam similarity',
    text: 'How alike the last frame and the first frame are (100% = identical): a high figure makes the replay flow without a visible jump.',
  },
  {
    id: 'lufs',
    term: 'LUFS',
    text: 'Loudness as people hear it, averaged over the whole track (−14 LUFS is the usual target; closer to 0 is louder).',
  },
  {
    id: 'true-peak',
    term: 'True peak (dBTP)',
    text: 'The loudest instant of the sound wave, including between samples; above −1 dBTP it may distort once the platform re-encodes it.',
  },
  {
    id: 'pixel-format',
    term: 'Pixel format',
    text: 'How the colours of each frame are stored (bit depth and chroma, e.g. 8-bit 4:2:0); phones play 8-bit 4:2:0, other formats are converted on upload.',
  },
  {
    id: 'bitrate',
    term: 'Bitrate',
    text: 'How much data each second of video carries (Mbps); too little looks blocky after the platform re-encodes it.',
  },
] as const;

export type TermId = (typeof GLOSSARY)[number]['id'];

export const explain = (id: TermId): string => GLOSSARY.find((entry) => entry.id === id)!.text;
