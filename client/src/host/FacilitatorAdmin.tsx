/** An admin creates accounts for co-leaders (and may make one an admin); there is no open sign-up. */
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { api, ApiError } from "../sdk/api.js";
import { ErrorNote } from "../ui/ErrorNote.js";

export function FacilitatorAdmin() {
  const { t } = useTranslation();
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState(false);
  return (
    <details className="admin">
      <summary>{t("host.addFacilitator")}</summary>
      <form
        className="stack"
        onSubmit={async (e) => {
          e.preventDefault();
          const formEl = e.currentTarget;
          const form = new FormData(formEl);
          try {
            await api("POST", "/api/facilitators", {
              username: String(form.get("username")),
              password: String(form.get("password")),
              admin: form.get("admin") === "on",
            });
            setError(null);
            setDone(true);
            formEl.reset();
          } catch (err) {
            setDone(false);
            setError(err instanceof ApiError ? err.code : "NETWORK");
          }
        }}
      >
        <label htmlFor="new-username">{t("host.username")}</label>
        <input id="new-username" name="username" autoComplete="off" required minLength={3} maxLength={60} />
        <label htmlFor="new-password">{t("host.password")}</label>
        <input id="new-password" name="password" type="password" autoComplete="new-password" required minLength={10} />
        <label className="check-row">
          <input type="checkbox" name="admin" />
          <span>{t("host.makeAdmin")}</span>
        </label>
        <button type="submit" className="button">{t("host.createAccount")}</button>
      </form>
      {done && <p role="status">{t("host.created")}</p>}
      <ErrorNote code={error} />
    </details>
  );
}
