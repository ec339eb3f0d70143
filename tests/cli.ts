import { main } from "@/lib/cli/ingest-main";
import { runScore } from "@/lib/cli/score-main";
import { runCheck } from "@/lib/cli/check-main";

export type CliRun = { code: number; stdout: string; stderr: string };

/** Runs `npm run ingest`'s main in this process, capturing what it prints. */
export async function runIngestCli(
  argv: string[],
  options: { cwd: string; env?: Record<string, string | undefined> },
): Promise<CliRun> {
  let stdout = "";
  let stderr = "";
  const code = await main(argv, {
    stdout: (text) => (stdout += text),
    stderr: (text) => (stderr += text),
    cwd: options.cwd,
    env: options.env ?? {},
  });
  return { code, stdout, stderr };
}

/** Runs `npm run score`'s main in this process, capturing what it prints. */
export async function runScoreCli(
  argv: string[],
  options: {
    cwd: string;
    env?: Record<string, string | undefined>;
    now?: Date;
  },
): Promise<CliRun> {
  let stdout = "";
  let stderr = "";
  const code = await runScore(argv, {
    stdout: (text) => (stdout += text),
    stderr: (text) => (stderr += text),
    cwd: options.cwd,
    env: options.env ?? {},
    now: options.now,
  });
  return { code, stdout, stderr };
}

/** Runs `npm run check`'s main in this process, capturing what it prints. */
export async function runCheckCli(
  argv: string[],
  options: { cwd: string; env?: Record<string, string | undefined> },
): Promise<CliRun> {
  let stdout = "";
  let stderr = "";
  const code = await runCheck(argv, {
    stdout: (text) => (stdout += text),
    stderr: (text) => (stderr += text),
    cwd: options.cwd,
    env: options.env ?? {},
  });
  return { code, stdout, stderr };
}
