import { DEFAULT_MESSAGES } from "@/lib/errors";
import type { PanelError } from "@/lib/panels/errors";

/**
 * What a customer is told when a panel call fails: the panel's own words (its field names, HTTP codes,
 * node names) are for admins, who see them in the service's history and in their own actions.
 */
export const customerPanelMessage = (err: PanelError) => {
  switch (err.kind) {
    case "unreachable":
    case "rate_limited":
      return DEFAULT_MESSAGES.PANEL_UNREACHABLE;
    case "conflict":
      return "Your server is busy (installing, or another change is under way). Please try again in a moment.";
    case "no_capacity":
      return "There is not enough room on our machines for that right now. Try a smaller size, or contact us.";
    case "validation":
      return "The game panel refused these settings. Check them and try again, or contact us.";
    default:
      return "The game panel refused this request. Please try again later; our team can see what happened.";
  }
};
