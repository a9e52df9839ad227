// Reading one indicator sentence of a plan: its target, kind and direction, as an officer would.
// Keywords are matched on a folded copy of the sentence (no diacritics, lower case) of the same length,
// so that text typed without diacritics still reads and what is quoted back keeps the document's own words.
import type { IndicatorDirection, IndicatorKind, Target, TargetComparator } from '../../../common/plan.js';
import { foldVietnamese } from '../../../common/text.js';
import { addDays, addMonths, isIsoDate } from '../../../common/vietnam-time.js';

export interface IndicatorReading {
  kind: IndicatorKind;
  direction: IndicatorDirection;
  target: Target;
  measureUnit: string;
  confidence: 'high' | 'low';
  /** Why the reading is uncertain, in Vietnamese, for the officer. */
  notes: string[];
}

/** foldVietnamese one character at a time, so that an index in the folded text is an index in the original. */
function foldInPlace(text: string): string {
  let folded = '';
  for (const char of text) {
    if (/\s/.test(char)) folded += ' ';
    else {
      const one = foldVietnamese(char);
      // A character that does not fold to one of the same length (a stray combining mark) matches no keyword.
      folded += one.length === char.length ? one : '\u0000'.repeat(char.length);
    }
  }
  return folded;
}

/** A found phrase: where it starts and ends in the sentence. */
interface Span {
  start: number;
  end: number;
}

// Words that may stand right before a target figure. Longer phrases first, so "không thấp hơn" is not read as "hơn".
const qualifiers = [
  'khong thap hon', 'khong it hon', 'khong duoi', 'khong qua', 'khuyen khich', 'phan dau',
  'toi thieu', 'it nhat', 'cao hon', 'lon hon', 'duy tri', 'giu vung', 'tiep tuc', 'bao dam', 'dam bao', 'toi da', 'o muc',
  'tren', 'duoi', 'tang', 'giam', 'dat', 'hon', 'co', 'tu', '≥', '>', '≤', '<',
];
// Of these, the ones that add nothing to the target as the seed writes it ("đạt 16%" → "16%").
const fillers = new Set(['phan dau', 'bao dam', 'dam bao', 'dat', 'co', 'o muc', 'tiep tuc']);
const atLeast = ['khong thap hon', 'khong it hon', 'khong duoi', 'toi thieu', 'it nhat', '≥'];
const above = ['tren', 'hon', 'cao hon', 'lon hon', '>'];
// Targets to stay under: the plan's comparators (≥, >) cannot say them.
const atMost = ['duoi', 'khong qua', 'toi da', 'giam', '≤', '<'];
const isSymbol = (q: string) => q.length === 1;

const hasWord = (folded: string, words: string[]) => words.some((w) => new RegExp(`(?:^| )${w}(?: |$)`).test(folded));

/** The run of qualifiers that ends where the figure starts: "Duy trì trên 90%" → "Duy trì trên". */
function qualifierRun(folded: string, figureStart: number): Span {
  let start = figureStart;
  for (;;) {
    const before = folded.slice(0, start);
    // "≥ 55%" and "≥55%" alike; words need their space.
    const spaced = (q: string) => (before.endsWith(`${q} `) ? q.length + 1 : isSymbol(q) && before.endsWith(q) ? 1 : 0);
    const word = qualifiers.find((q) => spaced(q) > 0 && [undefined, ' '].includes(before.at(-spaced(q) - 1)));
    if (!word) break;
    start -= spaced(word);
  }
  return { start, end: figureStart };
}

/** Where the target text starts once the fillers at the head of the run are dropped. */
function keptStart(folded: string, run: Span, keepFrom: boolean): number {
  let start = run.start;
  for (;;) {
    const rest = folded.slice(start, run.end);
    const filler = [...fillers, ...(keepFrom ? [] : ['tu'])].find((f) => rest.startsWith(`${f} `));
    if (!filler) return start;
    start += filler.length + 1;
  }
}

interface Figure extends Span {
  form: 'percent' | 'count' | 'number';
  value: number;
  /** The unit the figure counts, as the document writes it ("phường, xã", "điểm"), if any. */
  unit: string | null;
}

const percentPattern = /(?<![\d.,/])(\d{1,3}(?:[.,]\d{1,2})?) ?%/g;
// "17/17 phường": not a date (30/6/2025) nor a code (405/QĐ).
const countPattern = /(?<![\d/.])(\d{1,4}) ?\/ ?(\d{1,4})(?![\d/])(?= [a-z])/g;
// Administrative units a count can name, folded; "xã" is not "xã hội".
const unitNoun = String.raw`(?:phuong|xa(?! hoi)|thi tran|don vi|co quan|truong(?: hoc)?|huyen|khu pho|thon|ap|to dan pho|co so|benh vien|tram y te)`;
const unitList = new RegExp(String.raw`^ (?:cac )?${unitNoun}(?:(?:, | va | hoac )${unitNoun})*(?=[ ,.;:]|$)`);
// A bare number counts things when a word follows it, but not an age, a year or a level ("mức độ 2").
const numberPattern = /(?<![\d.,/-])(\d{1,3}(?:\.\d{3})*)(?= [a-z])/g;
const notCounting = /(?:^|\s)(?:nam|ngay|thang|quy|so|muc do|cap|giai doan|lan thu|phu luc|muc|dieu|khoan|buoc)\s$/;
// "từ 15 tuổi", "trong 6 tháng": an age or a duration, not a number of things.
const timeWords = new Set(['tuoi', 'nam', 'thang', 'ngay', 'tuan', 'gio', 'phut']);
const twoWordUnits = new Set(['doanh nghiep', 'co so', 'don vi', 'san pham', 'tai khoan', 'ho so', 'nguoi dan']);

const parseDecimal = (digits: string) => Number(digits.replace(',', '.'));
const roundShare = (part: number, whole: number) => Math.round((part / whole) * 10_000) / 100;

/** Every figure that could be the target, in the order the sentence has them. */
function findFigures(text: string, folded: string): Figure[] {
  const figures: Figure[] = [];
  for (const m of folded.matchAll(percentPattern)) {
    figures.push({ form: 'percent', start: m.index, end: m.index + m[0].length, value: parseDecimal(m[1] ?? ''), unit: null });
  }
  for (const m of folded.matchAll(countPattern)) {
    if (Number(m[2]) === 0) continue;
    const end = m.index + m[0].length;
    const unit = unitList.exec(folded.slice(end));
    const unitEnd = end + (unit?.[0].length ?? 0);
    figures.push({
      form: 'count',
      start: m.index,
      end: unitEnd,
      value: roundShare(Number(m[1]), Number(m[2])),
      unit: unit ? text.slice(end + 1, unitEnd) : null,
    });
  }
  if (figures.length === 0) {
    for (const m of folded.matchAll(numberPattern)) {
      if (notCounting.test(folded.slice(0, m.index))) continue;
      const end = m.index + m[0].length;
      const words = folded.slice(end + 1).split(/[ ,.;:()]/);
      if (timeWords.has(words[0] ?? '')) continue;
      const unitWords = twoWordUnits.has(`${words[0]} ${words[1]}`) ? 2 : 1;
      const unitText = text.slice(end + 1).split(' ').slice(0, unitWords).join(' ').replace(/[,.;:]$/, '');
      // A bare number reads as a target only after a qualifier or at the head of the sentence ("Có ít nhất 05 điểm").
      const run = qualifierRun(folded, m.index);
      if (run.start === m.index && m.index > 0) continue;
      figures.push({ form: 'number', start: m.index, end: end + 1 + unitText.length, value: Number(m[1]?.replace(/\./g, '')), unit: unitText });
      break;
    }
  }
  return figures.sort((a, b) => a.start - b.start);
}

// Predicates that end the noun phrase of what is counted ("100% cổng/trang … của các đơn vị cấp xã | được đánh giá").
const predicate =
  /(?:^| )(?:duoc|da|co(?! (?:quan|so)\b)|dat|su dung|trien khai|thuc hien|hoan thanh|xay dung|to chuc|thiet lap|tham gia|ung dung|ket noi|van hanh|nhan|chap nhan|thuc day|hai long)(?= |$)/;
const wardHead = new RegExp(String.raw`^(?:cac )?(?:ubnd )?(?:cac )?(?:don vi cap xa|phuong|xa(?! hoi)|thi tran)\b`);
const wardOwner = /\bcua (?:cac )?(?:ubnd )?(?:cac )?(?:don vi )?(?:cap xa|phuong|xa(?! hoi)|thi tran)\b/;

/** Whether the things counted are wards and communes, or belong one to each (so the share is a count of units). */
function countsWards(counted: string): boolean {
  const phrase = counted.trim();
  const cut = predicate.exec(phrase);
  const subject = cut ? phrase.slice(0, cut.index) : phrase;
  return wardHead.test(subject) || wardOwner.test(subject);
}

// Words after a percentage that do not start the counted population: "đạt 16%." or "10% trong tổng …".
const notANoun = /^ ?(?:$|[.,;:)]|tro len|so voi|trong|tren|cua|va|hoac|tai|theo|den|nam)/;

function kindOfPercent(folded: string, figure: Figure, notes: string[]): IndicatorKind {
  // "100% (16/16) xã, thị trấn": the bracket restates the figure, what is counted comes after it.
  const after = folded.slice(figure.end).replace(/^ \([^)]*\)/, (bracket) => ' '.repeat(bracket.length));
  if (!notANoun.test(after)) return countsWards(after) ? 'unit_count' : 'ratio';
  const before = folded.slice(0, figure.start);
  const subject = before.includes('ty le') ? before.slice(before.indexOf('ty le') + 'ty le'.length) : before;
  if (countsWards(subject)) return 'unit_count';
  if (before.includes('ty le') || /\btong\b/.test(after)) return 'ratio';
  notes.push('không thấy tử số và mẫu số, đề xuất là một giá trị (value)');
  return 'value';
}

interface DateReading extends Span {
  date: string;
  wholeYear: boolean;
}

const quarterNumbers: Record<string, number> = { i: 1, ii: 2, iii: 3, iv: 4, '1': 1, '2': 2, '3': 3, '4': 4 };
const monthEnd = (year: number, month: number) => addDays(addMonths(`${year}-${String(month).padStart(2, '0')}-01`, 1), -1);
const isoDay = (year: number, month: number, day: number) => `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;

// Deadlines as plans write them. The date is the last day of the period, inclusive, as a Vietnam calendar
// date; "trước ngày 30/6/2025" is read as due on 30/6, as these documents mean it (the officer confirms).
const datePatterns: { pattern: RegExp; date: (m: RegExpExecArray, planYear: number | null) => string | null; wholeYear?: boolean }[] = [
  {
    pattern: /(?:(?:truoc|cham nhat|den|trong) )?(?:ngay )?(\d{1,2})\/(\d{1,2})\/(\d{4})/,
    date: (m) => isoDay(Number(m[3]), Number(m[2]), Number(m[1])),
  },
  {
    pattern: /(?:(?:truoc|cham nhat|den|trong) )?ngay (\d{1,2}) thang (\d{1,2}) nam (\d{4})/,
    date: (m) => isoDay(Number(m[3]), Number(m[2]), Number(m[1])),
  },
  {
    pattern: /(?:(?:trong|truoc|den het|het) )?quy (iv|i{1,3}|[1-4])(?:\/| nam )(\d{4})/,
    date: (m) => monthEnd(Number(m[2]), (quarterNumbers[m[1] ?? ''] ?? 4) * 3),
  },
  {
    pattern: /(?:(?:trong|truoc|den het) )?(\d{1,2}) thang dau nam (\d{4})/,
    date: (m) => monthEnd(Number(m[2]), Number(m[1])),
  },
  {
    pattern: /(?:(?:trong|truoc|den het|het) )?thang (\d{1,2})(?:\/| nam )(\d{4})/,
    date: (m) => monthEnd(Number(m[2]), Number(m[1])),
  },
  {
    pattern: /(trong|het|den het|cuoi|truoc|den) nam (\d{4})/,
    // "trước năm 2026" is due by the end of 2025.
    date: (m) => `${Number(m[2]) - (m[1] === 'truoc' ? 1 : 0)}-12-31`,
    wholeYear: true,
  },
  { pattern: /cuoi nam(?! \d)/, date: (_m, planYear) => (planYear ? `${planYear}-12-31` : null), wholeYear: true },
];

function findDate(text: string, folded: string, planYear: number | null, notes: string[]): DateReading | null {
  let found: DateReading | null = null;
  for (const { pattern, date, wholeYear } of datePatterns) {
    const m = pattern.exec(folded);
    if (!m || (found && found.start <= m.index)) continue;
    const iso = date(m, planYear);
    if (!iso || !isIsoDate(iso)) {
      notes.push(`"${text.slice(m.index, m.index + m[0].length)}" không phải một ngày có thật`);
      continue;
    }
    found = { start: m.index, end: m.index + m[0].length, date: iso, wholeYear: wholeYear ?? false };
  }
  // "trước tháng 12/2025" may mean by the end of November: the proposal says December's end, and asks.
  if (found && /^truoc (?:thang|quy) /.test(folded.slice(found.start))) {
    notes.push(`"${text.slice(found.start, found.end)}": đề xuất hạn là ngày cuối của kỳ, cần kiểm tra`);
  }
  return found;
}

// Where a milestone with no date says what is to be done: up to its object, a proper name in the document.
// ("để" is left out: "Không để xảy ra sự cố" is no purpose clause.)
const actionEnd = / (?:phuc vu|nham|dap ung|tai|tren dia ban) |[;.(]/;

function milestoneAction(text: string, folded: string): string {
  const words = text.split(' ');
  const objectAt = words.findIndex((word, i) => i > 0 && /^\p{Lu}/u.test(word));
  const byObject = objectAt > 0 ? words.slice(0, objectAt).join(' ').length : text.length;
  const byConnector = actionEnd.exec(folded)?.index ?? text.length;
  return text.slice(0, Math.min(byObject, byConnector)).replace(/[\s,;:]+$/, '');
}

/** Reads an indicator's sentence. planYear dates milestones that give no date (due by the year's end). */
export function readIndicator(text: string, planYear: number | null): IndicatorReading {
  const folded = foldInPlace(text);
  const notes: string[] = [];
  const figures = findFigures(text, folded);
  const date = findDate(text, folded, planYear, notes);
  const [figure] = figures;
  // "Duy trì 100% …", "Tỷ lệ …: duy trì 100%": keeping a level already reached.
  const keeps = (span: string) => /(?:^| )(?:duy tri|giu vung) /.test(span);
  const direction: IndicatorDirection = /^(?:tiep tuc )?(?:duy tri|giu vung) /.test(folded) ? 'maintain' : 'reach';

  if (!figure) {
    if (date) {
      const from = folded.startsWith('trong ', date.start) ? date.start + 'trong '.length : date.start;
      const target = { text: text.slice(from, date.end), value: null, comparator: 'gte' as const, dueDate: date.date };
      return { kind: 'milestone', direction, target, measureUnit: 'mốc', confidence: notes.length ? 'low' : 'high', notes };
    }
    notes.push(planYear ? `không ghi thời hạn, đề xuất hạn 31/12/${planYear}` : 'không ghi thời hạn và không rõ năm kế hoạch');
    const target = { text: milestoneAction(text, folded), value: null, comparator: 'gte' as const, dueDate: planYear ? `${planYear}-12-31` : null };
    return { kind: 'milestone', direction, target, measureUnit: 'mốc', confidence: 'low', notes };
  }

  if (figures.length > 1 && figures.filter((f) => f.form === figure.form).length > 1) {
    notes.push('câu có nhiều số liệu, đề xuất số liệu đầu tiên');
  }
  const run = qualifierRun(folded, figure.start);
  const trailingAtLeast = figure.form === 'percent' && folded.startsWith(' tro len', figure.end);
  const end = trailingAtLeast ? figure.end + ' tro len'.length : figure.end;
  const start = keptStart(folded, run, trailingAtLeast);
  const said = folded.slice(start, figure.start);
  const comparator: TargetComparator = hasWord(said, atLeast) || trailingAtLeast ? 'gte' : hasWord(said, above) ? 'gt' : 'gte';
  if (hasWord(said, atMost)) notes.push('chỉ tiêu phải thấp hơn một mức, kế hoạch chưa có phép so sánh này');
  if (hasWord(said, ['tang'])) notes.push('chỉ tiêu tăng so với một mốc, không phải một mức tuyệt đối');
  if (figure.form === 'count' && !figure.unit) notes.push('không rõ đơn vị được đếm');
  if (figure.form === 'count' && figure.value > 100) notes.push('số đạt lớn hơn tổng số đơn vị');
  const kind: IndicatorKind =
    figure.form === 'count' ? 'unit_count' : figure.form === 'number' ? 'value' : kindOfPercent(folded, figure, notes);
  const target: Target = {
    text: text.slice(start, end),
    value: figure.value,
    comparator,
    // A deadline inside the year is kept; "trong năm 2025" only repeats the plan's year.
    dueDate: date && !date.wholeYear ? date.date : null,
  };
  const measureUnit = figure.form === 'percent' ? (kind === 'unit_count' ? 'đơn vị' : '%') : (figure.unit ?? 'đơn vị');
  return {
    kind,
    direction: keeps(folded.slice(run.start, figure.start)) ? 'maintain' : direction,
    target,
    measureUnit,
    confidence: notes.length ? 'low' : 'high',
    notes,
  };
}

// A clause that opens on a target of its own: "…; 100% cán bộ …".
const opensOnTarget = /^(?:(?:duy tri|tren|toi thieu|it nhat|khong thap hon) )?\d{1,3}(?:[.,]\d{1,2})? ?(?:%|\/ ?\d)/;

/** Splits "A; B" when each clause carries its own target, so that each becomes an indicator. */
export function splitIndicators(text: string): string[] {
  const folded = foldInPlace(text);
  const parts: string[] = [];
  let from = 0;
  for (const m of folded.matchAll(/; /g)) {
    const next = m.index + 2;
    if (opensOnTarget.test(folded.slice(next)) && findFigures(text.slice(from, m.index), folded.slice(from, m.index)).length > 0) {
      parts.push(text.slice(from, m.index));
      from = next;
    }
  }
  parts.push(text.slice(from));
  return parts;
}

/** Whether a sentence carries a figure that could be a target (a share, a count of units, a number of things). */
export const hasFigure = (text: string): boolean => findFigures(text, foldInPlace(text)).length > 0;
