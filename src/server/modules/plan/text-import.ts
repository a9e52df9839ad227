// Proposing a plan's areas and indicators from the text of the issued document (pasted, or a DOCX),
// for the officer to confirm or correct before anything is saved. Deterministic rules over the
// document's own layout (Phần / I. / 1. / 1.1. / a) / - / +), no model: the same text gives the same proposal.
import mammoth from 'mammoth';
import type { IndicatorDirection, IndicatorKind, Target } from '../../../common/plan.js';
import { foldVietnamese } from '../../../common/text.js';
import { hasFigure, readIndicator, splitIndicators } from './target-reading.js';

export interface ProposedIndicator {
  /** Its order within the area, 1-based. */
  number: number;
  /** The indicator's sentence as the document writes it (line breaks joined by single spaces). */
  text: string;
  /** The source line(s) it was read from, for the officer to check. */
  sentence: string;
  kind: IndicatorKind;
  direction: IndicatorDirection;
  target: Target;
  measureUnit: string;
  confidence: 'high' | 'low';
}
export interface ProposedArea {
  number: number;
  name: string;
  sentence: string;
  indicators: ProposedIndicator[];
}
export interface PlanProposal {
  year: number | null;
  title: string | null;
  areas: ProposedArea[];
  warnings: string[];
}

/** A numbered heading, a bullet or a plain paragraph, with the lines it was written on. */
interface Block {
  /** 0 Phần, 1 "I.", 2 "1.", 3 "1.1.", 4 "1.1.1.", 5 "a)", 6 "-", 7 "+"; plain paragraphs PARAGRAPH. */
  level: number;
  /** Lines joined by single spaces, the marker left out. */
  text: string;
  lines: string[];
}
const PARAGRAPH = 99;

function classify(line: string): { level: number; text: string } | null {
  if (/^phan (?:thu \S+|[ivx]+)$/.test(foldVietnamese(line))) return { level: 0, text: line };
  const patterns: [RegExp, (m: RegExpExecArray) => number][] = [
    [/^([IVX]{1,5})[.)] +(\S.*)$/, () => 1],
    [/^(\d{1,2}(?:\.\d{1,2})+)\.? +(\S.*)$/, (m) => Math.min(1 + (m[1] ?? '').split('.').length, 4)],
    [/^(\d{1,2})[.)] +(\S.*)$/, () => 2],
    [/^([a-zđ])\) +(\S.*)$/, () => 5],
    // PDF extraction turns Word's bullets into private-use symbols (U+F0B7, U+F0A7).
    [/^([-–—•▪●◦*\uf0b7\uf0a7]) *(\S.*)$/, () => 6],
    [/^(\+) *(\S.*)$/, () => 7],
  ];
  for (const [pattern, level] of patterns) {
    const m = pattern.exec(line);
    if (m) return { level: level(m), text: m[2] ?? '' };
  }
  return null;
}

const isUpperCase = (text: string) => text === text.toUpperCase() && text !== text.toLowerCase();
// The page numbers a PDF extraction leaves between the lines of a sentence: "6", "Trang 6", "6/12".
const pageNumber = /^(?:trang )?\d{1,3}(?: ?\/ ?\d{1,3})?$/i;

/** The document's lines, cleaned: NFC, spaces collapsed, blank lines and page numbers dropped. */
function cleanLines(text: string): string[] {
  return text
    .normalize('NFC')
    .split(/\r\n?|\n|\f/)
    .map((line) => line.replace(/\s+/g, ' ').trim())
    .filter((line) => line !== '' && !pageNumber.test(line));
}

// Characters from which a line reads as broken by the page width (A4 at 13-14 pt holds about 75-85).
const FULL_LINE = 60;

/**
 * Whether an unmarked line carries on the block before it (a PDF line break mid-sentence) rather than
 * starting a paragraph: a new paragraph opens with a capital, a digit or a bracket after a finished
 * sentence. A short heading does not run on into such a line either (a DOCX loses Word's automatic
 * bullets, so its items follow their heading unmarked), unless both are in capitals; a full-width line
 * is one the PDF broke, whatever comes next.
 */
function continues(block: Block, line: string): boolean {
  if (!/^[\p{Lu}\d(“"]/u.test(line)) return true;
  if (/[.;:!?]$/.test(block.text)) return false;
  const brokenAtWidth = (block.lines.at(-1)?.length ?? 0) >= FULL_LINE;
  return block.level > 4 || brokenAtWidth || (isUpperCase(block.text) && isUpperCase(line));
}

function toBlocks(lines: string[]): Block[] {
  const blocks: Block[] = [];
  for (const line of lines) {
    const marker = classify(line);
    const last = blocks.at(-1);
    if (marker) blocks.push({ level: marker.level, text: marker.text, lines: [line] });
    else if (last && continues(last, line)) {
      last.text += ` ${line}`;
      last.lines.push(line);
    } else blocks.push({ level: PARAGRAPH, text: line, lines: [line] });
  }
  return blocks;
}

/** "KẾ HOẠCH" and the lines under it, up to the first line that is not the title's. */
function findTitle(lines: string[]): string | null {
  const at = lines.findIndex((line) => foldVietnamese(line).startsWith('ke hoach') && isUpperCase(line.slice(0, 8)));
  if (at < 0) return null;
  const parts = [lines[at]?.slice(8).trim() ?? ''];
  for (const line of lines.slice(at + 1, at + 4)) {
    const folded = foldVietnamese(line);
    // The preamble that follows the title cites documents: "Căn cứ Quyết định số …", "Thực hiện Kế hoạch số …".
    const preamble = /^(?:can cu|thuc hien|theo|kinh gui)\b/.test(folded) && /\bso \d|\d\/[a-z]/.test(folded);
    if (classify(line) || /^[-_=*.~ ]+$/.test(line) || preamble || folded.startsWith('so:')) break;
    parts.push(line);
  }
  const rest = parts.join(' ').trim();
  // "Triển khai …" reads "Kế hoạch triển khai …"; a word in capitals (an acronym, a title in capitals) stays.
  const firstWord = rest.split(' ')[0] ?? '';
  const tail = isUpperCase(firstWord) ? rest : rest.charAt(0).toLowerCase() + rest.slice(1);
  return `Kế hoạch${tail ? ` ${tail}` : ''}`;
}

const yearIn = (text: string): number | null => {
  const years = [...foldVietnamese(text).matchAll(/nam (20\d\d)\b/g)].map((m) => Number(m[1]));
  return years.at(-1) ?? null;
};

/** The year of the last heading in capitals before the indicators ("KẾ HOẠCH NĂM 2025", not "KẾT QUẢ NĂM 2024"). */
function lastCapitalsYear(blocks: Block[], heading: Block | null): number | null {
  const before = heading ? blocks.slice(0, blocks.indexOf(heading)) : blocks;
  return before.filter((b) => isUpperCase(b.text)).map((b) => yearIn(b.text)).filter((y) => y !== null).at(-1) ?? null;
}

// The heading of the indicators: "II. CÁC CHỈ TIÊU …", "2. Chỉ tiêu cụ thể", "II. MỤC TIÊU VÀ CHỈ TIÊU".
function isIndicatorHeading(block: Block): boolean {
  const folded = foldVietnamese(block.text);
  return block.level <= 4 && (/^(?:cac |he thong |mot so )?chi tieu\b/.test(folded) || (isUpperCase(block.text) && /\bchi tieu\b/.test(folded)));
}

/** The index after the last block under blocks[at]. */
function scopeEnd(blocks: Block[], at: number): number {
  const level = blocks[at]?.level ?? 0;
  let end = at + 1;
  while (end < blocks.length && (blocks[end]?.level ?? 0) > level) end += 1;
  return end;
}

/** The innermost indicator heading and the blocks under it; the whole text when there is none. */
function indicatorSection(blocks: Block[]): { heading: Block | null; body: Block[] } {
  let at = blocks.findIndex(isIndicatorHeading);
  if (at < 0) return { heading: null, body: blocks };
  let end = scopeEnd(blocks, at);
  for (;;) {
    const inner = blocks.slice(at + 1, end).findIndex(isIndicatorHeading);
    if (inner < 0) break;
    at += 1 + inner;
    end = scopeEnd(blocks, at);
  }
  return { heading: blocks[at] ?? null, body: blocks.slice(at + 1, end) };
}

/** "Về chính quyền số:" → "Chính quyền số". */
function areaName(text: string): string {
  const name = text.replace(/[\s:;.]+$/, '').replace(/^(?:về|ve) /i, '');
  return name.charAt(0).toUpperCase() + name.slice(1);
}

/** What the indicators of every area are read with: the plan's year, and the list warnings go to. */
interface Reading {
  year: number | null;
  warnings: string[];
}

function addIndicators(area: ProposedArea, block: Block, sentenceLines: string[], reading: Reading, note: string | null) {
  for (const part of splitIndicators(block.text)) {
    const text = part.trim();
    const indicator = readIndicator(text, reading.year);
    const number = area.indicators.length + 1;
    const notes = note ? [note, ...indicator.notes] : indicator.notes;
    area.indicators.push({
      number,
      text,
      sentence: sentenceLines.join('\n'),
      kind: indicator.kind,
      direction: indicator.direction,
      target: indicator.target,
      measureUnit: indicator.measureUnit,
      confidence: note ? 'low' : indicator.confidence,
    });
    for (const line of notes) reading.warnings.push(`Lĩnh vực ${area.number}, chỉ tiêu ${number}: ${line}.`);
  }
}

/**
 * The areas of the indicator section. Areas are the shallowest headings that have something under them;
 * below them the leaves are indicators, and an item with sub-items ("- Về dịch vụ công:" then "+ …")
 * only introduces them (its lines go with each sub-item's sentence).
 */
function readAreas(body: Block[], heading: Block | null, reading: Reading): ProposedArea[] {
  const nextItemLevel: (number | null)[] = [];
  for (let at = body.length - 1, next: number | null = null; at >= 0; at -= 1) {
    nextItemLevel[at] = next;
    if (body[at]?.level !== PARAGRAPH) next = body[at]?.level ?? null;
  }
  // A heading followed by an unmarked paragraph with a figure heads it too (the DOCX that lost its bullets).
  const looseItemNext = (at: number) => body[at + 1]?.level === PARAGRAPH && hasFigure(body[at + 1]?.text ?? '');
  const hasChildren = (at: number) =>
    (nextItemLevel[at] ?? -1) > (body[at]?.level ?? 0) || ((body[at]?.level ?? PARAGRAPH) <= 4 && looseItemNext(at));
  const areaLevels = body.flatMap((b, at) => (b.level !== PARAGRAPH && hasChildren(at) ? [b.level] : []));
  const areaLevel = areaLevels.length ? Math.min(...areaLevels) : null;

  const areas: ProposedArea[] = [];
  const newArea = (name: string, lines: string[]): ProposedArea => {
    const area = { number: areas.length + 1, name: areaName(name), sentence: lines.join('\n'), indicators: [] };
    areas.push(area);
    return area;
  };
  // A flat list of indicators under the heading makes one area named after it.
  let area = areaLevel === null ? newArea(heading?.text ?? 'Chỉ tiêu', heading?.lines ?? []) : null;
  const leadIns: Block[] = [];
  let skipped = 0;
  for (const [at, block] of body.entries()) {
    if (block.level === areaLevel) {
      area = newArea(block.text, block.lines);
      leadIns.length = 0;
    } else if (block.level === PARAGRAPH) {
      // Word's automatic bullets do not survive text extraction: a paragraph with a figure is still read.
      if (area && hasFigure(block.text)) addIndicators(area, block, block.lines, reading, 'đoạn văn không có dấu đầu dòng, cần kiểm tra');
    } else {
      while ((leadIns.at(-1)?.level ?? -1) >= block.level) leadIns.pop();
      if (hasChildren(at)) leadIns.push(block);
      else if (/^\(.*\)\.?$/.test(block.text)) continue; // "(Chi tiết tại Phụ lục …)"
      else if (!area) skipped += 1;
      else addIndicators(area, block, [...leadIns.flatMap((b) => b.lines), ...block.lines], reading, null);
    }
  }
  if (skipped) reading.warnings.push(`${skipped} dòng trước lĩnh vực đầu tiên không thuộc lĩnh vực nào, đã bỏ qua.`);
  return areaLevel === null && areas[0]?.indicators.length === 0 ? [] : areas;
}

/** Proposes the plan's areas and indicators from its text. Nothing is saved: the officer confirms. */
export function proposePlanFromText(text: string): PlanProposal {
  const lines = cleanLines(text);
  const blocks = toBlocks(lines);
  const warnings: string[] = [];
  const title = findTitle(lines);
  const { heading, body } = indicatorSection(blocks);
  const year = yearIn(title ?? '') ?? yearIn(heading?.text ?? '') ?? lastCapitalsYear(blocks, heading);
  if (!title) warnings.push('Không tìm thấy tên kế hoạch (dòng "KẾ HOẠCH").');
  // Lower-casing a title in capitals would lose its proper names (Châu Đức): the officer retypes it.
  else if (isUpperCase(title.slice('Kế hoạch'.length))) warnings.push('Tên kế hoạch viết hoa toàn bộ, cần sửa lại cách viết.');
  if (year === null) warnings.push('Không đọc được năm kế hoạch; các mốc không ghi thời hạn chưa có hạn.');
  if (!heading) warnings.push('Không tìm thấy mục chỉ tiêu (như "II. CÁC CHỈ TIÊU …"); đã đọc toàn văn bản.');
  const areas = readAreas(body, heading, { year, warnings });
  if (areas.every((a) => a.indicators.length === 0)) {
    warnings.push('Không đọc được chỉ tiêu nào. Nếu văn bản dùng đánh số tự động của Word, hãy dán nội dung thay vì tải tệp DOCX.');
  }
  return { year, title, areas, warnings };
}

/** The text of a DOCX, one paragraph a line. Word's automatic numbering is not part of it. */
export async function docxToText(buffer: Buffer): Promise<string> {
  const { value } = await mammoth.extractRawText({ buffer });
  return value;
}
