/** Where each rule's page lives; stable so annotations and SARIF can link to it. */
export const DOCS_BASE = "https://github.com/migration-guard/migration-guard/blob/main/docs/rules";

export function docsUrl(ruleId: string): string {
  return `${DOCS_BASE}/${ruleId}.md`;
}
