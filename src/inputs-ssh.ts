// The inputs that say where and how to connect (host, port, user, ssh-key, known-hosts, jump-host), validated
// here for inputs-deploy.ts and for src/early-connect.ts, which reads them before @actions/core is loaded so the
// handshake starts while the rest of the action loads. No @actions/core here: values come through a reader.
import { InputError, required, type InputReader } from "./input-error.js";

export type SshCommand = "deploy" | "status";

const HOST = /^(?:[A-Za-z0-9](?:[A-Za-z0-9.-]*[A-Za-z0-9])?|\[[0-9A-Fa-f:.]+\]|[0-9A-Fa-f:.]+)$/;

const USER = /^[A-Za-z0-9_][A-Za-z0-9_.-]*$/;

export function port(name: string, value: string): number {
  const n = Number(value);
  if (!/^\d+$/.test(value) || n < 1 || n > 65535) {
    throw new InputError(`Input \`${name}\` must be a TCP port (1-65535); got ${JSON.stringify(value)}.`);
  }
  return n;
}

export function jumpHostInput(read: InputReader): string | undefined {
  const text = read("jump-host");
  if (!text) return undefined;
  const m = /^(?:([^@\s]+)@)?([^@:\s]+|\[[^\]\s]+\])(?::(\d+))?$/.exec(text);
  if (!m || (m[1] !== undefined && !USER.test(m[1])) || !HOST.test(m[2])) {
    throw new InputError(
      `Input \`jump-host\` must look like \`user@host:port\` (user and port optional); got ${JSON.stringify(text)}.`,
    );
  }
  if (m[3] !== undefined) port("jump-host", m[3]);
  return text;
}

export function knownHostsInput(read: InputReader, host: string): string {
  const text = required(
    read,
    "known-hosts",
    "for `deploy` and `status`: host key checking is never turned off. Pin the server's key, e.g. the output of `ssh-keyscan -p PORT HOST` checked against its fingerprint",
  );
  const lines = text.split(/\r?\n/).filter((l) => l.trim() && !l.trim().startsWith("#"));
  for (const line of lines) {
    const fields = line.trim().split(/\s+/);
    const offset = fields[0].startsWith("@") ? 1 : 0;
    if (fields.length < offset + 3 || !/^(ssh-|ecdsa-|sk-)/.test(fields[offset + 1])) {
      throw new InputError(
        `Input \`known-hosts\` must hold known_hosts lines (\`host key-type base64-key\`); this line is not one: ${JSON.stringify(line.slice(0, 80))}.`,
      );
    }
  }
  if (!lines.length) throw new InputError(`Input \`known-hosts\` holds no key for ${host}.`);
  return lines.join("\n");
}

export function hostInput(read: InputReader, command: SshCommand): string {
  const host = required(read, "host", `for \`${command}\``);
  if (!HOST.test(host)) {
    throw new InputError(`Input \`host\` must be a host name or an IP address; got ${JSON.stringify(host)}.`);
  }
  return host;
}

export function userInput(read: InputReader, command: SshCommand): string {
  const user = required(read, "user", `for \`${command}\``);
  if (!USER.test(user))
    throw new InputError(`Input \`user\` must be a plain user name; got ${JSON.stringify(user)}.`);
  return user;
}

export function privateKeyInput(command: SshCommand, privateKey: string): string {
  if (!privateKey.trim()) {
    throw new InputError(
      `Input \`ssh-key\` is required for \`${command}\`. Pass the deploy key from a secret: \`ssh-key: \${{ secrets.DEPLOY_SSH_KEY }}\`.`,
    );
  }
  if (!/-----BEGIN [A-Z ]*PRIVATE KEY-----/.test(privateKey)) {
    throw new InputError(
      "Input `ssh-key` must be a private key in PEM/OpenSSH format (it starts with `-----BEGIN ... PRIVATE KEY-----`).",
    );
  }
  return privateKey;
}

export interface SshInputs {
  readonly host: string;
  readonly port: number;
  readonly user: string;
  readonly privateKey: string;
  readonly knownHosts: string;
  readonly jumpHost?: string | undefined;
}

/** All of the SSH inputs, or the first problem (thrown): what the early connection needs, checked alike. */
export function sshInputs(read: InputReader, command: SshCommand): SshInputs {
  const host = hostInput(read, command);
  return {
    host,
    port: port("port", read("port") || "22"),
    user: userInput(read, command),
    privateKey: privateKeyInput(command, read("ssh-key")),
    knownHosts: knownHostsInput(read, host),
    jumpHost: jumpHostInput(read),
  };
}
