/** A y-axis label broken over lines so that long input names fit beside the chart. */
export function WrappedTick({
  x,
  y,
  payload,
  width = 160,
  fontSize = 13,
}: {
  x?: number | string;
  y?: number | string;
  payload?: { value: string };
  width?: number;
  fontSize?: number;
}) {
  const words = String(payload?.value ?? "").split(" ");
  const maxChars = Math.max(8, Math.floor((width - 8) / (fontSize * 0.62)));
  const lines: string[] = [];
  for (const word of words) {
    const last = lines[lines.length - 1];
    if (last !== undefined && `${last} ${word}`.length <= maxChars) {
      lines[lines.length - 1] = `${last} ${word}`;
    } else {
      lines.push(word);
    }
  }
  const lineHeight = fontSize + 2;
  const top = Number(y ?? 0) - ((lines.length - 1) * lineHeight) / 2;
  return (
    <text x={Number(x ?? 0)} y={top} textAnchor="end" fill="#1a1a1a" fontSize={fontSize} dominantBaseline="middle">
      {lines.map((line, index) => (
        <tspan key={`${index}-${line}`} x={Number(x ?? 0) - 4} dy={index === 0 ? 0 : lineHeight}>
          {line}
        </tspan>
      ))}
    </text>
  );
}
