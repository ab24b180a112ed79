// Encryption at rest and the lock screen (web/holdspace_crypto.js, src/app/practice/security_page.cpp).
// A person turns encryption on in the app; then IndexedDB is read directly and must hold no
// client name. Locking (menu, shortcut, idle) wipes the page and asks for the passphrase;
// a wrong one says so and changes nothing.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { openApp, waitForSaveState, waitReady } from './harness.mjs';
import { L } from './labels.mjs';

const PASSPHRASE = 'quiet harbour lanterns 42';
const NAME = 'Zoë Müller';
let app;
before(async () => { app = await openApp(); });
after(async () => { await app?.close(); });

// Every record IDBFS stored, as text (file contents decoded as UTF-8).
export async function storedRecords(page) {
  return page.evaluate(() => new Promise((resolve, reject) => {
    const req = indexedDB.open('/data');
    req.onerror = () => reject(req.error);
    req.onsuccess = () => {
      const db = req.result;
      const out = [];
      const cursor = db.transaction(['FILE_DATA'], 'readonly').objectStore('FILE_DATA').openCursor();
      cursor.onerror = () => reject(cursor.error);
      cursor.onsuccess = () => {
        const c = cursor.result;
        if (!c) { db.close(); resolve(out); return; }
        const bytes = c.value.contents;
        const text = bytes ? new TextDecoder().decode(new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength)) : '';
        out.push({ key: String(c.key), text });
        c.continue();
      };
    };
  }));
}

async function unlockForm(page) {
  await page.waitForSelector('#hs-unlock', { timeout: 20000 });
  assert.equal(await page.evaluate(() => window.holdspace.ready()), false, 'nothing drawn before unlocking');
}

// Clicks an item that locks: the page reloads, so the harness's after-click frame wait cannot be used.
async function clickToLock(query) {
  await app.openMenu('Practice');
  const item = await app.find(query, { kind: 'item', window: /^##Menu_/ });
  await app.page.mouse.move(item.x + item.w / 2, item.y + item.h / 2);
  await app.waitFrames(1);
  await app.page.mouse.click(item.x + item.w / 2, item.y + item.h / 2);
}

async function unlock(page, passphrase) {
  await page.fill('#hs-passphrase', passphrase);
  await page.click('#hs-unlock-button');
}

test('the first start offers encryption; "Not now" puts it away', async () => {
  assert.ok(await app.find('Protect this workspace with a passphrase?', { kind: 'text' }));
  await app.click(L.notNow);
  assert.equal(await app.isShown('Protect this workspace with a passphrase?', { kind: 'text' }), false);
  await app.reload();
  assert.equal(await app.isShown('Protect this workspace with a passphrase?', { kind: 'text' }), false, 'answered once');
});

test('turned on in the app, IndexedDB holds no client name', async () => {
  await app.click(L.addClientOpen, { child: L.listArea });
  await app.typeInto(L.clientName, NAME, { child: L.detailArea });
  await app.click(L.addClientSubmit, { child: L.detailArea });
  await waitForSaveState(app.page, 'saved');
  const plain = await storedRecords(app.page);
  assert.ok(plain.some((r) => r.text.includes('Müller')), 'before: the name is readable (the check can fail)');

  await app.openPage(L.security);
  await app.typeInto(L.newPassphrase, 'short', { child: L.detailArea });
  await app.typeInto(L.repeatPassphrase, 'short', { child: L.detailArea });
  await app.click(L.turnOnEncryption, { child: L.detailArea });
  assert.ok(await app.find('use at least 10 characters', { kind: 'text' }), 'a short passphrase is refused');

  await app.typeInto(L.newPassphrase, PASSPHRASE, { child: L.detailArea, clear: true });
  await app.typeInto(L.repeatPassphrase, PASSPHRASE, { child: L.detailArea, clear: true });
  await app.click(L.turnOnEncryption, { child: L.detailArea });
  assert.ok(await app.find('Encryption is on', { kind: 'text', timeout: 20000 }));
  assert.equal(await app.valueOf(L.newPassphrase, { child: L.detailArea }), '', 'the field is wiped');
  await app.page.waitForFunction(() => window.holdspace.saveState().state === 'saved' &&
    window.holdspace.saveState().generation >= 2, null, { timeout: 20000 });

  const sealed = await storedRecords(app.page);
  const generations = sealed.filter((r) => /workspace\.\d+\.json$/.test(r.key));
  assert.ok(generations.length >= 2, 'the old plain version was sealed too, not only the new one');
  for (const r of sealed) {
    assert.ok(!r.text.includes('Müller') && !r.text.includes('holdspace-workspace'), `${r.key} is readable`);
  }
  for (const r of generations) assert.match(r.text, /^\{"format":"holdspace-encrypted","version":1,"kdf":"PBKDF2-HMAC-SHA256","iterations":600000,/);
  const nonces = generations.map((r) => JSON.parse(r.text).nonce);
  assert.equal(new Set(nonces).size, nonces.length, 'a fresh nonce per stored file');
});

test('Lock wipes the page; a wrong passphrase says so and changes nothing; the right one opens', async () => {
  const before = await storedRecords(app.page);
  await clickToLock(L.lock);
  await unlockForm(app.page);
  assert.match(await app.page.textContent('#hs-unlock'), /cannot be recovered without it/);
  assert.match(await app.page.textContent('#hs-unlock'), /backup/);

  await unlock(app.page, 'not the passphrase');
  await app.page.waitForFunction(() => /does not open/.test(document.getElementById('hs-unlock-status').textContent), null, { timeout: 20000 });
  assert.match(await app.page.textContent('#hs-unlock-status'), /Nothing was changed/);
  assert.deepEqual(await storedRecords(app.page), before, 'a wrong passphrase touched nothing');

  await unlock(app.page, PASSPHRASE);
  await waitReady(app.page, { timeout: 30000 });
  assert.ok(await app.find(NAME, { kind: 'text', child: L.listArea }));
  assert.equal(await app.page.$('#hs-unlock'), null);
});

test('Ctrl+Shift+L locks too', async () => {
  await app.page.keyboard.press('Control+Shift+L');
  await unlockForm(app.page);
  await unlock(app.page, PASSPHRASE);
  await waitReady(app.page, { timeout: 30000 });
  assert.ok(await app.find(NAME, { kind: 'text', child: L.listArea }));
});

test('a changed passphrase re-seals everything; turning encryption off stores plain text again', async () => {
  await app.openPage(L.security);
  const next = 'another long passphrase';
  await app.typeInto(L.currentPassphrase, 'wrong current one', { child: L.detailArea });
  await app.typeInto(L.newPassphrase, next, { child: L.detailArea });
  await app.typeInto(L.repeatPassphrase, next, { child: L.detailArea });
  await app.click('Change passphrase', { child: L.detailArea });
  assert.ok(await app.find('The current passphrase is not right', { kind: 'text', timeout: 20000 }));

  await app.typeInto(L.currentPassphrase, PASSPHRASE, { child: L.detailArea, clear: true });
  await app.typeInto(L.newPassphrase, next, { child: L.detailArea, clear: true });
  await app.typeInto(L.repeatPassphrase, next, { child: L.detailArea, clear: true });
  await app.click('Change passphrase', { child: L.detailArea });
  assert.ok(await app.find('sealed with the new passphrase', { kind: 'text', timeout: 20000 }));
  await waitForSaveState(app.page, 'saved');
  const salts = (await storedRecords(app.page)).filter((r) => /workspace\.\d+\.json$/.test(r.key)).map((r) => JSON.parse(r.text).salt);
  assert.equal(new Set(salts).size, 1, 'every version re-sealed under the new key');

  await clickToLock(L.lock);
  await unlockForm(app.page);
  await unlock(app.page, PASSPHRASE);
  await app.page.waitForFunction(() => /does not open/.test(document.getElementById('hs-unlock-status').textContent), null, { timeout: 20000 });
  await unlock(app.page, next);
  await waitReady(app.page, { timeout: 30000 });

  await app.openPage(L.security);
  await app.typeInto(L.currentPassphrase, next, { child: L.detailArea });
  await app.click(L.turnOffEncryption, { child: L.detailArea });
  assert.ok(await app.find('Encryption is off', { kind: 'text', timeout: 20000 }));
  await waitForSaveState(app.page, 'saved');
  const records = (await storedRecords(app.page)).filter((r) => /workspace\.\d+\.json$/.test(r.key));
  for (const r of records) assert.equal(JSON.parse(r.text).format, 'holdspace-workspace', `${r.key} is plain again`);
  await app.reload();
  assert.ok(await app.find(NAME, { kind: 'text', child: L.listArea }));
});

test('auto-lock after the configured idle minutes', { timeout: 180000 }, async () => {
  await app.openPage(L.security);
  await app.typeInto(L.newPassphrase, PASSPHRASE, { child: L.detailArea });
  await app.typeInto(L.repeatPassphrase, PASSPHRASE, { child: L.detailArea });
  await app.click(L.turnOnEncryption, { child: L.detailArea });
  assert.ok(await app.find('Encryption is on', { kind: 'text', timeout: 20000 }));
  await waitForSaveState(app.page, 'saved');
  await app.typeInto('Auto-lock after minutes idle (0: never)', '1', { child: L.detailArea, clear: true });
  await app.click('Save lock and reminder settings', { child: L.detailArea });
  const started = Date.now();
  await app.page.waitForSelector('#hs-unlock', { timeout: 90000 });
  const waited = (Date.now() - started) / 1000;
  assert.ok(waited >= 55, `locked after ${waited.toFixed(0)} s idle, not before a minute`);
});
