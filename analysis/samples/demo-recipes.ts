import { aac, blackThenPicture, h264, lavfi, palindrome, tone, type SampleRecipe } from './generate.js';

/** The drafts `preflight demo` creates: one that passes and one for each common problem. */
export const DEMO_RECIPES: SampleRecipe[] = [
  {
    name: '01 ready to post.mp4',
    about: '15 s, 1080×1920, moves from the first frame, loops, sound at −14 LUFS',
    ffmpegArgs: [
      ...lavfi(palindrome(1080, 1920, 7.5)),
      ...lavfi(tone(15)),
      ...h264(['-b:v', '4M']),
      ...aac(),
      '-shortest',
      '-movflags',
      '+faststart',
    ],
  },
  {
    name: '02 slow start.mp4',
    about: '2.5 s of black before anything happens, 12 s long',
    ffmpegArgs: [...blackThenPicture(720, 1280, 2.5, 12), ...h264(['-b:v', '3M']), ...aac()],
  },
  {
    name: '03 no sound.mp4',
    about: 'no audio track at all',
    ffmpegArgs: [...lavfi('testsrc2=size=720x1280:rate=30:duration=15'), ...h264(['-b:v', '3M'])],
  },
  {
    name: '04 landscape 45s.mp4',
    about: '16:9 and 45 s long: needs 50 % completion and wastes the screen',
    ffmpegArgs: [
      ...lavfi('testsrc2=size=640x360:rate=30:duration=45'),
      ...lavfi(tone(45)),
      ...h264(['-b:v', '1M']),
      ...aac(),
    ],
  },
  {
    name: '05 cut short export.mp4',
    about: 'an export that stopped half-way',
    ffmpegArgs: [
      ...lavfi('testsrc2=size=720x1280:rate=30:duration=15'),
      ...lavfi(tone(15)),
      ...h264(['-b:v', '2M']),
      ...aac(),
      '-movflags',
      '+faststart',
    ],
    truncateTo: 0.5,
  },
  { name: '06 notes.mp4', about: 'a text file with a video extension', text: 'These are my notes, not a video.\n' },
];
