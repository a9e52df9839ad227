// Field-report setup and the officers' page of one report in the browser: the coordinator adds a
// category and a routing rule on the setup screens, a citizen's report in that category and ward goes straight to
// the rule's unit; a note the coordinator leaves on the report's page is read by that unit there,
// and never appears on the public tracking page.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type TestWorld, startWorld } from './support.js';

let world: TestWorld;

beforeAll(async () => {
  world = await startWorld();
});

afterAll(async () => {
  await world?.close();
});

const shots = process.env.E2E_SCREENSHOTS;
const NOTE = 'Đã hẹn đội vệ sinh môi trường thu gom sáng thứ Hai; bãi này tái diễn lần thứ ba.';

describe('field-report setup and the report page', () => {
  it('routes by a rule the coordinator adds on screen, and keeps internal notes among the staff', async () => {
    // The coordinator reaches the setup screens from the desk and adds a rule.
    const coordinator = await world.newPage();
    await world.signIn(coordinator.context, 'vhtt');
    const page = coordinator.page;
    await page.goto('/phan-anh/xu-ly');
    await page.getByRole('link', { name: 'Thiết lập phản ánh' }).click();
    await page.getByRole('heading', { name: 'Lĩnh vực phản ánh' }).waitFor();
    await page.getByRole('row').filter({ hasText: 'Cây xanh' }).getByText('3 ngày làm việc').waitFor();

    // A new category with a question whose answer is a choice; a code already taken is refused on its field.
    await page.getByRole('button', { name: 'Thêm lĩnh vực' }).click();
    const dialog = page.getByRole('dialog', { name: 'Thêm lĩnh vực' });
    await dialog.getByLabel('Mã', { exact: true }).fill('CAYXANH');
    await dialog.getByLabel('Tên lĩnh vực').fill('Vệ sinh bãi biển');
    await dialog.getByLabel('Thời hạn xử lý').fill('2');
    await dialog.getByRole('button', { name: 'Thêm câu hỏi' }).click();
    await dialog.getByLabel('Mã câu hỏi').fill('beach');
    await dialog.getByLabel('Kiểu trả lời').selectOption({ label: 'Chọn một' });
    await dialog.getByLabel('Câu hỏi', { exact: true }).fill('Bãi tắm nào?');
    await dialog.getByLabel('Các lựa chọn').fill('sau | Bãi Sau\ntruoc | Bãi Trước');
    await dialog.getByRole('button', { name: 'Lưu' }).click();
    if (shots) await page.screenshot({ path: `${shots}/setup-category.png` });
    await dialog.getByRole('alert').getByText('Mã lĩnh vực đã có.').waitFor();
    expect(await dialog.getByLabel('Mã', { exact: true }).getAttribute('aria-invalid')).toBe('true');
    await dialog.getByLabel('Mã', { exact: true }).fill('VS-BIEN');
    await dialog.getByRole('button', { name: 'Lưu' }).click();
    await page.getByText('Đã lưu lĩnh vực “Vệ sinh bãi biển”.').waitFor();
    await page.getByRole('row').filter({ hasText: 'Vệ sinh bãi biển' }).getByText('2 ngày làm việc').waitFor();

    await page.getByRole('navigation', { name: 'Thiết lập phản ánh hiện trường' }).getByRole('link', { name: 'Quy tắc chuyển' }).click();
    const form = page.getByRole('form', { name: 'Thêm quy tắc' });
    await form.getByLabel('Lĩnh vực').selectOption({ label: 'Vệ sinh bãi biển' });
    await form.getByLabel('Phường, xã').selectOption({ label: 'Phường Thắng Tam' });
    await form.getByLabel('Chuyển đến').selectOption({ label: 'Phòng Tài nguyên và Môi trường' });
    await form.getByLabel('Ghi chú (không bắt buộc)').fill('Bãi Sau do Phòng TN&MT theo dõi');
    await form.getByRole('button', { name: 'Thêm quy tắc' }).click();
    await page.getByText('Đã thêm quy tắc').waitFor();
    await page.getByRole('row').filter({ hasText: 'Phường Thắng Tam' }).filter({ hasText: 'Phòng Tài nguyên và Môi trường' }).waitFor();
    if (shots) await page.screenshot({ path: `${shots}/setup-rules.png`, fullPage: true });

    // A citizen's report of that category in that ward goes to the rule's unit.
    const citizen = await world.newPage();
    const config = (await (await citizen.context.request.get('/api/field-reports/config')).json()) as {
      categories: { id: number; code: string }[];
      wards: { unit: { id: number; name: string } }[];
    };
    const filed = await citizen.context.request.post('/api/field-reports', {
      data: {
        categoryId: config.categories.find((category) => category.code === 'VS-BIEN')?.id,
        wardId: config.wards.find((ward) => ward.unit.name === 'Phường Thắng Tam')?.unit.id,
        description: 'Rác nhựa dạt đầy bãi tắm sau cơn mưa tối qua, chưa ai thu gom.',
        attributes: { beach: 'sau' },
        address: '20 Thùy Vân',
        name: 'Trần Thị B',
        phone: '0912 345 678',
      },
    });
    expect(filed.status()).toBe(201);
    const receipt = (await filed.json()) as { code: string; unit: { name: string } | null };
    expect(receipt.unit?.name).toBe('Phòng Tài nguyên và Môi trường');

    // The coordinator opens the report from the desk and leaves an internal note.
    await page.goto('/phan-anh/xu-ly');
    await page.getByLabel('Danh sách').selectOption({ label: 'Tất cả' });
    await page.getByRole('link', { name: receipt.code }).click();
    await page.getByRole('heading', { name: new RegExp(`Phản ánh ${receipt.code}`) }).waitFor();
    expect(await page.getByTestId('reporter').textContent()).toBe('Trần Thị B · 0912 345 678');
    await page.getByRole('definition').filter({ hasText: 'Bãi Sau' }).waitFor();
    await page.getByLabel('Ghi chú mới').fill(NOTE);
    await page.getByRole('button', { name: 'Thêm ghi chú' }).click();
    await page.getByRole('list', { name: 'Ghi chú nội bộ' }).getByText(NOTE).waitFor();

    // The unit reads it on the same page and takes the report on from there.
    const unit = await world.newPage();
    await world.signIn(unit.context, 'tnmt');
    await unit.page.goto('/phan-anh/xu-ly');
    await unit.page.getByRole('link', { name: receipt.code }).click();
    const notes = unit.page.getByRole('list', { name: 'Ghi chú nội bộ' });
    await notes.getByText(NOTE).waitFor();
    await notes.getByText(/Phòng Văn hóa/).waitFor();
    await unit.page.getByRole('button', { name: `Nhận xử lý ${receipt.code}` }).click();
    await unit.page.getByRole('dialog', { name: 'Nhận xử lý' }).getByRole('button', { name: 'Nhận xử lý' }).click();
    await unit.page.getByText(`${receipt.code}: đã thực hiện “Nhận xử lý”.`).waitFor();
    await unit.page.getByText('Đang xử lý').first().waitFor();
    if (shots) await unit.page.screenshot({ path: `${shots}/report-page.png`, fullPage: true });

    // The public tracking page shows the unit and the status, never the note or the caller.
    await citizen.page.goto(`/phan-anh/tra-cuu/${receipt.code}`);
    await citizen.page.getByText('Đang xử lý').first().waitFor();
    await citizen.page.getByText('Phòng Tài nguyên và Môi trường').first().waitFor();
    const html = await citizen.page.content();
    expect(html).not.toContain('đội vệ sinh');
    expect(html).not.toContain('0912 345 678');

    // Sent back to the coordinator from its page, the report and its notes leave the unit's screen.
    await unit.page.getByRole('button', { name: `Chuyển trả ${receipt.code}` }).click();
    const sendBack = unit.page.getByRole('dialog', { name: 'Chuyển trả' });
    await sendBack.getByLabel('Lý do').fill('Bãi biển do Ban quản lý bãi tắm phụ trách');
    await sendBack.getByRole('button', { name: 'Chuyển trả' }).click();
    await unit.page.getByText(`${receipt.code}: đã thực hiện “Chuyển trả”.`).waitFor();
    await notes.waitFor({ state: 'detached' });

    await citizen.context.close();
    await unit.context.close();
    await coordinator.context.close();
  });

  it('leads the holiday calendar\'s first address to its page, and lets the administrator issue an Open311 key shown once, in either language', async () => {
    const { context, page } = await world.newPage();
    await world.signIn(context, 'admin');
    // The calendar's first address leads to its own page (e2e/holidays.test.ts covers it).
    await page.goto('/phan-anh/quan-tri/ngay-nghi');
    await page.waitForURL('**/lich-nghi');
    await page.getByLabel('Năm', { exact: true }).selectOption('2024');
    await page.getByRole('region', { name: 'Ngày nghỉ và ngày làm bù năm 2024' }).getByRole('row').filter({ hasText: '08/02/2024' }).getByText(/Tết Nguyên đán/).waitFor();
    await page.goto('/phan-anh/quan-tri/phuong-xa');
    await page.getByRole('row').filter({ hasText: 'Phường Thắng Tam' }).getByText('Gần đúng', { exact: true }).waitFor();

    await page.getByRole('navigation', { name: 'Thiết lập phản ánh hiện trường' }).getByRole('link', { name: 'Khóa Open311' }).click();
    await page.getByLabel('Tên ứng dụng').fill('Ứng dụng Vũng Tàu Smart');
    await page.getByRole('button', { name: 'Cấp khóa' }).click();
    const key = (await page.getByTestId('issued-key').textContent()) ?? '';
    expect(key).toMatch(/^hd311_/);
    const row = page.getByRole('row').filter({ hasText: 'Ứng dụng Vũng Tàu Smart' });
    await row.getByText('Đang dùng').waitFor();
    // Once the notice is closed the key is nowhere on the page: only its first characters stay.
    await page.getByRole('button', { name: 'Đã sao chép' }).click();
    expect(await page.content()).not.toContain(key);
    await row.getByText(key.slice(0, 10)).waitFor();
    await row.getByRole('button', { name: 'Thu hồi khóa Ứng dụng Vũng Tàu Smart' }).click();
    await page.getByRole('dialog', { name: 'Thu hồi' }).getByRole('button', { name: 'Thu hồi' }).click();
    await row.getByText(/Đã thu hồi \d{2}\/\d{2}\/\d{4}/).waitFor();

    if (shots) await page.screenshot({ path: `${shots}/setup-keys.png`, fullPage: true });
    await page.getByRole('button', { name: 'EN' }).click();
    await page.getByRole('heading', { name: 'Open311 API keys' }).waitFor();
    await row.getByText(/Revoked/).waitFor();
    await context.close();
  });
});
