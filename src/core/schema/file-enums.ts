// The enum types as one file leaves them, operation by operation, over the schema before it: what the file
// creates, the values it adds, its renames and drops. Copies, never the schema's own objects: the replay goes on
// from those.
import { enumKey, type EnumType } from "../column-types/index.js";
import type { Operation } from "../types.js";
import type { SchemaView } from "./state.js";

export class FileEnums {
  /** By name: the file's own types and copies (`null`: dropped or renamed away). */
  private readonly named = new Map<string, EnumType | null>();
  /** What became of each type a column may hold: its copy after a value added or a rename; `null`: dropped. */
  private readonly successor = new Map<EnumType, EnumType | null>();

  constructor(private readonly schema: SchemaView) {}

  /** The enum type of that name now. */
  byName(name: string): EnumType | undefined {
    const k = enumKey(name);
    return this.named.has(k) ? (this.named.get(k) ?? undefined) : this.schema.enumType(name);
  }

  /** The type a column typed by `t` holds now: columns follow their type through a value added or a rename. */
  current(t: EnumType): EnumType | undefined {
    let at: EnumType | null | undefined = t;
    while (at && this.successor.has(at)) at = this.successor.get(at);
    return at ?? undefined;
  }

  /** True when a column typed by `t` holds `target` now (or held it until it was dropped). */
  leadsTo(t: EnumType, target: EnumType): boolean {
    for (let at: EnumType | null | undefined = t; at; at = this.successor.get(at))
      if (at === target) return true;
    return false;
  }

  /** Follows `op` when it creates or changes an enum type; false when it is no such operation. */
  track(op: Operation): boolean {
    switch (op.kind) {
      case "create-enum":
        // CREATE TYPE of a name that exists fails: the type stays as it was.
        if (!this.byName(op.type))
          this.named.set(enumKey(op.type), { name: op.type, labels: [...op.values] });
        return true;
      case "add-enum-value":
      case "rename-enum-value": {
        const known = this.byName(op.type);
        if (!known) return true;
        const labels =
          op.kind === "rename-enum-value"
            ? known.labels.map((l) => (l === op.value ? op.newValue : l))
            : known.labels.includes(op.value)
              ? known.labels
              : [...known.labels, op.value];
        this.follow(op.type, known, { name: known.name, labels });
        return true;
      }
      case "rename-type": {
        const known = this.byName(op.type);
        if (!known) return true;
        this.named.set(enumKey(op.type), null);
        this.follow(op.newName, known, { name: op.newName, labels: known.labels });
        return true;
      }
      default:
        return false;
    }
  }

  /** DROP TYPE: the enum it drops, when it is one. */
  drop(name: string): EnumType | undefined {
    const dropped = this.byName(name);
    this.named.set(enumKey(name), null);
    if (dropped) this.successor.set(dropped, null);
    return dropped;
  }

  private follow(name: string, known: EnumType, copy: EnumType): void {
    this.successor.set(known, copy);
    this.named.set(enumKey(name), copy);
  }
}
