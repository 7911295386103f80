import { useEffect, useImperativeHandle, useRef, useState, type Ref } from 'react';
import { moment } from '../format';

/** What the scorecard asks of its player: go to a moment, handle an editor's key, preview the loop. */
export interface PlayerHandle {
  seek(seconds: number): void;
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
  ref?: Ref<PlayerHandle>;
}

/** The draft's own bytes, served by the engine under the page's origin (browser mode and the app alike). */
export const mediaUrl = (path: string): string => `media?path=${encodeURIComponent(path)}`;

type State = 'loading' | 'ready' | 'unplayable';

/** How long the loop preview plays the opening after the end, in seconds. */
const LOOP_OPENING_SEC = 1;

/** The draft itself at the top of the scorecard; every moment the card names seeks it. */
export function Player({ path, durationSec, fps, formatName, ref }: Props) {
  const video = useRef<HTMLVideoElement>(null);
  const [state, setState] = useState<State>('loading');
  const [time, setTime] = useState(0);
  /** While the loop preview runs: the last second has played, now the opening plays until this time. */
  const loopUntil = useRef<number | null>(null);
  const rate = useRef(1);

  useEffect(() => {
    setState('loading');
    setTime(0);
    loopUntil.current = null;
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
        if (v.paused) void v.play();
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
        void v.play();
        return true;
      default:
        return false;
    }
  };

  useImperativeHandle(ref, () => ({
    seek,
    key: handleKey,
    playLoop() {
      const v = video.current;
      if (!v || state === 'unplayable') return;
      loopUntil.current = LOOP_OPENING_SEC;
      seek(Math.max(0, durationSec - 1));
      void v.play();
    },
  }));

  if (state === 'unplayable') {
    return (
      <div className="player unplayable" role="note">
        This browser cannot play {formatName}: open the draft in your video player to watch it. The figures below come
        from the engine and are complete.
      </div>
    );
  }
  return (
    // Capture phase: the player's keys act before the video's own controls, which would also seek.
    <div
      className="player"
      onKeyDownCapture={(event) => {
        if (event.ctrlKey || event.metaKey || event.altKey || !handleKey(event.key, true)) return;
        event.preventDefault();
        event.stopPropagation();
      }}
    >
      <video
        ref={video}
        src={mediaUrl(path)}
        controls
        preload="metadata"
        playsInline
        aria-label="The draft"
        onLoadedMetadata={() => setState('ready')}
        onError={() => setState('unplayable')}
        onTimeUpdate={(e) => {
          const v = e.currentTarget;
          setTime(v.currentTime);
          if (loopUntil.current !== null && v.currentTime < durationSec - 1.5 && v.currentTime >= loopUntil.current) {
            loopUntil.current = null;
            v.pause();
          }
        }}
        onEnded={(e) => {
          // The loop preview: the end runs straight into the opening.
          if (loopUntil.current === null) return;
          e.currentTarget.currentTime = 0;
          void e.currentTarget.play();
        }}
      />
      <div className="player-bar muted small" aria-live="off">
        {state === 'loading' ? 'Loading the draft…' : <span className="time">{moment(time)}</span>}
        <span className="keys">Space play/pause · ← → frame · J K L</span>
      </div>
    </div>
  );
}
