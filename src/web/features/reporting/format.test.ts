import { describe, expect, it } from 'vitest';
import { formatDateTime, formatFraction, formatPercent } from './format.js';

describe('reporting formats', () => {
  it('writes percentages with two decimals', () => {
    expect(formatPercent(60, 'vi')).toBe('60,00%');
    expect(formatPercent(98.2715, 'vi')).toBe('98,27%');
    expect(formatPercent(98.2715, 'en')).toBe('98.27%');
  });

  it('writes fractions with grouping', () => {
    expect(formatFraction(23391, 23802, 'vi')).toBe('23.391/23.802');
  });

  it('writes instants in Vietnam time, day first', () => {
    expect(formatDateTime('2024-12-31T18:05:00Z', 'vi')).toBe('01/01/2025 01:05');
    expect(formatDateTime('2024-12-31T18:05:00Z', 'en')).toBe('1 Jan 2025, 01:05');
  });
});
