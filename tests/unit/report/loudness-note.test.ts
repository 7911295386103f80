import { describe, expect, it } from 'vitest';
import { english, wordsFor } from '../../../analysis/i18n/words.js';
import { AUDIBLE_PEAK_DB } from '../../../analysis/measure/audio.js';
import { getProfile } from '../../../analysis/profiles/index.js';
import { renderHtmlReport } from '../../../analysis/report/html/render-html.js';
import { buildReportModel } from '../../../analysis/report/model.js';
import { analyzed } from '../helpers/results.js';

const silentAudio: {
  present: boolean;
  silent: boolean;
  integratedLufs: number | null;
  truePeakDbtp: number | null;
  maxVolumeDb: number;
  firstSoundSec: number | null;
  loudnessCurve: { stepSec: number; momentaryLufs: number[] };
} = {
  present: true,
  silent: true,
  integratedLufs: null,
  truePeakDbtp: null,
  maxVolumeDb: -91,
  firstSoundSec: null,
  loudnessCurve: { stepSec: 0.1, momentaryLufs: Array.from({ length: 150 }, () => -70) },
};
const loudnessPanel = (lang: 'en' | 'it', audio = silentAudio): string => {
  const words = lang === 'en' ? english() : wordsFor(lang);
  const page = renderHtmlReport(
    buildReportModel({
      profile: getProfile('tiktok'),
      results: [analyzed('/d/silent.mp4', { audio })],
      words,
      preflightVersion: 't',
    }),
  );
  const from = page.indexOf(`<h4>${words.t('report.card.loudness')}</h4>`);
  return page.slice(from, page.indexOf('</div>', from));
};

describe("a silent draft's loudness panel", () => {
  it('says it is silent, by the engine’s own floor, instead of an empty chart', () => {
    const panel = loudnessPanel('en');
    expect(panel).not.toContain('<svg');
    expect(panel).toMatch(new RegExp(`Silent: no sample louder than ${AUDIBLE_PEAK_DB} dBFS`));
    expect(panel).toContain('The loudest is -91.0 dBFS.');
    expect(loudnessPanel('it')).toContain('Muta: nessun campione supera -60 dBFS');
  });

  it('a draft with sound keeps its chart; one without a track says so', () => {
    expect(loudnessPanel('en', { ...silentAudio, silent: false, integratedLufs: -14 })).toContain('<svg');
    expect(loudnessPanel('en', { ...silentAudio, present: false })).toContain('No audio track.');
  });
});
