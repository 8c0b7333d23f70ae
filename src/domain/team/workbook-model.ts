import { DATA_QUALITIES, type Answer, type AnswerValue } from '../assessment/assessment-schema';
import { NA } from '../assessment/not-applicable';
import type { Framework, Question } from '../criteria/criterion-schema';
import { indexQuestions } from '../criteria/index-questions';
import { LEVEL_COUNT } from '../criteria/level-count';
import type { Language } from '../language';
import type { Translate } from '../report/build-report-model';
import { FORMAT_WORDS, type AnswerVocabulary } from './read-answer-cell';
import { describePackFileStem, type RespondentPack } from './respondent-pack';
import {
  ABOUT_KEYS,
  COLUMN_KEYS,
  LAST_YEAR_COLUMN,
  WORKBOOK_COLUMNS,
  WORKBOOK_FORMAT,
  WORKBOOK_FORMAT_VERSION,
  type AboutKey,
  type SheetColumn,
} from './workbook-layout';
import { MAX_DATA_YEAR, MIN_DATA_YEAR } from './read-answer-cell';

export type WorkbookCellValue = string | number | null;

/**
 * A dropdown: the values offered and what the spreadsheet says when something else is typed.
 * `isStrict` refuses anything else; otherwise a warning lets the value stand (a level's bare
 * number, a percentage beside "N/A"), and the app checks it when the file comes back.
 */
export type WorkbookChoices = { list: string[]; isStrict: boolean; error: string };

export type WorkbookRow = {
  questionId: string;
  values: Record<SheetColumn, WorkbookCellValue>;
  /** The answer cell's dropdown, for level, yes/no and N/A answers. */
  answerChoices: WorkbookChoices | null;
  /** A note shown when the answer cell is selected (a checklist's item codes). */
  answerPrompt: string | null;
};

export type InstructionLine =
  { kind: 'title' | 'heading' | 'text'; text: string } | { kind: 'term'; term: string; text: string };

/** Everything a respondent's workbook holds, as plain values in one language: the renderer lays it out. */
export type WorkbookModel = {
  language: Language;
  /** The file name without its extension. */
  fileStem: string;
  title: string;
  instructions: { sheetName: string; lines: InstructionLine[] };
  answers: {
    columns: SheetColumn[];
    /** Row 2: each column's label in the workbook's language. */
    labels: string[];
    rows: WorkbookRow[];
    dataQuality: WorkbookChoices;
    dataYear: { min: number; max: number; error: string };
  };
  about: { key: AboutKey; value: string | number; label: string }[];
};

const LEVEL_SEPARATOR = ' · ';
const NAME_SEPARATOR = ' — ';

/** The dropdown text of level n: "2 · Developing". */
export function formatLevelChoice(framework: Pick<Framework, 'levels'>, level: number, language: Language) {
  const name = framework.levels[level];
  return name ? `${level}${LEVEL_SEPARATOR}${name[language]}` : String(level);
}

/** An answer's value as the answer cell holds it, in the words of the workbook's dropdowns. */
export function formatAnswerCell(
  framework: Pick<Framework, 'levels'>,
  question: Question,
  value: AnswerValue | undefined,
  language: Language,
  t: Translate,
): WorkbookCellValue {
  if (value === undefined) return null;
  if (value === NA) return t('workbook.na');
  if (typeof value === 'boolean') return t(value ? 'workbook.yes' : 'workbook.no');
  if (Array.isArray(value)) return value.length === 0 ? t('workbook.none') : value.join(', ');
  return question.type === 'level' ? formatLevelChoice(framework, value, language) : value;
}

function formatEvidence(answer: Answer | undefined): string | null {
  const lines = (answer?.evidence ?? []).map(({ url, label }) => (label ? `${url} ${label}` : url));
  return lines.length > 0 ? lines.join('\n') : null;
}

function describeQuestionHelp(
  framework: Pick<Framework, 'levels'>,
  question: Question,
  language: Language,
  t: Translate,
): string {
  const lines = [question.help[language]];
  switch (question.type) {
    case 'level':
      lines.push(
        '',
        t('workbook.levels'),
        ...question.levels.map(
          (level, n) => `${formatLevelChoice(framework, n, language)}: ${level.summary[language]}`,
        ),
      );
      break;
    case 'percent':
    case 'number':
      lines.push(
        '',
        t('workbook.unit', { unit: question.unit[language] }),
        `${t('workbook.formula')} ${question.definition.formula[language]}`,
        `${t('workbook.dataYearAsked')} ${question.definition.dataYear[language]}`,
      );
      if (question.type === 'number' && question.min !== undefined && question.max !== undefined)
        lines.push(t('workbook.range', { min: question.min, max: question.max }));
      break;
    case 'checklist':
      lines.push(
        '',
        t('workbook.items'),
        ...question.options.map((option) => `${option.id} = ${option.label[language]}`),
      );
      break;
    case 'boolean':
      break;
  }
  if (question.allowsNA) lines.push('', t('workbook.allowsNA'));
  return lines.join('\n');
}

function listAnswerChoices(
  framework: Pick<Framework, 'levels'>,
  question: Question,
  language: Language,
  t: Translate,
): WorkbookChoices | null {
  const na = question.allowsNA ? [t('workbook.na')] : [];
  switch (question.type) {
    case 'level':
      return {
        list: [
          ...Array.from({ length: LEVEL_COUNT }, (_, n) => formatLevelChoice(framework, n, language)),
          ...na,
        ],
        isStrict: false,
        error: t('workbook.levelError'),
      };
    case 'boolean':
      return {
        list: [t('workbook.yes'), t('workbook.no'), ...na],
        isStrict: true,
        error: t('workbook.choiceError'),
      };
    default:
      // A number beside "N/A": the list offers N/A, and a typed figure stands.
      return na.length > 0 ? { list: na, isStrict: false, error: t('workbook.numberOrNA') } : null;
  }
}

function describeLastYear(
  framework: Pick<Framework, 'levels'>,
  question: Question,
  answer: Answer | undefined,
  language: Language,
  t: Translate,
): string | null {
  const value = formatAnswerCell(framework, question, answer?.value, language, t);
  if (value === null) return null;
  const text = typeof value === 'number' ? formatNumber(value, language) : value;
  return answer?.dataYear === undefined
    ? text
    : t('workbook.lastYearValue', { answer: text, year: answer.dataYear });
}

const formatNumber = (value: number, language: Language) =>
  new Intl.NumberFormat(language, { maximumFractionDigits: 6, useGrouping: false }).format(value);

const formatDate = (date: Date) => date.toISOString().slice(0, 10);

/** What a respondent's workbook says, from the pack, in the workbook's language. */
export function buildWorkbookModel({
  framework,
  pack,
  language,
  date,
  t,
}: {
  framework: Framework;
  pack: RespondentPack;
  language: Language;
  date: Date;
  t: Translate;
}): WorkbookModel {
  const questions = indexQuestions(framework);
  const hasLastYear = pack.lastYear !== undefined;
  const columns: SheetColumn[] = hasLastYear
    ? [...WORKBOOK_COLUMNS, LAST_YEAR_COLUMN]
    : [...WORKBOOK_COLUMNS];
  const labels = columns.map((column) =>
    column === LAST_YEAR_COLUMN && pack.lastYear?.year !== undefined
      ? t('workbook.lastYearLabel', { year: pack.lastYear.year })
      : t(`workbook.labels.${COLUMN_KEYS[column]}`),
  );
  const rows: WorkbookRow[] = pack.questions.flatMap((questionId) => {
    const entry = questions.get(questionId);
    if (!entry) return [];
    const { question, criterion } = entry;
    const answer = pack.answers[questionId];
    return [
      {
        questionId,
        values: {
          id: questionId,
          criterion: criterion.name[language],
          question: question.prompt[language],
          help: describeQuestionHelp(framework, question, language, t),
          answer: formatAnswerCell(framework, question, answer?.value, language, t),
          notes: answer?.notes ?? null,
          evidence: formatEvidence(answer),
          'data year': answer?.dataYear ?? null,
          source: answer?.source ?? null,
          'data quality': answer?.dataQuality ? t(`workbook.quality.${answer.dataQuality}`) : null,
          'last year': hasLastYear
            ? describeLastYear(framework, question, pack.lastYear?.answers[questionId], language, t)
            : null,
        },
        answerChoices: listAnswerChoices(framework, question, language, t),
        answerPrompt:
          question.type === 'checklist'
            ? t('workbook.checklistPrompt', { codes: question.options.map((option) => option.id).join(', ') })
            : null,
      },
    ];
  });

  const respondent = [pack.respondent.name, pack.respondent.organisation, pack.respondent.role]
    .filter((part): part is string => part !== undefined && part !== '')
    .join(NAME_SEPARATOR);
  const assessmentTitle =
    pack.assessment.year === undefined
      ? pack.assessment.name
      : `${pack.assessment.name} ${pack.assessment.year}`;
  const term = (key: string, text: string): InstructionLine => ({ kind: 'term', term: key, text });
  const instructions: InstructionLine[] = [
    { kind: 'title', text: t('workbook.title', { assessment: assessmentTitle }) },
    { kind: 'text', text: t('workbook.for', { respondent }) },
    {
      kind: 'text',
      text: t('workbook.made', {
        date: formatDate(date),
        version: pack.framework.version,
        count: rows.length,
      }),
    },
    { kind: 'heading', text: t('workbook.howHeading') },
    ...['step1', 'step2', 'step3', 'step4'].map((step) => ({
      kind: 'text' as const,
      text: t(`workbook.${step}`),
    })),
    { kind: 'heading', text: t('workbook.answersHeading') },
    ...(['level', 'percent', 'number', 'boolean', 'checklist', 'na'] as const).map((kind) => ({
      kind: 'text' as const,
      text: t(`workbook.kinds.${kind}`),
    })),
    { kind: 'text', text: t('workbook.evidenceHow') },
    { kind: 'heading', text: t('workbook.columnsHeading') },
    ...columns.map((column) => term(column, t(`workbook.columns.${COLUMN_KEYS[column]}`))),
    { kind: 'heading', text: t('workbook.levelsHeading') },
    ...framework.levels.map((name, n) => term(String(n), name[language])),
    { kind: 'heading', text: t('workbook.qualityHeading') },
    ...DATA_QUALITIES.map((quality) =>
      term(t(`workbook.quality.${quality}`), t(`workbook.qualityHelp.${quality}`)),
    ),
  ];

  const aboutValues: Record<AboutKey, string | number | undefined> = {
    format: WORKBOOK_FORMAT,
    'format version': WORKBOOK_FORMAT_VERSION,
    framework: pack.framework.id,
    'framework version': pack.framework.version,
    'assessment id': pack.assessment.id,
    assessment: pack.assessment.name,
    year: pack.assessment.year,
    'respondent id': pack.respondent.id,
    respondent: pack.respondent.name,
    organisation: pack.respondent.organisation,
    role: pack.respondent.role,
    language,
    'made on': formatDate(date),
  };
  return {
    language,
    fileStem: `${describePackFileStem(pack)}-${language}`,
    title: t('workbook.title', { assessment: assessmentTitle }),
    instructions: { sheetName: t('workbook.sheet'), lines: instructions },
    answers: {
      columns,
      labels,
      rows,
      dataQuality: {
        list: DATA_QUALITIES.map((quality) => t(`workbook.quality.${quality}`)),
        isStrict: false,
        error: t('workbook.choiceError'),
      },
      dataYear: { min: MIN_DATA_YEAR, max: MAX_DATA_YEAR, error: t('workbook.yearError') },
    },
    about: ABOUT_KEYS.flatMap((key) => {
      const value = aboutValues[key];
      return value === undefined
        ? []
        : [{ key, value, label: t(`workbook.about.${COLUMN_KEYS_ABOUT[key]}`) }];
    }),
  };
}

const COLUMN_KEYS_ABOUT: Readonly<Record<AboutKey, string>> = {
  format: 'format',
  'format version': 'formatVersion',
  framework: 'framework',
  'framework version': 'frameworkVersion',
  'assessment id': 'assessmentId',
  assessment: 'assessment',
  year: 'year',
  'respondent id': 'respondentId',
  respondent: 'respondent',
  organisation: 'organisation',
  role: 'role',
  language: 'language',
  'made on': 'madeOn',
};

/**
 * The words a returned workbook's cells are read with: the workbook's own language first, then
 * the other (a respondent may type "Yes" in a Vietnamese workbook), then the format's own words.
 */
export function buildAnswerVocabulary(
  framework: Pick<Framework, 'levels'>,
  texts: readonly { language: Language; t: Translate }[],
): AnswerVocabulary {
  const words = (key: string, fixed: readonly string[]) => [...texts.map(({ t }) => t(key)), ...fixed];
  return {
    na: words('workbook.na', FORMAT_WORDS.na),
    yes: words('workbook.yes', FORMAT_WORDS.yes),
    no: words('workbook.no', FORMAT_WORDS.no),
    none: words('workbook.none', FORMAT_WORDS.none),
    levels: framework.levels.map((name) => texts.map(({ language }) => name[language])),
    dataQuality: {
      measured: words('workbook.quality.measured', []),
      estimated: words('workbook.quality.estimated', []),
      opinion: words('workbook.quality.opinion', []),
    },
  };
}
