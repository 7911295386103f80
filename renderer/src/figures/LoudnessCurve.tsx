import type { Measurements } from '../../../analysis/api/contract';
import { useUi } from '../i18n';

/** Momentary loudness over the whole draft against the target level. */
export function LoudnessCurve({
  audio,
  durationSec,
  targetLufs,
}: {
  audio: Measurements['audio'];
  durationSec: number;
  targetLufs: number;
}) {
  const { t, f } = useUi();
  const curve = audio.loudnessCurve;
  if (!curve || curve.momentaryLufs.length === 0) return null;
  const W = 600;
  const H = 100;
  const top = 8;
  const bottom = H - 18;
  const floor = -50;
  const span = Math.max(durationSec, curve.momentaryLufs.length * curve.stepSec);
  const x = (t: number) => (t / span) * W;
  const y = (v: number) => top + (Math.min(0, Math.max(floor, v)) / floor) * (bottom - top);
  return (
    <svg className="figure" viewBox={`0 0 ${W} ${H}`} role="img" aria-label={t('figures.loudnessLabel')}>
      {curve.momentaryLufs.map((v, i) => (
        <rect
          key={i}
          className="loud"
          x={x(i * curve.stepSec)}
          y={y(v)}
          width={Math.max(1, x(curve.stepSec) - 0.5)}
          height={bottom - y(v)}
        />
      ))}
      <line className="target" x1={0} x2={W} y1={y(targetLufs)} y2={y(targetLufs)} />
      <text className="target-label" x={4} y={y(targetLufs) - 3}>
        {t('figures.target', { lufs: f.lufs(targetLufs) })}
      </text>
      <line className="axis" x1={0} x2={W} y1={bottom} y2={bottom} />
      <text className="tick" x={2} y={H - 4}>
        0 s
      </text>
      <text className="tick" x={W - 2} y={H - 4} textAnchor="end">
        {span.toFixed(0)} s
      </text>
    </svg>
  );
}
