import type * as Y from 'yjs';

import type { AnswerPatch, AssessmentChange, TeamChange } from '../domain/assessment/assessment-change';
import type { Answer, Assessment, Respondent } from '../domain/assessment/assessment-schema';
import { findChangedStretch } from '../domain/find-changed-stretch';

/**
 * How an assessment lives in a Yjs document. Every field two people (or two tabs) may edit at once
 * is a key of its own, so concurrent edits to different fields never overwrite each other:
 * - `meta`: id, dates, basedOn, frameworkVersion, illustrative, and any top-level field added later;
 * - `profile`: one key per profile field;
 * - `answer:<field>` (value, notes, evidence, dataQuality…): question id → that field of its answer;
 * - `narrative:<criterion id>`: a Y.Text each, so two people typing into one narrative merge;
 * - `weights`, `targets`: criterion id → number;
 * - `respondents`: respondent id → the respondent (name, organisation, role, assignment) and its
 *   `position` in the coordinator's list, written whole by the one person who edits the team;
 * - `response:<respondent id>:<field>`: question id → that field of the respondent's answer, so two
 *   respondents answering at once, or one respondent and the coordinator deciding, never write the
 *   same key. A respondent id holds no ":" (see idSchema), so the name splits back unambiguously.
 * Root types are found by name, never created twice, so two tabs that start an answer at the same
 * time still share one map.
 */
const META = 'meta';
const PROFILE = 'profile';
const WEIGHTS = 'weights';
const TARGETS = 'targets';
const ANSWER_PREFIX = 'answer:';
const NARRATIVE_PREFIX = 'narrative:';
const RESPONDENTS = 'respondents';
const RESPONSE_PREFIX = 'response:';
const HANDLED = new Set([
  'profile',
  'answers',
  'narratives',
  'weights',
  'targets',
  'respondents',
  'responses',
]);

type StoredRespondent = Omit<Respondent, 'id'> & { position: number };

const responseRoot = (respondentId: string, field: string) => `${RESPONSE_PREFIX}${respondentId}:${field}`;

/** The respondent id and the answer field a `response:` root is for. */
function parseResponseRoot(name: string): { respondentId: string; field: string } | null {
  const rest = name.slice(RESPONSE_PREFIX.length);
  const colon = rest.indexOf(':');
  return colon < 1 ? null : { respondentId: rest.slice(0, colon), field: rest.slice(colon + 1) };
}

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

/** Makes the field maps named `rootOf(field)` hold exactly these answers, one key per question. */
function writeAnswers(
  doc: Y.Doc,
  existingFields: Iterable<string>,
  answers: Readonly<Record<string, Answer>>,
  rootOf: (field: string) => string,
): void {
  const fields = new Set<string>(existingFields);
  for (const answer of Object.values(answers)) for (const field of Object.keys(answer)) fields.add(field);
  for (const field of fields) {
    const entries: [string, unknown][] = [];
    for (const [questionId, answer] of Object.entries(answers)) {
      const value = (answer as Record<string, unknown>)[field];
      if (value !== undefined) entries.push([questionId, value]);
    }
    setMap(doc.getMap(rootOf(field)), entries);
  }
}

function writeTeam(doc: Y.Doc, assessment: Assessment): void {
  const respondents = assessment.respondents ?? [];
  setMap(
    doc.getMap(RESPONDENTS),
    respondents.map(({ id, ...rest }, position): [string, StoredRespondent] => [id, { ...rest, position }]),
  );
  const existing = new Map<string, string[]>();
  for (const name of rootNames(doc, RESPONSE_PREFIX)) {
    const root = parseResponseRoot(name);
    if (root) existing.set(root.respondentId, [...(existing.get(root.respondentId) ?? []), root.field]);
  }
  const respondentIds = new Set([...existing.keys(), ...respondents.map(({ id }) => id)]);
  for (const respondentId of respondentIds) {
    writeAnswers(doc, existing.get(respondentId) ?? [], assessment.responses?.[respondentId] ?? {}, (field) =>
      responseRoot(respondentId, field),
    );
  }
}

/** Makes the document hold exactly this assessment, changing only what differs. */
export function writeAssessment(doc: Y.Doc, assessment: Assessment, origin?: unknown): void {
  doc.transact(() => {
    const meta = Object.entries(assessment).filter(([key]) => !HANDLED.has(key));
    setMap(doc.getMap(META), meta);
    setMap(doc.getMap(PROFILE), Object.entries(assessment.profile));
    setMap(doc.getMap(WEIGHTS), Object.entries(assessment.weights ?? {}));
    setMap(doc.getMap(TARGETS), Object.entries(assessment.targets ?? {}));
    writeAnswers(
      doc,
      rootNames(doc, ANSWER_PREFIX).map((name) => name.slice(ANSWER_PREFIX.length)),
      assessment.answers,
      (field) => ANSWER_PREFIX + field,
    );
    writeTeam(doc, assessment);

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
 * Respondents in the coordinator's order (ties, from two people adding at once, by id), and the
 * responses of those respondents only: answers written for a respondent removed meanwhile (in
 * another tab or by another person) have no one to belong to and are left unread.
 */
function readTeam(doc: Y.Doc, data: Record<string, unknown>): void {
  const stored: (StoredRespondent & { id: string })[] = [];
  for (const [id, value] of doc.getMap(RESPONDENTS).entries()) {
    stored.push({ ...(value as StoredRespondent), id });
  }
  stored.sort((a, b) => a.position - b.position || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  if (stored.length > 0)
    data.respondents = stored.map(({ position: _position, ...respondent }) => respondent);
  const known = new Set(stored.map(({ id }) => id));
  const responses = Object.create(null) as Record<string, Record<string, Record<string, unknown>>>;
  for (const name of rootNames(doc, RESPONSE_PREFIX)) {
    const root = parseResponseRoot(name);
    if (!root || !known.has(root.respondentId)) continue;
    for (const [questionId, value] of doc.getMap(name).entries()) {
      const given = (responses[root.respondentId] ??= Object.create(null) as Record<
        string,
        Record<string, unknown>
      >);
      (given[questionId] ??= {})[root.field] = value;
    }
  }
  if (Object.keys(responses).length > 0) data.responses = responses;
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
  readTeam(doc, data);
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

function patchAnswer(
  doc: Y.Doc,
  questionId: string,
  patch: AnswerPatch,
  rootOf: (field: string) => string = (field) => ANSWER_PREFIX + field,
): void {
  for (const [field, value] of Object.entries(patch)) {
    const map = doc.getMap(rootOf(field));
    if (value === undefined) map.delete(questionId);
    else if (JSON.stringify(map.get(questionId)) !== JSON.stringify(value)) map.set(questionId, value);
  }
}

/** Every field of the question's coordinator answer in the document, set to undefined. */
function clearedAnswer(doc: Y.Doc, questionId: string): AnswerPatch {
  const patch: Record<string, undefined> = {};
  for (const name of rootNames(doc, ANSWER_PREFIX)) {
    if (doc.getMap(name).has(questionId)) patch[name.slice(ANSWER_PREFIX.length)] = undefined;
  }
  return patch;
}

function setRespondent(doc: Y.Doc, respondentId: string, next: StoredRespondent): void {
  const respondents = doc.getMap(RESPONDENTS);
  if (JSON.stringify(respondents.get(respondentId)) !== JSON.stringify(next))
    respondents.set(respondentId, next);
}

function applyTeamChange(doc: Y.Doc, change: TeamChange): void {
  const respondents = doc.getMap(RESPONDENTS);
  switch (change.kind) {
    case 'add-respondent': {
      const { id, ...rest } = change.respondent;
      if (respondents.has(id)) break;
      const positions = [...respondents.values()].map((value) => (value as StoredRespondent).position);
      setRespondent(doc, id, { ...rest, position: Math.max(-1, ...positions) + 1 });
      break;
    }
    case 'edit-respondent':
    case 'assignment': {
      const current = respondents.get(change.respondentId) as StoredRespondent | undefined;
      if (!current) break;
      const patch: Record<string, unknown> =
        change.kind === 'assignment'
          ? { criteria: change.criteria, questions: change.questions }
          : change.patch;
      const next: Record<string, unknown> = { ...current };
      for (const [field, value] of Object.entries(patch)) {
        if (value === undefined) delete next[field];
        else next[field] = value;
      }
      setRespondent(doc, change.respondentId, next as StoredRespondent);
      break;
    }
    case 'remove-respondent':
      respondents.delete(change.respondentId);
      for (const name of rootNames(doc, `${RESPONSE_PREFIX}${change.respondentId}:`)) {
        const map = doc.getMap(name);
        for (const key of [...map.keys()]) map.delete(key);
      }
      break;
    case 'response':
      if (!respondents.has(change.respondentId)) break;
      patchAnswer(doc, change.questionId, change.patch, (field) => responseRoot(change.respondentId, field));
      break;
    case 'decide':
      patchAnswer(doc, change.questionId, { ...clearedAnswer(doc, change.questionId), ...change.answer });
      break;
    case 'undecide':
      patchAnswer(doc, change.questionId, clearedAnswer(doc, change.questionId));
      break;
    case 'round':
      if (change.round === 1) doc.getMap(META).delete('round');
      else doc.getMap(META).set('round', change.round);
      break;
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
      default:
        applyTeamChange(doc, change);
    }
    doc.getMap(META).set('updatedAt', updatedAt);
  }, origin);
}
