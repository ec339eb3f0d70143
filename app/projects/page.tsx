import { redirect } from "next/navigation";

// Projects are listed on the mesh page; a trimmed URL lands there.
export default function ProjectsPage() {
  redirect("/");
}
