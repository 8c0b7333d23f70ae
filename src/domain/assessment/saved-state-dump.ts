import type { Framework } from '../criteria/criterion-schema';
import { FILE_FORMAT } from './assessment-file';

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Before the app's recovery downloads were "Export all" files, the crash screen saved the browser's
 * stored state as it was: `{state: {assessments: {id: {assessment, fieldTimes}}, tombstones},
 * version: 1}`. Such a file is read as the "Export all" file of the assessments it holds (format
 * version 1, which those assessments were written in), so it imports back through the same checks
 * as any other file. Anything else gives null.
 */
export function readSavedStateDump(
  data: unknown,
  framework: Pick<Framework, 'id' | 'version'>,
): Record<string, unknown> | null {
  if (!isRecord(data) || 'format' in data || data.version !== 1) return null;
  const { state } = data;
  if (!isRecord(state) || !isRecord(state.assessments)) return null;
  return {
    format: FILE_FORMAT,
    formatVersion: 1,
    framework: { id: framework.id, version: framework.version },
    assessments: Object.values(state.assessments).map((stored) =>
      isRecord(stored) ? stored.assessment : stored,
    ),
  };
}
