/** The admin's file, served beside taskpane.html. */
export const CONFIG_URL = "config.json";

/** Always asks the server: an admin's edit shows at the next opening of the pane. */
export const fetchUncached = (url: string) => fetch(url, { cache: "no-cache" });
