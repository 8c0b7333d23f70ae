import { strFromU8, unzipSync } from 'fflate';

export type Unzipped = { document: string; text: string; charts: string[]; rels: string; styles: string };

export const unescapeXml = (text: string) =>
  text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');

/** A .docx read back as a zip of XML parts; `text` is every paragraph's text, one line each. */
export function readDocx(buffer: Uint8Array): Unzipped {
  const files = unzipSync(buffer);
  const part = (name: string) => strFromU8(files[name] ?? new Uint8Array());
  const document = part('word/document.xml');
  const text = [...document.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)]
    .map((p) => unescapeXml([...p[0].matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('')))
    .join('\n');
  return {
    document,
    text,
    charts: Object.keys(files)
      .filter((name) => /^word\/charts\/chart\d+\.xml$/.test(name))
      .map(part),
    rels: part('word/_rels/document.xml.rels'),
    styles: part('word/styles.xml'),
  };
}
