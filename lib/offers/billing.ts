import type { BillingPeriod } from "@/lib/db/schema";

export const BILLING_PERIODS: Record<BillingPeriod, { label: string; adjective: string }> = {
  week: { label: "week", adjective: "Weekly" },
  month: { label: "month", adjective: "Monthly" },
  quarter: { label: "3 months", adjective: "Quarterly" },
  half_year: { label: "6 months", adjective: "Every 6 months" },
  year: { label: "year", adjective: "Yearly" },
};

/** `date` plus one billing period, by calendar (Jan 31 + 1 month = Feb 28/29). */
export const addBillingPeriod = (date: Date, period: BillingPeriod): Date => {
  const next = new Date(date);
  if (period === "week") {
    next.setUTCDate(next.getUTCDate() + 7);

    return next;
  }
  const months = { month: 1, quarter: 3, half_year: 6, year: 12 }[period];
  const day = next.getUTCDate();
  next.setUTCDate(1);
  next.setUTCMonth(next.getUTCMonth() + months);
  const lastDay = new Date(Date.UTC(next.getUTCFullYear(), next.getUTCMonth() + 1, 0)).getUTCDate();
  next.setUTCDate(Math.min(day, lastDay));

  return next;
};

// Inlined at build time so server and browser format prices alike.
const CURRENCY = process.env.NEXT_PUBLIC_CURRENCY || "EUR";
const money = new Intl.NumberFormat("en-GB", { style: "currency", currency: CURRENCY });

export const formatPrice = (cents: number) => money.format(cents / 100);

export const formatPricePerPeriod = (cents: number, period: BillingPeriod) =>
  cents === 0 ? "Free" : `${formatPrice(cents)} / ${BILLING_PERIODS[period].label}`;
