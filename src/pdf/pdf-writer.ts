import { GState, jsPDF } from 'jspdf';
import { autoTable, type UserOptions } from 'jspdf-autotable';

import { RADAR_RINGS, alignAxisLabel, placeOnRadar, placeRingLabel } from '../domain/insights/radar-geometry';
import { findRadarRuns, type RadarModel } from '../domain/insights/radar-model';
import type { ReportTable, Translate } from '../domain/report/build-report-model';
import { balanceLines } from './balance-lines';
import { DASH_PATTERNS, SERIES_COLOURS_RGB } from './pdf-style';

/** A PDF, with the characters it had to draw as a marker because the embedded font lacks them. */
export type RenderedPdf = { bytes: ArrayBuffer; missingCharacters: string[] };

/** Be Vietnam Pro, regular and bold, as base64 TTF: full Vietnamese coverage, embedded and subset. */
export type ReportFonts = { regular: string; bold: string };

export type RadarDrawing = { radar: RadarModel; axisLabels: string[]; seriesLabels: string[] };

export const FONT = 'BeVietnamPro';
export const MARGIN = 18;
export const TOP = 20;
export const BOTTOM = 18;
export const INK: [number, number, number] = [26, 31, 43];
export const MUTED: [number, number, number] = [74, 84, 104];
export const ACCENT: [number, number, number] = [11, 92, 173];
export const LINE_HEIGHT = 0.42; // mm per point of font size
// How much of a page (mm) lines spilt over from a section may take before the next one gets a page of its own.
const SPILL_ALLOWANCE = 25;

/** A cursor over the pages: writes wrapped text and starts a new page when the current one is full. */
export class Writer {
  readonly doc: jsPDF;
  y = TOP;

  constructor(doc: jsPDF) {
    this.doc = doc;
  }

  get width(): number {
    return this.doc.internal.pageSize.getWidth() - 2 * MARGIN;
  }

  get bottom(): number {
    return this.doc.internal.pageSize.getHeight() - BOTTOM;
  }

  newPage(): void {
    this.doc.addPage();
    this.y = TOP;
  }

  /**
   * Starts a section on a new page, unless the page holds only a few lines spilt over from the
   * section before: a page with one orphaned line on it is worse than a section that shares it.
   */
  newSection(): void {
    if (this.y > TOP + SPILL_ALLOWANCE) this.newPage();
    else this.y += 4;
  }

  ensure(height: number): void {
    if (this.y + height > this.bottom) this.newPage();
  }

  /** The height `text` would take with these options, to keep blocks together before drawing them. */
  measure(text: string, { size = 10, bold = false, indent = 0, after = 1.5 } = {}): number {
    this.doc.setFont(FONT, bold ? 'bold' : 'normal');
    this.doc.setFontSize(size);
    const lines = this.doc.splitTextToSize(text.normalize('NFC'), this.width - indent) as string[];
    return lines.length * size * LINE_HEIGHT + after;
  }

  text(
    text: string,
    {
      size = 10,
      bold = false,
      colour = INK,
      indent = 0,
      after = 1.5,
    }: {
      size?: number;
      bold?: boolean;
      colour?: [number, number, number];
      indent?: number;
      after?: number;
    } = {},
  ): void {
    const { doc } = this;
    doc.setFont(FONT, bold ? 'bold' : 'normal');
    doc.setFontSize(size);
    doc.setTextColor(...colour);
    const lineHeight = size * LINE_HEIGHT;
    const lines = doc.splitTextToSize(text.normalize('NFC'), this.width - indent) as string[];
    for (const line of lines) {
      this.ensure(lineHeight);
      doc.text(line, MARGIN + indent, this.y + size * 0.3);
      this.y += lineHeight;
    }
    this.y += after;
  }

  heading(text: string, size = 15): void {
    this.ensure(size * LINE_HEIGHT * 3);
    this.y += 2;
    this.text(text, { size, bold: true, colour: ACCENT, after: 2.5 });
  }

  /** Label / value lines (a cover's or a comparison's facts), values wrapped beside their labels. */
  facts(facts: readonly [string, string][], size = 10): void {
    const { doc } = this;
    const lineHeight = size * 0.48;
    for (const [label, value] of facts) {
      doc.setFontSize(size);
      const lines = doc.splitTextToSize(value, this.width - 45) as string[];
      this.ensure(lines.length * lineHeight + 1.5);
      doc.setFont(FONT, 'bold');
      doc.setTextColor(...MUTED);
      doc.text(label, MARGIN, this.y + 3);
      doc.setFont(FONT, 'normal');
      doc.setTextColor(...INK);
      doc.text(lines, MARGIN + 45, this.y + 3, { lineHeightFactor: 1.2 });
      this.y += Math.max(1, lines.length) * lineHeight + 1.5;
    }
  }

  link(label: string, url: string, indent: number): void {
    const { doc } = this;
    doc.setFont(FONT, 'normal');
    doc.setFontSize(9);
    const lines = [
      ...(doc.splitTextToSize(label, this.width - indent) as string[]),
      ...(label === url ? [] : (doc.splitTextToSize(url, this.width - indent) as string[])),
    ];
    const lineHeight = 9 * LINE_HEIGHT;
    this.ensure(lineHeight * lines.length);
    const top = this.y;
    lines.forEach((line, i) => {
      doc.setTextColor(...(i === 0 || label === url ? ACCENT : MUTED));
      doc.text(line, MARGIN + indent, this.y + 9 * 0.3);
      this.y += lineHeight;
    });
    // The whole block is one clickable area, so a wrapped address still opens its page.
    doc.link(MARGIN + indent, top, this.width - indent, this.y - top, { url });
    this.y += 1;
  }

  table(table: ReportTable, options: Partial<UserOptions> = {}): void {
    autoTable(this.doc, {
      head: [table.head],
      body: table.rows,
      startY: this.y,
      margin: { left: MARGIN, right: MARGIN, top: TOP, bottom: BOTTOM },
      styles: { font: FONT, fontSize: 8.5, textColor: INK, cellPadding: 1.6, overflow: 'linebreak' },
      headStyles: { font: FONT, fontStyle: 'bold', fillColor: ACCENT, textColor: [255, 255, 255] },
      alternateRowStyles: { fillColor: [243, 245, 249] },
      ...options,
    });
    // autotable 5 does not type the position it leaves the cursor at.
    this.y = (this.doc as unknown as { lastAutoTable: { finalY: number } }).lastAutoTable.finalY + 5;
  }
}

const LEGEND_FONT_SIZE = 8.5;
const LEGEND_LINE_FACTOR = 1.15;
/** One line of the legend in mm: the font size in points, times the line height. */
const LEGEND_LINE = (LEGEND_FONT_SIZE * LEGEND_LINE_FACTOR * 25.4) / 72;

/** The radar as vectors: grid, spokes, labels, and each series with gaps where a criterion has no score. */
export function drawRadar(writer: Writer, model: RadarDrawing): void {
  const { doc } = writer;
  const size = 74;
  const cx = MARGIN + writer.width / 2;
  // A long name wraps within the right margin rather than run off the page.
  const legendX = cx - 30;
  doc.setFont(FONT, 'normal');
  doc.setFontSize(LEGEND_FONT_SIZE);
  const legend = model.seriesLabels.map(
    (label) => doc.splitTextToSize(label, MARGIN + writer.width - (legendX + 13)) as string[],
  );
  const legendHeight = legend.reduce((sum, lines) => sum + 5 + (lines.length - 1) * LEGEND_LINE, 0);
  writer.ensure(size + 30 + legendHeight);
  const cy = writer.y + 14 + size / 2;
  const radius = size / 2;
  const n = model.radar.axes.length;
  const centre = { x: cx, y: cy };
  const point = (i: number, value: number) => placeOnRadar(centre, radius, i, n, value);

  doc.setLineDashPattern([], 0);
  doc.setDrawColor(195, 202, 214);
  doc.setLineWidth(0.2);
  for (const ring of RADAR_RINGS) {
    const corners = Array.from({ length: n }, (_, i) => point(i, ring));
    corners.forEach((c, i) => {
      const next = corners[(i + 1) % n] ?? c;
      doc.line(c.x, c.y, next.x, next.y);
    });
  }
  doc.setFont(FONT, 'normal');
  doc.setFontSize(6.5);
  doc.setTextColor(...MUTED);
  for (let i = 0; i < n; i += 1) {
    const end = point(i, 100);
    doc.line(cx, cy, end.x, end.y);
  }
  for (const ring of RADAR_RINGS) {
    const at = placeRingLabel(centre, radius, n, ring);
    doc.text(String(ring), at.x + 0.8, at.y);
  }

  doc.setFontSize(8);
  doc.setTextColor(...INK);
  model.axisLabels.forEach((label, i) => {
    const at = point(i, 114);
    const align = alignAxisLabel(centre, at);
    const lines = balanceLines(label, 40, (text, width) => doc.splitTextToSize(text, width) as string[]);
    const top = at.y - ((lines.length - 1) * 3.3) / 2 + (at.y > cy + 1 ? 2 : at.y < cy - 1 ? -1 : 1);
    doc.text(lines, at.x, top, { align, lineHeightFactor: 1.15 });
  });

  model.radar.series.forEach((series, s) => {
    const colour = SERIES_COLOURS_RGB[s % SERIES_COLOURS_RGB.length] ?? INK;
    const { isClosed, runs } = findRadarRuns(series.values);
    doc.setDrawColor(...colour);
    doc.setFillColor(...colour);
    doc.setLineWidth(0.6);
    doc.setLineDashPattern(DASH_PATTERNS[series.lineStyle], 0);
    for (const run of runs) {
      const points = run.map((i) => point(i, series.values[i] ?? 0));
      const first = points[0];
      if (!first) continue;
      const deltas = points.slice(1).map((p, k) => {
        const previous = points[k] ?? first;
        return [p.x - previous.x, p.y - previous.y];
      });
      if (isClosed && series.isFilled) {
        doc.saveGraphicsState();
        doc.setGState(new GState({ opacity: 0.2 }));
        doc.lines(deltas, first.x, first.y, [1, 1], 'F', true);
        doc.restoreGraphicsState();
      }
      if (deltas.length > 0) doc.lines(deltas, first.x, first.y, [1, 1], 'S', isClosed);
    }
    doc.setLineDashPattern([], 0);
    series.values.forEach((value, i) => {
      if (value === null) return;
      const p = point(i, value);
      doc.circle(p.x, p.y, 0.8, 'F');
    });
  });

  writer.y = cy + radius + 16;
  legend.forEach((lines, s) => {
    const series = model.radar.series[s];
    if (!series) return;
    const colour = SERIES_COLOURS_RGB[s % SERIES_COLOURS_RGB.length] ?? INK;
    doc.setDrawColor(...colour);
    doc.setLineWidth(0.8);
    doc.setLineDashPattern(DASH_PATTERNS[series.lineStyle], 0);
    doc.line(legendX, writer.y, legendX + 10, writer.y);
    doc.setLineDashPattern([], 0);
    doc.setFont(FONT, 'normal');
    doc.setFontSize(LEGEND_FONT_SIZE);
    doc.setTextColor(...INK);
    doc.text(lines, legendX + 13, writer.y + 1.2, { lineHeightFactor: LEGEND_LINE_FACTOR });
    writer.y += 5 + (lines.length - 1) * LEGEND_LINE;
  });
  writer.y += 3;
}

/** A short, stable hex id from the report's text and date, so identical input gives an identical file. */
export function hashToHex(text: string): string {
  let hash = 0x811c9dc5;
  let out = '';
  for (let round = 0; round < 4; round += 1) {
    for (let i = 0; i < text.length; i += 1) {
      hash ^= text.charCodeAt(i) + round;
      hash = Math.imul(hash, 0x01000193) >>> 0;
    }
    out += hash.toString(16).padStart(8, '0');
  }
  return out.toUpperCase();
}

/** A new document with the embedded fonts and the properties that make its bytes depend only on its input. */
export function createDocument(
  fonts: ReportFonts,
  options: { paper: 'a4' | 'letter'; language: string; title: string; subject: string; date: Date },
): jsPDF {
  const doc = new jsPDF({ unit: 'mm', format: options.paper, compress: true, putOnlyUsedFonts: true });
  doc.addFileToVFS('BeVietnamPro-Regular.ttf', fonts.regular);
  doc.addFont('BeVietnamPro-Regular.ttf', FONT, 'normal');
  doc.addFileToVFS('BeVietnamPro-Bold.ttf', fonts.bold);
  doc.addFont('BeVietnamPro-Bold.ttf', FONT, 'bold');
  doc.setFont(FONT, 'normal');
  doc.setLanguage(options.language === 'vi' ? 'vi' : 'en-GB');
  doc.setDocumentProperties({
    title: options.title,
    subject: options.subject,
    creator: 'ICF community self-assessment',
  });
  doc.setCreationDate(options.date);
  doc.setFileId(
    hashToHex(`${options.title}|${options.date.toISOString()}|${options.language}|${options.paper}`),
  );
  return doc;
}

/** The running header (what the document is about) and footer (statement, "page x of y") on every page. */
export function addHeaderAndFooter(doc: jsPDF, header: string, footer: string, t: Translate): void {
  const pages = doc.getNumberOfPages();
  for (let page = 1; page <= pages; page += 1) {
    doc.setPage(page);
    const width = doc.internal.pageSize.getWidth();
    const height = doc.internal.pageSize.getHeight();
    doc.setFont(FONT, 'normal');
    doc.setFontSize(8);
    doc.setTextColor(...MUTED);
    const headerLines = doc.splitTextToSize(header, width - 2 * MARGIN) as string[];
    doc.text(headerLines.length > 1 ? `${headerLines[0] ?? ''}…` : header, MARGIN, 11);
    doc.setDrawColor(213, 219, 230);
    doc.setLineWidth(0.2);
    doc.line(MARGIN, 13, width - MARGIN, 13);
    doc.line(MARGIN, height - 12, width - MARGIN, height - 12);
    const footerLines = doc.splitTextToSize(footer, width - 2 * MARGIN - 30) as string[];
    doc.text(footerLines[0] ?? '', MARGIN, height - 8);
    doc.text(t('report.page', { page, pages }), width - MARGIN, height - 8, {
      align: 'right',
    });
  }
}
