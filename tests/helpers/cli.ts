// The command-line tools as the unit tests run them: each run is its own Node process with its
// real exit status, started from a bundle of scripts/<name>.ts that the unit project's global
// setup (tests/helpers/cliBundle.ts) compiles once per test run. Through tsx, each of the ~90
// runs would spend over a second compiling and loading modules before reaching the CLI's code.
// tests/unit/cli-bundle.test.ts checks that the bundle answers as `npm run <name>` does.
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';

export type CliName = 'export' | 'fabric';

/** Where the bundles go: inside the project, so their packages resolve from node_modules. */
export const CLI_BUNDLES = resolve('node_modules/.cache/usinette-cli');

export const bundleOf = (name: CliName) => resolve(CLI_BUNDLES, `${name}.mjs`);

/** `npm run <name> -- …args`, from the bundle: status, stdout and stderr as text. */
export function runCli(name: CliName, args: string[], env: NodeJS.ProcessEnv = process.env) {
  return spawnSync(process.execPath, [bundleOf(name), ...args], { encoding: 'utf8', env });
}
