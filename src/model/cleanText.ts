/**
 * Characters no text field keeps: C0 controls but tab and newline, DEL and the C1 controls,
 * the line and paragraph separators (U+2028/9), the bidirectional embeddings, overrides and
 * isolates (U+202A–U+202E, U+2066–U+2069: "Invoice‮gnp.exe" shows as "Invoiceexe.png"),
 * U+FFFE/U+FFFF, and lone surrogates. They break XML (the SVG export), the PNG export and
 * display, or make a label read as something it is not.
 */
const unwanted = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u2028\u2029\u202A-\u202E\u2066-\u2069\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
const unwantedTest = new RegExp(unwanted.source);
/** A label is one line: tab and newline (and CR) become spaces. */
const lineBreaks = /[\t\n\r]/g;
const lineBreak = /[\t\n\r]/;

export interface CleanText {
  readonly text: string;
  /** Characters removed (spaces put in for tabs and newlines are not counted). */
  readonly removed: number;
}

/** `label`: one line; `text`: notes keep tab and newline (CRLF becomes LF). */
export function cleanText(text: string, field: 'label' | 'text'): CleanText {
  const lines = field === 'label' ? text.replace(lineBreaks, ' ') : text.replace(/\r\n?/g, '\n');
  if (!unwantedTest.test(lines)) return { text: lines, removed: 0 };
  const cleaned = lines.replace(unwanted, '');
  return { text: cleaned, removed: lines.length - cleaned.length };
}

/** True when `cleanText` would change nothing. */
export function isClean(text: string, field: 'label' | 'text'): boolean {
  return !unwantedTest.test(text) && (field === 'text' ? !text.includes('\r') : !lineBreak.test(text));
}
