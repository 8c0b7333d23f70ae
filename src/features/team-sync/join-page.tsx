import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'wouter';
import * as Y from 'yjs';

import { TeamState } from '../../components/team-bar';
import { assessmentSchema } from '../../domain/assessment/assessment-schema';
import { formatIssuePath } from '../../domain/format-issue-path';
import { readAssessmentData } from '../../persistence/assessment-doc';
import { mergeAssessmentState } from '../../persistence/assessment-store';
import { parseTeamLink, type TeamInvite, type TeamLinkProblem } from '../../team-sync/team-link';
import { isServerAllowed } from '../../team-sync/team-policy';
import { addJoin, completeJoin, forgetRoom, saveTeamName, useTeamStore } from '../../team-sync/team-store';
import type { RoomView } from '../../team-sync/team-sync';
import { NameField } from './name-field';

export const JOINING_PATH = '/team/joining/';

function useFocusedHeading(...deps: unknown[]) {
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    ref.current?.focus({ preventScroll: true });
    // eslint-disable-next-line react-hooks/exhaustive-deps -- the heading moves focus when what it heads changes
  }, deps);
  return ref;
}

function LinkProblem({ problem }: { problem: TeamLinkProblem }) {
  const { t } = useTranslation();
  const headingRef = useFocusedHeading(problem);
  const text = (() => {
    if (problem.part === 'link') return t('teamSync.join.problem.link');
    const part = t(`teamSync.join.parts.${problem.part}`);
    if (problem.part !== 'server') return t(`teamSync.join.problem.${problem.code}`, { part });
    const { code } = problem;
    if (code === 'missing' || code === 'repeated') return t(`teamSync.join.problem.${code}`, { part });
    return t('teamSync.join.problem.server', { reason: t(`teamSync.serverProblem.${code}`) });
  })();
  return (
    <div className="notice notice--error" role="alert">
      <h1 ref={headingRef} tabIndex={-1}>
        {t('teamSync.join.damagedHeading')}
      </h1>
      <p>{text}</p>
      <p>{t('teamSync.join.damagedIntro')}</p>
      <p>
        <Link href="/">{t('walk.backToList')}</Link>
      </p>
    </div>
  );
}

/**
 * Opening a team link: says what joining does before anything happens. On confirm the room is kept
 * in this browser and the address loses its key (the page goes on at /team/joining/<room>).
 */
export default function JoinPage() {
  const { t } = useTranslation();
  const [, navigate] = useLocation();
  const [parsed] = useState(() => parseTeamLink(window.location.hash, window.location.protocol));
  const savedName = useTeamStore((s) => s.name);
  const existing = useTeamStore((s) =>
    parsed.ok ? s.bindings.find((b) => b.room === parsed.value.room && b.assessmentId !== null) : undefined,
  );
  const [name, setName] = useState(savedName);
  const [error, setError] = useState<string | undefined>();
  const [storageError, setStorageError] = useState<string | null>(null);
  const headingRef = useFocusedHeading(parsed.ok);

  // Already in this team: straight to the assessment, and the key out of the address.
  useEffect(() => {
    if (existing?.assessmentId) navigate(`/assessments/${existing.assessmentId}/profile`, { replace: true });
  }, [existing, navigate]);

  if (!parsed.ok)
    return <LinkProblem problem={parsed.errors[0] ?? { part: 'link', code: 'not-team-link' }} />;
  const invite: TeamInvite = parsed.value;

  const join = (event: FormEvent) => {
    event.preventDefault();
    if (name.trim() === '') {
      setError(t('teamSync.nameRequired'));
      return;
    }
    if (!saveTeamName(name) || !addJoin(invite)) {
      setStorageError(t('teamSync.storageRefused'));
      return;
    }
    const next = `${JOINING_PATH}${invite.room}`;
    if (isServerAllowed(invite.server)) {
      navigate(next, { replace: true });
    } else {
      // The page's policy names only the servers known at start: reload once, the key already
      // gone from the address.
      window.history.replaceState(null, '', `#${next}`);
      window.location.reload();
    }
  };

  return (
    <article className="team-page" aria-labelledby="join-heading">
      <h1 id="join-heading" ref={headingRef} tabIndex={-1}>
        {t('teamSync.join.heading')}
      </h1>
      <p className="lead">{t('teamSync.join.intro')}</p>
      <dl className="team-facts">
        <dt>{t('teamSync.join.server')}</dt>
        <dd>{invite.server}</dd>
      </dl>
      <h2>{t('teamSync.join.effectsHeading')}</h2>
      <ul>
        <li>{t('teamSync.join.copied')}</li>
        <li>{t('teamSync.join.edits')}</li>
        <li>
          <strong>{t('teamSync.join.serverSees')}</strong>
        </li>
        <li>{t('teamSync.join.leaving')}</li>
      </ul>
      <form className="team-form" onSubmit={join} noValidate>
        <NameField value={name} onChange={setName} error={error} />
        {storageError && (
          <p className="notice notice--error" role="alert">
            {storageError}
          </p>
        )}
        <div className="button-row">
          <button type="submit" className="button button--primary">
            {t('teamSync.join.confirm')}
          </button>
          <Link className="button" href="/">
            {t('common.cancel')}
          </Link>
        </div>
      </form>
    </article>
  );
}

type JoinProgress =
  { kind: 'waiting'; view: (RoomView & { isEmpty: boolean }) | null } | { kind: 'failed'; message: string };

/** Why a room's assessment cannot be taken in, or null when it can. */
function checkRoomAssessment(update: Uint8Array): string | null {
  const doc = new Y.Doc();
  Y.applyUpdate(doc, update);
  const parsed = assessmentSchema.safeParse(readAssessmentData(doc));
  doc.destroy();
  if (parsed.success) return null;
  const issue = parsed.error.issues[0];
  return issue ? `${formatIssuePath(issue.path)}: ${issue.message}` : 'invalid';
}

/** After confirming: fetches the room's assessment, keeps it in this browser, and opens it. */
export function JoiningPage({ room }: { room: string }) {
  const { t } = useTranslation();
  const [, navigate] = useLocation();
  const binding = useTeamStore((s) => s.bindings.find((b) => b.room === room));
  const name = useTeamStore((s) => s.name);
  const [progress, setProgress] = useState<JoinProgress>({ kind: 'waiting', view: null });
  const headingRef = useFocusedHeading(binding === undefined);
  const pending = binding && binding.assessmentId === null ? binding : null;

  useEffect(() => {
    if (binding?.assessmentId) navigate(`/assessments/${binding.assessmentId}/profile`, { replace: true });
  }, [binding, navigate]);

  useEffect(() => {
    if (!pending) return;
    const controller = new AbortController();
    void (async () => {
      const { fetchRoom } = await import('../../team-sync/team-sync');
      const joined = await fetchRoom({
        server: pending.server,
        room: pending.room,
        key: pending.key,
        presence: { name, step: 'team' },
        onView: (view) => setProgress({ kind: 'waiting', view }),
        signal: controller.signal,
      });
      if (!joined || controller.signal.aborted) return;
      const problem = checkRoomAssessment(joined.update);
      if (problem !== null) {
        setProgress({ kind: 'failed', message: t('teamSync.join.unreadable', { reason: problem }) });
        return;
      }
      const merged = await mergeAssessmentState(joined.assessmentId, joined.update);
      if (merged === 'unrelated') {
        forgetRoom(room);
        setProgress({ kind: 'failed', message: t('teamSync.join.unrelated') });
        return;
      }
      completeJoin(room, joined.assessmentId);
    })();
    return () => controller.abort();
    // Only a new room starts a new fetch; a name changed meanwhile shows at the next connection.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [pending?.room, pending?.server, pending?.key]);

  if (!binding && progress.kind !== 'failed') {
    return (
      <div className="notice notice--error" role="alert">
        <h1 ref={headingRef} tabIndex={-1}>
          {t('teamSync.join.damagedHeading')}
        </h1>
        <p>{t('teamSync.join.notFound')}</p>
        <p>
          <Link href="/">{t('walk.backToList')}</Link>
        </p>
      </div>
    );
  }

  const view = progress.kind === 'waiting' ? progress.view : null;
  return (
    <article className="team-page" aria-labelledby="joining-heading">
      <h1 id="joining-heading" ref={headingRef} tabIndex={-1}>
        {t('teamSync.join.joiningHeading')}
      </h1>
      {progress.kind === 'failed' ? (
        <p className="notice notice--error" role="alert">
          {progress.message}
        </p>
      ) : (
        <>
          <TeamState state={view?.state} isBlockedHere={binding ? !isServerAllowed(binding.server) : false} />
          {view?.state.kind === 'connected' && view.isEmpty && <p>{t('teamSync.join.waitingForRoom')}</p>}
        </>
      )}
      <div className="button-row">
        <Link
          className="button"
          href="/"
          onClick={() => {
            if (pending) forgetRoom(pending.room);
          }}
        >
          {t('common.cancel')}
        </Link>
      </div>
    </article>
  );
}
