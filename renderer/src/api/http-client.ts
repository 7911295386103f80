import { API_METHODS, type ApiEvent, type ApiResult, type PreflightClient } from '../../../analysis/api/contract';
import { activeUi } from '../i18n';

/**
 * Browser mode: the same contract over the local HTTP transport. The session cookie set by the
 * login link authenticates every request; events come as a server-sent stream read with fetch.
 */
export function createHttpClient(): PreflightClient {
  const listeners = new Set<(event: ApiEvent) => void>();
  let streaming = false;

  const call = async (method: string, args: unknown): Promise<ApiResult<unknown>> => {
    try {
      // Relative URLs: the server keeps everything under a random base path.
      const response = await fetch(`api/${method}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify(args ?? {}),
      });
      if (response.status === 401)
        return {
          ok: false,
          error: { code: 'unauthorised', message: activeUi().t('connection.signedOut') },
        };
      if (!response.ok)
        return { ok: false, error: { code: 'http', message: `${response.status} ${await response.text()}` } };
      return (await response.json()) as ApiResult<unknown>;
    } catch (error) {
      return {
        ok: false,
        error: {
          code: 'offline',
          message: activeUi().t('connection.unreachable', { reason: (error as Error).message }),
        },
      };
    }
  };

  const stream = async (): Promise<void> => {
    streaming = true;
    while (listeners.size > 0) {
      try {
        const response = await fetch('api/events', { headers: { Accept: 'text/event-stream' } });
        if (!response.ok || !response.body) throw new Error(String(response.status));
        const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
        let buffer = '';
        for (;;) {
          const { value, done } = await reader.read();
          if (done) break;
          buffer += value;
          let end = buffer.indexOf('\n\n');
          while (end !== -1) {
            const frame = buffer.slice(0, end);
            buffer = buffer.slice(end + 2);
            const data = frame
              .split('\n')
              .filter((line) => line.startsWith('data: '))
              .map((line) => line.slice(6))
              .join('\n');
            if (data) for (const listener of listeners) listener(JSON.parse(data) as ApiEvent);
            end = buffer.indexOf('\n\n');
          }
        }
      } catch {
        // the server restarted or the network blinked: try again shortly
      }
      await new Promise((resolve) => setTimeout(resolve, 1000));
    }
    streaming = false;
  };

  const client = Object.fromEntries(
    API_METHODS.map((method) => [method, (args: unknown) => call(method, args)]),
  ) as unknown as PreflightClient;
  client.onEvent = (listener) => {
    listeners.add(listener);
    if (!streaming) void stream();
    return () => listeners.delete(listener);
  };
  return client;
}
