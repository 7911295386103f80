import { PreflightService } from '../../analysis/api/service.js';
import type { openTempStore } from './stores.js';

/** The engine's service on a test store, in browser mode, handing reports out as download links. */
export function serviceOn(store: ReturnType<typeof openTempStore>): PreflightService {
  return new PreflightService({
    store,
    mode: 'browser',
    version: 'test',
    deliver: async (fileName) => ({ fileName, downloadUrl: 'download/x' }),
  });
}
