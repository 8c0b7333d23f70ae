import { readTeamSettings } from './team-bindings';
import { serverOrigin } from './team-link';

/**
 * The built page's own policy (vite.config.ts) lets it connect to its origin and to ws:/wss:
 * addresses; this second policy, added before any other code runs, narrows connections to the
 * origin and the team servers this browser has chosen. A request must pass both policies, and a
 * page can add policies but never loosen one, so a server chosen later takes a reload to allow.
 */
let allowedOrigins: ReadonlySet<string> | null = null;

export function buildTeamPolicy(origins: Iterable<string>): string {
  return ["connect-src 'self'", ...new Set(origins)].join(' ');
}

/** Adds the policy for the servers stored in this browser. Called once, first thing at start. */
export function applyTeamPolicy(document: Document, storage: Storage | undefined): void {
  const origins = readTeamSettings(storage).bindings.map((binding) => serverOrigin(binding.server));
  const meta = document.createElement('meta');
  meta.httpEquiv = 'Content-Security-Policy';
  meta.content = buildTeamPolicy(origins);
  document.head.append(meta);
  allowedOrigins = new Set(origins);
}

/** Whether this page may connect to the server (always, where no policy was added: tests, tools). */
export function isServerAllowed(server: string): boolean {
  return allowedOrigins === null || allowedOrigins.has(serverOrigin(server));
}
