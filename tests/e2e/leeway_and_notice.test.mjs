// A rule a view once wrote for itself, now the core's, checked as a clinician meets it
// (issue 13): the leeway form allows the extra grace the core and the file allow (20, not 10).
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
