import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import { renderApp } from '../../render-app';

import type { Language } from '../../../src/domain/language';
import { newAssessment } from './new-assessment';

async function openProfile(language: Language = 'en') {
  const app = await renderApp({
    url: '/assessments/a1/profile',
    language,
    assessments: [newAssessment({ profile: { name: 'Thành phố Huế', year: 2025 } })],
  });
  const heading = await screen.findByRole('heading', {
    level: 1,
    name: language === 'en' ? 'Community profile' : 'Thông tin cộng đồng',
  });
  const profile = () => app.readAssessment('a1')?.profile;
  return { ...app, heading, profile };
}

describe('the community profile step', () => {
  it('takes the focus to its heading when it opens', async () => {
    const { heading } = await openProfile();
    expect(heading).toHaveFocus();
  });

  it('saves every valid change as it is typed, trimmed, without a save button', async () => {
    const { user, profile } = await openProfile();
    await user.type(screen.getByRole('textbox', { name: 'Country' }), 'Việt Nam');
    await user.type(screen.getByRole('textbox', { name: 'Region' }), 'Bắc Trung Bộ ');
    await user.type(screen.getByRole('textbox', { name: 'Assessed by' }), 'Sở Khoa học và Công nghệ');
    expect(profile()).toEqual({
      name: 'Thành phố Huế',
      year: 2025,
      country: 'Việt Nam',
      region: 'Bắc Trung Bộ',
      assessor: 'Sở Khoa học và Công nghệ',
    });
  });

  it.each([
    ['en', '1 236 393', 1_236_393],
    ['en', '1,236,393', 1_236_393],
    ['vi', '2.763.124', 2_763_124],
  ] as const)('in %s, reads the population "%s" as %d', async (language, typed, population) => {
    const { user, profile } = await openProfile(language);
    await user.type(
      screen.getByRole('textbox', { name: language === 'en' ? 'Population' : 'Dân số' }),
      typed,
    );
    expect(profile()?.population).toBe(population);
  });

  it('says beside the field that a population must be a whole number, and saves nothing', async () => {
    const { user, profile } = await openProfile();
    const population = screen.getByRole('textbox', { name: 'Population' });
    await user.type(population, 'about 1.2 million');
    expect(population).toBeInvalid();
    expect(population).toHaveAccessibleDescription(
      'Enter the population as a whole number, for example 2763124.',
    );
    expect(profile()?.population).toBeUndefined();
  });

  it.each([
    ['en', 'Year assessed', 'Enter a year from 1990 to 2100.'],
    ['vi', 'Năm đánh giá', 'Hãy nhập năm trong khoảng 1990 đến 2100.'],
  ] as const)(
    'in %s, shows the year message beside the field and keeps the last valid year until it is fixed',
    async (language, label, message) => {
      const { user, profile } = await openProfile(language);
      const year = screen.getByRole('textbox', { name: label });
      await user.type(year, '20x5', { initialSelectionStart: 0, initialSelectionEnd: 4 });
      expect(year).toHaveAttribute('aria-invalid', 'true');
      const describedBy = year.getAttribute('aria-describedby') ?? '';
      expect(document.getElementById(describedBy)).toHaveTextContent(message);
      expect(profile()?.year).toBe(2025);
      await user.type(year, '2026', { initialSelectionStart: 0, initialSelectionEnd: 4 });
      expect(year).toBeValid();
      expect(screen.queryByText(message)).not.toBeInTheDocument();
      expect(profile()?.year).toBe(2026);
    },
  );

  it('removes the year when the field is emptied, as it is optional', async () => {
    const { user, profile } = await openProfile();
    await user.clear(screen.getByRole('textbox', { name: 'Year assessed' }));
    expect(profile()).toEqual({ name: 'Thành phố Huế' });
  });

  it('refuses an empty community name and keeps the saved one', async () => {
    const { user, profile } = await openProfile();
    const name = screen.getByRole('textbox', { name: 'Community name' });
    await user.clear(name);
    expect(name).toHaveAccessibleDescription(expect.stringContaining("Enter the community's name."));
    expect(profile()?.name).toBe('Thành phố Huế');
    await user.type(name, 'Thừa Thiên Huế');
    expect(profile()?.name).toBe('Thừa Thiên Huế');
  });

  it('saves the valid fields typed beside an invalid one, and the header says what is not saved', async () => {
    const { user, profile } = await openProfile();
    await user.click(screen.getByRole('textbox', { name: 'Population' }));
    await user.paste('12.5');
    await user.type(screen.getByRole('textbox', { name: 'Region' }), 'Bắc Trung Bộ');
    expect(screen.getByRole('textbox', { name: 'Population' })).toBeInvalid();
    expect(profile()).toEqual({ name: 'Thành phố Huế', year: 2025, region: 'Bắc Trung Bộ' });
    expect(screen.getByText('Not saved: correct the field marked ⚠')).toBeInTheDocument();
    await user.clear(screen.getByRole('textbox', { name: 'Population' }));
    expect(screen.getByText('All changes saved')).toBeInTheDocument();
  });

  it('limits each text field to what an assessment may hold, and mends pasted line breaks', async () => {
    const { user, profile } = await openProfile();
    for (const name of ['Community name', 'Country', 'Region', 'Assessed by']) {
      expect(screen.getByRole('textbox', { name })).toHaveAttribute('maxlength', '300');
    }
    const region = screen.getByRole('textbox', { name: 'Region' });
    await user.click(region);
    await user.paste('Bắc\u000bTrung\u0085Bộ\u0007');
    expect(profile()?.region).toBe('Bắc Trung Bộ');
  });
});
