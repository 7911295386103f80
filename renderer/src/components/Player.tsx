import { useEffect, useImperativeHandle, useRef, useState, type Ref } from 'react';
import { useUi } from '../i18n';
import { ZoneOverlay, type SafeZoneList } from './ZoneOverlay';

/** What the scorecard asks of its player: go to a moment, handle an editor's key, preview the loop. */
export interface PlayerHandle {
  seek(seconds: number): void;
  /** A moment button: go there, play from there, and bring the player into view (it may be scrolled away). */
  playFrom(seconds: number): void;
  /** True when the key was a player key and was handled. */
  key(key: string, focusedOnPlayer: boolean): boolean;
  playLoop(): void;
}

interface Props {
  path: string;
  durationSec: number;
  fps: number | null;
  /** Says why a draft cannot play (its codec and container), shown instead of a broken player. */
  formatName: string;
  /** The picture's display size, to draw the interface areas over the picture itself, not its letterbox. */
  picture?: { width: number; height: number };
  /** The platform's interface areas to draw over the picture (null: hidden). */
  zones?: SafeZoneList | null;
  busyZones?: ReadonlySet<string>;
  /** Whether the draft has a picture: a video track the browser loads with no picture is then unplayable. */
  hasPicture?: boolean;
  /** The browser cannot play the draft: the card turns its play and seek buttons off. */
  onUnplayable?(): void;
  /** The id of the note saying why it cannot play, for the buttons it turns off to point to. */
  noteId?: string;
  ref?: Ref<PlayerHandle>;
}

/** The draft's own bytes, served by the engine under the page's origin (browser mode and the app alike). */
export const mediaUrl = (path: string): string => `media?path=${encodeURIComponent(path)}`;

type State = 'loading' | 'ready' | 'unplayable';

/** How long the loop preview plays the opening after the end, in seconds. */
const LOOP_OPENING_SEC = 1;

/** play() is refused when a pause or a new source comes first: that is not an error to report. */
const play = (video: HTMLVideoElement): void => {
  video.play().catch(() => undefined);
};

/**
 * Whether the browser loaded the draft but cannot show its picture. Chromium opens an HEVC, ProRes or
 * Theora file whose sound it can play with no error at all: it plays the sound over a black frame, and
 * its video reports 0 × 0. Only a draft that has a picture (the engine measured one) is judged so.
 */
export const pictureMissing = (video: { videoWidth: number; videoHeight: number }, hasPicture: boolean): boolean =>
  hasPicture && (video.videoWidth === 0 || video.videoHeight === 0);

/** The draft itself at the top of the scorecard; every moment the card names seeks it. */
export function Player({
  path,
  durationSec,
  fps,
  formatName,
  picture,
  zones,
  busyZones,
  hasPicture = true,
  onUnplayable,
  noteId,
  ref,
}: Props) {
  const { t, f } = useUi();
  const video = useRef<HTMLVideoElement>(null);
  const box = useRef<HTMLDivElement>(null);
  const [state, setState] = useState<State>('loading');
  const [time, setTime] = useState(0);
  /** The loop preview: 'ending' while the last second plays, 'opening' once it has wrapped to the start. */
  const loop = useRef<'ending' | 'opening' | null>(null);
  const rate = useRef(1);

  useEffect(() => {
    setState('loading');
    setTime(0);
    loop.current = null;
  }, [path]);

  const frame = 1 / (fps && fps > 0 ? fps : 30);
  const seek = (seconds: number): void => {
    const v = video.current;
    if (!v || state === 'unplayable') return;
    v.currentTime = Math.max(0, Math.min(seconds, Number.isFinite(v.duration) ? v.duration : durationSec));
  };

  const handleKey = (key: string, focusedOnPlayer: boolean): boolean => {
    const v = video.current;
    if (!v || state === 'unplayable') return false;
    switch (key) {
      case ' ':
        if (!focusedOnPlayer) return false;
        if (v.paused) play(v);
        else v.pause();
        return true;
      case 'ArrowLeft':
        v.pause();
        seek(v.currentTime - frame);
        return true;
      case 'ArrowRight':
        v.pause();
        seek(v.currentTime + frame);
        return true;
      case 'j':
      case 'J':
        // A browser cannot play backwards: J steps back a second, as a held J would.
        seek(v.currentTime - 1);
        return true;
      case 'k':
      case 'K':
        v.pause();
        rate.current = 1;
        v.playbackRate = 1;
        return true;
      case 'l':
      case 'L':
        // L plays; L again while playing goes faster (2×, 4×), as in editors.
        rate.current = v.paused ? 1 : Math.min(4, rate.current * 2);
        v.playbackRate = rate.current;
        play(v);
        return true;
      default:
        return false;
    }
  };

  /** 'nearest': the card scrolls only as far as needed, and not at all when the player is already in view. */
  const reveal = (): void => box.current?.scrollIntoView({ block: 'nearest' });
  const unplayable = (): void => {
    setState('unplayable');
    onUnplayable?.();
  };

  useImperativeHandle(ref, () => ({
    seek,
    key: handleKey,
    playFrom(seconds) {
      const v = video.current;
      if (!v || state === 'unplayable') return;
      loop.current = null;
      seek(seconds);
      play(v);
      reveal();
    },
    playLoop() {
      const v = video.current;
      if (!v || state === 'unplayable') return;
      loop.current = 'ending';
      seek(Math.max(0, durationSec - 1));
      play(v);
      reveal();
    },
  }));

  if (state === 'unplayable') {
    return (
      <div className="player unplayable" role="note" id={noteId}>
        {t('player.unplayable', { format: formatName })}
      </div>
    );
  }
  return (
    // Capture phase: the player's keys act before the video's own controls, which would also seek.
    <div
      ref={box}
      className="player"
      onKeyDownCapture={(event) => {
        if (event.ctrlKey || event.metaKey || event.altKey || !handleKey(event.key, true)) return;
        event.preventDefault();
        event.stopPropagation();
      }}
    >
      <div className="player-frame">
        <video
          ref={video}
          src={mediaUrl(path)}
          controls
          preload="metadata"
          playsInline
          aria-label={t('player.label')}
          onLoadedMetadata={(e) => (pictureMissing(e.currentTarget, hasPicture) ? unplayable() : setState('ready'))}
          // A pause or a seek by the user ends the loop preview (our own wrap to 0 happens in onEnded).
          onPause={(e) => {
            // Reaching the end pauses too (just before 'ended'): only a pause of the user's ends the preview.
            if (loop.current === 'ending' && !e.currentTarget.ended) loop.current = null;
          }}
          onError={unplayable}
          onTimeUpdate={(e) => {
            const v = e.currentTarget;
            setTime(v.currentTime);
            // After the wrap, the opening plays for a second (or the whole clip, if shorter), then stops.
            if (loop.current === 'opening' && v.currentTime >= Math.min(LOOP_OPENING_SEC, durationSec)) {
              loop.current = null;
              v.pause();
            }
          }}
          onEnded={(e) => {
            // The loop preview: the end runs straight into the opening.
            if (loop.current !== 'ending') return;
            loop.current = 'opening';
            e.currentTarget.currentTime = 0;
            play(e.currentTarget);
          }}
        />
        {zones && picture && (
          // A box of the picture's own shape, centred like the video's letterbox: the areas land on the picture.
          <span className="player-zones" style={{ aspectRatio: `${picture.width} / ${picture.height}` }}>
            <ZoneOverlay zones={zones} busy={busyZones} />
          </span>
        )}
      </div>
      <div className="player-bar muted small" aria-live="off">
        {state === 'loading' ? t('player.loading') : <span className="time">{f.moment(time)}</span>}
        <span className="keys">{t('player.keys')}</span>
      </div>
    </div>
  );
}
