import { act, render, screen, within } from '@testing-library/react';
import { join } from 'node:path';
import { Suspense } from 'react';
import { beforeAll, describe, expect, it } from 'vitest';

import { readCriteriaDirectory } from '../../../src/cli/read-criteria-directory';
import type { Framework } from '../../../src/domain/criteria/criterion-schema';
import type { CriteriaError } from '../../../src/domain/criteria/criteria-error';
import type { Result } from '../../../src/domain/result';
import { CriteriaOverview } from '../../../src/features/criteria-overview/criteria-overview';
import { initI18n } from '../../../src/i18n/i18n';

const framework = readCriteriaDirectory(join(import.meta.dirname, '../../../criteria'));

async function renderOverview(result: Result<Framework, CriteriaError>) {
  const promise = Promise.resolve(result);
  await act(async () => {
    render(
      <Suspense fallback="…">
        <CriteriaOverview framework={promise} />
      </Suspense>,
    );
    await promise;
  });
}

describe('CriteriaOverview', () => {
  beforeAll(async () => {
    await initI18n('en');
  });

  it('shows each criterion with its questions, scales and evidence', async () => {
    await renderOverview(framework);
    const broadband = screen.getByRole('region', { name: 'Broadband' });
    expect(within(broadband).getByText(/9 questions/)).toBeInTheDocument();
    expect(
      within(broadband).getByText('Scored from 50% (0 points) to 100% (full points)'),
    ).toBeInTheDocument();
    expect(within(broadband).getByText(/Broadband Connectivity \(until 2015\)/)).toBeInTheDocument();
    expect(within(broadband).getAllByText('What counts as evidence:').length).toBe(9);
    expect(screen.getAllByRole('region')).toHaveLength(7);
  });

  it('lists what is wrong with invalid criteria, file by file', async () => {
    await renderOverview({
      ok: false,
      errors: [{ file: 'innovation.json', path: 'questions[3].levels', message: 'expected 5, got 4' }],
    });
    expect(screen.getByRole('alert')).toHaveTextContent(
      'innovation.json: questions[3].levels: expected 5, got 4',
    );
  });
});
