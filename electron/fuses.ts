import type { Configuration } from 'electron-builder';

type Fuses = NonNullable<Configuration['electronFuses']>;

/**
 * The Electron fuses flipped into the packaged binary. electron-builder.yml's `electronFuses` must
 * equal this (a unit test compares them), so the setting is type-checked against electron-builder's
 * own FuseOptionsV1.
 */
export const ELECTRON_FUSES = {
  // The app binary can never be used as a plain Node (ELECTRON_RUN_AS_NODE), be given NODE_OPTIONS, or be debugged with --inspect.
  runAsNode: false,
  enableNodeOptionsEnvironmentVariable: false,
  enableNodeCliInspectArguments: false,
  // Only the signed app.asar is loaded, and its contents are validated (macOS, Windows).
  enableEmbeddedAsarIntegrityValidation: true,
  onlyLoadAppFromAsar: true,
  // The UI comes from app://, so file:// keeps no privileges beyond a browser's.
  grantFileProtocolExtraPrivileges: false,
  enableCookieEncryption: true,
} as const satisfies Required<Omit<Fuses, 'loadBrowserProcessSpecificV8Snapshot' | 'resetAdHocDarwinSignature'>>;
