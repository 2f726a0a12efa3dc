// The deploy key checks that run before any connection: a passphrase-protected key is named as such.
import { afterAll, describe, expect, it } from "@jest/globals";
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { keyHasPassphrase, SshConnection, SshError } from "../src/adapters/ssh.js";

const dir = mkdtempSync(join(tmpdir(), "mg-ssh-key-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function key(name: string, passphrase: string, format: string[] = []): string {
  execFileSync("ssh-keygen", ["-q", "-t", "ed25519", "-N", passphrase, "-f", join(dir, name), ...format]);
  return readFileSync(join(dir, name), "utf8");
}

describe("deploy key", () => {
  it("tells a passphrase-protected OpenSSH or PEM key from a plain one", () => {
    expect(keyHasPassphrase(key("plain", ""))).toBe(false);
    expect(keyHasPassphrase(key("locked", "secret phrase"))).toBe(true);
    execFileSync("ssh-keygen", [
      "-q",
      "-t",
      "rsa",
      "-b",
      "2048",
      "-m",
      "PEM",
      "-N",
      "pem passphrase",
      "-f",
      join(dir, "pem"),
    ]);
    expect(keyHasPassphrase(readFileSync(join(dir, "pem"), "utf8"))).toBe(true);
  });

  it("refuses a key with a passphrase before connecting, saying that it has one", () => {
    const target = {
      host: "127.0.0.1",
      port: 22,
      user: "deploy",
      privateKey: key("locked2", "another phrase"),
      knownHosts: "127.0.0.1 ssh-ed25519 AAAA",
      connectTimeout: 5,
    };
    expect(() => SshConnection.prepare(target, { tempRoot: dir })).toThrow(SshError);
    expect(() => SshConnection.prepare(target, { tempRoot: dir })).toThrow(/has a passphrase/);
  });
});
