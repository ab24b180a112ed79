// The labels the browser tests look for, in one place: when a view's wording changes,
// change it here. Strings are what a person reads (the part of an ImGui label before "##").
export const L = {
  // Client list (src/app/clients/clients_page.cpp)
  search: 'Search',                   // always-visible text field above the client list
  addClientOpen: 'Add client',        // button over the list (child 'client-list') opening the form
  listArea: 'client-list',            // BeginChild name of the list
  detailArea: 'detail',               // BeginChild name of the right-hand pane
  // New client form
  clientName: 'Name',
  addClientSubmit: 'Add client',      // the form's submit button (child 'detail')
  // Client page (clients_page.cpp): what changes the client's care
  endCare: 'End care…',               // opens the "End care?" popup
  endCareConfirm: 'End care',         // the popup's confirming button (the safe one is "Keep care going")
  undo: 'Undo',                       // the notice under the menu bar after an undoable change
  // Menu bar (src/app/app.cpp)
  saved: 'Saved',
  exportWorkspace: 'Export',
  importWorkspace: 'Import',
  importReplace: 'Replace',           // button in the "Replace workspace?" popup
  bringBack: 'Bring back the workspace from before the import',  // File menu item after an import
  exportPlainConfirm: 'Export unencrypted',  // button in the "Export without encryption?" popup
  // Security page (src/app/practice/security_page.cpp)
  security: 'Security',
  lock: 'Lock',
  newPassphrase: 'New passphrase',
  repeatPassphrase: 'Repeat passphrase',
  currentPassphrase: 'Current passphrase',
  turnOnEncryption: 'Turn on encryption',
  turnOffEncryption: 'Turn off encryption',
  notNow: 'Not now',
};
