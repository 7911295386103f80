import { areaDetail, uncoveredDetail, type DetailMap } from '../measure/detail.js';
import type { SafeZone, SafeZones } from '../profiles/types.js';
import { isFullScreenVertical } from '../profiles/interface-areas.js';
import { defineCheck } from './define-check.js';

interface ZoneFigure {
  id: SafeZone['id'];
  window: 'opening' | 'ending';
  fromSec: number;
  toSec: number;
  /** Mean edge energy under the area (grey levels per pixel). */
  detail: number;
  /** The same, as a multiple of the uncovered picture's. */
  ratio: number;
  busy: boolean;
}

const round2 = (n: number): number => Math.round(n * 100) / 100;

/** Each interface area's figures in one window: pure arithmetic on the stored map. */
function zoneFigures(map: DetailMap, window: ZoneFigure['window'], rules: SafeZones): ZoneFigure[] {
  // The uncovered picture's detail, never below 1: a flat background makes any text "infinitely" busy.
  const rest = Math.max(1, uncoveredDetail(map, rules.zones));
  return rules.zones.map((zone) => {
    const detail = areaDetail(map, zone);
    const ratio = detail / rest;
    return {
      id: zone.id,
      window,
      fromSec: map.fromSec,
      toSec: map.toSec,
      detail: round2(detail),
      ratio: round2(ratio),
      busy: detail >= rules.minDetail && ratio >= rules.busyRatio,
    };
  });
}

/** Busy windows of one area, the opening and the ending joined when they meet (a short clip): one sentence each. */
function spansOf(busy: readonly ZoneFigure[]): Array<{ id: SafeZone['id']; fromSec: number; toSec: number }> {
  const spans: Array<{ id: SafeZone['id']; fromSec: number; toSec: number }> = [];
  for (const zone of busy) {
    const last = spans.findLast((span) => span.id === zone.id);
    if (last && zone.fromSec <= last.toSec + 0.05) last.toSec = Math.max(last.toSec, zone.toSec);
    else spans.push({ id: zone.id, fromSec: zone.fromSec, toSec: zone.toSec });
  }
  return spans;
}

/**
 * Advisory: busy detail (text, a face, a product) under the platform's interface (caption,
 * buttons, top bar) at the start or the end, where it would be hidden. Scored from the stored
 * detail maps: switching profile never decodes.
 */
export const safeZonesCheck = defineCheck({
  id: 'safe-zones',
  csvColumn: 'safe_zones_busy',
  weight: 1,
  advisory: true,
  appliesTo: (m) => Boolean(m.detail && (m.detail.opening || m.detail.ending)),
  format: (v, f) => f.decimal(v),
  compact: (v) => (v === 0 ? '' : String(v)),
  evaluate(m, profile, words) {
    const { t, f } = words;
    const rules = profile.safeZones;
    const target = t('zones.target');
    const maps = [
      ['opening', m.detail?.opening ?? null],
      ['ending', m.detail?.ending ?? null],
    ] as const;
    const figures = maps.flatMap(([window, map]) => (map ? zoneFigures(map, window, rules) : []));
    const busy = figures.filter((z) => z.busy);
    const details = {
      zones: figures,
      areas: rules.zones,
      minDetail: rules.minDetail,
      busyRatio: rules.busyRatio,
    };
    // The areas are those of a full-screen 9:16 frame; any other shape is letterboxed on the phone.
    // Nothing is counted, so no count: "—" in the app and reports, an empty CSV cell, null in JSON.
    if (!isFullScreenVertical(m.width, m.height)) {
      return { status: 'pass', value: null, valueText: '—', target, details, message: t('zones.notVertical') };
    }
    if (busy.length === 0) {
      const measured = maps.filter(([, map]) => map !== null).map(([window]) => window);
      const when = measured.length === 2 ? 'allClear' : measured[0] === 'opening' ? 'clearOpening' : 'clearEnding';
      return {
        status: 'pass',
        value: 0,
        valueText: t('zones.clear'),
        target,
        details,
        message: t(`zones.${when}`, { platform: profile.name }),
      };
    }
    const sentences = spansOf(busy).map((span) =>
      t(`zones.busy.${span.id}`, {
        from: f.decimal(span.fromSec, 1),
        to: f.decimal(span.toSec, 1),
        platform: profile.name,
      }),
    );
    return {
      status: 'warn',
      value: new Set(busy.map((z) => z.id)).size,
      valueText: t('zones.busyAreas', { count: new Set(busy.map((z) => z.id)).size }),
      target,
      details,
      message: `${sentences.join(' ')} ${t('zones.advice')}`,
    };
  },
});
