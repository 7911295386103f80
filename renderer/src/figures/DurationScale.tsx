import { Term } from '../components/Term';
import type { Profile } from '../../../analysis/api/contract';
import type { Figures } from '../../../analysis/format/figures';
import { borrowedGuidanceOf } from '../../../analysis/profiles/borrowed-guidance';
import { durationScaleLayout, type PlacedLabel } from '../../../analysis/report/figure-layout';
import { useUi, withTerm } from '../i18n';
import { useWidth } from './use-width';

/** A boundary of the scale: whole seconds as they are, anything else with the language's decimal mark. */
const boundary = (sec: number, f: Figures): string => (Number.isInteger(sec) ? String(sec) : f.decimal(sec, 1));

/** One label of the figure where the layout put it. */
const Label = ({ at, className }: { at: PlacedLabel; className: string }) => (
  <text className={className} x={at.x} y={at.y} textAnchor={at.anchor}>
    {at.text}
  </text>
);

/** The scale itself at `width` figure units: the layout keeps every label off the others and the marks. */
export function DurationScaleSvg({
  durationSec,
  profile,
  width,
  svgRef,
}: {
  durationSec: number;
  profile: Profile;
  width: number;
  svgRef?: (element: SVGSVGElement | null) => void;
}) {
  const { t, f } = useUi();
  const [from, to] = profile.duration.sweetSpotSec;
  const layout = durationScaleLayout({
    durationSec,
    sweetSpotSec: [from, to],
    bands: profile.duration.bands.map((b) => ({ ...b, text: `${f.percent(b.requiredCompletion)}+` })),
    width,
    text: {
      now: f.seconds(durationSec),
      sweet: t('figures.sweetSpotLabel', { from: boundary(from, f), to: boundary(to, f) }),
      tick: (sec, isEnd) => (isEnd ? `${sec} s` : boundary(sec, f)),
    },
  });
  const { bar, sweet, marker } = layout;
  return (
    <svg
      ref={svgRef}
      viewBox={`0 0 ${width} ${layout.height}`}
      role="img"
      aria-label={t('figures.durationLabel', { duration: f.seconds(durationSec) })}
    >
      {layout.bands.map((b) => (
        <g key={b.fromSec}>
          <rect
            className={`band ${b.current ? 'current' : ''}`}
            x={b.left}
            y={bar.top}
            width={b.width}
            height={bar.bottom - bar.top}
          />
          {b.label && <Label at={b.label} className="band-label" />}
        </g>
      ))}
      {layout.ticks.map((tick) => (
        <g key={tick.sec}>
          <line className="tick-line" x1={tick.x} x2={tick.x} y1={tick.lineTop} y2={tick.lineBottom} />
          {tick.label && <Label at={tick.label} className="tick" />}
        </g>
      ))}
      <rect
        className="sweet"
        x={sweet.left}
        y={sweet.top}
        width={sweet.right - sweet.left}
        height={sweet.bottom - sweet.top}
        rx={2}
      />
      <Label at={layout.sweetLabel} className="sweet-label" />
      <path
        className="now"
        d={`M ${marker.box.left} ${marker.box.top} L ${marker.box.right} ${marker.box.top} L ${marker.x} ${marker.box.bottom} Z`}
      />
      <Label at={layout.nowLabel} className="now-label" />
    </svg>
  );
}

/** The draft's length on the completion-band scale, with the sweet spot marked. */
export function DurationScale({ durationSec, profile }: { durationSec: number; profile: Profile }) {
  const { t, f, words } = useUi();
  // Drawn at the card's own width, so its labels keep their size and the layout's spacing holds on screen.
  const [svgRef, width] = useWidth<SVGSVGElement>(520);
  const [from, to] = profile.duration.sweetSpotSec;
  // Shorts and Reels borrow TikTok's figures: said here as the check's target says it.
  const guidance = borrowedGuidanceOf(profile, words);
  const band = profile.duration.bands.find(
    (b) => durationSec >= b.fromSec && (b.toSec === null || durationSec < b.toSec),
  );
  return (
    <figure className="figure">
      <DurationScaleSvg durationSec={durationSec} profile={profile} width={width} svgRef={svgRef} />
      <figcaption>
        {band && (
          <>
            {withTerm(t('figures.needs', { rate: f.percent(band.requiredCompletion) }), (term) => (
              <Term id="completion-rate">{term}</Term>
            ))}{' '}
          </>
        )}
        {guidance
          ? t('figures.sweetSpotBorrowed', { from: boundary(from, f), to: boundary(to, f), guidance })
          : t('figures.sweetSpot', { from: boundary(from, f), to: boundary(to, f) })}
      </figcaption>
    </figure>
  );
}
