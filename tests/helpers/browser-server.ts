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
