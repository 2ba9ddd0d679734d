// Entry point of `npm run catalogue`: the server, or an administration command.
import { COMMANDS, USAGE, runCommand } from './cli';
import { loadConfig } from './config';
import { openDatabase, prepare } from './database';
import { startServer } from './server';

async function command(argv: string[]) {
  // Help needs no database (opening the embedded one the first time takes a while).
  if (!(COMMANDS as readonly string[]).includes(argv[0]!) || argv[0] === 'help') {
    process.stdout.write(`${USAGE}\n`);
    return argv[0] === 'help' ? 0 : 2;
  }
  const config = loadConfig();
  const database = await openDatabase(config);
  try {
    await prepare(database.db);
    return await runCommand(database.db, argv, (line) => process.stdout.write(`${line}\n`));
  } finally {
    await database.close();
  }
}

async function serve() {
  const config = loadConfig();
  if (!config.databaseUrl) {
    process.stdout.write(`Tulay catalogue: embedded database in ${config.dataDir}\n`);
  }
  const server = await startServer(config);
  process.stdout.write(`Tulay catalogue listening on ${server.url} (Ctrl+C stops it)\n`);
  const shutdown = (signal: string) => {
    server.app.log.info({ signal }, 'stopping: finishing in-flight requests');
    server.stop().then(
      () => process.exit(0),
      (error: unknown) => {
        server.app.log.error({ err: error }, 'stop failed');
        process.exit(1);
      },
    );
  };
  process.once('SIGINT', () => shutdown('SIGINT'));
  process.once('SIGTERM', () => shutdown('SIGTERM'));
}

const argv = process.argv.slice(2);
const run =
  argv.length === 0 || argv[0] === 'serve' ? serve().then(() => undefined) : command(argv);
run.then(
  (code) => {
    if (typeof code === 'number') process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  },
);
