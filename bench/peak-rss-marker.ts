/** The line a measured child prints on exit (bench/report-peak-rss.ts) and a benchmark reads. */
export const PEAK_RSS_MARKER = 'PEAK_RSS_KIB';
