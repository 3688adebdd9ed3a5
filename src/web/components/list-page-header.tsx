import type { ReactNode } from "react";
import { Link } from "react-router-dom";
import { Icon } from "./icon.js";
import { PageHeading } from "./page-heading.js";

/**
 * The top of a list page: the h1, the lead paragraph and the page's actions, the «create» link
 * first (primary, with a plus) when the reader may create; further actions come as children.
 */
export function ListPageHeader({
  title,
  intro,
  create,
  children,
}: {
  title: string;
  intro: string;
  /** Left out when the reader may not create. */
  create?: { to: string; label: string };
  children?: ReactNode;
}) {
  return (
    <>
      <PageHeading title={title} />
      <p className="font-lead">{intro}</p>
      {create || children ? (
        <div className="button-group page-actions">
          {create ? (
            <Link to={create.to} className="button button-primary">
              <Icon name="plus" />
              {create.label}
            </Link>
          ) : null}
          {children}
        </div>
      ) : null}
    </>
  );
}
