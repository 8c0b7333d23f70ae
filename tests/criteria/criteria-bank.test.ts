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
      'advocacy',
      'sustainability',
    ]);
    expect(framework.version).toBe('2.0.0');
  });

  it.each(framework.criteria.map((c) => [c.id, c.questions.length]))(
    'gives %s 6 to 12 questions',
    (_id, count) => {
      expect(count).toBeGreaterThanOrEqual(6);
      expect(count).toBeLessThanOrEqual(12);
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
    // Prompts, help, levels and cards are sentences: the same text in both means it was not translated.
    const sentences = texts.filter((t) =>
      /\.(prompt|help|summary|conditions\[\d\]|evidence|measures|formula|rationale)$/.test(t.path),
    );
    expect(sentences.length).toBeGreaterThan(600);
    for (const { path, en, vi } of sentences) expect(vi, path).not.toBe(en);
  });

  it('gives every level question 5 levels: level 0 with no condition, the others 1 to 3 and their evidence', () => {
    for (const q of questions) {
      if (q.type !== 'level') continue;
      expect(q.levels, q.id).toHaveLength(5);
      expect(q.levels[0]?.conditions, q.id).toHaveLength(0);
      for (const level of q.levels.slice(1)) {
        expect(level.conditions.length, q.id).toBeGreaterThanOrEqual(1);
        expect(level.conditions.length, q.id).toBeLessThanOrEqual(3);
        expect(level.evidence?.en, q.id).toBeTruthy();
      }
    }
  });

  it('gives every percent and number question a complete definition card', () => {
    const quantities = questions.filter((q) => q.type === 'percent' || q.type === 'number');
    expect(quantities.length).toBeGreaterThanOrEqual(15);
    for (const q of quantities) {
      const card = q.definition;
      for (const text of [
        card.measures,
        card.formula,
        card.dataYear,
        card.sources,
        card.international,
        card.anchors.rationale,
        q.unit,
      ]) {
        expect(text.en.trim().length, q.id).toBeGreaterThan(0);
        expect(text.vi.trim().length, q.id).toBeGreaterThan(0);
      }
      expect(card.anchors.ref, q.id).toMatch(/^[a-z0-9.-]+\.[a-z]{2,}(\/\S*)?$/);
      // A formula names what is divided by what, or the figure is taken as published.
      expect(card.formula.en, q.id).toMatch(/÷|published/);
    }
  });

  it('asks relative thresholds, never absolute counts, in levels', () => {
    const counts = /\b(dozens?|hundreds?|thousands?|a few dozen)\b/i;
    for (const q of questions) {
      if (q.type !== 'level') continue;
      for (const level of q.levels) {
        for (const text of [level.summary, ...level.conditions]) expect(text.en, q.id).not.toMatch(counts);
      }
    }
  });

  it('scores the triple helix once and asks about public access once', () => {
    const mentions = (pattern: RegExp) =>
      questions.filter((q) => q.type === 'level' && q.levels.some((l) => pattern.test(JSON.stringify(l))));
    expect(mentions(/triple helix/i).map((q) => q.id)).toEqual([]);
    expect(questions.filter((q) => /triple helix/i.test(q.prompt.en)).map((q) => q.id)).toEqual([
      'innovation.triple-helix',
    ]);
    expect(
      questions.filter((q) => /public[- ]access|public internet/i.test(q.prompt.en + q.id)),
    ).toHaveLength(1);
  });

  it('gives every criterion one level question on its accountable official', () => {
    for (const criterion of framework.criteria) {
      const officials = criterion.questions.filter((q) => q.id.endsWith('.accountable-official'));
      expect(
        officials.map((q) => q.type),
        criterion.id,
      ).toEqual(['level']);
    }
  });

  it('says of every question which kind of source it traces to', () => {
    const kinds = new Set(questions.map((q) => q.source.kind));
    expect([...kinds].sort()).toEqual([
      'certification-data-point',
      'factor-description',
      'own-proxy',
      'winner-practice',
    ]);
  });

  it('writes Vietnamese as a provincial department would', () => {
    const vi = Object.values(raw)
      .map((json) => JSON.stringify(json))
      .join('\n');
    // "lãnh đạo cấp cao" names national leadership; level prompts read "Mức độ … như thế nào?".
    expect(vi).not.toMatch(/lãnh đạo cấp cao/);
    expect(vi).not.toMatch(/đến mức nào/);
    for (const q of questions)
      if (q.type === 'level') expect(q.prompt.vi, q.id).toMatch(/^Mức độ .* như thế nào\?$/);
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
