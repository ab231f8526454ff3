/**
 * The status page's service worker (served at /t/sw.js, scope /t/): shows the hub's push
 * notifications — already written in the language the page was in — and opens the ticket's page
 * when one is tapped. Plain JavaScript: it is served as is, not bundled.
 */
/* global self, URL */

self.addEventListener('push', (event) => {
  let message;
  try {
    message = event.data ? event.data.json() : null;
  } catch {
    message = null;
  }
  if (!message || typeof message.title !== 'string') return;
  // The hub wrote the text in the page's language (any visitor language, #19); right-to-left ones
  // are listed here because a service worker imports no modules (shared/i18n/languages.ts).
  const language = typeof message.language === 'string' ? message.language : 'ar';
  const rtl = ['ar', 'ur', 'fa'].includes(language);
  event.waitUntil(
    self.registration.showNotification(message.title, {
      body: String(message.body ?? ''),
      lang: language,
      dir: rtl ? 'rtl' : 'ltr',
      tag: `dawr-${message.kind}`,
      renotify: message.kind === 'called',
      requireInteraction: message.kind === 'called',
      vibrate: message.kind === 'called' ? [300, 100, 300, 100, 300] : [200],
      data: { url: String(message.url ?? '/') },
    }),
  );
});

self.addEventListener('notificationclick', (event) => {
  event.notification.close();
  const url = new URL(event.notification.data?.url ?? '/', self.location.origin).href;
  event.waitUntil(
    self.clients.matchAll({ type: 'window', includeUncontrolled: true }).then((windows) => {
      const open = windows.find((w) => w.url === url);
      return open ? open.focus() : self.clients.openWindow(url);
    }),
  );
});
