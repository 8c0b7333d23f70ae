/**
 * The built page's own policy (vite.config.ts) lets it connect to its origin and to ws:/wss:
 * addresses; this second policy, added before any other code runs, narrows connections to the
 * origin and the team servers this browser has chosen. A request must pass both policies, and a
 * page can add policies but never loosen one, so a server chosen later takes a reload to allow.
 *
 * It is part of the first paint, so it reads the stored servers on its own, without the team code.
 */
export const TEAM_STORAGE_KEY = 'icf-self-assessment:team';

// Scheme, plain host name and port only: nothing that could end or add a policy directive.
const ORIGIN = /^(wss?:\/\/[a-z0-9.-]+(?::\d{1,5})?)(?:\/|$)/;

let allowedOrigins: ReadonlySet<string> | null = null;

/** The origin of a server address (`wss://host:port`), or null for anything else. */
export function readServerOrigin(server: string): string | null {
  return ORIGIN.exec(server)?.[1] ?? null;
}

function readStoredOrigins(storage: Storage | undefined): string[] {
  try {
    const data = JSON.parse(storage?.getItem(TEAM_STORAGE_KEY) ?? 'null') as {
      bindings?: { server?: unknown }[];
    } | null;
    const servers = Array.isArray(data?.bindings) ? data.bindings.map((binding) => binding?.server) : [];
    return servers.flatMap((server) => {
      const origin = typeof server === 'string' ? readServerOrigin(server) : null;
      return origin === null ? [] : [origin];
    });
  } catch {
    return [];
  }
}

export function buildTeamPolicy(origins: Iterable<string>): string {
  return ["connect-src 'self'", ...new Set(origins)].join(' ');
}

/** Adds the policy for the servers stored in this browser. Called once, first thing at start. */
export function applyTeamPolicy(document: Document, storage: Storage | undefined): void {
  const origins = readStoredOrigins(storage);
  const meta = document.createElement('meta');
  meta.httpEquiv = 'Content-Security-Policy';
  meta.content = buildTeamPolicy(origins);
  document.head.append(meta);
  allowedOrigins = new Set(origins);
}

/** Whether this page may connect to the server (always, where no policy was added: tests, tools). */
export function isServerAllowed(server: string): boolean {
  if (allowedOrigins === null) return true;
  const origin = readServerOrigin(server);
  return origin !== null && allowedOrigins.has(origin);
}
