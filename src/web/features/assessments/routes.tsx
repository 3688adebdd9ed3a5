import { useParams, type RouteObject } from "react-router-dom";
import { useTranslation } from "react-i18next";
import type { Me } from "../../../domain/auth.js";
import { RequireAuth } from "../../auth/require-auth.js";
import type { AnyT, FeatureMenuItem } from "../feature.js";
import { lazyPages } from "../lazy-pages.js";

const page = lazyPages(() => import("./pages.js"), ["assessments"]);
const AssessmentCreatePage = page("AssessmentCreatePage");
const AssessmentPage = page("AssessmentPage");
const AssessmentResultsPage = page("AssessmentResultsPage");
const AssessmentsPage = page("AssessmentsPage");
const RespondPage = lazyPages(() => import("./respond-pages.js"), ["assessments"])("RespondPage");
const TemplateEditPage = page("TemplateEditPage");
const TemplatePage = page("TemplatePage");
const TemplatesPage = page("TemplatesPage");

const STAFF = ["admin", "agent"] as const;
const ADMIN = ["admin"] as const;

/**
 * A fresh page per id and per language: the server writes group and dimension names in the
 * reader's language, so a language switch asks again.
 */
function AssessmentRoute({ page }: { page: "overview" | "results" }) {
  const { id } = useParams();
  const { i18n } = useTranslation();
  const key = `${id ?? ""}-${i18n.language}`;
  return page === "overview" ? <AssessmentPage key={key} /> : <AssessmentResultsPage key={key} />;
}

function TemplateRoute({ isEditing }: { isEditing: boolean }) {
  const { id } = useParams();
  return isEditing ? <TemplateEditPage key={id} /> : <TemplatePage key={id} />;
}

function RespondRoute() {
  const { token } = useParams();
  return <RespondPage key={token} />;
}

/** Routes of this area. `/svar/:token` is the respondent's page: no account, the link is the key. */
export const assessmentRoutes: RouteObject[] = [
  {
    path: "/vurderinger",
    element: (
      <RequireAuth>
        <AssessmentsPage />
      </RequireAuth>
    ),
  },
  {
    path: "/vurderinger/ny",
    element: (
      <RequireAuth roles={STAFF}>
        <AssessmentCreatePage />
      </RequireAuth>
    ),
  },
  {
    path: "/vurderinger/skabeloner",
    element: (
      <RequireAuth roles={STAFF}>
        <TemplatesPage />
      </RequireAuth>
    ),
  },
  {
    path: "/vurderinger/skabeloner/:id",
    element: (
      <RequireAuth roles={STAFF}>
        <TemplateRoute isEditing={false} />
      </RequireAuth>
    ),
  },
  {
    path: "/vurderinger/skabeloner/:id/rediger",
    element: (
      <RequireAuth roles={ADMIN}>
        <TemplateRoute isEditing />
      </RequireAuth>
    ),
  },
  {
    path: "/vurderinger/:id",
    element: (
      <RequireAuth>
        <AssessmentRoute page="overview" />
      </RequireAuth>
    ),
  },
  {
    path: "/vurderinger/:id/resultater",
    element: (
      <RequireAuth>
        <AssessmentRoute page="results" />
      </RequireAuth>
    ),
  },
  { path: "/svar/:token", element: <RespondRoute /> },
];

const PUBLIC_KINDS = ["municipality", "region", "state_institution", "public_unit"];

/** «Vurderinger» for staff and for members of public organisations; companies never see it. */
export function assessmentMenu(me: Me, t: AnyT): FeatureMenuItem[] {
  if (me.role !== "admin" && me.role !== "agent" && !PUBLIC_KINDS.includes(me.organisationKind ?? "")) {
    return [];
  }
  return [{ to: "/vurderinger", label: t("assessments:nav"), isActive: (path) => path.startsWith("/vurderinger") }];
}
