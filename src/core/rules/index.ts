// Registry of rules, sorted by id. A registry test fails when a rule lacks docs, tests or fixtures.
import type { Rule } from "./rule.js";

export const rules: readonly Rule[] = [];

export function ruleById(id: string): Rule | undefined {
  return rules.find((r) => r.id === id);
}
