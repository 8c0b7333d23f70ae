import type { Criterion, Framework, Question } from './criterion-schema';

/** Every question of the framework by id, in framework order, with its criterion. */
export function indexQuestions(
  framework: Framework,
): Map<string, { question: Question; criterion: Criterion }> {
  const index = new Map<string, { question: Question; criterion: Criterion }>();
  for (const criterion of framework.criteria) {
    for (const question of criterion.questions) {
      index.set(question.id, { question, criterion });
    }
  }
  return index;
}
