import { describe, expect, it } from 'vitest';
import { renderTable } from '../../../analysis/cli/table.js';
import { getProfile } from '../../../analysis/profiles/index.js';
import { renderHtmlReport } from '../../../analysis/report/html/render-html.js';
import { buildResultDocument } from '../../../analysis/report/json-contract.js';
import { buildReportModel } from '../../../analysis/report/model.js';
import { scoreDraft } from '../../../analysis/score.js';
import { makeMeasurements } from '../helpers/measurements.js';

/** The cases a new user found reading three ways across the CLI, the UI and the report. */
describe('a figure reads the same everywhere', () => {
  const profile = getProfile('tiktok-ads');
  const measurements = makeMeasurements({
    fileSizeBytes: 510_000_000,
    bitrateKbps: 1150,
    loop: { seamSimilarity: 0.78 },
  });
  const result = {
    path: '/d/big.mp4',
    status: 'analyzed' as const,
    measurements,
    scorecard: scoreDraft(measurements, profile),
  };
  const byId = (id: string) => result.scorecard.checks.find((c) => c.id === id)!;
  const cli = renderTable([result], profile, { color: false });
  const html = renderHtmlReport(
    buildReportModel({ profile, results: [result], preflightVersion: 't', now: new Date(0) }),
  );
  const json = buildResultDocument(profile.id, [result]);

  it('size: 510 MB over the 500 MB limit, in the value, the message, the CLI and the report', () => {
    const size = byId('spec.file-size');
    expect(size).toMatchObject({ status: 'fail', valueText: '510 MB', target: '≤ 500 MB' });
    expect(size.message).toMatch(/^510 MB is over the TikTok Ads \(In-Feed\) 500 MB limit/);
    expect(cli).toContain('File size: 510 MB is over');
    expect(html).toContain('>510 MB<');
  });

  it('bitrate: 1.15 Mbps in the value and the message, never 1.2 next to 1.15', () => {
    const rate = byId('spec.bitrate');
    expect(rate.valueText).toBe('1.15 Mbps');
    expect(rate.message).toContain('1.15 Mbps is under 1.5 Mbps');
    expect(html).toContain('>1.15 Mbps<');
    expect(html).not.toContain('1.2 Mbps');
  });

  it('loop: a percentage in the value, the target and the message', () => {
    const loop = byId('loop');
    expect(loop).toMatchObject({
      valueText: 'similarity 78%',
      target: 'similarity ≥ 95%, or ≥ 90% with a seam jump ≤ 1.5× a normal frame change',
    });
    expect(loop.message).toContain('similarity 78%');
    expect(html).not.toContain('0.78');
  });

  it('fix first: the CLI, the report and the JSON contract list the same checks in the same order', () => {
    const order = result.scorecard.findings;
    expect(order).toEqual(['spec.file-size', 'loop', 'spec.bitrate']);
    expect(json.files[0]!.findings).toEqual(order);
    const cliOrder = [...cli.matchAll(/^ {3}[✗!] (.+?):/gm)].map((m) => m[1]);
    expect(cliOrder).toEqual(order.map((id) => byId(id).title));
    const htmlPositions = order.map((id) => html.indexOf(byId(id).message.slice(0, 30).replace(/'/g, '&#39;')));
    expect(htmlPositions.every((p) => p > 0)).toBe(true);
  });
});

describe('near a limit, the value and its advice never contradict each other', () => {
  const run = (id: string, profileId: 'tiktok' | 'tiktok-ads', overrides: Parameters<typeof makeMeasurements>[0]) =>
    scoreDraft(makeMeasurements(overrides), getProfile(profileId)).checks.find((c) => c.id === id)!;

  it.each([
    [12.96, 'pass', '13.0 s is in the 13–17 s sweet spot'],
    [17.04, 'pass', '17.0 s is in the 13–17 s sweet spot'],
    [12.94, 'warn', 'Add 0.1 s to reach 13 s'],
  ] as const)('duration %s s on TikTok → %s ("%s")', (durationSec, status, says) => {
    const check = run('duration', 'tiktok', { durationSec });
    expect(check.status).toBe(status);
    expect(check.message).toContain(says);
    expect(check.message).not.toContain('0.0 s');
    expect(check.message.startsWith(check.valueText)).toBe(true);
  });

  it('a draft just under a hard minimum says so with enough digits', () => {
    const check = run('duration', 'tiktok-ads', { durationSec: 4.97 });
    expect(check).toMatchObject({ status: 'fail', valueText: '4.97 s' });
    expect(check.message).toBe(
      '4.97 s is shorter than the TikTok Ads (In-Feed) minimum of 5 s. Extend it to at least 5 s, ideally 13–17 s.',
    );
  });

  it('a seam just under the loop target reads under it', () => {
    const check = run('loop', 'tiktok', { loop: { seamSimilarity: 0.946, seamChange: 0.05, normalChange: 0.01 } });
    expect(check).toMatchObject({
      status: 'warn',
      valueText: 'similarity 94.6%',
      target: 'similarity ≥ 95%, or ≥ 90% with a seam jump ≤ 1.5× a normal frame change',
    });
    expect(check.message).toContain('similarity 94.6%');
  });
});
