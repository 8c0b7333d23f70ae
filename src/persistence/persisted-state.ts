import { z } from 'zod/mini';

import { assessmentSchema, idSchema, type Assessment } from '../domain/assessment/assessment-schema';
import { upgradeAssessmentTo2 } from '../domain/criteria/bank-mapping';
import { fail, succeed, type Result } from '../domain/result';
import { formatIssuePath } from '../domain/format-issue-path';

/** Bump when the persisted shape changes, and add a step to MIGRATIONS. */
export const PERSISTED_STATE_VERSION = 2;
export { STORAGE_KEY } from './persisted-state-key';

/**
 * An assessment as kept in the browser, with the time each part of it last changed. The times let
 * two tabs merge their edits part by part (an answer, a narrative, the profile) so that neither
 * overwrites the other's newer work.
 */
export const storedAssessmentSchema = z.object({
  assessment: assessmentSchema,
  fieldTimes: z.record(z.string(), z.number()),
});
export type StoredAssessment = z.infer<typeof storedAssessmentSchema>;

export const persistedStateSchema = z.object({
  assessments: z.record(idSchema, storedAssessmentSchema),
  /** Deleted assessments: id → time of deletion, so another tab does not bring them back. */
  tombstones: z.record(idSchema, z.number()),
});
export type PersistedState = z.infer<typeof persistedStateSchema>;

export const EMPTY_STATE: PersistedState = { assessments: {}, tombstones: {} };

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Version 1 held assessments answered under criteria 1.0.0. Version 2 opens them under 2.0.0:
 * answers to unchanged questions carry over, the others move to `earlierAnswers` for review.
 * Anything not shaped like an assessment is left for the schema check to report.
 */
function upgradeStoredAssessments(state: unknown): unknown {
  if (!isRecord(state) || !isRecord(state.assessments)) return state;
  const assessments = Object.fromEntries(
    Object.entries(state.assessments).map(([id, stored]) => {
      if (!isRecord(stored) || !isRecord(stored.assessment) || !isRecord(stored.assessment.answers)) {
        return [id, stored];
      }
      return [id, { ...stored, assessment: upgradeAssessmentTo2(stored.assessment as Assessment) }];
    }),
  );
  return { ...state, assessments };
}

/** MIGRATIONS[n] lifts the state of version n to version n + 1. Version 1 is the first. */
const MIGRATIONS: Record<number, (state: unknown) => unknown> = { 1: upgradeStoredAssessments };

export type LoadProblem =
  | { kind: 'unreadable'; detail: string }
  | { kind: 'newer'; version: number }
  | { kind: 'invalid'; detail: string };

/** What storage held, migrated to the current version and checked, or why it cannot be used. */
export function loadPersistedState(raw: string | null): Result<PersistedState, LoadProblem> {
  if (raw === null) return succeed(EMPTY_STATE);
  let envelope: unknown;
  try {
    envelope = JSON.parse(raw);
  } catch (error) {
    return fail([{ kind: 'unreadable', detail: error instanceof Error ? error.message : String(error) }]);
  }
  const { state, version } = (typeof envelope === 'object' && envelope !== null ? envelope : {}) as {
    state?: unknown;
    version?: unknown;
  };
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return fail([{ kind: 'unreadable', detail: 'no version' }]);
  }
  return migratePersistedState(state, version);
}

export function migratePersistedState(
  state: unknown,
  fromVersion: number,
): Result<PersistedState, LoadProblem> {
  if (fromVersion > PERSISTED_STATE_VERSION) return fail([{ kind: 'newer', version: fromVersion }]);
  let migrated = state;
  for (let version = fromVersion; version < PERSISTED_STATE_VERSION; version += 1) {
    const step = MIGRATIONS[version];
    if (!step) return fail([{ kind: 'invalid', detail: `no migration from version ${version}` }]);
    migrated = step(migrated);
  }
  const parsed = persistedStateSchema.safeParse(migrated);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return fail([
      { kind: 'invalid', detail: issue ? `${formatIssuePath(issue.path)}: ${issue.message}` : 'invalid' },
    ]);
  }
  return succeed(parsed.data);
}

export function serializePersistedState(state: PersistedState): string {
  return JSON.stringify({ state, version: PERSISTED_STATE_VERSION });
}
