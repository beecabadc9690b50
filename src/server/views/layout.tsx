/**
 * @module The page frame of the internal system: header with the user and the navigation, main content,
 * footer. Server-rendered, usable without JavaScript; only external scripts from /app/static.
 */
import type { Context } from 'hono';
import type { Child } from 'hono/jsx';
import { ROLE_LABELS, type Role, type User } from '../../storage/types.ts';
import type { AppEnv } from '../env.ts';

type NavItem = { readonly href: string; readonly label: string; readonly roles: readonly Role[] };

const NAV: readonly NavItem[] = [
  { href: '/app', label: '工作台', roles: ['clerk', 'dept_admin', 'reviewer'] },
  { href: '/app/dept', label: '部门汇总', roles: ['dept_admin', 'reviewer'] },
  { href: '/app/review', label: '审核', roles: ['reviewer'] },
  { href: '/app/jobs', label: '批量生成', roles: ['reviewer', 'admin'] },
  { href: '/app/admin/users', label: '用户', roles: ['admin'] },
  { href: '/app/admin/orgs', label: '机构', roles: ['admin'] },
  { href: '/app/admin/audit', label: '审计日志', roles: ['admin', 'reviewer'] },
];

/** A hidden form field carrying the CSRF token. */
export function CsrfField(props: { token: string }) {
  return <input type="hidden" name="_csrf" value={props.token} />;
}

export type PageProps = {
  readonly title: string;
  readonly user: User | null;
  readonly csrf: string;
  /** The navigation entry to mark as current. */
  readonly current?: string;
  /** External scripts (paths under /app/static). */
  readonly scripts?: readonly string[];
  /** Reload the page every n seconds (job progress without JavaScript). */
  readonly refreshSeconds?: number;
  readonly children?: Child;
};

/** The whole page. */
export function Page(props: PageProps) {
  const user = props.user;
  return (
    <html lang="zh-CN">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{`${props.title} — 决算公开管理系统`}</title>
        {props.refreshSeconds ? <meta http-equiv="refresh" content={String(props.refreshSeconds)} /> : null}
        <link rel="icon" href="/app/static/favicon.svg" type="image/svg+xml" />
        <link rel="stylesheet" href="/app/static/app.css" />
        {(props.scripts ?? []).map((s) => (
          <script src={`/app/static/${s}`} defer></script>
        ))}
      </head>
      <body>
        <a class="skip" href="#main">
          跳到正文
        </a>
        <header class="top">
          <a class="brand" href={user ? '/app' : '/'}>
            决算公开管理系统
          </a>
          {user ? (
            <nav aria-label="主导航">
              <ul>
                {NAV.filter((n) => n.roles.includes(user.role)).map((n) => (
                  <li>
                    <a href={n.href} aria-current={props.current === n.href ? 'page' : undefined}>
                      {n.label}
                    </a>
                  </li>
                ))}
                <li>
                  <a href="/">公开平台</a>
                </li>
              </ul>
            </nav>
          ) : null}
          {user ? (
            <div class="who">
              <a href="/app/account">
                {user.displayName}（{ROLE_LABELS[user.role]}）
              </a>
              <form method="post" action="/app/logout" class="inline">
                <CsrfField token={props.csrf} />
                <button type="submit" class="link">
                  退出
                </button>
              </form>
            </div>
          ) : null}
        </header>
        <main id="main">
          <h1>{props.title}</h1>
          {props.children}
        </main>
        <footer class="foot">决算 Juesuan · 部门决算公开的填报、校验、审核与公开</footer>
      </body>
    </html>
  );
}

/** Sends a JSX page as an HTML document. */
export async function sendPage(
  c: Context<AppEnv>,
  node: Child,
  status: 200 | 400 | 403 | 404 | 409 | 413 | 422 | 429 | 500 | 503 = 200,
) {
  const body = `<!DOCTYPE html>${await Promise.resolve(node?.toString() ?? '')}`;
  return c.html(body, status);
}

/** The page frame with the request's user and CSRF token. */
export function pageProps(c: Context<AppEnv>, title: string, current?: string): Omit<PageProps, 'children'> {
  return {
    title,
    user: c.get('user') ?? null,
    csrf: c.get('csrfToken') ?? '',
    ...(current === undefined ? {} : { current }),
  };
}
