import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { useTranslation } from "react-i18next";
import { initI18n } from "../i18n/index.js";
import "../styles.css";

function Landing() {
  const { t } = useTranslation();
  return (
    <main className="tablet-page">
      <h1>{t("app.name")}</h1>
      <p>{t("app.tagline")}</p>
      <div className="stack">
        <a className="button button-primary button-big" href="/join">{t("join.title")}</a>
        <a className="button" href="/host">{t("host.title")}</a>
      </div>
    </main>
  );
}

initI18n("nb");
createRoot(document.getElementById("root")!).render(
  <StrictMode>
    <Landing />
  </StrictMode>,
);
