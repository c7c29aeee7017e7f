import { createClient } from './client';
import { httpTransport, ipcTransport } from './transports';

/** The one client every screen uses; which transport is behind it is decided here only. */
export const api = createClient(window.ledger ? ipcTransport(window.ledger) : httpTransport());
export { ApiError, errorMessage } from './client';
