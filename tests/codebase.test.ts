import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const run = promisify(execFile);

async function check(command: string, args: string[]): Promise<string> {
  try {
    await run(command, args, { maxBuffer: 16 * 1024 * 1024 });
    return '';
  } catch (error) {
    const { stdout = '', stderr = '' } = error as { stdout?: string; stderr?: string };
    return `${stdout}${stderr}`.trim() || String(error);
  }
}

// The same gates a reviewer would run by hand, so CI holds every change to them.
describe('the codebase', () => {
  it('type-checks under strict settings, with src/domain free of DOM types', async () => {
    expect(await check('npm', ['run', '--silent', 'typecheck'])).toBe('');
  });

  it('passes typed ESLint with zero warnings', async () => {
    expect(await check('npx', ['eslint', '.', '--max-warnings=0'])).toBe('');
  });

  it('is formatted with Prettier', async () => {
    expect(await check('npx', ['prettier', '--check', '--log-level=warn', '.'])).toBe('');
  });
});
