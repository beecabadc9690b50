/**
 * @module The Hono environment of the web system: what every request carries after the middleware ran.
 */
import type { Session, User } from '../storage/types.ts';
import type { ServerDeps } from './deps.ts';

/** Per-request values set by the middleware. */
export type AppVariables = {
  readonly deps: ServerDeps;
  /** The logged-in user, or null for an anonymous visitor. */
  readonly user: User | null;
  readonly session: Session | null;
  /** The CSRF token to put in forms (session-bound, or the pre-login token). */
  readonly csrfToken: string;
  /** The client's address as the audit log records it. */
  readonly ip: string | null;
  /** The Content-Security-Policy of the response (a route may loosen style-src for report previews). */
  readonly csp: string;
};

/** The Hono env type of every router of the web system. */
export type AppEnv = { Variables: AppVariables };
