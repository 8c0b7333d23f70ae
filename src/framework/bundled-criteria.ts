import framework from 'virtual:bundled-framework';

import type { Framework } from '../domain/criteria/criterion-schema';
import type { CriteriaError } from '../domain/criteria/criteria-error';
import { succeed, type Result } from '../domain/result';

// The only place that reaches criteria/: checked when built (bundledCriteria in vite.config.ts) by
// the domain loader, so what arrives is the framework itself.
export const bundledFramework: Result<Framework, CriteriaError> = succeed(framework);
