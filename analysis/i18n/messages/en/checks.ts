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
      '{{length}} is shorter than the {{profile}} minimum of {{limit}}. Extend it to at least {{minSec}} s, ideally {{low}}–{{high}} s.',
    tooShortCut:
      '{{length}} is shorter than the {{profile}} minimum of {{limit}}. Export it again in full, ideally {{low}}–{{high}} s.',
    tooLong:
      '{{length}} is longer than the {{profile}} limit of {{limit}}. Cut it down; {{low}}–{{high}} s is the sweet spot.',
    inSweetSpot: '{{length}} is in the {{sweetSpot}}; it {{needs}}.',
    outsideSweetSpot: '{{length}} is outside the {{sweetSpot}}: at this length it {{needs}}. {{advice}}.',
    add: 'Add {{by}} to reach {{low}} s, or make sure it holds attention to the end',
    trim: 'Trim {{by}} to reach {{high}} s, or make sure it holds attention to the end',
    exportAgain: 'Export the full video again',
  },
  hook: {
    title: 'Hook (opening seconds)',
    label: 'Hook',
    spanWholeClip: 'in its {{window}}',
    spanFirst: 'in the first {{window}}',
    target: 'change within {{still}}; motion or a cut {{span}}',
    wholeClipBlack:
      'Weak hook: the whole {{window}} clip is black: nothing happens at all. Put movement, a cut or changing text in it.',
    wholeClipStill:
      'Weak hook: the whole {{window}} clip is a still picture: nothing happens at all. Put movement, a cut or changing text in it.',
    openingBlack:
      'Weak hook: the first {{length}} are black: nothing happens in the {{attention}} viewers give a video. Cut the dead opening and start on the action.',
    openingFrozen:
      'Weak hook: the first {{length}} are frozen: nothing happens in the {{attention}} viewers give a video. Cut the dead opening and start on the action.',
    stillStart:
      'Weak hook: the picture stands still for {{length}} at the start. Trim it so something moves from the first frame.',
    littleMotion:
      'Weak hook: little moves {{span}} ({{motion}} of the picture per frame, no cut). Open on movement, a cut or text that changes.',
    cuts_one: '{{count}} cut (first at {{first}})',
    cuts_other: '{{count}} cuts (first at {{first}})',
    motion: 'motion {{motion}} of the picture per frame',
    happens: 'Something happens from {{moment}}: {{evidence}} {{span}}.',
  },
  loop: {
    title: 'Loop seam',
    label: 'Loop',
    similarity: 'similarity {{similarity}}',
    target: 'similarity ≥ {{similarity}}, or ≥ {{closeSimilarity}} with a seam jump ≤ {{ratio}}× a normal frame change',
    blankBoth:
      'Not a loop: the first and last frames are blank (a fade or a title card), so each replay flashes an empty frame. End on the same picture you open with.',
    blankFirst:
      'Not a loop: the first frame is blank (a fade or a title card), so each replay flashes an empty frame. End on the same picture you open with.',
    blankLast:
      'Not a loop: the last frame is blank (a fade or a title card), so each replay flashes an empty frame. End on the same picture you open with.',
    loops:
      'Loops: the last frame flows into the first (similarity {{similarity}}), so replays feel continuous and count as extra watch time.',
    loopsInMotion:
      'Loops: the last frame flows into the first (similarity {{similarity}}, and the jump at the seam is only {{ratio}}× a normal frame change), so replays feel continuous and count as extra watch time.',
    almost:
      'Almost loops (similarity {{similarity}}): the jump at the seam is {{ratio}}× a normal frame change. Trim the end a little or match the last shot to the first.',
    noLoop:
      'Does not loop: the last frame jumps to the first (similarity {{similarity}}). Replays are a strong signal; end on a frame that leads back into the opening.',
  },
  audio: {
    title: 'Sound',
    label: 'Sound',
    target: '{{lufs}}, true peak ≤ {{peak}}',
    values: {
      noAudio: 'no audio',
      silent: 'silent',
    },
    noAudio: 'No audio track. {{profile}} is watched with sound on: add music, a voice-over or a trending sound.',
    silentFirstTrack:
      'Track 1 is silent; track {{track}} has sound. The platforms play track 1: make track {{track}} the first (or the only) audio track.',
    silent: 'The audio track is silent (no audible sample). Check the export: the music or voice is missing or muted.',
    loudnessUnmeasured: 'Sound is present, but its loudness could not be measured: too little of it decodes.',
    loudnessUnmeasuredPartly:
      'Sound is present, but its loudness could not be measured: only {{decoded}} of it decodes.',
    tooQuiet: 'Too quiet at {{level}}: raise it by about {{by}} dB towards {{towards}}.',
    tooLoud:
      'Very loud at {{level}}: lower it by about {{by}} dB towards {{towards}}, or it will be turned down and may distort.',
    /** Each problem is one sentence, so the worst (said first) and `also` make at most two. clipping*: a fail. */
    clipping:
      'Clipping: the true peak reaches {{peak}}, so it sounds distorted; lower the level and export it again with a limiter at {{limit}}.',
    clippingLoud:
      'Clipping: the true peak reaches {{peak}}, so it sounds distorted; turn it down by about {{by}} dB towards {{towards}}, with a limiter at {{limit}}.',
    loudHotPeaks:
      'Very loud at {{level}}, with peaks at {{peak}}: lower it by about {{by}} dB towards {{towards}}, with a limiter at {{limit}}.',
    hotPeaks: "Peaks reach {{peak}}, above {{limit}}: use a limiter so the platform's encoder does not clip them.",
    lateSound: 'Silent opening: the first sound comes at {{first}}; start the sound within {{within}} s.',
    mostlySilence: '{{share}} of the track is silence: fill the gaps with music or voice.',
    /** The problems after the first, said briefly in one sentence (problems: the list). */
    also: 'Also: {{problems}}.',
    brief: {
      quiet: 'too quiet ({{level}})',
      peaks: 'peaks at {{peak}}',
      lateSound: 'first sound at {{first}}',
      silence: '{{share}} silence',
    },
    measuredOnFirstTrack: 'Measured on track 1 of {{tracks}}, the one the platforms play.',
    soundOn: 'Sound is on: {{level}} integrated, true peak {{peak}}, audible from {{first}}.',
    soundOnFirstTrack:
      'Sound is on (track 1 of {{tracks}}, the one the platforms play): {{level}} integrated, true peak {{peak}}, audible from {{first}}.',
  },
  integrity: {
    title: 'File integrity',
    label: 'File',
    /** floor: the shortest decoded length that passes (the declared one less the tolerance). */
    target: 'decodes to at least {{floor}} of the declared {{declared}}, without errors',
    endUndecodable: 'The end of the file could not be decoded: it is probably truncated. Export it again.',
    cutShort:
      'Cut short: only {{decoded}} of the declared {{declared}} plays. The export or copy was interrupted; export it again.',
    damaged_one: 'The picture or sound is damaged in {{count}} place: the upload may show glitches. Export it again.',
    damaged_other:
      'The picture or sound is damaged in {{count}} places: the upload may show glitches. Export it again.',
    clean: 'Decodes cleanly from start to end.',
  },
  /** A check whose measurement could not be made; the reasons measuring stores, keyed by its pass. */
  unmeasured: {
    leftOpen: '{{reason}} This check is left open; the rest of the scorecard stands.',
    reasons: {
      opening: {
        undecodable: 'Could not measure the opening: that part of the file does not decode.',
        noPicture: 'Could not measure the opening: no picture decodes at the start of the file.',
      },
      ending: {
        undecodable: 'Could not measure the ending: that part of the file does not decode.',
        noPicture: 'Could not measure the ending: no picture decodes at the end of the file.',
      },
      audio: {
        undecodable: 'Could not measure the sound: that part of the file does not decode.',
      },
    },
  },
  spec: {
    container: {
      title: 'Container',
      label: 'Cont',
      accepted: '{{container}} is accepted.',
      rejected: '{{container}} is not accepted by {{profile}}. Re-export as {{preferred}}.',
    },
    'video-codec': {
      title: 'Video codec',
      label: 'Codec',
      recommended: '{{codec}} is recommended.',
      accepted: '{{codec}} is accepted but {{preferred}} is recommended: some devices and editors handle it worse.',
      rejected: '{{codec}} is not accepted by {{profile}}. Re-export with {{preferred}}.',
    },
    resolution: {
      title: 'Resolution',
      label: 'Res',
      target: '{{recommended}} (each side {{min}}–{{max}} px)',
      rotated: '{{size}} (stored {{stored}}, rotated {{rotation}}°)',
      tooSmall: '{{size}} is below the {{profile}} minimum of {{min}} px per side. Export at {{recommended}}.',
      tooLarge: '{{size}} exceeds the {{profile}} maximum of {{max}} px per side. Scale it to {{recommended}}.',
      shapeTooSmall: '{{size}} is below the {{profile}} minimum of {{min}} for {{shape}}. Export at {{recommended}}.',
      soft: '{{size}} is accepted but below the recommended {{recommended}}: it will look soft on phones. Export at full HD if the source allows.',
      meets: '{{size}} meets the recommended size.',
    },
    'aspect-ratio': {
      title: 'Aspect ratio',
      label: 'AR',
      unexpected: '{{size}} is not a shape {{profile}} expects ({{shapes}}). Reframe to {{primary}}.',
      fits: '{{shape}}: {{note}}.',
      reframe: '{{shape}}: {{note}}. Reframe to {{primary}} to use the whole screen.',
      /** What a platform does with a shape: the profiles' `noteKey`s (their English `note` is the source's). */
      notes: {
        fullScreenVertical: 'full-screen vertical',
        barsAboveAndBelow: 'shown with bars above and below',
        landscapeLetterboxed: 'letterboxed landscape, filling about a third of the screen',
        croppedInReelsTab: 'cropped to 9:16 in the Reels tab',
        barsInReelsTab: 'shown with bars in the Reels tab',
        landscapeInReelsTab: 'letterboxed landscape in the Reels tab',
        squareIsAShort: 'square is accepted as a Short',
        bars: 'shown with bars',
        landscapeIsNotAShort: 'landscape uploads are not Shorts',
        acceptedForInFeedAds: 'accepted for In-Feed Ads',
      },
    },
    'frame-rate': {
      title: 'Frame rate',
      label: 'FPS',
      unreadable: 'The frame rate could not be read. Export at a constant 30 fps.',
      outside: '{{fps}} is outside the {{profile}} {{range}}. Export at 30 fps.',
      variable:
        'Variable frame rate (about {{fps}}), typical of phone and screen recordings: sound can drift after upload. Export at a constant 30 fps.',
      constant: '{{fps}}, constant.',
    },
    bitrate: {
      title: 'Bitrate',
      label: 'Rate',
      advice: '{{range}} for {{size}}',
      target: '≥ {{floor}}; {{advice}} recommended',
      targetWithMax: '≥ {{floor}}; ≤ {{ceiling}}; {{advice}} recommended',
      unreadable: 'The bitrate could not be read.',
      belowMinimum: '{{rate}} is below the {{profile}} minimum of {{floor}}. Export at {{advice}}.',
      aboveMaximum: '{{rate}} is above the {{profile}} maximum of {{ceiling}}. Export with a lower bitrate.',
      low: '{{rate}} is under {{floor}}: after the platform re-encodes it, the picture is likely to look blocky. Export at {{advice}}.',
      ok: '{{rate}}.',
    },
    'file-size': {
      title: 'File size',
      label: 'Size',
      within: '{{size}}, within {{limit}}.',
      over: '{{size}} is over the {{profile}} {{limit}} limit. Export with a lower bitrate or shorten it.',
    },
    'pixel-format': {
      title: 'Pixel format',
      label: 'Pix',
      unknown: 'unknown',
      bitDepth: '{{bits}}-bit',
      withTransparency: 'with transparency',
      target: '{{formats}} (8-bit 4:2:0)',
      targetHdr: '{{formats}} (8-bit 4:2:0); 10-bit HDR accepted',
      playsEverywhere: '{{format}} (4:2:0, 8-bit) plays everywhere.',
      tenBitHdr: '{{hdr}}, 10-bit',
      tenBitSdr: '10-bit SDR',
      keepsHdr: '{{what}} 4:2:0: {{profile}} accepts HDR uploads and keeps them.',
      keepsTenBit: '{{what}} 4:2:0: {{profile}} accepts 10-bit uploads and keeps them.',
      toneMapped:
        '{{what}}: {{profile}} accepts the upload but tone-maps it to SDR, and colours and brightness can shift. Export SDR Rec. 709 8-bit (yuv420p) for predictable colour.',
      toEightBit:
        '{{what}}: {{profile}} converts it to 8-bit; gradients may band. Export 8-bit yuv420p for predictable results.',
      notPlayable:
        '{{format}} is not what phones play: the platform re-encodes it and colours can shift. Re-export as 4:2:0 8-bit (yuv420p).',
      notPlayableAlpha:
        '{{format}} is not what phones play: the platform re-encodes it and colours can shift. The transparency is dropped on upload: put the graphics over a background first. Re-export as 4:2:0 8-bit (yuv420p).',
    },
    'audio-codec': {
      title: 'Audio codec',
      label: 'ACodec',
      none: 'no audio track',
      noTrack: 'No audio track: no codec to check (see {{sound}}).',
      recommended: '{{codec}} is recommended.',
      usuallyWorks: '{{codec}} usually works, but {{preferred}} is recommended.',
      rejected: '{{codec}} audio is not accepted by {{profile}}. Re-export with {{preferred}}.',
    },
  },
};
