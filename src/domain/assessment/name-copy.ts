import { MAX_SHORT_TEXT } from './text-limits';

/**
 * The name of a copy kept beside the original ("Huế (copy)"), in the words `label` gives, with the
 * original name shortened (and marked "…") when the whole would be longer than a name may be.
 */
export function nameCopy(name: string, label: (name: string) => string, maxLength = MAX_SHORT_TEXT): string {
  const full = label(name);
  if (full.length <= maxLength) return full;
  // By code points, so a cut never splits a character in two.
  const characters = [...name];
  const overflow = full.length - maxLength + 1;
  let kept = characters.slice(0, Math.max(0, characters.length - overflow));
  let shortened = label(`${kept.join('').trimEnd()}…`);
  while (shortened.length > maxLength && kept.length > 0) {
    kept = kept.slice(0, -1);
    shortened = label(`${kept.join('').trimEnd()}…`);
  }
  return shortened;
}
