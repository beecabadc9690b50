/**
 * @module CJK radicals (U+2E80–U+2EFF, CJK Radicals Supplement) to their unified ideographs.
 * Generated from Unicode 15.0 EquivalentUnifiedIdeograph.txt (Debian package unicode-data,
 * /usr/share/unicode/EquivalentUnifiedIdeograph.txt): every entry of the supplement block, as pairs
 * radical → ideograph. The Kangxi radicals (U+2F00–U+2FD5) are mapped by NFKC already; most of the
 * supplement is not (PDF text extracted through Chromium or some fonts yields ⻋ for 车, ⻓ for 长).
 */

const PAIRS = [
  '⺁厂⺂乛⺃乚⺄乙⺅亻⺆冂⺇𠘨⺈刀⺉刂⺊卜⺋㔾⺌小⺍小⺎兀⺏尣⺐尢⺑𡯂⺒巳⺓幺⺔彑⺕𫜹⺖忄⺗心⺘扌⺙攵⺛旡⺜日⺝月⺞歺⺟母⺠民⺡氵⺢氺⺣灬⺤爫⺥爫⺦丬⺧牛⺨犭⺩王',
  '⺪𤴔⺫目⺬示⺭礻⺮𥫗⺯糹⺰纟⺱罓⺲罒⺳㓁⺴冗⺵𦉫⺶羊⺷𦍌⺸𦍋⺹耂⺺肀⺻聿⺼肉⺽𦥑⺾艹⺿艹⻀艹⻁虎⻂衤⻃覀⻄西⻅见⻆角⻇𧢲⻈讠⻉贝⻊𧾷⻋车⻌辶⻍辶⻎辶⻏邑⻐钅⻑長',
  '⻒镸⻓长⻔门⻕𨸏⻖阝⻗雨⻘青⻙韦⻚页⻛风⻜飞⻝食⻞𩙿⻟飠⻠饣⻡𩠐⻢马⻣骨⻤鬼⻥鱼⻦鸟⻧卤⻨麦⻩黄⻪黾⻫斉⻬齐⻭歯⻮齿⻯竜⻰龙⻱龜⻲亀⻳龟',
].join('');

/** Radical code point → unified ideograph. */
export const RADICAL_TO_IDEOGRAPH: ReadonlyMap<string, string> = (() => {
  const chars = [...PAIRS];
  const map = new Map<string, string>();
  for (let i = 0; i + 1 < chars.length; i += 2) map.set(chars[i]!, chars[i + 1]!);
  return map;
})();
