import { z } from "zod";

// In the browser, the page's CSP forbids eval: zod would probe for it (with
// `Function("")`, reported as a violation) to compile fast object parsers.
// The server keeps the fast parsers. Import zod from here in code that runs
// in the browser, so that this runs before any schema is built.
if (typeof window !== "undefined") z.config({ jitless: true });

export { z };
