"use client";

import {
  RouteError,
  type RouteErrorProps,
} from "@/components/shell/route-error";

export default function SourcesError(props: Omit<RouteErrorProps, "subject">) {
  return <RouteError {...props} subject="sources" />;
}
