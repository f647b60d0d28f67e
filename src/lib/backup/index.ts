/**
 * Backup and restore of the whole database over the app's own connection
 * (docs/decisions/019-backup-and-restore.md).
 */
export { BackupFileError, type Manifest } from './format';
export { checkReferralKey, type KeyCheck } from './key-check';
export { type RestoreProgress, restoreBackup } from './restore';
export { TargetNotEmpty } from './target';
export { type BackupProgress, writeBackup } from './write';
