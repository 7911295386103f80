import { contextBridge } from 'electron';

/** Only named values cross the bridge; the full API contract is exposed here when the UI uses it. */
contextBridge.exposeInMainWorld('preflightInfo', { platform: process.platform });
