// A city's plan year after year in the browser: today (December 2026) the city is still on its 2024
// plan; the coordinator copies it into 2026, changes one target, issues it with its decision number
// and sees 2026's reporting periods on the calendar.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { vietnamDate } from '../src/common/vietnam-time.js';
import { seriousViolations } from './axe.js';
import { type TestWorld, startWorld } from './support.js';

const SIGNED_PDF = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');

let world: TestWorld;

beforeAll(async () => {
  world = await startWorld({ demo: 'full' });
});

afterAll(async () => {
  await world?.close();
});

/** Clicks and waits for the write the click makes, so the next step sees its result. */
async function clickAndWait(page: Page, button: ReturnType<Page['getByRole']>, path: RegExp, status = 200) {
  const [response] = await Promise.all([
    page.waitForResponse((candidate) => path.test(new URL(candidate.url()).pathname) && candidate.request().method() !== 'GET'),
    button.click(),
  ]);
  expect(response.status(), await response.text()).toBe(status);
}

describe('plans year after year', () => {
  it('the coordinator copies last year’s plan, changes one target, issues it and sees the new year’s periods', async () => {
    const thisYear = Number(vietnamDate(new Date()).slice(0, 4));
    const { context, page } = await world.newPage();
    await world.signIn(context, 'vhtt');

    // The OC says which year it shows, and where this year's plan is written.
    await page.goto('/oc');
    await expect.poll(() => page.locator('.year-notice').textContent()).toBe(`Năm ${thisYear} chưa có kế hoạch được ban hành; đang xem kế hoạch năm 2024. Lập kế hoạch năm ${thisYear}`);
    await page.locator('.year-notice').getByRole('link', { name: `Lập kế hoạch năm ${thisYear}` }).click();
    await page.waitForURL('**/ke-hoach/quan-ly');
    await page.getByTestId('plan-VT-2024').waitFor();
    expect(await page.getByTestId('plan-VT-2024').textContent()).toContain('Đã ban hành');

    expect(await page.getByLabel('Năm của kế hoạch').inputValue()).toBe(String(thisYear));
    expect(await page.getByLabel('Cách lập').inputValue()).toBe('copy');
    await clickAndWait(page, page.getByRole('button', { name: 'Lập dự thảo' }), /^\/api\/plans$/, 201);
    await page.waitForURL(/\/ke-hoach\/quan-ly\/\d+$/);
    await page.getByRole('heading', { name: `Kế hoạch năm ${thisYear}` }).waitFor();
    expect(await page.locator('.plan-status').first().textContent()).toBe('Dự thảo');

    // One target changed, by the coordinator's own hand.
    const cqs08 = page.getByTestId('edit-indicator-CQS-08');
    await cqs08.getByRole('button', { name: 'Sửa CQS-08' }).click();
    expect(await cqs08.getByTestId('baseline').textContent()).toMatch(/Số liệu gốc: \d+(,\d+)?% \([\d.]+\/[\d.]+\) \(2024\)/);
    await cqs08.getByLabel('Mục tiêu (như văn bản)').fill('abc');
    await clickAndWait(page, page.getByRole('button', { name: 'Lưu dự thảo' }), /\/api\/plans\/\d+$/, 400);
    await expect.poll(() => cqs08.locator('.field-error').first().textContent()).toContain('không ghi con số');
    await cqs08.getByLabel('Mục tiêu (như văn bản)').fill('60%');
    await cqs08.getByLabel('Giá trị mục tiêu (%)').fill('60');
    await cqs08.getByLabel('Giá trị mục tiêu (%)').blur();
    await clickAndWait(page, page.getByRole('button', { name: 'Lưu dự thảo' }), /\/api\/plans\/\d+$/);
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'Đã lưu dự thảo.' }).count()).toBe(1);
    expect(await page.getByTestId('edit-indicator-CQS-08').textContent()).toContain('60%');
    expect(await seriousViolations(page)).toEqual([]);

    // Issued with its decision and the signed PDF.
    await page.getByRole('button', { name: 'Ban hành…' }).click();
    const dialog = page.getByRole('dialog', { name: `Ban hành kế hoạch năm ${thisYear}` });
    await dialog.getByLabel('Số, ký hiệu văn bản').fill(`15/KH-UBND`);
    await dialog.getByLabel('Người ký').fill('KT. Chủ tịch – Phó Chủ tịch Nguyễn Văn A');
    await dialog.getByLabel('Văn bản đã ký (PDF)').setInputFiles({ name: 'ke-hoach-da-ky.pdf', mimeType: 'application/pdf', buffer: SIGNED_PDF });
    await clickAndWait(page, dialog.getByRole('button', { name: 'Ban hành', exact: true }), /\/api\/plans\/\d+\/issue$/);
    await expect.poll(() => page.locator('.plan-status').first().textContent()).toBe('Đã ban hành');
    expect(await page.getByTestId('version-1').textContent()).toContain('15/KH-UBND');

    // The calendar has the new year's twelve periods, and the OC opens on it.
    await page.goto('/bao-cao/lich');
    await page.getByRole('heading', { name: `Các kỳ báo cáo năm ${thisYear}` }).waitFor();
    expect(await page.locator(`[data-testid^="period-${thisYear}-"]`).count()).toBe(12);
    expect(await page.getByTestId(`period-${thisYear}-1`).textContent()).toBe(`Tháng 1/${thisYear}11/12/${thisYear - 1} – 10/01/${thisYear}12/01/${thisYear}25/01/${thisYear}`);
    await page.goto('/oc');
    await expect.poll(() => page.getByLabel('Năm kế hoạch').inputValue()).toBe(String(thisYear));
    expect(await page.locator('.year-notice').count()).toBe(0);
    await context.close();
  });
});
