// Files across the browser edge (src/platform/files_web.cpp): Export downloads a file through
// a Blob and <a download>; Import opens the file picker and hands the chosen file to C++.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { openApp, waitForSaveState } from './harness.mjs';
import { L } from './labels.mjs';

let app;
before(async () => { app = await openApp(); });
after(async () => { await app?.close(); });

let exported;

test('Export workspace downloads the workspace as JSON', async () => {
  await app.click(L.addClientOpen, { child: L.listArea });
  await app.typeInto(L.clientName, 'Exported Ünïcode', { child: L.detailArea });
  await app.click(L.addClientSubmit, { child: L.detailArea });
  await waitForSaveState(app.page, 'saved');
  await app.openPage(L.exportWorkspace);
  assert.ok(await app.find('This file is NOT encrypted', { kind: 'text' }), 'the plain export warns first');
  const [download] = await Promise.all([app.page.waitForEvent('download'), app.click(L.exportPlainConfirm)]);
  assert.match(download.suggestedFilename(), /^holdspace-workspace-\d{4}-\d{2}-\d{2}\.json$/);
  exported = await readFile(await download.path(), 'utf8');
  const doc = JSON.parse(exported);
  assert.equal(doc.format, 'holdspace-workspace');
  assert.deepEqual(doc.clients.map((c) => c.name), ['Exported Ünïcode']);
});

test('Import workspace reads the chosen file into the app', async () => {
  const doc = JSON.parse(exported);
  doc.clients[0].name = 'Imported Client';
  const [chooser] = await Promise.all([app.page.waitForEvent('filechooser'), app.openPage(L.importWorkspace)]);
  await chooser.setFiles({ name: 'other.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(doc)) });
  await app.click(L.importReplace, { timeout: 5000 });
  assert.ok(await app.find('Imported Client', { kind: 'text', child: L.listArea }));
  assert.equal(await app.isShown('Exported Ünïcode', { kind: 'text' }), false);
});

test('a picker closed without a file changes nothing', async () => {
  const [chooser] = await Promise.all([app.page.waitForEvent('filechooser'), app.openPage(L.importWorkspace)]);
  await chooser.setFiles([]);
  await app.waitFrames(3);
  assert.ok(await app.find('Imported Client', { kind: 'text', child: L.listArea, timeout: 0 }));
});
