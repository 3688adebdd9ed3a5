import { Fragment, type ReactNode } from "react";
import { useParams, type RouteObject } from "react-router-dom";
import type { Me } from "../../../domain/auth.js";
import { RequireAuth } from "../../auth/require-auth.js";
import type { AnyT, FeatureMenuItem } from "../feature.js";
import { lazyPages } from "../lazy-pages.js";

const page = lazyPages(() => import("./pages.js"), ["seminars"]);
const publicPage = lazyPages(() => import("./public-pages.js"), ["seminars"]);
const SeminarsPage = publicPage("SeminarsPage");
const SeminarDetailPage = publicPage("SeminarDetailPage");
const RegistrationPage = publicPage("RegistrationPage");
const ParticipantsPage = page("ParticipantsPage");
// Planning and invitations (issue 12): the staff chunk.
const SeminarCreatePage = page("SeminarCreatePage");
const SeminarEditPage = page("SeminarEditPage");
const InvitationsPage = page("InvitationsPage");
const QuestionsPage = page("QuestionsPage");
const SurveyPage = publicPage("SurveyPage");

const STAFF = ["admin", "agent"] as const;

/** A fresh page for each id or token in the path. */
function Keyed({ render }: { render: () => ReactNode }) {
  const { id, token } = useParams();
  return <Fragment key={id ?? token}>{render()}</Fragment>;
}

/** The list, a seminar and the personal link are public; check-in and outcomes are the agents'. */
export const seminarRoutes: RouteObject[] = [
  { path: "/seminarer", element: <SeminarsPage /> },
  {
    path: "/seminarer/ny",
    element: (
      <RequireAuth roles={STAFF}>
        <SeminarCreatePage />
      </RequireAuth>
    ),
  },
  // The mails link to /seminarer/tilmelding/:token (registrations.service.ts); /tilmelding/:token is the short form.
  { path: "/seminarer/tilmelding/:token", element: <Keyed render={() => <RegistrationPage />} /> },
  { path: "/tilmelding/:token", element: <Keyed render={() => <RegistrationPage />} /> },
  { path: "/seminarer/:id", element: <Keyed render={() => <SeminarDetailPage />} /> },
  // The evaluation and follow-up mails link here (surveys.service.ts); registration questions are the staff's.
  { path: "/seminarer/evaluering/:token", element: <Keyed render={() => <SurveyPage />} /> },
  {
    path: "/seminarer/:id/spoergsmaal",
    element: (
      <RequireAuth roles={STAFF}>
        <Keyed render={() => <QuestionsPage />} />
      </RequireAuth>
    ),
  },
  {
    path: "/seminarer/:id/deltagere",
    element: (
      <RequireAuth roles={STAFF}>
        <Keyed render={() => <ParticipantsPage />} />
      </RequireAuth>
    ),
  },
  {
    path: "/seminarer/:id/rediger",
    element: (
      <RequireAuth roles={STAFF}>
        <Keyed render={() => <SeminarEditPage />} />
      </RequireAuth>
    ),
  },
  {
    path: "/seminarer/:id/invitationer",
    element: (
      <RequireAuth roles={STAFF}>
        <Keyed render={() => <InvitationsPage />} />
      </RequireAuth>
    ),
  },
];

export function seminarMenu(_me: Me | null, t: AnyT): FeatureMenuItem[] {
  return [{ to: "/seminarer", label: t("seminars:nav"), isActive: (path) => path.startsWith("/seminarer") }];
}
