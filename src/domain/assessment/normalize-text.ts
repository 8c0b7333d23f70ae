/**
 * Text is normalised where it enters, never refused: people paste from Word, PDFs and web pages,
 * and what they meant is plain text with line breaks.
 */

// Word's manual line break (U+000B), a page break (U+000C), NEL (U+0085) and the Unicode line and
// paragraph separators are line breaks to the person who typed them; so is a lone or paired CR.
// eslint-disable-next-line no-control-regex
const LINE_BREAKS = /\r\n|[\r\u000B\u000C\u0085\u2028\u2029]/g;
// Every other C0 and C1 control and DEL (tab and line feed aside) is invisible and only ever breaks
// a report or a terminal.
// eslint-disable-next-line no-control-regex
const OTHER_CONTROLS = /[\u0000-\u0008\u000E-\u001F\u007F-\u009F]/g;

// Half of a surrogate pair (text cut in the middle of an emoji) cannot be stored as UTF-8.
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Text of several lines (notes, narratives): line breaks kept as "\n", in Unicode NFC. */
export function normalizeText(text: string): string {
  return text
    .replace(LINE_BREAKS, '\n')
    .replace(OTHER_CONTROLS, '')
    .replace(LONE_SURROGATE, '\uFFFD')
    .normalize('NFC');
}

/** Text of one line (a name, a label): every line break and tab becomes a space. */
export function normalizeLine(text: string): string {
  return normalizeText(text).replace(/[\n\t]/g, ' ');
}

// eslint-disable-next-line no-control-regex
const ANY_CONTROL = /[\u0000-\u001F\u007F-\u009F\u2028\u2029]/;

/** Ids and keys are never typed by people: one that holds a control character is refused, not mended. */
export function hasControlCharacter(text: string): boolean {
  return ANY_CONTROL.test(text);
}
