/**
 * The project's one way to zod: zod/mini (a third of classic zod's weight in the pane and the commands
 * bundle), with classic zod's English messages, since config and feed errors are shown to people.
 * Without `jitless`, zod compiles its parsers with `new Function`, which the pages'
 * Content-Security-Policy refuses; it probes for that when a schema is built, and the refused probe is
 * reported as a violation even though zod catches it. Importing from here sets both before any schema
 * exists.
 */
import { config } from "zod/mini";
import { en } from "zod/v4/locales";

config({ ...en(), jitless: true });

// Import it as a namespace (`import * as z from "../zod"`), so webpack sees which parts are used.
export * from "zod/mini";
