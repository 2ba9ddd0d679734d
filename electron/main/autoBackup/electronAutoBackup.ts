// The automatic-backup service with Electron's pieces: settings in userData, the passphrase
// locked by safeStorage (the operating system's key store).
import { join } from 'node:path';
import { app, safeStorage } from 'electron';
import { autoBackupSettingsFile } from './autoBackupSettings';
import {
  createAutoBackupService,
  type AutoBackupService,
  type SecretStore,
} from './autoBackupService';

export const safeStorageSecrets: SecretStore = {
  // On Linux without a keyring, safeStorage falls back to a password built into Chromium
  // ("basic_text"): that is not protection, so automatic backup is not offered there.
  isAvailable: () =>
    safeStorage.isEncryptionAvailable() &&
    !(process.platform === 'linux' && safeStorage.getSelectedStorageBackend() === 'basic_text'),
  encryptString: (text) => safeStorage.encryptString(text),
  decryptString: (data) => safeStorage.decryptString(data),
};

let service: AutoBackupService | null = null;

/** Made on first use: userData can be asked for only once the app is ready. */
export function electronAutoBackupService(): AutoBackupService {
  service ??= createAutoBackupService({
    settingsPath: join(app.getPath('userData'), autoBackupSettingsFile),
    secrets: safeStorageSecrets,
  });
  return service;
}
