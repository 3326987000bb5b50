import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { registerActivityStrings } from "../activities/registry.js";
import { initI18n } from "../i18n/index.js";
import "../styles.css";
import { JoinApp } from "./JoinApp.js";
import { applyPrefs, loadPrefs } from "./display-prefs.js";

applyPrefs(loadPrefs());
initI18n("nb");
registerActivityStrings();
createRoot(document.getElementById("root")!).render(
  <StrictMode>
    <JoinApp />
  </StrictMode>,
);
