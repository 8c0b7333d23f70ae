import type { Assessment } from '../assessment/assessment-schema';
import type { Framework } from '../criteria/criterion-schema';
import type { Language } from '../language';
import { scoreAssessment } from '../scoring/score-assessment';

export type ScoresCsvHeaders = {
  community: string;
  year: string;
  overall: string;
  band: string;
  assessmentId: string;
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

/**
 * The scores of the given assessments as CSV (RFC 4180), one row an assessment, each scored with
 * its own saved weights since the file reports that assessment's score.
 */
export function buildScoresCsv(
  framework: Framework,
  assessments: Assessment[],
  options: ScoresCsvOptions,
): string {
  const { language, headers } = options;
  const header = [
    headers.assessmentId,
    headers.community,
    headers.year,
    ...framework.criteria.map((c) => c.name[language]),
    headers.overall,
    headers.band,
  ].map(formatText);
  const rows = assessments.map((assessment) => {
    const score = scoreAssessment(framework, assessment);
    return [
      formatText(assessment.id),
      formatText(assessment.profile.name),
      assessment.profile.year === undefined ? '' : String(assessment.profile.year),
      ...score.criteria.map((c) => formatScore(c.score)),
      formatScore(score.overall),
      formatText(score.band?.name[language] ?? ''),
    ];
  });
  return BOM + [header, ...rows].map((cells) => cells.join(',') + LINE_END).join('');
}
