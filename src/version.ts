// The one version string, package.json's: inlined into dist/ by the bundler, read by node from src/.
import pkg from "../package.json" with { type: "json" };

export const VERSION: string = pkg.version;
