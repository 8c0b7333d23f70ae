import { GState, jsPDF } from 'jspdf';
import { autoTable, type UserOptions } from 'jspdf-autotable';

import { DASH_PATTERNS, SERIES_COLOURS_RGB } from './pdf-style';
import { findRadarRuns } from '../domain/insights/radar-model';
import type { ReportModel, ReportTable } from '../domain/report/build-report-model';

/** Be Vietnam Pro, regular and bold, as base64 TTF: full Vietnamese coverage, embedded and subset. */
export type ReportFonts = { regular: string; bold: string };

const FONT = 'BeVietnamPro';
const MARGIN = 18;
const TOP = 20;
const BOTTOM = 18;
const INK: [number, number, number] = [26, 31, 43];
const MUTED: [number, number, number] = [74, 84, 104];
const ACCENT: [number, number, number] = [11, 92, 173];
const LINE_HEIGHT = 0.42; // mm per point of font size

/** A cursor over the pages: writes wrapped text and starts a new page when the current one is full. */
class Writer {
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

  ensure(height: number): void {
    if (this.y + height > this.bottom) this.newPage();
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

/** The radar as vectors: grid, spokes, labels, and each series with gaps where a criterion has no score. */
function drawRadar(writer: Writer, model: ReportModel['summary']): void {
  const { doc } = writer;
  const size = 74;
  const legendHeight = 6 * model.radar.series.length;
  writer.ensure(size + 30 + legendHeight);
  const cx = MARGIN + writer.width / 2;
  const cy = writer.y + 14 + size / 2;
  const radius = size / 2;
  const n = model.radar.axes.length;
  const point = (i: number, value: number) => {
    const angle = -Math.PI / 2 + (2 * Math.PI * i) / n;
    return {
      x: cx + Math.cos(angle) * radius * (value / 100),
      y: cy + Math.sin(angle) * radius * (value / 100),
    };
  };

  doc.setLineDashPattern([], 0);
  doc.setDrawColor(195, 202, 214);
  doc.setLineWidth(0.2);
  for (const ring of [20, 40, 60, 80, 100]) {
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
  // Ring values between the first two axes, where no label sits.
  for (const ring of [20, 40, 60, 80, 100]) {
    const angle = -Math.PI / 2 + Math.PI / n;
    doc.text(
      String(ring),
      cx + Math.cos(angle) * radius * (ring / 100) + 0.8,
      cy + Math.sin(angle) * radius * (ring / 100),
    );
  }

  doc.setFontSize(8);
  doc.setTextColor(...INK);
  model.axisLabels.forEach((label, i) => {
    const at = point(i, 114);
    const align = Math.abs(at.x - cx) < 1 ? 'center' : at.x < cx ? 'right' : 'left';
    const lines = doc.splitTextToSize(label, 40) as string[];
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
  model.seriesLabels.forEach((label, s) => {
    const series = model.radar.series[s];
    if (!series) return;
    const colour = SERIES_COLOURS_RGB[s % SERIES_COLOURS_RGB.length] ?? INK;
    const x = cx - 30;
    doc.setDrawColor(...colour);
    doc.setLineWidth(0.8);
    doc.setLineDashPattern(DASH_PATTERNS[series.lineStyle], 0);
    doc.line(x, writer.y, x + 10, writer.y);
    doc.setLineDashPattern([], 0);
    doc.setFont(FONT, 'normal');
    doc.setFontSize(8.5);
    doc.setTextColor(...INK);
    doc.text(label, x + 13, writer.y + 1.2);
    writer.y += 5;
  });
  writer.y += 3;
}

/** A short, stable hex id from the report's text and date, so identical input gives an identical file. */
function hashToHex(text: string): string {
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

/** Lays a report model out as a PDF: A4 or US Letter, embedded Unicode fonts, vector chart, clickable links. */
export function renderReportPdf(model: ReportModel, fonts: ReportFonts, date: Date): ArrayBuffer {
  const doc = new jsPDF({ unit: 'mm', format: model.paper, compress: true, putOnlyUsedFonts: true });
  doc.addFileToVFS('BeVietnamPro-Regular.ttf', fonts.regular);
  doc.addFont('BeVietnamPro-Regular.ttf', FONT, 'normal');
  doc.addFileToVFS('BeVietnamPro-Bold.ttf', fonts.bold);
  doc.addFont('BeVietnamPro-Bold.ttf', FONT, 'bold');
  doc.setFont(FONT, 'normal');
  doc.setLanguage(model.language === 'vi' ? 'vi' : 'en-GB');
  doc.setDocumentProperties({
    title: model.title,
    subject: model.labels.footer,
    creator: 'ICF community self-assessment',
  });
  doc.setCreationDate(date);
  doc.setFileId(hashToHex(`${model.title}|${date.toISOString()}|${model.language}|${model.paper}`));

  const w = new Writer(doc);

  // 1. Cover
  w.y = 48;
  w.text(model.cover.heading, { size: 13, colour: MUTED, after: 3 });
  w.text(model.cover.community, { size: 26, bold: true, colour: ACCENT, after: 8 });
  for (const [label, value] of model.cover.facts) {
    w.ensure(6);
    doc.setFont(FONT, 'bold');
    doc.setFontSize(10);
    doc.setTextColor(...MUTED);
    doc.text(label, MARGIN, w.y + 3);
    const start = w.y;
    const valueLines = doc.splitTextToSize(value, w.width - 45) as string[];
    doc.setFont(FONT, 'normal');
    doc.setTextColor(...INK);
    doc.text(valueLines, MARGIN + 45, w.y + 3, { lineHeightFactor: 1.2 });
    w.y = start + Math.max(1, valueLines.length) * 4.8 + 1.5;
  }
  w.y += 6;
  w.text(model.cover.statement, { size: 10.5, after: 4 });
  if (model.cover.illustrative)
    w.text(model.cover.illustrative, { size: 10.5, bold: true, colour: [122, 46, 14] });

  // 2. Summary
  w.newPage();
  w.heading(model.summary.heading, 18);
  w.text(model.summary.overall, { size: 16, bold: true, after: 1 });
  w.text(model.summary.band, { size: 13, bold: true, colour: ACCENT, after: 1 });
  if (model.summary.bandDescription)
    w.text(model.summary.bandDescription, { size: 10, colour: MUTED, after: 1 });
  w.text(model.summary.weightsNote, { size: 10, colour: MUTED, after: 2 });
  drawRadar(w, model.summary);
  w.table(model.summary.table, { columnStyles: { 0: { fontStyle: 'bold' } } });
  for (const insight of model.summary.insights) w.text(insight, { size: 10 });

  // 3. Opportunities and targets
  w.newPage();
  w.heading(model.opportunities.heading);
  w.text(model.opportunities.intro, { size: 9.5, colour: MUTED, after: 3 });
  if (model.opportunities.table)
    w.table(model.opportunities.table, { columnStyles: { 0: { cellWidth: 18, halign: 'right' } } });
  else w.text(model.opportunities.empty);
  w.heading(model.targets.heading);
  if (model.targets.table) w.table(model.targets.table);
  else w.text(model.targets.empty);

  // 4. One section per criterion
  w.newPage();
  w.heading(model.criteriaHeading, 18);
  model.criteria.forEach((criterion, i) => {
    if (i > 0) w.newPage();
    w.heading(criterion.heading, 15);
    w.text(criterion.description, { size: 9.5, colour: MUTED, after: 2 });
    w.text(criterion.scoreLine, { size: 10.5, bold: true, after: 3 });
    if (criterion.narrative) {
      w.text(model.labels.narrative, { size: 10, bold: true, after: 1 });
      w.text(criterion.narrative, { size: 9.5, after: 3 });
    }
    for (const question of criterion.questions) {
      w.ensure(18);
      w.text(question.title, { size: 10, bold: true, after: 1 });
      w.text(`${model.labels.answer}: ${question.answer}`, { size: 9.5, indent: 4, after: 1 });
      if (question.notes)
        w.text(`${model.labels.notes}: ${question.notes}`, { size: 9, indent: 4, colour: MUTED, after: 1 });
      if (question.evidence.length > 0) {
        w.text(`${model.labels.evidence}:`, { size: 9, indent: 4, after: 0.5 });
        for (const item of question.evidence) w.link(item.label, item.url, 8);
      }
      if (question.quality)
        w.text(`${model.labels.quality}: ${question.quality}`, {
          size: 9,
          indent: 4,
          colour: MUTED,
          after: 1,
        });
      w.y += 2.5;
    }
  });

  // 5. Method
  w.newPage();
  w.heading(model.method.heading, 18);
  for (const paragraph of model.method.paragraphs) w.text(paragraph, { size: 10, after: 3 });
  w.table(model.method.weights);

  // 6. Header and footer on every page
  const pages = doc.getNumberOfPages();
  for (let page = 1; page <= pages; page += 1) {
    doc.setPage(page);
    const width = doc.internal.pageSize.getWidth();
    const height = doc.internal.pageSize.getHeight();
    doc.setFont(FONT, 'normal');
    doc.setFontSize(8);
    doc.setTextColor(...MUTED);
    const header = doc.splitTextToSize(model.community, width - 2 * MARGIN) as string[];
    doc.text(header.length > 1 ? `${header[0] ?? ''}…` : model.community, MARGIN, 11);
    doc.setDrawColor(213, 219, 230);
    doc.setLineWidth(0.2);
    doc.line(MARGIN, 13, width - MARGIN, 13);
    doc.line(MARGIN, height - 12, width - MARGIN, height - 12);
    const footer = doc.splitTextToSize(model.labels.footer, width - 2 * MARGIN - 30) as string[];
    doc.text(footer[0] ?? '', MARGIN, height - 8);
    doc.text(
      model.labels.page.replace('{{page}}', String(page)).replace('{{pages}}', String(pages)),
      width - MARGIN,
      height - 8,
      {
        align: 'right',
      },
    );
  }
  return doc.output('arraybuffer');
}
