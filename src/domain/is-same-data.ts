/** JSON with the keys of every object sorted, so two equal values give equal text whatever their key order. */
function toStableJson(value: unknown): string {
  return JSON.stringify(value, (_key, item: unknown) =>
    typeof item === 'object' && item !== null && !Array.isArray(item)
      ? Object.fromEntries(Object.entries(item).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : item,
  );
}

/** Whether two JSON-like values hold the same data, whatever the order of their keys. */
export function isSameData(a: unknown, b: unknown): boolean {
  return toStableJson(a) === toStableJson(b);
}
