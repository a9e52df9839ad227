// Ward geometry in the browser: the coordinator imports ward boundaries (a broken file is refused
// with its problems listed, the synthetic squares are taken), sees them on the ECharts ward map and
// its table, the citizen map draws the outlines over the city's map tiles and takes the ward from a
// tap inside one, and the coordinator goes back to points.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { syntheticWards, syntheticWardsText } from '../src/server/modules/gis/testing.js';
import { type TestWorld, startWorld } from './support.js';

let world: TestWorld;
// The city's tile server; a 1×1 transparent PNG stands for every tile.
const TILE_URL = 'http://tiles.test/{z}/{x}/{y}.png';
const TILE = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=', 'base64');

beforeAll(async () => {
  world = await startWorld({ env: { MAP_TILE_URL: TILE_URL } });
});

afterAll(async () => {
  await world?.close();
});

const shots = process.env.E2E_SCREENSHOTS;

describe('ward boundaries', () => {
  it('imports, draws and reverts the ward boundaries', async () => {
    const { context, page } = await world.newPage();
    await world.signIn(context, 'vhtt');
    page.on('dialog', (dialog) => void dialog.accept());
    await page.goto('/ke-hoach');
    await page.getByRole('link', { name: 'Ranh giới phường, xã' }).click();
    await page.getByRole('heading', { name: 'Ranh giới phường, xã', level: 1 }).waitFor();
    await page.getByText('Chưa nhập ranh giới: các phường, xã hiện là điểm tại tâm gần đúng.').waitFor();
    await page.getByText('Mỗi phường, xã là một điểm đặt tại tâm gần đúng (chưa nhập ranh giới).').waitFor();
    const table = page.getByRole('table', { name: 'Có ranh giới theo phường, xã' });
    expect(await table.getByRole('cell', { name: 'Chưa', exact: true }).count()).toBe(17);
    await page.getByTestId('ward-map-chart').locator('canvas').waitFor();
    if (shots) await page.screenshot({ path: `${shots}/gis-points.png`, fullPage: true });

    // A file with one ward missing and one open ring: both problems at once, nothing stored.
    const broken = syntheticWards();
    broken.features.pop();
    const first = broken.features[0];
    if (!first) throw new Error('fixture');
    first.geometry.coordinates = [[[107.0708, 10.3448], [107.0748, 10.3448], [107.0748, 10.3488], [107.0708, 10.3488]]];
    const file = page.getByLabel('Tệp GeoJSON (tối đa 5 MB)');
    await file.setInputFiles({ name: 'thieu.geojson', mimeType: 'application/geo+json', buffer: Buffer.from(JSON.stringify(broken)) });
    await page.getByRole('button', { name: 'Nhập ranh giới' }).click();
    const problems = page.getByTestId('boundary-problems');
    await problems.getByText('Đặc trưng thứ 1 (Phường 1): Có vòng ranh giới chưa khép kín (điểm cuối phải trùng điểm đầu).').waitFor();
    await problems.getByText('Thiếu ranh giới của: Xã Long Sơn.').waitFor();
    await page.getByText('Chưa nhập ranh giới: các phường, xã hiện là điểm tại tâm gần đúng.').waitFor();

    await file.setInputFiles({ name: 'wards-synthetic.geojson', mimeType: 'application/geo+json', buffer: Buffer.from(syntheticWardsText) });
    await page.getByRole('button', { name: 'Nhập ranh giới' }).click();
    await page.getByText('Đã nhập ranh giới của 17 phường, xã từ tệp wards-synthetic.geojson.').waitFor();
    await page.getByText(/^Đang dùng ranh giới từ tệp wards-synthetic\.geojson, nhập ngày \d\d\/\d\d\/\d{4} \(17 phường, xã\)\.$/).waitFor();
    expect(await page.getByRole('table', { name: 'Các vùng đã khớp' }).getByRole('row').count()).toBe(18);
    await page.getByText('Ranh giới phường, xã theo tệp đã nhập.').waitFor();
    expect(await table.getByRole('cell', { name: 'Có', exact: true }).count()).toBe(17);
    if (shots) await page.screenshot({ path: `${shots}/gis-outlines.png`, fullPage: true });

    // The citizen's map, with the city's tile server configured: tiles under the outlines.
    const citizen = await world.newPage();
    const tiles: string[] = [];
    await citizen.page.route('http://tiles.test/**', (route) => {
      tiles.push(route.request().url());
      return route.fulfill({ contentType: 'image/png', body: TILE });
    });
    await citizen.page.goto('/phan-anh/gui');
    const map = citizen.page.getByTestId('ward-map');
    await map.locator('path.fb-map-outline').first().waitFor();
    expect(await map.locator('path.fb-map-outline').count()).toBe(17);
    expect(await map.getByTestId('map-tiles').locator('image').count()).toBeGreaterThan(0);
    await citizen.page.getByText('Nền bản đồ: tiles.test.').waitFor();
    await map.locator('path[data-ward="VT-P09"]').click();
    if (shots) await map.screenshot({ path: `${shots}/gis-citizen-map.png` });
    expect(await citizen.page.getByLabel('Phường, xã', { exact: true }).locator('option:checked').textContent()).toBe('Phường 9');
    // The page's security policy lets the tiles through, at a city-level zoom.
    await expect.poll(() => new Set(tiles).size).toBe(await map.getByTestId('map-tiles').locator('image').count());
    expect(tiles.every((url) => /^http:\/\/tiles\.test\/1[3-6]\/\d+\/\d+\.png$/.test(url))).toBe(true);
    await citizen.context.close();

    await page.getByRole('button', { name: 'Bỏ ranh giới, trở lại dạng điểm' }).click();
    await page.getByText('Đã bỏ ranh giới; các phường, xã trở lại dạng điểm.').waitFor();
    await page.getByText('Chưa nhập ranh giới: các phường, xã hiện là điểm tại tâm gần đúng.').waitFor();
    await context.close();
  });
});
