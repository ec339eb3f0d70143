import "server-only";
import { getPrisma } from "@/lib/db/client";

/** Every project's name, in order: the choices of an admin's token form. */
export async function listProjectNames(): Promise<string[]> {
  const rows = await getPrisma().project.findMany({
    orderBy: { name: "asc" },
    select: { name: true },
  });
  return rows.map((row) => row.name);
}
