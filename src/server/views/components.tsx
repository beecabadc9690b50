/**
 * @module Small shared pieces of the pages: status badges, notices, the findings list with links and
 * justification forms, finding counts.
 */
import { type DisclosureStatus, type FindingCounts, STATUS_LABELS } from '../../storage/types.ts';
import type { FindingView } from '../data/findings.ts';
import { CsrfField } from './layout.tsx';

/** A status as a badge. */
export function StatusBadge(props: { status: DisclosureStatus }) {
  return <span class={`badge status-${props.status}`}>{STATUS_LABELS[props.status]}</span>;
}

/** Finding counts as text. */
export function Counts(props: { counts: FindingCounts | null }) {
  if (props.counts === null) return <span class="muted">未保存</span>;
  const { errors, warnings, notices } = props.counts;
  return (
    <span class="counts">
      <span class={errors > 0 ? 'sev-error' : 'muted'}>{errors} 个错误</span>、
      <span class={warnings > 0 ? 'sev-warning' : 'muted'}>{warnings} 个警告</span>、
      <span class="muted">{notices} 个提示</span>
    </span>
  );
}

/** Fixed notices shown after a redirect (by code, never echoing request text). */
export const NOTICES: Readonly<Record<string, string>> = {
  saved: '已保存为新版本。',
  unchanged: '内容没有变化，未生成新版本。',
  uploaded: '已上传并保存为新版本。',
  justified: '说明已保存，审核人可以看到。',
  submitted: '已提交审核。',
  returned: '已退回，填报人可以看到您的意见。',
  approved: '已审核通过。',
  published: '已公开：各格式文件已生成并固定保存。',
  correcting: '已开始更正：请修改后重新提交审核；公众在新版本公开前仍看到上一公开版本。',
  created: '已创建。',
  updated: '已保存修改。',
  nochange: '没有修改。',
  job: '任务已排队，进度会自动刷新。',
};

/** A notice from the `m` query parameter, if known. */
export function Notice(props: { code: string | undefined }) {
  const text = props.code === undefined ? undefined : NOTICES[props.code];
  return text ? (
    <p class="ok-message" role="status">
      {text}
    </p>
  ) : null;
}

const SEVERITY_LABELS = { error: '错误', warning: '警告', notice: '提示' } as const;

export type FindingsListProps = {
  readonly findings: readonly FindingView[];
  /** Justification forms for warnings (editors of an editable version). */
  readonly justify?: { readonly action: string; readonly csrf: string; readonly versionId: string };
  /** Show notices too (default: collapsed count). */
  readonly id?: string;
};

/** The findings with their places (linked) and, for warnings, the justification in force or a form. */
export function FindingsList(props: FindingsListProps) {
  const shown = props.findings.filter((f) => f.severity !== 'notice');
  const notices = props.findings.filter((f) => f.severity === 'notice');
  return (
    <div class="findings" id={props.id ?? 'findings'}>
      {shown.length === 0 ? <p class="ok-message">没有错误和警告。</p> : null}
      <ol class="finding-list">
        {shown.map((f) => (
          <li class={`finding sev-${f.severity}`}>
            <span class={`badge sev-${f.severity}`}>{SEVERITY_LABELS[f.severity]}</span>
            {f.severity === 'warning' ? (
              f.justification ? (
                <span class="badge justified">已说明理由</span>
              ) : (
                <span class="badge pending">待修改或说明</span>
              )
            ) : null}{' '}
            {f.message}
            <span class="rule">（{f.rule}）</span>
            <ul class="places">
              {f.places.map((p) => (
                <li>
                  {p.href ? <a href={p.href}>{p.text}</a> : p.text}
                  {p.reportHref ? (
                    <>
                      {' '}
                      <a class="secondary" href={p.reportHref}>
                        在报告中查看
                      </a>
                    </>
                  ) : null}
                </li>
              ))}
            </ul>
            {f.severity === 'warning' && f.justification ? (
              <p class="justification">
                <strong>说明：</strong>
                {f.justification.text}
              </p>
            ) : null}
            {f.severity === 'warning' && props.justify ? (
              <details class="justify">
                <summary>{f.justification ? '修改理由' : '无法修改时，写明理由'}</summary>
                <form method="post" action={props.justify.action}>
                  <CsrfField token={props.justify.csrf} />
                  <input type="hidden" name="versionId" value={props.justify.versionId} />
                  <input type="hidden" name="rule" value={f.rule} />
                  <input type="hidden" name="key" value={f.key} />
                  <label>
                    理由
                    <textarea name="text" rows={2} required maxlength={2000}>
                      {f.justification?.text ?? ''}
                    </textarea>
                  </label>
                  <button type="submit">保存说明</button>
                </form>
              </details>
            ) : null}
          </li>
        ))}
      </ol>
      {notices.length > 0 ? (
        <details class="notices">
          <summary>{notices.length} 个提示（不影响提交）</summary>
          <ol>
            {notices.map((f) => (
              <li>
                {f.message}
                {f.places.length > 0 ? (
                  <span class="muted">
                    {' '}
                    —{' '}
                    {f.places.map((p) =>
                      p.href ? (
                        <a href={p.href} class="secondary">
                          {p.text}
                        </a>
                      ) : (
                        p.text
                      ),
                    )}
                  </span>
                ) : null}
              </li>
            ))}
          </ol>
        </details>
      ) : null}
    </div>
  );
}
