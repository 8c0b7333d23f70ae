import { fail, succeed, type Result } from '../result';

/**
 * One step of the file format: lifts the envelope of one assessment (`{format, formatVersion,
 * framework, assessment}`) from version n to n + 1, setting `formatVersion` itself. An "Export all"
 * file is migrated item by item, each in an envelope of its own, so a step is written once for both.
 * A step gets untrusted data: it reshapes what it recognises and leaves the rest to the checks after.
 */
export type FileMigration = (envelope: Record<string, unknown>) => Record<string, unknown>;

/**
 * FILE_MIGRATIONS[n] lifts a file of format version n to n + 1. Version 1 is the first; when the
 * format changes, bump FILE_FORMAT_VERSION, add the step here and freeze an example file of the
 * new version under tests/fixtures/file-format (a test fails until there is one).
 */
export const FILE_MIGRATIONS: Readonly<Record<number, FileMigration>> = {
  /**
   * 1 → 2 (issue 13) added `assessment.respondents`, `assessment.responses` and `assessment.round`,
   * all optional: a version 1 file has none of them, and its `answers` become the coordinator's
   * (decided) answers as they are. Only the version changes.
   */
  1: (envelope) => ({ ...envelope, formatVersion: 2 }),
};

/** The envelope lifted from `fromVersion` to `toVersion`, or the version no step leads on from. */
export function migrateFileEnvelope(
  envelope: Record<string, unknown>,
  fromVersion: number,
  toVersion: number,
  migrations: Readonly<Record<number, FileMigration>> = FILE_MIGRATIONS,
): Result<Record<string, unknown>, { missingStep: number }> {
  let migrated = envelope;
  for (let version = fromVersion; version < toVersion; version += 1) {
    // Own properties only: a version number must never reach a prototype's method.
    const step = Object.hasOwn(migrations, version) ? migrations[version] : undefined;
    if (!step) return fail([{ missingStep: version }]);
    migrated = step(migrated);
  }
  return succeed(migrated);
}
