// Preloaded by the bench (node --import bench/maxRss.mjs): prints the process's peak resident set
// size on exit, worker threads included (they share the process).
process.on('exit', () => process.stderr.write(`lode-max-rss-kb ${process.resourceUsage().maxRSS}\n`));
