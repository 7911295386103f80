import { describe, expect, it } from 'vitest';
import { containerMetadata } from '../../../analysis/measure/metadata.js';

describe('container metadata', () => {
  it('keeps what an editor wrote, drops the brand tags and bounds length and count', () => {
    const tags: Record<string, string> = {
      major_brand: 'isom',
      minor_version: '512',
      compatible_brands: 'isomiso2avc1mp41',
      title: '=HYPERLINK("x")',
      comment: 'c'.repeat(1000),
    };
    for (let i = 0; i < 40; i++) tags[`extra${i}`] = String(i);
    const metadata = containerMetadata(tags);
    expect(metadata.title).toBe('=HYPERLINK("x")');
    expect(metadata).not.toHaveProperty('major_brand');
    expect(metadata.comment).toHaveLength(300);
    expect(Object.keys(metadata)).toHaveLength(20);
  });
});
