import { MAX_FILE_BYTES, type FileIssue } from '../domain/assessment/assessment-file';
import type { ImportedAssessment } from '../domain/assessment/import-file';
import {
  MAX_COMPARED,
  MIN_COMPARED,
  buildComparison,
  type Comparison,
} from '../domain/compare/build-comparison';
import type { Framework } from '../domain/criteria/criterion-schema';
import { isLanguage, type Language } from '../domain/language';
import type { PaperSize } from '../domain/report/build-report-model';
import { isWordLayout, type WordLayout } from '../docx/word-layout';
import { describeFileIssue } from '../components/describe-file-issue';
import { isCalendarDate, isSameFile } from './check-arguments';
import type { CliSay } from './cli-messages';
import { lines, refuse, type CliOutput, type WrittenFile } from './cli-output';
import {
  STDIN,
  importAssessmentText,
  readInputText,
  type ReadFailure,
  type ReadStdin,
} from './read-assessment-file';

export type ComparisonFormat = 'pdf' | 'docx';
const isComparisonFormat = (value: string): value is ComparisonFormat => value === 'pdf' || value === 'docx';

/** Writes the comparison file; injected so that no other command loads the PDF or Word code. */
export type WriteComparison = (request: {
  framework: Framework;
  comparison: Comparison;
  language: Language;
  paper: PaperSize;
  format: ComparisonFormat;
  layout: WordLayout;
  date: Date;
  out: string;
}) => Promise<number | WrittenFile>;

export const COMPARE_USAGE = `  cli compare <file.json>… --out <file> [--format pdf|docx] [--lang en|vi] [--paper a4|letter]
             [--layout default|decree-30] [--date YYYY-MM-DD]
                                               write the comparison of ${MIN_COMPARED} to ${MAX_COMPARED} assessments (any
                                               file may hold several: an "Export all" file) as
                                               PDF or Word, as the compare screen does; its
                                               messages are in the --lang language
`;

export type CompareOptions = {
  out?: string | undefined;
  lang?: string | undefined;
  paper?: string | undefined;
  date?: string | undefined;
  format?: string | undefined;
  layout?: string | undefined;
};

/**
 * `compare`: every file through the app's one import door, then the comparison the compare screen
 * builds, written by the same PDF and Word code. Nothing is written unless every file reads and
 * there are two to eight assessments; every message is in the language of the comparison.
 */
export async function runCompare({
  files,
  options,
  readFramework,
  readStdin,
  writeComparison,
}: {
  files: readonly string[];
  options: CompareOptions;
  readFramework: () => { framework: Framework } | { output: CliOutput };
  readStdin: ReadStdin | undefined;
  writeComparison: WriteComparison;
}): Promise<CliOutput> {
  const { out, lang = 'en', paper = 'a4', date, format = 'pdf', layout = 'default' } = options;
  // The one message that cannot be in the language asked for.
  if (!isLanguage(lang)) return refuse(`error: --lang must be en or vi, not "${lang}"`);
  const { createCliMessages } = await import('./cli-messages');
  const { t, say } = await createCliMessages(lang);
  const error = (message: string) => say('error', { message });
  const fail = (key: string, values?: Record<string, unknown>) => refuse(error(say(key, values)));

  if (files.length === 0) return fail('noFiles', { min: MIN_COMPARED });
  if (!out) return fail('needsOut');
  if (!isComparisonFormat(format)) return fail('badFormat', { value: format });
  if (!isWordLayout(layout)) return fail('badLayout', { value: layout });
  if (paper !== 'a4' && paper !== 'letter') return fail('badPaper', { value: paper });
  if (date !== undefined && !isCalendarDate(date)) return fail('badDate', { value: date });
  if (out === STDIN) return fail('outStdin');
  if (files.filter((file) => file === STDIN).length > 1) return fail('stdinTwice');
  // Each file holds one assessment at least: too many files are refused before any is read.
  if (files.length > MAX_COMPARED) return fail('tooManyFiles', { max: MAX_COMPARED, count: files.length });
  if (files.some((file) => file !== STDIN && isSameFile(file, out))) return fail('outIsInput', { out });

  const read = readFramework();
  if ('output' in read) return read.output;
  const { framework } = read;
  const describe = (kind: 'error' | 'warning', name: string, issues: readonly FileIssue[]) =>
    issues.map((issue) => {
      const { place, text } = describeFileIssue(issue, framework, t, (localized) => localized[lang]);
      // A problem of the whole file is named in a few words; its technical detail says where or why
      // (the parser's position, the version that made it), as the import screen shows it.
      const detail = issue.reason || place ? '' : ` (${t('import.technicalDetail')}: ${issue.message})`;
      return say(kind, { message: `${name}: ${place ? `${place}: ` : ''}${text}${detail}` });
    });

  const errors: string[] = [];
  const warnings: string[] = [];
  const imported: ImportedAssessment[] = [];
  for (const file of files) {
    const name = file === STDIN ? say('stdin') : file;
    const text = readInputText(file, readStdin);
    if ('failure' in text) {
      errors.push(error(describeReadFailure(say, name, text.failure)));
      continue;
    }
    const { result } = importAssessmentText(text.text, framework);
    if (!result.ok) {
      errors.push(...describe('error', name, result.errors));
      continue;
    }
    warnings.push(
      ...describe(
        'warning',
        name,
        result.value.flatMap((item) => item.warnings),
      ),
    );
    imported.push(...result.value);
  }
  if (errors.length > 0) return refuse(errors);
  const count = imported.length;
  if (count < MIN_COMPARED) return fail('tooFew', { min: MIN_COMPARED, count });
  if (count > MAX_COMPARED) return fail('tooMany', { max: MAX_COMPARED, count });

  const comparison = buildComparison(framework, withDistinctIds(imported), {
    currentVersion: framework.version,
  });
  try {
    const written = await writeComparison({
      framework,
      comparison,
      language: lang,
      paper,
      format,
      layout,
      date: date === undefined ? new Date() : new Date(`${date}T00:00:00Z`),
      out,
    });
    const { bytes, missingCharacters } =
      typeof written === 'number' ? { bytes: written, missingCharacters: [] } : written;
    const missing =
      missingCharacters.length === 0
        ? []
        : [
            say('warning', {
              message: say('missingCharacters', {
                count: missingCharacters.length,
                characters: missingCharacters.join(' '),
              }),
            }),
          ];
    return {
      stdout: '',
      stderr: lines([...warnings, ...missing, say('wrote', { out, bytes })]),
      exitCode: 0,
    };
  } catch (caught) {
    return fail('couldNotWrite', { out, reason: (caught as Error).message });
  }
}

function describeReadFailure(say: CliSay, file: string, failure: ReadFailure): string {
  if (failure.kind === 'too-large') {
    return say('tooLarge', { file, max: MAX_FILE_BYTES / 1024 / 1024, bytes: MAX_FILE_BYTES });
  }
  const reason =
    failure.kind === 'no-stdin'
      ? say('readReason.no-stdin')
      : failure.reason
        ? say(`readReason.${failure.reason}`)
        : failure.detail;
  return say('cannotRead', { file, reason });
}

/**
 * The compare screen compares assessments by id, and its store holds each id once; files can
 * repeat one (a copy, an edited export), so a repeat is renamed for this comparison only; ids are
 * never printed.
 */
function withDistinctIds(imported: readonly ImportedAssessment[]) {
  const seen = new Set<string>();
  return imported.map(({ assessment, frameworkVersion }) => {
    let id = assessment.id;
    for (let n = 2; seen.has(id); n += 1) id = `${assessment.id}~${n}`;
    seen.add(id);
    return { assessment: id === assessment.id ? assessment : { ...assessment, id }, frameworkVersion };
  });
}
