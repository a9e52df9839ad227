// Citizen field reports in the browser: a citizen on a phone files a report with a photo and no
// account, gets a tracking code; the rules route it to Phường Thắng Tam, whose officer accepts and
// resolves it with an answer; the citizen looks the code up and reads the answer.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import sharp from 'sharp';
import { type TestWorld, startWorld } from './support.js';

let world: TestWorld;

beforeAll(async () => {
  world = await startWorld();
});

afterAll(async () => {
  await world?.close();
});

const shots = process.env.E2E_SCREENSHOTS;

describe('citizen field reports', () => {
  it('goes from a citizen’s phone to the ward and back to the citizen by tracking code', async () => {
    const photo = await sharp({ create: { width: 64, height: 64, channels: 3, background: '#3a7' } }).jpeg().toBuffer();
    const description = 'Rác thải sinh hoạt đổ thành đống trên vỉa hè đầu hẻm, bốc mùi mấy ngày nay.';
    const answer = 'Phường đã cho thu gom toàn bộ rác và nhắc nhở các hộ dân đổ rác đúng giờ, đúng nơi.';

    // The citizen: a phone-sized window, no sign-in.
    const citizen = await world.browser.newContext({ baseURL: world.baseUrl, locale: 'vi-VN', viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
    const page = await citizen.newPage();
    await page.goto('/ke-hoach');
    await page.getByRole('link', { name: 'Gửi phản ánh' }).first().click();
    await page.waitForURL('**/phan-anh/gui');

    await page.getByLabel('Lĩnh vực', { exact: true }).selectOption({ label: 'Môi trường – rác thải' });
    await page.getByLabel('Nội dung phản ánh').fill(description);
    // Tap the map on Thắng Tam's dot: the ward is found from the point.
    const map = page.getByTestId('ward-map');
    await map.scrollIntoViewIfNeeded();
    const label = map.locator('text', { hasText: /^Thắng Tam$/ });
    const box = await label.boundingBox();
    if (!box) throw new Error('Thắng Tam is not drawn on the map');
    await page.mouse.click(box.x - 4, box.y + box.height / 2);
    await page.getByText(/Đã chọn vị trí/).waitFor();
    const ward = page.getByLabel('Phường, xã');
    expect(await ward.locator('option:checked').textContent()).toBe('Phường Thắng Tam');
    await page.getByLabel('Địa chỉ', { exact: true }).fill('Hẻm 12 Thùy Vân');
    await page.getByLabel(/^Ảnh/).setInputFiles({ name: 'hien-truong.jpg', mimeType: 'image/jpeg', buffer: photo });
    await page.getByRole('list', { name: 'Ảnh đã chọn' }).getByText('hien-truong.jpg').waitFor();
    await page.getByLabel('Gửi ẩn danh').check();
    if (shots) await page.screenshot({ path: `${shots}/file-phone.png`, fullPage: true });
    await page.getByRole('button', { name: 'Gửi phản ánh' }).click();

    const codeBox = page.getByTestId('tracking-code');
    await codeBox.waitFor();
    const code = (await codeBox.textContent())?.trim() ?? '';
    expect(code).toMatch(/^[A-Z0-9-]{4,20}$/);
    await page.getByText('Phường Thắng Tam').waitFor();
    if (shots) await page.screenshot({ path: `${shots}/filed-phone.png`, fullPage: true });

    // The ward's officer, in another browser context, signed in through the API.
    const officer = await world.newPage();
    await world.signIn(officer.context, 'canbo.thangtam');
    await officerWorks(officer.page, code, answer);
    if (shots) await officer.page.screenshot({ path: `${shots}/desk-unit.png`, fullPage: true });

    // The citizen looks the code up and reads the answer.
    await page.goto('/phan-anh/tra-cuu');
    await page.getByLabel('Mã phản ánh').fill(code);
    await page.getByRole('button', { name: 'Tra cứu' }).click();
    await page.getByTestId('public-answer').waitFor();
    expect(await page.getByTestId('public-answer').textContent()).toBe(answer);
    await page.getByText('Đã xử lý xong').first().waitFor();
    await page.getByText('Phường Thắng Tam').first().waitFor();
    await page.getByRole('list', { name: 'Ảnh hiện trường' }).getByRole('img').first().waitFor();
    if (shots) await page.screenshot({ path: `${shots}/tracked-phone.png`, fullPage: true });

    // It is listed publicly, and on the map, among the ward's reports.
    await page.getByRole('link', { name: 'các phản ánh công khai' }).click();
    await page.waitForURL('**/phan-anh');
    await page.getByRole('combobox', { name: 'Phường, xã' }).selectOption({ label: 'Phường Thắng Tam' });
    await page.getByRole('list').getByRole('link', { name: code }).waitFor();
    await page.getByTestId('ward-map').getByRole('link', { name: new RegExp(code) }).waitFor({ state: 'attached' });
    if (shots) await page.screenshot({ path: `${shots}/browse-phone.png`, fullPage: true });

    await officer.context.close();
    await citizen.close();
  });

  it('puts a report no rule routes in the coordinator’s triage queue, with the steps the server allows', async () => {
    const anyone = await world.newPage();
    const config = (await (await anyone.context.request.get('/api/field-reports/config')).json()) as {
      categories: { id: number; code: string }[];
      wards: { unit: { id: number; name: string } }[];
    };
    const ward = config.wards.find((item) => item.unit.name === 'Phường 7');
    const other = config.categories.find((category) => category.code === 'KHAC');
    const filed = await anyone.context.request.post('/api/field-reports', {
      data: { categoryId: other?.id, wardId: ward?.unit.id, description: 'Biển báo giao thông bị che khuất bởi bảng quảng cáo mới dựng.', address: '45 Ba Cu', name: 'Nguyễn Văn A', phone: '0909 123 456' },
    });
    expect(filed.status()).toBe(201);
    const { code } = (await filed.json()) as { code: string };

    const coordinator = await world.newPage();
    await world.signIn(coordinator.context, 'vhtt');
    await coordinator.page.goto('/phan-anh/xu-ly');
    const row = coordinator.page.getByRole('listitem').filter({ has: coordinator.page.getByRole('link', { name: code }) });
    await row.getByText('Nguyễn Văn A · 0909 123 456').waitFor();
    await row.getByRole('button', { name: `Giao đơn vị ${code}` }).waitFor();
    await row.getByRole('button', { name: `Từ chối ${code}` }).waitFor();
    expect(await row.getByRole('button', { name: `Nhận xử lý ${code}` }).count()).toBe(0);
    if (shots) await coordinator.page.screenshot({ path: `${shots}/desk-triage.png`, fullPage: true });

    // Verified and assigned to the ward where it is (the form's default): it leaves the queue.
    await row.getByRole('button', { name: `Giao đơn vị ${code}` }).click();
    const assign = coordinator.page.getByRole('dialog', { name: 'Giao đơn vị' });
    expect(await assign.getByLabel('Đơn vị xử lý').locator('option:checked').textContent()).toBe('Phường 7');
    await assign.getByRole('button', { name: 'Giao đơn vị' }).click();
    await coordinator.page.getByText(`${code}: đã thực hiện “Giao đơn vị”.`).waitFor();
    await coordinator.page.getByText('Không có phản ánh nào chờ phân loại.').waitFor();

    // The public tracking page never shows the caller's name or phone.
    await anyone.page.goto(`/phan-anh/tra-cuu/${code}`);
    await anyone.page.getByText('Đã chuyển đơn vị').first().waitFor();
    expect(await anyone.page.content()).not.toContain('0909 123 456');
    await anyone.context.close();
    await coordinator.context.close();
  });
});

/** The ward's officer takes the report on, then resolves it with a public answer, from the desk. */
async function officerWorks(page: Page, code: string, answer: string) {
  await page.goto('/phan-anh/xu-ly');
  await page.getByRole('button', { name: `Nhận xử lý ${code}` }).click();
  const accept = page.getByRole('dialog', { name: 'Nhận xử lý' });
  await accept.getByRole('button', { name: 'Nhận xử lý' }).click();
  await page.getByText(`${code}: đã thực hiện “Nhận xử lý”.`).waitFor();

  await page.getByRole('button', { name: `Hoàn thành ${code}` }).click();
  const resolve = page.getByRole('dialog', { name: 'Hoàn thành' });
  await resolve.getByLabel('Trả lời công khai').fill(answer);
  await resolve.getByRole('button', { name: 'Hoàn thành' }).click();
  await page.getByText(`${code}: đã thực hiện “Hoàn thành”.`).waitFor();
  // A resolved report leaves nothing for the unit to do.
  await page.getByRole('button', { name: `Hoàn thành ${code}` }).waitFor({ state: 'detached' });
}
