import type { Assessment } from '../assessment/assessment-schema';
import type { Framework } from '../criteria/criterion-schema';
import type { Language } from '../language';
import { scoreAssessment, type ScoreStatus } from '../scoring/score-assessment';

export type ScoresCsvHeaders = {
  community: string;
  year: string;
  population: string;
  overall: string;
  band: string;
  assessmentId: string;
  /** Words after a criterion's name (or "overall") in the headers of its other columns. */
  low: string;
  high: string;
  coverage: string;
  provisional: string;
};

/**
 * How numbers are written. Spreadsheets read a file in the reader's regional format: where the
 * decimal mark is a comma (Vietnamese, most of Europe) cells are separated by semicolons.
 */
export const CSV_DECIMALS = ['point', 'comma'] as const;
export type CsvDecimal = (typeof CSV_DECIMALS)[number];

export type ScoresCsvOptions = { language: Language; headers: ScoresCsvHeaders; decimal?: CsvDecimal };

/** The number format a reader of this language most likely has. */
export function defaultCsvDecimal(language: Language): CsvDecimal {
  return language === 'vi' ? 'comma' : 'point';
}

// Without a byte order mark, Excel reads the file as the system code page and garbles Vietnamese.
const BOM = '\uFEFF';
const LINE_END = '\r\n';

// A spreadsheet runs a cell starting with one of these as a formula: a community named
// `=HYPERLINK(…)` in a shared file must stay text.
const FORMULA_START = /^[=+\-@\t\r]/;
const NEEDS_QUOTES = /[",;\r\n]/;

function formatText(text: string): string {
  const safe = FORMULA_START.test(text) ? `'${text}` : text;
  return NEEDS_QUOTES.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

/** Numbers without grouping, with the chosen decimal mark: what a spreadsheet reads back as numbers. */
function createNumberFormat(decimal: CsvDecimal) {
  const mark = (text: string) => (decimal === 'comma' ? text.replace('.', ',') : text);
  const score = (value: number | null) => (value === null ? '' : mark(value.toFixed(2)));
  return {
    score,
    whole: (value: number | undefined) => (value === undefined ? '' : String(value)),
    // The columns of one score: the value, its range, its coverage (0–1) and whether it is provisional.
    status: (value: number | null, status: ScoreStatus) => [
      score(value),
      score(status.range?.low ?? null),
      score(status.range?.high ?? null),
      mark(status.coverage.toFixed(4)),
      String(status.isProvisional),
    ],
  };
}

/**
 * The scores of the given assessments as CSV (RFC 4180), one row an assessment, each scored with
 * its own saved weights since the file reports that assessment's score. After id, community, year
 * and population, each criterion and the overall get five columns: score, range low, range high,
 * coverage (0–1) and provisional (true/false); then the overall's band, empty while it is
 * provisional. With a decimal comma, cells are separated by semicolons.
 */
export function buildScoresCsv(
  framework: Framework,
  assessments: Assessment[],
  options: ScoresCsvOptions,
): string {
  const { language, headers, decimal = 'point' } = options;
  const number = createNumberFormat(decimal);
  const separator = decimal === 'comma' ? ';' : ',';
  const statusHeaders = (name: string) => [
    name,
    ...[headers.low, headers.high, headers.coverage, headers.provisional].map((word) => `${name}: ${word}`),
  ];
  const header = [
    headers.assessmentId,
    headers.community,
    headers.year,
    headers.population,
    ...framework.criteria.flatMap((c) => statusHeaders(c.name[language])),
    ...statusHeaders(headers.overall),
    headers.band,
  ].map(formatText);
  const rows = assessments.map((assessment) => {
    const score = scoreAssessment(framework, assessment);
    return [
      formatText(assessment.id),
      formatText(assessment.profile.name),
      number.whole(assessment.profile.year),
      number.whole(assessment.profile.population),
      ...score.criteria.flatMap((c) => number.status(c.score, c)),
      ...number.status(score.overall, score),
      // Empty while provisional: a band is named only for a score that is not.
      formatText(score.band?.name[language] ?? ''),
    ];
  });
  return BOM + [header, ...rows].map((cells) => cells.join(separator) + LINE_END).join('');
}
