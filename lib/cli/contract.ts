import { runContract } from "./contract-main";

// `npm run` starts scripts in the package's folder; the contract path is the
// user's, relative to where they ran npm (INIT_CWD).
const code = await runContract(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  cwd: process.env.INIT_CWD ?? process.cwd(),
  env: process.env,
});
process.exit(code);
