import {
  MAX_FILE_BYTES,
  createFileIssue,
  type AssessmentFile,
  type FileIssue,
} from '../domain/assessment/assessment-file';
import type { ImportedAssessment } from '../domain/assessment/import-file';
import type { Framework } from '../domain/criteria/criterion-schema';
import { fail, succeed, type Result } from '../domain/result';
import { readImport } from '../files/read-import';

export const SHARE_ROUTE = '/share/';

// deflate-raw, not gzip: without header and checksum the link is 18 bytes shorter. A damaged link is
// then caught by the inflater, the JSON parser or the file checks, not by a checksum.
const COMPRESSION = 'deflate-raw';

// A payload that inflates to the size limit is at most this long (deflate adds 5 bytes per 64 KB
// stored block to data it cannot compress); anything longer is not worth decoding.
const MAX_PAYLOAD_LENGTH = Math.ceil(((MAX_FILE_BYTES * 1.001 + 1024) * 4) / 3);

function damaged(reason: string): Result<never, FileIssue> {
  return fail([
    createFileIssue('not-json', [], `this link is damaged or incomplete: ${reason}`, {
      reason: 'damaged-link',
    }),
  ]);
}

function toBase64Url(bytes: Uint8Array): string {
  let binary = '';
  // In slices: spreading megabytes into one String.fromCharCode call overflows the stack.
  for (let start = 0; start < bytes.length; start += 0x8000) {
    binary += String.fromCharCode(...bytes.subarray(start, start + 0x8000));
  }
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** The bytes of a base64url payload, or null when it is not one. */
function fromBase64Url(payload: string): Uint8Array<ArrayBuffer> | null {
  // A link copied from a mail or a chat may come wrapped over lines or padded.
  const compact = payload.replace(/\s+/g, '').replace(/={1,2}$/, '');
  if (!/^[A-Za-z0-9_-]*$/.test(compact) || compact.length % 4 === 1) return null;
  const binary = atob(compact.replace(/-/g, '+').replace(/_/g, '/'));
  return Uint8Array.from(binary, (char) => char.charCodeAt(0));
}

/** A short form of the file for a link: the payload goes after SHARE_ROUTE. */
export function encodeShareLink(file: AssessmentFile): Promise<string> {
  return encodeJsonPayload(file);
}

/** Any JSON as a link's payload: deflated, then base64url. */
export async function encodeJsonPayload(value: unknown): Promise<string> {
  const json = new TextEncoder().encode(JSON.stringify(value));
  const compressed = new Blob([json]).stream().pipeThrough(new CompressionStream(COMPRESSION));
  return toBase64Url(new Uint8Array(await new Response(compressed).arrayBuffer()));
}

/**
 * Inflates chunk by chunk and stops past the limit: a link of a few kilobytes can inflate to
 * gigabytes, which must never be held in memory.
 */
async function inflate(bytes: Uint8Array<ArrayBuffer>): Promise<Result<Uint8Array, FileIssue>> {
  const chunks: Uint8Array[] = [];
  let length = 0;
  try {
    const reader = new Blob([bytes]).stream().pipeThrough(new DecompressionStream(COMPRESSION)).getReader();
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      length += value.byteLength;
      if (length > MAX_FILE_BYTES) {
        await reader.cancel();
        return fail([
          createFileIssue(
            'not-json',
            [],
            `this link cannot be opened: its data unpacks to more than ${MAX_FILE_BYTES / 1024 / 1024} MB, more than any assessment file`,
            { reason: 'link-too-large', values: { max: MAX_FILE_BYTES / 1024 / 1024 } },
          ),
        ]);
      }
      chunks.push(value);
    }
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return damaged(`its data does not unpack (${reason})`);
  }
  const joined = new Uint8Array(length);
  let offset = 0;
  for (const chunk of chunks) {
    joined.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return succeed(joined);
}

/**
 * The bytes of a payload made by encodeJsonPayload, within the file size limit and checked to be
 * UTF-8 text, for the import door to read.
 */
export async function decodeJsonPayload(payload: string): Promise<Result<Uint8Array, FileIssue>> {
  if (payload.length > MAX_PAYLOAD_LENGTH) return damaged('it is longer than any share link');
  const bytes = fromBase64Url(payload);
  if (bytes === null) return damaged('it holds characters or a length that no share link has');
  if (bytes.length === 0) return damaged('it holds no data');
  const inflated = await inflate(bytes);
  if (!inflated.ok) return inflated;
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(inflated.value);
  } catch {
    return damaged('its data is not text');
  }
  return inflated;
}

/**
 * Reads a payload made by encodeShareLink; whatever the link holds, it answers with a Result. The
 * unpacked bytes go through the same door as a file picked for import, so a link is never let in
 * with what a file would be refused for.
 */
export async function decodeShareLink(
  payload: string,
  framework: Framework,
): Promise<Result<ImportedAssessment, FileIssue>> {
  const inflated = await decodeJsonPayload(payload);
  if (!inflated.ok) return inflated;
  const result = readImport({ bytes: inflated.value }, framework);
  if (!result.ok) return result;
  const [only, ...more] = result.value;
  if (!only || more.length > 0) return damaged('it holds more than one assessment');
  return succeed(only);
}
