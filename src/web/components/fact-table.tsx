import type { ReactNode } from "react";

export type Fact = [label: string, value: ReactNode];

/** Single-valued facts (label → value) as a DKFDS structured list: one row per fact, the label its row header. */
export function FactTable({ facts, className, label }: { facts: readonly Fact[]; className: string; label?: string }) {
  return (
    <table className={`table table--borderless structured-list ${className}`} aria-label={label}>
      <tbody>
        {facts.map(([factLabel, value]) => (
          <tr key={factLabel}>
            <th scope="row">{factLabel}</th>
            <td>{value}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
