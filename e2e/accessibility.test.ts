// Accessibility of the pages leaders and citizens open most: no serious or critical axe-core
// violation (WCAG 2.x A/AA rules) on the Operations Center, a ward's page and the public view,
// with the demo data so that tiles, badges and tables are filled.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seriousViolations } from './axe.js';
import { type TestWorld, startWorld } from './support.js';

let world: TestWorld;

beforeAll(async () => {
  world = await startWorld({ demo: 'full' });
});

afterAll(async () => {
  await world?.close();
});

async function openAs(username: string | undefined, path: string, ready: string): Promise<Page> {
  const context = await world.browser.newContext({ baseURL: world.baseUrl, locale: 'vi-VN' });
  if (username) await world.signIn(context, username);
  const page = await context.newPage();
  await page.goto(path);
  await page.locator(ready).first().waitFor();
  return page;
}

describe('accessibility', () => {
  it('finds no serious or critical violation on the Operations Center', async () => {
    const page = await openAs('lanhdao', '/oc', '[data-testid="oc-achievement"]');
    expect(await seriousViolations(page)).toEqual([]);
  });

  it('finds no serious or critical violation on a ward’s page', async () => {
    const page = await openAs('lanhdao', '/oc/phuong/VT-TTAM', '[data-testid="ward-dx-total"]');
    expect(await seriousViolations(page)).toEqual([]);
  });

  it('finds no serious or critical violation on the public view, signed out', async () => {
    const page = await openAs(undefined, '/cong-khai', '[data-testid^="indicator-"]');
    expect(await seriousViolations(page)).toEqual([]);
  });
});
