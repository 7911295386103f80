import type { CheckId } from '../checks/ids.js';
import type { CheckStatus } from '../checks/types.js';

export type ProfileId = 'tiktok' | 'tiktok-ads' | 'reels' | 'shorts';

export interface ProfileSource {
  /** What the source backs, e.g. "upload specs" or "completion bands". */
  covers: string;
  source: string;
  /** ISO date when the figures were last compared with the source. */
  checked: string;
}

export interface CompletionBand {
  /** Inclusive lower bound; the band holds durations in [fromSec, toSec). The last band has toSec null. */
  fromSec: number;
  toSec: number | null;
  /** Completion rate (1 = 100 %) a draft of this length must reach. */
  requiredCompletion: number;
}

export interface AspectRule {
  label: string;
  /** width / height */
  ratio: number;
  status: CheckStatus;
  /** Minimum display size for this shape, when the platform sets one. */
  minWidth?: number;
  minHeight?: number;
  /** What the platform does with this shape, in English as the source says it. */
  note: string;
  /**
   * The note's key in the checks catalogue (`checks.spec.aspect-ratio.notes.<noteKey>`), so people
   * read it in their language; a key the catalogue lacks shows `note` as it is.
   */
  noteKey: string;
}

/** What the caption check compares against (decks' advice and the platform's length limit). */
export interface CaptionRules {
  /** What the platform calls the text under the video: Shorts show a title. */
  field: 'caption' | 'title';
  /** Characters the platform accepts; over it is a fail. */
  maxLength: number;
  /** More hashtags than this is a warning (decks: "at most 3"). */
  maxHashtags: number;
  /** Tags that say nothing about the video, lower case without '#'. */
  genericTags: string[];
  sources: ProfileSource[];
}

/** One area of a 9:16 frame the platform's interface covers, in fractions of the frame (x right, y down). */
export interface SafeZone {
  /** 'top': status and search bar; 'bottom': caption, sound and progress bar; 'right': the buttons. */
  id: 'top' | 'bottom' | 'right';
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

export interface SafeZones {
  zones: SafeZone[];
  /** Edge energy (mean grey-level gradient) an area needs before it counts as busy. */
  minDetail: number;
  /** ...and how many times the uncovered picture's it must be. */
  busyRatio: number;
  source: ProfileSource;
}

/** A platform's targets. Everything a check compares against lives here, never in check code. */
export interface Profile {
  id: ProfileId;
  name: string;
  description: string;
  sources: ProfileSource[];
  /** Assumptions the platform does not publish (loudness target, safe zones...). */
  assumptions: string[];
  duration: {
    /**
     * Where the sweet spot and bands come from when the platform publishes none of its own, e.g.
     * "TikTok's guidance; no published figure for Reels". Null when they are the platform's own.
     */
    borrowedGuidance: string | null;
    sweetSpotSec: [number, number];
    minSec: number;
    maxSec: number;
    bands: CompletionBand[];
  };
  hook: {
    windowSec: number;
    /** Something must happen within this many seconds. */
    attentionSec: number;
    /** A frozen or black opening longer than this is a warning. */
    warnStaticOpeningSec: number;
    /** Below this motion (share of picture changing per frame) and with no cut, the opening is flat. */
    minMotion: number;
  };
  loop: {
    /** Seam SSIM at or above which last → first reads as continuous. */
    loopableSimilarity: number;
    /** Or: the seam changes no more than this multiple of normal frame-to-frame change... */
    maxSeamToNormalRatio: number;
    /** ...while still at least this similar. */
    minSimilarityForRatio: number;
    /** Below this similarity the draft is simply not a loop. */
    nearLoopSimilarity: number;
  };
  audio: {
    targetLufs: number;
    quietBelowLufs: number;
    loudAboveLufs: number;
    maxTruePeakDbtp: number;
    /**
     * A true peak above this fails: the waveform is clipped (audible distortion), and turning the level
     * down, as the platforms' loudness normalisation does, cannot undo it. Between `maxTruePeakDbtp`
     * and this, a warning: headroom the platform's encoder may clip.
     */
    clippingAboveDbtp: number;
    maxFirstSoundSec: number;
    maxSilenceShare: number;
  };
  spec: {
    containers: string[];
    videoCodecs: string[];
    /** Accepted but not recommended codecs give a warning. */
    acceptedVideoCodecs: string[];
    minSidePx: number;
    maxSidePx: number;
    recommendedWidth: number;
    recommendedHeight: number;
    aspectRatios: AspectRule[];
    aspectTolerance: number;
    minFps: number;
    maxFps: number;
    minBitrateKbps: number | null;
    /** Below this the picture is likely to look blocky once the platform re-encodes it. */
    warnBelowBitrateKbps: number;
    /** The export advice for the recommended size, [low, high] kbps (e.g. 8–12 Mbps at 1080×1920). */
    recommendedBitrateKbps: [number, number];
    maxBitrateKbps: number | null;
    maxFileSizeBytes: number;
    pixelFormats: string[];
    /**
     * 10-bit 4:2:0 and HDR (HLG, PQ): 'native' where the platform documents HDR uploads (YouTube),
     * 'tone-mapped' where the app converts them to 8-bit SDR and colours can shift.
     */
    hdr: 'native' | 'tone-mapped';
    audioCodecs: string[];
    acceptedAudioCodecs: string[];
  };
  caption: CaptionRules;
  /** The areas its interface covers (assumptions, with sources). */
  safeZones: SafeZones;
  /**
   * Weights in the 0–100 score that differ from the checks' own defaults (checks/…: `weight`),
   * typed by check id so a typo does not compile. Which checks are advisory is the checks' own say.
   */
  weights?: Partial<Record<CheckId, number>>;
}
