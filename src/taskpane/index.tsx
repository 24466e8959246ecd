import { createRoot } from "react-dom/client";
import { App, type AppProps } from "./App";
import { detectHost } from "./detectHost";
import { pickLanguage } from "./i18n";
import { loadConfig } from "./loadConfig";
import { officeHost } from "./outlookHost";
import { browserThemeHints, pickTheme } from "./theme";

// The task pane inside Outlook. office.js is a blocking script before this deferred bundle: by now it
// has either defined Office or failed to load (a plain browser, offline).
const office = (window as { Office?: typeof Office }).Office;
const root = createRoot(document.getElementById("container") as HTMLElement);
const browserLanguage = pickLanguage("auto", navigator.language);
const show = (props: AppProps) => root.render(<App {...props} />);
show({ mode: "starting", language: browserLanguage, theme: pickTheme(browserThemeHints()) });

const settings = loadConfig();

detectHost(office, (mode) => {
  void settings.then(({ config, notice }) => {
    if (mode === "outlook" && office) {
      const context = office.context;
      show({
        mode: "outlook",
        language: pickLanguage(config.language, context.displayLanguage),
        theme: pickTheme(browserThemeHints(context.officeTheme?.bodyBackgroundColor)),
        notice,
        config,
        host: officeHost(office),
      });
    } else {
      const language = pickLanguage(config.language, navigator.language);
      show({ mode: "outside", language, theme: pickTheme(browserThemeHints()), notice });
    }
  });
});
