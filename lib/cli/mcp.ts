import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";
import { closeDb } from "@/lib/db/client";
import { connectDatabase } from "@/lib/db/connect";
import { mcpTokenBudgetSchema, MIN_MCP_TOKEN_BUDGET } from "@/lib/env";
import { createCatalogMcpServer } from "@/lib/mcp/server";
import {
  exitWithError,
  parseCommandLine,
  readCommandLineOrExit,
  UsageError,
} from "./command-line";

const USAGE = `Usage: npm --silent run mcp [-- --token-budget N]

Serves the catalog's MCP tools over stdio, for desktop assistants: JSON-RPC on
stdin and stdout, log lines on stderr. Reads the database the other scripts
use (DATABASE_URL, else the embedded cluster in CATALOG_DATA_DIR).
(--silent keeps npm's own banner off stdout.)

Options:
  --token-budget N   tokens at most in each tool's text answer
                     (default: CATALOG_MCP_TOKEN_BUDGET, else 4000; at least 200)
  -h, --help         this help
`;

const tokenBudget = readCommandLineOrExit(USAGE, () => {
  const { values } = parseCommandLine({
    args: process.argv.slice(2),
    options: {
      help: { type: "boolean", short: "h" },
      "token-budget": { type: "string" },
    },
  });
  if (values.help) return "help";
  const raw = values["token-budget"];
  if (raw === undefined) return undefined;
  const budget = mcpTokenBudgetSchema.safeParse(raw);
  if (budget.success) return budget.data;
  throw new UsageError(
    `--token-budget ${raw}: not a whole number of tokens from ${MIN_MCP_TOKEN_BUDGET}`,
  );
});

// stdout is the protocol's channel: whatever a library logs goes to stderr.
console.log = console.error;
console.info = console.error;

const db = await connectDatabase().catch(exitWithError);
const server = createCatalogMcpServer(tokenBudget);
const transport = new StdioServerTransport();

let isClosing = false;
async function leave(code: number): Promise<never> {
  if (!isClosing) {
    isClosing = true;
    await server.close().catch(() => undefined);
    await closeDb();
    await db.cluster?.stop();
  }
  process.exit(code);
}

// The client ends the session by closing our stdin.
process.stdin.once("end", () => void leave(0));
await server.connect(transport);
console.error(
  `mesh-catalog MCP server ready on stdio (${db.isEmbedded ? "embedded database" : "DATABASE_URL"})`,
);
