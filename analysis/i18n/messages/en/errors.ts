import type { MediaErrorCode } from '../../../media/errors.js';

/**
 * Per-file errors, their short labels and advice, and the history database's errors (English).
 * Italian: ../it/errors.ts, same keys. The English texts are the messages themselves (logs and
 * stored results read them), so a change here changes what English readers see.
 */
export const errors = {
  /** A short label for each error code, shown in tables and rows instead of the code. */
  labels: {
    'not-found': 'File missing',
    unreadable: 'Cannot read',
    'not-a-file': 'Not a file',
    'empty-file': 'Empty file',
    'not-a-video': 'Not a video',
    'no-video-stream': 'No video track',
    truncated: 'Incomplete file',
    corrupt: 'Damaged file',
    'decode-failed': 'Does not decode',
    changed: 'Changed while checked',
    timeout: 'Timed out',
    cancelled: 'Not checked',
    'ffmpeg-missing': 'ffmpeg missing',
    internal: 'Internal error',
  } satisfies Record<MediaErrorCode, string>,
  /** What to do about each error code, in one sentence. */
  advice: {
    'not-found': 'The file was moved, renamed or deleted: check the path and run the check again.',
    unreadable: 'Give your user read permission on the file or folder, then check it again.',
    'not-a-file': 'Point the check at a video file or a folder of videos.',
    'empty-file': 'The export or copy did not finish: export or copy it again.',
    'not-a-video': 'This file holds no video ffmpeg can read. If it should be one, export it again as MP4.',
    'no-video-stream': 'The file has no picture (audio only or an empty container): export the video with its picture.',
    truncated: 'The export or copy was interrupted: export or copy it again.',
    corrupt: 'The file is damaged: export it again from your editor.',
    'decode-failed': 'No picture decodes from this file: export it again from your editor.',
    changed: 'The file was being written while it was checked: wait for the export to finish, then check again.',
    timeout: 'ffmpeg took too long on this file: check that it plays, then check it again.',
    cancelled: 'The check was cancelled before this draft: check it again.',
    'ffmpeg-missing': 'Reinstall with `npm install`, or set FFMPEG_PATH / FFPROBE_PATH to working binaries.',
    internal: 'Something unexpected failed: run it again with PREFLIGHT_DEBUG=1 and report what it prints.',
  } satisfies Record<MediaErrorCode, string>,
  /** Anything thrown that is not one of ours; reason is the thrown error's own (English) message. */
  unexpected: 'Unexpected failure: {{reason}}',
  /** The file on disk, before any process starts. */
  file: {
    notFound: 'The file does not exist (moved, renamed or deleted?).',
    gone: 'The file no longer exists.',
    permissionDenied: 'The file cannot be read (permission denied).',
    /** reason: the system's error code (EIO, ELOOP…). */
    unreadable: 'The file cannot be read ({{reason}}).',
    notAFile: 'This is not a regular file.',
    empty: 'The file is empty (0 bytes): the export or copy did not finish.',
    changed: 'The file changed while it was analysed (still exporting or copying?): check it again when it is done.',
    folderUnreadable: 'The folder could not be read ({{reason}}).',
    folderDenied: 'The folder cannot be read (permission denied).',
    linkLoop: 'The path loops through symbolic links (a link leads back to itself): fix or remove the link.',
    nameTooLong:
      'The path is too long for the system to open: move the file to a folder with a shorter path, or rename it.',
    diskError: 'The disk reported a read error (EIO): copy the file again, or check the disk.',
  },
  /** What ffprobe and ffmpeg made of the contents. */
  media: {
    truncated:
      'The file is incomplete (its index is missing): the export was interrupted or the copy is unfinished. Export it again.',
    notAVideo: 'This is not a video file ffmpeg can read. If it should be one, export it again as MP4.',
    /** Said after the label "Not a video": the reason and what to do, never "not a video" again. */
    notIsoMedia:
      'Despite its name, its contents are not MP4/MOV data. If it should be a video, export it again as MP4.',
    damaged: 'The file could not be read as video: it is damaged. Export it again.',
    audioOnly: 'This is an audio-only file: there is no video track to check. Export the video with its picture.',
    noVideoTrack: 'The file holds no video track. Export it again with its picture.',
    noDuration:
      'The file declares no duration and no picture could be read from it: it is damaged or still being written.',
    noPicture: 'No picture could be decoded from this file: it is damaged. Export it again.',
    notReadable: 'Not a readable video file.',
    /** container: ffprobe's format name ("mpegts", "image2"). */
    unsupportedContainer: 'Not a supported video container ({{container}}).',
    noVideoStream: 'The file has no video stream.',
  },
  /** A process stopped by a cancel or its time limit; step: the pass's technical name ("opening decode", "ffprobe"). */
  process: {
    cancelled: '{{step}} cancelled',
    timeout: '{{step}} did not finish within {{seconds}} s and was stopped',
    fileCancelled: 'Cancelled before this file finished.',
    /** Said after the label "Not checked": the reason only, never "not analysed" again. */
    batchCancelled: 'The batch was cancelled before this draft.',
  },
  /** The ffmpeg and ffprobe binaries themselves. */
  binaries: {
    /** program: "ffmpeg" or "ffprobe"; reason: the system's own words. */
    cannotStart: 'Could not start {{program}} ({{path}}): {{reason}}',
    notFoundAt: '{{program}} not found at {{path}}. Set {{variable}} to a working binary.',
    notExecutable: '{{path}} is not executable and could not be made so; run chmod +x on it or set {{variable}}.',
    missing: 'No {{program}} binary: install dependencies (npm install) or set {{variable}}.',
    /** filters: the missing filters' names, comma separated. */
    lacksFilters_one:
      'The ffmpeg in use ({{path}}) lacks the filter(s) {{filters}}; set FFMPEG_PATH to a fuller build.',
    lacksFilters_other:
      'The ffmpeg in use ({{path}}) lacks the filter(s) {{filters}}; set FFMPEG_PATH to a fuller build.',
  },
  /** The history database and the runs stored in it. */
  store: {
    movedAside: 'The history database was damaged; it was moved to {{aside}} and a new one was started.',
    historyOff: 'History and cache are off: {{reason}}',
    /** historyOff's opening, followed by the reason said as a sentence of its own (the app's notice). */
    historyOffLead: 'History and cache are off:',
    foreignFile:
      "{{path}} is not a Preflight history database (it is another kind of file, or another program's database); it was left untouched. " +
      'Point --db or PREFLIGHT_DB at a new file name.',
    cannotOpen: 'The history database {{path}} cannot be opened: {{reason}}',
    cannotUse: 'The history database {{path}} cannot be used: {{reason}}',
    cannotRead: 'The history database {{path}} cannot be read: {{reason}}',
    damaged:
      'The history database {{path}} is damaged ({{reason}}). It was left as it is; the next `preflight check` moves it aside and starts a new one.',
    newerSchema:
      'The history database {{path}} was written by a newer Preflight (schema {{version}}, this version knows up to {{latest}}). ' +
      'Update Preflight, or use another database with --db; the file was not changed.',
    noRun: 'There is no run {{run}} in {{path}} (see `preflight history`).',
    noDraftInRun: 'Run {{run}} has no draft {{path}}.',
    /** A stored result that has neither a scorecard nor an error (written by an interrupted save). */
    incompleteResult: 'The stored result is incomplete.',
    notRescorable:
      'Profile {{profile}} looks at a {{profileSec}} s opening but run {{run}} measured {{measuredSec}} s: check the drafts again instead.',
  },
  /** Choosing and writing reports and sidecars (analysis/report). */
  report: {
    /** format: what --format named; formats: the known ones, comma separated. */
    unknownFormat: 'Unknown report format "{{format}}": use {{formats}}.',
    /** extensions: the known extensions (".html, .pdf, .csv, .json"). */
    formatOfName: 'Cannot tell the report format from "{{path}}": end the name with {{extensions}} or add --format.',
    refusedInput: 'Refusing to write {{path}}: it is one of the drafts in this report. Nothing was written.',
    refusedCaption: 'Refusing to write {{path}}: it is the caption of a draft in this report. Nothing was written.',
    refusedDatabase: 'Refusing to write {{path}}: it is the history database. Nothing was written.',
    refusedNotAFile: 'Refusing to write {{path}}: it exists and is not a regular file. Nothing was written.',
    refusedForeign:
      'Refusing to write {{path}}: it exists and is not a Preflight report. Nothing was written; add --force to replace it.',
    /**
     * A report or sidecar that cannot be written, by the system's error code: refused before it is
     * made (its folder cannot take it; `check` decodes nothing) or a write that failed. folder: the
     * target's folder.
     */
    cannotWrite: {
      noFolder:
        'Cannot write {{path}}: the folder {{folder}} does not exist (create it, or name another folder). Nothing was written.',
      notAFolder: 'Cannot write {{path}}: {{folder}} is not a folder. Nothing was written.',
      diskFull: 'Cannot write {{path}}: the disk is full. Nothing was written.',
      quota: 'Cannot write {{path}}: the disk quota is used up. Nothing was written.',
      denied: 'Cannot write {{path}}: no permission to write in {{folder}}. Nothing was written.',
      readOnly: 'Cannot write {{path}}: {{folder}} is on a read-only disk. Nothing was written.',
      isFolder: 'Cannot write {{path}}: {{path}} is a folder. Nothing was written.',
      nameTooLong:
        'Cannot write {{path}}: the name is too long for the disk (choose a shorter one). Nothing was written.',
      /** reason: the system's own (English) words. */
      other: 'Cannot write {{path}}: {{reason}}. Nothing was written.',
    },
  },
  run: {
    inProgress: 'Run {{run}} is still being checked: cancel it first, then delete it.',
    labelTooLong: "A run's name can be up to {{max}} characters (this one has {{length}}).",
    incompleteHistory:
      'Only {{stored}} of the {{total}} drafts of run {{run}} are in history (they could not all be saved): check the drafts again to export a complete report.',
  },
};
