import { Badge, type BadgeTone } from "@/components/ui/badge";
import { RelativeTime } from "@/components/ui/relative-time";
import {
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableHeaderCell,
  TableRow,
} from "@/components/ui/table";
import type { AuditEvent } from "@/lib/db/audit";

const ACTION_TONES: Record<string, BadgeTone> = {
  "sign-in": "pass",
  "sign-out": "neutral",
  "token.create": "accent",
  "token.revoke": "warn",
  ingest: "cross-project",
};

/** Audit events, newest first: who did what, when, and from where. */
export function AuditTable({ events }: { events: AuditEvent[] }) {
  return (
    <Table label="Audit log">
      <TableHead>
        <TableRow>
          <TableHeaderCell>When</TableHeaderCell>
          <TableHeaderCell>Who</TableHeaderCell>
          <TableHeaderCell>What</TableHeaderCell>
          <TableHeaderCell>On</TableHeaderCell>
          <TableHeaderCell>From</TableHeaderCell>
          <TableHeaderCell>Details</TableHeaderCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {events.map((event) => (
          <TableRow key={event.id}>
            <TableCell>
              <RelativeTime date={event.at} />
            </TableCell>
            <TableCell className="font-medium">{event.actor}</TableCell>
            <TableCell>
              <Badge tone={ACTION_TONES[event.action] ?? "neutral"}>
                {event.action}
              </Badge>
            </TableCell>
            <TableCell isMono>{event.target ?? "—"}</TableCell>
            <TableCell isMono>{event.address ?? "—"}</TableCell>
            <TableCell className="text-xs text-fg-muted">
              {formatDetail(event.detail)}
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}

/** `key: value` pairs of an event's detail, on one line. */
function formatDetail(detail: unknown): string {
  if (!detail || typeof detail !== "object") return "";
  return Object.entries(detail)
    .filter(([, value]) => value !== null && value !== "")
    .map(([key, value]) => `${key}: ${String(value)}`)
    .join(" · ");
}
