import { parseArgs } from 'node:util';

export const COMMANDS = ['validate', 'composite', 'variogram', 'estimate', 'xval', 'report', 'intercepts', 'swath', 'merge', 'envelope', 'solids', 'holes'] as const;
export type Command = typeof COMMANDS[number];

export const USAGE = `usage: lode <command> <scene.json> [--out FILE] [--threads N] [--json]
       lode estimate <scene.json> --tile K/N --out TILE     (one of N tiles, K from 0)
       lode merge <scene.json> TILE... --out FILE           (the tiles joined: exactly one run's file)

commands:
  validate   import and validate the data; list every finding (exit 0 even with findings)
  composite  composite the drillholes: CSV HOLEID,FROM,TO,X,Y,Z,<elements> (--out F.vtp: VTK lines)
  variogram  experimental variograms and the model per element: CSV
  estimate   krige the block model: CSV X,Y,Z,<EL>,<EL>_VAR,<EL>_NS,<EL>_SLOPE,<EL>_PASS,<EL>_NH,<EL>_DIST (GSLIB order, NaN = unestimated)
             and, when the scene's resources configure them, CLASS, the metal equivalent and VALUE_T;
             --out F.csv: block-model CSV XC,YC,ZC,XINC,YINC,ZINC,<fields>; F.dat/.gslib: GSLIB; F.vti: VTK ImageData
  xval       cross-validation: CSV HOLEID,X,Y,Z,<EL>,<EL>_EST,<EL>_VAR per sample
  report     validation summary, statistics, a grade–tonnage table and the resource report
             (breakeven cutoffs, tonnes by region, class and cutoff, cutoff–price curve)
  intercepts significant intercepts per hole: CSV HOLEID,FROM,TO,LENGTH,<EL>,GRADE_LENGTH,INCLUDING
  swath      swath plots: CSV AXIS,FROM,TO,<EL>_COMP_MEAN,<EL>_COMP_N,<EL>_BLOCK_MEAN,<EL>_BLOCK_N per slice
  envelope   the envelope the app draws (domain solid, grade shell or estimate ≥ the view's cutoff): CSV ENVELOPE,LEVEL,VOLUME,AREA,TRIANGLES;
             --out F.obj / F.stl: the mesh (world coordinates)
  solids     the scene's domain solids and surfaces (OBJ/STL/DXF): CSV NAME,SOURCE,KIND,VERTICES,TRIANGLES,CLOSED,VOLUME;
             --out F.obj / F.stl: all of them, one object each
  holes      desurveyed hole traces: CSV HOLEID,MD,X,Y,Z per station (--out F.vtp: VTK lines)
  merge      joins the tile files of \`estimate --tile\` into the estimate CSV (exit 2 when a tile is missing or overlaps)

options:
  -o, --out FILE     write the output to FILE (default: standard output)
  -t, --threads N    worker threads for estimate/xval/report/envelope (default: one per core; 0 = main thread)
  -q, --quiet        no progress on standard error
  --axis X|Y|Z       swath: the axis of the slices (default: all three)
  --width W          swath: slice width in scene units (default: 5 block sizes)
  --tile K/N         estimate: only tile K of N (whole Z-levels, or block ranges when N > levels)
      --json         report: the resource report as JSON
  -h, --help         this help
exit status: 0 success, 2 bad input (scene, file, column), 1 internal error`;

/** Parsed command line. */
export interface CliArgs {
  command: Command;
  scene: string;
  out?: string;
  threads?: number;
  quiet: boolean;
  /** swath: axis of the slices (all three when absent). */
  axis?: 'X' | 'Y' | 'Z';
  /** swath: slice width in scene units (5 block sizes when absent). */
  width?: number;
  /** report: print the resource report as JSON. */
  json?: boolean;
  /** estimate: tile k (from 0) of n. */
  tile?: { k: number; n: number };
  /** merge: the tile files. */
  files?: string[];
}

/** A command line that cannot be used (exit 2, with the usage). */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

/** Parses argv (without node and script); returns 'help' for -h/--help. */
export function parseCliArgs(argv: string[]): CliArgs | 'help' {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv, allowPositionals: true, strict: true,
      options: {
        out: { type: 'string', short: 'o' },
        threads: { type: 'string', short: 't' },
        quiet: { type: 'boolean', short: 'q', default: false },
        axis: { type: 'string' },
        width: { type: 'string' },
        json: { type: 'boolean', default: false },
        tile: { type: 'string' },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
  } catch (e) {
    throw new UsageError((e as Error).message.split('\n')[0]);
  }
  const { values, positionals } = parsed;
  if (values.help) return 'help';
  const [command, scene, ...rest] = positionals;
  if (!command) throw new UsageError('missing command');
  if (!(COMMANDS as readonly string[]).includes(command)) throw new UsageError(`unknown command "${command}" (commands: ${COMMANDS.join(', ')})`);
  if (!scene) throw new UsageError(`${command}: missing scene file`);
  if (command === 'merge' && rest.length === 0) throw new UsageError('merge: no tile files given');
  if (rest.length && command !== 'merge') throw new UsageError(`unexpected argument "${rest[0]}"`);
  if (values.tile !== undefined && command !== 'estimate') throw new UsageError('--tile: only for estimate');
  let threads: number | undefined;
  if (values.threads !== undefined) {
    threads = Number(values.threads);
    if (!Number.isInteger(threads) || threads < 0 || threads > 256) throw new UsageError(`--threads: expected a whole number from 0 to 256, got "${values.threads}"`);
  }
  if (values.out === '') throw new UsageError('--out: missing file name');
  if (values.json && command !== 'report') throw new UsageError('--json: only for report');
  if ((values.axis !== undefined || values.width !== undefined) && command !== 'swath') throw new UsageError(`--axis and --width are options of swath, not ${command}`);
  let axis: CliArgs['axis'];
  if (values.axis !== undefined) {
    const a = values.axis.toUpperCase();
    if (a !== 'X' && a !== 'Y' && a !== 'Z') throw new UsageError(`--axis: expected X, Y or Z, got "${values.axis}"`);
    axis = a;
  }
  let width: number | undefined;
  if (values.width !== undefined) {
    width = Number(values.width);
    if (!(width > 0 && Number.isFinite(width))) throw new UsageError(`--width: expected a positive number, got "${values.width}"`);
  }
  const tile = values.tile === undefined ? undefined : parseTile(values.tile);
  return {
    command: command as Command, scene, out: values.out, threads, quiet: values.quiet ?? false, axis, width, json: values.json ?? false,
    tile, files: command === 'merge' ? rest : undefined,
  };
}

/** "K/N" → tile k of n (0 ≤ k < n), as Kubernetes' JOB_COMPLETION_INDEX and Slurm's SLURM_ARRAY_TASK_ID count. */
export function parseTile(text: string): { k: number; n: number } {
  const m = /^(\d+)\/(\d+)$/.exec(text.trim());
  const k = m ? Number(m[1]) : NaN, n = m ? Number(m[2]) : NaN;
  if (!m || !(n >= 1) || !(k < n)) throw new UsageError(`--tile: expected K/N with 0 ≤ K < N (e.g. 0/8), got "${text}"`);
  return { k, n };
}
