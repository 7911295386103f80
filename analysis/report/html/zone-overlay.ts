import type { Words } from '../../i18n/words.js';
import type { Profile } from '../../profiles/types.js';
import { html, type RawHtml } from './escape.js';

/**
 * The platform's interface areas drawn over a frame, hidden until the report's "Show interface
 * areas" box is ticked (CSS only: the report runs no script). Busy areas are drawn stronger.
 */
export function zoneOverlay(profile: Profile, words: Words, busy: ReadonlySet<string>): RawHtml {
  return html`${profile.safeZones.zones.map(
    (zone) =>
      html`<span
        class="zone${busy.has(zone.id) ? ' busy' : ''}"
        style="left:${pct(zone.x0)};top:${pct(zone.y0)};width:${pct(zone.x1 - zone.x0)};height:${pct(zone.y1 - zone.y0)}"
        title="${words.t(`zones.names.${zone.id}`)}"
      ></span>`,
  )}`;
}

const pct = (fraction: number): string => `${(fraction * 100).toFixed(2)}%`;

/** The box, first in <body> so that `:checked ~ main` reaches every frame after it (hidden: its label shows it). */
export const zoneToggleBox = (): RawHtml => html`<input type="checkbox" id="show-zones" class="zone-toggle" />`;

/** The box's label, in the page under the heading. */
export const zoneToggleLabel = (profile: Profile, words: Words): RawHtml =>
  html`<label for="show-zones" class="zone-toggle-label"
    >${words.t('report.zones.toggle', { platform: profile.name })}</label
  >`;

export const ZONE_CSS = `
.zone-toggle { position: absolute; opacity: 0; }
.zone-toggle-label { display: inline-block; margin: 4px 0 8px; font-size: 12px; padding: 2px 10px; border: 1px solid var(--line); border-radius: 999px; cursor: pointer; }
.zone-toggle-label::before { content: "☐ "; }
#show-zones:checked ~ main .zone-toggle-label::before { content: "☑ "; }
#show-zones:focus-visible ~ main .zone-toggle-label { outline: 2px solid #2563eb; outline-offset: 2px; }
.zoned { position: relative; display: inline-block; line-height: 0; }
.zone { position: absolute; display: none; box-sizing: border-box; background: rgba(37, 99, 235, 0.28); border: 1px dashed rgba(37, 99, 235, 0.9); }
.zone.busy { background: rgba(220, 38, 38, 0.35); border: 1px solid rgba(185, 28, 28, 0.95); }
#show-zones:checked ~ main .zone { display: block; }
/* On paper (PDF) there is no toggle: the areas where detail was found are drawn, as evidence. */
@media print { .zone-toggle-label { display: none; } .zone.busy { display: block; } }
`;
