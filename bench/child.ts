import { spawn } from "node:child_process";

const TSX = ["--conditions=react-server", "--import", "tsx"];

/** Runs a bench script in a fresh Node process (own heap, own peak RSS) and returns its JSON answer. */
export function runChild<T>(
  script: string,
  args: string[],
  env: Record<string, string> = {},
): Promise<T> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [...TSX, script, ...args], {
      env: { ...process.env, ...env },
      stdio: ["ignore", "pipe", "inherit"],
    });
    let out = "";
    child.stdout
      .setEncoding("utf8")
      .on("data", (chunk: string) => (out += chunk));
    child.once("error", reject);
    child.once("exit", (code) => {
      if (code !== 0) return reject(new Error(`${script} exited with ${code}`));
      const last = out.trim().split("\n").at(-1) ?? "";
      try {
        resolve(JSON.parse(last) as T);
      } catch {
        reject(
          new Error(`${script} printed no JSON result: ${out.slice(-500)}`),
        );
      }
    });
  });
}
