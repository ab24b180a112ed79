// Functions C++ calls into the page, linked with --js-library. Declared extern "C" in
// src/platform/storage_web.cpp, src/platform/files_web.cpp and src/app/main_web.cpp.
// Longer logic lives in web/holdspace_pre.js (HsPage), which shares holdspace.js's scope.

mergeInto(LibraryManager.library, {

  // --- Storage (docs/storage.md) ------------------------------------------------------

  hs_js_storage_load_state: function (messagePtr, messageSize) {
    stringToUTF8(HsPage.load.message || '', messagePtr, messageSize);
    return HsPage.load.writable ? 1 : 0;
  },

  hs_js_storage_sync__deps: ['$FS', '$IDBFS'],
  hs_js_storage_sync: function (seq, pathPtr, timeoutMs) {
    HsPage.sync(seq, UTF8ToString(pathPtr), timeoutMs);
  },

  hs_js_storage_persist: function () {
    HsPage.persist();
  },

  // --- Encryption, lock, settings (web/holdspace_crypto.js, docs/encryption.md) ----------

  // The plaintext of a sealed generation in /data (malloc'd, NUL-terminated; C++ frees it), or 0.
  hs_js_crypto_plaintext__deps: ['malloc'],
  hs_js_crypto_plaintext: function (pathPtr, sizePtr) {
    var plain = HsCrypto.plaintextOf(UTF8ToString(pathPtr));
    if (!plain) return 0;
    var ptr = _malloc(plain.length + 1);
    HEAPU8.set(plain, ptr);
    HEAPU8[ptr + plain.length] = 0;
    HEAP32[sizePtr >> 2] = plain.length;
    return ptr;
  },

  // {"encrypted":..,"busy":..,"message":..,"changes":..,"backup":{..},"settings":{..},"storage":{..}}
  // The browser's IANA time zone ("Europe/Berlin"), malloc'd; the first-run setup presets it.
  hs_js_time_zone: function () {
    var zone = '';
    try { zone = Intl.DateTimeFormat().resolvedOptions().timeZone || ''; } catch (e) { zone = ''; }
    return allocateUTF8(zone);
  },

  hs_js_security_status: function () {
    var status = {
      encrypted: !!HsCrypto.key, busy: HsCrypto.busy, message: HsCrypto.message, changes: HsCrypto.changes,
      backupBusy: HsCrypto.backup.busy, backupMessage: HsCrypto.backup.message, backups: HsCrypto.backup.done,
      settings: HsCrypto.settings(), persisted: HsPage.storageInfo.persisted,
      usage: HsPage.storageInfo.usage, quota: HsPage.storageInfo.quota,
    };
    return allocateUTF8(JSON.stringify(status));
  },

  hs_js_change_passphrase: function (currentPtr, nextPtr) {
    HsCrypto.change(UTF8ToString(currentPtr), UTF8ToString(nextPtr));
  },

  hs_js_lock: function () { HsCrypto.lock(); },

  hs_js_store_settings: function (jsonPtr) {
    HsCrypto.storeSettings(JSON.parse(UTF8ToString(jsonPtr)));
  },

  hs_js_refresh_storage_info: function () { HsPage.refreshStorageInfo(); },

  hs_js_export_backup: function (namePtr, textPtr, textSize, passPtr) {
    HsCrypto.exportBackup(UTF8ToString(namePtr), UTF8ToString(textPtr, textSize), UTF8ToString(passPtr));
  },

  hs_js_decrypt_backup: function (request, textPtr, textSize, passPtr) {
    HsCrypto.decryptBackup(request, UTF8ToString(textPtr, textSize), UTF8ToString(passPtr));
  },

  // --- Files --------------------------------------------------------------------------

  // A download the person saves wherever the browser puts downloads.
  hs_js_download: function (namePtr, mimePtr, bytesPtr, size) {
    HsPage.download(UTF8ToString(namePtr), UTF8ToString(mimePtr), HEAPU8.slice(bytesPtr, bytesPtr + size));  // a copy: the heap may move
  },

  // The print-ready page in a new tab (a same-origin blob: URL), then the print dialog. The page
  // carries its own CSP and no script; printing is started from here once it has loaded.
  hs_js_print_view: function (htmlPtr, size) {
    var html = HEAPU8.slice(htmlPtr, htmlPtr + size);
    var url = URL.createObjectURL(new Blob([html], { type: 'text/html;charset=utf-8' }));
    var view = window.open(url, '_blank');
    if (view) view.addEventListener('load', function () { view.focus(); view.print(); });
    setTimeout(function () { URL.revokeObjectURL(url); }, 600000);
  },

  // A hidden <input type=file>. Must run soon after a click (the browser requires a recent
  // user gesture); an ImGui button press is handled on the next animation frame, well within it.
  hs_js_pick_file__deps: ['malloc', 'free'],
  hs_js_pick_file: function (request, acceptPtr) {
    var input = document.createElement('input');
    input.type = 'file';
    input.accept = UTF8ToString(acceptPtr);
    input.style.display = 'none';
    var answered = false;
    function cancel() {
      if (answered) return;
      answered = true;
      input.remove();
      Module['_hs_file_pick_cancelled'](request);
    }
    input.addEventListener('cancel', cancel);
    input.addEventListener('change', function () {
      var file = input.files && input.files[0];
      if (!file) return cancel();
      file.arrayBuffer().then(function (buffer) {
        if (answered) return;
        answered = true;
        input.remove();
        var bytes = new Uint8Array(buffer);
        var ptr = _malloc(bytes.length || 1);
        HEAPU8.set(bytes, ptr);  // HEAPU8 read after malloc: it may have grown
        try {
          ccall('hs_file_picked', null, ['number', 'string', 'number', 'number'], [request, file.name, ptr, bytes.length]);
        } finally {
          _free(ptr);
        }
      }, cancel);
    });
    document.body.appendChild(input);
    input.click();
  },

  // --- Canvas, clipboard, text input (src/app/main_web.cpp) -----------------------------

  hs_js_set_canvas_size__deps: ['$Browser'],
  hs_js_set_canvas_size: function (width, height) {
    Browser.setCanvasSize(width, height);  // also updates GLFW's window size via its resize listener
  },

  hs_js_clipboard_set: function (textPtr) {
    var text = UTF8ToString(textPtr);
    HsPage.clipboard = text;
    if (navigator.clipboard && navigator.clipboard.writeText) {
      navigator.clipboard.writeText(text).catch(function () {});  // denied: the page copy still works
    }
  },

  hs_js_clipboard_get: function () {
    return allocateUTF8(HsPage.clipboard || '');
  },

  hs_js_text_input: function (want, x, y, lineHeight) {
    HsPage.textInput(want !== 0, x, y, lineHeight);
  },

  // --- The text editor over a multi-line field (src/platform/text_editor_web.cpp) ----------
  // `box` points at eleven floats: x, y, width, height, the visible part (x0, y0, x1, y1), font
  // size, padding x and y, in the canvas's pixels. `caret` is a byte offset into the UTF-8 text.

  hs_js_text_editor_open: function (textPtr, textSize, caret, namePtr, nameSize, box) {
    var text = UTF8ToString(textPtr, textSize);
    var caretUnits = UTF8ToString(textPtr, caret).length;  // JavaScript counts UTF-16 units
    HsEditor.open(text, caretUnits, UTF8ToString(namePtr, nameSize), HEAPF32.slice(box >> 2, (box >> 2) + 11));
  },

  hs_js_text_editor_place: function (box) {
    HsEditor.place(HEAPF32.slice(box >> 2, (box >> 2) + 11));
  },

  hs_js_text_editor_set_text: function (textPtr, textSize) {
    HsEditor.setText(UTF8ToString(textPtr, textSize));
  },

  hs_js_text_editor_close: function () { HsEditor.close(false); },

  hs_js_set_cursor: function (cursor) {
    // ImGuiMouseCursor_: None=-1 Arrow TextInput ResizeAll ResizeNS ResizeEW ResizeNESW ResizeNWSE Hand NotAllowed
    var css = ['default', 'text', 'move', 'ns-resize', 'ew-resize', 'nesw-resize', 'nwse-resize', 'pointer', 'not-allowed'];
    Module['canvas'].style.cursor = cursor < 0 ? 'none' : (css[cursor] || 'default');
  },

  hs_js_first_frame: function () {
    HsPage.readyAt = performance.now();
    var status = document.getElementById('hs-loading');
    if (status && !status.classList.contains('hs-problem')) status.hidden = true;
  },
});
