import { use } from 'react';

import type { Framework } from '../domain/criteria/criterion-schema';
import { loadBundledFramework, readLoadedFramework, type FrameworkResult } from './framework-promise';

/**
 * The bundled framework result; suspends until its chunk has loaded. Once it has, it is read as it
 * is: React suspends on any promise it has not seen settle, even a settled one, and the list's cards
 * were then drawn in a second pass, in slices, after the rest of the screen.
 */
export function useFrameworkResult(): FrameworkResult {
  return readLoadedFramework() ?? use(loadBundledFramework());
}

/** The framework, for screens rendered inside <FrameworkGate>, which has already shown any errors. */
export function useFramework(): Framework {
  const result = useFrameworkResult();
  if (!result.ok) throw new Error('useFramework used outside FrameworkGate');
  return result.value;
}
