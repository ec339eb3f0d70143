/**
 * Child process: ingests the given paths with the CLI's own entry point
 * against DATABASE_URL, and reports wall time and this process's peak RSS.
 */
import { main } from "@/lib/cli/ingest-main";

const started = performance.now();
let output = "";
const code = await main([...process.argv.slice(2), "--json"], {
  stdout: (text) => (output += text),
  stderr: () => {},
  cwd: process.cwd(),
  env: process.env,
});
const wallMs = performance.now() - started;
const maxRssMb = process.resourceUsage().maxRSS / 1024;
if (code !== 0) {
  console.error(output);
  process.exit(code);
}
console.log(
  JSON.stringify({ wallMs, maxRssMb, result: JSON.parse(output) as unknown }),
);
process.exit(0);
