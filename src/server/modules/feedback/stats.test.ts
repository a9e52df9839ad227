import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { IndicatorPage } from '../../../common/reporting.js';
import { manualClock } from '../../lib/clock.js';
import { openForm, periodId } from '../reporting/testing.js';
import { signIn, testDialects } from '../../test/harness.js';
import { fieldReportOnTimeRate } from './stats.js';
import { type FeedbackTestApp, createFeedbackApp, places } from './testing.js';

// 10:00 in Vietnam on the given day.
const at = (date: string) => `${date}T03:00:00Z`;

describe.each(testDialects)('on-time rate of field reports on %s', (dialect) => {
  const clock = manualClock(at('2024-09-02'));
  let t: FeedbackTestApp;
  let cityId: number;

  const file = async (date: string, category: string, description: string) => {
    clock.set(at(date));
    const response = await t.file({ categoryId: t.category(category), description, ...places.p7 });
    expect(response.statusCode).toBe(201);
    return (await t.database.db.selectFrom('field_reports').select(['id', 'due_date']).where('code', '=', response.json().code).executeTakeFirstOrThrow());
  };
  const act = async (date: string, username: string, url: string, body: object) => {
    clock.set(at(date));
    const response = await (await signIn(t.app, username)).post(url, body);
    expect(response.statusCode).toBe(200);
  };

  // The reporting period "tháng 10/2024" covers data from 11/09 to 10/10 (cut-off day 10).
  beforeAll(async () => {
    t = await createFeedbackApp(dialect, clock);
    cityId = t.unit('VT');
    // F: filed on Quốc khánh (02/09, and 03/09 is off too), due Friday 06/09 (the September
    // window), resolved late on 12/09 (in October's).
    const f = await file('2024-09-02', 'MT-RAC', 'Rác tràn ra đường ở chợ Xóm Lưới');
    expect(f.due_date).toBe('2024-09-06');
    await act('2024-09-12', 'canbo.p7', `/api/field-reports/${f.id}/resolve`, { answer: 'Đã thu gom, tăng chuyến xe rác.' });
    // A: resolved on time; B: resolved after its deadline (Thursday 19/09).
    const a = await file('2024-09-16', 'MT-RAC', 'Túi rác vứt bừa bãi trước cổng trường');
    const b = await file('2024-09-16', 'MT-RAC', 'Điểm tập kết rác bốc mùi cả tuần');
    expect(b.due_date).toBe('2024-09-19');
    await act('2024-09-18', 'canbo.p7', `/api/field-reports/${a.id}/resolve`, { answer: 'Đã dọn sạch, nhắc nhở hộ dân.' });
    await act('2024-09-23', 'canbo.p7', `/api/field-reports/${b.id}/resolve`, { answer: 'Đã di dời điểm tập kết rác.' });
    // E: spam, rejected: not counted.
    const e = await file('2024-09-20', 'KHAC', 'Nội dung quảng cáo không liên quan');
    await act('2024-09-20', 'vhtt', `/api/field-reports/${e.id}/reject`, { reason: 'Quảng cáo.' });
    // C: 5 working days from Tuesday 01/10 → Tuesday 08/10, still open: overdue.
    const c = await file('2024-10-01', 'MT-ONHIEM', 'Xưởng sửa xe xả dầu thải xuống cống');
    expect(c.due_date).toBe('2024-10-08');
    // D: filed 09/10, due Monday 14/10: open, not yet due at the end of the window.
    await file('2024-10-09', 'MT-RAC', 'Xà bần đổ trộm ở đầu hẻm 12');
    clock.set(at('2024-10-15'));
  });
  afterAll(() => t.close());

  it('gives the rate for a window: closed on time / closed, and open overdue, for the city, per unit and per category', async () => {
    const stats = await fieldReportOnTimeRate(t.database.db, cityId, { from: '2024-09-11', to: '2024-10-10' });
    expect(stats.city).toEqual({
      closed: 3,
      closedOnTime: 1,
      closedLate: 2,
      open: 2,
      openOverdue: 1,
      onTimeRate: 33.33,
      indicatorNumerator: 1,
      indicatorDenominator: 3,
      indicatorPercent: 33.33,
    });
    expect(stats.byUnit.map((row) => [row.unit?.code, row.closed, row.openOverdue, row.indicatorNumerator, row.indicatorDenominator])).toEqual([
      ['VT-TNMT', 0, 1, 0, 1],
      ['VT-P07', 3, 0, 1, 2],
    ]);
    expect(stats.byCategory.map((row) => [row.category.code, row.closed, row.open])).toEqual([
      ['MT-RAC', 3, 1],
      ['MT-ONHIEM', 0, 1],
    ]);
  });

  it('counts each report once in the indicator: in the window where it was resolved in time or its deadline ended', async () => {
    // F's deadline (06/09) ended in September's window; it counts there, late, even though resolved in October's.
    const september = await fieldReportOnTimeRate(t.database.db, cityId, { from: '2024-08-11', to: '2024-09-10' });
    expect(september.city).toMatchObject({ indicatorNumerator: 0, indicatorDenominator: 1, closed: 0, open: 1, openOverdue: 1 });
  });

  it('is what the reporting rollup shows for CQS-11: computed, not entered by any unit', async () => {
    clock.set(at('2024-10-15'));
    const coordinator = await signIn(t.app, 'vhtt');
    const page = (await coordinator.get('/api/reporting/indicators/CQS-11?year=2024&month=10')).json<IndicatorPage>();
    expect(page.rollup.approved).toMatchObject({ numerator: 1, denominator: 4, value: 25 });
    expect(page.rollup.approved.series.find((point) => point.month === 10)?.value).toBeCloseTo(33.33, 2);
    expect(page.breakdown).toEqual([]);
    const ward = await openForm(await signIn(t.app, 'canbo.p7'), await periodId(coordinator, 2024, 10), t.unit('VT-P07'));
    expect(ward.areas.flatMap((area) => area.indicators.map((indicator) => indicator.code))).not.toContain('CQS-11');
  });

  it('feeds CQS-11 for a reporting period, with the year to date, through the API', async () => {
    const lanhdao = await signIn(t.app, 'lanhdao');
    const response = await lanhdao.get('/api/field-reports/stats/on-time?year=2024&month=10');
    expect(response.statusCode).toBe(200);
    const body = response.json<{ months: { month: number; numerator: number; denominator: number }[] }>();
    expect(body).toMatchObject({
      indicatorCode: 'CQS-11',
      period: { year: 2024, month: 10, dataFrom: '2024-09-11', dataTo: '2024-10-10' },
      month: { city: { indicatorNumerator: 1, indicatorDenominator: 3 } },
      yearToDate: { numerator: 1, denominator: 4, percent: 25 },
    });
    expect(body.months.map((month) => [month.month, month.numerator, month.denominator])).toEqual([
      [1, 0, 0],
      [2, 0, 0],
      [3, 0, 0],
      [4, 0, 0],
      [5, 0, 0],
      [6, 0, 0],
      [7, 0, 0],
      [8, 0, 0],
      [9, 0, 1],
      [10, 1, 3],
    ]);
    // While a window is still running, a report is not counted late before its deadline has ended.
    clock.set(at('2024-10-07'));
    const running = (await (await signIn(t.app, 'lanhdao')).get('/api/field-reports/stats/on-time?year=2024&month=10')).json();
    expect(running.month.city).toMatchObject({ indicatorNumerator: 1, indicatorDenominator: 2, open: 1, openOverdue: 0 });
    expect((await t.app.inject({ method: 'GET', url: '/api/field-reports/stats/on-time?year=2024&month=10' })).statusCode).toBe(401);
    clock.set(at('2024-10-15'));
  });
});
