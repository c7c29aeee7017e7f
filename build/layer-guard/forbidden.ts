// Reached only through the "paths" of tsconfig.shared.json and tsconfig.web.json, when code in a
// layer that must stay portable imports electron, a Node built-in or better-sqlite3. The
// undefined name below turns that import into a type error that names the rule.
export type LayerGuard = ERROR_this_layer_must_not_import_electron_node_or_sqlite;
declare const guard: LayerGuard;
export default guard;
