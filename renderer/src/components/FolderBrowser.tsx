import { useEffect, useRef, useState, type KeyboardEvent, type Ref } from 'react';
import type { FolderView } from '../../../analysis/api/contract';
import { client } from '../api/client';
import { useUi, type Ui } from '../i18n';
import { useModalFocus } from './modal-focus';
import { isTypeAheadKey, typeAhead, TYPE_AHEAD_PAUSE_MS } from './type-ahead';

interface Props {
  /** Shown above the list (why the browser opened, e.g. after a drop). */
  explanation?: string;
  onPick(path: string): void;
  onClose(): void;
}

const videoCount = ({ t }: Ui, videos: number, more: boolean): string =>
  more ? t('folders.videosMore', { count: videos }) : t('folders.videos', { count: videos });

/** The "↑ Up to …" entry's index: before the first folder, so ↑ and Home reach it and Enter on it goes up. */
const UP = -1;

/**
 * Browser mode's folder picker: the engine lists folders on this machine (a page cannot see paths
 * of its own). Folders first with their video counts, breadcrumbs, Home and Recent; keyboard:
 * ↑ ↓ Home End move, letters jump to a name, Enter or → opens, ← or Backspace goes up, Esc closes.
 */
export function FolderBrowser({ explanation, onPick, onClose }: Props) {
  const [view, setView] = useState<FolderView | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [active, setActive] = useState(0);
  const list = useRef<HTMLUListElement>(null);

  /** Only the latest request may change the view: a slow big folder must not replace a later one. */
  const latest = useRef(0);
  const go = async (path?: string) => {
    const request = ++latest.current;
    const result = await client.browse(path === undefined ? {} : { path });
    if (request !== latest.current) return;
    if (!result.ok) return setError(result.error.message);
    setError(null);
    setView(result.value);
    // An empty folder still has an entry to stand on: "Up to …", so Enter there goes up.
    setActive(result.value.folders.length === 0 && result.value.parent ? UP : 0);
  };
  /** What has been typed for type-ahead, and when the last letter came. */
  const typed = useRef({ text: '', at: 0 });

  useEffect(() => {
    void go(undefined);
  }, []);
  useEffect(() => list.current?.focus(), [view?.path]);
  useEffect(() => {
    list.current?.querySelector<HTMLElement>(`[data-index="${active}"]`)?.scrollIntoView({ block: 'nearest' });
  }, [active]);

  const folders = view?.folders ?? [];
  const onKey = (event: KeyboardEvent) => {
    if (!view) return;
    const first = view.parent ? UP : 0;
    const last = Math.max(first, folders.length - 1);
    if (isTypeAheadKey(event) && !(event.key === ' ' && !typed.current.text)) return jumpTo(event);
    if (event.key === 'ArrowDown') setActive((i) => Math.min(last, i + 1));
    else if (event.key === 'ArrowUp') setActive((i) => Math.max(first, i - 1));
    else if (event.key === 'Home') setActive(first);
    else if (event.key === 'End') setActive(last);
    else if (event.key === 'Enter' && active === UP && view.parent) void go(view.parent);
    else if ((event.key === 'Enter' || event.key === 'ArrowRight') && folders[active]) void go(folders[active].path);
    else if ((event.key === 'ArrowLeft' || event.key === 'Backspace') && view.parent) void go(view.parent);
    else return;
    event.preventDefault();
  };
  /** Type-ahead: the letters typed without a pause pick the next folder whose name starts with them. */
  const jumpTo = (event: KeyboardEvent) => {
    event.preventDefault();
    const now = Date.now();
    const text = (now - typed.current.at > TYPE_AHEAD_PAUSE_MS ? '' : typed.current.text) + event.key;
    typed.current = { text, at: now };
    const index = typeAhead(
      folders.map((folder) => folder.name),
      active,
      text,
    );
    if (index >= 0) setActive(index);
  };

  return (
    <FolderPanel
      view={view}
      error={error}
      active={active}
      explanation={explanation}
      listRef={list}
      onGo={(path) => void go(path)}
      onActive={setActive}
      onListKey={onKey}
      onPick={onPick}
      onClose={onClose}
    />
  );
}

/** What the folder picker shows of one listing (the requests and the keyboard live in FolderBrowser). */
export function FolderPanel({
  view,
  error,
  active,
  explanation,
  listRef,
  onGo,
  onActive,
  onListKey,
  onPick,
  onClose,
}: {
  view: FolderView | null;
  error: string | null;
  /** The selected entry: a folder's index, or -1 for "Up to …". */
  active: number;
  explanation?: string;
  listRef?: Ref<HTMLUListElement>;
  onGo(path: string): void;
  onActive(index: number): void;
  onListKey(event: KeyboardEvent): void;
  onPick(path: string): void;
  onClose(): void;
}) {
  const ui = useUi();
  const { t } = ui;
  const folders = view?.folders ?? [];
  const dialog = useRef<HTMLDivElement>(null);
  const trapTab = useModalFocus(dialog);
  return (
    <div
      ref={dialog}
      className="folder-browser"
      role="dialog"
      aria-modal="true"
      aria-label={t('folders.title')}
      onKeyDown={(event) => {
        trapTab(event);
        if (event.key === 'Escape') {
          event.stopPropagation();
          onClose();
        }
      }}
    >
      <header className="folder-browser-head">
        <h2>{t('folders.title')}</h2>
        <button type="button" onClick={onClose} aria-label={t('folders.close')}>
          ✕
        </button>
      </header>
      {explanation && <p className="muted small">{explanation}</p>}
      {view && (
        <nav className="places" aria-label={t('folders.places')}>
          <button type="button" onClick={() => onGo(view.home)}>
            {t('folders.home')}
          </button>
          {view.recent.map((path) => (
            <button key={path} type="button" className="link" title={path} onClick={() => onGo(path)}>
              {path.split(/[\\/]/).filter(Boolean).pop() ?? path}
            </button>
          ))}
        </nav>
      )}
      {view && (
        <nav className="crumbs" aria-label={t('folders.path')}>
          {view.crumbs.map((crumb, i) => (
            <span key={crumb.path}>
              {i > 1 && <span aria-hidden="true"> / </span>}
              <button type="button" className="link" onClick={() => onGo(crumb.path)}>
                {i === 0 ? crumb.name || '/' : crumb.name}
              </button>
            </span>
          ))}
        </nav>
      )}
      {error && (
        <p className="error-box" role="alert">
          {error}
        </p>
      )}
      {view && (
        <>
          <ul
            ref={listRef}
            className="folder-list"
            role="listbox"
            aria-label={t('folders.foldersIn', { path: view.path })}
            aria-activedescendant={
              active === UP && view.parent ? 'folder-up' : folders[active] ? `folder-${active}` : undefined
            }
            tabIndex={0}
            onKeyDown={onListKey}
          >
            {view.parent && (
              <li
                id="folder-up"
                data-index={UP}
                role="option"
                aria-selected={active === UP}
                className={`up ${active === UP ? 'active' : ''}`}
                onClick={() => onGo(view.parent!)}
              >
                {t('folders.upTo', { path: view.parent })}
              </li>
            )}
            {folders.map((folder, i) => (
              <li
                key={folder.path}
                id={`folder-${i}`}
                data-index={i}
                role="option"
                aria-selected={i === active}
                className={i === active ? 'active' : ''}
                onClick={() => onActive(i)}
                onDoubleClick={() => onGo(folder.path)}
              >
                <span className="folder-name">📁 {folder.name}</span>
                <span className="muted small">{videoCount(ui, folder.videos, folder.more)}</span>
              </li>
            ))}
            {folders.length === 0 && <li className="muted small">{t('folders.none')}</li>}
          </ul>
          <p className="muted small">
            {t('folders.inThisFolder', { count: view.videos.length })}
            {view.videos.length > 0 &&
              `: ${view.videos
                .slice(0, 5)
                .map((v) => v.name)
                .join(', ')}${view.videos.length > 5 ? ', …' : ''}`}
          </p>
          <div className="actions">
            <button type="button" className="primary" onClick={() => onPick(view.path)}>
              {t('folders.checkThis')}
            </button>
            {folders[active] && (
              <button type="button" onClick={() => onPick(folders[active]!.path)}>
                {t('folders.checkNamed', { name: folders[active]!.name })}
              </button>
            )}
            <span className="muted small">{t('folders.keys')}</span>
          </div>
        </>
      )}
    </div>
  );
}
