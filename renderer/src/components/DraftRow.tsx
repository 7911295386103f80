import type { KeyboardEvent } from 'react';
import { baseName, errorAdvice, errorLabel, errorMessage, folderOf } from '../format';
import { useUi } from '../i18n';
import { verdictOf, type FileState } from '../state/session';
import { usePictures } from '../state/pictures';
import { VerdictChip } from './VerdictChip';

/** The same symbols as the CLI table. */
export const STATUS_SYMBOL = { pass: '✓', warn: '!', fail: '✗' } as const;

interface Props {
  file: FileState;
  index: number;
  selected: boolean;
  /** The table's one Tab stop (the others are reached with the arrows, Home and End). */
  tabStop: boolean;
  onOpen(): void;
  onFocus(): void;
  onKeyDown(event: KeyboardEvent<HTMLTableRowElement>): void;
}

/**
 * The length a row shows, in seconds: the duration check's figure (what plays, when a file is cut short),
 * else the header's. Sorting uses it too, so the order matches what is read.
 */
export function shownDurationSec(file: FileState): number | null {
  const result = file.result;
  if (result?.status !== 'analyzed') return null;
  const value = result.scorecard.checks.find((c) => c.id === 'duration')?.value;
  return typeof value === 'number' ? value : result.measurements.durationSec;
}

/** One draft: thumbnail, name, duration, a chip per check, score and verdict; progress or the error while not analysed. */
export function DraftRow({ file, index, selected, tabStop, onOpen, onFocus, onKeyDown }: Props) {
  const ui = useUi();
  const { t, f, words } = ui;
  const result = file.result;
  const verdict = verdictOf(file);
  const pictures = usePictures(result);
  const thumb = pictures?.strip[0]?.src;
  return (
    <tr
      className={`draft-row ${selected ? 'selected' : ''}`}
      tabIndex={tabStop ? 0 : -1}
      data-path={file.path}
      aria-selected={selected}
      onClick={onOpen}
      onFocus={onFocus}
      onKeyDown={onKeyDown}
    >
      <td className="num muted col-index">{index + 1}</td>
      <td className="thumb-cell col-thumb">
        {thumb ? <img className="thumb" src={thumb} alt="" /> : <div className="thumb placeholder" />}
      </td>
      <td className="name-cell col-name">
        <div className="name" title={file.path}>
          {baseName(file.path)}
        </div>
        <div className="muted small folder">{folderOf(file.path)}</div>
        {result?.status === 'error' && (
          <div className={`row-error ${verdict === 'notChecked' ? 'not-checked' : ''}`} role="note">
            <strong title={`${result.error.code}: ${errorAdvice(result.error.code, words)}`}>
              {errorLabel(result.error.code, words)}:
            </strong>{' '}
            {errorMessage(result.error, ui)}
          </div>
        )}
        {file.state !== 'done' && (
          <div className="file-progress" aria-label={f.percent(file.fraction)}>
            <div style={{ width: `${Math.round(file.fraction * 100)}%` }} />
          </div>
        )}
      </td>
      <td className="num col-duration">
        {result?.status === 'analyzed'
          ? (result.scorecard.checks.find((c) => c.id === 'duration')?.valueText ??
            f.seconds(result.measurements.durationSec))
          : ''}
      </td>
      <td className="col-checks">
        {result?.status === 'analyzed' ? (
          <div className="check-chips">
            {result.scorecard.checks.map((check) => (
              <span
                key={check.id}
                className={`check-chip ${check.status}`}
                title={`${check.title}: ${check.valueText}. ${check.message}`}
                aria-label={`${check.title}: ${t(`status.${check.status}`)}, ${check.valueText}`}
              >
                {/* Never colour alone: the symbol says it too. */}
                <span aria-hidden="true">{STATUS_SYMBOL[check.status]} </span>
                {check.label}
              </span>
            ))}
          </div>
        ) : (
          <span className="muted small">
            {file.state === 'queued' ? t('row.waiting') : file.state === 'running' ? t('row.analysing') : ''}
          </span>
        )}
      </td>
      <td className="num score col-score">{result?.status === 'analyzed' ? result.scorecard.score : ''}</td>
      <td className="col-verdict">{verdict && <VerdictChip verdict={verdict} />}</td>
    </tr>
  );
}
