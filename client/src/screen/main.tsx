import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { registerActivityStrings } from "../activities/registry.js";
import { initI18n } from "../i18n/index.js";
import { registerMemoryStrings } from "../series/memory-strings.js";
import "../styles.css";
import "./screen.css";
import { ScreenApp } from "./ScreenApp.js";

initI18n("nb");
registerActivityStrings();
registerMemoryStrings();
createRoot(document.getElementById("root")!).render(
  <StrictMode>
    <ScreenApp />
  </StrictMode>,
);
