import { useUi } from '../i18n';
import type { Measurements } from '../../../analysis/api/contract';
import { useWidth } from './use-width';

/** Frame-to-frame change over the opening seconds, with cuts, first sound and the attention window. */
export function MotionCurve({
  hook,
  firstSoundSec,
  attentionSec,
}: {
  hook: Measurements['hook'];
  firstSoundSec: number | null;
  attentionSec: number;
}) {
  const { t, f } = useUi();
  // Drawn at the card's own width, so the time and cut labels stay readable in a narrow window.
  const [svgRef, W] = useWidth<SVGSVGElement>(600);
  const H = 96;
  const top = 12;
  const bottom = H - 18;
  const x = (t: number) => (Math.min(Math.max(t, 0), hook.windowSec) / hook.windowSec) * W;
  const peak = Math.max(0.05, ...hook.curve.change);
  const y = (c: number) => bottom - (Math.min(c, peak) / peak) * (bottom - top);
  const points = hook.curve.tSec
    .map((t, i) => `${x(t).toFixed(1)},${y(hook.curve.change[i] ?? 0).toFixed(1)}`)
    .join(' ');
  // As many decimals as the profile gives (2 → "2", 1.5 → "1,5" in Italian), as the HTML report writes it.
  const attention = f.decimal(attentionSec, String(attentionSec).split('.')[1]?.length ?? 0);
  return (
    <figure className="motion-figure">
      <svg ref={svgRef} className="figure" viewBox={`0 0 ${W} ${H}`} role="img" aria-label={t('figures.motionLabel')}>
        <rect className="attention" x={0} y={top} width={x(attentionSec)} height={bottom - top} />
        <line className="axis" x1={0} x2={W} y1={bottom} y2={bottom} />
        {points && <polyline className="curve" points={points} />}
        {hook.cutsSec.map((cut) => (
          <g key={cut}>
            <line className="cut" x1={x(cut)} x2={x(cut)} y1={top} y2={bottom} />
            <text className="cut-label" x={x(cut) + 3} y={top + 10}>
              {t('figures.cut')}
            </text>
          </g>
        ))}
        {firstSoundSec !== null && firstSoundSec <= hook.windowSec && (
          <g>
            <line className="sound" x1={x(firstSoundSec)} x2={x(firstSoundSec)} y1={top} y2={bottom} />
            <text className="sound-label" x={x(firstSoundSec) + 3} y={top + 24}>
              {t('figures.firstSound')}
            </text>
          </g>
        )}
        {f.windowTicks(hook.windowSec).map((tick) => (
          <text key={tick.tSec} className="tick" x={x(tick.tSec)} y={H - 4} textAnchor={tick.anchor}>
            {tick.label}
          </text>
        ))}
      </svg>
      {/* The shaded band is the attention window, not a sound span: said in words beside the "first sound" mark. */}
      <figcaption className="muted small legend">
        <span className="swatch attention-swatch" aria-hidden="true" />
        {t('figures.attentionNote', { seconds: attention })}
      </figcaption>
    </figure>
  );
}
