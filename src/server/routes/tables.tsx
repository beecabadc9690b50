/**
 * @module 编辑表格: the standard tables of the current version as forms (one input per cell, in the unit
 * of entry), rows added or removed by code. Saving stores a new version; a cell that is not an amount is
 * reported with its row and column and nothing is saved.
 */
import { type Context, Hono } from 'hono';
import { TABLES } from '../../catalog/tables/definitions.ts';
import { DEFAULT_PROFILE, profileDef } from '../../catalog/tables/profiles.ts';
import type { TableId } from '../../catalog/tables/types.ts';
import { formatYuan, parseAmount } from '../../money/index.ts';
import type { JsonValue } from '../../storage/types.ts';
import { actorOf } from '../auth/session.ts';
import { cellInputAnchor, rowAnchor } from '../data/findings.ts';
import { showAmount, unitLabel } from '../data/form-values.ts';
import { getAt, setAt } from '../data/json-path.ts';
import { saveDataset } from '../data/save.ts';
import { MAIN_FILE, parseDatasetFiles } from '../data/stored-dataset.ts';
import type { ServerDeps } from '../deps.ts';
import type { AppEnv } from '../env.ts';
import { conflict, notFound } from '../http/errors.tsx';
import { type FormBody, formInt, formString } from '../http/form.ts';
import { Notice } from '../views/components.tsx';
import { CsrfField, Page, pageProps, sendPage } from '../views/layout.tsx';
import { editingVersion } from './editing.ts';

const EXTRA_ROWS = 3;
const MAX_ROWS = 2000;

type RowJson = { code: string; name: string; cells: Record<string, JsonValue> };

function rowsOf(main: JsonValue, table: TableId): RowJson[] {
  const rows = getAt(main, ['tables', table]);
  if (!Array.isArray(rows)) return [];
  return rows.map((r) => {
    const code = getAt(r, 'code');
    const name = getAt(r, 'name');
    const cells = getAt(r, 'cells');
    return {
      code: typeof code === 'string' ? code : '',
      name: typeof name === 'string' ? name : '',
      cells: cells !== null && typeof cells === 'object' && !Array.isArray(cells) ? cells : {},
    };
  });
}

function isFixedKey(table: TableId, code: string): boolean {
  return (TABLES[table].fixedRows ?? []).some((r) => r.key === code);
}

function tableOf(c: Context<AppEnv>, profileId: string): TableId {
  const id = c.req.param('table') as TableId;
  const profile = profileDef(profileId) ?? profileDef(DEFAULT_PROFILE)!;
  if (!profile.tables.some((t) => t.table === id)) throw notFound('该模板中没有这张表');
  return id;
}

type GridState = { values?: Record<string, string>; errors?: Record<string, string> };

/** /app/d/:id/tables and /app/d/:id/tables/:table. */
export function tableRoutes(deps: ServerDeps): Hono<AppEnv> {
  const app = new Hono<AppEnv>();

  app.get('/:id/tables', async (c) => {
    const e = await editingVersion(c, c.req.param('id'));
    const main = e.stored.files[MAIN_FILE] ?? {};
    const profile =
      profileDef(String(getAt(main, 'entity.profile') ?? DEFAULT_PROFILE)) ?? profileDef(DEFAULT_PROFILE)!;
    const base = `/app/d/${e.disclosure.id}`;
    return sendPage(
      c,
      <Page {...pageProps(c, '编辑表格')}>
        <p>
          <a href={base}>← 返回公开概况</a>
        </p>
        <ul class="table-index">
          {profile.tables.map((t) => (
            <li>
              <a href={`${base}/tables/${t.table}`}>
                {t.table} {t.title ?? TABLES[t.table].title}
              </a>{' '}
              <span class="muted">（{rowsOf(main, t.table).length} 行）</span>
            </li>
          ))}
        </ul>
      </Page>,
    );
  });

  const renderGrid = async (c: Context<AppEnv>, id: string, state: GridState, status: 200 | 422 = 200) => {
    const e = await editingVersion(c, id);
    const main = e.stored.files[MAIN_FILE] ?? {};
    const table = tableOf(c, String(getAt(main, 'entity.profile') ?? DEFAULT_PROFILE));
    const def = TABLES[table];
    const rows = rowsOf(main, table);
    const count = rows.length + EXTRA_ROWS;
    const v = (name: string, fallback: string) => state.values?.[name] ?? fallback;
    const base = `/app/d/${e.disclosure.id}`;
    return sendPage(
      c,
      <Page {...pageProps(c, `${table} ${def.title}`)}>
        <Notice code={c.req.query('m')} />
        <p>
          <a href={`${base}/tables`}>← 全部表格</a> · 当前第{e.version.number}版 · 金额单位：
          {unitLabel(e.unit)}；空白表示未填（不等于 0）；删除编码即删除该行。
        </p>
        {state.errors && Object.keys(state.errors).length > 0 ? (
          <ul class="error-message" role="alert">
            {Object.values(state.errors).map((m) => (
              <li>{m}</li>
            ))}
          </ul>
        ) : null}
        <form method="post" action={`${base}/tables/${table}`}>
          <CsrfField token={c.get('csrfToken')} />
          <input type="hidden" name="versionId" value={e.version.id} />
          <input type="hidden" name="rows" value={String(count)} />
          <div class="grid-wrap">
            <table class="grid">
              <thead>
                <tr>
                  <th scope="col">编码</th>
                  <th scope="col">名称</th>
                  {def.columns.map((col) => (
                    <th scope="col">{[...(col.groups ?? []), col.label].join('/')}</th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {Array.from({ length: count }, (_, i) => {
                  const row = rows[i];
                  const code = row?.code ?? '';
                  const fixed = row !== undefined && isFixedKey(table, code);
                  return (
                    <tr id={row ? rowAnchor(table, code) : undefined}>
                      <td>
                        {fixed ? (
                          <>
                            <input type="hidden" name={`code.${i}`} value={code} />
                            <span class="muted">—</span>
                          </>
                        ) : (
                          <input
                            name={`code.${i}`}
                            aria-label={`第${i + 1}行编码`}
                            size={8}
                            value={v(`code.${i}`, code)}
                          />
                        )}
                      </td>
                      <td>
                        <input
                          name={`name.${i}`}
                          aria-label={`第${i + 1}行名称`}
                          value={v(
                            `name.${i}`,
                            row?.name ||
                              (fixed ? (def.fixedRows?.find((f) => f.key === code)?.label ?? '') : ''),
                          )}
                        />
                      </td>
                      {def.columns.map((col) => {
                        const name = `cell.${i}.${col.id}`;
                        const bad = state.errors?.[name];
                        return (
                          <td class={bad ? 'has-error' : undefined}>
                            <input
                              id={row ? cellInputAnchor(table, code, col.id) : undefined}
                              name={name}
                              class="amount"
                              inputmode="decimal"
                              size={10}
                              aria-label={`${row?.name || code || `第${i + 1}行`} ${col.label}`}
                              aria-invalid={bad ? 'true' : undefined}
                              value={v(name, showAmount(row?.cells[col.id], e.unit))}
                            />
                          </td>
                        );
                      })}
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
          <label for="comment">本次修改说明（可选）</label>
          <input id="comment" name="comment" maxlength={500} />
          <button type="submit">保存（生成新版本）</button>
        </form>
      </Page>,
      status,
    );
  };

  app.get('/:id/tables/:table', (c) => renderGrid(c, c.req.param('id'), {}));

  app.post('/:id/tables/:table', async (c) => {
    const e = await editingVersion(c, c.req.param('id'));
    const body: FormBody = await c.req.parseBody();
    if (formString(body, 'versionId') !== e.version.id)
      throw conflict('在您编辑期间已有他人保存了新版本，请刷新页面，在最新版本上修改');
    const main = e.stored.files[MAIN_FILE] ?? {};
    const table = tableOf(c, String(getAt(main, 'entity.profile') ?? DEFAULT_PROFILE));
    const def = TABLES[table];
    const count = Math.min(formInt(body, 'rows') ?? 0, MAX_ROWS);
    const errors: Record<string, string> = {};
    const values: Record<string, string> = {};
    const next: JsonValue[] = [];
    const seen = new Set<string>();
    for (let i = 0; i < count; i += 1) {
      const code = formString(body, `code.${i}`).trim();
      const name = formString(body, `name.${i}`).trim();
      values[`code.${i}`] = code;
      values[`name.${i}`] = name;
      const cells: Record<string, JsonValue> = {};
      for (const col of def.columns) {
        const key = `cell.${i}.${col.id}`;
        const text = formString(body, key).trim();
        values[key] = text;
        if (text === '') {
          cells[col.id] = null;
          continue;
        }
        const r = parseAmount(text, e.unit);
        if (r.ok) cells[col.id] = formatYuan(r.value);
        else
          errors[key] = `第${i + 1}行（${name || code}）“${col.label}”：“${text.slice(0, 30)}”不是有效的金额`;
      }
      if (code === '') continue;
      const label = def.fixedRows?.find((f) => f.key === code)?.label;
      const before = rowsOf(main, table).find((r) => r.code === code);
      const keptName = label !== undefined && name === label && before?.name === '' ? '' : name;
      if (seen.has(code)) errors[`code.${i}`] = `第${i + 1}行：编码 ${code} 重复`;
      seen.add(code);
      next.push({ code, name: keptName, cells });
    }
    if (Object.keys(errors).length > 0) return renderGrid(c, e.disclosure.id, { values, errors }, 422);
    if (JSON.stringify(next) === JSON.stringify(rowsOf(main, table))) {
      return c.redirect(`/app/d/${e.disclosure.id}/tables/${table}?m=unchanged`, 303);
    }
    const changed = setAt(main, ['tables', table], next);
    const parsed = parseDatasetFiles({ ...e.stored.files, [MAIN_FILE]: changed }, e.stored.entryUnits);
    if (!parsed.ok) {
      const messages = Object.fromEntries(parsed.errors.map((x, i) => [`p${i}`, `${x.where}：${x.message}`]));
      return renderGrid(c, e.disclosure.id, { values, errors: messages }, 422);
    }
    await saveDataset(
      deps.store,
      {
        disclosureId: e.disclosure.id,
        dataset: parsed.dataset,
        comment: formString(body, 'comment').trim() || `修改表 ${table}`,
        expectedCurrentVersionId: e.version.id,
      },
      actorOf(c),
    );
    return c.redirect(`/app/d/${e.disclosure.id}/tables/${table}?m=saved`, 303);
  });

  return app;
}
