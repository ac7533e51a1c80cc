"use client";

import { useEffect } from "react";
import { Button, ButtonLink } from "@/components/ui/button";
import { StatusPage } from "@/components/layout/status-page";

const ErrorPage = ({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) => {
  useEffect(() => {
    console.error(error);
  }, [error]);

  return (
    <StatusPage code="Error" title="Something went wrong">
      <p>This page could not be loaded. Nothing was changed. Please try again in a moment.</p>
      {error.digest && <p className="font-mono text-xs text-slate-400">Reference: {error.digest}</p>}
      <div className="flex gap-2">
        <Button onClick={reset}>Try again</Button>
        <ButtonLink href="/" variant="secondary">
          Home page
        </ButtonLink>
      </div>
    </StatusPage>
  );
};

export default ErrorPage;
