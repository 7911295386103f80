import { describe, expect, it } from 'vitest';
import { CHECKS } from '../../analysis/checks/index.js';
import type { CheckId, CheckResult, CheckStatus } from '../../analysis/checks/types.js';
import { getProfile, PROFILES } from '../../analysis/profiles/index.js';
import { english, wordsFor } from '../../analysis/i18n/words.js';
import { findings, findingsOf, scoreDraft, scoreOf, verdictOf, type Scorecard } from '../../analysis/score.js';
import { makeMeasurements } from './helpers/measurements.js';

/** Stand-ins a, b, c are real checks whose default weight is 1. */
const ID: Record<string, CheckId> = { a: 'spec.container', b: 'spec.video-codec', c: 'spec.frame-rate' };
const idOf = (id: string): CheckId => ID[id] ?? (id as CheckId);
const result = (id: string, status: CheckStatus): CheckResult => ({
  id: idOf(id),
  title: id,
  label: id,
  status,
  value: null,
  valueText: '—',
  target: '',
  message: `${id} is ${status}`,
});
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
  ])('$name → $verdict', ({ statuses, verdict }) => {
    expect(
      // Which checks are advisory is the registry's say (loop); the case's list documents it.
      verdictOf(statuses.map(([id, status]) => result(id, status))),
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
        { weights: Object.fromEntries(Object.entries(weights).map(([id, w]) => [idOf(id), w])) },
      ),
    ).toBe(score);
  });
});

describe('scoreDraft', () => {
  it.each(PROFILES.map((p) => [p.id, p] as const))(
    'scores the reference draft 100 / pass on %s, one result per check in order',
    (_id, profile) => {
      const draft = makeMeasurements();
      const card = scoreDraft(draft, profile);
      expect(card).toMatchObject({ verdict: 'pass', score: 100 });
      // Every check that applies to a draft with no caption: the caption check needs one.
      const applying = CHECKS.filter((c) => c.appliesTo?.(draft, {}) ?? true).map((c) => c.id);
      expect(applying).not.toContain('caption');
      expect(card.checks.map((c) => c.id)).toEqual(applying);
    },
  );

  it('lets a loop warning lower the score but not the verdict', () => {
    const card = scoreDraft(makeMeasurements({ loop: { seamSimilarity: 0.5, seamChange: 0.2 } }), tiktok);
    expect(card.checks.find((c) => c.id === 'loop')?.status).toBe('warn');
    // Default weights add up to 24; a loop warning (weight 1) earns 0.5.
    expect(card).toMatchObject({ verdict: 'pass', score: 98 });
  });

  it('fails the verdict on any failing check and weighs it', () => {
    const card = scoreDraft(
      makeMeasurements({ audio: { present: false, codec: null, silent: true, integratedLufs: null } }),
      tiktok,
    );
    // Sound fails (weight 3); the audio codec has nothing to judge and does not count it again: (24 − 3) / 24.
    expect(card).toMatchObject({ verdict: 'fail', score: 88 });
    expect(card.checks.find((c) => c.id === 'spec.audio-codec')?.status).toBe('pass');
  });
});

describe('findingsOf: the one fix-first order', () => {
  it('lists failures before warnings, heavier checks first, and leaves passes out', () => {
    const card = {
      checks: [
        result('spec.bitrate', 'warn'),
        result('audio', 'pass'),
        result('duration', 'warn'),
        result('spec.container', 'fail'),
        result('hook', 'fail'),
        result('loop', 'warn'),
      ],
    };
    expect(findingsOf(card.checks, tiktok)).toEqual(['hook', 'spec.container', 'duration', 'spec.bitrate', 'loop']);
  });

  it('keeps check order between equal findings and is empty for a clean draft', () => {
    const checks = [result('spec.pixel-format', 'warn'), result('spec.frame-rate', 'warn')];
    expect(findingsOf(checks, tiktok)).toEqual(['spec.pixel-format', 'spec.frame-rate']);
    expect(scoreDraft(makeMeasurements(), tiktok).findings).toEqual([]);
  });

  it('is computed once in scoring and carried by the scorecard; findings() only reads it', () => {
    const card: Scorecard = scoreDraft(
      makeMeasurements({ container: 'mkv', durationSec: 25, pixelFormat: 'yuv444p' }),
      tiktok,
    );
    expect(card.findings).toEqual(['spec.container', 'spec.pixel-format', 'duration']);
    expect(findings(card).map((c) => c.id)).toEqual(card.findings);
    // a profile that weighs a check differently reorders ties, and only ties
    expect(findingsOf(card.checks, { weights: { 'spec.pixel-format': 5 } })).toEqual([
      'spec.pixel-format',
      'spec.container',
      'duration',
    ]);
  });
});

describe('scoreDraft in Italian', () => {
  it('scores the same and says every check in Italian, figures with a decimal comma', () => {
    const draft = makeMeasurements({
      durationSec: 25.5,
      container: 'mkv',
      bitrateKbps: 1150,
      audio: { integratedLufs: -21.5 },
    });
    const inEnglish = scoreDraft(draft, tiktok, english());
    const inItalian = scoreDraft(draft, tiktok, wordsFor('it'));
    // The language changes the words only: verdict, score, findings, ids, statuses and values stay the same.
    const codes = (card: Scorecard) => ({
      verdict: card.verdict,
      score: card.score,
      findings: card.findings,
      checks: card.checks.map(({ id, status, value, details }) => ({ id, status, value, details })),
    });
    expect(codes(inItalian)).toEqual(codes(inEnglish));
    inItalian.checks.forEach((check, i) => {
      expect(check.message, check.id).not.toBe(inEnglish.checks[i]!.message);
    });
    const byId = new Map(inItalian.checks.map((check) => [check.id, check]));
    expect(byId.get('audio')?.message).toBe(
      'Volume troppo basso (-21,5 LUFS): alzalo di circa 8 dB, verso -14,0 LUFS.',
    );
    expect(byId.get('spec.container')?.message).toBe('TikTok non accetta MKV. Esporta di nuovo in MP4.');
    expect(byId.get('duration')?.valueText).toBe('25,5 s');
  });
});
