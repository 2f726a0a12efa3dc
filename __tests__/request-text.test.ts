// A request said on the supervisor's stdin carries its text as `\xHH` bytes (requestText), which the host
// turns back with bash's printf '%b' and the front accepts by one pattern (src/host/parts/modes.sh). Both
// are run here with bash on texts that a shell would otherwise read as something else.
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { requestText } from "../src/core/deploy/protocol.js";

/** The front's own pattern for a request line, read from the supervisor's source. */
const REQUEST = /^ {2}local request='([^']+)'$/m.exec(readFileSync("src/host/parts/modes.sh", "utf8"))![1];

const TEXTS = [
  "db/migrate/20240102000000_*.rb\nconfig/database.yml",
  "app dir/ünïcödé 迁移 ✓.py",
  "back\\slash \\n \\c \\x41 \\0101 %s %b %% '\"`$HOME` $(touch /tmp/mg-request-never) ${IFS}",
  "https://example.test/health?a=1&b=%20#frag",
  "\t trailing spaces and a newline at the end \n",
];

/** What the host makes of `read 7 TEXT`: whether the front relays it, and the text the worker decodes. */
function onTheHost(line: string): { relayed: boolean; text: string } {
  const script = [
    // The front's pattern, and the worker's decoding as in src/host/parts/phases.sh.
    `request='${REQUEST}'`,
    "IFS= read -r line",
    'if [[ $line =~ $request ]]; then printf -v text %b "${BASH_REMATCH[3]}"; printf "yes\\n%s" "$text"; else printf "no\\n"; fi',
  ].join("\n");
  const run = spawnSync("bash", ["-c", script], { input: `${line}\n`, encoding: "utf8" });
  expect(run.status).toBe(0);
  const [verdict, ...rest] = run.stdout.split("\n");
  return { relayed: verdict === "yes", text: rest.join("\n") };
}

it.each(TEXTS)("the host gets back exactly the text of a request: %j", (text) => {
  const encoded = requestText(text);
  expect(encoded).toMatch(/^(\\x[0-9a-f]{2})+$/);
  expect(onTheHost(`read 7 ${encoded}`)).toEqual({ relayed: true, text });
});

it("a request that is not in that form is not relayed", () => {
  expect(onTheHost("read 7 ZGIvbWlncmF0ZQ==").relayed).toBe(false); // base64, the old form
  expect(onTheHost("read 7 \\x41\\x4").relayed).toBe(false); // cut in the middle of a byte
  expect(onTheHost("read 7 \\x41; touch /tmp/mg-request-never").relayed).toBe(false);
  expect(onTheHost(`read 1234567 ${requestText("a")}`).relayed).toBe(false);
});
