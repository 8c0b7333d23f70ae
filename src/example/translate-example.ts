import type { Answer, Assessment } from '../domain/assessment/assessment-schema';

const swap = (text: string | undefined, from: string | undefined, to: string | undefined) =>
  text !== undefined && text === from && to !== undefined ? to : text;

function translateAnswer(answer: Answer, from: Answer | undefined, to: Answer | undefined): Answer {
  const next: Answer = { ...answer };
  const notes = swap(answer.notes, from?.notes, to?.notes);
  if (notes !== undefined) next.notes = notes;
  if (answer.evidence) {
    next.evidence = answer.evidence.map((link, i) => {
      const [a, b] = [from?.evidence?.[i], to?.evidence?.[i]];
      return a?.url === link.url && b?.url === link.url
        ? { ...link, label: swap(link.label, a.label, b.label) ?? '' }
        : link;
    });
  }
  return next;
}

/**
 * The example's texts, moved from one language's version (`from`) to the other's (`to`). Only a
 * text still exactly as `from` wrote it is replaced, so nothing the user typed is ever lost.
 */
export function translateExample(assessment: Assessment, from: Assessment, to: Assessment): Assessment {
  const answers = Object.fromEntries(
    Object.entries(assessment.answers).map(([id, answer]) => [
      id,
      translateAnswer(answer, from.answers[id], to.answers[id]),
    ]),
  );
  const narratives = assessment.narratives
    ? Object.fromEntries(
        Object.entries(assessment.narratives).map(([id, text]) => [
          id,
          swap(text, from.narratives?.[id], to.narratives?.[id]) ?? text,
        ]),
      )
    : undefined;
  const profile = { ...assessment.profile };
  for (const key of ['country', 'region', 'assessor'] as const) {
    const text = swap(profile[key], from.profile[key], to.profile[key]);
    if (text !== undefined) profile[key] = text;
  }
  return { ...assessment, profile, answers, ...(narratives ? { narratives } : {}) };
}
