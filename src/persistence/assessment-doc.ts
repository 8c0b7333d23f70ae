import type * as Y from 'yjs';

import type { AnswerPatch, AssessmentChange } from '../domain/assessment/assessment-change';
import type { Assessment } from '../domain/assessment/assessment-schema';
import { findChangedStretch } from '../domain/find-changed-stretch';

/**
 * How an assessment lives in a Yjs document. Every field two people (or two tabs) may edit at once
 * is a key of its own, so concurrent edits to different fields never overwrite each other:
 * - `meta`: id, dates, basedOn, frameworkVersion, illustrative, and any top-level field added later;
 * - `profile`: one key per profile field;
 * - `answer:<field>` (value, notes, evidence, dataQuality…): question id → that field of its answer;
 * - `narrative:<criterion id>`: a Y.Text each, so two people typing into one narrative merge;
 * - `weights`, `targets`: criterion id → number.
 * Root types are found by name, never created twice, so two tabs that start an answer at the same
 * time still share one map.
 */
const META = 'meta';
const PROFILE = 'profile';
const WEIGHTS = 'weights';
const TARGETS = 'targets';
const ANSWER_PREFIX = 'answer:';
const NARRATIVE_PREFIX = 'narrative:';
const HANDLED = new Set(['profile', 'answers', 'narratives', 'weights', 'targets']);

function rootNames(doc: Y.Doc, prefix: string): string[] {
  return [...doc.share.keys()].filter((name) => name.startsWith(prefix));
}

function setMap(map: Y.Map<unknown>, entries: Iterable<[string, unknown]>): void {
  const wanted = new Map(entries);
  for (const key of [...map.keys()]) if (!wanted.has(key)) map.delete(key);
  for (const [key, value] of wanted) {
    if (JSON.stringify(map.get(key)) !== JSON.stringify(value)) map.set(key, value);
  }
}

/** Replaces a Y.Text's content by the smallest edit: the common start and end are kept. */
export function setText(text: Y.Text, next: string): void {
  const current = text.toJSON();
  if (current === next) return;
  const { start, end } = findChangedStretch(current, next);
  text.delete(start, current.length - start - end);
  text.insert(start, next.slice(start, next.length - end));
}

/** Makes the document hold exactly this assessment, changing only what differs. */
export function writeAssessment(doc: Y.Doc, assessment: Assessment, origin?: unknown): void {
  doc.transact(() => {
    const meta = Object.entries(assessment).filter(([key]) => !HANDLED.has(key));
    setMap(doc.getMap(META), meta);
    setMap(doc.getMap(PROFILE), Object.entries(assessment.profile));
    setMap(doc.getMap(WEIGHTS), Object.entries(assessment.weights ?? {}));
    setMap(doc.getMap(TARGETS), Object.entries(assessment.targets ?? {}));

    const fields = new Set<string>(
      rootNames(doc, ANSWER_PREFIX).map((name) => name.slice(ANSWER_PREFIX.length)),
    );
    for (const answer of Object.values(assessment.answers))
      for (const field of Object.keys(answer)) fields.add(field);
    for (const field of fields) {
      const entries: [string, unknown][] = [];
      for (const [questionId, answer] of Object.entries(assessment.answers)) {
        const value = (answer as Record<string, unknown>)[field];
        if (value !== undefined) entries.push([questionId, value]);
      }
      setMap(doc.getMap(ANSWER_PREFIX + field), entries);
    }

    const narratives = assessment.narratives ?? {};
    const criteria = new Set([
      ...rootNames(doc, NARRATIVE_PREFIX).map((name) => name.slice(NARRATIVE_PREFIX.length)),
      ...Object.keys(narratives),
    ]);
    for (const criterionId of criteria) {
      setText(doc.getText(NARRATIVE_PREFIX + criterionId), narratives[criterionId] ?? '');
    }
  }, origin);
}

function readMap(doc: Y.Doc, name: string): Record<string, unknown> {
  const record = Object.create(null) as Record<string, unknown>;
  for (const [key, value] of doc.getMap(name).entries()) record[key] = value;
  return record;
}

/**
 * The document as a plain object, not yet checked: the caller parses it with the assessment schema,
 * the one set of rules, and treats a document that fails as unreadable rather than guessing.
 */
export function readAssessmentData(doc: Y.Doc): Record<string, unknown> {
  const data: Record<string, unknown> = { ...readMap(doc, META), profile: { ...readMap(doc, PROFILE) } };
  const answers = Object.create(null) as Record<string, Record<string, unknown>>;
  for (const name of rootNames(doc, ANSWER_PREFIX)) {
    const field = name.slice(ANSWER_PREFIX.length);
    for (const [questionId, value] of doc.getMap(name).entries()) {
      (answers[questionId] ??= {})[field] = value;
    }
  }
  data.answers = answers;
  const narratives: Record<string, string> = {};
  for (const name of rootNames(doc, NARRATIVE_PREFIX)) {
    const text = doc.getText(name).toJSON();
    if (text !== '') narratives[name.slice(NARRATIVE_PREFIX.length)] = text;
  }
  if (Object.keys(narratives).length > 0) data.narratives = narratives;
  const weights = readMap(doc, WEIGHTS);
  if (Object.keys(weights).length > 0) data.weights = weights;
  const targets = readMap(doc, TARGETS);
  if (Object.keys(targets).length > 0) data.targets = targets;
  return data;
}

/** Whether the document holds anything yet (a new or a deleted one does not). */
export function isEmptyDoc(doc: Y.Doc): boolean {
  return !doc.getMap(META).has('id');
}

function patchAnswer(doc: Y.Doc, questionId: string, patch: AnswerPatch): void {
  for (const [field, value] of Object.entries(patch)) {
    const map = doc.getMap(ANSWER_PREFIX + field);
    if (value === undefined) map.delete(questionId);
    else if (JSON.stringify(map.get(questionId)) !== JSON.stringify(value)) map.set(questionId, value);
  }
}

/** Applies a change, already checked by `checkChange`, as the smallest set of key writes. */
export function applyChangeToDoc(
  doc: Y.Doc,
  change: AssessmentChange,
  updatedAt: string,
  origin?: unknown,
): void {
  doc.transact(() => {
    switch (change.kind) {
      case 'profile': {
        const profile = doc.getMap(PROFILE);
        for (const [field, value] of Object.entries(change.patch)) {
          if (value === undefined) profile.delete(field);
          else if (profile.get(field) !== value) profile.set(field, value);
        }
        break;
      }
      case 'answer':
        patchAnswer(doc, change.questionId, change.patch);
        break;
      case 'narrative':
        setText(doc.getText(NARRATIVE_PREFIX + change.criterionId), change.text);
        break;
      case 'weights':
        setMap(doc.getMap(WEIGHTS), Object.entries(change.weights ?? {}));
        break;
      case 'target': {
        const targets = doc.getMap(TARGETS);
        if (change.target === undefined) targets.delete(change.criterionId);
        else targets.set(change.criterionId, change.target);
        break;
      }
    }
    doc.getMap(META).set('updatedAt', updatedAt);
  }, origin);
}
