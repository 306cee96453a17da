import { COMMANDS, USAGE, parseCliArgs, type Command } from './args';
import { CliContext, loadScene } from './context';
import { exitCodeOf, reasonOf } from './errors';
import { validateCommand } from './commands/validate';
import { compositeCommand } from './commands/composite';
import { variogramCommand } from './commands/variogram';
import { estimateCommand } from './commands/estimate';
import { xvalCommand } from './commands/xval';
import { reportCommand } from './commands/report';
import { interceptsCommand } from './commands/intercepts';
import { swathCommand } from './commands/swath';
import { mergeCommand } from './commands/merge';
import { envelopeCommand } from './commands/envelope';
import { solidsCommand } from './commands/solids';
import { holesCommand } from './commands/holes';

const RUN: Record<Command, (ctx: CliContext) => Promise<void>> = {
  validate: validateCommand, composite: compositeCommand, variogram: variogramCommand,
  estimate: estimateCommand, xval: xvalCommand, report: reportCommand, intercepts: interceptsCommand, swath: swathCommand,
  merge: mergeCommand, envelope: envelopeCommand, solids: solidsCommand, holes: holesCommand,
};

/** Runs the CLI on argv (without node and script); returns the exit status (0 ok, 2 bad input, 1 internal error). */
export async function main(argv: string[]): Promise<number> {
  let ctx: CliContext | null = null;
  try {
    const args = parseCliArgs(argv);
    if (args === 'help') {
      process.stdout.write(`${USAGE}\n`);
      return 0;
    }
    const scene = await loadScene(args.scene);
    ctx = new CliContext(args, scene);
    await ctx.out.ready();
    await RUN[args.command](ctx);
    await ctx.close();
    return 0;
  } catch (e) {
    try { await ctx?.close(false); } catch { /* already failing */ }
    process.stderr.write(`${reasonOf(e)}\n`);
    if (exitCodeOf(e) === 2 && (e as Error).name === 'UsageError') process.stderr.write(`${USAGE}\n`);
    if (exitCodeOf(e) === 1 && process.env.LODE_DEBUG) process.stderr.write(`${(e as Error).stack ?? ''}\n`);
    return exitCodeOf(e);
  }
}

export { COMMANDS };
