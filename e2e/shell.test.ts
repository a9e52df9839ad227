// The app's frame on a phone and a desktop: the header is in the HTML before any script runs, it
// keeps its height while the session check is on its way (nothing below it jumps), and the web font
// is fetched on wide screens only.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type TestWorld, startWorld } from './support.js';

let world: TestWorld;

beforeAll(async () => {
  world = await startWorld();
});

afterAll(async () => {
  await world?.close();
});

async function signedInPage(viewport: { width: number; height: number }) {
  const context = await world.browser.newContext({ baseURL: world.baseUrl, locale: 'vi-VN', viewport });
  await world.signIn(context, 'lanhdao');
  const page = await context.newPage();
  const fonts: string[] = [];
  page.on('request', (request) => {
    if (request.url().endsWith('.woff2')) fonts.push(request.url());
  });
  return { context, page, fonts };
}

const navTop = (page: Page) => page.locator('.main-nav').evaluate((nav) => nav.getBoundingClientRect().top);

describe('the app frame', () => {
  it('serves the header in the HTML itself, before any script', async () => {
    const html = await (await fetch(`${world.baseUrl}/cong-khai`)).text();
    expect(html).toMatch(/<div id="root"><header class="app-header">.*Hải Đăng.*Điều hành chuyển đổi số/s);
  });

  it('keeps the header’s height on a phone while the session check runs, and leaves the phone its own font', async () => {
    const { context, page, fonts } = await signedInPage({ width: 390, height: 844 });
    // The session check answers late, as on a slow link.
    let answer: () => void = () => undefined;
    const held = new Promise<void>((resolve) => (answer = resolve));
    await page.route('**/api/auth/me', async (route) => {
      await held;
      await route.continue();
    });
    await page.goto('/ke-hoach');
    await page.locator('.main-nav').waitFor();
    const before = await navTop(page);
    answer();
    await page.getByText('Lãnh đạo UBND thành phố', { exact: true }).waitFor();
    expect(await navTop(page)).toBe(before);
    await page.getByRole('heading', { level: 1 }).waitFor();
    await page.waitForTimeout(500);
    expect(fonts).toEqual([]);
    await context.close();
  });

  it('draws /oc while the session check runs, yet sends a visitor to sign in and tells an officer it is not theirs', async () => {
    const visitor = await world.newPage();
    await visitor.page.goto('/oc');
    await visitor.page.waitForURL('**/dang-nhap');
    await visitor.page.getByRole('heading', { level: 1 }).waitFor();
    expect(await visitor.page.getByTestId('oc-achievement').count()).toBe(0);
    await visitor.context.close();

    const officer = await world.newPage();
    await world.signIn(officer.context, 'tnmt');
    await officer.page.goto('/oc');
    await officer.page.getByText('Bạn không có quyền xem trang này.').waitFor();
    expect(await officer.page.getByRole('heading', { name: 'Trung tâm điều hành', level: 1 }).count()).toBe(0);
    await officer.context.close();
  });

  it('fetches the web font on a wide screen once the page is on screen', async () => {
    const { context, page, fonts } = await signedInPage({ width: 1280, height: 800 });
    await page.goto('/ke-hoach');
    await page.getByRole('heading', { level: 1 }).waitFor();
    await expect.poll(() => fonts.length, { timeout: 5000 }).toBeGreaterThan(0);
    await context.close();
  });
});
