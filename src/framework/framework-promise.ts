import type { Framework } from '../domain/criteria/criterion-schema';
import type { CriteriaError } from '../domain/criteria/criteria-error';
import type { Result } from '../domain/result';

export type FrameworkResult = Result<Framework, CriteriaError>;

let promise: Promise<FrameworkResult> | undefined;

/**
 * The criteria (≈60 KB gzipped, with zod) arrive in a chunk of their own, fetched once, after the
 * first paint; every screen that needs them suspends on this one promise.
 */
export function loadBundledFramework(): Promise<FrameworkResult> {
  promise ??= import('./bundled-criteria').then((module) => module.bundledFramework);
  return promise;
}
