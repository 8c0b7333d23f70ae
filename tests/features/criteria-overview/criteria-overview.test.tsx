import { act, render, screen, within } from '@testing-library/react';
import { beforeAll, describe, expect, it } from 'vitest';

import CriteriaOverview from '../../../src/features/criteria-overview/criteria-overview';
import { CriteriaErrorList, FrameworkGate } from '../../../src/framework/framework-gate';
import { loadBundledFramework } from '../../../src/framework/framework-promise';
import { initI18n } from '../../../src/i18n/i18n';

describe('CriteriaOverview', () => {
  beforeAll(async () => {
    await initI18n('en');
  });

  it('shows each criterion of the bundled framework with its questions, scales and evidence', async () => {
    // React resumes a suspended render when the promise settles; act() lets it finish in the test.
    await act(async () => {
      render(
        <FrameworkGate>
          <CriteriaOverview />
        </FrameworkGate>,
      );
      await loadBundledFramework();
    });
    const broadband = screen.getByRole('region', { name: 'Broadband' });
    expect(within(broadband).getByText(/11 questions/)).toBeInTheDocument();
    // ICF's current name beside the one the press uses, and a definition card on each figure.
    expect(within(broadband).getByText('ICF today: Broadband & digital services')).toBeInTheDocument();
    expect(
      within(screen.getByRole('region', { name: 'Advocacy' })).getByText('ICF today: Community engagement'),
    ).toBeInTheDocument();
    expect(within(broadband).getAllByText('Definition: what to measure and where to find it')).toHaveLength(
      7,
    );
    expect(within(broadband).getAllByText('Scored from 50% (0 points) to 100% (full points)')).toHaveLength(
      2,
    );
    expect(within(broadband).getByText(/Broadband Connectivity \(until 2015\)/)).toBeInTheDocument();
    expect(within(broadband).getAllByText('What counts as evidence:').length).toBe(11);
    expect(screen.getAllByRole('region')).toHaveLength(7);
  });
});

describe('CriteriaErrorList', () => {
  it('lists what is wrong with invalid criteria, file by file', () => {
    render(
      <CriteriaErrorList
        errors={[{ file: 'innovation.json', path: 'questions[3].levels', message: 'expected 5, got 4' }]}
      />,
    );
    expect(screen.getByRole('alert')).toHaveTextContent(
      'innovation.json: questions[3].levels: expected 5, got 4',
    );
  });
});
