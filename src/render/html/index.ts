export { documentText } from './font-text.ts';
export { buildFontCss, clearFontCache, EMBEDDED_FACES } from './fonts.ts';
export { embeddedFonts, type LinkedFont, linkFonts } from './linked-fonts.ts';
export { type HtmlAssets, renderHtml } from './render-html.ts';
export { renderSelfContainedHtml } from './self-contained.ts';
