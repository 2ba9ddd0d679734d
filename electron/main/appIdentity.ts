// Tulay's identity on disk. The IndexedDB that holds every case lives in the userData folder,
// which Electron names after productName; electron-builder's appId ties installs and updates
// together. Renaming either makes the next version start with an empty database.
// electron-builder.yml and package.json repeat these values; a test keeps them equal.
export const appName = 'Tulay';
export const appId = 'ph.tulay.desk';
