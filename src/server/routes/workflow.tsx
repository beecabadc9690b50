/**
 * @module The workflow steps as POST actions: 提交 (editors; refused while errors or unjustified warnings
 * remain, checked here on the server), 退回 with a comment and 审核通过 (reviewers), 公开 (reviewers;
 * renders and stores every file), 发起更正 (editors of a published disclosure).
 */
import { type Context, Hono } from 'hono';
import { loadDisclosure } from '../auth/access.ts';
import { actorOf } from '../auth/session.ts';
import { IN_PROCESS_RENDERER } from '../data/renderer.ts';
import { PublishRefused, publishDisclosure, submissionCheck } from '../data/workflow.ts';
import type { ServerDeps } from '../deps.ts';
import type { AppEnv } from '../env.ts';
import { badRequest, conflict } from '../http/errors.tsx';
import { formString } from '../http/form.ts';

const MAX_COMMENT = 4000;

/** POST /:id/submit, /:id/return, /:id/approve, /:id/publish, /:id/correct. */
export function workflowRoutes(deps: ServerDeps): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  const store = deps.store;

  const comment = async (c: Context<AppEnv>) => {
    const text = formString(await c.req.parseBody(), 'comment').trim();
    if (text.length > MAX_COMMENT) throw badRequest(`意见过长（最多 ${MAX_COMMENT} 字）`);
    return text;
  };

  app.post('/:id/submit', async (c) => {
    const { disclosure: d, organisation } = await loadDisclosure(c, c.req.param('id'), 'edit');
    if (d.status !== 'draft' && d.status !== 'returned') throw conflict('只有草稿或退回的公开可以提交');
    const body = await c.req.parseBody();
    const seen = formString(body, 'versionId');
    if (seen !== '' && seen !== d.currentVersionId)
      throw conflict('在您查看后已有新版本保存，请刷新页面确认后再提交');
    const check = await submissionCheck(store, d, organisation);
    if (check.current === null) throw conflict('尚未保存任何版本，不能提交');
    if (check.errors.length > 0) throw conflict(`当前版本有 ${check.errors.length} 个错误，改正后才能提交`);
    if (check.rollUpErrors.length > 0)
      throw conflict(`部门数与所属单位之和不一致（${check.rollUpErrors.length} 处），改正后才能提交`);
    if (check.unjustified.length > 0) {
      throw conflict(`有 ${check.unjustified.length} 个警告尚未修改或说明理由，请逐条处理后再提交`);
    }
    await store.transition(
      { disclosureId: d.id, from: d.status, to: 'submitted', comment: await comment(c) },
      actorOf(c),
    );
    return c.redirect(`/app/d/${d.id}?m=submitted`, 303);
  });

  app.post('/:id/return', async (c) => {
    const { disclosure: d } = await loadDisclosure(c, c.req.param('id'), 'review');
    if (d.status !== 'submitted' && d.status !== 'approved')
      throw conflict('只有已提交或已审核的公开可以退回');
    const text = await comment(c);
    if (text.length < 2) throw badRequest('退回时请写明意见');
    await store.transition({ disclosureId: d.id, from: d.status, to: 'returned', comment: text }, actorOf(c));
    return c.redirect(`/app/d/${d.id}?m=returned`, 303);
  });

  app.post('/:id/approve', async (c) => {
    const { disclosure: d } = await loadDisclosure(c, c.req.param('id'), 'review');
    if (d.status !== 'submitted') throw conflict('只有已提交的公开可以审核通过');
    await store.transition(
      { disclosureId: d.id, from: 'submitted', to: 'approved', comment: await comment(c) },
      actorOf(c),
    );
    return c.redirect(`/app/d/${d.id}?m=approved`, 303);
  });

  app.post('/:id/publish', async (c) => {
    const { disclosure: d } = await loadDisclosure(c, c.req.param('id'), 'review');
    if (d.status !== 'approved') throw conflict('只有已审核的公开可以公开');
    try {
      await publishDisclosure(
        store,
        deps.renderer ?? IN_PROCESS_RENDERER,
        d.id,
        await comment(c),
        actorOf(c),
      );
    } catch (e) {
      if (e instanceof PublishRefused) throw conflict(e.message);
      throw e;
    }
    return c.redirect(`/app/d/${d.id}?m=published`, 303);
  });

  app.post('/:id/correct', async (c) => {
    const { disclosure: d } = await loadDisclosure(c, c.req.param('id'), 'edit');
    if (d.status !== 'published') throw conflict('只有已公开的公开可以发起更正');
    await store.transition(
      { disclosureId: d.id, from: 'published', to: 'draft', comment: '发起更正' },
      actorOf(c),
    );
    return c.redirect(`/app/d/${d.id}?m=correcting`, 303);
  });

  return app;
}
