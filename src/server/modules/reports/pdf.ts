// The report's blocks as a PDF (pdfkit), A4 with the margins of Nghị định 30/2020, in Be Vietnam Pro
// embedded from @fontsource. Fontsource splits the font into latin, latin-ext and vietnamese files
// and pdfkit draws a run in one font, so each line is cut into runs by the subsets' unicode ranges
// (unicode.json, as a browser picks a @font-face) and laid out here: wrapping, tables, page breaks.
import { createRequire } from 'node:module';
import PDFDocument from 'pdfkit';
import type { Block, Line, TableColumn } from './document.js';

const require = createRequire(import.meta.url);
const subsets = ['latin', 'vietnamese', 'latin-ext'] as const;
type Subset = (typeof subsets)[number];
const styles = { regular: '400-normal', bold: '700-normal', italic: '400-italic', boldItalic: '700-italic' } as const;
type Style = keyof typeof styles;

const ranges = (() => {
  const table = require('@fontsource/be-vietnam-pro/unicode.json') as Record<Subset, string>;
  const parse = (spec: string) =>
    spec.split(',').map((part) => {
      const [from, to] = part.replace('U+', '').split('-');
      return [parseInt(from ?? '0', 16), parseInt(to ?? from ?? '0', 16)] as const;
    });
  return subsets.map((subset) => ({ subset, ranges: parse(table[subset]) }));
})();

const subsetOf = (codePoint: number): Subset => ranges.find((entry) => entry.ranges.some(([from, to]) => codePoint >= from && codePoint <= to))?.subset ?? 'latin';
const fontName = (style: Style, subset: Subset) => `${style}-${subset}`;

interface Run {
  font: string;
  text: string;
}

/** Consecutive characters drawn with the same subset file; spaces stay in the current run. */
function runsOf(text: string, style: Style): Run[] {
  const runs: Run[] = [];
  for (const character of text) {
    const last = runs.at(-1);
    const font = character === ' ' && last ? last.font : fontName(style, subsetOf(character.codePointAt(0) ?? 32));
    if (last && last.font === font) last.text += character;
    else runs.push({ font, text: character });
  }
  return runs;
}

const styleOf = (item: { bold?: boolean | undefined; italic?: boolean | undefined }): Style =>
  item.bold ? (item.italic ? 'boldItalic' : 'bold') : item.italic ? 'italic' : 'regular';

const SIZE = 12;
const TABLE_SIZE = 10.5;
const SMALL = 10;
const PAD = 4;
const MM = 72 / 25.4;

class Layout {
  private y: number;
  private readonly left: number;
  private readonly width: number;
  private readonly bottom: number;

  constructor(private readonly doc: PDFKit.PDFDocument) {
    this.y = doc.page.margins.top;
    this.left = doc.page.margins.left;
    this.width = doc.page.width - doc.page.margins.left - doc.page.margins.right;
    this.bottom = doc.page.height - doc.page.margins.bottom;
  }

  private widthOf(text: string, style: Style, size: number): number {
    return runsOf(text, style).reduce((sum, run) => sum + this.doc.font(run.font).fontSize(size).widthOfString(run.text), 0);
  }

  /** Greedy wrapping by words; a "\n" starts a new line. */
  private wrap(text: string, style: Style, size: number, width: number): string[] {
    return text.split('\n').flatMap((paragraph) => {
      const lines: string[] = [];
      let current = '';
      for (const word of paragraph.split(' ')) {
        const candidate = current === '' ? word : `${current} ${word}`;
        if (current !== '' && this.widthOf(candidate, style, size) > width) {
          lines.push(current);
          current = word;
        } else current = candidate;
      }
      lines.push(current);
      return lines;
    });
  }

  private drawLine(text: string, x: number, y: number, width: number, align: TableColumn['align'], style: Style, size: number): void {
    const total = this.widthOf(text, style, size);
    let cursor = align === 'center' ? x + (width - total) / 2 : align === 'right' ? x + width - total : x;
    for (const run of runsOf(text, style)) {
      this.doc.font(run.font).fontSize(size).text(run.text, cursor, y, { lineBreak: false });
      cursor += this.doc.widthOfString(run.text);
    }
  }

  private room(height: number): void {
    if (this.y + height > this.bottom) {
      this.doc.addPage();
      this.y = this.doc.page.margins.top;
    }
  }

  private lines(items: Line[], x: number, width: number): { height: number; draw: (y: number) => void } {
    const laid = items.flatMap((item) => {
      const size = item.small ? SMALL : SIZE;
      const style = styleOf(item);
      return this.wrap(item.text, style, size, width).map((text) => ({ text, size, style, align: item.align ?? 'left' }));
    });
    const height = laid.reduce((sum, line) => sum + line.size * 1.35, 0);
    return {
      height,
      draw: (top) => {
        let y = top;
        for (const line of laid) {
          this.drawLine(line.text, x, y, width, line.align, line.style, line.size);
          y += line.size * 1.35;
        }
      },
    };
  }

  private flow(items: Line[], gapAfter: number): void {
    const block = this.lines(items, this.left, this.width);
    this.room(block.height);
    block.draw(this.y);
    this.y += block.height + gapAfter;
  }

  private table(columns: TableColumn[], rows: string[][]): void {
    const total = columns.reduce((sum, column) => sum + column.width, 0);
    const widths = columns.map((column) => (column.width / total) * this.width);
    const row = (cells: string[], bold: boolean) => {
      const laid = cells.map((cell, index) => this.wrap(cell, bold ? 'bold' : 'regular', TABLE_SIZE, (widths[index] ?? 0) - 2 * PAD));
      const height = Math.max(...laid.map((lines) => lines.length)) * TABLE_SIZE * 1.3 + 2 * PAD;
      return { laid, height, bold };
    };
    const header = row(
      columns.map((column) => column.header),
      true,
    );
    const draw = (current: ReturnType<typeof row>, aligns: TableColumn['align'][]) => {
      let x = this.left;
      current.laid.forEach((lines, index) => {
        const width = widths[index] ?? 0;
        this.doc.lineWidth(0.5).rect(x, this.y, width, current.height).stroke();
        lines.forEach((text, number) => this.drawLine(text, x + PAD, this.y + PAD + number * TABLE_SIZE * 1.3, width - 2 * PAD, aligns[index], current.bold ? 'bold' : 'regular', TABLE_SIZE));
        x += width;
      });
      this.y += current.height;
    };
    const headerAligns = columns.map(() => 'center' as const);
    this.room(header.height + TABLE_SIZE * 3);
    draw(header, headerAligns);
    for (const cells of rows) {
      const current = row(cells, false);
      // A row that does not fit goes to the next page under a repeated header.
      if (this.y + current.height > this.bottom) {
        this.room(Infinity);
        draw(header, headerAligns);
      }
      draw(
        current,
        columns.map((column) => column.align),
      );
    }
    this.y += SIZE * 0.8;
  }

  render(block: Block): void {
    switch (block.kind) {
      case 'columns': {
        const leftWidth = (block.leftWidth / 100) * this.width;
        const left = this.lines(block.left, this.left, leftWidth);
        const right = this.lines(block.right, this.left + leftWidth, this.width - leftWidth);
        this.room(Math.max(left.height, right.height));
        left.draw(this.y);
        right.draw(this.y);
        this.y += Math.max(left.height, right.height) + SIZE;
        return;
      }
      case 'title':
        this.y += SIZE * 0.5;
        return this.flow(
          block.lines.map((line) => ({ ...line, align: 'center' })),
          SIZE,
        );
      case 'heading':
        this.y += SIZE * 0.4;
        return this.flow([{ text: block.text, bold: true }], SIZE * 0.4);
      case 'subheading':
        return this.flow([{ text: block.text, bold: true, italic: true }], SIZE * 0.3);
      case 'paragraph':
        return this.flow([{ text: block.text, italic: block.italic ?? false }], SIZE * 0.5);
      case 'table':
        return this.table(block.columns, block.rows);
    }
  }
}

export function toPdf(blocks: Block[], title: string): Promise<Buffer> {
  const doc = new PDFDocument({
    size: 'A4',
    margins: { top: 20 * MM, bottom: 20 * MM, left: 30 * MM, right: 15 * MM },
    info: { Title: title, Author: 'Hải Đăng', Creator: 'Hải Đăng' },
  });
  for (const [style, weight] of Object.entries(styles) as [Style, string][]) {
    for (const subset of subsets) doc.registerFont(fontName(style, subset), require.resolve(`@fontsource/be-vietnam-pro/files/be-vietnam-pro-${subset}-${weight}.woff`));
  }
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  const layout = new Layout(doc);
  for (const block of blocks) layout.render(block);
  doc.end();
  return done;
}
