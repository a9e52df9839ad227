import { describe, expect, it } from 'vitest';
import type { PlanContent } from '../../../common/plan.js';
import { blankIndicator, errorsUnder, move, nextIndicatorCode } from './content-edit.js';

describe('editing a plan on screen', () => {
  it('moves an item up and down by arrows, never out of the list', () => {
    expect(move(['a', 'b', 'c'], 2, -1)).toEqual(['a', 'c', 'b']);
    expect(move(['a', 'b', 'c'], 0, 1)).toEqual(['b', 'a', 'c']);
    expect(move(['a', 'b', 'c'], 0, -1)).toEqual(['a', 'b', 'c']);
    expect(move(['a', 'b', 'c'], 2, 1)).toEqual(['a', 'b', 'c']);
  });

  it('numbers a new indicator after its area’s, skipping codes in use', () => {
    const area = { code: 'CQS', name: 'Chính quyền số', indicators: [blankIndicator('CQS-01', 'a'), blankIndicator('CQS-03', 'b')] };
    const content: PlanContent = { title: 'x', areas: [area], objectives: [], solutionGroups: [], priorResults: [] };
    expect(nextIndicatorCode(content, area)).toBe('CQS-04');
  });

  it('finds the server’s messages for one indicator', () => {
    const errors = { 'areas.0.indicators.7.target.text': 'a', 'areas.0.indicators.17.kind': 'b', title: 'c' };
    expect(errorsUnder(errors, 'areas.0.indicators.7')).toEqual({ 'target.text': 'a' });
  });
});
