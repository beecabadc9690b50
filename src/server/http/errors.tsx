/**
 * @module The one error mapping of the web system: HTTP errors raised by routes and the storage faults
 * become Chinese error pages (or JSON for API callers) with the right status; never a stack trace.
 */
import type { Context, ErrorHandler, NotFoundHandler } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import {
  type ConflictCode,
  ConflictError,
  ImmutableError,
  NotFoundError,
  StorageError,
} from '../../storage/errors.ts';
import type { AppEnv } from '../env.ts';
import { Page, pageProps, sendPage } from '../views/layout.tsx';

/** An error with a Chinese message for the user and a status. */
export class PageError extends HTTPException {
  constructor(status: ContentfulStatusCode, message: string) {
    super(status, { message });
  }
}

/** 400: the request is malformed. */
export const badRequest = (message = '请求无效') => new PageError(400, message);
/** 403: known but not allowed. */
export const forbidden = (message = '您没有执行此操作的权限') => new PageError(403, message);
/** 404: missing, or not visible to this user. */
export const notFound = (message = '找不到该页面或记录，或您无权查看') => new PageError(404, message);
/** 409: the state does not allow it. */
export const conflict = (message: string) => new PageError(409, message);

const CONFLICT_MESSAGES: Readonly<Record<ConflictCode, string>> = {
  'status-mismatch': '该公开的状态已被他人改变，请刷新页面后重试',
  'invalid-transition': '当前状态下不能执行此操作',
  'not-editable': '已提交、已审核或已公开的版本不能修改；如需更正，请先退回或发起更正',
  'stale-version': '在您编辑期间已有他人保存了新版本，请刷新页面，在最新版本上修改',
  'no-version': '尚未保存任何版本，不能提交或公开',
  duplicate: '名称或代码已存在，不能重复',
  reference: '引用的记录不存在或仍被引用',
  'job-state': '任务当前状态不允许此操作',
};

const TITLES: Readonly<Partial<Record<number, string>>> = {
  400: '请求无效',
  403: '没有权限',
  404: '找不到页面',
  409: '操作未完成',
  413: '文件太大',
  422: '数据无法使用',
  429: '请求过于频繁',
  500: '服务器内部错误',
  503: '服务暂时不可用',
};

/** Status and Chinese message of any error. */
export function describeError(err: unknown): { status: ContentfulStatusCode; message: string; code: string } {
  if (err instanceof HTTPException)
    return {
      status: err.status,
      message: err.message || TITLES[err.status] || '请求失败',
      code: `http-${err.status}`,
    };
  if (err instanceof NotFoundError)
    return { status: 404, message: '找不到该记录，或您无权查看', code: 'not-found' };
  if (err instanceof ConflictError)
    return { status: 409, message: CONFLICT_MESSAGES[err.code], code: err.code };
  if (err instanceof ImmutableError)
    return { status: 409, message: '已公开的版本及其文件不能修改；更正请发起新版本', code: 'immutable' };
  if (err instanceof StorageError)
    return { status: 503, message: '数据库暂时不可用，请稍后重试', code: 'storage' };
  return { status: 500, message: '服务器内部错误，请稍后重试；问题已记录', code: 'internal' };
}

function wantsJson(c: Context<AppEnv>): boolean {
  return c.req.path.startsWith('/app/api/') || (c.req.header('accept') ?? '').startsWith('application/json');
}

/** Renders an error page (or JSON) with the given status and message. */
export function errorResponse(
  c: Context<AppEnv>,
  status: ContentfulStatusCode,
  message: string,
  code: string,
) {
  if (wantsJson(c)) return c.json({ code, message }, status);
  const title = TITLES[status] ?? '请求失败';
  return sendPage(
    c,
    <Page {...pageProps(c, title)}>
      <p class="error-message" role="alert">
        {message}
      </p>
      <p>
        <a href={c.get('user') ? '/app' : '/'}>返回首页</a>
      </p>
    </Page>,
    status as 400,
  );
}

/** The app's onError: logs unexpected faults (server side only) and answers in Chinese. */
export const onError: ErrorHandler<AppEnv> = (err, c) => {
  const d = describeError(err);
  if (d.status >= 500) console.error(`[juesuan] ${c.req.method} ${c.req.path}:`, err);
  return errorResponse(c, d.status, d.message, d.code);
};

/** The app's notFound. */
export const onNotFound: NotFoundHandler<AppEnv> = (c) =>
  errorResponse(c, 404, '找不到该页面，请检查地址是否正确', 'not-found');
