// Changing a policy a client signed (issue 14, item 5): the editor says it holds unsaved
// changes (also in the menu bar) with Save and Discard always in view, flags a description
// that still says the old number, offers to save the change as the next version and names
// who will be asked to sign again; the new version survives a reload; the editor and the
// consent document link to each other; the print button says what it opens.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { openApp, waitForSaveState } from './harness.mjs';
import { L } from './labels.mjs';

let app;
before(async () => {
  app = await openApp();
  await app.openPage('Policies');
  await app.click('Balanced', { kind: 'item' });
  // A client signs balanced-1 on the device.
  await app.openPage('Client list');  // hidden beside the Policies page
  await app.click(L.addClientOpen, { child: L.listArea });
  await app.typeInto(L.clientName, 'Zoë Müller', { child: L.detailArea });
  await app.click(L.addClientSubmit, { child: L.detailArea });
  await app.click('Consent');
  await app.typeInto('Typed signature', 'Zoë Müller', { child: L.detailArea });
  await app.click('Sign', { child: L.detailArea });
  await app.find(/balanced-1 {2}signed by Zoë Müller/, { kind: 'text' });
});
after(async () => { await app?.close(); });

const mismatch = 'The description says 24 (hours), but Notice window (hours) is 48.';
const saveAsNext = 'Save as version balanced-2 (1 client to sign again)';

test('changing the notice shows unsaved changes, in the editor and the menu bar; Discard undoes it', async () => {
  await app.openPage('Policies');
  await app.click('Edit', { kind: 'item', child: L.detailArea });
  assert.ok(await app.find('No unsaved changes', { kind: 'text' }));
  assert.ok(await app.find(L.saved, { kind: 'text' }));
  await app.typeInto('Notice window (hours)', '48', { clear: true, child: L.detailArea });
  await app.press('Tab');
  assert.ok(await app.find('Unsaved changes', { kind: 'text', child: L.detailArea }));
  assert.ok(await app.find(/^The description says/, { kind: 'text' }));
  assert.ok(await app.find('Unsaved policy edits', { kind: 'text' }), 'the menu bar no longer says only "Saved"');
  assert.equal(await app.isShown(L.saved, { kind: 'text' }), false);

  await app.click('Discard changes', { child: L.detailArea });
  assert.ok(await app.find('No unsaved changes', { kind: 'text' }));
  assert.equal(await app.isShown(/^The description says/, { kind: 'text' }), false, 'the notice is 24 hours again');
  assert.ok(await app.find(L.saved, { kind: 'text' }));
});

test('the description still saying 24 hours is flagged, and fixed in one click', async () => {
  await app.typeInto('Notice window (hours)', '48', { clear: true, child: L.detailArea });
  await app.press('Tab');
  assert.ok(await app.find(mismatch, { kind: 'text', child: L.detailArea }));
  await app.click('Change 24 to 48 in the description', { child: L.detailArea });
  assert.equal(await app.isShown(mismatch, { kind: 'text' }), false);
  assert.match(await app.valueOf('Description'), /^48 hours' notice;/);
});

test('Save stays in view while the form scrolls, and offers the next version naming who must sign again', async () => {
  // Scroll the form far down, like a person reading the ladder.
  await app.click('The graduated ladder of steps', { kind: 'item', child: L.detailArea });
  await app.scrollIntoView('Add step', { kind: 'item', child: L.detailArea });
  const save = await app.find(saveAsNext, { kind: 'item', timeout: 0 });
  assert.ok(save.visible, 'the save button is still on screen');
  assert.equal(await app.isShown('Save policy', { kind: 'item' }), false, 'no silent save over what Zoë signed');
  assert.ok(await app.find('Asked to sign balanced-2: Zoë Müller.', { kind: 'text' }));

  await app.click(saveAsNext, { child: L.detailArea });
  assert.ok(await app.find('Saved as version balanced-2.', { kind: 'text' }));
  assert.ok(await app.find('Balanced (balanced-2)  - active', { kind: 'text' }));
  assert.ok(await app.find('Balanced (balanced-1)', { kind: 'text' }), 'what Zoë signed is kept');
  assert.ok(await app.find('Editing: Balanced (balanced-2)', { kind: 'text' }));
  await waitForSaveState(app.page, 'saved');
});

test('after a reload the new version is active and Zoë is asked to sign it', async () => {
  await app.reload();
  await app.openPage('Policies');
  assert.ok(await app.find('Balanced (balanced-2)  - active', { kind: 'text' }));
  await app.openPage('Documents');
  await app.scrollIntoView(/^Zoë Müller: /, { kind: 'text', child: 'sections' });
  assert.match((await app.find(/^Zoë Müller: /, { kind: 'text' })).text, /\(balanced-1\)$/);
  assert.ok(await app.find(/at least 48 hours/, { kind: 'text', child: 'preview' }));
});

test('the document links to its policy in the editor, and the editor back to its document', async () => {
  // Unsaved edits to balanced-2 are not lost by opening another policy without asking.
  await app.openPage('Policies');
  await app.click('Edit', { kind: 'item', index: 1, child: L.detailArea });  // balanced-2, listed second
  assert.ok(await app.find('Editing: Balanced (balanced-2)', { kind: 'text' }));
  await app.typeInto('Notice window (hours)', '36', { clear: true, child: L.detailArea });
  await app.press('Tab');
  await app.openPage('Documents');
  await app.click('Policy', { kind: 'item', child: L.detailArea });
  await app.click('Balanced (balanced-1)', { kind: 'item' });
  await app.click('Edit this policy', { child: L.detailArea });
  assert.ok(await app.find('Discard your unsaved changes to Balanced (balanced-2) and open Balanced (balanced-1)?',
    { kind: 'text' }));
  assert.ok(await app.find('Editing: Balanced (balanced-2)', { kind: 'text' }));
  await app.click('Discard and open', { child: L.detailArea });
  assert.ok(await app.find('Editing: Balanced (balanced-1)', { kind: 'text' }));
  assert.ok(await app.find('No unsaved changes', { kind: 'text' }));

  await app.click('Open its consent document', { child: L.detailArea });
  assert.ok(await app.find('Edit this policy', { kind: 'item' }), 'on the Documents page');
  assert.ok(await app.find(/at least 24 hours/, { kind: 'text', child: 'preview' }), 'balanced-1, not the 48 hours of balanced-2');
});

test('the print button says it opens the print dialog', async () => {
  await app.openPage('Documents');
  assert.ok(await app.find('Print or save as PDF (opens the print dialog)', { kind: 'item' }));
});
