import type { Assessment } from './assessment-schema';

/**
 * What replacing `current` by `incoming` removes: the answers (the coordinator's and every
 * respondent's) and the narratives only `current` has.
 */
export function countRemovedByReplace(
  current: Assessment,
  incoming: Assessment,
): { answers: number; narratives: number } {
  const onlyIn = (mine: object | undefined, theirs: object | undefined) => {
    const kept = new Set(Object.keys(theirs ?? {}));
    return Object.keys(mine ?? {}).filter((key) => !kept.has(key)).length;
  };
  return {
    answers:
      onlyIn(current.answers, incoming.answers) +
      Object.entries(current.responses ?? {}).reduce(
        (sum, [respondentId, given]) => sum + onlyIn(given, incoming.responses?.[respondentId]),
        0,
      ),
    narratives: onlyIn(current.narratives, incoming.narratives),
  };
}
