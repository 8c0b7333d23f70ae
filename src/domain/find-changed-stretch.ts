/**
 * Where two texts differ, as one stretch: they share their first `start` characters and their last
 * `end` ones. The smallest single replacement that turns `before` into `after`.
 */
export function findChangedStretch(before: string, after: string): { start: number; end: number } {
  let start = 0;
  while (start < before.length && start < after.length && before[start] === after[start]) start += 1;
  let end = 0;
  while (
    end < before.length - start &&
    end < after.length - start &&
    before[before.length - 1 - end] === after[after.length - 1 - end]
  ) {
    end += 1;
  }
  return { start, end };
}
