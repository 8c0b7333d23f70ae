const identifier = /^[A-Za-z_$][\w$]*$/;

/** Renders a zod issue path the way a developer would write it: `questions[3].levels`. */
export function formatIssuePath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((out, key) => {
    if (typeof key === 'number') return `${out}[${key}]`;
    const name = String(key);
    if (identifier.test(name)) return out ? `${out}.${name}` : name;
    return `${out}[${JSON.stringify(name)}]`;
  }, '');
}
