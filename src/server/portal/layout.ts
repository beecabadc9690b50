/**
 * @module The portal's page shell and HTML responses: hono's `html` template (every interpolated string is
 * escaped), a skip link, the main navigation, no scripts; 400 and 404 pages in Chinese.
 */
import type { Context } from 'hono';
import { html } from 'hono/html';
import type { HtmlEscapedString } from 'hono/utils/html';
import { urls } from './urls.ts';

/** Escaped HTML. */
export type Html = HtmlEscapedString;

/** The `html` template, typed as synchronous (the portal never interpolates promises). */
export const h = html as (strings: TemplateStringsArray, ...values: unknown[]) => Html;

/** The portal's own pages: scripts nowhere, styles and images only from the portal itself. */
export const PAGE_CSP =
  "default-src 'self'; script-src 'none'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

export type Section = 'list' | 'compare' | 'opendata';

const NAV: readonly [Section, string, string][] = [
  ['list', '决算公开', '/disclosures'],
  ['compare', '对比分析', '/compare'],
  ['opendata', '开放数据', urls.opendata],
];

/** A whole page: title, the current section for the navigation, and the main content. */
export function layout(title: string, section: Section | null, body: Html): Html {
  const nav = NAV.map(
    ([key, label, href]) =>
      h`<li><a href="${href}"${key === section ? h` aria-current="page"` : ''}>${label}</a></li>`,
  );
  return h`<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title} - 部门决算公开平台</title>
<link rel="stylesheet" href="${urls.css}">
</head>
<body>
<a class="skip" href="#main">跳到正文</a>
<header class="site"><div class="wrap">
<a class="brand" href="${urls.home}">部门决算公开平台</a>
<nav aria-label="主导航"><ul>${nav}</ul></nav>
</div></header>
<main id="main" class="wrap">
${body}
</main>
<footer class="site"><div class="wrap">
<p>本平台公开经财政部门审核后发布的部门、单位决算。数据可按<a href="${urls.opendataDocs}">开放数据说明</a>免费获取和使用。</p>
</div></footer>
</body>
</html>
`;
}

/** Sends a page with the portal's headers. */
export function sendPage(c: Context, body: Html, status: 200 | 400 | 404 = 200): Response {
  return c.html(String(body), status, {
    'Cache-Control': status === 200 ? 'public, max-age=60' : 'no-store',
    'Content-Security-Policy': PAGE_CSP,
    'X-Content-Type-Options': 'nosniff',
  });
}

/** The 404 page: nothing published at this address. */
export function notFound(c: Context): Response {
  const body = h`<h1>未找到</h1>
<p>该地址没有已公开的决算信息。决算在财政部门审核公开后才会在本平台显示。</p>
<p><a href="${urls.list()}">返回决算公开列表</a></p>`;
  return sendPage(c, layout('未找到', null, body), 404);
}

/** The 400 page: a parameter could not be understood. */
export function badRequest(c: Context, message: string): Response {
  const body = h`<h1>查询条件有误</h1>
<p role="alert">${message}</p>
<p><a href="${urls.list()}">返回决算公开列表</a></p>`;
  return sendPage(c, layout('查询条件有误', null, body), 400);
}
