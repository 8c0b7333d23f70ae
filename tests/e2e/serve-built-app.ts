import type { PreviewServer } from 'vite';
import { preview } from 'vite';
import type { TestProject } from 'vitest/node';

import { buildForProduction } from '../../scripts/build-for-production';

declare module 'vitest' {
  // Module augmentation merges declarations, which only an interface can do.
  // eslint-disable-next-line @typescript-eslint/consistent-type-definitions
  export interface ProvidedContext {
    baseUrl: string;
  }
}

/** Browser tests run against the production build, as users get it, served by `vite preview`. */
export default async function serveBuiltApp(project: TestProject): Promise<() => Promise<void>> {
  await buildForProduction();
  const server: PreviewServer = await preview({
    preview: { host: '127.0.0.1', port: 0, strictPort: false },
    logLevel: 'warn',
  });
  const url = server.resolvedUrls?.local[0];
  if (!url) throw new Error('vite preview did not report a URL');
  project.provide('baseUrl', url);
  return () => server.close();
}
