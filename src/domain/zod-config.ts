import { z } from 'zod/mini';
import en from 'zod/v4/locales/en.js';

// Imported first by every module that builds a schema, because zod fixes some settings when a
// schema is created.
// - jitless: otherwise zod probes `new Function` once, which the app's Content-Security-Policy
//   forbids (and Chrome reports it).
// - en: zod/mini ships without messages; file errors must say what was expected ("expected string").
z.config({ ...en(), jitless: true });
