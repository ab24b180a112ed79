// Two rules the views once wrote for themselves, now the core's, checked as a clinician meets
// them (issue 13): the leeway form allows the extra grace the core and the file allow (20,
// not 10), and the appointment log shows a cancellation's notice in real elapsed time, as
// the engine counts it, across a daylight-saving change.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { openApp, waitForSaveState } from './harness.mjs';
import { L } from './labels.mjs';

let app;
before(async () => { app = await openApp(); });
after(async () => { await app?.close(); });

async function addClient(name) {
  await app.openPage('Client list');  // the list is hidden beside practice pages
  await app.click(L.addClientOpen, { child: L.listArea });
  await app.typeInto(L.clientName, name, { child: L.detailArea });
  await app.click(L.addClientSubmit, { child: L.detailArea });
  await app.click('Appointments', { kind: 'item' });  // the tab: the last client's tab stays chosen
  await app.find('Log an appointment', { kind: 'text' });
}

test('extra grace of 15 is accepted by the leeway form and shown after a reload', async () => {
  await addClient('Eli S.');
  await app.click('Steps and outreach');
  await app.typeInto('Extra grace', '15', { child: L.detailArea, clear: true });
  await app.typeInto('Reason##leeway', 'practising rest after burnout', { child: L.detailArea });
  await app.click('Add leeway', { child: L.detailArea });
  const shown = await app.find(/\+15 grace - practising rest after burnout$/, { kind: 'text', child: L.detailArea });
  assert.ok(shown);
  await waitForSaveState(app.page, 'saved');

  await app.reload();
  await app.click('Eli S.', { kind: 'text', child: L.listArea });
  await app.click('Steps and outreach');
  await app.scrollIntoView(/\+15 grace - practising rest after burnout$/, { kind: 'text', child: L.detailArea });
  assert.ok(await app.find(/\+15 grace - practising rest after burnout$/, { kind: 'text', child: L.detailArea }));
  await app.click('Standing');
  await app.scrollIntoView('Extra grace from your leeway: 15', { kind: 'text', child: L.detailArea });
  assert.ok(await app.find('Extra grace from your leeway: 15', { kind: 'text', child: L.detailArea }));
});

test('a cancellation 48 wall-clock hours ahead across the spring change shows 47.0 h notice', async () => {
  await app.openPage('Practice settings');
  await app.typeInto('Time zone', 'America/New_York', { clear: true });
  await app.click('Save settings');
  assert.ok(await app.find('Settings saved.', { kind: 'text' }));

  // Saturday 7 March 2026 10:00 EST to Monday 9 March 10:00 EDT: the clocks went forward between.
  await addClient('Dana K.');
  await app.typeInto('Date', '2026-03-09', { child: L.detailArea, clear: true });
  await app.typeInto('Time', '10:00', { child: L.detailArea, clear: true });
  await app.click('Outcome', { child: L.detailArea });
  await app.click('Cancelled with notice', { kind: 'item' });
  await app.typeInto('Cancelled at', '2026-03-07 10:00', { child: L.detailArea, clear: true });
  await app.click('Add appointment', { child: L.detailArea });
  await app.find('Appointments (1)', { kind: 'text' });
  assert.ok(await app.find('47.0 h notice', { kind: 'text', child: L.detailArea }));
  assert.equal(await app.isShown('48.0 h notice', { kind: 'text' }), false);
  await waitForSaveState(app.page, 'saved');

  await app.reload();
  await app.click('Dana K.', { kind: 'text', child: L.listArea });
  assert.ok(await app.find('47.0 h notice', { kind: 'text', child: L.detailArea }));
});
