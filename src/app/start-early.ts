// Imported first by main.tsx, so it runs before React's code evaluates: the browser opens the
// list's database meanwhile (see early-index.ts).
import { openIndexEarly } from '../persistence/early-index';

void openIndexEarly();
