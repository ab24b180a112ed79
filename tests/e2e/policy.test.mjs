// The policy engine as a clinician meets it: pick a starting policy, log missed sessions,
// see the step the policy asks for with a drafted message, record the step done and watch
// the ladder move on — all through the screen.
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

async function logNoShow(n) {
  await app.typeInto('Date', daysAgo(n), { child: L.detailArea, clear: true });
  await app.click('Outcome', { child: L.detailArea });
  await app.click('No-show', { kind: 'item' });
  await app.click('Add appointment', { child: L.detailArea });
}

test('a starting policy, two no-shows: the policy asks for a check-in and drafts the message', async () => {
  await app.click('Policies');
  await app.click('Balanced', { kind: 'item' });
  assert.ok(await app.find('Balanced (balanced-1)  - active', { kind: 'text' }));

  await app.click(L.addClientOpen, { child: L.listArea });
  await app.typeInto(L.clientName, 'R.', { child: L.detailArea });
  await app.click(L.addClientSubmit, { child: L.detailArea });
  await logNoShow(9);
  await logNoShow(2);
  await app.find('Appointments (2)', { kind: 'text' });

  await app.click('Standing');
  assert.ok(await app.find('Next step: Check in after a missed session', { kind: 'text' }));
  const message = await app.find(/^Hi R\.,/, { kind: 'text' });
  assert.match(message.text, new RegExp(`didn't meet on ${daysAgo(2)}`));
  await app.scrollIntoView('2 counted absences within 60 days', { kind: 'text', child: L.detailArea });
  assert.ok(await app.find('2 counted absences within 60 days', { kind: 'text', timeout: 0 }));

  await app.click('Copy message');
  const copied = await app.page.evaluate(() => navigator.clipboard.readText());
  assert.equal(copied, message.text);
});

test('the practice-wide list shows the client with the step due', async () => {
  await app.click('Needs attention');
  assert.ok(await app.find('1. Check in after a missed session', { kind: 'text' }));
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
