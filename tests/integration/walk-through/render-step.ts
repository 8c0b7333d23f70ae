import type { Assessment } from '../../../src/domain/assessment/assessment-schema';
import type { Language } from '../../../src/domain/language';
import { renderApp, type RenderedApp } from '../../render-app';

/**
 * The app opened at a step of an assessment. renderApp waits for the one navigation of the shell,
 * and a step has three (main, stepper, previous/next), so the app opens at the list and then
 * follows the step's URL, as a link would.
 */
export async function renderStep(
  url: string,
  options: { language?: Language; assessments: readonly Assessment[] },
): Promise<RenderedApp> {
  const app = await renderApp({ url: '/', ...options });
  await app.navigate(url);
  return app;
}
