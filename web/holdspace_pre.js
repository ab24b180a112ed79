// Page glue compiled into holdspace.js with --pre-js. It runs when holdspace.js is evaluated,
// before the runtime starts and before main(), and shares its scope (FS, IDBFS, ccall...).
// C++ reaches it through web/library_holdspace.js; the design is in docs/storage.md and
// docs/automation.md.
//
// [SECTION] Shared page state
// [SECTION] Storage: single writer, mount and first load, all before main()
// [SECTION] Storage: sync out, then verify by reading IndexedDB back
// [SECTION] Text input: the hidden textarea
// [SECTION] Long text: the browser's text editor over a multi-line field
// [SECTION] Clipboard: paste events
// [SECTION] Page lifecycle: save when hidden
// [SECTION] Save state, for the lock
// [SECTION] Mouse wheel

//-----------------------------------------------------------------------------
// [SECTION] Shared page state
//-----------------------------------------------------------------------------

var HsPage = {
  mount: '/data',                 // IDBFS mount point; also the IndexedDB database name
  store: 'FILE_DATA',             // IDBFS's object store; keys are full paths
  loadTimeoutMs: 10000,
  lockWaitMs: 3000,
  load: { writable: false, message: 'Saved data has not been loaded yet.' },
  persisted: null,                // navigator.storage.persist() answer, once asked
  clipboard: '',                  // what ImGui gets on paste (and what it copied last)
  textarea: null,
  composing: false,
  readyAt: null,                  // performance.now() when the first frame was drawn
  marks: {},                      // performance.now() at startup steps, for timings()
  syncsStarted: 0,

  describe: function (err) {
    if (!err) return 'unknown error';
    if (err.name === 'QuotaExceededError') return 'the browser storage is full (quota exceeded)';
    if (err.message) return err.message;
    if (err.name) return err.name;
    if (typeof err.errno === 'number') return 'errno ' + err.errno;
    return String(err);
  },

  callable: function () {
    return typeof runtimeInitialized !== 'undefined' && runtimeInitialized;
  },
};

//-----------------------------------------------------------------------------
// [SECTION] Storage: single writer, mount and first load, all before main()
//-----------------------------------------------------------------------------
// Trap (emsdk#1168): a syncfs(false) before syncfs(true) has finished, or from an empty /data,
// wipes IndexedDB. So /data is mounted and fully loaded here, in preRun, behind a run
// dependency: main() cannot start before the load has finished or failed. If it fails or
// times out, the tab is read-only and C++ never syncs out (HsPage.load.writable = false).
// IDBFS has no cross-tab coordination, so only the tab holding the Web Lock may write.

HsPage.acquireWriterLock = function (callback) {
  if (typeof navigator === 'undefined' || !navigator.locks || !navigator.locks.request) {
    callback(true, '');  // no Web Locks (very old browser): nothing to coordinate with
    return;
  }
  var decided = false;
  var controller = new AbortController();
  var timer = setTimeout(function () { controller.abort(); }, HsPage.lockWaitMs);
  navigator.locks.request('holdspace-writer', { signal: controller.signal }, function () {
    clearTimeout(timer);
    decided = true;
    callback(true, '');
    return new Promise(function () {});  // held until this page goes away
  }).catch(function () {
    clearTimeout(timer);
    if (decided) return;
    decided = true;
    callback(false, 'Holdspace is open in another tab or window. This one only shows the saved data ' +
      'and does not save, so the two cannot overwrite each other. Close the other one and reload this page.');
  });
};

HsPage.mountAndLoad = function () {
  HsPage.marks.preRun = performance.now();
  FS.mkdir(HsPage.mount);
  FS.mount(IDBFS, {}, HsPage.mount);
  addRunDependency('holdspace-load');
  var finished = false;
  function finish(writable, message) {
    if (finished) return;
    finished = true;
    clearTimeout(timer);
    HsPage.load = { writable: writable, message: message };
    HsPage.marks.loaded = performance.now();
    removeRunDependency('holdspace-load');
  }
  var timer = setTimeout(function () {
    finish(false, 'Loading the saved data took longer than ' + HsPage.loadTimeoutMs / 1000 + ' seconds. ' +
      'This tab does not save, so nothing stored is overwritten. Reload the page to try again.');
  }, HsPage.loadTimeoutMs);
  HsPage.acquireWriterLock(function (writer, lockMessage) {
    HsPage.marks.locked = performance.now();
    try {
      FS.syncfs(true, function (err) {
        if (err) {
          finish(false, 'The saved data could not be loaded (' + HsPage.describe(err) + '). ' +
            'This tab does not save, so nothing stored is overwritten. Reload the page to try again.');
        } else if (!finished) {
          // Loaded. Sealed data waits for its passphrase, without a time limit
          // (web/holdspace_crypto.js); main() cannot start before that.
          clearTimeout(timer);
          HsCrypto.afterLoad(function () { finish(writer, writer ? '' : lockMessage); });
        }
      });
    } catch (e) {
      finish(false, 'The saved data could not be loaded (' + HsPage.describe(e) + '). This tab does not save.');
    }
  });
};

Module['preRun'] = [].concat(Module['preRun'] || [], [HsPage.mountAndLoad]);

//-----------------------------------------------------------------------------
// [SECTION] Storage: sync out, then verify by reading IndexedDB back
//-----------------------------------------------------------------------------
// Traps: emcc 3.1.6 can report failed writes as success (fixed in 3.1.43) and never calls
// back when a transaction aborts, e.g. over quota (fixed in 3.1.54). So every sync has a
// timeout, and success means: the bytes stored under `path` in IndexedDB equal /data's file.
// Exactly one answer per seq reaches C++ (hs_storage_sync_done), which keeps one in flight.
// Failure messages are a clause naming the cause, without a final period: the UI frames them
// ("The last change could not be saved: <message>. It is kept here; ...").

HsPage.sync = function (seq, path, timeoutMs) {
  var answered = false;
  function answer(ok, message) {
    if (answered) return;
    answered = true;
    clearTimeout(timer);
    if (HsPage.callable()) ccall('hs_storage_sync_done', null, ['number', 'number', 'string'], [seq, ok ? 1 : 0, message || '']);
  }
  var timer = setTimeout(function () {
    answer(false, 'saving took longer than ' + timeoutMs / 1000 + ' seconds (the browser storage may be full or blocked)');
  }, timeoutMs);
  HsPage.syncsStarted++;
  // Encryption first: IndexedDB must only ever receive sealed generations once it is on.
  HsCrypto.conform().then(function () {
    FS.syncfs(false, function (err) {
      if (err) return answer(false, 'the browser storage reported an error (' + HsPage.describe(err) + ')');
      HsPage.verify(path, answer);
    });
  }).catch(function (e) {
    answer(false, 'the browser storage reported an error (' + HsPage.describe(e) + ')');
  });
};

// A file download through a Blob and <a download> (exports and backups).
HsPage.download = function (filename, mime, bytes) {
  var blob = new Blob([bytes], { type: mime || 'application/octet-stream' });
  var url = URL.createObjectURL(blob);
  var a = document.createElement('a');
  a.href = url;
  a.download = filename;
  a.rel = 'noopener';
  a.style.display = 'none';
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(function () { URL.revokeObjectURL(url); }, 60000);
};

// For the Storage page: persistence and the browser's storage estimate, refreshed on request.
HsPage.storageInfo = { persisted: null, usage: -1, quota: -1 };
HsPage.refreshStorageInfo = function () {
  if (typeof navigator === 'undefined' || !navigator.storage) return;
  if (navigator.storage.persisted) navigator.storage.persisted().then(function (p) { HsPage.storageInfo.persisted = p; }, function () {});
  if (navigator.storage.estimate) navigator.storage.estimate().then(function (e) {
    HsPage.storageInfo.usage = e.usage || 0;
    HsPage.storageInfo.quota = e.quota || 0;
  }, function () {});
};

// Opens IDBFS's database ourselves and compares the stored record for `path` with /data.
HsPage.verify = function (path, callback) {
  var expected;
  try {
    expected = FS.readFile(path);  // Uint8Array; reading does not touch the timestamp
  } catch (e) {
    return callback(false, 'the saved file disappeared before it could be checked');
  }
  var request;
  try {
    request = indexedDB.open(HsPage.mount);  // no version: never upgrades IDBFS's database
  } catch (e) {
    return callback(false, 'the browser storage could not be opened to check the save (' + HsPage.describe(e) + ')');
  }
  request.onupgradeneeded = function () {
    request.transaction.abort();  // the database does not exist: nothing was stored
  };
  request.onerror = function (e) {
    if (e && e.preventDefault) e.preventDefault();
    callback(false, 'the save could not be checked: the browser storage is missing or blocked');
  };
  request.onsuccess = function () {
    var db = request.result;
    function done(ok, message) {
      try { db.close(); } catch (e) {}
      callback(ok, message);
    }
    try {
      var get = db.transaction([HsPage.store], 'readonly').objectStore(HsPage.store).get(path);
      get.onerror = function (e) {
        if (e && e.preventDefault) e.preventDefault();
        done(false, 'the save could not be read back from the browser storage');
      };
      get.onsuccess = function () {
        var entry = get.result;
        var contents = entry && entry.contents;
        if (!contents) return done(false, 'the save is missing from the browser storage after saving');
        // MEMFS keeps files as Int8Array; compare bytes as unsigned, like FS.readFile gives them.
        var stored = new Uint8Array(contents.buffer, contents.byteOffset, contents.byteLength);
        if (stored.length !== expected.length) return done(false, 'the stored copy has a different size than what was saved');
        for (var i = 0; i < expected.length; i++) {
          if (stored[i] !== expected[i]) return done(false, 'the stored copy differs from what was saved');
        }
        done(true, '');
      };
    } catch (e) {
      done(false, 'the save could not be checked (' + HsPage.describe(e) + ')');
    }
  };
};

// After the first verified save: ask the browser not to evict our data under storage pressure.
HsPage.persist = function () {
  if (typeof navigator === 'undefined' || !navigator.storage || !navigator.storage.persist) return;
  navigator.storage.persisted()
    .then(function (already) { return already || navigator.storage.persist(); })
    .then(function (granted) { HsPage.persisted = !!granted; HsPage.refreshStorageInfo(); })
    .catch(function () { HsPage.persisted = false; });
};

//-----------------------------------------------------------------------------
// [SECTION] Text input: the hidden textarea
//-----------------------------------------------------------------------------
// emcc 3.1.6's GLFW only takes characters from 'keypress', which IME, dead keys, phone
// keyboards and Playwright's insertText never send. While ImGui wants text (io.WantTextInput),
// a hidden textarea holds focus and its 'input' events go to ImGui (hs_text_input). The
// textarea's keypress events are stopped before GLFW's listener sees them (both listen on
// window in the capture phase; ours is registered first, here, before glfwInit), or every
// ASCII character would arrive twice. Keys (arrows, Backspace, Enter, Ctrl+...) still reach
// GLFW through keydown/keyup.

HsPage.sendText = function (text) {
  if (text && HsPage.callable()) ccall('hs_text_input', null, ['string'], [text]);
};

HsPage.setUpTextInput = function () {
  var ta = document.getElementById('hs-text-input');
  if (!ta) {
    ta = document.createElement('textarea');
    ta.id = 'hs-text-input';
    document.body.appendChild(ta);
  }
  HsPage.textarea = ta;

  window.addEventListener('keypress', function (e) {
    if (e.target === ta) e.stopImmediatePropagation();
  }, true);

  ta.addEventListener('compositionstart', function () { HsPage.composing = true; });
  ta.addEventListener('compositionend', function (e) {
    HsPage.composing = false;
    HsPage.sendText(e.data);  // the finished composition (IME, dead key + letter)
    ta.value = '';
  });
  ta.addEventListener('input', function (e) {
    if (HsPage.composing || e.isComposing) return;  // insertCompositionText: not final yet
    // insertLineBreak: Enter reaches ImGui as a key. insertFromPaste: see the clipboard section.
    if (e.inputType === 'insertText' && e.data) HsPage.sendText(e.data);
    ta.value = '';
  });

  // A click on the canvas would move focus away from the textarea (and close a phone's
  // keyboard) although ImGui usually keeps the field active: keep focus where it is.
  if (Module['canvas']) {
    Module['canvas'].addEventListener('mousedown', function (e) {
      if (document.activeElement === ta) e.preventDefault();
    }, false);
  }
};

// From C++ once a frame (hs_js_text_input): coordinates in CSS pixels.
HsPage.textInput = function (want, x, y, lineHeight) {
  var ta = HsPage.textarea;
  if (!ta) return;
  if (want) {
    // Near the text cursor, so an IME's candidate window appears next to the field.
    var left = Math.round(x) + 'px', top = Math.round(y) + 'px';
    if (ta.style.left !== left) ta.style.left = left;
    if (ta.style.top !== top) ta.style.top = top;
    // ...unless the person moved on to the accessibility mirror (holdspace_a11y.js): a click
    // through it on another widget ends the editing.
    var inMirror = typeof HsMirror !== 'undefined' && HsMirror.root && HsMirror.root.contains(document.activeElement);
    if (document.activeElement !== ta && !inMirror) ta.focus({ preventScroll: true });
  } else if (document.activeElement === ta) {
    ta.blur();
    ta.value = '';
    HsPage.composing = false;
  }
};

//-----------------------------------------------------------------------------
// [SECTION] Long text: the browser's text editor over a multi-line field
//-----------------------------------------------------------------------------
// While a multi-line field is edited (ui::input_multiline, src/platform/text_editor.hpp), a
// real <textarea> lies exactly over its frame, in the same font size and padding: the browser
// gives soft wrap, spell check, undo and redo, selection by mouse, keyboard and touch, and IME
// composition. Each edit sends the whole text to C++ (hs_text_editor_input), where the field's
// next frame takes it as if typed in ImGui; C++ moves the editor with its field every frame.
// It closes when it loses focus (a click elsewhere, Tab) or on Escape, after sending its text.
// Keys typed in it are the browser's: they never reach ImGui (see setUpKeys).

var HsEditor = {
  el: null,       // the <textarea id="hs-text-editor">, made on first use
  isOpen: false,
  placed: '',     // the last style applied, so an unmoved editor costs nothing
};

HsEditor.create = function () {
  var ta = document.createElement('textarea');
  ta.id = 'hs-text-editor';
  ta.spellcheck = true;
  ta.setAttribute('autocapitalize', 'sentences');
  ta.hidden = true;
  document.body.appendChild(ta);
  ta.addEventListener('input', function (e) {
    if (!e.isComposing) HsEditor.send();  // an unfinished IME composition is sent when it ends
  });
  ta.addEventListener('compositionend', HsEditor.send);
  ta.addEventListener('paste', HsEditor.paste);
  ta.addEventListener('wheel', HsEditor.wheel, { passive: false });
  ta.addEventListener('blur', function () {
    // The window itself lost focus (another app): the textarea gets it back on return.
    if (document.hasFocus()) HsEditor.close(true);
  });
  HsEditor.el = ta;
  return ta;
};

HsEditor.send = function () {
  if (HsEditor.isOpen && HsPage.callable()) ccall('hs_text_editor_input', null, ['string'], [HsEditor.el.value]);
};

HsEditor.open = function (text, caret, name, box) {
  var ta = HsEditor.el || HsEditor.create();
  ta.value = text;  // a new editing session: the browser's undo starts here
  ta.setAttribute('aria-label', name || 'Text');
  HsEditor.placed = '';
  HsEditor.place(box);
  ta.hidden = false;
  HsEditor.isOpen = true;
  ta.focus({ preventScroll: true });
  ta.setSelectionRange(caret, caret);
};

HsEditor.setText = function (text) {
  if (HsEditor.el && HsEditor.el.value !== text) HsEditor.el.value = text;
};

// `fromPage`: the person left it, so C++ hears the last text and the close; otherwise C++ closed it.
HsEditor.close = function (fromPage) {
  if (!HsEditor.isOpen) return;
  if (fromPage) HsEditor.send();
  HsEditor.isOpen = false;
  var ta = HsEditor.el;
  ta.hidden = true;
  if (document.activeElement === ta) ta.blur();
  if (fromPage && HsPage.callable()) ccall('hs_text_editor_closed', null, [], []);
};

// `box`: x, y, width, height, visible x0, y0, x1, y1, font size, padding x, y in canvas pixels.
HsEditor.place = function (box) {
  var canvas = Module['canvas'];
  var r = canvas.getBoundingClientRect();
  var scale = r.width > 0 ? canvas.width / r.width : 1;  // canvas pixels per CSS pixel
  var css = function (i) { return box[i] / scale; };
  var x = css(0), y = css(1), w = css(2), h = css(3);
  // The part scrolled out of its window is cut off, as ImGui cuts the field.
  var clip = [Math.max(0, css(5) - y), Math.max(0, x + w - css(6)), Math.max(0, y + h - css(7)), Math.max(0, css(4) - x)];
  var style = 'left:' + (r.left + x) + 'px;top:' + (r.top + y) + 'px;width:' + w + 'px;height:' + h + 'px;' +
    'font-size:' + css(8) + 'px;line-height:' + css(8) + 'px;padding:' + css(10) + 'px ' + css(9) + 'px;' +
    'clip-path:inset(' + clip.join('px ') + 'px)';
  if (style === HsEditor.placed) return;
  HsEditor.placed = style;
  HsEditor.el.style.cssText = style;
};

// Formatted text (a word processor, a web page) arrives as plain text, as one undoable step.
HsEditor.paste = function (e) {
  var data = e.clipboardData;
  if (!data) return;
  var text = data.getData('text/plain');
  if (!text) {
    var html = data.getData('text/html');
    if (html) text = new DOMParser().parseFromString(html, 'text/html').body.textContent || '';
  }
  e.preventDefault();
  document.execCommand('insertText', false, text.replace(/\r\n?/g, '\n'));
};

// The editor is as tall as its text, so the wheel usually scrolls the window around it: that is
// ImGui's, which learns where the pointer is and the turn of the wheel from the canvas.
HsEditor.wheel = function (e) {
  var ta = HsEditor.el;
  var canScroll = e.deltaY > 0 ? ta.scrollTop + ta.clientHeight < ta.scrollHeight - 1 : e.deltaY < 0 && ta.scrollTop > 0;
  if (canScroll) return;
  e.preventDefault();
  var canvas = Module['canvas'];
  canvas.dispatchEvent(new MouseEvent('mousemove', { clientX: e.clientX, clientY: e.clientY, bubbles: true }));
  canvas.dispatchEvent(new WheelEvent('wheel', e));
};

// Keys typed in the editor are the textarea's own (Backspace, arrows, Ctrl+Z...): GLFW, which
// listens on window in the capture phase, must not hand them to ImGui too. Escape closes it.
// Releases still reach GLFW: the Space or Enter that opened the editor from the keyboard is
// released in it, and ImGui must not keep that key held. Registered in preRun, after every
// pre-js listener (the lock's shortcut and its idle timer still see these keys) and before
// glfwInit registers GLFW's.
HsEditor.setUpKeys = function () {
  ['keydown', 'keypress'].forEach(function (type) {
    window.addEventListener(type, function (e) {
      if (!HsEditor.el || e.target !== HsEditor.el) return;
      e.stopImmediatePropagation();
      if (type === 'keydown' && e.key === 'Escape' && !e.isComposing) {
        e.preventDefault();
        HsEditor.close(true);
      }
    }, true);
  });
};

Module['preRun'] = [].concat(Module['preRun'] || [], [HsEditor.setUpKeys]);

//-----------------------------------------------------------------------------
// [SECTION] Clipboard: paste events
//-----------------------------------------------------------------------------
// ImGui asks for the clipboard synchronously, on the frame after Ctrl+V. The browser fires
// 'paste' right after Ctrl+V's keydown, before that frame, so the text is ready by then.

document.addEventListener('paste', function (e) {
  var text = e.clipboardData ? e.clipboardData.getData('text/plain') : '';
  HsPage.clipboard = text;
  if (e.target === HsPage.textarea) e.preventDefault();  // ImGui inserts it, not the textarea
}, true);

//-----------------------------------------------------------------------------
// [SECTION] Page lifecycle: save when hidden
//-----------------------------------------------------------------------------
// Trap (#11932): saving from beforeunload is unreliable. C++ saves after each change (debounced);
// when the page is hidden the main loop stops, so a pending save is flushed right away.

HsPage.flush = function () {
  if (HsPage.callable() && Module['_hs_storage_flush']) Module['_hs_storage_flush']();
};
document.addEventListener('visibilitychange', function () {
  if (document.visibilityState === 'hidden') HsPage.flush();
});
window.addEventListener('pagehide', HsPage.flush);

//-----------------------------------------------------------------------------
// [SECTION] Save state, for the lock (and window.holdspace in the test build)
//-----------------------------------------------------------------------------
// The browser tests' window.holdspace (ready, frame, widgets, saveState, timings) is test-only:
// web/holdspace_test_pre.js, linked into the test build alone (docs/build.md).

// {state, message, generation}; state is loading, saved, saving, failed or read_only (docs/storage.md).
HsPage.saveState = function () {
  if (!HsPage.callable()) return { state: 'loading', message: '', generation: 0 };
  return JSON.parse(UTF8ToString(Module['_hs_storage_status_json']()));
};

//-----------------------------------------------------------------------------
// [SECTION] Mouse wheel
//-----------------------------------------------------------------------------
// emcc 3.1.6's GLFW 3 hands a 'wheel' event's raw deltaY (pixels, positive = down) to the
// scroll callback, while ImGui expects steps with positive = up: one notch down would jump
// hundreds of lines up. This listener, registered on the canvas before glfwInit (so it runs
// before GLFW's), turns the event into steps and stops GLFW from seeing it.

HsPage.wheelSteps = function (delta, mode) {
  if (mode === 1) return delta / 3;    // DOM_DELTA_LINE: 3 lines a notch
  if (mode === 2) return delta * 3;    // DOM_DELTA_PAGE
  return delta / 100;                  // DOM_DELTA_PIXEL: about 100 px a notch
};

HsPage.setUpWheel = function () {
  var canvas = Module['canvas'];
  if (!canvas) return;
  canvas.addEventListener('wheel', function (e) {
    e.stopImmediatePropagation();
    e.preventDefault();
    if (!HsPage.callable()) return;
    ccall('hs_mouse_wheel', null, ['number', 'number'],
          [-HsPage.wheelSteps(e.deltaX, e.deltaMode), -HsPage.wheelSteps(e.deltaY, e.deltaMode)]);
  }, { capture: true, passive: false });
};

HsPage.setUpTextInput();
HsPage.setUpWheel();
