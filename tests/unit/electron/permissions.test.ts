import { describe, expect, it } from 'vitest';
import { denyAllPermissions, type PermissionSession } from '../../../electron/main/permissions.js';

// A fake session records the handlers: the Electron runtime cannot start here.

describe('permissions', () => {
  it('denies every permission request and check', () => {
    const handlers: Record<string, (...args: never[]) => unknown> = {};
    const session = {
      setPermissionRequestHandler: (h: never) => (handlers.request = h),
      setPermissionCheckHandler: (h: never) => (handlers.check = h),
      setDevicePermissionHandler: (h: never) => (handlers.device = h),
    } as unknown as PermissionSession;
    denyAllPermissions(session);
    for (const permission of ['media', 'notifications', 'geolocation', 'clipboard-read', 'hid', 'openExternal']) {
      let granted: boolean | undefined;
      (handlers.request as unknown as (wc: unknown, p: string, cb: (g: boolean) => void) => void)(
        {},
        permission,
        (g) => (granted = g),
      );
      expect(granted).toBe(false);
      expect((handlers.check as unknown as (wc: unknown, p: string) => boolean)({}, permission)).toBe(false);
    }
    expect((handlers.device as unknown as () => boolean)()).toBe(false);
  });
});
