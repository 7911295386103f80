import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PreflightService } from '../../../analysis/api/service.js';
import { listFolder } from '../../../analysis/fs/folder-listing.js';

let root: string;

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'preflight-browse-'));
  for (const name of ['Drafts 10', 'Drafts 9', 'empty', '.hidden']) mkdirSync(join(root, name));
  for (const name of ['a.mp4', 'b.MOV', 'notes.txt', '.c.mp4']) writeFileSync(join(root, 'Drafts 9', name), '');
  mkdirSync(join(root, 'Drafts 9', 'sub'));
  writeFileSync(join(root, 'top.webm'), '');
  writeFileSync(join(root, 'readme.txt'), '');
  mkdirSync(join(root, 'huge'));
  for (let i = 0; i < 1005; i++) writeFileSync(join(root, 'huge', `v${i}.mp4`), '');
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('listFolder', () => {
  it('folders first in natural order with their video counts; hidden entries left out; the videos of the folder', async () => {
    const view = await listFolder(root);
    expect(view.folders.map((f) => [f.name, f.videos, f.more])).toEqual([
      ['Drafts 9', 2, false],
      ['Drafts 10', 0, false],
      ['empty', 0, false],
      ['huge', 1000, true],
    ]);
    expect(view.videos.map((v) => v.name)).toEqual(['top.webm']);
    expect(view.parent).toBe(join(root, '..'));
    expect(view.crumbs.at(-1)).toEqual({ name: root.split('/').pop(), path: root });
  });
});

describe('the service', () => {
  const service = new PreflightService({
    store: undefined,
    mode: 'browser',
    version: 'test',
    deliver: async (fileName) => ({ fileName }),
  });

  it('browses a folder, with home and recent places', async () => {
    const view = await service.browse({ path: root });
    expect(view.folders).toHaveLength(4);
    expect(view.home).toMatch(/^\//);
    expect(view.recent).toEqual([]);
  });

  it('says what is wrong with a path that cannot be browsed', async () => {
    await expect(service.browse({ path: join(root, 'nope') })).rejects.toMatchObject({
      code: 'not-found',
      message: `There is no folder at ${join(root, 'nope')}.`,
    });
    await expect(service.browse({ path: join(root, 'top.webm') })).rejects.toMatchObject({
      code: 'invalid-arguments',
    });
    await expect(service.browse({ path: 'Videos' })).rejects.toMatchObject({
      code: 'invalid-arguments',
      message: expect.stringContaining('"Videos" is a relative path'),
    });
  });

  it('refuses a relative path to check, instead of looking in the folder the engine started from', async () => {
    await expect(service.check({ inputs: ['drafts'], profile: 'tiktok' })).rejects.toMatchObject({
      code: 'invalid-arguments',
      message: expect.stringContaining('"drafts" is a relative path: type the full path'),
    });
  });
});
