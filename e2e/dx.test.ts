// Browser test of the wards' ranking on the demo city: a leader opens a score and reads the figures
// that make it; the coordinator is stopped by the 1000-point rule, then changes the weights and the
// ranking follows; a ward's page shows its rank history and its figures against the targets.
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

const scoreOf = (text: string | null) => Number((text ?? '').replace(/\./g, '').replace(',', '.'));

describe('ward ranking', () => {
  it('lets a leader open a ward’s score and see the figures that add up to it', async () => {
    const { context, page } = await world.newPage();
    await world.signIn(context, 'lanhdao');
    await page.goto('/oc/xep-hang?thang=6');
    await page.getByRole('heading', { level: 1, name: 'Xếp hạng chuyển đổi số các phường, xã' }).waitFor();
    const rows = page.locator('[data-testid^="dx-row-"]');
    await rows.first().waitFor();
    expect(await rows.count()).toBe(17);
    expect(await page.getByTestId('dx-city-total').textContent()).toMatch(/^\d{1,3}(,\d)?$/);

    const first = rows.first();
    const button = first.getByRole('button', { name: /Xem cách tính điểm của/ });
    const score = scoreOf(await button.textContent());
    await button.click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('heading', { name: /Cách tính điểm/ }).waitFor();
    await dialog.getByTestId('dx-total').waitFor();
    expect(scoreOf(await dialog.getByTestId('dx-total').textContent())).toBe(score);
    // Each indicator links to its own page, at the month chosen.
    expect(await dialog.getByRole('link', { name: 'CQS-08' }).getAttribute('href')).toBe('/chi-tieu/CQS-08?thang=6');
    expect(await seriousViolations(page)).toEqual([]);
    await dialog.getByRole('button', { name: 'Đóng' }).click();
    await context.close();
  });

  it('lets the coordinator change the weights only when they add up to 1000, and the ranking follows', async () => {
    const { context, page } = await world.newPage();
    await world.signIn(context, 'vhtt');
    await page.goto('/oc/xep-hang/trong-so');
    const pillar = page.getByLabel('Điểm của trụ cột Thể chế số');
    await pillar.waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await pillar.fill('300');
    await page.getByText('Tổng điểm các trụ cột: 1.200/1000').waitFor();
    await page.getByRole('button', { name: 'Lưu trọng số' }).click();
    await page.getByRole('alert').filter({ hasText: 'phải bằng 1000' }).waitFor();

    // All the points on reporting on time: the ranking becomes the wards' punctuality.
    for (const name of ['Nhận thức số', 'Hạ tầng số', 'Nhân lực số', 'An toàn, an ninh thông tin', 'Chính quyền số', 'Kinh tế số', 'Xã hội số']) {
      await page.getByLabel(`Điểm của trụ cột ${name}`).fill('0');
    }
    await pillar.fill('1000');
    await page.getByRole('button', { name: 'Lưu trọng số' }).click();
    await page.getByText('Đã lưu trọng số').waitFor();

    await page.goto('/oc/xep-hang?thang=6');
    const firstScore = page.locator('[data-testid^="dx-row-"]').first().getByRole('button');
    await firstScore.waitFor();
    await firstScore.click();
    const dialog = page.getByRole('dialog');
    await dialog.getByText('kỳ báo cáo gửi đúng hạn').first().waitFor();
    expect(await dialog.locator('tbody .dx-pillar-row').count()).toBe(8);
    await context.close();
  });

  it('opens a ward’s page with its rank history and its figures against the targets', async () => {
    const { context, page } = await world.newPage();
    await world.signIn(context, 'lanhdao');
    await page.goto('/oc/phuong/VT-TTAM?thang=6');
    await page.getByRole('heading', { level: 1, name: 'Phường Thắng Tam' }).waitFor();
    await page.getByTestId('ward-rank-chart').waitFor();
    await page.getByRole('heading', { name: 'Chỉ tiêu so với mục tiêu' }).waitFor();
    expect(await page.getByRole('link', { name: 'CQS-08' }).count()).toBe(1);
    await page.getByText('Xem số liệu của biểu đồ').click();
    expect(await page.getByRole('row', { name: /Tháng 6\/2024/ }).count()).toBeGreaterThan(0);
    await context.close();
  });
});
