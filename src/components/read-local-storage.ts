/** localStorage, or undefined where the browser blocks it (privacy settings throw on access). */
export function readLocalStorage(): Storage | undefined {
  try {
    return window.localStorage;
  } catch {
    return undefined;
  }
}
