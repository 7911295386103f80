import { open } from 'node:fs/promises';

/** PDFs with pictures run to a few MB; anything far larger is not a report of ours. */
const MAX_PDF_BYTES = 64 * 1024 * 1024;
const HEAD_BYTES = 4096;

const HTML_SIGNATURE = /<meta name="generator" content="Preflight [^"]*"/;
const CSV_SIGNATURE = '\ufeffindex,path,name,';
const JSON_SIGNATURE = /^\{\s*"report":\s*\{[^{}]*"generator":\s*"Preflight /;
// Our HTML's <title>, which Chromium and Electron copy into the PDF's Info dictionary (plain or UTF-16BE hex).
const PDF_TITLE = 'Pre-flight report:';
const PDF_TITLE_HEX =
  `FEFF${[...PDF_TITLE].map((c) => c.charCodeAt(0).toString(16).padStart(4, '0')).join('')}`.toUpperCase();

async function readHead(path: string, bytes: number): Promise<Buffer> {
  const handle = await open(path, 'r');
  try {
    const buffer = Buffer.alloc(bytes);
    const { bytesRead } = await handle.read(buffer, 0, bytes, 0);
    return buffer.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
}

function isOurPdf(data: Buffer): boolean {
  if (!data.subarray(0, 5).equals(Buffer.from('%PDF-'))) return false;
  const text = data.toString('latin1');
  return text.includes(`(${PDF_TITLE}`) || text.toUpperCase().includes(`<${PDF_TITLE_HEX}`);
}

/**
 * True when the regular file at `path` is a report or sidecar Preflight wrote (HTML, CSV, JSON or
 * PDF, recognised by the signature each format carries), so replacing it loses nothing else.
 */
export async function isOwnReport(path: string, size: number): Promise<boolean> {
  const head = await readHead(path, HEAD_BYTES);
  const text = head.toString('utf8');
  if (HTML_SIGNATURE.test(text) || text.startsWith(CSV_SIGNATURE) || JSON_SIGNATURE.test(text)) return true;
  if (head.subarray(0, 5).toString('latin1') !== '%PDF-' || size > MAX_PDF_BYTES) return false;
  return isOurPdf(await readHead(path, size));
}
