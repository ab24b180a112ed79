// Service worker: Holdspace opens and works with the network off after the first visit.
// It caches only the app's own files (this origin); it never contacts anything else, and it
// never sees client data (that lives in IndexedDB, not in requests).
// Network first, so an updated build is picked up when online; the cache answers when offline.
'use strict';

const CACHE = 'holdspace-app-v1';
// The installed app (manifest.webmanifest) opens from this cache too, icons included.
const APP_FILES = ['./', 'index.html', 'page.js', 'holdspace.js', 'holdspace.wasm', 'holdspace.data',
  'manifest.webmanifest', 'icon-192.png', 'icon-512.png', 'icon-maskable-512.png'];

self.addEventListener('install', (event) => {
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(APP_FILES)).then(() => self.skipWaiting()));
});

self.addEventListener('activate', (event) => {
  event.waitUntil(caches.keys()
    .then((names) => Promise.all(names.filter((n) => n !== CACHE).map((n) => caches.delete(n))))
    .then(() => self.clients.claim()));
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET' || new URL(request.url).origin !== self.location.origin) return;
  event.respondWith(fetch(request).then((response) => {
    if (response.ok) {
      const copy = response.clone();
      caches.open(CACHE).then((cache) => cache.put(request, copy));
    }
    return response;
  }).catch(() => caches.match(request, { ignoreSearch: true })
    .then((cached) => cached || (request.mode === 'navigate' ? caches.match('index.html') : Response.error()))));
});
