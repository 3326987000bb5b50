import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { registerActivityStrings } from "../activities/registry.js";
import { initI18n } from "../i18n/index.js";
import { registerSeriesStrings } from "../series/strings.js";
import { registerMemoryStrings } from "../series/memory-strings.js";
import { registerResultsStrings } from "../series/results-strings.js";
import "../styles.css";
import { loadConsolePrefs } from "./console-prefs.js";
import { HostApp } from "./HostApp.js";

// The console speaks its own language (chosen on this browser), not the room's.
initI18n(loadConsolePrefs().language);
registerActivityStrings();
registerSeriesStrings();
registerMemoryStrings();
registerResultsStrings();
createRoot(document.getElementById("root")!).render(
  <StrictMode>
    <HostApp />
  </StrictMode>,
);
