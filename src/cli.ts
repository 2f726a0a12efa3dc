import { loadParsers } from "./parsers/index.js";
const p = await loadParsers();
console.log(
  p.ruby("x\n").errors.length,
  p.postgres("select 1").stmts?.length,
  p.treeSitter("python", "x").rootNode.type,
);
