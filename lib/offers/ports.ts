export const PORT_MIN = 1025;
export const PORT_MAX = 65535;
export const MAX_RANGE_WIDTH = 1000;

export type PortSpec = { ranges: Array<[number, number]>; error?: string };

/**
 * Parses "30120, 30100-30200": single ports and ranges, each 1025–65535, a range at most 1000 ports
 * wide. The result feeds the panel's deploy `port_range` and our own allocation picking.
 */
export const parsePortSpec = (text: string): PortSpec => {
  const ranges: Array<[number, number]> = [];
  for (const raw of text
    .split(",")
    .map((part) => part.trim())
    .filter(Boolean)) {
    const match = /^(\d{1,5})(?:\s*-\s*(\d{1,5}))?$/.exec(raw);
    if (!match) return { ranges, error: `“${raw}” is not a port or a range like 30100-30200.` };
    const start = Number(match[1]);
    const end = match[2] === undefined ? start : Number(match[2]);
    if (start < PORT_MIN || end > PORT_MAX || start > PORT_MAX || end < PORT_MIN) {
      return { ranges, error: `Ports must be between ${PORT_MIN} and ${PORT_MAX} (“${raw}”).` };
    }
    if (end < start)
      return { ranges, error: `“${raw}”: the range must go from the lower port to the higher one.` };
    if (end - start + 1 > MAX_RANGE_WIDTH)
      return { ranges, error: `“${raw}” spans more than ${MAX_RANGE_WIDTH} ports.` };
    ranges.push([start, end]);
  }

  return { ranges };
};

/** The panel's deploy form: `["30120", "30100-30200"]`. */
export const toDeployPortRange = (ranges: Array<[number, number]>) =>
  ranges.map(([start, end]) => (start === end ? String(start) : `${start}-${end}`));

export const portInRanges = (port: number, ranges: Array<[number, number]>) =>
  ranges.length === 0 || ranges.some(([start, end]) => port >= start && port <= end);
