/**
 * @module One disclosure: its status and history (with the reviewers' comments), the findings of the
 * current version with their justifications, the versions with previews, downloads and comparisons, and
 * the workflow actions the user's role allows.
 */
import { Hono } from 'hono';
import { EDITABLE_STATUSES, ROLE_LABELS, type User } from '../../storage/types.ts';
import { loadDisclosure } from '../auth/access.ts';
import { actorOf } from '../auth/session.ts';
import { findingViews, locationKey } from '../data/findings.ts';
import { canSubmit, checkedVersion, submissionCheck } from '../data/workflow.ts';
import type { ServerDeps } from '../deps.ts';
import type { AppEnv } from '../env.ts';
import { badRequest, conflict } from '../http/errors.tsx';
import { formString } from '../http/form.ts';
import { portalUrls } from '../portal/index.ts';
import { Counts, FindingsList, Notice, StatusBadge } from '../views/components.tsx';
import { EventsList, fmtTime, VersionsTable } from '../views/history.tsx';
import { CsrfField, Page, pageProps, sendPage } from '../views/layout.tsx';
import { fieldsOfVersion } from './edit.tsx';
import { workflowRoutes } from './workflow.tsx';

/** /app/d/:id and its actions. */
export function disclosureRoutes(deps: ServerDeps): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  const store = deps.store;

  app.get('/:id', async (c) => {
    const { disclosure: d, organisation: org, user } = await loadDisclosure(c, c.req.param('id'), 'read');
    const isEditor = user.role === 'clerk' || user.role === 'dept_admin';
    const isReviewer = user.role === 'reviewer';
    const editable = EDITABLE_STATUSES.includes(d.status);
    const [versions, events, justifications, check] = await Promise.all([
      store.listVersions(d.id),
      store.listReviewEvents(d.id),
      store.listJustifications(d.id),
      submissionCheck(store, d, org),
    ]);
    const users = new Map<string, User | null>();
    for (const id of new Set([
      ...versions.map((v) => v.authorId),
      ...events.flatMap((e) => (e.userId ? [e.userId] : [])),
    ])) {
      users.set(id, await store.getUser(id));
    }
    const who = (id: string | null) => (id === null ? '系统' : (users.get(id)?.displayName ?? '—'));
    const current = check.current;
    const views =
      current === null
        ? []
        : findingViews(current.findings, {
            disclosureId: d.id,
            versionNumber: current.version.number,
            sections: fieldsOfVersion(current.version.dataset),
            justifications,
          });
    const lastReturn = [...events].reverse().find((e) => e.toStatus === 'returned');
    const base = `/app/d/${d.id}`;
    const csrf = c.get('csrfToken');
    return sendPage(
      c,
      <Page {...pageProps(c, `${org.name} ${d.year}年度部门决算公开`)}>
        <Notice code={c.req.query('m')} />
        <p class="status-line">
          状态：
          <StatusBadge status={d.status} />
          {current ? (
            <>
              {' '}
              当前第{current.version.number}版（{fmtTime(current.version.createdAt)}，
              {who(current.version.authorId)}），
              <Counts counts={current.version.findings} />
            </>
          ) : (
            <> 尚未上传数据</>
          )}
          {d.publishedVersionId ? (
            <>
              {' '}
              · <a href={portalUrls.disclosure(d.year, org.id)}>公开平台</a>上显示第
              {versions.find((v) => v.id === d.publishedVersionId)?.number}版
            </>
          ) : null}
        </p>
        {d.status === 'returned' && lastReturn ? (
          <div class="returned" role="note">
            <strong>
              审核意见（{who(lastReturn.userId)}，{fmtTime(lastReturn.createdAt)}）：
            </strong>
            <p>{lastReturn.comment}</p>
          </div>
        ) : null}

        {isEditor && editable ? (
          <nav class="actions" aria-label="填报">
            <a class="button" href={`${base}/upload`}>
              上传文件
            </a>
            {current ? (
              <>
                <a class="button" href={`${base}/edit`}>
                  填写内容
                </a>
                <a class="button" href={`${base}/tables`}>
                  编辑表格
                </a>
                <a class="button secondary" href={`${base}/v/${current.version.number}/preview`}>
                  预览报告
                </a>
              </>
            ) : null}
          </nav>
        ) : null}

        {isEditor && editable && current ? (
          <section class="card">
            <h2>提交审核</h2>
            {check.errors.length > 0 ? (
              <p class="sev-error">有 {check.errors.length} 个错误，改正后才能提交。</p>
            ) : null}
            {check.rollUpErrors.length > 0 ? (
              <p class="sev-error">
                部门汇总数与所属单位之和不一致（{check.rollUpErrors.length} 处），见
                <a href={`/app/dept?year=${d.year}&org=${org.id}`}>部门汇总</a>。
              </p>
            ) : null}
            {check.unjustified.length > 0 ? (
              <p class="sev-warning">有 {check.unjustified.length} 个警告尚未修改或说明理由。</p>
            ) : null}
            <form method="post" action={`${base}/submit`}>
              <CsrfField token={csrf} />
              <input type="hidden" name="versionId" value={current.version.id} />
              <label>
                给审核人的说明（可选）
                <textarea name="comment" rows={2} maxlength={2000}></textarea>
              </label>
              <button type="submit" disabled={!canSubmit(check)}>
                提交审核
              </button>
            </form>
          </section>
        ) : null}

        {isEditor && d.status === 'published' ? (
          <form method="post" action={`${base}/correct`} class="card">
            <h2>更正</h2>
            <p>
              已公开的版本不能修改。发起更正后可以保存新版本，经审核后作为更正版本公开，并显示与上一公开版本的差异。
            </p>
            <CsrfField token={csrf} />
            <button type="submit">发起更正</button>
          </form>
        ) : null}

        {isReviewer && (d.status === 'submitted' || d.status === 'approved') ? (
          <section class="card">
            <h2>审核</h2>
            {current && d.publishedVersionId && d.publishedVersionId !== current.version.id ? (
              <p>
                这是更正版本：
                <a
                  href={`${base}/v/${current.version.number}/diff?with=${versions.find((v) => v.id === d.publishedVersionId)?.number}`}
                >
                  与上一公开版本比较
                </a>
              </p>
            ) : null}
            <form method="post" action={`${base}/return`}>
              <CsrfField token={csrf} />
              <label>
                退回意见（必填）
                <textarea name="comment" rows={3} required maxlength={4000}></textarea>
              </label>
              <button type="submit" class="danger">
                退回修改
              </button>
            </form>
            {d.status === 'submitted' ? (
              <form method="post" action={`${base}/approve`}>
                <CsrfField token={csrf} />
                <label>
                  审核意见（可选）
                  <textarea name="comment" rows={2} maxlength={4000}></textarea>
                </label>
                <button type="submit">审核通过</button>
              </form>
            ) : (
              <form method="post" action={`${base}/publish`}>
                <CsrfField token={csrf} />
                <p>公开时将生成全部格式（HTML、PDF、DOCX、XLSX、开放数据）并固定保存，之后不能修改。</p>
                <button type="submit">公开</button>
              </form>
            )}
          </section>
        ) : null}

        {current ? (
          <section>
            <h2>校验结果（第{current.version.number}版）</h2>
            <FindingsList
              findings={views}
              {...(isEditor && editable
                ? { justify: { action: `${base}/justify`, csrf, versionId: current.version.id } }
                : {})}
            />
          </section>
        ) : null}

        <VersionsTable versions={versions} base={base} who={who} />
        <EventsList events={events} who={who} />
        <p class="muted">您的角色：{ROLE_LABELS[user.role]}</p>
      </Page>,
    );
  });

  app.post('/:id/justify', async (c) => {
    const { disclosure: d } = await loadDisclosure(c, c.req.param('id'), 'edit');
    if (!EDITABLE_STATUSES.includes(d.status)) throw conflict('只有草稿或退回状态下可以填写说明');
    const body = await c.req.parseBody();
    const versionId = formString(body, 'versionId');
    const ruleId = formString(body, 'rule').slice(0, 200);
    const key = formString(body, 'key').slice(0, 1000);
    const text = formString(body, 'text').trim();
    if (text.length < 4) throw badRequest('说明太短：请写明不能修改的理由（至少 4 个字）');
    if (text.length > 2000) throw badRequest('说明过长（最多 2000 字）');
    if (versionId !== d.currentVersionId) throw conflict('版本已更新，请刷新页面后再填写说明');
    const checked = await checkedVersion(store, versionId);
    const exists = checked?.findings.some(
      (f) => f.severity === 'warning' && f.rule === ruleId && locationKey(f) === key,
    );
    if (!exists) throw badRequest('当前版本没有这个警告（可能已经改正），无需说明');
    await store.addJustification(
      { disclosureId: d.id, versionId, ruleId, locationKey: key, text },
      actorOf(c),
    );
    return c.redirect(`/app/d/${d.id}?m=justified#findings`, 303);
  });

  app.route('/', workflowRoutes(deps));
  return app;
}
