import { describe, expect, it } from 'vitest';
import {
  beside,
  bitrate,
  bytes,
  dbtp,
  figuresIn,
  fps,
  list,
  lufs,
  moment,
  percent,
  seconds,
} from '../../../analysis/format/figures.js';

describe('figures: decimal SI, one rounding', () => {
  it.each([
    [0, undefined, '0.0 s'],
    [2.04, undefined, '2.0 s'],
    [0.6, 2, '0.60 s'],
    [60, 0, '60 s'],
  ])('seconds(%s, %s) = %s', (value, digits, text) => {
    expect(seconds(value, digits)).toBe(text);
  });

  it.each([
    [0, '0%'],
    [0.05, '5%'],
    [0.004, '0%'],
    [0.78, '78%'],
    [1, '100%'],
  ])('percent(%s) = %s', (share, text) => {
    expect(percent(share)).toBe(text);
  });

  it.each([
    [0, '0 B'],
    [999, '999 B'],
    [1000, '1 KB'],
    [7_000_000, '7 MB'],
    [6_990_000, '7 MB'],
    [6_700_000, '6.7 MB'],
    [510_000_000, '510 MB'],
    [500_000_000, '500 MB'],
    [4_000_000_000, '4 GB'],
    [4_290_000_000, '4.29 GB'],
    [999_999_999, '1 GB'],
    [999_600, '1 MB'],
  ])('bytes(%s) = %s (1 MB = 1,000,000 bytes)', (value, text) => {
    expect(bytes(value)).toBe(text);
  });

  it.each([
    [860, '860 kbps'],
    [1000, '1 Mbps'],
    [1150, '1.15 Mbps'],
    [1500, '1.5 Mbps'],
    [8000, '8 Mbps'],
    [25_000, '25 Mbps'],
    [999.6, '1 Mbps'],
  ])('bitrate(%s kbps) = %s', (kbps, text) => {
    expect(bitrate(kbps)).toBe(text);
  });

  it('writes frame rates, loudness and lists plainly', () => {
    expect(fps(29.97)).toBe('29.97 fps');
    expect(fps(30)).toBe('30 fps');
    expect(lufs(-14)).toBe('-14.0 LUFS');
    expect(lufs(-21.8)).toBe('-21.8 LUFS');
    expect(dbtp(-0.55)).toBe('-0.6 dBTP');
    // The number alone, for a column headed by its unit: the same digits as the text.
    for (const value of [-14, -21.8, -13.94, -0.55, -70.05])
      for (const lang of ['en', 'it'] as const) {
        const f = figuresIn(lang);
        expect(`${f.tenths(value)} LUFS`).toBe(f.lufs(value));
        expect(`${f.tenths(value)} dBTP`).toBe(f.dbtp(value));
      }
    expect(figuresIn('it').tenths(-21.8)).toBe('-21,8');
    expect([0, 0.033, 0.5, 0.999, 2, 2.46].map((sec) => moment(sec))).toEqual([
      '0.00 s',
      '0.03 s',
      '0.50 s',
      '1.00 s',
      '2.00 s',
      '2.46 s',
    ]);
    expect(list(['mp4', 'mov'])).toBe('mp4, mov');
  });

  it('writes every level and peak to the tenth, with a "+" above 0, in both languages', () => {
    const en = figuresIn('en');
    const it_ = figuresIn('it');
    // One precision: "-18.0 dBTP" on one card never reads "-18 dBTP" while the next says "-17.9 dBTP".
    expect([-18, -17.94, -18.06].map((v) => en.dbtp(v))).toEqual(['-18.0 dBTP', '-17.9 dBTP', '-18.1 dBTP']);
    expect(en.lufs(-14)).toBe('-14.0 LUFS');
    expect(it_.lufs(-14)).toBe('-14,0 LUFS');
    // A peak above full scale says so; one that rounds to 0 has no sign at all.
    expect(en.dbtp(7.4)).toBe('+7.4 dBTP');
    expect(it_.dbtp(7.4)).toBe('+7,4 dBTP');
    expect(en.dbtp(0.04)).toBe('0.0 dBTP');
    expect(en.dbtp(-0.04)).toBe('0.0 dBTP');
    expect(en.tenths(-3.3)).toBe('-3.3');
    expect(it_.tenths(0)).toBe('0,0');
  });

  it('writes every moment in the clip to the hundredth, so a first change and a first sound read alike', () => {
    const en = figuresIn('en');
    expect(`${en.moment(0.033)}, ${en.moment(0)}`).toBe('0.03 s, 0.00 s');
    expect(figuresIn('it').moment(1.2)).toBe('1,20 s');
  });

  it('names the opening the hook looks at as its check does: whole seconds, a shorter clip to the tenth', () => {
    const en = figuresIn('en');
    expect(en.opening(3, 3)).toBe('3 s');
    expect(en.opening(3.2, 3)).toBe('3 s');
    expect(en.opening(0.4, 3)).toBe('0.4 s');
    expect(figuresIn('it').opening(2.5, 3)).toBe('2,5 s');
  });

  it('a value next to its limit never reads the same when they differ', () => {
    expect(beside(500_400_000, 500_000_000, bytes)).toEqual(['500.4 MB', '500 MB']);
    expect(beside(1499, 1500, bitrate)).toEqual(['1.499 Mbps', '1.5 Mbps']);
    expect(beside(510_000_000, 500_000_000, bytes)).toEqual(['510 MB', '500 MB']);
    expect(beside(500_000_000, 500_000_000, bytes)).toEqual(['500 MB', '500 MB']);
    expect(beside(0.946, 0.95, percent)).toEqual(['94.6%', '95%']);
  });
});
