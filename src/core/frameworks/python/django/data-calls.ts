// RunPython in a Django migration: the function it names is followed through the ORM calls that change rows
// (`Model.objects.filter(...).delete()`, `.update(...)`, `record.save()`, `bulk_update`) and the SQL it runs
// (`cursor.execute`, `.raw`); without reverse_code Django cannot unapply it.
import {
  arg,
  booleanValue,
  callArgs,
  dottedName,
  isNone,
  methodName,
  receiver,
  stringList,
  stringValue,
  unwrap,
  type CallArgs,
  type Node,
} from "../nodes.js";
import type { SqlForwarder } from "../forward-sql.js";
import { onlyNulls } from "../../shared/toolkit.js";
import { PythonWalker, type Env as WalkerEnv } from "../walker.js";
import type { OperationHandler, Reader } from "./reader-context.js";
import { extend } from "../../../extend.js";

interface Relation {
  table: string;
  filtered: boolean;
  /** Columns the filter requires to be NULL (`col__isnull=True`, `col=None`). */
  nullColumns: ReadonlySet<string>;
}

type Binding =
  | { kind: "model"; table: string }
  | { kind: "relation"; rel: Relation }
  | { kind: "record"; rel: Relation; assigned: Set<string> };

type Env = WalkerEnv<Binding>;

const MANAGERS = new Set(["objects", "_default_manager", "_base_manager"]);
const QUERYSET_PASSTHROUGH = new Set([
  "all",
  "order_by",
  "select_related",
  "prefetch_related",
  "only",
  "defer",
  "using",
  "iterator",
  "select_for_update",
  "distinct",
  "annotate",
  "alias",
  "reverse",
  "values",
  "values_list",
]);
const SINGLE_RECORD = new Set(["get", "first", "last", "earliest", "latest"]);

function readRunPython(r: Reader, call: Node, args: CallArgs): void {
  const code = arg(args, 0, "code");
  const reverse = arg(args, 1, "reverse_code");
  if (code) new PythonCode(r).forward(code, call);
  else r.unknown(call, "RunPython without code cannot be followed");
  if (!reverse || isNone(reverse)) {
    r.push(call, {
      kind: "irreversible",
      reason: "RunPython has no reverse_code (use RunPython.noop when nothing needs undoing)",
    });
  }
}

/** Operations that run Python, by class name. */
export const DATA_OPERATIONS: Readonly<Record<string, OperationHandler>> = {
  RunPython: (r, call, args) => readRunPython(r, call, args),
};

/** Follows a RunPython function through the ORM calls that change rows. */
class PythonCode extends PythonWalker<Binding> {
  private readonly sql: SqlForwarder;

  constructor(private readonly reader: Reader) {
    super(reader.module);
    this.sql = reader.sql;
  }

  forward(code: Node, call: Node): void {
    const n = unwrap(code);
    if (n.type === "identifier" && this.follow(n.text, [])) return;
    if (n.type === "lambda") {
      const body = n.childForFieldName("body");
      if (body) this.expression(body, new Map());
      return;
    }
    if (dottedName(n)?.endsWith(".noop")) return;
    this.reader.unknown(
      call,
      "RunPython's code is not a function defined in this file, so what it does to the data cannot be read",
    );
  }

  protected override loopBinding(right: Node, env: Env): Binding | undefined {
    const rel = this.relation(right, env);
    return rel ? { kind: "record", rel, assigned: new Set() } : undefined;
  }

  protected override assignedAttribute(bound: Binding, attribute: string): void {
    if (bound.kind === "record") bound.assigned.add(attribute);
  }

  /** What a value is, as far as the ORM goes: a model, a queryset, one record. */
  protected binding(node: Node, env: Env): Binding | undefined {
    const n = unwrap(node);
    const table = this.model(n, env);
    if (table !== undefined) return { kind: "model", table };
    if (n.type === "call") {
      const name = methodName(n);
      const recv = receiver(n);
      if (name && SINGLE_RECORD.has(name) && recv) {
        const rel = this.relation(recv, env);
        if (rel) return { kind: "record", rel: extend(rel, { filtered: true }), assigned: new Set() };
      }
    }
    const rel = this.relation(n, env);
    return rel ? { kind: "relation", rel } : undefined;
  }

  /** The table of a model expression. */
  private model(node: Node, env: Env): string | undefined {
    const n = unwrap(node);
    if (n.type === "identifier") {
      const bound = env.get(n.text);
      if (bound) return bound.kind === "model" ? bound.table : undefined;
      const origin = this.module.imports.get(n.text);
      if (origin && /^[A-Z]/.test(n.text)) {
        // `from accounts.models import User`: the app is the package that holds `models`.
        const parts = origin.split(".");
        const at = parts.lastIndexOf("models");
        return this.reader.modelTable(at > 0 ? parts[at - 1] : undefined, n.text);
      }
      return undefined;
    }
    if (n.type === "call" && methodName(n) === "get_model") {
      const args = callArgs(n);
      const first = stringValue(args.positional[0]);
      const second = stringValue(args.positional[1] ?? args.keywords.get("model_name"));
      if (first === undefined) return undefined;
      if (second !== undefined) return this.reader.modelTable(first, second);
      const [app, model] = first.split(".");
      return model ? this.reader.modelTable(app, model) : undefined;
    }
    return undefined;
  }

  /** The rows a queryset expression selects. */
  private relation(node: Node, env: Env): Relation | undefined {
    const n = unwrap(node);
    switch (n.type) {
      case "identifier": {
        const bound = env.get(n.text);
        return bound?.kind === "relation" ? bound.rel : undefined;
      }
      case "attribute": {
        const attribute = n.childForFieldName("attribute")?.text ?? "";
        const object = n.childForFieldName("object");
        if (!object) return undefined;
        let table = this.model(object, env);
        // A model the file neither imports nor looks up: Django's own naming is the best guess.
        if (
          table === undefined &&
          object.type === "identifier" &&
          /^[A-Z]/.test(object.text) &&
          !env.has(object.text)
        )
          table = this.reader.modelTable(undefined, object.text);
        if (table === undefined) return undefined;
        if (MANAGERS.has(attribute)) return { table, filtered: false, nullColumns: new Set() };
        // A custom manager may filter rows; it is still the model's table.
        if (/objects|manager/i.test(attribute)) return { table, filtered: true, nullColumns: new Set() };
        return undefined;
      }
      case "subscript": {
        const value = n.childForFieldName("value");
        const rel = value ? this.relation(value, env) : undefined;
        return rel ? extend(rel, { filtered: true }) : undefined;
      }
      case "call": {
        const name = methodName(n) ?? "";
        const recv = receiver(n);
        if (!recv) return undefined;
        const rel = this.relation(recv, env);
        if (!rel) return undefined;
        if (QUERYSET_PASSTHROUGH.has(name)) return rel;
        if (name === "filter" || name === "exclude" || name === "complex_filter") {
          const nulls = new Set(rel.nullColumns);
          for (const [key, value] of callArgs(n).keywords) {
            const isnull = /^(.+)__isnull$/.exec(key);
            const flag = booleanValue(value);
            if (name === "filter" && ((isnull && flag === true) || (!isnull && isNone(value))))
              nulls.add(isnull ? isnull[1]! : key);
            if (name === "exclude" && isnull && flag === false) nulls.add(isnull[1]!);
          }
          return { table: rel.table, filtered: true, nullColumns: nulls };
        }
        return undefined;
      }
      default:
        return undefined;
    }
  }

  /** A call that changes rows or runs SQL; false when it is none the reader knows. */
  protected call(call: Node, env: Env): boolean {
    const name = methodName(call) ?? "";
    const recv = receiver(call);
    const args = callArgs(call);
    if (!recv) return false;
    switch (name) {
      case "execute":
      case "executemany":
      case "raw":
        this.sql.forward(args.positional[0] ?? args.keywords.get("sql"), call, `${name}()`);
        return true;
      case "delete": {
        // A loop variable, a record kept in a variable, or `Model.objects.get(...).delete()`.
        const record = recv.type === "identifier" ? env.get(recv.text) : this.binding(recv, env);
        if (record?.kind === "record") {
          this.reader.push(call, {
            kind: "delete-rows",
            table: record.rel.table,
            filtered: record.rel.filtered,
            via: "Model.delete() on each record",
          });
          return true;
        }
        const rel = this.relation(recv, env);
        if (!rel) return false;
        this.reader.push(call, {
          kind: "delete-rows",
          table: rel.table,
          filtered: rel.filtered,
          via: "QuerySet.delete()",
        });
        return true;
      }
      case "update": {
        const rel = this.relation(recv, env);
        if (!rel) return false;
        const columns = args.splat ? [] : [...args.keywords.keys()];
        this.reader.push(call, {
          kind: "update-rows",
          table: rel.table,
          columns,
          filtered: rel.filtered,
          onlyNulls: onlyNulls(columns, rel.nullColumns),
          via: "QuerySet.update()",
        });
        return true;
      }
      case "save": {
        const record = recv.type === "identifier" ? env.get(recv.text) : undefined;
        if (record?.kind !== "record") return false;
        const fields = stringList(args.keywords.get("update_fields"));
        const columns = fields ?? [...record.assigned];
        this.reader.push(call, {
          kind: "update-rows",
          table: record.rel.table,
          columns,
          filtered: record.rel.filtered,
          onlyNulls: onlyNulls(columns, record.rel.nullColumns),
          via: "Model.save() on each record",
        });
        return true;
      }
      case "bulk_update": {
        const rel = this.relation(recv, env);
        if (!rel) return false;
        const columns = stringList(arg(args, 1, "fields")) ?? [];
        this.reader.push(call, {
          kind: "update-rows",
          table: rel.table,
          columns,
          filtered: true,
          onlyNulls: false,
          via: "QuerySet.bulk_update()",
        });
        return true;
      }
      default:
        return false;
    }
  }
}
