"use client";

import {
  RouteError,
  type RouteErrorProps,
} from "@/components/shell/route-error";

export default function MeshMapError(props: Omit<RouteErrorProps, "subject">) {
  return <RouteError {...props} subject="mesh map" />;
}
