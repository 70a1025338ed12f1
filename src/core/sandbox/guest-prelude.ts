/**
 * JavaScript evaluated inside every fresh QuickJS context before the submitted module.
 *
 * It runs as global code and evaluates to a factory `(options) => runner`. Nothing is
 * left on `globalThis`: the host keeps the runner handle, so the submitted code can neither see
 * nor replace it. The prelude:
 *
 * - refuses code generation from strings (`eval`, `Function` and its generator/async cousins),
 *   because reviewed transforms never need it and it widens what a reviewer must reason about;
 * - deep-freezes every intrinsic reachable from `globalThis` (and the hidden ones such as
 *   iterator and generator prototypes), so a record that pollutes `Object.prototype` or
 *   `Array.prototype` gets a TypeError instead of influencing later records;
 * - loops over a batch of records inside the guest (one host call per batch, not per record),
 *   turning every result into JSON text with strict rules (see `encodeValue`).
 *
 * Kept as plain ES2020 without template substitutions so it reads like the code that runs.
 */
export const GUEST_PRELUDE = String.raw`
(function (options) {
  'use strict';
  const filename = options.filename;
  const maxOutputChars = options.maxOutputChars;
  const chunkChars = options.chunkChars;
  const parse = JSON.parse;
  const stringify = JSON.stringify;
  const getProto = Object.getPrototypeOf;
  const isArray = Array.isArray;
  const ObjectProto = Object.prototype;
  const ArrayProto = Array.prototype;
  const PromiseProto = Promise.prototype;
  const ErrorCtor = Error;
  const InternalErrorCtor = typeof InternalError === 'function' ? InternalError : ErrorCtor;
  const construct = Reflect.construct;
  const createObject = Object.create;
  const objectToString = Object.prototype.toString;
  const call = Function.prototype.call.bind(Function.prototype.call);
  const stringIndexOf = String.prototype.indexOf;
  const stringSlice = String.prototype.slice;
  const arrayPush = Array.prototype.push;
  const arrayJoin = Array.prototype.join;
  const arraySlice = Array.prototype.slice;

  // ---- refuse code generation from strings -------------------------------------------------
  function refusal(what) {
    const refuse = function () {
      throw new EvalError(
        what + ' is disabled in the codify sandbox: transforms may not generate code from strings',
      );
    };
    return refuse;
  }
  const FunctionStandIn = refusal('the Function constructor');
  Object.defineProperty(FunctionStandIn, 'prototype', { value: Function.prototype });
  Object.defineProperty(Function.prototype, 'constructor', { value: FunctionStandIn });
  globalThis.Function = FunctionStandIn;
  globalThis.eval = refusal('eval');
  const hiddenFunctionPrototypes = [
    getProto(function* () {}),
    getProto(async function () {}),
    getProto(async function* () {}),
  ];
  for (const proto of hiddenFunctionPrototypes) {
    Object.defineProperty(proto, 'constructor', { value: refusal('the ' + proto[Symbol.toStringTag] + ' constructor') });
  }

  // ---- InternalError made by the transform is an ordinary error -----------------------------
  // The engine reports a real stack overflow or out-of-memory as an InternalError. Code that
  // throws its own InternalError('out of memory') must not pass for one (that would rebuild the
  // guest on every record), so the constructor the transform can reach is a stand-in that
  // builds a real InternalError and remembers it; the engine's own errors are never in the set.
  const madeByTransform = new WeakSet();
  if (InternalErrorCtor !== ErrorCtor) {
    const InternalErrorStandIn = function InternalError(message) {
      const error = construct(InternalErrorCtor, arguments, new.target === undefined ? InternalErrorStandIn : new.target);
      madeByTransform.add(error);
      return error;
    };
    Object.setPrototypeOf(InternalErrorStandIn, getProto(InternalErrorCtor));
    Object.defineProperty(InternalErrorStandIn, 'prototype', { value: InternalErrorCtor.prototype });
    Object.defineProperty(InternalErrorCtor.prototype, 'constructor', { value: InternalErrorStandIn });
    globalThis.InternalError = InternalErrorStandIn;
  }

  // ---- keep ordinary assignments working on frozen prototypes --------------------------------
  // Freezing a prototype makes its data properties read-only for every object that inherits
  // them, so 'this.name = "MyError"' in an Error subclass or 'Foo.prototype.toString = f' would
  // throw (the "override mistake"). For the properties code commonly overrides, swap the data
  // property for an accessor whose setter defines an own property on the receiver instead.
  const defineProperty = Object.defineProperty;
  const getOwnDescriptor = Object.getOwnPropertyDescriptor;
  function allowOverride(holder, key) {
    const descriptor = getOwnDescriptor(holder, key);
    if (descriptor === undefined || !('value' in descriptor)) return;
    const value = descriptor.value;
    defineProperty(holder, key, {
      get: function () {
        return value;
      },
      set: function (next) {
        if (this === holder) throw new TypeError('cannot assign to ' + String(key) + ' of a frozen built-in');
        defineProperty(this, key, { value: next, writable: true, enumerable: true, configurable: true });
      },
      enumerable: descriptor.enumerable,
      configurable: false,
    });
  }
  for (const key of ['constructor', 'toString', 'toLocaleString', 'valueOf', 'hasOwnProperty']) {
    allowOverride(ObjectProto, key);
  }
  for (const ctor of [Error, EvalError, RangeError, ReferenceError, SyntaxError, TypeError, URIError, AggregateError, InternalErrorCtor]) {
    allowOverride(ctor.prototype, 'name');
    allowOverride(ctor.prototype, 'message');
    allowOverride(ctor.prototype, 'constructor');
    allowOverride(ctor.prototype, 'toString');
  }
  allowOverride(Function.prototype, 'toString');

  // ---- deep-freeze the intrinsics ------------------------------------------------------------
  const hiddenRoots = hiddenFunctionPrototypes.concat([
    getProto(getProto((function* () {})())),
    getProto([][Symbol.iterator]()),
    getProto(''[Symbol.iterator]()),
    getProto(new Map()[Symbol.iterator]()),
    getProto(new Set()[Symbol.iterator]()),
    getProto(/x/[Symbol.matchAll]('')),
    getProto(Int8Array),
    getProto(getProto((async function* () {})())),
  ]);
  const pending = [globalThis].concat(hiddenRoots);
  const frozen = new WeakSet();
  while (pending.length > 0) {
    const value = pending.pop();
    if ((typeof value !== 'object' && typeof value !== 'function') || value === null) continue;
    if (frozen.has(value)) continue;
    frozen.add(value);
    Object.freeze(value);
    pending.push(getProto(value));
    for (const key of Reflect.ownKeys(value)) {
      const descriptor = Object.getOwnPropertyDescriptor(value, key);
      if (descriptor === undefined) continue;
      if ('value' in descriptor) pending.push(descriptor.value);
      else {
        pending.push(descriptor.get);
        pending.push(descriptor.set);
      }
    }
  }

  // ---- errors --------------------------------------------------------------------------------
  /** Finds "filename:line:col" of the innermost frame in the submitted module. */
  function positionOf(error) {
    let stack;
    try {
      stack = error !== null && typeof error === 'object' ? error.stack : undefined;
    } catch (_) {
      return undefined;
    }
    if (typeof stack !== 'string') return undefined;
    const marker = filename + ':';
    let at = call(stringIndexOf, stack, marker);
    while (at !== -1) {
      const rest = call(stringSlice, stack, at + marker.length, at + marker.length + 40);
      const match = /^(\d+):(\d+)/.exec(rest);
      if (match) return { line: +match[1], column: +match[2] };
      at = call(stringIndexOf, stack, marker, at + 1);
    }
    return undefined;
  }

  function shorten(text) {
    return text.length > 500 ? call(stringSlice, text, 0, 500) + '…' : text;
  }

  function describeThrown(value) {
    try {
      if (value instanceof ErrorCtor) {
        const name = String(value.name);
        const message = String(value.message);
        return shorten(message === '' ? name : name + ': ' + message);
      }
      if (typeof value === 'string') return 'threw a string: ' + shorten(stringify(value));
      if (value === null || value === undefined || typeof value !== 'object') {
        return 'threw a non-Error value: ' + String(value);
      }
      let text;
      try {
        text = stringify(value);
      } catch (_) {
        text = undefined;
      }
      return 'threw a non-Error value: ' + shorten(text === undefined ? call(objectToString, value) : text);
    } catch (_) {
      return 'threw a value that could not be described';
    }
  }

  /**
   * Stack and memory failures raised by the engine (not look-alikes the transform made with
   * the InternalError stand-in). A thrown value can be a Proxy whose traps throw, so nothing
   * here may let an exception out of the runner.
   */
  function fatalKind(value) {
    try {
      if (!(value instanceof InternalErrorCtor) || madeByTransform.has(value)) return undefined;
      const message = value.message;
      if (message === 'stack overflow') return 'stack';
      if (message === 'out of memory') return 'memory';
    } catch (_) {
      // a hostile value is an ordinary throw
    }
    return undefined;
  }

  function failure(kind, message, position) {
    const error = { kind: kind, message: message };
    if (position !== undefined) {
      error.line = position.line;
      error.column = position.column;
    }
    return stringify({ ok: false, error: error });
  }

  // ---- strict JSON encoding of results ------------------------------------------------------
  // QuickJS's JSON.stringify recurses natively without a guest stack check, so bound the depth.
  const MAX_DEPTH = options.maxDepth;
  const depthOf = new WeakMap();
  /** A result the strict rules refuse: kind 'output' (not JSON data) or 'too-deep'. */
  function OutputError(message, kind) {
    this.message = message;
    this.kind = kind || 'output';
  }
  function where(key) {
    return key === '' ? 'the result' : 'key ' + stringify(String(key));
  }
  function className(value) {
    try {
      const ctor = getProto(value).constructor;
      if (typeof ctor === 'function' && typeof ctor.name === 'string' && ctor.name !== '') return ctor.name;
    } catch (_) {
      // fall through to the tag
    }
    try {
      const tag = call(objectToString, value);
      return call(stringSlice, tag, 8, tag.length - 1);
    } catch (_) {
      return 'unknown';
    }
  }
  /**
   * JSON.stringify replacer that refuses everything JSON would silently corrupt. Only plain
   * objects, arrays, strings, finite numbers, booleans and null pass. An object property whose
   * value is undefined is omitted (as JSON.stringify does); undefined as the result or inside an
   * array is an error. toJSON methods still apply (a Date becomes its ISO string).
   */
  function replacer(key, value) {
    switch (typeof value) {
      case 'string':
      case 'boolean':
        return value;
      case 'number':
        if (value - value !== 0) throw new OutputError(where(key) + ' is ' + value + ', which JSON cannot represent');
        return value;
      case 'undefined':
        if (key === '' || isArray(this)) throw new OutputError(where(key) + ' is undefined, which JSON cannot represent');
        return undefined;
      case 'object': {
        if (value === null) return value;
        const proto = getProto(value);
        if (proto === ObjectProto || proto === ArrayProto || proto === null) {
          const depth = (depthOf.get(this) || 0) + 1;
          if (depth > MAX_DEPTH) {
            throw new OutputError('the result is nested more than ' + MAX_DEPTH + ' levels deep', 'too-deep');
          }
          depthOf.set(value, depth);
          return value;
        }
        const name = className(value);
        if (name === 'Object') {
          // A plain object with another object as its prototype: its inherited keys would vanish.
          throw new OutputError(where(key) + ' inherits from an object other than Object.prototype; return plain objects and arrays only');
        }
        throw new OutputError(where(key) + ' is an instance of ' + name + '; return plain objects and arrays only');
      }
      case 'function':
        throw new OutputError(where(key) + ' is a function, which JSON cannot represent');
      case 'symbol':
        throw new OutputError(where(key) + ' is a symbol, which JSON cannot represent');
      case 'bigint':
        throw new OutputError(where(key) + ' is a BigInt; convert it to a number or string');
      default:
        throw new OutputError(where(key) + ' has unsupported type ' + typeof value);
    }
  }

  function isPlainScalar(value) {
    switch (typeof value) {
      case 'string':
      case 'boolean':
        return true;
      case 'number':
        return value - value === 0;
      default:
        return value === null;
    }
  }
  /**
   * Reads a plain object's own enumerable properties exactly once into a null-prototype copy,
   * so a getter cannot show one value to the checks and another to the encoder; 'flat' says
   * whether every value is a scalar, which plain JSON.stringify encodes exactly as the strict
   * replacer would (the fast path for the common result). A '__proto__' key stays an own key.
   */
  function snapshot(value) {
    const copy = createObject(null);
    let flat = true;
    for (const key in value) {
      const item = value[key];
      if (flat && !isPlainScalar(item)) flat = false;
      copy[key] = item;
    }
    return { copy: copy, flat: flat };
  }

  function encodeValue(value) {
    let text;
    try {
      if (isPlainScalar(value)) text = stringify(value);
      else {
        const proto = typeof value === 'object' && value !== null ? getProto(value) : undefined;
        if (proto === PromiseProto) {
          return failure('output', 'the transform returned a Promise: transforms must be synchronous (remove async/await)');
        }
        if (proto === ObjectProto || proto === null) {
          const taken = snapshot(value);
          text = taken.flat ? stringify(taken.copy) : stringify(taken.copy, replacer);
        } else {
          text = stringify(value, replacer);
        }
      }
    } catch (error) {
      if (error instanceof OutputError) return failure(error.kind, error.message);
      if (fatalKind(error) !== undefined) throw error;
      if (error instanceof TypeError && /circular/i.test(String(error.message))) {
        return failure('output', 'the result contains a cycle, which JSON cannot represent');
      }
      return failure('output', 'reading the result failed: ' + describeThrown(error), positionOf(error));
    }
    if (text.length > maxOutputChars) {
      return failure(
        'too-large',
        'the result is ' + text.length + ' characters of JSON, above the per-record limit of ' + maxOutputChars + ' (maxOutputChars)',
      );
    }
    return '{"ok":true,"value":' + text + '}';
  }

  // ---- the batch loop ------------------------------------------------------------------------
  let transform = null;
  let records = [];
  let position = 0;
  let parts = [];
  // The host's interrupt handler reads progress[0] to time each record; it is an array the
  // submitted code cannot reach, and reading it from the host needs no call per record.
  const progress = [-1];

  function header(reset) {
    return position + ' ' + (reset ? 1 : 0) + '\n';
  }

  return {
    progress: progress,
    install: function (candidate) {
      if (typeof candidate !== 'function') return typeof candidate;
      transform = candidate;
      return 'ok';
    },
    begin: function (json, skip) {
      records = parse(json);
      // After a guest rebuild mid-batch, the records already delivered are not run again.
      if (skip > 0) records = call(arraySlice, records, skip);
      position = 0;
      progress[0] = -1;
      parts = [];
    },
    /** Runs records until the batch ends, an output chunk fills, or a fatal error needs a reset. */
    next: function () {
      parts = [];
      let size = 0;
      let reset = false;
      while (position < records.length) {
        const index = position;
        progress[0] = index;
        let encoded;
        try {
          encoded = encodeValue(transform(records[index]));
        } catch (error) {
          const kind = fatalKind(error);
          if (kind !== undefined) {
            // After an engine stack overflow the stack has unwound and the guest is as sound as
            // after any throw; only exhausted memory warrants a fresh guest.
            reset = kind === 'memory';
            encoded = failure(
              kind,
              kind === 'stack' ? 'stack overflow (recursion too deep)' : 'out of memory (guest memory limit reached)',
              positionOf(error),
            );
          } else {
            encoded = failure('throw', describeThrown(error), positionOf(error));
          }
        }
        records[index] = undefined;
        call(arrayPush, parts, encoded);
        position = index + 1;
        size += encoded.length;
        if (reset || size >= chunkChars) break;
      }
      const text = header(reset) + call(arrayJoin, parts, ',');
      parts = [];
      return text;
    },
    /** After an interrupt: what finished before the record that was stopped. */
    flush: function () {
      const text = header(false) + call(arrayJoin, parts, ',');
      parts = [];
      return text;
    },
  };
})
`;
