import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

import { readCriteriaDirectory } from '../../src/cli/read-criteria-directory';
import { renderCriteriaJsonSchema } from '../../src/domain/criteria/criteria-json-schema';
import { formatCriteriaError } from '../../src/domain/criteria/criteria-error';

const directory = join(import.meta.dirname, '../../criteria');
const jsonFiles = readdirSync(directory).filter((name) => name.endsWith('.json') && name !== 'schema.json');
const raw = Object.fromEntries(
  jsonFiles.map((name) => [name, JSON.parse(readFileSync(join(directory, name), 'utf8')) as unknown]),
);

function loadRealFramework() {
  const result = readCriteriaDirectory(directory);
  if (!result.ok) throw new Error(result.errors.map(formatCriteriaError).join('\n'));
  return result.value;
}

/** Every {en, vi} text in a JSON tree, with its path. */
function collectTexts(node: unknown, path = ''): { path: string; en: unknown; vi: unknown }[] {
  if (Array.isArray(node)) return node.flatMap((item, i) => collectTexts(item, `${path}[${i}]`));
  if (typeof node !== 'object' || node === null) return [];
  const record = node as Record<string, unknown>;
  if ('en' in record || 'vi' in record) return [{ path, en: record.en, vi: record.vi }];
  return Object.entries(record).flatMap(([key, value]) => collectTexts(value, path ? `${path}.${key}` : key));
}

const framework = loadRealFramework();
const questions = framework.criteria.flatMap((c) => c.questions);

describe('the criteria bank in criteria/', () => {
  it('loads without errors', () => {
    expect(readCriteriaDirectory(directory).ok).toBe(true);
  });

  it("holds ICF's six criteria in order", () => {
    expect(framework.id).toBe('icf-six-criteria');
    expect(framework.criteria.map((c) => c.id)).toEqual([
      'broadband',
      'knowledge-workforce',
      'innovation',
      'digital-equality',
      'sustainability',
      'advocacy',
    ]);
  });

  it.each(framework.criteria.map((c) => [c.id, c.questions.length]))(
    'gives %s 6 to 10 questions',
    (_id, count) => {
      expect(count).toBeGreaterThanOrEqual(6);
      expect(count).toBeLessThanOrEqual(10);
    },
  );

  it('uses every question id once, prefixed by its criterion', () => {
    const ids = questions.map((q) => q.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const criterion of framework.criteria) {
      for (const q of criterion.questions) expect(q.id.startsWith(`${criterion.id}.`)).toBe(true);
    }
  });

  it('has every text in both languages, non-empty, NFC-normalised and translated', () => {
    const texts = Object.entries(raw).flatMap(([file, json]) =>
      collectTexts(json).map((t) => ({ ...t, path: `${file}: ${t.path}` })),
    );
    expect(texts.length).toBeGreaterThan(400);
    for (const { path, en, vi } of texts) {
      expect(typeof en === 'string' && en.trim().length > 0, `${path}.en`).toBe(true);
      expect(typeof vi === 'string' && vi.trim().length > 0, `${path}.vi`).toBe(true);
      expect((vi as string).normalize('NFC'), `${path}.vi is NFC`).toBe(vi);
    }
    // Prompts, help and level descriptions are sentences: the same text in both means it was not translated.
    const sentences = texts.filter((t) => /\.(prompt|help|levels\[\d\])$/.test(t.path));
    for (const { path, en, vi } of sentences) expect(vi, path).not.toBe(en);
  });

  it('gives every level question exactly 5 level descriptions', () => {
    for (const q of questions) if (q.type === 'level') expect(q.levels, q.id).toHaveLength(5);
  });

  it('has weights above 0 and distinct worst and best scores', () => {
    for (const c of framework.criteria) expect(c.weight).toBeGreaterThan(0);
    for (const q of questions) {
      expect(q.weight, q.id).toBeGreaterThan(0);
      if (q.type === 'percent' || q.type === 'number') expect(q.scoring.worst, q.id).not.toBe(q.scoring.best);
    }
  });

  it('traces every question to a source and says what counts as evidence', () => {
    for (const q of questions) {
      expect(q.source.ref, q.id).toMatch(/^[a-z0-9.-]+\.[a-z]{2,}(\/\S*)?$/);
      expect(q.help.en.length, q.id).toBeGreaterThan(60);
    }
  });

  it('uses the Vietnamese names for the criteria that the Vietnamese press uses', () => {
    const names = Object.fromEntries(framework.criteria.map((c) => [c.id, c.name.vi]));
    expect(names['innovation']).toBe('Đổi mới sáng tạo');
    expect(names['digital-equality']).toBe('Bình đẳng tiếp cận kỹ thuật số');
    expect(names['knowledge-workforce']).toBe('Nguồn nhân lực tri thức');
    expect(names['sustainability']).toBe('Phát triển bền vững');
    expect(names['advocacy']).toMatch(/^Ủng hộ khích lệ/);
  });

  it('points every file at the committed schema', () => {
    for (const [file, json] of Object.entries(raw))
      expect((json as { $schema?: string }).$schema, file).toBe('./schema.json');
  });

  it('commits a criteria/schema.json generated from the current zod schema (npm run schema)', () => {
    expect(readFileSync(join(directory, 'schema.json'), 'utf8')).toBe(renderCriteriaJsonSchema());
  });
});
