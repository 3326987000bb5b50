/**
 * Opened from an invitation or reset link (`/host#link=…`): the facilitator
 * chooses a password, once. The token stays in the fragment, so it never
 * reaches a server log; it is removed from the address bar when done.
 */
import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { api, ApiError } from "../sdk/api.js";
import { ErrorNote } from "../ui/ErrorNote.js";

export function linkToken(): string | null {
  const match = /^#link=([A-Za-z0-9_-]{20,100})$/.exec(location.hash);
  return match ? match[1] : null;
}

export function LinkPassword({ token, onDone }: { token: string; onDone: () => void }) {
  const { t } = useTranslation();
  const [info, setInfo] = useState<{ username: string; purpose: "invite" | "reset" } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState(false);

  useEffect(() => {
    api<{ username: string; purpose: "invite" | "reset" }>("POST", "/api/auth/link/info", { token })
      .then(setInfo)
      .catch((e: unknown) => setError(e instanceof ApiError ? e.code : "NETWORK"));
  }, [token]);

  return (
    <main className="host-page narrow">
      <h1>{t("host.title")}</h1>
      {info && !done && (
        <form
          className="stack"
          onSubmit={async (e) => {
            e.preventDefault();
            const form = new FormData(e.currentTarget);
            try {
              await api("POST", "/api/auth/link", { token, password: String(form.get("password")) });
              // Used up: out of the address bar and this page's history entry.
              history.replaceState(null, "", "/host");
              setDone(true);
              setError(null);
            } catch (err) {
              setError(err instanceof ApiError ? err.code : "NETWORK");
            }
          }}
        >
          <h2>{info.purpose === "invite" ? t("host.accounts.welcome", { name: info.username }) : t("host.accounts.newPassword", { name: info.username })}</h2>
          <label htmlFor="link-password">{t("host.password")}</label>
          <input id="link-password" name="password" type="password" autoComplete="new-password" required minLength={10} maxLength={200} />
          <p className="hint">{t("host.accounts.passwordHint")}</p>
          <button type="submit" className="button button-primary">{t("host.accounts.setPassword")}</button>
        </form>
      )}
      {done && (
        <div role="status" className="stack">
          <p>{t("host.accounts.passwordSet")}</p>
          <button type="button" className="button button-primary" onClick={onDone}>{t("host.accounts.toSignIn")}</button>
        </div>
      )}
      <ErrorNote code={error} ns="host.accounts.errors" />
    </main>
  );
}
