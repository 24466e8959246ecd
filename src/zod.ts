/**
 * The project's one way to zod. Without `jitless`, zod compiles its parsers with `new Function`,
 * which the pages' Content-Security-Policy refuses; it probes for that when a schema is built, and the
 * refused probe is reported as a violation even though zod catches it. Importing z from here sets the
 * switch before any schema exists.
 */
import { z } from "zod";

z.config({ jitless: true });

export { z };
