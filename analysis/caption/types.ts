/** Pure data types of a draft's caption; the UI contract shares them. */

/** Where a caption came from: a text file beside the draft, `--caption`, or the scorecard's field. */
export type CaptionOrigin = 'file' | 'flag' | 'app';

export interface Caption {
  text: string;
  origin: CaptionOrigin;
  /** The text file it was read from (origin 'file'). */
  file?: string;
  /**
   * 'latin1': the file was not UTF-8 and was read as Latin-1 (old Windows tools);
   * 'too-large': the file is over the size limit and was not read (text is empty).
   */
  note?: 'latin1' | 'too-large';
}

/** What the caption check measures; re-scored per profile, never re-read. */
export interface CaptionFigures {
  /** Hashtags as written, in order ("#Moda"). */
  hashtags: string[];
  /** Characters as people count them (user-perceived characters: an emoji with a skin tone is one). */
  length: number;
  /** The caption asks a question or invites an action. */
  callToAction: boolean;
}
