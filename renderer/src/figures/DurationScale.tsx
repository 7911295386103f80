import { Term } from '../components/Term';
import type { Profile } from '../../../analysis/api/contract';
import { seconds } from '../format';

/** The draft's length on the completion-band scale, with the sweet spot outlined. */
export function DurationScale({ durationSec, profile }: { durationSec: number; profile: Profile }) {
  const W = 520;
  const end = Math.max(60, Math.ceil((durationSec * 1.1) / 10) * 10);
  const x = (t: number) => (Math.min(t, end) / end) * W;
  const [from, to] = profile.duration.sweetSpotSec;
  const band = profile.duration.bands.find(
    (b) => durationSec >= b.fromSec && (b.toSec === null || durationSec < b.toSec),
  );
  return (
    <figure className="figure">
      <svg viewBox={`0 0 ${W} 70`} role="img" aria-label={`Duration ${seconds(durationSec)} on the completion scale`}>
        {profile.duration.bands.map((b) => (
          <g key={b.fromSec}>
            <rect
              className={`band ${b === band ? 'current' : ''}`}
              x={x(b.fromSec)}
              y={20}
              width={Math.max(0, x(b.toSec ?? end) - x(b.fromSec))}
              height={24}
            />
            <text className="band-label" x={x(b.fromSec) + 4} y={37}>
              {Math.round(b.requiredCompletion * 100)}%+
            </text>
          </g>
        ))}
        <rect className="sweet" x={x(from)} y={16} width={x(to) - x(from)} height={32} rx={4} />
        <text className="sweet-label" x={x(from)} y={12}>
          sweet spot {from}–{to} s
        </text>
        <line className="now" x1={x(durationSec)} x2={x(durationSec)} y1={12} y2={52} />
        <text className="now-label" x={Math.min(x(durationSec), W - 44)} y={66}>
          {seconds(durationSec)}
        </text>
        <text className="tick" x={W - 2} y={66} textAnchor="end">
          {end} s
        </text>
      </svg>
      <figcaption>
        {band && (
          <>
            At this length it needs a <Term id="completion-rate">completion rate</Term> of{' '}
            {Math.round(band.requiredCompletion * 100)}%+.{' '}
          </>
        )}
        The sweet spot is {from}–{to} s.
      </figcaption>
    </figure>
  );
}
