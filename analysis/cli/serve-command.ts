import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { DownloadRegistry } from '../api/http/downloads.js';
import { startHttpTransport } from '../api/http/server.js';
import { PreflightService } from '../api/service.js';
import { htmlToPdf } from '../report/pdf.js';
import { openStore, type Store } from '../store/connection.js';
import { cliDatabase } from './open-store.js';
import { packageRoot } from './package-root.js';
import { readVersion } from './version.js';

export interface ServeOptions {
  port: number;
  open: boolean;
  db?: string;
  /** The built renderer; defaults to the package's out/renderer. */
  rendererDir?: string;
}

function openInBrowser(url: string): void {
  const [command, args] =
    process.platform === 'darwin' ? ['open', [url]] : process.platform === 'win32' ? ['cmd', ['/c', 'start', '', url]] : ['xdg-open', [url]];
  const child = spawn(command, args as string[], { stdio: 'ignore', detached: true });
  child.on('error', () => process.stderr.write(`Could not open a browser; open ${url} yourself.\n`));
  child.unref();
}

/** `preflight serve`: the desktop UI in any browser on this machine, over a loopback-only, token-protected transport. */
export async function runServeCommand(options: ServeOptions): Promise<number> {
  const rendererDir = options.rendererDir ?? join(packageRoot() ?? process.cwd(), 'out', 'renderer');
  if (!existsSync(join(rendererDir, 'index.html'))) {
    process.stderr.write(`preflight: the UI is not built (${rendererDir} has no index.html). Run \`npm run build\` first.\n`);
    return 2;
  }
  let store: Store | undefined;
  let notice: string | null;
  try {
    const { path, privateFolder } = cliDatabase(options.db);
    store = openStore(path, { privateFolder });
    notice = store.notices.join(' ') || null;
  } catch (error) {
    notice = `History and cache are off: ${(error as Error).message}`;
  }
  if (notice) process.stderr.write(`preflight: ${notice}\n`);
  const downloads = new DownloadRegistry();
  const service = new PreflightService({
    store,
    notice,
    mode: 'browser',
    version: readVersion(),
    deliver: (fileName, data) => downloads.add(fileName, data),
    pdf: (html) => htmlToPdf(html),
  });
  const transport = await startHttpTransport({ service, downloads, rendererDir, port: options.port });
  process.stdout.write(`Preflight is running at ${transport.loginUrl}\n(loopback only; the link carries this session's token. Ctrl+C stops it.)\n`);
  if (options.open) openInBrowser(transport.loginUrl);

  await new Promise<void>((resolve) => {
    const stop = (): void => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      resolve();
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
  service.shutdown();
  await transport.close();
  store?.close();
  process.stderr.write('Stopped.\n');
  return 0;
}
