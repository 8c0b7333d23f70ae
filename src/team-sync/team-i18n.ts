import { addLazyTexts } from '../i18n/add-lazy-texts';
import en from '../i18n/team-sync-en.json';
import vi from '../i18n/team-sync-vi.json';

// The live team's texts load with the team sync code.
addLazyTexts(en, vi);
