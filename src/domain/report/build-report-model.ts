import type { Answer, Assessment } from '../assessment/assessment-schema';
import type { Framework, Question } from '../criteria/criterion-schema';
import { buildResults, buildResultsRadar, type ResultsModel } from '../insights/build-results';
import type { RadarModel } from '../insights/radar-model';
import type { Language } from '../language';
import { indexQuestions } from '../criteria/index-questions';
import { listContested } from '../scoring/disagreement';
import { isDecided, listResponseValues, resolveEffectiveAnswers } from '../scoring/effective-answers';
import { slugify } from '../slugify';
import { LEVEL_COUNT } from '../criteria/level-count';
import { formatAssessmentTitle } from './assessment-title';
import { createScoreText } from './score-text';
import { createAnswerText } from './answer-text';
import { findAnswersToConfirm } from '../scoring/measure-progress';
import { dateTimeFormat, listFormat, numberFormat } from '../intl-formats';

/** Looks a report text up in the i18n catalogues (`report.*`), in the report's language. */
export type Translate = (key: string, values?: Record<string, string | number>) => string;

export type PaperSize = 'a4' | 'letter';

export type ReportTable = { head: string[]; rows: string[][] };

export type ReportQuestion = {
  title: string;
  answer: string;
  notes: string | null;
  evidence: { label: string; url: string }[];
  quality: string | null;
  /** The data year and the source of the answer, when given. */
  origin: string | null;
  /** Set on a number without a data year: a verifier would reject it as it stands. */
  warning: string | null;
  /** Set on an answer carried over from an earlier year and not confirmed: it may be last year's finding. */
  carriedOver: string | null;
  /** With respondents' answers to the question: whether the coordinator decided it or the rule did. */
  basis: string | null;
};

/** One respondent's answer in the appendix of contested questions. */
export type ReportResponse = { who: string; answer: string; notes: string | null; origin: string | null };

/** A question the respondents disagree on, with each one's answer and what the score uses. */
export type ReportContestedQuestion = {
  /** The criterion and the question: "Broadband · 1. How much real choice…". */
  title: string;
  spread: string;
  used: string;
  responses: ReportResponse[];
};

export type ReportCriterion = {
  heading: string;
  description: string;
  scoreLine: string;
  narrative: string | null;
  /** "412 words", or "412 of 500 words" under a word limit. */
  narrativeLength: string | null;
  /** Set when the narrative is longer than the word limit: the submission form would cut it. */
  narrativeWarning: string | null;
  questions: ReportQuestion[];
};

/** Everything a report says (PDF, Word, Markdown), as plain text in one language: the renderer only lays it out. */
export type ReportModel = {
  language: Language;
  paper: PaperSize;
  /** The file name without its extension, which each format adds. */
  fileStem: string;
  title: string;
  community: string;
  labels: {
    footer: string;
    notes: string;
    evidence: string;
    quality: string;
    answer: string;
    narrative: string;
    contents: string;
    contentsHint: string;
    chartTitle: string;
    chartDescription: string;
  };
  cover: {
    heading: string;
    community: string;
    facts: [string, string][];
    statement: string;
    illustrative: string | null;
  };
  summary: {
    heading: string;
    overall: string;
    band: string;
    bandDescription: string;
    weightsNote: string;
    /** How many answers are carried over and not confirmed, when any: the scores count them. */
    carriedOver: string | null;
    radar: RadarModel;
    axisLabels: string[];
    seriesLabels: string[];
    table: ReportTable;
    insights: string[];
  };
  opportunities: { heading: string; intro: string; table: ReportTable | null; empty: string };
  /** The unanswered questions, with how much each narrows the overall range; null when none is left. */
  stillToAnswer: { heading: string; intro: string; table: ReportTable } | null;
  targets: { heading: string; table: ReportTable | null; empty: string };
  criteriaHeading: string;
  criteria: ReportCriterion[];
  /** With two respondents or more: the contested questions, widest spread first (issue 13). */
  contested: { heading: string; intro: string; none: string; questions: ReportContestedQuestion[] } | null;
  method: { heading: string; paragraphs: string[]; weights: ReportTable };
};

export type ReportInput = {
  framework: Framework;
  assessment: Assessment;
  previous?: Assessment | undefined;
  language: Language;
  paper?: PaperSize;
  /** The most words a narrative may have, as a nomination form allows; none when undefined. */
  wordLimit?: number | undefined;
  /** The report date: injected, so that the same input always gives the same report. */
  date: Date;
  t: Translate;
};

const nfc = (text: string) => text.normalize('NFC');

/** Words as a word processor counts them: runs of characters between spaces. */
export function countWords(text: string): number {
  const trimmed = text.trim();
  return trimmed === '' ? 0 : trimmed.split(/\s+/u).length;
}

function describeAnswer(
  question: Question,
  answer: Answer | undefined,
  framework: Framework,
  language: Language,
  t: Translate,
): string {
  const value = answer?.value;
  // A level is named with its description in the report; every other answer reads as on screen.
  if (question.type === 'level' && typeof value === 'number') {
    return t('report.levelAnswer', {
      level: value,
      name: framework.levels[value]?.[language] ?? '',
      description: question.levels[value]?.summary[language] ?? '',
    });
  }
  if (question.type === 'checklist' && Array.isArray(value)) {
    // Every option, ticked or not: a reader sees what is missing as well as what is there.
    const ticked = new Set(value);
    const labelsWhere = (isTicked: boolean) =>
      question.options.filter((o) => ticked.has(o.id) === isTicked).map((o) => o.label[language]);
    const [yes, no] = [labelsWhere(true), labelsWhere(false)];
    return [
      yes.length === 0 ? t('report.noneTicked') : t('report.ticked', { options: yes.join('; ') }),
      ...(no.length === 0 ? [] : [t('report.notTicked', { options: no.join('; ') })]),
    ].join('. ');
  }
  return createAnswerText(framework, language, t).value(question, value);
}

/**
 * The appendix of contested questions: each with its spread, the answer the score uses and why,
 * and every respondent's answer with their notes, data year and source. Null with fewer than two
 * respondents, who cannot disagree.
 */
function buildContested(
  framework: Framework,
  assessment: Assessment,
  answers: Readonly<Record<string, Answer | undefined>>,
  language: Language,
  t: Translate,
): ReportModel['contested'] {
  const respondents = assessment.respondents ?? [];
  if (respondents.length < 2) return null;
  const text = createAnswerText(framework, language, t);
  const questions = indexQuestions(framework);
  return {
    heading: t('report.contested.heading'),
    intro: t('report.contested.intro'),
    none: t('report.contested.none'),
    questions: listContested(framework, assessment.responses).flatMap((entry) => {
      const found = questions.get(entry.questionId);
      if (!found) return [];
      const { question, criterion } = found;
      const number = criterion.questions.indexOf(question) + 1;
      const used = text.value(question, answers[question.id]?.value);
      return [
        {
          title: `${criterion.name[language]} · ${number}. ${question.prompt[language]}`,
          spread: t('report.contested.spread', { spread: text.spread(entry.spread) }),
          used: t(
            isDecided(assessment.answers, question.id)
              ? 'report.contested.usedDecided'
              : 'report.contested.usedRule',
            { answer: used },
          ),
          responses: respondents.flatMap((respondent): ReportResponse[] => {
            const answer = assessment.responses?.[respondent.id]?.[question.id];
            if (answer?.value === undefined) return [];
            return [
              {
                who: nfc(
                  respondent.organisation
                    ? t('report.contested.respondentWithOrganisation', {
                        name: respondent.name,
                        organisation: respondent.organisation,
                      })
                    : respondent.name,
                ),
                answer: nfc(text.value(question, answer.value)),
                notes: answer.notes ? nfc(answer.notes) : null,
                origin: describeOrigin(answer, t),
              },
            ];
          }),
        },
      ];
    }),
  };
}

/** Whether the coordinator or the rule gave a question's answer, when respondents answered it. */
function describeBasis(assessment: Assessment, questionId: string, t: Translate): string | null {
  const count = listResponseValues(assessment.responses, questionId).length;
  if (count === 0) return null;
  return t(isDecided(assessment.answers, questionId) ? 'report.basisDecided' : 'report.basisRule', { count });
}

function describeOrigin(answer: Answer | undefined, t: Translate): string | null {
  const parts = [
    ...(answer?.dataYear === undefined ? [] : [t('report.dataYear', { year: answer.dataYear })]),
    ...(answer?.source ? [t('report.source', { source: nfc(answer.source) })] : []),
  ];
  return parts.length > 0 ? parts.join(' · ') : null;
}

function describeCarriedOver(answer: Answer | undefined, t: Translate): string {
  const year = answer?.carriedOver?.fromYear;
  return year === undefined ? t('report.carriedOverNoYear') : t('report.carriedOver', { year });
}

/**
 * Builds the report of one assessment. Pure: the same input (date included) gives the same model,
 * in Node (the CLI) and in the browser alike.
 */
export function buildReportModel(input: ReportInput): ReportModel {
  const { framework, assessment, previous, language, t } = input;
  const paper = input.paper ?? 'a4';
  const results: ResultsModel = buildResults(framework, assessment, previous);
  const answers = resolveEffectiveAnswers(framework, assessment);
  const format = createScoreText(language, t);
  const score = format.score;
  const profile = assessment.profile;
  const community = nfc(profile.name);
  const title = formatAssessmentTitle({ ...profile, name: community });
  const local = <T extends { en: string; vi: string }>(text: T) => text[language];
  const previousTitle = previous
    ? formatAssessmentTitle({ ...previous.profile, name: nfc(previous.profile.name) })
    : '';

  const hasTargets = results.criteria.some((c) => c.target !== null);
  const toConfirm = new Set(findAnswersToConfirm(framework, answers).flatMap((c) => c.questionIds));
  const tableHead = [
    t('report.columns.criterion'),
    t('report.columns.score'),
    t('report.columns.band'),
    t('report.columns.coverage'),
    t('report.columns.evidence'),
    ...(previous ? [previousTitle] : []),
  ];
  const tableRows = results.criteria.map((c) => [
    local(c.name),
    format.withMark(c.score, c),
    format.band(c.score, c),
    t('report.coverage', { answered: c.answered, questions: c.questions, na: c.na }),
    c.evidence.answered === 0
      ? '—'
      : t('report.evidenceStrength', {
          withEvidence: c.evidence.withEvidence,
          answered: c.evidence.answered,
          measured: c.evidence.quality.measured,
          estimated: c.evidence.quality.estimated,
          opinion: c.evidence.quality.opinion,
        }),
    ...(previous ? [score(c.previous)] : []),
  ]);
  tableRows.push([
    t('report.overall'),
    format.withMark(results.overall, results),
    format.band(results.overall, results),
    t('report.answeredOf', { done: results.progress.done, total: results.progress.total }),
    '',
    ...(previous ? [score(results.previousOverall)] : []),
  ]);

  const list = (items: typeof results.strengths) =>
    listFormat(language, { type: 'conjunction' }).format(
      items.map((c) => `${local(c.name)} (${format.inline(c.score, c)})`),
    );
  const insights = [
    ...(results.strengths.length > 0 ? [t('report.strengths', { names: list(results.strengths) })] : []),
    ...(results.gaps.length > 0 ? [t('report.gaps', { names: list(results.gaps) })] : []),
    ...(results.criteria.some((c) => c.isProvisional && c.score !== null)
      ? [t('report.provisionalNote')]
      : []),
  ];

  const radar = buildResultsRadar(results, previous !== undefined);
  const dateText = dateTimeFormat(language, { dateStyle: 'long', timeZone: 'UTC' }).format(input.date);

  return {
    language,
    paper,
    fileStem: `${slugify(community)}${profile.year === undefined ? '' : `-${profile.year}`}-${language}`,
    title: t('report.title', { title }),
    community: title,
    labels: {
      footer: t('report.footer'),
      notes: t('report.notes'),
      evidence: t('report.evidence'),
      quality: t('report.quality'),
      answer: t('report.answer'),
      narrative: t('report.narrative'),
      contents: t('report.contents'),
      contentsHint: t('report.contentsHint'),
      chartTitle: t('report.chartTitle'),
      chartDescription: t('report.chartDescription'),
    },
    cover: {
      heading: t('report.coverHeading'),
      community: title,
      facts: [
        [t('report.facts.country'), nfc(profile.country ?? '—')],
        [t('report.facts.region'), nfc(profile.region ?? '—')],
        [
          t('report.facts.population'),
          profile.population === undefined ? '—' : numberFormat(language).format(profile.population),
        ],
        [t('report.facts.year'), profile.year === undefined ? '—' : String(profile.year)],
        [t('report.facts.assessor'), nfc(profile.assessor ?? '—')],
        [t('report.facts.date'), dateText],
        [t('report.facts.framework'), `${framework.id} ${framework.version}`],
        ...((assessment.respondents?.length ?? 0) > 0
          ? [[t('report.facts.respondents'), String(assessment.respondents?.length)] as [string, string]]
          : []),
      ],
      statement: t('report.statement'),
      illustrative: assessment.illustrative ? t('report.illustrative') : null,
    },
    summary: {
      heading: t('report.summaryHeading'),
      overall: t('report.overallScore', { score: score(results.overall) }),
      band: results.band
        ? local(results.band.name)
        : results.overall === null
          ? t('report.noScore')
          : t('report.provisionalOverall'),
      bandDescription: results.band
        ? local(results.band.description)
        : results.overall === null
          ? ''
          : `${format.standing(results.overall, results)}. ${t('report.provisionalWhy')}`,
      weightsNote: t(results.hasCustomWeights ? 'report.customWeights' : 'report.equalWeights'),
      carriedOver:
        results.progress.toConfirm > 0
          ? t('report.carriedOverSummary', { count: results.progress.toConfirm })
          : null,
      radar,
      axisLabels: radar.axes.map((axis) =>
        axis.isProvisional ? t('report.provisionalName', { name: local(axis.name) }) : local(axis.name),
      ),
      seriesLabels: radar.series.map((s) =>
        'key' in s.label ? t(`report.series.${s.label.key}`, { title: previousTitle }) : s.label.text,
      ),
      table: { head: tableHead, rows: tableRows },
      insights,
    },
    opportunities: {
      heading: t('report.opportunitiesHeading'),
      intro: t('report.opportunitiesIntro'),
      empty: t('report.noOpportunities'),
      table:
        results.opportunities.length === 0
          ? null
          : {
              head: [
                t('report.columns.gain'),
                t('report.columns.nextLevel'),
                t('report.columns.question'),
                t('report.columns.criterion'),
              ],
              rows: results.opportunities.map((o) => [
                format.signed(o.gain),
                o.nextLevel && o.nextLevel.level < LEVEL_COUNT - 1 ? format.signed(o.nextLevel.gain) : '',
                local(o.question.prompt),
                local(o.criterion.name),
              ]),
            },
    },
    stillToAnswer:
      results.stillToAnswer.length === 0
        ? null
        : {
            heading: t('report.stillToAnswerHeading'),
            intro: t('report.stillToAnswerIntro', { count: results.stillToAnswer.length }),
            table: {
              head: [
                t('report.columns.narrowing'),
                t('report.columns.question'),
                t('report.columns.criterion'),
              ],
              rows: results.stillToAnswer.map((q) => [
                score(q.narrowing),
                local(q.question.prompt),
                local(q.criterion.name),
              ]),
            },
          },
    targets: {
      heading: t('report.targetsHeading'),
      empty: t('report.noTargets'),
      table: hasTargets
        ? {
            head: [
              t('report.columns.criterion'),
              t('report.columns.score'),
              t('report.columns.target'),
              t('report.columns.gap'),
            ],
            rows: results.criteria
              .filter((c) => c.target !== null)
              .map((c) => [
                local(c.name),
                format.withMark(c.score, c),
                score(c.target),
                format.signed(c.gap),
              ]),
          }
        : null,
    },
    criteriaHeading: t('report.criteriaHeading'),
    criteria: framework.criteria.map((criterion, i): ReportCriterion => {
      const result = results.criteria[i];
      const narrative = assessment.narratives?.[criterion.id];
      const words = narrative ? countWords(narrative) : 0;
      const limit = input.wordLimit;
      return {
        heading: local(criterion.name),
        description: local(criterion.description),
        scoreLine: result
          ? t('report.criterionScore', {
              score: format.withMark(result.score, result),
              band: format.band(result.score, result),
              coverage: t('report.coverage', {
                answered: result.answered,
                questions: result.questions,
                na: result.na,
              }),
            })
          : '',
        narrative: narrative ? nfc(narrative) : null,
        narrativeLength: !narrative
          ? null
          : limit === undefined
            ? t('report.wordCount', { count: words })
            : t('report.wordCountOfLimit', { count: words, limit }),
        narrativeWarning:
          narrative && limit !== undefined && words > limit
            ? t('report.wordLimitExceeded', { count: words, limit, over: words - limit })
            : null,
        questions: criterion.questions.map((question, n): ReportQuestion => {
          const answer = answers[question.id];
          return {
            title: `${n + 1}. ${local(question.prompt)}`,
            answer: nfc(describeAnswer(question, answer, framework, language, t)),
            notes: answer?.notes ? nfc(answer.notes) : null,
            evidence: (answer?.evidence ?? []).map((e) => ({ label: nfc(e.label || e.url), url: e.url })),
            quality: answer?.dataQuality ? t(`report.qualities.${answer.dataQuality}`) : null,
            origin: describeOrigin(answer, t),
            warning:
              (question.type === 'percent' || question.type === 'number') &&
              typeof answer?.value === 'number' &&
              answer.dataYear === undefined
                ? t('report.noDataYear')
                : null,
            carriedOver: toConfirm.has(question.id) ? describeCarriedOver(answer, t) : null,
            basis: describeBasis(assessment, question.id, t),
          };
        }),
      };
    }),
    contested: buildContested(framework, assessment, answers, language, t),
    method: {
      heading: t('report.methodHeading'),
      paragraphs: [
        t('report.method1'),
        t('report.method2'),
        t('report.method3'),
        t('report.method5'),
        t('report.method4'),
      ],
      weights: {
        head: [t('report.columns.criterion'), t('report.columns.weight')],
        rows: results.criteria
          .map((c) => [local(c.name), numberFormat(language).format(c.weight)])
          .concat(results.hasCustomWeights ? [[t('report.customWeights'), '']] : []),
      },
    },
  };
}
