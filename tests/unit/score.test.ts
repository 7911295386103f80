import { describe, expect, it } from 'vitest';
import { CHECKS } from '../../analysis/checks/index.js';
import type { CheckResult, CheckStatus } from '../../analysis/checks/types.js';
import { getProfile, PROFILES } from '../../analysis/profiles/index.js';
import { findings, scoreDraft, scoreOf, verdictOf, type Scorecard } from '../../analysis/score.js';
import { makeMeasurements } from './helpers/measurements.js';

const result = (id: string, status: CheckStatus): CheckResult => ({ id, title: id, status, value: null, target: '', message: `${id} is ${status}` });
const tiktok = getProfile('tiktok');

describe('verdictOf', () => {
  it.each<{ name: string; statuses: Array<[string, CheckStatus]>; advisory: string[]; verdict: CheckStatus }>([
    { name: 'no checks', statuses: [], advisory: [], verdict: 'pass' },
    {
      name: 'all pass',
      statuses: [
        ['a', 'pass'],
        ['b', 'pass'],
      ],
      advisory: [],
      verdict: 'pass',
    },
    {
      name: 'one warning',
      statuses: [
        ['a', 'pass'],
        ['b', 'warn'],
      ],
      advisory: [],
      verdict: 'warn',
    },
    {
      name: 'the worst status wins',
      statuses: [
        ['a', 'warn'],
        ['b', 'fail'],
        ['c', 'pass'],
      ],
      advisory: [],
      verdict: 'fail',
    },
    {
      name: 'an advisory warning does not lower the verdict',
      statuses: [
        ['loop', 'warn'],
        ['b', 'pass'],
      ],
      advisory: ['loop'],
      verdict: 'pass',
    },
    { name: 'an advisory failure still fails', statuses: [['loop', 'fail']], advisory: ['loop'], verdict: 'fail' },
    {
      name: 'advisory only covers the checks it names',
      statuses: [
        ['loop', 'warn'],
        ['hook', 'warn'],
      ],
      advisory: ['loop'],
      verdict: 'warn',
    },
  ])('$name → $verdict', ({ statuses, advisory, verdict }) => {
    expect(
      verdictOf(
        statuses.map(([id, status]) => result(id, status)),
        advisory,
      ),
    ).toBe(verdict);
  });
});

describe('scoreOf', () => {
  it.each<{ name: string; statuses: Array<[string, CheckStatus]>; weights: Record<string, number>; score: number }>([
    { name: 'no checks', statuses: [], weights: {}, score: 0 },
    {
      name: 'all pass',
      statuses: [
        ['a', 'pass'],
        ['b', 'pass'],
      ],
      weights: { a: 3 },
      score: 100,
    },
    {
      name: 'all fail',
      statuses: [
        ['a', 'fail'],
        ['b', 'fail'],
      ],
      weights: {},
      score: 0,
    },
    {
      name: 'unweighted checks count 1',
      statuses: [
        ['a', 'pass'],
        ['b', 'fail'],
      ],
      weights: {},
      score: 50,
    },
    {
      name: 'a heavy failure costs more',
      statuses: [
        ['a', 'fail'],
        ['b', 'pass'],
      ],
      weights: { a: 3, b: 1 },
      score: 25,
    },
    {
      name: 'a light failure costs less',
      statuses: [
        ['a', 'pass'],
        ['b', 'fail'],
      ],
      weights: { a: 3, b: 1 },
      score: 75,
    },
    {
      name: 'a warning earns half (62.5 rounds up)',
      statuses: [
        ['a', 'warn'],
        ['b', 'pass'],
      ],
      weights: { a: 3, b: 1 },
      score: 63,
    },
    {
      name: 'zero weight is ignored',
      statuses: [
        ['a', 'fail'],
        ['b', 'pass'],
      ],
      weights: { a: 0 },
      score: 100,
    },
  ])('$name → $score', ({ statuses, weights, score }) => {
    expect(
      scoreOf(
        statuses.map(([id, status]) => result(id, status)),
        weights,
      ),
    ).toBe(score);
  });
});

describe('scoreDraft', () => {
  it.each(PROFILES.map((p) => [p.id, p] as const))('scores the reference draft 100 / pass on %s, one result per check in order', (_id, profile) => {
    const card = scoreDraft(makeMeasurements(), profile);
    expect(card).toMatchObject({ verdict: 'pass', score: 100 });
    expect(card.checks.map((c) => c.id)).toEqual(CHECKS.map((c) => c.id));
  });

  it('lets a loop warning lower the score but not the verdict', () => {
    const card = scoreDraft(makeMeasurements({ loop: { seamSimilarity: 0.5, seamChange: 0.2 } }), tiktok);
    expect(card.checks.find((c) => c.id === 'loop')?.status).toBe('warn');
    // Default weights add up to 24; a loop warning (weight 1) earns 0.5.
    expect(card).toMatchObject({ verdict: 'pass', score: 98 });
  });

  it('fails the verdict on any failing check and weighs it', () => {
    const card = scoreDraft(makeMeasurements({ audio: { present: false, codec: null, silent: true, integratedLufs: null } }), tiktok);
    // Sound fails (weight 3) and the audio codec warns (weight 1): (24 − 3 − 0.5) / 24.
    expect(card).toMatchObject({ verdict: 'fail', score: 85 });
  });
});

describe('findings', () => {
  it('lists failures before warnings, heavier checks first, and leaves passes out', () => {
    const card: Scorecard = {
      verdict: 'fail',
      score: 0,
      checks: [
        result('spec.bitrate', 'warn'),
        result('audio', 'pass'),
        result('duration', 'warn'),
        result('spec.container', 'fail'),
        result('hook', 'fail'),
        result('loop', 'warn'),
      ],
    };
    expect(findings(card, tiktok).map((c) => c.id)).toEqual(['hook', 'spec.container', 'duration', 'spec.bitrate', 'loop']);
  });

  it('keeps check order between equal findings and is empty for a clean draft', () => {
    const card: Scorecard = { verdict: 'warn', score: 0, checks: [result('spec.pixel-format', 'warn'), result('spec.frame-rate', 'warn')] };
    expect(findings(card, tiktok).map((c) => c.id)).toEqual(['spec.pixel-format', 'spec.frame-rate']);
    expect(findings(scoreDraft(makeMeasurements(), tiktok), tiktok)).toEqual([]);
  });
});
