import { create } from 'zustand';

/** Set by the service worker registration when a new version of the app is waiting. */
export const useUpdateStore = create<{ applyUpdate: (() => void) | null }>()(() => ({ applyUpdate: null }));
