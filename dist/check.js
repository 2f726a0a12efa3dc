// `uses: …/check@v1`: the top-level action with `command: check`.
process.env.INPUT_COMMAND = "check";
await import("./index.js");
