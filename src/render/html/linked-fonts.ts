/**
 * @module The web variant of a self-contained report: the same document with each embedded font (a data URL
 * in an @font-face rule, as buildFontCss writes it) moved out to its own file, named by the sha256 of its
 * bytes. Derived from the self-contained HTML alone, so that file stays the one source of truth and the
 * subsets are exactly the embedded ones.
 */
import { createHash } from 'node:crypto';

/** A font moved out of the document: its bytes, their sha256 (lower-case hex), MIME type and extension. */
export type LinkedFont = {
  readonly sha256: string;
  readonly type: string;
  readonly ext: string;
  readonly bytes: Uint8Array;
};

/** Font MIME types that may be moved out, with their file extensions. */
const FONT_TYPES: Readonly<Record<string, string>> = {
  'font/woff2': 'woff2',
  'font/woff': 'woff',
  'font/otf': 'otf',
  'font/ttf': 'ttf',
};

/** A data URL inside an @font-face rule's url(…), optionally quoted. */
const DATA_FONT = /url\((["']?)data:(font\/(?:woff2|woff|otf|ttf));base64,([A-Za-z0-9+/]+={0,2})\1\)/g;

/** The embedded fonts of a document (in order of appearance, each once). */
export function embeddedFonts(html: string): LinkedFont[] {
  const fonts = new Map<string, LinkedFont>();
  for (const m of html.matchAll(DATA_FONT)) {
    const font = decode(m[2] ?? '', m[3] ?? '');
    if (!fonts.has(font.sha256)) fonts.set(font.sha256, font);
  }
  return [...fonts.values()];
}

function decode(type: string, base64: string): LinkedFont {
  const bytes = new Uint8Array(Buffer.from(base64, 'base64'));
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  return { sha256, type, ext: FONT_TYPES[type] ?? 'bin', bytes };
}

/**
 * The document with each embedded font replaced by `url(<fontUrl(font)>)`, and the fonts moved out. Only
 * @font-face sources are touched (the <style> of renderHtml); a document without embedded fonts comes back
 * unchanged. `fontUrl` must return a URL safe inside CSS url() (no quotes, parentheses or spaces).
 */
export function linkFonts(
  html: string,
  fontUrl: (font: LinkedFont) => string,
): { readonly html: string; readonly fonts: LinkedFont[] } {
  const fonts = new Map<string, LinkedFont>();
  const linked = html.replace(DATA_FONT, (_whole, _q: string, type: string, base64: string) => {
    const font = decode(type, base64);
    if (!fonts.has(font.sha256)) fonts.set(font.sha256, font);
    const url = fontUrl(font);
    if (!/^[A-Za-z0-9/._:-]+$/.test(url)) throw new RangeError(`not a plain URL: ${url}`);
    return `url(${url})`;
  });
  return { html: linked, fonts: [...fonts.values()] };
}
