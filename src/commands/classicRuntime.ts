/**
 * commands.js: the report handlers for classic Outlook on Windows, which runs this file alone in a
 * JavaScript-only runtime (no DOM, no imports at run time). Everything comes with the bundle: MSAL
 * for Graph delivery and the IDNA tables, which the web entry (webRuntime.ts) loads only on need.
 */
import "./runtimeShims"; // first: before any library touches TextEncoder/TextDecoder
import { createNestablePublicClientApplication } from "@azure/msal-browser";
import * as tr46 from "tr46/index.js";
import { provideTr46 } from "../config/tr46OnDemand";
import { createHandlers, registerHandlers, startOffice } from "./commands";

provideTr46(tr46);
registerHandlers(createHandlers({ createPca: createNestablePublicClientApplication }));
startOffice();
