// The error every input reader throws: a sentence naming the input, the value and the fix. Its own module so
// that the SSH inputs can be read before @actions/core is loaded (src/early-connect.ts).
export class InputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "InputError";
  }
}

/** Reads one input's trimmed value by its name (`host`, `ssh-key`, …). */
export type InputReader = (name: string) => string;

export function required(read: InputReader, name: string, why: string): string {
  const value = read(name);
  if (!value) throw new InputError(`Input \`${name}\` is required ${why}. Set it in the step's \`with:\`.`);
  return value;
}
