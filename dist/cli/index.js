#!/usr/bin/env node
import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 861:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


function __export(m) {
    for (var p in m) if (!exports.hasOwnProperty(p)) exports[p] = m[p];
}
Object.defineProperty(exports, "__esModule", ({ value: true }));
__export(__nccwpck_require__(4372));
//# sourceMappingURL=index.js.map

/***/ }),

/***/ 4372:
/***/ (function(__unused_webpack_module, exports, __nccwpck_require__) {


var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", ({ value: true }));
const fs_1 = __nccwpck_require__(9896);
const debug_1 = __importDefault(__nccwpck_require__(3326));
const log = debug_1.default('@kwsites/file-exists');
function check(path, isFile, isDirectory) {
    log(`checking %s`, path);
    try {
        const stat = fs_1.statSync(path);
        if (stat.isFile() && isFile) {
            log(`[OK] path represents a file`);
            return true;
        }
        if (stat.isDirectory() && isDirectory) {
            log(`[OK] path represents a directory`);
            return true;
        }
        log(`[FAIL] path represents something other than a file or directory`);
        return false;
    }
    catch (e) {
        if (e.code === 'ENOENT') {
            log(`[FAIL] path is not accessible: %o`, e);
            return false;
        }
        log(`[FATAL] %o`, e);
        throw e;
    }
}
/**
 * Synchronous validation of a path existing either as a file or as a directory.
 *
 * @param {string} path The path to check
 * @param {number} type One or both of the exported numeric constants
 */
function exists(path, type = exports.READABLE) {
    return check(path, (type & exports.FILE) > 0, (type & exports.FOLDER) > 0);
}
exports.exists = exists;
/**
 * Constant representing a file
 */
exports.FILE = 1;
/**
 * Constant representing a folder
 */
exports.FOLDER = 2;
/**
 * Constant representing either a file or a folder
 */
exports.READABLE = exports.FILE + exports.FOLDER;
//# sourceMappingURL=index.js.map

/***/ }),

/***/ 8173:
/***/ ((__unused_webpack_module, exports) => {

var __webpack_unused_export__;

__webpack_unused_export__ = ({ value: true });
exports.ud = exports.yX = void 0;
/**
 * Creates a new `DeferredPromise`
 *
 * ```typescript
 import {deferred} from '@kwsites/promise-deferred`;
 ```
 */
function deferred() {
    let done;
    let fail;
    let status = 'pending';
    const promise = new Promise((_done, _fail) => {
        done = _done;
        fail = _fail;
    });
    return {
        promise,
        done(result) {
            if (status === 'pending') {
                status = 'resolved';
                done(result);
            }
        },
        fail(error) {
            if (status === 'pending') {
                status = 'rejected';
                fail(error);
            }
        },
        get fulfilled() {
            return status !== 'pending';
        },
        get status() {
            return status;
        },
    };
}
exports.yX = deferred;
/**
 * Alias of the exported `deferred` function, to help consumers wanting to use `deferred` as the
 * local variable name rather than the factory import name, without needing to rename on import.
 *
 * ```typescript
 import {createDeferred} from '@kwsites/promise-deferred`;
 ```
 */
exports.ud = deferred;
/**
 * Default export allows use as:
 *
 * ```typescript
 import deferred from '@kwsites/promise-deferred`;
 ```
 */
__webpack_unused_export__ = deferred;
//# sourceMappingURL=index.js.map

/***/ }),

/***/ 1438:
/***/ ((module, exports, __nccwpck_require__) => {

/* eslint-env browser */

/**
 * This is the web browser implementation of `debug()`.
 */

exports.formatArgs = formatArgs;
exports.save = save;
exports.load = load;
exports.useColors = useColors;
exports.storage = localstorage();
exports.destroy = (() => {
	let warned = false;

	return () => {
		if (!warned) {
			warned = true;
			console.warn('Instance method `debug.destroy()` is deprecated and no longer does anything. It will be removed in the next major version of `debug`.');
		}
	};
})();

/**
 * Colors.
 */

exports.colors = [
	'#0000CC',
	'#0000FF',
	'#0033CC',
	'#0033FF',
	'#0066CC',
	'#0066FF',
	'#0099CC',
	'#0099FF',
	'#00CC00',
	'#00CC33',
	'#00CC66',
	'#00CC99',
	'#00CCCC',
	'#00CCFF',
	'#3300CC',
	'#3300FF',
	'#3333CC',
	'#3333FF',
	'#3366CC',
	'#3366FF',
	'#3399CC',
	'#3399FF',
	'#33CC00',
	'#33CC33',
	'#33CC66',
	'#33CC99',
	'#33CCCC',
	'#33CCFF',
	'#6600CC',
	'#6600FF',
	'#6633CC',
	'#6633FF',
	'#66CC00',
	'#66CC33',
	'#9900CC',
	'#9900FF',
	'#9933CC',
	'#9933FF',
	'#99CC00',
	'#99CC33',
	'#CC0000',
	'#CC0033',
	'#CC0066',
	'#CC0099',
	'#CC00CC',
	'#CC00FF',
	'#CC3300',
	'#CC3333',
	'#CC3366',
	'#CC3399',
	'#CC33CC',
	'#CC33FF',
	'#CC6600',
	'#CC6633',
	'#CC9900',
	'#CC9933',
	'#CCCC00',
	'#CCCC33',
	'#FF0000',
	'#FF0033',
	'#FF0066',
	'#FF0099',
	'#FF00CC',
	'#FF00FF',
	'#FF3300',
	'#FF3333',
	'#FF3366',
	'#FF3399',
	'#FF33CC',
	'#FF33FF',
	'#FF6600',
	'#FF6633',
	'#FF9900',
	'#FF9933',
	'#FFCC00',
	'#FFCC33'
];

/**
 * Currently only WebKit-based Web Inspectors, Firefox >= v31,
 * and the Firebug extension (any Firefox version) are known
 * to support "%c" CSS customizations.
 *
 * TODO: add a `localStorage` variable to explicitly enable/disable colors
 */

// eslint-disable-next-line complexity
function useColors() {
	// NB: In an Electron preload script, document will be defined but not fully
	// initialized. Since we know we're in Chrome, we'll just detect this case
	// explicitly
	if (typeof window !== 'undefined' && window.process && (window.process.type === 'renderer' || window.process.__nwjs)) {
		return true;
	}

	// Internet Explorer and Edge do not support colors.
	if (typeof navigator !== 'undefined' && navigator.userAgent && navigator.userAgent.toLowerCase().match(/(edge|trident)\/(\d+)/)) {
		return false;
	}

	let m;

	// Is webkit? http://stackoverflow.com/a/16459606/376773
	// document is undefined in react-native: https://github.com/facebook/react-native/pull/1632
	// eslint-disable-next-line no-return-assign
	return (typeof document !== 'undefined' && document.documentElement && document.documentElement.style && document.documentElement.style.WebkitAppearance) ||
		// Is firebug? http://stackoverflow.com/a/398120/376773
		(typeof window !== 'undefined' && window.console && (window.console.firebug || (window.console.exception && window.console.table))) ||
		// Is firefox >= v31?
		// https://developer.mozilla.org/en-US/docs/Tools/Web_Console#Styling_messages
		(typeof navigator !== 'undefined' && navigator.userAgent && (m = navigator.userAgent.toLowerCase().match(/firefox\/(\d+)/)) && parseInt(m[1], 10) >= 31) ||
		// Double check webkit in userAgent just in case we are in a worker
		(typeof navigator !== 'undefined' && navigator.userAgent && navigator.userAgent.toLowerCase().match(/applewebkit\/(\d+)/));
}

/**
 * Colorize log arguments if enabled.
 *
 * @api public
 */

function formatArgs(args) {
	args[0] = (this.useColors ? '%c' : '') +
		this.namespace +
		(this.useColors ? ' %c' : ' ') +
		args[0] +
		(this.useColors ? '%c ' : ' ') +
		'+' + module.exports.humanize(this.diff);

	if (!this.useColors) {
		return;
	}

	const c = 'color: ' + this.color;
	args.splice(1, 0, c, 'color: inherit');

	// The final "%c" is somewhat tricky, because there could be other
	// arguments passed either before or after the %c, so we need to
	// figure out the correct index to insert the CSS into
	let index = 0;
	let lastC = 0;
	args[0].replace(/%[a-zA-Z%]/g, match => {
		if (match === '%%') {
			return;
		}
		index++;
		if (match === '%c') {
			// We only are interested in the *last* %c
			// (the user may have provided their own)
			lastC = index;
		}
	});

	args.splice(lastC, 0, c);
}

/**
 * Invokes `console.debug()` when available.
 * No-op when `console.debug` is not a "function".
 * If `console.debug` is not available, falls back
 * to `console.log`.
 *
 * @api public
 */
exports.log = console.debug || console.log || (() => {});

/**
 * Save `namespaces`.
 *
 * @param {String} namespaces
 * @api private
 */
function save(namespaces) {
	try {
		if (namespaces) {
			exports.storage.setItem('debug', namespaces);
		} else {
			exports.storage.removeItem('debug');
		}
	} catch (error) {
		// Swallow
		// XXX (@Qix-) should we be logging these?
	}
}

/**
 * Load `namespaces`.
 *
 * @return {String} returns the previously persisted debug modes
 * @api private
 */
function load() {
	let r;
	try {
		r = exports.storage.getItem('debug') || exports.storage.getItem('DEBUG') ;
	} catch (error) {
		// Swallow
		// XXX (@Qix-) should we be logging these?
	}

	// If debug isn't set in LS, and we're in Electron, try to load $DEBUG
	if (!r && typeof process !== 'undefined' && 'env' in process) {
		r = process.env.DEBUG;
	}

	return r;
}

/**
 * Localstorage attempts to return the localstorage.
 *
 * This is necessary because safari throws
 * when a user disables cookies/localstorage
 * and you attempt to access it.
 *
 * @return {LocalStorage}
 * @api private
 */

function localstorage() {
	try {
		// TVMLKit (Apple TV JS Runtime) does not have a window object, just localStorage in the global context
		// The Browser also has localStorage in the global context.
		return localStorage;
	} catch (error) {
		// Swallow
		// XXX (@Qix-) should we be logging these?
	}
}

module.exports = __nccwpck_require__(4993)(exports);

const {formatters} = module.exports;

/**
 * Map %j to `JSON.stringify()`, since no Web Inspectors do that by default.
 */

formatters.j = function (v) {
	try {
		return JSON.stringify(v);
	} catch (error) {
		return '[UnexpectedJSONParseError]: ' + error.message;
	}
};


/***/ }),

/***/ 4993:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {


/**
 * This is the common logic for both the Node.js and web browser
 * implementations of `debug()`.
 */

function setup(env) {
	createDebug.debug = createDebug;
	createDebug.default = createDebug;
	createDebug.coerce = coerce;
	createDebug.disable = disable;
	createDebug.enable = enable;
	createDebug.enabled = enabled;
	createDebug.humanize = __nccwpck_require__(5320);
	createDebug.destroy = destroy;

	Object.keys(env).forEach(key => {
		createDebug[key] = env[key];
	});

	/**
	* The currently active debug mode names, and names to skip.
	*/

	createDebug.names = [];
	createDebug.skips = [];

	/**
	* Map of special "%n" handling functions, for the debug "format" argument.
	*
	* Valid key names are a single, lower or upper-case letter, i.e. "n" and "N".
	*/
	createDebug.formatters = {};

	/**
	* Selects a color for a debug namespace
	* @param {String} namespace The namespace string for the debug instance to be colored
	* @return {Number|String} An ANSI color code for the given namespace
	* @api private
	*/
	function selectColor(namespace) {
		let hash = 0;

		for (let i = 0; i < namespace.length; i++) {
			hash = ((hash << 5) - hash) + namespace.charCodeAt(i);
			hash |= 0; // Convert to 32bit integer
		}

		return createDebug.colors[Math.abs(hash) % createDebug.colors.length];
	}
	createDebug.selectColor = selectColor;

	/**
	* Create a debugger with the given `namespace`.
	*
	* @param {String} namespace
	* @return {Function}
	* @api public
	*/
	function createDebug(namespace) {
		let prevTime;
		let enableOverride = null;
		let namespacesCache;
		let enabledCache;

		function debug(...args) {
			// Disabled?
			if (!debug.enabled) {
				return;
			}

			const self = debug;

			// Set `diff` timestamp
			const curr = Number(new Date());
			const ms = curr - (prevTime || curr);
			self.diff = ms;
			self.prev = prevTime;
			self.curr = curr;
			prevTime = curr;

			args[0] = createDebug.coerce(args[0]);

			if (typeof args[0] !== 'string') {
				// Anything else let's inspect with %O
				args.unshift('%O');
			}

			// Apply any `formatters` transformations
			let index = 0;
			args[0] = args[0].replace(/%([a-zA-Z%])/g, (match, format) => {
				// If we encounter an escaped % then don't increase the array index
				if (match === '%%') {
					return '%';
				}
				index++;
				const formatter = createDebug.formatters[format];
				if (typeof formatter === 'function') {
					const val = args[index];
					match = formatter.call(self, val);

					// Now we need to remove `args[index]` since it's inlined in the `format`
					args.splice(index, 1);
					index--;
				}
				return match;
			});

			// Apply env-specific formatting (colors, etc.)
			createDebug.formatArgs.call(self, args);

			const logFn = self.log || createDebug.log;
			logFn.apply(self, args);
		}

		debug.namespace = namespace;
		debug.useColors = createDebug.useColors();
		debug.color = createDebug.selectColor(namespace);
		debug.extend = extend;
		debug.destroy = createDebug.destroy; // XXX Temporary. Will be removed in the next major release.

		Object.defineProperty(debug, 'enabled', {
			enumerable: true,
			configurable: false,
			get: () => {
				if (enableOverride !== null) {
					return enableOverride;
				}
				if (namespacesCache !== createDebug.namespaces) {
					namespacesCache = createDebug.namespaces;
					enabledCache = createDebug.enabled(namespace);
				}

				return enabledCache;
			},
			set: v => {
				enableOverride = v;
			}
		});

		// Env-specific initialization logic for debug instances
		if (typeof createDebug.init === 'function') {
			createDebug.init(debug);
		}

		return debug;
	}

	function extend(namespace, delimiter) {
		const newDebug = createDebug(this.namespace + (typeof delimiter === 'undefined' ? ':' : delimiter) + namespace);
		newDebug.log = this.log;
		return newDebug;
	}

	/**
	* Enables a debug mode by namespaces. This can include modes
	* separated by a colon and wildcards.
	*
	* @param {String} namespaces
	* @api public
	*/
	function enable(namespaces) {
		createDebug.save(namespaces);
		createDebug.namespaces = namespaces;

		createDebug.names = [];
		createDebug.skips = [];

		const split = (typeof namespaces === 'string' ? namespaces : '')
			.trim()
			.replace(/\s+/g, ',')
			.split(',')
			.filter(Boolean);

		for (const ns of split) {
			if (ns[0] === '-') {
				createDebug.skips.push(ns.slice(1));
			} else {
				createDebug.names.push(ns);
			}
		}
	}

	/**
	 * Checks if the given string matches a namespace template, honoring
	 * asterisks as wildcards.
	 *
	 * @param {String} search
	 * @param {String} template
	 * @return {Boolean}
	 */
	function matchesTemplate(search, template) {
		let searchIndex = 0;
		let templateIndex = 0;
		let starIndex = -1;
		let matchIndex = 0;

		while (searchIndex < search.length) {
			if (templateIndex < template.length && (template[templateIndex] === search[searchIndex] || template[templateIndex] === '*')) {
				// Match character or proceed with wildcard
				if (template[templateIndex] === '*') {
					starIndex = templateIndex;
					matchIndex = searchIndex;
					templateIndex++; // Skip the '*'
				} else {
					searchIndex++;
					templateIndex++;
				}
			} else if (starIndex !== -1) { // eslint-disable-line no-negated-condition
				// Backtrack to the last '*' and try to match more characters
				templateIndex = starIndex + 1;
				matchIndex++;
				searchIndex = matchIndex;
			} else {
				return false; // No match
			}
		}

		// Handle trailing '*' in template
		while (templateIndex < template.length && template[templateIndex] === '*') {
			templateIndex++;
		}

		return templateIndex === template.length;
	}

	/**
	* Disable debug output.
	*
	* @return {String} namespaces
	* @api public
	*/
	function disable() {
		const namespaces = [
			...createDebug.names,
			...createDebug.skips.map(namespace => '-' + namespace)
		].join(',');
		createDebug.enable('');
		return namespaces;
	}

	/**
	* Returns true if the given mode name is enabled, false otherwise.
	*
	* @param {String} name
	* @return {Boolean}
	* @api public
	*/
	function enabled(name) {
		for (const skip of createDebug.skips) {
			if (matchesTemplate(name, skip)) {
				return false;
			}
		}

		for (const ns of createDebug.names) {
			if (matchesTemplate(name, ns)) {
				return true;
			}
		}

		return false;
	}

	/**
	* Coerce `val`.
	*
	* @param {Mixed} val
	* @return {Mixed}
	* @api private
	*/
	function coerce(val) {
		if (val instanceof Error) {
			return val.stack || val.message;
		}
		return val;
	}

	/**
	* XXX DO NOT USE. This is a temporary stub function.
	* XXX It WILL be removed in the next major release.
	*/
	function destroy() {
		console.warn('Instance method `debug.destroy()` is deprecated and no longer does anything. It will be removed in the next major version of `debug`.');
	}

	createDebug.enable(createDebug.load());

	return createDebug;
}

module.exports = setup;


/***/ }),

/***/ 3326:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {

/**
 * Detect Electron renderer / nwjs process, which is node, but we should
 * treat as a browser.
 */

if (typeof process === 'undefined' || process.type === 'renderer' || process.browser === true || process.__nwjs) {
	module.exports = __nccwpck_require__(1438);
} else {
	module.exports = __nccwpck_require__(5076);
}


/***/ }),

/***/ 5076:
/***/ ((module, exports, __nccwpck_require__) => {

/**
 * Module dependencies.
 */

const tty = __nccwpck_require__(2018);
const util = __nccwpck_require__(9023);

/**
 * This is the Node.js implementation of `debug()`.
 */

exports.init = init;
exports.log = log;
exports.formatArgs = formatArgs;
exports.save = save;
exports.load = load;
exports.useColors = useColors;
exports.destroy = util.deprecate(
	() => {},
	'Instance method `debug.destroy()` is deprecated and no longer does anything. It will be removed in the next major version of `debug`.'
);

/**
 * Colors.
 */

exports.colors = [6, 2, 3, 4, 5, 1];

try {
	// Optional dependency (as in, doesn't need to be installed, NOT like optionalDependencies in package.json)
	// eslint-disable-next-line import/no-extraneous-dependencies
	const supportsColor = __nccwpck_require__(986);

	if (supportsColor && (supportsColor.stderr || supportsColor).level >= 2) {
		exports.colors = [
			20,
			21,
			26,
			27,
			32,
			33,
			38,
			39,
			40,
			41,
			42,
			43,
			44,
			45,
			56,
			57,
			62,
			63,
			68,
			69,
			74,
			75,
			76,
			77,
			78,
			79,
			80,
			81,
			92,
			93,
			98,
			99,
			112,
			113,
			128,
			129,
			134,
			135,
			148,
			149,
			160,
			161,
			162,
			163,
			164,
			165,
			166,
			167,
			168,
			169,
			170,
			171,
			172,
			173,
			178,
			179,
			184,
			185,
			196,
			197,
			198,
			199,
			200,
			201,
			202,
			203,
			204,
			205,
			206,
			207,
			208,
			209,
			214,
			215,
			220,
			221
		];
	}
} catch (error) {
	// Swallow - we only care if `supports-color` is available; it doesn't have to be.
}

/**
 * Build up the default `inspectOpts` object from the environment variables.
 *
 *   $ DEBUG_COLORS=no DEBUG_DEPTH=10 DEBUG_SHOW_HIDDEN=enabled node script.js
 */

exports.inspectOpts = Object.keys(process.env).filter(key => {
	return /^debug_/i.test(key);
}).reduce((obj, key) => {
	// Camel-case
	const prop = key
		.substring(6)
		.toLowerCase()
		.replace(/_([a-z])/g, (_, k) => {
			return k.toUpperCase();
		});

	// Coerce string value into JS value
	let val = process.env[key];
	if (/^(yes|on|true|enabled)$/i.test(val)) {
		val = true;
	} else if (/^(no|off|false|disabled)$/i.test(val)) {
		val = false;
	} else if (val === 'null') {
		val = null;
	} else {
		val = Number(val);
	}

	obj[prop] = val;
	return obj;
}, {});

/**
 * Is stdout a TTY? Colored output is enabled when `true`.
 */

function useColors() {
	return 'colors' in exports.inspectOpts ?
		Boolean(exports.inspectOpts.colors) :
		tty.isatty(process.stderr.fd);
}

/**
 * Adds ANSI color escape codes if enabled.
 *
 * @api public
 */

function formatArgs(args) {
	const {namespace: name, useColors} = this;

	if (useColors) {
		const c = this.color;
		const colorCode = '\u001B[3' + (c < 8 ? c : '8;5;' + c);
		const prefix = `  ${colorCode};1m${name} \u001B[0m`;

		args[0] = prefix + args[0].split('\n').join('\n' + prefix);
		args.push(colorCode + 'm+' + module.exports.humanize(this.diff) + '\u001B[0m');
	} else {
		args[0] = getDate() + name + ' ' + args[0];
	}
}

function getDate() {
	if (exports.inspectOpts.hideDate) {
		return '';
	}
	return new Date().toISOString() + ' ';
}

/**
 * Invokes `util.formatWithOptions()` with the specified arguments and writes to stderr.
 */

function log(...args) {
	return process.stderr.write(util.formatWithOptions(exports.inspectOpts, ...args) + '\n');
}

/**
 * Save `namespaces`.
 *
 * @param {String} namespaces
 * @api private
 */
function save(namespaces) {
	if (namespaces) {
		process.env.DEBUG = namespaces;
	} else {
		// If you set a process.env field to null or undefined, it gets cast to the
		// string 'null' or 'undefined'. Just delete instead.
		delete process.env.DEBUG;
	}
}

/**
 * Load `namespaces`.
 *
 * @return {String} returns the previously persisted debug modes
 * @api private
 */

function load() {
	return process.env.DEBUG;
}

/**
 * Init logic for `debug` instances.
 *
 * Create a new `inspectOpts` object in case `useColors` is set
 * differently for a particular `debug` instance.
 */

function init(debug) {
	debug.inspectOpts = {};

	const keys = Object.keys(exports.inspectOpts);
	for (let i = 0; i < keys.length; i++) {
		debug.inspectOpts[keys[i]] = exports.inspectOpts[keys[i]];
	}
}

module.exports = __nccwpck_require__(4993)(exports);

const {formatters} = module.exports;

/**
 * Map %o to `util.inspect()`, all on a single line.
 */

formatters.o = function (v) {
	this.inspectOpts.colors = this.useColors;
	return util.inspect(v, this.inspectOpts)
		.split('\n')
		.map(str => str.trim())
		.join(' ');
};

/**
 * Map %O to `util.inspect()`, allowing multiple lines if needed.
 */

formatters.O = function (v) {
	this.inspectOpts.colors = this.useColors;
	return util.inspect(v, this.inspectOpts);
};


/***/ }),

/***/ 2389:
/***/ ((module) => {



module.exports = (flag, argv = process.argv) => {
	const prefix = flag.startsWith('-') ? '' : (flag.length === 1 ? '-' : '--');
	const position = argv.indexOf(prefix + flag);
	const terminatorPosition = argv.indexOf('--');
	return position !== -1 && (terminatorPosition === -1 || position < terminatorPosition);
};


/***/ }),

/***/ 5320:
/***/ ((module) => {

/**
 * Helpers.
 */

var s = 1000;
var m = s * 60;
var h = m * 60;
var d = h * 24;
var w = d * 7;
var y = d * 365.25;

/**
 * Parse or format the given `val`.
 *
 * Options:
 *
 *  - `long` verbose formatting [false]
 *
 * @param {String|Number} val
 * @param {Object} [options]
 * @throws {Error} throw an error if val is not a non-empty string or a number
 * @return {String|Number}
 * @api public
 */

module.exports = function (val, options) {
  options = options || {};
  var type = typeof val;
  if (type === 'string' && val.length > 0) {
    return parse(val);
  } else if (type === 'number' && isFinite(val)) {
    return options.long ? fmtLong(val) : fmtShort(val);
  }
  throw new Error(
    'val is not a non-empty string or a valid number. val=' +
      JSON.stringify(val)
  );
};

/**
 * Parse the given `str` and return milliseconds.
 *
 * @param {String} str
 * @return {Number}
 * @api private
 */

function parse(str) {
  str = String(str);
  if (str.length > 100) {
    return;
  }
  var match = /^(-?(?:\d+)?\.?\d+) *(milliseconds?|msecs?|ms|seconds?|secs?|s|minutes?|mins?|m|hours?|hrs?|h|days?|d|weeks?|w|years?|yrs?|y)?$/i.exec(
    str
  );
  if (!match) {
    return;
  }
  var n = parseFloat(match[1]);
  var type = (match[2] || 'ms').toLowerCase();
  switch (type) {
    case 'years':
    case 'year':
    case 'yrs':
    case 'yr':
    case 'y':
      return n * y;
    case 'weeks':
    case 'week':
    case 'w':
      return n * w;
    case 'days':
    case 'day':
    case 'd':
      return n * d;
    case 'hours':
    case 'hour':
    case 'hrs':
    case 'hr':
    case 'h':
      return n * h;
    case 'minutes':
    case 'minute':
    case 'mins':
    case 'min':
    case 'm':
      return n * m;
    case 'seconds':
    case 'second':
    case 'secs':
    case 'sec':
    case 's':
      return n * s;
    case 'milliseconds':
    case 'millisecond':
    case 'msecs':
    case 'msec':
    case 'ms':
      return n;
    default:
      return undefined;
  }
}

/**
 * Short format for `ms`.
 *
 * @param {Number} ms
 * @return {String}
 * @api private
 */

function fmtShort(ms) {
  var msAbs = Math.abs(ms);
  if (msAbs >= d) {
    return Math.round(ms / d) + 'd';
  }
  if (msAbs >= h) {
    return Math.round(ms / h) + 'h';
  }
  if (msAbs >= m) {
    return Math.round(ms / m) + 'm';
  }
  if (msAbs >= s) {
    return Math.round(ms / s) + 's';
  }
  return ms + 'ms';
}

/**
 * Long format for `ms`.
 *
 * @param {Number} ms
 * @return {String}
 * @api private
 */

function fmtLong(ms) {
  var msAbs = Math.abs(ms);
  if (msAbs >= d) {
    return plural(ms, msAbs, d, 'day');
  }
  if (msAbs >= h) {
    return plural(ms, msAbs, h, 'hour');
  }
  if (msAbs >= m) {
    return plural(ms, msAbs, m, 'minute');
  }
  if (msAbs >= s) {
    return plural(ms, msAbs, s, 'second');
  }
  return ms + ' ms';
}

/**
 * Pluralization helper.
 */

function plural(ms, msAbs, n, name) {
  var isPlural = msAbs >= n * 1.5;
  return Math.round(ms / n) + ' ' + name + (isPlural ? 's' : '');
}


/***/ }),

/***/ 986:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {


const os = __nccwpck_require__(857);
const tty = __nccwpck_require__(2018);
const hasFlag = __nccwpck_require__(2389);

const {env} = process;

let forceColor;
if (hasFlag('no-color') ||
	hasFlag('no-colors') ||
	hasFlag('color=false') ||
	hasFlag('color=never')) {
	forceColor = 0;
} else if (hasFlag('color') ||
	hasFlag('colors') ||
	hasFlag('color=true') ||
	hasFlag('color=always')) {
	forceColor = 1;
}

if ('FORCE_COLOR' in env) {
	if (env.FORCE_COLOR === 'true') {
		forceColor = 1;
	} else if (env.FORCE_COLOR === 'false') {
		forceColor = 0;
	} else {
		forceColor = env.FORCE_COLOR.length === 0 ? 1 : Math.min(parseInt(env.FORCE_COLOR, 10), 3);
	}
}

function translateLevel(level) {
	if (level === 0) {
		return false;
	}

	return {
		level,
		hasBasic: true,
		has256: level >= 2,
		has16m: level >= 3
	};
}

function supportsColor(haveStream, streamIsTTY) {
	if (forceColor === 0) {
		return 0;
	}

	if (hasFlag('color=16m') ||
		hasFlag('color=full') ||
		hasFlag('color=truecolor')) {
		return 3;
	}

	if (hasFlag('color=256')) {
		return 2;
	}

	if (haveStream && !streamIsTTY && forceColor === undefined) {
		return 0;
	}

	const min = forceColor || 0;

	if (env.TERM === 'dumb') {
		return min;
	}

	if (process.platform === 'win32') {
		// Windows 10 build 10586 is the first Windows release that supports 256 colors.
		// Windows 10 build 14931 is the first release that supports 16m/TrueColor.
		const osRelease = os.release().split('.');
		if (
			Number(osRelease[0]) >= 10 &&
			Number(osRelease[2]) >= 10586
		) {
			return Number(osRelease[2]) >= 14931 ? 3 : 2;
		}

		return 1;
	}

	if ('CI' in env) {
		if (['TRAVIS', 'CIRCLECI', 'APPVEYOR', 'GITLAB_CI', 'GITHUB_ACTIONS', 'BUILDKITE'].some(sign => sign in env) || env.CI_NAME === 'codeship') {
			return 1;
		}

		return min;
	}

	if ('TEAMCITY_VERSION' in env) {
		return /^(9\.(0*[1-9]\d*)\.|\d{2,}\.)/.test(env.TEAMCITY_VERSION) ? 1 : 0;
	}

	if (env.COLORTERM === 'truecolor') {
		return 3;
	}

	if ('TERM_PROGRAM' in env) {
		const version = parseInt((env.TERM_PROGRAM_VERSION || '').split('.')[0], 10);

		switch (env.TERM_PROGRAM) {
			case 'iTerm.app':
				return version >= 3 ? 3 : 2;
			case 'Apple_Terminal':
				return 2;
			// No default
		}
	}

	if (/-256(color)?$/i.test(env.TERM)) {
		return 2;
	}

	if (/^screen|^xterm|^vt100|^vt220|^rxvt|color|ansi|cygwin|linux/i.test(env.TERM)) {
		return 1;
	}

	if ('COLORTERM' in env) {
		return 1;
	}

	return min;
}

function getSupportLevel(stream) {
	const level = supportsColor(stream, stream && stream.isTTY);
	return translateLevel(level);
}

module.exports = {
	supportsColor: getSupportLevel,
	stdout: translateLevel(supportsColor(true, tty.isatty(1))),
	stderr: translateLevel(supportsColor(true, tty.isatty(2)))
};


/***/ }),

/***/ 7345:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  l: () => (/* binding */ createGit)
});

// UNUSED EXPORTS: parseNameStatus

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __nccwpck_require__(1421);
;// CONCATENATED MODULE: ../../work/main/node_modules/@simple-git/args-pathspec/dist/index.mjs
const t = /* @__PURE__ */ new WeakMap();
function dist_c(...n) {
  const e = new String(n);
  return t.set(e, n), e;
}
function dist_r(n) {
  return n instanceof String && t.has(n);
}
function dist_o(n) {
  return t.get(n) ?? [];
}

//# sourceMappingURL=index.mjs.map

// EXTERNAL MODULE: ../../work/main/node_modules/@kwsites/file-exists/dist/index.js
var dist = __nccwpck_require__(861);
// EXTERNAL MODULE: ../../work/main/node_modules/debug/src/index.js
var src = __nccwpck_require__(3326);
// EXTERNAL MODULE: ../../work/main/node_modules/@kwsites/promise-deferred/dist/index.js
var promise_deferred_dist = __nccwpck_require__(8173);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
;// CONCATENATED MODULE: ../../work/main/node_modules/@simple-git/argv-parser/dist/index.mjs

function* x(e, n) {
  const t = n === "global";
  for (const o of e)
    o.isGlobal === t && (yield o);
}
const P = /* @__PURE__ */ new Set([
  "--add",
  "--edit",
  "--remove-section",
  "--rename-section",
  "--replace-all",
  "--unset",
  "--unset-all",
  "-e"
]), S = /* @__PURE__ */ new Set([
  "--get",
  "--get-all",
  "--get-color",
  "--get-colorbool",
  "--get-regexp",
  "--get-urlmatch",
  "--list",
  "-l"
]), E = /* @__PURE__ */ new Set([
  "edit",
  "remove-section",
  "rename-section",
  "set",
  "unset"
]), F = /* @__PURE__ */ new Set(["get", "get-color", "get-colorbool", "list"]);
function A(e, n) {
  for (const { name: o } of x(e, "task")) {
    if (P.has(o))
      return w(!0, n);
    if (S.has(o))
      return w(!1, n);
  }
  const t = n.at(0)?.toLowerCase();
  return t === void 0 ? null : E.has(t) ? w(!0, n.slice(1)) : F.has(t) ? w(!1, n.slice(1)) : n.length === 1 ? w(!1, n) : w(!0, n);
}
function w(e = !1, n = []) {
  const t = n.at(0)?.toLowerCase();
  return t === void 0 ? null : {
    isWrite: e,
    isRead: !e,
    key: t,
    value: n.at(1)
  };
}
function O(e, n) {
  return n.isWrite && n.value !== void 0 ? { key: n.key, value: n.value, scope: e } : { key: n.key, scope: e };
}
function G(e) {
  const n = e?.indexOf("=") || -1;
  return !e || n < 0 ? null : {
    key: e.slice(0, n).trim().toLowerCase(),
    value: e.slice(n + 1)
  };
}
function M(e) {
  for (const { name: n } of x(e, "task"))
    switch (n) {
      case "--global":
        return "global";
      case "--system":
        return "system";
      case "--worktree":
        return "worktree";
      case "--local":
        return "local";
      case "--file":
      case "-f":
        return "file";
    }
  return "local";
}
function N({ name: e }) {
  if (e === "-c" || e === "--config")
    return "inline";
  if (e === "--config-env")
    return "env";
}
function* $(e) {
  for (const n of e) {
    const t = N(n), o = t && G(n.value);
    o && (yield {
      ...o,
      scope: t
    });
  }
}
function D(e, n, t) {
  const o = {
    read: [],
    write: [...$(n)]
  };
  return e === "config" && L(
    o,
    M(n),
    A(n, t)
  ), o;
}
function L(e, n, t) {
  if (t === null)
    return;
  const o = O(n, t);
  t.isWrite ? e.write.push(o) : e.read.push(o);
}
const C = {
  short: /* @__PURE__ */ new Map([
    ["c", !0]
    //  -c <k=v>    set config key for this invocation
  ])
}, I = {
  short: new Map([
    ["C", !0],
    //  -C <path>   change working directory
    ["P", !1],
    // -P          no pager (alias for --no-pager)
    ["h", !1],
    // -h          help
    ["p", !1],
    // -p          paginate
    ["v", !1],
    // -v          version
    ...C.short.entries()
  ]),
  long: /* @__PURE__ */ new Set([
    "attr-source",
    "config-env",
    "exec-path",
    "git-dir",
    "list-cmds",
    "namespace",
    "super-prefix",
    "work-tree"
  ])
}, R = {
  clone: {
    short: /* @__PURE__ */ new Map([
      ["b", !0],
      // -b <branch>
      ["j", !0],
      // -j <n>          parallel jobs
      ["l", !1],
      // -l local
      ["n", !1],
      // -n no-checkout
      ["o", !0],
      // -o <name>       remote name
      ["q", !1],
      // -q quiet
      ["s", !1],
      // -s shared
      ["u", !0]
      // -u <upload-pack>
    ]),
    long: /* @__PURE__ */ new Set(["branch", "config", "jobs", "origin", "upload-pack", "u", "template"])
  },
  commit: {
    short: /* @__PURE__ */ new Map([
      ["C", !0],
      // -C <commit>  reuse message
      ["F", !0],
      // -F <file>    read message from file
      ["c", !0],
      // -c <commit>  reedit message
      ["m", !0],
      // -m <msg>
      ["t", !0]
      // -t <template>
    ]),
    long: /* @__PURE__ */ new Set(["file", "message", "reedit-message", "reuse-message", "template"])
  },
  config: {
    short: /* @__PURE__ */ new Map([
      ["e", !1],
      // -e  open editor
      ["f", !0],
      //  -f <file>
      ["l", !1]
      // -l  list
    ]),
    long: /* @__PURE__ */ new Set(["blob", "comment", "default", "file", "type", "value"])
  },
  fetch: {
    short: /* @__PURE__ */ new Map(),
    long: /* @__PURE__ */ new Set(["upload-pack"])
  },
  init: {
    short: /* @__PURE__ */ new Map(),
    long: /* @__PURE__ */ new Set(["template"])
  },
  pull: {
    short: /* @__PURE__ */ new Map(),
    long: /* @__PURE__ */ new Set(["upload-pack"])
  },
  push: {
    short: /* @__PURE__ */ new Map(),
    long: /* @__PURE__ */ new Set(["exec", "receive-pack"])
  },
  rebase: {
    short: /* @__PURE__ */ new Map([
      ["X", !0],
      // -X <option>   strategy option
      ["f", !1],
      // -f force-rebase
      ["i", !1],
      // -i interactive
      ["k", !1],
      // -k keep-base
      ["m", !1],
      // -m merge
      ["n", !1],
      // -n no-stat
      ["q", !1],
      // -q quiet
      ["r", !1],
      // -r rebase-merges
      ["s", !0],
      // -s <strategy>
      ["v", !1],
      // -v verbose
      ["x", !0]
      // -x <cmd>      exec
    ]),
    long: /* @__PURE__ */ new Set(["exec", "onto", "strategy", "strategy-option"])
  }
}, T = { short: /* @__PURE__ */ new Map(), long: /* @__PURE__ */ new Set() };
function B(e) {
  const n = R[e ?? ""] ?? T;
  return {
    short: new Map([...C.short.entries(), ...n.short.entries()]),
    long: n.long
  };
}
function b(e, n = I) {
  if (e.startsWith("--")) {
    const t = e.indexOf("=");
    if (t > 2)
      return [{ name: e.slice(0, t), value: e.slice(t + 1), needsNext: !1 }];
    const o = e.slice(2);
    return [{ name: e, needsNext: n.long.has(o) }];
  }
  if (e.length === 2) {
    const t = e.charAt(1), o = n.short.get(t);
    return [{ name: e, needsNext: o === !0 }];
  }
  return j(e, n.short);
}
function j(e, n) {
  const t = e.slice(1).split(""), o = [];
  for (let a = 0; a < t.length; a++) {
    const s = t[a], r = n.get(s);
    if (r === void 0)
      return [{ name: e, needsNext: !1 }];
    if (r) {
      const i = t.slice(a + 1).join("");
      if (i && ![...i].every((m) => n.has(m)))
        return o.push({ name: `-${s}`, value: i, needsNext: !1 }), o;
    }
    o.push({ name: `-${s}`, needsNext: r });
  }
  return o;
}
function W(e, n = []) {
  let t = 0;
  for (; t < e.length; ) {
    const o = String(e[t]);
    if (!o.startsWith("-") || o.length < 2) break;
    const a = b(o);
    let s = t + 1;
    for (const r of a) {
      const i = {
        name: r.name,
        value: r.value,
        absorbedNext: !1,
        isGlobal: !0
      };
      r.needsNext && i.value === void 0 && s < e.length && (i.value = String(e[s]), i.absorbedNext = !0, s++), n.push(i);
    }
    t = s;
  }
  return { flags: n, taskIndex: t };
}
function V(e, n, t = []) {
  const o = B(n), a = [], s = [];
  let r = 0;
  for (; r < e.length; ) {
    const i = e[r];
    if (dist_r(i)) {
      s.push(...dist_o(i)), r++;
      continue;
    }
    const p = String(i);
    if (p === "--") {
      for (let d = r + 1; d < e.length; d++) {
        const g = e[d];
        dist_r(g) ? s.push(...dist_o(g)) : s.push(String(g));
      }
      break;
    }
    if (!p.startsWith("-") || p.length < 2) {
      a.push(p), r++;
      continue;
    }
    const m = b(p, o);
    let u = r + 1;
    for (const d of m) {
      const g = {
        name: d.name,
        value: d.value,
        absorbedNext: !1,
        isGlobal: !1
      };
      d.needsNext && g.value === void 0 && u < e.length && !dist_r(e[u]) && (g.value = String(e[u]), g.absorbedNext = !0, u++), t.push(g);
    }
    r = u;
  }
  return { flags: t, positionals: a, pathspecs: s };
}
function* q({
  write: e
}) {
  for (const n of e)
    for (const t of K) {
      const o = t(n.key);
      o && (yield o);
    }
}
function f(e, n, t = String(e)) {
  const o = typeof e == "string" ? new RegExp(`\\s*${e.toLowerCase()}`) : e;
  return function(s) {
    if (o.test(s))
      return {
        category: n,
        message: `Configuring ${t} is not permitted without enabling ${n}`
      };
  };
}
function l(e, n) {
  const t = new RegExp(`\\s*${e.toLowerCase().replace(/\./g, "(..+)?.")}`);
  return f(t, n, e);
}
const K = [
  f("alias", "allowUnsafeAlias"),
  f("core.askPass", "allowUnsafeAskPass"),
  f("core.editor", "allowUnsafeEditor"),
  f("core.fsmonitor", "allowUnsafeFsMonitor"),
  f("core.gitProxy", "allowUnsafeGitProxy"),
  f("core.hooksPath", "allowUnsafeHooksPath"),
  f("core.pager", "allowUnsafePager"),
  f("core.sshCommand", "allowUnsafeSshCommand"),
  l("credential.helper", "allowUnsafeCredentialHelper"),
  l("diff.command", "allowUnsafeDiffExternal"),
  f("diff.external", "allowUnsafeDiffExternal"),
  l("difftool.cmd", "allowUnsafeDiffExternal"),
  l("diff.textconv", "allowUnsafeDiffTextConv"),
  l("filter.clean", "allowUnsafeFilter"),
  l("filter.process", "allowUnsafeFilter"),
  l("filter.smudge", "allowUnsafeFilter"),
  l("gpg.program", "allowUnsafeGpgProgram"),
  f("include.path", "allowUnsafeInclude"),
  l("includeIf", "allowUnsafeInclude"),
  f("init.templateDir", "allowUnsafeTemplateDir"),
  l("pager.", "allowUnsafePager"),
  l("merge.driver", "allowUnsafeMergeDriver"),
  l("mergetool.path", "allowUnsafeMergeDriver"),
  l("mergetool.cmd", "allowUnsafeMergeDriver"),
  l("protocol.allow", "allowUnsafeProtocolOverride"),
  l("remote.receivepack", "allowUnsafePack"),
  l("remote.uploadpack", "allowUnsafePack"),
  f("uploadpack.packObjectsHook", "allowUnsafePack"),
  f("sequence.editor", "allowUnsafeEditor"),
  l("submodule.update", "allowUnsafeSubmodule"),
  l("tar.command", "allowUnsafeCommandBinaries"),
  l("trailer.cmd", "allowUnsafeCommandBinaries"),
  l("trailer.command", "allowUnsafeCommandBinaries"),
  l("url.insteadOf", "allowUnsafeUrlRewrite")
];
function* H(e, n) {
  for (const t of n)
    for (const o of X) {
      const a = o(e, t);
      a && (yield a);
    }
}
function c(e, n, t, { name: o = String(n), globalOnly: a = !1, withValue: s = !1 } = {}) {
  const r = typeof n == "string" ? new RegExp(`\\s*${n.toLowerCase()}`) : n, i = `Use of ${e ? `${e} with option ` : ""}${o} is not permitted without enabling ${t}`;
  return function(m, u) {
    if (!(e && m !== e) && !(a && !u.isGlobal) && !(s && u.value === void 0) && r.test(u.name))
      return {
        category: t,
        message: i
      };
  };
}
const h = { globalOnly: !0, withValue: !0 }, X = [
  c(null, /--(upload|receive)-pack/, "allowUnsafePack", {
    name: "--upload-pack or --receive-pack"
  }),
  c("clone", /^-\w*u/, "allowUnsafePack"),
  c("clone", "--u", "allowUnsafePack"),
  c("push", /^--exec$/, "allowUnsafePack", { name: "--exec" }),
  // `git` accepts unambiguous abbreviations of long options, so `--ex` and `--exe` are `--exec`
  c("rebase", /^(-x|--ex(ec?)?)$/, "allowUnsafeExec", { name: "-x or --exec" }),
  c(null, "--template", "allowUnsafeTemplateDir"),
  c(null, "--exec-path", "allowUnsafeExec", h),
  // `git` reads the configuration of whichever repository these name, so the
  // directory alone is enough to deliver config the argv guards never see
  c(null, "--git-dir", "allowUnsafeConfigPaths", h),
  c(null, "--work-tree", "allowUnsafeConfigPaths", h),
  c(null, /^-C$/, "allowUnsafeConfigPaths", { ...h, name: "-C" })
];
function k(e, n, t) {
  return [...H(e, n), ...q(t)];
}
function Y(...e) {
  const { flags: n, taskIndex: t } = W(e), o = t < e.length ? String(e[t]).toLowerCase() : null, a = o !== null ? e.slice(t + 1) : [], { positionals: s, pathspecs: r } = V(a, o, n), i = D(o, n, s);
  return {
    task: o,
    flags: n.map(J),
    paths: r,
    config: i,
    vulnerabilities: z(k(o, n, i))
  };
}
function z(e) {
  return Object.defineProperty(e, "vulnerabilities", {
    value: e
  });
}
function J({ value: e, name: n }) {
  return e !== void 0 ? { name: n, value: e } : { name: n };
}
const y = {
  editor: "allowUnsafeEditor",
  git_askpass: "allowUnsafeAskPass",
  git_config_global: "allowUnsafeConfigPaths",
  git_config_system: "allowUnsafeConfigPaths",
  git_config_count: "allowUnsafeConfigEnvCount",
  git_config_parameters: "allowUnsafeConfigEnvCount",
  git_config: "allowUnsafeConfigPaths",
  git_editor: "allowUnsafeEditor",
  git_exec_path: "allowUnsafeExec",
  git_external_diff: "allowUnsafeDiffExternal",
  git_pager: "allowUnsafePager",
  git_proxy_command: "allowUnsafeGitProxy",
  git_template_dir: "allowUnsafeTemplateDir",
  git_sequence_editor: "allowUnsafeEditor",
  git_ssh: "allowUnsafeSshCommand",
  git_ssh_command: "allowUnsafeSshCommand",
  pager: "allowUnsafePager",
  prefix: "allowUnsafeConfigPaths",
  ssh_askpass: "allowUnsafeAskPass",
  visual: "allowUnsafeEditor"
};
function* Q(e) {
  const n = parseInt(e.git_config_count ?? "0", 10);
  for (let t = 0; t < n; t++) {
    const o = e[`git_config_key_${t}`], a = e[`git_config_value_${t}`];
    o !== void 0 && (yield { key: o.toLowerCase().trim(), value: a, scope: "env" });
  }
}
function* Z(e) {
  for (const n of Object.keys(e))
    if (_(n)) {
      const t = y[n];
      yield {
        category: t,
        message: `Use of "${n.toUpperCase()}" is not permitted without enabling ${t}`
      };
    }
}
function _(e) {
  return Object.hasOwn(y, e);
}
function ee(e) {
  const n = {};
  for (const [t, o] of Object.entries(e)) {
    const a = t.toLowerCase().trim();
    (_(a) || a.startsWith("git")) && (n[a] = String(o));
  }
  return n;
}
function ne(e) {
  const n = ee(e), t = {
    read: [],
    write: [...Q(n)]
  }, o = [
    ...Z(n),
    ...k(null, [], t)
  ];
  return {
    config: t,
    vulnerabilities: o
  };
}
function oe(e, n) {
  return [...Y(...e).vulnerabilities, ...ne(n).vulnerabilities];
}

//# sourceMappingURL=index.mjs.map

;// CONCATENATED MODULE: external "node:events"
const external_node_events_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:events");
;// CONCATENATED MODULE: ../../work/main/node_modules/simple-git/dist/index.mjs









class dist_O extends Error {
  constructor(e, n) {
    super(n), this.task = e, Object.setPrototypeOf(this, new.target.prototype);
  }
}
class Ae extends dist_O {
  constructor(e, n) {
    super(void 0, n), this.config = e;
  }
}
class dist_A extends dist_O {
  constructor(e, n, r) {
    super(e, r), this.task = e, this.plugin = n, Object.setPrototypeOf(this, new.target.prototype);
  }
}
class at extends dist_O {
  constructor(e, n) {
    super(void 0, n || String(e)), this.git = e;
  }
}
class xe extends dist_O {
  constructor(e) {
    super(void 0, e);
  }
}
const dist_I = "\0", dist_W = () => {
};
function Ne(t) {
  return typeof t != "function" ? dist_W : t;
}
function $e(t) {
  return typeof t == "function" && t !== dist_W;
}
function Pe(t, e) {
  const n = t.indexOf(e);
  return n <= 0 ? [t, ""] : [t.substr(0, n), t.substr(n + 1)];
}
function Me(t, e = 0) {
  return Dt(t) && t.length > e ? t[e] : void 0;
}
function dist_N(t, e = 0) {
  if (Dt(t) && t.length > e)
    return t[t.length - 1 - e];
}
function Dt(t) {
  return Bt(t);
}
function dist_H(t = "", e = !0, n = `
`) {
  return t.split(n).reduce((r, s) => {
    const o = e ? s.trim() : s;
    return o && r.push(o), r;
  }, []);
}
function ut(t, e) {
  return dist_H(t, !0).map((n) => e(n));
}
function Lt(t) {
  return (0,dist.exists)(t, dist.FOLDER);
}
function dist_S(t, e) {
  return Array.isArray(t) ? t.includes(e) || t.push(e) : t.add(e), e;
}
function De(t, e) {
  return Array.isArray(t) && !t.includes(e) && t.push(e), t;
}
function ct(t, e) {
  if (Array.isArray(t)) {
    const n = t.indexOf(e);
    n >= 0 && t.splice(n, 1);
  } else
    t.delete(e);
  return e;
}
const ft = Object.prototype.toString.call.bind(Object.prototype.toString);
function v(t) {
  return Array.isArray(t) ? t : [t];
}
function jt(t) {
  return t.replace(/[\s-]+(.)/g, (e, n) => n.toUpperCase());
}
function dist_L(t) {
  return v(t).map((e) => e instanceof String ? e : String(e));
}
function p(t, e = 0) {
  if (t == null)
    return e;
  const n = parseInt(t, 10);
  return Number.isNaN(n) ? e : n;
}
function U(t, e) {
  const n = [];
  for (let r = 0, s = t.length; r < s; r++)
    n.push(e, t[r]);
  return n;
}
function dist_F(t) {
  return (Array.isArray(t) ? Buffer.concat(t) : t).toString("utf-8");
}
function Le(t) {
  return t ? Buffer.isBuffer(t) ? t.length : Buffer.byteLength(t) : 0;
}
function je(t, e) {
  const n = {};
  return e.forEach((r) => {
    t[r] !== void 0 && (n[r] = t[r]);
  }), n;
}
function wt(t = 0) {
  return new Promise((e) => setTimeout(e, t));
}
function bt(t) {
  if (t !== !1)
    return t;
}
function d(t, e, n) {
  return e(t) ? t : arguments.length > 2 ? n : void 0;
}
const dist_K = (t) => Array.isArray(t);
function st(t, e) {
  const n = dist_r(t) ? "string" : typeof t;
  return /number|string|boolean/.test(n) && (!e || !e.includes(n));
}
const m = (t) => typeof t == "string" || dist_r(t), Be = (t) => m(t) || Buffer.isBuffer(t), dist_G = (t) => m(t) || Array.isArray(t) && t.every(m);
function lt(t) {
  return !!t && ft(t) === "[object Object]";
}
function Ie(t) {
  return typeof t == "function";
}
const Bt = (t) => t == null || "number|boolean|function".includes(typeof t) ? !1 : typeof t.length == "number";
var dist_V = /* @__PURE__ */ ((t) => (t[t.SUCCESS = 0] = "SUCCESS", t[t.ERROR = 1] = "ERROR", t[t.NOT_FOUND = -2] = "NOT_FOUND", t[t.UNCLEAN = 128] = "UNCLEAN", t))(dist_V || {});
class dist_z {
  constructor(e, n) {
    this.stdOut = e, this.stdErr = n;
  }
  asStrings() {
    return new dist_z(this.stdOut.toString("utf8"), this.stdErr.toString("utf8"));
  }
}
function Ue() {
  throw new Error("LineParser:useMatches not implemented");
}
class dist_l {
  constructor(e, n) {
    this.matches = [], this.useMatches = Ue, this.parse = (r, s) => (this.resetMatches(), this._regExp.every((o, i) => this.addMatch(o, i, r(i))) ? this.useMatches(s, this.prepareMatches()) !== !1 : !1), this._regExp = Array.isArray(e) ? e : [e], n && (this.useMatches = n);
  }
  resetMatches() {
    this.matches.length = 0;
  }
  prepareMatches() {
    return this.matches;
  }
  addMatch(e, n, r) {
    const s = r && e.exec(r);
    return s && this.pushMatch(n, s), !!s;
  }
  pushMatch(e, n) {
    this.matches.push(...n.slice(1));
  }
}
class dist_x extends dist_l {
  addMatch(e, n, r) {
    return /^remote:\s/.test(String(r)) && super.addMatch(e, n, r);
  }
  pushMatch(e, n) {
    (e > 0 || n.length > 1) && super.pushMatch(e, n);
  }
}
const Fe = {
  binary: "git",
  maxConcurrentProcesses: 5,
  config: [],
  trimmed: !1
};
function Ge(...t) {
  const e = process.cwd(), n = Object.assign(
    { baseDir: e, ...Fe },
    ...t.filter((r) => typeof r == "object" && r)
  );
  return n.baseDir = n.baseDir || e, n.trimmed = n.trimmed === !0, n;
}
function It(t, e = []) {
  return lt(t) ? Object.keys(t).reduce((n, r) => {
    const s = t[r];
    if (dist_r(s))
      n.push(s);
    else if (st(s, ["boolean"]))
      n.push(r + "=" + s);
    else if (Array.isArray(s))
      for (const o of s)
        st(o, ["string", "number"]) || n.push(r + "=" + o);
    else
      n.push(r);
    return n;
  }, e) : e;
}
function dist_h(t, e = 0, n = !1) {
  const r = [];
  for (let s = 0, o = e < 0 ? t.length : e; s < o; s++)
    "string|number".includes(typeof t[s]) && r.push(String(t[s]));
  return It(ht(t), r), n || r.push(...ze(t)), r;
}
function ze(t) {
  const e = typeof dist_N(t) == "function";
  return dist_L(d(dist_N(t, e ? 1 : 0), dist_K, []));
}
function ht(t) {
  const e = Ie(dist_N(t));
  return d(dist_N(t, e ? 1 : 0), lt);
}
function u(t, e = !0) {
  const n = Ne(dist_N(t));
  return e || $e(n) ? n : void 0;
}
function Tt(t, e) {
  return t(e.stdOut, e.stdErr);
}
function dist_E(t, e, n, r = !0) {
  return v(n).forEach((s) => {
    for (let o = dist_H(s, r), i = 0, a = o.length; i < a; i++) {
      const c = (y = 0) => {
        if (!(i + y >= a))
          return o[i + y];
      };
      e.some(({ parse: y }) => y(c, t));
    }
  }), t;
}
var qe = /* @__PURE__ */ ((t) => (t.BARE = "bare", t.IN_TREE = "tree", t.IS_REPO_ROOT = "root", t))(qe || {});
const mt = ({ exitCode: t }, e, n, r) => {
  if (t === dist_V.UNCLEAN && Ve(e))
    return n(Buffer.from("false"));
  r(e);
}, Ut = (t) => t.trim() === "true";
function We(t) {
  switch (t) {
    case "bare":
      return Ke();
    case "root":
      return He();
  }
  return {
    commands: ["rev-parse", "--is-inside-work-tree"],
    format: "utf-8",
    onError: mt,
    parser: Ut
  };
}
function He() {
  return {
    commands: ["rev-parse", "--git-dir"],
    format: "utf-8",
    onError: mt,
    parser(e) {
      return /^\.(git)?$/.test(e.trim());
    }
  };
}
function Ke() {
  return {
    commands: ["rev-parse", "--is-bare-repository"],
    format: "utf-8",
    onError: mt,
    parser: Ut
  };
}
function Ve(t) {
  return /(Not a git repository|Kein Git-Repository)/i.test(String(t));
}
class Xe {
  constructor(e) {
    this.paths = [], this.files = [], this.folders = [], this.dryRun = e;
  }
}
const Ye = /^[a-z]+\s*/i, Qe = /^[a-z]+\s+[a-z]+\s*/i, Je = /\/$/;
function Ze(t, e) {
  const n = new Xe(t), r = t ? Qe : Ye;
  return dist_H(e).forEach((s) => {
    const o = s.replace(r, "");
    n.paths.push(o), (Je.test(o) ? n.folders : n.files).push(o);
  }), n;
}
const Ft = [];
function tn(t) {
  return {
    commands: Ft,
    format: "empty",
    parser: t
  };
}
function dist_b(t) {
  return {
    commands: Ft,
    format: "empty",
    parser() {
      throw typeof t == "string" ? new xe(t) : t;
    }
  };
}
function g(t, e = !1) {
  return {
    commands: t,
    format: "utf-8",
    parser(n) {
      return e ? String(n).trim() : n;
    }
  };
}
function Gt(t) {
  return {
    commands: t,
    format: "buffer",
    parser(e) {
      return e;
    }
  };
}
function en(t) {
  return t.format === "buffer";
}
function kt(t) {
  return t.format === "empty" || !t.commands.length;
}
const nn = "Git clean interactive mode is not supported", rn = 'Git clean mode parameter ("n" or "f") is required', sn = "Git clean unknown option found in: ";
var zt = /* @__PURE__ */ ((t) => (t.DRY_RUN = "n", t.FORCE = "f", t.IGNORED_INCLUDED = "x", t.IGNORED_ONLY = "X", t.EXCLUDING = "e", t.QUIET = "q", t.RECURSIVE = "d", t))(zt || {});
const qt = /* @__PURE__ */ new Set([
  "i",
  ...dist_L(Object.values(zt))
]);
function on(t, e) {
  const { cleanMode: n, options: r, valid: s } = cn(t);
  return n ? s.options ? (r.push(...e), r.some(hn) ? dist_b(nn) : an(n, r)) : dist_b(sn + JSON.stringify(t)) : dist_b(rn);
}
function an(t, e) {
  return {
    commands: ["clean", `-${t}`, ...e],
    format: "utf-8",
    parser(r) {
      return Ze(t === "n", r);
    }
  };
}
function un(t) {
  return Array.isArray(t) && t.every((e) => qt.has(e));
}
function cn(t) {
  let e, n = [], r = { cleanMode: !1, options: !0 };
  return t.replace(/[^a-z]i/g, "").split("").forEach((s) => {
    fn(s) ? (e = s, r.cleanMode = !0) : r.options = r.options && ln(n[n.length] = `-${s}`);
  }), {
    cleanMode: e,
    options: n,
    valid: r
  };
}
function fn(t) {
  return t === "f" || t === "n";
}
function ln(t) {
  return /^-[a-z]$/i.test(t) && qt.has(t.charAt(1));
}
function hn(t) {
  return /^-[^\-]/.test(t) ? t.indexOf("i") > 0 : t === "--interactive";
}
class mn {
  constructor() {
    this.files = [], this.values = /* @__PURE__ */ Object.create(null);
  }
  get all() {
    return this._all || (this._all = this.files.reduce((e, n) => Object.assign(e, this.values[n]), {})), this._all;
  }
  addFile(e) {
    if (!(e in this.values)) {
      const n = dist_N(this.files);
      this.values[e] = n ? Object.create(this.values[n]) : {}, this.files.push(e);
    }
    return this.values[e];
  }
  addValue(e, n, r) {
    const s = this.addFile(e);
    Object.hasOwn(s, n) ? Array.isArray(s[n]) ? s[n].push(r) : s[n] = [s[n], r] : s[n] = r, this._all = void 0;
  }
}
function pn(t) {
  const e = new mn();
  for (const n of Wt(t))
    e.addValue(n.file, String(n.key), n.value);
  return e;
}
function dn(t, e) {
  let n = null;
  const r = [], s = /* @__PURE__ */ new Map();
  for (const o of Wt(t, e))
    o.key === e && (r.push(n = o.value), s.has(o.file) || s.set(o.file, []), s.get(o.file).push(n));
  return {
    key: e,
    paths: Array.from(s.keys()),
    scopes: s,
    value: n,
    values: r
  };
}
function gn(t) {
  return t.replace(/^(file):/, "");
}
function* Wt(t, e = null) {
  const n = t.split("\0");
  for (let r = 0, s = n.length - 1; r < s; ) {
    const o = gn(n[r++]);
    let i = n[r++], a = e;
    if (i.includes(`
`)) {
      const c = Pe(i, `
`);
      a = c[0], i = c[1];
    }
    yield { file: o, key: a, value: i };
  }
}
var Ht = /* @__PURE__ */ ((t) => (t.system = "system", t.global = "global", t.local = "local", t.worktree = "worktree", t))(Ht || {});
function dist_Y(t, e) {
  return typeof t == "string" && Object.hasOwn(Ht, t) ? t : e;
}
function yn(t, e, n, r) {
  const s = ["config", `--${r}`];
  return n && s.push("--add"), s.push(t, e), {
    commands: s,
    format: "utf-8",
    parser(o) {
      return o;
    }
  };
}
function wn(t, e) {
  const n = ["config", "--null", "--show-origin", "--get-all", t];
  return e && n.splice(1, 0, `--${e}`), {
    commands: n,
    format: "utf-8",
    parser(r) {
      return dn(r, t);
    }
  };
}
function bn(t) {
  const e = ["config", "--list", "--show-origin", "--null"];
  return t && e.push(`--${t}`), {
    commands: e,
    format: "utf-8",
    parser(n) {
      return pn(n);
    }
  };
}
function Tn() {
  return {
    addConfig(t, e, ...n) {
      return this._runTask(
        yn(
          t,
          e,
          n[0] === !0,
          dist_Y(
            n[1],
            "local"
            /* local */
          )
        ),
        u(arguments)
      );
    },
    getConfig(t, e) {
      return this._runTask(
        wn(t, dist_Y(e, void 0)),
        u(arguments)
      );
    },
    listConfig(...t) {
      return this._runTask(
        bn(dist_Y(t[0], void 0)),
        u(arguments)
      );
    }
  };
}
var Kt = /* @__PURE__ */ ((t) => (t.ADDED = "A", t.COPIED = "C", t.DELETED = "D", t.MODIFIED = "M", t.RENAMED = "R", t.CHANGED = "T", t.UNMERGED = "U", t.UNKNOWN = "X", t.BROKEN = "B", t))(Kt || {});
const kn = new Set(Object.values(Kt));
function _n(t) {
  return kn.has(t);
}
var _t;
const vn = ["-h"], dist_j = /* @__PURE__ */ Symbol("grepQuery");
class En {
  constructor() {
    this[_t] = [];
  }
  *[(_t = dist_j, Symbol.iterator)]() {
    for (const e of this[dist_j])
      yield e;
  }
  and(...e) {
    return e.length && this[dist_j].push("--and", "(", ...U(e, "-e"), ")"), this;
  }
  param(...e) {
    return this[dist_j].push(...U(e, "-e")), this;
  }
}
function Sn(...t) {
  return new En().param(...t);
}
function Rn(t) {
  const e = /* @__PURE__ */ new Set(), n = {};
  return ut(t, (r) => {
    const [s, o, i] = r.split(dist_I);
    e.add(s), (n[s] = n[s] || []).push({
      line: p(o),
      path: s,
      preview: i
    });
  }), {
    paths: e,
    results: n
  };
}
function On() {
  return {
    grep(t) {
      const e = u(arguments), n = dist_h(arguments);
      for (const s of vn)
        if (n.includes(s))
          return this._runTask(
            dist_b(`git.grep: use of "${s}" is not supported.`),
            e
          );
      typeof t == "string" && (t = Sn().param(t));
      const r = ["grep", "--null", "-n", "--full-name", ...n, ...t];
      return this._runTask(
        {
          commands: r,
          format: "utf-8",
          parser(s) {
            return Rn(s);
          }
        },
        e
      );
    }
  };
}
var Vt = /* @__PURE__ */ ((t) => (t.MIXED = "mixed", t.SOFT = "soft", t.HARD = "hard", t.MERGE = "merge", t.KEEP = "keep", t))(Vt || {});
const Cn = dist_L(Object.values(Vt));
function An(t, e) {
  const n = ["reset"];
  return Xt(t) && n.push(`--${t}`), n.push(...e), g(n);
}
function xn(t) {
  if (Xt(t))
    return t;
  switch (typeof t) {
    case "string":
    case "undefined":
      return "soft";
  }
}
function Xt(t) {
  return typeof t == "string" && Cn.includes(t);
}
src.formatters.L = (t) => String(Bt(t) ? t.length : "-");
src.formatters.B = (t) => Buffer.isBuffer(t) ? t.toString("utf8") : ft(t);
function Nn() {
  return src("simple-git");
}
function vt(t, e, n) {
  return !e || !String(e).replace(/\s*/, "") ? n ? (r, ...s) => {
    t(r, ...s), n(r, ...s);
  } : t : (r, ...s) => {
    t(`%s ${r}`, e, ...s), n && n(r, ...s);
  };
}
function $n(t, e, { namespace: n }) {
  if (typeof t == "string")
    return t;
  const r = e && e.namespace || "";
  return r.startsWith(n) ? r.substr(n.length + 1) : r || n;
}
function dist_$(t, e, n, r = Nn()) {
  const s = t && `[${t}]` || "", o = [], i = typeof e == "string" ? r.extend(e) : e, a = $n(d(e, m), i, r);
  return y(n);
  function c(w, T) {
    return dist_S(
      o,
      dist_$(t, a.replace(/^[^:]+/, w), T, r)
    );
  }
  function y(w) {
    const T = w && `[${w}]` || "", k = i && vt(i, T) || dist_W, C = vt(r, `${s} ${T}`, k);
    return Object.assign(i ? k : C, {
      label: t,
      sibling: c,
      info: C,
      step: y
    });
  }
}
const dist_M = class M {
  constructor(e = "GitExecutor") {
    this.logLabel = e, this._queue = /* @__PURE__ */ new Map();
  }
  withProgress(e) {
    return this._queue.get(e);
  }
  createProgress(e) {
    const n = M.getName(e.commands[0]), r = dist_$(this.logLabel, n);
    return {
      task: e,
      logger: r,
      name: n
    };
  }
  push(e) {
    const n = this.createProgress(e);
    return n.logger("Adding task to the queue, commands = %o", e.commands), this._queue.set(e, n), n;
  }
  fatal(e) {
    for (const [n, { logger: r }] of Array.from(this._queue.entries()))
      n === e.task ? (r.info("Failed %o", e), r(
        "Fatal exception, any as-yet un-started tasks run through this executor will not be attempted"
      )) : r.info(
        "A fatal exception occurred in a previous task, the queue has been purged: %o",
        e.message
      ), this.complete(n);
    if (this._queue.size !== 0)
      throw new Error(`Queue size should be zero after fatal: ${this._queue.size}`);
  }
  complete(e) {
    this.withProgress(e) && this._queue.delete(e);
  }
  attempt(e) {
    const n = this.withProgress(e);
    if (!n)
      throw new dist_O(void 0, "TasksPendingQueue: attempt called for an unknown task");
    return n.logger("Starting task"), n;
  }
  static getName(e = "empty") {
    return `task:${e}:${++M.counter}`;
  }
};
dist_M.counter = 0;
let ot = dist_M;
class Pn {
  constructor(e, n, r) {
    this._executor = e, this._scheduler = n, this._plugins = r, this._chain = Promise.resolve(), this._queue = new ot();
  }
  get cwd() {
    return this._cwd || this._executor.cwd;
  }
  set cwd(e) {
    this._cwd = e;
  }
  get env() {
    return this._executor.env;
  }
  get outputHandler() {
    return this._executor.outputHandler;
  }
  chain() {
    return this;
  }
  push(e) {
    return this._queue.push(e), this._chain = this._chain.then(() => this.attemptTask(e));
  }
  async attemptTask(e) {
    const n = await this._scheduler.next(), r = () => this._queue.complete(e);
    try {
      const { logger: s } = this._queue.attempt(e);
      return await (kt(e) ? this.attemptEmptyTask(e, s) : this.attemptRemoteTask(e, s));
    } catch (s) {
      throw this.onFatalException(e, s);
    } finally {
      r(), n();
    }
  }
  onFatalException(e, n) {
    const r = n instanceof dist_O ? Object.assign(n, { task: e }) : new dist_O(e, n && String(n));
    return this._chain = Promise.resolve(), this._queue.fatal(r), r;
  }
  async attemptRemoteTask(e, n) {
    const r = this._plugins.exec("spawn.binary", "", this.taskContext(e, e.commands)), s = this._plugins.exec(
      "spawn.args",
      [...e.commands],
      this.taskContext(e, e.commands)
    ), o = await this.gitResponse(
      e,
      r,
      s,
      this.outputHandler,
      n.step("SPAWN")
    ), i = await this.handleTaskData(e, s, o, n.step("HANDLE"));
    return n("passing response to task's parser as a %s", e.format), en(e) ? Tt(e.parser, i) : Tt(e.parser, i.asStrings());
  }
  async attemptEmptyTask(e, n) {
    return n("empty task bypassing child process to call to task's parser"), e.parser(this);
  }
  handleTaskData(e, n, r, s) {
    const { exitCode: o, rejection: i, stdOut: a, stdErr: c } = r;
    return new Promise((y, w) => {
      s("Preparing to handle process response exitCode=%d stdOut=", o);
      const { error: T } = this._plugins.exec(
        "task.error",
        { error: i },
        {
          ...this.taskContext(e, n),
          ...r
        }
      );
      if (T && e.onError)
        return s.info("exitCode=%s handling with custom error handler"), e.onError(
          r,
          T,
          (k) => {
            s.info("custom error handler treated as success"), s("custom error returned a %s", ft(k)), y(
              new dist_z(
                Array.isArray(k) ? Buffer.concat(k) : k,
                Buffer.concat(c)
              )
            );
          },
          w
        );
      if (T)
        return s.info(
          "handling as error: exitCode=%s stdErr=%s rejection=%o",
          o,
          c.length,
          i
        ), w(T);
      s.info("retrieving task output complete"), y(new dist_z(Buffer.concat(a), Buffer.concat(c)));
    });
  }
  async gitResponse(e, n, r, s, o) {
    const i = o.sibling("output"), a = this._plugins.exec(
      "spawn.options",
      {
        cwd: this.cwd,
        env: this.env,
        windowsHide: !0
      },
      this.taskContext(e, e.commands)
    );
    return new Promise((c) => {
      const y = [], w = [];
      o.info("%s %o", n, r), o("%O", a);
      let T = this._beforeSpawn(e, r);
      if (T)
        return c({
          stdOut: y,
          stdErr: w,
          exitCode: 9901,
          rejection: T
        });
      this._plugins.exec("spawn.before", void 0, {
        ...this.taskContext(e, r),
        kill(C) {
          T = C || T;
        }
      });
      const k = (0,external_node_child_process_.spawn)(n, r, a);
      k.stdout.on(
        "data",
        Et(y, "stdOut", o, i.step("stdOut"))
      ), k.stderr.on(
        "data",
        Et(w, "stdErr", o, i.step("stdErr"))
      ), k.on("error", Mn(w, o)), s && (o("Passing child process stdOut/stdErr to custom outputHandler"), s(n, k.stdout, k.stderr, [...r])), this._plugins.exec("spawn.after", void 0, {
        ...this.taskContext(e, r),
        spawned: k,
        close(C, Te) {
          c({
            stdOut: y,
            stdErr: w,
            exitCode: C,
            rejection: T || Te
          });
        },
        kill(C) {
          k.killed || (T = C, k.kill("SIGINT"));
        }
      });
    });
  }
  _beforeSpawn(e, n) {
    let r;
    return this._plugins.exec("spawn.before", void 0, {
      ...this.taskContext(e, n),
      kill(s) {
        r = s || r;
      }
    }), r;
  }
  taskContext(e, n) {
    return {
      method: String(Me(e.commands) || ""),
      commands: n,
      env: { ...this.env },
      input: kt(e) ? void 0 : e.input
    };
  }
}
function Mn(t, e) {
  return (n) => {
    e("[ERROR] child process exception %o", n), t.push(Buffer.from(String(n.stack), "ascii"));
  };
}
function Et(t, e, n, r) {
  return (s) => {
    n("%s received %L bytes", e, s), r("%B", s), t.push(s);
  };
}
class Dn {
  constructor(e, n, r) {
    this.cwd = e, this._scheduler = n, this._plugins = r, this._chain = this.chain();
  }
  chain() {
    return new Pn(this, this._scheduler, this._plugins);
  }
  push(e) {
    return this._chain.push(e);
  }
}
function Ln(t, e, n = dist_W) {
  const r = (o) => {
    n(null, o);
  }, s = (o) => {
    o?.task === t && n(o, void 0);
  };
  e.then(r, s);
}
function St(t, e) {
  return tn((n) => {
    if (!Lt(t))
      throw new Error(`Git.cwd: cannot change to non-directory "${t}"`);
    return (e || n).cwd = t;
  });
}
function dist_Q(t) {
  const e = ["checkout", ...t];
  return e[1] === "-b" && e.includes("-B") && (e[1] = ct(e, "-B")), g(e);
}
function jn() {
  return {
    checkout() {
      return this._runTask(
        dist_Q(dist_h(arguments, 1)),
        u(arguments)
      );
    },
    checkoutBranch(t, e) {
      return this._runTask(
        dist_Q(["-b", t, e, ...dist_h(arguments)]),
        u(arguments)
      );
    },
    checkoutLocalBranch(t) {
      return this._runTask(
        dist_Q(["-b", t, ...dist_h(arguments)]),
        u(arguments)
      );
    }
  };
}
const Yt = (t, e, n) => {
  const r = ["clone", ...n];
  return m(t) && r.push(dist_c(t)), m(e) && r.push(dist_c(e)), g(r);
}, Bn = (t, e, n) => (dist_S(n, "--mirror"), Yt(t, e, n));
function Rt(t, e, n, ...r) {
  return m(n) ? e(n, d(r[0], m), dist_h(arguments)) : dist_b(`git.${t}() requires a string 'repoPath'`);
}
function In() {
  return {
    clone(t, ...e) {
      return this._runTask(
        Rt("clone", Yt, d(t, m), ...e),
        u(arguments)
      );
    },
    mirror(t, ...e) {
      return this._runTask(
        Rt("mirror", Bn, d(t, m), ...e),
        u(arguments)
      );
    }
  };
}
const Un = [
  new dist_l(/^\[([^\s]+)( \([^)]+\))? ([^\]]+)/, (t, [e, n, r]) => {
    t.branch = e, t.commit = r, t.root = !!n;
  }),
  new dist_l(/\s*Author:\s(.+)/i, (t, [e]) => {
    const n = e.split("<"), r = n.pop();
    !r || !r.includes("@") || (t.author = {
      email: r.substr(0, r.length - 1),
      name: n.join("<").trim()
    });
  }),
  new dist_l(
    /(\d+)[^,]*(?:,\s*(\d+)[^,]*)(?:,\s*(\d+))/g,
    (t, [e, n, r]) => {
      t.summary.changes = parseInt(e, 10) || 0, t.summary.insertions = parseInt(n, 10) || 0, t.summary.deletions = parseInt(r, 10) || 0;
    }
  ),
  new dist_l(
    /^(\d+)[^,]*(?:,\s*(\d+)[^(]+\(([+-]))?/,
    (t, [e, n, r]) => {
      t.summary.changes = parseInt(e, 10) || 0;
      const s = parseInt(n, 10) || 0;
      r === "-" ? t.summary.deletions = s : r === "+" && (t.summary.insertions = s);
    }
  )
];
function Fn(t) {
  return dist_E({
    author: null,
    branch: "",
    commit: "",
    root: !1,
    summary: {
      changes: 0,
      insertions: 0,
      deletions: 0
    }
  }, Un, t);
}
function Gn(t, e, n) {
  return {
    commands: [
      "-c",
      "core.abbrev=40",
      "commit",
      ...U(t, "-m"),
      ...e,
      ...n
    ],
    format: "utf-8",
    parser: Fn
  };
}
function zn() {
  return {
    commit(e, ...n) {
      const r = u(arguments), s = t(e) || Gn(
        v(e),
        v(d(n[0], dist_G, [])),
        [
          ...dist_L(d(n[1], dist_K, [])),
          ...dist_h(arguments, 0, !0)
        ]
      );
      return this._runTask(s, r);
    }
  };
  function t(e) {
    return !dist_G(e) && dist_b(
      "git.commit: requires the commit message to be supplied as a string/string[]"
    );
  }
}
function qn() {
  return {
    count: 0,
    garbage: 0,
    inPack: 0,
    packs: 0,
    prunePackable: 0,
    size: 0,
    sizeGarbage: 0,
    sizePack: 0
  };
}
const Wn = new dist_l(
  /([a-z-]+): (\d+)$/,
  (t, [e, n]) => {
    const r = jt(e);
    Object.hasOwn(t, r) && (t[r] = p(n));
  }
);
function Hn() {
  return {
    countObjects() {
      return this._runTask({
        commands: ["count-objects", "--verbose"],
        format: "utf-8",
        parser(t) {
          return dist_E(qn(), [Wn], t);
        }
      });
    }
  };
}
function Kn() {
  return {
    firstCommit() {
      return this._runTask(
        g(["rev-list", "--max-parents=0", "HEAD"], !0),
        u(arguments)
      );
    }
  };
}
function Vn(t, e) {
  const n = ["hash-object", t];
  return e && n.push("-w"), g(n, !0);
}
class dist_J {
  constructor(e, n, r, s) {
    this.bare = e, this.path = n, this.existing = r, this.gitDir = s;
  }
}
const Xn = /^Init.+ repository in (.+)$/, Yn = /^Rein.+ in (.+)$/;
function Qn(t, e, n) {
  const r = String(n).trim();
  let s;
  if (s = Xn.exec(r))
    return new dist_J(t, e, !1, s[1]);
  if (s = Yn.exec(r))
    return new dist_J(t, e, !0, s[1]);
  let o = "";
  const i = r.split(" ");
  for (; i.length; )
    if (i.shift() === "in") {
      o = i.join(" ");
      break;
    }
  return new dist_J(t, e, /^re/i.test(r), o);
}
const Qt = "--bare";
function Jn(t) {
  return t.includes(Qt);
}
function Zn(t = !1, e, n) {
  const r = ["init", ...n];
  return t && !Jn(r) && r.splice(1, 0, Qt), {
    commands: r,
    format: "utf-8",
    parser(s) {
      return Qn(r.includes("--bare"), e, s);
    }
  };
}
function tr(t) {
  return t === void 0 ? dist_b("interpretTrailers called without input content") : {
    format: "utf-8",
    parser(e) {
      return Object.fromEntries(
        ut(e, (n) => {
          const r = n.indexOf(":");
          return [
            jt(n.substring(0, r).toLowerCase()),
            n.substring(r + 2).trim()
          ];
        })
      );
    },
    commands: ["interpret-trailers", "--parse"],
    input: t
  };
}
function er() {
  return {
    interpretTrailers(t) {
      return this._runTask(
        tr(d(t, Be)),
        u(arguments)
      );
    }
  };
}
var dist_R = /* @__PURE__ */ ((t) => (t.NONE = "", t.STAT = "--stat", t.NUM_STAT = "--numstat", t.NAME_ONLY = "--name-only", t.NAME_STATUS = "--name-status", t))(dist_R || {});
const Jt = /^--(stat|numstat|name-only|name-status)(=|$)/;
function pt(t) {
  for (let e = 0; e < t.length; e++) {
    const n = Jt.exec(t[e]);
    if (n)
      return `--${n[1]}`;
  }
  return "";
}
function nr(t) {
  return Jt.test(t);
}
class rr {
  constructor() {
    this.changed = 0, this.deletions = 0, this.insertions = 0, this.files = [];
  }
}
const Ot = [
  new dist_l(
    /^(.+)\s+\|\s+(\d+)(\s+[+\-]+)?$/,
    (t, [e, n, r = ""]) => {
      t.files.push({
        file: e.trim(),
        changes: p(n),
        insertions: r.replace(/[^+]/g, "").length,
        deletions: r.replace(/[^-]/g, "").length,
        binary: !1
      });
    }
  ),
  new dist_l(
    /^(.+) \|\s+Bin ([0-9.]+) -> ([0-9.]+) ([a-z]+)/,
    (t, [e, n, r]) => {
      t.files.push({
        file: e.trim(),
        before: p(n),
        after: p(r),
        binary: !0
      });
    }
  ),
  new dist_l(/^(.+)\s+\|\s+Bin\s*$/, (t, [e]) => {
    t.files.push({
      file: e.trim(),
      before: 0,
      after: 0,
      binary: !0
    });
  }),
  new dist_l(
    /(\d+) files? changed\s*((?:, \d+ [^,]+){0,2})/,
    (t, [e, n]) => {
      const r = /(\d+) i/.exec(n), s = /(\d+) d/.exec(n);
      t.changed = p(e), t.insertions = p(r?.[1]), t.deletions = p(s?.[1]);
    }
  )
], sr = [
  new dist_l(
    /(\d+)\t(\d+)\t(.+)$/,
    (t, [e, n, r]) => {
      const s = p(e), o = p(n);
      t.changed++, t.insertions += s, t.deletions += o, t.files.push({
        file: r,
        changes: s + o,
        insertions: s,
        deletions: o,
        binary: !1
      });
    }
  ),
  new dist_l(/-\t-\t(.+)$/, (t, [e]) => {
    t.changed++, t.files.push({
      file: e,
      after: 0,
      before: 0,
      binary: !0
    });
  })
], or = [
  new dist_l(/(.+)$/, (t, [e]) => {
    t.changed++, t.files.push({
      file: e,
      changes: 0,
      insertions: 0,
      deletions: 0,
      binary: !1
    });
  })
], ir = [
  new dist_l(
    /([ACDMRTUXB])([0-9]{0,3})\t(.[^\t]*)(\t(.[^\t]*))?$/,
    (t, [e, n, r, s, o]) => {
      t.changed++, t.files.push({
        file: o ?? r,
        changes: 0,
        insertions: 0,
        deletions: 0,
        binary: !1,
        status: bt(_n(e) && e),
        from: bt(!!o && r !== o && r),
        similarity: p(n)
      });
    }
  )
], ar = {
  [dist_R.NONE]: Ot,
  [dist_R.STAT]: Ot,
  [dist_R.NUM_STAT]: sr,
  [dist_R.NAME_STATUS]: ir,
  [dist_R.NAME_ONLY]: or
};
function Zt(t = dist_R.NONE) {
  const e = ar[t];
  return (n) => dist_E(new rr(), e, n, !1);
}
const te = "òòòòòò ", dist_ee = " òò", dist_ne = " ò ", ur = ["hash", "date", "message", "refs", "author_name", "author_email"];
function cr(t, e) {
  return e.reduce(
    (n, r, s) => (n[r] = t[s] || "", n),
    /* @__PURE__ */ Object.create({ diff: null })
  );
}
function re(t = dist_ne, e = ur, n = dist_R.NONE) {
  const r = Zt(n);
  return function(s) {
    const o = dist_H(
      s.trim(),
      !1,
      te
    ).map(function(i) {
      const a = i.split(dist_ee), c = cr(a[0].split(t), e);
      return a.length > 1 && a[1].trim() && (c.diff = r(a[1])), c;
    });
    return {
      all: o,
      latest: o.length && o[0] || null,
      total: o.length
    };
  };
}
function fr(t) {
  let e = pt(t);
  const n = ["diff"];
  return e === dist_R.NONE && (e = dist_R.STAT, n.push("--stat=4096")), n.push(...t), dt(n) || {
    commands: n,
    format: "utf-8",
    parser: Zt(e)
  };
}
function dt(t) {
  const e = t.filter(nr);
  if (e.length > 1)
    return dist_b(
      `Summary flags are mutually exclusive - pick one of ${e.join(",")}`
    );
  if (e.length && t.includes("-z"))
    return dist_b(
      `Summary flag ${e} parsing is not compatible with null termination option '-z'`
    );
}
var se = /* @__PURE__ */ ((t) => (t[t["--pretty"] = 0] = "--pretty", t[t["max-count"] = 1] = "max-count", t[t.maxCount = 2] = "maxCount", t[t.n = 3] = "n", t[t.file = 4] = "file", t[t.format = 5] = "format", t[t.from = 6] = "from", t[t.to = 7] = "to", t[t.splitter = 8] = "splitter", t[t.symmetric = 9] = "symmetric", t[t.mailMap = 10] = "mailMap", t[t.multiLine = 11] = "multiLine", t[t.strictDate = 12] = "strictDate", t))(se || {});
function lr(t, e) {
  const n = [], r = [];
  return Object.keys(t).forEach((s) => {
    n.push(s), r.push(String(t[s]));
  }), [n, r.join(e)];
}
function hr(t) {
  return Object.keys(t).reduce((e, n) => (n in se || (e[n] = t[n]), e), {});
}
function dist_oe(t = {}, e = []) {
  const n = d(t.splitter, m, dist_ne), r = lt(t.format) ? t.format : {
    hash: "%H",
    date: t.strictDate === !1 ? "%ai" : "%aI",
    message: "%s",
    refs: "%D",
    body: t.multiLine ? "%B" : "%b",
    author_name: t.mailMap !== !1 ? "%aN" : "%an",
    author_email: t.mailMap !== !1 ? "%aE" : "%ae"
  }, [s, o] = lr(r, n), i = [], a = [
    `--pretty=format:${te}${o}${dist_ee}`,
    ...e
  ], c = t.n || t["max-count"] || t.maxCount;
  if (c && a.push(`--max-count=${c}`), t.from || t.to) {
    const y = t.symmetric !== !1 ? "..." : "..";
    i.push(`${t.from || ""}${y}${t.to || ""}`);
  }
  return m(t.file) && a.push("--follow", dist_c(t.file)), It(hr(t), a), {
    fields: s,
    splitter: n,
    commands: [...a, ...i]
  };
}
function mr(t, e, n) {
  const r = re(t, e, pt(n));
  return {
    commands: ["log", ...n],
    format: "utf-8",
    parser: r
  };
}
function pr() {
  return {
    log(...n) {
      const r = u(arguments), s = dist_oe(
        ht(arguments),
        dist_L(d(arguments[0], dist_K, []))
      ), o = e(...n) || dt(s.commands) || t(s);
      return this._runTask(o, r);
    }
  };
  function t(n) {
    return mr(n.splitter, n.fields, n.commands);
  }
  function e(n, r) {
    return m(n) && m(r) && dist_b(
      "git.log(string, string) should be replaced with git.log({ from: string, to: string })"
    );
  }
}
class dist_Z {
  constructor(e, n = null, r) {
    this.reason = e, this.file = n, this.meta = r;
  }
  toString() {
    return `${this.file}:${this.reason}`;
  }
}
class dr {
  constructor() {
    this.conflicts = [], this.merges = [], this.result = "success";
  }
  get failed() {
    return this.conflicts.length > 0;
  }
  get reason() {
    return this.result;
  }
  toString() {
    return this.conflicts.length ? `CONFLICTS: ${this.conflicts.join(", ")}` : "OK";
  }
}
class ie {
  constructor() {
    this.remoteMessages = {
      all: []
    }, this.created = [], this.deleted = [], this.files = [], this.deletions = {}, this.insertions = {}, this.summary = {
      changes: 0,
      deletions: 0,
      insertions: 0
    };
  }
}
class gr {
  constructor() {
    this.remote = "", this.hash = {
      local: "",
      remote: ""
    }, this.branch = {
      local: "",
      remote: ""
    }, this.message = "";
  }
  toString() {
    return this.message;
  }
}
function tt(t) {
  return t.objects = t.objects || {
    compressing: 0,
    counting: 0,
    enumerating: 0,
    packReused: 0,
    reused: { count: 0, delta: 0 },
    total: { count: 0, delta: 0 }
  };
}
function Ct(t) {
  const e = /^\s*(\d+)/.exec(t), n = /delta (\d+)/i.exec(t);
  return {
    count: p(e && e[1] || "0"),
    delta: p(n && n[1] || "0")
  };
}
const yr = [
  new dist_x(
    /^remote:\s*(enumerating|counting|compressing) objects: (\d+),/i,
    (t, [e, n]) => {
      const r = e.toLowerCase(), s = tt(t.remoteMessages);
      Object.assign(s, { [r]: p(n) });
    }
  ),
  new dist_x(
    /^remote:\s*(enumerating|counting|compressing) objects: \d+% \(\d+\/(\d+)\),/i,
    (t, [e, n]) => {
      const r = e.toLowerCase(), s = tt(t.remoteMessages);
      Object.assign(s, { [r]: p(n) });
    }
  ),
  new dist_x(
    /total ([^,]+), reused ([^,]+), pack-reused (\d+)/i,
    (t, [e, n, r]) => {
      const s = tt(t.remoteMessages);
      s.total = Ct(e), s.reused = Ct(n), s.packReused = p(r);
    }
  )
], wr = [
  new dist_x(/^remote:\s*(.+)$/, (t, [e]) => (t.remoteMessages.all.push(e.trim()), !1)),
  ...yr,
  new dist_x(
    [/create a (?:pull|merge) request/i, /\s(https?:\/\/\S+)$/],
    (t, [e]) => {
      t.remoteMessages.pullRequestUrl = e;
    }
  ),
  new dist_x(
    [/found (\d+) vulnerabilities.+\(([^)]+)\)/i, /\s(https?:\/\/\S+)$/],
    (t, [e, n, r]) => {
      t.remoteMessages.vulnerabilities = {
        count: p(e),
        summary: n,
        url: r
      };
    }
  )
];
function ae(t, e) {
  return dist_E({ remoteMessages: new br() }, wr, e);
}
class br {
  constructor() {
    this.all = [];
  }
}
const Tr = /^\s*(.+?)\s+\|\s+\d+\s*(\+*)(-*)/, kr = /(\d+)\D+((\d+)\D+\(\+\))?(\D+(\d+)\D+\(-\))?/, _r = /^(create|delete) mode \d+ (.+)/, vr = [
  new dist_l(Tr, (t, [e, n, r]) => {
    t.files.push(e), n && (t.insertions[e] = n.length), r && (t.deletions[e] = r.length);
  }),
  new dist_l(kr, (t, [e, , n, , r]) => n !== void 0 || r !== void 0 ? (t.summary.changes = +e || 0, t.summary.insertions = +n || 0, t.summary.deletions = +r || 0, !0) : !1),
  new dist_l(_r, (t, [e, n]) => {
    dist_S(t.files, n), dist_S(e === "create" ? t.created : t.deleted, n);
  })
], Er = [
  new dist_l(/^from\s(.+)$/i, (t, [e]) => {
    t.remote = e;
  }),
  new dist_l(/^fatal:\s(.+)$/, (t, [e]) => {
    t.message = e;
  }),
  new dist_l(
    /([a-z0-9]+)\.\.([a-z0-9]+)\s+(\S+)\s+->\s+(\S+)$/,
    (t, [e, n, r, s]) => {
      t.branch.local = r, t.hash.local = e, t.branch.remote = s, t.hash.remote = n;
    }
  )
], Sr = (t, e) => dist_E(new ie(), vr, [t, e]), ue = (t, e) => Object.assign(
  new ie(),
  Sr(t, e),
  ae(t, e)
);
function Rr(t, e) {
  const n = dist_E(new gr(), Er, [t, e]);
  return n.message && n;
}
const Or = [
  new dist_l(/^Auto-merging\s+(.+)$/, (t, [e]) => {
    t.merges.push(e);
  }),
  new dist_l(/^CONFLICT\s+\((.+)\): Merge conflict in (.+)$/, (t, [e, n]) => {
    t.conflicts.push(new dist_Z(e, n));
  }),
  new dist_l(
    /^CONFLICT\s+\((.+\/delete)\): (.+) deleted in (.+) and/,
    (t, [e, n, r]) => {
      t.conflicts.push(new dist_Z(e, n, { deleteRef: r }));
    }
  ),
  new dist_l(/^CONFLICT\s+\((.+)\):/, (t, [e]) => {
    t.conflicts.push(new dist_Z(e, null));
  }),
  new dist_l(/^Automatic merge failed;\s+(.+)$/, (t, [e]) => {
    t.result = e;
  })
], Cr = (t, e) => Object.assign(Ar(t), ue(t, e)), Ar = (t) => dist_E(new dr(), Or, t);
function At(t) {
  return t.length ? {
    commands: ["merge", ...t],
    format: "utf-8",
    parser(e, n) {
      const r = Cr(e, n);
      if (r.failed)
        throw new at(r);
      return r;
    }
  } : dist_b("Git.merge requires at least one option");
}
function xr(t, e, n) {
  const r = n.includes("deleted"), s = n.includes("tag") || /^refs\/tags/.test(t), o = !n.includes("new");
  return {
    deleted: r,
    tag: s,
    branch: !s,
    new: !o,
    alreadyUpdated: o,
    local: t,
    remote: e
  };
}
const Nr = [
  new dist_l(/^Pushing to (.+)$/, (t, [e]) => {
    t.repo = e;
  }),
  new dist_l(/^updating local tracking ref '(.+)'/, (t, [e]) => {
    t.ref = {
      ...t.ref || {},
      local: e
    };
  }),
  new dist_l(/^[=*-]\s+([^:]+):(\S+)\s+\[(.+)]$/, (t, [e, n, r]) => {
    t.pushed.push(xr(e, n, r));
  }),
  new dist_l(
    /^Branch '([^']+)' set up to track remote branch '([^']+)' from '([^']+)'/,
    (t, [e, n, r]) => {
      t.branch = {
        ...t.branch || {},
        local: e,
        remote: n,
        remoteName: r
      };
    }
  ),
  new dist_l(
    /^([^:]+):(\S+)\s+([a-z0-9]+)\.\.([a-z0-9]+)$/,
    (t, [e, n, r, s]) => {
      t.update = {
        head: {
          local: e,
          remote: n
        },
        hash: {
          from: r,
          to: s
        }
      };
    }
  )
], $r = (t, e) => {
  const n = Pr(t, e), r = ae(t, e);
  return {
    ...n,
    ...r
  };
}, Pr = (t, e) => dist_E({ pushed: [] }, Nr, [t, e]);
function Mr(t = {}, e) {
  return dist_S(e, "--tags"), ce(t, e);
}
function ce(t = {}, e) {
  const n = ["push", ...e];
  return t.branch && n.splice(1, 0, t.branch), t.remote && n.splice(1, 0, t.remote), ct(n, "-v"), dist_S(n, "--verbose"), dist_S(n, "--porcelain"), {
    commands: n,
    format: "utf-8",
    parser: $r
  };
}
function Dr() {
  return {
    showBuffer() {
      const t = ["show", ...dist_h(arguments, 1)];
      return t.includes("--binary") || t.splice(1, 0, "--binary"), this._runTask(
        Gt(t),
        u(arguments)
      );
    },
    show() {
      const t = ["show", ...dist_h(arguments, 1)];
      return this._runTask(
        g(t),
        u(arguments)
      );
    }
  };
}
const Lr = /^(.+)\0(.+)$/;
class jr {
  constructor(e, n, r) {
    if (this.path = e, this.index = n, this.working_dir = r, n === "R" || r === "R") {
      const s = Lr.exec(e) || [null, e, e];
      this.from = s[2] || "", this.path = s[1] || "";
    }
  }
}
class Br {
  constructor() {
    this.not_added = [], this.conflicted = [], this.created = [], this.deleted = [], this.ignored = void 0, this.modified = [], this.renamed = [], this.files = [], this.staged = [], this.ahead = 0, this.behind = 0, this.current = null, this.tracking = null, this.detached = !1, this.isClean = () => !this.files.length;
  }
}
function xt(t) {
  const [e, n] = t.split(dist_I);
  return {
    from: n || e,
    to: e
  };
}
function dist_(t, e, n) {
  return [`${t}${e}`, n];
}
function et(t, ...e) {
  return e.map((n) => dist_(t, n, (r, s) => r.conflicted.push(s)));
}
const Ir = new Map([
  dist_(
    " ",
    "A",
    (t, e) => t.created.push(e)
  ),
  dist_(
    " ",
    "D",
    (t, e) => t.deleted.push(e)
  ),
  dist_(
    " ",
    "M",
    (t, e) => t.modified.push(e)
  ),
  dist_("A", " ", (t, e) => {
    t.created.push(e), t.staged.push(e);
  }),
  dist_("A", "M", (t, e) => {
    t.created.push(e), t.staged.push(e), t.modified.push(e);
  }),
  dist_("D", " ", (t, e) => {
    t.deleted.push(e), t.staged.push(e);
  }),
  dist_("M", " ", (t, e) => {
    t.modified.push(e), t.staged.push(e);
  }),
  dist_("M", "M", (t, e) => {
    t.modified.push(e), t.staged.push(e);
  }),
  dist_("R", " ", (t, e) => {
    t.renamed.push(xt(e));
  }),
  dist_("R", "M", (t, e) => {
    const n = xt(e);
    t.renamed.push(n), t.modified.push(n.to);
  }),
  dist_("!", "!", (t, e) => {
    (t.ignored = t.ignored || []).push(e);
  }),
  dist_(
    "?",
    "?",
    (t, e) => t.not_added.push(e)
  ),
  ...et(
    "A",
    "A",
    "U"
    /* UNMERGED */
  ),
  ...et(
    "D",
    "D",
    "U"
    /* UNMERGED */
  ),
  ...et(
    "U",
    "A",
    "D",
    "U"
    /* UNMERGED */
  ),
  [
    "##",
    (t, e) => {
      const n = /ahead (\d+)/, r = /behind (\d+)/, s = /^(.+?(?=(?:\.{3}|\s|$)))/, o = /\.{3}(\S*)/, i = /\son\s(\S+?)(?=\.{3}|$)/;
      let a = n.exec(e);
      t.ahead = a && +a[1] || 0, a = r.exec(e), t.behind = a && +a[1] || 0, a = s.exec(e), t.current = d(a?.[1], m, null), a = o.exec(e), t.tracking = d(a?.[1], m, null), a = i.exec(e), a && (t.current = d(a?.[1], m, t.current)), t.detached = /\(no branch\)/.test(e);
    }
  ]
]), Ur = function(t) {
  const e = t.split(dist_I), n = new Br();
  for (let r = 0, s = e.length; r < s; ) {
    let o = e[r++].trim();
    o && (o.charAt(0) === "R" && (o += dist_I + (e[r++] || "")), Fr(n, o));
  }
  return n;
};
function Fr(t, e) {
  const n = e.trim();
  switch (" ") {
    case n.charAt(2):
      return r(n.charAt(0), n.charAt(1), n.slice(3));
    case n.charAt(1):
      return r(" ", n.charAt(0), n.slice(2));
    default:
      return;
  }
  function r(s, o, i) {
    const a = `${s}${o}`, c = Ir.get(a);
    c && c(t, i), a !== "##" && a !== "!!" && t.files.push(new jr(i, s, o));
  }
}
const Gr = ["--null", "-z"];
function zr(t) {
  return {
    format: "utf-8",
    commands: [
      "status",
      "--porcelain",
      "-b",
      "-u",
      "--null",
      ...t.filter((n) => !Gr.includes(n))
    ],
    parser(n) {
      return Ur(n);
    }
  };
}
const fe = "installed=false";
function dist_q(t = 0, e = 0, n = 0, r = "", s = !0) {
  return Object.defineProperty(
    {
      major: t,
      minor: e,
      patch: n,
      agent: r,
      installed: s
    },
    "toString",
    {
      value() {
        return `${this.major}.${this.minor}.${this.patch}`;
      },
      configurable: !1,
      enumerable: !1
    }
  );
}
function qr() {
  return dist_q(0, 0, 0, "", !1);
}
function Wr() {
  return {
    version() {
      return this._runTask({
        commands: ["--version"],
        format: "utf-8",
        parser: Kr,
        onError(t, e, n, r) {
          if (t.exitCode === dist_V.NOT_FOUND)
            return n(Buffer.from(fe));
          r(e);
        }
      });
    }
  };
}
const Hr = [
  new dist_l(
    /version (\d+)\.(\d+)\.(\d+)(?:\s*\((.+)\))?/,
    (t, [e, n, r, s = ""]) => {
      Object.assign(
        t,
        dist_q(p(e), p(n), p(r), s)
      );
    }
  ),
  new dist_l(
    /version (\d+)\.(\d+)\.(\D+)(.+)?$/,
    (t, [e, n, r, s = ""]) => {
      Object.assign(t, dist_q(p(e), p(n), r, s));
    }
  )
];
function Kr(t) {
  return t === fe ? qr() : dist_E(dist_q(0, 0, 0, t), Hr, t);
}
class le {
  constructor(e) {
    this._executor = e;
  }
  _runTask(e, n) {
    const r = this._executor.chain(), s = r.push(e);
    return n && Ln(e, s, n), Object.create(this, {
      then: { value: s.then.bind(s) },
      catch: { value: s.catch.bind(s) },
      _executor: { value: r }
    });
  }
  add(e) {
    return this._runTask(
      g(["add", ...v(e)]),
      u(arguments)
    );
  }
  cwd(e) {
    const n = u(arguments);
    return typeof e == "string" ? this._runTask(St(e, this._executor), n) : typeof e?.path == "string" ? this._runTask(
      St(
        e.path,
        e.root && this._executor || void 0
      ),
      n
    ) : this._runTask(
      dist_b("Git.cwd: workingDirectory must be supplied as a string"),
      n
    );
  }
  hashObject(e, n) {
    return this._runTask(
      Vn(e, n === !0),
      u(arguments)
    );
  }
  init(e) {
    return this._runTask(
      Zn(e === !0, this._executor.cwd, dist_h(arguments)),
      u(arguments)
    );
  }
  merge() {
    return this._runTask(
      At(dist_h(arguments)),
      u(arguments)
    );
  }
  mergeFromTo(e, n) {
    return m(e) && m(n) ? this._runTask(
      At([e, n, ...dist_h(arguments)]),
      u(arguments, !1)
    ) : this._runTask(
      dist_b(
        "Git.mergeFromTo requires that the 'remote' and 'branch' arguments are supplied as strings"
      )
    );
  }
  outputHandler(e) {
    return this._executor.outputHandler = e, this;
  }
  push() {
    const e = ce(
      {
        remote: d(arguments[0], m),
        branch: d(arguments[1], m)
      },
      dist_h(arguments)
    );
    return this._runTask(e, u(arguments));
  }
  stash() {
    return this._runTask(
      g(["stash", ...dist_h(arguments)]),
      u(arguments)
    );
  }
  status() {
    return this._runTask(
      zr(dist_h(arguments)),
      u(arguments)
    );
  }
}
Object.assign(
  le.prototype,
  jn(),
  In(),
  zn(),
  Tn(),
  Hn(),
  Kn(),
  On(),
  er(),
  pr(),
  Dr(),
  Wr()
);
const Vr = /* @__PURE__ */ (() => {
  let t = 0;
  return () => {
    t++;
    const { promise: e, done: n } = (0,promise_deferred_dist/* createDeferred */.ud)();
    return {
      promise: e,
      done: n,
      id: t
    };
  };
})();
class Xr {
  constructor(e = 2) {
    this.concurrency = e, this.logger = dist_$("", "scheduler"), this.pending = [], this.running = [], this.logger("Constructed, concurrency=%s", e);
  }
  schedule() {
    if (!this.pending.length || this.running.length >= this.concurrency) {
      this.logger(
        "Schedule attempt ignored, pending=%s running=%s concurrency=%s",
        this.pending.length,
        this.running.length,
        this.concurrency
      );
      return;
    }
    const e = dist_S(this.running, this.pending.shift());
    this.logger("Attempting id=%s", e.id), e.done(() => {
      this.logger("Completing id=", e.id), ct(this.running, e), this.schedule();
    });
  }
  next() {
    const { promise: e, id: n } = dist_S(this.pending, Vr());
    return this.logger("Scheduling id=%s", n), this.schedule(), e;
  }
}
function Yr(t, e) {
  return g(["apply", ...e, ...t]);
}
var he = /* @__PURE__ */ ((t) => (t.CURRENT = "*", t.LINKED = "+", t))(he || {});
class Qr {
  constructor() {
    this.all = [], this.branches = {}, this.current = "", this.detached = !1;
  }
  push(e, n, r, s, o) {
    e === "*" && (this.detached = n, this.current = r), this.all.push(r), this.branches[r] = {
      current: e === "*",
      linkedWorkTree: e === "+",
      name: r,
      commit: s,
      label: o
    };
  }
}
const Jr = [
  new dist_l(
    /^([*+]\s)?\((?:HEAD )?detached (?:from|at) (\S+)\)\s+([a-z0-9]+)\s(.*)$/,
    (t, [e, n, r, s]) => {
      t.push(Nt(e), !0, n, r, s);
    }
  ),
  new dist_l(
    /^([*+]\s)?(\S+)\s+([a-z0-9]+)\s?(.*)$/s,
    (t, [e, n, r, s]) => {
      t.push(Nt(e), !1, n, r, s);
    }
  )
], Zr = new dist_l(/^(\S+)$/s, (t, [e]) => {
  t.push(he.CURRENT, !1, e, "", "");
});
function Nt(t) {
  return t ? t.charAt(0) : "";
}
function me(t, e = !1) {
  return dist_E(
    new Qr(),
    e ? [Zr] : Jr,
    t
  );
}
class ts {
  constructor() {
    this.all = [], this.branches = {}, this.errors = [];
  }
  get success() {
    return !this.errors.length;
  }
}
function es(t, e) {
  return {
    branch: t,
    hash: e,
    success: !0
  };
}
function ns(t) {
  return {
    branch: t,
    hash: null,
    success: !1
  };
}
const rs = /(\S+)\s+\(\S+\s([^)]+)\)/, pe = /^error[^']+'([^']+)'/m, ss = [
  new dist_l(rs, (t, [e, n]) => {
    const r = es(e, n);
    t.all.push(r), t.branches[e] = r;
  }),
  new dist_l(pe, (t, [e]) => {
    const n = ns(e);
    t.errors.push(n), t.all.push(n), t.branches[e] = n;
  })
], gt = (t, e) => dist_E(new ts(), ss, [t, e]);
function de(t, e) {
  return e === dist_V.ERROR && pe.test(t);
}
function os(t) {
  const e = ["-d", "-D", "--delete"];
  return t.some((n) => e.includes(n));
}
function is(t) {
  const e = os(t), n = t.includes("--show-current"), r = ["branch", ...t];
  return r.length === 1 && r.push("-a"), r.includes("-v") || r.splice(1, 0, "-v"), {
    format: "utf-8",
    commands: r,
    parser(s, o) {
      return e ? gt(s, o).all[0] : me(s, n);
    }
  };
}
function as() {
  return {
    format: "utf-8",
    commands: ["branch", "-v"],
    parser(t) {
      return me(t);
    }
  };
}
function us(t, e = !1) {
  return {
    format: "utf-8",
    commands: ["branch", "-v", e ? "-D" : "-d", ...t],
    parser(n, r) {
      return gt(n, r);
    },
    onError({ exitCode: n, stdOut: r }, s, o, i) {
      if (!de(String(s), n))
        return i(s);
      o(r);
    }
  };
}
function cs(t, e = !1) {
  const n = {
    format: "utf-8",
    commands: ["branch", "-v", e ? "-D" : "-d", t],
    parser(r, s) {
      return gt(r, s).branches[t];
    },
    onError({ exitCode: r, stdErr: s, stdOut: o }, i, a, c) {
      if (!de(String(i), r))
        return c(i);
      throw new at(
        n.parser(dist_F(o), dist_F(s)),
        String(i)
      );
    }
  };
  return n;
}
function fs(t) {
  return {
    commands: ["check-ignore", ...t],
    format: "utf-8",
    parser: ls
  };
}
function ls(t) {
  return t.split(/\n/g).map(hs).filter(Boolean);
}
function hs(t) {
  const e = t.trim().replace(/^["']|["']$/g, "");
  return e && (0,external_node_path_.normalize)(e);
}
const ms = [
  new dist_l(/From (.+)$/, (t, [e]) => {
    t.remote = e;
  }),
  new dist_l(/\* \[new branch]\s+(\S+)\s*-> (.+)$/, (t, [e, n]) => {
    t.branches.push({
      name: e,
      tracking: n
    });
  }),
  new dist_l(/\* \[new tag]\s+(\S+)\s*-> (.+)$/, (t, [e, n]) => {
    t.tags.push({
      name: e,
      tracking: n
    });
  }),
  new dist_l(/- \[deleted]\s+\S+\s*-> (.+)$/, (t, [e]) => {
    t.deleted.push({
      tracking: e
    });
  }),
  new dist_l(
    /\s*([^.]+)\.\.(\S+)\s+(\S+)\s*-> (.+)$/,
    (t, [e, n, r, s]) => {
      t.updated.push({
        name: r,
        tracking: s,
        to: n,
        from: e
      });
    }
  )
];
function ps(t, e) {
  return dist_E({
    raw: t,
    remote: null,
    branches: [],
    tags: [],
    updated: [],
    deleted: []
  }, ms, [t, e]);
}
function ds(t) {
  return /^--upload-pack(=|$)/.test(t);
}
function gs(t, e, n) {
  const r = ["fetch", ...n];
  return t && e && r.push(t, e), r.find(ds) ? dist_b("git.fetch: potential exploit argument blocked.") : {
    commands: r,
    format: "utf-8",
    parser: ps
  };
}
const ys = [
  new dist_l(/^Renaming (.+) to (.+)$/, (t, [e, n]) => {
    t.moves.push({ from: e, to: n });
  })
];
function ws(t) {
  return dist_E({ moves: [] }, ys, t);
}
function bs(t, e) {
  return {
    commands: ["mv", "-v", ...v(t), e],
    format: "utf-8",
    parser: ws
  };
}
function Ts(t, e, n) {
  const r = ["pull", ...n];
  return t && e && r.splice(1, 0, t, e), {
    commands: r,
    format: "utf-8",
    parser(s, o) {
      return ue(s, o);
    },
    onError(s, o, i, a) {
      const c = Rr(
        dist_F(s.stdOut),
        dist_F(s.stdErr)
      );
      if (c)
        return a(new at(c));
      a(o);
    }
  };
}
function ks(t) {
  const e = {};
  return ge(t, ([n]) => e[n] = { name: n }), Object.values(e);
}
function _s(t) {
  const e = {};
  return ge(t, ([n, r, s]) => {
    Object.hasOwn(e, n) || (e[n] = {
      name: n,
      refs: { fetch: "", push: "" }
    }), s && r && (e[n].refs[s.replace(/[^a-z]/g, "")] = r);
  }), Object.values(e);
}
function ge(t, e) {
  ut(t, (n) => e(n.split(/\s+/)));
}
function vs(t, e, n) {
  return g(["remote", "add", ...n, t, e]);
}
function Es(t) {
  const e = ["remote"];
  return t && e.push("-v"), {
    commands: e,
    format: "utf-8",
    parser: t ? _s : ks
  };
}
function Ss(t) {
  const e = [...t];
  return e[0] !== "ls-remote" && e.unshift("ls-remote"), g(e);
}
function Rs(t) {
  const e = [...t];
  return e[0] !== "remote" && e.unshift("remote"), g(e);
}
function Os(t) {
  return g(["remote", "remove", t]);
}
function Cs(t = {}, e) {
  const n = dist_oe(t), r = ["stash", "list", ...n.commands, ...e], s = re(
    n.splitter,
    n.fields,
    pt(r)
  );
  return dt(r) || {
    commands: r,
    format: "utf-8",
    parser: s
  };
}
function As(t, e) {
  return dist_X(["add", t, e]);
}
function xs(t) {
  return dist_X(["init", ...t]);
}
function dist_X(t) {
  const e = [...t];
  return e[0] !== "submodule" && e.unshift("submodule"), g(e);
}
function Ns(t) {
  return dist_X(["update", ...t]);
}
class $s {
  constructor(e, n) {
    this.all = e, this.latest = n;
  }
}
const Ps = function(t, e = !1) {
  const n = t.split(`
`).map(Ds).filter(Boolean);
  e || n.sort(function(s, o) {
    const i = s.split("."), a = o.split(".");
    if (i.length === 1 || a.length === 1)
      return Ms(dist_B(i[0]), dist_B(a[0]));
    for (let c = 0, y = Math.max(i.length, a.length); c < y; c++) {
      const w = ye(dist_B(i[c]), dist_B(a[c]));
      if (w)
        return w;
    }
    return 0;
  });
  const r = e ? n[0] : [...n].reverse().find((s) => s.indexOf(".") >= 0);
  return new $s(n, r);
};
function Ms(t, e) {
  const n = Number.isNaN(t), r = Number.isNaN(e);
  return n !== r ? n ? 1 : -1 : n ? ye(t, e) : 0;
}
function ye(t, e) {
  return t === e ? 0 : t > e ? 1 : -1;
}
function Ds(t) {
  return t.trim();
}
function dist_B(t) {
  return typeof t == "string" && parseInt(t.replace(/^\D+/g, ""), 10) || 0;
}
function Ls(t = []) {
  const e = t.some((n) => /^--sort=/.test(n));
  return {
    format: "utf-8",
    commands: ["tag", "-l", ...t],
    parser(n) {
      return Ps(n, e);
    }
  };
}
function js(t) {
  return {
    format: "utf-8",
    commands: ["tag", t],
    parser() {
      return { name: t };
    }
  };
}
function Bs(t, e) {
  return {
    format: "utf-8",
    commands: ["tag", "-a", "-m", e, t],
    parser() {
      return { name: t };
    }
  };
}
function dist_f(t, e) {
  this._plugins = e, this._executor = new Dn(
    t.baseDir,
    new Xr(t.maxConcurrentProcesses),
    e
  ), this._trimmed = t.trimmed;
}
(dist_f.prototype = Object.create(le.prototype)).constructor = dist_f;
dist_f.prototype.customBinary = function(t) {
  return this._plugins.reconfigure("binary", t), this;
};
dist_f.prototype.env = function(t, e) {
  return arguments.length === 1 && typeof t == "object" ? this._executor.env = t : (this._executor.env = this._executor.env || {})[t] = e, this;
};
dist_f.prototype.stashList = function(t) {
  return this._runTask(
    Cs(
      ht(arguments) || {},
      dist_K(t) && t || []
    ),
    u(arguments)
  );
};
dist_f.prototype.mv = function(t, e) {
  return this._runTask(bs(t, e), u(arguments));
};
dist_f.prototype.checkoutLatestTag = function(t) {
  var e = this;
  return this.pull(function() {
    e.tags(function(n, r) {
      e.checkout(r.latest, t);
    });
  });
};
dist_f.prototype.pull = function(t, e, n, r) {
  return this._runTask(
    Ts(
      d(t, m),
      d(e, m),
      dist_h(arguments)
    ),
    u(arguments)
  );
};
dist_f.prototype.fetch = function(t, e) {
  return this._runTask(
    gs(
      d(t, m),
      d(e, m),
      dist_h(arguments)
    ),
    u(arguments)
  );
};
dist_f.prototype.tags = function(t, e) {
  return this._runTask(
    Ls(dist_h(arguments)),
    u(arguments)
  );
};
dist_f.prototype.rebase = function() {
  return this._runTask(
    g(["rebase", ...dist_h(arguments)]),
    u(arguments)
  );
};
dist_f.prototype.reset = function(t) {
  return this._runTask(
    An(xn(t), dist_h(arguments)),
    u(arguments)
  );
};
dist_f.prototype.revert = function(t) {
  const e = u(arguments);
  return typeof t != "string" ? this._runTask(dist_b("Commit must be a string"), e) : this._runTask(
    g(["revert", ...dist_h(arguments, 0, !0), t]),
    e
  );
};
dist_f.prototype.addTag = function(t) {
  const e = typeof t == "string" ? js(t) : dist_b("Git.addTag requires a tag name");
  return this._runTask(e, u(arguments));
};
dist_f.prototype.addAnnotatedTag = function(t, e) {
  return this._runTask(
    Bs(t, e),
    u(arguments)
  );
};
dist_f.prototype.deleteLocalBranch = function(t, e, n) {
  return this._runTask(
    cs(t, typeof e == "boolean" ? e : !1),
    u(arguments)
  );
};
dist_f.prototype.deleteLocalBranches = function(t, e, n) {
  return this._runTask(
    us(t, typeof e == "boolean" ? e : !1),
    u(arguments)
  );
};
dist_f.prototype.branch = function(t, e) {
  return this._runTask(
    is(dist_h(arguments)),
    u(arguments)
  );
};
dist_f.prototype.branchLocal = function(t) {
  return this._runTask(as(), u(arguments));
};
dist_f.prototype.raw = function(t) {
  const e = !Array.isArray(t), n = [].slice.call(e ? arguments : t, 0);
  for (let s = 0; s < n.length && e; s++)
    if (!st(n[s])) {
      n.splice(s, n.length - s);
      break;
    }
  n.push(...dist_h(arguments, 0, !0));
  var r = u(arguments);
  return n.length ? this._runTask(g(n, this._trimmed), r) : this._runTask(
    dist_b("Raw: must supply one or more command to execute"),
    r
  );
};
dist_f.prototype.submoduleAdd = function(t, e, n) {
  return this._runTask(As(t, e), u(arguments));
};
dist_f.prototype.submoduleUpdate = function(t, e) {
  return this._runTask(
    Ns(dist_h(arguments, !0)),
    u(arguments)
  );
};
dist_f.prototype.submoduleInit = function(t, e) {
  return this._runTask(
    xs(dist_h(arguments, !0)),
    u(arguments)
  );
};
dist_f.prototype.subModule = function(t, e) {
  return this._runTask(
    dist_X(dist_h(arguments)),
    u(arguments)
  );
};
dist_f.prototype.listRemote = function() {
  return this._runTask(
    Ss(dist_h(arguments)),
    u(arguments)
  );
};
dist_f.prototype.addRemote = function(t, e, n) {
  return this._runTask(
    vs(t, e, dist_h(arguments)),
    u(arguments)
  );
};
dist_f.prototype.removeRemote = function(t, e) {
  return this._runTask(Os(t), u(arguments));
};
dist_f.prototype.getRemotes = function(t, e) {
  return this._runTask(Es(t === !0), u(arguments));
};
dist_f.prototype.remote = function(t, e) {
  return this._runTask(
    Rs(dist_h(arguments)),
    u(arguments)
  );
};
dist_f.prototype.tag = function(t, e) {
  const n = dist_h(arguments);
  return n[0] !== "tag" && n.unshift("tag"), this._runTask(g(n), u(arguments));
};
dist_f.prototype.updateServerInfo = function(t) {
  return this._runTask(
    g(["update-server-info"]),
    u(arguments)
  );
};
dist_f.prototype.pushTags = function(t, e) {
  const n = Mr(
    { remote: d(t, m) },
    dist_h(arguments)
  );
  return this._runTask(n, u(arguments));
};
dist_f.prototype.rm = function(t) {
  return this._runTask(
    g(["rm", "-f", ...v(t)]),
    u(arguments)
  );
};
dist_f.prototype.rmKeepLocal = function(t) {
  return this._runTask(
    g(["rm", "--cached", ...v(t)]),
    u(arguments)
  );
};
dist_f.prototype.catFile = function(t, e) {
  return this._catFile("utf-8", arguments);
};
dist_f.prototype.binaryCatFile = function() {
  return this._catFile("buffer", arguments);
};
dist_f.prototype._catFile = function(t, e) {
  var n = u(e), r = ["cat-file"], s = e[0];
  if (typeof s == "string")
    return this._runTask(
      dist_b("Git.catFile: options must be supplied as an array of strings"),
      n
    );
  Array.isArray(s) && r.push.apply(r, s);
  const o = t === "buffer" ? Gt(r) : g(r);
  return this._runTask(o, n);
};
dist_f.prototype.diff = function(t, e) {
  const n = m(t) ? dist_b(
    "git.diff: supplying options as a single string is no longer supported, switch to an array of strings"
  ) : g(["diff", ...dist_h(arguments)]);
  return this._runTask(n, u(arguments));
};
dist_f.prototype.diffSummary = function() {
  return this._runTask(
    fr(dist_h(arguments, 1)),
    u(arguments)
  );
};
dist_f.prototype.applyPatch = function(t) {
  const e = dist_G(t) ? Yr(v(t), dist_h([].slice.call(arguments, 1))) : dist_b(
    "git.applyPatch requires one or more string patches as the first argument"
  );
  return this._runTask(e, u(arguments));
};
dist_f.prototype.revparse = function() {
  const t = ["rev-parse", ...dist_h(arguments, !0)];
  return this._runTask(
    g(t, !0),
    u(arguments)
  );
};
dist_f.prototype.clean = function(t, e, n) {
  const r = un(t), s = r && t.join("") || d(t, m) || "", o = dist_h([].slice.call(arguments, r ? 1 : 0));
  return this._runTask(
    on(s, o),
    u(arguments)
  );
};
dist_f.prototype.exec = function(t) {
  const e = {
    commands: [],
    format: "utf-8",
    parser() {
      typeof t == "function" && t();
    }
  };
  return this._runTask(e);
};
dist_f.prototype.checkIgnore = function(t, e) {
  return this._runTask(
    fs(v(d(t, dist_G, []))),
    u(arguments)
  );
};
dist_f.prototype.checkIsRepo = function(t, e) {
  return this._runTask(
    We(d(t, m)),
    u(arguments)
  );
};
function Is(t) {
  return t ? [{
    type: "spawn.before",
    action(r, s) {
      t.aborted && s.kill(new dist_A(void 0, "abort", "Abort already signaled"));
    }
  }, {
    type: "spawn.after",
    action(r, s) {
      function o() {
        s.kill(new dist_A(void 0, "abort", "Abort signal received"));
      }
      t.addEventListener("abort", o), s.spawned.on("close", () => t.removeEventListener("abort", o));
    }
  }] : void 0;
}
const Us = dist_$("", "plugin:allowEnvironment");
function Fs(t, e = !1) {
  const n = new Set(t.map((r) => r.toLowerCase().trim()));
  return {
    type: "spawn.options",
    action(r, s) {
      const o = { ...r.env ?? process.env }, i = new Set(
        Object.keys(s.env).map((a) => a.toLowerCase().trim())
      );
      for (const a of Object.keys(o)) {
        const c = a.toLowerCase().trim();
        if (!(!Gs(c) || n.has(c))) {
          if (i.has(c))
            throw new dist_A(
              void 0,
              "allowEnvironment",
              `Use of "${a}" is blocked by the environment guard - add it to the allowEnvironment option to permit it`
            );
          Us("removing ambient guarded environment variable %s", a), delete o[a];
        }
      }
      return {
        ...r,
        env: {
          ...o,
          GIT_TEST_DISALLOW_ABBREVIATED_OPTIONS: String(!e)
        }
      };
    }
  };
}
function Gs(t) {
  const e = t.toLowerCase().trim();
  return e.startsWith("git_") || _(e);
}
function zs(t = {}) {
  return {
    type: "spawn.args",
    action(e, { env: n }) {
      for (const r of oe(e, n))
        if (t[r.category] !== !0)
          throw new dist_A(void 0, "unsafe", r.message);
      return e;
    }
  };
}
function qs(t) {
  const e = U(t, "-c");
  return {
    type: "spawn.args",
    action(n) {
      return [...e, ...n];
    }
  };
}
const $t = (0,promise_deferred_dist/* deferred */.yX)().promise;
function Ws({
  onClose: t = !0,
  onExit: e = 50
} = {}) {
  function n() {
    let s = -1;
    const o = {
      close: (0,promise_deferred_dist/* deferred */.yX)(),
      closeTimeout: (0,promise_deferred_dist/* deferred */.yX)(),
      exit: (0,promise_deferred_dist/* deferred */.yX)(),
      exitTimeout: (0,promise_deferred_dist/* deferred */.yX)()
    }, i = Promise.race([
      t === !1 ? $t : o.closeTimeout.promise,
      e === !1 ? $t : o.exitTimeout.promise
    ]);
    return r(t, o.close, o.closeTimeout), r(e, o.exit, o.exitTimeout), {
      close(a) {
        s = a, o.close.done();
      },
      exit(a) {
        s = a, o.exit.done();
      },
      get exitCode() {
        return s;
      },
      result: i
    };
  }
  function r(s, o, i) {
    s !== !1 && (s === !0 ? o.promise : o.promise.then(() => wt(s))).then(i.done);
  }
  return {
    type: "spawn.after",
    async action(s, { spawned: o, close: i }) {
      const a = n();
      let c = !0, y = () => {
        c = !1;
      };
      o.stdout?.on("data", y), o.stderr?.on("data", y), o.on("error", y), o.on("close", (w) => a.close(w)), o.on("exit", (w) => a.exit(w));
      try {
        await a.result, c && await wt(50), i(a.exitCode);
      } catch (w) {
        i(a.exitCode, w);
      }
    }
  };
}
const we = dist_$("", "plugin:binary"), Hs = "Invalid value supplied for custom binary, requires a single string or an array containing either one or two strings", Ks = "Invalid value supplied for custom binary, restricted characters must be removed or supply the unsafe.allowUnsafeCustomBinary option";
function Vs(t) {
  return !t || !/^([a-z]:)?([a-z0-9/.\\_~-]+)$/i.test(t);
}
function Pt(t, e) {
  if (t.length < 1 || t.length > 2)
    throw new dist_A(void 0, "binary", Hs);
  if (t.some(Vs))
    if (e)
      we("permitted unsafe binary %o", t);
    else
      throw new dist_A(void 0, "binary", Ks);
  const [r, s] = t;
  return {
    binary: r,
    prefix: s
  };
}
function Xs(t, e = ["git"], n = !1) {
  let r = Pt(v(e), n);
  t.on("binary", (s) => {
    r = Pt(v(s), n), we.info("reconfiguring %o", r);
  }), t.append("spawn.binary", () => r.binary), t.append("spawn.args", (s) => r.prefix ? [r.prefix, ...s] : s);
}
const be = {
  DISALLOWED_ABBREVIATED: {
    text: "disallowed abbreviated or ambiguous option",
    solution: "Unambiguous abbreviated options blocked with unsafe.allowAbbreviatedOptions setting: {message}"
  },
  UNKNOWN: {
    text: "~ unknown ~",
    solution: void 0
  }
};
function Ys(t) {
  if (!t)
    return "UNKNOWN";
  for (const [e, { text: n }] of Object.entries(be))
    if (t.startsWith(`fatal: ${n}`))
      return e;
  return "UNKNOWN";
}
class Qs extends dist_O {
  constructor(e = "") {
    const n = Ys(e);
    super(void 0, be[n].solution?.replace("{message}", e) ?? e), this.reason = n;
  }
}
function Js(t) {
  return !!(t.exitCode && t.stdErr.length);
}
function Zs(t) {
  return Buffer.concat([...t.stdOut, ...t.stdErr]);
}
function to(t = !1, e = Js, n = Zs) {
  return (r, s) => !t && r || !e(s) ? r : n(s);
}
function eo(t, e) {
  return t === 128 && e.startsWith("fatal:") ? new Qs(e) : new dist_O(void 0, e);
}
function Mt(t) {
  return {
    type: "task.error",
    action(e, n) {
      const r = t(e.error, {
        stdErr: n.stdErr,
        stdOut: n.stdOut,
        exitCode: n.exitCode
      });
      return Buffer.isBuffer(r) ? {
        error: eo(n.exitCode, r.toString("utf-8"))
      } : {
        error: r
      };
    }
  };
}
const nt = dist_$("", "plugin:input");
function no(t) {
  return {
    type: "spawn.after",
    action(e, { commands: n, input: r, spawned: { stdin: s } }) {
      if (!s)
        return;
      const o = t?.([...n]) ?? r;
      if (!o)
        return nt("generated zero length content, not writing to stdin");
      nt("writing %s bytes to stdin", Le(o)), s.on("error", (i) => {
        i.code !== "EPIPE" && nt("[ERROR] stdin error %o", i);
      }), s.end(o);
    }
  };
}
class ro {
  constructor() {
    this.plugins = /* @__PURE__ */ new Set(), this.events = new external_node_events_namespaceObject.EventEmitter();
  }
  on(e, n) {
    this.events.on(e, n);
  }
  reconfigure(e, n) {
    this.events.emit(e, n);
  }
  append(e, n) {
    const r = dist_S(this.plugins, { type: e, action: n });
    return () => this.plugins.delete(r);
  }
  add(e) {
    const n = [];
    return v(e).forEach(
      (r) => {
        r && this.plugins.add(dist_S(n, r));
      }
    ), () => {
      n.forEach((r) => {
        this.plugins.delete(r);
      });
    };
  }
  exec(e, n, r) {
    let s = n;
    const o = Object.freeze(Object.create(r));
    for (const i of this.plugins)
      i.type === e && (s = i.action(s, o));
    return s;
  }
}
function so(t) {
  const e = "--progress", n = ["checkout", "clone", "fetch", "pull", "push"];
  return [{
    type: "spawn.args",
    action(o, i) {
      return n.includes(i.method) ? De(o, e) : o;
    }
  }, {
    type: "spawn.after",
    action(o, i) {
      i.commands.includes(e) && i.spawned.stderr?.on("data", (a) => {
        const c = /^([\s\S]+?):\s*(\d+)% \((\d+)\/(\d+)\)/.exec(a.toString("utf8"));
        c && t({
          method: i.method,
          stage: oo(c[1]),
          progress: p(c[2]),
          processed: p(c[3]),
          total: p(c[4])
        });
      });
    }
  }];
}
function oo(t) {
  return String(t.toLowerCase().split(" ", 1)) || "unknown";
}
function io(t) {
  const e = je(t, ["uid", "gid"]);
  return {
    type: "spawn.options",
    action(n) {
      return { ...e, ...n };
    }
  };
}
function ao() {
  return {
    type: "spawn.args",
    action(t) {
      const e = [];
      let n;
      function r(s) {
        (n = n || []).push(...s);
      }
      for (let s = 0; s < t.length; s++) {
        const o = t[s];
        if (dist_r(o)) {
          r(dist_o(o));
          continue;
        }
        if (o === "--") {
          r(
            t.slice(s + 1).flatMap((i) => dist_r(i) && dist_o(i) || i)
          );
          break;
        }
        e.push(o);
      }
      return n ? [...e, "--", ...n.map(String)] : e;
    }
  };
}
function uo({
  block: t,
  stdErr: e = !0,
  stdOut: n = !0
}) {
  if (t > 0)
    return {
      type: "spawn.after",
      action(r, s) {
        let o;
        function i() {
          o && clearTimeout(o), o = setTimeout(c, t);
        }
        function a() {
          s.spawned.stdout?.off("data", i), s.spawned.stderr?.off("data", i), s.spawned.off("exit", a), s.spawned.off("close", a), o && clearTimeout(o);
        }
        function c() {
          a(), s.kill(new dist_A(void 0, "timeout", "block timeout reached"));
        }
        n && s.spawned.stdout?.on("data", i), e && s.spawned.stderr?.on("data", i), s.spawned.on("exit", a), s.spawned.on("close", a), i();
      }
    };
}
const wo = (t, e) => {
  const n = new ro(), r = Ge(
    t && (typeof t == "string" ? { baseDir: t } : t) || {},
    e
  );
  if (!Lt(r.baseDir))
    throw new Ae(
      r,
      "Cannot use simple-git on a directory that does not exist"
    );
  return Array.isArray(r.config) && n.add(qs(r.config)), n.add(zs(r.unsafe)), n.add(Ws(r.completion)), r.abort && n.add(Is(r.abort)), r.progress && n.add(so(r.progress)), r.timeout && n.add(uo(r.timeout)), r.spawnOptions && n.add(io(r.spawnOptions)), n.add(ao()), n.add(no(r.input)), n.add(Mt(to(!0))), r.errors && n.add(Mt(r.errors)), Xs(n, r.binary, r.unsafe?.allowUnsafeCustomBinary), n.add(
    Fs(r.allowEnvironment ?? [], r.unsafe?.allowAbbreviatedOptions)
  ), new dist_f(r, n);
};

//# sourceMappingURL=index.mjs.map

;// CONCATENATED MODULE: ./src/adapters/git.ts
// Git, read-only, behind an interface: the PR check never checks out or runs PR code, it reads blobs.
// simple-git for the porcelain; one long-lived `git cat-file --batch` for blobs, so 2,000 files cost one process.


const STATUS = {
    A: "added",
    M: "modified",
    D: "deleted",
    R: "renamed",
    C: "added",
    T: "modified",
};
/** Parses `git diff --name-status -z -M` output. Exported for tests: names may hold any byte but NUL. */
function parseNameStatus(output) {
    const parts = output.split("\0");
    const files = [];
    for (let i = 0; i < parts.length - 1;) {
        const code = parts[i++];
        const letter = code[0];
        if (letter === "R" || letter === "C") {
            const from = parts[i++];
            const to = parts[i++];
            files.push(letter === "R" ? { path: to, status: "renamed", previousPath: from } : { path: to, status: "added" });
        }
        else {
            const path = parts[i++];
            const status = STATUS[letter];
            if (status)
                files.push({ path, status });
        }
    }
    return files;
}
class BlobReader {
    proc;
    buffer = Buffer.alloc(0);
    waiting = [];
    failure;
    constructor(dir) {
        this.proc = (0,external_node_child_process_.spawn)("git", ["cat-file", "--batch"], { cwd: dir, stdio: ["pipe", "pipe", "pipe"] });
        this.proc.stdout.on("data", (chunk) => {
            this.buffer = this.buffer.length ? Buffer.concat([this.buffer, chunk]) : chunk;
            this.drain();
        });
        this.proc.on("error", (error) => this.fail(error));
        this.proc.on("exit", (code) => {
            if (this.waiting.length)
                this.fail(new Error(`git cat-file exited with code ${code}`));
        });
    }
    fail(error) {
        this.failure = error;
        for (const resolve of this.waiting.splice(0))
            resolve(undefined);
    }
    drain() {
        while (this.waiting.length) {
            const eol = this.buffer.indexOf(10);
            if (eol < 0)
                return;
            const header = this.buffer.subarray(0, eol).toString("utf8");
            if (header.endsWith(" missing") || header.endsWith(" ambiguous")) {
                this.buffer = this.buffer.subarray(eol + 1);
                this.waiting.shift()(undefined);
                continue;
            }
            const size = Number(header.split(" ")[2]);
            if (this.buffer.length < eol + 1 + size + 1)
                return;
            const blob = Buffer.from(this.buffer.subarray(eol + 1, eol + 1 + size));
            this.buffer = this.buffer.subarray(eol + 1 + size + 1);
            this.waiting.shift()(blob);
        }
    }
    read(rev, path) {
        if (this.failure)
            return Promise.reject(this.failure);
        // `<rev>:<path>` on one line: a newline in a path cannot be asked for this way, so such a path reads as missing.
        if (path.includes("\n"))
            return Promise.resolve(undefined);
        return new Promise((resolve) => {
            this.waiting.push(resolve);
            this.proc.stdin.write(`${rev}:${path}\n`);
        });
    }
    close() {
        this.proc.stdin.end();
    }
}
function createGit(dir) {
    const git = wo({ baseDir: dir, maxConcurrentProcesses: 4 });
    let blobs;
    const reader = () => (blobs ??= new BlobReader(dir));
    return {
        async changedFiles(base, head) {
            const out = await git.raw(["diff", "--name-status", "-z", "-M", "--no-color", base, head, "--"]);
            return parseNameStatus(out);
        },
        async readFile(rev, path) {
            const blob = await reader().read(rev, path);
            return blob === undefined ? undefined : new Uint8Array(blob.buffer, blob.byteOffset, blob.byteLength);
        },
        async listDir(rev, dir) {
            const out = await git.raw(["ls-tree", "-z", "--name-only", `${rev}:${dir}`]).catch(() => "");
            return out.split("\0").filter(Boolean);
        },
        async hasCommit(rev) {
            try {
                await git.raw(["cat-file", "-e", `${rev}^{commit}`]);
                return true;
            }
            catch {
                return false;
            }
        },
        async isShallow() {
            return (await git.raw(["rev-parse", "--is-shallow-repository"])).trim() === "true";
        },
        async fetch(revs) {
            await git
                .raw(["fetch", "--no-tags", "--no-recurse-submodules", "--unshallow", "origin", ...revs])
                .catch(() => git.raw(["fetch", "--no-tags", "--no-recurse-submodules", "origin", ...revs]));
        },
        close() {
            blobs?.close();
        },
    };
}


/***/ }),

/***/ 9792:
/***/ ((module, __webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   i: () => (/* binding */ main),
/* harmony export */   x: () => (/* binding */ VERSION)
/* harmony export */ });
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(1421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(8161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__nccwpck_require__.n(node_os__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(3136);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_4___default = /*#__PURE__*/__nccwpck_require__.n(node_url__WEBPACK_IMPORTED_MODULE_4__);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_5__ = __nccwpck_require__(7975);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_5___default = /*#__PURE__*/__nccwpck_require__.n(node_util__WEBPACK_IMPORTED_MODULE_5__);
/* harmony import */ var _adapters_git_js__WEBPACK_IMPORTED_MODULE_6__ = __nccwpck_require__(7345);
/* harmony import */ var _core_analyze_diff_js__WEBPACK_IMPORTED_MODULE_7__ = __nccwpck_require__(5342);
/* harmony import */ var _core_analyze_js__WEBPACK_IMPORTED_MODULE_8__ = __nccwpck_require__(237);
/* harmony import */ var _core_config_js__WEBPACK_IMPORTED_MODULE_9__ = __nccwpck_require__(1288);
/* harmony import */ var _core_frameworks_index_js__WEBPACK_IMPORTED_MODULE_10__ = __nccwpck_require__(6913);
/* harmony import */ var _core_report_counts_js__WEBPACK_IMPORTED_MODULE_16__ = __nccwpck_require__(9723);
/* harmony import */ var _core_report_json_js__WEBPACK_IMPORTED_MODULE_14__ = __nccwpck_require__(8577);
/* harmony import */ var _core_report_sarif_js__WEBPACK_IMPORTED_MODULE_11__ = __nccwpck_require__(806);
/* harmony import */ var _core_report_text_js__WEBPACK_IMPORTED_MODULE_15__ = __nccwpck_require__(1244);
/* harmony import */ var _core_rules_index_js__WEBPACK_IMPORTED_MODULE_12__ = __nccwpck_require__(5442);
/* harmony import */ var _parsers_index_js__WEBPACK_IMPORTED_MODULE_13__ = __nccwpck_require__(3643);
// The CLI over the same engine as the action: analyse files, or the migrations changed between two revisions.

















const VERSION = "0.1.0";
const USAGE = `Usage:
  migration-guard analyze [--format text|json|sarif] [--config FILE] [--database postgresql|mysql|sqlite] [--framework ID] PATH...
  migration-guard diff --base REV [--head REV] [--repo DIR] [--format text|json|sarif] [--config FILE]
  migration-guard demo [--format text|json|sarif]

Exit status: 0 nothing destructive, 1 destructive findings, 2 usage or input error.
`;
class UsageError extends Error {
}
const SKIP_DIRS = new Set([".git", "node_modules", "vendor", "__pycache__", "_build", "deps"]);
function walk(path, shown, out) {
    const st = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.statSync)(path);
    if (st.isDirectory()) {
        for (const name of (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readdirSync)(path).sort()) {
            if (SKIP_DIRS.has(name))
                continue;
            walk((0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(path, name), shown === "." ? name : `${shown.replace(/\/$/, "")}/${name}`, out);
        }
    }
    else if (st.isFile()) {
        out.push({ abs: path, shown });
    }
}
function loadConfig(file, database, base) {
    const path = file ?? (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(base, ".github/migration-guard.yml");
    let text = "";
    if ((0,node_fs__WEBPACK_IMPORTED_MODULE_1__.existsSync)(path))
        text = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readFileSync)(path, "utf8");
    else if (file)
        throw new UsageError(`The config file ${file} does not exist.`);
    const config = (0,_core_config_js__WEBPACK_IMPORTED_MODULE_9__/* .parseConfig */ .o4)(text, path, _core_rules_index_js__WEBPACK_IMPORTED_MODULE_12__/* .rules */ .a.map((r) => r.id));
    if (database !== undefined) {
        if (!["postgresql", "mysql", "sqlite"].includes(database)) {
            throw new UsageError(`--database must be postgresql, mysql or sqlite; got ${JSON.stringify(database)}.`);
        }
        config.database = database;
    }
    return config;
}
function render(files, format) {
    if (format === "json")
        return JSON.stringify((0,_core_report_json_js__WEBPACK_IMPORTED_MODULE_14__/* .toJsonReport */ .O)(files), null, 2) + "\n";
    if (format === "sarif")
        return JSON.stringify((0,_core_report_sarif_js__WEBPACK_IMPORTED_MODULE_11__/* .toSarif */ .z)(files, VERSION), null, 2) + "\n";
    return (0,_core_report_text_js__WEBPACK_IMPORTED_MODULE_15__/* .toText */ .f)(files);
}
function formatOf(value) {
    const format = value ?? "text";
    if (format !== "text" && format !== "json" && format !== "sarif") {
        throw new UsageError(`--format must be text, json or sarif; got ${JSON.stringify(format)}.`);
    }
    return format;
}
async function analyzeCommand(args) {
    const { values, positionals } = (0,node_util__WEBPACK_IMPORTED_MODULE_5__.parseArgs)({
        args,
        allowPositionals: true,
        options: {
            format: { type: "string" },
            config: { type: "string" },
            database: { type: "string" },
            framework: { type: "string" },
        },
    });
    if (positionals.length === 0)
        throw new UsageError("analyze needs at least one file or directory.");
    const config = loadConfig(values.config, values.database, process.cwd());
    if (values.framework !== undefined) {
        if (!(0,_core_frameworks_index_js__WEBPACK_IMPORTED_MODULE_10__/* .frameworkById */ .pl)(values.framework)) {
            throw new UsageError(`--framework ${JSON.stringify(values.framework)} is not a known framework.`);
        }
        config.paths = { [values.framework]: ["**"] };
    }
    const files = [];
    for (const p of positionals) {
        if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_1__.existsSync)(p))
            throw new UsageError(`${p} does not exist.`);
        walk((0,node_path__WEBPACK_IMPORTED_MODULE_3__.resolve)(p), p, files);
    }
    // --framework may route any file name to a reader, so then every parser is loaded.
    const parsers = await (0,_parsers_index_js__WEBPACK_IMPORTED_MODULE_13__/* .loadParsers */ .l)(values.framework ? undefined : (0,_parsers_index_js__WEBPACK_IMPORTED_MODULE_13__/* .parsersFor */ .I)(files.map((f) => f.abs)));
    const dirListings = new Map();
    const reports = [];
    for (const file of files) {
        const dir = (0,node_path__WEBPACK_IMPORTED_MODULE_3__.dirname)(file.abs);
        if (!dirListings.has(dir))
            dirListings.set(dir, (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readdirSync)(dir));
        const shownDir = (0,node_path__WEBPACK_IMPORTED_MODULE_3__.dirname)(file.shown);
        const siblings = dirListings.get(dir).map((n) => (shownDir === "." ? n : `${shownDir}/${n}`));
        const report = (0,_core_analyze_js__WEBPACK_IMPORTED_MODULE_8__/* .analyzeFile */ .xy)({ path: file.shown, content: (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readFileSync)(file.abs), siblings }, parsers, config);
        if (report)
            reports.push(report);
        else if (positionals.includes(file.shown)) {
            process.stderr.write(`migration-guard: ${file.shown} is not a migration of any known framework (use --framework).\n`);
        }
    }
    process.stdout.write(render(reports, formatOf(values.format)));
    return reports;
}
async function diffCommand(args) {
    const { values } = (0,node_util__WEBPACK_IMPORTED_MODULE_5__.parseArgs)({
        args,
        options: {
            base: { type: "string" },
            head: { type: "string" },
            repo: { type: "string" },
            format: { type: "string" },
            config: { type: "string" },
            database: { type: "string" },
        },
    });
    if (!values.base)
        throw new UsageError("diff needs --base REV.");
    const repo = (0,node_path__WEBPACK_IMPORTED_MODULE_3__.resolve)(values.repo ?? ".");
    const format = formatOf(values.format);
    const git = (0,_adapters_git_js__WEBPACK_IMPORTED_MODULE_6__/* .createGit */ .l)(repo);
    try {
        for (const rev of [values.base, values.head ?? "HEAD"]) {
            if (!(await git.hasCommit(rev)))
                throw new UsageError(`${rev} is not a commit in ${repo}.`);
        }
        const config = loadConfig(values.config, values.database, repo);
        const reports = await (0,_core_analyze_diff_js__WEBPACK_IMPORTED_MODULE_7__/* .analyzeDiff */ .K)(git, values.base, values.head ?? "HEAD", await (0,_parsers_index_js__WEBPACK_IMPORTED_MODULE_13__/* .loadParsers */ .l)(), config);
        process.stdout.write(render(reports, format));
        return reports;
    }
    finally {
        git.close();
    }
}
/** `npm start`: clone the bundled example repository and review its pull request, base to head. */
async function demoCommand(args) {
    const { values } = (0,node_util__WEBPACK_IMPORTED_MODULE_5__.parseArgs)({ args, options: { format: { type: "string" } } });
    const here = (0,node_path__WEBPACK_IMPORTED_MODULE_3__.dirname)((0,node_url__WEBPACK_IMPORTED_MODULE_4__.fileURLToPath)(import.meta.url));
    const bundlePath = [(0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(here, "../../examples/demo.bundle"), (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(here, "../examples/demo.bundle")].find(node_fs__WEBPACK_IMPORTED_MODULE_1__.existsSync);
    if (!bundlePath)
        throw new UsageError("The example repository (examples/demo.bundle) is not beside this installation.");
    const dir = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.mkdtempSync)((0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)((0,node_os__WEBPACK_IMPORTED_MODULE_2__.tmpdir)(), "mg-demo-"));
    try {
        (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.execFileSync)("git", ["clone", "-q", "--branch", "add-billing", bundlePath, dir], { stdio: "ignore" });
        process.stderr.write(`Reviewing the example pull request "add-billing" (${(0,node_path__WEBPACK_IMPORTED_MODULE_3__.relative)(process.cwd(), bundlePath)}), main...add-billing:\n\n`);
        return await diffCommand([
            "--repo",
            dir,
            "--base",
            "origin/main",
            "--head",
            "HEAD",
            ...(values.format ? ["--format", values.format] : []),
        ]);
    }
    finally {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.rmSync)(dir, { recursive: true, force: true });
    }
}
async function main(argv) {
    const [command, ...rest] = argv;
    try {
        let reports;
        if (command === "analyze")
            reports = await analyzeCommand(rest);
        else if (command === "diff")
            reports = await diffCommand(rest);
        else if (command === "demo")
            reports = await demoCommand(rest);
        else if (command === "--version" || command === "version") {
            process.stdout.write(`${VERSION}\n`);
            return 0;
        }
        else if (command === "--help" || command === "-h" || command === "help") {
            process.stdout.write(USAGE);
            return 0;
        }
        else
            throw new UsageError(command ? `Unknown command ${JSON.stringify(command)}.` : "No command given.");
        return (0,_core_report_counts_js__WEBPACK_IMPORTED_MODULE_16__/* .hasDestructive */ .RU)(reports) ? 1 : 0;
    }
    catch (error) {
        if (error instanceof UsageError ||
            error instanceof _core_config_js__WEBPACK_IMPORTED_MODULE_9__/* .ConfigError */ .xL ||
            error.code?.startsWith("ERR_PARSE_ARGS")) {
            process.stderr.write(`migration-guard: ${error.message}\n\n${USAGE}`);
            return 2;
        }
        process.stderr.write(`migration-guard: ${error.stack ?? String(error)}\n`);
        return 2;
    }
}
process.exitCode = await main(process.argv.slice(2));

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 5342:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   K: () => (/* binding */ analyzeDiff)
/* harmony export */ });
/* harmony import */ var _analyze_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(237);
// The migrations a change adds, edits, renames or deletes, each analysed. Git is passed in, so this stays pure.

/** Extensions any framework reads; other files are not fetched at all (a PR may touch thousands). */
const MIGRATION_EXTENSIONS = /\.(rb|py|sql|php|js|mjs|cjs|ts|mts|cts|exs)$/i;
function dirOf(path) {
    const i = path.lastIndexOf("/");
    return i < 0 ? "" : path.slice(0, i);
}
async function analyzeDiff(git, base, head, parsers, config) {
    const changed = (await git.changedFiles(base, head)).filter((f) => MIGRATION_EXTENSIONS.test(f.path));
    const listings = new Map();
    const siblingsOf = (path) => {
        const dir = dirOf(path);
        if (!listings.has(dir))
            listings.set(dir, git.listDir(head, dir).then((names) => names.map((n) => (dir ? `${dir}/${n}` : n))));
        return listings.get(dir);
    };
    const reports = await Promise.all(changed.map(async (f) => {
        const content = await git.readFile(f.status === "deleted" ? base : head, f.path);
        const siblings = f.path.endsWith(".sql") ? await siblingsOf(f.path) : undefined;
        return (0,_analyze_js__WEBPACK_IMPORTED_MODULE_0__/* .analyzeFile */ .xy)({
            path: f.path,
            content: content ?? new Uint8Array(),
            status: f.status,
            ...(f.previousPath !== undefined ? { previousPath: f.previousPath } : {}),
            ...(siblings ? { siblings } : {}),
        }, parsers, config);
    }));
    return reports.filter((r) => r !== undefined).sort((a, b) => a.path.localeCompare(b.path));
}


/***/ }),

/***/ 237:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  xy: () => (/* binding */ analyzeFile)
});

// UNUSED EXPORTS: MAX_FILE_BYTES, frameworkFor, runRules

// EXTERNAL MODULE: ./src/core/docs.ts
var docs = __nccwpck_require__(3709);
;// CONCATENATED MODULE: ./src/core/glob.ts
// Minimal glob → RegExp for config paths: `**` any depth, `*` within a segment, `?` one char, `{a,b}` alternatives.
const cache = new Map();
function globToRegExp(glob) {
    const cached = cache.get(glob);
    if (cached)
        return cached;
    let out = "";
    let inBraces = 0;
    for (let i = 0; i < glob.length; i++) {
        const c = glob[i];
        if (c === "*") {
            if (glob[i + 1] === "*") {
                // `**/` matches zero or more directories; a trailing `**` matches everything below.
                if (glob[i + 2] === "/") {
                    out += "(?:.*/)?";
                    i += 2;
                }
                else {
                    out += ".*";
                    i += 1;
                }
            }
            else {
                out += "[^/]*";
            }
        }
        else if (c === "?")
            out += "[^/]";
        else if (c === "{") {
            inBraces++;
            out += "(?:";
        }
        else if (c === "}" && inBraces > 0) {
            inBraces--;
            out += ")";
        }
        else if (c === "," && inBraces > 0)
            out += "|";
        else
            out += c.replace(/[.+^$()|[\]\\]/g, "\\$&");
    }
    const re = new RegExp(`^${out}$`);
    cache.set(glob, re);
    return re;
}
function matchesAny(path, globs) {
    return globs.some((g) => globToRegExp(g).test(path));
}

// EXTERNAL MODULE: ./src/core/frameworks/index.ts + 22 modules
var frameworks = __nccwpck_require__(6913);
// EXTERNAL MODULE: ./src/core/rules/index.ts + 23 modules
var rules = __nccwpck_require__(5442);
;// CONCATENATED MODULE: ./src/core/suppress.ts

const DIRECTIVE = /migration-guard:allow\b\s*([A-Za-z0-9_,\s-]*?)\s*(?:--\s*(.*?))?\s*$/;
const UNUSED_ALLOW = "unused-allow";
function parseDirectives(comments) {
    const out = [];
    for (const comment of comments) {
        for (const line of comment.text.split("\n")) {
            const m = DIRECTIVE.exec(line);
            if (!m)
                continue;
            const ruleIds = (m[1] ?? "").split(/[\s,]+/).filter(Boolean);
            out.push({ comment, ruleIds, reason: (m[2] ?? "").trim(), used: false });
        }
    }
    return out;
}
function covers(d, f) {
    // Same line(s) as the comment, or the statement that starts on the line after it.
    return f.line <= d.comment.endLine + 1 && f.endLine >= d.comment.line;
}
function meta(d, message, config) {
    const severity = config.rules[UNUSED_ALLOW] ?? "warning";
    if (severity === "off")
        return undefined;
    return {
        rule: UNUSED_ALLOW,
        category: "needs-review",
        severity,
        line: d.comment.line,
        endLine: d.comment.endLine,
        message,
        safeAlternative: "Remove the comment, or name the rule it is meant for and give a reason after `--`.",
        docsUrl: (0,docs/* docsUrl */.f)(UNUSED_ALLOW),
    };
}
function applyAllowComments(findings, comments, config) {
    const directives = parseDirectives(comments);
    if (directives.length === 0)
        return findings;
    for (const f of findings) {
        const d = directives.find((x) => x.reason && x.ruleIds.includes(f.rule) && covers(x, f));
        if (d) {
            d.used = true;
            f.acknowledged = { reason: d.reason, line: d.comment.line };
        }
    }
    const extra = [];
    for (const d of directives) {
        let problem;
        if (d.ruleIds.length === 0)
            problem = "names no rule; write `migration-guard:allow <rule-id> -- <reason>`";
        else if (!d.reason)
            problem = `for ${d.ruleIds.join(", ")} gives no reason after \`--\`, so it acknowledges nothing`;
        else if (!d.used)
            problem = `for ${d.ruleIds.join(", ")} matches no finding on this line or the next; it suppresses nothing`;
        if (problem) {
            const f = meta(d, `The allow comment ${problem}.`, config);
            if (f)
                extra.push(f);
        }
    }
    return findings.concat(extra);
}

;// CONCATENATED MODULE: ./src/core/analyze.ts





/** Larger files are not parsed: a migration this size is generated data, and a human must look. */
const MAX_FILE_BYTES = 1024 * 1024;
function decode(content) {
    if (typeof content === "string") {
        return content.length > MAX_FILE_BYTES
            ? { problem: `is larger than ${MAX_FILE_BYTES} bytes` }
            : { text: content };
    }
    if (content.byteLength > MAX_FILE_BYTES)
        return { problem: `is ${content.byteLength} bytes, over the ${MAX_FILE_BYTES}-byte limit` };
    if (content.includes(0))
        return { problem: "is binary (contains NUL bytes)" };
    try {
        return { text: new TextDecoder("utf-8", { fatal: true }).decode(content) };
    }
    catch {
        return { problem: "is not valid UTF-8" };
    }
}
/** Which framework reads this path: config globs first, then detection. */
function frameworkFor(path, source, config) {
    if (matchesAny(path, config.exclude))
        return undefined;
    for (const [id, globs] of Object.entries(config.paths)) {
        if (matchesAny(path, globs))
            return (0,frameworks/* frameworkById */.pl)(id);
    }
    return (0,frameworks/* detectFramework */.yl)(path, source);
}
function finding(rule, severity, hit) {
    return {
        rule: rule.id,
        category: rule.category,
        severity,
        line: hit.line,
        endLine: Math.max(hit.endLine, hit.line),
        message: hit.message,
        safeAlternative: hit.safeAlternative ?? rule.safeAlternative,
        docsUrl: (0,docs/* docsUrl */.f)(rule.id),
        ...(hit.table !== undefined ? { table: hit.table } : {}),
        ...(hit.column !== undefined ? { column: hit.column } : {}),
    };
}
function runRules(ctx, config, comments) {
    const findings = [];
    for (const rule of rules/* rules */.a) {
        const setting = config.rules[rule.id] ?? rule.severity;
        if (setting === "off")
            continue;
        for (const hit of rule.check(ctx))
            findings.push(finding(rule, setting, hit));
    }
    const result = applyAllowComments(findings, comments, config);
    return result.sort((a, b) => a.line - b.line || a.rule.localeCompare(b.rule));
}
/**
 * Analyses one file. Returns undefined when the path is not a migration of any known framework
 * (and was not named by config). Never throws for bad content: that becomes a needs-review finding.
 */
function analyzeFile(file, parsers, config) {
    const status = file.status ?? "unchanged";
    const decoded = file.content === undefined ? { text: "" } : decode(file.content);
    const text = "text" in decoded ? decoded.text : "";
    const framework = frameworkFor(file.path, text, config);
    if (!framework)
        return undefined;
    let parsed = { framework: framework.id, operations: [], comments: [], problems: [] };
    if ("problem" in decoded) {
        parsed.problems = [
            { line: 1, endLine: 1, message: `${file.path} ${decoded.problem}; it was not analysed` },
        ];
    }
    else if (status !== "deleted") {
        try {
            parsed = framework.parse({ path: file.path, source: text, database: config.database, siblings: file.siblings }, parsers);
        }
        catch (error) {
            // An adapter bug must not turn into "safe": the file is reported for a human to read.
            parsed.problems = [
                {
                    line: 1,
                    endLine: 1,
                    message: `the ${framework.name} reader failed on this file (${error.message}); it was not analysed`,
                },
            ];
        }
    }
    const ctx = {
        path: file.path,
        framework: framework.id,
        database: config.database,
        operations: parsed.operations,
        problems: parsed.problems,
        status,
        ...(file.previousPath !== undefined ? { previousPath: file.previousPath } : {}),
    };
    return {
        path: file.path,
        framework: framework.id,
        status,
        findings: runRules(ctx, config, parsed.comments),
        ...(file.previousPath !== undefined ? { previousPath: file.previousPath } : {}),
    };
}


/***/ }),

/***/ 1288:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   o4: () => (/* binding */ parseConfig),
/* harmony export */   xL: () => (/* binding */ ConfigError)
/* harmony export */ });
/* unused harmony exports DEFAULT_ENVIRONMENTS, DEFAULT_CONFIG, parseDuration, environmentProfile */
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(7207);
// `.github/migration-guard.yml`: parsed from text and validated here, so every front end gets the same errors.

const DEFAULT_ENVIRONMENTS = {
    staging: { timeout: 300, destructive: "warn", pause: 10 },
    production: { timeout: 600, destructive: "block", pause: 0 },
};
const DEFAULT_CONFIG = {
    database: "postgresql",
    paths: {},
    exclude: [],
    rules: {},
    environments: { ...DEFAULT_ENVIRONMENTS },
};
class ConfigError extends Error {
    source;
    constructor(source, message) {
        super(`${source}: ${message}`);
        this.source = source;
        this.name = "ConfigError";
    }
}
const DATABASES = ["postgresql", "mysql", "sqlite"];
const SETTINGS = ["error", "warning", "notice", "off"];
const FRAMEWORKS = [
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
];
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
function stringList(v, where, source) {
    const list = typeof v === "string" ? [v] : v;
    if (!Array.isArray(list) || !list.every((x) => typeof x === "string" && x.length > 0)) {
        throw new ConfigError(source, `${where} must be a glob or a list of globs, got ${JSON.stringify(v)}`);
    }
    return list;
}
function checkKeys(obj, allowed, where, source) {
    for (const key of Object.keys(obj)) {
        if (!allowed.includes(key)) {
            throw new ConfigError(source, `unknown key "${key}" in ${where}; expected one of: ${allowed.join(", ")}`);
        }
    }
}
/**
 * Parses and validates the config text. `knownRules` lets the caller reject typos in rule ids.
 * An empty text gives the defaults.
 */
function parseConfig(text, source = ".github/migration-guard.yml", knownRules) {
    let raw;
    try {
        raw = (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .parse */ .qg)(text);
    }
    catch (error) {
        throw new ConfigError(source, `is not valid YAML: ${error.message.split("\n")[0]}`);
    }
    if (raw === null || raw === undefined)
        return structuredClone(DEFAULT_CONFIG);
    if (!isRecord(raw))
        throw new ConfigError(source, "must be a mapping of settings (database, paths, exclude, rules, environments)");
    checkKeys(raw, ["database", "paths", "exclude", "rules", "environments"], "the top level", source);
    const config = structuredClone(DEFAULT_CONFIG);
    if (raw.database !== undefined) {
        if (!DATABASES.includes(raw.database)) {
            throw new ConfigError(source, `database must be one of ${DATABASES.join(", ")}, got ${JSON.stringify(raw.database)}`);
        }
        config.database = raw.database;
    }
    if (raw.paths !== undefined) {
        if (!isRecord(raw.paths))
            throw new ConfigError(source, 'paths must map a framework id to globs, e.g. `rails: ["engines/*/db/migrate/*.rb"]`');
        for (const [framework, globs] of Object.entries(raw.paths)) {
            if (!FRAMEWORKS.includes(framework)) {
                throw new ConfigError(source, `paths.${framework}: unknown framework; expected one of ${FRAMEWORKS.join(", ")}`);
            }
            config.paths[framework] = stringList(globs, `paths.${framework}`, source);
        }
    }
    if (raw.exclude !== undefined)
        config.exclude = stringList(raw.exclude, "exclude", source);
    if (raw.rules !== undefined) {
        if (!isRecord(raw.rules))
            throw new ConfigError(source, "rules must map a rule id to error, warning, notice or off");
        for (const [id, setting] of Object.entries(raw.rules)) {
            if (knownRules && !knownRules.includes(id)) {
                throw new ConfigError(source, `rules.${id}: no such rule; see docs/rules/ for the list`);
            }
            const value = setting === false ? "off" : setting;
            if (!SETTINGS.includes(value)) {
                throw new ConfigError(source, `rules.${id} must be one of ${SETTINGS.join(", ")}, got ${JSON.stringify(setting)}`);
            }
            config.rules[id] = value;
        }
    }
    if (raw.environments !== undefined) {
        if (!isRecord(raw.environments))
            throw new ConfigError(source, "environments must map an environment name to its profile");
        for (const [name, profile] of Object.entries(raw.environments)) {
            if (!isRecord(profile))
                throw new ConfigError(source, `environments.${name} must be a mapping (timeout, destructive, pause)`);
            checkKeys(profile, ["timeout", "destructive", "pause"], `environments.${name}`, source);
            const base = environmentProfile(config, name);
            const timeout = profile.timeout === undefined ? base.timeout : parseDuration(profile.timeout);
            if (timeout === undefined) {
                throw new ConfigError(source, `environments.${name}.timeout must be a duration like 300, "90s", "5m" or "1h", got ${JSON.stringify(profile.timeout)}`);
            }
            const pause = profile.pause === undefined ? base.pause : profile.pause === 0 ? 0 : parseDuration(profile.pause);
            if (pause === undefined)
                throw new ConfigError(source, `environments.${name}.pause must be a duration, got ${JSON.stringify(profile.pause)}`);
            const destructive = profile.destructive ?? base.destructive;
            if (destructive !== "block" && destructive !== "warn") {
                throw new ConfigError(source, `environments.${name}.destructive must be block or warn, got ${JSON.stringify(profile.destructive)}`);
            }
            config.environments[name] = { timeout, pause, destructive };
        }
    }
    return config;
}
/** The profile for an environment name; any unknown name behaves like production. */
function environmentProfile(config, name) {
    return config.environments[name] ?? config.environments.production ?? DEFAULT_ENVIRONMENTS.production;
}


/***/ }),

/***/ 3709:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   f: () => (/* binding */ docsUrl)
/* harmony export */ });
/* unused harmony export DOCS_BASE */
/** Where each rule's page lives; stable so annotations and SARIF can link to it. */
const DOCS_BASE = "https://github.com/migration-guard/migration-guard/blob/main/docs/rules";
function docsUrl(ruleId) {
    return `${DOCS_BASE}/${ruleId}.md`;
}


/***/ }),

/***/ 6913:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  yl: () => (/* binding */ detectFramework),
  pl: () => (/* binding */ frameworkById)
});

// UNUSED EXPORTS: frameworks

;// CONCATENATED MODULE: ./src/core/frameworks/prisma.ts
// STUB: to be implemented.
const prisma = {
    id: "prisma",
    name: "Prisma",
    matches: () => false,
    parse: () => ({ framework: "prisma", operations: [], comments: [], problems: [] }),
};

;// CONCATENATED MODULE: ./src/core/frameworks/golang-migrate.ts
// STUB: to be implemented.
const golangMigrate = {
    id: "golang-migrate",
    name: "golang-migrate",
    matches: () => false,
    parse: () => ({ framework: "golang-migrate", operations: [], comments: [], problems: [] }),
};

;// CONCATENATED MODULE: ./src/core/frameworks/flyway.ts
// STUB: to be implemented.
const flyway = {
    id: "flyway",
    name: "Flyway",
    matches: () => false,
    parse: () => ({ framework: "flyway", operations: [], comments: [], problems: [] }),
};

;// CONCATENATED MODULE: ./src/core/frameworks/goose.ts
// STUB: to be implemented.
const goose = {
    id: "goose",
    name: "goose",
    matches: () => false,
    parse: () => ({ framework: "goose", operations: [], comments: [], problems: [] }),
};

;// CONCATENATED MODULE: ./src/core/frameworks/dbmate.ts
// STUB: to be implemented.
const dbmate = {
    id: "dbmate",
    name: "dbmate",
    matches: () => false,
    parse: () => ({ framework: "dbmate", operations: [], comments: [], problems: [] }),
};

// EXTERNAL MODULE: ../../work/main/node_modules/@ruby/prism/src/nodes.js + 1 modules
var src_nodes = __nccwpck_require__(3777);
;// CONCATENATED MODULE: ./src/core/frameworks/sql/index.ts
// STUB: to be implemented.
function sqlToOperations(input, _parsers) {
    return {
        operations: [
            { kind: "unknown", reason: "SQL analysis is not implemented", line: input.line, endLine: input.line },
        ],
        comments: [],
        problems: [],
    };
}

;// CONCATENATED MODULE: ./src/core/frameworks/ruby/column-types.ts
// Rails abstract column types and what a change between two of them does to the data already stored.
// `widening` means the database only updates its catalog (varchar(n) → longer or text, numeric(p,s) → numeric(p+k,s)),
// `lossy` that some stored values cannot survive. Only the new type is written in `change_column`; the old one comes from the same file (a column added
// earlier, or the `down`/`dir.down` that restores it) and is otherwise unknown, which flags nothing.
const ALIASES = {
    int: "integer",
    int4: "integer",
    int8: "bigint",
    int2: "smallint",
    varchar: "string",
    "character varying": "string",
    char: "string",
    citext: "text",
    numeric: "decimal",
    real: "float",
    double: "float",
    "double precision": "float",
    timestamp: "datetime",
    timestamptz: "datetime",
    bool: "boolean",
};
function normalize(t) {
    const type = ALIASES[t.type.toLowerCase()] ?? t.type.toLowerCase();
    switch (type) {
        case "smallint":
            return { family: "integer", size: 1 };
        case "integer": {
            // Rails maps `limit:` on integers to bytes: 1-2 smallint, 3-4 integer, 5-8 bigint.
            const size = t.limit === undefined ? 2 : t.limit <= 2 ? 1 : t.limit <= 4 ? 2 : 3;
            return { family: "integer", size };
        }
        case "bigint":
            return { family: "integer", size: 3 };
        case "float":
            return { family: "float" };
        case "decimal":
            return { family: "decimal", precision: t.precision, scale: t.scale };
        case "string":
            return { family: "string", size: t.limit };
        case "text":
            return { family: "text" };
        case "datetime":
        case "date":
        case "time":
        case "boolean":
            return { family: type };
        default:
            return { family: "other" };
    }
}
const NUMERIC = ["integer", "float", "decimal"];
const NOT_TEXT = [...NUMERIC, "datetime", "date", "time", "boolean", "other"];
/** What changing a column from `from` to `to` means for existing values; `{}` when it cannot be told. */
function classifyTypeChange(from, to) {
    if (!from)
        return {};
    const a = normalize(from);
    const b = normalize(to);
    if (a.family === "integer" && b.family === "integer") {
        // Growing an integer keeps every value but is not `widening`: PostgreSQL and MySQL rewrite the whole table
        // for it, and `widening` tells the rules the change is metadata only.
        return b.size < a.size ? { lossy: true } : {};
    }
    if (a.family === "string" && b.family === "string") {
        if (a.size === b.size)
            return {};
        if (b.size === undefined || (a.size !== undefined && b.size > a.size))
            return { widening: true };
        return { lossy: true };
    }
    if (a.family === "string" && b.family === "text")
        return { widening: true };
    if (a.family === "text" && b.family === "string")
        return { lossy: true };
    if (a.family === "decimal" && b.family === "decimal") {
        const sameScale = (a.scale ?? 0) === (b.scale ?? 0);
        if (a.precision === undefined || b.precision === undefined) {
            // An unconstrained numeric holds every value a constrained one does.
            if (b.precision === undefined && a.precision !== undefined)
                return { widening: true };
            if (a.precision === undefined && b.precision !== undefined)
                return { lossy: true };
            return {};
        }
        if (sameScale && b.precision > a.precision)
            return { widening: true };
        if (b.precision < a.precision || (b.scale ?? 0) < (a.scale ?? 0))
            return { lossy: true };
        return {};
    }
    if ((a.family === "float" || a.family === "decimal") && b.family === "integer")
        return { lossy: true };
    if ((a.family === "string" || a.family === "text") && NOT_TEXT.includes(b.family))
        return { lossy: true };
    if (a.family === "datetime" && (b.family === "date" || b.family === "time"))
        return { lossy: true };
    if (NUMERIC.includes(a.family) && b.family === "boolean")
        return { lossy: true };
    return {};
}
/** "string(100)", "decimal(10,2)", "bigint": the type as a message can show it. */
function describeType(t) {
    if (t.precision !== undefined)
        return `${t.type}(${t.precision}${t.scale !== undefined ? `,${t.scale}` : ""})`;
    if (t.limit !== undefined)
        return `${t.type}(${t.limit})`;
    return t.type;
}

;// CONCATENATED MODULE: ./src/core/frameworks/ruby/defaults.ts
// Which SQL default expressions are evaluated once per row. PostgreSQL (11+) stores a non-volatile default in the
// catalog and skips the rewrite; a volatile one rewrites the table. now()/CURRENT_TIMESTAMP are STABLE, so not here.
const VOLATILE_SQL = /\b(?:random|gen_random_uuid|gen_random_bytes|uuid_generate_v1(?:mc)?|uuid_generate_v4|clock_timestamp|timeofday|nextval|setval|uuid|uuid_short|rand|newid|randomblob)\s*\(/i;
function isVolatileSql(expression) {
    return VOLATILE_SQL.test(expression);
}

;// CONCATENATED MODULE: ./src/core/frameworks/ruby/inflect.ts
// The slice of ActiveSupport's inflector a migration needs: model class → table name, table → reference column.
// Rules are tried in order; the first that matches wins (Rails keeps them newest-first, we keep them most-specific-first).
const UNCOUNTABLE = new Set([
    "equipment",
    "information",
    "rice",
    "money",
    "species",
    "series",
    "fish",
    "sheep",
    "jeans",
    "police",
]);
const IRREGULAR = {
    person: "people",
    man: "men",
    woman: "women",
    child: "children",
    sex: "sexes",
    move: "moves",
    zombie: "zombies",
};
const IRREGULAR_PLURAL = Object.fromEntries(Object.entries(IRREGULAR).map(([s, p]) => [p, s]));
const PLURAL = [
    [/(quiz)$/i, "$1zes"],
    [/^(ox)$/i, "$1en"],
    [/^(m|l)ouse$/i, "$1ice"],
    [/(matr|vert|ind)(?:ix|ex)$/i, "$1ices"],
    [/(x|ch|ss|sh)$/i, "$1es"],
    [/([^aeiouy]|qu)y$/i, "$1ies"],
    [/(hive)$/i, "$1s"],
    [/(?:([^f])fe|([lr])f)$/i, "$1$2ves"],
    [/sis$/i, "ses"],
    [/([ti])um$/i, "$1a"],
    [/(buffal|tomat)o$/i, "$1oes"],
    [/(bu)s$/i, "$1ses"],
    [/(alias|status)$/i, "$1es"],
    [/(octop|vir)us$/i, "$1i"],
    [/^(ax|test)is$/i, "$1es"],
    [/s$/i, "s"],
    [/$/, "s"],
];
const SINGULAR = [
    [/(database)s$/i, "$1"],
    [/(quiz)zes$/i, "$1"],
    [/(matr)ices$/i, "$1ix"],
    [/(vert|ind)ices$/i, "$1ex"],
    [/^(ox)en/i, "$1"],
    [/(alias|status)(es)?$/i, "$1"],
    [/(octop|vir)(us|i)$/i, "$1us"],
    [/^(a)x[ie]s$/i, "$1xis"],
    [/(cris|test)(is|es)$/i, "$1is"],
    [/(shoe)s$/i, "$1"],
    [/(o)es$/i, "$1"],
    [/(bus)(es)?$/i, "$1"],
    [/^(m|l)ice$/i, "$1ouse"],
    [/(x|ch|ss|sh)es$/i, "$1"],
    [/(m)ovies$/i, "$1ovie"],
    [/(s)eries$/i, "$1eries"],
    [/([^aeiouy]|qu)ies$/i, "$1y"],
    [/([lr])ves$/i, "$1f"],
    [/(tive)s$/i, "$1"],
    [/(hive)s$/i, "$1"],
    [/([^f])ves$/i, "$1fe"],
    [/(^analy)(sis|ses)$/i, "$1sis"],
    [/((a)naly|(b)a|(d)iagno|(p)arenthe|(p)rogno|(s)ynop|(t)he)(sis|ses)$/i, "$1sis"],
    [/([ti])a$/i, "$1um"],
    [/(n)ews$/i, "$1ews"],
    [/(ss)$/i, "$1"],
    [/s$/i, ""],
];
function inflectLastWord(word, irregular, rules) {
    const m = /^(.*_)?([^_]*)$/.exec(word);
    const head = m?.[1] ?? "";
    const last = m?.[2] ?? word;
    const lower = last.toLowerCase();
    if (UNCOUNTABLE.has(lower))
        return word;
    const irregularForm = irregular[lower];
    if (irregularForm !== undefined)
        return head + irregularForm;
    for (const [pattern, replacement] of rules) {
        if (pattern.test(last))
            return head + last.replace(pattern, replacement);
    }
    return word;
}
function pluralize(word) {
    return inflectLastWord(word, IRREGULAR, PLURAL);
}
function singularize(word) {
    return inflectLastWord(word, IRREGULAR_PLURAL, SINGULAR);
}
/** "UserProfile" → "user_profile", "HTMLPage" → "html_page". */
function underscore(name) {
    return name
        .replace(/([A-Z\d]+)([A-Z][a-z])/g, "$1_$2")
        .replace(/([a-z\d])([A-Z])/g, "$1_$2")
        .toLowerCase();
}
/** Table of an ActiveRecord model by Rails' defaults: the last segment of the class path, underscored and pluralised. */
function tableize(className) {
    const last = className.split("::").pop() ?? className;
    return pluralize(underscore(last));
}

;// CONCATENATED MODULE: ./src/core/frameworks/ruby/nodes.ts
// Small readers over prism nodes: literal values, call arguments, block parameters.

function hashEntries(node) {
    if (!(node instanceof src_nodes/* KeywordHashNode */.w3 || node instanceof src_nodes/* HashNode */.te))
        return undefined;
    const out = new Map();
    for (const element of node.elements) {
        if (!(element instanceof src_nodes/* AssocNode */.Kc))
            continue;
        const key = symbolOrString(element.key);
        if (key !== undefined)
            out.set(key, element.value);
    }
    return out;
}
function callArgs(call) {
    const nodes = call.arguments_?.arguments_ ?? [];
    const positional = [];
    let options = new Map();
    let dynamic = false;
    nodes.forEach((node, i) => {
        const isLast = i === nodes.length - 1;
        if (isLast && (node instanceof src_nodes/* KeywordHashNode */.w3 || (node instanceof src_nodes/* HashNode */.te && positional.length > 0))) {
            options = hashEntries(node) ?? options;
            if (node.elements.some((e) => !(e instanceof src_nodes/* AssocNode */.Kc)))
                dynamic = true;
            return;
        }
        if (node instanceof src_nodes/* SplatNode */.bO)
            dynamic = true;
        positional.push(node);
    });
    return { positional, options, dynamic };
}
function symbolOrString(node) {
    if (node instanceof src_nodes/* SymbolNode */.Lz || node instanceof src_nodes/* StringNode */.k7)
        return node.unescaped.value;
    return undefined;
}
function booleanValue(node) {
    if (node instanceof src_nodes/* TrueNode */.ZU)
        return true;
    if (node instanceof src_nodes/* FalseNode */.Ku)
        return false;
    return undefined;
}
function numberValue(node) {
    if (node instanceof src_nodes/* IntegerNode */.DV || node instanceof src_nodes/* FloatNode */.VK)
        return Number(node.value);
    return undefined;
}
function isNil(node) {
    return node instanceof src_nodes/* NilNode */.Kw;
}
/** `Foo`, `Foo::Bar`, `::Foo` → "Foo", "Foo::Bar"; anything else undefined. */
function constantName(node) {
    if (node instanceof src_nodes/* ConstantReadNode */.Nq)
        return node.name;
    if (node instanceof src_nodes/* ConstantPathNode */.M4) {
        if (node.name === null)
            return undefined;
        if (node.parent === null)
            return node.name;
        const parent = constantName(node.parent);
        return parent === undefined ? undefined : `${parent}::${node.name}`;
    }
    return undefined;
}
const WHITESPACE_ONLY_CALLS = new Set([
    "squish",
    "strip",
    "strip_heredoc",
    "freeze",
    "dup",
    "chomp",
    "-@",
    "+@",
]);
function stringLiteral(node) {
    if (node instanceof src_nodes/* StringNode */.k7)
        return { value: node.unescaped.value, contentOffset: node.contentLoc.startOffset };
    if (node instanceof src_nodes/* InterpolatedStringNode */.h8) {
        // Adjacent literals and squiggly heredocs arrive as parts; any interpolation makes the text dynamic.
        let value = "";
        let contentOffset;
        for (const part of node.parts) {
            const literal = stringLiteral(part);
            if (!literal)
                return undefined;
            contentOffset ??= literal.contentOffset;
            value += literal.value;
        }
        return contentOffset === undefined ? undefined : { value, contentOffset };
    }
    if (node instanceof src_nodes/* ParenthesesNode */.RB && node.body instanceof src_nodes/* StatementsNode */.Z$ && node.body.body.length === 1) {
        return stringLiteral(node.body.body[0]);
    }
    // `<<~SQL.squish` only changes whitespace: the statements and their kinds are the same.
    if (node instanceof src_nodes/* CallNode */.Fo && WHITESPACE_ONLY_CALLS.has(node.name) && !node.arguments_) {
        return stringLiteral(node.receiver);
    }
    return undefined;
}
function arrayElements(node) {
    return node instanceof src_nodes/* ArrayNode */._7 ? node.elements : undefined;
}
/** Names of a block's plain positional parameters (`|t|`, `|table, column|`). */
function blockParameterNames(block) {
    const params = block.parameters;
    if (!(params instanceof src_nodes/* BlockParametersNode */.YC) || !params.parameters)
        return [];
    return params.parameters.requireds.map((p) => (p instanceof src_nodes/* RequiredParameterNode */.xX ? p.name : ""));
}

;// CONCATENATED MODULE: ./src/core/frameworks/ruby/source.ts
const encoder = new TextEncoder();
const decoder = new TextDecoder();
class RubySource {
    bytes;
    /** Byte offset where each line starts; index 0 is line 1. */
    lineStarts;
    constructor(text) {
        this.bytes = encoder.encode(text);
        this.lineStarts = [0];
        const bytes = this.bytes;
        for (let i = 0; i < bytes.length; i++)
            if (bytes[i] === 0x0a)
                this.lineStarts.push(i + 1);
    }
    /** 1-based line of a byte offset. */
    line(offset) {
        const starts = this.lineStarts;
        let lo = 0;
        let hi = starts.length - 1;
        while (lo < hi) {
            const mid = (lo + hi + 1) >> 1;
            if (starts[mid] <= offset)
                lo = mid;
            else
                hi = mid - 1;
        }
        return lo + 1;
    }
    span(location) {
        const line = this.line(location.startOffset);
        // The last byte of the node, not the one after it, so a call ending in a newline stays on its line.
        const endLine = this.line(location.startOffset + Math.max(location.length - 1, 0));
        return { line, endLine: Math.max(line, endLine) };
    }
    text(location) {
        return decoder.decode(this.bytes.subarray(location.startOffset, location.startOffset + location.length));
    }
}

;// CONCATENATED MODULE: ./src/core/frameworks/ruby/migration-reader.ts
// Reads one Rails migration file (prism AST) into forward Operations.
// Only code that runs on `db:migrate` counts: `change`, else `up`, `reversible`'s `dir.up`, `up_only`, and the
// helper methods they call. `down` and `dir.down` are read only to learn old column types and irreversibility.







const SQL_METHODS = new Set(["execute", "exec_query", "exec_update", "exec_delete", "exec_insert"]);
const READ_ONLY_SQL = new Set(["select_all", "select_one", "select_value", "select_values", "select_rows"]);
const RELATION_PASSTHROUGH = new Set([
    "all",
    "unscoped",
    "in_batches",
    "order",
    "reorder",
    "readonly",
    "select",
    "includes",
    "preload",
    "eager_load",
    "references",
    "lock",
    "distinct",
    "unscope",
    "find_each",
    "each",
]);
/** Relation methods that narrow the rows; with the pass-through ones, the only ones a strict read accepts. */
const RELATION_FILTERS = new Set([
    "where",
    "rewhere",
    "not",
    "or",
    "limit",
    "offset",
    "joins",
    "left_joins",
    "left_outer_joins",
    "merge",
    "group",
    "having",
]);
/** Constants that are not models, for calls whose names are not ActiveRecord's alone (`each`, `delete`, `update`). */
const NOT_MODELS = new Set([
    "Rails",
    "ActiveRecord",
    "ActiveSupport",
    "File",
    "Dir",
    "IO",
    "Time",
    "Date",
    "DateTime",
    "Hash",
    "Array",
    "Set",
    "Struct",
    "Kernel",
    "Process",
    "Thread",
    "JSON",
    "YAML",
    "CSV",
    "URI",
    "Logger",
    "SecureRandom",
    "Class",
    "Module",
    "Object",
    "Integer",
    "String",
    "Float",
    "Redis",
    "Sidekiq",
]);
const SINGLE_RECORD = new Set([
    "find",
    "find_by",
    "find_by!",
    "first",
    "first!",
    "last",
    "last!",
    "take",
    "take!",
]);
const RECORD_DELETES = new Set(["destroy", "destroy!", "delete"]);
const RECORD_UPDATES = new Set([
    "update",
    "update!",
    "update_attributes",
    "update_attributes!",
    "update_column",
    "update_columns",
    "update_attribute",
    "save",
    "save!",
    "touch",
    "increment!",
    "decrement!",
    "toggle!",
]);
const ITERATORS = new Set(["find_each", "each", "find_in_batches", "in_batches"]);
/** Methods on `t` in a create_table/change_table block that are not column types. */
const TABLE_BLOCK_NON_COLUMNS = new Set([
    "index",
    "foreign_key",
    "check_constraint",
    "remove_check_constraint",
    "remove_foreign_key",
    "timestamps",
    "references",
    "belongs_to",
    "column",
    "remove",
    "remove_references",
    "remove_belongs_to",
    "remove_timestamps",
    "remove_index",
    "rename",
    "rename_index",
    "change",
    "change_default",
    "change_null",
    "comment",
    "index_exists?",
    "column_exists?",
    "check_constraint_exists?",
    "exclusion_constraint",
    "unique_constraint",
]);
/** change_table's `t.x` → the schema statement it stands for. */
const CHANGE_TABLE_ALIASES = {
    column: "add_column",
    remove: "remove_columns",
    rename: "rename_column",
    change: "change_column",
    change_default: "change_column_default",
    change_null: "change_column_null",
    index: "add_index",
    remove_index: "remove_index",
    references: "add_reference",
    belongs_to: "add_reference",
    remove_references: "remove_reference",
    remove_belongs_to: "remove_reference",
    timestamps: "add_timestamps",
    remove_timestamps: "remove_timestamps",
    foreign_key: "add_foreign_key",
    remove_foreign_key: "remove_foreign_key",
    check_constraint: "add_check_constraint",
    remove_check_constraint: "remove_check_constraint",
};
/** Schema statements with nothing for a rule to see (metadata, extensions, read-only checks). */
const HARMLESS_CALLS = new Set([
    "rename_index",
    "change_column_comment",
    "change_table_comment",
    "enable_extension",
    "say",
    "say_with_time",
    "reset_column_information",
    "disable_ddl_transaction!",
    "table_exists?",
    "column_exists?",
    "index_exists?",
    "foreign_key_exists?",
    "index_name_exists?",
]);
function isMigrationSuperclass(node) {
    const target = node instanceof src_nodes/* CallNode */.Fo && node.name === "[]" ? node.receiver : node;
    const name = constantName(target);
    return name !== undefined && /Migration$/.test(name);
}
function statementsOf(node) {
    if (node instanceof src_nodes/* StatementsNode */.Z$)
        return node.body;
    return node ? [node] : [];
}
function truncate(text) {
    return text.length > 200 ? `${text.slice(0, 197)}...` : text;
}
class MigrationReader {
    source;
    database;
    parsers;
    src;
    operations = [];
    result;
    /** Model constant (last segment) → table, from classes defined in this file. */
    models = new Map();
    /** File- and class-level constants holding literals (`TABLES = %i[a b]`). */
    constants = new Map();
    methods = new Map();
    /** `table.column` → type, from columns this file adds or the `down` that restores them. */
    knownTypes = new Map();
    irreversible;
    constructor(source, database, parsers) {
        this.source = source;
        this.database = database;
        this.parsers = parsers;
        this.src = new RubySource(source);
        this.result = { framework: "rails", operations: this.operations, comments: [], problems: [] };
    }
    read() {
        const parsed = this.parsers.ruby(this.source);
        for (const comment of parsed.comments) {
            const raw = this.src.text(comment.location);
            const text = raw.startsWith("=begin")
                ? raw
                    .replace(/^=begin[^\n]*\n?/, "")
                    .replace(/^=end[^\n]*\n?$/m, "")
                    .replace(/\n$/, "")
                : raw.replace(/^#/, "");
            this.result.comments.push({ ...this.src.span(comment.location), text });
        }
        // prism reports one mistake from several angles: one problem per line, its messages joined.
        const byLine = new Map();
        for (const error of parsed.errors) {
            const span = this.src.span(error.location);
            const entry = byLine.get(span.line) ?? { span, messages: [] };
            if (!entry.messages.includes(error.message))
                entry.messages.push(error.message);
            byLine.set(span.line, entry);
        }
        for (const { span, messages } of byLine.values()) {
            this.result.problems.push({
                ...span,
                message: `Ruby syntax error: ${messages.join("; ")}. The migration could not be read reliably.`,
            });
        }
        this.result.problems.sort((a, b) => a.line - b.line);
        const classes = [];
        this.collect(parsed.value, classes);
        for (const cls of classes)
            this.readClass(cls);
        this.result.operations = this.operations;
        return this.result;
    }
    // ---------------------------------------------------------------- file structure
    /** One pass over the file for migration classes, model classes and literal constants. */
    collect(node, classes) {
        if (node instanceof src_nodes/* ClassNode */.Le) {
            const name = constantName(node.constantPath)?.split("::").pop();
            const ownMethods = this.classMethods(node);
            const isMigration = isMigrationSuperclass(node.superclass) ||
                ["change", "up", "down"].some((m) => ownMethods.has(m) && !this.isModelSuperclass(node.superclass));
            if (isMigration)
                classes.push(node);
            else if (name !== undefined)
                this.models.set(name, this.tableNameIn(node.body) ?? tableize(name));
        }
        else if (node instanceof src_nodes/* ConstantWriteNode */.Ml) {
            const model = this.anonymousModelTable(node.value);
            if (model !== undefined)
                this.models.set(node.name, model);
            const literal = this.literalBinding(node.value, new Map());
            if (literal)
                this.constants.set(node.name, literal);
        }
        for (const child of node.compactChildNodes())
            this.collect(child, classes);
    }
    isModelSuperclass(node) {
        const name = constantName(node);
        return name !== undefined && /(?:ActiveRecord::Base|Record)$/.test(name);
    }
    /** `self.table_name = "users"` in a class body. */
    tableNameIn(body) {
        for (const statement of statementsOf(body)) {
            if (statement instanceof src_nodes/* CallNode */.Fo &&
                statement.name === "table_name=" &&
                statement.receiver instanceof src_nodes/* SelfNode */.pb) {
                return symbolOrString(callArgs(statement).positional[0]);
            }
        }
        return undefined;
    }
    /** `Class.new(ActiveRecord::Base) { self.table_name = "users" }` → "users". */
    anonymousModelTable(node) {
        if (!(node instanceof src_nodes/* CallNode */.Fo) || node.name !== "new" || constantName(node.receiver) !== "Class")
            return undefined;
        if (!this.isModelSuperclass(callArgs(node).positional[0] ?? null))
            return undefined;
        return node.block instanceof src_nodes/* BlockNode */.ub ? this.tableNameIn(node.block.body) : undefined;
    }
    classMethods(cls) {
        const methods = new Map();
        for (const statement of statementsOf(cls.body)) {
            if (statement instanceof src_nodes/* DefNode */.o3)
                methods.set(statement.name, statement);
            // `private def helper ... end`
            if (statement instanceof src_nodes/* CallNode */.Fo && !statement.receiver) {
                for (const arg of callArgs(statement).positional)
                    if (arg instanceof src_nodes/* DefNode */.o3)
                        methods.set(arg.name, arg);
            }
            if (statement instanceof src_nodes/* SingletonClassNode */.er) {
                for (const inner of statementsOf(statement.body))
                    if (inner instanceof src_nodes/* DefNode */.o3)
                        methods.set(inner.name, inner);
            }
        }
        return methods;
    }
    readClass(cls) {
        this.methods = this.classMethods(cls);
        this.knownTypes = new Map();
        this.irreversible = undefined;
        const change = this.methods.get("change");
        const up = this.methods.get("up");
        const down = this.methods.get("down");
        const forward = change ?? up;
        if (!forward)
            return;
        if (change)
            this.learnOldTypesFromDownBlocks(change.body);
        else if (down)
            this.learnOldTypes(down.body, undefined);
        this.walk(forward.body, { invertible: forward === change, env: new Map(), following: [forward.name] });
        if (!change && up) {
            if (!down) {
                this.markIrreversible(this.src.span(up.nameLoc), "the migration defines up without down");
            }
            else {
                this.findIrreversibleRaise(down.body, [down.name]);
            }
        }
        // The walk above may have set it; TypeScript still narrows the field from the reset.
        const mark = this.irreversible;
        if (mark) {
            const { reason, ...span } = mark;
            this.operations.push({ kind: "irreversible", reason, ...span });
        }
    }
    // ---------------------------------------------------------------- the walk
    walk(node, ctx) {
        if (!node)
            return;
        if (node instanceof src_nodes/* CallNode */.Fo)
            return this.visitCall(node, ctx);
        // Defining a method or a class runs nothing; model classes were collected up front.
        if (node instanceof src_nodes/* DefNode */.o3 || node instanceof src_nodes/* ClassNode */.Le || node instanceof src_nodes/* ModuleNode */.Fi)
            return;
        if (node instanceof src_nodes/* LocalVariableWriteNode */.xf) {
            const binding = this.valueBinding(node.value, ctx);
            if (binding)
                ctx.env.set(node.name, binding);
            else
                ctx.env.delete(node.name);
            if (binding?.kind !== "relation")
                this.walk(node.value, ctx);
            return;
        }
        for (const child of node.compactChildNodes())
            this.walk(child, ctx);
    }
    walkBlock(block, ctx) {
        if (block instanceof src_nodes/* BlockNode */.ub)
            this.walk(block.body, ctx);
    }
    visitCall(call, ctx) {
        const name = call.name;
        const receiver = call.receiver;
        const onSelf = receiver === null || receiver instanceof src_nodes/* SelfNode */.pb;
        const onConnection = (receiver instanceof src_nodes/* CallNode */.Fo && receiver.name === "connection") ||
            (receiver instanceof src_nodes/* LocalVariableReadNode */.cr && ctx.env.get(receiver.name)?.kind === "connection");
        if (name === "raise" && receiver === null) {
            if (this.raisesIrreversible(call)) {
                this.markIrreversible(this.src.span(call.location), "the migration raises ActiveRecord::IrreversibleMigration");
            }
            return this.walkChildren(call, ctx);
        }
        // Calls on a block parameter: `dir.up`, `t.remove`, `record.destroy`, `batch.update_all`.
        if (receiver instanceof src_nodes/* LocalVariableReadNode */.cr) {
            const binding = ctx.env.get(receiver.name);
            if (binding?.kind === "direction")
                return this.visitDirection(call, ctx);
            if (binding?.kind === "table")
                return this.visitTableBlockCall(call, binding, ctx);
            if (binding?.kind === "record" && this.visitRecordCall(call, binding.rel, ctx))
                return;
        }
        if (onSelf && !call.isAttributeWrite()) {
            const helper = this.methods.get(name);
            if (helper && !ctx.following.includes(name) && !["change", "up", "down"].includes(name)) {
                return this.followHelper(call, helper, ctx);
            }
            if (name === "reversible" && call.block instanceof src_nodes/* BlockNode */.ub) {
                const [dir] = blockParameterNames(call.block);
                const env = new Map(ctx.env);
                if (dir)
                    env.set(dir, { kind: "direction" });
                return this.walkBlock(call.block, { ...ctx, env });
            }
            if (name === "up_only")
                return this.walkBlock(call.block, { ...ctx, invertible: false });
            if (name === "revert")
                return this.visitRevert(call, ctx);
        }
        if ((onSelf || onConnection) && SQL_METHODS.has(name))
            return this.visitSql(call, ctx);
        if ((onSelf || onConnection) && READ_ONLY_SQL.has(name))
            return;
        if (onSelf || onConnection) {
            if (HARMLESS_CALLS.has(name))
                return this.walkBlock(call.block, ctx);
            if (this.visitSchemaCall(call, ctx))
                return;
        }
        if (this.visitLiteralIteration(call, ctx))
            return;
        if (receiver && this.visitDataCall(call, ctx))
            return;
        this.walkChildren(call, ctx);
    }
    walkChildren(call, ctx) {
        for (const child of call.compactChildNodes())
            this.walk(child, ctx);
    }
    followHelper(call, helper, ctx) {
        const env = new Map();
        const params = helper.parameters;
        if (params) {
            const args = callArgs(call);
            const names = [...params.requireds, ...params.optionals];
            names.forEach((param, i) => {
                const name = param instanceof src_nodes/* RequiredParameterNode */.xX || param instanceof src_nodes/* OptionalParameterNode */.A9
                    ? param.name
                    : undefined;
                if (name === undefined)
                    return;
                const value = args.positional[i] ?? (param instanceof src_nodes/* OptionalParameterNode */.A9 ? param.value : undefined);
                const binding = value ? this.valueBinding(value, ctx) : undefined;
                if (binding)
                    env.set(name, binding);
            });
        }
        // Arguments are evaluated in the caller before the helper runs.
        for (const arg of call.arguments_?.arguments_ ?? [])
            this.walk(arg, ctx);
        this.walk(helper.body, { ...ctx, env, following: [...ctx.following, helper.name] });
    }
    /** `%i[users posts].each do |table| ... end`: the body runs once per literal element. */
    visitLiteralIteration(call, ctx) {
        if (call.name !== "each" || !(call.block instanceof src_nodes/* BlockNode */.ub))
            return false;
        const params = blockParameterNames(call.block);
        const receiverBinding = call.receiver ? this.literalBinding(call.receiver, ctx.env) : undefined;
        if (receiverBinding?.kind === "list" && params.length >= 1) {
            for (const value of receiverBinding.values) {
                const env = new Map(ctx.env);
                env.set(params[0], { kind: "literal", value });
                this.walkBlock(call.block, { ...ctx, env });
            }
            return true;
        }
        const pairs = hashEntries(call.receiver);
        if (call.receiver instanceof src_nodes/* HashNode */.te && pairs && params.length === 2) {
            for (const [key, valueNode] of pairs) {
                const env = new Map(ctx.env);
                env.set(params[0], { kind: "literal", value: key });
                const value = this.literalBinding(valueNode, ctx.env);
                if (value)
                    env.set(params[1], value);
                this.walkBlock(call.block, { ...ctx, env });
            }
            return true;
        }
        return false;
    }
    visitDirection(call, ctx) {
        if (call.name === "up")
            return this.walkBlock(call.block, { ...ctx, invertible: false });
        if (call.name === "down" && call.block instanceof src_nodes/* BlockNode */.ub) {
            this.findIrreversibleRaise(call.block.body, ctx.following);
        }
    }
    visitRevert(call, ctx) {
        if (!(call.block instanceof src_nodes/* BlockNode */.ub)) {
            this.unknown(call, "revert of another migration class cannot be read from this file");
            return;
        }
        const outer = this.operations;
        this.operations = [];
        this.walkBlock(call.block, { ...ctx, invertible: false });
        const inner = this.operations;
        this.operations = outer;
        for (const op of inner.reverse())
            this.operations.push(...this.invert(op));
    }
    /** What Rails runs for `revert { op }`. */
    invert(op) {
        const span = { line: op.line, endLine: op.endLine };
        switch (op.kind) {
            case "create-table":
                return [{ kind: "drop-table", table: op.table, ...span }];
            case "drop-table":
                return [{ kind: "create-table", table: op.table, columns: [], ...span }];
            case "add-column":
                return [{ kind: "drop-column", table: op.table, column: op.column, ...span }];
            case "drop-column":
                return [{ kind: "add-column", table: op.table, column: op.column, ...span }];
            case "rename-table":
                return [{ kind: "rename-table", table: op.newName, newName: op.table, ...span }];
            case "rename-column":
                return [{ kind: "rename-column", table: op.table, column: op.newName, newName: op.column, ...span }];
            case "add-index":
                return [
                    {
                        kind: "drop-index",
                        table: op.table,
                        columns: op.columns,
                        ...(op.name !== undefined ? { name: op.name } : {}),
                        ...(op.concurrently ? { concurrently: true } : {}),
                        ...span,
                    },
                ];
            case "drop-index":
                if (op.table !== undefined && op.columns && op.columns.length > 0) {
                    return [
                        {
                            kind: "add-index",
                            table: op.table,
                            columns: op.columns,
                            ...(op.name !== undefined ? { name: op.name } : {}),
                            ...(op.concurrently ? { concurrently: true } : {}),
                            ...span,
                        },
                    ];
                }
                break;
            case "add-constraint":
                return [{ kind: "drop-constraint", table: op.table, ...(op.name ? { name: op.name } : {}), ...span }];
            case "set-not-null":
                return [{ kind: "drop-not-null", table: op.table, column: op.column, ...span }];
            case "drop-not-null":
                return [{ kind: "set-not-null", table: op.table, column: op.column, ...span }];
            case "unknown":
            case "irreversible":
                return [op];
            default:
                break;
        }
        return [
            { kind: "unknown", reason: `revert of a ${op.kind} operation cannot be read statically`, ...span },
        ];
    }
    // ---------------------------------------------------------------- schema statements
    /** Top-level schema statements (`add_column :users, ...`). Returns false when the name is not one. */
    visitSchemaCall(call, ctx) {
        const name = call.name;
        const args = callArgs(call);
        switch (name) {
            case "create_table":
                this.createTable(call, args, ctx);
                return true;
            case "create_join_table":
                this.createJoinTable(call, args, false);
                return true;
            case "drop_join_table":
                this.createJoinTable(call, args, true);
                return true;
            case "drop_table": {
                const tables = args.positional.map((n) => this.name(n, ctx));
                if (tables.length === 0 || tables.some((t) => t === undefined)) {
                    this.unknown(call, "drop_table on a table name the reader cannot resolve");
                    return true;
                }
                const force = args.options.get("force");
                for (const table of tables) {
                    this.push(call, {
                        kind: "drop-table",
                        table,
                        ...(booleanValue(args.options.get("if_exists")) ? { ifExists: true } : {}),
                        ...(symbolOrString(force) === "cascade" ? { cascade: true } : {}),
                    });
                }
                if (!(call.block instanceof src_nodes/* BlockNode */.ub)) {
                    this.notInvertible(ctx, call, "drop_table without a block cannot be reverted in change");
                }
                return true;
            }
            case "rename_table": {
                const [from, to] = args.positional.map((n) => this.name(n, ctx));
                if (from === undefined || to === undefined)
                    this.unknown(call, "rename_table with names the reader cannot resolve");
                else
                    this.push(call, { kind: "rename-table", table: from, newName: to });
                return true;
            }
            case "truncate":
            case "truncate_tables": {
                const tables = args.positional.map((n) => this.name(n, ctx));
                if (tables.length === 0 || tables.some((t) => t === undefined)) {
                    this.unknown(call, `${name} on a table name the reader cannot resolve`);
                }
                else {
                    this.push(call, { kind: "truncate", tables: tables });
                }
                this.notInvertible(ctx, call, `${name} cannot be reverted`);
                return true;
            }
            case "change_table": {
                const table = this.name(args.positional[0], ctx);
                if (table === undefined) {
                    this.unknown(call, "change_table on a table name the reader cannot resolve");
                    return true;
                }
                if (call.block instanceof src_nodes/* BlockNode */.ub) {
                    const [t] = blockParameterNames(call.block);
                    const env = new Map(ctx.env);
                    if (t)
                        env.set(t, { kind: "table", table, creating: false, columns: [] });
                    this.walkBlock(call.block, { ...ctx, env });
                }
                return true;
            }
            default:
                break;
        }
        if (!TABLE_STATEMENTS.has(name))
            return false;
        const table = this.name(args.positional[0], ctx);
        if (table === undefined) {
            this.unknown(call, `${name} on a table name the reader cannot resolve`);
            return true;
        }
        this.tableStatement(name, table, { ...args, positional: args.positional.slice(1) }, call, ctx);
        return true;
    }
    /** Schema statements on one table; `args.positional` starts after the table name. */
    tableStatement(name, table, args, call, ctx) {
        const opts = args.options;
        const pos = args.positional;
        switch (name) {
            case "add_column": {
                const column = this.name(pos[0], ctx);
                const type = this.columnType(pos[1], opts, ctx);
                if (column === undefined)
                    return this.unknown(call, "add_column with a column name the reader cannot resolve");
                this.addColumn(call, table, column, type, opts);
                return;
            }
            case "add_timestamps":
                // Rails adds timestamps NOT NULL unless told `null: true`.
                for (const column of ["created_at", "updated_at"]) {
                    this.addColumn(call, table, column, { type: "datetime" }, opts, booleanValue(opts.get("null")) !== true);
                }
                return;
            case "remove_column": {
                const column = this.name(pos[0], ctx);
                if (column === undefined)
                    return this.unknown(call, "remove_column with a column name the reader cannot resolve");
                this.push(call, { kind: "drop-column", table, column });
                if (pos[1] === undefined && !opts.has("type")) {
                    this.notInvertible(ctx, call, "remove_column without a type cannot be reverted in change");
                }
                return;
            }
            case "remove_columns": {
                const columns = pos.map((n) => this.name(n, ctx));
                if (columns.length === 0 || columns.some((c) => c === undefined)) {
                    return this.unknown(call, `${name} with column names the reader cannot resolve`);
                }
                for (const column of columns)
                    this.push(call, { kind: "drop-column", table, column });
                if (!opts.has("type"))
                    this.notInvertible(ctx, call, "removing columns without a type cannot be reverted in change");
                return;
            }
            case "remove_timestamps":
                for (const column of ["created_at", "updated_at"])
                    this.push(call, { kind: "drop-column", table, column });
                return;
            case "rename_column": {
                const [from, to] = [this.name(pos[0], ctx), this.name(pos[1], ctx)];
                if (from === undefined || to === undefined)
                    return this.unknown(call, "rename_column with names the reader cannot resolve");
                this.push(call, { kind: "rename-column", table, column: from, newName: to });
                return;
            }
            case "change_column": {
                const column = this.name(pos[0], ctx);
                const type = this.columnType(pos[1], opts, ctx);
                if (column === undefined || type === undefined) {
                    return this.unknown(call, "change_column with a column or type the reader cannot resolve");
                }
                const key = `${table}.${column}`;
                this.push(call, {
                    kind: "change-column-type",
                    table,
                    column,
                    type: describeType(type),
                    ...classifyTypeChange(this.knownTypes.get(key), type),
                });
                this.knownTypes.set(key, type);
                const notNull = booleanValue(opts.get("null"));
                if (notNull === false)
                    this.push(call, { kind: "set-not-null", table, column });
                if (notNull === true)
                    this.push(call, { kind: "drop-not-null", table, column });
                if (opts.has("default")) {
                    this.push(call, {
                        kind: "change-default",
                        table,
                        column,
                        ...this.defaultField(opts.get("default")),
                    });
                }
                this.notInvertible(ctx, call, "change_column cannot be reverted in change");
                return;
            }
            case "change_column_default": {
                const column = this.name(pos[0], ctx);
                if (column === undefined)
                    return this.unknown(call, "change_column_default with a column the reader cannot resolve");
                const fromTo = pos[1] === undefined ? opts : hashEntries(pos[1]);
                const hasTo = fromTo?.has("to") === true && fromTo.has("from");
                const value = hasTo ? fromTo.get("to") : (pos[1] ?? undefined);
                this.push(call, { kind: "change-default", table, column, ...this.defaultField(value) });
                if (!hasTo)
                    this.notInvertible(ctx, call, "change_column_default without from:/to: cannot be reverted in change");
                return;
            }
            case "change_column_null": {
                const column = this.name(pos[0], ctx);
                const allowNull = booleanValue(pos[1]);
                if (column === undefined || allowNull === undefined) {
                    return this.unknown(call, "change_column_null with arguments the reader cannot resolve");
                }
                if (allowNull)
                    return this.push(call, { kind: "drop-not-null", table, column });
                if (pos[2] !== undefined) {
                    // Rails fills the NULLs with the fourth argument before it adds the constraint.
                    this.push(call, {
                        kind: "update-rows",
                        table,
                        columns: [column],
                        filtered: true,
                        onlyNulls: true,
                        via: "change_column_null",
                    });
                }
                this.push(call, { kind: "set-not-null", table, column });
                return;
            }
            case "add_index": {
                const columns = this.indexColumns(pos[0], ctx);
                if (!columns)
                    return this.unknown(call, "add_index with columns the reader cannot resolve");
                this.push(call, { kind: "add-index", table, columns, ...this.indexOptions(opts) });
                return;
            }
            case "remove_index": {
                const columns = this.indexColumns(pos[0] ?? opts.get("column"), ctx);
                const indexName = symbolOrString(opts.get("name"));
                this.push(call, {
                    kind: "drop-index",
                    table,
                    ...(columns ? { columns } : {}),
                    ...(indexName !== undefined ? { name: indexName } : {}),
                    ...(symbolOrString(opts.get("algorithm")) === "concurrently" ? { concurrently: true } : {}),
                });
                if (!columns)
                    this.notInvertible(ctx, call, "remove_index without its column cannot be reverted in change");
                return;
            }
            case "add_reference":
            case "add_belongs_to": {
                const refs = pos.map((n) => this.name(n, ctx));
                if (refs.length === 0 || refs.some((r) => r === undefined)) {
                    return this.unknown(call, `${name} with a reference name the reader cannot resolve`);
                }
                for (const ref of refs)
                    this.addReference(call, table, ref, opts);
                return;
            }
            case "remove_reference":
            case "remove_belongs_to": {
                const refs = pos.map((n) => this.name(n, ctx));
                if (refs.length === 0 || refs.some((r) => r === undefined)) {
                    return this.unknown(call, `${name} with a reference name the reader cannot resolve`);
                }
                for (const ref of refs) {
                    if (opts.has("foreign_key") && booleanValue(opts.get("foreign_key")) !== false) {
                        this.push(call, { kind: "drop-constraint", table });
                    }
                    this.push(call, { kind: "drop-column", table, column: `${ref}_id` });
                    if (booleanValue(opts.get("polymorphic")) === true) {
                        this.push(call, { kind: "drop-column", table, column: `${ref}_type` });
                    }
                }
                return;
            }
            case "add_foreign_key": {
                const fkName = symbolOrString(opts.get("name"));
                this.push(call, {
                    kind: "add-constraint",
                    table,
                    constraint: "foreign-key",
                    ...(fkName !== undefined ? { name: fkName } : {}),
                    validated: booleanValue(opts.get("validate")) !== false,
                });
                return;
            }
            case "add_check_constraint": {
                const checkName = symbolOrString(opts.get("name"));
                this.push(call, {
                    kind: "add-constraint",
                    table,
                    constraint: "check",
                    ...(checkName !== undefined ? { name: checkName } : {}),
                    validated: booleanValue(opts.get("validate")) !== false,
                });
                return;
            }
            case "add_unique_constraint":
            case "add_unique_key": {
                const uniqueName = symbolOrString(opts.get("name"));
                this.push(call, {
                    kind: "add-constraint",
                    table,
                    constraint: "unique",
                    ...(uniqueName !== undefined ? { name: uniqueName } : {}),
                    validated: true,
                    ...(opts.has("using_index") ? { usingIndex: true } : {}),
                });
                return;
            }
            case "add_exclusion_constraint": {
                const exclusionName = symbolOrString(opts.get("name"));
                this.push(call, {
                    kind: "add-constraint",
                    table,
                    constraint: "exclusion",
                    ...(exclusionName !== undefined ? { name: exclusionName } : {}),
                    validated: true,
                });
                return;
            }
            case "remove_foreign_key":
            case "remove_check_constraint":
            case "remove_unique_constraint":
            case "remove_unique_key":
            case "remove_exclusion_constraint": {
                const constraintName = symbolOrString(opts.get("name"));
                this.push(call, {
                    kind: "drop-constraint",
                    table,
                    ...(constraintName !== undefined ? { name: constraintName } : {}),
                });
                const restorable = name === "remove_foreign_key"
                    ? pos[0] !== undefined || opts.has("to_table")
                    : name === "remove_check_constraint"
                        ? pos[0] !== undefined
                        : true;
                if (!restorable)
                    this.notInvertible(ctx, call, `${name} without its definition cannot be reverted in change`);
                return;
            }
            case "validate_foreign_key":
            case "validate_check_constraint":
            case "validate_constraint": {
                const constraintName = symbolOrString(opts.get("name")) ??
                    (name === "validate_constraint" ? this.name(pos[0], ctx) : undefined);
                this.push(call, {
                    kind: "validate-constraint",
                    table,
                    ...(constraintName !== undefined ? { name: constraintName } : {}),
                });
                return;
            }
            default:
                return;
        }
    }
    addColumn(call, table, column, type, opts, notNullByDefault = false) {
        const notNull = notNullByDefault || booleanValue(opts.get("null")) === false;
        const defaultNode = opts.get("default");
        this.push(call, {
            kind: "add-column",
            table,
            column,
            ...(type ? { type: describeType(type) } : {}),
            ...(notNull ? { notNull: true } : {}),
            ...(defaultNode !== undefined ? this.defaultField(defaultNode) : {}),
        });
        if (type)
            this.knownTypes.set(`${table}.${column}`, type);
    }
    addReference(call, table, ref, opts) {
        const polymorphic = booleanValue(opts.get("polymorphic")) === true || hashEntries(opts.get("polymorphic")) !== undefined;
        const idType = symbolOrString(opts.get("type")) ?? "bigint";
        this.addColumn(call, table, `${ref}_id`, { type: idType }, opts);
        if (polymorphic)
            this.addColumn(call, table, `${ref}_type`, { type: "string" }, opts);
        const index = opts.get("index");
        if (booleanValue(index) !== false) {
            const indexOpts = hashEntries(index) ?? new Map();
            // A top-level algorithm: reaches the index too in the spellings people use.
            const algorithm = indexOpts.get("algorithm") ?? opts.get("algorithm");
            const merged = new Map(indexOpts);
            if (algorithm)
                merged.set("algorithm", algorithm);
            this.push(call, {
                kind: "add-index",
                table,
                columns: polymorphic ? [`${ref}_type`, `${ref}_id`] : [`${ref}_id`],
                ...this.indexOptions(merged),
            });
        }
        const fk = opts.get("foreign_key");
        if (fk !== undefined && booleanValue(fk) !== false && !isNil(fk)) {
            this.push(call, {
                kind: "add-constraint",
                table,
                constraint: "foreign-key",
                validated: booleanValue(hashEntries(fk)?.get("validate")) !== false,
            });
        }
    }
    indexOptions(opts) {
        const name = symbolOrString(opts.get("name"));
        return {
            ...(name !== undefined ? { name } : {}),
            ...(booleanValue(opts.get("unique")) === true ? { unique: true } : {}),
            ...(symbolOrString(opts.get("algorithm")) === "concurrently" ? { concurrently: true } : {}),
        };
    }
    indexColumns(node, ctx) {
        if (node === undefined)
            return undefined;
        const elements = arrayElements(node);
        if (elements) {
            const names = elements.map((n) => this.name(n, ctx));
            return names.some((n) => n === undefined) ? undefined : names;
        }
        const single = this.name(node, ctx);
        return single === undefined ? undefined : [single];
    }
    createTable(call, args, ctx) {
        const table = this.name(args.positional[0], ctx);
        if (table === undefined)
            return this.unknown(call, "create_table on a table name the reader cannot resolve");
        const opts = args.options;
        const force = opts.get("force");
        if (force !== undefined && (booleanValue(force) === true || symbolOrString(force) === "cascade")) {
            // `force:` drops whatever table has the name first, data and all.
            this.push(call, {
                kind: "drop-table",
                table,
                ifExists: true,
                ...(symbolOrString(force) === "cascade" ? { cascade: true } : {}),
            });
        }
        const columns = [];
        const id = opts.get("id");
        if (booleanValue(id) !== false) {
            const primaryKey = opts.get("primary_key");
            const keys = arrayElements(primaryKey)?.map((n) => symbolOrString(n)) ?? [
                symbolOrString(primaryKey) ?? "id",
            ];
            for (const key of keys)
                if (key !== undefined)
                    columns.push(key);
        }
        if (call.block instanceof src_nodes/* BlockNode */.ub) {
            const [t] = blockParameterNames(call.block);
            const env = new Map(ctx.env);
            const binding = { kind: "table", table, creating: true, columns };
            if (t)
                env.set(t, binding);
            this.walkBlock(call.block, { ...ctx, env });
        }
        this.push(call, {
            kind: "create-table",
            table,
            columns,
            ...(booleanValue(opts.get("if_not_exists")) ? { ifNotExists: true } : {}),
        });
    }
    createJoinTable(call, args, drop) {
        const [a, b] = args.positional.map((n) => symbolOrString(n));
        if (a === undefined || b === undefined)
            return this.unknown(call, `${call.name} with table names the reader cannot resolve`);
        const table = symbolOrString(args.options.get("table_name")) ?? joinTableName(a, b);
        if (drop)
            return this.push(call, { kind: "drop-table", table });
        this.push(call, {
            kind: "create-table",
            table,
            columns: [`${singularize(a)}_id`, `${singularize(b)}_id`],
        });
    }
    /** `t.x` inside create_table / change_table. */
    visitTableBlockCall(call, binding, ctx) {
        const args = callArgs(call);
        const name = call.name;
        const table = binding.table;
        if (binding.creating) {
            // A table being created holds no rows: only its columns matter.
            if (name === "timestamps")
                binding.columns.push("created_at", "updated_at");
            else if (name === "references" || name === "belongs_to") {
                const polymorphic = booleanValue(args.options.get("polymorphic")) === true;
                for (const n of args.positional) {
                    const ref = this.name(n, ctx);
                    if (ref === undefined)
                        continue;
                    binding.columns.push(`${ref}_id`);
                    if (polymorphic)
                        binding.columns.push(`${ref}_type`);
                }
            }
            else if (name === "column") {
                const column = this.name(args.positional[0], ctx);
                const type = this.columnType(args.positional[1], args.options, ctx);
                if (column !== undefined) {
                    binding.columns.push(column);
                    if (type)
                        this.knownTypes.set(`${table}.${column}`, type);
                }
            }
            else if (!TABLE_BLOCK_NON_COLUMNS.has(name)) {
                for (const n of args.positional) {
                    const column = this.name(n, ctx);
                    if (column === undefined)
                        continue;
                    binding.columns.push(column);
                    this.knownTypes.set(`${table}.${column}`, { type: name, ...this.typeSize(args.options) });
                }
            }
            return;
        }
        const statement = CHANGE_TABLE_ALIASES[name];
        if (statement === "add_reference" || statement === "remove_reference" || statement === "remove_columns") {
            return this.tableStatement(statement, table, args, call, ctx);
        }
        if (statement)
            return this.tableStatement(statement, table, args, call, ctx);
        if (TABLE_BLOCK_NON_COLUMNS.has(name) || name.endsWith("?"))
            return;
        // `t.string :a, :b` adds each column with the method's type.
        for (const n of args.positional) {
            const column = this.name(n, ctx);
            if (column === undefined) {
                this.unknown(call, `t.${name} with a column name the reader cannot resolve`);
                continue;
            }
            this.addColumn(call, table, column, { type: name, ...this.typeSize(args.options) }, args.options);
        }
    }
    columnType(node, opts, ctx) {
        const type = this.name(node, ctx);
        return type === undefined ? undefined : { type, ...this.typeSize(opts) };
    }
    typeSize(opts) {
        const limit = numberValue(opts.get("limit"));
        const precision = numberValue(opts.get("precision"));
        const scale = numberValue(opts.get("scale"));
        return {
            ...(limit !== undefined ? { limit } : {}),
            ...(precision !== undefined ? { precision } : {}),
            ...(scale !== undefined ? { scale } : {}),
        };
    }
    /** `default:` value: a literal is stored once; a lambda is SQL evaluated by the database. */
    defaultField(node) {
        if (node === undefined || isNil(node))
            return {};
        if (node instanceof src_nodes/* LambdaNode */.U_) {
            const body = statementsOf(node.body);
            const sql = body.length === 1 ? stringLiteral(body[0]) : undefined;
            if (sql)
                return { default: { volatile: isVolatileSql(sql.value), text: sql.value } };
            return { default: { volatile: true, text: truncate(this.src.text(node.location)) } };
        }
        // Any other Ruby expression (Time.current, SecureRandom.uuid) is evaluated once, when the migration runs.
        return { default: { volatile: false, text: truncate(this.src.text(node.location)) } };
    }
    // ---------------------------------------------------------------- SQL
    visitSql(call, ctx) {
        const arg = callArgs(call).positional[0];
        let literal = stringLiteral(arg);
        if (!literal && arg instanceof src_nodes/* LocalVariableReadNode */.cr) {
            const bound = ctx.env.get(arg.name);
            if (bound?.kind === "literal" && bound.contentOffset !== undefined) {
                literal = { value: bound.value, contentOffset: bound.contentOffset };
            }
        }
        if (!literal) {
            this.unknown(call, `${call.name} with SQL built at run time (interpolation or a variable) cannot be read`);
        }
        else {
            const sql = sqlToOperations({ sql: literal.value, database: this.database, line: this.src.line(literal.contentOffset) }, this.parsers);
            this.operations.push(...sql.operations);
            this.result.comments.push(...sql.comments);
            this.result.problems.push(...sql.problems);
        }
        this.notInvertible(ctx, call, `${call.name} outside reversible cannot be reverted in change`);
    }
    // ---------------------------------------------------------------- data changes
    /** Model and relation calls that change rows. Returns false when the call is not one. */
    visitDataCall(call, ctx) {
        const name = call.name;
        const args = callArgs(call);
        if (name === "delete_all" || name === "destroy_all" || name === "delete_by" || name === "destroy_by") {
            const rel = this.relationOf(call.receiver, ctx);
            if (!rel) {
                this.unknown(call, `${name} on a relation the reader cannot resolve to a table`);
            }
            else {
                this.push(call, {
                    kind: "delete-rows",
                    table: rel.table,
                    filtered: rel.filtered || name.endsWith("_by"),
                    via: name,
                });
            }
            this.notInvertible(ctx, call, `${name} in change runs again on rollback`);
            return true;
        }
        if (name === "update_all") {
            const rel = this.relationOf(call.receiver, ctx);
            if (!rel)
                this.unknown(call, "update_all on a relation the reader cannot resolve to a table");
            else
                this.pushUpdate(call, rel, assignedColumns(args), "update_all");
            this.notInvertible(ctx, call, "update_all in change runs again on rollback");
            return true;
        }
        if (ITERATORS.has(name) && (call.block instanceof src_nodes/* BlockNode */.ub || call.block instanceof src_nodes/* BlockArgumentNode */.pG)) {
            // `each` is everyone's; only a receiver that is clearly a model relation counts.
            const rel = this.relationOf(call.receiver, ctx, name === "each");
            if (!rel)
                return false;
            if (call.block instanceof src_nodes/* BlockArgumentNode */.pG) {
                // `find_each(&:destroy)`
                const method = symbolOrString(call.block.expression);
                if (method !== undefined)
                    this.recordMethod(call, rel, method, [], ctx);
                return true;
            }
            const [param] = blockParameterNames(call.block);
            const env = new Map(ctx.env);
            if (param) {
                const batch = name === "in_batches" || name === "find_in_batches";
                env.set(param, batch ? { kind: "relation", rel } : { kind: "record", rel });
            }
            this.walkBlock(call.block, { ...ctx, env });
            return true;
        }
        // `User.find(1).destroy`, `User.find_by(email: x).update!(...)`
        if (call.receiver instanceof src_nodes/* CallNode */.Fo && SINGLE_RECORD.has(call.receiver.name)) {
            const rel = this.relationOf(call.receiver.receiver, ctx, true);
            if (rel && this.visitRecordCall(call, { ...rel, filtered: true }, ctx))
                return true;
        }
        // `User.delete(ids)`, `User.destroy(id)`, `User.update(id, attrs)`, `User.where(...).update(attrs)`
        const ambiguous = name === "delete" || name === "destroy" || name === "update" || name === "update!";
        const rel = ambiguous ? this.relationOf(call.receiver, ctx, true) : undefined;
        if (rel && (name === "delete" || name === "destroy")) {
            const filtered = rel.filtered || args.positional.length > 0;
            this.push(call, { kind: "delete-rows", table: rel.table, filtered, via: name });
            this.notInvertible(ctx, call, `${name} in change runs again on rollback`);
            return true;
        }
        if (rel && (name === "update" || name === "update!") && args.positional.length + args.options.size > 0) {
            const byId = args.positional.length >= 2;
            const attrs = byId
                ? hashEntries(args.positional[1])
                : (hashEntries(args.positional[0]) ?? args.options);
            this.pushUpdate(call, { ...rel, filtered: byId || rel.filtered }, [...(attrs?.keys() ?? [])], name);
            this.notInvertible(ctx, call, `${name} in change runs again on rollback`);
            return true;
        }
        return false;
    }
    /** Calls on one record (`user.destroy`, `user.update!(...)`). Returns false when the call changes nothing. */
    visitRecordCall(call, rel, ctx) {
        return this.recordMethod(call, rel, call.name, this.recordColumns(call), ctx);
    }
    recordMethod(call, rel, method, columns, ctx) {
        if (RECORD_DELETES.has(method)) {
            this.push(call, { kind: "delete-rows", table: rel.table, filtered: rel.filtered, via: method });
        }
        else if (RECORD_UPDATES.has(method)) {
            this.pushUpdate(call, rel, columns, method);
        }
        else {
            return false;
        }
        this.notInvertible(ctx, call, `${method} in change runs again on rollback`);
        return true;
    }
    recordColumns(call) {
        const args = callArgs(call);
        if (call.name === "update_column" || call.name === "update_attribute" || call.name === "touch") {
            const column = symbolOrString(args.positional[0]);
            return column === undefined ? [] : [column];
        }
        return assignedColumns(args);
    }
    pushUpdate(call, rel, columns, via) {
        this.push(call, {
            kind: "update-rows",
            table: rel.table,
            columns,
            filtered: rel.filtered,
            onlyNulls: columns.length > 0 && columns.every((c) => rel.nullColumns.has(c)),
            via,
        });
    }
    /**
     * The table and filter a relation expression selects, or undefined when it cannot be told. `strict` is for
     * method names other libraries share: then only model-looking constants and known relation methods count.
     */
    relationOf(node, ctx, strict = false) {
        if (!node)
            return undefined;
        const constant = constantName(node);
        if (constant !== undefined) {
            const last = constant.split("::").pop();
            const model = this.models.get(last);
            if (model !== undefined)
                return { table: model, filtered: false, nullColumns: new Set() };
            if (this.constants.has(last))
                return undefined;
            if (strict && (NOT_MODELS.has(constant.split("::")[0]) || !/^[A-Z][a-z]/.test(last)))
                return undefined;
            return { table: tableize(last), filtered: false, nullColumns: new Set() };
        }
        if (node instanceof src_nodes/* LocalVariableReadNode */.cr) {
            const binding = ctx.env.get(node.name);
            return binding?.kind === "relation" ? binding.rel : undefined;
        }
        if (!(node instanceof src_nodes/* CallNode */.Fo) || !node.receiver)
            return undefined;
        // `user.posts` on a record being iterated: an association, whose table Rails names after it by default.
        if (node.receiver instanceof src_nodes/* LocalVariableReadNode */.cr &&
            ctx.env.get(node.receiver.name)?.kind === "record") {
            if (strict || !/^[a-z_]\w*$/.test(node.name))
                return undefined;
            return { table: pluralize(node.name), filtered: true, nullColumns: new Set() };
        }
        if (node.name === "not" && node.receiver instanceof src_nodes/* CallNode */.Fo && node.receiver.name === "where") {
            const base = this.relationOf(node.receiver.receiver, ctx, strict);
            return base && { ...base, filtered: true };
        }
        const base = this.relationOf(node.receiver, ctx, strict);
        if (!base)
            return undefined;
        if (RELATION_PASSTHROUGH.has(node.name))
            return base;
        // `where(a: nil).or(...)` no longer guarantees the NULLs.
        if (node.name === "or")
            return { ...base, filtered: true, nullColumns: new Set() };
        if (strict && !RELATION_FILTERS.has(node.name) && !SINGLE_RECORD.has(node.name))
            return undefined;
        if (node.name === "where" || node.name === "rewhere") {
            const args = callArgs(node);
            if (args.positional.length === 0 && args.options.size === 0)
                return base;
            const nullColumns = new Set(base.nullColumns);
            for (const column of nullFilterColumns(args))
                nullColumns.add(column);
            return { table: base.table, filtered: true, nullColumns };
        }
        // A scope, limit, joins, find_by...: it narrows the rows, though not in a way the reader can name.
        return { ...base, filtered: true };
    }
    // ---------------------------------------------------------------- values
    name(node, ctx) {
        const literal = symbolOrString(node);
        if (literal !== undefined)
            return literal;
        const binding = node ? this.literalBinding(node, ctx.env) : undefined;
        return binding?.kind === "literal" ? binding.value : undefined;
    }
    literalBinding(node, env) {
        if (node instanceof src_nodes/* SymbolNode */.Lz)
            return { kind: "literal", value: node.unescaped.value };
        const text = stringLiteral(node);
        if (text)
            return { kind: "literal", value: text.value, contentOffset: text.contentOffset };
        if (node instanceof src_nodes/* ArrayNode */._7) {
            const values = node.elements.map((e) => symbolOrString(e));
            return values.every((v) => v !== undefined) ? { kind: "list", values: values } : undefined;
        }
        if (node instanceof src_nodes/* LocalVariableReadNode */.cr) {
            const bound = env.get(node.name);
            return bound?.kind === "literal" || bound?.kind === "list" ? bound : undefined;
        }
        const constant = constantName(node);
        if (constant !== undefined)
            return this.constants.get(constant.split("::").pop());
        // `TABLES.freeze`, `%w[a b].freeze`
        if (node instanceof src_nodes/* CallNode */.Fo && node.name === "freeze" && node.receiver)
            return this.literalBinding(node.receiver, env);
        return undefined;
    }
    /** What a local variable holds after `x = value`, when that matters to a later call. */
    valueBinding(node, ctx) {
        const literal = this.literalBinding(node, ctx.env);
        if (literal)
            return literal;
        if (node instanceof src_nodes/* CallNode */.Fo && node.name === "connection")
            return { kind: "connection" };
        const model = this.anonymousModelTable(node);
        if (model !== undefined)
            return { kind: "relation", rel: { table: model, filtered: false, nullColumns: new Set() } };
        if (node instanceof src_nodes/* CallNode */.Fo && node.receiver && !(node.block instanceof src_nodes/* BlockNode */.ub)) {
            if (SINGLE_RECORD.has(node.name)) {
                const rel = this.relationOf(node.receiver, ctx);
                return rel && { kind: "record", rel: { ...rel, filtered: true } };
            }
            const rel = RELATION_PASSTHROUGH.has(node.name) || node.name === "where" || node.name === "not"
                ? this.relationOf(node, ctx)
                : undefined;
            if (rel)
                return { kind: "relation", rel };
        }
        return undefined;
    }
    // ---------------------------------------------------------------- down direction
    /** Old types from the `dir.down` blocks of a `change`, before the walk reaches the `dir.up` that needs them. */
    learnOldTypesFromDownBlocks(node) {
        if (!node)
            return;
        if (node instanceof src_nodes/* CallNode */.Fo && node.name === "down" && node.receiver instanceof src_nodes/* LocalVariableReadNode */.cr) {
            if (node.block instanceof src_nodes/* BlockNode */.ub)
                this.learnOldTypes(node.block.body, undefined);
            return;
        }
        for (const child of node.compactChildNodes())
            this.learnOldTypesFromDownBlocks(child);
    }
    /** `change_column :t, :c, :integer` in the down direction says what the column was before `up`. */
    learnOldTypes(node, changeTable) {
        if (!node)
            return;
        if (node instanceof src_nodes/* CallNode */.Fo) {
            const args = callArgs(node);
            const none = { invertible: false, env: new Map(), following: [] };
            if (node.name === "change_column" && !node.receiver) {
                const [table, column] = [symbolOrString(args.positional[0]), symbolOrString(args.positional[1])];
                const type = this.columnType(args.positional[2], args.options, none);
                if (table !== undefined && column !== undefined && type)
                    this.knownTypes.set(`${table}.${column}`, type);
            }
            else if (node.name === "change" &&
                changeTable &&
                node.receiver instanceof src_nodes/* LocalVariableReadNode */.cr &&
                node.receiver.name === changeTable.param) {
                const column = symbolOrString(args.positional[0]);
                const type = this.columnType(args.positional[1], args.options, none);
                if (column !== undefined && type)
                    this.knownTypes.set(`${changeTable.table}.${column}`, type);
            }
            else if (node.name === "change_table" && node.block instanceof src_nodes/* BlockNode */.ub) {
                const table = symbolOrString(args.positional[0]);
                const [param] = blockParameterNames(node.block);
                if (table !== undefined && param)
                    this.learnOldTypes(node.block.body, { param, table });
                return;
            }
        }
        for (const child of node.compactChildNodes())
            this.learnOldTypes(child, changeTable);
    }
    raisesIrreversible(call) {
        const first = call.arguments_?.arguments_[0];
        const target = first instanceof src_nodes/* CallNode */.Fo && first.name === "new" ? first.receiver : first;
        return /(?:^|::)IrreversibleMigration$/.test(constantName(target) ?? "");
    }
    /** A `raise ActiveRecord::IrreversibleMigration` in the down direction (following its helpers). */
    findIrreversibleRaise(node, following) {
        if (!node || this.irreversible)
            return;
        if (node instanceof src_nodes/* CallNode */.Fo && !node.receiver) {
            if (node.name === "raise" && this.raisesIrreversible(node)) {
                this.markIrreversible(this.src.span(node.location), "the down direction raises ActiveRecord::IrreversibleMigration");
                return;
            }
            const helper = this.methods.get(node.name);
            if (helper && !following.includes(node.name))
                this.findIrreversibleRaise(helper.body, [...following, node.name]);
        }
        if (node instanceof src_nodes/* DefNode */.o3 || node instanceof src_nodes/* ClassNode */.Le)
            return;
        for (const child of node.compactChildNodes())
            this.findIrreversibleRaise(child, following);
    }
    // ---------------------------------------------------------------- output
    push(node, op) {
        this.operations.push({ ...op, ...this.src.span(node.location) });
    }
    unknown(node, reason) {
        this.operations.push({
            kind: "unknown",
            reason,
            text: truncate(this.src.text(node.location)),
            ...this.src.span(node.location),
        });
    }
    notInvertible(ctx, node, reason) {
        if (ctx.invertible)
            this.markIrreversible(this.src.span(node.location), reason);
    }
    markIrreversible(span, reason) {
        this.irreversible ??= { ...span, reason };
    }
}
const TABLE_STATEMENTS = new Set([
    "add_column",
    "add_timestamps",
    "remove_column",
    "remove_columns",
    "remove_timestamps",
    "rename_column",
    "change_column",
    "change_column_default",
    "change_column_null",
    "add_index",
    "remove_index",
    "add_reference",
    "add_belongs_to",
    "remove_reference",
    "remove_belongs_to",
    "add_foreign_key",
    "remove_foreign_key",
    "validate_foreign_key",
    "add_check_constraint",
    "remove_check_constraint",
    "validate_check_constraint",
    "validate_constraint",
    "add_unique_constraint",
    "add_unique_key",
    "remove_unique_constraint",
    "remove_unique_key",
    "add_exclusion_constraint",
    "remove_exclusion_constraint",
]);
/** Rails' join table name: both tables sorted, a shared prefix written once (`admin_users` + `admin_roles`). */
function joinTableName(a, b) {
    const [first, second] = [a, b].sort();
    const m = /^(.*_)(.+)\0\1(.+)$/.exec(`${first}\0${second}`);
    return m ? `${m[1]}${m[2]}_${m[3]}` : `${first}_${second}`;
}
/** Columns an `update_all` / `update(...)` assigns: hash keys, or the names before `=` in an SQL fragment. */
function assignedColumns(args) {
    const first = args.positional[0];
    const hash = hashEntries(first) ?? (args.options.size > 0 ? args.options : undefined);
    if (hash)
        return [...hash.keys()];
    const sql = stringLiteral(first) ?? stringLiteral(arrayElements(first)?.[0]);
    if (!sql)
        return [];
    const columns = [];
    for (const piece of splitTopLevel(sql.value)) {
        const m = /^\s*["`]?([A-Za-z_]\w*)["`]?\s*=(?!=)/.exec(piece);
        if (m)
            columns.push(m[1]);
    }
    return columns;
}
function splitTopLevel(sql) {
    const pieces = [];
    let depth = 0;
    let quote;
    let current = "";
    for (const c of sql) {
        if (quote) {
            if (c === quote)
                quote = undefined;
        }
        else if (c === "'" || c === '"')
            quote = c;
        else if (c === "(")
            depth++;
        else if (c === ")")
            depth--;
        else if (c === "," && depth === 0) {
            pieces.push(current);
            current = "";
            continue;
        }
        current += c;
    }
    pieces.push(current);
    return pieces;
}
/** Columns a `where` requires to be NULL: `where(col: nil)` or `where("col IS NULL")` without OR. */
function nullFilterColumns(args) {
    const hash = hashEntries(args.positional[0]) ?? args.options;
    const columns = [];
    for (const [key, value] of hash)
        if (isNil(value))
            columns.push(key);
    const sql = stringLiteral(args.positional[0]) ?? stringLiteral(arrayElements(args.positional[0])?.[0]);
    if (sql && !/\bOR\b/i.test(sql.value)) {
        for (const m of sql.value.matchAll(/["`]?([A-Za-z_]\w*)["`]?\s+IS\s+NULL\b/gi))
            columns.push(m[1]);
    }
    return columns;
}
function readRailsMigration(source, database, parsers) {
    return new MigrationReader(source, database, parsers).read();
}

;// CONCATENATED MODULE: ./src/core/frameworks/rails.ts

// db/migrate, engines' db/migrate, and multi-database dirs such as db/animals_migrate.
const MIGRATION_PATH = /(?:^|\/)db\/(?:[A-Za-z0-9_]+_)?migrate\/[^/]+\.rb$/;
const rails = {
    id: "rails",
    name: "Rails",
    matches: (path) => MIGRATION_PATH.test(path),
    parse: (input, parsers) => readRailsMigration(input.source, input.database, parsers),
};

;// CONCATENATED MODULE: ./src/core/frameworks/django.ts
// STUB: to be implemented.
const django = {
    id: "django",
    name: "Django",
    matches: () => false,
    parse: () => ({ framework: "django", operations: [], comments: [], problems: [] }),
};

;// CONCATENATED MODULE: ./src/core/frameworks/alembic.ts
// STUB: to be implemented.
const alembic = {
    id: "alembic",
    name: "Alembic",
    matches: () => false,
    parse: () => ({ framework: "alembic", operations: [], comments: [], problems: [] }),
};

;// CONCATENATED MODULE: ./src/core/frameworks/laravel.ts
// STUB: to be implemented.
const laravel = {
    id: "laravel",
    name: "Laravel",
    matches: () => false,
    parse: () => ({ framework: "laravel", operations: [], comments: [], problems: [] }),
};

;// CONCATENATED MODULE: ./src/core/frameworks/typeorm.ts
// STUB: to be implemented.
const typeorm = {
    id: "typeorm",
    name: "TypeORM",
    matches: () => false,
    parse: () => ({ framework: "typeorm", operations: [], comments: [], problems: [] }),
};

;// CONCATENATED MODULE: ./src/core/frameworks/sequelize.ts
// STUB: to be implemented.
const sequelize = {
    id: "sequelize",
    name: "Sequelize",
    matches: () => false,
    parse: () => ({ framework: "sequelize", operations: [], comments: [], problems: [] }),
};

;// CONCATENATED MODULE: ./src/core/frameworks/knex.ts
// STUB: to be implemented.
const knex = {
    id: "knex",
    name: "Knex",
    matches: () => false,
    parse: () => ({ framework: "knex", operations: [], comments: [], problems: [] }),
};

;// CONCATENATED MODULE: ./src/core/frameworks/node-pg-migrate.ts
// STUB: to be implemented.
const nodePgMigrate = {
    id: "node-pg-migrate",
    name: "node-pg-migrate",
    matches: () => false,
    parse: () => ({ framework: "node-pg-migrate", operations: [], comments: [], problems: [] }),
};

;// CONCATENATED MODULE: ./src/core/frameworks/ecto.ts
// STUB: to be implemented.
const ecto = {
    id: "ecto",
    name: "Ecto",
    matches: () => false,
    parse: () => ({ framework: "ecto", operations: [], comments: [], problems: [] }),
};

;// CONCATENATED MODULE: ./src/core/frameworks/sql.ts
// STUB: to be implemented.
const plainSql = {
    id: "sql",
    name: "SQL",
    matches: () => false,
    parse: () => ({ framework: "sql", operations: [], comments: [], problems: [] }),
};

;// CONCATENATED MODULE: ./src/core/frameworks/index.ts















const frameworks = [
    prisma,
    golangMigrate,
    flyway,
    goose,
    dbmate,
    rails,
    django,
    alembic,
    laravel,
    typeorm,
    sequelize,
    knex,
    nodePgMigrate,
    ecto,
    plainSql,
];
function frameworkById(id) {
    return frameworks.find((f) => f.id === id);
}
/** The framework that owns this file, by path and content; undefined when it is not a migration we know. */
function detectFramework(path, source) {
    return frameworks.find((f) => f.matches(path, source));
}


/***/ }),

/***/ 9723:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   B6: () => (/* binding */ countByCategory),
/* harmony export */   RU: () => (/* binding */ hasDestructive)
/* harmony export */ });
/* unused harmony export activeFindings */
/** Findings that still count: acknowledged ones are reported but gate nothing. */
function activeFindings(files) {
    return files.flatMap((f) => f.findings.filter((x) => !x.acknowledged));
}
function countByCategory(files) {
    const counts = {
        destructive: 0,
        "backward-incompatible": 0,
        locking: 0,
        irreversible: 0,
        "needs-review": 0,
    };
    for (const f of activeFindings(files))
        counts[f.category]++;
    return counts;
}
function hasDestructive(files) {
    return activeFindings(files).some((f) => f.category === "destructive");
}


/***/ }),

/***/ 8577:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   O: () => (/* binding */ toJsonReport)
/* harmony export */ });
function toJsonReport(files) {
    return {
        version: 1,
        files: files.map((f) => ({
            path: f.path,
            framework: f.framework,
            status: f.status,
            ...(f.previousPath !== undefined ? { previousPath: f.previousPath } : {}),
            findings: f.findings.map((x) => ({
                rule: x.rule,
                category: x.category,
                severity: x.severity,
                line: x.line,
                endLine: x.endLine,
                message: x.message,
                safeAlternative: x.safeAlternative,
                docsUrl: x.docsUrl,
                ...(x.acknowledged ? { acknowledged: x.acknowledged } : {}),
            })),
        })),
    };
}


/***/ }),

/***/ 806:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   z: () => (/* binding */ toSarif)
/* harmony export */ });
/* harmony import */ var _rules_index_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(5442);
/* harmony import */ var _docs_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(3709);
// SARIF 2.1.0 for GitHub code scanning: one rule entry per rule that fired, one result per finding.


const LEVEL = {
    error: "error",
    warning: "warning",
    notice: "note",
};
function toSarif(files, toolVersion) {
    const fired = new Set(files.flatMap((f) => f.findings.map((x) => x.rule)));
    const ruleList = [...fired].sort();
    return {
        $schema: "https://json.schemastore.org/sarif-2.1.0.json",
        version: "2.1.0",
        runs: [
            {
                tool: {
                    driver: {
                        name: "Migration Guard",
                        version: toolVersion,
                        informationUri: "https://github.com/migration-guard/migration-guard",
                        rules: ruleList.map((id) => {
                            const rule = _rules_index_js__WEBPACK_IMPORTED_MODULE_0__/* .rules */ .a.find((r) => r.id === id);
                            return {
                                id,
                                name: id,
                                shortDescription: { text: rule?.description ?? id },
                                helpUri: (0,_docs_js__WEBPACK_IMPORTED_MODULE_1__/* .docsUrl */ .f)(id),
                                properties: {
                                    category: rule?.category ?? "needs-review",
                                    tags: [rule?.category ?? "needs-review"],
                                },
                                defaultConfiguration: { level: LEVEL[rule?.severity ?? "warning"] },
                            };
                        }),
                    },
                },
                results: files.flatMap((file) => file.findings.map((f) => ({
                    ruleId: f.rule,
                    ruleIndex: ruleList.indexOf(f.rule),
                    level: LEVEL[f.severity],
                    message: { text: `${f.message} Instead: ${f.safeAlternative}` },
                    locations: [
                        {
                            physicalLocation: {
                                artifactLocation: { uri: file.path },
                                region: { startLine: f.line, endLine: f.endLine },
                            },
                        },
                    ],
                    ...(f.acknowledged
                        ? { suppressions: [{ kind: "inSource", justification: f.acknowledged.reason }] }
                        : {}),
                }))),
            },
        ],
    };
}


/***/ }),

/***/ 1244:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   f: () => (/* binding */ toText)
/* harmony export */ });
/* harmony import */ var _counts_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(9723);

function toText(files) {
    const lines = [];
    for (const file of files) {
        const status = file.status === "unchanged" ? "" : ` (${file.status})`;
        lines.push(`${file.path}${status} [${file.framework}]`);
        if (file.findings.length === 0)
            lines.push("  no findings");
        for (const f of file.findings) {
            const where = f.endLine > f.line ? `${f.line}-${f.endLine}` : `${f.line}`;
            const ack = f.acknowledged ? ` (acknowledged: ${f.acknowledged.reason})` : "";
            lines.push(`  ${where}: ${f.severity} ${f.category} ${f.rule}: ${f.message}${ack}`);
            lines.push(`      instead: ${f.safeAlternative}`);
        }
    }
    const counts = (0,_counts_js__WEBPACK_IMPORTED_MODULE_0__/* .countByCategory */ .B6)(files);
    const summary = Object.entries(counts)
        .filter(([, n]) => n > 0)
        .map(([category, n]) => `${n} ${category}`)
        .join(", ");
    lines.push("");
    lines.push(`${files.length} migration file(s) analysed: ${summary || "no findings"}.`);
    return lines.join("\n") + "\n";
}


/***/ }),

/***/ 5442:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  a: () => (/* binding */ rules)
});

// UNUSED EXPORTS: ruleById

;// CONCATENATED MODULE: ./src/core/rules/add-check-constraint.ts
// STUB: to be implemented.
const addCheckConstraint = {
    id: "add-check-constraint",
    category: "locking",
    severity: "warning",
    description: "A validated CHECK constraint scans the whole table under an exclusive lock.",
    safeAlternative: "",
    check: () => [],
};

;// CONCATENATED MODULE: ./src/core/rules/add-foreign-key.ts
// STUB: to be implemented.
const addForeignKey = {
    id: "add-foreign-key",
    category: "locking",
    severity: "warning",
    description: "A validated foreign key scans the table while blocking writes on both tables.",
    safeAlternative: "",
    check: () => [],
};

;// CONCATENATED MODULE: ./src/core/rules/add-required-column.ts
// STUB: to be implemented.
const addRequiredColumn = {
    id: "add-required-column",
    category: "backward-incompatible",
    severity: "warning",
    description: "A NOT NULL column without a default fails on existing rows and breaks inserts from the old code.",
    safeAlternative: "",
    check: () => [],
};

;// CONCATENATED MODULE: ./src/core/rules/add-unique-constraint.ts
// STUB: to be implemented.
const addUniqueConstraint = {
    id: "add-unique-constraint",
    category: "locking",
    severity: "warning",
    description: "A UNIQUE or PRIMARY KEY constraint builds an index under an exclusive lock.",
    safeAlternative: "",
    check: () => [],
};

;// CONCATENATED MODULE: ./src/core/rules/change-column-type.ts
// STUB: to be implemented.
const changeColumnType = {
    id: "change-column-type",
    category: "backward-incompatible",
    severity: "warning",
    description: "Changing a column's type can break app code still running during the deploy.",
    safeAlternative: "",
    check: () => [],
};

;// CONCATENATED MODULE: ./src/core/rules/column-type-rewrite.ts
// STUB: to be implemented.
const columnTypeRewrite = {
    id: "column-type-rewrite",
    category: "locking",
    severity: "warning",
    description: "Most column type changes rewrite the table under an exclusive lock.",
    safeAlternative: "",
    check: () => [],
};

;// CONCATENATED MODULE: ./src/core/rules/delete-rows.ts
// STUB: to be implemented.
const deleteRows = {
    id: "delete-rows",
    category: "destructive",
    severity: "error",
    description: "Deleting rows (DELETE, delete_all, destroy_all, .delete()) loses stored data.",
    safeAlternative: "",
    check: () => [],
};

;// CONCATENATED MODULE: ./src/core/rules/drop-column.ts
// STUB: to be implemented.
const dropColumn = {
    id: "drop-column",
    category: "destructive",
    severity: "error",
    description: "Dropping a column that existed before this migration deletes its values, and breaks app code still reading it.",
    safeAlternative: "",
    check: () => [],
};

;// CONCATENATED MODULE: ./src/core/rules/drop-index-not-concurrent.ts
// STUB: to be implemented.
const dropIndexNotConcurrent = {
    id: "drop-index-not-concurrent",
    category: "locking",
    severity: "notice",
    description: "Dropping an index without CONCURRENTLY takes an exclusive lock on the table.",
    safeAlternative: "",
    check: () => [],
};

;// CONCATENATED MODULE: ./src/core/rules/drop-table.ts
// STUB: to be implemented.
const dropTable = {
    id: "drop-table",
    category: "destructive",
    severity: "error",
    description: "Dropping a table that existed before this migration deletes its rows.",
    safeAlternative: "",
    check: () => [],
};

;// CONCATENATED MODULE: ./src/core/rules/edited-migration.ts
// STUB: to be implemented.
const editedMigration = {
    id: "edited-migration",
    category: "needs-review",
    severity: "warning",
    description: "Editing, renaming or deleting a migration that exists on the base branch: it will not re-run where it already ran.",
    safeAlternative: "",
    check: () => [],
};

;// CONCATENATED MODULE: ./src/core/rules/index-not-concurrent.ts
// STUB: to be implemented.
const indexNotConcurrent = {
    id: "index-not-concurrent",
    category: "locking",
    severity: "warning",
    description: "Building an index on an existing table without CONCURRENTLY blocks writes for the whole build.",
    safeAlternative: "",
    check: () => [],
};

;// CONCATENATED MODULE: ./src/core/rules/irreversible-migration.ts
// STUB: to be implemented.
const irreversibleMigration = {
    id: "irreversible-migration",
    category: "irreversible",
    severity: "notice",
    description: "The migration cannot be rolled back by the framework.",
    safeAlternative: "",
    check: () => [],
};

;// CONCATENATED MODULE: ./src/core/rules/lossy-type-change.ts
// STUB: to be implemented.
const lossyTypeChange = {
    id: "lossy-type-change",
    category: "destructive",
    severity: "error",
    description: "Changing a column to a narrower type can truncate or reject stored values.",
    safeAlternative: "",
    check: () => [],
};

;// CONCATENATED MODULE: ./src/core/rules/rename-column.ts
// STUB: to be implemented.
const renameColumn = {
    id: "rename-column",
    category: "backward-incompatible",
    severity: "warning",
    description: "Renaming a column breaks app code still using the old name during the deploy.",
    safeAlternative: "",
    check: () => [],
};

;// CONCATENATED MODULE: ./src/core/rules/rename-table.ts
// STUB: to be implemented.
const renameTable = {
    id: "rename-table",
    category: "backward-incompatible",
    severity: "warning",
    description: "Renaming a table breaks app code still using the old name during the deploy.",
    safeAlternative: "",
    check: () => [],
};

;// CONCATENATED MODULE: ./src/core/rules/set-not-null.ts
// STUB: to be implemented.
const setNotNull = {
    id: "set-not-null",
    category: "locking",
    severity: "warning",
    description: "SET NOT NULL scans the whole table under an exclusive lock.",
    safeAlternative: "",
    check: () => [],
};

;// CONCATENATED MODULE: ./src/core/rules/truncate-table.ts
// STUB: to be implemented.
const truncateTable = {
    id: "truncate-table",
    category: "destructive",
    severity: "error",
    description: "TRUNCATE deletes every row of the table.",
    safeAlternative: "",
    check: () => [],
};

;// CONCATENATED MODULE: ./src/core/rules/unparseable-migration.ts
// STUB: to be implemented.
const unparseableMigration = {
    id: "unparseable-migration",
    category: "needs-review",
    severity: "warning",
    description: "The file could not be read or parsed, so nothing about it is known to be safe.",
    safeAlternative: "",
    check: () => [],
};

;// CONCATENATED MODULE: ./src/core/rules/unrecognized-operation.ts
// STUB: to be implemented.
const unrecognizedOperation = {
    id: "unrecognized-operation",
    category: "needs-review",
    severity: "warning",
    description: "Code or SQL the analyser could not follow (dynamic SQL, unknown statement) needs a human review.",
    safeAlternative: "",
    check: () => [],
};

;// CONCATENATED MODULE: ./src/core/rules/unused-allow.ts
// STUB: to be implemented.
const unusedAllow = {
    id: "unused-allow",
    category: "needs-review",
    severity: "warning",
    description: "An allow comment that suppresses nothing (wrong rule, wrong line, or no reason).",
    safeAlternative: "",
    check: () => [],
};

;// CONCATENATED MODULE: ./src/core/rules/update-rows.ts
// STUB: to be implemented.
const updateRows = {
    id: "update-rows",
    category: "destructive",
    severity: "error",
    description: "An UPDATE that overwrites values of a pre-existing column loses the old values.",
    safeAlternative: "",
    check: () => [],
};

;// CONCATENATED MODULE: ./src/core/rules/volatile-default.ts
// STUB: to be implemented.
const volatileDefault = {
    id: "volatile-default",
    category: "locking",
    severity: "warning",
    description: "A column added with a volatile default rewrites the whole table under an exclusive lock.",
    safeAlternative: "",
    check: () => [],
};

;// CONCATENATED MODULE: ./src/core/rules/index.ts























const rules = [
    addCheckConstraint,
    addForeignKey,
    addRequiredColumn,
    addUniqueConstraint,
    changeColumnType,
    columnTypeRewrite,
    deleteRows,
    dropColumn,
    dropIndexNotConcurrent,
    dropTable,
    editedMigration,
    indexNotConcurrent,
    irreversibleMigration,
    lossyTypeChange,
    renameColumn,
    renameTable,
    setNotNull,
    truncateTable,
    unparseableMigration,
    unrecognizedOperation,
    unusedAllow,
    updateRows,
    volatileDefault,
];
function ruleById(id) {
    return rules.find((r) => r.id === id);
}


/***/ }),

/***/ 3643:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  l: () => (/* binding */ loadParsers),
  I: () => (/* binding */ parsersFor)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
;// CONCATENATED MODULE: external "node:module"
const external_node_module_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:module");
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
// EXTERNAL MODULE: external "node:url"
var external_node_url_ = __nccwpck_require__(3136);
;// CONCATENATED MODULE: ./src/parsers/index.ts
// Loads the WASM parsers once per process and hands the pure core a synchronous `Parsers`.
// In the bundle the .wasm files sit beside dist/index.js; from source they are found in node_modules.




const here = (0,external_node_path_.dirname)((0,external_node_url_.fileURLToPath)(import.meta.url));
const parsers_require = (0,external_node_module_namespaceObject.createRequire)(import.meta.url);
/** Where the bundle keeps a wasm file, else the installed package's copy. */
function wasmPath(file, packagePath) {
    for (const candidate of [(0,external_node_path_.join)(here, file), (0,external_node_path_.join)(here, "..", file)]) {
        if ((0,external_node_fs_.existsSync)(candidate))
            return candidate;
    }
    return parsers_require.resolve(packagePath);
}
const GRAMMARS = {
    python: ["tree-sitter-python.wasm", "tree-sitter-python/tree-sitter-python.wasm"],
    php: ["tree-sitter-php.wasm", "tree-sitter-php/tree-sitter-php.wasm"],
    javascript: ["tree-sitter-javascript.wasm", "tree-sitter-javascript/tree-sitter-javascript.wasm"],
    typescript: ["tree-sitter-typescript.wasm", "tree-sitter-typescript/tree-sitter-typescript.wasm"],
    elixir: ["tree-sitter-elixir.wasm", "tree-sitter-elixir/tree-sitter-elixir.wasm"],
};
/** Node prints "WASI is an experimental feature" once per process; it says nothing about our run. */
async function withoutWasiWarning(fn) {
    const original = process.emitWarning;
    process.emitWarning = ((warning, ...rest) => {
        const text = typeof warning === "string" ? warning : warning.message;
        if (/WASI/.test(text))
            return;
        original.call(process, warning, ...rest);
    });
    try {
        return await fn();
    }
    finally {
        process.emitWarning = original;
    }
}
const ALL = [
    "ruby",
    "postgres",
    "python",
    "php",
    "javascript",
    "typescript",
    "elixir",
];
const BY_EXTENSION = {
    rb: ["ruby"],
    py: ["python"],
    sql: [],
    php: ["php"],
    js: ["javascript"],
    mjs: ["javascript"],
    cjs: ["javascript"],
    ts: ["typescript"],
    mts: ["typescript"],
    cts: ["typescript"],
    exs: ["elixir"],
};
/** The parsers files with these paths can need: their language's, plus PostgreSQL for any embedded SQL. */
function parsersFor(paths) {
    const needed = new Set();
    for (const path of paths) {
        const ext = /\.([a-z]+)$/i.exec(path)?.[1]?.toLowerCase();
        const names = ext === undefined ? undefined : BY_EXTENSION[ext];
        if (!names)
            continue;
        names.forEach((n) => needed.add(n));
        needed.add("postgres");
    }
    return [...needed];
}
// Each parser loads at most once per process, and only when some file needs it: a cold start on one
// Rails file pays for prism and libpg_query, not for five tree-sitter grammars.
let prism;
let pg;
let treeSitter;
const grammars = new Map();
const ready = { grammars: new Map() };
/** Loads the named parsers (all by default) and returns the synchronous interface the core uses. */
async function loadParsers(names = ALL) {
    const jobs = [];
    for (const name of names) {
        if (name === "ruby")
            jobs.push((prism ??= loadPrism()).then((f) => (ready.ruby = f)));
        else if (name === "postgres")
            jobs.push((pg ??= loadPg()).then((m) => (ready.pg = m)));
        else {
            if (!grammars.has(name))
                grammars.set(name, loadGrammar(name));
            jobs.push(grammars.get(name).then((p) => ready.grammars.set(name, p)));
        }
    }
    await Promise.all(jobs);
    return PARSERS;
}
function notLoaded(name) {
    throw new Error(`the ${name} parser was not loaded for this run`);
}
const PARSERS = {
    ruby: (source) => (ready.ruby ?? notLoaded("Ruby"))(source),
    postgres: (sql) => (ready.pg ?? notLoaded("PostgreSQL")).parseSync(sql),
    postgresScan: (sql) => (ready.pg ?? notLoaded("PostgreSQL")).scanSync(sql),
    treeSitter: (language, source) => {
        const tree = (ready.grammars.get(language) ?? notLoaded(language)).parse(source);
        if (!tree)
            throw new Error(`tree-sitter returned no tree for a ${language} source`);
        return tree;
    },
};
async function loadPrism() {
    // prism's own loader resolves its wasm relative to itself, which a bundle breaks; instantiate it here.
    const { parsePrism } = await __nccwpck_require__.e(/* import() */ 755).then(__nccwpck_require__.bind(__nccwpck_require__, 2755));
    const module = await WebAssembly.compile((0,external_node_fs_.readFileSync)(wasmPath("prism.wasm", "@ruby/prism/src/prism.wasm")));
    const { WASI } = await withoutWasiWarning(() => Promise.resolve(/* import() */).then(__nccwpck_require__.t.bind(__nccwpck_require__, 3631, 23)));
    const wasi = new WASI({ version: "preview1" });
    const instance = await WebAssembly.instantiate(module, wasi.getImportObject());
    wasi.initialize(instance);
    return (source) => parsePrism(instance.exports, source);
}
/**
 * libpg-query's and web-tree-sitter's emscripten glue read `__dirname`, which ESM does not define; lend them
 * the folder of the wasm files for the time they load. Loads are serialized so the loan cannot overlap.
 */
let dirnameLoan = Promise.resolve();
function withDirname(fn) {
    const run = dirnameLoan.then(async () => {
        const g = globalThis;
        const previous = g.__dirname;
        g.__dirname = (0,external_node_path_.dirname)(wasmPath("libpg-query.wasm", "libpg-query/wasm/libpg-query.wasm"));
        try {
            return await fn();
        }
        finally {
            if (previous === undefined)
                delete g.__dirname;
            else
                g.__dirname = previous;
        }
    });
    dirnameLoan = run.catch(() => undefined);
    return run;
}
function loadPg() {
    return withDirname(async () => {
        const module = await __nccwpck_require__.e(/* import() */ 663).then(__nccwpck_require__.t.bind(__nccwpck_require__, 2663, 23));
        await module.loadModule();
        return module;
    });
}
function loadTreeSitter() {
    return withDirname(async () => {
        const { default: ts } = await Promise.all(/* import() */[__nccwpck_require__.e(235), __nccwpck_require__.e(505)]).then(__nccwpck_require__.t.bind(__nccwpck_require__, 9505, 23));
        await ts.Parser.init({
            locateFile: () => wasmPath("web-tree-sitter.wasm", "web-tree-sitter/web-tree-sitter.wasm"),
        });
        return ts;
    });
}
async function loadGrammar(language) {
    const ts = await (treeSitter ??= loadTreeSitter());
    const [file, packagePath] = GRAMMARS[language];
    const grammar = await ts.Language.load((0,external_node_fs_.readFileSync)(wasmPath(file, packagePath)));
    const parser = new ts.Parser();
    parser.setLanguage(grammar);
    return parser;
}


/***/ }),

/***/ 181:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("buffer");

/***/ }),

/***/ 9896:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs");

/***/ }),

/***/ 1943:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs/promises");

/***/ }),

/***/ 1421:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");

/***/ }),

/***/ 7598:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");

/***/ }),

/***/ 3024:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");

/***/ }),

/***/ 8161:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");

/***/ }),

/***/ 6760:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");

/***/ }),

/***/ 3136:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:url");

/***/ }),

/***/ 7975:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");

/***/ }),

/***/ 3631:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:wasi");

/***/ }),

/***/ 857:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("os");

/***/ }),

/***/ 932:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("process");

/***/ }),

/***/ 2018:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tty");

/***/ }),

/***/ 9023:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("util");

/***/ }),

/***/ 3053:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(415);
var Scalar = __nccwpck_require__(2765);
var YAMLMap = __nccwpck_require__(1950);
var YAMLSeq = __nccwpck_require__(7495);
var resolveBlockMap = __nccwpck_require__(6519);
var resolveBlockSeq = __nccwpck_require__(2662);
var resolveFlowCollection = __nccwpck_require__(4206);

function resolveCollection(CN, ctx, token, onError, tagName, tag) {
    const coll = token.type === 'block-map'
        ? resolveBlockMap.resolveBlockMap(CN, ctx, token, onError, tag)
        : token.type === 'block-seq'
            ? resolveBlockSeq.resolveBlockSeq(CN, ctx, token, onError, tag)
            : resolveFlowCollection.resolveFlowCollection(CN, ctx, token, onError, tag);
    const Coll = coll.constructor;
    // If we got a tagName matching the class, or the tag name is '!',
    // then use the tagName from the node class used to create it.
    if (tagName === '!' || tagName === Coll.tagName) {
        coll.tag = Coll.tagName;
        return coll;
    }
    if (tagName)
        coll.tag = tagName;
    return coll;
}
function composeCollection(CN, ctx, token, props, onError) {
    const tagToken = props.tag;
    const tagName = !tagToken
        ? null
        : ctx.directives.tagName(tagToken.source, msg => onError(tagToken, 'TAG_RESOLVE_FAILED', msg));
    if (token.type === 'block-seq') {
        const { anchor, newlineAfterProp: nl } = props;
        const lastProp = anchor && tagToken
            ? anchor.offset > tagToken.offset
                ? anchor
                : tagToken
            : (anchor ?? tagToken);
        if (lastProp && (!nl || nl.offset < lastProp.offset)) {
            const message = 'Missing newline after block sequence props';
            onError(lastProp, 'MISSING_CHAR', message);
        }
    }
    const expType = token.type === 'block-map'
        ? 'map'
        : token.type === 'block-seq'
            ? 'seq'
            : token.start.source === '{'
                ? 'map'
                : 'seq';
    // shortcut: check if it's a generic YAMLMap or YAMLSeq
    // before jumping into the custom tag logic.
    if (!tagToken ||
        !tagName ||
        tagName === '!' ||
        (tagName === YAMLMap.YAMLMap.tagName && expType === 'map') ||
        (tagName === YAMLSeq.YAMLSeq.tagName && expType === 'seq')) {
        return resolveCollection(CN, ctx, token, onError, tagName);
    }
    let tag = ctx.schema.tags.find(t => t.tag === tagName && t.collection === expType);
    if (!tag) {
        const kt = ctx.schema.knownTags[tagName];
        if (kt?.collection === expType) {
            ctx.schema.tags.push(Object.assign({}, kt, { default: false }));
            tag = kt;
        }
        else {
            if (kt) {
                onError(tagToken, 'BAD_COLLECTION_TYPE', `${kt.tag} used for ${expType} collection, but expects ${kt.collection ?? 'scalar'}`, true);
            }
            else {
                onError(tagToken, 'TAG_RESOLVE_FAILED', `Unresolved tag: ${tagName}`, true);
            }
            return resolveCollection(CN, ctx, token, onError, tagName);
        }
    }
    const coll = resolveCollection(CN, ctx, token, onError, tagName, tag);
    const res = tag.resolve?.(coll, msg => onError(tagToken, 'TAG_RESOLVE_FAILED', msg), ctx.options) ?? coll;
    const node = identity.isNode(res)
        ? res
        : new Scalar.Scalar(res);
    node.range = coll.range;
    node.tag = tagName;
    if (tag?.format)
        node.format = tag.format;
    return node;
}

exports.composeCollection = composeCollection;


/***/ }),

/***/ 5899:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Document = __nccwpck_require__(6885);
var composeNode = __nccwpck_require__(4873);
var resolveEnd = __nccwpck_require__(644);
var resolveProps = __nccwpck_require__(2207);

function composeDoc(options, directives, { offset, start, value, end }, onError) {
    const opts = Object.assign({ _directives: directives }, options);
    const doc = new Document.Document(undefined, opts);
    const ctx = {
        atKey: false,
        atRoot: true,
        directives: doc.directives,
        options: doc.options,
        schema: doc.schema
    };
    const props = resolveProps.resolveProps(start, {
        indicator: 'doc-start',
        next: value ?? end?.[0],
        offset,
        onError,
        parentIndent: 0,
        startOnNewline: true
    });
    if (props.found) {
        doc.directives.docStart = true;
        if (value &&
            (value.type === 'block-map' || value.type === 'block-seq') &&
            !props.hasNewline)
            onError(props.end, 'MISSING_CHAR', 'Block collection cannot start on same line with directives-end marker');
    }
    // @ts-expect-error If Contents is set, let's trust the user
    doc.contents = value
        ? composeNode.composeNode(ctx, value, props, onError)
        : composeNode.composeEmptyNode(ctx, props.end, start, null, props, onError);
    const contentEnd = doc.contents.range[2];
    const re = resolveEnd.resolveEnd(end, contentEnd, false, onError);
    if (re.comment)
        doc.comment = re.comment;
    doc.range = [offset, contentEnd, re.offset];
    return doc;
}

exports.composeDoc = composeDoc;


/***/ }),

/***/ 4873:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Alias = __nccwpck_require__(7641);
var identity = __nccwpck_require__(415);
var composeCollection = __nccwpck_require__(3053);
var composeScalar = __nccwpck_require__(3293);
var resolveEnd = __nccwpck_require__(644);
var utilEmptyScalarPosition = __nccwpck_require__(4831);

const CN = { composeNode, composeEmptyNode };
function composeNode(ctx, token, props, onError) {
    const atKey = ctx.atKey;
    const { spaceBefore, comment, anchor, tag } = props;
    let node;
    let isSrcToken = true;
    switch (token.type) {
        case 'alias':
            node = composeAlias(ctx, token, onError);
            if (anchor || tag)
                onError(token, 'ALIAS_PROPS', 'An alias node must not specify any properties');
            break;
        case 'scalar':
        case 'single-quoted-scalar':
        case 'double-quoted-scalar':
        case 'block-scalar':
            node = composeScalar.composeScalar(ctx, token, tag, onError);
            if (anchor)
                node.anchor = anchor.source.substring(1);
            break;
        case 'block-map':
        case 'block-seq':
        case 'flow-collection':
            try {
                node = composeCollection.composeCollection(CN, ctx, token, props, onError);
                if (anchor)
                    node.anchor = anchor.source.substring(1);
            }
            catch (error) {
                // Almost certainly here due to a stack overflow
                const message = error instanceof Error ? error.message : String(error);
                onError(token, 'RESOURCE_EXHAUSTION', message);
            }
            break;
        default: {
            const message = token.type === 'error'
                ? token.message
                : `Unsupported token (type: ${token.type})`;
            onError(token, 'UNEXPECTED_TOKEN', message);
            isSrcToken = false;
        }
    }
    node ?? (node = composeEmptyNode(ctx, token.offset, undefined, null, props, onError));
    if (anchor && node.anchor === '')
        onError(anchor, 'BAD_ALIAS', 'Anchor cannot be an empty string');
    if (atKey &&
        ctx.options.stringKeys &&
        (!identity.isScalar(node) ||
            typeof node.value !== 'string' ||
            (node.tag && node.tag !== 'tag:yaml.org,2002:str'))) {
        const msg = 'With stringKeys, all keys must be strings';
        onError(tag ?? token, 'NON_STRING_KEY', msg);
    }
    if (spaceBefore)
        node.spaceBefore = true;
    if (comment) {
        if (token.type === 'scalar' && token.source === '')
            node.comment = comment;
        else
            node.commentBefore = comment;
    }
    // @ts-expect-error Type checking misses meaning of isSrcToken
    if (ctx.options.keepSourceTokens && isSrcToken)
        node.srcToken = token;
    return node;
}
function composeEmptyNode(ctx, offset, before, pos, { spaceBefore, comment, anchor, tag, end }, onError) {
    const token = {
        type: 'scalar',
        offset: utilEmptyScalarPosition.emptyScalarPosition(offset, before, pos),
        indent: -1,
        source: ''
    };
    const node = composeScalar.composeScalar(ctx, token, tag, onError);
    if (anchor) {
        node.anchor = anchor.source.substring(1);
        if (node.anchor === '')
            onError(anchor, 'BAD_ALIAS', 'Anchor cannot be an empty string');
    }
    if (spaceBefore)
        node.spaceBefore = true;
    if (comment) {
        node.comment = comment;
        node.range[2] = end;
    }
    return node;
}
function composeAlias({ options }, { offset, source, end }, onError) {
    const alias = new Alias.Alias(source.substring(1));
    if (alias.source === '')
        onError(offset, 'BAD_ALIAS', 'Alias cannot be an empty string');
    if (alias.source.endsWith(':'))
        onError(offset + source.length - 1, 'BAD_ALIAS', 'Alias ending in : is ambiguous', true);
    const valueEnd = offset + source.length;
    const re = resolveEnd.resolveEnd(end, valueEnd, options.strict, onError);
    alias.range = [offset, valueEnd, re.offset];
    if (re.comment)
        alias.comment = re.comment;
    return alias;
}

exports.composeEmptyNode = composeEmptyNode;
exports.composeNode = composeNode;


/***/ }),

/***/ 3293:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(415);
var Scalar = __nccwpck_require__(2765);
var resolveBlockScalar = __nccwpck_require__(809);
var resolveFlowScalar = __nccwpck_require__(8066);

function composeScalar(ctx, token, tagToken, onError) {
    const { value, type, comment, range } = token.type === 'block-scalar'
        ? resolveBlockScalar.resolveBlockScalar(ctx, token, onError)
        : resolveFlowScalar.resolveFlowScalar(token, ctx.options.strict, onError);
    const tagName = tagToken
        ? ctx.directives.tagName(tagToken.source, msg => onError(tagToken, 'TAG_RESOLVE_FAILED', msg))
        : null;
    let tag;
    if (ctx.options.stringKeys && ctx.atKey) {
        tag = ctx.schema[identity.SCALAR];
    }
    else if (tagName)
        tag = findScalarTagByName(ctx.schema, value, tagName, tagToken, onError);
    else if (token.type === 'scalar')
        tag = findScalarTagByTest(ctx, value, token, onError);
    else
        tag = ctx.schema[identity.SCALAR];
    let scalar;
    try {
        const res = tag.resolve(value, msg => onError(tagToken ?? token, 'TAG_RESOLVE_FAILED', msg), ctx.options);
        scalar = identity.isScalar(res) ? res : new Scalar.Scalar(res);
    }
    catch (error) {
        const msg = error instanceof Error ? error.message : String(error);
        onError(tagToken ?? token, 'TAG_RESOLVE_FAILED', msg);
        scalar = new Scalar.Scalar(value);
    }
    scalar.range = range;
    scalar.source = value;
    if (type)
        scalar.type = type;
    if (tagName)
        scalar.tag = tagName;
    if (tag.format)
        scalar.format = tag.format;
    if (comment)
        scalar.comment = comment;
    return scalar;
}
function findScalarTagByName(schema, value, tagName, tagToken, onError) {
    if (tagName === '!')
        return schema[identity.SCALAR]; // non-specific tag
    const matchWithTest = [];
    for (const tag of schema.tags) {
        if (!tag.collection && tag.tag === tagName) {
            if (tag.default && tag.test)
                matchWithTest.push(tag);
            else
                return tag;
        }
    }
    for (const tag of matchWithTest)
        if (tag.test?.test(value))
            return tag;
    const kt = schema.knownTags[tagName];
    if (kt && !kt.collection) {
        // Ensure that the known tag is available for stringifying,
        // but does not get used by default.
        schema.tags.push(Object.assign({}, kt, { default: false, test: undefined }));
        return kt;
    }
    onError(tagToken, 'TAG_RESOLVE_FAILED', `Unresolved tag: ${tagName}`, tagName !== 'tag:yaml.org,2002:str');
    return schema[identity.SCALAR];
}
function findScalarTagByTest({ atKey, directives, schema }, value, token, onError) {
    const tag = schema.tags.find(tag => (tag.default === true || (atKey && tag.default === 'key')) &&
        tag.test?.test(value)) || schema[identity.SCALAR];
    if (schema.compat) {
        const compat = schema.compat.find(tag => tag.default && tag.test?.test(value)) ??
            schema[identity.SCALAR];
        if (tag.tag !== compat.tag) {
            const ts = directives.tagString(tag.tag);
            const cs = directives.tagString(compat.tag);
            const msg = `Value may be parsed as either ${ts} or ${cs}`;
            onError(token, 'TAG_RESOLVE_FAILED', msg, true);
        }
    }
    return tag;
}

exports.composeScalar = composeScalar;


/***/ }),

/***/ 3480:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var node_process = __nccwpck_require__(932);
var directives = __nccwpck_require__(2342);
var Document = __nccwpck_require__(6885);
var errors = __nccwpck_require__(3376);
var identity = __nccwpck_require__(415);
var composeDoc = __nccwpck_require__(5899);
var resolveEnd = __nccwpck_require__(644);

function getErrorPos(src) {
    if (typeof src === 'number')
        return [src, src + 1];
    if (Array.isArray(src))
        return src.length === 2 ? src : [src[0], src[1]];
    const { offset, source } = src;
    return [offset, offset + (typeof source === 'string' ? source.length : 1)];
}
function parsePrelude(prelude) {
    let comment = '';
    let atComment = false;
    let afterEmptyLine = false;
    for (let i = 0; i < prelude.length; ++i) {
        const source = prelude[i];
        switch (source[0]) {
            case '#':
                comment +=
                    (comment === '' ? '' : afterEmptyLine ? '\n\n' : '\n') +
                        (source.substring(1) || ' ');
                atComment = true;
                afterEmptyLine = false;
                break;
            case '%':
                if (prelude[i + 1]?.[0] !== '#')
                    i += 1;
                atComment = false;
                break;
            default:
                // This may be wrong after doc-end, but in that case it doesn't matter
                if (!atComment)
                    afterEmptyLine = true;
                atComment = false;
        }
    }
    return { comment, afterEmptyLine };
}
/**
 * Compose a stream of CST nodes into a stream of YAML Documents.
 *
 * ```ts
 * import { Composer, Parser } from 'yaml'
 *
 * const src: string = ...
 * const tokens = new Parser().parse(src)
 * const docs = new Composer().compose(tokens)
 * ```
 */
class Composer {
    constructor(options = {}) {
        this.doc = null;
        this.atDirectives = false;
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
        this.onError = (source, code, message, warning) => {
            const pos = getErrorPos(source);
            if (warning)
                this.warnings.push(new errors.YAMLWarning(pos, code, message));
            else
                this.errors.push(new errors.YAMLParseError(pos, code, message));
        };
        // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
        this.directives = new directives.Directives({ version: options.version || '1.2' });
        this.options = options;
    }
    decorate(doc, afterDoc) {
        const { comment, afterEmptyLine } = parsePrelude(this.prelude);
        //console.log({ dc: doc.comment, prelude, comment })
        if (comment) {
            const dc = doc.contents;
            if (afterDoc) {
                doc.comment = doc.comment ? `${doc.comment}\n${comment}` : comment;
            }
            else if (afterEmptyLine || doc.directives.docStart || !dc) {
                doc.commentBefore = comment;
            }
            else if (identity.isCollection(dc) && !dc.flow && dc.items.length > 0) {
                let it = dc.items[0];
                if (identity.isPair(it))
                    it = it.key;
                const cb = it.commentBefore;
                it.commentBefore = cb ? `${comment}\n${cb}` : comment;
            }
            else {
                const cb = dc.commentBefore;
                dc.commentBefore = cb ? `${comment}\n${cb}` : comment;
            }
        }
        if (afterDoc) {
            for (let i = 0; i < this.errors.length; ++i)
                doc.errors.push(this.errors[i]);
            for (let i = 0; i < this.warnings.length; ++i)
                doc.warnings.push(this.warnings[i]);
        }
        else {
            doc.errors = this.errors;
            doc.warnings = this.warnings;
        }
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
    }
    /**
     * Current stream status information.
     *
     * Mostly useful at the end of input for an empty stream.
     */
    streamInfo() {
        return {
            comment: parsePrelude(this.prelude).comment,
            directives: this.directives,
            errors: this.errors,
            warnings: this.warnings
        };
    }
    /**
     * Compose tokens into documents.
     *
     * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
     * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
     */
    *compose(tokens, forceDoc = false, endOffset = -1) {
        for (const token of tokens)
            yield* this.next(token);
        yield* this.end(forceDoc, endOffset);
    }
    /** Advance the composer by one CST token. */
    *next(token) {
        if (node_process.env.LOG_STREAM)
            console.dir(token, { depth: null });
        switch (token.type) {
            case 'directive':
                this.directives.add(token.source, (offset, message, warning) => {
                    const pos = getErrorPos(token);
                    pos[0] += offset;
                    this.onError(pos, 'BAD_DIRECTIVE', message, warning);
                });
                this.prelude.push(token.source);
                this.atDirectives = true;
                break;
            case 'document': {
                const doc = composeDoc.composeDoc(this.options, this.directives, token, this.onError);
                if (this.atDirectives && !doc.directives.docStart)
                    this.onError(token, 'MISSING_CHAR', 'Missing directives-end/doc-start indicator line');
                this.decorate(doc, false);
                if (this.doc)
                    yield this.doc;
                this.doc = doc;
                this.atDirectives = false;
                break;
            }
            case 'byte-order-mark':
            case 'space':
                break;
            case 'comment':
            case 'newline':
                this.prelude.push(token.source);
                break;
            case 'error': {
                const msg = token.source
                    ? `${token.message}: ${JSON.stringify(token.source)}`
                    : token.message;
                const error = new errors.YAMLParseError(getErrorPos(token), 'UNEXPECTED_TOKEN', msg);
                if (this.atDirectives || !this.doc)
                    this.errors.push(error);
                else
                    this.doc.errors.push(error);
                break;
            }
            case 'doc-end': {
                if (!this.doc) {
                    const msg = 'Unexpected doc-end without preceding document';
                    this.errors.push(new errors.YAMLParseError(getErrorPos(token), 'UNEXPECTED_TOKEN', msg));
                    break;
                }
                this.doc.directives.docEnd = true;
                const end = resolveEnd.resolveEnd(token.end, token.offset + token.source.length, this.doc.options.strict, this.onError);
                this.decorate(this.doc, true);
                if (end.comment) {
                    const dc = this.doc.comment;
                    this.doc.comment = dc ? `${dc}\n${end.comment}` : end.comment;
                }
                this.doc.range[2] = end.offset;
                break;
            }
            default:
                this.errors.push(new errors.YAMLParseError(getErrorPos(token), 'UNEXPECTED_TOKEN', `Unsupported token ${token.type}`));
        }
    }
    /**
     * Call at end of input to yield any remaining document.
     *
     * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
     * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
     */
    *end(forceDoc = false, endOffset = -1) {
        if (this.doc) {
            this.decorate(this.doc, true);
            yield this.doc;
            this.doc = null;
        }
        else if (forceDoc) {
            const opts = Object.assign({ _directives: this.directives }, this.options);
            const doc = new Document.Document(undefined, opts);
            if (this.atDirectives)
                this.onError(endOffset, 'MISSING_CHAR', 'Missing directives-end indicator line');
            doc.range = [0, endOffset, endOffset];
            this.decorate(doc, false);
            yield doc;
        }
    }
}

exports.Composer = Composer;


/***/ }),

/***/ 6519:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Pair = __nccwpck_require__(4245);
var YAMLMap = __nccwpck_require__(1950);
var resolveProps = __nccwpck_require__(2207);
var utilContainsNewline = __nccwpck_require__(9699);
var utilFlowIndentCheck = __nccwpck_require__(7723);
var utilMapIncludes = __nccwpck_require__(8539);

const startColMsg = 'All mapping items must start at the same column';
function resolveBlockMap({ composeNode, composeEmptyNode }, ctx, bm, onError, tag) {
    const NodeClass = tag?.nodeClass ?? YAMLMap.YAMLMap;
    const map = new NodeClass(ctx.schema);
    if (ctx.atRoot)
        ctx.atRoot = false;
    let offset = bm.offset;
    let commentEnd = null;
    for (const collItem of bm.items) {
        const { start, key, sep, value } = collItem;
        // key properties
        const keyProps = resolveProps.resolveProps(start, {
            indicator: 'explicit-key-ind',
            next: key ?? sep?.[0],
            offset,
            onError,
            parentIndent: bm.indent,
            startOnNewline: true
        });
        const implicitKey = !keyProps.found;
        if (implicitKey) {
            if (key) {
                if (key.type === 'block-seq')
                    onError(offset, 'BLOCK_AS_IMPLICIT_KEY', 'A block sequence may not be used as an implicit map key');
                else if ('indent' in key && key.indent !== bm.indent)
                    onError(offset, 'BAD_INDENT', startColMsg);
            }
            if (!keyProps.anchor && !keyProps.tag && !sep) {
                commentEnd = keyProps.end;
                if (keyProps.comment) {
                    if (map.comment)
                        map.comment += '\n' + keyProps.comment;
                    else
                        map.comment = keyProps.comment;
                }
                continue;
            }
            if (keyProps.newlineAfterProp || utilContainsNewline.containsNewline(key)) {
                onError(key ?? start[start.length - 1], 'MULTILINE_IMPLICIT_KEY', 'Implicit keys need to be on a single line');
            }
        }
        else if (keyProps.found?.indent !== bm.indent) {
            onError(offset, 'BAD_INDENT', startColMsg);
        }
        // key value
        ctx.atKey = true;
        const keyStart = keyProps.end;
        const keyNode = key
            ? composeNode(ctx, key, keyProps, onError)
            : composeEmptyNode(ctx, keyStart, start, null, keyProps, onError);
        if (ctx.schema.compat)
            utilFlowIndentCheck.flowIndentCheck(bm.indent, key, onError);
        ctx.atKey = false;
        if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
            onError(keyStart, 'DUPLICATE_KEY', 'Map keys must be unique');
        // value properties
        const valueProps = resolveProps.resolveProps(sep ?? [], {
            indicator: 'map-value-ind',
            next: value,
            offset: keyNode.range[2],
            onError,
            parentIndent: bm.indent,
            startOnNewline: !key || key.type === 'block-scalar'
        });
        offset = valueProps.end;
        if (valueProps.found) {
            if (implicitKey) {
                if (value?.type === 'block-map' && !valueProps.hasNewline)
                    onError(offset, 'BLOCK_AS_IMPLICIT_KEY', 'Nested mappings are not allowed in compact mappings');
                if (ctx.options.strict &&
                    keyProps.start < valueProps.found.offset - 1024)
                    onError(keyNode.range, 'KEY_OVER_1024_CHARS', 'The : indicator must be at most 1024 chars after the start of an implicit block mapping key');
            }
            // value value
            const valueNode = value
                ? composeNode(ctx, value, valueProps, onError)
                : composeEmptyNode(ctx, offset, sep, null, valueProps, onError);
            if (ctx.schema.compat)
                utilFlowIndentCheck.flowIndentCheck(bm.indent, value, onError);
            offset = valueNode.range[2];
            const pair = new Pair.Pair(keyNode, valueNode);
            if (ctx.options.keepSourceTokens)
                pair.srcToken = collItem;
            map.items.push(pair);
        }
        else {
            // key with no value
            if (implicitKey)
                onError(keyNode.range, 'MISSING_CHAR', 'Implicit map keys need to be followed by map values');
            if (valueProps.comment) {
                if (keyNode.comment)
                    keyNode.comment += '\n' + valueProps.comment;
                else
                    keyNode.comment = valueProps.comment;
            }
            const pair = new Pair.Pair(keyNode);
            if (ctx.options.keepSourceTokens)
                pair.srcToken = collItem;
            map.items.push(pair);
        }
    }
    if (commentEnd && commentEnd < offset)
        onError(commentEnd, 'IMPOSSIBLE', 'Map comment with trailing content');
    map.range = [bm.offset, offset, commentEnd ?? offset];
    return map;
}

exports.resolveBlockMap = resolveBlockMap;


/***/ }),

/***/ 809:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(2765);

function resolveBlockScalar(ctx, scalar, onError) {
    const start = scalar.offset;
    const header = parseBlockScalarHeader(scalar, ctx.options.strict, onError);
    if (!header)
        return { value: '', type: null, comment: '', range: [start, start, start] };
    const type = header.mode === '>' ? Scalar.Scalar.BLOCK_FOLDED : Scalar.Scalar.BLOCK_LITERAL;
    const lines = scalar.source ? splitLines(scalar.source) : [];
    // determine the end of content & start of chomping
    let chompStart = lines.length;
    for (let i = lines.length - 1; i >= 0; --i) {
        const content = lines[i][1];
        if (content === '' || content === '\r')
            chompStart = i;
        else
            break;
    }
    // shortcut for empty contents
    if (chompStart === 0) {
        const value = header.chomp === '+' && lines.length > 0
            ? '\n'.repeat(Math.max(1, lines.length - 1))
            : '';
        let end = start + header.length;
        if (scalar.source)
            end += scalar.source.length;
        return { value, type, comment: header.comment, range: [start, end, end] };
    }
    // find the indentation level to trim from start
    let trimIndent = scalar.indent + header.indent;
    let offset = scalar.offset + header.length;
    let contentStart = 0;
    for (let i = 0; i < chompStart; ++i) {
        const [indent, content] = lines[i];
        if (content === '' || content === '\r') {
            if (header.indent === 0 && indent.length > trimIndent)
                trimIndent = indent.length;
        }
        else {
            if (indent.length < trimIndent) {
                const message = 'Block scalars with more-indented leading empty lines must use an explicit indentation indicator';
                onError(offset + indent.length, 'MISSING_CHAR', message);
            }
            if (header.indent === 0)
                trimIndent = indent.length;
            contentStart = i;
            if (trimIndent === 0 && !ctx.atRoot) {
                const message = 'Block scalar values in collections must be indented';
                onError(offset, 'BAD_INDENT', message);
            }
            break;
        }
        offset += indent.length + content.length + 1;
    }
    // include trailing more-indented empty lines in content
    for (let i = lines.length - 1; i >= chompStart; --i) {
        if (lines[i][0].length > trimIndent)
            chompStart = i + 1;
    }
    let value = '';
    let sep = '';
    let prevMoreIndented = false;
    // leading whitespace is kept intact
    for (let i = 0; i < contentStart; ++i)
        value += lines[i][0].slice(trimIndent) + '\n';
    for (let i = contentStart; i < chompStart; ++i) {
        let [indent, content] = lines[i];
        offset += indent.length + content.length + 1;
        const crlf = content[content.length - 1] === '\r';
        if (crlf)
            content = content.slice(0, -1);
        /* istanbul ignore if already caught in lexer */
        if (content && indent.length < trimIndent) {
            const src = header.indent
                ? 'explicit indentation indicator'
                : 'first line';
            const message = `Block scalar lines must not be less indented than their ${src}`;
            onError(offset - content.length - (crlf ? 2 : 1), 'BAD_INDENT', message);
            indent = '';
        }
        if (type === Scalar.Scalar.BLOCK_LITERAL) {
            value += sep + indent.slice(trimIndent) + content;
            sep = '\n';
        }
        else if (indent.length > trimIndent || content[0] === '\t') {
            // more-indented content within a folded block
            if (sep === ' ')
                sep = '\n';
            else if (!prevMoreIndented && sep === '\n')
                sep = '\n\n';
            value += sep + indent.slice(trimIndent) + content;
            sep = '\n';
            prevMoreIndented = true;
        }
        else if (content === '') {
            // empty line
            if (sep === '\n')
                value += '\n';
            else
                sep = '\n';
        }
        else {
            value += sep + content;
            sep = ' ';
            prevMoreIndented = false;
        }
    }
    switch (header.chomp) {
        case '-':
            break;
        case '+':
            for (let i = chompStart; i < lines.length; ++i)
                value += '\n' + lines[i][0].slice(trimIndent);
            if (value[value.length - 1] !== '\n')
                value += '\n';
            break;
        default:
            value += '\n';
    }
    const end = start + header.length + scalar.source.length;
    return { value, type, comment: header.comment, range: [start, end, end] };
}
function parseBlockScalarHeader({ offset, props }, strict, onError) {
    /* istanbul ignore if should not happen */
    if (props[0].type !== 'block-scalar-header') {
        onError(props[0], 'IMPOSSIBLE', 'Block scalar header not found');
        return null;
    }
    const { source } = props[0];
    const mode = source[0];
    let indent = 0;
    let chomp = '';
    let error = -1;
    for (let i = 1; i < source.length; ++i) {
        const ch = source[i];
        if (!chomp && (ch === '-' || ch === '+'))
            chomp = ch;
        else {
            const n = Number(ch);
            if (!indent && n)
                indent = n;
            else if (error === -1)
                error = offset + i;
        }
    }
    if (error !== -1)
        onError(error, 'UNEXPECTED_TOKEN', `Block scalar header includes extra characters: ${source}`);
    let hasSpace = false;
    let comment = '';
    let length = source.length;
    for (let i = 1; i < props.length; ++i) {
        const token = props[i];
        switch (token.type) {
            case 'space':
                hasSpace = true;
            // fallthrough
            case 'newline':
                length += token.source.length;
                break;
            case 'comment':
                if (strict && !hasSpace) {
                    const message = 'Comments must be separated from other tokens by white space characters';
                    onError(token, 'MISSING_CHAR', message);
                }
                length += token.source.length;
                comment = token.source.substring(1);
                break;
            case 'error':
                onError(token, 'UNEXPECTED_TOKEN', token.message);
                length += token.source.length;
                break;
            /* istanbul ignore next should not happen */
            default: {
                const message = `Unexpected token in block scalar header: ${token.type}`;
                onError(token, 'UNEXPECTED_TOKEN', message);
                const ts = token.source;
                if (ts && typeof ts === 'string')
                    length += ts.length;
            }
        }
    }
    return { mode, indent, chomp, comment, length };
}
/** @returns Array of lines split up as `[indent, content]` */
function splitLines(source) {
    const split = source.split(/\n( *)/);
    const first = split[0];
    const m = first.match(/^( *)/);
    const line0 = m?.[1]
        ? [m[1], first.slice(m[1].length)]
        : ['', first];
    const lines = [line0];
    for (let i = 1; i < split.length; i += 2)
        lines.push([split[i], split[i + 1]]);
    return lines;
}

exports.resolveBlockScalar = resolveBlockScalar;


/***/ }),

/***/ 2662:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var YAMLSeq = __nccwpck_require__(7495);
var resolveProps = __nccwpck_require__(2207);
var utilFlowIndentCheck = __nccwpck_require__(7723);

function resolveBlockSeq({ composeNode, composeEmptyNode }, ctx, bs, onError, tag) {
    const NodeClass = tag?.nodeClass ?? YAMLSeq.YAMLSeq;
    const seq = new NodeClass(ctx.schema);
    if (ctx.atRoot)
        ctx.atRoot = false;
    if (ctx.atKey)
        ctx.atKey = false;
    let offset = bs.offset;
    let commentEnd = null;
    for (const { start, value } of bs.items) {
        const props = resolveProps.resolveProps(start, {
            indicator: 'seq-item-ind',
            next: value,
            offset,
            onError,
            parentIndent: bs.indent,
            startOnNewline: true
        });
        if (!props.found) {
            if (props.anchor || props.tag || value) {
                if (value?.type === 'block-seq')
                    onError(props.end, 'BAD_INDENT', 'All sequence items must start at the same column');
                else
                    onError(offset, 'MISSING_CHAR', 'Sequence item without - indicator');
            }
            else {
                commentEnd = props.end;
                if (props.comment)
                    seq.comment = props.comment;
                continue;
            }
        }
        const node = value
            ? composeNode(ctx, value, props, onError)
            : composeEmptyNode(ctx, props.end, start, null, props, onError);
        if (ctx.schema.compat)
            utilFlowIndentCheck.flowIndentCheck(bs.indent, value, onError);
        offset = node.range[2];
        seq.items.push(node);
    }
    seq.range = [bs.offset, offset, commentEnd ?? offset];
    return seq;
}

exports.resolveBlockSeq = resolveBlockSeq;


/***/ }),

/***/ 644:
/***/ ((__unused_webpack_module, exports) => {



function resolveEnd(end, offset, reqSpace, onError) {
    let comment = '';
    if (end) {
        let hasSpace = false;
        let sep = '';
        for (const token of end) {
            const { source, type } = token;
            switch (type) {
                case 'space':
                    hasSpace = true;
                    break;
                case 'comment': {
                    if (reqSpace && !hasSpace)
                        onError(token, 'MISSING_CHAR', 'Comments must be separated from other tokens by white space characters');
                    const cb = source.substring(1) || ' ';
                    if (!comment)
                        comment = cb;
                    else
                        comment += sep + cb;
                    sep = '';
                    break;
                }
                case 'newline':
                    if (comment)
                        sep += source;
                    hasSpace = true;
                    break;
                default:
                    onError(token, 'UNEXPECTED_TOKEN', `Unexpected ${type} at node end`);
            }
            offset += source.length;
        }
    }
    return { comment, offset };
}

exports.resolveEnd = resolveEnd;


/***/ }),

/***/ 4206:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(415);
var Pair = __nccwpck_require__(4245);
var YAMLMap = __nccwpck_require__(1950);
var YAMLSeq = __nccwpck_require__(7495);
var resolveEnd = __nccwpck_require__(644);
var resolveProps = __nccwpck_require__(2207);
var utilContainsNewline = __nccwpck_require__(9699);
var utilMapIncludes = __nccwpck_require__(8539);

const blockMsg = 'Block collections are not allowed within flow collections';
const isBlock = (token) => token && (token.type === 'block-map' || token.type === 'block-seq');
function resolveFlowCollection({ composeNode, composeEmptyNode }, ctx, fc, onError, tag) {
    const isMap = fc.start.source === '{';
    const fcName = isMap ? 'flow map' : 'flow sequence';
    const NodeClass = (tag?.nodeClass ?? (isMap ? YAMLMap.YAMLMap : YAMLSeq.YAMLSeq));
    const coll = new NodeClass(ctx.schema);
    coll.flow = true;
    const atRoot = ctx.atRoot;
    if (atRoot)
        ctx.atRoot = false;
    if (ctx.atKey)
        ctx.atKey = false;
    let offset = fc.offset + fc.start.source.length;
    for (let i = 0; i < fc.items.length; ++i) {
        const collItem = fc.items[i];
        const { start, key, sep, value } = collItem;
        const props = resolveProps.resolveProps(start, {
            flow: fcName,
            indicator: 'explicit-key-ind',
            next: key ?? sep?.[0],
            offset,
            onError,
            parentIndent: fc.indent,
            startOnNewline: false
        });
        if (!props.found) {
            if (!props.anchor && !props.tag && !sep && !value) {
                if (i === 0 && props.comma)
                    onError(props.comma, 'UNEXPECTED_TOKEN', `Unexpected , in ${fcName}`);
                else if (i < fc.items.length - 1)
                    onError(props.start, 'UNEXPECTED_TOKEN', `Unexpected empty item in ${fcName}`);
                if (props.comment) {
                    if (coll.comment)
                        coll.comment += '\n' + props.comment;
                    else
                        coll.comment = props.comment;
                }
                offset = props.end;
                continue;
            }
            if (!isMap && ctx.options.strict && utilContainsNewline.containsNewline(key))
                onError(key, // checked by containsNewline()
                'MULTILINE_IMPLICIT_KEY', 'Implicit keys of flow sequence pairs need to be on a single line');
        }
        if (i === 0) {
            if (props.comma)
                onError(props.comma, 'UNEXPECTED_TOKEN', `Unexpected , in ${fcName}`);
        }
        else {
            if (!props.comma)
                onError(props.start, 'MISSING_CHAR', `Missing , between ${fcName} items`);
            if (props.comment) {
                let prevItemComment = '';
                loop: for (const st of start) {
                    switch (st.type) {
                        case 'comma':
                        case 'space':
                            break;
                        case 'comment':
                            prevItemComment = st.source.substring(1);
                            break loop;
                        default:
                            break loop;
                    }
                }
                if (prevItemComment) {
                    let prev = coll.items[coll.items.length - 1];
                    if (identity.isPair(prev))
                        prev = prev.value ?? prev.key;
                    if (prev.comment)
                        prev.comment += '\n' + prevItemComment;
                    else
                        prev.comment = prevItemComment;
                    props.comment = props.comment.substring(prevItemComment.length + 1);
                }
            }
        }
        if (!isMap && !sep && !props.found) {
            // item is a value in a seq
            // → key & sep are empty, start does not include ? or :
            const valueNode = value
                ? composeNode(ctx, value, props, onError)
                : composeEmptyNode(ctx, props.end, sep, null, props, onError);
            coll.items.push(valueNode);
            offset = valueNode.range[2];
            if (isBlock(value))
                onError(valueNode.range, 'BLOCK_IN_FLOW', blockMsg);
        }
        else {
            // item is a key+value pair
            // key value
            ctx.atKey = true;
            const keyStart = props.end;
            const keyNode = key
                ? composeNode(ctx, key, props, onError)
                : composeEmptyNode(ctx, keyStart, start, null, props, onError);
            if (isBlock(key))
                onError(keyNode.range, 'BLOCK_IN_FLOW', blockMsg);
            ctx.atKey = false;
            // value properties
            const valueProps = resolveProps.resolveProps(sep ?? [], {
                flow: fcName,
                indicator: 'map-value-ind',
                next: value,
                offset: keyNode.range[2],
                onError,
                parentIndent: fc.indent,
                startOnNewline: false
            });
            if (valueProps.found) {
                if (!isMap && !props.found && ctx.options.strict) {
                    if (sep)
                        for (const st of sep) {
                            if (st === valueProps.found)
                                break;
                            if (st.type === 'newline') {
                                onError(st, 'MULTILINE_IMPLICIT_KEY', 'Implicit keys of flow sequence pairs need to be on a single line');
                                break;
                            }
                        }
                    if (props.start < valueProps.found.offset - 1024)
                        onError(valueProps.found, 'KEY_OVER_1024_CHARS', 'The : indicator must be at most 1024 chars after the start of an implicit flow sequence key');
                }
            }
            else if (value) {
                if ('source' in value && value.source?.[0] === ':')
                    onError(value, 'MISSING_CHAR', `Missing space after : in ${fcName}`);
                else
                    onError(valueProps.start, 'MISSING_CHAR', `Missing , or : between ${fcName} items`);
            }
            // value value
            const valueNode = value
                ? composeNode(ctx, value, valueProps, onError)
                : valueProps.found
                    ? composeEmptyNode(ctx, valueProps.end, sep, null, valueProps, onError)
                    : null;
            if (valueNode) {
                if (isBlock(value))
                    onError(valueNode.range, 'BLOCK_IN_FLOW', blockMsg);
            }
            else if (valueProps.comment) {
                if (keyNode.comment)
                    keyNode.comment += '\n' + valueProps.comment;
                else
                    keyNode.comment = valueProps.comment;
            }
            const pair = new Pair.Pair(keyNode, valueNode);
            if (ctx.options.keepSourceTokens)
                pair.srcToken = collItem;
            if (isMap) {
                const map = coll;
                if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
                    onError(keyStart, 'DUPLICATE_KEY', 'Map keys must be unique');
                map.items.push(pair);
            }
            else {
                const map = new YAMLMap.YAMLMap(ctx.schema);
                map.flow = true;
                map.items.push(pair);
                const endRange = (valueNode ?? keyNode).range;
                map.range = [keyNode.range[0], endRange[1], endRange[2]];
                coll.items.push(map);
            }
            offset = valueNode ? valueNode.range[2] : valueProps.end;
        }
    }
    const expectedEnd = isMap ? '}' : ']';
    const [ce, ...ee] = fc.end;
    let cePos = offset;
    if (ce?.source === expectedEnd)
        cePos = ce.offset + ce.source.length;
    else {
        const name = fcName[0].toUpperCase() + fcName.substring(1);
        const msg = atRoot
            ? `${name} must end with a ${expectedEnd}`
            : `${name} in block collection must be sufficiently indented and end with a ${expectedEnd}`;
        onError(offset, atRoot ? 'MISSING_CHAR' : 'BAD_INDENT', msg);
        if (ce && ce.source.length !== 1)
            ee.unshift(ce);
    }
    if (ee.length > 0) {
        const end = resolveEnd.resolveEnd(ee, cePos, ctx.options.strict, onError);
        if (end.comment) {
            if (coll.comment)
                coll.comment += '\n' + end.comment;
            else
                coll.comment = end.comment;
        }
        coll.range = [fc.offset, cePos, end.offset];
    }
    else {
        coll.range = [fc.offset, cePos, cePos];
    }
    return coll;
}

exports.resolveFlowCollection = resolveFlowCollection;


/***/ }),

/***/ 8066:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(2765);
var resolveEnd = __nccwpck_require__(644);

function resolveFlowScalar(scalar, strict, onError) {
    const { offset, type, source, end } = scalar;
    let _type;
    let value;
    const _onError = (rel, code, msg) => onError(offset + rel, code, msg);
    switch (type) {
        case 'scalar':
            _type = Scalar.Scalar.PLAIN;
            value = plainValue(source, _onError);
            break;
        case 'single-quoted-scalar':
            _type = Scalar.Scalar.QUOTE_SINGLE;
            value = singleQuotedValue(source, _onError);
            break;
        case 'double-quoted-scalar':
            _type = Scalar.Scalar.QUOTE_DOUBLE;
            value = doubleQuotedValue(source, _onError);
            break;
        /* istanbul ignore next should not happen */
        default:
            onError(scalar, 'UNEXPECTED_TOKEN', `Expected a flow scalar value, but found: ${type}`);
            return {
                value: '',
                type: null,
                comment: '',
                range: [offset, offset + source.length, offset + source.length]
            };
    }
    const valueEnd = offset + source.length;
    const re = resolveEnd.resolveEnd(end, valueEnd, strict, onError);
    return {
        value,
        type: _type,
        comment: re.comment,
        range: [offset, valueEnd, re.offset]
    };
}
function plainValue(source, onError) {
    let badChar = '';
    switch (source[0]) {
        /* istanbul ignore next should not happen */
        case '\t':
            badChar = 'a tab character';
            break;
        case ',':
            badChar = 'flow indicator character ,';
            break;
        case '%':
            badChar = 'directive indicator character %';
            break;
        case '|':
        case '>': {
            badChar = `block scalar indicator ${source[0]}`;
            break;
        }
        case '@':
        case '`': {
            badChar = `reserved character ${source[0]}`;
            break;
        }
    }
    if (badChar)
        onError(0, 'BAD_SCALAR_START', `Plain value cannot start with ${badChar}`);
    return unfoldLines(source);
}
function singleQuotedValue(source, onError) {
    if (source[source.length - 1] !== "'" || source.length === 1)
        onError(source.length, 'MISSING_CHAR', "Missing closing 'quote");
    return unfoldLines(source.slice(1, -1)).replace(/''/g, "'");
}
function unfoldLines(source) {
    const line = /(.*?)\r?\n/sy;
    let match = line.exec(source);
    if (!match)
        return source;
    /**
     * The negative lookbehinds in these RegExps are to
     * prevent causing a polynomial search time in certain cases.
     *
     * The try-catch is for Safari < 16.4 and other old browsers:
     * https://caniuse.com/js-regexp-lookbehind
     */
    let trimEnd, trimBoth;
    try {
        trimEnd = new RegExp('(?<![ \t])[ \t]+$');
        trimBoth = new RegExp('^[ \t]+|(?<![ \t])[ \t]+$', 'g');
    }
    catch {
        trimEnd = /[ \t]+$/;
        trimBoth = /^[ \t]+|[ \t]+$/g;
    }
    let res = match[1].replace(trimEnd, '');
    let sep = ' ';
    let pos = line.lastIndex;
    while ((match = line.exec(source))) {
        const lm = match[1].replace(trimBoth, '');
        if (lm === '') {
            if (sep === '\n')
                res += sep;
            else
                sep = '\n';
        }
        else {
            res += sep + lm;
            sep = ' ';
        }
        pos = line.lastIndex;
    }
    const last = /[ \t]*(.*)/sy;
    last.lastIndex = pos;
    match = last.exec(source);
    return res + sep + (match?.[1] ?? '');
}
function doubleQuotedValue(source, onError) {
    let res = '';
    for (let i = 1; i < source.length - 1; ++i) {
        const ch = source[i];
        if (ch === '\r' && source[i + 1] === '\n')
            continue;
        if (ch === '\n') {
            const { fold, offset } = foldNewline(source, i);
            res += fold;
            i = offset;
        }
        else if (ch === '\\') {
            let next = source[++i];
            const cc = escapeCodes[next];
            if (cc)
                res += cc;
            else if (next === '\n') {
                // skip escaped newlines, but still trim the following line
                next = source[i + 1];
                while (next === ' ' || next === '\t')
                    next = source[++i + 1];
            }
            else if (next === '\r' && source[i + 1] === '\n') {
                // skip escaped CRLF newlines, but still trim the following line
                next = source[++i + 1];
                while (next === ' ' || next === '\t')
                    next = source[++i + 1];
            }
            else if (next === 'x' || next === 'u' || next === 'U') {
                const length = next === 'x' ? 2 : next === 'u' ? 4 : 8;
                res += parseCharCode(source, i + 1, length, onError);
                i += length;
            }
            else {
                const raw = source.substr(i - 1, 2);
                onError(i - 1, 'BAD_DQ_ESCAPE', `Invalid escape sequence ${raw}`);
                res += raw;
            }
        }
        else if (ch === ' ' || ch === '\t') {
            // trim trailing whitespace
            const wsStart = i;
            let next = source[i + 1];
            while (next === ' ' || next === '\t')
                next = source[++i + 1];
            if (next !== '\n' && !(next === '\r' && source[i + 2] === '\n'))
                res += i > wsStart ? source.slice(wsStart, i + 1) : ch;
        }
        else {
            res += ch;
        }
    }
    if (source[source.length - 1] !== '"' || source.length === 1)
        onError(source.length, 'MISSING_CHAR', 'Missing closing "quote');
    return res;
}
/**
 * Fold a single newline into a space, multiple newlines to N - 1 newlines.
 * Presumes `source[offset] === '\n'`
 */
function foldNewline(source, offset) {
    let fold = '';
    let ch = source[offset + 1];
    while (ch === ' ' || ch === '\t' || ch === '\n' || ch === '\r') {
        if (ch === '\r' && source[offset + 2] !== '\n')
            break;
        if (ch === '\n')
            fold += '\n';
        offset += 1;
        ch = source[offset + 1];
    }
    if (!fold)
        fold = ' ';
    return { fold, offset };
}
const escapeCodes = {
    '0': '\0', // null character
    a: '\x07', // bell character
    b: '\b', // backspace
    e: '\x1b', // escape character
    f: '\f', // form feed
    n: '\n', // line feed
    r: '\r', // carriage return
    t: '\t', // horizontal tab
    v: '\v', // vertical tab
    N: '\u0085', // Unicode next line
    _: '\u00a0', // Unicode non-breaking space
    L: '\u2028', // Unicode line separator
    P: '\u2029', // Unicode paragraph separator
    ' ': ' ',
    '"': '"',
    '/': '/',
    '\\': '\\',
    '\t': '\t'
};
function parseCharCode(source, offset, length, onError) {
    const cc = source.substr(offset, length);
    const ok = cc.length === length && /^[0-9a-fA-F]+$/.test(cc);
    const code = ok ? parseInt(cc, 16) : NaN;
    try {
        return String.fromCodePoint(code);
    }
    catch {
        const raw = source.substr(offset - 2, length + 2);
        onError(offset - 2, 'BAD_DQ_ESCAPE', `Invalid escape sequence ${raw}`);
        return raw;
    }
}

exports.resolveFlowScalar = resolveFlowScalar;


/***/ }),

/***/ 2207:
/***/ ((__unused_webpack_module, exports) => {



function resolveProps(tokens, { flow, indicator, next, offset, onError, parentIndent, startOnNewline }) {
    let spaceBefore = false;
    let atNewline = startOnNewline;
    let hasSpace = startOnNewline;
    let comment = '';
    let commentSep = '';
    let hasNewline = false;
    let reqSpace = false;
    let tab = null;
    let anchor = null;
    let tag = null;
    let newlineAfterProp = null;
    let comma = null;
    let found = null;
    let start = null;
    for (const token of tokens) {
        if (reqSpace) {
            if (token.type !== 'space' &&
                token.type !== 'newline' &&
                token.type !== 'comma')
                onError(token.offset, 'MISSING_CHAR', 'Tags and anchors must be separated from the next token by white space');
            reqSpace = false;
        }
        if (tab) {
            if (atNewline && token.type !== 'comment' && token.type !== 'newline') {
                onError(tab, 'TAB_AS_INDENT', 'Tabs are not allowed as indentation');
            }
            tab = null;
        }
        switch (token.type) {
            case 'space':
                // At the doc level, tabs at line start may be parsed
                // as leading white space rather than indentation.
                // In a flow collection, only the parser handles indent.
                if (!flow &&
                    (indicator !== 'doc-start' || next?.type !== 'flow-collection') &&
                    token.source.includes('\t')) {
                    tab = token;
                }
                hasSpace = true;
                break;
            case 'comment': {
                if (!hasSpace)
                    onError(token, 'MISSING_CHAR', 'Comments must be separated from other tokens by white space characters');
                const cb = token.source.substring(1) || ' ';
                if (!comment)
                    comment = cb;
                else
                    comment += commentSep + cb;
                commentSep = '';
                atNewline = false;
                break;
            }
            case 'newline':
                if (atNewline) {
                    if (comment)
                        comment += token.source;
                    else if (!found || indicator !== 'seq-item-ind')
                        spaceBefore = true;
                }
                else
                    commentSep += token.source;
                atNewline = true;
                hasNewline = true;
                if (anchor || tag)
                    newlineAfterProp = token;
                hasSpace = true;
                break;
            case 'anchor':
                if (anchor)
                    onError(token, 'MULTIPLE_ANCHORS', 'A node can have at most one anchor');
                if (token.source.endsWith(':'))
                    onError(token.offset + token.source.length - 1, 'BAD_ALIAS', 'Anchor ending in : is ambiguous', true);
                anchor = token;
                start ?? (start = token.offset);
                atNewline = false;
                hasSpace = false;
                reqSpace = true;
                break;
            case 'tag': {
                if (tag)
                    onError(token, 'MULTIPLE_TAGS', 'A node can have at most one tag');
                tag = token;
                start ?? (start = token.offset);
                atNewline = false;
                hasSpace = false;
                reqSpace = true;
                break;
            }
            case indicator:
                // Could here handle preceding comments differently
                if (anchor || tag)
                    onError(token, 'BAD_PROP_ORDER', `Anchors and tags must be after the ${token.source} indicator`);
                if (found)
                    onError(token, 'UNEXPECTED_TOKEN', `Unexpected ${token.source} in ${flow ?? 'collection'}`);
                found = token;
                atNewline =
                    indicator === 'seq-item-ind' || indicator === 'explicit-key-ind';
                hasSpace = false;
                break;
            case 'comma':
                if (flow) {
                    if (comma)
                        onError(token, 'UNEXPECTED_TOKEN', `Unexpected , in ${flow}`);
                    comma = token;
                    atNewline = false;
                    hasSpace = false;
                    break;
                }
            // else fallthrough
            default:
                onError(token, 'UNEXPECTED_TOKEN', `Unexpected ${token.type} token`);
                atNewline = false;
                hasSpace = false;
        }
    }
    const last = tokens[tokens.length - 1];
    const end = last ? last.offset + last.source.length : offset;
    if (reqSpace &&
        next &&
        next.type !== 'space' &&
        next.type !== 'newline' &&
        next.type !== 'comma' &&
        (next.type !== 'scalar' || next.source !== '')) {
        onError(next.offset, 'MISSING_CHAR', 'Tags and anchors must be separated from the next token by white space');
    }
    if (tab &&
        ((atNewline && tab.indent <= parentIndent) ||
            next?.type === 'block-map' ||
            next?.type === 'block-seq'))
        onError(tab, 'TAB_AS_INDENT', 'Tabs are not allowed as indentation');
    return {
        comma,
        found,
        spaceBefore,
        comment,
        hasNewline,
        anchor,
        tag,
        newlineAfterProp,
        end,
        start: start ?? end
    };
}

exports.resolveProps = resolveProps;


/***/ }),

/***/ 9699:
/***/ ((__unused_webpack_module, exports) => {



function containsNewline(key) {
    if (!key)
        return null;
    switch (key.type) {
        case 'alias':
        case 'scalar':
        case 'double-quoted-scalar':
        case 'single-quoted-scalar':
            if (key.source.includes('\n'))
                return true;
            if (key.end)
                for (const st of key.end)
                    if (st.type === 'newline')
                        return true;
            return false;
        case 'flow-collection':
            for (const it of key.items) {
                for (const st of it.start)
                    if (st.type === 'newline')
                        return true;
                if (it.sep)
                    for (const st of it.sep)
                        if (st.type === 'newline')
                            return true;
                if (containsNewline(it.key) || containsNewline(it.value))
                    return true;
            }
            return false;
        default:
            return true;
    }
}

exports.containsNewline = containsNewline;


/***/ }),

/***/ 4831:
/***/ ((__unused_webpack_module, exports) => {



function emptyScalarPosition(offset, before, pos) {
    if (before) {
        pos ?? (pos = before.length);
        for (let i = pos - 1; i >= 0; --i) {
            let st = before[i];
            switch (st.type) {
                case 'space':
                case 'comment':
                case 'newline':
                    offset -= st.source.length;
                    continue;
            }
            // Technically, an empty scalar is immediately after the last non-empty
            // node, but it's more useful to place it after any whitespace.
            st = before[++i];
            while (st?.type === 'space') {
                offset += st.source.length;
                st = before[++i];
            }
            break;
        }
    }
    return offset;
}

exports.emptyScalarPosition = emptyScalarPosition;


/***/ }),

/***/ 7723:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var utilContainsNewline = __nccwpck_require__(9699);

function flowIndentCheck(indent, fc, onError) {
    if (fc?.type === 'flow-collection') {
        const end = fc.end[0];
        if (end.indent === indent &&
            (end.source === ']' || end.source === '}') &&
            utilContainsNewline.containsNewline(fc)) {
            const msg = 'Flow end indicator should be more indented than parent';
            onError(end, 'BAD_INDENT', msg, true);
        }
    }
}

exports.flowIndentCheck = flowIndentCheck;


/***/ }),

/***/ 8539:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(415);

function mapIncludes(ctx, items, search) {
    const { uniqueKeys } = ctx.options;
    if (uniqueKeys === false)
        return false;
    const isEqual = typeof uniqueKeys === 'function'
        ? uniqueKeys
        : (a, b) => a === b || (identity.isScalar(a) && identity.isScalar(b) && a.value === b.value);
    return items.some(pair => isEqual(pair.key, search));
}

exports.mapIncludes = mapIncludes;


/***/ }),

/***/ 6885:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Alias = __nccwpck_require__(7641);
var Collection = __nccwpck_require__(3469);
var identity = __nccwpck_require__(415);
var Pair = __nccwpck_require__(4245);
var toJS = __nccwpck_require__(915);
var Schema = __nccwpck_require__(8296);
var stringifyDocument = __nccwpck_require__(7653);
var anchors = __nccwpck_require__(5236);
var applyReviver = __nccwpck_require__(5797);
var createNode = __nccwpck_require__(2076);
var directives = __nccwpck_require__(2342);

class Document {
    constructor(value, replacer, options) {
        /** A comment before this Document */
        this.commentBefore = null;
        /** A comment immediately after this Document */
        this.comment = null;
        /** Errors encountered during parsing. */
        this.errors = [];
        /** Warnings encountered during parsing. */
        this.warnings = [];
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.DOC });
        let _replacer = null;
        if (typeof replacer === 'function' || Array.isArray(replacer)) {
            _replacer = replacer;
        }
        else if (options === undefined && replacer) {
            options = replacer;
            replacer = undefined;
        }
        const opt = Object.assign({
            intAsBigInt: false,
            keepSourceTokens: false,
            logLevel: 'warn',
            prettyErrors: true,
            strict: true,
            stringKeys: false,
            uniqueKeys: true,
            version: '1.2'
        }, options);
        this.options = opt;
        let { version } = opt;
        if (options?._directives) {
            this.directives = options._directives.atDocument();
            if (this.directives.yaml.explicit)
                version = this.directives.yaml.version;
        }
        else
            this.directives = new directives.Directives({ version });
        this.setSchema(version, options);
        // @ts-expect-error We can't really know that this matches Contents.
        this.contents =
            value === undefined ? null : this.createNode(value, _replacer, options);
    }
    /**
     * Create a deep copy of this Document and its contents.
     *
     * Custom Node values that inherit from `Object` still refer to their original instances.
     */
    clone() {
        const copy = Object.create(Document.prototype, {
            [identity.NODE_TYPE]: { value: identity.DOC }
        });
        copy.commentBefore = this.commentBefore;
        copy.comment = this.comment;
        copy.errors = this.errors.slice();
        copy.warnings = this.warnings.slice();
        copy.options = Object.assign({}, this.options);
        if (this.directives)
            copy.directives = this.directives.clone();
        copy.schema = this.schema.clone();
        // @ts-expect-error We can't really know that this matches Contents.
        copy.contents = identity.isNode(this.contents)
            ? this.contents.clone(copy.schema)
            : this.contents;
        if (this.range)
            copy.range = this.range.slice();
        return copy;
    }
    /** Adds a value to the document. */
    add(value) {
        if (assertCollection(this.contents))
            this.contents.add(value);
    }
    /** Adds a value to the document. */
    addIn(path, value) {
        if (assertCollection(this.contents))
            this.contents.addIn(path, value);
    }
    /**
     * Create a new `Alias` node, ensuring that the target `node` has the required anchor.
     *
     * If `node` already has an anchor, `name` is ignored.
     * Otherwise, the `node.anchor` value will be set to `name`,
     * or if an anchor with that name is already present in the document,
     * `name` will be used as a prefix for a new unique anchor.
     * If `name` is undefined, the generated anchor will use 'a' as a prefix.
     */
    createAlias(node, name) {
        if (!node.anchor) {
            const prev = anchors.anchorNames(this);
            node.anchor =
                // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
                !name || prev.has(name) ? anchors.findNewAnchor(name || 'a', prev) : name;
        }
        return new Alias.Alias(node.anchor);
    }
    createNode(value, replacer, options) {
        let _replacer = undefined;
        if (typeof replacer === 'function') {
            value = replacer.call({ '': value }, '', value);
            _replacer = replacer;
        }
        else if (Array.isArray(replacer)) {
            const keyToStr = (v) => typeof v === 'number' || v instanceof String || v instanceof Number;
            const asStr = replacer.filter(keyToStr).map(String);
            if (asStr.length > 0)
                replacer = replacer.concat(asStr);
            _replacer = replacer;
        }
        else if (options === undefined && replacer) {
            options = replacer;
            replacer = undefined;
        }
        const { aliasDuplicateObjects, anchorPrefix, flow, keepUndefined, onTagObj, tag } = options ?? {};
        const { onAnchor, setAnchors, sourceObjects } = anchors.createNodeAnchors(this, 
        // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
        anchorPrefix || 'a');
        const ctx = {
            aliasDuplicateObjects: aliasDuplicateObjects ?? true,
            keepUndefined: keepUndefined ?? false,
            onAnchor,
            onTagObj,
            replacer: _replacer,
            schema: this.schema,
            sourceObjects
        };
        const node = createNode.createNode(value, tag, ctx);
        if (flow && identity.isCollection(node))
            node.flow = true;
        setAnchors();
        return node;
    }
    /**
     * Convert a key and a value into a `Pair` using the current schema,
     * recursively wrapping all values as `Scalar` or `Collection` nodes.
     */
    createPair(key, value, options = {}) {
        const k = this.createNode(key, null, options);
        const v = this.createNode(value, null, options);
        return new Pair.Pair(k, v);
    }
    /**
     * Removes a value from the document.
     * @returns `true` if the item was found and removed.
     */
    delete(key) {
        return assertCollection(this.contents) ? this.contents.delete(key) : false;
    }
    /**
     * Removes a value from the document.
     * @returns `true` if the item was found and removed.
     */
    deleteIn(path) {
        if (Collection.isEmptyPath(path)) {
            if (this.contents == null)
                return false;
            // @ts-expect-error Presumed impossible if Strict extends false
            this.contents = null;
            return true;
        }
        return assertCollection(this.contents)
            ? this.contents.deleteIn(path)
            : false;
    }
    /**
     * Returns item at `key`, or `undefined` if not found. By default unwraps
     * scalar values from their surrounding node; to disable set `keepScalar` to
     * `true` (collections are always returned intact).
     */
    get(key, keepScalar) {
        return identity.isCollection(this.contents)
            ? this.contents.get(key, keepScalar)
            : undefined;
    }
    /**
     * Returns item at `path`, or `undefined` if not found. By default unwraps
     * scalar values from their surrounding node; to disable set `keepScalar` to
     * `true` (collections are always returned intact).
     */
    getIn(path, keepScalar) {
        if (Collection.isEmptyPath(path))
            return !keepScalar && identity.isScalar(this.contents)
                ? this.contents.value
                : this.contents;
        return identity.isCollection(this.contents)
            ? this.contents.getIn(path, keepScalar)
            : undefined;
    }
    /**
     * Checks if the document includes a value with the key `key`.
     */
    has(key) {
        return identity.isCollection(this.contents) ? this.contents.has(key) : false;
    }
    /**
     * Checks if the document includes a value at `path`.
     */
    hasIn(path) {
        if (Collection.isEmptyPath(path))
            return this.contents !== undefined;
        return identity.isCollection(this.contents) ? this.contents.hasIn(path) : false;
    }
    /**
     * Sets a value in this document. For `!!set`, `value` needs to be a
     * boolean to add/remove the item from the set.
     */
    set(key, value) {
        if (this.contents == null) {
            // @ts-expect-error We can't really know that this matches Contents.
            this.contents = Collection.collectionFromPath(this.schema, [key], value);
        }
        else if (assertCollection(this.contents)) {
            this.contents.set(key, value);
        }
    }
    /**
     * Sets a value in this document. For `!!set`, `value` needs to be a
     * boolean to add/remove the item from the set.
     */
    setIn(path, value) {
        if (Collection.isEmptyPath(path)) {
            // @ts-expect-error We can't really know that this matches Contents.
            this.contents = value;
        }
        else if (this.contents == null) {
            // @ts-expect-error We can't really know that this matches Contents.
            this.contents = Collection.collectionFromPath(this.schema, Array.from(path), value);
        }
        else if (assertCollection(this.contents)) {
            this.contents.setIn(path, value);
        }
    }
    /**
     * Change the YAML version and schema used by the document.
     * A `null` version disables support for directives, explicit tags, anchors, and aliases.
     * It also requires the `schema` option to be given as a `Schema` instance value.
     *
     * Overrides all previously set schema options.
     */
    setSchema(version, options = {}) {
        if (typeof version === 'number')
            version = String(version);
        let opt;
        switch (version) {
            case '1.1':
                if (this.directives)
                    this.directives.yaml.version = '1.1';
                else
                    this.directives = new directives.Directives({ version: '1.1' });
                opt = { resolveKnownTags: false, schema: 'yaml-1.1' };
                break;
            case '1.2':
            case 'next':
                if (this.directives)
                    this.directives.yaml.version = version;
                else
                    this.directives = new directives.Directives({ version });
                opt = { resolveKnownTags: true, schema: 'core' };
                break;
            case null:
                if (this.directives)
                    delete this.directives;
                opt = null;
                break;
            default: {
                const sv = JSON.stringify(version);
                throw new Error(`Expected '1.1', '1.2' or null as first argument, but found: ${sv}`);
            }
        }
        // Not using `instanceof Schema` to allow for duck typing
        if (options.schema instanceof Object)
            this.schema = options.schema;
        else if (opt)
            this.schema = new Schema.Schema(Object.assign(opt, options));
        else
            throw new Error(`With a null YAML version, the { schema: Schema } option is required`);
    }
    // json & jsonArg are only used from toJSON()
    toJS({ json, jsonArg, mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        const ctx = {
            anchors: new Map(),
            doc: this,
            keep: !json,
            mapAsMap: mapAsMap === true,
            mapKeyWarned: false,
            maxAliasCount: typeof maxAliasCount === 'number' ? maxAliasCount : 100
        };
        const res = toJS.toJS(this.contents, jsonArg ?? '', ctx);
        if (typeof onAnchor === 'function')
            for (const { count, res } of ctx.anchors.values())
                onAnchor(res, count);
        return typeof reviver === 'function'
            ? applyReviver.applyReviver(reviver, { '': res }, '', res)
            : res;
    }
    /**
     * A JSON representation of the document `contents`.
     *
     * @param jsonArg Used by `JSON.stringify` to indicate the array index or
     *   property name.
     */
    toJSON(jsonArg, onAnchor) {
        return this.toJS({ json: true, jsonArg, mapAsMap: false, onAnchor });
    }
    /** A YAML representation of the document. */
    toString(options = {}) {
        if (this.errors.length > 0)
            throw new Error('Document with errors cannot be stringified');
        if ('indent' in options &&
            (!Number.isInteger(options.indent) || Number(options.indent) <= 0)) {
            const s = JSON.stringify(options.indent);
            throw new Error(`"indent" option must be a positive integer, not ${s}`);
        }
        return stringifyDocument.stringifyDocument(this, options);
    }
}
function assertCollection(contents) {
    if (identity.isCollection(contents))
        return true;
    throw new Error('Expected a YAML collection as document contents');
}

exports.Document = Document;


/***/ }),

/***/ 5236:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(415);
var visit = __nccwpck_require__(292);

/**
 * Verify that the input string is a valid anchor.
 *
 * Will throw on errors.
 */
function anchorIsValid(anchor) {
    if (/[\x00-\x19\s,[\]{}]/.test(anchor)) {
        const sa = JSON.stringify(anchor);
        const msg = `Anchor must not contain whitespace or control characters: ${sa}`;
        throw new Error(msg);
    }
    return true;
}
function anchorNames(root) {
    const anchors = new Set();
    visit.visit(root, {
        Value(_key, node) {
            if (node.anchor)
                anchors.add(node.anchor);
        }
    });
    return anchors;
}
/** Find a new anchor name with the given `prefix` and a one-indexed suffix. */
function findNewAnchor(prefix, exclude) {
    for (let i = 1; true; ++i) {
        const name = `${prefix}${i}`;
        if (!exclude.has(name))
            return name;
    }
}
function createNodeAnchors(doc, prefix) {
    const aliasObjects = [];
    const sourceObjects = new Map();
    let prevAnchors = null;
    return {
        onAnchor: (source) => {
            aliasObjects.push(source);
            prevAnchors ?? (prevAnchors = anchorNames(doc));
            const anchor = findNewAnchor(prefix, prevAnchors);
            prevAnchors.add(anchor);
            return anchor;
        },
        /**
         * With circular references, the source node is only resolved after all
         * of its child nodes are. This is why anchors are set only after all of
         * the nodes have been created.
         */
        setAnchors: () => {
            for (const source of aliasObjects) {
                const ref = sourceObjects.get(source);
                if (typeof ref === 'object' &&
                    ref.anchor &&
                    (identity.isScalar(ref.node) || identity.isCollection(ref.node))) {
                    ref.node.anchor = ref.anchor;
                }
                else {
                    const error = new Error('Failed to resolve repeated object (this should not happen)');
                    error.source = source;
                    throw error;
                }
            }
        },
        sourceObjects
    };
}

exports.anchorIsValid = anchorIsValid;
exports.anchorNames = anchorNames;
exports.createNodeAnchors = createNodeAnchors;
exports.findNewAnchor = findNewAnchor;


/***/ }),

/***/ 5797:
/***/ ((__unused_webpack_module, exports) => {



/**
 * Applies the JSON.parse reviver algorithm as defined in the ECMA-262 spec,
 * in section 24.5.1.1 "Runtime Semantics: InternalizeJSONProperty" of the
 * 2021 edition: https://tc39.es/ecma262/#sec-json.parse
 *
 * Includes extensions for handling Map and Set objects.
 */
function applyReviver(reviver, obj, key, val) {
    if (val && typeof val === 'object') {
        if (Array.isArray(val)) {
            for (let i = 0, len = val.length; i < len; ++i) {
                const v0 = val[i];
                const v1 = applyReviver(reviver, val, String(i), v0);
                // eslint-disable-next-line @typescript-eslint/no-array-delete
                if (v1 === undefined)
                    delete val[i];
                else if (v1 !== v0)
                    val[i] = v1;
            }
        }
        else if (val instanceof Map) {
            for (const k of Array.from(val.keys())) {
                const v0 = val.get(k);
                const v1 = applyReviver(reviver, val, k, v0);
                if (v1 === undefined)
                    val.delete(k);
                else if (v1 !== v0)
                    val.set(k, v1);
            }
        }
        else if (val instanceof Set) {
            for (const v0 of Array.from(val)) {
                const v1 = applyReviver(reviver, val, v0, v0);
                if (v1 === undefined)
                    val.delete(v0);
                else if (v1 !== v0) {
                    val.delete(v0);
                    val.add(v1);
                }
            }
        }
        else {
            for (const [k, v0] of Object.entries(val)) {
                const v1 = applyReviver(reviver, val, k, v0);
                if (v1 === undefined)
                    delete val[k];
                else if (v1 !== v0)
                    val[k] = v1;
            }
        }
    }
    return reviver.call(obj, key, val);
}

exports.applyReviver = applyReviver;


/***/ }),

/***/ 2076:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Alias = __nccwpck_require__(7641);
var identity = __nccwpck_require__(415);
var Scalar = __nccwpck_require__(2765);

const defaultTagPrefix = 'tag:yaml.org,2002:';
function findTagObject(value, tagName, tags) {
    if (tagName) {
        const match = tags.filter(t => t.tag === tagName);
        const tagObj = match.find(t => !t.format) ?? match[0];
        if (!tagObj)
            throw new Error(`Tag ${tagName} not found`);
        return tagObj;
    }
    return tags.find(t => t.identify?.(value) && !t.format);
}
function createNode(value, tagName, ctx) {
    if (identity.isDocument(value))
        value = value.contents;
    if (identity.isNode(value))
        return value;
    if (identity.isPair(value)) {
        const map = ctx.schema[identity.MAP].createNode?.(ctx.schema, null, ctx);
        map.items.push(value);
        return map;
    }
    if (value instanceof String ||
        value instanceof Number ||
        value instanceof Boolean ||
        (typeof BigInt !== 'undefined' && value instanceof BigInt) // not supported everywhere
    ) {
        // https://tc39.es/ecma262/#sec-serializejsonproperty
        value = value.valueOf();
    }
    const { aliasDuplicateObjects, onAnchor, onTagObj, schema, sourceObjects } = ctx;
    // Detect duplicate references to the same object & use Alias nodes for all
    // after first. The `ref` wrapper allows for circular references to resolve.
    let ref = undefined;
    if (aliasDuplicateObjects && value && typeof value === 'object') {
        ref = sourceObjects.get(value);
        if (ref) {
            ref.anchor ?? (ref.anchor = onAnchor(value));
            return new Alias.Alias(ref.anchor);
        }
        else {
            ref = { anchor: null, node: null };
            sourceObjects.set(value, ref);
        }
    }
    if (tagName?.startsWith('!!'))
        tagName = defaultTagPrefix + tagName.slice(2);
    let tagObj = findTagObject(value, tagName, schema.tags);
    if (!tagObj) {
        if (value && typeof value.toJSON === 'function') {
            // eslint-disable-next-line @typescript-eslint/no-unsafe-call
            value = value.toJSON();
        }
        if (!value || typeof value !== 'object') {
            const node = new Scalar.Scalar(value);
            if (ref)
                ref.node = node;
            return node;
        }
        tagObj =
            value instanceof Map
                ? schema[identity.MAP]
                : Symbol.iterator in Object(value)
                    ? schema[identity.SEQ]
                    : schema[identity.MAP];
    }
    if (onTagObj) {
        onTagObj(tagObj);
        delete ctx.onTagObj;
    }
    const node = tagObj?.createNode
        ? tagObj.createNode(ctx.schema, value, ctx)
        : typeof tagObj?.nodeClass?.from === 'function'
            ? tagObj.nodeClass.from(ctx.schema, value, ctx)
            : new Scalar.Scalar(value);
    if (tagName)
        node.tag = tagName;
    else if (!tagObj.default)
        node.tag = tagObj.tag;
    if (ref)
        ref.node = node;
    return node;
}

exports.createNode = createNode;


/***/ }),

/***/ 2342:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(415);
var visit = __nccwpck_require__(292);

const escapeChars = {
    '!': '%21',
    ',': '%2C',
    '[': '%5B',
    ']': '%5D',
    '{': '%7B',
    '}': '%7D'
};
const escapeTagName = (tn) => tn.replace(/[!,[\]{}]/g, ch => escapeChars[ch]);
class Directives {
    constructor(yaml, tags) {
        /**
         * The directives-end/doc-start marker `---`. If `null`, a marker may still be
         * included in the document's stringified representation.
         */
        this.docStart = null;
        /** The doc-end marker `...`.  */
        this.docEnd = false;
        this.yaml = Object.assign({}, Directives.defaultYaml, yaml);
        this.tags = Object.assign({}, Directives.defaultTags, tags);
    }
    clone() {
        const copy = new Directives(this.yaml, this.tags);
        copy.docStart = this.docStart;
        return copy;
    }
    /**
     * During parsing, get a Directives instance for the current document and
     * update the stream state according to the current version's spec.
     */
    atDocument() {
        const res = new Directives(this.yaml, this.tags);
        switch (this.yaml.version) {
            case '1.1':
                this.atNextDocument = true;
                break;
            case '1.2':
                this.atNextDocument = false;
                this.yaml = {
                    explicit: Directives.defaultYaml.explicit,
                    version: '1.2'
                };
                this.tags = Object.assign({}, Directives.defaultTags);
                break;
        }
        return res;
    }
    /**
     * @param onError - May be called even if the action was successful
     * @returns `true` on success
     */
    add(line, onError) {
        if (this.atNextDocument) {
            this.yaml = { explicit: Directives.defaultYaml.explicit, version: '1.1' };
            this.tags = Object.assign({}, Directives.defaultTags);
            this.atNextDocument = false;
        }
        const parts = line.trim().split(/[ \t]+/);
        const name = parts.shift();
        switch (name) {
            case '%TAG': {
                if (parts.length !== 2) {
                    onError(0, '%TAG directive should contain exactly two parts');
                    if (parts.length < 2)
                        return false;
                }
                const [handle, prefix] = parts;
                this.tags[handle] = prefix;
                return true;
            }
            case '%YAML': {
                this.yaml.explicit = true;
                if (parts.length !== 1) {
                    onError(0, '%YAML directive should contain exactly one part');
                    return false;
                }
                const [version] = parts;
                if (version === '1.1' || version === '1.2') {
                    this.yaml.version = version;
                    return true;
                }
                else {
                    const isValid = /^\d+\.\d+$/.test(version);
                    onError(6, `Unsupported YAML version ${version}`, isValid);
                    return false;
                }
            }
            default:
                onError(0, `Unknown directive ${name}`, true);
                return false;
        }
    }
    /**
     * Resolves a tag, matching handles to those defined in %TAG directives.
     *
     * @returns Resolved tag, which may also be the non-specific tag `'!'` or a
     *   `'!local'` tag, or `null` if unresolvable.
     */
    tagName(source, onError) {
        if (source === '!')
            return '!'; // non-specific tag
        if (source[0] !== '!') {
            onError(`Not a valid tag: ${source}`);
            return null;
        }
        if (source[1] === '<') {
            const verbatim = source.slice(2, -1);
            if (verbatim === '!' || verbatim === '!!') {
                onError(`Verbatim tags aren't resolved, so ${source} is invalid.`);
                return null;
            }
            if (source[source.length - 1] !== '>')
                onError('Verbatim tags must end with a >');
            return verbatim;
        }
        const [, handle, suffix] = source.match(/^(.*!)([^!]*)$/s);
        if (!suffix)
            onError(`The ${source} tag has no suffix`);
        const prefix = this.tags[handle];
        if (prefix) {
            try {
                return prefix + decodeURIComponent(suffix);
            }
            catch (error) {
                onError(String(error));
                return null;
            }
        }
        if (handle === '!')
            return source; // local tag
        onError(`Could not resolve tag: ${source}`);
        return null;
    }
    /**
     * Given a fully resolved tag, returns its printable string form,
     * taking into account current tag prefixes and defaults.
     */
    tagString(tag) {
        for (const [handle, prefix] of Object.entries(this.tags)) {
            if (tag.startsWith(prefix))
                return handle + escapeTagName(tag.substring(prefix.length));
        }
        return tag[0] === '!' ? tag : `!<${tag}>`;
    }
    toString(doc) {
        const lines = this.yaml.explicit
            ? [`%YAML ${this.yaml.version || '1.2'}`]
            : [];
        const tagEntries = Object.entries(this.tags);
        let tagNames;
        if (doc && tagEntries.length > 0 && identity.isNode(doc.contents)) {
            const tags = {};
            visit.visit(doc.contents, (_key, node) => {
                if (identity.isNode(node) && node.tag)
                    tags[node.tag] = true;
            });
            tagNames = Object.keys(tags);
        }
        else
            tagNames = [];
        for (const [handle, prefix] of tagEntries) {
            if (handle === '!!' && prefix === 'tag:yaml.org,2002:')
                continue;
            if (!doc || tagNames.some(tn => tn.startsWith(prefix)))
                lines.push(`%TAG ${handle} ${prefix}`);
        }
        return lines.join('\n');
    }
}
Directives.defaultYaml = { explicit: false, version: '1.2' };
Directives.defaultTags = { '!!': 'tag:yaml.org,2002:' };

exports.Directives = Directives;


/***/ }),

/***/ 3376:
/***/ ((__unused_webpack_module, exports) => {



class YAMLError extends Error {
    constructor(name, pos, code, message) {
        super();
        this.name = name;
        this.code = code;
        this.message = message;
        this.pos = pos;
    }
}
class YAMLParseError extends YAMLError {
    constructor(pos, code, message) {
        super('YAMLParseError', pos, code, message);
    }
}
class YAMLWarning extends YAMLError {
    constructor(pos, code, message) {
        super('YAMLWarning', pos, code, message);
    }
}
const prettifyError = (src, lc) => (error) => {
    if (error.pos[0] === -1)
        return;
    error.linePos = error.pos.map(pos => lc.linePos(pos));
    const { line, col } = error.linePos[0];
    error.message += ` at line ${line}, column ${col}`;
    let ci = col - 1;
    let lineStr = src
        .substring(lc.lineStarts[line - 1], lc.lineStarts[line])
        .replace(/[\n\r]+$/, '');
    // Trim to max 80 chars, keeping col position near the middle
    if (ci >= 60 && lineStr.length > 80) {
        const trimStart = Math.min(ci - 39, lineStr.length - 79);
        lineStr = '…' + lineStr.substring(trimStart);
        ci -= trimStart - 1;
    }
    if (lineStr.length > 80)
        lineStr = lineStr.substring(0, 79) + '…';
    // Include previous line in context if pointing at line start
    if (line > 1 && /^ *$/.test(lineStr.substring(0, ci))) {
        // Regexp won't match if start is trimmed
        let prev = src.substring(lc.lineStarts[line - 2], lc.lineStarts[line - 1]);
        if (prev.length > 80)
            prev = prev.substring(0, 79) + '…\n';
        lineStr = prev + lineStr;
    }
    if (/[^ ]/.test(lineStr)) {
        let count = 1;
        const end = error.linePos[1];
        if (end?.line === line && end.col > col) {
            count = Math.max(1, Math.min(end.col - col, 80 - ci));
        }
        const pointer = ' '.repeat(ci) + '^'.repeat(count);
        error.message += `:\n\n${lineStr}\n${pointer}\n`;
    }
};

exports.YAMLError = YAMLError;
exports.YAMLParseError = YAMLParseError;
exports.YAMLWarning = YAMLWarning;
exports.prettifyError = prettifyError;


/***/ }),

/***/ 7207:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

var __webpack_unused_export__;


var composer = __nccwpck_require__(3480);
var Document = __nccwpck_require__(6885);
var Schema = __nccwpck_require__(8296);
var errors = __nccwpck_require__(3376);
var Alias = __nccwpck_require__(7641);
var identity = __nccwpck_require__(415);
var Pair = __nccwpck_require__(4245);
var Scalar = __nccwpck_require__(2765);
var YAMLMap = __nccwpck_require__(1950);
var YAMLSeq = __nccwpck_require__(7495);
var cst = __nccwpck_require__(5421);
var lexer = __nccwpck_require__(2081);
var lineCounter = __nccwpck_require__(4588);
var parser = __nccwpck_require__(6651);
var publicApi = __nccwpck_require__(8759);
var visit = __nccwpck_require__(292);



__webpack_unused_export__ = composer.Composer;
__webpack_unused_export__ = Document.Document;
__webpack_unused_export__ = Schema.Schema;
__webpack_unused_export__ = errors.YAMLError;
__webpack_unused_export__ = errors.YAMLParseError;
__webpack_unused_export__ = errors.YAMLWarning;
__webpack_unused_export__ = Alias.Alias;
__webpack_unused_export__ = identity.isAlias;
__webpack_unused_export__ = identity.isCollection;
__webpack_unused_export__ = identity.isDocument;
__webpack_unused_export__ = identity.isMap;
__webpack_unused_export__ = identity.isNode;
__webpack_unused_export__ = identity.isPair;
__webpack_unused_export__ = identity.isScalar;
__webpack_unused_export__ = identity.isSeq;
__webpack_unused_export__ = Pair.Pair;
__webpack_unused_export__ = Scalar.Scalar;
__webpack_unused_export__ = YAMLMap.YAMLMap;
__webpack_unused_export__ = YAMLSeq.YAMLSeq;
__webpack_unused_export__ = cst;
__webpack_unused_export__ = lexer.Lexer;
__webpack_unused_export__ = lineCounter.LineCounter;
__webpack_unused_export__ = parser.Parser;
exports.qg = publicApi.parse;
__webpack_unused_export__ = publicApi.parseAllDocuments;
__webpack_unused_export__ = publicApi.parseDocument;
__webpack_unused_export__ = publicApi.stringify;
__webpack_unused_export__ = visit.visit;
__webpack_unused_export__ = visit.visitAsync;


/***/ }),

/***/ 2745:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var node_process = __nccwpck_require__(932);

function debug(logLevel, ...messages) {
    if (logLevel === 'debug')
        console.log(...messages);
}
function warn(logLevel, warning) {
    if (logLevel === 'debug' || logLevel === 'warn') {
        if (typeof node_process.emitWarning === 'function')
            node_process.emitWarning(warning);
        else
            console.warn(warning);
    }
}

exports.debug = debug;
exports.warn = warn;


/***/ }),

/***/ 7641:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var anchors = __nccwpck_require__(5236);
var visit = __nccwpck_require__(292);
var identity = __nccwpck_require__(415);
var Node = __nccwpck_require__(6617);
var toJS = __nccwpck_require__(915);

class Alias extends Node.NodeBase {
    constructor(source) {
        super(identity.ALIAS);
        this.source = source;
        Object.defineProperty(this, 'tag', {
            set() {
                throw new Error('Alias nodes cannot have tags');
            }
        });
    }
    /**
     * Resolve the value of this alias within `doc`, finding the last
     * instance of the `source` anchor before this node.
     */
    resolve(doc, ctx) {
        if (ctx?.maxAliasCount === 0)
            throw new ReferenceError('Alias resolution is disabled');
        let nodes;
        if (ctx?.aliasResolveCache) {
            nodes = ctx.aliasResolveCache;
        }
        else {
            nodes = [];
            visit.visit(doc, {
                Node: (_key, node) => {
                    if (identity.isAlias(node) || identity.hasAnchor(node))
                        nodes.push(node);
                }
            });
            if (ctx)
                ctx.aliasResolveCache = nodes;
        }
        let found = undefined;
        for (const node of nodes) {
            if (node === this)
                break;
            if (node.anchor === this.source)
                found = node;
        }
        if (found && ctx) {
            const { anchors, doc, maxAliasCount } = ctx;
            let data = anchors.get(found);
            if (!data) {
                // Resolve anchors for Node.prototype.toJS()
                toJS.toJS(found, null, ctx);
                data = anchors.get(found);
            }
            /* istanbul ignore if */
            if (data?.res === undefined) {
                const msg = 'This should not happen: Alias anchor was not resolved?';
                throw new ReferenceError(msg);
            }
            if (maxAliasCount >= 0) {
                data.count += 1;
                if (data.aliasCount === 0)
                    data.aliasCount = getAliasCount(doc, found, anchors);
                if (data.count * data.aliasCount > maxAliasCount) {
                    const msg = 'Excessive alias count indicates a resource exhaustion attack';
                    throw new ReferenceError(msg);
                }
            }
        }
        return found;
    }
    toJSON(_arg, ctx) {
        if (!ctx)
            return { source: this.source };
        const source = this.resolve(ctx.doc, ctx);
        if (!source) {
            const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
            throw new ReferenceError(msg);
        }
        return ctx.anchors.get(source).res;
    }
    toString(ctx, _onComment, _onChompKeep) {
        const src = `*${this.source}`;
        if (ctx) {
            anchors.anchorIsValid(this.source);
            if (ctx.options.verifyAliasOrder && !ctx.anchors.has(this.source)) {
                const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
                throw new Error(msg);
            }
            if (ctx.implicitKey)
                return `${src} `;
        }
        return src;
    }
}
function getAliasCount(doc, node, anchors) {
    if (identity.isAlias(node)) {
        const source = node.resolve(doc);
        const anchor = anchors && source && anchors.get(source);
        return anchor ? anchor.count * anchor.aliasCount : 0;
    }
    else if (identity.isCollection(node)) {
        let count = 0;
        for (const item of node.items) {
            const c = getAliasCount(doc, item, anchors);
            if (c > count)
                count = c;
        }
        return count;
    }
    else if (identity.isPair(node)) {
        const kc = getAliasCount(doc, node.key, anchors);
        const vc = getAliasCount(doc, node.value, anchors);
        return Math.max(kc, vc);
    }
    return 1;
}

exports.Alias = Alias;


/***/ }),

/***/ 3469:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var createNode = __nccwpck_require__(2076);
var identity = __nccwpck_require__(415);
var Node = __nccwpck_require__(6617);

function collectionFromPath(schema, path, value) {
    let v = value;
    for (let i = path.length - 1; i >= 0; --i) {
        const k = path[i];
        if (typeof k === 'number' && Number.isInteger(k) && k >= 0) {
            const a = [];
            a[k] = v;
            v = a;
        }
        else {
            v = new Map([[k, v]]);
        }
    }
    return createNode.createNode(v, undefined, {
        aliasDuplicateObjects: false,
        keepUndefined: false,
        onAnchor: () => {
            throw new Error('This should not happen, please report a bug.');
        },
        schema,
        sourceObjects: new Map()
    });
}
// Type guard is intentionally a little wrong so as to be more useful,
// as it does not cover untypable empty non-string iterables (e.g. []).
const isEmptyPath = (path) => path == null ||
    (typeof path === 'object' && !!path[Symbol.iterator]().next().done);
class Collection extends Node.NodeBase {
    constructor(type, schema) {
        super(type);
        Object.defineProperty(this, 'schema', {
            value: schema,
            configurable: true,
            enumerable: false,
            writable: true
        });
    }
    /**
     * Create a copy of this collection.
     *
     * @param schema - If defined, overwrites the original's schema
     */
    clone(schema) {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (schema)
            copy.schema = schema;
        copy.items = copy.items.map(it => identity.isNode(it) || identity.isPair(it) ? it.clone(schema) : it);
        if (this.range)
            copy.range = this.range.slice();
        return copy;
    }
    /**
     * Adds a value to the collection. For `!!map` and `!!omap` the value must
     * be a Pair instance or a `{ key, value }` object, which may not have a key
     * that already exists in the map.
     */
    addIn(path, value) {
        if (isEmptyPath(path))
            this.add(value);
        else {
            const [key, ...rest] = path;
            const node = this.get(key, true);
            if (identity.isCollection(node))
                node.addIn(rest, value);
            else if (node === undefined && this.schema)
                this.set(key, collectionFromPath(this.schema, rest, value));
            else
                throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
    }
    /**
     * Removes a value from the collection.
     * @returns `true` if the item was found and removed.
     */
    deleteIn(path) {
        const [key, ...rest] = path;
        if (rest.length === 0)
            return this.delete(key);
        const node = this.get(key, true);
        if (identity.isCollection(node))
            return node.deleteIn(rest);
        else
            throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
    }
    /**
     * Returns item at `key`, or `undefined` if not found. By default unwraps
     * scalar values from their surrounding node; to disable set `keepScalar` to
     * `true` (collections are always returned intact).
     */
    getIn(path, keepScalar) {
        const [key, ...rest] = path;
        const node = this.get(key, true);
        if (rest.length === 0)
            return !keepScalar && identity.isScalar(node) ? node.value : node;
        else
            return identity.isCollection(node) ? node.getIn(rest, keepScalar) : undefined;
    }
    hasAllNullValues(allowScalar) {
        return this.items.every(node => {
            if (!identity.isPair(node))
                return false;
            const n = node.value;
            return (n == null ||
                (allowScalar &&
                    identity.isScalar(n) &&
                    n.value == null &&
                    !n.commentBefore &&
                    !n.comment &&
                    !n.tag));
        });
    }
    /**
     * Checks if the collection includes a value with the key `key`.
     */
    hasIn(path) {
        const [key, ...rest] = path;
        if (rest.length === 0)
            return this.has(key);
        const node = this.get(key, true);
        return identity.isCollection(node) ? node.hasIn(rest) : false;
    }
    /**
     * Sets a value in this collection. For `!!set`, `value` needs to be a
     * boolean to add/remove the item from the set.
     */
    setIn(path, value) {
        const [key, ...rest] = path;
        if (rest.length === 0) {
            this.set(key, value);
        }
        else {
            const node = this.get(key, true);
            if (identity.isCollection(node))
                node.setIn(rest, value);
            else if (node === undefined && this.schema)
                this.set(key, collectionFromPath(this.schema, rest, value));
            else
                throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
    }
}

exports.Collection = Collection;
exports.collectionFromPath = collectionFromPath;
exports.isEmptyPath = isEmptyPath;


/***/ }),

/***/ 6617:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var applyReviver = __nccwpck_require__(5797);
var identity = __nccwpck_require__(415);
var toJS = __nccwpck_require__(915);

class NodeBase {
    constructor(type) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: type });
    }
    /** Create a copy of this node.  */
    clone() {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (this.range)
            copy.range = this.range.slice();
        return copy;
    }
    /** A plain JavaScript representation of this node. */
    toJS(doc, { mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        if (!identity.isDocument(doc))
            throw new TypeError('A document argument is required');
        const ctx = {
            anchors: new Map(),
            doc,
            keep: true,
            mapAsMap: mapAsMap === true,
            mapKeyWarned: false,
            maxAliasCount: typeof maxAliasCount === 'number' ? maxAliasCount : 100
        };
        const res = toJS.toJS(this, '', ctx);
        if (typeof onAnchor === 'function')
            for (const { count, res } of ctx.anchors.values())
                onAnchor(res, count);
        return typeof reviver === 'function'
            ? applyReviver.applyReviver(reviver, { '': res }, '', res)
            : res;
    }
}

exports.NodeBase = NodeBase;


/***/ }),

/***/ 4245:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var createNode = __nccwpck_require__(2076);
var stringifyPair = __nccwpck_require__(5004);
var addPairToJSMap = __nccwpck_require__(9256);
var identity = __nccwpck_require__(415);

function createPair(key, value, ctx) {
    const k = createNode.createNode(key, undefined, ctx);
    const v = createNode.createNode(value, undefined, ctx);
    return new Pair(k, v);
}
class Pair {
    constructor(key, value = null) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.PAIR });
        this.key = key;
        this.value = value;
    }
    clone(schema) {
        let { key, value } = this;
        if (identity.isNode(key))
            key = key.clone(schema);
        if (identity.isNode(value))
            value = value.clone(schema);
        return new Pair(key, value);
    }
    toJSON(_, ctx) {
        const pair = ctx?.mapAsMap ? new Map() : {};
        return addPairToJSMap.addPairToJSMap(ctx, pair, this);
    }
    toString(ctx, onComment, onChompKeep) {
        return ctx?.doc
            ? stringifyPair.stringifyPair(this, ctx, onComment, onChompKeep)
            : JSON.stringify(this);
    }
}

exports.Pair = Pair;
exports.createPair = createPair;


/***/ }),

/***/ 2765:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(415);
var Node = __nccwpck_require__(6617);
var toJS = __nccwpck_require__(915);

const isScalarValue = (value) => !value || (typeof value !== 'function' && typeof value !== 'object');
class Scalar extends Node.NodeBase {
    constructor(value) {
        super(identity.SCALAR);
        this.value = value;
    }
    toJSON(arg, ctx) {
        return ctx?.keep ? this.value : toJS.toJS(this.value, arg, ctx);
    }
    toString() {
        return String(this.value);
    }
}
Scalar.BLOCK_FOLDED = 'BLOCK_FOLDED';
Scalar.BLOCK_LITERAL = 'BLOCK_LITERAL';
Scalar.PLAIN = 'PLAIN';
Scalar.QUOTE_DOUBLE = 'QUOTE_DOUBLE';
Scalar.QUOTE_SINGLE = 'QUOTE_SINGLE';

exports.Scalar = Scalar;
exports.isScalarValue = isScalarValue;


/***/ }),

/***/ 1950:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyCollection = __nccwpck_require__(6340);
var addPairToJSMap = __nccwpck_require__(9256);
var Collection = __nccwpck_require__(3469);
var identity = __nccwpck_require__(415);
var Pair = __nccwpck_require__(4245);
var Scalar = __nccwpck_require__(2765);

function findPair(items, key) {
    const k = identity.isScalar(key) ? key.value : key;
    for (const it of items) {
        if (identity.isPair(it)) {
            if (it.key === key || it.key === k)
                return it;
            if (identity.isScalar(it.key) && it.key.value === k)
                return it;
        }
    }
    return undefined;
}
class YAMLMap extends Collection.Collection {
    static get tagName() {
        return 'tag:yaml.org,2002:map';
    }
    constructor(schema) {
        super(identity.MAP, schema);
        this.items = [];
    }
    /**
     * A generic collection parsing method that can be extended
     * to other node classes that inherit from YAMLMap
     */
    static from(schema, obj, ctx) {
        const { keepUndefined, replacer } = ctx;
        const map = new this(schema);
        const add = (key, value) => {
            if (typeof replacer === 'function')
                value = replacer.call(obj, key, value);
            else if (Array.isArray(replacer) && !replacer.includes(key))
                return;
            if (value !== undefined || keepUndefined)
                map.items.push(Pair.createPair(key, value, ctx));
        };
        if (obj instanceof Map) {
            for (const [key, value] of obj)
                add(key, value);
        }
        else if (obj && typeof obj === 'object') {
            for (const key of Object.keys(obj))
                add(key, obj[key]);
        }
        if (typeof schema.sortMapEntries === 'function') {
            map.items.sort(schema.sortMapEntries);
        }
        return map;
    }
    /**
     * Adds a value to the collection.
     *
     * @param overwrite - If not set `true`, using a key that is already in the
     *   collection will throw. Otherwise, overwrites the previous value.
     */
    add(pair, overwrite) {
        let _pair;
        if (identity.isPair(pair))
            _pair = pair;
        else if (!pair || typeof pair !== 'object' || !('key' in pair)) {
            // In TypeScript, this never happens.
            _pair = new Pair.Pair(pair, pair?.value);
        }
        else
            _pair = new Pair.Pair(pair.key, pair.value);
        const prev = findPair(this.items, _pair.key);
        const sortEntries = this.schema?.sortMapEntries;
        if (prev) {
            if (!overwrite)
                throw new Error(`Key ${_pair.key} already set`);
            // For scalars, keep the old node & its comments and anchors
            if (identity.isScalar(prev.value) && Scalar.isScalarValue(_pair.value))
                prev.value.value = _pair.value;
            else
                prev.value = _pair.value;
        }
        else if (sortEntries) {
            const i = this.items.findIndex(item => sortEntries(_pair, item) < 0);
            if (i === -1)
                this.items.push(_pair);
            else
                this.items.splice(i, 0, _pair);
        }
        else {
            this.items.push(_pair);
        }
    }
    delete(key) {
        const it = findPair(this.items, key);
        if (!it)
            return false;
        const del = this.items.splice(this.items.indexOf(it), 1);
        return del.length > 0;
    }
    get(key, keepScalar) {
        const it = findPair(this.items, key);
        const node = it?.value;
        return (!keepScalar && identity.isScalar(node) ? node.value : node) ?? undefined;
    }
    has(key) {
        return !!findPair(this.items, key);
    }
    set(key, value) {
        this.add(new Pair.Pair(key, value), true);
    }
    /**
     * @param ctx - Conversion context, originally set in Document#toJS()
     * @param {Class} Type - If set, forces the returned collection type
     * @returns Instance of Type, Map, or Object
     */
    toJSON(_, ctx, Type) {
        const map = Type ? new Type() : ctx?.mapAsMap ? new Map() : {};
        if (ctx?.onCreate)
            ctx.onCreate(map);
        for (const item of this.items)
            addPairToJSMap.addPairToJSMap(ctx, map, item);
        return map;
    }
    toString(ctx, onComment, onChompKeep) {
        if (!ctx)
            return JSON.stringify(this);
        for (const item of this.items) {
            if (!identity.isPair(item))
                throw new Error(`Map items must all be pairs; found ${JSON.stringify(item)} instead`);
        }
        if (!ctx.allNullValues && this.hasAllNullValues(false))
            ctx = Object.assign({}, ctx, { allNullValues: true });
        return stringifyCollection.stringifyCollection(this, ctx, {
            blockItemPrefix: '',
            flowChars: { start: '{', end: '}' },
            itemIndent: ctx.indent || '',
            onChompKeep,
            onComment
        });
    }
}

exports.YAMLMap = YAMLMap;
exports.findPair = findPair;


/***/ }),

/***/ 7495:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var createNode = __nccwpck_require__(2076);
var stringifyCollection = __nccwpck_require__(6340);
var Collection = __nccwpck_require__(3469);
var identity = __nccwpck_require__(415);
var Scalar = __nccwpck_require__(2765);
var toJS = __nccwpck_require__(915);

class YAMLSeq extends Collection.Collection {
    static get tagName() {
        return 'tag:yaml.org,2002:seq';
    }
    constructor(schema) {
        super(identity.SEQ, schema);
        this.items = [];
    }
    add(value) {
        this.items.push(value);
    }
    /**
     * Removes a value from the collection.
     *
     * `key` must contain a representation of an integer for this to succeed.
     * It may be wrapped in a `Scalar`.
     *
     * @returns `true` if the item was found and removed.
     */
    delete(key) {
        const idx = asItemIndex(key);
        if (typeof idx !== 'number')
            return false;
        const del = this.items.splice(idx, 1);
        return del.length > 0;
    }
    get(key, keepScalar) {
        const idx = asItemIndex(key);
        if (typeof idx !== 'number')
            return undefined;
        const it = this.items[idx];
        return !keepScalar && identity.isScalar(it) ? it.value : it;
    }
    /**
     * Checks if the collection includes a value with the key `key`.
     *
     * `key` must contain a representation of an integer for this to succeed.
     * It may be wrapped in a `Scalar`.
     */
    has(key) {
        const idx = asItemIndex(key);
        return typeof idx === 'number' && idx < this.items.length;
    }
    /**
     * Sets a value in this collection. For `!!set`, `value` needs to be a
     * boolean to add/remove the item from the set.
     *
     * If `key` does not contain a representation of an integer, this will throw.
     * It may be wrapped in a `Scalar`.
     */
    set(key, value) {
        const idx = asItemIndex(key);
        if (typeof idx !== 'number')
            throw new Error(`Expected a valid index, not ${key}.`);
        const prev = this.items[idx];
        if (identity.isScalar(prev) && Scalar.isScalarValue(value))
            prev.value = value;
        else
            this.items[idx] = value;
    }
    toJSON(_, ctx) {
        const seq = [];
        if (ctx?.onCreate)
            ctx.onCreate(seq);
        let i = 0;
        for (const item of this.items)
            seq.push(toJS.toJS(item, String(i++), ctx));
        return seq;
    }
    toString(ctx, onComment, onChompKeep) {
        if (!ctx)
            return JSON.stringify(this);
        return stringifyCollection.stringifyCollection(this, ctx, {
            blockItemPrefix: '- ',
            flowChars: { start: '[', end: ']' },
            itemIndent: (ctx.indent || '') + '  ',
            onChompKeep,
            onComment
        });
    }
    static from(schema, obj, ctx) {
        const { replacer } = ctx;
        const seq = new this(schema);
        if (obj && Symbol.iterator in Object(obj)) {
            let i = 0;
            for (let it of obj) {
                if (typeof replacer === 'function') {
                    const key = obj instanceof Set ? it : String(i++);
                    it = replacer.call(obj, key, it);
                }
                seq.items.push(createNode.createNode(it, undefined, ctx));
            }
        }
        return seq;
    }
}
function asItemIndex(key) {
    let idx = identity.isScalar(key) ? key.value : key;
    if (idx && typeof idx === 'string')
        idx = Number(idx);
    return typeof idx === 'number' && Number.isInteger(idx) && idx >= 0
        ? idx
        : null;
}

exports.YAMLSeq = YAMLSeq;


/***/ }),

/***/ 9256:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var log = __nccwpck_require__(2745);
var merge = __nccwpck_require__(6220);
var stringify = __nccwpck_require__(732);
var identity = __nccwpck_require__(415);
var toJS = __nccwpck_require__(915);

function addPairToJSMap(ctx, map, { key, value }) {
    if (identity.isNode(key) && key.addToJSMap)
        key.addToJSMap(ctx, map, value);
    // TODO: Should drop this special case for bare << handling
    else if (merge.isMergeKey(ctx, key))
        merge.addMergeToJSMap(ctx, map, value);
    else {
        const jsKey = toJS.toJS(key, '', ctx);
        if (map instanceof Map) {
            map.set(jsKey, toJS.toJS(value, jsKey, ctx));
        }
        else if (map instanceof Set) {
            map.add(jsKey);
        }
        else {
            const stringKey = stringifyKey(key, jsKey, ctx);
            const jsValue = toJS.toJS(value, stringKey, ctx);
            if (stringKey in map)
                Object.defineProperty(map, stringKey, {
                    value: jsValue,
                    writable: true,
                    enumerable: true,
                    configurable: true
                });
            else
                map[stringKey] = jsValue;
        }
    }
    return map;
}
function stringifyKey(key, jsKey, ctx) {
    if (jsKey === null)
        return '';
    // eslint-disable-next-line @typescript-eslint/no-base-to-string
    if (typeof jsKey !== 'object')
        return String(jsKey);
    if (identity.isNode(key) && ctx?.doc) {
        const strCtx = stringify.createStringifyContext(ctx.doc, {});
        strCtx.anchors = new Set();
        for (const node of ctx.anchors.keys())
            strCtx.anchors.add(node.anchor);
        strCtx.inFlow = true;
        strCtx.inStringifyKey = true;
        const strKey = key.toString(strCtx);
        if (!ctx.mapKeyWarned) {
            let jsonStr = JSON.stringify(strKey);
            if (jsonStr.length > 40)
                jsonStr = jsonStr.substring(0, 36) + '..."';
            log.warn(ctx.doc.options.logLevel, `Keys with collection values will be stringified due to JS Object restrictions: ${jsonStr}. Set mapAsMap: true to use object keys.`);
            ctx.mapKeyWarned = true;
        }
        return strKey;
    }
    return JSON.stringify(jsKey);
}

exports.addPairToJSMap = addPairToJSMap;


/***/ }),

/***/ 415:
/***/ ((__unused_webpack_module, exports) => {



const ALIAS = Symbol.for('yaml.alias');
const DOC = Symbol.for('yaml.document');
const MAP = Symbol.for('yaml.map');
const PAIR = Symbol.for('yaml.pair');
const SCALAR = Symbol.for('yaml.scalar');
const SEQ = Symbol.for('yaml.seq');
const NODE_TYPE = Symbol.for('yaml.node.type');
const isAlias = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === ALIAS;
const isDocument = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === DOC;
const isMap = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === MAP;
const isPair = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === PAIR;
const isScalar = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === SCALAR;
const isSeq = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === SEQ;
function isCollection(node) {
    if (node && typeof node === 'object')
        switch (node[NODE_TYPE]) {
            case MAP:
            case SEQ:
                return true;
        }
    return false;
}
function isNode(node) {
    if (node && typeof node === 'object')
        switch (node[NODE_TYPE]) {
            case ALIAS:
            case MAP:
            case SCALAR:
            case SEQ:
                return true;
        }
    return false;
}
const hasAnchor = (node) => (isScalar(node) || isCollection(node)) && !!node.anchor;

exports.ALIAS = ALIAS;
exports.DOC = DOC;
exports.MAP = MAP;
exports.NODE_TYPE = NODE_TYPE;
exports.PAIR = PAIR;
exports.SCALAR = SCALAR;
exports.SEQ = SEQ;
exports.hasAnchor = hasAnchor;
exports.isAlias = isAlias;
exports.isCollection = isCollection;
exports.isDocument = isDocument;
exports.isMap = isMap;
exports.isNode = isNode;
exports.isPair = isPair;
exports.isScalar = isScalar;
exports.isSeq = isSeq;


/***/ }),

/***/ 915:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(415);

/**
 * Recursively convert any node or its contents to native JavaScript
 *
 * @param value - The input value
 * @param arg - If `value` defines a `toJSON()` method, use this
 *   as its first argument
 * @param ctx - Conversion context, originally set in Document#toJS(). If
 *   `{ keep: true }` is not set, output should be suitable for JSON
 *   stringification.
 */
function toJS(value, arg, ctx) {
    // eslint-disable-next-line @typescript-eslint/no-unsafe-return
    if (Array.isArray(value))
        return value.map((v, i) => toJS(v, String(i), ctx));
    if (value && typeof value.toJSON === 'function') {
        // eslint-disable-next-line @typescript-eslint/no-unsafe-call
        if (!ctx || !identity.hasAnchor(value))
            return value.toJSON(arg, ctx);
        const data = { aliasCount: 0, count: 1, res: undefined };
        ctx.anchors.set(value, data);
        ctx.onCreate = res => {
            data.res = res;
            delete ctx.onCreate;
        };
        const res = value.toJSON(arg, ctx);
        if (ctx.onCreate)
            ctx.onCreate(res);
        return res;
    }
    if (typeof value === 'bigint' && !ctx?.keep)
        return Number(value);
    return value;
}

exports.toJS = toJS;


/***/ }),

/***/ 1366:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var resolveBlockScalar = __nccwpck_require__(809);
var resolveFlowScalar = __nccwpck_require__(8066);
var errors = __nccwpck_require__(3376);
var stringifyString = __nccwpck_require__(501);

function resolveAsScalar(token, strict = true, onError) {
    if (token) {
        const _onError = (pos, code, message) => {
            const offset = typeof pos === 'number' ? pos : Array.isArray(pos) ? pos[0] : pos.offset;
            if (onError)
                onError(offset, code, message);
            else
                throw new errors.YAMLParseError([offset, offset + 1], code, message);
        };
        switch (token.type) {
            case 'scalar':
            case 'single-quoted-scalar':
            case 'double-quoted-scalar':
                return resolveFlowScalar.resolveFlowScalar(token, strict, _onError);
            case 'block-scalar':
                return resolveBlockScalar.resolveBlockScalar({ options: { strict } }, token, _onError);
        }
    }
    return null;
}
/**
 * Create a new scalar token with `value`
 *
 * Values that represent an actual string but may be parsed as a different type should use a `type` other than `'PLAIN'`,
 * as this function does not support any schema operations and won't check for such conflicts.
 *
 * @param value The string representation of the value, which will have its content properly indented.
 * @param context.end Comments and whitespace after the end of the value, or after the block scalar header. If undefined, a newline will be added.
 * @param context.implicitKey Being within an implicit key may affect the resolved type of the token's value.
 * @param context.indent The indent level of the token.
 * @param context.inFlow Is this scalar within a flow collection? This may affect the resolved type of the token's value.
 * @param context.offset The offset position of the token.
 * @param context.type The preferred type of the scalar token. If undefined, the previous type of the `token` will be used, defaulting to `'PLAIN'`.
 */
function createScalarToken(value, context) {
    const { implicitKey = false, indent, inFlow = false, offset = -1, type = 'PLAIN' } = context;
    const source = stringifyString.stringifyString({ type, value }, {
        implicitKey,
        indent: indent > 0 ? ' '.repeat(indent) : '',
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
    });
    const end = context.end ?? [
        { type: 'newline', offset: -1, indent, source: '\n' }
    ];
    switch (source[0]) {
        case '|':
        case '>': {
            const he = source.indexOf('\n');
            const head = source.substring(0, he);
            const body = source.substring(he + 1) + '\n';
            const props = [
                { type: 'block-scalar-header', offset, indent, source: head }
            ];
            if (!addEndtoBlockProps(props, end))
                props.push({ type: 'newline', offset: -1, indent, source: '\n' });
            return { type: 'block-scalar', offset, indent, props, source: body };
        }
        case '"':
            return { type: 'double-quoted-scalar', offset, indent, source, end };
        case "'":
            return { type: 'single-quoted-scalar', offset, indent, source, end };
        default:
            return { type: 'scalar', offset, indent, source, end };
    }
}
/**
 * Set the value of `token` to the given string `value`, overwriting any previous contents and type that it may have.
 *
 * Best efforts are made to retain any comments previously associated with the `token`,
 * though all contents within a collection's `items` will be overwritten.
 *
 * Values that represent an actual string but may be parsed as a different type should use a `type` other than `'PLAIN'`,
 * as this function does not support any schema operations and won't check for such conflicts.
 *
 * @param token Any token. If it does not include an `indent` value, the value will be stringified as if it were an implicit key.
 * @param value The string representation of the value, which will have its content properly indented.
 * @param context.afterKey In most cases, values after a key should have an additional level of indentation.
 * @param context.implicitKey Being within an implicit key may affect the resolved type of the token's value.
 * @param context.inFlow Being within a flow collection may affect the resolved type of the token's value.
 * @param context.type The preferred type of the scalar token. If undefined, the previous type of the `token` will be used, defaulting to `'PLAIN'`.
 */
function setScalarValue(token, value, context = {}) {
    let { afterKey = false, implicitKey = false, inFlow = false, type } = context;
    let indent = 'indent' in token ? token.indent : null;
    if (afterKey && typeof indent === 'number')
        indent += 2;
    if (!type)
        switch (token.type) {
            case 'single-quoted-scalar':
                type = 'QUOTE_SINGLE';
                break;
            case 'double-quoted-scalar':
                type = 'QUOTE_DOUBLE';
                break;
            case 'block-scalar': {
                const header = token.props[0];
                if (header.type !== 'block-scalar-header')
                    throw new Error('Invalid block scalar header');
                type = header.source[0] === '>' ? 'BLOCK_FOLDED' : 'BLOCK_LITERAL';
                break;
            }
            default:
                type = 'PLAIN';
        }
    const source = stringifyString.stringifyString({ type, value }, {
        implicitKey: implicitKey || indent === null,
        indent: indent !== null && indent > 0 ? ' '.repeat(indent) : '',
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
    });
    switch (source[0]) {
        case '|':
        case '>':
            setBlockScalarValue(token, source);
            break;
        case '"':
            setFlowScalarValue(token, source, 'double-quoted-scalar');
            break;
        case "'":
            setFlowScalarValue(token, source, 'single-quoted-scalar');
            break;
        default:
            setFlowScalarValue(token, source, 'scalar');
    }
}
function setBlockScalarValue(token, source) {
    const he = source.indexOf('\n');
    const head = source.substring(0, he);
    const body = source.substring(he + 1) + '\n';
    if (token.type === 'block-scalar') {
        const header = token.props[0];
        if (header.type !== 'block-scalar-header')
            throw new Error('Invalid block scalar header');
        header.source = head;
        token.source = body;
    }
    else {
        const { offset } = token;
        const indent = 'indent' in token ? token.indent : -1;
        const props = [
            { type: 'block-scalar-header', offset, indent, source: head }
        ];
        if (!addEndtoBlockProps(props, 'end' in token ? token.end : undefined))
            props.push({ type: 'newline', offset: -1, indent, source: '\n' });
        for (const key of Object.keys(token))
            if (key !== 'type' && key !== 'offset')
                delete token[key];
        Object.assign(token, { type: 'block-scalar', indent, props, source: body });
    }
}
/** @returns `true` if last token is a newline */
function addEndtoBlockProps(props, end) {
    if (end)
        for (const st of end)
            switch (st.type) {
                case 'space':
                case 'comment':
                    props.push(st);
                    break;
                case 'newline':
                    props.push(st);
                    return true;
            }
    return false;
}
function setFlowScalarValue(token, source, type) {
    switch (token.type) {
        case 'scalar':
        case 'double-quoted-scalar':
        case 'single-quoted-scalar':
            token.type = type;
            token.source = source;
            break;
        case 'block-scalar': {
            const end = token.props.slice(1);
            let oa = source.length;
            if (token.props[0].type === 'block-scalar-header')
                oa -= token.props[0].source.length;
            for (const tok of end)
                tok.offset += oa;
            delete token.props;
            Object.assign(token, { type, source, end });
            break;
        }
        case 'block-map':
        case 'block-seq': {
            const offset = token.offset + source.length;
            const nl = { type: 'newline', offset, indent: token.indent, source: '\n' };
            delete token.items;
            Object.assign(token, { type, source, end: [nl] });
            break;
        }
        default: {
            const indent = 'indent' in token ? token.indent : -1;
            const end = 'end' in token && Array.isArray(token.end)
                ? token.end.filter(st => st.type === 'space' ||
                    st.type === 'comment' ||
                    st.type === 'newline')
                : [];
            for (const key of Object.keys(token))
                if (key !== 'type' && key !== 'offset')
                    delete token[key];
            Object.assign(token, { type, indent, source, end });
        }
    }
}

exports.createScalarToken = createScalarToken;
exports.resolveAsScalar = resolveAsScalar;
exports.setScalarValue = setScalarValue;


/***/ }),

/***/ 8013:
/***/ ((__unused_webpack_module, exports) => {



/**
 * Stringify a CST document, token, or collection item
 *
 * Fair warning: This applies no validation whatsoever, and
 * simply concatenates the sources in their logical order.
 */
const stringify = (cst) => 'type' in cst ? stringifyToken(cst) : stringifyItem(cst);
function stringifyToken(token) {
    switch (token.type) {
        case 'block-scalar': {
            let res = '';
            for (const tok of token.props)
                res += stringifyToken(tok);
            return res + token.source;
        }
        case 'block-map':
        case 'block-seq': {
            let res = '';
            for (const item of token.items)
                res += stringifyItem(item);
            return res;
        }
        case 'flow-collection': {
            let res = token.start.source;
            for (const item of token.items)
                res += stringifyItem(item);
            for (const st of token.end)
                res += st.source;
            return res;
        }
        case 'document': {
            let res = stringifyItem(token);
            if (token.end)
                for (const st of token.end)
                    res += st.source;
            return res;
        }
        default: {
            let res = token.source;
            if ('end' in token && token.end)
                for (const st of token.end)
                    res += st.source;
            return res;
        }
    }
}
function stringifyItem({ start, key, sep, value }) {
    let res = '';
    for (const st of start)
        res += st.source;
    if (key)
        res += stringifyToken(key);
    if (sep)
        for (const st of sep)
            res += st.source;
    if (value)
        res += stringifyToken(value);
    return res;
}

exports.stringify = stringify;


/***/ }),

/***/ 4555:
/***/ ((__unused_webpack_module, exports) => {



const BREAK = Symbol('break visit');
const SKIP = Symbol('skip children');
const REMOVE = Symbol('remove item');
/**
 * Apply a visitor to a CST document or item.
 *
 * Walks through the tree (depth-first) starting from the root, calling a
 * `visitor` function with two arguments when entering each item:
 *   - `item`: The current item, which included the following members:
 *     - `start: SourceToken[]` – Source tokens before the key or value,
 *       possibly including its anchor or tag.
 *     - `key?: Token | null` – Set for pair values. May then be `null`, if
 *       the key before the `:` separator is empty.
 *     - `sep?: SourceToken[]` – Source tokens between the key and the value,
 *       which should include the `:` map value indicator if `value` is set.
 *     - `value?: Token` – The value of a sequence item, or of a map pair.
 *   - `path`: The steps from the root to the current node, as an array of
 *     `['key' | 'value', number]` tuples.
 *
 * The return value of the visitor may be used to control the traversal:
 *   - `undefined` (default): Do nothing and continue
 *   - `visit.SKIP`: Do not visit the children of this token, continue with
 *      next sibling
 *   - `visit.BREAK`: Terminate traversal completely
 *   - `visit.REMOVE`: Remove the current item, then continue with the next one
 *   - `number`: Set the index of the next step. This is useful especially if
 *     the index of the current token has changed.
 *   - `function`: Define the next visitor for this item. After the original
 *     visitor is called on item entry, next visitors are called after handling
 *     a non-empty `key` and when exiting the item.
 */
function visit(cst, visitor) {
    if ('type' in cst && cst.type === 'document')
        cst = { start: cst.start, value: cst.value };
    _visit(Object.freeze([]), cst, visitor);
}
// Without the `as symbol` casts, TS declares these in the `visit`
// namespace using `var`, but then complains about that because
// `unique symbol` must be `const`.
/** Terminate visit traversal completely */
visit.BREAK = BREAK;
/** Do not visit the children of the current item */
visit.SKIP = SKIP;
/** Remove the current item */
visit.REMOVE = REMOVE;
/** Find the item at `path` from `cst` as the root */
visit.itemAtPath = (cst, path) => {
    let item = cst;
    for (const [field, index] of path) {
        const tok = item?.[field];
        if (tok && 'items' in tok) {
            item = tok.items[index];
        }
        else
            return undefined;
    }
    return item;
};
/**
 * Get the immediate parent collection of the item at `path` from `cst` as the root.
 *
 * Throws an error if the collection is not found, which should never happen if the item itself exists.
 */
visit.parentCollection = (cst, path) => {
    const parent = visit.itemAtPath(cst, path.slice(0, -1));
    const field = path[path.length - 1][0];
    const coll = parent?.[field];
    if (coll && 'items' in coll)
        return coll;
    throw new Error('Parent collection not found');
};
function _visit(path, item, visitor) {
    let ctrl = visitor(item, path);
    if (typeof ctrl === 'symbol')
        return ctrl;
    for (const field of ['key', 'value']) {
        const token = item[field];
        if (token && 'items' in token) {
            for (let i = 0; i < token.items.length; ++i) {
                const ci = _visit(Object.freeze(path.concat([[field, i]])), token.items[i], visitor);
                if (typeof ci === 'number')
                    i = ci - 1;
                else if (ci === BREAK)
                    return BREAK;
                else if (ci === REMOVE) {
                    token.items.splice(i, 1);
                    i -= 1;
                }
            }
            if (typeof ctrl === 'function' && field === 'key')
                ctrl = ctrl(item, path);
        }
    }
    return typeof ctrl === 'function' ? ctrl(item, path) : ctrl;
}

exports.visit = visit;


/***/ }),

/***/ 5421:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var cstScalar = __nccwpck_require__(1366);
var cstStringify = __nccwpck_require__(8013);
var cstVisit = __nccwpck_require__(4555);

/** The byte order mark */
const BOM = '\u{FEFF}';
/** Start of doc-mode */
const DOCUMENT = '\x02'; // C0: Start of Text
/** Unexpected end of flow-mode */
const FLOW_END = '\x18'; // C0: Cancel
/** Next token is a scalar value */
const SCALAR = '\x1f'; // C0: Unit Separator
/** @returns `true` if `token` is a flow or block collection */
const isCollection = (token) => !!token && 'items' in token;
/** @returns `true` if `token` is a flow or block scalar; not an alias */
const isScalar = (token) => !!token &&
    (token.type === 'scalar' ||
        token.type === 'single-quoted-scalar' ||
        token.type === 'double-quoted-scalar' ||
        token.type === 'block-scalar');
/* istanbul ignore next */
/** Get a printable representation of a lexer token */
function prettyToken(token) {
    switch (token) {
        case BOM:
            return '<BOM>';
        case DOCUMENT:
            return '<DOC>';
        case FLOW_END:
            return '<FLOW_END>';
        case SCALAR:
            return '<SCALAR>';
        default:
            return JSON.stringify(token);
    }
}
/** Identify the type of a lexer token. May return `null` for unknown tokens. */
function tokenType(source) {
    switch (source) {
        case BOM:
            return 'byte-order-mark';
        case DOCUMENT:
            return 'doc-mode';
        case FLOW_END:
            return 'flow-error-end';
        case SCALAR:
            return 'scalar';
        case '---':
            return 'doc-start';
        case '...':
            return 'doc-end';
        case '':
        case '\n':
        case '\r\n':
            return 'newline';
        case '-':
            return 'seq-item-ind';
        case '?':
            return 'explicit-key-ind';
        case ':':
            return 'map-value-ind';
        case '{':
            return 'flow-map-start';
        case '}':
            return 'flow-map-end';
        case '[':
            return 'flow-seq-start';
        case ']':
            return 'flow-seq-end';
        case ',':
            return 'comma';
    }
    switch (source[0]) {
        case ' ':
        case '\t':
            return 'space';
        case '#':
            return 'comment';
        case '%':
            return 'directive-line';
        case '*':
            return 'alias';
        case '&':
            return 'anchor';
        case '!':
            return 'tag';
        case "'":
            return 'single-quoted-scalar';
        case '"':
            return 'double-quoted-scalar';
        case '|':
        case '>':
            return 'block-scalar-header';
    }
    return null;
}

exports.createScalarToken = cstScalar.createScalarToken;
exports.resolveAsScalar = cstScalar.resolveAsScalar;
exports.setScalarValue = cstScalar.setScalarValue;
exports.stringify = cstStringify.stringify;
exports.visit = cstVisit.visit;
exports.BOM = BOM;
exports.DOCUMENT = DOCUMENT;
exports.FLOW_END = FLOW_END;
exports.SCALAR = SCALAR;
exports.isCollection = isCollection;
exports.isScalar = isScalar;
exports.prettyToken = prettyToken;
exports.tokenType = tokenType;


/***/ }),

/***/ 2081:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var cst = __nccwpck_require__(5421);

/*
START -> stream

stream
  directive -> line-end -> stream
  indent + line-end -> stream
  [else] -> line-start

line-end
  comment -> line-end
  newline -> .
  input-end -> END

line-start
  doc-start -> doc
  doc-end -> stream
  [else] -> indent -> block-start

block-start
  seq-item-start -> block-start
  explicit-key-start -> block-start
  map-value-start -> block-start
  [else] -> doc

doc
  line-end -> line-start
  spaces -> doc
  anchor -> doc
  tag -> doc
  flow-start -> flow -> doc
  flow-end -> error -> doc
  seq-item-start -> error -> doc
  explicit-key-start -> error -> doc
  map-value-start -> doc
  alias -> doc
  quote-start -> quoted-scalar -> doc
  block-scalar-header -> line-end -> block-scalar(min) -> line-start
  [else] -> plain-scalar(false, min) -> doc

flow
  line-end -> flow
  spaces -> flow
  anchor -> flow
  tag -> flow
  flow-start -> flow -> flow
  flow-end -> .
  seq-item-start -> error -> flow
  explicit-key-start -> flow
  map-value-start -> flow
  alias -> flow
  quote-start -> quoted-scalar -> flow
  comma -> flow
  [else] -> plain-scalar(true, 0) -> flow

quoted-scalar
  quote-end -> .
  [else] -> quoted-scalar

block-scalar(min)
  newline + peek(indent < min) -> .
  [else] -> block-scalar(min)

plain-scalar(is-flow, min)
  scalar-end(is-flow) -> .
  peek(newline + (indent < min)) -> .
  [else] -> plain-scalar(min)
*/
function isEmpty(ch) {
    switch (ch) {
        case undefined:
        case ' ':
        case '\n':
        case '\r':
        case '\t':
            return true;
        default:
            return false;
    }
}
const hexDigits = new Set('0123456789ABCDEFabcdef');
const tagChars = new Set("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-#;/?:@&=+$_.!~*'()");
const flowIndicatorChars = new Set(',[]{}');
const invalidAnchorChars = new Set(' ,[]{}\n\r\t');
const isNotAnchorChar = (ch) => !ch || invalidAnchorChars.has(ch);
/**
 * Splits an input string into lexical tokens, i.e. smaller strings that are
 * easily identifiable by `tokens.tokenType()`.
 *
 * Lexing starts always in a "stream" context. Incomplete input may be buffered
 * until a complete token can be emitted.
 *
 * In addition to slices of the original input, the following control characters
 * may also be emitted:
 *
 * - `\x02` (Start of Text): A document starts with the next token
 * - `\x18` (Cancel): Unexpected end of flow-mode (indicates an error)
 * - `\x1f` (Unit Separator): Next token is a scalar value
 * - `\u{FEFF}` (Byte order mark): Emitted separately outside documents
 */
class Lexer {
    constructor() {
        /**
         * Flag indicating whether the end of the current buffer marks the end of
         * all input
         */
        this.atEnd = false;
        /**
         * Explicit indent set in block scalar header, as an offset from the current
         * minimum indent, so e.g. set to 1 from a header `|2+`. Set to -1 if not
         * explicitly set.
         */
        this.blockScalarIndent = -1;
        /**
         * Block scalars that include a + (keep) chomping indicator in their header
         * include trailing empty lines, which are otherwise excluded from the
         * scalar's contents.
         */
        this.blockScalarKeep = false;
        /** Current input */
        this.buffer = '';
        /**
         * Flag noting whether the map value indicator : can immediately follow this
         * node within a flow context.
         */
        this.flowKey = false;
        /** Count of surrounding flow collection levels. */
        this.flowLevel = 0;
        /**
         * Minimum level of indentation required for next lines to be parsed as a
         * part of the current scalar value.
         */
        this.indentNext = 0;
        /** Indentation level of the current line. */
        this.indentValue = 0;
        /** Position of the next \n character. */
        this.lineEndPos = null;
        /** Stores the state of the lexer if reaching the end of incpomplete input */
        this.next = null;
        /** A pointer to `buffer`; the current position of the lexer. */
        this.pos = 0;
    }
    /**
     * Generate YAML tokens from the `source` string. If `incomplete`,
     * a part of the last line may be left as a buffer for the next call.
     *
     * @returns A generator of lexical tokens
     */
    *lex(source, incomplete = false) {
        if (source) {
            if (typeof source !== 'string')
                throw TypeError('source is not a string');
            this.buffer = this.buffer ? this.buffer + source : source;
            this.lineEndPos = null;
        }
        this.atEnd = !incomplete;
        let next = this.next ?? 'stream';
        while (next && (incomplete || this.hasChars(1)))
            next = yield* this.parseNext(next);
    }
    atLineEnd() {
        let i = this.pos;
        let ch = this.buffer[i];
        while (ch === ' ' || ch === '\t')
            ch = this.buffer[++i];
        if (!ch || ch === '#' || ch === '\n')
            return true;
        if (ch === '\r')
            return this.buffer[i + 1] === '\n';
        return false;
    }
    charAt(n) {
        return this.buffer[this.pos + n];
    }
    continueScalar(offset) {
        let ch = this.buffer[offset];
        if (this.indentNext > 0) {
            let indent = 0;
            while (ch === ' ')
                ch = this.buffer[++indent + offset];
            if (ch === '\r') {
                const next = this.buffer[indent + offset + 1];
                if (next === '\n' || (!next && !this.atEnd))
                    return offset + indent + 1;
            }
            return ch === '\n' || indent >= this.indentNext || (!ch && !this.atEnd)
                ? offset + indent
                : -1;
        }
        if (ch === '-' || ch === '.') {
            const dt = this.buffer.substr(offset, 3);
            if ((dt === '---' || dt === '...') && isEmpty(this.buffer[offset + 3]))
                return -1;
        }
        return offset;
    }
    getLine() {
        let end = this.lineEndPos;
        if (typeof end !== 'number' || (end !== -1 && end < this.pos)) {
            end = this.buffer.indexOf('\n', this.pos);
            this.lineEndPos = end;
        }
        if (end === -1)
            return this.atEnd ? this.buffer.substring(this.pos) : null;
        if (this.buffer[end - 1] === '\r')
            end -= 1;
        return this.buffer.substring(this.pos, end);
    }
    hasChars(n) {
        return this.pos + n <= this.buffer.length;
    }
    setNext(state) {
        this.buffer = this.buffer.substring(this.pos);
        this.pos = 0;
        this.lineEndPos = null;
        this.next = state;
        return null;
    }
    peek(n) {
        return this.buffer.substr(this.pos, n);
    }
    *parseNext(next) {
        switch (next) {
            case 'stream':
                return yield* this.parseStream();
            case 'line-start':
                return yield* this.parseLineStart();
            case 'block-start':
                return yield* this.parseBlockStart();
            case 'doc':
                return yield* this.parseDocument();
            case 'flow':
                return yield* this.parseFlowCollection();
            case 'quoted-scalar':
                return yield* this.parseQuotedScalar();
            case 'block-scalar':
                return yield* this.parseBlockScalar();
            case 'plain-scalar':
                return yield* this.parsePlainScalar();
        }
    }
    *parseStream() {
        let line = this.getLine();
        if (line === null)
            return this.setNext('stream');
        if (line[0] === cst.BOM) {
            yield* this.pushCount(1);
            line = line.substring(1);
        }
        if (line[0] === '%') {
            let dirEnd = line.length;
            let cs = line.indexOf('#');
            while (cs !== -1) {
                const ch = line[cs - 1];
                if (ch === ' ' || ch === '\t') {
                    dirEnd = cs - 1;
                    break;
                }
                else {
                    cs = line.indexOf('#', cs + 1);
                }
            }
            while (true) {
                const ch = line[dirEnd - 1];
                if (ch === ' ' || ch === '\t')
                    dirEnd -= 1;
                else
                    break;
            }
            const n = (yield* this.pushCount(dirEnd)) + (yield* this.pushSpaces(true));
            yield* this.pushCount(line.length - n); // possible comment
            this.pushNewline();
            return 'stream';
        }
        if (this.atLineEnd()) {
            const sp = yield* this.pushSpaces(true);
            yield* this.pushCount(line.length - sp);
            yield* this.pushNewline();
            return 'stream';
        }
        yield cst.DOCUMENT;
        return yield* this.parseLineStart();
    }
    *parseLineStart() {
        const ch = this.charAt(0);
        if (!ch && !this.atEnd)
            return this.setNext('line-start');
        if (ch === '-' || ch === '.') {
            if (!this.atEnd && !this.hasChars(4))
                return this.setNext('line-start');
            const s = this.peek(3);
            if ((s === '---' || s === '...') && isEmpty(this.charAt(3))) {
                yield* this.pushCount(3);
                this.indentValue = 0;
                this.indentNext = 0;
                return s === '---' ? 'doc' : 'stream';
            }
        }
        this.indentValue = yield* this.pushSpaces(false);
        if (this.indentNext > this.indentValue && !isEmpty(this.charAt(1)))
            this.indentNext = this.indentValue;
        return yield* this.parseBlockStart();
    }
    *parseBlockStart() {
        const [ch0, ch1] = this.peek(2);
        if (!ch1 && !this.atEnd)
            return this.setNext('block-start');
        if ((ch0 === '-' || ch0 === '?' || ch0 === ':') && isEmpty(ch1)) {
            const n = (yield* this.pushCount(1)) + (yield* this.pushSpaces(true));
            this.indentNext = this.indentValue + 1;
            this.indentValue += n;
            return 'block-start';
        }
        return 'doc';
    }
    *parseDocument() {
        yield* this.pushSpaces(true);
        const line = this.getLine();
        if (line === null)
            return this.setNext('doc');
        let n = yield* this.pushIndicators();
        switch (line[n]) {
            case '#':
                yield* this.pushCount(line.length - n);
            // fallthrough
            case undefined:
                yield* this.pushNewline();
                return yield* this.parseLineStart();
            case '{':
            case '[':
                yield* this.pushCount(1);
                this.flowKey = false;
                this.flowLevel = 1;
                return 'flow';
            case '}':
            case ']':
                // this is an error
                yield* this.pushCount(1);
                return 'doc';
            case '*':
                yield* this.pushUntil(isNotAnchorChar);
                return 'doc';
            case '"':
            case "'":
                return yield* this.parseQuotedScalar();
            case '|':
            case '>':
                n += yield* this.parseBlockScalarHeader();
                n += yield* this.pushSpaces(true);
                yield* this.pushCount(line.length - n);
                yield* this.pushNewline();
                return yield* this.parseBlockScalar();
            default:
                return yield* this.parsePlainScalar();
        }
    }
    *parseFlowCollection() {
        let nl, sp;
        let indent = -1;
        do {
            nl = yield* this.pushNewline();
            if (nl > 0) {
                sp = yield* this.pushSpaces(false);
                this.indentValue = indent = sp;
            }
            else {
                sp = 0;
            }
            sp += yield* this.pushSpaces(true);
        } while (nl + sp > 0);
        const line = this.getLine();
        if (line === null)
            return this.setNext('flow');
        if ((indent !== -1 && indent < this.indentNext && line[0] !== '#') ||
            (indent === 0 &&
                (line.startsWith('---') || line.startsWith('...')) &&
                isEmpty(line[3]))) {
            // Allowing for the terminal ] or } at the same (rather than greater)
            // indent level as the initial [ or { is technically invalid, but
            // failing here would be surprising to users.
            const atFlowEndMarker = indent === this.indentNext - 1 &&
                this.flowLevel === 1 &&
                (line[0] === ']' || line[0] === '}');
            if (!atFlowEndMarker) {
                // this is an error
                this.flowLevel = 0;
                yield cst.FLOW_END;
                return yield* this.parseLineStart();
            }
        }
        let n = 0;
        while (line[n] === ',') {
            n += yield* this.pushCount(1);
            n += yield* this.pushSpaces(true);
            this.flowKey = false;
        }
        n += yield* this.pushIndicators();
        switch (line[n]) {
            case undefined:
                return 'flow';
            case '#':
                yield* this.pushCount(line.length - n);
                return 'flow';
            case '{':
            case '[':
                yield* this.pushCount(1);
                this.flowKey = false;
                this.flowLevel += 1;
                return 'flow';
            case '}':
            case ']':
                yield* this.pushCount(1);
                this.flowKey = true;
                this.flowLevel -= 1;
                return this.flowLevel ? 'flow' : 'doc';
            case '*':
                yield* this.pushUntil(isNotAnchorChar);
                return 'flow';
            case '"':
            case "'":
                this.flowKey = true;
                return yield* this.parseQuotedScalar();
            case ':': {
                const next = this.charAt(1);
                if (this.flowKey || isEmpty(next) || next === ',') {
                    this.flowKey = false;
                    yield* this.pushCount(1);
                    yield* this.pushSpaces(true);
                    return 'flow';
                }
            }
            // fallthrough
            default:
                this.flowKey = false;
                return yield* this.parsePlainScalar();
        }
    }
    *parseQuotedScalar() {
        const quote = this.charAt(0);
        let end = this.buffer.indexOf(quote, this.pos + 1);
        if (quote === "'") {
            while (end !== -1 && this.buffer[end + 1] === "'")
                end = this.buffer.indexOf("'", end + 2);
        }
        else {
            // double-quote
            while (end !== -1) {
                let n = 0;
                while (this.buffer[end - 1 - n] === '\\')
                    n += 1;
                if (n % 2 === 0)
                    break;
                end = this.buffer.indexOf('"', end + 1);
            }
        }
        // Only looking for newlines within the quotes
        const qb = this.buffer.substring(0, end);
        let nl = qb.indexOf('\n', this.pos);
        if (nl !== -1) {
            while (nl !== -1) {
                const cs = this.continueScalar(nl + 1);
                if (cs === -1)
                    break;
                nl = qb.indexOf('\n', cs);
            }
            if (nl !== -1) {
                // this is an error caused by an unexpected unindent
                end = nl - (qb[nl - 1] === '\r' ? 2 : 1);
            }
        }
        if (end === -1) {
            if (!this.atEnd)
                return this.setNext('quoted-scalar');
            end = this.buffer.length;
        }
        yield* this.pushToIndex(end + 1, false);
        return this.flowLevel ? 'flow' : 'doc';
    }
    *parseBlockScalarHeader() {
        this.blockScalarIndent = -1;
        this.blockScalarKeep = false;
        let i = this.pos;
        while (true) {
            const ch = this.buffer[++i];
            if (ch === '+')
                this.blockScalarKeep = true;
            else if (ch > '0' && ch <= '9')
                this.blockScalarIndent = Number(ch) - 1;
            else if (ch !== '-')
                break;
        }
        return yield* this.pushUntil(ch => isEmpty(ch) || ch === '#');
    }
    *parseBlockScalar() {
        let nl = this.pos - 1; // may be -1 if this.pos === 0
        let indent = 0;
        let ch;
        loop: for (let i = this.pos; (ch = this.buffer[i]); ++i) {
            switch (ch) {
                case ' ':
                    indent += 1;
                    break;
                case '\n':
                    nl = i;
                    indent = 0;
                    break;
                case '\r': {
                    const next = this.buffer[i + 1];
                    if (!next && !this.atEnd)
                        return this.setNext('block-scalar');
                    if (next === '\n')
                        break;
                } // fallthrough
                default:
                    break loop;
            }
        }
        if (!ch && !this.atEnd)
            return this.setNext('block-scalar');
        if (indent >= this.indentNext) {
            if (this.blockScalarIndent === -1)
                this.indentNext = indent;
            else {
                this.indentNext =
                    this.blockScalarIndent + (this.indentNext === 0 ? 1 : this.indentNext);
            }
            do {
                const cs = this.continueScalar(nl + 1);
                if (cs === -1)
                    break;
                nl = this.buffer.indexOf('\n', cs);
            } while (nl !== -1);
            if (nl === -1) {
                if (!this.atEnd)
                    return this.setNext('block-scalar');
                nl = this.buffer.length;
            }
        }
        // Trailing insufficiently indented tabs are invalid.
        // To catch that during parsing, we include them in the block scalar value.
        let i = nl + 1;
        ch = this.buffer[i];
        while (ch === ' ')
            ch = this.buffer[++i];
        if (ch === '\t') {
            while (ch === '\t' || ch === ' ' || ch === '\r' || ch === '\n')
                ch = this.buffer[++i];
            nl = i - 1;
        }
        else if (!this.blockScalarKeep) {
            do {
                let i = nl - 1;
                let ch = this.buffer[i];
                if (ch === '\r')
                    ch = this.buffer[--i];
                const lastChar = i; // Drop the line if last char not more indented
                while (ch === ' ')
                    ch = this.buffer[--i];
                if (ch === '\n' && i >= this.pos && i + 1 + indent > lastChar)
                    nl = i;
                else
                    break;
            } while (true);
        }
        yield cst.SCALAR;
        yield* this.pushToIndex(nl + 1, true);
        return yield* this.parseLineStart();
    }
    *parsePlainScalar() {
        const inFlow = this.flowLevel > 0;
        let end = this.pos - 1;
        let i = this.pos - 1;
        let ch;
        while ((ch = this.buffer[++i])) {
            if (ch === ':') {
                const next = this.buffer[i + 1];
                if (isEmpty(next) || (inFlow && flowIndicatorChars.has(next)))
                    break;
                end = i;
            }
            else if (isEmpty(ch)) {
                let next = this.buffer[i + 1];
                if (ch === '\r') {
                    if (next === '\n') {
                        i += 1;
                        ch = '\n';
                        next = this.buffer[i + 1];
                    }
                    else
                        end = i;
                }
                if (next === '#' || (inFlow && flowIndicatorChars.has(next)))
                    break;
                if (ch === '\n') {
                    const cs = this.continueScalar(i + 1);
                    if (cs === -1)
                        break;
                    i = Math.max(i, cs - 2); // to advance, but still account for ' #'
                }
            }
            else {
                if (inFlow && flowIndicatorChars.has(ch))
                    break;
                end = i;
            }
        }
        if (!ch && !this.atEnd)
            return this.setNext('plain-scalar');
        yield cst.SCALAR;
        yield* this.pushToIndex(end + 1, true);
        return inFlow ? 'flow' : 'doc';
    }
    *pushCount(n) {
        if (n > 0) {
            yield this.buffer.substr(this.pos, n);
            this.pos += n;
            return n;
        }
        return 0;
    }
    *pushToIndex(i, allowEmpty) {
        const s = this.buffer.slice(this.pos, i);
        if (s) {
            yield s;
            this.pos += s.length;
            return s.length;
        }
        else if (allowEmpty)
            yield '';
        return 0;
    }
    *pushIndicators() {
        let n = 0;
        loop: while (true) {
            switch (this.charAt(0)) {
                case '!':
                    n += yield* this.pushTag();
                    n += yield* this.pushSpaces(true);
                    continue loop;
                case '&':
                    n += yield* this.pushUntil(isNotAnchorChar);
                    n += yield* this.pushSpaces(true);
                    continue loop;
                case '-': // this is an error
                case '?': // this is an error outside flow collections
                case ':': {
                    const inFlow = this.flowLevel > 0;
                    const ch1 = this.charAt(1);
                    if (isEmpty(ch1) || (inFlow && flowIndicatorChars.has(ch1))) {
                        if (!inFlow)
                            this.indentNext = this.indentValue + 1;
                        else if (this.flowKey)
                            this.flowKey = false;
                        n += yield* this.pushCount(1);
                        n += yield* this.pushSpaces(true);
                        continue loop;
                    }
                }
            }
            break loop;
        }
        return n;
    }
    *pushTag() {
        if (this.charAt(1) === '<') {
            let i = this.pos + 2;
            let ch = this.buffer[i];
            while (!isEmpty(ch) && ch !== '>')
                ch = this.buffer[++i];
            return yield* this.pushToIndex(ch === '>' ? i + 1 : i, false);
        }
        else {
            let i = this.pos + 1;
            let ch = this.buffer[i];
            while (ch) {
                if (tagChars.has(ch))
                    ch = this.buffer[++i];
                else if (ch === '%' &&
                    hexDigits.has(this.buffer[i + 1]) &&
                    hexDigits.has(this.buffer[i + 2])) {
                    ch = this.buffer[(i += 3)];
                }
                else
                    break;
            }
            return yield* this.pushToIndex(i, false);
        }
    }
    *pushNewline() {
        const ch = this.buffer[this.pos];
        if (ch === '\n')
            return yield* this.pushCount(1);
        else if (ch === '\r' && this.charAt(1) === '\n')
            return yield* this.pushCount(2);
        else
            return 0;
    }
    *pushSpaces(allowTabs) {
        let i = this.pos - 1;
        let ch;
        do {
            ch = this.buffer[++i];
        } while (ch === ' ' || (allowTabs && ch === '\t'));
        const n = i - this.pos;
        if (n > 0) {
            yield this.buffer.substr(this.pos, n);
            this.pos = i;
        }
        return n;
    }
    *pushUntil(test) {
        let i = this.pos;
        let ch = this.buffer[i];
        while (!test(ch))
            ch = this.buffer[++i];
        return yield* this.pushToIndex(i, false);
    }
}

exports.Lexer = Lexer;


/***/ }),

/***/ 4588:
/***/ ((__unused_webpack_module, exports) => {



/**
 * Tracks newlines during parsing in order to provide an efficient API for
 * determining the one-indexed `{ line, col }` position for any offset
 * within the input.
 */
class LineCounter {
    constructor() {
        this.lineStarts = [];
        /**
         * Should be called in ascending order. Otherwise, call
         * `lineCounter.lineStarts.sort()` before calling `linePos()`.
         */
        this.addNewLine = (offset) => this.lineStarts.push(offset);
        /**
         * Performs a binary search and returns the 1-indexed { line, col }
         * position of `offset`. If `line === 0`, `addNewLine` has never been
         * called or `offset` is before the first known newline.
         */
        this.linePos = (offset) => {
            let low = 0;
            let high = this.lineStarts.length;
            while (low < high) {
                const mid = (low + high) >> 1; // Math.floor((low + high) / 2)
                if (this.lineStarts[mid] < offset)
                    low = mid + 1;
                else
                    high = mid;
            }
            if (this.lineStarts[low] === offset)
                return { line: low + 1, col: 1 };
            if (low === 0)
                return { line: 0, col: offset };
            const start = this.lineStarts[low - 1];
            return { line: low, col: offset - start + 1 };
        };
    }
}

exports.LineCounter = LineCounter;


/***/ }),

/***/ 6651:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var node_process = __nccwpck_require__(932);
var cst = __nccwpck_require__(5421);
var lexer = __nccwpck_require__(2081);

function includesToken(list, type) {
    for (let i = 0; i < list.length; ++i)
        if (list[i].type === type)
            return true;
    return false;
}
function findNonEmptyIndex(list) {
    for (let i = 0; i < list.length; ++i) {
        switch (list[i].type) {
            case 'space':
            case 'comment':
            case 'newline':
                break;
            default:
                return i;
        }
    }
    return -1;
}
function isFlowToken(token) {
    switch (token?.type) {
        case 'alias':
        case 'scalar':
        case 'single-quoted-scalar':
        case 'double-quoted-scalar':
        case 'flow-collection':
            return true;
        default:
            return false;
    }
}
function getPrevProps(parent) {
    switch (parent.type) {
        case 'document':
            return parent.start;
        case 'block-map': {
            const it = parent.items[parent.items.length - 1];
            return it.sep ?? it.start;
        }
        case 'block-seq':
            return parent.items[parent.items.length - 1].start;
        /* istanbul ignore next should not happen */
        default:
            return [];
    }
}
/** Note: May modify input array */
function getFirstKeyStartProps(prev) {
    if (prev.length === 0)
        return [];
    let i = prev.length;
    loop: while (--i >= 0) {
        switch (prev[i].type) {
            case 'doc-start':
            case 'explicit-key-ind':
            case 'map-value-ind':
            case 'seq-item-ind':
            case 'newline':
                break loop;
        }
    }
    while (prev[++i]?.type === 'space') {
        /* loop */
    }
    return prev.splice(i, prev.length);
}
function arrayPushArray(target, source) {
    // May exhaust call stack with large `source` array
    if (source.length < 1e5)
        Array.prototype.push.apply(target, source);
    else
        for (let i = 0; i < source.length; ++i)
            target.push(source[i]);
}
function fixFlowSeqItems(fc) {
    if (fc.start.type === 'flow-seq-start') {
        for (const it of fc.items) {
            if (it.sep &&
                !it.value &&
                !includesToken(it.start, 'explicit-key-ind') &&
                !includesToken(it.sep, 'map-value-ind')) {
                if (it.key)
                    it.value = it.key;
                delete it.key;
                if (isFlowToken(it.value)) {
                    if (it.value.end)
                        arrayPushArray(it.value.end, it.sep);
                    else
                        it.value.end = it.sep;
                }
                else
                    arrayPushArray(it.start, it.sep);
                delete it.sep;
            }
        }
    }
}
/**
 * A YAML concrete syntax tree (CST) parser
 *
 * ```ts
 * const src: string = ...
 * for (const token of new Parser().parse(src)) {
 *   // token: Token
 * }
 * ```
 *
 * To use the parser with a user-provided lexer:
 *
 * ```ts
 * function* parse(source: string, lexer: Lexer) {
 *   const parser = new Parser()
 *   for (const lexeme of lexer.lex(source))
 *     yield* parser.next(lexeme)
 *   yield* parser.end()
 * }
 *
 * const src: string = ...
 * const lexer = new Lexer()
 * for (const token of parse(src, lexer)) {
 *   // token: Token
 * }
 * ```
 */
class Parser {
    /**
     * @param onNewLine - If defined, called separately with the start position of
     *   each new line (in `parse()`, including the start of input).
     */
    constructor(onNewLine) {
        /** If true, space and sequence indicators count as indentation */
        this.atNewLine = true;
        /** If true, next token is a scalar value */
        this.atScalar = false;
        /** Current indentation level */
        this.indent = 0;
        /** Current offset since the start of parsing */
        this.offset = 0;
        /** On the same line with a block map key */
        this.onKeyLine = false;
        /** Top indicates the node that's currently being built */
        this.stack = [];
        /** The source of the current token, set in parse() */
        this.source = '';
        /** The type of the current token, set in parse() */
        this.type = '';
        // Must be defined after `next()`
        this.lexer = new lexer.Lexer();
        this.onNewLine = onNewLine;
    }
    /**
     * Parse `source` as a YAML stream.
     * If `incomplete`, a part of the last line may be left as a buffer for the next call.
     *
     * Errors are not thrown, but yielded as `{ type: 'error', message }` tokens.
     *
     * @returns A generator of tokens representing each directive, document, and other structure.
     */
    *parse(source, incomplete = false) {
        if (this.onNewLine && this.offset === 0)
            this.onNewLine(0);
        for (const lexeme of this.lexer.lex(source, incomplete))
            yield* this.next(lexeme);
        if (!incomplete)
            yield* this.end();
    }
    /**
     * Advance the parser by the `source` of one lexical token.
     */
    *next(source) {
        this.source = source;
        if (node_process.env.LOG_TOKENS)
            console.log('|', cst.prettyToken(source));
        if (this.atScalar) {
            this.atScalar = false;
            yield* this.step();
            this.offset += source.length;
            return;
        }
        const type = cst.tokenType(source);
        if (!type) {
            const message = `Not a YAML token: ${source}`;
            yield* this.pop({ type: 'error', offset: this.offset, message, source });
            this.offset += source.length;
        }
        else if (type === 'scalar') {
            this.atNewLine = false;
            this.atScalar = true;
            this.type = 'scalar';
        }
        else {
            this.type = type;
            yield* this.step();
            switch (type) {
                case 'newline':
                    this.atNewLine = true;
                    this.indent = 0;
                    if (this.onNewLine)
                        this.onNewLine(this.offset + source.length);
                    break;
                case 'space':
                    if (this.atNewLine && source[0] === ' ')
                        this.indent += source.length;
                    break;
                case 'explicit-key-ind':
                case 'map-value-ind':
                case 'seq-item-ind':
                    if (this.atNewLine)
                        this.indent += source.length;
                    break;
                case 'doc-mode':
                case 'flow-error-end':
                    return;
                default:
                    this.atNewLine = false;
            }
            this.offset += source.length;
        }
    }
    /** Call at end of input to push out any remaining constructions */
    *end() {
        while (this.stack.length > 0)
            yield* this.pop();
    }
    get sourceToken() {
        const st = {
            type: this.type,
            offset: this.offset,
            indent: this.indent,
            source: this.source
        };
        return st;
    }
    *step() {
        const top = this.peek(1);
        if (this.type === 'doc-end' && top?.type !== 'doc-end') {
            while (this.stack.length > 0)
                yield* this.pop();
            this.stack.push({
                type: 'doc-end',
                offset: this.offset,
                source: this.source
            });
            return;
        }
        if (!top)
            return yield* this.stream();
        switch (top.type) {
            case 'document':
                return yield* this.document(top);
            case 'alias':
            case 'scalar':
            case 'single-quoted-scalar':
            case 'double-quoted-scalar':
                return yield* this.scalar(top);
            case 'block-scalar':
                return yield* this.blockScalar(top);
            case 'block-map':
                return yield* this.blockMap(top);
            case 'block-seq':
                return yield* this.blockSequence(top);
            case 'flow-collection':
                return yield* this.flowCollection(top);
            case 'doc-end':
                return yield* this.documentEnd(top);
        }
        /* istanbul ignore next should not happen */
        yield* this.pop();
    }
    peek(n) {
        return this.stack[this.stack.length - n];
    }
    *pop(error) {
        const token = error ?? this.stack.pop();
        /* istanbul ignore if should not happen */
        if (!token) {
            const message = 'Tried to pop an empty stack';
            yield { type: 'error', offset: this.offset, source: '', message };
        }
        else if (this.stack.length === 0) {
            yield token;
        }
        else {
            const top = this.peek(1);
            if (token.type === 'block-scalar') {
                // Block scalars use their parent rather than header indent
                token.indent = 'indent' in top ? top.indent : 0;
            }
            else if (token.type === 'flow-collection' && top.type === 'document') {
                // Ignore all indent for top-level flow collections
                token.indent = 0;
            }
            if (token.type === 'flow-collection')
                fixFlowSeqItems(token);
            switch (top.type) {
                case 'document':
                    top.value = token;
                    break;
                case 'block-scalar':
                    top.props.push(token); // error
                    break;
                case 'block-map': {
                    const it = top.items[top.items.length - 1];
                    if (it.value) {
                        top.items.push({ start: [], key: token, sep: [] });
                        this.onKeyLine = true;
                        return;
                    }
                    else if (it.sep) {
                        it.value = token;
                    }
                    else {
                        Object.assign(it, { key: token, sep: [] });
                        this.onKeyLine = !it.explicitKey;
                        return;
                    }
                    break;
                }
                case 'block-seq': {
                    const it = top.items[top.items.length - 1];
                    if (it.value)
                        top.items.push({ start: [], value: token });
                    else
                        it.value = token;
                    break;
                }
                case 'flow-collection': {
                    const it = top.items[top.items.length - 1];
                    if (!it || it.value)
                        top.items.push({ start: [], key: token, sep: [] });
                    else if (it.sep)
                        it.value = token;
                    else
                        Object.assign(it, { key: token, sep: [] });
                    return;
                }
                /* istanbul ignore next should not happen */
                default:
                    yield* this.pop();
                    yield* this.pop(token);
            }
            if ((top.type === 'document' ||
                top.type === 'block-map' ||
                top.type === 'block-seq') &&
                (token.type === 'block-map' || token.type === 'block-seq')) {
                const last = token.items[token.items.length - 1];
                if (last &&
                    !last.sep &&
                    !last.value &&
                    last.start.length > 0 &&
                    findNonEmptyIndex(last.start) === -1 &&
                    (token.indent === 0 ||
                        last.start.every(st => st.type !== 'comment' || st.indent < token.indent))) {
                    if (top.type === 'document')
                        top.end = last.start;
                    else
                        top.items.push({ start: last.start });
                    token.items.splice(-1, 1);
                }
            }
        }
    }
    *stream() {
        switch (this.type) {
            case 'directive-line':
                yield { type: 'directive', offset: this.offset, source: this.source };
                return;
            case 'byte-order-mark':
            case 'space':
            case 'comment':
            case 'newline':
                yield this.sourceToken;
                return;
            case 'doc-mode':
            case 'doc-start': {
                const doc = {
                    type: 'document',
                    offset: this.offset,
                    start: []
                };
                if (this.type === 'doc-start')
                    doc.start.push(this.sourceToken);
                this.stack.push(doc);
                return;
            }
        }
        yield {
            type: 'error',
            offset: this.offset,
            message: `Unexpected ${this.type} token in YAML stream`,
            source: this.source
        };
    }
    *document(doc) {
        if (doc.value)
            return yield* this.lineEnd(doc);
        switch (this.type) {
            case 'doc-start': {
                if (findNonEmptyIndex(doc.start) !== -1) {
                    yield* this.pop();
                    yield* this.step();
                }
                else
                    doc.start.push(this.sourceToken);
                return;
            }
            case 'anchor':
            case 'tag':
            case 'space':
            case 'comment':
            case 'newline':
                doc.start.push(this.sourceToken);
                return;
        }
        const bv = this.startBlockValue(doc);
        if (bv)
            this.stack.push(bv);
        else {
            yield {
                type: 'error',
                offset: this.offset,
                message: `Unexpected ${this.type} token in YAML document`,
                source: this.source
            };
        }
    }
    *scalar(scalar) {
        if (this.type === 'map-value-ind') {
            const prev = getPrevProps(this.peek(2));
            const start = getFirstKeyStartProps(prev);
            let sep;
            if (scalar.end) {
                sep = scalar.end;
                sep.push(this.sourceToken);
                delete scalar.end;
            }
            else
                sep = [this.sourceToken];
            const map = {
                type: 'block-map',
                offset: scalar.offset,
                indent: scalar.indent,
                items: [{ start, key: scalar, sep }]
            };
            this.onKeyLine = true;
            this.stack[this.stack.length - 1] = map;
        }
        else
            yield* this.lineEnd(scalar);
    }
    *blockScalar(scalar) {
        switch (this.type) {
            case 'space':
            case 'comment':
            case 'newline':
                scalar.props.push(this.sourceToken);
                return;
            case 'scalar':
                scalar.source = this.source;
                // block-scalar source includes trailing newline
                this.atNewLine = true;
                this.indent = 0;
                if (this.onNewLine) {
                    let nl = this.source.indexOf('\n') + 1;
                    while (nl !== 0) {
                        this.onNewLine(this.offset + nl);
                        nl = this.source.indexOf('\n', nl) + 1;
                    }
                }
                yield* this.pop();
                break;
            /* istanbul ignore next should not happen */
            default:
                yield* this.pop();
                yield* this.step();
        }
    }
    *blockMap(map) {
        const it = map.items[map.items.length - 1];
        // it.sep is true-ish if pair already has key or : separator
        switch (this.type) {
            case 'newline':
                this.onKeyLine = false;
                if (it.value) {
                    const end = 'end' in it.value ? it.value.end : undefined;
                    const last = Array.isArray(end) ? end[end.length - 1] : undefined;
                    if (last?.type === 'comment')
                        end?.push(this.sourceToken);
                    else
                        map.items.push({ start: [this.sourceToken] });
                }
                else if (it.sep) {
                    it.sep.push(this.sourceToken);
                }
                else {
                    it.start.push(this.sourceToken);
                }
                return;
            case 'space':
            case 'comment':
                if (it.value) {
                    map.items.push({ start: [this.sourceToken] });
                }
                else if (it.sep) {
                    it.sep.push(this.sourceToken);
                }
                else {
                    if (this.atIndentedComment(it.start, map.indent)) {
                        const prev = map.items[map.items.length - 2];
                        const end = prev?.value?.end;
                        if (Array.isArray(end)) {
                            arrayPushArray(end, it.start);
                            end.push(this.sourceToken);
                            map.items.pop();
                            return;
                        }
                    }
                    it.start.push(this.sourceToken);
                }
                return;
        }
        if (this.indent >= map.indent) {
            const atMapIndent = !this.onKeyLine && this.indent === map.indent;
            const atNextItem = atMapIndent &&
                (it.sep || it.explicitKey) &&
                this.type !== 'seq-item-ind';
            // For empty nodes, assign newline-separated not indented empty tokens to following node
            let start = [];
            if (atNextItem && it.sep && !it.value) {
                const nl = [];
                for (let i = 0; i < it.sep.length; ++i) {
                    const st = it.sep[i];
                    switch (st.type) {
                        case 'newline':
                            nl.push(i);
                            break;
                        case 'space':
                            break;
                        case 'comment':
                            if (st.indent > map.indent)
                                nl.length = 0;
                            break;
                        default:
                            nl.length = 0;
                    }
                }
                if (nl.length >= 2)
                    start = it.sep.splice(nl[1]);
            }
            switch (this.type) {
                case 'anchor':
                case 'tag':
                    if (atNextItem || it.value) {
                        start.push(this.sourceToken);
                        map.items.push({ start });
                        this.onKeyLine = true;
                    }
                    else if (it.sep) {
                        it.sep.push(this.sourceToken);
                    }
                    else {
                        it.start.push(this.sourceToken);
                    }
                    return;
                case 'explicit-key-ind':
                    if (!it.sep && !it.explicitKey) {
                        it.start.push(this.sourceToken);
                        it.explicitKey = true;
                    }
                    else if (atNextItem || it.value) {
                        start.push(this.sourceToken);
                        map.items.push({ start, explicitKey: true });
                    }
                    else {
                        this.stack.push({
                            type: 'block-map',
                            offset: this.offset,
                            indent: this.indent,
                            items: [{ start: [this.sourceToken], explicitKey: true }]
                        });
                    }
                    this.onKeyLine = true;
                    return;
                case 'map-value-ind':
                    if (it.explicitKey) {
                        if (!it.sep) {
                            if (includesToken(it.start, 'newline')) {
                                Object.assign(it, { key: null, sep: [this.sourceToken] });
                            }
                            else {
                                const start = getFirstKeyStartProps(it.start);
                                this.stack.push({
                                    type: 'block-map',
                                    offset: this.offset,
                                    indent: this.indent,
                                    items: [{ start, key: null, sep: [this.sourceToken] }]
                                });
                            }
                        }
                        else if (it.value) {
                            map.items.push({ start: [], key: null, sep: [this.sourceToken] });
                        }
                        else if (includesToken(it.sep, 'map-value-ind')) {
                            this.stack.push({
                                type: 'block-map',
                                offset: this.offset,
                                indent: this.indent,
                                items: [{ start, key: null, sep: [this.sourceToken] }]
                            });
                        }
                        else if (isFlowToken(it.key) &&
                            !includesToken(it.sep, 'newline')) {
                            const start = getFirstKeyStartProps(it.start);
                            const key = it.key;
                            const sep = it.sep;
                            sep.push(this.sourceToken);
                            // @ts-expect-error type guard is wrong here
                            delete it.key;
                            // @ts-expect-error type guard is wrong here
                            delete it.sep;
                            this.stack.push({
                                type: 'block-map',
                                offset: this.offset,
                                indent: this.indent,
                                items: [{ start, key, sep }]
                            });
                        }
                        else if (start.length > 0) {
                            // Not actually at next item
                            it.sep = it.sep.concat(start, this.sourceToken);
                        }
                        else {
                            it.sep.push(this.sourceToken);
                        }
                    }
                    else {
                        if (!it.sep) {
                            Object.assign(it, { key: null, sep: [this.sourceToken] });
                        }
                        else if (it.value || atNextItem) {
                            map.items.push({ start, key: null, sep: [this.sourceToken] });
                        }
                        else if (includesToken(it.sep, 'map-value-ind')) {
                            this.stack.push({
                                type: 'block-map',
                                offset: this.offset,
                                indent: this.indent,
                                items: [{ start: [], key: null, sep: [this.sourceToken] }]
                            });
                        }
                        else {
                            it.sep.push(this.sourceToken);
                        }
                    }
                    this.onKeyLine = true;
                    return;
                case 'alias':
                case 'scalar':
                case 'single-quoted-scalar':
                case 'double-quoted-scalar': {
                    const fs = this.flowScalar(this.type);
                    if (atNextItem || it.value) {
                        map.items.push({ start, key: fs, sep: [] });
                        this.onKeyLine = true;
                    }
                    else if (it.sep) {
                        this.stack.push(fs);
                    }
                    else {
                        Object.assign(it, { key: fs, sep: [] });
                        this.onKeyLine = true;
                    }
                    return;
                }
                default: {
                    const bv = this.startBlockValue(map);
                    if (bv) {
                        if (bv.type === 'block-seq') {
                            if (!it.explicitKey &&
                                it.sep &&
                                !includesToken(it.sep, 'newline')) {
                                yield* this.pop({
                                    type: 'error',
                                    offset: this.offset,
                                    message: 'Unexpected block-seq-ind on same line with key',
                                    source: this.source
                                });
                                return;
                            }
                        }
                        else if (atMapIndent) {
                            map.items.push({ start });
                        }
                        this.stack.push(bv);
                        return;
                    }
                }
            }
        }
        yield* this.pop();
        yield* this.step();
    }
    *blockSequence(seq) {
        const it = seq.items[seq.items.length - 1];
        switch (this.type) {
            case 'newline':
                if (it.value) {
                    const end = 'end' in it.value ? it.value.end : undefined;
                    const last = Array.isArray(end) ? end[end.length - 1] : undefined;
                    if (last?.type === 'comment')
                        end?.push(this.sourceToken);
                    else
                        seq.items.push({ start: [this.sourceToken] });
                }
                else
                    it.start.push(this.sourceToken);
                return;
            case 'space':
            case 'comment':
                if (it.value)
                    seq.items.push({ start: [this.sourceToken] });
                else {
                    if (this.atIndentedComment(it.start, seq.indent)) {
                        const prev = seq.items[seq.items.length - 2];
                        const end = prev?.value?.end;
                        if (Array.isArray(end)) {
                            arrayPushArray(end, it.start);
                            end.push(this.sourceToken);
                            seq.items.pop();
                            return;
                        }
                    }
                    it.start.push(this.sourceToken);
                }
                return;
            case 'anchor':
            case 'tag':
                if (it.value || this.indent <= seq.indent)
                    break;
                it.start.push(this.sourceToken);
                return;
            case 'seq-item-ind':
                if (this.indent !== seq.indent)
                    break;
                if (it.value || includesToken(it.start, 'seq-item-ind'))
                    seq.items.push({ start: [this.sourceToken] });
                else
                    it.start.push(this.sourceToken);
                return;
        }
        if (this.indent > seq.indent) {
            const bv = this.startBlockValue(seq);
            if (bv) {
                this.stack.push(bv);
                return;
            }
        }
        yield* this.pop();
        yield* this.step();
    }
    *flowCollection(fc) {
        const it = fc.items[fc.items.length - 1];
        if (this.type === 'flow-error-end') {
            let top;
            do {
                yield* this.pop();
                top = this.peek(1);
            } while (top?.type === 'flow-collection');
        }
        else if (fc.end.length === 0) {
            switch (this.type) {
                case 'comma':
                case 'explicit-key-ind':
                    if (!it || it.sep)
                        fc.items.push({ start: [this.sourceToken] });
                    else
                        it.start.push(this.sourceToken);
                    return;
                case 'map-value-ind':
                    if (!it || it.value)
                        fc.items.push({ start: [], key: null, sep: [this.sourceToken] });
                    else if (it.sep)
                        it.sep.push(this.sourceToken);
                    else
                        Object.assign(it, { key: null, sep: [this.sourceToken] });
                    return;
                case 'space':
                case 'comment':
                case 'newline':
                case 'anchor':
                case 'tag':
                    if (!it || it.value)
                        fc.items.push({ start: [this.sourceToken] });
                    else if (it.sep)
                        it.sep.push(this.sourceToken);
                    else
                        it.start.push(this.sourceToken);
                    return;
                case 'alias':
                case 'scalar':
                case 'single-quoted-scalar':
                case 'double-quoted-scalar': {
                    const fs = this.flowScalar(this.type);
                    if (!it || it.value)
                        fc.items.push({ start: [], key: fs, sep: [] });
                    else if (it.sep)
                        this.stack.push(fs);
                    else
                        Object.assign(it, { key: fs, sep: [] });
                    return;
                }
                case 'flow-map-end':
                case 'flow-seq-end':
                    fc.end.push(this.sourceToken);
                    return;
            }
            const bv = this.startBlockValue(fc);
            /* istanbul ignore else should not happen */
            if (bv)
                this.stack.push(bv);
            else {
                yield* this.pop();
                yield* this.step();
            }
        }
        else {
            const parent = this.peek(2);
            if (parent.type === 'block-map' &&
                ((this.type === 'map-value-ind' && parent.indent === fc.indent) ||
                    (this.type === 'newline' &&
                        !parent.items[parent.items.length - 1].sep))) {
                yield* this.pop();
                yield* this.step();
            }
            else if (this.type === 'map-value-ind' &&
                parent.type !== 'flow-collection') {
                const prev = getPrevProps(parent);
                const start = getFirstKeyStartProps(prev);
                fixFlowSeqItems(fc);
                const sep = fc.end.splice(1, fc.end.length);
                sep.push(this.sourceToken);
                const map = {
                    type: 'block-map',
                    offset: fc.offset,
                    indent: fc.indent,
                    items: [{ start, key: fc, sep }]
                };
                this.onKeyLine = true;
                this.stack[this.stack.length - 1] = map;
            }
            else {
                yield* this.lineEnd(fc);
            }
        }
    }
    flowScalar(type) {
        if (this.onNewLine) {
            let nl = this.source.indexOf('\n') + 1;
            while (nl !== 0) {
                this.onNewLine(this.offset + nl);
                nl = this.source.indexOf('\n', nl) + 1;
            }
        }
        return {
            type,
            offset: this.offset,
            indent: this.indent,
            source: this.source
        };
    }
    startBlockValue(parent) {
        switch (this.type) {
            case 'alias':
            case 'scalar':
            case 'single-quoted-scalar':
            case 'double-quoted-scalar':
                return this.flowScalar(this.type);
            case 'block-scalar-header':
                return {
                    type: 'block-scalar',
                    offset: this.offset,
                    indent: this.indent,
                    props: [this.sourceToken],
                    source: ''
                };
            case 'flow-map-start':
            case 'flow-seq-start':
                return {
                    type: 'flow-collection',
                    offset: this.offset,
                    indent: this.indent,
                    start: this.sourceToken,
                    items: [],
                    end: []
                };
            case 'seq-item-ind':
                return {
                    type: 'block-seq',
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start: [this.sourceToken] }]
                };
            case 'explicit-key-ind': {
                this.onKeyLine = true;
                const prev = getPrevProps(parent);
                const start = getFirstKeyStartProps(prev);
                start.push(this.sourceToken);
                return {
                    type: 'block-map',
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start, explicitKey: true }]
                };
            }
            case 'map-value-ind': {
                this.onKeyLine = true;
                const prev = getPrevProps(parent);
                const start = getFirstKeyStartProps(prev);
                return {
                    type: 'block-map',
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start, key: null, sep: [this.sourceToken] }]
                };
            }
        }
        return null;
    }
    atIndentedComment(start, indent) {
        if (this.type !== 'comment')
            return false;
        if (this.indent <= indent)
            return false;
        return start.every(st => st.type === 'newline' || st.type === 'space');
    }
    *documentEnd(docEnd) {
        if (this.type !== 'doc-mode') {
            if (docEnd.end)
                docEnd.end.push(this.sourceToken);
            else
                docEnd.end = [this.sourceToken];
            if (this.type === 'newline')
                yield* this.pop();
        }
    }
    *lineEnd(token) {
        switch (this.type) {
            case 'comma':
            case 'doc-start':
            case 'doc-end':
            case 'flow-seq-end':
            case 'flow-map-end':
            case 'map-value-ind':
                yield* this.pop();
                yield* this.step();
                break;
            case 'newline':
                this.onKeyLine = false;
            // fallthrough
            case 'space':
            case 'comment':
            default:
                // all other values are errors
                if (token.end)
                    token.end.push(this.sourceToken);
                else
                    token.end = [this.sourceToken];
                if (this.type === 'newline')
                    yield* this.pop();
        }
    }
}

exports.Parser = Parser;


/***/ }),

/***/ 8759:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var composer = __nccwpck_require__(3480);
var Document = __nccwpck_require__(6885);
var errors = __nccwpck_require__(3376);
var log = __nccwpck_require__(2745);
var identity = __nccwpck_require__(415);
var lineCounter = __nccwpck_require__(4588);
var parser = __nccwpck_require__(6651);

function parseOptions(options) {
    const prettyErrors = options.prettyErrors !== false;
    const lineCounter$1 = options.lineCounter || (prettyErrors && new lineCounter.LineCounter()) || null;
    return { lineCounter: lineCounter$1, prettyErrors };
}
/**
 * Parse the input as a stream of YAML documents.
 *
 * Documents should be separated from each other by `...` or `---` marker lines.
 *
 * @returns If an empty `docs` array is returned, it will be of type
 *   EmptyStream and contain additional stream information. In
 *   TypeScript, you should use `'empty' in docs` as a type guard for it.
 */
function parseAllDocuments(source, options = {}) {
    const { lineCounter, prettyErrors } = parseOptions(options);
    const parser$1 = new parser.Parser(lineCounter?.addNewLine);
    const composer$1 = new composer.Composer(options);
    const docs = Array.from(composer$1.compose(parser$1.parse(source)));
    if (prettyErrors && lineCounter)
        for (const doc of docs) {
            doc.errors.forEach(errors.prettifyError(source, lineCounter));
            doc.warnings.forEach(errors.prettifyError(source, lineCounter));
        }
    if (docs.length > 0)
        return docs;
    return Object.assign([], { empty: true }, composer$1.streamInfo());
}
/** Parse an input string into a single YAML.Document */
function parseDocument(source, options = {}) {
    const { lineCounter, prettyErrors } = parseOptions(options);
    const parser$1 = new parser.Parser(lineCounter?.addNewLine);
    const composer$1 = new composer.Composer(options);
    // `doc` is always set by compose.end(true) at the very latest
    let doc = null;
    for (const _doc of composer$1.compose(parser$1.parse(source), true, source.length)) {
        if (!doc)
            doc = _doc;
        else if (doc.options.logLevel !== 'silent') {
            doc.errors.push(new errors.YAMLParseError(_doc.range.slice(0, 2), 'MULTIPLE_DOCS', 'Source contains multiple documents; please use YAML.parseAllDocuments()'));
            break;
        }
    }
    if (prettyErrors && lineCounter) {
        doc.errors.forEach(errors.prettifyError(source, lineCounter));
        doc.warnings.forEach(errors.prettifyError(source, lineCounter));
    }
    return doc;
}
function parse(src, reviver, options) {
    let _reviver = undefined;
    if (typeof reviver === 'function') {
        _reviver = reviver;
    }
    else if (options === undefined && reviver && typeof reviver === 'object') {
        options = reviver;
    }
    const doc = parseDocument(src, options);
    if (!doc)
        return null;
    doc.warnings.forEach(warning => log.warn(doc.options.logLevel, warning));
    if (doc.errors.length > 0) {
        if (doc.options.logLevel !== 'silent')
            throw doc.errors[0];
        else
            doc.errors = [];
    }
    return doc.toJS(Object.assign({ reviver: _reviver }, options));
}
function stringify(value, replacer, options) {
    let _replacer = null;
    if (typeof replacer === 'function' || Array.isArray(replacer)) {
        _replacer = replacer;
    }
    else if (options === undefined && replacer) {
        options = replacer;
    }
    if (typeof options === 'string')
        options = options.length;
    if (typeof options === 'number') {
        const indent = Math.round(options);
        options = indent < 1 ? undefined : indent > 8 ? { indent: 8 } : { indent };
    }
    if (value === undefined) {
        const { keepUndefined } = options ?? replacer ?? {};
        if (!keepUndefined)
            return undefined;
    }
    if (identity.isDocument(value) && !_replacer)
        return value.toString(options);
    return new Document.Document(value, _replacer, options).toString(options);
}

exports.parse = parse;
exports.parseAllDocuments = parseAllDocuments;
exports.parseDocument = parseDocument;
exports.stringify = stringify;


/***/ }),

/***/ 8296:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(415);
var map = __nccwpck_require__(7683);
var seq = __nccwpck_require__(4066);
var string = __nccwpck_require__(4088);
var tags = __nccwpck_require__(3578);

const sortMapEntriesByKey = (a, b) => a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
class Schema {
    constructor({ compat, customTags, merge, resolveKnownTags, schema, sortMapEntries, toStringDefaults }) {
        this.compat = Array.isArray(compat)
            ? tags.getTags(compat, 'compat')
            : compat
                ? tags.getTags(null, compat)
                : null;
        this.name = (typeof schema === 'string' && schema) || 'core';
        this.knownTags = resolveKnownTags ? tags.coreKnownTags : {};
        this.tags = tags.getTags(customTags, this.name, merge);
        this.toStringOptions = toStringDefaults ?? null;
        Object.defineProperty(this, identity.MAP, { value: map.map });
        Object.defineProperty(this, identity.SCALAR, { value: string.string });
        Object.defineProperty(this, identity.SEQ, { value: seq.seq });
        // Used by createMap()
        this.sortMapEntries =
            typeof sortMapEntries === 'function'
                ? sortMapEntries
                : sortMapEntries === true
                    ? sortMapEntriesByKey
                    : null;
    }
    clone() {
        const copy = Object.create(Schema.prototype, Object.getOwnPropertyDescriptors(this));
        copy.tags = this.tags.slice();
        return copy;
    }
}

exports.Schema = Schema;


/***/ }),

/***/ 7683:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(415);
var YAMLMap = __nccwpck_require__(1950);

const map = {
    collection: 'map',
    default: true,
    nodeClass: YAMLMap.YAMLMap,
    tag: 'tag:yaml.org,2002:map',
    resolve(map, onError) {
        if (!identity.isMap(map))
            onError('Expected a mapping for this tag');
        return map;
    },
    createNode: (schema, obj, ctx) => YAMLMap.YAMLMap.from(schema, obj, ctx)
};

exports.map = map;


/***/ }),

/***/ 1528:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(2765);

const nullTag = {
    identify: value => value == null,
    createNode: () => new Scalar.Scalar(null),
    default: true,
    tag: 'tag:yaml.org,2002:null',
    test: /^(?:~|[Nn]ull|NULL)?$/,
    resolve: () => new Scalar.Scalar(null),
    stringify: ({ source }, ctx) => typeof source === 'string' && nullTag.test.test(source)
        ? source
        : ctx.options.nullStr
};

exports.nullTag = nullTag;


/***/ }),

/***/ 4066:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(415);
var YAMLSeq = __nccwpck_require__(7495);

const seq = {
    collection: 'seq',
    default: true,
    nodeClass: YAMLSeq.YAMLSeq,
    tag: 'tag:yaml.org,2002:seq',
    resolve(seq, onError) {
        if (!identity.isSeq(seq))
            onError('Expected a sequence for this tag');
        return seq;
    },
    createNode: (schema, obj, ctx) => YAMLSeq.YAMLSeq.from(schema, obj, ctx)
};

exports.seq = seq;


/***/ }),

/***/ 4088:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyString = __nccwpck_require__(501);

const string = {
    identify: value => typeof value === 'string',
    default: true,
    tag: 'tag:yaml.org,2002:str',
    resolve: str => str,
    stringify(item, ctx, onComment, onChompKeep) {
        ctx = Object.assign({ actualString: true }, ctx);
        return stringifyString.stringifyString(item, ctx, onComment, onChompKeep);
    }
};

exports.string = string;


/***/ }),

/***/ 7247:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(2765);

const boolTag = {
    identify: value => typeof value === 'boolean',
    default: true,
    tag: 'tag:yaml.org,2002:bool',
    test: /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/,
    resolve: str => new Scalar.Scalar(str[0] === 't' || str[0] === 'T'),
    stringify({ source, value }, ctx) {
        if (source && boolTag.test.test(source)) {
            const sv = source[0] === 't' || source[0] === 'T';
            if (value === sv)
                return source;
        }
        return value ? ctx.options.trueStr : ctx.options.falseStr;
    }
};

exports.boolTag = boolTag;


/***/ }),

/***/ 7661:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(2765);
var stringifyNumber = __nccwpck_require__(2729);

const floatNaN = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
    resolve: str => str.slice(-3).toLowerCase() === 'nan'
        ? NaN
        : str[0] === '-'
            ? Number.NEGATIVE_INFINITY
            : Number.POSITIVE_INFINITY,
    stringify: stringifyNumber.stringifyNumber
};
const floatExp = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    format: 'EXP',
    test: /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/,
    resolve: str => parseFloat(str),
    stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
    }
};
const float = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    test: /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/,
    resolve(str) {
        const node = new Scalar.Scalar(parseFloat(str));
        const dot = str.indexOf('.');
        if (dot !== -1 && str[str.length - 1] === '0')
            node.minFractionDigits = str.length - dot - 1;
        return node;
    },
    stringify: stringifyNumber.stringifyNumber
};

exports.float = float;
exports.floatExp = floatExp;
exports.floatNaN = floatNaN;


/***/ }),

/***/ 9546:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyNumber = __nccwpck_require__(2729);

const intIdentify = (value) => typeof value === 'bigint' || Number.isInteger(value);
const intResolve = (str, offset, radix, { intAsBigInt }) => (intAsBigInt ? BigInt(str) : parseInt(str.substring(offset), radix));
function intStringify(node, radix, prefix) {
    const { value } = node;
    if (intIdentify(value) && value >= 0)
        return prefix + value.toString(radix);
    return stringifyNumber.stringifyNumber(node);
}
const intOct = {
    identify: value => intIdentify(value) && value >= 0,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'OCT',
    test: /^0o[0-7]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 2, 8, opt),
    stringify: node => intStringify(node, 8, '0o')
};
const int = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    test: /^[-+]?[0-9]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
    stringify: stringifyNumber.stringifyNumber
};
const intHex = {
    identify: value => intIdentify(value) && value >= 0,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'HEX',
    test: /^0x[0-9a-fA-F]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
    stringify: node => intStringify(node, 16, '0x')
};

exports.int = int;
exports.intHex = intHex;
exports.intOct = intOct;


/***/ }),

/***/ 9032:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var map = __nccwpck_require__(7683);
var _null = __nccwpck_require__(1528);
var seq = __nccwpck_require__(4066);
var string = __nccwpck_require__(4088);
var bool = __nccwpck_require__(7247);
var float = __nccwpck_require__(7661);
var int = __nccwpck_require__(9546);

const schema = [
    map.map,
    seq.seq,
    string.string,
    _null.nullTag,
    bool.boolTag,
    int.intOct,
    int.int,
    int.intHex,
    float.floatNaN,
    float.floatExp,
    float.float
];

exports.schema = schema;


/***/ }),

/***/ 7519:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(2765);
var map = __nccwpck_require__(7683);
var seq = __nccwpck_require__(4066);

function intIdentify(value) {
    return typeof value === 'bigint' || Number.isInteger(value);
}
const stringifyJSON = ({ value }) => JSON.stringify(value);
const jsonScalars = [
    {
        identify: value => typeof value === 'string',
        default: true,
        tag: 'tag:yaml.org,2002:str',
        resolve: str => str,
        stringify: stringifyJSON
    },
    {
        identify: value => value == null,
        createNode: () => new Scalar.Scalar(null),
        default: true,
        tag: 'tag:yaml.org,2002:null',
        test: /^null$/,
        resolve: () => null,
        stringify: stringifyJSON
    },
    {
        identify: value => typeof value === 'boolean',
        default: true,
        tag: 'tag:yaml.org,2002:bool',
        test: /^true$|^false$/,
        resolve: str => str === 'true',
        stringify: stringifyJSON
    },
    {
        identify: intIdentify,
        default: true,
        tag: 'tag:yaml.org,2002:int',
        test: /^-?(?:0|[1-9][0-9]*)$/,
        resolve: (str, _onError, { intAsBigInt }) => intAsBigInt ? BigInt(str) : parseInt(str, 10),
        stringify: ({ value }) => intIdentify(value) ? value.toString() : JSON.stringify(value)
    },
    {
        identify: value => typeof value === 'number',
        default: true,
        tag: 'tag:yaml.org,2002:float',
        test: /^-?(?:0|[1-9][0-9]*)(?:\.[0-9]*)?(?:[eE][-+]?[0-9]+)?$/,
        resolve: str => parseFloat(str),
        stringify: stringifyJSON
    }
];
const jsonError = {
    default: true,
    tag: '',
    test: /^/,
    resolve(str, onError) {
        onError(`Unresolved plain scalar ${JSON.stringify(str)}`);
        return str;
    }
};
const schema = [map.map, seq.seq].concat(jsonScalars, jsonError);

exports.schema = schema;


/***/ }),

/***/ 3578:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var map = __nccwpck_require__(7683);
var _null = __nccwpck_require__(1528);
var seq = __nccwpck_require__(4066);
var string = __nccwpck_require__(4088);
var bool = __nccwpck_require__(7247);
var float = __nccwpck_require__(7661);
var int = __nccwpck_require__(9546);
var schema = __nccwpck_require__(9032);
var schema$1 = __nccwpck_require__(7519);
var binary = __nccwpck_require__(4011);
var merge = __nccwpck_require__(6220);
var omap = __nccwpck_require__(2775);
var pairs = __nccwpck_require__(1705);
var schema$2 = __nccwpck_require__(1921);
var set = __nccwpck_require__(832);
var timestamp = __nccwpck_require__(168);

const schemas = new Map([
    ['core', schema.schema],
    ['failsafe', [map.map, seq.seq, string.string]],
    ['json', schema$1.schema],
    ['yaml11', schema$2.schema],
    ['yaml-1.1', schema$2.schema]
]);
const tagsByName = {
    binary: binary.binary,
    bool: bool.boolTag,
    float: float.float,
    floatExp: float.floatExp,
    floatNaN: float.floatNaN,
    floatTime: timestamp.floatTime,
    int: int.int,
    intHex: int.intHex,
    intOct: int.intOct,
    intTime: timestamp.intTime,
    map: map.map,
    merge: merge.merge,
    null: _null.nullTag,
    omap: omap.omap,
    pairs: pairs.pairs,
    seq: seq.seq,
    set: set.set,
    timestamp: timestamp.timestamp
};
const coreKnownTags = {
    'tag:yaml.org,2002:binary': binary.binary,
    'tag:yaml.org,2002:merge': merge.merge,
    'tag:yaml.org,2002:omap': omap.omap,
    'tag:yaml.org,2002:pairs': pairs.pairs,
    'tag:yaml.org,2002:set': set.set,
    'tag:yaml.org,2002:timestamp': timestamp.timestamp
};
function getTags(customTags, schemaName, addMergeTag) {
    const schemaTags = schemas.get(schemaName);
    if (schemaTags && !customTags) {
        return addMergeTag && !schemaTags.includes(merge.merge)
            ? schemaTags.concat(merge.merge)
            : schemaTags.slice();
    }
    let tags = schemaTags;
    if (!tags) {
        if (Array.isArray(customTags))
            tags = [];
        else {
            const keys = Array.from(schemas.keys())
                .filter(key => key !== 'yaml11')
                .map(key => JSON.stringify(key))
                .join(', ');
            throw new Error(`Unknown schema "${schemaName}"; use one of ${keys} or define customTags array`);
        }
    }
    if (Array.isArray(customTags)) {
        for (const tag of customTags)
            tags = tags.concat(tag);
    }
    else if (typeof customTags === 'function') {
        tags = customTags(tags.slice());
    }
    if (addMergeTag)
        tags = tags.concat(merge.merge);
    return tags.reduce((tags, tag) => {
        const tagObj = typeof tag === 'string' ? tagsByName[tag] : tag;
        if (!tagObj) {
            const tagName = JSON.stringify(tag);
            const keys = Object.keys(tagsByName)
                .map(key => JSON.stringify(key))
                .join(', ');
            throw new Error(`Unknown custom tag ${tagName}; use one of ${keys}`);
        }
        if (!tags.includes(tagObj))
            tags.push(tagObj);
        return tags;
    }, []);
}

exports.coreKnownTags = coreKnownTags;
exports.getTags = getTags;


/***/ }),

/***/ 4011:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var node_buffer = __nccwpck_require__(181);
var Scalar = __nccwpck_require__(2765);
var stringifyString = __nccwpck_require__(501);

const binary = {
    identify: value => value instanceof Uint8Array, // Buffer inherits from Uint8Array
    default: false,
    tag: 'tag:yaml.org,2002:binary',
    /**
     * Returns a Buffer in node and an Uint8Array in browsers
     *
     * To use the resulting buffer as an image, you'll want to do something like:
     *
     *   const blob = new Blob([buffer], { type: 'image/jpeg' })
     *   document.querySelector('#photo').src = URL.createObjectURL(blob)
     */
    resolve(src, onError) {
        if (typeof node_buffer.Buffer === 'function') {
            return node_buffer.Buffer.from(src, 'base64');
        }
        else if (typeof atob === 'function') {
            // On IE 11, atob() can't handle newlines
            const str = atob(src.replace(/[\n\r]/g, ''));
            const buffer = new Uint8Array(str.length);
            for (let i = 0; i < str.length; ++i)
                buffer[i] = str.charCodeAt(i);
            return buffer;
        }
        else {
            onError('This environment does not support reading binary tags; either Buffer or atob is required');
            return src;
        }
    },
    stringify({ comment, type, value }, ctx, onComment, onChompKeep) {
        if (!value)
            return '';
        const buf = value; // checked earlier by binary.identify()
        let str;
        if (typeof node_buffer.Buffer === 'function') {
            str =
                buf instanceof node_buffer.Buffer
                    ? buf.toString('base64')
                    : node_buffer.Buffer.from(buf.buffer).toString('base64');
        }
        else if (typeof btoa === 'function') {
            let s = '';
            for (let i = 0; i < buf.length; ++i)
                s += String.fromCharCode(buf[i]);
            str = btoa(s);
        }
        else {
            throw new Error('This environment does not support writing binary tags; either Buffer or btoa is required');
        }
        type ?? (type = Scalar.Scalar.BLOCK_LITERAL);
        if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
            const lineWidth = Math.max(ctx.options.lineWidth - ctx.indent.length, ctx.options.minContentWidth);
            const n = Math.ceil(str.length / lineWidth);
            const lines = new Array(n);
            for (let i = 0, o = 0; i < n; ++i, o += lineWidth) {
                lines[i] = str.substr(o, lineWidth);
            }
            str = lines.join(type === Scalar.Scalar.BLOCK_LITERAL ? '\n' : ' ');
        }
        return stringifyString.stringifyString({ comment, type, value: str }, ctx, onComment, onChompKeep);
    }
};

exports.binary = binary;


/***/ }),

/***/ 2214:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(2765);

function boolStringify({ value, source }, ctx) {
    const boolObj = value ? trueTag : falseTag;
    if (source && boolObj.test.test(source))
        return source;
    return value ? ctx.options.trueStr : ctx.options.falseStr;
}
const trueTag = {
    identify: value => value === true,
    default: true,
    tag: 'tag:yaml.org,2002:bool',
    test: /^(?:Y|y|[Yy]es|YES|[Tt]rue|TRUE|[Oo]n|ON)$/,
    resolve: () => new Scalar.Scalar(true),
    stringify: boolStringify
};
const falseTag = {
    identify: value => value === false,
    default: true,
    tag: 'tag:yaml.org,2002:bool',
    test: /^(?:N|n|[Nn]o|NO|[Ff]alse|FALSE|[Oo]ff|OFF)$/,
    resolve: () => new Scalar.Scalar(false),
    stringify: boolStringify
};

exports.falseTag = falseTag;
exports.trueTag = trueTag;


/***/ }),

/***/ 9614:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(2765);
var stringifyNumber = __nccwpck_require__(2729);

const floatNaN = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
    resolve: (str) => str.slice(-3).toLowerCase() === 'nan'
        ? NaN
        : str[0] === '-'
            ? Number.NEGATIVE_INFINITY
            : Number.POSITIVE_INFINITY,
    stringify: stringifyNumber.stringifyNumber
};
const floatExp = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    format: 'EXP',
    test: /^[-+]?(?:[0-9][0-9_]*)?(?:\.[0-9_]*)?[eE][-+]?[0-9]+$/,
    resolve: (str) => parseFloat(str.replace(/_/g, '')),
    stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
    }
};
const float = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    test: /^[-+]?(?:[0-9][0-9_]*)?\.[0-9_]*$/,
    resolve(str) {
        const node = new Scalar.Scalar(parseFloat(str.replace(/_/g, '')));
        const dot = str.indexOf('.');
        if (dot !== -1) {
            const f = str.substring(dot + 1).replace(/_/g, '');
            if (f[f.length - 1] === '0')
                node.minFractionDigits = f.length;
        }
        return node;
    },
    stringify: stringifyNumber.stringifyNumber
};

exports.float = float;
exports.floatExp = floatExp;
exports.floatNaN = floatNaN;


/***/ }),

/***/ 6257:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyNumber = __nccwpck_require__(2729);

const intIdentify = (value) => typeof value === 'bigint' || Number.isInteger(value);
function intResolve(str, offset, radix, { intAsBigInt }) {
    const sign = str[0];
    if (sign === '-' || sign === '+')
        offset += 1;
    str = str.substring(offset).replace(/_/g, '');
    if (intAsBigInt) {
        switch (radix) {
            case 2:
                str = `0b${str}`;
                break;
            case 8:
                str = `0o${str}`;
                break;
            case 16:
                str = `0x${str}`;
                break;
        }
        const n = BigInt(str);
        return sign === '-' ? BigInt(-1) * n : n;
    }
    const n = parseInt(str, radix);
    return sign === '-' ? -1 * n : n;
}
function intStringify(node, radix, prefix) {
    const { value } = node;
    if (intIdentify(value)) {
        const str = value.toString(radix);
        return value < 0 ? '-' + prefix + str.substr(1) : prefix + str;
    }
    return stringifyNumber.stringifyNumber(node);
}
const intBin = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'BIN',
    test: /^[-+]?0b[0-1_]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 2, 2, opt),
    stringify: node => intStringify(node, 2, '0b')
};
const intOct = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'OCT',
    test: /^[-+]?0[0-7_]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 1, 8, opt),
    stringify: node => intStringify(node, 8, '0')
};
const int = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    test: /^[-+]?[0-9][0-9_]*$/,
    resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
    stringify: stringifyNumber.stringifyNumber
};
const intHex = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'HEX',
    test: /^[-+]?0x[0-9a-fA-F_]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
    stringify: node => intStringify(node, 16, '0x')
};

exports.int = int;
exports.intBin = intBin;
exports.intHex = intHex;
exports.intOct = intOct;


/***/ }),

/***/ 6220:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(415);
var Scalar = __nccwpck_require__(2765);

// If the value associated with a merge key is a single mapping node, each of
// its key/value pairs is inserted into the current mapping, unless the key
// already exists in it. If the value associated with the merge key is a
// sequence, then this sequence is expected to contain mapping nodes and each
// of these nodes is merged in turn according to its order in the sequence.
// Keys in mapping nodes earlier in the sequence override keys specified in
// later mapping nodes. -- http://yaml.org/type/merge.html
const MERGE_KEY = '<<';
const merge = {
    identify: value => value === MERGE_KEY ||
        (typeof value === 'symbol' && value.description === MERGE_KEY),
    default: 'key',
    tag: 'tag:yaml.org,2002:merge',
    test: /^<<$/,
    resolve: () => Object.assign(new Scalar.Scalar(Symbol(MERGE_KEY)), {
        addToJSMap: addMergeToJSMap
    }),
    stringify: () => MERGE_KEY
};
const isMergeKey = (ctx, key) => (merge.identify(key) ||
    (identity.isScalar(key) &&
        (!key.type || key.type === Scalar.Scalar.PLAIN) &&
        merge.identify(key.value))) &&
    ctx?.doc.schema.tags.some(tag => tag.tag === merge.tag && tag.default);
function addMergeToJSMap(ctx, map, value) {
    const source = resolveAliasValue(ctx, value);
    if (identity.isSeq(source))
        for (const it of source.items)
            mergeValue(ctx, map, it);
    else if (Array.isArray(source))
        for (const it of source)
            mergeValue(ctx, map, it);
    else
        mergeValue(ctx, map, source);
}
function mergeValue(ctx, map, value) {
    const source = resolveAliasValue(ctx, value);
    if (!identity.isMap(source))
        throw new Error('Merge sources must be maps or map aliases');
    const srcMap = source.toJSON(null, ctx, Map);
    for (const [key, value] of srcMap) {
        if (map instanceof Map) {
            if (!map.has(key))
                map.set(key, value);
        }
        else if (map instanceof Set) {
            map.add(key);
        }
        else if (!Object.prototype.hasOwnProperty.call(map, key)) {
            Object.defineProperty(map, key, {
                value,
                writable: true,
                enumerable: true,
                configurable: true
            });
        }
    }
    return map;
}
function resolveAliasValue(ctx, value) {
    return ctx && identity.isAlias(value) ? value.resolve(ctx.doc, ctx) : value;
}

exports.addMergeToJSMap = addMergeToJSMap;
exports.isMergeKey = isMergeKey;
exports.merge = merge;


/***/ }),

/***/ 2775:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(415);
var toJS = __nccwpck_require__(915);
var YAMLMap = __nccwpck_require__(1950);
var YAMLSeq = __nccwpck_require__(7495);
var pairs = __nccwpck_require__(1705);

class YAMLOMap extends YAMLSeq.YAMLSeq {
    constructor() {
        super();
        this.add = YAMLMap.YAMLMap.prototype.add.bind(this);
        this.delete = YAMLMap.YAMLMap.prototype.delete.bind(this);
        this.get = YAMLMap.YAMLMap.prototype.get.bind(this);
        this.has = YAMLMap.YAMLMap.prototype.has.bind(this);
        this.set = YAMLMap.YAMLMap.prototype.set.bind(this);
        this.tag = YAMLOMap.tag;
    }
    /**
     * If `ctx` is given, the return type is actually `Map<unknown, unknown>`,
     * but TypeScript won't allow widening the signature of a child method.
     */
    toJSON(_, ctx) {
        if (!ctx)
            return super.toJSON(_);
        const map = new Map();
        if (ctx?.onCreate)
            ctx.onCreate(map);
        for (const pair of this.items) {
            let key, value;
            if (identity.isPair(pair)) {
                key = toJS.toJS(pair.key, '', ctx);
                value = toJS.toJS(pair.value, key, ctx);
            }
            else {
                key = toJS.toJS(pair, '', ctx);
            }
            if (map.has(key))
                throw new Error('Ordered maps must not include duplicate keys');
            map.set(key, value);
        }
        return map;
    }
    static from(schema, iterable, ctx) {
        const pairs$1 = pairs.createPairs(schema, iterable, ctx);
        const omap = new this();
        omap.items = pairs$1.items;
        return omap;
    }
}
YAMLOMap.tag = 'tag:yaml.org,2002:omap';
const omap = {
    collection: 'seq',
    identify: value => value instanceof Map,
    nodeClass: YAMLOMap,
    default: false,
    tag: 'tag:yaml.org,2002:omap',
    resolve(seq, onError) {
        const pairs$1 = pairs.resolvePairs(seq, onError);
        const seenKeys = [];
        for (const { key } of pairs$1.items) {
            if (identity.isScalar(key)) {
                if (seenKeys.includes(key.value)) {
                    onError(`Ordered maps must not include duplicate keys: ${key.value}`);
                }
                else {
                    seenKeys.push(key.value);
                }
            }
        }
        return Object.assign(new YAMLOMap(), pairs$1);
    },
    createNode: (schema, iterable, ctx) => YAMLOMap.from(schema, iterable, ctx)
};

exports.YAMLOMap = YAMLOMap;
exports.omap = omap;


/***/ }),

/***/ 1705:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(415);
var Pair = __nccwpck_require__(4245);
var Scalar = __nccwpck_require__(2765);
var YAMLSeq = __nccwpck_require__(7495);

function resolvePairs(seq, onError) {
    if (identity.isSeq(seq)) {
        for (let i = 0; i < seq.items.length; ++i) {
            let item = seq.items[i];
            if (identity.isPair(item))
                continue;
            else if (identity.isMap(item)) {
                if (item.items.length > 1)
                    onError('Each pair must have its own sequence indicator');
                const pair = item.items[0] || new Pair.Pair(new Scalar.Scalar(null));
                if (item.commentBefore)
                    pair.key.commentBefore = pair.key.commentBefore
                        ? `${item.commentBefore}\n${pair.key.commentBefore}`
                        : item.commentBefore;
                if (item.comment) {
                    const cn = pair.value ?? pair.key;
                    cn.comment = cn.comment
                        ? `${item.comment}\n${cn.comment}`
                        : item.comment;
                }
                item = pair;
            }
            seq.items[i] = identity.isPair(item) ? item : new Pair.Pair(item);
        }
    }
    else
        onError('Expected a sequence for this tag');
    return seq;
}
function createPairs(schema, iterable, ctx) {
    const { replacer } = ctx;
    const pairs = new YAMLSeq.YAMLSeq(schema);
    pairs.tag = 'tag:yaml.org,2002:pairs';
    let i = 0;
    if (iterable && Symbol.iterator in Object(iterable))
        for (let it of iterable) {
            if (typeof replacer === 'function')
                it = replacer.call(iterable, String(i++), it);
            let key, value;
            if (Array.isArray(it)) {
                if (it.length === 2) {
                    key = it[0];
                    value = it[1];
                }
                else
                    throw new TypeError(`Expected [key, value] tuple: ${it}`);
            }
            else if (it && it instanceof Object) {
                const keys = Object.keys(it);
                if (keys.length === 1) {
                    key = keys[0];
                    value = it[key];
                }
                else {
                    throw new TypeError(`Expected tuple with one key, not ${keys.length} keys`);
                }
            }
            else {
                key = it;
            }
            pairs.items.push(Pair.createPair(key, value, ctx));
        }
    return pairs;
}
const pairs = {
    collection: 'seq',
    default: false,
    tag: 'tag:yaml.org,2002:pairs',
    resolve: resolvePairs,
    createNode: createPairs
};

exports.createPairs = createPairs;
exports.pairs = pairs;
exports.resolvePairs = resolvePairs;


/***/ }),

/***/ 1921:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var map = __nccwpck_require__(7683);
var _null = __nccwpck_require__(1528);
var seq = __nccwpck_require__(4066);
var string = __nccwpck_require__(4088);
var binary = __nccwpck_require__(4011);
var bool = __nccwpck_require__(2214);
var float = __nccwpck_require__(9614);
var int = __nccwpck_require__(6257);
var merge = __nccwpck_require__(6220);
var omap = __nccwpck_require__(2775);
var pairs = __nccwpck_require__(1705);
var set = __nccwpck_require__(832);
var timestamp = __nccwpck_require__(168);

const schema = [
    map.map,
    seq.seq,
    string.string,
    _null.nullTag,
    bool.trueTag,
    bool.falseTag,
    int.intBin,
    int.intOct,
    int.int,
    int.intHex,
    float.floatNaN,
    float.floatExp,
    float.float,
    binary.binary,
    merge.merge,
    omap.omap,
    pairs.pairs,
    set.set,
    timestamp.intTime,
    timestamp.floatTime,
    timestamp.timestamp
];

exports.schema = schema;


/***/ }),

/***/ 832:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(415);
var Pair = __nccwpck_require__(4245);
var YAMLMap = __nccwpck_require__(1950);

class YAMLSet extends YAMLMap.YAMLMap {
    constructor(schema) {
        super(schema);
        this.tag = YAMLSet.tag;
    }
    add(key) {
        let pair;
        if (identity.isPair(key))
            pair = key;
        else if (key &&
            typeof key === 'object' &&
            'key' in key &&
            'value' in key &&
            key.value === null)
            pair = new Pair.Pair(key.key, null);
        else
            pair = new Pair.Pair(key, null);
        const prev = YAMLMap.findPair(this.items, pair.key);
        if (!prev)
            this.items.push(pair);
    }
    /**
     * If `keepPair` is `true`, returns the Pair matching `key`.
     * Otherwise, returns the value of that Pair's key.
     */
    get(key, keepPair) {
        const pair = YAMLMap.findPair(this.items, key);
        return !keepPair && identity.isPair(pair)
            ? identity.isScalar(pair.key)
                ? pair.key.value
                : pair.key
            : pair;
    }
    set(key, value) {
        if (typeof value !== 'boolean')
            throw new Error(`Expected boolean value for set(key, value) in a YAML set, not ${typeof value}`);
        const prev = YAMLMap.findPair(this.items, key);
        if (prev && !value) {
            this.items.splice(this.items.indexOf(prev), 1);
        }
        else if (!prev && value) {
            this.items.push(new Pair.Pair(key));
        }
    }
    toJSON(_, ctx) {
        return super.toJSON(_, ctx, Set);
    }
    toString(ctx, onComment, onChompKeep) {
        if (!ctx)
            return JSON.stringify(this);
        if (this.hasAllNullValues(true))
            return super.toString(Object.assign({}, ctx, { allNullValues: true }), onComment, onChompKeep);
        else
            throw new Error('Set items must all have null values');
    }
    static from(schema, iterable, ctx) {
        const { replacer } = ctx;
        const set = new this(schema);
        if (iterable && Symbol.iterator in Object(iterable))
            for (let value of iterable) {
                if (typeof replacer === 'function')
                    value = replacer.call(iterable, value, value);
                set.items.push(Pair.createPair(value, null, ctx));
            }
        return set;
    }
}
YAMLSet.tag = 'tag:yaml.org,2002:set';
const set = {
    collection: 'map',
    identify: value => value instanceof Set,
    nodeClass: YAMLSet,
    default: false,
    tag: 'tag:yaml.org,2002:set',
    createNode: (schema, iterable, ctx) => YAMLSet.from(schema, iterable, ctx),
    resolve(map, onError) {
        if (identity.isMap(map)) {
            if (map.hasAllNullValues(true))
                return Object.assign(new YAMLSet(), map);
            else
                onError('Set items must all have null values');
        }
        else
            onError('Expected a mapping for this tag');
        return map;
    }
};

exports.YAMLSet = YAMLSet;
exports.set = set;


/***/ }),

/***/ 168:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyNumber = __nccwpck_require__(2729);

/** Internal types handle bigint as number, because TS can't figure it out. */
function parseSexagesimal(str, asBigInt) {
    const sign = str[0];
    const parts = sign === '-' || sign === '+' ? str.substring(1) : str;
    const num = (n) => asBigInt ? BigInt(n) : Number(n);
    const res = parts
        .replace(/_/g, '')
        .split(':')
        .reduce((res, p) => res * num(60) + num(p), num(0));
    return (sign === '-' ? num(-1) * res : res);
}
/**
 * hhhh:mm:ss.sss
 *
 * Internal types handle bigint as number, because TS can't figure it out.
 */
function stringifySexagesimal(node) {
    let { value } = node;
    let num = (n) => n;
    if (typeof value === 'bigint')
        num = n => BigInt(n);
    else if (isNaN(value) || !isFinite(value))
        return stringifyNumber.stringifyNumber(node);
    let sign = '';
    if (value < 0) {
        sign = '-';
        value *= num(-1);
    }
    const _60 = num(60);
    const parts = [value % _60]; // seconds, including ms
    if (value < 60) {
        parts.unshift(0); // at least one : is required
    }
    else {
        value = (value - parts[0]) / _60;
        parts.unshift(value % _60); // minutes
        if (value >= 60) {
            value = (value - parts[0]) / _60;
            parts.unshift(value); // hours
        }
    }
    return (sign +
        parts
            .map(n => String(n).padStart(2, '0'))
            .join(':')
            .replace(/000000\d*$/, '') // % 60 may introduce error
    );
}
const intTime = {
    identify: value => typeof value === 'bigint' || Number.isInteger(value),
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'TIME',
    test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+$/,
    resolve: (str, _onError, { intAsBigInt }) => parseSexagesimal(str, intAsBigInt),
    stringify: stringifySexagesimal
};
const floatTime = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    format: 'TIME',
    test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*$/,
    resolve: str => parseSexagesimal(str, false),
    stringify: stringifySexagesimal
};
const timestamp = {
    identify: value => value instanceof Date,
    default: true,
    tag: 'tag:yaml.org,2002:timestamp',
    // If the time zone is omitted, the timestamp is assumed to be specified in UTC. The time part
    // may be omitted altogether, resulting in a date format. In such a case, the time part is
    // assumed to be 00:00:00Z (start of day, UTC).
    test: RegExp('^([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})' + // YYYY-Mm-Dd
        '(?:' + // time is optional
        '(?:t|T|[ \\t]+)' + // t | T | whitespace
        '([0-9]{1,2}):([0-9]{1,2}):([0-9]{1,2}(\\.[0-9]+)?)' + // Hh:Mm:Ss(.ss)?
        '(?:[ \\t]*(Z|[-+][012]?[0-9](?::[0-9]{2})?))?' + // Z | +5 | -03:30
        ')?$'),
    resolve(str) {
        const match = str.match(timestamp.test);
        if (!match)
            throw new Error('!!timestamp expects a date, starting with yyyy-mm-dd');
        const [, year, month, day, hour, minute, second] = match.map(Number);
        const millisec = match[7] ? Number((match[7] + '00').substr(1, 3)) : 0;
        let date = Date.UTC(year, month - 1, day, hour || 0, minute || 0, second || 0, millisec);
        const tz = match[8];
        if (tz && tz !== 'Z') {
            let d = parseSexagesimal(tz, false);
            if (Math.abs(d) < 30)
                d *= 60;
            date -= 60000 * d;
        }
        return new Date(date);
    },
    stringify: ({ value }) => value?.toISOString().replace(/(T00:00:00)?\.000Z$/, '') ?? ''
};

exports.floatTime = floatTime;
exports.intTime = intTime;
exports.timestamp = timestamp;


/***/ }),

/***/ 3699:
/***/ ((__unused_webpack_module, exports) => {



const FOLD_FLOW = 'flow';
const FOLD_BLOCK = 'block';
const FOLD_QUOTED = 'quoted';
/**
 * Tries to keep input at up to `lineWidth` characters, splitting only on spaces
 * not followed by newlines or spaces unless `mode` is `'quoted'`. Lines are
 * terminated with `\n` and started with `indent`.
 */
function foldFlowLines(text, indent, mode = 'flow', { indentAtStart, lineWidth = 80, minContentWidth = 20, onFold, onOverflow } = {}) {
    if (!lineWidth || lineWidth < 0)
        return text;
    if (lineWidth < minContentWidth)
        minContentWidth = 0;
    const endStep = Math.max(1 + minContentWidth, 1 + lineWidth - indent.length);
    if (text.length <= endStep)
        return text;
    const folds = [];
    const escapedFolds = {};
    let end = lineWidth - indent.length;
    if (typeof indentAtStart === 'number') {
        if (indentAtStart > lineWidth - Math.max(2, minContentWidth))
            folds.push(0);
        else
            end = lineWidth - indentAtStart;
    }
    let split = undefined;
    let prev = undefined;
    let overflow = false;
    let i = -1;
    let escStart = -1;
    let escEnd = -1;
    if (mode === FOLD_BLOCK) {
        i = consumeMoreIndentedLines(text, i, indent.length);
        if (i !== -1)
            end = i + endStep;
    }
    for (let ch; (ch = text[(i += 1)]);) {
        if (mode === FOLD_QUOTED && ch === '\\') {
            escStart = i;
            switch (text[i + 1]) {
                case 'x':
                    i += 3;
                    break;
                case 'u':
                    i += 5;
                    break;
                case 'U':
                    i += 9;
                    break;
                default:
                    i += 1;
            }
            escEnd = i;
        }
        if (ch === '\n') {
            if (mode === FOLD_BLOCK)
                i = consumeMoreIndentedLines(text, i, indent.length);
            end = i + indent.length + endStep;
            split = undefined;
        }
        else {
            if (ch === ' ' &&
                prev &&
                prev !== ' ' &&
                prev !== '\n' &&
                prev !== '\t') {
                // space surrounded by non-space can be replaced with newline + indent
                const next = text[i + 1];
                if (next && next !== ' ' && next !== '\n' && next !== '\t')
                    split = i;
            }
            if (i >= end) {
                if (split) {
                    folds.push(split);
                    end = split + endStep;
                    split = undefined;
                }
                else if (mode === FOLD_QUOTED) {
                    // white-space collected at end may stretch past lineWidth
                    while (prev === ' ' || prev === '\t') {
                        prev = ch;
                        ch = text[(i += 1)];
                        overflow = true;
                    }
                    // Account for newline escape, but don't break preceding escape
                    const j = i > escEnd + 1 ? i - 2 : escStart - 1;
                    // Bail out if lineWidth & minContentWidth are shorter than an escape string
                    if (escapedFolds[j])
                        return text;
                    folds.push(j);
                    escapedFolds[j] = true;
                    end = j + endStep;
                    split = undefined;
                }
                else {
                    overflow = true;
                }
            }
        }
        prev = ch;
    }
    if (overflow && onOverflow)
        onOverflow();
    if (folds.length === 0)
        return text;
    if (onFold)
        onFold();
    let res = text.slice(0, folds[0]);
    for (let i = 0; i < folds.length; ++i) {
        const fold = folds[i];
        const end = folds[i + 1] || text.length;
        if (fold === 0)
            res = `\n${indent}${text.slice(0, end)}`;
        else {
            if (mode === FOLD_QUOTED && escapedFolds[fold])
                res += `${text[fold]}\\`;
            res += `\n${indent}${text.slice(fold + 1, end)}`;
        }
    }
    return res;
}
/**
 * Presumes `i + 1` is at the start of a line
 * @returns index of last newline in more-indented block
 */
function consumeMoreIndentedLines(text, i, indent) {
    let end = i;
    let start = i + 1;
    let ch = text[start];
    while (ch === ' ' || ch === '\t') {
        if (i < start + indent) {
            ch = text[++i];
        }
        else {
            do {
                ch = text[++i];
            } while (ch && ch !== '\n');
            end = i;
            start = i + 1;
            ch = text[start];
        }
    }
    return end;
}

exports.FOLD_BLOCK = FOLD_BLOCK;
exports.FOLD_FLOW = FOLD_FLOW;
exports.FOLD_QUOTED = FOLD_QUOTED;
exports.foldFlowLines = foldFlowLines;


/***/ }),

/***/ 732:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var anchors = __nccwpck_require__(5236);
var identity = __nccwpck_require__(415);
var stringifyComment = __nccwpck_require__(8927);
var stringifyString = __nccwpck_require__(501);

function createStringifyContext(doc, options) {
    const opt = Object.assign({
        blockQuote: true,
        commentString: stringifyComment.stringifyComment,
        defaultKeyType: null,
        defaultStringType: 'PLAIN',
        directives: null,
        doubleQuotedAsJSON: false,
        doubleQuotedMinMultiLineLength: 40,
        falseStr: 'false',
        flowCollectionPadding: true,
        indentSeq: true,
        lineWidth: 80,
        minContentWidth: 20,
        nullStr: 'null',
        simpleKeys: false,
        singleQuote: null,
        trailingComma: false,
        trueStr: 'true',
        verifyAliasOrder: true
    }, doc.schema.toStringOptions, options);
    let inFlow;
    switch (opt.collectionStyle) {
        case 'block':
            inFlow = false;
            break;
        case 'flow':
            inFlow = true;
            break;
        default:
            inFlow = null;
    }
    return {
        anchors: new Set(),
        doc,
        flowCollectionPadding: opt.flowCollectionPadding ? ' ' : '',
        indent: '',
        indentStep: typeof opt.indent === 'number' ? ' '.repeat(opt.indent) : '  ',
        inFlow,
        options: opt
    };
}
function getTagObject(tags, item) {
    if (item.tag) {
        const match = tags.filter(t => t.tag === item.tag);
        if (match.length > 0)
            return match.find(t => t.format === item.format) ?? match[0];
    }
    let tagObj = undefined;
    let obj;
    if (identity.isScalar(item)) {
        obj = item.value;
        let match = tags.filter(t => t.identify?.(obj));
        if (match.length > 1) {
            const testMatch = match.filter(t => t.test);
            if (testMatch.length > 0)
                match = testMatch;
        }
        tagObj =
            match.find(t => t.format === item.format) ?? match.find(t => !t.format);
    }
    else {
        obj = item;
        tagObj = tags.find(t => t.nodeClass && obj instanceof t.nodeClass);
    }
    if (!tagObj) {
        const name = obj?.constructor?.name ?? (obj === null ? 'null' : typeof obj);
        throw new Error(`Tag not resolved for ${name} value`);
    }
    return tagObj;
}
// needs to be called before value stringifier to allow for circular anchor refs
function stringifyProps(node, tagObj, { anchors: anchors$1, doc }) {
    if (!doc.directives)
        return '';
    const props = [];
    const anchor = (identity.isScalar(node) || identity.isCollection(node)) && node.anchor;
    if (anchor && anchors.anchorIsValid(anchor)) {
        anchors$1.add(anchor);
        props.push(`&${anchor}`);
    }
    const tag = node.tag ?? (tagObj.default ? null : tagObj.tag);
    if (tag)
        props.push(doc.directives.tagString(tag));
    return props.join(' ');
}
function stringify(item, ctx, onComment, onChompKeep) {
    if (identity.isPair(item))
        return item.toString(ctx, onComment, onChompKeep);
    if (identity.isAlias(item)) {
        if (ctx.doc.directives)
            return item.toString(ctx);
        if (ctx.resolvedAliases?.has(item)) {
            throw new TypeError(`Cannot stringify circular structure without alias nodes`);
        }
        else {
            if (ctx.resolvedAliases)
                ctx.resolvedAliases.add(item);
            else
                ctx.resolvedAliases = new Set([item]);
            item = item.resolve(ctx.doc);
        }
    }
    let tagObj = undefined;
    const node = identity.isNode(item)
        ? item
        : ctx.doc.createNode(item, { onTagObj: o => (tagObj = o) });
    tagObj ?? (tagObj = getTagObject(ctx.doc.schema.tags, node));
    const props = stringifyProps(node, tagObj, ctx);
    if (props.length > 0)
        ctx.indentAtStart = (ctx.indentAtStart ?? 0) + props.length + 1;
    const str = typeof tagObj.stringify === 'function'
        ? tagObj.stringify(node, ctx, onComment, onChompKeep)
        : identity.isScalar(node)
            ? stringifyString.stringifyString(node, ctx, onComment, onChompKeep)
            : node.toString(ctx, onComment, onChompKeep);
    if (!props)
        return str;
    return identity.isScalar(node) || str[0] === '{' || str[0] === '['
        ? `${props} ${str}`
        : `${props}\n${ctx.indent}${str}`;
}

exports.createStringifyContext = createStringifyContext;
exports.stringify = stringify;


/***/ }),

/***/ 6340:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(415);
var stringify = __nccwpck_require__(732);
var stringifyComment = __nccwpck_require__(8927);

function stringifyCollection(collection, ctx, options) {
    const flow = ctx.inFlow ?? collection.flow;
    const stringify = flow ? stringifyFlowCollection : stringifyBlockCollection;
    return stringify(collection, ctx, options);
}
function stringifyBlockCollection({ comment, items }, ctx, { blockItemPrefix, flowChars, itemIndent, onChompKeep, onComment }) {
    const { indent, options: { commentString } } = ctx;
    const itemCtx = Object.assign({}, ctx, { indent: itemIndent, type: null });
    let chompKeep = false; // flag for the preceding node's status
    const lines = [];
    for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment = null;
        if (identity.isNode(item)) {
            if (!chompKeep && item.spaceBefore)
                lines.push('');
            addCommentBefore(ctx, lines, item.commentBefore, chompKeep);
            if (item.comment)
                comment = item.comment;
        }
        else if (identity.isPair(item)) {
            const ik = identity.isNode(item.key) ? item.key : null;
            if (ik) {
                if (!chompKeep && ik.spaceBefore)
                    lines.push('');
                addCommentBefore(ctx, lines, ik.commentBefore, chompKeep);
            }
        }
        chompKeep = false;
        let str = stringify.stringify(item, itemCtx, () => (comment = null), () => (chompKeep = true));
        if (comment)
            str += stringifyComment.lineComment(str, itemIndent, commentString(comment));
        if (chompKeep && comment)
            chompKeep = false;
        lines.push(blockItemPrefix + str);
    }
    let str;
    if (lines.length === 0) {
        str = flowChars.start + flowChars.end;
    }
    else {
        str = lines[0];
        for (let i = 1; i < lines.length; ++i) {
            const line = lines[i];
            str += line ? `\n${indent}${line}` : '\n';
        }
    }
    if (comment) {
        str += '\n' + stringifyComment.indentComment(commentString(comment), indent);
        if (onComment)
            onComment();
    }
    else if (chompKeep && onChompKeep)
        onChompKeep();
    return str;
}
function stringifyFlowCollection({ items }, ctx, { flowChars, itemIndent }) {
    const { indent, indentStep, flowCollectionPadding: fcPadding, options: { commentString } } = ctx;
    itemIndent += indentStep;
    const itemCtx = Object.assign({}, ctx, {
        indent: itemIndent,
        inFlow: true,
        type: null
    });
    let reqNewline = false;
    let linesAtValue = 0;
    const lines = [];
    for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment = null;
        if (identity.isNode(item)) {
            if (item.spaceBefore)
                lines.push('');
            addCommentBefore(ctx, lines, item.commentBefore, false);
            if (item.comment)
                comment = item.comment;
        }
        else if (identity.isPair(item)) {
            const ik = identity.isNode(item.key) ? item.key : null;
            if (ik) {
                if (ik.spaceBefore)
                    lines.push('');
                addCommentBefore(ctx, lines, ik.commentBefore, false);
                if (ik.comment)
                    reqNewline = true;
            }
            const iv = identity.isNode(item.value) ? item.value : null;
            if (iv) {
                if (iv.comment)
                    comment = iv.comment;
                if (iv.commentBefore)
                    reqNewline = true;
            }
            else if (item.value == null && ik?.comment) {
                comment = ik.comment;
            }
        }
        if (comment)
            reqNewline = true;
        let str = stringify.stringify(item, itemCtx, () => (comment = null));
        reqNewline || (reqNewline = lines.length > linesAtValue || str.includes('\n'));
        if (i < items.length - 1) {
            str += ',';
        }
        else if (ctx.options.trailingComma) {
            if (ctx.options.lineWidth > 0) {
                reqNewline || (reqNewline = lines.reduce((sum, line) => sum + line.length + 2, 2) +
                    (str.length + 2) >
                    ctx.options.lineWidth);
            }
            if (reqNewline) {
                str += ',';
            }
        }
        if (comment)
            str += stringifyComment.lineComment(str, itemIndent, commentString(comment));
        lines.push(str);
        linesAtValue = lines.length;
    }
    const { start, end } = flowChars;
    if (lines.length === 0) {
        return start + end;
    }
    else {
        if (!reqNewline) {
            const len = lines.reduce((sum, line) => sum + line.length + 2, 2);
            reqNewline = ctx.options.lineWidth > 0 && len > ctx.options.lineWidth;
        }
        if (reqNewline) {
            let str = start;
            for (const line of lines)
                str += line ? `\n${indentStep}${indent}${line}` : '\n';
            return `${str}\n${indent}${end}`;
        }
        else {
            return `${start}${fcPadding}${lines.join(' ')}${fcPadding}${end}`;
        }
    }
}
function addCommentBefore({ indent, options: { commentString } }, lines, comment, chompKeep) {
    if (comment && chompKeep)
        comment = comment.replace(/^\n+/, '');
    if (comment) {
        const ic = stringifyComment.indentComment(commentString(comment), indent);
        lines.push(ic.trimStart()); // Avoid double indent on first line
    }
}

exports.stringifyCollection = stringifyCollection;


/***/ }),

/***/ 8927:
/***/ ((__unused_webpack_module, exports) => {



/**
 * Stringifies a comment.
 *
 * Empty comment lines are left empty,
 * lines consisting of a single space are replaced by `#`,
 * and all other lines are prefixed with a `#`.
 */
const stringifyComment = (str) => str.replace(/^(?!$)(?: $)?/gm, '#');
function indentComment(comment, indent) {
    if (/^\n+$/.test(comment))
        return comment.substring(1);
    return indent ? comment.replace(/^(?! *$)/gm, indent) : comment;
}
const lineComment = (str, indent, comment) => str.endsWith('\n')
    ? indentComment(comment, indent)
    : comment.includes('\n')
        ? '\n' + indentComment(comment, indent)
        : (str.endsWith(' ') ? '' : ' ') + comment;

exports.indentComment = indentComment;
exports.lineComment = lineComment;
exports.stringifyComment = stringifyComment;


/***/ }),

/***/ 7653:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(415);
var stringify = __nccwpck_require__(732);
var stringifyComment = __nccwpck_require__(8927);

function stringifyDocument(doc, options) {
    const lines = [];
    let hasDirectives = options.directives === true;
    if (options.directives !== false && doc.directives) {
        const dir = doc.directives.toString(doc);
        if (dir) {
            lines.push(dir);
            hasDirectives = true;
        }
        else if (doc.directives.docStart)
            hasDirectives = true;
    }
    if (hasDirectives)
        lines.push('---');
    const ctx = stringify.createStringifyContext(doc, options);
    const { commentString } = ctx.options;
    if (doc.commentBefore) {
        if (lines.length !== 1)
            lines.unshift('');
        const cs = commentString(doc.commentBefore);
        lines.unshift(stringifyComment.indentComment(cs, ''));
    }
    let chompKeep = false;
    let contentComment = null;
    if (doc.contents) {
        if (identity.isNode(doc.contents)) {
            if (doc.contents.spaceBefore && hasDirectives)
                lines.push('');
            if (doc.contents.commentBefore) {
                const cs = commentString(doc.contents.commentBefore);
                lines.push(stringifyComment.indentComment(cs, ''));
            }
            // top-level block scalars need to be indented if followed by a comment
            ctx.forceBlockIndent = !!doc.comment;
            contentComment = doc.contents.comment;
        }
        const onChompKeep = contentComment ? undefined : () => (chompKeep = true);
        let body = stringify.stringify(doc.contents, ctx, () => (contentComment = null), onChompKeep);
        if (contentComment)
            body += stringifyComment.lineComment(body, '', commentString(contentComment));
        if ((body[0] === '|' || body[0] === '>') &&
            lines[lines.length - 1] === '---') {
            // Top-level block scalars with a preceding doc marker ought to use the
            // same line for their header.
            lines[lines.length - 1] = `--- ${body}`;
        }
        else
            lines.push(body);
    }
    else {
        lines.push(stringify.stringify(doc.contents, ctx));
    }
    if (doc.directives?.docEnd) {
        if (doc.comment) {
            const cs = commentString(doc.comment);
            if (cs.includes('\n')) {
                lines.push('...');
                lines.push(stringifyComment.indentComment(cs, ''));
            }
            else {
                lines.push(`... ${cs}`);
            }
        }
        else {
            lines.push('...');
        }
    }
    else {
        let dc = doc.comment;
        if (dc && chompKeep)
            dc = dc.replace(/^\n+/, '');
        if (dc) {
            if ((!chompKeep || contentComment) && lines[lines.length - 1] !== '')
                lines.push('');
            lines.push(stringifyComment.indentComment(commentString(dc), ''));
        }
    }
    return lines.join('\n') + '\n';
}

exports.stringifyDocument = stringifyDocument;


/***/ }),

/***/ 2729:
/***/ ((__unused_webpack_module, exports) => {



function stringifyNumber({ format, minFractionDigits, tag, value }) {
    if (typeof value === 'bigint')
        return String(value);
    const num = typeof value === 'number' ? value : Number(value);
    if (!isFinite(num))
        return isNaN(num) ? '.nan' : num < 0 ? '-.inf' : '.inf';
    let n = Object.is(value, -0) ? '-0' : JSON.stringify(value);
    if (!format &&
        minFractionDigits &&
        (!tag || tag === 'tag:yaml.org,2002:float') &&
        /^-?\d/.test(n) &&
        !n.includes('e')) {
        let i = n.indexOf('.');
        if (i < 0) {
            i = n.length;
            n += '.';
        }
        let d = minFractionDigits - (n.length - i - 1);
        while (d-- > 0)
            n += '0';
    }
    return n;
}

exports.stringifyNumber = stringifyNumber;


/***/ }),

/***/ 5004:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(415);
var Scalar = __nccwpck_require__(2765);
var stringify = __nccwpck_require__(732);
var stringifyComment = __nccwpck_require__(8927);

function stringifyPair({ key, value }, ctx, onComment, onChompKeep) {
    const { allNullValues, doc, indent, indentStep, options: { commentString, indentSeq, simpleKeys } } = ctx;
    let keyComment = (identity.isNode(key) && key.comment) || null;
    if (simpleKeys) {
        if (keyComment) {
            throw new Error('With simple keys, key nodes cannot have comments');
        }
        if (identity.isCollection(key) || (!identity.isNode(key) && typeof key === 'object')) {
            const msg = 'With simple keys, collection cannot be used as a key value';
            throw new Error(msg);
        }
    }
    let explicitKey = !simpleKeys &&
        (!key ||
            (keyComment && value == null && !ctx.inFlow) ||
            identity.isCollection(key) ||
            (identity.isScalar(key)
                ? key.type === Scalar.Scalar.BLOCK_FOLDED || key.type === Scalar.Scalar.BLOCK_LITERAL
                : typeof key === 'object'));
    ctx = Object.assign({}, ctx, {
        allNullValues: false,
        implicitKey: !explicitKey && (simpleKeys || !allNullValues),
        indent: indent + indentStep
    });
    let keyCommentDone = false;
    let chompKeep = false;
    let str = stringify.stringify(key, ctx, () => (keyCommentDone = true), () => (chompKeep = true));
    if (!explicitKey && !ctx.inFlow && str.length > 1024) {
        if (simpleKeys)
            throw new Error('With simple keys, single line scalar must not span more than 1024 characters');
        explicitKey = true;
    }
    if (ctx.inFlow) {
        if (allNullValues || value == null) {
            if (keyCommentDone && onComment)
                onComment();
            return str === '' ? '?' : explicitKey ? `? ${str}` : str;
        }
    }
    else if ((allNullValues && !simpleKeys) || (value == null && explicitKey)) {
        str = `? ${str}`;
        if (keyComment && !keyCommentDone) {
            str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
        }
        else if (chompKeep && onChompKeep)
            onChompKeep();
        return str;
    }
    if (keyCommentDone)
        keyComment = null;
    if (explicitKey) {
        if (keyComment)
            str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
        str = `? ${str}\n${indent}:`;
    }
    else {
        str = `${str}:`;
        if (keyComment)
            str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
    }
    let vsb, vcb, valueComment;
    if (identity.isNode(value)) {
        vsb = !!value.spaceBefore;
        vcb = value.commentBefore;
        valueComment = value.comment;
    }
    else {
        vsb = false;
        vcb = null;
        valueComment = null;
        if (value && typeof value === 'object')
            value = doc.createNode(value);
    }
    ctx.implicitKey = false;
    if (!explicitKey && !keyComment && identity.isScalar(value))
        ctx.indentAtStart = str.length + 1;
    chompKeep = false;
    if (!indentSeq &&
        indentStep.length >= 2 &&
        !ctx.inFlow &&
        !explicitKey &&
        identity.isSeq(value) &&
        !value.flow &&
        !value.tag &&
        !value.anchor) {
        // If indentSeq === false, consider '- ' as part of indentation where possible
        ctx.indent = ctx.indent.substring(2);
    }
    let valueCommentDone = false;
    const valueStr = stringify.stringify(value, ctx, () => (valueCommentDone = true), () => (chompKeep = true));
    let ws = ' ';
    if (keyComment || vsb || vcb) {
        ws = vsb ? '\n' : '';
        if (vcb) {
            const cs = commentString(vcb);
            ws += `\n${stringifyComment.indentComment(cs, ctx.indent)}`;
        }
        if (valueStr === '' && !ctx.inFlow) {
            if (ws === '\n' && valueComment)
                ws = '\n\n';
        }
        else {
            ws += `\n${ctx.indent}`;
        }
    }
    else if (!explicitKey && identity.isCollection(value)) {
        const vs0 = valueStr[0];
        const nl0 = valueStr.indexOf('\n');
        const hasNewline = nl0 !== -1;
        const flow = ctx.inFlow ?? value.flow ?? value.items.length === 0;
        if (hasNewline || !flow) {
            let hasPropsLine = false;
            if (hasNewline && (vs0 === '&' || vs0 === '!')) {
                let sp0 = valueStr.indexOf(' ');
                if (vs0 === '&' &&
                    sp0 !== -1 &&
                    sp0 < nl0 &&
                    valueStr[sp0 + 1] === '!') {
                    sp0 = valueStr.indexOf(' ', sp0 + 1);
                }
                if (sp0 === -1 || nl0 < sp0)
                    hasPropsLine = true;
            }
            if (!hasPropsLine)
                ws = `\n${ctx.indent}`;
        }
    }
    else if (valueStr === '' || valueStr[0] === '\n') {
        ws = '';
    }
    str += ws + valueStr;
    if (ctx.inFlow) {
        if (valueCommentDone && onComment)
            onComment();
    }
    else if (valueComment && !valueCommentDone) {
        str += stringifyComment.lineComment(str, ctx.indent, commentString(valueComment));
    }
    else if (chompKeep && onChompKeep) {
        onChompKeep();
    }
    return str;
}

exports.stringifyPair = stringifyPair;


/***/ }),

/***/ 501:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(2765);
var foldFlowLines = __nccwpck_require__(3699);

const getFoldOptions = (ctx, isBlock) => ({
    indentAtStart: isBlock ? ctx.indent.length : ctx.indentAtStart,
    lineWidth: ctx.options.lineWidth,
    minContentWidth: ctx.options.minContentWidth
});
// Also checks for lines starting with %, as parsing the output as YAML 1.1 will
// presume that's starting a new document.
const containsDocumentMarker = (str) => /^(%|---|\.\.\.)/m.test(str);
function lineLengthOverLimit(str, lineWidth, indentLength) {
    if (!lineWidth || lineWidth < 0)
        return false;
    const limit = lineWidth - indentLength;
    const strLen = str.length;
    if (strLen <= limit)
        return false;
    for (let i = 0, start = 0; i < strLen; ++i) {
        if (str[i] === '\n') {
            if (i - start > limit)
                return true;
            start = i + 1;
            if (strLen - start <= limit)
                return false;
        }
    }
    return true;
}
function doubleQuotedString(value, ctx) {
    const json = JSON.stringify(value);
    if (ctx.options.doubleQuotedAsJSON)
        return json;
    const { implicitKey } = ctx;
    const minMultiLineLength = ctx.options.doubleQuotedMinMultiLineLength;
    const indent = ctx.indent || (containsDocumentMarker(value) ? '  ' : '');
    let str = '';
    let start = 0;
    for (let i = 0, ch = json[i]; ch; ch = json[++i]) {
        if (ch === ' ' && json[i + 1] === '\\' && json[i + 2] === 'n') {
            // space before newline needs to be escaped to not be folded
            str += json.slice(start, i) + '\\ ';
            i += 1;
            start = i;
            ch = '\\';
        }
        if (ch === '\\')
            switch (json[i + 1]) {
                case 'u':
                    {
                        str += json.slice(start, i);
                        const code = json.substr(i + 2, 4);
                        switch (code) {
                            case '0000':
                                str += '\\0';
                                break;
                            case '0007':
                                str += '\\a';
                                break;
                            case '000b':
                                str += '\\v';
                                break;
                            case '001b':
                                str += '\\e';
                                break;
                            case '0085':
                                str += '\\N';
                                break;
                            case '00a0':
                                str += '\\_';
                                break;
                            case '2028':
                                str += '\\L';
                                break;
                            case '2029':
                                str += '\\P';
                                break;
                            default:
                                if (code.substr(0, 2) === '00')
                                    str += '\\x' + code.substr(2);
                                else
                                    str += json.substr(i, 6);
                        }
                        i += 5;
                        start = i + 1;
                    }
                    break;
                case 'n':
                    if (implicitKey ||
                        json[i + 2] === '"' ||
                        json.length < minMultiLineLength) {
                        i += 1;
                    }
                    else {
                        // folding will eat first newline
                        str += json.slice(start, i) + '\n\n';
                        while (json[i + 2] === '\\' &&
                            json[i + 3] === 'n' &&
                            json[i + 4] !== '"') {
                            str += '\n';
                            i += 2;
                        }
                        str += indent;
                        // space after newline needs to be escaped to not be folded
                        if (json[i + 2] === ' ')
                            str += '\\';
                        i += 1;
                        start = i + 1;
                    }
                    break;
                default:
                    i += 1;
            }
    }
    str = start ? str + json.slice(start) : json;
    return implicitKey
        ? str
        : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_QUOTED, getFoldOptions(ctx, false));
}
function singleQuotedString(value, ctx) {
    if (ctx.options.singleQuote === false ||
        (ctx.implicitKey && value.includes('\n')) ||
        /[ \t]\n|\n[ \t]/.test(value) // single quoted string can't have leading or trailing whitespace around newline
    )
        return doubleQuotedString(value, ctx);
    const indent = ctx.indent || (containsDocumentMarker(value) ? '  ' : '');
    const res = "'" + value.replace(/'/g, "''").replace(/\n+/g, `$&\n${indent}`) + "'";
    return ctx.implicitKey
        ? res
        : foldFlowLines.foldFlowLines(res, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
}
function quotedString(value, ctx) {
    const { singleQuote } = ctx.options;
    let qs;
    if (singleQuote === false)
        qs = doubleQuotedString;
    else {
        const hasDouble = value.includes('"');
        const hasSingle = value.includes("'");
        if (hasDouble && !hasSingle)
            qs = singleQuotedString;
        else if (hasSingle && !hasDouble)
            qs = doubleQuotedString;
        else
            qs = singleQuote ? singleQuotedString : doubleQuotedString;
    }
    return qs(value, ctx);
}
// The negative lookbehind avoids a polynomial search,
// but isn't supported yet on Safari: https://caniuse.com/js-regexp-lookbehind
let blockEndNewlines;
try {
    blockEndNewlines = new RegExp('(^|(?<!\n))\n+(?!\n|$)', 'g');
}
catch {
    blockEndNewlines = /\n+(?!\n|$)/g;
}
function blockString({ comment, type, value }, ctx, onComment, onChompKeep) {
    const { blockQuote, commentString, lineWidth } = ctx.options;
    // 1. Block can't end in whitespace unless the last line is non-empty.
    // 2. Strings consisting of only whitespace are best rendered explicitly.
    if (!blockQuote || /\n[\t ]+$/.test(value)) {
        return quotedString(value, ctx);
    }
    const indent = ctx.indent ||
        (ctx.forceBlockIndent || containsDocumentMarker(value) ? '  ' : '');
    const literal = blockQuote === 'literal'
        ? true
        : blockQuote === 'folded' || type === Scalar.Scalar.BLOCK_FOLDED
            ? false
            : type === Scalar.Scalar.BLOCK_LITERAL
                ? true
                : !lineLengthOverLimit(value, lineWidth, indent.length);
    if (!value)
        return literal ? '|\n' : '>\n';
    // determine chomping from whitespace at value end
    let chomp;
    let endStart;
    for (endStart = value.length; endStart > 0; --endStart) {
        const ch = value[endStart - 1];
        if (ch !== '\n' && ch !== '\t' && ch !== ' ')
            break;
    }
    let end = value.substring(endStart);
    const endNlPos = end.indexOf('\n');
    if (endNlPos === -1) {
        chomp = '-'; // strip
    }
    else if (value === end || endNlPos !== end.length - 1) {
        chomp = '+'; // keep
        if (onChompKeep)
            onChompKeep();
    }
    else {
        chomp = ''; // clip
    }
    if (end) {
        value = value.slice(0, -end.length);
        if (end[end.length - 1] === '\n')
            end = end.slice(0, -1);
        end = end.replace(blockEndNewlines, `$&${indent}`);
    }
    // determine indent indicator from whitespace at value start
    let startWithSpace = false;
    let startEnd;
    let startNlPos = -1;
    for (startEnd = 0; startEnd < value.length; ++startEnd) {
        const ch = value[startEnd];
        if (ch === ' ')
            startWithSpace = true;
        else if (ch === '\n')
            startNlPos = startEnd;
        else
            break;
    }
    let start = value.substring(0, startNlPos < startEnd ? startNlPos + 1 : startEnd);
    if (start) {
        value = value.substring(start.length);
        start = start.replace(/\n+/g, `$&${indent}`);
    }
    const indentSize = indent ? '2' : '1'; // root is at -1
    // Leading | or > is added later
    let header = (startWithSpace ? indentSize : '') + chomp;
    if (comment) {
        header += ' ' + commentString(comment.replace(/ ?[\r\n]+/g, ' '));
        if (onComment)
            onComment();
    }
    if (!literal) {
        const foldedValue = value
            .replace(/\n+/g, '\n$&')
            .replace(/(?:^|\n)([\t ].*)(?:([\n\t ]*)\n(?![\n\t ]))?/g, '$1$2') // more-indented lines aren't folded
            //                ^ more-ind. ^ empty     ^ capture next empty lines only at end of indent
            .replace(/\n+/g, `$&${indent}`);
        let literalFallback = false;
        const foldOptions = getFoldOptions(ctx, true);
        if (blockQuote !== 'folded' && type !== Scalar.Scalar.BLOCK_FOLDED) {
            foldOptions.onOverflow = () => {
                literalFallback = true;
            };
        }
        const body = foldFlowLines.foldFlowLines(`${start}${foldedValue}${end}`, indent, foldFlowLines.FOLD_BLOCK, foldOptions);
        if (!literalFallback)
            return `>${header}\n${indent}${body}`;
    }
    value = value.replace(/\n+/g, `$&${indent}`);
    return `|${header}\n${indent}${start}${value}${end}`;
}
function plainString(item, ctx, onComment, onChompKeep) {
    const { type, value } = item;
    const { actualString, implicitKey, indent, indentStep, inFlow } = ctx;
    if ((implicitKey && value.includes('\n')) ||
        (inFlow && /[[\]{},]/.test(value))) {
        return quotedString(value, ctx);
    }
    if (/^[\n\t ,[\]{}#&*!|>'"%@`]|^[?-]$|^[?-][ \t]|[\n:][ \t]|[ \t]\n|[\n\t ]#|[\n\t :]$/.test(value)) {
        // not allowed:
        // - '-' or '?'
        // - start with an indicator character (except [?:-]) or /[?-] /
        // - '\n ', ': ' or ' \n' anywhere
        // - '#' not preceded by a non-space char
        // - end with ' ' or ':'
        return implicitKey || inFlow || !value.includes('\n')
            ? quotedString(value, ctx)
            : blockString(item, ctx, onComment, onChompKeep);
    }
    if (!implicitKey &&
        !inFlow &&
        type !== Scalar.Scalar.PLAIN &&
        value.includes('\n')) {
        // Where allowed & type not set explicitly, prefer block style for multiline strings
        return blockString(item, ctx, onComment, onChompKeep);
    }
    if (containsDocumentMarker(value)) {
        if (indent === '') {
            ctx.forceBlockIndent = true;
            return blockString(item, ctx, onComment, onChompKeep);
        }
        else if (implicitKey && indent === indentStep) {
            return quotedString(value, ctx);
        }
    }
    const str = value.replace(/\n+/g, `$&\n${indent}`);
    // Verify that output will be parsed as a string, as e.g. plain numbers and
    // booleans get parsed with those types in v1.2 (e.g. '42', 'true' & '0.9e-3'),
    // and others in v1.1.
    if (actualString) {
        const test = (tag) => tag.default && tag.tag !== 'tag:yaml.org,2002:str' && tag.test?.test(str);
        const { compat, tags } = ctx.doc.schema;
        if (tags.some(test) || compat?.some(test))
            return quotedString(value, ctx);
    }
    return implicitKey
        ? str
        : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
}
function stringifyString(item, ctx, onComment, onChompKeep) {
    const { implicitKey, inFlow } = ctx;
    const ss = typeof item.value === 'string'
        ? item
        : Object.assign({}, item, { value: String(item.value) });
    let { type } = item;
    if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
        // force double quotes on control characters & unpaired surrogates
        if (/[\x00-\x08\x0b-\x1f\x7f-\x9f\u{D800}-\u{DFFF}]/u.test(ss.value))
            type = Scalar.Scalar.QUOTE_DOUBLE;
    }
    const _stringify = (_type) => {
        switch (_type) {
            case Scalar.Scalar.BLOCK_FOLDED:
            case Scalar.Scalar.BLOCK_LITERAL:
                return implicitKey || inFlow
                    ? quotedString(ss.value, ctx) // blocks are not valid inside flow containers
                    : blockString(ss, ctx, onComment, onChompKeep);
            case Scalar.Scalar.QUOTE_DOUBLE:
                return doubleQuotedString(ss.value, ctx);
            case Scalar.Scalar.QUOTE_SINGLE:
                return singleQuotedString(ss.value, ctx);
            case Scalar.Scalar.PLAIN:
                return plainString(ss, ctx, onComment, onChompKeep);
            default:
                return null;
        }
    };
    let res = _stringify(type);
    if (res === null) {
        const { defaultKeyType, defaultStringType } = ctx.options;
        const t = (implicitKey && defaultKeyType) || defaultStringType;
        res = _stringify(t);
        if (res === null)
            throw new Error(`Unsupported default string type ${t}`);
    }
    return res;
}

exports.stringifyString = stringifyString;


/***/ }),

/***/ 292:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(415);

const BREAK = Symbol('break visit');
const SKIP = Symbol('skip children');
const REMOVE = Symbol('remove node');
/**
 * Apply a visitor to an AST node or document.
 *
 * Walks through the tree (depth-first) starting from `node`, calling a
 * `visitor` function with three arguments:
 *   - `key`: For sequence values and map `Pair`, the node's index in the
 *     collection. Within a `Pair`, `'key'` or `'value'`, correspondingly.
 *     `null` for the root node.
 *   - `node`: The current node.
 *   - `path`: The ancestry of the current node.
 *
 * The return value of the visitor may be used to control the traversal:
 *   - `undefined` (default): Do nothing and continue
 *   - `visit.SKIP`: Do not visit the children of this node, continue with next
 *     sibling
 *   - `visit.BREAK`: Terminate traversal completely
 *   - `visit.REMOVE`: Remove the current node, then continue with the next one
 *   - `Node`: Replace the current node, then continue by visiting it
 *   - `number`: While iterating the items of a sequence or map, set the index
 *     of the next step. This is useful especially if the index of the current
 *     node has changed.
 *
 * If `visitor` is a single function, it will be called with all values
 * encountered in the tree, including e.g. `null` values. Alternatively,
 * separate visitor functions may be defined for each `Map`, `Pair`, `Seq`,
 * `Alias` and `Scalar` node. To define the same visitor function for more than
 * one node type, use the `Collection` (map and seq), `Value` (map, seq & scalar)
 * and `Node` (alias, map, seq & scalar) targets. Of all these, only the most
 * specific defined one will be used for each node.
 */
function visit(node, visitor) {
    const visitor_ = initVisitor(visitor);
    if (identity.isDocument(node)) {
        const cd = visit_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
            node.contents = null;
    }
    else
        visit_(null, node, visitor_, Object.freeze([]));
}
// Without the `as symbol` casts, TS declares these in the `visit`
// namespace using `var`, but then complains about that because
// `unique symbol` must be `const`.
/** Terminate visit traversal completely */
visit.BREAK = BREAK;
/** Do not visit the children of the current node */
visit.SKIP = SKIP;
/** Remove the current node */
visit.REMOVE = REMOVE;
function visit_(key, node, visitor, path) {
    const ctrl = callVisitor(key, node, visitor, path);
    if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path, ctrl);
        return visit_(key, ctrl, visitor, path);
    }
    if (typeof ctrl !== 'symbol') {
        if (identity.isCollection(node)) {
            path = Object.freeze(path.concat(node));
            for (let i = 0; i < node.items.length; ++i) {
                const ci = visit_(i, node.items[i], visitor, path);
                if (typeof ci === 'number')
                    i = ci - 1;
                else if (ci === BREAK)
                    return BREAK;
                else if (ci === REMOVE) {
                    node.items.splice(i, 1);
                    i -= 1;
                }
            }
        }
        else if (identity.isPair(node)) {
            path = Object.freeze(path.concat(node));
            const ck = visit_('key', node.key, visitor, path);
            if (ck === BREAK)
                return BREAK;
            else if (ck === REMOVE)
                node.key = null;
            const cv = visit_('value', node.value, visitor, path);
            if (cv === BREAK)
                return BREAK;
            else if (cv === REMOVE)
                node.value = null;
        }
    }
    return ctrl;
}
/**
 * Apply an async visitor to an AST node or document.
 *
 * Walks through the tree (depth-first) starting from `node`, calling a
 * `visitor` function with three arguments:
 *   - `key`: For sequence values and map `Pair`, the node's index in the
 *     collection. Within a `Pair`, `'key'` or `'value'`, correspondingly.
 *     `null` for the root node.
 *   - `node`: The current node.
 *   - `path`: The ancestry of the current node.
 *
 * The return value of the visitor may be used to control the traversal:
 *   - `Promise`: Must resolve to one of the following values
 *   - `undefined` (default): Do nothing and continue
 *   - `visit.SKIP`: Do not visit the children of this node, continue with next
 *     sibling
 *   - `visit.BREAK`: Terminate traversal completely
 *   - `visit.REMOVE`: Remove the current node, then continue with the next one
 *   - `Node`: Replace the current node, then continue by visiting it
 *   - `number`: While iterating the items of a sequence or map, set the index
 *     of the next step. This is useful especially if the index of the current
 *     node has changed.
 *
 * If `visitor` is a single function, it will be called with all values
 * encountered in the tree, including e.g. `null` values. Alternatively,
 * separate visitor functions may be defined for each `Map`, `Pair`, `Seq`,
 * `Alias` and `Scalar` node. To define the same visitor function for more than
 * one node type, use the `Collection` (map and seq), `Value` (map, seq & scalar)
 * and `Node` (alias, map, seq & scalar) targets. Of all these, only the most
 * specific defined one will be used for each node.
 */
async function visitAsync(node, visitor) {
    const visitor_ = initVisitor(visitor);
    if (identity.isDocument(node)) {
        const cd = await visitAsync_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
            node.contents = null;
    }
    else
        await visitAsync_(null, node, visitor_, Object.freeze([]));
}
// Without the `as symbol` casts, TS declares these in the `visit`
// namespace using `var`, but then complains about that because
// `unique symbol` must be `const`.
/** Terminate visit traversal completely */
visitAsync.BREAK = BREAK;
/** Do not visit the children of the current node */
visitAsync.SKIP = SKIP;
/** Remove the current node */
visitAsync.REMOVE = REMOVE;
async function visitAsync_(key, node, visitor, path) {
    const ctrl = await callVisitor(key, node, visitor, path);
    if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path, ctrl);
        return visitAsync_(key, ctrl, visitor, path);
    }
    if (typeof ctrl !== 'symbol') {
        if (identity.isCollection(node)) {
            path = Object.freeze(path.concat(node));
            for (let i = 0; i < node.items.length; ++i) {
                const ci = await visitAsync_(i, node.items[i], visitor, path);
                if (typeof ci === 'number')
                    i = ci - 1;
                else if (ci === BREAK)
                    return BREAK;
                else if (ci === REMOVE) {
                    node.items.splice(i, 1);
                    i -= 1;
                }
            }
        }
        else if (identity.isPair(node)) {
            path = Object.freeze(path.concat(node));
            const ck = await visitAsync_('key', node.key, visitor, path);
            if (ck === BREAK)
                return BREAK;
            else if (ck === REMOVE)
                node.key = null;
            const cv = await visitAsync_('value', node.value, visitor, path);
            if (cv === BREAK)
                return BREAK;
            else if (cv === REMOVE)
                node.value = null;
        }
    }
    return ctrl;
}
function initVisitor(visitor) {
    if (typeof visitor === 'object' &&
        (visitor.Collection || visitor.Node || visitor.Value)) {
        return Object.assign({
            Alias: visitor.Node,
            Map: visitor.Node,
            Scalar: visitor.Node,
            Seq: visitor.Node
        }, visitor.Value && {
            Map: visitor.Value,
            Scalar: visitor.Value,
            Seq: visitor.Value
        }, visitor.Collection && {
            Map: visitor.Collection,
            Seq: visitor.Collection
        }, visitor);
    }
    return visitor;
}
function callVisitor(key, node, visitor, path) {
    if (typeof visitor === 'function')
        return visitor(key, node, path);
    if (identity.isMap(node))
        return visitor.Map?.(key, node, path);
    if (identity.isSeq(node))
        return visitor.Seq?.(key, node, path);
    if (identity.isPair(node))
        return visitor.Pair?.(key, node, path);
    if (identity.isScalar(node))
        return visitor.Scalar?.(key, node, path);
    if (identity.isAlias(node))
        return visitor.Alias?.(key, node, path);
    return undefined;
}
function replaceNode(key, path, node) {
    const parent = path[path.length - 1];
    if (identity.isCollection(parent)) {
        parent.items[key] = node;
    }
    else if (identity.isPair(parent)) {
        if (key === 'key')
            parent.key = node;
        else
            parent.value = node;
    }
    else if (identity.isDocument(parent)) {
        parent.contents = node;
    }
    else {
        const pt = identity.isAlias(parent) ? 'alias' : 'scalar';
        throw new Error(`Cannot replace node with ${pt} parent`);
    }
}

exports.visit = visit;
exports.visitAsync = visitAsync;


/***/ }),

/***/ 3777:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  g$: () => (/* binding */ AliasGlobalVariableNode),
  cc: () => (/* binding */ AliasMethodNode),
  ud: () => (/* binding */ AlternationPatternNode),
  s_: () => (/* binding */ AndNode),
  XI: () => (/* binding */ ArgumentsNode),
  _7: () => (/* binding */ ArrayNode),
  Cw: () => (/* binding */ ArrayPatternNode),
  Kc: () => (/* binding */ AssocNode),
  Ar: () => (/* binding */ AssocSplatNode),
  fk: () => (/* binding */ BackReferenceReadNode),
  LQ: () => (/* binding */ BeginNode),
  pG: () => (/* binding */ BlockArgumentNode),
  J0: () => (/* binding */ BlockLocalVariableNode),
  ub: () => (/* binding */ BlockNode),
  np: () => (/* binding */ BlockParameterNode),
  YC: () => (/* binding */ BlockParametersNode),
  Ad: () => (/* binding */ BreakNode),
  jP: () => (/* binding */ CallAndWriteNode),
  Fo: () => (/* binding */ CallNode),
  iU: () => (/* binding */ CallOperatorWriteNode),
  XQ: () => (/* binding */ CallOrWriteNode),
  KU: () => (/* binding */ CallTargetNode),
  PH: () => (/* binding */ CapturePatternNode),
  Oh: () => (/* binding */ CaseMatchNode),
  PJ: () => (/* binding */ CaseNode),
  Le: () => (/* binding */ ClassNode),
  Pq: () => (/* binding */ ClassVariableAndWriteNode),
  QQ: () => (/* binding */ ClassVariableOperatorWriteNode),
  Pj: () => (/* binding */ ClassVariableOrWriteNode),
  xn: () => (/* binding */ ClassVariableReadNode),
  kY: () => (/* binding */ ClassVariableTargetNode),
  y1: () => (/* binding */ ClassVariableWriteNode),
  Hx: () => (/* binding */ ConstantAndWriteNode),
  ie: () => (/* binding */ ConstantOperatorWriteNode),
  f2: () => (/* binding */ ConstantOrWriteNode),
  a$: () => (/* binding */ ConstantPathAndWriteNode),
  M4: () => (/* binding */ ConstantPathNode),
  fb: () => (/* binding */ ConstantPathOperatorWriteNode),
  md: () => (/* binding */ ConstantPathOrWriteNode),
  FH: () => (/* binding */ ConstantPathTargetNode),
  tu: () => (/* binding */ ConstantPathWriteNode),
  Nq: () => (/* binding */ ConstantReadNode),
  Ev: () => (/* binding */ ConstantTargetNode),
  Ml: () => (/* binding */ ConstantWriteNode),
  o3: () => (/* binding */ DefNode),
  eP: () => (/* binding */ DefinedNode),
  _O: () => (/* binding */ ElseNode),
  Ll: () => (/* binding */ EmbeddedStatementsNode),
  vU: () => (/* binding */ EmbeddedVariableNode),
  Vr: () => (/* binding */ EnsureNode),
  Ku: () => (/* binding */ FalseNode),
  wD: () => (/* binding */ FindPatternNode),
  x7: () => (/* binding */ FlipFlopNode),
  VK: () => (/* binding */ FloatNode),
  ct: () => (/* binding */ ForNode),
  _J: () => (/* binding */ ForwardingArgumentsNode),
  X$: () => (/* binding */ ForwardingParameterNode),
  J6: () => (/* binding */ ForwardingSuperNode),
  _p: () => (/* binding */ GlobalVariableAndWriteNode),
  Vm: () => (/* binding */ GlobalVariableOperatorWriteNode),
  en: () => (/* binding */ GlobalVariableOrWriteNode),
  CL: () => (/* binding */ GlobalVariableReadNode),
  x$: () => (/* binding */ GlobalVariableTargetNode),
  fd: () => (/* binding */ GlobalVariableWriteNode),
  te: () => (/* binding */ HashNode),
  zb: () => (/* binding */ HashPatternNode),
  qb: () => (/* binding */ IfNode),
  mh: () => (/* binding */ ImaginaryNode),
  YU: () => (/* binding */ ImplicitNode),
  El: () => (/* binding */ ImplicitRestNode),
  OP: () => (/* binding */ InNode),
  VJ: () => (/* binding */ IndexAndWriteNode),
  SJ: () => (/* binding */ IndexOperatorWriteNode),
  BI: () => (/* binding */ IndexOrWriteNode),
  Q_: () => (/* binding */ IndexTargetNode),
  bQ: () => (/* binding */ InstanceVariableAndWriteNode),
  JK: () => (/* binding */ InstanceVariableOperatorWriteNode),
  yr: () => (/* binding */ InstanceVariableOrWriteNode),
  QU: () => (/* binding */ InstanceVariableReadNode),
  Y4: () => (/* binding */ InstanceVariableTargetNode),
  ZK: () => (/* binding */ InstanceVariableWriteNode),
  DV: () => (/* binding */ IntegerNode),
  lv: () => (/* binding */ InterpolatedMatchLastLineNode),
  eX: () => (/* binding */ InterpolatedRegularExpressionNode),
  h8: () => (/* binding */ InterpolatedStringNode),
  sV: () => (/* binding */ InterpolatedSymbolNode),
  bn: () => (/* binding */ InterpolatedXStringNode),
  vc: () => (/* binding */ ItLocalVariableReadNode),
  Wq: () => (/* binding */ ItParametersNode),
  w3: () => (/* binding */ KeywordHashNode),
  Jo: () => (/* binding */ KeywordRestParameterNode),
  U_: () => (/* binding */ LambdaNode),
  Wk: () => (/* binding */ LocalVariableAndWriteNode),
  RF: () => (/* binding */ LocalVariableOperatorWriteNode),
  eg: () => (/* binding */ LocalVariableOrWriteNode),
  cr: () => (/* binding */ LocalVariableReadNode),
  zB: () => (/* binding */ LocalVariableTargetNode),
  xf: () => (/* binding */ LocalVariableWriteNode),
  e0: () => (/* binding */ MatchLastLineNode),
  D2: () => (/* binding */ MatchPredicateNode),
  dx: () => (/* binding */ MatchRequiredNode),
  r3: () => (/* binding */ MatchWriteNode),
  rM: () => (/* binding */ MissingNode),
  Fi: () => (/* binding */ ModuleNode),
  z4: () => (/* binding */ MultiTargetNode),
  At: () => (/* binding */ MultiWriteNode),
  wX: () => (/* binding */ NextNode),
  Kw: () => (/* binding */ NilNode),
  bx: () => (/* binding */ NoKeywordsParameterNode),
  D3: () => (/* binding */ NumberedParametersNode),
  i1: () => (/* binding */ NumberedReferenceReadNode),
  Pg: () => (/* binding */ OptionalKeywordParameterNode),
  A9: () => (/* binding */ OptionalParameterNode),
  Ks: () => (/* binding */ OrNode),
  zV: () => (/* binding */ ParametersNode),
  RB: () => (/* binding */ ParenthesesNode),
  pA: () => (/* binding */ PinnedExpressionNode),
  vw: () => (/* binding */ PinnedVariableNode),
  $e: () => (/* binding */ PostExecutionNode),
  U3: () => (/* binding */ PreExecutionNode),
  ze: () => (/* binding */ ProgramNode),
  Q4: () => (/* binding */ RangeNode),
  Lg: () => (/* binding */ RationalNode),
  tq: () => (/* binding */ RedoNode),
  tO: () => (/* binding */ RegularExpressionNode),
  Yq: () => (/* binding */ RequiredKeywordParameterNode),
  xX: () => (/* binding */ RequiredParameterNode),
  bv: () => (/* binding */ RescueModifierNode),
  cP: () => (/* binding */ RescueNode),
  ut: () => (/* binding */ RestParameterNode),
  Ph: () => (/* binding */ RetryNode),
  xP: () => (/* binding */ ReturnNode),
  pb: () => (/* binding */ SelfNode),
  ye: () => (/* binding */ ShareableConstantNode),
  er: () => (/* binding */ SingletonClassNode),
  rP: () => (/* binding */ SourceEncodingNode),
  an: () => (/* binding */ SourceFileNode),
  AO: () => (/* binding */ SourceLineNode),
  bO: () => (/* binding */ SplatNode),
  Z$: () => (/* binding */ StatementsNode),
  k7: () => (/* binding */ StringNode),
  aG: () => (/* binding */ SuperNode),
  Lz: () => (/* binding */ SymbolNode),
  ZU: () => (/* binding */ TrueNode),
  V6: () => (/* binding */ UndefNode),
  hl: () => (/* binding */ UnlessNode),
  lt: () => (/* binding */ UntilNode),
  ti: () => (/* binding */ WhenNode),
  eN: () => (/* binding */ WhileNode),
  KH: () => (/* binding */ XStringNode),
  CZ: () => (/* binding */ YieldNode)
});

;// CONCATENATED MODULE: ../../work/main/node_modules/@ruby/prism/src/visitor.js
/* :markup: markdown */

/*----------------------------------------------------------------------------*/
/* This file is generated by the templates/template.rb script and should not  */
/* be modified manually. See                                                  */
/* templates/javascript/src/visitor.js.erb                                    */
/* if you are looking to modify the                                           */
/* template                                                                   */
/*----------------------------------------------------------------------------*/



/**
 * A class that knows how to walk down the tree. None of the individual visit
 * methods are implemented on this visitor, so it forces the consumer to
 * implement each one that they need. For a default implementation that
 * continues walking the tree, see the `Visitor` class.
 *
 */
class BasicVisitor {
  /**
   * Calls `accept` on the given node if it is not `null`, which in turn should
   * call back into this visitor by calling the appropriate `visit*` method.
   *
   * @param {nodes.Node} node
   */
  visit(node) {
    node?.accept(this);
  }

  /**
   * Visits each node in `nodes` by calling `accept` on each one.
   *
   * @param {nodes.Node[]} nodes
   */
  visitAll(nodes) {
    nodes.forEach((node) => {
      node?.accept(this);
    });
  }

  /**
   * Visits the child nodes of `node` by calling `accept` on each one.
   *
   * @param {nodes.Node} node
   */
  visitChildNodes(node) {
    node.compactChildNodes().forEach((childNode) => {
      childNode.accept(this);
    });
  }
}

/**
 * A visitor is a class that provides a default implementation for every accept
 * method defined on the nodes. This means it can walk a tree without the
 * caller needing to define any special handling. This allows you to handle a
 * subset of the tree, while still walking the whole tree.
 *
 * For example, to find all of the method calls that call the `foo` method, you
 * could write:
 *
 * @example
 * class FooCalls extends Visitor {
 *   visitCallNode(node) {
 *     if (node.name === "foo") {
 *       // Do something with the node
 *     }
 *
 *     // Call super so that the visitor continues walking the tree
 *     super.visitCallNode(node);
 *   }
 * }
 *
 */
class Visitor extends (/* unused pure expression or super */ null && (BasicVisitor)) {
  /**
   * Visit a AliasGlobalVariableNode node.
   *
   * @param {nodes.AliasGlobalVariableNode} node
   */
  visitAliasGlobalVariableNode(node) {
    this.visitChildNodes(node);
  }

  /**
   * Visit a AliasMethodNode node.
   *
   * @param {nodes.AliasMethodNode} node
   */
  visitAliasMethodNode(node) {
    this.visitChildNodes(node);
  }

  /**
   * Visit a AlternationPatternNode node.
   *
   * @param {nodes.AlternationPatternNode} node
   */
  visitAlternationPatternNode(node) {
    this.visitChildNodes(node);
  }

  /**
   * Visit a AndNode node.
   *
   * @param {nodes.AndNode} node
   */
  visitAndNode(node) {
    this.visitChildNodes(node);
  }

  /**
   * Visit a ArgumentsNode node.
   *
   * @param {nodes.ArgumentsNode} node
   */
  visitArgumentsNode(node) {
    this.visitChildNodes(node);
  }

  /**
   * Visit a ArrayNode node.
   *
   * @param {nodes.ArrayNode} node
   */
  visitArrayNode(node) {
    this.visitChildNodes(node);
  }

  /**
   * Visit a ArrayPatternNode node.
   *
   * @param {nodes.ArrayPatternNode} node
   */
  visitArrayPatternNode(node) {
    this.visitChildNodes(node);
  }

  /**
   * Visit a AssocNode node.
   *
   * @param {nodes.AssocNode} node
   */
  visitAssocNode(node) {
    this.visitChildNodes(node);
  }

  /**
   * Visit a AssocSplatNode node.
   *
   * @param {nodes.AssocSplatNode} node
   */
  visitAssocSplatNode(node) {
    this.visitChildNodes(node);
  }

  /**
   * Visit a BackReferenceReadNode node.
   *
   * @param {nodes.BackReferenceReadNode} node
   */
  visitBackReferenceReadNode(node) {
    this.visitChildNodes(node);
  }

  /**
   * Visit a BeginNode node.
   *
   * @param {nodes.BeginNode} node
   */
  visitBeginNode(node) {
    this.visitChildNodes(node);
  }

  /**
   * Visit a BlockArgumentNode node.
   *
   * @param {nodes.BlockArgumentNode} node
   */
  visitBlockArgumentNode(node) {
    this.visitChildNodes(node);
  }

  /**
   * Visit a BlockLocalVariableNode node.
   *
   * @param {nodes.BlockLocalVariableNode} node
   */
  visitBlockLocalVariableNode(node) {
    this.visitChildNodes(node);
  }

  /**
   * Visit a BlockNode node.
   *
   * @param {nodes.BlockNode} node
   */
  visitBlockNode(node) {
    this.visitChildNodes(node);
  }

  /**
   * Visit a BlockParameterNode node.
   *
   * @param {nodes.BlockParameterNode} node
   */
  visitBlockParameterNode(node) {
    this.visitChildNodes(node);
  }

  /**
   * Visit a BlockParametersNode node.
   *
   * @param {nodes.BlockParametersNode} node
   */
  visitBlockParametersNode(node) {
    this.visitChildNodes(node);
  }

  /**
   * Visit a BreakNode node.
   *
   * @param {nodes.BreakNode} node
   */
  visitBreakNode(node) {
    this.visitChildNodes(node);
  }

  /**
   * Visit a CallAndWriteNode node.
   *
   * @param {nodes.CallAndWriteNode} node
   */
  visitCallAndWriteNode(node) {
    this.visitChildNodes(node);
  }

  /**
   * Visit a CallNode node.
   *
   * @param {nodes.CallNode} node
   */
  visitCallNode(node) {
    this.visitChildNodes(node);
  }

  /**
   * Visit a CallOperatorWriteNode node.
   *
   * @param {nodes.CallOperatorWriteNode} node
   */
  visitCallOperatorWriteNode(node) {
    this.visitChildNodes(node);
  }

  /**
   * Visit a CallOrWriteNode node.
   *
   * @param {nodes.CallOrWriteNode} node
   */
  visitCallOrWriteNode(node) {
    this.visitChildNodes(node);
  }

  /**
   * Visit a CallTargetNode node.
   *
   * @param {nodes.CallTargetNode} node
   */
  visitCallTargetNode(node) {
    this.visitChildNodes(node);
  }

  /**
   * Visit a CapturePatternNode node.
   *
   * @param {nodes.CapturePatternNode} node
   */
  visitCapturePatternNode(node) {
    this.visitChildNodes(node);
  }

  /**
   * Visit a CaseMatchNode node.
   *
   * @param {nodes.CaseMatchNode} node
   */
  visitCaseMatchNode(node) {
    this.visitChildNodes(node);
  }

  /**
   * Visit a CaseNode node.
   *
   * @param {nodes.CaseNode} node
   */
  visitCaseNode(node) {
    this.visitChildNodes(node);
  }

  /**
   * Visit a ClassNode node.
   *
   * @param {nodes.ClassNode} node
   */
  visitClassNode(node) {
    this.visitChildNodes(node);
  }

  /**
   * Visit a ClassVariableAndWriteNode node.
   *
   * @param {nodes.ClassVariableAndWriteNode} node
   */
  visitClassVariableAndWriteNode(node) {
    this.visitChildNodes(node);
  }

  /**
   * Visit a ClassVariableOperatorWriteNode node.
   *
   * @param {nodes.ClassVariableOperatorWriteNode} node
   */
  visitClassVariableOperatorWriteNode(node) {
    this.visitChildNodes(node);
  }

  /**
   * Visit a ClassVariableOrWriteNode node.
   *
   * @param {nodes.ClassVariableOrWriteNode} node
   */
  visitClassVariableOrWriteNode(node) {
    this.visitChildNodes(node);
  }

  /**
   * Visit a ClassVariableReadNode node.
   *
   * @param {nodes.ClassVariableReadNode} node
   */
  visitClassVariableReadNode(node) {
    this.visitChildNodes(node);
  }

  /**
   * Visit a ClassVariableTargetNode node.
   *
   * @param {nodes.ClassVariableTargetNode} node
   */
  visitClassVariableTargetNode(node) {
    this.visitChildNodes(node);
  }

  /**
   * Visit a ClassVariableWriteNode node.
   *
   * @param {nodes.ClassVariableWriteNode} node
   */
  visitClassVariableWriteNode(node) {
    this.visitChildNodes(node);
  }

  /**
   * Visit a ConstantAndWriteNode node.
   *
   * @param {nodes.ConstantAndWriteNode} node
   */
  visitConstantAndWriteNode(node) {
    this.visitChildNodes(node);
  }

  /**
   * Visit a ConstantOperatorWriteNode node.
   *
   * @param {nodes.ConstantOperatorWriteNode} node
   */
  visitConstantOperatorWriteNode(node) {
    this.visitChildNodes(node);
  }

  /**
   * Visit a ConstantOrWriteNode node.
   *
   * @param {nodes.ConstantOrWriteNode} node
   */
  visitConstantOrWriteNode(node) {
    this.visitChildNodes(node);
  }

  /**
   * Visit a ConstantPathAndWriteNode node.
   *
   * @param {nodes.ConstantPathAndWriteNode} node
   */
  visitConstantPathAndWriteNode(node) {
    this.visitChildNodes(node);
  }

  /**
   * Visit a ConstantPathNode node.
   *
   * @param {nodes.ConstantPathNode} node
   */
  visitConstantPathNode(node) {
    this.visitChildNodes(node);
  }

  /**
   * Visit a ConstantPathOperatorWriteNode node.
   *
   * @param {nodes.ConstantPathOperatorWriteNode} node
   */
  visitConstantPathOperatorWriteNode(node) {
    this.visitChildNodes(node);
  }

  /**
   * Visit a ConstantPathOrWriteNode node.
   *
   * @param {nodes.ConstantPathOrWriteNode} node
   */
  visitConstantPathOrWriteNode(node) {
    this.visitChildNodes(node);
  }

  /**
   * Visit a ConstantPathTargetNode node.
   *
   * @param {nodes.ConstantPathTargetNode} node
   */
  visitConstantPathTargetNode(node) {
    this.visitChildNodes(node);
  }

  /**
   * Visit a ConstantPathWriteNode node.
   *
   * @param {nodes.ConstantPathWriteNode} node
   */
  visitConstantPathWriteNode(node) {
    this.visitChildNodes(node);
  }

  /**
   * Visit a ConstantReadNode node.
   *
   * @param {nodes.ConstantReadNode} node
   */
  visitConstantReadNode(node) {
    this.visitChildNodes(node);
  }

  /**
   * Visit a ConstantTargetNode node.
   *
   * @param {nodes.ConstantTargetNode} node
   */
  visitConstantTargetNode(node) {
    this.visitChildNodes(node);
  }

  /**
   * Visit a ConstantWriteNode node.
   *
   * @param {nodes.ConstantWriteNode} node
   */
  visitConstantWriteNode(node) {
    this.visitChildNodes(node);
  }

  /**
   * Visit a DefNode node.
   *
   * @param {nodes.DefNode} node
   */
  visitDefNode(node) {
    this.visitChildNodes(node);
  }

  /**
   * Visit a DefinedNode node.
   *
   * @param {nodes.DefinedNode} node
   */
  visitDefinedNode(node) {
    this.visitChildNodes(node);
  }

  /**
   * Visit a ElseNode node.
   *
   * @param {nodes.ElseNode} node
   */
  visitElseNode(node) {
    this.visitChildNodes(node);
  }

  /**
   * Visit a EmbeddedStatementsNode node.
   *
   * @param {nodes.EmbeddedStatementsNode} node
   */
  visitEmbeddedStatementsNode(node) {
    this.visitChildNodes(node);
  }

  /**
   * Visit a EmbeddedVariableNode node.
   *
   * @param {nodes.EmbeddedVariableNode} node
   */
  visitEmbeddedVariableNode(node) {
    this.visitChildNodes(node);
  }

  /**
   * Visit a EnsureNode node.
   *
   * @param {nodes.EnsureNode} node
   */
  visitEnsureNode(node) {
    this.visitChildNodes(node);
  }

  /**
   * Visit a FalseNode node.
   *
   * @param {nodes.FalseNode} node
   */
  visitFalseNode(node) {
    this.visitChildNodes(node);
  }

  /**
   * Visit a FindPatternNode node.
   *
   * @param {nodes.FindPatternNode} node
   */
  visitFindPatternNode(node) {
    this.visitChildNodes(node);
  }

  /**
   * Visit a FlipFlopNode node.
   *
   * @param {nodes.FlipFlopNode} node
   */
  visitFlipFlopNode(node) {
    this.visitChildNodes(node);
  }

  /**
   * Visit a FloatNode node.
   *
   * @param {nodes.FloatNode} node
   */
  visitFloatNode(node) {
    this.visitChildNodes(node);
  }

  /**
   * Visit a ForNode node.
   *
   * @param {nodes.ForNode} node
   */
  visitForNode(node) {
    this.visitChildNodes(node);
  }

  /**
   * Visit a ForwardingArgumentsNode node.
   *
   * @param {nodes.ForwardingArgumentsNode} node
   */
  visitForwardingArgumentsNode(node) {
    this.visitChildNodes(node);
  }

  /**
   * Visit a ForwardingParameterNode node.
   *
   * @param {nodes.ForwardingParameterNode} node
   */
  visitForwardingParameterNode(node) {
    this.visitChildNodes(node);
  }

  /**
   * Visit a ForwardingSuperNode node.
   *
   * @param {nodes.ForwardingSuperNode} node
   */
  visitForwardingSuperNode(node) {
    this.visitChildNodes(node);
  }

  /**
   * Visit a GlobalVariableAndWriteNode node.
   *
   * @param {nodes.GlobalVariableAndWriteNode} node
   */
  visitGlobalVariableAndWriteNode(node) {
    this.visitChildNodes(node);
  }

  /**
   * Visit a GlobalVariableOperatorWriteNode node.
   *
   * @param {nodes.GlobalVariableOperatorWriteNode} node
   */
  visitGlobalVariableOperatorWriteNode(node) {
    this.visitChildNodes(node);
  }

  /**
   * Visit a GlobalVariableOrWriteNode node.
   *
   * @param {nodes.GlobalVariableOrWriteNode} node
   */
  visitGlobalVariableOrWriteNode(node) {
    this.visitChildNodes(node);
  }

  /**
   * Visit a GlobalVariableReadNode node.
   *
   * @param {nodes.GlobalVariableReadNode} node
   */
  visitGlobalVariableReadNode(node) {
    this.visitChildNodes(node);
  }

  /**
   * Visit a GlobalVariableTargetNode node.
   *
   * @param {nodes.GlobalVariableTargetNode} node
   */
  visitGlobalVariableTargetNode(node) {
    this.visitChildNodes(node);
  }

  /**
   * Visit a GlobalVariableWriteNode node.
   *
   * @param {nodes.GlobalVariableWriteNode} node
   */
  visitGlobalVariableWriteNode(node) {
    this.visitChildNodes(node);
  }

  /**
   * Visit a HashNode node.
   *
   * @param {nodes.HashNode} node
   */
  visitHashNode(node) {
    this.visitChildNodes(node);
  }

  /**
   * Visit a HashPatternNode node.
   *
   * @param {nodes.HashPatternNode} node
   */
  visitHashPatternNode(node) {
    this.visitChildNodes(node);
  }

  /**
   * Visit a IfNode node.
   *
   * @param {nodes.IfNode} node
   */
  visitIfNode(node) {
    this.visitChildNodes(node);
  }

  /**
   * Visit a ImaginaryNode node.
   *
   * @param {nodes.ImaginaryNode} node
   */
  visitImaginaryNode(node) {
    this.visitChildNodes(node);
  }

  /**
   * Visit a ImplicitNode node.
   *
   * @param {nodes.ImplicitNode} node
   */
  visitImplicitNode(node) {
    this.visitChildNodes(node);
  }

  /**
   * Visit a ImplicitRestNode node.
   *
   * @param {nodes.ImplicitRestNode} node
   */
  visitImplicitRestNode(node) {
    this.visitChildNodes(node);
  }

  /**
   * Visit a InNode node.
   *
   * @param {nodes.InNode} node
   */
  visitInNode(node) {
    this.visitChildNodes(node);
  }

  /**
   * Visit a IndexAndWriteNode node.
   *
   * @param {nodes.IndexAndWriteNode} node
   */
  visitIndexAndWriteNode(node) {
    this.visitChildNodes(node);
  }

  /**
   * Visit a IndexOperatorWriteNode node.
   *
   * @param {nodes.IndexOperatorWriteNode} node
   */
  visitIndexOperatorWriteNode(node) {
    this.visitChildNodes(node);
  }

  /**
   * Visit a IndexOrWriteNode node.
   *
   * @param {nodes.IndexOrWriteNode} node
   */
  visitIndexOrWriteNode(node) {
    this.visitChildNodes(node);
  }

  /**
   * Visit a IndexTargetNode node.
   *
   * @param {nodes.IndexTargetNode} node
   */
  visitIndexTargetNode(node) {
    this.visitChildNodes(node);
  }

  /**
   * Visit a InstanceVariableAndWriteNode node.
   *
   * @param {nodes.InstanceVariableAndWriteNode} node
   */
  visitInstanceVariableAndWriteNode(node) {
    this.visitChildNodes(node);
  }

  /**
   * Visit a InstanceVariableOperatorWriteNode node.
   *
   * @param {nodes.InstanceVariableOperatorWriteNode} node
   */
  visitInstanceVariableOperatorWriteNode(node) {
    this.visitChildNodes(node);
  }

  /**
   * Visit a InstanceVariableOrWriteNode node.
   *
   * @param {nodes.InstanceVariableOrWriteNode} node
   */
  visitInstanceVariableOrWriteNode(node) {
    this.visitChildNodes(node);
  }

  /**
   * Visit a InstanceVariableReadNode node.
   *
   * @param {nodes.InstanceVariableReadNode} node
   */
  visitInstanceVariableReadNode(node) {
    this.visitChildNodes(node);
  }

  /**
   * Visit a InstanceVariableTargetNode node.
   *
   * @param {nodes.InstanceVariableTargetNode} node
   */
  visitInstanceVariableTargetNode(node) {
    this.visitChildNodes(node);
  }

  /**
   * Visit a InstanceVariableWriteNode node.
   *
   * @param {nodes.InstanceVariableWriteNode} node
   */
  visitInstanceVariableWriteNode(node) {
    this.visitChildNodes(node);
  }

  /**
   * Visit a IntegerNode node.
   *
   * @param {nodes.IntegerNode} node
   */
  visitIntegerNode(node) {
    this.visitChildNodes(node);
  }

  /**
   * Visit a InterpolatedMatchLastLineNode node.
   *
   * @param {nodes.InterpolatedMatchLastLineNode} node
   */
  visitInterpolatedMatchLastLineNode(node) {
    this.visitChildNodes(node);
  }

  /**
   * Visit a InterpolatedRegularExpressionNode node.
   *
   * @param {nodes.InterpolatedRegularExpressionNode} node
   */
  visitInterpolatedRegularExpressionNode(node) {
    this.visitChildNodes(node);
  }

  /**
   * Visit a InterpolatedStringNode node.
   *
   * @param {nodes.InterpolatedStringNode} node
   */
  visitInterpolatedStringNode(node) {
    this.visitChildNodes(node);
  }

  /**
   * Visit a InterpolatedSymbolNode node.
   *
   * @param {nodes.InterpolatedSymbolNode} node
   */
  visitInterpolatedSymbolNode(node) {
    this.visitChildNodes(node);
  }

  /**
   * Visit a InterpolatedXStringNode node.
   *
   * @param {nodes.InterpolatedXStringNode} node
   */
  visitInterpolatedXStringNode(node) {
    this.visitChildNodes(node);
  }

  /**
   * Visit a ItLocalVariableReadNode node.
   *
   * @param {nodes.ItLocalVariableReadNode} node
   */
  visitItLocalVariableReadNode(node) {
    this.visitChildNodes(node);
  }

  /**
   * Visit a ItParametersNode node.
   *
   * @param {nodes.ItParametersNode} node
   */
  visitItParametersNode(node) {
    this.visitChildNodes(node);
  }

  /**
   * Visit a KeywordHashNode node.
   *
   * @param {nodes.KeywordHashNode} node
   */
  visitKeywordHashNode(node) {
    this.visitChildNodes(node);
  }

  /**
   * Visit a KeywordRestParameterNode node.
   *
   * @param {nodes.KeywordRestParameterNode} node
   */
  visitKeywordRestParameterNode(node) {
    this.visitChildNodes(node);
  }

  /**
   * Visit a LambdaNode node.
   *
   * @param {nodes.LambdaNode} node
   */
  visitLambdaNode(node) {
    this.visitChildNodes(node);
  }

  /**
   * Visit a LocalVariableAndWriteNode node.
   *
   * @param {nodes.LocalVariableAndWriteNode} node
   */
  visitLocalVariableAndWriteNode(node) {
    this.visitChildNodes(node);
  }

  /**
   * Visit a LocalVariableOperatorWriteNode node.
   *
   * @param {nodes.LocalVariableOperatorWriteNode} node
   */
  visitLocalVariableOperatorWriteNode(node) {
    this.visitChildNodes(node);
  }

  /**
   * Visit a LocalVariableOrWriteNode node.
   *
   * @param {nodes.LocalVariableOrWriteNode} node
   */
  visitLocalVariableOrWriteNode(node) {
    this.visitChildNodes(node);
  }

  /**
   * Visit a LocalVariableReadNode node.
   *
   * @param {nodes.LocalVariableReadNode} node
   */
  visitLocalVariableReadNode(node) {
    this.visitChildNodes(node);
  }

  /**
   * Visit a LocalVariableTargetNode node.
   *
   * @param {nodes.LocalVariableTargetNode} node
   */
  visitLocalVariableTargetNode(node) {
    this.visitChildNodes(node);
  }

  /**
   * Visit a LocalVariableWriteNode node.
   *
   * @param {nodes.LocalVariableWriteNode} node
   */
  visitLocalVariableWriteNode(node) {
    this.visitChildNodes(node);
  }

  /**
   * Visit a MatchLastLineNode node.
   *
   * @param {nodes.MatchLastLineNode} node
   */
  visitMatchLastLineNode(node) {
    this.visitChildNodes(node);
  }

  /**
   * Visit a MatchPredicateNode node.
   *
   * @param {nodes.MatchPredicateNode} node
   */
  visitMatchPredicateNode(node) {
    this.visitChildNodes(node);
  }

  /**
   * Visit a MatchRequiredNode node.
   *
   * @param {nodes.MatchRequiredNode} node
   */
  visitMatchRequiredNode(node) {
    this.visitChildNodes(node);
  }

  /**
   * Visit a MatchWriteNode node.
   *
   * @param {nodes.MatchWriteNode} node
   */
  visitMatchWriteNode(node) {
    this.visitChildNodes(node);
  }

  /**
   * Visit a MissingNode node.
   *
   * @param {nodes.MissingNode} node
   */
  visitMissingNode(node) {
    this.visitChildNodes(node);
  }

  /**
   * Visit a ModuleNode node.
   *
   * @param {nodes.ModuleNode} node
   */
  visitModuleNode(node) {
    this.visitChildNodes(node);
  }

  /**
   * Visit a MultiTargetNode node.
   *
   * @param {nodes.MultiTargetNode} node
   */
  visitMultiTargetNode(node) {
    this.visitChildNodes(node);
  }

  /**
   * Visit a MultiWriteNode node.
   *
   * @param {nodes.MultiWriteNode} node
   */
  visitMultiWriteNode(node) {
    this.visitChildNodes(node);
  }

  /**
   * Visit a NextNode node.
   *
   * @param {nodes.NextNode} node
   */
  visitNextNode(node) {
    this.visitChildNodes(node);
  }

  /**
   * Visit a NilNode node.
   *
   * @param {nodes.NilNode} node
   */
  visitNilNode(node) {
    this.visitChildNodes(node);
  }

  /**
   * Visit a NoKeywordsParameterNode node.
   *
   * @param {nodes.NoKeywordsParameterNode} node
   */
  visitNoKeywordsParameterNode(node) {
    this.visitChildNodes(node);
  }

  /**
   * Visit a NumberedParametersNode node.
   *
   * @param {nodes.NumberedParametersNode} node
   */
  visitNumberedParametersNode(node) {
    this.visitChildNodes(node);
  }

  /**
   * Visit a NumberedReferenceReadNode node.
   *
   * @param {nodes.NumberedReferenceReadNode} node
   */
  visitNumberedReferenceReadNode(node) {
    this.visitChildNodes(node);
  }

  /**
   * Visit a OptionalKeywordParameterNode node.
   *
   * @param {nodes.OptionalKeywordParameterNode} node
   */
  visitOptionalKeywordParameterNode(node) {
    this.visitChildNodes(node);
  }

  /**
   * Visit a OptionalParameterNode node.
   *
   * @param {nodes.OptionalParameterNode} node
   */
  visitOptionalParameterNode(node) {
    this.visitChildNodes(node);
  }

  /**
   * Visit a OrNode node.
   *
   * @param {nodes.OrNode} node
   */
  visitOrNode(node) {
    this.visitChildNodes(node);
  }

  /**
   * Visit a ParametersNode node.
   *
   * @param {nodes.ParametersNode} node
   */
  visitParametersNode(node) {
    this.visitChildNodes(node);
  }

  /**
   * Visit a ParenthesesNode node.
   *
   * @param {nodes.ParenthesesNode} node
   */
  visitParenthesesNode(node) {
    this.visitChildNodes(node);
  }

  /**
   * Visit a PinnedExpressionNode node.
   *
   * @param {nodes.PinnedExpressionNode} node
   */
  visitPinnedExpressionNode(node) {
    this.visitChildNodes(node);
  }

  /**
   * Visit a PinnedVariableNode node.
   *
   * @param {nodes.PinnedVariableNode} node
   */
  visitPinnedVariableNode(node) {
    this.visitChildNodes(node);
  }

  /**
   * Visit a PostExecutionNode node.
   *
   * @param {nodes.PostExecutionNode} node
   */
  visitPostExecutionNode(node) {
    this.visitChildNodes(node);
  }

  /**
   * Visit a PreExecutionNode node.
   *
   * @param {nodes.PreExecutionNode} node
   */
  visitPreExecutionNode(node) {
    this.visitChildNodes(node);
  }

  /**
   * Visit a ProgramNode node.
   *
   * @param {nodes.ProgramNode} node
   */
  visitProgramNode(node) {
    this.visitChildNodes(node);
  }

  /**
   * Visit a RangeNode node.
   *
   * @param {nodes.RangeNode} node
   */
  visitRangeNode(node) {
    this.visitChildNodes(node);
  }

  /**
   * Visit a RationalNode node.
   *
   * @param {nodes.RationalNode} node
   */
  visitRationalNode(node) {
    this.visitChildNodes(node);
  }

  /**
   * Visit a RedoNode node.
   *
   * @param {nodes.RedoNode} node
   */
  visitRedoNode(node) {
    this.visitChildNodes(node);
  }

  /**
   * Visit a RegularExpressionNode node.
   *
   * @param {nodes.RegularExpressionNode} node
   */
  visitRegularExpressionNode(node) {
    this.visitChildNodes(node);
  }

  /**
   * Visit a RequiredKeywordParameterNode node.
   *
   * @param {nodes.RequiredKeywordParameterNode} node
   */
  visitRequiredKeywordParameterNode(node) {
    this.visitChildNodes(node);
  }

  /**
   * Visit a RequiredParameterNode node.
   *
   * @param {nodes.RequiredParameterNode} node
   */
  visitRequiredParameterNode(node) {
    this.visitChildNodes(node);
  }

  /**
   * Visit a RescueModifierNode node.
   *
   * @param {nodes.RescueModifierNode} node
   */
  visitRescueModifierNode(node) {
    this.visitChildNodes(node);
  }

  /**
   * Visit a RescueNode node.
   *
   * @param {nodes.RescueNode} node
   */
  visitRescueNode(node) {
    this.visitChildNodes(node);
  }

  /**
   * Visit a RestParameterNode node.
   *
   * @param {nodes.RestParameterNode} node
   */
  visitRestParameterNode(node) {
    this.visitChildNodes(node);
  }

  /**
   * Visit a RetryNode node.
   *
   * @param {nodes.RetryNode} node
   */
  visitRetryNode(node) {
    this.visitChildNodes(node);
  }

  /**
   * Visit a ReturnNode node.
   *
   * @param {nodes.ReturnNode} node
   */
  visitReturnNode(node) {
    this.visitChildNodes(node);
  }

  /**
   * Visit a SelfNode node.
   *
   * @param {nodes.SelfNode} node
   */
  visitSelfNode(node) {
    this.visitChildNodes(node);
  }

  /**
   * Visit a ShareableConstantNode node.
   *
   * @param {nodes.ShareableConstantNode} node
   */
  visitShareableConstantNode(node) {
    this.visitChildNodes(node);
  }

  /**
   * Visit a SingletonClassNode node.
   *
   * @param {nodes.SingletonClassNode} node
   */
  visitSingletonClassNode(node) {
    this.visitChildNodes(node);
  }

  /**
   * Visit a SourceEncodingNode node.
   *
   * @param {nodes.SourceEncodingNode} node
   */
  visitSourceEncodingNode(node) {
    this.visitChildNodes(node);
  }

  /**
   * Visit a SourceFileNode node.
   *
   * @param {nodes.SourceFileNode} node
   */
  visitSourceFileNode(node) {
    this.visitChildNodes(node);
  }

  /**
   * Visit a SourceLineNode node.
   *
   * @param {nodes.SourceLineNode} node
   */
  visitSourceLineNode(node) {
    this.visitChildNodes(node);
  }

  /**
   * Visit a SplatNode node.
   *
   * @param {nodes.SplatNode} node
   */
  visitSplatNode(node) {
    this.visitChildNodes(node);
  }

  /**
   * Visit a StatementsNode node.
   *
   * @param {nodes.StatementsNode} node
   */
  visitStatementsNode(node) {
    this.visitChildNodes(node);
  }

  /**
   * Visit a StringNode node.
   *
   * @param {nodes.StringNode} node
   */
  visitStringNode(node) {
    this.visitChildNodes(node);
  }

  /**
   * Visit a SuperNode node.
   *
   * @param {nodes.SuperNode} node
   */
  visitSuperNode(node) {
    this.visitChildNodes(node);
  }

  /**
   * Visit a SymbolNode node.
   *
   * @param {nodes.SymbolNode} node
   */
  visitSymbolNode(node) {
    this.visitChildNodes(node);
  }

  /**
   * Visit a TrueNode node.
   *
   * @param {nodes.TrueNode} node
   */
  visitTrueNode(node) {
    this.visitChildNodes(node);
  }

  /**
   * Visit a UndefNode node.
   *
   * @param {nodes.UndefNode} node
   */
  visitUndefNode(node) {
    this.visitChildNodes(node);
  }

  /**
   * Visit a UnlessNode node.
   *
   * @param {nodes.UnlessNode} node
   */
  visitUnlessNode(node) {
    this.visitChildNodes(node);
  }

  /**
   * Visit a UntilNode node.
   *
   * @param {nodes.UntilNode} node
   */
  visitUntilNode(node) {
    this.visitChildNodes(node);
  }

  /**
   * Visit a WhenNode node.
   *
   * @param {nodes.WhenNode} node
   */
  visitWhenNode(node) {
    this.visitChildNodes(node);
  }

  /**
   * Visit a WhileNode node.
   *
   * @param {nodes.WhileNode} node
   */
  visitWhileNode(node) {
    this.visitChildNodes(node);
  }

  /**
   * Visit a XStringNode node.
   *
   * @param {nodes.XStringNode} node
   */
  visitXStringNode(node) {
    this.visitChildNodes(node);
  }

  /**
   * Visit a YieldNode node.
   *
   * @param {nodes.YieldNode} node
   */
  visitYieldNode(node) {
    this.visitChildNodes(node);
  }
}

;// CONCATENATED MODULE: ../../work/main/node_modules/@ruby/prism/src/nodes.js
/* :markup: markdown */

/*----------------------------------------------------------------------------*/
/* This file is generated by the templates/template.rb script and should not  */
/* be modified manually. See                                                  */
/* templates/javascript/src/nodes.js.erb                                      */
/* if you are looking to modify the                                           */
/* template                                                                   */
/*----------------------------------------------------------------------------*/




/**
 * Flags for arguments nodes.
 */
const ArgumentsNodeFlags = {
  CONTAINS_FORWARDING: 1 << 2,
  CONTAINS_KEYWORDS: 1 << 3,
  CONTAINS_KEYWORD_SPLAT: 1 << 4,
  CONTAINS_SPLAT: 1 << 5,
  CONTAINS_MULTIPLE_SPLATS: 1 << 6,
};

/**
 * Flags for array nodes.
 */
const ArrayNodeFlags = {
  CONTAINS_SPLAT: 1 << 2,
};

/**
 * Flags for call nodes.
 */
const CallNodeFlags = {
  SAFE_NAVIGATION: 1 << 2,
  VARIABLE_CALL: 1 << 3,
  ATTRIBUTE_WRITE: 1 << 4,
  IGNORE_VISIBILITY: 1 << 5,
};

/**
 * Flags for nodes that have unescaped content.
 */
const EncodingFlags = {
  FORCED_UTF8_ENCODING: 1 << 2,
  FORCED_BINARY_ENCODING: 1 << 3,
};

/**
 * Flags for integer nodes that correspond to the base of the integer.
 */
const IntegerBaseFlags = {
  BINARY: 1 << 2,
  DECIMAL: 1 << 3,
  OCTAL: 1 << 4,
  HEXADECIMAL: 1 << 5,
};

/**
 * Flags for interpolated string nodes that indicated mutability if they are also marked as literals.
 */
const InterpolatedStringNodeFlags = {
  FROZEN: 1 << 2,
  MUTABLE: 1 << 3,
};

/**
 * Flags for keyword hash nodes.
 */
const KeywordHashNodeFlags = {
  SYMBOL_KEYS: 1 << 2,
};

/**
 * Flags for while and until loop nodes.
 */
const LoopFlags = {
  BEGIN_MODIFIER: 1 << 2,
};

/**
 * Flags for parameter nodes.
 */
const ParameterFlags = {
  REPEATED_PARAMETER: 1 << 2,
};

/**
 * Flags for parentheses nodes.
 */
const ParenthesesNodeFlags = {
  MULTIPLE_STATEMENTS: 1 << 2,
};

/**
 * Flags for range and flip-flop nodes.
 */
const RangeFlags = {
  EXCLUDE_END: 1 << 2,
};

/**
 * Flags for regular expression and match last line nodes.
 */
const RegularExpressionFlags = {
  IGNORE_CASE: 1 << 2,
  EXTENDED: 1 << 3,
  MULTI_LINE: 1 << 4,
  ONCE: 1 << 5,
  EUC_JP: 1 << 6,
  ASCII_8BIT: 1 << 7,
  WINDOWS_31J: 1 << 8,
  UTF_8: 1 << 9,
  FORCED_UTF8_ENCODING: 1 << 10,
  FORCED_BINARY_ENCODING: 1 << 11,
  FORCED_US_ASCII_ENCODING: 1 << 12,
};

/**
 * Flags for shareable constant nodes.
 */
const ShareableConstantNodeFlags = {
  LITERAL: 1 << 2,
  EXPERIMENTAL_EVERYTHING: 1 << 3,
  EXPERIMENTAL_COPY: 1 << 4,
};

/**
 * Flags for string nodes.
 */
const StringFlags = {
  FORCED_UTF8_ENCODING: 1 << 2,
  FORCED_BINARY_ENCODING: 1 << 3,
  FROZEN: 1 << 4,
  MUTABLE: 1 << 5,
};

/**
 * Flags for symbol nodes.
 */
const SymbolFlags = {
  FORCED_UTF8_ENCODING: 1 << 2,
  FORCED_BINARY_ENCODING: 1 << 3,
  FORCED_US_ASCII_ENCODING: 1 << 4,
};

/**
 * A location in the source code.
 *
 * @typedef {{ startOffset: number, length: number }} Location
 */

/**
 * An encoded Ruby string.
 *
 * @typedef {{ value: string, encoding: string, validEncoding: boolean }} RubyString
 */

/**
 * A generic node in the tree.
 *
 * @typedef {(AliasGlobalVariableNode|AliasMethodNode|AlternationPatternNode|AndNode|ArgumentsNode|ArrayNode|ArrayPatternNode|AssocNode|AssocSplatNode|BackReferenceReadNode|BeginNode|BlockArgumentNode|BlockLocalVariableNode|BlockNode|BlockParameterNode|BlockParametersNode|BreakNode|CallAndWriteNode|CallNode|CallOperatorWriteNode|CallOrWriteNode|CallTargetNode|CapturePatternNode|CaseMatchNode|CaseNode|ClassNode|ClassVariableAndWriteNode|ClassVariableOperatorWriteNode|ClassVariableOrWriteNode|ClassVariableReadNode|ClassVariableTargetNode|ClassVariableWriteNode|ConstantAndWriteNode|ConstantOperatorWriteNode|ConstantOrWriteNode|ConstantPathAndWriteNode|ConstantPathNode|ConstantPathOperatorWriteNode|ConstantPathOrWriteNode|ConstantPathTargetNode|ConstantPathWriteNode|ConstantReadNode|ConstantTargetNode|ConstantWriteNode|DefNode|DefinedNode|ElseNode|EmbeddedStatementsNode|EmbeddedVariableNode|EnsureNode|FalseNode|FindPatternNode|FlipFlopNode|FloatNode|ForNode|ForwardingArgumentsNode|ForwardingParameterNode|ForwardingSuperNode|GlobalVariableAndWriteNode|GlobalVariableOperatorWriteNode|GlobalVariableOrWriteNode|GlobalVariableReadNode|GlobalVariableTargetNode|GlobalVariableWriteNode|HashNode|HashPatternNode|IfNode|ImaginaryNode|ImplicitNode|ImplicitRestNode|InNode|IndexAndWriteNode|IndexOperatorWriteNode|IndexOrWriteNode|IndexTargetNode|InstanceVariableAndWriteNode|InstanceVariableOperatorWriteNode|InstanceVariableOrWriteNode|InstanceVariableReadNode|InstanceVariableTargetNode|InstanceVariableWriteNode|IntegerNode|InterpolatedMatchLastLineNode|InterpolatedRegularExpressionNode|InterpolatedStringNode|InterpolatedSymbolNode|InterpolatedXStringNode|ItLocalVariableReadNode|ItParametersNode|KeywordHashNode|KeywordRestParameterNode|LambdaNode|LocalVariableAndWriteNode|LocalVariableOperatorWriteNode|LocalVariableOrWriteNode|LocalVariableReadNode|LocalVariableTargetNode|LocalVariableWriteNode|MatchLastLineNode|MatchPredicateNode|MatchRequiredNode|MatchWriteNode|MissingNode|ModuleNode|MultiTargetNode|MultiWriteNode|NextNode|NilNode|NoKeywordsParameterNode|NumberedParametersNode|NumberedReferenceReadNode|OptionalKeywordParameterNode|OptionalParameterNode|OrNode|ParametersNode|ParenthesesNode|PinnedExpressionNode|PinnedVariableNode|PostExecutionNode|PreExecutionNode|ProgramNode|RangeNode|RationalNode|RedoNode|RegularExpressionNode|RequiredKeywordParameterNode|RequiredParameterNode|RescueModifierNode|RescueNode|RestParameterNode|RetryNode|ReturnNode|SelfNode|ShareableConstantNode|SingletonClassNode|SourceEncodingNode|SourceFileNode|SourceLineNode|SplatNode|StatementsNode|StringNode|SuperNode|SymbolNode|TrueNode|UndefNode|UnlessNode|UntilNode|WhenNode|WhileNode|XStringNode|YieldNode)} Node
 */

/**
 * Represents the use of the `alias` keyword to alias a global variable.
 *
 *     alias $foo $bar
 *     ^^^^^^^^^^^^^^^
 */
class AliasGlobalVariableNode {
  /**
   * @type number
   */
  nodeID;

  /**
   * @type {Location}
   */
  location;

  /**
   * @type number
   */
  #flags;

  /**
   * @type Node
   */
  newName;

  /**
   * @type Node
   */
  oldName;

  /**
   * @type Location
   */
  keywordLoc;

  /**
   * Construct a new AliasGlobalVariableNode.
   *
   * @param {number} nodeID
   * @param {Location} location
   * @param {number} flags
   * @param {Node} newName
   * @param {Node} oldName
   * @param {Location} keywordLoc
   */
  constructor(nodeID, location, flags, newName, oldName, keywordLoc) {
    this.nodeID = nodeID;
    this.location = location;
    this.#flags = flags;
    this.newName = newName;
    this.oldName = oldName;
    this.keywordLoc = keywordLoc;
  }

  /**
   * Accept a visitor for this node.
   *
   * @param {visitors.Visitor} visitor
   */
  accept(visitor) {
    visitor.visitAliasGlobalVariableNode(this)
  }

  /**
   * Returns all child nodes of the current node.
   *
   * @returns {(Node | null)[]} An array of child nodes.
   */
  childNodes() {
    return [this.newName, this.oldName]
  }

  /**
   * Compact and return an array of child nodes.
   *
   * @returns {Node[]} An array of compacted child nodes.
   */
  compactChildNodes() {
    return [this.newName, this.oldName];
  }

  /**
   * Transforms the Node to a JavaScript object.
   *
   * @returns {Object}
   */
  toJSON() {
    return {
      type: "AliasGlobalVariableNode",
      location: this.location,
      flags: this.#flags,
      newName: this.newName,
      oldName: this.oldName,
      keywordLoc: this.keywordLoc,
    };
  }
}

/**
 * Represents the use of the `alias` keyword to alias a method.
 *
 *     alias foo bar
 *     ^^^^^^^^^^^^^
 */
class AliasMethodNode {
  /**
   * @type number
   */
  nodeID;

  /**
   * @type {Location}
   */
  location;

  /**
   * @type number
   */
  #flags;

  /**
   * @type Node
   */
  newName;

  /**
   * @type Node
   */
  oldName;

  /**
   * @type Location
   */
  keywordLoc;

  /**
   * Construct a new AliasMethodNode.
   *
   * @param {number} nodeID
   * @param {Location} location
   * @param {number} flags
   * @param {Node} newName
   * @param {Node} oldName
   * @param {Location} keywordLoc
   */
  constructor(nodeID, location, flags, newName, oldName, keywordLoc) {
    this.nodeID = nodeID;
    this.location = location;
    this.#flags = flags;
    this.newName = newName;
    this.oldName = oldName;
    this.keywordLoc = keywordLoc;
  }

  /**
   * Accept a visitor for this node.
   *
   * @param {visitors.Visitor} visitor
   */
  accept(visitor) {
    visitor.visitAliasMethodNode(this)
  }

  /**
   * Returns all child nodes of the current node.
   *
   * @returns {(Node | null)[]} An array of child nodes.
   */
  childNodes() {
    return [this.newName, this.oldName]
  }

  /**
   * Compact and return an array of child nodes.
   *
   * @returns {Node[]} An array of compacted child nodes.
   */
  compactChildNodes() {
    return [this.newName, this.oldName];
  }

  /**
   * Transforms the Node to a JavaScript object.
   *
   * @returns {Object}
   */
  toJSON() {
    return {
      type: "AliasMethodNode",
      location: this.location,
      flags: this.#flags,
      newName: this.newName,
      oldName: this.oldName,
      keywordLoc: this.keywordLoc,
    };
  }
}

/**
 * Represents an alternation pattern in pattern matching.
 *
 *     foo => bar | baz
 *            ^^^^^^^^^
 */
class AlternationPatternNode {
  /**
   * @type number
   */
  nodeID;

  /**
   * @type {Location}
   */
  location;

  /**
   * @type number
   */
  #flags;

  /**
   * @type Node
   */
  left;

  /**
   * @type Node
   */
  right;

  /**
   * @type Location
   */
  operatorLoc;

  /**
   * Construct a new AlternationPatternNode.
   *
   * @param {number} nodeID
   * @param {Location} location
   * @param {number} flags
   * @param {Node} left
   * @param {Node} right
   * @param {Location} operatorLoc
   */
  constructor(nodeID, location, flags, left, right, operatorLoc) {
    this.nodeID = nodeID;
    this.location = location;
    this.#flags = flags;
    this.left = left;
    this.right = right;
    this.operatorLoc = operatorLoc;
  }

  /**
   * Accept a visitor for this node.
   *
   * @param {visitors.Visitor} visitor
   */
  accept(visitor) {
    visitor.visitAlternationPatternNode(this)
  }

  /**
   * Returns all child nodes of the current node.
   *
   * @returns {(Node | null)[]} An array of child nodes.
   */
  childNodes() {
    return [this.left, this.right]
  }

  /**
   * Compact and return an array of child nodes.
   *
   * @returns {Node[]} An array of compacted child nodes.
   */
  compactChildNodes() {
    return [this.left, this.right];
  }

  /**
   * Transforms the Node to a JavaScript object.
   *
   * @returns {Object}
   */
  toJSON() {
    return {
      type: "AlternationPatternNode",
      location: this.location,
      flags: this.#flags,
      left: this.left,
      right: this.right,
      operatorLoc: this.operatorLoc,
    };
  }
}

/**
 * Represents the use of the `&&` operator or the `and` keyword.
 *
 *     left and right
 *     ^^^^^^^^^^^^^^
 */
class AndNode {
  /**
   * @type number
   */
  nodeID;

  /**
   * @type {Location}
   */
  location;

  /**
   * @type number
   */
  #flags;

  /**
   * @type Node
   */
  left;

  /**
   * @type Node
   */
  right;

  /**
   * @type Location
   */
  operatorLoc;

  /**
   * Construct a new AndNode.
   *
   * @param {number} nodeID
   * @param {Location} location
   * @param {number} flags
   * @param {Node} left
   * @param {Node} right
   * @param {Location} operatorLoc
   */
  constructor(nodeID, location, flags, left, right, operatorLoc) {
    this.nodeID = nodeID;
    this.location = location;
    this.#flags = flags;
    this.left = left;
    this.right = right;
    this.operatorLoc = operatorLoc;
  }

  /**
   * Accept a visitor for this node.
   *
   * @param {visitors.Visitor} visitor
   */
  accept(visitor) {
    visitor.visitAndNode(this)
  }

  /**
   * Returns all child nodes of the current node.
   *
   * @returns {(Node | null)[]} An array of child nodes.
   */
  childNodes() {
    return [this.left, this.right]
  }

  /**
   * Compact and return an array of child nodes.
   *
   * @returns {Node[]} An array of compacted child nodes.
   */
  compactChildNodes() {
    return [this.left, this.right];
  }

  /**
   * Transforms the Node to a JavaScript object.
   *
   * @returns {Object}
   */
  toJSON() {
    return {
      type: "AndNode",
      location: this.location,
      flags: this.#flags,
      left: this.left,
      right: this.right,
      operatorLoc: this.operatorLoc,
    };
  }
}

/**
 * Represents a set of arguments to a method or a keyword.
 *
 *     return foo, bar, baz
 *            ^^^^^^^^^^^^^
 */
class ArgumentsNode {
  /**
   * @type number
   */
  nodeID;

  /**
   * @type {Location}
   */
  location;

  /**
   * @type number
   */
  #flags;

  /**
   * @type Node[]
   */
  arguments_;

  /**
   * Construct a new ArgumentsNode.
   *
   * @param {number} nodeID
   * @param {Location} location
   * @param {number} flags
   * @param {Node[]} arguments_
   */
  constructor(nodeID, location, flags, arguments_) {
    this.nodeID = nodeID;
    this.location = location;
    this.#flags = flags;
    this.arguments_ = arguments_;
  }

  /**
   * True if this node has the CONTAINS_FORWARDING flag.
   *
   * @returns {boolean}
   */
  isContainsForwarding() {
    return (this.#flags & ArgumentsNodeFlags.CONTAINS_FORWARDING) !== 0;
  }

  /**
   * True if this node has the CONTAINS_KEYWORDS flag.
   *
   * @returns {boolean}
   */
  isContainsKeywords() {
    return (this.#flags & ArgumentsNodeFlags.CONTAINS_KEYWORDS) !== 0;
  }

  /**
   * True if this node has the CONTAINS_KEYWORD_SPLAT flag.
   *
   * @returns {boolean}
   */
  isContainsKeywordSplat() {
    return (this.#flags & ArgumentsNodeFlags.CONTAINS_KEYWORD_SPLAT) !== 0;
  }

  /**
   * True if this node has the CONTAINS_SPLAT flag.
   *
   * @returns {boolean}
   */
  isContainsSplat() {
    return (this.#flags & ArgumentsNodeFlags.CONTAINS_SPLAT) !== 0;
  }

  /**
   * True if this node has the CONTAINS_MULTIPLE_SPLATS flag.
   *
   * @returns {boolean}
   */
  isContainsMultipleSplats() {
    return (this.#flags & ArgumentsNodeFlags.CONTAINS_MULTIPLE_SPLATS) !== 0;
  }

  /**
   * Accept a visitor for this node.
   *
   * @param {visitors.Visitor} visitor
   */
  accept(visitor) {
    visitor.visitArgumentsNode(this)
  }

  /**
   * Returns all child nodes of the current node.
   *
   * @returns {(Node | null)[]} An array of child nodes.
   */
  childNodes() {
    return [...this.arguments_]
  }

  /**
   * Compact and return an array of child nodes.
   *
   * @returns {Node[]} An array of compacted child nodes.
   */
  compactChildNodes() {
    return [...this.arguments_];
  }

  /**
   * Transforms the Node to a JavaScript object.
   *
   * @returns {Object}
   */
  toJSON() {
    return {
      type: "ArgumentsNode",
      location: this.location,
      flags: this.#flags,
      arguments: this.arguments_,
    };
  }
}

/**
 * Represents an array literal. This can be a regular array using brackets or a special array using % like %w or %i.
 *
 *     [1, 2, 3]
 *     ^^^^^^^^^
 */
class ArrayNode {
  /**
   * @type number
   */
  nodeID;

  /**
   * @type {Location}
   */
  location;

  /**
   * @type number
   */
  #flags;

  /**
   * @type Node[]
   */
  elements;

  /**
   * @type Location | null
   */
  openingLoc;

  /**
   * @type Location | null
   */
  closingLoc;

  /**
   * Construct a new ArrayNode.
   *
   * @param {number} nodeID
   * @param {Location} location
   * @param {number} flags
   * @param {Node[]} elements
   * @param {Location | null} openingLoc
   * @param {Location | null} closingLoc
   */
  constructor(nodeID, location, flags, elements, openingLoc, closingLoc) {
    this.nodeID = nodeID;
    this.location = location;
    this.#flags = flags;
    this.elements = elements;
    this.openingLoc = openingLoc;
    this.closingLoc = closingLoc;
  }

  /**
   * True if this node has the CONTAINS_SPLAT flag.
   *
   * @returns {boolean}
   */
  isContainsSplat() {
    return (this.#flags & ArrayNodeFlags.CONTAINS_SPLAT) !== 0;
  }

  /**
   * Accept a visitor for this node.
   *
   * @param {visitors.Visitor} visitor
   */
  accept(visitor) {
    visitor.visitArrayNode(this)
  }

  /**
   * Returns all child nodes of the current node.
   *
   * @returns {(Node | null)[]} An array of child nodes.
   */
  childNodes() {
    return [...this.elements]
  }

  /**
   * Compact and return an array of child nodes.
   *
   * @returns {Node[]} An array of compacted child nodes.
   */
  compactChildNodes() {
    return [...this.elements];
  }

  /**
   * Transforms the Node to a JavaScript object.
   *
   * @returns {Object}
   */
  toJSON() {
    return {
      type: "ArrayNode",
      location: this.location,
      flags: this.#flags,
      elements: this.elements,
      openingLoc: this.openingLoc,
      closingLoc: this.closingLoc,
    };
  }
}

/**
 * Represents an array pattern in pattern matching.
 *
 *     foo in 1, 2
 *     ^^^^^^^^^^^
 *
 *     foo in [1, 2]
 *     ^^^^^^^^^^^^^
 *
 *     foo in *bar
 *     ^^^^^^^^^^^
 *
 *     foo in Bar[]
 *     ^^^^^^^^^^^^
 *
 *     foo in Bar[1, 2, 3]
 *     ^^^^^^^^^^^^^^^^^^^
 */
class ArrayPatternNode {
  /**
   * @type number
   */
  nodeID;

  /**
   * @type {Location}
   */
  location;

  /**
   * @type number
   */
  #flags;

  /**
   * @type Node | null
   */
  constant;

  /**
   * @type Node[]
   */
  requireds;

  /**
   * @type Node | null
   */
  rest;

  /**
   * @type Node[]
   */
  posts;

  /**
   * @type Location | null
   */
  openingLoc;

  /**
   * @type Location | null
   */
  closingLoc;

  /**
   * Construct a new ArrayPatternNode.
   *
   * @param {number} nodeID
   * @param {Location} location
   * @param {number} flags
   * @param {Node | null} constant
   * @param {Node[]} requireds
   * @param {Node | null} rest
   * @param {Node[]} posts
   * @param {Location | null} openingLoc
   * @param {Location | null} closingLoc
   */
  constructor(nodeID, location, flags, constant, requireds, rest, posts, openingLoc, closingLoc) {
    this.nodeID = nodeID;
    this.location = location;
    this.#flags = flags;
    this.constant = constant;
    this.requireds = requireds;
    this.rest = rest;
    this.posts = posts;
    this.openingLoc = openingLoc;
    this.closingLoc = closingLoc;
  }

  /**
   * Accept a visitor for this node.
   *
   * @param {visitors.Visitor} visitor
   */
  accept(visitor) {
    visitor.visitArrayPatternNode(this)
  }

  /**
   * Returns all child nodes of the current node.
   *
   * @returns {(Node | null)[]} An array of child nodes.
   */
  childNodes() {
    return [this.constant, ...this.requireds, this.rest, ...this.posts]
  }

  /**
   * Compact and return an array of child nodes.
   *
   * @returns {Node[]} An array of compacted child nodes.
   */
  compactChildNodes() {
    const compact = [];

    if (this.constant) {
      compact.push(this.constant);
    }
    compact.concat(this.requireds);
    if (this.rest) {
      compact.push(this.rest);
    }
    compact.concat(this.posts);

    return compact;
  }

  /**
   * Transforms the Node to a JavaScript object.
   *
   * @returns {Object}
   */
  toJSON() {
    return {
      type: "ArrayPatternNode",
      location: this.location,
      flags: this.#flags,
      constant: this.constant,
      requireds: this.requireds,
      rest: this.rest,
      posts: this.posts,
      openingLoc: this.openingLoc,
      closingLoc: this.closingLoc,
    };
  }
}

/**
 * Represents a hash key/value pair.
 *
 *     { a => b }
 *       ^^^^^^
 */
class AssocNode {
  /**
   * @type number
   */
  nodeID;

  /**
   * @type {Location}
   */
  location;

  /**
   * @type number
   */
  #flags;

  /**
   * @type Node
   */
  key;

  /**
   * @type Node
   */
  value;

  /**
   * @type Location | null
   */
  operatorLoc;

  /**
   * Construct a new AssocNode.
   *
   * @param {number} nodeID
   * @param {Location} location
   * @param {number} flags
   * @param {Node} key
   * @param {Node} value
   * @param {Location | null} operatorLoc
   */
  constructor(nodeID, location, flags, key, value, operatorLoc) {
    this.nodeID = nodeID;
    this.location = location;
    this.#flags = flags;
    this.key = key;
    this.value = value;
    this.operatorLoc = operatorLoc;
  }

  /**
   * Accept a visitor for this node.
   *
   * @param {visitors.Visitor} visitor
   */
  accept(visitor) {
    visitor.visitAssocNode(this)
  }

  /**
   * Returns all child nodes of the current node.
   *
   * @returns {(Node | null)[]} An array of child nodes.
   */
  childNodes() {
    return [this.key, this.value]
  }

  /**
   * Compact and return an array of child nodes.
   *
   * @returns {Node[]} An array of compacted child nodes.
   */
  compactChildNodes() {
    return [this.key, this.value];
  }

  /**
   * Transforms the Node to a JavaScript object.
   *
   * @returns {Object}
   */
  toJSON() {
    return {
      type: "AssocNode",
      location: this.location,
      flags: this.#flags,
      key: this.key,
      value: this.value,
      operatorLoc: this.operatorLoc,
    };
  }
}

/**
 * Represents a splat in a hash literal.
 *
 *     { **foo }
 *       ^^^^^
 */
class AssocSplatNode {
  /**
   * @type number
   */
  nodeID;

  /**
   * @type {Location}
   */
  location;

  /**
   * @type number
   */
  #flags;

  /**
   * @type Node | null
   */
  value;

  /**
   * @type Location
   */
  operatorLoc;

  /**
   * Construct a new AssocSplatNode.
   *
   * @param {number} nodeID
   * @param {Location} location
   * @param {number} flags
   * @param {Node | null} value
   * @param {Location} operatorLoc
   */
  constructor(nodeID, location, flags, value, operatorLoc) {
    this.nodeID = nodeID;
    this.location = location;
    this.#flags = flags;
    this.value = value;
    this.operatorLoc = operatorLoc;
  }

  /**
   * Accept a visitor for this node.
   *
   * @param {visitors.Visitor} visitor
   */
  accept(visitor) {
    visitor.visitAssocSplatNode(this)
  }

  /**
   * Returns all child nodes of the current node.
   *
   * @returns {(Node | null)[]} An array of child nodes.
   */
  childNodes() {
    return [this.value]
  }

  /**
   * Compact and return an array of child nodes.
   *
   * @returns {Node[]} An array of compacted child nodes.
   */
  compactChildNodes() {
    const compact = [];

    if (this.value) {
      compact.push(this.value);
    }

    return compact;
  }

  /**
   * Transforms the Node to a JavaScript object.
   *
   * @returns {Object}
   */
  toJSON() {
    return {
      type: "AssocSplatNode",
      location: this.location,
      flags: this.#flags,
      value: this.value,
      operatorLoc: this.operatorLoc,
    };
  }
}

/**
 * Represents reading a reference to a field in the previous match.
 *
 *     $'
 *     ^^
 */
class BackReferenceReadNode {
  /**
   * @type number
   */
  nodeID;

  /**
   * @type {Location}
   */
  location;

  /**
   * @type number
   */
  #flags;

  /**
   * @type string
   */
  name;

  /**
   * Construct a new BackReferenceReadNode.
   *
   * @param {number} nodeID
   * @param {Location} location
   * @param {number} flags
   * @param {string} name
   */
  constructor(nodeID, location, flags, name) {
    this.nodeID = nodeID;
    this.location = location;
    this.#flags = flags;
    this.name = name;
  }

  /**
   * Accept a visitor for this node.
   *
   * @param {visitors.Visitor} visitor
   */
  accept(visitor) {
    visitor.visitBackReferenceReadNode(this)
  }

  /**
   * Returns all child nodes of the current node.
   *
   * @returns {(Node | null)[]} An array of child nodes.
   */
  childNodes() {
    return []
  }

  /**
   * Compact and return an array of child nodes.
   *
   * @returns {Node[]} An array of compacted child nodes.
   */
  compactChildNodes() {
    return [];
  }

  /**
   * Transforms the Node to a JavaScript object.
   *
   * @returns {Object}
   */
  toJSON() {
    return {
      type: "BackReferenceReadNode",
      location: this.location,
      flags: this.#flags,
      name: this.name,
    };
  }
}

/**
 * Represents a begin statement.
 *
 *     begin
 *       foo
 *     end
 *     ^^^^^
 */
class BeginNode {
  /**
   * @type number
   */
  nodeID;

  /**
   * @type {Location}
   */
  location;

  /**
   * @type number
   */
  #flags;

  /**
   * @type Location | null
   */
  beginKeywordLoc;

  /**
   * @type StatementsNode | null
   */
  statements;

  /**
   * @type RescueNode | null
   */
  rescueClause;

  /**
   * @type ElseNode | null
   */
  elseClause;

  /**
   * @type EnsureNode | null
   */
  ensureClause;

  /**
   * @type Location | null
   */
  endKeywordLoc;

  /**
   * Construct a new BeginNode.
   *
   * @param {number} nodeID
   * @param {Location} location
   * @param {number} flags
   * @param {Location | null} beginKeywordLoc
   * @param {StatementsNode | null} statements
   * @param {RescueNode | null} rescueClause
   * @param {ElseNode | null} elseClause
   * @param {EnsureNode | null} ensureClause
   * @param {Location | null} endKeywordLoc
   */
  constructor(nodeID, location, flags, beginKeywordLoc, statements, rescueClause, elseClause, ensureClause, endKeywordLoc) {
    this.nodeID = nodeID;
    this.location = location;
    this.#flags = flags;
    this.beginKeywordLoc = beginKeywordLoc;
    this.statements = statements;
    this.rescueClause = rescueClause;
    this.elseClause = elseClause;
    this.ensureClause = ensureClause;
    this.endKeywordLoc = endKeywordLoc;
  }

  /**
   * Accept a visitor for this node.
   *
   * @param {visitors.Visitor} visitor
   */
  accept(visitor) {
    visitor.visitBeginNode(this)
  }

  /**
   * Returns all child nodes of the current node.
   *
   * @returns {(Node | null)[]} An array of child nodes.
   */
  childNodes() {
    return [this.statements, this.rescueClause, this.elseClause, this.ensureClause]
  }

  /**
   * Compact and return an array of child nodes.
   *
   * @returns {Node[]} An array of compacted child nodes.
   */
  compactChildNodes() {
    const compact = [];

    if (this.statements) {
      compact.push(this.statements);
    }
    if (this.rescueClause) {
      compact.push(this.rescueClause);
    }
    if (this.elseClause) {
      compact.push(this.elseClause);
    }
    if (this.ensureClause) {
      compact.push(this.ensureClause);
    }

    return compact;
  }

  /**
   * Transforms the Node to a JavaScript object.
   *
   * @returns {Object}
   */
  toJSON() {
    return {
      type: "BeginNode",
      location: this.location,
      flags: this.#flags,
      beginKeywordLoc: this.beginKeywordLoc,
      statements: this.statements,
      rescueClause: this.rescueClause,
      elseClause: this.elseClause,
      ensureClause: this.ensureClause,
      endKeywordLoc: this.endKeywordLoc,
    };
  }
}

/**
 * Represents a block argument using `&`.
 *
 *     bar(&args)
 *     ^^^^^^^^^^
 */
class BlockArgumentNode {
  /**
   * @type number
   */
  nodeID;

  /**
   * @type {Location}
   */
  location;

  /**
   * @type number
   */
  #flags;

  /**
   * @type Node | null
   */
  expression;

  /**
   * @type Location
   */
  operatorLoc;

  /**
   * Construct a new BlockArgumentNode.
   *
   * @param {number} nodeID
   * @param {Location} location
   * @param {number} flags
   * @param {Node | null} expression
   * @param {Location} operatorLoc
   */
  constructor(nodeID, location, flags, expression, operatorLoc) {
    this.nodeID = nodeID;
    this.location = location;
    this.#flags = flags;
    this.expression = expression;
    this.operatorLoc = operatorLoc;
  }

  /**
   * Accept a visitor for this node.
   *
   * @param {visitors.Visitor} visitor
   */
  accept(visitor) {
    visitor.visitBlockArgumentNode(this)
  }

  /**
   * Returns all child nodes of the current node.
   *
   * @returns {(Node | null)[]} An array of child nodes.
   */
  childNodes() {
    return [this.expression]
  }

  /**
   * Compact and return an array of child nodes.
   *
   * @returns {Node[]} An array of compacted child nodes.
   */
  compactChildNodes() {
    const compact = [];

    if (this.expression) {
      compact.push(this.expression);
    }

    return compact;
  }

  /**
   * Transforms the Node to a JavaScript object.
   *
   * @returns {Object}
   */
  toJSON() {
    return {
      type: "BlockArgumentNode",
      location: this.location,
      flags: this.#flags,
      expression: this.expression,
      operatorLoc: this.operatorLoc,
    };
  }
}

/**
 * Represents a block local variable.
 *
 *     a { |; b| }
 *            ^
 */
class BlockLocalVariableNode {
  /**
   * @type number
   */
  nodeID;

  /**
   * @type {Location}
   */
  location;

  /**
   * @type number
   */
  #flags;

  /**
   * @type string
   */
  name;

  /**
   * Construct a new BlockLocalVariableNode.
   *
   * @param {number} nodeID
   * @param {Location} location
   * @param {number} flags
   * @param {string} name
   */
  constructor(nodeID, location, flags, name) {
    this.nodeID = nodeID;
    this.location = location;
    this.#flags = flags;
    this.name = name;
  }

  /**
   * True if this node has the REPEATED_PARAMETER flag.
   *
   * @returns {boolean}
   */
  isRepeatedParameter() {
    return (this.#flags & ParameterFlags.REPEATED_PARAMETER) !== 0;
  }

  /**
   * Accept a visitor for this node.
   *
   * @param {visitors.Visitor} visitor
   */
  accept(visitor) {
    visitor.visitBlockLocalVariableNode(this)
  }

  /**
   * Returns all child nodes of the current node.
   *
   * @returns {(Node | null)[]} An array of child nodes.
   */
  childNodes() {
    return []
  }

  /**
   * Compact and return an array of child nodes.
   *
   * @returns {Node[]} An array of compacted child nodes.
   */
  compactChildNodes() {
    return [];
  }

  /**
   * Transforms the Node to a JavaScript object.
   *
   * @returns {Object}
   */
  toJSON() {
    return {
      type: "BlockLocalVariableNode",
      location: this.location,
      flags: this.#flags,
      name: this.name,
    };
  }
}

/**
 * Represents a block of ruby code.
 *
 *     [1, 2, 3].each { |i| puts x }
 *                    ^^^^^^^^^^^^^^
 */
class BlockNode {
  /**
   * @type number
   */
  nodeID;

  /**
   * @type {Location}
   */
  location;

  /**
   * @type number
   */
  #flags;

  /**
   * @type string[]
   */
  locals;

  /**
   * @type Node | null
   */
  parameters;

  /**
   * @type Node | null
   */
  body;

  /**
   * @type Location
   */
  openingLoc;

  /**
   * @type Location
   */
  closingLoc;

  /**
   * Construct a new BlockNode.
   *
   * @param {number} nodeID
   * @param {Location} location
   * @param {number} flags
   * @param {string[]} locals
   * @param {Node | null} parameters
   * @param {Node | null} body
   * @param {Location} openingLoc
   * @param {Location} closingLoc
   */
  constructor(nodeID, location, flags, locals, parameters, body, openingLoc, closingLoc) {
    this.nodeID = nodeID;
    this.location = location;
    this.#flags = flags;
    this.locals = locals;
    this.parameters = parameters;
    this.body = body;
    this.openingLoc = openingLoc;
    this.closingLoc = closingLoc;
  }

  /**
   * Accept a visitor for this node.
   *
   * @param {visitors.Visitor} visitor
   */
  accept(visitor) {
    visitor.visitBlockNode(this)
  }

  /**
   * Returns all child nodes of the current node.
   *
   * @returns {(Node | null)[]} An array of child nodes.
   */
  childNodes() {
    return [this.parameters, this.body]
  }

  /**
   * Compact and return an array of child nodes.
   *
   * @returns {Node[]} An array of compacted child nodes.
   */
  compactChildNodes() {
    const compact = [];

    if (this.parameters) {
      compact.push(this.parameters);
    }
    if (this.body) {
      compact.push(this.body);
    }

    return compact;
  }

  /**
   * Transforms the Node to a JavaScript object.
   *
   * @returns {Object}
   */
  toJSON() {
    return {
      type: "BlockNode",
      location: this.location,
      flags: this.#flags,
      locals: this.locals,
      parameters: this.parameters,
      body: this.body,
      openingLoc: this.openingLoc,
      closingLoc: this.closingLoc,
    };
  }
}

/**
 * Represents a block parameter of a method, block, or lambda definition.
 *
 *     def a(&b)
 *           ^^
 *     end
 */
class BlockParameterNode {
  /**
   * @type number
   */
  nodeID;

  /**
   * @type {Location}
   */
  location;

  /**
   * @type number
   */
  #flags;

  /**
   * @type string | null
   */
  name;

  /**
   * @type Location | null
   */
  nameLoc;

  /**
   * @type Location
   */
  operatorLoc;

  /**
   * Construct a new BlockParameterNode.
   *
   * @param {number} nodeID
   * @param {Location} location
   * @param {number} flags
   * @param {string | null} name
   * @param {Location | null} nameLoc
   * @param {Location} operatorLoc
   */
  constructor(nodeID, location, flags, name, nameLoc, operatorLoc) {
    this.nodeID = nodeID;
    this.location = location;
    this.#flags = flags;
    this.name = name;
    this.nameLoc = nameLoc;
    this.operatorLoc = operatorLoc;
  }

  /**
   * True if this node has the REPEATED_PARAMETER flag.
   *
   * @returns {boolean}
   */
  isRepeatedParameter() {
    return (this.#flags & ParameterFlags.REPEATED_PARAMETER) !== 0;
  }

  /**
   * Accept a visitor for this node.
   *
   * @param {visitors.Visitor} visitor
   */
  accept(visitor) {
    visitor.visitBlockParameterNode(this)
  }

  /**
   * Returns all child nodes of the current node.
   *
   * @returns {(Node | null)[]} An array of child nodes.
   */
  childNodes() {
    return []
  }

  /**
   * Compact and return an array of child nodes.
   *
   * @returns {Node[]} An array of compacted child nodes.
   */
  compactChildNodes() {
    return [];
  }

  /**
   * Transforms the Node to a JavaScript object.
   *
   * @returns {Object}
   */
  toJSON() {
    return {
      type: "BlockParameterNode",
      location: this.location,
      flags: this.#flags,
      name: this.name,
      nameLoc: this.nameLoc,
      operatorLoc: this.operatorLoc,
    };
  }
}

/**
 * Represents a block's parameters declaration.
 *
 *     -> (a, b = 1; local) { }
 *        ^^^^^^^^^^^^^^^^^
 *
 *     foo do |a, b = 1; local|
 *            ^^^^^^^^^^^^^^^^^
 *     end
 */
class BlockParametersNode {
  /**
   * @type number
   */
  nodeID;

  /**
   * @type {Location}
   */
  location;

  /**
   * @type number
   */
  #flags;

  /**
   * @type ParametersNode | null
   */
  parameters;

  /**
   * @type Node[]
   */
  locals;

  /**
   * @type Location | null
   */
  openingLoc;

  /**
   * @type Location | null
   */
  closingLoc;

  /**
   * Construct a new BlockParametersNode.
   *
   * @param {number} nodeID
   * @param {Location} location
   * @param {number} flags
   * @param {ParametersNode | null} parameters
   * @param {Node[]} locals
   * @param {Location | null} openingLoc
   * @param {Location | null} closingLoc
   */
  constructor(nodeID, location, flags, parameters, locals, openingLoc, closingLoc) {
    this.nodeID = nodeID;
    this.location = location;
    this.#flags = flags;
    this.parameters = parameters;
    this.locals = locals;
    this.openingLoc = openingLoc;
    this.closingLoc = closingLoc;
  }

  /**
   * Accept a visitor for this node.
   *
   * @param {visitors.Visitor} visitor
   */
  accept(visitor) {
    visitor.visitBlockParametersNode(this)
  }

  /**
   * Returns all child nodes of the current node.
   *
   * @returns {(Node | null)[]} An array of child nodes.
   */
  childNodes() {
    return [this.parameters, ...this.locals]
  }

  /**
   * Compact and return an array of child nodes.
   *
   * @returns {Node[]} An array of compacted child nodes.
   */
  compactChildNodes() {
    const compact = [];

    if (this.parameters) {
      compact.push(this.parameters);
    }
    compact.concat(this.locals);

    return compact;
  }

  /**
   * Transforms the Node to a JavaScript object.
   *
   * @returns {Object}
   */
  toJSON() {
    return {
      type: "BlockParametersNode",
      location: this.location,
      flags: this.#flags,
      parameters: this.parameters,
      locals: this.locals,
      openingLoc: this.openingLoc,
      closingLoc: this.closingLoc,
    };
  }
}

/**
 * Represents the use of the `break` keyword.
 *
 *     break foo
 *     ^^^^^^^^^
 */
class BreakNode {
  /**
   * @type number
   */
  nodeID;

  /**
   * @type {Location}
   */
  location;

  /**
   * @type number
   */
  #flags;

  /**
   * @type ArgumentsNode | null
   */
  arguments_;

  /**
   * @type Location
   */
  keywordLoc;

  /**
   * Construct a new BreakNode.
   *
   * @param {number} nodeID
   * @param {Location} location
   * @param {number} flags
   * @param {ArgumentsNode | null} arguments_
   * @param {Location} keywordLoc
   */
  constructor(nodeID, location, flags, arguments_, keywordLoc) {
    this.nodeID = nodeID;
    this.location = location;
    this.#flags = flags;
    this.arguments_ = arguments_;
    this.keywordLoc = keywordLoc;
  }

  /**
   * Accept a visitor for this node.
   *
   * @param {visitors.Visitor} visitor
   */
  accept(visitor) {
    visitor.visitBreakNode(this)
  }

  /**
   * Returns all child nodes of the current node.
   *
   * @returns {(Node | null)[]} An array of child nodes.
   */
  childNodes() {
    return [this.arguments_]
  }

  /**
   * Compact and return an array of child nodes.
   *
   * @returns {Node[]} An array of compacted child nodes.
   */
  compactChildNodes() {
    const compact = [];

    if (this.arguments_) {
      compact.push(this.arguments_);
    }

    return compact;
  }

  /**
   * Transforms the Node to a JavaScript object.
   *
   * @returns {Object}
   */
  toJSON() {
    return {
      type: "BreakNode",
      location: this.location,
      flags: this.#flags,
      arguments: this.arguments_,
      keywordLoc: this.keywordLoc,
    };
  }
}

/**
 * Represents the use of the `&&=` operator on a call.
 *
 *     foo.bar &&= value
 *     ^^^^^^^^^^^^^^^^^
 */
class CallAndWriteNode {
  /**
   * @type number
   */
  nodeID;

  /**
   * @type {Location}
   */
  location;

  /**
   * @type number
   */
  #flags;

  /**
   * @type Node | null
   */
  receiver;

  /**
   * @type Location | null
   */
  callOperatorLoc;

  /**
   * @type Location | null
   */
  messageLoc;

  /**
   * @type string
   */
  readName;

  /**
   * @type string
   */
  writeName;

  /**
   * @type Location
   */
  operatorLoc;

  /**
   * @type Node
   */
  value;

  /**
   * Construct a new CallAndWriteNode.
   *
   * @param {number} nodeID
   * @param {Location} location
   * @param {number} flags
   * @param {Node | null} receiver
   * @param {Location | null} callOperatorLoc
   * @param {Location | null} messageLoc
   * @param {string} readName
   * @param {string} writeName
   * @param {Location} operatorLoc
   * @param {Node} value
   */
  constructor(nodeID, location, flags, receiver, callOperatorLoc, messageLoc, readName, writeName, operatorLoc, value) {
    this.nodeID = nodeID;
    this.location = location;
    this.#flags = flags;
    this.receiver = receiver;
    this.callOperatorLoc = callOperatorLoc;
    this.messageLoc = messageLoc;
    this.readName = readName;
    this.writeName = writeName;
    this.operatorLoc = operatorLoc;
    this.value = value;
  }

  /**
   * True if this node has the SAFE_NAVIGATION flag.
   *
   * @returns {boolean}
   */
  isSafeNavigation() {
    return (this.#flags & CallNodeFlags.SAFE_NAVIGATION) !== 0;
  }

  /**
   * True if this node has the VARIABLE_CALL flag.
   *
   * @returns {boolean}
   */
  isVariableCall() {
    return (this.#flags & CallNodeFlags.VARIABLE_CALL) !== 0;
  }

  /**
   * True if this node has the ATTRIBUTE_WRITE flag.
   *
   * @returns {boolean}
   */
  isAttributeWrite() {
    return (this.#flags & CallNodeFlags.ATTRIBUTE_WRITE) !== 0;
  }

  /**
   * True if this node has the IGNORE_VISIBILITY flag.
   *
   * @returns {boolean}
   */
  isIgnoreVisibility() {
    return (this.#flags & CallNodeFlags.IGNORE_VISIBILITY) !== 0;
  }

  /**
   * Accept a visitor for this node.
   *
   * @param {visitors.Visitor} visitor
   */
  accept(visitor) {
    visitor.visitCallAndWriteNode(this)
  }

  /**
   * Returns all child nodes of the current node.
   *
   * @returns {(Node | null)[]} An array of child nodes.
   */
  childNodes() {
    return [this.receiver, this.value]
  }

  /**
   * Compact and return an array of child nodes.
   *
   * @returns {Node[]} An array of compacted child nodes.
   */
  compactChildNodes() {
    const compact = [];

    if (this.receiver) {
      compact.push(this.receiver);
    }
    compact.push(this.value);


    return compact;
  }

  /**
   * Transforms the Node to a JavaScript object.
   *
   * @returns {Object}
   */
  toJSON() {
    return {
      type: "CallAndWriteNode",
      location: this.location,
      flags: this.#flags,
      receiver: this.receiver,
      callOperatorLoc: this.callOperatorLoc,
      messageLoc: this.messageLoc,
      readName: this.readName,
      writeName: this.writeName,
      operatorLoc: this.operatorLoc,
      value: this.value,
    };
  }
}

/**
 * Represents a method call, in all of the various forms that can take.
 *
 *     foo
 *     ^^^
 *
 *     foo()
 *     ^^^^^
 *
 *     +foo
 *     ^^^^
 *
 *     foo + bar
 *     ^^^^^^^^^
 *
 *     foo.bar
 *     ^^^^^^^
 *
 *     foo&.bar
 *     ^^^^^^^^
 */
class CallNode {
  /**
   * @type number
   */
  nodeID;

  /**
   * @type {Location}
   */
  location;

  /**
   * @type number
   */
  #flags;

  /**
   * @type Node | null
   */
  receiver;

  /**
   * @type Location | null
   */
  callOperatorLoc;

  /**
   * @type string
   */
  name;

  /**
   * @type Location | null
   */
  messageLoc;

  /**
   * @type Location | null
   */
  openingLoc;

  /**
   * @type ArgumentsNode | null
   */
  arguments_;

  /**
   * @type Location | null
   */
  closingLoc;

  /**
   * @type Location | null
   */
  equalLoc;

  /**
   * @type Node | null
   */
  block;

  /**
   * Construct a new CallNode.
   *
   * @param {number} nodeID
   * @param {Location} location
   * @param {number} flags
   * @param {Node | null} receiver
   * @param {Location | null} callOperatorLoc
   * @param {string} name
   * @param {Location | null} messageLoc
   * @param {Location | null} openingLoc
   * @param {ArgumentsNode | null} arguments_
   * @param {Location | null} closingLoc
   * @param {Location | null} equalLoc
   * @param {Node | null} block
   */
  constructor(nodeID, location, flags, receiver, callOperatorLoc, name, messageLoc, openingLoc, arguments_, closingLoc, equalLoc, block) {
    this.nodeID = nodeID;
    this.location = location;
    this.#flags = flags;
    this.receiver = receiver;
    this.callOperatorLoc = callOperatorLoc;
    this.name = name;
    this.messageLoc = messageLoc;
    this.openingLoc = openingLoc;
    this.arguments_ = arguments_;
    this.closingLoc = closingLoc;
    this.equalLoc = equalLoc;
    this.block = block;
  }

  /**
   * True if this node has the SAFE_NAVIGATION flag.
   *
   * @returns {boolean}
   */
  isSafeNavigation() {
    return (this.#flags & CallNodeFlags.SAFE_NAVIGATION) !== 0;
  }

  /**
   * True if this node has the VARIABLE_CALL flag.
   *
   * @returns {boolean}
   */
  isVariableCall() {
    return (this.#flags & CallNodeFlags.VARIABLE_CALL) !== 0;
  }

  /**
   * True if this node has the ATTRIBUTE_WRITE flag.
   *
   * @returns {boolean}
   */
  isAttributeWrite() {
    return (this.#flags & CallNodeFlags.ATTRIBUTE_WRITE) !== 0;
  }

  /**
   * True if this node has the IGNORE_VISIBILITY flag.
   *
   * @returns {boolean}
   */
  isIgnoreVisibility() {
    return (this.#flags & CallNodeFlags.IGNORE_VISIBILITY) !== 0;
  }

  /**
   * Accept a visitor for this node.
   *
   * @param {visitors.Visitor} visitor
   */
  accept(visitor) {
    visitor.visitCallNode(this)
  }

  /**
   * Returns all child nodes of the current node.
   *
   * @returns {(Node | null)[]} An array of child nodes.
   */
  childNodes() {
    return [this.receiver, this.arguments_, this.block]
  }

  /**
   * Compact and return an array of child nodes.
   *
   * @returns {Node[]} An array of compacted child nodes.
   */
  compactChildNodes() {
    const compact = [];

    if (this.receiver) {
      compact.push(this.receiver);
    }
    if (this.arguments_) {
      compact.push(this.arguments_);
    }
    if (this.block) {
      compact.push(this.block);
    }

    return compact;
  }

  /**
   * Transforms the Node to a JavaScript object.
   *
   * @returns {Object}
   */
  toJSON() {
    return {
      type: "CallNode",
      location: this.location,
      flags: this.#flags,
      receiver: this.receiver,
      callOperatorLoc: this.callOperatorLoc,
      name: this.name,
      messageLoc: this.messageLoc,
      openingLoc: this.openingLoc,
      arguments: this.arguments_,
      closingLoc: this.closingLoc,
      equalLoc: this.equalLoc,
      block: this.block,
    };
  }
}

/**
 * Represents the use of an assignment operator on a call.
 *
 *     foo.bar += baz
 *     ^^^^^^^^^^^^^^
 */
class CallOperatorWriteNode {
  /**
   * @type number
   */
  nodeID;

  /**
   * @type {Location}
   */
  location;

  /**
   * @type number
   */
  #flags;

  /**
   * @type Node | null
   */
  receiver;

  /**
   * @type Location | null
   */
  callOperatorLoc;

  /**
   * @type Location | null
   */
  messageLoc;

  /**
   * @type string
   */
  readName;

  /**
   * @type string
   */
  writeName;

  /**
   * @type string
   */
  binaryOperator;

  /**
   * @type Location
   */
  binaryOperatorLoc;

  /**
   * @type Node
   */
  value;

  /**
   * Construct a new CallOperatorWriteNode.
   *
   * @param {number} nodeID
   * @param {Location} location
   * @param {number} flags
   * @param {Node | null} receiver
   * @param {Location | null} callOperatorLoc
   * @param {Location | null} messageLoc
   * @param {string} readName
   * @param {string} writeName
   * @param {string} binaryOperator
   * @param {Location} binaryOperatorLoc
   * @param {Node} value
   */
  constructor(nodeID, location, flags, receiver, callOperatorLoc, messageLoc, readName, writeName, binaryOperator, binaryOperatorLoc, value) {
    this.nodeID = nodeID;
    this.location = location;
    this.#flags = flags;
    this.receiver = receiver;
    this.callOperatorLoc = callOperatorLoc;
    this.messageLoc = messageLoc;
    this.readName = readName;
    this.writeName = writeName;
    this.binaryOperator = binaryOperator;
    this.binaryOperatorLoc = binaryOperatorLoc;
    this.value = value;
  }

  /**
   * True if this node has the SAFE_NAVIGATION flag.
   *
   * @returns {boolean}
   */
  isSafeNavigation() {
    return (this.#flags & CallNodeFlags.SAFE_NAVIGATION) !== 0;
  }

  /**
   * True if this node has the VARIABLE_CALL flag.
   *
   * @returns {boolean}
   */
  isVariableCall() {
    return (this.#flags & CallNodeFlags.VARIABLE_CALL) !== 0;
  }

  /**
   * True if this node has the ATTRIBUTE_WRITE flag.
   *
   * @returns {boolean}
   */
  isAttributeWrite() {
    return (this.#flags & CallNodeFlags.ATTRIBUTE_WRITE) !== 0;
  }

  /**
   * True if this node has the IGNORE_VISIBILITY flag.
   *
   * @returns {boolean}
   */
  isIgnoreVisibility() {
    return (this.#flags & CallNodeFlags.IGNORE_VISIBILITY) !== 0;
  }

  /**
   * Accept a visitor for this node.
   *
   * @param {visitors.Visitor} visitor
   */
  accept(visitor) {
    visitor.visitCallOperatorWriteNode(this)
  }

  /**
   * Returns all child nodes of the current node.
   *
   * @returns {(Node | null)[]} An array of child nodes.
   */
  childNodes() {
    return [this.receiver, this.value]
  }

  /**
   * Compact and return an array of child nodes.
   *
   * @returns {Node[]} An array of compacted child nodes.
   */
  compactChildNodes() {
    const compact = [];

    if (this.receiver) {
      compact.push(this.receiver);
    }
    compact.push(this.value);


    return compact;
  }

  /**
   * Transforms the Node to a JavaScript object.
   *
   * @returns {Object}
   */
  toJSON() {
    return {
      type: "CallOperatorWriteNode",
      location: this.location,
      flags: this.#flags,
      receiver: this.receiver,
      callOperatorLoc: this.callOperatorLoc,
      messageLoc: this.messageLoc,
      readName: this.readName,
      writeName: this.writeName,
      binaryOperator: this.binaryOperator,
      binaryOperatorLoc: this.binaryOperatorLoc,
      value: this.value,
    };
  }
}

/**
 * Represents the use of the `||=` operator on a call.
 *
 *     foo.bar ||= value
 *     ^^^^^^^^^^^^^^^^^
 */
class CallOrWriteNode {
  /**
   * @type number
   */
  nodeID;

  /**
   * @type {Location}
   */
  location;

  /**
   * @type number
   */
  #flags;

  /**
   * @type Node | null
   */
  receiver;

  /**
   * @type Location | null
   */
  callOperatorLoc;

  /**
   * @type Location | null
   */
  messageLoc;

  /**
   * @type string
   */
  readName;

  /**
   * @type string
   */
  writeName;

  /**
   * @type Location
   */
  operatorLoc;

  /**
   * @type Node
   */
  value;

  /**
   * Construct a new CallOrWriteNode.
   *
   * @param {number} nodeID
   * @param {Location} location
   * @param {number} flags
   * @param {Node | null} receiver
   * @param {Location | null} callOperatorLoc
   * @param {Location | null} messageLoc
   * @param {string} readName
   * @param {string} writeName
   * @param {Location} operatorLoc
   * @param {Node} value
   */
  constructor(nodeID, location, flags, receiver, callOperatorLoc, messageLoc, readName, writeName, operatorLoc, value) {
    this.nodeID = nodeID;
    this.location = location;
    this.#flags = flags;
    this.receiver = receiver;
    this.callOperatorLoc = callOperatorLoc;
    this.messageLoc = messageLoc;
    this.readName = readName;
    this.writeName = writeName;
    this.operatorLoc = operatorLoc;
    this.value = value;
  }

  /**
   * True if this node has the SAFE_NAVIGATION flag.
   *
   * @returns {boolean}
   */
  isSafeNavigation() {
    return (this.#flags & CallNodeFlags.SAFE_NAVIGATION) !== 0;
  }

  /**
   * True if this node has the VARIABLE_CALL flag.
   *
   * @returns {boolean}
   */
  isVariableCall() {
    return (this.#flags & CallNodeFlags.VARIABLE_CALL) !== 0;
  }

  /**
   * True if this node has the ATTRIBUTE_WRITE flag.
   *
   * @returns {boolean}
   */
  isAttributeWrite() {
    return (this.#flags & CallNodeFlags.ATTRIBUTE_WRITE) !== 0;
  }

  /**
   * True if this node has the IGNORE_VISIBILITY flag.
   *
   * @returns {boolean}
   */
  isIgnoreVisibility() {
    return (this.#flags & CallNodeFlags.IGNORE_VISIBILITY) !== 0;
  }

  /**
   * Accept a visitor for this node.
   *
   * @param {visitors.Visitor} visitor
   */
  accept(visitor) {
    visitor.visitCallOrWriteNode(this)
  }

  /**
   * Returns all child nodes of the current node.
   *
   * @returns {(Node | null)[]} An array of child nodes.
   */
  childNodes() {
    return [this.receiver, this.value]
  }

  /**
   * Compact and return an array of child nodes.
   *
   * @returns {Node[]} An array of compacted child nodes.
   */
  compactChildNodes() {
    const compact = [];

    if (this.receiver) {
      compact.push(this.receiver);
    }
    compact.push(this.value);


    return compact;
  }

  /**
   * Transforms the Node to a JavaScript object.
   *
   * @returns {Object}
   */
  toJSON() {
    return {
      type: "CallOrWriteNode",
      location: this.location,
      flags: this.#flags,
      receiver: this.receiver,
      callOperatorLoc: this.callOperatorLoc,
      messageLoc: this.messageLoc,
      readName: this.readName,
      writeName: this.writeName,
      operatorLoc: this.operatorLoc,
      value: this.value,
    };
  }
}

/**
 * Represents assigning to a method call.
 *
 *     foo.bar, = 1
 *     ^^^^^^^
 *
 *     begin
 *     rescue => foo.bar
 *               ^^^^^^^
 *     end
 *
 *     for foo.bar in baz do end
 *         ^^^^^^^
 */
class CallTargetNode {
  /**
   * @type number
   */
  nodeID;

  /**
   * @type {Location}
   */
  location;

  /**
   * @type number
   */
  #flags;

  /**
   * @type Node
   */
  receiver;

  /**
   * @type Location
   */
  callOperatorLoc;

  /**
   * @type string
   */
  name;

  /**
   * @type Location
   */
  messageLoc;

  /**
   * Construct a new CallTargetNode.
   *
   * @param {number} nodeID
   * @param {Location} location
   * @param {number} flags
   * @param {Node} receiver
   * @param {Location} callOperatorLoc
   * @param {string} name
   * @param {Location} messageLoc
   */
  constructor(nodeID, location, flags, receiver, callOperatorLoc, name, messageLoc) {
    this.nodeID = nodeID;
    this.location = location;
    this.#flags = flags;
    this.receiver = receiver;
    this.callOperatorLoc = callOperatorLoc;
    this.name = name;
    this.messageLoc = messageLoc;
  }

  /**
   * True if this node has the SAFE_NAVIGATION flag.
   *
   * @returns {boolean}
   */
  isSafeNavigation() {
    return (this.#flags & CallNodeFlags.SAFE_NAVIGATION) !== 0;
  }

  /**
   * True if this node has the VARIABLE_CALL flag.
   *
   * @returns {boolean}
   */
  isVariableCall() {
    return (this.#flags & CallNodeFlags.VARIABLE_CALL) !== 0;
  }

  /**
   * True if this node has the ATTRIBUTE_WRITE flag.
   *
   * @returns {boolean}
   */
  isAttributeWrite() {
    return (this.#flags & CallNodeFlags.ATTRIBUTE_WRITE) !== 0;
  }

  /**
   * True if this node has the IGNORE_VISIBILITY flag.
   *
   * @returns {boolean}
   */
  isIgnoreVisibility() {
    return (this.#flags & CallNodeFlags.IGNORE_VISIBILITY) !== 0;
  }

  /**
   * Accept a visitor for this node.
   *
   * @param {visitors.Visitor} visitor
   */
  accept(visitor) {
    visitor.visitCallTargetNode(this)
  }

  /**
   * Returns all child nodes of the current node.
   *
   * @returns {(Node | null)[]} An array of child nodes.
   */
  childNodes() {
    return [this.receiver]
  }

  /**
   * Compact and return an array of child nodes.
   *
   * @returns {Node[]} An array of compacted child nodes.
   */
  compactChildNodes() {
    return [this.receiver];
  }

  /**
   * Transforms the Node to a JavaScript object.
   *
   * @returns {Object}
   */
  toJSON() {
    return {
      type: "CallTargetNode",
      location: this.location,
      flags: this.#flags,
      receiver: this.receiver,
      callOperatorLoc: this.callOperatorLoc,
      name: this.name,
      messageLoc: this.messageLoc,
    };
  }
}

/**
 * Represents assigning to a local variable in pattern matching.
 *
 *     foo => [bar => baz]
 *            ^^^^^^^^^^^^
 */
class CapturePatternNode {
  /**
   * @type number
   */
  nodeID;

  /**
   * @type {Location}
   */
  location;

  /**
   * @type number
   */
  #flags;

  /**
   * @type Node
   */
  value;

  /**
   * @type LocalVariableTargetNode
   */
  target;

  /**
   * @type Location
   */
  operatorLoc;

  /**
   * Construct a new CapturePatternNode.
   *
   * @param {number} nodeID
   * @param {Location} location
   * @param {number} flags
   * @param {Node} value
   * @param {LocalVariableTargetNode} target
   * @param {Location} operatorLoc
   */
  constructor(nodeID, location, flags, value, target, operatorLoc) {
    this.nodeID = nodeID;
    this.location = location;
    this.#flags = flags;
    this.value = value;
    this.target = target;
    this.operatorLoc = operatorLoc;
  }

  /**
   * Accept a visitor for this node.
   *
   * @param {visitors.Visitor} visitor
   */
  accept(visitor) {
    visitor.visitCapturePatternNode(this)
  }

  /**
   * Returns all child nodes of the current node.
   *
   * @returns {(Node | null)[]} An array of child nodes.
   */
  childNodes() {
    return [this.value, this.target]
  }

  /**
   * Compact and return an array of child nodes.
   *
   * @returns {Node[]} An array of compacted child nodes.
   */
  compactChildNodes() {
    return [this.value, this.target];
  }

  /**
   * Transforms the Node to a JavaScript object.
   *
   * @returns {Object}
   */
  toJSON() {
    return {
      type: "CapturePatternNode",
      location: this.location,
      flags: this.#flags,
      value: this.value,
      target: this.target,
      operatorLoc: this.operatorLoc,
    };
  }
}

/**
 * Represents the use of a case statement for pattern matching.
 *
 *     case true
 *     in false
 *     end
 *     ^^^^^^^^^
 */
class CaseMatchNode {
  /**
   * @type number
   */
  nodeID;

  /**
   * @type {Location}
   */
  location;

  /**
   * @type number
   */
  #flags;

  /**
   * @type Node | null
   */
  predicate;

  /**
   * @type Node[]
   */
  conditions;

  /**
   * @type ElseNode | null
   */
  elseClause;

  /**
   * @type Location
   */
  caseKeywordLoc;

  /**
   * @type Location
   */
  endKeywordLoc;

  /**
   * Construct a new CaseMatchNode.
   *
   * @param {number} nodeID
   * @param {Location} location
   * @param {number} flags
   * @param {Node | null} predicate
   * @param {Node[]} conditions
   * @param {ElseNode | null} elseClause
   * @param {Location} caseKeywordLoc
   * @param {Location} endKeywordLoc
   */
  constructor(nodeID, location, flags, predicate, conditions, elseClause, caseKeywordLoc, endKeywordLoc) {
    this.nodeID = nodeID;
    this.location = location;
    this.#flags = flags;
    this.predicate = predicate;
    this.conditions = conditions;
    this.elseClause = elseClause;
    this.caseKeywordLoc = caseKeywordLoc;
    this.endKeywordLoc = endKeywordLoc;
  }

  /**
   * Accept a visitor for this node.
   *
   * @param {visitors.Visitor} visitor
   */
  accept(visitor) {
    visitor.visitCaseMatchNode(this)
  }

  /**
   * Returns all child nodes of the current node.
   *
   * @returns {(Node | null)[]} An array of child nodes.
   */
  childNodes() {
    return [this.predicate, ...this.conditions, this.elseClause]
  }

  /**
   * Compact and return an array of child nodes.
   *
   * @returns {Node[]} An array of compacted child nodes.
   */
  compactChildNodes() {
    const compact = [];

    if (this.predicate) {
      compact.push(this.predicate);
    }
    compact.concat(this.conditions);
    if (this.elseClause) {
      compact.push(this.elseClause);
    }

    return compact;
  }

  /**
   * Transforms the Node to a JavaScript object.
   *
   * @returns {Object}
   */
  toJSON() {
    return {
      type: "CaseMatchNode",
      location: this.location,
      flags: this.#flags,
      predicate: this.predicate,
      conditions: this.conditions,
      elseClause: this.elseClause,
      caseKeywordLoc: this.caseKeywordLoc,
      endKeywordLoc: this.endKeywordLoc,
    };
  }
}

/**
 * Represents the use of a case statement.
 *
 *     case true
 *     when false
 *     end
 *     ^^^^^^^^^^
 */
class CaseNode {
  /**
   * @type number
   */
  nodeID;

  /**
   * @type {Location}
   */
  location;

  /**
   * @type number
   */
  #flags;

  /**
   * @type Node | null
   */
  predicate;

  /**
   * @type Node[]
   */
  conditions;

  /**
   * @type ElseNode | null
   */
  elseClause;

  /**
   * @type Location
   */
  caseKeywordLoc;

  /**
   * @type Location
   */
  endKeywordLoc;

  /**
   * Construct a new CaseNode.
   *
   * @param {number} nodeID
   * @param {Location} location
   * @param {number} flags
   * @param {Node | null} predicate
   * @param {Node[]} conditions
   * @param {ElseNode | null} elseClause
   * @param {Location} caseKeywordLoc
   * @param {Location} endKeywordLoc
   */
  constructor(nodeID, location, flags, predicate, conditions, elseClause, caseKeywordLoc, endKeywordLoc) {
    this.nodeID = nodeID;
    this.location = location;
    this.#flags = flags;
    this.predicate = predicate;
    this.conditions = conditions;
    this.elseClause = elseClause;
    this.caseKeywordLoc = caseKeywordLoc;
    this.endKeywordLoc = endKeywordLoc;
  }

  /**
   * Accept a visitor for this node.
   *
   * @param {visitors.Visitor} visitor
   */
  accept(visitor) {
    visitor.visitCaseNode(this)
  }

  /**
   * Returns all child nodes of the current node.
   *
   * @returns {(Node | null)[]} An array of child nodes.
   */
  childNodes() {
    return [this.predicate, ...this.conditions, this.elseClause]
  }

  /**
   * Compact and return an array of child nodes.
   *
   * @returns {Node[]} An array of compacted child nodes.
   */
  compactChildNodes() {
    const compact = [];

    if (this.predicate) {
      compact.push(this.predicate);
    }
    compact.concat(this.conditions);
    if (this.elseClause) {
      compact.push(this.elseClause);
    }

    return compact;
  }

  /**
   * Transforms the Node to a JavaScript object.
   *
   * @returns {Object}
   */
  toJSON() {
    return {
      type: "CaseNode",
      location: this.location,
      flags: this.#flags,
      predicate: this.predicate,
      conditions: this.conditions,
      elseClause: this.elseClause,
      caseKeywordLoc: this.caseKeywordLoc,
      endKeywordLoc: this.endKeywordLoc,
    };
  }
}

/**
 * Represents a class declaration involving the `class` keyword.
 *
 *     class Foo end
 *     ^^^^^^^^^^^^^
 */
class ClassNode {
  /**
   * @type number
   */
  nodeID;

  /**
   * @type {Location}
   */
  location;

  /**
   * @type number
   */
  #flags;

  /**
   * @type string[]
   */
  locals;

  /**
   * @type Location
   */
  classKeywordLoc;

  /**
   * @type Node
   */
  constantPath;

  /**
   * @type Location | null
   */
  inheritanceOperatorLoc;

  /**
   * @type Node | null
   */
  superclass;

  /**
   * @type Node | null
   */
  body;

  /**
   * @type Location
   */
  endKeywordLoc;

  /**
   * @type string
   */
  name;

  /**
   * Construct a new ClassNode.
   *
   * @param {number} nodeID
   * @param {Location} location
   * @param {number} flags
   * @param {string[]} locals
   * @param {Location} classKeywordLoc
   * @param {Node} constantPath
   * @param {Location | null} inheritanceOperatorLoc
   * @param {Node | null} superclass
   * @param {Node | null} body
   * @param {Location} endKeywordLoc
   * @param {string} name
   */
  constructor(nodeID, location, flags, locals, classKeywordLoc, constantPath, inheritanceOperatorLoc, superclass, body, endKeywordLoc, name) {
    this.nodeID = nodeID;
    this.location = location;
    this.#flags = flags;
    this.locals = locals;
    this.classKeywordLoc = classKeywordLoc;
    this.constantPath = constantPath;
    this.inheritanceOperatorLoc = inheritanceOperatorLoc;
    this.superclass = superclass;
    this.body = body;
    this.endKeywordLoc = endKeywordLoc;
    this.name = name;
  }

  /**
   * Accept a visitor for this node.
   *
   * @param {visitors.Visitor} visitor
   */
  accept(visitor) {
    visitor.visitClassNode(this)
  }

  /**
   * Returns all child nodes of the current node.
   *
   * @returns {(Node | null)[]} An array of child nodes.
   */
  childNodes() {
    return [this.constantPath, this.superclass, this.body]
  }

  /**
   * Compact and return an array of child nodes.
   *
   * @returns {Node[]} An array of compacted child nodes.
   */
  compactChildNodes() {
    const compact = [];

    compact.push(this.constantPath);

    if (this.superclass) {
      compact.push(this.superclass);
    }
    if (this.body) {
      compact.push(this.body);
    }

    return compact;
  }

  /**
   * Transforms the Node to a JavaScript object.
   *
   * @returns {Object}
   */
  toJSON() {
    return {
      type: "ClassNode",
      location: this.location,
      flags: this.#flags,
      locals: this.locals,
      classKeywordLoc: this.classKeywordLoc,
      constantPath: this.constantPath,
      inheritanceOperatorLoc: this.inheritanceOperatorLoc,
      superclass: this.superclass,
      body: this.body,
      endKeywordLoc: this.endKeywordLoc,
      name: this.name,
    };
  }
}

/**
 * Represents the use of the `&&=` operator for assignment to a class variable.
 *
 *     @@target &&= value
 *     ^^^^^^^^^^^^^^^^^^
 */
class ClassVariableAndWriteNode {
  /**
   * @type number
   */
  nodeID;

  /**
   * @type {Location}
   */
  location;

  /**
   * @type number
   */
  #flags;

  /**
   * @type string
   */
  name;

  /**
   * @type Location
   */
  nameLoc;

  /**
   * @type Location
   */
  operatorLoc;

  /**
   * @type Node
   */
  value;

  /**
   * Construct a new ClassVariableAndWriteNode.
   *
   * @param {number} nodeID
   * @param {Location} location
   * @param {number} flags
   * @param {string} name
   * @param {Location} nameLoc
   * @param {Location} operatorLoc
   * @param {Node} value
   */
  constructor(nodeID, location, flags, name, nameLoc, operatorLoc, value) {
    this.nodeID = nodeID;
    this.location = location;
    this.#flags = flags;
    this.name = name;
    this.nameLoc = nameLoc;
    this.operatorLoc = operatorLoc;
    this.value = value;
  }

  /**
   * Accept a visitor for this node.
   *
   * @param {visitors.Visitor} visitor
   */
  accept(visitor) {
    visitor.visitClassVariableAndWriteNode(this)
  }

  /**
   * Returns all child nodes of the current node.
   *
   * @returns {(Node | null)[]} An array of child nodes.
   */
  childNodes() {
    return [this.value]
  }

  /**
   * Compact and return an array of child nodes.
   *
   * @returns {Node[]} An array of compacted child nodes.
   */
  compactChildNodes() {
    return [this.value];
  }

  /**
   * Transforms the Node to a JavaScript object.
   *
   * @returns {Object}
   */
  toJSON() {
    return {
      type: "ClassVariableAndWriteNode",
      location: this.location,
      flags: this.#flags,
      name: this.name,
      nameLoc: this.nameLoc,
      operatorLoc: this.operatorLoc,
      value: this.value,
    };
  }
}

/**
 * Represents assigning to a class variable using an operator that isn't `=`.
 *
 *     @@target += value
 *     ^^^^^^^^^^^^^^^^^
 */
class ClassVariableOperatorWriteNode {
  /**
   * @type number
   */
  nodeID;

  /**
   * @type {Location}
   */
  location;

  /**
   * @type number
   */
  #flags;

  /**
   * @type string
   */
  name;

  /**
   * @type Location
   */
  nameLoc;

  /**
   * @type Location
   */
  binaryOperatorLoc;

  /**
   * @type Node
   */
  value;

  /**
   * @type string
   */
  binaryOperator;

  /**
   * Construct a new ClassVariableOperatorWriteNode.
   *
   * @param {number} nodeID
   * @param {Location} location
   * @param {number} flags
   * @param {string} name
   * @param {Location} nameLoc
   * @param {Location} binaryOperatorLoc
   * @param {Node} value
   * @param {string} binaryOperator
   */
  constructor(nodeID, location, flags, name, nameLoc, binaryOperatorLoc, value, binaryOperator) {
    this.nodeID = nodeID;
    this.location = location;
    this.#flags = flags;
    this.name = name;
    this.nameLoc = nameLoc;
    this.binaryOperatorLoc = binaryOperatorLoc;
    this.value = value;
    this.binaryOperator = binaryOperator;
  }

  /**
   * Accept a visitor for this node.
   *
   * @param {visitors.Visitor} visitor
   */
  accept(visitor) {
    visitor.visitClassVariableOperatorWriteNode(this)
  }

  /**
   * Returns all child nodes of the current node.
   *
   * @returns {(Node | null)[]} An array of child nodes.
   */
  childNodes() {
    return [this.value]
  }

  /**
   * Compact and return an array of child nodes.
   *
   * @returns {Node[]} An array of compacted child nodes.
   */
  compactChildNodes() {
    return [this.value];
  }

  /**
   * Transforms the Node to a JavaScript object.
   *
   * @returns {Object}
   */
  toJSON() {
    return {
      type: "ClassVariableOperatorWriteNode",
      location: this.location,
      flags: this.#flags,
      name: this.name,
      nameLoc: this.nameLoc,
      binaryOperatorLoc: this.binaryOperatorLoc,
      value: this.value,
      binaryOperator: this.binaryOperator,
    };
  }
}

/**
 * Represents the use of the `||=` operator for assignment to a class variable.
 *
 *     @@target ||= value
 *     ^^^^^^^^^^^^^^^^^^
 */
class ClassVariableOrWriteNode {
  /**
   * @type number
   */
  nodeID;

  /**
   * @type {Location}
   */
  location;

  /**
   * @type number
   */
  #flags;

  /**
   * @type string
   */
  name;

  /**
   * @type Location
   */
  nameLoc;

  /**
   * @type Location
   */
  operatorLoc;

  /**
   * @type Node
   */
  value;

  /**
   * Construct a new ClassVariableOrWriteNode.
   *
   * @param {number} nodeID
   * @param {Location} location
   * @param {number} flags
   * @param {string} name
   * @param {Location} nameLoc
   * @param {Location} operatorLoc
   * @param {Node} value
   */
  constructor(nodeID, location, flags, name, nameLoc, operatorLoc, value) {
    this.nodeID = nodeID;
    this.location = location;
    this.#flags = flags;
    this.name = name;
    this.nameLoc = nameLoc;
    this.operatorLoc = operatorLoc;
    this.value = value;
  }

  /**
   * Accept a visitor for this node.
   *
   * @param {visitors.Visitor} visitor
   */
  accept(visitor) {
    visitor.visitClassVariableOrWriteNode(this)
  }

  /**
   * Returns all child nodes of the current node.
   *
   * @returns {(Node | null)[]} An array of child nodes.
   */
  childNodes() {
    return [this.value]
  }

  /**
   * Compact and return an array of child nodes.
   *
   * @returns {Node[]} An array of compacted child nodes.
   */
  compactChildNodes() {
    return [this.value];
  }

  /**
   * Transforms the Node to a JavaScript object.
   *
   * @returns {Object}
   */
  toJSON() {
    return {
      type: "ClassVariableOrWriteNode",
      location: this.location,
      flags: this.#flags,
      name: this.name,
      nameLoc: this.nameLoc,
      operatorLoc: this.operatorLoc,
      value: this.value,
    };
  }
}

/**
 * Represents referencing a class variable.
 *
 *     @@foo
 *     ^^^^^
 */
class ClassVariableReadNode {
  /**
   * @type number
   */
  nodeID;

  /**
   * @type {Location}
   */
  location;

  /**
   * @type number
   */
  #flags;

  /**
   * @type string
   */
  name;

  /**
   * Construct a new ClassVariableReadNode.
   *
   * @param {number} nodeID
   * @param {Location} location
   * @param {number} flags
   * @param {string} name
   */
  constructor(nodeID, location, flags, name) {
    this.nodeID = nodeID;
    this.location = location;
    this.#flags = flags;
    this.name = name;
  }

  /**
   * Accept a visitor for this node.
   *
   * @param {visitors.Visitor} visitor
   */
  accept(visitor) {
    visitor.visitClassVariableReadNode(this)
  }

  /**
   * Returns all child nodes of the current node.
   *
   * @returns {(Node | null)[]} An array of child nodes.
   */
  childNodes() {
    return []
  }

  /**
   * Compact and return an array of child nodes.
   *
   * @returns {Node[]} An array of compacted child nodes.
   */
  compactChildNodes() {
    return [];
  }

  /**
   * Transforms the Node to a JavaScript object.
   *
   * @returns {Object}
   */
  toJSON() {
    return {
      type: "ClassVariableReadNode",
      location: this.location,
      flags: this.#flags,
      name: this.name,
    };
  }
}

/**
 * Represents writing to a class variable in a context that doesn't have an explicit value.
 *
 *     @@foo, @@bar = baz
 *     ^^^^^  ^^^^^
 */
class ClassVariableTargetNode {
  /**
   * @type number
   */
  nodeID;

  /**
   * @type {Location}
   */
  location;

  /**
   * @type number
   */
  #flags;

  /**
   * @type string
   */
  name;

  /**
   * Construct a new ClassVariableTargetNode.
   *
   * @param {number} nodeID
   * @param {Location} location
   * @param {number} flags
   * @param {string} name
   */
  constructor(nodeID, location, flags, name) {
    this.nodeID = nodeID;
    this.location = location;
    this.#flags = flags;
    this.name = name;
  }

  /**
   * Accept a visitor for this node.
   *
   * @param {visitors.Visitor} visitor
   */
  accept(visitor) {
    visitor.visitClassVariableTargetNode(this)
  }

  /**
   * Returns all child nodes of the current node.
   *
   * @returns {(Node | null)[]} An array of child nodes.
   */
  childNodes() {
    return []
  }

  /**
   * Compact and return an array of child nodes.
   *
   * @returns {Node[]} An array of compacted child nodes.
   */
  compactChildNodes() {
    return [];
  }

  /**
   * Transforms the Node to a JavaScript object.
   *
   * @returns {Object}
   */
  toJSON() {
    return {
      type: "ClassVariableTargetNode",
      location: this.location,
      flags: this.#flags,
      name: this.name,
    };
  }
}

/**
 * Represents writing to a class variable.
 *
 *     @@foo = 1
 *     ^^^^^^^^^
 */
class ClassVariableWriteNode {
  /**
   * @type number
   */
  nodeID;

  /**
   * @type {Location}
   */
  location;

  /**
   * @type number
   */
  #flags;

  /**
   * @type string
   */
  name;

  /**
   * @type Location
   */
  nameLoc;

  /**
   * @type Node
   */
  value;

  /**
   * @type Location
   */
  operatorLoc;

  /**
   * Construct a new ClassVariableWriteNode.
   *
   * @param {number} nodeID
   * @param {Location} location
   * @param {number} flags
   * @param {string} name
   * @param {Location} nameLoc
   * @param {Node} value
   * @param {Location} operatorLoc
   */
  constructor(nodeID, location, flags, name, nameLoc, value, operatorLoc) {
    this.nodeID = nodeID;
    this.location = location;
    this.#flags = flags;
    this.name = name;
    this.nameLoc = nameLoc;
    this.value = value;
    this.operatorLoc = operatorLoc;
  }

  /**
   * Accept a visitor for this node.
   *
   * @param {visitors.Visitor} visitor
   */
  accept(visitor) {
    visitor.visitClassVariableWriteNode(this)
  }

  /**
   * Returns all child nodes of the current node.
   *
   * @returns {(Node | null)[]} An array of child nodes.
   */
  childNodes() {
    return [this.value]
  }

  /**
   * Compact and return an array of child nodes.
   *
   * @returns {Node[]} An array of compacted child nodes.
   */
  compactChildNodes() {
    return [this.value];
  }

  /**
   * Transforms the Node to a JavaScript object.
   *
   * @returns {Object}
   */
  toJSON() {
    return {
      type: "ClassVariableWriteNode",
      location: this.location,
      flags: this.#flags,
      name: this.name,
      nameLoc: this.nameLoc,
      value: this.value,
      operatorLoc: this.operatorLoc,
    };
  }
}

/**
 * Represents the use of the `&&=` operator for assignment to a constant.
 *
 *     Target &&= value
 *     ^^^^^^^^^^^^^^^^
 */
class ConstantAndWriteNode {
  /**
   * @type number
   */
  nodeID;

  /**
   * @type {Location}
   */
  location;

  /**
   * @type number
   */
  #flags;

  /**
   * @type string
   */
  name;

  /**
   * @type Location
   */
  nameLoc;

  /**
   * @type Location
   */
  operatorLoc;

  /**
   * @type Node
   */
  value;

  /**
   * Construct a new ConstantAndWriteNode.
   *
   * @param {number} nodeID
   * @param {Location} location
   * @param {number} flags
   * @param {string} name
   * @param {Location} nameLoc
   * @param {Location} operatorLoc
   * @param {Node} value
   */
  constructor(nodeID, location, flags, name, nameLoc, operatorLoc, value) {
    this.nodeID = nodeID;
    this.location = location;
    this.#flags = flags;
    this.name = name;
    this.nameLoc = nameLoc;
    this.operatorLoc = operatorLoc;
    this.value = value;
  }

  /**
   * Accept a visitor for this node.
   *
   * @param {visitors.Visitor} visitor
   */
  accept(visitor) {
    visitor.visitConstantAndWriteNode(this)
  }

  /**
   * Returns all child nodes of the current node.
   *
   * @returns {(Node | null)[]} An array of child nodes.
   */
  childNodes() {
    return [this.value]
  }

  /**
   * Compact and return an array of child nodes.
   *
   * @returns {Node[]} An array of compacted child nodes.
   */
  compactChildNodes() {
    return [this.value];
  }

  /**
   * Transforms the Node to a JavaScript object.
   *
   * @returns {Object}
   */
  toJSON() {
    return {
      type: "ConstantAndWriteNode",
      location: this.location,
      flags: this.#flags,
      name: this.name,
      nameLoc: this.nameLoc,
      operatorLoc: this.operatorLoc,
      value: this.value,
    };
  }
}

/**
 * Represents assigning to a constant using an operator that isn't `=`.
 *
 *     Target += value
 *     ^^^^^^^^^^^^^^^
 */
class ConstantOperatorWriteNode {
  /**
   * @type number
   */
  nodeID;

  /**
   * @type {Location}
   */
  location;

  /**
   * @type number
   */
  #flags;

  /**
   * @type string
   */
  name;

  /**
   * @type Location
   */
  nameLoc;

  /**
   * @type Location
   */
  binaryOperatorLoc;

  /**
   * @type Node
   */
  value;

  /**
   * @type string
   */
  binaryOperator;

  /**
   * Construct a new ConstantOperatorWriteNode.
   *
   * @param {number} nodeID
   * @param {Location} location
   * @param {number} flags
   * @param {string} name
   * @param {Location} nameLoc
   * @param {Location} binaryOperatorLoc
   * @param {Node} value
   * @param {string} binaryOperator
   */
  constructor(nodeID, location, flags, name, nameLoc, binaryOperatorLoc, value, binaryOperator) {
    this.nodeID = nodeID;
    this.location = location;
    this.#flags = flags;
    this.name = name;
    this.nameLoc = nameLoc;
    this.binaryOperatorLoc = binaryOperatorLoc;
    this.value = value;
    this.binaryOperator = binaryOperator;
  }

  /**
   * Accept a visitor for this node.
   *
   * @param {visitors.Visitor} visitor
   */
  accept(visitor) {
    visitor.visitConstantOperatorWriteNode(this)
  }

  /**
   * Returns all child nodes of the current node.
   *
   * @returns {(Node | null)[]} An array of child nodes.
   */
  childNodes() {
    return [this.value]
  }

  /**
   * Compact and return an array of child nodes.
   *
   * @returns {Node[]} An array of compacted child nodes.
   */
  compactChildNodes() {
    return [this.value];
  }

  /**
   * Transforms the Node to a JavaScript object.
   *
   * @returns {Object}
   */
  toJSON() {
    return {
      type: "ConstantOperatorWriteNode",
      location: this.location,
      flags: this.#flags,
      name: this.name,
      nameLoc: this.nameLoc,
      binaryOperatorLoc: this.binaryOperatorLoc,
      value: this.value,
      binaryOperator: this.binaryOperator,
    };
  }
}

/**
 * Represents the use of the `||=` operator for assignment to a constant.
 *
 *     Target ||= value
 *     ^^^^^^^^^^^^^^^^
 */
class ConstantOrWriteNode {
  /**
   * @type number
   */
  nodeID;

  /**
   * @type {Location}
   */
  location;

  /**
   * @type number
   */
  #flags;

  /**
   * @type string
   */
  name;

  /**
   * @type Location
   */
  nameLoc;

  /**
   * @type Location
   */
  operatorLoc;

  /**
   * @type Node
   */
  value;

  /**
   * Construct a new ConstantOrWriteNode.
   *
   * @param {number} nodeID
   * @param {Location} location
   * @param {number} flags
   * @param {string} name
   * @param {Location} nameLoc
   * @param {Location} operatorLoc
   * @param {Node} value
   */
  constructor(nodeID, location, flags, name, nameLoc, operatorLoc, value) {
    this.nodeID = nodeID;
    this.location = location;
    this.#flags = flags;
    this.name = name;
    this.nameLoc = nameLoc;
    this.operatorLoc = operatorLoc;
    this.value = value;
  }

  /**
   * Accept a visitor for this node.
   *
   * @param {visitors.Visitor} visitor
   */
  accept(visitor) {
    visitor.visitConstantOrWriteNode(this)
  }

  /**
   * Returns all child nodes of the current node.
   *
   * @returns {(Node | null)[]} An array of child nodes.
   */
  childNodes() {
    return [this.value]
  }

  /**
   * Compact and return an array of child nodes.
   *
   * @returns {Node[]} An array of compacted child nodes.
   */
  compactChildNodes() {
    return [this.value];
  }

  /**
   * Transforms the Node to a JavaScript object.
   *
   * @returns {Object}
   */
  toJSON() {
    return {
      type: "ConstantOrWriteNode",
      location: this.location,
      flags: this.#flags,
      name: this.name,
      nameLoc: this.nameLoc,
      operatorLoc: this.operatorLoc,
      value: this.value,
    };
  }
}

/**
 * Represents the use of the `&&=` operator for assignment to a constant path.
 *
 *     Parent::Child &&= value
 *     ^^^^^^^^^^^^^^^^^^^^^^^
 */
class ConstantPathAndWriteNode {
  /**
   * @type number
   */
  nodeID;

  /**
   * @type {Location}
   */
  location;

  /**
   * @type number
   */
  #flags;

  /**
   * @type ConstantPathNode
   */
  target;

  /**
   * @type Location
   */
  operatorLoc;

  /**
   * @type Node
   */
  value;

  /**
   * Construct a new ConstantPathAndWriteNode.
   *
   * @param {number} nodeID
   * @param {Location} location
   * @param {number} flags
   * @param {ConstantPathNode} target
   * @param {Location} operatorLoc
   * @param {Node} value
   */
  constructor(nodeID, location, flags, target, operatorLoc, value) {
    this.nodeID = nodeID;
    this.location = location;
    this.#flags = flags;
    this.target = target;
    this.operatorLoc = operatorLoc;
    this.value = value;
  }

  /**
   * Accept a visitor for this node.
   *
   * @param {visitors.Visitor} visitor
   */
  accept(visitor) {
    visitor.visitConstantPathAndWriteNode(this)
  }

  /**
   * Returns all child nodes of the current node.
   *
   * @returns {(Node | null)[]} An array of child nodes.
   */
  childNodes() {
    return [this.target, this.value]
  }

  /**
   * Compact and return an array of child nodes.
   *
   * @returns {Node[]} An array of compacted child nodes.
   */
  compactChildNodes() {
    return [this.target, this.value];
  }

  /**
   * Transforms the Node to a JavaScript object.
   *
   * @returns {Object}
   */
  toJSON() {
    return {
      type: "ConstantPathAndWriteNode",
      location: this.location,
      flags: this.#flags,
      target: this.target,
      operatorLoc: this.operatorLoc,
      value: this.value,
    };
  }
}

/**
 * Represents accessing a constant through a path of `::` operators.
 *
 *     Foo::Bar
 *     ^^^^^^^^
 */
class ConstantPathNode {
  /**
   * @type number
   */
  nodeID;

  /**
   * @type {Location}
   */
  location;

  /**
   * @type number
   */
  #flags;

  /**
   * @type Node | null
   */
  parent;

  /**
   * @type string | null
   */
  name;

  /**
   * @type Location
   */
  delimiterLoc;

  /**
   * @type Location
   */
  nameLoc;

  /**
   * Construct a new ConstantPathNode.
   *
   * @param {number} nodeID
   * @param {Location} location
   * @param {number} flags
   * @param {Node | null} parent
   * @param {string | null} name
   * @param {Location} delimiterLoc
   * @param {Location} nameLoc
   */
  constructor(nodeID, location, flags, parent, name, delimiterLoc, nameLoc) {
    this.nodeID = nodeID;
    this.location = location;
    this.#flags = flags;
    this.parent = parent;
    this.name = name;
    this.delimiterLoc = delimiterLoc;
    this.nameLoc = nameLoc;
  }

  /**
   * Accept a visitor for this node.
   *
   * @param {visitors.Visitor} visitor
   */
  accept(visitor) {
    visitor.visitConstantPathNode(this)
  }

  /**
   * Returns all child nodes of the current node.
   *
   * @returns {(Node | null)[]} An array of child nodes.
   */
  childNodes() {
    return [this.parent]
  }

  /**
   * Compact and return an array of child nodes.
   *
   * @returns {Node[]} An array of compacted child nodes.
   */
  compactChildNodes() {
    const compact = [];

    if (this.parent) {
      compact.push(this.parent);
    }

    return compact;
  }

  /**
   * Transforms the Node to a JavaScript object.
   *
   * @returns {Object}
   */
  toJSON() {
    return {
      type: "ConstantPathNode",
      location: this.location,
      flags: this.#flags,
      parent: this.parent,
      name: this.name,
      delimiterLoc: this.delimiterLoc,
      nameLoc: this.nameLoc,
    };
  }
}

/**
 * Represents assigning to a constant path using an operator that isn't `=`.
 *
 *     Parent::Child += value
 *     ^^^^^^^^^^^^^^^^^^^^^^
 */
class ConstantPathOperatorWriteNode {
  /**
   * @type number
   */
  nodeID;

  /**
   * @type {Location}
   */
  location;

  /**
   * @type number
   */
  #flags;

  /**
   * @type ConstantPathNode
   */
  target;

  /**
   * @type Location
   */
  binaryOperatorLoc;

  /**
   * @type Node
   */
  value;

  /**
   * @type string
   */
  binaryOperator;

  /**
   * Construct a new ConstantPathOperatorWriteNode.
   *
   * @param {number} nodeID
   * @param {Location} location
   * @param {number} flags
   * @param {ConstantPathNode} target
   * @param {Location} binaryOperatorLoc
   * @param {Node} value
   * @param {string} binaryOperator
   */
  constructor(nodeID, location, flags, target, binaryOperatorLoc, value, binaryOperator) {
    this.nodeID = nodeID;
    this.location = location;
    this.#flags = flags;
    this.target = target;
    this.binaryOperatorLoc = binaryOperatorLoc;
    this.value = value;
    this.binaryOperator = binaryOperator;
  }

  /**
   * Accept a visitor for this node.
   *
   * @param {visitors.Visitor} visitor
   */
  accept(visitor) {
    visitor.visitConstantPathOperatorWriteNode(this)
  }

  /**
   * Returns all child nodes of the current node.
   *
   * @returns {(Node | null)[]} An array of child nodes.
   */
  childNodes() {
    return [this.target, this.value]
  }

  /**
   * Compact and return an array of child nodes.
   *
   * @returns {Node[]} An array of compacted child nodes.
   */
  compactChildNodes() {
    return [this.target, this.value];
  }

  /**
   * Transforms the Node to a JavaScript object.
   *
   * @returns {Object}
   */
  toJSON() {
    return {
      type: "ConstantPathOperatorWriteNode",
      location: this.location,
      flags: this.#flags,
      target: this.target,
      binaryOperatorLoc: this.binaryOperatorLoc,
      value: this.value,
      binaryOperator: this.binaryOperator,
    };
  }
}

/**
 * Represents the use of the `||=` operator for assignment to a constant path.
 *
 *     Parent::Child ||= value
 *     ^^^^^^^^^^^^^^^^^^^^^^^
 */
class ConstantPathOrWriteNode {
  /**
   * @type number
   */
  nodeID;

  /**
   * @type {Location}
   */
  location;

  /**
   * @type number
   */
  #flags;

  /**
   * @type ConstantPathNode
   */
  target;

  /**
   * @type Location
   */
  operatorLoc;

  /**
   * @type Node
   */
  value;

  /**
   * Construct a new ConstantPathOrWriteNode.
   *
   * @param {number} nodeID
   * @param {Location} location
   * @param {number} flags
   * @param {ConstantPathNode} target
   * @param {Location} operatorLoc
   * @param {Node} value
   */
  constructor(nodeID, location, flags, target, operatorLoc, value) {
    this.nodeID = nodeID;
    this.location = location;
    this.#flags = flags;
    this.target = target;
    this.operatorLoc = operatorLoc;
    this.value = value;
  }

  /**
   * Accept a visitor for this node.
   *
   * @param {visitors.Visitor} visitor
   */
  accept(visitor) {
    visitor.visitConstantPathOrWriteNode(this)
  }

  /**
   * Returns all child nodes of the current node.
   *
   * @returns {(Node | null)[]} An array of child nodes.
   */
  childNodes() {
    return [this.target, this.value]
  }

  /**
   * Compact and return an array of child nodes.
   *
   * @returns {Node[]} An array of compacted child nodes.
   */
  compactChildNodes() {
    return [this.target, this.value];
  }

  /**
   * Transforms the Node to a JavaScript object.
   *
   * @returns {Object}
   */
  toJSON() {
    return {
      type: "ConstantPathOrWriteNode",
      location: this.location,
      flags: this.#flags,
      target: this.target,
      operatorLoc: this.operatorLoc,
      value: this.value,
    };
  }
}

/**
 * Represents writing to a constant path in a context that doesn't have an explicit value.
 *
 *     Foo::Foo, Bar::Bar = baz
 *     ^^^^^^^^  ^^^^^^^^
 */
class ConstantPathTargetNode {
  /**
   * @type number
   */
  nodeID;

  /**
   * @type {Location}
   */
  location;

  /**
   * @type number
   */
  #flags;

  /**
   * @type Node | null
   */
  parent;

  /**
   * @type string | null
   */
  name;

  /**
   * @type Location
   */
  delimiterLoc;

  /**
   * @type Location
   */
  nameLoc;

  /**
   * Construct a new ConstantPathTargetNode.
   *
   * @param {number} nodeID
   * @param {Location} location
   * @param {number} flags
   * @param {Node | null} parent
   * @param {string | null} name
   * @param {Location} delimiterLoc
   * @param {Location} nameLoc
   */
  constructor(nodeID, location, flags, parent, name, delimiterLoc, nameLoc) {
    this.nodeID = nodeID;
    this.location = location;
    this.#flags = flags;
    this.parent = parent;
    this.name = name;
    this.delimiterLoc = delimiterLoc;
    this.nameLoc = nameLoc;
  }

  /**
   * Accept a visitor for this node.
   *
   * @param {visitors.Visitor} visitor
   */
  accept(visitor) {
    visitor.visitConstantPathTargetNode(this)
  }

  /**
   * Returns all child nodes of the current node.
   *
   * @returns {(Node | null)[]} An array of child nodes.
   */
  childNodes() {
    return [this.parent]
  }

  /**
   * Compact and return an array of child nodes.
   *
   * @returns {Node[]} An array of compacted child nodes.
   */
  compactChildNodes() {
    const compact = [];

    if (this.parent) {
      compact.push(this.parent);
    }

    return compact;
  }

  /**
   * Transforms the Node to a JavaScript object.
   *
   * @returns {Object}
   */
  toJSON() {
    return {
      type: "ConstantPathTargetNode",
      location: this.location,
      flags: this.#flags,
      parent: this.parent,
      name: this.name,
      delimiterLoc: this.delimiterLoc,
      nameLoc: this.nameLoc,
    };
  }
}

/**
 * Represents writing to a constant path.
 *
 *     ::Foo = 1
 *     ^^^^^^^^^
 *
 *     Foo::Bar = 1
 *     ^^^^^^^^^^^^
 *
 *     ::Foo::Bar = 1
 *     ^^^^^^^^^^^^^^
 */
class ConstantPathWriteNode {
  /**
   * @type number
   */
  nodeID;

  /**
   * @type {Location}
   */
  location;

  /**
   * @type number
   */
  #flags;

  /**
   * @type ConstantPathNode
   */
  target;

  /**
   * @type Location
   */
  operatorLoc;

  /**
   * @type Node
   */
  value;

  /**
   * Construct a new ConstantPathWriteNode.
   *
   * @param {number} nodeID
   * @param {Location} location
   * @param {number} flags
   * @param {ConstantPathNode} target
   * @param {Location} operatorLoc
   * @param {Node} value
   */
  constructor(nodeID, location, flags, target, operatorLoc, value) {
    this.nodeID = nodeID;
    this.location = location;
    this.#flags = flags;
    this.target = target;
    this.operatorLoc = operatorLoc;
    this.value = value;
  }

  /**
   * Accept a visitor for this node.
   *
   * @param {visitors.Visitor} visitor
   */
  accept(visitor) {
    visitor.visitConstantPathWriteNode(this)
  }

  /**
   * Returns all child nodes of the current node.
   *
   * @returns {(Node | null)[]} An array of child nodes.
   */
  childNodes() {
    return [this.target, this.value]
  }

  /**
   * Compact and return an array of child nodes.
   *
   * @returns {Node[]} An array of compacted child nodes.
   */
  compactChildNodes() {
    return [this.target, this.value];
  }

  /**
   * Transforms the Node to a JavaScript object.
   *
   * @returns {Object}
   */
  toJSON() {
    return {
      type: "ConstantPathWriteNode",
      location: this.location,
      flags: this.#flags,
      target: this.target,
      operatorLoc: this.operatorLoc,
      value: this.value,
    };
  }
}

/**
 * Represents referencing a constant.
 *
 *     Foo
 *     ^^^
 */
class ConstantReadNode {
  /**
   * @type number
   */
  nodeID;

  /**
   * @type {Location}
   */
  location;

  /**
   * @type number
   */
  #flags;

  /**
   * @type string
   */
  name;

  /**
   * Construct a new ConstantReadNode.
   *
   * @param {number} nodeID
   * @param {Location} location
   * @param {number} flags
   * @param {string} name
   */
  constructor(nodeID, location, flags, name) {
    this.nodeID = nodeID;
    this.location = location;
    this.#flags = flags;
    this.name = name;
  }

  /**
   * Accept a visitor for this node.
   *
   * @param {visitors.Visitor} visitor
   */
  accept(visitor) {
    visitor.visitConstantReadNode(this)
  }

  /**
   * Returns all child nodes of the current node.
   *
   * @returns {(Node | null)[]} An array of child nodes.
   */
  childNodes() {
    return []
  }

  /**
   * Compact and return an array of child nodes.
   *
   * @returns {Node[]} An array of compacted child nodes.
   */
  compactChildNodes() {
    return [];
  }

  /**
   * Transforms the Node to a JavaScript object.
   *
   * @returns {Object}
   */
  toJSON() {
    return {
      type: "ConstantReadNode",
      location: this.location,
      flags: this.#flags,
      name: this.name,
    };
  }
}

/**
 * Represents writing to a constant in a context that doesn't have an explicit value.
 *
 *     Foo, Bar = baz
 *     ^^^  ^^^
 */
class ConstantTargetNode {
  /**
   * @type number
   */
  nodeID;

  /**
   * @type {Location}
   */
  location;

  /**
   * @type number
   */
  #flags;

  /**
   * @type string
   */
  name;

  /**
   * Construct a new ConstantTargetNode.
   *
   * @param {number} nodeID
   * @param {Location} location
   * @param {number} flags
   * @param {string} name
   */
  constructor(nodeID, location, flags, name) {
    this.nodeID = nodeID;
    this.location = location;
    this.#flags = flags;
    this.name = name;
  }

  /**
   * Accept a visitor for this node.
   *
   * @param {visitors.Visitor} visitor
   */
  accept(visitor) {
    visitor.visitConstantTargetNode(this)
  }

  /**
   * Returns all child nodes of the current node.
   *
   * @returns {(Node | null)[]} An array of child nodes.
   */
  childNodes() {
    return []
  }

  /**
   * Compact and return an array of child nodes.
   *
   * @returns {Node[]} An array of compacted child nodes.
   */
  compactChildNodes() {
    return [];
  }

  /**
   * Transforms the Node to a JavaScript object.
   *
   * @returns {Object}
   */
  toJSON() {
    return {
      type: "ConstantTargetNode",
      location: this.location,
      flags: this.#flags,
      name: this.name,
    };
  }
}

/**
 * Represents writing to a constant.
 *
 *     Foo = 1
 *     ^^^^^^^
 */
class ConstantWriteNode {
  /**
   * @type number
   */
  nodeID;

  /**
   * @type {Location}
   */
  location;

  /**
   * @type number
   */
  #flags;

  /**
   * @type string
   */
  name;

  /**
   * @type Location
   */
  nameLoc;

  /**
   * @type Node
   */
  value;

  /**
   * @type Location
   */
  operatorLoc;

  /**
   * Construct a new ConstantWriteNode.
   *
   * @param {number} nodeID
   * @param {Location} location
   * @param {number} flags
   * @param {string} name
   * @param {Location} nameLoc
   * @param {Node} value
   * @param {Location} operatorLoc
   */
  constructor(nodeID, location, flags, name, nameLoc, value, operatorLoc) {
    this.nodeID = nodeID;
    this.location = location;
    this.#flags = flags;
    this.name = name;
    this.nameLoc = nameLoc;
    this.value = value;
    this.operatorLoc = operatorLoc;
  }

  /**
   * Accept a visitor for this node.
   *
   * @param {visitors.Visitor} visitor
   */
  accept(visitor) {
    visitor.visitConstantWriteNode(this)
  }

  /**
   * Returns all child nodes of the current node.
   *
   * @returns {(Node | null)[]} An array of child nodes.
   */
  childNodes() {
    return [this.value]
  }

  /**
   * Compact and return an array of child nodes.
   *
   * @returns {Node[]} An array of compacted child nodes.
   */
  compactChildNodes() {
    return [this.value];
  }

  /**
   * Transforms the Node to a JavaScript object.
   *
   * @returns {Object}
   */
  toJSON() {
    return {
      type: "ConstantWriteNode",
      location: this.location,
      flags: this.#flags,
      name: this.name,
      nameLoc: this.nameLoc,
      value: this.value,
      operatorLoc: this.operatorLoc,
    };
  }
}

/**
 * Represents a method definition.
 *
 *     def method
 *     end
 *     ^^^^^^^^^^
 */
class DefNode {
  /**
   * @type number
   */
  nodeID;

  /**
   * @type {Location}
   */
  location;

  /**
   * @type number
   */
  #flags;

  /**
   * @type string
   */
  name;

  /**
   * @type Location
   */
  nameLoc;

  /**
   * @type Node | null
   */
  receiver;

  /**
   * @type ParametersNode | null
   */
  parameters;

  /**
   * @type Node | null
   */
  body;

  /**
   * @type string[]
   */
  locals;

  /**
   * @type Location
   */
  defKeywordLoc;

  /**
   * @type Location | null
   */
  operatorLoc;

  /**
   * @type Location | null
   */
  lparenLoc;

  /**
   * @type Location | null
   */
  rparenLoc;

  /**
   * @type Location | null
   */
  equalLoc;

  /**
   * @type Location | null
   */
  endKeywordLoc;

  /**
   * Construct a new DefNode.
   *
   * @param {number} nodeID
   * @param {Location} location
   * @param {number} flags
   * @param {string} name
   * @param {Location} nameLoc
   * @param {Node | null} receiver
   * @param {ParametersNode | null} parameters
   * @param {Node | null} body
   * @param {string[]} locals
   * @param {Location} defKeywordLoc
   * @param {Location | null} operatorLoc
   * @param {Location | null} lparenLoc
   * @param {Location | null} rparenLoc
   * @param {Location | null} equalLoc
   * @param {Location | null} endKeywordLoc
   */
  constructor(nodeID, location, flags, name, nameLoc, receiver, parameters, body, locals, defKeywordLoc, operatorLoc, lparenLoc, rparenLoc, equalLoc, endKeywordLoc) {
    this.nodeID = nodeID;
    this.location = location;
    this.#flags = flags;
    this.name = name;
    this.nameLoc = nameLoc;
    this.receiver = receiver;
    this.parameters = parameters;
    this.body = body;
    this.locals = locals;
    this.defKeywordLoc = defKeywordLoc;
    this.operatorLoc = operatorLoc;
    this.lparenLoc = lparenLoc;
    this.rparenLoc = rparenLoc;
    this.equalLoc = equalLoc;
    this.endKeywordLoc = endKeywordLoc;
  }

  /**
   * Accept a visitor for this node.
   *
   * @param {visitors.Visitor} visitor
   */
  accept(visitor) {
    visitor.visitDefNode(this)
  }

  /**
   * Returns all child nodes of the current node.
   *
   * @returns {(Node | null)[]} An array of child nodes.
   */
  childNodes() {
    return [this.receiver, this.parameters, this.body]
  }

  /**
   * Compact and return an array of child nodes.
   *
   * @returns {Node[]} An array of compacted child nodes.
   */
  compactChildNodes() {
    const compact = [];

    if (this.receiver) {
      compact.push(this.receiver);
    }
    if (this.parameters) {
      compact.push(this.parameters);
    }
    if (this.body) {
      compact.push(this.body);
    }

    return compact;
  }

  /**
   * Transforms the Node to a JavaScript object.
   *
   * @returns {Object}
   */
  toJSON() {
    return {
      type: "DefNode",
      location: this.location,
      flags: this.#flags,
      name: this.name,
      nameLoc: this.nameLoc,
      receiver: this.receiver,
      parameters: this.parameters,
      body: this.body,
      locals: this.locals,
      defKeywordLoc: this.defKeywordLoc,
      operatorLoc: this.operatorLoc,
      lparenLoc: this.lparenLoc,
      rparenLoc: this.rparenLoc,
      equalLoc: this.equalLoc,
      endKeywordLoc: this.endKeywordLoc,
    };
  }
}

/**
 * Represents the use of the `defined?` keyword.
 *
 *     defined?(a)
 *     ^^^^^^^^^^^
 */
class DefinedNode {
  /**
   * @type number
   */
  nodeID;

  /**
   * @type {Location}
   */
  location;

  /**
   * @type number
   */
  #flags;

  /**
   * @type Location | null
   */
  lparenLoc;

  /**
   * @type Node
   */
  value;

  /**
   * @type Location | null
   */
  rparenLoc;

  /**
   * @type Location
   */
  keywordLoc;

  /**
   * Construct a new DefinedNode.
   *
   * @param {number} nodeID
   * @param {Location} location
   * @param {number} flags
   * @param {Location | null} lparenLoc
   * @param {Node} value
   * @param {Location | null} rparenLoc
   * @param {Location} keywordLoc
   */
  constructor(nodeID, location, flags, lparenLoc, value, rparenLoc, keywordLoc) {
    this.nodeID = nodeID;
    this.location = location;
    this.#flags = flags;
    this.lparenLoc = lparenLoc;
    this.value = value;
    this.rparenLoc = rparenLoc;
    this.keywordLoc = keywordLoc;
  }

  /**
   * Accept a visitor for this node.
   *
   * @param {visitors.Visitor} visitor
   */
  accept(visitor) {
    visitor.visitDefinedNode(this)
  }

  /**
   * Returns all child nodes of the current node.
   *
   * @returns {(Node | null)[]} An array of child nodes.
   */
  childNodes() {
    return [this.value]
  }

  /**
   * Compact and return an array of child nodes.
   *
   * @returns {Node[]} An array of compacted child nodes.
   */
  compactChildNodes() {
    return [this.value];
  }

  /**
   * Transforms the Node to a JavaScript object.
   *
   * @returns {Object}
   */
  toJSON() {
    return {
      type: "DefinedNode",
      location: this.location,
      flags: this.#flags,
      lparenLoc: this.lparenLoc,
      value: this.value,
      rparenLoc: this.rparenLoc,
      keywordLoc: this.keywordLoc,
    };
  }
}

/**
 * Represents an `else` clause in a `case`, `if`, or `unless` statement.
 *
 *     if a then b else c end
 *                 ^^^^^^^^^^
 */
class ElseNode {
  /**
   * @type number
   */
  nodeID;

  /**
   * @type {Location}
   */
  location;

  /**
   * @type number
   */
  #flags;

  /**
   * @type Location
   */
  elseKeywordLoc;

  /**
   * @type StatementsNode | null
   */
  statements;

  /**
   * @type Location | null
   */
  endKeywordLoc;

  /**
   * Construct a new ElseNode.
   *
   * @param {number} nodeID
   * @param {Location} location
   * @param {number} flags
   * @param {Location} elseKeywordLoc
   * @param {StatementsNode | null} statements
   * @param {Location | null} endKeywordLoc
   */
  constructor(nodeID, location, flags, elseKeywordLoc, statements, endKeywordLoc) {
    this.nodeID = nodeID;
    this.location = location;
    this.#flags = flags;
    this.elseKeywordLoc = elseKeywordLoc;
    this.statements = statements;
    this.endKeywordLoc = endKeywordLoc;
  }

  /**
   * Accept a visitor for this node.
   *
   * @param {visitors.Visitor} visitor
   */
  accept(visitor) {
    visitor.visitElseNode(this)
  }

  /**
   * Returns all child nodes of the current node.
   *
   * @returns {(Node | null)[]} An array of child nodes.
   */
  childNodes() {
    return [this.statements]
  }

  /**
   * Compact and return an array of child nodes.
   *
   * @returns {Node[]} An array of compacted child nodes.
   */
  compactChildNodes() {
    const compact = [];

    if (this.statements) {
      compact.push(this.statements);
    }

    return compact;
  }

  /**
   * Transforms the Node to a JavaScript object.
   *
   * @returns {Object}
   */
  toJSON() {
    return {
      type: "ElseNode",
      location: this.location,
      flags: this.#flags,
      elseKeywordLoc: this.elseKeywordLoc,
      statements: this.statements,
      endKeywordLoc: this.endKeywordLoc,
    };
  }
}

/**
 * Represents an interpolated set of statements.
 *
 *     "foo #{bar}"
 *          ^^^^^^
 */
class EmbeddedStatementsNode {
  /**
   * @type number
   */
  nodeID;

  /**
   * @type {Location}
   */
  location;

  /**
   * @type number
   */
  #flags;

  /**
   * @type Location
   */
  openingLoc;

  /**
   * @type StatementsNode | null
   */
  statements;

  /**
   * @type Location
   */
  closingLoc;

  /**
   * Construct a new EmbeddedStatementsNode.
   *
   * @param {number} nodeID
   * @param {Location} location
   * @param {number} flags
   * @param {Location} openingLoc
   * @param {StatementsNode | null} statements
   * @param {Location} closingLoc
   */
  constructor(nodeID, location, flags, openingLoc, statements, closingLoc) {
    this.nodeID = nodeID;
    this.location = location;
    this.#flags = flags;
    this.openingLoc = openingLoc;
    this.statements = statements;
    this.closingLoc = closingLoc;
  }

  /**
   * Accept a visitor for this node.
   *
   * @param {visitors.Visitor} visitor
   */
  accept(visitor) {
    visitor.visitEmbeddedStatementsNode(this)
  }

  /**
   * Returns all child nodes of the current node.
   *
   * @returns {(Node | null)[]} An array of child nodes.
   */
  childNodes() {
    return [this.statements]
  }

  /**
   * Compact and return an array of child nodes.
   *
   * @returns {Node[]} An array of compacted child nodes.
   */
  compactChildNodes() {
    const compact = [];

    if (this.statements) {
      compact.push(this.statements);
    }

    return compact;
  }

  /**
   * Transforms the Node to a JavaScript object.
   *
   * @returns {Object}
   */
  toJSON() {
    return {
      type: "EmbeddedStatementsNode",
      location: this.location,
      flags: this.#flags,
      openingLoc: this.openingLoc,
      statements: this.statements,
      closingLoc: this.closingLoc,
    };
  }
}

/**
 * Represents an interpolated variable.
 *
 *     "foo #@bar"
 *          ^^^^^
 */
class EmbeddedVariableNode {
  /**
   * @type number
   */
  nodeID;

  /**
   * @type {Location}
   */
  location;

  /**
   * @type number
   */
  #flags;

  /**
   * @type Location
   */
  operatorLoc;

  /**
   * @type Node
   */
  variable;

  /**
   * Construct a new EmbeddedVariableNode.
   *
   * @param {number} nodeID
   * @param {Location} location
   * @param {number} flags
   * @param {Location} operatorLoc
   * @param {Node} variable
   */
  constructor(nodeID, location, flags, operatorLoc, variable) {
    this.nodeID = nodeID;
    this.location = location;
    this.#flags = flags;
    this.operatorLoc = operatorLoc;
    this.variable = variable;
  }

  /**
   * Accept a visitor for this node.
   *
   * @param {visitors.Visitor} visitor
   */
  accept(visitor) {
    visitor.visitEmbeddedVariableNode(this)
  }

  /**
   * Returns all child nodes of the current node.
   *
   * @returns {(Node | null)[]} An array of child nodes.
   */
  childNodes() {
    return [this.variable]
  }

  /**
   * Compact and return an array of child nodes.
   *
   * @returns {Node[]} An array of compacted child nodes.
   */
  compactChildNodes() {
    return [this.variable];
  }

  /**
   * Transforms the Node to a JavaScript object.
   *
   * @returns {Object}
   */
  toJSON() {
    return {
      type: "EmbeddedVariableNode",
      location: this.location,
      flags: this.#flags,
      operatorLoc: this.operatorLoc,
      variable: this.variable,
    };
  }
}

/**
 * Represents an `ensure` clause in a `begin` statement.
 *
 *     begin
 *       foo
 *     ensure
 *     ^^^^^^
 *       bar
 *     end
 */
class EnsureNode {
  /**
   * @type number
   */
  nodeID;

  /**
   * @type {Location}
   */
  location;

  /**
   * @type number
   */
  #flags;

  /**
   * @type Location
   */
  ensureKeywordLoc;

  /**
   * @type StatementsNode | null
   */
  statements;

  /**
   * @type Location
   */
  endKeywordLoc;

  /**
   * Construct a new EnsureNode.
   *
   * @param {number} nodeID
   * @param {Location} location
   * @param {number} flags
   * @param {Location} ensureKeywordLoc
   * @param {StatementsNode | null} statements
   * @param {Location} endKeywordLoc
   */
  constructor(nodeID, location, flags, ensureKeywordLoc, statements, endKeywordLoc) {
    this.nodeID = nodeID;
    this.location = location;
    this.#flags = flags;
    this.ensureKeywordLoc = ensureKeywordLoc;
    this.statements = statements;
    this.endKeywordLoc = endKeywordLoc;
  }

  /**
   * Accept a visitor for this node.
   *
   * @param {visitors.Visitor} visitor
   */
  accept(visitor) {
    visitor.visitEnsureNode(this)
  }

  /**
   * Returns all child nodes of the current node.
   *
   * @returns {(Node | null)[]} An array of child nodes.
   */
  childNodes() {
    return [this.statements]
  }

  /**
   * Compact and return an array of child nodes.
   *
   * @returns {Node[]} An array of compacted child nodes.
   */
  compactChildNodes() {
    const compact = [];

    if (this.statements) {
      compact.push(this.statements);
    }

    return compact;
  }

  /**
   * Transforms the Node to a JavaScript object.
   *
   * @returns {Object}
   */
  toJSON() {
    return {
      type: "EnsureNode",
      location: this.location,
      flags: this.#flags,
      ensureKeywordLoc: this.ensureKeywordLoc,
      statements: this.statements,
      endKeywordLoc: this.endKeywordLoc,
    };
  }
}

/**
 * Represents the use of the literal `false` keyword.
 *
 *     false
 *     ^^^^^
 */
class FalseNode {
  /**
   * @type number
   */
  nodeID;

  /**
   * @type {Location}
   */
  location;

  /**
   * @type number
   */
  #flags;

  /**
   * Construct a new FalseNode.
   *
   * @param {number} nodeID
   * @param {Location} location
   * @param {number} flags
   */
  constructor(nodeID, location, flags) {
    this.nodeID = nodeID;
    this.location = location;
    this.#flags = flags;
  }

  /**
   * Accept a visitor for this node.
   *
   * @param {visitors.Visitor} visitor
   */
  accept(visitor) {
    visitor.visitFalseNode(this)
  }

  /**
   * Returns all child nodes of the current node.
   *
   * @returns {(Node | null)[]} An array of child nodes.
   */
  childNodes() {
    return []
  }

  /**
   * Compact and return an array of child nodes.
   *
   * @returns {Node[]} An array of compacted child nodes.
   */
  compactChildNodes() {
    return [];
  }

  /**
   * Transforms the Node to a JavaScript object.
   *
   * @returns {Object}
   */
  toJSON() {
    return {
      type: "FalseNode",
      location: this.location,
      flags: this.#flags,
    };
  }
}

/**
 * Represents a find pattern in pattern matching.
 *
 *     foo in *bar, baz, *qux
 *            ^^^^^^^^^^^^^^^
 *
 *     foo in [*bar, baz, *qux]
 *            ^^^^^^^^^^^^^^^^^
 *
 *     foo in Foo(*bar, baz, *qux)
 *            ^^^^^^^^^^^^^^^^^^^^
 *
 *     foo => *bar, baz, *qux
 *            ^^^^^^^^^^^^^^^
 */
class FindPatternNode {
  /**
   * @type number
   */
  nodeID;

  /**
   * @type {Location}
   */
  location;

  /**
   * @type number
   */
  #flags;

  /**
   * @type Node | null
   */
  constant;

  /**
   * @type SplatNode
   */
  left;

  /**
   * @type Node[]
   */
  requireds;

  /**
   * @type Node
   */
  right;

  /**
   * @type Location | null
   */
  openingLoc;

  /**
   * @type Location | null
   */
  closingLoc;

  /**
   * Construct a new FindPatternNode.
   *
   * @param {number} nodeID
   * @param {Location} location
   * @param {number} flags
   * @param {Node | null} constant
   * @param {SplatNode} left
   * @param {Node[]} requireds
   * @param {Node} right
   * @param {Location | null} openingLoc
   * @param {Location | null} closingLoc
   */
  constructor(nodeID, location, flags, constant, left, requireds, right, openingLoc, closingLoc) {
    this.nodeID = nodeID;
    this.location = location;
    this.#flags = flags;
    this.constant = constant;
    this.left = left;
    this.requireds = requireds;
    this.right = right;
    this.openingLoc = openingLoc;
    this.closingLoc = closingLoc;
  }

  /**
   * Accept a visitor for this node.
   *
   * @param {visitors.Visitor} visitor
   */
  accept(visitor) {
    visitor.visitFindPatternNode(this)
  }

  /**
   * Returns all child nodes of the current node.
   *
   * @returns {(Node | null)[]} An array of child nodes.
   */
  childNodes() {
    return [this.constant, this.left, ...this.requireds, this.right]
  }

  /**
   * Compact and return an array of child nodes.
   *
   * @returns {Node[]} An array of compacted child nodes.
   */
  compactChildNodes() {
    const compact = [];

    if (this.constant) {
      compact.push(this.constant);
    }
    compact.push(this.left);

    compact.concat(this.requireds);
    compact.push(this.right);


    return compact;
  }

  /**
   * Transforms the Node to a JavaScript object.
   *
   * @returns {Object}
   */
  toJSON() {
    return {
      type: "FindPatternNode",
      location: this.location,
      flags: this.#flags,
      constant: this.constant,
      left: this.left,
      requireds: this.requireds,
      right: this.right,
      openingLoc: this.openingLoc,
      closingLoc: this.closingLoc,
    };
  }
}

/**
 * Represents the use of the `..` or `...` operators to create flip flops.
 *
 *     baz if foo .. bar
 *            ^^^^^^^^^^
 */
class FlipFlopNode {
  /**
   * @type number
   */
  nodeID;

  /**
   * @type {Location}
   */
  location;

  /**
   * @type number
   */
  #flags;

  /**
   * @type Node | null
   */
  left;

  /**
   * @type Node | null
   */
  right;

  /**
   * @type Location
   */
  operatorLoc;

  /**
   * Construct a new FlipFlopNode.
   *
   * @param {number} nodeID
   * @param {Location} location
   * @param {number} flags
   * @param {Node | null} left
   * @param {Node | null} right
   * @param {Location} operatorLoc
   */
  constructor(nodeID, location, flags, left, right, operatorLoc) {
    this.nodeID = nodeID;
    this.location = location;
    this.#flags = flags;
    this.left = left;
    this.right = right;
    this.operatorLoc = operatorLoc;
  }

  /**
   * True if this node has the EXCLUDE_END flag.
   *
   * @returns {boolean}
   */
  isExcludeEnd() {
    return (this.#flags & RangeFlags.EXCLUDE_END) !== 0;
  }

  /**
   * Accept a visitor for this node.
   *
   * @param {visitors.Visitor} visitor
   */
  accept(visitor) {
    visitor.visitFlipFlopNode(this)
  }

  /**
   * Returns all child nodes of the current node.
   *
   * @returns {(Node | null)[]} An array of child nodes.
   */
  childNodes() {
    return [this.left, this.right]
  }

  /**
   * Compact and return an array of child nodes.
   *
   * @returns {Node[]} An array of compacted child nodes.
   */
  compactChildNodes() {
    const compact = [];

    if (this.left) {
      compact.push(this.left);
    }
    if (this.right) {
      compact.push(this.right);
    }

    return compact;
  }

  /**
   * Transforms the Node to a JavaScript object.
   *
   * @returns {Object}
   */
  toJSON() {
    return {
      type: "FlipFlopNode",
      location: this.location,
      flags: this.#flags,
      left: this.left,
      right: this.right,
      operatorLoc: this.operatorLoc,
    };
  }
}

/**
 * Represents a floating point number literal.
 *
 *     1.0
 *     ^^^
 */
class FloatNode {
  /**
   * @type number
   */
  nodeID;

  /**
   * @type {Location}
   */
  location;

  /**
   * @type number
   */
  #flags;

  /**
   * @type number
   */
  value;

  /**
   * Construct a new FloatNode.
   *
   * @param {number} nodeID
   * @param {Location} location
   * @param {number} flags
   * @param {number} value
   */
  constructor(nodeID, location, flags, value) {
    this.nodeID = nodeID;
    this.location = location;
    this.#flags = flags;
    this.value = value;
  }

  /**
   * Accept a visitor for this node.
   *
   * @param {visitors.Visitor} visitor
   */
  accept(visitor) {
    visitor.visitFloatNode(this)
  }

  /**
   * Returns all child nodes of the current node.
   *
   * @returns {(Node | null)[]} An array of child nodes.
   */
  childNodes() {
    return []
  }

  /**
   * Compact and return an array of child nodes.
   *
   * @returns {Node[]} An array of compacted child nodes.
   */
  compactChildNodes() {
    return [];
  }

  /**
   * Transforms the Node to a JavaScript object.
   *
   * @returns {Object}
   */
  toJSON() {
    return {
      type: "FloatNode",
      location: this.location,
      flags: this.#flags,
      value: this.value,
    };
  }
}

/**
 * Represents the use of the `for` keyword.
 *
 *     for i in a end
 *     ^^^^^^^^^^^^^^
 */
class ForNode {
  /**
   * @type number
   */
  nodeID;

  /**
   * @type {Location}
   */
  location;

  /**
   * @type number
   */
  #flags;

  /**
   * @type Node
   */
  index;

  /**
   * @type Node
   */
  collection;

  /**
   * @type StatementsNode | null
   */
  statements;

  /**
   * @type Location
   */
  forKeywordLoc;

  /**
   * @type Location
   */
  inKeywordLoc;

  /**
   * @type Location | null
   */
  doKeywordLoc;

  /**
   * @type Location
   */
  endKeywordLoc;

  /**
   * Construct a new ForNode.
   *
   * @param {number} nodeID
   * @param {Location} location
   * @param {number} flags
   * @param {Node} index
   * @param {Node} collection
   * @param {StatementsNode | null} statements
   * @param {Location} forKeywordLoc
   * @param {Location} inKeywordLoc
   * @param {Location | null} doKeywordLoc
   * @param {Location} endKeywordLoc
   */
  constructor(nodeID, location, flags, index, collection, statements, forKeywordLoc, inKeywordLoc, doKeywordLoc, endKeywordLoc) {
    this.nodeID = nodeID;
    this.location = location;
    this.#flags = flags;
    this.index = index;
    this.collection = collection;
    this.statements = statements;
    this.forKeywordLoc = forKeywordLoc;
    this.inKeywordLoc = inKeywordLoc;
    this.doKeywordLoc = doKeywordLoc;
    this.endKeywordLoc = endKeywordLoc;
  }

  /**
   * Accept a visitor for this node.
   *
   * @param {visitors.Visitor} visitor
   */
  accept(visitor) {
    visitor.visitForNode(this)
  }

  /**
   * Returns all child nodes of the current node.
   *
   * @returns {(Node | null)[]} An array of child nodes.
   */
  childNodes() {
    return [this.index, this.collection, this.statements]
  }

  /**
   * Compact and return an array of child nodes.
   *
   * @returns {Node[]} An array of compacted child nodes.
   */
  compactChildNodes() {
    const compact = [];

    compact.push(this.index);

    compact.push(this.collection);

    if (this.statements) {
      compact.push(this.statements);
    }

    return compact;
  }

  /**
   * Transforms the Node to a JavaScript object.
   *
   * @returns {Object}
   */
  toJSON() {
    return {
      type: "ForNode",
      location: this.location,
      flags: this.#flags,
      index: this.index,
      collection: this.collection,
      statements: this.statements,
      forKeywordLoc: this.forKeywordLoc,
      inKeywordLoc: this.inKeywordLoc,
      doKeywordLoc: this.doKeywordLoc,
      endKeywordLoc: this.endKeywordLoc,
    };
  }
}

/**
 * Represents forwarding all arguments to this method to another method.
 *
 *     def foo(...)
 *       bar(...)
 *           ^^^
 *     end
 */
class ForwardingArgumentsNode {
  /**
   * @type number
   */
  nodeID;

  /**
   * @type {Location}
   */
  location;

  /**
   * @type number
   */
  #flags;

  /**
   * Construct a new ForwardingArgumentsNode.
   *
   * @param {number} nodeID
   * @param {Location} location
   * @param {number} flags
   */
  constructor(nodeID, location, flags) {
    this.nodeID = nodeID;
    this.location = location;
    this.#flags = flags;
  }

  /**
   * Accept a visitor for this node.
   *
   * @param {visitors.Visitor} visitor
   */
  accept(visitor) {
    visitor.visitForwardingArgumentsNode(this)
  }

  /**
   * Returns all child nodes of the current node.
   *
   * @returns {(Node | null)[]} An array of child nodes.
   */
  childNodes() {
    return []
  }

  /**
   * Compact and return an array of child nodes.
   *
   * @returns {Node[]} An array of compacted child nodes.
   */
  compactChildNodes() {
    return [];
  }

  /**
   * Transforms the Node to a JavaScript object.
   *
   * @returns {Object}
   */
  toJSON() {
    return {
      type: "ForwardingArgumentsNode",
      location: this.location,
      flags: this.#flags,
    };
  }
}

/**
 * Represents the use of the forwarding parameter in a method, block, or lambda declaration.
 *
 *     def foo(...)
 *             ^^^
 *     end
 */
class ForwardingParameterNode {
  /**
   * @type number
   */
  nodeID;

  /**
   * @type {Location}
   */
  location;

  /**
   * @type number
   */
  #flags;

  /**
   * Construct a new ForwardingParameterNode.
   *
   * @param {number} nodeID
   * @param {Location} location
   * @param {number} flags
   */
  constructor(nodeID, location, flags) {
    this.nodeID = nodeID;
    this.location = location;
    this.#flags = flags;
  }

  /**
   * Accept a visitor for this node.
   *
   * @param {visitors.Visitor} visitor
   */
  accept(visitor) {
    visitor.visitForwardingParameterNode(this)
  }

  /**
   * Returns all child nodes of the current node.
   *
   * @returns {(Node | null)[]} An array of child nodes.
   */
  childNodes() {
    return []
  }

  /**
   * Compact and return an array of child nodes.
   *
   * @returns {Node[]} An array of compacted child nodes.
   */
  compactChildNodes() {
    return [];
  }

  /**
   * Transforms the Node to a JavaScript object.
   *
   * @returns {Object}
   */
  toJSON() {
    return {
      type: "ForwardingParameterNode",
      location: this.location,
      flags: this.#flags,
    };
  }
}

/**
 * Represents the use of the `super` keyword without parentheses or arguments, but which might have a block.
 *
 *     super
 *     ^^^^^
 *
 *     super { 123 }
 *     ^^^^^^^^^^^^^
 *
 * If it has any other arguments, it would be a `SuperNode` instead.
 */
class ForwardingSuperNode {
  /**
   * @type number
   */
  nodeID;

  /**
   * @type {Location}
   */
  location;

  /**
   * @type number
   */
  #flags;

  /**
   * @type BlockNode | null
   */
  block;

  /**
   * Construct a new ForwardingSuperNode.
   *
   * @param {number} nodeID
   * @param {Location} location
   * @param {number} flags
   * @param {BlockNode | null} block
   */
  constructor(nodeID, location, flags, block) {
    this.nodeID = nodeID;
    this.location = location;
    this.#flags = flags;
    this.block = block;
  }

  /**
   * Accept a visitor for this node.
   *
   * @param {visitors.Visitor} visitor
   */
  accept(visitor) {
    visitor.visitForwardingSuperNode(this)
  }

  /**
   * Returns all child nodes of the current node.
   *
   * @returns {(Node | null)[]} An array of child nodes.
   */
  childNodes() {
    return [this.block]
  }

  /**
   * Compact and return an array of child nodes.
   *
   * @returns {Node[]} An array of compacted child nodes.
   */
  compactChildNodes() {
    const compact = [];

    if (this.block) {
      compact.push(this.block);
    }

    return compact;
  }

  /**
   * Transforms the Node to a JavaScript object.
   *
   * @returns {Object}
   */
  toJSON() {
    return {
      type: "ForwardingSuperNode",
      location: this.location,
      flags: this.#flags,
      block: this.block,
    };
  }
}

/**
 * Represents the use of the `&&=` operator for assignment to a global variable.
 *
 *     $target &&= value
 *     ^^^^^^^^^^^^^^^^^
 */
class GlobalVariableAndWriteNode {
  /**
   * @type number
   */
  nodeID;

  /**
   * @type {Location}
   */
  location;

  /**
   * @type number
   */
  #flags;

  /**
   * @type string
   */
  name;

  /**
   * @type Location
   */
  nameLoc;

  /**
   * @type Location
   */
  operatorLoc;

  /**
   * @type Node
   */
  value;

  /**
   * Construct a new GlobalVariableAndWriteNode.
   *
   * @param {number} nodeID
   * @param {Location} location
   * @param {number} flags
   * @param {string} name
   * @param {Location} nameLoc
   * @param {Location} operatorLoc
   * @param {Node} value
   */
  constructor(nodeID, location, flags, name, nameLoc, operatorLoc, value) {
    this.nodeID = nodeID;
    this.location = location;
    this.#flags = flags;
    this.name = name;
    this.nameLoc = nameLoc;
    this.operatorLoc = operatorLoc;
    this.value = value;
  }

  /**
   * Accept a visitor for this node.
   *
   * @param {visitors.Visitor} visitor
   */
  accept(visitor) {
    visitor.visitGlobalVariableAndWriteNode(this)
  }

  /**
   * Returns all child nodes of the current node.
   *
   * @returns {(Node | null)[]} An array of child nodes.
   */
  childNodes() {
    return [this.value]
  }

  /**
   * Compact and return an array of child nodes.
   *
   * @returns {Node[]} An array of compacted child nodes.
   */
  compactChildNodes() {
    return [this.value];
  }

  /**
   * Transforms the Node to a JavaScript object.
   *
   * @returns {Object}
   */
  toJSON() {
    return {
      type: "GlobalVariableAndWriteNode",
      location: this.location,
      flags: this.#flags,
      name: this.name,
      nameLoc: this.nameLoc,
      operatorLoc: this.operatorLoc,
      value: this.value,
    };
  }
}

/**
 * Represents assigning to a global variable using an operator that isn't `=`.
 *
 *     $target += value
 *     ^^^^^^^^^^^^^^^^
 */
class GlobalVariableOperatorWriteNode {
  /**
   * @type number
   */
  nodeID;

  /**
   * @type {Location}
   */
  location;

  /**
   * @type number
   */
  #flags;

  /**
   * @type string
   */
  name;

  /**
   * @type Location
   */
  nameLoc;

  /**
   * @type Location
   */
  binaryOperatorLoc;

  /**
   * @type Node
   */
  value;

  /**
   * @type string
   */
  binaryOperator;

  /**
   * Construct a new GlobalVariableOperatorWriteNode.
   *
   * @param {number} nodeID
   * @param {Location} location
   * @param {number} flags
   * @param {string} name
   * @param {Location} nameLoc
   * @param {Location} binaryOperatorLoc
   * @param {Node} value
   * @param {string} binaryOperator
   */
  constructor(nodeID, location, flags, name, nameLoc, binaryOperatorLoc, value, binaryOperator) {
    this.nodeID = nodeID;
    this.location = location;
    this.#flags = flags;
    this.name = name;
    this.nameLoc = nameLoc;
    this.binaryOperatorLoc = binaryOperatorLoc;
    this.value = value;
    this.binaryOperator = binaryOperator;
  }

  /**
   * Accept a visitor for this node.
   *
   * @param {visitors.Visitor} visitor
   */
  accept(visitor) {
    visitor.visitGlobalVariableOperatorWriteNode(this)
  }

  /**
   * Returns all child nodes of the current node.
   *
   * @returns {(Node | null)[]} An array of child nodes.
   */
  childNodes() {
    return [this.value]
  }

  /**
   * Compact and return an array of child nodes.
   *
   * @returns {Node[]} An array of compacted child nodes.
   */
  compactChildNodes() {
    return [this.value];
  }

  /**
   * Transforms the Node to a JavaScript object.
   *
   * @returns {Object}
   */
  toJSON() {
    return {
      type: "GlobalVariableOperatorWriteNode",
      location: this.location,
      flags: this.#flags,
      name: this.name,
      nameLoc: this.nameLoc,
      binaryOperatorLoc: this.binaryOperatorLoc,
      value: this.value,
      binaryOperator: this.binaryOperator,
    };
  }
}

/**
 * Represents the use of the `||=` operator for assignment to a global variable.
 *
 *     $target ||= value
 *     ^^^^^^^^^^^^^^^^^
 */
class GlobalVariableOrWriteNode {
  /**
   * @type number
   */
  nodeID;

  /**
   * @type {Location}
   */
  location;

  /**
   * @type number
   */
  #flags;

  /**
   * @type string
   */
  name;

  /**
   * @type Location
   */
  nameLoc;

  /**
   * @type Location
   */
  operatorLoc;

  /**
   * @type Node
   */
  value;

  /**
   * Construct a new GlobalVariableOrWriteNode.
   *
   * @param {number} nodeID
   * @param {Location} location
   * @param {number} flags
   * @param {string} name
   * @param {Location} nameLoc
   * @param {Location} operatorLoc
   * @param {Node} value
   */
  constructor(nodeID, location, flags, name, nameLoc, operatorLoc, value) {
    this.nodeID = nodeID;
    this.location = location;
    this.#flags = flags;
    this.name = name;
    this.nameLoc = nameLoc;
    this.operatorLoc = operatorLoc;
    this.value = value;
  }

  /**
   * Accept a visitor for this node.
   *
   * @param {visitors.Visitor} visitor
   */
  accept(visitor) {
    visitor.visitGlobalVariableOrWriteNode(this)
  }

  /**
   * Returns all child nodes of the current node.
   *
   * @returns {(Node | null)[]} An array of child nodes.
   */
  childNodes() {
    return [this.value]
  }

  /**
   * Compact and return an array of child nodes.
   *
   * @returns {Node[]} An array of compacted child nodes.
   */
  compactChildNodes() {
    return [this.value];
  }

  /**
   * Transforms the Node to a JavaScript object.
   *
   * @returns {Object}
   */
  toJSON() {
    return {
      type: "GlobalVariableOrWriteNode",
      location: this.location,
      flags: this.#flags,
      name: this.name,
      nameLoc: this.nameLoc,
      operatorLoc: this.operatorLoc,
      value: this.value,
    };
  }
}

/**
 * Represents referencing a global variable.
 *
 *     $foo
 *     ^^^^
 */
class GlobalVariableReadNode {
  /**
   * @type number
   */
  nodeID;

  /**
   * @type {Location}
   */
  location;

  /**
   * @type number
   */
  #flags;

  /**
   * @type string
   */
  name;

  /**
   * Construct a new GlobalVariableReadNode.
   *
   * @param {number} nodeID
   * @param {Location} location
   * @param {number} flags
   * @param {string} name
   */
  constructor(nodeID, location, flags, name) {
    this.nodeID = nodeID;
    this.location = location;
    this.#flags = flags;
    this.name = name;
  }

  /**
   * Accept a visitor for this node.
   *
   * @param {visitors.Visitor} visitor
   */
  accept(visitor) {
    visitor.visitGlobalVariableReadNode(this)
  }

  /**
   * Returns all child nodes of the current node.
   *
   * @returns {(Node | null)[]} An array of child nodes.
   */
  childNodes() {
    return []
  }

  /**
   * Compact and return an array of child nodes.
   *
   * @returns {Node[]} An array of compacted child nodes.
   */
  compactChildNodes() {
    return [];
  }

  /**
   * Transforms the Node to a JavaScript object.
   *
   * @returns {Object}
   */
  toJSON() {
    return {
      type: "GlobalVariableReadNode",
      location: this.location,
      flags: this.#flags,
      name: this.name,
    };
  }
}

/**
 * Represents writing to a global variable in a context that doesn't have an explicit value.
 *
 *     $foo, $bar = baz
 *     ^^^^  ^^^^
 */
class GlobalVariableTargetNode {
  /**
   * @type number
   */
  nodeID;

  /**
   * @type {Location}
   */
  location;

  /**
   * @type number
   */
  #flags;

  /**
   * @type string
   */
  name;

  /**
   * Construct a new GlobalVariableTargetNode.
   *
   * @param {number} nodeID
   * @param {Location} location
   * @param {number} flags
   * @param {string} name
   */
  constructor(nodeID, location, flags, name) {
    this.nodeID = nodeID;
    this.location = location;
    this.#flags = flags;
    this.name = name;
  }

  /**
   * Accept a visitor for this node.
   *
   * @param {visitors.Visitor} visitor
   */
  accept(visitor) {
    visitor.visitGlobalVariableTargetNode(this)
  }

  /**
   * Returns all child nodes of the current node.
   *
   * @returns {(Node | null)[]} An array of child nodes.
   */
  childNodes() {
    return []
  }

  /**
   * Compact and return an array of child nodes.
   *
   * @returns {Node[]} An array of compacted child nodes.
   */
  compactChildNodes() {
    return [];
  }

  /**
   * Transforms the Node to a JavaScript object.
   *
   * @returns {Object}
   */
  toJSON() {
    return {
      type: "GlobalVariableTargetNode",
      location: this.location,
      flags: this.#flags,
      name: this.name,
    };
  }
}

/**
 * Represents writing to a global variable.
 *
 *     $foo = 1
 *     ^^^^^^^^
 */
class GlobalVariableWriteNode {
  /**
   * @type number
   */
  nodeID;

  /**
   * @type {Location}
   */
  location;

  /**
   * @type number
   */
  #flags;

  /**
   * @type string
   */
  name;

  /**
   * @type Location
   */
  nameLoc;

  /**
   * @type Node
   */
  value;

  /**
   * @type Location
   */
  operatorLoc;

  /**
   * Construct a new GlobalVariableWriteNode.
   *
   * @param {number} nodeID
   * @param {Location} location
   * @param {number} flags
   * @param {string} name
   * @param {Location} nameLoc
   * @param {Node} value
   * @param {Location} operatorLoc
   */
  constructor(nodeID, location, flags, name, nameLoc, value, operatorLoc) {
    this.nodeID = nodeID;
    this.location = location;
    this.#flags = flags;
    this.name = name;
    this.nameLoc = nameLoc;
    this.value = value;
    this.operatorLoc = operatorLoc;
  }

  /**
   * Accept a visitor for this node.
   *
   * @param {visitors.Visitor} visitor
   */
  accept(visitor) {
    visitor.visitGlobalVariableWriteNode(this)
  }

  /**
   * Returns all child nodes of the current node.
   *
   * @returns {(Node | null)[]} An array of child nodes.
   */
  childNodes() {
    return [this.value]
  }

  /**
   * Compact and return an array of child nodes.
   *
   * @returns {Node[]} An array of compacted child nodes.
   */
  compactChildNodes() {
    return [this.value];
  }

  /**
   * Transforms the Node to a JavaScript object.
   *
   * @returns {Object}
   */
  toJSON() {
    return {
      type: "GlobalVariableWriteNode",
      location: this.location,
      flags: this.#flags,
      name: this.name,
      nameLoc: this.nameLoc,
      value: this.value,
      operatorLoc: this.operatorLoc,
    };
  }
}

/**
 * Represents a hash literal.
 *
 *     { a => b }
 *     ^^^^^^^^^^
 */
class HashNode {
  /**
   * @type number
   */
  nodeID;

  /**
   * @type {Location}
   */
  location;

  /**
   * @type number
   */
  #flags;

  /**
   * @type Location
   */
  openingLoc;

  /**
   * @type Node[]
   */
  elements;

  /**
   * @type Location
   */
  closingLoc;

  /**
   * Construct a new HashNode.
   *
   * @param {number} nodeID
   * @param {Location} location
   * @param {number} flags
   * @param {Location} openingLoc
   * @param {Node[]} elements
   * @param {Location} closingLoc
   */
  constructor(nodeID, location, flags, openingLoc, elements, closingLoc) {
    this.nodeID = nodeID;
    this.location = location;
    this.#flags = flags;
    this.openingLoc = openingLoc;
    this.elements = elements;
    this.closingLoc = closingLoc;
  }

  /**
   * Accept a visitor for this node.
   *
   * @param {visitors.Visitor} visitor
   */
  accept(visitor) {
    visitor.visitHashNode(this)
  }

  /**
   * Returns all child nodes of the current node.
   *
   * @returns {(Node | null)[]} An array of child nodes.
   */
  childNodes() {
    return [...this.elements]
  }

  /**
   * Compact and return an array of child nodes.
   *
   * @returns {Node[]} An array of compacted child nodes.
   */
  compactChildNodes() {
    return [...this.elements];
  }

  /**
   * Transforms the Node to a JavaScript object.
   *
   * @returns {Object}
   */
  toJSON() {
    return {
      type: "HashNode",
      location: this.location,
      flags: this.#flags,
      openingLoc: this.openingLoc,
      elements: this.elements,
      closingLoc: this.closingLoc,
    };
  }
}

/**
 * Represents a hash pattern in pattern matching.
 *
 *     foo => { a: 1, b: 2 }
 *            ^^^^^^^^^^^^^^
 *
 *     foo => { a: 1, b: 2, **c }
 *            ^^^^^^^^^^^^^^^^^^^
 *
 *     foo => Bar[a: 1, b: 2]
 *            ^^^^^^^^^^^^^^^
 *
 *     foo in { a: 1, b: 2 }
 *            ^^^^^^^^^^^^^^
 */
class HashPatternNode {
  /**
   * @type number
   */
  nodeID;

  /**
   * @type {Location}
   */
  location;

  /**
   * @type number
   */
  #flags;

  /**
   * @type Node | null
   */
  constant;

  /**
   * @type Node[]
   */
  elements;

  /**
   * @type Node | null
   */
  rest;

  /**
   * @type Location | null
   */
  openingLoc;

  /**
   * @type Location | null
   */
  closingLoc;

  /**
   * Construct a new HashPatternNode.
   *
   * @param {number} nodeID
   * @param {Location} location
   * @param {number} flags
   * @param {Node | null} constant
   * @param {Node[]} elements
   * @param {Node | null} rest
   * @param {Location | null} openingLoc
   * @param {Location | null} closingLoc
   */
  constructor(nodeID, location, flags, constant, elements, rest, openingLoc, closingLoc) {
    this.nodeID = nodeID;
    this.location = location;
    this.#flags = flags;
    this.constant = constant;
    this.elements = elements;
    this.rest = rest;
    this.openingLoc = openingLoc;
    this.closingLoc = closingLoc;
  }

  /**
   * Accept a visitor for this node.
   *
   * @param {visitors.Visitor} visitor
   */
  accept(visitor) {
    visitor.visitHashPatternNode(this)
  }

  /**
   * Returns all child nodes of the current node.
   *
   * @returns {(Node | null)[]} An array of child nodes.
   */
  childNodes() {
    return [this.constant, ...this.elements, this.rest]
  }

  /**
   * Compact and return an array of child nodes.
   *
   * @returns {Node[]} An array of compacted child nodes.
   */
  compactChildNodes() {
    const compact = [];

    if (this.constant) {
      compact.push(this.constant);
    }
    compact.concat(this.elements);
    if (this.rest) {
      compact.push(this.rest);
    }

    return compact;
  }

  /**
   * Transforms the Node to a JavaScript object.
   *
   * @returns {Object}
   */
  toJSON() {
    return {
      type: "HashPatternNode",
      location: this.location,
      flags: this.#flags,
      constant: this.constant,
      elements: this.elements,
      rest: this.rest,
      openingLoc: this.openingLoc,
      closingLoc: this.closingLoc,
    };
  }
}

/**
 * Represents the use of the `if` keyword, either in the block form or the modifier form, or a ternary expression.
 *
 *     bar if foo
 *     ^^^^^^^^^^
 *
 *     if foo then bar end
 *     ^^^^^^^^^^^^^^^^^^^
 *
 *     foo ? bar : baz
 *     ^^^^^^^^^^^^^^^
 */
class IfNode {
  /**
   * @type number
   */
  nodeID;

  /**
   * @type {Location}
   */
  location;

  /**
   * @type number
   */
  #flags;

  /**
   * @type Location | null
   */
  ifKeywordLoc;

  /**
   * @type Node
   */
  predicate;

  /**
   * @type Location | null
   */
  thenKeywordLoc;

  /**
   * @type StatementsNode | null
   */
  statements;

  /**
   * @type Node | null
   */
  subsequent;

  /**
   * @type Location | null
   */
  endKeywordLoc;

  /**
   * Construct a new IfNode.
   *
   * @param {number} nodeID
   * @param {Location} location
   * @param {number} flags
   * @param {Location | null} ifKeywordLoc
   * @param {Node} predicate
   * @param {Location | null} thenKeywordLoc
   * @param {StatementsNode | null} statements
   * @param {Node | null} subsequent
   * @param {Location | null} endKeywordLoc
   */
  constructor(nodeID, location, flags, ifKeywordLoc, predicate, thenKeywordLoc, statements, subsequent, endKeywordLoc) {
    this.nodeID = nodeID;
    this.location = location;
    this.#flags = flags;
    this.ifKeywordLoc = ifKeywordLoc;
    this.predicate = predicate;
    this.thenKeywordLoc = thenKeywordLoc;
    this.statements = statements;
    this.subsequent = subsequent;
    this.endKeywordLoc = endKeywordLoc;
  }

  /**
   * Accept a visitor for this node.
   *
   * @param {visitors.Visitor} visitor
   */
  accept(visitor) {
    visitor.visitIfNode(this)
  }

  /**
   * Returns all child nodes of the current node.
   *
   * @returns {(Node | null)[]} An array of child nodes.
   */
  childNodes() {
    return [this.predicate, this.statements, this.subsequent]
  }

  /**
   * Compact and return an array of child nodes.
   *
   * @returns {Node[]} An array of compacted child nodes.
   */
  compactChildNodes() {
    const compact = [];

    compact.push(this.predicate);

    if (this.statements) {
      compact.push(this.statements);
    }
    if (this.subsequent) {
      compact.push(this.subsequent);
    }

    return compact;
  }

  /**
   * Transforms the Node to a JavaScript object.
   *
   * @returns {Object}
   */
  toJSON() {
    return {
      type: "IfNode",
      location: this.location,
      flags: this.#flags,
      ifKeywordLoc: this.ifKeywordLoc,
      predicate: this.predicate,
      thenKeywordLoc: this.thenKeywordLoc,
      statements: this.statements,
      subsequent: this.subsequent,
      endKeywordLoc: this.endKeywordLoc,
    };
  }
}

/**
 * Represents an imaginary number literal.
 *
 *     1.0i
 *     ^^^^
 */
class ImaginaryNode {
  /**
   * @type number
   */
  nodeID;

  /**
   * @type {Location}
   */
  location;

  /**
   * @type number
   */
  #flags;

  /**
   * @type Node
   */
  numeric;

  /**
   * Construct a new ImaginaryNode.
   *
   * @param {number} nodeID
   * @param {Location} location
   * @param {number} flags
   * @param {Node} numeric
   */
  constructor(nodeID, location, flags, numeric) {
    this.nodeID = nodeID;
    this.location = location;
    this.#flags = flags;
    this.numeric = numeric;
  }

  /**
   * Accept a visitor for this node.
   *
   * @param {visitors.Visitor} visitor
   */
  accept(visitor) {
    visitor.visitImaginaryNode(this)
  }

  /**
   * Returns all child nodes of the current node.
   *
   * @returns {(Node | null)[]} An array of child nodes.
   */
  childNodes() {
    return [this.numeric]
  }

  /**
   * Compact and return an array of child nodes.
   *
   * @returns {Node[]} An array of compacted child nodes.
   */
  compactChildNodes() {
    return [this.numeric];
  }

  /**
   * Transforms the Node to a JavaScript object.
   *
   * @returns {Object}
   */
  toJSON() {
    return {
      type: "ImaginaryNode",
      location: this.location,
      flags: this.#flags,
      numeric: this.numeric,
    };
  }
}

/**
 * Represents a node that is implicitly being added to the tree but doesn't correspond directly to a node in the source.
 *
 *     { foo: }
 *       ^^^^
 *
 *     { Foo: }
 *       ^^^^
 *
 *     foo in { bar: }
 *              ^^^^
 */
class ImplicitNode {
  /**
   * @type number
   */
  nodeID;

  /**
   * @type {Location}
   */
  location;

  /**
   * @type number
   */
  #flags;

  /**
   * @type Node
   */
  value;

  /**
   * Construct a new ImplicitNode.
   *
   * @param {number} nodeID
   * @param {Location} location
   * @param {number} flags
   * @param {Node} value
   */
  constructor(nodeID, location, flags, value) {
    this.nodeID = nodeID;
    this.location = location;
    this.#flags = flags;
    this.value = value;
  }

  /**
   * Accept a visitor for this node.
   *
   * @param {visitors.Visitor} visitor
   */
  accept(visitor) {
    visitor.visitImplicitNode(this)
  }

  /**
   * Returns all child nodes of the current node.
   *
   * @returns {(Node | null)[]} An array of child nodes.
   */
  childNodes() {
    return [this.value]
  }

  /**
   * Compact and return an array of child nodes.
   *
   * @returns {Node[]} An array of compacted child nodes.
   */
  compactChildNodes() {
    return [this.value];
  }

  /**
   * Transforms the Node to a JavaScript object.
   *
   * @returns {Object}
   */
  toJSON() {
    return {
      type: "ImplicitNode",
      location: this.location,
      flags: this.#flags,
      value: this.value,
    };
  }
}

/**
 * Represents using a trailing comma to indicate an implicit rest parameter.
 *
 *     foo { |bar,| }
 *               ^
 *
 *     foo in [bar,]
 *                ^
 *
 *     for foo, in bar do end
 *            ^
 *
 *     foo, = bar
 *        ^
 */
class ImplicitRestNode {
  /**
   * @type number
   */
  nodeID;

  /**
   * @type {Location}
   */
  location;

  /**
   * @type number
   */
  #flags;

  /**
   * Construct a new ImplicitRestNode.
   *
   * @param {number} nodeID
   * @param {Location} location
   * @param {number} flags
   */
  constructor(nodeID, location, flags) {
    this.nodeID = nodeID;
    this.location = location;
    this.#flags = flags;
  }

  /**
   * Accept a visitor for this node.
   *
   * @param {visitors.Visitor} visitor
   */
  accept(visitor) {
    visitor.visitImplicitRestNode(this)
  }

  /**
   * Returns all child nodes of the current node.
   *
   * @returns {(Node | null)[]} An array of child nodes.
   */
  childNodes() {
    return []
  }

  /**
   * Compact and return an array of child nodes.
   *
   * @returns {Node[]} An array of compacted child nodes.
   */
  compactChildNodes() {
    return [];
  }

  /**
   * Transforms the Node to a JavaScript object.
   *
   * @returns {Object}
   */
  toJSON() {
    return {
      type: "ImplicitRestNode",
      location: this.location,
      flags: this.#flags,
    };
  }
}

/**
 * Represents the use of the `in` keyword in a case statement.
 *
 *     case a; in b then c end
 *             ^^^^^^^^^^^
 */
class InNode {
  /**
   * @type number
   */
  nodeID;

  /**
   * @type {Location}
   */
  location;

  /**
   * @type number
   */
  #flags;

  /**
   * @type Node
   */
  pattern;

  /**
   * @type StatementsNode | null
   */
  statements;

  /**
   * @type Location
   */
  inLoc;

  /**
   * @type Location | null
   */
  thenLoc;

  /**
   * Construct a new InNode.
   *
   * @param {number} nodeID
   * @param {Location} location
   * @param {number} flags
   * @param {Node} pattern
   * @param {StatementsNode | null} statements
   * @param {Location} inLoc
   * @param {Location | null} thenLoc
   */
  constructor(nodeID, location, flags, pattern, statements, inLoc, thenLoc) {
    this.nodeID = nodeID;
    this.location = location;
    this.#flags = flags;
    this.pattern = pattern;
    this.statements = statements;
    this.inLoc = inLoc;
    this.thenLoc = thenLoc;
  }

  /**
   * Accept a visitor for this node.
   *
   * @param {visitors.Visitor} visitor
   */
  accept(visitor) {
    visitor.visitInNode(this)
  }

  /**
   * Returns all child nodes of the current node.
   *
   * @returns {(Node | null)[]} An array of child nodes.
   */
  childNodes() {
    return [this.pattern, this.statements]
  }

  /**
   * Compact and return an array of child nodes.
   *
   * @returns {Node[]} An array of compacted child nodes.
   */
  compactChildNodes() {
    const compact = [];

    compact.push(this.pattern);

    if (this.statements) {
      compact.push(this.statements);
    }

    return compact;
  }

  /**
   * Transforms the Node to a JavaScript object.
   *
   * @returns {Object}
   */
  toJSON() {
    return {
      type: "InNode",
      location: this.location,
      flags: this.#flags,
      pattern: this.pattern,
      statements: this.statements,
      inLoc: this.inLoc,
      thenLoc: this.thenLoc,
    };
  }
}

/**
 * Represents the use of the `&&=` operator on a call to the `[]` method.
 *
 *     foo.bar[baz] &&= value
 *     ^^^^^^^^^^^^^^^^^^^^^^
 */
class IndexAndWriteNode {
  /**
   * @type number
   */
  nodeID;

  /**
   * @type {Location}
   */
  location;

  /**
   * @type number
   */
  #flags;

  /**
   * @type Node | null
   */
  receiver;

  /**
   * @type Location | null
   */
  callOperatorLoc;

  /**
   * @type Location
   */
  openingLoc;

  /**
   * @type ArgumentsNode | null
   */
  arguments_;

  /**
   * @type Location
   */
  closingLoc;

  /**
   * @type BlockArgumentNode | null
   */
  block;

  /**
   * @type Location
   */
  operatorLoc;

  /**
   * @type Node
   */
  value;

  /**
   * Construct a new IndexAndWriteNode.
   *
   * @param {number} nodeID
   * @param {Location} location
   * @param {number} flags
   * @param {Node | null} receiver
   * @param {Location | null} callOperatorLoc
   * @param {Location} openingLoc
   * @param {ArgumentsNode | null} arguments_
   * @param {Location} closingLoc
   * @param {BlockArgumentNode | null} block
   * @param {Location} operatorLoc
   * @param {Node} value
   */
  constructor(nodeID, location, flags, receiver, callOperatorLoc, openingLoc, arguments_, closingLoc, block, operatorLoc, value) {
    this.nodeID = nodeID;
    this.location = location;
    this.#flags = flags;
    this.receiver = receiver;
    this.callOperatorLoc = callOperatorLoc;
    this.openingLoc = openingLoc;
    this.arguments_ = arguments_;
    this.closingLoc = closingLoc;
    this.block = block;
    this.operatorLoc = operatorLoc;
    this.value = value;
  }

  /**
   * True if this node has the SAFE_NAVIGATION flag.
   *
   * @returns {boolean}
   */
  isSafeNavigation() {
    return (this.#flags & CallNodeFlags.SAFE_NAVIGATION) !== 0;
  }

  /**
   * True if this node has the VARIABLE_CALL flag.
   *
   * @returns {boolean}
   */
  isVariableCall() {
    return (this.#flags & CallNodeFlags.VARIABLE_CALL) !== 0;
  }

  /**
   * True if this node has the ATTRIBUTE_WRITE flag.
   *
   * @returns {boolean}
   */
  isAttributeWrite() {
    return (this.#flags & CallNodeFlags.ATTRIBUTE_WRITE) !== 0;
  }

  /**
   * True if this node has the IGNORE_VISIBILITY flag.
   *
   * @returns {boolean}
   */
  isIgnoreVisibility() {
    return (this.#flags & CallNodeFlags.IGNORE_VISIBILITY) !== 0;
  }

  /**
   * Accept a visitor for this node.
   *
   * @param {visitors.Visitor} visitor
   */
  accept(visitor) {
    visitor.visitIndexAndWriteNode(this)
  }

  /**
   * Returns all child nodes of the current node.
   *
   * @returns {(Node | null)[]} An array of child nodes.
   */
  childNodes() {
    return [this.receiver, this.arguments_, this.block, this.value]
  }

  /**
   * Compact and return an array of child nodes.
   *
   * @returns {Node[]} An array of compacted child nodes.
   */
  compactChildNodes() {
    const compact = [];

    if (this.receiver) {
      compact.push(this.receiver);
    }
    if (this.arguments_) {
      compact.push(this.arguments_);
    }
    if (this.block) {
      compact.push(this.block);
    }
    compact.push(this.value);


    return compact;
  }

  /**
   * Transforms the Node to a JavaScript object.
   *
   * @returns {Object}
   */
  toJSON() {
    return {
      type: "IndexAndWriteNode",
      location: this.location,
      flags: this.#flags,
      receiver: this.receiver,
      callOperatorLoc: this.callOperatorLoc,
      openingLoc: this.openingLoc,
      arguments: this.arguments_,
      closingLoc: this.closingLoc,
      block: this.block,
      operatorLoc: this.operatorLoc,
      value: this.value,
    };
  }
}

/**
 * Represents the use of an assignment operator on a call to `[]`.
 *
 *     foo.bar[baz] += value
 *     ^^^^^^^^^^^^^^^^^^^^^
 */
class IndexOperatorWriteNode {
  /**
   * @type number
   */
  nodeID;

  /**
   * @type {Location}
   */
  location;

  /**
   * @type number
   */
  #flags;

  /**
   * @type Node | null
   */
  receiver;

  /**
   * @type Location | null
   */
  callOperatorLoc;

  /**
   * @type Location
   */
  openingLoc;

  /**
   * @type ArgumentsNode | null
   */
  arguments_;

  /**
   * @type Location
   */
  closingLoc;

  /**
   * @type BlockArgumentNode | null
   */
  block;

  /**
   * @type string
   */
  binaryOperator;

  /**
   * @type Location
   */
  binaryOperatorLoc;

  /**
   * @type Node
   */
  value;

  /**
   * Construct a new IndexOperatorWriteNode.
   *
   * @param {number} nodeID
   * @param {Location} location
   * @param {number} flags
   * @param {Node | null} receiver
   * @param {Location | null} callOperatorLoc
   * @param {Location} openingLoc
   * @param {ArgumentsNode | null} arguments_
   * @param {Location} closingLoc
   * @param {BlockArgumentNode | null} block
   * @param {string} binaryOperator
   * @param {Location} binaryOperatorLoc
   * @param {Node} value
   */
  constructor(nodeID, location, flags, receiver, callOperatorLoc, openingLoc, arguments_, closingLoc, block, binaryOperator, binaryOperatorLoc, value) {
    this.nodeID = nodeID;
    this.location = location;
    this.#flags = flags;
    this.receiver = receiver;
    this.callOperatorLoc = callOperatorLoc;
    this.openingLoc = openingLoc;
    this.arguments_ = arguments_;
    this.closingLoc = closingLoc;
    this.block = block;
    this.binaryOperator = binaryOperator;
    this.binaryOperatorLoc = binaryOperatorLoc;
    this.value = value;
  }

  /**
   * True if this node has the SAFE_NAVIGATION flag.
   *
   * @returns {boolean}
   */
  isSafeNavigation() {
    return (this.#flags & CallNodeFlags.SAFE_NAVIGATION) !== 0;
  }

  /**
   * True if this node has the VARIABLE_CALL flag.
   *
   * @returns {boolean}
   */
  isVariableCall() {
    return (this.#flags & CallNodeFlags.VARIABLE_CALL) !== 0;
  }

  /**
   * True if this node has the ATTRIBUTE_WRITE flag.
   *
   * @returns {boolean}
   */
  isAttributeWrite() {
    return (this.#flags & CallNodeFlags.ATTRIBUTE_WRITE) !== 0;
  }

  /**
   * True if this node has the IGNORE_VISIBILITY flag.
   *
   * @returns {boolean}
   */
  isIgnoreVisibility() {
    return (this.#flags & CallNodeFlags.IGNORE_VISIBILITY) !== 0;
  }

  /**
   * Accept a visitor for this node.
   *
   * @param {visitors.Visitor} visitor
   */
  accept(visitor) {
    visitor.visitIndexOperatorWriteNode(this)
  }

  /**
   * Returns all child nodes of the current node.
   *
   * @returns {(Node | null)[]} An array of child nodes.
   */
  childNodes() {
    return [this.receiver, this.arguments_, this.block, this.value]
  }

  /**
   * Compact and return an array of child nodes.
   *
   * @returns {Node[]} An array of compacted child nodes.
   */
  compactChildNodes() {
    const compact = [];

    if (this.receiver) {
      compact.push(this.receiver);
    }
    if (this.arguments_) {
      compact.push(this.arguments_);
    }
    if (this.block) {
      compact.push(this.block);
    }
    compact.push(this.value);


    return compact;
  }

  /**
   * Transforms the Node to a JavaScript object.
   *
   * @returns {Object}
   */
  toJSON() {
    return {
      type: "IndexOperatorWriteNode",
      location: this.location,
      flags: this.#flags,
      receiver: this.receiver,
      callOperatorLoc: this.callOperatorLoc,
      openingLoc: this.openingLoc,
      arguments: this.arguments_,
      closingLoc: this.closingLoc,
      block: this.block,
      binaryOperator: this.binaryOperator,
      binaryOperatorLoc: this.binaryOperatorLoc,
      value: this.value,
    };
  }
}

/**
 * Represents the use of the `||=` operator on a call to `[]`.
 *
 *     foo.bar[baz] ||= value
 *     ^^^^^^^^^^^^^^^^^^^^^^
 */
class IndexOrWriteNode {
  /**
   * @type number
   */
  nodeID;

  /**
   * @type {Location}
   */
  location;

  /**
   * @type number
   */
  #flags;

  /**
   * @type Node | null
   */
  receiver;

  /**
   * @type Location | null
   */
  callOperatorLoc;

  /**
   * @type Location
   */
  openingLoc;

  /**
   * @type ArgumentsNode | null
   */
  arguments_;

  /**
   * @type Location
   */
  closingLoc;

  /**
   * @type BlockArgumentNode | null
   */
  block;

  /**
   * @type Location
   */
  operatorLoc;

  /**
   * @type Node
   */
  value;

  /**
   * Construct a new IndexOrWriteNode.
   *
   * @param {number} nodeID
   * @param {Location} location
   * @param {number} flags
   * @param {Node | null} receiver
   * @param {Location | null} callOperatorLoc
   * @param {Location} openingLoc
   * @param {ArgumentsNode | null} arguments_
   * @param {Location} closingLoc
   * @param {BlockArgumentNode | null} block
   * @param {Location} operatorLoc
   * @param {Node} value
   */
  constructor(nodeID, location, flags, receiver, callOperatorLoc, openingLoc, arguments_, closingLoc, block, operatorLoc, value) {
    this.nodeID = nodeID;
    this.location = location;
    this.#flags = flags;
    this.receiver = receiver;
    this.callOperatorLoc = callOperatorLoc;
    this.openingLoc = openingLoc;
    this.arguments_ = arguments_;
    this.closingLoc = closingLoc;
    this.block = block;
    this.operatorLoc = operatorLoc;
    this.value = value;
  }

  /**
   * True if this node has the SAFE_NAVIGATION flag.
   *
   * @returns {boolean}
   */
  isSafeNavigation() {
    return (this.#flags & CallNodeFlags.SAFE_NAVIGATION) !== 0;
  }

  /**
   * True if this node has the VARIABLE_CALL flag.
   *
   * @returns {boolean}
   */
  isVariableCall() {
    return (this.#flags & CallNodeFlags.VARIABLE_CALL) !== 0;
  }

  /**
   * True if this node has the ATTRIBUTE_WRITE flag.
   *
   * @returns {boolean}
   */
  isAttributeWrite() {
    return (this.#flags & CallNodeFlags.ATTRIBUTE_WRITE) !== 0;
  }

  /**
   * True if this node has the IGNORE_VISIBILITY flag.
   *
   * @returns {boolean}
   */
  isIgnoreVisibility() {
    return (this.#flags & CallNodeFlags.IGNORE_VISIBILITY) !== 0;
  }

  /**
   * Accept a visitor for this node.
   *
   * @param {visitors.Visitor} visitor
   */
  accept(visitor) {
    visitor.visitIndexOrWriteNode(this)
  }

  /**
   * Returns all child nodes of the current node.
   *
   * @returns {(Node | null)[]} An array of child nodes.
   */
  childNodes() {
    return [this.receiver, this.arguments_, this.block, this.value]
  }

  /**
   * Compact and return an array of child nodes.
   *
   * @returns {Node[]} An array of compacted child nodes.
   */
  compactChildNodes() {
    const compact = [];

    if (this.receiver) {
      compact.push(this.receiver);
    }
    if (this.arguments_) {
      compact.push(this.arguments_);
    }
    if (this.block) {
      compact.push(this.block);
    }
    compact.push(this.value);


    return compact;
  }

  /**
   * Transforms the Node to a JavaScript object.
   *
   * @returns {Object}
   */
  toJSON() {
    return {
      type: "IndexOrWriteNode",
      location: this.location,
      flags: this.#flags,
      receiver: this.receiver,
      callOperatorLoc: this.callOperatorLoc,
      openingLoc: this.openingLoc,
      arguments: this.arguments_,
      closingLoc: this.closingLoc,
      block: this.block,
      operatorLoc: this.operatorLoc,
      value: this.value,
    };
  }
}

/**
 * Represents assigning to an index.
 *
 *     foo[bar], = 1
 *     ^^^^^^^^
 *
 *     begin
 *     rescue => foo[bar]
 *               ^^^^^^^^
 *     end
 *
 *     for foo[bar] in baz do end
 *         ^^^^^^^^
 */
class IndexTargetNode {
  /**
   * @type number
   */
  nodeID;

  /**
   * @type {Location}
   */
  location;

  /**
   * @type number
   */
  #flags;

  /**
   * @type Node
   */
  receiver;

  /**
   * @type Location
   */
  openingLoc;

  /**
   * @type ArgumentsNode | null
   */
  arguments_;

  /**
   * @type Location
   */
  closingLoc;

  /**
   * @type BlockArgumentNode | null
   */
  block;

  /**
   * Construct a new IndexTargetNode.
   *
   * @param {number} nodeID
   * @param {Location} location
   * @param {number} flags
   * @param {Node} receiver
   * @param {Location} openingLoc
   * @param {ArgumentsNode | null} arguments_
   * @param {Location} closingLoc
   * @param {BlockArgumentNode | null} block
   */
  constructor(nodeID, location, flags, receiver, openingLoc, arguments_, closingLoc, block) {
    this.nodeID = nodeID;
    this.location = location;
    this.#flags = flags;
    this.receiver = receiver;
    this.openingLoc = openingLoc;
    this.arguments_ = arguments_;
    this.closingLoc = closingLoc;
    this.block = block;
  }

  /**
   * True if this node has the SAFE_NAVIGATION flag.
   *
   * @returns {boolean}
   */
  isSafeNavigation() {
    return (this.#flags & CallNodeFlags.SAFE_NAVIGATION) !== 0;
  }

  /**
   * True if this node has the VARIABLE_CALL flag.
   *
   * @returns {boolean}
   */
  isVariableCall() {
    return (this.#flags & CallNodeFlags.VARIABLE_CALL) !== 0;
  }

  /**
   * True if this node has the ATTRIBUTE_WRITE flag.
   *
   * @returns {boolean}
   */
  isAttributeWrite() {
    return (this.#flags & CallNodeFlags.ATTRIBUTE_WRITE) !== 0;
  }

  /**
   * True if this node has the IGNORE_VISIBILITY flag.
   *
   * @returns {boolean}
   */
  isIgnoreVisibility() {
    return (this.#flags & CallNodeFlags.IGNORE_VISIBILITY) !== 0;
  }

  /**
   * Accept a visitor for this node.
   *
   * @param {visitors.Visitor} visitor
   */
  accept(visitor) {
    visitor.visitIndexTargetNode(this)
  }

  /**
   * Returns all child nodes of the current node.
   *
   * @returns {(Node | null)[]} An array of child nodes.
   */
  childNodes() {
    return [this.receiver, this.arguments_, this.block]
  }

  /**
   * Compact and return an array of child nodes.
   *
   * @returns {Node[]} An array of compacted child nodes.
   */
  compactChildNodes() {
    const compact = [];

    compact.push(this.receiver);

    if (this.arguments_) {
      compact.push(this.arguments_);
    }
    if (this.block) {
      compact.push(this.block);
    }

    return compact;
  }

  /**
   * Transforms the Node to a JavaScript object.
   *
   * @returns {Object}
   */
  toJSON() {
    return {
      type: "IndexTargetNode",
      location: this.location,
      flags: this.#flags,
      receiver: this.receiver,
      openingLoc: this.openingLoc,
      arguments: this.arguments_,
      closingLoc: this.closingLoc,
      block: this.block,
    };
  }
}

/**
 * Represents the use of the `&&=` operator for assignment to an instance variable.
 *
 *     @target &&= value
 *     ^^^^^^^^^^^^^^^^^
 */
class InstanceVariableAndWriteNode {
  /**
   * @type number
   */
  nodeID;

  /**
   * @type {Location}
   */
  location;

  /**
   * @type number
   */
  #flags;

  /**
   * @type string
   */
  name;

  /**
   * @type Location
   */
  nameLoc;

  /**
   * @type Location
   */
  operatorLoc;

  /**
   * @type Node
   */
  value;

  /**
   * Construct a new InstanceVariableAndWriteNode.
   *
   * @param {number} nodeID
   * @param {Location} location
   * @param {number} flags
   * @param {string} name
   * @param {Location} nameLoc
   * @param {Location} operatorLoc
   * @param {Node} value
   */
  constructor(nodeID, location, flags, name, nameLoc, operatorLoc, value) {
    this.nodeID = nodeID;
    this.location = location;
    this.#flags = flags;
    this.name = name;
    this.nameLoc = nameLoc;
    this.operatorLoc = operatorLoc;
    this.value = value;
  }

  /**
   * Accept a visitor for this node.
   *
   * @param {visitors.Visitor} visitor
   */
  accept(visitor) {
    visitor.visitInstanceVariableAndWriteNode(this)
  }

  /**
   * Returns all child nodes of the current node.
   *
   * @returns {(Node | null)[]} An array of child nodes.
   */
  childNodes() {
    return [this.value]
  }

  /**
   * Compact and return an array of child nodes.
   *
   * @returns {Node[]} An array of compacted child nodes.
   */
  compactChildNodes() {
    return [this.value];
  }

  /**
   * Transforms the Node to a JavaScript object.
   *
   * @returns {Object}
   */
  toJSON() {
    return {
      type: "InstanceVariableAndWriteNode",
      location: this.location,
      flags: this.#flags,
      name: this.name,
      nameLoc: this.nameLoc,
      operatorLoc: this.operatorLoc,
      value: this.value,
    };
  }
}

/**
 * Represents assigning to an instance variable using an operator that isn't `=`.
 *
 *     @target += value
 *     ^^^^^^^^^^^^^^^^
 */
class InstanceVariableOperatorWriteNode {
  /**
   * @type number
   */
  nodeID;

  /**
   * @type {Location}
   */
  location;

  /**
   * @type number
   */
  #flags;

  /**
   * @type string
   */
  name;

  /**
   * @type Location
   */
  nameLoc;

  /**
   * @type Location
   */
  binaryOperatorLoc;

  /**
   * @type Node
   */
  value;

  /**
   * @type string
   */
  binaryOperator;

  /**
   * Construct a new InstanceVariableOperatorWriteNode.
   *
   * @param {number} nodeID
   * @param {Location} location
   * @param {number} flags
   * @param {string} name
   * @param {Location} nameLoc
   * @param {Location} binaryOperatorLoc
   * @param {Node} value
   * @param {string} binaryOperator
   */
  constructor(nodeID, location, flags, name, nameLoc, binaryOperatorLoc, value, binaryOperator) {
    this.nodeID = nodeID;
    this.location = location;
    this.#flags = flags;
    this.name = name;
    this.nameLoc = nameLoc;
    this.binaryOperatorLoc = binaryOperatorLoc;
    this.value = value;
    this.binaryOperator = binaryOperator;
  }

  /**
   * Accept a visitor for this node.
   *
   * @param {visitors.Visitor} visitor
   */
  accept(visitor) {
    visitor.visitInstanceVariableOperatorWriteNode(this)
  }

  /**
   * Returns all child nodes of the current node.
   *
   * @returns {(Node | null)[]} An array of child nodes.
   */
  childNodes() {
    return [this.value]
  }

  /**
   * Compact and return an array of child nodes.
   *
   * @returns {Node[]} An array of compacted child nodes.
   */
  compactChildNodes() {
    return [this.value];
  }

  /**
   * Transforms the Node to a JavaScript object.
   *
   * @returns {Object}
   */
  toJSON() {
    return {
      type: "InstanceVariableOperatorWriteNode",
      location: this.location,
      flags: this.#flags,
      name: this.name,
      nameLoc: this.nameLoc,
      binaryOperatorLoc: this.binaryOperatorLoc,
      value: this.value,
      binaryOperator: this.binaryOperator,
    };
  }
}

/**
 * Represents the use of the `||=` operator for assignment to an instance variable.
 *
 *     @target ||= value
 *     ^^^^^^^^^^^^^^^^^
 */
class InstanceVariableOrWriteNode {
  /**
   * @type number
   */
  nodeID;

  /**
   * @type {Location}
   */
  location;

  /**
   * @type number
   */
  #flags;

  /**
   * @type string
   */
  name;

  /**
   * @type Location
   */
  nameLoc;

  /**
   * @type Location
   */
  operatorLoc;

  /**
   * @type Node
   */
  value;

  /**
   * Construct a new InstanceVariableOrWriteNode.
   *
   * @param {number} nodeID
   * @param {Location} location
   * @param {number} flags
   * @param {string} name
   * @param {Location} nameLoc
   * @param {Location} operatorLoc
   * @param {Node} value
   */
  constructor(nodeID, location, flags, name, nameLoc, operatorLoc, value) {
    this.nodeID = nodeID;
    this.location = location;
    this.#flags = flags;
    this.name = name;
    this.nameLoc = nameLoc;
    this.operatorLoc = operatorLoc;
    this.value = value;
  }

  /**
   * Accept a visitor for this node.
   *
   * @param {visitors.Visitor} visitor
   */
  accept(visitor) {
    visitor.visitInstanceVariableOrWriteNode(this)
  }

  /**
   * Returns all child nodes of the current node.
   *
   * @returns {(Node | null)[]} An array of child nodes.
   */
  childNodes() {
    return [this.value]
  }

  /**
   * Compact and return an array of child nodes.
   *
   * @returns {Node[]} An array of compacted child nodes.
   */
  compactChildNodes() {
    return [this.value];
  }

  /**
   * Transforms the Node to a JavaScript object.
   *
   * @returns {Object}
   */
  toJSON() {
    return {
      type: "InstanceVariableOrWriteNode",
      location: this.location,
      flags: this.#flags,
      name: this.name,
      nameLoc: this.nameLoc,
      operatorLoc: this.operatorLoc,
      value: this.value,
    };
  }
}

/**
 * Represents referencing an instance variable.
 *
 *     @foo
 *     ^^^^
 */
class InstanceVariableReadNode {
  /**
   * @type number
   */
  nodeID;

  /**
   * @type {Location}
   */
  location;

  /**
   * @type number
   */
  #flags;

  /**
   * @type string
   */
  name;

  /**
   * Construct a new InstanceVariableReadNode.
   *
   * @param {number} nodeID
   * @param {Location} location
   * @param {number} flags
   * @param {string} name
   */
  constructor(nodeID, location, flags, name) {
    this.nodeID = nodeID;
    this.location = location;
    this.#flags = flags;
    this.name = name;
  }

  /**
   * Accept a visitor for this node.
   *
   * @param {visitors.Visitor} visitor
   */
  accept(visitor) {
    visitor.visitInstanceVariableReadNode(this)
  }

  /**
   * Returns all child nodes of the current node.
   *
   * @returns {(Node | null)[]} An array of child nodes.
   */
  childNodes() {
    return []
  }

  /**
   * Compact and return an array of child nodes.
   *
   * @returns {Node[]} An array of compacted child nodes.
   */
  compactChildNodes() {
    return [];
  }

  /**
   * Transforms the Node to a JavaScript object.
   *
   * @returns {Object}
   */
  toJSON() {
    return {
      type: "InstanceVariableReadNode",
      location: this.location,
      flags: this.#flags,
      name: this.name,
    };
  }
}

/**
 * Represents writing to an instance variable in a context that doesn't have an explicit value.
 *
 *     @foo, @bar = baz
 *     ^^^^  ^^^^
 */
class InstanceVariableTargetNode {
  /**
   * @type number
   */
  nodeID;

  /**
   * @type {Location}
   */
  location;

  /**
   * @type number
   */
  #flags;

  /**
   * @type string
   */
  name;

  /**
   * Construct a new InstanceVariableTargetNode.
   *
   * @param {number} nodeID
   * @param {Location} location
   * @param {number} flags
   * @param {string} name
   */
  constructor(nodeID, location, flags, name) {
    this.nodeID = nodeID;
    this.location = location;
    this.#flags = flags;
    this.name = name;
  }

  /**
   * Accept a visitor for this node.
   *
   * @param {visitors.Visitor} visitor
   */
  accept(visitor) {
    visitor.visitInstanceVariableTargetNode(this)
  }

  /**
   * Returns all child nodes of the current node.
   *
   * @returns {(Node | null)[]} An array of child nodes.
   */
  childNodes() {
    return []
  }

  /**
   * Compact and return an array of child nodes.
   *
   * @returns {Node[]} An array of compacted child nodes.
   */
  compactChildNodes() {
    return [];
  }

  /**
   * Transforms the Node to a JavaScript object.
   *
   * @returns {Object}
   */
  toJSON() {
    return {
      type: "InstanceVariableTargetNode",
      location: this.location,
      flags: this.#flags,
      name: this.name,
    };
  }
}

/**
 * Represents writing to an instance variable.
 *
 *     @foo = 1
 *     ^^^^^^^^
 */
class InstanceVariableWriteNode {
  /**
   * @type number
   */
  nodeID;

  /**
   * @type {Location}
   */
  location;

  /**
   * @type number
   */
  #flags;

  /**
   * @type string
   */
  name;

  /**
   * @type Location
   */
  nameLoc;

  /**
   * @type Node
   */
  value;

  /**
   * @type Location
   */
  operatorLoc;

  /**
   * Construct a new InstanceVariableWriteNode.
   *
   * @param {number} nodeID
   * @param {Location} location
   * @param {number} flags
   * @param {string} name
   * @param {Location} nameLoc
   * @param {Node} value
   * @param {Location} operatorLoc
   */
  constructor(nodeID, location, flags, name, nameLoc, value, operatorLoc) {
    this.nodeID = nodeID;
    this.location = location;
    this.#flags = flags;
    this.name = name;
    this.nameLoc = nameLoc;
    this.value = value;
    this.operatorLoc = operatorLoc;
  }

  /**
   * Accept a visitor for this node.
   *
   * @param {visitors.Visitor} visitor
   */
  accept(visitor) {
    visitor.visitInstanceVariableWriteNode(this)
  }

  /**
   * Returns all child nodes of the current node.
   *
   * @returns {(Node | null)[]} An array of child nodes.
   */
  childNodes() {
    return [this.value]
  }

  /**
   * Compact and return an array of child nodes.
   *
   * @returns {Node[]} An array of compacted child nodes.
   */
  compactChildNodes() {
    return [this.value];
  }

  /**
   * Transforms the Node to a JavaScript object.
   *
   * @returns {Object}
   */
  toJSON() {
    return {
      type: "InstanceVariableWriteNode",
      location: this.location,
      flags: this.#flags,
      name: this.name,
      nameLoc: this.nameLoc,
      value: this.value,
      operatorLoc: this.operatorLoc,
    };
  }
}

/**
 * Represents an integer number literal.
 *
 *     1
 *     ^
 */
class IntegerNode {
  /**
   * @type number
   */
  nodeID;

  /**
   * @type {Location}
   */
  location;

  /**
   * @type number
   */
  #flags;

  /**
   * @type number
   */
  value;

  /**
   * Construct a new IntegerNode.
   *
   * @param {number} nodeID
   * @param {Location} location
   * @param {number} flags
   * @param {number} value
   */
  constructor(nodeID, location, flags, value) {
    this.nodeID = nodeID;
    this.location = location;
    this.#flags = flags;
    this.value = value;
  }

  /**
   * True if this node has the BINARY flag.
   *
   * @returns {boolean}
   */
  isBinary() {
    return (this.#flags & IntegerBaseFlags.BINARY) !== 0;
  }

  /**
   * True if this node has the DECIMAL flag.
   *
   * @returns {boolean}
   */
  isDecimal() {
    return (this.#flags & IntegerBaseFlags.DECIMAL) !== 0;
  }

  /**
   * True if this node has the OCTAL flag.
   *
   * @returns {boolean}
   */
  isOctal() {
    return (this.#flags & IntegerBaseFlags.OCTAL) !== 0;
  }

  /**
   * True if this node has the HEXADECIMAL flag.
   *
   * @returns {boolean}
   */
  isHexadecimal() {
    return (this.#flags & IntegerBaseFlags.HEXADECIMAL) !== 0;
  }

  /**
   * Accept a visitor for this node.
   *
   * @param {visitors.Visitor} visitor
   */
  accept(visitor) {
    visitor.visitIntegerNode(this)
  }

  /**
   * Returns all child nodes of the current node.
   *
   * @returns {(Node | null)[]} An array of child nodes.
   */
  childNodes() {
    return []
  }

  /**
   * Compact and return an array of child nodes.
   *
   * @returns {Node[]} An array of compacted child nodes.
   */
  compactChildNodes() {
    return [];
  }

  /**
   * Transforms the Node to a JavaScript object.
   *
   * @returns {Object}
   */
  toJSON() {
    return {
      type: "IntegerNode",
      location: this.location,
      flags: this.#flags,
      value: this.value,
    };
  }
}

/**
 * Represents a regular expression literal that contains interpolation that is being used in the predicate of a conditional to implicitly match against the last line read by an IO object.
 *
 *     if /foo #{bar} baz/ then end
 *        ^^^^^^^^^^^^^^^^
 */
class InterpolatedMatchLastLineNode {
  /**
   * @type number
   */
  nodeID;

  /**
   * @type {Location}
   */
  location;

  /**
   * @type number
   */
  #flags;

  /**
   * @type Location
   */
  openingLoc;

  /**
   * @type Node[]
   */
  parts;

  /**
   * @type Location
   */
  closingLoc;

  /**
   * Construct a new InterpolatedMatchLastLineNode.
   *
   * @param {number} nodeID
   * @param {Location} location
   * @param {number} flags
   * @param {Location} openingLoc
   * @param {Node[]} parts
   * @param {Location} closingLoc
   */
  constructor(nodeID, location, flags, openingLoc, parts, closingLoc) {
    this.nodeID = nodeID;
    this.location = location;
    this.#flags = flags;
    this.openingLoc = openingLoc;
    this.parts = parts;
    this.closingLoc = closingLoc;
  }

  /**
   * True if this node has the IGNORE_CASE flag.
   *
   * @returns {boolean}
   */
  isIgnoreCase() {
    return (this.#flags & RegularExpressionFlags.IGNORE_CASE) !== 0;
  }

  /**
   * True if this node has the EXTENDED flag.
   *
   * @returns {boolean}
   */
  isExtended() {
    return (this.#flags & RegularExpressionFlags.EXTENDED) !== 0;
  }

  /**
   * True if this node has the MULTI_LINE flag.
   *
   * @returns {boolean}
   */
  isMultiLine() {
    return (this.#flags & RegularExpressionFlags.MULTI_LINE) !== 0;
  }

  /**
   * True if this node has the ONCE flag.
   *
   * @returns {boolean}
   */
  isOnce() {
    return (this.#flags & RegularExpressionFlags.ONCE) !== 0;
  }

  /**
   * True if this node has the EUC_JP flag.
   *
   * @returns {boolean}
   */
  isEucJp() {
    return (this.#flags & RegularExpressionFlags.EUC_JP) !== 0;
  }

  /**
   * True if this node has the ASCII_8BIT flag.
   *
   * @returns {boolean}
   */
  isAscii8bit() {
    return (this.#flags & RegularExpressionFlags.ASCII_8BIT) !== 0;
  }

  /**
   * True if this node has the WINDOWS_31J flag.
   *
   * @returns {boolean}
   */
  isWindows31j() {
    return (this.#flags & RegularExpressionFlags.WINDOWS_31J) !== 0;
  }

  /**
   * True if this node has the UTF_8 flag.
   *
   * @returns {boolean}
   */
  isUtf8() {
    return (this.#flags & RegularExpressionFlags.UTF_8) !== 0;
  }

  /**
   * True if this node has the FORCED_UTF8_ENCODING flag.
   *
   * @returns {boolean}
   */
  isForcedUtf8Encoding() {
    return (this.#flags & RegularExpressionFlags.FORCED_UTF8_ENCODING) !== 0;
  }

  /**
   * True if this node has the FORCED_BINARY_ENCODING flag.
   *
   * @returns {boolean}
   */
  isForcedBinaryEncoding() {
    return (this.#flags & RegularExpressionFlags.FORCED_BINARY_ENCODING) !== 0;
  }

  /**
   * True if this node has the FORCED_US_ASCII_ENCODING flag.
   *
   * @returns {boolean}
   */
  isForcedUsAsciiEncoding() {
    return (this.#flags & RegularExpressionFlags.FORCED_US_ASCII_ENCODING) !== 0;
  }

  /**
   * Accept a visitor for this node.
   *
   * @param {visitors.Visitor} visitor
   */
  accept(visitor) {
    visitor.visitInterpolatedMatchLastLineNode(this)
  }

  /**
   * Returns all child nodes of the current node.
   *
   * @returns {(Node | null)[]} An array of child nodes.
   */
  childNodes() {
    return [...this.parts]
  }

  /**
   * Compact and return an array of child nodes.
   *
   * @returns {Node[]} An array of compacted child nodes.
   */
  compactChildNodes() {
    return [...this.parts];
  }

  /**
   * Transforms the Node to a JavaScript object.
   *
   * @returns {Object}
   */
  toJSON() {
    return {
      type: "InterpolatedMatchLastLineNode",
      location: this.location,
      flags: this.#flags,
      openingLoc: this.openingLoc,
      parts: this.parts,
      closingLoc: this.closingLoc,
    };
  }
}

/**
 * Represents a regular expression literal that contains interpolation.
 *
 *     /foo #{bar} baz/
 *     ^^^^^^^^^^^^^^^^
 */
class InterpolatedRegularExpressionNode {
  /**
   * @type number
   */
  nodeID;

  /**
   * @type {Location}
   */
  location;

  /**
   * @type number
   */
  #flags;

  /**
   * @type Location
   */
  openingLoc;

  /**
   * @type Node[]
   */
  parts;

  /**
   * @type Location
   */
  closingLoc;

  /**
   * Construct a new InterpolatedRegularExpressionNode.
   *
   * @param {number} nodeID
   * @param {Location} location
   * @param {number} flags
   * @param {Location} openingLoc
   * @param {Node[]} parts
   * @param {Location} closingLoc
   */
  constructor(nodeID, location, flags, openingLoc, parts, closingLoc) {
    this.nodeID = nodeID;
    this.location = location;
    this.#flags = flags;
    this.openingLoc = openingLoc;
    this.parts = parts;
    this.closingLoc = closingLoc;
  }

  /**
   * True if this node has the IGNORE_CASE flag.
   *
   * @returns {boolean}
   */
  isIgnoreCase() {
    return (this.#flags & RegularExpressionFlags.IGNORE_CASE) !== 0;
  }

  /**
   * True if this node has the EXTENDED flag.
   *
   * @returns {boolean}
   */
  isExtended() {
    return (this.#flags & RegularExpressionFlags.EXTENDED) !== 0;
  }

  /**
   * True if this node has the MULTI_LINE flag.
   *
   * @returns {boolean}
   */
  isMultiLine() {
    return (this.#flags & RegularExpressionFlags.MULTI_LINE) !== 0;
  }

  /**
   * True if this node has the ONCE flag.
   *
   * @returns {boolean}
   */
  isOnce() {
    return (this.#flags & RegularExpressionFlags.ONCE) !== 0;
  }

  /**
   * True if this node has the EUC_JP flag.
   *
   * @returns {boolean}
   */
  isEucJp() {
    return (this.#flags & RegularExpressionFlags.EUC_JP) !== 0;
  }

  /**
   * True if this node has the ASCII_8BIT flag.
   *
   * @returns {boolean}
   */
  isAscii8bit() {
    return (this.#flags & RegularExpressionFlags.ASCII_8BIT) !== 0;
  }

  /**
   * True if this node has the WINDOWS_31J flag.
   *
   * @returns {boolean}
   */
  isWindows31j() {
    return (this.#flags & RegularExpressionFlags.WINDOWS_31J) !== 0;
  }

  /**
   * True if this node has the UTF_8 flag.
   *
   * @returns {boolean}
   */
  isUtf8() {
    return (this.#flags & RegularExpressionFlags.UTF_8) !== 0;
  }

  /**
   * True if this node has the FORCED_UTF8_ENCODING flag.
   *
   * @returns {boolean}
   */
  isForcedUtf8Encoding() {
    return (this.#flags & RegularExpressionFlags.FORCED_UTF8_ENCODING) !== 0;
  }

  /**
   * True if this node has the FORCED_BINARY_ENCODING flag.
   *
   * @returns {boolean}
   */
  isForcedBinaryEncoding() {
    return (this.#flags & RegularExpressionFlags.FORCED_BINARY_ENCODING) !== 0;
  }

  /**
   * True if this node has the FORCED_US_ASCII_ENCODING flag.
   *
   * @returns {boolean}
   */
  isForcedUsAsciiEncoding() {
    return (this.#flags & RegularExpressionFlags.FORCED_US_ASCII_ENCODING) !== 0;
  }

  /**
   * Accept a visitor for this node.
   *
   * @param {visitors.Visitor} visitor
   */
  accept(visitor) {
    visitor.visitInterpolatedRegularExpressionNode(this)
  }

  /**
   * Returns all child nodes of the current node.
   *
   * @returns {(Node | null)[]} An array of child nodes.
   */
  childNodes() {
    return [...this.parts]
  }

  /**
   * Compact and return an array of child nodes.
   *
   * @returns {Node[]} An array of compacted child nodes.
   */
  compactChildNodes() {
    return [...this.parts];
  }

  /**
   * Transforms the Node to a JavaScript object.
   *
   * @returns {Object}
   */
  toJSON() {
    return {
      type: "InterpolatedRegularExpressionNode",
      location: this.location,
      flags: this.#flags,
      openingLoc: this.openingLoc,
      parts: this.parts,
      closingLoc: this.closingLoc,
    };
  }
}

/**
 * Represents a string literal that contains interpolation.
 *
 *     "foo #{bar} baz"
 *     ^^^^^^^^^^^^^^^^
 */
class InterpolatedStringNode {
  /**
   * @type number
   */
  nodeID;

  /**
   * @type {Location}
   */
  location;

  /**
   * @type number
   */
  #flags;

  /**
   * @type Location | null
   */
  openingLoc;

  /**
   * @type Node[]
   */
  parts;

  /**
   * @type Location | null
   */
  closingLoc;

  /**
   * Construct a new InterpolatedStringNode.
   *
   * @param {number} nodeID
   * @param {Location} location
   * @param {number} flags
   * @param {Location | null} openingLoc
   * @param {Node[]} parts
   * @param {Location | null} closingLoc
   */
  constructor(nodeID, location, flags, openingLoc, parts, closingLoc) {
    this.nodeID = nodeID;
    this.location = location;
    this.#flags = flags;
    this.openingLoc = openingLoc;
    this.parts = parts;
    this.closingLoc = closingLoc;
  }

  /**
   * True if this node has the FROZEN flag.
   *
   * @returns {boolean}
   */
  isFrozen() {
    return (this.#flags & InterpolatedStringNodeFlags.FROZEN) !== 0;
  }

  /**
   * True if this node has the MUTABLE flag.
   *
   * @returns {boolean}
   */
  isMutable() {
    return (this.#flags & InterpolatedStringNodeFlags.MUTABLE) !== 0;
  }

  /**
   * Accept a visitor for this node.
   *
   * @param {visitors.Visitor} visitor
   */
  accept(visitor) {
    visitor.visitInterpolatedStringNode(this)
  }

  /**
   * Returns all child nodes of the current node.
   *
   * @returns {(Node | null)[]} An array of child nodes.
   */
  childNodes() {
    return [...this.parts]
  }

  /**
   * Compact and return an array of child nodes.
   *
   * @returns {Node[]} An array of compacted child nodes.
   */
  compactChildNodes() {
    return [...this.parts];
  }

  /**
   * Transforms the Node to a JavaScript object.
   *
   * @returns {Object}
   */
  toJSON() {
    return {
      type: "InterpolatedStringNode",
      location: this.location,
      flags: this.#flags,
      openingLoc: this.openingLoc,
      parts: this.parts,
      closingLoc: this.closingLoc,
    };
  }
}

/**
 * Represents a symbol literal that contains interpolation.
 *
 *     :"foo #{bar} baz"
 *     ^^^^^^^^^^^^^^^^^
 */
class InterpolatedSymbolNode {
  /**
   * @type number
   */
  nodeID;

  /**
   * @type {Location}
   */
  location;

  /**
   * @type number
   */
  #flags;

  /**
   * @type Location | null
   */
  openingLoc;

  /**
   * @type Node[]
   */
  parts;

  /**
   * @type Location | null
   */
  closingLoc;

  /**
   * Construct a new InterpolatedSymbolNode.
   *
   * @param {number} nodeID
   * @param {Location} location
   * @param {number} flags
   * @param {Location | null} openingLoc
   * @param {Node[]} parts
   * @param {Location | null} closingLoc
   */
  constructor(nodeID, location, flags, openingLoc, parts, closingLoc) {
    this.nodeID = nodeID;
    this.location = location;
    this.#flags = flags;
    this.openingLoc = openingLoc;
    this.parts = parts;
    this.closingLoc = closingLoc;
  }

  /**
   * Accept a visitor for this node.
   *
   * @param {visitors.Visitor} visitor
   */
  accept(visitor) {
    visitor.visitInterpolatedSymbolNode(this)
  }

  /**
   * Returns all child nodes of the current node.
   *
   * @returns {(Node | null)[]} An array of child nodes.
   */
  childNodes() {
    return [...this.parts]
  }

  /**
   * Compact and return an array of child nodes.
   *
   * @returns {Node[]} An array of compacted child nodes.
   */
  compactChildNodes() {
    return [...this.parts];
  }

  /**
   * Transforms the Node to a JavaScript object.
   *
   * @returns {Object}
   */
  toJSON() {
    return {
      type: "InterpolatedSymbolNode",
      location: this.location,
      flags: this.#flags,
      openingLoc: this.openingLoc,
      parts: this.parts,
      closingLoc: this.closingLoc,
    };
  }
}

/**
 * Represents an xstring literal that contains interpolation.
 *
 *     `foo #{bar} baz`
 *     ^^^^^^^^^^^^^^^^
 */
class InterpolatedXStringNode {
  /**
   * @type number
   */
  nodeID;

  /**
   * @type {Location}
   */
  location;

  /**
   * @type number
   */
  #flags;

  /**
   * @type Location
   */
  openingLoc;

  /**
   * @type Node[]
   */
  parts;

  /**
   * @type Location
   */
  closingLoc;

  /**
   * Construct a new InterpolatedXStringNode.
   *
   * @param {number} nodeID
   * @param {Location} location
   * @param {number} flags
   * @param {Location} openingLoc
   * @param {Node[]} parts
   * @param {Location} closingLoc
   */
  constructor(nodeID, location, flags, openingLoc, parts, closingLoc) {
    this.nodeID = nodeID;
    this.location = location;
    this.#flags = flags;
    this.openingLoc = openingLoc;
    this.parts = parts;
    this.closingLoc = closingLoc;
  }

  /**
   * Accept a visitor for this node.
   *
   * @param {visitors.Visitor} visitor
   */
  accept(visitor) {
    visitor.visitInterpolatedXStringNode(this)
  }

  /**
   * Returns all child nodes of the current node.
   *
   * @returns {(Node | null)[]} An array of child nodes.
   */
  childNodes() {
    return [...this.parts]
  }

  /**
   * Compact and return an array of child nodes.
   *
   * @returns {Node[]} An array of compacted child nodes.
   */
  compactChildNodes() {
    return [...this.parts];
  }

  /**
   * Transforms the Node to a JavaScript object.
   *
   * @returns {Object}
   */
  toJSON() {
    return {
      type: "InterpolatedXStringNode",
      location: this.location,
      flags: this.#flags,
      openingLoc: this.openingLoc,
      parts: this.parts,
      closingLoc: this.closingLoc,
    };
  }
}

/**
 * Represents reading from the implicit `it` local variable.
 *
 *     -> { it }
 *          ^^
 */
class ItLocalVariableReadNode {
  /**
   * @type number
   */
  nodeID;

  /**
   * @type {Location}
   */
  location;

  /**
   * @type number
   */
  #flags;

  /**
   * Construct a new ItLocalVariableReadNode.
   *
   * @param {number} nodeID
   * @param {Location} location
   * @param {number} flags
   */
  constructor(nodeID, location, flags) {
    this.nodeID = nodeID;
    this.location = location;
    this.#flags = flags;
  }

  /**
   * Accept a visitor for this node.
   *
   * @param {visitors.Visitor} visitor
   */
  accept(visitor) {
    visitor.visitItLocalVariableReadNode(this)
  }

  /**
   * Returns all child nodes of the current node.
   *
   * @returns {(Node | null)[]} An array of child nodes.
   */
  childNodes() {
    return []
  }

  /**
   * Compact and return an array of child nodes.
   *
   * @returns {Node[]} An array of compacted child nodes.
   */
  compactChildNodes() {
    return [];
  }

  /**
   * Transforms the Node to a JavaScript object.
   *
   * @returns {Object}
   */
  toJSON() {
    return {
      type: "ItLocalVariableReadNode",
      location: this.location,
      flags: this.#flags,
    };
  }
}

/**
 * Represents an implicit set of parameters through the use of the `it` keyword within a block or lambda.
 *
 *     -> { it + it }
 *     ^^^^^^^^^^^^^^
 */
class ItParametersNode {
  /**
   * @type number
   */
  nodeID;

  /**
   * @type {Location}
   */
  location;

  /**
   * @type number
   */
  #flags;

  /**
   * Construct a new ItParametersNode.
   *
   * @param {number} nodeID
   * @param {Location} location
   * @param {number} flags
   */
  constructor(nodeID, location, flags) {
    this.nodeID = nodeID;
    this.location = location;
    this.#flags = flags;
  }

  /**
   * Accept a visitor for this node.
   *
   * @param {visitors.Visitor} visitor
   */
  accept(visitor) {
    visitor.visitItParametersNode(this)
  }

  /**
   * Returns all child nodes of the current node.
   *
   * @returns {(Node | null)[]} An array of child nodes.
   */
  childNodes() {
    return []
  }

  /**
   * Compact and return an array of child nodes.
   *
   * @returns {Node[]} An array of compacted child nodes.
   */
  compactChildNodes() {
    return [];
  }

  /**
   * Transforms the Node to a JavaScript object.
   *
   * @returns {Object}
   */
  toJSON() {
    return {
      type: "ItParametersNode",
      location: this.location,
      flags: this.#flags,
    };
  }
}

/**
 * Represents a hash literal without opening and closing braces.
 *
 *     foo(a: b)
 *         ^^^^
 */
class KeywordHashNode {
  /**
   * @type number
   */
  nodeID;

  /**
   * @type {Location}
   */
  location;

  /**
   * @type number
   */
  #flags;

  /**
   * @type Node[]
   */
  elements;

  /**
   * Construct a new KeywordHashNode.
   *
   * @param {number} nodeID
   * @param {Location} location
   * @param {number} flags
   * @param {Node[]} elements
   */
  constructor(nodeID, location, flags, elements) {
    this.nodeID = nodeID;
    this.location = location;
    this.#flags = flags;
    this.elements = elements;
  }

  /**
   * True if this node has the SYMBOL_KEYS flag.
   *
   * @returns {boolean}
   */
  isSymbolKeys() {
    return (this.#flags & KeywordHashNodeFlags.SYMBOL_KEYS) !== 0;
  }

  /**
   * Accept a visitor for this node.
   *
   * @param {visitors.Visitor} visitor
   */
  accept(visitor) {
    visitor.visitKeywordHashNode(this)
  }

  /**
   * Returns all child nodes of the current node.
   *
   * @returns {(Node | null)[]} An array of child nodes.
   */
  childNodes() {
    return [...this.elements]
  }

  /**
   * Compact and return an array of child nodes.
   *
   * @returns {Node[]} An array of compacted child nodes.
   */
  compactChildNodes() {
    return [...this.elements];
  }

  /**
   * Transforms the Node to a JavaScript object.
   *
   * @returns {Object}
   */
  toJSON() {
    return {
      type: "KeywordHashNode",
      location: this.location,
      flags: this.#flags,
      elements: this.elements,
    };
  }
}

/**
 * Represents a keyword rest parameter to a method, block, or lambda definition.
 *
 *     def a(**b)
 *           ^^^
 *     end
 */
class KeywordRestParameterNode {
  /**
   * @type number
   */
  nodeID;

  /**
   * @type {Location}
   */
  location;

  /**
   * @type number
   */
  #flags;

  /**
   * @type string | null
   */
  name;

  /**
   * @type Location | null
   */
  nameLoc;

  /**
   * @type Location
   */
  operatorLoc;

  /**
   * Construct a new KeywordRestParameterNode.
   *
   * @param {number} nodeID
   * @param {Location} location
   * @param {number} flags
   * @param {string | null} name
   * @param {Location | null} nameLoc
   * @param {Location} operatorLoc
   */
  constructor(nodeID, location, flags, name, nameLoc, operatorLoc) {
    this.nodeID = nodeID;
    this.location = location;
    this.#flags = flags;
    this.name = name;
    this.nameLoc = nameLoc;
    this.operatorLoc = operatorLoc;
  }

  /**
   * True if this node has the REPEATED_PARAMETER flag.
   *
   * @returns {boolean}
   */
  isRepeatedParameter() {
    return (this.#flags & ParameterFlags.REPEATED_PARAMETER) !== 0;
  }

  /**
   * Accept a visitor for this node.
   *
   * @param {visitors.Visitor} visitor
   */
  accept(visitor) {
    visitor.visitKeywordRestParameterNode(this)
  }

  /**
   * Returns all child nodes of the current node.
   *
   * @returns {(Node | null)[]} An array of child nodes.
   */
  childNodes() {
    return []
  }

  /**
   * Compact and return an array of child nodes.
   *
   * @returns {Node[]} An array of compacted child nodes.
   */
  compactChildNodes() {
    return [];
  }

  /**
   * Transforms the Node to a JavaScript object.
   *
   * @returns {Object}
   */
  toJSON() {
    return {
      type: "KeywordRestParameterNode",
      location: this.location,
      flags: this.#flags,
      name: this.name,
      nameLoc: this.nameLoc,
      operatorLoc: this.operatorLoc,
    };
  }
}

/**
 * Represents using a lambda literal (not the lambda method call).
 *
 *     ->(value) { value * 2 }
 *     ^^^^^^^^^^^^^^^^^^^^^^^
 */
class LambdaNode {
  /**
   * @type number
   */
  nodeID;

  /**
   * @type {Location}
   */
  location;

  /**
   * @type number
   */
  #flags;

  /**
   * @type string[]
   */
  locals;

  /**
   * @type Location
   */
  operatorLoc;

  /**
   * @type Location
   */
  openingLoc;

  /**
   * @type Location
   */
  closingLoc;

  /**
   * @type Node | null
   */
  parameters;

  /**
   * @type Node | null
   */
  body;

  /**
   * Construct a new LambdaNode.
   *
   * @param {number} nodeID
   * @param {Location} location
   * @param {number} flags
   * @param {string[]} locals
   * @param {Location} operatorLoc
   * @param {Location} openingLoc
   * @param {Location} closingLoc
   * @param {Node | null} parameters
   * @param {Node | null} body
   */
  constructor(nodeID, location, flags, locals, operatorLoc, openingLoc, closingLoc, parameters, body) {
    this.nodeID = nodeID;
    this.location = location;
    this.#flags = flags;
    this.locals = locals;
    this.operatorLoc = operatorLoc;
    this.openingLoc = openingLoc;
    this.closingLoc = closingLoc;
    this.parameters = parameters;
    this.body = body;
  }

  /**
   * Accept a visitor for this node.
   *
   * @param {visitors.Visitor} visitor
   */
  accept(visitor) {
    visitor.visitLambdaNode(this)
  }

  /**
   * Returns all child nodes of the current node.
   *
   * @returns {(Node | null)[]} An array of child nodes.
   */
  childNodes() {
    return [this.parameters, this.body]
  }

  /**
   * Compact and return an array of child nodes.
   *
   * @returns {Node[]} An array of compacted child nodes.
   */
  compactChildNodes() {
    const compact = [];

    if (this.parameters) {
      compact.push(this.parameters);
    }
    if (this.body) {
      compact.push(this.body);
    }

    return compact;
  }

  /**
   * Transforms the Node to a JavaScript object.
   *
   * @returns {Object}
   */
  toJSON() {
    return {
      type: "LambdaNode",
      location: this.location,
      flags: this.#flags,
      locals: this.locals,
      operatorLoc: this.operatorLoc,
      openingLoc: this.openingLoc,
      closingLoc: this.closingLoc,
      parameters: this.parameters,
      body: this.body,
    };
  }
}

/**
 * Represents the use of the `&&=` operator for assignment to a local variable.
 *
 *     target &&= value
 *     ^^^^^^^^^^^^^^^^
 */
class LocalVariableAndWriteNode {
  /**
   * @type number
   */
  nodeID;

  /**
   * @type {Location}
   */
  location;

  /**
   * @type number
   */
  #flags;

  /**
   * @type Location
   */
  nameLoc;

  /**
   * @type Location
   */
  operatorLoc;

  /**
   * @type Node
   */
  value;

  /**
   * @type string
   */
  name;

  /**
   * @type number
   */
  depth;

  /**
   * Construct a new LocalVariableAndWriteNode.
   *
   * @param {number} nodeID
   * @param {Location} location
   * @param {number} flags
   * @param {Location} nameLoc
   * @param {Location} operatorLoc
   * @param {Node} value
   * @param {string} name
   * @param {number} depth
   */
  constructor(nodeID, location, flags, nameLoc, operatorLoc, value, name, depth) {
    this.nodeID = nodeID;
    this.location = location;
    this.#flags = flags;
    this.nameLoc = nameLoc;
    this.operatorLoc = operatorLoc;
    this.value = value;
    this.name = name;
    this.depth = depth;
  }

  /**
   * Accept a visitor for this node.
   *
   * @param {visitors.Visitor} visitor
   */
  accept(visitor) {
    visitor.visitLocalVariableAndWriteNode(this)
  }

  /**
   * Returns all child nodes of the current node.
   *
   * @returns {(Node | null)[]} An array of child nodes.
   */
  childNodes() {
    return [this.value]
  }

  /**
   * Compact and return an array of child nodes.
   *
   * @returns {Node[]} An array of compacted child nodes.
   */
  compactChildNodes() {
    return [this.value];
  }

  /**
   * Transforms the Node to a JavaScript object.
   *
   * @returns {Object}
   */
  toJSON() {
    return {
      type: "LocalVariableAndWriteNode",
      location: this.location,
      flags: this.#flags,
      nameLoc: this.nameLoc,
      operatorLoc: this.operatorLoc,
      value: this.value,
      name: this.name,
      depth: this.depth,
    };
  }
}

/**
 * Represents assigning to a local variable using an operator that isn't `=`.
 *
 *     target += value
 *     ^^^^^^^^^^^^^^^
 */
class LocalVariableOperatorWriteNode {
  /**
   * @type number
   */
  nodeID;

  /**
   * @type {Location}
   */
  location;

  /**
   * @type number
   */
  #flags;

  /**
   * @type Location
   */
  nameLoc;

  /**
   * @type Location
   */
  binaryOperatorLoc;

  /**
   * @type Node
   */
  value;

  /**
   * @type string
   */
  name;

  /**
   * @type string
   */
  binaryOperator;

  /**
   * @type number
   */
  depth;

  /**
   * Construct a new LocalVariableOperatorWriteNode.
   *
   * @param {number} nodeID
   * @param {Location} location
   * @param {number} flags
   * @param {Location} nameLoc
   * @param {Location} binaryOperatorLoc
   * @param {Node} value
   * @param {string} name
   * @param {string} binaryOperator
   * @param {number} depth
   */
  constructor(nodeID, location, flags, nameLoc, binaryOperatorLoc, value, name, binaryOperator, depth) {
    this.nodeID = nodeID;
    this.location = location;
    this.#flags = flags;
    this.nameLoc = nameLoc;
    this.binaryOperatorLoc = binaryOperatorLoc;
    this.value = value;
    this.name = name;
    this.binaryOperator = binaryOperator;
    this.depth = depth;
  }

  /**
   * Accept a visitor for this node.
   *
   * @param {visitors.Visitor} visitor
   */
  accept(visitor) {
    visitor.visitLocalVariableOperatorWriteNode(this)
  }

  /**
   * Returns all child nodes of the current node.
   *
   * @returns {(Node | null)[]} An array of child nodes.
   */
  childNodes() {
    return [this.value]
  }

  /**
   * Compact and return an array of child nodes.
   *
   * @returns {Node[]} An array of compacted child nodes.
   */
  compactChildNodes() {
    return [this.value];
  }

  /**
   * Transforms the Node to a JavaScript object.
   *
   * @returns {Object}
   */
  toJSON() {
    return {
      type: "LocalVariableOperatorWriteNode",
      location: this.location,
      flags: this.#flags,
      nameLoc: this.nameLoc,
      binaryOperatorLoc: this.binaryOperatorLoc,
      value: this.value,
      name: this.name,
      binaryOperator: this.binaryOperator,
      depth: this.depth,
    };
  }
}

/**
 * Represents the use of the `||=` operator for assignment to a local variable.
 *
 *     target ||= value
 *     ^^^^^^^^^^^^^^^^
 */
class LocalVariableOrWriteNode {
  /**
   * @type number
   */
  nodeID;

  /**
   * @type {Location}
   */
  location;

  /**
   * @type number
   */
  #flags;

  /**
   * @type Location
   */
  nameLoc;

  /**
   * @type Location
   */
  operatorLoc;

  /**
   * @type Node
   */
  value;

  /**
   * @type string
   */
  name;

  /**
   * @type number
   */
  depth;

  /**
   * Construct a new LocalVariableOrWriteNode.
   *
   * @param {number} nodeID
   * @param {Location} location
   * @param {number} flags
   * @param {Location} nameLoc
   * @param {Location} operatorLoc
   * @param {Node} value
   * @param {string} name
   * @param {number} depth
   */
  constructor(nodeID, location, flags, nameLoc, operatorLoc, value, name, depth) {
    this.nodeID = nodeID;
    this.location = location;
    this.#flags = flags;
    this.nameLoc = nameLoc;
    this.operatorLoc = operatorLoc;
    this.value = value;
    this.name = name;
    this.depth = depth;
  }

  /**
   * Accept a visitor for this node.
   *
   * @param {visitors.Visitor} visitor
   */
  accept(visitor) {
    visitor.visitLocalVariableOrWriteNode(this)
  }

  /**
   * Returns all child nodes of the current node.
   *
   * @returns {(Node | null)[]} An array of child nodes.
   */
  childNodes() {
    return [this.value]
  }

  /**
   * Compact and return an array of child nodes.
   *
   * @returns {Node[]} An array of compacted child nodes.
   */
  compactChildNodes() {
    return [this.value];
  }

  /**
   * Transforms the Node to a JavaScript object.
   *
   * @returns {Object}
   */
  toJSON() {
    return {
      type: "LocalVariableOrWriteNode",
      location: this.location,
      flags: this.#flags,
      nameLoc: this.nameLoc,
      operatorLoc: this.operatorLoc,
      value: this.value,
      name: this.name,
      depth: this.depth,
    };
  }
}

/**
 * Represents reading a local variable. Note that this requires that a local variable of the same name has already been written to in the same scope, otherwise it is parsed as a method call.
 *
 *     foo
 *     ^^^
 */
class LocalVariableReadNode {
  /**
   * @type number
   */
  nodeID;

  /**
   * @type {Location}
   */
  location;

  /**
   * @type number
   */
  #flags;

  /**
   * @type string
   */
  name;

  /**
   * @type number
   */
  depth;

  /**
   * Construct a new LocalVariableReadNode.
   *
   * @param {number} nodeID
   * @param {Location} location
   * @param {number} flags
   * @param {string} name
   * @param {number} depth
   */
  constructor(nodeID, location, flags, name, depth) {
    this.nodeID = nodeID;
    this.location = location;
    this.#flags = flags;
    this.name = name;
    this.depth = depth;
  }

  /**
   * Accept a visitor for this node.
   *
   * @param {visitors.Visitor} visitor
   */
  accept(visitor) {
    visitor.visitLocalVariableReadNode(this)
  }

  /**
   * Returns all child nodes of the current node.
   *
   * @returns {(Node | null)[]} An array of child nodes.
   */
  childNodes() {
    return []
  }

  /**
   * Compact and return an array of child nodes.
   *
   * @returns {Node[]} An array of compacted child nodes.
   */
  compactChildNodes() {
    return [];
  }

  /**
   * Transforms the Node to a JavaScript object.
   *
   * @returns {Object}
   */
  toJSON() {
    return {
      type: "LocalVariableReadNode",
      location: this.location,
      flags: this.#flags,
      name: this.name,
      depth: this.depth,
    };
  }
}

/**
 * Represents writing to a local variable in a context that doesn't have an explicit value.
 *
 *     foo, bar = baz
 *     ^^^  ^^^
 *
 *     foo => baz
 *            ^^^
 */
class LocalVariableTargetNode {
  /**
   * @type number
   */
  nodeID;

  /**
   * @type {Location}
   */
  location;

  /**
   * @type number
   */
  #flags;

  /**
   * @type string
   */
  name;

  /**
   * @type number
   */
  depth;

  /**
   * Construct a new LocalVariableTargetNode.
   *
   * @param {number} nodeID
   * @param {Location} location
   * @param {number} flags
   * @param {string} name
   * @param {number} depth
   */
  constructor(nodeID, location, flags, name, depth) {
    this.nodeID = nodeID;
    this.location = location;
    this.#flags = flags;
    this.name = name;
    this.depth = depth;
  }

  /**
   * Accept a visitor for this node.
   *
   * @param {visitors.Visitor} visitor
   */
  accept(visitor) {
    visitor.visitLocalVariableTargetNode(this)
  }

  /**
   * Returns all child nodes of the current node.
   *
   * @returns {(Node | null)[]} An array of child nodes.
   */
  childNodes() {
    return []
  }

  /**
   * Compact and return an array of child nodes.
   *
   * @returns {Node[]} An array of compacted child nodes.
   */
  compactChildNodes() {
    return [];
  }

  /**
   * Transforms the Node to a JavaScript object.
   *
   * @returns {Object}
   */
  toJSON() {
    return {
      type: "LocalVariableTargetNode",
      location: this.location,
      flags: this.#flags,
      name: this.name,
      depth: this.depth,
    };
  }
}

/**
 * Represents writing to a local variable.
 *
 *     foo = 1
 *     ^^^^^^^
 */
class LocalVariableWriteNode {
  /**
   * @type number
   */
  nodeID;

  /**
   * @type {Location}
   */
  location;

  /**
   * @type number
   */
  #flags;

  /**
   * @type string
   */
  name;

  /**
   * @type number
   */
  depth;

  /**
   * @type Location
   */
  nameLoc;

  /**
   * @type Node
   */
  value;

  /**
   * @type Location
   */
  operatorLoc;

  /**
   * Construct a new LocalVariableWriteNode.
   *
   * @param {number} nodeID
   * @param {Location} location
   * @param {number} flags
   * @param {string} name
   * @param {number} depth
   * @param {Location} nameLoc
   * @param {Node} value
   * @param {Location} operatorLoc
   */
  constructor(nodeID, location, flags, name, depth, nameLoc, value, operatorLoc) {
    this.nodeID = nodeID;
    this.location = location;
    this.#flags = flags;
    this.name = name;
    this.depth = depth;
    this.nameLoc = nameLoc;
    this.value = value;
    this.operatorLoc = operatorLoc;
  }

  /**
   * Accept a visitor for this node.
   *
   * @param {visitors.Visitor} visitor
   */
  accept(visitor) {
    visitor.visitLocalVariableWriteNode(this)
  }

  /**
   * Returns all child nodes of the current node.
   *
   * @returns {(Node | null)[]} An array of child nodes.
   */
  childNodes() {
    return [this.value]
  }

  /**
   * Compact and return an array of child nodes.
   *
   * @returns {Node[]} An array of compacted child nodes.
   */
  compactChildNodes() {
    return [this.value];
  }

  /**
   * Transforms the Node to a JavaScript object.
   *
   * @returns {Object}
   */
  toJSON() {
    return {
      type: "LocalVariableWriteNode",
      location: this.location,
      flags: this.#flags,
      name: this.name,
      depth: this.depth,
      nameLoc: this.nameLoc,
      value: this.value,
      operatorLoc: this.operatorLoc,
    };
  }
}

/**
 * Represents a regular expression literal used in the predicate of a conditional to implicitly match against the last line read by an IO object.
 *
 *     if /foo/i then end
 *        ^^^^^^
 */
class MatchLastLineNode {
  /**
   * @type number
   */
  nodeID;

  /**
   * @type {Location}
   */
  location;

  /**
   * @type number
   */
  #flags;

  /**
   * @type Location
   */
  openingLoc;

  /**
   * @type Location
   */
  contentLoc;

  /**
   * @type Location
   */
  closingLoc;

  /**
   * @type RubyString
   */
  unescaped;

  /**
   * Construct a new MatchLastLineNode.
   *
   * @param {number} nodeID
   * @param {Location} location
   * @param {number} flags
   * @param {Location} openingLoc
   * @param {Location} contentLoc
   * @param {Location} closingLoc
   * @param {RubyString} unescaped
   */
  constructor(nodeID, location, flags, openingLoc, contentLoc, closingLoc, unescaped) {
    this.nodeID = nodeID;
    this.location = location;
    this.#flags = flags;
    this.openingLoc = openingLoc;
    this.contentLoc = contentLoc;
    this.closingLoc = closingLoc;
    this.unescaped = unescaped;
  }

  /**
   * True if this node has the IGNORE_CASE flag.
   *
   * @returns {boolean}
   */
  isIgnoreCase() {
    return (this.#flags & RegularExpressionFlags.IGNORE_CASE) !== 0;
  }

  /**
   * True if this node has the EXTENDED flag.
   *
   * @returns {boolean}
   */
  isExtended() {
    return (this.#flags & RegularExpressionFlags.EXTENDED) !== 0;
  }

  /**
   * True if this node has the MULTI_LINE flag.
   *
   * @returns {boolean}
   */
  isMultiLine() {
    return (this.#flags & RegularExpressionFlags.MULTI_LINE) !== 0;
  }

  /**
   * True if this node has the ONCE flag.
   *
   * @returns {boolean}
   */
  isOnce() {
    return (this.#flags & RegularExpressionFlags.ONCE) !== 0;
  }

  /**
   * True if this node has the EUC_JP flag.
   *
   * @returns {boolean}
   */
  isEucJp() {
    return (this.#flags & RegularExpressionFlags.EUC_JP) !== 0;
  }

  /**
   * True if this node has the ASCII_8BIT flag.
   *
   * @returns {boolean}
   */
  isAscii8bit() {
    return (this.#flags & RegularExpressionFlags.ASCII_8BIT) !== 0;
  }

  /**
   * True if this node has the WINDOWS_31J flag.
   *
   * @returns {boolean}
   */
  isWindows31j() {
    return (this.#flags & RegularExpressionFlags.WINDOWS_31J) !== 0;
  }

  /**
   * True if this node has the UTF_8 flag.
   *
   * @returns {boolean}
   */
  isUtf8() {
    return (this.#flags & RegularExpressionFlags.UTF_8) !== 0;
  }

  /**
   * True if this node has the FORCED_UTF8_ENCODING flag.
   *
   * @returns {boolean}
   */
  isForcedUtf8Encoding() {
    return (this.#flags & RegularExpressionFlags.FORCED_UTF8_ENCODING) !== 0;
  }

  /**
   * True if this node has the FORCED_BINARY_ENCODING flag.
   *
   * @returns {boolean}
   */
  isForcedBinaryEncoding() {
    return (this.#flags & RegularExpressionFlags.FORCED_BINARY_ENCODING) !== 0;
  }

  /**
   * True if this node has the FORCED_US_ASCII_ENCODING flag.
   *
   * @returns {boolean}
   */
  isForcedUsAsciiEncoding() {
    return (this.#flags & RegularExpressionFlags.FORCED_US_ASCII_ENCODING) !== 0;
  }

  /**
   * Accept a visitor for this node.
   *
   * @param {visitors.Visitor} visitor
   */
  accept(visitor) {
    visitor.visitMatchLastLineNode(this)
  }

  /**
   * Returns all child nodes of the current node.
   *
   * @returns {(Node | null)[]} An array of child nodes.
   */
  childNodes() {
    return []
  }

  /**
   * Compact and return an array of child nodes.
   *
   * @returns {Node[]} An array of compacted child nodes.
   */
  compactChildNodes() {
    return [];
  }

  /**
   * Transforms the Node to a JavaScript object.
   *
   * @returns {Object}
   */
  toJSON() {
    return {
      type: "MatchLastLineNode",
      location: this.location,
      flags: this.#flags,
      openingLoc: this.openingLoc,
      contentLoc: this.contentLoc,
      closingLoc: this.closingLoc,
      unescaped: this.unescaped,
    };
  }
}

/**
 * Represents the use of the modifier `in` operator.
 *
 *     foo in bar
 *     ^^^^^^^^^^
 */
class MatchPredicateNode {
  /**
   * @type number
   */
  nodeID;

  /**
   * @type {Location}
   */
  location;

  /**
   * @type number
   */
  #flags;

  /**
   * @type Node
   */
  value;

  /**
   * @type Node
   */
  pattern;

  /**
   * @type Location
   */
  operatorLoc;

  /**
   * Construct a new MatchPredicateNode.
   *
   * @param {number} nodeID
   * @param {Location} location
   * @param {number} flags
   * @param {Node} value
   * @param {Node} pattern
   * @param {Location} operatorLoc
   */
  constructor(nodeID, location, flags, value, pattern, operatorLoc) {
    this.nodeID = nodeID;
    this.location = location;
    this.#flags = flags;
    this.value = value;
    this.pattern = pattern;
    this.operatorLoc = operatorLoc;
  }

  /**
   * Accept a visitor for this node.
   *
   * @param {visitors.Visitor} visitor
   */
  accept(visitor) {
    visitor.visitMatchPredicateNode(this)
  }

  /**
   * Returns all child nodes of the current node.
   *
   * @returns {(Node | null)[]} An array of child nodes.
   */
  childNodes() {
    return [this.value, this.pattern]
  }

  /**
   * Compact and return an array of child nodes.
   *
   * @returns {Node[]} An array of compacted child nodes.
   */
  compactChildNodes() {
    return [this.value, this.pattern];
  }

  /**
   * Transforms the Node to a JavaScript object.
   *
   * @returns {Object}
   */
  toJSON() {
    return {
      type: "MatchPredicateNode",
      location: this.location,
      flags: this.#flags,
      value: this.value,
      pattern: this.pattern,
      operatorLoc: this.operatorLoc,
    };
  }
}

/**
 * Represents the use of the `=>` operator.
 *
 *     foo => bar
 *     ^^^^^^^^^^
 */
class MatchRequiredNode {
  /**
   * @type number
   */
  nodeID;

  /**
   * @type {Location}
   */
  location;

  /**
   * @type number
   */
  #flags;

  /**
   * @type Node
   */
  value;

  /**
   * @type Node
   */
  pattern;

  /**
   * @type Location
   */
  operatorLoc;

  /**
   * Construct a new MatchRequiredNode.
   *
   * @param {number} nodeID
   * @param {Location} location
   * @param {number} flags
   * @param {Node} value
   * @param {Node} pattern
   * @param {Location} operatorLoc
   */
  constructor(nodeID, location, flags, value, pattern, operatorLoc) {
    this.nodeID = nodeID;
    this.location = location;
    this.#flags = flags;
    this.value = value;
    this.pattern = pattern;
    this.operatorLoc = operatorLoc;
  }

  /**
   * Accept a visitor for this node.
   *
   * @param {visitors.Visitor} visitor
   */
  accept(visitor) {
    visitor.visitMatchRequiredNode(this)
  }

  /**
   * Returns all child nodes of the current node.
   *
   * @returns {(Node | null)[]} An array of child nodes.
   */
  childNodes() {
    return [this.value, this.pattern]
  }

  /**
   * Compact and return an array of child nodes.
   *
   * @returns {Node[]} An array of compacted child nodes.
   */
  compactChildNodes() {
    return [this.value, this.pattern];
  }

  /**
   * Transforms the Node to a JavaScript object.
   *
   * @returns {Object}
   */
  toJSON() {
    return {
      type: "MatchRequiredNode",
      location: this.location,
      flags: this.#flags,
      value: this.value,
      pattern: this.pattern,
      operatorLoc: this.operatorLoc,
    };
  }
}

/**
 * Represents writing local variables using a regular expression match with named capture groups.
 *
 *     /(?<foo>bar)/ =~ baz
 *     ^^^^^^^^^^^^^^^^^^^^
 */
class MatchWriteNode {
  /**
   * @type number
   */
  nodeID;

  /**
   * @type {Location}
   */
  location;

  /**
   * @type number
   */
  #flags;

  /**
   * @type CallNode
   */
  call;

  /**
   * @type Node[]
   */
  targets;

  /**
   * Construct a new MatchWriteNode.
   *
   * @param {number} nodeID
   * @param {Location} location
   * @param {number} flags
   * @param {CallNode} call
   * @param {Node[]} targets
   */
  constructor(nodeID, location, flags, call, targets) {
    this.nodeID = nodeID;
    this.location = location;
    this.#flags = flags;
    this.call = call;
    this.targets = targets;
  }

  /**
   * Accept a visitor for this node.
   *
   * @param {visitors.Visitor} visitor
   */
  accept(visitor) {
    visitor.visitMatchWriteNode(this)
  }

  /**
   * Returns all child nodes of the current node.
   *
   * @returns {(Node | null)[]} An array of child nodes.
   */
  childNodes() {
    return [this.call, ...this.targets]
  }

  /**
   * Compact and return an array of child nodes.
   *
   * @returns {Node[]} An array of compacted child nodes.
   */
  compactChildNodes() {
    return [this.call, ...this.targets];
  }

  /**
   * Transforms the Node to a JavaScript object.
   *
   * @returns {Object}
   */
  toJSON() {
    return {
      type: "MatchWriteNode",
      location: this.location,
      flags: this.#flags,
      call: this.call,
      targets: this.targets,
    };
  }
}

/**
 * Represents a node that is missing from the source and results in a syntax error.
 */
class MissingNode {
  /**
   * @type number
   */
  nodeID;

  /**
   * @type {Location}
   */
  location;

  /**
   * @type number
   */
  #flags;

  /**
   * Construct a new MissingNode.
   *
   * @param {number} nodeID
   * @param {Location} location
   * @param {number} flags
   */
  constructor(nodeID, location, flags) {
    this.nodeID = nodeID;
    this.location = location;
    this.#flags = flags;
  }

  /**
   * Accept a visitor for this node.
   *
   * @param {visitors.Visitor} visitor
   */
  accept(visitor) {
    visitor.visitMissingNode(this)
  }

  /**
   * Returns all child nodes of the current node.
   *
   * @returns {(Node | null)[]} An array of child nodes.
   */
  childNodes() {
    return []
  }

  /**
   * Compact and return an array of child nodes.
   *
   * @returns {Node[]} An array of compacted child nodes.
   */
  compactChildNodes() {
    return [];
  }

  /**
   * Transforms the Node to a JavaScript object.
   *
   * @returns {Object}
   */
  toJSON() {
    return {
      type: "MissingNode",
      location: this.location,
      flags: this.#flags,
    };
  }
}

/**
 * Represents a module declaration involving the `module` keyword.
 *
 *     module Foo end
 *     ^^^^^^^^^^^^^^
 */
class ModuleNode {
  /**
   * @type number
   */
  nodeID;

  /**
   * @type {Location}
   */
  location;

  /**
   * @type number
   */
  #flags;

  /**
   * @type string[]
   */
  locals;

  /**
   * @type Location
   */
  moduleKeywordLoc;

  /**
   * @type Node
   */
  constantPath;

  /**
   * @type Node | null
   */
  body;

  /**
   * @type Location
   */
  endKeywordLoc;

  /**
   * @type string
   */
  name;

  /**
   * Construct a new ModuleNode.
   *
   * @param {number} nodeID
   * @param {Location} location
   * @param {number} flags
   * @param {string[]} locals
   * @param {Location} moduleKeywordLoc
   * @param {Node} constantPath
   * @param {Node | null} body
   * @param {Location} endKeywordLoc
   * @param {string} name
   */
  constructor(nodeID, location, flags, locals, moduleKeywordLoc, constantPath, body, endKeywordLoc, name) {
    this.nodeID = nodeID;
    this.location = location;
    this.#flags = flags;
    this.locals = locals;
    this.moduleKeywordLoc = moduleKeywordLoc;
    this.constantPath = constantPath;
    this.body = body;
    this.endKeywordLoc = endKeywordLoc;
    this.name = name;
  }

  /**
   * Accept a visitor for this node.
   *
   * @param {visitors.Visitor} visitor
   */
  accept(visitor) {
    visitor.visitModuleNode(this)
  }

  /**
   * Returns all child nodes of the current node.
   *
   * @returns {(Node | null)[]} An array of child nodes.
   */
  childNodes() {
    return [this.constantPath, this.body]
  }

  /**
   * Compact and return an array of child nodes.
   *
   * @returns {Node[]} An array of compacted child nodes.
   */
  compactChildNodes() {
    const compact = [];

    compact.push(this.constantPath);

    if (this.body) {
      compact.push(this.body);
    }

    return compact;
  }

  /**
   * Transforms the Node to a JavaScript object.
   *
   * @returns {Object}
   */
  toJSON() {
    return {
      type: "ModuleNode",
      location: this.location,
      flags: this.#flags,
      locals: this.locals,
      moduleKeywordLoc: this.moduleKeywordLoc,
      constantPath: this.constantPath,
      body: this.body,
      endKeywordLoc: this.endKeywordLoc,
      name: this.name,
    };
  }
}

/**
 * Represents a multi-target expression.
 *
 *     a, (b, c) = 1, 2, 3
 *        ^^^^^^
 *
 * This can be a part of `MultiWriteNode` as above, or the target of a `for` loop
 *
 *     for a, b in [[1, 2], [3, 4]]
 *         ^^^^
 */
class MultiTargetNode {
  /**
   * @type number
   */
  nodeID;

  /**
   * @type {Location}
   */
  location;

  /**
   * @type number
   */
  #flags;

  /**
   * @type Node[]
   */
  lefts;

  /**
   * @type Node | null
   */
  rest;

  /**
   * @type Node[]
   */
  rights;

  /**
   * @type Location | null
   */
  lparenLoc;

  /**
   * @type Location | null
   */
  rparenLoc;

  /**
   * Construct a new MultiTargetNode.
   *
   * @param {number} nodeID
   * @param {Location} location
   * @param {number} flags
   * @param {Node[]} lefts
   * @param {Node | null} rest
   * @param {Node[]} rights
   * @param {Location | null} lparenLoc
   * @param {Location | null} rparenLoc
   */
  constructor(nodeID, location, flags, lefts, rest, rights, lparenLoc, rparenLoc) {
    this.nodeID = nodeID;
    this.location = location;
    this.#flags = flags;
    this.lefts = lefts;
    this.rest = rest;
    this.rights = rights;
    this.lparenLoc = lparenLoc;
    this.rparenLoc = rparenLoc;
  }

  /**
   * Accept a visitor for this node.
   *
   * @param {visitors.Visitor} visitor
   */
  accept(visitor) {
    visitor.visitMultiTargetNode(this)
  }

  /**
   * Returns all child nodes of the current node.
   *
   * @returns {(Node | null)[]} An array of child nodes.
   */
  childNodes() {
    return [...this.lefts, this.rest, ...this.rights]
  }

  /**
   * Compact and return an array of child nodes.
   *
   * @returns {Node[]} An array of compacted child nodes.
   */
  compactChildNodes() {
    const compact = [];

    compact.concat(this.lefts);
    if (this.rest) {
      compact.push(this.rest);
    }
    compact.concat(this.rights);

    return compact;
  }

  /**
   * Transforms the Node to a JavaScript object.
   *
   * @returns {Object}
   */
  toJSON() {
    return {
      type: "MultiTargetNode",
      location: this.location,
      flags: this.#flags,
      lefts: this.lefts,
      rest: this.rest,
      rights: this.rights,
      lparenLoc: this.lparenLoc,
      rparenLoc: this.rparenLoc,
    };
  }
}

/**
 * Represents a write to a multi-target expression.
 *
 *     a, b, c = 1, 2, 3
 *     ^^^^^^^^^^^^^^^^^
 */
class MultiWriteNode {
  /**
   * @type number
   */
  nodeID;

  /**
   * @type {Location}
   */
  location;

  /**
   * @type number
   */
  #flags;

  /**
   * @type Node[]
   */
  lefts;

  /**
   * @type Node | null
   */
  rest;

  /**
   * @type Node[]
   */
  rights;

  /**
   * @type Location | null
   */
  lparenLoc;

  /**
   * @type Location | null
   */
  rparenLoc;

  /**
   * @type Location
   */
  operatorLoc;

  /**
   * @type Node
   */
  value;

  /**
   * Construct a new MultiWriteNode.
   *
   * @param {number} nodeID
   * @param {Location} location
   * @param {number} flags
   * @param {Node[]} lefts
   * @param {Node | null} rest
   * @param {Node[]} rights
   * @param {Location | null} lparenLoc
   * @param {Location | null} rparenLoc
   * @param {Location} operatorLoc
   * @param {Node} value
   */
  constructor(nodeID, location, flags, lefts, rest, rights, lparenLoc, rparenLoc, operatorLoc, value) {
    this.nodeID = nodeID;
    this.location = location;
    this.#flags = flags;
    this.lefts = lefts;
    this.rest = rest;
    this.rights = rights;
    this.lparenLoc = lparenLoc;
    this.rparenLoc = rparenLoc;
    this.operatorLoc = operatorLoc;
    this.value = value;
  }

  /**
   * Accept a visitor for this node.
   *
   * @param {visitors.Visitor} visitor
   */
  accept(visitor) {
    visitor.visitMultiWriteNode(this)
  }

  /**
   * Returns all child nodes of the current node.
   *
   * @returns {(Node | null)[]} An array of child nodes.
   */
  childNodes() {
    return [...this.lefts, this.rest, ...this.rights, this.value]
  }

  /**
   * Compact and return an array of child nodes.
   *
   * @returns {Node[]} An array of compacted child nodes.
   */
  compactChildNodes() {
    const compact = [];

    compact.concat(this.lefts);
    if (this.rest) {
      compact.push(this.rest);
    }
    compact.concat(this.rights);
    compact.push(this.value);


    return compact;
  }

  /**
   * Transforms the Node to a JavaScript object.
   *
   * @returns {Object}
   */
  toJSON() {
    return {
      type: "MultiWriteNode",
      location: this.location,
      flags: this.#flags,
      lefts: this.lefts,
      rest: this.rest,
      rights: this.rights,
      lparenLoc: this.lparenLoc,
      rparenLoc: this.rparenLoc,
      operatorLoc: this.operatorLoc,
      value: this.value,
    };
  }
}

/**
 * Represents the use of the `next` keyword.
 *
 *     next 1
 *     ^^^^^^
 */
class NextNode {
  /**
   * @type number
   */
  nodeID;

  /**
   * @type {Location}
   */
  location;

  /**
   * @type number
   */
  #flags;

  /**
   * @type ArgumentsNode | null
   */
  arguments_;

  /**
   * @type Location
   */
  keywordLoc;

  /**
   * Construct a new NextNode.
   *
   * @param {number} nodeID
   * @param {Location} location
   * @param {number} flags
   * @param {ArgumentsNode | null} arguments_
   * @param {Location} keywordLoc
   */
  constructor(nodeID, location, flags, arguments_, keywordLoc) {
    this.nodeID = nodeID;
    this.location = location;
    this.#flags = flags;
    this.arguments_ = arguments_;
    this.keywordLoc = keywordLoc;
  }

  /**
   * Accept a visitor for this node.
   *
   * @param {visitors.Visitor} visitor
   */
  accept(visitor) {
    visitor.visitNextNode(this)
  }

  /**
   * Returns all child nodes of the current node.
   *
   * @returns {(Node | null)[]} An array of child nodes.
   */
  childNodes() {
    return [this.arguments_]
  }

  /**
   * Compact and return an array of child nodes.
   *
   * @returns {Node[]} An array of compacted child nodes.
   */
  compactChildNodes() {
    const compact = [];

    if (this.arguments_) {
      compact.push(this.arguments_);
    }

    return compact;
  }

  /**
   * Transforms the Node to a JavaScript object.
   *
   * @returns {Object}
   */
  toJSON() {
    return {
      type: "NextNode",
      location: this.location,
      flags: this.#flags,
      arguments: this.arguments_,
      keywordLoc: this.keywordLoc,
    };
  }
}

/**
 * Represents the use of the `nil` keyword.
 *
 *     nil
 *     ^^^
 */
class NilNode {
  /**
   * @type number
   */
  nodeID;

  /**
   * @type {Location}
   */
  location;

  /**
   * @type number
   */
  #flags;

  /**
   * Construct a new NilNode.
   *
   * @param {number} nodeID
   * @param {Location} location
   * @param {number} flags
   */
  constructor(nodeID, location, flags) {
    this.nodeID = nodeID;
    this.location = location;
    this.#flags = flags;
  }

  /**
   * Accept a visitor for this node.
   *
   * @param {visitors.Visitor} visitor
   */
  accept(visitor) {
    visitor.visitNilNode(this)
  }

  /**
   * Returns all child nodes of the current node.
   *
   * @returns {(Node | null)[]} An array of child nodes.
   */
  childNodes() {
    return []
  }

  /**
   * Compact and return an array of child nodes.
   *
   * @returns {Node[]} An array of compacted child nodes.
   */
  compactChildNodes() {
    return [];
  }

  /**
   * Transforms the Node to a JavaScript object.
   *
   * @returns {Object}
   */
  toJSON() {
    return {
      type: "NilNode",
      location: this.location,
      flags: this.#flags,
    };
  }
}

/**
 * Represents the use of `**nil` inside method arguments.
 *
 *     def a(**nil)
 *           ^^^^^
 *     end
 */
class NoKeywordsParameterNode {
  /**
   * @type number
   */
  nodeID;

  /**
   * @type {Location}
   */
  location;

  /**
   * @type number
   */
  #flags;

  /**
   * @type Location
   */
  operatorLoc;

  /**
   * @type Location
   */
  keywordLoc;

  /**
   * Construct a new NoKeywordsParameterNode.
   *
   * @param {number} nodeID
   * @param {Location} location
   * @param {number} flags
   * @param {Location} operatorLoc
   * @param {Location} keywordLoc
   */
  constructor(nodeID, location, flags, operatorLoc, keywordLoc) {
    this.nodeID = nodeID;
    this.location = location;
    this.#flags = flags;
    this.operatorLoc = operatorLoc;
    this.keywordLoc = keywordLoc;
  }

  /**
   * Accept a visitor for this node.
   *
   * @param {visitors.Visitor} visitor
   */
  accept(visitor) {
    visitor.visitNoKeywordsParameterNode(this)
  }

  /**
   * Returns all child nodes of the current node.
   *
   * @returns {(Node | null)[]} An array of child nodes.
   */
  childNodes() {
    return []
  }

  /**
   * Compact and return an array of child nodes.
   *
   * @returns {Node[]} An array of compacted child nodes.
   */
  compactChildNodes() {
    return [];
  }

  /**
   * Transforms the Node to a JavaScript object.
   *
   * @returns {Object}
   */
  toJSON() {
    return {
      type: "NoKeywordsParameterNode",
      location: this.location,
      flags: this.#flags,
      operatorLoc: this.operatorLoc,
      keywordLoc: this.keywordLoc,
    };
  }
}

/**
 * Represents an implicit set of parameters through the use of numbered parameters within a block or lambda.
 *
 *     -> { _1 + _2 }
 *     ^^^^^^^^^^^^^^
 */
class NumberedParametersNode {
  /**
   * @type number
   */
  nodeID;

  /**
   * @type {Location}
   */
  location;

  /**
   * @type number
   */
  #flags;

  /**
   * @type number
   */
  maximum;

  /**
   * Construct a new NumberedParametersNode.
   *
   * @param {number} nodeID
   * @param {Location} location
   * @param {number} flags
   * @param {number} maximum
   */
  constructor(nodeID, location, flags, maximum) {
    this.nodeID = nodeID;
    this.location = location;
    this.#flags = flags;
    this.maximum = maximum;
  }

  /**
   * Accept a visitor for this node.
   *
   * @param {visitors.Visitor} visitor
   */
  accept(visitor) {
    visitor.visitNumberedParametersNode(this)
  }

  /**
   * Returns all child nodes of the current node.
   *
   * @returns {(Node | null)[]} An array of child nodes.
   */
  childNodes() {
    return []
  }

  /**
   * Compact and return an array of child nodes.
   *
   * @returns {Node[]} An array of compacted child nodes.
   */
  compactChildNodes() {
    return [];
  }

  /**
   * Transforms the Node to a JavaScript object.
   *
   * @returns {Object}
   */
  toJSON() {
    return {
      type: "NumberedParametersNode",
      location: this.location,
      flags: this.#flags,
      maximum: this.maximum,
    };
  }
}

/**
 * Represents reading a numbered reference to a capture in the previous match.
 *
 *     $1
 *     ^^
 */
class NumberedReferenceReadNode {
  /**
   * @type number
   */
  nodeID;

  /**
   * @type {Location}
   */
  location;

  /**
   * @type number
   */
  #flags;

  /**
   * @type number
   */
  number;

  /**
   * Construct a new NumberedReferenceReadNode.
   *
   * @param {number} nodeID
   * @param {Location} location
   * @param {number} flags
   * @param {number} number
   */
  constructor(nodeID, location, flags, number) {
    this.nodeID = nodeID;
    this.location = location;
    this.#flags = flags;
    this.number = number;
  }

  /**
   * Accept a visitor for this node.
   *
   * @param {visitors.Visitor} visitor
   */
  accept(visitor) {
    visitor.visitNumberedReferenceReadNode(this)
  }

  /**
   * Returns all child nodes of the current node.
   *
   * @returns {(Node | null)[]} An array of child nodes.
   */
  childNodes() {
    return []
  }

  /**
   * Compact and return an array of child nodes.
   *
   * @returns {Node[]} An array of compacted child nodes.
   */
  compactChildNodes() {
    return [];
  }

  /**
   * Transforms the Node to a JavaScript object.
   *
   * @returns {Object}
   */
  toJSON() {
    return {
      type: "NumberedReferenceReadNode",
      location: this.location,
      flags: this.#flags,
      number: this.number,
    };
  }
}

/**
 * Represents an optional keyword parameter to a method, block, or lambda definition.
 *
 *     def a(b: 1)
 *           ^^^^
 *     end
 */
class OptionalKeywordParameterNode {
  /**
   * @type number
   */
  nodeID;

  /**
   * @type {Location}
   */
  location;

  /**
   * @type number
   */
  #flags;

  /**
   * @type string
   */
  name;

  /**
   * @type Location
   */
  nameLoc;

  /**
   * @type Node
   */
  value;

  /**
   * Construct a new OptionalKeywordParameterNode.
   *
   * @param {number} nodeID
   * @param {Location} location
   * @param {number} flags
   * @param {string} name
   * @param {Location} nameLoc
   * @param {Node} value
   */
  constructor(nodeID, location, flags, name, nameLoc, value) {
    this.nodeID = nodeID;
    this.location = location;
    this.#flags = flags;
    this.name = name;
    this.nameLoc = nameLoc;
    this.value = value;
  }

  /**
   * True if this node has the REPEATED_PARAMETER flag.
   *
   * @returns {boolean}
   */
  isRepeatedParameter() {
    return (this.#flags & ParameterFlags.REPEATED_PARAMETER) !== 0;
  }

  /**
   * Accept a visitor for this node.
   *
   * @param {visitors.Visitor} visitor
   */
  accept(visitor) {
    visitor.visitOptionalKeywordParameterNode(this)
  }

  /**
   * Returns all child nodes of the current node.
   *
   * @returns {(Node | null)[]} An array of child nodes.
   */
  childNodes() {
    return [this.value]
  }

  /**
   * Compact and return an array of child nodes.
   *
   * @returns {Node[]} An array of compacted child nodes.
   */
  compactChildNodes() {
    return [this.value];
  }

  /**
   * Transforms the Node to a JavaScript object.
   *
   * @returns {Object}
   */
  toJSON() {
    return {
      type: "OptionalKeywordParameterNode",
      location: this.location,
      flags: this.#flags,
      name: this.name,
      nameLoc: this.nameLoc,
      value: this.value,
    };
  }
}

/**
 * Represents an optional parameter to a method, block, or lambda definition.
 *
 *     def a(b = 1)
 *           ^^^^^
 *     end
 */
class OptionalParameterNode {
  /**
   * @type number
   */
  nodeID;

  /**
   * @type {Location}
   */
  location;

  /**
   * @type number
   */
  #flags;

  /**
   * @type string
   */
  name;

  /**
   * @type Location
   */
  nameLoc;

  /**
   * @type Location
   */
  operatorLoc;

  /**
   * @type Node
   */
  value;

  /**
   * Construct a new OptionalParameterNode.
   *
   * @param {number} nodeID
   * @param {Location} location
   * @param {number} flags
   * @param {string} name
   * @param {Location} nameLoc
   * @param {Location} operatorLoc
   * @param {Node} value
   */
  constructor(nodeID, location, flags, name, nameLoc, operatorLoc, value) {
    this.nodeID = nodeID;
    this.location = location;
    this.#flags = flags;
    this.name = name;
    this.nameLoc = nameLoc;
    this.operatorLoc = operatorLoc;
    this.value = value;
  }

  /**
   * True if this node has the REPEATED_PARAMETER flag.
   *
   * @returns {boolean}
   */
  isRepeatedParameter() {
    return (this.#flags & ParameterFlags.REPEATED_PARAMETER) !== 0;
  }

  /**
   * Accept a visitor for this node.
   *
   * @param {visitors.Visitor} visitor
   */
  accept(visitor) {
    visitor.visitOptionalParameterNode(this)
  }

  /**
   * Returns all child nodes of the current node.
   *
   * @returns {(Node | null)[]} An array of child nodes.
   */
  childNodes() {
    return [this.value]
  }

  /**
   * Compact and return an array of child nodes.
   *
   * @returns {Node[]} An array of compacted child nodes.
   */
  compactChildNodes() {
    return [this.value];
  }

  /**
   * Transforms the Node to a JavaScript object.
   *
   * @returns {Object}
   */
  toJSON() {
    return {
      type: "OptionalParameterNode",
      location: this.location,
      flags: this.#flags,
      name: this.name,
      nameLoc: this.nameLoc,
      operatorLoc: this.operatorLoc,
      value: this.value,
    };
  }
}

/**
 * Represents the use of the `||` operator or the `or` keyword.
 *
 *     left or right
 *     ^^^^^^^^^^^^^
 */
class OrNode {
  /**
   * @type number
   */
  nodeID;

  /**
   * @type {Location}
   */
  location;

  /**
   * @type number
   */
  #flags;

  /**
   * @type Node
   */
  left;

  /**
   * @type Node
   */
  right;

  /**
   * @type Location
   */
  operatorLoc;

  /**
   * Construct a new OrNode.
   *
   * @param {number} nodeID
   * @param {Location} location
   * @param {number} flags
   * @param {Node} left
   * @param {Node} right
   * @param {Location} operatorLoc
   */
  constructor(nodeID, location, flags, left, right, operatorLoc) {
    this.nodeID = nodeID;
    this.location = location;
    this.#flags = flags;
    this.left = left;
    this.right = right;
    this.operatorLoc = operatorLoc;
  }

  /**
   * Accept a visitor for this node.
   *
   * @param {visitors.Visitor} visitor
   */
  accept(visitor) {
    visitor.visitOrNode(this)
  }

  /**
   * Returns all child nodes of the current node.
   *
   * @returns {(Node | null)[]} An array of child nodes.
   */
  childNodes() {
    return [this.left, this.right]
  }

  /**
   * Compact and return an array of child nodes.
   *
   * @returns {Node[]} An array of compacted child nodes.
   */
  compactChildNodes() {
    return [this.left, this.right];
  }

  /**
   * Transforms the Node to a JavaScript object.
   *
   * @returns {Object}
   */
  toJSON() {
    return {
      type: "OrNode",
      location: this.location,
      flags: this.#flags,
      left: this.left,
      right: this.right,
      operatorLoc: this.operatorLoc,
    };
  }
}

/**
 * Represents the list of parameters on a method, block, or lambda definition.
 *
 *     def a(b, c, d)
 *           ^^^^^^^
 *     end
 */
class ParametersNode {
  /**
   * @type number
   */
  nodeID;

  /**
   * @type {Location}
   */
  location;

  /**
   * @type number
   */
  #flags;

  /**
   * @type Node[]
   */
  requireds;

  /**
   * @type Node[]
   */
  optionals;

  /**
   * @type Node | null
   */
  rest;

  /**
   * @type Node[]
   */
  posts;

  /**
   * @type Node[]
   */
  keywords;

  /**
   * @type Node | null
   */
  keywordRest;

  /**
   * @type BlockParameterNode | null
   */
  block;

  /**
   * Construct a new ParametersNode.
   *
   * @param {number} nodeID
   * @param {Location} location
   * @param {number} flags
   * @param {Node[]} requireds
   * @param {Node[]} optionals
   * @param {Node | null} rest
   * @param {Node[]} posts
   * @param {Node[]} keywords
   * @param {Node | null} keywordRest
   * @param {BlockParameterNode | null} block
   */
  constructor(nodeID, location, flags, requireds, optionals, rest, posts, keywords, keywordRest, block) {
    this.nodeID = nodeID;
    this.location = location;
    this.#flags = flags;
    this.requireds = requireds;
    this.optionals = optionals;
    this.rest = rest;
    this.posts = posts;
    this.keywords = keywords;
    this.keywordRest = keywordRest;
    this.block = block;
  }

  /**
   * Accept a visitor for this node.
   *
   * @param {visitors.Visitor} visitor
   */
  accept(visitor) {
    visitor.visitParametersNode(this)
  }

  /**
   * Returns all child nodes of the current node.
   *
   * @returns {(Node | null)[]} An array of child nodes.
   */
  childNodes() {
    return [...this.requireds, ...this.optionals, this.rest, ...this.posts, ...this.keywords, this.keywordRest, this.block]
  }

  /**
   * Compact and return an array of child nodes.
   *
   * @returns {Node[]} An array of compacted child nodes.
   */
  compactChildNodes() {
    const compact = [];

    compact.concat(this.requireds);
    compact.concat(this.optionals);
    if (this.rest) {
      compact.push(this.rest);
    }
    compact.concat(this.posts);
    compact.concat(this.keywords);
    if (this.keywordRest) {
      compact.push(this.keywordRest);
    }
    if (this.block) {
      compact.push(this.block);
    }

    return compact;
  }

  /**
   * Transforms the Node to a JavaScript object.
   *
   * @returns {Object}
   */
  toJSON() {
    return {
      type: "ParametersNode",
      location: this.location,
      flags: this.#flags,
      requireds: this.requireds,
      optionals: this.optionals,
      rest: this.rest,
      posts: this.posts,
      keywords: this.keywords,
      keywordRest: this.keywordRest,
      block: this.block,
    };
  }
}

/**
 * Represents a parenthesized expression
 *
 *     (10 + 34)
 *     ^^^^^^^^^
 */
class ParenthesesNode {
  /**
   * @type number
   */
  nodeID;

  /**
   * @type {Location}
   */
  location;

  /**
   * @type number
   */
  #flags;

  /**
   * @type Node | null
   */
  body;

  /**
   * @type Location
   */
  openingLoc;

  /**
   * @type Location
   */
  closingLoc;

  /**
   * Construct a new ParenthesesNode.
   *
   * @param {number} nodeID
   * @param {Location} location
   * @param {number} flags
   * @param {Node | null} body
   * @param {Location} openingLoc
   * @param {Location} closingLoc
   */
  constructor(nodeID, location, flags, body, openingLoc, closingLoc) {
    this.nodeID = nodeID;
    this.location = location;
    this.#flags = flags;
    this.body = body;
    this.openingLoc = openingLoc;
    this.closingLoc = closingLoc;
  }

  /**
   * True if this node has the MULTIPLE_STATEMENTS flag.
   *
   * @returns {boolean}
   */
  isMultipleStatements() {
    return (this.#flags & ParenthesesNodeFlags.MULTIPLE_STATEMENTS) !== 0;
  }

  /**
   * Accept a visitor for this node.
   *
   * @param {visitors.Visitor} visitor
   */
  accept(visitor) {
    visitor.visitParenthesesNode(this)
  }

  /**
   * Returns all child nodes of the current node.
   *
   * @returns {(Node | null)[]} An array of child nodes.
   */
  childNodes() {
    return [this.body]
  }

  /**
   * Compact and return an array of child nodes.
   *
   * @returns {Node[]} An array of compacted child nodes.
   */
  compactChildNodes() {
    const compact = [];

    if (this.body) {
      compact.push(this.body);
    }

    return compact;
  }

  /**
   * Transforms the Node to a JavaScript object.
   *
   * @returns {Object}
   */
  toJSON() {
    return {
      type: "ParenthesesNode",
      location: this.location,
      flags: this.#flags,
      body: this.body,
      openingLoc: this.openingLoc,
      closingLoc: this.closingLoc,
    };
  }
}

/**
 * Represents the use of the `^` operator for pinning an expression in a pattern matching expression.
 *
 *     foo in ^(bar)
 *            ^^^^^^
 */
class PinnedExpressionNode {
  /**
   * @type number
   */
  nodeID;

  /**
   * @type {Location}
   */
  location;

  /**
   * @type number
   */
  #flags;

  /**
   * @type Node
   */
  expression;

  /**
   * @type Location
   */
  operatorLoc;

  /**
   * @type Location
   */
  lparenLoc;

  /**
   * @type Location
   */
  rparenLoc;

  /**
   * Construct a new PinnedExpressionNode.
   *
   * @param {number} nodeID
   * @param {Location} location
   * @param {number} flags
   * @param {Node} expression
   * @param {Location} operatorLoc
   * @param {Location} lparenLoc
   * @param {Location} rparenLoc
   */
  constructor(nodeID, location, flags, expression, operatorLoc, lparenLoc, rparenLoc) {
    this.nodeID = nodeID;
    this.location = location;
    this.#flags = flags;
    this.expression = expression;
    this.operatorLoc = operatorLoc;
    this.lparenLoc = lparenLoc;
    this.rparenLoc = rparenLoc;
  }

  /**
   * Accept a visitor for this node.
   *
   * @param {visitors.Visitor} visitor
   */
  accept(visitor) {
    visitor.visitPinnedExpressionNode(this)
  }

  /**
   * Returns all child nodes of the current node.
   *
   * @returns {(Node | null)[]} An array of child nodes.
   */
  childNodes() {
    return [this.expression]
  }

  /**
   * Compact and return an array of child nodes.
   *
   * @returns {Node[]} An array of compacted child nodes.
   */
  compactChildNodes() {
    return [this.expression];
  }

  /**
   * Transforms the Node to a JavaScript object.
   *
   * @returns {Object}
   */
  toJSON() {
    return {
      type: "PinnedExpressionNode",
      location: this.location,
      flags: this.#flags,
      expression: this.expression,
      operatorLoc: this.operatorLoc,
      lparenLoc: this.lparenLoc,
      rparenLoc: this.rparenLoc,
    };
  }
}

/**
 * Represents the use of the `^` operator for pinning a variable in a pattern matching expression.
 *
 *     foo in ^bar
 *            ^^^^
 */
class PinnedVariableNode {
  /**
   * @type number
   */
  nodeID;

  /**
   * @type {Location}
   */
  location;

  /**
   * @type number
   */
  #flags;

  /**
   * @type Node
   */
  variable;

  /**
   * @type Location
   */
  operatorLoc;

  /**
   * Construct a new PinnedVariableNode.
   *
   * @param {number} nodeID
   * @param {Location} location
   * @param {number} flags
   * @param {Node} variable
   * @param {Location} operatorLoc
   */
  constructor(nodeID, location, flags, variable, operatorLoc) {
    this.nodeID = nodeID;
    this.location = location;
    this.#flags = flags;
    this.variable = variable;
    this.operatorLoc = operatorLoc;
  }

  /**
   * Accept a visitor for this node.
   *
   * @param {visitors.Visitor} visitor
   */
  accept(visitor) {
    visitor.visitPinnedVariableNode(this)
  }

  /**
   * Returns all child nodes of the current node.
   *
   * @returns {(Node | null)[]} An array of child nodes.
   */
  childNodes() {
    return [this.variable]
  }

  /**
   * Compact and return an array of child nodes.
   *
   * @returns {Node[]} An array of compacted child nodes.
   */
  compactChildNodes() {
    return [this.variable];
  }

  /**
   * Transforms the Node to a JavaScript object.
   *
   * @returns {Object}
   */
  toJSON() {
    return {
      type: "PinnedVariableNode",
      location: this.location,
      flags: this.#flags,
      variable: this.variable,
      operatorLoc: this.operatorLoc,
    };
  }
}

/**
 * Represents the use of the `END` keyword.
 *
 *     END { foo }
 *     ^^^^^^^^^^^
 */
class PostExecutionNode {
  /**
   * @type number
   */
  nodeID;

  /**
   * @type {Location}
   */
  location;

  /**
   * @type number
   */
  #flags;

  /**
   * @type StatementsNode | null
   */
  statements;

  /**
   * @type Location
   */
  keywordLoc;

  /**
   * @type Location
   */
  openingLoc;

  /**
   * @type Location
   */
  closingLoc;

  /**
   * Construct a new PostExecutionNode.
   *
   * @param {number} nodeID
   * @param {Location} location
   * @param {number} flags
   * @param {StatementsNode | null} statements
   * @param {Location} keywordLoc
   * @param {Location} openingLoc
   * @param {Location} closingLoc
   */
  constructor(nodeID, location, flags, statements, keywordLoc, openingLoc, closingLoc) {
    this.nodeID = nodeID;
    this.location = location;
    this.#flags = flags;
    this.statements = statements;
    this.keywordLoc = keywordLoc;
    this.openingLoc = openingLoc;
    this.closingLoc = closingLoc;
  }

  /**
   * Accept a visitor for this node.
   *
   * @param {visitors.Visitor} visitor
   */
  accept(visitor) {
    visitor.visitPostExecutionNode(this)
  }

  /**
   * Returns all child nodes of the current node.
   *
   * @returns {(Node | null)[]} An array of child nodes.
   */
  childNodes() {
    return [this.statements]
  }

  /**
   * Compact and return an array of child nodes.
   *
   * @returns {Node[]} An array of compacted child nodes.
   */
  compactChildNodes() {
    const compact = [];

    if (this.statements) {
      compact.push(this.statements);
    }

    return compact;
  }

  /**
   * Transforms the Node to a JavaScript object.
   *
   * @returns {Object}
   */
  toJSON() {
    return {
      type: "PostExecutionNode",
      location: this.location,
      flags: this.#flags,
      statements: this.statements,
      keywordLoc: this.keywordLoc,
      openingLoc: this.openingLoc,
      closingLoc: this.closingLoc,
    };
  }
}

/**
 * Represents the use of the `BEGIN` keyword.
 *
 *     BEGIN { foo }
 *     ^^^^^^^^^^^^^
 */
class PreExecutionNode {
  /**
   * @type number
   */
  nodeID;

  /**
   * @type {Location}
   */
  location;

  /**
   * @type number
   */
  #flags;

  /**
   * @type StatementsNode | null
   */
  statements;

  /**
   * @type Location
   */
  keywordLoc;

  /**
   * @type Location
   */
  openingLoc;

  /**
   * @type Location
   */
  closingLoc;

  /**
   * Construct a new PreExecutionNode.
   *
   * @param {number} nodeID
   * @param {Location} location
   * @param {number} flags
   * @param {StatementsNode | null} statements
   * @param {Location} keywordLoc
   * @param {Location} openingLoc
   * @param {Location} closingLoc
   */
  constructor(nodeID, location, flags, statements, keywordLoc, openingLoc, closingLoc) {
    this.nodeID = nodeID;
    this.location = location;
    this.#flags = flags;
    this.statements = statements;
    this.keywordLoc = keywordLoc;
    this.openingLoc = openingLoc;
    this.closingLoc = closingLoc;
  }

  /**
   * Accept a visitor for this node.
   *
   * @param {visitors.Visitor} visitor
   */
  accept(visitor) {
    visitor.visitPreExecutionNode(this)
  }

  /**
   * Returns all child nodes of the current node.
   *
   * @returns {(Node | null)[]} An array of child nodes.
   */
  childNodes() {
    return [this.statements]
  }

  /**
   * Compact and return an array of child nodes.
   *
   * @returns {Node[]} An array of compacted child nodes.
   */
  compactChildNodes() {
    const compact = [];

    if (this.statements) {
      compact.push(this.statements);
    }

    return compact;
  }

  /**
   * Transforms the Node to a JavaScript object.
   *
   * @returns {Object}
   */
  toJSON() {
    return {
      type: "PreExecutionNode",
      location: this.location,
      flags: this.#flags,
      statements: this.statements,
      keywordLoc: this.keywordLoc,
      openingLoc: this.openingLoc,
      closingLoc: this.closingLoc,
    };
  }
}

/**
 * The top level node of any parse tree.
 */
class ProgramNode {
  /**
   * @type number
   */
  nodeID;

  /**
   * @type {Location}
   */
  location;

  /**
   * @type number
   */
  #flags;

  /**
   * @type string[]
   */
  locals;

  /**
   * @type StatementsNode
   */
  statements;

  /**
   * Construct a new ProgramNode.
   *
   * @param {number} nodeID
   * @param {Location} location
   * @param {number} flags
   * @param {string[]} locals
   * @param {StatementsNode} statements
   */
  constructor(nodeID, location, flags, locals, statements) {
    this.nodeID = nodeID;
    this.location = location;
    this.#flags = flags;
    this.locals = locals;
    this.statements = statements;
  }

  /**
   * Accept a visitor for this node.
   *
   * @param {visitors.Visitor} visitor
   */
  accept(visitor) {
    visitor.visitProgramNode(this)
  }

  /**
   * Returns all child nodes of the current node.
   *
   * @returns {(Node | null)[]} An array of child nodes.
   */
  childNodes() {
    return [this.statements]
  }

  /**
   * Compact and return an array of child nodes.
   *
   * @returns {Node[]} An array of compacted child nodes.
   */
  compactChildNodes() {
    return [this.statements];
  }

  /**
   * Transforms the Node to a JavaScript object.
   *
   * @returns {Object}
   */
  toJSON() {
    return {
      type: "ProgramNode",
      location: this.location,
      flags: this.#flags,
      locals: this.locals,
      statements: this.statements,
    };
  }
}

/**
 * Represents the use of the `..` or `...` operators.
 *
 *     1..2
 *     ^^^^
 *
 *     c if a =~ /left/ ... b =~ /right/
 *          ^^^^^^^^^^^^^^^^^^^^^^^^^^^^
 */
class RangeNode {
  /**
   * @type number
   */
  nodeID;

  /**
   * @type {Location}
   */
  location;

  /**
   * @type number
   */
  #flags;

  /**
   * @type Node | null
   */
  left;

  /**
   * @type Node | null
   */
  right;

  /**
   * @type Location
   */
  operatorLoc;

  /**
   * Construct a new RangeNode.
   *
   * @param {number} nodeID
   * @param {Location} location
   * @param {number} flags
   * @param {Node | null} left
   * @param {Node | null} right
   * @param {Location} operatorLoc
   */
  constructor(nodeID, location, flags, left, right, operatorLoc) {
    this.nodeID = nodeID;
    this.location = location;
    this.#flags = flags;
    this.left = left;
    this.right = right;
    this.operatorLoc = operatorLoc;
  }

  /**
   * True if this node has the EXCLUDE_END flag.
   *
   * @returns {boolean}
   */
  isExcludeEnd() {
    return (this.#flags & RangeFlags.EXCLUDE_END) !== 0;
  }

  /**
   * Accept a visitor for this node.
   *
   * @param {visitors.Visitor} visitor
   */
  accept(visitor) {
    visitor.visitRangeNode(this)
  }

  /**
   * Returns all child nodes of the current node.
   *
   * @returns {(Node | null)[]} An array of child nodes.
   */
  childNodes() {
    return [this.left, this.right]
  }

  /**
   * Compact and return an array of child nodes.
   *
   * @returns {Node[]} An array of compacted child nodes.
   */
  compactChildNodes() {
    const compact = [];

    if (this.left) {
      compact.push(this.left);
    }
    if (this.right) {
      compact.push(this.right);
    }

    return compact;
  }

  /**
   * Transforms the Node to a JavaScript object.
   *
   * @returns {Object}
   */
  toJSON() {
    return {
      type: "RangeNode",
      location: this.location,
      flags: this.#flags,
      left: this.left,
      right: this.right,
      operatorLoc: this.operatorLoc,
    };
  }
}

/**
 * Represents a rational number literal.
 *
 *     1.0r
 *     ^^^^
 */
class RationalNode {
  /**
   * @type number
   */
  nodeID;

  /**
   * @type {Location}
   */
  location;

  /**
   * @type number
   */
  #flags;

  /**
   * @type number
   */
  numerator;

  /**
   * @type number
   */
  denominator;

  /**
   * Construct a new RationalNode.
   *
   * @param {number} nodeID
   * @param {Location} location
   * @param {number} flags
   * @param {number} numerator
   * @param {number} denominator
   */
  constructor(nodeID, location, flags, numerator, denominator) {
    this.nodeID = nodeID;
    this.location = location;
    this.#flags = flags;
    this.numerator = numerator;
    this.denominator = denominator;
  }

  /**
   * True if this node has the BINARY flag.
   *
   * @returns {boolean}
   */
  isBinary() {
    return (this.#flags & IntegerBaseFlags.BINARY) !== 0;
  }

  /**
   * True if this node has the DECIMAL flag.
   *
   * @returns {boolean}
   */
  isDecimal() {
    return (this.#flags & IntegerBaseFlags.DECIMAL) !== 0;
  }

  /**
   * True if this node has the OCTAL flag.
   *
   * @returns {boolean}
   */
  isOctal() {
    return (this.#flags & IntegerBaseFlags.OCTAL) !== 0;
  }

  /**
   * True if this node has the HEXADECIMAL flag.
   *
   * @returns {boolean}
   */
  isHexadecimal() {
    return (this.#flags & IntegerBaseFlags.HEXADECIMAL) !== 0;
  }

  /**
   * Accept a visitor for this node.
   *
   * @param {visitors.Visitor} visitor
   */
  accept(visitor) {
    visitor.visitRationalNode(this)
  }

  /**
   * Returns all child nodes of the current node.
   *
   * @returns {(Node | null)[]} An array of child nodes.
   */
  childNodes() {
    return []
  }

  /**
   * Compact and return an array of child nodes.
   *
   * @returns {Node[]} An array of compacted child nodes.
   */
  compactChildNodes() {
    return [];
  }

  /**
   * Transforms the Node to a JavaScript object.
   *
   * @returns {Object}
   */
  toJSON() {
    return {
      type: "RationalNode",
      location: this.location,
      flags: this.#flags,
      numerator: this.numerator,
      denominator: this.denominator,
    };
  }
}

/**
 * Represents the use of the `redo` keyword.
 *
 *     redo
 *     ^^^^
 */
class RedoNode {
  /**
   * @type number
   */
  nodeID;

  /**
   * @type {Location}
   */
  location;

  /**
   * @type number
   */
  #flags;

  /**
   * Construct a new RedoNode.
   *
   * @param {number} nodeID
   * @param {Location} location
   * @param {number} flags
   */
  constructor(nodeID, location, flags) {
    this.nodeID = nodeID;
    this.location = location;
    this.#flags = flags;
  }

  /**
   * Accept a visitor for this node.
   *
   * @param {visitors.Visitor} visitor
   */
  accept(visitor) {
    visitor.visitRedoNode(this)
  }

  /**
   * Returns all child nodes of the current node.
   *
   * @returns {(Node | null)[]} An array of child nodes.
   */
  childNodes() {
    return []
  }

  /**
   * Compact and return an array of child nodes.
   *
   * @returns {Node[]} An array of compacted child nodes.
   */
  compactChildNodes() {
    return [];
  }

  /**
   * Transforms the Node to a JavaScript object.
   *
   * @returns {Object}
   */
  toJSON() {
    return {
      type: "RedoNode",
      location: this.location,
      flags: this.#flags,
    };
  }
}

/**
 * Represents a regular expression literal with no interpolation.
 *
 *     /foo/i
 *     ^^^^^^
 */
class RegularExpressionNode {
  /**
   * @type number
   */
  nodeID;

  /**
   * @type {Location}
   */
  location;

  /**
   * @type number
   */
  #flags;

  /**
   * @type Location
   */
  openingLoc;

  /**
   * @type Location
   */
  contentLoc;

  /**
   * @type Location
   */
  closingLoc;

  /**
   * @type RubyString
   */
  unescaped;

  /**
   * Construct a new RegularExpressionNode.
   *
   * @param {number} nodeID
   * @param {Location} location
   * @param {number} flags
   * @param {Location} openingLoc
   * @param {Location} contentLoc
   * @param {Location} closingLoc
   * @param {RubyString} unescaped
   */
  constructor(nodeID, location, flags, openingLoc, contentLoc, closingLoc, unescaped) {
    this.nodeID = nodeID;
    this.location = location;
    this.#flags = flags;
    this.openingLoc = openingLoc;
    this.contentLoc = contentLoc;
    this.closingLoc = closingLoc;
    this.unescaped = unescaped;
  }

  /**
   * True if this node has the IGNORE_CASE flag.
   *
   * @returns {boolean}
   */
  isIgnoreCase() {
    return (this.#flags & RegularExpressionFlags.IGNORE_CASE) !== 0;
  }

  /**
   * True if this node has the EXTENDED flag.
   *
   * @returns {boolean}
   */
  isExtended() {
    return (this.#flags & RegularExpressionFlags.EXTENDED) !== 0;
  }

  /**
   * True if this node has the MULTI_LINE flag.
   *
   * @returns {boolean}
   */
  isMultiLine() {
    return (this.#flags & RegularExpressionFlags.MULTI_LINE) !== 0;
  }

  /**
   * True if this node has the ONCE flag.
   *
   * @returns {boolean}
   */
  isOnce() {
    return (this.#flags & RegularExpressionFlags.ONCE) !== 0;
  }

  /**
   * True if this node has the EUC_JP flag.
   *
   * @returns {boolean}
   */
  isEucJp() {
    return (this.#flags & RegularExpressionFlags.EUC_JP) !== 0;
  }

  /**
   * True if this node has the ASCII_8BIT flag.
   *
   * @returns {boolean}
   */
  isAscii8bit() {
    return (this.#flags & RegularExpressionFlags.ASCII_8BIT) !== 0;
  }

  /**
   * True if this node has the WINDOWS_31J flag.
   *
   * @returns {boolean}
   */
  isWindows31j() {
    return (this.#flags & RegularExpressionFlags.WINDOWS_31J) !== 0;
  }

  /**
   * True if this node has the UTF_8 flag.
   *
   * @returns {boolean}
   */
  isUtf8() {
    return (this.#flags & RegularExpressionFlags.UTF_8) !== 0;
  }

  /**
   * True if this node has the FORCED_UTF8_ENCODING flag.
   *
   * @returns {boolean}
   */
  isForcedUtf8Encoding() {
    return (this.#flags & RegularExpressionFlags.FORCED_UTF8_ENCODING) !== 0;
  }

  /**
   * True if this node has the FORCED_BINARY_ENCODING flag.
   *
   * @returns {boolean}
   */
  isForcedBinaryEncoding() {
    return (this.#flags & RegularExpressionFlags.FORCED_BINARY_ENCODING) !== 0;
  }

  /**
   * True if this node has the FORCED_US_ASCII_ENCODING flag.
   *
   * @returns {boolean}
   */
  isForcedUsAsciiEncoding() {
    return (this.#flags & RegularExpressionFlags.FORCED_US_ASCII_ENCODING) !== 0;
  }

  /**
   * Accept a visitor for this node.
   *
   * @param {visitors.Visitor} visitor
   */
  accept(visitor) {
    visitor.visitRegularExpressionNode(this)
  }

  /**
   * Returns all child nodes of the current node.
   *
   * @returns {(Node | null)[]} An array of child nodes.
   */
  childNodes() {
    return []
  }

  /**
   * Compact and return an array of child nodes.
   *
   * @returns {Node[]} An array of compacted child nodes.
   */
  compactChildNodes() {
    return [];
  }

  /**
   * Transforms the Node to a JavaScript object.
   *
   * @returns {Object}
   */
  toJSON() {
    return {
      type: "RegularExpressionNode",
      location: this.location,
      flags: this.#flags,
      openingLoc: this.openingLoc,
      contentLoc: this.contentLoc,
      closingLoc: this.closingLoc,
      unescaped: this.unescaped,
    };
  }
}

/**
 * Represents a required keyword parameter to a method, block, or lambda definition.
 *
 *     def a(b: )
 *           ^^
 *     end
 */
class RequiredKeywordParameterNode {
  /**
   * @type number
   */
  nodeID;

  /**
   * @type {Location}
   */
  location;

  /**
   * @type number
   */
  #flags;

  /**
   * @type string
   */
  name;

  /**
   * @type Location
   */
  nameLoc;

  /**
   * Construct a new RequiredKeywordParameterNode.
   *
   * @param {number} nodeID
   * @param {Location} location
   * @param {number} flags
   * @param {string} name
   * @param {Location} nameLoc
   */
  constructor(nodeID, location, flags, name, nameLoc) {
    this.nodeID = nodeID;
    this.location = location;
    this.#flags = flags;
    this.name = name;
    this.nameLoc = nameLoc;
  }

  /**
   * True if this node has the REPEATED_PARAMETER flag.
   *
   * @returns {boolean}
   */
  isRepeatedParameter() {
    return (this.#flags & ParameterFlags.REPEATED_PARAMETER) !== 0;
  }

  /**
   * Accept a visitor for this node.
   *
   * @param {visitors.Visitor} visitor
   */
  accept(visitor) {
    visitor.visitRequiredKeywordParameterNode(this)
  }

  /**
   * Returns all child nodes of the current node.
   *
   * @returns {(Node | null)[]} An array of child nodes.
   */
  childNodes() {
    return []
  }

  /**
   * Compact and return an array of child nodes.
   *
   * @returns {Node[]} An array of compacted child nodes.
   */
  compactChildNodes() {
    return [];
  }

  /**
   * Transforms the Node to a JavaScript object.
   *
   * @returns {Object}
   */
  toJSON() {
    return {
      type: "RequiredKeywordParameterNode",
      location: this.location,
      flags: this.#flags,
      name: this.name,
      nameLoc: this.nameLoc,
    };
  }
}

/**
 * Represents a required parameter to a method, block, or lambda definition.
 *
 *     def a(b)
 *           ^
 *     end
 */
class RequiredParameterNode {
  /**
   * @type number
   */
  nodeID;

  /**
   * @type {Location}
   */
  location;

  /**
   * @type number
   */
  #flags;

  /**
   * @type string
   */
  name;

  /**
   * Construct a new RequiredParameterNode.
   *
   * @param {number} nodeID
   * @param {Location} location
   * @param {number} flags
   * @param {string} name
   */
  constructor(nodeID, location, flags, name) {
    this.nodeID = nodeID;
    this.location = location;
    this.#flags = flags;
    this.name = name;
  }

  /**
   * True if this node has the REPEATED_PARAMETER flag.
   *
   * @returns {boolean}
   */
  isRepeatedParameter() {
    return (this.#flags & ParameterFlags.REPEATED_PARAMETER) !== 0;
  }

  /**
   * Accept a visitor for this node.
   *
   * @param {visitors.Visitor} visitor
   */
  accept(visitor) {
    visitor.visitRequiredParameterNode(this)
  }

  /**
   * Returns all child nodes of the current node.
   *
   * @returns {(Node | null)[]} An array of child nodes.
   */
  childNodes() {
    return []
  }

  /**
   * Compact and return an array of child nodes.
   *
   * @returns {Node[]} An array of compacted child nodes.
   */
  compactChildNodes() {
    return [];
  }

  /**
   * Transforms the Node to a JavaScript object.
   *
   * @returns {Object}
   */
  toJSON() {
    return {
      type: "RequiredParameterNode",
      location: this.location,
      flags: this.#flags,
      name: this.name,
    };
  }
}

/**
 * Represents an expression modified with a rescue.
 *
 *     foo rescue nil
 *     ^^^^^^^^^^^^^^
 */
class RescueModifierNode {
  /**
   * @type number
   */
  nodeID;

  /**
   * @type {Location}
   */
  location;

  /**
   * @type number
   */
  #flags;

  /**
   * @type Node
   */
  expression;

  /**
   * @type Location
   */
  keywordLoc;

  /**
   * @type Node
   */
  rescueExpression;

  /**
   * Construct a new RescueModifierNode.
   *
   * @param {number} nodeID
   * @param {Location} location
   * @param {number} flags
   * @param {Node} expression
   * @param {Location} keywordLoc
   * @param {Node} rescueExpression
   */
  constructor(nodeID, location, flags, expression, keywordLoc, rescueExpression) {
    this.nodeID = nodeID;
    this.location = location;
    this.#flags = flags;
    this.expression = expression;
    this.keywordLoc = keywordLoc;
    this.rescueExpression = rescueExpression;
  }

  /**
   * Accept a visitor for this node.
   *
   * @param {visitors.Visitor} visitor
   */
  accept(visitor) {
    visitor.visitRescueModifierNode(this)
  }

  /**
   * Returns all child nodes of the current node.
   *
   * @returns {(Node | null)[]} An array of child nodes.
   */
  childNodes() {
    return [this.expression, this.rescueExpression]
  }

  /**
   * Compact and return an array of child nodes.
   *
   * @returns {Node[]} An array of compacted child nodes.
   */
  compactChildNodes() {
    return [this.expression, this.rescueExpression];
  }

  /**
   * Transforms the Node to a JavaScript object.
   *
   * @returns {Object}
   */
  toJSON() {
    return {
      type: "RescueModifierNode",
      location: this.location,
      flags: this.#flags,
      expression: this.expression,
      keywordLoc: this.keywordLoc,
      rescueExpression: this.rescueExpression,
    };
  }
}

/**
 * Represents a rescue statement.
 *
 *     begin
 *     rescue Foo, *splat, Bar => ex
 *       foo
 *     ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
 *     end
 *
 * `Foo, *splat, Bar` are in the `exceptions` field. `ex` is in the `reference` field.
 */
class RescueNode {
  /**
   * @type number
   */
  nodeID;

  /**
   * @type {Location}
   */
  location;

  /**
   * @type number
   */
  #flags;

  /**
   * @type Location
   */
  keywordLoc;

  /**
   * @type Node[]
   */
  exceptions;

  /**
   * @type Location | null
   */
  operatorLoc;

  /**
   * @type Node | null
   */
  reference;

  /**
   * @type Location | null
   */
  thenKeywordLoc;

  /**
   * @type StatementsNode | null
   */
  statements;

  /**
   * @type RescueNode | null
   */
  subsequent;

  /**
   * Construct a new RescueNode.
   *
   * @param {number} nodeID
   * @param {Location} location
   * @param {number} flags
   * @param {Location} keywordLoc
   * @param {Node[]} exceptions
   * @param {Location | null} operatorLoc
   * @param {Node | null} reference
   * @param {Location | null} thenKeywordLoc
   * @param {StatementsNode | null} statements
   * @param {RescueNode | null} subsequent
   */
  constructor(nodeID, location, flags, keywordLoc, exceptions, operatorLoc, reference, thenKeywordLoc, statements, subsequent) {
    this.nodeID = nodeID;
    this.location = location;
    this.#flags = flags;
    this.keywordLoc = keywordLoc;
    this.exceptions = exceptions;
    this.operatorLoc = operatorLoc;
    this.reference = reference;
    this.thenKeywordLoc = thenKeywordLoc;
    this.statements = statements;
    this.subsequent = subsequent;
  }

  /**
   * Accept a visitor for this node.
   *
   * @param {visitors.Visitor} visitor
   */
  accept(visitor) {
    visitor.visitRescueNode(this)
  }

  /**
   * Returns all child nodes of the current node.
   *
   * @returns {(Node | null)[]} An array of child nodes.
   */
  childNodes() {
    return [...this.exceptions, this.reference, this.statements, this.subsequent]
  }

  /**
   * Compact and return an array of child nodes.
   *
   * @returns {Node[]} An array of compacted child nodes.
   */
  compactChildNodes() {
    const compact = [];

    compact.concat(this.exceptions);
    if (this.reference) {
      compact.push(this.reference);
    }
    if (this.statements) {
      compact.push(this.statements);
    }
    if (this.subsequent) {
      compact.push(this.subsequent);
    }

    return compact;
  }

  /**
   * Transforms the Node to a JavaScript object.
   *
   * @returns {Object}
   */
  toJSON() {
    return {
      type: "RescueNode",
      location: this.location,
      flags: this.#flags,
      keywordLoc: this.keywordLoc,
      exceptions: this.exceptions,
      operatorLoc: this.operatorLoc,
      reference: this.reference,
      thenKeywordLoc: this.thenKeywordLoc,
      statements: this.statements,
      subsequent: this.subsequent,
    };
  }
}

/**
 * Represents a rest parameter to a method, block, or lambda definition.
 *
 *     def a(*b)
 *           ^^
 *     end
 */
class RestParameterNode {
  /**
   * @type number
   */
  nodeID;

  /**
   * @type {Location}
   */
  location;

  /**
   * @type number
   */
  #flags;

  /**
   * @type string | null
   */
  name;

  /**
   * @type Location | null
   */
  nameLoc;

  /**
   * @type Location
   */
  operatorLoc;

  /**
   * Construct a new RestParameterNode.
   *
   * @param {number} nodeID
   * @param {Location} location
   * @param {number} flags
   * @param {string | null} name
   * @param {Location | null} nameLoc
   * @param {Location} operatorLoc
   */
  constructor(nodeID, location, flags, name, nameLoc, operatorLoc) {
    this.nodeID = nodeID;
    this.location = location;
    this.#flags = flags;
    this.name = name;
    this.nameLoc = nameLoc;
    this.operatorLoc = operatorLoc;
  }

  /**
   * True if this node has the REPEATED_PARAMETER flag.
   *
   * @returns {boolean}
   */
  isRepeatedParameter() {
    return (this.#flags & ParameterFlags.REPEATED_PARAMETER) !== 0;
  }

  /**
   * Accept a visitor for this node.
   *
   * @param {visitors.Visitor} visitor
   */
  accept(visitor) {
    visitor.visitRestParameterNode(this)
  }

  /**
   * Returns all child nodes of the current node.
   *
   * @returns {(Node | null)[]} An array of child nodes.
   */
  childNodes() {
    return []
  }

  /**
   * Compact and return an array of child nodes.
   *
   * @returns {Node[]} An array of compacted child nodes.
   */
  compactChildNodes() {
    return [];
  }

  /**
   * Transforms the Node to a JavaScript object.
   *
   * @returns {Object}
   */
  toJSON() {
    return {
      type: "RestParameterNode",
      location: this.location,
      flags: this.#flags,
      name: this.name,
      nameLoc: this.nameLoc,
      operatorLoc: this.operatorLoc,
    };
  }
}

/**
 * Represents the use of the `retry` keyword.
 *
 *     retry
 *     ^^^^^
 */
class RetryNode {
  /**
   * @type number
   */
  nodeID;

  /**
   * @type {Location}
   */
  location;

  /**
   * @type number
   */
  #flags;

  /**
   * Construct a new RetryNode.
   *
   * @param {number} nodeID
   * @param {Location} location
   * @param {number} flags
   */
  constructor(nodeID, location, flags) {
    this.nodeID = nodeID;
    this.location = location;
    this.#flags = flags;
  }

  /**
   * Accept a visitor for this node.
   *
   * @param {visitors.Visitor} visitor
   */
  accept(visitor) {
    visitor.visitRetryNode(this)
  }

  /**
   * Returns all child nodes of the current node.
   *
   * @returns {(Node | null)[]} An array of child nodes.
   */
  childNodes() {
    return []
  }

  /**
   * Compact and return an array of child nodes.
   *
   * @returns {Node[]} An array of compacted child nodes.
   */
  compactChildNodes() {
    return [];
  }

  /**
   * Transforms the Node to a JavaScript object.
   *
   * @returns {Object}
   */
  toJSON() {
    return {
      type: "RetryNode",
      location: this.location,
      flags: this.#flags,
    };
  }
}

/**
 * Represents the use of the `return` keyword.
 *
 *     return 1
 *     ^^^^^^^^
 */
class ReturnNode {
  /**
   * @type number
   */
  nodeID;

  /**
   * @type {Location}
   */
  location;

  /**
   * @type number
   */
  #flags;

  /**
   * @type Location
   */
  keywordLoc;

  /**
   * @type ArgumentsNode | null
   */
  arguments_;

  /**
   * Construct a new ReturnNode.
   *
   * @param {number} nodeID
   * @param {Location} location
   * @param {number} flags
   * @param {Location} keywordLoc
   * @param {ArgumentsNode | null} arguments_
   */
  constructor(nodeID, location, flags, keywordLoc, arguments_) {
    this.nodeID = nodeID;
    this.location = location;
    this.#flags = flags;
    this.keywordLoc = keywordLoc;
    this.arguments_ = arguments_;
  }

  /**
   * Accept a visitor for this node.
   *
   * @param {visitors.Visitor} visitor
   */
  accept(visitor) {
    visitor.visitReturnNode(this)
  }

  /**
   * Returns all child nodes of the current node.
   *
   * @returns {(Node | null)[]} An array of child nodes.
   */
  childNodes() {
    return [this.arguments_]
  }

  /**
   * Compact and return an array of child nodes.
   *
   * @returns {Node[]} An array of compacted child nodes.
   */
  compactChildNodes() {
    const compact = [];

    if (this.arguments_) {
      compact.push(this.arguments_);
    }

    return compact;
  }

  /**
   * Transforms the Node to a JavaScript object.
   *
   * @returns {Object}
   */
  toJSON() {
    return {
      type: "ReturnNode",
      location: this.location,
      flags: this.#flags,
      keywordLoc: this.keywordLoc,
      arguments: this.arguments_,
    };
  }
}

/**
 * Represents the `self` keyword.
 *
 *     self
 *     ^^^^
 */
class SelfNode {
  /**
   * @type number
   */
  nodeID;

  /**
   * @type {Location}
   */
  location;

  /**
   * @type number
   */
  #flags;

  /**
   * Construct a new SelfNode.
   *
   * @param {number} nodeID
   * @param {Location} location
   * @param {number} flags
   */
  constructor(nodeID, location, flags) {
    this.nodeID = nodeID;
    this.location = location;
    this.#flags = flags;
  }

  /**
   * Accept a visitor for this node.
   *
   * @param {visitors.Visitor} visitor
   */
  accept(visitor) {
    visitor.visitSelfNode(this)
  }

  /**
   * Returns all child nodes of the current node.
   *
   * @returns {(Node | null)[]} An array of child nodes.
   */
  childNodes() {
    return []
  }

  /**
   * Compact and return an array of child nodes.
   *
   * @returns {Node[]} An array of compacted child nodes.
   */
  compactChildNodes() {
    return [];
  }

  /**
   * Transforms the Node to a JavaScript object.
   *
   * @returns {Object}
   */
  toJSON() {
    return {
      type: "SelfNode",
      location: this.location,
      flags: this.#flags,
    };
  }
}

/**
 * This node wraps a constant write to indicate that when the value is written, it should have its shareability state modified.
 *
 *     # shareable_constant_value: literal
 *     C = { a: 1 }
 *     ^^^^^^^^^^^^
 */
class ShareableConstantNode {
  /**
   * @type number
   */
  nodeID;

  /**
   * @type {Location}
   */
  location;

  /**
   * @type number
   */
  #flags;

  /**
   * @type Node
   */
  write;

  /**
   * Construct a new ShareableConstantNode.
   *
   * @param {number} nodeID
   * @param {Location} location
   * @param {number} flags
   * @param {Node} write
   */
  constructor(nodeID, location, flags, write) {
    this.nodeID = nodeID;
    this.location = location;
    this.#flags = flags;
    this.write = write;
  }

  /**
   * True if this node has the LITERAL flag.
   *
   * @returns {boolean}
   */
  isLiteral() {
    return (this.#flags & ShareableConstantNodeFlags.LITERAL) !== 0;
  }

  /**
   * True if this node has the EXPERIMENTAL_EVERYTHING flag.
   *
   * @returns {boolean}
   */
  isExperimentalEverything() {
    return (this.#flags & ShareableConstantNodeFlags.EXPERIMENTAL_EVERYTHING) !== 0;
  }

  /**
   * True if this node has the EXPERIMENTAL_COPY flag.
   *
   * @returns {boolean}
   */
  isExperimentalCopy() {
    return (this.#flags & ShareableConstantNodeFlags.EXPERIMENTAL_COPY) !== 0;
  }

  /**
   * Accept a visitor for this node.
   *
   * @param {visitors.Visitor} visitor
   */
  accept(visitor) {
    visitor.visitShareableConstantNode(this)
  }

  /**
   * Returns all child nodes of the current node.
   *
   * @returns {(Node | null)[]} An array of child nodes.
   */
  childNodes() {
    return [this.write]
  }

  /**
   * Compact and return an array of child nodes.
   *
   * @returns {Node[]} An array of compacted child nodes.
   */
  compactChildNodes() {
    return [this.write];
  }

  /**
   * Transforms the Node to a JavaScript object.
   *
   * @returns {Object}
   */
  toJSON() {
    return {
      type: "ShareableConstantNode",
      location: this.location,
      flags: this.#flags,
      write: this.write,
    };
  }
}

/**
 * Represents a singleton class declaration involving the `class` keyword.
 *
 *     class << self end
 *     ^^^^^^^^^^^^^^^^^
 */
class SingletonClassNode {
  /**
   * @type number
   */
  nodeID;

  /**
   * @type {Location}
   */
  location;

  /**
   * @type number
   */
  #flags;

  /**
   * @type string[]
   */
  locals;

  /**
   * @type Location
   */
  classKeywordLoc;

  /**
   * @type Location
   */
  operatorLoc;

  /**
   * @type Node
   */
  expression;

  /**
   * @type Node | null
   */
  body;

  /**
   * @type Location
   */
  endKeywordLoc;

  /**
   * Construct a new SingletonClassNode.
   *
   * @param {number} nodeID
   * @param {Location} location
   * @param {number} flags
   * @param {string[]} locals
   * @param {Location} classKeywordLoc
   * @param {Location} operatorLoc
   * @param {Node} expression
   * @param {Node | null} body
   * @param {Location} endKeywordLoc
   */
  constructor(nodeID, location, flags, locals, classKeywordLoc, operatorLoc, expression, body, endKeywordLoc) {
    this.nodeID = nodeID;
    this.location = location;
    this.#flags = flags;
    this.locals = locals;
    this.classKeywordLoc = classKeywordLoc;
    this.operatorLoc = operatorLoc;
    this.expression = expression;
    this.body = body;
    this.endKeywordLoc = endKeywordLoc;
  }

  /**
   * Accept a visitor for this node.
   *
   * @param {visitors.Visitor} visitor
   */
  accept(visitor) {
    visitor.visitSingletonClassNode(this)
  }

  /**
   * Returns all child nodes of the current node.
   *
   * @returns {(Node | null)[]} An array of child nodes.
   */
  childNodes() {
    return [this.expression, this.body]
  }

  /**
   * Compact and return an array of child nodes.
   *
   * @returns {Node[]} An array of compacted child nodes.
   */
  compactChildNodes() {
    const compact = [];

    compact.push(this.expression);

    if (this.body) {
      compact.push(this.body);
    }

    return compact;
  }

  /**
   * Transforms the Node to a JavaScript object.
   *
   * @returns {Object}
   */
  toJSON() {
    return {
      type: "SingletonClassNode",
      location: this.location,
      flags: this.#flags,
      locals: this.locals,
      classKeywordLoc: this.classKeywordLoc,
      operatorLoc: this.operatorLoc,
      expression: this.expression,
      body: this.body,
      endKeywordLoc: this.endKeywordLoc,
    };
  }
}

/**
 * Represents the use of the `__ENCODING__` keyword.
 *
 *     __ENCODING__
 *     ^^^^^^^^^^^^
 */
class SourceEncodingNode {
  /**
   * @type number
   */
  nodeID;

  /**
   * @type {Location}
   */
  location;

  /**
   * @type number
   */
  #flags;

  /**
   * Construct a new SourceEncodingNode.
   *
   * @param {number} nodeID
   * @param {Location} location
   * @param {number} flags
   */
  constructor(nodeID, location, flags) {
    this.nodeID = nodeID;
    this.location = location;
    this.#flags = flags;
  }

  /**
   * Accept a visitor for this node.
   *
   * @param {visitors.Visitor} visitor
   */
  accept(visitor) {
    visitor.visitSourceEncodingNode(this)
  }

  /**
   * Returns all child nodes of the current node.
   *
   * @returns {(Node | null)[]} An array of child nodes.
   */
  childNodes() {
    return []
  }

  /**
   * Compact and return an array of child nodes.
   *
   * @returns {Node[]} An array of compacted child nodes.
   */
  compactChildNodes() {
    return [];
  }

  /**
   * Transforms the Node to a JavaScript object.
   *
   * @returns {Object}
   */
  toJSON() {
    return {
      type: "SourceEncodingNode",
      location: this.location,
      flags: this.#flags,
    };
  }
}

/**
 * Represents the use of the `__FILE__` keyword.
 *
 *     __FILE__
 *     ^^^^^^^^
 */
class SourceFileNode {
  /**
   * @type number
   */
  nodeID;

  /**
   * @type {Location}
   */
  location;

  /**
   * @type number
   */
  #flags;

  /**
   * @type RubyString
   */
  filepath;

  /**
   * Construct a new SourceFileNode.
   *
   * @param {number} nodeID
   * @param {Location} location
   * @param {number} flags
   * @param {RubyString} filepath
   */
  constructor(nodeID, location, flags, filepath) {
    this.nodeID = nodeID;
    this.location = location;
    this.#flags = flags;
    this.filepath = filepath;
  }

  /**
   * True if this node has the FORCED_UTF8_ENCODING flag.
   *
   * @returns {boolean}
   */
  isForcedUtf8Encoding() {
    return (this.#flags & StringFlags.FORCED_UTF8_ENCODING) !== 0;
  }

  /**
   * True if this node has the FORCED_BINARY_ENCODING flag.
   *
   * @returns {boolean}
   */
  isForcedBinaryEncoding() {
    return (this.#flags & StringFlags.FORCED_BINARY_ENCODING) !== 0;
  }

  /**
   * True if this node has the FROZEN flag.
   *
   * @returns {boolean}
   */
  isFrozen() {
    return (this.#flags & StringFlags.FROZEN) !== 0;
  }

  /**
   * True if this node has the MUTABLE flag.
   *
   * @returns {boolean}
   */
  isMutable() {
    return (this.#flags & StringFlags.MUTABLE) !== 0;
  }

  /**
   * Accept a visitor for this node.
   *
   * @param {visitors.Visitor} visitor
   */
  accept(visitor) {
    visitor.visitSourceFileNode(this)
  }

  /**
   * Returns all child nodes of the current node.
   *
   * @returns {(Node | null)[]} An array of child nodes.
   */
  childNodes() {
    return []
  }

  /**
   * Compact and return an array of child nodes.
   *
   * @returns {Node[]} An array of compacted child nodes.
   */
  compactChildNodes() {
    return [];
  }

  /**
   * Transforms the Node to a JavaScript object.
   *
   * @returns {Object}
   */
  toJSON() {
    return {
      type: "SourceFileNode",
      location: this.location,
      flags: this.#flags,
      filepath: this.filepath,
    };
  }
}

/**
 * Represents the use of the `__LINE__` keyword.
 *
 *     __LINE__
 *     ^^^^^^^^
 */
class SourceLineNode {
  /**
   * @type number
   */
  nodeID;

  /**
   * @type {Location}
   */
  location;

  /**
   * @type number
   */
  #flags;

  /**
   * Construct a new SourceLineNode.
   *
   * @param {number} nodeID
   * @param {Location} location
   * @param {number} flags
   */
  constructor(nodeID, location, flags) {
    this.nodeID = nodeID;
    this.location = location;
    this.#flags = flags;
  }

  /**
   * Accept a visitor for this node.
   *
   * @param {visitors.Visitor} visitor
   */
  accept(visitor) {
    visitor.visitSourceLineNode(this)
  }

  /**
   * Returns all child nodes of the current node.
   *
   * @returns {(Node | null)[]} An array of child nodes.
   */
  childNodes() {
    return []
  }

  /**
   * Compact and return an array of child nodes.
   *
   * @returns {Node[]} An array of compacted child nodes.
   */
  compactChildNodes() {
    return [];
  }

  /**
   * Transforms the Node to a JavaScript object.
   *
   * @returns {Object}
   */
  toJSON() {
    return {
      type: "SourceLineNode",
      location: this.location,
      flags: this.#flags,
    };
  }
}

/**
 * Represents the use of the splat operator.
 *
 *     [*a]
 *      ^^
 */
class SplatNode {
  /**
   * @type number
   */
  nodeID;

  /**
   * @type {Location}
   */
  location;

  /**
   * @type number
   */
  #flags;

  /**
   * @type Location
   */
  operatorLoc;

  /**
   * @type Node | null
   */
  expression;

  /**
   * Construct a new SplatNode.
   *
   * @param {number} nodeID
   * @param {Location} location
   * @param {number} flags
   * @param {Location} operatorLoc
   * @param {Node | null} expression
   */
  constructor(nodeID, location, flags, operatorLoc, expression) {
    this.nodeID = nodeID;
    this.location = location;
    this.#flags = flags;
    this.operatorLoc = operatorLoc;
    this.expression = expression;
  }

  /**
   * Accept a visitor for this node.
   *
   * @param {visitors.Visitor} visitor
   */
  accept(visitor) {
    visitor.visitSplatNode(this)
  }

  /**
   * Returns all child nodes of the current node.
   *
   * @returns {(Node | null)[]} An array of child nodes.
   */
  childNodes() {
    return [this.expression]
  }

  /**
   * Compact and return an array of child nodes.
   *
   * @returns {Node[]} An array of compacted child nodes.
   */
  compactChildNodes() {
    const compact = [];

    if (this.expression) {
      compact.push(this.expression);
    }

    return compact;
  }

  /**
   * Transforms the Node to a JavaScript object.
   *
   * @returns {Object}
   */
  toJSON() {
    return {
      type: "SplatNode",
      location: this.location,
      flags: this.#flags,
      operatorLoc: this.operatorLoc,
      expression: this.expression,
    };
  }
}

/**
 * Represents a set of statements contained within some scope.
 *
 *     foo; bar; baz
 *     ^^^^^^^^^^^^^
 */
class StatementsNode {
  /**
   * @type number
   */
  nodeID;

  /**
   * @type {Location}
   */
  location;

  /**
   * @type number
   */
  #flags;

  /**
   * @type Node[]
   */
  body;

  /**
   * Construct a new StatementsNode.
   *
   * @param {number} nodeID
   * @param {Location} location
   * @param {number} flags
   * @param {Node[]} body
   */
  constructor(nodeID, location, flags, body) {
    this.nodeID = nodeID;
    this.location = location;
    this.#flags = flags;
    this.body = body;
  }

  /**
   * Accept a visitor for this node.
   *
   * @param {visitors.Visitor} visitor
   */
  accept(visitor) {
    visitor.visitStatementsNode(this)
  }

  /**
   * Returns all child nodes of the current node.
   *
   * @returns {(Node | null)[]} An array of child nodes.
   */
  childNodes() {
    return [...this.body]
  }

  /**
   * Compact and return an array of child nodes.
   *
   * @returns {Node[]} An array of compacted child nodes.
   */
  compactChildNodes() {
    return [...this.body];
  }

  /**
   * Transforms the Node to a JavaScript object.
   *
   * @returns {Object}
   */
  toJSON() {
    return {
      type: "StatementsNode",
      location: this.location,
      flags: this.#flags,
      body: this.body,
    };
  }
}

/**
 * Represents a string literal, a string contained within a `%w` list, or plain string content within an interpolated string.
 *
 *     "foo"
 *     ^^^^^
 *
 *     %w[foo]
 *        ^^^
 *
 *     "foo #{bar} baz"
 *      ^^^^      ^^^^
 */
class StringNode {
  /**
   * @type number
   */
  nodeID;

  /**
   * @type {Location}
   */
  location;

  /**
   * @type number
   */
  #flags;

  /**
   * @type Location | null
   */
  openingLoc;

  /**
   * @type Location
   */
  contentLoc;

  /**
   * @type Location | null
   */
  closingLoc;

  /**
   * @type RubyString
   */
  unescaped;

  /**
   * Construct a new StringNode.
   *
   * @param {number} nodeID
   * @param {Location} location
   * @param {number} flags
   * @param {Location | null} openingLoc
   * @param {Location} contentLoc
   * @param {Location | null} closingLoc
   * @param {RubyString} unescaped
   */
  constructor(nodeID, location, flags, openingLoc, contentLoc, closingLoc, unescaped) {
    this.nodeID = nodeID;
    this.location = location;
    this.#flags = flags;
    this.openingLoc = openingLoc;
    this.contentLoc = contentLoc;
    this.closingLoc = closingLoc;
    this.unescaped = unescaped;
  }

  /**
   * True if this node has the FORCED_UTF8_ENCODING flag.
   *
   * @returns {boolean}
   */
  isForcedUtf8Encoding() {
    return (this.#flags & StringFlags.FORCED_UTF8_ENCODING) !== 0;
  }

  /**
   * True if this node has the FORCED_BINARY_ENCODING flag.
   *
   * @returns {boolean}
   */
  isForcedBinaryEncoding() {
    return (this.#flags & StringFlags.FORCED_BINARY_ENCODING) !== 0;
  }

  /**
   * True if this node has the FROZEN flag.
   *
   * @returns {boolean}
   */
  isFrozen() {
    return (this.#flags & StringFlags.FROZEN) !== 0;
  }

  /**
   * True if this node has the MUTABLE flag.
   *
   * @returns {boolean}
   */
  isMutable() {
    return (this.#flags & StringFlags.MUTABLE) !== 0;
  }

  /**
   * Accept a visitor for this node.
   *
   * @param {visitors.Visitor} visitor
   */
  accept(visitor) {
    visitor.visitStringNode(this)
  }

  /**
   * Returns all child nodes of the current node.
   *
   * @returns {(Node | null)[]} An array of child nodes.
   */
  childNodes() {
    return []
  }

  /**
   * Compact and return an array of child nodes.
   *
   * @returns {Node[]} An array of compacted child nodes.
   */
  compactChildNodes() {
    return [];
  }

  /**
   * Transforms the Node to a JavaScript object.
   *
   * @returns {Object}
   */
  toJSON() {
    return {
      type: "StringNode",
      location: this.location,
      flags: this.#flags,
      openingLoc: this.openingLoc,
      contentLoc: this.contentLoc,
      closingLoc: this.closingLoc,
      unescaped: this.unescaped,
    };
  }
}

/**
 * Represents the use of the `super` keyword with parentheses or arguments.
 *
 *     super()
 *     ^^^^^^^
 *
 *     super foo, bar
 *     ^^^^^^^^^^^^^^
 *
 * If no arguments are provided (except for a block), it would be a `ForwardingSuperNode` instead.
 */
class SuperNode {
  /**
   * @type number
   */
  nodeID;

  /**
   * @type {Location}
   */
  location;

  /**
   * @type number
   */
  #flags;

  /**
   * @type Location
   */
  keywordLoc;

  /**
   * @type Location | null
   */
  lparenLoc;

  /**
   * @type ArgumentsNode | null
   */
  arguments_;

  /**
   * @type Location | null
   */
  rparenLoc;

  /**
   * @type Node | null
   */
  block;

  /**
   * Construct a new SuperNode.
   *
   * @param {number} nodeID
   * @param {Location} location
   * @param {number} flags
   * @param {Location} keywordLoc
   * @param {Location | null} lparenLoc
   * @param {ArgumentsNode | null} arguments_
   * @param {Location | null} rparenLoc
   * @param {Node | null} block
   */
  constructor(nodeID, location, flags, keywordLoc, lparenLoc, arguments_, rparenLoc, block) {
    this.nodeID = nodeID;
    this.location = location;
    this.#flags = flags;
    this.keywordLoc = keywordLoc;
    this.lparenLoc = lparenLoc;
    this.arguments_ = arguments_;
    this.rparenLoc = rparenLoc;
    this.block = block;
  }

  /**
   * Accept a visitor for this node.
   *
   * @param {visitors.Visitor} visitor
   */
  accept(visitor) {
    visitor.visitSuperNode(this)
  }

  /**
   * Returns all child nodes of the current node.
   *
   * @returns {(Node | null)[]} An array of child nodes.
   */
  childNodes() {
    return [this.arguments_, this.block]
  }

  /**
   * Compact and return an array of child nodes.
   *
   * @returns {Node[]} An array of compacted child nodes.
   */
  compactChildNodes() {
    const compact = [];

    if (this.arguments_) {
      compact.push(this.arguments_);
    }
    if (this.block) {
      compact.push(this.block);
    }

    return compact;
  }

  /**
   * Transforms the Node to a JavaScript object.
   *
   * @returns {Object}
   */
  toJSON() {
    return {
      type: "SuperNode",
      location: this.location,
      flags: this.#flags,
      keywordLoc: this.keywordLoc,
      lparenLoc: this.lparenLoc,
      arguments: this.arguments_,
      rparenLoc: this.rparenLoc,
      block: this.block,
    };
  }
}

/**
 * Represents a symbol literal or a symbol contained within a `%i` list.
 *
 *     :foo
 *     ^^^^
 *
 *     %i[foo]
 *        ^^^
 */
class SymbolNode {
  /**
   * @type number
   */
  nodeID;

  /**
   * @type {Location}
   */
  location;

  /**
   * @type number
   */
  #flags;

  /**
   * @type Location | null
   */
  openingLoc;

  /**
   * @type Location | null
   */
  valueLoc;

  /**
   * @type Location | null
   */
  closingLoc;

  /**
   * @type RubyString
   */
  unescaped;

  /**
   * Construct a new SymbolNode.
   *
   * @param {number} nodeID
   * @param {Location} location
   * @param {number} flags
   * @param {Location | null} openingLoc
   * @param {Location | null} valueLoc
   * @param {Location | null} closingLoc
   * @param {RubyString} unescaped
   */
  constructor(nodeID, location, flags, openingLoc, valueLoc, closingLoc, unescaped) {
    this.nodeID = nodeID;
    this.location = location;
    this.#flags = flags;
    this.openingLoc = openingLoc;
    this.valueLoc = valueLoc;
    this.closingLoc = closingLoc;
    this.unescaped = unescaped;
  }

  /**
   * True if this node has the FORCED_UTF8_ENCODING flag.
   *
   * @returns {boolean}
   */
  isForcedUtf8Encoding() {
    return (this.#flags & SymbolFlags.FORCED_UTF8_ENCODING) !== 0;
  }

  /**
   * True if this node has the FORCED_BINARY_ENCODING flag.
   *
   * @returns {boolean}
   */
  isForcedBinaryEncoding() {
    return (this.#flags & SymbolFlags.FORCED_BINARY_ENCODING) !== 0;
  }

  /**
   * True if this node has the FORCED_US_ASCII_ENCODING flag.
   *
   * @returns {boolean}
   */
  isForcedUsAsciiEncoding() {
    return (this.#flags & SymbolFlags.FORCED_US_ASCII_ENCODING) !== 0;
  }

  /**
   * Accept a visitor for this node.
   *
   * @param {visitors.Visitor} visitor
   */
  accept(visitor) {
    visitor.visitSymbolNode(this)
  }

  /**
   * Returns all child nodes of the current node.
   *
   * @returns {(Node | null)[]} An array of child nodes.
   */
  childNodes() {
    return []
  }

  /**
   * Compact and return an array of child nodes.
   *
   * @returns {Node[]} An array of compacted child nodes.
   */
  compactChildNodes() {
    return [];
  }

  /**
   * Transforms the Node to a JavaScript object.
   *
   * @returns {Object}
   */
  toJSON() {
    return {
      type: "SymbolNode",
      location: this.location,
      flags: this.#flags,
      openingLoc: this.openingLoc,
      valueLoc: this.valueLoc,
      closingLoc: this.closingLoc,
      unescaped: this.unescaped,
    };
  }
}

/**
 * Represents the use of the literal `true` keyword.
 *
 *     true
 *     ^^^^
 */
class TrueNode {
  /**
   * @type number
   */
  nodeID;

  /**
   * @type {Location}
   */
  location;

  /**
   * @type number
   */
  #flags;

  /**
   * Construct a new TrueNode.
   *
   * @param {number} nodeID
   * @param {Location} location
   * @param {number} flags
   */
  constructor(nodeID, location, flags) {
    this.nodeID = nodeID;
    this.location = location;
    this.#flags = flags;
  }

  /**
   * Accept a visitor for this node.
   *
   * @param {visitors.Visitor} visitor
   */
  accept(visitor) {
    visitor.visitTrueNode(this)
  }

  /**
   * Returns all child nodes of the current node.
   *
   * @returns {(Node | null)[]} An array of child nodes.
   */
  childNodes() {
    return []
  }

  /**
   * Compact and return an array of child nodes.
   *
   * @returns {Node[]} An array of compacted child nodes.
   */
  compactChildNodes() {
    return [];
  }

  /**
   * Transforms the Node to a JavaScript object.
   *
   * @returns {Object}
   */
  toJSON() {
    return {
      type: "TrueNode",
      location: this.location,
      flags: this.#flags,
    };
  }
}

/**
 * Represents the use of the `undef` keyword.
 *
 *     undef :foo, :bar, :baz
 *     ^^^^^^^^^^^^^^^^^^^^^^
 */
class UndefNode {
  /**
   * @type number
   */
  nodeID;

  /**
   * @type {Location}
   */
  location;

  /**
   * @type number
   */
  #flags;

  /**
   * @type Node[]
   */
  names;

  /**
   * @type Location
   */
  keywordLoc;

  /**
   * Construct a new UndefNode.
   *
   * @param {number} nodeID
   * @param {Location} location
   * @param {number} flags
   * @param {Node[]} names
   * @param {Location} keywordLoc
   */
  constructor(nodeID, location, flags, names, keywordLoc) {
    this.nodeID = nodeID;
    this.location = location;
    this.#flags = flags;
    this.names = names;
    this.keywordLoc = keywordLoc;
  }

  /**
   * Accept a visitor for this node.
   *
   * @param {visitors.Visitor} visitor
   */
  accept(visitor) {
    visitor.visitUndefNode(this)
  }

  /**
   * Returns all child nodes of the current node.
   *
   * @returns {(Node | null)[]} An array of child nodes.
   */
  childNodes() {
    return [...this.names]
  }

  /**
   * Compact and return an array of child nodes.
   *
   * @returns {Node[]} An array of compacted child nodes.
   */
  compactChildNodes() {
    return [...this.names];
  }

  /**
   * Transforms the Node to a JavaScript object.
   *
   * @returns {Object}
   */
  toJSON() {
    return {
      type: "UndefNode",
      location: this.location,
      flags: this.#flags,
      names: this.names,
      keywordLoc: this.keywordLoc,
    };
  }
}

/**
 * Represents the use of the `unless` keyword, either in the block form or the modifier form.
 *
 *     bar unless foo
 *     ^^^^^^^^^^^^^^
 *
 *     unless foo then bar end
 *     ^^^^^^^^^^^^^^^^^^^^^^^
 */
class UnlessNode {
  /**
   * @type number
   */
  nodeID;

  /**
   * @type {Location}
   */
  location;

  /**
   * @type number
   */
  #flags;

  /**
   * @type Location
   */
  keywordLoc;

  /**
   * @type Node
   */
  predicate;

  /**
   * @type Location | null
   */
  thenKeywordLoc;

  /**
   * @type StatementsNode | null
   */
  statements;

  /**
   * @type ElseNode | null
   */
  elseClause;

  /**
   * @type Location | null
   */
  endKeywordLoc;

  /**
   * Construct a new UnlessNode.
   *
   * @param {number} nodeID
   * @param {Location} location
   * @param {number} flags
   * @param {Location} keywordLoc
   * @param {Node} predicate
   * @param {Location | null} thenKeywordLoc
   * @param {StatementsNode | null} statements
   * @param {ElseNode | null} elseClause
   * @param {Location | null} endKeywordLoc
   */
  constructor(nodeID, location, flags, keywordLoc, predicate, thenKeywordLoc, statements, elseClause, endKeywordLoc) {
    this.nodeID = nodeID;
    this.location = location;
    this.#flags = flags;
    this.keywordLoc = keywordLoc;
    this.predicate = predicate;
    this.thenKeywordLoc = thenKeywordLoc;
    this.statements = statements;
    this.elseClause = elseClause;
    this.endKeywordLoc = endKeywordLoc;
  }

  /**
   * Accept a visitor for this node.
   *
   * @param {visitors.Visitor} visitor
   */
  accept(visitor) {
    visitor.visitUnlessNode(this)
  }

  /**
   * Returns all child nodes of the current node.
   *
   * @returns {(Node | null)[]} An array of child nodes.
   */
  childNodes() {
    return [this.predicate, this.statements, this.elseClause]
  }

  /**
   * Compact and return an array of child nodes.
   *
   * @returns {Node[]} An array of compacted child nodes.
   */
  compactChildNodes() {
    const compact = [];

    compact.push(this.predicate);

    if (this.statements) {
      compact.push(this.statements);
    }
    if (this.elseClause) {
      compact.push(this.elseClause);
    }

    return compact;
  }

  /**
   * Transforms the Node to a JavaScript object.
   *
   * @returns {Object}
   */
  toJSON() {
    return {
      type: "UnlessNode",
      location: this.location,
      flags: this.#flags,
      keywordLoc: this.keywordLoc,
      predicate: this.predicate,
      thenKeywordLoc: this.thenKeywordLoc,
      statements: this.statements,
      elseClause: this.elseClause,
      endKeywordLoc: this.endKeywordLoc,
    };
  }
}

/**
 * Represents the use of the `until` keyword, either in the block form or the modifier form.
 *
 *     bar until foo
 *     ^^^^^^^^^^^^^
 *
 *     until foo do bar end
 *     ^^^^^^^^^^^^^^^^^^^^
 */
class UntilNode {
  /**
   * @type number
   */
  nodeID;

  /**
   * @type {Location}
   */
  location;

  /**
   * @type number
   */
  #flags;

  /**
   * @type Location
   */
  keywordLoc;

  /**
   * @type Location | null
   */
  doKeywordLoc;

  /**
   * @type Location | null
   */
  closingLoc;

  /**
   * @type Node
   */
  predicate;

  /**
   * @type StatementsNode | null
   */
  statements;

  /**
   * Construct a new UntilNode.
   *
   * @param {number} nodeID
   * @param {Location} location
   * @param {number} flags
   * @param {Location} keywordLoc
   * @param {Location | null} doKeywordLoc
   * @param {Location | null} closingLoc
   * @param {Node} predicate
   * @param {StatementsNode | null} statements
   */
  constructor(nodeID, location, flags, keywordLoc, doKeywordLoc, closingLoc, predicate, statements) {
    this.nodeID = nodeID;
    this.location = location;
    this.#flags = flags;
    this.keywordLoc = keywordLoc;
    this.doKeywordLoc = doKeywordLoc;
    this.closingLoc = closingLoc;
    this.predicate = predicate;
    this.statements = statements;
  }

  /**
   * True if this node has the BEGIN_MODIFIER flag.
   *
   * @returns {boolean}
   */
  isBeginModifier() {
    return (this.#flags & LoopFlags.BEGIN_MODIFIER) !== 0;
  }

  /**
   * Accept a visitor for this node.
   *
   * @param {visitors.Visitor} visitor
   */
  accept(visitor) {
    visitor.visitUntilNode(this)
  }

  /**
   * Returns all child nodes of the current node.
   *
   * @returns {(Node | null)[]} An array of child nodes.
   */
  childNodes() {
    return [this.predicate, this.statements]
  }

  /**
   * Compact and return an array of child nodes.
   *
   * @returns {Node[]} An array of compacted child nodes.
   */
  compactChildNodes() {
    const compact = [];

    compact.push(this.predicate);

    if (this.statements) {
      compact.push(this.statements);
    }

    return compact;
  }

  /**
   * Transforms the Node to a JavaScript object.
   *
   * @returns {Object}
   */
  toJSON() {
    return {
      type: "UntilNode",
      location: this.location,
      flags: this.#flags,
      keywordLoc: this.keywordLoc,
      doKeywordLoc: this.doKeywordLoc,
      closingLoc: this.closingLoc,
      predicate: this.predicate,
      statements: this.statements,
    };
  }
}

/**
 * Represents the use of the `when` keyword within a case statement.
 *
 *     case true
 *     when true
 *     ^^^^^^^^^
 *     end
 */
class WhenNode {
  /**
   * @type number
   */
  nodeID;

  /**
   * @type {Location}
   */
  location;

  /**
   * @type number
   */
  #flags;

  /**
   * @type Location
   */
  keywordLoc;

  /**
   * @type Node[]
   */
  conditions;

  /**
   * @type Location | null
   */
  thenKeywordLoc;

  /**
   * @type StatementsNode | null
   */
  statements;

  /**
   * Construct a new WhenNode.
   *
   * @param {number} nodeID
   * @param {Location} location
   * @param {number} flags
   * @param {Location} keywordLoc
   * @param {Node[]} conditions
   * @param {Location | null} thenKeywordLoc
   * @param {StatementsNode | null} statements
   */
  constructor(nodeID, location, flags, keywordLoc, conditions, thenKeywordLoc, statements) {
    this.nodeID = nodeID;
    this.location = location;
    this.#flags = flags;
    this.keywordLoc = keywordLoc;
    this.conditions = conditions;
    this.thenKeywordLoc = thenKeywordLoc;
    this.statements = statements;
  }

  /**
   * Accept a visitor for this node.
   *
   * @param {visitors.Visitor} visitor
   */
  accept(visitor) {
    visitor.visitWhenNode(this)
  }

  /**
   * Returns all child nodes of the current node.
   *
   * @returns {(Node | null)[]} An array of child nodes.
   */
  childNodes() {
    return [...this.conditions, this.statements]
  }

  /**
   * Compact and return an array of child nodes.
   *
   * @returns {Node[]} An array of compacted child nodes.
   */
  compactChildNodes() {
    const compact = [];

    compact.concat(this.conditions);
    if (this.statements) {
      compact.push(this.statements);
    }

    return compact;
  }

  /**
   * Transforms the Node to a JavaScript object.
   *
   * @returns {Object}
   */
  toJSON() {
    return {
      type: "WhenNode",
      location: this.location,
      flags: this.#flags,
      keywordLoc: this.keywordLoc,
      conditions: this.conditions,
      thenKeywordLoc: this.thenKeywordLoc,
      statements: this.statements,
    };
  }
}

/**
 * Represents the use of the `while` keyword, either in the block form or the modifier form.
 *
 *     bar while foo
 *     ^^^^^^^^^^^^^
 *
 *     while foo do bar end
 *     ^^^^^^^^^^^^^^^^^^^^
 */
class WhileNode {
  /**
   * @type number
   */
  nodeID;

  /**
   * @type {Location}
   */
  location;

  /**
   * @type number
   */
  #flags;

  /**
   * @type Location
   */
  keywordLoc;

  /**
   * @type Location | null
   */
  doKeywordLoc;

  /**
   * @type Location | null
   */
  closingLoc;

  /**
   * @type Node
   */
  predicate;

  /**
   * @type StatementsNode | null
   */
  statements;

  /**
   * Construct a new WhileNode.
   *
   * @param {number} nodeID
   * @param {Location} location
   * @param {number} flags
   * @param {Location} keywordLoc
   * @param {Location | null} doKeywordLoc
   * @param {Location | null} closingLoc
   * @param {Node} predicate
   * @param {StatementsNode | null} statements
   */
  constructor(nodeID, location, flags, keywordLoc, doKeywordLoc, closingLoc, predicate, statements) {
    this.nodeID = nodeID;
    this.location = location;
    this.#flags = flags;
    this.keywordLoc = keywordLoc;
    this.doKeywordLoc = doKeywordLoc;
    this.closingLoc = closingLoc;
    this.predicate = predicate;
    this.statements = statements;
  }

  /**
   * True if this node has the BEGIN_MODIFIER flag.
   *
   * @returns {boolean}
   */
  isBeginModifier() {
    return (this.#flags & LoopFlags.BEGIN_MODIFIER) !== 0;
  }

  /**
   * Accept a visitor for this node.
   *
   * @param {visitors.Visitor} visitor
   */
  accept(visitor) {
    visitor.visitWhileNode(this)
  }

  /**
   * Returns all child nodes of the current node.
   *
   * @returns {(Node | null)[]} An array of child nodes.
   */
  childNodes() {
    return [this.predicate, this.statements]
  }

  /**
   * Compact and return an array of child nodes.
   *
   * @returns {Node[]} An array of compacted child nodes.
   */
  compactChildNodes() {
    const compact = [];

    compact.push(this.predicate);

    if (this.statements) {
      compact.push(this.statements);
    }

    return compact;
  }

  /**
   * Transforms the Node to a JavaScript object.
   *
   * @returns {Object}
   */
  toJSON() {
    return {
      type: "WhileNode",
      location: this.location,
      flags: this.#flags,
      keywordLoc: this.keywordLoc,
      doKeywordLoc: this.doKeywordLoc,
      closingLoc: this.closingLoc,
      predicate: this.predicate,
      statements: this.statements,
    };
  }
}

/**
 * Represents an xstring literal with no interpolation.
 *
 *     `foo`
 *     ^^^^^
 */
class XStringNode {
  /**
   * @type number
   */
  nodeID;

  /**
   * @type {Location}
   */
  location;

  /**
   * @type number
   */
  #flags;

  /**
   * @type Location
   */
  openingLoc;

  /**
   * @type Location
   */
  contentLoc;

  /**
   * @type Location
   */
  closingLoc;

  /**
   * @type RubyString
   */
  unescaped;

  /**
   * Construct a new XStringNode.
   *
   * @param {number} nodeID
   * @param {Location} location
   * @param {number} flags
   * @param {Location} openingLoc
   * @param {Location} contentLoc
   * @param {Location} closingLoc
   * @param {RubyString} unescaped
   */
  constructor(nodeID, location, flags, openingLoc, contentLoc, closingLoc, unescaped) {
    this.nodeID = nodeID;
    this.location = location;
    this.#flags = flags;
    this.openingLoc = openingLoc;
    this.contentLoc = contentLoc;
    this.closingLoc = closingLoc;
    this.unescaped = unescaped;
  }

  /**
   * True if this node has the FORCED_UTF8_ENCODING flag.
   *
   * @returns {boolean}
   */
  isForcedUtf8Encoding() {
    return (this.#flags & EncodingFlags.FORCED_UTF8_ENCODING) !== 0;
  }

  /**
   * True if this node has the FORCED_BINARY_ENCODING flag.
   *
   * @returns {boolean}
   */
  isForcedBinaryEncoding() {
    return (this.#flags & EncodingFlags.FORCED_BINARY_ENCODING) !== 0;
  }

  /**
   * Accept a visitor for this node.
   *
   * @param {visitors.Visitor} visitor
   */
  accept(visitor) {
    visitor.visitXStringNode(this)
  }

  /**
   * Returns all child nodes of the current node.
   *
   * @returns {(Node | null)[]} An array of child nodes.
   */
  childNodes() {
    return []
  }

  /**
   * Compact and return an array of child nodes.
   *
   * @returns {Node[]} An array of compacted child nodes.
   */
  compactChildNodes() {
    return [];
  }

  /**
   * Transforms the Node to a JavaScript object.
   *
   * @returns {Object}
   */
  toJSON() {
    return {
      type: "XStringNode",
      location: this.location,
      flags: this.#flags,
      openingLoc: this.openingLoc,
      contentLoc: this.contentLoc,
      closingLoc: this.closingLoc,
      unescaped: this.unescaped,
    };
  }
}

/**
 * Represents the use of the `yield` keyword.
 *
 *     yield 1
 *     ^^^^^^^
 */
class YieldNode {
  /**
   * @type number
   */
  nodeID;

  /**
   * @type {Location}
   */
  location;

  /**
   * @type number
   */
  #flags;

  /**
   * @type Location
   */
  keywordLoc;

  /**
   * @type Location | null
   */
  lparenLoc;

  /**
   * @type ArgumentsNode | null
   */
  arguments_;

  /**
   * @type Location | null
   */
  rparenLoc;

  /**
   * Construct a new YieldNode.
   *
   * @param {number} nodeID
   * @param {Location} location
   * @param {number} flags
   * @param {Location} keywordLoc
   * @param {Location | null} lparenLoc
   * @param {ArgumentsNode | null} arguments_
   * @param {Location | null} rparenLoc
   */
  constructor(nodeID, location, flags, keywordLoc, lparenLoc, arguments_, rparenLoc) {
    this.nodeID = nodeID;
    this.location = location;
    this.#flags = flags;
    this.keywordLoc = keywordLoc;
    this.lparenLoc = lparenLoc;
    this.arguments_ = arguments_;
    this.rparenLoc = rparenLoc;
  }

  /**
   * Accept a visitor for this node.
   *
   * @param {visitors.Visitor} visitor
   */
  accept(visitor) {
    visitor.visitYieldNode(this)
  }

  /**
   * Returns all child nodes of the current node.
   *
   * @returns {(Node | null)[]} An array of child nodes.
   */
  childNodes() {
    return [this.arguments_]
  }

  /**
   * Compact and return an array of child nodes.
   *
   * @returns {Node[]} An array of compacted child nodes.
   */
  compactChildNodes() {
    const compact = [];

    if (this.arguments_) {
      compact.push(this.arguments_);
    }

    return compact;
  }

  /**
   * Transforms the Node to a JavaScript object.
   *
   * @returns {Object}
   */
  toJSON() {
    return {
      type: "YieldNode",
      location: this.location,
      flags: this.#flags,
      keywordLoc: this.keywordLoc,
      lparenLoc: this.lparenLoc,
      arguments: this.arguments_,
      rparenLoc: this.rparenLoc,
    };
  }
}


/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		// no module.id needed
/******/ 		// no module.loaded needed
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId].call(module.exports, module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/******/ // expose the modules object (__webpack_modules__)
/******/ __nccwpck_require__.m = __webpack_modules__;
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/async module */
/******/ (() => {
/******/ 	var webpackQueues = typeof Symbol === "function" ? Symbol("webpack queues") : "__webpack_queues__";
/******/ 	var webpackExports = typeof Symbol === "function" ? Symbol("webpack exports") : "__webpack_exports__";
/******/ 	var webpackError = typeof Symbol === "function" ? Symbol("webpack error") : "__webpack_error__";
/******/ 	var resolveQueue = (queue) => {
/******/ 		if(queue && queue.d < 1) {
/******/ 			queue.d = 1;
/******/ 			queue.forEach((fn) => (fn.r--));
/******/ 			queue.forEach((fn) => (fn.r-- ? fn.r++ : fn()));
/******/ 		}
/******/ 	}
/******/ 	var wrapDeps = (deps) => (deps.map((dep) => {
/******/ 		if(dep !== null && typeof dep === "object") {
/******/ 			if(dep[webpackQueues]) return dep;
/******/ 			if(dep.then) {
/******/ 				var queue = [];
/******/ 				queue.d = 0;
/******/ 				dep.then((r) => {
/******/ 					obj[webpackExports] = r;
/******/ 					resolveQueue(queue);
/******/ 				}, (e) => {
/******/ 					obj[webpackError] = e;
/******/ 					resolveQueue(queue);
/******/ 				});
/******/ 				var obj = {};
/******/ 				obj[webpackQueues] = (fn) => (fn(queue));
/******/ 				return obj;
/******/ 			}
/******/ 		}
/******/ 		var ret = {};
/******/ 		ret[webpackQueues] = x => {};
/******/ 		ret[webpackExports] = dep;
/******/ 		return ret;
/******/ 	}));
/******/ 	__nccwpck_require__.a = (module, body, hasAwait) => {
/******/ 		var queue;
/******/ 		hasAwait && ((queue = []).d = -1);
/******/ 		var depQueues = new Set();
/******/ 		var exports = module.exports;
/******/ 		var currentDeps;
/******/ 		var outerResolve;
/******/ 		var reject;
/******/ 		var promise = new Promise((resolve, rej) => {
/******/ 			reject = rej;
/******/ 			outerResolve = resolve;
/******/ 		});
/******/ 		promise[webpackExports] = exports;
/******/ 		promise[webpackQueues] = (fn) => (queue && fn(queue), depQueues.forEach(fn), promise["catch"](x => {}));
/******/ 		module.exports = promise;
/******/ 		body((deps) => {
/******/ 			currentDeps = wrapDeps(deps);
/******/ 			var fn;
/******/ 			var getResult = () => (currentDeps.map((d) => {
/******/ 				if(d[webpackError]) throw d[webpackError];
/******/ 				return d[webpackExports];
/******/ 			}))
/******/ 			var promise = new Promise((resolve) => {
/******/ 				fn = () => (resolve(getResult));
/******/ 				fn.r = 0;
/******/ 				var fnQueue = (q) => (q !== queue && !depQueues.has(q) && (depQueues.add(q), q && !q.d && (fn.r++, q.push(fn))));
/******/ 				currentDeps.map((dep) => (dep[webpackQueues](fnQueue)));
/******/ 			});
/******/ 			return fn.r ? promise : getResult();
/******/ 		}, (err) => ((err ? reject(promise[webpackError] = err) : outerResolve(exports)), resolveQueue(queue)));
/******/ 		queue && queue.d < 0 && (queue.d = 0);
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/compat get default export */
/******/ (() => {
/******/ 	// getDefaultExport function for compatibility with non-harmony modules
/******/ 	__nccwpck_require__.n = (module) => {
/******/ 		var getter = module && module.__esModule ?
/******/ 			() => (module['default']) :
/******/ 			() => (module);
/******/ 		__nccwpck_require__.d(getter, { a: getter });
/******/ 		return getter;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/create fake namespace object */
/******/ (() => {
/******/ 	var getProto = Object.getPrototypeOf ? (obj) => (Object.getPrototypeOf(obj)) : (obj) => (obj.__proto__);
/******/ 	var leafPrototypes;
/******/ 	// create a fake namespace object
/******/ 	// mode & 1: value is a module id, require it
/******/ 	// mode & 2: merge all properties of value into the ns
/******/ 	// mode & 4: return value when already ns object
/******/ 	// mode & 16: return value when it's Promise-like
/******/ 	// mode & 8|1: behave like require
/******/ 	__nccwpck_require__.t = function(value, mode) {
/******/ 		if(mode & 1) value = this(value);
/******/ 		if(mode & 8) return value;
/******/ 		if(typeof value === 'object' && value) {
/******/ 			if((mode & 4) && value.__esModule) return value;
/******/ 			if((mode & 16) && typeof value.then === 'function') return value;
/******/ 		}
/******/ 		var ns = Object.create(null);
/******/ 		__nccwpck_require__.r(ns);
/******/ 		var def = {};
/******/ 		leafPrototypes = leafPrototypes || [null, getProto({}), getProto([]), getProto(getProto)];
/******/ 		for(var current = mode & 2 && value; typeof current == 'object' && !~leafPrototypes.indexOf(current); current = getProto(current)) {
/******/ 			Object.getOwnPropertyNames(current).forEach((key) => (def[key] = () => (value[key])));
/******/ 		}
/******/ 		def['default'] = () => (value);
/******/ 		__nccwpck_require__.d(ns, def);
/******/ 		return ns;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/ensure chunk */
/******/ (() => {
/******/ 	__nccwpck_require__.f = {};
/******/ 	// This file contains only the entry chunk.
/******/ 	// The chunk loading function for additional chunks
/******/ 	__nccwpck_require__.e = (chunkId) => {
/******/ 		return Promise.all(Object.keys(__nccwpck_require__.f).reduce((promises, key) => {
/******/ 			__nccwpck_require__.f[key](chunkId, promises);
/******/ 			return promises;
/******/ 		}, []));
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/get javascript chunk filename */
/******/ (() => {
/******/ 	// This function allow to reference async chunks
/******/ 	__nccwpck_require__.u = (chunkId) => {
/******/ 		// return url for filenames based on template
/******/ 		return "" + chunkId + ".index.js";
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/******/ /* webpack/runtime/make namespace object */
/******/ (() => {
/******/ 	// define __esModule on exports
/******/ 	__nccwpck_require__.r = (exports) => {
/******/ 		if(typeof Symbol !== 'undefined' && Symbol.toStringTag) {
/******/ 			Object.defineProperty(exports, Symbol.toStringTag, { value: 'Module' });
/******/ 		}
/******/ 		Object.defineProperty(exports, '__esModule', { value: true });
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/import chunk loading */
/******/ (() => {
/******/ 	// no baseURI
/******/ 	
/******/ 	// object to store loaded and loading chunks
/******/ 	// undefined = chunk not loaded, null = chunk preloaded/prefetched
/******/ 	// [resolve, Promise] = chunk loading, 0 = chunk loaded
/******/ 	var installedChunks = {
/******/ 		792: 0
/******/ 	};
/******/ 	
/******/ 	var installChunk = (data) => {
/******/ 		var {ids, modules, runtime} = data;
/******/ 		// add "modules" to the modules object,
/******/ 		// then flag all "ids" as loaded and fire callback
/******/ 		var moduleId, chunkId, i = 0;
/******/ 		for(moduleId in modules) {
/******/ 			if(__nccwpck_require__.o(modules, moduleId)) {
/******/ 				__nccwpck_require__.m[moduleId] = modules[moduleId];
/******/ 			}
/******/ 		}
/******/ 		if(runtime) runtime(__nccwpck_require__);
/******/ 		for(;i < ids.length; i++) {
/******/ 			chunkId = ids[i];
/******/ 			if(__nccwpck_require__.o(installedChunks, chunkId) && installedChunks[chunkId]) {
/******/ 				installedChunks[chunkId][0]();
/******/ 			}
/******/ 			installedChunks[ids[i]] = 0;
/******/ 		}
/******/ 	
/******/ 	}
/******/ 	
/******/ 	__nccwpck_require__.f.j = (chunkId, promises) => {
/******/ 			// import() chunk loading for javascript
/******/ 			var installedChunkData = __nccwpck_require__.o(installedChunks, chunkId) ? installedChunks[chunkId] : undefined;
/******/ 			if(installedChunkData !== 0) { // 0 means "already installed".
/******/ 	
/******/ 				// a Promise means "currently loading".
/******/ 				if(installedChunkData) {
/******/ 					promises.push(installedChunkData[1]);
/******/ 				} else {
/******/ 					if(true) { // all chunks have JS
/******/ 						// setup Promise in chunk cache
/******/ 						var promise = import("./" + __nccwpck_require__.u(chunkId)).then(installChunk, (e) => {
/******/ 							if(installedChunks[chunkId] !== 0) installedChunks[chunkId] = undefined;
/******/ 							throw e;
/******/ 						});
/******/ 						var promise = Promise.race([promise, new Promise((resolve) => (installedChunkData = installedChunks[chunkId] = [resolve]))])
/******/ 						promises.push(installedChunkData[1] = promise);
/******/ 					}
/******/ 				}
/******/ 			}
/******/ 	};
/******/ 	
/******/ 	// no prefetching
/******/ 	
/******/ 	// no preloaded
/******/ 	
/******/ 	// no external install chunk
/******/ 	
/******/ 	// no on chunks loaded
/******/ })();
/******/ 
/************************************************************************/
/******/ 
/******/ // startup
/******/ // Load entry module and return exports
/******/ // This entry module used 'module' so it can't be inlined
/******/ var __webpack_exports__ = __nccwpck_require__(9792);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ var __webpack_exports__VERSION = __webpack_exports__.x;
/******/ var __webpack_exports__main = __webpack_exports__.i;
/******/ export { __webpack_exports__VERSION as VERSION, __webpack_exports__main as main };
/******/ 
