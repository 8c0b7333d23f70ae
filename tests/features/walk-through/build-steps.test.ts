import { describe, expect, it } from 'vitest';

import { buildSteps } from '../../../src/features/walk-through/build-steps';
import { buildFramework } from '../../factories/framework-factory';

describe('buildSteps', () => {
  it('lists the profile, each criterion with its completion, and the review', () => {
    const steps = buildSteps(buildFramework(), {
      'alpha.level': { value: 1 },
      'beta.optional': { value: 'na' },
    });
    expect(steps.map((s) => (s.kind === 'criterion' ? `${s.id} ${s.done}/${s.total}` : s.id))).toEqual([
      'profile',
      'alpha 1/3',
      'beta 1/3',
      'gamma 0/1',
      'review',
    ]);
  });
});
