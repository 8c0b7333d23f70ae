import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

import { describe, expect, it } from 'vitest';

import { FILE_FORMAT_VERSION } from '../../../src/domain/assessment/assessment-file';
import {
  FILE_MIGRATIONS,
  migrateFileEnvelope,
  type FileMigration,
} from '../../../src/domain/assessment/file-format-migrations';
import { bundledFramework } from '../../../src/framework/bundled-criteria';
import { readImport } from '../../../src/files/read-import';

const directory = join(import.meta.dirname, '../../fixtures/file-format');
const fixtures = readdirSync(directory).filter((name) => name.endsWith('.json'));
const versioned = fixtures.filter((name) => /^v\d+-/.test(name));
const versionOf = (name: string) => Number(/^v(\d+)-/.exec(name)?.[1]);
const readFixture = (name: string) => readFileSync(join(directory, name));

function requireFramework() {
  if (!bundledFramework.ok) throw new Error('bundled criteria are invalid');
  return bundledFramework.value;
}

describe('frozen files of every format version', () => {
  it('has one for every version up to the current one, named after it', () => {
    const versions = [...new Set(versioned.map(versionOf))].sort((a, b) => a - b);
    expect(versions).toEqual(Array.from({ length: FILE_FORMAT_VERSION }, (_, i) => i + 1));
  });

  it.each(versioned)('%s says the version its name says', (name) => {
    const data = JSON.parse(readFixture(name).toString('utf8')) as { formatVersion: unknown };
    expect(data.formatVersion).toBe(versionOf(name));
  });

  it.each(fixtures)('imports %s, every assessment of it, through the one door', (name) => {
    const bytes = readFixture(name);
    const result = readImport({ bytes }, requireFramework());
    if (!result.ok) throw new Error(JSON.stringify(result.errors, null, 2));
    const data = JSON.parse(bytes.toString('utf8')) as {
      assessment?: { id: string };
      assessments?: { id: string }[];
      state?: { assessments: Record<string, unknown> };
    };
    const ids = data.assessment
      ? [data.assessment.id]
      : (data.assessments?.map(({ id }) => id) ?? Object.keys(data.state?.assessments ?? {}));
    expect(result.value.map(({ assessment }) => assessment.id)).toEqual(ids);
  });
});

describe('the table of format migrations', () => {
  it('has a step from every earlier version, and none from the current one on', () => {
    const steps = Object.keys(FILE_MIGRATIONS)
      .map(Number)
      .sort((a, b) => a - b);
    expect(steps).toEqual(Array.from({ length: FILE_FORMAT_VERSION - 1 }, (_, i) => i + 1));
  });

  const renameNotes: FileMigration = (envelope) => ({ ...envelope, formatVersion: 2, renamed: true });
  const addSource: FileMigration = (envelope) => ({ ...envelope, formatVersion: 3, source: 'step 2' });

  it('runs the steps in order, from the file’s version to the target', () => {
    const result = migrateFileEnvelope({ formatVersion: 1 }, 1, 3, { 1: renameNotes, 2: addSource });
    expect(result).toEqual({
      ok: true,
      value: { formatVersion: 3, renamed: true, source: 'step 2' },
    });
    expect(migrateFileEnvelope({ formatVersion: 2 }, 2, 3, { 1: renameNotes, 2: addSource })).toEqual({
      ok: true,
      value: { formatVersion: 3, source: 'step 2' },
    });
  });

  it('leaves a file of the target version as it is', () => {
    const envelope = { formatVersion: 3, kept: 'as is' };
    expect(migrateFileEnvelope(envelope, 3, 3, {})).toEqual({ ok: true, value: envelope });
  });

  it('says which step is missing rather than skipping it', () => {
    expect(migrateFileEnvelope({}, 1, 3, { 1: renameNotes })).toEqual({
      ok: false,
      errors: [{ missingStep: 2 }],
    });
  });
});
