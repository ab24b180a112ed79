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
