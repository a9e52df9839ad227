// Filling a draft from an Excel template (good, and bad in every way the issue names) and from the
// issued document's text, through the same plan check as every other path.
import { readFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PlanContent, PlanDetail, PlanProposalView } from '../../../common/plan.js';
import { fixedClock } from '../../lib/clock.js';
import { type Session, type TestApp, createTestApp, multipartBody, signIn, testDialects } from '../../test/harness.js';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const planText = readFileSync(new URL('../../../../docs/sources/ke-hoach-cds-2024-vung-tau.txt', import.meta.url), 'utf8');

describe.each(testDialects)('plan import on %s', (dialect) => {
  let t: TestApp;
  let vhtt: Session;
  let draft: PlanDetail;

  const download = async (url: string) => {
    const reply = await vhtt.get(url);
    expect(reply.headers['content-type']).toBe(XLSX);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(reply.rawPayload as unknown as ArrayBuffer);
    return workbook;
  };
  const upload = async (workbook: ExcelJS.Workbook | Buffer, session = vhtt) => {
    const data = Buffer.isBuffer(workbook) ? workbook : Buffer.from(await workbook.xlsx.writeBuffer());
    return session.request({ method: 'POST', url: `/api/plans/${draft.id}/import`, ...multipartBody({}, [{ name: 'ke-hoach.xlsx', data, type: XLSX, field: 'file' }]) });
  };
  const target = async () => (await vhtt.get(`/api/plans/${draft.id}`)).json<PlanDetail>().areas[0]?.indicators[7]?.target.text;

  beforeAll(async () => {
    t = await createTestApp(dialect, { clock: fixedClock('2025-01-05T09:00:00+07:00') });
    vhtt = await signIn(t.app, 'vhtt');
    draft = (await vhtt.post('/api/plans', { year: 2025, from: 'copy' })).json<PlanDetail>();
  });
  afterAll(() => t.close());

  it('offers a blank template with the city’s office codes and drop-down lists', async () => {
    const workbook = await download('/api/plans/template.xlsx?year=2026');
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(['Kế hoạch', 'Chỉ tiêu', 'Mục tiêu', 'Giải pháp', 'Đơn vị', 'Hướng dẫn']);
    const indicators = workbook.getWorksheet('Chỉ tiêu');
    expect(indicators?.getRow(1).getCell(3).value).toBe('Mã chỉ tiêu');
    expect(indicators?.getCell('E2').dataValidation).toMatchObject({ type: 'list', formulae: ['"Tỷ lệ,Số đơn vị đạt,Giá trị,Mốc"'] });
    const codes: unknown[] = [];
    workbook.getWorksheet('Đơn vị')?.eachRow((row) => codes.push(row.getCell(1).value));
    expect(codes).toEqual(expect.arrayContaining(['VT-VHTT', 'VT-VP', 'DTI-6']));
    expect(codes).not.toContain('VT-P01');
    expect((await (await signIn(t.app, 'canbo.thangtam')).get('/api/plans/template.xlsx?year=2026')).statusCode).toBe(403);
  });

  it('takes a filled-in template back: the plan downloaded, one target changed, uploaded', async () => {
    const workbook = await download(`/api/plans/${draft.id}/plan.xlsx`);
    const sheet = workbook.getWorksheet('Chỉ tiêu');
    if (!sheet) throw new Error('no sheet');
    expect(sheet.getCell('C9').value).toBe('CQS-08');
    sheet.getCell('G9').value = '60%';
    sheet.getCell('H9').value = 60;
    const response = await upload(workbook);
    expect(response.statusCode).toBe(200);
    const plan = response.json<PlanDetail>();
    expect(plan.areas.map((area) => area.indicators.length)).toEqual([12, 6, 15, 7, 2]);
    expect(plan.areas[0]?.indicators[7]).toMatchObject({ code: 'CQS-08', target: { text: '60%', value: 60 }, continues: { year: 2024, code: 'CQS-08' } });
    expect(plan.solutionGroups.map((group) => group.items.length)).toEqual(draft.solutionGroups.map((group) => group.items.length));
    expect(plan.objectives).toEqual(draft.objectives);
  });

  it('checks the whole file and names every problem by sheet, row and column; saves nothing', async () => {
    const workbook = await download(`/api/plans/${draft.id}/plan.xlsx`);
    const sheet = workbook.getWorksheet('Chỉ tiêu');
    if (!sheet) throw new Error('no sheet');
    sheet.getCell('H9').value = 'abc';
    sheet.getCell('O10').value = null;
    sheet.getCell('P10').value = null;
    sheet.getCell('E11').value = 'Phần trăm';
    sheet.getCell('G13').value = '15/17 phường, xã';
    const response = await upload(workbook);
    expect(response.statusCode).toBe(400);
    const { fields, message } = response.json().error as { fields: Record<string, string>; message: string };
    expect(message).toMatch(/^Tệp có 5 lỗi, chưa lưu gì\./);
    expect(Object.keys(fields).sort()).toEqual(['Chỉ tiêu!E11', 'Chỉ tiêu!H13', 'Chỉ tiêu!H9', 'Chỉ tiêu!O10', 'Chỉ tiêu!P10']);
    expect(fields['Chỉ tiêu!H9']).toBe('Trang "Chỉ tiêu", dòng 9, cột H: "abc" không phải là số (ví dụ 55 hoặc 98,27).');
    expect(fields['Chỉ tiêu!E11']).toContain('"Phần trăm" không có trong danh sách');
    // The plan check's problems come back in their cells, with the unreadable ones.
    expect(fields['Chỉ tiêu!O10']).toBe('Trang "Chỉ tiêu", dòng 10, cột O: Chỉ tiêu tỷ lệ cần tên của tử số (đơn vị nhập số gì).');
    expect(fields['Chỉ tiêu!H13']).toBe('Trang "Chỉ tiêu", dòng 13, cột H: "15/17" là 88,24%, không phải 100%.');
    expect(await target()).toBe('60%');
  });

  it('refuses a wrong header, a file that is not Excel, a 50 MB file, and a ward officer', async () => {
    const workbook = await download(`/api/plans/${draft.id}/plan.xlsx`);
    const sheet = workbook.getWorksheet('Chỉ tiêu');
    if (sheet) sheet.getCell('C1').value = 'Mã';
    const header = await upload(workbook);
    expect(header.json().error.fields['Chỉ tiêu!C1']).toBe('Trang "Chỉ tiêu", dòng 1, cột C: Tiêu đề cột phải là "Mã chỉ tiêu", không phải "Mã".');
    const text = await upload(Buffer.from('Mã,Tên\nCQS,Chính quyền số\n'));
    expect(text.statusCode).toBe(400);
    expect(text.json().error.fields.file).toContain('Không đọc được tệp');
    const huge = await upload(Buffer.alloc(50 * 1024 * 1024, 1));
    expect(huge.statusCode).toBe(413);
    expect(huge.json().error.message).toBe('Tệp quá lớn: tối đa 10 MB.');
    expect((await upload(workbook, await signIn(t.app, 'canbo.thangtam'))).statusCode).toBe(403);
    expect(await target()).toBe('60%');
  });

  it('proposes the draft from the issued document’s text, which the officer corrects and saves through the same check', async () => {
    const response = await vhtt.request({ method: 'POST', url: `/api/plans/${draft.id}/text-proposal`, ...multipartBody({ text: planText }, []) });
    expect(response.statusCode).toBe(200);
    const { proposal, content } = response.json<{ proposal: PlanProposalView; content: PlanContent }>();
    expect(proposal.areas.map((area) => area.indicators.length)).toEqual([12, 6, 15, 7, 2]);
    expect(proposal.warnings).toContain('Văn bản là kế hoạch năm 2024, dự thảo là năm 2025.');
    expect(content.areas.map((area) => area.code)).toEqual(['CQS', 'KTS', 'XHS', 'ATANM', 'DTTMV']);
    const cqs08 = content.areas[0]?.indicators[7];
    expect(cqs08).toMatchObject({ code: 'CQS-08', kind: 'ratio', target: { value: 55 }, measureType: 'flow', numeratorLabel: 'Số hồ sơ thủ tục hành chính được người dân, doanh nghiệp thực hiện trực tuyến từ xa', denominatorLabel: 'Tổng số hồ sơ thủ tục hành chính' });
    // Nothing is saved by the proposal.
    expect(await target()).toBe('60%');
    // The 2024 text's milestones are due in 2024: the check says so until the officer moves them.
    const put = (body: PlanContent) => vhtt.request({ method: 'PUT', url: `/api/plans/${draft.id}`, payload: { content: body } });
    const first = await put(content);
    expect(first.statusCode).toBe(400);
    expect(Object.values(first.json().error.fields as Record<string, string>)).toContain('Hạn hoàn thành phải trong năm 2025 của kế hoạch.');
    const corrected = {
      ...content,
      areas: content.areas.map((area) => ({ ...area, indicators: area.indicators.map((indicator) => (indicator.target.dueDate ? { ...indicator, target: { ...indicator.target, dueDate: `2025${indicator.target.dueDate.slice(4)}` } } : indicator)) })),
    };
    const saved = await put(corrected);
    expect(saved.statusCode, saved.body).toBe(200);
    expect(saved.json<PlanDetail>().areas.flatMap((area) => area.indicators)).toHaveLength(42);
  });
});
