import type { Assessment } from '../assessment/assessment-schema';
import type { Framework } from '../criteria/criterion-schema';
import type { Language } from '../language';
import { scoreAssessment, type ScoreStatus } from '../scoring/score-assessment';

export type ScoresCsvHeaders = {
  community: string;
  year: string;
  overall: string;
  band: string;
  assessmentId: string;
  /** Words after a criterion's name (or "overall") in the headers of its other columns. */
  low: string;
  high: string;
  coverage: string;
  provisional: string;
};

export type ScoresCsvOptions = { language: Language; headers: ScoresCsvHeaders };

// Without a byte order mark, Excel reads the file as the system code page and garbles Vietnamese.
const BOM = '\uFEFF';
const LINE_END = '\r\n';

// A spreadsheet runs a cell starting with one of these as a formula: a community named
// `=HYPERLINK(…)` in a shared file must stay text.
const FORMULA_START = /^[=+\-@\t\r]/;
const NEEDS_QUOTES = /[",\r\n]/;

function formatText(text: string): string {
  const safe = FORMULA_START.test(text) ? `'${text}` : text;
  return NEEDS_QUOTES.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

// Fixed '.' and two decimals whatever the reader's language: the file is for other programs.
function formatScore(score: number | null): string {
  return score === null ? '' : score.toFixed(2);
}

// The columns of one score: the value, its range, its coverage (0–1) and whether it is provisional.
function formatStatus(score: number | null, status: ScoreStatus): string[] {
  return [
    formatScore(score),
    formatScore(status.range?.low ?? null),
    formatScore(status.range?.high ?? null),
    status.coverage.toFixed(4),
    String(status.isProvisional),
  ];
}

/**
 * The scores of the given assessments as CSV (RFC 4180), one row an assessment, each scored with
 * its own saved weights since the file reports that assessment's score. Each criterion and the
 * overall get five columns: score, range low, range high, coverage (0–1) and provisional
 * (true/false); then the overall's band, empty while it is provisional.
 */
export function buildScoresCsv(
  framework: Framework,
  assessments: Assessment[],
  options: ScoresCsvOptions,
): string {
  const { language, headers } = options;
  const statusHeaders = (name: string) => [
    name,
    ...[headers.low, headers.high, headers.coverage, headers.provisional].map((word) => `${name}: ${word}`),
  ];
  const header = [
    headers.assessmentId,
    headers.community,
    headers.year,
    ...framework.criteria.flatMap((c) => statusHeaders(c.name[language])),
    ...statusHeaders(headers.overall),
    headers.band,
  ].map(formatText);
  const rows = assessments.map((assessment) => {
    const score = scoreAssessment(framework, assessment);
    return [
      formatText(assessment.id),
      formatText(assessment.profile.name),
      assessment.profile.year === undefined ? '' : String(assessment.profile.year),
      ...score.criteria.flatMap((c) => formatStatus(c.score, c)),
      ...formatStatus(score.overall, score),
      // Empty while provisional: a band is named only for a score that is not.
      formatText(score.band?.name[language] ?? ''),
    ];
  });
  return BOM + [header, ...rows].map((cells) => cells.join(',') + LINE_END).join('');
}
