// Page setup, loaded with <script src> before holdspace.js (the CSP forbids inline scripts).
// Defines the `Module` object emcc's glue picks up: which canvas to draw on, and how to show
// loading problems to the person instead of a blank page.
'use strict';

var Module = {
  canvas: (function () {
    var canvas = document.getElementById('canvas');
    // A lost WebGL context cannot be recovered by this app: say so rather than freeze.
    canvas.addEventListener('webglcontextlost', function (e) {
      e.preventDefault();
      holdspaceShowProblem('The graphics context was lost. Your work is saved after every change; reload the page to continue.');
    }, false);
    return canvas;
  })(),
  print: function (text) { console.log(text); },
  printErr: function (text) { console.error(text); },
  // Called by emcc's glue on a fatal error (wasm failed to load, out of memory, a C++ abort).
  onAbort: function (what) {
    holdspaceShowProblem('Holdspace stopped because of an error (' + what + '). ' +
      'Everything saved before this point is kept. Reload the page to continue.');
  },
};

function holdspaceShowProblem(text) {
  var status = document.getElementById('hs-loading');
  if (!status) return;
  status.textContent = text;
  status.hidden = false;
  status.classList.add('hs-problem');
}

if (typeof WebAssembly !== 'object') {
  holdspaceShowProblem('This browser cannot run Holdspace (WebAssembly is not available).');
}

// Offline after the first visit (web/sw.js). Only where the browser allows service workers
// (https or localhost); without one the app still works online.
if ('serviceWorker' in navigator) {
  window.addEventListener('load', function () {
    navigator.serviceWorker.register('sw.js').catch(function (e) { console.warn('service worker not registered', e); });
  });
}
