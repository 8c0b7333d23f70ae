import { registerSW } from 'virtual:pwa-register';

import { useUpdateStore } from '../components/update-store';

// After one visit the whole app, the PDF code and fonts included, works with the network off.
const updateServiceWorker = registerSW({
  onNeedRefresh: () => useUpdateStore.setState({ applyUpdate: () => void updateServiceWorker(true) }),
});
