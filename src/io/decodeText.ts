export type DecodedText = { readonly ok: true; readonly text: string } | { readonly ok: false; readonly reason: string };

const notText = 'not a text file (a board is UTF-8 JSON, a table UTF-8 CSV or TSV)';

/**
 * A file's bytes as text: UTF-8 (a byte-order mark is dropped) or UTF-16 with its
 * byte-order mark. Anything else, or text with a NUL character, is refused as not a text file
 * rather than read as a board of replacement characters.
 */
export function decodeText(bytes: Uint8Array | string): DecodedText {
  if (typeof bytes === 'string') return bytes.includes('\u0000') ? { ok: false, reason: notText } : { ok: true, text: bytes };
  const encoding = bytes[0] === 0xff && bytes[1] === 0xfe ? 'utf-16le' : bytes[0] === 0xfe && bytes[1] === 0xff ? 'utf-16be' : 'utf-8';
  let text: string;
  try {
    text = new TextDecoder(encoding, { fatal: true }).decode(bytes);
  } catch {
    return { ok: false, reason: notText };
  }
  if (text.includes('\u0000')) return { ok: false, reason: notText };
  return { ok: true, text };
}
