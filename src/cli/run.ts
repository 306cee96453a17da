/** Entry point of the `lode` command (bin/lode.js loads its compiled form, or this file through tsx). */
import { parseCliArgs, USAGE } from './args';

// A closed pipe (e.g. `lode estimate s.json | head`) ends the output quietly.
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code === 'EPIPE') process.exit(0);
  throw e;
});

/** True for -h/--help: answered before the commands (and their libraries) load, so help is instant. */
function helpOnly(argv: string[]): boolean {
  try {
    return parseCliArgs(argv) === 'help';
  } catch {
    return false;
  }
}

const argv = process.argv.slice(2);
let code = 0;
if (helpOnly(argv)) process.stdout.write(`${USAGE}\n`);
else code = await (await import('./main')).main(argv);
// Exit explicitly: worker threads and message ports must not keep the process alive.
process.stdout.write('', () => process.exit(code));
