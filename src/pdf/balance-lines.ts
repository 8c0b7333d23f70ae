/**
 * Wraps text into as many lines as it needs at `maxWidth`, but as evenly as those lines allow
 * (what CSS calls `text-wrap: balance`): a short label then never leaves one word alone on its
 * last line. `split` wraps at a width, as jsPDF's splitTextToSize does.
 */
export function balanceLines(
  text: string,
  maxWidth: number,
  split: (text: string, width: number) => string[],
): string[] {
  const widest = split(text, maxWidth);
  if (widest.length < 2) return widest;
  // The narrowest width that still needs no more lines, to a tenth of the width.
  let fits = maxWidth;
  let tooNarrow = 0;
  while (fits - tooNarrow > maxWidth / 10) {
    const middle = (fits + tooNarrow) / 2;
    if (split(text, middle).length <= widest.length) fits = middle;
    else tooNarrow = middle;
  }
  return split(text, fits);
}
