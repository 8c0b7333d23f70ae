import {
  Document,
  Footer,
  Header,
  HeadingLevel,
  LineRuleType,
  PageNumber,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
  type FileChild,
} from 'docx';
import { ChartRun, type ChartLineDash } from 'docx/charts';

import type { RadarLineStyle, RadarModel } from '../domain/insights/radar-model';
import type { PaperSize, ReportTable } from '../domain/report/build-report-model';
import { WORD_LAYOUTS, type WordLayout } from './word-layout';

// The pieces every Word document of the app is made of: the report's and the comparison's.

export const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

export const ACCENT = '0B5CAD';
// Word's own page sizes in twips (A4 is 210 × 297 mm, rounded as Word writes it).
export const PAPER = { a4: { width: 11906, height: 16838 }, letter: { width: 12240, height: 15840 } };
export const mm = (millimetres: number) => Math.round((millimetres * 1440) / 25.4);
export const MUTED = '4A5468';
export const WARNING = '7A2E0E';
// The screen chart's series colours (pdf-style.ts), as Word's hex colours.
export const SERIES_COLOURS = [
  '0B5CAD',
  'B54708',
  '475467',
  '067647',
  '9E165F',
  '5925DC',
  '0E7090',
  '93370D',
];
export const DASHES: Record<RadarLineStyle, ChartLineDash> = {
  solid: 'solid',
  dashed: 'dash',
  dotted: 'dot',
  'dash-dot': 'dashDot',
};

/** One paragraph a line, so that line breaks typed in a note or narrative survive. */
export function paragraphsOf(
  text: string,
  run: { color?: string; size?: number; bold?: boolean } = {},
): Paragraph[] {
  return text.split(/\r?\n/).map(
    (line) =>
      new Paragraph({
        children: line
          .split('\t')
          .flatMap((part, i) => [
            ...(i > 0 ? [new TextRun({ text: '\t' })] : []),
            new TextRun({ text: part, ...run }),
          ]),
      }),
  );
}

export function labelled(label: string, value: string, colour?: string): Paragraph[] {
  const [first = '', ...rest] = value.split(/\r?\n/);
  return [
    new Paragraph({
      indent: { left: mm(4) },
      children: [
        new TextRun({ text: `${label}: `, bold: true, color: colour }),
        new TextRun({ text: first, color: colour }),
      ],
    }),
    ...rest.map(
      (line) =>
        new Paragraph({
          indent: { left: mm(4) },
          children: [new TextRun({ text: line, color: colour })],
        }),
    ),
  ];
}

export function tableOf(table: ReportTable, boldFirstColumn = false): Table {
  const row = (cells: string[], isHead: boolean) =>
    new TableRow({
      tableHeader: isHead,
      cantSplit: true,
      children: cells.map(
        (cell, i) =>
          new TableCell({
            shading: isHead ? { fill: ACCENT } : undefined,
            margins: { top: 40, bottom: 40, left: 80, right: 80 },
            children: [
              new Paragraph({
                spacing: { after: 0 },
                children: [
                  new TextRun({
                    text: cell,
                    bold: isHead || (boldFirstColumn && i === 0),
                    color: isHead ? 'FFFFFF' : undefined,
                    size: 18,
                  }),
                ],
              }),
            ],
          }),
      ),
    });
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [
      ...(table.head.length > 0 ? [row(table.head, true)] : []),
      ...table.rows.map((cells) => row(cells, false)),
    ],
  });
}

export const heading = (text: string, level: 1 | 2 | 3, pageBreakBefore = false) =>
  new Paragraph({
    text,
    pageBreakBefore,
    // A heading never ends a page apart from what it heads.
    keepNext: true,
    heading:
      level === 1 ? HeadingLevel.HEADING_1 : level === 2 ? HeadingLevel.HEADING_2 : HeadingLevel.HEADING_3,
  });

export const muted = (text: string) => paragraphsOf(text, { color: MUTED });

/** The radar as a native chart Word can edit: six axes from 0 to 100, gaps where a criterion has no score. */
export function radarChart(
  radar: RadarModel,
  labels: { axes: string[]; series: string[]; title: string; description: string },
  font: string,
): ChartRun {
  return new ChartRun({
    type: 'radar',
    title: labels.title,
    categories: labels.axes,
    series: radar.series.map((series, s) => ({
      name: labels.series[s] ?? '',
      values: series.values.map((v) => (v === null ? null : Math.round(v * 10) / 10)),
      color: SERIES_COLOURS[s % SERIES_COLOURS.length],
      line: { width: 2.25, dash: DASHES[series.lineStyle] },
    })),
    markers: true,
    valueAxis: { minimum: 0, maximum: 100, interval: 20 },
    font: { name: font },
    transformation: { width: 560, height: 420 },
    altText: { name: labels.title, title: labels.title, description: labels.description },
  });
}

/**
 * A document in one of the layouts: its fonts and headings, the paper (always A4 under Decree
 * 30/2020), a header line, and a footer with "page x / y".
 */
export function createWordDocument({
  layoutId,
  paperSize,
  languageTag,
  title,
  header,
  footer,
  children,
}: {
  layoutId: WordLayout;
  paperSize: PaperSize;
  languageTag: string;
  title: string;
  header: string;
  footer: string;
  children: FileChild[];
}): Document {
  const layout = WORD_LAYOUTS[layoutId];
  const paper = PAPER[layoutId === 'default' ? paperSize : 'a4'];
  const language = { value: languageTag };
  return new Document({
    creator: 'ICF community self-assessment',
    title,
    description: footer,
    features: { updateFields: true },
    styles: {
      default: {
        document: { run: { font: layout.font, size: layout.size * 2, language } },
        title: { run: { font: layout.font, size: 52, bold: true, color: ACCENT } },
        heading1: {
          run: { font: layout.font, size: layout.size * 2 + 12, bold: true, color: ACCENT },
          paragraph: { spacing: { before: 240, after: 120 } },
        },
        heading2: {
          run: { font: layout.font, size: layout.size * 2 + 6, bold: true, color: ACCENT },
          paragraph: { spacing: { before: 240, after: 120 } },
        },
        heading3: {
          run: { font: layout.font, size: layout.size * 2 + 2, bold: true },
          paragraph: { spacing: { before: 160, after: 80 } },
        },
      },
      paragraphStyles: [
        {
          id: 'Normal',
          name: 'Normal',
          run: { font: layout.font, size: layout.size * 2 },
          paragraph: { spacing: { after: 100, line: layout.lineSpacing, lineRule: LineRuleType.AUTO } },
        },
      ],
    },
    sections: [
      {
        properties: {
          page: {
            size: paper,
            margin: {
              top: mm(layout.margins.top),
              right: mm(layout.margins.right),
              bottom: mm(layout.margins.bottom),
              left: mm(layout.margins.left),
              header: mm(10),
              footer: mm(10),
            },
          },
        },
        headers: {
          default: new Header({
            children: [new Paragraph({ children: [new TextRun({ text: header, color: MUTED, size: 16 })] })],
          }),
        },
        footers: {
          default: new Footer({
            children: [
              new Paragraph({
                children: [
                  new TextRun({ text: `${footer} · `, color: MUTED, size: 16 }),
                  new TextRun({
                    children: [PageNumber.CURRENT, '/', PageNumber.TOTAL_PAGES],
                    color: MUTED,
                    size: 16,
                  }),
                ],
              }),
            ],
          }),
        },
        children,
      },
    ],
  });
}
