// Live updates: one EventSource per screen (it reconnects by itself after a drop, waiting the
// server's retry hint). The first event refreshes at once; events arriving in the next
// REFRESH_GAP_MS fold into one more refresh at its end, so a burst of 50 makes two.
import { useEffect, useRef, useState } from 'react';
import { EVENTS_URL } from './api.js';

export const REFRESH_GAP_MS = 500;

/** Calls `run` at once, then at most once per `gapMs` however often it is triggered meanwhile. */
export function refreshGate(run: () => void, gapMs = REFRESH_GAP_MS): { trigger: () => void; dispose: () => void } {
  let gap: ReturnType<typeof setTimeout> | undefined;
  let pending = false;
  const fire = () => {
    run();
    gap = setTimeout(() => {
      gap = undefined;
      if (pending) {
        pending = false;
        fire();
      }
    }, gapMs);
  };
  return {
    trigger: () => {
      if (gap === undefined) fire();
      else pending = true;
    },
    dispose: () => clearTimeout(gap),
  };
}

export interface LiveState {
  /** The stream has not opened nor failed yet (the page just loaded). */
  connecting: boolean;
  connected: boolean;
  /** The browser stopped retrying (the server refused the stream, e.g. the session ended). */
  closed: boolean;
  /** When the screen last refreshed because of an event (or a reconnection). */
  updatedAt: Date | null;
}

export function useLiveEvents(onChange: () => void): LiveState {
  const [state, setState] = useState<LiveState>({ connecting: true, connected: false, closed: false, updatedAt: null });
  // The latest callback, so that a new one (new period) does not reopen the stream.
  const callback = useRef(onChange);
  callback.current = onChange;

  useEffect(() => {
    const source = new EventSource(EVENTS_URL);
    const gate = refreshGate(() => {
      callback.current();
      setState({ connecting: false, connected: true, closed: false, updatedAt: new Date() });
    });
    let opened = false;
    source.addEventListener('change', gate.trigger);
    source.onopen = () => {
      setState((previous) => ({ ...previous, connecting: false, connected: true, closed: false }));
      // Back after a drop: events may have been missed meanwhile.
      if (opened) gate.trigger();
      opened = true;
    };
    source.onerror = () => setState((previous) => ({ ...previous, connecting: false, connected: false, closed: source.readyState === EventSource.CLOSED }));
    return () => {
      source.close();
      gate.dispose();
    };
  }, []);
  return state;
}
