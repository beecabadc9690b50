/**
 * @module Decoding an HTML file: a BOM, else the charset its <meta> declares (government sites often
 * serve GBK/GB2312), else strict UTF-8, else GB18030. Refuses binary content and text without markup.
 */
import { AuditInputError } from '../types.ts';

const META = /<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)/i;
const MARKUP = /<\s*(!doctype|html|head|body|p|div|table|h[1-6]|span|section|article|br|ul|ol)\b/i;

function decoderFor(label: string): InstanceType<typeof TextDecoder> | undefined {
  try {
    return new TextDecoder(label.toLowerCase() === 'gb2312' ? 'gbk' : label);
  } catch {
    return undefined;
  }
}

/** Decodes HTML bytes; throws AuditInputError (naming `name`) when the file is not HTML. */
export function decodeHtml(bytes: Uint8Array, name: string): string {
  let text: string;
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf)
    text = new TextDecoder('utf-8').decode(bytes);
  else if (bytes[0] === 0xff && bytes[1] === 0xfe) text = new TextDecoder('utf-16le').decode(bytes);
  else if (bytes[0] === 0xfe && bytes[1] === 0xff) text = new TextDecoder('utf-16be').decode(bytes);
  else {
    if (bytes.subarray(0, 4096).includes(0))
      throw new AuditInputError(`文件“${name}”不是 HTML 网页文件（含有二进制内容），无法审查。`);
    const head = new TextDecoder('latin1').decode(bytes.subarray(0, 4096));
    const declared = META.exec(head)?.[1];
    const decoder = declared === undefined ? undefined : decoderFor(declared);
    if (decoder) text = decoder.decode(bytes);
    else {
      try {
        text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
      } catch {
        text = new TextDecoder('gb18030').decode(bytes);
      }
    }
  }
  if (!MARKUP.test(text))
    throw new AuditInputError(`文件“${name}”不是 HTML 网页文件（没有网页标记），无法审查。`);
  return text;
}
