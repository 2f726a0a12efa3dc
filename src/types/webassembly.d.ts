// Node has WebAssembly at runtime; TypeScript's ES lib does not declare it and the DOM lib would declare far more.
declare namespace WebAssembly {
  type Exports = Record<string, unknown>;
  type Imports = Record<string, Record<string, unknown>>;
  interface Module {
    readonly __brand?: "Module";
  }
  interface Instance {
    readonly exports: Exports;
  }
  function compile(bytes: Uint8Array): Promise<Module>;
  function instantiate(module: Module, imports?: Imports): Promise<Instance>;
}
