// The tasks of the 2024 plan (docs/sources/ke-hoach-cds-2024-vung-tau.txt: Phần II mục II.5, III
// and V.2–V.4) and the steering committee's meeting of 26/3/2024 with its conclusions as directives
// (docs/sources/ket-luan-bcd-2024-03-26.txt). Texts are the documents' own words.
import type { DirectiveSeed, TaskBookSeed } from '../../modules/directives/seed.js';
import type { TaskSeed } from '../../modules/tasks/seed.js';
import { vungTau2024Plan } from './plan-vungtau-2024.js';
import { COORDINATOR_UNIT_CODE, vungTauUnits } from './units-vungtau.js';

const YEAR_END = '2024-12-31';
const NO_DATE_NOTE = 'Kế hoạch không ghi thời hạn cho nhiệm vụ này; lấy hết năm kế hoạch (31/12/2024) làm hạn.';

const wardCodes = vungTauUnits.filter((unit) => unit.kind === 'ward' || unit.kind === 'commune').map((unit) => unit.code);
const departments = vungTauUnits.filter((unit) => unit.kind === 'department');

const task = (fields: Pick<TaskSeed, 'code' | 'title' | 'source' | 'leadUnitCode'> & Partial<TaskSeed>): TaskSeed => ({
  description: null,
  coordinatingUnitCodes: [],
  areaCode: null,
  solutionItem: null,
  plannedStartDate: null,
  dueDate: YEAR_END,
  baselineDueDate: fields.dueDate ?? YEAR_END,
  reschedules: [],
  status: 'not_started',
  note: NO_DATE_NOTE,
  ...fields,
});

export const OC_TASK_CODE = 'KH2024-II5-1';

// Mục II.5: the Operations Center, 5 months late at the 26/3/2024 meeting and re-set to quý II/2024.
const smartCityTasks: TaskSeed[] = [
  task({
    code: OC_TASK_CODE,
    title: 'Hoàn thành xây dựng Trung tâm điều hành đô thị thông minh thành phố (OC Vũng Tàu) đưa vào khai thác sử dụng',
    description:
      'Hoàn thành xây dựng Trung tâm điều hành đô thị thông minh thành phố (OC Vũng Tàu) đưa vào khai thác sử dụng trong quý II/2024.',
    source: 'Kế hoạch CĐS 2024, Phần II, mục II.5 và mục tiêu 4; Kết luận Ban Chỉ đạo ngày 26/3/2024',
    leadUnitCode: COORDINATOR_UNIT_CODE,
    areaCode: 'DTTM',
    dueDate: '2024-06-30',
    baselineDueDate: '2023-10-31',
    reschedules: [
      {
        fromDueDate: '2023-10-31',
        toDueDate: '2024-06-30',
        decidedOn: null,
        decidedBy: 'UBND thành phố Vũng Tàu — Kế hoạch chuyển đổi số năm 2024 (Phần II, mục II.5)',
        reason:
          'Ban Chỉ đạo (26/3/2024) phê bình UBND thành phố triển khai xây dựng, đưa vào vận hành OC Vũng Tàu chậm so với kế hoạch dự kiến 5 tháng; Kế hoạch năm 2024 đặt lại mốc hoàn thành trong quý II/2024.',
      },
    ],
    status: 'in_progress',
    note:
      'Hạn ban đầu 31/10/2023 là cách chúng tôi đọc kết luận ngày 26/3/2024 ("chậm so với kế hoạch dự kiến 5 tháng"): văn bản không ghi ngày của kế hoạch trước; năm tháng trước 26/3/2024 là cuối tháng 10/2023. ' +
      'Hạn mới 30/06/2024 là cuối quý II/2024 theo Kế hoạch năm 2024; kế hoạch không ghi ngày ban hành (có viện dẫn Quyết định 968/QĐ-UBND ngày 10/4/2024), nên ngày quyết định điều chỉnh để trống. ' +
      'Kế hoạch không nêu đơn vị chủ trì; giao Phòng Văn hóa và Thông tin (đơn vị báo cáo chỉ tiêu DTTM-01).',
  }),
  task({
    code: 'KH2024-II5-2',
    title: 'Hoàn thiện bộ máy, cơ chế hoạt động vận hành Trung tâm điều hành OC Vũng Tàu',
    description:
      'Hoàn thiện bộ máy, cơ chế hoạt động vận hành Trung tâm điều hành OC Vũng Tàu phục vụ công tác lãnh đạo, chỉ đạo của Lãnh đạo thành phố và giải quyết kịp thời các kiến nghị, bức xúc chính đáng của người dân nhằm nâng cao chất lượng phục vụ hành chính công đối với công dân và các tổ chức.',
    source: 'Kế hoạch CĐS 2024, Phần II, mục II.5',
    leadUnitCode: COORDINATOR_UNIT_CODE,
    areaCode: 'DTTM',
  }),
];

/** Bullets of mục III that name the wards and communes as doers: they coordinate. */
const wardsTakePart = new Set(['NTS-2', 'NTS-4', 'ATTT-2', 'CQS-1', 'CQS-6']);

// Mục III: one task per bullet of the 8 solution groups. No bullet names a unit, so the coordinator
// (Phòng Văn hóa và Thông tin, which mục V.2 charges with guiding and running the plan) leads.
const solutionTasks: TaskSeed[] = vungTau2024Plan.solutionGroups.flatMap((group) =>
  group.items.map((item) =>
    task({
      code: `KH2024-III-${group.code}-${item.number}`,
      title: item.text.replace(/[;.]\s*$/, ''),
      source: `Kế hoạch CĐS 2024, Phần II, mục III.${group.number} (${group.name})`,
      leadUnitCode: item.leadUnitCode ?? COORDINATOR_UNIT_CODE,
      coordinatingUnitCodes: wardsTakePart.has(`${group.code}-${item.number}`) ? wardCodes : [],
      solutionItem: { groupCode: group.code, number: item.number },
      note: `${item.leadUnitCode ? '' : 'Kế hoạch không nêu đơn vị chủ trì; Phòng Văn hóa và Thông tin (cơ quan chủ trì triển khai Kế hoạch, mục V.2) chủ trì. '}${NO_DATE_NOTE}`,
    }),
  ),
);

const assignments = (section: string, leadUnitCode: string, texts: string[], notes: Record<number, string> = {}) =>
  texts.map((text, index) =>
    task({
      code: `KH2024-${section.replace('.', '')}-${index + 1}`,
      title: text,
      source: `Kế hoạch CĐS 2024, Phần II, mục ${section}`,
      leadUnitCode,
      note: notes[index + 1] ?? NO_DATE_NOTE,
    }),
  );

// Mục V: the assignments to Phòng VHTT, Phòng TC-KH and the Tổ giúp việc. (Mục V.1, monthly reports
// by every unit on the 12th, is the reporting module's calendar, not a task.)
const organisationTasks: TaskSeed[] = [
  ...assignments(
    'V.2',
    'VT-VHTT',
    [
      'Chủ trì hướng dẫn, triển khai thực hiện Kế hoạch; tổng hợp kết quả thực hiện của các cơ quan, đơn vị, báo cáo UBND Thành phố, Chủ tịch UBND Thành phố, UBND tỉnh, Sở Thông tin và Truyền thông theo quy định',
      'Đầu mối, phối hợp với các Sở, ban, ngành của tỉnh liên quan trong tổ chức đào tạo, tập huấn, hướng dẫn về chuyển đổi số cho cán bộ, công chức, viên chức, các doanh nghiệp, người dân',
      'Phối hợp với các Sở, ban, ngành của tỉnh có liên quan lựa chọn xã, phường để triển khai thử nghiệm công tác truyền thông, phổ biến các kỹ năng số cơ bản cho tổ chức, người dân',
      'Kiến nghị các doanh nghiệp viễn thông đẩy mạnh phát triển hạ tầng viễn thông, cung cấp dịch vụ số cho các cơ quan nhà nước, người dân, doanh nghiệp trên địa bàn Thành phố',
      'Xây dựng kế hoạch tuyên truyền sâu rộng về nội dung Quyết định số 942/QĐ-TTg ngày 15/6/2021 của Thủ tướng Chính phủ ("Chương trình Chuyển đổi số quốc gia đến năm 2025, định hướng đến năm 2030") và Kế hoạch này',
      'Chủ trì tham mưu Ban chỉ đạo thành lập Tổ Công nghệ thông tin thực hiện tham mưu chuyển đổi số trên địa bàn thành phố Vũng Tàu',
      'Tổng hợp báo cáo UBND Thành phố, Thường trực UBND Thành phố về kết quả triển khai thực hiện nhiệm vụ trọng tâm về chuyển đổi số năm 2024 định kỳ vào ngày 25 hàng tháng',
    ],
    { 7: 'Việc định kỳ ngày 25 hàng tháng trong cả năm 2024; hạn là hết năm kế hoạch (31/12/2024), từng kỳ theo dõi ở phân hệ báo cáo.' },
  ),
  ...assignments('V.3', 'VT-TCKH', [
    'Cân đối ngân sách, tham mưu Chủ tịch UBND Thành phố bố trí kinh phí cho các cơ quan, đơn vị triển khai thực hiện các nhiệm vụ do cơ quan, đơn vị chủ trì',
    'Chủ trì thực hiện nhiệm vụ trong công tác chuyển đổi số trong lĩnh vực tài chính',
  ]),
  ...assignments('V.4', 'VT-TGV', [
    'Chủ trì, tham mưu UBND Thành phố tiếp tục ứng dụng, vận hành các phần mềm hiện có phục vụ Chính quyền số; tham mưu nâng cấp, điều chỉnh, bổ sung phù hợp với tình hình chuyển đổi số trên địa bàn Thành phố',
    'Chủ trì rà soát, tổng hợp ý kiến các đơn vị, tham mưu sửa đổi, bổ sung, hoàn thiện các cơ chế, chính sách; triển khai các hệ thống nền tảng xây dựng Chính quyền số, bảo đảm thiết thực, hiệu quả, an toàn, an ninh mạng',
    'Phối hợp với các Phòng, Ban, cơ quan, đơn vị liên quan nghiên cứu, cập nhật, bổ sung các nội dung, nhiệm vụ thuộc Kế hoạch, Chương trình chuyển đổi số của UBND tỉnh, các Sở, Ban, Ngành tỉnh giao cho địa phương',
  ]),
];

const NO_DEADLINE = 'Kết luận không ghi thời hạn; điều phối viên đặt hạn khi giao cụ thể.';

const directive = (fields: Pick<DirectiveSeed, 'title' | 'ownerUnitCode'> & Partial<DirectiveSeed>): DirectiveSeed => ({
  content: null,
  dueDate: null,
  standing: false,
  taskCodes: [],
  note: NO_DEADLINE,
  ...fields,
});

const CONCLUSIONS_2024_03_26 = 'BCD-2024-03-26';

export const vungTau2024Tasks: TaskBookSeed = {
  cityCode: 'VT',
  planYear: 2024,
  tasks: [...smartCityTasks, ...solutionTasks, ...organisationTasks],
  meetings: [
    {
      code: CONCLUSIONS_2024_03_26,
      title: 'Ban Chỉ đạo Chuyển đổi số – Ứng dụng CNTT thành phố: kết quả năm 2023, phương hướng năm 2024',
      heldOn: '2024-03-26',
      place: 'Phòng họp Thành ủy Vũng Tàu',
      chair: 'Ông Trần Đình Khoa – Bí thư Thành ủy Vũng Tàu, Trưởng Ban Chỉ đạo',
      attendees: [
        'Ông Trần Đình Khoa – Bí thư Thành ủy Vũng Tàu, Trưởng Ban Chỉ đạo',
        'Ông Vũ Hồng Thuấn – Phó Chủ tịch UBND thành phố, Phó Trưởng ban Thường trực Ban Chỉ đạo',
        'Các thành viên Ban Chỉ đạo',
      ],
      minutes:
        'Thường trực Ban Chỉ đạo làm việc với các thành viên Ban Chỉ đạo để nghe Cơ quan thường trực báo cáo kết quả thực hiện nhiệm vụ chuyển đổi số năm 2023 và phương hướng năm 2024; thông qua dự thảo Kế hoạch đánh giá tồn tại, hạn chế năm 2023 và giải pháp khắc phục năm 2024. Ông Trần Đình Khoa, Bí thư Thành ủy – Trưởng Ban Chỉ đạo, kết luận (Thông báo kết luận của Ban Chỉ đạo).',
      conclusions: [
        {
          number: '1.1',
          heading: 'Về kết quả thực hiện nhiệm vụ năm 2023',
          text: 'Đề nghị các thành viên Ban Chỉ đạo tổ chức rà soát lại những nhiệm vụ chưa hoàn thành theo Kế hoạch đề ra, đối với từng nhiệm vụ phải đưa ra từng giải pháp cụ thể, chi tiết, thời gian thực hiện, thời gian hoàn thành để đảm bảo thực hiện tốt hoàn thành nhiệm vụ đặt ra.',
          directives: [
            directive({
              title: 'Rà soát nhiệm vụ chưa hoàn thành năm 2023; mỗi nhiệm vụ có giải pháp, thời gian thực hiện, thời gian hoàn thành',
              ownerUnitCode: 'VT-VHTT',
              taskCodes: ['KH2024-III-TCS-2'],
              note: `Kết luận giao các thành viên Ban Chỉ đạo; Phòng Văn hóa và Thông tin (cơ quan thường trực, tổng hợp) theo dõi. ${NO_DEADLINE}`,
            }),
          ],
        },
        {
          number: '1.2',
          heading: 'Về kết quả thực hiện nhiệm vụ năm 2023',
          text: 'Đối với nhiệm vụ GIS tài nguyên môi trường, đề nghị Phòng tài nguyên môi trường thực hiện rà soát đối chiếu lại với bản đồ GIS quản lý đô thị báo cáo chi tiết nội dung trùng lắp và đề xuất phương án triển khai trên cơ sở đảm bả nhu cầu khai thác thông tin của người dân khi được tích hợp vào phân hệ điều hành của Trung tâm điều hành đô thị thông minh thành phố Vũng Tàu.',
          directives: [
            directive({
              title: 'Rà soát, đối chiếu GIS tài nguyên môi trường với bản đồ GIS quản lý đô thị; báo cáo nội dung trùng lắp, đề xuất phương án tích hợp vào OC',
              ownerUnitCode: 'VT-TNMT',
            }),
          ],
        },
        {
          number: '1.3',
          heading: 'Về kết quả thực hiện nhiệm vụ năm 2023',
          text: 'Đối với nhiệm vụ xây dựng đưa vào hoạt động Trung tâm thành phần điều hành đô thị thông minh, phê bình UBND thành phố về việc triển khai công tác xây dựng đưa vào vận hành Trung tâm thành phần đô thị thông minh thành phố Vũng Tàu (OC Vũng Tàu) chậm so với kế hoạch dự kiến 5 tháng.',
          directives: [
            directive({
              title: 'Phê bình: xây dựng, đưa vào vận hành OC Vũng Tàu chậm 5 tháng so với kế hoạch dự kiến',
              ownerUnitCode: 'VT',
              taskCodes: [OC_TASK_CODE],
              note: 'Kết luận phê bình UBND thành phố, không giao hạn; tiến độ theo dõi qua nhiệm vụ OC Vũng Tàu (hạn mới 30/06/2024).',
            }),
          ],
        },
        {
          number: '1.4',
          heading: 'Về kết quả thực hiện nhiệm vụ năm 2023',
          text: 'Giao Phòng Văn hóa và Thông tin xây dựng Kế hoạch truyền thông về dịch vụ hành chính công trực tuyến tuyên truyền vận động đến từng người dân tham gia thực hiện dịch vụ công trực tuyến. Kế hoạch truyền thông cần nêu bật được những lợi ích, thuận lợi mà dịch vụ công trực tuyến mang lại, thống kê danh mục một cách ngắn gọn những TTHC đã triển khai cung cấp dịch vụ trực tuyến toàn trình, những TTHC cung dịch dịch vụ trực tuyến một phần để người dân dễ dàng tra cứu thực hiện.',
          directives: [
            directive({
              title: 'Xây dựng Kế hoạch truyền thông về dịch vụ công trực tuyến (lợi ích; danh mục TTHC toàn trình, một phần)',
              ownerUnitCode: 'VT-VHTT',
            }),
          ],
        },
        {
          number: '2.1',
          heading: 'Đối với nội dung chuyển nhiệm vụ Trưởng Ban chỉ đạo Chuyển đổi số cho Chủ tịch UBND Thành phố',
          text: 'Đồng ý đề nghị chuyển nhiệm vụ Trưởng ban chỉ đạo Chuyển đổi số, Ứng dụng công nghệ thông tin cho Chủ tịch UBND Thành phố làm trưởng ban. Giao UBND tổ chức kiện toàn gấp rút thành lập Ban Chỉ đạo chuyển đổi số của Thành phố do Chủ tịch UBND Thành phố làm trưởng ban đi vào hoạt động.',
          directives: [
            directive({
              title: 'Kiện toàn gấp rút Ban Chỉ đạo chuyển đổi số thành phố do Chủ tịch UBND Thành phố làm trưởng ban',
              ownerUnitCode: 'VT',
              taskCodes: ['KH2024-III-NTS-1'],
              note: `Kết luận giao "UBND" (thành phố), không giao riêng Văn phòng HĐND và UBND: giữ đúng chủ thể được giao; quyết định kiện toàn do Chủ tịch UBND ký. Kết luận ghi "gấp rút" nhưng không ghi ngày. ${NO_DEADLINE}`,
            }),
          ],
        },
        {
          number: '2.2',
          heading: 'Đối với nội dung chuyển nhiệm vụ Trưởng Ban chỉ đạo Chuyển đổi số cho Chủ tịch UBND Thành phố',
          text: 'Giao Trưởng ban Chỉ đạo chuyển đổi số thành phố Vũng Tàu triển khai quán triệt đến tất cả các thành viên Ban Chỉ đạo tập trung vào việc đánh giá, khắc phục những tồn tại hạn chế về chuyển đổi số năm 2023 đưa ra giải pháp khắc phục với các nhiệm vụ chi tiết, cụ thể để triển khai thực hiện trong năm 2024 với mục tiêu đưa thành phố Vũng Tàu đứng thứ nhất trong công tác thực hiện chuyển đổi số của Tỉnh.',
          directives: [
            directive({
              title: 'Quán triệt các thành viên Ban Chỉ đạo: đánh giá, khắc phục tồn tại năm 2023, nhiệm vụ chi tiết năm 2024',
              ownerUnitCode: 'VT-BCD',
              taskCodes: ['KH2024-III-TCS-2'],
            }),
          ],
        },
        {
          number: '2.3',
          heading: 'Đối với nội dung chuyển nhiệm vụ Trưởng Ban chỉ đạo Chuyển đổi số cho Chủ tịch UBND Thành phố',
          text: 'Giao các cơ quan, đơn vị trực thuộc UBND Thành phố triển khai rà soát nhân sự có chuyên môn về công nghệ thông tin phân công nhiệm vụ đầu mối thực hiện công tác chuyển đổi số của các đơn vị, mời chuyên gia về công tác đào tạo chuyển đổi số tổ chức tập huấn hướng dẫn nghiệp vụ cho đội ngũ làm công tác chuyển đổi số của các đơn vị.',
          directives: [
            // One per agency: each reports its own focal point, and the register shows who has not.
            ...departments.map((unit) =>
              directive({
                title: `Rà soát nhân sự chuyên môn CNTT, phân công cán bộ đầu mối chuyển đổi số — ${unit.name}`,
                ownerUnitCode: unit.code,
                taskCodes: ['KH2024-III-NLS-1'],
              }),
            ),
            directive({
              title: 'Mời chuyên gia tổ chức tập huấn nghiệp vụ cho đội ngũ làm công tác chuyển đổi số của các đơn vị',
              ownerUnitCode: 'VT-VHTT',
              taskCodes: ['KH2024-III-NLS-4'],
              note: `Kết luận giao chung các cơ quan, đơn vị; tập huấn tổ chức tập trung do Phòng Văn hóa và Thông tin làm đầu mối (Kế hoạch, mục V.2). ${NO_DEADLINE}`,
            }),
          ],
        },
      ],
    },
  ],
};
