import type { Framework } from '../domain/criteria/criterion-schema';
import type { CriteriaError } from '../domain/criteria/criteria-error';
import type { Result } from '../domain/result';

export type FrameworkResult = Result<Framework, CriteriaError>;

let promise: Promise<FrameworkResult> | undefined;
let loaded: FrameworkResult | undefined;

/**
 * The criteria (≈60 KB gzipped, with zod) arrive in a chunk of their own, fetched once, after the
 * first paint; every screen that needs them suspends on this one promise.
 */
export function loadBundledFramework(): Promise<FrameworkResult> {
  promise ??= import('./bundled-criteria').then((module) => (loaded = module.bundledFramework));
  return promise;
}

/** The criteria once their chunk has loaded, without waiting: undefined before. */
export function readLoadedFramework(): FrameworkResult | undefined {
  return loaded;
}
