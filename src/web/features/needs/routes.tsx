import "./needs.css";
import { Fragment, type ReactNode } from "react";
import { useParams, type RouteObject } from "react-router-dom";
import type { Me } from "../../../domain/auth.js";
import { RequireAuth } from "../../auth/require-auth.js";
import type { AnyT, FeatureMenuItem } from "../feature.js";
import { CallDetailPage } from "./pages/call-detail-page.js";
import { CallsPage } from "./pages/calls-page.js";
import { FundingPage } from "./pages/funding-page.js";
import { NeedCreatePage } from "./pages/need-create-page.js";
import { NeedDetailPage } from "./pages/need-detail-page.js";
import { NeedEditPage } from "./pages/need-edit-page.js";
import { NeedsPage } from "./pages/needs-page.js";
import { OrganisationMatchPage } from "./pages/organisation-match-page.js";
import { ProgrammeCreatePage } from "./pages/programme-create-page.js";
import { ProgrammeEditPage } from "./pages/programme-edit-page.js";

const STAFF = ["admin", "agent"] as const;

/** A fresh page (state, notices, tabs) for each id in the path. */
function Keyed({ render }: { render: () => ReactNode }) {
  const { id } = useParams();
  return <Fragment key={id}>{render()}</Fragment>;
}

/** Routes of this area (paths in Danish). The open calls are public: no login needed to read them. */
export const needRoutes: RouteObject[] = [
  {
    path: "/behov",
    element: (
      <RequireAuth>
        <NeedsPage />
      </RequireAuth>
    ),
  },
  {
    path: "/behov/ny",
    element: (
      <RequireAuth>
        <NeedCreatePage />
      </RequireAuth>
    ),
  },
  {
    path: "/behov/:id",
    element: (
      <RequireAuth>
        <Keyed render={() => <NeedDetailPage />} />
      </RequireAuth>
    ),
  },
  {
    path: "/behov/:id/rediger",
    element: (
      <RequireAuth>
        <Keyed render={() => <NeedEditPage />} />
      </RequireAuth>
    ),
  },
  { path: "/opslag", element: <CallsPage /> },
  { path: "/opslag/:id", element: <Keyed render={() => <CallDetailPage />} /> },
  {
    path: "/finansiering",
    element: (
      <RequireAuth>
        <FundingPage />
      </RequireAuth>
    ),
  },
  {
    path: "/finansiering/ny",
    element: (
      <RequireAuth roles={STAFF}>
        <ProgrammeCreatePage />
      </RequireAuth>
    ),
  },
  {
    path: "/finansiering/:id/rediger",
    element: (
      <RequireAuth roles={STAFF}>
        <ProgrammeEditPage />
      </RequireAuth>
    ),
  },
  {
    path: "/organisationer/:id/behov-match",
    element: (
      <RequireAuth roles={STAFF}>
        <Keyed render={() => <OrganisationMatchPage />} />
      </RequireAuth>
    ),
  },
];

/** Main-menu entries of this area for the signed-in user. */
export function needMenu(_me: Me, t: AnyT): FeatureMenuItem[] {
  return [
    { to: "/behov", label: t("needs:nav"), isActive: (path) => path.startsWith("/behov") },
    { to: "/opslag", label: t("needs:navCalls"), isActive: (path) => path.startsWith("/opslag") },
    { to: "/finansiering", label: t("needs:navFunding"), isActive: (path) => path.startsWith("/finansiering") },
  ];
}
