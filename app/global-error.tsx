"use client";

import "./globals.css";

// Replaces the root layout when it fails itself, so it cannot rely on anything the layout provides.
const GlobalError = ({ reset }: { error: Error; reset: () => void }) => (
  <html lang="en">
    <body className="flex min-h-dvh flex-col items-center justify-center gap-4 px-6 text-center">
      <h1 className="text-2xl font-semibold">The portal is having trouble</h1>
      <p className="text-sm text-slate-600">Please try again in a moment.</p>
      <button type="button" onClick={reset} className="rounded-md bg-slate-900 px-4 py-2 text-sm text-white">
        Try again
      </button>
    </body>
  </html>
);

export default GlobalError;
