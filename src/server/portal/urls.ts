/**
 * @module The portal's stable URLs, built in one place (documented on /opendata/docs). A disclosure is
 * addressed by year and organisation id; a published version by its number; files by their public path.
 */

/** Percent-encodes each segment of a relative path, keeping the slashes. */
export function encodePath(path: string): string {
  return path.split('/').map(encodeURIComponent).join('/');
}

/** A query string from the non-empty values, in the given order ('' when none). */
export function query(params: Readonly<Record<string, string | number | undefined>>): string {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== '') q.set(k, String(v));
  const s = q.toString();
  return s === '' ? '' : `?${s}`;
}

const base = (year: number, orgId: string) => `${year}/${encodeURIComponent(orgId)}`;

/** Every URL the portal links to. */
export const urls = {
  home: '/',
  css: '/portal.css',
  /** A font of the report pages, named by its content (sha256 and extension): cached for good. */
  font: (name: string) => `/assets/fonts/${name}`,
  list: (q: Readonly<Record<string, string | number | undefined>> = {}) => `/disclosures${query(q)}`,
  /** The disclosure's page: the current publication, downloads and publication history. */
  disclosure: (year: number, orgId: string) => `/disclosures/${base(year, orgId)}`,
  /** The current publication's report as its accessible HTML page. */
  report: (year: number, orgId: string) => `/disclosures/${base(year, orgId)}/report.html`,
  /** A publication's report, fixed to its version number. */
  versionReport: (year: number, orgId: string, n: number) =>
    `/disclosures/${base(year, orgId)}/versions/${n}/report.html`,
  /** What a publication changed against the one before it. */
  changes: (year: number, orgId: string, n: number) =>
    `/disclosures/${base(year, orgId)}/versions/${n}/changes`,
  compare: (q: Readonly<Record<string, string | number | undefined>> = {}) => `/compare${query(q)}`,
  chart: (q: Readonly<Record<string, string | number | undefined>> = {}) => `/compare/chart.svg${query(q)}`,
  opendata: '/opendata/',
  opendataIndex: '/opendata/index.json',
  opendataDocs: '/opendata/docs',
  /** A file of the current publication (follows corrections). */
  file: (year: number, orgId: string, path: string) => `/opendata/${base(year, orgId)}/${encodePath(path)}`,
  /** A file of one publication (immutable). */
  versionFile: (year: number, orgId: string, n: number, path: string) =>
    `/opendata/${base(year, orgId)}/versions/${n}/${encodePath(path)}`,
};
