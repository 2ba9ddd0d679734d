// What differs between the desktop app and a plain browser: saving and opening files, making
// PDFs, and what to put in the About panel. Features use this, never `window.tulay` directly.
import type {
  FileFilter,
  OpenFileRequest,
  PrintToPdfRequest,
  SaveFileRequest,
  ShellLanguage,
} from '../../electron/contract';

export type {
  FileFilter,
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
   * Saves a large file built as a Blob (a backup). The browser hands the Blob to a download
   * without copying it; the desktop copies it once into bytes for the save dialog's IPC.
   */
  saveBlob(suggestedName: string, filters: FileFilter[], blob: Blob): Promise<string | null>;
  /** Picks a large file to read in slices (a backup); null if cancelled. */
  openBlob(filters: FileFilter[], maxBytes: number): Promise<{ name: string; blob: Blob } | null>;
  appInfo(): Promise<AppInfo>;
  /** The desktop shell draws its menu in this language; a browser has nothing to draw. */
  setLanguage(language: ShellLanguage): Promise<void>;
  /**
   * The desktop app lets the page connect only to the catalogue it allowed (its CSP): this asks
   * it to allow the address's origin. `allowed` false: it will not (plain http on the network);
   * `reload`: allowed from the next page load on. A browser has nothing to ask.
   */
  allowCatalogue(address: string): Promise<{ allowed: boolean; reload: boolean }>;
}
