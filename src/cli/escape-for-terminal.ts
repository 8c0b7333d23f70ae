// C0 controls (newline and tab included), DEL, C1 controls, the bidirectional overrides and
// isolates, and the Unicode line and paragraph separators: each can move the cursor, recolour or
// clear a terminal, fake a new line, or reorder what is shown.
// eslint-disable-next-line no-control-regex
const UNSAFE = /[\u0000-\u001F\u007F-\u009F\u061C\u200E\u200F\u2028\u2029\u202A-\u202E\u2066-\u2069]/g;

/**
 * Text that came from a file or the command line, made safe to print: every character that a
 * terminal would act on is shown as its escape, ESC as the six characters `\u001b`.
 */
export function escapeForTerminal(text: string): string {
  return text.replace(UNSAFE, (character) => `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
