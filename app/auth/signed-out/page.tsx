import { LogOut } from "lucide-react";
import type { Metadata } from "next";
import { EmptyState } from "@/components/ui/empty-state";
import { getButtonClasses } from "@/components/ui/button";

export const metadata: Metadata = { title: "Signed out" };

export default function SignedOutPage() {
  return (
    <>
      <h1 className="sr-only">Signed out</h1>
      <EmptyState
        icon={LogOut}
        title="You are signed out"
        description="Your session has ended on the server. Sign in again to return to the catalog."
        action={
          // A plain link: the sign-in route redirects to the identity provider.
          <a href="/auth/sign-in" className={getButtonClasses()}>
            Sign in
          </a>
        }
        className="mt-8"
      />
    </>
  );
}
