import { Bot, KeyRound } from "lucide-react";
import { Badge } from "@/components/ui/badge";
import { RelativeTime } from "@/components/ui/relative-time";
import {
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableHeaderCell,
  TableRow,
} from "@/components/ui/table";
import type { TokenRecord } from "@/lib/db/tokens";
import { now } from "@/lib/clock";
import { RevokeTokenButton } from "./revoke-token-button";

/** A token's state as its page shows it. */
function readState(token: TokenRecord): "active" | "revoked" | "expired" {
  if (token.revokedAt) return "revoked";
  if (token.expiresAt && token.expiresAt <= now()) return "expired";
  return "active";
}

/** The tokens a person manages: what each is for, when it was last used, when it ends. */
export function TokenTable({ tokens }: { tokens: TokenRecord[] }) {
  return (
    <Table label="Tokens">
      <TableHead>
        <TableRow>
          <TableHeaderCell>Token</TableHeaderCell>
          <TableHeaderCell>Scope</TableHeaderCell>
          <TableHeaderCell>Created</TableHeaderCell>
          <TableHeaderCell>Last used</TableHeaderCell>
          <TableHeaderCell>Expires</TableHeaderCell>
          <TableHeaderCell>State</TableHeaderCell>
          <TableHeaderCell align="right">
            <span className="sr-only">Actions</span>
          </TableHeaderCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {tokens.map((token) => {
          const state = readState(token);
          const name = token.label ?? `token #${token.id}`;
          return (
            <TableRow key={token.id}>
              <TableCell>
                <div className="flex items-center gap-2">
                  {token.kind === "ci" ? (
                    <Bot aria-hidden className="size-4 text-fg-muted" />
                  ) : (
                    <KeyRound aria-hidden className="size-4 text-fg-muted" />
                  )}
                  <div className="flex min-w-0 flex-col">
                    <span className="font-medium">{name}</span>
                    <span className="text-xs text-fg-muted">
                      #{token.id}
                      {token.createdBy ? ` · by ${token.createdBy}` : ""}
                    </span>
                  </div>
                </div>
              </TableCell>
              <TableCell>
                {token.kind === "personal" ? (
                  <Badge tone="neutral">personal · reads</Badge>
                ) : token.project === null ? (
                  <Badge tone="warn">CI · every project</Badge>
                ) : (
                  <Badge tone="accent">CI · {token.project}</Badge>
                )}
              </TableCell>
              <TableCell>
                <RelativeTime date={token.createdAt} />
              </TableCell>
              <TableCell>
                {token.lastUsedAt ? (
                  <RelativeTime date={token.lastUsedAt} />
                ) : (
                  <span className="text-fg-subtle">never</span>
                )}
              </TableCell>
              <TableCell>
                {token.expiresAt ? (
                  <RelativeTime date={token.expiresAt} />
                ) : (
                  <span className="text-fg-subtle">never</span>
                )}
              </TableCell>
              <TableCell>
                <Badge
                  tone={
                    state === "active"
                      ? "pass"
                      : state === "expired"
                        ? "warn"
                        : "neutral"
                  }
                >
                  {state}
                </Badge>
              </TableCell>
              <TableCell align="right">
                {state === "active" ? (
                  <RevokeTokenButton id={token.id} name={name} />
                ) : null}
              </TableCell>
            </TableRow>
          );
        })}
      </TableBody>
    </Table>
  );
}
