import { Marked } from 'marked';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';

import methodEn from '../../../docs/METHOD.md?raw';
import methodVi from '../../../docs/METHOD.vi.md?raw';
import { useLanguage } from '../../i18n/use-language';

const METHOD = { en: methodEn, vi: methodVi };

// A link to another file of the repository (the other language's METHOD, a source file) leads
// nowhere inside the app: its words stay, the link goes. Web addresses stay links.
const markdown = new Marked({
  renderer: {
    link({ href, tokens }) {
      const text = this.parser.parseInline(tokens);
      return /^https?:\/\//.test(href) ? `<a href="${href}" rel="noreferrer">${text}</a>` : text;
    },
  },
});

/**
 * The method's title and its sections. What stands between them is a preface about the document
 * itself (which source files it describes, which language is the reference), written for
 * developers; the screen puts its own introduction there.
 */
function splitMethod(text: string): { title: string; body: string } {
  const tokens = markdown.lexer(text);
  const title = tokens.find((token) => token.type === 'heading' && token.depth === 1);
  const firstSection = tokens.findIndex((token) => token.type === 'heading' && token.depth === 2);
  const sections = firstSection < 0 ? [] : tokens.slice(firstSection);
  return {
    title: title?.type === 'heading' ? String(title.text) : '',
    body: markdown.parser(Object.assign(sections, { links: tokens.links })),
  };
}

/**
 * docs/METHOD.md, the reference statement of the scoring, shown in the reader's language. It is
 * our own text, bundled at build time: nothing a user typed reaches this HTML.
 */
export default function MethodPage() {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const { title, body } = splitMethod(METHOD[language]);
  useEffect(() => {
    headingRef.current?.focus({ preventScroll: true });
    window.scrollTo({ top: 0 });
  }, [language]);
  return (
    <article className="method prose" lang={language}>
      <h1 ref={headingRef} tabIndex={-1}>
        {title}
      </h1>
      <p className="lead">{t('app.methodIntro')}</p>
      <div dangerouslySetInnerHTML={{ __html: body }} />
    </article>
  );
}
