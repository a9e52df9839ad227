import { describe, expect, it } from 'vitest';
import { untilNightlyReload } from './WallPage.js';

const HOUR = 3_600_000;
const at = (iso: string) => Date.parse(iso);

describe('the wall’s nightly reload', () => {
  it('comes at the next 03:00 in Vietnam, whatever the browser’s zone', () => {
    expect(untilNightlyReload(at('2024-05-20T22:00:00+07:00'))).toBe(5 * HOUR);
    expect(untilNightlyReload(at('2024-05-20T02:00:00+07:00'))).toBe(1 * HOUR);
    expect(untilNightlyReload(at('2024-05-20T06:30:00+07:00'))).toBe(20.5 * HOUR);
  });

  it('waits a whole day when it is 03:00 now, so a reload at 03:00 does not reload again at once', () => {
    expect(untilNightlyReload(at('2024-05-20T03:00:00+07:00'))).toBe(24 * HOUR);
  });
});
