import { spawn } from "node:child_process";
import path from "node:path";

/** The repository, where `npm --prefix` finds the package's scripts. */
export const REPO = path.resolve(import.meta.dirname, "..");

export type NpmRun = { code: number | null; stdout: string; stderr: string };

/**
 * Runs `npm run <script> -- <args>` as a user would: from `cwd`, with only
 * `env` for environment, capturing what it prints and its exit code.
 */
export function runNpmScript(
  script: string,
  args: string[],
  options: { cwd: string; env: NodeJS.ProcessEnv },
): Promise<NpmRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      "npm",
      ["--prefix", REPO, "--silent", "run", script, "--", ...args],
      { cwd: options.cwd, env: options.env, stdio: ["ignore", "pipe", "pipe"] },
    );
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    child.on("error", reject);
    child.on("close", (code) => resolve({ code, stdout, stderr }));
  });
}
