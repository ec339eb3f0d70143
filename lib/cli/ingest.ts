import { settleWebhooks } from "@/lib/ingest/deliver-webhooks";
import { settleColumnLineage } from "@/lib/ingest/column-lineage-after-ingest";
import { main } from "./ingest-main";

// `npm run` starts scripts in the package's folder; paths on the command line
// are the user's, relative to where they ran npm (INIT_CWD).
const code = await main(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  cwd: process.env.INIT_CWD ?? process.cwd(),
  env: process.env,
});
// Webhooks about breaking changes are delivered after each commit, in the
// background: let them finish (or give up) before the process goes.
await settleWebhooks();
await settleColumnLineage();
// Exit explicitly with the code: an idle handle must not keep a finished run alive.
process.exit(code);
