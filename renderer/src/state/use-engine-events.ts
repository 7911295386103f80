import { useEffect, useRef } from 'react';
import type { ApiEvent } from '../../../analysis/api/contract';
import { client } from '../api/client';

/** One subscription to the engine's events for the page's life: re-subscribing could drop events in between. */
export function useEngineEvents(listener: (event: ApiEvent) => void): void {
  const latest = useRef(listener);
  latest.current = listener;
  useEffect(() => client.onEvent((event) => latest.current(event)), []);
}
