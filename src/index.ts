// Entry of the action: the main step, or the post step that cleans up. Nothing else lives here.
// No static import of @actions/core (and so of its HTTP client) here: a deploy starts its SSH handshake first,
// and main's module graph loads while it runs. `STATE_isPost` is what core.getState("isPost") reads.
import { startEarlyConnection } from "./early-connect.js";

if (process.env.STATE_isPost === "true") await (await import("./main.js")).post();
else {
  startEarlyConnection();
  await (await import("./main.js")).run();
}
