/**
 * Intl formatters, made once per language and options. Building one costs about as much as
 * formatting a thousand numbers with it, and a list of fifty cards asks for hundreds.
 */
const cache = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat | Intl.ListFormat | Intl.Collator>();

function cached<T extends Intl.NumberFormat | Intl.DateTimeFormat | Intl.ListFormat | Intl.Collator>(
  kind: string,
  language: string | undefined,
  options: object | undefined,
  create: () => T,
): T {
  // Asked for once per value drawn: no JSON text to build when there are no options.
  const key =
    options === undefined
      ? `${kind}|${language ?? ''}`
      : `${kind}|${language ?? ''}|${JSON.stringify(options)}`;
  let formatter = cache.get(key);
  if (!formatter) {
    formatter = create();
    cache.set(key, formatter);
  }
  return formatter as T;
}

export function numberFormat(language?: string, options?: Intl.NumberFormatOptions): Intl.NumberFormat {
  return cached('number', language, options, () => new Intl.NumberFormat(language, options));
}

export function dateTimeFormat(language?: string, options?: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  return cached('date', language, options, () => new Intl.DateTimeFormat(language, options));
}

export function listFormat(language?: string, options?: Intl.ListFormatOptions): Intl.ListFormat {
  return cached('list', language, options, () => new Intl.ListFormat(language, options));
}

export function collator(language?: string, options?: Intl.CollatorOptions): Intl.Collator {
  return cached('collator', language, options, () => new Intl.Collator(language, options));
}
