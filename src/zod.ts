/**
 * The project's one way to zod. Without `jitless`, zod compiles its parsers with `new Function`,
 * which the pages' Content-Security-Policy refuses; it probes for that when a schema is built, and the
 * refused probe is reported as a violation even though zod catches it. Importing from here sets the
 * switch before any schema exists.
 */
import { config } from "zod";

config({ jitless: true });

// Import it as a namespace (`import * as z from "../zod"`). Passing zod's own `z` object on from here
// hides which parts are used from webpack, which then bundles all of zod: its 50-odd error-message
// locales cost about 45 kB gzip in every page.
export * from "zod";
