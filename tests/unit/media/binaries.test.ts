import { describe, expect, it } from 'vitest';
import { ffprobeEnvironment } from '../../../analysis/media/binaries.js';

describe("ffprobe's environment", () => {
  it("on Linux keeps the caller's variables and sets GCONV_PATH, so the static build never reads the system's gconv cache", () => {
    const env = ffprobeEnvironment({ PATH: '/usr/bin', LANG: 'it_IT.UTF-8' }, 'linux');
    expect(env).toEqual({ PATH: '/usr/bin', LANG: 'it_IT.UTF-8', GCONV_PATH: expect.any(String) });
    expect(env!.GCONV_PATH).not.toBe('');
  });

  it.each<NodeJS.Platform>(['darwin', 'win32'])('on %s leaves the environment alone', (platform) => {
    expect(ffprobeEnvironment({ PATH: '/usr/bin' }, platform)).toBeUndefined();
  });
});
