/** Joins class names, skipping falsy ones. */
export const cn = (...classes: Array<string | false | null | undefined>) => classes.filter(Boolean).join(" ");

const dateFormat = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium" });
const dateTimeFormat = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeStyle: "short" });

export const formatDate = (date: Date) => dateFormat.format(date);
export const formatDateTime = (date: Date) => dateTimeFormat.format(date);

const relative = new Intl.RelativeTimeFormat("en", { numeric: "auto" });

/** "3 minutes ago", "yesterday". */
export const formatRelative = (date: Date, now = Date.now()) => {
  const seconds = Math.round((date.getTime() - now) / 1000);
  const units: Array<[Intl.RelativeTimeFormatUnit, number]> = [
    ["day", 86_400],
    ["hour", 3_600],
    ["minute", 60],
  ];
  for (const [unit, size] of units)
    if (Math.abs(seconds) >= size) return relative.format(Math.round(seconds / size), unit);

  return relative.format(seconds, "second");
};

/** 2048 → "2 GB", 1536 → "1.5 GB", 512 → "512 MB". */
export const formatMegabytes = (mb: number) =>
  mb >= 1024 ? `${Number((mb / 1024).toFixed(mb % 1024 === 0 ? 0 : 1))} GB` : `${mb} MB`;

/** 150 (%) → "1.5 cores", 100 → "1 core" ("1 CPU core" with that noun). */
export const formatCores = (percent: number, noun = "core") => {
  const cores = Number((percent / 100).toFixed(2));

  return `${cores} ${noun}${cores === 1 ? "" : "s"}`;
};

/** 1536 → "1.5 KB"; binary units, as panels count. */
export const formatBytes = (bytes: number) => {
  const units = ["B", "KB", "MB", "GB", "TB"];
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }

  return `${value >= 100 || unit === 0 ? Math.round(value) : value.toFixed(1)} ${units[unit]}`;
};

/** 93_784_000 → "1d 2h 3m". */
export const formatUptime = (ms: number) => {
  const minutes = Math.floor(ms / 60_000);
  const [days, hours, mins] = [Math.floor(minutes / 1440), Math.floor((minutes % 1440) / 60), minutes % 60];
  if (days > 0) return `${days}d ${hours}h ${mins}m`;
  if (hours > 0) return `${hours}h ${mins}m`;

  return minutes > 0 ? `${mins}m` : `${Math.floor(ms / 1000)}s`;
};
