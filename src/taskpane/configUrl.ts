/** The admin's file, served beside taskpane.html. */
export const CONFIG_URL = "config.json";
