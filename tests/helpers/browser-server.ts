import { request as httpRequest } from 'node:http';
import { DownloadRegistry } from '../../analysis/api/http/downloads.js';
import { startHttpTransport, type HttpLimits, type HttpTransport } from '../../analysis/api/http/server.js';
import { PreflightService } from '../../analysis/api/service.js';
import type { Store } from '../../analysis/store/connection.js';
import { openTempStore } from './stores.js';

export interface BrowserServer {
  store: Store;
  service: PreflightService;
  transport: HttpTransport;
  /** Closes the transport, the service and the database (in that order). */
  stop(): Promise<void>;
}

/** Browser mode as `preflight serve` wires it: a temporary database, the service, the HTTP transport. */
export async function startBrowserServer(options: {
  rendererDir: string;
  limits?: Partial<HttpLimits>;
}): Promise<BrowserServer> {
  const store = openTempStore();
  const downloads = new DownloadRegistry();
  const service = new PreflightService({
    store,
    mode: 'browser',
    version: 'test',
    deliver: (name, data) => downloads.add(name, data),
  });
  const transport = await startHttpTransport({ service, downloads, ...options });
  return {
    store,
    service,
    transport,
    stop: async () => {
      await transport.close();
      service.shutdown();
      store.close();
    },
  };
}

/**
 * One request to the transport as a browser page sends it (its Host and token unless `headers`
 * overrides them), answered as status and text.
 */
export function requestText(
  transport: HttpTransport,
  path: string,
  options: { method?: string; headers?: Record<string, string> } = {},
): Promise<{ status: number; body: string }> {
  const method = options.method ?? 'GET';
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      {
        host: '127.0.0.1',
        port: transport.port,
        path: `${transport.basePath}${path.replace(/^\//, '')}`,
        method,
        headers: { Host: `127.0.0.1:${transport.port}`, 'X-Preflight-Token': transport.token, ...options.headers },
      },
      (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => (body += chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
      },
    );
    req.on('error', reject);
    req.end(method === 'POST' ? '{}' : undefined);
  });
}
