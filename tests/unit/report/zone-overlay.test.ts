import { describe, expect, it } from 'vitest';
import { wordsFor } from '../../../analysis/i18n/words.js';
import { getProfile } from '../../../analysis/profiles/index.js';
import { busyAreas } from '../../../analysis/profiles/interface-areas.js';
import { zoneOverlay, zoneToggleLabel, ZONE_CSS } from '../../../analysis/report/html/zone-overlay.js';

describe('interface areas over report frames', () => {
  const tiktok = getProfile('tiktok');

  it("draws each of the profile's areas where it is, busy ones marked", () => {
    const overlay = zoneOverlay(tiktok, wordsFor('en'), new Set(['bottom'])).__html;
    expect(overlay.match(/class="zone/g)).toHaveLength(3);
    expect(overlay).toContain('class="zone busy"');
    // TikTok's bottom 440 px of 1920: from 77.08 % down.
    expect(overlay).toMatch(/class="zone busy"\s+style="left:0\.00%;top:77\.08%;width:100\.00%;height:22\.92%"/);
    expect(overlay).toContain('title="Caption area"');
    expect(zoneOverlay(tiktok, wordsFor('it'), new Set()).__html).toContain('title="Area della didascalia"');
  });

  it('reads which areas were busy in which window from the check details', () => {
    const details = {
      zones: [
        { id: 'bottom', window: 'opening', busy: true },
        { id: 'top', window: 'opening', busy: false },
        { id: 'right', window: 'ending', busy: true },
      ],
    };
    expect([...busyAreas(details, 'opening')]).toEqual(['bottom']);
    expect([...busyAreas(details, 'ending')]).toEqual(['right']);
    expect(busyAreas(undefined, 'ending').size).toBe(0);
  });

  it('is a CSS-only toggle, hidden until ticked, in the report language', () => {
    expect(zoneToggleLabel(tiktok, wordsFor('it')).__html).toContain('Mostra le aree dell’interfaccia di TikTok');
    expect(ZONE_CSS).toContain('.zone { position: absolute; display: none;');
    expect(ZONE_CSS).toContain('#show-zones:checked ~ main .zone { display: block; }');
  });
});
