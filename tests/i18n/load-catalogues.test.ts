import i18next from 'i18next';
import { describe, expect, it } from 'vitest';

import en from '../../src/i18n/en.json';
import { changeLanguage, initI18n } from '../../src/i18n/i18n';
import vi from '../../src/i18n/vi.json';

// Part of the first paint's JavaScript budget: only the reader's catalogue loads at the start.
describe('loading the catalogues', () => {
  it('starts with the reader’s language only, loads the other on a switch, and keeps lazy texts', async () => {
    await initI18n('vi');
    expect(i18next.t('app.title')).toBe(vi.app.title);
    expect(i18next.exists('app.title', { lng: 'en' })).toBe(false);

    // A lazy chunk's texts (the team's) can reach a language before its catalogue does.
    i18next.addResourceBundle('en', 'translation', { lazySection: { text: 'Lazy' } }, true, false);
    await changeLanguage('en');
    expect(i18next.language).toBe('en');
    expect(i18next.t('app.title')).toBe(en.app.title);
    expect(i18next.getResource('en', 'translation', 'lazySection.text')).toBe('Lazy');

    await changeLanguage('vi');
    expect(i18next.t('app.title')).toBe(vi.app.title);
  });
});
