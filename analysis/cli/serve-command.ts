import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { DownloadRegistry } from '../api/http/downloads.js';
import { OPEN_LINK_TTL_MS } from '../api/http/login-links.js';
import { startHttpTransport } from '../api/http/server.js';
import { PreflightService } from '../api/service.js';
import { english, type Words } from '../i18n/words.js';
import { htmlToPdf } from '../report/pdf.js';
import { tryOpenCliStore } from './open-store.js';
import { EXIT_USAGE } from './exit-code.js';
import { packageRoot } from './package-root.js';
import { readVersion } from './version.js';

export interface ServeOptions {
  port: number;
  open: boolean;
  db?: string;
  /** The built renderer; defaults to the package's out/renderer. */
  rendererDir?: string;
  /** The language of what is printed here (the UI chooses its own). */
  words?: Words;
}

/** A printed link waits for a person to copy it, so it lives a little longer than the one handed to the browser. */
const PRINTED_LINK_TTL_MS = 5 * 60_000;

function openInBrowser(url: string, words: Words): void {
  const [command, args] =
    process.platform === 'darwin'
      ? ['open', [url]]
      : process.platform === 'win32'
        ? ['cmd', ['/c', 'start', '', url]]
        : ['xdg-open', [url]];
  const child = spawn(command, args as string[], { stdio: 'ignore', detached: true });
  // The opener may be missing (error) or find no browser (xdg-open exits 3 or 4): say so either way.
  const failed = (why: string): void => {
    process.stderr.write(`${words.t('cli.serve.noBrowser', { why })}\n`);
  };
  child.on('error', (error: NodeJS.ErrnoException) => failed(`${command}: ${error.code ?? error.message}`));
  child.on('exit', (code) => {
    if (code) failed(words.t('cli.serve.exited', { command, code }));
  });
  child.unref();
}

/** `preflight serve`: the desktop UI in any browser on this machine, over a loopback-only, token-protected transport. */
export async function runServeCommand(options: ServeOptions): Promise<number> {
  const words = options.words ?? english();
  const rendererDir = options.rendererDir ?? join(packageRoot() ?? process.cwd(), 'out', 'renderer');
  if (!existsSync(join(rendererDir, 'index.html'))) {
    process.stderr.write(`preflight: ${words.t('cli.serve.notBuilt', { dir: rendererDir })}\n`);
    return EXIT_USAGE;
  }
  const { store, notice, noticePhrases } = tryOpenCliStore(options.db, process.stderr, words);
  const downloads = new DownloadRegistry();
  const service = new PreflightService({
    store,
    notice,
    // Said again in the language the browser asks in.
    noticePhrases,
    mode: 'browser',
    // The pages and messages of a browser that names no language, until the UI asks for one.
    lang: words.lang,
    version: readVersion(),
    deliver: (fileName, data) => downloads.add(fileName, data),
    pdf: (html) => htmlToPdf(html),
  });
  const transport = await startHttpTransport({ service, downloads, rendererDir, port: options.port });
  const printLink = (): void => {
    process.stdout.write(`${words.t('cli.serve.login', { url: transport.newLoginUrl(PRINTED_LINK_TTL_MS) })}\n`);
  };
  process.stdout.write(
    `${words.t('cli.serve.running', { url: transport.url })}\n` +
      `${words.t('cli.serve.links')}\n` +
      `${words.t('cli.serve.header', { token: transport.token })}\n`,
  );
  printLink();
  // Another local user can read a browser's arguments: it gets a link that is spent once opened and dies within a minute.
  if (options.open) openInBrowser(transport.newLoginUrl(OPEN_LINK_TTL_MS), words);
  const lines = createInterface({ input: process.stdin, terminal: false });
  lines.on('line', printLink);

  await new Promise<void>((resolve) => {
    const stop = (): void => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      resolve();
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
  lines.close();
  process.stdin.destroy();
  service.shutdown();
  await transport.close();
  store?.close();
  process.stderr.write(`${words.t('cli.serve.stopped')}\n`);
  return 0;
}
