import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { inflateRawSync } from 'node:zlib';
import { afterEach, describe, expect, it, vi } from 'vitest';

import {
  createAssessmentFile,
  formatFileIssue,
  type AssessmentFile,
} from '../../src/domain/assessment/assessment-file';
import { parseImportText } from '../../src/domain/assessment/import-file';
import { decodeShareLink, encodeShareLink } from '../../src/persistence/share-link';
import { buildFramework } from '../factories/framework-factory';

const framework = buildFramework();

const file: AssessmentFile = createAssessmentFile(framework, {
  id: 'binh-duong-2023',
  profile: { name: 'Bình Dương', country: 'Việt Nam', region: 'Vùng Đông Nam Bộ', year: 2023 },
  answers: {
    'alpha.level': {
      value: 3,
      notes:
        `Chuyển đổi số toàn diện: chính quyền số, kinh tế số, xã hội số. ${'Đã triển khai. '.repeat(1_334)}`.slice(
          0,
          20_000,
        ),
      evidence: [{ url: 'https://binhduong.gov.vn/ke-hoach', label: 'Kế hoạch chuyển đổi số' }],
    },
    // Carried over from 2022 and not confirmed: the recipient sees it still to confirm.
    'beta.list': { value: ['a', 'c'], carriedOver: { fromYear: 2022 } },
  },
  narratives: { alpha: 'Thành phố thông minh Bình Dương, đề án 2016–2021.' },
});

const sharedAssessment = { assessment: file.assessment, frameworkVersion: framework.version, warnings: [] };

/** A payload made from any bytes, with Node's own base64url rather than the code under test. */
async function payloadOf(bytes: Uint8Array<ArrayBuffer>): Promise<string> {
  const stream = new Blob([bytes]).stream().pipeThrough(new CompressionStream('deflate-raw'));
  return Buffer.from(await new Response(stream).arrayBuffer()).toString('base64url');
}

async function messagesOf(payload: string): Promise<string[]> {
  const result = await decodeShareLink(payload, framework);
  if (result.ok) throw new Error('expected the link to be refused');
  return result.errors.map(formatFileIssue);
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('share links', () => {
  it('round-trips a file with Vietnamese text, a 20,000-character note and an answer to confirm', async () => {
    expect(file.assessment.answers['alpha.level']?.notes).toHaveLength(20_000);
    const result = await decodeShareLink(await encodeShareLink(file), framework);
    expect(result).toEqual({ ok: true, value: sharedAssessment });
  });

  it('round-trips a team’s assessment: respondents, each one’s answers and the round', async () => {
    const team = createAssessmentFile(framework, {
      ...file.assessment,
      respondents: [
        { id: 'ict', name: 'Sở Thông tin và Truyền thông', criteria: ['alpha'] },
        { id: 'edu', name: 'Sở Giáo dục và Đào tạo' },
      ],
      responses: {
        ict: { 'alpha.level': { value: 2, notes: 'Hai nhà mạng' } },
        edu: { 'beta.list': { value: ['b'] } },
      },
      round: 2,
    });
    const result = await decodeShareLink(await encodeShareLink(team), framework);
    expect(result.ok && result.value.assessment).toEqual(team.assessment);
  });

  it('is URL-safe, unpadded and shorter than the JSON', async () => {
    const payload = await encodeShareLink(file);
    expect(payload).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(payload.length).toBeLessThan(JSON.stringify(file).length);
  });

  it('is raw deflate of the compact JSON, in base64url', async () => {
    const payload = await encodeShareLink(file);
    expect(inflateRawSync(Buffer.from(payload, 'base64url')).toString('utf8')).toBe(JSON.stringify(file));
  });

  it('shrinks the example assessment to a link', async () => {
    const example = JSON.parse(
      readFileSync(new URL('../../src/example/binh-duong-2023.vi.json', import.meta.url), 'utf8'),
    ) as AssessmentFile;
    const payload = await encodeShareLink(example);
    // The measured length, for the record; a URL stays usable well beyond this.
    expect(payload.length).toBeLessThan(JSON.stringify(example).length / 2);
  });

  it('tolerates padding and whitespace from a copied link', async () => {
    const payload = await encodeShareLink(file);
    const padded = `${payload}${'='.repeat((4 - (payload.length % 4)) % 4)}`;
    const wrapped = ` ${padded.replace(/(.{60})/g, '$1\n')}\n`;
    expect(await decodeShareLink(wrapped, framework)).toEqual({ ok: true, value: sharedAssessment });
  });

  it('refuses a truncated link', async () => {
    const payload = await encodeShareLink(file);
    expect(await messagesOf(payload.slice(0, Math.floor(payload.length / 2)))).toEqual([
      expect.stringMatching(/^this link is damaged or incomplete: its data does not unpack \(/),
    ]);
  });

  it('refuses a link with a changed character', async () => {
    const payload = await encodeShareLink(file);
    const changed = `${payload.slice(0, 10)}${payload[10] === 'A' ? 'B' : 'A'}${payload.slice(11)}`;
    const result = await decodeShareLink(changed, framework);
    expect(result.ok).toBe(false);
  });

  it.each([
    ['an empty link', '', 'this link is damaged or incomplete: it holds no data'],
    [
      'characters outside base64url',
      'abc+/def',
      'this link is damaged or incomplete: it holds characters or a length that no share link has',
    ],
    [
      'a length base64 cannot have',
      'abcde',
      'this link is damaged or incomplete: it holds characters or a length that no share link has',
    ],
    [
      'a link longer than a 5 MB file can make',
      'A'.repeat(8 * 1024 * 1024),
      'this link is damaged or incomplete: it is longer than any share link',
    ],
  ])('refuses %s', async (_name, payload, message) => {
    expect(await messagesOf(payload)).toEqual([message]);
  });

  it('refuses data that unpacks to something other than a file', async () => {
    expect(await messagesOf(await payloadOf(new Uint8Array([0xff, 0xfe, 0x00])))).toEqual([
      'this link is damaged or incomplete: its data is not text',
    ]);
    expect(await messagesOf(await payloadOf(new TextEncoder().encode('[1, 2')))).toEqual([
      expect.stringMatching(/^not a JSON file \(/),
    ]);
  });

  it('refuses a compressed bomb without unpacking it all', async () => {
    const bomb = await payloadOf(new Uint8Array(50 * 1024 * 1024).fill(0x20));
    expect(bomb.length).toBeLessThan(100_000);
    // The real inflater, counted: it must stop soon after the 5 MB limit, not run to 50 MB.
    let unpacked = 0;
    const RealDecompressionStream = DecompressionStream;
    vi.stubGlobal(
      'DecompressionStream',
      class {
        readonly writable: WritableStream<BufferSource>;
        readonly readable: ReadableStream<Uint8Array>;
        constructor(format: CompressionFormat) {
          const inner = new RealDecompressionStream(format);
          this.writable = inner.writable;
          this.readable = inner.readable.pipeThrough(
            new TransformStream<Uint8Array, Uint8Array>({
              transform(chunk, controller) {
                unpacked += chunk.byteLength;
                controller.enqueue(chunk);
              },
            }),
          );
        }
      },
    );
    expect(await messagesOf(bomb)).toEqual([
      'this link cannot be opened: its data unpacks to more than 5 MB, more than any assessment file',
    ]);
    expect(unpacked).toBeGreaterThan(5 * 1024 * 1024);
    expect(unpacked).toBeLessThan(10 * 1024 * 1024);
  });

  it.each([
    ['a control character in a name', { ...file.assessment, profile: { name: 'Bình\u0007Dương' } }],
    [
      'a control character in a note',
      { ...file.assessment, answers: { 'alpha.level': { notes: 'a\u001Bb' } } },
    ],
    ['a level out of range', { ...file.assessment, answers: { 'alpha.level': { value: 9 } } }],
    [
      'a link that is not a web address',
      { ...file.assessment, answers: { 'alpha.level': { evidence: [{ url: 'javascript:alert(1)' }] } } },
    ],
  ])('lets in or refuses a file with %s exactly as a file import does', async (_name, assessment) => {
    const json = JSON.stringify({ ...file, assessment });
    const asFile = parseImportText(json, framework);
    const asLink = await decodeShareLink(await payloadOf(new TextEncoder().encode(json)), framework);
    expect(asLink).toEqual(asFile.ok ? { ok: true, value: asFile.value[0] } : asFile);
  });

  it('never throws on random links', async () => {
    const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_'.split('');
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(fc.string(), fc.string({ unit: fc.constantFrom(...alphabet), maxLength: 400 })),
        async (payload) => {
          const result = await decodeShareLink(payload, framework);
          expect(result.ok).toBe(false);
          if (!result.ok) expect(result.errors.length).toBeGreaterThan(0);
        },
      ),
      { numRuns: 300 },
    );
  });
});
