/**
 * @module Package parts written in place of docx's own: the font table, naming for each customary face the
 * stock face Word (and WPS) fall back to when it is not installed (w:altName) and its GB2312 character set,
 * e.g. 仿宋_GB2312 → 仿宋; and the core properties without the clock's dates, so equal reports give equal parts.
 */
import { escapeXml } from '../charts/svg.ts';
import { FONTS } from './styles.ts';

/** Customary face → the face shipped with Chinese Windows and Office to use in its place. */
export const FONT_FALLBACKS: Readonly<Record<string, string>> = {
  [FONTS.title]: '宋体',
  [FONTS.hei]: 'SimHei',
  [FONTS.kai]: '楷体',
  [FONTS.fangsong]: '仿宋',
  [FONTS.song]: 'SimSun',
};

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

/** word/fontTable.xml with the faces the styles name. */
export function fontTableXml(): string {
  const chinese = Object.entries(FONT_FALLBACKS).map(
    ([name, alt]) =>
      `<w:font w:name="${name}"><w:altName w:val="${alt}"/><w:charset w:val="86"/>` +
      `<w:family w:val="auto"/><w:pitch w:val="variable"/></w:font>`,
  );
  const latin =
    `<w:font w:name="${FONTS.latin}"><w:panose1 w:val="02020603050405020304"/><w:charset w:val="00"/>` +
    `<w:family w:val="roman"/><w:pitch w:val="variable"/></w:font>`;
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
    `<w:fonts xmlns:w="${W}" xmlns:r="${R}">${latin}${chinese.join('')}</w:fonts>`
  );
}

/** docProps/core.xml: title, subject and creator; no created/modified dates (they would come from the clock). */
export function corePropertiesXml(props: { readonly title: string; readonly subject: string }): string {
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
    `<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" ` +
    `xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" ` +
    `xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">` +
    `<dc:title>${escapeXml(props.title)}</dc:title><dc:subject>${escapeXml(props.subject)}</dc:subject>` +
    `<dc:creator>juesuan</dc:creator><dc:language>zh-CN</dc:language></cp:coreProperties>`
  );
}
