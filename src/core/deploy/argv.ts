// Shell-like word splitting for argv inputs (`run-prefix`, `status-command`, `migrate-command`): quotes and
// backslashes group words, nothing is expanded. The words then travel as data, never as a shell string.

export class ArgvError extends Error {}

/** Splits `text` into words. Throws ArgvError for an unclosed quote or a newline/NUL inside a word. */
export function splitArgv(text: string): string[] {
  const words: string[] = [];
  let word = "";
  let inWord = false;
  let quote: "'" | '"' | undefined;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === "\0") throw new ArgvError("contains a NUL byte");
    if (quote === "'") {
      if (c === "'") quote = undefined;
      else word += c;
      continue;
    }
    if (quote === '"') {
      if (c === '"') quote = undefined;
      else if (c === "\\" && i + 1 < text.length && '"\\$`'.includes(text[i + 1])) word += text[++i];
      else word += c;
      continue;
    }
    if (c === "'" || c === '"') {
      quote = c;
      inWord = true;
    } else if (c === "\\" && i + 1 < text.length) {
      word += text[++i];
      inWord = true;
    } else if (/\s/.test(c)) {
      if (inWord) words.push(word);
      word = "";
      inWord = false;
    } else {
      word += c;
      inWord = true;
    }
  }
  if (quote) throw new ArgvError(`has an unclosed ${quote} quote`);
  if (inWord) words.push(word);
  for (const w of words) {
    if (w.includes("\n")) throw new ArgvError("has a newline inside a quoted word");
  }
  return words;
}
