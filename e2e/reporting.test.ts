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

/** Clicks and waits for the API call the click makes, so the next step sees its result. */
async function clickAndWait(page: Page, name: string, path: RegExp) {
  const [response] = await Promise.all([
    page.waitForResponse((candidate) => path.test(new URL(candidate.url()).pathname) && candidate.request().method() !== 'GET'),
    page.getByRole('button', { name, exact: true }).click(),
  ]);
  expect(response.status(), `${name}: ${await response.text()}`).toBe(200);
}

describe('monthly reporting', () => {
  it('a ward enters and submits tháng 1/2024, the coordinator approves it, the city value follows', async () => {
    const officer = await world.newPage();
    await world.signIn(officer.context, 'canbo.thangtam');
    const page = officer.page;
    await page.goto('/bao-cao');
    await page.getByRole('heading', { name: 'Báo cáo của Phường Thắng Tam' }).waitFor();
    await page.getByTestId('month-1').getByRole('button', { name: 'Lập báo cáo Tháng 1/2024' }).click();
    await page.waitForURL(/\/bao-cao\/\d+$/);
    await page.getByRole('heading', { name: 'Báo cáo tháng 1/2024 – Phường Thắng Tam' }).waitFor();

    // The browser checks as the officer types: the numerator cannot exceed the denominator.
    const cqs08 = page.getByTestId('figure-CQS-08');
    await cqs08.getByLabel('Tử số', { exact: true }).fill('60');
    await cqs08.getByLabel('Mẫu số', { exact: true }).fill('50');
    await expect.poll(() => cqs08.locator('.field-error').textContent()).toBe('Tử số không được lớn hơn mẫu số.');
    await cqs08.getByLabel('Tử số', { exact: true }).fill('30');
    await expect.poll(() => cqs08.locator('.field-error').count()).toBe(0);
    expect(await page.getByTestId('percent-CQS-08').textContent()).toBe('60,00%');

    // Every other figure the form shows, whatever its kind.
    const figures = page.locator('fieldset.figure');
    const count = await figures.count();
    expect(count).toBe(15);
    for (let index = 0; index < count; index++) {
      const figure = figures.nth(index);
      const code = ((await figure.getAttribute('data-testid')) ?? '').replace('figure-', '');
      if (code === 'CQS-08') continue;
      if ((await figure.getByLabel('Tử số', { exact: true }).count()) > 0) {
        await figure.getByLabel('Tử số', { exact: true }).fill(String(40 + index));
        await figure.getByLabel('Mẫu số', { exact: true }).fill('100');
        await expect.poll(() => page.getByTestId(`percent-${code}`).textContent()).toBe(`${40 + index},00%`);
      } else if ((await figure.getByRole('radio', { name: 'Đạt', exact: true }).count()) > 0) {
        await figure.getByRole('radio', { name: 'Đạt', exact: true }).check();
      } else if ((await figure.getByLabel('Ngày hoàn thành').count()) > 0) {
        await figure.getByLabel('Ngày hoàn thành').fill('2024-01-05');
      } else {
        await figure.getByRole('textbox').first().fill('50');
      }
    }
    await page.getByText('Có thay đổi chưa lưu.').waitFor();

    // Submitting saves the figures first, then sends the report.
    await clickAndWait(page, 'Gửi báo cáo', /\/api\/reporting\/submissions\/\d+\/submit$/);
    await page.getByRole('status').filter({ hasText: 'Đã gửi báo cáo.' }).waitFor();
    expect(await page.getByTestId('report-status').textContent()).toContain('Đã gửi, chờ duyệt');
    expect(await page.getByRole('button', { name: 'Gửi báo cáo' }).count()).toBe(0);
    await page.locator('.history').getByText('Gửi báo cáo').waitFor();
    await officer.context.close();

    // The coordinator approves it from the queue.
    const coordinator = await world.newPage();
    await world.signIn(coordinator.context, 'vhtt');
    const review = coordinator.page;
    await review.goto('/bao-cao/duyet');
    const row = review.getByTestId('queue-VT-TTAM-1');
    await row.waitFor();
    expect(await row.textContent()).toContain('Tháng 1/2024');
    await row.getByRole('link', { name: /Xem và duyệt/ }).click();
    await review.waitForURL(/\/bao-cao\/\d+$/);
    await review.getByTestId('figure-CQS-08').getByText('60,00%').waitFor();
    // Read-only for the coordinator: figures as text, no inputs.
    expect(await review.locator('fieldset.figure input').count()).toBe(0);
    await clickAndWait(review, 'Duyệt', /\/api\/reporting\/submissions\/\d+\/approve$/);
    await expect.poll(() => review.getByTestId('report-status').textContent()).toContain('Đã duyệt');
    expect(await review.getByRole('button', { name: 'Mở lại' }).count()).toBe(1);

    // The approved figure is now the city's official value for CQS-08 in January.
    await review.goto('/chi-tieu/CQS-08?thang=1');
    const approved = review.getByTestId('stat-approved');
    await approved.waitFor();
    await expect.poll(() => approved.textContent()).toContain('60,00%');
    expect(await approved.textContent()).toContain('30/50');
    expect(await review.getByTestId('breakdown-VT-TTAM').textContent()).toContain('Đã duyệt');
    // The trend chart is drawn (ECharts, loaded on demand).
    await review.getByTestId('trend-chart').locator('canvas').first().waitFor();
    await coordinator.context.close();
  });

  it('shows the completeness grid with the approved month and a reminder list', async () => {
    const { context, page } = await world.newPage();
    await world.signIn(context, 'vhtt');
    await page.goto('/bao-cao/tinh-hinh?thang=1');
    const ward = page.getByTestId('completeness-VT-TTAM');
    await ward.waitFor();
    expect(await ward.locator('.grid-cell').first().getAttribute('class')).toContain('grid-cell-approved');
    // Units still owing tháng 1 are listed for a reminder; Thắng Tam is not among them.
    await page.getByTestId('reminder-VT-TNHAT').waitFor();
    expect(await page.getByTestId('reminder-VT-TTAM').count()).toBe(0);
    await context.close();
  });
});
