/**
 * One `npm run diff` in this process (`diff-once.ts OLD NEW`): prints its
 * wall time, exit code, peak RSS and what it found, as JSON on the last line.
 */
import { runDiff } from "@/lib/cli/diff-main";

const [oldPath = "", newPath = ""] = process.argv.slice(2);
let output = "";
const started = performance.now();
const cpuBefore = process.cpuUsage();
const exitCode = await runDiff([oldPath, newPath, "--format", "json"], {
  stdout: (text) => (output += text),
  stderr: (text) => process.stderr.write(text),
  cwd: process.cwd(),
  env: process.env,
});
const wallMs = performance.now() - started;
// Process-wide: the worker threads' time included.
const cpu = process.cpuUsage(cpuBefore);
const body = JSON.parse(output) as { counts: Record<string, number> };
console.log(
  JSON.stringify({
    wallMs,
    cpuMs: (cpu.user + cpu.system) / 1000,
    exitCode,
    counts: body.counts,
    maxRssMb: process.resourceUsage().maxRSS / 1024,
  }),
);
