import { describe, expect, it } from 'vitest';

import { formatCriteriaError } from '../../../src/domain/criteria/criteria-error';
import { loadFramework } from '../../../src/domain/criteria/load-framework';
import { buildFramework } from '../../factories/framework-factory';

/** The contents of a criteria/ directory for the test framework, as JSON would give them. */
function buildFiles(): Record<string, Record<string, unknown>> {
  const { criteria, history: _history, ...framework } = structuredClone(buildFramework());
  return {
    'framework.json': { $schema: './schema.json', ...framework, criteria: criteria.map((c) => c.id) },
    ...Object.fromEntries(criteria.map((c) => [`${c.id}.json`, { $schema: './schema.json', ...c }])),
  };
}

function errorsOf(files: Record<string, unknown>): string[] {
  const result = loadFramework(files);
  if (result.ok) throw new Error('expected the criteria to be refused');
  return result.errors.map(formatCriteriaError);
}

type Mutable = Record<string, unknown> & { questions: Record<string, unknown>[] };

describe('loadFramework', () => {
  it('builds the framework in the order framework.json lists the criteria', () => {
    const result = loadFramework(buildFiles());
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.criteria.map((c) => c.id)).toEqual(['alpha', 'beta', 'gamma']);
    expect(result.value).not.toHaveProperty('$schema');
  });

  it('fills in the default weights and N/A setting', () => {
    const files = buildFiles();
    const alpha = files['alpha.json'] as Mutable;
    delete alpha.weight;
    delete alpha.questions[0]?.weight;
    delete alpha.questions[0]?.allowsNA;
    const result = loadFramework(files);
    if (!result.ok) throw new Error(result.errors.map(formatCriteriaError).join('\n'));
    expect(result.value.criteria[0]?.weight).toBe(1);
    expect(result.value.criteria[0]?.questions[0]).toMatchObject({ weight: 1, allowsNA: false });
  });

  it('names the file and path of a level question without 5 levels', () => {
    const files = buildFiles();
    const alpha = files['alpha.json'] as Mutable;
    (alpha.questions[0]?.levels as unknown[]).pop();
    expect(errorsOf(files)).toEqual(['alpha.json: questions[0].levels: expected 5, got 4']);
  });

  it.each([
    [
      'a missing Vietnamese text',
      (f: Mutable) => ((f.name as Record<string, string>).vi = ''),
      'alpha.json: name.vi: must not be empty',
    ],
    [
      'a weight of 0',
      (f: Mutable) => (f.questions[1]!.weight = 0),
      'alpha.json: questions[1].weight: must be greater than 0',
    ],
    [
      'worst equal to best',
      (f: Mutable) => (f.questions[1]!.scoring = { worst: 5, best: 5 }),
      'alpha.json: questions[1].scoring: worst and best must differ',
    ],
    ['an unknown field', (f: Mutable) => (f.colour = 'red'), 'alpha.json: Unrecognized key: "colour"'],
  ])('refuses %s', (_name, mutate, expected) => {
    const files = buildFiles();
    mutate(files['alpha.json'] as Mutable);
    expect(errorsOf(files)).toEqual([expected]);
  });

  it.each([
    [
      'a condition on level 0, where every community starts',
      (f: Mutable) => {
        const levels = f.questions[0]!.levels as { conditions: unknown[] }[];
        levels[0]!.conditions.push({ en: 'x', vi: 'x' });
      },
      'alpha.json: questions[0].levels[0].conditions: level 0 has no conditions: it is where every community starts',
    ],
    [
      'a level with no condition',
      (f: Mutable) => ((f.questions[0]!.levels as { conditions: unknown[] }[])[2]!.conditions = []),
      'alpha.json: questions[0].levels[2].conditions: expected 1 to 3 conditions, got none',
    ],
    [
      'a level with four conditions',
      (f: Mutable) => {
        const levels = f.questions[0]!.levels as { conditions: unknown[] }[];
        levels[3]!.conditions.push({ en: 'x', vi: 'x' });
      },
      'alpha.json: questions[0].levels[3].conditions: Too big: expected array to have <=3 items',
    ],
    [
      'a level above 0 without its evidence',
      (f: Mutable) => delete (f.questions[0]!.levels as { evidence?: unknown }[])[1]!.evidence,
      'alpha.json: questions[0].levels[1].evidence: expected the evidence that shows this level',
    ],
    [
      'a percent question without its definition card',
      (f: Mutable) => delete f.questions[1]!.definition,
      'alpha.json: questions[1].definition: Invalid input: expected object, received undefined',
    ],
    [
      'a question whose source does not say its kind',
      (f: Mutable) => {
        const { kind: _kind, ...rest } = f.questions[2]!.source as { kind?: unknown };
        f.questions[2]!.source = rest;
      },
      'alpha.json: questions[2].source.kind: Invalid option: expected one of "certification-data-point"|"factor-description"|"winner-practice"|"own-proxy"',
    ],
  ])('refuses %s', (_name, mutate, expected) => {
    const files = buildFiles();
    mutate(files['alpha.json'] as Mutable);
    expect(errorsOf(files)).toEqual([expected]);
  });

  it('reads earlier versions from history/ and refuses a malformed one', () => {
    const entry = { criterion: 'alpha', type: 'boolean', prompt: { en: 'Old?', vi: 'Cũ?' } };
    const files: Record<string, unknown> = {
      ...buildFiles(),
      'history/0.9.0.json': { version: '0.9.0', questions: { 'alpha.old': entry } },
    };
    const result = loadFramework(files);
    if (!result.ok) throw new Error(result.errors.map(formatCriteriaError).join('\n'));
    expect(result.value.history).toEqual([{ version: '0.9.0', questions: { 'alpha.old': entry } }]);
    files['history/0.9.0.json'] = { version: 'old', questions: {} };
    expect(errorsOf(files)[0]).toMatch(/^history\/0\.9\.0\.json: version: /);
  });

  it('refuses a question id used twice, or one outside its criterion', () => {
    const files = buildFiles();
    (files['beta.json'] as Mutable).questions[0]!.id = 'alpha.level';
    expect(errorsOf(files)).toEqual([
      'beta.json: questions[0].id: expected to start with "beta.", got "alpha.level"',
      'beta.json: questions[0].id: "alpha.level" is already used in alpha.json',
    ]);
  });

  it('refuses a missing framework file, a missing criterion file and an unlisted one', () => {
    const files = buildFiles();
    expect(errorsOf({ 'alpha.json': files['alpha.json'] })).toEqual([
      'framework.json: missing: the framework file is required',
    ]);
    const { 'gamma.json': gamma, ...withoutGamma } = files;
    expect(errorsOf({ ...withoutGamma, 'delta.json': gamma })).toEqual([
      'delta.json: not listed in framework.json "criteria"',
      'gamma.json: missing: framework.json lists "gamma"',
    ]);
  });

  it('refuses a criterion whose id differs from its file name', () => {
    const files = buildFiles();
    (files['gamma.json'] as Mutable).id = 'delta';
    expect(errorsOf(files)).toContain('gamma.json: id: expected "gamma" (the file name), got "delta"');
  });

  it('refuses bands that leave a gap or do not reach 100', () => {
    const files = buildFiles();
    const bands = files['framework.json']!.bands as { min: number; max: number }[];
    bands[2]!.min = 45;
    bands[4]!.max = 90;
    expect(errorsOf(files)).toEqual([
      'framework.json: bands[2].min: expected min 40, got 45: bands must be contiguous from 0',
      'framework.json: bands[4].max: expected the last band to end at 100, got 90',
    ]);
  });

  it('ignores the generated schema.json', () => {
    expect(loadFramework({ ...buildFiles(), 'schema.json': { anyOf: [] } }).ok).toBe(true);
  });
});
