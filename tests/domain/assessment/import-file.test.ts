import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import {
  checkAnswerValue,
  createAssessmentFile,
  formatFileIssue,
  serializeAssessmentFile,
} from '../../../src/domain/assessment/assessment-file';
import { assessmentSchema, type Assessment } from '../../../src/domain/assessment/assessment-schema';
import {
  createCollectionFile,
  parseImportData,
  parseImportText,
  type ImportedAssessment,
} from '../../../src/domain/assessment/import-file';
import { indexQuestions } from '../../../src/domain/criteria/index-questions';
import type { Result } from '../../../src/domain/result';
import { answersArbitrary } from '../../factories/answer-arbitraries';
import { buildFramework } from '../../factories/framework-factory';

const framework = buildFramework();
const questions = indexQuestions(framework);

function buildAssessment(overrides: Partial<Assessment> = {}): Assessment {
  return {
    id: 'a1',
    profile: { name: 'Bình Dương', country: 'Việt Nam', region: 'Đông Nam Bộ', year: 2023 },
    answers: {
      'alpha.level': {
        value: 3,
        notes: 'Đã có kế hoạch chuyển đổi số.\n\tGiai đoạn 2021–2025.',
        evidence: [{ url: 'https://example.org/a', label: 'Kế hoạch' }],
        dataQuality: 'measured',
      },
    },
    narratives: { alpha: 'Tầm nhìn' },
    ...overrides,
  };
}

const envelope = (contents: Record<string, unknown>) => ({
  format: 'icf-self-assessment',
  formatVersion: 1,
  framework: { id: 'icf-six-criteria', version: '1.0.0' },
  ...contents,
});

const imported = (assessment: Assessment, warnings: ImportedAssessment['warnings'] = []) => ({
  assessment,
  frameworkVersion: '1.0.0',
  warnings,
});

function messagesOf(data: unknown): string[] {
  const result = parseImportData(data, framework);
  if (result.ok) throw new Error('expected the import to be refused');
  return result.errors.map(formatFileIssue);
}

/** Independent of the code under test: every C0 control but tab, LF and CR, and DEL. */
function isControlCharacter(char: string): boolean {
  const code = char.charCodeAt(0);
  return (code < 0x20 && ![0x09, 0x0a, 0x0d].includes(code)) || code === 0x7f;
}

function stringsOf(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(stringsOf);
  if (typeof value === 'object' && value !== null) {
    return Object.entries(value).flatMap(([key, item]) => [key, ...stringsOf(item)]);
  }
  return [];
}

/** What every successful import must hold, whatever the file was. */
function expectSoundImport(result: Result<ImportedAssessment[], unknown>): void {
  if (!result.ok) {
    expect(result.errors.length).toBeGreaterThan(0);
    return;
  }
  expect(result.value.length).toBeGreaterThan(0);
  for (const { assessment } of result.value) {
    expect(assessmentSchema.safeParse(assessment).success).toBe(true);
    for (const [questionId, answer] of Object.entries(assessment.answers)) {
      const question = questions.get(questionId)?.question;
      if (question && answer.value !== undefined) expect(checkAnswerValue(question, answer.value)).toBeNull();
    }
    expect(stringsOf(assessment).filter((text) => [...text].some(isControlCharacter))).toEqual([]);
  }
}

describe('importing assessments', () => {
  it('reads a single-assessment file as a list of one', () => {
    const assessment = buildAssessment();
    const text = serializeAssessmentFile(createAssessmentFile(framework, assessment));
    expect(parseImportText(text, framework)).toEqual({ ok: true, value: [imported(assessment)] });
  });

  it('reads a collection of three in file order', () => {
    const assessments = ['hue', 'da-nang', 'binh-duong'].map((id) => buildAssessment({ id }));
    expect(parseImportData(envelope({ assessments }), framework)).toEqual({
      ok: true,
      value: assessments.map((assessment) => imported(assessment)),
    });
  });

  it('refuses a whole collection for one bad item, naming the item', () => {
    const assessments = [
      buildAssessment({ id: 'a1' }),
      buildAssessment({ id: 'a2', answers: { 'alpha.level': { value: 7 } } }),
      buildAssessment({ id: 'a3' }),
    ];
    const result = parseImportData(envelope({ assessments }), framework);
    expect(result).toEqual({ ok: false, errors: [expect.objectContaining({ code: 'bad-value' })] });
    expect(messagesOf(envelope({ assessments }))).toEqual([
      'assessments[1].answers["alpha.level"].value: expected a level, a whole number from 0 to 4, got 7',
    ]);
  });

  it('lists the errors of every bad item at once', () => {
    const assessments = [
      buildAssessment({ id: 'a1', profile: { name: '  ' } }),
      buildAssessment({ id: 'a2' }),
      { id: 'a3', profile: { name: 'Huế' }, answers: { 'beta.list': { value: ['a', 'zz'] } } },
    ];
    expect(messagesOf(envelope({ assessments }))).toEqual([
      'assessments[0].profile.name: must not be empty',
      'assessments[2].answers["beta.list"].value: unknown option "zz"; expected some of a, b, c, d',
    ]);
  });

  it('refuses two assessments with the same id', () => {
    const assessments = ['x', 'y', 'z', 'x'].map((id) => buildAssessment({ id }));
    expect(messagesOf(envelope({ assessments }))).toEqual([
      'assessments[3].id: "x" appears twice in this file',
    ]);
  });

  it('names an item in its warnings', () => {
    const answers = { 'retired.question': { value: 3 } };
    const result = parseImportData(
      envelope({ assessments: [buildAssessment({ id: 'a1' }), buildAssessment({ id: 'a2', answers })] }),
      framework,
    );
    if (!result.ok) throw new Error(result.errors.map(formatFileIssue).join('\n'));
    expect(result.value.map(({ warnings }) => warnings.map(formatFileIssue))).toEqual([
      [],
      [
        'assessments[1].answers["retired.question"]: "retired.question" is not a question of icf-six-criteria 1.0.0; its answer is kept but not scored',
      ],
    ]);
  });

  it('gives every assessment of an older criteria version that version and its warning', () => {
    const result = parseImportData(
      envelope({
        framework: { id: 'icf-six-criteria', version: '0.9.0' },
        assessments: [buildAssessment({ id: 'a1' }), buildAssessment({ id: 'a2' })],
      }),
      framework,
    );
    if (!result.ok) throw new Error(result.errors.map(formatFileIssue).join('\n'));
    expect(
      result.value.map(({ frameworkVersion, warnings }) => [frameworkVersion, warnings.map(formatFileIssue)]),
    ).toEqual([
      ['0.9.0', ['framework.version: made with criteria version 0.9.0; this app uses 1.0.0']],
      ['0.9.0', ['framework.version: made with criteria version 0.9.0; this app uses 1.0.0']],
    ]);
  });

  it('reports a problem of the shared envelope once, not once per item', () => {
    const assessments = [buildAssessment({ id: 'a1' }), buildAssessment({ id: 'a2' })];
    expect(messagesOf(envelope({ framework: { id: 'u4ssc', version: '1' }, assessments }))).toEqual([
      'framework.id: made for the framework "u4ssc"; this app scores "icf-six-criteria"',
    ]);
  });

  it.each([
    [
      'both an assessment and a list',
      envelope({ assessment: buildAssessment(), assessments: [buildAssessment({ id: 'a2' })] }),
      'a file holds either one assessment ("assessment") or a list of them ("assessments"), not both',
    ],
    [
      'neither an assessment nor a list',
      envelope({}),
      'expected one assessment ("assessment") or a list of them ("assessments"); the file holds neither',
    ],
    [
      'a list that is not a list',
      envelope({ assessments: { a1: buildAssessment() } }),
      'assessments: expected a list of assessments, got an object',
    ],
    ['an empty list', envelope({ assessments: [] }), 'assessments: expected 1 to 500 assessments, got 0'],
    [
      'a list of more than 500',
      envelope({ assessments: Array.from({ length: 501 }, (_, i) => buildAssessment({ id: `a${i}` })) }),
      'assessments: expected 1 to 500 assessments, got 501',
    ],
    [
      'another format before looking for assessments',
      { format: 'lighthouse', assessments: [] },
      'format: this is not an ICF self-assessment file: expected format "icf-self-assessment", got "lighthouse"',
    ],
    [
      'a newer format version before looking for assessments',
      envelope({ formatVersion: 99 }),
      'formatVersion: this file was made by a newer version of the app (format version 99; this app reads up to 2); update the app to open it',
    ],
  ])('refuses %s with a clear message', (_name, data, message) => {
    expect(messagesOf(data)).toEqual([message]);
  });

  it.each([
    ['\u000b', "Word's manual line break", 'before\nafter'],
    ['\u000c', 'a page break', 'before\nafter'],
    ['\u0085', 'NEL', 'before\nafter'],
    ['\u2028', 'a line separator', 'before\nafter'],
    ['\u2029', 'a paragraph separator', 'before\nafter'],
    ['\r', 'a lone CR', 'before\nafter'],
    ['\u0000', 'NUL', 'beforeafter'],
    ['\u0007', 'BEL', 'beforeafter'],
    ['\u001b', 'ESC', 'beforeafter'],
    ['\u007f', 'DEL', 'beforeafter'],
    ['\u009b', 'CSI', 'beforeafter'],
  ])('mends %j (%s) in text instead of refusing the file', (char, _name, mended) => {
    const pasted = `before${char}after`;
    const answers = {
      'alpha.level': { value: 1, notes: pasted, evidence: [{ url: 'https://example.org', label: pasted }] },
    };
    const parsed = parseImportData(
      envelope({
        assessment: buildAssessment({ answers, narratives: { beta: pasted }, profile: { name: pasted } }),
      }),
      framework,
    );
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
    const [imported] = parsed.value;
    const oneLine = mended.replace('\n', ' ');
    expect(imported?.assessment.profile.name).toBe(oneLine);
    expect(imported?.assessment.answers['alpha.level']?.notes).toBe(mended);
    expect(imported?.assessment.answers['alpha.level']?.evidence?.[0]?.label).toBe(oneLine);
    expect(imported?.assessment.narratives?.beta).toBe(mended);
  });

  it('composes decomposed Vietnamese (NFD) into NFC', () => {
    const nfd = 'Bi\u0300nh Du\u031bo\u031bng';
    const parsed = parseImportData(
      envelope({ assessment: buildAssessment({ profile: { name: nfd } }) }),
      framework,
    );
    expect(parsed.ok && parsed.value[0]?.assessment.profile.name).toBe('Bình Dương');
  });

  it('refuses a control character or __proto__ in a key, which no person types', () => {
    const answers = { 'alpha.level': { value: 1 } };
    expect(
      messagesOf(envelope({ assessment: buildAssessment({ narratives: { 'be\u0000ta': 'x' }, answers }) })),
    ).toEqual([expect.stringMatching(/narratives.*cannot be used: it holds a control character/)]);
    const proto = JSON.parse('{"__proto__": "x"}') as Record<string, string>;
    expect(messagesOf(envelope({ assessment: buildAssessment({ narratives: proto, answers }) }))).toEqual([
      expect.stringMatching(/narratives: holds the reserved name "__proto__"/),
    ]);
  });

  it('keeps tabs and line breaks, which people type, writing CR LF as LF', () => {
    const assessment = buildAssessment({ narratives: { alpha: 'one\ttwo\nthree\r\nfour' } });
    const parsed = parseImportData(envelope({ assessment }), framework);
    expect(parsed.ok && parsed.value[0]?.assessment.narratives?.alpha).toBe('one\ttwo\nthree\nfour');
  });

  it('keeps markup as text: showing it safely is the screen’s job', () => {
    const markup = '<script>alert(1)</script><img src=x onerror="alert(2)">';
    const assessment = buildAssessment({
      profile: { name: markup },
      answers: { 'alpha.level': { value: 2, notes: markup } },
      narratives: { alpha: markup },
    });
    const result = parseImportData(envelope({ assessment }), framework);
    expect(result.ok && result.value[0]?.assessment).toEqual(assessment);
  });

  it('refuses a file over 5 MB before parsing it', () => {
    const result = parseImportText(' '.repeat(5 * 1024 * 1024 + 1), framework);
    expect(result).toEqual({ ok: false, errors: [expect.objectContaining({ code: 'too-large', path: '' })] });
  });

  it('refuses text that is not JSON', () => {
    const result = parseImportText('{"assessments": [', framework);
    expect(!result.ok && result.errors.map(formatFileIssue)).toEqual([
      expect.stringMatching(/^not a JSON file \(/),
    ]);
  });

  it('round-trips any collection through text', () => {
    fc.assert(
      fc.property(fc.array(answersArbitrary(framework), { minLength: 1, maxLength: 5 }), (answerSets) => {
        const assessments = answerSets.map((answers, index) => buildAssessment({ id: `a${index}`, answers }));
        const text = JSON.stringify(createCollectionFile(framework, assessments), null, 2);
        const result = parseImportText(text, framework);
        expect(result.ok && result.value.map(({ assessment }) => assessment)).toEqual(assessments);
      }),
      { numRuns: 200 },
    );
  });
});

type Key = string | number;
type Container = Record<Key, unknown> | unknown[];

function isContainer(value: unknown): value is Container {
  return typeof value === 'object' && value !== null;
}

/** Every path below the root, parents before children. */
function pathsOf(node: unknown, path: Key[] = []): Key[][] {
  if (!isContainer(node)) return [];
  const children: [Key, unknown][] = Array.isArray(node)
    ? node.map((item, i) => [i, item])
    : Object.entries(node);
  return children.flatMap(([key, child]) => [[...path, key], ...pathsOf(child, [...path, key])]);
}

function readAt(root: unknown, path: Key[]): unknown {
  return path.reduce<unknown>(
    (node, key) => (isContainer(node) ? (node as Record<Key, unknown>)[key] : undefined),
    root,
  );
}

type Mutation =
  | { kind: 'delete'; at: number }
  | { kind: 'replace'; at: number; value: unknown }
  | { kind: 'long-string'; at: number; value: string }
  | { kind: 'control-character'; at: number; char: string; position: number }
  | { kind: 'format-version'; value: number };

const controlCharacterArbitrary = fc
  .constantFrom(...[...Array(0x20).keys()].filter((code) => ![0x09, 0x0a, 0x0d].includes(code)), 0x7f)
  .map((code) => String.fromCharCode(code));

// Weighted so that most runs damage the content: a wrong format version refuses the file at once.
const mutationArbitrary: fc.Arbitrary<Mutation> = fc.oneof(
  { arbitrary: fc.record({ kind: fc.constant('delete' as const), at: fc.nat() }), weight: 3 },
  {
    arbitrary: fc.record({
      kind: fc.constant('replace' as const),
      at: fc.nat(),
      value: fc.jsonValue({ maxDepth: 3 }),
    }),
    weight: 3,
  },
  {
    arbitrary: fc.record({
      kind: fc.constant('long-string' as const),
      at: fc.nat(),
      // Built by repetition: fast-check draws short strings, and the schema's limits are in the thousands.
      value: fc
        .tuple(fc.string({ minLength: 1, maxLength: 8 }), fc.integer({ min: 1, max: 20_000 }))
        .map(([unit, length]) => unit.repeat(Math.ceil(length / unit.length)).slice(0, length)),
    }),
    weight: 3,
  },
  {
    arbitrary: fc.record({
      kind: fc.constant('control-character' as const),
      at: fc.nat(),
      char: controlCharacterArbitrary,
      position: fc.nat(),
    }),
    weight: 3,
  },
  {
    arbitrary: fc.record({
      kind: fc.constant('format-version' as const),
      value: fc.oneof(fc.constant(1), fc.integer()),
    }),
    weight: 1,
  },
);

function mutate(root: Record<string, unknown>, mutation: Mutation): void {
  if (mutation.kind === 'format-version') {
    root.formatVersion = mutation.value;
    return;
  }
  const paths =
    mutation.kind === 'control-character'
      ? pathsOf(root).filter((path) => typeof readAt(root, path) === 'string')
      : pathsOf(root);
  const path = paths[mutation.at % paths.length];
  if (!path) return;
  const parent = readAt(root, path.slice(0, -1)) as Container;
  const key = path[path.length - 1] as Key;
  const node = parent as Record<Key, unknown>;
  switch (mutation.kind) {
    case 'delete':
      if (Array.isArray(parent)) parent.splice(Number(key), 1);
      else delete node[key];
      return;
    case 'replace':
    case 'long-string':
      node[key] = mutation.value;
      return;
    case 'control-character': {
      const text = node[key] as string;
      const at = mutation.position % (text.length + 1);
      node[key] = `${text.slice(0, at)}${mutation.char}${text.slice(at)}`;
    }
  }
}

describe('importing whatever a file holds', () => {
  const envelopes = [
    (value: unknown) => value,
    (value: unknown) => envelope({ assessment: value }),
    (value: unknown) => envelope({ assessments: [value] }),
    (value: unknown) => envelope({ assessments: value }),
  ];

  it('never throws on random JSON values, in or out of an envelope', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.constantFrom(...envelopes), (value, wrap) => {
        const data = wrap(value);
        expectSoundImport(parseImportData(data, framework));
        expectSoundImport(parseImportText(JSON.stringify(data), framework));
      }),
      { numRuns: 500 },
    );
  });

  it('never throws on random text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (text) => {
        expectSoundImport(parseImportText(text, framework));
      }),
      { numRuns: 500 },
    );
  });

  it('never throws on any JavaScript value', () => {
    fc.assert(
      fc.property(fc.anything(), fc.constantFrom(...envelopes), (value, wrap) => {
        expectSoundImport(parseImportData(wrap(value), framework));
      }),
      { numRuns: 500 },
    );
  });

  it('never lets a damaged valid file through with a wrong value or hidden characters', () => {
    const collectionArbitrary = fc
      .array(answersArbitrary(framework), { minLength: 1, maxLength: 4 })
      .map((answerSets) =>
        createCollectionFile(
          framework,
          answerSets.map((answers, index) => buildAssessment({ id: `a${index}`, answers })),
        ),
      );
    fc.assert(
      fc.property(
        collectionArbitrary,
        fc.array(mutationArbitrary, { minLength: 1, maxLength: 5 }),
        (file, mutations) => {
          const data = structuredClone(file) as Record<string, unknown>;
          for (const mutation of mutations) mutate(data, mutation);
          expectSoundImport(parseImportData(data, framework));
          expectSoundImport(parseImportText(JSON.stringify(data), framework));
        },
      ),
      { numRuns: 1000 },
    );
  });
});
