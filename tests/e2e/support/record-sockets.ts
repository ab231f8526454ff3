/**
 * Notes when the page opens each WebSocket (`window.__socketsOpenedAt`, in ms since navigation), for the
 * first-frame specs: what may start only after the first contentful paint. A string: `addInitScript` runs
 * it before the page's own scripts.
 */
export const RECORD_SOCKETS = `(() => {
  window.__socketsOpenedAt = [];
  const Native = window.WebSocket;
  window.WebSocket = class extends Native {
    constructor(...args) {
      window.__socketsOpenedAt.push(performance.now());
      super(...args);
    }
  };
})()`;
