import { addLazyTexts } from './add-lazy-texts';
import en from './team-page-en.json';
import vi from './team-page-vi.json';

// The respondents' Team page and the respondent's pack page bring their texts with them.
addLazyTexts(en, vi);
