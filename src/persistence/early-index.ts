import { openListedIndex, type ListedIndex } from './listed-index';
import { TAB_CHANNEL } from './tab-sync';

let opening: Promise<ListedIndex> | null = null;

/**
 * Starts opening the list's index: main.tsx calls it before React and the screens' code have
 * evaluated, so the browser opens the database in the meantime. The storage's start takes it over.
 */
export function openIndexEarly(): Promise<ListedIndex> {
  opening ??= openListedIndex(typeof indexedDB === 'undefined' ? undefined : indexedDB, TAB_CHANNEL);
  return opening;
}

/** The index opened early, once (the storage takes it over); null when none was, or it was taken. */
export function takeEarlyIndex(): Promise<ListedIndex> | null {
  const taken = opening;
  opening = null;
  return taken;
}
