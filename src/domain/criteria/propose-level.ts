import type { LevelQuestion } from './criterion-schema';

/** The key of one ticked condition: its level and its place in that level's list. */
export function conditionKey(level: number, condition: number): string {
  return `${level}.${condition}`;
}

/**
 * The level the ticked conditions point to: the highest level whose conditions, and those of every
 * level below it, are all ticked. Level 0 has none, so it is where every community starts. Null
 * until something is ticked: an empty list proposes nothing rather than "level 0". The user
 * always makes the final choice; this is only a proposal.
 */
export function proposeLevel(
  question: Pick<LevelQuestion, 'levels'>,
  ticked: ReadonlySet<string>,
): number | null {
  if (ticked.size === 0) return null;
  let proposed = 0;
  for (const [level, { conditions }] of question.levels.entries()) {
    if (level === 0) continue;
    const isMet = conditions.every((_, i) => ticked.has(conditionKey(level, i)));
    if (!isMet) break;
    proposed = level;
  }
  return proposed;
}
