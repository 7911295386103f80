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
    /** Drafts a cancelled or interrupted run never finished ("24 not checked"), as the app counts them. */
    notChecked_one: '{{count}} not checked',
    notChecked_other: '{{count}} not checked',
  },
  /**
   * The counts under the heading, singular and plural ("1 Warning", "2 Warnings"). An unreadable
   * draft is an error, the word of the CLI's and the app's counts (verdict.counts.error); a draft a
   * cancel stopped is not checked (app.counts.notChecked).
   */
  counts: {
    pass_one: 'Pass',
    pass_other: 'Pass',
    warn_one: 'Warning',
    warn_other: 'Warnings',
    fail_one: 'Fail',
    fail_other: 'Fail',
    error_one: 'Error',
    error_other: 'Errors',
    notChecked_one: 'Not checked',
    notChecked_other: 'Not checked',
  },
  /**
   * Under the counts when a run did not finish every draft: count of total; they are counted, not
   * listed (a stored run keeps only the drafts it finished).
   */
  notChecked: {
    cancelled_one:
      '{{count}} of {{total}} drafts was not checked: the check was cancelled before it finished it. Check again to finish it.',
    cancelled_other:
      '{{count}} of {{total}} drafts were not checked: the check was cancelled before it finished them. Check again to finish them.',
    interrupted_one:
      '{{count}} of {{total}} drafts was not checked: the check was interrupted (Preflight was closed) before it finished it. Check again to finish it.',
    interrupted_other:
      '{{count}} of {{total}} drafts were not checked: the check was interrupted (Preflight was closed) before it finished them. Check again to finish them.',
    running_one: '{{count}} of {{total}} drafts is not checked yet: the check is still running.',
    running_other: '{{count}} of {{total}} drafts are not checked yet: the check is still running.',
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
    /** threshold: the engine's audibility floor in dBFS ("-60"): no sample of a silent track is louder. */
    silent: 'Silent: no sample louder than {{threshold}} dBFS, so there is no loudness to chart.',
    /** After `silent` when the loudest sample is known; peak: in dBFS ("-91.0"). */
    loudestSample: 'The loudest is {{peak}} dBFS.',
    /** A track with sound whose loudness could not be measured (too short, or its decoding failed). */
    noLoudness: 'Loudness could not be measured.',
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
  /**
   * Each source a profile cites (analysis/report/sources.ts maps them by what they cover): what it
   * backs and what it is, said for a reader who has only the report.
   */
  sources: {
    tiktokRestrictions: {
      covers: 'containers, codecs, 23–60 fps, 360–4096 px, ≤4 GB, ≤10 min',
      source: 'TikTok for Developers, Content Posting API — Media transfer guide, "Video restrictions"',
    },
    tiktokRecommended: {
      covers: 'recommended 1080×1920, 30 fps, H.264 + AAC',
      source: 'third-party upload guides (TikTok does not publish these)',
    },
    tiktokHdr: {
      covers: '10-bit / HDR: not among the listed upload formats; the app converts HDR to SDR on upload',
      source:
        'TikTok for Developers, "Video restrictions" (lists no HDR format); the conversion as observed by third-party guides',
    },
    deckCompletion: {
      covers: 'sweet spot 13–17 s, completion bands',
      source: "'TikTok per le aziende' training deck (ASSEPRIM), slide 'Completion Rate'",
    },
    deckHook: {
      covers: 'hook in the first 2–3 s',
      source: "'TikTok Marketing' and 'TikTok per le aziende' training decks",
    },
    tiktokCaption: {
      covers: 'caption up to 4,000 characters',
      source:
        'TikTok app caption limit (raised from 2,200 to 4,000 characters), as restated by third-party guides (lettercounter.org, napoleoncat.com); the Content Posting API still caps captions at 2,200',
    },
    deckHashtags: {
      covers: 'at most 3 hashtags; no random tags like #perte',
      source: "'TikTok Marketing' and 'TikTok per le aziende' training decks",
    },
    tiktokZones: {
      covers: 'interface areas: top 150 px, bottom 440 px, right 150 px of 1080×1920 (assumption)',
      source:
        'third-party TikTok safe-zone templates; TikTok publishes none for organic posts, and the templates disagree by tens of pixels',
    },
    adsSpecs: {
      covers:
        '9:16 ≥540×960, 16:9 ≥960×540, 1:1 ≥640×640; mp4/mov/mpeg/3gp/avi; ≤500 MB; ≥516 kbps; 5–60 s (21–34 s recommended)',
      source: 'TikTok Ads Manager help, "Auction In-Feed Ads" specifications (page updated Oct 2024)',
    },
    adsText: {
      covers: 'ad text up to 100 characters',
      source: 'TikTok Ads Manager ad text limit (1–100 characters), as restated by third-party ads guides',
    },
    reelsSpecs: {
      covers: 'MP4/MOV, H.264/HEVC, 4:2:0, ≤25 Mbps, AAC ≤48 kHz, 23–60 fps, 3 s–15 min',
      source: "Meta's Reels publishing requirements, as restated by third-party guides",
    },
    reelsHdr: {
      covers: '8-bit 4:2:0 (HDR is converted to SDR for Reels)',
      source: "Meta's Reels publishing requirements, as restated by third-party guides",
    },
    reelsCaption: {
      covers: 'caption up to 2,200 characters',
      source:
        "Instagram caption limit of 2,200 characters, as restated by posting-API vendors' documentation (Ayrshare, upload-post)",
    },
    reelsZones: {
      covers: 'interface areas: top 14 %, bottom 35 %, right 6 % (assumption)',
      source:
        "Meta's Reels ads safe-zone guidance (keep 14 % at the top, 35 % at the bottom and 6 % at the sides free of text), as restated by third parties; used for organic Reels too",
    },
    shortsSpecs: {
      covers: 'vertical or square, up to 3 min',
      source: 'YouTube Help, "Upload YouTube Shorts"',
    },
    shortsHdr: {
      covers: '10-bit HDR uploads (HLG and PQ, Rec. 2020)',
      source: 'YouTube Help, "Upload High Dynamic Range (HDR) videos"',
    },
    shortsTitle: {
      covers: 'title up to 100 characters',
      source:
        'Google Ads API reference, YouTubeVideoUpload.video_title: "must not exceed 100 characters"; the YouTube Help Center says the same',
    },
    shortsZones: {
      covers: 'interface areas: top 15 %, bottom 25 %, right 12 % (assumption)',
      source:
        'third-party YouTube Shorts safe-zone templates; YouTube publishes none. The title, channel and buttons sit at the bottom and right',
    },
  },
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
        'Loudness is not published by the platforms: -14.0 LUFS integrated and -1.0 dBTP true peak are the targets third-party guides quote; a true peak above +1.0 dBTP is taken for clipping (a lossy encoder adds only tenths of a dB) and fails. ' +
        'A bitrate under 1.5 Mbps at 1080×1920 tends to look blocky after TikTok re-encodes it (rule of thumb, not published).',
    },
    'tiktok-ads': {
      description: 'TikTok Auction In-Feed Ads creative.',
      assumptions:
        'Loudness is not published by the platforms: -14.0 LUFS integrated and -1.0 dBTP true peak are the targets third-party guides quote; a true peak above +1.0 dBTP is taken for clipping (a lossy encoder adds only tenths of a dB) and fails. ' +
        'Video codecs are not listed for ads; H.264 is assumed as for organic posts.',
    },
    reels: {
      description: 'Instagram Reel (Meta publishing rules).',
      assumptions:
        'Loudness is not published by the platforms: -14.0 LUFS integrated and -1.0 dBTP true peak are the targets third-party guides quote; a true peak above +1.0 dBTP is taken for clipping (a lossy encoder adds only tenths of a dB) and fails. ' +
        "Sweet spot and completion bands are TikTok's guidance (from the TikTok deck): Meta publishes no figure for Reels.",
    },
    shorts: {
      description: 'YouTube Short (vertical or square, up to 3 minutes).',
      assumptions:
        'Loudness is not published by the platforms: -14.0 LUFS integrated and -1.0 dBTP true peak are the targets third-party guides quote; a true peak above +1.0 dBTP is taken for clipping (a lossy encoder adds only tenths of a dB) and fails. ' +
        'YouTube accepts most containers and codecs; H.264 + AAC in MP4 is checked as the safe choice. ' +
        "Sweet spot and completion bands are TikTok's guidance (from the TikTok deck): YouTube publishes no figure for Shorts.",
    },
  },
  zones: {
    toggle: 'Show the {{platform}} interface areas',
  },
};
