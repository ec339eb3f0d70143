import { z } from "zod";
import { text } from "./data-common";

const ownerSchema = z
  .object({
    name: text,
    email: z
      .union([z.string(), z.array(z.string())])
      .nullish()
      .catch(null),
  })
  .nullish()
  .catch(null);

export type ExposureData = {
  type: string | null;
  maturity: string | null;
  url: string | null;
  owner: { name: string | null; email: string | null } | null;
};

/** What an exposure is (dashboard, ML model...), how mature, who owns it and where it lives. */
export function readExposureData(data: Record<string, unknown>): ExposureData {
  const owner = ownerSchema.parse(data.owner);
  const email = Array.isArray(owner?.email)
    ? (owner.email[0] ?? null)
    : (owner?.email ?? null);
  return {
    type: text.parse(data.type) ?? null,
    maturity: text.parse(data.maturity) ?? null,
    url: text.parse(data.url) ?? null,
    owner:
      owner && (owner.name || email)
        ? { name: owner.name ?? null, email }
        : null,
  };
}
