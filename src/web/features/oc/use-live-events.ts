// Live updates: one EventSource per screen (it reconnects by itself after a drop, waiting the
// server's retry hint); a burst of events makes one refresh, at most one per REFRESH_DELAY_MS.
import { useEffect, useRef, useState } from 'react';
import { EVENTS_URL } from './api.js';

/** Long enough to fold a burst of approvals into one refresh, short enough to stay within 1 s. */
export const REFRESH_DELAY_MS = 250;

export interface LiveState {
  connected: boolean;
  /** When the screen last refreshed because of an event (or a reconnection). */
  updatedAt: Date | null;
}

export function useLiveEvents(onChange: () => void): LiveState {
  const [state, setState] = useState<LiveState>({ connected: false, updatedAt: null });
  // The latest callback, so that a new one (new period) does not reopen the stream.
  const callback = useRef(onChange);
  callback.current = onChange;

  useEffect(() => {
    const source = new EventSource(EVENTS_URL);
    let timer: ReturnType<typeof setTimeout> | undefined;
    let opened = false;
    const refresh = () => {
      if (timer !== undefined) return;
      timer = setTimeout(() => {
        timer = undefined;
        callback.current();
        setState({ connected: true, updatedAt: new Date() });
      }, REFRESH_DELAY_MS);
    };
    source.addEventListener('change', refresh);
    source.onopen = () => {
      setState((previous) => ({ ...previous, connected: true }));
      // Back after a drop: events may have been missed meanwhile.
      if (opened) refresh();
      opened = true;
    };
    source.onerror = () => setState((previous) => ({ ...previous, connected: false }));
    return () => {
      source.close();
      if (timer !== undefined) clearTimeout(timer);
    };
  }, []);
  return state;
}
