/**
 * `npm start` (see launcher.ts). The driver guard must be in place before anything loads
 * postgres.js, and static imports are all loaded before any of them runs: hence this entry,
 * which registers it and then imports the launcher.
 */
import { guardPostgresWrites } from './postgres-guard';

guardPostgresWrites((line) => console.log(`[indgang] Advarsel: ${line}`));
await import('./launcher');
