import type { ReactNode } from "react";
import { Link } from "react-router-dom";

export interface TabLink {
  to: string;
  label: ReactNode;
  isCurrent: boolean;
}

/** Navigation between pages (or sections in the URL) as DKFDS tabs: links, aria-current on the open one. */
export function TabNav({ label, items, className }: { label: string; items: readonly TabLink[]; className: string }) {
  return (
    <nav className={`tab-container ${className}`} aria-label={label}>
      <ul className="tab-list">
        {items.map((item) => (
          <li key={item.to}>
            <Link to={item.to} className="tab-button" aria-current={item.isCurrent ? "page" : undefined}>
              <span>{item.label}</span>
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
