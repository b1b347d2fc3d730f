// Preloaded into a benchmarked process (node --import): on exit, its CPU time (user + system, µs)
// as the last line of stderr, so that two programs can be compared on one batch in one run.
process.on("exit", () => {
  const { user, system } = process.cpuUsage();
  process.stderr.write(`\ncpu-us ${user + system}\n`);
});
