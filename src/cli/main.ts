import { fileURLToPath } from 'node:url';

import { runCli } from './run-cli';

const result = runCli(process.argv.slice(2), {
  criteriaDirectory: fileURLToPath(new URL('../../criteria', import.meta.url)),
});
if (result.stdout) process.stdout.write(result.stdout);
if (result.stderr) process.stderr.write(result.stderr);
process.exitCode = result.exitCode;
