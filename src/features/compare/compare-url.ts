/** What a comparison is: the assessments ticked (in order), the baseline, and any what-if weights. */
export type CompareState = {
  ids: string[];
  baselineId: string | undefined;
  weights: Record<string, number> | undefined;
};

export const NO_COMPARISON: CompareState = { ids: [], baselineId: undefined, weights: undefined };

/**
 * The comparison as one path segment of the address (`ids=a,b&base=b&w=broadband:2,…`), so it
 * survives leaving the page and a link to it can be kept or sent. Empty when nothing is ticked.
 */
export function encodeCompareState(state: CompareState): string {
  if (state.ids.length === 0) return '';
  const params = new URLSearchParams({ ids: state.ids.join(',') });
  if (state.baselineId !== undefined) params.set('base', state.baselineId);
  if (state.weights !== undefined) {
    params.set(
      'w',
      Object.entries(state.weights)
        .map(([id, weight]) => `${id}:${weight}`)
        .join(','),
    );
  }
  return params.toString();
}

/**
 * Reads a comparison back from the address; anything unreadable (an edited or cut link) is left
 * out rather than refused, and the screen checks the ids against what this browser holds.
 */
export function decodeCompareState(segment: string | undefined): CompareState {
  if (!segment) return NO_COMPARISON;
  const params = new URLSearchParams(segment);
  const ids = [...new Set((params.get('ids') ?? '').split(',').filter(Boolean))];
  const weightEntries = (params.get('w') ?? '')
    .split(',')
    .map((pair) => pair.split(':'))
    .flatMap(([id, text]) => {
      const weight = Number(text);
      return id && text !== undefined && text !== '' && Number.isFinite(weight) && weight >= 0
        ? [[id, weight] as const]
        : [];
    });
  return {
    ids,
    baselineId: params.get('base') ?? undefined,
    weights: weightEntries.length > 0 ? Object.fromEntries(weightEntries) : undefined,
  };
}
