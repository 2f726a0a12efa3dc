export const id = 166;
export const ids = [166];
export const modules = {

/***/ 7166:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  parseConfig: () => (/* binding */ parseConfig)
});

// UNUSED EXPORTS: ConfigError, DEFAULT_CONFIG, DEFAULT_ENVIRONMENTS, defaultConfig, environmentNames, environmentProfile, parseDuration, strictestConfig

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
// EXTERNAL MODULE: ./src/core/glob.ts
var core_glob = __webpack_require__(6085);
// EXTERNAL MODULE: ./src/core/config-defaults.ts
var config_defaults = __webpack_require__(6104);
;// CONCATENATED MODULE: ./src/core/types.ts
// The plain data that crosses every boundary of the engine. Nothing here does I/O.
/** Every framework Migration Guard reads: the one list config validation, docs and the registry are held to. */
const FRAMEWORK_IDS = [
    "rails",
    "django",
    "alembic",
    "prisma",
    "golang-migrate",
    "flyway",
    "goose",
    "dbmate",
    "sql",
    "laravel",
    "knex",
    "sequelize",
    "typeorm",
    "node-pg-migrate",
    "ecto",
    "db-migrate",
    "liquibase",
    "doctrine",
    "ef-core",
];

;// CONCATENATED MODULE: ./src/core/config.ts
// `.github/migration-guard.yml`: parsed from text and validated here, so every front end gets the same errors.




// Everything else about the config lives there, and is this module's too.

const DATABASES = ["postgresql", "mysql", "sqlite"];
const SETTINGS = ["error", "warning", "notice", "off"];
const FRAMEWORKS = FRAMEWORK_IDS;
/** "90", "90s", "5m", "1h30m" → seconds. */
function parseDuration(value) {
    if (typeof value === "number" && Number.isFinite(value) && value > 0)
        return value;
    if (typeof value !== "string")
        return undefined;
    const text = value.trim();
    if (/^\d+(\.\d+)?$/.test(text))
        return Number(text) > 0 ? Number(text) : undefined;
    const m = /^(?:(\d+)h)?(?:(\d+)m)?(?:(\d+)s)?$/.exec(text);
    if (!m || text === "")
        return undefined;
    const seconds = Number(m[1] ?? 0) * 3600 + Number(m[2] ?? 0) * 60 + Number(m[3] ?? 0);
    return seconds > 0 ? seconds : undefined;
}
function isRecord(v) {
    return typeof v === "object" && v !== null && !Array.isArray(v);
}
/** Globs at `where`, each compiled once here so a pattern that cannot match as written is an error now. */
function globList(v, where, problems) {
    const list = typeof v === "string" ? [v] : v;
    if (!Array.isArray(list) || !list.every((x) => typeof x === "string" && x.length > 0)) {
        problems.push(`${where} must be a glob or a list of globs, got ${JSON.stringify(v)}`);
        return undefined;
    }
    let ok = true;
    list.forEach((glob, i) => {
        const key = typeof v === "string" ? where : `${where}[${i}]`;
        const problem = (0,core_glob/* globProblem */.AI)(glob);
        if (problem) {
            ok = false;
            problems.push(`${key} is ${JSON.stringify(glob)}, which is not a valid glob (${problem}); escape a literal ` +
                "bracket with a backslash, or close it");
        }
        else if (glob.startsWith("/") || glob.startsWith("./")) {
            ok = false;
            problems.push(`${key} is ${JSON.stringify(glob)}; globs match paths relative to the repository root, without a ` +
                `leading "${glob.startsWith("/") ? "/" : "./"}"`);
        }
    });
    return ok ? list : undefined;
}
function checkKeys(obj, allowed, where, problems) {
    for (const key of Object.keys(obj)) {
        if (!allowed.includes(key)) {
            problems.push(`unknown key "${key}" in ${where}; expected one of: ${allowed.join(", ")}`);
        }
    }
}
/**
 * Parses and validates the config text. `knownRules` lets the caller reject typos in rule ids.
 * An empty text gives the defaults. Throws one ConfigError that lists every problem found.
 */
function parseConfig(text, source = ".github/migration-guard.yml", knownRules) {
    let raw;
    try {
        raw = (0,dist/* parse */.qg)(text);
    }
    catch (error) {
        throw new config_defaults/* ConfigError */.xL(source, [`is not valid YAML: ${error.message.split("\n")[0]}`]);
    }
    if (raw === null || raw === undefined)
        return (0,config_defaults/* defaultConfig */.sb)();
    if (!isRecord(raw))
        throw new config_defaults/* ConfigError */.xL(source, [
            "must be a mapping of settings (database, paths, exclude, rules, environments)",
        ]);
    const problems = [];
    checkKeys(raw, ["database", "paths", "exclude", "rules", "environments"], "the top level", problems);
    const config = (0,config_defaults/* defaultConfig */.sb)();
    if (raw.database !== undefined) {
        if (!DATABASES.includes(raw.database)) {
            problems.push(`database must be one of ${DATABASES.join(", ")}, got ${JSON.stringify(raw.database)}`);
        }
        else
            config.database = raw.database;
    }
    if (raw.paths !== undefined) {
        if (!isRecord(raw.paths))
            problems.push('paths must map a framework id to globs, e.g. `rails: ["engines/*/db/migrate/*.rb"]`, or a glob to a ' +
                'framework id, e.g. `"schema/postgresql/**/versioned/**/*.sql": sql`');
        else {
            for (const [key, value] of Object.entries(raw.paths)) {
                if (FRAMEWORKS.includes(key)) {
                    const list = globList(value, `paths.${key}`, problems);
                    if (list)
                        config.paths[key] = [...(config.paths[key] ?? []), ...list];
                }
                else if (typeof value === "string" && FRAMEWORKS.includes(value)) {
                    // The other spelling: one glob (the key) → one framework (the value).
                    const list = globList(key, `paths[${JSON.stringify(key)}]`, problems);
                    if (list)
                        config.paths[value] = [...(config.paths[value] ?? []), ...list];
                }
                else {
                    problems.push(`paths.${key}: unknown framework; a key is a framework id (${FRAMEWORKS.join(", ")}) mapped to ` +
                        `globs, or a glob mapped to one of them, got ${JSON.stringify(value)}`);
                }
            }
        }
    }
    if (raw.exclude !== undefined) {
        const list = globList(raw.exclude, "exclude", problems);
        if (list)
            config.exclude = list;
    }
    if (raw.rules !== undefined) {
        if (!isRecord(raw.rules))
            problems.push("rules must map a rule id to error, warning, notice or off");
        else {
            for (const [id, setting] of Object.entries(raw.rules)) {
                if (knownRules && !knownRules.includes(id)) {
                    problems.push(`rules.${id}: no such rule; see docs/rules/ for the list`);
                    continue;
                }
                const value = setting === false ? "off" : setting;
                if (!SETTINGS.includes(value)) {
                    problems.push(`rules.${id} must be one of ${SETTINGS.join(", ")}, got ${JSON.stringify(setting)}`);
                    continue;
                }
                config.rules[id] = value;
            }
        }
    }
    if (raw.environments !== undefined) {
        if (!isRecord(raw.environments))
            problems.push("environments must map an environment name to its profile");
        else {
            for (const [name, profile] of Object.entries(raw.environments)) {
                const profileProblems = problems.length;
                if (!isRecord(profile)) {
                    problems.push(`environments.${name} must be a mapping (timeout, destructive, pause)`);
                    continue;
                }
                checkKeys(profile, ["timeout", "destructive", "pause", "require-applied-in"], `environments.${name}`, problems);
                const base = environmentProfile(config, name);
                const timeout = profile.timeout === undefined ? base.timeout : parseDuration(profile.timeout);
                if (timeout === undefined) {
                    problems.push(`environments.${name}.timeout must be a duration like 300, "90s", "5m" or "1h", got ${JSON.stringify(profile.timeout)}`);
                }
                const pause = profile.pause === undefined ? base.pause : profile.pause === 0 ? 0 : parseDuration(profile.pause);
                if (pause === undefined)
                    problems.push(`environments.${name}.pause must be a duration, got ${JSON.stringify(profile.pause)}`);
                const destructive = profile.destructive ?? base.destructive;
                if (destructive !== "block" && destructive !== "warn") {
                    problems.push(`environments.${name}.destructive must be block or warn, got ${JSON.stringify(profile.destructive)}`);
                }
                const required = profile["require-applied-in"] === undefined
                    ? (config.environments[name]?.requireAppliedIn ?? [])
                    : environmentNames(profile["require-applied-in"]);
                if (required === undefined)
                    problems.push(`environments.${name}.require-applied-in must be an environment name or a list of them, got ${JSON.stringify(profile["require-applied-in"])}`);
                if (problems.length === profileProblems && timeout !== undefined && pause !== undefined)
                    config.environments[name] = {
                        timeout,
                        pause,
                        destructive: destructive,
                        ...(required?.length ? { requireAppliedIn: required } : {}),
                    };
            }
        }
    }
    if (problems.length > 0)
        throw new config_defaults/* ConfigError */.xL(source, problems);
    return config;
}
/** The profile for an environment name; any unknown name behaves like production. */
/** `staging`, `staging, qa` or a YAML list → names; undefined when one is not a plain name. */
function environmentNames(value) {
    const list = typeof value === "string"
        ? value.split(/[\s,]+/).filter(Boolean)
        : Array.isArray(value)
            ? value
            : undefined;
    if (!list?.every((n) => typeof n === "string" && /^[A-Za-z0-9_.-]+$/.test(n)))
        return undefined;
    return [...new Set(list)];
}
function environmentProfile(config, name) {
    return config.environments[name] ?? config.environments.production ?? config_defaults/* DEFAULT_ENVIRONMENTS */.p0.production;
}
const STRICTNESS = { off: 0, notice: 1, warning: 2, error: 3 };
/**
 * The stricter of two configs, for judging a change that edits the config itself: every `paths:` entry of
 * either (the new one first), only the `exclude` globs both share, and per rule the stricter setting (an
 * unset rule at its default, from `defaults`). The new config's database; the caller also reads the change
 * under the old config, so a changed database cannot hide anything either.
 */
function strictestConfig(before, after, defaults) {
    const paths = {};
    for (const [id, globs] of Object.entries(after.paths))
        paths[id] = [...globs];
    for (const [id, globs] of Object.entries(before.paths))
        paths[id] = [...new Set([...(paths[id] ?? []), ...globs])];
    const rules = {};
    for (const id of new Set([...Object.keys(before.rules), ...Object.keys(after.rules)])) {
        const a = before.rules[id] ?? defaults[id] ?? "error";
        const b = after.rules[id] ?? defaults[id] ?? "error";
        rules[id] = STRICTNESS[a] >= STRICTNESS[b] ? a : b;
    }
    return {
        ...after,
        paths,
        exclude: after.exclude.filter((g) => before.exclude.includes(g)),
        rules,
    };
}


/***/ })

};
