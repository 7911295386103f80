import { contextBridge, ipcRenderer, webUtils, type IpcRendererEvent } from 'electron';
import { API_METHODS, type ApiEvent } from '../../analysis/api/contract.js';
import { EVENT_CHANNEL, INVOKE_CHANNEL } from '../ipc-channels.js';

/**
 * Exactly the contract crosses the bridge: one named function per API method, the event
 * subscription, and the real paths of dropped files. No ipcRenderer, no Node.
 */
const api: Record<string, unknown> = Object.fromEntries(
  API_METHODS.map((method) => [method, (args: unknown) => ipcRenderer.invoke(INVOKE_CHANNEL, method, args ?? {})]),
);

contextBridge.exposeInMainWorld('preflight', {
  ...api,
  onEvent: (listener: (event: ApiEvent) => void) => {
    const handler = (_event: IpcRendererEvent, payload: ApiEvent): void => listener(payload);
    ipcRenderer.on(EVENT_CHANNEL, handler);
    return () => ipcRenderer.off(EVENT_CHANNEL, handler);
  },
  droppedPaths: (files: readonly File[]) => files.map((file) => webUtils.getPathForFile(file)).filter(Boolean),
});
