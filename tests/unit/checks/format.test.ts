import { describe, expect, it } from 'vitest';
import { bytes, kbps, list, percent, seconds, worst } from '../../../analysis/checks/format.js';

describe('message formatting', () => {
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
    [1, '100%'],
  ])('percent(%s) = %s', (share, text) => {
    expect(percent(share)).toBe(text);
  });

  it.each([
    [0, '0 B'],
    [1023, '1023 B'],
    [1024, '1.0 KB'],
    [10 * 1024, '10 KB'],
    [1.5 * 1024 ** 2, '1.5 MB'],
    [500 * 1024 ** 2, '500 MB'],
    [4 * 1024 ** 3, '4.0 GB'],
    [2048 * 1024 ** 4, '2048 TB'],
  ])('bytes(%s) = %s', (value, text) => {
    expect(bytes(value)).toBe(text);
  });

  it.each([
    [516, '516 kbps'],
    [999.4, '999 kbps'],
    [1000, '1.0 Mbps'],
    [25_000, '25.0 Mbps'],
  ])('kbps(%s) = %s', (value, text) => {
    expect(kbps(value)).toBe(text);
  });

  it('joins lists with commas', () => {
    expect(list(['mp4', 'mov'])).toBe('mp4, mov');
  });

  it.each([
    [[], 'pass'],
    [['pass', 'pass'], 'pass'],
    [['pass', 'warn'], 'warn'],
    [['warn', 'fail', 'pass'], 'fail'],
  ] as const)('worst(%j) = %s', (statuses, expected) => {
    expect(worst(...statuses)).toBe(expected);
  });
});
