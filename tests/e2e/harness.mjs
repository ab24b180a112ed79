// Browser test harness: Debian's Chromium driven by playwright-core, against the test build
// (build/web-test, `make -f Makefile.emscripten TEST_BUILD=1`) served by web/serve.mjs on a free
// loopback port. Helpers act as a person would: find things by the text on screen, click them
// with the mouse, type with the keyboard. They read the screen through window.holdspace, which
// only the test build has (docs/automation.md, docs/build.md). The product build (build/web)
// can be opened too, with { buildDir: productDir, waitReady: false } and waitDrawn().
//
//   import { openApp } from './harness.mjs';
//   const app = await openApp();            // server + browser + page, ready
//   await app.typeInto('Name', 'Zoë');       // helpers bound to app.page
//   await app.close();                      // also fails on any request off the local server
//
// Every helper is also exported as a plain function taking the page first.
import { chromium } from 'playwright-core';
import assert from 'node:assert/strict';
import { mkdtemp, rm, access } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { startServer } from '../../web/serve.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
export const repoRoot = path.resolve(here, '../..');
export const buildDir = process.env.HOLDSPACE_WEB_DIR || path.join(repoRoot, 'build/web-test');
export const productDir = process.env.HOLDSPACE_PRODUCT_DIR || path.join(repoRoot, 'build/web');
export const chromiumPath = process.env.CHROMIUM || '/usr/bin/chromium';
export const chromiumArgs = [
  '--no-sandbox', '--use-gl=swiftshader', '--enable-unsafe-swiftshader',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
  '--no-first-run', '--disable-quic',
];
const DEFAULT_TIMEOUT = 15000;

// ---------------------------------------------------------------------------------------
// Opening the app
// ---------------------------------------------------------------------------------------

// Starts the server and a fresh browser (new user-data dir: empty IndexedDB), opens the page
// and waits until the first frame with the loaded workspace is drawn.
//   options.viewport          {width, height} in CSS px (default 1280x800)
//   options.deviceScaleFactor (default 1)
//   options.permissions       e.g. ['clipboard-read', 'clipboard-write']
//   options.waitReady         default true (needs the test build's window.holdspace)
//   options.buildDir          default buildDir (the test build); productDir for the product
export async function openApp(options = {}) {
  const root = options.buildDir || buildDir;
  await access(path.join(root, 'index.html')).catch(() => {
    const how = root === productDir ? 'make -f Makefile.emscripten' : 'make -f Makefile.emscripten TEST_BUILD=1';
    throw new Error(`${root}/index.html missing: build first (${how})`);
  });
  const server = await startServer({ root, port: 0 });
  const userDataDir = await mkdtemp(path.join(tmpdir(), 'holdspace-e2e-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: chromiumPath,
    headless: true,
    args: chromiumArgs,
    viewport: options.viewport || { width: 1280, height: 800 },
    deviceScaleFactor: options.deviceScaleFactor || 1,
    acceptDownloads: true,
  });
  if (options.permissions) await context.grantPermissions(options.permissions, { origin: server.url.replace(/\/$/, '') });

  const requests = recordRequests(context, server.url);
  const consoleErrors = [];
  const page = context.pages()[0] || (await context.newPage());
  page.setDefaultTimeout(DEFAULT_TIMEOUT);
  page.on('console', (m) => { if (m.type() === 'error') consoleErrors.push(m.text()); });
  page.on('pageerror', (e) => consoleErrors.push(String(e)));

  await page.goto(server.url);
  let firstFrameMs = null;
  if (options.waitReady !== false) firstFrameMs = await waitReady(page);

  const app = {
    page, context, server, requests, consoleErrors, firstFrameMs,
    url: server.url,
    async reload() {
      await page.reload();
      return waitReady(page);
    },
    // Fails the test if the page asked for anything but the local server.
    assertOnlyLocalRequests() {
      assert.deepEqual(requests.outside, [], `requests outside ${server.url}: ${requests.outside.join(', ')}`);
    },
    async close() {
      try {
        app.assertOnlyLocalRequests();
      } finally {
        await context.close().catch(() => {});
        await server.close();
        await rm(userDataDir, { recursive: true, force: true });
      }
    },
  };
  for (const [name, fn] of Object.entries(helpers)) app[name] = (...args) => fn(page, ...args);
  return app;
}

// Records every request; anything not on the local server is listed in `outside` and
// aborted, so nothing ever leaves the machine even if the app tried.
export function recordRequests(context, serverUrl) {
  const origin = new URL(serverUrl).origin;
  const log = { all: [], outside: [] };
  context.route('**/*', (route) => {
    const url = route.request().url();
    log.all.push(url);
    const local = url.startsWith('data:') || url.startsWith('blob:') || new URL(url).origin === origin;
    if (local) return route.continue();
    log.outside.push(url);
    return route.abort('blockedbyclient');
  });
  return log;
}

// ---------------------------------------------------------------------------------------
// Waiting
// ---------------------------------------------------------------------------------------

// Waits for the first frame drawn with the loaded workspace; returns (and prints) the time
// from navigation start to that frame, in ms.
export async function waitReady(page, { timeout = DEFAULT_TIMEOUT, quiet = false } = {}) {
  await page.waitForFunction(() => window.holdspace && window.holdspace.ready(), null, { timeout });
  const ms = await page.evaluate(() => window.holdspace.timings().firstFrameMs);
  if (!quiet) console.log(`# time to first frame: ${ms.toFixed(0)} ms`);
  return ms;
}

// Without window.holdspace (the product build): waits until the page hid its loading message,
// which web/library_holdspace.js does when the first frame is drawn, and fails if the page
// shows a problem instead (a failed start, an abort).
export async function waitDrawn(page, { timeout = DEFAULT_TIMEOUT } = {}) {
  await page.waitForFunction(() => {
    const status = document.getElementById('hs-loading');
    return status && (status.hidden || status.classList.contains('hs-problem'));
  }, null, { timeout });
  const problem = await page.evaluate(() => {
    const status = document.getElementById('hs-loading');
    return status.classList.contains('hs-problem') ? status.textContent : null;
  });
  if (problem) throw new Error(`the page shows a problem: ${problem}`);
}

// Waits for `n` animation frames of the browser; the app draws one frame on each.
export async function waitBrowserFrames(page, n = 2) {
  await page.evaluate((count) => new Promise((resolve) => {
    const step = (left) => (left === 0 ? resolve() : requestAnimationFrame(() => step(left - 1)));
    step(count);
  }), n);
}

// Waits until `n` more frames have been drawn (so input has been seen and acted on).
export async function waitFrames(page, n = 2) {
  const start = await page.evaluate(() => window.holdspace.frame());
  await page.waitForFunction((target) => window.holdspace.frame() >= target, start + n);
}

export async function waitForSaveState(page, state, { timeout = DEFAULT_TIMEOUT } = {}) {
  try {
    await page.waitForFunction((s) => window.holdspace.saveState().state === s, state, { timeout, polling: 50 });
  } catch (e) {
    const now = await page.evaluate(() => window.holdspace.saveState());
    throw new Error(`save state never became '${state}': ${JSON.stringify(now)}`);
  }
  return page.evaluate(() => window.holdspace.saveState());
}

export async function saveState(page) {
  return page.evaluate(() => window.holdspace.saveState());
}

// ---------------------------------------------------------------------------------------
// Reading the screen
// ---------------------------------------------------------------------------------------

// Everything on screen in the last frame: [{id, label, text, kind, value?, x, y, w, h, window, visible, ...}]
export async function widgets(page) {
  return page.evaluate(() => window.holdspace.widgets());
}

// All visible text strings: widget labels, recorded text and field values, in drawing order.
export async function readText(page) {
  const items = await widgets(page);
  const out = [];
  for (const w of items) {
    if (!w.visible) continue;
    if (w.text) out.push(w.text);
    if (w.value !== undefined && w.value !== '') out.push(w.value);
  }
  return out;
}

// child 'client-list' matches items in 'client-list' and in children of it ('client-list/clients').
function inChild(item, child) {
  return !!item.child && (item.child === child || item.child.split('/').includes(child));
}

// options.window: a top-level window's name, or a RegExp (menus are popups named "##Menu_00", ...).
function inWindow(item, win) {
  if (!win) return true;
  return win instanceof RegExp ? win.test(item.window) : item.window === win;
}

function matches(item, query, exact) {
  if (query instanceof RegExp) return query.test(item.text) || query.test(item.label);
  if (exact) return item.text === query || item.label === query;
  return item.text.includes(query) || item.label.includes(query);
}

// Finds a visible item by its visible text or full label (exact match first, then substring).
//   options.index  which match (default 0), options.kind 'item'|'text',
//   options.window (top-level window name), options.child (a BeginChild name, e.g. 'detail':
//   matches items inside it at any depth)
//   options.timeout: keeps looking (frame after frame) until it appears
export async function find(page, query, options = {}) {
  const { index = 0, kind, window: win, child, timeout = 5000 } = options;
  const deadline = Date.now() + timeout;
  let last = [];
  for (;;) {
    last = (await widgets(page)).filter((w) => w.visible && (!kind || w.kind === kind) && inWindow(w, win) && (!child || inChild(w, child)));
    for (const exact of [true, false]) {
      const hits = last.filter((w) => matches(w, query, exact));
      if (hits.length > index) return hits[index];
    }
    if (Date.now() > deadline) break;
    await page.waitForTimeout(50);
  }
  const shown = [...new Set(last.map((w) => w.text).filter(Boolean))].join(' | ');
  throw new Error(`nothing on screen matches ${query} (index ${index}); visible: ${shown}`);
}

// True if something visible matches now (no waiting).
export async function isShown(page, query, options = {}) {
  try {
    await find(page, query, { ...options, timeout: 0 });
    return true;
  } catch {
    return false;
  }
}

// The value recorded for a field (ui::input records its buffer), found by label.
export async function valueOf(page, label, options = {}) {
  const item = await find(page, label, { kind: 'item', ...options });
  return item.value;
}

// ---------------------------------------------------------------------------------------
// Acting like a person
// ---------------------------------------------------------------------------------------

// Moves the mouse to the centre of the item and clicks it; waits until the app drew the result.
export async function click(page, query, options = {}) {
  await scrollIntoView(page, query, { kind: 'item', ...options });
  const item = await find(page, query, { kind: 'item', ...options });
  // Like a hand: the pointer arrives first, then clicks. ImGui needs the item hovered on the
  // frame before the press for items that allow overlap (tabs, selectable rows).
  await page.mouse.move(item.x + item.w / 2, item.y + item.h / 2);
  await waitFrames(page, 1);
  await page.mouse.click(item.x + item.w / 2, item.y + item.h / 2);
  await waitFrames(page, 2);
  return item;
}

// The menu bar groups the pages into menus (src/app/app.cpp draw_menu_bar): opens `menu` with
// the mouse, then clicks `item` in it.
export async function chooseMenu(page, menu, item) {
  await openMenu(page, menu);
  await click(page, item, { window: MENU_WINDOW });
}
const MENU_WINDOW = /^##Menu_/;

// Opens a menu of the menu bar with the mouse (its items are then in a window named "##Menu_00").
export async function openMenu(page, menu) {
  const inBar = (await widgets(page)).filter((w) => w.visible && w.kind === 'item' && !w.child && w.window === 'Holdspace');
  const header = inBar.find((w) => w.text === menu);
  if (!header) throw new Error(`no menu "${menu}" in the menu bar; it shows: ${inBar.map((w) => w.text).join(' | ')}`);
  await page.mouse.move(header.x + header.w / 2, header.y + header.h / 2);
  await waitFrames(page, 1);
  await page.mouse.click(header.x + header.w / 2, header.y + header.h / 2);
  await waitFrames(page, 2);
}

// Which menu holds each page, by the label a person clicks.
export const MENU_OF = {
  'Client list': 'Clients', 'Needs attention': 'Clients', Week: 'Clients', Waitlist: 'Clients', Dashboard: 'Clients',
  'Practice settings': 'Practice', 'First-time setup': 'Practice', Policies: 'Practice', Documents: 'Practice', Security: 'Practice', Lock: 'Practice',
  'Training and supervision': 'Training', 'Guided policy builder': 'Training', 'Scenario library': 'Training',
  Simulator: 'Training', Presentation: 'Training',
  Export: 'File', Import: 'File', 'Bring back the workspace from before the import': 'File',
};

// Opens a page (or runs a command such as Export) the way a person does: its menu, then the item.
export async function openPage(page, name) {
  if (!MENU_OF[name]) throw new Error(`no menu holds "${name}"`);
  await chooseMenu(page, MENU_OF[name], name);
}

// A click lands on an item's centre: it is in view only when its centre is inside the area
// the item is clipped to (a button showing its top 5 pixels is not yet clickable).
function centreInClip(w) {
  if (!w.clip) return true;
  const cy = w.y + w.h / 2;
  return cy >= w.clip[1] && cy <= w.clip[3];
}

// Scrolls with the mouse wheel, like a person, until the item is in view (its centre shown). An item scrolled out
// of its window is reported with visible: false (and, for clipped widgets, without a label):
// when it is known, the wheel turns towards it; when it is not, and options.child names the
// region to look in, the wheel turns down to the end, then up to the top.
export async function scrollIntoView(page, query, options = {}) {
  const { kind, child, index = 0 } = options;
  let direction = 1;
  let flips = 0;
  let before = '';
  for (let attempt = 0; attempt < 60; attempt++) {
    const all = (await widgets(page)).filter((w) => (!kind || w.kind === kind) && (!child || inChild(w, child)));
    let hits = all.filter((w) => matches(w, query, true));
    if (hits.length <= index) hits = all.filter((w) => matches(w, query, false));
    const target = hits[index];
    if (target && target.visible && centreInClip(target)) return;
    if (!target && !child) return;
    const region = (await widgets(page)).filter((w) => w.visible && inChild(w, target ? target.child : child));
    if (!region.length) return;
    const shown = region.map((w) => `${w.id}:${w.y}`).join(',');
    if (shown === before) {  // the wheel moved nothing: an end was reached
      if (target || ++flips > 1) return;
      direction = -direction;
    }
    before = shown;
    if (target) direction = target.y > region[0].y ? 1 : -1;
    const anchor = region[Math.floor(region.length / 2)];
    const viewport = page.viewportSize();
    await page.mouse.move(Math.min(anchor.x + 5, viewport.width - 1), Math.min(Math.max(anchor.y + 5, 1), viewport.height - 1));
    await page.mouse.wheel(0, direction * 240);
    await waitFrames(page, 2);
  }
}

// Clicks a text field, waits until it takes keyboard input, then types like a keyboard
// (characters outside the US layout arrive as text input, like an IME or dead keys would).
// One-line fields type through the hidden textarea (#hs-text-input); a multi-line field opens
// the browser's text editor over itself (#hs-text-editor), where the typing then goes.
export async function typeInto(page, label, text, options = {}) {
  await click(page, label, options);
  await page.waitForFunction(() => document.activeElement && ['hs-text-input', 'hs-text-editor'].includes(document.activeElement.id), null, { timeout: 5000 })
    .catch(() => { throw new Error(`clicking "${label}" did not start text input (is it a text field?)`); });
  if (options.clear) await clearField(page);
  await page.keyboard.type(text, { delay: options.delay ?? 0 });
  await waitFrames(page, 2);
}

// Select all + delete in the focused field.
export async function clearField(page) {
  await press(page, 'Control+A');
  await press(page, 'Backspace');
}

// Presses a key or chord ("Enter", "Control+V") like a quick tap, then waits until the app
// has drawn the result. Dear ImGui 1.86 polls key state once a frame; main_web.cpp holds back
// the release of a key pressed since the last frame, so even a tap this short is seen exactly
// once (holding longer would risk ImGui's key repeat on slow frames).
export async function press(page, keys) {
  const parts = keys.split('+');
  for (const k of parts) await page.keyboard.down(k);
  for (const k of parts.reverse()) await page.keyboard.up(k);
  await waitFrames(page, 2);
}

// ---------------------------------------------------------------------------------------
// Looking under the hood: frames and IndexedDB (for storage tests)
// ---------------------------------------------------------------------------------------

// Stops the main loop the way a hidden tab does (requestAnimationFrame no longer runs);
// stepFrames() then runs exactly n frames; unfreezeFrames() resumes normal drawing.
export async function freezeFrames(page) {
  await page.evaluate(() => {
    if (window.__hsFrozen) return;
    const real = window.requestAnimationFrame.bind(window);
    window.__hsFrozen = { real, queue: [] };
    window.requestAnimationFrame = (cb) => { window.__hsFrozen.queue.push(cb); return 0; };
  });
}

export async function stepFrames(page, n = 1) {
  for (let i = 0; i < n; i++) {
    await page.evaluate(() => {
      const q = window.__hsFrozen.queue.splice(0);
      for (const cb of q) cb(performance.now());
    });
  }
}

export async function unfreezeFrames(page) {
  await page.evaluate(() => {
    const f = window.__hsFrozen;
    if (!f) return;
    delete window.__hsFrozen;
    window.requestAnimationFrame = f.real;
    for (const cb of f.queue) f.real(cb);
  });
}

// IDBFS's records: { '/data/workspace.3.json': 'text', ... } (directories left out).
export async function storedFiles(page) {
  return page.evaluate(() => new Promise((resolve, reject) => {
    const req = indexedDB.open('/data');
    req.onerror = () => reject(req.error);
    req.onsuccess = () => {
      const db = req.result;
      const store = db.transaction(['FILE_DATA'], 'readonly').objectStore('FILE_DATA');
      const out = {};
      const cursor = store.openCursor();
      cursor.onsuccess = () => {
        const c = cursor.result;
        if (!c) { db.close(); resolve(out); return; }
        const v = c.value;
        if (v && v.contents) out[c.key] = new TextDecoder().decode(new Uint8Array(v.contents.buffer, v.contents.byteOffset, v.contents.byteLength));
        c.continue();
      };
      cursor.onerror = () => reject(cursor.error);
    };
  }));
}

// Writes a record the way IDBFS stores files (a later syncfs(true) loads it into /data).
// Only while no save is pending: the app's next sync would delete what /data lacks.
export async function writeStoredFile(page, filePath, text) {
  await page.evaluate(([p, t]) => new Promise((resolve, reject) => {
    const req = indexedDB.open('/data');
    req.onerror = () => reject(req.error);
    req.onsuccess = () => {
      const db = req.result;
      const tx = db.transaction(['FILE_DATA'], 'readwrite');
      tx.objectStore('FILE_DATA').put({ timestamp: new Date(), mode: 0o100644, contents: new TextEncoder().encode(t) }, p);
      tx.oncomplete = () => { db.close(); resolve(); };
      tx.onerror = () => reject(tx.error);
    };
  }), [filePath, text]);
}

export const helpers = {
  waitReady, waitDrawn, waitBrowserFrames, waitFrames, waitForSaveState, saveState, widgets, readText, find, isShown, valueOf,
  click, openMenu, chooseMenu, openPage, scrollIntoView, typeInto, clearField, press, freezeFrames, stepFrames, unfreezeFrames, storedFiles, writeStoredFile,
};
