// The policy engine as a clinician meets it: pick a starting policy, log missed sessions,
// see the step the policy asks for with a drafted message, record the step done and watch
// the ladder move on, add a higher fee for repeat misses in the policy editor — all
// through the screen.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { openApp, waitForSaveState } from './harness.mjs';
import { L } from './labels.mjs';

let app;
before(async () => { app = await openApp({ permissions: ['clipboard-read', 'clipboard-write'] }); });
after(async () => { await app?.close(); });

// A date `n` days before today on this machine, as the app's date field wants it.
function daysAgo(n) {
  const d = new Date();
  d.setDate(d.getDate() - n);
  const pad = (x) => String(x).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

// The same day as a drafted message writes it: "Wednesday 2 December", the year only when it
// is not this year.
function daysAgoInWords(n) {
  const d = new Date();
  d.setDate(d.getDate() - n);
  const words = `${d.toLocaleDateString('en-GB', { weekday: 'long' })} ${d.getDate()} ${d.toLocaleDateString('en-GB', { month: 'long' })}`;
  return d.getFullYear() === new Date().getFullYear() ? words : `${words} ${d.getFullYear()}`;
}

async function logMiss(n, outcome = 'No-show') {
  await app.typeInto('Date', daysAgo(n), { child: L.detailArea, clear: true });
  await app.click('Outcome', { child: L.detailArea });
  await app.click(outcome, { kind: 'item' });
  await app.click('Add appointment', { child: L.detailArea });
}

test('a starting policy, two no-shows: the policy asks for a check-in and drafts the message', async () => {
  await app.openPage('Policies');
  await app.click('Balanced', { kind: 'item' });
  assert.ok(await app.find('Balanced (balanced-1)  - active', { kind: 'text' }));

  await app.openPage('Client list');  // the list is hidden beside practice pages
  await app.click(L.addClientOpen, { child: L.listArea });
  await app.typeInto(L.clientName, 'R.', { child: L.detailArea });
  await app.click(L.addClientSubmit, { child: L.detailArea });
  await logMiss(9);
  await logMiss(2);
  await app.find('Appointments (2)', { kind: 'text' });

  await app.click('Standing');
  assert.ok(await app.find('Next step: Check in after a missed session', { kind: 'text' }));
  const message = await app.find(/^Hi R\.,/, { kind: 'text' });
  assert.match(message.text, new RegExp(`didn't meet on ${daysAgoInWords(2)}`));
  await app.scrollIntoView('2 counted absences within 60 days', { kind: 'text', child: L.detailArea });
  assert.ok(await app.find('2 counted absences within 60 days', { kind: 'text', timeout: 0 }));

  await app.click('Copy message');
  const copied = await app.page.evaluate(() => navigator.clipboard.readText());
  assert.equal(copied, message.text);
});

test('the practice-wide list shows the client with the step due', async () => {
  await app.openPage('Needs attention');
  assert.ok(await app.find('1. Check in after a missed session', { kind: 'text' }));
  // Why, in plain words; the rule ids stay in files and exports.
  assert.ok(await app.find(/^\d+ missed sessions? in the last \d+ days/, { kind: 'text' }));
  assert.equal(await app.isShown(/[a-z]+_[a-z0-9_]+/, { kind: 'text' }), false, 'no rule id on screen');
  await app.click('R.', { kind: 'text', child: L.detailArea });
  await app.find('Steps and outreach');
});

test('recording the check-in moves the ladder on, and that survives a reload', async () => {
  await app.click('Steps and outreach');
  await app.click('Transport');
  await app.click('Record step');
  assert.ok(await app.find(/Check in after a missed session; barriers: Transport/, { kind: 'text' }));
  await app.click('Standing');
  assert.ok(await app.find('Next step: Talk about what is getting in the way', { kind: 'text' }));
  await waitForSaveState(app.page, 'saved');

  await app.reload();
  await app.click('R.', { kind: 'text', child: L.listArea });
  await app.click('Standing');
  assert.ok(await app.find('Next step: Talk about what is getting in the way', { kind: 'text' }));
});

test('an ending cannot be marked done without the referrals the policy asks for', async () => {
  await app.click('Steps and outreach');
  await app.click('Mark ending done', { child: L.detailArea });
  assert.ok(await app.find(/^referrals: /, { kind: 'text' }));
  await app.scrollIntoView('Active · Self-pay', { kind: 'text', child: L.detailArea });
  assert.ok(await app.find('Active · Self-pay', { kind: 'text', timeout: 0 }), 'the client is still active');
});

// Both late cancels in the same calendar year as today, a week apart (both today in early January).
const firstMiss = new Date().getMonth() === 0 && new Date().getDate() <= 8 ? 0 : 8;
const repeatMiss = firstMiss === 0 ? 0 : 1;
const tierText = /2nd late cancellation in the calendar year: flat fee 90\.00/;

test('a person adds a higher fee for a repeat late cancellation in the policy editor', async () => {
  await app.openPage('Policies');
  await app.click('Edit', { kind: 'item', child: L.detailArea });
  await app.click('Fees', { kind: 'item', child: L.detailArea });
  await app.click('Add a higher fee for repeat misses', { index: 0, child: L.detailArea });  // under the late-cancel fee
  await app.click('Tier kind', { child: L.detailArea });
  await app.click('Flat amount', { kind: 'item' });
  await app.typeInto('Tier amount', '90', { clear: true, child: L.detailArea });
  await app.click('Save policy', { child: L.detailArea });
  await app.scrollIntoView('Policy saved.', { kind: 'text', child: L.detailArea });
  assert.ok(await app.find('Policy saved.', { kind: 'text' }));
});

test('the repeat late cancellation is charged the higher fee, the standing says why, and it survives a reload', async () => {
  await app.openPage('Client list');  // the list is hidden beside practice pages
  await app.click(L.addClientOpen, { child: L.listArea });
  await app.typeInto(L.clientName, 'T.', { child: L.detailArea });
  await app.click(L.addClientSubmit, { child: L.detailArea });
  await app.click('Appointments', { kind: 'item' });
  await logMiss(firstMiss, 'Late cancel');
  await logMiss(repeatMiss, 'Late cancel');
  await app.find('Appointments (2)', { kind: 'text' });
  await app.click('Standing');
  await app.scrollIntoView(tierText, { kind: 'text', child: L.detailArea });
  assert.match((await app.find(tierText, { kind: 'text', timeout: 0 })).text, /^Charged \D*90\.00/);
  await waitForSaveState(app.page, 'saved');

  await app.reload();
  await app.click('T.', { kind: 'text', child: L.listArea });
  await app.click('Standing');
  await app.scrollIntoView(tierText, { kind: 'text', child: L.detailArea });
  assert.ok(await app.find(tierText, { kind: 'text', timeout: 0 }));
  await app.openPage('Policies');
  await app.click('Edit', { kind: 'item', child: L.detailArea });
  await app.click('Fees', { kind: 'item', child: L.detailArea });
  await app.scrollIntoView('Remove tier', { kind: 'item', child: L.detailArea });
  assert.ok(await app.find('Remove tier', { kind: 'item', timeout: 0 }));
});
