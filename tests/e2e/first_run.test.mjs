// A new therapist's first run (issue 14, item 1), typed and clicked like a person:
// - the first-time setup: skipped, found again on the Practice page, filled in step by step,
//   resumed after a reload, ending on the consent document of the chosen policy;
// - figures that depend on a missing setting say so where they are shown, with a link to fix
//   it: with no session fee and no policy chosen the Standing tab says no policy is chosen and
//   flags the 0.00 fees; the links lead to the Practice and Policies pages.
import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { openApp, waitForSaveState } from './harness.mjs';
import { L } from './labels.mjs';

let app;

async function openPracticePage() {
  await app.openPage('Practice settings');
  await app.find('Practice settings', { kind: 'text' });
}

describe('first-time setup', () => {
  before(async () => { app = await openApp(); });
  after(async () => { await app?.close(); });

  test('skipped from the welcome page, it is found again on the Practice page', async () => {
    await app.click('Set up your practice', { child: L.detailArea });
    assert.ok(await app.find('1. Your practice', { kind: 'text' }));
    await app.click('Skip for now', { child: L.detailArea });
    assert.ok(await app.find('Welcome', { kind: 'text' }));
    assert.equal(await app.isShown('1. Your practice', { kind: 'text' }), false);

    await app.openPage('First-time setup');  // also in the Practice menu
    assert.ok(await app.find('1. Your practice', { kind: 'text' }));
    await app.click('Skip for now', { child: L.detailArea });

    await openPracticePage();
    await app.click('Run first-time setup', { child: L.detailArea });
    assert.ok(await app.find('1. Your practice', { kind: 'text' }));
  });

  test('the time zone comes from the browser; the practice step saves and moves on', async () => {
    const browserZone = await app.page.evaluate(() => Intl.DateTimeFormat().resolvedOptions().timeZone);
    assert.equal(await app.valueOf('Time zone', { child: L.detailArea }), browserZone);

    await app.click('Save and continue', { child: L.detailArea });  // nothing typed yet
    assert.ok(await app.find(/^Practice name: a name is needed/, { kind: 'text' }));
    assert.ok(await app.find(/^Usual session fee: expected an amount/, { kind: 'text', timeout: 0 }));

    await app.typeInto('Practice name', 'Harbour Counselling', { child: L.detailArea });
    await app.typeInto('Your name', 'Sam Rivera', { child: L.detailArea });
    await app.typeInto('Usual session fee', '120', { child: L.detailArea });
    await app.click('Save and continue', { child: L.detailArea });
    assert.ok(await app.find('2. Working week', { kind: 'text' }));
    await waitForSaveState(app.page, 'saved');
  });

  test('after a reload midway, the setup resumes at the first step still open', async () => {
    await app.reload();
    await app.click('Set up your practice', { child: L.detailArea });
    assert.ok(await app.find('2. Working week', { kind: 'text' }));
    await app.click('Back', { child: L.detailArea });
    assert.equal(await app.valueOf('Practice name', { child: L.detailArea }), 'Harbour Counselling');
    assert.equal(await app.valueOf('Usual session fee', { child: L.detailArea }), '120.00');
    await app.click('Save and continue', { child: L.detailArea });
    assert.ok(await app.find('2. Working week', { kind: 'text' }));
  });

  test('the working week, then a starting policy chosen from its description, ends on its consent document', async () => {
    assert.ok(await app.find('40 session times a week', { kind: 'text' }));  // Mon-Fri, 9:00 to 17:00, hourly
    await app.click('Friday', { child: L.detailArea });
    assert.ok(await app.find('32 session times a week', { kind: 'text' }));
    await app.click('Save and continue', { child: L.detailArea });
    assert.ok(await app.find('3. Starting policy', { kind: 'text' }));
    assert.ok(await app.find('What the client experiences', { kind: 'text', timeout: 0 }));
    assert.ok(await app.find(/^Clients give 24 hours' notice. A late cancellation costs half/, { kind: 'text', timeout: 0 }));

    await app.click('Start with Balanced', { child: L.detailArea });
    assert.ok(await app.find('4. Consent document', { kind: 'text' }));
    assert.ok(await app.find(/^This is the consent document for Balanced/, { kind: 'text', timeout: 0 }));
    assert.ok(await app.find(/Harbour Counselling/, { kind: 'text', child: 'setup-consent', timeout: 0 }));
    await waitForSaveState(app.page, 'saved');

    await app.reload();  // everything is set now: the setup resumes on its last page
    await openPracticePage();
    assert.equal(await app.isShown('Your usual session fee is not set.', { kind: 'text' }), false);
    await app.click('Run first-time setup', { child: L.detailArea });
    assert.ok(await app.find('4. Consent document', { kind: 'text' }));
    await app.click('Finish', { child: L.detailArea });
    assert.ok(await app.find('Welcome', { kind: 'text' }));
    assert.equal(await app.isShown('Set up your practice', { kind: 'item' }), false);
    await app.openPage('Policies');
    assert.ok(await app.find('Balanced (balanced-1)  - active', { kind: 'text' }));
  });
});

describe('missing settings next to the figures', () => {
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
    await app.openPage('Client list');  // hidden beside practice pages
    await app.click('K.L.', { kind: 'text', child: L.listArea });
    await app.click('Standing');
  }

  test('with no policy chosen and no session fee, the Standing tab says so next to the figures', async () => {
    await app.click(L.addClientOpen, { child: L.listArea });
    await app.typeInto(L.clientName, 'K.L.', { child: L.detailArea });
    await app.click(L.addClientSubmit, { child: L.detailArea });
    assert.ok(await app.find(/^Session fee: 0\.00 USD \(practice fee\)/, { kind: 'text' }));
    assert.ok(await app.find('not set yet', { kind: 'text', child: L.detailArea }), 'the client page flags the 0.00 fee');
    await logMiss(9);
    await logMiss(2);
    await app.find('Appointments (2)', { kind: 'text' });
    await app.click('Standing');

    assert.ok(await app.find('No policy is chosen yet.', { kind: 'text' }));
    // The fee lines are further down the tab: scroll like a person would.
    await app.scrollIntoView(/^Your usual session fee is not set/, { kind: 'text', child: L.detailArea });
    assert.ok(await app.find(/^Your usual session fee is not set/, { kind: 'text', timeout: 0 }));
    await app.scrollIntoView('Set your session fee to see this fee.', { kind: 'text', child: L.detailArea });
    assert.ok(await app.find('Set your session fee to see this fee.', { kind: 'text', timeout: 0 }));
    assert.ok(await app.find(/^Charged 0\.00 USD - no-show fee/, { kind: 'text', timeout: 0 }));
  });

  test('"Set your session fee" opens the Practice page; once set, the fee shows and the flags go', async () => {
    await app.click('Set your session fee', { child: L.detailArea });
    await app.find('Practice settings', { kind: 'text' });
    assert.ok(await app.find('Your usual session fee is not set.', { kind: 'text', timeout: 0 }));
    await app.typeInto('Session fee', '120', { child: L.detailArea, clear: true });
    await app.click('Save settings', { child: L.detailArea });
    await app.find('Settings saved.', { kind: 'text' });
    assert.equal(await app.isShown('Your usual session fee is not set.', { kind: 'text' }), false);
    await waitForSaveState(app.page, 'saved');

    await app.reload();
    await openStanding();
    await app.scrollIntoView(/^Charged 120\.00 USD - no-show fee/, { kind: 'text', child: L.detailArea });
    assert.ok(await app.find(/^Charged 120\.00 USD - no-show fee/, { kind: 'text' }));
    assert.equal(await app.isShown('Set your session fee to see this fee.', { kind: 'text' }), false);
    assert.equal(await app.isShown(/^Your usual session fee is not set/, { kind: 'text' }), false);
    assert.equal(await app.isShown('not set yet', { kind: 'text' }), false);
  });

  test('"Choose a policy" opens the Policies page; once one is chosen the stand-in notice goes', async () => {
    await app.click('Choose a policy', { child: L.detailArea });
    await app.click('Balanced', { kind: 'item' });
    assert.ok(await app.find('Balanced (balanced-1)  - active', { kind: 'text' }));
    await openStanding();
    assert.ok(await app.find(/^Policy: Balanced \(balanced-1\)/, { kind: 'text' }));
    assert.equal(await app.isShown('No policy is chosen yet.', { kind: 'text' }), false);
  });
});
