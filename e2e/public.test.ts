// The public view in the browser, signed out on a phone: the plan's indicators show the approved
// figures and never the ones still awaiting approval, no reporter's name, phone or e-mail reaches
// the page, the chart and the map load as the visitor scrolls, and "Gửi phản ánh" leads to the
// form. Then the coordinator downloads the consolidated monthly report from the reporting tabs.
import { AxeBuilder } from '@axe-core/playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CityRollup, StageResult } from '../src/common/reporting.js';
import type { StaffFieldReport } from '../src/common/feedback.js';
import { type TestWorld, startWorld } from './support.js';

let world: TestWorld;

beforeAll(async () => {
  world = await startWorld({ demo: 'full' });
});

afterAll(async () => {
  await world?.close();
});

const shots = process.env.E2E_SCREENSHOTS;
const fraction = (stage: StageResult) => `${new Intl.NumberFormat('vi-VN').format(stage.numerator ?? 0)}/${new Intl.NumberFormat('vi-VN').format(stage.denominator ?? 0)}`;
const reporter = { name: 'Trần Thị Riêng Tư', phone: '0912 345 678', email: 'riengtu@example.vn' };

describe('the public view', () => {
  it('shows approved figures only and no personal data, on a phone, without signing in', async () => {
    // What the coordinator sees for December 2024: demo units have sent figures not yet approved.
    const staff = await world.newPage();
    await world.signIn(staff.context, 'vhtt');
    const rollup = (await (await staff.context.request.get('/api/reporting/rollup?year=2024&month=12')).json()) as CityRollup;
    const pending = rollup.areas
      .flatMap((area) => area.indicators)
      .filter((indicator) => indicator.kind === 'ratio' && indicator.provisional.denominator !== null && indicator.provisional.denominator !== indicator.approved.denominator);
    expect(pending.length).toBeGreaterThan(0);

    // A citizen files a report with their contact details; it is public (routed), the details are not.
    const visitor = await world.browser.newContext({ baseURL: world.baseUrl, locale: 'vi-VN', viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
    const config = (await (await visitor.request.get('/api/field-reports/config')).json()) as { categories: { id: number; code: string }[] };
    const category = config.categories.find((item) => item.code === 'MT-RAC');
    const filed = await visitor.request.post('/api/field-reports', {
      data: { categoryId: category?.id, description: 'Rác tồn đọng trước cổng chợ nhiều ngày chưa thu gom', lat: 10.342, lng: 107.0898, ...reporter },
    });
    expect(filed.status()).toBe(201);
    const reports = (await (await staff.context.request.get('/api/field-reports?limit=500')).json()) as StaffFieldReport[];
    const personal = [
      ...new Set(reports.flatMap((report) => [report.reporter.name, report.reporter.phone, report.reporter.email]).filter((value): value is string => Boolean(value && value.length > 4))),
    ];
    expect(personal).toEqual(expect.arrayContaining(Object.values(reporter)));

    const page = await visitor.newPage();
    await page.goto('/ke-hoach');
    await page.getByRole('navigation', { name: 'Điều hướng chính' }).getByRole('link', { name: 'Công khai' }).click();
    await page.waitForURL('**/cong-khai');
    await page.getByRole('heading', { level: 1, name: 'Công khai kết quả chuyển đổi số' }).waitFor();
    await page.getByLabel('Kỳ báo cáo').selectOption({ label: 'Tháng 12/2024' });
    await page.waitForURL('**/cong-khai?thang=12');
    for (const indicator of pending) {
      const card = page.getByTestId(`indicator-${indicator.code}`);
      await card.waitFor();
      const text = (await card.textContent()) ?? '';
      if (indicator.approved.numerator !== null) expect(text).toContain(fraction(indicator.approved));
      expect(text).not.toContain(fraction(indicator.provisional));
    }
    if (shots) await page.screenshot({ path: `${shots}/public-phone-top.png` });
    // Nothing wider than the phone.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await page.getByTestId('stats-year').getByText('Tiếp nhận').waitFor();

    // The chart and the map come as the visitor scrolls down.
    await page.getByRole('heading', { name: 'Theo lĩnh vực (trong kỳ)' }).scrollIntoViewIfNeeded();
    await page.getByTestId('public-chart').waitFor();
    if (shots) await page.screenshot({ path: `${shots}/public-phone-chart.png` });
    await page.getByRole('heading', { name: 'Bản đồ phản ánh' }).scrollIntoViewIfNeeded();
    await page.getByTestId('ward-map').waitFor();
    const html = await page.content();
    for (const value of personal) expect(html).not.toContain(value);
    if (shots) await page.screenshot({ path: `${shots}/public-phone-map.png` });

    const axe = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
    expect(axe.violations.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical').map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.html.slice(0, 200)).join(' | ')}`)).toEqual([]);

    await page.getByRole('main').getByRole('link', { name: 'Gửi phản ánh' }).click();
    await page.waitForURL('**/phan-anh/gui');
    await visitor.close();
    await staff.context.close();
  });

  it('lets the coordinator download the monthly report in Word, Excel and PDF', async () => {
    const { context, page } = await world.newPage();
    await world.signIn(context, 'vhtt');
    await page.goto('/bao-cao');
    await page.getByRole('navigation', { name: 'Các mục báo cáo' }).getByRole('link', { name: 'Báo cáo tổng hợp' }).click();
    await page.waitForURL('**/bao-cao/tong-hop');
    await page.getByLabel('Kỳ báo cáo').selectOption({ label: 'Tháng 5/2024' });
    for (const [button, extension] of [
      ['Word (DOCX)', 'docx'],
      ['Excel (XLSX)', 'xlsx'],
      ['PDF', 'pdf'],
    ] as const) {
      const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: new RegExp(`^${button.replace(/[()]/g, '\\$&')}`) }).click()]);
      expect(download.suggestedFilename()).toBe(`Báo cáo chuyển đổi số thành phố Vũng Tàu tháng 05-2024.${extension}`);
      expect((await download.failure()) ?? null).toBeNull();
    }
    if (shots) await page.screenshot({ path: `${shots}/monthly-report.png`, fullPage: true });
    await context.close();
  });
});
