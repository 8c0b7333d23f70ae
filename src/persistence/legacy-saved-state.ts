import { assessmentSchema, type Assessment } from '../domain/assessment/assessment-schema';
import { upgradeAssessmentTo2 } from '../domain/criteria/bank-mapping';
import { formatIssuePath } from '../domain/format-issue-path';
import type { IndexEntry } from './index-database';
const UNREADABLE_ID = 'saved-data-before-indexeddb';

export type LegacyContent = {
  assessments: Assessment[];
  /** What could not be read, kept whole for the user to download. */
  unreadable: Extract<IndexEntry, { kind: 'unreadable' }>[];
};

function unreadable(id: string, name: string, reason: string, data: string) {
  return { id, kind: 'unreadable' as const, name, reason, data };
}

/**
 * Reads saved state version 1 (all assessments in one localStorage value) one assessment at a time,
 * so one that breaks today's rules (an over-long note saved by an older version) is kept aside
 * instead of costing the others.
 */
export function readLegacySavedState(raw: string): LegacyContent {
  let envelope: unknown;
  try {
    envelope = JSON.parse(raw);
  } catch (error) {
    return {
      assessments: [],
      unreadable: [unreadable(UNREADABLE_ID, '', `not JSON: ${String(error)}`, raw)],
    };
  }
  const state = (envelope as { state?: unknown } | null)?.state;
  const version = (envelope as { version?: unknown } | null)?.version;
  const stored = (state as { assessments?: unknown } | null | undefined)?.assessments;
  if (version !== 1 || typeof stored !== 'object' || stored === null) {
    return {
      assessments: [],
      unreadable: [unreadable(UNREADABLE_ID, '', `saved state version ${String(version)}`, raw)],
    };
  }
  const content: LegacyContent = { assessments: [], unreadable: [] };
  for (const [key, item] of Object.entries(stored)) {
    const candidate = (item as { assessment?: unknown } | null)?.assessment;
    const parsed = assessmentSchema.safeParse(candidate);
    if (parsed.success && parsed.data.id === key) {
      // Saved state version 1 holds answers to criteria 1.0.0: opened under 2.0.0 through the mapping.
      content.assessments.push(upgradeAssessmentTo2(parsed.data));
      continue;
    }
    const name = (candidate as { profile?: { name?: unknown } } | undefined)?.profile?.name;
    const issue = parsed.success ? undefined : parsed.error.issues[0];
    content.unreadable.push(
      unreadable(
        `unreadable-${content.unreadable.length + 1}`,
        typeof name === 'string' ? name.slice(0, 300) : key.slice(0, 300),
        issue ? `${formatIssuePath(issue.path)}: ${issue.message}` : 'its id does not match',
        JSON.stringify(candidate ?? item),
      ),
    );
  }
  return content;
}
