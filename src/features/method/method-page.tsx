import { marked } from 'marked';
import { useEffect, useRef } from 'react';

import methodEn from '../../../docs/METHOD.md?raw';
import methodVi from '../../../docs/METHOD.vi.md?raw';
import { useLanguage } from '../../i18n/use-language';

const METHOD = { en: methodEn, vi: methodVi };

/**
 * docs/METHOD.md, the reference statement of the scoring, shown in the reader's language. It is
 * our own text, bundled at build time: nothing a user typed reaches this HTML.
 */
export default function MethodPage() {
  const { language } = useLanguage();
  const ref = useRef<HTMLDivElement>(null);
  const html = marked.parse(METHOD[language], { async: false });
  useEffect(() => {
    const heading = ref.current?.querySelector('h1');
    heading?.setAttribute('tabindex', '-1');
    heading?.focus({ preventScroll: true });
    window.scrollTo({ top: 0 });
  }, [language]);
  return (
    <div ref={ref} className="method prose" lang={language} dangerouslySetInnerHTML={{ __html: html }} />
  );
}
