/** @module The portal's stylesheet (served at /portal.css): readable, high-contrast, visible focus, no scripts. */
import { createHash } from 'node:crypto';

/** The stylesheet text. */
export const PORTAL_CSS = `
*,*::before,*::after{box-sizing:border-box}
html{font-family:'Noto Sans SC','Source Han Sans SC','Microsoft YaHei','PingFang SC',sans-serif;line-height:1.6;color:#1f1f1f;background:#f6f6f4}
body{margin:0}
a{color:#0b4f9c}
a:hover{color:#06356a}
:focus-visible{outline:3px solid #d35400;outline-offset:2px}
.wrap{max-width:72rem;margin:0 auto;padding:0 1rem}
.skip{position:absolute;left:-999px;top:0;background:#fff;padding:.5rem 1rem}
.skip:focus{left:1rem;z-index:10}
header.site{background:#9b1c1c;color:#fff}
header.site .wrap{display:flex;flex-wrap:wrap;align-items:center;justify-content:space-between;gap:.5rem;padding-top:.6rem;padding-bottom:.6rem}
header.site a{color:#fff;text-decoration:none}
header.site a:hover,header.site a[aria-current=page]{text-decoration:underline;text-underline-offset:.3em}
.brand{font-size:1.3rem;font-weight:700;letter-spacing:.05em}
nav ul{list-style:none;display:flex;gap:1.5rem;margin:0;padding:0}
main{background:#fff;padding-top:1rem;padding-bottom:2rem;min-height:60vh}
h1{font-size:1.6rem;margin:.5rem 0 1rem}
h2{font-size:1.25rem;margin:1.8rem 0 .6rem;border-bottom:2px solid #e5e1d8;padding-bottom:.2rem}
h3{font-size:1.05rem;margin:1.2rem 0 .4rem}
form.filters{display:flex;flex-wrap:wrap;gap:.8rem 1.2rem;align-items:flex-end;background:#f3f1ec;padding:.8rem 1rem;border-radius:4px;margin-bottom:1rem}
form.filters label{display:flex;flex-direction:column;font-size:.9rem;gap:.2rem}
input,select,button{font:inherit;padding:.35rem .5rem;border:1px solid #767676;border-radius:3px;background:#fff}
button{background:#9b1c1c;color:#fff;border-color:#9b1c1c;cursor:pointer;padding:.35rem 1.2rem}
.table-wrap{overflow-x:auto}
table{border-collapse:collapse;width:100%;margin:.5rem 0 1rem;font-size:.95rem}
table.narrow{width:auto;min-width:min(36rem,100%)}
details{margin:.3rem 0 1rem}
summary{cursor:pointer;color:#0b4f9c}
caption{text-align:left;font-weight:700;padding:.3rem 0}
th,td{border:1px solid #d0ccc2;padding:.35rem .55rem;text-align:left;vertical-align:top}
thead th{background:#f3f1ec}
td.num,th.num{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
.muted{color:#595959;font-size:.9rem}
.lead{font-size:1.05rem}
.actions{display:flex;flex-wrap:wrap;gap:.8rem;margin:1rem 0}
.button{display:inline-block;background:#9b1c1c;color:#fff;padding:.45rem 1.2rem;border-radius:3px;text-decoration:none;font-weight:700}
.button:hover{color:#fff;background:#7a1515}
.notice{background:#fff7e0;border-left:4px solid #c98a00;padding:.6rem 1rem;margin:1rem 0}
dl.facts{display:grid;grid-template-columns:max-content 1fr;gap:.2rem 1rem;margin:0 0 1rem}
dl.facts dt{color:#595959}
dl.facts dd{margin:0}
ul.files{padding-left:1.2rem}
ul.files li{margin:.2rem 0}
nav.pages{display:flex;gap:1rem;align-items:center;margin:1rem 0}
figure.chart{margin:1rem 0;overflow-x:auto}
figure.chart img{max-width:none;height:auto;border:1px solid #e5e1d8}
figure.chart figtable.narrow{width:auto;min-width:min(36rem,100%)}
details{margin:.3rem 0 1rem}
summary{cursor:pointer;color:#0b4f9c}
caption{font-weight:700;margin-bottom:.4rem}
code{background:#f3f1ec;padding:0 .25rem;border-radius:2px;word-break:break-all}
footer.site{color:#595959;font-size:.9rem;padding:1rem 0 2rem}
@media print{header.site,footer.site,form.filters,nav.pages{display:none}}
`;

/** The stylesheet's ETag (its content hash). */
export const PORTAL_CSS_ETAG = `"${createHash('sha256').update(PORTAL_CSS).digest('hex')}"`;
