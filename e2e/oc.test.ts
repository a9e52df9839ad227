import type { APIRequestContext, ConsoleMessage } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type TestWorld, startWorld } from './support.js';

let world: TestWorld;

beforeAll(async () => {
  world = await startWorld();
});

afterAll(async () => {
  await world?.close();
});

/** A signed-in API client: the session cookie stays in the context, writes carry the CSRF token. */
async function apiAs(username: string) {
  const { context } = await world.newPage();
  const login = await context.request.post('/api/auth/login', { data: { username, password: 'HaiDang@2024' } });
  expect(login.ok()).toBe(true);
  const { csrfToken } = (await login.json()) as { csrfToken: string };
  const request: APIRequestContext = context.request;
  const call = async <T>(method: 'get' | 'post' | 'put', url: string, data?: unknown): Promise<T> => {
    const response = await request[method](url, { headers: { 'x-csrf-token': csrfToken }, ...(data === undefined ? {} : { data }) });
    expect(response.ok(), `${method} ${url}: ${await response.text()}`).toBe(true);
    return (await response.json()) as T;
  };
  return { call, close: () => context.close() };
}

interface Form {
  submission: { id: number; version: number };
  areas: { indicators: { code: string; kind: string }[] }[];
}

/** Phường Thắng Tam sends May 2024: 80% on every ratio (CQS-03 wants 85%: at risk once approved). */
async function submitThangTamMay(): Promise<Form> {
  const officer = await apiAs('canbo.thangtam');
  const periods = await officer.call<{ id: number; month: number }[]>('get', '/api/reporting/periods?year=2024');
  const units = await officer.call<{ id: number; code: string }[]>('get', '/api/units');
  const form = await officer.call<Form>('post', '/api/reporting/submissions', {
    periodId: periods.find((period) => period.month === 5)?.id,
    unitId: units.find((unit) => unit.code === 'VT-TTAM')?.id,
  });
  const figures = form.areas.flatMap((area) =>
    area.indicators.map((indicator) =>
      indicator.kind === 'ratio'
        ? { indicatorCode: indicator.code, numerator: 80, denominator: 100 }
        : indicator.kind === 'unit_count'
          ? { indicatorCode: indicator.code, met: true }
          : indicator.kind === 'value'
            ? { indicatorCode: indicator.code, value: 12.5 }
            : { indicatorCode: indicator.code, doneDate: null, comment: 'Đang triển khai' },
    ),
  );
  const saved = await officer.call<Form>('put', `/api/reporting/submissions/${form.submission.id}/figures`, { version: form.submission.version, figures });
  const submitted = await officer.call<Form>('post', `/api/reporting/submissions/${form.submission.id}/submit`, { version: saved.submission.version });
  await officer.close();
  return submitted;
}

describe('Operations Center', () => {
  it('a leader’s /oc updates the tile within 1 second of the coordinator approving a report, without reloading', async () => {
    const submitted = await submitThangTamMay();
    const { context, page } = await world.newPage();
    await world.signIn(context, 'lanhdao');
    await page.goto('/oc?thang=5');
    await page.getByRole('heading', { name: 'Trung tâm điều hành', level: 1 }).waitFor();
    const tile = page.getByTestId('tile-CQS');
    const noData = tile.getByTestId('count-no_data');
    const atRisk = tile.getByTestId('count-at_risk');
    await expect.poll(() => atRisk.textContent()).toBe('0 Nguy cơ');
    const before = await noData.textContent();
    // The stream is open before the approval, as on a screen left on.
    await page.getByTestId('oc-live').waitFor();
    const navigations: string[] = [];
    page.on('framenavigated', (frame) => navigations.push(frame.url()));

    const coordinator = await apiAs('vhtt');
    await coordinator.call('post', `/api/reporting/submissions/${submitted.submission.id}/approve`, { version: submitted.submission.version });
    const approvedAt = Date.now();
    await atRisk.getByText('1', { exact: true }).waitFor({ timeout: 5000 });
    const elapsed = Date.now() - approvedAt;
    expect(elapsed, `tile updated ${elapsed} ms after the approval`).toBeLessThan(1000);
    expect(await noData.textContent()).not.toBe(before);
    expect(navigations).toEqual([]);
    await expect.poll(() => page.getByTestId('oc-live').textContent()).toMatch(/^Trực tiếp · cập nhật \d{2}:\d{2}:\d{2}$/);
    await coordinator.close();

    // The tile opens its indicators; an indicator opens its page at the same month.
    await tile.click();
    const list = page.getByTestId('oc-area');
    await list.getByRole('heading', { name: /Chỉ tiêu lĩnh vực/ }).waitFor();
    await list.getByRole('link', { name: 'CQS-03', exact: true }).click();
    await page.waitForURL(/\/chi-tieu\/CQS-03\?thang=5$/);
    await context.close();
  });

  it('the wall screen renders at 1920×1080, dark and full-window, turns its panels by itself, with no console errors', async () => {
    const context = await world.browser.newContext({ baseURL: world.baseUrl, locale: 'vi-VN', viewport: { width: 1920, height: 1080 } });
    await world.signIn(context, 'lanhdao');
    const page = await context.newPage();
    const problems: string[] = [];
    page.on('console', (message: ConsoleMessage) => {
      if (message.type() === 'error') problems.push(message.text());
    });
    page.on('pageerror', (error) => problems.push(error.message));
    // The page's own clock, so that the 15-second turns are fast-forwarded rather than waited for.
    await page.clock.install();
    await page.goto('/oc/man-hinh');
    const wall = page.getByTestId('oc-wall');
    await wall.getByRole('heading', { name: 'Trung tâm điều hành chuyển đổi số' }).waitFor();
    await wall.getByTestId('wall-tile-CQS').waitFor();
    await expect.poll(() => wall.getByTestId('wall-tile-CQS').textContent()).toContain('Phát triển chính quyền số');
    await wall.getByTestId('oc-live').waitFor();
    const box = await wall.boundingBox();
    expect(box).toMatchObject({ x: 0, y: 0, width: 1920, height: 1080 });
    const layout = await page.evaluate(() => ({
      background: getComputedStyle(document.querySelector('[data-testid="oc-wall"]') as Element).backgroundColor,
      overflowX: document.documentElement.scrollWidth > window.innerWidth,
      titleSize: parseFloat(getComputedStyle(document.querySelector('[data-testid="oc-wall"] h1') as Element).fontSize),
    }));
    expect(layout).toMatchObject({ background: 'rgb(7, 17, 29)', overflowX: false });
    expect(layout.titleSize).toBeGreaterThanOrEqual(40);

    const shown = () => wall.locator('.oc-wall-panel:not([hidden])').getAttribute('data-panel');
    expect(await shown()).toBe('plan');
    await page.clock.fastForward(15_000);
    await expect.poll(shown).toBe('alerts');
    await wall.getByRole('heading', { name: 'Cảnh báo' }).waitFor();
    await page.clock.fastForward(15_000);
    await expect.poll(shown).toBe('wards');
    await wall.getByTestId('ward-map-chart').waitFor();
    await wall.getByRole('heading', { name: 'Xếp hạng chuyển đổi số' }).waitFor();
    await page.clock.fastForward(15_000);
    await expect.poll(shown).toBe('plan');
    expect(problems).toEqual([]);
    await context.close();
  });
});
