import { use } from 'react';

import type { Framework } from '../domain/criteria/criterion-schema';
import { loadBundledFramework, type FrameworkResult } from './framework-promise';

/** The bundled framework result; suspends until its chunk has loaded. */
export function useFrameworkResult(): FrameworkResult {
  return use(loadBundledFramework());
}

/** The framework, for screens rendered inside <FrameworkGate>, which has already shown any errors. */
export function useFramework(): Framework {
  const result = useFrameworkResult();
  if (!result.ok) throw new Error('useFramework used outside FrameworkGate');
  return result.value;
}
