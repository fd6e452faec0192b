/**
 * Registers the service worker that keeps the page usable offline. Only over http(s): from a
 * folder (file://) browsers allow no service worker, and the page works there without one.
 */
export function registerServiceWorker(): void {
  // The dev server has no sw.js (it is written by the build).
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
  if (location.protocol !== 'https:' && location.protocol !== 'http:') return;
  // After load, so caching the assets never competes with the first paint.
  window.addEventListener('load', () => {
    navigator.serviceWorker.register('./sw.js').catch(() => {
      // Offline support is a bonus: a refused registration leaves the page working online.
    });
  });
}
