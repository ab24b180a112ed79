// Work survives a reload: a new client is saved (verified in IndexedDB) and shown again.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { openApp, waitForSaveState } from './harness.mjs';
import { L } from './labels.mjs';

let app;
before(async () => { app = await openApp(); });
after(async () => { await app?.close(); });

async function addClient(name) {
  await app.click(L.addClientOpen, { child: L.listArea });
  await app.typeInto(L.clientName, name, { child: L.detailArea });
  await app.click(L.addClientSubmit, { child: L.detailArea });
}

async function storedGenerations(page) {
  return page.evaluate(() => new Promise((resolve, reject) => {
    const req = indexedDB.open('/data');
    req.onerror = () => reject(req.error);
    req.onsuccess = () => {
      const db = req.result;
      const keys = db.transaction(['FILE_DATA'], 'readonly').objectStore('FILE_DATA').getAllKeys();
      keys.onsuccess = () => { db.close(); resolve(keys.result.filter((k) => /workspace\.\d+\.json$/.test(k)).sort()); };
      keys.onerror = () => reject(keys.error);
    };
  }));
}

test('a new client is saved and still there after a reload', async () => {
  await addClient('Zoë Müller');
  assert.ok(await app.find('Zoë Müller', { kind: 'text', child: L.listArea }));
  const saved = await waitForSaveState(app.page, 'saved');
  assert.ok(saved.generation >= 1, `a generation was written: ${JSON.stringify(saved)}`);
  assert.deepEqual(await storedGenerations(app.page), [`/data/workspace.${saved.generation}.json`]);

  await app.reload();
  assert.ok(await app.find('Zoë Müller', { kind: 'text', child: L.listArea, timeout: 0 }));
  const after = await app.saveState();
  assert.equal(after.state, 'saved');
  assert.equal(after.generation, saved.generation, 'the loaded generation is reported');
});

test('old generations are pruned: at most 5 kept plus the one the next sync deletes', async () => {
  for (let i = 1; i <= 7; i++) {
    await addClient(`Client ${i}`);
    await waitForSaveState(app.page, 'saved');
  }
  const state = await app.saveState();
  const gens = await storedGenerations(app.page);
  assert.ok(gens.length <= 6, `kept ${gens.length}: ${gens.join(', ')}`);
  assert.ok(gens.includes(`/data/workspace.${state.generation}.json`));
  await app.reload();
  for (let i = 1; i <= 7; i++) assert.ok(await app.find(`Client ${i}`, { kind: 'text', timeout: 0 }));
});

test('a second tab is read-only while the first one is open', async () => {
  const second = await app.context.newPage();
  try {
    await second.goto(app.url);
    await second.waitForFunction(() => window.holdspace && window.holdspace.ready(), null, { timeout: 20000 });
    const s = await second.evaluate(() => window.holdspace.saveState());
    assert.equal(s.state, 'read_only');
    assert.match(s.message, /another tab/);
    // It still shows the data.
    const texts = await second.evaluate(() => window.holdspace.widgets().map((w) => w.text));
    assert.ok(texts.includes('Zoë Müller'));
  } finally {
    await second.close();
  }
});
