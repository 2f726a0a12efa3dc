// Entry of the action: the main step, or the post step that cleans up. Nothing else lives here.
import * as core from "@actions/core";
import { run, post } from "./main.js";

if (core.getState("isPost") === "true") await post();
else await run();
