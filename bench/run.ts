/**
 * `npm run bench [-- PART ...]`: runs the named parts (default: all) and prints their figures.
 * A part is an async function returning false when it misses a target; add new parts to PARTS
 * (e.g. the app's browser part) with a lazy import so parts load only when run.
 */
export {};

type Part = () => Promise<boolean>;

const PARTS: Record<string, { about: string; run: Part }> = {
  engine: { about: 'kriging: blocks/s with 1 and 2 worker threads, against R gstat; peak memory', run: async () => (await import('./engine')).engineBench() },
  browser: { about: 'app in headless Chromium, 1,000,000 blocks: GPU upload, cutoff → summary, longest main-thread task during an estimate', run: async () => (await import('./browser')).browserBench() },
  profile: { about: 'where a block\'s time goes: search, covariances, factorization, solve, output', run: async () => (await import('./profileBlock')).profileBench() },
  large: { about: 'lode estimate of 10,000,000 blocks as a whole process: peak memory (streamed output)', run: async () => (await import('./largeModel')).largeModelBench() },
  isosurface: { about: 'marching cubes on 1,000,000 blocks', run: async () => (await import('./isosurface')).isosurfaceBench() },
};

async function main(argv: string[]): Promise<number> {
  if (argv.includes('--help') || argv.includes('-h')) {
    console.log(`usage: npm run bench [-- PART ...]\nparts:\n${Object.entries(PARTS).map(([k, p]) => `  ${k.padEnd(10)} ${p.about}`).join('\n')}`);
    return 0;
  }
  const names = argv.length ? argv : Object.keys(PARTS);
  const unknown = names.filter((n) => !PARTS[n]);
  if (unknown.length) {
    console.error(`bench: unknown part ${unknown.join(', ')} (parts: ${Object.keys(PARTS).join(', ')})`);
    return 2;
  }
  let ok = true;
  for (const name of names) {
    console.log(`== ${name}`);
    ok = (await PARTS[name].run()) && ok;
  }
  return ok ? 0 : 1;
}

process.exitCode = await main(process.argv.slice(2));
