/**
 * @module Post-processing of the SVG that ECharts writes: drop hover-only markup and per-process counters
 * (so equal input gives equal bytes), then make it accessible (role, aria-label, <title>, <desc>).
 */

/** Escapes text for XML content and double-quoted attributes. */
export function escapeXml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

/**
 * Removes what only serves interaction (hover CSS, its classes, pointer-events, ECharts hydration metadata)
 * and renames any remaining zrender ids (`zr<N>-…`, numbered per process) to `<prefix>-…` in order of appearance.
 */
export function normalizeEchartsSvg(svg: string, prefix: string): string {
  const cleaned = svg
    .replace(/<style\s*>\s*<!\[CDATA\[[^\]]*?:hover[\s\S]*?\]\]>\s*<\/style>\s*/g, '')
    .replace(/ class="zr\d+-cls-\d+"/g, '')
    .replace(/ pointer-events="visible"/g, '')
    .replace(/ ecmeta_[a-z_]+="[^"]*"/g, '');
  const renamed = new Map<string, string>();
  return cleaned.replace(/\bzr\d+-([a-z]+)-?(\d*)/g, (whole, kind: string) => {
    let name = renamed.get(whole);
    if (name === undefined) {
      name = `${prefix}-${kind}${renamed.size}`;
      renamed.set(whole, name);
    }
    return name;
  });
}

/** Adds role="img" and aria-label to the root <svg>, and <title> and <desc> as its first children. */
export function makeAccessible(svg: string, title: string, desc: string): string {
  const open = svg.indexOf('<svg');
  const end = open < 0 ? -1 : svg.indexOf('>', open);
  if (end < 0) throw new Error('Not an SVG document: no <svg> element');
  const attrs = ` role="img" aria-label="${escapeXml(title)}"`;
  const children = `\n<title>${escapeXml(title)}</title>\n<desc>${escapeXml(desc)}</desc>`;
  return svg.slice(0, open + 4) + attrs + svg.slice(open + 4, end + 1) + children + svg.slice(end + 1);
}
