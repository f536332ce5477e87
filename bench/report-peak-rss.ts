/**
 * Preloaded (`--import`) into a child process whose memory a benchmark measures: when the child
 * exits, it prints its peak resident memory as one line on stderr, which the benchmark reads.
 * The kernel keeps the peak (getrusage's maxrss), so nothing samples while the child works.
 * Importing this module is what installs the hook: only children load it.
 */
import { PEAK_RSS_MARKER } from './peak-rss-marker.ts';

process.on('exit', () => {
  process.stderr.write(`\n${PEAK_RSS_MARKER} ${process.resourceUsage().maxRSS}\n`);
});
