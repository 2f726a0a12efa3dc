// `uses: …/deploy@v1`: the top-level action with `command: deploy`.
process.env.INPUT_COMMAND = "deploy";
await import("./index.js");
