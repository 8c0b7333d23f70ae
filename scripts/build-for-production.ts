import { build, type InlineConfig } from 'vite';

/**
 * The production build, as users get it, whatever NODE_ENV the caller runs under: vitest sets it to
 * "test", and Vite builds for the NODE_ENV it finds, which made the browser tests drive React's
 * development build (an entry chunk of 414 KB instead of 225). Shared by the browser tests and the bench.
 */
export async function buildForProduction(config: InlineConfig = {}): Promise<void> {
  const nodeEnv = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    await build({ logLevel: 'warn', ...config });
  } finally {
    process.env.NODE_ENV = nodeEnv;
  }
}
