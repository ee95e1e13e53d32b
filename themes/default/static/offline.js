/* Offline reading: registers the service worker where there is one (never required), and
   lets readers save a whole language for offline reading from its front page. */
(function () {
  'use strict';
  if (!('serviceWorker' in navigator) || !/^https?:$/.test(location.protocol)) return;
  var script = document.currentScript;
  var root = script.src.replace(/static\/offline\.js.*$/, '');
  navigator.serviceWorker.register(root + 'sw.js').catch(function () { /* offline reading stays off */ });
  var button = document.querySelector('[data-offline-save]');
  if (!button || !window.caches || !window.fetch) return;
  var status = document.querySelector('[data-offline-status]');
  var manifest = fetch(root + button.dataset.offlineSave).then(function (r) { return r.json(); });
  manifest.then(function (m) {
    var mb = m.bytes / 1048576;
    button.textContent = button.dataset.label.replace('{size}', mb >= 1 ? mb.toFixed(1) + ' MB' : Math.ceil(m.bytes / 1024) + ' KB');
    button.hidden = false;
  }, function () { /* no list: no button */ });
  button.addEventListener('click', function () {
    button.disabled = true;
    status.textContent = button.dataset.textSaving;
    manifest.then(function (manifest) {
      return caches.open('handbook-' + manifest.version).then(function (cache) {
        var done = 0, urls = manifest.files.map(function (f) { return root + f; });
        var next = function () {
          var batch = urls.splice(0, 8);
          if (!batch.length) return Promise.resolve();
          return cache.addAll(batch).then(function () {
            done += batch.length;
            status.textContent = button.dataset.textSaving + ' ' + Math.round(100 * done / manifest.files.length) + '%';
            return next();
          });
        };
        return next();
      });
    }).then(function () {
      status.textContent = button.dataset.textSaved;
      button.dataset.saved = '1';
    }, function () {
      status.textContent = button.dataset.textFailed;
      button.disabled = false;
    });
  });
})();
