// The audit log in the browser: someone guesses canbo.p7's password from an address behind the city's
// proxy; the administrator opens "Nhật ký" from the menu, filters by that user, sees the failed sign-in
// with its address and reason, downloads the CSV (Vietnamese, for Excel), and finds the download itself
// in the log. The page has no serious accessibility violation.
import fs from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seriousViolations } from './axe.js';
import { type TestWorld, startWorld } from './support.js';

let world: TestWorld;

beforeAll(async () => {
  // The browser test's own client stands in for the proxy in front of the server.
  world = await startWorld({ env: { TRUST_PROXY: '127.0.0.1' } });
});

afterAll(async () => {
  await world?.close();
});

const shots = process.env.E2E_SCREENSHOTS;

describe('the audit log', () => {
  it('shows the admin a failed sign-in by user, with its address, and downloads it as CSV', async () => {
    const { context: guesser } = await world.newPage();
    const refused = await guesser.request.post('/api/auth/login', {
      data: { username: 'canbo.p7', password: 'doan-thu-mat-khau' },
      headers: { 'x-forwarded-for': '203.0.113.7' },
    });
    expect(refused.status()).toBe(401);
    await guesser.close();

    const { context, page } = await world.newPage();
    await world.signIn(context, 'admin');
    await page.goto('/ke-hoach');
    await page.getByRole('navigation', { name: 'Điều hướng chính' }).getByRole('link', { name: 'Nhật ký' }).click();
    await page.waitForURL('**/quan-tri/nhat-ky');
    await page.getByRole('heading', { name: 'Nhật ký hoạt động', level: 1 }).waitFor();

    await page.getByLabel('Người dùng').fill('canbo.p7');
    await page.waitForURL(/user=canbo\.p7/);
    const table = page.getByRole('table', { name: 'Các mục nhật ký, mới nhất trước' });
    const failure = table.getByRole('row').filter({ hasText: 'Đăng nhập thất bại: sai mật khẩu (tên đăng nhập “canbo.p7”)' });
    await failure.waitFor();
    // Polled: the table may still be re-rendering for the filter just typed.
    await expect.poll(() => failure.getByRole('cell').allInnerTexts()).toEqual([
      expect.stringMatching(/^\d\d\/\d\d\/\d{4} \d\d:\d\d:\d\d$/),
      'Khách chưa đăng nhập',
      'Đăng nhập thất bại: sai mật khẩu (tên đăng nhập “canbo.p7”)',
      '',
      expect.stringMatching(/^203\.0\.113\.7\n/),
    ]);
    // Only what concerns canbo.p7: the admin's own sign-in is filtered out.
    expect(await table.getByRole('row').filter({ hasText: 'Quản trị hệ thống' }).count()).toBe(0);
    expect(await seriousViolations(page)).toEqual([]);
    if (shots) await page.screenshot({ path: `${shots}/audit-log.png`, fullPage: true });

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Tải CSV' }).click()]);
    expect(download.suggestedFilename()).toMatch(/^nhat-ky-hoat-dong-\d{4}-\d{2}-\d{2}\.csv$/);
    const csv = await fs.readFile(await download.path());
    expect(csv.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    const lines = csv.toString('utf8').slice(1).split('\r\n');
    expect(lines[0]).toMatch(/^Thời gian,Người thực hiện,Tên đăng nhập,/);
    expect(lines.filter((line) => line.includes('Đăng nhập thất bại: sai mật khẩu'))).toHaveLength(1);
    expect(lines.find((line) => line.includes('login_failed'))).toContain(',203.0.113.7,');

    // The download is in the log, with the filter it used.
    await page.getByLabel('Người dùng').fill('');
    await page.getByLabel('Đối tượng').selectOption({ label: 'Nhật ký hoạt động' });
    await table.getByRole('row').filter({ hasText: 'Tải nhật ký hoạt động ra tệp CSV (1 dòng)' }).getByText('Người dùng: — → canbo.p7').waitFor();
    await context.close();
  });
});
