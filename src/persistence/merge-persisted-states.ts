import type { Assessment } from '../domain/assessment/assessment-schema';
import type { PersistedState, StoredAssessment } from './persisted-state';

/**
 * The parts of an assessment that change independently. Each has its own time in `fieldTimes`,
 * so two tabs editing different answers of the same assessment both keep their work.
 */
export const PROFILE_FIELD = 'profile';
export const WEIGHTS_FIELD = 'weights';
export const TARGETS_FIELD = 'targets';
export const META_FIELD = 'meta';
export const answerField = (questionId: string) => `answers.${questionId}`;
export const narrativeField = (criterionId: string) => `narratives.${criterionId}`;

export function findLatestTime(stored: StoredAssessment): number {
  return Math.max(0, ...Object.values(stored.fieldTimes));
}

const timeOf = (stored: StoredAssessment, field: string) => stored.fieldTimes[field] ?? 0;

/** Which side's version of a field wins: the newer; on a tie, a fixed order so merging is symmetric. */
function pickNewer<T>(
  a: StoredAssessment,
  b: StoredAssessment,
  field: string,
  read: (s: StoredAssessment) => T,
): T {
  const [ta, tb] = [timeOf(a, field), timeOf(b, field)];
  if (ta !== tb) return ta > tb ? read(a) : read(b);
  const [va, vb] = [read(a), read(b)];
  return (JSON.stringify(va) ?? '') >= (JSON.stringify(vb) ?? '') ? va : vb;
}

function mergeRecord<T>(
  a: StoredAssessment,
  b: StoredAssessment,
  read: (s: StoredAssessment) => Record<string, T> | undefined,
  field: (key: string) => string,
): Record<string, T> | undefined {
  const keys = new Set([...Object.keys(read(a) ?? {}), ...Object.keys(read(b) ?? {})]);
  const fieldKeys = (s: StoredAssessment) =>
    Object.keys(s.fieldTimes)
      .filter((k) => k.startsWith(field('')))
      .map((k) => k.slice(field('').length));
  for (const key of [...fieldKeys(a), ...fieldKeys(b)]) keys.add(key);
  const merged: Record<string, T> = {};
  for (const key of keys) {
    const value = pickNewer(a, b, field(key), (s) => read(s)?.[key]);
    if (value !== undefined) merged[key] = value;
  }
  if (Object.keys(merged).length > 0) return merged;
  // Empty: kept as an empty record only when both sides hold one, so that a record one side has
  // removed (a replacement without narratives) does not come back as `{}`.
  return read(a) && read(b) ? merged : undefined;
}

function mergeAssessment(a: StoredAssessment, b: StoredAssessment): StoredAssessment {
  const meta = pickNewer(a, b, META_FIELD, (s) => s.assessment);
  const assessment: Assessment = {
    ...meta,
    profile: pickNewer(a, b, PROFILE_FIELD, (s) => s.assessment.profile),
    answers: mergeRecord(a, b, (s) => s.assessment.answers, answerField) ?? {},
  };
  const narratives = mergeRecord(a, b, (s) => s.assessment.narratives, narrativeField);
  const weights = pickNewer(a, b, WEIGHTS_FIELD, (s) => s.assessment.weights);
  const targets = pickNewer(a, b, TARGETS_FIELD, (s) => s.assessment.targets);
  if (narratives === undefined) delete assessment.narratives;
  else assessment.narratives = narratives;
  if (weights === undefined) delete assessment.weights;
  else assessment.weights = weights;
  if (targets === undefined) delete assessment.targets;
  else assessment.targets = targets;
  const fieldTimes: Record<string, number> = { ...a.fieldTimes };
  for (const [field, time] of Object.entries(b.fieldTimes))
    fieldTimes[field] = Math.max(time, fieldTimes[field] ?? 0);
  // The store keeps updatedAt in UTC ("…Z"), so the later time is the larger string.
  const updatedAt = [a.assessment.updatedAt, b.assessment.updatedAt]
    .filter((t) => t !== undefined)
    .sort()
    .at(-1);
  if (updatedAt === undefined) delete assessment.updatedAt;
  else assessment.updatedAt = updatedAt;
  return { assessment, fieldTimes };
}

/**
 * Merges what two tabs hold, field by field: the newer version of each answer, narrative and
 * profile wins, and a deletion wins over anything older than it. Symmetric and idempotent.
 */
export function mergePersistedStates(a: PersistedState, b: PersistedState): PersistedState {
  const ids = new Set([
    ...Object.keys(a.assessments),
    ...Object.keys(b.assessments),
    ...Object.keys(a.tombstones),
    ...Object.keys(b.tombstones),
  ]);
  const merged: PersistedState = { assessments: {}, tombstones: {} };
  for (const id of ids) {
    const [x, y] = [a.assessments[id], b.assessments[id]];
    const stored = x && y ? mergeAssessment(x, y) : (x ?? y);
    const deletedAt = Math.max(a.tombstones[id] ?? -Infinity, b.tombstones[id] ?? -Infinity);
    if (stored && findLatestTime(stored) > deletedAt) merged.assessments[id] = stored;
    else if (deletedAt > -Infinity) merged.tombstones[id] = deletedAt;
  }
  return merged;
}
