import { describe, expect, it } from "vitest";
import { panelBaseUrl, panelServerUrl } from "@/lib/panels/base-url";

describe("panelBaseUrl", () => {
  it("uses https for port 443 and http otherwise", () => {
    expect(panelBaseUrl({ hostname: "panel.example.com", ipAddress: null, port: 443 })).toBe(
      "https://panel.example.com",
    );
    expect(panelBaseUrl({ hostname: "panel.example.com", ipAddress: null, port: 80 })).toBe(
      "http://panel.example.com",
    );
    expect(panelBaseUrl({ hostname: "panel.example.com", ipAddress: null, port: 8080 })).toBe(
      "http://panel.example.com:8080",
    );
  });

  it("treats a host name with a scheme as the full base URL and honours its port", () => {
    expect(panelBaseUrl({ hostname: "http://127.0.0.1:8081", ipAddress: null, port: 443 })).toBe(
      "http://127.0.0.1:8081",
    );
    expect(panelBaseUrl({ hostname: "https://example.com/panel/", ipAddress: null, port: 80 })).toBe(
      "https://example.com/panel",
    );
  });

  it("falls back to the IP address, bracketing IPv6", () => {
    expect(panelBaseUrl({ hostname: "", ipAddress: "203.0.113.9", port: 80 })).toBe("http://203.0.113.9");
    expect(panelBaseUrl({ hostname: null, ipAddress: "2001:db8::1", port: 8443 })).toBe(
      "http://[2001:db8::1]:8443",
    );
  });

  it("builds the panel link of a server", () => {
    expect(panelServerUrl("https://panel.example.com", "1a2b3c4d")).toBe(
      "https://panel.example.com/server/1a2b3c4d",
    );
  });
});
