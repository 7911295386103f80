import { describe, expect, it } from 'vitest';
import { createAudioFilterParser, type AudioFilterReport } from '../../../../analysis/media/parse/audio-filters.js';

const EBUR128_SUMMARY = [
  '[Parsed_ebur128_0 @ 0x20d15100] Summary:',
  '',
  '  Integrated loudness:',
  '    I:         -21.8 LUFS',
  '    Threshold: -31.8 LUFS',
  '',
  '  Loudness range:',
  '    LRA:         0.0 LU',
  '    Threshold: -41.8 LUFS',
  '    LRA low:   -21.8 LUFS',
  '    LRA high:  -21.8 LUFS',
  '',
  '  True peak:',
  '    Peak:      -17.9 dBFS',
];
const EBUR128_FRAME =
  '[Parsed_ebur128_0 @ 0x1a7c10c0] t: 0.0999792  TARGET:-23 LUFS    M:-120.7 S:-120.7     I: -70.0 LUFS       LRA:   0.0 LU  FTPK: -17.9 dBFS  TPK: -17.9 dBFS';
const VOLUMEDETECT = [
  '[Parsed_volumedetect_2 @ 0x20d17a40] mean_volume: -21.1 dB',
  '[Parsed_volumedetect_2 @ 0x20d17a40] max_volume: -17.9 dB',
];
const SILENCE = [
  '[silencedetect @ 0x1] silence_start: 0',
  '[silencedetect @ 0x1] silence_end: 1.52 | silence_duration: 1.52',
];

function parse(lines: readonly string[]): AudioFilterReport {
  const parser = createAudioFilterParser();
  for (const line of lines) parser.push(line);
  return parser.report();
}

describe('createAudioFilterParser', () => {
  it('reads loudness, range and true peak from the ebur128 summary, not its thresholds', () => {
    expect(parse(EBUR128_SUMMARY)).toEqual({
      integratedLufs: -21.8,
      loudnessRangeLu: 0,
      truePeakDbtp: -17.9,
      silences: [],
      momentary: [],
    });
  });

  it('ignores the running values of per-frame ebur128 lines', () => {
    const parser = createAudioFilterParser();
    for (let i = 0; i < 3; i++) parser.push(EBUR128_FRAME);
    expect(parser.report().integratedLufs).toBeUndefined();
    expect(parser.report().loudnessRangeLu).toBeUndefined();
    expect(parser.report().truePeakDbtp).toBeUndefined();
    for (const line of EBUR128_SUMMARY) parser.push(line);
    expect(parser.report()).toMatchObject({ integratedLufs: -21.8, truePeakDbtp: -17.9 });
  });

  it('reads volumedetect levels', () => {
    expect(parse(VOLUMEDETECT)).toEqual({ meanVolumeDb: -21.1, maxVolumeDb: -17.9, silences: [], momentary: [] });
  });

  it('pairs silence starts with their ends', () => {
    expect(parse(SILENCE).silences).toEqual([{ startSec: 0, endSec: 1.52 }]);
  });

  it.each<[string, string[], AudioFilterReport['silences']]>([
    ['a silence running to the end stays open', ['[silencedetect @ 0x1] silence_start: 5.2'], [{ startSec: 5.2 }]],
    [
      'times in exponent form (as ffmpeg prints tiny values)',
      [
        '[silencedetect @ 0x1] silence_start: 4.16667e-05',
        '[silencedetect @ 0x1] silence_end: 2 | silence_duration: 1.99996',
      ],
      [{ startSec: 4.16667e-5, endSec: 2 }],
    ],
    [
      'a start just before zero is clamped',
      [
        '[silencedetect @ 0x1] silence_start: -0.00133333',
        '[silencedetect @ 0x1] silence_end: 0.8 | silence_duration: 0.801333',
      ],
      [{ startSec: 0, endSec: 0.8 }],
    ],
    [
      'several silences',
      [
        ...SILENCE,
        '[silencedetect @ 0x1] silence_start: 4.25',
        '[silencedetect @ 0x1] silence_end: 6 | silence_duration: 1.75',
        '[silencedetect @ 0x1] silence_start: 9.5',
      ],
      [{ startSec: 0, endSec: 1.52 }, { startSec: 4.25, endSec: 6 }, { startSec: 9.5 }],
    ],
    ['an end without a start is ignored', ['[silencedetect @ 0x1] silence_end: 2 | silence_duration: 2'], []],
  ])('%s', (_name, lines, silences) => {
    expect(parse(lines).silences).toEqual(silences);
  });

  it('reads -inf as minus infinity (digital silence)', () => {
    const report = parse([
      '[Parsed_ebur128_0 @ 0x1] Summary:',
      '  True peak:',
      '    Peak:       -inf dBFS',
      '[Parsed_volumedetect_2 @ 0x1] max_volume: -inf dB',
    ]);
    expect(report.truePeakDbtp).toBe(-Infinity);
    expect(report.maxVolumeDb).toBe(-Infinity);
  });

  it('assembles the report of a whole audio pass', () => {
    const stderr = [
      SILENCE[0]!,
      EBUR128_FRAME,
      'size=N/A time=00:00:01.00 bitrate=N/A speed= 103x    ',
      SILENCE[1]!,
      EBUR128_FRAME,
      'size=N/A time=00:00:04.01 bitrate=N/A speed= 103x    ',
      ...VOLUMEDETECT,
      ...EBUR128_SUMMARY,
    ];
    expect(parse(stderr)).toEqual({
      integratedLufs: -21.8,
      loudnessRangeLu: 0,
      truePeakDbtp: -17.9,
      meanVolumeDb: -21.1,
      maxVolumeDb: -17.9,
      silences: [{ startSec: 0, endSec: 1.52 }],
      momentary: [
        { tSec: 0.0999792, lufs: -120.7 },
        { tSec: 0.0999792, lufs: -120.7 },
      ],
    });
  });
});

describe('momentary loudness log', () => {
  it('collects time and momentary loudness of each frame line, and nothing from the summary', () => {
    const second = EBUR128_FRAME.replace('t: 0.0999792', 't: 0.199979').replace('M:-120.7', 'M: -15.2');
    const report = parse([EBUR128_FRAME, second, ...EBUR128_SUMMARY]);
    expect(report.momentary).toEqual([
      { tSec: 0.0999792, lufs: -120.7 },
      { tSec: 0.199979, lufs: -15.2 },
    ]);
  });
});
