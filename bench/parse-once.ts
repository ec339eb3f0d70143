/** Child process: how long the engine's JSON.parse alone takes on a file (read and decode excluded). */
import fs from "node:fs";

const text = fs.readFileSync(process.argv[2] ?? "", "utf8");
const started = performance.now();
JSON.parse(text);
const parseMs = performance.now() - started;
console.log(JSON.stringify({ parseMs }));
