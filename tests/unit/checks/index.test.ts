import { english } from '../../../analysis/i18n/words.js';
import { describe, expect, it } from 'vitest';
import { CHECKS } from '../../../analysis/checks/index.js';
import { PROFILES } from '../../../analysis/profiles/index.js';
import { makeMeasurements } from '../helpers/measurements.js';

describe('CHECKS', () => {
  it('runs in table order with unique ids', () => {
    const ids = CHECKS.map((c) => c.id);
    expect(ids).toEqual([
      'duration',
      'hook',
      'loop',
      'audio',
      'integrity',
      'spec.container',
      'spec.video-codec',
      'spec.resolution',
      'spec.aspect-ratio',
      'spec.frame-rate',
      'spec.bitrate',
      'spec.file-size',
      'spec.pixel-format',
      'spec.audio-codec',
      'caption',
      'safe-zones',
    ]);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it.each(PROFILES.map((p) => [p.id, p] as const))(
    'every check passes the reference draft on %s and reports its own id and title',
    (_id, profile) => {
      // Checks that need what the reference draft lacks (a caption, detail maps) are not run on it.
      const draft = makeMeasurements();
      for (const check of CHECKS.filter((c) => c.appliesTo?.(draft, {}) ?? true)) {
        const result = check.run(draft, profile);
        expect({ id: result.id, title: result.title, status: result.status }).toEqual({
          id: check.id,
          title: check.title(english()),
          status: 'pass',
        });
        expect(result.message.length).toBeGreaterThan(0);
      }
    },
  );
});
