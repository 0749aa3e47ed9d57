// Preloaded into a child process by the bench: reports its peak resident memory on exit.
process.on('exit', () => process.stderr.write(`\n__maxrss_kb ${process.resourceUsage().maxRSS}\n`));
