/**
 * commands-web.js: the report handlers as commands.html runs them in Outlook on the web, new Outlook on
 * Windows and Mac, where a page can load more of its code. MSAL (about 70 kB gzip) loads only for a
 * report delivered through Graph, and the IDNA tables (about 60 kB) only for an international name;
 * the files are the pane's own chunks, so a pane opened before has them cached.
 */
import "./runtimeShims";
import { loadTr46 } from "../config/loadTr46";
import { createNestablePcaOnDemand } from "../report/loadMsal";
import { createHandlers, registerHandlers, startOffice } from "./commands";

registerHandlers(createHandlers({ createPca: createNestablePcaOnDemand, loadTr46 }));
startOffice();
