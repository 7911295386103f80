import type { Measurements } from '../../../analysis/api/contract';
import { silentNote } from '../../../analysis/format/silent-note';
import { loudnessBars } from '../../../analysis/report/figure-layout';
import { useUi } from '../i18n';
import { useWidth } from './use-width';

/** Round levels the y-axis may name besides the target: the top of the scale and a quiet level. */
const ROUND_LUFS = [0, -30];
/** A round level this close to the target is left out: its label would sit on the target's. */
const MIN_LABEL_GAP_LUFS = 8;

/** The y-axis gutter: the widest label at ~6.5 px a character (11 px text) and a 4 px gap each side. */
export function axisGutterPx(labels: readonly string[]): number {
  return Math.max(30, Math.ceil(8 + 6.5 * Math.max(0, ...labels.map((label) => label.length))));
}

/** The levels the y-axis names: the target, and the round ones clear of it. */
export function loudnessTicks(targetLufs: number): number[] {
  const round = ROUND_LUFS.filter((level) => Math.abs(level - targetLufs) >= MIN_LABEL_GAP_LUFS);
  return [...round, targetLufs].sort((a, b) => b - a);
}

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
  const { t, f, words } = useUi();
  // Drawn at the card's own width, so the axis labels stay as readable in a narrow window as in a wide one.
  const [svgRef, W] = useWidth<SVGSVGElement>(600);
  const curve = audio.loudnessCurve;
  // A silent track would chart the target line alone: said instead, as the report says it.
  if (audio.present && audio.silent)
    return <p className="muted small loudness-note">{silentNote(audio.maxVolumeDb, words)}</p>;
  if (!curve || curve.momentaryLufs.length === 0) return null;
  const H = 100;
  const top = 8;
  const bottom = H - 18;
  const ticks = loudnessTicks(targetLufs).map((level) => ({ level, label: f.tenths(level) }));
  // Room on the left for the y-axis labels ("-30", a target such as "-23,5").
  const left = axisGutterPx(ticks.map((tick) => tick.label));
  const floor = -50;
  // The axis ends at the draft's duration (the curve cut there), labelled as the duration reads elsewhere.
  const { spanSec, bars } = loudnessBars(curve, durationSec);
  const x = (t: number) => left + (t / spanSec) * (W - left);
  const y = (v: number) => top + (Math.min(0, Math.max(floor, v)) / floor) * (bottom - top);
  return (
    <svg ref={svgRef} className="figure" viewBox={`0 0 ${W} ${H}`} role="img" aria-label={t('figures.loudnessLabel')}>
      {loudnessTicks(targetLufs)
        .filter((level) => level !== targetLufs)
        .map((level) => (
          <line key={level} className="grid" x1={left} x2={W} y1={y(level)} y2={y(level)} />
        ))}
      {bars.map((bar) => (
        <rect
          key={bar.fromSec}
          className="loud"
          x={x(bar.fromSec)}
          y={y(bar.lufs)}
          width={Math.min(W - x(bar.fromSec), Math.max(1, x(bar.toSec) - x(bar.fromSec) - 0.5))}
          height={bottom - y(bar.lufs)}
        />
      ))}
      <line className="target" x1={left} x2={W} y1={y(targetLufs)} y2={y(targetLufs)} />
      <text className="target-label" x={left + 4} y={y(targetLufs) - 3}>
        {t('figures.target', { lufs: f.lufs(targetLufs) })}
      </text>
      <line className="y-axis" x1={left} x2={left} y1={top} y2={bottom} />
      {ticks.map(({ level, label }) => (
        <text
          key={level}
          className={level === targetLufs ? 'target-label' : 'tick'}
          x={left - 4}
          y={y(level) + 4}
          textAnchor="end"
        >
          {label}
        </text>
      ))}
      <line className="axis" x1={left} x2={W} y1={bottom} y2={bottom} />
      <text className="tick" x={left} y={H - 4}>
        0 s
      </text>
      <text className="tick" x={W - 2} y={H - 4} textAnchor="end">
        {f.seconds(spanSec)}
      </text>
    </svg>
  );
}
