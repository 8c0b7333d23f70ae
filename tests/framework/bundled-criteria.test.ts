import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { afterAll, describe, expect, it } from 'vitest';

import { BUNDLED_FRAMEWORK, bundledCriteria } from '../../scripts/bundled-criteria-plugin';
import { readCriteriaDirectory } from '../../src/cli/read-criteria-directory';
import { bundledFramework } from '../../src/framework/bundled-criteria';

const criteria = join(import.meta.dirname, '../../criteria');
const directories: string[] = [];
afterAll(() => {
  for (const directory of directories) rmSync(directory, { recursive: true, force: true });
});

/** What the plugin makes of a criteria directory, as Vite would ask for it. */
async function loadWith(directory: string): Promise<string> {
  const plugin = bundledCriteria(directory);
  const resolveId = plugin.resolveId as (source: string) => string | undefined;
  const load = plugin.load as (this: object, id: string) => Promise<string>;
  const id = resolveId(BUNDLED_FRAMEWORK);
  if (!id) throw new Error('the plugin does not resolve its module');
  return load.call(
    {
      addWatchFile: () => undefined,
      error: (message: string) => {
        throw new Error(message);
      },
    },
    id,
  );
}

describe('the bundled criteria', () => {
  it('are the framework the domain loader builds from criteria/, checked when the app is built', () => {
    const read = readCriteriaDirectory(criteria);
    if (!read.ok) throw new Error('criteria/ is invalid');
    expect(bundledFramework).toEqual({ ok: true, value: read.value });
  });

  it('stop the build, naming the file and the place, when criteria/ fails its checks', async () => {
    const directory = mkdtempSync(join(tmpdir(), 'criteria-'));
    directories.push(directory);
    cpSync(criteria, directory, { recursive: true });
    writeFileSync(join(directory, 'framework.json'), JSON.stringify({ id: 'icf', criteria: ['nowhere'] }));
    await expect(loadWith(directory)).rejects.toThrow(
      /criteria\/ does not pass its checks:\n.*framework\.json/,
    );
  });
});
