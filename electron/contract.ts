// The typed IPC contract between the renderer and the main process: for each channel, the
// arguments the renderer sends and the result it gets back. The preload exposes exactly this
// (`TulayBridge`); main parses every argument with these schemas before acting.
// Imports only zod: it is compiled for the renderer (DOM, no Node) as well as for main.
import { z } from 'zod';

/** The preload exposes the bridge as `window.tulay`. */
export const bridgeGlobalName = 'tulay';
export type BridgeGlobalName = typeof bridgeGlobalName;

const MiB = 1024 * 1024;
/** Larger exports than this are a bug, not a report; IPC copies the whole payload. */
export const maxSaveBytes = 256 * MiB;
/** The ceiling for `openFile`'s `maxBytes`; callers pick a smaller one for what they import. */
export const maxOpenBytes = 256 * MiB;

// A suggested name is only a default in the save dialog: a bare file name, never a path, and
// valid on Windows too so the dialog does not reject it.
const fileName = z
  .string()
  .trim()
  .min(1)
  .max(200)
  .refine((name) => !/[\\/:*?"<>|\p{Cc}]/u.test(name), 'must be a file name, not a path')
  .refine((name) => !/^\.+$/.test(name), 'must not be "." or ".."');

const fileFilter = z.strictObject({
  name: z.string().min(1).max(100),
  extensions: z
    .array(z.string().regex(/^(\*|[A-Za-z0-9]{1,16})$/, 'an extension without the dot, or *'))
    .min(1)
    .max(20),
});
const fileFilters = z.array(fileFilter).max(10);

const bytes = z.instanceof(Uint8Array);

export const saveFileRequest = z.strictObject({
  suggestedName: fileName,
  filters: fileFilters,
  data: z.union([
    z.string().max(maxSaveBytes),
    bytes.refine((data) => data.byteLength <= maxSaveBytes, 'is larger than the save limit'),
  ]),
});
/** The path the file was written to, or null when the person cancelled the dialog. */
export const saveFileResult = z.string().nullable();

export const openFileRequest = z.strictObject({
  filters: fileFilters,
  maxBytes: z.number().int().positive().max(maxOpenBytes),
});
// "Too large" is a result, not an error, so the renderer can tell the person in their own
// language which file was too big and what the limit is (an Error loses its fields over IPC).
export const openFileResult = z
  .discriminatedUnion('status', [
    z.strictObject({ status: z.literal('opened'), name: z.string(), data: bytes }),
    z.strictObject({
      status: z.literal('too-large'),
      name: z.string(),
      size: z.number().int().nonnegative(),
      maxBytes: z.number().int().positive(),
    }),
  ])
  .nullable();

export const printToPdfRequest = z.strictObject({
  suggestedName: fileName,
  pageSize: z.enum(['A4', 'Letter']),
  landscape: z.boolean(),
});
/** The path of the written PDF, or null when the person cancelled the dialog. */
export const printToPdfResult = z.string().nullable();

/** Tulay's interface languages (domain/records/desk LANGUAGES; a test keeps them equal). */
export const shellLanguages = ['en', 'fil', 'es', 'ca', 'ar'] as const;
export type ShellLanguage = (typeof shellLanguages)[number];
/** The language the officer chose in Tulay, for the menu main draws. */
export const setLanguageRequest = z.enum(shellLanguages);

/**
 * The desk was locked (true) or a staff member signed in (false). While locked, main refuses the
 * data channels (files, print, backups): nothing leaves the desk with no one signed in.
 */
export const setLockedRequest = z.boolean();

/** A catalogue address the officer saved; main checks it (catalogueOrigin) before allowing it. */
export const allowCatalogueRequest = z.string().min(1).max(2048);
/** allowed: its origin may be connected to; reload: the open page must reload to use it. */
export const allowCatalogueResult = z.strictObject({ allowed: z.boolean(), reload: z.boolean() });

// The userData path is deliberately absent: the renderer has no use for where data lives on disk.
export const appInfoResult = z.strictObject({
  name: z.string(),
  version: z.string(),
  platform: z.string(),
  versions: z.strictObject({ electron: z.string(), chrome: z.string() }),
});

// Automatic backups (desktop only, docs/backup.md): main keeps the folder the officer chose and
// the passphrase, locked with the operating system's key store (safeStorage). The renderer never
// names a path: main writes into the chosen folder under a name of its own.
/** How many automatic backups the folder keeps, at most and by default. */
export const maxKeptBackups = 60;
export const defaultKeptBackups = 7;
/** The largest piece of a backup sent in one call; a backup goes over in pieces. */
export const maxBackupPieceBytes = 16 * MiB;

/** Why an automatic backup could not be written, in terms the renderer can put into words. */
export const autoBackupFailure = z.enum([
  'noFolder',
  'folderMissing',
  'diskFull',
  'notWritable',
  'unavailable',
  'other',
]);

export const autoBackupStatusResult = z.strictObject({
  /** false when the operating system offers no protected key store (then no automatic backup). */
  available: z.boolean(),
  folder: z.string().nullable(),
  keep: z.number().int().min(1).max(maxKeptBackups),
  /** Automatic backups are on: a folder and a saved passphrase. */
  enabled: z.boolean(),
});

export const configureAutoBackupRequest = z.strictObject({
  keep: z.number().int().min(1).max(maxKeptBackups),
  /** Absent: keep the saved passphrase (changing only how many files are kept). */
  passphrase: z.string().min(10).max(1024).optional(),
});

const writeId = z.uuid();
const failed = z.strictObject({ status: z.literal('failed'), reason: autoBackupFailure });

export const beginAutoBackupResult = z.discriminatedUnion('status', [
  z.strictObject({ status: z.literal('started'), writeId, fileName: z.string() }),
  failed,
]);
export const appendAutoBackupResult = z.discriminatedUnion('status', [
  z.strictObject({ status: z.literal('written') }),
  failed,
]);
export const finishAutoBackupResult = z.discriminatedUnion('status', [
  z.strictObject({
    status: z.literal('saved'),
    folder: z.string(),
    fileName: z.string(),
    /** Older automatic backups deleted to keep the last N. */
    deleted: z.number().int().nonnegative(),
  }),
  failed,
]);
const backupPiece = bytes.refine(
  (data) => data.byteLength > 0 && data.byteLength <= maxBackupPieceBytes,
  'must be between 1 byte and the piece limit',
);

// A large file saved as it is made (a manual backup): main asks where in the save dialog, then
// takes pieces of at most maxBackupPieceBytes, one call each, into a temporary file beside the
// chosen one, renamed to it at the end. null: the person cancelled the dialog.
export const beginSaveStreamRequest = saveFileRequest.omit({ data: true });
export const beginSaveStreamResult = z
  .discriminatedUnion('status', [z.strictObject({ status: z.literal('started'), writeId }), failed])
  .nullable();
export const finishSaveStreamResult = z.discriminatedUnion('status', [
  z.strictObject({ status: z.literal('saved'), path: z.string() }),
  failed,
]);

interface ChannelSpec {
  readonly channel: string;
  readonly args: z.ZodTuple;
  readonly result: z.ZodType;
}

export const contract = {
  saveFile: {
    channel: 'tulay:save-file',
    args: z.tuple([saveFileRequest]),
    result: saveFileResult,
  },
  beginSaveStream: {
    channel: 'tulay:begin-save-stream',
    args: z.tuple([beginSaveStreamRequest]),
    result: beginSaveStreamResult,
  },
  appendSaveStream: {
    channel: 'tulay:append-save-stream',
    args: z.tuple([writeId, backupPiece]),
    result: appendAutoBackupResult,
  },
  finishSaveStream: {
    channel: 'tulay:finish-save-stream',
    args: z.tuple([writeId]),
    result: finishSaveStreamResult,
  },
  abortSaveStream: {
    channel: 'tulay:abort-save-stream',
    args: z.tuple([writeId]),
    result: z.null(),
  },
  openFile: {
    channel: 'tulay:open-file',
    args: z.tuple([openFileRequest]),
    result: openFileResult,
  },
  printToPdf: {
    channel: 'tulay:print-to-pdf',
    args: z.tuple([printToPdfRequest]),
    result: printToPdfResult,
  },
  appInfo: { channel: 'tulay:app-info', args: z.tuple([]), result: appInfoResult },
  setLanguage: {
    channel: 'tulay:set-language',
    args: z.tuple([setLanguageRequest]),
    result: z.null(),
  },
  setLocked: {
    channel: 'tulay:set-locked',
    args: z.tuple([setLockedRequest]),
    result: z.null(),
  },
  allowCatalogue: {
    channel: 'tulay:allow-catalogue',
    args: z.tuple([allowCatalogueRequest]),
    result: allowCatalogueResult,
  },
  autoBackupStatus: {
    channel: 'tulay:auto-backup-status',
    args: z.tuple([]),
    result: autoBackupStatusResult,
  },
  chooseBackupFolder: {
    channel: 'tulay:choose-backup-folder',
    args: z.tuple([]),
    // The status with the new folder, or null when the person cancelled the dialog.
    result: autoBackupStatusResult.nullable(),
  },
  configureAutoBackup: {
    channel: 'tulay:configure-auto-backup',
    args: z.tuple([configureAutoBackupRequest]),
    result: autoBackupStatusResult,
  },
  turnOffAutoBackup: {
    channel: 'tulay:turn-off-auto-backup',
    args: z.tuple([]),
    result: autoBackupStatusResult,
  },
  autoBackupPassphrase: {
    channel: 'tulay:auto-backup-passphrase',
    args: z.tuple([]),
    result: z.string().nullable(),
  },
  beginAutoBackup: {
    channel: 'tulay:begin-auto-backup',
    args: z.tuple([]),
    result: beginAutoBackupResult,
  },
  appendAutoBackup: {
    channel: 'tulay:append-auto-backup',
    args: z.tuple([writeId, backupPiece]),
    result: appendAutoBackupResult,
  },
  finishAutoBackup: {
    channel: 'tulay:finish-auto-backup',
    args: z.tuple([writeId]),
    result: finishAutoBackupResult,
  },
  abortAutoBackup: {
    channel: 'tulay:abort-auto-backup',
    args: z.tuple([writeId]),
    result: z.null(),
  },
} as const satisfies Readonly<Record<string, ChannelSpec>>;

export type Contract = typeof contract;
export type ChannelKey = keyof Contract;
export type ChannelArgs<K extends ChannelKey> = z.output<Contract[K]['args']>;
export type ChannelResult<K extends ChannelKey> = z.output<Contract[K]['result']>;

/** The object the preload exposes as `window.tulay`: one async method per channel. */
export type TulayBridge = {
  readonly [K in ChannelKey]: (
    ...args: z.input<Contract[K]['args']>
  ) => Promise<z.output<Contract[K]['result']>>;
};

export type FileFilter = z.input<typeof fileFilter>;
export type SaveFileRequest = z.input<typeof saveFileRequest>;
export type OpenFileRequest = z.input<typeof openFileRequest>;
export type OpenFileResult = z.output<typeof openFileResult>;
export type PrintToPdfRequest = z.input<typeof printToPdfRequest>;
export type AppInfo = z.output<typeof appInfoResult>;
export type AutoBackupStatus = z.output<typeof autoBackupStatusResult>;
export type AutoBackupFailure = z.output<typeof autoBackupFailure>;
export type ConfigureAutoBackupRequest = z.input<typeof configureAutoBackupRequest>;
export type BeginAutoBackupResult = z.output<typeof beginAutoBackupResult>;
export type AppendAutoBackupResult = z.output<typeof appendAutoBackupResult>;
export type FinishAutoBackupResult = z.output<typeof finishAutoBackupResult>;
export type BeginSaveStreamResult = z.output<typeof beginSaveStreamResult>;
export type FinishSaveStreamResult = z.output<typeof finishSaveStreamResult>;
