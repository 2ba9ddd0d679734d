// What differs between the desktop app and a plain browser: saving and opening files, making
// PDFs, and what to put in the About panel. Features use this, never `window.tulay` directly.
import type {
  AutoBackupStatus,
  ConfigureAutoBackupRequest,
  FileFilter,
  FinishAutoBackupResult,
  OpenFileRequest,
  PrintToPdfRequest,
  SaveFileRequest,
  ShellLanguage,
} from '../../electron/contract';

export type {
  AutoBackupFailure,
  AutoBackupStatus,
  FileFilter,
  FinishAutoBackupResult,
  OpenFileRequest,
  PrintToPdfRequest,
  SaveFileRequest,
} from '../../electron/contract';

export interface OpenedFile {
  name: string;
  data: Uint8Array<ArrayBuffer>;
}

export interface AppInfo {
  name: string;
  version: string;
  platform: string;
  /** null in a plain browser. */
  electronVersion: string | null;
  chromeVersion: string | null;
}

/**
 * Automatic backups into a folder the officer chose (desktop only): main keeps the folder and the
 * passphrase (locked by the operating system's key store) and writes the file the renderer makes.
 */
export interface AutoBackupPlatform {
  status(): Promise<AutoBackupStatus>;
  /** The native folder dialog; the new status, or null if cancelled. */
  chooseFolder(): Promise<AutoBackupStatus | null>;
  configure(request: ConfigureAutoBackupRequest): Promise<AutoBackupStatus>;
  /** Forgets the folder and the passphrase; files already written stay. */
  turnOff(): Promise<AutoBackupStatus>;
  /** The saved passphrase, or null when there is none (or the key store cannot open it). */
  passphrase(): Promise<string | null>;
  /** Writes a backup into the folder, in pieces, and keeps the last N there. */
  write(blob: Blob): Promise<FinishAutoBackupResult>;
}

export interface Platform {
  /**
   * true: the desktop app, with native dialogs, and PDFs written to a file.
   * false: a plain browser, with downloads, its file picker, and its print dialog for PDFs.
   */
  readonly isDesktop: boolean;
  /** Where the data went (a path, or in a browser the download's file name); null if cancelled. */
  saveFile(request: SaveFileRequest): Promise<string | null>;
  /** The picked file, or null if cancelled. Rejects with FileTooLargeError above `maxBytes`. */
  openFile(request: OpenFileRequest): Promise<OpenedFile | null>;
  /**
   * Electron: the path of the written PDF, or null if cancelled.
   * Browser: always null, after opening the print dialog (where "Save as PDF" is one choice).
   */
  printToPdf(request: PrintToPdfRequest): Promise<string | null>;
  /**
   * Saves a large file as it is made (a backup). The desktop asks where first (the save dialog;
   * null if cancelled, and `make` is not called), then writes each piece `make` hands to `write`
   * into a temporary file beside the chosen one, renamed to it once `make` is done; `write`
   * resolves when the piece is written, so the maker waits for the disk. If `make` throws, the
   * temporary file is removed and the error passes on; a disk that fails throws SaveFailedError.
   * A browser gathers the pieces into a Blob (outside the JS heap) and downloads it at the end.
   * Resolves to where the file went (a path, or the download's name).
   */
  saveStream(
    suggestedName: string,
    filters: FileFilter[],
    make: (write: (piece: Uint8Array<ArrayBuffer>) => Promise<void>) => Promise<void>,
  ): Promise<string | null>;
  /** Picks a large file to read in slices (a backup); null if cancelled. */
  openBlob(filters: FileFilter[], maxBytes: number): Promise<{ name: string; blob: Blob } | null>;
  /** null in a plain browser, which cannot write into a folder on its own. */
  readonly autoBackup: AutoBackupPlatform | null;
  appInfo(): Promise<AppInfo>;
  /** The desktop shell draws its menu in this language; a browser has nothing to draw. */
  setLanguage(language: ShellLanguage): Promise<void>;
  /**
   * Tells the desktop shell the desk is locked (true) or signed in (false): while locked it
   * refuses files, printing and backups. A browser has no shell to tell.
   */
  setLocked(locked: boolean): Promise<void>;
  /**
   * The desktop app lets the page connect only to the catalogue it allowed (its CSP): this asks
   * it to allow the address's origin. `allowed` false: it will not (plain http on the network);
   * `reload`: allowed from the next page load on. A browser has nothing to ask.
   */
  allowCatalogue(address: string): Promise<{ allowed: boolean; reload: boolean }>;
}
