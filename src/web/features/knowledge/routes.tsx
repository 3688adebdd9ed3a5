import { Fragment, type ReactNode } from "react";
import { useParams, type RouteObject } from "react-router-dom";
import type { Me } from "../../../domain/auth.js";
import { RequireAuth } from "../../auth/require-auth.js";
import type { AnyT, FeatureMenuItem } from "../feature.js";
import { lazyPages } from "../lazy-pages.js";

// The portal is public and often opened on a phone: its own chunk, without the editors' pages.
const publicPage = lazyPages(() => import("./public-pages.js"), ["knowledge"]);
const staffPage = lazyPages(() => import("./staff-pages.js"), ["knowledge"]);
const KnowledgePortalPage = publicPage("KnowledgePortalPage");
const KnowledgeEntryPage = publicPage("KnowledgeEntryPage");
const KnowledgeEditorPage = staffPage("KnowledgeEditorPage");

/** A fresh page for each id in the path. */
function Keyed({ render }: { render: () => ReactNode }) {
  const { id } = useParams();
  return <Fragment key={id}>{render()}</Fragment>;
}

/** The public portal (no login) and the editors' page for a draft (agents and the case's organisations). */
export const knowledgeRoutes: RouteObject[] = [
  { path: "/viden", element: <KnowledgePortalPage /> },
  { path: "/viden/:id", element: <Keyed render={() => <KnowledgeEntryPage />} /> },
  {
    path: "/viden/:id/redaktion",
    element: (
      <RequireAuth>
        <Keyed render={() => <KnowledgeEditorPage />} />
      </RequireAuth>
    ),
  },
];

export function knowledgeMenu(_me: Me, t: AnyT): FeatureMenuItem[] {
  return [{ to: "/viden", label: t("knowledge:nav"), isActive: (path) => path.startsWith("/viden") }];
}
