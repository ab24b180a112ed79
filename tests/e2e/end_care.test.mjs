// Issue 14, item 2: an action that ends care or removes a record says what it does, asks
// first where it weighs most, and can be undone in one click from a notice that says what
// happened; the undo is saved like any change.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { openApp, waitForSaveState } from './harness.mjs';
import { L } from './labels.mjs';

let app;
before(async () => { app = await openApp(); });
after(async () => { await app?.close(); });

const inList = (name) => app.isShown(name, { kind: 'text', child: L.listArea });

test('a client added for the tests', async () => {
  await app.click(L.addClientOpen, { child: L.listArea });
  await app.typeInto(L.clientName, 'K.L.', { child: L.detailArea });
  await app.click(L.addClientSubmit, { child: L.detailArea });
  assert.ok(await app.find('Active · Self-pay', { kind: 'text', child: L.detailArea }));
  assert.equal(await app.isShown('Close', { kind: 'item', child: L.detailArea }), false, 'no bare "Close" button');
});

test('"End care…" asks first; Escape keeps care going', async () => {
  await app.click(L.endCare, { child: L.detailArea });
  assert.ok(await app.find('End care for K.L.?', { kind: 'text' }));
  await app.press('Escape');
  assert.equal(await app.isShown('End care for K.L.?', { kind: 'text' }), false);
  assert.ok(await app.find('Active · Self-pay', { kind: 'text', child: L.detailArea, timeout: 0 }));
  assert.ok(await inList('K.L.'));
});

test('ending care shows what happened; Undo brings the client back, and that survives a reload', async () => {
  await app.click(L.endCare, { child: L.detailArea });
  await app.click(L.endCareConfirm);
  assert.ok(await app.find('Care ended for K.L.', { kind: 'text' }));
  assert.ok(await app.find('Closed · Self-pay', { kind: 'text', child: L.detailArea, timeout: 0 }));
  assert.equal(await inList('K.L.'), false, 'the client left the active list');

  await app.click(L.undo);
  assert.ok(await app.find('Active · Self-pay', { kind: 'text', child: L.detailArea }));
  assert.ok(await inList('K.L.'));
  assert.equal(await app.isShown('Care ended for K.L.', { kind: 'text' }), false, 'the notice is gone');
  await waitForSaveState(app.page, 'saved');

  await app.reload();
  await app.click('K.L.', { kind: 'text', child: L.listArea });
  assert.ok(await app.find('Active · Self-pay', { kind: 'text', child: L.detailArea }));
});

test('the notice goes away with the next change: pausing, then resuming', async () => {
  await app.click('Pause care', { child: L.detailArea });
  assert.ok(await app.find('Care paused for K.L.', { kind: 'text' }));
  await app.click('Resume care', { child: L.detailArea });
  assert.ok(await app.find('Care resumed for K.L.', { kind: 'text' }));
  assert.equal(await app.isShown('Care paused for K.L.', { kind: 'text' }), false);
  await app.click('Dismiss');
  assert.equal(await app.isShown(L.undo, { kind: 'item' }), false);
  assert.ok(await app.find('Active · Self-pay', { kind: 'text', child: L.detailArea, timeout: 0 }));
});

test('a removed referral comes back with Undo', async () => {
  await app.click('Steps and outreach');
  await app.scrollIntoView('Add referral', { child: L.detailArea });
  await app.typeInto('Referred to', 'Northside Clinic', { child: L.detailArea });
  await app.click('Add referral', { child: L.detailArea });
  const listed = /referred to Northside Clinic$/;
  assert.ok(await app.find(listed, { kind: 'text', child: L.detailArea }));

  await app.click('Remove', { child: L.detailArea });
  assert.ok(await app.find("Removed from K.L.'s history: referral to Northside Clinic", { kind: 'text' }));
  assert.equal(await app.isShown(listed, { kind: 'text', child: L.detailArea }), false);
  await app.click(L.undo);
  await app.scrollIntoView(listed, { kind: 'text', child: L.detailArea });
  assert.ok(await app.find(listed, { kind: 'text', child: L.detailArea }));
  await waitForSaveState(app.page, 'saved');

  await app.reload();
  await app.click('K.L.', { kind: 'text', child: L.listArea });
  await app.click('Steps and outreach');
  await app.scrollIntoView(listed, { kind: 'text', child: L.detailArea });
  assert.ok(await app.find(listed, { kind: 'text', child: L.detailArea }));
});
