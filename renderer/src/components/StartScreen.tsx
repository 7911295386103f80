import { useRef, useState, type DragEvent } from 'react';
import type { Environment } from '../../../analysis/api/contract';
import { client } from '../api/client';
import { useUi } from '../i18n';
import { FolderBrowser } from './FolderBrowser';

interface Props {
  environment: Environment | null;
  recent: string[];
  /** Decode every draft again instead of using stored measurements. */
  noCache: boolean;
  onNoCacheChange(value: boolean): void;
  onCheck(paths: string[]): void;
  onError(message: string): void;
}

/** Where a session starts: drop, open, type a path (browser), or pick a recent folder. */
export function StartScreen({ environment, recent, noCache, onNoCacheChange, onCheck, onError }: Props) {
  const { t } = useUi();
  const [dragging, setDragging] = useState(false);
  const [typed, setTyped] = useState('');
  /** The folder picker is open (browser mode), with why it opened (a drop). */
  const [browsing, setBrowsing] = useState<{ dropped?: boolean } | null>(null);
  const desktop = environment?.capabilities.nativeDialogs ?? false;
  /** Browse…: where focus goes back when the picker closes (it also opens after a drop, from nowhere focusable). */
  const browse = useRef<HTMLButtonElement>(null);
  const closeBrowser = () => {
    setBrowsing(null);
    // Once the picker is gone: while it is open it keeps focus inside itself.
    requestAnimationFrame(() => browse.current?.focus());
  };

  const open = async (kind: 'files' | 'folder') => {
    const result = await client.pickPaths({ kind });
    if (!result.ok) return onError(result.error.message);
    if (result.value.paths.length) onCheck(result.value.paths);
  };

  const onDrop = (event: DragEvent) => {
    event.preventDefault();
    setDragging(false);
    const files = Array.from(event.dataTransfer.files);
    const paths = client.droppedPaths?.(files) ?? [];
    if (paths.length) onCheck(paths);
    // A page is never told where dropped files live: the picker finds the folder on this machine instead.
    else setBrowsing({ dropped: true });
  };

  const submitTyped = () => {
    const paths = typed
      .split('\n')
      .map((line) => line.trim())
      .filter(Boolean);
    if (paths.length) onCheck(paths);
  };

  return (
    <section className="start" aria-label={t('start.label')}>
      <div
        className={`dropzone ${dragging ? 'dragging' : ''}`}
        onDragOver={(event) => {
          event.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={onDrop}
      >
        <div className="drop-title">{t('start.dropTitle')}</div>
        <p className="muted">{t('start.dropHint')}</p>
        {desktop && (
          <div className="actions">
            <button type="button" className="primary" onClick={() => void open('folder')}>
              {t('start.openFolder')}
            </button>
            <button type="button" onClick={() => void open('files')}>
              {t('start.openFiles')}
            </button>
          </div>
        )}
      </div>
      {!desktop && (
        <form
          className="path-form"
          onSubmit={(event) => {
            event.preventDefault();
            submitTyped();
          }}
        >
          <label htmlFor="paths">{t('start.pathsLabel')}</label>
          <textarea
            id="paths"
            rows={2}
            value={typed}
            placeholder={t('start.pathsPlaceholder')}
            onChange={(event) => setTyped(event.target.value)}
            onKeyDown={(event) => {
              if (event.key === 'Enter' && !event.shiftKey) {
                event.preventDefault();
                submitTyped();
              }
            }}
          />
          <div className="actions">
            <button type="submit" className="primary" disabled={!typed.trim()}>
              {t('start.checkDrafts')}
            </button>
            <button type="button" ref={browse} onClick={() => setBrowsing({})}>
              {t('start.browse')}
            </button>
          </div>
        </form>
      )}
      {browsing && (
        <div className="modal-backdrop">
          <FolderBrowser
            explanation={browsing.dropped ? t('start.droppedNoPaths') : undefined}
            onClose={closeBrowser}
            onPick={(path) => {
              setBrowsing(null);
              onCheck([path]);
            }}
          />
        </div>
      )}
      <label className="option">
        <input type="checkbox" checked={noCache} onChange={(event) => onNoCacheChange(event.target.checked)} />{' '}
        {t('start.noCache')}
      </label>
      {recent.length > 0 && (
        <div className="recent">
          <h2>{t('start.recent')}</h2>
          <ul>
            {recent.map((path) => (
              <li key={path}>
                <button
                  type="button"
                  className="link"
                  onClick={() => onCheck([path])}
                  title={t('start.checkAgain', { path })}
                >
                  {path}
                </button>
              </li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}
