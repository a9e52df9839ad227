import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ReportForm } from '../../../common/reporting.js';
import { manualClock } from '../../lib/clock.js';
import { type Session, type TestApp, createTestApp, signIn, testDialects } from '../../test/harness.js';
import { fullFigures, openForm, periodId } from '../reporting/testing.js';

describe.each(testDialects)('the monthly report on %s', (dialect) => {
  let t: TestApp;
  let coordinator: Session;
  // Units report May on 11/05 (due 12/05); the coordinator consolidates on 25/05.
  const clock = manualClock('2024-05-11T09:00:00+07:00');
  const unit = new Map<string, number>();

  async function report(username: string, unitCode: string, ratio: [number, number]): Promise<ReportForm> {
    const session = await signIn(t.app, username);
    let form = await openForm(session, await periodId(session, 2024, 5), unit.get(unitCode) ?? -1);
    const figures = fullFigures(form, ratio).map((figure) => ({ ...figure, comment: 'Số liệu kiểm thử' }));
    form = (await session.request({ method: 'PUT', url: `/api/reporting/submissions/${form.submission.id}/figures`, payload: { version: form.submission.version, figures } })).json<ReportForm>();
    return (await session.post(`/api/reporting/submissions/${form.submission.id}/submit`, { version: form.submission.version })).json<ReportForm>();
  }

  beforeAll(async () => {
    t = await createTestApp(dialect, { clock });
    for (const row of await t.database.db.selectFrom('units').select(['id', 'code']).execute()) unit.set(row.code, row.id);
    const approved = await report('canbo.thangtam', 'VT-TTAM', [9, 10]);
    await (await signIn(t.app, 'vhtt')).post(`/api/reporting/submissions/${approved.submission.id}/approve`, { version: approved.submission.version });
    await report('canbo.p7', 'VT-P07', [1, 10]);
    clock.set('2024-05-25T15:00:00+07:00');
    coordinator = await signIn(t.app, 'vhtt');
  });
  afterAll(() => t.close());

  const download = (session: Session, format: string, month = 5) => session.get(`/api/reports/monthly?year=2024&month=${month}&format=${format}`);

  it('writes a Word document laid out as an administrative report, with the approved figure and the provisional one marked', async () => {
    const reply = await download(coordinator, 'docx');
    expect(reply.statusCode).toBe(200);
    expect(reply.headers['content-type']).toContain('wordprocessingml');
    expect(reply.headers['content-disposition']).toContain(`filename*=UTF-8''${encodeURIComponent('Báo cáo chuyển đổi số thành phố Vũng Tàu tháng 05-2024.docx')}`);
    expect(reply.headers['content-disposition']).toContain('filename="bao-cao-chuyen-doi-so-thanh-pho-vung-tau-thang-05-2024.docx"');
    const xml = await (await JSZip.loadAsync(reply.rawPayload)).file('word/document.xml')?.async('string');
    const text = (xml ?? '').replace(/<[^>]+>/g, '');
    for (const phrase of [
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Độc lập - Tự do - Hạnh phúc',
      'UBND THÀNH PHỐ VŨNG TÀU',
      'PHÒNG VĂN HÓA VÀ THÔNG TIN',
      'Số: …/BC-VHTT',
      'Vũng Tàu, ngày … tháng … năm …',
      'Tình hình thực hiện Kế hoạch chuyển đổi số năm 2024 trên địa bàn thành phố Vũng Tàu tháng 5/2024',
      'I. KẾT QUẢ THỰC HIỆN',
      'II. TÌNH HÌNH BÁO CÁO CỦA CÁC ĐƠN VỊ',
      'III. NHIỆM VỤ, CHỈ ĐẠO CHẬM TIẾN ĐỘ',
      'IV. PHẢN ÁNH HIỆN TRƯỜNG',
      'V. ĐỀ XUẤT, KIẾN NGHỊ',
      'Nơi nhận:',
      // CQS-08 (ratio): Thắng Tam's approved 9/10; Phường 7's 1/10 is only submitted.
      '90% (9/10)',
      'Tạm tính: 50% (10/20)',
      'Phường Thắng Tam',
    ]) {
      expect(text).toContain(phrase);
    }
  });

  it('writes a workbook with a sheet per section and the figures as numbers', async () => {
    const reply = await download(coordinator, 'xlsx');
    expect(reply.statusCode).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(reply.rawPayload as unknown as ArrayBuffer);
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual([
      'Thông tin',
      'I. Kết quả thực hiện',
      'II. Báo cáo của đơn vị',
      'III. Chậm tiến độ',
      'IV. Phản ánh hiện trường',
      'V. Đề xuất, kiến nghị',
    ]);
    const results = workbook.getWorksheet('I. Kết quả thực hiện');
    const rows = (results?.getSheetValues() ?? []).filter(Array.isArray);
    const cqs08 = rows.find((row) => row[2] === 'CQS-08');
    expect(cqs08?.[5]).toBe(0.9);
    expect(results?.getColumn(5).numFmt).toBe('0.00%');
    const units = (workbook.getWorksheet('II. Báo cáo của đơn vị')?.getSheetValues() ?? []).filter(Array.isArray);
    expect(units.find((row) => row[1] === 'Phường Thắng Tam')?.slice(2, 5)).toEqual(['Đúng hạn', 0, 'Đã duyệt']);
    expect(units.find((row) => row[1] === 'Phường 7')?.[4]).toBe('Chưa duyệt');
    expect(units.find((row) => row[1] === 'Phường 1')?.slice(2, 4)).toEqual(['Chưa gửi', 13]);
  });

  it('writes a PDF with Be Vietnam Pro embedded', async () => {
    const reply = await download(coordinator, 'pdf');
    expect(reply.statusCode).toBe(200);
    expect(reply.headers['content-type']).toBe('application/pdf');
    const pdf = reply.rawPayload.toString('latin1');
    expect(pdf.startsWith('%PDF-')).toBe(true);
    expect(pdf.match(/\/Type \/Page\b/g)?.length ?? 0).toBeGreaterThanOrEqual(2);
    expect(pdf).toMatch(/\/BaseFont \/[A-Z]{6}\+BeVietnamPro-Regular/);
    expect(pdf).toMatch(/\/FontFile2/);
  });

  it('lets the city leaders, the province leader and viewers download; officers get 403', async () => {
    for (const username of ['lanhdao', 'tinh', 'xem']) expect((await download(await signIn(t.app, username), 'pdf')).statusCode).toBe(200);
    expect((await download(await signIn(t.app, 'canbo.p1'), 'docx')).statusCode).toBe(403);
    expect((await download(await signIn(t.app, 'tckh'), 'xlsx')).statusCode).toBe(403);
    expect((await t.app.inject({ method: 'GET', url: '/api/reports/monthly?year=2024&month=5&format=pdf' })).statusCode).toBe(401);
  });

  it('refuses a period that does not exist or has not started with 400', async () => {
    for (const reply of [await download(coordinator, 'docx', 13), await download(coordinator, 'odt'), await download(coordinator, 'pdf', 7)]) {
      expect(reply.statusCode).toBe(400);
    }
    expect((await download(coordinator, 'pdf', 7)).json().error.message).toBe('Kỳ báo cáo tháng 7/2024 chưa bắt đầu.');
  });
});
