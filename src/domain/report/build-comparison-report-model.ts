import type { Comparison } from '../compare/build-comparison';
import type { Framework } from '../criteria/criterion-schema';
import type { RadarModel } from '../insights/radar-model';
import type { Language } from '../language';
import type { PaperSize, ReportTable, Translate } from './build-report-model';
import { createScoreText, markStatus, type ShownStatus } from './score-text';
import { dateTimeFormat, numberFormat } from '../intl-formats';

export type ComparisonReportModel = {
  language: Language;
  paper: PaperSize;
  /** The file name without its extension, which each format adds. */
  fileStem: string;
  title: string;
  labels: { footer: string };
  heading: string;
  statement: string;
  facts: [string, string][];
  warnings: string[];
  radar: { radar: RadarModel; axisLabels: string[]; seriesLabels: string[] };
  table: ReportTable;
  rankingHeading: string;
  /** Null when every assessment is one community: its years are not ranked against each other. */
  ranking: ReportTable | null;
  trend: { heading: string; table: ReportTable } | null;
};

/** The comparison PDF's content, from the same comparison the screen shows, in one language. */
export function buildComparisonReportModel(input: {
  framework: Framework;
  comparison: Comparison;
  /** The what-if weights the comparison was scored with; undefined for the framework's own. */
  weights?: Readonly<Record<string, number>> | undefined;
  language: Language;
  paper?: PaperSize;
  date: Date;
  t: Translate;
}): ComparisonReportModel {
  const { framework, comparison, language, t } = input;
  const { trend } = comparison;
  const format = createScoreText(language, t);
  const title = (c: { name: string; year: number | undefined }) =>
    (c.year === undefined ? c.name : `${c.name} ${c.year}`).normalize('NFC');
  const names = (ids: string[]) =>
    comparison.columns
      .filter((c) => ids.includes(c.id))
      .map(title)
      .join(', ');
  // A score with its difference to the baseline, then its mark while provisional.
  const cell = (value: number | null, diff: number | null, isBaseline: boolean, status: ShownStatus) => {
    const mark = format.mark(value, status);
    const text =
      value === null || isBaseline || diff === null
        ? format.score(value)
        : `${format.score(value)} (${format.signed(diff)})`;
    return mark === null ? text : `${text} (${mark})`;
  };
  const baseline = comparison.columns.find((c) => c.id === comparison.baselineId);
  const weightOf = (c: (typeof framework.criteria)[number]) => input.weights?.[c.id] ?? c.weight;
  const isCustom = framework.criteria.some((c) => weightOf(c) !== c.weight);
  const number = numberFormat(language, { maximumFractionDigits: 2 });
  const weightsText = isCustom
    ? `${t('report.customWeights')} ${framework.criteria.map((c) => `${c.name[language]} ${number.format(weightOf(c))}`).join('; ')}`
    : t('report.equalWeights');
  const dateText = dateTimeFormat(language, { dateStyle: 'long', timeZone: 'UTC' }).format(input.date);

  return {
    language,
    paper: input.paper ?? 'a4',
    fileStem: `icf-comparison-${input.date.toISOString().slice(0, 10)}-${language}`,
    title: t('report.compare.title'),
    labels: { footer: t('report.footer') },
    heading: t('report.compare.heading', { count: comparison.columns.length }),
    statement: t('report.statement'),
    facts: [
      [t('report.facts.date'), dateText],
      [t('report.facts.framework'), `${framework.id} ${framework.version}`],
      [t('report.compare.baseline'), baseline ? title(baseline) : '—'],
      [t('report.compare.weights'), weightsText],
    ],
    warnings: comparison.warnings.map((w) =>
      w.kind === 'framework-versions'
        ? t('report.compare.warnVersions', { versions: w.versions.join(', ') })
        : t(w.kind === 'custom-weights' ? 'report.compare.warnWeights' : 'report.compare.warnProvisional', {
            names: names(w.assessmentIds),
          }),
    ),
    radar: {
      radar: comparison.radar,
      axisLabels: comparison.radar.axes.map((a) => a.name[language]),
      seriesLabels: comparison.radar.series.map((s) =>
        'text' in s.label ? s.label.text.normalize('NFC') : '',
      ),
    },
    table: {
      head: [t('report.columns.criterion'), ...comparison.columns.map(title)],
      rows: [
        ...comparison.rows.map((row) => [
          row.name[language],
          ...comparison.columns.map((c, i) =>
            cell(
              row.scores[i] ?? null,
              row.diffs[i] ?? null,
              c.id === comparison.baselineId,
              markStatus(row.provisional[i] ?? false, row.ranges[i] ?? null),
            ),
          ),
        ]),
        [
          t('report.overall'),
          ...comparison.columns.map((c) => cell(c.overall, c.diffOverall, c.id === comparison.baselineId, c)),
        ],
      ],
    },
    rankingHeading: t('report.compare.rankingHeading'),
    ranking: comparison.isOneCommunity
      ? null
      : {
          head: [
            t('report.compare.rank'),
            t('report.compare.assessment'),
            t('report.columns.score'),
            t('report.columns.band'),
          ],
          rows: comparison.ranking.flatMap((id) => {
            const c = comparison.columns.find((column) => column.id === id);
            return c
              ? [
                  [
                    c.rank === null ? '—' : String(c.rank),
                    title(c),
                    format.withMark(c.overall, c),
                    format.band(c.overall, c),
                  ],
                ]
              : [];
          }),
        },
    trend: trend
      ? {
          heading: t('report.compare.trendHeading', { community: trend.community }),
          table: {
            head: [
              t('report.columns.criterion'),
              ...trend.overall.map((p) => String(p.year)),
              t('report.compare.change', {
                from: trend.overall[0]?.year ?? '',
                to: trend.overall.at(-1)?.year ?? '',
              }),
            ],
            rows: [
              ...trend.criteria.map((c) => [
                c.name[language],
                ...c.points.map((p) => format.withMark(p.score, markStatus(p.isProvisional, p.range))),
                format.signed(c.change),
              ]),
              [
                t('report.overall'),
                ...trend.overall.map((p) => format.withMark(p.score, markStatus(p.isProvisional, p.range))),
                format.signed(trend.overallChange),
              ],
            ],
          },
        }
      : null,
  };
}
