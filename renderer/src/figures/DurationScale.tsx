import { Term } from '../components/Term';
import type { Profile } from '../../../analysis/api/contract';
import { useUi, withTerm } from '../i18n';

/** The draft's length on the completion-band scale, with the sweet spot outlined. */
export function DurationScale({ durationSec, profile }: { durationSec: number; profile: Profile }) {
  const { t, f } = useUi();
  /** A boundary of the scale: whole seconds as they are, anything else with the language's decimal mark. */
  const at = (sec: number): string => (Number.isInteger(sec) ? String(sec) : f.decimal(sec, 1));
  const W = 520;
  const end = Math.max(60, Math.ceil((durationSec * 1.1) / 10) * 10);
  const x = (t: number) => (Math.min(t, end) / end) * W;
  const [from, to] = profile.duration.sweetSpotSec;
  const band = profile.duration.bands.find(
    (b) => durationSec >= b.fromSec && (b.toSec === null || durationSec < b.toSec),
  );
  // Ticks at every boundary the scale is about: 0, the sweet spot, each band, the end.
  const ticks = [...new Set([0, from, to, ...profile.duration.bands.map((b) => b.fromSec), end])]
    .filter((t) => t >= 0 && t <= end)
    .sort((a, b) => a - b);
  // Kept 6 px inside the figure, so a 0.3 s draft's pointer is not cut off at the edge.
  const marker = Math.min(Math.max(x(durationSec), 6), W - 6);
  return (
    <figure className="figure">
      <svg
        viewBox={`0 0 ${W} 88`}
        role="img"
        aria-label={t('figures.durationLabel', { duration: f.seconds(durationSec) })}
      >
        {profile.duration.bands.map((b) => {
          const left = x(b.fromSec);
          const width = Math.max(0, x(b.toSec ?? end) - left);
          return (
            <g key={b.fromSec}>
              <rect className={`band ${b === band ? 'current' : ''}`} x={left} y={22} width={width} height={22} />
              {/* Centred in its band, so the sweet-spot outline and the marker never sit on it. */}
              {width >= 30 && (
                <text className="band-label" x={left + width / 2} y={37} textAnchor="middle">
                  {f.percent(b.requiredCompletion)}+
                </text>
              )}
            </g>
          );
        })}
        <rect className="sweet" x={x(from)} y={19} width={x(to) - x(from)} height={28} rx={4} />
        <text className="sweet-label" x={x(from)} y={13}>
          {t('figures.sweetSpotLabel', { from: at(from), to: at(to) })}
        </text>
        {ticks.map((tick) => (
          <g key={tick}>
            <line className="tick-line" x1={x(tick)} x2={x(tick)} y1={47} y2={52} />
            <text
              className="tick"
              x={x(tick)}
              y={62}
              textAnchor={tick === 0 ? 'start' : tick === end ? 'end' : 'middle'}
            >
              {tick === end ? `${tick} s` : at(tick)}
            </text>
          </g>
        ))}
        {/* The draft: a pointer above the bar and a line below it, never across the band labels. */}
        <path className="now" d={`M ${marker - 6} 14 L ${marker + 6} 14 L ${marker} 21 Z`} />
        <line className="now" x1={marker} x2={marker} y1={44} y2={70} />
        <text className="now-label" x={Math.min(Math.max(marker, 24), W - 24)} y={84} textAnchor="middle">
          {f.seconds(durationSec)}
        </text>
      </svg>
      <figcaption>
        {band && (
          <>
            {withTerm(t('figures.needs', { rate: f.percent(band.requiredCompletion) }), (term) => (
              <Term id="completion-rate">{term}</Term>
            ))}{' '}
          </>
        )}
        {t('figures.sweetSpot', { from: at(from), to: at(to) })}
      </figcaption>
    </figure>
  );
}
