import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

import type { CriteriaError } from '../domain/criteria/criteria-error';
import { loadFramework } from '../domain/criteria/load-framework';
import type { Framework } from '../domain/criteria/criterion-schema';
import { fail, type Result } from '../domain/result';

/** Reads every .json file of a criteria directory and builds the framework from them. */
export function readCriteriaDirectory(directory: string): Result<Framework, CriteriaError> {
  let names: string[];
  try {
    names = readdirSync(directory).filter((name) => name.endsWith('.json'));
  } catch (error) {
    return fail([
      {
        file: directory,
        path: '',
        message: `cannot read the criteria directory (${(error as Error).message})`,
      },
    ]);
  }
  const files: Record<string, unknown> = {};
  const errors: CriteriaError[] = [];
  for (const name of names) {
    try {
      files[name] = JSON.parse(readFileSync(join(directory, name), 'utf8'));
    } catch (error) {
      errors.push({ file: name, path: '', message: `not valid JSON (${(error as Error).message})` });
    }
  }
  // Earlier versions' questions are optional: a criteria directory without history/ still loads.
  const historyDirectory = join(directory, 'history');
  let historyNames: string[] = [];
  try {
    historyNames = readdirSync(historyDirectory).filter((name) => name.endsWith('.json'));
  } catch {
    historyNames = [];
  }
  for (const name of historyNames) {
    try {
      files[`history/${name}`] = JSON.parse(readFileSync(join(historyDirectory, name), 'utf8'));
    } catch (error) {
      errors.push({
        file: `history/${name}`,
        path: '',
        message: `not valid JSON (${(error as Error).message})`,
      });
    }
  }
  return errors.length > 0 ? fail(errors) : loadFramework(files);
}
