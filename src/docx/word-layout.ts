/** The page layouts a Word report can take. */
export const WORD_LAYOUT_IDS = ['default', 'decree-30'] as const;
export type WordLayout = (typeof WORD_LAYOUT_IDS)[number];

export type WordLayoutSpec = {
  font: string;
  /** Body text size in points. */
  size: number;
  /** Page margins in millimetres. */
  margins: { top: number; right: number; bottom: number; left: number };
  /** Line spacing in 240ths of a line (240 = single). */
  lineSpacing: number;
};

export const WORD_LAYOUTS: Record<WordLayout, WordLayoutSpec> = {
  default: {
    font: 'Arial',
    size: 11,
    margins: { top: 25, right: 20, bottom: 25, left: 20 },
    lineSpacing: 264,
  },
  /**
   * Decree 30/2020/NĐ-CP on administrative documents: A4, Times New Roman, 13–14 pt body text,
   * margins top and bottom 20–25 mm, left 30–35 mm, right 15–20 mm.
   */
  'decree-30': {
    font: 'Times New Roman',
    size: 13,
    margins: { top: 20, right: 15, bottom: 20, left: 30 },
    lineSpacing: 276,
  },
};

export function isWordLayout(value: string): value is WordLayout {
  return (WORD_LAYOUT_IDS as readonly string[]).includes(value);
}
