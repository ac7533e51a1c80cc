/**
 * The panel's base URL from the connection fields, as the original module reads them: port 443 means
 * https, anything else http; a host name that starts with http:// or https:// is a full base URL and its
 * own port (or the scheme's default) is used. Without a host name the IP address is used.
 */
export const panelBaseUrl = ({
  hostname,
  ipAddress,
  port,
}: {
  hostname: string | null;
  ipAddress: string | null;
  port: number;
}) => {
  const host = (hostname?.trim() || ipAddress?.trim() || "").replace(/\/+$/, "");
  if (/^https?:\/\//i.test(host)) {
    const url = new URL(host);

    return `${url.origin}${url.pathname.replace(/\/+$/, "")}`;
  }
  const scheme = port === 443 ? "https" : "http";
  const defaultPort = scheme === "https" ? 443 : 80;
  const bracketed = host.includes(":") && !host.startsWith("[") ? `[${host}]` : host;

  return `${scheme}://${bracketed}${port === defaultPort ? "" : `:${port}`}`;
};

/** The server's page in the panel's admin area (both panels use the same path). */
export const panelAdminServerUrl = (baseUrl: string, panelServerId: string) =>
  `${baseUrl}/admin/servers/view/${encodeURIComponent(panelServerId)}`;

/** `/server/<identifier>` on the panel, where customers manage files and the console. */
export const panelServerUrl = (baseUrl: string, identifier: string) =>
  `${baseUrl}/server/${encodeURIComponent(identifier)}`;
