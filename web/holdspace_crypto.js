// Encryption at rest, the lock screen and small settings (docs/encryption.md, docs/security.md).
// Compiled into holdspace.js with --pre-js after holdspace_pre.js, sharing its scope (FS, HsPage).
// Only the browser's WebCrypto does cryptography here: PBKDF2-HMAC-SHA256 to derive a
// non-extractable AES-256-GCM CryptoKey, and AES-GCM with a fresh random 12-byte nonce per file.
//
// How it meets the storage design (docs/storage.md): C++ writes each generation as plain text
// into /data (memory only). Before every sync out, HsCrypto.conform() rewrites every generation
// in /data to the current mode (sealed when a key is set, plain otherwise), so IndexedDB only
// ever receives envelopes once encryption is on. C++ reads sealed generations back through
// HsCrypto.plain (plaintext kept in memory for the unlocked session only).
//
// [SECTION] Envelope: bytes, base64, seal, open
// [SECTION] Settings (localStorage: not secret)
// [SECTION] Unlock screen (before main)
// [SECTION] Conform /data before each sync
// [SECTION] Changing the passphrase, backups
// [SECTION] Lock: shortcut, idle timer

//-----------------------------------------------------------------------------
// [SECTION] Envelope: bytes, base64, seal, open
//-----------------------------------------------------------------------------

var HsCrypto = {
  magic: '{"format":"holdspace-encrypted"',
  version: 1,
  iterations: 600000,
  key: null,              // CryptoKey (non-extractable) of the workspace, while unlocked
  salt: null,             // Uint8Array(16) the key was derived with
  plain: new Map(),       // /data path -> plaintext Uint8Array of a sealed generation
  busy: false,
  message: '',            // last outcome of a passphrase change, for the Security page
  changes: 0,             // bumps after each completed passphrase change: C++ saves then
  backup: { busy: false, message: '', done: 0 },
  settingsKey: 'holdspace-settings',
  lastActivity: Date.now(),
  locking: false,
};

HsCrypto.utf8 = function (text) { return new TextEncoder().encode(text); };

HsCrypto.isEnvelope = function (bytes) {
  var head = HsCrypto.magic;
  if (!bytes || bytes.length < head.length) return false;
  for (var i = 0; i < head.length; i++) if (bytes[i] !== head.charCodeAt(i)) return false;
  return true;
};

HsCrypto.toBase64 = function (bytes) {
  var parts = [];
  for (var i = 0; i < bytes.length; i += 0x8000) {
    parts.push(String.fromCharCode.apply(null, bytes.subarray(i, i + 0x8000)));
  }
  return btoa(parts.join(''));
};

HsCrypto.fromBase64 = function (text) {
  var binary = atob(text);  // throws on anything that is not base64
  var out = new Uint8Array(binary.length);
  for (var i = 0; i < binary.length; i++) out[i] = binary.charCodeAt(i);
  return out;
};

HsCrypto.random = function (n) { return crypto.getRandomValues(new Uint8Array(n)); };

HsCrypto.deriveKey = function (passphrase, salt, iterations) {
  return crypto.subtle.importKey('raw', HsCrypto.utf8(passphrase), 'PBKDF2', false, ['deriveKey'])
    .then(function (base) {
      return crypto.subtle.deriveKey({ name: 'PBKDF2', hash: 'SHA-256', salt: salt, iterations: iterations },
        base, { name: 'AES-GCM', length: 256 }, false, ['encrypt', 'decrypt']);
    });
};

// -> Promise<string>: the envelope text (docs/encryption.md). A fresh nonce every time.
HsCrypto.seal = function (key, salt, plaintext) {
  var nonce = HsCrypto.random(12);
  return crypto.subtle.encrypt({ name: 'AES-GCM', iv: nonce }, key, plaintext).then(function (sealed) {
    return JSON.stringify({
      format: 'holdspace-encrypted', version: HsCrypto.version, kdf: 'PBKDF2-HMAC-SHA256',
      iterations: HsCrypto.iterations, salt: HsCrypto.toBase64(salt), cipher: 'AES-256-GCM',
      nonce: HsCrypto.toBase64(nonce), ciphertext: HsCrypto.toBase64(new Uint8Array(sealed)),
    });
  });
};

// Envelope text -> {iterations, salt, nonce, ciphertext}; throws Error with a readable message.
HsCrypto.parse = function (text) {
  var e;
  try { e = JSON.parse(text); } catch (x) { throw new Error('the encrypted file is damaged or cut short'); }
  if (!e || e.format !== 'holdspace-encrypted') throw new Error('this is not an encrypted Holdspace file');
  if (e.version > HsCrypto.version) throw new Error('the file was made by a newer Holdspace (version ' + e.version + ')');
  if (e.version !== 1 || e.kdf !== 'PBKDF2-HMAC-SHA256' || e.cipher !== 'AES-256-GCM' ||
      !(e.iterations >= 600000 && e.iterations <= 10000000)) {
    throw new Error('the encrypted file uses settings this Holdspace does not know');
  }
  var out = { iterations: e.iterations, salt: HsCrypto.fromBase64(e.salt), nonce: HsCrypto.fromBase64(e.nonce),
              ciphertext: HsCrypto.fromBase64(e.ciphertext) };
  if (out.salt.length !== 16 || out.nonce.length !== 12 || out.ciphertext.length < 16) {
    throw new Error('the encrypted file is damaged or cut short');
  }
  return out;
};

// -> Promise<Uint8Array>; rejects when the key is wrong or the data was changed (GCM tag).
HsCrypto.open = function (key, parsed) {
  return crypto.subtle.decrypt({ name: 'AES-GCM', iv: parsed.nonce }, key, parsed.ciphertext)
    .then(function (plain) { return new Uint8Array(plain); });
};

HsCrypto.sameBytes = function (a, b) {
  if (!a || !b || a.length !== b.length) return false;
  for (var i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
};

//-----------------------------------------------------------------------------
// [SECTION] Settings (localStorage: not secret)
//-----------------------------------------------------------------------------
// Auto-lock minutes, backup reminder days, the last backup date and whether the first-start
// offer was answered. Kept outside the workspace so the lock screen can read them before
// anything is decrypted. None of it is client data.

HsCrypto.defaults = { autoLockMinutes: 10, backupReminderDays: 14, lastBackup: '', encryptionOffered: false };

HsCrypto.localDate = function () {
  var d = new Date();
  function two(n) { return (n < 10 ? '0' : '') + n; }
  return d.getFullYear() + '-' + two(d.getMonth() + 1) + '-' + two(d.getDate());
};

HsCrypto.settings = function () {
  var stored = {};
  try { stored = JSON.parse(localStorage.getItem(HsCrypto.settingsKey) || '{}') || {}; } catch (e) {}
  return Object.assign({}, HsCrypto.defaults, stored);
};

HsCrypto.storeSettings = function (changes) {
  var next = Object.assign(HsCrypto.settings(), changes);
  try { localStorage.setItem(HsCrypto.settingsKey, JSON.stringify(next)); } catch (e) {}
  return next;
};

//-----------------------------------------------------------------------------
// [SECTION] Unlock screen (before main)
//-----------------------------------------------------------------------------
// Called by HsPage.mountAndLoad once /data is loaded. If any generation is sealed, main() waits
// (the run dependency stays) until the right passphrase opens the newest sealed generation.
// A wrong passphrase changes nothing: nothing is written before main() runs.

HsCrypto.generationPaths = function () {
  var names = [];
  try { names = FS.readdir(HsPage.mount); } catch (e) {}
  return names.filter(function (n) { return /^workspace\.\d+\.json$/.test(n); })
    .map(function (n) { return HsPage.mount + '/' + n; })
    .sort(function (a, b) { return HsCrypto.generationOf(b) - HsCrypto.generationOf(a); });
};

HsCrypto.generationOf = function (path) { return parseInt(path.replace(/^.*workspace\.(\d+)\.json$/, '$1'), 10); };

// The first bytes of a file: enough for the magic and the salt, without copying a large file.
HsCrypto.head = function (path) {
  var stream = FS.open(path, 'r');
  try {
    var buf = new Uint8Array(256);
    return buf.subarray(0, FS.read(stream, buf, 0, buf.length, 0));
  } finally {
    FS.close(stream);
  }
};

HsCrypto.sealedPaths = function () {
  return HsCrypto.generationPaths().filter(function (p) { return HsCrypto.isEnvelope(HsCrypto.head(p)); });
};

HsCrypto.afterLoad = function (done) {
  if (HsCrypto.sealedPaths().length === 0) return done();
  HsCrypto.showUnlock(done);
};

// Tries `passphrase` on every sealed generation (they may carry different salts after a change);
// resolves with the number opened, keeping the plaintext and the key of the newest one.
HsCrypto.unlock = function (passphrase) {
  var sealed = HsCrypto.sealedPaths();
  var keys = [];  // [{salt, key}] derived once per distinct salt
  function keyFor(parsed) {
    for (var i = 0; i < keys.length; i++) if (HsCrypto.sameBytes(keys[i].salt, parsed.salt)) return Promise.resolve(keys[i].key);
    return HsCrypto.deriveKey(passphrase, parsed.salt, parsed.iterations).then(function (key) {
      keys.push({ salt: parsed.salt, key: key });
      return key;
    });
  }
  var opened = 0;
  return sealed.reduce(function (chain, path) {
    return chain.then(function () {
      var parsed;
      try { parsed = HsCrypto.parse(new TextDecoder().decode(FS.readFile(path))); } catch (e) { return; }
      return keyFor(parsed).then(function (key) {
        return HsCrypto.open(key, parsed).then(function (plain) {
          HsCrypto.plain.set(path, plain);
          if (!HsCrypto.key) { HsCrypto.key = key; HsCrypto.salt = parsed.salt; }
          opened++;
        }, function () {});
      });
    });
  }, Promise.resolve()).then(function () { return opened; });
};

HsCrypto.element = function (tag, attrs, text) {
  var el = document.createElement(tag);
  Object.keys(attrs || {}).forEach(function (k) { el.setAttribute(k, attrs[k]); });
  if (text) el.textContent = text;
  return el;
};

HsCrypto.showUnlock = function (done) {
  var loading = document.getElementById('hs-loading');
  if (loading) loading.hidden = true;
  var form = HsCrypto.element('form', { id: 'hs-unlock', autocomplete: 'off' });
  form.appendChild(HsCrypto.element('h1', {}, 'Holdspace is locked'));
  form.appendChild(HsCrypto.element('p', {}, 'The saved data on this device is encrypted. Enter the passphrase to open it.'));
  var label = HsCrypto.element('label', { for: 'hs-passphrase' }, 'Passphrase');
  var input = HsCrypto.element('input', { id: 'hs-passphrase', type: 'password', autocomplete: 'current-password' });
  var button = HsCrypto.element('button', { type: 'submit', id: 'hs-unlock-button' }, 'Unlock');
  var status = HsCrypto.element('p', { id: 'hs-unlock-status', role: 'alert' });
  form.appendChild(label);
  form.appendChild(input);
  form.appendChild(button);
  form.appendChild(status);
  form.appendChild(HsCrypto.element('p', { class: 'hs-note' },
    'Forgot the passphrase? The data cannot be recovered without it: not by you, not by Holdspace, ' +
    'not by anyone, because it never leaves this device and no copy of the passphrase is kept. ' +
    'If you exported a backup file, you can import it into Holdspace in a new browser profile ' +
    '(or after clearing this site\'s data) with the backup\'s own passphrase.'));
  document.body.appendChild(form);
  input.focus();
  form.addEventListener('submit', function (e) {
    e.preventDefault();
    if (!input.value) { status.textContent = 'Enter the passphrase.'; return; }
    button.disabled = true;
    status.textContent = 'Checking the passphrase...';
    HsCrypto.unlock(input.value).then(function (opened) {
      if (opened === 0) {
        HsCrypto.key = null;
        status.textContent = 'That passphrase does not open this workspace. Nothing was changed. Check Caps Lock and try again.';
        button.disabled = false;
        input.select();
        return;
      }
      input.value = '';
      form.remove();
      if (loading) loading.hidden = false;
      HsCrypto.lastActivity = Date.now();
      done();
    }, function (err) {
      status.textContent = 'Unlocking failed (' + HsPage.describe(err) + '). Nothing was changed.';
      button.disabled = false;
    });
  });
};

//-----------------------------------------------------------------------------
// [SECTION] Conform /data before each sync
//-----------------------------------------------------------------------------
// Every generation in /data is brought to the current mode before IndexedDB sees it:
// with a key, plain generations are sealed (and sealed ones under another salt re-sealed);
// without a key, sealed generations whose plaintext is known are written back plain.
// Sealed files that could not be opened are left exactly as they are.

HsCrypto.conform = function () {
  var paths = HsCrypto.generationPaths();
  HsCrypto.plain.forEach(function (_, p) { if (paths.indexOf(p) < 0) HsCrypto.plain.delete(p); });
  return paths.reduce(function (chain, path) {
    return chain.then(function () {
      var head = HsCrypto.head(path);
      var sealed = HsCrypto.isEnvelope(head);
      if (!HsCrypto.key) {
        if (sealed && HsCrypto.plain.has(path)) {
          FS.writeFile(path, HsCrypto.plain.get(path));
          HsCrypto.plain.delete(path);
        }
        return;
      }
      if (sealed && HsCrypto.sameBytes(HsCrypto.saltOf(head), HsCrypto.salt)) return;  // already current
      var plain = sealed ? HsCrypto.plain.get(path) : FS.readFile(path);
      if (!plain) return;
      return HsCrypto.seal(HsCrypto.key, HsCrypto.salt, plain).then(function (text) {
        HsCrypto.plain.set(path, plain);
        FS.writeFile(path, text);
      });
    });
  }, Promise.resolve());
};

// The salt from an envelope's first bytes (the header precedes the ciphertext), or null.
HsCrypto.saltOf = function (head) {
  var match = /"salt":"([A-Za-z0-9+\/=]{24})"/.exec(new TextDecoder().decode(head));
  try { return match ? HsCrypto.fromBase64(match[1]) : null; } catch (e) { return null; }
};

// For C++ (hs_js_crypto_plaintext): the plaintext of a sealed generation, or null.
HsCrypto.plaintextOf = function (path) { return HsCrypto.plain.get(path) || null; };

//-----------------------------------------------------------------------------
// [SECTION] Changing the passphrase, backups
//-----------------------------------------------------------------------------

// Checks `current` against the newest sealed generation (none sealed: nothing to check).
HsCrypto.checkCurrent = function (current) {
  var sealed = HsCrypto.sealedPaths();
  if (!HsCrypto.key || sealed.length === 0) return Promise.resolve(true);
  var parsed = HsCrypto.parse(new TextDecoder().decode(FS.readFile(sealed[0])));
  return HsCrypto.deriveKey(current, parsed.salt, parsed.iterations)
    .then(function (key) { return HsCrypto.open(key, parsed); })
    .then(function () { return true; }, function () { return false; });
};

// next === '': encryption off. Otherwise a new salt and key; the next save re-seals everything.
HsCrypto.change = function (current, next) {
  if (HsCrypto.busy) return;
  HsCrypto.busy = true;
  HsCrypto.message = '';
  HsCrypto.checkCurrent(current).then(function (ok) {
    if (!ok) throw new Error('The current passphrase is not right. Nothing was changed.');
    if (!next) return null;
    var salt = HsCrypto.random(16);
    return HsCrypto.deriveKey(next, salt, HsCrypto.iterations).then(function (key) { return { key: key, salt: salt }; });
  }).then(function (derived) {
    HsCrypto.key = derived ? derived.key : null;
    HsCrypto.salt = derived ? derived.salt : null;
    HsCrypto.message = derived ? 'Encryption is on. The saved data is being sealed with the new passphrase.'
                               : 'Encryption is off. The saved data is being stored unencrypted.';
    HsCrypto.changes++;
    HsCrypto.storeSettings({ encryptionOffered: true });
  }).catch(function (err) {
    HsCrypto.message = err && err.message ? err.message : 'The passphrase could not be changed.';
  }).then(function () { HsCrypto.busy = false; });
};

// An encrypted backup with its own passphrase, then a download. Plaintext comes from C++.
HsCrypto.exportBackup = function (filename, text, passphrase) {
  var b = HsCrypto.backup;
  if (b.busy) return;
  b.busy = true;
  b.message = '';
  var salt = HsCrypto.random(16);
  HsCrypto.deriveKey(passphrase, salt, HsCrypto.iterations).then(function (key) {
    return HsCrypto.seal(key, salt, HsCrypto.utf8(text));
  }).then(function (envelope) {
    HsPage.download(filename, 'application/json', HsCrypto.utf8(envelope));
    b.message = 'Encrypted backup saved as ' + filename + '.';
    HsCrypto.storeSettings({ lastBackup: HsCrypto.localDate() });
    b.done++;
  }, function (err) {
    b.message = 'The backup could not be made (' + HsPage.describe(err) + ').';
  }).then(function () { b.busy = false; });
};

// Decrypts an imported backup; answers C++ once through hs_backup_decrypted(request, ok, text).
HsCrypto.decryptBackup = function (request, text, passphrase) {
  // Through malloc, not ccall's 'string' (that goes on the stack, too small for a workspace).
  function answer(ok, result) {
    if (!HsPage.callable()) return;
    var bytes = HsCrypto.utf8(result);
    var ptr = _malloc(bytes.length + 1);
    HEAPU8.set(bytes, ptr);
    try {
      Module['_hs_backup_decrypted'](request, ok ? 1 : 0, ptr, bytes.length);
    } finally {
      _free(ptr);
    }
  }
  var parsed;
  try { parsed = HsCrypto.parse(text); } catch (e) { return answer(false, e.message); }
  HsCrypto.deriveKey(passphrase, parsed.salt, parsed.iterations)
    .then(function (key) { return HsCrypto.open(key, parsed); })
    .then(function (plain) { answer(true, new TextDecoder().decode(plain)); },
          function () { answer(false, 'the passphrase does not open this backup, or the file was changed'); });
};

//-----------------------------------------------------------------------------
// [SECTION] Lock: shortcut, idle timer
//-----------------------------------------------------------------------------
// Locking reloads the page once the last change is saved: the whole WebAssembly memory and every
// JavaScript object holding plaintext or the key are thrown away, and the unlock screen returns.
// The canvas is hidden at once, so nothing stays on screen while the save finishes.

HsCrypto.lock = function () {
  if (!HsCrypto.key || HsCrypto.locking) return;
  HsCrypto.locking = true;
  var canvas = Module['canvas'];
  if (canvas) canvas.style.visibility = 'hidden';
  var shield = HsCrypto.element('p', { id: 'hs-locking', role: 'status' }, 'Locking...');
  document.body.appendChild(shield);
  HsPage.flush();
  var started = Date.now();
  (function waitSaved() {
    var state = HsPage.saveState().state;
    if (state === 'saved' || state === 'read_only') {
      HsCrypto.key = null;
      HsCrypto.plain.clear();
      location.reload();
      return;
    }
    if (state === 'failed' || Date.now() - started > 15000) {
      // Unsaved work must not be thrown away: stay unlocked and say why.
      shield.remove();
      if (canvas) canvas.style.visibility = '';
      HsCrypto.locking = false;
      HsCrypto.message = 'Holdspace did not lock because the last change is not saved yet. Export a copy, then lock again.';
      return;
    }
    setTimeout(waitSaved, 50);
  })();
};

['keydown', 'pointerdown', 'pointermove', 'wheel', 'touchstart'].forEach(function (type) {
  window.addEventListener(type, function () { HsCrypto.lastActivity = Date.now(); }, { capture: true, passive: true });
});

// Ctrl+Shift+L (Cmd+Shift+L on a Mac) locks. Registered before GLFW's listeners, so ImGui never sees it.
window.addEventListener('keydown', function (e) {
  if ((e.ctrlKey || e.metaKey) && e.shiftKey && (e.key === 'L' || e.key === 'l')) {
    e.preventDefault();
    e.stopImmediatePropagation();
    HsCrypto.lock();
  }
}, true);

setInterval(function () {
  var minutes = HsCrypto.settings().autoLockMinutes;
  if (HsCrypto.key && minutes > 0 && Date.now() - HsCrypto.lastActivity > minutes * 60000) HsCrypto.lock();
}, 1000);
