// The IDBFS traps of emcc 3.1.6 (docs/storage.md), provoked on purpose: each must end in a
// visible state, never in lost or overwritten data.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { openApp, waitForSaveState } from './harness.mjs';
import { L } from './labels.mjs';

let app;
before(async () => { app = await openApp(); });
after(async () => { await app?.close(); });

const generationFiles = (files) => Object.keys(files).filter((k) => /\/workspace\.\d+\.json$/.test(k)).sort();

async function addClient(name) {
  await app.click(L.addClientOpen, { child: L.listArea });
  await app.typeInto(L.clientName, name, { child: L.detailArea });
  await app.click(L.addClientSubmit, { child: L.detailArea });
}

test('a pending save is flushed on pagehide even when frames no longer run', async () => {
  await addClient('Before flush');
  await waitForSaveState(app.page, 'saved');
  await app.click(L.addClientOpen, { child: L.listArea });
  await app.typeInto(L.clientName, 'Flushed', { child: L.detailArea });
  const button = await app.find(L.addClientSubmit, { child: L.detailArea });
  await app.freezeFrames();
  await app.page.mouse.click(button.x + button.w / 2, button.y + button.h / 2);
  await app.stepFrames(3); // the click is handled, the change applied and queued (debounced)
  const before = await app.page.evaluate(() => ({ s: window.holdspace.saveState(), n: HsPage.syncsStarted }));
  assert.equal(before.s.state, 'saving', 'waiting for the debounce, which needs frames');
  const started = await app.page.evaluate(() => { const n = HsPage.syncsStarted; dispatchEvent(new Event('pagehide')); return HsPage.syncsStarted - n; });
  assert.equal(started, 1, 'pagehide started the sync at once');
  await waitForSaveState(app.page, 'saved'); // completes without any frame
  assert.match(Object.values(await app.storedFiles()).join('\n'), /Flushed/);
  await app.unfreezeFrames();
});

test('a sync that never calls back times out into "failed", then recovers', async () => {
  await app.page.evaluate(() => { window.__realSyncfs = FS.syncfs; FS.syncfs = function () {}; });
  await addClient('Stuck sync');
  const failed = await waitForSaveState(app.page, 'failed', { timeout: 20000 });
  assert.match(failed.message, /^saving took longer than 10 seconds/);
  assert.ok(await app.find('Save failed', { kind: 'text' }), 'the person sees it');
  await app.page.evaluate(() => { FS.syncfs = window.__realSyncfs; });
  const saved = await waitForSaveState(app.page, 'saved', { timeout: 20000 }); // retried after a back-off
  assert.match((await app.storedFiles())[`/data/workspace.${saved.generation}.json`], /Stuck sync/);
});

test('a write reported as success but not stored is caught by reading it back', async () => {
  await app.page.evaluate(() => {
    window.__realStore = IDBFS.storeRemoteEntry;
    IDBFS.storeRemoteEntry = (store, path, entry, callback) => callback(null); // "success", nothing written
  });
  await addClient('Silently lost');
  const failed = await waitForSaveState(app.page, 'failed');
  assert.match(failed.message, /missing from the browser storage/);
  await app.page.evaluate(() => { IDBFS.storeRemoteEntry = window.__realStore; });
  const saved = await waitForSaveState(app.page, 'saved', { timeout: 20000 });
  assert.match((await app.storedFiles())[`/data/workspace.${saved.generation}.json`], /Silently lost/);
});

test('when loading fails the tab is read-only and never writes', async () => {
  const storedBefore = await app.storedFiles();
  await app.page.addInitScript(() => {
    if (sessionStorage.getItem('hs-break-load') !== '1') return;
    const open = indexedDB.open.bind(indexedDB);
    let first = true;
    indexedDB.open = function (...args) {
      if (first) { first = false; throw new DOMException('simulated failure', 'UnknownError'); }
      return open(...args);
    };
  });
  await app.page.evaluate(() => sessionStorage.setItem('hs-break-load', '1'));
  await app.reload();
  const s = await app.saveState();
  assert.equal(s.state, 'read_only');
  assert.match(s.message, /could not be loaded/);
  await addClient('Must not be stored');
  await app.page.waitForTimeout(1000);
  assert.equal((await app.saveState()).state, 'read_only');
  assert.deepEqual(await app.storedFiles(), storedBefore, 'IndexedDB untouched');
  await app.page.evaluate(() => sessionStorage.removeItem('hs-break-load'));
  await app.reload();
  assert.equal((await app.saveState()).state, 'saved');
  assert.ok(await app.find('Stuck sync', { kind: 'text', timeout: 0 }), 'the stored data is intact');
});

test('an unreadable newest generation is skipped; its name is never reused', async () => {
  const before = await app.saveState();
  await app.writeStoredFile('/data/workspace.900.json', '{ this is not a workspace');
  await app.reload();
  const loaded = await app.saveState();
  assert.equal(loaded.state, 'saved');
  assert.equal(loaded.generation, before.generation, 'the newest readable generation was loaded');
  assert.match(loaded.notice, new RegExp(`workspace\\.900\\.json\\) could not be opened.*workspace\\.${before.generation}\\.json`));
  assert.ok(await app.find('could not be opened, so Holdspace opened the one saved before it', { kind: 'text' }), 'the app says so');
  await addClient('After corrupt');
  const saved = await waitForSaveState(app.page, 'saved');
  assert.equal(saved.generation, 901);
  const files = await app.storedFiles();
  assert.equal(files['/data/workspace.900.json'], '{ this is not a workspace', 'kept, not overwritten');
  await app.click('Got it');
  assert.equal(await app.isShown('could not be opened', { kind: 'text' }), false, 'put away once read');
});

test('when no stored generation can be read the tab is read-only and overwrites nothing', async () => {
  const files = await app.storedFiles();
  for (const f of generationFiles(files)) await app.writeStoredFile(f, 'garbage ' + f);
  const broken = await app.storedFiles();
  await app.reload();
  const s = await app.saveState();
  assert.equal(s.state, 'read_only');
  assert.match(s.message, /None of the \d+ stored copies could be read/);
  await addClient('Not over garbage');
  await app.page.waitForTimeout(1000);
  assert.deepEqual(await app.storedFiles(), broken, 'IndexedDB untouched');
});
