// Editing a plan's content on screen: moving items by arrows, adding blank ones with codes that follow
// their neighbours', and finding the server's messages for a part of the content. Pure.
import type { IndicatorInput, PlanContent } from '../../../common/plan.js';

type Area = PlanContent['areas'][number];
type Group = PlanContent['solutionGroups'][number];

/** The list with the item at `index` moved by `by` places (kept inside the list). */
export function move<T>(list: readonly T[], index: number, by: number): T[] {
  const target = Math.max(0, Math.min(list.length - 1, index + by));
  const copy = [...list];
  const [item] = copy.splice(index, 1);
  if (item === undefined) return copy;
  copy.splice(target, 0, item);
  return copy;
}

export const replaceAt = <T>(list: readonly T[], index: number, item: T): T[] => list.map((current, at) => (at === index ? item : current));
export const removeAt = <T>(list: readonly T[], index: number): T[] => list.filter((_, at) => at !== index);

/** "CQS-13" after CQS-12: the area's code and the next free number. */
export function nextIndicatorCode(content: PlanContent, area: Area): string {
  const taken = new Set(content.areas.flatMap((candidate) => candidate.indicators.map((indicator) => indicator.code)));
  for (let number = area.indicators.length + 1; ; number += 1) {
    const code = `${area.code}-${String(number).padStart(2, '0')}`;
    if (!taken.has(code)) return code;
  }
}

/** A new ratio reported by the wards, to be written by the coordinator (the check says what is missing). */
export const blankIndicator = (code: string, text: string): IndicatorInput => ({
  code,
  text,
  kind: 'ratio',
  direction: 'reach',
  target: { text: '100%', value: 100, comparator: 'gte', dueDate: null },
  measureUnit: '%',
  measureType: 'stock',
  reportingScope: 'wards',
  reportingUnitCode: null,
  numeratorLabel: null,
  denominatorLabel: null,
  baseline: null,
  note: null,
  continuesCode: null,
  provinceIndicatorCode: null,
  dtiCriterion: null,
});

const freeCode = (taken: readonly string[], prefix: string) => {
  for (let number = taken.length + 1; ; number += 1) if (!taken.includes(`${prefix}${number}`)) return `${prefix}${number}`;
};

export const blankArea = (content: PlanContent, name: string): Area => ({ code: freeCode(content.areas.map((area) => area.code), 'LV'), name, indicators: [] });
export const blankGroup = (content: PlanContent, name: string): Group => ({ code: freeCode(content.solutionGroups.map((group) => group.code), 'GP'), name, items: [] });

/** The server's messages under a part of the content ("areas.0.indicators.7"), by the rest of their path. */
export function errorsUnder(errors: Readonly<Record<string, string>>, prefix: string): Record<string, string> {
  const found: Record<string, string> = {};
  for (const [field, message] of Object.entries(errors)) if (field.startsWith(`${prefix}.`)) found[field.slice(prefix.length + 1)] = message;
  return found;
}
