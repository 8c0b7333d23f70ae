import { createFileIssue, type FileIssue } from '../domain/assessment/assessment-file';
import { fail, succeed, type Result } from '../domain/result';

/** An .xlsx is a zip file: its bytes start with a zip entry's signature. */
export function isZip(bytes: Uint8Array): boolean {
  return (
    bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04
  );
}

/** A respondent's workbook unpacks to well under a megabyte; these limits leave room for any real one. */
export const MAX_ZIP_ENTRIES = 500;
export const MAX_UNPACKED_BYTES = 50 * 1024 * 1024;

const EOCD_SIGNATURE = 0x06054b50;
const CENTRAL_SIGNATURE = 0x02014b50;
const LOCAL_SIGNATURE = 0x04034b50;
const STORED = 0;
const DEFLATED = 8;

function notAWorkbook(reason: string): Result<never, FileIssue> {
  return fail([
    createFileIssue('not-a-workbook', [], `this file cannot be read as an Excel workbook (${reason})`),
  ]);
}

function tooLarge(): Result<never, FileIssue> {
  return fail([
    createFileIssue(
      'not-a-workbook',
      [],
      `this workbook unpacks to more than ${MAX_UNPACKED_BYTES / 1024 / 1024} MB, more than any respondent's workbook`,
      { reason: 'too-big', values: { max: MAX_UNPACKED_BYTES / 1024 / 1024 } },
    ),
  ]);
}

type Entry = { method: number; compressedSize: number; localOffset: number };

function listEntries(view: DataView): Entry[] | string {
  // The end record sits in the last 22 bytes, or up to 64 KB earlier when the zip has a comment.
  let end = -1;
  for (let offset = view.byteLength - 22; offset >= Math.max(0, view.byteLength - 22 - 0xffff); offset -= 1) {
    if (view.getUint32(offset, true) === EOCD_SIGNATURE) {
      end = offset;
      break;
    }
  }
  if (end < 0) return 'no zip directory';
  const count = view.getUint16(end + 10, true);
  if (count > MAX_ZIP_ENTRIES) return `${count} parts, more than any workbook has`;
  const entries: Entry[] = [];
  let offset = view.getUint32(end + 16, true);
  for (let index = 0; index < count; index += 1) {
    if (offset + 46 > view.byteLength || view.getUint32(offset, true) !== CENTRAL_SIGNATURE) {
      return 'a damaged zip directory';
    }
    entries.push({
      method: view.getUint16(offset + 10, true),
      compressedSize: view.getUint32(offset + 20, true),
      localOffset: view.getUint32(offset + 42, true),
    });
    offset +=
      46 +
      view.getUint16(offset + 28, true) +
      view.getUint16(offset + 30, true) +
      view.getUint16(offset + 32, true);
  }
  return entries;
}

/** Inflates a part chunk by chunk and stops past the budget; the count of bytes, or null past it. */
async function countInflated(data: Uint8Array<ArrayBuffer>, budget: number): Promise<number | null> {
  const reader = new Blob([data]).stream().pipeThrough(new DecompressionStream('deflate-raw')).getReader();
  let length = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return length;
    length += value.byteLength;
    if (length > budget) {
      await reader.cancel();
      return null;
    }
  }
}

/**
 * Checks a zip before a spreadsheet library opens it. A few kilobytes of zip can unpack to
 * gigabytes, and the sizes a zip declares may lie, so every part is unpacked here as a stream and
 * counted, stopping once the total passes MAX_UNPACKED_BYTES: nothing is held in memory.
 */
export async function inspectZip(bytes: Uint8Array<ArrayBuffer>): Promise<Result<true, FileIssue>> {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const entries = listEntries(view);
  if (typeof entries === 'string') return notAWorkbook(entries);
  let total = 0;
  for (const entry of entries) {
    const local = entry.localOffset;
    if (local + 30 > view.byteLength || view.getUint32(local, true) !== LOCAL_SIGNATURE) {
      return notAWorkbook('a damaged zip entry');
    }
    const start = local + 30 + view.getUint16(local + 26, true) + view.getUint16(local + 28, true);
    const data = bytes.subarray(start, start + entry.compressedSize);
    if (entry.method === STORED) total += data.byteLength;
    else if (entry.method === DEFLATED) {
      let inflated: number | null;
      try {
        inflated = await countInflated(data, MAX_UNPACKED_BYTES - total);
      } catch {
        return notAWorkbook('a damaged zip entry');
      }
      if (inflated === null) return tooLarge();
      total += inflated;
    } else return notAWorkbook(`a zip entry packed with method ${entry.method}`);
    if (total > MAX_UNPACKED_BYTES) return tooLarge();
  }
  return succeed(true);
}
