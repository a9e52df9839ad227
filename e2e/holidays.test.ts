// The working calendar in the browser: the administrator, told by the banner that next year waits,
// opens it, finds the computed holidays by name, is refused a working day that is not a weekend
// day, adds a working Saturday and confirms the year; the banner then drops it. A coordinator reads
// the same page without its buttons.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { vietnamDate } from '../src/common/vietnam-time.js';
import { seriousViolations } from './axe.js';
import { type TestWorld, startWorld } from './support.js';

let world: TestWorld;

beforeAll(async () => {
  world = await startWorld();
});

afterAll(async () => {
  await world?.close();
});

const shots = process.env.E2E_SCREENSHOTS;
// A fresh installation has this year and the next as proposed, whatever the date.
const next = Number(vietnamDate(new Date()).slice(0, 4)) + 1;

describe('the working calendar', () => {
  it('lets the administrator adjust and confirm next year, from the banner', async () => {
    const { context, page } = await world.newPage();
    await world.signIn(context, 'admin');
    await page.goto('/ke-hoach');
    const banner = page.getByRole('note', { name: 'Nhắc xác nhận lịch nghỉ' });
    await banner.getByText(`Lịch nghỉ năm ${next} chưa được xác nhận`).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await banner.getByRole('link', { name: `Xem lịch nghỉ năm ${next}` }).click();

    await page.getByRole('heading', { name: 'Lịch nghỉ lễ, Tết' }).waitFor();
    await page.getByRole('heading', { name: new RegExp(`^${next} Dự kiến`) }).waitFor();
    const proposal = page.getByRole('region', { name: `Lịch tự tính năm ${next}` });
    for (const name of ['Tết Dương lịch', 'Giỗ Tổ Hùng Vương (10/3 âm lịch)', 'Ngày Chiến thắng 30/4', 'Quốc tế Lao động 1/5', 'Quốc khánh 2/9']) {
      await proposal.getByRole('cell', { name, exact: true }).first().waitFor();
    }
    expect(await proposal.getByRole('cell', { name: /^Tết Nguyên đán / }).count()).toBe(5);

    // A working day must be a Saturday or a Sunday: the server's message stays in the dialog.
    await page.getByRole('button', { name: 'Thêm ngày làm bù' }).click();
    const dialog = page.getByRole('dialog', { name: 'Thêm ngày làm bù' });
    const monday = `${next}-03-01`;
    await dialog.getByLabel('Ngày', { exact: true }).fill(monday);
    await dialog.getByLabel('Tên').fill('Làm bù thử');
    await dialog.getByRole('button', { name: 'Lưu' }).click();
    await dialog.getByText(/^Ngày làm bù phải là thứ Bảy hoặc Chủ nhật/).waitFor();
    // The first Saturday of March.
    const saturday = [1, 2, 3, 4, 5, 6, 7].map((day) => `${next}-03-0${day}`).find((date) => new Date(`${date}T00:00:00Z`).getUTCDay() === 6) ?? '';
    await dialog.getByLabel('Ngày', { exact: true }).fill(saturday);
    await dialog.getByRole('button', { name: 'Lưu' }).click();
    await page.getByText('Đã lưu điều chỉnh.').waitFor();
    const [yyyy, mm, dd] = saturday.split('-');
    await page.getByRole('region', { name: `Điều chỉnh lịch năm ${next}` }).getByRole('row').filter({ hasText: `${dd}/${mm}/${yyyy}` }).getByText('Làm bù thử').waitFor();
    await page.getByRole('region', { name: `Ngày nghỉ và ngày làm bù năm ${next}` }).getByRole('row').filter({ hasText: `Thứ Bảy ${dd}/${mm}/${yyyy}` }).getByText('Ngày làm bù').waitFor();

    await page.getByRole('button', { name: `Xác nhận lịch năm ${next}` }).click();
    const confirm = page.getByRole('dialog', { name: `Xác nhận lịch năm ${next}` });
    await confirm.getByLabel('Căn cứ (số thông báo, công văn)').fill('Thông báo thử nghiệm');
    await confirm.getByRole('button', { name: `Xác nhận lịch năm ${next}` }).click();
    await page.getByText(`Đã xác nhận lịch nghỉ năm ${next}.`).waitFor();
    await page.getByRole('heading', { name: new RegExp(`^${next} Đã xác nhận`) }).waitFor();
    await page.getByText(/theo Thông báo thử nghiệm/).waitFor();
    if (shots) await page.screenshot({ path: `${shots}/holidays.png`, fullPage: true });
    expect(await seriousViolations(page)).toEqual([]);

    await page.getByRole('button', { name: 'EN' }).click();
    await page.getByRole('heading', { name: 'Public holidays and Tết' }).waitFor();
    await page.getByRole('heading', { name: new RegExp(`^${next} Confirmed`) }).waitFor();

    // Back on another page, the banner no longer names the confirmed year.
    await page.getByRole('button', { name: 'VI' }).click();
    await page.goto('/ke-hoach');
    await page.getByRole('heading', { level: 1 }).first().waitFor();
    await page.getByRole('note', { name: 'Nhắc xác nhận lịch nghỉ' }).getByText(`Lịch nghỉ năm ${next - 1} chưa được xác nhận`).waitFor();
    expect(await page.getByText(`Lịch nghỉ năm ${next} chưa được xác nhận`).count()).toBe(0);
    await context.close();
  });

  it('shows a coordinator the calendar without the administrator\'s buttons', async () => {
    const { context, page } = await world.newPage();
    await world.signIn(context, 'vhtt');
    await page.goto(`/lich-nghi?nam=${next}`);
    await page.getByText('Quản trị viên điều chỉnh và xác nhận lịch này.').waitFor();
    expect(await page.getByRole('button', { name: /Xác nhận lịch năm/ }).count()).toBe(0);
    await context.close();
  });
});
