import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ELECTRON_FUSES } from '../../../electron/fuses.js';

// js-yaml comes with electron-builder, which reads the same file with it.
const { load } = createRequire(import.meta.url)('js-yaml') as { load(text: string): unknown };
const config = load(readFileSync(resolve(import.meta.dirname, '../../../electron-builder.yml'), 'utf8')) as {
  electronFuses?: unknown;
};
const schema = createRequire(import.meta.url)('app-builder-lib/scheme.json') as {
  definitions: { FuseOptionsV1: { properties: Record<string, unknown> } };
};

describe('Electron fuses', () => {
  it('electron-builder.yml flips exactly the type-checked fuses', () => {
    expect(config.electronFuses).toEqual(ELECTRON_FUSES);
  });

  it("uses only fuse names electron-builder's schema knows", () => {
    for (const name of Object.keys(ELECTRON_FUSES))
      expect(schema.definitions.FuseOptionsV1.properties).toHaveProperty(name);
  });

  it('turns off running as Node, NODE_OPTIONS, --inspect and file:// privileges; on ASAR integrity and ASAR-only loading', () => {
    expect(ELECTRON_FUSES).toMatchObject({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      grantFileProtocolExtraPrivileges: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
    });
  });
});
