import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

import { runnerImport, type Plugin } from 'vite';

import type * as CriteriaReader from '../src/cli/read-criteria-directory';

/**
 * The loader is TypeScript with extensionless imports: Vite's module runner imports it, so that
 * loading vite.config.ts does not have to (its coming native loader could not).
 */
async function importCriteriaReader(): Promise<typeof CriteriaReader> {
  const { module } = await runnerImport<typeof CriteriaReader>(
    join(import.meta.dirname, '../src/cli/read-criteria-directory.ts'),
    { configFile: false, logLevel: 'silent' },
  );
  return module;
}

export const BUNDLED_FRAMEWORK = 'virtual:bundled-framework';

/**
 * The criteria bank is checked when the app is built or served, by the same domain loader the CLI
 * uses (schemas, ids, cross-references), and arrives in the browser as the checked framework, plain
 * data: a bank that fails its checks never ships (the build stops and names each problem), and no
 * start of the app spends time parsing it with zod.
 */
export function bundledCriteria(directory = join(import.meta.dirname, '../criteria')): Plugin {
  const resolved = `\0${BUNDLED_FRAMEWORK}`;
  return {
    name: 'bundled-criteria',
    resolveId: (source) => (source === BUNDLED_FRAMEWORK ? resolved : undefined),
    async load(id) {
      if (id !== resolved) return undefined;
      for (const name of readdirSync(directory)) {
        if (name.endsWith('.json')) this.addWatchFile(join(directory, name));
      }
      const history = join(directory, 'history');
      if (existsSync(history)) {
        for (const name of readdirSync(history)) this.addWatchFile(join(history, name));
      }
      const { readCriteriaDirectory } = await importCriteriaReader();
      const result = readCriteriaDirectory(directory);
      if (!result.ok) {
        const problems = result.errors.map((e) => `  ${e.file}${e.path ? ` ${e.path}` : ''}: ${e.message}`);
        this.error(`criteria/ does not pass its checks:\n${problems.join('\n')}`);
      }
      // JSON.parse of a string literal: the fastest way for a browser to read this much data.
      return `export default JSON.parse(${JSON.stringify(JSON.stringify(result.value))});`;
    },
  };
}
