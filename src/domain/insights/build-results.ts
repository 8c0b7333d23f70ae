import type { Answer, Assessment, DataQuality } from '../assessment/assessment-schema';
import { NA } from '../assessment/not-applicable';
import type { Criterion, Framework, Question } from '../criteria/criterion-schema';
import type { LocalizedText } from '../localized-text';
import type { RadarModel } from './radar-model';
import {
  findImprovementOpportunities,
  type ImprovementOpportunity,
} from '../scoring/find-improvement-opportunities';
import { resolveEffectiveAnswers } from '../scoring/effective-answers';
import { listStillToAnswer, type StillToAnswer } from '../scoring/list-still-to-answer';
import { measureProgress, type Progress } from '../scoring/measure-progress';
import {
  scoreAssessment,
  scoreQuestion,
  type CriterionScore,
  type ScoreStatus,
} from '../scoring/score-assessment';

export const OPPORTUNITY_COUNT = 10;

export type EvidenceStrength = {
  /** Scored answers: the ones whose evidence matters. */
  answered: number;
  withEvidence: number;
  /** withEvidence / answered, or null when nothing is answered. */
  share: number | null;
  quality: Record<DataQuality | 'unstated', number>;
};

export type CriterionResult = CriterionScore & {
  name: LocalizedText;
  evidence: EvidenceStrength;
  target: number | null;
  /** target − score, when both exist. */
  gap: number | null;
  /** The score of the same criterion in the assessment this one was started from. */
  previous: number | null;
};

export type Opportunity = ImprovementOpportunity & { question: Question; criterion: Criterion };

export type QuestionToAnswer = StillToAnswer & { question: Question; criterion: Criterion };

export type ResultsModel = ScoreStatus & {
  overall: number | null;
  previousOverall: number | null;
  hasCustomWeights: boolean;
  progress: Progress;
  criteria: CriterionResult[];
  /** The two highest-scoring criteria, best first. */
  strengths: CriterionResult[];
  /** The two lowest-scoring criteria not already among the strengths, weakest first. */
  gaps: CriterionResult[];
  opportunities: Opportunity[];
  /** Every unanswered question, in criteria order. */
  stillToAnswer: QuestionToAnswer[];
};

function measureEvidence(
  criterion: Criterion,
  answers: Readonly<Record<string, Answer | undefined>>,
): EvidenceStrength {
  const quality: EvidenceStrength['quality'] = { measured: 0, estimated: 0, opinion: 0, unstated: 0 };
  let answered = 0;
  let withEvidence = 0;
  for (const question of criterion.questions) {
    const answer = answers[question.id];
    if (answer?.value === undefined || answer.value === NA || scoreQuestion(question, answer.value) === null)
      continue;
    answered += 1;
    if ((answer.evidence?.length ?? 0) > 0) withEvidence += 1;
    quality[answer.dataQuality ?? 'unstated'] += 1;
  }
  return { answered, withEvidence, share: answered === 0 ? null : withEvidence / answered, quality };
}

/**
 * Everything the results screen and the report say about an assessment, computed once from the
 * scoring engine: scores, coverage, evidence, targets, the previous year, strengths, gaps and the
 * questions that would raise the overall most.
 */
export function buildResults(
  framework: Framework,
  assessment: Assessment,
  previous?: Assessment,
): ResultsModel {
  const score = scoreAssessment(framework, assessment);
  const answers = resolveEffectiveAnswers(framework, assessment);
  const previousScore = previous
    ? scoreAssessment(framework, {
        answers: previous.answers,
        responses: previous.responses,
        weights: assessment.weights,
      })
    : null;
  const criteria = framework.criteria.map((criterion, i): CriterionResult => {
    const result = score.criteria[i] as CriterionScore;
    const target = assessment.targets?.[criterion.id] ?? null;
    return {
      ...result,
      name: criterion.name,
      evidence: measureEvidence(criterion, answers),
      target,
      gap: target !== null && result.score !== null ? target - result.score : null,
      previous: previousScore?.criteria[i]?.score ?? null,
    };
  });
  const ranked = criteria.filter((c) => c.score !== null).sort((a, b) => (b.score ?? 0) - (a.score ?? 0));
  const strengths = ranked.slice(0, 2);
  const gaps = ranked
    .filter((c) => !strengths.includes(c))
    .reverse()
    .slice(0, 2);
  const byId = new Map(framework.criteria.map((c) => [c.id, c]));
  const withQuestion = <T extends { criterionId: string; questionId: string }>(item: T) => {
    const criterion = byId.get(item.criterionId) as Criterion;
    return {
      ...item,
      criterion,
      question: criterion.questions.find((q) => q.id === item.questionId) as Question,
    };
  };
  const { criteria: _criteria, ...overall } = score;
  return {
    ...overall,
    previousOverall: previousScore?.overall ?? null,
    hasCustomWeights: score.criteria.some((c, i) => c.weight !== framework.criteria[i]?.weight),
    progress: measureProgress(framework, answers, score),
    criteria,
    strengths,
    gaps,
    opportunities: findImprovementOpportunities(framework, assessment)
      .slice(0, OPPORTUNITY_COUNT)
      .map(withQuestion),
    stillToAnswer: listStillToAnswer(framework, assessment).map(withQuestion),
  };
}

/** The results radar: the current scores, the targets (dashed) and the previous year (dotted), when set. */
export function buildResultsRadar(results: ResultsModel, hasPrevious: boolean): RadarModel {
  const series: RadarModel['series'] = [
    {
      id: 'current',
      label: { key: 'current' },
      values: results.criteria.map((c) => c.score),
      lineStyle: 'solid',
      isFilled: true,
    },
  ];
  if (results.criteria.some((c) => c.target !== null)) {
    series.push({
      id: 'target',
      label: { key: 'target' },
      values: results.criteria.map((c) => c.target),
      lineStyle: 'dashed',
      isFilled: false,
    });
  }
  if (hasPrevious) {
    series.push({
      id: 'previous',
      label: { key: 'previous' },
      values: results.criteria.map((c) => c.previous),
      lineStyle: 'dotted',
      isFilled: false,
    });
  }
  return {
    // An axis with no score has nothing to mark.
    axes: results.criteria.map((c) => ({
      id: c.id,
      name: c.name,
      isProvisional: c.isProvisional && c.score !== null,
    })),
    series,
  };
}
