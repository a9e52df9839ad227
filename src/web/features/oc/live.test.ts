import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { REFRESH_GAP_MS, refreshGate } from './use-live-events.js';

describe('the live refresh gate', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('refreshes at once on the first event, and a burst of 50 makes one more refresh, not 50', () => {
    const run = vi.fn();
    const gate = refreshGate(run);
    for (let event = 0; event < 50; event += 1) gate.trigger();
    expect(run).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(REFRESH_GAP_MS);
    expect(run).toHaveBeenCalledTimes(2);
    vi.advanceTimersByTime(10 * REFRESH_GAP_MS);
    expect(run).toHaveBeenCalledTimes(2);
    gate.trigger();
    expect(run).toHaveBeenCalledTimes(3);
    gate.dispose();
  });

  it('leaves no timer behind when the screen closes', () => {
    const run = vi.fn();
    const gate = refreshGate(run);
    gate.trigger();
    gate.trigger();
    gate.dispose();
    vi.advanceTimersByTime(10 * REFRESH_GAP_MS);
    expect(run).toHaveBeenCalledTimes(1);
    expect(vi.getTimerCount()).toBe(0);
  });
});
