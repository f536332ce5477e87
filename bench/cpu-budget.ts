/**
 * What the CPU alone allows a target against direct Meilisearch, from the CPU every process spent
 * per request in a load run. When every core is busy, requests per second are inversely
 * proportional to that total, so a server in front of the engine can reach at most direct's total
 * over its own: a bound that stays readable on a machine too noisy for the throughput ratio.
 */
import { ratio, type LoadMeasurement } from './processes.ts';

/** Every process's CPU per request together, or undefined when one of them could not be read. */
export function totalCpuMicros(measurement: LoadMeasurement, hasServer: boolean): number | undefined {
  const { server, engine, loadGenerator } = measurement.cpuMicrosPerRequest;
  if (engine === undefined || (hasServer && server === undefined)) return undefined;
  return (server ?? 0) + engine + loadGenerator;
}

/** Direct's CPU per request over the target's (two decimals), or null when either is unknown. */
export function cpuBoundRatio(target: LoadMeasurement, direct: LoadMeasurement): number | null {
  const targetMicros = totalCpuMicros(target, true);
  const directMicros = totalCpuMicros(direct, false);
  return targetMicros === undefined || directMicros === undefined ? null : ratio(directMicros, targetMicros);
}
