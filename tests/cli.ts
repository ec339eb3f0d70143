import { main } from "@/lib/cli/ingest-main";

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
