import { closeSync, fstatSync, openSync, readSync } from 'node:fs';

/** Why a path could not be read, when it is one of the common causes (else only the system's message). */
export type ReadErrorReason = 'not-found' | 'directory' | 'permission';

/** What a bounded read gives: the bytes, or that the source holds more than the limit. */
export type BoundedRead =
  { bytes: Uint8Array } | { tooLarge: true } | { error: string; reason?: ReadErrorReason };

const CHUNK_BYTES = 64 * 1024;

function sleep(milliseconds: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, milliseconds);
}

/**
 * Reads an open descriptor in chunks, stopping one byte past `limit`: an endless source
 * (/dev/zero, a pipe that never closes) is never read to its end.
 */
export function readDescriptor(fd: number, limit: number): BoundedRead {
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const buffer = new Uint8Array(Math.min(CHUNK_BYTES, limit + 1 - total));
    let count: number;
    try {
      count = readSync(fd, buffer, 0, buffer.length, null);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      // A non-blocking stdin (a terminal or pipe Node has touched) says "try again" rather than wait.
      if (code === 'EAGAIN') {
        sleep(10);
        continue;
      }
      if (code === 'EOF') break; // Windows, at the end of a pipe
      throw error;
    }
    if (count === 0) break;
    chunks.push(buffer.subarray(0, count));
    total += count;
    if (total > limit) return { tooLarge: true };
  }
  const bytes = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.length;
  }
  return { bytes };
}

const REASON_TEXTS: Record<ReadErrorReason, string> = {
  'not-found': 'no such file',
  directory: 'is a directory',
  permission: 'permission denied',
};

function describeError(error: unknown): { error: string; reason?: ReadErrorReason } {
  const code = (error as NodeJS.ErrnoException).code;
  const reason: ReadErrorReason | undefined =
    code === 'ENOENT'
      ? 'not-found'
      : code === 'EISDIR'
        ? 'directory'
        : code === 'EACCES' || code === 'EPERM'
          ? 'permission'
          : undefined;
  return reason ? { error: REASON_TEXTS[reason], reason } : { error: (error as Error).message };
}

/**
 * Reads at most `limit` bytes of any path: a regular file, a device, a FIFO. A FIFO waits for its
 * writer, as `cat` does.
 */
export function readPath(path: string, limit: number): BoundedRead {
  let fd: number;
  try {
    fd = openSync(path, 'r');
  } catch (error) {
    return describeError(error);
  }
  try {
    if (fstatSync(fd).isDirectory()) return { error: REASON_TEXTS.directory, reason: 'directory' };
    return readDescriptor(fd, limit);
  } catch (error) {
    return describeError(error);
  } finally {
    closeSync(fd);
  }
}
