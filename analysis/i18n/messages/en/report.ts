/**
 * The HTML and PDF reports, and the people-facing cells of the CSV (English). Italian:
 * ../it/report.ts, same keys. Figures arrive already written in the language ("15.0 s", "78%").
 */
export const report = {
  /** The page's title; profile: the profile's name ("TikTok"). */
  title_one: 'Pre-flight report: {{count}} draft for {{profile}}',
  title_other: 'Pre-flight report: {{count}} drafts for {{profile}}',
  heading: 'Pre-flight report · {{profile}}',
  /** The line under the heading, its parts joined with " · ". */
  meta: {
    drafts_one: '{{count}} draft',
    drafts_other: '{{count}} drafts',
    /** when: the date and time in the language's format; version: Preflight's version. */
    generated: 'generated {{when}} by Preflight {{version}}',
    run: 'run {{run}}',
    rescore: 'run {{run}} (re-score of run {{source}})',
    /** A run that did not complete (a completed one says nothing). */
    status: {
      running: 'running',
      cancelled: 'cancelled',
      interrupted: 'interrupted',
    },
  },
  /** The counts under the heading, singular and plural ("1 Warning", "2 Warnings"). */
  counts: {
    pass_one: 'Pass',
    pass_other: 'Pass',
    warn_one: 'Warning',
    warn_other: 'Warnings',
    fail_one: 'Fail',
    fail_other: 'Fail',
    error_one: 'Not analysed',
    error_other: 'Not analysed',
  },
  /** A verdict or a check's result, in a chip or a table cell ("Fix first" shows it in capitals). */
  status: {
    pass: 'pass',
    warn: 'warn',
    fail: 'fail',
    error: 'error',
  },
  fixFirst: 'Fix first',
  moreBelow_one: '…and {{count}} more below.',
  moreBelow_other: '…and {{count}} more below.',
  nothingToFix: 'Nothing to fix.',
  drafts: 'Drafts',
  /** The drafts table's columns. */
  table: {
    index: '#',
    draft: 'Draft',
    verdict: 'Verdict',
    score: 'Score',
    duration: 'Duration',
    toFix: 'To fix',
  },
  /** One draft's card. */
  card: {
    scoreOf: 'score / 100',
    /** code: the error's code ("not-a-video"). */
    ready: 'Ready to post: every check passes.',
    firstFrame: 'First frame',
    /** The first frame's alternative text; name: the draft's file name. */
    firstFrameOf: 'First frame of {{name}}',
    noPicture: 'No picture.',
    /** window: how long the opening is ("3.0 s"). */
    hook: 'Hook: the first {{window}}',
    frameAt: 'Frame at {{moment}}',
    /** The note under the motion figure: its parts follow one another, then a full stop. */
    hookNote: {
      attention: 'Blue area: the first {{seconds}} s viewers give a video.',
      cuts_one: '{{count}} cut',
      cuts_other: '{{count}} cuts',
      firstChange: ', first change at {{moment}}',
      noChange: ', no change',
      firstSound: ', first sound at {{moment}}',
      noSound: ', no sound',
    },
    seam: 'Loop seam: last frame → first frame',
    lastFrame: 'Last frame',
    /** moment: when the last frame is shown ("14.97 s"). */
    lastCaption: 'last ({{moment}})',
    firstCaption: 'first',
    lastUndecodable: 'The last frame cannot be decoded.',
    similarity: 'similarity (100% = identical)',
    duration: 'Duration',
    loudness: 'Loudness',
    silent: 'The audio track is silent.',
    noAudio: 'No audio track.',
    /** The checks table's columns. */
    checks: {
      check: 'Check',
      result: 'Result',
      value: 'Value',
      target: 'Target',
      meaning: 'What it means',
    },
  },
  /** The inline figures: their labels for screen readers and their captions. */
  figures: {
    motion: 'Motion in the opening seconds',
    cut: 'cut',
    firstSound: 'first sound',
    loudness: 'Loudness over time',
    /** lufs: the profile's loudness target ("-14.0"). */
    target: 'target {{lufs}} LUFS',
    /** lufs and peak: the draft's integrated loudness and true peak ("-14.2", "-1.5" or "—"). */
    integrated: 'integrated {{lufs}} LUFS · true peak {{peak}} dBTP',
    duration: 'Duration against the completion bands',
    sweetSpot: 'sweet spot {{low}}–{{high}} s',
  },
  /** Why a draft's card has no pictures. */
  pictures: {
    /** reason: why, in a few words ("the draft was moved"). */
    unavailable: 'Pictures unavailable: {{reason}}',
    changed: 'the draft was changed, moved or deleted since it was checked',
  },
  glossary: 'What the terms mean',
  /** The footer: the profile, where its figures come from and what it assumes. */
  footer: {
    sources: 'Sources:',
    /** covers: what the source backs; source: its title; checked: the ISO date it was last compared. */
    source: '{{covers}}: {{source}} (checked {{checked}})',
    assumptions: 'Assumptions: {{assumptions}}',
  },
  /**
   * Each profile's description and assumptions (one paragraph), as the profile states them in
   * analysis/profiles (a test keeps the English here equal to the profiles' own).
   */
  profiles: {
    tiktok: {
      description: 'Organic TikTok post (upload from the app or the Content Posting API).',
      assumptions:
        'Loudness is not published by the platforms: −14 LUFS integrated and −1 dBTP true peak are the targets third-party guides quote; a true peak above +1 dBTP is taken for clipping (a lossy encoder adds only tenths of a dB) and fails. ' +
        'A bitrate under 1.5 Mbps at 1080×1920 tends to look blocky after TikTok re-encodes it (rule of thumb, not published).',
    },
    'tiktok-ads': {
      description: 'TikTok Auction In-Feed Ads creative.',
      assumptions:
        'Loudness is not published by the platforms: −14 LUFS integrated and −1 dBTP true peak are the targets third-party guides quote; a true peak above +1 dBTP is taken for clipping (a lossy encoder adds only tenths of a dB) and fails. ' +
        'Video codecs are not listed for ads; H.264 is assumed as for organic posts.',
    },
    reels: {
      description: 'Instagram Reel (Meta publishing rules).',
      assumptions:
        'Loudness is not published by the platforms: −14 LUFS integrated and −1 dBTP true peak are the targets third-party guides quote; a true peak above +1 dBTP is taken for clipping (a lossy encoder adds only tenths of a dB) and fails. ' +
        "Sweet spot and completion bands are TikTok's guidance (from the TikTok deck): Meta publishes no figure for Reels.",
    },
    shorts: {
      description: 'YouTube Short (vertical or square, up to 3 minutes).',
      assumptions:
        'Loudness is not published by the platforms: −14 LUFS integrated and −1 dBTP true peak are the targets third-party guides quote; a true peak above +1 dBTP is taken for clipping (a lossy encoder adds only tenths of a dB) and fails. ' +
        'YouTube accepts most containers and codecs; H.264 + AAC in MP4 is checked as the safe choice. ' +
        "Sweet spot and completion bands are TikTok's guidance (from the TikTok deck): YouTube publishes no figure for Shorts.",
    },
  },
  zones: {
    toggle: "Show {{platform}}'s interface areas",
  },
};
