import { prefetch } from './api';

/**
 * Start-up in two steps: this small entry asks for the app's code (React, antd, AG Grid) and,
 * right after, for the opening screen's rows, so main reads them while the code loads and is
 * parsed. On a large ledger the rows are on their way long before the app could ask for them.
 */
const app = import('./mount');
const screen = location.hash.replace(/^#\/?/, '') || 'workbench';
if (screen === 'enterprises') prefetch('enterprises:list', {});
else if (screen === 'lines') prefetch('lines:list', {});
else if (screen === 'cases') prefetch('cases:list', {});

void app.then((m) => m.mount(document.getElementById('root')!));
