/** Check names, targets and messages (English). Italian: ../it/checks.ts, same keys. */
export const checks = {
  duration: {
    title: 'Duration',
    label: 'Dur',
    needs: 'needs a completion rate of {{rate}}+',
    needsReplay: 'needs a completion rate of {{rate}}+ (watched to the end and replayed)',
    borrowedGuidance: {
      reels: "TikTok's guidance; no published figure for Reels",
      shorts: "TikTok's guidance; no published figure for Shorts",
    },
    sweetSpot: '{{low}}–{{high}} s sweet spot{{guidance}}',
    cutShortLead: 'Only {{plays}} of the declared {{declared}} plays. ',
    tooShort:
      "{{length}} is shorter than {{profile}}'s minimum of {{limit}}. Extend it to at least {{minSec}} s, ideally {{low}}–{{high}} s.",
    tooShortCut:
      "{{length}} is shorter than {{profile}}'s minimum of {{limit}}. Export it again in full, ideally {{low}}–{{high}} s.",
    tooLong:
      "{{length}} is longer than {{profile}}'s limit of {{limit}}. Cut it down; {{low}}–{{high}} s is the sweet spot.",
    inSweetSpot: '{{length}} is in the {{sweetSpot}}; it {{needs}}.',
    outsideSweetSpot: '{{length}} is outside the {{sweetSpot}}: at this length it {{needs}}. {{advice}}.',
    add: 'Add {{by}} to reach {{low}} s, or make sure it holds attention to the end',
    trim: 'Trim {{by}} to reach {{high}} s, or make sure it holds attention to the end',
    exportAgain: 'Export the full video again',
  },
  hook: {
    title: 'Hook (opening seconds)',
    label: 'Hook',
  },
  loop: {
    title: 'Loop seam',
    label: 'Loop',
  },
  audio: {
    title: 'Sound',
    label: 'Sound',
  },
  integrity: {
    title: 'File integrity',
    label: 'File',
  },
  spec: {
    container: {
      title: 'Container',
      label: 'Cont',
    },
    'video-codec': {
      title: 'Video codec',
      label: 'Codec',
    },
    resolution: {
      title: 'Resolution',
      label: 'Res',
    },
    'aspect-ratio': {
      title: 'Aspect ratio',
      label: 'AR',
    },
    'frame-rate': {
      title: 'Frame rate',
      label: 'FPS',
    },
    bitrate: {
      title: 'Bitrate',
      label: 'Rate',
    },
    'file-size': {
      title: 'File size',
      label: 'Size',
    },
    'pixel-format': {
      title: 'Pixel format',
      label: 'Pix',
    },
    'audio-codec': {
      title: 'Audio codec',
      label: 'ACodec',
    },
  },
};
