import { Fragment, type ReactNode } from "react";
import { useParams, type RouteObject } from "react-router-dom";
import type { Me } from "../../../domain/auth.js";
import { RequireAuth } from "../../auth/require-auth.js";
import type { AnyT, FeatureMenuItem } from "../feature.js";
import { lazyPages } from "../lazy-pages.js";

const page = lazyPages(() => import("./pages.js"), ["needs", "organisations", "disclosures"]);
const CallDetailPage = lazyPages(() => import("./call-pages.js"), ["needs", "organisations"])("CallDetailPage");
const CallsPage = lazyPages(() => import("./public-pages.js"), ["needs", "organisations"])("CallsPage");
const FundingPage = page("FundingPage");
const NeedCreatePage = page("NeedCreatePage");
const NeedDetailPage = page("NeedDetailPage");
const NeedEditPage = page("NeedEditPage");
const NeedsPage = page("NeedsPage");
const OrganisationMatchPage = page("OrganisationMatchPage");
const ProgrammeCreatePage = page("ProgrammeCreatePage");
const ProgrammeEditPage = page("ProgrammeEditPage");

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
