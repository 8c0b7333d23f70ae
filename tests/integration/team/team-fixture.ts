import type { Assessment } from '../../../src/domain/assessment/assessment-schema';

/**
 * A province's assessment answered by three departments: they differ on the provider choice
 * (levels 3, 1, 2), on availability (82 and 70 %), and agree on the vision plan (2 and 2).
 */
export function teamAssessment(overrides: Partial<Assessment> = {}): Assessment {
  return {
    id: 'team',
    profile: { name: 'Tỉnh Ví Dụ', year: 2025 },
    answers: {},
    respondents: [
      { id: 'ict', name: 'Nguyễn Thị Lan', organisation: 'Sở TT&TT', criteria: ['broadband'] },
      {
        id: 'dost',
        name: 'Trần Văn Minh',
        organisation: 'Sở KH&CN',
        questions: ['broadband.provider-choice'],
      },
      { id: 'office', name: 'Lê Hoàng', organisation: 'Văn phòng UBND tỉnh' },
    ],
    responses: {
      ict: {
        'broadband.provider-choice': { value: 3, notes: 'Ba nhà mạng cáp quang', source: 'Sở TT&TT 2024' },
        'broadband.availability': { value: 82, dataYear: 2024 },
        'broadband.vision-plan': { value: 2 },
      },
      dost: { 'broadband.provider-choice': { value: 1 } },
      office: {
        'broadband.provider-choice': { value: 2 },
        'broadband.availability': { value: 70 },
        'broadband.vision-plan': { value: 2 },
      },
    },
    createdAt: '2025-03-01T08:00:00.000Z',
    ...overrides,
  };
}
