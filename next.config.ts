import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  // PGlite ships wasm + data files and argon2 a native binary: load both from node_modules at runtime.
  serverExternalPackages: ["@electric-sql/pglite", "@node-rs/argon2"],
  poweredByHeader: false,
};

export default nextConfig;
