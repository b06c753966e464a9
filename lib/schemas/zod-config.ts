// zod's settings for every schema, browser and server. jitless: zod would otherwise probe `new Function("")`
// to see whether it may compile faster validators, and under the portal's Content-Security-Policy (no
// 'unsafe-eval') that probe is a reported violation on every page that validates a form.
import { z } from "zod";

z.config({ jitless: true });
