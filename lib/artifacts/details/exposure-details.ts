import type { ExposureDetails, ExposureOwner } from "../node-details";
import { readRecord, readText } from "./fields";

/** `owner: {name, email}`, the email a string or (Fusion) a list of which the first counts. */
function readOwner(value: unknown): ExposureOwner | null {
  const owner = readRecord(value);
  const email = Array.isArray(owner.email)
    ? readText(owner.email[0])
    : readText(owner.email);
  const name = readText(owner.name);
  return name || email ? { name, email } : null;
}

/** What an exposure is (dashboard, ML model...), how mature, who owns it and where it lives. */
export function readExposureDetails(
  raw: Record<string, unknown>,
): ExposureDetails {
  return {
    exposureType: readText(raw.type),
    maturity: readText(raw.maturity),
    url: readText(raw.url),
    owner: readOwner(raw.owner),
  };
}
