import type { Session } from 'electron';

/** The parts of a session that grant permissions (a unit test passes a fake). */
export type PermissionSession = Pick<
  Session,
  'setPermissionRequestHandler' | 'setPermissionCheckHandler' | 'setDevicePermissionHandler'
>;

/**
 * The app needs no camera, microphone, notifications, geolocation, clipboard reading, HID, USB or
 * serial access: every request and every check is denied, whatever page asks.
 */
export function denyAllPermissions(session: PermissionSession): void {
  session.setPermissionRequestHandler((_webContents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  session.setDevicePermissionHandler(() => false);
}
