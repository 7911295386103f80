import { useEffect, useRef } from 'react';
import { useUi } from '../i18n';

interface Props {
  /** The question ("Delete run 3 and its results?"). */
  question: string;
  onDelete(): void;
  /** Not deleted after all (Keep, or Esc): the caller puts focus back on what asked. */
  onKeep(): void;
}

/**
 * Asking before a run is deleted, in place of its row's buttons. Focus lands on Keep, the safe
 * choice, so a second Enter never deletes by accident; Esc keeps. The question and the buttons wrap
 * inside the cell (Italian "Non eliminare" is long), so the table never outgrows the window.
 */
export function DeleteConfirm({ question, onDelete, onKeep }: Props) {
  const { t } = useUi();
  const keep = useRef<HTMLButtonElement>(null);
  useEffect(() => keep.current?.focus(), []);
  return (
    <div
      className="delete-confirm"
      role="alert"
      onKeyDown={(event) => {
        if (event.key !== 'Escape') return;
        // Esc belongs to this question, not to the view behind it.
        event.stopPropagation();
        onKeep();
      }}
    >
      <span className="question">{question}</span>
      <span className="choices">
        <button type="button" className="danger" onClick={onDelete}>
          {t('history.delete')}
        </button>
        <button type="button" ref={keep} onClick={onKeep}>
          {t('history.keep')}
        </button>
      </span>
    </div>
  );
}
