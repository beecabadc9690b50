/**
 * @module Security headers on every response: a Content-Security-Policy without inline script,
 * nosniff, no framing, no referrer leaks. Report previews (inline <style> and SVG, no script) get a
 * policy that allows inline styles for that route only.
 */
import type { Context, MiddlewareHandler } from 'hono';
import type { AppEnv } from '../env.ts';

/** The policy of every page: scripts and styles from this origin only, nothing inline. */
export const DEFAULT_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self' data:; " +
  "connect-src 'self'; object-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'";

/** The policy of a rendered report: its inline <style> is allowed, scripts are not. */
export const REPORT_CSP =
  "default-src 'none'; script-src 'none'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; " +
  "font-src 'self' data:; object-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

/** Serve this response with the report policy (inline styles, no script). */
export function useReportCsp(c: Context<AppEnv>): void {
  c.set('csp', REPORT_CSP);
}

/** Sets the security headers after the handler (including on error pages and 404s). */
export function securityHeaders(options: { hsts: boolean }): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    c.set('csp', DEFAULT_CSP);
    await next();
    const h = c.res.headers;
    // A route or a sub-app may set a stricter or looser CSP itself; otherwise ours.
    if (!h.has('Content-Security-Policy')) h.set('Content-Security-Policy', c.get('csp') ?? DEFAULT_CSP);
    h.set('X-Content-Type-Options', 'nosniff');
    // For browsers without frame-ancestors: the same rule (a published report may be framed by this site).
    const sameOrigin = /frame-ancestors 'self'(?:;|$)/.test(h.get('Content-Security-Policy') ?? '');
    h.set('X-Frame-Options', sameOrigin ? 'SAMEORIGIN' : 'DENY');
    h.set('Referrer-Policy', 'same-origin');
    h.set('Cross-Origin-Opener-Policy', 'same-origin');
    // Open data and published reports say `cross-origin` themselves, so other sites can use them.
    if (!h.has('Cross-Origin-Resource-Policy')) h.set('Cross-Origin-Resource-Policy', 'same-origin');
    h.set('Permissions-Policy', 'camera=(), microphone=(), geolocation=(), payment=()');
    if (options.hsts) h.set('Strict-Transport-Security', 'max-age=31536000');
    if (c.get('user') && !h.has('Cache-Control')) h.set('Cache-Control', 'no-store');
  };
}
