// The report's blocks as a Word document: A4, Times New Roman 13 pt, margins of Nghị định 30/2020
// (top and bottom 20 mm, left 30 mm, right 15 mm), tables with a repeated header row.
import { AlignmentType, BorderStyle, Document, Packer, Paragraph, Table, TableBorders, TableCell, TableRow, TextRun, WidthType } from 'docx';
import type { Block, Line, TableColumn } from './document.js';

const MM = 56.7; // twips per millimetre
const PAGE_WIDTH = Math.round(210 * MM);
const CONTENT_WIDTH = Math.round((210 - 30 - 15) * MM);
const SIZE = 26; // half-points: 13 pt
const SMALL = 22;

const alignments = { left: AlignmentType.LEFT, center: AlignmentType.CENTER, right: AlignmentType.RIGHT, justify: AlignmentType.JUSTIFIED } as const;

const line = (item: Line) =>
  new Paragraph({
    alignment: alignments[item.align ?? 'left'],
    children: [new TextRun({ text: item.text, bold: item.bold ?? false, italics: item.italic ?? false, size: item.small ? SMALL : SIZE })],
  });

const textCell = (text: string, width: number, align: TableColumn['align'], bold = false) =>
  new TableCell({
    width: { size: width, type: WidthType.DXA },
    margins: { left: 80, right: 80, top: 40, bottom: 40 },
    children: text.split('\n').map((part) => new Paragraph({ alignment: alignments[align ?? 'left'], children: [new TextRun({ text: part, bold, size: SIZE - 2 })] })),
  });

function table(columns: TableColumn[], rows: string[][]): Table {
  const total = columns.reduce((sum, column) => sum + column.width, 0);
  const widths = columns.map((column) => Math.round((column.width / total) * CONTENT_WIDTH));
  const border = { style: BorderStyle.SINGLE, size: 4, color: '000000' };
  return new Table({
    width: { size: CONTENT_WIDTH, type: WidthType.DXA },
    columnWidths: widths,
    borders: { top: border, bottom: border, left: border, right: border, insideHorizontal: border, insideVertical: border },
    rows: [
      new TableRow({ tableHeader: true, children: columns.map((column, index) => textCell(column.header, widths[index] ?? 0, 'center', true)) }),
      ...rows.map((row) => new TableRow({ cantSplit: true, children: row.map((cell, index) => textCell(cell, widths[index] ?? 0, columns[index]?.align)) })),
    ],
  });
}

function columnsBlock(left: Line[], right: Line[], leftWidth: number): Table {
  const widths = [Math.round((leftWidth / 100) * CONTENT_WIDTH), Math.round(((100 - leftWidth) / 100) * CONTENT_WIDTH)];
  const cell = (lines: Line[], width: number) => new TableCell({ width: { size: width, type: WidthType.DXA }, children: lines.map(line) });
  return new Table({
    width: { size: CONTENT_WIDTH, type: WidthType.DXA },
    columnWidths: widths,
    borders: TableBorders.NONE,
    rows: [new TableRow({ children: [cell(left, widths[0] ?? 0), cell(right, widths[1] ?? 0)] })],
  });
}

function render(block: Block): (Paragraph | Table)[] {
  switch (block.kind) {
    case 'columns':
      return [columnsBlock(block.left, block.right, block.leftWidth), new Paragraph({ children: [] })];
    case 'title':
      return block.lines.map((item) => line({ ...item, align: 'center' }));
    case 'heading':
      return [new Paragraph({ spacing: { before: 240, after: 120 }, children: [new TextRun({ text: block.text, bold: true, size: SIZE })] })];
    case 'subheading':
      return [new Paragraph({ spacing: { before: 160, after: 80 }, children: [new TextRun({ text: block.text, bold: true, italics: true, size: SIZE })] })];
    case 'paragraph':
      return [new Paragraph({ alignment: alignments.justify, indent: { firstLine: Math.round(10 * MM) }, spacing: { after: 120 }, children: [new TextRun({ text: block.text, italics: block.italic ?? false, size: SIZE })] })];
    case 'table':
      return [table(block.columns, block.rows), new Paragraph({ children: [] })];
  }
}

export async function toDocx(blocks: Block[], title: string): Promise<Buffer> {
  const document = new Document({
    creator: 'Hải Đăng',
    title,
    styles: { default: { document: { run: { font: 'Times New Roman', size: SIZE } } } },
    sections: [
      {
        properties: {
          page: {
            size: { width: PAGE_WIDTH, height: Math.round(297 * MM) },
            margin: { top: Math.round(20 * MM), bottom: Math.round(20 * MM), left: Math.round(30 * MM), right: Math.round(15 * MM) },
          },
        },
        children: blocks.flatMap(render),
      },
    ],
  });
  return Packer.toBuffer(document);
}
