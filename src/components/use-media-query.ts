import { useSyncExternalStore } from 'react';

/** A phone held upright: charts draw their compact layout (shorter label lines, smaller radius). */
export const NARROW_SCREEN = '(max-width: 30rem)';

/** Whether a CSS media query matches now, following changes (rotation, resizing). */
export function useMediaQuery(query: string): boolean {
  return useSyncExternalStore(
    (onChange) => {
      const list = window.matchMedia(query);
      list.addEventListener('change', onChange);
      return () => list.removeEventListener('change', onChange);
    },
    () => window.matchMedia(query).matches,
  );
}
