#!/usr/bin/env node
import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 4419:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {

const json = __nccwpck_require__(3653);
const strings = __nccwpck_require__(4937);
const regex = __nccwpck_require__(7868);
const yaml = __nccwpck_require__(9004);

module.exports = {
  ...json,
  ...strings,
  ...regex,
  ...yaml,
};


/***/ }),

/***/ 3653:
/***/ ((module) => {

function isValidJSON(str) {
  if (typeof str !== "string") {
    return;
  }
  try {
    JSON.parse(str);
    return true;
  } catch (err) {
    if (err instanceof SyntaxError) {
      return false;
    }
    throw err;
  }
}

module.exports = {
  "json.is_valid": isValidJSON,
};


/***/ }),

/***/ 7868:
/***/ ((module) => {

const regexSplit = (pattern, s) => s.split(RegExp(pattern));

module.exports = { "regex.split": regexSplit };


/***/ }),

/***/ 4937:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {

const vsprintf = (__nccwpck_require__(9973)/* .vsprintf */ .V);

const sprintf = (s, values) => vsprintf(s, values);

module.exports = { sprintf };


/***/ }),

/***/ 9004:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {

const yaml = __nccwpck_require__(1267);

// see: https://eemeli.org/yaml/v1/#errors
const errors = new Set([
  "YAMLReferenceError",
  "YAMLSemanticError",
  "YAMLSyntaxError",
  "YAMLWarning",
]);

function parse(str) {
  if (typeof str !== "string") {
    return { ok: false, result: undefined };
  }

  const YAML_SILENCE_WARNINGS_CACHED = global.YAML_SILENCE_WARNINGS;
  try {
    // see: https://eemeli.org/yaml/v1/#silencing-warnings
    global.YAML_SILENCE_WARNINGS = true;
    return { ok: true, result: yaml.parse(str) };
  } catch (err) {
    // Ignore parser errors.
    if (err && errors.has(err.name)) {
      return { ok: false, result: undefined };
    }
    throw err;
  } finally {
    global.YAML_SILENCE_WARNINGS = YAML_SILENCE_WARNINGS_CACHED;
  }
}

module.exports = {
  // is_valid is expected to return nothing if input is invalid otherwise
  // true/false for it being valid YAML.
  "yaml.is_valid": (str) => typeof str === "string" ? parse(str).ok : undefined,
  "yaml.marshal": (data) => yaml.stringify(data),
  "yaml.unmarshal": (str) => parse(str).result,
};


/***/ }),

/***/ 3712:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {

// Copyright 2018 The OPA Authors.  All rights reserved.
// Use of this source code is governed by an Apache2
// license that can be found in the LICENSE file.
const builtIns = __nccwpck_require__(4419);

/**
 * @param {WebAssembly.Memory} mem
 */
function stringDecoder(mem) {
  return function (addr) {
    const i8 = new Int8Array(mem.buffer);
    let s = "";
    while (i8[addr] !== 0) {
      s += String.fromCharCode(i8[addr++]);
    }
    return s;
  };
}

/**
 * Stringifies and loads an object into OPA's Memory
 * @param {WebAssembly.Instance} wasmInstance
 * @param {WebAssembly.Memory} memory
 * @param {any | ArrayBuffer} value data as `object`, literal primitive or ArrayBuffer (last is assumed to be a well-formed stringified JSON)
 * @returns {number}
 */
function _loadJSON(wasmInstance, memory, value) {
  if (value === undefined) {
    return 0;
  }

  let valueBuf;
  if (value instanceof ArrayBuffer) {
    valueBuf = new Uint8Array(value);
  } else {
    const valueAsText = JSON.stringify(value);
    valueBuf = new TextEncoder().encode(valueAsText);
  }

  const valueBufLen = valueBuf.byteLength;
  const rawAddr = wasmInstance.exports.opa_malloc(valueBufLen);
  const memoryBuffer = new Uint8Array(memory.buffer);
  memoryBuffer.set(valueBuf, rawAddr);

  const parsedAddr = wasmInstance.exports.opa_json_parse(rawAddr, valueBufLen);

  if (parsedAddr === 0) {
    throw "failed to parse json value";
  }
  return parsedAddr;
}

/**
 * Dumps and parses a JSON object from OPA's Memory
 * @param {WebAssembly.Instance} wasmInstance
 * @param {WebAssembly.Memory} memory
 * @param {number} addr
 * @returns {object}
 */
function _dumpJSON(wasmInstance, memory, addr) {
  const rawAddr = wasmInstance.exports.opa_json_dump(addr);
  return _dumpJSONRaw(memory, rawAddr);
}

/**
 * Parses a JSON object from wasm instance's memory
 * @param {WebAssembly.Memory} memory
 * @param {number} addr
 * @returns {object}
 */
function _dumpJSONRaw(memory, addr) {
  const buf = new Uint8Array(memory.buffer);

  let idx = addr;

  while (buf[idx] !== 0) {
    idx++;
  }

  const utf8View = new Uint8Array(memory.buffer, addr, idx - addr);
  const jsonAsText = new TextDecoder().decode(utf8View);

  return JSON.parse(jsonAsText);
}

const builtinFuncs = builtIns;

/**
 * _builtinCall dispatches the built-in function. The built-in function
 * arguments are loaded from Wasm and back in using JSON serialization.
 * @param {WebAssembly.Instance} wasmInstance
 * @param {WebAssembly.Memory} memory
 * @param {{ [builtinId: number]: string }} builtins
 * @param {{ [builtinName: string]: Function }} customBuiltins
 * @param {string} builtin_id
 */
function _builtinCall(
  wasmInstance,
  memory,
  builtins,
  customBuiltins,
  builtinId,
) {
  const builtInName = builtins[builtinId];
  const impl = builtinFuncs[builtInName] || customBuiltins[builtInName];

  if (impl === undefined) {
    throw {
      message: "not implemented: built-in function " +
        builtinId +
        ": " +
        builtins[builtinId],
    };
  }

  const argArray = Array.prototype.slice.apply(arguments);
  const args = [];

  for (let i = 5; i < argArray.length; i++) {
    const jsArg = _dumpJSON(wasmInstance, memory, argArray[i]);
    args.push(jsArg);
  }

  const result = impl(...args);

  return _loadJSON(wasmInstance, memory, result);
}

/**
 * _importObject builds the WebAssembly.Imports
 * @param {Object} env
 * @param {WebAssembly.Memory} memory
 * @param {{ [builtinName: string]: Function }} customBuiltins
 * @returns {WebAssembly.Imports}
 */
function _importObject(env, memory, customBuiltins) {
  const addr2string = stringDecoder(memory);

  return {
    env: {
      memory,
      opa_abort: function (addr) {
        throw addr2string(addr);
      },
      opa_println: function (addr) {
        console.log(addr2string(addr));
      },
      opa_builtin0: function (builtinId, _ctx) {
        return _builtinCall(
          env.instance,
          memory,
          env.builtins,
          customBuiltins,
          builtinId,
        );
      },
      opa_builtin1: function (builtinId, _ctx, arg1) {
        return _builtinCall(
          env.instance,
          memory,
          env.builtins,
          customBuiltins,
          builtinId,
          arg1,
        );
      },
      opa_builtin2: function (builtinId, _ctx, arg1, arg2) {
        return _builtinCall(
          env.instance,
          memory,
          env.builtins,
          customBuiltins,
          builtinId,
          arg1,
          arg2,
        );
      },
      opa_builtin3: function (builtinId, _ctx, arg1, arg2, arg3) {
        return _builtinCall(
          env.instance,
          memory,
          env.builtins,
          customBuiltins,
          builtinId,
          arg1,
          arg2,
          arg3,
        );
      },
      opa_builtin4: function (builtinId, _ctx, arg1, arg2, arg3, arg4) {
        return _builtinCall(
          env.instance,
          memory,
          env.builtins,
          customBuiltins,
          builtinId,
          arg1,
          arg2,
          arg3,
          arg4,
        );
      },
    },
  };
}

/**
 * _preparePolicy checks the ABI version and loads the built-in functions
 * @param {Object} env
 * @param {WebAssembly.WebAssemblyInstantiatedSource | WebAssembly.Instance} wasm
 * @param {WebAssembly.Memory} memory
 * @returns { policy: WebAssembly.WebAssemblyInstantiatedSource | WebAssembly.Instance, minorVersion: number }}
 */
function _preparePolicy(env, wasm, memory) {
  env.instance = wasm.instance ? wasm.instance : wasm;

  // Note: On Node 10.x this value is a number on Node 12.x and up it is
  // an object with numberic `value` property.
  const abiVersionGlobal = env.instance.exports.opa_wasm_abi_version;
  if (abiVersionGlobal !== undefined) {
    const abiVersion = typeof abiVersionGlobal === "number"
      ? abiVersionGlobal
      : abiVersionGlobal.value;
    if (abiVersion !== 1) {
      throw `unsupported ABI version ${abiVersion}`;
    }
  } else {
    console.error("opa_wasm_abi_version undefined"); // logs to stderr
  }

  const abiMinorVersionGlobal = env.instance.exports.opa_wasm_abi_minor_version;
  let abiMinorVersion;
  if (abiMinorVersionGlobal !== undefined) {
    abiMinorVersion = typeof abiMinorVersionGlobal === "number"
      ? abiMinorVersionGlobal
      : abiMinorVersionGlobal.value;
  } else {
    console.error("opa_wasm_abi_minor_version undefined");
  }

  const builtins = _dumpJSON(
    env.instance,
    memory,
    env.instance.exports.builtins(),
  );

  /** @type {typeof builtIns} */
  env.builtins = {};

  for (const key of Object.keys(builtins)) {
    env.builtins[builtins[key]] = key;
  }

  return { policy: wasm, minorVersion: abiMinorVersion };
}

/**
 * _loadPolicy can take in either an ArrayBuffer or WebAssembly.Module
 * as its first argument, a WebAssembly.Memory for the second parameter,
 * and an object mapping string names to additional builtin functions for
 * the third parameter.
 * It will return a Promise, depending on the input type the promise
 * resolves to both a compiled WebAssembly.Module and its first WebAssembly.Instance
 * or to the WebAssemblyInstance.
 * @param {BufferSource | WebAssembly.Module | Response | Promise<Response>} policyWasm
 * @param {WebAssembly.Memory} memory
 * @param {{ [builtinName: string]: Function }} customBuiltins
 * @returns {Promise<{ policy: WebAssembly.WebAssemblyInstantiatedSource | WebAssembly.Instance, minorVersion: number }>}
 */
async function _loadPolicy(policyWasm, memory, customBuiltins) {
  const env = {};

  const isStreaming = policyWasm instanceof Response ||
    policyWasm instanceof Promise;

  const importObject = _importObject(env, memory, customBuiltins);

  const wasm =
    await (isStreaming
      ? WebAssembly.instantiateStreaming(policyWasm, importObject)
      : WebAssembly.instantiate(policyWasm, importObject));

  return _preparePolicy(env, wasm, memory);
}

/**
 * _loadPolicySync can take in either an ArrayBuffer or WebAssembly.Module
 * as its first argument, a WebAssembly.Memory for the second parameter,
 * and an object mapping string names to additional builtin functions for
 * the third parameter.
 * It will return a compiled WebAssembly.Module and its first WebAssembly.Instance.
 * @param {BufferSource | WebAssembly.Module} policyWasm
 * @param {WebAssembly.Memory} memory
 * @param {{ [builtinName: string]: Function }} customBuiltins
 * @returns {Promise<{ policy: WebAssembly.Instance, minorVersion: number }>}
 */
function _loadPolicySync(policyWasm, memory, customBuiltins) {
  const env = {};

  if (
    policyWasm instanceof ArrayBuffer ||
    policyWasm.buffer instanceof ArrayBuffer
  ) {
    policyWasm = new WebAssembly.Module(policyWasm);
  }

  const wasm = new WebAssembly.Instance(
    policyWasm,
    _importObject(env, memory, customBuiltins),
  );

  return _preparePolicy(env, wasm, memory);
}

/**
 * LoadedPolicy is a wrapper around a WebAssembly.Instance and WebAssembly.Memory
 * for a compiled Rego policy. There are helpers to run the wasm instance and
 * handle the output from the policy wasm.
 */
class LoadedPolicy {
  /**
   * Loads and initializes a compiled Rego policy.
   * @param {WebAssembly.WebAssemblyInstantiatedSource} policy
   * @param {WebAssembly.Memory} memory
   */
  constructor(policy, memory, minorVersion) {
    this.minorVersion = minorVersion;
    this.mem = memory;

    // Depending on how the wasm was instantiated "policy" might be a
    // WebAssembly Instance or be a wrapper around the Module and
    // Instance. We only care about the Instance.
    this.wasmInstance = policy.instance ? policy.instance : policy;

    this.dataAddr = _loadJSON(this.wasmInstance, this.mem, {});
    this.baseHeapPtr = this.wasmInstance.exports.opa_heap_ptr_get();
    this.dataHeapPtr = this.baseHeapPtr;
    this.entrypoints = _dumpJSON(
      this.wasmInstance,
      this.mem,
      this.wasmInstance.exports.entrypoints(),
    );
  }

  /**
   * Evaluates the loaded policy with the given input and
   * return the result set. This should be re-used for multiple evaluations
   * of the same policy with different inputs.
   *
   * To call a non-default entrypoint in your WASM specify it as the second
   * param. A list of entrypoints can be accessed with the `this.entrypoints`
   * property.
   * @param {any | ArrayBuffer} input input to be evaluated in form of `object`, literal primitive or ArrayBuffer (last is assumed to be a well-formed stringified JSON)
   * @param {number | string} entrypoint ID or name of the entrypoint to call (optional)
   */
  evaluate(input, entrypoint = 0) {
    // determine entrypoint ID
    if (typeof entrypoint === "number") {
      // used as-is
    } else if (typeof entrypoint === "string") {
      if (Object.prototype.hasOwnProperty.call(this.entrypoints, entrypoint)) {
        entrypoint = this.entrypoints[entrypoint];
      } else {
        throw `entrypoint ${entrypoint} is not valid in this instance`;
      }
    } else {
      throw `entrypoint value is an invalid type, must be either string or number`;
    }

    // ABI 1.2 fastpath
    if (this.minorVersion >= 2) {
      // write input into memory, adjust heap pointer
      let inputBuf = null;
      let inputLen = 0;
      let inputAddr = 0;
      if (input) {
        if (input instanceof ArrayBuffer) {
          inputBuf = new Uint8Array(input);
        } else {
          const inputAsText = JSON.stringify(input);
          inputBuf = new TextEncoder().encode(inputAsText);
        }

        inputAddr = this.dataHeapPtr;
        inputLen = inputBuf.byteLength;
        const delta = inputAddr + inputLen - this.mem.buffer.byteLength;
        if (delta > 0) {
          const pages = roundup(delta);
          this.mem.grow(pages);
        }
        const buf = new Uint8Array(this.mem.buffer);
        buf.set(inputBuf, this.dataHeapPtr);
      }

      // opa_eval will update the Instance heap pointer to the value below
      const heapPtr = this.dataHeapPtr + inputLen;

      const ret = this.wasmInstance.exports.opa_eval(
        0,
        entrypoint,
        this.dataAddr,
        inputAddr,
        inputLen,
        heapPtr,
        0,
      );
      return _dumpJSONRaw(this.mem, ret);
    }

    // Reset the heap pointer before each evaluation
    this.wasmInstance.exports.opa_heap_ptr_set(this.dataHeapPtr);

    // Load the input data
    const inputAddr = _loadJSON(this.wasmInstance, this.mem, input);

    // Setup the evaluation context
    const ctxAddr = this.wasmInstance.exports.opa_eval_ctx_new();
    this.wasmInstance.exports.opa_eval_ctx_set_input(ctxAddr, inputAddr);
    this.wasmInstance.exports.opa_eval_ctx_set_data(ctxAddr, this.dataAddr);
    this.wasmInstance.exports.opa_eval_ctx_set_entrypoint(ctxAddr, entrypoint);

    // Actually evaluate the policy
    this.wasmInstance.exports.eval(ctxAddr);

    // Retrieve the result
    const resultAddr = this.wasmInstance.exports.opa_eval_ctx_get_result(
      ctxAddr,
    );
    return _dumpJSON(this.wasmInstance, this.mem, resultAddr);
  }

  /**
   * evalBool will evaluate the policy and return a boolean answer
   * depending on the return code from the policy evaluation.
   * @deprecated Use `evaluate` instead.
   * @param {object} input
   */
  evalBool(input) {
    const rs = this.evaluate(input);
    return rs && rs.length === 1 && rs[0] === true;
  }

  /**
   * Loads data for use in subsequent evaluations.
   * @param {object | ArrayBuffer} data  data in form of `object` or ArrayBuffer (last is assumed to be a well-formed stringified JSON)
   */
  setData(data) {
    this.wasmInstance.exports.opa_heap_ptr_set(this.baseHeapPtr);
    this.dataAddr = _loadJSON(this.wasmInstance, this.mem, data);
    this.dataHeapPtr = this.wasmInstance.exports.opa_heap_ptr_get();
  }
}

function roundup(bytes) {
  const pageSize = 64 * 1024;
  return Math.ceil(bytes / pageSize);
}

module.exports = {
  /**
   * Takes in either an ArrayBuffer or WebAssembly.Module
   * and will return a Promise of a LoadedPolicy object which
   * can be used to evaluate the policy.
   *
   * To set custom memory size specify number of memory pages
   * as second param.
   * Defaults to 5 pages (320KB).
   * @param {BufferSource | WebAssembly.Module | Response | Promise<Response>} regoWasm
   * @param {number | WebAssembly.MemoryDescriptor} memoryDescriptor For backwards-compatibility, a 'number' argument is taken to be the initial memory size.
   * @param {{ [builtinName: string]: Function }} customBuiltins A map from string names to builtin functions
   * @returns {Promise<LoadedPolicy>}
   */
  async loadPolicy(regoWasm, memoryDescriptor = {}, customBuiltins = {}) {
    // back-compat, second arg used to be a number: 'memorySize', with default of 5
    if (typeof memoryDescriptor === "number") {
      memoryDescriptor = { initial: memoryDescriptor };
    }
    memoryDescriptor.initial = memoryDescriptor.initial || 5;

    const memory = new WebAssembly.Memory(memoryDescriptor);
    const { policy, minorVersion } = await _loadPolicy(
      regoWasm,
      memory,
      customBuiltins,
    );
    return new LoadedPolicy(policy, memory, minorVersion);
  },

  /**
   * Takes in either an ArrayBuffer or WebAssembly.Module
   * and will return a LoadedPolicy object which can be
   * used to evaluate the policy.
   *
   * This cannot be used from the main thread in a browser.
   * You must use the `loadPolicy` function instead, or call
   * from a worker thread.
   *
   * To set custom memory size specify number of memory pages
   * as second param.
   * Defaults to 5 pages (320KB).
   * @param {BufferSource | WebAssembly.Module} regoWasm
   * @param {number | WebAssembly.MemoryDescriptor} memoryDescriptor For backwards-compatibility, a 'number' argument is taken to be the initial memory size.
   * @param {{ [builtinName: string]: Function }} customBuiltins A map from string names to builtin functions
   * @returns {LoadedPolicy}
   */
  loadPolicySync(regoWasm, memoryDescriptor = {}, customBuiltins = {}) {
    // back-compat, second arg used to be a number: 'memorySize', with default of 5
    if (typeof memoryDescriptor === "number") {
      memoryDescriptor = { initial: memoryDescriptor };
    }
    memoryDescriptor.initial = memoryDescriptor.initial || 5;

    const memory = new WebAssembly.Memory(memoryDescriptor);
    const { policy, minorVersion } = _loadPolicySync(
      regoWasm,
      memory,
      customBuiltins,
    );
    return new LoadedPolicy(policy, memory, minorVersion);
  },
  LoadedPolicy,
};


/***/ }),

/***/ 779:
/***/ ((__unused_webpack_module, exports) => {

var __webpack_unused_export__;

__webpack_unused_export__ = ({ value: true });
__webpack_unused_export__ = __webpack_unused_export__ = exports.U9 = void 0;
function fmtDef(validate, compare) {
    return { validate, compare };
}
exports.U9 = {
    // date: http://tools.ietf.org/html/rfc3339#section-5.6
    date: fmtDef(date, compareDate),
    // date-time: http://tools.ietf.org/html/rfc3339#section-5.6
    time: fmtDef(getTime(true), compareTime),
    "date-time": fmtDef(getDateTime(true), compareDateTime),
    "iso-time": fmtDef(getTime(), compareIsoTime),
    "iso-date-time": fmtDef(getDateTime(), compareIsoDateTime),
    // duration: https://tools.ietf.org/html/rfc3339#appendix-A
    duration: /^P(?!$)((\d+Y)?(\d+M)?(\d+D)?(T(?=\d)(\d+H)?(\d+M)?(\d+S)?)?|(\d+W)?)$/,
    uri,
    "uri-reference": /^(?:[a-z][a-z0-9+\-.]*:)?(?:\/?\/(?:(?:[a-z0-9\-._~!$&'()*+,;=:]|%[0-9a-f]{2})*@)?(?:\[(?:(?:(?:(?:[0-9a-f]{1,4}:){6}|::(?:[0-9a-f]{1,4}:){5}|(?:[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){4}|(?:(?:[0-9a-f]{1,4}:){0,1}[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){3}|(?:(?:[0-9a-f]{1,4}:){0,2}[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){2}|(?:(?:[0-9a-f]{1,4}:){0,3}[0-9a-f]{1,4})?::[0-9a-f]{1,4}:|(?:(?:[0-9a-f]{1,4}:){0,4}[0-9a-f]{1,4})?::)(?:[0-9a-f]{1,4}:[0-9a-f]{1,4}|(?:(?:25[0-5]|2[0-4]\d|[01]?\d\d?)\.){3}(?:25[0-5]|2[0-4]\d|[01]?\d\d?))|(?:(?:[0-9a-f]{1,4}:){0,5}[0-9a-f]{1,4})?::[0-9a-f]{1,4}|(?:(?:[0-9a-f]{1,4}:){0,6}[0-9a-f]{1,4})?::)|[Vv][0-9a-f]+\.[a-z0-9\-._~!$&'()*+,;=:]+)\]|(?:(?:25[0-5]|2[0-4]\d|[01]?\d\d?)\.){3}(?:25[0-5]|2[0-4]\d|[01]?\d\d?)|(?:[a-z0-9\-._~!$&'"()*+,;=]|%[0-9a-f]{2})*)(?::\d*)?(?:\/(?:[a-z0-9\-._~!$&'"()*+,;=:@]|%[0-9a-f]{2})*)*|\/(?:(?:[a-z0-9\-._~!$&'"()*+,;=:@]|%[0-9a-f]{2})+(?:\/(?:[a-z0-9\-._~!$&'"()*+,;=:@]|%[0-9a-f]{2})*)*)?|(?:[a-z0-9\-._~!$&'"()*+,;=:@]|%[0-9a-f]{2})+(?:\/(?:[a-z0-9\-._~!$&'"()*+,;=:@]|%[0-9a-f]{2})*)*)?(?:\?(?:[a-z0-9\-._~!$&'"()*+,;=:@/?]|%[0-9a-f]{2})*)?(?:#(?:[a-z0-9\-._~!$&'"()*+,;=:@/?]|%[0-9a-f]{2})*)?$/i,
    // uri-template: https://tools.ietf.org/html/rfc6570
    "uri-template": /^(?:(?:[^\x00-\x20"'<>%\\^`{|}]|%[0-9a-f]{2})|\{[+#./;?&=,!@|]?(?:[a-z0-9_]|%[0-9a-f]{2})+(?::[1-9][0-9]{0,3}|\*)?(?:,(?:[a-z0-9_]|%[0-9a-f]{2})+(?::[1-9][0-9]{0,3}|\*)?)*\})*$/i,
    // For the source: https://gist.github.com/dperini/729294
    // For test cases: https://mathiasbynens.be/demo/url-regex
    url: /^(?:https?|ftp):\/\/(?:\S+(?::\S*)?@)?(?:(?!(?:10|127)(?:\.\d{1,3}){3})(?!(?:169\.254|192\.168)(?:\.\d{1,3}){2})(?!172\.(?:1[6-9]|2\d|3[0-1])(?:\.\d{1,3}){2})(?:[1-9]\d?|1\d\d|2[01]\d|22[0-3])(?:\.(?:1?\d{1,2}|2[0-4]\d|25[0-5])){2}(?:\.(?:[1-9]\d?|1\d\d|2[0-4]\d|25[0-4]))|(?:(?:[a-z0-9\u{00a1}-\u{ffff}]+-)*[a-z0-9\u{00a1}-\u{ffff}]+)(?:\.(?:[a-z0-9\u{00a1}-\u{ffff}]+-)*[a-z0-9\u{00a1}-\u{ffff}]+)*(?:\.(?:[a-z\u{00a1}-\u{ffff}]{2,})))(?::\d{2,5})?(?:\/[^\s]*)?$/iu,
    email: /^[a-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[a-z0-9!#$%&'*+/=?^_`{|}~-]+)*@(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$/i,
    hostname: /^(?=.{1,253}\.?$)[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[-0-9a-z]{0,61}[0-9a-z])?)*\.?$/i,
    // optimized https://www.safaribooksonline.com/library/view/regular-expressions-cookbook/9780596802837/ch07s16.html
    ipv4: /^(?:(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)\.){3}(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)$/,
    ipv6: /^((([0-9a-f]{1,4}:){7}([0-9a-f]{1,4}|:))|(([0-9a-f]{1,4}:){6}(:[0-9a-f]{1,4}|((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3})|:))|(([0-9a-f]{1,4}:){5}(((:[0-9a-f]{1,4}){1,2})|:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3})|:))|(([0-9a-f]{1,4}:){4}(((:[0-9a-f]{1,4}){1,3})|((:[0-9a-f]{1,4})?:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}))|:))|(([0-9a-f]{1,4}:){3}(((:[0-9a-f]{1,4}){1,4})|((:[0-9a-f]{1,4}){0,2}:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}))|:))|(([0-9a-f]{1,4}:){2}(((:[0-9a-f]{1,4}){1,5})|((:[0-9a-f]{1,4}){0,3}:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}))|:))|(([0-9a-f]{1,4}:){1}(((:[0-9a-f]{1,4}){1,6})|((:[0-9a-f]{1,4}){0,4}:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}))|:))|(:(((:[0-9a-f]{1,4}){1,7})|((:[0-9a-f]{1,4}){0,5}:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}))|:)))$/i,
    regex,
    // uuid: http://tools.ietf.org/html/rfc4122
    uuid: /^(?:urn:uuid:)?[0-9a-f]{8}-(?:[0-9a-f]{4}-){3}[0-9a-f]{12}$/i,
    // JSON-pointer: https://tools.ietf.org/html/rfc6901
    // uri fragment: https://tools.ietf.org/html/rfc3986#appendix-A
    "json-pointer": /^(?:\/(?:[^~/]|~0|~1)*)*$/,
    "json-pointer-uri-fragment": /^#(?:\/(?:[a-z0-9_\-.!$&'()*+,;:=@]|%[0-9a-f]{2}|~0|~1)*)*$/i,
    // relative JSON-pointer: http://tools.ietf.org/html/draft-luff-relative-json-pointer-00
    "relative-json-pointer": /^(?:0|[1-9][0-9]*)(?:#|(?:\/(?:[^~/]|~0|~1)*)*)$/,
    // the following formats are used by the openapi specification: https://spec.openapis.org/oas/v3.0.0#data-types
    // byte: https://github.com/miguelmota/is-base64
    byte,
    // signed 32 bit integer
    int32: { type: "number", validate: validateInt32 },
    // signed 64 bit integer
    int64: { type: "number", validate: validateInt64 },
    // C-type float
    float: { type: "number", validate: validateNumber },
    // C-type double
    double: { type: "number", validate: validateNumber },
    // hint to the UI to hide input strings
    password: true,
    // unchecked string payload
    binary: true,
};
__webpack_unused_export__ = {
    ...exports.U9,
    date: fmtDef(/^\d\d\d\d-[0-1]\d-[0-3]\d$/, compareDate),
    time: fmtDef(/^(?:[0-2]\d:[0-5]\d:[0-5]\d|23:59:60)(?:\.\d+)?(?:z|[+-]\d\d(?::?\d\d)?)$/i, compareTime),
    "date-time": fmtDef(/^\d\d\d\d-[0-1]\d-[0-3]\dt(?:[0-2]\d:[0-5]\d:[0-5]\d|23:59:60)(?:\.\d+)?(?:z|[+-]\d\d(?::?\d\d)?)$/i, compareDateTime),
    "iso-time": fmtDef(/^(?:[0-2]\d:[0-5]\d:[0-5]\d|23:59:60)(?:\.\d+)?(?:z|[+-]\d\d(?::?\d\d)?)?$/i, compareIsoTime),
    "iso-date-time": fmtDef(/^\d\d\d\d-[0-1]\d-[0-3]\d[t\s](?:[0-2]\d:[0-5]\d:[0-5]\d|23:59:60)(?:\.\d+)?(?:z|[+-]\d\d(?::?\d\d)?)?$/i, compareIsoDateTime),
    // uri: https://github.com/mafintosh/is-my-json-valid/blob/master/formats.js
    uri: /^(?:[a-z][a-z0-9+\-.]*:)(?:\/?\/)?[^\s]*$/i,
    "uri-reference": /^(?:(?:[a-z][a-z0-9+\-.]*:)?\/?\/)?(?:[^\\\s#][^\s#]*)?(?:#[^\\\s]*)?$/i,
    // email (sources from jsen validator):
    // http://stackoverflow.com/questions/201323/using-a-regular-expression-to-validate-an-email-address#answer-8829363
    // http://www.w3.org/TR/html5/forms.html#valid-e-mail-address (search for 'wilful violation')
    email: /^[a-z0-9.!#$%&'*+/=?^_`{|}~-]+@[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*$/i,
};
__webpack_unused_export__ = Object.keys(exports.U9);
function isLeapYear(year) {
    // https://tools.ietf.org/html/rfc3339#appendix-C
    return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
}
const DATE = /^(\d\d\d\d)-(\d\d)-(\d\d)$/;
const DAYS = [0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
function date(str) {
    // full-date from http://tools.ietf.org/html/rfc3339#section-5.6
    const matches = DATE.exec(str);
    if (!matches)
        return false;
    const year = +matches[1];
    const month = +matches[2];
    const day = +matches[3];
    return (month >= 1 &&
        month <= 12 &&
        day >= 1 &&
        day <= (month === 2 && isLeapYear(year) ? 29 : DAYS[month]));
}
function compareDate(d1, d2) {
    if (!(d1 && d2))
        return undefined;
    if (d1 > d2)
        return 1;
    if (d1 < d2)
        return -1;
    return 0;
}
const TIME = /^(\d\d):(\d\d):(\d\d(?:\.\d+)?)(z|([+-])(\d\d)(?::?(\d\d))?)?$/i;
function getTime(strictTimeZone) {
    return function time(str) {
        const matches = TIME.exec(str);
        if (!matches)
            return false;
        const hr = +matches[1];
        const min = +matches[2];
        const sec = +matches[3];
        const tz = matches[4];
        const tzSign = matches[5] === "-" ? -1 : 1;
        const tzH = +(matches[6] || 0);
        const tzM = +(matches[7] || 0);
        if (tzH > 23 || tzM > 59 || (strictTimeZone && !tz))
            return false;
        if (hr <= 23 && min <= 59 && sec < 60)
            return true;
        // leap second
        const utcMin = min - tzM * tzSign;
        const utcHr = hr - tzH * tzSign - (utcMin < 0 ? 1 : 0);
        return (utcHr === 23 || utcHr === -1) && (utcMin === 59 || utcMin === -1) && sec < 61;
    };
}
function compareTime(s1, s2) {
    if (!(s1 && s2))
        return undefined;
    const t1 = new Date("2020-01-01T" + s1).valueOf();
    const t2 = new Date("2020-01-01T" + s2).valueOf();
    if (!(t1 && t2))
        return undefined;
    return t1 - t2;
}
function compareIsoTime(t1, t2) {
    if (!(t1 && t2))
        return undefined;
    const a1 = TIME.exec(t1);
    const a2 = TIME.exec(t2);
    if (!(a1 && a2))
        return undefined;
    t1 = a1[1] + a1[2] + a1[3];
    t2 = a2[1] + a2[2] + a2[3];
    if (t1 > t2)
        return 1;
    if (t1 < t2)
        return -1;
    return 0;
}
const DATE_TIME_SEPARATOR = /t|\s/i;
function getDateTime(strictTimeZone) {
    const time = getTime(strictTimeZone);
    return function date_time(str) {
        // http://tools.ietf.org/html/rfc3339#section-5.6
        const dateTime = str.split(DATE_TIME_SEPARATOR);
        return dateTime.length === 2 && date(dateTime[0]) && time(dateTime[1]);
    };
}
function compareDateTime(dt1, dt2) {
    if (!(dt1 && dt2))
        return undefined;
    const d1 = new Date(dt1).valueOf();
    const d2 = new Date(dt2).valueOf();
    if (!(d1 && d2))
        return undefined;
    return d1 - d2;
}
function compareIsoDateTime(dt1, dt2) {
    if (!(dt1 && dt2))
        return undefined;
    const [d1, t1] = dt1.split(DATE_TIME_SEPARATOR);
    const [d2, t2] = dt2.split(DATE_TIME_SEPARATOR);
    const res = compareDate(d1, d2);
    if (res === undefined)
        return undefined;
    return res || compareTime(t1, t2);
}
const NOT_URI_FRAGMENT = /\/|:/;
const URI = /^(?:[a-z][a-z0-9+\-.]*:)(?:\/?\/(?:(?:[a-z0-9\-._~!$&'()*+,;=:]|%[0-9a-f]{2})*@)?(?:\[(?:(?:(?:(?:[0-9a-f]{1,4}:){6}|::(?:[0-9a-f]{1,4}:){5}|(?:[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){4}|(?:(?:[0-9a-f]{1,4}:){0,1}[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){3}|(?:(?:[0-9a-f]{1,4}:){0,2}[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){2}|(?:(?:[0-9a-f]{1,4}:){0,3}[0-9a-f]{1,4})?::[0-9a-f]{1,4}:|(?:(?:[0-9a-f]{1,4}:){0,4}[0-9a-f]{1,4})?::)(?:[0-9a-f]{1,4}:[0-9a-f]{1,4}|(?:(?:25[0-5]|2[0-4]\d|[01]?\d\d?)\.){3}(?:25[0-5]|2[0-4]\d|[01]?\d\d?))|(?:(?:[0-9a-f]{1,4}:){0,5}[0-9a-f]{1,4})?::[0-9a-f]{1,4}|(?:(?:[0-9a-f]{1,4}:){0,6}[0-9a-f]{1,4})?::)|[Vv][0-9a-f]+\.[a-z0-9\-._~!$&'()*+,;=:]+)\]|(?:(?:25[0-5]|2[0-4]\d|[01]?\d\d?)\.){3}(?:25[0-5]|2[0-4]\d|[01]?\d\d?)|(?:[a-z0-9\-._~!$&'()*+,;=]|%[0-9a-f]{2})*)(?::\d*)?(?:\/(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})*)*|\/(?:(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})+(?:\/(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})*)*)?|(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})+(?:\/(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})*)*)(?:\?(?:[a-z0-9\-._~!$&'()*+,;=:@/?]|%[0-9a-f]{2})*)?(?:#(?:[a-z0-9\-._~!$&'()*+,;=:@/?]|%[0-9a-f]{2})*)?$/i;
function uri(str) {
    // http://jmrware.com/articles/2009/uri_regexp/URI_regex.html + optional protocol + required "."
    return NOT_URI_FRAGMENT.test(str) && URI.test(str);
}
const BYTE = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/gm;
function byte(str) {
    BYTE.lastIndex = 0;
    return BYTE.test(str);
}
const MIN_INT32 = -(2 ** 31);
const MAX_INT32 = 2 ** 31 - 1;
function validateInt32(value) {
    return Number.isInteger(value) && value <= MAX_INT32 && value >= MIN_INT32;
}
function validateInt64(value) {
    // JSON and javascript max Int is 2**53, so any int that passes isInteger is valid for Int64
    return Number.isInteger(value);
}
function validateNumber() {
    return true;
}
const Z_ANCHOR = /[^\\]\\Z/;
function regex(str) {
    if (Z_ANCHOR.test(str))
        return false;
    try {
        new RegExp(str);
        return true;
    }
    catch (e) {
        return false;
    }
}
//# sourceMappingURL=formats.js.map

/***/ }),

/***/ 4807:
/***/ ((module, exports, __nccwpck_require__) => {

(function (factory) {
    if ( true && typeof module.exports === "object") {
        var v = factory(__WEBPACK_EXTERNAL_createRequire(import.meta.url), exports);
        if (v !== undefined) module.exports = v;
    }
    else if (typeof define === "function" && define.amd) {
        define(["require", "exports", "./format", "./parser"], factory);
    }
})(function () {
    /*---------------------------------------------------------------------------------------------
     *  Copyright (c) Microsoft Corporation. All rights reserved.
     *  Licensed under the MIT License. See License.txt in the project root for license information.
     *--------------------------------------------------------------------------------------------*/
    'use strict';
    Object.defineProperty(exports, "__esModule", ({ value: true }));
    exports.isWS = exports.applyEdit = exports.setProperty = exports.removeProperty = void 0;
    const format_1 = __nccwpck_require__(6612);
    const parser_1 = __nccwpck_require__(5152);
    function removeProperty(text, path, options) {
        return setProperty(text, path, void 0, options);
    }
    exports.removeProperty = removeProperty;
    function setProperty(text, originalPath, value, options) {
        const path = originalPath.slice();
        const errors = [];
        const root = (0, parser_1.parseTree)(text, errors);
        let parent = void 0;
        let lastSegment = void 0;
        while (path.length > 0) {
            lastSegment = path.pop();
            parent = (0, parser_1.findNodeAtLocation)(root, path);
            if (parent === void 0 && value !== void 0) {
                if (typeof lastSegment === 'string') {
                    value = { [lastSegment]: value };
                }
                else {
                    value = [value];
                }
            }
            else {
                break;
            }
        }
        if (!parent) {
            // empty document
            if (value === void 0) { // delete
                throw new Error('Can not delete in empty document');
            }
            return withFormatting(text, { offset: root ? root.offset : 0, length: root ? root.length : 0, content: JSON.stringify(value) }, options);
        }
        else if (parent.type === 'object' && typeof lastSegment === 'string' && Array.isArray(parent.children)) {
            const existing = (0, parser_1.findNodeAtLocation)(parent, [lastSegment]);
            if (existing !== void 0) {
                if (value === void 0) { // delete
                    if (!existing.parent) {
                        throw new Error('Malformed AST');
                    }
                    const propertyIndex = parent.children.indexOf(existing.parent);
                    let removeBegin;
                    let removeEnd = existing.parent.offset + existing.parent.length;
                    if (propertyIndex > 0) {
                        // remove the comma of the previous node
                        let previous = parent.children[propertyIndex - 1];
                        removeBegin = previous.offset + previous.length;
                    }
                    else {
                        removeBegin = parent.offset + 1;
                        if (parent.children.length > 1) {
                            // remove the comma of the next node
                            let next = parent.children[1];
                            removeEnd = next.offset;
                        }
                    }
                    return withFormatting(text, { offset: removeBegin, length: removeEnd - removeBegin, content: '' }, options);
                }
                else {
                    // set value of existing property
                    return withFormatting(text, { offset: existing.offset, length: existing.length, content: JSON.stringify(value) }, options);
                }
            }
            else {
                if (value === void 0) { // delete
                    return []; // property does not exist, nothing to do
                }
                const newProperty = `${JSON.stringify(lastSegment)}: ${JSON.stringify(value)}`;
                const index = options.getInsertionIndex ? options.getInsertionIndex(parent.children.map(p => p.children[0].value)) : parent.children.length;
                let edit;
                if (index > 0) {
                    let previous = parent.children[index - 1];
                    edit = { offset: previous.offset + previous.length, length: 0, content: ',' + newProperty };
                }
                else if (parent.children.length === 0) {
                    edit = { offset: parent.offset + 1, length: 0, content: newProperty };
                }
                else {
                    edit = { offset: parent.offset + 1, length: 0, content: newProperty + ',' };
                }
                return withFormatting(text, edit, options);
            }
        }
        else if (parent.type === 'array' && typeof lastSegment === 'number' && Array.isArray(parent.children)) {
            const insertIndex = lastSegment;
            if (insertIndex === -1) {
                // Insert
                const newProperty = `${JSON.stringify(value)}`;
                let edit;
                if (parent.children.length === 0) {
                    edit = { offset: parent.offset + 1, length: 0, content: newProperty };
                }
                else {
                    const previous = parent.children[parent.children.length - 1];
                    edit = { offset: previous.offset + previous.length, length: 0, content: ',' + newProperty };
                }
                return withFormatting(text, edit, options);
            }
            else if (value === void 0 && parent.children.length >= 0) {
                // Removal
                const removalIndex = lastSegment;
                const toRemove = parent.children[removalIndex];
                let edit;
                if (parent.children.length === 1) {
                    // only item
                    edit = { offset: parent.offset + 1, length: parent.length - 2, content: '' };
                }
                else if (parent.children.length - 1 === removalIndex) {
                    // last item
                    let previous = parent.children[removalIndex - 1];
                    let offset = previous.offset + previous.length;
                    let parentEndOffset = parent.offset + parent.length;
                    edit = { offset, length: parentEndOffset - 2 - offset, content: '' };
                }
                else {
                    edit = { offset: toRemove.offset, length: parent.children[removalIndex + 1].offset - toRemove.offset, content: '' };
                }
                return withFormatting(text, edit, options);
            }
            else if (value !== void 0) {
                let edit;
                const newProperty = `${JSON.stringify(value)}`;
                if (!options.isArrayInsertion && parent.children.length > lastSegment) {
                    const toModify = parent.children[lastSegment];
                    edit = { offset: toModify.offset, length: toModify.length, content: newProperty };
                }
                else if (parent.children.length === 0 || lastSegment === 0) {
                    edit = { offset: parent.offset + 1, length: 0, content: parent.children.length === 0 ? newProperty : newProperty + ',' };
                }
                else {
                    const index = lastSegment > parent.children.length ? parent.children.length : lastSegment;
                    const previous = parent.children[index - 1];
                    edit = { offset: previous.offset + previous.length, length: 0, content: ',' + newProperty };
                }
                return withFormatting(text, edit, options);
            }
            else {
                throw new Error(`Can not ${value === void 0 ? 'remove' : (options.isArrayInsertion ? 'insert' : 'modify')} Array index ${insertIndex} as length is not sufficient`);
            }
        }
        else {
            throw new Error(`Can not add ${typeof lastSegment !== 'number' ? 'index' : 'property'} to parent of type ${parent.type}`);
        }
    }
    exports.setProperty = setProperty;
    function withFormatting(text, edit, options) {
        if (!options.formattingOptions) {
            return [edit];
        }
        // apply the edit
        let newText = applyEdit(text, edit);
        // format the new text
        let begin = edit.offset;
        let end = edit.offset + edit.content.length;
        if (edit.length === 0 || edit.content.length === 0) { // insert or remove
            while (begin > 0 && !(0, format_1.isEOL)(newText, begin - 1)) {
                begin--;
            }
            while (end < newText.length && !(0, format_1.isEOL)(newText, end)) {
                end++;
            }
        }
        const edits = (0, format_1.format)(newText, { offset: begin, length: end - begin }, { ...options.formattingOptions, keepLines: false });
        // apply the formatting edits and track the begin and end offsets of the changes
        for (let i = edits.length - 1; i >= 0; i--) {
            const edit = edits[i];
            newText = applyEdit(newText, edit);
            begin = Math.min(begin, edit.offset);
            end = Math.max(end, edit.offset + edit.length);
            end += edit.content.length - edit.length;
        }
        // create a single edit with all changes
        const editLength = text.length - (newText.length - end) - begin;
        return [{ offset: begin, length: editLength, content: newText.substring(begin, end) }];
    }
    function applyEdit(text, edit) {
        return text.substring(0, edit.offset) + edit.content + text.substring(edit.offset + edit.length);
    }
    exports.applyEdit = applyEdit;
    function isWS(text, offset) {
        return '\r\n \t'.indexOf(text.charAt(offset)) !== -1;
    }
    exports.isWS = isWS;
});


/***/ }),

/***/ 6612:
/***/ ((module, exports, __nccwpck_require__) => {

(function (factory) {
    if ( true && typeof module.exports === "object") {
        var v = factory(__WEBPACK_EXTERNAL_createRequire(import.meta.url), exports);
        if (v !== undefined) module.exports = v;
    }
    else if (typeof define === "function" && define.amd) {
        define(["require", "exports", "./scanner", "./string-intern"], factory);
    }
})(function () {
    /*---------------------------------------------------------------------------------------------
     *  Copyright (c) Microsoft Corporation. All rights reserved.
     *  Licensed under the MIT License. See License.txt in the project root for license information.
     *--------------------------------------------------------------------------------------------*/
    'use strict';
    Object.defineProperty(exports, "__esModule", ({ value: true }));
    exports.isEOL = exports.format = void 0;
    const scanner_1 = __nccwpck_require__(8525);
    const string_intern_1 = __nccwpck_require__(4579);
    function format(documentText, range, options) {
        let initialIndentLevel;
        let formatText;
        let formatTextStart;
        let rangeStart;
        let rangeEnd;
        if (range) {
            rangeStart = range.offset;
            rangeEnd = rangeStart + range.length;
            formatTextStart = rangeStart;
            while (formatTextStart > 0 && !isEOL(documentText, formatTextStart - 1)) {
                formatTextStart--;
            }
            let endOffset = rangeEnd;
            while (endOffset < documentText.length && !isEOL(documentText, endOffset)) {
                endOffset++;
            }
            formatText = documentText.substring(formatTextStart, endOffset);
            initialIndentLevel = computeIndentLevel(formatText, options);
        }
        else {
            formatText = documentText;
            initialIndentLevel = 0;
            formatTextStart = 0;
            rangeStart = 0;
            rangeEnd = documentText.length;
        }
        const eol = getEOL(options, documentText);
        const eolFastPathSupported = string_intern_1.supportedEols.includes(eol);
        let numberLineBreaks = 0;
        let indentLevel = 0;
        let indentValue;
        if (options.insertSpaces) {
            indentValue = string_intern_1.cachedSpaces[options.tabSize || 4] ?? repeat(string_intern_1.cachedSpaces[1], options.tabSize || 4);
        }
        else {
            indentValue = '\t';
        }
        const indentType = indentValue === '\t' ? '\t' : ' ';
        let scanner = (0, scanner_1.createScanner)(formatText, false);
        let hasError = false;
        function newLinesAndIndent() {
            if (numberLineBreaks > 1) {
                return repeat(eol, numberLineBreaks) + repeat(indentValue, initialIndentLevel + indentLevel);
            }
            const amountOfSpaces = indentValue.length * (initialIndentLevel + indentLevel);
            if (!eolFastPathSupported || amountOfSpaces > string_intern_1.cachedBreakLinesWithSpaces[indentType][eol].length) {
                return eol + repeat(indentValue, initialIndentLevel + indentLevel);
            }
            if (amountOfSpaces <= 0) {
                return eol;
            }
            return string_intern_1.cachedBreakLinesWithSpaces[indentType][eol][amountOfSpaces];
        }
        function scanNext() {
            let token = scanner.scan();
            numberLineBreaks = 0;
            while (token === 15 /* SyntaxKind.Trivia */ || token === 14 /* SyntaxKind.LineBreakTrivia */) {
                if (token === 14 /* SyntaxKind.LineBreakTrivia */ && options.keepLines) {
                    numberLineBreaks += 1;
                }
                else if (token === 14 /* SyntaxKind.LineBreakTrivia */) {
                    numberLineBreaks = 1;
                }
                token = scanner.scan();
            }
            hasError = token === 16 /* SyntaxKind.Unknown */ || scanner.getTokenError() !== 0 /* ScanError.None */;
            return token;
        }
        const editOperations = [];
        function addEdit(text, startOffset, endOffset) {
            if (!hasError && (!range || (startOffset < rangeEnd && endOffset > rangeStart)) && documentText.substring(startOffset, endOffset) !== text) {
                editOperations.push({ offset: startOffset, length: endOffset - startOffset, content: text });
            }
        }
        let firstToken = scanNext();
        if (options.keepLines && numberLineBreaks > 0) {
            addEdit(repeat(eol, numberLineBreaks), 0, 0);
        }
        if (firstToken !== 17 /* SyntaxKind.EOF */) {
            let firstTokenStart = scanner.getTokenOffset() + formatTextStart;
            let initialIndent = (indentValue.length * initialIndentLevel < 20) && options.insertSpaces
                ? string_intern_1.cachedSpaces[indentValue.length * initialIndentLevel]
                : repeat(indentValue, initialIndentLevel);
            addEdit(initialIndent, formatTextStart, firstTokenStart);
        }
        while (firstToken !== 17 /* SyntaxKind.EOF */) {
            let firstTokenEnd = scanner.getTokenOffset() + scanner.getTokenLength() + formatTextStart;
            let secondToken = scanNext();
            let replaceContent = '';
            let needsLineBreak = false;
            while (numberLineBreaks === 0 && (secondToken === 12 /* SyntaxKind.LineCommentTrivia */ || secondToken === 13 /* SyntaxKind.BlockCommentTrivia */)) {
                let commentTokenStart = scanner.getTokenOffset() + formatTextStart;
                addEdit(string_intern_1.cachedSpaces[1], firstTokenEnd, commentTokenStart);
                firstTokenEnd = scanner.getTokenOffset() + scanner.getTokenLength() + formatTextStart;
                needsLineBreak = secondToken === 12 /* SyntaxKind.LineCommentTrivia */;
                replaceContent = needsLineBreak ? newLinesAndIndent() : '';
                secondToken = scanNext();
            }
            if (secondToken === 2 /* SyntaxKind.CloseBraceToken */) {
                if (firstToken !== 1 /* SyntaxKind.OpenBraceToken */) {
                    indentLevel--;
                }
                ;
                if (options.keepLines && numberLineBreaks > 0 || !options.keepLines && firstToken !== 1 /* SyntaxKind.OpenBraceToken */) {
                    replaceContent = newLinesAndIndent();
                }
                else if (options.keepLines) {
                    replaceContent = string_intern_1.cachedSpaces[1];
                }
            }
            else if (secondToken === 4 /* SyntaxKind.CloseBracketToken */) {
                if (firstToken !== 3 /* SyntaxKind.OpenBracketToken */) {
                    indentLevel--;
                }
                ;
                if (options.keepLines && numberLineBreaks > 0 || !options.keepLines && firstToken !== 3 /* SyntaxKind.OpenBracketToken */) {
                    replaceContent = newLinesAndIndent();
                }
                else if (options.keepLines) {
                    replaceContent = string_intern_1.cachedSpaces[1];
                }
            }
            else {
                switch (firstToken) {
                    case 3 /* SyntaxKind.OpenBracketToken */:
                    case 1 /* SyntaxKind.OpenBraceToken */:
                        indentLevel++;
                        if (options.keepLines && numberLineBreaks > 0 || !options.keepLines) {
                            replaceContent = newLinesAndIndent();
                        }
                        else {
                            replaceContent = string_intern_1.cachedSpaces[1];
                        }
                        break;
                    case 5 /* SyntaxKind.CommaToken */:
                        if (options.keepLines && numberLineBreaks > 0 || !options.keepLines) {
                            replaceContent = newLinesAndIndent();
                        }
                        else {
                            replaceContent = string_intern_1.cachedSpaces[1];
                        }
                        break;
                    case 12 /* SyntaxKind.LineCommentTrivia */:
                        replaceContent = newLinesAndIndent();
                        break;
                    case 13 /* SyntaxKind.BlockCommentTrivia */:
                        if (numberLineBreaks > 0) {
                            replaceContent = newLinesAndIndent();
                        }
                        else if (!needsLineBreak) {
                            replaceContent = string_intern_1.cachedSpaces[1];
                        }
                        break;
                    case 6 /* SyntaxKind.ColonToken */:
                        if (options.keepLines && numberLineBreaks > 0) {
                            replaceContent = newLinesAndIndent();
                        }
                        else if (!needsLineBreak) {
                            replaceContent = string_intern_1.cachedSpaces[1];
                        }
                        break;
                    case 10 /* SyntaxKind.StringLiteral */:
                        if (options.keepLines && numberLineBreaks > 0) {
                            replaceContent = newLinesAndIndent();
                        }
                        else if (secondToken === 6 /* SyntaxKind.ColonToken */ && !needsLineBreak) {
                            replaceContent = '';
                        }
                        break;
                    case 7 /* SyntaxKind.NullKeyword */:
                    case 8 /* SyntaxKind.TrueKeyword */:
                    case 9 /* SyntaxKind.FalseKeyword */:
                    case 11 /* SyntaxKind.NumericLiteral */:
                    case 2 /* SyntaxKind.CloseBraceToken */:
                    case 4 /* SyntaxKind.CloseBracketToken */:
                        if (options.keepLines && numberLineBreaks > 0) {
                            replaceContent = newLinesAndIndent();
                        }
                        else {
                            if ((secondToken === 12 /* SyntaxKind.LineCommentTrivia */ || secondToken === 13 /* SyntaxKind.BlockCommentTrivia */) && !needsLineBreak) {
                                replaceContent = string_intern_1.cachedSpaces[1];
                            }
                            else if (secondToken !== 5 /* SyntaxKind.CommaToken */ && secondToken !== 17 /* SyntaxKind.EOF */) {
                                hasError = true;
                            }
                        }
                        break;
                    case 16 /* SyntaxKind.Unknown */:
                        hasError = true;
                        break;
                }
                if (numberLineBreaks > 0 && (secondToken === 12 /* SyntaxKind.LineCommentTrivia */ || secondToken === 13 /* SyntaxKind.BlockCommentTrivia */)) {
                    replaceContent = newLinesAndIndent();
                }
            }
            if (secondToken === 17 /* SyntaxKind.EOF */) {
                if (options.keepLines && numberLineBreaks > 0) {
                    replaceContent = newLinesAndIndent();
                }
                else {
                    replaceContent = options.insertFinalNewline ? eol : '';
                }
            }
            const secondTokenStart = scanner.getTokenOffset() + formatTextStart;
            addEdit(replaceContent, firstTokenEnd, secondTokenStart);
            firstToken = secondToken;
        }
        return editOperations;
    }
    exports.format = format;
    function repeat(s, count) {
        let result = '';
        for (let i = 0; i < count; i++) {
            result += s;
        }
        return result;
    }
    function computeIndentLevel(content, options) {
        let i = 0;
        let nChars = 0;
        const tabSize = options.tabSize || 4;
        while (i < content.length) {
            let ch = content.charAt(i);
            if (ch === string_intern_1.cachedSpaces[1]) {
                nChars++;
            }
            else if (ch === '\t') {
                nChars += tabSize;
            }
            else {
                break;
            }
            i++;
        }
        return Math.floor(nChars / tabSize);
    }
    function getEOL(options, text) {
        for (let i = 0; i < text.length; i++) {
            const ch = text.charAt(i);
            if (ch === '\r') {
                if (i + 1 < text.length && text.charAt(i + 1) === '\n') {
                    return '\r\n';
                }
                return '\r';
            }
            else if (ch === '\n') {
                return '\n';
            }
        }
        return (options && options.eol) || '\n';
    }
    function isEOL(text, offset) {
        return '\r\n'.indexOf(text.charAt(offset)) !== -1;
    }
    exports.isEOL = isEOL;
});


/***/ }),

/***/ 5152:
/***/ ((module, exports, __nccwpck_require__) => {

(function (factory) {
    if ( true && typeof module.exports === "object") {
        var v = factory(__WEBPACK_EXTERNAL_createRequire(import.meta.url), exports);
        if (v !== undefined) module.exports = v;
    }
    else if (typeof define === "function" && define.amd) {
        define(["require", "exports", "./scanner"], factory);
    }
})(function () {
    /*---------------------------------------------------------------------------------------------
     *  Copyright (c) Microsoft Corporation. All rights reserved.
     *  Licensed under the MIT License. See License.txt in the project root for license information.
     *--------------------------------------------------------------------------------------------*/
    'use strict';
    Object.defineProperty(exports, "__esModule", ({ value: true }));
    exports.getNodeType = exports.stripComments = exports.visit = exports.findNodeAtOffset = exports.contains = exports.getNodeValue = exports.getNodePath = exports.findNodeAtLocation = exports.parseTree = exports.parse = exports.getLocation = void 0;
    const scanner_1 = __nccwpck_require__(8525);
    var ParseOptions;
    (function (ParseOptions) {
        ParseOptions.DEFAULT = {
            allowTrailingComma: false
        };
    })(ParseOptions || (ParseOptions = {}));
    /**
     * For a given offset, evaluate the location in the JSON document. Each segment in the location path is either a property name or an array index.
     */
    function getLocation(text, position) {
        const segments = []; // strings or numbers
        const earlyReturnException = new Object();
        let previousNode = undefined;
        const previousNodeInst = {
            value: {},
            offset: 0,
            length: 0,
            type: 'object',
            parent: undefined
        };
        let isAtPropertyKey = false;
        function setPreviousNode(value, offset, length, type) {
            previousNodeInst.value = value;
            previousNodeInst.offset = offset;
            previousNodeInst.length = length;
            previousNodeInst.type = type;
            previousNodeInst.colonOffset = undefined;
            previousNode = previousNodeInst;
        }
        try {
            visit(text, {
                onObjectBegin: (offset, length) => {
                    if (position <= offset) {
                        throw earlyReturnException;
                    }
                    previousNode = undefined;
                    isAtPropertyKey = position > offset;
                    segments.push(''); // push a placeholder (will be replaced)
                },
                onObjectProperty: (name, offset, length) => {
                    if (position < offset) {
                        throw earlyReturnException;
                    }
                    setPreviousNode(name, offset, length, 'property');
                    segments[segments.length - 1] = name;
                    if (position <= offset + length) {
                        throw earlyReturnException;
                    }
                },
                onObjectEnd: (offset, length) => {
                    if (position <= offset) {
                        throw earlyReturnException;
                    }
                    previousNode = undefined;
                    segments.pop();
                },
                onArrayBegin: (offset, length) => {
                    if (position <= offset) {
                        throw earlyReturnException;
                    }
                    previousNode = undefined;
                    segments.push(0);
                },
                onArrayEnd: (offset, length) => {
                    if (position <= offset) {
                        throw earlyReturnException;
                    }
                    previousNode = undefined;
                    segments.pop();
                },
                onLiteralValue: (value, offset, length) => {
                    if (position < offset) {
                        throw earlyReturnException;
                    }
                    setPreviousNode(value, offset, length, getNodeType(value));
                    if (position <= offset + length) {
                        throw earlyReturnException;
                    }
                },
                onSeparator: (sep, offset, length) => {
                    if (position <= offset) {
                        throw earlyReturnException;
                    }
                    if (sep === ':' && previousNode && previousNode.type === 'property') {
                        previousNode.colonOffset = offset;
                        isAtPropertyKey = false;
                        previousNode = undefined;
                    }
                    else if (sep === ',') {
                        const last = segments[segments.length - 1];
                        if (typeof last === 'number') {
                            segments[segments.length - 1] = last + 1;
                        }
                        else {
                            isAtPropertyKey = true;
                            segments[segments.length - 1] = '';
                        }
                        previousNode = undefined;
                    }
                }
            });
        }
        catch (e) {
            if (e !== earlyReturnException) {
                throw e;
            }
        }
        return {
            path: segments,
            previousNode,
            isAtPropertyKey,
            matches: (pattern) => {
                let k = 0;
                for (let i = 0; k < pattern.length && i < segments.length; i++) {
                    if (pattern[k] === segments[i] || pattern[k] === '*') {
                        k++;
                    }
                    else if (pattern[k] !== '**') {
                        return false;
                    }
                }
                return k === pattern.length;
            }
        };
    }
    exports.getLocation = getLocation;
    /**
     * Parses the given text and returns the object the JSON content represents. On invalid input, the parser tries to be as fault tolerant as possible, but still return a result.
     * Therefore always check the errors list to find out if the input was valid.
     */
    function parse(text, errors = [], options = ParseOptions.DEFAULT) {
        let currentProperty = null;
        let currentParent = [];
        const previousParents = [];
        function onValue(value) {
            if (Array.isArray(currentParent)) {
                currentParent.push(value);
            }
            else if (currentProperty !== null) {
                currentParent[currentProperty] = value;
            }
        }
        const visitor = {
            onObjectBegin: () => {
                const object = {};
                onValue(object);
                previousParents.push(currentParent);
                currentParent = object;
                currentProperty = null;
            },
            onObjectProperty: (name) => {
                currentProperty = name;
            },
            onObjectEnd: () => {
                currentParent = previousParents.pop();
            },
            onArrayBegin: () => {
                const array = [];
                onValue(array);
                previousParents.push(currentParent);
                currentParent = array;
                currentProperty = null;
            },
            onArrayEnd: () => {
                currentParent = previousParents.pop();
            },
            onLiteralValue: onValue,
            onError: (error, offset, length) => {
                errors.push({ error, offset, length });
            }
        };
        visit(text, visitor, options);
        return currentParent[0];
    }
    exports.parse = parse;
    /**
     * Parses the given text and returns a tree representation the JSON content. On invalid input, the parser tries to be as fault tolerant as possible, but still return a result.
     */
    function parseTree(text, errors = [], options = ParseOptions.DEFAULT) {
        let currentParent = { type: 'array', offset: -1, length: -1, children: [], parent: undefined }; // artificial root
        function ensurePropertyComplete(endOffset) {
            if (currentParent.type === 'property') {
                currentParent.length = endOffset - currentParent.offset;
                currentParent = currentParent.parent;
            }
        }
        function onValue(valueNode) {
            currentParent.children.push(valueNode);
            return valueNode;
        }
        const visitor = {
            onObjectBegin: (offset) => {
                currentParent = onValue({ type: 'object', offset, length: -1, parent: currentParent, children: [] });
            },
            onObjectProperty: (name, offset, length) => {
                currentParent = onValue({ type: 'property', offset, length: -1, parent: currentParent, children: [] });
                currentParent.children.push({ type: 'string', value: name, offset, length, parent: currentParent });
            },
            onObjectEnd: (offset, length) => {
                ensurePropertyComplete(offset + length); // in case of a missing value for a property: make sure property is complete
                currentParent.length = offset + length - currentParent.offset;
                currentParent = currentParent.parent;
                ensurePropertyComplete(offset + length);
            },
            onArrayBegin: (offset, length) => {
                currentParent = onValue({ type: 'array', offset, length: -1, parent: currentParent, children: [] });
            },
            onArrayEnd: (offset, length) => {
                currentParent.length = offset + length - currentParent.offset;
                currentParent = currentParent.parent;
                ensurePropertyComplete(offset + length);
            },
            onLiteralValue: (value, offset, length) => {
                onValue({ type: getNodeType(value), offset, length, parent: currentParent, value });
                ensurePropertyComplete(offset + length);
            },
            onSeparator: (sep, offset, length) => {
                if (currentParent.type === 'property') {
                    if (sep === ':') {
                        currentParent.colonOffset = offset;
                    }
                    else if (sep === ',') {
                        ensurePropertyComplete(offset);
                    }
                }
            },
            onError: (error, offset, length) => {
                errors.push({ error, offset, length });
            }
        };
        visit(text, visitor, options);
        const result = currentParent.children[0];
        if (result) {
            delete result.parent;
        }
        return result;
    }
    exports.parseTree = parseTree;
    /**
     * Finds the node at the given path in a JSON DOM.
     */
    function findNodeAtLocation(root, path) {
        if (!root) {
            return undefined;
        }
        let node = root;
        for (let segment of path) {
            if (typeof segment === 'string') {
                if (node.type !== 'object' || !Array.isArray(node.children)) {
                    return undefined;
                }
                let found = false;
                for (const propertyNode of node.children) {
                    if (Array.isArray(propertyNode.children) && propertyNode.children[0].value === segment && propertyNode.children.length === 2) {
                        node = propertyNode.children[1];
                        found = true;
                        break;
                    }
                }
                if (!found) {
                    return undefined;
                }
            }
            else {
                const index = segment;
                if (node.type !== 'array' || index < 0 || !Array.isArray(node.children) || index >= node.children.length) {
                    return undefined;
                }
                node = node.children[index];
            }
        }
        return node;
    }
    exports.findNodeAtLocation = findNodeAtLocation;
    /**
     * Gets the JSON path of the given JSON DOM node
     */
    function getNodePath(node) {
        if (!node.parent || !node.parent.children) {
            return [];
        }
        const path = getNodePath(node.parent);
        if (node.parent.type === 'property') {
            const key = node.parent.children[0].value;
            path.push(key);
        }
        else if (node.parent.type === 'array') {
            const index = node.parent.children.indexOf(node);
            if (index !== -1) {
                path.push(index);
            }
        }
        return path;
    }
    exports.getNodePath = getNodePath;
    /**
     * Evaluates the JavaScript object of the given JSON DOM node
     */
    function getNodeValue(node) {
        switch (node.type) {
            case 'array':
                return node.children.map(getNodeValue);
            case 'object':
                const obj = Object.create(null);
                for (let prop of node.children) {
                    const valueNode = prop.children[1];
                    if (valueNode) {
                        obj[prop.children[0].value] = getNodeValue(valueNode);
                    }
                }
                return obj;
            case 'null':
            case 'string':
            case 'number':
            case 'boolean':
                return node.value;
            default:
                return undefined;
        }
    }
    exports.getNodeValue = getNodeValue;
    function contains(node, offset, includeRightBound = false) {
        return (offset >= node.offset && offset < (node.offset + node.length)) || includeRightBound && (offset === (node.offset + node.length));
    }
    exports.contains = contains;
    /**
     * Finds the most inner node at the given offset. If includeRightBound is set, also finds nodes that end at the given offset.
     */
    function findNodeAtOffset(node, offset, includeRightBound = false) {
        if (contains(node, offset, includeRightBound)) {
            const children = node.children;
            if (Array.isArray(children)) {
                for (let i = 0; i < children.length && children[i].offset <= offset; i++) {
                    const item = findNodeAtOffset(children[i], offset, includeRightBound);
                    if (item) {
                        return item;
                    }
                }
            }
            return node;
        }
        return undefined;
    }
    exports.findNodeAtOffset = findNodeAtOffset;
    /**
     * Parses the given text and invokes the visitor functions for each object, array and literal reached.
     */
    function visit(text, visitor, options = ParseOptions.DEFAULT) {
        const _scanner = (0, scanner_1.createScanner)(text, false);
        // Important: Only pass copies of this to visitor functions to prevent accidental modification, and
        // to not affect visitor functions which stored a reference to a previous JSONPath
        const _jsonPath = [];
        // Depth of onXXXBegin() callbacks suppressed. onXXXEnd() decrements this if it isn't 0 already.
        // Callbacks are only called when this value is 0.
        let suppressedCallbacks = 0;
        function toNoArgVisit(visitFunction) {
            return visitFunction ? () => suppressedCallbacks === 0 && visitFunction(_scanner.getTokenOffset(), _scanner.getTokenLength(), _scanner.getTokenStartLine(), _scanner.getTokenStartCharacter()) : () => true;
        }
        function toOneArgVisit(visitFunction) {
            return visitFunction ? (arg) => suppressedCallbacks === 0 && visitFunction(arg, _scanner.getTokenOffset(), _scanner.getTokenLength(), _scanner.getTokenStartLine(), _scanner.getTokenStartCharacter()) : () => true;
        }
        function toOneArgVisitWithPath(visitFunction) {
            return visitFunction ? (arg) => suppressedCallbacks === 0 && visitFunction(arg, _scanner.getTokenOffset(), _scanner.getTokenLength(), _scanner.getTokenStartLine(), _scanner.getTokenStartCharacter(), () => _jsonPath.slice()) : () => true;
        }
        function toBeginVisit(visitFunction) {
            return visitFunction ?
                () => {
                    if (suppressedCallbacks > 0) {
                        suppressedCallbacks++;
                    }
                    else {
                        let cbReturn = visitFunction(_scanner.getTokenOffset(), _scanner.getTokenLength(), _scanner.getTokenStartLine(), _scanner.getTokenStartCharacter(), () => _jsonPath.slice());
                        if (cbReturn === false) {
                            suppressedCallbacks = 1;
                        }
                    }
                }
                : () => true;
        }
        function toEndVisit(visitFunction) {
            return visitFunction ?
                () => {
                    if (suppressedCallbacks > 0) {
                        suppressedCallbacks--;
                    }
                    if (suppressedCallbacks === 0) {
                        visitFunction(_scanner.getTokenOffset(), _scanner.getTokenLength(), _scanner.getTokenStartLine(), _scanner.getTokenStartCharacter());
                    }
                }
                : () => true;
        }
        const onObjectBegin = toBeginVisit(visitor.onObjectBegin), onObjectProperty = toOneArgVisitWithPath(visitor.onObjectProperty), onObjectEnd = toEndVisit(visitor.onObjectEnd), onArrayBegin = toBeginVisit(visitor.onArrayBegin), onArrayEnd = toEndVisit(visitor.onArrayEnd), onLiteralValue = toOneArgVisitWithPath(visitor.onLiteralValue), onSeparator = toOneArgVisit(visitor.onSeparator), onComment = toNoArgVisit(visitor.onComment), onError = toOneArgVisit(visitor.onError);
        const disallowComments = options && options.disallowComments;
        const allowTrailingComma = options && options.allowTrailingComma;
        function scanNext() {
            while (true) {
                const token = _scanner.scan();
                switch (_scanner.getTokenError()) {
                    case 4 /* ScanError.InvalidUnicode */:
                        handleError(14 /* ParseErrorCode.InvalidUnicode */);
                        break;
                    case 5 /* ScanError.InvalidEscapeCharacter */:
                        handleError(15 /* ParseErrorCode.InvalidEscapeCharacter */);
                        break;
                    case 3 /* ScanError.UnexpectedEndOfNumber */:
                        handleError(13 /* ParseErrorCode.UnexpectedEndOfNumber */);
                        break;
                    case 1 /* ScanError.UnexpectedEndOfComment */:
                        if (!disallowComments) {
                            handleError(11 /* ParseErrorCode.UnexpectedEndOfComment */);
                        }
                        break;
                    case 2 /* ScanError.UnexpectedEndOfString */:
                        handleError(12 /* ParseErrorCode.UnexpectedEndOfString */);
                        break;
                    case 6 /* ScanError.InvalidCharacter */:
                        handleError(16 /* ParseErrorCode.InvalidCharacter */);
                        break;
                }
                switch (token) {
                    case 12 /* SyntaxKind.LineCommentTrivia */:
                    case 13 /* SyntaxKind.BlockCommentTrivia */:
                        if (disallowComments) {
                            handleError(10 /* ParseErrorCode.InvalidCommentToken */);
                        }
                        else {
                            onComment();
                        }
                        break;
                    case 16 /* SyntaxKind.Unknown */:
                        handleError(1 /* ParseErrorCode.InvalidSymbol */);
                        break;
                    case 15 /* SyntaxKind.Trivia */:
                    case 14 /* SyntaxKind.LineBreakTrivia */:
                        break;
                    default:
                        return token;
                }
            }
        }
        function handleError(error, skipUntilAfter = [], skipUntil = []) {
            onError(error);
            if (skipUntilAfter.length + skipUntil.length > 0) {
                let token = _scanner.getToken();
                while (token !== 17 /* SyntaxKind.EOF */) {
                    if (skipUntilAfter.indexOf(token) !== -1) {
                        scanNext();
                        break;
                    }
                    else if (skipUntil.indexOf(token) !== -1) {
                        break;
                    }
                    token = scanNext();
                }
            }
        }
        function parseString(isValue) {
            const value = _scanner.getTokenValue();
            if (isValue) {
                onLiteralValue(value);
            }
            else {
                onObjectProperty(value);
                // add property name afterwards
                _jsonPath.push(value);
            }
            scanNext();
            return true;
        }
        function parseLiteral() {
            switch (_scanner.getToken()) {
                case 11 /* SyntaxKind.NumericLiteral */:
                    const tokenValue = _scanner.getTokenValue();
                    let value = Number(tokenValue);
                    if (isNaN(value)) {
                        handleError(2 /* ParseErrorCode.InvalidNumberFormat */);
                        value = 0;
                    }
                    onLiteralValue(value);
                    break;
                case 7 /* SyntaxKind.NullKeyword */:
                    onLiteralValue(null);
                    break;
                case 8 /* SyntaxKind.TrueKeyword */:
                    onLiteralValue(true);
                    break;
                case 9 /* SyntaxKind.FalseKeyword */:
                    onLiteralValue(false);
                    break;
                default:
                    return false;
            }
            scanNext();
            return true;
        }
        function parseProperty() {
            if (_scanner.getToken() !== 10 /* SyntaxKind.StringLiteral */) {
                handleError(3 /* ParseErrorCode.PropertyNameExpected */, [], [2 /* SyntaxKind.CloseBraceToken */, 5 /* SyntaxKind.CommaToken */]);
                return false;
            }
            parseString(false);
            if (_scanner.getToken() === 6 /* SyntaxKind.ColonToken */) {
                onSeparator(':');
                scanNext(); // consume colon
                if (!parseValue()) {
                    handleError(4 /* ParseErrorCode.ValueExpected */, [], [2 /* SyntaxKind.CloseBraceToken */, 5 /* SyntaxKind.CommaToken */]);
                }
            }
            else {
                handleError(5 /* ParseErrorCode.ColonExpected */, [], [2 /* SyntaxKind.CloseBraceToken */, 5 /* SyntaxKind.CommaToken */]);
            }
            _jsonPath.pop(); // remove processed property name
            return true;
        }
        function parseObject() {
            onObjectBegin();
            scanNext(); // consume open brace
            let needsComma = false;
            while (_scanner.getToken() !== 2 /* SyntaxKind.CloseBraceToken */ && _scanner.getToken() !== 17 /* SyntaxKind.EOF */) {
                if (_scanner.getToken() === 5 /* SyntaxKind.CommaToken */) {
                    if (!needsComma) {
                        handleError(4 /* ParseErrorCode.ValueExpected */, [], []);
                    }
                    onSeparator(',');
                    scanNext(); // consume comma
                    if (_scanner.getToken() === 2 /* SyntaxKind.CloseBraceToken */ && allowTrailingComma) {
                        break;
                    }
                }
                else if (needsComma) {
                    handleError(6 /* ParseErrorCode.CommaExpected */, [], []);
                }
                if (!parseProperty()) {
                    handleError(4 /* ParseErrorCode.ValueExpected */, [], [2 /* SyntaxKind.CloseBraceToken */, 5 /* SyntaxKind.CommaToken */]);
                }
                needsComma = true;
            }
            onObjectEnd();
            if (_scanner.getToken() !== 2 /* SyntaxKind.CloseBraceToken */) {
                handleError(7 /* ParseErrorCode.CloseBraceExpected */, [2 /* SyntaxKind.CloseBraceToken */], []);
            }
            else {
                scanNext(); // consume close brace
            }
            return true;
        }
        function parseArray() {
            onArrayBegin();
            scanNext(); // consume open bracket
            let isFirstElement = true;
            let needsComma = false;
            while (_scanner.getToken() !== 4 /* SyntaxKind.CloseBracketToken */ && _scanner.getToken() !== 17 /* SyntaxKind.EOF */) {
                if (_scanner.getToken() === 5 /* SyntaxKind.CommaToken */) {
                    if (!needsComma) {
                        handleError(4 /* ParseErrorCode.ValueExpected */, [], []);
                    }
                    onSeparator(',');
                    scanNext(); // consume comma
                    if (_scanner.getToken() === 4 /* SyntaxKind.CloseBracketToken */ && allowTrailingComma) {
                        break;
                    }
                }
                else if (needsComma) {
                    handleError(6 /* ParseErrorCode.CommaExpected */, [], []);
                }
                if (isFirstElement) {
                    _jsonPath.push(0);
                    isFirstElement = false;
                }
                else {
                    _jsonPath[_jsonPath.length - 1]++;
                }
                if (!parseValue()) {
                    handleError(4 /* ParseErrorCode.ValueExpected */, [], [4 /* SyntaxKind.CloseBracketToken */, 5 /* SyntaxKind.CommaToken */]);
                }
                needsComma = true;
            }
            onArrayEnd();
            if (!isFirstElement) {
                _jsonPath.pop(); // remove array index
            }
            if (_scanner.getToken() !== 4 /* SyntaxKind.CloseBracketToken */) {
                handleError(8 /* ParseErrorCode.CloseBracketExpected */, [4 /* SyntaxKind.CloseBracketToken */], []);
            }
            else {
                scanNext(); // consume close bracket
            }
            return true;
        }
        function parseValue() {
            switch (_scanner.getToken()) {
                case 3 /* SyntaxKind.OpenBracketToken */:
                    return parseArray();
                case 1 /* SyntaxKind.OpenBraceToken */:
                    return parseObject();
                case 10 /* SyntaxKind.StringLiteral */:
                    return parseString(true);
                default:
                    return parseLiteral();
            }
        }
        scanNext();
        if (_scanner.getToken() === 17 /* SyntaxKind.EOF */) {
            if (options.allowEmptyContent) {
                return true;
            }
            handleError(4 /* ParseErrorCode.ValueExpected */, [], []);
            return false;
        }
        if (!parseValue()) {
            handleError(4 /* ParseErrorCode.ValueExpected */, [], []);
            return false;
        }
        if (_scanner.getToken() !== 17 /* SyntaxKind.EOF */) {
            handleError(9 /* ParseErrorCode.EndOfFileExpected */, [], []);
        }
        return true;
    }
    exports.visit = visit;
    /**
     * Takes JSON with JavaScript-style comments and remove
     * them. Optionally replaces every none-newline character
     * of comments with a replaceCharacter
     */
    function stripComments(text, replaceCh) {
        let _scanner = (0, scanner_1.createScanner)(text), parts = [], kind, offset = 0, pos;
        do {
            pos = _scanner.getPosition();
            kind = _scanner.scan();
            switch (kind) {
                case 12 /* SyntaxKind.LineCommentTrivia */:
                case 13 /* SyntaxKind.BlockCommentTrivia */:
                case 17 /* SyntaxKind.EOF */:
                    if (offset !== pos) {
                        parts.push(text.substring(offset, pos));
                    }
                    if (replaceCh !== undefined) {
                        parts.push(_scanner.getTokenValue().replace(/[^\r\n]/g, replaceCh));
                    }
                    offset = _scanner.getPosition();
                    break;
            }
        } while (kind !== 17 /* SyntaxKind.EOF */);
        return parts.join('');
    }
    exports.stripComments = stripComments;
    function getNodeType(value) {
        switch (typeof value) {
            case 'boolean': return 'boolean';
            case 'number': return 'number';
            case 'string': return 'string';
            case 'object': {
                if (!value) {
                    return 'null';
                }
                else if (Array.isArray(value)) {
                    return 'array';
                }
                return 'object';
            }
            default: return 'null';
        }
    }
    exports.getNodeType = getNodeType;
});


/***/ }),

/***/ 8525:
/***/ ((module, exports) => {

(function (factory) {
    if ( true && typeof module.exports === "object") {
        var v = factory(__WEBPACK_EXTERNAL_createRequire(import.meta.url), exports);
        if (v !== undefined) module.exports = v;
    }
    else if (typeof define === "function" && define.amd) {
        define(["require", "exports"], factory);
    }
})(function () {
    /*---------------------------------------------------------------------------------------------
     *  Copyright (c) Microsoft Corporation. All rights reserved.
     *  Licensed under the MIT License. See License.txt in the project root for license information.
     *--------------------------------------------------------------------------------------------*/
    'use strict';
    Object.defineProperty(exports, "__esModule", ({ value: true }));
    exports.createScanner = void 0;
    /**
     * Creates a JSON scanner on the given text.
     * If ignoreTrivia is set, whitespaces or comments are ignored.
     */
    function createScanner(text, ignoreTrivia = false) {
        const len = text.length;
        let pos = 0, value = '', tokenOffset = 0, token = 16 /* SyntaxKind.Unknown */, lineNumber = 0, lineStartOffset = 0, tokenLineStartOffset = 0, prevTokenLineStartOffset = 0, scanError = 0 /* ScanError.None */;
        function scanHexDigits(count, exact) {
            let digits = 0;
            let value = 0;
            while (digits < count || !exact) {
                let ch = text.charCodeAt(pos);
                if (ch >= 48 /* CharacterCodes._0 */ && ch <= 57 /* CharacterCodes._9 */) {
                    value = value * 16 + ch - 48 /* CharacterCodes._0 */;
                }
                else if (ch >= 65 /* CharacterCodes.A */ && ch <= 70 /* CharacterCodes.F */) {
                    value = value * 16 + ch - 65 /* CharacterCodes.A */ + 10;
                }
                else if (ch >= 97 /* CharacterCodes.a */ && ch <= 102 /* CharacterCodes.f */) {
                    value = value * 16 + ch - 97 /* CharacterCodes.a */ + 10;
                }
                else {
                    break;
                }
                pos++;
                digits++;
            }
            if (digits < count) {
                value = -1;
            }
            return value;
        }
        function setPosition(newPosition) {
            pos = newPosition;
            value = '';
            tokenOffset = 0;
            token = 16 /* SyntaxKind.Unknown */;
            scanError = 0 /* ScanError.None */;
        }
        function scanNumber() {
            let start = pos;
            if (text.charCodeAt(pos) === 48 /* CharacterCodes._0 */) {
                pos++;
            }
            else {
                pos++;
                while (pos < text.length && isDigit(text.charCodeAt(pos))) {
                    pos++;
                }
            }
            if (pos < text.length && text.charCodeAt(pos) === 46 /* CharacterCodes.dot */) {
                pos++;
                if (pos < text.length && isDigit(text.charCodeAt(pos))) {
                    pos++;
                    while (pos < text.length && isDigit(text.charCodeAt(pos))) {
                        pos++;
                    }
                }
                else {
                    scanError = 3 /* ScanError.UnexpectedEndOfNumber */;
                    return text.substring(start, pos);
                }
            }
            let end = pos;
            if (pos < text.length && (text.charCodeAt(pos) === 69 /* CharacterCodes.E */ || text.charCodeAt(pos) === 101 /* CharacterCodes.e */)) {
                pos++;
                if (pos < text.length && text.charCodeAt(pos) === 43 /* CharacterCodes.plus */ || text.charCodeAt(pos) === 45 /* CharacterCodes.minus */) {
                    pos++;
                }
                if (pos < text.length && isDigit(text.charCodeAt(pos))) {
                    pos++;
                    while (pos < text.length && isDigit(text.charCodeAt(pos))) {
                        pos++;
                    }
                    end = pos;
                }
                else {
                    scanError = 3 /* ScanError.UnexpectedEndOfNumber */;
                }
            }
            return text.substring(start, end);
        }
        function scanString() {
            let result = '', start = pos;
            while (true) {
                if (pos >= len) {
                    result += text.substring(start, pos);
                    scanError = 2 /* ScanError.UnexpectedEndOfString */;
                    break;
                }
                const ch = text.charCodeAt(pos);
                if (ch === 34 /* CharacterCodes.doubleQuote */) {
                    result += text.substring(start, pos);
                    pos++;
                    break;
                }
                if (ch === 92 /* CharacterCodes.backslash */) {
                    result += text.substring(start, pos);
                    pos++;
                    if (pos >= len) {
                        scanError = 2 /* ScanError.UnexpectedEndOfString */;
                        break;
                    }
                    const ch2 = text.charCodeAt(pos++);
                    switch (ch2) {
                        case 34 /* CharacterCodes.doubleQuote */:
                            result += '\"';
                            break;
                        case 92 /* CharacterCodes.backslash */:
                            result += '\\';
                            break;
                        case 47 /* CharacterCodes.slash */:
                            result += '/';
                            break;
                        case 98 /* CharacterCodes.b */:
                            result += '\b';
                            break;
                        case 102 /* CharacterCodes.f */:
                            result += '\f';
                            break;
                        case 110 /* CharacterCodes.n */:
                            result += '\n';
                            break;
                        case 114 /* CharacterCodes.r */:
                            result += '\r';
                            break;
                        case 116 /* CharacterCodes.t */:
                            result += '\t';
                            break;
                        case 117 /* CharacterCodes.u */:
                            const ch3 = scanHexDigits(4, true);
                            if (ch3 >= 0) {
                                result += String.fromCharCode(ch3);
                            }
                            else {
                                scanError = 4 /* ScanError.InvalidUnicode */;
                            }
                            break;
                        default:
                            scanError = 5 /* ScanError.InvalidEscapeCharacter */;
                    }
                    start = pos;
                    continue;
                }
                if (ch >= 0 && ch <= 0x1f) {
                    if (isLineBreak(ch)) {
                        result += text.substring(start, pos);
                        scanError = 2 /* ScanError.UnexpectedEndOfString */;
                        break;
                    }
                    else {
                        scanError = 6 /* ScanError.InvalidCharacter */;
                        // mark as error but continue with string
                    }
                }
                pos++;
            }
            return result;
        }
        function scanNext() {
            value = '';
            scanError = 0 /* ScanError.None */;
            tokenOffset = pos;
            lineStartOffset = lineNumber;
            prevTokenLineStartOffset = tokenLineStartOffset;
            if (pos >= len) {
                // at the end
                tokenOffset = len;
                return token = 17 /* SyntaxKind.EOF */;
            }
            let code = text.charCodeAt(pos);
            // trivia: whitespace
            if (isWhiteSpace(code)) {
                do {
                    pos++;
                    value += String.fromCharCode(code);
                    code = text.charCodeAt(pos);
                } while (isWhiteSpace(code));
                return token = 15 /* SyntaxKind.Trivia */;
            }
            // trivia: newlines
            if (isLineBreak(code)) {
                pos++;
                value += String.fromCharCode(code);
                if (code === 13 /* CharacterCodes.carriageReturn */ && text.charCodeAt(pos) === 10 /* CharacterCodes.lineFeed */) {
                    pos++;
                    value += '\n';
                }
                lineNumber++;
                tokenLineStartOffset = pos;
                return token = 14 /* SyntaxKind.LineBreakTrivia */;
            }
            switch (code) {
                // tokens: []{}:,
                case 123 /* CharacterCodes.openBrace */:
                    pos++;
                    return token = 1 /* SyntaxKind.OpenBraceToken */;
                case 125 /* CharacterCodes.closeBrace */:
                    pos++;
                    return token = 2 /* SyntaxKind.CloseBraceToken */;
                case 91 /* CharacterCodes.openBracket */:
                    pos++;
                    return token = 3 /* SyntaxKind.OpenBracketToken */;
                case 93 /* CharacterCodes.closeBracket */:
                    pos++;
                    return token = 4 /* SyntaxKind.CloseBracketToken */;
                case 58 /* CharacterCodes.colon */:
                    pos++;
                    return token = 6 /* SyntaxKind.ColonToken */;
                case 44 /* CharacterCodes.comma */:
                    pos++;
                    return token = 5 /* SyntaxKind.CommaToken */;
                // strings
                case 34 /* CharacterCodes.doubleQuote */:
                    pos++;
                    value = scanString();
                    return token = 10 /* SyntaxKind.StringLiteral */;
                // comments
                case 47 /* CharacterCodes.slash */:
                    const start = pos - 1;
                    // Single-line comment
                    if (text.charCodeAt(pos + 1) === 47 /* CharacterCodes.slash */) {
                        pos += 2;
                        while (pos < len) {
                            if (isLineBreak(text.charCodeAt(pos))) {
                                break;
                            }
                            pos++;
                        }
                        value = text.substring(start, pos);
                        return token = 12 /* SyntaxKind.LineCommentTrivia */;
                    }
                    // Multi-line comment
                    if (text.charCodeAt(pos + 1) === 42 /* CharacterCodes.asterisk */) {
                        pos += 2;
                        const safeLength = len - 1; // For lookahead.
                        let commentClosed = false;
                        while (pos < safeLength) {
                            const ch = text.charCodeAt(pos);
                            if (ch === 42 /* CharacterCodes.asterisk */ && text.charCodeAt(pos + 1) === 47 /* CharacterCodes.slash */) {
                                pos += 2;
                                commentClosed = true;
                                break;
                            }
                            pos++;
                            if (isLineBreak(ch)) {
                                if (ch === 13 /* CharacterCodes.carriageReturn */ && text.charCodeAt(pos) === 10 /* CharacterCodes.lineFeed */) {
                                    pos++;
                                }
                                lineNumber++;
                                tokenLineStartOffset = pos;
                            }
                        }
                        if (!commentClosed) {
                            pos++;
                            scanError = 1 /* ScanError.UnexpectedEndOfComment */;
                        }
                        value = text.substring(start, pos);
                        return token = 13 /* SyntaxKind.BlockCommentTrivia */;
                    }
                    // just a single slash
                    value += String.fromCharCode(code);
                    pos++;
                    return token = 16 /* SyntaxKind.Unknown */;
                // numbers
                case 45 /* CharacterCodes.minus */:
                    value += String.fromCharCode(code);
                    pos++;
                    if (pos === len || !isDigit(text.charCodeAt(pos))) {
                        return token = 16 /* SyntaxKind.Unknown */;
                    }
                // found a minus, followed by a number so
                // we fall through to proceed with scanning
                // numbers
                case 48 /* CharacterCodes._0 */:
                case 49 /* CharacterCodes._1 */:
                case 50 /* CharacterCodes._2 */:
                case 51 /* CharacterCodes._3 */:
                case 52 /* CharacterCodes._4 */:
                case 53 /* CharacterCodes._5 */:
                case 54 /* CharacterCodes._6 */:
                case 55 /* CharacterCodes._7 */:
                case 56 /* CharacterCodes._8 */:
                case 57 /* CharacterCodes._9 */:
                    value += scanNumber();
                    return token = 11 /* SyntaxKind.NumericLiteral */;
                // literals and unknown symbols
                default:
                    // is a literal? Read the full word.
                    while (pos < len && isUnknownContentCharacter(code)) {
                        pos++;
                        code = text.charCodeAt(pos);
                    }
                    if (tokenOffset !== pos) {
                        value = text.substring(tokenOffset, pos);
                        // keywords: true, false, null
                        switch (value) {
                            case 'true': return token = 8 /* SyntaxKind.TrueKeyword */;
                            case 'false': return token = 9 /* SyntaxKind.FalseKeyword */;
                            case 'null': return token = 7 /* SyntaxKind.NullKeyword */;
                        }
                        return token = 16 /* SyntaxKind.Unknown */;
                    }
                    // some
                    value += String.fromCharCode(code);
                    pos++;
                    return token = 16 /* SyntaxKind.Unknown */;
            }
        }
        function isUnknownContentCharacter(code) {
            if (isWhiteSpace(code) || isLineBreak(code)) {
                return false;
            }
            switch (code) {
                case 125 /* CharacterCodes.closeBrace */:
                case 93 /* CharacterCodes.closeBracket */:
                case 123 /* CharacterCodes.openBrace */:
                case 91 /* CharacterCodes.openBracket */:
                case 34 /* CharacterCodes.doubleQuote */:
                case 58 /* CharacterCodes.colon */:
                case 44 /* CharacterCodes.comma */:
                case 47 /* CharacterCodes.slash */:
                    return false;
            }
            return true;
        }
        function scanNextNonTrivia() {
            let result;
            do {
                result = scanNext();
            } while (result >= 12 /* SyntaxKind.LineCommentTrivia */ && result <= 15 /* SyntaxKind.Trivia */);
            return result;
        }
        return {
            setPosition: setPosition,
            getPosition: () => pos,
            scan: ignoreTrivia ? scanNextNonTrivia : scanNext,
            getToken: () => token,
            getTokenValue: () => value,
            getTokenOffset: () => tokenOffset,
            getTokenLength: () => pos - tokenOffset,
            getTokenStartLine: () => lineStartOffset,
            getTokenStartCharacter: () => tokenOffset - prevTokenLineStartOffset,
            getTokenError: () => scanError,
        };
    }
    exports.createScanner = createScanner;
    function isWhiteSpace(ch) {
        return ch === 32 /* CharacterCodes.space */ || ch === 9 /* CharacterCodes.tab */;
    }
    function isLineBreak(ch) {
        return ch === 10 /* CharacterCodes.lineFeed */ || ch === 13 /* CharacterCodes.carriageReturn */;
    }
    function isDigit(ch) {
        return ch >= 48 /* CharacterCodes._0 */ && ch <= 57 /* CharacterCodes._9 */;
    }
    var CharacterCodes;
    (function (CharacterCodes) {
        CharacterCodes[CharacterCodes["lineFeed"] = 10] = "lineFeed";
        CharacterCodes[CharacterCodes["carriageReturn"] = 13] = "carriageReturn";
        CharacterCodes[CharacterCodes["space"] = 32] = "space";
        CharacterCodes[CharacterCodes["_0"] = 48] = "_0";
        CharacterCodes[CharacterCodes["_1"] = 49] = "_1";
        CharacterCodes[CharacterCodes["_2"] = 50] = "_2";
        CharacterCodes[CharacterCodes["_3"] = 51] = "_3";
        CharacterCodes[CharacterCodes["_4"] = 52] = "_4";
        CharacterCodes[CharacterCodes["_5"] = 53] = "_5";
        CharacterCodes[CharacterCodes["_6"] = 54] = "_6";
        CharacterCodes[CharacterCodes["_7"] = 55] = "_7";
        CharacterCodes[CharacterCodes["_8"] = 56] = "_8";
        CharacterCodes[CharacterCodes["_9"] = 57] = "_9";
        CharacterCodes[CharacterCodes["a"] = 97] = "a";
        CharacterCodes[CharacterCodes["b"] = 98] = "b";
        CharacterCodes[CharacterCodes["c"] = 99] = "c";
        CharacterCodes[CharacterCodes["d"] = 100] = "d";
        CharacterCodes[CharacterCodes["e"] = 101] = "e";
        CharacterCodes[CharacterCodes["f"] = 102] = "f";
        CharacterCodes[CharacterCodes["g"] = 103] = "g";
        CharacterCodes[CharacterCodes["h"] = 104] = "h";
        CharacterCodes[CharacterCodes["i"] = 105] = "i";
        CharacterCodes[CharacterCodes["j"] = 106] = "j";
        CharacterCodes[CharacterCodes["k"] = 107] = "k";
        CharacterCodes[CharacterCodes["l"] = 108] = "l";
        CharacterCodes[CharacterCodes["m"] = 109] = "m";
        CharacterCodes[CharacterCodes["n"] = 110] = "n";
        CharacterCodes[CharacterCodes["o"] = 111] = "o";
        CharacterCodes[CharacterCodes["p"] = 112] = "p";
        CharacterCodes[CharacterCodes["q"] = 113] = "q";
        CharacterCodes[CharacterCodes["r"] = 114] = "r";
        CharacterCodes[CharacterCodes["s"] = 115] = "s";
        CharacterCodes[CharacterCodes["t"] = 116] = "t";
        CharacterCodes[CharacterCodes["u"] = 117] = "u";
        CharacterCodes[CharacterCodes["v"] = 118] = "v";
        CharacterCodes[CharacterCodes["w"] = 119] = "w";
        CharacterCodes[CharacterCodes["x"] = 120] = "x";
        CharacterCodes[CharacterCodes["y"] = 121] = "y";
        CharacterCodes[CharacterCodes["z"] = 122] = "z";
        CharacterCodes[CharacterCodes["A"] = 65] = "A";
        CharacterCodes[CharacterCodes["B"] = 66] = "B";
        CharacterCodes[CharacterCodes["C"] = 67] = "C";
        CharacterCodes[CharacterCodes["D"] = 68] = "D";
        CharacterCodes[CharacterCodes["E"] = 69] = "E";
        CharacterCodes[CharacterCodes["F"] = 70] = "F";
        CharacterCodes[CharacterCodes["G"] = 71] = "G";
        CharacterCodes[CharacterCodes["H"] = 72] = "H";
        CharacterCodes[CharacterCodes["I"] = 73] = "I";
        CharacterCodes[CharacterCodes["J"] = 74] = "J";
        CharacterCodes[CharacterCodes["K"] = 75] = "K";
        CharacterCodes[CharacterCodes["L"] = 76] = "L";
        CharacterCodes[CharacterCodes["M"] = 77] = "M";
        CharacterCodes[CharacterCodes["N"] = 78] = "N";
        CharacterCodes[CharacterCodes["O"] = 79] = "O";
        CharacterCodes[CharacterCodes["P"] = 80] = "P";
        CharacterCodes[CharacterCodes["Q"] = 81] = "Q";
        CharacterCodes[CharacterCodes["R"] = 82] = "R";
        CharacterCodes[CharacterCodes["S"] = 83] = "S";
        CharacterCodes[CharacterCodes["T"] = 84] = "T";
        CharacterCodes[CharacterCodes["U"] = 85] = "U";
        CharacterCodes[CharacterCodes["V"] = 86] = "V";
        CharacterCodes[CharacterCodes["W"] = 87] = "W";
        CharacterCodes[CharacterCodes["X"] = 88] = "X";
        CharacterCodes[CharacterCodes["Y"] = 89] = "Y";
        CharacterCodes[CharacterCodes["Z"] = 90] = "Z";
        CharacterCodes[CharacterCodes["asterisk"] = 42] = "asterisk";
        CharacterCodes[CharacterCodes["backslash"] = 92] = "backslash";
        CharacterCodes[CharacterCodes["closeBrace"] = 125] = "closeBrace";
        CharacterCodes[CharacterCodes["closeBracket"] = 93] = "closeBracket";
        CharacterCodes[CharacterCodes["colon"] = 58] = "colon";
        CharacterCodes[CharacterCodes["comma"] = 44] = "comma";
        CharacterCodes[CharacterCodes["dot"] = 46] = "dot";
        CharacterCodes[CharacterCodes["doubleQuote"] = 34] = "doubleQuote";
        CharacterCodes[CharacterCodes["minus"] = 45] = "minus";
        CharacterCodes[CharacterCodes["openBrace"] = 123] = "openBrace";
        CharacterCodes[CharacterCodes["openBracket"] = 91] = "openBracket";
        CharacterCodes[CharacterCodes["plus"] = 43] = "plus";
        CharacterCodes[CharacterCodes["slash"] = 47] = "slash";
        CharacterCodes[CharacterCodes["formFeed"] = 12] = "formFeed";
        CharacterCodes[CharacterCodes["tab"] = 9] = "tab";
    })(CharacterCodes || (CharacterCodes = {}));
});


/***/ }),

/***/ 4579:
/***/ ((module, exports) => {

(function (factory) {
    if ( true && typeof module.exports === "object") {
        var v = factory(__WEBPACK_EXTERNAL_createRequire(import.meta.url), exports);
        if (v !== undefined) module.exports = v;
    }
    else if (typeof define === "function" && define.amd) {
        define(["require", "exports"], factory);
    }
})(function () {
    "use strict";
    Object.defineProperty(exports, "__esModule", ({ value: true }));
    exports.supportedEols = exports.cachedBreakLinesWithSpaces = exports.cachedSpaces = void 0;
    exports.cachedSpaces = new Array(20).fill(0).map((_, index) => {
        return ' '.repeat(index);
    });
    const maxCachedValues = 200;
    exports.cachedBreakLinesWithSpaces = {
        ' ': {
            '\n': new Array(maxCachedValues).fill(0).map((_, index) => {
                return '\n' + ' '.repeat(index);
            }),
            '\r': new Array(maxCachedValues).fill(0).map((_, index) => {
                return '\r' + ' '.repeat(index);
            }),
            '\r\n': new Array(maxCachedValues).fill(0).map((_, index) => {
                return '\r\n' + ' '.repeat(index);
            }),
        },
        '\t': {
            '\n': new Array(maxCachedValues).fill(0).map((_, index) => {
                return '\n' + '\t'.repeat(index);
            }),
            '\r': new Array(maxCachedValues).fill(0).map((_, index) => {
                return '\r' + '\t'.repeat(index);
            }),
            '\r\n': new Array(maxCachedValues).fill(0).map((_, index) => {
                return '\r\n' + '\t'.repeat(index);
            }),
        }
    };
    exports.supportedEols = ['\n', '\r', '\r\n'];
});


/***/ }),

/***/ 9547:
/***/ ((module, exports, __nccwpck_require__) => {

(function (factory) {
    if ( true && typeof module.exports === "object") {
        var v = factory(__WEBPACK_EXTERNAL_createRequire(import.meta.url), exports);
        if (v !== undefined) module.exports = v;
    }
    else if (typeof define === "function" && define.amd) {
        define(["require", "exports", "./impl/format", "./impl/edit", "./impl/scanner", "./impl/parser"], factory);
    }
})(function () {
    /*---------------------------------------------------------------------------------------------
     *  Copyright (c) Microsoft Corporation. All rights reserved.
     *  Licensed under the MIT License. See License.txt in the project root for license information.
     *--------------------------------------------------------------------------------------------*/
    'use strict';
    Object.defineProperty(exports, "__esModule", ({ value: true }));
    exports.applyEdits = exports.modify = exports.format = exports.printParseErrorCode = exports.ParseErrorCode = exports.stripComments = exports.visit = exports.getNodeValue = exports.getNodePath = exports.findNodeAtOffset = exports.findNodeAtLocation = exports.parseTree = exports.parse = exports.getLocation = exports.SyntaxKind = exports.ScanError = exports.createScanner = void 0;
    const formatter = __nccwpck_require__(6612);
    const edit = __nccwpck_require__(4807);
    const scanner = __nccwpck_require__(8525);
    const parser = __nccwpck_require__(5152);
    /**
     * Creates a JSON scanner on the given text.
     * If ignoreTrivia is set, whitespaces or comments are ignored.
     */
    exports.createScanner = scanner.createScanner;
    var ScanError;
    (function (ScanError) {
        ScanError[ScanError["None"] = 0] = "None";
        ScanError[ScanError["UnexpectedEndOfComment"] = 1] = "UnexpectedEndOfComment";
        ScanError[ScanError["UnexpectedEndOfString"] = 2] = "UnexpectedEndOfString";
        ScanError[ScanError["UnexpectedEndOfNumber"] = 3] = "UnexpectedEndOfNumber";
        ScanError[ScanError["InvalidUnicode"] = 4] = "InvalidUnicode";
        ScanError[ScanError["InvalidEscapeCharacter"] = 5] = "InvalidEscapeCharacter";
        ScanError[ScanError["InvalidCharacter"] = 6] = "InvalidCharacter";
    })(ScanError || (exports.ScanError = ScanError = {}));
    var SyntaxKind;
    (function (SyntaxKind) {
        SyntaxKind[SyntaxKind["OpenBraceToken"] = 1] = "OpenBraceToken";
        SyntaxKind[SyntaxKind["CloseBraceToken"] = 2] = "CloseBraceToken";
        SyntaxKind[SyntaxKind["OpenBracketToken"] = 3] = "OpenBracketToken";
        SyntaxKind[SyntaxKind["CloseBracketToken"] = 4] = "CloseBracketToken";
        SyntaxKind[SyntaxKind["CommaToken"] = 5] = "CommaToken";
        SyntaxKind[SyntaxKind["ColonToken"] = 6] = "ColonToken";
        SyntaxKind[SyntaxKind["NullKeyword"] = 7] = "NullKeyword";
        SyntaxKind[SyntaxKind["TrueKeyword"] = 8] = "TrueKeyword";
        SyntaxKind[SyntaxKind["FalseKeyword"] = 9] = "FalseKeyword";
        SyntaxKind[SyntaxKind["StringLiteral"] = 10] = "StringLiteral";
        SyntaxKind[SyntaxKind["NumericLiteral"] = 11] = "NumericLiteral";
        SyntaxKind[SyntaxKind["LineCommentTrivia"] = 12] = "LineCommentTrivia";
        SyntaxKind[SyntaxKind["BlockCommentTrivia"] = 13] = "BlockCommentTrivia";
        SyntaxKind[SyntaxKind["LineBreakTrivia"] = 14] = "LineBreakTrivia";
        SyntaxKind[SyntaxKind["Trivia"] = 15] = "Trivia";
        SyntaxKind[SyntaxKind["Unknown"] = 16] = "Unknown";
        SyntaxKind[SyntaxKind["EOF"] = 17] = "EOF";
    })(SyntaxKind || (exports.SyntaxKind = SyntaxKind = {}));
    /**
     * For a given offset, evaluate the location in the JSON document. Each segment in the location path is either a property name or an array index.
     */
    exports.getLocation = parser.getLocation;
    /**
     * Parses the given text and returns the object the JSON content represents. On invalid input, the parser tries to be as fault tolerant as possible, but still return a result.
     * Therefore, always check the errors list to find out if the input was valid.
     */
    exports.parse = parser.parse;
    /**
     * Parses the given text and returns a tree representation the JSON content. On invalid input, the parser tries to be as fault tolerant as possible, but still return a result.
     */
    exports.parseTree = parser.parseTree;
    /**
     * Finds the node at the given path in a JSON DOM.
     */
    exports.findNodeAtLocation = parser.findNodeAtLocation;
    /**
     * Finds the innermost node at the given offset. If includeRightBound is set, also finds nodes that end at the given offset.
     */
    exports.findNodeAtOffset = parser.findNodeAtOffset;
    /**
     * Gets the JSON path of the given JSON DOM node
     */
    exports.getNodePath = parser.getNodePath;
    /**
     * Evaluates the JavaScript object of the given JSON DOM node
     */
    exports.getNodeValue = parser.getNodeValue;
    /**
     * Parses the given text and invokes the visitor functions for each object, array and literal reached.
     */
    exports.visit = parser.visit;
    /**
     * Takes JSON with JavaScript-style comments and remove
     * them. Optionally replaces every none-newline character
     * of comments with a replaceCharacter
     */
    exports.stripComments = parser.stripComments;
    var ParseErrorCode;
    (function (ParseErrorCode) {
        ParseErrorCode[ParseErrorCode["InvalidSymbol"] = 1] = "InvalidSymbol";
        ParseErrorCode[ParseErrorCode["InvalidNumberFormat"] = 2] = "InvalidNumberFormat";
        ParseErrorCode[ParseErrorCode["PropertyNameExpected"] = 3] = "PropertyNameExpected";
        ParseErrorCode[ParseErrorCode["ValueExpected"] = 4] = "ValueExpected";
        ParseErrorCode[ParseErrorCode["ColonExpected"] = 5] = "ColonExpected";
        ParseErrorCode[ParseErrorCode["CommaExpected"] = 6] = "CommaExpected";
        ParseErrorCode[ParseErrorCode["CloseBraceExpected"] = 7] = "CloseBraceExpected";
        ParseErrorCode[ParseErrorCode["CloseBracketExpected"] = 8] = "CloseBracketExpected";
        ParseErrorCode[ParseErrorCode["EndOfFileExpected"] = 9] = "EndOfFileExpected";
        ParseErrorCode[ParseErrorCode["InvalidCommentToken"] = 10] = "InvalidCommentToken";
        ParseErrorCode[ParseErrorCode["UnexpectedEndOfComment"] = 11] = "UnexpectedEndOfComment";
        ParseErrorCode[ParseErrorCode["UnexpectedEndOfString"] = 12] = "UnexpectedEndOfString";
        ParseErrorCode[ParseErrorCode["UnexpectedEndOfNumber"] = 13] = "UnexpectedEndOfNumber";
        ParseErrorCode[ParseErrorCode["InvalidUnicode"] = 14] = "InvalidUnicode";
        ParseErrorCode[ParseErrorCode["InvalidEscapeCharacter"] = 15] = "InvalidEscapeCharacter";
        ParseErrorCode[ParseErrorCode["InvalidCharacter"] = 16] = "InvalidCharacter";
    })(ParseErrorCode || (exports.ParseErrorCode = ParseErrorCode = {}));
    function printParseErrorCode(code) {
        switch (code) {
            case 1 /* ParseErrorCode.InvalidSymbol */: return 'InvalidSymbol';
            case 2 /* ParseErrorCode.InvalidNumberFormat */: return 'InvalidNumberFormat';
            case 3 /* ParseErrorCode.PropertyNameExpected */: return 'PropertyNameExpected';
            case 4 /* ParseErrorCode.ValueExpected */: return 'ValueExpected';
            case 5 /* ParseErrorCode.ColonExpected */: return 'ColonExpected';
            case 6 /* ParseErrorCode.CommaExpected */: return 'CommaExpected';
            case 7 /* ParseErrorCode.CloseBraceExpected */: return 'CloseBraceExpected';
            case 8 /* ParseErrorCode.CloseBracketExpected */: return 'CloseBracketExpected';
            case 9 /* ParseErrorCode.EndOfFileExpected */: return 'EndOfFileExpected';
            case 10 /* ParseErrorCode.InvalidCommentToken */: return 'InvalidCommentToken';
            case 11 /* ParseErrorCode.UnexpectedEndOfComment */: return 'UnexpectedEndOfComment';
            case 12 /* ParseErrorCode.UnexpectedEndOfString */: return 'UnexpectedEndOfString';
            case 13 /* ParseErrorCode.UnexpectedEndOfNumber */: return 'UnexpectedEndOfNumber';
            case 14 /* ParseErrorCode.InvalidUnicode */: return 'InvalidUnicode';
            case 15 /* ParseErrorCode.InvalidEscapeCharacter */: return 'InvalidEscapeCharacter';
            case 16 /* ParseErrorCode.InvalidCharacter */: return 'InvalidCharacter';
        }
        return '<unknown ParseErrorCode>';
    }
    exports.printParseErrorCode = printParseErrorCode;
    /**
     * Computes the edit operations needed to format a JSON document.
     *
     * @param documentText The input text
     * @param range The range to format or `undefined` to format the full content
     * @param options The formatting options
     * @returns The edit operations describing the formatting changes to the original document following the format described in {@linkcode EditResult}.
     * To apply the edit operations to the input, use {@linkcode applyEdits}.
     */
    function format(documentText, range, options) {
        return formatter.format(documentText, range, options);
    }
    exports.format = format;
    /**
     * Computes the edit operations needed to modify a value in the JSON document.
     *
     * @param documentText The input text
     * @param path The path of the value to change. The path represents either to the document root, a property or an array item.
     * If the path points to an non-existing property or item, it will be created.
     * @param value The new value for the specified property or item. If the value is undefined,
     * the property or item will be removed.
     * @param options Options
     * @returns The edit operations describing the changes to the original document, following the format described in {@linkcode EditResult}.
     * To apply the edit operations to the input, use {@linkcode applyEdits}.
     */
    function modify(text, path, value, options) {
        return edit.setProperty(text, path, value, options);
    }
    exports.modify = modify;
    /**
     * Applies edits to an input string.
     * @param text The input text
     * @param edits Edit operations following the format described in {@linkcode EditResult}.
     * @returns The text with the applied edits.
     * @throws An error if the edit operations are not well-formed as described in {@linkcode EditResult}.
     */
    function applyEdits(text, edits) {
        let sortedEdits = edits.slice(0).sort((a, b) => {
            const diff = a.offset - b.offset;
            if (diff === 0) {
                return a.length - b.length;
            }
            return diff;
        });
        let lastModifiedOffset = text.length;
        for (let i = sortedEdits.length - 1; i >= 0; i--) {
            let e = sortedEdits[i];
            if (e.offset + e.length <= lastModifiedOffset) {
                text = edit.applyEdit(text, e);
            }
            else {
                throw new Error('Overlapping edit');
            }
            lastModifiedOffset = e.offset;
        }
        return text;
    }
    exports.applyEdits = applyEdits;
});


/***/ }),

/***/ 9973:
/***/ ((__unused_webpack_module, exports) => {

var __webpack_unused_export__;
/* global window, exports, define */

!function() {
    'use strict'

    var re = {
        not_string: /[^s]/,
        not_bool: /[^t]/,
        not_type: /[^T]/,
        not_primitive: /[^v]/,
        number: /[diefg]/,
        numeric_arg: /[bcdiefguxX]/,
        json: /[j]/,
        not_json: /[^j]/,
        text: /^[^\x25]+/,
        modulo: /^\x25{2}/,
        placeholder: /^\x25(?:([1-9]\d*)\$|\(([^)]+)\))?(\+)?(0|'[^$])?(-)?(\d+)?(?:\.(\d+))?([b-gijostTuvxX])/,
        key: /^([a-z_][a-z_\d]*)/i,
        key_access: /^\.([a-z_][a-z_\d]*)/i,
        index_access: /^\[(\d+)\]/,
        sign: /^[+-]/
    }

    function sprintf(key) {
        // `arguments` is not an array, but should be fine for this call
        return sprintf_format(sprintf_parse(key), arguments)
    }

    function vsprintf(fmt, argv) {
        return sprintf.apply(null, [fmt].concat(argv || []))
    }

    function sprintf_format(parse_tree, argv) {
        var cursor = 1, tree_length = parse_tree.length, arg, output = '', i, k, ph, pad, pad_character, pad_length, is_positive, sign
        for (i = 0; i < tree_length; i++) {
            if (typeof parse_tree[i] === 'string') {
                output += parse_tree[i]
            }
            else if (typeof parse_tree[i] === 'object') {
                ph = parse_tree[i] // convenience purposes only
                if (ph.keys) { // keyword argument
                    arg = argv[cursor]
                    for (k = 0; k < ph.keys.length; k++) {
                        if (arg == undefined) {
                            throw new Error(sprintf('[sprintf] Cannot access property "%s" of undefined value "%s"', ph.keys[k], ph.keys[k-1]))
                        }
                        arg = arg[ph.keys[k]]
                    }
                }
                else if (ph.param_no) { // positional argument (explicit)
                    arg = argv[ph.param_no]
                }
                else { // positional argument (implicit)
                    arg = argv[cursor++]
                }

                if (re.not_type.test(ph.type) && re.not_primitive.test(ph.type) && arg instanceof Function) {
                    arg = arg()
                }

                if (re.numeric_arg.test(ph.type) && (typeof arg !== 'number' && isNaN(arg))) {
                    throw new TypeError(sprintf('[sprintf] expecting number but found %T', arg))
                }

                if (re.number.test(ph.type)) {
                    is_positive = arg >= 0
                }

                switch (ph.type) {
                    case 'b':
                        arg = parseInt(arg, 10).toString(2)
                        break
                    case 'c':
                        arg = String.fromCharCode(parseInt(arg, 10))
                        break
                    case 'd':
                    case 'i':
                        arg = parseInt(arg, 10)
                        break
                    case 'j':
                        arg = JSON.stringify(arg, null, ph.width ? parseInt(ph.width) : 0)
                        break
                    case 'e':
                        arg = ph.precision ? parseFloat(arg).toExponential(ph.precision) : parseFloat(arg).toExponential()
                        break
                    case 'f':
                        arg = ph.precision ? parseFloat(arg).toFixed(ph.precision) : parseFloat(arg)
                        break
                    case 'g':
                        arg = ph.precision ? String(Number(arg.toPrecision(ph.precision))) : parseFloat(arg)
                        break
                    case 'o':
                        arg = (parseInt(arg, 10) >>> 0).toString(8)
                        break
                    case 's':
                        arg = String(arg)
                        arg = (ph.precision ? arg.substring(0, ph.precision) : arg)
                        break
                    case 't':
                        arg = String(!!arg)
                        arg = (ph.precision ? arg.substring(0, ph.precision) : arg)
                        break
                    case 'T':
                        arg = Object.prototype.toString.call(arg).slice(8, -1).toLowerCase()
                        arg = (ph.precision ? arg.substring(0, ph.precision) : arg)
                        break
                    case 'u':
                        arg = parseInt(arg, 10) >>> 0
                        break
                    case 'v':
                        arg = arg.valueOf()
                        arg = (ph.precision ? arg.substring(0, ph.precision) : arg)
                        break
                    case 'x':
                        arg = (parseInt(arg, 10) >>> 0).toString(16)
                        break
                    case 'X':
                        arg = (parseInt(arg, 10) >>> 0).toString(16).toUpperCase()
                        break
                }
                if (re.json.test(ph.type)) {
                    output += arg
                }
                else {
                    if (re.number.test(ph.type) && (!is_positive || ph.sign)) {
                        sign = is_positive ? '+' : '-'
                        arg = arg.toString().replace(re.sign, '')
                    }
                    else {
                        sign = ''
                    }
                    pad_character = ph.pad_char ? ph.pad_char === '0' ? '0' : ph.pad_char.charAt(1) : ' '
                    pad_length = ph.width - (sign + arg).length
                    pad = ph.width ? (pad_length > 0 ? pad_character.repeat(pad_length) : '') : ''
                    output += ph.align ? sign + arg + pad : (pad_character === '0' ? sign + pad + arg : pad + sign + arg)
                }
            }
        }
        return output
    }

    var sprintf_cache = Object.create(null)

    function sprintf_parse(fmt) {
        if (sprintf_cache[fmt]) {
            return sprintf_cache[fmt]
        }

        var _fmt = fmt, match, parse_tree = [], arg_names = 0
        while (_fmt) {
            if ((match = re.text.exec(_fmt)) !== null) {
                parse_tree.push(match[0])
            }
            else if ((match = re.modulo.exec(_fmt)) !== null) {
                parse_tree.push('%')
            }
            else if ((match = re.placeholder.exec(_fmt)) !== null) {
                if (match[2]) {
                    arg_names |= 1
                    var field_list = [], replacement_field = match[2], field_match = []
                    if ((field_match = re.key.exec(replacement_field)) !== null) {
                        field_list.push(field_match[1])
                        while ((replacement_field = replacement_field.substring(field_match[0].length)) !== '') {
                            if ((field_match = re.key_access.exec(replacement_field)) !== null) {
                                field_list.push(field_match[1])
                            }
                            else if ((field_match = re.index_access.exec(replacement_field)) !== null) {
                                field_list.push(field_match[1])
                            }
                            else {
                                throw new SyntaxError('[sprintf] failed to parse named argument key')
                            }
                        }
                    }
                    else {
                        throw new SyntaxError('[sprintf] failed to parse named argument key')
                    }
                    match[2] = field_list
                }
                else {
                    arg_names |= 2
                }
                if (arg_names === 3) {
                    throw new Error('[sprintf] mixing positional and named placeholders is not (yet) supported')
                }

                parse_tree.push(
                    {
                        placeholder: match[0],
                        param_no:    match[1],
                        keys:        match[2],
                        sign:        match[3],
                        pad_char:    match[4],
                        align:       match[5],
                        width:       match[6],
                        precision:   match[7],
                        type:        match[8]
                    }
                )
            }
            else {
                throw new SyntaxError('[sprintf] unexpected placeholder')
            }
            _fmt = _fmt.substring(match[0].length)
        }
        return sprintf_cache[fmt] = parse_tree
    }

    /**
     * export to either browser or node.js
     */
    /* eslint-disable quote-props */
    if (true) {
        __webpack_unused_export__ = sprintf
        exports.V = vsprintf
    }
    if (typeof window !== 'undefined') {
        window['sprintf'] = sprintf
        window['vsprintf'] = vsprintf

        if (typeof define === 'function' && define['amd']) {
            define(function() {
                return {
                    'sprintf': sprintf,
                    'vsprintf': vsprintf
                }
            })
        }
    }
    /* eslint-enable quote-props */
}(); // eslint-disable-line


/***/ }),

/***/ 5581:
/***/ ((module, __webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   d: () => (/* binding */ EXIT),
/* harmony export */   i: () => (/* binding */ main)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(3136);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__nccwpck_require__.n(node_url__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _config_config_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(1122);
/* harmony import */ var _engine_engine_js__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(1927);
/* harmony import */ var _model_severity_js__WEBPACK_IMPORTED_MODULE_5__ = __nccwpck_require__(1502);
/* harmony import */ var _report_rules_reference_js__WEBPACK_IMPORTED_MODULE_12__ = __nccwpck_require__(5733);
/* harmony import */ var _init_init_js__WEBPACK_IMPORTED_MODULE_6__ = __nccwpck_require__(9835);
/* harmony import */ var _progress_js__WEBPACK_IMPORTED_MODULE_13__ = __nccwpck_require__(4660);
/* harmony import */ var _run_js__WEBPACK_IMPORTED_MODULE_7__ = __nccwpck_require__(2302);
/* harmony import */ var _sinks_json_js__WEBPACK_IMPORTED_MODULE_8__ = __nccwpck_require__(9888);
/* harmony import */ var _sinks_sarif_js__WEBPACK_IMPORTED_MODULE_9__ = __nccwpck_require__(7201);
/* harmony import */ var _sinks_text_js__WEBPACK_IMPORTED_MODULE_10__ = __nccwpck_require__(2843);
/* harmony import */ var _version_js__WEBPACK_IMPORTED_MODULE_11__ = __nccwpck_require__(311);
// The CLI shell: parse arguments, call run(), print a sink, exit 0 / 1 / 2.














const EXIT = { ok: 0, findings: 1, usage: 2 };
const HELP = `aigis ${_version_js__WEBPACK_IMPORTED_MODULE_11__/* .VERSION */ .x}: checks AI-governance evidence (model cards, data provenance, AI SBOMs)
against policy-as-code mapped to ISO/IEC 42001, NIST AI RMF and the OWASP LLM Top 10.

Usage:
  aigis check [path] [options]   scan a repository (default path: .)
  aigis rules [--format text|json|markdown]
                                 list the rules with their severity and cited controls
  aigis explain RULE-ID          what a rule checks, its controls, how to fix and waive it
  aigis init [path]              scaffold the missing artifacts (model card, data provenance
                                 record, AI SBOM, AI policy, .aigis.yml, GitHub workflow) with
                                 TODOs; never overwrites a file
  aigis --help | --version

Options for check:
  --config FILE        configuration file (default: .aigis.yml or .aigis.yaml under path)
  --fail-on LEVEL      ${_model_severity_js__WEBPACK_IMPORTED_MODULE_5__/* .THRESHOLDS */ .Rm.join("|")}: exit 1 when a finding is at or above it
                       (default: the configuration's fail-on, else critical)
  --format FORMAT      text|json|sarif (default: text)
  --output FILE        write the report to FILE instead of standard output
  --custom-policies P  your own Rego rules: a directory (compiled with opa on PATH) or a
                       bundle.tar.gz from opa build -t wasm (overrides custom-policies)

Exit status: 0 nothing at or above the threshold; 1 findings at or above it;
2 usage, configuration or internal error (message on standard error).
`;
class UsageError extends Error {
}
function parseCheck(argv) {
    const args = { path: ".", config: null, failOn: undefined, format: "text", output: null, customPolicies: null };
    let positional = 0;
    for (let i = 0; i < argv.length; i++) {
        const a = argv[i];
        const [flag, inline] = a.startsWith("--") && a.includes("=") ? [a.slice(0, a.indexOf("=")), a.slice(a.indexOf("=") + 1)] : [a, undefined];
        const value = () => {
            const v = inline ?? argv[++i];
            if (v === undefined || (inline === undefined && v.startsWith("--")))
                throw new UsageError(`${flag} needs a value`);
            return v;
        };
        switch (flag) {
            case "--config":
                args.config = value();
                break;
            case "--fail-on": {
                const v = value();
                if (!(0,_model_severity_js__WEBPACK_IMPORTED_MODULE_5__/* .isThreshold */ .Av)(v))
                    throw new UsageError(`--fail-on must be one of ${_model_severity_js__WEBPACK_IMPORTED_MODULE_5__/* .THRESHOLDS */ .Rm.join(", ")}; got "${v}"`);
                args.failOn = v;
                break;
            }
            case "--format": {
                const v = value();
                if (v !== "text" && v !== "json" && v !== "sarif")
                    throw new UsageError(`--format must be text, json or sarif; got "${v}"`);
                args.format = v;
                break;
            }
            case "--output":
            case "-o":
                args.output = value();
                break;
            case "--custom-policies":
                args.customPolicies = value();
                break;
            default:
                if (a.startsWith("-"))
                    throw new UsageError(`unknown option ${a}`);
                if (positional++ > 0)
                    throw new UsageError(`check takes one path; got "${args.path}" and "${a}"`);
                args.path = a;
        }
    }
    return args;
}
function listRules(argv, out) {
    let format = "text";
    for (let i = 0; i < argv.length; i++) {
        const a = argv[i];
        if (a === "--format" || a.startsWith("--format=")) {
            format = a.includes("=") ? a.slice(a.indexOf("=") + 1) : (argv[++i] ?? "");
            if (!["text", "json", "markdown"].includes(format))
                throw new UsageError(`--format must be text, json or markdown; got "${format}"`);
        }
        else
            throw new UsageError(`rules: unexpected argument ${a}`);
    }
    const bundle = (0,_engine_engine_js__WEBPACK_IMPORTED_MODULE_4__/* .loadBundle */ .po)((0,_engine_engine_js__WEBPACK_IMPORTED_MODULE_4__/* .locatePolicyDir */ .gV)(node_path__WEBPACK_IMPORTED_MODULE_1___default().dirname((0,node_url__WEBPACK_IMPORTED_MODULE_2__.fileURLToPath)(import.meta.url))));
    const refs = (0,_report_rules_reference_js__WEBPACK_IMPORTED_MODULE_12__/* .rulesReference */ .PL)(bundle.rules, bundle.catalog);
    out.write(format === "json" ? (0,_report_rules_reference_js__WEBPACK_IMPORTED_MODULE_12__/* .renderRulesJson */ .yr)(refs) : format === "markdown" ? (0,_report_rules_reference_js__WEBPACK_IMPORTED_MODULE_12__/* .renderRulesMarkdown */ .dm)(refs) : (0,_report_rules_reference_js__WEBPACK_IMPORTED_MODULE_12__/* .renderRulesText */ .z_)(refs));
    return EXIT.ok;
}
function explainRule(argv, out) {
    if (argv.length !== 1 || argv[0].startsWith("-"))
        throw new UsageError("explain takes one rule id, e.g. aigis explain AIGIS-MC-001");
    const id = argv[0].toUpperCase();
    const bundle = (0,_engine_engine_js__WEBPACK_IMPORTED_MODULE_4__/* .loadBundle */ .po)((0,_engine_engine_js__WEBPACK_IMPORTED_MODULE_4__/* .locatePolicyDir */ .gV)(node_path__WEBPACK_IMPORTED_MODULE_1___default().dirname((0,node_url__WEBPACK_IMPORTED_MODULE_2__.fileURLToPath)(import.meta.url))));
    const ref = (0,_report_rules_reference_js__WEBPACK_IMPORTED_MODULE_12__/* .rulesReference */ .PL)(bundle.rules, bundle.catalog).find((r) => r.id === id);
    if (!ref)
        throw new UsageError(`no rule ${argv[0]} (\`aigis rules\` lists them)`);
    out.write((0,_report_rules_reference_js__WEBPACK_IMPORTED_MODULE_12__/* .renderExplain */ .s3)(ref));
    return EXIT.ok;
}
function initRepository(argv, out) {
    if (argv.includes("--help") || argv.includes("-h")) {
        out.write(HELP);
        return EXIT.ok;
    }
    if (argv.some((a) => a.startsWith("-")) || argv.length > 1)
        throw new UsageError("init takes one optional path, e.g. aigis init .");
    const root = argv[0] ?? ".";
    out.write((0,_init_init_js__WEBPACK_IMPORTED_MODULE_6__/* .renderInit */ .p7)(root, (0,_init_init_js__WEBPACK_IMPORTED_MODULE_6__/* .init */ .Ts)(root)));
    return EXIT.ok;
}
async function main(argv, io = { out: process.stdout, err: process.stderr }) {
    try {
        const [command, ...rest] = argv;
        if (command === undefined || command === "--help" || command === "-h" || command === "help") {
            io.out.write(HELP);
            return command === undefined ? EXIT.usage : EXIT.ok;
        }
        if (command === "--version" || command === "-V") {
            io.out.write(`${_version_js__WEBPACK_IMPORTED_MODULE_11__/* .VERSION */ .x}\n`);
            return EXIT.ok;
        }
        if (command === "rules")
            return listRules(rest, io.out);
        if (command === "explain")
            return explainRule(rest, io.out);
        if (command === "init")
            return initRepository(rest, io.out);
        if (command !== "check")
            throw new UsageError(`unknown command "${command}"`);
        if (rest.includes("--help") || rest.includes("-h")) {
            io.out.write(HELP);
            return EXIT.ok;
        }
        const args = parseCheck(rest);
        // Progress of long scans, on a terminal only (issue 7): nothing extra in logs and pipes.
        const progress = (0,_progress_js__WEBPACK_IMPORTED_MODULE_13__/* .isTerminal */ .Hd)(io.err) ? (0,_progress_js__WEBPACK_IMPORTED_MODULE_13__/* .progressRenderer */ .T$)(io.err) : null;
        const { report } = await (0,_run_js__WEBPACK_IMPORTED_MODULE_7__/* .run */ .eF)({
            root: args.path,
            config: args.config,
            failOn: args.failOn,
            ...(args.customPolicies ? { customPolicies: (0,_config_config_js__WEBPACK_IMPORTED_MODULE_3__/* .customPoliciesFlag */ .Ec)(args.customPolicies, "--custom-policies") } : {}),
            policyDir: (0,_engine_engine_js__WEBPACK_IMPORTED_MODULE_4__/* .locatePolicyDir */ .gV)(node_path__WEBPACK_IMPORTED_MODULE_1___default().dirname((0,node_url__WEBPACK_IMPORTED_MODULE_2__.fileURLToPath)(import.meta.url))),
            version: _version_js__WEBPACK_IMPORTED_MODULE_11__/* .VERSION */ .x,
            onConfig: (cfg) => {
                if (process.env["AIGIS_DEBUG"])
                    io.err.write(`aigis: effective configuration: ${JSON.stringify(cfg)}\n`);
            },
            onProgress: progress?.update,
        }).finally(() => progress?.done());
        if (args.format === "json") {
            // Piece by piece: a monorepo's report is tens of megabytes.
            if (args.output)
                (0,_sinks_json_js__WEBPACK_IMPORTED_MODULE_8__/* .writeJsonFile */ .An)(report, args.output);
            else
                (0,_sinks_json_js__WEBPACK_IMPORTED_MODULE_8__/* .writeJson */ .GF)(report, (text) => io.out.write(text));
        }
        else {
            const text = args.format === "sarif" ? (0,_sinks_sarif_js__WEBPACK_IMPORTED_MODULE_9__/* .renderSarif */ .WH)(report) : (0,_sinks_text_js__WEBPACK_IMPORTED_MODULE_10__/* .renderText */ .S)(report);
            if (args.output)
                node_fs__WEBPACK_IMPORTED_MODULE_0___default().writeFileSync(args.output, text);
            else
                io.out.write(text);
        }
        return report.passed ? EXIT.ok : EXIT.findings;
    }
    catch (e) {
        if (e instanceof UsageError) {
            io.err.write(`aigis: ${e.message}\nRun "aigis --help" for usage.\n`);
            return EXIT.usage;
        }
        if (e instanceof _config_config_js__WEBPACK_IMPORTED_MODULE_3__/* .ConfigError */ .xL || e instanceof _engine_engine_js__WEBPACK_IMPORTED_MODULE_4__/* .EngineError */ .NJ) {
            io.err.write(`aigis: ${e.message}\n`);
            return EXIT.usage;
        }
        io.err.write(`aigis: internal error: ${e.stack ?? String(e)}\n`);
        return EXIT.usage;
    }
}
const invokedDirectly = process.argv[1] && (0,node_url__WEBPACK_IMPORTED_MODULE_2__.fileURLToPath)(import.meta.url) === node_fs__WEBPACK_IMPORTED_MODULE_0___default().realpathSync(process.argv[1]);
if (invokedDirectly) {
    process.exitCode = await main(process.argv.slice(2));
}

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 1122:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Ds: () => (/* binding */ forcedFormat),
/* harmony export */   Ec: () => (/* binding */ customPoliciesFlag),
/* harmony export */   HR: () => (/* binding */ CONFIG_FILE_NAMES),
/* harmony export */   Z9: () => (/* binding */ loadConfig),
/* harmony export */   pu: () => (/* binding */ policyParams),
/* harmony export */   u0: () => (/* binding */ findConfig),
/* harmony export */   xL: () => (/* binding */ ConfigError),
/* harmony export */   yZ: () => (/* binding */ runDate)
/* harmony export */ });
/* unused harmony exports DEFAULT_WAIVER_MAX_DAYS, DEFAULT_CONFIG, parseConfig */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _discover_glob_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(2805);
/* harmony import */ var _readers_errors_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(3301);
/* harmony import */ var _readers_yaml_doc_js__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(74);
/* harmony import */ var _schema_js__WEBPACK_IMPORTED_MODULE_5__ = __nccwpck_require__(131);
/* harmony import */ var _waiver_syntax_js__WEBPACK_IMPORTED_MODULE_6__ = __nccwpck_require__(5458);
// `.aigis.yml`: validated against the published schema (schema/aigis-config.schema.json, see
// schema.ts), so a typo is an error naming file, line and the fix instead of a setting that silently
// does nothing. Nothing is applied unless the whole file is valid.







const CONFIG_FILE_NAMES = [".aigis.yml", ".aigis.yaml"];
const DEFAULT_WAIVER_MAX_DAYS = 365;
const DEFAULT_CONFIG = {
    source: null,
    failOn: "critical",
    include: [],
    exclude: [],
    force: [],
    maxFileMiB: 10,
    organizationNames: [],
    frameworks: null,
    rules: {},
    params: {},
    waiverMaxDays: DEFAULT_WAIVER_MAX_DAYS,
    waivers: [],
    inlineWaivers: "allow",
    customPolicies: null,
};
/** A configuration or usage problem: the run stops with exit status 2. */
class ConfigError extends Error {
    file;
    line;
    constructor(message, file = null, line = null) {
        super(file ? `${file}${line ? `:${line}` : ""}: ${message}` : message);
        this.file = file;
        this.line = line;
    }
}
/** Finds the configuration file: the explicit one, else .aigis.yml / .aigis.yaml under root. */
function findConfig(root, explicit) {
    if (explicit) {
        const p = node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(root, explicit);
        if (!node_fs__WEBPACK_IMPORTED_MODULE_0___default().existsSync(p))
            throw new ConfigError(`configuration file ${explicit} does not exist`);
        return p;
    }
    for (const name of CONFIG_FILE_NAMES) {
        const p = node_path__WEBPACK_IMPORTED_MODULE_1___default().join(root, name);
        if (node_fs__WEBPACK_IMPORTED_MODULE_0___default().existsSync(p))
            return p;
    }
    return null;
}
function loadConfig(root, file) {
    if (!file)
        return { ...DEFAULT_CONFIG };
    const rel = node_path__WEBPACK_IMPORTED_MODULE_1___default().relative(root, file).split((node_path__WEBPACK_IMPORTED_MODULE_1___default().sep)).join("/") || node_path__WEBPACK_IMPORTED_MODULE_1___default().basename(file);
    let doc;
    try {
        doc = (0,_readers_yaml_doc_js__WEBPACK_IMPORTED_MODULE_4__/* .parseYaml */ .h)(node_fs__WEBPACK_IMPORTED_MODULE_0___default().readFileSync(file, "utf8"));
    }
    catch (e) {
        if (e instanceof _readers_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ArtifactError */ .n)
            throw new ConfigError(`${e.reason}; fix the YAML syntax`, rel, e.line);
        throw new ConfigError(`cannot be read (${e.message})`, rel);
    }
    return parseConfig(doc, rel, node_path__WEBPACK_IMPORTED_MODULE_1___default().dirname(file));
}
/** Validates a parsed file (all problems at once, in file order) and builds the Config from it. */
function parseConfig(doc, rel, baseDir = ".") {
    const problems = (0,_schema_js__WEBPACK_IMPORTED_MODULE_5__/* .schemaProblems */ .Ic)(doc);
    if (problems.length) {
        const [first, ...rest] = problems;
        throw new ConfigError(first.message + rest.map((p) => `\n${rel}${p.line ? `:${p.line}` : ""}: ${p.message}`).join(""), rel, first.line);
    }
    const o = (doc.value ?? {});
    const at = (p) => (0,_schema_js__WEBPACK_IMPORTED_MODULE_5__/* .lineOf */ .cA)(doc, p);
    const src = (p) => `${rel}:${at(p) ?? 1}`;
    const list = (key) => (o[key] ?? []).map((g) => g.trim());
    const cfg = {
        ...DEFAULT_CONFIG,
        source: rel,
        failOn: o["fail-on"] ?? DEFAULT_CONFIG.failOn,
        include: list("include"),
        exclude: list("exclude"),
        force: (o["force"] ?? []).map((f) => ({ path: f.path.trim(), format: f.format })),
        maxFileMiB: o["max-file-size-mib"] ?? DEFAULT_CONFIG.maxFileMiB,
        organizationNames: (o["organization"]?.names ?? []).map((n) => n.trim()),
        frameworks: frameworks(o["frameworks"], o["owasp-llm-edition"]),
        rules: {},
        params: { ...(o["params"] ?? {}) },
        waiverMaxDays: o["waiver-max-days"] ?? DEFAULT_WAIVER_MAX_DAYS,
        inlineWaivers: o["inline-waivers"] ?? "allow",
        customPolicies: null,
        lineOf: at,
    };
    for (const [id, setting] of Object.entries(o["rules"] ?? {})) {
        cfg.rules[id] = setting === "off" || setting === false ? { enabled: false } : { ...setting };
    }
    const custom = o["custom-policies"];
    if (custom) {
        const kind = custom.dir !== undefined ? "dir" : "bundle";
        cfg.customPolicies = { kind, path: node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(baseDir, (custom.dir ?? custom.bundle).trim()), source: src(["custom-policies", kind]) };
    }
    const today = runDate(cfg);
    cfg.waivers = (o["waivers"] ?? []).map((w, i) => {
        const days = (0,_waiver_syntax_js__WEBPACK_IMPORTED_MODULE_6__/* .daysBetween */ .YM)(today, w.expires);
        if (days > cfg.waiverMaxDays) {
            throw new ConfigError(`${(0,_schema_js__WEBPACK_IMPORTED_MODULE_5__/* .dotted */ .Bs)(["waivers", i, "expires"])} ${w.expires} is ${days} days after today (${today}), beyond waiver-max-days (${cfg.waiverMaxDays}); ` +
                "pick an earlier date and renew the waiver when it comes up for review, or raise waiver-max-days", rel, at(["waivers", i, "expires"]));
        }
        return { rule: w.rule, path: w.path.trim(), reason: w.reason.trim(), owner: w.owner.trim(), expires: w.expires, source: src(["waivers", i]) };
    });
    return cfg;
}
const FRAMEWORKS = {
    iso42001: ["iso42001"],
    "nist-ai-rmf": ["nist-ai-rmf"],
    "owasp-llm": ["owasp-llm-2025", "owasp-llm-2026"],
    "owasp-agentic": ["owasp-agentic"],
    "eu-ai-act": ["eu-ai-act"],
};
/** `frameworks` and `owasp-llm-edition` as the readiness framework ids to report (null: all). */
function frameworks(names, edition) {
    const ed = edition === undefined || edition === "both" ? null : String(edition);
    if (!names && !ed)
        return null;
    const ids = (names ?? Object.keys(FRAMEWORKS)).flatMap((n) => FRAMEWORKS[n] ?? []);
    return ed ? ids.filter((id) => !id.startsWith("owasp-llm-") || id === `owasp-llm-${ed}`) : ids;
}
/**
 * The date rules measure ages against: `params.today` when the configuration pins it, else
 * SOURCE_DATE_EPOCH (the reproducible-builds convention), else the current UTC date.
 */
function runDate(cfg, env = process.env) {
    const pinned = cfg.params["today"];
    if (typeof pinned === "string")
        return pinned;
    const epoch = Number(env["SOURCE_DATE_EPOCH"]);
    const date = Number.isFinite(epoch) && env["SOURCE_DATE_EPOCH"] ? new Date(epoch * 1000) : new Date();
    return date.toISOString().slice(0, 10);
}
/** Rule parameters as the policy sees them (input.config.params). */
function policyParams(cfg) {
    const names = cfg.organizationNames.length ? cfg.organizationNames : (cfg.params["organization_names"] ?? []);
    return { ...cfg.params, organization_names: names, today: runDate(cfg) };
}
/** A directory or a .tar.gz given as a CLI flag or an Action input (`source` names which). */
function customPoliciesFlag(value, source, base = process.cwd()) {
    const p = node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(base, value);
    const isDir = node_fs__WEBPACK_IMPORTED_MODULE_0___default().existsSync(p) && node_fs__WEBPACK_IMPORTED_MODULE_0___default().statSync(p).isDirectory();
    return { kind: isDir || !/\.(tar\.gz|tgz)$/i.test(p) ? "dir" : "bundle", path: p, source };
}
/** The reader `force` sets for a file, if any (the first matching entry). */
function forcedFormat(cfg, relPath) {
    return cfg.force.find((f) => (0,_discover_glob_js__WEBPACK_IMPORTED_MODULE_2__/* .globMatch */ .e)(f.path, relPath))?.format;
}


/***/ }),

/***/ 131:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Bs: () => (/* binding */ dotted),
/* harmony export */   Ic: () => (/* binding */ schemaProblems),
/* harmony export */   ZA: () => (/* binding */ suggest),
/* harmony export */   cA: () => (/* binding */ lineOf)
/* harmony export */ });
/* harmony import */ var _readers_generated_validator_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(5510);

/** Checks a parsed configuration against the schema; returns its problems in file order. */
function schemaProblems(doc) {
    const value = doc.value ?? {};
    // Compiled ahead of time by scripts/gen-validators.mjs (allErrors, verbose, strict, the ajv-formats
    // "date" format and the errorMessage annotation keyword).
    const check = (0,_readers_generated_validator_js__WEBPACK_IMPORTED_MODULE_0__/* .validator */ .N)("aigis-config");
    if (check(value))
        return [];
    const out = [];
    const seen = new Set();
    // Several missing keys of one mapping make one message.
    const missing = new Map();
    for (const e of check.errors ?? []) {
        if (e.keyword === "required")
            missing.set(e.instancePath, [...(missing.get(e.instancePath) ?? []), String(e.params["missingProperty"])]);
    }
    for (const e of check.errors ?? []) {
        // `if` and `propertyNames` wrap the errors that say what is wrong; those are reported instead.
        if (e.keyword === "if" || e.keyword === "propertyNames")
            continue;
        const at = segments(value, e.instancePath);
        const target = e.keyword === "additionalProperties" ? [...at, String(e.params["additionalProperty"])] : e.propertyName !== undefined ? [...at, e.propertyName] : at;
        if (e.keyword === "required") {
            if (!missing.has(e.instancePath))
                continue;
            e.params["missingProperty"] = listed(missing.get(e.instancePath));
            missing.delete(e.instancePath);
        }
        const message = describe(e, at);
        const line = lineOf(doc, target);
        const key = `${line}\0${message}`;
        if (seen.has(key))
            continue;
        seen.add(key);
        out.push({ line, message });
    }
    return out.sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
}
/** `a`, `a or b`, `a, b or c`. */
function listed(items) {
    return items.length < 2 ? items.join("") : `${items.slice(0, -1).join(", ")} or ${items[items.length - 1]}`;
}
/** JSON pointer → path segments, with array indices as numbers (YAML positions need them). */
function segments(value, pointer) {
    if (!pointer)
        return [];
    const out = [];
    let node = value;
    for (const raw of pointer.slice(1).split("/")) {
        const seg = raw.replace(/~1/g, "/").replace(/~0/g, "~");
        if (Array.isArray(node)) {
            out.push(Number(seg));
            node = node[Number(seg)];
        }
        else {
            out.push(seg);
            node = node && typeof node === "object" ? node[seg] : undefined;
        }
    }
    return out;
}
/** The line of the node at `path`, else of its nearest enclosing node. */
function lineOf(doc, path) {
    for (let n = path.length; n >= 0; n--) {
        const pos = doc.locate(path.slice(0, n));
        if (pos)
            return pos.line;
    }
    return null;
}
/** `waivers[0].expires`, `rules.AIGIS-MC-001.severity`. */
function dotted(path) {
    return path.map((s, i) => (typeof s === "number" ? `[${s}]` : i === 0 ? s : `.${s}`)).join("");
}
const TYPE_NAMES = {
    string: "text",
    array: "a list",
    object: "a mapping",
    integer: "a whole number",
    number: "a number",
    boolean: "true or false",
    null: "empty",
};
function show(v) {
    return v === undefined ? "nothing" : JSON.stringify(v) ?? String(v);
}
function describe(e, at) {
    const where = dotted(at);
    const hint = e.parentSchema?.errorMessage;
    // Hints that start with "is " describe the value ("is not a rule id …"); the others say what to write.
    const withHint = (problem) => (hint ? `${problem}; ${hint}` : problem);
    switch (e.keyword) {
        case "additionalProperties": {
            const key = String(e.params["additionalProperty"]);
            const allowed = Object.keys(e.parentSchema.properties ?? {});
            return `unknown key "${dotted([...at, key])}"${suggest(key, allowed)}`;
        }
        case "required": {
            const missing = String(e.params["missingProperty"]);
            return withHint(`${where || "the configuration"} has no ${missing}`);
        }
        case "enum":
            return withHint(`${where} must be one of ${e.params["allowedValues"].map(String).join(", ")}; got ${show(e.data)}`);
        case "type": {
            const types = String(e.params["type"]).split(",").map((t) => TYPE_NAMES[t] ?? t);
            return withHint(`${where || "the configuration"} must be ${types.join(" or ")}; got ${show(e.data)}`);
        }
        case "pattern":
        case "format":
            if (hint?.startsWith("is "))
                return `${e.propertyName !== undefined ? show(e.propertyName) : `${where} ${show(e.data)}`} ${hint}`;
            return withHint(`${where} ${e.keyword === "format" ? `is not a valid ${String(e.params["format"])}` : "is empty"}: got ${show(e.data)}`);
        case "minProperties":
        case "maxProperties":
            return withHint(`${where} takes exactly one setting; got ${Object.keys(e.data ?? {}).join(", ") || "none"}`);
        default:
            return withHint(`${where} ${e.message ?? "is not valid"}; got ${show(e.data)}`);
    }
}
/** ` (did you mean "fail-on"?)` for a near miss, else the allowed keys. */
function suggest(key, options) {
    const near = options.filter((o) => o !== "$schema").find((o) => distance(o.toLowerCase(), key.toLowerCase()) <= 2);
    return near ? ` (did you mean "${near}"?)` : options.length ? ` (allowed: ${options.filter((o) => o !== "$schema").join(", ")})` : "";
}
function distance(a, b) {
    const d = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array(b.length).fill(0)]);
    for (let j = 1; j <= b.length; j++)
        d[0][j] = j;
    for (let i = 1; i <= a.length; i++)
        for (let j = 1; j <= b.length; j++)
            d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    return d[a.length][b.length];
}


/***/ }),

/***/ 5458:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   AN: () => (/* binding */ inlineWaiversFromProperties),
/* harmony export */   B: () => (/* binding */ RULE_ID),
/* harmony export */   J8: () => (/* binding */ withInlineWaivers),
/* harmony export */   U$: () => (/* binding */ dayNumber),
/* harmony export */   YM: () => (/* binding */ daysBetween),
/* harmony export */   rr: () => (/* binding */ inlineWaiversFromFrontMatter),
/* harmony export */   uI: () => (/* binding */ waiverProblem)
/* harmony export */ });
/* unused harmony exports WAIVE_PROPERTY, WAIVE_GRAMMAR, WAIVE_EXAMPLE */
const RULE_ID = /^[A-Z][A-Z0-9]{1,15}-[A-Z0-9]{1,8}-[0-9]{3}$/;
const WAIVE_PROPERTY = "aigis:waive";
/** `<RULE-ID> until <YYYY-MM-DD> by <owner>: <reason>` */
const WAIVE_GRAMMAR = /^\s*(\S+)\s+until\s+(\S+)\s+by\s+([^:]*?)\s*:\s*([\s\S]*?)\s*$/;
const WAIVE_EXAMPLE = "AIGIS-SC-004 until 2027-01-31 by ml-platform: weights are pulled by digest";
const DAY_MS = 86_400_000;
/** Days since 1970-01-01 of a YYYY-MM-DD calendar date, or null when it is not one. */
function dayNumber(date) {
    const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
    if (!m)
        return null;
    const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
    const t = Date.UTC(y, mo - 1, d);
    const back = new Date(t);
    if (back.getUTCFullYear() !== y || back.getUTCMonth() !== mo - 1 || back.getUTCDate() !== d)
        return null;
    return t / DAY_MS;
}
/** Days from `from` to `to` (negative when `to` is earlier); both YYYY-MM-DD. */
function daysBetween(from, to) {
    return (dayNumber(to) ?? 0) - (dayNumber(from) ?? 0);
}
/** What is wrong with a waiver's fields, or null; the same rules for the file and inline waivers. */
function waiverProblem(w, today, maxDays) {
    if (!w.rule)
        return "waiver names no rule";
    if (!RULE_ID.test(w.rule))
        return `"${w.rule}" is not a rule id (like AIGIS-MC-001; \`aigis rules\` lists them)`;
    if (!w.reason?.trim())
        return `waiver for ${w.rule} has no reason: say why the gap is accepted for now`;
    if (!w.owner?.trim())
        return `waiver for ${w.rule} has no owner: name who answers for it`;
    if (!w.expires)
        return `waiver for ${w.rule} has no expiry: add an expiry date (YYYY-MM-DD)`;
    if (dayNumber(w.expires) === null)
        return `waiver for ${w.rule} expires on "${w.expires}", which is not a date: write YYYY-MM-DD`;
    const days = daysBetween(today, w.expires);
    if (days > maxDays) {
        return `waiver for ${w.rule} expires ${w.expires}, ${days} days after today (${today}), beyond waiver-max-days (${maxDays}): pick an earlier date`;
    }
    return null;
}
const text = (v) => (typeof v === "string" ? v : typeof v === "number" ? String(v) : null);
/** Waivers under `aigis: waivers:` in a front matter, with their lines. */
function inlineWaiversFromFrontMatter(doc) {
    const fm = doc?.value;
    if (!fm || typeof fm !== "object" || Array.isArray(fm))
        return [];
    const block = fm["aigis"];
    if (!block || typeof block !== "object" || Array.isArray(block) || !("waivers" in block))
        return [];
    const list = block["waivers"];
    const where = (p) => doc.locate(["aigis", "waivers", ...p]) ?? doc.locate(["aigis", "waivers"]) ?? { line: 1, column: 1 };
    const usage = "write aigis.waivers as a list of {rule, reason, owner, expires}";
    if (!Array.isArray(list))
        return [{ rule: null, reason: null, owner: null, expires: null, scope: null, ...where([]), problem: usage }];
    return list.map((item, i) => {
        const pos = where([i]);
        if (!item || typeof item !== "object" || Array.isArray(item))
            return { rule: null, reason: null, owner: null, expires: null, scope: null, ...pos, problem: usage };
        const o = item;
        const unknown = Object.keys(o).find((k) => !["rule", "reason", "owner", "expires"].includes(k));
        const w = { rule: text(o["rule"]), reason: text(o["reason"]), owner: text(o["owner"]), expires: text(o["expires"]), scope: null, ...pos };
        if (unknown) {
            w.problem = unknown === "path"
                ? "an inline waiver covers the file it is written in, so it takes no path (path is for waivers in .aigis.yml)"
                : `unknown key "${unknown}" in an inline waiver (allowed: rule, reason, owner, expires)`;
        }
        return w;
    });
}
/**
 * `aigis:waive` properties in a CycloneDX `properties` array at `path`; `scope` is the JSON pointer
 * of the component they cover, or null for the whole file.
 */
function inlineWaiversFromProperties(doc, path, value, scope) {
    if (!Array.isArray(value))
        return [];
    const out = [];
    value.forEach((p, i) => {
        if (!p || typeof p !== "object" || p["name"] !== WAIVE_PROPERTY)
            return;
        const pos = doc.locate([...path, i, "value"]) ?? doc.locate([...path, i]) ?? { line: 1, column: 1 };
        const raw = text(p["value"]) ?? "";
        const m = WAIVE_GRAMMAR.exec(raw);
        if (!m) {
            out.push({ rule: null, reason: null, owner: null, expires: null, scope, ...pos, problem: `an ${WAIVE_PROPERTY} value reads "<RULE-ID> until <YYYY-MM-DD> by <owner>: <reason>", e.g. "${WAIVE_EXAMPLE}"; got "${raw}"` });
            return;
        }
        out.push({ rule: m[1], expires: m[2], owner: m[3] || null, reason: m[4] || null, scope, ...pos });
    });
    return out;
}
/** The read artifact with its inline waivers attached (left as it is when there are none). */
function withInlineWaivers(read, waivers) {
    return waivers.length ? { ...read, waivers } : read;
}


/***/ }),

/***/ 2805:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   _: () => (/* binding */ matchesAny),
/* harmony export */   e: () => (/* binding */ globMatch)
/* harmony export */ });
// Glob matching for include/exclude patterns, gitignore-flavoured: `*` and `?` stay within one
// path segment, `**` crosses segments, `{a,b}` alternates, a pattern without `/` matches a name at
// any depth, and a trailing `/` (or a directory name) covers everything below.
const cache = new Map();
function toRegExp(pattern) {
    let p = pattern.trim().replace(/\\/g, "/");
    if (p.startsWith("./"))
        p = p.slice(2);
    const anchored = p.startsWith("/") || p.replace(/\/$/, "").includes("/");
    p = p.replace(/^\//, "").replace(/\/$/, "/**");
    let re = "";
    for (let i = 0; i < p.length; i++) {
        const c = p[i];
        if (c === "*") {
            if (p[i + 1] === "*") {
                const slash = p[i + 2] === "/";
                re += slash ? "(?:.*/)?" : ".*";
                i += slash ? 2 : 1;
            }
            else
                re += "[^/]*";
        }
        else if (c === "?")
            re += "[^/]";
        else if (c === "{") {
            const end = p.indexOf("}", i);
            if (end > i) {
                re += "(?:" + p.slice(i + 1, end).split(",").map(escape).join("|") + ")";
                i = end;
            }
            else
                re += "\\{";
        }
        else
            re += escape(c);
    }
    return new RegExp(`^${anchored ? "" : "(?:.*/)?"}${re}(?:/.*)?$`);
}
function escape(s) {
    return s.replace(/[.+^${}()|[\]\\*?]/g, "\\$&");
}
function globMatch(pattern, relPath) {
    let re = cache.get(pattern);
    if (!re) {
        re = toRegExp(pattern);
        cache.set(pattern, re);
    }
    return re.test(relPath);
}
function matchesAny(patterns, relPath) {
    return patterns.some((p) => globMatch(p, relPath));
}


/***/ }),

/***/ 1927:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  N$: () => (/* binding */ Engine),
  NJ: () => (/* binding */ EngineError),
  po: () => (/* binding */ loadBundle),
  gV: () => (/* binding */ locatePolicyDir)
});

// UNUSED EXPORTS: HEAP_BYTES_PER_DATA_BYTE, HEAP_BYTES_PER_INPUT_BYTE, WASM_INITIAL_PAGES, WASM_MAXIMUM_PAGES, toEngineError

// EXTERNAL MODULE: ./node_modules/@open-policy-agent/opa-wasm/src/opa.js
var opa = __nccwpck_require__(3712);
;// CONCATENATED MODULE: ./node_modules/@open-policy-agent/opa-wasm/src/index.mjs

/**
 * @type {opa.loadPolicy}
 */
const loadPolicy = opa.loadPolicy;
/* harmony default export */ const src = (opa);

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
var external_node_fs_default = /*#__PURE__*/__nccwpck_require__.n(external_node_fs_);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
var external_node_path_default = /*#__PURE__*/__nccwpck_require__.n(external_node_path_);
;// CONCATENATED MODULE: ./src/engine/engine.ts
// Loads the compiled policy once and evaluates PolicyInputs with @open-policy-agent/opa-wasm.




/** 64 KiB wasm pages: 5 to start (the SDK default), at most 2 GiB, so a hostile input cannot take the runner. */
const WASM_INITIAL_PAGES = 5;
const WASM_MAXIMUM_PAGES = 32768;
/**
 * Wasm heap one evaluation of the aigis rules uses per byte of PolicyInput JSON: about 20 in this
 * release (docs/benchmark.md), so 24 leaves a margin. Before an input larger than the current memory
 * is evaluated, the policy is re-instantiated with a memory of the expected size (a few
 * milliseconds) instead of letting the module grow it page by page: V8 answers each growth of a wasm
 * memory with a full garbage collection, which made large inputs quadratic (1,000 artifacts beside
 * a 140 MB JavaScript heap: 34 s growing from 5 pages, 0.7 s starting at the right size).
 */
const HEAP_BYTES_PER_INPUT_BYTE = 24;
/** Wasm heap that loading policy data takes per byte of its JSON (a 1.7 MB repository index took 12.6 MiB). */
const HEAP_BYTES_PER_DATA_BYTE = 10;
const PAGE = 65536;
// The SDK's ESM entry exports loadPolicySync only on its default export (its types name it a named export).
const loadPolicySync = src?.loadPolicySync;
/** Builtins that @open-policy-agent/opa-wasm 1.10.0 implements in JavaScript (src/builtins/*.js). */
const SDK_BUILTINS = new Set(["sprintf", "regex.split", "json.is_valid", "yaml.is_valid", "yaml.marshal", "yaml.unmarshal"]);
class EngineError extends Error {
}
/** The SDK throws strings and plain objects; give callers an Error with a readable message. */
function toEngineError(e, context, maximumPages = WASM_MAXIMUM_PAGES) {
    if (e instanceof EngineError)
        return e;
    const detail = e instanceof Error ? e.message
        : typeof e === "string" ? e
            : e && typeof e === "object" && "message" in e ? String(e.message)
                : JSON.stringify(e);
    const hint = /Maximum memory size exceeded|opa_malloc/i.test(detail)
        ? ` (the policy input needs more than the ${(maximumPages * 64) / 1024} MiB wasm memory limit; narrow the scan with include/exclude)`
        : "";
    return new EngineError(`${context}: ${detail}${hint}`);
}
/** Finds dist/policy from the bundle (dist/index.js, dist/cli/index.js) or from the sources. */
function locatePolicyDir(fromDir) {
    const env = process.env["AIGIS_POLICY_DIR"];
    if (env)
        return env;
    const candidates = [
        external_node_path_default().join(fromDir, "policy"),
        external_node_path_default().join(fromDir, "..", "policy"),
        external_node_path_default().join(fromDir, "..", "dist", "policy"),
        external_node_path_default().join(fromDir, "..", "..", "dist", "policy"),
    ];
    const found = candidates.find((d) => external_node_fs_default().existsSync(external_node_path_default().join(d, "policy.wasm")));
    if (!found)
        throw new EngineError(`compiled policy not found (looked in ${candidates.join(", ")}); run npm run build:policies`);
    return found;
}
function loadBundle(dir) {
    const read = (f) => {
        try {
            return external_node_fs_default().readFileSync(external_node_path_default().join(dir, f));
        }
        catch {
            throw new EngineError(`compiled policy is incomplete: ${external_node_path_default().join(dir, f)} is missing; run npm run build:policies`);
        }
    };
    const rules = JSON.parse(read("rules.json").toString("utf8"));
    const data = read("data.json");
    return {
        dir,
        wasm: new Uint8Array(read("policy.wasm")),
        data: data.buffer.slice(data.byteOffset, data.byteOffset + data.byteLength),
        entrypoint: rules.entrypoint,
        ...(rules.index_entrypoint ? { indexEntrypoint: rules.index_entrypoint } : {}),
        rules: rules.rules,
        catalog: JSON.parse(read("catalog.json").toString("utf8")),
    };
}
class Engine {
    policy;
    entrypoint;
    indexEntrypoint;
    maximumPages;
    module;
    data;
    customBuiltins;
    constructor(policy, entrypoint, indexEntrypoint, maximumPages, module, data, customBuiltins) {
        this.policy = policy;
        this.entrypoint = entrypoint;
        this.indexEntrypoint = indexEntrypoint;
        this.maximumPages = maximumPages;
        this.module = module;
        this.data = data;
        this.customBuiltins = customBuiltins;
        this.currentData = data;
    }
    /** The data loaded now: the bundle's, or the bundle's plus a repository index. */
    currentData;
    /** Compiles and instantiates the module, checks the builtins it needs, and loads data once. */
    static async load(bundle, customBuiltins = {}, { maximumPages = WASM_MAXIMUM_PAGES } = {}) {
        let policy;
        let module;
        try {
            module = await WebAssembly.compile(bundle.wasm);
            const memory = { initial: Math.min(WASM_INITIAL_PAGES, maximumPages), maximum: maximumPages };
            // The synchronous loader instantiates the compiled module directly; the async one first asks
            // whether it was given a fetch Response, and touching that global makes Node load its HTTP
            // client (undici), 15-30 ms of every run's start.
            policy = loadPolicySync ? loadPolicySync(module, memory, customBuiltins) : await loadPolicy(module, memory, customBuiltins);
        }
        catch (e) {
            throw toEngineError(e, "could not load the compiled policy");
        }
        const missing = requiredBuiltins(policy).filter((b) => !SDK_BUILTINS.has(b) && !(b in customBuiltins));
        if (missing.length) {
            throw new EngineError(`the compiled policy needs builtins this host does not provide: ${missing.sort().join(", ")}`);
        }
        for (const e of [bundle.entrypoint, bundle.indexEntrypoint]) {
            if (e && !(e in policy.entrypoints))
                throw new EngineError(`the compiled policy has no entrypoint ${e}`);
        }
        try {
            policy.setData(bundle.data);
        }
        catch (e) {
            throw toEngineError(e, "could not load policy data");
        }
        return new Engine(policy, bundle.entrypoint, bundle.indexEntrypoint ?? null, maximumPages, module, bundle.data, customBuiltins);
    }
    /** Current size of the wasm memory, in 64 KiB pages. */
    get memoryPages() {
        return this.policy.mem.buffer.byteLength / PAGE;
    }
    /** The entrypoint's result set, as the SDK returns it. */
    evaluateRaw(input) {
        return this.evaluateBytes(new TextEncoder().encode(JSON.stringify(input)), this.entrypoint);
    }
    /** The value of `entrypoint` for an input given as UTF-8 JSON (undefined when the rule is). */
    evaluateJson(json, entrypoint) {
        return this.evaluateBytes(json, entrypoint)[0]?.result;
    }
    evaluateBytes(json, entrypoint) {
        // Passing UTF-8 JSON as an ArrayBuffer skips the SDK's own stringify.
        try {
            this.reserve(json.byteLength);
            // The SDK takes an ArrayBuffer and reads all of it, so a view into a larger buffer is copied
            // out (Uint8Array's slice copies; a Buffer's would not).
            const whole = json.byteOffset === 0 && json.byteLength === json.buffer.byteLength ? json.buffer : Uint8Array.prototype.slice.call(json).buffer;
            return this.policy.evaluate(whole, entrypoint);
        }
        catch (e) {
            throw toEngineError(e, "policy evaluation failed", this.maximumPages);
        }
    }
    /** Re-instantiates the policy with the memory an input of `bytes` is expected to need (up to the maximum). */
    reserve(bytes, perByte = HEAP_BYTES_PER_INPUT_BYTE) {
        const base = this.policy.dataHeapPtr ?? 0;
        const wanted = Math.ceil((base + bytes * (1 + perByte)) / PAGE);
        if (wanted <= this.memoryPages || !loadPolicySync)
            return;
        // An eighth more than asked, so that the next, slightly larger chunk does not instantiate again.
        this.instantiate(Math.min(this.maximumPages, Math.ceil(wanted * 1.125)), this.currentData);
    }
    instantiate(pages, data) {
        const policy = loadPolicySync(this.module, { initial: pages, maximum: this.maximumPages }, this.customBuiltins);
        policy.setData(data);
        this.policy = policy;
    }
    /**
     * Back to the bundle's data. The SDK's setData overwrites the old data before it parses the new,
     * so a failed load must end here too (the engine is reused); if even that fails, the instance is
     * rebuilt.
     */
    restoreData() {
        this.currentData = this.data;
        try {
            this.policy.setData(this.data);
        }
        catch {
            if (loadPolicySync)
                this.instantiate(this.memoryPages, this.data);
        }
    }
    /**
     * Runs `fn` with the policy data extended by data.aigis_repository_index = `indexJson` (see
     * src/engine/chunks.ts), then restores the bundle's data. Parsed once, the index costs each chunk
     * nothing; as input it was parsed again for every chunk.
     */
    withRepositoryIndex(indexJson, fn) {
        // The bundle's data.json declares the key (null); it is replaced, not repeated.
        const base = JSON.parse(new TextDecoder().decode(this.data));
        delete base["aigis_repository_index"];
        const head = JSON.stringify(base).slice(0, -1);
        const joined = `${head}${head === "{" ? "" : ","}"aigis_repository_index":${indexJson}}`;
        const bytes = new TextEncoder().encode(joined);
        const extended = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength);
        try {
            this.reserve(bytes.byteLength, HEAP_BYTES_PER_DATA_BYTE);
            this.policy.setData(extended);
            this.currentData = extended;
        }
        catch (e) {
            this.restoreData();
            throw toEngineError(e, "could not load the repository index", this.maximumPages);
        }
        try {
            return fn();
        }
        finally {
            this.restoreData();
        }
    }
    evaluate(input) {
        const result = this.evaluateRaw(input);
        const set = result;
        const findings = set[0]?.result;
        if (!Array.isArray(findings))
            throw new EngineError(`policy returned no findings list (got ${JSON.stringify(result).slice(0, 200)})`);
        return findings;
    }
}
/** Names of the builtins the module imports from its host (opa_json_dump of the `builtins` export). */
function requiredBuiltins(policy) {
    const exports = policy.wasmInstance.exports;
    const addr = exports["opa_json_dump"](exports["builtins"]());
    const mem = new Uint8Array(policy.mem.buffer);
    let end = addr;
    while (mem[end] !== 0)
        end++;
    return Object.keys(JSON.parse(new TextDecoder().decode(mem.subarray(addr, end))));
}


/***/ }),

/***/ 9835:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  Ts: () => (/* binding */ init),
  p7: () => (/* binding */ renderInit)
});

// UNUSED EXPORTS: planInit

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
var external_node_fs_default = /*#__PURE__*/__nccwpck_require__.n(external_node_fs_);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
var external_node_path_default = /*#__PURE__*/__nccwpck_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/config/config.ts
var config = __nccwpck_require__(1122);
// EXTERNAL MODULE: ./src/run.ts + 54 modules
var run = __nccwpck_require__(2302);
;// CONCATENATED MODULE: ./src/init/templates/config.ts
// A starting `.aigis.yml`: valid as written, every other setting shown commented out.
function configTemplate(f) {
    return [
        "# yaml-language-server: $schema=https://raw.githubusercontent.com/aigis/aigis/v0/schema/aigis-config.schema.json",
        "# aigis configuration, scaffolded by `aigis init`. Every key is optional: docs/configuration.md.",
        "fail-on: critical          # critical | high | medium | low | none",
        "",
        f.organization.length
            ? `organization:\n  names: [${f.organization.map((o) => JSON.stringify(o)).join(", ")}]   # suppliers that count as first-party`
            : "# organization:\n#   names: [Acme]           # suppliers that count as first-party",
        "",
        "# exclude: [\"vendor/\", \"**/testdata/**\"]",
        "# rules:",
        "#   AIGIS-MC-013: off",
        "#   AIGIS-MC-014: {severity: low}",
        "",
        "# A waived finding never fails the check and stays listed as suppressed until it expires.",
        "# waivers:",
        "#   - rule: AIGIS-MC-013",
        "#     path: \"models/**\"",
        "#     reason: why the gap is accepted for now",
        "#     owner: who answers for it",
        "#     expires: YYYY-MM-DD   # at most waiver-max-days (365) from today",
        "",
    ].join("\n");
}

;// CONCATENATED MODULE: ./src/init/templates/text.ts
// Small helpers for writing templates: values from discovered artifacts are quoted where YAML needs it.
/** A YAML scalar: plain when that is unambiguous, else double-quoted JSON. */
function yamlScalar(v) {
    return /^[A-Za-z0-9][\w .\/@+-]*$/.test(v) && !/^(true|false|null|yes|no|on|off|~)$/i.test(v) && !/^[\d.]+$/.test(v) && !/[:#]\s|\s$/.test(v) ? v : JSON.stringify(v);
}
/** `  - item` lines. */
function yamlList(items, indent = "  ") {
    return items.map((i) => `${indent}- ${yamlScalar(i)}`);
}
/** A file-system friendly name: `acme/Support Tickets` → `support-tickets`. */
function slug(name) {
    const last = name.split("/").pop() ?? name;
    return last.toLowerCase().replace(/[^a-z0-9._-]+/g, "-").replace(/^[-.]+|[-.]+$/g, "") || "model";
}

;// CONCATENATED MODULE: ./src/init/templates/dataset.ts
// A Data & Trust Alliance Data Provenance Standard 1.0 record (YAML), prefilled with the dataset's
// name and issuer when discovery knows them. Unknown values are `TODO` placeholders the rules report.

function datasetTemplate(d) {
    return [
        "# Data & Trust Alliance Data Provenance Standard 1.0.0 record, scaffolded by `aigis init`.",
        "# Replace every TODO, then run `aigis check`: each finding points at a TODO still to fill.",
        "# Reference: https://dataandtrustalliance.org/work/data-provenance-standards",
        "source:",
        "  version: 1.0.0",
        `  title: ${yamlScalar(d.name)}`,
        "  id: TODO            # a stable identifier, e.g. urn:uuid:… or the dataset's URL",
        "  issuer:",
        `    - name: ${d.supplier ? yamlScalar(d.supplier) : "TODO   # the organization that issues this record"}`,
        "  description: TODO   # what the data is, in a sentence or two",
        "provenance:",
        "  origin:",
        "    name: TODO        # who created or collected the data",
        "  origin-geography:",
        "    - country: TODO   # ISO 3166 code, e.g. US",
        "  date: TODO          # when the data was created or collected: YYYY-MM-DD",
        "  generation-method:",
        "    - code: TODO      # e.g. feeds-internal, web-scraped, synthetic",
        "  format:",
        "    - TODO            # media type, e.g. application/jsonl",
        "use:",
        "  # TODO: classification — does it hold personal or sensitive data? e.g. [{regulation: {code: pii}, evaluated: true}]",
        "  license:",
        "    - NOASSERTION     # TODO: the SPDX id or name of the data's licence",
        "  intended-purpose:",
        "    - code: TODO      # e.g. ai-training, ai-evaluation",
        "",
    ].join("\n");
}

;// CONCATENATED MODULE: ./src/init/templates/model-card.ts
// A Hugging Face model card (the Hub template's sections), prefilled with what discovery knows.
// Every unknown is a bare `TODO`, which the rules treat as missing (lib.filled), so `aigis check`
// reports each one at its section heading or front-matter key until it is filled.

function modelCardTemplate(m) {
    const lines = [
        "---",
        // `unknown` is the Hub's value for a missing licence; the rules report it on this line.
        `license: ${m.license ? yamlScalar(m.license) : "unknown   # TODO: the SPDX id of the model's licence, e.g. apache-2.0"}`,
        `model_name: ${yamlScalar(m.name)}`,
        `pipeline_tag: ${m.task ? yamlScalar(m.task) : "TODO   # the task, e.g. text-generation"}`,
        ...(m.datasets.length ? ["datasets:", ...yamlList(m.datasets)] : []),
        "---",
        "",
        `# Model Card for ${m.name}`,
        "",
        "<!-- Scaffolded by `aigis init`. Replace every TODO, then run `aigis check`: each finding points at a TODO still to fill. -->",
        "",
        "## Model Details",
        "",
        "### Model Description",
        "",
        `- **Developed by:** ${m.supplier ?? "TODO"}`,
        "- **Model type:** TODO",
        "",
        "## Uses",
        "",
        "### Direct Use",
        "",
        "<!-- What the model is for: the tasks, users and settings it was built and evaluated for. -->",
        "TODO",
        "",
        "### Out-of-Scope Use",
        "",
        "<!-- Uses it must not be put to, and foreseeable misuse. -->",
        "TODO",
        "",
        "## Bias, Risks, and Limitations",
        "",
        "TODO",
        "",
        "## Training Details",
        "",
        "### Training Data",
        "",
        `<!-- Which data it was trained on${m.datasets.length ? ` (${m.datasets.join(", ")})` : ""}, and where its records are. -->`,
        "TODO",
        "",
        "## Evaluation",
        "",
        "<!-- How it was evaluated, on which data, with which results (or model-index in the front matter). -->",
        "TODO",
        "",
        "## Model Card Contact",
        "",
        "TODO",
        "",
    ];
    return lines.join("\n");
}

;// CONCATENATED MODULE: ./src/init/templates/policy.ts
// An AI policy (governance document of kind ai-policy) with the sections AIGIS-GV-001 looks for and
// the `aigis:` front matter AIGIS-GV-002 reads. Unknowns are TODO placeholders the rules report.
function policyTemplate(f) {
    return [
        "---",
        "aigis:",
        "  kind: ai-policy",
        "  owner: TODO              # the role that owns this policy, e.g. Head of ML Platform",
        "  approved_by: TODO        # who approved it, e.g. CTO",
        "  approved_on: TODO        # YYYY-MM-DD",
        "  review_by: TODO          # YYYY-MM-DD, at most a year after approval",
        "  status: draft",
        "  concerns_contact: TODO   # where anyone can raise an AI concern, e.g. ai-concerns@example.com",
        "  objectives:             # responsible-AI objectives, each with a metric and a target",
        "    - name: TODO",
        "      metric: TODO",
        "      target: TODO",
        "---",
        "",
        `# ${f.organization ? `${f.organization} ` : ""}AI policy`,
        "",
        "<!-- Scaffolded by `aigis init`. Replace every TODO, then run `aigis check`: each finding points at a TODO still to fill. -->",
        "",
        "## Scope",
        "",
        `<!-- Which AI systems, uses and people this policy covers${f.systems.length ? ` (found in this repository: ${f.systems.join(", ")})` : ""}. -->`,
        "TODO",
        "",
        "## Principles",
        "",
        "<!-- The commitments AI use here must meet: human review, data minimisation, transparency, … -->",
        "TODO",
        "",
        "## Roles and responsibilities",
        "",
        "<!-- Who owns each AI system, who approves new ones, who answers for incidents. -->",
        "TODO",
        "",
        "## Acceptable use",
        "",
        "<!-- What staff may and may not do with AI tools and systems. -->",
        "TODO",
        "",
        "## Review",
        "",
        "<!-- How often the policy is reviewed and who approves changes. -->",
        "TODO",
        "",
    ].join("\n");
}

;// CONCATENATED MODULE: ./src/init/templates/sbom.ts
// A CycloneDX 1.6 AI SBOM skeleton listing the models and datasets discovery found. JSON has no
// comments, so unknowns are `TODO` strings and `NOASSERTION` licences, which the rules report.
function sbomTemplate(f) {
    const license = (l) => [l ? (/^[A-Za-z0-9.+-]+$/.test(l) ? { license: { id: l } } : { license: { name: l } }) : { expression: "NOASSERTION" }];
    const ref = (kind, name) => `${kind}-${name.toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "")}`;
    const bom = {
        bomFormat: "CycloneDX",
        specVersion: "1.6",
        version: 1,
        metadata: {
            timestamp: `${f.today}T00:00:00Z`,
            component: { type: "application", name: f.product },
            supplier: { name: "TODO" },
        },
        components: [
            ...f.models.map((m) => ({
                "bom-ref": ref("model", m.name),
                type: "machine-learning-model",
                name: m.name,
                // No version until there is one: a placeholder would pass for a pinned version.
                ...(m.version ? { version: m.version } : {}),
                supplier: { name: m.supplier ?? "TODO" },
                licenses: license(m.license),
                externalReferences: m.card ? [{ type: "model-card", url: m.card }] : [],
            })),
            ...f.datasets.map((d) => ({
                "bom-ref": ref("data", d.name),
                type: "data",
                name: d.name,
                supplier: { name: d.supplier ?? "TODO" },
                licenses: license(null),
            })),
        ],
        services: f.services.map((s) => ({
            "bom-ref": ref("service", s.name),
            name: s.name,
            provider: { name: s.provider ?? "TODO" },
            endpoints: [s.endpoint ?? "https://TODO"],
            data: [{ flow: "outbound", classification: "TODO" }],
        })),
    };
    return JSON.stringify(bom, null, 2) + "\n";
}

;// CONCATENATED MODULE: ./src/init/templates/workflow.ts
// The GitHub workflow that runs aigis on every pull request (docs/github.md explains each line).
function workflowTemplate() {
    return [
        "# Runs aigis on every pull request and push to main; scaffolded by `aigis init`.",
        "# Make the `aigis` check required in branch protection so critical gaps block the merge.",
        "name: AI governance",
        "on:",
        "  pull_request:",
        "  push:",
        "    branches: [main]",
        "jobs:",
        "  aigis:",
        "    runs-on: ubuntu-latest",
        "    permissions:",
        "      contents: read",
        "      pull-requests: write   # the sticky pull-request comment",
        "    steps:",
        "      - uses: actions/checkout@v5",
        "      - uses: aigis/aigis@v0    # pin a release tag or a commit SHA",
        "        # fail-on and everything else come from .aigis.yml",
        "",
    ].join("\n");
}

;// CONCATENATED MODULE: ./src/init/init.ts
// `aigis init [path]`: scaffolds the governance artifacts a repository is missing, prefilled with what
// discovery already knows (model names, datasets, suppliers, licences), and never overwrites a file.
// Unknowns are `TODO` placeholders the rules treat as missing, so `aigis check` right after lists the
// remaining gaps at the scaffold's lines.











const init_short = (name) => name.split("/").pop().trim().toLowerCase();
const uniqueBy = (items, key) => [...new Map(items.map((i) => [key(i), i])).values()];
function planInit(root) {
    const cfg = (0,config/* loadConfig */.Z9)(root, (0,config/* findConfig */.u0)(root, null));
    const { artifacts } = (0,run/* collect */.Fo)(root, cfg);
    const known = knownFrom(artifacts);
    const plan = [];
    const today = (0,config/* runDate */.yZ)(cfg);
    // Models: every model the SBOM lists without a card of its own name; one placeholder when nothing is known.
    const cardNames = new Set(known.cards.map((c) => init_short(c.name ?? "")));
    const sbomModels = uniqueBy(known.sboms.flatMap((s) => s.components.filter((c) => c.type === "machine-learning-model")), (c) => init_short(c.name ?? ""));
    const datasetsNamed = [...new Set(known.cards.flatMap((c) => c.datasets))];
    const sbomData = uniqueBy(known.sboms.flatMap((s) => s.components.filter((c) => c.type === "data")), (c) => init_short(c.name ?? ""));
    // A model is documented by a card of its name, an inline modelCard or a linked one (as AIGIS-SC-012 sees it).
    const modelsToDocument = sbomModels.filter((c) => c.name && !cardNames.has(init_short(c.name)) && !c.has_model_card && !c.external_references.some((r) => r.type === "model-card"));
    const newCards = [];
    const cardFor = (name, facts) => {
        const p = `models/${slug(name)}/README.md`;
        newCards.push({ name, path: p });
        plan.push({ path: p, what: `model card for ${name}`, content: modelCardTemplate({ name, ...facts, task: null }) });
    };
    for (const c of modelsToDocument) {
        const lic = c.licenses.map((l) => l.spdx ?? l.name).find((l) => l && !/^(noassertion|none|unknown|other)$/i.test(l)) ?? null;
        cardFor(c.name, { supplier: c.supplier, license: lic, datasets: sbomData.map((d) => d.name).filter(Boolean) });
    }
    if (known.cards.length === 0 && modelsToDocument.length === 0) {
        cardFor(external_node_path_default().basename(external_node_path_default().resolve(root)) || "model", { supplier: null, license: null, datasets: datasetsNamed });
    }
    // Datasets: every dataset a card or the SBOM names without a record; one placeholder when there is no record at all.
    const recordNames = new Set(known.datasets.map((d) => init_short(d.name ?? "")));
    const dataNames = uniqueBy([...datasetsNamed.map((n) => ({ name: n, supplier: n.includes("/") ? n.split("/")[0] : null })), ...sbomData.map((d) => ({ name: d.name, supplier: d.supplier }))], (d) => init_short(d.name));
    const missingData = dataNames.filter((d) => !recordNames.has(init_short(d.name)));
    for (const d of missingData)
        plan.push({ path: `data/${slug(d.name)}/provenance.yaml`, what: `data provenance record for ${d.name}`, content: datasetTemplate(d) });
    if (known.datasets.length === 0 && missingData.length === 0) {
        plan.push({ path: "data/training-data/provenance.yaml", what: "data provenance record", content: datasetTemplate({ name: "training-data", supplier: null }) });
    }
    if (known.sboms.length === 0) {
        const models = [
            ...known.cards.map((c) => ({ name: c.name ?? external_node_path_default().posix.basename(external_node_path_default().posix.dirname(c.path)), version: c.version, supplier: c.supplier, license: c.licenses.map((l) => l.spdx ?? l.name).find(Boolean) ?? null, card: c.path })),
            ...newCards.filter((n) => !cardNames.has(init_short(n.name))).map((n) => ({ name: n.name, version: null, supplier: null, license: null, card: n.path })),
        ];
        const datasets = [...known.datasets.map((d) => ({ name: d.name ?? d.path, supplier: d.supplier })), ...missingData];
        plan.push({
            path: "ai-bom.cdx.json",
            what: `AI SBOM listing ${models.length} model(s) and ${datasets.length} dataset(s)`,
            content: sbomTemplate({ product: external_node_path_default().basename(external_node_path_default().resolve(root)) || "ai-system", today, models: uniqueBy(models, (m) => init_short(m.name)), datasets: uniqueBy(datasets, (d) => init_short(d.name)), services: [] }),
        });
    }
    if (!known.governance.some((g) => g.doc_kind === "ai-policy")) {
        const organization = cfg.organizationNames[0] ?? null;
        plan.push({ path: "AI_POLICY.md", what: "AI policy", content: policyTemplate({ organization, systems: [...known.cards.map((c) => c.name ?? c.path), ...newCards.map((n) => n.name)] }) });
    }
    if (!config/* CONFIG_FILE_NAMES */.HR.some((n) => external_node_fs_default().existsSync(external_node_path_default().join(root, n)))) {
        plan.push({ path: ".aigis.yml", what: "aigis configuration", content: configTemplate({ organization: cfg.organizationNames }) });
    }
    const workflows = external_node_path_default().join(root, ".github", "workflows");
    const hasWorkflow = external_node_fs_default().existsSync(workflows) && external_node_fs_default().readdirSync(workflows).some((f) => /\.ya?ml$/.test(f) && /uses:\s*['"]?[\w.-]+\/aigis@/.test(external_node_fs_default().readFileSync(external_node_path_default().join(workflows, f), "utf8")));
    if (!hasWorkflow)
        plan.push({ path: ".github/workflows/ai-governance.yml", what: "GitHub workflow running aigis", content: workflowTemplate() });
    return plan;
}
function knownFrom(artifacts) {
    const of = (kind) => artifacts.map((a) => a.artifact).filter((a) => a.kind === kind);
    return {
        cards: of("model_card"),
        datasets: of("dataset"),
        sboms: of("sbom"),
        governance: of("governance"),
    };
}
/** Writes the plan; a file that exists (even one created meanwhile) is kept, never overwritten. */
function init(root) {
    const dir = external_node_path_default().resolve(root);
    if (external_node_fs_default().existsSync(dir) && !external_node_fs_default().statSync(dir).isDirectory())
        throw new config/* ConfigError */.xL(`path ${root} is not a directory`);
    external_node_fs_default().mkdirSync(dir, { recursive: true });
    const result = { created: [], kept: [] };
    for (const file of planInit(dir)) {
        const abs = external_node_path_default().join(dir, ...file.path.split("/"));
        external_node_fs_default().mkdirSync(external_node_path_default().dirname(abs), { recursive: true });
        try {
            external_node_fs_default().writeFileSync(abs, file.content, { flag: "wx" });
            result.created.push(file);
        }
        catch (e) {
            if (e.code !== "EEXIST")
                throw e;
            result.kept.push(file);
        }
    }
    return result;
}
function renderInit(root, r) {
    const out = [`aigis init: ${r.created.length} file(s) created in ${root}`];
    const width = Math.max(0, ...[...r.created, ...r.kept].map((f) => f.path.length));
    for (const f of r.created)
        out.push(`  created  ${f.path.padEnd(width)}  ${f.what}`);
    for (const f of r.kept)
        out.push(`  kept     ${f.path.padEnd(width)}  already exists, left as it is`);
    if (r.created.length === 0)
        out.push("  nothing to scaffold: every artifact aigis looks for is already there.");
    out.push("", `Next: replace the TODOs, then run \`aigis check ${root}\`: each finding points at a TODO still to fill.`);
    return out.join("\n") + "\n";
}


/***/ }),

/***/ 1502:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Av: () => (/* binding */ isThreshold),
/* harmony export */   M0: () => (/* binding */ meetsThreshold),
/* harmony export */   Rm: () => (/* binding */ THRESHOLDS),
/* harmony export */   _Z: () => (/* binding */ isSeverity),
/* harmony export */   qs: () => (/* binding */ severityRank)
/* harmony export */ });
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(440);

const THRESHOLDS = [..._types_js__WEBPACK_IMPORTED_MODULE_0__/* .SEVERITIES */ .o, "none"];
/** critical → 0 … low → 3. */
function severityRank(s) {
    return _types_js__WEBPACK_IMPORTED_MODULE_0__/* .SEVERITIES */ .o.indexOf(s);
}
function isSeverity(v) {
    return typeof v === "string" && _types_js__WEBPACK_IMPORTED_MODULE_0__/* .SEVERITIES */ .o.includes(v);
}
function isThreshold(v) {
    return typeof v === "string" && THRESHOLDS.includes(v);
}
/** True when a finding of severity `s` fails a check whose threshold is `t`. */
function meetsThreshold(s, t) {
    return t !== "none" && severityRank(s) <= severityRank(t);
}


/***/ }),

/***/ 440:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   o: () => (/* binding */ SEVERITIES),
/* harmony export */   x: () => (/* binding */ POLICY_INPUT_VERSION)
/* harmony export */ });
// Shared shapes of one aigis run. The PolicyInput part is the contract with the Rego rules and is
// described by schema/policy-input.schema.json; change both together and bump POLICY_INPUT_VERSION.
const POLICY_INPUT_VERSION = 1;
const SEVERITIES = ["critical", "high", "medium", "low"];


/***/ }),

/***/ 4660:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Hd: () => (/* binding */ isTerminal),
/* harmony export */   T$: () => (/* binding */ progressRenderer)
/* harmony export */ });
/* unused harmony export describeProgress */
const CLEAR = "\r\u001b[K";
const fmt = (n) => n.toLocaleString("en-US");
function describeProgress(e) {
    switch (e.phase) {
        case "discover":
            return `aigis: discovering files… ${fmt(e.files)} found`;
        case "read":
            return `aigis: reading ${fmt(e.done)}/${fmt(e.total)} candidate files… ${fmt(e.artifacts)} artifacts`;
        case "evaluate":
            return `aigis: evaluating ${fmt(e.rules)} rules over ${fmt(e.artifacts)} artifacts…${e.chunks ? ` chunk ${fmt(e.chunks.done)}/${fmt(e.chunks.total)}` : ""}`;
        case "evaluated":
            return `aigis: evaluated ${fmt(e.rules)} rules over ${fmt(e.artifacts)} artifacts`;
    }
}
function isTerminal(stream) {
    return !!stream && stream.isTTY === true;
}
function progressRenderer(stream, { delayMs = 300, intervalMs = 100, now = Date.now } = {}) {
    const start = now();
    let last = -Infinity;
    let lastPhase = null;
    let drawn = false;
    return {
        update(event) {
            const t = now();
            if (t - start < delayMs)
                return;
            // A new phase is drawn at once (evaluation can take a while with nothing else to show).
            if (event.phase === lastPhase && t - last < intervalMs)
                return;
            const width = Math.max(20, (stream.columns ?? 80) - 1);
            stream.write(CLEAR + describeProgress(event).slice(0, width));
            drawn = true;
            last = t;
            lastPhase = event.phase;
        },
        done() {
            if (drawn)
                stream.write(CLEAR);
            drawn = false;
        },
    };
}


/***/ }),

/***/ 3301:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   n: () => (/* binding */ ArtifactError)
/* harmony export */ });
/** Thrown by a reader for a file it recognised but could not read; becomes a ReadError. */
class ArtifactError extends Error {
    reason;
    line;
    column;
    constructor(reason, line = 1, column = 1) {
        super(reason);
        this.reason = reason;
        this.line = line;
        this.column = column;
    }
    toReadError(path) {
        return { path, line: Math.max(1, this.line), column: Math.max(1, this.column), reason: this.reason };
    }
}


/***/ }),

/***/ 5510:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   N: () => (/* binding */ validator)
/* harmony export */ });
/* harmony import */ var ajv_formats_dist_formats_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(779);
/* harmony import */ var node_module__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(8995);
/* harmony import */ var node_module__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_module__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(3136);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__nccwpck_require__.n(node_url__WEBPACK_IMPORTED_MODULE_2__);
// The JSON Schema validators that scripts/gen-validators.mjs precompiles with ajv's standalone code
// generation (src/generated/*.cjs), loaded on first use: a run reads and compiles only the ones it
// needs (a repository with 1.6 BOMs never loads the 1.5 and 1.7 validators). The files require
// nothing; each exports create(formats), which takes ajv-formats' format functions.



// ncc copies each file named here next to the bundle and puts the copy's path (a string) in place of
// the URL. Its asset relocator has to parse this module to do that: keep the syntax plain (it does
// not know `??=`, for one); when it cannot, webpack copies the files under hashed names instead.
const FILES = {
    "cyclonedx-1.5": __nccwpck_require__.ab + "cyclonedx-1.5.cjs",
    "cyclonedx-1.6": __nccwpck_require__.ab + "cyclonedx-1.6.cjs",
    "cyclonedx-1.7": __nccwpck_require__.ab + "cyclonedx-1.7.cjs",
    "aigis-config": __nccwpck_require__.ab + "aigis-config.cjs",
};
const load = (0,node_module__WEBPACK_IMPORTED_MODULE_1__.createRequire)(import.meta.url);
const loaded = new Map();
/** The validator generated as src/generated/<name>.cjs; null when there is none by that name. */
function validator(name) {
    let v = loaded.get(name);
    if (!v) {
        const file = Object.hasOwn(FILES, name) ? FILES[name] : undefined;
        if (file === undefined)
            return null;
        const create = load(file instanceof URL ? (0,node_url__WEBPACK_IMPORTED_MODULE_2__.fileURLToPath)(file) : file);
        v = create(ajv_formats_dist_formats_js__WEBPACK_IMPORTED_MODULE_0__/* .fullFormats */ .U9);
        loaded.set(name, v);
    }
    return v;
}


/***/ }),

/***/ 74:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   h: () => (/* binding */ parseYaml)
/* harmony export */ });
/* unused harmony export MAX_YAML_ALIASES */
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(8815);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(3301);


/** Alias expansion cap: an alias bomb is refused instead of expanded (yaml's own guard). */
const MAX_YAML_ALIASES = 100;
/**
 * Parses YAML keeping positions. Duplicate keys, syntax errors and alias bombs become an
 * ArtifactError carrying the line of the problem. `startLine` shifts positions for YAML that is
 * embedded in a larger file (front matter).
 */
function parseYaml(text, startLine = 1) {
    const lineCounter = new yaml__WEBPACK_IMPORTED_MODULE_0__/* .LineCounter */ .HN();
    const doc = (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .parseDocument */ .Tp)(text, { lineCounter, uniqueKeys: true, strict: true, prettyErrors: false, schema: "core" });
    const at = (offset) => {
        const p = lineCounter.linePos(offset);
        return { line: p.line + startLine - 1, column: p.col };
    };
    const problem = doc.errors[0];
    if (problem) {
        const pos = at(problem.pos[0]);
        const reason = problem.code === "DUPLICATE_KEY" ? "duplicate key in YAML" : `invalid YAML: ${firstLine(problem.message)}`;
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ArtifactError */ .n(reason, pos.line, pos.column);
    }
    let value;
    try {
        value = doc.toJS({ maxAliasCount: MAX_YAML_ALIASES });
    }
    catch (e) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ArtifactError */ .n(`YAML could not be expanded: ${firstLine(String(e.message ?? e))}`, startLine, 1);
    }
    return {
        value,
        locate(path) {
            let node = doc.contents;
            let keyOffset = null;
            for (const seg of path) {
                keyOffset = null;
                if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(node)) {
                    const pair = node.items.find((p) => ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(p.key) ? String(p.key.value) : String(p.key)) === String(seg));
                    if (!pair)
                        return null;
                    keyOffset = (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(pair.key) && pair.key.range ? pair.key.range[0] : null;
                    node = pair.value;
                }
                else if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isSeq */ .oP)(node) && typeof seg === "number") {
                    node = node.items[seg];
                    if (node === undefined)
                        return null;
                }
                else {
                    return null;
                }
            }
            if (keyOffset !== null)
                return at(keyOffset);
            const range = node?.range;
            return range ? at(range[0]) : null;
        },
    };
}
function firstLine(s) {
    return s.split("\n")[0].replace(/ at line \d+, column \d+:?$/, "").trim();
}


/***/ }),

/***/ 6121:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   e: () => (/* binding */ ControlIndex)
/* harmony export */ });
// The control catalog (catalog/controls.json, shipped as dist/policy/catalog.json).
class ControlIndex {
    catalog;
    byKey = new Map();
    constructor(catalog) {
        this.catalog = catalog;
        for (const f of catalog.frameworks)
            for (const c of f.controls)
                this.byKey.set(c.key, { control: c, framework: f });
    }
    get(key) {
        return this.byKey.get(key);
    }
    /** Cited keys plus their same-title equivalents in newer OWASP editions (editorial crosswalk). */
    expand(keys) {
        const out = new Set(keys);
        const cw = this.catalog.crosswalks.find((c) => c.id === "owasp-llm-2025->owasp-llm-2026");
        for (const [from, to] of cw?.pairs ?? [])
            if (out.has(from))
                out.add(to);
        return [...out];
    }
}


/***/ }),

/***/ 5733:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   PL: () => (/* binding */ rulesReference),
/* harmony export */   dm: () => (/* binding */ renderRulesMarkdown),
/* harmony export */   s3: () => (/* binding */ renderExplain),
/* harmony export */   yr: () => (/* binding */ renderRulesJson),
/* harmony export */   z_: () => (/* binding */ renderRulesText)
/* harmony export */ });
/* harmony import */ var _catalog_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(6121);

function rulesReference(rules, catalog) {
    const index = new _catalog_js__WEBPACK_IMPORTED_MODULE_0__/* .ControlIndex */ .e(catalog);
    return [...rules]
        .sort((a, b) => (a.id < b.id ? -1 : 1))
        .map((r) => ({
        id: r.id,
        title: r.title,
        severity: r.severity,
        effort: r.effort ?? "small",
        applies_to: [...r.applies_to],
        description: r.description,
        remediation: r.remediation,
        example: r.example ?? null,
        heuristic: r.heuristic === true,
        controls: r.controls.map((key) => {
            const c = index.get(key);
            return { key, title: c?.control.title ?? key, url: c?.control.url ?? "", mapping: (r.crosswalk_backed ?? []).includes(key) ? "crosswalk" : "judgement" };
        }),
    }));
}
function renderRulesText(refs) {
    const lines = refs.map((r) => `${r.id.padEnd(14)} ${r.severity.padEnd(8)} ${r.title}${r.heuristic ? " (heuristic)" : ""}`);
    return lines.join("\n") + "\n";
}
function renderRulesJson(refs) {
    return JSON.stringify({ rules: refs }, null, 2) + "\n";
}
const oneLine = (s) => s.replace(/\s*\n\s*/g, " ").trim();
function renderRulesMarkdown(refs) {
    const out = [
        "# aigis rules reference",
        "",
        "Generated from each rule's `# METADATA` block and `catalog/controls.json` by",
        "`node dist/cli/index.js rules --format markdown`; do not edit by hand.",
        "",
        "Each cited control is marked **crosswalk** when a published crosswalk (NIST's AI RMF → ISO/IEC 42001",
        "crosswalk, or OWASP's Agentic → LLM Top 10 mapping) pairs it with another control the same rule cites,",
        "and **judgement** when the mapping is the project's own. The build checks every crosswalk mark.",
        "",
        "| id | severity | title | applies to |",
        "|---|---|---|---|",
        ...refs.map((r) => `| [${r.id}](#${r.id.toLowerCase()}) | ${r.severity} | ${r.title}${r.heuristic ? " (heuristic)" : ""} | ${r.applies_to.join(", ")} |`),
        "",
    ];
    for (const r of refs) {
        out.push(`## ${r.id}`, "", `**${r.title}** · severity ${r.severity} · effort ${r.effort}${r.heuristic ? " · heuristic" : ""}`, "");
        out.push(oneLine(r.description), "");
        out.push(`**Fix:** ${oneLine(r.remediation)}`, "");
        if (r.example)
            out.push("```", r.example, "```", "");
        out.push("| control | title | mapping |", "|---|---|---|");
        for (const c of r.controls)
            out.push(`| ${c.url ? `[${c.key}](${c.url})` : c.key} | ${c.title} | ${c.mapping} |`);
        out.push("");
    }
    return out.join("\n");
}
/** `aigis explain RULE-ID`: what the rule is for, the controls it cites, how to fix and how to waive. */
function renderExplain(ref) {
    const out = [
        `${ref.id}: ${ref.title}`,
        `severity ${ref.severity} · effort ${ref.effort}${ref.heuristic ? " · heuristic" : ""} · applies to ${ref.applies_to.join(", ") || "read errors"}`,
        "",
        oneLine(ref.description),
        "",
        "Controls (crosswalk = backed by a published crosswalk, judgement = the project's mapping):",
        ...ref.controls.map((c) => `  ${c.key.padEnd(28)} ${c.title} [${c.mapping}]${c.url ? `\n  ${"".padEnd(28)} ${c.url}` : ""}`),
        "",
        "How to fix:",
        `  ${oneLine(ref.remediation)}`,
    ];
    if (ref.example)
        out.push("", "Example:", ...ref.example.split("\n").map((l) => `  ${l}`));
    out.push("", "How to waive (accountable and temporary: a waived finding is listed as suppressed and never fails the check), in .aigis.yml:", "  waivers:", `    - rule: ${ref.id}`, '      path: "models/legacy/**"        # glob of the files it covers', "      reason: why the gap is accepted for now", "      owner: who answers for it", "      expires: YYYY-MM-DD             # at most waiver-max-days (default 365) from today", "Or inside the artifact, unless the configuration sets inline-waivers: forbid:", `  front matter:  aigis: {waivers: [{rule: ${ref.id}, reason: ..., owner: ..., expires: YYYY-MM-DD}]}`, `  CycloneDX:     {"name": "aigis:waive", "value": "${ref.id} until YYYY-MM-DD by <owner>: <reason>"}`, `Or switch it off for the repository: rules: {${ref.id}: off}`);
    return out.join("\n") + "\n";
}


/***/ }),

/***/ 2302:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  Fo: () => (/* binding */ collect),
  eF: () => (/* binding */ run)
});

// UNUSED EXPORTS: policyInput, scan

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
var external_node_fs_default = /*#__PURE__*/__nccwpck_require__.n(external_node_fs_);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
var external_node_path_default = /*#__PURE__*/__nccwpck_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/config/config.ts
var config = __nccwpck_require__(1122);
// EXTERNAL MODULE: ./src/config/schema.ts
var schema = __nccwpck_require__(131);
;// CONCATENATED MODULE: ./src/config/check.ts


function checkAgainstPolicy(cfg, rules, defaults) {
    const line = (p) => cfg.lineOf?.(p) ?? null;
    const ids = rules.map((r) => r.id);
    const unknownRule = (id) => `${id} is not a known rule${(0,schema/* suggest */.ZA)(id, ids).startsWith(" (did") ? (0,schema/* suggest */.ZA)(id, ids) : " (`aigis rules` lists them)"}`;
    for (const id of Object.keys(cfg.rules)) {
        if (!ids.includes(id))
            throw new config/* ConfigError */.xL(`rules.${unknownRule(id)}`, cfg.source, line(["rules", id]));
    }
    cfg.waivers.forEach((w, i) => {
        if (!ids.includes(w.rule))
            throw new config/* ConfigError */.xL(`waivers[${i}].rule ${unknownRule(w.rule)}`, cfg.source, line(["waivers", i, "rule"]));
    });
    const known = Object.keys(defaults).sort();
    for (const k of Object.keys(cfg.params)) {
        if (!(k in defaults))
            throw new config/* ConfigError */.xL(`params.${k}: unknown parameter "${k}"${(0,schema/* suggest */.ZA)(k, known)}`, cfg.source, line(["params", k]));
    }
}

// EXTERNAL MODULE: ./src/engine/engine.ts + 1 modules
var engine_engine = __nccwpck_require__(1927);
;// CONCATENATED MODULE: external "node:os"
const external_node_os_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");
var external_node_os_default = /*#__PURE__*/__nccwpck_require__.n(external_node_os_namespaceObject);
// EXTERNAL MODULE: external "node:module"
var external_node_module_ = __nccwpck_require__(8995);
;// CONCATENATED MODULE: ./src/lazy-builtins.ts
// Node built-ins that only some runs need (custom policies compiled with opa, a bundle's gzip, git for
// a pull request's changed files), loaded on first use: importing child_process alone took ~4 ms of
// every run's start.

const load = (0,external_node_module_.createRequire)(import.meta.url);
const childProcess = () => load("node:child_process");
const zlib = () => load("node:zlib");

;// CONCATENATED MODULE: ./src/custom/compile.ts
// Compiles a directory of the team's Rego rules to a wasm bundle with the OPA CLI on PATH, together
// with the built-in rule library aigis ships in dist/policy/rego (so `data.aigis.lib` and the
// aggregator `data.aigis.main.findings` are the same ones the built-in rules use), after type-checking
// it against the PolicyInput schema shipped in dist/policy/schema.






const ENTRYPOINT = "aigis/main/findings";
/** `opa build -t wasm` of the library plus `dir`; returns the bundle (.tar.gz) bytes. */
function compileDir(dir, ctx) {
    const library = external_node_path_default().join(ctx.policyDir, "rego");
    const schemas = external_node_path_default().join(ctx.policyDir, "schema");
    if (!external_node_fs_default().existsSync(external_node_path_default().join(library, "main"))) {
        throw new engine_engine/* EngineError */.NJ(`this aigis build does not ship its Rego library (${library}); rebuild it with npm run build:policies`);
    }
    const version = childProcess().spawnSync("opa", ["version"], { encoding: "utf8" });
    if (version.error) {
        throw new config/* ConfigError */.xL("custom-policies.dir is compiled with the OPA CLI, and `opa` is not on PATH: install it (in a workflow, open-policy-agent/setup-opa), " +
            "or build a bundle once with `opa build -t wasm -e aigis/main/findings` and set custom-policies.bundle (docs/custom-rules.md)", ...splitSource(ctx.source));
    }
    const tmp = external_node_fs_default().mkdtempSync(external_node_path_default().join(external_node_os_default().tmpdir(), "aigis-custom-"));
    try {
        const opa = (args, what) => {
            const res = childProcess().spawnSync("opa", args, { encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
            if (res.status !== 0) {
                const detail = ctx.display(`${res.stdout ?? ""}${res.stderr ?? ""}`.trim()) || `opa exited with status ${res.status}`;
                throw new config/* ConfigError */.xL(`custom-policies.dir: ${what} failed:\n${detail}`, ...splitSource(ctx.source));
            }
        };
        opa(["check", "--ignore", "*_test.rego", "--schema", schemas, library, dir], "opa check (against the PolicyInput schema)");
        const out = external_node_path_default().join(tmp, "bundle.tar.gz");
        opa(["build", "-t", "wasm", "-e", ENTRYPOINT, "--ignore", "*_test.rego", "-o", out, library, dir], "opa build -t wasm");
        return external_node_fs_default().readFileSync(out);
    }
    finally {
        external_node_fs_default().rmSync(tmp, { recursive: true, force: true });
    }
}
/** `file:line` → ConfigError's file and line. */
function splitSource(source) {
    const m = /^(.*):(\d+)$/.exec(source);
    return m ? [m[1], Number(m[2])] : [source, null];
}

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __nccwpck_require__(8815);
// EXTERNAL MODULE: ./src/config/waiver-syntax.ts
var waiver_syntax = __nccwpck_require__(5458);
;// CONCATENATED MODULE: ./src/custom/metadata.ts
// Rule metadata of custom Rego rules, read from their `# METADATA` blocks in TypeScript (the same
// contract scripts/build-policies.mjs enforces on the built-in rules through `opa inspect -a`), so a
// prebuilt bundle needs no OPA CLI: title, description and, under `custom:`, id, severity, controls,
// applies_to and remediation.



/** Package, package-scoped METADATA and whether a `deny` rule is defined. */
function parseRegoModule(file, source) {
    const lines = source.split(/\r\n|\r|\n/);
    const pkgIndex = lines.findIndex((l) => /^\s*package\s+\S/.test(l));
    const pkg = pkgIndex >= 0 ? (/^\s*package\s+([A-Za-z_][\w.]*)/.exec(lines[pkgIndex])?.[1] ?? null) : null;
    let metadata = null;
    if (pkgIndex >= 0) {
        // The comment block directly above `package`, from its `# METADATA` line on.
        let start = pkgIndex;
        while (start > 0 && /^\s*#/.test(lines[start - 1]))
            start--;
        const header = lines.slice(start, pkgIndex).findIndex((l) => /^\s*#\s*METADATA\s*$/.test(l));
        if (header >= 0) {
            const first = start + header;
            const body = lines.slice(first + 1, pkgIndex).map((l) => l.replace(/^\s*#/, ""));
            const yamlText = body.every((l) => l === "" || l.startsWith(" ")) ? body.map((l) => l.slice(1)).join("\n") : body.join("\n");
            let value;
            try {
                value = (0,dist/* parse */.qg)(yamlText, { schema: "core" });
            }
            catch (e) {
                throw new config/* ConfigError */.xL(`the METADATA block is not valid YAML (${String(e.message).split("\n")[0]}); indent it as YAML after "# "`, file, first + 1);
            }
            metadata = { value, line: first + 1 };
        }
    }
    const hasDeny = lines.some((l) => /^deny\s*(contains\b|\[|:?=|if\b|\{)/.test(l));
    return { file, package: pkg, packageLine: pkgIndex + 1, metadata, hasDeny };
}
const SEVERITIES = ["critical", "high", "medium", "low"];
const metadata_text = (v) => (typeof v === "string" && v.trim() ? v.trim() : null);
/**
 * The RuleMeta of a custom rule package, checked: every field the built-in rules must have, ids
 * that are the team's own, controls from the catalog. Errors name the file and line and the fix.
 */
function customRuleMeta(m, knownControls) {
    const fail = (msg, line = m.metadata?.line ?? m.packageLine) => {
        throw new config/* ConfigError */.xL(msg, m.file, line);
    };
    const pkg = m.package;
    if (pkg.split(".").length !== 4)
        fail(`package ${pkg} must be aigis.rules.<area>.<name> (two levels below aigis.rules) for aigis to collect its findings`, m.packageLine);
    if (!m.metadata) {
        fail(`package ${pkg} has no METADATA block: put "# METADATA" with title, description and custom: {id, severity, controls, applies_to, remediation} directly above the package line`, m.packageLine);
    }
    if (!m.hasDeny)
        fail(`package ${pkg} defines no deny rule, so it can never report: write \`deny contains lib.finding(artifact, pointer, message) if { … }\``, m.packageLine);
    const a = (m.metadata.value ?? {});
    if (typeof a !== "object" || Array.isArray(a))
        fail("the METADATA block must be a YAML mapping (title:, description:, custom:)");
    const c = (a["custom"] ?? {});
    if (typeof c !== "object" || Array.isArray(c))
        fail("METADATA custom: must be a mapping with id, severity, controls, applies_to and remediation");
    const missing = (what) => fail(`METADATA of ${pkg} has no ${what}; every rule needs title, description and custom: {id, severity, controls, applies_to, remediation}`);
    const id = metadata_text(c["id"]) ?? missing("custom.id");
    if (!waiver_syntax/* RULE_ID */.B.test(id))
        fail(`custom.id "${id}" is not a rule id: write PREFIX-AREA-NNN, e.g. ACME-ML-001`);
    if (id.startsWith("AIGIS-"))
        fail(`custom.id ${id}: the AIGIS- prefix is reserved for built-in rules; use your own, e.g. ACME-ML-001`);
    const title = metadata_text(a["title"]) ?? missing("title");
    const description = metadata_text(a["description"]) ?? missing("description");
    const severity = metadata_text(c["severity"]) ?? missing("custom.severity");
    if (!SEVERITIES.includes(severity))
        fail(`custom.severity "${severity}" must be one of ${SEVERITIES.join(", ")}`);
    const remediation = metadata_text(c["remediation"]) ?? missing("custom.remediation");
    const controls = c["controls"];
    if (!Array.isArray(controls) || controls.length === 0 || controls.some((k) => typeof k !== "string"))
        missing("custom.controls (a list of control ids such as iso42001:A.6.2.7)");
    for (const key of controls) {
        if (!knownControls.has(key))
            fail(`custom.controls cites ${key}, which is not in the control catalog (ids look like iso42001:A.6.2.7, nist-ai-rmf:MAP 1.1, owasp-llm:LLM03:2025; see catalog/controls.json)`);
    }
    const appliesTo = c["applies_to"];
    if (!Array.isArray(appliesTo) || appliesTo.length === 0 || appliesTo.some((k) => typeof k !== "string" || !/^[a-z_]+$/.test(k))) {
        missing("custom.applies_to (the artifact kinds it judges, e.g. [model_card]; readiness counts its controls as met only where those exist)");
    }
    const effort = c["effort"] ?? "small";
    if (!["small", "medium", "large"].includes(String(effort)))
        fail(`custom.effort must be small, medium or large; got ${JSON.stringify(effort)}`);
    const related = Array.isArray(a["related_resources"]) ? a["related_resources"].flatMap((r) => (typeof r === "string" ? [r] : r && typeof r === "object" && typeof r.ref === "string" ? [r.ref] : [])) : [];
    const example = typeof c["example"] === "string" ? c["example"].replace(/\s+$/, "") : undefined;
    return {
        id,
        package: pkg,
        title,
        description,
        severity: severity,
        controls: controls,
        crosswalk_backed: [],
        effort: effort,
        remediation,
        ...(example ? { example } : {}),
        related_resources: related,
        applies_to: appliesTo,
        ...(c["heuristic"] === true ? { heuristic: true } : {}),
        custom: true,
    };
}

;// CONCATENATED MODULE: ./src/custom/tar.ts
// Reads the gzip'd tar archives `opa build` writes (ustar, with PAX or GNU records for long names),
// in memory: nothing from a bundle is ever written to disk.

/** A bundle larger than this once decompressed is refused (the built-in policy is under 1 MiB). */
const MAX_BUNDLE_BYTES = 64 * 1024 * 1024;
class TarError extends Error {
}
/** File name (with a leading `/`, as OPA names bundle files) → contents. */
function untarGz(gz) {
    let buf;
    try {
        buf = zlib().gunzipSync(gz, { maxOutputLength: MAX_BUNDLE_BYTES });
    }
    catch (e) {
        const code = e.code;
        throw new TarError(code === "ERR_BUFFER_TOO_LARGE" ? `it is larger than ${MAX_BUNDLE_BYTES / 1048576} MiB uncompressed` : "it is not a gzip file (build it with opa build -t wasm)");
    }
    return untar(buf);
}
function field(header, start, length) {
    return header.subarray(start, start + length).toString("utf8").replace(/\0.*$/s, "");
}
function untar(buf) {
    const files = new Map();
    let longName = null;
    for (let off = 0; off + 512 <= buf.length;) {
        const header = buf.subarray(off, off + 512);
        if (header.every((b) => b === 0))
            break;
        const size = parseInt(field(header, 124, 12).trim() || "0", 8);
        if (!Number.isFinite(size) || size < 0 || off + 512 + size > buf.length)
            throw new TarError("it is not a valid tar archive (truncated or corrupt)");
        const type = String.fromCharCode(header[156] || 48);
        const body = buf.subarray(off + 512, off + 512 + size);
        off += 512 + Math.ceil(size / 512) * 512;
        if (type === "x") {
            const m = /(?:^|\n)\d+ path=([^\n]*)\n/.exec(body.toString("utf8"));
            if (m)
                longName = m[1];
            continue;
        }
        if (type === "L") {
            longName = body.toString("utf8").replace(/\0.*$/s, "");
            continue;
        }
        if (type === "g")
            continue;
        const prefix = field(header, 345, 155);
        const name = longName ?? (prefix ? `${prefix}/${field(header, 0, 100)}` : field(header, 0, 100));
        longName = null;
        if (type !== "0" && type !== "\0" && type !== "7")
            continue;
        files.set(name.startsWith("/") ? name : `/${name}`, Buffer.from(body));
    }
    return files;
}

;// CONCATENATED MODULE: ./src/custom/custom.ts
// Bring your own Rego: the team's rules (`custom-policies: {dir}` compiled at run time, or
// `{bundle}` built beforehand) become a second wasm module evaluated beside the built-in one, on the
// same PolicyInput. The module holds the aigis rule library too (lib, the aggregator, and — in a
// bundle — possibly the built-in rules of the version it was built against); only the findings of
// the team's own packages are taken from it, so built-in findings always come from the built-in
// module and match a run without custom policies byte for byte. Everything is checked before
// evaluation: metadata, control ids, entrypoint and the builtins the host provides.







async function loadCustomPolicies(spec, ctx) {
    const rel = (p) => {
        const r = external_node_path_default().relative(ctx.root, p);
        return !r.startsWith("..") && !external_node_path_default().isAbsolute(r) ? r.split((external_node_path_default()).sep).join("/") || "." : p;
    };
    if (!external_node_fs_default().existsSync(spec.path)) {
        throw new config/* ConfigError */.xL(`custom-policies.${spec.kind} ${rel(spec.path)} does not exist`, ...splitSource(spec.source));
    }
    const isDir = external_node_fs_default().statSync(spec.path).isDirectory();
    if (spec.kind === "dir" && !isDir)
        throw new config/* ConfigError */.xL(`custom-policies.dir ${rel(spec.path)} is not a directory (a .tar.gz goes in custom-policies.bundle)`, ...splitSource(spec.source));
    if (spec.kind === "bundle" && isDir)
        throw new config/* ConfigError */.xL(`custom-policies.bundle ${rel(spec.path)} is a directory (Rego sources go in custom-policies.dir)`, ...splitSource(spec.source));
    let bundleBytes;
    let rules = [];
    const bundleName = rel(spec.path);
    const where = spec.kind === "bundle" ? `custom-policies.bundle ${bundleName}` : `custom-policies.dir ${bundleName}`;
    const noRules = () => new config/* ConfigError */.xL(`${where} holds no rule package of its own (package aigis.rules.<area>.<name> with a METADATA block); see docs/custom-rules.md`, ...splitSource(spec.source));
    if (spec.kind === "dir") {
        // Metadata is checked before compiling: its errors need no OPA CLI.
        rules = customRules(regoFiles(spec.path).map((f) => parseRegoModule(rel(f), external_node_fs_default().readFileSync(f, "utf8"))), ctx.builtin, false);
        if (rules.length === 0)
            throw noRules();
        const library = external_node_path_default().join(ctx.builtin.dir, "rego");
        bundleBytes = compileDir(spec.path, {
            policyDir: ctx.builtin.dir,
            source: spec.source,
            display: (t) => t.split(`${library}${(external_node_path_default()).sep}`).join("aigis:").split(`${spec.path}${(external_node_path_default()).sep}`).join(`${rel(spec.path)}/`),
        });
    }
    else {
        bundleBytes = external_node_fs_default().readFileSync(spec.path);
    }
    let files;
    try {
        files = untarGz(bundleBytes);
    }
    catch (e) {
        if (e instanceof TarError)
            throw new config/* ConfigError */.xL(`custom-policies.bundle ${bundleName} cannot be read: ${e.message}`, ...splitSource(spec.source));
        throw e;
    }
    const manifest = readManifest(files, where, spec.source);
    const entry = manifest.find((w) => w.entrypoint === ENTRYPOINT);
    if (!entry) {
        throw new config/* ConfigError */.xL(`${where} has no wasm entrypoint ${ENTRYPOINT} (it has ${manifest.map((w) => w.entrypoint).join(", ") || "none"}): build it with opa build -t wasm -e ${ENTRYPOINT} <aigis rego library> <your rules>`, ...splitSource(spec.source));
    }
    const wasm = files.get(entry.module.startsWith("/") ? entry.module : `/${entry.module}`);
    if (!wasm)
        throw new config/* ConfigError */.xL(`${where}: the manifest names ${entry.module}, which is not in the bundle`, ...splitSource(spec.source));
    if (spec.kind === "bundle") {
        const modules = [...files].filter(([name]) => name.endsWith(".rego") && !name.endsWith("_test.rego")).map(([name, buf]) => parseRegoModule(`${bundleName}:${name}`, buf.toString("utf8")));
        rules = customRules(modules, ctx.builtin, true);
        if (rules.length === 0)
            throw noRules();
    }
    const dataBytes = files.get("/data.json") ?? Buffer.from("{}");
    let defaults;
    try {
        defaults = JSON.parse(dataBytes.toString("utf8")).aigis?.defaults ?? {};
    }
    catch {
        throw new config/* ConfigError */.xL(`${where}: data.json is not valid JSON`, ...splitSource(spec.source));
    }
    let engine;
    try {
        engine = await engine_engine/* Engine */.N$.load({ wasm: new Uint8Array(wasm), data: toArrayBuffer(dataBytes), entrypoint: ENTRYPOINT });
    }
    catch (e) {
        throw new engine_engine/* EngineError */.NJ(`${where}: ${e.message}`);
    }
    const packages = new Set(rules.map((r) => r.package));
    return {
        rules,
        defaults,
        evaluate: (input) => engine.evaluate(input).filter((f) => packages.has(f.rule_package)),
    };
}
/**
 * The team's rule packages, validated. In a bundle, packages of the built-in library are skipped
 * (the built-in module reports them); a rule with an AIGIS- id this version does not have means
 * the bundle was built against another aigis version.
 */
function customRules(modules, builtin, fromBundle) {
    const builtinPackages = new Set(builtin.rules.map((r) => r.package));
    const builtinIds = new Set(builtin.rules.map((r) => r.id));
    const known = new Set(builtin.catalog.frameworks.flatMap((f) => f.controls.map((c) => c.key)));
    const byPackage = new Map();
    for (const m of modules) {
        if (!m.package?.startsWith("aigis.rules."))
            continue;
        if (builtinPackages.has(m.package)) {
            if (fromBundle)
                continue;
            throw new config/* ConfigError */.xL(`package ${m.package} is a built-in rule's package: give your rule its own, e.g. aigis.rules.acme.${m.package.split(".").pop()}`, m.file, m.packageLine);
        }
        byPackage.set(m.package, [...(byPackage.get(m.package) ?? []), m]);
    }
    const rules = [];
    const ids = new Map();
    for (const [pkg, parts] of [...byPackage].sort(([a], [b]) => (a < b ? -1 : 1))) {
        // A package may span files; one of them carries the METADATA and one a deny rule.
        const withMeta = parts.filter((p) => p.metadata);
        if (withMeta.length > 1)
            throw new config/* ConfigError */.xL(`package ${pkg} has METADATA in more than one file (also ${withMeta[1].file}); keep one`, withMeta[0].file, withMeta[0].metadata.line);
        const main = { ...(withMeta[0] ?? parts[0]), hasDeny: parts.some((p) => p.hasDeny) };
        const id = main.metadata?.value?.custom?.id;
        if (fromBundle && typeof id === "string" && id.startsWith("AIGIS-")) {
            throw new config/* ConfigError */.xL(`rule ${id} (package ${pkg}) is not a rule of this aigis version: the bundle was built against another version's library; rebuild it against this one's (dist/policy/rego)`, main.file, main.metadata.line);
        }
        const meta = customRuleMeta(main, known);
        if (builtinIds.has(meta.id))
            throw new config/* ConfigError */.xL(`custom.id ${meta.id} is a built-in rule's id; use your own prefix`, main.file, main.metadata.line);
        if (ids.has(meta.id))
            throw new config/* ConfigError */.xL(`custom.id ${meta.id} is also used by ${ids.get(meta.id)}`, main.file, main.metadata.line);
        ids.set(meta.id, pkg);
        rules.push(meta);
    }
    return rules.sort((a, b) => (a.id < b.id ? -1 : 1));
}
function readManifest(files, where, source) {
    const raw = files.get("/.manifest");
    if (!raw)
        throw new config/* ConfigError */.xL(`${where} has no .manifest: build it with opa build -t wasm -e ${ENTRYPOINT}`, ...splitSource(source));
    try {
        const m = JSON.parse(raw.toString("utf8"));
        return (m.wasm ?? []).flatMap((w) => (typeof w.entrypoint === "string" && typeof w.module === "string" ? [{ entrypoint: w.entrypoint, module: w.module }] : []));
    }
    catch {
        throw new config/* ConfigError */.xL(`${where}: .manifest is not valid JSON`, ...splitSource(source));
    }
}
function regoFiles(dir) {
    const out = [];
    const walk = (d) => {
        for (const e of external_node_fs_default().readdirSync(d, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
            const p = external_node_path_default().join(d, e.name);
            if (e.isDirectory() && !e.name.startsWith("."))
                walk(p);
            else if (e.isFile() && e.name.endsWith(".rego") && !e.name.endsWith("_test.rego"))
                out.push(p);
        }
    };
    walk(dir);
    return out;
}
function toArrayBuffer(b) {
    return b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength);
}

;// CONCATENATED MODULE: ./src/readers/agent/classify.ts
// Which agent files a repository holds: by the names clients and tools give them, and by content
// (an `mcpServers` object in any JSON, a LiteLLM `model_list`, GitHub Models `messages`).

// Specific MCP client files, matched on the end of the path (lower case).
const MCP_PATHS = [
    [/(^|\/)\.mcp\.json$/, "claude-code"],
    [/(^|\/)\.vscode\/mcp\.json$/, "vscode"],
    [/(^|\/)\.cursor\/mcp\.json$/, "cursor"],
    [/(^|\/)\.roo\/mcp\.json$/, "roo"],
    [/(^|\/)\.kilocode\/mcp\.json$/, "kilo"],
    [/(^|\/)claude_desktop_config\.json$/, "claude-desktop"],
    [/(^|\/)cline_mcp_settings\.json$/, "cline"],
    [/(^|\/)mcp_settings\.json$/, "roo"],
    [/(^|\/)mcp_config\.json$/, "windsurf"],
    [/(^|\/)\.gemini\/settings\.json$/, "gemini"],
    [/(^|\/)\.claude\/settings(\.local)?\.json$/, "claude-settings"],
];
const INSTRUCTION_NAMES = /^(agents|claude|gemini|copilot-instructions)\.md$|\.instructions\.md$|^\.(clinerules|windsurfrules)$/i;
const DOC_NAMES = /^(readme|changelog|license|contributing|code_of_conduct)(\.[a-z]+)?$/i;
const TEXT_EXTENSIONS = new Set([".md", ".markdown", ".txt"]);
const inPromptsDir = (relPath) => relPath.split("/").slice(0, -1).some((seg) => /^prompts?$/i.test(seg));
/** The agent file a path names, whatever it holds, or null. */
function agentFileByName(relPath) {
    const p = relPath.toLowerCase();
    const name = external_node_path_default().posix.basename(relPath);
    const lower = name.toLowerCase();
    const ext = external_node_path_default().posix.extname(lower);
    for (const [re, dialect] of MCP_PATHS)
        if (re.test(p))
            return { format: "mcp", dialect, requireShape: false };
    if (lower === "mcp.json")
        return { format: "mcp", dialect: "mcp-json", requireShape: true };
    if (/\.prompt\.ya?ml$/.test(lower))
        return { format: "prompt", dialect: "github-models", requireShape: false };
    if (ext === ".prompty")
        return { format: "prompt", dialect: "prompty", requireShape: false };
    if (/\.(prompt|chatmode)\.md$/.test(lower))
        return { format: "prompt", dialect: "prompt-md", requireShape: false };
    if (lower === ".cursorrules" || (ext === ".mdc" && /(^|\/)\.cursor\/rules\//.test(p)))
        return { format: "prompt", dialect: "cursor-rules", requireShape: false };
    if (INSTRUCTION_NAMES.test(name) || (TEXT_EXTENSIONS.has(ext) && /(^|\/)\.(clinerules|windsurf\/rules|cursor\/rules|github\/instructions)\//.test(p))) {
        return { format: "prompt", dialect: /(^|\/)\.cursor\//.test(p) ? "cursor-rules" : "instructions", requireShape: false };
    }
    if (TEXT_EXTENSIONS.has(ext) && inPromptsDir(relPath) && !DOC_NAMES.test(name))
        return { format: "prompt", dialect: "prompt-text", requireShape: false };
    if (/^litellm[-_.]?(proxy[-_.]?)?config\.ya?ml$|^litellm\.ya?ml$/.test(lower))
        return { format: "gateway", dialect: "litellm", requireShape: true };
    return null;
}
/**
 * Files discovery must hand over although their extension is not one aigis reads otherwise:
 * `.prompty`, Cursor `.mdc` rules, dot-files such as `.cursorrules`, text prompts under prompts/.
 */
function isAgentCandidate(relPath) {
    const name = external_node_path_default().posix.basename(relPath).toLowerCase();
    const ext = external_node_path_default().posix.extname(name);
    return ext === ".prompty" || ext === ".mdc" || name === ".cursorrules" || name === ".windsurfrules" || name === ".clinerules" || (ext === ".txt" && inPromptsDir(relPath));
}
/** An agent file by name, else by content; null when the file is none. */
function classifyAgent(relPath, text) {
    const byName = agentFileByName(relPath);
    if (byName)
        return byName;
    const ext = external_node_path_default().posix.extname(relPath).toLowerCase();
    const head = text.slice(0, 65536);
    if (ext === ".json" || ext === ".jsonc") {
        if (/"mcpServers"\s*:/.test(head))
            return { format: "mcp", dialect: "mcp-json", requireShape: true };
        if (/(^|\/)\.vscode\/settings\.json$/i.test(relPath) && /"(chat\.tools\.[\w.]*autoApprove|mcp)"\s*:/.test(head))
            return { format: "mcp", dialect: "vscode-settings", requireShape: false };
        return null;
    }
    if (ext === ".yaml" || ext === ".yml") {
        if (/^model_list\s*:/m.test(head) || /^(litellm_settings|router_settings)\s*:/m.test(head))
            return { format: "gateway", dialect: "litellm", requireShape: true };
        if (/^messages\s*:/m.test(head) && /\brole\s*:/.test(head))
            return { format: "prompt", dialect: "github-models", requireShape: true };
    }
    return null;
}

// EXTERNAL MODULE: ./src/discover/glob.ts
var glob = __nccwpck_require__(2805);
;// CONCATENATED MODULE: ./src/discover/discover.ts




/** Directories that hold dependencies, caches or VCS data, never a team's own artifacts. */
const DEFAULT_EXCLUDES = [
    ".git", "node_modules", ".venv", "venv", "__pycache__", ".tox", ".mypy_cache", ".pytest_cache", ".terraform", ".cache",
];
const CANDIDATE_EXTENSIONS = new Set([".md", ".markdown", ".json", ".jsonld", ".yaml", ".yml", ".xml"]);
function isInside(root, target) {
    const rel = external_node_path_default().relative(root, target);
    return rel === "" || (!rel.startsWith("..") && !external_node_path_default().isAbsolute(rel));
}
/**
 * Walks the workspace once, in sorted order, and returns the files worth reading. Symbolic links
 * are followed only when they resolve to a file inside the workspace; linked directories are not
 * entered (no loops, no escape).
 */
function discover(opts) {
    const root = external_node_fs_default().realpathSync(opts.root);
    const candidates = [];
    const skipped = [];
    let filesSeen = 0;
    const excludes = [...DEFAULT_EXCLUDES, ...opts.exclude];
    const stack = [""];
    while (stack.length) {
        const dirRel = stack.pop();
        let entries;
        try {
            entries = external_node_fs_default().readdirSync(external_node_path_default().join(root, dirRel), { withFileTypes: true });
        }
        catch (e) {
            skipped.push({ path: dirRel || ".", reason: `directory could not be listed (${e.code ?? "error"})` });
            continue;
        }
        entries.sort((a, b) => (a.name < b.name ? 1 : a.name > b.name ? -1 : 0)); // reversed: the stack pops in order
        for (const entry of entries) {
            const rel = dirRel ? `${dirRel}/${entry.name}` : entry.name;
            if ((0,glob/* matchesAny */._)(excludes, rel))
                continue;
            const abs = external_node_path_default().join(root, rel);
            if (entry.isDirectory()) {
                stack.push(rel);
                continue;
            }
            let target = abs;
            if (entry.isSymbolicLink()) {
                let real;
                try {
                    real = external_node_fs_default().realpathSync(abs);
                }
                catch {
                    skipped.push({ path: rel, reason: "symbolic link that does not resolve (broken or a loop)" });
                    continue;
                }
                if (!isInside(root, real)) {
                    skipped.push({ path: rel, reason: "symbolic link that points outside the workspace; not followed" });
                    continue;
                }
                if (!external_node_fs_default().statSync(real).isFile())
                    continue;
                target = real;
            }
            else if (!entry.isFile())
                continue;
            filesSeen++;
            opts.onFile?.(filesSeen);
            // Agent prompt files come in their own extensions (.prompty, .mdc, .cursorrules, prompts/*.txt).
            if (!CANDIDATE_EXTENSIONS.has(external_node_path_default().extname(entry.name).toLowerCase()) && !isAgentCandidate(rel))
                continue;
            if (opts.include.length && !(0,glob/* matchesAny */._)(opts.include, rel))
                continue;
            candidates.push({ relPath: rel, absPath: target, size: external_node_fs_default().statSync(target).size });
        }
    }
    skipped.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
    return { candidates, skipped, filesSeen };
}

;// CONCATENATED MODULE: ./src/engine/chunks.ts

const utf8 = (text) => Buffer.from(text, "utf8");
/** One artifact (or any JSON value) as the serialized input holds it. */
const serializeArtifact = (artifact) => utf8(JSON.stringify(artifact));
/** Every artifact array of a PolicyInput, mapped (agent_configs may be missing in older inputs). */
function mapArtifacts(artifacts, f) {
    const of = (xs) => (xs ?? []).map(f);
    return { model_cards: of(artifacts.model_cards), datasets: of(artifacts.datasets), sboms: of(artifacts.sboms), governance: of(artifacts.governance), agent_configs: of(artifacts.agent_configs) };
}
function serializeInput(input) {
    return { ...input, artifacts: mapArtifacts(input.artifacts, serializeArtifact) };
}
/** The PolicyInput object again (for custom policies, which take the whole input at once). */
function materializeInput(input) {
    const parse = (x) => JSON.parse(Buffer.from(x.buffer, x.byteOffset, x.byteLength).toString("utf8"));
    return { ...input, artifacts: mapArtifacts(input.artifacts, parse) };
}
/**
 * Largest PolicyInput JSON, in bytes, evaluated at once. Chosen by measurement (docs/benchmark.md):
 * at 10,000 artifacts chunks of 256 KiB to 1 MiB evaluate in the same time (within 2 %), and
 * 512 KiB keeps the wasm memory at 25 MiB, where one evaluation of the whole input needed 1.1 GiB.
 */
const DEFAULT_CHUNK_BYTES = 512 * 1024;
/** The artifact arrays split across chunks; governance documents are shared by every chunk. */
const SPLIT_KINDS = ["model_cards", "datasets", "sboms", "agent_configs"];
/** A serialized PolicyInput cut into chunks of artifacts; each chunk's JSON is assembled when asked for. */
class InputChunks {
    input;
    ranges;
    constructor(input, 
    /** Per chunk, per split kind: the [start, end) range of that kind's artifacts. */
    ranges) {
        this.input = input;
        this.ranges = ranges;
    }
    static split(input, maxBytes = DEFAULT_CHUNK_BYTES) {
        const governance = input.artifacts.governance.reduce((n, g) => n + g.byteLength + 1, 0);
        const shared = governance + JSON.stringify(input.config).length + 300;
        // Every chunk repeats the governance documents; when they are large, chunks grow with them so
        // that the repetition costs at most as much again as the artifacts themselves.
        const budget = Math.max(1, maxBytes - shared, governance);
        const ranges = [];
        const start = () => Object.fromEntries(SPLIT_KINDS.map((k) => [k, [0, 0]]));
        let current = start();
        let size = 0;
        for (const kind of SPLIT_KINDS) {
            const list = input.artifacts[kind];
            for (let i = 0; i < list.length; i++) {
                const bytes = list[i].byteLength + 1;
                if (size > 0 && size + bytes > budget) {
                    ranges.push(current);
                    current = start();
                    size = 0;
                }
                if (current[kind][1] === 0)
                    current[kind] = [i, i];
                current[kind][1] = i + 1;
                size += bytes;
            }
        }
        ranges.push(current);
        return new InputChunks(input, ranges);
    }
    get count() {
        return this.ranges.length;
    }
    /** Chunk i as UTF-8 PolicyInput JSON: its share of the artifacts, every governance document, the read errors in the first. */
    bytes(i) {
        const { input } = this;
        const parts = [utf8(`{"schema_version":${JSON.stringify(input.schema_version)},"artifacts":{`)];
        const array = (name, items, last = false) => {
            parts.push(utf8(`"${name}":[`));
            items.forEach((item, j) => {
                if (j > 0)
                    parts.push(COMMA);
                parts.push(item);
            });
            parts.push(utf8(last ? "]" : "],"));
        };
        for (const kind of SPLIT_KINDS) {
            const [from, to] = this.ranges[i][kind];
            array(kind, input.artifacts[kind].slice(from, to));
        }
        array("governance", input.artifacts.governance, true);
        const errors = i === 0 ? input.errors : [];
        parts.push(utf8(`},"errors":${JSON.stringify(errors)},"repository":${JSON.stringify(input.repository)},"config":${JSON.stringify(input.config)}}`));
        // One ArrayBuffer of exactly the chunk's size (small Buffers are views into a shared pool), so
        // the engine hands it to the SDK without another copy.
        const out = new Uint8Array(parts.reduce((n, p) => n + p.byteLength, 0));
        let at = 0;
        for (const p of parts) {
            out.set(p, at);
            at += p.byteLength;
        }
        return out;
    }
    /** Chunk i as JSON text (tests and debugging). */
    json(i) {
        const b = this.bytes(i);
        return Buffer.from(b.buffer, b.byteOffset, b.byteLength).toString("utf8");
    }
}
const COMMA = Buffer.from(",");
/**
 * The findings of `input`, evaluated whole when it fits one chunk and in two passes over chunks
 * otherwise; sorted and free of duplicates either way, so the result does not depend on the split.
 */
function evaluateInChunks(engine, input, { maxBytes = DEFAULT_CHUNK_BYTES, onChunk } = {}) {
    const chunks = InputChunks.split(input, maxBytes);
    if (chunks.count > 1 && !engine.indexEntrypoint) {
        throw new engine_engine/* EngineError */.NJ("the compiled policy has no index entrypoint, so it cannot evaluate an input in chunks; rebuild it with npm run build:policies");
    }
    const unique = new Map();
    const evaluateAll = () => {
        for (let i = 0; i < chunks.count; i++) {
            const found = engine.evaluateJson(chunks.bytes(i), engine.entrypoint);
            if (!Array.isArray(found))
                throw new engine_engine/* EngineError */.NJ(`policy returned no findings list (got ${JSON.stringify(found).slice(0, 200)})`);
            for (const f of found)
                unique.set(JSON.stringify(f), f);
            onChunk?.(i + 1, chunks.count);
        }
    };
    if (chunks.count > 1)
        engine.withRepositoryIndex(mergeIndexes(engine, chunks), evaluateAll);
    else
        evaluateAll();
    const keys = [...unique.keys()].sort();
    return { findings: keys.map((k) => unique.get(k)), chunks: chunks.count };
}
/**
 * Every chunk's index merged, as JSON text: a set's members united; an object's keys united, a
 * key's sets united and its `true` kept. Members are sorted, so the text does not depend on the split.
 */
function mergeIndexes(engine, chunks) {
    const sets = new Map();
    const maps = new Map();
    const union = (into, values) => values.forEach((v) => into.add(JSON.stringify(v)));
    for (let i = 0; i < chunks.count; i++) {
        const local = engine.evaluateJson(chunks.bytes(i), engine.indexEntrypoint);
        if (!local || typeof local !== "object" || Array.isArray(local))
            throw new engine_engine/* EngineError */.NJ("the policy's index entrypoint returned no object");
        for (const [key, value] of Object.entries(local)) {
            if (Array.isArray(value)) {
                if (maps.has(key))
                    throw new engine_engine/* EngineError */.NJ(`the policy's index entry ${key} is a set in one chunk and an object in another`);
                if (!sets.has(key))
                    sets.set(key, new Set());
                union(sets.get(key), value);
            }
            else if (value && typeof value === "object") {
                if (sets.has(key))
                    throw new engine_engine/* EngineError */.NJ(`the policy's index entry ${key} is a set in one chunk and an object in another`);
                if (!maps.has(key))
                    maps.set(key, new Map());
                const map = maps.get(key);
                for (const [k, v] of Object.entries(value)) {
                    if (v === true)
                        map.set(k, true);
                    else if (Array.isArray(v)) {
                        const prev = map.get(k);
                        if (prev === true)
                            throw new engine_engine/* EngineError */.NJ(`the policy's index entry ${key}.${k} is both a flag and a set`);
                        union(prev ?? map.set(k, new Set()).get(k), v);
                    }
                    else
                        throw new engine_engine/* EngineError */.NJ(`the policy's index entry ${key}.${k} is neither a set nor true`);
                }
            }
            else
                throw new engine_engine/* EngineError */.NJ(`the policy's index entry ${key} is neither a set nor an object`);
        }
    }
    const setJson = (s) => `[${[...s].sort().join(",")}]`;
    const entries = [
        ...[...sets].map(([key, s]) => [key, setJson(s)]),
        ...[...maps].map(([key, m]) => {
            const inner = [...m.keys()].sort().map((k) => `${JSON.stringify(k)}:${m.get(k) === true ? "true" : setJson(m.get(k))}`);
            return [key, `{${inner.join(",")}}`];
        }),
    ].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${v}`).join(",")}}`;
}

// EXTERNAL MODULE: ./src/model/types.ts
var types = __nccwpck_require__(440);
;// CONCATENATED MODULE: ./src/readers/positions.ts
/** Maps character offsets of one text to 1-based line and column. */
class LineIndex {
    starts = [0];
    constructor(text) {
        for (let i = 0; i < text.length; i++) {
            const c = text.charCodeAt(i);
            if (c === 10)
                this.starts.push(i + 1);
            else if (c === 13 && text.charCodeAt(i + 1) !== 10)
                this.starts.push(i + 1);
        }
    }
    position(offset) {
        let lo = 0;
        let hi = this.starts.length - 1;
        while (lo < hi) {
            const mid = (lo + hi + 1) >> 1;
            if ((this.starts[mid] ?? 0) <= offset)
                lo = mid;
            else
                hi = mid - 1;
        }
        return { line: lo + 1, column: offset - (this.starts[lo] ?? 0) + 1 };
    }
}
/** RFC 6901 pointer segment escaping. */
function pointerJoin(base, ...segments) {
    return base + segments.map((s) => "/" + String(s).replace(/~/g, "~0").replace(/\//g, "~1")).join("");
}
/** "/a/b/0" → "/a/b" → "/a" → "". */
function parentPointer(pointer) {
    if (pointer === "")
        return null;
    const i = pointer.lastIndexOf("/");
    return i <= 0 ? "" : pointer.slice(0, i);
}
/** Offsets a position found inside an embedded text (front matter) by where that text starts. */
function shift(pos, startLine) {
    return { line: pos.line + startLine - 1, column: pos.column };
}

;// CONCATENATED MODULE: ./src/readers/values.ts
// Tolerant accessors for parsed JSON/YAML: readers meet documents of every shape in the wild, so
// they ask for "a string here" or "a list there" instead of trusting the declared types.
const isDict = (v) => typeof v === "object" && v !== null && !Array.isArray(v);
/** The value when it is an array, else an empty one. */
const arrayOf = (v) => (Array.isArray(v) ? v : []);
/** A list from one value or many: formats disagree on whether a single item is wrapped. */
const listOf = (v) => (Array.isArray(v) ? v : v === undefined || v === null ? [] : [v]);
/** Trimmed non-empty text; numbers and booleans are taken as written. */
function str(v) {
    if (typeof v === "string")
        return v.trim() || null;
    if (typeof v === "number" || typeof v === "boolean")
        return String(v);
    return null;
}
/** Every text in a value that may be one string or a list of them. */
function strings(v) {
    return listOf(v).flatMap((x) => (str(x) === null || isDict(x) ? [] : [str(x)]));
}
/** Joins the non-empty parts with a newline; null when nothing is left. */
function joinText(parts, separator = "\n") {
    const kept = parts.filter((p) => typeof p === "string" && p.trim() !== "");
    return kept.length ? kept.join(separator) : null;
}
function unique(xs) {
    return [...new Set(xs)];
}
const dictAt = (v, key) => (isDict(v) && isDict(v[key]) ? v[key] : {});

;// CONCATENATED MODULE: ./src/readers/shape-check.ts

const obj = (object, extra = {}) => ({ object, ...extra });
const arr = (array) => ({ array });
const anyOf = (...shapes) => ({ anyOf: shapes });
function typeName(shape) {
    if (typeof shape === "string")
        return shape === "any" ? "a value" : `a ${shape}`;
    if ("object" in shape)
        return "a mapping";
    if ("array" in shape)
        return "a list";
    return shape.anyOf.map(typeName).join(" or ");
}
function matches(value, shape) {
    if (shape === "any")
        return true;
    if (shape === "string" || shape === "number" || shape === "boolean")
        return typeof value === shape;
    if ("object" in shape)
        return isDict(value);
    if ("array" in shape)
        return Array.isArray(value);
    return shape.anyOf.some((s) => matches(value, s));
}
/** Checks `value` against `shape`, adding one problem per mismatch; `label` names the format. */
function checkShape(value, shape, path, problems, label) {
    if (value === null || value === undefined)
        return;
    if (!matches(value, shape)) {
        const where = path.length ? String(path[path.length - 1]) : "document";
        problems.add(path, `${where} must be ${typeName(shape)} (${label})`);
        return;
    }
    if (typeof shape === "string")
        return;
    if ("anyOf" in shape) {
        const fit = shape.anyOf.find((s) => matches(value, s));
        if (fit)
            checkShape(value, fit, path, problems, label);
        return;
    }
    if ("array" in shape) {
        value.forEach((item, i) => checkShape(item, shape.array, [...path, i], problems, label));
        return;
    }
    const dict = value;
    for (const key of shape.required ?? []) {
        if (dict[key] === undefined)
            problems.add(path, `missing required property ${key} (${label})`);
    }
    for (const [key, v] of Object.entries(dict)) {
        const sub = shape.object[key];
        if (sub)
            checkShape(v, sub, [...path, key], problems, label);
        else if (shape.closed)
            problems.add([...path, key], `property ${key} is not part of ${label}`);
    }
}

;// CONCATENATED MODULE: ./src/readers/governance-meta.ts
// The aigis conventions for governance evidence (shared/reference/evidence-map.md §0.5): an
// `aigis:` front-matter block on Markdown documents and the AI system register's `systems` and
// `suppliers`. Both Markdown documents and the YAML register read them here.




const GOVERNANCE_KINDS = [
    "ai-policy", "impact-assessment", "incident-response", "acceptable-use", "responsible-ai", "monitoring-plan", "transparency-notice",
    "supplier-assessment", "eu-declaration-of-conformity", "system-register", "roles",
];
/** aigis kinds that name other artifacts, not governance documents. */
const NON_GOVERNANCE_KINDS = ["model-card", "dataset-card"];
const STATUSES = ["draft", "approved", "retired"];
const LIFECYCLES = ["design", "development", "production", "retired"];
const ISO_DATE = /^\d{4}-\d\d-\d\d([T ][\d:.]+(Z|[+-]\d\d:?\d\d)?)?$/;
// Default file names (and, under an `ai` or `governance` folder, folder names) per document kind.
const NAME_KINDS = [
    [/^(ai|artificial[-_ ]intelligence)[-_ ]?policy\.(md|markdown)$/i, "ai-policy"],
    [/(^|[-_])(ai[-_])?(system[-_])?impact[-_]assessment([-_.][^/]*)?\.(md|markdown)$/i, "impact-assessment"],
    [/^(ai[-_])?incident[-_]response([-_.][^/]*)?\.(md|markdown)$/i, "incident-response"],
    [/^(ai[-_])?acceptable[-_]use([-_.][^/]*)?\.(md|markdown)$/i, "acceptable-use"],
    [/^responsible[-_]ai([-_.][^/]*)?\.(md|markdown)$/i, "responsible-ai"],
    [/^(ai[-_])?monitoring[-_]plan([-_.][^/]*)?\.(md|markdown)$/i, "monitoring-plan"],
    [/^(ai[-_])?transparency[-_]notice([-_.][^/]*)?\.(md|markdown)$/i, "transparency-notice"],
    [/^(ai[-_])?supplier[-_]assessment([-_.][^/]*)?\.(md|markdown)$/i, "supplier-assessment"],
    [/^(ai[-_](roles|raci)|raci)\.(md|markdown)$/i, "roles"],
    [/^ai[-_]systems?([-_]register)?\.(md|markdown|ya?ml)$/i, "system-register"],
];
const FOLDER_KINDS = {
    impact: "impact-assessment", "impact-assessments": "impact-assessment", monitoring: "monitoring-plan", notices: "transparency-notice",
    "transparency-notices": "transparency-notice", suppliers: "supplier-assessment", "supplier-assessments": "supplier-assessment", incidents: "incident-response",
};
/** The document kind a path implies, or null. Folder names count only below an ai/ or governance/ folder. */
function governanceKindFromPath(relPath) {
    const name = external_node_path_default().posix.basename(relPath);
    for (const [re, kind] of NAME_KINDS)
        if (re.test(name))
            return kind;
    const dirs = external_node_path_default().posix.dirname(relPath).split("/");
    const parent = dirs[dirs.length - 1]?.toLowerCase() ?? "";
    const underAi = dirs.slice(0, -1).some((d) => /^(ai|ai[-_]governance|governance)$/i.test(d));
    if (underAi && FOLDER_KINDS[parent] && /\.(md|markdown)$/i.test(name) && !/^readme\./i.test(name))
        return FOLDER_KINDS[parent];
    return null;
}
/** The `aigis.kind` a front matter or register declares, if any. */
function declaredKind(v) {
    return isDict(v) && isDict(v["aigis"]) ? str(v["aigis"]["kind"]) : null;
}
const governance_meta_text = "string";
const textOrNumber = anyOf("string", "number");
const META_SHAPE = obj({
    kind: governance_meta_text, owner: textOrNumber, approved_by: governance_meta_text, approved_on: governance_meta_text, review_by: governance_meta_text, last_reviewed: governance_meta_text, status: governance_meta_text,
    version: textOrNumber, contact: governance_meta_text, concerns_contact: governance_meta_text, notify: arr(governance_meta_text),
    systems: arr(anyOf(governance_meta_text, obj({}))),
    objectives: arr(obj({ name: governance_meta_text, metric: governance_meta_text, target: textOrNumber })),
});
const SYSTEM_SHAPE = obj({
    id: textOrNumber, name: governance_meta_text, purpose: governance_meta_text, lifecycle: governance_meta_text, owner: anyOf(governance_meta_text, obj({ team: governance_meta_text, role: governance_meta_text, contact: governance_meta_text })),
    risk_tier: governance_meta_text, user_facing: "boolean", eu_market: "boolean", autonomy: governance_meta_text, human_oversight: governance_meta_text,
    models: arr(governance_meta_text), datasets: arr(governance_meta_text), services: arr(governance_meta_text), standards: arr(governance_meta_text),
    impact_assessment: governance_meta_text, monitoring: governance_meta_text, fallback: governance_meta_text, transparency_notice: governance_meta_text, logging: obj({ retention_days: "number" }),
});
const SUPPLIER_SHAPE = obj({ name: governance_meta_text, owner: governance_meta_text, assessment: governance_meta_text, assessed_on: governance_meta_text });
/**
 * Reads the governance metadata of a front matter or register: the `aigis:` block, falling back
 * to the same keys at the top level (teams write both). `base` is where `value` sits in `sm`'s document.
 */
function readMeta(value, base, sm, problems) {
    const block = isDict(value["aigis"]) ? value["aigis"] : null;
    if (value["aigis"] !== undefined && !block)
        problems.add([...base, "aigis"], "aigis must be a mapping (kind, owner, approved_by, …)");
    if (block)
        checkShape(block, META_SHAPE, [...base, "aigis"], problems, "the aigis front-matter convention");
    const get = (key) => {
        if (block && block[key] !== undefined)
            return { v: block[key], at: [...base, "aigis", key] };
        if (value[key] !== undefined)
            return { v: value[key], at: [...base, key] };
        return null;
    };
    // A missing key is reported at the aigis block, the nearest place where it belongs.
    const blockAt = block ? [...base, "aigis"] : base;
    const field = (key, normalized = key) => {
        const hit = get(key);
        if (!sm.map(`/${normalized}`, hit ? hit.at : blockAt))
            sm.set(`/${normalized}`, sm.positions[""]);
        return hit ? str(hit.v) : null;
    };
    const meta = {
        owner: field("owner"),
        approved_by: field("approved_by"),
        approved_on: field("approved_on"),
        review_by: field("review_by"),
        last_reviewed: field("last_reviewed"),
        status: field("status"),
        version: field("version"),
        contact: field("contact"),
        concerns_contact: field("concerns_contact"),
    };
    for (const key of ["approved_on", "review_by", "last_reviewed"]) {
        const v = meta[key];
        if (v && !ISO_DATE.test(v))
            problems.add(get(key).at, `${key} must be an ISO date (YYYY-MM-DD)`);
    }
    if (meta.status && !STATUSES.includes(meta.status))
        problems.add(get("status").at, `status must be one of ${STATUSES.join(", ")}`);
    const kind = block ? str(block["kind"]) : null;
    if (kind && !GOVERNANCE_KINDS.includes(kind))
        problems.add([...base, "aigis", "kind"], `unknown aigis kind "${kind}" (known: ${GOVERNANCE_KINDS.join(", ")})`);
    const systems = get("systems");
    const notify = get("notify");
    const objectives = get("objectives");
    sm.map("/notify", notify ? notify.at : blockAt);
    sm.map("/objectives", objectives ? objectives.at : blockAt);
    sm.map("/systems_covered", systems ? systems.at : blockAt);
    return {
        ...meta,
        // Per-system documents list system ids; a register lists the systems themselves.
        systems_covered: arrayOf(systems?.v).flatMap((s) => (isDict(s) ? [] : strings(s))),
        notify: strings(notify?.v),
        objectives: arrayOf(objectives?.v).flatMap((o) => (isDict(o) ? [{ name: str(o["name"]), metric: str(o["metric"]), target: str(o["target"]) }] : [])),
        systems: systems && arrayOf(systems.v).some(isDict) ? readSystems(systems.v, systems.at, sm, problems) : [],
    };
}
function readSystems(list, at, sm, problems) {
    const out = [];
    const seen = new Set();
    arrayOf(list).forEach((item, i) => {
        const itemAt = [...at, i];
        if (!isDict(item))
            return problems.add(itemAt, "each system must be a mapping (id, name, purpose, lifecycle, owner, …)");
        checkShape(item, SYSTEM_SHAPE, itemAt, problems, "the aigis system register");
        const pointer = pointerJoin("", "systems", out.length);
        sm.map(pointer, itemAt);
        const owner = item["owner"];
        const ownerDict = isDict(owner) ? owner : {};
        const loc = (field, ...raw) => sm.map(`${pointer}/${field}`, ...raw.map((r) => [...itemAt, ...r]));
        for (const key of ["id", "name", "purpose", "lifecycle", "risk_tier", "user_facing", "eu_market", "autonomy", "human_oversight", "models", "datasets", "services", "standards", "impact_assessment", "monitoring", "fallback", "transparency_notice"])
            loc(key, [key]);
        loc("owner", ["owner", "team"], ["owner", "role"], ["owner"]);
        loc("owner_contact", ["owner", "contact"], ["owner"]);
        loc("logging_retention_days", ["logging", "retention_days"], ["logging"]);
        const id = str(item["id"]);
        if (id && seen.has(id))
            problems.add([...itemAt, "id"], `system id "${id}" is used more than once`);
        if (id)
            seen.add(id);
        const lifecycle = str(item["lifecycle"]);
        if (lifecycle && !LIFECYCLES.includes(lifecycle))
            problems.add([...itemAt, "lifecycle"], `lifecycle must be one of ${LIFECYCLES.join(", ")}`);
        const retention = dictAt(item, "logging")["retention_days"];
        out.push({
            pointer,
            id,
            name: str(item["name"]),
            purpose: str(item["purpose"]),
            lifecycle,
            owner: isDict(owner) ? str(ownerDict["team"]) ?? str(ownerDict["role"]) ?? str(ownerDict["name"]) : str(owner),
            owner_contact: str(ownerDict["contact"]),
            risk_tier: str(item["risk_tier"]),
            user_facing: typeof item["user_facing"] === "boolean" ? item["user_facing"] : null,
            eu_market: typeof item["eu_market"] === "boolean" ? item["eu_market"] : null,
            autonomy: str(item["autonomy"]),
            human_oversight: str(item["human_oversight"]),
            models: strings(item["models"]),
            datasets: strings(item["datasets"]),
            services: strings(item["services"]),
            standards: strings(item["standards"]),
            impact_assessment: str(item["impact_assessment"]),
            monitoring: str(item["monitoring"]),
            fallback: str(item["fallback"]),
            transparency_notice: str(item["transparency_notice"]),
            logging_retention_days: typeof retention === "number" ? retention : null,
        });
    });
    return out;
}
function readSuppliers(list, at, sm, problems) {
    const out = [];
    arrayOf(list).forEach((item, i) => {
        const itemAt = [...at, i];
        if (!isDict(item))
            return problems.add(itemAt, "each supplier must be a mapping (name, owner, assessment, assessed_on)");
        checkShape(item, SUPPLIER_SHAPE, itemAt, problems, "the aigis system register");
        const pointer = pointerJoin("", "suppliers", out.length);
        sm.map(pointer, itemAt);
        for (const key of ["name", "owner", "assessment", "assessed_on"])
            sm.map(`${pointer}/${key}`, [...itemAt, key]);
        const assessedOn = str(item["assessed_on"]);
        if (assessedOn && !ISO_DATE.test(assessedOn))
            problems.add([...itemAt, "assessed_on"], "assessed_on must be an ISO date (YYYY-MM-DD)");
        out.push({ pointer, name: str(item["name"]), owner: str(item["owner"]), assessment: str(item["assessment"]), assessed_on: assessedOn });
    });
    return out;
}

// EXTERNAL MODULE: ./src/readers/errors.ts
var readers_errors = __nccwpck_require__(3301);
// EXTERNAL MODULE: ./src/readers/yaml-doc.ts
var yaml_doc = __nccwpck_require__(74);
;// CONCATENATED MODULE: ./src/readers/markdown.ts


// Same split rule as huggingface_hub's repocard.py, so aigis and the Hub agree on what the
// front matter is.
const FRONT_MATTER = /^(\s*---(?:\r\n|\r|\n))([\S\s]*?)((?:\r\n|\r|\n)---[ \t]*(\r\n|\n|$))/;
function splitFrontMatter(text) {
    const m = FRONT_MATTER.exec(text);
    if (!m)
        return null;
    const lead = m[1];
    const openLine = lead.split(/\r\n|\r|\n/).length - 1;
    return { yaml: m[2], startLine: openLine + 1, openLine };
}
function parseMarkdown(text) {
    const fm = splitFrontMatter(text);
    let frontMatter = null;
    let bodyStartLine = 1;
    if (fm) {
        frontMatter = (0,yaml_doc/* parseYaml */.h)(fm.yaml, fm.startLine);
        if (frontMatter.value !== null && frontMatter.value !== undefined && (typeof frontMatter.value !== "object" || Array.isArray(frontMatter.value))) {
            throw new readers_errors/* ArtifactError */.n("front matter must be a YAML mapping of keys to values", fm.startLine, 1);
        }
        bodyStartLine = fm.startLine + fm.yaml.split(/\r\n|\r|\n/).length + 1;
    }
    const lines = text.split(/\r\n|\r|\n/);
    return { frontMatter, frontMatterLine: fm ? fm.openLine : null, sections: scanSections(lines, bodyStartLine) };
}
/** ATX and setext headings outside fenced code, HTML comments and the front matter. */
function scanHeadings(lines, firstLine) {
    const headings = [];
    let fence = null;
    let inComment = false;
    // True while the previous line continues a paragraph: a setext underline only makes a heading of
    // a one-line paragraph here (multi-line setext titles do not occur in cards).
    let inParagraph = false;
    for (let i = firstLine - 1; i < lines.length; i++) {
        const line = lines[i];
        if (inComment) {
            if (line.includes("-->"))
                inComment = false;
            continue;
        }
        const fenceMatch = /^ {0,3}(`{3,}|~{3,})/.exec(line);
        if (fence) {
            if (fenceMatch && fenceMatch[1][0] === fence[0] && fenceMatch[1].length >= fence.length)
                fence = null;
            continue;
        }
        if (fenceMatch) {
            fence = fenceMatch[1];
            inParagraph = false;
            continue;
        }
        if (/^\s*<!--/.test(line)) {
            inComment = !line.includes("-->");
            inParagraph = false;
            continue;
        }
        const atx = /^( {0,3})(#{1,6})(?:[ \t]+(.*?))?[ \t]*(?:[ \t]#+[ \t]*)?$/.exec(line);
        if (atx) {
            headings.push({ title: (atx[3] ?? "").trim(), level: atx[2].length, line: i + 1, column: atx[1].length + 1, bodyStart: i + 1 });
            inParagraph = false;
            continue;
        }
        const next = lines[i + 1];
        const isText = line.trim() !== "" && !/^\s*([-*+]|\d+[.)])\s/.test(line) && !/^\s*[|>]/.test(line);
        if (isText && !inParagraph && next !== undefined && /^ {0,3}(=+|-+)[ \t]*$/.test(next)) {
            headings.push({ title: line.trim(), level: next.trim()[0] === "=" ? 1 : 2, line: i + 1, column: 1, bodyStart: i + 2 });
            i++;
            inParagraph = false;
            continue;
        }
        inParagraph = line.trim() !== "";
    }
    return headings;
}
function scanSections(lines, firstLine) {
    const headings = scanHeadings(lines, firstLine);
    return headings.map((h, idx) => {
        const nextAny = headings[idx + 1];
        const ownEnd = nextAny ? nextAny.line - 1 : lines.length;
        let fullEnd = lines.length;
        for (let j = idx + 1; j < headings.length; j++) {
            if (headings[j].level <= h.level) {
                fullEnd = headings[j].line - 1;
                break;
            }
        }
        return {
            title: h.title,
            key: headingKey(h.title),
            level: h.level,
            position: { line: h.line, column: h.column },
            text: cleanText(lines.slice(h.bodyStart, ownEnd).join("\n")),
            fullText: cleanText(lines.slice(h.bodyStart, fullEnd).join("\n")),
        };
    });
}
function headingKey(title) {
    return title
        .toLowerCase()
        .replace(/\[optional\]/g, "")
        .replace(/[*_`]/g, "")
        .replace(/^[\d.\s]+(?=[a-z])/, "")
        .replace(/[:.\s]+$/, "")
        .replace(/\s+/g, " ")
        .trim();
}
/** Removes what a template leaves behind: HTML comments and the Hub's "[More Information Needed]". */
function cleanText(text) {
    return text
        .replace(/<!--[\s\S]*?(-->|$)/g, "")
        .replace(/\[More Information Needed\](\([^)]*\))?/gi, "")
        .replace(/^\s*#{1,6}\s.*$/gm, "")
        .replace(/^[ \t]*[-*+][ \t]*\*\*[^*]+:?\*\*:?[ \t]*$/gm, "")
        .replace(/\n{3,}/g, "\n\n")
        .trim();
}

;// CONCATENATED MODULE: ./src/readers/classify.ts
// Decides which reader a candidate file goes to, by content first; file names only break ties
// (a file named like a BOM whose JSON is broken is still worth an error). Cheap checks only: the
// chosen reader parses and confirms.





const FORMATS = (/* unused pure expression or super */ null && ([
    "hf-model-card", "hf-dataset-card", "governance", "cyclonedx", "cyclonedx-xml", "spdx3", "croissant", "mct", "dps", "register",
]));
const MODEL_CARD_NAMES = /^(model[_-]?card|modelcard)(\.[a-z]{2}(-[a-z]+)?)?\.(md|markdown)$/i;
const DATASET_CARD_NAMES = /^(dataset[_-]?card|datasetcard|datasheet)(\.[a-z]{2})?\.(md|markdown)$/i;
const SBOM_NAMES = /(^|[._-])(bom|sbom|aibom|ml-?bom|cdx)([._-].*)?\.json$/i;
const CDX_XML_NAMES = /(^|[._-])(bom|sbom|aibom|cdx)([._-].*)?\.xml$/i;
const DPS_NAMES = /(^|[._-])(provenance|dps|data-provenance)([._-].*)?\.(json|ya?ml)$/i;
const SPDX_NAMES = /\.spdx3?(\.json|\.jsonld)$|(^|[._-])spdx3?([._-].*)?\.jsonld$/i;
const CROISSANT_NAMES = /(^|[._-])croissant([._-].*)?\.(json|jsonld)$/i;
const MCT_NAMES = /^(model[_-]?card|modelcard)([._-].*)?\.json$/i;
const REGISTER_NAMES = /^ai[-_]systems?([-_]register)?\.ya?ml$/i;
// Front-matter keys only dataset cards use, and keys that mark a model card.
const DATASET_KEYS = /^(task_categories|task_ids|size_categories|dataset_info|configs|annotations_creators|language_creators|source_datasets|pretty_name|multilinguality|paperswithcode_id|train_eval_index)\s*:/m;
const MODEL_KEYS = /^(pipeline_tag|library_name|base_model|base_model_relation|model-index|model_name|inference|co2_eq_emissions|new_version|license|tags|datasets|metrics|language|widget)\s*:/m;
const MODEL_HEADINGS = /^\s{0,3}#{1,6}\s+(model card for|model details|model description|intended uses? (&|and) limitations|training procedure|training hyperparameters|model card contact|model architecture|how to get started with the model)\b/im;
const DATASET_HEADINGS = /^\s{0,3}#{1,6}\s+(dataset card for|dataset details|dataset structure|dataset creation|curation rationale)\b/im;
/** Names that suggest an artifact: worth reporting when the file cannot even be decoded or is too large. */
function namedLikeArtifact(relPath) {
    const name = external_node_path_default().posix.basename(relPath);
    return ([MODEL_CARD_NAMES, DATASET_CARD_NAMES, SBOM_NAMES, DPS_NAMES, CDX_XML_NAMES, SPDX_NAMES, CROISSANT_NAMES, MCT_NAMES, REGISTER_NAMES].some((re) => re.test(name)) ||
        governanceKindFromPath(relPath) !== null ||
        agentFileByName(relPath) !== null);
}
/** `aigis.kind` from front matter text, or null when absent or unparsable (the reader reports syntax). */
function frontMatterKind(yaml) {
    if (!/^aigis\s*:/m.test(yaml))
        return null;
    try {
        return declaredKind((0,yaml_doc/* parseYaml */.h)(yaml).value);
    }
    catch {
        return null;
    }
}
const sure = (format) => ({ format, confirmed: true });
const named = (format) => ({ format, confirmed: false });
function classifyMarkdown(relPath, name, text) {
    const fm = splitFrontMatter(text)?.yaml ?? "";
    const kind = frontMatterKind(fm);
    if (kind === "model-card")
        return sure("hf-model-card");
    if (kind === "dataset-card")
        return sure("hf-dataset-card");
    if (kind && !NON_GOVERNANCE_KINDS.includes(kind))
        return sure("governance");
    if (DATASET_CARD_NAMES.test(name) || DATASET_KEYS.test(fm) || /^#\s+dataset card\b/im.test(text))
        return sure("hf-dataset-card");
    if (MODEL_CARD_NAMES.test(name) || /^#\s+model card\b/im.test(text))
        return sure("hf-model-card");
    if (governanceKindFromPath(relPath))
        return sure("governance");
    // A README is a model card when it carries Hub metadata or the template's sections; other
    // Markdown files need a card name or title, so docs that mention models are not misread.
    if (/^readme\.md$/i.test(name) && DATASET_HEADINGS.test(text) && !MODEL_HEADINGS.test(text))
        return sure("hf-dataset-card");
    if (/^readme\.md$/i.test(name) && (MODEL_KEYS.test(fm) || MODEL_HEADINGS.test(text)))
        return sure("hf-model-card");
    return null;
}
function classifyJson(name, text) {
    const head = text.slice(0, 65536);
    if (/"bomFormat"\s*:/.test(head))
        return sure("cyclonedx");
    if (/"@graph"\s*:/.test(text) && /spdx\.org\/rdf\/3|"spdxId"\s*:|"CreationInfo"|"SpdxDocument"/.test(text))
        return sure("spdx3");
    if (/"@context"\s*:/.test(head) && /mlcommons\.org\/croissant/.test(text))
        return sure("croissant");
    if (/"model_details"\s*:/.test(head) && /"(model_parameters|quantitative_analysis|considerations|schema_version)"\s*:/.test(text))
        return sure("mct");
    if (/"provenance"\s*:/.test(text) && /"source"\s*:/.test(text) && /"use"\s*:/.test(text))
        return sure("dps");
    if (/"spdxVersion"\s*:/.test(head))
        return null; // SPDX 2.x: no AI or Dataset profiles
    if (SPDX_NAMES.test(name))
        return named("spdx3");
    if (CROISSANT_NAMES.test(name))
        return named("croissant");
    if (MCT_NAMES.test(name))
        return named("mct");
    if (SBOM_NAMES.test(name) && !/"@graph"/.test(head))
        return named("cyclonedx");
    if (DPS_NAMES.test(name))
        return named("dps");
    return null;
}
function classifyYaml(name, text) {
    if (/^provenance\s*:/m.test(text) && /^source\s*:/m.test(text) && /^use\s*:/m.test(text))
        return sure("dps");
    if (/^aigis\s*:[\s\S]{0,400}?\bkind\s*:\s*["']?system-register\b/m.test(text))
        return sure("register");
    if (REGISTER_NAMES.test(name))
        return named("register");
    if (DPS_NAMES.test(name))
        return named("dps");
    return null;
}
function classify(relPath, text) {
    const name = external_node_path_default().posix.basename(relPath);
    const ext = external_node_path_default().extname(name).toLowerCase();
    if (ext === ".md" || ext === ".markdown")
        return classifyMarkdown(relPath, name, text);
    if (ext === ".xml") {
        return CDX_XML_NAMES.test(name) || /xmlns\s*=\s*["']http:\/\/cyclonedx\.org\/schema\/bom/.test(text.slice(0, 65536)) ? sure("cyclonedx-xml") : null;
    }
    if (ext === ".json" || ext === ".jsonld")
        return classifyJson(name, text);
    if (ext === ".yaml" || ext === ".yml")
        return classifyYaml(name, text);
    return null;
}

;// CONCATENATED MODULE: ./src/readers/jsonld.ts
// Just enough JSON-LD for compact documents written by hand or by tools: keys and types are
// matched by the IRI they expand to, so `rai:dataBiases`, a full
// `http://mlcommons.org/croissant/RAI/dataBiases` key and a context alias all read the same.
// No remote context is fetched; well-known prefixes fill in for a missing or remote context.

/** schema.org is written with http and https alike; compare it one way. */
function normalizeIri(iri) {
    return iri.replace(/^http:\/\/schema\.org\//, "https://schema.org/");
}
function parseContext(value, defaults, defaultVocab) {
    const ctx = { prefixes: new Map(Object.entries(defaults)), terms: new Map(), vocab: defaultVocab };
    for (const part of listOf(value)) {
        if (!isDict(part))
            continue; // a remote context URL: the defaults stand in for it
        for (const [k, v] of Object.entries(part)) {
            if (k === "@vocab" && typeof v === "string")
                ctx.vocab = v;
            else if (k.startsWith("@"))
                continue;
            else if (typeof v === "string" && /[/#:]$/.test(v))
                ctx.prefixes.set(k, v);
            else if (typeof v === "string")
                ctx.terms.set(k, v);
            else if (isDict(v) && typeof v["@id"] === "string")
                ctx.terms.set(k, v["@id"]);
        }
    }
    return ctx;
}
/** The IRI a compact key or type name stands for. */
function expand(term, ctx) {
    const aliased = ctx.terms.get(term) ?? term;
    if (/^[a-z][a-z0-9+.-]*:\/\//i.test(aliased))
        return normalizeIri(aliased);
    const colon = aliased.indexOf(":");
    if (colon > 0) {
        const prefix = ctx.prefixes.get(aliased.slice(0, colon));
        if (prefix)
            return normalizeIri(prefix + aliased.slice(colon + 1));
        return aliased;
    }
    return ctx.vocab ? normalizeIri(ctx.vocab + aliased) : aliased;
}
/** A JSON-LD node read by IRI, remembering which key each value came from (for positions). */
class NodeView {
    node;
    ctx;
    byIri = new Map();
    constructor(node, ctx) {
        this.node = node;
        this.ctx = ctx;
        for (const key of Object.keys(node)) {
            if (key.startsWith("@"))
                continue;
            const iri = expand(key, ctx);
            if (!this.byIri.has(iri))
                this.byIri.set(iri, key);
        }
    }
    /** The key under which the property with this IRI is written, if any. */
    key(iri) {
        return this.byIri.get(normalizeIri(iri)) ?? null;
    }
    get(iri) {
        const k = this.key(iri);
        return k === null ? undefined : this.node[k];
    }
    types() {
        return listOf(this.node["@type"] ?? this.node["type"]).flatMap((t) => (typeof t === "string" ? [expand(t, this.ctx)] : []));
    }
}
/** Every text in a JSON-LD value: strings, `{@value}`, `{@id}`, or named things, one or many. */
function texts(v) {
    return listOf(v).flatMap((x) => {
        if (isDict(x)) {
            const t = str(x["@value"]) ?? str(x["name"]) ?? str(x["@id"]) ?? str(x["url"]);
            return t ? [t] : [];
        }
        return str(x) ? [str(x)] : [];
    });
}

;// CONCATENATED MODULE: ./src/readers/licenses.ts
// Hugging Face licence ids (hub-docs repositories-licenses.md) are lower-case and partly non-SPDX.
// This maps those with an SPDX equivalent; the rest (OpenRAIL, Llama, Gemma terms…) keep their Hub
// name and no SPDX id.
const HF_TO_SPDX = {
    "apache-2.0": "Apache-2.0",
    mit: "MIT",
    "openrail": "",
    "bigscience-openrail-m": "",
    "creativeml-openrail-m": "",
    "bigscience-bloom-rail-1.0": "",
    "bigcode-openrail-m": "",
    "afl-3.0": "AFL-3.0",
    "artistic-2.0": "Artistic-2.0",
    "bsl-1.0": "BSL-1.0",
    "bsd": "BSD-1-Clause",
    "bsd-2-clause": "BSD-2-Clause",
    "bsd-3-clause": "BSD-3-Clause",
    "bsd-3-clause-clear": "BSD-3-Clause-Clear",
    "c-uda": "C-UDA-1.0",
    "cc": "",
    "cc0-1.0": "CC0-1.0",
    "cc-by-2.0": "CC-BY-2.0",
    "cc-by-2.5": "CC-BY-2.5",
    "cc-by-3.0": "CC-BY-3.0",
    "cc-by-4.0": "CC-BY-4.0",
    "cc-by-sa-3.0": "CC-BY-SA-3.0",
    "cc-by-sa-4.0": "CC-BY-SA-4.0",
    "cc-by-nc-2.0": "CC-BY-NC-2.0",
    "cc-by-nc-3.0": "CC-BY-NC-3.0",
    "cc-by-nc-4.0": "CC-BY-NC-4.0",
    "cc-by-nd-4.0": "CC-BY-ND-4.0",
    "cc-by-nc-nd-3.0": "CC-BY-NC-ND-3.0",
    "cc-by-nc-nd-4.0": "CC-BY-NC-ND-4.0",
    "cc-by-nc-sa-2.0": "CC-BY-NC-SA-2.0",
    "cc-by-nc-sa-3.0": "CC-BY-NC-SA-3.0",
    "cc-by-nc-sa-4.0": "CC-BY-NC-SA-4.0",
    "cdla-sharing-1.0": "CDLA-Sharing-1.0",
    "cdla-permissive-1.0": "CDLA-Permissive-1.0",
    "cdla-permissive-2.0": "CDLA-Permissive-2.0",
    "wtfpl": "WTFPL",
    "ecl-2.0": "ECL-2.0",
    "epl-1.0": "EPL-1.0",
    "epl-2.0": "EPL-2.0",
    "etalab-2.0": "etalab-2.0",
    "eupl-1.1": "EUPL-1.1",
    "eupl-1.2": "EUPL-1.2",
    "agpl-3.0": "AGPL-3.0-only",
    "gfdl": "GFDL-1.3-only",
    "gpl": "GPL-3.0-only",
    "gpl-2.0": "GPL-2.0-only",
    "gpl-3.0": "GPL-3.0-only",
    "lgpl": "LGPL-3.0-only",
    "lgpl-2.1": "LGPL-2.1-only",
    "lgpl-3.0": "LGPL-3.0-only",
    "isc": "ISC",
    "h-research": "",
    "intel-research": "",
    "lppl-1.3c": "LPPL-1.3c",
    "ms-pl": "MS-PL",
    "apple-ascl": "",
    "apple-amlr": "",
    "mpl-2.0": "MPL-2.0",
    "odc-by": "ODC-By-1.0",
    "odbl": "ODbL-1.0",
    "openmdw-1.0": "",
    "osl-3.0": "OSL-3.0",
    "postgresql": "PostgreSQL",
    "ofl-1.1": "OFL-1.1",
    "ncsa": "NCSA",
    "unlicense": "Unlicense",
    "zlib": "Zlib",
    "pddl": "PDDL-1.0",
    "lgpl-lr": "",
    "deepfloyd-if-license": "",
    "fair-noncommercial-research-license": "",
    "llama2": "",
    "llama3": "",
    "llama3.1": "",
    "llama3.2": "",
    "llama3.3": "",
    "llama4": "",
    "gemma": "",
};
/** SPDX id for a Hub licence id, the id itself when it already is SPDX-shaped, else null. */
function hfLicense(id) {
    const key = id.trim().toLowerCase();
    if (key in HF_TO_SPDX)
        return HF_TO_SPDX[key] || null;
    if (key === "unknown" || key === "")
        return null;
    return /^[A-Za-z0-9][A-Za-z0-9.+-]*$/.test(id.trim()) && /[A-Z]/.test(id) ? id.trim() : null;
}
const CC_URL = /creativecommons\.org\/licenses\/(by(?:-nc)?(?:-sa|-nd)?)\/(\d\.\d)/i;
/**
 * A licence written as an id, an SPDX or Creative Commons URL, or a Hub id (Croissant, SPDX
 * and free-text fields use all of them).
 */
function licenseFromText(text) {
    const s = text.trim();
    const spdxUrl = /^https?:\/\/spdx\.org\/licenses\/([A-Za-z0-9.+-]+?)(\.html|\.json)?$/i.exec(s);
    if (spdxUrl)
        return { spdx: spdxUrl[1], name: s, url: s };
    const cc = CC_URL.exec(s);
    if (cc)
        return { spdx: `CC-${cc[1].toUpperCase()}-${cc[2]}`, name: s, url: s };
    if (/creativecommons\.org\/publicdomain\/zero\/1\.0/i.test(s))
        return { spdx: "CC0-1.0", name: s, url: s };
    if (/^https?:\/\//i.test(s))
        return { spdx: null, name: s, url: s };
    return { spdx: hfLicense(s), name: s, url: null };
}

;// CONCATENATED MODULE: ./src/readers/source-map.ts
/**
 * Builds an artifact's source map: normalized field pointer → position of the raw value it came
 * from. `base` is where the artifact sits in its document (a BOM component, an @graph node).
 */
class SourceMapBuilder {
    doc;
    base;
    positions = {};
    constructor(doc, base = []) {
        this.doc = doc;
        this.base = base;
    }
    /** Records the first candidate raw path that exists; returns whether one did. */
    map(field, ...candidates) {
        for (const c of candidates) {
            const pos = this.doc.locate([...this.base, ...c]);
            if (pos) {
                this.positions[field] = pos;
                return true;
            }
        }
        return false;
    }
    set(field, pos) {
        if (pos)
            this.positions[field] = pos;
    }
    /** Where the artifact itself starts: the place a missing field is reported. */
    root() {
        return nearest(this.doc, this.base);
    }
}
/** Position of `path`, or of its nearest enclosing value that exists. */
function nearest(doc, path) {
    for (let n = path.length; n >= 0; n--) {
        const pos = doc.locate(path.slice(0, n));
        if (pos)
            return pos;
    }
    return { line: 1, column: 1 };
}

;// CONCATENATED MODULE: ./src/readers/problems.ts


/** More than this many problems in one file say "the file is wrong", not "fix these lines". */
const MAX_PROBLEMS = 50;
/**
 * Collects the conformance problems of one document with their positions (`/problems/<i>` in the
 * artifact's source map), so AIGIS-IN-002 can point at each one.
 */
class ProblemList {
    doc;
    problems = [];
    positions = {};
    dropped = 0;
    constructor(doc) {
        this.doc = doc;
    }
    /** A problem at a raw document path; a missing value is located at its nearest enclosing one. */
    add(path, reason) {
        this.addAt(pointerJoin("", ...path), reason, this.doc ? nearest(this.doc, path) : { line: 1, column: 1 });
    }
    addAt(pointer, reason, position) {
        if (this.problems.some((p) => p.pointer === pointer && p.reason === reason))
            return;
        if (this.problems.length >= MAX_PROBLEMS) {
            this.dropped++;
            return;
        }
        this.positions[`/problems/${this.problems.length}`] = position;
        this.problems.push({ pointer, reason });
    }
    /** The list to publish; the last entry says how many were left out. */
    result() {
        if (this.dropped === 0)
            return { problems: this.problems, positions: this.positions };
        const last = this.problems.length;
        return {
            problems: [...this.problems, { pointer: "", reason: `${this.dropped} more problems not listed` }],
            positions: { ...this.positions, [`/problems/${last}`]: this.positions["/problems/0"] ?? { line: 1, column: 1 } },
        };
    }
}
/** Problems and positions merged into an artifact's source map. */
function withProblems(positions, list) {
    const { problems, positions: at } = list.result();
    Object.assign(positions, at);
    return problems;
}

;// CONCATENATED MODULE: ./src/readers/shapes.ts
function blankModelCard(who) {
    return {
        ...who,
        kind: "model_card",
        problems: [],
        name: null,
        version: null,
        supplier: null,
        licenses: [],
        hashes: [],
        base_models: [],
        derived: false,
        datasets: [],
        intended_use: null,
        out_of_scope_use: null,
        limitations: null,
        training_data: null,
        evaluation: null,
        metrics: [],
        environmental_impact: null,
        contact: null,
        unsupported: [],
        description: null,
        task: null,
        architecture: null,
        training_procedure: null,
        test_datasets: [],
        owners: [],
        energy: [],
        risk_assessment: null,
        autonomy_type: null,
        human_oversight: null,
        sensitive_data: null,
        standards: [],
    };
}
function blankDataset(who) {
    return {
        ...who,
        kind: "dataset",
        problems: [],
        name: null,
        version: null,
        supplier: null,
        licenses: [],
        hashes: [],
        origin: null,
        collection: null,
        processing: null,
        source_datasets: [],
        sensitive_data: null,
        intended_use: null,
        limitations: null,
        owners: [],
        unsupported: [],
        description: null,
        bias: null,
        classification: null,
        anonymization: null,
        annotation: null,
        collection_methods: [],
        maintenance: null,
        out_of_scope_use: null,
        contact: null,
        stewards: [],
        custodians: [],
        distributions: [],
    };
}
function blankSbom(who) {
    return {
        ...who,
        kind: "sbom",
        problems: [],
        name: null,
        timestamp: null,
        components: [],
        services: [],
        supplier: null,
        relationships: [],
        external_references: [],
        properties: [],
        unsupported: [],
    };
}
function blankGovernanceDoc(who) {
    return {
        ...who,
        kind: "governance",
        problems: [],
        doc_kind: null,
        title: null,
        sections: {},
        owner: null,
        approved_by: null,
        approved_on: null,
        review_by: null,
        last_reviewed: null,
        status: null,
        version: null,
        contact: null,
        concerns_contact: null,
        systems_covered: [],
        notify: [],
        objectives: [],
        systems: [],
        suppliers: [],
    };
}

;// CONCATENATED MODULE: ./src/readers/croissant.ts







const SC = "https://schema.org/";
const CR = "http://mlcommons.org/croissant/";
const RAI = "http://mlcommons.org/croissant/RAI/";
const DCT = "http://purl.org/dc/terms/";
const PROV = "http://www.w3.org/ns/prov#";
const DEFAULT_PREFIXES = { sc: SC, cr: CR, rai: RAI, dct: DCT, prov: PROV, schema: SC };
const CROISSANT_VERSIONS = ["1.0", "1.1"];
const CROISSANT_IRI = /^https?:\/\/mlcommons\.org\/croissant\/(\d+(?:\.\d+)*)\/?$/;
const REQUIRED = ["name", "description", "license", "url", "creator", "datePublished"];
const RAI_TEXT = [
    "dataCollection", "dataCollectionMissingData", "dataCollectionRawData", "dataImputationProtocol", "dataManipulationProtocol",
    "dataAnnotationProtocol", "dataSocialImpact", "annotationsPerItem", "dataCollectionType", "dataPreprocessingProtocol",
    "dataAnnotationPlatform", "dataAnnotationAnalysis", "dataReleaseMaintenancePlan", "personalSensitiveInformation", "dataBiases",
    "dataLimitations", "dataUseCases", "annotatorDemographics", "machineAnnotationTools",
];
function contextOf(v) {
    return parseContext(v["@context"], DEFAULT_PREFIXES, SC);
}
/** A Croissant document: a JSON-LD object whose @type is schema.org Dataset. */
function looksLikeCroissant(v) {
    return isDict(v) && v["@context"] !== undefined && new NodeView(v, contextOf(v)).types().includes(`${SC}Dataset`);
}
/** Names of people or organisations, written as text or as nodes with a name. */
function agentNames(v, ctx) {
    return listOf(v).flatMap((x) => {
        if (!isDict(x))
            return str(x) ? [str(x)] : [];
        const node = new NodeView(x, ctx);
        const name = str(node.get(`${SC}name`)) ?? str(node.get(`${SC}email`)) ?? str(x["@id"]);
        return name ? [name] : [];
    });
}
function conformsTo(dataset) {
    const key = dataset.key(`${DCT}conformsTo`);
    const values = key ? texts(dataset.node[key]) : [];
    let core = null;
    for (const v of values) {
        const m = CROISSANT_IRI.exec(v);
        if (m)
            core = m[1];
    }
    return { key, core, values };
}
function readCroissant(relPath, doc) {
    const v = doc.value;
    if (!looksLikeCroissant(v))
        throw new readers_errors/* ArtifactError */.n("not a Croissant dataset (needs @context and @type sc:Dataset)");
    const ctx = contextOf(v);
    const ds = new NodeView(v, ctx);
    const version = conformsTo(ds);
    if (version.core && !CROISSANT_VERSIONS.includes(version.core)) {
        const pos = doc.locate([version.key]) ?? { line: 1, column: 1 };
        throw new readers_errors/* ArtifactError */.n(`Croissant ${version.core} is not supported; aigis reads Croissant 1.0 and 1.1`, pos.line, pos.column);
    }
    const at = new SourceMapBuilder(doc);
    const root = doc.locate(["@type"]) ?? { line: 1, column: 1 };
    at.positions[""] = root;
    const problems = new ProblemList(doc);
    const keyOf = (iri) => ds.key(iri);
    const get = (iri) => ds.get(iri);
    const text = (iri) => joinText(texts(get(iri)));
    const rai = (name) => text(RAI + name);
    /** Locates a normalized field at the first of these properties the document has. */
    const map = (field, ...iris) => {
        for (const iri of iris) {
            const k = keyOf(iri);
            if (k && at.map(field, [k]))
                return;
        }
    };
    for (const name of REQUIRED)
        if (get(SC + name) === undefined)
            problems.addAt(`/${name}`, `missing required property ${name} (Croissant)`, root);
    if (!version.key)
        problems.addAt("/dct:conformsTo", "missing dct:conformsTo (http://mlcommons.org/croissant/1.0 or /1.1)", root);
    else if (!version.core)
        problems.add([version.key], `conformsTo names no Croissant version (${version.values.join(", ") || "empty"})`);
    for (const name of ["name", "description", "datePublished"]) {
        const k = keyOf(SC + name);
        if (k && texts(ds.node[k]).length !== 1)
            problems.add([k], `${name} must be a single text value`);
    }
    const published = str(get(`${SC}datePublished`));
    if (published && !/^\d{4}(-\d\d(-\d\d)?)?([T ][\d:.]+(Z|[+-]\d\d:?\d\d)?)?$/.test(published)) {
        problems.add([keyOf(`${SC}datePublished`)], "datePublished must be an ISO 8601 date");
    }
    for (const name of RAI_TEXT) {
        const k = keyOf(RAI + name);
        if (!k)
            continue;
        const value = ds.node[k];
        const ok = listOf(value).every((x) => typeof x === "string" || typeof x === "number" || (isDict(x) && x["@value"] !== undefined));
        if (!ok)
            problems.add([k], `rai:${name} must be text or a list of texts`);
    }
    const distKey = keyOf(`${SC}distribution`);
    const distributions = [];
    const hashes = [];
    arrayOf(distKey ? ds.node[distKey] : undefined).forEach((item, i) => {
        if (!isDict(item))
            return;
        const file = new NodeView(item, ctx);
        const isFileObject = file.types().includes(`${CR}FileObject`) || file.types().includes(`${SC}FileObject`);
        const isFileSet = file.types().includes(`${CR}FileSet`);
        const fileHashes = [];
        for (const [alg, iri] of [["SHA-256", `${SC}sha256`], ["SHA-256", `${CR}sha256`], ["MD5", `${CR}md5`], ["MD5", `${SC}md5`]]) {
            const value = str(file.get(iri));
            // The Hub writes a link in place of a digest for git repositories; that pins nothing.
            if (value && /^[0-9a-f]{32,128}$/i.test(value) && !fileHashes.some((h) => h.alg === alg))
                fileHashes.push({ alg, value });
        }
        hashes.push(...fileHashes);
        const url = str(file.get(`${SC}contentUrl`));
        distributions.push({ name: str(file.get(`${SC}name`)) ?? str(item["@id"]), url, hashes: fileHashes });
        at.map(`/distributions/${distributions.length - 1}`, [distKey, i]);
        if (isFileObject && !url)
            problems.add([distKey, i], "FileObject needs a contentUrl");
        if (isFileSet && file.get(`${CR}includes`) === undefined)
            problems.add([distKey, i], "FileSet needs includes (a glob of its files)");
        if ((isFileObject || isFileSet) && !str(file.get(`${SC}encodingFormat`)))
            problems.add([distKey, i], "distribution needs an encodingFormat");
    });
    const creators = agentNames(get(`${SC}creator`), ctx);
    const publishers = agentNames(get(`${SC}publisher`), ctx);
    const generatedBy = listOf(get(`${PROV}wasGeneratedBy`)).flatMap((a) => {
        if (!isDict(a))
            return texts(a);
        const act = new NodeView(a, ctx);
        return [joinText([...texts(act.get(`${SC}name`)), ...texts(act.get(`${SC}description`))], ": ")].filter((x) => !!x);
    });
    map("/name", `${SC}name`);
    map("/description", `${SC}description`);
    map("/version", `${SC}version`);
    map("/licenses", `${SC}license`);
    map("/supplier", `${SC}publisher`, `${SC}creator`);
    map("/origin", `${SC}creator`, `${SC}publisher`);
    map("/owners", `${SC}creator`, `${SC}publisher`);
    map("/contact", `${SC}creator`, `${SC}publisher`);
    map("/source_datasets", `${SC}isBasedOn`, `${PROV}wasDerivedFrom`);
    map("/hashes", `${SC}distribution`);
    map("/distributions", `${SC}distribution`);
    map("/collection", `${RAI}dataCollection`, `${RAI}dataCollectionType`, `${PROV}wasGeneratedBy`);
    map("/collection_methods", `${RAI}dataCollectionType`);
    map("/processing", `${RAI}dataPreprocessingProtocol`, `${RAI}dataManipulationProtocol`, `${RAI}dataImputationProtocol`);
    map("/annotation", `${RAI}dataAnnotationProtocol`, `${RAI}dataAnnotationPlatform`, `${RAI}annotationsPerItem`);
    map("/sensitive_data", `${RAI}personalSensitiveInformation`);
    map("/bias", `${RAI}dataBiases`);
    map("/limitations", `${RAI}dataLimitations`, `${RAI}dataBiases`);
    map("/intended_use", `${RAI}dataUseCases`);
    map("/maintenance", `${RAI}dataReleaseMaintenancePlan`);
    const contact = listOf(get(`${SC}creator`))
        .map((x) => (isDict(x) ? str(new NodeView(x, ctx).get(`${SC}email`)) : null))
        .find((x) => x);
    const record = {
        ...blankDataset({ id: relPath, path: relPath, format: "croissant", format_version: version.core }),
        name: str(get(`${SC}name`)),
        description: text(`${SC}description`),
        version: str(get(`${SC}version`)),
        supplier: publishers[0] ?? creators[0] ?? null,
        licenses: texts(get(`${SC}license`)).map(licenseFromText),
        hashes,
        origin: joinText(creators, ", "),
        owners: unique([...creators, ...publishers]),
        contact: contact ?? null,
        source_datasets: unique([...texts(get(`${SC}isBasedOn`)), ...texts(get(`${PROV}wasDerivedFrom`))]),
        collection: joinText([rai("dataCollection"), rai("dataCollectionTimeframe") && `Timeframe: ${rai("dataCollectionTimeframe")}`, rai("dataCollectionRawData"), rai("dataCollectionMissingData"), ...generatedBy]),
        collection_methods: texts(get(`${RAI}dataCollectionType`)),
        processing: joinText([rai("dataPreprocessingProtocol"), rai("dataManipulationProtocol"), rai("dataImputationProtocol")]),
        annotation: joinText([rai("dataAnnotationProtocol"), rai("dataAnnotationPlatform"), rai("dataAnnotationAnalysis"), rai("annotationsPerItem"), rai("annotatorDemographics"), rai("machineAnnotationTools")]),
        sensitive_data: rai("personalSensitiveInformation"),
        bias: rai("dataBiases"),
        limitations: joinText([rai("dataLimitations"), rai("dataBiases")]),
        intended_use: rai("dataUseCases"),
        maintenance: rai("dataReleaseMaintenancePlan"),
        distributions,
        unsupported: ["classification", "anonymization", "out_of_scope_use", "stewards", "custodians"],
    };
    record.problems = withProblems(at.positions, problems);
    return { artifact: record, raw: v, positions: at.positions };
}

;// CONCATENATED MODULE: ./src/readers/cyclonedx-parts.ts


// Hosts of hosted AI APIs; a service calling one of them is treated as an AI supplier.
const AI_API_HOSTS = [
    "api.openai.com", "openai.azure.com", "cognitiveservices.azure.com", "models.inference.ai.azure.com", "api.anthropic.com",
    "generativelanguage.googleapis.com", "aiplatform.googleapis.com", "bedrock-runtime", "bedrock.", "api.cohere.ai", "api.cohere.com",
    "api.mistral.ai", "api-inference.huggingface.co", "router.huggingface.co", "api.groq.com", "api.together.xyz", "api.together.ai",
    "api.replicate.com", "api.perplexity.ai", "api.deepseek.com", "api.fireworks.ai", "api.x.ai", "openrouter.ai", "models.github.ai",
    "api.voyageai.com", "api.ai21.com", "inference.ai",
];
const AI_WORDS = /\b(ai|llm|genai|gen-ai|generative|machine-learning|ml|inference|embedding|embeddings|chat[- ]?completions?|openai|anthropic|claude|gpt|gemini|mistral|llama|bedrock|vertex|cohere)\b/i;
const ptr = (p) => pointerJoin("", ...p);
/** Name of an organizationalEntity / organizationalContact, or a bare string. */
function entityName(v) {
    return isDict(v) ? str(v["name"]) ?? str(v["email"]) : str(v);
}
/** Who supplies a component, most authoritative first (tools fill different fields). */
function supplierOf(c) {
    return (entityName(c["supplier"]) ??
        entityName(c["manufacturer"]) ??
        str(c["publisher"]) ??
        arrayOf(c["authors"]).map(entityName).find((x) => x) ??
        str(c["author"]) ??
        str(c["group"]));
}
/** Every named party of a component: supplier, manufacturer, publisher and authors. */
function partiesOf(c) {
    const names = [entityName(c["supplier"]), entityName(c["manufacturer"]), str(c["publisher"]), ...arrayOf(c["authors"]).map(entityName), str(c["author"])];
    return unique(names.filter((x) => !!x));
}
/** licenseChoice: `[{license: {id|name}}]`, `[{expression}]` (1.7 mixes both), or a stray string. */
function licensesOf(v) {
    const out = [];
    for (const item of listOf(v)) {
        if (typeof item === "string" && item.trim()) {
            out.push({ spdx: null, name: item.trim(), url: null });
            continue;
        }
        if (!isDict(item))
            continue;
        const expr = str(item["expression"]);
        if (expr)
            out.push({ spdx: expr, name: null, url: null });
        const lic = item["license"];
        if (isDict(lic))
            out.push({ spdx: str(lic["id"]), name: str(lic["name"]), url: str(lic["url"]) });
    }
    return out;
}
function hashesOf(v) {
    return arrayOf(v).flatMap((h) => (isDict(h) && str(h["alg"]) ? [{ alg: str(h["alg"]), value: str(h["content"]) ?? "" }] : []));
}
function externalRefsOf(v) {
    return arrayOf(v).flatMap((r) => (isDict(r) && str(r["type"]) && str(r["url"]) ? [{ type: str(r["type"]), url: str(r["url"]) }] : []));
}
function propertiesOf(v) {
    return arrayOf(v).flatMap((p) => (isDict(p) && str(p["name"]) ? [{ name: str(p["name"]), value: str(p["value"]) ?? "" }] : []));
}
/**
 * The first property named like one of `names`, ignoring case and a namespace prefix
 * ("spdx:ai:autonomyType", "aibom:autonomyType" and "autonomyType" all match "autonomyType"):
 * AI-BOM generators store SPDX-AI-style fields as properties under varying prefixes.
 */
function findProperty(sources, ...names) {
    const wanted = names.map((n) => n.toLowerCase());
    const bare = (n) => n.toLowerCase().split(":").pop() ?? "";
    for (const exact of [true, false]) {
        for (const src of sources) {
            const items = arrayOf(src.value);
            for (let i = 0; i < items.length; i++) {
                const p = items[i];
                if (!isDict(p))
                    continue;
                const name = str(p["name"]);
                const value = str(p["value"]);
                if (!name || !value)
                    continue;
                const hit = exact ? wanted.includes(name.toLowerCase()) : wanted.some((w) => !w.includes(":") && bare(name) === w);
                if (hit)
                    return { value, path: [...src.path, i] };
            }
        }
    }
    return null;
}
function ancestorsOf(c) {
    const pedigree = isDict(c["pedigree"]) ? c["pedigree"] : {};
    return arrayOf(pedigree["ancestors"]).flatMap((a) => {
        if (!isDict(a))
            return [];
        const name = str(a["name"]) ?? str(a["purl"]) ?? str(a["bom-ref"]);
        if (!name)
            return [];
        const version = str(a["version"]);
        return [version && !name.includes("@") ? `${name}@${version}` : name];
    });
}
function component(c, path, dependsOn) {
    const ref = str(c["bom-ref"]);
    return {
        pointer: ptr(path),
        ref,
        type: str(c["type"]) ?? "",
        name: str(c["name"]),
        version: str(c["version"]),
        supplier: supplierOf(c),
        purl: str(c["purl"]),
        licenses: licensesOf(c["licenses"]),
        hashes: hashesOf(c["hashes"]),
        external_references: externalRefsOf(c["externalReferences"]),
        has_model_card: isDict(c["modelCard"]),
        ancestors: ancestorsOf(c),
        properties: propertiesOf(c["properties"]),
        depends_on: ref ? dependsOn.get(ref) ?? [] : [],
    };
}
function aiSignals(s) {
    const signals = [];
    for (const e of arrayOf(s["endpoints"])) {
        const url = str(e);
        if (!url)
            continue;
        let host = "";
        try {
            host = new URL(url).hostname.toLowerCase();
        }
        catch {
            continue;
        }
        if (AI_API_HOSTS.some((h) => (h.endsWith(".") ? host.startsWith(h) || host.includes(`.${h}`) : host === h || host.endsWith(`.${h}`)))) {
            signals.push(`endpoint host ${host}`);
        }
    }
    for (const p of arrayOf(s["properties"]))
        if (isDict(p) && String(p["name"] ?? "").startsWith("cdx:ai:"))
            signals.push(`property ${String(p["name"])}`);
    for (const t of arrayOf(s["tags"]))
        if (typeof t === "string" && AI_WORDS.test(t))
            signals.push(`tag ${t}`);
    const label = [str(s["name"]), entityName(s["provider"]), str(s["group"]), str(s["description"])].filter(Boolean).join(" ");
    if (signals.length === 0 && AI_WORDS.test(label))
        signals.push("name or description names an AI service");
    return unique(signals);
}
function dataFlow(d) {
    return { flow: str(d["flow"]), classification: str(d["classification"]), source: strings(d["source"]), destination: strings(d["destination"]) };
}
function service(s, path) {
    return {
        pointer: ptr(path),
        ref: str(s["bom-ref"]),
        name: str(s["name"]),
        provider: entityName(s["provider"]),
        endpoints: arrayOf(s["endpoints"]).flatMap((e) => (str(e) ? [str(e)] : [])),
        authenticated: typeof s["authenticated"] === "boolean" ? s["authenticated"] : null,
        trust_boundary: typeof s["x-trust-boundary"] === "boolean" ? s["x-trust-boundary"] : null,
        data_flows: arrayOf(s["data"]).flatMap((d) => (isDict(d) ? [dataFlow(d)] : [])),
        ai_signals: aiSignals(s),
        trust_zone: str(s["trustZone"]),
        external_references: externalRefsOf(s["externalReferences"]),
        properties: propertiesOf(s["properties"]),
    };
}
/** Depth-first walk over nested `components` (or `services`), with each item's raw path. */
function walk(items, key, base, visit) {
    arrayOf(items).forEach((item, i) => {
        if (!isDict(item))
            return;
        const path = [...base, i];
        visit(item, path);
        walk(item[key], key, [...path, key], visit);
    });
}

;// CONCATENATED MODULE: ./src/readers/cyclonedx-cards.ts




function cyclonedx_cards_texts(v, render = str) {
    return joinText(arrayOf(v).map(render));
}
function contactOf(c) {
    const supplier = isDict(c["supplier"]) ? c["supplier"] : {};
    return (arrayOf(supplier["contact"]).map((x) => (isDict(x) ? str(x["email"]) ?? str(x["name"]) : null)).find(Boolean) ??
        externalRefsOf(c["externalReferences"]).find((r) => ["support", "issue-tracker", "security-contact", "rfc-9116"].includes(r.type))?.url ??
        null);
}
function energyOf(env) {
    return arrayOf(env["energyConsumptions"]).flatMap((e) => {
        if (!isDict(e))
            return [];
        const cost = dictAt(e, "activityEnergyCost");
        const value = str(cost["value"]);
        return value ? [{ activity: str(e["activity"]) ?? "other", value, unit: str(cost["unit"]) }] : [];
    });
}
function cdxModelCard(ctx, c, path) {
    const at = new SourceMapBuilder(ctx.doc, path);
    const mc = dictAt(c, "modelCard");
    const params = dictAt(mc, "modelParameters");
    const cons = dictAt(mc, "considerations");
    const qa = dictAt(mc, "quantitativeAnalysis");
    const env = isDict(cons["environmentalConsiderations"]) ? cons["environmentalConsiderations"] : null;
    const comp = component(c, path, ctx.dependsOn);
    const sources = [
        { path: [...path, "modelCard", "properties"], value: mc["properties"] },
        { path: [...path, "properties"], value: c["properties"] },
        ...(ctx.bomProperties ? [ctx.bomProperties] : []),
    ];
    const prop = (field, ...names) => {
        const hit = findProperty(sources, ...names);
        if (hit && field)
            at.set(field, ctx.doc.locate(hit.path));
        return hit?.value ?? null;
    };
    const metrics = arrayOf(qa["performanceMetrics"]).flatMap((m) => isDict(m) && str(m["type"]) && str(m["value"]) ? [{ type: str(m["type"]), value: str(m["value"]) }] : []);
    const datasetEntries = arrayOf(params["datasets"]).filter(isDict);
    const datasets = datasetEntries.flatMap((d) => [str(d["ref"]) ?? str(d["name"])].filter((x) => !!x));
    const declaredSensitive = datasetEntries.filter((d) => Array.isArray(d["sensitiveData"]));
    const limitations = joinText([
        cyclonedx_cards_texts(cons["technicalLimitations"]),
        cyclonedx_cards_texts(cons["ethicalConsiderations"], (r) => (isDict(r) ? joinText([str(r["name"]), str(r["mitigationStrategy"])], ": ") : null)),
        cyclonedx_cards_texts(cons["fairnessAssessments"], (r) => (isDict(r) ? joinText([str(r["groupAtRisk"]), str(r["harms"])], ": ") : null)),
        str(mc["limitation"]),
    ]);
    const approach = str(dictAt(params, "approach")["type"]);
    at.positions[""] = at.root();
    at.map("/intended_use", ["modelCard", "considerations", "useCases"], ["modelCard", "considerations"], ["modelCard"]);
    at.map("/out_of_scope_use", ["modelCard", "properties"], ["modelCard", "considerations"], ["modelCard"]);
    at.map("/limitations", ["modelCard", "considerations", "technicalLimitations"], ["modelCard", "considerations", "ethicalConsiderations"], ["modelCard", "considerations"], ["modelCard"]);
    at.map("/training_data", ["modelCard", "modelParameters", "datasets"], ["modelCard", "modelParameters"], ["modelCard"]);
    at.map("/datasets", ["modelCard", "modelParameters", "datasets"]);
    at.map("/evaluation", ["modelCard", "quantitativeAnalysis"], ["modelCard"]);
    at.map("/metrics", ["modelCard", "quantitativeAnalysis", "performanceMetrics"]);
    at.map("/environmental_impact", ["modelCard", "considerations", "environmentalConsiderations"], ["modelCard", "considerations"]);
    at.map("/energy", ["modelCard", "considerations", "environmentalConsiderations", "energyConsumptions"], ["modelCard", "considerations"]);
    at.map("/licenses", ["licenses"]);
    at.map("/hashes", ["hashes"]);
    at.map("/base_models", ["pedigree", "ancestors"], ["pedigree"]);
    at.map("/supplier", ["supplier"], ["manufacturer"], ["publisher"], ["authors"], ["author"], ["group"]);
    at.map("/owners", ["authors"], ["author"], ["manufacturer"], ["supplier"]);
    at.map("/contact", ["supplier", "contact"], ["externalReferences"]);
    at.map("/name", ["name"]);
    at.map("/version", ["version"]);
    at.map("/description", ["description"]);
    at.map("/task", ["modelCard", "modelParameters", "task"], ["modelCard", "modelParameters"]);
    at.map("/architecture", ["modelCard", "modelParameters", "modelArchitecture"], ["modelCard", "modelParameters", "architectureFamily"], ["modelCard", "modelParameters"]);
    at.map("/training_procedure", ["modelCard", "modelParameters", "approach"], ["modelCard", "modelParameters"]);
    at.map("/sensitive_data", ["modelCard", "modelParameters", "datasets"]);
    const riskRef = comp.external_references.find((r) => r.type === "risk-assessment");
    const card = {
        ...blankModelCard({ id: `${ctx.relPath}#${comp.pointer}`, path: ctx.relPath, format: "cyclonedx", format_version: ctx.version }),
        name: comp.name,
        version: comp.version,
        supplier: comp.supplier,
        licenses: comp.licenses,
        hashes: comp.hashes,
        base_models: comp.ancestors,
        derived: comp.ancestors.length > 0 || findProperty(sources.slice(0, 2), "cdx:ai:variant") !== null,
        datasets,
        intended_use: cyclonedx_cards_texts(cons["useCases"]) ?? prop("/intended_use", "informationAboutApplication"),
        out_of_scope_use: prop(null, "aigis:out-of-scope-use"),
        limitations: limitations ?? prop("/limitations", "limitation"),
        training_data: datasets.length ? datasets.join(", ") : null,
        evaluation: metrics.length ? metrics.map((m) => `${m.type}=${m.value}`).join(", ") : prop("/evaluation", "metric"),
        metrics,
        environmental_impact: env ? JSON.stringify(env) : prop("/environmental_impact", "energyConsumption"),
        contact: contactOf(c),
        description: str(c["description"]),
        task: str(params["task"]) ?? prop("/task", "domain"),
        architecture: joinText([str(params["architectureFamily"]), str(params["modelArchitecture"])], " / ") ?? prop("/architecture", "typeOfModel"),
        training_procedure: joinText([approach ? `approach: ${approach}` : null, prop("/training_procedure", "informationAboutTraining"), prop(null, "hyperparameter")]),
        owners: partiesOf(c),
        energy: env ? energyOf(env) : [],
        risk_assessment: prop("/risk_assessment", "safetyRiskAssessment") ?? riskRef?.url ?? null,
        autonomy_type: prop("/autonomy_type", "autonomyType"),
        human_oversight: prop("/human_oversight", "aigis:human-oversight"),
        sensitive_data: declaredSensitive.length
            ? declaredSensitive.flatMap((d) => strings(d["sensitiveData"])).join(", ") || "none declared (empty sensitiveData)"
            : prop("/sensitive_data", "useSensitivePersonalInformation"),
        standards: unique(strings(prop("/standards", "standardCompliance")?.split(/\s*[,;]\s*/))),
        unsupported: ["test_datasets"],
    };
    if (riskRef && !at.positions["/risk_assessment"])
        at.map("/risk_assessment", ["externalReferences"]);
    return { artifact: card, raw: c, positions: at.positions };
}
function distributionsOf(c, data) {
    const fromData = data.flatMap((d) => {
        const url = str(dictAt(d, "contents")["url"]);
        return url ? [{ name: str(d["name"]), url, hashes: [] }] : [];
    });
    const fromRefs = arrayOf(c["externalReferences"]).flatMap((r) => isDict(r) && str(r["url"]) && /^distribution/.test(str(r["type"]) ?? "") ? [{ name: str(r["comment"]), url: str(r["url"]), hashes: hashesOf(r["hashes"]) }] : []);
    return [...fromData, ...fromRefs];
}
function cdxDataset(ctx, c, path) {
    const at = new SourceMapBuilder(ctx.doc, path);
    const comp = component(c, path, ctx.dependsOn);
    const rawData = arrayOf(c["data"]);
    const data = rawData.filter(isDict);
    const first = data[0] ?? {};
    const firstIdx = data.length ? rawData.indexOf(first) : 0;
    const governance = dictAt(first, "governance");
    const role = (name) => arrayOf(governance[name]).flatMap((p) => {
        if (!isDict(p))
            return [];
        const who = entityName(p["organization"]) ?? entityName(p["contact"]);
        return who ? [who] : [];
    });
    const [owners, stewards, custodians] = [role("owners"), role("stewards"), role("custodians")];
    // An explicit empty sensitiveData list says "none"; an absent one says nothing.
    const sensitiveDeclared = data.find((d) => Array.isArray(d["sensitiveData"]));
    const sensitive = sensitiveDeclared ? strings(sensitiveDeclared["sensitiveData"]).join(", ") || "none declared (empty sensitiveData)" : null;
    const classified = data.find((d) => str(d["classification"]));
    const sources = [{ path: [...path, "properties"], value: c["properties"] }];
    const prop = (field, name) => {
        const hit = findProperty(sources, name);
        if (hit)
            at.set(field, ctx.doc.locate(hit.path));
        return hit?.value ?? null;
    };
    at.positions[""] = at.root();
    at.map("/licenses", ["licenses"]);
    at.map("/hashes", ["hashes"]);
    at.map("/origin", ["supplier"], ["manufacturer"], ["publisher"], ["authors"], ["author"], ["group"]);
    at.map("/supplier", ["supplier"], ["manufacturer"], ["publisher"], ["authors"], ["author"], ["group"]);
    at.map("/sensitive_data", ["data", rawData.indexOf(sensitiveDeclared ?? first), "sensitiveData"], ["data", firstIdx], ["data"]);
    at.map("/owners", ["data", firstIdx, "governance", "owners"], ["data", firstIdx, "governance"], ["data", firstIdx]);
    at.map("/stewards", ["data", firstIdx, "governance", "stewards"], ["data", firstIdx, "governance"], ["data", firstIdx]);
    at.map("/custodians", ["data", firstIdx, "governance", "custodians"], ["data", firstIdx, "governance"], ["data", firstIdx]);
    at.map("/classification", ["data", rawData.indexOf(classified ?? first), "classification"], ["data", firstIdx], ["data"]);
    at.map("/collection", ["data", firstIdx, "description"], ["data", firstIdx]);
    at.map("/description", ["description"], ["data", firstIdx, "description"]);
    at.map("/distributions", ["data", firstIdx, "contents"], ["externalReferences"]);
    at.map("/name", ["name"]);
    at.map("/version", ["version"]);
    at.map("/contact", ["supplier", "contact"]);
    const knownBias = prop("/limitations", "aigis:known-bias");
    if (knownBias)
        at.set("/bias", at.positions["/limitations"]);
    const record = {
        ...blankDataset({ id: `${ctx.relPath}#${comp.pointer}`, path: ctx.relPath, format: "cyclonedx", format_version: ctx.version }),
        name: comp.name,
        version: comp.version,
        supplier: comp.supplier,
        licenses: comp.licenses,
        hashes: comp.hashes,
        origin: comp.supplier,
        collection: str(first["description"]) ?? str(c["description"]),
        source_datasets: comp.ancestors,
        sensitive_data: sensitive,
        intended_use: prop("/intended_use", "aigis:intended-use"),
        limitations: knownBias,
        bias: knownBias,
        owners: unique([...owners, ...stewards, ...custodians]),
        stewards,
        custodians,
        classification: joinText(data.map((d) => str(d["classification"])), ", "),
        description: str(c["description"]) ?? str(first["description"]),
        contact: contactOf(c),
        distributions: distributionsOf(c, data),
        unsupported: ["intended_use", "processing", "annotation", "anonymization", "maintenance", "collection_methods", "out_of_scope_use"],
    };
    return { artifact: record, raw: c, positions: at.positions };
}

// EXTERNAL MODULE: ./src/readers/generated-validator.ts
var generated_validator = __nccwpck_require__(5510);
;// CONCATENATED MODULE: ./src/readers/cyclonedx-schema.ts

/** Schema violations of a parsed CycloneDX document, one per place, most specific message first. */
function validateCycloneDx(bom, version) {
    const validate = (0,generated_validator/* validator */.N)(`cyclonedx-${version}`);
    if (!validate || validate(bom))
        return [];
    return summarize(validate.errors ?? [], version);
}
/**
 * ajv reports every failed branch of a oneOf/anyOf (a licence that is neither an id nor a name
 * gives three errors). Each composite keeps one entry that lists its branches' complaints; the
 * "must match then schema" wrappers are dropped in favour of what they wrap.
 */
function summarize(errors, version) {
    const composites = errors.filter((e) => e.keyword === "oneOf" || e.keyword === "anyOf").sort((a, b) => a.instancePath.length - b.instancePath.length || a.schemaPath.length - b.schemaPath.length);
    const consumed = new Set();
    const out = [];
    for (const c of composites) {
        if (consumed.has(c))
            continue;
        // Branch errors sit below the composite in the schema or, through a $ref, below it in the document.
        const inner = errors.filter((e) => e !== c && (e.instancePath.startsWith(`${c.instancePath}/`) || (e.instancePath === c.instancePath && e.schemaPath.startsWith(`${c.schemaPath}/`))));
        inner.forEach((e) => consumed.add(e));
        consumed.add(c);
        const why = [...new Set(inner.filter((e) => e.keyword !== "oneOf" && e.keyword !== "anyOf" && e.keyword !== "if").map(describe))].slice(0, 3);
        out.push({ path: toPath(c.instancePath), reason: why.length ? `matches none of the allowed forms (${why.join("; ")})` : describe(c) });
    }
    for (const e of errors) {
        if (consumed.has(e) || e.keyword === "if")
            continue;
        const path = toPath(e.instancePath);
        if (e.keyword === "additionalProperties")
            path.push(String(e.params["additionalProperty"]));
        out.push({ path, reason: `${describe(e)} (CycloneDX ${version} schema)` });
    }
    const seen = new Set();
    return out.filter((v) => {
        const key = `${v.path.join("/")}\u0000${v.reason}`;
        if (seen.has(key))
            return false;
        seen.add(key);
        return true;
    });
}
function describe(e) {
    const p = e.params;
    switch (e.keyword) {
        case "additionalProperties":
            return `property "${String(p["additionalProperty"])}" is not allowed here`;
        case "required":
            return `missing required property "${String(p["missingProperty"])}"`;
        case "enum": {
            const allowed = p["allowedValues"] ?? [];
            const shown = allowed.slice(0, 8).map((x) => JSON.stringify(x)).join(", ");
            return `must be one of ${shown}${allowed.length > 8 ? ", …" : ""}`;
        }
        default:
            return e.message ?? e.keyword;
    }
}
/** ajv instancePath ("/components/0/hashes/1") → path segments, array indexes as numbers. */
function toPath(instancePath) {
    if (!instancePath)
        return [];
    return instancePath
        .slice(1)
        .split("/")
        .map((s) => s.replace(/~1/g, "/").replace(/~0/g, "~"))
        .map((s) => (/^(0|[1-9]\d*)$/.test(s) ? Number(s) : s));
}

;// CONCATENATED MODULE: ./src/readers/cyclonedx.ts
// CycloneDX 1.5–1.7 JSON: the BOM becomes an AiSbom; each machine-learning-model component with a
// modelCard becomes a ModelCard and each data component a DatasetRecord, all located in the file.
// The document is validated against the official schema of its specVersion; violations and
// dangling references become the AiSbom's problems.









const CYCLONEDX_VERSIONS = ["1.5", "1.6", "1.7"];
const AI_TYPES = new Set(["machine-learning-model", "data"]);
function relationshipsOf(bom) {
    return arrayOf(bom["dependencies"]).flatMap((d) => {
        if (!isDict(d) || !str(d["ref"]))
            return [];
        const from = str(d["ref"]);
        return ["dependsOn", "provides"].flatMap((type) => (strings(d[type]).length ? [{ from, type, to: strings(d[type]) }] : []));
    });
}
/** bom-refs must be unique, and dependencies and dataset refs must name something in the BOM. */
function checkReferences(bom, problems) {
    const refs = new Map();
    const note = (item, path) => {
        const ref = str(item["bom-ref"]);
        if (!ref)
            return;
        if (refs.has(ref))
            problems.add([...path, "bom-ref"], `bom-ref "${ref}" is used more than once`);
        else
            refs.set(ref, path);
    };
    const meta = dictAt(bom, "metadata");
    if (isDict(meta["component"]))
        note(meta["component"], ["metadata", "component"]);
    walk(bom["components"], "components", ["components"], note);
    walk(bom["services"], "services", ["services"], note);
    const known = (ref) => refs.has(ref) || ref.startsWith("urn:cdx:");
    arrayOf(bom["dependencies"]).forEach((d, i) => {
        if (!isDict(d))
            return;
        const ref = str(d["ref"]);
        if (ref && !known(ref))
            problems.add(["dependencies", i, "ref"], `dependency ref "${ref}" names no component or service in this BOM`);
        arrayOf(d["dependsOn"]).forEach((to, j) => {
            if (str(to) && !known(str(to)))
                problems.add(["dependencies", i, "dependsOn", j], `dependsOn "${str(to)}" names no component or service in this BOM`);
        });
    });
    walk(bom["components"], "components", ["components"], (c, path) => {
        arrayOf(dictAt(dictAt(c, "modelCard"), "modelParameters")["datasets"]).forEach((d, j) => {
            const ref = isDict(d) ? str(d["ref"]) : null;
            if (ref && !known(ref))
                problems.add([...path, "modelCard", "modelParameters", "datasets", j, "ref"], `dataset ref "${ref}" names no data component in this BOM`);
        });
    });
}
/** `aigis:waive` properties: on the BOM and its metadata (whole file), on components and services (that item). */
function bomWaivers(doc, bom) {
    const meta = dictAt(bom, "metadata");
    const out = [
        ...(0,waiver_syntax/* inlineWaiversFromProperties */.AN)(doc, ["metadata", "properties"], meta["properties"], null),
        ...(0,waiver_syntax/* inlineWaiversFromProperties */.AN)(doc, ["properties"], bom["properties"], null),
    ];
    if (isDict(meta["component"]))
        out.push(...(0,waiver_syntax/* inlineWaiversFromProperties */.AN)(doc, ["metadata", "component", "properties"], meta["component"]["properties"], ptr(["metadata", "component"])));
    for (const key of ["components", "services"]) {
        walk(bom[key], key, [key], (item, path) => out.push(...(0,waiver_syntax/* inlineWaiversFromProperties */.AN)(doc, [...path, "properties"], item["properties"], ptr(path))));
    }
    return out;
}
function readCycloneDx(relPath, doc) {
    const bom = doc.value;
    if (!isDict(bom) || bom["bomFormat"] !== "CycloneDX")
        throw new readers_errors/* ArtifactError */.n('not a CycloneDX BOM (bomFormat is not "CycloneDX")');
    const version = str(bom["specVersion"]);
    if (!version || !CYCLONEDX_VERSIONS.includes(version)) {
        const pos = doc.locate(["specVersion"]) ?? { line: 1, column: 1 };
        throw new readers_errors/* ArtifactError */.n(`CycloneDX specVersion ${version ?? "(missing)"} is not supported; AI components need 1.5, 1.6 or 1.7`, pos.line, pos.column);
    }
    const problems = new ProblemList(doc);
    for (const v of validateCycloneDx(bom, version))
        problems.add(v.path, v.reason);
    checkReferences(bom, problems);
    const relationships = relationshipsOf(bom);
    const dependsOn = new Map(relationships.filter((r) => r.type === "dependsOn").map((r) => [r.from, r.to]));
    const meta = dictAt(bom, "metadata");
    const metaComponent = isDict(meta["component"]) ? meta["component"] : null;
    // Where the AI components are: components[] (nested too) and, for AI-BOM generators that
    // describe one model, metadata.component when components[] does not repeat it.
    const found = [];
    walk(bom["components"], "components", ["components"], (c, path) => {
        if (AI_TYPES.has(str(c["type"]) ?? ""))
            found.push({ c, path });
    });
    if (metaComponent && AI_TYPES.has(str(metaComponent["type"]) ?? "")) {
        const ref = str(metaComponent["bom-ref"]);
        const repeated = found.some(({ c }) => (ref ? str(c["bom-ref"]) === ref : str(c["name"]) === str(metaComponent["name"])));
        if (!repeated)
            found.unshift({ c: metaComponent, path: ["metadata", "component"] });
    }
    const models = found.filter(({ c }) => str(c["type"]) === "machine-learning-model");
    const ctx = {
        relPath,
        doc,
        version,
        dependsOn,
        bomProperties: models.length === 1 ? { path: ["metadata", "properties"], value: meta["properties"] } : null,
    };
    const at = new SourceMapBuilder(doc);
    at.positions[""] = { line: 1, column: 1 };
    const out = [];
    const components = [];
    for (const { c, path } of found) {
        components.push(component(c, path, dependsOn));
        at.map(ptr(path), path);
        for (const f of ["hashes", "version", "licenses", "supplier"])
            at.map(ptr([...path, f]), [...path, f], path);
        if (str(c["type"]) === "machine-learning-model" && isDict(c["modelCard"]))
            out.push(cdxModelCard(ctx, c, path));
        if (str(c["type"]) === "data")
            out.push(cdxDataset(ctx, c, path));
    }
    const services = [];
    walk(bom["services"], "services", ["services"], (s, path) => {
        services.push(service(s, path));
        at.map(ptr(path), path);
        at.map(ptr([...path, "provider"]), [...path, "provider"], path);
        at.map(ptr([...path, "data_flows"]), [...path, "data"], path);
        arrayOf(s["endpoints"]).forEach((_, j) => at.map(ptr([...path, "endpoints", j]), [...path, "endpoints", j]));
    });
    at.map("/supplier", ["metadata", "supplier"], ["metadata", "manufacturer"], ["metadata", "authors"], ["metadata"]);
    at.map("/relationships", ["dependencies"]);
    at.map("/timestamp", ["metadata", "timestamp"], ["metadata"]);
    at.map("/name", ["metadata", "component", "name"], ["metadata"]);
    const sbom = {
        ...blankSbom({ id: relPath, path: relPath, format: "cyclonedx", format_version: version, spec: "cyclonedx" }),
        name: metaComponent ? str(metaComponent["name"]) : null,
        timestamp: str(meta["timestamp"]),
        components,
        services,
        supplier: entityName(meta["supplier"]) ??
            entityName(meta["manufacturer"]) ??
            entityName(meta["manufacture"]) ??
            arrayOf(meta["authors"]).map(entityName).find((x) => x) ??
            (metaComponent ? supplierOf(metaComponent) : null),
        relationships,
        external_references: [...externalRefsOf(bom["externalReferences"]), ...(metaComponent ? externalRefsOf(metaComponent["externalReferences"]) : [])],
        properties: [...propertiesOf(meta["properties"]), ...propertiesOf(bom["properties"])],
    };
    sbom.problems = withProblems(at.positions, problems);
    return [(0,waiver_syntax/* withInlineWaivers */.J8)({ artifact: sbom, raw: bom, positions: at.positions }, bomWaivers(doc, bom)), ...out];
}

;// CONCATENATED MODULE: ./src/readers/dps.ts





/** A document is a DPS record when it has the three groups (spec or generator spelling). */
function looksLikeDps(v) {
    return isDict(v) && isDict(v["source"]) && isDict(v["provenance"]) && isDict(v["use"]);
}
// Elements the specification requires (cardinality 1..1 or 1..*), per group.
const dps_REQUIRED = {
    source: ["version", "title", "id", "issuer", "description"],
    provenance: ["origin-geography", "date", "generation-method", "format"],
    use: ["intended-purpose"],
};
const SUPPORTED_MAJOR = "1.";
function orgName(v) {
    return isDict(v) ? str(v["name"]) : str(v);
}
function concept(v) {
    return isDict(v) ? str(v["code"]) ?? str(v["description"]) ?? str(v["display"]) : str(v);
}
function pick(d, ...keys) {
    for (const k of keys)
        if (d[k] !== undefined)
            return [k, d[k]];
    return null;
}
function check(v, problems) {
    for (const [group, keys] of Object.entries(dps_REQUIRED)) {
        const g = v[group];
        for (const k of keys) {
            const value = g[k];
            if (value === undefined || value === null || value === "" || (Array.isArray(value) && value.length === 0)) {
                problems.add([group], `missing required element ${group}.${k} (Data Provenance Standard 1.0)`);
            }
        }
    }
    const source = v["source"];
    listOf(source["issuer"]).forEach((o, i) => {
        if (!orgName(o))
            problems.add(Array.isArray(source["issuer"]) ? ["source", "issuer", i] : ["source", "issuer"], "issuer must be an organization with a name");
    });
    const date = v["provenance"]["date"];
    if (date !== undefined && !(typeof date === "string" && /^\d{4}(-\d\d(-\d\d([T ][\d:.]+(Z|[+-]\d\d:?\d\d)?)?)?)?$/.test(date))) {
        problems.add(["provenance", "date"], "provenance.date must be an ISO 8601 date (YYYY, YYYY-MM or YYYY-MM-DD, optionally with a time)");
    }
}
function readDps(relPath, doc) {
    const v = doc.value;
    if (!looksLikeDps(v))
        throw new readers_errors/* ArtifactError */.n("not a Data Provenance Standard record (needs source, provenance and use)");
    const record = v;
    const source = record["source"];
    const prov = record["provenance"];
    const use = record["use"];
    const version = str(source["version"]);
    if (version && !version.startsWith(SUPPORTED_MAJOR) && version !== "1") {
        const pos = doc.locate(["source", "version"]) ?? { line: 1, column: 1 };
        throw new readers_errors/* ArtifactError */.n(`Data Provenance Standard version ${version} is not supported; aigis reads 1.x records`, pos.line, pos.column);
    }
    const at = new SourceMapBuilder(doc);
    at.positions[""] = doc.locate(["source"]) ?? { line: 1, column: 1 };
    const problems = new ProblemList(doc);
    check(record, problems);
    const issuers = listOf(source["issuer"]).map(orgName).filter((x) => !!x);
    const origins = listOf(prov["origin"]).map(orgName).filter((x) => !!x);
    const geography = listOf(prov["origin-geography"])
        .map((g) => (isDict(g) ? joinText([str(g["country"]), str(g["state"])], "-") : str(g)))
        .filter((x) => !!x);
    const originText = [...(origins.length ? origins : issuers), ...geography.map((g) => `(${g})`)].join(" ") || null;
    const methods = listOf(prov["generation-method"]).map(concept).filter((x) => !!x);
    const date = str(prov["date"]);
    const collection = methods.length ? `${methods.join(", ")}${date ? `; issued ${date}` : ""}` : null;
    const regulations = listOf(use["classification"]).flatMap((c) => {
        if (!isDict(c))
            return str(c) ? [{ code: str(c), evaluated: undefined }] : [];
        const code = concept(c["regulation"]) ?? concept(c);
        return code ? [{ code, evaluated: c["evaluated"] }] : [];
    });
    const classifications = regulations.map(({ code, evaluated }) => `${code}${evaluated === true ? " (evaluated)" : evaluated === false ? " (not evaluated)" : ""}`);
    const privacy = pick(use, "privacy-enhancing", "privacy-indicators");
    const privacyTools = privacy
        ? listOf(privacy[1]).map((p) => (isDict(p) ? concept(p["tool-category"]) ?? str(p["tool"]) ?? str(p["tool-used"]) : str(p))).filter((x) => !!x)
        : [];
    const licenses = listOf(use["license"]).flatMap((l) => {
        const s = isDict(l) ? str(l["code"]) ?? str(l["name"]) ?? str(l["url"]) : str(l);
        if (!s)
            return [];
        return [/^https?:/i.test(s) ? { spdx: null, name: s, url: s } : { spdx: /^[A-Za-z0-9.+-]+$/.test(s) ? s : null, name: s, url: null }];
    });
    const purposes = listOf(use["intended-purpose"]).map(concept).filter((x) => !!x);
    const sourceDatasets = listOf(prov["source"]).map((s) => (isDict(s) ? str(s["url"]) ?? str(s["name"]) : str(s))).filter((x) => !!x);
    at.map("/name", ["source", "title"]);
    at.map("/description", ["source", "description"]);
    at.map("/supplier", ["source", "issuer"], ["source"]);
    at.map("/owners", ["source", "issuer"], ["source"]);
    at.map("/origin", ["provenance", "origin"], ["source", "issuer"], ["provenance"]);
    at.map("/collection", ["provenance", "generation-method"], ["provenance"]);
    at.map("/collection_methods", ["provenance", "generation-method"], ["provenance"]);
    at.map("/sensitive_data", ["use", "classification"], ["use"]);
    at.map("/classification", ["use", "classification"], ["use"]);
    at.map("/licenses", ["use", "license"], ["use"]);
    at.map("/intended_use", ["use", "intended-purpose"], ["use"]);
    at.map("/source_datasets", ["provenance", "source"], ["provenance"]);
    at.map("/anonymization", ...(privacy ? [["use", privacy[0]]] : []), ["use"]);
    const dataset = {
        ...blankDataset({ id: relPath, path: relPath, format: "dtadps", format_version: version }),
        name: str(source["title"]),
        description: str(source["description"]),
        supplier: issuers[0] ?? null,
        licenses,
        origin: originText,
        collection,
        collection_methods: methods,
        anonymization: privacyTools.join(", ") || null,
        source_datasets: sourceDatasets,
        // Protection measures qualify the personal-data statement; DPS has no field for data preparation.
        sensitive_data: classifications.length
            ? `${classifications.join(", ")}${privacyTools.length ? `; protected by ${privacyTools.join(", ")}` : ""}`
            : Array.isArray(use["classification"])
                ? "none declared (empty classification)"
                : null,
        classification: regulations.length ? regulations.map((r) => r.code).join(", ") : null,
        intended_use: purposes.length ? purposes.join(", ") : null,
        owners: issuers,
        unsupported: ["hashes", "limitations", "processing", "bias", "annotation", "maintenance", "out_of_scope_use", "contact", "distributions"],
    };
    dataset.problems = withProblems(at.positions, problems);
    return { artifact: dataset, raw: v, positions: at.positions };
}

;// CONCATENATED MODULE: ./src/readers/agent/secrets.ts
// Finds credentials written into agent files and masks them. A secret's value must never leave the
// reader: callers get spans to replace, a kind and a masked form (`sk-p…` for token formats whose
// first characters only say which provider issued them, `****` for everything else).
//
// References to variables (`${VAR}`, `${env:VAR}`, `${input:id}`, `$VAR`, `os.environ/VAR`) and obvious
// placeholders (`<your key>`, `YOUR_API_KEY`, `xxxx`, `changeme`) are not secrets.
/** Token formats with a provider prefix. Order matters: the first match at a position wins. */
const TOKEN_SHAPES = [
    { kind: "private-key", re: /-----BEGIN [A-Z ]{0,20}PRIVATE KEY-----/g },
    { kind: "anthropic-key", re: /sk-ant-[A-Za-z0-9_-]{20,}/g },
    { kind: "openai-key", re: /sk-(?:proj-|svcacct-|admin-)?[A-Za-z0-9_-]{20,}/g },
    { kind: "github-token", re: /(?:gh[pousr]_[A-Za-z0-9]{30,}|github_pat_[A-Za-z0-9_]{30,})/g },
    { kind: "gitlab-token", re: /glpat-[A-Za-z0-9_-]{20,}/g },
    { kind: "slack-token", re: /xox[abposr]-[A-Za-z0-9-]{10,}/g },
    { kind: "aws-access-key", re: /(?:AKIA|ASIA)[A-Z0-9]{16}/g },
    { kind: "google-api-key", re: /AIza[0-9A-Za-z_-]{30,}/g },
    { kind: "huggingface-token", re: /hf_[A-Za-z0-9]{30,}/g },
    { kind: "stripe-key", re: /(?:sk|rk)_live_[A-Za-z0-9]{20,}/g },
    { kind: "npm-token", re: /npm_[A-Za-z0-9]{36,}/g },
    { kind: "jwt", re: /eyJ[A-Za-z0-9_-]{8,}\.eyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}/g },
];
/** Kinds whose first characters identify only the issuer, so showing them reveals nothing. */
const PREFIX_KINDS = new Set(TOKEN_SHAPES.map((t) => t.kind).filter((k) => k !== "private-key"));
// Parts of a key name that make it a credential's name, and parts that make it something else
// (MAX_TOKENS, TOKEN_LIMIT, API_KEY_HEADER, PASSWORD_MIN_LENGTH, KEY_FILE …).
const CREDENTIAL_PARTS = new Set(["key", "apikey", "token", "secret", "password", "passwd", "pwd", "credential", "credentials", "pat", "auth", "authorization", "passphrase", "signature", "sig"]);
const NOT_CREDENTIAL_PARTS = new Set([
    "max", "min", "limit", "limits", "count", "length", "size", "header", "file", "path", "dir", "url", "uri", "endpoint", "name", "type",
    "env", "var", "field", "id", "tokens", "ttl", "expiry", "expires", "duration", "mode", "provider", "method", "scheme", "host", "port",
    "enabled", "required", "prefix", "format", "version", "region", "budget", "timeout", "param", "params", "location", "strategy",
]);
/** Last parts of a key that always holds a credential: any literal value under it is one. */
const STRICT_PARTS = new Set(["key", "apikey", "token", "secret", "password", "passwd", "pwd", "passphrase"]);
function keyParts(key) {
    return key
        .replace(/([a-z0-9])([A-Z])/g, "$1 $2")
        .toLowerCase()
        .split(/[^a-z0-9]+/)
        .filter(Boolean);
}
/** A key such as GITHUB_TOKEN, apiKey, X-API-Key or client_secret. */
function credentialKey(key) {
    const parts = keyParts(key);
    if (parts.some((p) => NOT_CREDENTIAL_PARTS.has(p)))
        return false;
    return parts.some((p) => CREDENTIAL_PARTS.has(p)) || /api-?key|apikey|accesskey|secretkey/i.test(key);
}
/** A key whose name ends in the credential itself (DB_PASSWORD, OPENAI_API_KEY, master_key). */
function strictKey(key) {
    const parts = keyParts(key);
    return credentialKey(key) && STRICT_PARTS.has(parts[parts.length - 1] ?? "");
}
const REFERENCE = /^(?:\$\{\{[^}]*\}\}|\$\{[^}]+\}|\$[A-Za-z_][A-Za-z0-9_]*|%[A-Za-z_][A-Za-z0-9_]*%|os\.environ\/[A-Za-z_][A-Za-z0-9_]*|env:[A-Za-z_][A-Za-z0-9_]*|\{\{[^}]*\}\})$/;
/** The value only names a variable, input or template slot. */
function isReference(value) {
    return REFERENCE.test(value.trim());
}
const PLACEHOLDER = new RegExp([
    String.raw `^<[^>]*>$`, String.raw `^\[[^\]]*\]$`, String.raw `^\*+$`, String.raw `^\.+$`, String.raw `^(.)\1*$`,
    String.raw `^(your|my|insert|enter|replace|add)[-_ ]`, String.raw `x{4,}|X{4,}|\.{3}|…`,
    "changeme|change[-_]me|replace[-_]?me|placeholder|dummy|example|redacted|fake|sample|foobar|not[-_]?a[-_]?real|todo",
    "^(none|null|nil|empty|tbd|n/a|secret|password|token|key|test|demo|ollama|lm-?studio|unused|anything|not[-_]?needed|sk-no-key-required)$",
].join("|"), "i");
/** Obvious stand-ins that documentation and templates use for a real value. */
function isPlaceholder(value) {
    return PLACEHOLDER.test(value.trim());
}
function entropy(s) {
    const counts = new Map();
    for (const c of s)
        counts.set(c, (counts.get(c) ?? 0) + 1);
    let h = 0;
    for (const n of counts.values())
        h -= (n / s.length) * Math.log2(n / s.length);
    return h;
}
// Code in instruction files (`token: string`, `password = form["password"]`, `config.apiKey`) and
// variable names (`api_key: OPENAI_API_KEY`) sit where a credential would, but are none.
const CODE_LIKE = /[()[\]{}<>;]|^[A-Za-z_$][\w$]*(\.[A-Za-z_$][\w$]*)+$/;
const ENV_NAME = /^[A-Z][A-Z0-9]*(_[A-Z0-9]+)+$/;
/** A literal that could be a credential: one word, not a reference, placeholder or code, varied enough. */
function literalCredential(value, strict) {
    const v = value.trim();
    if (/\s/.test(v) || isReference(v) || isPlaceholder(v) || v.includes("${") || /^(true|false|\d+(\.\d+)?)$/i.test(v))
        return false;
    if (/^(https?|wss?):\/\//i.test(v) || v.startsWith("/") || v.startsWith("./") || v.startsWith("~"))
        return false;
    if (CODE_LIKE.test(v) || ENV_NAME.test(v))
        return false;
    // Under a key that names the credential any literal counts, but a plain lower-case word there is a
    // type or keyword (`string`, `required`), not a secret.
    if (strict)
        return v.length >= 6 && /[^a-z]/.test(v);
    return v.length >= 8 && entropy(v) >= 3;
}
/** Real tokens are random: they carry digits (and OpenAI/Anthropic keys capitals), kebab-case words do not. */
function plausibleToken(kind, token) {
    if (kind === "private-key")
        return true;
    if (!/[0-9]/.test(token))
        return false;
    return !(kind === "openai-key" || kind === "anthropic-key") || /[A-Z]/.test(token);
}
/** Spans of the known token formats. */
function tokenSpans(text) {
    const out = [];
    for (const { kind, re } of TOKEN_SHAPES) {
        re.lastIndex = 0;
        for (let m = re.exec(text); m; m = re.exec(text)) {
            const start = m.index;
            const end = start + m[0].length;
            // A token is a whole word: `mask-…` or `task-…` in prose is not `sk-…`.
            if (start > 0 && /[A-Za-z0-9_]/.test(text[start - 1]))
                continue;
            if (isPlaceholder(m[0]) || !plausibleToken(kind, m[0]))
                continue;
            out.push({ start, end, kind });
        }
    }
    return out;
}
// Credentials in context: an HTTP auth scheme, a password in a URL, a credential-named query
// parameter, a key = value pair or a --flag value on one line.
const BEARER = /\b(Bearer|Token)\s+([A-Za-z0-9._~+/=-]{8,})/g;
const BASIC = /\bBasic\s+([A-Za-z0-9+/]{8,}={0,2})/g;
const URL_PASSWORD = /\b[a-z][a-z0-9+.-]*:\/\/([^:/\s@'"]+):([^@\s/'"]+)@/gi;
const URL_QUERY = /[?&]([A-Za-z0-9_-]*(?:key|token|secret|password|auth|sig|signature)[A-Za-z0-9_-]*)=([^&\s#"']+)/gi;
const KEY_VALUE = /(?:^|[\s"'{,(])["']?([A-Za-z0-9_.-]{2,64})["']?\s*[:=]\s*["']?([^\s"',}]+)/g;
const FLAG_VALUE = /(?:^|\s)--?([A-Za-z0-9-]{2,40})(?:=|\s+)["']?([^\s"']+)/g;
function contextSpans(text) {
    const out = [];
    const add = (m, group, kind, ok) => {
        const value = m[group];
        if (!ok)
            return;
        const start = m.index + m[0].lastIndexOf(value);
        out.push({ start, end: start + value.length, kind });
    };
    for (const m of text.matchAll(BEARER))
        add(m, 2, "bearer-token", literalCredential(m[2], false));
    for (const m of text.matchAll(BASIC))
        add(m, 1, "basic-auth", literalCredential(m[1], false));
    for (const m of text.matchAll(URL_PASSWORD))
        add(m, 2, "connection-string-password", literalCredential(m[2], true));
    for (const m of text.matchAll(URL_QUERY))
        add(m, 2, "url-credential", literalCredential(m[2], false));
    for (const m of text.matchAll(KEY_VALUE)) {
        if (credentialKey(m[1]))
            add(m, 2, "credential", literalCredential(m[2], strictKey(m[1])));
    }
    for (const m of text.matchAll(FLAG_VALUE)) {
        if (credentialKey(m[1]))
            add(m, 2, "credential", literalCredential(m[2], false));
    }
    return out;
}
/**
 * Secrets in `text`. `keyHint` names the key (or command-line flag) the whole value sits under:
 * a literal credential under a credential-named key is a secret even without a known format.
 */
function findSecrets(text, keyHint) {
    const spans = [...tokenSpans(text), ...contextSpans(text)];
    if (keyHint && credentialKey(keyHint) && !spans.some((s) => s.start === 0)) {
        const v = text.trim();
        if (literalCredential(v, strictKey(keyHint))) {
            const start = text.indexOf(v);
            spans.push({ start, end: start + v.length, kind: "credential" });
        }
    }
    return mergeSpans(spans);
}
/** Overlapping findings collapse to the widest span; a known token format names the kind. */
function mergeSpans(spans) {
    const sorted = [...spans].sort((a, b) => a.start - b.start || b.end - a.end);
    const out = [];
    for (const s of sorted) {
        const last = out[out.length - 1];
        if (last && s.start < last.end) {
            if (PREFIX_KINDS.has(s.kind) && !PREFIX_KINDS.has(last.kind))
                last.kind = s.kind;
            last.end = Math.max(last.end, s.end);
        }
        else
            out.push({ ...s });
    }
    return out;
}
/** What a report may show of a secret. */
function maskSecret(value, kind) {
    if (!PREFIX_KINDS.has(kind))
        return "****";
    return `${value.slice(0, Math.min(4, Math.floor(value.length / 4)))}…`;
}
/** The text with every secret replaced by its masked form. */
function maskSpans(text, spans) {
    let out = "";
    let at = 0;
    for (const s of spans) {
        out += text.slice(at, s.start) + maskSecret(text.slice(s.start, s.end), s.kind);
        at = s.end;
    }
    return out + text.slice(at);
}
function maskText(text, keyHint) {
    const spans = findSecrets(text, keyHint);
    return spans.length ? maskSpans(text, spans) : text;
}

;// CONCATENATED MODULE: ./src/readers/agent/unicode.ts
// Invisible and direction-changing characters. In prompts and tool configuration they can hide
// instructions from a human reviewer while the model still reads them ("rules file backdoor",
// ASCII smuggling with Unicode tag characters). They are reported as code points, never decoded.
/** Tag characters, zero-width characters, word joiner, BOM inside text, bidirectional controls. */
const HIDDEN = /[\u{E0000}-\u{E007F}\u200B-\u200D\u2060\uFEFF\u202A-\u202E\u2066-\u2069]/gu;
const PICTOGRAPH = /\p{Extended_Pictographic}/u;
const BLACK_FLAG = 0x1f3f4;
/** Whether the character at `i` is part of an emoji sequence (ZWJ joins, subdivision flags). */
function inEmoji(chars, i) {
    const c = chars[i].codePointAt(0);
    if (c === 0x200d) {
        const before = chars[i - 1] === "\uFE0F" ? chars[i - 2] : chars[i - 1];
        return !!before && PICTOGRAPH.test(before) && !!chars[i + 1] && PICTOGRAPH.test(chars[i + 1]);
    }
    if (c >= 0xe0020 && c <= 0xe007f) {
        // 🏴 + tag letters + cancel tag is how subdivision flags (England, Scotland, Wales) are spelled.
        let j = i;
        while (j > 0 && chars[j - 1].codePointAt(0) >= 0xe0020 && chars[j - 1].codePointAt(0) <= 0xe007f)
            j--;
        return j > 0 && chars[j - 1].codePointAt(0) === BLACK_FLAG;
    }
    return false;
}
const hex = (c) => `U+${c.toString(16).toUpperCase().padStart(4, "0")}`;
/** Hidden characters in one piece of text, or null when there are none. */
function findHidden(text) {
    HIDDEN.lastIndex = 0;
    if (!HIDDEN.test(text))
        return null;
    const chars = Array.from(text);
    const seen = [];
    let count = 0;
    chars.forEach((ch, i) => {
        HIDDEN.lastIndex = 0;
        if (!HIDDEN.test(ch) || inEmoji(chars, i))
            return;
        count++;
        const cp = hex(ch.codePointAt(0));
        if (!seen.includes(cp))
            seen.push(cp);
    });
    return count ? { codePoints: seen.slice(0, 16), count } : null;
}
/** The text with hidden characters made visible as U+FFFD, so nothing downstream renders them. */
function stripHidden(text) {
    HIDDEN.lastIndex = 0;
    if (!HIDDEN.test(text))
        return text;
    const chars = Array.from(text);
    return chars
        .map((ch, i) => {
        HIDDEN.lastIndex = 0;
        return HIDDEN.test(ch) && !inEmoji(chars, i) ? "\uFFFD" : ch;
    })
        .join("");
}

;// CONCATENATED MODULE: ./src/readers/agent/scan.ts



/** More entries than this in one file say "this file is full of them"; the rest are counted, not listed. */
const MAX_ENTRIES = 100;
/** Masks secrets and makes hidden characters visible: for every string that enters the artifact. */
function clean(text, keyHint) {
    return stripHidden(maskText(text, keyHint));
}
class AgentScan {
    secrets = [];
    hidden = [];
    positions = {};
    /** Raw secret values, kept only to prove at the end that none reached the artifact. */
    raw = new Set();
    lines;
    constructor(text) {
        this.lines = text.split(/\r\n|\r|\n/);
    }
    addSecret(field, kind, value, masked, pos) {
        this.raw.add(value);
        if (this.secrets.length >= MAX_ENTRIES || this.secrets.some((s) => s.masked === masked && this.positions[s.pointer]?.line === pos.line))
            return;
        const pointer = `/secrets/${this.secrets.length}`;
        this.secrets.push({ pointer, field: clean(field), kind, masked });
        this.positions[pointer] = pos;
    }
    addHidden(field, text, pos) {
        const found = findHidden(text);
        if (!found || this.hidden.length >= MAX_ENTRIES || this.hidden.some((h) => this.positions[h.pointer]?.line === pos.line))
            return;
        const pointer = `/hidden_unicode/${this.hidden.length}`;
        this.hidden.push({ pointer, field: clean(field), code_points: found.codePoints, count: found.count });
        this.positions[pointer] = pos;
    }
    /** Every line of the file: catches what no key holds (comments, prose, front matter). */
    scanLines(field, firstLine = 1, lastLine = this.lines.length) {
        for (let n = firstLine; n <= lastLine && n <= this.lines.length; n++) {
            const line = this.lines[n - 1];
            this.addHidden(field, line, { line: n, column: 1 });
            for (const s of findSecrets(line)) {
                const value = line.slice(s.start, s.end);
                this.addSecret(field, s.kind, value, maskSpans(value, [{ start: 0, end: value.length, kind: s.kind }]), { line: n, column: s.start + 1 });
            }
        }
    }
    /** The line, at or after `from`, that holds `needle` (a multi-line value's own line), else `from`. */
    lineOf(from, needle, span) {
        const probe = needle.slice(0, 24);
        for (let n = from.line; n < from.line + span && n <= this.lines.length; n++) {
            const col = this.lines[n - 1].indexOf(probe);
            if (col >= 0)
                return { line: n, column: col + 1 };
        }
        return from;
    }
    /**
     * Walks a parsed JSON/YAML document: secrets and hidden characters in every key and string value
     * (located at the value), and the masked copy the normalizer reads. A value's key, or the option
     * before it in an argument list (`--api-key`, `-e`), tells whether a bare literal is a credential.
     */
    scanDocument(doc) {
        const walk = (v, path, hint) => {
            if (typeof v === "string")
                return this.scanValue(doc, v, path, hint);
            if (Array.isArray(v))
                return v.map((x, i) => walk(x, [...path, i], flagName(v[i - 1]) ?? hint));
            if (isDict(v)) {
                const out = {};
                for (const [k, x] of Object.entries(v)) {
                    // Positions are looked up only for what is found: locating every key would be quadratic.
                    if (findHidden(k))
                        this.addHidden(fieldOf([...path, k]), k, doc.locate([...path, k]) ?? { line: 1, column: 1 });
                    for (const s of findSecrets(k)) {
                        const value = k.slice(s.start, s.end);
                        this.addSecret(fieldOf(path), s.kind, value, maskSpans(value, [{ start: 0, end: value.length, kind: s.kind }]), doc.locate([...path, k]) ?? { line: 1, column: 1 });
                    }
                    Object.defineProperty(out, k, { value: walk(x, [...path, k], k), enumerable: true, writable: true, configurable: true });
                }
                return out;
            }
            return v;
        };
        return walk(doc.value, [], undefined);
    }
    scanValue(doc, v, path, hint) {
        const spans = findSecrets(v, hint);
        const hiddenLine = v.split("\n").find((l) => findHidden(l));
        if (!spans.length && hiddenLine === undefined)
            return v;
        const at = doc.locate(path) ?? { line: 1, column: 1 };
        const span = v.split("\n").length + 2;
        for (const s of spans) {
            const value = v.slice(s.start, s.end);
            this.addSecret(fieldOf(path), s.kind, value, maskSpans(value, [{ start: 0, end: value.length, kind: s.kind }]), this.lineOf(at, value, span));
        }
        if (hiddenLine !== undefined)
            this.addHidden(fieldOf(path), hiddenLine, this.lineOf(at, hiddenLine, span));
        return stripHidden(spans.length ? maskSpans(v, spans) : v);
    }
    /** Last line of defence: no raw secret value may survive anywhere in the artifact. */
    scrub(artifact) {
        if (this.raw.size === 0)
            return artifact;
        const values = [...this.raw].filter((r) => r.length >= 4);
        const fix = (v) => {
            if (typeof v === "string")
                return values.reduce((s, r) => (s.includes(r) ? s.split(r).join("****") : s), v);
            if (Array.isArray(v))
                return v.map(fix);
            if (isDict(v))
                return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, fix(x)]));
            return v;
        };
        return fix(artifact);
    }
}
/** `--api-key` before a value names it the way a key would. */
function flagName(prev) {
    return typeof prev === "string" && /^--?[A-Za-z][\w-]*$/.test(prev) ? prev.replace(/^-+/, "") : undefined;
}
/** `mcpServers.github.args[3]`. */
function fieldOf(path) {
    return path.reduce((s, p) => (typeof p === "number" ? `${s}[${p}]` : s ? `${s}.${p}` : String(p)), "");
}

;// CONCATENATED MODULE: ./src/readers/agent/shape.ts
const blankPermissions = () => ({
    default_mode: null,
    allow: [],
    ask: [],
    deny: [],
    enable_all_project_servers: null,
    auto_approve_all: null,
    terminal_auto_approve: [],
});
const blankPrompt = () => ({ name: null, model: null, lines: [], variables: [] });
const blankGateway = () => ({ models: [], limits: [], aliases: [], guardrails: [], callbacks: [] });
function blankAgentConfig(relPath, format, dialect) {
    return {
        id: relPath,
        path: relPath,
        kind: "agent_config",
        format,
        format_version: null,
        problems: [],
        dialect,
        name: null,
        servers: [],
        permissions: blankPermissions(),
        prompt: blankPrompt(),
        gateway: blankGateway(),
        secrets: [],
        hidden_unicode: [],
    };
}

;// CONCATENATED MODULE: ./src/readers/agent/gateway.ts






const SECTIONS = ["litellm_settings", "general_settings", "router_settings"];
function looksLikeLiteLlm(v) {
    if (!isDict(v))
        return false;
    const models = v["model_list"];
    if (Array.isArray(models) && models.some((m) => isDict(m) && isDict(m["litellm_params"])))
        return true;
    return SECTIONS.some((s) => isDict(v[s])) && (v["model_list"] !== undefined || SECTIONS.filter((s) => isDict(v[s])).length >= 2);
}
// Settings that cap spend, rate or concurrency for the whole proxy (or every key it issues).
const GLOBAL_LIMITS = [
    ["litellm_settings", "max_budget"],
    ["litellm_settings", "max_parallel_requests"],
    ["litellm_settings", "max_end_user_budget"],
    ["litellm_settings", "max_internal_user_budget"],
    ["litellm_settings", "default_max_internal_user_budget"],
    ...["max_budget", "rpm_limit", "tpm_limit", "max_parallel_requests"].flatMap((k) => [
        ["litellm_settings", "upperbound_key_generate_params", k],
        ["litellm_settings", "default_key_generate_params", k],
    ]),
    ["general_settings", "max_parallel_requests"],
    ["general_settings", "global_max_parallel_requests"],
    ["router_settings", "provider_budget_config"],
    ["router_settings", "default_max_parallel_requests"],
];
const DEPLOYMENT_LIMITS = ["rpm", "tpm", "max_parallel_requests", "max_budget"];
/** Past this many deployments the file is generated or hostile; the rest are not read. */
const MAX_MODELS = 500;
function at(v, path) {
    return path.reduce((x, k) => (isDict(x) ? x[String(k)] : Array.isArray(x) && typeof k === "number" ? x[k] : undefined), v);
}
/** A limit counts when it is set to something: a positive number, a reference or a non-empty object. */
function setValue(v) {
    if (typeof v === "number")
        return v > 0;
    if (typeof v === "string")
        return v.trim() !== "" && v.trim() !== "0";
    return isDict(v) ? Object.keys(v).length > 0 : false;
}
function gateway_text(v) {
    const s = str(v);
    return s === null ? null : clean(s);
}
function readGateway(relPath, source, doc = (0,yaml_doc/* parseYaml */.h)(source)) {
    if (!isDict(doc.value))
        throw new readers_errors/* ArtifactError */.n("a LiteLLM proxy config must be a YAML mapping (model_list, litellm_settings, …)");
    const scan = new AgentScan(source);
    const masked = scan.scanDocument(doc);
    scan.scanLines("a comment");
    const problems = new ProblemList(doc);
    const cfg = blankAgentConfig(relPath, "gateway", "litellm");
    const pos = scan.positions;
    const gw = cfg.gateway;
    const root = doc.locate(["model_list"]) ?? SECTIONS.map((s) => doc.locate([s])).find(Boolean) ?? { line: 1, column: 1 };
    pos[""] = root;
    pos["/gateway"] = root;
    if (masked["model_list"] !== undefined && !Array.isArray(masked["model_list"]))
        problems.add(["model_list"], "model_list must be a list of model deployments");
    const models = arrayOf(masked["model_list"]);
    if (models.length > MAX_MODELS)
        problems.add(["model_list"], `more than ${MAX_MODELS} model deployments; only the first ${MAX_MODELS} are read`);
    models.slice(0, MAX_MODELS).forEach((m, k) => {
        if (!isDict(m))
            return problems.add(["model_list", k], "each model_list entry must be a mapping with model_name and litellm_params");
        const lp = dictAt(m, "litellm_params");
        if (!isDict(m["litellm_params"]))
            problems.add(["model_list", k], "model_list entry without litellm_params");
        const p = `/gateway/models/${gw.models.length}`;
        gw.models.push({
            pointer: p,
            name: gateway_text(m["model_name"]),
            model: gateway_text(lp["model"]),
            api_base: gateway_text(lp["api_base"]),
            limits: DEPLOYMENT_LIMITS.filter((l) => setValue(lp[l])),
        });
        locate(doc, pos, p, ["model_list", k]);
        locate(doc, pos, `${p}/model`, ["model_list", k, "litellm_params", "model"], ["model_list", k]);
        locate(doc, pos, `${p}/api_base`, ["model_list", k, "litellm_params", "api_base"], ["model_list", k]);
        locate(doc, pos, `${p}/limits`, ["model_list", k, "litellm_params"], ["model_list", k]);
    });
    pos["/gateway/models"] = doc.locate(["model_list"]) ?? root;
    for (const path of GLOBAL_LIMITS) {
        if (!setValue(at(masked, path)))
            continue;
        const p = `/gateway/limits/${gw.limits.length}`;
        gw.limits.push({ pointer: p, name: path.join(".") });
        locate(doc, pos, p, path);
    }
    pos["/gateway/limits"] = doc.locate(["litellm_settings"]) ?? root;
    const aliases = dictAt(dictAt(masked, "router_settings"), "model_group_alias");
    for (const [alias, target] of Object.entries(aliases)) {
        const t = gateway_text(isDict(target) ? target["model"] : target);
        if (!t)
            continue;
        const p = `/gateway/aliases/${gw.aliases.length}`;
        gw.aliases.push({ pointer: p, alias: clean(alias), target: t });
        locate(doc, pos, p, ["router_settings", "model_group_alias", alias]);
    }
    readGuardrails(doc, masked, gw.guardrails, pos, problems);
    pos["/gateway/guardrails"] = doc.locate(["guardrails"]) ?? doc.locate(["litellm_settings", "guardrails"]) ?? root;
    const settings = dictAt(masked, "litellm_settings");
    gw.callbacks = ["callbacks", "success_callback", "failure_callback", "service_callback"].flatMap((k) => listOf(settings[k]).flatMap((c) => (typeof c === "string" ? [clean(c)] : [])));
    cfg.secrets = scan.secrets;
    cfg.hidden_unicode = scan.hidden;
    cfg.problems = withProblems(pos, problems);
    return { artifact: scan.scrub(cfg), raw: null, positions: pos };
}
function locate(doc, pos, pointer, ...paths) {
    for (const p of paths) {
        const found = doc.locate(p);
        if (found)
            return void (pos[pointer] = found);
    }
}
/** `guardrails:` entries ({guardrail_name, litellm_params: {guardrail, mode}}) and the older `litellm_settings.guardrails`. */
function readGuardrails(doc, masked, out, pos, problems) {
    if (masked["guardrails"] !== undefined && !Array.isArray(masked["guardrails"]))
        problems.add(["guardrails"], "guardrails must be a list");
    arrayOf(masked["guardrails"]).forEach((g, j) => {
        if (!isDict(g))
            return;
        const lp = dictAt(g, "litellm_params");
        const p = `/gateway/guardrails/${out.length}`;
        out.push({
            pointer: p,
            name: gateway_text(g["guardrail_name"]),
            guardrail: gateway_text(lp["guardrail"]),
            modes: listOf(lp["mode"]).flatMap((m) => (typeof m === "string" ? [clean(m).toLowerCase()] : [])),
        });
        locate(doc, pos, p, ["guardrails", j]);
    });
    // The older list form ({prompt_injection: {callbacks: […], default_on: true}}) runs before the call.
    arrayOf(dictAt(masked, "litellm_settings")["guardrails"]).forEach((g, j) => {
        if (!isDict(g))
            return;
        for (const name of Object.keys(g)) {
            const p = `/gateway/guardrails/${out.length}`;
            out.push({ pointer: p, name: clean(name), guardrail: clean(name), modes: ["pre_call"] });
            locate(doc, pos, p, ["litellm_settings", "guardrails", j, name], ["litellm_settings", "guardrails", j]);
        }
    });
}

// EXTERNAL MODULE: ./node_modules/jsonc-parser/lib/umd/main.js
var main = __nccwpck_require__(9547);
;// CONCATENATED MODULE: ./src/readers/json-doc.ts



/** Deeper nesting than this is refused before parsing: no real artifact needs it. */
const MAX_JSON_DEPTH = 512;
/**
 * Parses strict JSON keeping positions. Syntax errors, duplicate keys and absurd nesting become an
 * ArtifactError with the line of the problem.
 */
function parseJson(text) {
    return parse(text, false);
}
/**
 * JSON with comments and trailing commas, as VS Code, Cursor and Claude Code accept in their settings
 * and MCP files. Duplicate keys are still refused: two clients could read two different values from
 * the same file.
 */
function parseJsonc(text) {
    return parse(text, true);
}
function parse(text, lenient) {
    const lines = new LineIndex(text);
    checkDepth(text, lines);
    const errors = [];
    const root = (0,main.parseTree)(text, errors, { disallowComments: !lenient, allowTrailingComma: lenient, allowEmptyContent: false });
    const first = errors[0];
    if (first || !root) {
        const pos = lines.position(first?.offset ?? 0);
        throw new readers_errors/* ArtifactError */.n(`invalid JSON: ${first ? json_doc_describe((0,main.printParseErrorCode)(first.error)) : "empty document"}`, pos.line, pos.column);
    }
    checkDuplicateKeys(root, lines);
    return {
        value: toValue(root),
        locate(path) {
            const node = (0,main.findNodeAtLocation)(root, [...path]);
            if (!node)
                return null;
            const anchor = node.parent?.type === "property" ? node.parent : node;
            return lines.position(anchor.offset);
        },
    };
}
function json_doc_describe(code) {
    return code.replace(/([a-z])([A-Z])/g, "$1 $2").toLowerCase();
}
function checkDepth(text, lines) {
    let depth = 0;
    let inString = false;
    for (let i = 0; i < text.length; i++) {
        const c = text.charCodeAt(i);
        if (inString) {
            if (c === 92)
                i++;
            else if (c === 34)
                inString = false;
        }
        else if (c === 34)
            inString = true;
        else if (c === 123 || c === 91) {
            if (++depth > MAX_JSON_DEPTH) {
                const pos = lines.position(i);
                throw new readers_errors/* ArtifactError */.n(`JSON nested deeper than ${MAX_JSON_DEPTH} levels`, pos.line, pos.column);
            }
        }
        else if (c === 125 || c === 93)
            depth--;
    }
}
function checkDuplicateKeys(root, lines) {
    const stack = [root];
    while (stack.length) {
        const node = stack.pop();
        if (node.type === "object") {
            const seen = new Set();
            for (const prop of node.children ?? []) {
                const key = prop.children?.[0];
                if (key && typeof key.value === "string") {
                    if (seen.has(key.value)) {
                        const pos = lines.position(key.offset);
                        throw new readers_errors/* ArtifactError */.n(`duplicate key "${key.value}" in JSON`, pos.line, pos.column);
                    }
                    seen.add(key.value);
                }
            }
        }
        for (const child of node.children ?? [])
            stack.push(child);
    }
}
// Depth is bounded by checkDepth. defineProperty keeps a "__proto__" key an ordinary key.
function toValue(root) {
    const convert = (node) => {
        switch (node.type) {
            case "object": {
                const obj = {};
                for (const prop of node.children ?? []) {
                    const [k, v] = prop.children ?? [];
                    if (k && v)
                        Object.defineProperty(obj, String(k.value), { value: convert(v), enumerable: true, writable: true, configurable: true });
                }
                return obj;
            }
            case "array":
                return (node.children ?? []).map(convert);
            default:
                return node.value;
        }
    };
    return convert(root);
}

;// CONCATENATED MODULE: ./src/readers/agent/launch.ts
// How an MCP client starts a stdio server: which package runner or container runtime fetches the
// code, which package or image, and how tightly its version is pinned. Each ecosystem writes
// versions its own way (npm `@1.2.3`, PyPI `==1.2.3`, images `:tag@sha256:…`, Go `@v1.2.3`); the
// reader turns them into one `pin` value so a rule can judge them alike.
const NONE = { runner: null, package: null, version: null, pin: null, packageArg: -1, url: null, urlArg: -1, headers: [] };
const SEMVER = /^v?\d+\.\d+\.\d+(?:[-+][0-9A-Za-z.+-]+)?$/;
const PEP440_EXACT = /^v?\d+(?:\.\d+)*(?:(?:a|b|rc|post|dev|\.post|\.dev)\d*)*(?:\+[0-9A-Za-z.]+)?$/i;
const COMMIT = /^[0-9a-f]{7,40}$/i;
const DOWNLOAD_PIPE = /\b(curl|wget|iwr|Invoke-WebRequest|irm|Invoke-RestMethod)\b[^|]*\|\s*(sudo\s+)?(ba|z|da|k)?sh\b|\b(curl|wget|iwr|irm)\b[^|]*\|\s*(sudo\s+)?(python3?|node|iex|Invoke-Expression)\b/i;
const BRIDGES = new Set(["mcp-remote", "@modelcontextprotocol/mcp-remote", "supergateway", "mcp-proxy"]);
/** Splits a command line written as one string, honouring simple quotes. */
function splitCommandLine(line) {
    const out = [];
    const re = /"((?:[^"\\]|\\.)*)"|'([^']*)'|(\S+)/g;
    for (const m of line.matchAll(re))
        out.push(m[1] ?? m[2] ?? m[3] ?? "");
    return out;
}
/** `npx.cmd` or `/usr/local/bin/npx` → `npx`. */
function baseCommand(command) {
    return command.replace(/^.*[\\/]/, "").replace(/\.(cmd|exe|bat|ps1)$/i, "").toLowerCase();
}
// Options that take a value, per runner, so the value is not mistaken for the package.
const VALUE_FLAGS = {
    npm: new Set(["-p", "--package", "--registry", "--cache", "--userconfig", "-c", "--call", "--prefix", "-w", "--workspace"]),
    uv: new Set(["--from", "--with", "--with-editable", "--with-requirements", "--python", "-p", "--index-url", "--index", "--extra-index-url", "--default-index", "-c", "--constraint", "--directory", "--project", "--cache-dir", "--config-file", "--env-file"]),
    pipx: new Set(["--spec", "--python", "--index-url", "--pip-args"]),
    docker: new Set([
        "-e", "--env", "--env-file", "-v", "--volume", "--mount", "-p", "--publish", "--name", "--network", "--net", "-u", "--user", "-w", "--workdir",
        "--entrypoint", "--pid", "--ipc", "--cap-add", "--cap-drop", "-l", "--label", "--platform", "-m", "--memory", "--cpus", "--add-host", "--device",
        "--security-opt", "--tmpfs", "-h", "--hostname", "--restart", "--runtime", "--log-driver", "--pull", "--userns", "--uts", "--group-add", "--shm-size",
        "--ulimit", "--dns", "--gpus", "--stop-signal", "--cidfile", "--init-path",
    ]),
    deno: new Set(["--config", "-c", "--import-map", "--lock", "--cert", "--location", "--v8-flags", "--env-file"]),
    go: new Set(["-C", "-exec", "-tags", "-ldflags", "-gcflags", "-mod", "-modfile"]),
};
/** Positional arguments and option values, in order, from `from` on. */
function scan(args, from, family) {
    const flags = VALUE_FLAGS[family] ?? new Set();
    const positionals = [];
    const options = new Map();
    for (let i = from; i < args.length; i++) {
        const a = args[i];
        if (a === "--") {
            for (let j = i + 1; j < args.length; j++)
                positionals.push({ value: args[j], index: j });
            break;
        }
        if (a.startsWith("-") && a.length > 1) {
            const eq = a.indexOf("=");
            if (eq > 0)
                options.set(a.slice(0, eq), { value: a.slice(eq + 1), index: i });
            else if (flags.has(a) && i + 1 < args.length) {
                options.set(a, { value: args[i + 1], index: i + 1 });
                i++;
            }
            continue;
        }
        positionals.push({ value: a, index: i });
    }
    return { positionals, options };
}
/** npm package spec: `@scope/name@1.2.3`, `name@^1`, `name@latest`, `github:o/r#sha`. */
function npmSpec(spec) {
    if (/^(\.{0,2}\/|file:|[A-Za-z]:\\)/.test(spec))
        return { package: spec, version: null, pin: null };
    const git = /^(?:git\+\S+|github:\S+|gitlab:\S+|bitbucket:\S+|[\w.-]+\/[\w.-]+)(?:#(.+))?$/.exec(spec);
    if (git && !spec.startsWith("@") && (spec.includes(":") || spec.includes("#"))) {
        const ref = git[1] ?? null;
        return { package: spec.replace(/#.*$/, ""), version: ref, pin: ref === null ? "none" : COMMIT.test(ref) ? "commit" : "tag" };
    }
    if (/^https?:\/\/.*\.(tgz|tar\.gz)$/i.test(spec))
        return { package: spec, version: null, pin: "none" };
    const at = spec.indexOf("@", spec.startsWith("@") ? 1 : 0);
    if (at < 0)
        return { package: spec, version: null, pin: "none" };
    const version = spec.slice(at + 1);
    return { package: spec.slice(0, at), version, pin: npmPin(version) };
}
function npmPin(version) {
    if (version === "")
        return "none";
    if (SEMVER.test(version))
        return "exact";
    if (/^[A-Za-z][\w.-]*$/.test(version))
        return "floating"; // latest, next, beta: dist-tags move
    return "range";
}
/** PyPI requirement as uvx, pipx and uv accept it: `name==1.2.3`, `name@1.2.3`, `name>=1`, `git+https://…@sha`. */
function pythonSpec(spec) {
    const git = /^git\+\S+?(?:@([^@/#]+))?(?:#.*)?$/.exec(spec);
    if (git) {
        const ref = git[1] ?? null;
        return { package: spec.replace(/@[^@/#]+(#.*)?$/, ""), version: ref, pin: ref === null ? "none" : COMMIT.test(ref) ? "commit" : "tag" };
    }
    const m = /^([A-Za-z0-9][A-Za-z0-9._-]*(?:\[[^\]]*\])?)\s*(===?|@|~=|>=|<=|!=|>|<)?\s*(.*)$/.exec(spec);
    if (!m)
        return { package: spec, version: null, pin: "none" };
    const [, name, op, rest] = m;
    if (!op)
        return { package: name, version: null, pin: "none" };
    const version = `${op === "@" ? "" : op}${rest}`;
    if ((op === "==" || op === "===" || op === "@") && PEP440_EXACT.test(rest) && !/[,*]/.test(rest))
        return { package: name, version, pin: "exact" };
    if (op === "@" && /^[A-Za-z]/.test(rest))
        return { package: name, version, pin: "floating" };
    return { package: name, version, pin: "range" };
}
/** Container image reference: `[registry[:port]/]name[:tag][@sha256:…]`. */
function imageSpec(ref) {
    const [nameTag, digest] = ref.split("@", 2);
    const slash = nameTag.lastIndexOf("/");
    const colon = nameTag.lastIndexOf(":");
    const tag = colon > slash ? nameTag.slice(colon + 1) : null;
    const name = colon > slash ? nameTag.slice(0, colon) : nameTag;
    if (digest && /^sha256:[0-9a-f]{64}$/i.test(digest))
        return { package: name, version: tag, pin: "digest" };
    if (tag === null)
        return { package: name, version: null, pin: "none" };
    return { package: name, version: tag, pin: tag === "latest" ? "floating" : "tag" };
}
function goSpec(spec) {
    const at = spec.lastIndexOf("@");
    if (at < 0)
        return { package: spec, version: null, pin: /^\.{0,2}\//.test(spec) ? null : "none" };
    const version = spec.slice(at + 1);
    return { package: spec.slice(0, at), version, pin: SEMVER.test(version) || /^v\d+\.\d+\.\d+-\d{14}-[0-9a-f]{12}$/.test(version) ? "exact" : version === "latest" ? "floating" : "range" };
}
function denoSpec(spec) {
    const reg = /^(npm|jsr):(.+)$/.exec(spec);
    if (reg) {
        const s = npmSpec(reg[2]);
        // `npm:pkg@1.2.3/bin/cli.js`: the part after the version is a path inside the package.
        const version = s.version?.replace(/\/.*$/, "") ?? null;
        return { package: `${reg[1]}:${s.package}`, version, pin: version === null ? "none" : npmPin(version) };
    }
    if (/^https?:\/\//i.test(spec)) {
        const v = /@(v?\d+\.\d+\.\d+[\w.-]*)\//.exec(spec);
        return { package: spec.replace(/@[^/]+\//, "/"), version: v?.[1] ?? null, pin: v ? "exact" : "none" };
    }
    return { package: spec, version: null, pin: null };
}
function withSpec(runner, pos, parse) {
    if (!pos)
        return { ...NONE, runner, pin: "none" };
    return { ...NONE, runner, ...parse(pos.value), packageArg: pos.index };
}
/** Remote URL and `--header` values passed to a local bridge such as mcp-remote. */
function bridge(launch, args) {
    if (!launch.package || !BRIDGES.has(launch.package))
        return launch;
    const out = { ...launch, headers: [] };
    for (let i = launch.packageArg + 1; i < args.length; i++) {
        const a = args[i];
        if (out.url === null && /^(https?|wss?):\/\//i.test(a)) {
            out.url = a;
            out.urlArg = i;
        }
        else if (a === "--header" && i + 1 < args.length) {
            const h = args[i + 1];
            const colon = h.indexOf(":");
            if (colon > 0)
                out.headers.push({ name: h.slice(0, colon).trim(), value: h.slice(colon + 1).trim(), arg: i + 1 });
            i++;
        }
    }
    return out;
}
function launch_parse(cmd, args) {
    const first = (family, from) => scan(args, from, family);
    switch (cmd) {
        case "npx": {
            const s = first("npm", 0);
            const pkg = s.options.get("-p") ?? s.options.get("--package");
            return bridge(withSpec("npx", pkg ?? s.positionals[0], npmSpec), args);
        }
        case "npm":
        case "pnpm":
        case "yarn":
        case "bun": {
            const verbs = { npm: ["exec", "x"], pnpm: ["dlx", "exec"], yarn: ["dlx"], bun: ["x"] };
            const verb = args.findIndex((a) => !a.startsWith("-"));
            if (verb < 0 || !verbs[cmd].includes(args[verb]))
                return { ...NONE, runner: "local" };
            if (cmd === "pnpm" && args[verb] === "exec")
                return { ...NONE, runner: "local" };
            const s = first("npm", verb + 1);
            const pkg = s.options.get("-p") ?? s.options.get("--package");
            const runner = cmd === "npm" ? "npm-exec" : cmd === "bun" ? "bunx" : `${cmd}-dlx`;
            return bridge(withSpec(runner, pkg ?? s.positionals[0], npmSpec), args);
        }
        case "pnpx":
        case "bunx": {
            const s = first("npm", 0);
            const pkg = s.options.get("-p") ?? s.options.get("--package");
            return bridge(withSpec(cmd === "pnpx" ? "pnpm-dlx" : "bunx", pkg ?? s.positionals[0], npmSpec), args);
        }
        case "uvx":
            return uvTool(args, 0);
        case "uv": {
            const s = first("uv", 0);
            const [verb, sub] = s.positionals;
            if (verb?.value === "tool" && (sub?.value === "run" || sub?.value === "x"))
                return uvTool(args, sub.index + 1);
            return { ...NONE, runner: "local" };
        }
        case "pipx": {
            const run = args.indexOf("run");
            if (run < 0)
                return { ...NONE, runner: "local" };
            const s = first("pipx", run + 1);
            return withSpec("pipx", s.options.get("--spec") ?? s.positionals[0], pythonSpec);
        }
        case "docker":
        case "podman": {
            const s0 = first("docker", 0);
            const verbs = s0.positionals.map((p) => p.value);
            const runAt = verbs[0] === "run" ? s0.positionals[0].index : verbs[0] === "container" && verbs[1] === "run" ? s0.positionals[1].index : -1;
            if (runAt < 0)
                return { ...NONE, runner: cmd };
            const s = first("docker", runAt + 1);
            return withSpec(cmd, s.positionals[0], imageSpec);
        }
        case "go": {
            if (args[0] !== "run")
                return { ...NONE, runner: "local" };
            const s = first("go", 1);
            const spec = s.positionals[0];
            if (!spec || /^\.{0,2}\//.test(spec.value) || spec.value.endsWith(".go"))
                return { ...NONE, runner: "local" };
            return withSpec("go-run", spec, goSpec);
        }
        case "deno": {
            if (args[0] !== "run")
                return { ...NONE, runner: "local" };
            const s = first("deno", 1);
            const d = withSpec("deno", s.positionals[0], denoSpec);
            return d.pin === null ? { ...d, runner: "local" } : d;
        }
        default:
            return { ...NONE, runner: "local" };
    }
}
function uvTool(args, from) {
    const s = scan(args, from, "uv");
    const fromSpec = s.options.get("--from");
    return withSpec("uvx", fromSpec ?? s.positionals[0], pythonSpec);
}
/**
 * What a stdio server's command line fetches and runs. Shell and `cmd /c` wrappers are looked
 * through; a download piped into a shell is its own runner, since nothing about it can be pinned.
 */
function parseLaunch(command, args) {
    if (!command)
        return NONE;
    const cmd = baseCommand(command);
    const line = [command, ...args].join(" ");
    if (DOWNLOAD_PIPE.test(line)) {
        const url = /(https?:\/\/[^\s|'"]+)/.exec(line)?.[1] ?? null;
        const at = args.findIndex((a) => DOWNLOAD_PIPE.test(a) || /(curl|wget)/i.test(a));
        return { ...NONE, runner: "download-pipe", package: url, pin: "none", packageArg: at };
    }
    if (cmd === "cmd" && /^\/c$/i.test(args[0] ?? "") && args[1]) {
        return launch_shift(parseLaunch(args[1], args.slice(2)), 2);
    }
    if (["sh", "bash", "zsh", "dash"].includes(cmd) && args[0] === "-c" && args[1] !== undefined && args.length === 2) {
        const words = splitCommandLine(args[1]);
        const inner = parseLaunch(words[0] ?? null, words.slice(1));
        // The whole script is one argument: everything found in it is located there.
        return { ...inner, packageArg: inner.packageArg >= 0 ? 1 : -1, urlArg: inner.urlArg >= 0 ? 1 : -1, headers: inner.headers.map((h) => ({ ...h, arg: 1 })) };
    }
    return launch_parse(cmd, args);
}
function launch_shift(l, by) {
    return {
        ...l,
        packageArg: l.packageArg >= 0 ? l.packageArg + by : -1,
        urlArg: l.urlArg >= 0 ? l.urlArg + by : -1,
        headers: l.headers.map((h) => ({ ...h, arg: h.arg + by })),
    };
}

;// CONCATENATED MODULE: ./src/readers/agent/mcp.ts








/** Where the server map sits in each shape, in the order they are tried. */
const SERVER_MAPS = [["mcpServers"], ["servers"], ["mcp", "servers"], ["mcp.servers"]];
const AUTH_HEADERS = /^(authorization|proxy-authorization|cookie|x-api-key|api-key|x-auth-token)$/i;
/** No client config lists more; past this the file is a generated or hostile one, read in part. */
const MAX_SERVERS = 500;
function looksLikeMcp(v) {
    return isDict(v) && SERVER_MAPS.some((p) => isDict(mcp_at(v, p)));
}
function mcp_at(v, path) {
    return path.reduce((x, k) => (isDict(x) ? x[String(k)] : undefined), v);
}
function transportOf(cfg, url, command) {
    const t = (str(cfg["type"]) ?? str(cfg["transport"]) ?? "").toLowerCase().replace(/[_\s]/g, "-");
    if (t === "streamablehttp" || t === "streamable-http")
        return "streamable-http";
    if (t === "http" || t === "sse" || t === "stdio" || t === "ws" || t === "websocket")
        return t === "websocket" ? "ws" : t;
    if (t === "local")
        return "stdio";
    if (t === "remote")
        return "http";
    if (url)
        return cfg["httpUrl"] !== undefined ? "streamable-http" : /\/sse\/?(\?|$)/.test(url) ? "sse" : "http";
    return command ? "stdio" : "unknown";
}
function settings(v, keyHint) {
    if (!isDict(v))
        return [];
    return Object.entries(v).map(([name, raw]) => {
        const value = typeof raw === "string" ? raw : raw === null || raw === undefined ? "" : JSON.stringify(raw);
        return { name: clean(name), value: clean(value, keyHint(name)), reference: isReference(value) };
    });
}
function strList(v) {
    return arrayOf(v).flatMap((x) => (typeof x === "string" ? [clean(x)] : typeof x === "number" ? [String(x)] : []));
}
/** Every item as text, so that item k of the list is still argument k of the file. */
function argList(v) {
    return arrayOf(v).map((x) => (typeof x === "string" ? x : x === null || x === undefined ? "" : typeof x === "object" ? JSON.stringify(x) : String(x)));
}
function readMcp(relPath, text, dialect, doc = parseJsonc(text)) {
    if (!isDict(doc.value))
        throw new readers_errors/* ArtifactError */.n("an MCP or agent settings file must be a JSON object");
    const scan = new AgentScan(text);
    const masked = scan.scanDocument(doc);
    scan.scanLines("a comment"); // comments are not values, but a token pasted into one is still leaked
    const problems = new ProblemList(doc);
    const cfg = blankAgentConfig(relPath, "mcp", dialect);
    const pos = scan.positions;
    const mapPath = SERVER_MAPS.find((p) => mcp_at(doc.value, p) !== undefined);
    if (mapPath) {
        const servers = mcp_at(masked, mapPath);
        if (!isDict(servers))
            problems.add(mapPath, `${mapPath.join(".")} must be an object of servers by name`);
        else {
            const names = Object.keys(servers);
            if (names.length > MAX_SERVERS)
                problems.add(mapPath, `more than ${MAX_SERVERS} servers; only the first ${MAX_SERVERS} are read`);
            for (const name of names.slice(0, MAX_SERVERS)) {
                const base = [...mapPath, name];
                const server = servers[name];
                if (!isDict(server)) {
                    problems.add(base, `MCP server "${clean(name)}" must be an object`);
                    continue;
                }
                cfg.servers.push(readServer(doc, base, server, name, cfg.servers.length, pos));
            }
        }
    }
    readPermissions(doc, masked, cfg, pos);
    const root = (mapPath && doc.locate(mapPath)) ?? doc.locate(["permissions"]) ?? doc.locate([Object.keys(doc.value)[0] ?? ""]) ?? { line: 1, column: 1 };
    pos[""] = root;
    pos["/servers"] = (mapPath && doc.locate(mapPath)) ?? root;
    pos["/permissions"] = doc.locate(["permissions"]) ?? root;
    cfg.secrets = scan.secrets;
    cfg.hidden_unicode = scan.hidden;
    cfg.problems = withProblems(pos, problems);
    return { artifact: scan.scrub(cfg), raw: null, positions: pos };
}
function readServer(doc, base, s, name, i, pos) {
    const p = `/servers/${i}`;
    const here = doc.locate(base) ?? { line: 1, column: 1 };
    // The first of the raw paths that exists, else the server itself.
    const set = (field, ...paths) => {
        const found = paths.map((path) => doc.locate([...base, ...path])).find(Boolean);
        pos[`${p}${field}`] = found ?? here;
    };
    pos[p] = here;
    // A command line written as one string ("npx -y pkg") is split; its parts are located at it.
    let command = str(s["command"]);
    let args = argList(s["args"]);
    const argPath = (k) => ["args", k];
    let argAt = argPath;
    if (command && /\s/.test(command) && args.length === 0) {
        const words = splitCommandLine(command);
        command = words[0] ?? null;
        args = words.slice(1);
        argAt = () => ["command"];
    }
    const url0 = str(s["url"]) ?? str(s["serverUrl"]) ?? str(s["httpUrl"]);
    const launch = parseLaunch(command, args);
    const url = url0 ?? launch.url;
    const headers = [
        ...settings(s["headers"], (k) => k),
        ...launch.headers.map((h) => ({ name: clean(h.name), value: clean(h.value, h.name), reference: isReference(h.value.replace(/^(Bearer|Basic|Token)\s+/i, "")) })),
    ];
    const env = settings(s["env"], (k) => k);
    const auth = headers.filter((h) => (AUTH_HEADERS.test(h.name) || credentialKey(h.name)) && h.value !== "").map((h) => h.name);
    if (s["oauth"] !== undefined && s["oauth"] !== false && !(isDict(s["oauth"]) && s["oauth"]["enabled"] === false))
        auth.push("oauth");
    if (str(s["authProviderType"]))
        auth.push("oauth");
    if (launch.url)
        auth.push("oauth"); // bridges such as mcp-remote run the OAuth flow themselves
    if (url && (/[?&][\w-]*(key|token|auth|sig)[\w-]*=/i.test(url) || /^[a-z]+:\/\/[^/@\s]+@/i.test(url)))
        auth.push("url-credential");
    const autoApprove = [...strList(s["autoApprove"]), ...strList(s["alwaysAllow"]), ...(s["trust"] === true ? ["*"] : [])];
    set("/name");
    set("/command", ["command"]);
    set("/transport", ["type"], ["transport"]);
    set("/url", ...(url0 ? [["url"], ["serverUrl"], ["httpUrl"]] : launch.urlArg >= 0 ? [argAt(launch.urlArg)] : []));
    set("/package", ...(launch.packageArg >= 0 ? [argAt(launch.packageArg)] : []), ["command"]);
    set("/auto_approve", ["autoApprove"], ["alwaysAllow"], ["trust"]);
    set("/headers", ["headers"]);
    set("/env", ["env"]);
    set("/args", ["args"], ["command"]);
    args.forEach((_, k) => set(`/args/${k}`, argAt(k)));
    Object.keys(dictAt(s, "headers")).forEach((k, j) => set(`/headers/${j}`, ["headers", k]));
    launch.headers.forEach((h, j) => set(`/headers/${Object.keys(dictAt(s, "headers")).length + j}`, argAt(h.arg)));
    Object.keys(dictAt(s, "env")).forEach((k, j) => set(`/env/${j}`, ["env", k]));
    return {
        pointer: p,
        name: clean(name),
        transport: transportOf(s, url, command),
        command: command === null ? null : clean(command),
        args: args.map((a) => clean(a)),
        runner: launch.runner,
        package: launch.package === null ? null : clean(launch.package),
        version: launch.version === null ? null : clean(launch.version),
        pin: launch.pin,
        package_arg: launch.packageArg,
        url: url === null ? null : clean(url),
        headers,
        env,
        auth: [...new Set(auth)],
        auto_approve: autoApprove,
        disabled: s["disabled"] === true || s["enabled"] === false,
    };
}
/** Claude Code `permissions` and switches; VS Code chat auto-approval settings. */
function readPermissions(doc, masked, cfg, pos) {
    const perms = dictAt(masked, "permissions");
    const perm = cfg.permissions;
    perm.default_mode = str(perms["defaultMode"]);
    for (const list of ["allow", "ask", "deny"]) {
        arrayOf(perms[list]).forEach((rule, j) => {
            if (typeof rule !== "string")
                return;
            const found = doc.locate(["permissions", list, j]);
            if (found)
                pos[`/permissions/${list}/${perm[list].length}`] = found;
            perm[list].push(clean(rule));
        });
    }
    const mark = (field, path) => {
        const found = doc.locate(path);
        if (found)
            pos[`/permissions/${field}`] = found;
    };
    mark("default_mode", ["permissions", "defaultMode"]);
    if (typeof masked["enableAllProjectMcpServers"] === "boolean") {
        perm.enable_all_project_servers = masked["enableAllProjectMcpServers"];
        mark("enable_all_project_servers", ["enableAllProjectMcpServers"]);
    }
    for (const key of ["chat.tools.autoApprove", "chat.tools.global.autoApprove"]) {
        if (typeof masked[key] === "boolean") {
            perm.auto_approve_all = (perm.auto_approve_all ?? false) || masked[key];
            if (masked[key] === true || !pos["/permissions/auto_approve_all"])
                mark("auto_approve_all", [key]);
        }
    }
    const terminal = masked["chat.tools.terminal.autoApprove"];
    if (isDict(terminal)) {
        for (const [pattern, rule] of Object.entries(terminal)) {
            const approve = rule === true || (isDict(rule) && rule["approve"] === true);
            if (!approve)
                continue;
            const found = doc.locate(["chat.tools.terminal.autoApprove", pattern]);
            if (found)
                pos[`/permissions/terminal_auto_approve/${perm.terminal_auto_approve.length}`] = found;
            perm.terminal_auto_approve.push(clean(pattern));
        }
    }
}

;// CONCATENATED MODULE: ./src/readers/agent/prompts.ts







const MAX_LINES = 5000;
/** Dialects that are templates: their `{{var}}` (and for plain text `{var}`) slots take input at run time. */
const TEMPLATE_DIALECTS = new Set(["github-models", "prompty", "prompt-md", "prompt-text"]);
const ROLE_MARKER = /^\s*(system|user|assistant|developer|tool)\s*:\s*$/i;
function looksLikeGithubModelsPrompt(v) {
    return isDict(v) && Array.isArray(v["messages"]) && v["messages"].some((m) => isDict(m) && typeof m["role"] === "string" && "content" in m);
}
/** `doc` is the parsed YAML of a GitHub Models prompt when the caller has it already. */
function readPrompt(relPath, text, dialect, parsed) {
    const scan = new AgentScan(text);
    const cfg = blankAgentConfig(relPath, "prompt", dialect);
    const pos = scan.positions;
    let blocks;
    let problems;
    if (dialect === "github-models") {
        const doc = parsed ?? (0,yaml_doc/* parseYaml */.h)(text);
        if (!isDict(doc.value))
            throw new readers_errors/* ArtifactError */.n("a GitHub Models prompt file must be a YAML mapping with messages");
        const masked = scan.scanDocument(doc);
        problems = new ProblemList(doc);
        blocks = messageBlocks(doc, masked, text, problems);
        cfg.prompt.name = cleanOrNull(masked["name"]);
        cfg.prompt.model = cleanOrNull(masked["model"]);
        pos[""] = doc.locate(["messages"]) ?? doc.locate(["name"]) ?? { line: 1, column: 1 };
        pos["/prompt/model"] = doc.locate(["model"]) ?? pos[""];
    }
    else {
        const split = markdownParts(text, dialect);
        problems = new ProblemList(split.frontMatter);
        if (split.frontMatterError)
            problems.addAt("", split.frontMatterError, { line: split.frontMatterLine, column: 1 });
        // Front matter values are scanned with their keys (model.configuration.api_key) before the lines.
        const fm = split.frontMatter && isDict(split.frontMatter.value) ? scan.scanDocument(split.frontMatter) : {};
        const model = isDict(fm["model"]) ? fm["model"] : null;
        const conf = model && isDict(model["configuration"]) ? model["configuration"] : {};
        cfg.prompt.name = cleanOrNull(fm["name"] ?? fm["title"]);
        cfg.prompt.model = cleanOrNull(model ? conf["azure_deployment"] ?? conf["model"] ?? conf["name"] ?? model["id"] : fm["model"]);
        blocks = bodyBlocks(text, split.bodyStart, dialect);
        pos[""] = { line: split.frontMatter ? split.frontMatterLine : split.bodyStart, column: 1 };
        pos["/prompt/model"] = split.frontMatter?.locate(["model"]) ?? pos[""];
    }
    scan.scanLines("prompt text");
    cfg.name = cfg.prompt.name;
    fillLines(cfg.prompt.lines, cfg.prompt.variables, blocks, dialect, pos);
    pos["/prompt/lines"] = cfg.prompt.lines.length ? pos["/prompt/lines/0"] : pos[""];
    cfg.secrets = scan.secrets;
    cfg.hidden_unicode = scan.hidden;
    cfg.problems = withProblems(pos, problems);
    return { artifact: scan.scrub(cfg), raw: null, positions: pos };
}
function cleanOrNull(v) {
    const s = str(v);
    return s === null ? null : clean(s);
}
/** GitHub Models messages: each content's lines, placed at the file line that holds them. */
function messageBlocks(doc, masked, text, problems) {
    const fileLines = text.split(/\r\n|\r|\n/);
    const blocks = [];
    arrayOf(masked["messages"]).forEach((m, i) => {
        if (!isDict(m) || typeof m["content"] !== "string") {
            problems.add(["messages", i], "each message needs a role and a text content");
            return;
        }
        const at = doc.locate(["messages", i, "content"]) ?? doc.locate(["messages", i]) ?? { line: 1, column: 1 };
        const content = m["content"];
        const lines = [];
        let cursor = at.line;
        for (const l of content.split(/\r\n|\r|\n/)) {
            // The source line that holds this value line: the key's line for inline text, the next
            // lines for a block scalar. Folded or quoted text is matched by its first characters.
            const probe = l.trim().slice(0, 30);
            if (probe) {
                for (let n = cursor; n <= Math.min(fileLines.length, cursor + 50); n++) {
                    if (fileLines[n - 1].includes(probe)) {
                        cursor = n;
                        break;
                    }
                }
            }
            lines.push({ text: l, line: cursor });
        }
        blocks.push({ role: str(m["role"]), lines });
    });
    return blocks;
}
/** Front matter (when the file has one) and where the body starts. Cursor rules' front matter is not always YAML (`globs: *.ts`): that is not a problem. */
function markdownParts(text, dialect) {
    const fm = splitFrontMatter(text);
    if (!fm)
        return { frontMatter: null, frontMatterLine: 1, frontMatterError: null, bodyStart: 1 };
    const bodyStart = fm.startLine + fm.yaml.split(/\r\n|\r|\n/).length + 1;
    try {
        return { frontMatter: (0,yaml_doc/* parseYaml */.h)(fm.yaml, fm.startLine), frontMatterLine: fm.openLine, frontMatterError: null, bodyStart };
    }
    catch (e) {
        const lenient = dialect === "cursor-rules" || dialect === "instructions";
        const reason = e instanceof readers_errors/* ArtifactError */.n ? e.reason : "invalid YAML";
        return { frontMatter: null, frontMatterLine: e instanceof readers_errors/* ArtifactError */.n ? e.line : fm.openLine, frontMatterError: lenient ? null : `front matter: ${reason}`, bodyStart };
    }
}
/** A file body as one block, split at Prompty role markers. */
function bodyBlocks(text, bodyStart, dialect) {
    const lines = text.split(/\r\n|\r|\n/);
    const blocks = [{ role: dialect === "prompty" ? "system" : null, lines: [] }];
    for (let n = bodyStart; n <= lines.length; n++) {
        const l = lines[n - 1];
        const marker = dialect === "prompty" ? ROLE_MARKER.exec(l) : null;
        if (marker)
            blocks.push({ role: marker[1].toLowerCase(), lines: [] });
        else
            blocks[blocks.length - 1].lines.push({ text: l, line: n });
    }
    return blocks.filter((b) => b.lines.length);
}
// Template slots: `{{ name }}` (GitHub Models, Prompty, Jinja, Handlebars) and, in plain text
// prompts, Python/LangChain `{name}`. Block helpers (`{{#each}}`, `{{/if}}`, `{% … %}`) are not slots.
const DOUBLE = /\{\{\s*([A-Za-z_][\w.-]*)\s*(?:\|[^}]*)?\}\}/g;
const SINGLE = /(?<![{$\\])\{([A-Za-z_][\w.]*)\}(?!\})/g;
const OPEN_TAG = /<([A-Za-z][\w:-]*)(?:\s[^<>]*)?>\s*$/;
const CLOSE_TAG = /^\s*<\/([A-Za-z][\w:-]*)\s*>/;
const DELIMITER_LINE = /^\s*(```+|~~~+|"""|'''|-{3,}|={3,}|#{3,}|<{3,}|>{3,}|\*{3,})\s*\w*\s*$/;
const QUOTES = [['"""', '"""'], ["'''", "'''"], ["```", "```"], ['"', '"'], ["'", "'"], ["`", "`"], ["«", "»"], ["“", "”"], ["[", "]"]];
/** The slot is wrapped on its own line: quotes, backticks, brackets or a tag pair around it. */
function wrappedInline(before, after) {
    const b = before.trimEnd();
    const a = after.trimStart();
    if (QUOTES.some(([open, close]) => b.endsWith(open) && a.startsWith(close)))
        return true;
    const tag = /<([A-Za-z][\w:-]*)(?:\s[^<>]*)?>$/.exec(b);
    return !!tag && a.startsWith(`</${tag[1]}>`);
}
function fillLines(out, vars, blocks, dialect, pos) {
    const template = TEMPLATE_DIALECTS.has(dialect);
    const markdown = dialect !== "github-models";
    for (const block of blocks) {
        const openTags = [];
        let inDelimited = false;
        let fence = null;
        for (const { text, line } of block.lines) {
            if (out.length >= MAX_LINES)
                return;
            const trimmed = text.trim();
            const fenceMark = /^\s*(```+|~~~+)/.exec(text)?.[1] ?? null;
            const close = CLOSE_TAG.exec(text);
            if (close && openTags[openTags.length - 1] === close[1])
                openTags.pop();
            const isDelimiter = DELIMITER_LINE.test(text);
            if (trimmed !== "" && !isDelimiter) {
                const code = markdown && fence !== null;
                const inFence = fence !== null;
                const index = out.length;
                const pointer = `/prompt/lines/${index}`;
                // Masked before it is cut, so a token split at the cut cannot slip through half-masked.
                out.push({ pointer, role: block.role ? clean(block.role) : null, text: clean(text).slice(0, 2000), code });
                pos[pointer] = { line, column: 1 };
                if (template) {
                    const slots = [...text.matchAll(DOUBLE), ...(dialect === "prompt-text" ? text.matchAll(SINGLE) : [])];
                    for (const m of slots) {
                        const vp = `/prompt/variables/${vars.length}`;
                        const enclosed = openTags.length > 0 || inDelimited || inFence || wrappedInline(text.slice(0, m.index), text.slice(m.index + m[0].length));
                        vars.push({ pointer: vp, name: clean(m[1]), line: index, delimited: enclosed });
                        pos[vp] = { line, column: m.index + 1 };
                    }
                }
            }
            if (fenceMark)
                fence = fence === null ? fenceMark : fenceMark.startsWith(fence[0]) && fenceMark.length >= fence.length ? null : fence;
            else if (isDelimiter)
                inDelimited = !inDelimited;
            const open = OPEN_TAG.exec(text);
            if (open && !new RegExp(`</${open[1]}>`).test(text))
                openTags.push(open[1]);
        }
    }
}

;// CONCATENATED MODULE: ./src/readers/agent/read.ts






function readAgentFile(kind, relPath, text) {
    switch (kind.format) {
        case "mcp": {
            const doc = parseJsonc(text);
            return kind.requireShape && !looksLikeMcp(doc.value) ? [] : [readMcp(relPath, text, kind.dialect, doc)];
        }
        case "gateway": {
            const doc = (0,yaml_doc/* parseYaml */.h)(text);
            return looksLikeLiteLlm(doc.value) ? [readGateway(relPath, text, doc)] : [];
        }
        case "prompt": {
            if (kind.dialect !== "github-models")
                return [readPrompt(relPath, text, kind.dialect)];
            const doc = (0,yaml_doc/* parseYaml */.h)(text);
            return kind.requireShape && !looksLikeGithubModelsPrompt(doc.value) ? [] : [readPrompt(relPath, text, kind.dialect, doc)];
        }
    }
}

;// CONCATENATED MODULE: ./src/readers/governance.ts
// Governance documents kept as Markdown (AI policy, impact assessment, incident response, …):
// the `aigis:` front-matter block gives ownership, approval and review dates; the body is read as
// sections keyed by normalized heading text, each located at its heading.







/** A front matter with no keys: lets documents without one be read through the same code. */
const EMPTY_DOC = { value: {}, locate: () => null };
function readGovernanceDoc(relPath, md) {
    const fmDoc = md.frontMatter ?? EMPTY_DOC;
    const fm = isDict(fmDoc.value) ? fmDoc.value : {};
    const sm = new SourceMapBuilder(fmDoc);
    const h1 = md.sections.find((s) => s.level === 1);
    // Missing metadata is reported at the aigis block, else the front matter, else the title.
    const root = fmDoc.locate(["aigis"]) ?? (md.frontMatterLine ? { line: md.frontMatterLine, column: 1 } : null) ?? h1?.position ?? md.sections[0]?.position ?? { line: 1, column: 1 };
    sm.positions[""] = root;
    const problems = new ProblemList(md.frontMatter);
    const meta = readMeta(fm, [], sm, problems);
    const sections = {};
    for (const s of md.sections) {
        if (!s.key)
            continue;
        // The title heading holds the whole document; only its own introduction belongs to it.
        const body = s === h1 ? s.text : s.fullText;
        if (sections[s.key] === undefined || (!sections[s.key] && body)) {
            sections[s.key] = body;
            sm.set(pointerJoin("/sections", s.key), s.position);
        }
    }
    sm.set("/sections", md.sections.find((s) => s.level > 1)?.position ?? h1?.position ?? root);
    sm.set("/title", h1?.position ?? fmDoc.locate(["title"]));
    sm.set("/doc_kind", fmDoc.locate(["aigis", "kind"]) ?? root);
    const doc = {
        ...blankGovernanceDoc({ id: relPath, path: relPath, format: "aigis-governance", format_version: null }),
        ...meta,
        doc_kind: declaredKind(fm) ?? governanceKindFromPath(relPath),
        title: str(fm["title"]) ?? h1?.title ?? null,
        sections,
    };
    doc.problems = withProblems(sm.positions, problems);
    const read = { artifact: doc, raw: { front_matter: fm, sections: md.sections.map((s) => ({ title: s.title, level: s.level, text: s.text })) }, positions: sm.positions };
    return (0,waiver_syntax/* withInlineWaivers */.J8)(read, (0,waiver_syntax/* inlineWaiversFromFrontMatter */.rr)(md.frontMatter));
}

;// CONCATENATED MODULE: ./src/readers/hf-checks.ts

const isText = (v) => typeof v === "string" || typeof v === "number";
const isTextOrList = (v) => isText(v) || (Array.isArray(v) && v.every(isText));
const BASE_MODEL_RELATIONS = ["adapter", "merge", "quantized", "finetune"];
function expect(fm, problems, key, ok, what) {
    const v = fm[key];
    if (v !== undefined && v !== null && !ok(v))
        problems.add([key], `${key} must be ${what}`);
}
/** Keys shared by model and dataset cards. */
function checkCommonMetadata(fm, problems) {
    for (const key of ["license", "language", "tags"])
        expect(fm, problems, key, isTextOrList, "a string or a list of strings");
    for (const key of ["license_name", "license_link", "pretty_name"])
        expect(fm, problems, key, isText, "a string");
}
function checkModelMetadata(fm, problems) {
    checkCommonMetadata(fm, problems);
    for (const key of ["base_model", "datasets", "metrics"])
        expect(fm, problems, key, isTextOrList, "a string or a list of strings");
    for (const key of ["pipeline_tag", "library_name"])
        expect(fm, problems, key, isText, "a string");
    expect(fm, problems, "base_model_relation", (v) => typeof v === "string" && BASE_MODEL_RELATIONS.includes(v), `one of ${BASE_MODEL_RELATIONS.join(", ")}`);
    expect(fm, problems, "co2_eq_emissions", (v) => typeof v === "number" || (isDict(v) && typeof v["emissions"] === "number"), "a number of grams or a mapping with a numeric emissions value");
    const index = fm["model-index"];
    if (index === undefined || index === null)
        return;
    if (!Array.isArray(index)) {
        problems.add(["model-index"], "model-index must be a list of models with their results");
        return;
    }
    index.forEach((entry, i) => {
        if (!isDict(entry))
            return problems.add(["model-index", i], "model-index entries must be mappings with name and results");
        if (!str(entry["name"]))
            problems.add(["model-index", i], "model-index entry needs a name");
        arrayOf(entry["results"]).forEach((r, j) => {
            const at = ["model-index", i, "results", j];
            if (!isDict(r))
                return problems.add(at, "each result must be a mapping with task, dataset and metrics");
            if (!str(isDict(r["task"]) ? r["task"]["type"] : null))
                problems.add([...at, "task"], "result needs task.type");
            const ds = isDict(r["dataset"]) ? r["dataset"] : null;
            if (!ds || !str(ds["type"]) || !str(ds["name"]))
                problems.add([...at, "dataset"], "result needs dataset.type and dataset.name");
            arrayOf(r["metrics"]).forEach((m, k) => {
                if (!isDict(m) || !str(m["type"]) || m["value"] === undefined || m["value"] === null)
                    problems.add([...at, "metrics", k], "each metric needs a type and a value");
            });
        });
    });
}
function checkDatasetMetadata(fm, problems) {
    checkCommonMetadata(fm, problems);
    for (const key of ["task_categories", "task_ids", "size_categories", "source_datasets", "annotations_creators", "language_creators", "multilinguality"]) {
        expect(fm, problems, key, isTextOrList, "a string or a list of strings");
    }
}

;// CONCATENATED MODULE: ./src/readers/hf-card.ts
// Hugging Face model and dataset cards: YAML front matter (hub-docs modelcard.md / datasetcard.md)
// plus Markdown sections matched by heading text at any level (older cards use H1, newer H2/H3).







/** Heading aliases per normalized field, most specific first. */
const MODEL_SECTIONS = {
    intended_use: ["direct use", "intended use", "intended uses", "intended use cases", "intended uses & limitations", "intended uses and limitations", "uses"],
    out_of_scope_use: ["out-of-scope use", "out-of-scope uses", "out of scope use", "out of scope uses", "misuse and out-of-scope use", "misuse, malicious use, and out-of-scope use", "misuse", "prohibited uses"],
    limitations: ["bias, risks, and limitations", "bias, risks and limitations", "risks and limitations", "limitations and bias", "limitations and biases", "bias and limitations", "limitations", "known limitations", "risks", "bias", "ethical considerations", "ethical considerations and limitations", "intended uses & limitations", "intended uses and limitations"],
    training_data: ["training data", "training dataset", "training datasets", "training and evaluation data", "training details"],
    evaluation: ["evaluation", "evaluation results", "results", "eval results", "benchmarks", "performance", "metrics", "testing data, factors & metrics"],
    environmental_impact: ["environmental impact", "carbon emissions", "carbon footprint"],
    contact: ["model card contact", "contact", "contact information", "contacts"],
    description: ["model description", "model summary", "overview", "model overview", "description"],
    architecture: ["model architecture and objective", "model architecture", "architecture"],
    training_procedure: ["training procedure", "training hyperparameters", "training"],
    human_oversight: ["human oversight", "human oversight measures", "oversight"],
    sensitive_data: ["personal and sensitive information", "sensitive data", "privacy"],
};
const DATASET_SECTIONS = {
    intended_use: ["direct use", "intended use", "intended uses", "uses"],
    limitations: ["bias, risks, and limitations", "bias, risks and limitations", "known limitations", "limitations", "discussion of biases", "other known limitations"],
    collection: ["data collection and processing", "collection process", "data collection", "source data", "dataset creation", "curation rationale"],
    processing: ["data collection and processing", "preprocessing", "annotation process", "data preprocessing"],
    sensitive_data: ["personal and sensitive information"],
    origin: ["who are the source data producers", "source data", "data sources"],
    description: ["dataset description", "dataset summary", "description"],
    bias: ["discussion of biases", "bias, risks, and limitations", "bias, risks and limitations", "bias"],
    out_of_scope_use: ["out-of-scope use", "out-of-scope uses", "out of scope use"],
    annotation: ["annotation process", "annotations", "who are the annotators"],
    maintenance: ["maintenance", "dataset maintenance"],
    contact: ["dataset card contact", "contact", "point of contact"],
};
/**
 * Where a field belongs when its own section is missing: the template's parent section, so a
 * finding lands where the text should be added (e.g. under "Training Details").
 */
const MODEL_PARENTS = {
    intended_use: ["uses"],
    out_of_scope_use: ["uses"],
    training_data: ["training details"],
    training_procedure: ["training details"],
    architecture: ["technical specifications", "model details"],
    description: ["model details"],
    human_oversight: ["uses"],
    sensitive_data: ["training details"],
};
const DATASET_PARENTS = {
    intended_use: ["uses"],
    out_of_scope_use: ["uses"],
    collection: ["dataset creation"],
    processing: ["source data", "dataset creation"],
    origin: ["source data", "dataset creation"],
    annotation: ["dataset creation"],
    sensitive_data: ["dataset creation"],
    description: ["dataset details"],
};
function parentPosition(sections, field, parents) {
    for (const alias of parents[field] ?? []) {
        const s = sections.find((x) => x.key === alias);
        if (s)
            return s.position;
    }
    return null;
}
const DERIVED_TAGS = new Set(["finetune", "fine-tune", "fine-tuned", "finetuned", "lora", "qlora", "peft", "merge", "mergekit", "quantized", "gguf", "gptq", "awq", "adapter"]);
function hf_card_pick(sections, aliases) {
    let firstPresent = null;
    for (const alias of aliases) {
        for (const s of sections) {
            if (s.key !== alias)
                continue;
            firstPresent ??= s;
            // A parent like "Uses" counts only for its own text; sub-sections are matched by their own names.
            const text = alias === "uses" || alias === "training details" || alias === "dataset creation" ? s.text : s.fullText;
            if (text)
                return { text, position: s.position };
        }
    }
    return { text: null, position: firstPresent?.position ?? null };
}
/** `- **Developed by:** Acme` bullets under any heading, keyed by lower-case label. */
function bullets(text) {
    const out = new Map();
    const lines = text.split(/\r\n|\r|\n/);
    const re = /^\s*[-*+]\s*\*\*([^*:]+):?\*\*:?\s*(.*)$/;
    lines.forEach((line, i) => {
        const m = re.exec(line);
        if (!m)
            return;
        const value = m[2].replace(/\[More Information Needed\](\([^)]*\))?/gi, "").trim();
        const label = m[1].trim().toLowerCase();
        if (value && !out.has(label))
            out.set(label, { value, position: { line: i + 1, column: line.indexOf("*") + 1 } });
    });
    return out;
}
function hf_card_licensesOf(fm, bullet) {
    const ids = strings(fm["license"]);
    const url = str(fm["license_link"]);
    const name = str(fm["license_name"]);
    const out = ids.map((id) => {
        if (id.toLowerCase() === "other")
            return { spdx: "other", name: name ?? id, url };
        return { spdx: hfLicense(id), name: id, url };
    });
    if (out.length === 0 && bullet)
        out.push({ spdx: hfLicense(bullet), name: bullet, url: null });
    return out;
}
function frontMatter(ctx) {
    const v = ctx.doc.frontMatter?.value;
    return v && typeof v === "object" && !Array.isArray(v) ? v : {};
}
/** Where a missing field is reported: the front matter's opening line, else the title, else line 1. */
function rootPosition(ctx) {
    if (ctx.doc.frontMatterLine)
        return { line: ctx.doc.frontMatterLine, column: 1 };
    const title = ctx.doc.sections[0];
    return title ? title.position : { line: 1, column: 1 };
}
function fmPos(ctx, key) {
    return ctx.doc.frontMatter?.locate([key]) ?? null;
}
function title(ctx, prefix) {
    const h1 = ctx.doc.sections.find((s) => s.level === 1);
    if (!h1)
        return null;
    const t = h1.title.replace(prefix, "").replace(/\{\{.*?\}\}/g, "").trim();
    return t || null;
}
function readHfModelCard(ctx) {
    const fm = frontMatter(ctx);
    const { sections } = ctx.doc;
    const b = bullets(ctx.text);
    const positions = { "": rootPosition(ctx) };
    const set = (ptr, pos) => {
        if (pos)
            positions[ptr] = pos;
    };
    const problems = new ProblemList(ctx.doc.frontMatter);
    checkModelMetadata(fm, problems);
    const fields = {};
    for (const [field, aliases] of Object.entries(MODEL_SECTIONS)) {
        const p = hf_card_pick(sections, aliases);
        fields[field] = p.text;
        set(`/${field}`, p.position ?? parentPosition(sections, field, MODEL_PARENTS));
    }
    const modelIndex = arrayOf(fm["model-index"]).filter(isDict);
    const metrics = [];
    const testDatasets = [];
    for (const entry of modelIndex) {
        for (const r of arrayOf(entry["results"]).filter(isDict)) {
            const ds = isDict(r["dataset"]) ? r["dataset"] : {};
            const dsName = str(ds["type"]) ?? str(ds["name"]);
            if (dsName)
                testDatasets.push(dsName);
            for (const m of arrayOf(r["metrics"]).filter(isDict)) {
                const type = str(m["type"]) ?? str(m["name"]);
                const value = str(m["value"]);
                if (type && value)
                    metrics.push({ type, value });
            }
        }
    }
    if (metrics.length)
        set("/metrics", fmPos(ctx, "model-index"));
    if (testDatasets.length)
        set("/test_datasets", fmPos(ctx, "model-index"));
    if (!fields["evaluation"] && metrics.length)
        set("/evaluation", fmPos(ctx, "model-index"));
    const co2 = fm["co2_eq_emissions"];
    if (!fields["environmental_impact"] && co2 !== undefined && co2 !== null) {
        fields["environmental_impact"] = typeof co2 === "object" ? JSON.stringify(co2) : String(co2);
        set("/environmental_impact", fmPos(ctx, "co2_eq_emissions"));
    }
    const baseModels = strings(fm["base_model"]);
    const finetunedFrom = b.get("finetuned from model") ?? b.get("finetuned from");
    if (baseModels.length === 0 && finetunedFrom)
        baseModels.push(finetunedFrom.value);
    // When the lineage is missing, point at whatever says the model is derived.
    set("/base_models", fmPos(ctx, "base_model") ?? finetunedFrom?.position ?? fmPos(ctx, "base_model_relation") ?? fmPos(ctx, "tags") ?? fmPos(ctx, "library_name"));
    const tags = strings(fm["tags"]).map((t) => t.toLowerCase());
    const derived = baseModels.length > 0 ||
        str(fm["base_model_relation"]) !== null ||
        str(fm["library_name"])?.toLowerCase() === "peft" ||
        tags.some((t) => DERIVED_TAGS.has(t));
    const licenseBullet = b.get("license");
    const licenses = hf_card_licensesOf(fm, licenseBullet?.value);
    set("/licenses", fmPos(ctx, "license") ?? licenseBullet?.position ?? null);
    const datasets = strings(fm["datasets"]);
    set("/datasets", fmPos(ctx, "datasets"));
    if (!fields["training_data"])
        set("/training_data", positions["/training_data"] ?? fmPos(ctx, "datasets"));
    const developer = b.get("developed by") ?? b.get("shared by") ?? b.get("model creator");
    set("/supplier", developer?.position ?? fmPos(ctx, "model_creator"));
    set("/owners", developer?.position ?? fmPos(ctx, "model_creator"));
    const modelType = b.get("model type");
    if (!fields["architecture"] && modelType)
        set("/architecture", modelType.position);
    set("/task", fmPos(ctx, "pipeline_tag"));
    set("/name", fmPos(ctx, "model_name"));
    const indexName = modelIndex.length ? str(modelIndex[0]?.["name"]) : null;
    const name = indexName ?? str(fm["model_name"]) ?? title(ctx, /^model card for\s*/i) ?? external_node_path_default().posix.basename(external_node_path_default().posix.dirname(ctx.relPath));
    const supplier = developer?.value ?? str(fm["model_creator"]) ?? null;
    const card = {
        ...blankModelCard({ id: ctx.relPath, path: ctx.relPath, format: "huggingface-model-card", format_version: null }),
        name: name === "." ? null : name,
        version: str(fm["version"]) ?? str(fm["model_version"]),
        supplier,
        licenses,
        base_models: baseModels,
        derived,
        datasets,
        intended_use: fields["intended_use"] ?? null,
        out_of_scope_use: fields["out_of_scope_use"] ?? null,
        limitations: fields["limitations"] ?? null,
        training_data: fields["training_data"] ?? null,
        evaluation: fields["evaluation"] ?? null,
        metrics,
        environmental_impact: fields["environmental_impact"] ?? null,
        contact: fields["contact"] ?? null,
        description: fields["description"] ?? null,
        task: str(fm["pipeline_tag"]),
        architecture: fields["architecture"] ?? modelType?.value ?? null,
        training_procedure: fields["training_procedure"] ?? null,
        test_datasets: unique(testDatasets),
        owners: supplier ? [supplier] : [],
        human_oversight: fields["human_oversight"] ?? null,
        sensitive_data: fields["sensitive_data"] ?? null,
        unsupported: ["hashes", "energy", "risk_assessment", "autonomy_type", "standards"],
    };
    card.problems = withProblems(positions, problems);
    const read = { artifact: card, raw: { front_matter: fm, sections: sections.map((s) => ({ title: s.title, level: s.level, text: s.text })) }, positions };
    return (0,waiver_syntax/* withInlineWaivers */.J8)(read, (0,waiver_syntax/* inlineWaiversFromFrontMatter */.rr)(ctx.doc.frontMatter));
}
function readHfDatasetCard(ctx) {
    const fm = frontMatter(ctx);
    const { sections } = ctx.doc;
    const b = bullets(ctx.text);
    const positions = { "": rootPosition(ctx) };
    const set = (ptr, pos) => {
        if (pos)
            positions[ptr] = pos;
    };
    const problems = new ProblemList(ctx.doc.frontMatter);
    checkDatasetMetadata(fm, problems);
    const fields = {};
    for (const [field, aliases] of Object.entries(DATASET_SECTIONS)) {
        const p = hf_card_pick(sections, aliases);
        fields[field] = p.text;
        set(`/${field}`, p.position ?? parentPosition(sections, field, DATASET_PARENTS));
    }
    const curator = b.get("curated by") ?? b.get("shared by") ?? b.get("funded by");
    if (!fields["origin"] && curator) {
        fields["origin"] = curator.value;
        set("/origin", curator.position);
    }
    set("/supplier", curator?.position);
    set("/owners", curator?.position);
    const licenseBullet = b.get("license");
    set("/licenses", fmPos(ctx, "license") ?? licenseBullet?.position ?? null);
    const sourceDatasets = strings(fm["source_datasets"]).filter((s) => s.toLowerCase() !== "original");
    set("/source_datasets", fmPos(ctx, "source_datasets"));
    set("/collection_methods", fmPos(ctx, "language_creators"));
    set("/name", fmPos(ctx, "pretty_name"));
    const record = {
        ...blankDataset({ id: ctx.relPath, path: ctx.relPath, format: "huggingface-dataset-card", format_version: null }),
        name: str(fm["pretty_name"]) ?? title(ctx, /^dataset card for\s*/i) ?? external_node_path_default().posix.basename(external_node_path_default().posix.dirname(ctx.relPath)),
        version: str(fm["version"]),
        supplier: curator?.value ?? null,
        licenses: hf_card_licensesOf(fm, licenseBullet?.value),
        origin: fields["origin"] ?? null,
        collection: fields["collection"] ?? null,
        processing: fields["processing"] ?? null,
        source_datasets: sourceDatasets,
        sensitive_data: fields["sensitive_data"] ?? null,
        intended_use: fields["intended_use"] ?? null,
        limitations: fields["limitations"] ?? null,
        owners: curator ? [curator.value] : [],
        description: fields["description"] ?? null,
        bias: fields["bias"] ?? null,
        out_of_scope_use: fields["out_of_scope_use"] ?? null,
        annotation: fields["annotation"] ?? null,
        maintenance: fields["maintenance"] ?? null,
        contact: fields["contact"] ?? null,
        // language_creators says how the text was obtained (found, crowdsourced, machine-generated…).
        collection_methods: strings(fm["language_creators"]),
        unsupported: ["hashes", "classification", "anonymization", "distributions"],
    };
    record.problems = withProblems(positions, problems);
    return (0,waiver_syntax/* withInlineWaivers */.J8)({ artifact: record, raw: { front_matter: fm }, positions }, (0,waiver_syntax/* inlineWaiversFromFrontMatter */.rr)(ctx.doc.frontMatter));
}

;// CONCATENATED MODULE: ./src/readers/mct-shapes.ts
// The structure of Model Card Toolkit JSON v0.0.1 and v0.0.2 (tensorflow/model-card-toolkit
// schema/v0.0.x/model_card.schema.json), restated for the checks aigis runs at read time.

const s = "string";
const graphics = obj({ description: s, collection: arr(obj({ name: s, image: s })) });
const risk = obj({ name: s, mitigation_strategy: s });
const MCT_V1 = obj({
    schema_version: s,
    model_details: obj({ name: s, overview: s, owners: arr(obj({ name: s, contact: s })), version: obj({ name: s, date: s, diff: s }), license: s, references: arr(s), citation: s }),
    model_parameters: obj({
        model_architecture: s,
        data: obj({ train: obj({ name: s, link: s, sensitive: "boolean", graphics }), eval: obj({ name: s, link: s, sensitive: "boolean", graphics }) }),
        input_format: s,
        output_format: s,
    }),
    quantitative_analysis: obj({
        performance_metrics: arr(obj({ type: s, value: anyOf("number", s), slice: s, threshold: "number", confidence_interval: obj({}, { required: ["lower_bound", "upper_bound"] }) }, { required: ["type"] })),
        graphics,
    }),
    considerations: obj({ users: arr(s), use_cases: arr(s), limitations: arr(s), tradeoffs: arr(s), ethical_considerations: arr(risk) }),
}, { required: ["model_details"], closed: true });
const described = arr(obj({ description: s }));
const keyvals = arr(obj({ key: s, value: s }));
const MCT_V2 = obj({
    schema_version: s,
    model_details: obj({
        name: s,
        overview: s,
        documentation: s,
        owners: arr(obj({ name: s, contact: s })),
        version: obj({ name: s, date: s, diff: s }),
        licenses: arr(obj({ identifier: s, custom_text: s })),
        references: arr(obj({ reference: s })),
        citations: arr(obj({ style: s, citation: s })),
        path: s,
    }),
    model_parameters: obj({
        model_architecture: s,
        data: arr(obj({ name: s, link: s, sensitive: obj({ sensitive_data: arr(s) }), graphics, description: s })),
        input_format: s,
        input_format_map: keyvals,
        output_format: s,
        output_format_map: keyvals,
    }),
    quantitative_analysis: obj({
        performance_metrics: arr(obj({ type: s, value: s, slice: s, confidence_interval: obj({ lower_bound: s, upper_bound: s }) })),
        graphics,
    }),
    considerations: obj({ users: described, use_cases: described, limitations: described, tradeoffs: described, ethical_considerations: arr(risk) }),
}, { closed: true });

;// CONCATENATED MODULE: ./src/readers/mct.ts








const MCT_VERSIONS = ["0.0.1", "0.0.2"];
// MCT v0.0.2 names datasets without saying which split they are; these names mark evaluation data.
const EVAL_NAMES = /\b(eval|evaluation|test|testing|validation|holdout|held-out)\b/i;
/** An MCT document has a model_details object and at least one other MCT section or a version. */
function looksLikeMct(v) {
    return isDict(v) && isDict(v["model_details"]) && ["model_parameters", "quantitative_analysis", "considerations", "schema_version"].some((k) => v[k] !== undefined);
}
/** Declared schema_version, else the version the document's shape says (v0.0.1 uses plain strings). */
function versionOf(v, doc) {
    const declared = str(v["schema_version"]);
    if (declared) {
        const version = declared.replace(/^v/i, "");
        if (!MCT_VERSIONS.includes(version)) {
            const pos = doc.locate(["schema_version"]) ?? { line: 1, column: 1 };
            throw new readers_errors/* ArtifactError */.n(`Model Card Toolkit schema_version ${declared} is not supported; aigis reads 0.0.1 and 0.0.2`, pos.line, pos.column);
        }
        return version;
    }
    const details = dictAt(v, "model_details");
    const looksV1 = typeof details["license"] === "string" || isDict(dictAt(v, "model_parameters")["data"]) || arrayOf(dictAt(v, "considerations")["use_cases"]).some((x) => typeof x === "string");
    return looksV1 ? "0.0.1" : "0.0.2";
}
/** v0.0.2 wraps considerations in {description}; v0.0.1 writes plain strings. */
const mct_described = (v) => joinText(arrayOf(v).map((x) => (isDict(x) ? str(x["description"]) : str(x))));
function readMct(relPath, doc) {
    const v = doc.value;
    if (!isDict(v) || !isDict(v["model_details"]))
        throw new readers_errors/* ArtifactError */.n("not a Model Card Toolkit model card (needs model_details)");
    const card = v;
    const version = versionOf(card, doc);
    const problems = new ProblemList(doc);
    checkShape(card, version === "0.0.1" ? MCT_V1 : MCT_V2, [], problems, `Model Card Toolkit v${version}`);
    const details = dictAt(card, "model_details");
    const params = dictAt(card, "model_parameters");
    const qa = dictAt(card, "quantitative_analysis");
    const cons = dictAt(card, "considerations");
    const owners = arrayOf(details["owners"]).filter(isDict);
    const ownerNames = owners.map((o) => str(o["name"])).filter((x) => !!x);
    const licenses = version === "0.0.1"
        ? [str(details["license"])].filter((x) => !!x).map(licenseFromText)
        : arrayOf(details["licenses"]).flatMap((l) => {
            if (!isDict(l))
                return [];
            const id = str(l["identifier"]);
            if (id)
                return [licenseFromText(id)];
            const custom = str(l["custom_text"]);
            return custom ? [{ spdx: null, name: custom, url: null }] : [];
        });
    // Datasets: v0.0.1 has data.train / data.eval; v0.0.2 a list of named datasets.
    const data = version === "0.0.1" ? ["train", "eval"].flatMap((split) => (isDict(dictAt(params, "data")[split]) ? [{ split, d: dictAt(params, "data")[split] }] : [])) : arrayOf(params["data"]).filter(isDict).map((d) => ({ split: null, d }));
    const dataName = (d) => str(d["name"]) ?? str(d["link"]);
    const isEval = (x) => (x.split ? x.split === "eval" : EVAL_NAMES.test(dataName(x.d) ?? ""));
    const train = data.filter((x) => !isEval(x));
    const sensitive = data.flatMap(({ d }) => {
        const s = d["sensitive"];
        if (typeof s === "boolean")
            return [s ? `${dataName(d) ?? "dataset"}: contains sensitive data` : `${dataName(d) ?? "dataset"}: no sensitive data`];
        if (isDict(s) && Array.isArray(s["sensitive_data"])) {
            const kinds = arrayOf(s["sensitive_data"]).map(str).filter(Boolean);
            return [`${dataName(d) ?? "dataset"}: ${kinds.length ? kinds.join(", ") : "none declared (empty sensitive_data)"}`];
        }
        return [];
    });
    const metrics = arrayOf(qa["performance_metrics"]).flatMap((m) => (isDict(m) && str(m["type"]) && str(m["value"]) ? [{ type: str(m["type"]), value: str(m["value"]), slice: str(m["slice"]) }] : []));
    const at = new SourceMapBuilder(doc);
    at.positions[""] = doc.locate(["model_details"]) ?? { line: 1, column: 1 };
    at.map("/name", ["model_details", "name"]);
    at.map("/version", ["model_details", "version"]);
    at.map("/description", ["model_details", "overview"]);
    at.map("/supplier", ["model_details", "owners"]);
    at.map("/owners", ["model_details", "owners"]);
    at.map("/contact", ["model_details", "owners"]);
    at.map("/licenses", ["model_details", "licenses"], ["model_details", "license"]);
    at.map("/architecture", ["model_parameters", "model_architecture"], ["model_parameters"]);
    at.map("/datasets", ["model_parameters", "data"], ["model_parameters"]);
    at.map("/training_data", ["model_parameters", "data"], ["model_parameters"]);
    at.map("/test_datasets", ["model_parameters", "data"], ["model_parameters"]);
    at.map("/sensitive_data", ["model_parameters", "data"], ["model_parameters"]);
    at.map("/evaluation", ["quantitative_analysis", "performance_metrics"], ["quantitative_analysis"]);
    at.map("/metrics", ["quantitative_analysis", "performance_metrics"], ["quantitative_analysis"]);
    at.map("/intended_use", ["considerations", "use_cases"], ["considerations"]);
    at.map("/limitations", ["considerations", "limitations"], ["considerations", "ethical_considerations"], ["considerations"]);
    const artifact = {
        ...blankModelCard({ id: relPath, path: relPath, format: "model-card-toolkit", format_version: version }),
        name: str(details["name"]),
        version: str(dictAt(details, "version")["name"]),
        supplier: ownerNames[0] ?? null,
        owners: ownerNames,
        contact: owners.map((o) => str(o["contact"])).find((x) => x) ?? null,
        licenses,
        description: str(details["overview"]),
        architecture: str(params["model_architecture"]),
        datasets: unique(train.map(({ d }) => dataName(d)).filter((x) => !!x)),
        training_data: joinText(train.map(({ d }) => joinText([dataName(d), str(d["description"])], ": "))),
        test_datasets: unique(data.filter(isEval).map(({ d }) => dataName(d)).filter((x) => !!x)),
        sensitive_data: joinText(sensitive, "; "),
        intended_use: mct_described(cons["use_cases"]),
        limitations: joinText([
            mct_described(cons["limitations"]),
            mct_described(cons["tradeoffs"]),
            joinText(arrayOf(cons["ethical_considerations"]).map((r) => (isDict(r) ? joinText([str(r["name"]), str(r["mitigation_strategy"])], ": ") : null))),
        ]),
        metrics: metrics.map(({ type, value }) => ({ type, value })),
        evaluation: metrics.length ? metrics.map((m) => `${m.type}${m.slice ? ` (${m.slice})` : ""}=${m.value}`).join(", ") : null,
        unsupported: ["out_of_scope_use", "hashes", "base_models", "environmental_impact", "energy", "task", "training_procedure", "risk_assessment", "autonomy_type", "human_oversight", "standards"],
    };
    artifact.problems = withProblems(at.positions, problems);
    return { artifact, raw: v, positions: at.positions };
}

;// CONCATENATED MODULE: ./src/readers/register.ts






function readRegister(relPath, doc) {
    const v = doc.value;
    if (!isDict(v))
        throw new readers_errors/* ArtifactError */.n("an AI system register must be a mapping with systems (and suppliers)");
    const reg = v;
    const sm = new SourceMapBuilder(doc);
    sm.positions[""] = doc.locate(["aigis"]) ?? doc.locate(["systems"]) ?? { line: 1, column: 1 };
    const problems = new ProblemList(doc);
    if (reg["systems"] === undefined)
        problems.add([], "the register lists no systems");
    else if (!Array.isArray(reg["systems"]))
        problems.add(["systems"], "systems must be a list of AI systems");
    if (reg["suppliers"] !== undefined && !Array.isArray(reg["suppliers"]))
        problems.add(["suppliers"], "suppliers must be a list");
    // The register's own systems list is read by readSystems below, not as systems_covered.
    const meta = readMeta({ ...reg, systems: undefined }, [], sm, problems);
    sm.map("/systems", ["systems"]);
    sm.map("/suppliers", ["suppliers"]);
    const register = {
        ...blankGovernanceDoc({ id: relPath, path: relPath, format: "aigis-register", format_version: null }),
        ...meta,
        doc_kind: "system-register",
        title: str(reg["title"]) ?? (isDict(reg["aigis"]) ? str(reg["aigis"]["title"]) : null),
        systems: readSystems(reg["systems"], ["systems"], sm, problems),
        suppliers: readSuppliers(reg["suppliers"], ["suppliers"], sm, problems),
        systems_covered: [],
    };
    register.problems = withProblems(sm.positions, problems);
    return { artifact: register, raw: v, positions: sm.positions };
}

;// CONCATENATED MODULE: ./src/readers/spdx3-graph.ts

const SPDX_TERMS = /^https?:\/\/spdx\.org\/rdf\/(\d+\.\d+(?:\.\d+)?)\/terms\/([A-Za-z]+)\/([A-Za-z]+)$/;
// Profile namespaces → the prefix the JSON-LD context gives their terms (Core has none).
const PROFILE_PREFIX = {
    Core: "", AI: "ai_", Dataset: "dataset_", Software: "software_", SimpleLicensing: "simplelicensing_",
    ExpandedLicensing: "expandedlicensing_", Security: "security_", Build: "build_", Lite: "lite_", Extension: "extension_",
};
/** `ai_AIPackage`, or the compact name of a full class IRI (https://spdx.org/rdf/3.0.1/terms/AI/AIPackage). */
function className(type) {
    const m = SPDX_TERMS.exec(type);
    if (!m)
        return type.replace(/^spdx:/, "");
    return `${PROFILE_PREFIX[m[2]] ?? `${m[2].toLowerCase()}_`}${m[3]}`;
}
const HASH_NAMES = {
    md5: "MD5", sha1: "SHA-1", sha224: "SHA-224", sha256: "SHA-256", sha384: "SHA-384", sha512: "SHA-512",
    sha3_224: "SHA3-224", sha3_256: "SHA3-256", sha3_384: "SHA3-384", sha3_512: "SHA3-512",
    blake2b256: "BLAKE2b-256", blake2b384: "BLAKE2b-384", blake2b512: "BLAKE2b-512", blake3: "BLAKE3",
};
/** Licence individuals SPDX defines instead of an element in the graph. */
const LICENSE_INDIVIDUALS = { NoAssertionLicense: "NOASSERTION", NoneLicense: "NONE" };
const nodeId = (n) => str(n["spdxId"]) ?? str(n["@id"]);
const nodeType = (n) => {
    const t = str(n["type"]) ?? str(n["@type"]);
    return t ? className(t) : null;
};
class SpdxGraph {
    nodes = [];
    byId = new Map();
    relationships = [];
    constructor(graph) {
        arrayOf(graph).forEach((n, index) => {
            if (!isDict(n))
                return;
            const g = { node: n, index, type: nodeType(n) ?? "", id: nodeId(n) };
            this.nodes.push(g);
            if (g.id && !this.byId.has(g.id))
                this.byId.set(g.id, g);
            if (g.type === "Relationship") {
                const from = str(n["from"]);
                const type = str(n["relationshipType"]);
                if (from && type)
                    this.relationships.push({ at: g, from, type: className(type).replace(/^.*\//, ""), to: strings(n["to"]) });
            }
        });
    }
    ofType(...types) {
        return this.nodes.filter((n) => types.includes(n.type));
    }
    /** Relationships of `type` leaving `from` (or, with `direction: "to"`, arriving at it). */
    linked(id, type, direction = "from") {
        if (!id)
            return [];
        return this.relationships.filter((r) => r.type === type && (direction === "from" ? r.from === id : r.to.includes(id)));
    }
    /** An element's display name: its name (and version), else its id. */
    label(id) {
        const n = this.byId.get(id)?.node;
        if (!n)
            return id;
        const name = str(n["name"]);
        return name ?? id;
    }
    agentNames(v) {
        return listOf(v).flatMap((x) => {
            const id = isDict(x) ? nodeId(x) : str(x);
            const node = isDict(x) ? x : id ? this.byId.get(id)?.node : undefined;
            const name = node ? str(node["name"]) : null;
            return name ? [name] : id ? [id] : [];
        });
    }
    /** An agent's e-mail (externalIdentifier of type email), if the graph gives one. */
    agentContact(v) {
        for (const x of listOf(v)) {
            const node = isDict(x) ? x : str(x) ? this.byId.get(str(x))?.node : undefined;
            for (const ident of arrayOf(node?.["externalIdentifier"])) {
                if (isDict(ident) && str(ident["externalIdentifierType"]) === "email" && str(ident["identifier"]))
                    return str(ident["identifier"]);
            }
        }
        return null;
    }
    license(id) {
        const node = this.byId.get(id)?.node;
        if (node) {
            const expr = str(node["simplelicensing_licenseExpression"]);
            if (expr)
                return { spdx: expr, name: null, url: null };
            const listed = /^https?:\/\/spdx\.org\/licenses\/([A-Za-z0-9.+-]+)$/.exec(id);
            return { spdx: listed ? listed[1] : null, name: str(node["name"]) ?? (listed ? null : id), url: str(arrayOf(node["expandedlicensing_seeAlso"])[0]) };
        }
        const listed = /^https?:\/\/spdx\.org\/licenses\/([A-Za-z0-9.+-]+)$/.exec(id);
        if (listed)
            return { spdx: listed[1], name: null, url: null };
        const individual = SPDX_TERMS.exec(id)?.[3] ?? "";
        if (LICENSE_INDIVIDUALS[individual])
            return { spdx: LICENSE_INDIVIDUALS[individual], name: null, url: null };
        return { spdx: null, name: id, url: null };
    }
    /** Declared licences first, then concluded ones not already declared. */
    licensesOf(id) {
        const out = [];
        for (const type of ["hasDeclaredLicense", "hasConcludedLicense"]) {
            for (const r of this.linked(id, type)) {
                for (const to of r.to) {
                    const lic = this.license(to);
                    if (!out.some((l) => l.spdx === lic.spdx && l.name === lic.name))
                        out.push(lic);
                }
            }
        }
        return out;
    }
    /** Ancestors: targets of descendantOf from the element, sources of ancestorOf to it. */
    lineageOf(id) {
        const ids = [...this.linked(id, "descendantOf").flatMap((r) => r.to), ...this.linked(id, "ancestorOf", "to").map((r) => r.from)];
        return [...new Set(ids.map((x) => this.label(x)))];
    }
}
function spdx3_graph_hashesOf(v) {
    return arrayOf(v).flatMap((h) => {
        if (!isDict(h))
            return [];
        const alg = str(h["algorithm"]);
        const value = str(h["hashValue"]);
        return alg && value ? [{ alg: HASH_NAMES[alg] ?? alg, value }] : [];
    });
}

;// CONCATENATED MODULE: ./src/readers/spdx3-checks.ts


const DATE_TIME = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/;
const PRESENCE = ["yes", "no", "noAssertion"];
const ENUMS = {
    ai_autonomyType: PRESENCE,
    ai_useSensitivePersonalInformation: PRESENCE,
    dataset_hasSensitivePersonalInformation: PRESENCE,
    ai_safetyRiskAssessment: ["serious", "high", "medium", "low"],
    dataset_confidentialityLevel: ["red", "amber", "green", "clear"],
    dataset_datasetAvailability: ["clickthrough", "directDownload", "query", "registration", "scrapingScript"],
    software_primaryPurpose: [
        "application", "archive", "bom", "configuration", "container", "data", "device", "deviceDriver", "diskImage", "documentation", "evidence",
        "executable", "file", "filesystemImage", "firmware", "framework", "install", "library", "manifest", "model", "module", "operatingSystem",
        "other", "patch", "platform", "requirement", "source", "specification", "test",
    ],
};
const DATASET_TYPES = ["audio", "categorical", "graph", "image", "noAssertion", "numeric", "other", "sensor", "structured", "syntactic", "text", "timeseries", "timestamp", "video"];
const HASH_ALGORITHMS = [
    "adler32", "blake2b256", "blake2b384", "blake2b512", "blake3", "crystalsDilithium", "crystalsKyber", "falcon", "md2", "md4", "md5", "md6", "other",
    "sha1", "sha224", "sha256", "sha384", "sha3_224", "sha3_256", "sha3_384", "sha3_512", "sha512",
];
const RELATIONSHIP_TYPES = [
    "affects", "amendedBy", "ancestorOf", "availableFrom", "configures", "contains", "coordinatedBy", "copiedTo", "delegatedTo", "dependsOn",
    "descendantOf", "describes", "doesNotAffect", "expandsTo", "exploitCreatedBy", "fixedBy", "fixedIn", "foundBy", "generates", "hasAddedFile",
    "hasAssessmentFor", "hasAssociatedVulnerability", "hasConcludedLicense", "hasDataFile", "hasDeclaredLicense", "hasDeletedFile",
    "hasDependencyManifest", "hasDistributionArtifact", "hasDocumentation", "hasDynamicLink", "hasEvidence", "hasExample", "hasHost", "hasInput",
    "hasMetadata", "hasOptionalComponent", "hasOptionalDependency", "hasOutput", "hasPrerequisite", "hasProvidedDependency", "hasRequirement",
    "hasSpecification", "hasStaticLink", "hasTest", "hasTestCase", "hasVariant", "invokedBy", "modifiedBy", "other", "packagedBy", "patchedBy",
    "publishedBy", "reportedBy", "republishedBy", "serializedInArtifact", "testedOn", "trainedOn", "underInvestigationFor", "usesTool",
];
const STRING_PROPS = [
    "name", "summary", "description", "comment", "ai_informationAboutApplication", "ai_informationAboutTraining", "ai_limitation", "dataset_intendedUse",
    "dataset_dataCollectionProcess", "dataset_datasetNoise", "dataset_datasetUpdateMechanism", "software_packageVersion", "software_downloadLocation",
    "software_packageUrl", "software_homePage",
];
const LIST_PROPS = [
    "ai_domain", "ai_standardCompliance", "ai_typeOfModel", "ai_modelDataPreprocessing", "ai_modelExplainability", "ai_hyperparameter", "ai_metric",
    "ai_metricDecisionThreshold", "dataset_knownBias", "dataset_dataPreprocessing", "dataset_anonymizationMethodUsed", "dataset_sensor",
    "originatedBy", "verifiedUsing", "externalRef", "externalIdentifier", "dataset_datasetType",
];
// SHACL minimums of the AI and Dataset profiles (not in the JSON schema).
const PROFILE_REQUIRED = {
    ai_AIPackage: ["name", "releaseTime", "suppliedBy", "software_downloadLocation", "software_packageVersion", "software_primaryPurpose"],
    dataset_DatasetPackage: ["name", "builtTime", "originatedBy", "releaseTime", "software_downloadLocation", "software_primaryPurpose", "dataset_datasetType"],
};
/** Types that are not Elements and so carry no spdxId or creationInfo of their own. */
const NON_ELEMENTS = new Set(["CreationInfo", "Hash", "ExternalRef", "ExternalIdentifier", "ExternalMap", "DictionaryEntry", "PackageVerificationCode", "NamespaceMap"]);
function checkGraph(graph, problems) {
    const imported = new Set();
    for (const d of graph.ofType("SpdxDocument")) {
        for (const m of arrayOf(d.node["import"]))
            if (isDict(m) && str(m["externalSpdxId"]))
                imported.add(str(m["externalSpdxId"]));
    }
    const resolves = (id) => graph.byId.has(id) || imported.has(id) || SPDX_TERMS.test(id) || /^https?:\/\/spdx\.org\/(licenses|rdf\/[\d.]+\/terms)\//.test(id);
    const blankIds = new Set(graph.nodes.filter((n) => n.id?.startsWith("_:")).map((n) => n.id));
    for (const g of graph.nodes) {
        const at = ["@graph", g.index];
        if (!g.type) {
            problems.add(at, "graph node has no type");
            continue;
        }
        if (g.type === "CreationInfo") {
            checkCreationInfo(g.node, at, problems);
            continue;
        }
        if (NON_ELEMENTS.has(g.type))
            continue;
        if (!g.id)
            problems.add(at, `${g.type} has no spdxId`);
        const ci = g.node["creationInfo"];
        if (ci === undefined)
            problems.add(at, `${g.type} has no creationInfo`);
        else if (typeof ci === "string" && !blankIds.has(ci) && !resolves(ci))
            problems.add([...at, "creationInfo"], `creationInfo "${ci}" is not in the graph`);
        else if (isDict(ci))
            checkCreationInfo(ci, [...at, "creationInfo"], problems);
        checkProperties(g, at, problems);
        const refs = [["suppliedBy", g.node["suppliedBy"]], ["from", g.node["from"]]];
        for (const [key, value] of refs)
            if (typeof value === "string" && !resolves(value))
                problems.add([...at, key], `${key} "${value}" names no element in the graph`);
        for (const key of ["to", "originatedBy", "rootElement", "element"]) {
            arrayOf(g.node[key]).forEach((v, i) => {
                if (typeof v === "string" && !resolves(v))
                    problems.add([...at, key, i], `${key} "${v}" names no element in the graph`);
            });
        }
        if (g.type === "Relationship")
            checkRelationship(g.node, at, problems);
        for (const key of PROFILE_REQUIRED[g.type] ?? []) {
            const v = g.node[key];
            if (v === undefined || v === null || v === "" || (Array.isArray(v) && v.length === 0))
                problems.add(at, `${g.type} is missing ${key} (required by the SPDX 3.0.1 ${g.type.startsWith("ai_") ? "AI" : "Dataset"} profile)`);
        }
        if (g.type in PROFILE_REQUIRED) {
            for (const rel of ["hasDeclaredLicense", "hasConcludedLicense"]) {
                const n = graph.linked(g.id, rel).reduce((sum, r) => sum + r.to.length, 0);
                if (n !== 1)
                    problems.add(at, `${g.type} needs exactly one ${rel} relationship (found ${n})`);
            }
        }
    }
    const profiles = graph.ofType("SpdxDocument").flatMap((d) => arrayOf(d.node["profileConformance"]).map((p) => String(p)));
    const doc = graph.ofType("SpdxDocument")[0];
    if (doc) {
        if (graph.ofType("ai_AIPackage").length && !profiles.includes("ai"))
            problems.add(["@graph", doc.index], 'SpdxDocument profileConformance does not list "ai" although the document has AI packages');
        if (graph.ofType("dataset_DatasetPackage").length && !profiles.includes("dataset"))
            problems.add(["@graph", doc.index], 'SpdxDocument profileConformance does not list "dataset" although the document has dataset packages');
    }
}
function checkCreationInfo(ci, at, problems) {
    for (const key of ["specVersion", "created", "createdBy"])
        if (ci[key] === undefined)
            problems.add(at, `CreationInfo is missing ${key}`);
    if (ci["created"] !== undefined && !DATE_TIME.test(String(ci["created"])))
        problems.add([...at, "created"], "created must be a UTC date-time like 2026-03-01T09:00:00Z");
    if (ci["createdBy"] !== undefined && (!Array.isArray(ci["createdBy"]) || ci["createdBy"].length === 0))
        problems.add([...at, "createdBy"], "createdBy must be a non-empty list of agents");
}
function checkRelationship(n, at, problems) {
    for (const key of ["from", "relationshipType", "to"])
        if (n[key] === undefined)
            problems.add(at, `Relationship is missing ${key}`);
    const type = str(n["relationshipType"]);
    if (type && !RELATIONSHIP_TYPES.includes(type.replace(/^.*\//, "")))
        problems.add([...at, "relationshipType"], `relationshipType "${type}" is not an SPDX 3.0.1 relationship type`);
    if (n["to"] !== undefined && (!Array.isArray(n["to"]) || n["to"].length === 0))
        problems.add([...at, "to"], "to must be a non-empty list of element ids");
}
function checkProperties(g, at, problems) {
    const n = g.node;
    for (const key of STRING_PROPS)
        if (n[key] !== undefined && typeof n[key] !== "string")
            problems.add([...at, key], `${key} must be a string`);
    for (const key of LIST_PROPS)
        if (n[key] !== undefined && !Array.isArray(n[key]))
            problems.add([...at, key], `${key} must be a list`);
    for (const key of ["releaseTime", "builtTime", "validUntilTime"]) {
        if (n[key] !== undefined && !DATE_TIME.test(String(n[key])))
            problems.add([...at, key], `${key} must be a UTC date-time like 2026-03-01T09:00:00Z`);
    }
    for (const [key, allowed] of Object.entries(ENUMS)) {
        const v = n[key];
        if (v !== undefined && !allowed.includes(String(v).replace(/^.*\//, "")))
            problems.add([...at, key], `${key} must be one of ${allowed.join(", ")}`);
    }
    arrayOf(n["dataset_datasetType"]).forEach((t, i) => {
        if (!DATASET_TYPES.includes(String(t).replace(/^.*\//, "")))
            problems.add([...at, "dataset_datasetType", i], `dataset_datasetType must be one of ${DATASET_TYPES.join(", ")}`);
    });
    arrayOf(n["verifiedUsing"]).forEach((h, i) => {
        if (!isDict(h))
            return problems.add([...at, "verifiedUsing", i], "verifiedUsing entries must be Hash objects");
        if (str(h["type"]) !== "Hash" && str(h["@type"]) !== "Hash")
            return;
        if (!str(h["algorithm"]) || !str(h["hashValue"]))
            problems.add([...at, "verifiedUsing", i], "Hash needs algorithm and hashValue");
        else if (!HASH_ALGORITHMS.includes(str(h["algorithm"])))
            problems.add([...at, "verifiedUsing", i, "algorithm"], `hash algorithm "${str(h["algorithm"])}" is not an SPDX 3.0.1 algorithm (e.g. sha256)`);
    });
    const energy = n["ai_energyConsumption"];
    if (isDict(energy)) {
        for (const phase of ["ai_trainingEnergyConsumption", "ai_finetuningEnergyConsumption", "ai_inferenceEnergyConsumption"]) {
            arrayOf(energy[phase]).forEach((e, i) => {
                if (!isDict(e) || e["ai_energyQuantity"] === undefined || !str(e["ai_energyUnit"]))
                    problems.add([...at, "ai_energyConsumption", phase, i], "energy consumption needs ai_energyQuantity and ai_energyUnit");
            });
        }
    }
}

;// CONCATENATED MODULE: ./src/readers/spdx3.ts








const SPDX_VERSIONS = ["3.0.0", "3.0.1"];
const CONTEXT_VERSION = /spdx\.org\/rdf\/(\d+\.\d+(?:\.\d+)?)\//;
/** An SPDX 3 JSON-LD document: a @graph with an SPDX context or SPDX-shaped nodes. */
function looksLikeSpdx3(v) {
    if (!isDict(v) || !Array.isArray(v["@graph"]))
        return false;
    if (listOf(v["@context"]).some((c) => typeof c === "string" && CONTEXT_VERSION.test(c)))
        return true;
    return v["@graph"].some((n) => isDict(n) && (n["spdxId"] !== undefined || ["CreationInfo", "SpdxDocument"].includes(String(n["type"] ?? n["@type"]))));
}
/** The spec version from CreationInfo (in the graph or inline), else from the context URL. */
function spdx3_versionOf(v, graph, doc) {
    const infos = [...graph.ofType("CreationInfo").map((g) => ({ node: g.node, path: ["@graph", g.index] })), ...graph.nodes.flatMap((g) => (isDict(g.node["creationInfo"]) ? [{ node: g.node["creationInfo"], path: ["@graph", g.index, "creationInfo"] }] : []))];
    const declared = infos.find((i) => str(i.node["specVersion"]));
    const fromContext = listOf(v["@context"]).map((c) => (typeof c === "string" ? CONTEXT_VERSION.exec(c)?.[1] : undefined)).find(Boolean);
    const version = str(declared?.node["specVersion"]) ?? fromContext ?? null;
    if (!version)
        throw new readers_errors/* ArtifactError */.n("SPDX 3 document without a specVersion (CreationInfo) or a versioned @context");
    if (!SPDX_VERSIONS.includes(version)) {
        const pos = (declared ? doc.locate([...declared.path, "specVersion"]) : doc.locate(["@context"])) ?? { line: 1, column: 1 };
        throw new readers_errors/* ArtifactError */.n(`SPDX ${version} is not supported; aigis reads SPDX 3.0.1 JSON-LD`, pos.line, pos.column);
    }
    return version;
}
const spdx3_at = (g) => ["@graph", g.index];
const labelOf = (ctx, ids) => unique(ids.map((id) => ctx.graph.label(id)));
/** Where a relationship-derived field is located: the first relationship node, else the package. */
function mapRelationship(ctx, sm, field, g, type) {
    const r = ctx.graph.linked(g.id, type)[0];
    sm.set(field, r ? ctx.doc.locate(spdx3_at(r.at)) : sm.root());
}
function spdx3_component(ctx, g) {
    const n = g.node;
    const refs = [
        ...(str(n["software_downloadLocation"]) ? [{ type: "distribution", url: str(n["software_downloadLocation"]) }] : []),
        ...(str(n["software_homePage"]) ? [{ type: "website", url: str(n["software_homePage"]) }] : []),
        ...arrayOf(n["externalRef"]).flatMap((r) => (isDict(r) ? strings(r["locator"]).map((url) => ({ type: str(r["externalRefType"]) ?? "other", url })) : [])),
        ...ctx.graph.linked(g.id, "hasDocumentation").flatMap((r) => r.to.map((url) => ({ type: "documentation", url }))),
    ];
    return {
        pointer: pointerJoin("", ...spdx3_at(g)),
        ref: g.id,
        type: g.type === "dataset_DatasetPackage" || str(n["software_primaryPurpose"]) === "data" ? "data" : "machine-learning-model",
        name: str(n["name"]),
        version: str(n["software_packageVersion"]),
        supplier: ctx.graph.agentNames(n["suppliedBy"])[0] ?? null,
        purl: str(n["software_packageUrl"]),
        licenses: ctx.graph.licensesOf(g.id),
        hashes: spdx3_graph_hashesOf(n["verifiedUsing"]),
        external_references: refs,
        // The package itself carries the model-card fields.
        has_model_card: g.type === "ai_AIPackage",
        ancestors: ctx.graph.lineageOf(g.id),
        properties: [],
        depends_on: ctx.graph.linked(g.id, "dependsOn").flatMap((r) => r.to),
    };
}
function spdx3_energyOf(n) {
    const e = dictAt(n, "ai_energyConsumption");
    return ["training", "finetuning", "inference"].flatMap((activity) => arrayOf(e[`ai_${activity}EnergyConsumption`]).flatMap((d) => isDict(d) && str(d["ai_energyQuantity"]) ? [{ activity: activity === "finetuning" ? "fine-tuning" : activity, value: str(d["ai_energyQuantity"]), unit: str(d["ai_energyUnit"]) }] : []));
}
const entries = (v) => arrayOf(v).flatMap((d) => (isDict(d) && str(d["key"]) ? [{ type: str(d["key"]), value: str(d["value"]) ?? "" }] : []));
function modelCard(ctx, g, comp) {
    const n = g.node;
    const sm = new SourceMapBuilder(ctx.doc, spdx3_at(g));
    sm.positions[""] = sm.root();
    const trained = labelOf(ctx, ctx.graph.linked(g.id, "trainedOn").flatMap((r) => r.to));
    const tested = labelOf(ctx, ctx.graph.linked(g.id, "testedOn").flatMap((r) => r.to));
    const metrics = entries(n["ai_metric"]);
    const energy = spdx3_energyOf(n);
    for (const [field, key] of [
        ["/name", "name"], ["/version", "software_packageVersion"], ["/supplier", "suppliedBy"], ["/hashes", "verifiedUsing"],
        ["/intended_use", "ai_informationAboutApplication"], ["/limitations", "ai_limitation"], ["/training_procedure", "ai_informationAboutTraining"],
        ["/evaluation", "ai_metric"], ["/metrics", "ai_metric"], ["/environmental_impact", "ai_energyConsumption"], ["/energy", "ai_energyConsumption"],
        ["/risk_assessment", "ai_safetyRiskAssessment"], ["/autonomy_type", "ai_autonomyType"], ["/sensitive_data", "ai_useSensitivePersonalInformation"],
        ["/standards", "ai_standardCompliance"], ["/task", "ai_domain"], ["/architecture", "ai_typeOfModel"], ["/description", "description"],
        ["/owners", "originatedBy"], ["/contact", "suppliedBy"],
    ]) {
        sm.map(field, [key]);
    }
    mapRelationship(ctx, sm, "/licenses", g, "hasDeclaredLicense");
    mapRelationship(ctx, sm, "/datasets", g, "trainedOn");
    mapRelationship(ctx, sm, "/training_data", g, "trainedOn");
    mapRelationship(ctx, sm, "/test_datasets", g, "testedOn");
    mapRelationship(ctx, sm, "/base_models", g, ctx.graph.linked(g.id, "descendantOf").length ? "descendantOf" : "ancestorOf");
    const card = {
        ...blankModelCard({ id: `${ctx.relPath}#${comp.pointer}`, path: ctx.relPath, format: "spdx", format_version: ctx.version }),
        name: comp.name,
        version: comp.version,
        supplier: comp.supplier,
        licenses: comp.licenses,
        hashes: comp.hashes,
        base_models: comp.ancestors,
        derived: comp.ancestors.length > 0,
        datasets: trained,
        training_data: trained.length ? trained.join(", ") : null,
        test_datasets: tested,
        intended_use: str(n["ai_informationAboutApplication"]),
        limitations: str(n["ai_limitation"]),
        training_procedure: joinText([str(n["ai_informationAboutTraining"]), ...entries(n["ai_hyperparameter"]).map((h) => `${h.type}=${h.value}`), ...strings(n["ai_modelDataPreprocessing"])]),
        metrics,
        evaluation: metrics.length ? metrics.map((m) => `${m.type}=${m.value}`).join(", ") : null,
        energy,
        environmental_impact: energy.length ? energy.map((e) => `${e.activity}: ${e.value} ${e.unit ?? ""}`.trim()).join(", ") : null,
        contact: ctx.graph.agentContact(n["suppliedBy"]),
        description: str(n["description"]) ?? str(n["summary"]),
        task: joinText(strings(n["ai_domain"]), ", "),
        architecture: joinText(strings(n["ai_typeOfModel"]), ", "),
        owners: ctx.graph.agentNames(n["originatedBy"]),
        risk_assessment: str(n["ai_safetyRiskAssessment"]),
        autonomy_type: str(n["ai_autonomyType"]),
        sensitive_data: str(n["ai_useSensitivePersonalInformation"]),
        standards: strings(n["ai_standardCompliance"]),
        unsupported: ["out_of_scope_use", "human_oversight"],
    };
    return { artifact: card, raw: n, positions: sm.positions };
}
function dataset(ctx, g, comp) {
    const n = g.node;
    const sm = new SourceMapBuilder(ctx.doc, spdx3_at(g));
    sm.positions[""] = sm.root();
    for (const [field, key] of [
        ["/name", "name"], ["/version", "software_packageVersion"], ["/supplier", "suppliedBy"], ["/hashes", "verifiedUsing"],
        ["/origin", "originatedBy"], ["/owners", "originatedBy"], ["/collection", "dataset_dataCollectionProcess"], ["/processing", "dataset_dataPreprocessing"],
        ["/sensitive_data", "dataset_hasSensitivePersonalInformation"], ["/intended_use", "dataset_intendedUse"], ["/limitations", "dataset_knownBias"],
        ["/bias", "dataset_knownBias"], ["/classification", "dataset_confidentialityLevel"], ["/anonymization", "dataset_anonymizationMethodUsed"],
        ["/maintenance", "dataset_datasetUpdateMechanism"], ["/distributions", "software_downloadLocation"], ["/description", "description"],
        ["/collection_methods", "dataset_datasetAvailability"], ["/contact", "originatedBy"],
    ]) {
        sm.map(field, [key]);
    }
    if (!sm.positions["/limitations"])
        sm.map("/limitations", ["dataset_datasetNoise"]);
    mapRelationship(ctx, sm, "/licenses", g, "hasDeclaredLicense");
    mapRelationship(ctx, sm, "/source_datasets", g, ctx.graph.linked(g.id, "descendantOf").length ? "descendantOf" : "ancestorOf");
    const origin = ctx.graph.agentNames(n["originatedBy"]);
    const download = str(n["software_downloadLocation"]);
    const distributions = download ? [{ name: comp.name, url: download, hashes: comp.hashes }] : [];
    const availability = str(n["dataset_datasetAvailability"]);
    const record = {
        ...blankDataset({ id: `${ctx.relPath}#${comp.pointer}`, path: ctx.relPath, format: "spdx", format_version: ctx.version }),
        name: comp.name,
        version: comp.version,
        supplier: comp.supplier ?? origin[0] ?? null,
        licenses: comp.licenses,
        hashes: comp.hashes,
        origin: origin.length ? origin.join(", ") : comp.supplier,
        owners: origin,
        contact: ctx.graph.agentContact(n["originatedBy"]) ?? ctx.graph.agentContact(n["suppliedBy"]),
        collection: str(n["dataset_dataCollectionProcess"]),
        // SPDX says how the dataset is made available; a scraping script is how it was collected too.
        collection_methods: availability ? [availability] : [],
        processing: joinText(strings(n["dataset_dataPreprocessing"])),
        source_datasets: comp.ancestors,
        sensitive_data: str(n["dataset_hasSensitivePersonalInformation"]),
        anonymization: joinText(strings(n["dataset_anonymizationMethodUsed"]), ", "),
        intended_use: str(n["dataset_intendedUse"]),
        bias: joinText(strings(n["dataset_knownBias"])),
        limitations: joinText([...strings(n["dataset_knownBias"]), str(n["dataset_datasetNoise"])]),
        classification: str(n["dataset_confidentialityLevel"]),
        maintenance: str(n["dataset_datasetUpdateMechanism"]),
        description: str(n["description"]) ?? str(n["summary"]),
        distributions,
        unsupported: ["annotation", "out_of_scope_use", "stewards", "custodians"],
    };
    return { artifact: record, raw: n, positions: sm.positions };
}
function readSpdx3(relPath, doc) {
    const v = doc.value;
    if (!looksLikeSpdx3(v))
        throw new readers_errors/* ArtifactError */.n("not an SPDX 3 JSON-LD document (needs @context and @graph)");
    const graph = new SpdxGraph(v["@graph"]);
    const version = spdx3_versionOf(v, graph, doc);
    const ctx = { relPath, doc, version, graph };
    const problems = new ProblemList(doc);
    checkGraph(graph, problems);
    const sm = new SourceMapBuilder(doc);
    sm.positions[""] = doc.locate(["@graph"]) ?? { line: 1, column: 1 };
    const out = [];
    const components = [];
    for (const g of graph.nodes) {
        const isModel = g.type === "ai_AIPackage" || (g.type === "software_Package" && str(g.node["software_primaryPurpose"]) === "model");
        const isData = g.type === "dataset_DatasetPackage" || (g.type === "software_Package" && str(g.node["software_primaryPurpose"]) === "data");
        if (!isModel && !isData)
            continue;
        const comp = spdx3_component(ctx, g);
        components.push(comp);
        sm.map(comp.pointer, spdx3_at(g));
        for (const [field, key] of [["hashes", "verifiedUsing"], ["version", "software_packageVersion"], ["supplier", "suppliedBy"]])
            sm.map(`${comp.pointer}/${field}`, [...spdx3_at(g), key], spdx3_at(g));
        const decl = graph.linked(g.id, "hasDeclaredLicense")[0];
        sm.set(`${comp.pointer}/licenses`, decl ? doc.locate(spdx3_at(decl.at)) : doc.locate(spdx3_at(g)));
        if (g.type === "ai_AIPackage")
            out.push(modelCard(ctx, g, comp));
        if (g.type === "dataset_DatasetPackage")
            out.push(dataset(ctx, g, comp));
    }
    const spdxDoc = graph.ofType("SpdxDocument")[0];
    const info = graph.ofType("CreationInfo")[0]?.node ?? (spdxDoc && isDict(spdxDoc.node["creationInfo"]) ? spdxDoc.node["creationInfo"] : undefined);
    if (spdxDoc)
        sm.map("/name", [...spdx3_at(spdxDoc), "name"], spdx3_at(spdxDoc));
    const infoNode = graph.ofType("CreationInfo")[0];
    if (infoNode) {
        sm.map("/timestamp", [...spdx3_at(infoNode), "created"], spdx3_at(infoNode));
        sm.map("/supplier", [...spdx3_at(infoNode), "createdBy"], spdx3_at(infoNode));
    }
    sm.map("/relationships", ...graph.ofType("Relationship").slice(0, 1).map(spdx3_at));
    const sbom = {
        ...blankSbom({ id: relPath, path: relPath, format: "spdx", format_version: version, spec: "spdx" }),
        name: spdxDoc ? str(spdxDoc.node["name"]) : null,
        timestamp: info ? str(info["created"]) : null,
        supplier: info ? graph.agentNames(info["createdBy"])[0] ?? null : null,
        components,
        relationships: graph.relationships.map((r) => ({ from: r.from, type: r.type, to: r.to })),
        external_references: spdxDoc
            ? arrayOf(spdxDoc.node["externalRef"]).flatMap((r) => (isDict(r) ? strings(r["locator"]).map((url) => ({ type: str(r["externalRefType"]) ?? "other", url })) : []))
            : [],
        // SPDX 3.0.1 has no class for hosted services.
        unsupported: ["services"],
    };
    sbom.problems = withProblems(sm.positions, problems);
    return [{ artifact: sbom, raw: v, positions: sm.positions }, ...out];
}

;// CONCATENATED MODULE: ./src/readers/text.ts

/**
 * Decodes a file's bytes as text the way editors do: UTF-8 (BOM stripped) or UTF-16 with a BOM.
 * Binary content and invalid UTF-8 are refused with a reason instead of being read as garbage.
 */
function decodeText(bytes) {
    if (bytes[0] === 0xff && bytes[1] === 0xfe)
        return new TextDecoder("utf-16le").decode(bytes.subarray(2));
    if (bytes[0] === 0xfe && bytes[1] === 0xff)
        return new TextDecoder("utf-16be").decode(bytes.subarray(2));
    const start = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
    const sample = bytes.subarray(start, Math.min(bytes.length, start + 8192));
    if (sample.includes(0))
        throw new readers_errors/* ArtifactError */.n("binary content (NUL bytes), not a text document");
    try {
        return new TextDecoder("utf-8", { fatal: true }).decode(bytes.subarray(start));
    }
    catch {
        const offset = firstInvalidUtf8(bytes.subarray(start));
        const before = new TextDecoder("utf-8").decode(bytes.subarray(start, start + offset));
        const line = before.split(/\r\n|\r|\n/).length;
        throw new readers_errors/* ArtifactError */.n("not valid UTF-8 (save the file as UTF-8)", line, 1);
    }
}
function firstInvalidUtf8(bytes) {
    let lo = 0;
    let hi = bytes.length;
    const ok = (n) => {
        try {
            new TextDecoder("utf-8", { fatal: true }).decode(bytes.subarray(0, n), { stream: true });
            return true;
        }
        catch {
            return false;
        }
    };
    while (lo < hi) {
        const mid = (lo + hi + 1) >> 1;
        if (ok(mid))
            lo = mid;
        else
            hi = mid - 1;
    }
    return lo;
}

;// CONCATENATED MODULE: ./src/readers/read.ts
// Reads one candidate file: classifies it (classify.ts) and hands it to the reader for its format.
// Anything recognisably an artifact that cannot be read becomes a ReadError with file, line and
// reason; anything else is left alone. No reader's exception escapes: one odd file never stops a run.


















const DEFAULT_MAX_FILE_BYTES = (/* unused pure expression or super */ null && (10 * 1024 * 1024));
function readCandidate(candidate, opts) {
    const { relPath } = candidate;
    const fail = (e) => {
        if (e instanceof readers_errors/* ArtifactError */.n)
            return { artifacts: [], errors: [e.toReadError(relPath)] };
        // A reader bug must not end the run; the file is reported instead.
        const reason = `aigis could not read this file (internal error: ${e instanceof Error ? e.message : String(e)}); please report it`;
        return { artifacts: [], errors: [{ path: relPath, line: 1, column: 1, reason }] };
    };
    const expected = opts.format !== undefined || namedLikeArtifact(relPath);
    if (candidate.size > opts.maxFileBytes) {
        if (!expected)
            return { artifacts: [], errors: [] };
        const mib = (opts.maxFileBytes / 1048576).toFixed(0);
        return fail(new readers_errors/* ArtifactError */.n(`file is ${(candidate.size / 1048576).toFixed(1)} MiB, over the ${mib} MiB limit (raise max-file-size in .aigis.yml)`));
    }
    let text;
    try {
        text = decodeText(external_node_fs_default().readFileSync(candidate.absPath));
    }
    catch (e) {
        if (!expected)
            return { artifacts: [], errors: [] };
        return fail(e instanceof readers_errors/* ArtifactError */.n ? e : new readers_errors/* ArtifactError */.n(`file could not be read (${e.code ?? String(e)})`));
    }
    try {
        const found = opts.format ? { format: opts.format, confirmed: true } : classify(relPath, text);
        if (!found) {
            // Agent files (MCP, prompts, gateways) come after every other format: a README that is a
            // model card stays one.
            const agent = opts.format ? null : classifyAgent(relPath, text);
            return { artifacts: agent ? readAgentFile(agent, relPath, text) : [], errors: [] };
        }
        return { artifacts: readAs(found.format, found.confirmed, relPath, text), errors: [] };
    }
    catch (e) {
        return fail(e);
    }
}
const isYamlPath = (p) => /\.ya?ml$/i.test(p);
/**
 * `confirmed` is false when only the name pointed at the format: then a syntax error is worth
 * reporting, but well-formed content of another kind is simply not ours.
 */
function readAs(format, confirmed, relPath, text) {
    switch (format) {
        case "hf-model-card":
            return [readHfModelCard({ relPath, doc: parseMarkdown(text), text })];
        case "hf-dataset-card":
            return [readHfDatasetCard({ relPath, doc: parseMarkdown(text), text })];
        case "governance":
            return [readGovernanceDoc(relPath, parseMarkdown(text))];
        case "cyclonedx": {
            const doc = parseJson(text);
            if (!confirmed && !(isDict(doc.value) && doc.value["bomFormat"] === "CycloneDX"))
                return [];
            return readCycloneDx(relPath, doc);
        }
        case "cyclonedx-xml":
            throw new readers_errors/* ArtifactError */.n("CycloneDX XML is not supported: convert it to JSON (for example `cyclonedx convert --output-format json`)");
        case "spdx3": {
            const doc = parseJson(text);
            return !confirmed && !looksLikeSpdx3(doc.value) ? [] : readSpdx3(relPath, doc);
        }
        case "croissant": {
            const doc = parseJson(text);
            if (!looksLikeCroissant(doc.value)) {
                if (!confirmed)
                    return [];
                throw new readers_errors/* ArtifactError */.n("Croissant metadata whose top-level @type is not sc:Dataset", doc.locate(["@type"])?.line ?? 1);
            }
            return [readCroissant(relPath, doc)];
        }
        case "mct": {
            const doc = parseJson(text);
            const v = doc.value;
            // v0.0.1 requires only model_details, so a file named model_card.json may hold nothing else.
            if (!(looksLikeMct(v) || (!confirmed && isDict(v) && isDict(v["model_details"]))))
                return [];
            return [readMct(relPath, doc)];
        }
        case "dps": {
            const doc = isYamlPath(relPath) ? (0,yaml_doc/* parseYaml */.h)(text) : parseJson(text);
            return looksLikeDps(doc.value) ? [readDps(relPath, doc)] : [];
        }
        case "register": {
            const doc = (0,yaml_doc/* parseYaml */.h)(text);
            return [readRegister(relPath, doc)];
        }
    }
}

;// CONCATENATED MODULE: ./src/report/locate.ts

/**
 * Where a finding about `pointer` is shown: the field itself when the reader saw it, otherwise the
 * nearest enclosing node that exists (a missing field is reported where it should be added).
 */
function locate_locate(positions, pointer) {
    if (!positions)
        return { line: 1, column: 1 };
    let p = pointer;
    while (p !== null) {
        const pos = positions[p];
        if (pos)
            return pos;
        p = parentPointer(p);
    }
    return { line: 1, column: 1 };
}
function packSourceMap(map) {
    const pairs = {};
    for (const [pointer, pos] of Object.entries(map))
        pairs[pointer] = [pos.line, pos.column];
    return Buffer.from(JSON.stringify(pairs), "utf8");
}
/** Where findings on one artifact are shown, read from its packed source map (see locate). */
function packedLocator(packed) {
    const pairs = JSON.parse(Buffer.from(packed.buffer, packed.byteOffset, packed.byteLength).toString("utf8"));
    return (pointer) => {
        let p = pointer;
        while (p !== null) {
            const pos = pairs[p];
            if (pos)
                return { line: pos[0], column: pos[1] };
            p = parentPointer(p);
        }
        return { line: 1, column: 1 };
    };
}

;// CONCATENATED MODULE: external "node:crypto"
const external_node_crypto_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");
// EXTERNAL MODULE: ./src/model/severity.ts
var model_severity = __nccwpck_require__(1502);
// EXTERNAL MODULE: ./src/report/catalog.ts
var catalog = __nccwpck_require__(6121);
;// CONCATENATED MODULE: ./src/report/fix-list.ts
// The prioritized fix-list: one item per rule with findings, ordered by severity, then by how many
// controls the fix closes, then by effort (the rule's own estimate, then fewer places first).

const EFFORT = ["small", "medium", "large"];
function buildFixList(index, rules, findings) {
    const byRule = new Map();
    for (const f of findings)
        byRule.set(f.rule, [...(byRule.get(f.rule) ?? []), f]);
    const meta = new Map(rules.map((r) => [r.id, r]));
    const items = [];
    for (const [ruleId, list] of byRule) {
        const rule = meta.get(ruleId);
        const severity = list.map((f) => f.severity).sort((a, b) => (0,model_severity/* severityRank */.qs)(a) - (0,model_severity/* severityRank */.qs)(b))[0];
        items.push({
            rule: ruleId,
            title: rule.title,
            severity,
            effort: rule.effort ?? "small",
            remediation: rule.remediation,
            example: rule.example ?? null,
            controls: rule.controls.map((key) => {
                const c = index.get(key);
                return { key, title: c?.control.title ?? key, url: c?.control.url ?? "" };
            }),
            locations: list.map((f) => ({ path: f.path, line: f.line, field: f.pointer, message: f.message })),
        });
    }
    return items.sort((a, b) => (0,model_severity/* severityRank */.qs)(a.severity) - (0,model_severity/* severityRank */.qs)(b.severity) ||
        b.controls.length - a.controls.length ||
        EFFORT.indexOf(a.effort) - EFFORT.indexOf(b.effort) ||
        a.locations.length - b.locations.length ||
        (a.rule < b.rule ? -1 : 1));
}

;// CONCATENATED MODULE: ./src/report/readiness.ts
const REPORTED_FRAMEWORKS = ["iso42001", "nist-ai-rmf", "owasp-llm-2025", "owasp-llm-2026", "owasp-agentic", "eu-ai-act"];
function computeReadiness(index, rules, findings, kindsPresent) {
    const gapKeys = new Set(findings.flatMap((f) => index.expand(f.controls)));
    const evidenced = new Set();
    const checked = new Set();
    for (const r of rules) {
        const keys = index.expand(r.controls);
        keys.forEach((k) => checked.add(k));
        const hasArtifacts = r.applies_to.some((k) => kindsPresent.has(k));
        if (hasArtifacts)
            keys.forEach((k) => evidenced.add(k));
    }
    const frameworks = [];
    for (const id of REPORTED_FRAMEWORKS) {
        const f = index.catalog.frameworks.find((x) => x.id === id);
        if (!f)
            continue;
        const scored = f.controls.filter((c) => c.scored);
        const assessed = scored.filter((c) => checked.has(c.key));
        const controls = assessed.map((c) => ({
            key: c.key,
            title: c.title,
            status: (gapKeys.has(c.key) ? "gap" : evidenced.has(c.key) ? "met" : "no-evidence"),
        }));
        const met = controls.filter((c) => c.status === "met").length;
        frameworks.push({
            id: f.id,
            name: f.id.startsWith("owasp-llm") ? `${f.short_name} ${f.edition}` : f.short_name,
            assessed: assessed.length,
            met,
            gaps: controls.filter((c) => c.status === "gap").length,
            no_evidence: controls.filter((c) => c.status === "no-evidence").length,
            score: assessed.length ? Math.round((met / assessed.length) * 1000) / 10 : null,
            unchecked: scored.filter((c) => !checked.has(c.key)).map((c) => c.key),
            out_of_scope: f.controls
                .filter((c) => !c.scored && c.kind !== "clause" && c.evidence === "no")
                .map((c) => ({ key: c.key, why: c.audit_note ?? "needs audit evidence" })),
            controls,
        });
    }
    const scores = frameworks.map((f) => f.score).filter((s) => s !== null);
    return {
        overall: scores.length ? Math.round((scores.reduce((a, b) => a + b, 0) / scores.length) * 10) / 10 : null,
        frameworks,
        statement: "Readiness snapshot from repository evidence only, not a certification: each score counts the controls that aigis rules check, " +
            "and a control is met only when artifacts for it were found and no rule citing it reported a gap. Controls listed as out of scope need audit evidence.",
    };
}

;// CONCATENATED MODULE: ./src/report/waivers.ts



/**
 * The configuration's waivers plus the inline ones the readers found. An inline waiver that is not
 * written right (no reason or expiry, an expiry beyond waiver-max-days, …) is a configuration error
 * naming its file and line, exactly as in .aigis.yml; with `inline-waivers: forbid` they are kept
 * aside instead, to be named on the findings they would have covered.
 */
function collectWaivers(cfg, artifacts, today, knownRules) {
    const waivers = cfg.waivers.map((w) => ({ kind: "external", rule: w.rule, path: w.path, file: null, scope: null, reason: w.reason, owner: w.owner, expires: w.expires, source: w.source }));
    const forbidden = [];
    const seen = new Set();
    for (const read of artifacts) {
        for (const w of read.waivers ?? []) {
            const file = read.artifact.path;
            const source = `${file}:${w.line}`;
            if (seen.has(`${source}:${w.column}`))
                continue;
            seen.add(`${source}:${w.column}`);
            const forbid = cfg.inlineWaivers === "forbid";
            if (!forbid) {
                const problem = w.problem ?? (0,waiver_syntax/* waiverProblem */.uI)(w, today, cfg.waiverMaxDays) ?? (knownRules && !knownRules.has(w.rule) ? `${w.rule} is not a known rule (\`aigis rules\` lists them)` : null);
                if (problem)
                    throw new config/* ConfigError */.xL(`inline waiver: ${problem}`, file, w.line);
            }
            else if (w.problem || !w.rule)
                continue;
            const waiver = { kind: "inSource", rule: w.rule, path: null, file, scope: w.scope, reason: w.reason?.trim() ?? "", owner: w.owner?.trim() ?? "", expires: w.expires ?? "", source };
            (forbid ? forbidden : waivers).push(waiver);
        }
    }
    return { today, waivers, forbidden };
}
function covers(w, f) {
    if (w.rule !== f.rule)
        return false;
    if (w.path !== null)
        return (0,glob/* globMatch */.e)(w.path, f.path);
    if (w.file !== f.path)
        return false;
    if (w.scope === null)
        return true;
    const under = (p) => p === w.scope || p.startsWith(`${w.scope}/`);
    // Findings on an embedded artifact (`bom.json#/components/0`) or on the BOM at the item's pointer.
    const hash = f.artifact.indexOf("#");
    return hash >= 0 ? under(f.artifact.slice(hash + 1)) : under(f.pointer);
}
const suppression = (w) => ({ kind: w.kind, reason: w.reason, owner: w.owner, expires: w.expires, source: w.source });
/** Splits findings into active and suppressed; order is kept. */
function applyWaivers(findings, set) {
    if (!set || (set.waivers.length === 0 && set.forbidden.length === 0))
        return { active: [...findings], suppressed: [] };
    const today = (0,waiver_syntax/* dayNumber */.U$)(set.today) ?? 0;
    const active = [];
    const suppressed = [];
    for (const f of findings) {
        const matching = set.waivers.filter((w) => covers(w, f));
        const valid = matching.find((w) => ((0,waiver_syntax/* dayNumber */.U$)(w.expires) ?? 0) >= today);
        if (valid) {
            suppressed.push({ ...f, suppression: suppression(valid) });
            continue;
        }
        const out = { ...f };
        const expired = matching.sort((a, b) => (a.expires < b.expires ? 1 : a.expires > b.expires ? -1 : 0))[0];
        if (expired) {
            out.expired_waiver = suppression(expired);
            out.message = `${f.message} The waiver for this finding expired on ${expired.expires} (${expired.source}, owner ${expired.owner}).`;
        }
        const ignored = set.forbidden.find((w) => covers(w, f));
        if (ignored) {
            out.ignored_waiver = suppression(ignored);
            out.message = `${out.message} The inline waiver at ${ignored.source} was ignored: the configuration sets inline-waivers: forbid, so waivers belong in the configuration file.`;
        }
        active.push(out);
    }
    return { active, suppressed };
}

;// CONCATENATED MODULE: ./src/report/report.ts
// Turns the engine's raw findings into the one Report every sink renders: located, enriched with
// rule metadata, sorted and fingerprinted, with readiness and the fix-list computed once here.







const REPORT_VERSION = 1;
function fingerprint(f, message) {
    // Line numbers are left out on purpose: a finding keeps its identity when text above it moves.
    return (0,external_node_crypto_namespaceObject.createHash)("sha256").update([f.rule, f.path, f.artifact, f.pointer, message].join("\u0000")).digest("hex").slice(0, 32);
}
function compareFindings(a, b) {
    return ((0,model_severity/* severityRank */.qs)(a.severity) - (0,model_severity/* severityRank */.qs)(b.severity) ||
        cmp(a.path, b.path) ||
        a.line - b.line ||
        a.column - b.column ||
        cmp(a.rule, b.rule) ||
        cmp(a.message, b.message));
}
function cmp(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}
function buildReport(input) {
    const rulesByPackage = new Map(input.rules.map((r) => [r.package, r]));
    const byId = new Map(input.artifacts.map((a) => [a.artifact.id, a]));
    const findings = [];
    const seen = new Set();
    // By artifact, so each packed source map is unpacked once (the findings are sorted below anyway).
    const ordered = [...input.raw].sort((a, b) => cmp(a.artifact, b.artifact));
    let current = null;
    const locateIn = (id, pointer) => {
        if (current?.id !== id) {
            const p = byId.get(id)?.positions;
            current = { id, locate: p instanceof Uint8Array ? packedLocator(p) : (ptr) => locate_locate(p, ptr) };
        }
        return current.locate(pointer);
    };
    for (const raw of ordered) {
        const rule = rulesByPackage.get(raw.rule_package);
        if (!rule)
            throw new Error(`finding from ${raw.rule_package}, which has no rule metadata`);
        const setting = input.ruleSettings?.[rule.id];
        if (setting?.enabled === false)
            continue;
        const read = byId.get(raw.artifact);
        const path = read?.artifact.path ?? raw.artifact;
        const pos = typeof raw.line === "number" ? { line: raw.line, column: raw.column ?? 1 } : locateIn(raw.artifact, raw.pointer);
        const severity = setting?.severity ?? ((0,model_severity/* isSeverity */._Z)(raw.severity) ? raw.severity : rule.severity);
        const base = { rule: rule.id, artifact: raw.artifact, pointer: raw.pointer, path };
        const finding = {
            ...base,
            severity,
            title: rule.title,
            message: raw.message,
            line: pos.line,
            column: pos.column,
            controls: rule.controls,
            remediation: rule.remediation,
            fingerprint: fingerprint(base, raw.message),
        };
        if (seen.has(finding.fingerprint))
            continue;
        seen.add(finding.fingerprint);
        findings.push(finding);
    }
    findings.sort(compareFindings);
    const { active, suppressed } = applyWaivers(findings, input.waivers);
    const bySeverity = { critical: 0, high: 0, medium: 0, low: 0 };
    for (const f of active)
        bySeverity[f.severity]++;
    const blocking = active.filter((f) => (0,model_severity/* meetsThreshold */.M0)(f.severity, input.threshold)).length;
    const index = new catalog/* ControlIndex */.e(input.catalog);
    const activeRules = input.rules.filter((r) => input.ruleSettings?.[r.id]?.enabled !== false);
    const artifacts = input.artifacts
        .map(({ artifact: a }) => ({
        id: a.id,
        path: a.path,
        kind: a.kind,
        format: a.format,
        format_version: a.format_version,
        name: "name" in a ? (a.name ?? null) : null,
    }))
        .sort((a, b) => cmp(a.id, b.id));
    return {
        report_version: REPORT_VERSION,
        tool: { name: "aigis", version: input.version },
        threshold: input.threshold,
        passed: blocking === 0,
        summary: {
            files_scanned: input.filesScanned,
            artifacts: artifacts.length,
            findings: active.length,
            blocking,
            suppressed: suppressed.length,
            by_severity: bySeverity,
        },
        artifacts,
        findings: active,
        suppressed,
        skipped: [...input.skipped].sort((a, b) => cmp(a.path, b.path)),
        // A waiver accepts a gap, it does not evidence the control: waived findings still count as gaps.
        readiness: selectFrameworks(computeReadiness(index, activeRules, findings, new Set(input.artifacts.map((a) => a.artifact.kind))), input.frameworks),
        fix_list: buildFixList(index, input.rules, active),
        rules: input.rules,
    };
}
/** Keeps the frameworks the configuration asks for; the overall score is their mean, as before. */
function selectFrameworks(readiness, ids) {
    if (!ids)
        return readiness;
    const frameworks = readiness.frameworks.filter((f) => ids.includes(f.id));
    const scores = frameworks.map((f) => f.score).filter((s) => s !== null);
    const overall = scores.length ? Math.round((scores.reduce((a, b) => a + b, 0) / scores.length) * 10) / 10 : null;
    return { ...readiness, overall, frameworks };
}
/**
 * Marks each finding in or out of the files a pull request changes (paths relative to the scanned
 * directory). With `onlyChanged`, only findings in those files can fail the check; this is the one
 * place that decides it, so every sink and the exit status agree. Everything stays in the report.
 */
function scopeToChanges(report, changedFiles, onlyChanged) {
    const files = new Set(changedFiles);
    const findings = report.findings.map((f) => ({ ...f, in_diff: files.has(f.path) }));
    const blocking = findings.filter((f) => meetsThreshold(f.severity, report.threshold) && (!onlyChanged || f.in_diff)).length;
    return {
        ...report,
        passed: blocking === 0,
        summary: { ...report.summary, blocking },
        findings,
        changes: { files: [...files].sort(cmp), only_changed: onlyChanged },
    };
}

;// CONCATENATED MODULE: ./src/run.ts
// The one pipeline both shells call: config → discover → read → PolicyInput → evaluate → Report.













const engines = new Map();
/** The engine is compiled and instantiated once per process and policy directory. */
function engineFor(policyDir) {
    let e = engines.get(policyDir);
    if (!e) {
        e = (async () => {
            const bundle = (0,engine_engine/* loadBundle */.po)(policyDir);
            return { bundle, engine: await engine_engine/* Engine */.N$.load(bundle) };
        })();
        engines.set(policyDir, e);
        e.catch(() => engines.delete(policyDir));
    }
    return e;
}
function collect(root, cfg, onProgress) {
    const artifacts = [];
    const found = readAll(root, cfg, (a) => artifacts.push(a), onProgress);
    return { artifacts, ...found };
}
/** Discovers and reads every candidate once, handing each artifact on as soon as it is read. */
function readAll(root, cfg, onArtifact, onProgress) {
    const onFile = onProgress && ((files) => onProgress({ phase: "discover", files }));
    const found = discover({ root, include: cfg.include, exclude: cfg.exclude, onFile });
    const errors = [];
    let count = 0;
    for (const [i, c] of found.candidates.entries()) {
        const r = readCandidate(c, { maxFileBytes: cfg.maxFileMiB * 1024 * 1024, format: (0,config/* forcedFormat */.Ds)(cfg, c.relPath) });
        for (const a of r.artifacts)
            onArtifact(a);
        count += r.artifacts.length;
        errors.push(...r.errors);
        onProgress?.({ phase: "read", done: i + 1, total: found.candidates.length, artifacts: count });
    }
    return { errors, filesScanned: found.filesSeen, skipped: found.skipped };
}
/** Where each kind of artifact goes in PolicyInput.artifacts. */
const INPUT_ARRAY = {
    model_card: "model_cards",
    dataset: "datasets",
    sbom: "sboms",
    governance: "governance",
    agent_config: "agent_configs",
};
/**
 * What run() evaluates and reports from, read in one pass that keeps memory flat: each normalized
 * artifact is serialized into the policy input as soon as it is read, and only its head, packed
 * source map and inline waivers stay (the parsed documents and the artifact objects are dropped).
 */
function run_scan(root, cfg, onProgress) {
    const artifacts = [];
    const serialized = { model_cards: [], datasets: [], sboms: [], governance: [], agent_configs: [] };
    const { errors, filesScanned, skipped } = readAll(root, cfg, ({ artifact, positions, waivers }) => {
        serialized[INPUT_ARRAY[artifact.kind]].push(serializeArtifact(artifact));
        const head = { id: artifact.id, path: artifact.path, kind: artifact.kind, format: artifact.format, format_version: artifact.format_version };
        if ("name" in artifact)
            head.name = artifact.name ?? null;
        const packed = packSourceMap(positions);
        // Copied through JSON: a string a parser sliced out of the file text keeps all of that text
        // alive in V8, which for a name from a model card's front matter is the whole card.
        const kept = JSON.parse(JSON.stringify(waivers ? { artifact: head, waivers } : { artifact: head }));
        artifacts.push({ ...kept, positions: packed });
    }, onProgress);
    const input = { ...policyInput([], errors, filesScanned, cfg), artifacts: serialized };
    return { artifacts, input, filesScanned, skipped };
}
function policyInput(artifacts, errors, filesScanned, cfg) {
    const of = (kind) => artifacts.filter((a) => a.artifact.kind === kind).map((a) => a.artifact);
    return {
        schema_version: types/* POLICY_INPUT_VERSION */.x,
        artifacts: {
            model_cards: of("model_card"),
            datasets: of("dataset"),
            sboms: of("sbom"),
            governance: of("governance"),
            agent_configs: of("agent_config"),
        },
        errors,
        repository: { files_scanned: filesScanned },
        config: { params: (0,config/* policyParams */.pu)(cfg) },
    };
}
async function run(opts) {
    const root = external_node_path_default().resolve(opts.root);
    if (!external_node_fs_default().existsSync(root) || !external_node_fs_default().statSync(root).isDirectory())
        throw new config/* ConfigError */.xL(`path ${opts.root} is not a directory`);
    const cfg = (0,config/* loadConfig */.Z9)(root, (0,config/* findConfig */.u0)(root, opts.config));
    if (opts.failOn)
        cfg.failOn = opts.failOn;
    if (opts.customPolicies)
        cfg.customPolicies = opts.customPolicies;
    const { engine, bundle } = await engineFor(opts.policyDir);
    // Custom policies are compiled or loaded and checked before anything is read or evaluated.
    const custom = cfg.customPolicies ? await loadCustomPolicies(cfg.customPolicies, { root, builtin: bundle }) : null;
    const allRules = [...bundle.rules, ...(custom?.rules ?? [])];
    checkAgainstPolicy(cfg, allRules, { ...policyDefaults(bundle), ...custom?.defaults });
    opts.onConfig?.(cfg);
    const scanned = run_scan(root, cfg, opts.onProgress);
    const { artifacts, filesScanned, skipped } = scanned;
    const waivers = collectWaivers(cfg, artifacts, (0,config/* runDate */.yZ)(cfg), new Set(allRules.map((r) => r.id)));
    const rules = allRules.filter((r) => cfg.rules[r.id]?.enabled !== false).length;
    opts.onProgress?.({ phase: "evaluate", rules, artifacts: artifacts.length });
    const onChunk = (done, total) => opts.onProgress?.({ phase: "evaluate", rules, artifacts: artifacts.length, chunks: { done, total } });
    const raw = [
        ...evaluateInChunks(engine, scanned.input, { ...(opts.chunkBytes ? { maxBytes: opts.chunkBytes } : {}), onChunk }).findings,
        ...(custom?.evaluate(materializeInput(scanned.input)) ?? []),
    ];
    opts.onProgress?.({ phase: "evaluated", rules, artifacts: artifacts.length });
    const report = buildReport({
        version: opts.version,
        threshold: cfg.failOn,
        filesScanned,
        artifacts,
        raw,
        rules: allRules,
        catalog: bundle.catalog,
        skipped,
        ruleSettings: cfg.rules,
        waivers,
        frameworks: cfg.frameworks,
    });
    return { report, config: cfg };
}
/** Rule parameters the built-in policy defines (data.aigis.defaults). */
function policyDefaults(bundle) {
    return JSON.parse(new TextDecoder().decode(bundle.data)).aigis?.defaults ?? {};
}


/***/ }),

/***/ 9888:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   An: () => (/* binding */ writeJsonFile),
/* harmony export */   GF: () => (/* binding */ writeJson)
/* harmony export */ });
/* unused harmony exports renderJson, renderJsonPieces */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);

/** The report as JSON. Key order is fixed by construction and nothing time-dependent is included,
 * so the same repository gives byte-identical output. */
function renderJson(report) {
    return [...renderJsonPieces(report)].join("");
}
/**
 * The same text as JSON.stringify(report, null, 2) + "\n" for plain data (a Report has no toJSON),
 * in pieces: one per array element of the report's top-level arrays (tens of thousands of findings
 * in a monorepo). Writing the pieces as they come keeps a 35 MB report from being built, and
 * copied, as one string.
 */
function* renderJsonPieces(report) {
    yield* pieces(report, "");
    yield "\n";
}
// JSON.stringify(value, null, 2), yielded element by element for arrays at the top two levels.
function* pieces(value, indent, depth = 0) {
    const inner = `${indent}  `;
    if (Array.isArray(value) && depth <= 1) {
        if (value.length === 0) {
            yield "[]";
            return;
        }
        yield "[";
        for (const [i, item] of value.entries()) {
            yield `${i === 0 ? "" : ","}\n${inner}${nested(item, inner)}`;
        }
        yield `\n${indent}]`;
        return;
    }
    if (value && typeof value === "object" && !Array.isArray(value) && depth === 0) {
        const entries = Object.entries(value).filter(([, v]) => v !== undefined && typeof v !== "function" && typeof v !== "symbol");
        if (entries.length === 0) {
            yield "{}";
            return;
        }
        yield "{";
        for (const [i, [key, v]] of entries.entries()) {
            yield `${i === 0 ? "" : ","}\n${inner}${JSON.stringify(key)}: `;
            yield* pieces(v, inner, depth + 1);
        }
        yield `\n${indent}}`;
        return;
    }
    yield nested(value, indent);
}
/** JSON.stringify with two-space indentation, placed at `indent`; undefined becomes null as in an array. */
function nested(value, indent) {
    const text = JSON.stringify(value, null, 2) ?? "null";
    return indent ? text.replace(/\n/g, `\n${indent}`) : text;
}
/** Writes the JSON report through `write` in pieces of about 64 KiB. */
function writeJson(report, write) {
    let pending = "";
    for (const piece of renderJsonPieces(report)) {
        pending += piece;
        if (pending.length >= 65536) {
            write(pending);
            pending = "";
        }
    }
    if (pending)
        write(pending);
}
/** Writes the JSON report to a file, piece by piece. */
function writeJsonFile(report, file) {
    const fd = node_fs__WEBPACK_IMPORTED_MODULE_0___default().openSync(file, "w");
    try {
        // writeFileSync on a descriptor writes all of the text (writeSync may write part of it).
        writeJson(report, (text) => node_fs__WEBPACK_IMPORTED_MODULE_0___default().writeFileSync(fd, text));
    }
    finally {
        node_fs__WEBPACK_IMPORTED_MODULE_0___default().closeSync(fd);
    }
}


/***/ }),

/***/ 7201:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   WH: () => (/* binding */ renderSarif)
/* harmony export */ });
/* unused harmony exports SARIF_SCHEMA, MAX_RESULTS, MAX_TAGS, SECURITY_SEVERITY, SARIF_LEVEL, toSarif, toUri */
const SARIF_SCHEMA = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";
/** Code scanning accepts at most 25,000 results per run (and shows the 5,000 most severe). */
const MAX_RESULTS = 25_000;
/** Code scanning keeps 20 tags per rule. */
const MAX_TAGS = 20;
/** GitHub's bands: over 9.0 critical, 7.0–8.9 high, 4.0–6.9 medium, 0.1–3.9 low. Values sit inside
 * each band so a rounding on GitHub's side cannot move a rule to the next one. */
const SECURITY_SEVERITY = { critical: "9.5", high: "8.0", medium: "5.5", low: "2.0" };
const SARIF_LEVEL = { critical: "error", high: "error", medium: "warning", low: "note" };
const SEVERITY_ORDER = ["critical", "high", "medium", "low"];
function renderSarif(report, opts = {}) {
    return JSON.stringify(toSarif(report, opts), null, 2) + "\n";
}
function toSarif(report, opts = {}) {
    const prefix = (opts.pathPrefix ?? "").replace(/\\/g, "/").replace(/^\.?\/+|\/+$/g, "").replace(/^\.$/, "");
    const findings = report.findings.slice(0, MAX_RESULTS);
    // Waived findings are results too, marked with SARIF suppressions (viewers show them as suppressed).
    const suppressed = report.suppressed.slice(0, MAX_RESULTS - findings.length);
    const fixByRule = new Map(report.fix_list.map((i) => [i.rule, i]));
    const metaById = new Map(report.rules.map((r) => [r.id, r]));
    const ruleIds = [...new Set([...findings, ...suppressed].map((f) => f.rule))].sort();
    const ruleIndex = new Map(ruleIds.map((id, i) => [id, i]));
    const rules = ruleIds.map((id) => {
        const meta = metaById.get(id);
        const fix = fixByRule.get(id);
        // A configuration override or a rule's own escalation can change a finding's severity, so the
        // descriptor takes the most severe one it actually reported.
        const severity = SEVERITY_ORDER.find((s) => [...findings, ...suppressed].some((f) => f.rule === id && f.severity === s)) ?? meta?.severity ?? "medium";
        const title = meta?.title ?? fix?.title ?? id;
        const remediation = oneLine(meta?.remediation ?? fix?.remediation ?? "");
        const controls = fix?.controls ?? (meta?.controls ?? []).map((key) => ({ key, title: key, url: "" }));
        return {
            id,
            name: pascalCase(title),
            shortDescription: { text: sentence(title) },
            fullDescription: { text: sentence(oneLine(meta?.description ?? title)) },
            ...(meta?.related_resources?.[0] ? { helpUri: meta.related_resources[0] } : {}),
            help: { text: helpText(remediation, controls), markdown: helpMarkdown(remediation, meta?.example ?? null, controls) },
            defaultConfiguration: { level: SARIF_LEVEL[severity] },
            properties: {
                tags: tags(controls.map((c) => c.key)),
                precision: meta?.heuristic ? "medium" : "high",
                "security-severity": SECURITY_SEVERITY[severity],
            },
        };
    });
    const result = (f) => ({
        ruleId: f.rule,
        ruleIndex: ruleIndex.get(f.rule),
        level: SARIF_LEVEL[f.severity],
        message: { text: sentence(oneLine(f.message)) },
        locations: [
            {
                physicalLocation: {
                    artifactLocation: { uri: toUri(prefix ? `${prefix}/${f.path}` : f.path) },
                    region: { startLine: Math.max(1, f.line), startColumn: Math.max(1, f.column) },
                },
            },
        ],
        // The fingerprint leaves line numbers out, so an alert keeps its identity when text above it
        // moves; upload-sarif would otherwise derive primaryLocationLineHash from the line's content.
        partialFingerprints: { "aigis/v1": f.fingerprint, primaryLocationLineHash: `${f.fingerprint}:1` },
        properties: { severity: f.severity, controls: f.controls },
    });
    const results = [
        ...findings.map(result),
        ...suppressed.map((f) => {
            const s = f.suppression;
            const justification = s ? `${s.reason} (owner: ${s.owner}; expires ${s.expires}; waiver at ${s.source})` : "waived";
            return { ...result(f), suppressions: [{ kind: s?.kind ?? "external", status: "accepted", justification }] };
        }),
    ];
    const cut = report.findings.length - findings.length;
    return {
        $schema: SARIF_SCHEMA,
        version: "2.1.0",
        runs: [
            {
                tool: {
                    driver: {
                        name: report.tool.name,
                        version: report.tool.version,
                        semanticVersion: report.tool.version,
                        informationUri: "https://github.com/aigis/aigis",
                        rules,
                    },
                },
                invocations: [
                    {
                        executionSuccessful: true,
                        ...(cut > 0
                            ? {
                                toolExecutionNotifications: [
                                    {
                                        level: "warning",
                                        message: { text: `${cut} less severe findings were left out: code scanning accepts at most ${MAX_RESULTS} results per run. The JSON report has all of them.` },
                                    },
                                ],
                            }
                            : {}),
                    },
                ],
                results,
            },
        ],
    };
}
function helpText(remediation, controls) {
    return `Fix: ${remediation}\n\nControls: ${controls.map((c) => (c.title !== c.key ? `${c.key} (${c.title})` : c.key)).join("; ")}`;
}
function helpMarkdown(remediation, example, controls) {
    const out = [`**Fix:** ${remediation}`, ""];
    if (example)
        out.push("Example:", "", "```", example, "```", "");
    out.push("**Controls this evidences:**", "");
    for (const c of controls)
        out.push(`- ${c.url ? `[${c.key}](${c.url})` : c.key}${c.title !== c.key ? `: ${c.title}` : ""}`);
    return out.join("\n");
}
/** Framework tags from control keys, named like the readiness frameworks (`iso42001:A.9.4` →
 * `iso42001`, `owasp-llm:LLM03:2025` → `owasp-llm-2025`), after two general ones. */
function tags(controlKeys) {
    const framework = (key) => (key.startsWith("owasp-llm:") ? `owasp-llm-${key.split(":").at(-1)}` : key.split(":")[0]);
    const frameworks = [...new Set(controlKeys.map(framework))].sort();
    return ["security", "ai-governance", ...frameworks].slice(0, MAX_TAGS);
}
/** A repository-relative URI reference: each segment percent-encoded, `/` kept. */
function toUri(path) {
    return path.split("/").map(encodeURIComponent).join("/");
}
function oneLine(text) {
    return text.replace(/\s*\n\s*/g, " ").trim();
}
function sentence(text) {
    return /[.!?]$/.test(text) ? text : `${text}.`;
}
function pascalCase(text) {
    return text
        .split(/[^A-Za-z0-9]+/)
        .filter(Boolean)
        .map((w) => w[0].toUpperCase() + w.slice(1))
        .join("");
}


/***/ }),

/***/ 2843:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  S: () => (/* binding */ renderText)
});

;// CONCATENATED MODULE: ./src/sinks/format.ts
const SEVERITY_LABEL = { critical: "critical", high: "high", medium: "medium", low: "low" };
function plural(n, one, many = `${one}s`) {
    return `${n} ${n === 1 ? one : many}`;
}
function artifactCounts(report) {
    const kinds = {
        model_card: ["model card", "model cards"],
        dataset: ["dataset record", "dataset records"],
        sbom: ["AI SBOM", "AI SBOMs"],
        governance: ["governance document", "governance documents"],
        agent_config: ["agent or LLM-app config", "agent or LLM-app configs"],
    };
    const parts = Object.entries(kinds).flatMap(([k, [one, many]]) => {
        const n = report.artifacts.filter((a) => a.kind === k).length;
        return n ? [plural(n, one, many)] : [];
    });
    return parts.length ? parts.join(", ") : "no AI-governance artifacts";
}
function verdict(report) {
    if (report.threshold === "none")
        return `${plural(report.summary.findings, "finding")}; nothing blocks (fail-on: none)`;
    return report.passed
        ? `passed: no finding at or above ${report.threshold}`
        : `failed: ${plural(report.summary.blocking, "finding")} at or above ${report.threshold}`;
}

;// CONCATENATED MODULE: ./src/sinks/text.ts

/** Human-readable report for a terminal or a CI log. */
function renderText(report) {
    const out = [];
    out.push(`aigis ${report.tool.version}: ${plural(report.summary.files_scanned, "file")} scanned, ${artifactCounts(report)}`);
    out.push("");
    if (report.findings.length === 0)
        out.push("No findings.");
    for (const f of report.findings) {
        out.push(`${f.path}:${f.line}:${f.column}  ${f.severity.padEnd(8)} ${f.rule}  ${f.message}`);
        out.push(`    controls: ${f.controls.join(", ")}`);
    }
    if (report.suppressed.length) {
        out.push("");
        out.push(`Suppressed by waivers (${report.suppressed.length}; they do not fail the check):`);
        for (const f of report.suppressed) {
            const w = f.suppression;
            out.push(`  ${f.path}:${f.line}:${f.column}  ${f.severity.padEnd(8)} ${f.rule}  ${f.message}`);
            if (w)
                out.push(`    waived until ${w.expires} by ${w.owner} (${w.source}): ${w.reason}`);
        }
    }
    if (report.skipped.length) {
        out.push("");
        out.push("Not read:");
        for (const s of report.skipped)
            out.push(`  ${s.path}: ${s.reason}`);
    }
    out.push("");
    out.push("Readiness (a snapshot from repository evidence, not a certification):");
    for (const fw of report.readiness.frameworks) {
        const score = fw.score === null ? "  n/a" : `${fw.score.toFixed(1).padStart(5)}%`;
        const audit = fw.out_of_scope.length ? `; ${fw.out_of_scope.length} need audit evidence` : "";
        out.push(`  ${fw.name.padEnd(22)} ${score}  ${fw.met} of ${fw.assessed} checked controls met, ${fw.gaps} with gaps, ${fw.no_evidence} without evidence${audit}`);
    }
    if (report.fix_list.length) {
        out.push("");
        out.push("Fix first:");
        report.fix_list.forEach((item, i) => {
            out.push(`  ${i + 1}. [${item.severity}] ${item.rule} ${item.title} (${plural(item.locations.length, "place")})`);
            out.push(`     ${item.remediation.replace(/\s*\n\s*/g, " ")}`);
            out.push(`     closes: ${item.controls.map((c) => c.key).join(", ")}`);
        });
    }
    out.push("");
    out.push(`Result: ${verdict(report)}.`);
    return out.join("\n") + "\n";
}


/***/ }),

/***/ 311:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   x: () => (/* binding */ VERSION)
/* harmony export */ });
// Kept equal to package.json "version" (a test checks it), so the bundles need no package.json.
const VERSION = "0.1.0";


/***/ }),

/***/ 181:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("buffer");

/***/ }),

/***/ 3024:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");

/***/ }),

/***/ 8995:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:module");

/***/ }),

/***/ 6760:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");

/***/ }),

/***/ 3136:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:url");

/***/ }),

/***/ 932:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("process");

/***/ }),

/***/ 3816:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var PlainValue = __nccwpck_require__(5418);
var resolveSeq = __nccwpck_require__(1724);
var Schema = __nccwpck_require__(9112);

const defaultOptions = {
  anchorPrefix: 'a',
  customTags: null,
  indent: 2,
  indentSeq: true,
  keepCstNodes: false,
  keepNodeTypes: true,
  keepBlobsInJSON: true,
  mapAsMap: false,
  maxAliasCount: 100,
  prettyErrors: false,
  // TODO Set true in v2
  simpleKeys: false,
  version: '1.2'
};
const scalarOptions = {
  get binary() {
    return resolveSeq.binaryOptions;
  },
  set binary(opt) {
    Object.assign(resolveSeq.binaryOptions, opt);
  },
  get bool() {
    return resolveSeq.boolOptions;
  },
  set bool(opt) {
    Object.assign(resolveSeq.boolOptions, opt);
  },
  get int() {
    return resolveSeq.intOptions;
  },
  set int(opt) {
    Object.assign(resolveSeq.intOptions, opt);
  },
  get null() {
    return resolveSeq.nullOptions;
  },
  set null(opt) {
    Object.assign(resolveSeq.nullOptions, opt);
  },
  get str() {
    return resolveSeq.strOptions;
  },
  set str(opt) {
    Object.assign(resolveSeq.strOptions, opt);
  }
};
const documentOptions = {
  '1.0': {
    schema: 'yaml-1.1',
    merge: true,
    tagPrefixes: [{
      handle: '!',
      prefix: PlainValue.defaultTagPrefix
    }, {
      handle: '!!',
      prefix: 'tag:private.yaml.org,2002:'
    }]
  },
  1.1: {
    schema: 'yaml-1.1',
    merge: true,
    tagPrefixes: [{
      handle: '!',
      prefix: '!'
    }, {
      handle: '!!',
      prefix: PlainValue.defaultTagPrefix
    }]
  },
  1.2: {
    schema: 'core',
    merge: false,
    tagPrefixes: [{
      handle: '!',
      prefix: '!'
    }, {
      handle: '!!',
      prefix: PlainValue.defaultTagPrefix
    }]
  }
};

function stringifyTag(doc, tag) {
  if ((doc.version || doc.options.version) === '1.0') {
    const priv = tag.match(/^tag:private\.yaml\.org,2002:([^:/]+)$/);
    if (priv) return '!' + priv[1];
    const vocab = tag.match(/^tag:([a-zA-Z0-9-]+)\.yaml\.org,2002:(.*)/);
    return vocab ? `!${vocab[1]}/${vocab[2]}` : `!${tag.replace(/^tag:/, '')}`;
  }
  let p = doc.tagPrefixes.find(p => tag.indexOf(p.prefix) === 0);
  if (!p) {
    const dtp = doc.getDefaults().tagPrefixes;
    p = dtp && dtp.find(p => tag.indexOf(p.prefix) === 0);
  }
  if (!p) return tag[0] === '!' ? tag : `!<${tag}>`;
  const suffix = tag.substr(p.prefix.length).replace(/[!,[\]{}]/g, ch => ({
    '!': '%21',
    ',': '%2C',
    '[': '%5B',
    ']': '%5D',
    '{': '%7B',
    '}': '%7D'
  })[ch]);
  return p.handle + suffix;
}

function getTagObject(tags, item) {
  if (item instanceof resolveSeq.Alias) return resolveSeq.Alias;
  if (item.tag) {
    const match = tags.filter(t => t.tag === item.tag);
    if (match.length > 0) return match.find(t => t.format === item.format) || match[0];
  }
  let tagObj, obj;
  if (item instanceof resolveSeq.Scalar) {
    obj = item.value;
    // TODO: deprecate/remove class check
    const match = tags.filter(t => t.identify && t.identify(obj) || t.class && obj instanceof t.class);
    tagObj = match.find(t => t.format === item.format) || match.find(t => !t.format);
  } else {
    obj = item;
    tagObj = tags.find(t => t.nodeClass && obj instanceof t.nodeClass);
  }
  if (!tagObj) {
    const name = obj && obj.constructor ? obj.constructor.name : typeof obj;
    throw new Error(`Tag not resolved for ${name} value`);
  }
  return tagObj;
}

// needs to be called before value stringifier to allow for circular anchor refs
function stringifyProps(node, tagObj, {
  anchors,
  doc
}) {
  const props = [];
  const anchor = doc.anchors.getName(node);
  if (anchor) {
    anchors[anchor] = node;
    props.push(`&${anchor}`);
  }
  if (node.tag) {
    props.push(stringifyTag(doc, node.tag));
  } else if (!tagObj.default) {
    props.push(stringifyTag(doc, tagObj.tag));
  }
  return props.join(' ');
}
function stringify(item, ctx, onComment, onChompKeep) {
  const {
    anchors,
    schema
  } = ctx.doc;
  let tagObj;
  if (!(item instanceof resolveSeq.Node)) {
    const createCtx = {
      aliasNodes: [],
      onTagObj: o => tagObj = o,
      prevObjects: new Map()
    };
    item = schema.createNode(item, true, null, createCtx);
    for (const alias of createCtx.aliasNodes) {
      alias.source = alias.source.node;
      let name = anchors.getName(alias.source);
      if (!name) {
        name = anchors.newName();
        anchors.map[name] = alias.source;
      }
    }
  }
  if (item instanceof resolveSeq.Pair) return item.toString(ctx, onComment, onChompKeep);
  if (!tagObj) tagObj = getTagObject(schema.tags, item);
  const props = stringifyProps(item, tagObj, ctx);
  if (props.length > 0) ctx.indentAtStart = (ctx.indentAtStart || 0) + props.length + 1;
  const str = typeof tagObj.stringify === 'function' ? tagObj.stringify(item, ctx, onComment, onChompKeep) : item instanceof resolveSeq.Scalar ? resolveSeq.stringifyString(item, ctx, onComment, onChompKeep) : item.toString(ctx, onComment, onChompKeep);
  if (!props) return str;
  return item instanceof resolveSeq.Scalar || str[0] === '{' || str[0] === '[' ? `${props} ${str}` : `${props}\n${ctx.indent}${str}`;
}

class Anchors {
  static validAnchorNode(node) {
    return node instanceof resolveSeq.Scalar || node instanceof resolveSeq.YAMLSeq || node instanceof resolveSeq.YAMLMap;
  }
  constructor(prefix) {
    PlainValue._defineProperty(this, "map", Object.create(null));
    this.prefix = prefix;
  }
  createAlias(node, name) {
    this.setAnchor(node, name);
    return new resolveSeq.Alias(node);
  }
  createMergePair(...sources) {
    const merge = new resolveSeq.Merge();
    merge.value.items = sources.map(s => {
      if (s instanceof resolveSeq.Alias) {
        if (s.source instanceof resolveSeq.YAMLMap) return s;
      } else if (s instanceof resolveSeq.YAMLMap) {
        return this.createAlias(s);
      }
      throw new Error('Merge sources must be Map nodes or their Aliases');
    });
    return merge;
  }
  getName(node) {
    const {
      map
    } = this;
    return Object.keys(map).find(a => map[a] === node);
  }
  getNames() {
    return Object.keys(this.map);
  }
  getNode(name) {
    return this.map[name];
  }
  newName(prefix) {
    if (!prefix) prefix = this.prefix;
    const names = Object.keys(this.map);
    for (let i = 1; true; ++i) {
      const name = `${prefix}${i}`;
      if (!names.includes(name)) return name;
    }
  }

  // During parsing, map & aliases contain CST nodes
  resolveNodes() {
    const {
      map,
      _cstAliases
    } = this;
    Object.keys(map).forEach(a => {
      map[a] = map[a].resolved;
    });
    _cstAliases.forEach(a => {
      a.source = a.source.resolved;
    });
    delete this._cstAliases;
  }
  setAnchor(node, name) {
    if (node != null && !Anchors.validAnchorNode(node)) {
      throw new Error('Anchors may only be set for Scalar, Seq and Map nodes');
    }
    if (name && /[\x00-\x19\s,[\]{}]/.test(name)) {
      throw new Error('Anchor names must not contain whitespace or control characters');
    }
    const {
      map
    } = this;
    const prev = node && Object.keys(map).find(a => map[a] === node);
    if (prev) {
      if (!name) {
        return prev;
      } else if (prev !== name) {
        delete map[prev];
        map[name] = node;
      }
    } else {
      if (!name) {
        if (!node) return null;
        name = this.newName();
      }
      map[name] = node;
    }
    return name;
  }
}

const visit = (node, tags) => {
  if (node && typeof node === 'object') {
    const {
      tag
    } = node;
    if (node instanceof resolveSeq.Collection) {
      if (tag) tags[tag] = true;
      node.items.forEach(n => visit(n, tags));
    } else if (node instanceof resolveSeq.Pair) {
      visit(node.key, tags);
      visit(node.value, tags);
    } else if (node instanceof resolveSeq.Scalar) {
      if (tag) tags[tag] = true;
    }
  }
  return tags;
};
const listTagNames = node => Object.keys(visit(node, {}));

function parseContents(doc, contents) {
  const comments = {
    before: [],
    after: []
  };
  let body = undefined;
  let spaceBefore = false;
  for (const node of contents) {
    if (node.valueRange) {
      if (body !== undefined) {
        const msg = 'Document contains trailing content not separated by a ... or --- line';
        doc.errors.push(new PlainValue.YAMLSyntaxError(node, msg));
        break;
      }
      const res = resolveSeq.resolveNode(doc, node);
      if (spaceBefore) {
        res.spaceBefore = true;
        spaceBefore = false;
      }
      body = res;
    } else if (node.comment !== null) {
      const cc = body === undefined ? comments.before : comments.after;
      cc.push(node.comment);
    } else if (node.type === PlainValue.Type.BLANK_LINE) {
      spaceBefore = true;
      if (body === undefined && comments.before.length > 0 && !doc.commentBefore) {
        // space-separated comments at start are parsed as document comments
        doc.commentBefore = comments.before.join('\n');
        comments.before = [];
      }
    }
  }
  doc.contents = body || null;
  if (!body) {
    doc.comment = comments.before.concat(comments.after).join('\n') || null;
  } else {
    const cb = comments.before.join('\n');
    if (cb) {
      const cbNode = body instanceof resolveSeq.Collection && body.items[0] ? body.items[0] : body;
      cbNode.commentBefore = cbNode.commentBefore ? `${cb}\n${cbNode.commentBefore}` : cb;
    }
    doc.comment = comments.after.join('\n') || null;
  }
}

function resolveTagDirective({
  tagPrefixes
}, directive) {
  const [handle, prefix] = directive.parameters;
  if (!handle || !prefix) {
    const msg = 'Insufficient parameters given for %TAG directive';
    throw new PlainValue.YAMLSemanticError(directive, msg);
  }
  if (tagPrefixes.some(p => p.handle === handle)) {
    const msg = 'The %TAG directive must only be given at most once per handle in the same document.';
    throw new PlainValue.YAMLSemanticError(directive, msg);
  }
  return {
    handle,
    prefix
  };
}
function resolveYamlDirective(doc, directive) {
  let [version] = directive.parameters;
  if (directive.name === 'YAML:1.0') version = '1.0';
  if (!version) {
    const msg = 'Insufficient parameters given for %YAML directive';
    throw new PlainValue.YAMLSemanticError(directive, msg);
  }
  if (!documentOptions[version]) {
    const v0 = doc.version || doc.options.version;
    const msg = `Document will be parsed as YAML ${v0} rather than YAML ${version}`;
    doc.warnings.push(new PlainValue.YAMLWarning(directive, msg));
  }
  return version;
}
function parseDirectives(doc, directives, prevDoc) {
  const directiveComments = [];
  let hasDirectives = false;
  for (const directive of directives) {
    const {
      comment,
      name
    } = directive;
    switch (name) {
      case 'TAG':
        try {
          doc.tagPrefixes.push(resolveTagDirective(doc, directive));
        } catch (error) {
          doc.errors.push(error);
        }
        hasDirectives = true;
        break;
      case 'YAML':
      case 'YAML:1.0':
        if (doc.version) {
          const msg = 'The %YAML directive must only be given at most once per document.';
          doc.errors.push(new PlainValue.YAMLSemanticError(directive, msg));
        }
        try {
          doc.version = resolveYamlDirective(doc, directive);
        } catch (error) {
          doc.errors.push(error);
        }
        hasDirectives = true;
        break;
      default:
        if (name) {
          const msg = `YAML only supports %TAG and %YAML directives, and not %${name}`;
          doc.warnings.push(new PlainValue.YAMLWarning(directive, msg));
        }
    }
    if (comment) directiveComments.push(comment);
  }
  if (prevDoc && !hasDirectives && '1.1' === (doc.version || prevDoc.version || doc.options.version)) {
    const copyTagPrefix = ({
      handle,
      prefix
    }) => ({
      handle,
      prefix
    });
    doc.tagPrefixes = prevDoc.tagPrefixes.map(copyTagPrefix);
    doc.version = prevDoc.version;
  }
  doc.commentBefore = directiveComments.join('\n') || null;
}

function assertCollection(contents) {
  if (contents instanceof resolveSeq.Collection) return true;
  throw new Error('Expected a YAML collection as document contents');
}
class Document {
  constructor(options) {
    this.anchors = new Anchors(options.anchorPrefix);
    this.commentBefore = null;
    this.comment = null;
    this.contents = null;
    this.directivesEndMarker = null;
    this.errors = [];
    this.options = options;
    this.schema = null;
    this.tagPrefixes = [];
    this.version = null;
    this.warnings = [];
  }
  add(value) {
    assertCollection(this.contents);
    return this.contents.add(value);
  }
  addIn(path, value) {
    assertCollection(this.contents);
    this.contents.addIn(path, value);
  }
  delete(key) {
    assertCollection(this.contents);
    return this.contents.delete(key);
  }
  deleteIn(path) {
    if (resolveSeq.isEmptyPath(path)) {
      if (this.contents == null) return false;
      this.contents = null;
      return true;
    }
    assertCollection(this.contents);
    return this.contents.deleteIn(path);
  }
  getDefaults() {
    return Document.defaults[this.version] || Document.defaults[this.options.version] || {};
  }
  get(key, keepScalar) {
    return this.contents instanceof resolveSeq.Collection ? this.contents.get(key, keepScalar) : undefined;
  }
  getIn(path, keepScalar) {
    if (resolveSeq.isEmptyPath(path)) return !keepScalar && this.contents instanceof resolveSeq.Scalar ? this.contents.value : this.contents;
    return this.contents instanceof resolveSeq.Collection ? this.contents.getIn(path, keepScalar) : undefined;
  }
  has(key) {
    return this.contents instanceof resolveSeq.Collection ? this.contents.has(key) : false;
  }
  hasIn(path) {
    if (resolveSeq.isEmptyPath(path)) return this.contents !== undefined;
    return this.contents instanceof resolveSeq.Collection ? this.contents.hasIn(path) : false;
  }
  set(key, value) {
    assertCollection(this.contents);
    this.contents.set(key, value);
  }
  setIn(path, value) {
    if (resolveSeq.isEmptyPath(path)) this.contents = value;else {
      assertCollection(this.contents);
      this.contents.setIn(path, value);
    }
  }
  setSchema(id, customTags) {
    if (!id && !customTags && this.schema) return;
    if (typeof id === 'number') id = id.toFixed(1);
    if (id === '1.0' || id === '1.1' || id === '1.2') {
      if (this.version) this.version = id;else this.options.version = id;
      delete this.options.schema;
    } else if (id && typeof id === 'string') {
      this.options.schema = id;
    }
    if (Array.isArray(customTags)) this.options.customTags = customTags;
    const opt = Object.assign({}, this.getDefaults(), this.options);
    this.schema = new Schema.Schema(opt);
  }
  parse(node, prevDoc) {
    if (this.options.keepCstNodes) this.cstNode = node;
    if (this.options.keepNodeTypes) this.type = 'DOCUMENT';
    const {
      directives = [],
      contents = [],
      directivesEndMarker,
      error,
      valueRange
    } = node;
    if (error) {
      if (!error.source) error.source = this;
      this.errors.push(error);
    }
    parseDirectives(this, directives, prevDoc);
    if (directivesEndMarker) this.directivesEndMarker = true;
    this.range = valueRange ? [valueRange.start, valueRange.end] : null;
    this.setSchema();
    this.anchors._cstAliases = [];
    parseContents(this, contents);
    this.anchors.resolveNodes();
    if (this.options.prettyErrors) {
      for (const error of this.errors) if (error instanceof PlainValue.YAMLError) error.makePretty();
      for (const warn of this.warnings) if (warn instanceof PlainValue.YAMLError) warn.makePretty();
    }
    return this;
  }
  listNonDefaultTags() {
    return listTagNames(this.contents).filter(t => t.indexOf(Schema.Schema.defaultPrefix) !== 0);
  }
  setTagPrefix(handle, prefix) {
    if (handle[0] !== '!' || handle[handle.length - 1] !== '!') throw new Error('Handle must start and end with !');
    if (prefix) {
      const prev = this.tagPrefixes.find(p => p.handle === handle);
      if (prev) prev.prefix = prefix;else this.tagPrefixes.push({
        handle,
        prefix
      });
    } else {
      this.tagPrefixes = this.tagPrefixes.filter(p => p.handle !== handle);
    }
  }
  toJSON(arg, onAnchor) {
    const {
      keepBlobsInJSON,
      mapAsMap,
      maxAliasCount
    } = this.options;
    const keep = keepBlobsInJSON && (typeof arg !== 'string' || !(this.contents instanceof resolveSeq.Scalar));
    const ctx = {
      doc: this,
      indentStep: '  ',
      keep,
      mapAsMap: keep && !!mapAsMap,
      maxAliasCount,
      stringify // Requiring directly in Pair would create circular dependencies
    };
    const anchorNames = Object.keys(this.anchors.map);
    if (anchorNames.length > 0) ctx.anchors = new Map(anchorNames.map(name => [this.anchors.map[name], {
      alias: [],
      aliasCount: 0,
      count: 1
    }]));
    const res = resolveSeq.toJSON(this.contents, arg, ctx);
    if (typeof onAnchor === 'function' && ctx.anchors) for (const {
      count,
      res
    } of ctx.anchors.values()) onAnchor(res, count);
    return res;
  }
  toString() {
    if (this.errors.length > 0) throw new Error('Document with errors cannot be stringified');
    const indentSize = this.options.indent;
    if (!Number.isInteger(indentSize) || indentSize <= 0) {
      const s = JSON.stringify(indentSize);
      throw new Error(`"indent" option must be a positive integer, not ${s}`);
    }
    this.setSchema();
    const lines = [];
    let hasDirectives = false;
    if (this.version) {
      let vd = '%YAML 1.2';
      if (this.schema.name === 'yaml-1.1') {
        if (this.version === '1.0') vd = '%YAML:1.0';else if (this.version === '1.1') vd = '%YAML 1.1';
      }
      lines.push(vd);
      hasDirectives = true;
    }
    const tagNames = this.listNonDefaultTags();
    this.tagPrefixes.forEach(({
      handle,
      prefix
    }) => {
      if (tagNames.some(t => t.indexOf(prefix) === 0)) {
        lines.push(`%TAG ${handle} ${prefix}`);
        hasDirectives = true;
      }
    });
    if (hasDirectives || this.directivesEndMarker) lines.push('---');
    if (this.commentBefore) {
      if (hasDirectives || !this.directivesEndMarker) lines.unshift('');
      lines.unshift(this.commentBefore.replace(/^/gm, '#'));
    }
    const ctx = {
      anchors: Object.create(null),
      doc: this,
      indent: '',
      indentStep: ' '.repeat(indentSize),
      stringify // Requiring directly in nodes would create circular dependencies
    };
    let chompKeep = false;
    let contentComment = null;
    if (this.contents) {
      if (this.contents instanceof resolveSeq.Node) {
        if (this.contents.spaceBefore && (hasDirectives || this.directivesEndMarker)) lines.push('');
        if (this.contents.commentBefore) lines.push(this.contents.commentBefore.replace(/^/gm, '#'));
        // top-level block scalars need to be indented if followed by a comment
        ctx.forceBlockIndent = !!this.comment;
        contentComment = this.contents.comment;
      }
      const onChompKeep = contentComment ? null : () => chompKeep = true;
      const body = stringify(this.contents, ctx, () => contentComment = null, onChompKeep);
      lines.push(resolveSeq.addComment(body, '', contentComment));
    } else if (this.contents !== undefined) {
      lines.push(stringify(this.contents, ctx));
    }
    if (this.comment) {
      if ((!chompKeep || contentComment) && lines[lines.length - 1] !== '') lines.push('');
      lines.push(this.comment.replace(/^/gm, '#'));
    }
    return lines.join('\n') + '\n';
  }
}
PlainValue._defineProperty(Document, "defaults", documentOptions);

exports.Document = Document;
exports.defaultOptions = defaultOptions;
exports.scalarOptions = scalarOptions;


/***/ }),

/***/ 5418:
/***/ ((__unused_webpack_module, exports) => {



const Char = {
  ANCHOR: '&',
  COMMENT: '#',
  TAG: '!',
  DIRECTIVES_END: '-',
  DOCUMENT_END: '.'
};
const Type = {
  ALIAS: 'ALIAS',
  BLANK_LINE: 'BLANK_LINE',
  BLOCK_FOLDED: 'BLOCK_FOLDED',
  BLOCK_LITERAL: 'BLOCK_LITERAL',
  COMMENT: 'COMMENT',
  DIRECTIVE: 'DIRECTIVE',
  DOCUMENT: 'DOCUMENT',
  FLOW_MAP: 'FLOW_MAP',
  FLOW_SEQ: 'FLOW_SEQ',
  MAP: 'MAP',
  MAP_KEY: 'MAP_KEY',
  MAP_VALUE: 'MAP_VALUE',
  PLAIN: 'PLAIN',
  QUOTE_DOUBLE: 'QUOTE_DOUBLE',
  QUOTE_SINGLE: 'QUOTE_SINGLE',
  SEQ: 'SEQ',
  SEQ_ITEM: 'SEQ_ITEM'
};
const defaultTagPrefix = 'tag:yaml.org,2002:';
const defaultTags = {
  MAP: 'tag:yaml.org,2002:map',
  SEQ: 'tag:yaml.org,2002:seq',
  STR: 'tag:yaml.org,2002:str'
};

function findLineStarts(src) {
  const ls = [0];
  let offset = src.indexOf('\n');
  while (offset !== -1) {
    offset += 1;
    ls.push(offset);
    offset = src.indexOf('\n', offset);
  }
  return ls;
}
function getSrcInfo(cst) {
  let lineStarts, src;
  if (typeof cst === 'string') {
    lineStarts = findLineStarts(cst);
    src = cst;
  } else {
    if (Array.isArray(cst)) cst = cst[0];
    if (cst && cst.context) {
      if (!cst.lineStarts) cst.lineStarts = findLineStarts(cst.context.src);
      lineStarts = cst.lineStarts;
      src = cst.context.src;
    }
  }
  return {
    lineStarts,
    src
  };
}

/**
 * @typedef {Object} LinePos - One-indexed position in the source
 * @property {number} line
 * @property {number} col
 */

/**
 * Determine the line/col position matching a character offset.
 *
 * Accepts a source string or a CST document as the second parameter. With
 * the latter, starting indices for lines are cached in the document as
 * `lineStarts: number[]`.
 *
 * Returns a one-indexed `{ line, col }` location if found, or
 * `undefined` otherwise.
 *
 * @param {number} offset
 * @param {string|Document|Document[]} cst
 * @returns {?LinePos}
 */
function getLinePos(offset, cst) {
  if (typeof offset !== 'number' || offset < 0) return null;
  const {
    lineStarts,
    src
  } = getSrcInfo(cst);
  if (!lineStarts || !src || offset > src.length) return null;
  for (let i = 0; i < lineStarts.length; ++i) {
    const start = lineStarts[i];
    if (offset < start) {
      return {
        line: i,
        col: offset - lineStarts[i - 1] + 1
      };
    }
    if (offset === start) return {
      line: i + 1,
      col: 1
    };
  }
  const line = lineStarts.length;
  return {
    line,
    col: offset - lineStarts[line - 1] + 1
  };
}

/**
 * Get a specified line from the source.
 *
 * Accepts a source string or a CST document as the second parameter. With
 * the latter, starting indices for lines are cached in the document as
 * `lineStarts: number[]`.
 *
 * Returns the line as a string if found, or `null` otherwise.
 *
 * @param {number} line One-indexed line number
 * @param {string|Document|Document[]} cst
 * @returns {?string}
 */
function getLine(line, cst) {
  const {
    lineStarts,
    src
  } = getSrcInfo(cst);
  if (!lineStarts || !(line >= 1) || line > lineStarts.length) return null;
  const start = lineStarts[line - 1];
  let end = lineStarts[line]; // undefined for last line; that's ok for slice()
  while (end && end > start && src[end - 1] === '\n') --end;
  return src.slice(start, end);
}

/**
 * Pretty-print the starting line from the source indicated by the range `pos`
 *
 * Trims output to `maxWidth` chars while keeping the starting column visible,
 * using `…` at either end to indicate dropped characters.
 *
 * Returns a two-line string (or `null`) with `\n` as separator; the second line
 * will hold appropriately indented `^` marks indicating the column range.
 *
 * @param {Object} pos
 * @param {LinePos} pos.start
 * @param {LinePos} [pos.end]
 * @param {string|Document|Document[]*} cst
 * @param {number} [maxWidth=80]
 * @returns {?string}
 */
function getPrettyContext({
  start,
  end
}, cst, maxWidth = 80) {
  let src = getLine(start.line, cst);
  if (!src) return null;
  let {
    col
  } = start;
  if (src.length > maxWidth) {
    if (col <= maxWidth - 10) {
      src = src.substr(0, maxWidth - 1) + '…';
    } else {
      const halfWidth = Math.round(maxWidth / 2);
      if (src.length > col + halfWidth) src = src.substr(0, col + halfWidth - 1) + '…';
      col -= src.length - maxWidth;
      src = '…' + src.substr(1 - maxWidth);
    }
  }
  let errLen = 1;
  let errEnd = '';
  if (end) {
    if (end.line === start.line && col + (end.col - start.col) <= maxWidth + 1) {
      errLen = end.col - start.col;
    } else {
      errLen = Math.min(src.length + 1, maxWidth) - col;
      errEnd = '…';
    }
  }
  const offset = col > 1 ? ' '.repeat(col - 1) : '';
  const err = '^'.repeat(errLen);
  return `${src}\n${offset}${err}${errEnd}`;
}

class Range {
  static copy(orig) {
    return new Range(orig.start, orig.end);
  }
  constructor(start, end) {
    this.start = start;
    this.end = end || start;
  }
  isEmpty() {
    return typeof this.start !== 'number' || !this.end || this.end <= this.start;
  }

  /**
   * Set `origStart` and `origEnd` to point to the original source range for
   * this node, which may differ due to dropped CR characters.
   *
   * @param {number[]} cr - Positions of dropped CR characters
   * @param {number} offset - Starting index of `cr` from the last call
   * @returns {number} - The next offset, matching the one found for `origStart`
   */
  setOrigRange(cr, offset) {
    const {
      start,
      end
    } = this;
    if (cr.length === 0 || end <= cr[0]) {
      this.origStart = start;
      this.origEnd = end;
      return offset;
    }
    let i = offset;
    while (i < cr.length) {
      if (cr[i] > start) break;else ++i;
    }
    this.origStart = start + i;
    const nextOffset = i;
    while (i < cr.length) {
      // if end was at \n, it should now be at \r
      if (cr[i] >= end) break;else ++i;
    }
    this.origEnd = end + i;
    return nextOffset;
  }
}

/** Root class of all nodes */
class Node {
  static addStringTerminator(src, offset, str) {
    if (str[str.length - 1] === '\n') return str;
    const next = Node.endOfWhiteSpace(src, offset);
    return next >= src.length || src[next] === '\n' ? str + '\n' : str;
  }

  // ^(---|...)
  static atDocumentBoundary(src, offset, sep) {
    const ch0 = src[offset];
    if (!ch0) return true;
    const prev = src[offset - 1];
    if (prev && prev !== '\n') return false;
    if (sep) {
      if (ch0 !== sep) return false;
    } else {
      if (ch0 !== Char.DIRECTIVES_END && ch0 !== Char.DOCUMENT_END) return false;
    }
    const ch1 = src[offset + 1];
    const ch2 = src[offset + 2];
    if (ch1 !== ch0 || ch2 !== ch0) return false;
    const ch3 = src[offset + 3];
    return !ch3 || ch3 === '\n' || ch3 === '\t' || ch3 === ' ';
  }
  static endOfIdentifier(src, offset) {
    let ch = src[offset];
    const isVerbatim = ch === '<';
    const notOk = isVerbatim ? ['\n', '\t', ' ', '>'] : ['\n', '\t', ' ', '[', ']', '{', '}', ','];
    while (ch && notOk.indexOf(ch) === -1) ch = src[offset += 1];
    if (isVerbatim && ch === '>') offset += 1;
    return offset;
  }
  static endOfIndent(src, offset) {
    let ch = src[offset];
    while (ch === ' ') ch = src[offset += 1];
    return offset;
  }
  static endOfLine(src, offset) {
    let ch = src[offset];
    while (ch && ch !== '\n') ch = src[offset += 1];
    return offset;
  }
  static endOfWhiteSpace(src, offset) {
    let ch = src[offset];
    while (ch === '\t' || ch === ' ') ch = src[offset += 1];
    return offset;
  }
  static startOfLine(src, offset) {
    let ch = src[offset - 1];
    if (ch === '\n') return offset;
    while (ch && ch !== '\n') ch = src[offset -= 1];
    return offset + 1;
  }

  /**
   * End of indentation, or null if the line's indent level is not more
   * than `indent`
   *
   * @param {string} src
   * @param {number} indent
   * @param {number} lineStart
   * @returns {?number}
   */
  static endOfBlockIndent(src, indent, lineStart) {
    const inEnd = Node.endOfIndent(src, lineStart);
    if (inEnd > lineStart + indent) {
      return inEnd;
    } else {
      const wsEnd = Node.endOfWhiteSpace(src, inEnd);
      const ch = src[wsEnd];
      if (!ch || ch === '\n') return wsEnd;
    }
    return null;
  }
  static atBlank(src, offset, endAsBlank) {
    const ch = src[offset];
    return ch === '\n' || ch === '\t' || ch === ' ' || endAsBlank && !ch;
  }
  static nextNodeIsIndented(ch, indentDiff, indicatorAsIndent) {
    if (!ch || indentDiff < 0) return false;
    if (indentDiff > 0) return true;
    return indicatorAsIndent && ch === '-';
  }

  // should be at line or string end, or at next non-whitespace char
  static normalizeOffset(src, offset) {
    const ch = src[offset];
    return !ch ? offset : ch !== '\n' && src[offset - 1] === '\n' ? offset - 1 : Node.endOfWhiteSpace(src, offset);
  }

  // fold single newline into space, multiple newlines to N - 1 newlines
  // presumes src[offset] === '\n'
  static foldNewline(src, offset, indent) {
    let inCount = 0;
    let error = false;
    let fold = '';
    let ch = src[offset + 1];
    while (ch === ' ' || ch === '\t' || ch === '\n') {
      switch (ch) {
        case '\n':
          inCount = 0;
          offset += 1;
          fold += '\n';
          break;
        case '\t':
          if (inCount <= indent) error = true;
          offset = Node.endOfWhiteSpace(src, offset + 2) - 1;
          break;
        case ' ':
          inCount += 1;
          offset += 1;
          break;
      }
      ch = src[offset + 1];
    }
    if (!fold) fold = ' ';
    if (ch && inCount <= indent) error = true;
    return {
      fold,
      offset,
      error
    };
  }
  constructor(type, props, context) {
    Object.defineProperty(this, 'context', {
      value: context || null,
      writable: true
    });
    this.error = null;
    this.range = null;
    this.valueRange = null;
    this.props = props || [];
    this.type = type;
    this.value = null;
  }
  getPropValue(idx, key, skipKey) {
    if (!this.context) return null;
    const {
      src
    } = this.context;
    const prop = this.props[idx];
    return prop && src[prop.start] === key ? src.slice(prop.start + (skipKey ? 1 : 0), prop.end) : null;
  }
  get anchor() {
    for (let i = 0; i < this.props.length; ++i) {
      const anchor = this.getPropValue(i, Char.ANCHOR, true);
      if (anchor != null) return anchor;
    }
    return null;
  }
  get comment() {
    const comments = [];
    for (let i = 0; i < this.props.length; ++i) {
      const comment = this.getPropValue(i, Char.COMMENT, true);
      if (comment != null) comments.push(comment);
    }
    return comments.length > 0 ? comments.join('\n') : null;
  }
  commentHasRequiredWhitespace(start) {
    const {
      src
    } = this.context;
    if (this.header && start === this.header.end) return false;
    if (!this.valueRange) return false;
    const {
      end
    } = this.valueRange;
    return start !== end || Node.atBlank(src, end - 1);
  }
  get hasComment() {
    if (this.context) {
      const {
        src
      } = this.context;
      for (let i = 0; i < this.props.length; ++i) {
        if (src[this.props[i].start] === Char.COMMENT) return true;
      }
    }
    return false;
  }
  get hasProps() {
    if (this.context) {
      const {
        src
      } = this.context;
      for (let i = 0; i < this.props.length; ++i) {
        if (src[this.props[i].start] !== Char.COMMENT) return true;
      }
    }
    return false;
  }
  get includesTrailingLines() {
    return false;
  }
  get jsonLike() {
    const jsonLikeTypes = [Type.FLOW_MAP, Type.FLOW_SEQ, Type.QUOTE_DOUBLE, Type.QUOTE_SINGLE];
    return jsonLikeTypes.indexOf(this.type) !== -1;
  }
  get rangeAsLinePos() {
    if (!this.range || !this.context) return undefined;
    const start = getLinePos(this.range.start, this.context.root);
    if (!start) return undefined;
    const end = getLinePos(this.range.end, this.context.root);
    return {
      start,
      end
    };
  }
  get rawValue() {
    if (!this.valueRange || !this.context) return null;
    const {
      start,
      end
    } = this.valueRange;
    return this.context.src.slice(start, end);
  }
  get tag() {
    for (let i = 0; i < this.props.length; ++i) {
      const tag = this.getPropValue(i, Char.TAG, false);
      if (tag != null) {
        if (tag[1] === '<') {
          return {
            verbatim: tag.slice(2, -1)
          };
        } else {
          // eslint-disable-next-line no-unused-vars
          const [_, handle, suffix] = tag.match(/^(.*!)([^!]*)$/);
          return {
            handle,
            suffix
          };
        }
      }
    }
    return null;
  }
  get valueRangeContainsNewline() {
    if (!this.valueRange || !this.context) return false;
    const {
      start,
      end
    } = this.valueRange;
    const {
      src
    } = this.context;
    for (let i = start; i < end; ++i) {
      if (src[i] === '\n') return true;
    }
    return false;
  }
  parseComment(start) {
    const {
      src
    } = this.context;
    if (src[start] === Char.COMMENT) {
      const end = Node.endOfLine(src, start + 1);
      const commentRange = new Range(start, end);
      this.props.push(commentRange);
      return end;
    }
    return start;
  }

  /**
   * Populates the `origStart` and `origEnd` values of all ranges for this
   * node. Extended by child classes to handle descendant nodes.
   *
   * @param {number[]} cr - Positions of dropped CR characters
   * @param {number} offset - Starting index of `cr` from the last call
   * @returns {number} - The next offset, matching the one found for `origStart`
   */
  setOrigRanges(cr, offset) {
    if (this.range) offset = this.range.setOrigRange(cr, offset);
    if (this.valueRange) this.valueRange.setOrigRange(cr, offset);
    this.props.forEach(prop => prop.setOrigRange(cr, offset));
    return offset;
  }
  toString() {
    const {
      context: {
        src
      },
      range,
      value
    } = this;
    if (value != null) return value;
    const str = src.slice(range.start, range.end);
    return Node.addStringTerminator(src, range.end, str);
  }
}

class YAMLError extends Error {
  constructor(name, source, message) {
    if (!message || !(source instanceof Node)) throw new Error(`Invalid arguments for new ${name}`);
    super();
    this.name = name;
    this.message = message;
    this.source = source;
  }
  makePretty() {
    if (!this.source) return;
    this.nodeType = this.source.type;
    const cst = this.source.context && this.source.context.root;
    if (typeof this.offset === 'number') {
      this.range = new Range(this.offset, this.offset + 1);
      const start = cst && getLinePos(this.offset, cst);
      if (start) {
        const end = {
          line: start.line,
          col: start.col + 1
        };
        this.linePos = {
          start,
          end
        };
      }
      delete this.offset;
    } else {
      this.range = this.source.range;
      this.linePos = this.source.rangeAsLinePos;
    }
    if (this.linePos) {
      const {
        line,
        col
      } = this.linePos.start;
      this.message += ` at line ${line}, column ${col}`;
      const ctx = cst && getPrettyContext(this.linePos, cst);
      if (ctx) this.message += `:\n\n${ctx}\n`;
    }
    delete this.source;
  }
}
class YAMLReferenceError extends YAMLError {
  constructor(source, message) {
    super('YAMLReferenceError', source, message);
  }
}
class YAMLSemanticError extends YAMLError {
  constructor(source, message) {
    super('YAMLSemanticError', source, message);
  }
}
class YAMLSyntaxError extends YAMLError {
  constructor(source, message) {
    super('YAMLSyntaxError', source, message);
  }
}
class YAMLWarning extends YAMLError {
  constructor(source, message) {
    super('YAMLWarning', source, message);
  }
}

function _defineProperty(e, r, t) {
  return (r = _toPropertyKey(r)) in e ? Object.defineProperty(e, r, {
    value: t,
    enumerable: !0,
    configurable: !0,
    writable: !0
  }) : e[r] = t, e;
}
function _toPrimitive(t, r) {
  if ("object" != typeof t || !t) return t;
  var e = t[Symbol.toPrimitive];
  if (void 0 !== e) {
    var i = e.call(t, r || "default");
    if ("object" != typeof i) return i;
    throw new TypeError("@@toPrimitive must return a primitive value.");
  }
  return ("string" === r ? String : Number)(t);
}
function _toPropertyKey(t) {
  var i = _toPrimitive(t, "string");
  return "symbol" == typeof i ? i : i + "";
}

class PlainValue extends Node {
  static endOfLine(src, start, inFlow) {
    let ch = src[start];
    let offset = start;
    while (ch && ch !== '\n') {
      if (inFlow && (ch === '[' || ch === ']' || ch === '{' || ch === '}' || ch === ',')) break;
      const next = src[offset + 1];
      if (ch === ':' && (!next || next === '\n' || next === '\t' || next === ' ' || inFlow && next === ',')) break;
      if ((ch === ' ' || ch === '\t') && next === '#') break;
      offset += 1;
      ch = next;
    }
    return offset;
  }
  get strValue() {
    if (!this.valueRange || !this.context) return null;
    let {
      start,
      end
    } = this.valueRange;
    const {
      src
    } = this.context;
    let ch = src[end - 1];
    while (start < end && (ch === '\n' || ch === '\t' || ch === ' ')) ch = src[--end - 1];
    let str = '';
    for (let i = start; i < end; ++i) {
      const ch = src[i];
      if (ch === '\n') {
        const {
          fold,
          offset
        } = Node.foldNewline(src, i, -1);
        str += fold;
        i = offset;
      } else if (ch === ' ' || ch === '\t') {
        // trim trailing whitespace
        const wsStart = i;
        let next = src[i + 1];
        while (i < end && (next === ' ' || next === '\t')) {
          i += 1;
          next = src[i + 1];
        }
        if (next !== '\n') str += i > wsStart ? src.slice(wsStart, i + 1) : ch;
      } else {
        str += ch;
      }
    }
    const ch0 = src[start];
    switch (ch0) {
      case '\t':
        {
          const msg = 'Plain value cannot start with a tab character';
          const errors = [new YAMLSemanticError(this, msg)];
          return {
            errors,
            str
          };
        }
      case '@':
      case '`':
        {
          const msg = `Plain value cannot start with reserved character ${ch0}`;
          const errors = [new YAMLSemanticError(this, msg)];
          return {
            errors,
            str
          };
        }
      default:
        return str;
    }
  }
  parseBlockValue(start) {
    const {
      indent,
      inFlow,
      src
    } = this.context;
    let offset = start;
    let valueEnd = start;
    for (let ch = src[offset]; ch === '\n'; ch = src[offset]) {
      if (Node.atDocumentBoundary(src, offset + 1)) break;
      const end = Node.endOfBlockIndent(src, indent, offset + 1);
      if (end === null || src[end] === '#') break;
      if (src[end] === '\n') {
        offset = end;
      } else {
        valueEnd = PlainValue.endOfLine(src, end, inFlow);
        offset = valueEnd;
      }
    }
    if (this.valueRange.isEmpty()) this.valueRange.start = start;
    this.valueRange.end = valueEnd;
    return valueEnd;
  }

  /**
   * Parses a plain value from the source
   *
   * Accepted forms are:
   * ```
   * #comment
   *
   * first line
   *
   * first line #comment
   *
   * first line
   * block
   * lines
   *
   * #comment
   * block
   * lines
   * ```
   * where block lines are empty or have an indent level greater than `indent`.
   *
   * @param {ParseContext} context
   * @param {number} start - Index of first character
   * @returns {number} - Index of the character after this scalar, may be `\n`
   */
  parse(context, start) {
    this.context = context;
    const {
      inFlow,
      src
    } = context;
    let offset = start;
    const ch = src[offset];
    if (ch && ch !== '#' && ch !== '\n') {
      offset = PlainValue.endOfLine(src, start, inFlow);
    }
    this.valueRange = new Range(start, offset);
    offset = Node.endOfWhiteSpace(src, offset);
    offset = this.parseComment(offset);
    if (!this.hasComment || this.valueRange.isEmpty()) {
      offset = this.parseBlockValue(offset);
    }
    return offset;
  }
}

exports.Char = Char;
exports.Node = Node;
exports.PlainValue = PlainValue;
exports.Range = Range;
exports.Type = Type;
exports.YAMLError = YAMLError;
exports.YAMLReferenceError = YAMLReferenceError;
exports.YAMLSemanticError = YAMLSemanticError;
exports.YAMLSyntaxError = YAMLSyntaxError;
exports.YAMLWarning = YAMLWarning;
exports._defineProperty = _defineProperty;
exports.defaultTagPrefix = defaultTagPrefix;
exports.defaultTags = defaultTags;


/***/ }),

/***/ 9112:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var PlainValue = __nccwpck_require__(5418);
var resolveSeq = __nccwpck_require__(1724);
var warnings = __nccwpck_require__(9529);

function createMap(schema, obj, ctx) {
  const map = new resolveSeq.YAMLMap(schema);
  if (obj instanceof Map) {
    for (const [key, value] of obj) map.items.push(schema.createPair(key, value, ctx));
  } else if (obj && typeof obj === 'object') {
    for (const key of Object.keys(obj)) map.items.push(schema.createPair(key, obj[key], ctx));
  }
  if (typeof schema.sortMapEntries === 'function') {
    map.items.sort(schema.sortMapEntries);
  }
  return map;
}
const map = {
  createNode: createMap,
  default: true,
  nodeClass: resolveSeq.YAMLMap,
  tag: 'tag:yaml.org,2002:map',
  resolve: resolveSeq.resolveMap
};

function createSeq(schema, obj, ctx) {
  const seq = new resolveSeq.YAMLSeq(schema);
  if (obj && obj[Symbol.iterator]) {
    for (const it of obj) {
      const v = schema.createNode(it, ctx.wrapScalars, null, ctx);
      seq.items.push(v);
    }
  }
  return seq;
}
const seq = {
  createNode: createSeq,
  default: true,
  nodeClass: resolveSeq.YAMLSeq,
  tag: 'tag:yaml.org,2002:seq',
  resolve: resolveSeq.resolveSeq
};

const string = {
  identify: value => typeof value === 'string',
  default: true,
  tag: 'tag:yaml.org,2002:str',
  resolve: resolveSeq.resolveString,
  stringify(item, ctx, onComment, onChompKeep) {
    ctx = Object.assign({
      actualString: true
    }, ctx);
    return resolveSeq.stringifyString(item, ctx, onComment, onChompKeep);
  },
  options: resolveSeq.strOptions
};

const failsafe = [map, seq, string];

/* global BigInt */
const intIdentify$2 = value => typeof value === 'bigint' || Number.isInteger(value);
const intResolve$1 = (src, part, radix) => resolveSeq.intOptions.asBigInt ? BigInt(src) : parseInt(part, radix);
function intStringify$1(node, radix, prefix) {
  const {
    value
  } = node;
  if (intIdentify$2(value) && value >= 0) return prefix + value.toString(radix);
  return resolveSeq.stringifyNumber(node);
}
const nullObj = {
  identify: value => value == null,
  createNode: (schema, value, ctx) => ctx.wrapScalars ? new resolveSeq.Scalar(null) : null,
  default: true,
  tag: 'tag:yaml.org,2002:null',
  test: /^(?:~|[Nn]ull|NULL)?$/,
  resolve: () => null,
  options: resolveSeq.nullOptions,
  stringify: () => resolveSeq.nullOptions.nullStr
};
const boolObj = {
  identify: value => typeof value === 'boolean',
  default: true,
  tag: 'tag:yaml.org,2002:bool',
  test: /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/,
  resolve: str => str[0] === 't' || str[0] === 'T',
  options: resolveSeq.boolOptions,
  stringify: ({
    value
  }) => value ? resolveSeq.boolOptions.trueStr : resolveSeq.boolOptions.falseStr
};
const octObj = {
  identify: value => intIdentify$2(value) && value >= 0,
  default: true,
  tag: 'tag:yaml.org,2002:int',
  format: 'OCT',
  test: /^0o([0-7]+)$/,
  resolve: (str, oct) => intResolve$1(str, oct, 8),
  options: resolveSeq.intOptions,
  stringify: node => intStringify$1(node, 8, '0o')
};
const intObj = {
  identify: intIdentify$2,
  default: true,
  tag: 'tag:yaml.org,2002:int',
  test: /^[-+]?[0-9]+$/,
  resolve: str => intResolve$1(str, str, 10),
  options: resolveSeq.intOptions,
  stringify: resolveSeq.stringifyNumber
};
const hexObj = {
  identify: value => intIdentify$2(value) && value >= 0,
  default: true,
  tag: 'tag:yaml.org,2002:int',
  format: 'HEX',
  test: /^0x([0-9a-fA-F]+)$/,
  resolve: (str, hex) => intResolve$1(str, hex, 16),
  options: resolveSeq.intOptions,
  stringify: node => intStringify$1(node, 16, '0x')
};
const nanObj = {
  identify: value => typeof value === 'number',
  default: true,
  tag: 'tag:yaml.org,2002:float',
  test: /^(?:[-+]?\.inf|(\.nan))$/i,
  resolve: (str, nan) => nan ? NaN : str[0] === '-' ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY,
  stringify: resolveSeq.stringifyNumber
};
const expObj = {
  identify: value => typeof value === 'number',
  default: true,
  tag: 'tag:yaml.org,2002:float',
  format: 'EXP',
  test: /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/,
  resolve: str => parseFloat(str),
  stringify: ({
    value
  }) => Number(value).toExponential()
};
const floatObj = {
  identify: value => typeof value === 'number',
  default: true,
  tag: 'tag:yaml.org,2002:float',
  test: /^[-+]?(?:\.([0-9]+)|[0-9]+\.([0-9]*))$/,
  resolve(str, frac1, frac2) {
    const frac = frac1 || frac2;
    const node = new resolveSeq.Scalar(parseFloat(str));
    if (frac && frac[frac.length - 1] === '0') node.minFractionDigits = frac.length;
    return node;
  },
  stringify: resolveSeq.stringifyNumber
};
const core = failsafe.concat([nullObj, boolObj, octObj, intObj, hexObj, nanObj, expObj, floatObj]);

/* global BigInt */
const intIdentify$1 = value => typeof value === 'bigint' || Number.isInteger(value);
const stringifyJSON = ({
  value
}) => JSON.stringify(value);
const json = [map, seq, {
  identify: value => typeof value === 'string',
  default: true,
  tag: 'tag:yaml.org,2002:str',
  resolve: resolveSeq.resolveString,
  stringify: stringifyJSON
}, {
  identify: value => value == null,
  createNode: (schema, value, ctx) => ctx.wrapScalars ? new resolveSeq.Scalar(null) : null,
  default: true,
  tag: 'tag:yaml.org,2002:null',
  test: /^null$/,
  resolve: () => null,
  stringify: stringifyJSON
}, {
  identify: value => typeof value === 'boolean',
  default: true,
  tag: 'tag:yaml.org,2002:bool',
  test: /^true|false$/,
  resolve: str => str === 'true',
  stringify: stringifyJSON
}, {
  identify: intIdentify$1,
  default: true,
  tag: 'tag:yaml.org,2002:int',
  test: /^-?(?:0|[1-9][0-9]*)$/,
  resolve: str => resolveSeq.intOptions.asBigInt ? BigInt(str) : parseInt(str, 10),
  stringify: ({
    value
  }) => intIdentify$1(value) ? value.toString() : JSON.stringify(value)
}, {
  identify: value => typeof value === 'number',
  default: true,
  tag: 'tag:yaml.org,2002:float',
  test: /^-?(?:0|[1-9][0-9]*)(?:\.[0-9]*)?(?:[eE][-+]?[0-9]+)?$/,
  resolve: str => parseFloat(str),
  stringify: stringifyJSON
}];
json.scalarFallback = str => {
  throw new SyntaxError(`Unresolved plain scalar ${JSON.stringify(str)}`);
};

/* global BigInt */
const boolStringify = ({
  value
}) => value ? resolveSeq.boolOptions.trueStr : resolveSeq.boolOptions.falseStr;
const intIdentify = value => typeof value === 'bigint' || Number.isInteger(value);
function intResolve(sign, src, radix) {
  let str = src.replace(/_/g, '');
  if (resolveSeq.intOptions.asBigInt) {
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
  const {
    value
  } = node;
  if (intIdentify(value)) {
    const str = value.toString(radix);
    return value < 0 ? '-' + prefix + str.substr(1) : prefix + str;
  }
  return resolveSeq.stringifyNumber(node);
}
const yaml11 = failsafe.concat([{
  identify: value => value == null,
  createNode: (schema, value, ctx) => ctx.wrapScalars ? new resolveSeq.Scalar(null) : null,
  default: true,
  tag: 'tag:yaml.org,2002:null',
  test: /^(?:~|[Nn]ull|NULL)?$/,
  resolve: () => null,
  options: resolveSeq.nullOptions,
  stringify: () => resolveSeq.nullOptions.nullStr
}, {
  identify: value => typeof value === 'boolean',
  default: true,
  tag: 'tag:yaml.org,2002:bool',
  test: /^(?:Y|y|[Yy]es|YES|[Tt]rue|TRUE|[Oo]n|ON)$/,
  resolve: () => true,
  options: resolveSeq.boolOptions,
  stringify: boolStringify
}, {
  identify: value => typeof value === 'boolean',
  default: true,
  tag: 'tag:yaml.org,2002:bool',
  test: /^(?:N|n|[Nn]o|NO|[Ff]alse|FALSE|[Oo]ff|OFF)$/i,
  resolve: () => false,
  options: resolveSeq.boolOptions,
  stringify: boolStringify
}, {
  identify: intIdentify,
  default: true,
  tag: 'tag:yaml.org,2002:int',
  format: 'BIN',
  test: /^([-+]?)0b([0-1_]+)$/,
  resolve: (str, sign, bin) => intResolve(sign, bin, 2),
  stringify: node => intStringify(node, 2, '0b')
}, {
  identify: intIdentify,
  default: true,
  tag: 'tag:yaml.org,2002:int',
  format: 'OCT',
  test: /^([-+]?)0([0-7_]+)$/,
  resolve: (str, sign, oct) => intResolve(sign, oct, 8),
  stringify: node => intStringify(node, 8, '0')
}, {
  identify: intIdentify,
  default: true,
  tag: 'tag:yaml.org,2002:int',
  test: /^([-+]?)([0-9][0-9_]*)$/,
  resolve: (str, sign, abs) => intResolve(sign, abs, 10),
  stringify: resolveSeq.stringifyNumber
}, {
  identify: intIdentify,
  default: true,
  tag: 'tag:yaml.org,2002:int',
  format: 'HEX',
  test: /^([-+]?)0x([0-9a-fA-F_]+)$/,
  resolve: (str, sign, hex) => intResolve(sign, hex, 16),
  stringify: node => intStringify(node, 16, '0x')
}, {
  identify: value => typeof value === 'number',
  default: true,
  tag: 'tag:yaml.org,2002:float',
  test: /^(?:[-+]?\.inf|(\.nan))$/i,
  resolve: (str, nan) => nan ? NaN : str[0] === '-' ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY,
  stringify: resolveSeq.stringifyNumber
}, {
  identify: value => typeof value === 'number',
  default: true,
  tag: 'tag:yaml.org,2002:float',
  format: 'EXP',
  test: /^[-+]?([0-9][0-9_]*)?(\.[0-9_]*)?[eE][-+]?[0-9]+$/,
  resolve: str => parseFloat(str.replace(/_/g, '')),
  stringify: ({
    value
  }) => Number(value).toExponential()
}, {
  identify: value => typeof value === 'number',
  default: true,
  tag: 'tag:yaml.org,2002:float',
  test: /^[-+]?(?:[0-9][0-9_]*)?\.([0-9_]*)$/,
  resolve(str, frac) {
    const node = new resolveSeq.Scalar(parseFloat(str.replace(/_/g, '')));
    if (frac) {
      const f = frac.replace(/_/g, '');
      if (f[f.length - 1] === '0') node.minFractionDigits = f.length;
    }
    return node;
  },
  stringify: resolveSeq.stringifyNumber
}], warnings.binary, warnings.omap, warnings.pairs, warnings.set, warnings.intTime, warnings.floatTime, warnings.timestamp);

const schemas = {
  core,
  failsafe,
  json,
  yaml11
};
const tags = {
  binary: warnings.binary,
  bool: boolObj,
  float: floatObj,
  floatExp: expObj,
  floatNaN: nanObj,
  floatTime: warnings.floatTime,
  int: intObj,
  intHex: hexObj,
  intOct: octObj,
  intTime: warnings.intTime,
  map,
  null: nullObj,
  omap: warnings.omap,
  pairs: warnings.pairs,
  seq,
  set: warnings.set,
  timestamp: warnings.timestamp
};

function findTagObject(value, tagName, tags) {
  if (tagName) {
    const match = tags.filter(t => t.tag === tagName);
    const tagObj = match.find(t => !t.format) || match[0];
    if (!tagObj) throw new Error(`Tag ${tagName} not found`);
    return tagObj;
  }

  // TODO: deprecate/remove class check
  return tags.find(t => (t.identify && t.identify(value) || t.class && value instanceof t.class) && !t.format);
}
function createNode(value, tagName, ctx) {
  if (value instanceof resolveSeq.Node) return value;
  const {
    defaultPrefix,
    onTagObj,
    prevObjects,
    schema,
    wrapScalars
  } = ctx;
  if (tagName && tagName.startsWith('!!')) tagName = defaultPrefix + tagName.slice(2);
  let tagObj = findTagObject(value, tagName, schema.tags);
  if (!tagObj) {
    if (typeof value.toJSON === 'function') value = value.toJSON();
    if (!value || typeof value !== 'object') return wrapScalars ? new resolveSeq.Scalar(value) : value;
    tagObj = value instanceof Map ? map : value[Symbol.iterator] ? seq : map;
  }
  if (onTagObj) {
    onTagObj(tagObj);
    delete ctx.onTagObj;
  }

  // Detect duplicate references to the same object & use Alias nodes for all
  // after first. The `obj` wrapper allows for circular references to resolve.
  const obj = {
    value: undefined,
    node: undefined
  };
  if (value && typeof value === 'object' && prevObjects) {
    const prev = prevObjects.get(value);
    if (prev) {
      const alias = new resolveSeq.Alias(prev); // leaves source dirty; must be cleaned by caller
      ctx.aliasNodes.push(alias); // defined along with prevObjects
      return alias;
    }
    obj.value = value;
    prevObjects.set(value, obj);
  }
  obj.node = tagObj.createNode ? tagObj.createNode(ctx.schema, value, ctx) : wrapScalars ? new resolveSeq.Scalar(value) : value;
  if (tagName && obj.node instanceof resolveSeq.Node) obj.node.tag = tagName;
  return obj.node;
}

function getSchemaTags(schemas, knownTags, customTags, schemaId) {
  let tags = schemas[schemaId.replace(/\W/g, '')]; // 'yaml-1.1' -> 'yaml11'
  if (!tags) {
    const keys = Object.keys(schemas).map(key => JSON.stringify(key)).join(', ');
    throw new Error(`Unknown schema "${schemaId}"; use one of ${keys}`);
  }
  if (Array.isArray(customTags)) {
    for (const tag of customTags) tags = tags.concat(tag);
  } else if (typeof customTags === 'function') {
    tags = customTags(tags.slice());
  }
  for (let i = 0; i < tags.length; ++i) {
    const tag = tags[i];
    if (typeof tag === 'string') {
      const tagObj = knownTags[tag];
      if (!tagObj) {
        const keys = Object.keys(knownTags).map(key => JSON.stringify(key)).join(', ');
        throw new Error(`Unknown custom tag "${tag}"; use one of ${keys}`);
      }
      tags[i] = tagObj;
    }
  }
  return tags;
}

const sortMapEntriesByKey = (a, b) => a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
class Schema {
  // TODO: remove in v2

  constructor({
    customTags,
    merge,
    schema,
    sortMapEntries,
    tags: deprecatedCustomTags
  }) {
    this.merge = !!merge;
    this.name = schema;
    this.sortMapEntries = sortMapEntries === true ? sortMapEntriesByKey : sortMapEntries || null;
    if (!customTags && deprecatedCustomTags) warnings.warnOptionDeprecation('tags', 'customTags');
    this.tags = getSchemaTags(schemas, tags, customTags || deprecatedCustomTags, schema);
  }
  createNode(value, wrapScalars, tagName, ctx) {
    const baseCtx = {
      defaultPrefix: Schema.defaultPrefix,
      schema: this,
      wrapScalars
    };
    const createCtx = ctx ? Object.assign(ctx, baseCtx) : baseCtx;
    return createNode(value, tagName, createCtx);
  }
  createPair(key, value, ctx) {
    if (!ctx) ctx = {
      wrapScalars: true
    };
    const k = this.createNode(key, ctx.wrapScalars, null, ctx);
    const v = this.createNode(value, ctx.wrapScalars, null, ctx);
    return new resolveSeq.Pair(k, v);
  }
}
PlainValue._defineProperty(Schema, "defaultPrefix", PlainValue.defaultTagPrefix);
// TODO: remove in v2
PlainValue._defineProperty(Schema, "defaultTags", PlainValue.defaultTags);

exports.Schema = Schema;


/***/ }),

/***/ 1256:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var parseCst = __nccwpck_require__(7116);
var Document$1 = __nccwpck_require__(3816);
var Schema = __nccwpck_require__(9112);
var PlainValue = __nccwpck_require__(5418);
var warnings = __nccwpck_require__(9529);
__nccwpck_require__(1724);

function createNode(value, wrapScalars = true, tag) {
  if (tag === undefined && typeof wrapScalars === 'string') {
    tag = wrapScalars;
    wrapScalars = true;
  }
  const options = Object.assign({}, Document$1.Document.defaults[Document$1.defaultOptions.version], Document$1.defaultOptions);
  const schema = new Schema.Schema(options);
  return schema.createNode(value, wrapScalars, tag);
}
class Document extends Document$1.Document {
  constructor(options) {
    super(Object.assign({}, Document$1.defaultOptions, options));
  }
}
function parseAllDocuments(src, options) {
  const stream = [];
  let prev;
  for (const cstDoc of parseCst.parse(src)) {
    const doc = new Document(options);
    doc.parse(cstDoc, prev);
    stream.push(doc);
    prev = doc;
  }
  return stream;
}
function parseDocument(src, options) {
  const cst = parseCst.parse(src);
  const doc = new Document(options).parse(cst[0]);
  if (cst.length > 1) {
    const errMsg = 'Source contains multiple documents; please use YAML.parseAllDocuments()';
    doc.errors.unshift(new PlainValue.YAMLSemanticError(cst[1], errMsg));
  }
  return doc;
}
function parse(src, options) {
  const doc = parseDocument(src, options);
  doc.warnings.forEach(warning => warnings.warn(warning));
  if (doc.errors.length > 0) throw doc.errors[0];
  return doc.toJSON();
}
function stringify(value, options) {
  const doc = new Document(options);
  doc.contents = value;
  return String(doc);
}
const YAML = {
  createNode,
  defaultOptions: Document$1.defaultOptions,
  Document,
  parse,
  parseAllDocuments,
  parseCST: parseCst.parse,
  parseDocument,
  scalarOptions: Document$1.scalarOptions,
  stringify
};

exports.YAML = YAML;


/***/ }),

/***/ 7116:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var PlainValue = __nccwpck_require__(5418);

class BlankLine extends PlainValue.Node {
  constructor() {
    super(PlainValue.Type.BLANK_LINE);
  }

  /* istanbul ignore next */
  get includesTrailingLines() {
    // This is never called from anywhere, but if it were,
    // this is the value it should return.
    return true;
  }

  /**
   * Parses a blank line from the source
   *
   * @param {ParseContext} context
   * @param {number} start - Index of first \n character
   * @returns {number} - Index of the character after this
   */
  parse(context, start) {
    this.context = context;
    this.range = new PlainValue.Range(start, start + 1);
    return start + 1;
  }
}

class CollectionItem extends PlainValue.Node {
  constructor(type, props) {
    super(type, props);
    this.node = null;
  }
  get includesTrailingLines() {
    return !!this.node && this.node.includesTrailingLines;
  }

  /**
   * @param {ParseContext} context
   * @param {number} start - Index of first character
   * @returns {number} - Index of the character after this
   */
  parse(context, start) {
    this.context = context;
    const {
      parseNode,
      src
    } = context;
    let {
      atLineStart,
      lineStart
    } = context;
    if (!atLineStart && this.type === PlainValue.Type.SEQ_ITEM) this.error = new PlainValue.YAMLSemanticError(this, 'Sequence items must not have preceding content on the same line');
    const indent = atLineStart ? start - lineStart : context.indent;
    let offset = PlainValue.Node.endOfWhiteSpace(src, start + 1);
    let ch = src[offset];
    const inlineComment = ch === '#';
    const comments = [];
    let blankLine = null;
    while (ch === '\n' || ch === '#') {
      if (ch === '#') {
        const end = PlainValue.Node.endOfLine(src, offset + 1);
        comments.push(new PlainValue.Range(offset, end));
        offset = end;
      } else {
        atLineStart = true;
        lineStart = offset + 1;
        const wsEnd = PlainValue.Node.endOfWhiteSpace(src, lineStart);
        if (src[wsEnd] === '\n' && comments.length === 0) {
          blankLine = new BlankLine();
          lineStart = blankLine.parse({
            src
          }, lineStart);
        }
        offset = PlainValue.Node.endOfIndent(src, lineStart);
      }
      ch = src[offset];
    }
    if (PlainValue.Node.nextNodeIsIndented(ch, offset - (lineStart + indent), this.type !== PlainValue.Type.SEQ_ITEM)) {
      this.node = parseNode({
        atLineStart,
        inCollection: false,
        indent,
        lineStart,
        parent: this
      }, offset);
    } else if (ch && lineStart > start + 1) {
      offset = lineStart - 1;
    }
    if (this.node) {
      if (blankLine) {
        // Only blank lines preceding non-empty nodes are captured. Note that
        // this means that collection item range start indices do not always
        // increase monotonically. -- eemeli/yaml#126
        const items = context.parent.items || context.parent.contents;
        if (items) items.push(blankLine);
      }
      if (comments.length) Array.prototype.push.apply(this.props, comments);
      offset = this.node.range.end;
    } else {
      if (inlineComment) {
        const c = comments[0];
        this.props.push(c);
        offset = c.end;
      } else {
        offset = PlainValue.Node.endOfLine(src, start + 1);
      }
    }
    const end = this.node ? this.node.valueRange.end : offset;
    this.valueRange = new PlainValue.Range(start, end);
    return offset;
  }
  setOrigRanges(cr, offset) {
    offset = super.setOrigRanges(cr, offset);
    return this.node ? this.node.setOrigRanges(cr, offset) : offset;
  }
  toString() {
    const {
      context: {
        src
      },
      node,
      range,
      value
    } = this;
    if (value != null) return value;
    const str = node ? src.slice(range.start, node.range.start) + String(node) : src.slice(range.start, range.end);
    return PlainValue.Node.addStringTerminator(src, range.end, str);
  }
}

class Comment extends PlainValue.Node {
  constructor() {
    super(PlainValue.Type.COMMENT);
  }

  /**
   * Parses a comment line from the source
   *
   * @param {ParseContext} context
   * @param {number} start - Index of first character
   * @returns {number} - Index of the character after this scalar
   */
  parse(context, start) {
    this.context = context;
    const offset = this.parseComment(start);
    this.range = new PlainValue.Range(start, offset);
    return offset;
  }
}

function grabCollectionEndComments(node) {
  let cnode = node;
  while (cnode instanceof CollectionItem) cnode = cnode.node;
  if (!(cnode instanceof Collection)) return null;
  const len = cnode.items.length;
  let ci = -1;
  for (let i = len - 1; i >= 0; --i) {
    const n = cnode.items[i];
    if (n.type === PlainValue.Type.COMMENT) {
      // Keep sufficiently indented comments with preceding node
      const {
        indent,
        lineStart
      } = n.context;
      if (indent > 0 && n.range.start >= lineStart + indent) break;
      ci = i;
    } else if (n.type === PlainValue.Type.BLANK_LINE) ci = i;else break;
  }
  if (ci === -1) return null;
  const ca = cnode.items.splice(ci, len - ci);
  const prevEnd = ca[0].range.start;
  while (true) {
    cnode.range.end = prevEnd;
    if (cnode.valueRange && cnode.valueRange.end > prevEnd) cnode.valueRange.end = prevEnd;
    if (cnode === node) break;
    cnode = cnode.context.parent;
  }
  return ca;
}
class Collection extends PlainValue.Node {
  static nextContentHasIndent(src, offset, indent) {
    const lineStart = PlainValue.Node.endOfLine(src, offset) + 1;
    offset = PlainValue.Node.endOfWhiteSpace(src, lineStart);
    const ch = src[offset];
    if (!ch) return false;
    if (offset >= lineStart + indent) return true;
    if (ch !== '#' && ch !== '\n') return false;
    return Collection.nextContentHasIndent(src, offset, indent);
  }
  constructor(firstItem) {
    super(firstItem.type === PlainValue.Type.SEQ_ITEM ? PlainValue.Type.SEQ : PlainValue.Type.MAP);
    for (let i = firstItem.props.length - 1; i >= 0; --i) {
      if (firstItem.props[i].start < firstItem.context.lineStart) {
        // props on previous line are assumed by the collection
        this.props = firstItem.props.slice(0, i + 1);
        firstItem.props = firstItem.props.slice(i + 1);
        const itemRange = firstItem.props[0] || firstItem.valueRange;
        firstItem.range.start = itemRange.start;
        break;
      }
    }
    this.items = [firstItem];
    const ec = grabCollectionEndComments(firstItem);
    if (ec) Array.prototype.push.apply(this.items, ec);
  }
  get includesTrailingLines() {
    return this.items.length > 0;
  }

  /**
   * @param {ParseContext} context
   * @param {number} start - Index of first character
   * @returns {number} - Index of the character after this
   */
  parse(context, start) {
    this.context = context;
    const {
      parseNode,
      src
    } = context;
    // It's easier to recalculate lineStart here rather than tracking down the
    // last context from which to read it -- eemeli/yaml#2
    let lineStart = PlainValue.Node.startOfLine(src, start);
    const firstItem = this.items[0];
    // First-item context needs to be correct for later comment handling
    // -- eemeli/yaml#17
    firstItem.context.parent = this;
    this.valueRange = PlainValue.Range.copy(firstItem.valueRange);
    const indent = firstItem.range.start - firstItem.context.lineStart;
    let offset = start;
    offset = PlainValue.Node.normalizeOffset(src, offset);
    let ch = src[offset];
    let atLineStart = PlainValue.Node.endOfWhiteSpace(src, lineStart) === offset;
    let prevIncludesTrailingLines = false;
    while (ch) {
      while (ch === '\n' || ch === '#') {
        if (atLineStart && ch === '\n' && !prevIncludesTrailingLines) {
          const blankLine = new BlankLine();
          offset = blankLine.parse({
            src
          }, offset);
          this.valueRange.end = offset;
          if (offset >= src.length) {
            ch = null;
            break;
          }
          this.items.push(blankLine);
          offset -= 1; // blankLine.parse() consumes terminal newline
        } else if (ch === '#') {
          if (offset < lineStart + indent && !Collection.nextContentHasIndent(src, offset, indent)) {
            return offset;
          }
          const comment = new Comment();
          offset = comment.parse({
            indent,
            lineStart,
            src
          }, offset);
          this.items.push(comment);
          this.valueRange.end = offset;
          if (offset >= src.length) {
            ch = null;
            break;
          }
        }
        lineStart = offset + 1;
        offset = PlainValue.Node.endOfIndent(src, lineStart);
        if (PlainValue.Node.atBlank(src, offset)) {
          const wsEnd = PlainValue.Node.endOfWhiteSpace(src, offset);
          const next = src[wsEnd];
          if (!next || next === '\n' || next === '#') {
            offset = wsEnd;
          }
        }
        ch = src[offset];
        atLineStart = true;
      }
      if (!ch) {
        break;
      }
      if (offset !== lineStart + indent && (atLineStart || ch !== ':')) {
        if (offset < lineStart + indent) {
          if (lineStart > start) offset = lineStart;
          break;
        } else if (!this.error) {
          const msg = 'All collection items must start at the same column';
          this.error = new PlainValue.YAMLSyntaxError(this, msg);
        }
      }
      if (firstItem.type === PlainValue.Type.SEQ_ITEM) {
        if (ch !== '-') {
          if (lineStart > start) offset = lineStart;
          break;
        }
      } else if (ch === '-' && !this.error) {
        // map key may start with -, as long as it's followed by a non-whitespace char
        const next = src[offset + 1];
        if (!next || next === '\n' || next === '\t' || next === ' ') {
          const msg = 'A collection cannot be both a mapping and a sequence';
          this.error = new PlainValue.YAMLSyntaxError(this, msg);
        }
      }
      const node = parseNode({
        atLineStart,
        inCollection: true,
        indent,
        lineStart,
        parent: this
      }, offset);
      if (!node) return offset; // at next document start
      this.items.push(node);
      this.valueRange.end = node.valueRange.end;
      offset = PlainValue.Node.normalizeOffset(src, node.range.end);
      ch = src[offset];
      atLineStart = false;
      prevIncludesTrailingLines = node.includesTrailingLines;
      // Need to reset lineStart and atLineStart here if preceding node's range
      // has advanced to check the current line's indentation level
      // -- eemeli/yaml#10 & eemeli/yaml#38
      if (ch) {
        let ls = offset - 1;
        let prev = src[ls];
        while (prev === ' ' || prev === '\t') prev = src[--ls];
        if (prev === '\n') {
          lineStart = ls + 1;
          atLineStart = true;
        }
      }
      const ec = grabCollectionEndComments(node);
      if (ec) Array.prototype.push.apply(this.items, ec);
    }
    return offset;
  }
  setOrigRanges(cr, offset) {
    offset = super.setOrigRanges(cr, offset);
    this.items.forEach(node => {
      offset = node.setOrigRanges(cr, offset);
    });
    return offset;
  }
  toString() {
    const {
      context: {
        src
      },
      items,
      range,
      value
    } = this;
    if (value != null) return value;
    let str = src.slice(range.start, items[0].range.start) + String(items[0]);
    for (let i = 1; i < items.length; ++i) {
      const item = items[i];
      const {
        atLineStart,
        indent
      } = item.context;
      if (atLineStart) for (let i = 0; i < indent; ++i) str += ' ';
      str += String(item);
    }
    return PlainValue.Node.addStringTerminator(src, range.end, str);
  }
}

class Directive extends PlainValue.Node {
  constructor() {
    super(PlainValue.Type.DIRECTIVE);
    this.name = null;
  }
  get parameters() {
    const raw = this.rawValue;
    return raw ? raw.trim().split(/[ \t]+/) : [];
  }
  parseName(start) {
    const {
      src
    } = this.context;
    let offset = start;
    let ch = src[offset];
    while (ch && ch !== '\n' && ch !== '\t' && ch !== ' ') ch = src[offset += 1];
    this.name = src.slice(start, offset);
    return offset;
  }
  parseParameters(start) {
    const {
      src
    } = this.context;
    let offset = start;
    let ch = src[offset];
    while (ch && ch !== '\n' && ch !== '#') ch = src[offset += 1];
    this.valueRange = new PlainValue.Range(start, offset);
    return offset;
  }
  parse(context, start) {
    this.context = context;
    let offset = this.parseName(start + 1);
    offset = this.parseParameters(offset);
    offset = this.parseComment(offset);
    this.range = new PlainValue.Range(start, offset);
    return offset;
  }
}

class Document extends PlainValue.Node {
  static startCommentOrEndBlankLine(src, start) {
    const offset = PlainValue.Node.endOfWhiteSpace(src, start);
    const ch = src[offset];
    return ch === '#' || ch === '\n' ? offset : start;
  }
  constructor() {
    super(PlainValue.Type.DOCUMENT);
    this.directives = null;
    this.contents = null;
    this.directivesEndMarker = null;
    this.documentEndMarker = null;
  }
  parseDirectives(start) {
    const {
      src
    } = this.context;
    this.directives = [];
    let atLineStart = true;
    let hasDirectives = false;
    let offset = start;
    while (!PlainValue.Node.atDocumentBoundary(src, offset, PlainValue.Char.DIRECTIVES_END)) {
      offset = Document.startCommentOrEndBlankLine(src, offset);
      switch (src[offset]) {
        case '\n':
          if (atLineStart) {
            const blankLine = new BlankLine();
            offset = blankLine.parse({
              src
            }, offset);
            if (offset < src.length) {
              this.directives.push(blankLine);
            }
          } else {
            offset += 1;
            atLineStart = true;
          }
          break;
        case '#':
          {
            const comment = new Comment();
            offset = comment.parse({
              src
            }, offset);
            this.directives.push(comment);
            atLineStart = false;
          }
          break;
        case '%':
          {
            const directive = new Directive();
            offset = directive.parse({
              parent: this,
              src
            }, offset);
            this.directives.push(directive);
            hasDirectives = true;
            atLineStart = false;
          }
          break;
        default:
          if (hasDirectives) {
            this.error = new PlainValue.YAMLSemanticError(this, 'Missing directives-end indicator line');
          } else if (this.directives.length > 0) {
            this.contents = this.directives;
            this.directives = [];
          }
          return offset;
      }
    }
    if (src[offset]) {
      this.directivesEndMarker = new PlainValue.Range(offset, offset + 3);
      return offset + 3;
    }
    if (hasDirectives) {
      this.error = new PlainValue.YAMLSemanticError(this, 'Missing directives-end indicator line');
    } else if (this.directives.length > 0) {
      this.contents = this.directives;
      this.directives = [];
    }
    return offset;
  }
  parseContents(start) {
    const {
      parseNode,
      src
    } = this.context;
    if (!this.contents) this.contents = [];
    let lineStart = start;
    while (src[lineStart - 1] === '-') lineStart -= 1;
    let offset = PlainValue.Node.endOfWhiteSpace(src, start);
    let atLineStart = lineStart === start;
    this.valueRange = new PlainValue.Range(offset);
    while (!PlainValue.Node.atDocumentBoundary(src, offset, PlainValue.Char.DOCUMENT_END)) {
      switch (src[offset]) {
        case '\n':
          if (atLineStart) {
            const blankLine = new BlankLine();
            offset = blankLine.parse({
              src
            }, offset);
            if (offset < src.length) {
              this.contents.push(blankLine);
            }
          } else {
            offset += 1;
            atLineStart = true;
          }
          lineStart = offset;
          break;
        case '#':
          {
            const comment = new Comment();
            offset = comment.parse({
              src
            }, offset);
            this.contents.push(comment);
            atLineStart = false;
          }
          break;
        default:
          {
            const iEnd = PlainValue.Node.endOfIndent(src, offset);
            const context = {
              atLineStart,
              indent: -1,
              inFlow: false,
              inCollection: false,
              lineStart,
              parent: this
            };
            const node = parseNode(context, iEnd);
            if (!node) return this.valueRange.end = iEnd; // at next document start
            this.contents.push(node);
            offset = node.range.end;
            atLineStart = false;
            const ec = grabCollectionEndComments(node);
            if (ec) Array.prototype.push.apply(this.contents, ec);
          }
      }
      offset = Document.startCommentOrEndBlankLine(src, offset);
    }
    this.valueRange.end = offset;
    if (src[offset]) {
      this.documentEndMarker = new PlainValue.Range(offset, offset + 3);
      offset += 3;
      if (src[offset]) {
        offset = PlainValue.Node.endOfWhiteSpace(src, offset);
        if (src[offset] === '#') {
          const comment = new Comment();
          offset = comment.parse({
            src
          }, offset);
          this.contents.push(comment);
        }
        switch (src[offset]) {
          case '\n':
            offset += 1;
            break;
          case undefined:
            break;
          default:
            this.error = new PlainValue.YAMLSyntaxError(this, 'Document end marker line cannot have a non-comment suffix');
        }
      }
    }
    return offset;
  }

  /**
   * @param {ParseContext} context
   * @param {number} start - Index of first character
   * @returns {number} - Index of the character after this
   */
  parse(context, start) {
    context.root = this;
    this.context = context;
    const {
      src
    } = context;
    let offset = src.charCodeAt(start) === 0xfeff ? start + 1 : start; // skip BOM
    offset = this.parseDirectives(offset);
    offset = this.parseContents(offset);
    return offset;
  }
  setOrigRanges(cr, offset) {
    offset = super.setOrigRanges(cr, offset);
    this.directives.forEach(node => {
      offset = node.setOrigRanges(cr, offset);
    });
    if (this.directivesEndMarker) offset = this.directivesEndMarker.setOrigRange(cr, offset);
    this.contents.forEach(node => {
      offset = node.setOrigRanges(cr, offset);
    });
    if (this.documentEndMarker) offset = this.documentEndMarker.setOrigRange(cr, offset);
    return offset;
  }
  toString() {
    const {
      contents,
      directives,
      value
    } = this;
    if (value != null) return value;
    let str = directives.join('');
    if (contents.length > 0) {
      if (directives.length > 0 || contents[0].type === PlainValue.Type.COMMENT) str += '---\n';
      str += contents.join('');
    }
    if (str[str.length - 1] !== '\n') str += '\n';
    return str;
  }
}

class Alias extends PlainValue.Node {
  /**
   * Parses an *alias from the source
   *
   * @param {ParseContext} context
   * @param {number} start - Index of first character
   * @returns {number} - Index of the character after this scalar
   */
  parse(context, start) {
    this.context = context;
    const {
      src
    } = context;
    let offset = PlainValue.Node.endOfIdentifier(src, start + 1);
    this.valueRange = new PlainValue.Range(start + 1, offset);
    offset = PlainValue.Node.endOfWhiteSpace(src, offset);
    offset = this.parseComment(offset);
    return offset;
  }
}

const Chomp = {
  CLIP: 'CLIP',
  KEEP: 'KEEP',
  STRIP: 'STRIP'
};
class BlockValue extends PlainValue.Node {
  constructor(type, props) {
    super(type, props);
    this.blockIndent = null;
    this.chomping = Chomp.CLIP;
    this.header = null;
  }
  get includesTrailingLines() {
    return this.chomping === Chomp.KEEP;
  }
  get strValue() {
    if (!this.valueRange || !this.context) return null;
    let {
      start,
      end
    } = this.valueRange;
    const {
      indent,
      src
    } = this.context;
    if (this.valueRange.isEmpty()) return '';
    let lastNewLine = null;
    let ch = src[end - 1];
    while (ch === '\n' || ch === '\t' || ch === ' ') {
      end -= 1;
      if (end <= start) {
        if (this.chomping === Chomp.KEEP) break;else return ''; // probably never happens
      }
      if (ch === '\n') lastNewLine = end;
      ch = src[end - 1];
    }
    let keepStart = end + 1;
    if (lastNewLine) {
      if (this.chomping === Chomp.KEEP) {
        keepStart = lastNewLine;
        end = this.valueRange.end;
      } else {
        end = lastNewLine;
      }
    }
    const bi = indent + this.blockIndent;
    const folded = this.type === PlainValue.Type.BLOCK_FOLDED;
    let atStart = true;
    let str = '';
    let sep = '';
    let prevMoreIndented = false;
    for (let i = start; i < end; ++i) {
      for (let j = 0; j < bi; ++j) {
        if (src[i] !== ' ') break;
        i += 1;
      }
      const ch = src[i];
      if (ch === '\n') {
        if (sep === '\n') str += '\n';else sep = '\n';
      } else {
        const lineEnd = PlainValue.Node.endOfLine(src, i);
        const line = src.slice(i, lineEnd);
        i = lineEnd;
        if (folded && (ch === ' ' || ch === '\t') && i < keepStart) {
          if (sep === ' ') sep = '\n';else if (!prevMoreIndented && !atStart && sep === '\n') sep = '\n\n';
          str += sep + line; //+ ((lineEnd < end && src[lineEnd]) || '')
          sep = lineEnd < end && src[lineEnd] || '';
          prevMoreIndented = true;
        } else {
          str += sep + line;
          sep = folded && i < keepStart ? ' ' : '\n';
          prevMoreIndented = false;
        }
        if (atStart && line !== '') atStart = false;
      }
    }
    return this.chomping === Chomp.STRIP ? str : str + '\n';
  }
  parseBlockHeader(start) {
    const {
      src
    } = this.context;
    let offset = start + 1;
    let bi = '';
    while (true) {
      const ch = src[offset];
      switch (ch) {
        case '-':
          this.chomping = Chomp.STRIP;
          break;
        case '+':
          this.chomping = Chomp.KEEP;
          break;
        case '0':
        case '1':
        case '2':
        case '3':
        case '4':
        case '5':
        case '6':
        case '7':
        case '8':
        case '9':
          bi += ch;
          break;
        default:
          this.blockIndent = Number(bi) || null;
          this.header = new PlainValue.Range(start, offset);
          return offset;
      }
      offset += 1;
    }
  }
  parseBlockValue(start) {
    const {
      indent,
      src
    } = this.context;
    const explicit = !!this.blockIndent;
    let offset = start;
    let valueEnd = start;
    let minBlockIndent = 1;
    for (let ch = src[offset]; ch === '\n'; ch = src[offset]) {
      offset += 1;
      if (PlainValue.Node.atDocumentBoundary(src, offset)) break;
      const end = PlainValue.Node.endOfBlockIndent(src, indent, offset); // should not include tab?
      if (end === null) break;
      const ch = src[end];
      const lineIndent = end - (offset + indent);
      if (!this.blockIndent) {
        // no explicit block indent, none yet detected
        if (src[end] !== '\n') {
          // first line with non-whitespace content
          if (lineIndent < minBlockIndent) {
            const msg = 'Block scalars with more-indented leading empty lines must use an explicit indentation indicator';
            this.error = new PlainValue.YAMLSemanticError(this, msg);
          }
          this.blockIndent = lineIndent;
        } else if (lineIndent > minBlockIndent) {
          // empty line with more whitespace
          minBlockIndent = lineIndent;
        }
      } else if (ch && ch !== '\n' && lineIndent < this.blockIndent) {
        if (src[end] === '#') break;
        if (!this.error) {
          const src = explicit ? 'explicit indentation indicator' : 'first line';
          const msg = `Block scalars must not be less indented than their ${src}`;
          this.error = new PlainValue.YAMLSemanticError(this, msg);
        }
      }
      if (src[end] === '\n') {
        offset = end;
      } else {
        offset = valueEnd = PlainValue.Node.endOfLine(src, end);
      }
    }
    if (this.chomping !== Chomp.KEEP) {
      offset = src[valueEnd] ? valueEnd + 1 : valueEnd;
    }
    this.valueRange = new PlainValue.Range(start + 1, offset);
    return offset;
  }

  /**
   * Parses a block value from the source
   *
   * Accepted forms are:
   * ```
   * BS
   * block
   * lines
   *
   * BS #comment
   * block
   * lines
   * ```
   * where the block style BS matches the regexp `[|>][-+1-9]*` and block lines
   * are empty or have an indent level greater than `indent`.
   *
   * @param {ParseContext} context
   * @param {number} start - Index of first character
   * @returns {number} - Index of the character after this block
   */
  parse(context, start) {
    this.context = context;
    const {
      src
    } = context;
    let offset = this.parseBlockHeader(start);
    offset = PlainValue.Node.endOfWhiteSpace(src, offset);
    offset = this.parseComment(offset);
    offset = this.parseBlockValue(offset);
    return offset;
  }
  setOrigRanges(cr, offset) {
    offset = super.setOrigRanges(cr, offset);
    return this.header ? this.header.setOrigRange(cr, offset) : offset;
  }
}

class FlowCollection extends PlainValue.Node {
  constructor(type, props) {
    super(type, props);
    this.items = null;
  }
  prevNodeIsJsonLike(idx = this.items.length) {
    const node = this.items[idx - 1];
    return !!node && (node.jsonLike || node.type === PlainValue.Type.COMMENT && this.prevNodeIsJsonLike(idx - 1));
  }

  /**
   * @param {ParseContext} context
   * @param {number} start - Index of first character
   * @returns {number} - Index of the character after this
   */
  parse(context, start) {
    this.context = context;
    const {
      parseNode,
      src
    } = context;
    let {
      indent,
      lineStart
    } = context;
    let char = src[start]; // { or [
    this.items = [{
      char,
      offset: start
    }];
    let offset = PlainValue.Node.endOfWhiteSpace(src, start + 1);
    char = src[offset];
    while (char && char !== ']' && char !== '}') {
      switch (char) {
        case '\n':
          {
            lineStart = offset + 1;
            const wsEnd = PlainValue.Node.endOfWhiteSpace(src, lineStart);
            if (src[wsEnd] === '\n') {
              const blankLine = new BlankLine();
              lineStart = blankLine.parse({
                src
              }, lineStart);
              this.items.push(blankLine);
            }
            offset = PlainValue.Node.endOfIndent(src, lineStart);
            if (offset <= lineStart + indent) {
              char = src[offset];
              if (offset < lineStart + indent || char !== ']' && char !== '}') {
                const msg = 'Insufficient indentation in flow collection';
                this.error = new PlainValue.YAMLSemanticError(this, msg);
              }
            }
          }
          break;
        case ',':
          {
            this.items.push({
              char,
              offset
            });
            offset += 1;
          }
          break;
        case '#':
          {
            const comment = new Comment();
            offset = comment.parse({
              src
            }, offset);
            this.items.push(comment);
          }
          break;
        case '?':
        case ':':
          {
            const next = src[offset + 1];
            if (next === '\n' || next === '\t' || next === ' ' || next === ',' ||
            // in-flow : after JSON-like key does not need to be followed by whitespace
            char === ':' && this.prevNodeIsJsonLike()) {
              this.items.push({
                char,
                offset
              });
              offset += 1;
              break;
            }
          }
        // fallthrough
        default:
          {
            const node = parseNode({
              atLineStart: false,
              inCollection: false,
              inFlow: true,
              indent: -1,
              lineStart,
              parent: this
            }, offset);
            if (!node) {
              // at next document start
              this.valueRange = new PlainValue.Range(start, offset);
              return offset;
            }
            this.items.push(node);
            offset = PlainValue.Node.normalizeOffset(src, node.range.end);
          }
      }
      offset = PlainValue.Node.endOfWhiteSpace(src, offset);
      char = src[offset];
    }
    this.valueRange = new PlainValue.Range(start, offset + 1);
    if (char) {
      this.items.push({
        char,
        offset
      });
      offset = PlainValue.Node.endOfWhiteSpace(src, offset + 1);
      offset = this.parseComment(offset);
    }
    return offset;
  }
  setOrigRanges(cr, offset) {
    offset = super.setOrigRanges(cr, offset);
    this.items.forEach(node => {
      if (node instanceof PlainValue.Node) {
        offset = node.setOrigRanges(cr, offset);
      } else if (cr.length === 0) {
        node.origOffset = node.offset;
      } else {
        let i = offset;
        while (i < cr.length) {
          if (cr[i] > node.offset) break;else ++i;
        }
        node.origOffset = node.offset + i;
        offset = i;
      }
    });
    return offset;
  }
  toString() {
    const {
      context: {
        src
      },
      items,
      range,
      value
    } = this;
    if (value != null) return value;
    const nodes = items.filter(item => item instanceof PlainValue.Node);
    let str = '';
    let prevEnd = range.start;
    nodes.forEach(node => {
      const prefix = src.slice(prevEnd, node.range.start);
      prevEnd = node.range.end;
      str += prefix + String(node);
      if (str[str.length - 1] === '\n' && src[prevEnd - 1] !== '\n' && src[prevEnd] === '\n') {
        // Comment range does not include the terminal newline, but its
        // stringified value does. Without this fix, newlines at comment ends
        // get duplicated.
        prevEnd += 1;
      }
    });
    str += src.slice(prevEnd, range.end);
    return PlainValue.Node.addStringTerminator(src, range.end, str);
  }
}

class QuoteDouble extends PlainValue.Node {
  static endOfQuote(src, offset) {
    let ch = src[offset];
    while (ch && ch !== '"') {
      offset += ch === '\\' ? 2 : 1;
      ch = src[offset];
    }
    return offset + 1;
  }

  /**
   * @returns {string | { str: string, errors: YAMLSyntaxError[] }}
   */
  get strValue() {
    if (!this.valueRange || !this.context) return null;
    const errors = [];
    const {
      start,
      end
    } = this.valueRange;
    const {
      indent,
      src
    } = this.context;
    if (src[end - 1] !== '"') errors.push(new PlainValue.YAMLSyntaxError(this, 'Missing closing "quote'));
    // Using String#replace is too painful with escaped newlines preceded by
    // escaped backslashes; also, this should be faster.
    let str = '';
    for (let i = start + 1; i < end - 1; ++i) {
      const ch = src[i];
      if (ch === '\n') {
        if (PlainValue.Node.atDocumentBoundary(src, i + 1)) errors.push(new PlainValue.YAMLSemanticError(this, 'Document boundary indicators are not allowed within string values'));
        const {
          fold,
          offset,
          error
        } = PlainValue.Node.foldNewline(src, i, indent);
        str += fold;
        i = offset;
        if (error) errors.push(new PlainValue.YAMLSemanticError(this, 'Multi-line double-quoted string needs to be sufficiently indented'));
      } else if (ch === '\\') {
        i += 1;
        switch (src[i]) {
          case '0':
            str += '\0';
            break;
          // null character
          case 'a':
            str += '\x07';
            break;
          // bell character
          case 'b':
            str += '\b';
            break;
          // backspace
          case 'e':
            str += '\x1b';
            break;
          // escape character
          case 'f':
            str += '\f';
            break;
          // form feed
          case 'n':
            str += '\n';
            break;
          // line feed
          case 'r':
            str += '\r';
            break;
          // carriage return
          case 't':
            str += '\t';
            break;
          // horizontal tab
          case 'v':
            str += '\v';
            break;
          // vertical tab
          case 'N':
            str += '\u0085';
            break;
          // Unicode next line
          case '_':
            str += '\u00a0';
            break;
          // Unicode non-breaking space
          case 'L':
            str += '\u2028';
            break;
          // Unicode line separator
          case 'P':
            str += '\u2029';
            break;
          // Unicode paragraph separator
          case ' ':
            str += ' ';
            break;
          case '"':
            str += '"';
            break;
          case '/':
            str += '/';
            break;
          case '\\':
            str += '\\';
            break;
          case '\t':
            str += '\t';
            break;
          case 'x':
            str += this.parseCharCode(i + 1, 2, errors);
            i += 2;
            break;
          case 'u':
            str += this.parseCharCode(i + 1, 4, errors);
            i += 4;
            break;
          case 'U':
            str += this.parseCharCode(i + 1, 8, errors);
            i += 8;
            break;
          case '\n':
            // skip escaped newlines, but still trim the following line
            while (src[i + 1] === ' ' || src[i + 1] === '\t') i += 1;
            break;
          default:
            errors.push(new PlainValue.YAMLSyntaxError(this, `Invalid escape sequence ${src.substr(i - 1, 2)}`));
            str += '\\' + src[i];
        }
      } else if (ch === ' ' || ch === '\t') {
        // trim trailing whitespace
        const wsStart = i;
        let next = src[i + 1];
        while (next === ' ' || next === '\t') {
          i += 1;
          next = src[i + 1];
        }
        if (next !== '\n') str += i > wsStart ? src.slice(wsStart, i + 1) : ch;
      } else {
        str += ch;
      }
    }
    return errors.length > 0 ? {
      errors,
      str
    } : str;
  }
  parseCharCode(offset, length, errors) {
    const {
      src
    } = this.context;
    const cc = src.substr(offset, length);
    const ok = cc.length === length && /^[0-9a-fA-F]+$/.test(cc);
    const code = ok ? parseInt(cc, 16) : NaN;
    if (isNaN(code)) {
      errors.push(new PlainValue.YAMLSyntaxError(this, `Invalid escape sequence ${src.substr(offset - 2, length + 2)}`));
      return src.substr(offset - 2, length + 2);
    }
    return String.fromCodePoint(code);
  }

  /**
   * Parses a "double quoted" value from the source
   *
   * @param {ParseContext} context
   * @param {number} start - Index of first character
   * @returns {number} - Index of the character after this scalar
   */
  parse(context, start) {
    this.context = context;
    const {
      src
    } = context;
    let offset = QuoteDouble.endOfQuote(src, start + 1);
    this.valueRange = new PlainValue.Range(start, offset);
    offset = PlainValue.Node.endOfWhiteSpace(src, offset);
    offset = this.parseComment(offset);
    return offset;
  }
}

class QuoteSingle extends PlainValue.Node {
  static endOfQuote(src, offset) {
    let ch = src[offset];
    while (ch) {
      if (ch === "'") {
        if (src[offset + 1] !== "'") break;
        ch = src[offset += 2];
      } else {
        ch = src[offset += 1];
      }
    }
    return offset + 1;
  }

  /**
   * @returns {string | { str: string, errors: YAMLSyntaxError[] }}
   */
  get strValue() {
    if (!this.valueRange || !this.context) return null;
    const errors = [];
    const {
      start,
      end
    } = this.valueRange;
    const {
      indent,
      src
    } = this.context;
    if (src[end - 1] !== "'") errors.push(new PlainValue.YAMLSyntaxError(this, "Missing closing 'quote"));
    let str = '';
    for (let i = start + 1; i < end - 1; ++i) {
      const ch = src[i];
      if (ch === '\n') {
        if (PlainValue.Node.atDocumentBoundary(src, i + 1)) errors.push(new PlainValue.YAMLSemanticError(this, 'Document boundary indicators are not allowed within string values'));
        const {
          fold,
          offset,
          error
        } = PlainValue.Node.foldNewline(src, i, indent);
        str += fold;
        i = offset;
        if (error) errors.push(new PlainValue.YAMLSemanticError(this, 'Multi-line single-quoted string needs to be sufficiently indented'));
      } else if (ch === "'") {
        str += ch;
        i += 1;
        if (src[i] !== "'") errors.push(new PlainValue.YAMLSyntaxError(this, 'Unescaped single quote? This should not happen.'));
      } else if (ch === ' ' || ch === '\t') {
        // trim trailing whitespace
        const wsStart = i;
        let next = src[i + 1];
        while (next === ' ' || next === '\t') {
          i += 1;
          next = src[i + 1];
        }
        if (next !== '\n') str += i > wsStart ? src.slice(wsStart, i + 1) : ch;
      } else {
        str += ch;
      }
    }
    return errors.length > 0 ? {
      errors,
      str
    } : str;
  }

  /**
   * Parses a 'single quoted' value from the source
   *
   * @param {ParseContext} context
   * @param {number} start - Index of first character
   * @returns {number} - Index of the character after this scalar
   */
  parse(context, start) {
    this.context = context;
    const {
      src
    } = context;
    let offset = QuoteSingle.endOfQuote(src, start + 1);
    this.valueRange = new PlainValue.Range(start, offset);
    offset = PlainValue.Node.endOfWhiteSpace(src, offset);
    offset = this.parseComment(offset);
    return offset;
  }
}

function createNewNode(type, props) {
  switch (type) {
    case PlainValue.Type.ALIAS:
      return new Alias(type, props);
    case PlainValue.Type.BLOCK_FOLDED:
    case PlainValue.Type.BLOCK_LITERAL:
      return new BlockValue(type, props);
    case PlainValue.Type.FLOW_MAP:
    case PlainValue.Type.FLOW_SEQ:
      return new FlowCollection(type, props);
    case PlainValue.Type.MAP_KEY:
    case PlainValue.Type.MAP_VALUE:
    case PlainValue.Type.SEQ_ITEM:
      return new CollectionItem(type, props);
    case PlainValue.Type.COMMENT:
    case PlainValue.Type.PLAIN:
      return new PlainValue.PlainValue(type, props);
    case PlainValue.Type.QUOTE_DOUBLE:
      return new QuoteDouble(type, props);
    case PlainValue.Type.QUOTE_SINGLE:
      return new QuoteSingle(type, props);
    /* istanbul ignore next */
    default:
      return null;
    // should never happen
  }
}

/**
 * @param {boolean} atLineStart - Node starts at beginning of line
 * @param {boolean} inFlow - true if currently in a flow context
 * @param {boolean} inCollection - true if currently in a collection context
 * @param {number} indent - Current level of indentation
 * @param {number} lineStart - Start of the current line
 * @param {Node} parent - The parent of the node
 * @param {string} src - Source of the YAML document
 */
class ParseContext {
  static parseType(src, offset, inFlow) {
    switch (src[offset]) {
      case '*':
        return PlainValue.Type.ALIAS;
      case '>':
        return PlainValue.Type.BLOCK_FOLDED;
      case '|':
        return PlainValue.Type.BLOCK_LITERAL;
      case '{':
        return PlainValue.Type.FLOW_MAP;
      case '[':
        return PlainValue.Type.FLOW_SEQ;
      case '?':
        return !inFlow && PlainValue.Node.atBlank(src, offset + 1, true) ? PlainValue.Type.MAP_KEY : PlainValue.Type.PLAIN;
      case ':':
        return !inFlow && PlainValue.Node.atBlank(src, offset + 1, true) ? PlainValue.Type.MAP_VALUE : PlainValue.Type.PLAIN;
      case '-':
        return !inFlow && PlainValue.Node.atBlank(src, offset + 1, true) ? PlainValue.Type.SEQ_ITEM : PlainValue.Type.PLAIN;
      case '"':
        return PlainValue.Type.QUOTE_DOUBLE;
      case "'":
        return PlainValue.Type.QUOTE_SINGLE;
      default:
        return PlainValue.Type.PLAIN;
    }
  }
  constructor(orig = {}, {
    atLineStart,
    inCollection,
    inFlow,
    indent,
    lineStart,
    parent
  } = {}) {
    /**
     * Parses a node from the source
     * @param {ParseContext} overlay
     * @param {number} start - Index of first non-whitespace character for the node
     * @returns {?Node} - null if at a document boundary
     */
    PlainValue._defineProperty(this, "parseNode", (overlay, start) => {
      if (PlainValue.Node.atDocumentBoundary(this.src, start)) return null;
      const context = new ParseContext(this, overlay);
      const {
        props,
        type,
        valueStart
      } = context.parseProps(start);
      const node = createNewNode(type, props);
      let offset = start;
      try {
        offset = node.parse(context, valueStart);
      } catch (error) {
        const msg = error instanceof Error ? error.message : String(error);
        if (!node.error) node.error = new PlainValue.YAMLSyntaxError(node, msg);
      }
      node.range = new PlainValue.Range(start, offset);
      /* istanbul ignore if */
      if (offset <= start) {
        // This should never happen, but if it does, let's make sure to at least
        // step one character forward to avoid a busy loop.
        if (!node.error) node.error = new Error(`Node#parse consumed no characters`);
        node.error.parseEnd = offset;
        node.error.source = node;
        node.range.end = start + 1;
      }
      if (context.nodeStartsCollection(node)) {
        if (!node.error && !context.atLineStart && context.parent.type === PlainValue.Type.DOCUMENT) {
          node.error = new PlainValue.YAMLSyntaxError(node, 'Block collection must not have preceding content here (e.g. directives-end indicator)');
        }
        const collection = new Collection(node);
        offset = collection.parse(new ParseContext(context), offset);
        collection.range = new PlainValue.Range(start, offset);
        return collection;
      }
      return node;
    });
    this.atLineStart = atLineStart != null ? atLineStart : orig.atLineStart || false;
    this.inCollection = inCollection != null ? inCollection : orig.inCollection || false;
    this.inFlow = inFlow != null ? inFlow : orig.inFlow || false;
    this.indent = indent != null ? indent : orig.indent;
    this.lineStart = lineStart != null ? lineStart : orig.lineStart;
    this.parent = parent != null ? parent : orig.parent || {};
    this.root = orig.root;
    this.src = orig.src;
  }
  nodeStartsCollection(node) {
    const {
      inCollection,
      inFlow,
      src
    } = this;
    if (inCollection || inFlow) return false;
    if (node instanceof CollectionItem) return true;
    // check for implicit key
    let offset = node.range.end;
    if (src[offset] === '\n' || src[offset - 1] === '\n') return false;
    offset = PlainValue.Node.endOfWhiteSpace(src, offset);
    return src[offset] === ':';
  }

  // Anchor and tag are before type, which determines the node implementation
  // class; hence this intermediate step.
  parseProps(offset) {
    const {
      inFlow,
      parent,
      src
    } = this;
    const props = [];
    let lineHasProps = false;
    offset = this.atLineStart ? PlainValue.Node.endOfIndent(src, offset) : PlainValue.Node.endOfWhiteSpace(src, offset);
    let ch = src[offset];
    while (ch === PlainValue.Char.ANCHOR || ch === PlainValue.Char.COMMENT || ch === PlainValue.Char.TAG || ch === '\n') {
      if (ch === '\n') {
        let inEnd = offset;
        let lineStart;
        do {
          lineStart = inEnd + 1;
          inEnd = PlainValue.Node.endOfIndent(src, lineStart);
        } while (src[inEnd] === '\n');
        const indentDiff = inEnd - (lineStart + this.indent);
        const noIndicatorAsIndent = parent.type === PlainValue.Type.SEQ_ITEM && parent.context.atLineStart;
        if (src[inEnd] !== '#' && !PlainValue.Node.nextNodeIsIndented(src[inEnd], indentDiff, !noIndicatorAsIndent)) break;
        this.atLineStart = true;
        this.lineStart = lineStart;
        lineHasProps = false;
        offset = inEnd;
      } else if (ch === PlainValue.Char.COMMENT) {
        const end = PlainValue.Node.endOfLine(src, offset + 1);
        props.push(new PlainValue.Range(offset, end));
        offset = end;
      } else {
        let end = PlainValue.Node.endOfIdentifier(src, offset + 1);
        if (ch === PlainValue.Char.TAG && src[end] === ',' && /^[a-zA-Z0-9-]+\.[a-zA-Z0-9-]+,\d\d\d\d(-\d\d){0,2}\/\S/.test(src.slice(offset + 1, end + 13))) {
          // Let's presume we're dealing with a YAML 1.0 domain tag here, rather
          // than an empty but 'foo.bar' private-tagged node in a flow collection
          // followed without whitespace by a plain string starting with a year
          // or date divided by something.
          end = PlainValue.Node.endOfIdentifier(src, end + 5);
        }
        props.push(new PlainValue.Range(offset, end));
        lineHasProps = true;
        offset = PlainValue.Node.endOfWhiteSpace(src, end);
      }
      ch = src[offset];
    }
    // '- &a : b' has an anchor on an empty node
    if (lineHasProps && ch === ':' && PlainValue.Node.atBlank(src, offset + 1, true)) offset -= 1;
    const type = ParseContext.parseType(src, offset, inFlow);
    return {
      props,
      type,
      valueStart: offset
    };
  }
}

// Published as 'yaml/parse-cst'
function parse(src) {
  const cr = [];
  if (src.indexOf('\r') !== -1) {
    src = src.replace(/\r\n?/g, (match, offset) => {
      if (match.length > 1) cr.push(offset);
      return '\n';
    });
  }
  const documents = [];
  let offset = 0;
  do {
    const doc = new Document();
    const context = new ParseContext({
      src
    });
    offset = doc.parse(context, offset);
    documents.push(doc);
  } while (offset < src.length);
  documents.setOrigRanges = () => {
    if (cr.length === 0) return false;
    for (let i = 1; i < cr.length; ++i) cr[i] -= i;
    let crOffset = 0;
    for (let i = 0; i < documents.length; ++i) {
      crOffset = documents[i].setOrigRanges(cr, crOffset);
    }
    cr.splice(0, cr.length);
    return true;
  };
  documents.toString = () => documents.join('...\n');
  return documents;
}

exports.parse = parse;


/***/ }),

/***/ 1724:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var PlainValue = __nccwpck_require__(5418);

function addCommentBefore(str, indent, comment) {
  if (!comment) return str;
  const cc = comment.replace(/[\s\S]^/gm, `$&${indent}#`);
  return `#${cc}\n${indent}${str}`;
}
function addComment(str, indent, comment) {
  return !comment ? str : comment.indexOf('\n') === -1 ? `${str} #${comment}` : `${str}\n` + comment.replace(/^/gm, `${indent || ''}#`);
}

class Node {}

function toJSON(value, arg, ctx) {
  if (Array.isArray(value)) return value.map((v, i) => toJSON(v, String(i), ctx));
  if (value && typeof value.toJSON === 'function') {
    const anchor = ctx && ctx.anchors && ctx.anchors.get(value);
    if (anchor) ctx.onCreate = res => {
      anchor.res = res;
      delete ctx.onCreate;
    };
    const res = value.toJSON(arg, ctx);
    if (anchor && ctx.onCreate) ctx.onCreate(res);
    return res;
  }
  if ((!ctx || !ctx.keep) && typeof value === 'bigint') return Number(value);
  return value;
}

class Scalar extends Node {
  constructor(value) {
    super();
    this.value = value;
  }
  toJSON(arg, ctx) {
    return ctx && ctx.keep ? this.value : toJSON(this.value, arg, ctx);
  }
  toString() {
    return String(this.value);
  }
}

function collectionFromPath(schema, path, value) {
  let v = value;
  for (let i = path.length - 1; i >= 0; --i) {
    const k = path[i];
    if (Number.isInteger(k) && k >= 0) {
      const a = [];
      a[k] = v;
      v = a;
    } else {
      const o = {};
      Object.defineProperty(o, k, {
        value: v,
        writable: true,
        enumerable: true,
        configurable: true
      });
      v = o;
    }
  }
  return schema.createNode(v, false);
}

// null, undefined, or an empty non-string iterable (e.g. [])
const isEmptyPath = path => path == null || typeof path === 'object' && path[Symbol.iterator]().next().done;
class Collection extends Node {
  constructor(schema) {
    super();
    PlainValue._defineProperty(this, "items", []);
    this.schema = schema;
  }
  addIn(path, value) {
    if (isEmptyPath(path)) this.add(value);else {
      const [key, ...rest] = path;
      const node = this.get(key, true);
      if (node instanceof Collection) node.addIn(rest, value);else if (node === undefined && this.schema) this.set(key, collectionFromPath(this.schema, rest, value));else throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
    }
  }
  deleteIn([key, ...rest]) {
    if (rest.length === 0) return this.delete(key);
    const node = this.get(key, true);
    if (node instanceof Collection) return node.deleteIn(rest);else throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
  }
  getIn([key, ...rest], keepScalar) {
    const node = this.get(key, true);
    if (rest.length === 0) return !keepScalar && node instanceof Scalar ? node.value : node;else return node instanceof Collection ? node.getIn(rest, keepScalar) : undefined;
  }
  hasAllNullValues() {
    return this.items.every(node => {
      if (!node || node.type !== 'PAIR') return false;
      const n = node.value;
      return n == null || n instanceof Scalar && n.value == null && !n.commentBefore && !n.comment && !n.tag;
    });
  }
  hasIn([key, ...rest]) {
    if (rest.length === 0) return this.has(key);
    const node = this.get(key, true);
    return node instanceof Collection ? node.hasIn(rest) : false;
  }
  setIn([key, ...rest], value) {
    if (rest.length === 0) {
      this.set(key, value);
    } else {
      const node = this.get(key, true);
      if (node instanceof Collection) node.setIn(rest, value);else if (node === undefined && this.schema) this.set(key, collectionFromPath(this.schema, rest, value));else throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
    }
  }

  // overridden in implementations
  /* istanbul ignore next */
  toJSON() {
    return null;
  }
  toString(ctx, {
    blockItem,
    flowChars,
    isMap,
    itemIndent
  }, onComment, onChompKeep) {
    const {
      indent,
      indentStep,
      stringify
    } = ctx;
    const inFlow = this.type === PlainValue.Type.FLOW_MAP || this.type === PlainValue.Type.FLOW_SEQ || ctx.inFlow;
    if (inFlow) itemIndent += indentStep;
    const allNullValues = isMap && this.hasAllNullValues();
    ctx = Object.assign({}, ctx, {
      allNullValues,
      indent: itemIndent,
      inFlow,
      type: null
    });
    let chompKeep = false;
    let hasItemWithNewLine = false;
    const nodes = this.items.reduce((nodes, item, i) => {
      let comment;
      if (item) {
        if (!chompKeep && item.spaceBefore) nodes.push({
          type: 'comment',
          str: ''
        });
        if (item.commentBefore) item.commentBefore.match(/^.*$/gm).forEach(line => {
          nodes.push({
            type: 'comment',
            str: `#${line}`
          });
        });
        if (item.comment) comment = item.comment;
        if (inFlow && (!chompKeep && item.spaceBefore || item.commentBefore || item.comment || item.key && (item.key.commentBefore || item.key.comment) || item.value && (item.value.commentBefore || item.value.comment))) hasItemWithNewLine = true;
      }
      chompKeep = false;
      let str = stringify(item, ctx, () => comment = null, () => chompKeep = true);
      if (inFlow && !hasItemWithNewLine && str.includes('\n')) hasItemWithNewLine = true;
      if (inFlow && i < this.items.length - 1) str += ',';
      str = addComment(str, itemIndent, comment);
      if (chompKeep && (comment || inFlow)) chompKeep = false;
      nodes.push({
        type: 'item',
        str
      });
      return nodes;
    }, []);
    let str;
    if (nodes.length === 0) {
      str = flowChars.start + flowChars.end;
    } else if (inFlow) {
      const {
        start,
        end
      } = flowChars;
      const strings = nodes.map(n => n.str);
      if (hasItemWithNewLine || strings.reduce((sum, str) => sum + str.length + 2, 2) > Collection.maxFlowStringSingleLineLength) {
        str = start;
        for (const s of strings) {
          str += s ? `\n${indentStep}${indent}${s}` : '\n';
        }
        str += `\n${indent}${end}`;
      } else {
        str = `${start} ${strings.join(' ')} ${end}`;
      }
    } else {
      const strings = nodes.map(blockItem);
      str = strings.shift();
      for (const s of strings) str += s ? `\n${indent}${s}` : '\n';
    }
    if (this.comment) {
      str += '\n' + this.comment.replace(/^/gm, `${indent}#`);
      if (onComment) onComment();
    } else if (chompKeep && onChompKeep) onChompKeep();
    return str;
  }
}
PlainValue._defineProperty(Collection, "maxFlowStringSingleLineLength", 60);

function asItemIndex(key) {
  let idx = key instanceof Scalar ? key.value : key;
  if (idx && typeof idx === 'string') idx = Number(idx);
  return Number.isInteger(idx) && idx >= 0 ? idx : null;
}
class YAMLSeq extends Collection {
  add(value) {
    this.items.push(value);
  }
  delete(key) {
    const idx = asItemIndex(key);
    if (typeof idx !== 'number') return false;
    const del = this.items.splice(idx, 1);
    return del.length > 0;
  }
  get(key, keepScalar) {
    const idx = asItemIndex(key);
    if (typeof idx !== 'number') return undefined;
    const it = this.items[idx];
    return !keepScalar && it instanceof Scalar ? it.value : it;
  }
  has(key) {
    const idx = asItemIndex(key);
    return typeof idx === 'number' && idx < this.items.length;
  }
  set(key, value) {
    const idx = asItemIndex(key);
    if (typeof idx !== 'number') throw new Error(`Expected a valid index, not ${key}.`);
    this.items[idx] = value;
  }
  toJSON(_, ctx) {
    const seq = [];
    if (ctx && ctx.onCreate) ctx.onCreate(seq);
    let i = 0;
    for (const item of this.items) seq.push(toJSON(item, String(i++), ctx));
    return seq;
  }
  toString(ctx, onComment, onChompKeep) {
    if (!ctx) return JSON.stringify(this);
    return super.toString(ctx, {
      blockItem: n => n.type === 'comment' ? n.str : `- ${n.str}`,
      flowChars: {
        start: '[',
        end: ']'
      },
      isMap: false,
      itemIndent: (ctx.indent || '') + '  '
    }, onComment, onChompKeep);
  }
}

const stringifyKey = (key, jsKey, ctx) => {
  if (jsKey === null) return '';
  if (typeof jsKey !== 'object') return String(jsKey);
  if (key instanceof Node && ctx && ctx.doc) return key.toString({
    anchors: Object.create(null),
    doc: ctx.doc,
    indent: '',
    indentStep: ctx.indentStep,
    inFlow: true,
    inStringifyKey: true,
    stringify: ctx.stringify
  });
  return JSON.stringify(jsKey);
};
class Pair extends Node {
  constructor(key, value = null) {
    super();
    this.key = key;
    this.value = value;
    this.type = Pair.Type.PAIR;
  }
  get commentBefore() {
    return this.key instanceof Node ? this.key.commentBefore : undefined;
  }
  set commentBefore(cb) {
    if (this.key == null) this.key = new Scalar(null);
    if (this.key instanceof Node) this.key.commentBefore = cb;else {
      const msg = 'Pair.commentBefore is an alias for Pair.key.commentBefore. To set it, the key must be a Node.';
      throw new Error(msg);
    }
  }
  addToJSMap(ctx, map) {
    const key = toJSON(this.key, '', ctx);
    if (map instanceof Map) {
      const value = toJSON(this.value, key, ctx);
      map.set(key, value);
    } else if (map instanceof Set) {
      map.add(key);
    } else {
      const stringKey = stringifyKey(this.key, key, ctx);
      const value = toJSON(this.value, stringKey, ctx);
      if (stringKey in map) Object.defineProperty(map, stringKey, {
        value,
        writable: true,
        enumerable: true,
        configurable: true
      });else map[stringKey] = value;
    }
    return map;
  }
  toJSON(_, ctx) {
    const pair = ctx && ctx.mapAsMap ? new Map() : {};
    return this.addToJSMap(ctx, pair);
  }
  toString(ctx, onComment, onChompKeep) {
    if (!ctx || !ctx.doc) return JSON.stringify(this);
    const {
      indent: indentSize,
      indentSeq,
      simpleKeys
    } = ctx.doc.options;
    let {
      key,
      value
    } = this;
    let keyComment = key instanceof Node && key.comment;
    if (simpleKeys) {
      if (keyComment) {
        throw new Error('With simple keys, key nodes cannot have comments');
      }
      if (key instanceof Collection) {
        const msg = 'With simple keys, collection cannot be used as a key value';
        throw new Error(msg);
      }
    }
    let explicitKey = !simpleKeys && (!key || keyComment || (key instanceof Node ? key instanceof Collection || key.type === PlainValue.Type.BLOCK_FOLDED || key.type === PlainValue.Type.BLOCK_LITERAL : typeof key === 'object'));
    const {
      doc,
      indent,
      indentStep,
      stringify
    } = ctx;
    ctx = Object.assign({}, ctx, {
      implicitKey: !explicitKey,
      indent: indent + indentStep
    });
    let chompKeep = false;
    let str = stringify(key, ctx, () => keyComment = null, () => chompKeep = true);
    str = addComment(str, ctx.indent, keyComment);
    if (!explicitKey && str.length > 1024) {
      if (simpleKeys) throw new Error('With simple keys, single line scalar must not span more than 1024 characters');
      explicitKey = true;
    }
    if (ctx.allNullValues && !simpleKeys) {
      if (this.comment) {
        str = addComment(str, ctx.indent, this.comment);
        if (onComment) onComment();
      } else if (chompKeep && !keyComment && onChompKeep) onChompKeep();
      return ctx.inFlow && !explicitKey ? str : `? ${str}`;
    }
    str = explicitKey ? `? ${str}\n${indent}:` : `${str}:`;
    if (this.comment) {
      // expected (but not strictly required) to be a single-line comment
      str = addComment(str, ctx.indent, this.comment);
      if (onComment) onComment();
    }
    let vcb = '';
    let valueComment = null;
    if (value instanceof Node) {
      if (value.spaceBefore) vcb = '\n';
      if (value.commentBefore) {
        const cs = value.commentBefore.replace(/^/gm, `${ctx.indent}#`);
        vcb += `\n${cs}`;
      }
      valueComment = value.comment;
    } else if (value && typeof value === 'object') {
      value = doc.schema.createNode(value, true);
    }
    ctx.implicitKey = false;
    if (!explicitKey && !this.comment && value instanceof Scalar) ctx.indentAtStart = str.length + 1;
    chompKeep = false;
    if (!indentSeq && indentSize >= 2 && !ctx.inFlow && !explicitKey && value instanceof YAMLSeq && value.type !== PlainValue.Type.FLOW_SEQ && !value.tag && !doc.anchors.getName(value)) {
      // If indentSeq === false, consider '- ' as part of indentation where possible
      ctx.indent = ctx.indent.substr(2);
    }
    const valueStr = stringify(value, ctx, () => valueComment = null, () => chompKeep = true);
    let ws = ' ';
    if (vcb || this.comment) {
      ws = `${vcb}\n${ctx.indent}`;
    } else if (!explicitKey && value instanceof Collection) {
      const flow = valueStr[0] === '[' || valueStr[0] === '{';
      if (!flow || valueStr.includes('\n')) ws = `\n${ctx.indent}`;
    } else if (valueStr[0] === '\n') ws = '';
    if (chompKeep && !valueComment && onChompKeep) onChompKeep();
    return addComment(str + ws + valueStr, ctx.indent, valueComment);
  }
}
PlainValue._defineProperty(Pair, "Type", {
  PAIR: 'PAIR',
  MERGE_PAIR: 'MERGE_PAIR'
});

const getAliasCount = (node, anchors) => {
  if (node instanceof Alias) {
    const anchor = anchors.get(node.source);
    return anchor.count * anchor.aliasCount;
  } else if (node instanceof Collection) {
    let count = 0;
    for (const item of node.items) {
      const c = getAliasCount(item, anchors);
      if (c > count) count = c;
    }
    return count;
  } else if (node instanceof Pair) {
    const kc = getAliasCount(node.key, anchors);
    const vc = getAliasCount(node.value, anchors);
    return Math.max(kc, vc);
  }
  return 1;
};
class Alias extends Node {
  static stringify({
    range,
    source
  }, {
    anchors,
    doc,
    implicitKey,
    inStringifyKey
  }) {
    let anchor = Object.keys(anchors).find(a => anchors[a] === source);
    if (!anchor && inStringifyKey) anchor = doc.anchors.getName(source) || doc.anchors.newName();
    if (anchor) return `*${anchor}${implicitKey ? ' ' : ''}`;
    const msg = doc.anchors.getName(source) ? 'Alias node must be after source node' : 'Source node not found for alias node';
    throw new Error(`${msg} [${range}]`);
  }
  constructor(source) {
    super();
    this.source = source;
    this.type = PlainValue.Type.ALIAS;
  }
  set tag(t) {
    throw new Error('Alias nodes cannot have tags');
  }
  toJSON(arg, ctx) {
    if (!ctx) return toJSON(this.source, arg, ctx);
    const {
      anchors,
      maxAliasCount
    } = ctx;
    const anchor = anchors.get(this.source);
    /* istanbul ignore if */
    if (!anchor || anchor.res === undefined) {
      const msg = 'This should not happen: Alias anchor was not resolved?';
      if (this.cstNode) throw new PlainValue.YAMLReferenceError(this.cstNode, msg);else throw new ReferenceError(msg);
    }
    if (maxAliasCount >= 0) {
      anchor.count += 1;
      if (anchor.aliasCount === 0) anchor.aliasCount = getAliasCount(this.source, anchors);
      if (anchor.count * anchor.aliasCount > maxAliasCount) {
        const msg = 'Excessive alias count indicates a resource exhaustion attack';
        if (this.cstNode) throw new PlainValue.YAMLReferenceError(this.cstNode, msg);else throw new ReferenceError(msg);
      }
    }
    return anchor.res;
  }

  // Only called when stringifying an alias mapping key while constructing
  // Object output.
  toString(ctx) {
    return Alias.stringify(this, ctx);
  }
}
PlainValue._defineProperty(Alias, "default", true);

function findPair(items, key) {
  const k = key instanceof Scalar ? key.value : key;
  for (const it of items) {
    if (it instanceof Pair) {
      if (it.key === key || it.key === k) return it;
      if (it.key && it.key.value === k) return it;
    }
  }
  return undefined;
}
class YAMLMap extends Collection {
  add(pair, overwrite) {
    if (!pair) pair = new Pair(pair);else if (!(pair instanceof Pair)) pair = new Pair(pair.key || pair, pair.value);
    const prev = findPair(this.items, pair.key);
    const sortEntries = this.schema && this.schema.sortMapEntries;
    if (prev) {
      if (overwrite) prev.value = pair.value;else throw new Error(`Key ${pair.key} already set`);
    } else if (sortEntries) {
      const i = this.items.findIndex(item => sortEntries(pair, item) < 0);
      if (i === -1) this.items.push(pair);else this.items.splice(i, 0, pair);
    } else {
      this.items.push(pair);
    }
  }
  delete(key) {
    const it = findPair(this.items, key);
    if (!it) return false;
    const del = this.items.splice(this.items.indexOf(it), 1);
    return del.length > 0;
  }
  get(key, keepScalar) {
    const it = findPair(this.items, key);
    const node = it && it.value;
    return !keepScalar && node instanceof Scalar ? node.value : node;
  }
  has(key) {
    return !!findPair(this.items, key);
  }
  set(key, value) {
    this.add(new Pair(key, value), true);
  }

  /**
   * @param {*} arg ignored
   * @param {*} ctx Conversion context, originally set in Document#toJSON()
   * @param {Class} Type If set, forces the returned collection type
   * @returns {*} Instance of Type, Map, or Object
   */
  toJSON(_, ctx, Type) {
    const map = Type ? new Type() : ctx && ctx.mapAsMap ? new Map() : {};
    if (ctx && ctx.onCreate) ctx.onCreate(map);
    for (const item of this.items) item.addToJSMap(ctx, map);
    return map;
  }
  toString(ctx, onComment, onChompKeep) {
    if (!ctx) return JSON.stringify(this);
    for (const item of this.items) {
      if (!(item instanceof Pair)) throw new Error(`Map items must all be pairs; found ${JSON.stringify(item)} instead`);
    }
    return super.toString(ctx, {
      blockItem: n => n.str,
      flowChars: {
        start: '{',
        end: '}'
      },
      isMap: true,
      itemIndent: ctx.indent || ''
    }, onComment, onChompKeep);
  }
}

const MERGE_KEY = '<<';
class Merge extends Pair {
  constructor(pair) {
    if (pair instanceof Pair) {
      let seq = pair.value;
      if (!(seq instanceof YAMLSeq)) {
        seq = new YAMLSeq();
        seq.items.push(pair.value);
        seq.range = pair.value.range;
      }
      super(pair.key, seq);
      this.range = pair.range;
    } else {
      super(new Scalar(MERGE_KEY), new YAMLSeq());
    }
    this.type = Pair.Type.MERGE_PAIR;
  }

  // If the value associated with a merge key is a single mapping node, each of
  // its key/value pairs is inserted into the current mapping, unless the key
  // already exists in it. If the value associated with the merge key is a
  // sequence, then this sequence is expected to contain mapping nodes and each
  // of these nodes is merged in turn according to its order in the sequence.
  // Keys in mapping nodes earlier in the sequence override keys specified in
  // later mapping nodes. -- http://yaml.org/type/merge.html
  addToJSMap(ctx, map) {
    for (const {
      source
    } of this.value.items) {
      if (!(source instanceof YAMLMap)) throw new Error('Merge sources must be maps');
      const srcMap = source.toJSON(null, ctx, Map);
      for (const [key, value] of srcMap) {
        if (map instanceof Map) {
          if (!map.has(key)) map.set(key, value);
        } else if (map instanceof Set) {
          map.add(key);
        } else if (!Object.prototype.hasOwnProperty.call(map, key)) {
          Object.defineProperty(map, key, {
            value,
            writable: true,
            enumerable: true,
            configurable: true
          });
        }
      }
    }
    return map;
  }
  toString(ctx, onComment) {
    const seq = this.value;
    if (seq.items.length > 1) return super.toString(ctx, onComment);
    this.value = seq.items[0];
    const str = super.toString(ctx, onComment);
    this.value = seq;
    return str;
  }
}

const binaryOptions = {
  defaultType: PlainValue.Type.BLOCK_LITERAL,
  lineWidth: 76
};
const boolOptions = {
  trueStr: 'true',
  falseStr: 'false'
};
const intOptions = {
  asBigInt: false
};
const nullOptions = {
  nullStr: 'null'
};
const strOptions = {
  defaultType: PlainValue.Type.PLAIN,
  doubleQuoted: {
    jsonEncoding: false,
    minMultiLineLength: 40
  },
  fold: {
    lineWidth: 80,
    minContentWidth: 20
  }
};

// falls back to string on no match
function resolveScalar(str, tags, scalarFallback) {
  for (const {
    format,
    test,
    resolve
  } of tags) {
    if (test) {
      const match = str.match(test);
      if (match) {
        let res = resolve.apply(null, match);
        if (!(res instanceof Scalar)) res = new Scalar(res);
        if (format) res.format = format;
        return res;
      }
    }
  }
  if (scalarFallback) str = scalarFallback(str);
  return new Scalar(str);
}

const FOLD_FLOW = 'flow';
const FOLD_BLOCK = 'block';
const FOLD_QUOTED = 'quoted';

// presumes i+1 is at the start of a line
// returns index of last newline in more-indented block
const consumeMoreIndentedLines = (text, i) => {
  let ch = text[i + 1];
  while (ch === ' ' || ch === '\t') {
    do {
      ch = text[i += 1];
    } while (ch && ch !== '\n');
    ch = text[i + 1];
  }
  return i;
};

/**
 * Tries to keep input at up to `lineWidth` characters, splitting only on spaces
 * not followed by newlines or spaces unless `mode` is `'quoted'`. Lines are
 * terminated with `\n` and started with `indent`.
 *
 * @param {string} text
 * @param {string} indent
 * @param {string} [mode='flow'] `'block'` prevents more-indented lines
 *   from being folded; `'quoted'` allows for `\` escapes, including escaped
 *   newlines
 * @param {Object} options
 * @param {number} [options.indentAtStart] Accounts for leading contents on
 *   the first line, defaulting to `indent.length`
 * @param {number} [options.lineWidth=80]
 * @param {number} [options.minContentWidth=20] Allow highly indented lines to
 *   stretch the line width or indent content from the start
 * @param {function} options.onFold Called once if the text is folded
 * @param {function} options.onFold Called once if any line of text exceeds
 *   lineWidth characters
 */
function foldFlowLines(text, indent, mode, {
  indentAtStart,
  lineWidth = 80,
  minContentWidth = 20,
  onFold,
  onOverflow
}) {
  if (!lineWidth || lineWidth < 0) return text;
  const endStep = Math.max(1 + minContentWidth, 1 + lineWidth - indent.length);
  if (text.length <= endStep) return text;
  const folds = [];
  const escapedFolds = {};
  let end = lineWidth - indent.length;
  if (typeof indentAtStart === 'number') {
    if (indentAtStart > lineWidth - Math.max(2, minContentWidth)) folds.push(0);else end = lineWidth - indentAtStart;
  }
  let split = undefined;
  let prev = undefined;
  let overflow = false;
  let i = -1;
  let escStart = -1;
  let escEnd = -1;
  if (mode === FOLD_BLOCK) {
    i = consumeMoreIndentedLines(text, i);
    if (i !== -1) end = i + endStep;
  }
  for (let ch; ch = text[i += 1];) {
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
      if (mode === FOLD_BLOCK) i = consumeMoreIndentedLines(text, i);
      end = i + endStep;
      split = undefined;
    } else {
      if (ch === ' ' && prev && prev !== ' ' && prev !== '\n' && prev !== '\t') {
        // space surrounded by non-space can be replaced with newline + indent
        const next = text[i + 1];
        if (next && next !== ' ' && next !== '\n' && next !== '\t') split = i;
      }
      if (i >= end) {
        if (split) {
          folds.push(split);
          end = split + endStep;
          split = undefined;
        } else if (mode === FOLD_QUOTED) {
          // white-space collected at end may stretch past lineWidth
          while (prev === ' ' || prev === '\t') {
            prev = ch;
            ch = text[i += 1];
            overflow = true;
          }
          // Account for newline escape, but don't break preceding escape
          const j = i > escEnd + 1 ? i - 2 : escStart - 1;
          // Bail out if lineWidth & minContentWidth are shorter than an escape string
          if (escapedFolds[j]) return text;
          folds.push(j);
          escapedFolds[j] = true;
          end = j + endStep;
          split = undefined;
        } else {
          overflow = true;
        }
      }
    }
    prev = ch;
  }
  if (overflow && onOverflow) onOverflow();
  if (folds.length === 0) return text;
  if (onFold) onFold();
  let res = text.slice(0, folds[0]);
  for (let i = 0; i < folds.length; ++i) {
    const fold = folds[i];
    const end = folds[i + 1] || text.length;
    if (fold === 0) res = `\n${indent}${text.slice(0, end)}`;else {
      if (mode === FOLD_QUOTED && escapedFolds[fold]) res += `${text[fold]}\\`;
      res += `\n${indent}${text.slice(fold + 1, end)}`;
    }
  }
  return res;
}

const getFoldOptions = ({
  indentAtStart
}) => indentAtStart ? Object.assign({
  indentAtStart
}, strOptions.fold) : strOptions.fold;

// Also checks for lines starting with %, as parsing the output as YAML 1.1 will
// presume that's starting a new document.
const containsDocumentMarker = str => /^(%|---|\.\.\.)/m.test(str);
function lineLengthOverLimit(str, lineWidth, indentLength) {
  if (!lineWidth || lineWidth < 0) return false;
  const limit = lineWidth - indentLength;
  const strLen = str.length;
  if (strLen <= limit) return false;
  for (let i = 0, start = 0; i < strLen; ++i) {
    if (str[i] === '\n') {
      if (i - start > limit) return true;
      start = i + 1;
      if (strLen - start <= limit) return false;
    }
  }
  return true;
}
function doubleQuotedString(value, ctx) {
  const {
    implicitKey
  } = ctx;
  const {
    jsonEncoding,
    minMultiLineLength
  } = strOptions.doubleQuoted;
  const json = JSON.stringify(value);
  if (jsonEncoding) return json;
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
    if (ch === '\\') switch (json[i + 1]) {
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
              if (code.substr(0, 2) === '00') str += '\\x' + code.substr(2);else str += json.substr(i, 6);
          }
          i += 5;
          start = i + 1;
        }
        break;
      case 'n':
        if (implicitKey || json[i + 2] === '"' || json.length < minMultiLineLength) {
          i += 1;
        } else {
          // folding will eat first newline
          str += json.slice(start, i) + '\n\n';
          while (json[i + 2] === '\\' && json[i + 3] === 'n' && json[i + 4] !== '"') {
            str += '\n';
            i += 2;
          }
          str += indent;
          // space after newline needs to be escaped to not be folded
          if (json[i + 2] === ' ') str += '\\';
          i += 1;
          start = i + 1;
        }
        break;
      default:
        i += 1;
    }
  }
  str = start ? str + json.slice(start) : json;
  return implicitKey ? str : foldFlowLines(str, indent, FOLD_QUOTED, getFoldOptions(ctx));
}
function singleQuotedString(value, ctx) {
  if (ctx.implicitKey) {
    if (/\n/.test(value)) return doubleQuotedString(value, ctx);
  } else {
    // single quoted string can't have leading or trailing whitespace around newline
    if (/[ \t]\n|\n[ \t]/.test(value)) return doubleQuotedString(value, ctx);
  }
  const indent = ctx.indent || (containsDocumentMarker(value) ? '  ' : '');
  const res = "'" + value.replace(/'/g, "''").replace(/\n+/g, `$&\n${indent}`) + "'";
  return ctx.implicitKey ? res : foldFlowLines(res, indent, FOLD_FLOW, getFoldOptions(ctx));
}
function blockString({
  comment,
  type,
  value
}, ctx, onComment, onChompKeep) {
  // 1. Block can't end in whitespace unless the last line is non-empty.
  // 2. Strings consisting of only whitespace are best rendered explicitly.
  if (/\n[\t ]+$/.test(value) || /^\s*$/.test(value)) {
    return doubleQuotedString(value, ctx);
  }
  const indent = ctx.indent || (ctx.forceBlockIndent || containsDocumentMarker(value) ? '  ' : '');
  const indentSize = indent ? '2' : '1'; // root is at -1
  const literal = type === PlainValue.Type.BLOCK_FOLDED ? false : type === PlainValue.Type.BLOCK_LITERAL ? true : !lineLengthOverLimit(value, strOptions.fold.lineWidth, indent.length);
  let header = literal ? '|' : '>';
  if (!value) return header + '\n';
  let wsStart = '';
  let wsEnd = '';
  value = value.replace(/[\n\t ]*$/, ws => {
    const n = ws.indexOf('\n');
    if (n === -1) {
      header += '-'; // strip
    } else if (value === ws || n !== ws.length - 1) {
      header += '+'; // keep
      if (onChompKeep) onChompKeep();
    }
    wsEnd = ws.replace(/\n$/, '');
    return '';
  }).replace(/^[\n ]*/, ws => {
    if (ws.indexOf(' ') !== -1) header += indentSize;
    const m = ws.match(/ +$/);
    if (m) {
      wsStart = ws.slice(0, -m[0].length);
      return m[0];
    } else {
      wsStart = ws;
      return '';
    }
  });
  if (wsEnd) wsEnd = wsEnd.replace(/\n+(?!\n|$)/g, `$&${indent}`);
  if (wsStart) wsStart = wsStart.replace(/\n+/g, `$&${indent}`);
  if (comment) {
    header += ' #' + comment.replace(/ ?[\r\n]+/g, ' ');
    if (onComment) onComment();
  }
  if (!value) return `${header}${indentSize}\n${indent}${wsEnd}`;
  if (literal) {
    value = value.replace(/\n+/g, `$&${indent}`);
    return `${header}\n${indent}${wsStart}${value}${wsEnd}`;
  }
  value = value.replace(/\n+/g, '\n$&').replace(/(?:^|\n)([\t ].*)(?:([\n\t ]*)\n(?![\n\t ]))?/g, '$1$2') // more-indented lines aren't folded
  //         ^ ind.line  ^ empty     ^ capture next empty lines only at end of indent
  .replace(/\n+/g, `$&${indent}`);
  const body = foldFlowLines(`${wsStart}${value}${wsEnd}`, indent, FOLD_BLOCK, strOptions.fold);
  return `${header}\n${indent}${body}`;
}
function plainString(item, ctx, onComment, onChompKeep) {
  const {
    comment,
    type,
    value
  } = item;
  const {
    actualString,
    implicitKey,
    indent,
    inFlow
  } = ctx;
  if (implicitKey && /[\n[\]{},]/.test(value) || inFlow && /[[\]{},]/.test(value)) {
    return doubleQuotedString(value, ctx);
  }
  if (!value || /^[\n\t ,[\]{}#&*!|>'"%@`]|^[?-]$|^[?-][ \t]|[\n:][ \t]|[ \t]\n|[\n\t ]#|[\n\t :]$/.test(value)) {
    // not allowed:
    // - empty string, '-' or '?'
    // - start with an indicator character (except [?:-]) or /[?-] /
    // - '\n ', ': ' or ' \n' anywhere
    // - '#' not preceded by a non-space char
    // - end with ' ' or ':'
    return implicitKey || inFlow || value.indexOf('\n') === -1 ? value.indexOf('"') !== -1 && value.indexOf("'") === -1 ? singleQuotedString(value, ctx) : doubleQuotedString(value, ctx) : blockString(item, ctx, onComment, onChompKeep);
  }
  if (!implicitKey && !inFlow && type !== PlainValue.Type.PLAIN && value.indexOf('\n') !== -1) {
    // Where allowed & type not set explicitly, prefer block style for multiline strings
    return blockString(item, ctx, onComment, onChompKeep);
  }
  if (indent === '' && containsDocumentMarker(value)) {
    ctx.forceBlockIndent = true;
    return blockString(item, ctx, onComment, onChompKeep);
  }
  const str = value.replace(/\n+/g, `$&\n${indent}`);
  // Verify that output will be parsed as a string, as e.g. plain numbers and
  // booleans get parsed with those types in v1.2 (e.g. '42', 'true' & '0.9e-3'),
  // and others in v1.1.
  if (actualString) {
    const {
      tags
    } = ctx.doc.schema;
    const resolved = resolveScalar(str, tags, tags.scalarFallback).value;
    if (typeof resolved !== 'string') return doubleQuotedString(value, ctx);
  }
  const body = implicitKey ? str : foldFlowLines(str, indent, FOLD_FLOW, getFoldOptions(ctx));
  if (comment && !inFlow && (body.indexOf('\n') !== -1 || comment.indexOf('\n') !== -1)) {
    if (onComment) onComment();
    return addCommentBefore(body, indent, comment);
  }
  return body;
}
function stringifyString(item, ctx, onComment, onChompKeep) {
  const {
    defaultType
  } = strOptions;
  const {
    implicitKey,
    inFlow
  } = ctx;
  let {
    type,
    value
  } = item;
  if (typeof value !== 'string') {
    value = String(value);
    item = Object.assign({}, item, {
      value
    });
  }
  const _stringify = _type => {
    switch (_type) {
      case PlainValue.Type.BLOCK_FOLDED:
      case PlainValue.Type.BLOCK_LITERAL:
        return blockString(item, ctx, onComment, onChompKeep);
      case PlainValue.Type.QUOTE_DOUBLE:
        return doubleQuotedString(value, ctx);
      case PlainValue.Type.QUOTE_SINGLE:
        return singleQuotedString(value, ctx);
      case PlainValue.Type.PLAIN:
        return plainString(item, ctx, onComment, onChompKeep);
      default:
        return null;
    }
  };
  if (type !== PlainValue.Type.QUOTE_DOUBLE && /[\x00-\x08\x0b-\x1f\x7f-\x9f]/.test(value)) {
    // force double quotes on control characters
    type = PlainValue.Type.QUOTE_DOUBLE;
  } else if ((implicitKey || inFlow) && (type === PlainValue.Type.BLOCK_FOLDED || type === PlainValue.Type.BLOCK_LITERAL)) {
    // should not happen; blocks are not valid inside flow containers
    type = PlainValue.Type.QUOTE_DOUBLE;
  }
  let res = _stringify(type);
  if (res === null) {
    res = _stringify(defaultType);
    if (res === null) throw new Error(`Unsupported default string type ${defaultType}`);
  }
  return res;
}

function stringifyNumber({
  format,
  minFractionDigits,
  tag,
  value
}) {
  if (typeof value === 'bigint') return String(value);
  if (!isFinite(value)) return isNaN(value) ? '.nan' : value < 0 ? '-.inf' : '.inf';
  let n = JSON.stringify(value);
  if (!format && minFractionDigits && (!tag || tag === 'tag:yaml.org,2002:float') && /^\d/.test(n)) {
    let i = n.indexOf('.');
    if (i < 0) {
      i = n.length;
      n += '.';
    }
    let d = minFractionDigits - (n.length - i - 1);
    while (d-- > 0) n += '0';
  }
  return n;
}

function checkFlowCollectionEnd(errors, cst) {
  let char, name;
  switch (cst.type) {
    case PlainValue.Type.FLOW_MAP:
      char = '}';
      name = 'flow map';
      break;
    case PlainValue.Type.FLOW_SEQ:
      char = ']';
      name = 'flow sequence';
      break;
    default:
      errors.push(new PlainValue.YAMLSemanticError(cst, 'Not a flow collection!?'));
      return;
  }
  let lastItem;
  for (let i = cst.items.length - 1; i >= 0; --i) {
    const item = cst.items[i];
    if (!item || item.type !== PlainValue.Type.COMMENT) {
      lastItem = item;
      break;
    }
  }
  if (lastItem && lastItem.char !== char) {
    const msg = `Expected ${name} to end with ${char}`;
    let err;
    if (typeof lastItem.offset === 'number') {
      err = new PlainValue.YAMLSemanticError(cst, msg);
      err.offset = lastItem.offset + 1;
    } else {
      err = new PlainValue.YAMLSemanticError(lastItem, msg);
      if (lastItem.range && lastItem.range.end) err.offset = lastItem.range.end - lastItem.range.start;
    }
    errors.push(err);
  }
}
function checkFlowCommentSpace(errors, comment) {
  const prev = comment.context.src[comment.range.start - 1];
  if (prev !== '\n' && prev !== '\t' && prev !== ' ') {
    const msg = 'Comments must be separated from other tokens by white space characters';
    errors.push(new PlainValue.YAMLSemanticError(comment, msg));
  }
}
function getLongKeyError(source, key) {
  const sk = String(key);
  const k = sk.substr(0, 8) + '...' + sk.substr(-8);
  return new PlainValue.YAMLSemanticError(source, `The "${k}" key is too long`);
}
function resolveComments(collection, comments) {
  for (const {
    afterKey,
    before,
    comment
  } of comments) {
    let item = collection.items[before];
    if (!item) {
      if (comment !== undefined) {
        if (collection.comment) collection.comment += '\n' + comment;else collection.comment = comment;
      }
    } else {
      if (afterKey && item.value) item = item.value;
      if (comment === undefined) {
        if (afterKey || !item.commentBefore) item.spaceBefore = true;
      } else {
        if (item.commentBefore) item.commentBefore += '\n' + comment;else item.commentBefore = comment;
      }
    }
  }
}

// on error, will return { str: string, errors: Error[] }
function resolveString(doc, node) {
  const res = node.strValue;
  if (!res) return '';
  if (typeof res === 'string') return res;
  res.errors.forEach(error => {
    if (!error.source) error.source = node;
    doc.errors.push(error);
  });
  return res.str;
}

function resolveTagHandle(doc, node) {
  const {
    handle,
    suffix
  } = node.tag;
  let prefix = doc.tagPrefixes.find(p => p.handle === handle);
  if (!prefix) {
    const dtp = doc.getDefaults().tagPrefixes;
    if (dtp) prefix = dtp.find(p => p.handle === handle);
    if (!prefix) throw new PlainValue.YAMLSemanticError(node, `The ${handle} tag handle is non-default and was not declared.`);
  }
  if (!suffix) throw new PlainValue.YAMLSemanticError(node, `The ${handle} tag has no suffix.`);
  if (handle === '!' && (doc.version || doc.options.version) === '1.0') {
    if (suffix[0] === '^') {
      doc.warnings.push(new PlainValue.YAMLWarning(node, 'YAML 1.0 ^ tag expansion is not supported'));
      return suffix;
    }
    if (/[:/]/.test(suffix)) {
      // word/foo -> tag:word.yaml.org,2002:foo
      const vocab = suffix.match(/^([a-z0-9-]+)\/(.*)/i);
      return vocab ? `tag:${vocab[1]}.yaml.org,2002:${vocab[2]}` : `tag:${suffix}`;
    }
  }
  return prefix.prefix + decodeURIComponent(suffix);
}
function resolveTagName(doc, node) {
  const {
    tag,
    type
  } = node;
  let nonSpecific = false;
  if (tag) {
    const {
      handle,
      suffix,
      verbatim
    } = tag;
    if (verbatim) {
      if (verbatim !== '!' && verbatim !== '!!') return verbatim;
      const msg = `Verbatim tags aren't resolved, so ${verbatim} is invalid.`;
      doc.errors.push(new PlainValue.YAMLSemanticError(node, msg));
    } else if (handle === '!' && !suffix) {
      nonSpecific = true;
    } else {
      try {
        return resolveTagHandle(doc, node);
      } catch (error) {
        doc.errors.push(error);
      }
    }
  }
  switch (type) {
    case PlainValue.Type.BLOCK_FOLDED:
    case PlainValue.Type.BLOCK_LITERAL:
    case PlainValue.Type.QUOTE_DOUBLE:
    case PlainValue.Type.QUOTE_SINGLE:
      return PlainValue.defaultTags.STR;
    case PlainValue.Type.FLOW_MAP:
    case PlainValue.Type.MAP:
      return PlainValue.defaultTags.MAP;
    case PlainValue.Type.FLOW_SEQ:
    case PlainValue.Type.SEQ:
      return PlainValue.defaultTags.SEQ;
    case PlainValue.Type.PLAIN:
      return nonSpecific ? PlainValue.defaultTags.STR : null;
    default:
      return null;
  }
}

function resolveByTagName(doc, node, tagName) {
  const {
    tags
  } = doc.schema;
  const matchWithTest = [];
  for (const tag of tags) {
    if (tag.tag === tagName) {
      if (tag.test) matchWithTest.push(tag);else {
        const res = tag.resolve(doc, node);
        return res instanceof Collection ? res : new Scalar(res);
      }
    }
  }
  const str = resolveString(doc, node);
  if (typeof str === 'string' && matchWithTest.length > 0) return resolveScalar(str, matchWithTest, tags.scalarFallback);
  return null;
}
function getFallbackTagName({
  type
}) {
  switch (type) {
    case PlainValue.Type.FLOW_MAP:
    case PlainValue.Type.MAP:
      return PlainValue.defaultTags.MAP;
    case PlainValue.Type.FLOW_SEQ:
    case PlainValue.Type.SEQ:
      return PlainValue.defaultTags.SEQ;
    default:
      return PlainValue.defaultTags.STR;
  }
}
function resolveTag(doc, node, tagName) {
  try {
    const res = resolveByTagName(doc, node, tagName);
    if (res) {
      if (tagName && node.tag) res.tag = tagName;
      return res;
    }
  } catch (error) {
    if (error instanceof PlainValue.YAMLError) {
      if (!error.source) error.source = node;
      doc.errors.push(error);
    } else {
      const msg = error instanceof Error ? error.message : String(error);
      doc.errors.push(new PlainValue.YAMLSemanticError(node, msg));
    }
    return null;
  }
  try {
    const fallback = getFallbackTagName(node);
    if (!fallback) throw new Error(`The tag ${tagName} is unavailable`);
    const msg = `The tag ${tagName} is unavailable, falling back to ${fallback}`;
    doc.warnings.push(new PlainValue.YAMLWarning(node, msg));
    const res = resolveByTagName(doc, node, fallback);
    res.tag = tagName;
    return res;
  } catch (error) {
    const refError = new PlainValue.YAMLReferenceError(node, error.message);
    refError.stack = error.stack;
    doc.errors.push(refError);
    return null;
  }
}

const isCollectionItem = node => {
  if (!node) return false;
  const {
    type
  } = node;
  return type === PlainValue.Type.MAP_KEY || type === PlainValue.Type.MAP_VALUE || type === PlainValue.Type.SEQ_ITEM;
};
function resolveNodeProps(errors, node) {
  const comments = {
    before: [],
    after: []
  };
  let hasAnchor = false;
  let hasTag = false;
  const props = isCollectionItem(node.context.parent) ? node.context.parent.props.concat(node.props) : node.props;
  for (const {
    start,
    end
  } of props) {
    switch (node.context.src[start]) {
      case PlainValue.Char.COMMENT:
        {
          if (!node.commentHasRequiredWhitespace(start)) {
            const msg = 'Comments must be separated from other tokens by white space characters';
            errors.push(new PlainValue.YAMLSemanticError(node, msg));
          }
          const {
            header,
            valueRange
          } = node;
          const cc = valueRange && (start > valueRange.start || header && start > header.start) ? comments.after : comments.before;
          cc.push(node.context.src.slice(start + 1, end));
          break;
        }

      // Actual anchor & tag resolution is handled by schema, here we just complain
      case PlainValue.Char.ANCHOR:
        if (hasAnchor) {
          const msg = 'A node can have at most one anchor';
          errors.push(new PlainValue.YAMLSemanticError(node, msg));
        }
        hasAnchor = true;
        break;
      case PlainValue.Char.TAG:
        if (hasTag) {
          const msg = 'A node can have at most one tag';
          errors.push(new PlainValue.YAMLSemanticError(node, msg));
        }
        hasTag = true;
        break;
    }
  }
  return {
    comments,
    hasAnchor,
    hasTag
  };
}
function resolveNodeValue(doc, node) {
  const {
    anchors,
    errors,
    schema
  } = doc;
  if (node.type === PlainValue.Type.ALIAS) {
    const name = node.rawValue;
    const src = anchors.getNode(name);
    if (!src) {
      const msg = `Aliased anchor not found: ${name}`;
      errors.push(new PlainValue.YAMLReferenceError(node, msg));
      return null;
    }

    // Lazy resolution for circular references
    const res = new Alias(src);
    anchors._cstAliases.push(res);
    return res;
  }
  const tagName = resolveTagName(doc, node);
  if (tagName) return resolveTag(doc, node, tagName);
  if (node.type !== PlainValue.Type.PLAIN) {
    const msg = `Failed to resolve ${node.type} node here`;
    errors.push(new PlainValue.YAMLSyntaxError(node, msg));
    return null;
  }
  try {
    const str = resolveString(doc, node);
    return resolveScalar(str, schema.tags, schema.tags.scalarFallback);
  } catch (error) {
    if (!error.source) error.source = node;
    errors.push(error);
    return null;
  }
}

// sets node.resolved on success
function resolveNode(doc, node) {
  if (!node) return null;
  if (node.error) doc.errors.push(node.error);
  const {
    comments,
    hasAnchor,
    hasTag
  } = resolveNodeProps(doc.errors, node);
  if (hasAnchor) {
    const {
      anchors
    } = doc;
    const name = node.anchor;
    const prev = anchors.getNode(name);
    // At this point, aliases for any preceding node with the same anchor
    // name have already been resolved, so it may safely be renamed.
    if (prev) anchors.map[anchors.newName(name)] = prev;
    // During parsing, we need to store the CST node in anchors.map as
    // anchors need to be available during resolution to allow for
    // circular references.
    anchors.map[name] = node;
  }
  if (node.type === PlainValue.Type.ALIAS && (hasAnchor || hasTag)) {
    const msg = 'An alias node must not specify any properties';
    doc.errors.push(new PlainValue.YAMLSemanticError(node, msg));
  }
  const res = resolveNodeValue(doc, node);
  if (res) {
    res.range = [node.range.start, node.range.end];
    if (doc.options.keepCstNodes) res.cstNode = node;
    if (doc.options.keepNodeTypes) res.type = node.type;
    const cb = comments.before.join('\n');
    if (cb) {
      res.commentBefore = res.commentBefore ? `${res.commentBefore}\n${cb}` : cb;
    }
    const ca = comments.after.join('\n');
    if (ca) res.comment = res.comment ? `${res.comment}\n${ca}` : ca;
  }
  return node.resolved = res;
}

function resolveMap(doc, cst) {
  if (cst.type !== PlainValue.Type.MAP && cst.type !== PlainValue.Type.FLOW_MAP) {
    const msg = `A ${cst.type} node cannot be resolved as a mapping`;
    doc.errors.push(new PlainValue.YAMLSyntaxError(cst, msg));
    return null;
  }
  const {
    comments,
    items
  } = cst.type === PlainValue.Type.FLOW_MAP ? resolveFlowMapItems(doc, cst) : resolveBlockMapItems(doc, cst);
  const map = new YAMLMap();
  map.items = items;
  resolveComments(map, comments);
  let hasCollectionKey = false;
  for (let i = 0; i < items.length; ++i) {
    const {
      key: iKey
    } = items[i];
    if (iKey instanceof Collection) hasCollectionKey = true;
    if (doc.schema.merge && iKey && iKey.value === MERGE_KEY) {
      items[i] = new Merge(items[i]);
      const sources = items[i].value.items;
      let error = null;
      sources.some(node => {
        if (node instanceof Alias) {
          // During parsing, alias sources are CST nodes; to account for
          // circular references their resolved values can't be used here.
          const {
            type
          } = node.source;
          if (type === PlainValue.Type.MAP || type === PlainValue.Type.FLOW_MAP) return false;
          return error = 'Merge nodes aliases can only point to maps';
        }
        return error = 'Merge nodes can only have Alias nodes as values';
      });
      if (error) doc.errors.push(new PlainValue.YAMLSemanticError(cst, error));
    } else {
      for (let j = i + 1; j < items.length; ++j) {
        const {
          key: jKey
        } = items[j];
        if (iKey === jKey || iKey && jKey && Object.prototype.hasOwnProperty.call(iKey, 'value') && iKey.value === jKey.value) {
          const msg = `Map keys must be unique; "${iKey}" is repeated`;
          doc.errors.push(new PlainValue.YAMLSemanticError(cst, msg));
          break;
        }
      }
    }
  }
  if (hasCollectionKey && !doc.options.mapAsMap) {
    const warn = 'Keys with collection values will be stringified as YAML due to JS Object restrictions. Use mapAsMap: true to avoid this.';
    doc.warnings.push(new PlainValue.YAMLWarning(cst, warn));
  }
  cst.resolved = map;
  return map;
}
const valueHasPairComment = ({
  context: {
    lineStart,
    node,
    src
  },
  props
}) => {
  if (props.length === 0) return false;
  const {
    start
  } = props[0];
  if (node && start > node.valueRange.start) return false;
  if (src[start] !== PlainValue.Char.COMMENT) return false;
  for (let i = lineStart; i < start; ++i) if (src[i] === '\n') return false;
  return true;
};
function resolvePairComment(item, pair) {
  if (!valueHasPairComment(item)) return;
  const comment = item.getPropValue(0, PlainValue.Char.COMMENT, true);
  let found = false;
  const cb = pair.value.commentBefore;
  if (cb && cb.startsWith(comment)) {
    pair.value.commentBefore = cb.substr(comment.length + 1);
    found = true;
  } else {
    const cc = pair.value.comment;
    if (!item.node && cc && cc.startsWith(comment)) {
      pair.value.comment = cc.substr(comment.length + 1);
      found = true;
    }
  }
  if (found) pair.comment = comment;
}
function resolveBlockMapItems(doc, cst) {
  const comments = [];
  const items = [];
  let key = undefined;
  let keyStart = null;
  for (let i = 0; i < cst.items.length; ++i) {
    const item = cst.items[i];
    switch (item.type) {
      case PlainValue.Type.BLANK_LINE:
        comments.push({
          afterKey: !!key,
          before: items.length
        });
        break;
      case PlainValue.Type.COMMENT:
        comments.push({
          afterKey: !!key,
          before: items.length,
          comment: item.comment
        });
        break;
      case PlainValue.Type.MAP_KEY:
        if (key !== undefined) items.push(new Pair(key));
        if (item.error) doc.errors.push(item.error);
        key = resolveNode(doc, item.node);
        keyStart = null;
        break;
      case PlainValue.Type.MAP_VALUE:
        {
          if (key === undefined) key = null;
          if (item.error) doc.errors.push(item.error);
          if (!item.context.atLineStart && item.node && item.node.type === PlainValue.Type.MAP && !item.node.context.atLineStart) {
            const msg = 'Nested mappings are not allowed in compact mappings';
            doc.errors.push(new PlainValue.YAMLSemanticError(item.node, msg));
          }
          let valueNode = item.node;
          if (!valueNode && item.props.length > 0) {
            // Comments on an empty mapping value need to be preserved, so we
            // need to construct a minimal empty node here to use instead of the
            // missing `item.node`. -- eemeli/yaml#19
            valueNode = new PlainValue.PlainValue(PlainValue.Type.PLAIN, []);
            valueNode.context = {
              parent: item,
              src: item.context.src
            };
            const pos = item.range.start + 1;
            valueNode.range = {
              start: pos,
              end: pos
            };
            valueNode.valueRange = {
              start: pos,
              end: pos
            };
            if (typeof item.range.origStart === 'number') {
              const origPos = item.range.origStart + 1;
              valueNode.range.origStart = valueNode.range.origEnd = origPos;
              valueNode.valueRange.origStart = valueNode.valueRange.origEnd = origPos;
            }
          }
          const pair = new Pair(key, resolveNode(doc, valueNode));
          resolvePairComment(item, pair);
          items.push(pair);
          if (key && typeof keyStart === 'number') {
            if (item.range.start > keyStart + 1024) doc.errors.push(getLongKeyError(cst, key));
          }
          key = undefined;
          keyStart = null;
        }
        break;
      default:
        if (key !== undefined) items.push(new Pair(key));
        key = resolveNode(doc, item);
        keyStart = item.range.start;
        if (item.error) doc.errors.push(item.error);
        next: for (let j = i + 1;; ++j) {
          const nextItem = cst.items[j];
          switch (nextItem && nextItem.type) {
            case PlainValue.Type.BLANK_LINE:
            case PlainValue.Type.COMMENT:
              continue next;
            case PlainValue.Type.MAP_VALUE:
              break next;
            default:
              {
                const msg = 'Implicit map keys need to be followed by map values';
                doc.errors.push(new PlainValue.YAMLSemanticError(item, msg));
                break next;
              }
          }
        }
        if (item.valueRangeContainsNewline) {
          const msg = 'Implicit map keys need to be on a single line';
          doc.errors.push(new PlainValue.YAMLSemanticError(item, msg));
        }
    }
  }
  if (key !== undefined) items.push(new Pair(key));
  return {
    comments,
    items
  };
}
function resolveFlowMapItems(doc, cst) {
  const comments = [];
  const items = [];
  let key = undefined;
  let explicitKey = false;
  let next = '{';
  for (let i = 0; i < cst.items.length; ++i) {
    const item = cst.items[i];
    if (typeof item.char === 'string') {
      const {
        char,
        offset
      } = item;
      if (char === '?' && key === undefined && !explicitKey) {
        explicitKey = true;
        next = ':';
        continue;
      }
      if (char === ':') {
        if (key === undefined) key = null;
        if (next === ':') {
          next = ',';
          continue;
        }
      } else {
        if (explicitKey) {
          if (key === undefined && char !== ',') key = null;
          explicitKey = false;
        }
        if (key !== undefined) {
          items.push(new Pair(key));
          key = undefined;
          if (char === ',') {
            next = ':';
            continue;
          }
        }
      }
      if (char === '}') {
        if (i === cst.items.length - 1) continue;
      } else if (char === next) {
        next = ':';
        continue;
      }
      const msg = `Flow map contains an unexpected ${char}`;
      const err = new PlainValue.YAMLSyntaxError(cst, msg);
      err.offset = offset;
      doc.errors.push(err);
    } else if (item.type === PlainValue.Type.BLANK_LINE) {
      comments.push({
        afterKey: !!key,
        before: items.length
      });
    } else if (item.type === PlainValue.Type.COMMENT) {
      checkFlowCommentSpace(doc.errors, item);
      comments.push({
        afterKey: !!key,
        before: items.length,
        comment: item.comment
      });
    } else if (key === undefined) {
      if (next === ',') doc.errors.push(new PlainValue.YAMLSemanticError(item, 'Separator , missing in flow map'));
      key = resolveNode(doc, item);
    } else {
      if (next !== ',') doc.errors.push(new PlainValue.YAMLSemanticError(item, 'Indicator : missing in flow map entry'));
      items.push(new Pair(key, resolveNode(doc, item)));
      key = undefined;
      explicitKey = false;
    }
  }
  checkFlowCollectionEnd(doc.errors, cst);
  if (key !== undefined) items.push(new Pair(key));
  return {
    comments,
    items
  };
}

function resolveSeq(doc, cst) {
  if (cst.type !== PlainValue.Type.SEQ && cst.type !== PlainValue.Type.FLOW_SEQ) {
    const msg = `A ${cst.type} node cannot be resolved as a sequence`;
    doc.errors.push(new PlainValue.YAMLSyntaxError(cst, msg));
    return null;
  }
  const {
    comments,
    items
  } = cst.type === PlainValue.Type.FLOW_SEQ ? resolveFlowSeqItems(doc, cst) : resolveBlockSeqItems(doc, cst);
  const seq = new YAMLSeq();
  seq.items = items;
  resolveComments(seq, comments);
  if (!doc.options.mapAsMap && items.some(it => it instanceof Pair && it.key instanceof Collection)) {
    const warn = 'Keys with collection values will be stringified as YAML due to JS Object restrictions. Use mapAsMap: true to avoid this.';
    doc.warnings.push(new PlainValue.YAMLWarning(cst, warn));
  }
  cst.resolved = seq;
  return seq;
}
function resolveBlockSeqItems(doc, cst) {
  const comments = [];
  const items = [];
  for (let i = 0; i < cst.items.length; ++i) {
    const item = cst.items[i];
    switch (item.type) {
      case PlainValue.Type.BLANK_LINE:
        comments.push({
          before: items.length
        });
        break;
      case PlainValue.Type.COMMENT:
        comments.push({
          comment: item.comment,
          before: items.length
        });
        break;
      case PlainValue.Type.SEQ_ITEM:
        if (item.error) doc.errors.push(item.error);
        items.push(resolveNode(doc, item.node));
        if (item.hasProps) {
          const msg = 'Sequence items cannot have tags or anchors before the - indicator';
          doc.errors.push(new PlainValue.YAMLSemanticError(item, msg));
        }
        break;
      default:
        if (item.error) doc.errors.push(item.error);
        doc.errors.push(new PlainValue.YAMLSyntaxError(item, `Unexpected ${item.type} node in sequence`));
    }
  }
  return {
    comments,
    items
  };
}
function resolveFlowSeqItems(doc, cst) {
  const comments = [];
  const items = [];
  let explicitKey = false;
  let key = undefined;
  let keyStart = null;
  let next = '[';
  let prevItem = null;
  for (let i = 0; i < cst.items.length; ++i) {
    const item = cst.items[i];
    if (typeof item.char === 'string') {
      const {
        char,
        offset
      } = item;
      if (char !== ':' && (explicitKey || key !== undefined)) {
        if (explicitKey && key === undefined) key = next ? items.pop() : null;
        items.push(new Pair(key));
        explicitKey = false;
        key = undefined;
        keyStart = null;
      }
      if (char === next) {
        next = null;
      } else if (!next && char === '?') {
        explicitKey = true;
      } else if (next !== '[' && char === ':' && key === undefined) {
        if (next === ',') {
          key = items.pop();
          if (key instanceof Pair) {
            const msg = 'Chaining flow sequence pairs is invalid';
            const err = new PlainValue.YAMLSemanticError(cst, msg);
            err.offset = offset;
            doc.errors.push(err);
          }
          if (!explicitKey && typeof keyStart === 'number') {
            const keyEnd = item.range ? item.range.start : item.offset;
            if (keyEnd > keyStart + 1024) doc.errors.push(getLongKeyError(cst, key));
            const {
              src
            } = prevItem.context;
            for (let i = keyStart; i < keyEnd; ++i) if (src[i] === '\n') {
              const msg = 'Implicit keys of flow sequence pairs need to be on a single line';
              doc.errors.push(new PlainValue.YAMLSemanticError(prevItem, msg));
              break;
            }
          }
        } else {
          key = null;
        }
        keyStart = null;
        explicitKey = false;
        next = null;
      } else if (next === '[' || char !== ']' || i < cst.items.length - 1) {
        const msg = `Flow sequence contains an unexpected ${char}`;
        const err = new PlainValue.YAMLSyntaxError(cst, msg);
        err.offset = offset;
        doc.errors.push(err);
      }
    } else if (item.type === PlainValue.Type.BLANK_LINE) {
      comments.push({
        before: items.length
      });
    } else if (item.type === PlainValue.Type.COMMENT) {
      checkFlowCommentSpace(doc.errors, item);
      comments.push({
        comment: item.comment,
        before: items.length
      });
    } else {
      if (next) {
        const msg = `Expected a ${next} in flow sequence`;
        doc.errors.push(new PlainValue.YAMLSemanticError(item, msg));
      }
      const value = resolveNode(doc, item);
      if (key === undefined) {
        items.push(value);
        prevItem = item;
      } else {
        items.push(new Pair(key, value));
        key = undefined;
      }
      keyStart = item.range.start;
      next = ',';
    }
  }
  checkFlowCollectionEnd(doc.errors, cst);
  if (key !== undefined) items.push(new Pair(key));
  return {
    comments,
    items
  };
}

exports.Alias = Alias;
exports.Collection = Collection;
exports.Merge = Merge;
exports.Node = Node;
exports.Pair = Pair;
exports.Scalar = Scalar;
exports.YAMLMap = YAMLMap;
exports.YAMLSeq = YAMLSeq;
exports.addComment = addComment;
exports.binaryOptions = binaryOptions;
exports.boolOptions = boolOptions;
exports.findPair = findPair;
exports.intOptions = intOptions;
exports.isEmptyPath = isEmptyPath;
exports.nullOptions = nullOptions;
exports.resolveMap = resolveMap;
exports.resolveNode = resolveNode;
exports.resolveSeq = resolveSeq;
exports.resolveString = resolveString;
exports.strOptions = strOptions;
exports.stringifyNumber = stringifyNumber;
exports.stringifyString = stringifyString;
exports.toJSON = toJSON;


/***/ }),

/***/ 9529:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var PlainValue = __nccwpck_require__(5418);
var resolveSeq = __nccwpck_require__(1724);

/* global atob, btoa, Buffer */
const binary = {
  identify: value => value instanceof Uint8Array,
  // Buffer inherits from Uint8Array
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
  resolve: (doc, node) => {
    const src = resolveSeq.resolveString(doc, node);
    if (typeof Buffer === 'function') {
      return Buffer.from(src, 'base64');
    } else if (typeof atob === 'function') {
      // On IE 11, atob() can't handle newlines
      const str = atob(src.replace(/[\n\r]/g, ''));
      const buffer = new Uint8Array(str.length);
      for (let i = 0; i < str.length; ++i) buffer[i] = str.charCodeAt(i);
      return buffer;
    } else {
      const msg = 'This environment does not support reading binary tags; either Buffer or atob is required';
      doc.errors.push(new PlainValue.YAMLReferenceError(node, msg));
      return null;
    }
  },
  options: resolveSeq.binaryOptions,
  stringify: ({
    comment,
    type,
    value
  }, ctx, onComment, onChompKeep) => {
    let src;
    if (typeof Buffer === 'function') {
      src = value instanceof Buffer ? value.toString('base64') : Buffer.from(value.buffer).toString('base64');
    } else if (typeof btoa === 'function') {
      let s = '';
      for (let i = 0; i < value.length; ++i) s += String.fromCharCode(value[i]);
      src = btoa(s);
    } else {
      throw new Error('This environment does not support writing binary tags; either Buffer or btoa is required');
    }
    if (!type) type = resolveSeq.binaryOptions.defaultType;
    if (type === PlainValue.Type.QUOTE_DOUBLE) {
      value = src;
    } else {
      const {
        lineWidth
      } = resolveSeq.binaryOptions;
      const n = Math.ceil(src.length / lineWidth);
      const lines = new Array(n);
      for (let i = 0, o = 0; i < n; ++i, o += lineWidth) {
        lines[i] = src.substr(o, lineWidth);
      }
      value = lines.join(type === PlainValue.Type.BLOCK_LITERAL ? '\n' : ' ');
    }
    return resolveSeq.stringifyString({
      comment,
      type,
      value
    }, ctx, onComment, onChompKeep);
  }
};

function parsePairs(doc, cst) {
  const seq = resolveSeq.resolveSeq(doc, cst);
  for (let i = 0; i < seq.items.length; ++i) {
    let item = seq.items[i];
    if (item instanceof resolveSeq.Pair) continue;else if (item instanceof resolveSeq.YAMLMap) {
      if (item.items.length > 1) {
        const msg = 'Each pair must have its own sequence indicator';
        throw new PlainValue.YAMLSemanticError(cst, msg);
      }
      const pair = item.items[0] || new resolveSeq.Pair();
      if (item.commentBefore) pair.commentBefore = pair.commentBefore ? `${item.commentBefore}\n${pair.commentBefore}` : item.commentBefore;
      if (item.comment) pair.comment = pair.comment ? `${item.comment}\n${pair.comment}` : item.comment;
      item = pair;
    }
    seq.items[i] = item instanceof resolveSeq.Pair ? item : new resolveSeq.Pair(item);
  }
  return seq;
}
function createPairs(schema, iterable, ctx) {
  const pairs = new resolveSeq.YAMLSeq(schema);
  pairs.tag = 'tag:yaml.org,2002:pairs';
  for (const it of iterable) {
    let key, value;
    if (Array.isArray(it)) {
      if (it.length === 2) {
        key = it[0];
        value = it[1];
      } else throw new TypeError(`Expected [key, value] tuple: ${it}`);
    } else if (it && it instanceof Object) {
      const keys = Object.keys(it);
      if (keys.length === 1) {
        key = keys[0];
        value = it[key];
      } else throw new TypeError(`Expected { key: value } tuple: ${it}`);
    } else {
      key = it;
    }
    const pair = schema.createPair(key, value, ctx);
    pairs.items.push(pair);
  }
  return pairs;
}
const pairs = {
  default: false,
  tag: 'tag:yaml.org,2002:pairs',
  resolve: parsePairs,
  createNode: createPairs
};

class YAMLOMap extends resolveSeq.YAMLSeq {
  constructor() {
    super();
    PlainValue._defineProperty(this, "add", resolveSeq.YAMLMap.prototype.add.bind(this));
    PlainValue._defineProperty(this, "delete", resolveSeq.YAMLMap.prototype.delete.bind(this));
    PlainValue._defineProperty(this, "get", resolveSeq.YAMLMap.prototype.get.bind(this));
    PlainValue._defineProperty(this, "has", resolveSeq.YAMLMap.prototype.has.bind(this));
    PlainValue._defineProperty(this, "set", resolveSeq.YAMLMap.prototype.set.bind(this));
    this.tag = YAMLOMap.tag;
  }
  toJSON(_, ctx) {
    const map = new Map();
    if (ctx && ctx.onCreate) ctx.onCreate(map);
    for (const pair of this.items) {
      let key, value;
      if (pair instanceof resolveSeq.Pair) {
        key = resolveSeq.toJSON(pair.key, '', ctx);
        value = resolveSeq.toJSON(pair.value, key, ctx);
      } else {
        key = resolveSeq.toJSON(pair, '', ctx);
      }
      if (map.has(key)) throw new Error('Ordered maps must not include duplicate keys');
      map.set(key, value);
    }
    return map;
  }
}
PlainValue._defineProperty(YAMLOMap, "tag", 'tag:yaml.org,2002:omap');
function parseOMap(doc, cst) {
  const pairs = parsePairs(doc, cst);
  const seenKeys = [];
  for (const {
    key
  } of pairs.items) {
    if (key instanceof resolveSeq.Scalar) {
      if (seenKeys.includes(key.value)) {
        const msg = 'Ordered maps must not include duplicate keys';
        throw new PlainValue.YAMLSemanticError(cst, msg);
      } else {
        seenKeys.push(key.value);
      }
    }
  }
  return Object.assign(new YAMLOMap(), pairs);
}
function createOMap(schema, iterable, ctx) {
  const pairs = createPairs(schema, iterable, ctx);
  const omap = new YAMLOMap();
  omap.items = pairs.items;
  return omap;
}
const omap = {
  identify: value => value instanceof Map,
  nodeClass: YAMLOMap,
  default: false,
  tag: 'tag:yaml.org,2002:omap',
  resolve: parseOMap,
  createNode: createOMap
};

class YAMLSet extends resolveSeq.YAMLMap {
  constructor() {
    super();
    this.tag = YAMLSet.tag;
  }
  add(key) {
    const pair = key instanceof resolveSeq.Pair ? key : new resolveSeq.Pair(key);
    const prev = resolveSeq.findPair(this.items, pair.key);
    if (!prev) this.items.push(pair);
  }
  get(key, keepPair) {
    const pair = resolveSeq.findPair(this.items, key);
    return !keepPair && pair instanceof resolveSeq.Pair ? pair.key instanceof resolveSeq.Scalar ? pair.key.value : pair.key : pair;
  }
  set(key, value) {
    if (typeof value !== 'boolean') throw new Error(`Expected boolean value for set(key, value) in a YAML set, not ${typeof value}`);
    const prev = resolveSeq.findPair(this.items, key);
    if (prev && !value) {
      this.items.splice(this.items.indexOf(prev), 1);
    } else if (!prev && value) {
      this.items.push(new resolveSeq.Pair(key));
    }
  }
  toJSON(_, ctx) {
    return super.toJSON(_, ctx, Set);
  }
  toString(ctx, onComment, onChompKeep) {
    if (!ctx) return JSON.stringify(this);
    if (this.hasAllNullValues()) return super.toString(ctx, onComment, onChompKeep);else throw new Error('Set items must all have null values');
  }
}
PlainValue._defineProperty(YAMLSet, "tag", 'tag:yaml.org,2002:set');
function parseSet(doc, cst) {
  const map = resolveSeq.resolveMap(doc, cst);
  if (!map.hasAllNullValues()) throw new PlainValue.YAMLSemanticError(cst, 'Set items must all have null values');
  return Object.assign(new YAMLSet(), map);
}
function createSet(schema, iterable, ctx) {
  const set = new YAMLSet();
  for (const value of iterable) set.items.push(schema.createPair(value, null, ctx));
  return set;
}
const set = {
  identify: value => value instanceof Set,
  nodeClass: YAMLSet,
  default: false,
  tag: 'tag:yaml.org,2002:set',
  resolve: parseSet,
  createNode: createSet
};

const parseSexagesimal = (sign, parts) => {
  const n = parts.split(':').reduce((n, p) => n * 60 + Number(p), 0);
  return sign === '-' ? -n : n;
};

// hhhh:mm:ss.sss
const stringifySexagesimal = ({
  value
}) => {
  if (isNaN(value) || !isFinite(value)) return resolveSeq.stringifyNumber(value);
  let sign = '';
  if (value < 0) {
    sign = '-';
    value = Math.abs(value);
  }
  const parts = [value % 60]; // seconds, including ms
  if (value < 60) {
    parts.unshift(0); // at least one : is required
  } else {
    value = Math.round((value - parts[0]) / 60);
    parts.unshift(value % 60); // minutes
    if (value >= 60) {
      value = Math.round((value - parts[0]) / 60);
      parts.unshift(value); // hours
    }
  }
  return sign + parts.map(n => n < 10 ? '0' + String(n) : String(n)).join(':').replace(/000000\d*$/, '') // % 60 may introduce error
;
};
const intTime = {
  identify: value => typeof value === 'number',
  default: true,
  tag: 'tag:yaml.org,2002:int',
  format: 'TIME',
  test: /^([-+]?)([0-9][0-9_]*(?::[0-5]?[0-9])+)$/,
  resolve: (str, sign, parts) => parseSexagesimal(sign, parts.replace(/_/g, '')),
  stringify: stringifySexagesimal
};
const floatTime = {
  identify: value => typeof value === 'number',
  default: true,
  tag: 'tag:yaml.org,2002:float',
  format: 'TIME',
  test: /^([-+]?)([0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*)$/,
  resolve: (str, sign, parts) => parseSexagesimal(sign, parts.replace(/_/g, '')),
  stringify: stringifySexagesimal
};
const timestamp = {
  identify: value => value instanceof Date,
  default: true,
  tag: 'tag:yaml.org,2002:timestamp',
  // If the time zone is omitted, the timestamp is assumed to be specified in UTC. The time part
  // may be omitted altogether, resulting in a date format. In such a case, the time part is
  // assumed to be 00:00:00Z (start of day, UTC).
  test: RegExp('^(?:' + '([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})' +
  // YYYY-Mm-Dd
  '(?:(?:t|T|[ \\t]+)' +
  // t | T | whitespace
  '([0-9]{1,2}):([0-9]{1,2}):([0-9]{1,2}(\\.[0-9]+)?)' +
  // Hh:Mm:Ss(.ss)?
  '(?:[ \\t]*(Z|[-+][012]?[0-9](?::[0-9]{2})?))?' +
  // Z | +5 | -03:30
  ')?' + ')$'),
  resolve: (str, year, month, day, hour, minute, second, millisec, tz) => {
    if (millisec) millisec = (millisec + '00').substr(1, 3);
    let date = Date.UTC(year, month - 1, day, hour || 0, minute || 0, second || 0, millisec || 0);
    if (tz && tz !== 'Z') {
      let d = parseSexagesimal(tz[0], tz.slice(1));
      if (Math.abs(d) < 30) d *= 60;
      date -= 60000 * d;
    }
    return new Date(date);
  },
  stringify: ({
    value
  }) => value.toISOString().replace(/((T00:00)?:00)?\.000Z$/, '')
};

/* global console, process, YAML_SILENCE_DEPRECATION_WARNINGS, YAML_SILENCE_WARNINGS */

function shouldWarn(deprecation) {
  const env = typeof process !== 'undefined' && process.env || {};
  if (deprecation) {
    if (typeof YAML_SILENCE_DEPRECATION_WARNINGS !== 'undefined') return !YAML_SILENCE_DEPRECATION_WARNINGS;
    return !env.YAML_SILENCE_DEPRECATION_WARNINGS;
  }
  if (typeof YAML_SILENCE_WARNINGS !== 'undefined') return !YAML_SILENCE_WARNINGS;
  return !env.YAML_SILENCE_WARNINGS;
}
function warn(warning, type) {
  if (shouldWarn(false)) {
    const emit = typeof process !== 'undefined' && process.emitWarning;
    // This will throw in Jest if `warning` is an Error instance due to
    // https://github.com/facebook/jest/issues/2549
    if (emit) emit(warning, type);else {
      // eslint-disable-next-line no-console
      console.warn(type ? `${type}: ${warning}` : warning);
    }
  }
}
function warnFileDeprecation(filename) {
  if (shouldWarn(true)) {
    const path = filename.replace(/.*yaml[/\\]/i, '').replace(/\.js$/, '').replace(/\\/g, '/');
    warn(`The endpoint 'yaml/${path}' will be removed in a future release.`, 'DeprecationWarning');
  }
}
const warned = {};
function warnOptionDeprecation(name, alternative) {
  if (!warned[name] && shouldWarn(true)) {
    warned[name] = true;
    let msg = `The option '${name}' will be removed in a future release`;
    msg += alternative ? `, use '${alternative}' instead.` : '.';
    warn(msg, 'DeprecationWarning');
  }
}

exports.binary = binary;
exports.floatTime = floatTime;
exports.intTime = intTime;
exports.omap = omap;
exports.pairs = pairs;
exports.set = set;
exports.timestamp = timestamp;
exports.warn = warn;
exports.warnFileDeprecation = warnFileDeprecation;
exports.warnOptionDeprecation = warnOptionDeprecation;


/***/ }),

/***/ 1267:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {

module.exports = __nccwpck_require__(1256).YAML


/***/ }),

/***/ 7349:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(5682);
var YAMLMap = __nccwpck_require__(4454);
var YAMLSeq = __nccwpck_require__(2223);
var resolveBlockMap = __nccwpck_require__(7103);
var resolveBlockSeq = __nccwpck_require__(334);
var resolveFlowCollection = __nccwpck_require__(3142);

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

/***/ 3683:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Document = __nccwpck_require__(3021);
var composeNode = __nccwpck_require__(5937);
var resolveEnd = __nccwpck_require__(7788);
var resolveProps = __nccwpck_require__(4631);

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

/***/ 5937:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Alias = __nccwpck_require__(4065);
var identity = __nccwpck_require__(1127);
var composeCollection = __nccwpck_require__(7349);
var composeScalar = __nccwpck_require__(5413);
var resolveEnd = __nccwpck_require__(7788);
var utilEmptyScalarPosition = __nccwpck_require__(2599);

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

/***/ 5413:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(5682);
var resolveBlockScalar = __nccwpck_require__(8913);
var resolveFlowScalar = __nccwpck_require__(6842);

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

/***/ 9984:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var node_process = __nccwpck_require__(932);
var directives = __nccwpck_require__(1342);
var Document = __nccwpck_require__(3021);
var errors = __nccwpck_require__(1464);
var identity = __nccwpck_require__(1127);
var composeDoc = __nccwpck_require__(3683);
var resolveEnd = __nccwpck_require__(7788);

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

/***/ 7103:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Pair = __nccwpck_require__(7165);
var YAMLMap = __nccwpck_require__(4454);
var resolveProps = __nccwpck_require__(4631);
var utilContainsNewline = __nccwpck_require__(9499);
var utilFlowIndentCheck = __nccwpck_require__(4051);
var utilMapIncludes = __nccwpck_require__(1187);

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

/***/ 8913:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(5682);

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

/***/ 334:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var YAMLSeq = __nccwpck_require__(2223);
var resolveProps = __nccwpck_require__(4631);
var utilFlowIndentCheck = __nccwpck_require__(4051);

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

/***/ 7788:
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

/***/ 3142:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var YAMLMap = __nccwpck_require__(4454);
var YAMLSeq = __nccwpck_require__(2223);
var resolveEnd = __nccwpck_require__(7788);
var resolveProps = __nccwpck_require__(4631);
var utilContainsNewline = __nccwpck_require__(9499);
var utilMapIncludes = __nccwpck_require__(1187);

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

/***/ 6842:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(5682);
var resolveEnd = __nccwpck_require__(7788);

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

/***/ 4631:
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

/***/ 9499:
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

/***/ 2599:
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

/***/ 4051:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var utilContainsNewline = __nccwpck_require__(9499);

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

/***/ 1187:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);

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

/***/ 3021:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Alias = __nccwpck_require__(4065);
var Collection = __nccwpck_require__(101);
var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var toJS = __nccwpck_require__(4043);
var Schema = __nccwpck_require__(5840);
var stringifyDocument = __nccwpck_require__(6829);
var anchors = __nccwpck_require__(1596);
var applyReviver = __nccwpck_require__(3661);
var createNode = __nccwpck_require__(2404);
var directives = __nccwpck_require__(1342);

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

/***/ 1596:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var visit = __nccwpck_require__(204);

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

/***/ 3661:
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

/***/ 2404:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Alias = __nccwpck_require__(4065);
var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(5682);

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

/***/ 1342:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var visit = __nccwpck_require__(204);

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

/***/ 1464:
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

/***/ 8815:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

var __webpack_unused_export__;


var composer = __nccwpck_require__(9984);
var Document = __nccwpck_require__(3021);
var Schema = __nccwpck_require__(5840);
var errors = __nccwpck_require__(1464);
var Alias = __nccwpck_require__(4065);
var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var Scalar = __nccwpck_require__(5682);
var YAMLMap = __nccwpck_require__(4454);
var YAMLSeq = __nccwpck_require__(2223);
var cst = __nccwpck_require__(3461);
var lexer = __nccwpck_require__(361);
var lineCounter = __nccwpck_require__(6628);
var parser = __nccwpck_require__(3456);
var publicApi = __nccwpck_require__(4047);
var visit = __nccwpck_require__(204);



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
exports.jh = identity.isMap;
__webpack_unused_export__ = identity.isNode;
__webpack_unused_export__ = identity.isPair;
exports.jn = identity.isScalar;
exports.oP = identity.isSeq;
__webpack_unused_export__ = Pair.Pair;
__webpack_unused_export__ = Scalar.Scalar;
__webpack_unused_export__ = YAMLMap.YAMLMap;
__webpack_unused_export__ = YAMLSeq.YAMLSeq;
__webpack_unused_export__ = cst;
__webpack_unused_export__ = lexer.Lexer;
exports.HN = lineCounter.LineCounter;
__webpack_unused_export__ = parser.Parser;
exports.qg = publicApi.parse;
__webpack_unused_export__ = publicApi.parseAllDocuments;
exports.Tp = publicApi.parseDocument;
__webpack_unused_export__ = publicApi.stringify;
__webpack_unused_export__ = visit.visit;
__webpack_unused_export__ = visit.visitAsync;


/***/ }),

/***/ 7249:
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

/***/ 4065:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var anchors = __nccwpck_require__(1596);
var visit = __nccwpck_require__(204);
var identity = __nccwpck_require__(1127);
var Node = __nccwpck_require__(6673);
var toJS = __nccwpck_require__(4043);

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

/***/ 101:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var createNode = __nccwpck_require__(2404);
var identity = __nccwpck_require__(1127);
var Node = __nccwpck_require__(6673);

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

/***/ 6673:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var applyReviver = __nccwpck_require__(3661);
var identity = __nccwpck_require__(1127);
var toJS = __nccwpck_require__(4043);

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

/***/ 7165:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var createNode = __nccwpck_require__(2404);
var stringifyPair = __nccwpck_require__(9748);
var addPairToJSMap = __nccwpck_require__(7104);
var identity = __nccwpck_require__(1127);

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

/***/ 5682:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Node = __nccwpck_require__(6673);
var toJS = __nccwpck_require__(4043);

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

/***/ 4454:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyCollection = __nccwpck_require__(1212);
var addPairToJSMap = __nccwpck_require__(7104);
var Collection = __nccwpck_require__(101);
var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var Scalar = __nccwpck_require__(5682);

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

/***/ 2223:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var createNode = __nccwpck_require__(2404);
var stringifyCollection = __nccwpck_require__(1212);
var Collection = __nccwpck_require__(101);
var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(5682);
var toJS = __nccwpck_require__(4043);

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

/***/ 7104:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var log = __nccwpck_require__(7249);
var merge = __nccwpck_require__(452);
var stringify = __nccwpck_require__(2148);
var identity = __nccwpck_require__(1127);
var toJS = __nccwpck_require__(4043);

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

/***/ 1127:
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

/***/ 4043:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);

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

/***/ 110:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var resolveBlockScalar = __nccwpck_require__(8913);
var resolveFlowScalar = __nccwpck_require__(6842);
var errors = __nccwpck_require__(1464);
var stringifyString = __nccwpck_require__(3069);

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

/***/ 1733:
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

/***/ 7715:
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

/***/ 3461:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var cstScalar = __nccwpck_require__(110);
var cstStringify = __nccwpck_require__(1733);
var cstVisit = __nccwpck_require__(7715);

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

/***/ 361:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var cst = __nccwpck_require__(3461);

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

/***/ 6628:
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

/***/ 3456:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var node_process = __nccwpck_require__(932);
var cst = __nccwpck_require__(3461);
var lexer = __nccwpck_require__(361);

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

/***/ 4047:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var composer = __nccwpck_require__(9984);
var Document = __nccwpck_require__(3021);
var errors = __nccwpck_require__(1464);
var log = __nccwpck_require__(7249);
var identity = __nccwpck_require__(1127);
var lineCounter = __nccwpck_require__(6628);
var parser = __nccwpck_require__(3456);

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

/***/ 5840:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var map = __nccwpck_require__(7451);
var seq = __nccwpck_require__(1706);
var string = __nccwpck_require__(6464);
var tags = __nccwpck_require__(18);

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

/***/ 7451:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var YAMLMap = __nccwpck_require__(4454);

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

/***/ 3632:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(5682);

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

/***/ 1706:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var YAMLSeq = __nccwpck_require__(2223);

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

/***/ 6464:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyString = __nccwpck_require__(3069);

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

/***/ 3959:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(5682);

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

/***/ 8405:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(5682);
var stringifyNumber = __nccwpck_require__(8689);

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

/***/ 9874:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyNumber = __nccwpck_require__(8689);

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

/***/ 896:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var map = __nccwpck_require__(7451);
var _null = __nccwpck_require__(3632);
var seq = __nccwpck_require__(1706);
var string = __nccwpck_require__(6464);
var bool = __nccwpck_require__(3959);
var float = __nccwpck_require__(8405);
var int = __nccwpck_require__(9874);

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

/***/ 3559:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(5682);
var map = __nccwpck_require__(7451);
var seq = __nccwpck_require__(1706);

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

/***/ 18:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var map = __nccwpck_require__(7451);
var _null = __nccwpck_require__(3632);
var seq = __nccwpck_require__(1706);
var string = __nccwpck_require__(6464);
var bool = __nccwpck_require__(3959);
var float = __nccwpck_require__(8405);
var int = __nccwpck_require__(9874);
var schema = __nccwpck_require__(896);
var schema$1 = __nccwpck_require__(3559);
var binary = __nccwpck_require__(6083);
var merge = __nccwpck_require__(452);
var omap = __nccwpck_require__(303);
var pairs = __nccwpck_require__(8385);
var schema$2 = __nccwpck_require__(5913);
var set = __nccwpck_require__(1528);
var timestamp = __nccwpck_require__(6752);

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

/***/ 6083:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var node_buffer = __nccwpck_require__(181);
var Scalar = __nccwpck_require__(5682);
var stringifyString = __nccwpck_require__(3069);

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

/***/ 8398:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(5682);

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

/***/ 5782:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(5682);
var stringifyNumber = __nccwpck_require__(8689);

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

/***/ 873:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyNumber = __nccwpck_require__(8689);

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

/***/ 452:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(5682);

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

/***/ 303:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var toJS = __nccwpck_require__(4043);
var YAMLMap = __nccwpck_require__(4454);
var YAMLSeq = __nccwpck_require__(2223);
var pairs = __nccwpck_require__(8385);

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

/***/ 8385:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var Scalar = __nccwpck_require__(5682);
var YAMLSeq = __nccwpck_require__(2223);

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

/***/ 5913:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var map = __nccwpck_require__(7451);
var _null = __nccwpck_require__(3632);
var seq = __nccwpck_require__(1706);
var string = __nccwpck_require__(6464);
var binary = __nccwpck_require__(6083);
var bool = __nccwpck_require__(8398);
var float = __nccwpck_require__(5782);
var int = __nccwpck_require__(873);
var merge = __nccwpck_require__(452);
var omap = __nccwpck_require__(303);
var pairs = __nccwpck_require__(8385);
var set = __nccwpck_require__(1528);
var timestamp = __nccwpck_require__(6752);

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

/***/ 1528:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var YAMLMap = __nccwpck_require__(4454);

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

/***/ 6752:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyNumber = __nccwpck_require__(8689);

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

/***/ 4475:
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

/***/ 2148:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var anchors = __nccwpck_require__(1596);
var identity = __nccwpck_require__(1127);
var stringifyComment = __nccwpck_require__(9799);
var stringifyString = __nccwpck_require__(3069);

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

/***/ 1212:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var stringify = __nccwpck_require__(2148);
var stringifyComment = __nccwpck_require__(9799);

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

/***/ 9799:
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

/***/ 6829:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var stringify = __nccwpck_require__(2148);
var stringifyComment = __nccwpck_require__(9799);

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

/***/ 8689:
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

/***/ 9748:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(5682);
var stringify = __nccwpck_require__(2148);
var stringifyComment = __nccwpck_require__(9799);

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

/***/ 3069:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(5682);
var foldFlowLines = __nccwpck_require__(4475);

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

/***/ 204:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);

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
/******/ 		__webpack_modules__[moduleId](module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
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
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/************************************************************************/
/******/ 
/******/ // startup
/******/ // Load entry module and return exports
/******/ // This entry module used 'module' so it can't be inlined
/******/ var __webpack_exports__ = __nccwpck_require__(5581);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ var __webpack_exports__EXIT = __webpack_exports__.d;
/******/ var __webpack_exports__main = __webpack_exports__.i;
/******/ export { __webpack_exports__EXIT as EXIT, __webpack_exports__main as main };
/******/ 
