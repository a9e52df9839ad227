// One's own account: enrolling a second factor with the app, then signing in with the password and a
// code through the form; a user the administrator reset is sent to choose a password first.
import { generate } from 'otplib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seriousViolations } from './axe.js';
import { type TestWorld, startWorld } from './support.js';

let world: TestWorld;

beforeAll(async () => {
  world = await startWorld();
});

afterAll(async () => {
  await world?.close();
});

describe('my account', () => {
  it('enrols the authenticator app, shows the recovery codes once, then asks the form for a code', async () => {
    const { context, page } = await world.newPage();
    await world.signIn(context, 'lanhdao');
    await page.goto('/');
    // The name in the header opens one's account.
    await page.getByRole('link', { name: /^Lãnh đạo UBND thành phố/ }).click();
    await page.waitForURL('**/tai-khoan');
    await page.getByRole('heading', { name: 'Xác thực hai lớp' }).waitFor();
    await page.getByRole('button', { name: 'Bật xác thực hai lớp' }).click();
    await page.getByRole('img', { name: 'Mã QR để thêm Hải Đăng vào ứng dụng xác thực' }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);

    // The phone: the key the page shows, typed into an authenticator.
    const secret = ((await page.getByTestId('totp-secret').textContent()) ?? '').replace(/\s+/g, '');
    await page.getByLabel('Mã 6 số ứng dụng đang hiện').fill(await generate({ secret }));
    await page.getByRole('button', { name: 'Xác nhận và bật' }).click();
    const codes = page.getByTestId('recovery-codes').getByRole('listitem');
    await codes.first().waitFor();
    expect(await codes.count()).toBe(10);
    await page.getByRole('button', { name: 'Tôi đã cất các mã' }).click();
    await expect.poll(async () => page.getByText(/^Đang bật từ \d{2}\/\d{2}\/\d{4}\. Còn 10 mã khôi phục\./).count()).toBe(1);
    await page.getByRole('button', { name: 'Đăng xuất', exact: true }).click();
    await page.waitForURL('**/dang-nhap');

    await page.getByLabel('Tên đăng nhập').fill('lanhdao');
    await page.getByLabel('Mật khẩu').fill('HaiDang@2024');
    await page.getByRole('button', { name: 'Đăng nhập' }).click();
    await page.getByRole('heading', { name: 'Nhập mã xác thực' }).waitFor();
    await page.getByLabel('Mã xác thực hoặc mã khôi phục').fill('000000');
    await page.getByRole('button', { name: 'Xác nhận' }).click();
    await expect.poll(() => page.getByRole('alert').textContent()).toBe('Mã xác thực không đúng hoặc đã dùng.');
    // A code of the next time step: the one used to enrol is spent.
    await page.getByLabel('Mã xác thực hoặc mã khôi phục').fill(await generate({ secret, epoch: Math.floor(Date.now() / 1000) + 30 }));
    await page.getByRole('button', { name: 'Xác nhận' }).click();
    // Back to the page it was signed out from.
    await page.waitForURL('**/tai-khoan');
    await page.getByRole('link', { name: /^Lãnh đạo UBND thành phố/ }).waitFor();
    await context.close();
  });

  it('lists where the user is signed in and signs out every other device', async () => {
    const phone = await world.newPage();
    await world.signIn(phone.context, 'tckh');
    const { context, page } = await world.newPage();
    await world.signIn(context, 'tckh');
    await page.goto('/tai-khoan');
    const table = page.getByRole('table', { name: 'Các phiên đăng nhập' });
    await table.waitFor();
    await expect.poll(() => table.getByRole('row').count()).toBe(3);
    await page.getByRole('button', { name: 'Đăng xuất khỏi mọi thiết bị khác' }).click();
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'Đã đăng xuất 1 phiên khác.' }).count()).toBe(1);
    expect((await phone.context.request.get('/api/auth/me')).status()).toBe(401);
    await context.close();
    await phone.context.close();
  });
});
