/** Facilitator sign-in, or creating the first (admin) account on a fresh install with the setup code. */
import { useEffect, useState, type ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { api, ApiError } from "../sdk/api.js";
import { ErrorNote } from "../ui/ErrorNote.js";
import { ConsoleLanguagePicker } from "./ConsolePrefs.js";

export interface Facilitator {
  id: number;
  username: string;
  /** Only admins create accounts. */
  admin: boolean;
}

export function AuthGate({ children }: { children: (me: Facilitator, signOut: () => void) => ReactNode }) {
  const { t } = useTranslation();
  const [status, setStatus] = useState<{ needsSetup: boolean; facilitator: Facilitator | null } | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    api<{ needsSetup: boolean; facilitator: Facilitator | null }>("GET", "/api/auth/status")
      .then(setStatus)
      .catch(() => setError("NETWORK"));
  }, []);

  if (!status) return <main className="host-page"><ErrorNote code={error} /></main>;
  if (status.facilitator) {
    return children(status.facilitator, () => {
      void api("POST", "/api/auth/logout").finally(() => setStatus({ needsSetup: false, facilitator: null }));
    });
  }

  const setup = status.needsSetup;
  return (
    <main className="host-page narrow">
      <h1>{setup ? t("host.setupTitle") : t("host.loginTitle")}</h1>
      {setup && <p>{t("host.setupText")}</p>}
      <form
        className="stack"
        onSubmit={async (e) => {
          e.preventDefault();
          const form = new FormData(e.currentTarget);
          try {
            const credentials = { username: String(form.get("username") ?? ""), password: String(form.get("password") ?? "") };
            const res = await api<{ facilitator: Facilitator }>(
              "POST",
              setup ? "/api/auth/setup" : "/api/auth/login",
              setup ? { ...credentials, setupCode: String(form.get("setupCode") ?? "") } : credentials,
            );
            setStatus({ needsSetup: false, facilitator: res.facilitator });
          } catch (err) {
            setError(err instanceof ApiError ? err.code : "NETWORK");
          }
        }}
      >
        {setup && (
          <>
            <label htmlFor="setup-code">{t("host.setupCode")}</label>
            <input
              id="setup-code"
              name="setupCode"
              required
              autoComplete="one-time-code"
              autoCapitalize="characters"
              spellCheck={false}
              maxLength={100}
              aria-describedby="setup-code-hint"
            />
            <p id="setup-code-hint" className="hint">{t("host.setupCodeHint")}</p>
          </>
        )}
        <label htmlFor="username">{t("host.username")}</label>
        <input id="username" name="username" autoComplete="username" required minLength={3} maxLength={60} />
        <label htmlFor="password">{t("host.password")}</label>
        <input
          id="password"
          name="password"
          type="password"
          autoComplete={setup ? "new-password" : "current-password"}
          required
          minLength={setup ? 10 : 1}
          aria-describedby="password-hint"
        />
        <p id="password-hint" className="hint">{t("host.passwordHint")}</p>
        <button type="submit" className="button button-primary">
          {setup ? t("host.createAccount") : t("host.login")}
        </button>
      </form>
      {/* The leader's words in the console's language; the server's message is for logs only. */}
      <ErrorNote code={error} ns="safeguarding.login" />
      <ConsoleLanguagePicker id="login-lang" />
    </main>
  );
}
