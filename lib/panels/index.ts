import { type AdapterConfig, BasePanelAdapter } from "@/lib/panels/base/adapter";
import { PTERODACTYL } from "@/lib/panels/pterodactyl/profile";
import type { PanelAdapter, PanelKind } from "@/lib/panels/types";
import { WISP } from "@/lib/panels/wisp/profile";

export type PanelConnectionConfig = AdapterConfig & { kind: PanelKind };

/** The adapter for a panel connection. Adding a panel type means a profile here and a case below. */
export const getPanelAdapter = ({ kind, ...config }: PanelConnectionConfig): PanelAdapter => {
  switch (kind) {
    case "pterodactyl":
      return new BasePanelAdapter(PTERODACTYL, config);
    case "wisp":
      return new BasePanelAdapter(WISP, config);
    default: {
      const unknown: never = kind;
      throw new Error(`Unsupported panel type: ${String(unknown)}`);
    }
  }
};
