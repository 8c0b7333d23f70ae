import {
  AlignmentType,
  Document,
  ExternalHyperlink,
  Footer,
  Header,
  HeadingLevel,
  LineRuleType,
  PageNumber,
  Paragraph,
  Table,
  TableCell,
  TableOfContents,
  TableRow,
  TextRun,
  WidthType,
  type ParagraphChild,
} from 'docx';
import { ChartRun, type ChartLineDash } from 'docx/charts';

import type { RadarLineStyle } from '../domain/insights/radar-model';
import type { ReportModel, ReportTable } from '../domain/report/build-report-model';
import { WORD_LAYOUTS, type WordLayout } from './word-layout';

const ACCENT = '0B5CAD';
// Word's own page sizes in twips (A4 is 210 × 297 mm, rounded as Word writes it).
const PAPER = { a4: { width: 11906, height: 16838 }, letter: { width: 12240, height: 15840 } };
const mm = (millimetres: number) => Math.round((millimetres * 1440) / 25.4);
const MUTED = '4A5468';
const WARNING = '7A2E0E';
// The screen chart's series colours (pdf-style.ts), as Word's hex colours.
const SERIES_COLOURS = ['0B5CAD', 'B54708', '475467', '067647', '9E165F', '5925DC', '0E7090', '93370D'];
const DASHES: Record<RadarLineStyle, ChartLineDash> = {
  solid: 'solid',
  dashed: 'dash',
  dotted: 'dot',
  'dash-dot': 'dashDot',
};

/** One paragraph a line, so that line breaks typed in a note or narrative survive. */
function paragraphsOf(
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

function labelled(label: string, value: string, colour?: string): Paragraph[] {
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

function tableOf(table: ReportTable, boldFirstColumn = false): Table {
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

const heading = (text: string, level: 1 | 2 | 3, pageBreakBefore = false) =>
  new Paragraph({
    text,
    pageBreakBefore,
    heading:
      level === 1 ? HeadingLevel.HEADING_1 : level === 2 ? HeadingLevel.HEADING_2 : HeadingLevel.HEADING_3,
  });

const muted = (text: string) => paragraphsOf(text, { color: MUTED });

/**
 * Lays a report model out as an editable Word document: real headings (navigation pane, contents
 * field), a native radar chart Word can edit, tables and clickable evidence links. Pure: no file or
 * network access, so it runs alike in the browser and in Node.
 */
export function renderReportDocx(model: ReportModel, layoutId: WordLayout = 'default'): Document {
  const layout = WORD_LAYOUTS[layoutId];
  const { labels } = model;
  // An administrative document under Decree 30/2020 is always on A4.
  const paper = PAPER[layoutId === 'default' ? model.paper : 'a4'];
  const language = { value: model.language === 'vi' ? 'vi-VN' : 'en-GB' };
  const { radar } = model.summary;

  const cover = [
    new Paragraph({
      spacing: { before: 2400, after: 240 },
      children: [new TextRun({ text: model.cover.heading, color: MUTED, size: 28 })],
    }),
    new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun({ text: model.cover.community })] }),
    tableOf({ head: [], rows: model.cover.facts.map(([k, v]) => [k, v]) }, true),
    new Paragraph({ spacing: { before: 240 }, children: [new TextRun(model.cover.statement)] }),
    ...(model.cover.illustrative
      ? [
          new Paragraph({
            children: [new TextRun({ text: model.cover.illustrative, bold: true, color: WARNING })],
          }),
        ]
      : []),
    // Not a heading itself, so that the contents do not list themselves.
    new Paragraph({
      pageBreakBefore: true,
      children: [
        new TextRun({ text: labels.contents, bold: true, color: ACCENT, size: layout.size * 2 + 12 }),
      ],
    }),
    new TableOfContents(labels.contents, { hyperlink: true, headingStyleRange: '1-2' }),
    ...muted(labels.contentsHint),
  ];

  const chart = new ChartRun({
    type: 'radar',
    title: labels.chartTitle,
    categories: model.summary.axisLabels,
    series: radar.series.map((series, s) => ({
      name: model.summary.seriesLabels[s] ?? '',
      values: series.values.map((v) => (v === null ? null : Math.round(v * 10) / 10)),
      color: SERIES_COLOURS[s % SERIES_COLOURS.length],
      line: { width: 2.25, dash: DASHES[series.lineStyle] },
    })),
    markers: true,
    valueAxis: { minimum: 0, maximum: 100, interval: 20 },
    font: { name: layout.font },
    transformation: { width: 560, height: 420 },
    altText: { name: labels.chartTitle, title: labels.chartTitle, description: labels.chartDescription },
  });

  const summary = [
    heading(model.summary.heading, 1, true),
    new Paragraph({ children: [new TextRun({ text: model.summary.overall, bold: true, size: 30 })] }),
    new Paragraph({
      children: [new TextRun({ text: model.summary.band, bold: true, color: ACCENT, size: 26 })],
    }),
    ...(model.summary.bandDescription ? muted(model.summary.bandDescription) : []),
    ...muted(model.summary.weightsNote),
    ...(model.summary.carriedOver
      ? paragraphsOf(model.summary.carriedOver, { bold: true, color: WARNING })
      : []),
    new Paragraph({
      alignment: AlignmentType.CENTER,
      keepNext: true,
      // Single, automatic spacing: a fixed line height would clip the chart to one line.
      spacing: { line: 240, lineRule: LineRuleType.AUTO },
      children: [chart],
    }),
    tableOf(model.summary.table, true),
    ...model.summary.insights.flatMap((insight) => paragraphsOf(insight)),
  ];

  const actionPlan = [
    heading(model.opportunities.heading, 1, true),
    ...muted(model.opportunities.intro),
    model.opportunities.table ? tableOf(model.opportunities.table) : new Paragraph(model.opportunities.empty),
    ...(model.stillToAnswer
      ? [
          heading(model.stillToAnswer.heading, 2),
          ...muted(model.stillToAnswer.intro),
          tableOf(model.stillToAnswer.table),
        ]
      : []),
    heading(model.targets.heading, 2),
    model.targets.table ? tableOf(model.targets.table, true) : new Paragraph(model.targets.empty),
  ];

  const criteria = [
    heading(model.criteriaHeading, 1, true),
    ...model.criteria.flatMap((criterion, i) => [
      heading(criterion.heading, 2, i > 0),
      ...muted(criterion.description),
      new Paragraph({ children: [new TextRun({ text: criterion.scoreLine, bold: true })] }),
      ...(criterion.narrative
        ? [
            heading(labels.narrative, 3),
            ...paragraphsOf(criterion.narrative),
            ...(criterion.narrativeLength ? muted(criterion.narrativeLength) : []),
            ...(criterion.narrativeWarning
              ? paragraphsOf(criterion.narrativeWarning, { bold: true, color: WARNING })
              : []),
          ]
        : []),
      ...criterion.questions.flatMap((question) => [
        new Paragraph({
          keepNext: true,
          spacing: { before: 200 },
          children: [new TextRun({ text: question.title, bold: true })],
        }),
        ...labelled(labels.answer, question.answer),
        ...[question.carriedOver, question.warning].flatMap((flag) =>
          flag ? paragraphsOf(flag, { bold: true, color: WARNING }) : [],
        ),
        ...(question.origin ? muted(question.origin) : []),
        ...(question.notes ? labelled(labels.notes, question.notes, MUTED) : []),
        ...(question.evidence.length > 0
          ? [
              new Paragraph({
                indent: { left: mm(4) },
                children: [new TextRun({ text: `${labels.evidence}:`, bold: true })],
              }),
              ...question.evidence.map(
                (item) =>
                  new Paragraph({
                    indent: { left: mm(8) },
                    children: [
                      new ExternalHyperlink({
                        link: item.url,
                        children: [new TextRun({ text: item.label, style: 'Hyperlink' })],
                      }),
                      ...(item.label === item.url
                        ? []
                        : [new TextRun({ text: ` (${item.url})`, color: MUTED, size: 18 })]),
                    ] satisfies ParagraphChild[],
                  }),
              ),
            ]
          : []),
        ...(question.quality ? labelled(labels.quality, question.quality, MUTED) : []),
      ]),
    ]),
  ];

  const method = [
    heading(model.method.heading, 1, true),
    ...model.method.paragraphs.flatMap((paragraph) => paragraphsOf(paragraph)),
    tableOf(model.method.weights),
  ];

  return new Document({
    creator: 'ICF community self-assessment',
    title: model.title,
    description: labels.footer,
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
            children: [
              new Paragraph({ children: [new TextRun({ text: model.community, color: MUTED, size: 16 })] }),
            ],
          }),
        },
        footers: {
          default: new Footer({
            children: [
              new Paragraph({
                children: [
                  new TextRun({ text: `${labels.footer} · `, color: MUTED, size: 16 }),
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
        children: [...cover, ...summary, ...actionPlan, ...criteria, ...method],
      },
    ],
  });
}
