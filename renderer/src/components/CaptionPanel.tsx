import { useEffect, useState } from 'react';
import type { CheckResult, ContractFile, Profile } from '../../../analysis/api/contract';
import { captionLength, hashtagsOf } from '../../../analysis/caption/caption-text';
import { client } from '../api/client';
import { useUi, type Said } from '../i18n';

interface Props {
  path: string;
  /** The caption the draft was scored with ('' when it has none). */
  caption: string;
  /** Where it came from: the text file beside the draft, the command line, or this field. */
  origin: 'file' | 'flag' | 'app' | null;
  check: CheckResult | undefined;
  profile: Profile;
  runId: number | null;
  onResult(file: ContractFile): void;
  onMessage(said: Said, error?: boolean): void;
  /** The field holds an edit not saved (true), or not any more (false): the window asks before closing over it. */
  onUnsaved(unsaved: boolean): void;
}

/**
 * The caption and its hashtags: what the decks advise, checked as the editor types, and saved
 * beside the draft (so every later check reads it) or with this run only. Saving scores the
 * draft again from its stored measurements: nothing is decoded.
 */
export function CaptionPanel({ path, caption, origin, check, profile, runId, onResult, onMessage, onUnsaved }: Props) {
  const { t, f, lang } = useUi();
  const [text, setText] = useState(caption);
  const [saving, setSaving] = useState(false);
  useEffect(() => setText(caption), [caption, path]);
  const length = captionLength(text.trim());
  const tags = hashtagsOf(text).length;
  const { maxLength, maxHashtags } = profile.caption;
  const changed = text.trim() !== caption.trim();
  useEffect(() => {
    onUnsaved(changed);
  }, [changed]);
  // Closed (or another draft's card shown), nothing of it is pending any more.
  useEffect(
    () => () => {
      onUnsaved(false);
    },
    [],
  );

  const save = async (saveTo: 'file' | 'history'): Promise<void> => {
    if (runId === null) return;
    setSaving(true);
    const result = await client.setCaption({ runId, path, text, saveTo, profile: profile.id, lang });
    setSaving(false);
    if (!result.ok) return onMessage({ text: result.error.message }, true);
    onResult(result.value);
    onMessage({ key: saveTo === 'file' ? 'caption.savedToFile' : 'caption.savedToHistory' });
  };

  return (
    <section className="panel caption-panel">
      <h3>{t('caption.title')}</h3>
      {check ? (
        <p className={`caption-verdict status ${check.status}`}>
          {/* Said before the advice, whose colour alone shows the status: the same words as a check chip's. */}
          <span className="visually-hidden">{t(`status.${check.status}`)}: </span>
          {check.message}
        </p>
      ) : (
        <p className="muted small">{t('caption.none')}</p>
      )}
      <label className="caption-field">
        <span className="muted small">
          {origin === 'file' ? t('caption.fromFile') : origin === 'app' ? t('caption.fromHistory') : t('caption.label')}
        </span>
        <textarea
          value={text}
          rows={3}
          maxLength={100_000}
          placeholder={t('caption.placeholder')}
          onChange={(event) => setText(event.target.value)}
          aria-describedby="caption-counts"
        />
      </label>
      <div className="caption-actions">
        <span id="caption-counts" className={`muted small${length > maxLength || tags > maxHashtags ? ' over' : ''}`}>
          {t('caption.counts', {
            length: f.whole(length),
            max: f.whole(maxLength),
            tags: f.whole(tags),
            maxTags: f.whole(maxHashtags),
            count: tags,
          })}
        </span>
        <span className="spacer" />
        <button type="button" disabled={!changed || saving || runId === null} onClick={() => void save('file')}>
          {t('caption.saveToFile')}
        </button>
        <button type="button" disabled={!changed || saving || runId === null} onClick={() => void save('history')}>
          {t('caption.saveToHistory')}
        </button>
      </div>
      {runId === null && <p className="muted small">{t('caption.afterRun')}</p>}
    </section>
  );
}
