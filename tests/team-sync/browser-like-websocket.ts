import { WebSocket } from 'ws';

/**
 * Node's ws WebSocket, behaving as a browser's where the provider relies on it: closing a socket
 * that is still connecting is not an error nobody hears (ws emits one, which would end the test).
 */
export class BrowserLikeWebSocket extends WebSocket {
  constructor(...args: ConstructorParameters<typeof WebSocket>) {
    super(...args);
    this.on('error', () => undefined);
  }
}
