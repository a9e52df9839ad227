// Reading one indicator sentence: the phrasings plans use for targets, counts and deadlines.
import { describe, expect, it } from 'vitest';
import { readIndicator, splitIndicators } from './target-reading.js';

describe('readIndicator', () => {
  it.each([
    ['Tỷ lệ hồ sơ trực tuyến ≥ 55%.', 'ratio', { text: '≥ 55%', value: 55, comparator: 'gte' }],
    ['> 90% hộ gia đình có Internet.', 'ratio', { text: '> 90%', value: 90, comparator: 'gt' }],
    ['Hơn 80% dân số có tài khoản thanh toán.', 'ratio', { text: 'Hơn 80%', value: 80, comparator: 'gt' }],
    ['Tỷ lệ hồ sơ đúng hạn đạt 98,5%.', 'ratio', { text: '98,5%', value: 98.5, comparator: 'gte' }],
    ['100% cán bộ, công chức cấp xã được tập huấn.', 'ratio', { text: '100%', value: 100, comparator: 'gte' }],
    ['80% người hưởng trợ cấp xã hội nhận qua tài khoản.', 'ratio', { text: '80%', value: 80, comparator: 'gte' }],
    ['100% trang thông tin điện tử của các xã được kiểm tra.', 'unit_count', { text: '100%', value: 100, comparator: 'gte' }],
    ['8/10 xã, thị trấn có điểm wifi công cộng.', 'unit_count', { text: '8/10 xã, thị trấn', value: 80, comparator: 'gte' }],
    ['Phát triển mới ít nhất 1.200 doanh nghiệp số.', 'value', { text: 'ít nhất 1.200 doanh nghiệp', value: 1200, comparator: 'gte' }],
    // Typed without diacritics.
    ['Duy tri tren 90% dan so co ho so suc khoe dien tu.', 'ratio', { text: 'Duy tri tren 90%', value: 90, comparator: 'gt' }],
    ['Toi thieu 70% doanh nghiep nho va vua dung nen tang so.', 'ratio', { text: 'Toi thieu 70%', value: 70, comparator: 'gte' }],
  ])('%s', (sentence, kind, target) => {
    const reading = readIndicator(sentence, 2025);
    expect(reading).toMatchObject({ kind, target: { ...target, dueDate: null }, confidence: 'high', notes: [] });
  });

  it('reads "Duy trì" as keeping a level, wherever it stands before the figure', () => {
    expect(readIndicator('Duy tri 100% dich vu cong duoc tich hop.', 2025).direction).toBe('maintain');
    expect(readIndicator('Tỷ lệ doanh nghiệp dùng hóa đơn điện tử: duy trì 100%.', 2025)).toMatchObject({
      direction: 'maintain',
      target: { text: 'duy trì 100%' },
    });
    expect(readIndicator('Tiếp tục duy trì 100% xã có đài truyền thanh.', 2025)).toMatchObject({
      direction: 'maintain',
      kind: 'unit_count',
      target: { text: 'duy trì 100%' },
    });
  });

  it.each([
    ['Đưa vào vận hành cổng dữ liệu mở trong quý IV/2025.', 'quý IV/2025', '2025-12-31'],
    ['Hoàn thành số hóa sổ hộ tịch trong quý 1/2025.', 'quý 1/2025', '2025-03-31'],
    ['Hoàn thành lắp camera trong 6 tháng đầu năm 2025.', '6 tháng đầu năm 2025', '2025-06-30'],
    ['Ban hành quy chế vận hành IOC trong tháng 9 năm 2025.', 'tháng 9 năm 2025', '2025-09-30'],
    ['Ban hành danh mục dữ liệu chậm nhất ngày 15 tháng 3 năm 2025.', 'chậm nhất ngày 15 tháng 3 năm 2025', '2025-03-15'],
    ['Vận hành hệ thống trước 29/2/2028.', 'trước 29/2/2028', '2028-02-29'],
    ['Hoàn thành kho dữ liệu dùng chung trước năm 2026.', 'trước năm 2026', '2025-12-31'],
    ['Hoàn thành kho dữ liệu dùng chung vào cuối năm.', 'cuối năm', '2025-12-31'],
  ])('dates the milestone "%s"', (sentence, text, dueDate) => {
    expect(readIndicator(sentence, 2025)).toMatchObject({ kind: 'milestone', target: { text, value: null, dueDate } });
  });

  it('keeps a deadline inside the year on a ratio, not the plan year repeated', () => {
    expect(readIndicator('100% hồ sơ được số hóa trước ngày 30/9/2025.', 2025).target.dueDate).toBe('2025-09-30');
    expect(readIndicator('100% hồ sơ được số hóa trong năm 2025.', 2025).target.dueDate).toBeNull();
  });

  it('says why when it guesses', () => {
    expect(readIndicator('Hoàn thành hệ thống trước ngày 31/6/2025.', 2025)).toMatchObject({
      kind: 'milestone',
      target: { dueDate: '2025-12-31' },
      confidence: 'low',
      notes: ['"trước ngày 31/6/2025" không phải một ngày có thật', 'không ghi thời hạn, đề xuất hạn 31/12/2025'],
    });
    expect(readIndicator('Tỷ lệ hồ sơ trễ hạn tối đa 2%.', 2025)).toMatchObject({
      confidence: 'low',
      notes: ['chỉ tiêu phải thấp hơn một mức, kế hoạch chưa có phép so sánh này'],
    });
    expect(readIndicator('Đưa IOC vào vận hành trước tháng 12/2025.', 2025)).toMatchObject({
      target: { dueDate: '2025-12-31' },
      confidence: 'low',
    });
    expect(readIndicator('18/17 phường có tuyến phố không tiền mặt.', 2025).notes).toEqual(['số đạt lớn hơn tổng số đơn vị']);
    expect(readIndicator('Nâng cao chất lượng phục vụ người dân.', null)).toMatchObject({
      kind: 'milestone',
      target: { text: 'Nâng cao chất lượng', dueDate: null },
      confidence: 'low',
    });
  });

  it('does not take an age, a level or a code for a target', () => {
    expect(readIndicator('Người từ 15 tuổi trở lên được hướng dẫn kỹ năng số.', 2025).kind).toBe('milestone');
    expect(readIndicator('Triển khai định danh điện tử mức độ 2 cho người dân.', 2025).kind).toBe('milestone');
    expect(readIndicator('Triển khai Quyết định 405/QĐ-BKHCN trên địa bàn.', 2025).kind).toBe('milestone');
  });
});

describe('splitIndicators', () => {
  it('splits clauses that each open on a target, and only those', () => {
    expect(splitIndicators('100% hồ sơ được số hóa; 100% cán bộ được tập huấn.')).toEqual(['100% hồ sơ được số hóa', '100% cán bộ được tập huấn.']);
    expect(splitIndicators('100% máy tính có phần mềm diệt virus; các thiết bị mạng được cập nhật.')).toHaveLength(1);
    expect(splitIndicators('Ban hành quy chế; 100% cơ quan áp dụng.')).toHaveLength(1);
  });
});
