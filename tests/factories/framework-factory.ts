import type { Criterion, Framework, Question } from '../../src/domain/criteria/criterion-schema';

const text = (en: string) => ({ en, vi: `${en} (vi)` });
const source = {
  kind: 'certification-data-point' as const,
  ref: 'intelligentcommunity.org/certification_standards',
  point: text('a data point'),
};
const definition = {
  measures: text('what'),
  formula: text('a ÷ b × 100'),
  dataYear: text('the latest year'),
  sources: text('the statistical yearbook'),
  international: text('none'),
  anchors: { rationale: text('why'), ref: 'itu.int' },
};

/** Level n has n conditions (at most three): "level n, condition i". */
export const buildLevels = () =>
  [0, 1, 2, 3, 4].map((n) => ({
    summary: text(`level ${n}`),
    conditions: Array.from({ length: Math.min(n, 3) }, (_, i) => text(`level ${n}, condition ${i + 1}`)),
    ...(n > 0 ? { evidence: text(`evidence ${n}`) } : {}),
  }));

export const BANDS: Framework['bands'] = [
  { id: 'starting', min: 0, max: 20, name: text('Starting'), description: text('d') },
  { id: 'emerging', min: 20, max: 40, name: text('Emerging'), description: text('d') },
  { id: 'developing', min: 40, max: 60, name: text('Developing'), description: text('d') },
  { id: 'advanced', min: 60, max: 80, name: text('Advanced'), description: text('d') },
  { id: 'leading', min: 80, max: 100, name: text('Leading'), description: text('d') },
];

type QuestionOverrides = Partial<Question> & Pick<Question, 'type'>;

export function buildQuestion(id: string, overrides: QuestionOverrides): Question {
  const base = { id, prompt: text(`${id}?`), help: text('evidence'), weight: 1, allowsNA: false, source };
  switch (overrides.type) {
    case 'level':
      return { ...base, levels: buildLevels(), ...overrides };
    case 'percent':
      return { ...base, unit: text('%'), scoring: { worst: 0, best: 100 }, definition, ...overrides };
    case 'number':
      return { ...base, unit: text('Mbps'), scoring: { worst: 10, best: 110 }, definition, ...overrides };
    case 'boolean':
      return { ...base, ...overrides };
    case 'checklist':
      return {
        ...base,
        options: ['a', 'b', 'c', 'd'].map((o) => ({ id: o, label: text(o) })),
        ...overrides,
      };
  }
}

export function buildCriterion(id: string, questions: Question[], weight = 1): Criterion {
  return { id, name: text(id), description: text(`${id} description`), aliases: [], weight, questions };
}

/**
 * A small framework with every question type: criterion "alpha" (level, percent, boolean),
 * "beta" (number where lower is better, checklist, level allowing N/A) and "gamma" (one level).
 */
export function buildFramework(): Framework {
  return {
    id: 'icf-six-criteria',
    version: '1.0.0',
    name: text('Test framework'),
    description: text('For tests'),
    levels: [0, 1, 2, 3, 4].map((n) => text(`L${n}`)),
    bands: BANDS,
    criteria: [
      buildCriterion('alpha', [
        buildQuestion('alpha.level', { type: 'level' }),
        buildQuestion('alpha.percent', { type: 'percent', weight: 2 }),
        buildQuestion('alpha.flag', { type: 'boolean' }),
      ]),
      buildCriterion('beta', [
        buildQuestion('beta.price', { type: 'number', scoring: { worst: 100, best: 20 }, min: 0 }),
        buildQuestion('beta.list', { type: 'checklist' }),
        buildQuestion('beta.optional', { type: 'level', allowsNA: true }),
      ]),
      buildCriterion('gamma', [buildQuestion('gamma.level', { type: 'level' })]),
    ],
    history: [],
  };
}
