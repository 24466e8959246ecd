import { createRoot } from "react-dom/client";
import { DEFAULT_CONFIG } from "../config/defaults";
import { pickLanguage, STRINGS } from "./i18n";
import { LoadingState } from "./LoadingState";
import { loadConfig, type LoadedConfig } from "./loadConfig";
import { Shell } from "./Shell";
import { StandalonePane } from "./StandalonePane";
import { browserThemeHints, pickTheme } from "./theme";

// The message check outside Outlook (the server's root page). It loads no Microsoft script: the
// page promises that nothing leaves the computer.
const root = createRoot(document.getElementById("container") as HTMLElement);
const firstLanguage = pickLanguage("auto", navigator.language);
root.render(
  <Shell language={firstLanguage} theme={pickTheme(browserThemeHints())}>
    <LoadingState label={STRINGS[firstLanguage].app.starting} />
  </Shell>,
);

// A page opened from disk has no server beside it to hold config.json.
const settings: Promise<LoadedConfig> =
  location.protocol === "file:" ? Promise.resolve({ config: DEFAULT_CONFIG }) : loadConfig();

void settings.then(({ config, notice }) => {
  root.render(
    <Shell
      language={pickLanguage(config.language, navigator.language)}
      theme={pickTheme(browserThemeHints())}
      notice={notice}
    >
      <StandalonePane config={config} />
    </Shell>,
  );
});
