import { useEffect, useRef, useState } from 'react';

import type { Framework } from '../domain/criteria/criterion-schema';

/**
 * What a link's payload holds, once decoded (null until then), and the page heading, focused once
 * the outcome shows so a screen reader starts there. A newer payload wins over a slower older one.
 */
export function useDecodedLink<T>(
  decode: (payload: string, framework: Framework) => Promise<T>,
  payload: string,
  framework: Framework,
) {
  const [decoded, setDecoded] = useState<T | null>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    let isCurrent = true;
    void decode(payload, framework).then((result) => {
      if (isCurrent) setDecoded(result);
    });
    return () => {
      isCurrent = false;
    };
  }, [decode, payload, framework]);
  useEffect(() => {
    headingRef.current?.focus({ preventScroll: true });
  }, [decoded]);
  return { decoded, headingRef };
}
