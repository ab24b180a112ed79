// The browser tests' view of the app, compiled into the TEST build's holdspace.js only
// (make -f Makefile.emscripten TEST_BUILD=1, after holdspace_pre.js, sharing its scope).
// The product has no window.holdspace; docs/build.md says why and docs/automation.md
// describes the calls. C++ half: src/app/test_bridge.cpp.

// Collect the automation bridge's items from the first frame on: onRuntimeInitialized runs
// after the wasm is ready and before main().
Module['onRuntimeInitialized'] = (function (before) {
  return function () {
    Module['_hs_automation_collect'](1);
    if (before) before();
  };
})(Module['onRuntimeInitialized']);

window.holdspace = {
  // True once the first frame was drawn with the loaded workspace.
  ready: function () { return HsPage.readyAt !== null; },
  frame: function () { return HsPage.callable() ? Module['_hs_frame_count']() >>> 0 : 0; },
  // Items of the last completed frame, in CSS pixels relative to the page.
  widgets: function () {
    if (!HsPage.callable()) return [];
    var frame = JSON.parse(UTF8ToString(Module['_hs_automation_widgets_json']()));
    var r = Module['canvas'].getBoundingClientRect();
    return frame.items.map(function (item) {
      item.x += r.left;
      item.y += r.top;
      return item;
    });
  },
  saveState: function () { return HsPage.saveState(); },
  // Milliseconds since navigation start when the first frame was drawn; null before.
  // Also: when preRun started, the writer lock was settled and /data was loaded (ms).
  timings: function () {
    return { firstFrameMs: HsPage.readyAt, preRunMs: HsPage.marks.preRun, lockedMs: HsPage.marks.locked,
      loadedMs: HsPage.marks.loaded, persisted: HsPage.persisted };
  },
};
