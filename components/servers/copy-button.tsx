"use client";

import { Check, Copy } from "lucide-react";
import { useState } from "react";

/** Copies `text` and says so for two seconds. */
export const CopyButton = ({ text, label }: { text: string; label: string }) => {
  const [copied, setCopied] = useState(false);

  return (
    <button
      type="button"
      aria-label={copied ? `${label} copied` : `Copy ${label}`}
      onClick={async () => {
        await navigator.clipboard?.writeText(text).catch(() => {});
        setCopied(true);
        setTimeout(() => setCopied(false), 2_000);
      }}
      className="rounded p-1.5 text-slate-500 hover:bg-slate-100 hover:text-slate-900"
    >
      {copied ? (
        <Check aria-hidden className="size-4 text-emerald-600" />
      ) : (
        <Copy aria-hidden className="size-4" />
      )}
    </button>
  );
};
