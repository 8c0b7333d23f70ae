export type FileEncoding = 'utf-8' | 'utf-16le' | 'utf-16be';

/**
 * The encoding of a file's bytes, from its byte-order mark (UTF-8 without one). A decoder for the
 * returned encoding drops the mark itself (the Encoding Standard's BOM sniffing); the domain has no
 * TextDecoder, so the decoding is left to the caller.
 */
export function detectFileEncoding(bytes: Uint8Array): FileEncoding {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return 'utf-8';
}
