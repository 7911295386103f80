/** The two IPC channels: calls (renderer → main, answered) and events (main → renderer). */
export const INVOKE_CHANNEL = 'preflight:invoke';
export const EVENT_CHANNEL = 'preflight:event';
