/** Worker thread: reads one side of `npm run diff` (see readBothSides). */
import { parentPort, workerData } from "node:worker_threads";
import { runReadSide, type ReadSideJob } from "./diff-read";

parentPort?.postMessage(await runReadSide(workerData as ReadSideJob));
