import { detectFileEncoding } from '../domain/assessment/file-encoding';

/**
 * One decoder for every file the app or the CLI reads. The text of a file's bytes: UTF-8 with or without a byte-order mark, or UTF-16 (LE or BE) with
 * one; the mark is dropped. Bytes that are not valid in the encoding become U+FFFD, as a browser's
 * `File.text()` does, so the JSON parser names the place rather than the decoder refusing the file.
 */
export function decodeFileBytes(bytes: Uint8Array): string {
  return new TextDecoder(detectFileEncoding(bytes)).decode(bytes);
}
