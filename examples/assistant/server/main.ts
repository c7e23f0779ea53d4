import { parseCli, USAGE } from './cli-options';
import { createAssistantServer } from './server';

/** One line with the URL when listening; logs on standard error; a clean stop on SIGINT or SIGTERM. */
async function main(): Promise<void> {
  const command = parseCli(process.argv.slice(2));
  if (command.kind === 'help') {
    process.stdout.write(`${USAGE}\n`);
    return;
  }
  if (command.kind === 'invalid') {
    process.stderr.write(`${command.message}\n\n${USAGE}\n`);
    process.exitCode = 2;
    return;
  }
  let server: Awaited<ReturnType<typeof createAssistantServer>>;
  try {
    server = await createAssistantServer(command.options);
  } catch (error) {
    const code = error instanceof Error && 'code' in error ? error.code : undefined;
    const message =
      code === 'EADDRINUSE'
        ? `Port ${command.options.port ?? ''} is already in use: stop whatever uses it, or pass --port 0 for a free one.`
        : error instanceof Error
          ? error.message
          : String(error);
    process.stderr.write(`Cannot start the assistant server: ${message}\n`);
    process.exitCode = 1;
    return;
  }
  const { ledgerStartup } = server;
  if (ledgerStartup.source === 'recovered') {
    process.stderr.write(`The old ledger was unreadable and was kept at ${ledgerStartup.movedTo}.\n`);
  }
  process.stdout.write(`Assistant server listening on ${server.url}/ (ledger: ${server.dataFile})\n`);

  let stopping = false;
  const stop = (signal: NodeJS.Signals) => {
    if (stopping) {
      // A second Ctrl-C means now.
      process.exit(130);
    }
    stopping = true;
    process.stderr.write(`${signal}: stopping…\n`);
    server.close().then(
      () => process.exit(0),
      (error: unknown) => {
        process.stderr.write(
          `Stopped with an error: ${error instanceof Error ? error.message : String(error)}\n`,
        );
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

void main();
