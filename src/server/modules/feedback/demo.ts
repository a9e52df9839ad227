// Demo field reports for 2024 (marked demo = 1), filed through the real rules (wards, routing,
// deadlines over the holidays): mostly resolved on time, some late, a few rejected, the last
// weeks still open. Deterministic, codes included (PA24-D00001…), so every machine shows the same city.
import { addDays, endOfVietnamDay, startOfVietnamDay } from '../../../common/vietnam-time.js';
import type { Db } from '../../db/index.js';
import { seededRandom } from '../../db/seed/reporting-demo.js';
import { addWorkingDays, loadWorkCalendar } from '../../lib/working-days.js';
import { listUnits } from '../units/service.js';
import { addEvent, fileReport } from './service.js';

interface DemoText {
  description: string;
  address: string;
  answer: string;
  attributes?: Record<string, string | string[]>;
}

const texts: Record<string, DemoText[]> = {
  'MT-RAC': [
    { description: 'Rác thải sinh hoạt tồn đọng nhiều ngày ở đầu hẻm, bốc mùi.', address: 'Đầu hẻm 45', answer: 'Đã phối hợp Công ty Môi trường thu gom, nhắc nhở hộ dân bỏ rác đúng giờ.' },
    { description: 'Xà bần đổ trộm ven đường, lấn ra lòng đường.', address: 'Đường ven biển', answer: 'Đã dọn xà bần, lắp biển cấm đổ rác và camera giám sát.' },
  ],
  'GT-OGA': [
    { description: 'Ổ gà lớn giữa làn xe máy, nguy hiểm vào ban đêm.', address: 'Trước số 120', answer: 'Đã vá ổ gà bằng bê tông nhựa nóng.', attributes: { hazard: 'high' } },
    { description: 'Nắp hố ga bị vỡ, lún sâu.', address: 'Gần ngã tư', answer: 'Đã thay nắp hố ga mới.', attributes: { hazard: 'medium' } },
  ],
  CHIEUSANG: [
    { description: 'Cả dãy đèn đường không sáng từ tối qua.', address: 'Đoạn giữa tuyến đường', answer: 'Đã thay bộ điều khiển tủ điện chiếu sáng, đèn hoạt động bình thường.', attributes: { lamp_state: 'off' } },
    { description: 'Đèn đường sáng cả ban ngày.', address: 'Trước trường tiểu học', answer: 'Đã chỉnh lại đồng hồ hẹn giờ tủ điện.', attributes: { lamp_state: 'day' } },
  ],
  NGAP: [{ description: 'Mưa lớn gây ngập sâu, xe máy chết máy hàng loạt.', address: 'Ngã tư trũng', answer: 'Đã nạo vét cống, khơi thông miệng thu nước.', attributes: { depth: '20to50' } }],
  TTDT: [{ description: 'Quán ăn lấn chiếm toàn bộ vỉa hè, người đi bộ phải xuống lòng đường.', address: 'Khu ẩm thực', answer: 'Đã lập biên bản, yêu cầu thu dọn; kiểm tra lại sau 3 ngày.', attributes: { kinds: ['vendor'] } }],
  CAYXANH: [{ description: 'Cây xanh nghiêng, có nguy cơ ngã đổ khi mưa bão.', address: 'Vỉa hè trước chợ', answer: 'Đã cắt tỉa tán, chằng chống cây.' }],
  KHAC: [{ description: 'Đề nghị bố trí thêm ghế đá ở công viên.', address: 'Công viên', answer: 'Đã ghi nhận, đưa vào kế hoạch chỉnh trang công viên năm sau.' }],
};
const categoryCodes = Object.keys(texts);
const DEMO_COUNT = 60;

export async function seedFieldReportDemo(db: Db): Promise<void> {
  const existing = await db.selectFrom('field_reports').select('id').where('demo', '=', 1).limit(1).execute();
  if (existing.length > 0) return;
  const categories = new Map((await db.selectFrom('field_report_categories').select(['id', 'code']).execute()).map((row) => [row.code, row.id]));
  const wards = await db.selectFrom('ward_locations').selectAll().orderBy('unit_id').execute();
  const qldt = (await listUnits(db)).find((unit) => unit.code === 'VT-QLDT');
  if (wards.length === 0 || categories.size === 0 || !qldt) return;
  const calendar = await loadWorkCalendar(db);
  const random = seededRandom(2024_11_04);
  const pick = <T>(items: T[]): T => items[Math.floor(random() * items.length)] as T;

  for (let index = 0; index < DEMO_COUNT; index += 1) {
    // Spread over 2024, a few days apart, during office hours (08:00–17:00 Vietnam time).
    const day = addDays('2024-01-03', Math.floor((index * 352) / DEMO_COUNT + random() * 4));
    const filedAt = new Date(startOfVietnamDay(day).getTime() + (8 + random() * 9) * 3_600_000);
    const code = pick(categoryCodes);
    const text = pick(texts[code] ?? []);
    const ward = pick(wards);
    const jitter = () => (random() - 0.5) * 0.004;
    const report = await fileReport(
      db,
      { categoryId: categories.get(code) ?? -1, description: text.description, address: text.address, lat: ward.lat + jitter(), lng: ward.lng + jitter(), anonymous: random() < 0.4, attributes: text.attributes },
      [],
      { now: filedAt, source: 'web', demo: true, code: `PA24-D${String(index + 1).padStart(5, '0')}` },
    );
    const at = (hours: number) => new Date(filedAt.getTime() + hours * 3_600_000);
    const unitId = report.unit_id ?? qldt.id;
    if (report.unit_id === null) {
      await db.updateTable('field_reports').set({ unit_id: unitId, status: 'assigned', verified_at: at(2).toISOString() }).where('id', '=', report.id).execute();
      await addEvent(db, report.id, at(2), { action: 'assigned', status: 'assigned', unitId });
    }
    const roll = random();
    const lastWeeks = day >= '2024-12-05';
    if (roll < 0.04) {
      const reason = 'Nội dung không thuộc phạm vi phản ánh hiện trường.';
      await db.updateTable('field_reports').set({ status: 'rejected', unit_id: null, rejection_reason: reason, closed_at: at(3).toISOString(), updated_at: at(3).toISOString() }).where('id', '=', report.id).execute();
      await addEvent(db, report.id, at(3), { action: 'rejected', status: 'rejected', publicNote: reason });
      continue;
    }
    await db.updateTable('field_reports').set({ status: 'in_progress', accepted_at: at(4).toISOString(), updated_at: at(4).toISOString() }).where('id', '=', report.id).execute();
    await addEvent(db, report.id, at(4), { action: 'accepted', status: 'in_progress', unitId });
    if (lastWeeks && roll < 0.7) continue;
    // About one in eight resolved after the deadline, the rest within it.
    const late = roll > 0.88;
    const closedAt = late
      ? new Date(endOfVietnamDay(addWorkingDays(calendar, report.due_date, 1 + Math.floor(random() * 4))).getTime() - 6 * 3_600_000)
      : new Date(Math.min(endOfVietnamDay(report.due_date).getTime() - 3_600_000, at(20 + random() * 40).getTime()));
    await db.updateTable('field_reports').set({ status: 'resolved', answer: text.answer, closed_at: closedAt.toISOString(), updated_at: closedAt.toISOString() }).where('id', '=', report.id).execute();
    await addEvent(db, report.id, closedAt, { action: 'resolved', status: 'resolved', unitId, publicNote: text.answer });
  }
}
