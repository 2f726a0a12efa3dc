// `uses: …/status@v1`: the top-level action with `command: status`.
process.env.INPUT_COMMAND = "status";
await import("./index.js");
