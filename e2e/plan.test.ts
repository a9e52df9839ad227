import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Plan } from '../src/common/plan.js';
import { type TestWorld, startWorld } from './support.js';

let world: TestWorld;

beforeAll(async () => {
  world = await startWorld();
});

afterAll(async () => {
  await world?.close();
});

describe('web app', () => {
  it('signs in through the form and shows every area and indicator of the plan', async () => {
    const plan = (await (await fetch(`${world.baseUrl}/api/plan`)).json()) as Plan;
    const indicatorCount = plan.areas.reduce((count, area) => count + area.indicators.length, 0);
    expect(indicatorCount).toBe(42);

    const { context, page } = await world.newPage();
    // A private page first: the sign-in page sends the user back to it.
    await page.goto('/don-vi');
    await page.waitForURL('**/dang-nhap');
    await page.getByLabel('Tên đăng nhập').fill('vhtt');
    await page.getByLabel('Mật khẩu').fill('sai-mat-khau');
    await page.getByRole('button', { name: 'Đăng nhập' }).click();
    await expect.poll(() => page.getByRole('alert').textContent()).toBe('Tên đăng nhập hoặc mật khẩu không đúng.');

    await page.getByLabel('Mật khẩu').fill('HaiDang@2024');
    await page.getByRole('button', { name: 'Đăng nhập' }).click();
    await page.waitForURL('**/don-vi');
    await page.getByRole('link', { name: 'Kế hoạch' }).click();
    await page.waitForURL('**/ke-hoach');

    for (const code of ['CQS', 'KTS', 'XHS', 'ATTT', 'DTTM']) {
      await page.getByTestId(`area-${code}`).waitFor();
    }
    expect(await page.getByRole('heading', { name: '1. Phát triển chính quyền số' }).count()).toBe(1);
    expect(await page.locator('[data-testid^="indicator-"]').count()).toBe(indicatorCount);
    expect(await page.getByTestId('indicator-CQS-08').textContent()).toContain(
      '55% hồ sơ thủ tục hành chính được người dân, doanh nghiệp thực hiện trực tuyến từ xa.',
    );
    // Signed in, the "reported by" column names the department.
    await expect.poll(() => page.getByTestId('indicator-CQS-01').textContent()).toContain('Văn phòng HĐND và UBND thành phố');
    expect(await page.getByRole('banner').textContent()).toContain('Điều hành chuyển đổi số – TP. Vũng Tàu');
    await context.close();
  });

  it('lets an administrator list users and create one', async () => {
    const { context, page } = await world.newPage();
    await world.signIn(context, 'admin');
    await page.goto('/nguoi-dung');
    await page.getByTestId('user-canbo.thangtam').waitFor();
    expect(await page.getByTestId('user-canbo.thangtam').textContent()).toContain('Phường Thắng Tam');

    await page.getByLabel('Tìm người dùng').fill('thang tam');
    await expect.poll(() => page.locator('[data-testid^="user-"]').count()).toBe(1);
    await page.getByLabel('Tìm người dùng').fill('');

    await page.getByRole('button', { name: 'Thêm người dùng' }).click();
    const dialog = page.getByRole('dialog', { name: 'Thêm người dùng' });
    await dialog.getByLabel('Tên đăng nhập').fill('canbo.moi');
    await dialog.getByLabel('Họ và tên').fill('Nguyễn Văn Mới');
    await dialog.getByLabel('Đơn vị').selectOption({ label: '\u00a0\u00a0\u00a0Phường Thắng Tam' });
    await dialog.getByLabel('Vai trò').selectOption('officer');
    await dialog.getByLabel('Mật khẩu ban đầu').fill('ngan');
    await dialog.getByRole('button', { name: 'Lưu' }).click();
    // The server's field message appears next to the field.
    await expect.poll(() => dialog.locator('.field-error').textContent()).toContain('Mật khẩu phải có ít nhất 8 ký tự.');

    await dialog.getByLabel('Mật khẩu ban đầu').fill('Den-Bien-Xanh-2024');
    await dialog.getByRole('button', { name: 'Lưu' }).click();
    await page.getByTestId('user-canbo.moi').waitFor();
    const row = await page.getByTestId('user-canbo.moi').textContent();
    expect(row).toContain('Nguyễn Văn Mới');
    expect(row).toContain('Hoạt động');
    expect(await page.getByRole('status').filter({ hasText: 'Đã tạo người dùng canbo.moi.' }).count()).toBe(1);
    await context.close();
  });

  it('switches the interface to English', async () => {
    const { context, page } = await world.newPage();
    await world.signIn(context, 'lanhdao');
    await page.goto('/ke-hoach');
    const nav = page.getByRole('navigation', { name: 'Điều hướng chính' });
    await nav.getByRole('link', { name: 'Người dùng' }).waitFor();

    await page.getByRole('button', { name: 'EN' }).click();
    const englishNav = page.getByRole('navigation', { name: 'Main navigation' });
    // English is loaded on demand: wait for it before reading the menu.
    await englishNav.getByRole('link', { name: 'Users' }).waitFor();
    expect(await englishNav.getByRole('link').allTextContents()).toEqual(['Plan', 'Operations Center', 'Indicators', 'Ward ranking', 'Reports', 'Tasks', 'Directives', 'Field reports', 'Units', 'Users', 'Open data']);
    expect(await page.locator('html').getAttribute('lang')).toBe('en');

    // The choice is remembered.
    await page.reload();
    await englishNav.getByRole('link', { name: 'Units' }).waitFor();
    await context.close();

    // The server answers in English too.
    const visitor = await world.newPage({ language: 'en' });
    await visitor.page.goto('/dang-nhap');
    await visitor.page.getByLabel('Username').fill('vhtt');
    await visitor.page.getByLabel('Password').fill('wrong-password');
    await visitor.page.getByRole('button', { name: 'Sign in' }).click();
    await expect.poll(() => visitor.page.getByRole('alert').textContent()).toBe('Wrong username or password.');
    await visitor.context.close();
  });

  it('finds units without diacritics', async () => {
    const { context, page } = await world.newPage();
    await world.signIn(context, 'canbo.thangtam');
    await page.goto('/don-vi');
    await page.getByTestId('unit-VT-LSON').waitFor();
    // An officer does not get the users page.
    expect(await page.getByRole('link', { name: 'Người dùng' }).count()).toBe(0);

    await page.getByLabel('Tìm đơn vị').fill('thang tam');
    await expect.poll(() => page.getByTestId('unit-VT-LSON').count()).toBe(0);
    expect(await page.getByTestId('unit-VT-TTAM').textContent()).toContain('Phường Thắng Tam');
    await page.getByLabel('Tìm đơn vị').fill('long son');
    await page.getByTestId('unit-VT-LSON').waitFor();
    await context.close();
  });

  it('signs out to the sign-in page', async () => {
    const { context, page } = await world.newPage();
    await world.signIn(context, 'xem');
    await page.goto('/don-vi');
    await page.getByRole('button', { name: 'Đăng xuất' }).click();
    await page.waitForURL('**/dang-nhap');
    await page.getByRole('heading', { name: 'Đăng nhập' }).waitFor();

    // The session is over on the server too: private pages send the user back to sign in.
    await page.goto('/don-vi');
    await page.waitForURL('**/dang-nhap');
    await context.close();
  });
});
