import { closeDb } from "@/lib/db/client";
import { connectDatabase } from "@/lib/db/connect";
import { createToken, listTokens, revokeToken } from "@/lib/db/tokens";
import {
  describeScope,
  formatTokenTable,
  parseTokenCommand,
  TOKEN_USAGE,
  UsageError,
  type TokenCommand,
} from "./token-command";
import { exitWithError } from "./command-line";

async function runCommand(command: TokenCommand): Promise<number> {
  switch (command.name) {
    case "help":
      console.log(TOKEN_USAGE);
      return 0;
    case "create": {
      const { token, secret } = await createToken(command);
      // The secret alone goes to stdout so that scripts can capture it; the
      // rest is for the person at the terminal.
      console.error(
        `Created token ${token.id}, scope ${describeScope(token.project)}${token.label ? `, label "${token.label}"` : ""}.`,
      );
      console.error(
        "Its secret follows. It is shown only this once: store it now.",
      );
      console.log(secret);
      return 0;
    }
    case "revoke": {
      const outcome = await revokeToken(command.id);
      switch (outcome) {
        case "revoked":
          console.log(`Token ${command.id} revoked: it no longer works.`);
          return 0;
        case "already-revoked":
          console.log(`Token ${command.id} was already revoked.`);
          return 0;
        case "not-found":
          console.error(`No token with id ${command.id}.`);
          return 1;
      }
    }
    case "list":
      console.log(formatTokenTable(await listTokens()));
      return 0;
  }
}

let command: TokenCommand;
try {
  command = parseTokenCommand(process.argv.slice(2));
} catch (error) {
  if (!(error instanceof UsageError)) throw error;
  console.error(`token: ${error.message}\n\n${TOKEN_USAGE}`);
  process.exit(2);
}

const db =
  command.name === "help" ? null : await connectDatabase().catch(exitWithError);
let exitCode = 1;
try {
  exitCode = await runCommand(command);
} finally {
  await closeDb();
  await db?.cluster?.stop();
}
// Exit explicitly with the code: an idle handle must not keep a finished run alive.
process.exit(exitCode);
