import type { Language } from './language';

/**
 * Parses a number as typed in the active language: English writes 1,234.5 and Vietnamese 1.234,5.
 * The other language's decimal mark is accepted too ("12.5" in Vietnamese), except where it can
 * only be a thousands separator (one separator followed by exactly three digits). Null if not a number.
 */
export function parseDecimal(text: string, language: Language): number | null {
  const compact = text.trim().replace(/[\s\u00a0\u202f]/g, '');
  if (compact === '') return null;
  const [decimalMark, groupMark] = language === 'vi' ? [',', '.'] : ['.', ','];
  const separators = compact.replace(/[^.,]/g, '');
  let normalised: string;
  if (separators.length > 1) {
    // "1.234,5" or "1,234.5": the last separator is the decimal one, the others group thousands.
    const last = Math.max(compact.lastIndexOf('.'), compact.lastIndexOf(','));
    normalised = `${compact.slice(0, last).replace(/[.,]/g, '')}.${compact.slice(last + 1)}`;
  } else if (separators === groupMark && /^[-+]?\d{1,3}[.,]\d{3}$/.test(compact)) {
    normalised = compact.replace(groupMark, '');
  } else {
    normalised = compact.replace(separators === decimalMark ? decimalMark : groupMark, '.');
  }
  if (!/^[-+]?(\d+\.?\d*|\.\d+)$/.test(normalised)) return null;
  const value = Number(normalised);
  return Number.isFinite(value) ? value : null;
}
