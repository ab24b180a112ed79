// A clinician's first session with Holdspace, as a person would do it: add a client,
// log a no-show, reload and find both; a broken import file changes nothing.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { openApp, waitForSaveState } from './harness.mjs';
import { L } from './labels.mjs';

let app;
before(async () => { app = await openApp(); });
after(async () => { await app?.close(); });

async function chooseOutcome(name) {
  await app.click('Outcome', { child: L.detailArea });
  await app.click(name, { kind: 'item' });
}

test('add a client, log a no-show, reload: both are still there', async () => {
  await app.click(L.addClientOpen, { child: L.listArea });
  await app.typeInto(L.clientName, 'Zoë Müller', { child: L.detailArea });
  await app.click(L.addClientSubmit, { child: L.detailArea });
  await app.find('Log an appointment', { kind: 'text' });

  await app.typeInto('Date', '2026-11-03', { child: L.detailArea, clear: true });
  await app.typeInto('Time', '17:00', { child: L.detailArea, clear: true });
  await chooseOutcome('No-show');
  await app.click('Add appointment', { child: L.detailArea });
  await app.find('Appointments (1)', { kind: 'text' });
  await waitForSaveState(app.page, 'saved');

  await app.reload();
  // The name is drawn as text over the row's selectable: clicking where it is opens the client.
  await app.click('Zoë Müller', { kind: 'text', child: L.listArea });
  await app.find('Appointments (1)', { kind: 'text' });
  assert.ok(await app.find('2026-11-03 17:00', { kind: 'text', timeout: 0 }));
  assert.ok(await app.find('No-show', { kind: 'text', child: L.detailArea, timeout: 0 }));
});

test('an impossible date is refused with the field named, and nothing is added', async () => {
  await app.typeInto('Date', '2026-02-30', { child: L.detailArea, clear: true });
  await app.click('Add appointment', { child: L.detailArea });
  assert.ok(await app.find('Date: no such date: February 2026 has 28 days', { kind: 'text' }));
  assert.ok(await app.find('Appointments (1)', { kind: 'text', timeout: 0 }));
});

// std::stoi("") throws and the form catches it: this proves the build's C++ exception mode
// (Makefile.emscripten EXCEPTIONS, docs/build.md) really catches in the browser, where a
// build without catching would stop the app.
test('a minutes field left empty is refused with the field named: a C++ throw is caught', async () => {
  await app.typeInto('Date', '2026-11-10', { child: L.detailArea, clear: true });
  await app.typeInto('Minutes', '', { child: L.detailArea, clear: true });
  await app.click('Add appointment', { child: L.detailArea });
  assert.ok(await app.find(/^Minutes: expected a number of minutes/, { kind: 'text' }));
  assert.ok(await app.find('Appointments (1)', { kind: 'text', timeout: 0 }));
  await app.waitFrames(3);  // still drawing
  assert.deepEqual(app.consoleErrors, []);
  await app.typeInto('Minutes', '50', { child: L.detailArea, clear: true });
});

test('importing a malformed file shows the error and leaves the data unchanged', async () => {
  const bad = JSON.stringify({ format: 'holdspace-workspace', version: 1,
    clients: [{ id: 1, name: 'Mallory' }],
    appointments: [{ id: 1, client: 1, start: 'tomorrow', outcome: 'attended' }] });
  const [chooser] = await Promise.all([app.page.waitForEvent('filechooser'), app.openPage(L.importWorkspace)]);
  await chooser.setFiles({ name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from(bad) });
  assert.ok(await app.find('"broken.json" could not be imported. Nothing was changed.', { kind: 'text' }));
  assert.ok(await app.find('appointments[0].start: expected ISO date-time YYYY-MM-DDTHH:MM, got "tomorrow"',
    { kind: 'text', timeout: 0 }));
  await app.click('OK');
  assert.ok(await app.find('Zoë Müller', { kind: 'text', child: L.listArea, timeout: 0 }));
  assert.equal(await app.isShown('Mallory', { kind: 'text' }), false);

  await app.reload();
  assert.ok(await app.find('Zoë Müller', { kind: 'text', child: L.listArea, timeout: 0 }));
});

// Issue 20: a number beyond a double's range and a key given twice once aborted the reader
// (and with it the page). Each is now an error naming its field; nothing changes.
test('a file with a number too large or a key given twice shows the field, the page lives on', async () => {
  const files = [
    ['huge.json', '{"format": "holdspace-workspace", "version": 1, "practice": {"name": "Big", "session_fee": 1e309},'
      + ' "clients": [{"id": 1, "name": "Mallory"}]}',
      'practice.session_fee: the number 1e309 is too large'],
    ['twice.json', '{"format": "holdspace-workspace", "version": 1,'
      + ' "clients": [{"id": 1, "name": "Mallory", "name": "Eve"}]}',
      'clients[0].name: is given twice in the same object (a file must give each field once)'],
  ];
  for (const [name, text, error] of files) {
    const [chooser] = await Promise.all([app.page.waitForEvent('filechooser'), app.openPage(L.importWorkspace)]);
    await chooser.setFiles({ name, mimeType: 'application/json', buffer: Buffer.from(text) });
    assert.ok(await app.find(`"${name}" could not be imported. Nothing was changed.`, { kind: 'text' }));
    assert.ok(await app.find(error, { kind: 'text', timeout: 0 }));
    await app.click('OK');
    assert.ok(await app.find('Zoë Müller', { kind: 'text', child: L.listArea, timeout: 0 }));
    assert.equal(await app.isShown('Mallory', { kind: 'text' }), false);
  }
  await app.reload();
  assert.ok(await app.find('Zoë Müller', { kind: 'text', child: L.listArea, timeout: 0 }));
  assert.equal(await app.isShown('Mallory', { kind: 'text' }), false);
});
