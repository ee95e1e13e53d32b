/* Service worker: keeps what was read for offline reading. Pages are fetched from the network
   first (legal content stays fresh) and from the cache when offline; other files come from the
   cache first. One cache per build: `handbook-VERSION`; older ones are removed. The build
   writes this file to the site's root, after a line that sets self.HANDBOOK_VERSION. */
'use strict';
var CACHE = 'handbook-' + self.HANDBOOK_VERSION;
var OFFLINE = 'offline.html';

self.addEventListener('install', function (event) {
  event.waitUntil(caches.open(CACHE).then(function (cache) {
    return cache.addAll([OFFLINE, 'static/style.css']);
  }).then(function () { return self.skipWaiting(); }));
});

/* A new build brings a new cache: what readers saved or read is carried over (pages are
   refreshed from the network whenever there is one), then the old caches are removed. */
self.addEventListener('activate', function (event) {
  event.waitUntil(caches.keys().then(function (keys) {
    var old = keys.filter(function (key) { return key.indexOf('handbook-') === 0 && key !== CACHE; });
    return caches.open(CACHE).then(function (current) {
      return Promise.all(old.map(function (key) {
        return caches.open(key).then(function (previous) {
          return previous.keys().then(function (requests) {
            return Promise.all(requests.map(function (request) {
              return current.match(request).then(function (hit) {
                return hit || previous.match(request).then(function (response) { return current.put(request, response); });
              });
            }));
          });
        }).then(function () { return caches.delete(key); });
      }));
    });
  }).then(function () { return self.clients.claim(); }));
});

function remember(request, response) {
  if (response && response.ok && response.type === 'basic') {
    var copy = response.clone();
    caches.open(CACHE).then(function (cache) { cache.put(request, copy); });
  }
  return response;
}

self.addEventListener('fetch', function (event) {
  var request = event.request;
  if (request.method !== 'GET' || new URL(request.url).origin !== self.location.origin) return;
  if (request.mode === 'navigate') {
    event.respondWith(fetch(request).then(function (response) {
      return remember(request, response);
    }).catch(function () {
      return caches.match(request, { ignoreSearch: true }).then(function (hit) {
        return hit || caches.match(OFFLINE);
      });
    }));
    return;
  }
  event.respondWith(caches.match(request, { ignoreSearch: true }).then(function (hit) {
    return hit || fetch(request).then(function (response) { return remember(request, response); });
  }));
});
