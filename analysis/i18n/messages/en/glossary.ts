/**
 * The terms of the trade the scorecard and the reports use, one line each (English). Italian:
 * ../it/glossary.ts, same keys. The keys are the terms' ids (analysis/format/glossary.ts).
 */
export const glossary = {
  'completion-rate': {
    term: 'Completion rate',
    text: 'The share of viewers who watch a video to its end; the longer the video, the higher it must be to keep being shown.',
  },
  hook: {
    term: 'Hook',
    text: 'What happens in the first 2–3 seconds: viewers decide there whether to keep watching.',
  },
  'seam-similarity': {
    term: 'Seam similarity',
    text: 'How alike the last frame and the first frame are (100% = identical): a high figure makes the replay flow without a visible jump.',
  },
  lufs: {
    term: 'LUFS',
    text: 'Loudness as people hear it, averaged over the whole track (-14.0 LUFS is the usual target; closer to 0 is louder).',
  },
  'true-peak': {
    term: 'True peak (dBTP)',
    text: 'The loudest instant of the sound wave, including between samples; above -1.0 dBTP it may distort once the platform re-encodes it.',
  },
  'pixel-format': {
    term: 'Pixel format',
    text: 'How the colours of each frame are stored (bit depth and chroma, e.g. 8-bit 4:2:0); phones play 8-bit 4:2:0, other formats are converted on upload.',
  },
  bitrate: {
    term: 'Bitrate',
    text: 'How much data each second of video carries (Mbps); too little looks blocky after the platform re-encodes it.',
  },
};
