import type { Framework, Question } from '../../../src/domain/criteria/criterion-schema';
import type { Language } from '../../../src/domain/language';

/** A question of the bundled criteria, by id: its prompt is the accessible name of its card. */
export function findQuestion(framework: Framework, id: string): Question {
  const question = framework.criteria.flatMap((c) => c.questions).find((q) => q.id === id);
  if (!question) throw new Error(`no question ${id} in the bundled criteria`);
  return question;
}

export const promptOf = (framework: Framework, id: string, language: Language = 'en'): string =>
  findQuestion(framework, id).prompt[language];
