"use client";

import {
  RouteError,
  type RouteErrorProps,
} from "@/components/shell/route-error";

export default function AuditError(props: Omit<RouteErrorProps, "subject">) {
  return <RouteError {...props} subject="audit log" />;
}
