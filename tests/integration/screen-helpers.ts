import { act, fireEvent } from '@testing-library/react';
import { within } from '@testing-library/react';
import { vi } from 'vitest';

/**
 * The cell of a table at a row (named by its row header) and a column (named by its column
 * header), found as a screen reader finds it: through the table's headers, not by position.
 */
export function cellAt(table: HTMLElement, row: string | RegExp, column: string | RegExp): HTMLElement {
  const headers = within(table).getAllByRole('columnheader');
  const index = headers.findIndex((header) => {
    const text = header.textContent ?? '';
    return typeof column === 'string' ? text === column : column.test(text);
  });
  if (index < 0)
    throw new Error(`no column ${String(column)} in ${headers.map((h) => h.textContent).join(' | ')}`);
  const rowElement = within(table).getByRole('rowheader', { name: row }).closest('tr');
  const cell = rowElement?.cells[index];
  if (!cell) throw new Error(`row ${String(row)} has no cell in column ${String(column)}`);
  return cell;
}

/** A score as the screens show it: one decimal, in the language's number format, "—" for none. */
export function formatScore(value: number | null, language: string): string {
  return value === null
    ? '—'
    : new Intl.NumberFormat(language, { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(value);
}

/**
 * The mark after a provisional score as the screens show it: the word, then the range in whole
 * numbers, the low rounded down and the high rounded up.
 */
export function formatProvisionalMark(range: { low: number; high: number } | null, language: string): string {
  const word = language === 'vi' ? 'tạm tính' : 'provisional';
  return range === null ? word : `${word}, ${Math.floor(range.low)}–${Math.ceil(range.high)}`;
}

/** A difference as the screens show it: one decimal with its sign. */
export function formatSigned(value: number, language: string): string {
  return new Intl.NumberFormat(language, {
    minimumFractionDigits: 1,
    maximumFractionDigits: 1,
    signDisplay: 'exceptZero',
  }).format(value);
}

/**
 * jsdom gives a range input no default action for the arrow keys. This steps it as a browser
 * does (one `step` per key press, then input and change events), so a test can move a slider
 * with the keyboard. Returns the function that removes it again.
 */
export function stepRangesWithArrowKeys(): () => void {
  const onKeyDown = (event: KeyboardEvent) => {
    const { target } = event;
    if (!(target instanceof HTMLInputElement) || target.type !== 'range' || event.defaultPrevented) return;
    if (event.key === 'ArrowRight' || event.key === 'ArrowUp') target.stepUp();
    else if (event.key === 'ArrowLeft' || event.key === 'ArrowDown') target.stepDown();
    else return;
    target.dispatchEvent(new Event('input', { bubbles: true }));
    target.dispatchEvent(new Event('change', { bubbles: true }));
  };
  document.addEventListener('keydown', onKeyDown);
  return () => document.removeEventListener('keydown', onKeyDown);
}

/** A pattern matching text that starts with the given text, taken literally. */
export function startingWith(text: string): RegExp {
  return new RegExp(`^${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`);
}

/**
 * Clicks something that opens another screen. A screen is a lazy chunk: when it suspends inside
 * user-event's own act() scopes, React sometimes never retries it in jsdom, and the test waits on
 * "Loading…" for ever. A plain click inside one awaited act() lets the chunk resolve and the screen
 * render (user-event inside act() would make React warn about the act environment on every call).
 */
export async function clickToOpen(element: Element): Promise<void> {
  await act(async () => {
    fireEvent.click(element);
    await Promise.resolve();
  });
}

/** The files the page hands to the browser as downloads, caught where they become object URLs. */
export function catchDownloads(): { name: string; blob: Blob }[] {
  const files: { name: string; blob: Blob }[] = [];
  const blobs = new Map<string, Blob>();
  vi.stubGlobal(
    'URL',
    Object.assign(URL, {
      createObjectURL: (blob: Blob) => {
        const url = `blob:test/${blobs.size}`;
        blobs.set(url, blob);
        return url;
      },
      revokeObjectURL: () => undefined,
    }),
  );
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function click(this: HTMLAnchorElement) {
    const blob = blobs.get(this.href);
    if (blob) files.push({ name: this.download, blob });
  });
  return files;
}
