import { createRoot } from "react-dom/client";
import { DEFAULT_CONFIG } from "../config/defaults";
import { App } from "./App";
import { detectHost } from "./detectHost";
import { loadConfig, type LoadedConfig } from "./loadConfig";
import { officeHost } from "./outlookHost";
import { pickTheme } from "./theme";

// office.js is a blocking script before this deferred bundle: by now it has either defined Office or
// failed to load (a plain browser, offline), and then the pane runs standalone.
const office = (window as { Office?: typeof Office }).Office;
const prefersDark = window.matchMedia?.("(prefers-color-scheme: dark)").matches ?? false;
const root = createRoot(document.getElementById("container") as HTMLElement);
root.render(<App mode="starting" theme={pickTheme(undefined, prefersDark)} />);

// A page opened from disk has no server beside it to hold config.json.
const settings: Promise<LoadedConfig> =
  location.protocol === "file:" ? Promise.resolve({ config: DEFAULT_CONFIG }) : loadConfig();

detectHost(office, (mode) => {
  void settings.then((loaded) => {
    if (mode === "outlook" && office) {
      const theme = pickTheme(office.context.officeTheme?.bodyBackgroundColor, prefersDark);
      root.render(<App mode="outlook" theme={theme} settings={loaded} host={officeHost(office)} />);
    } else {
      root.render(<App mode="standalone" theme={pickTheme(undefined, prefersDark)} settings={loaded} />);
    }
  });
});
