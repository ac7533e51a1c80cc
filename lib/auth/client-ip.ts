/** The caller's address as the proxy in front of us (or Next's own server) reports it. */
export const clientIpFrom = (headers: Headers): string | undefined => {
  const forwarded = headers.get("x-forwarded-for")?.split(",")[0]?.trim();

  return forwarded || headers.get("x-real-ip")?.trim() || undefined;
};
