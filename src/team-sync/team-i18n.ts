import i18next from 'i18next';

import en from '../i18n/team-sync-en.json';
import vi from '../i18n/team-sync-vi.json';

/**
 * The team texts join the UI catalogues when the team code loads: most people never work with a
 * team, and the catalogues of the first paint are part of its JavaScript budget.
 */
const addTeamTexts = () => {
  i18next.addResourceBundle('en', 'translation', en, true, false);
  i18next.addResourceBundle('vi', 'translation', vi, true, false);
};

if (i18next.isInitialized) addTeamTexts();
else i18next.on('initialized', addTeamTexts);
