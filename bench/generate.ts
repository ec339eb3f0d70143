import { spawn } from "node:child_process";
import { runToEnd } from "@/lib/cli/next-server";

/** Writes a synthetic mesh with the project's own generator (`npm run sample -- --synthetic`). */
export async function generateMesh(
  outDir: string,
  options: { projects: number; models: number; seed: number },
): Promise<void> {
  const args = [
    "--conditions=react-server",
    "--import",
    "tsx",
    "lib/cli/sample.ts",
    "--out",
    outDir,
    "--synthetic",
  ];
  args.push(
    "--projects",
    String(options.projects),
    "--models",
    String(options.models),
    "--seed",
    String(options.seed),
  );
  await runToEnd(
    spawn(process.execPath, args, { stdio: ["ignore", "ignore", "inherit"] }),
    "sample generation",
  );
}
