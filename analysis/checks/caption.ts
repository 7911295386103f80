import { captionFigures, tagKey } from '../caption/caption-text.js';
import type { Words } from '../i18n/words.js';
import { LOCALE_OF } from '../i18n/lang.js';
import { defineCheck } from './define-check.js';
import type { CheckStatus } from './types.js';

/** "#perte and #fyp" / "#perte e #fyp": the language's own way of listing. */
const joined = (words: Words, items: readonly string[]): string =>
  new Intl.ListFormat(LOCALE_OF[words.lang], { style: 'long', type: 'conjunction' }).format(items);

/**
 * The decks' caption advice: at most 3 hashtags, none of the generic ones ("#perte"), and a
 * question or call to action; over the platform's length limit the post cannot be published.
 */
export const captionCheck = defineCheck({
  id: 'caption',
  csvColumn: 'caption_chars',
  weight: 1,
  appliesTo: (_m, inputs) => Boolean(inputs.caption),
  format: (v, f) => f.whole(v),
  compact: (v) => String(v),
  evaluate(_m, profile, words, inputs) {
    const { t, f } = words;
    const caption = inputs.caption!;
    const rules = profile.caption;
    const isTitle = rules.field === 'title';
    const target = t(isTitle ? 'caption.targetTitle' : 'caption.targetCaption', {
      max: f.whole(rules.maxLength),
      hashtags: rules.maxHashtags,
    });
    const source = { origin: caption.origin, ...(caption.file ? { file: caption.file } : {}) };
    if (caption.note === 'too-large') {
      return {
        status: 'warn',
        value: null,
        target,
        message: t('caption.tooLarge', { file: caption.file ?? '' }),
        details: { ...source, refused: 'too-large' },
      };
    }
    const { hashtags, length, callToAction } = captionFigures(caption.text);
    const genericSet = new Set(rules.genericTags);
    const generic = hashtags.filter((tag) => genericSet.has(tagKey(tag)));
    const details = {
      hashtags,
      generic,
      length,
      callToAction,
      maxLength: rules.maxLength,
      maxHashtags: rules.maxHashtags,
      ...source,
      ...(caption.note === 'latin1' ? { encoding: 'latin1' } : {}),
    };
    const problems: string[] = [];
    let status: CheckStatus = 'pass';
    if (length > rules.maxLength) {
      status = 'fail';
      problems.push(
        t(isTitle ? 'caption.tooLongTitle' : 'caption.tooLongCaption', {
          length: f.whole(length),
          max: f.whole(rules.maxLength),
          over: f.whole(length - rules.maxLength),
          count: length - rules.maxLength,
          platform: profile.name,
        }),
      );
    }
    if (hashtags.length > rules.maxHashtags) {
      if (status === 'pass') status = 'warn';
      problems.push(t('caption.tooManyHashtags', { count: hashtags.length, max: rules.maxHashtags }));
    }
    if (generic.length > 0) {
      if (status === 'pass') status = 'warn';
      problems.push(t('caption.generic', { count: generic.length, tags: joined(words, generic) }));
    }
    const latin1 = caption.note === 'latin1' ? ` ${t('caption.latin1')}` : '';
    const tip = callToAction ? undefined : t('caption.noCallToAction');
    const counts = {
      characters: t('caption.characters', { count: length }),
      hashtags: t('caption.hashtags', { count: hashtags.length }),
    };
    const summary = t(callToAction ? 'caption.summaryWithCallToAction' : 'caption.summary', counts);
    // The tip is said whatever else is wrong: a caption with too many tags may also ask nothing.
    const message = [...(problems.length > 0 ? problems : [summary]), ...(tip ? [tip] : [])].join(' ');
    return {
      status,
      value: length,
      valueText: counts.characters,
      target,
      message: message + latin1,
      ...(tip ? { tip } : {}),
      details,
    };
  },
});
