import type { Profile } from '../../../analysis/api/contract';
import { useUi } from '../i18n';

export type SafeZoneList = Profile['safeZones']['zones'];

/**
 * The platform's interface areas (top bar, caption, buttons) drawn over a 9:16 frame, so an editor
 * sees what will be covered. Busy areas (where the check found detail) are drawn stronger.
 */
export function ZoneOverlay({ zones, busy }: { zones: SafeZoneList; busy?: ReadonlySet<string> }) {
  const { words } = useUi();
  return (
    <span className="zones" aria-hidden="true">
      {zones.map((zone) => (
        <span
          key={zone.id}
          className={`zone${busy?.has(zone.id) ? ' busy' : ''}`}
          data-zone={zone.id}
          title={words.t(`zones.names.${zone.id}`)}
          style={{
            left: `${zone.x0 * 100}%`,
            top: `${zone.y0 * 100}%`,
            width: `${(zone.x1 - zone.x0) * 100}%`,
            height: `${(zone.y1 - zone.y0) * 100}%`,
          }}
        />
      ))}
    </span>
  );
}

const STORAGE_KEY = 'preflight.showZones';

export function storedShowZones(): boolean {
  try {
    return globalThis.localStorage?.getItem(STORAGE_KEY) === '1';
  } catch {
    return false;
  }
}

export function rememberShowZones(show: boolean): void {
  try {
    globalThis.localStorage?.setItem(STORAGE_KEY, show ? '1' : '0');
  } catch {
    // Storage refused: the choice lasts until the window closes.
  }
}
