import type { jsPDF } from 'jspdf';

/** What a character the embedded font lacks is drawn as: visible, so that nothing vanishes silently. */
export const MISSING_GLYPH_MARKER = '[?]';
const TAB_AS_SPACES = '    ';
// Line and paragraph separators, vertical tab and form feed break the line, as a newline does.
const LINE_BREAKS = /[\v\f\u0085\u2028\u2029]/g;
const SPACES = /[^\S\n]/u;

type FontMetadata = { metadata: { cmap: { unicode: { codeMap: Record<number, number> } } } };

/**
 * Makes text drawable by the embedded font, which jsPDF does not check: a tab is drawn as spaces
 * (jsPDF drops everything after it), other spaces the font lacks as a plain space, and a
 * character of a script the font lacks (Chinese, Japanese, Korean, Arabic, Hebrew, emoji…) as
 * MISSING_GLYPH_MARKER, a run of them as one marker. The characters replaced are collected so
 * that the app and the CLI can say which ones the PDF could not show.
 */
export function createFontFitter(doc: jsPDF, fontName: string) {
  const internal = doc.internal as unknown as { getFont: (name: string, style: string) => FontMetadata };
  const codeMap = internal.getFont(fontName, 'normal').metadata.cmap.unicode.codeMap;
  const missing = new Set<string>();
  const hasGlyph = (char: string) => codeMap[char.codePointAt(0) ?? 0] !== undefined;

  const fit = (text: string): string => {
    let out = '';
    let isInMissingRun = false;
    for (const char of text.normalize('NFC').replace(/\r\n?/g, '\n').replace(LINE_BREAKS, '\n')) {
      if (char === '\n' || hasGlyph(char)) {
        out += char;
        isInMissingRun = false;
      } else if (char === '\t') {
        out += TAB_AS_SPACES;
        isInMissingRun = false;
      } else if (SPACES.test(char)) {
        out += ' ';
        isInMissingRun = false;
      } else {
        missing.add(char);
        if (!isInMissingRun) out += MISSING_GLYPH_MARKER;
        isInMissingRun = true;
      }
    }
    return out;
  };

  /** Every string of a plain-data model fitted, but link targets (`url`), which are never drawn as such. */
  const fitModel = <T>(value: T, key = ''): T => {
    if (typeof value === 'string') return (key === 'url' ? value : fit(value)) as T;
    if (Array.isArray(value)) return (value as unknown[]).map((item) => fitModel(item)) as T;
    if (value !== null && typeof value === 'object') {
      return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, fitModel(v, k)])) as T;
    }
    return value;
  };

  return { fit, fitModel, missingCharacters: () => [...missing] };
}
