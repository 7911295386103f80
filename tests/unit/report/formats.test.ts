import { describe, expect, it } from 'vitest';
import { chromiumCandidates, findChromium } from '../../../analysis/report/chromium.js';
import { reportFormatOf } from '../../../analysis/report/formats.js';

describe('report format', () => {
  it('comes from the extension, or --format', () => {
    expect(reportFormatOf('/out/r.HTML')).toBe('html');
    expect(reportFormatOf('r.htm')).toBe('html');
    expect(reportFormatOf('r.pdf')).toBe('pdf');
    expect(reportFormatOf('r.txt', 'csv')).toBe('csv');
    expect(() => reportFormatOf('report')).toThrow(/end the name with .html, .pdf, .csv, .json or add --format/);
    expect(() => reportFormatOf('r.html', 'docx')).toThrow(/Unknown report format "docx"/);
  });
});

describe('Chromium for PDF', () => {
  it('returns the first candidate that exists', () => {
    expect(findChromium({ PLAYWRIGHT_CHROMIUM_PATH: '/opt/c' }, 'linux', (p) => p === '/usr/bin/google-chrome')).toBe(
      '/usr/bin/google-chrome',
    );
  });

  it('looks at PLAYWRIGHT_CHROMIUM_PATH first, then the usual places of each OS', () => {
    expect(chromiumCandidates({ PLAYWRIGHT_CHROMIUM_PATH: '/opt/c' }, 'linux')[0]).toBe('/opt/c');
    expect(chromiumCandidates({}, 'linux')).toContain('/usr/bin/chromium');
    expect(chromiumCandidates({}, 'darwin')[0]).toMatch(/Google Chrome\.app/);
    expect(
      chromiumCandidates({ PROGRAMFILES: 'C:\\Program Files' }, 'win32').some((p) => p.endsWith('chrome.exe')),
    ).toBe(true);
  });

  it('says how to get one when none is found', () => {
    expect(() => findChromium({ PLAYWRIGHT_CHROMIUM_PATH: '/nope/chromium' }, 'linux', () => false)).toThrow(
      /apt-get install chromium.*PLAYWRIGHT_CHROMIUM_PATH.*HTML, CSV and JSON/,
    );
  });
});
