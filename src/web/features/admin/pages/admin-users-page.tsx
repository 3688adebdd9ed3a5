import { useState } from "react";
import { useTranslation } from "react-i18next";
import { api } from "../../../api/client.js";
import { useApi } from "../../../api/use-api.js";
import { useMe } from "../../../auth/auth-context.js";
import type { ItemList } from "../../../../domain/list-views.js";
import type { UserRow } from "../../../../domain/user-views.js";
import { AdminTabs } from "../components/admin-tabs.js";
import { Alert } from "../../../components/alert.js";
import { ConfirmDialog } from "../../../components/confirm-dialog.js";
import { ErrorState } from "../../../components/error-state.js";
import { formatCompactDateTime } from "../../../components/format.js";
import { Loading } from "../../../components/loading.js";
import { PageHeading } from "../../../components/page-heading.js";
import { roleLabel } from "../../../components/role-label.js";
import { UserCreateForm } from "../components/user-create-form.js";
import { currentLanguage } from "../../../i18n/i18n.js";

function UserStatus({ user }: { user: UserRow }) {
  const { t } = useTranslation(["translation", "admin"]);
  if (user.erased) {
    return <span className="badge badge-error">{t("admin:users.statusErased")}</span>;
  }
  if (user.disabled) {
    return <span className="badge badge-error">{t("admin:users.statusDisabled")}</span>;
  }
  if (user.invitationPending) {
    return <span className="badge badge-warning">{t("admin:users.statusPending")}</span>;
  }
  return <span className="badge badge-success">{t("admin:users.statusActive")}</span>;
}

export function AdminUsersPage() {
  const { t } = useTranslation(["translation", "admin"]);
  const me = useMe();
  const users = useApi<ItemList<UserRow>>("/api/users");
  const [notice, setNotice] = useState<{ variant: "success" | "error"; text: string } | null>(null);
  const [confirming, setConfirming] = useState<UserRow | null>(null);
  const [erasing, setErasing] = useState<UserRow | null>(null);
  const [isBusy, setIsBusy] = useState(false);
  const language = currentLanguage();

  const toggleDisabled = async (user: UserRow) => {
    setIsBusy(true);
    try {
      await api.patch<unknown>(`/api/users/${user.id}`, { disabled: !user.disabled });
      setNotice({
        variant: "success",
        text: user.disabled
          ? t("admin:users.enabledNotice", { name: user.name })
          : t("admin:users.disabledNotice", { name: user.name }),
      });
      users.reload();
    } catch {
      setNotice({ variant: "error", text: t("errors.saveFailed") });
    } finally {
      setIsBusy(false);
      setConfirming(null);
    }
  };

  const erase = async (user: UserRow) => {
    setIsBusy(true);
    try {
      const result = await api.delete<{ name: string }>(`/api/users/${user.id}`);
      setNotice({ variant: "success", text: t("admin:users.erasedNotice", { name: result.name }) });
      users.reload();
    } catch {
      setNotice({ variant: "error", text: t("errors.saveFailed") });
    } finally {
      setIsBusy(false);
      setErasing(null);
    }
  };

  const resend = async (user: UserRow) => {
    try {
      await api.post<void>(`/api/users/${user.id}/invitation`);
      setNotice({ variant: "success", text: t("admin:users.resentNotice", { email: user.email }) });
    } catch {
      setNotice({ variant: "error", text: t("errors.saveFailed") });
    }
  };

  return (
    <>
      <PageHeading title={t("admin:users.title")} />
      <AdminTabs />
      <p className="font-lead">{t("admin:users.intro")}</p>
      {notice ? (
        <Alert variant={notice.variant} live>
          <p>{notice.text}</p>
        </Alert>
      ) : null}
      {users.error ? <ErrorState error={users.error} onRetry={users.reload} /> : null}
      {users.isLoading && !users.data ? <Loading /> : null}
      {users.data ? (
        <div className="table--responsive-scroll" tabIndex={0} role="region" aria-label={t("admin:users.tableCaption")}>
          <table className="table table--zebra">
            <caption className="sr-only">{t("admin:users.tableCaption")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("admin:users.name")}</th>
                <th scope="col">{t("admin:users.email")}</th>
                <th scope="col">{t("admin:users.role")}</th>
                <th scope="col">{t("admin:users.organisation")}</th>
                <th scope="col">{t("admin:users.status")}</th>
                <th scope="col">{t("admin:users.lastLogin")}</th>
                <th scope="col">{t("admin:users.actions")}</th>
              </tr>
            </thead>
            <tbody>
              {users.data.items.map((user) => (
                <tr key={user.id}>
                  <td>{user.name}</td>
                  <td>{user.email}</td>
                  <td>{roleLabel(t, user.role)}</td>
                  <td>{user.organisationName ?? ""}</td>
                  <td>
                    <UserStatus user={user} />
                  </td>
                  <td>
                    {user.lastLoginAt ? (
                      <time className="nowrap" dateTime={user.lastLoginAt}>
                        {formatCompactDateTime(user.lastLoginAt, language)}
                      </time>
                    ) : (
                      t("admin:users.never")
                    )}
                  </td>
                  <td className="table-actions-cell">
                    {user.id !== me.id && !user.erased ? (
                      <button type="button" className="function-link" onClick={() => setConfirming(user)}>
                        {user.disabled ? t("admin:users.enable") : t("admin:users.disable")}
                        <span className="sr-only"> {user.name}</span>
                      </button>
                    ) : null}
                    <a className="function-link" href={`/api/users/${user.id}/export`} download>
                      {t("admin:users.exportData")}
                      <span className="sr-only"> {user.name}</span>
                    </a>
                    {user.id !== me.id && !user.erased ? (
                      <button type="button" className="function-link" onClick={() => setErasing(user)}>
                        {t("admin:users.erase")}
                        <span className="sr-only"> {user.name}</span>
                      </button>
                    ) : null}
                    {user.invitationPending && !user.disabled && !user.erased ? (
                      <button type="button" className="function-link" onClick={() => void resend(user)}>
                        {t("admin:users.resend")}
                        <span className="sr-only"> {user.name}</span>
                      </button>
                    ) : null}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}

      <UserCreateForm
        onCreated={(user) => {
          setNotice({ variant: "success", text: t("admin:users.createdNotice", { email: user.email }) });
          users.reload();
        }}
      />

      <ConfirmDialog
        isOpen={confirming !== null}
        title={confirming?.disabled ? t("admin:users.enableTitle") : t("admin:users.disableTitle")}
        confirmLabel={confirming?.disabled ? t("admin:users.enable") : t("admin:users.disable")}
        isDanger={!confirming?.disabled}
        isBusy={isBusy}
        onConfirm={() => {
          if (confirming) {
            void toggleDisabled(confirming);
          }
        }}
        onCancel={() => setConfirming(null)}
      >
        <p>
          {confirming?.disabled
            ? t("admin:users.enableText", { name: confirming.name, email: confirming.email })
            : t("admin:users.disableText", { name: confirming?.name ?? "", email: confirming?.email ?? "" })}
        </p>
      </ConfirmDialog>

      <ConfirmDialog
        isOpen={erasing !== null}
        title={t("admin:users.eraseTitle")}
        confirmLabel={t("admin:users.eraseConfirm")}
        isDanger
        isBusy={isBusy}
        onConfirm={() => {
          if (erasing) {
            void erase(erasing);
          }
        }}
        onCancel={() => setErasing(null)}
      >
        <p>{t("admin:users.eraseText", { name: erasing?.name ?? "", email: erasing?.email ?? "" })}</p>
      </ConfirmDialog>
    </>
  );
}
