import { fileURLToPath } from 'node:url';

import { readDescriptor } from './read-input';
import { runCliAsync, type ReadStdin } from './run-cli';
import { writeComparison, writeReport } from './write-report-files';

// Descriptor 0 itself: process.stdin would make a pipe non-blocking.
const readStdin: ReadStdin = (limit) => {
  try {
    return readDescriptor(0, limit);
  } catch (error) {
    return { error: (error as Error).message };
  }
};

const result = await runCliAsync(process.argv.slice(2), {
  criteriaDirectory: fileURLToPath(new URL('../../criteria', import.meta.url)),
  readStdin,
  writeReport,
  writeComparison,
});
if (result.stdout) process.stdout.write(result.stdout);
if (result.stderr) process.stderr.write(result.stderr);
process.exitCode = result.exitCode;
