/**
 * @module 填写内容: the narrative and figure fields of the current version in forms, one section at a
 * time. Saving runs every rule and stores a new version; /check runs the rules on the unsaved form for the
 * live findings list (findings.js), without storing anything.
 */
import { type Context, Hono } from 'hono';
import type { Unit } from '../../money/index.ts';
import { runRules, summarise } from '../../rules/engine.ts';
import type { JsonValue } from '../../storage/types.ts';
import { actorOf } from '../auth/session.ts';
import { type FieldDef, fieldAnchor, type Section, sectionsFor } from '../data/fields.ts';
import { findingViews } from '../data/findings.ts';
import { applyForm, displayValue, unitLabel } from '../data/form-values.ts';
import { saveDataset } from '../data/save.ts';
import { isStored, MAIN_FILE, parseDatasetFiles } from '../data/stored-dataset.ts';
import type { ServerDeps } from '../deps.ts';
import type { AppEnv } from '../env.ts';
import { badRequest, conflict } from '../http/errors.tsx';
import { type FormBody, formString, formStrings } from '../http/form.ts';
import { FindingsList, Notice } from '../views/components.tsx';
import { CsrfField, Page, pageProps, sendPage } from '../views/layout.tsx';
import { type Editing, editingVersion } from './editing.ts';

/** The form sections of a stored version's dataset. */
export function fieldsOfVersion(dataset: JsonValue): Section[] {
  return isStored(dataset) ? sectionsFor(dataset.files[MAIN_FILE] ?? {}) : [];
}

function Field(props: { field: FieldDef; value: string; unit: Unit; error?: string | undefined }) {
  const { field } = props;
  const id = fieldAnchor(field.path);
  const name = `v:${field.path}`;
  const label = field.kind === 'amount' ? `${field.label}（${unitLabel(props.unit)}）` : field.label;
  const multiline =
    field.kind === 'textarea' || field.kind === 'lines' || field.kind === 'pairs' || field.kind === 'rows';
  const rows = Math.min(16, Math.max(3, Math.ceil(props.value.length / 60) + props.value.split('\n').length));
  return (
    <div class={props.error ? 'field has-error' : 'field'}>
      <label for={id}>{label}</label>
      {field.hint ? <span class="hint">{field.hint}</span> : null}
      {field.kind === 'unitType' ? (
        <select id={id} name={name}>
          {['行政单位', '参公事业单位', '事业单位', '其他'].map((t) => (
            <option value={t} selected={t === props.value}>
              {t}
            </option>
          ))}
        </select>
      ) : multiline ? (
        <textarea id={id} name={name} rows={rows}>
          {props.value}
        </textarea>
      ) : (
        <input
          id={id}
          name={name}
          value={props.value}
          inputmode={
            field.kind === 'amount' || field.kind === 'count' || field.kind === 'score'
              ? 'decimal'
              : undefined
          }
        />
      )}
      {props.error ? (
        <span class="field-error" role="alert">
          {props.error}
        </span>
      ) : null}
    </div>
  );
}

async function renderEdit(
  c: Context<AppEnv>,
  e: Editing,
  section: Section,
  state: { values?: Record<string, string>; errors?: Record<string, string>; messages?: readonly string[] },
  status: 200 | 422 = 200,
) {
  const store = c.get('deps').store;
  const parsed = parseDatasetFiles(e.stored.files, e.stored.entryUnits);
  const findings = parsed.ok ? runRules(parsed.dataset) : [];
  const views = findingViews(findings, {
    disclosureId: e.disclosure.id,
    versionNumber: e.version.number,
    sections: e.sections,
    justifications: await store.listJustifications(e.disclosure.id),
  });
  const main = e.stored.files[MAIN_FILE] ?? {};
  const base = `/app/d/${e.disclosure.id}`;
  const org = await store.getOrganisation(e.disclosure.organisationId);
  return sendPage(
    c,
    <Page
      {...pageProps(c, `填写内容：${org?.name ?? ''} ${e.disclosure.year}年度`)}
      scripts={['findings.js']}
    >
      <Notice code={c.req.query('m')} />
      <p>
        <a href={base}>← 返回公开概况</a> · 当前第{e.version.number}版 · 金额单位：{unitLabel(e.unit)}
      </p>
      <nav class="tabs" aria-label="内容分组">
        <ul>
          {e.sections.map((s) => (
            <li>
              <a href={`${base}/edit?s=${s.id}`} aria-current={s.id === section.id ? 'page' : undefined}>
                {s.title}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      {(state.messages ?? []).length > 0 ? (
        <ul class="error-message" role="alert">
          {(state.messages ?? []).map((m) => (
            <li>{m}</li>
          ))}
        </ul>
      ) : null}
      <div class="edit-layout">
        <form method="post" action={`${base}/edit`} class="edit-form" data-check={`${base}/check`}>
          <h2>{section.title}</h2>
          <CsrfField token={c.get('csrfToken')} />
          <input type="hidden" name="versionId" value={e.version.id} />
          <input type="hidden" name="section" value={section.id} />
          {section.fields.length === 0 ? <p class="muted">本组没有需要填写的内容。</p> : null}
          {section.fields.map((f) => (
            <Field
              field={f}
              unit={e.unit}
              value={state.values?.[`v:${f.path}`] ?? displayValue(main, f, e.unit)}
              error={state.errors?.[f.path]}
            />
          ))}
          <label for="comment">本次修改说明（可选）</label>
          <input id="comment" name="comment" maxlength={500} />
          <button type="submit">保存（生成新版本）</button>
        </form>
        <aside class="live" aria-labelledby="live-title">
          <h2 id="live-title">校验结果</h2>
          <p class="muted" id="live-status" aria-live="polite">
            {summaryText(summarise(findings))}
          </p>
          <FindingsList findings={views} id="live-findings" />
        </aside>
      </div>
    </Page>,
    status,
  );
}

function summaryText(s: { errors: number; warnings: number; notices: number }): string {
  return `${s.errors} 个错误，${s.warnings} 个警告，${s.notices} 个提示`;
}

function sectionOf(e: Editing, id: string | undefined): Section {
  return e.sections.find((s) => s.id === id) ?? e.sections[0]!;
}

function apply(e: Editing, section: Section, body: FormBody) {
  const form = formStrings(body, 'v:');
  const main = e.stored.files[MAIN_FILE] ?? {};
  return applyForm(main, section.fields, form, e.unit);
}

/** /app/d/:id/edit and /app/d/:id/check. */
export function editRoutes(deps: ServerDeps): Hono<AppEnv> {
  const app = new Hono<AppEnv>();

  app.get('/:id/edit', async (c) => {
    const e = await editingVersion(c, c.req.param('id'));
    return renderEdit(c, e, sectionOf(e, c.req.query('s')), {});
  });

  app.post('/:id/edit', async (c) => {
    const e = await editingVersion(c, c.req.param('id'));
    const body = await c.req.parseBody();
    const section = sectionOf(e, formString(body, 'section'));
    const seen = formString(body, 'versionId');
    if (seen !== e.version.id)
      throw conflict('在您编辑期间已有他人保存了新版本，请刷新页面，在最新版本上修改');
    const r = apply(e, section, body);
    const values = formStrings(body, 'v:');
    if (Object.keys(r.errors).length > 0)
      return renderEdit(
        c,
        e,
        section,
        { values, errors: r.errors, messages: ['有的内容格式不对，请按提示修改（未保存）'] },
        422,
      );
    if (r.changed === 0) return c.redirect(`/app/d/${e.disclosure.id}/edit?s=${section.id}&m=unchanged`, 303);
    const parsed = parseDatasetFiles({ ...e.stored.files, [MAIN_FILE]: r.main }, e.stored.entryUnits);
    if (!parsed.ok) {
      return renderEdit(
        c,
        e,
        section,
        { values, messages: parsed.errors.map((x) => `${x.where}：${x.message}`) },
        422,
      );
    }
    await saveDataset(
      deps.store,
      {
        disclosureId: e.disclosure.id,
        dataset: parsed.dataset,
        comment: formString(body, 'comment').trim() || `修改“${section.title}”`,
        expectedCurrentVersionId: e.version.id,
      },
      actorOf(c),
    );
    return c.redirect(`/app/d/${e.disclosure.id}/edit?s=${section.id}&m=saved`, 303);
  });

  app.post('/:id/check', async (c) => {
    const e = await editingVersion(c, c.req.param('id'));
    const body = await c.req.parseBody();
    const section = sectionOf(e, formString(body, 'section'));
    const r = apply(e, section, body);
    if (Object.keys(r.errors).length > 0)
      return c.json({ fieldErrors: r.errors, findings: [], summary: null });
    const parsed = parseDatasetFiles({ ...e.stored.files, [MAIN_FILE]: r.main }, e.stored.entryUnits);
    if (!parsed.ok) throw badRequest(parsed.errors.map((x) => `${x.where}：${x.message}`).join('；'));
    const findings = runRules(parsed.dataset);
    const views = findingViews(findings, {
      disclosureId: e.disclosure.id,
      versionNumber: e.version.number,
      sections: e.sections,
      justifications: await deps.store.listJustifications(e.disclosure.id),
    });
    return c.json({
      fieldErrors: {},
      summary: summaryText(summarise(findings)),
      findings: views.map((v) => ({
        severity: v.severity,
        message: v.message,
        rule: v.rule,
        places: v.places,
        justification: v.justification?.text ?? null,
      })),
    });
  });

  return app;
}
