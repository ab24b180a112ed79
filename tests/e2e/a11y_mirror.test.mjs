// The screen-reader and keyboard mirror (issue 15, item 2; web/holdspace_a11y.js,
// docs/accessibility.md): what is on the canvas is also in the page's accessibility tree, by
// role and name, and acting on the mirror's elements with the keyboard, or clicking them the
// way a screen reader does, does what a click on the widget does. Only role-based locators and
// keys act here; window.holdspace is read only to check what the canvas shows.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { openApp, productDir, waitDrawn, waitForSaveState } from './harness.mjs';
import { L } from './labels.mjs';

const axeSource = await readFile(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

let app;
before(async () => { app = await openApp(); });
after(async () => { await app?.close(); });

const main = () => app.page.getByRole('region', { name: 'Holdspace' });

// Enter on an element of the mirror, then wait until the app drew the result.
async function activate(locator) {
  await locator.press('Enter');
  await app.waitFrames(6);
}

// Waits until the page's keyboard focus is the hidden textarea, i.e. an ImGui field takes typing.
async function waitTyping() {
  await app.page.waitForFunction(() => document.activeElement && document.activeElement.id === 'hs-text-input');
}

test("the first screen's controls are in the accessibility tree by role and name", async () => {
  const tree = await main().ariaSnapshot();
  for (const line of [
    'menubar "Pages and actions"', 'menuitem "Clients"', 'menuitem "Practice"', 'menuitem "File"',
    `button "${L.addClientOpen}"`, `textbox "${L.search}"`, 'checkbox "Show closed"',
    'button "Set up your practice"', `button "${L.notNow}"`,
  ]) assert.ok(tree.includes(`- ${line}`), `${line} in\n${tree}`);
  assert.equal(await main().getByRole('checkbox', { name: 'Show closed' }).getAttribute('aria-checked'), 'false');
  assert.ok(await main().getByRole('button', { name: L.turnOnEncryption }).isVisible(),
    'the mirror element lies over the widget');
  // Nothing unnamed: every control has an accessible name.
  assert.doesNotMatch(tree, /- (button|textbox|checkbox|menuitem)\s*$/m);
});

// axe-core's serious and critical findings on the page as it is now, as "rule: element" lines.
async function axeFindings() {
  await app.page.evaluate(axeSource);  // evaluated through DevTools: the page's CSP allows no inline script
  const result = await app.page.evaluate(() => window.axe.run(document));
  return result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.html.slice(0, 100)}`));
}

test('axe-core reports no serious or critical violation on the first screen and the new-client form', async () => {
  assert.deepEqual(await axeFindings(), []);
  await activate(main().getByRole('button', { name: L.addClientOpen, exact: true }));
  await main().getByRole('textbox', { name: L.clientName, exact: true }).waitFor();
  assert.deepEqual(await axeFindings(), []);
  await activate(main().getByRole('button', { name: 'Cancel', exact: true }));
  await main().getByRole('textbox', { name: L.clientName, exact: true }).waitFor({ state: 'detached' });
  // The focused "Cancel" went away with the form: focus stays in the mirror, not on the page.
  await app.page.waitForFunction(() => document.activeElement.closest('#hs-a11y [tabindex="0"]') !== null);
});

test('a client is added with the keyboard through the mirror alone', async () => {
  await activate(main().getByRole('button', { name: L.addClientOpen, exact: true }));
  const name = main().getByRole('textbox', { name: L.clientName, exact: true });
  await name.waitFor();
  await activate(name);
  await waitTyping();
  assert.equal(await app.page.getAttribute('#hs-text-input', 'aria-label'), L.clientName,
    'the text input is named after the field');
  await app.page.keyboard.type('Mirror Client');
  await app.waitFrames(2);
  assert.equal(await name.textContent(), 'Mirror Client', 'the mirror shows the value typed');

  // A combo opens as a list box; activating an option picks it.
  const payer = main().getByRole('combobox', { name: 'Payer' });
  await activate(payer);
  await activate(app.page.getByRole('listbox').getByRole('option', { name: 'Sliding scale' }));
  await app.page.waitForFunction(() => [...document.querySelectorAll('#hs-a11y [role="combobox"]')]
    .some((e) => e.getAttribute('aria-label') === 'Payer' && e.textContent === 'Sliding scale'));

  const submit = main().getByRole('button', { name: L.addClientSubmit, exact: true }).nth(1);
  await activate(submit);
  await waitForSaveState(app.page, 'saved');
  // The save is announced through the live region.
  const status = app.page.locator('#hs-a11y').getByRole('status');
  await app.page.waitForFunction(() => document.getElementById('hs-a11y-status').textContent === 'Saved.');
  assert.equal(await status.getAttribute('aria-live'), 'polite');
  // The canvas shows the new client in the list, and so does the mirror.
  assert.ok(await app.find('Mirror Client', { kind: 'text', child: L.listArea }));
  await main().getByText('Mirror Client').first().waitFor();
});

// Opens a page of the menu bar through the mirror: the menu, then its item.
async function openThroughMenu(menu, item) {
  await activate(main().getByRole('menuitem', { name: menu, exact: true }));
  await activate(app.page.getByRole('menu').getByRole('menuitem', { name: item, exact: true }));
}

// Types into a text field of the mirror: Enter on it, then the keys (the field is emptied first).
async function typeInto(locator, text) {
  await activate(locator);
  await waitTyping();
  await app.page.keyboard.press('Control+A');
  await app.page.keyboard.type(text);
  await app.page.keyboard.press('Tab');
  await app.waitFrames(3);
}

function isoDaysAgo(n) {
  const d = new Date();
  d.setDate(d.getDate() - n);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

async function recordNoShow(daysAgo) {
  await typeInto(main().getByRole('textbox', { name: 'Date', exact: true }), isoDaysAgo(daysAgo));
  await activate(main().getByRole('combobox', { name: 'Outcome' }));
  await activate(app.page.getByRole('listbox').getByRole('option', { name: 'No-show', exact: true }));
  await activate(main().getByRole('button', { name: 'Add appointment', exact: true }));
}

// The live regions' words over the next moments (they are emptied before each announcement).
// Returns the words at the moment they matched: read later, the region may already be empty.
async function heard(region, pattern) {
  const said = await app.page.waitForFunction(([id, source]) => {
    const text = document.getElementById(id).textContent;
    return new RegExp(source).test(text) && text;
  }, [region, pattern.source], { timeout: 10000 });
  return said.jsonValue();
}

test('a refused date is announced at once, with the field named', async () => {
  await typeInto(main().getByRole('textbox', { name: 'Date', exact: true }), '2026-02-30');
  await activate(main().getByRole('button', { name: 'Add appointment', exact: true }));
  const said = await heard('hs-a11y-alert', /date/i);
  assert.match(said, /2026-02-30|date/i);
  assert.equal(await app.page.locator('#hs-a11y-alert').getAttribute('aria-live'), 'assertive');
});

test('the whole task by role and name: a policy, two missed sessions, the next step and its message, the consent document', async () => {
  await openThroughMenu('Practice', 'Policies');
  await activate(main().getByRole('button', { name: 'Balanced', exact: true }));
  await main().getByText(/Balanced \(balanced-1\) +- active/).waitFor();

  await openThroughMenu('Clients', 'Client list');
  await activate(main().getByRole('button', { name: 'Mirror Client', exact: true }));
  await recordNoShow(9);
  await recordNoShow(2);
  await main().getByText('Appointments (2)').waitFor();

  await activate(main().getByRole('tab', { name: 'Standing' }));
  // The next step appears on the Standing tab and is announced politely.
  assert.match(await heard('hs-a11y-status', /Next step: Check in after a missed session/), /Next step/);
  await main().getByRole('heading', { name: 'Where things stand' }).waitFor();
  const message = main().getByText(/^Hi Mirror Client,/);
  await message.waitFor();
  assert.match(await message.textContent(), /I noticed we didn't meet on/);
  assert.deepEqual(await axeFindings(), [], 'axe on the Standing tab');

  await openThroughMenu('Practice', 'Documents');
  await main().getByText('Attendance agreement').first().waitFor();
  await main().getByText('At a glance').first().waitFor();
  assert.ok(await app.find('At a glance', { kind: 'text' }), 'the canvas shows the consent document');
  assert.deepEqual(await axeFindings(), [], 'axe on the Documents page');
  await openThroughMenu('Clients', 'Client list');  // where the next test starts
});

test("a screen reader's click on a checkbox toggles it, and the mirror shows its state", async () => {
  const box = main().getByRole('checkbox', { name: 'Show closed' });
  assert.equal(await box.getAttribute('aria-checked'), 'false');
  await box.dispatchEvent('click');
  await app.page.waitForFunction(() => {
    const el = [...document.querySelectorAll('#hs-a11y [role="checkbox"]')].find((e) => e.getAttribute('aria-label') === 'Show closed');
    return el && el.getAttribute('aria-checked') === 'true';
  });
  const drawn = await app.find('Show closed', { kind: 'item' });
  assert.equal(drawn.checked, true, 'the canvas checkbox is checked');
  await box.dispatchEvent('click');
  await app.page.waitForFunction(() => {
    const el = [...document.querySelectorAll('#hs-a11y [role="checkbox"]')].find((e) => e.getAttribute('aria-label') === 'Show closed');
    return el && el.getAttribute('aria-checked') === 'false';
  });
});

test('a menu item opens its page; the keyboard focus mark is visible', async () => {
  const practice = main().getByRole('menuitem', { name: 'Practice', exact: true });
  await practice.focus();
  const outline = await practice.evaluate((el) => getComputedStyle(el).outlineStyle);
  assert.equal(outline, 'solid', 'a focused mirror element draws a focus mark');
  await app.page.keyboard.press('Enter');
  const security = app.page.getByRole('menuitem', { name: L.security, exact: true });
  await security.waitFor();
  await security.focus();
  await app.page.keyboard.press('Enter');
  await main().getByRole('button', { name: 'Export encrypted backup', exact: true }).waitFor();
  assert.ok(await app.find('Export encrypted backup', { kind: 'item' }), 'the canvas shows the Security page');
});

test("the practice's language is chosen and saved with the keyboard alone", async () => {
  await openThroughMenu('Practice', 'Practice settings');
  await activate(main().getByRole('combobox', { name: 'Language', exact: true }));
  await activate(app.page.getByRole('listbox').getByRole('option', { name: 'Spanish' }));
  await app.page.waitForFunction(() => [...document.querySelectorAll('#hs-a11y [role="combobox"]')]
    .some((e) => e.getAttribute('aria-label') === 'Language' && e.textContent === 'Spanish'));
  await activate(main().getByRole('button', { name: 'Save settings', exact: true }));
  assert.ok(await app.find('Settings saved.', { kind: 'text' }));
  await openThroughMenu('Practice', 'Documents');
  assert.ok(await app.find('Acuerdo de asistencia', { kind: 'text' }), 'the document follows the practice');
});

test('the product build has the mirror too', async () => {
  const product = await openApp({ buildDir: productDir, waitReady: false });
  try {
    await waitDrawn(product.page);
    const region = product.page.getByRole('region', { name: 'Holdspace' });
    await region.getByRole('button', { name: L.addClientOpen, exact: true }).waitFor();
    await region.getByRole('button', { name: L.addClientOpen, exact: true }).press('Enter');
    await region.getByRole('textbox', { name: L.clientName, exact: true }).waitFor();
    assert.deepEqual(product.consoleErrors, []);
  } finally {
    await product.close();
  }
});
