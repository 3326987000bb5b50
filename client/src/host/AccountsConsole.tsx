/**
 * The accounts console (admins only): every facilitator account, an invitation
 * by a one-time link, a one-time reset link, and removing an account (its live
 * rooms end and it is signed out everywhere). The link is shown once, to hand
 * over in person or by a channel the organisation trusts.
 */
import { useCallback, useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { api, ApiError } from "../sdk/api.js";
import { ConfirmButton } from "../ui/ConfirmButton.js";
import { ErrorNote } from "../ui/ErrorNote.js";
import type { Facilitator } from "./AuthGate.js";

interface Account {
  id: number;
  username: string;
  admin: boolean;
  invited: boolean;
}

export function AccountsConsole({ me }: { me: Facilitator }) {
  const { t } = useTranslation();
  const [accounts, setAccounts] = useState<Account[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [link, setLink] = useState<{ username: string; url: string } | null>(null);

  const refresh = useCallback(async () => {
    try {
      setAccounts((await api<{ accounts: Account[] }>("GET", "/api/accounts")).accounts);
    } catch (e) {
      setError(e instanceof ApiError ? e.code : "NETWORK");
    }
  }, []);
  useEffect(() => void refresh(), [refresh]);

  const run = async (what: () => Promise<void>) => {
    try {
      await what();
      setError(null);
    } catch (e) {
      setError(e instanceof ApiError ? e.code : "NETWORK");
    }
    await refresh();
  };
  const showLink = (username: string, path: string) => setLink({ username, url: `${location.origin}${path}` });

  return (
    <section aria-labelledby="accounts-title" className="accounts-console">
      <h2 id="accounts-title">{t("host.accounts.title")}</h2>
      <ul className="room-list">
        {accounts?.map((a) => (
          <li key={a.id}>
            <span className="stack">
              <strong>{a.username}</strong>
              <span className="hint">
                {[a.admin ? t("host.accounts.admin") : t("host.accounts.leader"), a.invited ? t("host.accounts.invited") : null].filter(Boolean).join(" · ")}
              </span>
            </span>
            {a.id !== me.id && (
              <span className="row">
                <button
                  type="button"
                  className="button"
                  onClick={() =>
                    void run(async () => {
                      const res = await api<{ link: { path: string } }>("POST", `/api/accounts/${a.id}/reset`);
                      showLink(a.username, res.link.path);
                    })
                  }
                >
                  {t("host.accounts.reset", { name: a.username })}
                </button>
                <ConfirmButton
                  className="button button-danger"
                  label={t("host.accounts.remove", { name: a.username })}
                  question={t("host.accounts.removeQuestion", { name: a.username })}
                  onConfirm={() => void run(async () => void (await api("DELETE", `/api/accounts/${a.id}`)))}
                />
              </span>
            )}
          </li>
        ))}
      </ul>
      <form
        className="stack"
        onSubmit={(e) => {
          e.preventDefault();
          const formEl = e.currentTarget;
          const form = new FormData(formEl);
          void run(async () => {
            const res = await api<{ account: Account; link: { path: string } }>("POST", "/api/accounts", {
              username: String(form.get("username")),
              admin: form.get("admin") === "on",
            });
            showLink(res.account.username, res.link.path);
            formEl.reset();
          });
        }}
      >
        <h3>{t("host.accounts.invite")}</h3>
        <label htmlFor="invite-username">{t("host.username")}</label>
        <input id="invite-username" name="username" autoComplete="off" required minLength={3} maxLength={60} />
        <label className="check-row">
          <input type="checkbox" name="admin" />
          <span>{t("host.makeAdmin")}</span>
        </label>
        <button type="submit" className="button">{t("host.accounts.makeLink")}</button>
      </form>
      {link && (
        <div role="status" className="stack account-link">
          <label htmlFor="account-link">{t("host.accounts.linkFor", { name: link.username })}</label>
          <input id="account-link" readOnly value={link.url} onFocus={(e) => e.currentTarget.select()} />
          <p className="hint">{t("host.accounts.linkHint")}</p>
        </div>
      )}
      <ErrorNote code={error} />
    </section>
  );
}
