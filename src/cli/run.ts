/** Entry point of the `lode` command (bin/lode.js loads this through tsx). */
import { main } from './main';

// A closed pipe (e.g. `lode estimate s.json | head`) ends the output quietly.
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code === 'EPIPE') process.exit(0);
  throw e;
});

const code = await main(process.argv.slice(2));
// Exit explicitly: worker threads and message ports must not keep the process alive.
process.stdout.write('', () => process.exit(code));
