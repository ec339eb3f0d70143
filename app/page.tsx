import { connection } from "next/server";
import { getPrisma } from "@/lib/db/client";

export default async function HomePage() {
  await connection();
  const projects = await getPrisma().project.count();
  return <main className="p-8">Projects: {projects}</main>;
}
