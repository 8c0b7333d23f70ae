import type { Answer, Assessment, Profile } from '../../../src/domain/assessment/assessment-schema';

/** An assessment as the list's "New assessment" makes it, with whatever answers a test starts from. */
export function newAssessment(
  options: { id?: string; profile?: Partial<Profile>; answers?: Record<string, Answer> } = {},
): Assessment {
  return {
    id: options.id ?? 'a1',
    profile: { name: 'Thành phố Huế', year: 2025, ...options.profile },
    answers: options.answers ?? {},
    createdAt: '2025-03-01T08:00:00.000Z',
  };
}
