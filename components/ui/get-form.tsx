"use client";

import { useRouter } from "next/navigation";
import type { ComponentProps } from "react";

/**
 * A GET form whose URL carries only the fields that are set: the browser
 * would add every empty one (`?q=&tag=&…`). Without script it submits as
 * any form does, and the page reads empty fields as unset.
 */
export function GetForm({
  action,
  children,
  ...props
}: Omit<ComponentProps<"form">, "action" | "method" | "onSubmit"> & {
  action: string;
}) {
  const router = useRouter();
  return (
    <form
      {...props}
      method="get"
      action={action}
      onSubmit={(event) => {
        event.preventDefault();
        const params = new URLSearchParams();
        for (const [name, value] of new FormData(event.currentTarget))
          if (typeof value === "string" && value.trim() !== "")
            params.append(name, value.trim());
        const query = params.toString();
        router.push(query === "" ? action : `${action}?${query}`);
      }}
    >
      {children}
    </form>
  );
}
