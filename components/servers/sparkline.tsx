/** A tiny line chart of recent values (0–max), drawn in SVG. */
export const Sparkline = ({
  values,
  max,
  label,
  className = "text-brand-500",
}: {
  values: number[];
  max: number;
  label: string;
  className?: string;
}) => {
  const width = 160;
  const height = 36;
  if (values.length < 2 || max <= 0)
    return <svg role="img" aria-label={`${label}: not enough data yet`} width={width} height={height} />;
  const points = values
    .map(
      (value, index) =>
        `${(index / (values.length - 1)) * width},${height - (Math.min(value, max) / max) * (height - 2) - 1}`,
    )
    .join(" ");

  return (
    <svg
      role="img"
      aria-label={label}
      width={width}
      height={height}
      viewBox={`0 0 ${width} ${height}`}
      className={className}
    >
      <polyline
        points={points}
        fill="none"
        stroke="currentColor"
        strokeWidth="2"
        strokeLinejoin="round"
        strokeLinecap="round"
      />
    </svg>
  );
};
