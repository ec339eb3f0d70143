import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { cache } from "react";
import { ScoreboardView } from "@/components/scoreboard/scoreboard-view";
import { getProjectScoreboard } from "@/lib/db/queries/scoreboard";
import { decodeParams } from "@/lib/urls";

type Props = { params: Promise<{ project: string }> };

// Metadata and page share one read per request.
const loadScoreboard = cache(async (project: string) => {
  const board = await getProjectScoreboard(project);
  if (!board) notFound();
  return board;
});

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { project } = await decodeParams(params);
  const board = await loadScoreboard(project);
  return {
    title: `Scoreboard · ${project}`,
    description: `Maturity of the ${board.products.length} data products of ${project}: levels, trend and the rules they fail most.`,
  };
}

export default async function ScoreboardPage({ params }: Props) {
  const { project } = await decodeParams(params);
  return <ScoreboardView board={await loadScoreboard(project)} />;
}
