import { CLIENT_ID, CLIENT_SECRET } from "./oidc-provider";

/** The role mapping the sign-in tests configure, for the provider's TEST_USERS: team-a maintains finance, team-b marketing (projects of the sample mesh). */
export const ROLE_ENV = {
  CATALOG_READER_GROUPS: "staff",
  CATALOG_ADMIN_GROUPS: "platform",
  CATALOG_MAINTAINER_GROUPS: "team-a:finance,team-b:marketing",
  CATALOG_OIDC_SCOPE: "openid profile email groups",
};

/** Turns sign-in on in this process against `issuer`; returns a function that turns it off. */
export function turnSignInOn(issuer: string, publicUrl: string): () => void {
  const values: Record<string, string> = {
    ...ROLE_ENV,
    CATALOG_OIDC_ISSUER: issuer,
    CATALOG_OIDC_CLIENT_ID: CLIENT_ID,
    CATALOG_OIDC_CLIENT_SECRET: CLIENT_SECRET,
    CATALOG_PUBLIC_URL: publicUrl,
  };
  Object.assign(process.env, values);
  return () => {
    for (const name of Object.keys(values)) delete process.env[name];
  };
}
