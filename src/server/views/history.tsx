/**
 * @module The history parts of a disclosure page: the versions (with preview, comparison and every
 * download) and the workflow events with the reviewers' comments.
 */
import { type ReviewEvent, STATUS_LABELS, type VersionSummary } from '../../storage/types.ts';
import { DOWNLOADS } from '../data/render.ts';
import { Counts } from './components.tsx';

/** An ISO time in China Standard Time (UTC+8), to the minute. */
export function fmtTime(iso: string): string {
  const d = new Date(Date.parse(iso) + 8 * 3600_000);
  return d.toISOString().slice(0, 16).replace('T', ' ');
}

type Who = (userId: string | null) => string;

/** The versions, newest first, with their links. */
export function VersionsTable(props: { versions: readonly VersionSummary[]; base: string; who: Who }) {
  const { versions, base, who } = props;
  return (
    <section>
      <h2>版本</h2>
      {versions.length === 0 ? <p class="muted">还没有版本。请先上传工作簿或数据集。</p> : null}
      {versions.length > 0 ? (
        <table class="list versions">
          <thead>
            <tr>
              <th scope="col">版本</th>
              <th scope="col">保存时间</th>
              <th scope="col">保存人</th>
              <th scope="col">校验结果</th>
              <th scope="col">说明</th>
              <th scope="col">查看与下载</th>
            </tr>
          </thead>
          <tbody>
            {[...versions].reverse().map((v) => (
              <tr>
                <td>
                  第{v.number}版{v.published ? <span class="badge status-published">已公开</span> : null}
                </td>
                <td>{fmtTime(v.createdAt)}</td>
                <td>{who(v.authorId)}</td>
                <td>
                  <Counts counts={v.findings} />
                </td>
                <td>{v.comment}</td>
                <td class="links">
                  <a href={`${base}/v/${v.number}/preview`}>预览</a>
                  {v.number > 1 ? <a href={`${base}/v/${v.number}/diff`}>与上一版比较</a> : null}
                  {DOWNLOADS.map((f) => (
                    <a href={`${base}/v/${v.number}/files/${f.name}`} download>
                      {f.name}
                    </a>
                  ))}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
    </section>
  );
}

/** The workflow events, oldest first. */
export function EventsList(props: { events: readonly ReviewEvent[]; who: Who }) {
  const { events, who } = props;
  return (
    <section>
      <h2>流转记录</h2>
      {events.length === 0 ? <p class="muted">尚未提交。</p> : null}
      <ol class="events">
        {events.map((e) => (
          <li>
            {fmtTime(e.createdAt)} {who(e.userId)}：{STATUS_LABELS[e.fromStatus]} →{' '}
            {STATUS_LABELS[e.toStatus]}
            {e.comment ? <span class="comment">“{e.comment}”</span> : null}
          </li>
        ))}
      </ol>
    </section>
  );
}
