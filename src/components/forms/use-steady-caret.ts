import { useLayoutEffect, useRef, type ChangeEvent } from 'react';

import { findChangedStretch } from '../../domain/find-changed-stretch';

type Field = HTMLTextAreaElement | HTMLInputElement;

/** Where a position in `before` is in `after`, `after` being `before` with one stretch replaced. */
export function mapPosition(before: string, after: string, position: number): number {
  const { start, end } = findChangedStretch(before, after);
  if (position <= start) return position;
  if (position >= before.length - end) return position + after.length - before.length;
  return after.length - end;
}

/**
 * Keeps the caret where the user was typing when a text field's value changes under it (another
 * tab or a teammate edited the same text): the browser would put it at the end, and the next keys
 * would land there. Pass the value shown; spread the returned props on the field.
 */
export function useSteadyCaret<T extends Field>(value: string) {
  const ref = useRef<T>(null);
  const shown = useRef(value);
  const typed = useRef<string | null>(null);
  const selection = useRef<{ start: number; end: number } | null>(null);

  useLayoutEffect(() => {
    const field = ref.current;
    const before = shown.current;
    shown.current = value;
    const isOwnTyping = typed.current === value;
    typed.current = null;
    if (!field || before === value || isOwnTyping || document.activeElement !== field) return;
    const saved = selection.current ?? { start: before.length, end: before.length };
    const start = mapPosition(before, value, saved.start);
    const end = mapPosition(before, value, saved.end);
    field.setSelectionRange(start, end);
    selection.current = { start, end };
  }, [value]);

  const remember = () => {
    const field = ref.current;
    if (field) selection.current = { start: field.selectionStart ?? 0, end: field.selectionEnd ?? 0 };
  };
  return {
    ref,
    onSelect: remember,
    onKeyUp: remember,
    /** Call from onChange with the event, before saving the new text. */
    noteTyping: (event: ChangeEvent<T>) => {
      typed.current = event.target.value;
      remember();
    },
  };
}
