import { LANGS, type Lang } from '../../../analysis/i18n/lang';
import type { Profile } from '../../../analysis/api/contract';
import { useUi } from '../i18n';

export type View = 'start' | 'batch' | 'history';

/** Each language named in itself, as language pickers do. */
const LANGUAGE_NAMES: Record<Lang, string> = { en: 'English', it: 'Italiano' };

interface Props {
  view: View;
  onView(view: View): void;
  /** There is a batch to go back to; history exists. */
  hasBatch: boolean;
  hasHistory: boolean;
  profiles: readonly Profile[];
  profileId: string;
  onProfile(id: string): void;
  onLang(lang: Lang): void;
}

/** The app's top bar: the views, the language switch (EN | IT) and the platform picker. */
export function TopBar({ view, onView, hasBatch, hasHistory, profiles, profileId, onProfile, onLang }: Props) {
  const { t, lang } = useUi();
  return (
    <header className="topbar">
      <div className="brand">Preflight</div>
      <nav aria-label={t('top.views')}>
        <button type="button" className={view === 'start' ? 'active' : ''} onClick={() => onView('start')}>
          {t('top.check')}
        </button>
        <button
          type="button"
          className={view === 'batch' ? 'active' : ''}
          disabled={!hasBatch}
          onClick={() => onView('batch')}
        >
          {t('top.batch')}
        </button>
        <button
          type="button"
          className={view === 'history' ? 'active' : ''}
          disabled={!hasHistory}
          onClick={() => onView('history')}
        >
          {t('top.history')}
        </button>
      </nav>
      <div className="spacer" />
      <label className="profile-picker">
        {t('top.platform')} {/* Named as it reads ("Platform"): a screen reader says what sighted users see. */}
        <select value={profileId} onChange={(event) => onProfile(event.target.value)} aria-label={t('top.platform')}>
          {profiles.map((p) => (
            <option key={p.id} value={p.id}>
              {p.name}
            </option>
          ))}
        </select>
      </label>
      <div className="lang-switch" role="group" aria-label={t('top.language')}>
        {LANGS.map((code) => (
          <button
            key={code}
            type="button"
            lang={code}
            title={LANGUAGE_NAMES[code]}
            aria-pressed={lang === code}
            onClick={() => onLang(code)}
          >
            {code.toUpperCase()}
          </button>
        ))}
      </div>
    </header>
  );
}
