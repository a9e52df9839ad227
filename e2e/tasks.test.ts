// Tasks and directives in the browser: the coordinator assigns a directive to Phường Thắng Tam,
// the ward's officer is reminded, reports progress with evidence and completes it with a result,
// and the leader's board no longer counts it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { addDays, formatVietnameseDate, vietnamDate } from '../src/common/vietnam-time.js';
import { type TestWorld, startWorld } from './support.js';

let world: TestWorld;

beforeAll(async () => {
  world = await startWorld();
});

afterAll(async () => {
  await world?.close();
});

async function signedIn(username: string): Promise<{ context: BrowserContext; page: Page }> {
  const session = await world.newPage();
  await world.signIn(session.context, username);
  return session;
}

/** The number shown in a board tile, e.g. "2" in "2 việc đến hạn trong 7 ngày". */
const tileCount = async (page: Page, testId: string) => Number(await page.getByTestId(testId).locator('.board-stat-value').textContent());

describe('tasks and directives', () => {
  it('follows a directive from the coordinator to the ward and back to the leader’s board', async () => {
    const today = vietnamDate(new Date());
    const due = addDays(today, 3);
    const title = 'Niêm yết danh mục thủ tục hành chính trực tuyến tại bộ phận một cửa Phường Thắng Tam';

    // The leader's board before: what is due within 7 days.
    const leader = await signedIn('lanhdao');
    await leader.page.goto('/chi-dao/bang-dieu-hanh');
    await leader.page.getByTestId('board-due-soon').waitFor();
    const dueSoonBefore = await tileCount(leader.page, 'board-due-soon');

    // The coordinator records a meeting and assigns the directive from one of its conclusions.
    const coordinator = await signedIn('vhtt');
    const page = coordinator.page;
    await page.goto('/chi-dao');
    await page.getByRole('button', { name: 'Ghi cuộc họp' }).click();
    const meetingForm = page.getByRole('dialog', { name: 'Ghi cuộc họp' });
    await meetingForm.getByLabel('Tên cuộc họp').fill('Giao ban chuyển đổi số tháng 11');
    await meetingForm.getByRole('button', { name: 'Lưu' }).click();
    await page.waitForURL('**/chi-dao/cuoc-hop/*');

    await page.getByRole('button', { name: 'Thêm kết luận và giao chỉ đạo' }).click();
    const conclusionForm = page.getByRole('dialog', { name: 'Thêm kết luận và giao chỉ đạo' });
    await conclusionForm.getByLabel('Nội dung kết luận').fill('Các phường hoàn thành niêm yết thủ tục hành chính trực tuyến trong tuần.');
    await conclusionForm.getByLabel('Chỉ đạo', { exact: true }).fill(title);
    await conclusionForm.getByLabel('Đơn vị thực hiện', { exact: true }).selectOption({ label: '\u00a0\u00a0\u00a0Phường Thắng Tam' });
    await conclusionForm.getByLabel('Thời hạn').fill(due);
    await conclusionForm.getByRole('button', { name: 'Lưu kết luận và giao chỉ đạo' }).click();
    const link = page.getByRole('link', { name: title });
    await link.waitFor();
    const directiveId = Number((await link.getAttribute('href'))?.split('/').pop());
    expect(directiveId).toBeGreaterThan(0);
    const registerRow = page.getByTestId(`directive-${directiveId}`);
    expect(await registerRow.textContent()).toContain('Phường Thắng Tam');
    expect(await registerRow.textContent()).toContain(formatVietnameseDate(due));
    expect(await registerRow.textContent()).toContain('Còn 3 ngày');

    // The board now lists it under the ward, as due within 7 days.
    await leader.page.reload();
    await leader.page.getByTestId(`board-directive-${directiveId}`).waitFor();
    expect(await tileCount(leader.page, 'board-due-soon')).toBe(dueSoonBefore + 1);
    expect(await leader.page.getByTestId('board-unit-VT-TTAM').textContent()).toContain('Phường Thắng Tam');

    // The coordinator runs the reminders; the ward's officer finds the directive from the bell.
    const me = (await (await coordinator.context.request.get('/api/auth/me')).json()) as { csrfToken: string };
    const run = await coordinator.context.request.post('/api/reminders/run', { data: {}, headers: { 'X-CSRF-Token': me.csrfToken } });
    expect(run.ok()).toBe(true);

    const ward = await signedIn('canbo.thangtam');
    const officer = ward.page;
    await officer.goto('/nhiem-vu/cua-toi');
    await officer.getByTestId(`directive-${directiveId}`).waitFor();
    const bell = officer.getByRole('button', { name: /^Thông báo, \d+ chưa đọc$/ });
    await bell.click();
    const panel = officer.getByRole('region', { name: 'Thông báo' });
    await panel.getByRole('button', { name: new RegExp(`còn 3 ngày \\(\\d+ ngày làm việc\\) đến hạn: ${title}`) }).click();
    await officer.waitForURL(`**/chi-dao/${directiveId}`);
    await officer.getByRole('heading', { name: title }).waitFor();

    // A progress report with an evidence file.
    await officer.getByRole('button', { name: 'Báo cáo kết quả' }).click();
    const reportForm = officer.getByRole('dialog', { name: 'Báo cáo tiến độ' });
    await reportForm.getByLabel('Nội dung báo cáo').fill('Đã rà soát danh mục, đang in và niêm yết tại bộ phận một cửa.');
    await reportForm.getByLabel(/^Tệp minh chứng/).setInputFiles({
      name: 'danh-muc-tthc.pdf',
      mimeType: 'application/pdf',
      buffer: Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n'),
    });
    await reportForm.getByRole('button', { name: 'Gửi báo cáo' }).click();
    await officer.getByRole('status').filter({ hasText: 'Đã ghi báo cáo.' }).waitFor();
    await officer.getByRole('link', { name: 'danh-muc-tthc.pdf' }).waitFor();
    expect(await officer.locator('.work-badges').textContent()).toContain('Đang thực hiện');

    // Completing needs the date and the result.
    await officer.getByRole('button', { name: 'Báo hoàn thành' }).click();
    const completion = officer.getByRole('dialog', { name: 'Báo hoàn thành' });
    expect(await completion.getByLabel('Ngày hoàn thành').inputValue()).toBe(today);
    await completion.getByLabel('Kết quả').fill('100% thủ tục hành chính trực tuyến của phường đã được niêm yết.');
    await completion.getByLabel('Nội dung đã thực hiện').fill('Niêm yết xong tại bộ phận một cửa và trên trang thông tin của phường.');
    await completion.getByRole('button', { name: 'Xác nhận hoàn thành' }).click();
    await officer.getByRole('status').filter({ hasText: 'Đã ghi nhận hoàn thành chỉ đạo.' }).waitFor();
    // The page refetches after the notice appears: wait for the new state rather than read it at once.
    await officer.locator('.work-badges').filter({ hasText: 'Hoàn thành' }).waitFor();
    await officer.locator('.work-facts').filter({ hasText: '100% thủ tục hành chính trực tuyến của phường đã được niêm yết.' }).waitFor();
    // Done, it takes no more reports.
    expect(await officer.getByRole('button', { name: 'Báo cáo kết quả' }).count()).toBe(0);

    // The board no longer lists it, and counts one fewer.
    await leader.page.reload();
    await leader.page.getByTestId('board-due-soon').waitFor();
    expect(await leader.page.getByTestId(`board-directive-${directiveId}`).count()).toBe(0);
    expect(await tileCount(leader.page, 'board-due-soon')).toBe(dueSoonBefore);

    // The register shows it done, on time.
    await page.reload();
    await expect.poll(() => page.getByTestId(`directive-${directiveId}`).textContent()).toContain('Hoàn thành');
    expect(await page.getByTestId(`directive-${directiveId}`).textContent()).toContain('Đúng hạn');

    await Promise.all([leader.context.close(), coordinator.context.close(), ward.context.close()]);
  });

  it('shows the OC task late against its current and its original due date, on the list and on its page', async () => {
    const { context, page } = await signedIn('lanhdao');
    await page.goto('/nhiem-vu');
    await page.getByLabel('Tìm nhiệm vụ').fill('trung tam dieu hanh do thi');
    await expect.poll(() => page.locator('[data-testid^="task-"]').count()).toBeLessThan(5);
    const row = page.locator('[data-testid^="task-"]').filter({ hasText: 'OC Vũng Tàu' }).first();
    const text = await row.textContent();
    expect(text).toContain('30/06/2024');
    expect(text).toContain('Hạn ban đầu: 31/10/2023');
    expect(text).toMatch(/Trễ \d+ tháng/);
    expect(text).toMatch(/So với hạn ban đầu: trễ \d+ tháng/);

    const taskId = (await row.getAttribute('data-testid'))?.replace('task-', '');
    await row.getByRole('link').first().click();
    await page.getByRole('heading', { name: 'Các lần điều chỉnh hạn' }).waitFor();
    expect(await page.locator('.work-reschedules').textContent()).toContain('31/10/2023 → 30/06/2024');
    // The leader may reschedule and edit; reporting is the lead unit's.
    expect(await page.getByRole('button', { name: 'Điều chỉnh hạn' }).count()).toBe(1);
    expect(await page.getByRole('button', { name: 'Báo cáo tiến độ' }).count()).toBe(0);

    // The timeline draws it, overdue, with its original due date marked.
    await page.goto('/nhiem-vu/tien-do');
    const bar = page.getByTestId(`gantt-${taskId}`);
    await bar.waitFor();
    expect(await bar.locator('.gantt-late').count()).toBe(1);
    expect(await bar.locator('.gantt-baseline').count()).toBe(1);
    await context.close();
  });
});
