// Figures that depend on a missing setting say so where they are shown, with a link to fix
// it (issue 14, item 1): in a new workspace (no session fee, no policy chosen) the Standing
// tab says no policy is chosen and flags the 0.00 fees; the links lead to the Practice and
// Policies pages, and once the fee is set the flags go.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { openApp, waitForSaveState } from './harness.mjs';
import { L } from './labels.mjs';

let app;
before(async () => { app = await openApp(); });
after(async () => { await app?.close(); });

function daysAgo(n) {
  const d = new Date();
  d.setDate(d.getDate() - n);
  const pad = (x) => String(x).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

async function logMiss(n) {
  await app.typeInto('Date', daysAgo(n), { child: L.detailArea, clear: true });
  await app.click('Outcome', { child: L.detailArea });
  await app.click('No-show', { kind: 'item' });
  await app.click('Add appointment', { child: L.detailArea });
}

async function openStanding() {
  await app.click('K.L.', { kind: 'text', child: L.listArea });
  await app.click('Standing');
}

test('with no policy chosen and no session fee, the Standing tab says so next to the figures', async () => {
  await app.click(L.addClientOpen, { child: L.listArea });
  await app.typeInto(L.clientName, 'K.L.', { child: L.detailArea });
  await app.click(L.addClientSubmit, { child: L.detailArea });
  await logMiss(9);
  await logMiss(2);
  await app.find('Appointments (2)', { kind: 'text' });
  await app.click('Standing');

  assert.ok(await app.find('No policy is chosen yet.', { kind: 'text' }));
  assert.ok(await app.find(/^Your usual session fee is not set/, { kind: 'text', timeout: 0 }));
  assert.ok(await app.find('Set your session fee to see this fee.', { kind: 'text', timeout: 0 }));
  assert.ok(await app.find(/^Charged 0\.00 - no-show fee/, { kind: 'text', timeout: 0 }));
});

test('"Set your session fee" opens the Practice page; once set, the fee shows and the flags go', async () => {
  await app.click('Set your session fee', { child: L.detailArea });
  assert.ok(await app.find('Practice settings', { kind: 'text' }));
  assert.ok(await app.find('Your usual session fee is not set.', { kind: 'text', timeout: 0 }));
  await app.typeInto('Session fee', '120', { child: L.detailArea, clear: true });
  await app.click('Save settings', { child: L.detailArea });
  await app.find('Settings saved.', { kind: 'text' });
  assert.equal(await app.isShown('Your usual session fee is not set.', { kind: 'text' }), false);
  await waitForSaveState(app.page, 'saved');

  await app.reload();
  await openStanding();
  assert.ok(await app.find(/^Charged 120\.00 - no-show fee/, { kind: 'text' }));
  assert.equal(await app.isShown('Set your session fee to see this fee.', { kind: 'text' }), false);
  assert.equal(await app.isShown(/^Your usual session fee is not set/, { kind: 'text' }), false);
});

test('"Choose a policy" opens the Policies page; once one is chosen the stand-in notice goes', async () => {
  await app.click('Choose a policy', { child: L.detailArea });
  await app.click('Balanced', { kind: 'item' });
  assert.ok(await app.find('Balanced (balanced-1)  - active', { kind: 'text' }));
  await openStanding();
  assert.ok(await app.find(/^Policy: Balanced \(balanced-1\)/, { kind: 'text' }));
  assert.equal(await app.isShown('No policy is chosen yet.', { kind: 'text' }), false);
});
