import { useState, type DragEvent } from 'react';
import type { Environment } from '../../../analysis/api/contract';
import { client } from '../api/client';
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
  const [dragging, setDragging] = useState(false);
  const [typed, setTyped] = useState('');
  /** The folder picker is open (browser mode), with why it opened. */
  const [browsing, setBrowsing] = useState<{ explanation?: string } | null>(null);
  const desktop = environment?.capabilities.nativeDialogs ?? false;

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
    else
      setBrowsing({
        explanation:
          'A browser does not tell the page where dropped files are on this machine. Pick their folder here (or type its path).',
      });
  };

  const submitTyped = () => {
    const paths = typed
      .split('\n')
      .map((line) => line.trim())
      .filter(Boolean);
    if (paths.length) onCheck(paths);
  };

  return (
    <section className="start" aria-label="Start">
      <div
        className={`dropzone ${dragging ? 'dragging' : ''}`}
        onDragOver={(event) => {
          event.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={onDrop}
      >
        <div className="drop-title">Drop drafts or a folder here</div>
        <p className="muted">Every draft gets a scorecard: duration, hook, loop, sound and upload specs.</p>
        {desktop && (
          <div className="actions">
            <button type="button" className="primary" onClick={() => void open('folder')}>
              Open folder…
            </button>
            <button type="button" onClick={() => void open('files')}>
              Open files…
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
          <label htmlFor="paths">Folder or file paths on this machine (one per line)</label>
          <textarea
            id="paths"
            rows={2}
            value={typed}
            placeholder="/home/me/Videos/drafts"
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
              Check drafts
            </button>
            <button type="button" onClick={() => setBrowsing({})}>
              Browse…
            </button>
          </div>
        </form>
      )}
      {browsing && (
        <div className="modal-backdrop">
          <FolderBrowser
            explanation={browsing.explanation}
            onClose={() => setBrowsing(null)}
            onPick={(path) => {
              setBrowsing(null);
              onCheck([path]);
            }}
          />
        </div>
      )}
      <label className="option">
        <input type="checkbox" checked={noCache} onChange={(event) => onNoCacheChange(event.target.checked)} /> Decode
        every draft again (ignore stored measurements)
      </label>
      {recent.length > 0 && (
        <div className="recent">
          <h2>Recent</h2>
          <ul>
            {recent.map((path) => (
              <li key={path}>
                <button type="button" className="link" onClick={() => onCheck([path])} title={`Check ${path} again`}>
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
