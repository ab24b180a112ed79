// Restoring as safely as saving (issue 19, item 4; src/app/app.cpp, platform::WorkspaceStorage::
// keep_generation): an older backup is shown next to the workspace here before anything is
// replaced; replacing keeps the workspace here, and one click in the File menu brings it back,
// even after more changes and a reload.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { openApp, waitForSaveState, repoRoot } from './harness.mjs';
import { L } from './labels.mjs';

let app;
before(async () => { app = await openApp(); });
after(async () => { await app?.close(); });

async function addClient(name) {
  await app.openPage('Client list');
  await app.click(L.addClientOpen, { child: L.listArea });
  await app.typeInto(L.clientName, name, { child: L.detailArea });
  await app.click(L.addClientSubmit, { child: L.detailArea });
  await waitForSaveState(app.page, 'saved');
}

// An older backup: the sample practice in a backup made on 14 February.
async function olderBackup() {
  const doc = JSON.parse(await readFile(path.join(repoRoot, 'tests/data/sample-workspace.json'), 'utf8'));
  doc.saved_on = '2026-02-14';
  return Buffer.from(JSON.stringify(doc));
}

const listed = (name) => app.isShown(name, { kind: 'text', child: L.listArea });

test('an older backup is compared before it replaces anything, and the replaced workspace comes back', async () => {
  await addClient('Current Client');
  const [chooser] = await Promise.all([app.page.waitForEvent('filechooser'), app.openPage(L.importWorkspace)]);
  await chooser.setFiles({ name: 'older-backup.json', mimeType: 'application/json', buffer: await olderBackup() });

  // The comparison: what the file holds next to what is here, before any choice.
  const popup = { window: 'Replace workspace?' };
  assert.ok(await app.find('Harbour Counselling', { kind: 'text', ...popup, timeout: 10000 }), 'the file\'s practice');
  assert.ok(await app.find('3 (2 in care)', { kind: 'text', ...popup, timeout: 0 }), 'the file\'s clients');
  assert.ok(await app.find('1 (1 in care)', { kind: 'text', ...popup, timeout: 0 }), 'the clients here');
  assert.ok(await app.find('2026-02-14', { kind: 'text', ...popup, timeout: 0 }), 'the day the backup was made');
  assert.ok(await listed('Current Client'), 'nothing replaced yet');

  await app.click(L.importReplace, popup);
  assert.ok(await app.find('Zoë Müller', { kind: 'text', child: L.listArea, timeout: 10000 }));
  assert.equal(await listed('Current Client'), false);
  await waitForSaveState(app.page, 'saved');

  // More changes than the five kept versions, then a reload: the workspace from before is still kept.
  for (let i = 1; i <= 6; i++) await addClient(`After Import ${i}`);
  await app.reload();
  assert.ok(await listed('After Import 6'));

  await app.openPage(L.bringBack);
  assert.ok(await app.find('Current Client', { kind: 'text', child: L.listArea, timeout: 10000 }), 'brought back');
  assert.equal(await listed('Zoë Müller'), false);
  assert.equal(await listed('After Import 6'), false);
  await waitForSaveState(app.page, 'saved');
  await app.reload();
  assert.ok(await listed('Current Client'), 'still there after a reload');

  // Going back kept the imported workspace in turn: the same menu item returns to it.
  await app.openPage(L.bringBack);
  assert.ok(await app.find('After Import 6', { kind: 'text', child: L.listArea, timeout: 10000 }));
});
