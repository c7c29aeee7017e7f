import { prefetch } from './api';

/**
 * Start-up in two steps: this small entry asks main for the opening screen's rows at once, then
 * loads the app's code (React, antd, AG Grid) while main reads them. On a large ledger the rows
 * are on their way before the code has even been parsed.
 */
const screen = location.hash.replace(/^#\/?/, '') || 'enterprises';
if (screen === 'enterprises') prefetch('enterprises:list', {});
else if (screen === 'lines') prefetch('lines:list', {});
else if (screen === 'cases') prefetch('cases:list', {});

void import('./mount').then((m) => m.mount(document.getElementById('root')!));
