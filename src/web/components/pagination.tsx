import type { MouseEvent } from "react";
import { useTranslation } from "react-i18next";
import { Icon } from "./icon.js";
import { pageWindow } from "./page-window.js";

/** DKFDS pagination. Pages are links (`hrefFor`) so they can be opened, bookmarked and reloaded. */
export function Pagination({
  page,
  pageCount,
  hrefFor,
  onNavigate,
}: {
  page: number;
  pageCount: number;
  hrefFor: (page: number) => string;
  onNavigate: (page: number) => void;
}) {
  const { t } = useTranslation();
  if (pageCount <= 1) {
    return null;
  }
  const link = (target: number) => ({
    href: hrefFor(target),
    onClick: (event: MouseEvent<HTMLAnchorElement>) => {
      if (event.metaKey || event.ctrlKey || event.shiftKey || event.button !== 0) {
        return;
      }
      event.preventDefault();
      onNavigate(target);
    },
  });
  return (
    <nav className="pagination" aria-label={t("pagination.label")}>
      {page > 1 ? (
        <a className="button button-arrow button-previous" {...link(page - 1)}>
          <Icon name="chevron-left" />
          <span className="pagination-nav-link">{t("pagination.previous")}</span>
          <span className="sr-only"> {t("pagination.previousPage")}</span>
        </a>
      ) : null}
      <span className="pagination-mobile">{t("pagination.pageOf", { page, pages: pageCount })}</span>
      <ul className="pagination__items">
        {pageWindow(page, pageCount).map((item, index) =>
          item === "gap" ? (
            <li className="pagination-item pagination-overflow" key={`gap-${index}`} aria-hidden="true">
              <span>…</span>
            </li>
          ) : (
            <li className="pagination-item pagination-number" key={item}>
              <a
                className={item === page ? "current-page" : undefined}
                aria-current={item === page ? "page" : undefined}
                aria-label={t("pagination.page", { page: item })}
                {...link(item)}
              >
                {item}
              </a>
            </li>
          ),
        )}
      </ul>
      {page < pageCount ? (
        <a className="button button-arrow button-next" {...link(page + 1)}>
          <span className="pagination-nav-link">{t("pagination.next")}</span>
          <span className="sr-only"> {t("pagination.nextPage")}</span>
          <Icon name="chevron-right" />
        </a>
      ) : null}
    </nav>
  );
}
