var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __commonJS = (cb, mod) => function __require() {
  try {
    return mod || (0, cb[__getOwnPropNames(cb)[0]])((mod = { exports: {} }).exports, mod), mod.exports;
  } catch (e) {
    throw mod = 0, e;
  }
};
var __export = (target, all) => {
  for (var name in all)
    __defProp(target, name, { get: all[name], enumerable: true });
};
var __copyProps = (to, from, except, desc) => {
  if (from && typeof from === "object" || typeof from === "function") {
    for (let key of __getOwnPropNames(from))
      if (!__hasOwnProp.call(to, key) && key !== except)
        __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
  }
  return to;
};
var __toESM = (mod, isNodeMode, target) => (target = mod != null ? __create(__getProtoOf(mod)) : {}, __copyProps(
  // If the importer is in node compatibility mode or this is not an ESM
  // file that has been converted to a CommonJS file using a Babel-
  // compatible transform (i.e. "__esModule" has not been set), then set
  // "default" to the CommonJS "module.exports" for node compatibility.
  isNodeMode || !mod || !mod.__esModule ? __defProp(target, "default", { value: mod, enumerable: true }) : target,
  mod
));
var __toCommonJS = (mod) => __copyProps(__defProp({}, "__esModule", { value: true }), mod);

// node_modules/yaml/dist/nodes/identity.js
var require_identity = __commonJS({
  "node_modules/yaml/dist/nodes/identity.js"(exports2) {
    "use strict";
    var ALIAS = /* @__PURE__ */ Symbol.for("yaml.alias");
    var DOC = /* @__PURE__ */ Symbol.for("yaml.document");
    var MAP = /* @__PURE__ */ Symbol.for("yaml.map");
    var PAIR = /* @__PURE__ */ Symbol.for("yaml.pair");
    var SCALAR = /* @__PURE__ */ Symbol.for("yaml.scalar");
    var SEQ = /* @__PURE__ */ Symbol.for("yaml.seq");
    var NODE_TYPE = /* @__PURE__ */ Symbol.for("yaml.node.type");
    var isAlias2 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === ALIAS;
    var isDocument = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === DOC;
    var isMap3 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === MAP;
    var isPair2 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === PAIR;
    var isScalar3 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === SCALAR;
    var isSeq3 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === SEQ;
    function isCollection(node) {
      if (node && typeof node === "object")
        switch (node[NODE_TYPE]) {
          case MAP:
          case SEQ:
            return true;
        }
      return false;
    }
    function isNode(node) {
      if (node && typeof node === "object")
        switch (node[NODE_TYPE]) {
          case ALIAS:
          case MAP:
          case SCALAR:
          case SEQ:
            return true;
        }
      return false;
    }
    var hasAnchor = (node) => (isScalar3(node) || isCollection(node)) && !!node.anchor;
    exports2.ALIAS = ALIAS;
    exports2.DOC = DOC;
    exports2.MAP = MAP;
    exports2.NODE_TYPE = NODE_TYPE;
    exports2.PAIR = PAIR;
    exports2.SCALAR = SCALAR;
    exports2.SEQ = SEQ;
    exports2.hasAnchor = hasAnchor;
    exports2.isAlias = isAlias2;
    exports2.isCollection = isCollection;
    exports2.isDocument = isDocument;
    exports2.isMap = isMap3;
    exports2.isNode = isNode;
    exports2.isPair = isPair2;
    exports2.isScalar = isScalar3;
    exports2.isSeq = isSeq3;
  }
});

// node_modules/yaml/dist/visit.js
var require_visit = __commonJS({
  "node_modules/yaml/dist/visit.js"(exports2) {
    "use strict";
    var identity = require_identity();
    var BREAK = /* @__PURE__ */ Symbol("break visit");
    var SKIP = /* @__PURE__ */ Symbol("skip children");
    var REMOVE = /* @__PURE__ */ Symbol("remove node");
    function visit2(node, visitor) {
      const visitor_ = initVisitor(visitor);
      if (identity.isDocument(node)) {
        const cd = visit_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
          node.contents = null;
      } else
        visit_(null, node, visitor_, Object.freeze([]));
    }
    visit2.BREAK = BREAK;
    visit2.SKIP = SKIP;
    visit2.REMOVE = REMOVE;
    function visit_(key, node, visitor, path) {
      const ctrl = callVisitor(key, node, visitor, path);
      if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path, ctrl);
        return visit_(key, ctrl, visitor, path);
      }
      if (typeof ctrl !== "symbol") {
        if (identity.isCollection(node)) {
          path = Object.freeze(path.concat(node));
          for (let i = 0; i < node.items.length; ++i) {
            const ci = visit_(i, node.items[i], visitor, path);
            if (typeof ci === "number")
              i = ci - 1;
            else if (ci === BREAK)
              return BREAK;
            else if (ci === REMOVE) {
              node.items.splice(i, 1);
              i -= 1;
            }
          }
        } else if (identity.isPair(node)) {
          path = Object.freeze(path.concat(node));
          const ck = visit_("key", node.key, visitor, path);
          if (ck === BREAK)
            return BREAK;
          else if (ck === REMOVE)
            node.key = null;
          const cv = visit_("value", node.value, visitor, path);
          if (cv === BREAK)
            return BREAK;
          else if (cv === REMOVE)
            node.value = null;
        }
      }
      return ctrl;
    }
    async function visitAsync(node, visitor) {
      const visitor_ = initVisitor(visitor);
      if (identity.isDocument(node)) {
        const cd = await visitAsync_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
          node.contents = null;
      } else
        await visitAsync_(null, node, visitor_, Object.freeze([]));
    }
    visitAsync.BREAK = BREAK;
    visitAsync.SKIP = SKIP;
    visitAsync.REMOVE = REMOVE;
    async function visitAsync_(key, node, visitor, path) {
      const ctrl = await callVisitor(key, node, visitor, path);
      if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path, ctrl);
        return visitAsync_(key, ctrl, visitor, path);
      }
      if (typeof ctrl !== "symbol") {
        if (identity.isCollection(node)) {
          path = Object.freeze(path.concat(node));
          for (let i = 0; i < node.items.length; ++i) {
            const ci = await visitAsync_(i, node.items[i], visitor, path);
            if (typeof ci === "number")
              i = ci - 1;
            else if (ci === BREAK)
              return BREAK;
            else if (ci === REMOVE) {
              node.items.splice(i, 1);
              i -= 1;
            }
          }
        } else if (identity.isPair(node)) {
          path = Object.freeze(path.concat(node));
          const ck = await visitAsync_("key", node.key, visitor, path);
          if (ck === BREAK)
            return BREAK;
          else if (ck === REMOVE)
            node.key = null;
          const cv = await visitAsync_("value", node.value, visitor, path);
          if (cv === BREAK)
            return BREAK;
          else if (cv === REMOVE)
            node.value = null;
        }
      }
      return ctrl;
    }
    function initVisitor(visitor) {
      if (typeof visitor === "object" && (visitor.Collection || visitor.Node || visitor.Value)) {
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
      if (typeof visitor === "function")
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
      return void 0;
    }
    function replaceNode(key, path, node) {
      const parent = path[path.length - 1];
      if (identity.isCollection(parent)) {
        parent.items[key] = node;
      } else if (identity.isPair(parent)) {
        if (key === "key")
          parent.key = node;
        else
          parent.value = node;
      } else if (identity.isDocument(parent)) {
        parent.contents = node;
      } else {
        const pt = identity.isAlias(parent) ? "alias" : "scalar";
        throw new Error(`Cannot replace node with ${pt} parent`);
      }
    }
    exports2.visit = visit2;
    exports2.visitAsync = visitAsync;
  }
});

// node_modules/yaml/dist/doc/directives.js
var require_directives = __commonJS({
  "node_modules/yaml/dist/doc/directives.js"(exports2) {
    "use strict";
    var identity = require_identity();
    var visit2 = require_visit();
    var escapeChars = {
      "!": "%21",
      ",": "%2C",
      "[": "%5B",
      "]": "%5D",
      "{": "%7B",
      "}": "%7D"
    };
    var escapeTagName = (tn) => tn.replace(/[!,[\]{}]/g, (ch) => escapeChars[ch]);
    var Directives = class _Directives {
      constructor(yaml, tags) {
        this.docStart = null;
        this.docEnd = false;
        this.yaml = Object.assign({}, _Directives.defaultYaml, yaml);
        this.tags = Object.assign({}, _Directives.defaultTags, tags);
      }
      clone() {
        const copy = new _Directives(this.yaml, this.tags);
        copy.docStart = this.docStart;
        return copy;
      }
      /**
       * During parsing, get a Directives instance for the current document and
       * update the stream state according to the current version's spec.
       */
      atDocument() {
        const res = new _Directives(this.yaml, this.tags);
        switch (this.yaml.version) {
          case "1.1":
            this.atNextDocument = true;
            break;
          case "1.2":
            this.atNextDocument = false;
            this.yaml = {
              explicit: _Directives.defaultYaml.explicit,
              version: "1.2"
            };
            this.tags = Object.assign({}, _Directives.defaultTags);
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
          this.yaml = { explicit: _Directives.defaultYaml.explicit, version: "1.1" };
          this.tags = Object.assign({}, _Directives.defaultTags);
          this.atNextDocument = false;
        }
        const parts = line.trim().split(/[ \t]+/);
        const name = parts.shift();
        switch (name) {
          case "%TAG": {
            if (parts.length !== 2) {
              onError(0, "%TAG directive should contain exactly two parts");
              if (parts.length < 2)
                return false;
            }
            const [handle, prefix] = parts;
            this.tags[handle] = prefix;
            return true;
          }
          case "%YAML": {
            this.yaml.explicit = true;
            if (parts.length !== 1) {
              onError(0, "%YAML directive should contain exactly one part");
              return false;
            }
            const [version] = parts;
            if (version === "1.1" || version === "1.2") {
              this.yaml.version = version;
              return true;
            } else {
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
        if (source === "!")
          return "!";
        if (source[0] !== "!") {
          onError(`Not a valid tag: ${source}`);
          return null;
        }
        if (source[1] === "<") {
          const verbatim = source.slice(2, -1);
          if (verbatim === "!" || verbatim === "!!") {
            onError(`Verbatim tags aren't resolved, so ${source} is invalid.`);
            return null;
          }
          if (source[source.length - 1] !== ">")
            onError("Verbatim tags must end with a >");
          return verbatim;
        }
        const [, handle, suffix] = source.match(/^(.*!)([^!]*)$/s);
        if (!suffix)
          onError(`The ${source} tag has no suffix`);
        const prefix = this.tags[handle];
        if (prefix) {
          try {
            return prefix + decodeURIComponent(suffix);
          } catch (error) {
            onError(String(error));
            return null;
          }
        }
        if (handle === "!")
          return source;
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
        return tag[0] === "!" ? tag : `!<${tag}>`;
      }
      toString(doc) {
        const lines = this.yaml.explicit ? [`%YAML ${this.yaml.version || "1.2"}`] : [];
        const tagEntries = Object.entries(this.tags);
        let tagNames;
        if (doc && tagEntries.length > 0 && identity.isNode(doc.contents)) {
          const tags = {};
          visit2.visit(doc.contents, (_key, node) => {
            if (identity.isNode(node) && node.tag)
              tags[node.tag] = true;
          });
          tagNames = Object.keys(tags);
        } else
          tagNames = [];
        for (const [handle, prefix] of tagEntries) {
          if (handle === "!!" && prefix === "tag:yaml.org,2002:")
            continue;
          if (!doc || tagNames.some((tn) => tn.startsWith(prefix)))
            lines.push(`%TAG ${handle} ${prefix}`);
        }
        return lines.join("\n");
      }
    };
    Directives.defaultYaml = { explicit: false, version: "1.2" };
    Directives.defaultTags = { "!!": "tag:yaml.org,2002:" };
    exports2.Directives = Directives;
  }
});

// node_modules/yaml/dist/doc/anchors.js
var require_anchors = __commonJS({
  "node_modules/yaml/dist/doc/anchors.js"(exports2) {
    "use strict";
    var identity = require_identity();
    var visit2 = require_visit();
    function anchorIsValid(anchor) {
      if (/[\x00-\x19\s,[\]{}]/.test(anchor)) {
        const sa = JSON.stringify(anchor);
        const msg = `Anchor must not contain whitespace or control characters: ${sa}`;
        throw new Error(msg);
      }
      return true;
    }
    function anchorNames(root) {
      const anchors = /* @__PURE__ */ new Set();
      visit2.visit(root, {
        Value(_key, node) {
          if (node.anchor)
            anchors.add(node.anchor);
        }
      });
      return anchors;
    }
    function findNewAnchor(prefix, exclude) {
      for (let i = 1; true; ++i) {
        const name = `${prefix}${i}`;
        if (!exclude.has(name))
          return name;
      }
    }
    function createNodeAnchors(doc, prefix) {
      const aliasObjects = [];
      const sourceObjects = /* @__PURE__ */ new Map();
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
            if (typeof ref === "object" && ref.anchor && (identity.isScalar(ref.node) || identity.isCollection(ref.node))) {
              ref.node.anchor = ref.anchor;
            } else {
              const error = new Error("Failed to resolve repeated object (this should not happen)");
              error.source = source;
              throw error;
            }
          }
        },
        sourceObjects
      };
    }
    exports2.anchorIsValid = anchorIsValid;
    exports2.anchorNames = anchorNames;
    exports2.createNodeAnchors = createNodeAnchors;
    exports2.findNewAnchor = findNewAnchor;
  }
});

// node_modules/yaml/dist/doc/applyReviver.js
var require_applyReviver = __commonJS({
  "node_modules/yaml/dist/doc/applyReviver.js"(exports2) {
    "use strict";
    function applyReviver(reviver, obj, key, val) {
      if (val && typeof val === "object") {
        if (Array.isArray(val)) {
          for (let i = 0, len = val.length; i < len; ++i) {
            const v0 = val[i];
            const v1 = applyReviver(reviver, val, String(i), v0);
            if (v1 === void 0)
              delete val[i];
            else if (v1 !== v0)
              val[i] = v1;
          }
        } else if (val instanceof Map) {
          for (const k of Array.from(val.keys())) {
            const v0 = val.get(k);
            const v1 = applyReviver(reviver, val, k, v0);
            if (v1 === void 0)
              val.delete(k);
            else if (v1 !== v0)
              val.set(k, v1);
          }
        } else if (val instanceof Set) {
          for (const v0 of Array.from(val)) {
            const v1 = applyReviver(reviver, val, v0, v0);
            if (v1 === void 0)
              val.delete(v0);
            else if (v1 !== v0) {
              val.delete(v0);
              val.add(v1);
            }
          }
        } else {
          for (const [k, v0] of Object.entries(val)) {
            const v1 = applyReviver(reviver, val, k, v0);
            if (v1 === void 0)
              delete val[k];
            else if (v1 !== v0)
              val[k] = v1;
          }
        }
      }
      return reviver.call(obj, key, val);
    }
    exports2.applyReviver = applyReviver;
  }
});

// node_modules/yaml/dist/nodes/toJS.js
var require_toJS = __commonJS({
  "node_modules/yaml/dist/nodes/toJS.js"(exports2) {
    "use strict";
    var identity = require_identity();
    function toJS(value, arg, ctx) {
      if (Array.isArray(value))
        return value.map((v, i) => toJS(v, String(i), ctx));
      if (value && typeof value.toJSON === "function") {
        if (!ctx || !identity.hasAnchor(value))
          return value.toJSON(arg, ctx);
        const data = { aliasCount: 0, count: 1, res: void 0 };
        ctx.anchors.set(value, data);
        ctx.onCreate = (res2) => {
          data.res = res2;
          delete ctx.onCreate;
        };
        const res = value.toJSON(arg, ctx);
        if (ctx.onCreate)
          ctx.onCreate(res);
        return res;
      }
      if (typeof value === "bigint" && !ctx?.keep)
        return Number(value);
      return value;
    }
    exports2.toJS = toJS;
  }
});

// node_modules/yaml/dist/nodes/Node.js
var require_Node = __commonJS({
  "node_modules/yaml/dist/nodes/Node.js"(exports2) {
    "use strict";
    var applyReviver = require_applyReviver();
    var identity = require_identity();
    var toJS = require_toJS();
    var NodeBase = class {
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
          throw new TypeError("A document argument is required");
        const ctx = {
          anchors: /* @__PURE__ */ new Map(),
          doc,
          keep: true,
          mapAsMap: mapAsMap === true,
          mapKeyWarned: false,
          maxAliasCount: typeof maxAliasCount === "number" ? maxAliasCount : 100
        };
        const res = toJS.toJS(this, "", ctx);
        if (typeof onAnchor === "function")
          for (const { count, res: res2 } of ctx.anchors.values())
            onAnchor(res2, count);
        return typeof reviver === "function" ? applyReviver.applyReviver(reviver, { "": res }, "", res) : res;
      }
    };
    exports2.NodeBase = NodeBase;
  }
});

// node_modules/yaml/dist/nodes/Alias.js
var require_Alias = __commonJS({
  "node_modules/yaml/dist/nodes/Alias.js"(exports2) {
    "use strict";
    var anchors = require_anchors();
    var visit2 = require_visit();
    var identity = require_identity();
    var Node = require_Node();
    var toJS = require_toJS();
    var Alias = class extends Node.NodeBase {
      constructor(source) {
        super(identity.ALIAS);
        this.source = source;
        Object.defineProperty(this, "tag", {
          set() {
            throw new Error("Alias nodes cannot have tags");
          }
        });
      }
      /**
       * Resolve the value of this alias within `doc`, finding the last
       * instance of the `source` anchor before this node.
       */
      resolve(doc, ctx) {
        if (ctx?.maxAliasCount === 0)
          throw new ReferenceError("Alias resolution is disabled");
        let nodes;
        if (ctx?.aliasResolveCache) {
          nodes = ctx.aliasResolveCache;
        } else {
          nodes = [];
          visit2.visit(doc, {
            Node: (_key, node) => {
              if (identity.isAlias(node) || identity.hasAnchor(node))
                nodes.push(node);
            }
          });
          if (ctx)
            ctx.aliasResolveCache = nodes;
        }
        let found = void 0;
        for (const node of nodes) {
          if (node === this)
            break;
          if (node.anchor === this.source)
            found = node;
        }
        if (found && ctx) {
          const { anchors: anchors2, doc: doc2, maxAliasCount } = ctx;
          let data = anchors2.get(found);
          if (!data) {
            toJS.toJS(found, null, ctx);
            data = anchors2.get(found);
          }
          if (data?.res === void 0) {
            const msg = "This should not happen: Alias anchor was not resolved?";
            throw new ReferenceError(msg);
          }
          if (maxAliasCount >= 0) {
            data.count += 1;
            if (data.aliasCount === 0)
              data.aliasCount = getAliasCount(doc2, found, anchors2);
            if (data.count * data.aliasCount > maxAliasCount) {
              const msg = "Excessive alias count indicates a resource exhaustion attack";
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
    };
    function getAliasCount(doc, node, anchors2) {
      if (identity.isAlias(node)) {
        const source = node.resolve(doc);
        const anchor = anchors2 && source && anchors2.get(source);
        return anchor ? anchor.count * anchor.aliasCount : 0;
      } else if (identity.isCollection(node)) {
        let count = 0;
        for (const item of node.items) {
          const c = getAliasCount(doc, item, anchors2);
          if (c > count)
            count = c;
        }
        return count;
      } else if (identity.isPair(node)) {
        const kc = getAliasCount(doc, node.key, anchors2);
        const vc = getAliasCount(doc, node.value, anchors2);
        return Math.max(kc, vc);
      }
      return 1;
    }
    exports2.Alias = Alias;
  }
});

// node_modules/yaml/dist/nodes/Scalar.js
var require_Scalar = __commonJS({
  "node_modules/yaml/dist/nodes/Scalar.js"(exports2) {
    "use strict";
    var identity = require_identity();
    var Node = require_Node();
    var toJS = require_toJS();
    var isScalarValue = (value) => !value || typeof value !== "function" && typeof value !== "object";
    var Scalar2 = class extends Node.NodeBase {
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
    };
    Scalar2.BLOCK_FOLDED = "BLOCK_FOLDED";
    Scalar2.BLOCK_LITERAL = "BLOCK_LITERAL";
    Scalar2.PLAIN = "PLAIN";
    Scalar2.QUOTE_DOUBLE = "QUOTE_DOUBLE";
    Scalar2.QUOTE_SINGLE = "QUOTE_SINGLE";
    exports2.Scalar = Scalar2;
    exports2.isScalarValue = isScalarValue;
  }
});

// node_modules/yaml/dist/doc/createNode.js
var require_createNode = __commonJS({
  "node_modules/yaml/dist/doc/createNode.js"(exports2) {
    "use strict";
    var Alias = require_Alias();
    var identity = require_identity();
    var Scalar2 = require_Scalar();
    var defaultTagPrefix = "tag:yaml.org,2002:";
    function findTagObject(value, tagName, tags) {
      if (tagName) {
        const match = tags.filter((t) => t.tag === tagName);
        const tagObj = match.find((t) => !t.format) ?? match[0];
        if (!tagObj)
          throw new Error(`Tag ${tagName} not found`);
        return tagObj;
      }
      return tags.find((t) => t.identify?.(value) && !t.format);
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
      if (value instanceof String || value instanceof Number || value instanceof Boolean || typeof BigInt !== "undefined" && value instanceof BigInt) {
        value = value.valueOf();
      }
      const { aliasDuplicateObjects, onAnchor, onTagObj, schema, sourceObjects } = ctx;
      let ref = void 0;
      if (aliasDuplicateObjects && value && typeof value === "object") {
        ref = sourceObjects.get(value);
        if (ref) {
          ref.anchor ?? (ref.anchor = onAnchor(value));
          return new Alias.Alias(ref.anchor);
        } else {
          ref = { anchor: null, node: null };
          sourceObjects.set(value, ref);
        }
      }
      if (tagName?.startsWith("!!"))
        tagName = defaultTagPrefix + tagName.slice(2);
      let tagObj = findTagObject(value, tagName, schema.tags);
      if (!tagObj) {
        if (value && typeof value.toJSON === "function") {
          value = value.toJSON();
        }
        if (!value || typeof value !== "object") {
          const node2 = new Scalar2.Scalar(value);
          if (ref)
            ref.node = node2;
          return node2;
        }
        tagObj = value instanceof Map ? schema[identity.MAP] : Symbol.iterator in Object(value) ? schema[identity.SEQ] : schema[identity.MAP];
      }
      if (onTagObj) {
        onTagObj(tagObj);
        delete ctx.onTagObj;
      }
      const node = tagObj?.createNode ? tagObj.createNode(ctx.schema, value, ctx) : typeof tagObj?.nodeClass?.from === "function" ? tagObj.nodeClass.from(ctx.schema, value, ctx) : new Scalar2.Scalar(value);
      if (tagName)
        node.tag = tagName;
      else if (!tagObj.default)
        node.tag = tagObj.tag;
      if (ref)
        ref.node = node;
      return node;
    }
    exports2.createNode = createNode;
  }
});

// node_modules/yaml/dist/nodes/Collection.js
var require_Collection = __commonJS({
  "node_modules/yaml/dist/nodes/Collection.js"(exports2) {
    "use strict";
    var createNode = require_createNode();
    var identity = require_identity();
    var Node = require_Node();
    function collectionFromPath(schema, path, value) {
      let v = value;
      for (let i = path.length - 1; i >= 0; --i) {
        const k = path[i];
        if (typeof k === "number" && Number.isInteger(k) && k >= 0) {
          const a = [];
          a[k] = v;
          v = a;
        } else {
          v = /* @__PURE__ */ new Map([[k, v]]);
        }
      }
      return createNode.createNode(v, void 0, {
        aliasDuplicateObjects: false,
        keepUndefined: false,
        onAnchor: () => {
          throw new Error("This should not happen, please report a bug.");
        },
        schema,
        sourceObjects: /* @__PURE__ */ new Map()
      });
    }
    var isEmptyPath = (path) => path == null || typeof path === "object" && !!path[Symbol.iterator]().next().done;
    var Collection = class extends Node.NodeBase {
      constructor(type, schema) {
        super(type);
        Object.defineProperty(this, "schema", {
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
        copy.items = copy.items.map((it) => identity.isNode(it) || identity.isPair(it) ? it.clone(schema) : it);
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
          else if (node === void 0 && this.schema)
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
          return identity.isCollection(node) ? node.getIn(rest, keepScalar) : void 0;
      }
      hasAllNullValues(allowScalar) {
        return this.items.every((node) => {
          if (!identity.isPair(node))
            return false;
          const n = node.value;
          return n == null || allowScalar && identity.isScalar(n) && n.value == null && !n.commentBefore && !n.comment && !n.tag;
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
        } else {
          const node = this.get(key, true);
          if (identity.isCollection(node))
            node.setIn(rest, value);
          else if (node === void 0 && this.schema)
            this.set(key, collectionFromPath(this.schema, rest, value));
          else
            throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
      }
    };
    exports2.Collection = Collection;
    exports2.collectionFromPath = collectionFromPath;
    exports2.isEmptyPath = isEmptyPath;
  }
});

// node_modules/yaml/dist/stringify/stringifyComment.js
var require_stringifyComment = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyComment.js"(exports2) {
    "use strict";
    var stringifyComment = (str) => str.replace(/^(?!$)(?: $)?/gm, "#");
    function indentComment(comment, indent) {
      if (/^\n+$/.test(comment))
        return comment.substring(1);
      return indent ? comment.replace(/^(?! *$)/gm, indent) : comment;
    }
    var lineComment = (str, indent, comment) => str.endsWith("\n") ? indentComment(comment, indent) : comment.includes("\n") ? "\n" + indentComment(comment, indent) : (str.endsWith(" ") ? "" : " ") + comment;
    exports2.indentComment = indentComment;
    exports2.lineComment = lineComment;
    exports2.stringifyComment = stringifyComment;
  }
});

// node_modules/yaml/dist/stringify/foldFlowLines.js
var require_foldFlowLines = __commonJS({
  "node_modules/yaml/dist/stringify/foldFlowLines.js"(exports2) {
    "use strict";
    var FOLD_FLOW = "flow";
    var FOLD_BLOCK = "block";
    var FOLD_QUOTED = "quoted";
    function foldFlowLines(text, indent, mode = "flow", { indentAtStart, lineWidth = 80, minContentWidth = 20, onFold, onOverflow } = {}) {
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
      if (typeof indentAtStart === "number") {
        if (indentAtStart > lineWidth - Math.max(2, minContentWidth))
          folds.push(0);
        else
          end = lineWidth - indentAtStart;
      }
      let split = void 0;
      let prev = void 0;
      let overflow = false;
      let i = -1;
      let escStart = -1;
      let escEnd = -1;
      if (mode === FOLD_BLOCK) {
        i = consumeMoreIndentedLines(text, i, indent.length);
        if (i !== -1)
          end = i + endStep;
      }
      for (let ch; ch = text[i += 1]; ) {
        if (mode === FOLD_QUOTED && ch === "\\") {
          escStart = i;
          switch (text[i + 1]) {
            case "x":
              i += 3;
              break;
            case "u":
              i += 5;
              break;
            case "U":
              i += 9;
              break;
            default:
              i += 1;
          }
          escEnd = i;
        }
        if (ch === "\n") {
          if (mode === FOLD_BLOCK)
            i = consumeMoreIndentedLines(text, i, indent.length);
          end = i + indent.length + endStep;
          split = void 0;
        } else {
          if (ch === " " && prev && prev !== " " && prev !== "\n" && prev !== "	") {
            const next = text[i + 1];
            if (next && next !== " " && next !== "\n" && next !== "	")
              split = i;
          }
          if (i >= end) {
            if (split) {
              folds.push(split);
              end = split + endStep;
              split = void 0;
            } else if (mode === FOLD_QUOTED) {
              while (prev === " " || prev === "	") {
                prev = ch;
                ch = text[i += 1];
                overflow = true;
              }
              const j = i > escEnd + 1 ? i - 2 : escStart - 1;
              if (escapedFolds[j])
                return text;
              folds.push(j);
              escapedFolds[j] = true;
              end = j + endStep;
              split = void 0;
            } else {
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
      for (let i2 = 0; i2 < folds.length; ++i2) {
        const fold = folds[i2];
        const end2 = folds[i2 + 1] || text.length;
        if (fold === 0)
          res = `
${indent}${text.slice(0, end2)}`;
        else {
          if (mode === FOLD_QUOTED && escapedFolds[fold])
            res += `${text[fold]}\\`;
          res += `
${indent}${text.slice(fold + 1, end2)}`;
        }
      }
      return res;
    }
    function consumeMoreIndentedLines(text, i, indent) {
      let end = i;
      let start = i + 1;
      let ch = text[start];
      while (ch === " " || ch === "	") {
        if (i < start + indent) {
          ch = text[++i];
        } else {
          do {
            ch = text[++i];
          } while (ch && ch !== "\n");
          end = i;
          start = i + 1;
          ch = text[start];
        }
      }
      return end;
    }
    exports2.FOLD_BLOCK = FOLD_BLOCK;
    exports2.FOLD_FLOW = FOLD_FLOW;
    exports2.FOLD_QUOTED = FOLD_QUOTED;
    exports2.foldFlowLines = foldFlowLines;
  }
});

// node_modules/yaml/dist/stringify/stringifyString.js
var require_stringifyString = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyString.js"(exports2) {
    "use strict";
    var Scalar2 = require_Scalar();
    var foldFlowLines = require_foldFlowLines();
    var getFoldOptions = (ctx, isBlock) => ({
      indentAtStart: isBlock ? ctx.indent.length : ctx.indentAtStart,
      lineWidth: ctx.options.lineWidth,
      minContentWidth: ctx.options.minContentWidth
    });
    var containsDocumentMarker = (str) => /^(%|---|\.\.\.)/m.test(str);
    function lineLengthOverLimit(str, lineWidth, indentLength) {
      if (!lineWidth || lineWidth < 0)
        return false;
      const limit = lineWidth - indentLength;
      const strLen = str.length;
      if (strLen <= limit)
        return false;
      for (let i = 0, start = 0; i < strLen; ++i) {
        if (str[i] === "\n") {
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
      const indent = ctx.indent || (containsDocumentMarker(value) ? "  " : "");
      let str = "";
      let start = 0;
      for (let i = 0, ch = json[i]; ch; ch = json[++i]) {
        if (ch === " " && json[i + 1] === "\\" && json[i + 2] === "n") {
          str += json.slice(start, i) + "\\ ";
          i += 1;
          start = i;
          ch = "\\";
        }
        if (ch === "\\")
          switch (json[i + 1]) {
            case "u":
              {
                str += json.slice(start, i);
                const code = json.substr(i + 2, 4);
                switch (code) {
                  case "0000":
                    str += "\\0";
                    break;
                  case "0007":
                    str += "\\a";
                    break;
                  case "000b":
                    str += "\\v";
                    break;
                  case "001b":
                    str += "\\e";
                    break;
                  case "0085":
                    str += "\\N";
                    break;
                  case "00a0":
                    str += "\\_";
                    break;
                  case "2028":
                    str += "\\L";
                    break;
                  case "2029":
                    str += "\\P";
                    break;
                  default:
                    if (code.substr(0, 2) === "00")
                      str += "\\x" + code.substr(2);
                    else
                      str += json.substr(i, 6);
                }
                i += 5;
                start = i + 1;
              }
              break;
            case "n":
              if (implicitKey || json[i + 2] === '"' || json.length < minMultiLineLength) {
                i += 1;
              } else {
                str += json.slice(start, i) + "\n\n";
                while (json[i + 2] === "\\" && json[i + 3] === "n" && json[i + 4] !== '"') {
                  str += "\n";
                  i += 2;
                }
                str += indent;
                if (json[i + 2] === " ")
                  str += "\\";
                i += 1;
                start = i + 1;
              }
              break;
            default:
              i += 1;
          }
      }
      str = start ? str + json.slice(start) : json;
      return implicitKey ? str : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_QUOTED, getFoldOptions(ctx, false));
    }
    function singleQuotedString(value, ctx) {
      if (ctx.options.singleQuote === false || ctx.implicitKey && value.includes("\n") || /[ \t]\n|\n[ \t]/.test(value))
        return doubleQuotedString(value, ctx);
      const indent = ctx.indent || (containsDocumentMarker(value) ? "  " : "");
      const res = "'" + value.replace(/'/g, "''").replace(/\n+/g, `$&
${indent}`) + "'";
      return ctx.implicitKey ? res : foldFlowLines.foldFlowLines(res, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
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
    var blockEndNewlines;
    try {
      blockEndNewlines = new RegExp("(^|(?<!\n))\n+(?!\n|$)", "g");
    } catch {
      blockEndNewlines = /\n+(?!\n|$)/g;
    }
    function blockString({ comment, type, value }, ctx, onComment, onChompKeep) {
      const { blockQuote, commentString, lineWidth } = ctx.options;
      if (!blockQuote || /\n[\t ]+$/.test(value)) {
        return quotedString(value, ctx);
      }
      const indent = ctx.indent || (ctx.forceBlockIndent || containsDocumentMarker(value) ? "  " : "");
      const literal = blockQuote === "literal" ? true : blockQuote === "folded" || type === Scalar2.Scalar.BLOCK_FOLDED ? false : type === Scalar2.Scalar.BLOCK_LITERAL ? true : !lineLengthOverLimit(value, lineWidth, indent.length);
      if (!value)
        return literal ? "|\n" : ">\n";
      let chomp;
      let endStart;
      for (endStart = value.length; endStart > 0; --endStart) {
        const ch = value[endStart - 1];
        if (ch !== "\n" && ch !== "	" && ch !== " ")
          break;
      }
      let end = value.substring(endStart);
      const endNlPos = end.indexOf("\n");
      if (endNlPos === -1) {
        chomp = "-";
      } else if (value === end || endNlPos !== end.length - 1) {
        chomp = "+";
        if (onChompKeep)
          onChompKeep();
      } else {
        chomp = "";
      }
      if (end) {
        value = value.slice(0, -end.length);
        if (end[end.length - 1] === "\n")
          end = end.slice(0, -1);
        end = end.replace(blockEndNewlines, `$&${indent}`);
      }
      let startWithSpace = false;
      let startEnd;
      let startNlPos = -1;
      for (startEnd = 0; startEnd < value.length; ++startEnd) {
        const ch = value[startEnd];
        if (ch === " ")
          startWithSpace = true;
        else if (ch === "\n")
          startNlPos = startEnd;
        else
          break;
      }
      let start = value.substring(0, startNlPos < startEnd ? startNlPos + 1 : startEnd);
      if (start) {
        value = value.substring(start.length);
        start = start.replace(/\n+/g, `$&${indent}`);
      }
      const indentSize = indent ? "2" : "1";
      let header = (startWithSpace ? indentSize : "") + chomp;
      if (comment) {
        header += " " + commentString(comment.replace(/ ?[\r\n]+/g, " "));
        if (onComment)
          onComment();
      }
      if (!literal) {
        const foldedValue = value.replace(/\n+/g, "\n$&").replace(/(?:^|\n)([\t ].*)(?:([\n\t ]*)\n(?![\n\t ]))?/g, "$1$2").replace(/\n+/g, `$&${indent}`);
        let literalFallback = false;
        const foldOptions = getFoldOptions(ctx, true);
        if (blockQuote !== "folded" && type !== Scalar2.Scalar.BLOCK_FOLDED) {
          foldOptions.onOverflow = () => {
            literalFallback = true;
          };
        }
        const body = foldFlowLines.foldFlowLines(`${start}${foldedValue}${end}`, indent, foldFlowLines.FOLD_BLOCK, foldOptions);
        if (!literalFallback)
          return `>${header}
${indent}${body}`;
      }
      value = value.replace(/\n+/g, `$&${indent}`);
      return `|${header}
${indent}${start}${value}${end}`;
    }
    function plainString(item, ctx, onComment, onChompKeep) {
      const { type, value } = item;
      const { actualString, implicitKey, indent, indentStep, inFlow } = ctx;
      if (implicitKey && value.includes("\n") || inFlow && /[[\]{},]/.test(value)) {
        return quotedString(value, ctx);
      }
      if (/^[\n\t ,[\]{}#&*!|>'"%@`]|^[?-]$|^[?-][ \t]|[\n:][ \t]|[ \t]\n|[\n\t ]#|[\n\t :]$/.test(value)) {
        return implicitKey || inFlow || !value.includes("\n") ? quotedString(value, ctx) : blockString(item, ctx, onComment, onChompKeep);
      }
      if (!implicitKey && !inFlow && type !== Scalar2.Scalar.PLAIN && value.includes("\n")) {
        return blockString(item, ctx, onComment, onChompKeep);
      }
      if (containsDocumentMarker(value)) {
        if (indent === "") {
          ctx.forceBlockIndent = true;
          return blockString(item, ctx, onComment, onChompKeep);
        } else if (implicitKey && indent === indentStep) {
          return quotedString(value, ctx);
        }
      }
      const str = value.replace(/\n+/g, `$&
${indent}`);
      if (actualString) {
        const test = (tag) => tag.default && tag.tag !== "tag:yaml.org,2002:str" && tag.test?.test(str);
        const { compat, tags } = ctx.doc.schema;
        if (tags.some(test) || compat?.some(test))
          return quotedString(value, ctx);
      }
      return implicitKey ? str : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
    }
    function stringifyString(item, ctx, onComment, onChompKeep) {
      const { implicitKey, inFlow } = ctx;
      const ss = typeof item.value === "string" ? item : Object.assign({}, item, { value: String(item.value) });
      let { type } = item;
      if (type !== Scalar2.Scalar.QUOTE_DOUBLE) {
        if (/[\x00-\x08\x0b-\x1f\x7f-\x9f\u{D800}-\u{DFFF}]/u.test(ss.value))
          type = Scalar2.Scalar.QUOTE_DOUBLE;
      }
      const _stringify = (_type) => {
        switch (_type) {
          case Scalar2.Scalar.BLOCK_FOLDED:
          case Scalar2.Scalar.BLOCK_LITERAL:
            return implicitKey || inFlow ? quotedString(ss.value, ctx) : blockString(ss, ctx, onComment, onChompKeep);
          case Scalar2.Scalar.QUOTE_DOUBLE:
            return doubleQuotedString(ss.value, ctx);
          case Scalar2.Scalar.QUOTE_SINGLE:
            return singleQuotedString(ss.value, ctx);
          case Scalar2.Scalar.PLAIN:
            return plainString(ss, ctx, onComment, onChompKeep);
          default:
            return null;
        }
      };
      let res = _stringify(type);
      if (res === null) {
        const { defaultKeyType, defaultStringType } = ctx.options;
        const t = implicitKey && defaultKeyType || defaultStringType;
        res = _stringify(t);
        if (res === null)
          throw new Error(`Unsupported default string type ${t}`);
      }
      return res;
    }
    exports2.stringifyString = stringifyString;
  }
});

// node_modules/yaml/dist/stringify/stringify.js
var require_stringify = __commonJS({
  "node_modules/yaml/dist/stringify/stringify.js"(exports2) {
    "use strict";
    var anchors = require_anchors();
    var identity = require_identity();
    var stringifyComment = require_stringifyComment();
    var stringifyString = require_stringifyString();
    function createStringifyContext(doc, options) {
      const opt = Object.assign({
        blockQuote: true,
        commentString: stringifyComment.stringifyComment,
        defaultKeyType: null,
        defaultStringType: "PLAIN",
        directives: null,
        doubleQuotedAsJSON: false,
        doubleQuotedMinMultiLineLength: 40,
        falseStr: "false",
        flowCollectionPadding: true,
        indentSeq: true,
        lineWidth: 80,
        minContentWidth: 20,
        nullStr: "null",
        simpleKeys: false,
        singleQuote: null,
        trailingComma: false,
        trueStr: "true",
        verifyAliasOrder: true
      }, doc.schema.toStringOptions, options);
      let inFlow;
      switch (opt.collectionStyle) {
        case "block":
          inFlow = false;
          break;
        case "flow":
          inFlow = true;
          break;
        default:
          inFlow = null;
      }
      return {
        anchors: /* @__PURE__ */ new Set(),
        doc,
        flowCollectionPadding: opt.flowCollectionPadding ? " " : "",
        indent: "",
        indentStep: typeof opt.indent === "number" ? " ".repeat(opt.indent) : "  ",
        inFlow,
        options: opt
      };
    }
    function getTagObject(tags, item) {
      if (item.tag) {
        const match = tags.filter((t) => t.tag === item.tag);
        if (match.length > 0)
          return match.find((t) => t.format === item.format) ?? match[0];
      }
      let tagObj = void 0;
      let obj;
      if (identity.isScalar(item)) {
        obj = item.value;
        let match = tags.filter((t) => t.identify?.(obj));
        if (match.length > 1) {
          const testMatch = match.filter((t) => t.test);
          if (testMatch.length > 0)
            match = testMatch;
        }
        tagObj = match.find((t) => t.format === item.format) ?? match.find((t) => !t.format);
      } else {
        obj = item;
        tagObj = tags.find((t) => t.nodeClass && obj instanceof t.nodeClass);
      }
      if (!tagObj) {
        const name = obj?.constructor?.name ?? (obj === null ? "null" : typeof obj);
        throw new Error(`Tag not resolved for ${name} value`);
      }
      return tagObj;
    }
    function stringifyProps(node, tagObj, { anchors: anchors$1, doc }) {
      if (!doc.directives)
        return "";
      const props = [];
      const anchor = (identity.isScalar(node) || identity.isCollection(node)) && node.anchor;
      if (anchor && anchors.anchorIsValid(anchor)) {
        anchors$1.add(anchor);
        props.push(`&${anchor}`);
      }
      const tag = node.tag ?? (tagObj.default ? null : tagObj.tag);
      if (tag)
        props.push(doc.directives.tagString(tag));
      return props.join(" ");
    }
    function stringify(item, ctx, onComment, onChompKeep) {
      if (identity.isPair(item))
        return item.toString(ctx, onComment, onChompKeep);
      if (identity.isAlias(item)) {
        if (ctx.doc.directives)
          return item.toString(ctx);
        if (ctx.resolvedAliases?.has(item)) {
          throw new TypeError(`Cannot stringify circular structure without alias nodes`);
        } else {
          if (ctx.resolvedAliases)
            ctx.resolvedAliases.add(item);
          else
            ctx.resolvedAliases = /* @__PURE__ */ new Set([item]);
          item = item.resolve(ctx.doc);
        }
      }
      let tagObj = void 0;
      const node = identity.isNode(item) ? item : ctx.doc.createNode(item, { onTagObj: (o) => tagObj = o });
      tagObj ?? (tagObj = getTagObject(ctx.doc.schema.tags, node));
      const props = stringifyProps(node, tagObj, ctx);
      if (props.length > 0)
        ctx.indentAtStart = (ctx.indentAtStart ?? 0) + props.length + 1;
      const str = typeof tagObj.stringify === "function" ? tagObj.stringify(node, ctx, onComment, onChompKeep) : identity.isScalar(node) ? stringifyString.stringifyString(node, ctx, onComment, onChompKeep) : node.toString(ctx, onComment, onChompKeep);
      if (!props)
        return str;
      return identity.isScalar(node) || str[0] === "{" || str[0] === "[" ? `${props} ${str}` : `${props}
${ctx.indent}${str}`;
    }
    exports2.createStringifyContext = createStringifyContext;
    exports2.stringify = stringify;
  }
});

// node_modules/yaml/dist/stringify/stringifyPair.js
var require_stringifyPair = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyPair.js"(exports2) {
    "use strict";
    var identity = require_identity();
    var Scalar2 = require_Scalar();
    var stringify = require_stringify();
    var stringifyComment = require_stringifyComment();
    function stringifyPair({ key, value }, ctx, onComment, onChompKeep) {
      const { allNullValues, doc, indent, indentStep, options: { commentString, indentSeq, simpleKeys } } = ctx;
      let keyComment = identity.isNode(key) && key.comment || null;
      if (simpleKeys) {
        if (keyComment) {
          throw new Error("With simple keys, key nodes cannot have comments");
        }
        if (identity.isCollection(key) || !identity.isNode(key) && typeof key === "object") {
          const msg = "With simple keys, collection cannot be used as a key value";
          throw new Error(msg);
        }
      }
      let explicitKey = !simpleKeys && (!key || keyComment && value == null && !ctx.inFlow || identity.isCollection(key) || (identity.isScalar(key) ? key.type === Scalar2.Scalar.BLOCK_FOLDED || key.type === Scalar2.Scalar.BLOCK_LITERAL : typeof key === "object"));
      ctx = Object.assign({}, ctx, {
        allNullValues: false,
        implicitKey: !explicitKey && (simpleKeys || !allNullValues),
        indent: indent + indentStep
      });
      let keyCommentDone = false;
      let chompKeep = false;
      let str = stringify.stringify(key, ctx, () => keyCommentDone = true, () => chompKeep = true);
      if (!explicitKey && !ctx.inFlow && str.length > 1024) {
        if (simpleKeys)
          throw new Error("With simple keys, single line scalar must not span more than 1024 characters");
        explicitKey = true;
      }
      if (ctx.inFlow) {
        if (allNullValues || value == null) {
          if (keyCommentDone && onComment)
            onComment();
          return str === "" ? "?" : explicitKey ? `? ${str}` : str;
        }
      } else if (allNullValues && !simpleKeys || value == null && explicitKey) {
        str = `? ${str}`;
        if (keyComment && !keyCommentDone) {
          str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
        } else if (chompKeep && onChompKeep)
          onChompKeep();
        return str;
      }
      if (keyCommentDone)
        keyComment = null;
      if (explicitKey) {
        if (keyComment)
          str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
        str = `? ${str}
${indent}:`;
      } else {
        str = `${str}:`;
        if (keyComment)
          str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
      }
      let vsb, vcb, valueComment;
      if (identity.isNode(value)) {
        vsb = !!value.spaceBefore;
        vcb = value.commentBefore;
        valueComment = value.comment;
      } else {
        vsb = false;
        vcb = null;
        valueComment = null;
        if (value && typeof value === "object")
          value = doc.createNode(value);
      }
      ctx.implicitKey = false;
      if (!explicitKey && !keyComment && identity.isScalar(value))
        ctx.indentAtStart = str.length + 1;
      chompKeep = false;
      if (!indentSeq && indentStep.length >= 2 && !ctx.inFlow && !explicitKey && identity.isSeq(value) && !value.flow && !value.tag && !value.anchor) {
        ctx.indent = ctx.indent.substring(2);
      }
      let valueCommentDone = false;
      const valueStr = stringify.stringify(value, ctx, () => valueCommentDone = true, () => chompKeep = true);
      let ws = " ";
      if (keyComment || vsb || vcb) {
        ws = vsb ? "\n" : "";
        if (vcb) {
          const cs = commentString(vcb);
          ws += `
${stringifyComment.indentComment(cs, ctx.indent)}`;
        }
        if (valueStr === "" && !ctx.inFlow) {
          if (ws === "\n" && valueComment)
            ws = "\n\n";
        } else {
          ws += `
${ctx.indent}`;
        }
      } else if (!explicitKey && identity.isCollection(value)) {
        const vs0 = valueStr[0];
        const nl0 = valueStr.indexOf("\n");
        const hasNewline = nl0 !== -1;
        const flow = ctx.inFlow ?? value.flow ?? value.items.length === 0;
        if (hasNewline || !flow) {
          let hasPropsLine = false;
          if (hasNewline && (vs0 === "&" || vs0 === "!")) {
            let sp0 = valueStr.indexOf(" ");
            if (vs0 === "&" && sp0 !== -1 && sp0 < nl0 && valueStr[sp0 + 1] === "!") {
              sp0 = valueStr.indexOf(" ", sp0 + 1);
            }
            if (sp0 === -1 || nl0 < sp0)
              hasPropsLine = true;
          }
          if (!hasPropsLine)
            ws = `
${ctx.indent}`;
        }
      } else if (valueStr === "" || valueStr[0] === "\n") {
        ws = "";
      }
      str += ws + valueStr;
      if (ctx.inFlow) {
        if (valueCommentDone && onComment)
          onComment();
      } else if (valueComment && !valueCommentDone) {
        str += stringifyComment.lineComment(str, ctx.indent, commentString(valueComment));
      } else if (chompKeep && onChompKeep) {
        onChompKeep();
      }
      return str;
    }
    exports2.stringifyPair = stringifyPair;
  }
});

// node_modules/yaml/dist/log.js
var require_log = __commonJS({
  "node_modules/yaml/dist/log.js"(exports2) {
    "use strict";
    var node_process = require("process");
    function debug(logLevel, ...messages) {
      if (logLevel === "debug")
        console.log(...messages);
    }
    function warn(logLevel, warning) {
      if (logLevel === "debug" || logLevel === "warn") {
        if (typeof node_process.emitWarning === "function")
          node_process.emitWarning(warning);
        else
          console.warn(warning);
      }
    }
    exports2.debug = debug;
    exports2.warn = warn;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/merge.js
var require_merge = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/merge.js"(exports2) {
    "use strict";
    var identity = require_identity();
    var Scalar2 = require_Scalar();
    var MERGE_KEY = "<<";
    var merge = {
      identify: (value) => value === MERGE_KEY || typeof value === "symbol" && value.description === MERGE_KEY,
      default: "key",
      tag: "tag:yaml.org,2002:merge",
      test: /^<<$/,
      resolve: () => Object.assign(new Scalar2.Scalar(Symbol(MERGE_KEY)), {
        addToJSMap: addMergeToJSMap
      }),
      stringify: () => MERGE_KEY
    };
    var isMergeKey = (ctx, key) => (merge.identify(key) || identity.isScalar(key) && (!key.type || key.type === Scalar2.Scalar.PLAIN) && merge.identify(key.value)) && ctx?.doc.schema.tags.some((tag) => tag.tag === merge.tag && tag.default);
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
        throw new Error("Merge sources must be maps or map aliases");
      const srcMap = source.toJSON(null, ctx, Map);
      for (const [key, value2] of srcMap) {
        if (map instanceof Map) {
          if (!map.has(key))
            map.set(key, value2);
        } else if (map instanceof Set) {
          map.add(key);
        } else if (!Object.prototype.hasOwnProperty.call(map, key)) {
          Object.defineProperty(map, key, {
            value: value2,
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
    exports2.addMergeToJSMap = addMergeToJSMap;
    exports2.isMergeKey = isMergeKey;
    exports2.merge = merge;
  }
});

// node_modules/yaml/dist/nodes/addPairToJSMap.js
var require_addPairToJSMap = __commonJS({
  "node_modules/yaml/dist/nodes/addPairToJSMap.js"(exports2) {
    "use strict";
    var log = require_log();
    var merge = require_merge();
    var stringify = require_stringify();
    var identity = require_identity();
    var toJS = require_toJS();
    function addPairToJSMap(ctx, map, { key, value }) {
      if (identity.isNode(key) && key.addToJSMap)
        key.addToJSMap(ctx, map, value);
      else if (merge.isMergeKey(ctx, key))
        merge.addMergeToJSMap(ctx, map, value);
      else {
        const jsKey = toJS.toJS(key, "", ctx);
        if (map instanceof Map) {
          map.set(jsKey, toJS.toJS(value, jsKey, ctx));
        } else if (map instanceof Set) {
          map.add(jsKey);
        } else {
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
        return "";
      if (typeof jsKey !== "object")
        return String(jsKey);
      if (identity.isNode(key) && ctx?.doc) {
        const strCtx = stringify.createStringifyContext(ctx.doc, {});
        strCtx.anchors = /* @__PURE__ */ new Set();
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
    exports2.addPairToJSMap = addPairToJSMap;
  }
});

// node_modules/yaml/dist/nodes/Pair.js
var require_Pair = __commonJS({
  "node_modules/yaml/dist/nodes/Pair.js"(exports2) {
    "use strict";
    var createNode = require_createNode();
    var stringifyPair = require_stringifyPair();
    var addPairToJSMap = require_addPairToJSMap();
    var identity = require_identity();
    function createPair(key, value, ctx) {
      const k = createNode.createNode(key, void 0, ctx);
      const v = createNode.createNode(value, void 0, ctx);
      return new Pair(k, v);
    }
    var Pair = class _Pair {
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
        return new _Pair(key, value);
      }
      toJSON(_, ctx) {
        const pair = ctx?.mapAsMap ? /* @__PURE__ */ new Map() : {};
        return addPairToJSMap.addPairToJSMap(ctx, pair, this);
      }
      toString(ctx, onComment, onChompKeep) {
        return ctx?.doc ? stringifyPair.stringifyPair(this, ctx, onComment, onChompKeep) : JSON.stringify(this);
      }
    };
    exports2.Pair = Pair;
    exports2.createPair = createPair;
  }
});

// node_modules/yaml/dist/stringify/stringifyCollection.js
var require_stringifyCollection = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyCollection.js"(exports2) {
    "use strict";
    var identity = require_identity();
    var stringify = require_stringify();
    var stringifyComment = require_stringifyComment();
    function stringifyCollection(collection, ctx, options) {
      const flow = ctx.inFlow ?? collection.flow;
      const stringify2 = flow ? stringifyFlowCollection : stringifyBlockCollection;
      return stringify2(collection, ctx, options);
    }
    function stringifyBlockCollection({ comment, items }, ctx, { blockItemPrefix, flowChars, itemIndent, onChompKeep, onComment }) {
      const { indent, options: { commentString } } = ctx;
      const itemCtx = Object.assign({}, ctx, { indent: itemIndent, type: null });
      let chompKeep = false;
      const lines = [];
      for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment2 = null;
        if (identity.isNode(item)) {
          if (!chompKeep && item.spaceBefore)
            lines.push("");
          addCommentBefore(ctx, lines, item.commentBefore, chompKeep);
          if (item.comment)
            comment2 = item.comment;
        } else if (identity.isPair(item)) {
          const ik = identity.isNode(item.key) ? item.key : null;
          if (ik) {
            if (!chompKeep && ik.spaceBefore)
              lines.push("");
            addCommentBefore(ctx, lines, ik.commentBefore, chompKeep);
          }
        }
        chompKeep = false;
        let str2 = stringify.stringify(item, itemCtx, () => comment2 = null, () => chompKeep = true);
        if (comment2)
          str2 += stringifyComment.lineComment(str2, itemIndent, commentString(comment2));
        if (chompKeep && comment2)
          chompKeep = false;
        lines.push(blockItemPrefix + str2);
      }
      let str;
      if (lines.length === 0) {
        str = flowChars.start + flowChars.end;
      } else {
        str = lines[0];
        for (let i = 1; i < lines.length; ++i) {
          const line = lines[i];
          str += line ? `
${indent}${line}` : "\n";
        }
      }
      if (comment) {
        str += "\n" + stringifyComment.indentComment(commentString(comment), indent);
        if (onComment)
          onComment();
      } else if (chompKeep && onChompKeep)
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
            lines.push("");
          addCommentBefore(ctx, lines, item.commentBefore, false);
          if (item.comment)
            comment = item.comment;
        } else if (identity.isPair(item)) {
          const ik = identity.isNode(item.key) ? item.key : null;
          if (ik) {
            if (ik.spaceBefore)
              lines.push("");
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
          } else if (item.value == null && ik?.comment) {
            comment = ik.comment;
          }
        }
        if (comment)
          reqNewline = true;
        let str = stringify.stringify(item, itemCtx, () => comment = null);
        reqNewline || (reqNewline = lines.length > linesAtValue || str.includes("\n"));
        if (i < items.length - 1) {
          str += ",";
        } else if (ctx.options.trailingComma) {
          if (ctx.options.lineWidth > 0) {
            reqNewline || (reqNewline = lines.reduce((sum, line) => sum + line.length + 2, 2) + (str.length + 2) > ctx.options.lineWidth);
          }
          if (reqNewline) {
            str += ",";
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
      } else {
        if (!reqNewline) {
          const len = lines.reduce((sum, line) => sum + line.length + 2, 2);
          reqNewline = ctx.options.lineWidth > 0 && len > ctx.options.lineWidth;
        }
        if (reqNewline) {
          let str = start;
          for (const line of lines)
            str += line ? `
${indentStep}${indent}${line}` : "\n";
          return `${str}
${indent}${end}`;
        } else {
          return `${start}${fcPadding}${lines.join(" ")}${fcPadding}${end}`;
        }
      }
    }
    function addCommentBefore({ indent, options: { commentString } }, lines, comment, chompKeep) {
      if (comment && chompKeep)
        comment = comment.replace(/^\n+/, "");
      if (comment) {
        const ic = stringifyComment.indentComment(commentString(comment), indent);
        lines.push(ic.trimStart());
      }
    }
    exports2.stringifyCollection = stringifyCollection;
  }
});

// node_modules/yaml/dist/nodes/YAMLMap.js
var require_YAMLMap = __commonJS({
  "node_modules/yaml/dist/nodes/YAMLMap.js"(exports2) {
    "use strict";
    var stringifyCollection = require_stringifyCollection();
    var addPairToJSMap = require_addPairToJSMap();
    var Collection = require_Collection();
    var identity = require_identity();
    var Pair = require_Pair();
    var Scalar2 = require_Scalar();
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
      return void 0;
    }
    var YAMLMap = class extends Collection.Collection {
      static get tagName() {
        return "tag:yaml.org,2002:map";
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
          if (typeof replacer === "function")
            value = replacer.call(obj, key, value);
          else if (Array.isArray(replacer) && !replacer.includes(key))
            return;
          if (value !== void 0 || keepUndefined)
            map.items.push(Pair.createPair(key, value, ctx));
        };
        if (obj instanceof Map) {
          for (const [key, value] of obj)
            add(key, value);
        } else if (obj && typeof obj === "object") {
          for (const key of Object.keys(obj))
            add(key, obj[key]);
        }
        if (typeof schema.sortMapEntries === "function") {
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
        else if (!pair || typeof pair !== "object" || !("key" in pair)) {
          _pair = new Pair.Pair(pair, pair?.value);
        } else
          _pair = new Pair.Pair(pair.key, pair.value);
        const prev = findPair(this.items, _pair.key);
        const sortEntries = this.schema?.sortMapEntries;
        if (prev) {
          if (!overwrite)
            throw new Error(`Key ${_pair.key} already set`);
          if (identity.isScalar(prev.value) && Scalar2.isScalarValue(_pair.value))
            prev.value.value = _pair.value;
          else
            prev.value = _pair.value;
        } else if (sortEntries) {
          const i = this.items.findIndex((item) => sortEntries(_pair, item) < 0);
          if (i === -1)
            this.items.push(_pair);
          else
            this.items.splice(i, 0, _pair);
        } else {
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
        return (!keepScalar && identity.isScalar(node) ? node.value : node) ?? void 0;
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
        const map = Type ? new Type() : ctx?.mapAsMap ? /* @__PURE__ */ new Map() : {};
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
          blockItemPrefix: "",
          flowChars: { start: "{", end: "}" },
          itemIndent: ctx.indent || "",
          onChompKeep,
          onComment
        });
      }
    };
    exports2.YAMLMap = YAMLMap;
    exports2.findPair = findPair;
  }
});

// node_modules/yaml/dist/schema/common/map.js
var require_map = __commonJS({
  "node_modules/yaml/dist/schema/common/map.js"(exports2) {
    "use strict";
    var identity = require_identity();
    var YAMLMap = require_YAMLMap();
    var map = {
      collection: "map",
      default: true,
      nodeClass: YAMLMap.YAMLMap,
      tag: "tag:yaml.org,2002:map",
      resolve(map2, onError) {
        if (!identity.isMap(map2))
          onError("Expected a mapping for this tag");
        return map2;
      },
      createNode: (schema, obj, ctx) => YAMLMap.YAMLMap.from(schema, obj, ctx)
    };
    exports2.map = map;
  }
});

// node_modules/yaml/dist/nodes/YAMLSeq.js
var require_YAMLSeq = __commonJS({
  "node_modules/yaml/dist/nodes/YAMLSeq.js"(exports2) {
    "use strict";
    var createNode = require_createNode();
    var stringifyCollection = require_stringifyCollection();
    var Collection = require_Collection();
    var identity = require_identity();
    var Scalar2 = require_Scalar();
    var toJS = require_toJS();
    var YAMLSeq = class extends Collection.Collection {
      static get tagName() {
        return "tag:yaml.org,2002:seq";
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
        if (typeof idx !== "number")
          return false;
        const del = this.items.splice(idx, 1);
        return del.length > 0;
      }
      get(key, keepScalar) {
        const idx = asItemIndex(key);
        if (typeof idx !== "number")
          return void 0;
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
        return typeof idx === "number" && idx < this.items.length;
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
        if (typeof idx !== "number")
          throw new Error(`Expected a valid index, not ${key}.`);
        const prev = this.items[idx];
        if (identity.isScalar(prev) && Scalar2.isScalarValue(value))
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
          blockItemPrefix: "- ",
          flowChars: { start: "[", end: "]" },
          itemIndent: (ctx.indent || "") + "  ",
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
            if (typeof replacer === "function") {
              const key = obj instanceof Set ? it : String(i++);
              it = replacer.call(obj, key, it);
            }
            seq.items.push(createNode.createNode(it, void 0, ctx));
          }
        }
        return seq;
      }
    };
    function asItemIndex(key) {
      let idx = identity.isScalar(key) ? key.value : key;
      if (idx && typeof idx === "string")
        idx = Number(idx);
      return typeof idx === "number" && Number.isInteger(idx) && idx >= 0 ? idx : null;
    }
    exports2.YAMLSeq = YAMLSeq;
  }
});

// node_modules/yaml/dist/schema/common/seq.js
var require_seq = __commonJS({
  "node_modules/yaml/dist/schema/common/seq.js"(exports2) {
    "use strict";
    var identity = require_identity();
    var YAMLSeq = require_YAMLSeq();
    var seq = {
      collection: "seq",
      default: true,
      nodeClass: YAMLSeq.YAMLSeq,
      tag: "tag:yaml.org,2002:seq",
      resolve(seq2, onError) {
        if (!identity.isSeq(seq2))
          onError("Expected a sequence for this tag");
        return seq2;
      },
      createNode: (schema, obj, ctx) => YAMLSeq.YAMLSeq.from(schema, obj, ctx)
    };
    exports2.seq = seq;
  }
});

// node_modules/yaml/dist/schema/common/string.js
var require_string = __commonJS({
  "node_modules/yaml/dist/schema/common/string.js"(exports2) {
    "use strict";
    var stringifyString = require_stringifyString();
    var string = {
      identify: (value) => typeof value === "string",
      default: true,
      tag: "tag:yaml.org,2002:str",
      resolve: (str) => str,
      stringify(item, ctx, onComment, onChompKeep) {
        ctx = Object.assign({ actualString: true }, ctx);
        return stringifyString.stringifyString(item, ctx, onComment, onChompKeep);
      }
    };
    exports2.string = string;
  }
});

// node_modules/yaml/dist/schema/common/null.js
var require_null = __commonJS({
  "node_modules/yaml/dist/schema/common/null.js"(exports2) {
    "use strict";
    var Scalar2 = require_Scalar();
    var nullTag = {
      identify: (value) => value == null,
      createNode: () => new Scalar2.Scalar(null),
      default: true,
      tag: "tag:yaml.org,2002:null",
      test: /^(?:~|[Nn]ull|NULL)?$/,
      resolve: () => new Scalar2.Scalar(null),
      stringify: ({ source }, ctx) => typeof source === "string" && nullTag.test.test(source) ? source : ctx.options.nullStr
    };
    exports2.nullTag = nullTag;
  }
});

// node_modules/yaml/dist/schema/core/bool.js
var require_bool = __commonJS({
  "node_modules/yaml/dist/schema/core/bool.js"(exports2) {
    "use strict";
    var Scalar2 = require_Scalar();
    var boolTag = {
      identify: (value) => typeof value === "boolean",
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/,
      resolve: (str) => new Scalar2.Scalar(str[0] === "t" || str[0] === "T"),
      stringify({ source, value }, ctx) {
        if (source && boolTag.test.test(source)) {
          const sv = source[0] === "t" || source[0] === "T";
          if (value === sv)
            return source;
        }
        return value ? ctx.options.trueStr : ctx.options.falseStr;
      }
    };
    exports2.boolTag = boolTag;
  }
});

// node_modules/yaml/dist/stringify/stringifyNumber.js
var require_stringifyNumber = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyNumber.js"(exports2) {
    "use strict";
    function stringifyNumber({ format, minFractionDigits, tag, value }) {
      if (typeof value === "bigint")
        return String(value);
      const num = typeof value === "number" ? value : Number(value);
      if (!isFinite(num))
        return isNaN(num) ? ".nan" : num < 0 ? "-.inf" : ".inf";
      let n = Object.is(value, -0) ? "-0" : JSON.stringify(value);
      if (!format && minFractionDigits && (!tag || tag === "tag:yaml.org,2002:float") && /^-?\d/.test(n) && !n.includes("e")) {
        let i = n.indexOf(".");
        if (i < 0) {
          i = n.length;
          n += ".";
        }
        let d = minFractionDigits - (n.length - i - 1);
        while (d-- > 0)
          n += "0";
      }
      return n;
    }
    exports2.stringifyNumber = stringifyNumber;
  }
});

// node_modules/yaml/dist/schema/core/float.js
var require_float = __commonJS({
  "node_modules/yaml/dist/schema/core/float.js"(exports2) {
    "use strict";
    var Scalar2 = require_Scalar();
    var stringifyNumber = require_stringifyNumber();
    var floatNaN = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
      resolve: (str) => str.slice(-3).toLowerCase() === "nan" ? NaN : str[0] === "-" ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY,
      stringify: stringifyNumber.stringifyNumber
    };
    var floatExp = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "EXP",
      test: /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/,
      resolve: (str) => parseFloat(str),
      stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
      }
    };
    var float = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/,
      resolve(str) {
        const node = new Scalar2.Scalar(parseFloat(str));
        const dot = str.indexOf(".");
        if (dot !== -1 && str[str.length - 1] === "0")
          node.minFractionDigits = str.length - dot - 1;
        return node;
      },
      stringify: stringifyNumber.stringifyNumber
    };
    exports2.float = float;
    exports2.floatExp = floatExp;
    exports2.floatNaN = floatNaN;
  }
});

// node_modules/yaml/dist/schema/core/int.js
var require_int = __commonJS({
  "node_modules/yaml/dist/schema/core/int.js"(exports2) {
    "use strict";
    var stringifyNumber = require_stringifyNumber();
    var intIdentify = (value) => typeof value === "bigint" || Number.isInteger(value);
    var intResolve = (str, offset, radix, { intAsBigInt }) => intAsBigInt ? BigInt(str) : parseInt(str.substring(offset), radix);
    function intStringify(node, radix, prefix) {
      const { value } = node;
      if (intIdentify(value) && value >= 0)
        return prefix + value.toString(radix);
      return stringifyNumber.stringifyNumber(node);
    }
    var intOct = {
      identify: (value) => intIdentify(value) && value >= 0,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "OCT",
      test: /^0o[0-7]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 2, 8, opt),
      stringify: (node) => intStringify(node, 8, "0o")
    };
    var int = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      test: /^[-+]?[0-9]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
      stringify: stringifyNumber.stringifyNumber
    };
    var intHex = {
      identify: (value) => intIdentify(value) && value >= 0,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "HEX",
      test: /^0x[0-9a-fA-F]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
      stringify: (node) => intStringify(node, 16, "0x")
    };
    exports2.int = int;
    exports2.intHex = intHex;
    exports2.intOct = intOct;
  }
});

// node_modules/yaml/dist/schema/core/schema.js
var require_schema = __commonJS({
  "node_modules/yaml/dist/schema/core/schema.js"(exports2) {
    "use strict";
    var map = require_map();
    var _null = require_null();
    var seq = require_seq();
    var string = require_string();
    var bool = require_bool();
    var float = require_float();
    var int = require_int();
    var schema = [
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
    exports2.schema = schema;
  }
});

// node_modules/yaml/dist/schema/json/schema.js
var require_schema2 = __commonJS({
  "node_modules/yaml/dist/schema/json/schema.js"(exports2) {
    "use strict";
    var Scalar2 = require_Scalar();
    var map = require_map();
    var seq = require_seq();
    function intIdentify(value) {
      return typeof value === "bigint" || Number.isInteger(value);
    }
    var stringifyJSON = ({ value }) => JSON.stringify(value);
    var jsonScalars = [
      {
        identify: (value) => typeof value === "string",
        default: true,
        tag: "tag:yaml.org,2002:str",
        resolve: (str) => str,
        stringify: stringifyJSON
      },
      {
        identify: (value) => value == null,
        createNode: () => new Scalar2.Scalar(null),
        default: true,
        tag: "tag:yaml.org,2002:null",
        test: /^null$/,
        resolve: () => null,
        stringify: stringifyJSON
      },
      {
        identify: (value) => typeof value === "boolean",
        default: true,
        tag: "tag:yaml.org,2002:bool",
        test: /^true$|^false$/,
        resolve: (str) => str === "true",
        stringify: stringifyJSON
      },
      {
        identify: intIdentify,
        default: true,
        tag: "tag:yaml.org,2002:int",
        test: /^-?(?:0|[1-9][0-9]*)$/,
        resolve: (str, _onError, { intAsBigInt }) => intAsBigInt ? BigInt(str) : parseInt(str, 10),
        stringify: ({ value }) => intIdentify(value) ? value.toString() : JSON.stringify(value)
      },
      {
        identify: (value) => typeof value === "number",
        default: true,
        tag: "tag:yaml.org,2002:float",
        test: /^-?(?:0|[1-9][0-9]*)(?:\.[0-9]*)?(?:[eE][-+]?[0-9]+)?$/,
        resolve: (str) => parseFloat(str),
        stringify: stringifyJSON
      }
    ];
    var jsonError = {
      default: true,
      tag: "",
      test: /^/,
      resolve(str, onError) {
        onError(`Unresolved plain scalar ${JSON.stringify(str)}`);
        return str;
      }
    };
    var schema = [map.map, seq.seq].concat(jsonScalars, jsonError);
    exports2.schema = schema;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/binary.js
var require_binary = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/binary.js"(exports2) {
    "use strict";
    var node_buffer = require("buffer");
    var Scalar2 = require_Scalar();
    var stringifyString = require_stringifyString();
    var binary = {
      identify: (value) => value instanceof Uint8Array,
      // Buffer inherits from Uint8Array
      default: false,
      tag: "tag:yaml.org,2002:binary",
      /**
       * Returns a Buffer in node and an Uint8Array in browsers
       *
       * To use the resulting buffer as an image, you'll want to do something like:
       *
       *   const blob = new Blob([buffer], { type: 'image/jpeg' })
       *   document.querySelector('#photo').src = URL.createObjectURL(blob)
       */
      resolve(src, onError) {
        if (typeof node_buffer.Buffer === "function") {
          return node_buffer.Buffer.from(src, "base64");
        } else if (typeof atob === "function") {
          const str = atob(src.replace(/[\n\r]/g, ""));
          const buffer = new Uint8Array(str.length);
          for (let i = 0; i < str.length; ++i)
            buffer[i] = str.charCodeAt(i);
          return buffer;
        } else {
          onError("This environment does not support reading binary tags; either Buffer or atob is required");
          return src;
        }
      },
      stringify({ comment, type, value }, ctx, onComment, onChompKeep) {
        if (!value)
          return "";
        const buf = value;
        let str;
        if (typeof node_buffer.Buffer === "function") {
          str = buf instanceof node_buffer.Buffer ? buf.toString("base64") : node_buffer.Buffer.from(buf.buffer).toString("base64");
        } else if (typeof btoa === "function") {
          let s = "";
          for (let i = 0; i < buf.length; ++i)
            s += String.fromCharCode(buf[i]);
          str = btoa(s);
        } else {
          throw new Error("This environment does not support writing binary tags; either Buffer or btoa is required");
        }
        type ?? (type = Scalar2.Scalar.BLOCK_LITERAL);
        if (type !== Scalar2.Scalar.QUOTE_DOUBLE) {
          const lineWidth = Math.max(ctx.options.lineWidth - ctx.indent.length, ctx.options.minContentWidth);
          const n = Math.ceil(str.length / lineWidth);
          const lines = new Array(n);
          for (let i = 0, o = 0; i < n; ++i, o += lineWidth) {
            lines[i] = str.substr(o, lineWidth);
          }
          str = lines.join(type === Scalar2.Scalar.BLOCK_LITERAL ? "\n" : " ");
        }
        return stringifyString.stringifyString({ comment, type, value: str }, ctx, onComment, onChompKeep);
      }
    };
    exports2.binary = binary;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/pairs.js
var require_pairs = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/pairs.js"(exports2) {
    "use strict";
    var identity = require_identity();
    var Pair = require_Pair();
    var Scalar2 = require_Scalar();
    var YAMLSeq = require_YAMLSeq();
    function resolvePairs(seq, onError) {
      if (identity.isSeq(seq)) {
        for (let i = 0; i < seq.items.length; ++i) {
          let item = seq.items[i];
          if (identity.isPair(item))
            continue;
          else if (identity.isMap(item)) {
            if (item.items.length > 1)
              onError("Each pair must have its own sequence indicator");
            const pair = item.items[0] || new Pair.Pair(new Scalar2.Scalar(null));
            if (item.commentBefore)
              pair.key.commentBefore = pair.key.commentBefore ? `${item.commentBefore}
${pair.key.commentBefore}` : item.commentBefore;
            if (item.comment) {
              const cn = pair.value ?? pair.key;
              cn.comment = cn.comment ? `${item.comment}
${cn.comment}` : item.comment;
            }
            item = pair;
          }
          seq.items[i] = identity.isPair(item) ? item : new Pair.Pair(item);
        }
      } else
        onError("Expected a sequence for this tag");
      return seq;
    }
    function createPairs(schema, iterable, ctx) {
      const { replacer } = ctx;
      const pairs2 = new YAMLSeq.YAMLSeq(schema);
      pairs2.tag = "tag:yaml.org,2002:pairs";
      let i = 0;
      if (iterable && Symbol.iterator in Object(iterable))
        for (let it of iterable) {
          if (typeof replacer === "function")
            it = replacer.call(iterable, String(i++), it);
          let key, value;
          if (Array.isArray(it)) {
            if (it.length === 2) {
              key = it[0];
              value = it[1];
            } else
              throw new TypeError(`Expected [key, value] tuple: ${it}`);
          } else if (it && it instanceof Object) {
            const keys = Object.keys(it);
            if (keys.length === 1) {
              key = keys[0];
              value = it[key];
            } else {
              throw new TypeError(`Expected tuple with one key, not ${keys.length} keys`);
            }
          } else {
            key = it;
          }
          pairs2.items.push(Pair.createPair(key, value, ctx));
        }
      return pairs2;
    }
    var pairs = {
      collection: "seq",
      default: false,
      tag: "tag:yaml.org,2002:pairs",
      resolve: resolvePairs,
      createNode: createPairs
    };
    exports2.createPairs = createPairs;
    exports2.pairs = pairs;
    exports2.resolvePairs = resolvePairs;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/omap.js
var require_omap = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/omap.js"(exports2) {
    "use strict";
    var identity = require_identity();
    var toJS = require_toJS();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var pairs = require_pairs();
    var YAMLOMap = class _YAMLOMap extends YAMLSeq.YAMLSeq {
      constructor() {
        super();
        this.add = YAMLMap.YAMLMap.prototype.add.bind(this);
        this.delete = YAMLMap.YAMLMap.prototype.delete.bind(this);
        this.get = YAMLMap.YAMLMap.prototype.get.bind(this);
        this.has = YAMLMap.YAMLMap.prototype.has.bind(this);
        this.set = YAMLMap.YAMLMap.prototype.set.bind(this);
        this.tag = _YAMLOMap.tag;
      }
      /**
       * If `ctx` is given, the return type is actually `Map<unknown, unknown>`,
       * but TypeScript won't allow widening the signature of a child method.
       */
      toJSON(_, ctx) {
        if (!ctx)
          return super.toJSON(_);
        const map = /* @__PURE__ */ new Map();
        if (ctx?.onCreate)
          ctx.onCreate(map);
        for (const pair of this.items) {
          let key, value;
          if (identity.isPair(pair)) {
            key = toJS.toJS(pair.key, "", ctx);
            value = toJS.toJS(pair.value, key, ctx);
          } else {
            key = toJS.toJS(pair, "", ctx);
          }
          if (map.has(key))
            throw new Error("Ordered maps must not include duplicate keys");
          map.set(key, value);
        }
        return map;
      }
      static from(schema, iterable, ctx) {
        const pairs$1 = pairs.createPairs(schema, iterable, ctx);
        const omap2 = new this();
        omap2.items = pairs$1.items;
        return omap2;
      }
    };
    YAMLOMap.tag = "tag:yaml.org,2002:omap";
    var omap = {
      collection: "seq",
      identify: (value) => value instanceof Map,
      nodeClass: YAMLOMap,
      default: false,
      tag: "tag:yaml.org,2002:omap",
      resolve(seq, onError) {
        const pairs$1 = pairs.resolvePairs(seq, onError);
        const seenKeys = [];
        for (const { key } of pairs$1.items) {
          if (identity.isScalar(key)) {
            if (seenKeys.includes(key.value)) {
              onError(`Ordered maps must not include duplicate keys: ${key.value}`);
            } else {
              seenKeys.push(key.value);
            }
          }
        }
        return Object.assign(new YAMLOMap(), pairs$1);
      },
      createNode: (schema, iterable, ctx) => YAMLOMap.from(schema, iterable, ctx)
    };
    exports2.YAMLOMap = YAMLOMap;
    exports2.omap = omap;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/bool.js
var require_bool2 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/bool.js"(exports2) {
    "use strict";
    var Scalar2 = require_Scalar();
    function boolStringify({ value, source }, ctx) {
      const boolObj = value ? trueTag : falseTag;
      if (source && boolObj.test.test(source))
        return source;
      return value ? ctx.options.trueStr : ctx.options.falseStr;
    }
    var trueTag = {
      identify: (value) => value === true,
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:Y|y|[Yy]es|YES|[Tt]rue|TRUE|[Oo]n|ON)$/,
      resolve: () => new Scalar2.Scalar(true),
      stringify: boolStringify
    };
    var falseTag = {
      identify: (value) => value === false,
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:N|n|[Nn]o|NO|[Ff]alse|FALSE|[Oo]ff|OFF)$/,
      resolve: () => new Scalar2.Scalar(false),
      stringify: boolStringify
    };
    exports2.falseTag = falseTag;
    exports2.trueTag = trueTag;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/float.js
var require_float2 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/float.js"(exports2) {
    "use strict";
    var Scalar2 = require_Scalar();
    var stringifyNumber = require_stringifyNumber();
    var floatNaN = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
      resolve: (str) => str.slice(-3).toLowerCase() === "nan" ? NaN : str[0] === "-" ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY,
      stringify: stringifyNumber.stringifyNumber
    };
    var floatExp = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "EXP",
      test: /^[-+]?(?:[0-9][0-9_]*)?(?:\.[0-9_]*)?[eE][-+]?[0-9]+$/,
      resolve: (str) => parseFloat(str.replace(/_/g, "")),
      stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
      }
    };
    var float = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^[-+]?(?:[0-9][0-9_]*)?\.[0-9_]*$/,
      resolve(str) {
        const node = new Scalar2.Scalar(parseFloat(str.replace(/_/g, "")));
        const dot = str.indexOf(".");
        if (dot !== -1) {
          const f = str.substring(dot + 1).replace(/_/g, "");
          if (f[f.length - 1] === "0")
            node.minFractionDigits = f.length;
        }
        return node;
      },
      stringify: stringifyNumber.stringifyNumber
    };
    exports2.float = float;
    exports2.floatExp = floatExp;
    exports2.floatNaN = floatNaN;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/int.js
var require_int2 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/int.js"(exports2) {
    "use strict";
    var stringifyNumber = require_stringifyNumber();
    var intIdentify = (value) => typeof value === "bigint" || Number.isInteger(value);
    function intResolve(str, offset, radix, { intAsBigInt }) {
      const sign = str[0];
      if (sign === "-" || sign === "+")
        offset += 1;
      str = str.substring(offset).replace(/_/g, "");
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
        const n2 = BigInt(str);
        return sign === "-" ? BigInt(-1) * n2 : n2;
      }
      const n = parseInt(str, radix);
      return sign === "-" ? -1 * n : n;
    }
    function intStringify(node, radix, prefix) {
      const { value } = node;
      if (intIdentify(value)) {
        const str = value.toString(radix);
        return value < 0 ? "-" + prefix + str.substr(1) : prefix + str;
      }
      return stringifyNumber.stringifyNumber(node);
    }
    var intBin = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "BIN",
      test: /^[-+]?0b[0-1_]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 2, 2, opt),
      stringify: (node) => intStringify(node, 2, "0b")
    };
    var intOct = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "OCT",
      test: /^[-+]?0[0-7_]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 1, 8, opt),
      stringify: (node) => intStringify(node, 8, "0")
    };
    var int = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      test: /^[-+]?[0-9][0-9_]*$/,
      resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
      stringify: stringifyNumber.stringifyNumber
    };
    var intHex = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "HEX",
      test: /^[-+]?0x[0-9a-fA-F_]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
      stringify: (node) => intStringify(node, 16, "0x")
    };
    exports2.int = int;
    exports2.intBin = intBin;
    exports2.intHex = intHex;
    exports2.intOct = intOct;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/set.js
var require_set = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/set.js"(exports2) {
    "use strict";
    var identity = require_identity();
    var Pair = require_Pair();
    var YAMLMap = require_YAMLMap();
    var YAMLSet = class _YAMLSet extends YAMLMap.YAMLMap {
      constructor(schema) {
        super(schema);
        this.tag = _YAMLSet.tag;
      }
      add(key) {
        let pair;
        if (identity.isPair(key))
          pair = key;
        else if (key && typeof key === "object" && "key" in key && "value" in key && key.value === null)
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
        return !keepPair && identity.isPair(pair) ? identity.isScalar(pair.key) ? pair.key.value : pair.key : pair;
      }
      set(key, value) {
        if (typeof value !== "boolean")
          throw new Error(`Expected boolean value for set(key, value) in a YAML set, not ${typeof value}`);
        const prev = YAMLMap.findPair(this.items, key);
        if (prev && !value) {
          this.items.splice(this.items.indexOf(prev), 1);
        } else if (!prev && value) {
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
          throw new Error("Set items must all have null values");
      }
      static from(schema, iterable, ctx) {
        const { replacer } = ctx;
        const set2 = new this(schema);
        if (iterable && Symbol.iterator in Object(iterable))
          for (let value of iterable) {
            if (typeof replacer === "function")
              value = replacer.call(iterable, value, value);
            set2.items.push(Pair.createPair(value, null, ctx));
          }
        return set2;
      }
    };
    YAMLSet.tag = "tag:yaml.org,2002:set";
    var set = {
      collection: "map",
      identify: (value) => value instanceof Set,
      nodeClass: YAMLSet,
      default: false,
      tag: "tag:yaml.org,2002:set",
      createNode: (schema, iterable, ctx) => YAMLSet.from(schema, iterable, ctx),
      resolve(map, onError) {
        if (identity.isMap(map)) {
          if (map.hasAllNullValues(true))
            return Object.assign(new YAMLSet(), map);
          else
            onError("Set items must all have null values");
        } else
          onError("Expected a mapping for this tag");
        return map;
      }
    };
    exports2.YAMLSet = YAMLSet;
    exports2.set = set;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/timestamp.js
var require_timestamp = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/timestamp.js"(exports2) {
    "use strict";
    var stringifyNumber = require_stringifyNumber();
    function parseSexagesimal(str, asBigInt) {
      const sign = str[0];
      const parts = sign === "-" || sign === "+" ? str.substring(1) : str;
      const num = (n) => asBigInt ? BigInt(n) : Number(n);
      const res = parts.replace(/_/g, "").split(":").reduce((res2, p) => res2 * num(60) + num(p), num(0));
      return sign === "-" ? num(-1) * res : res;
    }
    function stringifySexagesimal(node) {
      let { value } = node;
      let num = (n) => n;
      if (typeof value === "bigint")
        num = (n) => BigInt(n);
      else if (isNaN(value) || !isFinite(value))
        return stringifyNumber.stringifyNumber(node);
      let sign = "";
      if (value < 0) {
        sign = "-";
        value *= num(-1);
      }
      const _60 = num(60);
      const parts = [value % _60];
      if (value < 60) {
        parts.unshift(0);
      } else {
        value = (value - parts[0]) / _60;
        parts.unshift(value % _60);
        if (value >= 60) {
          value = (value - parts[0]) / _60;
          parts.unshift(value);
        }
      }
      return sign + parts.map((n) => String(n).padStart(2, "0")).join(":").replace(/000000\d*$/, "");
    }
    var intTime = {
      identify: (value) => typeof value === "bigint" || Number.isInteger(value),
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "TIME",
      test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+$/,
      resolve: (str, _onError, { intAsBigInt }) => parseSexagesimal(str, intAsBigInt),
      stringify: stringifySexagesimal
    };
    var floatTime = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "TIME",
      test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*$/,
      resolve: (str) => parseSexagesimal(str, false),
      stringify: stringifySexagesimal
    };
    var timestamp = {
      identify: (value) => value instanceof Date,
      default: true,
      tag: "tag:yaml.org,2002:timestamp",
      // If the time zone is omitted, the timestamp is assumed to be specified in UTC. The time part
      // may be omitted altogether, resulting in a date format. In such a case, the time part is
      // assumed to be 00:00:00Z (start of day, UTC).
      test: RegExp("^([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})(?:(?:t|T|[ \\t]+)([0-9]{1,2}):([0-9]{1,2}):([0-9]{1,2}(\\.[0-9]+)?)(?:[ \\t]*(Z|[-+][012]?[0-9](?::[0-9]{2})?))?)?$"),
      resolve(str) {
        const match = str.match(timestamp.test);
        if (!match)
          throw new Error("!!timestamp expects a date, starting with yyyy-mm-dd");
        const [, year, month, day, hour, minute, second] = match.map(Number);
        const millisec = match[7] ? Number((match[7] + "00").substr(1, 3)) : 0;
        let date = Date.UTC(year, month - 1, day, hour || 0, minute || 0, second || 0, millisec);
        const tz = match[8];
        if (tz && tz !== "Z") {
          let d = parseSexagesimal(tz, false);
          if (Math.abs(d) < 30)
            d *= 60;
          date -= 6e4 * d;
        }
        return new Date(date);
      },
      stringify: ({ value }) => value?.toISOString().replace(/(T00:00:00)?\.000Z$/, "") ?? ""
    };
    exports2.floatTime = floatTime;
    exports2.intTime = intTime;
    exports2.timestamp = timestamp;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/schema.js
var require_schema3 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/schema.js"(exports2) {
    "use strict";
    var map = require_map();
    var _null = require_null();
    var seq = require_seq();
    var string = require_string();
    var binary = require_binary();
    var bool = require_bool2();
    var float = require_float2();
    var int = require_int2();
    var merge = require_merge();
    var omap = require_omap();
    var pairs = require_pairs();
    var set = require_set();
    var timestamp = require_timestamp();
    var schema = [
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
    exports2.schema = schema;
  }
});

// node_modules/yaml/dist/schema/tags.js
var require_tags = __commonJS({
  "node_modules/yaml/dist/schema/tags.js"(exports2) {
    "use strict";
    var map = require_map();
    var _null = require_null();
    var seq = require_seq();
    var string = require_string();
    var bool = require_bool();
    var float = require_float();
    var int = require_int();
    var schema = require_schema();
    var schema$1 = require_schema2();
    var binary = require_binary();
    var merge = require_merge();
    var omap = require_omap();
    var pairs = require_pairs();
    var schema$2 = require_schema3();
    var set = require_set();
    var timestamp = require_timestamp();
    var schemas = /* @__PURE__ */ new Map([
      ["core", schema.schema],
      ["failsafe", [map.map, seq.seq, string.string]],
      ["json", schema$1.schema],
      ["yaml11", schema$2.schema],
      ["yaml-1.1", schema$2.schema]
    ]);
    var tagsByName = {
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
    var coreKnownTags = {
      "tag:yaml.org,2002:binary": binary.binary,
      "tag:yaml.org,2002:merge": merge.merge,
      "tag:yaml.org,2002:omap": omap.omap,
      "tag:yaml.org,2002:pairs": pairs.pairs,
      "tag:yaml.org,2002:set": set.set,
      "tag:yaml.org,2002:timestamp": timestamp.timestamp
    };
    function getTags(customTags, schemaName, addMergeTag) {
      const schemaTags = schemas.get(schemaName);
      if (schemaTags && !customTags) {
        return addMergeTag && !schemaTags.includes(merge.merge) ? schemaTags.concat(merge.merge) : schemaTags.slice();
      }
      let tags = schemaTags;
      if (!tags) {
        if (Array.isArray(customTags))
          tags = [];
        else {
          const keys = Array.from(schemas.keys()).filter((key) => key !== "yaml11").map((key) => JSON.stringify(key)).join(", ");
          throw new Error(`Unknown schema "${schemaName}"; use one of ${keys} or define customTags array`);
        }
      }
      if (Array.isArray(customTags)) {
        for (const tag of customTags)
          tags = tags.concat(tag);
      } else if (typeof customTags === "function") {
        tags = customTags(tags.slice());
      }
      if (addMergeTag)
        tags = tags.concat(merge.merge);
      return tags.reduce((tags2, tag) => {
        const tagObj = typeof tag === "string" ? tagsByName[tag] : tag;
        if (!tagObj) {
          const tagName = JSON.stringify(tag);
          const keys = Object.keys(tagsByName).map((key) => JSON.stringify(key)).join(", ");
          throw new Error(`Unknown custom tag ${tagName}; use one of ${keys}`);
        }
        if (!tags2.includes(tagObj))
          tags2.push(tagObj);
        return tags2;
      }, []);
    }
    exports2.coreKnownTags = coreKnownTags;
    exports2.getTags = getTags;
  }
});

// node_modules/yaml/dist/schema/Schema.js
var require_Schema = __commonJS({
  "node_modules/yaml/dist/schema/Schema.js"(exports2) {
    "use strict";
    var identity = require_identity();
    var map = require_map();
    var seq = require_seq();
    var string = require_string();
    var tags = require_tags();
    var sortMapEntriesByKey = (a, b) => a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
    var Schema = class _Schema {
      constructor({ compat, customTags, merge, resolveKnownTags, schema, sortMapEntries, toStringDefaults }) {
        this.compat = Array.isArray(compat) ? tags.getTags(compat, "compat") : compat ? tags.getTags(null, compat) : null;
        this.name = typeof schema === "string" && schema || "core";
        this.knownTags = resolveKnownTags ? tags.coreKnownTags : {};
        this.tags = tags.getTags(customTags, this.name, merge);
        this.toStringOptions = toStringDefaults ?? null;
        Object.defineProperty(this, identity.MAP, { value: map.map });
        Object.defineProperty(this, identity.SCALAR, { value: string.string });
        Object.defineProperty(this, identity.SEQ, { value: seq.seq });
        this.sortMapEntries = typeof sortMapEntries === "function" ? sortMapEntries : sortMapEntries === true ? sortMapEntriesByKey : null;
      }
      clone() {
        const copy = Object.create(_Schema.prototype, Object.getOwnPropertyDescriptors(this));
        copy.tags = this.tags.slice();
        return copy;
      }
    };
    exports2.Schema = Schema;
  }
});

// node_modules/yaml/dist/stringify/stringifyDocument.js
var require_stringifyDocument = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyDocument.js"(exports2) {
    "use strict";
    var identity = require_identity();
    var stringify = require_stringify();
    var stringifyComment = require_stringifyComment();
    function stringifyDocument(doc, options) {
      const lines = [];
      let hasDirectives = options.directives === true;
      if (options.directives !== false && doc.directives) {
        const dir = doc.directives.toString(doc);
        if (dir) {
          lines.push(dir);
          hasDirectives = true;
        } else if (doc.directives.docStart)
          hasDirectives = true;
      }
      if (hasDirectives)
        lines.push("---");
      const ctx = stringify.createStringifyContext(doc, options);
      const { commentString } = ctx.options;
      if (doc.commentBefore) {
        if (lines.length !== 1)
          lines.unshift("");
        const cs = commentString(doc.commentBefore);
        lines.unshift(stringifyComment.indentComment(cs, ""));
      }
      let chompKeep = false;
      let contentComment = null;
      if (doc.contents) {
        if (identity.isNode(doc.contents)) {
          if (doc.contents.spaceBefore && hasDirectives)
            lines.push("");
          if (doc.contents.commentBefore) {
            const cs = commentString(doc.contents.commentBefore);
            lines.push(stringifyComment.indentComment(cs, ""));
          }
          ctx.forceBlockIndent = !!doc.comment;
          contentComment = doc.contents.comment;
        }
        const onChompKeep = contentComment ? void 0 : () => chompKeep = true;
        let body = stringify.stringify(doc.contents, ctx, () => contentComment = null, onChompKeep);
        if (contentComment)
          body += stringifyComment.lineComment(body, "", commentString(contentComment));
        if ((body[0] === "|" || body[0] === ">") && lines[lines.length - 1] === "---") {
          lines[lines.length - 1] = `--- ${body}`;
        } else
          lines.push(body);
      } else {
        lines.push(stringify.stringify(doc.contents, ctx));
      }
      if (doc.directives?.docEnd) {
        if (doc.comment) {
          const cs = commentString(doc.comment);
          if (cs.includes("\n")) {
            lines.push("...");
            lines.push(stringifyComment.indentComment(cs, ""));
          } else {
            lines.push(`... ${cs}`);
          }
        } else {
          lines.push("...");
        }
      } else {
        let dc = doc.comment;
        if (dc && chompKeep)
          dc = dc.replace(/^\n+/, "");
        if (dc) {
          if ((!chompKeep || contentComment) && lines[lines.length - 1] !== "")
            lines.push("");
          lines.push(stringifyComment.indentComment(commentString(dc), ""));
        }
      }
      return lines.join("\n") + "\n";
    }
    exports2.stringifyDocument = stringifyDocument;
  }
});

// node_modules/yaml/dist/doc/Document.js
var require_Document = __commonJS({
  "node_modules/yaml/dist/doc/Document.js"(exports2) {
    "use strict";
    var Alias = require_Alias();
    var Collection = require_Collection();
    var identity = require_identity();
    var Pair = require_Pair();
    var toJS = require_toJS();
    var Schema = require_Schema();
    var stringifyDocument = require_stringifyDocument();
    var anchors = require_anchors();
    var applyReviver = require_applyReviver();
    var createNode = require_createNode();
    var directives = require_directives();
    var Document = class _Document {
      constructor(value, replacer, options) {
        this.commentBefore = null;
        this.comment = null;
        this.errors = [];
        this.warnings = [];
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.DOC });
        let _replacer = null;
        if (typeof replacer === "function" || Array.isArray(replacer)) {
          _replacer = replacer;
        } else if (options === void 0 && replacer) {
          options = replacer;
          replacer = void 0;
        }
        const opt = Object.assign({
          intAsBigInt: false,
          keepSourceTokens: false,
          logLevel: "warn",
          prettyErrors: true,
          strict: true,
          stringKeys: false,
          uniqueKeys: true,
          version: "1.2"
        }, options);
        this.options = opt;
        let { version } = opt;
        if (options?._directives) {
          this.directives = options._directives.atDocument();
          if (this.directives.yaml.explicit)
            version = this.directives.yaml.version;
        } else
          this.directives = new directives.Directives({ version });
        this.setSchema(version, options);
        this.contents = value === void 0 ? null : this.createNode(value, _replacer, options);
      }
      /**
       * Create a deep copy of this Document and its contents.
       *
       * Custom Node values that inherit from `Object` still refer to their original instances.
       */
      clone() {
        const copy = Object.create(_Document.prototype, {
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
        copy.contents = identity.isNode(this.contents) ? this.contents.clone(copy.schema) : this.contents;
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
          node.anchor = // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
          !name || prev.has(name) ? anchors.findNewAnchor(name || "a", prev) : name;
        }
        return new Alias.Alias(node.anchor);
      }
      createNode(value, replacer, options) {
        let _replacer = void 0;
        if (typeof replacer === "function") {
          value = replacer.call({ "": value }, "", value);
          _replacer = replacer;
        } else if (Array.isArray(replacer)) {
          const keyToStr = (v) => typeof v === "number" || v instanceof String || v instanceof Number;
          const asStr = replacer.filter(keyToStr).map(String);
          if (asStr.length > 0)
            replacer = replacer.concat(asStr);
          _replacer = replacer;
        } else if (options === void 0 && replacer) {
          options = replacer;
          replacer = void 0;
        }
        const { aliasDuplicateObjects, anchorPrefix, flow, keepUndefined, onTagObj, tag } = options ?? {};
        const { onAnchor, setAnchors, sourceObjects } = anchors.createNodeAnchors(
          this,
          // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
          anchorPrefix || "a"
        );
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
          this.contents = null;
          return true;
        }
        return assertCollection(this.contents) ? this.contents.deleteIn(path) : false;
      }
      /**
       * Returns item at `key`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      get(key, keepScalar) {
        return identity.isCollection(this.contents) ? this.contents.get(key, keepScalar) : void 0;
      }
      /**
       * Returns item at `path`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      getIn(path, keepScalar) {
        if (Collection.isEmptyPath(path))
          return !keepScalar && identity.isScalar(this.contents) ? this.contents.value : this.contents;
        return identity.isCollection(this.contents) ? this.contents.getIn(path, keepScalar) : void 0;
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
          return this.contents !== void 0;
        return identity.isCollection(this.contents) ? this.contents.hasIn(path) : false;
      }
      /**
       * Sets a value in this document. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      set(key, value) {
        if (this.contents == null) {
          this.contents = Collection.collectionFromPath(this.schema, [key], value);
        } else if (assertCollection(this.contents)) {
          this.contents.set(key, value);
        }
      }
      /**
       * Sets a value in this document. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      setIn(path, value) {
        if (Collection.isEmptyPath(path)) {
          this.contents = value;
        } else if (this.contents == null) {
          this.contents = Collection.collectionFromPath(this.schema, Array.from(path), value);
        } else if (assertCollection(this.contents)) {
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
        if (typeof version === "number")
          version = String(version);
        let opt;
        switch (version) {
          case "1.1":
            if (this.directives)
              this.directives.yaml.version = "1.1";
            else
              this.directives = new directives.Directives({ version: "1.1" });
            opt = { resolveKnownTags: false, schema: "yaml-1.1" };
            break;
          case "1.2":
          case "next":
            if (this.directives)
              this.directives.yaml.version = version;
            else
              this.directives = new directives.Directives({ version });
            opt = { resolveKnownTags: true, schema: "core" };
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
          anchors: /* @__PURE__ */ new Map(),
          doc: this,
          keep: !json,
          mapAsMap: mapAsMap === true,
          mapKeyWarned: false,
          maxAliasCount: typeof maxAliasCount === "number" ? maxAliasCount : 100
        };
        const res = toJS.toJS(this.contents, jsonArg ?? "", ctx);
        if (typeof onAnchor === "function")
          for (const { count, res: res2 } of ctx.anchors.values())
            onAnchor(res2, count);
        return typeof reviver === "function" ? applyReviver.applyReviver(reviver, { "": res }, "", res) : res;
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
          throw new Error("Document with errors cannot be stringified");
        if ("indent" in options && (!Number.isInteger(options.indent) || Number(options.indent) <= 0)) {
          const s = JSON.stringify(options.indent);
          throw new Error(`"indent" option must be a positive integer, not ${s}`);
        }
        return stringifyDocument.stringifyDocument(this, options);
      }
    };
    function assertCollection(contents) {
      if (identity.isCollection(contents))
        return true;
      throw new Error("Expected a YAML collection as document contents");
    }
    exports2.Document = Document;
  }
});

// node_modules/yaml/dist/errors.js
var require_errors = __commonJS({
  "node_modules/yaml/dist/errors.js"(exports2) {
    "use strict";
    var YAMLError = class extends Error {
      constructor(name, pos, code, message) {
        super();
        this.name = name;
        this.code = code;
        this.message = message;
        this.pos = pos;
      }
    };
    var YAMLParseError = class extends YAMLError {
      constructor(pos, code, message) {
        super("YAMLParseError", pos, code, message);
      }
    };
    var YAMLWarning = class extends YAMLError {
      constructor(pos, code, message) {
        super("YAMLWarning", pos, code, message);
      }
    };
    var prettifyError = (src, lc) => (error) => {
      if (error.pos[0] === -1)
        return;
      error.linePos = error.pos.map((pos) => lc.linePos(pos));
      const { line, col } = error.linePos[0];
      error.message += ` at line ${line}, column ${col}`;
      let ci = col - 1;
      let lineStr = src.substring(lc.lineStarts[line - 1], lc.lineStarts[line]).replace(/[\n\r]+$/, "");
      if (ci >= 60 && lineStr.length > 80) {
        const trimStart = Math.min(ci - 39, lineStr.length - 79);
        lineStr = "\u2026" + lineStr.substring(trimStart);
        ci -= trimStart - 1;
      }
      if (lineStr.length > 80)
        lineStr = lineStr.substring(0, 79) + "\u2026";
      if (line > 1 && /^ *$/.test(lineStr.substring(0, ci))) {
        let prev = src.substring(lc.lineStarts[line - 2], lc.lineStarts[line - 1]);
        if (prev.length > 80)
          prev = prev.substring(0, 79) + "\u2026\n";
        lineStr = prev + lineStr;
      }
      if (/[^ ]/.test(lineStr)) {
        let count = 1;
        const end = error.linePos[1];
        if (end?.line === line && end.col > col) {
          count = Math.max(1, Math.min(end.col - col, 80 - ci));
        }
        const pointer = " ".repeat(ci) + "^".repeat(count);
        error.message += `:

${lineStr}
${pointer}
`;
      }
    };
    exports2.YAMLError = YAMLError;
    exports2.YAMLParseError = YAMLParseError;
    exports2.YAMLWarning = YAMLWarning;
    exports2.prettifyError = prettifyError;
  }
});

// node_modules/yaml/dist/compose/resolve-props.js
var require_resolve_props = __commonJS({
  "node_modules/yaml/dist/compose/resolve-props.js"(exports2) {
    "use strict";
    function resolveProps(tokens, { flow, indicator, next, offset, onError, parentIndent, startOnNewline }) {
      let spaceBefore = false;
      let atNewline = startOnNewline;
      let hasSpace = startOnNewline;
      let comment = "";
      let commentSep = "";
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
          if (token.type !== "space" && token.type !== "newline" && token.type !== "comma")
            onError(token.offset, "MISSING_CHAR", "Tags and anchors must be separated from the next token by white space");
          reqSpace = false;
        }
        if (tab) {
          if (atNewline && token.type !== "comment" && token.type !== "newline") {
            onError(tab, "TAB_AS_INDENT", "Tabs are not allowed as indentation");
          }
          tab = null;
        }
        switch (token.type) {
          case "space":
            if (!flow && (indicator !== "doc-start" || next?.type !== "flow-collection") && token.source.includes("	")) {
              tab = token;
            }
            hasSpace = true;
            break;
          case "comment": {
            if (!hasSpace)
              onError(token, "MISSING_CHAR", "Comments must be separated from other tokens by white space characters");
            const cb = token.source.substring(1) || " ";
            if (!comment)
              comment = cb;
            else
              comment += commentSep + cb;
            commentSep = "";
            atNewline = false;
            break;
          }
          case "newline":
            if (atNewline) {
              if (comment)
                comment += token.source;
              else if (!found || indicator !== "seq-item-ind")
                spaceBefore = true;
            } else
              commentSep += token.source;
            atNewline = true;
            hasNewline = true;
            if (anchor || tag)
              newlineAfterProp = token;
            hasSpace = true;
            break;
          case "anchor":
            if (anchor)
              onError(token, "MULTIPLE_ANCHORS", "A node can have at most one anchor");
            if (token.source.endsWith(":"))
              onError(token.offset + token.source.length - 1, "BAD_ALIAS", "Anchor ending in : is ambiguous", true);
            anchor = token;
            start ?? (start = token.offset);
            atNewline = false;
            hasSpace = false;
            reqSpace = true;
            break;
          case "tag": {
            if (tag)
              onError(token, "MULTIPLE_TAGS", "A node can have at most one tag");
            tag = token;
            start ?? (start = token.offset);
            atNewline = false;
            hasSpace = false;
            reqSpace = true;
            break;
          }
          case indicator:
            if (anchor || tag)
              onError(token, "BAD_PROP_ORDER", `Anchors and tags must be after the ${token.source} indicator`);
            if (found)
              onError(token, "UNEXPECTED_TOKEN", `Unexpected ${token.source} in ${flow ?? "collection"}`);
            found = token;
            atNewline = indicator === "seq-item-ind" || indicator === "explicit-key-ind";
            hasSpace = false;
            break;
          case "comma":
            if (flow) {
              if (comma)
                onError(token, "UNEXPECTED_TOKEN", `Unexpected , in ${flow}`);
              comma = token;
              atNewline = false;
              hasSpace = false;
              break;
            }
          // else fallthrough
          default:
            onError(token, "UNEXPECTED_TOKEN", `Unexpected ${token.type} token`);
            atNewline = false;
            hasSpace = false;
        }
      }
      const last = tokens[tokens.length - 1];
      const end = last ? last.offset + last.source.length : offset;
      if (reqSpace && next && next.type !== "space" && next.type !== "newline" && next.type !== "comma" && (next.type !== "scalar" || next.source !== "")) {
        onError(next.offset, "MISSING_CHAR", "Tags and anchors must be separated from the next token by white space");
      }
      if (tab && (atNewline && tab.indent <= parentIndent || next?.type === "block-map" || next?.type === "block-seq"))
        onError(tab, "TAB_AS_INDENT", "Tabs are not allowed as indentation");
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
    exports2.resolveProps = resolveProps;
  }
});

// node_modules/yaml/dist/compose/util-contains-newline.js
var require_util_contains_newline = __commonJS({
  "node_modules/yaml/dist/compose/util-contains-newline.js"(exports2) {
    "use strict";
    function containsNewline(key) {
      if (!key)
        return null;
      switch (key.type) {
        case "alias":
        case "scalar":
        case "double-quoted-scalar":
        case "single-quoted-scalar":
          if (key.source.includes("\n"))
            return true;
          if (key.end) {
            for (const st of key.end)
              if (st.type === "newline")
                return true;
          }
          return false;
        case "flow-collection":
          for (const it of key.items) {
            for (const st of it.start)
              if (st.type === "newline")
                return true;
            if (it.sep) {
              for (const st of it.sep)
                if (st.type === "newline")
                  return true;
            }
            if (containsNewline(it.key) || containsNewline(it.value))
              return true;
          }
          return false;
        default:
          return true;
      }
    }
    exports2.containsNewline = containsNewline;
  }
});

// node_modules/yaml/dist/compose/util-flow-indent-check.js
var require_util_flow_indent_check = __commonJS({
  "node_modules/yaml/dist/compose/util-flow-indent-check.js"(exports2) {
    "use strict";
    var utilContainsNewline = require_util_contains_newline();
    function flowIndentCheck(indent, fc, onError) {
      if (fc?.type === "flow-collection") {
        const end = fc.end[0];
        if (end.indent === indent && (end.source === "]" || end.source === "}") && utilContainsNewline.containsNewline(fc)) {
          const msg = "Flow end indicator should be more indented than parent";
          onError(end, "BAD_INDENT", msg, true);
        }
      }
    }
    exports2.flowIndentCheck = flowIndentCheck;
  }
});

// node_modules/yaml/dist/compose/util-map-includes.js
var require_util_map_includes = __commonJS({
  "node_modules/yaml/dist/compose/util-map-includes.js"(exports2) {
    "use strict";
    var identity = require_identity();
    function mapIncludes(ctx, items, search) {
      const { uniqueKeys } = ctx.options;
      if (uniqueKeys === false)
        return false;
      const isEqual = typeof uniqueKeys === "function" ? uniqueKeys : (a, b) => a === b || identity.isScalar(a) && identity.isScalar(b) && a.value === b.value;
      return items.some((pair) => isEqual(pair.key, search));
    }
    exports2.mapIncludes = mapIncludes;
  }
});

// node_modules/yaml/dist/compose/resolve-block-map.js
var require_resolve_block_map = __commonJS({
  "node_modules/yaml/dist/compose/resolve-block-map.js"(exports2) {
    "use strict";
    var Pair = require_Pair();
    var YAMLMap = require_YAMLMap();
    var resolveProps = require_resolve_props();
    var utilContainsNewline = require_util_contains_newline();
    var utilFlowIndentCheck = require_util_flow_indent_check();
    var utilMapIncludes = require_util_map_includes();
    var startColMsg = "All mapping items must start at the same column";
    function resolveBlockMap({ composeNode, composeEmptyNode }, ctx, bm, onError, tag) {
      const NodeClass = tag?.nodeClass ?? YAMLMap.YAMLMap;
      const map = new NodeClass(ctx.schema);
      if (ctx.atRoot)
        ctx.atRoot = false;
      let offset = bm.offset;
      let commentEnd = null;
      for (const collItem of bm.items) {
        const { start, key, sep, value } = collItem;
        const keyProps = resolveProps.resolveProps(start, {
          indicator: "explicit-key-ind",
          next: key ?? sep?.[0],
          offset,
          onError,
          parentIndent: bm.indent,
          startOnNewline: true
        });
        const implicitKey = !keyProps.found;
        if (implicitKey) {
          if (key) {
            if (key.type === "block-seq")
              onError(offset, "BLOCK_AS_IMPLICIT_KEY", "A block sequence may not be used as an implicit map key");
            else if ("indent" in key && key.indent !== bm.indent)
              onError(offset, "BAD_INDENT", startColMsg);
          }
          if (!keyProps.anchor && !keyProps.tag && !sep) {
            commentEnd = keyProps.end;
            if (keyProps.comment) {
              if (map.comment)
                map.comment += "\n" + keyProps.comment;
              else
                map.comment = keyProps.comment;
            }
            continue;
          }
          if (keyProps.newlineAfterProp || utilContainsNewline.containsNewline(key)) {
            onError(key ?? start[start.length - 1], "MULTILINE_IMPLICIT_KEY", "Implicit keys need to be on a single line");
          }
        } else if (keyProps.found?.indent !== bm.indent) {
          onError(offset, "BAD_INDENT", startColMsg);
        }
        ctx.atKey = true;
        const keyStart = keyProps.end;
        const keyNode = key ? composeNode(ctx, key, keyProps, onError) : composeEmptyNode(ctx, keyStart, start, null, keyProps, onError);
        if (ctx.schema.compat)
          utilFlowIndentCheck.flowIndentCheck(bm.indent, key, onError);
        ctx.atKey = false;
        if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
          onError(keyStart, "DUPLICATE_KEY", "Map keys must be unique");
        const valueProps = resolveProps.resolveProps(sep ?? [], {
          indicator: "map-value-ind",
          next: value,
          offset: keyNode.range[2],
          onError,
          parentIndent: bm.indent,
          startOnNewline: !key || key.type === "block-scalar"
        });
        offset = valueProps.end;
        if (valueProps.found) {
          if (implicitKey) {
            if (value?.type === "block-map" && !valueProps.hasNewline)
              onError(offset, "BLOCK_AS_IMPLICIT_KEY", "Nested mappings are not allowed in compact mappings");
            if (ctx.options.strict && keyProps.start < valueProps.found.offset - 1024)
              onError(keyNode.range, "KEY_OVER_1024_CHARS", "The : indicator must be at most 1024 chars after the start of an implicit block mapping key");
          }
          const valueNode = value ? composeNode(ctx, value, valueProps, onError) : composeEmptyNode(ctx, offset, sep, null, valueProps, onError);
          if (ctx.schema.compat)
            utilFlowIndentCheck.flowIndentCheck(bm.indent, value, onError);
          offset = valueNode.range[2];
          const pair = new Pair.Pair(keyNode, valueNode);
          if (ctx.options.keepSourceTokens)
            pair.srcToken = collItem;
          map.items.push(pair);
        } else {
          if (implicitKey)
            onError(keyNode.range, "MISSING_CHAR", "Implicit map keys need to be followed by map values");
          if (valueProps.comment) {
            if (keyNode.comment)
              keyNode.comment += "\n" + valueProps.comment;
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
        onError(commentEnd, "IMPOSSIBLE", "Map comment with trailing content");
      map.range = [bm.offset, offset, commentEnd ?? offset];
      return map;
    }
    exports2.resolveBlockMap = resolveBlockMap;
  }
});

// node_modules/yaml/dist/compose/resolve-block-seq.js
var require_resolve_block_seq = __commonJS({
  "node_modules/yaml/dist/compose/resolve-block-seq.js"(exports2) {
    "use strict";
    var YAMLSeq = require_YAMLSeq();
    var resolveProps = require_resolve_props();
    var utilFlowIndentCheck = require_util_flow_indent_check();
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
          indicator: "seq-item-ind",
          next: value,
          offset,
          onError,
          parentIndent: bs.indent,
          startOnNewline: true
        });
        if (!props.found) {
          if (props.anchor || props.tag || value) {
            if (value?.type === "block-seq")
              onError(props.end, "BAD_INDENT", "All sequence items must start at the same column");
            else
              onError(offset, "MISSING_CHAR", "Sequence item without - indicator");
          } else {
            commentEnd = props.end;
            if (props.comment)
              seq.comment = props.comment;
            continue;
          }
        }
        const node = value ? composeNode(ctx, value, props, onError) : composeEmptyNode(ctx, props.end, start, null, props, onError);
        if (ctx.schema.compat)
          utilFlowIndentCheck.flowIndentCheck(bs.indent, value, onError);
        offset = node.range[2];
        seq.items.push(node);
      }
      seq.range = [bs.offset, offset, commentEnd ?? offset];
      return seq;
    }
    exports2.resolveBlockSeq = resolveBlockSeq;
  }
});

// node_modules/yaml/dist/compose/resolve-end.js
var require_resolve_end = __commonJS({
  "node_modules/yaml/dist/compose/resolve-end.js"(exports2) {
    "use strict";
    function resolveEnd(end, offset, reqSpace, onError) {
      let comment = "";
      if (end) {
        let hasSpace = false;
        let sep = "";
        for (const token of end) {
          const { source, type } = token;
          switch (type) {
            case "space":
              hasSpace = true;
              break;
            case "comment": {
              if (reqSpace && !hasSpace)
                onError(token, "MISSING_CHAR", "Comments must be separated from other tokens by white space characters");
              const cb = source.substring(1) || " ";
              if (!comment)
                comment = cb;
              else
                comment += sep + cb;
              sep = "";
              break;
            }
            case "newline":
              if (comment)
                sep += source;
              hasSpace = true;
              break;
            default:
              onError(token, "UNEXPECTED_TOKEN", `Unexpected ${type} at node end`);
          }
          offset += source.length;
        }
      }
      return { comment, offset };
    }
    exports2.resolveEnd = resolveEnd;
  }
});

// node_modules/yaml/dist/compose/resolve-flow-collection.js
var require_resolve_flow_collection = __commonJS({
  "node_modules/yaml/dist/compose/resolve-flow-collection.js"(exports2) {
    "use strict";
    var identity = require_identity();
    var Pair = require_Pair();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var resolveEnd = require_resolve_end();
    var resolveProps = require_resolve_props();
    var utilContainsNewline = require_util_contains_newline();
    var utilMapIncludes = require_util_map_includes();
    var blockMsg = "Block collections are not allowed within flow collections";
    var isBlock = (token) => token && (token.type === "block-map" || token.type === "block-seq");
    function resolveFlowCollection({ composeNode, composeEmptyNode }, ctx, fc, onError, tag) {
      const isMap3 = fc.start.source === "{";
      const fcName = isMap3 ? "flow map" : "flow sequence";
      const NodeClass = tag?.nodeClass ?? (isMap3 ? YAMLMap.YAMLMap : YAMLSeq.YAMLSeq);
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
          indicator: "explicit-key-ind",
          next: key ?? sep?.[0],
          offset,
          onError,
          parentIndent: fc.indent,
          startOnNewline: false
        });
        if (!props.found) {
          if (!props.anchor && !props.tag && !sep && !value) {
            if (i === 0 && props.comma)
              onError(props.comma, "UNEXPECTED_TOKEN", `Unexpected , in ${fcName}`);
            else if (i < fc.items.length - 1)
              onError(props.start, "UNEXPECTED_TOKEN", `Unexpected empty item in ${fcName}`);
            if (props.comment) {
              if (coll.comment)
                coll.comment += "\n" + props.comment;
              else
                coll.comment = props.comment;
            }
            offset = props.end;
            continue;
          }
          if (!isMap3 && ctx.options.strict && utilContainsNewline.containsNewline(key))
            onError(
              key,
              // checked by containsNewline()
              "MULTILINE_IMPLICIT_KEY",
              "Implicit keys of flow sequence pairs need to be on a single line"
            );
        }
        if (i === 0) {
          if (props.comma)
            onError(props.comma, "UNEXPECTED_TOKEN", `Unexpected , in ${fcName}`);
        } else {
          if (!props.comma)
            onError(props.start, "MISSING_CHAR", `Missing , between ${fcName} items`);
          if (props.comment) {
            let prevItemComment = "";
            loop: for (const st of start) {
              switch (st.type) {
                case "comma":
                case "space":
                  break;
                case "comment":
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
                prev.comment += "\n" + prevItemComment;
              else
                prev.comment = prevItemComment;
              props.comment = props.comment.substring(prevItemComment.length + 1);
            }
          }
        }
        if (!isMap3 && !sep && !props.found) {
          const valueNode = value ? composeNode(ctx, value, props, onError) : composeEmptyNode(ctx, props.end, sep, null, props, onError);
          coll.items.push(valueNode);
          offset = valueNode.range[2];
          if (isBlock(value))
            onError(valueNode.range, "BLOCK_IN_FLOW", blockMsg);
        } else {
          ctx.atKey = true;
          const keyStart = props.end;
          const keyNode = key ? composeNode(ctx, key, props, onError) : composeEmptyNode(ctx, keyStart, start, null, props, onError);
          if (isBlock(key))
            onError(keyNode.range, "BLOCK_IN_FLOW", blockMsg);
          ctx.atKey = false;
          const valueProps = resolveProps.resolveProps(sep ?? [], {
            flow: fcName,
            indicator: "map-value-ind",
            next: value,
            offset: keyNode.range[2],
            onError,
            parentIndent: fc.indent,
            startOnNewline: false
          });
          if (valueProps.found) {
            if (!isMap3 && !props.found && ctx.options.strict) {
              if (sep)
                for (const st of sep) {
                  if (st === valueProps.found)
                    break;
                  if (st.type === "newline") {
                    onError(st, "MULTILINE_IMPLICIT_KEY", "Implicit keys of flow sequence pairs need to be on a single line");
                    break;
                  }
                }
              if (props.start < valueProps.found.offset - 1024)
                onError(valueProps.found, "KEY_OVER_1024_CHARS", "The : indicator must be at most 1024 chars after the start of an implicit flow sequence key");
            }
          } else if (value) {
            if ("source" in value && value.source?.[0] === ":")
              onError(value, "MISSING_CHAR", `Missing space after : in ${fcName}`);
            else
              onError(valueProps.start, "MISSING_CHAR", `Missing , or : between ${fcName} items`);
          }
          const valueNode = value ? composeNode(ctx, value, valueProps, onError) : valueProps.found ? composeEmptyNode(ctx, valueProps.end, sep, null, valueProps, onError) : null;
          if (valueNode) {
            if (isBlock(value))
              onError(valueNode.range, "BLOCK_IN_FLOW", blockMsg);
          } else if (valueProps.comment) {
            if (keyNode.comment)
              keyNode.comment += "\n" + valueProps.comment;
            else
              keyNode.comment = valueProps.comment;
          }
          const pair = new Pair.Pair(keyNode, valueNode);
          if (ctx.options.keepSourceTokens)
            pair.srcToken = collItem;
          if (isMap3) {
            const map = coll;
            if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
              onError(keyStart, "DUPLICATE_KEY", "Map keys must be unique");
            map.items.push(pair);
          } else {
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
      const expectedEnd = isMap3 ? "}" : "]";
      const [ce, ...ee] = fc.end;
      let cePos = offset;
      if (ce?.source === expectedEnd)
        cePos = ce.offset + ce.source.length;
      else {
        const name = fcName[0].toUpperCase() + fcName.substring(1);
        const msg = atRoot ? `${name} must end with a ${expectedEnd}` : `${name} in block collection must be sufficiently indented and end with a ${expectedEnd}`;
        onError(offset, atRoot ? "MISSING_CHAR" : "BAD_INDENT", msg);
        if (ce && ce.source.length !== 1)
          ee.unshift(ce);
      }
      if (ee.length > 0) {
        const end = resolveEnd.resolveEnd(ee, cePos, ctx.options.strict, onError);
        if (end.comment) {
          if (coll.comment)
            coll.comment += "\n" + end.comment;
          else
            coll.comment = end.comment;
        }
        coll.range = [fc.offset, cePos, end.offset];
      } else {
        coll.range = [fc.offset, cePos, cePos];
      }
      return coll;
    }
    exports2.resolveFlowCollection = resolveFlowCollection;
  }
});

// node_modules/yaml/dist/compose/compose-collection.js
var require_compose_collection = __commonJS({
  "node_modules/yaml/dist/compose/compose-collection.js"(exports2) {
    "use strict";
    var identity = require_identity();
    var Scalar2 = require_Scalar();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var resolveBlockMap = require_resolve_block_map();
    var resolveBlockSeq = require_resolve_block_seq();
    var resolveFlowCollection = require_resolve_flow_collection();
    function resolveCollection(CN, ctx, token, onError, tagName, tag) {
      const coll = token.type === "block-map" ? resolveBlockMap.resolveBlockMap(CN, ctx, token, onError, tag) : token.type === "block-seq" ? resolveBlockSeq.resolveBlockSeq(CN, ctx, token, onError, tag) : resolveFlowCollection.resolveFlowCollection(CN, ctx, token, onError, tag);
      const Coll = coll.constructor;
      if (tagName === "!" || tagName === Coll.tagName) {
        coll.tag = Coll.tagName;
        return coll;
      }
      if (tagName)
        coll.tag = tagName;
      return coll;
    }
    function composeCollection(CN, ctx, token, props, onError) {
      const tagToken = props.tag;
      const tagName = !tagToken ? null : ctx.directives.tagName(tagToken.source, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg));
      if (token.type === "block-seq") {
        const { anchor, newlineAfterProp: nl } = props;
        const lastProp = anchor && tagToken ? anchor.offset > tagToken.offset ? anchor : tagToken : anchor ?? tagToken;
        if (lastProp && (!nl || nl.offset < lastProp.offset)) {
          const message = "Missing newline after block sequence props";
          onError(lastProp, "MISSING_CHAR", message);
        }
      }
      const expType = token.type === "block-map" ? "map" : token.type === "block-seq" ? "seq" : token.start.source === "{" ? "map" : "seq";
      if (!tagToken || !tagName || tagName === "!" || tagName === YAMLMap.YAMLMap.tagName && expType === "map" || tagName === YAMLSeq.YAMLSeq.tagName && expType === "seq") {
        return resolveCollection(CN, ctx, token, onError, tagName);
      }
      let tag = ctx.schema.tags.find((t) => t.tag === tagName && t.collection === expType);
      if (!tag) {
        const kt = ctx.schema.knownTags[tagName];
        if (kt?.collection === expType) {
          ctx.schema.tags.push(Object.assign({}, kt, { default: false }));
          tag = kt;
        } else {
          if (kt) {
            onError(tagToken, "BAD_COLLECTION_TYPE", `${kt.tag} used for ${expType} collection, but expects ${kt.collection ?? "scalar"}`, true);
          } else {
            onError(tagToken, "TAG_RESOLVE_FAILED", `Unresolved tag: ${tagName}`, true);
          }
          return resolveCollection(CN, ctx, token, onError, tagName);
        }
      }
      const coll = resolveCollection(CN, ctx, token, onError, tagName, tag);
      const res = tag.resolve?.(coll, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg), ctx.options) ?? coll;
      const node = identity.isNode(res) ? res : new Scalar2.Scalar(res);
      node.range = coll.range;
      node.tag = tagName;
      if (tag?.format)
        node.format = tag.format;
      return node;
    }
    exports2.composeCollection = composeCollection;
  }
});

// node_modules/yaml/dist/compose/resolve-block-scalar.js
var require_resolve_block_scalar = __commonJS({
  "node_modules/yaml/dist/compose/resolve-block-scalar.js"(exports2) {
    "use strict";
    var Scalar2 = require_Scalar();
    function resolveBlockScalar(ctx, scalar, onError) {
      const start = scalar.offset;
      const header = parseBlockScalarHeader(scalar, ctx.options.strict, onError);
      if (!header)
        return { value: "", type: null, comment: "", range: [start, start, start] };
      const type = header.mode === ">" ? Scalar2.Scalar.BLOCK_FOLDED : Scalar2.Scalar.BLOCK_LITERAL;
      const lines = scalar.source ? splitLines(scalar.source) : [];
      let chompStart = lines.length;
      for (let i = lines.length - 1; i >= 0; --i) {
        const content = lines[i][1];
        if (content === "" || content === "\r")
          chompStart = i;
        else
          break;
      }
      if (chompStart === 0) {
        const value2 = header.chomp === "+" && lines.length > 0 ? "\n".repeat(Math.max(1, lines.length - 1)) : "";
        let end2 = start + header.length;
        if (scalar.source)
          end2 += scalar.source.length;
        return { value: value2, type, comment: header.comment, range: [start, end2, end2] };
      }
      let trimIndent = scalar.indent + header.indent;
      let offset = scalar.offset + header.length;
      let contentStart2 = 0;
      for (let i = 0; i < chompStart; ++i) {
        const [indent, content] = lines[i];
        if (content === "" || content === "\r") {
          if (header.indent === 0 && indent.length > trimIndent)
            trimIndent = indent.length;
        } else {
          if (indent.length < trimIndent) {
            const message = "Block scalars with more-indented leading empty lines must use an explicit indentation indicator";
            onError(offset + indent.length, "MISSING_CHAR", message);
          }
          if (header.indent === 0)
            trimIndent = indent.length;
          contentStart2 = i;
          if (trimIndent === 0 && !ctx.atRoot) {
            const message = "Block scalar values in collections must be indented";
            onError(offset, "BAD_INDENT", message);
          }
          break;
        }
        offset += indent.length + content.length + 1;
      }
      for (let i = lines.length - 1; i >= chompStart; --i) {
        if (lines[i][0].length > trimIndent)
          chompStart = i + 1;
      }
      let value = "";
      let sep = "";
      let prevMoreIndented = false;
      for (let i = 0; i < contentStart2; ++i)
        value += lines[i][0].slice(trimIndent) + "\n";
      for (let i = contentStart2; i < chompStart; ++i) {
        let [indent, content] = lines[i];
        offset += indent.length + content.length + 1;
        const crlf = content[content.length - 1] === "\r";
        if (crlf)
          content = content.slice(0, -1);
        if (content && indent.length < trimIndent) {
          const src = header.indent ? "explicit indentation indicator" : "first line";
          const message = `Block scalar lines must not be less indented than their ${src}`;
          onError(offset - content.length - (crlf ? 2 : 1), "BAD_INDENT", message);
          indent = "";
        }
        if (type === Scalar2.Scalar.BLOCK_LITERAL) {
          value += sep + indent.slice(trimIndent) + content;
          sep = "\n";
        } else if (indent.length > trimIndent || content[0] === "	") {
          if (sep === " ")
            sep = "\n";
          else if (!prevMoreIndented && sep === "\n")
            sep = "\n\n";
          value += sep + indent.slice(trimIndent) + content;
          sep = "\n";
          prevMoreIndented = true;
        } else if (content === "") {
          if (sep === "\n")
            value += "\n";
          else
            sep = "\n";
        } else {
          value += sep + content;
          sep = " ";
          prevMoreIndented = false;
        }
      }
      switch (header.chomp) {
        case "-":
          break;
        case "+":
          for (let i = chompStart; i < lines.length; ++i)
            value += "\n" + lines[i][0].slice(trimIndent);
          if (value[value.length - 1] !== "\n")
            value += "\n";
          break;
        default:
          value += "\n";
      }
      const end = start + header.length + scalar.source.length;
      return { value, type, comment: header.comment, range: [start, end, end] };
    }
    function parseBlockScalarHeader({ offset, props }, strict, onError) {
      if (props[0].type !== "block-scalar-header") {
        onError(props[0], "IMPOSSIBLE", "Block scalar header not found");
        return null;
      }
      const { source } = props[0];
      const mode = source[0];
      let indent = 0;
      let chomp = "";
      let error = -1;
      for (let i = 1; i < source.length; ++i) {
        const ch = source[i];
        if (!chomp && (ch === "-" || ch === "+"))
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
        onError(error, "UNEXPECTED_TOKEN", `Block scalar header includes extra characters: ${source}`);
      let hasSpace = false;
      let comment = "";
      let length = source.length;
      for (let i = 1; i < props.length; ++i) {
        const token = props[i];
        switch (token.type) {
          case "space":
            hasSpace = true;
          // fallthrough
          case "newline":
            length += token.source.length;
            break;
          case "comment":
            if (strict && !hasSpace) {
              const message = "Comments must be separated from other tokens by white space characters";
              onError(token, "MISSING_CHAR", message);
            }
            length += token.source.length;
            comment = token.source.substring(1);
            break;
          case "error":
            onError(token, "UNEXPECTED_TOKEN", token.message);
            length += token.source.length;
            break;
          /* istanbul ignore next should not happen */
          default: {
            const message = `Unexpected token in block scalar header: ${token.type}`;
            onError(token, "UNEXPECTED_TOKEN", message);
            const ts = token.source;
            if (ts && typeof ts === "string")
              length += ts.length;
          }
        }
      }
      return { mode, indent, chomp, comment, length };
    }
    function splitLines(source) {
      const split = source.split(/\n( *)/);
      const first = split[0];
      const m = first.match(/^( *)/);
      const line0 = m?.[1] ? [m[1], first.slice(m[1].length)] : ["", first];
      const lines = [line0];
      for (let i = 1; i < split.length; i += 2)
        lines.push([split[i], split[i + 1]]);
      return lines;
    }
    exports2.resolveBlockScalar = resolveBlockScalar;
  }
});

// node_modules/yaml/dist/compose/resolve-flow-scalar.js
var require_resolve_flow_scalar = __commonJS({
  "node_modules/yaml/dist/compose/resolve-flow-scalar.js"(exports2) {
    "use strict";
    var Scalar2 = require_Scalar();
    var resolveEnd = require_resolve_end();
    function resolveFlowScalar(scalar, strict, onError) {
      const { offset, type, source, end } = scalar;
      let _type;
      let value;
      const _onError = (rel, code, msg) => onError(offset + rel, code, msg);
      switch (type) {
        case "scalar":
          _type = Scalar2.Scalar.PLAIN;
          value = plainValue(source, _onError);
          break;
        case "single-quoted-scalar":
          _type = Scalar2.Scalar.QUOTE_SINGLE;
          value = singleQuotedValue(source, _onError);
          break;
        case "double-quoted-scalar":
          _type = Scalar2.Scalar.QUOTE_DOUBLE;
          value = doubleQuotedValue(source, _onError);
          break;
        /* istanbul ignore next should not happen */
        default:
          onError(scalar, "UNEXPECTED_TOKEN", `Expected a flow scalar value, but found: ${type}`);
          return {
            value: "",
            type: null,
            comment: "",
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
      let badChar = "";
      switch (source[0]) {
        /* istanbul ignore next should not happen */
        case "	":
          badChar = "a tab character";
          break;
        case ",":
          badChar = "flow indicator character ,";
          break;
        case "%":
          badChar = "directive indicator character %";
          break;
        case "|":
        case ">": {
          badChar = `block scalar indicator ${source[0]}`;
          break;
        }
        case "@":
        case "`": {
          badChar = `reserved character ${source[0]}`;
          break;
        }
      }
      if (badChar)
        onError(0, "BAD_SCALAR_START", `Plain value cannot start with ${badChar}`);
      return unfoldLines(source);
    }
    function singleQuotedValue(source, onError) {
      if (source[source.length - 1] !== "'" || source.length === 1)
        onError(source.length, "MISSING_CHAR", "Missing closing 'quote");
      return unfoldLines(source.slice(1, -1)).replace(/''/g, "'");
    }
    function unfoldLines(source) {
      const line = /(.*?)\r?\n/sy;
      let match = line.exec(source);
      if (!match)
        return source;
      let trimEnd, trimBoth;
      try {
        trimEnd = new RegExp("(?<![ 	])[ 	]+$");
        trimBoth = new RegExp("^[ 	]+|(?<![ 	])[ 	]+$", "g");
      } catch {
        trimEnd = /[ \t]+$/;
        trimBoth = /^[ \t]+|[ \t]+$/g;
      }
      let res = match[1].replace(trimEnd, "");
      let sep = " ";
      let pos = line.lastIndex;
      while (match = line.exec(source)) {
        const lm = match[1].replace(trimBoth, "");
        if (lm === "") {
          if (sep === "\n")
            res += sep;
          else
            sep = "\n";
        } else {
          res += sep + lm;
          sep = " ";
        }
        pos = line.lastIndex;
      }
      const last = /[ \t]*(.*)/sy;
      last.lastIndex = pos;
      match = last.exec(source);
      return res + sep + (match?.[1] ?? "");
    }
    function doubleQuotedValue(source, onError) {
      let res = "";
      for (let i = 1; i < source.length - 1; ++i) {
        const ch = source[i];
        if (ch === "\r" && source[i + 1] === "\n")
          continue;
        if (ch === "\n") {
          const { fold, offset } = foldNewline(source, i);
          res += fold;
          i = offset;
        } else if (ch === "\\") {
          let next = source[++i];
          const cc = escapeCodes[next];
          if (cc)
            res += cc;
          else if (next === "\n") {
            next = source[i + 1];
            while (next === " " || next === "	")
              next = source[++i + 1];
          } else if (next === "\r" && source[i + 1] === "\n") {
            next = source[++i + 1];
            while (next === " " || next === "	")
              next = source[++i + 1];
          } else if (next === "x" || next === "u" || next === "U") {
            const length = next === "x" ? 2 : next === "u" ? 4 : 8;
            res += parseCharCode(source, i + 1, length, onError);
            i += length;
          } else {
            const raw = source.substr(i - 1, 2);
            onError(i - 1, "BAD_DQ_ESCAPE", `Invalid escape sequence ${raw}`);
            res += raw;
          }
        } else if (ch === " " || ch === "	") {
          const wsStart = i;
          let next = source[i + 1];
          while (next === " " || next === "	")
            next = source[++i + 1];
          if (next !== "\n" && !(next === "\r" && source[i + 2] === "\n"))
            res += i > wsStart ? source.slice(wsStart, i + 1) : ch;
        } else {
          res += ch;
        }
      }
      if (source[source.length - 1] !== '"' || source.length === 1)
        onError(source.length, "MISSING_CHAR", 'Missing closing "quote');
      return res;
    }
    function foldNewline(source, offset) {
      let fold = "";
      let ch = source[offset + 1];
      while (ch === " " || ch === "	" || ch === "\n" || ch === "\r") {
        if (ch === "\r" && source[offset + 2] !== "\n")
          break;
        if (ch === "\n")
          fold += "\n";
        offset += 1;
        ch = source[offset + 1];
      }
      if (!fold)
        fold = " ";
      return { fold, offset };
    }
    var escapeCodes = {
      "0": "\0",
      // null character
      a: "\x07",
      // bell character
      b: "\b",
      // backspace
      e: "\x1B",
      // escape character
      f: "\f",
      // form feed
      n: "\n",
      // line feed
      r: "\r",
      // carriage return
      t: "	",
      // horizontal tab
      v: "\v",
      // vertical tab
      N: "\x85",
      // Unicode next line
      _: "\xA0",
      // Unicode non-breaking space
      L: "\u2028",
      // Unicode line separator
      P: "\u2029",
      // Unicode paragraph separator
      " ": " ",
      '"': '"',
      "/": "/",
      "\\": "\\",
      "	": "	"
    };
    function parseCharCode(source, offset, length, onError) {
      const cc = source.substr(offset, length);
      const ok = cc.length === length && /^[0-9a-fA-F]+$/.test(cc);
      const code = ok ? parseInt(cc, 16) : NaN;
      try {
        return String.fromCodePoint(code);
      } catch {
        const raw = source.substr(offset - 2, length + 2);
        onError(offset - 2, "BAD_DQ_ESCAPE", `Invalid escape sequence ${raw}`);
        return raw;
      }
    }
    exports2.resolveFlowScalar = resolveFlowScalar;
  }
});

// node_modules/yaml/dist/compose/compose-scalar.js
var require_compose_scalar = __commonJS({
  "node_modules/yaml/dist/compose/compose-scalar.js"(exports2) {
    "use strict";
    var identity = require_identity();
    var Scalar2 = require_Scalar();
    var resolveBlockScalar = require_resolve_block_scalar();
    var resolveFlowScalar = require_resolve_flow_scalar();
    function composeScalar(ctx, token, tagToken, onError) {
      const { value, type, comment, range } = token.type === "block-scalar" ? resolveBlockScalar.resolveBlockScalar(ctx, token, onError) : resolveFlowScalar.resolveFlowScalar(token, ctx.options.strict, onError);
      const tagName = tagToken ? ctx.directives.tagName(tagToken.source, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg)) : null;
      let tag;
      if (ctx.options.stringKeys && ctx.atKey) {
        tag = ctx.schema[identity.SCALAR];
      } else if (tagName)
        tag = findScalarTagByName(ctx.schema, value, tagName, tagToken, onError);
      else if (token.type === "scalar")
        tag = findScalarTagByTest(ctx, value, token, onError);
      else
        tag = ctx.schema[identity.SCALAR];
      let scalar;
      try {
        const res = tag.resolve(value, (msg) => onError(tagToken ?? token, "TAG_RESOLVE_FAILED", msg), ctx.options);
        scalar = identity.isScalar(res) ? res : new Scalar2.Scalar(res);
      } catch (error) {
        const msg = error instanceof Error ? error.message : String(error);
        onError(tagToken ?? token, "TAG_RESOLVE_FAILED", msg);
        scalar = new Scalar2.Scalar(value);
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
      if (tagName === "!")
        return schema[identity.SCALAR];
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
        schema.tags.push(Object.assign({}, kt, { default: false, test: void 0 }));
        return kt;
      }
      onError(tagToken, "TAG_RESOLVE_FAILED", `Unresolved tag: ${tagName}`, tagName !== "tag:yaml.org,2002:str");
      return schema[identity.SCALAR];
    }
    function findScalarTagByTest({ atKey, directives, schema }, value, token, onError) {
      const tag = schema.tags.find((tag2) => (tag2.default === true || atKey && tag2.default === "key") && tag2.test?.test(value)) || schema[identity.SCALAR];
      if (schema.compat) {
        const compat = schema.compat.find((tag2) => tag2.default && tag2.test?.test(value)) ?? schema[identity.SCALAR];
        if (tag.tag !== compat.tag) {
          const ts = directives.tagString(tag.tag);
          const cs = directives.tagString(compat.tag);
          const msg = `Value may be parsed as either ${ts} or ${cs}`;
          onError(token, "TAG_RESOLVE_FAILED", msg, true);
        }
      }
      return tag;
    }
    exports2.composeScalar = composeScalar;
  }
});

// node_modules/yaml/dist/compose/util-empty-scalar-position.js
var require_util_empty_scalar_position = __commonJS({
  "node_modules/yaml/dist/compose/util-empty-scalar-position.js"(exports2) {
    "use strict";
    function emptyScalarPosition(offset, before, pos) {
      if (before) {
        pos ?? (pos = before.length);
        for (let i = pos - 1; i >= 0; --i) {
          let st = before[i];
          switch (st.type) {
            case "space":
            case "comment":
            case "newline":
              offset -= st.source.length;
              continue;
          }
          st = before[++i];
          while (st?.type === "space") {
            offset += st.source.length;
            st = before[++i];
          }
          break;
        }
      }
      return offset;
    }
    exports2.emptyScalarPosition = emptyScalarPosition;
  }
});

// node_modules/yaml/dist/compose/compose-node.js
var require_compose_node = __commonJS({
  "node_modules/yaml/dist/compose/compose-node.js"(exports2) {
    "use strict";
    var Alias = require_Alias();
    var identity = require_identity();
    var composeCollection = require_compose_collection();
    var composeScalar = require_compose_scalar();
    var resolveEnd = require_resolve_end();
    var utilEmptyScalarPosition = require_util_empty_scalar_position();
    var CN = { composeNode, composeEmptyNode };
    function composeNode(ctx, token, props, onError) {
      const atKey = ctx.atKey;
      const { spaceBefore, comment, anchor, tag } = props;
      let node;
      let isSrcToken = true;
      switch (token.type) {
        case "alias":
          node = composeAlias(ctx, token, onError);
          if (anchor || tag)
            onError(token, "ALIAS_PROPS", "An alias node must not specify any properties");
          break;
        case "scalar":
        case "single-quoted-scalar":
        case "double-quoted-scalar":
        case "block-scalar":
          node = composeScalar.composeScalar(ctx, token, tag, onError);
          if (anchor)
            node.anchor = anchor.source.substring(1);
          break;
        case "block-map":
        case "block-seq":
        case "flow-collection":
          try {
            node = composeCollection.composeCollection(CN, ctx, token, props, onError);
            if (anchor)
              node.anchor = anchor.source.substring(1);
          } catch (error) {
            const message = error instanceof Error ? error.message : String(error);
            onError(token, "RESOURCE_EXHAUSTION", message);
          }
          break;
        default: {
          const message = token.type === "error" ? token.message : `Unsupported token (type: ${token.type})`;
          onError(token, "UNEXPECTED_TOKEN", message);
          isSrcToken = false;
        }
      }
      node ?? (node = composeEmptyNode(ctx, token.offset, void 0, null, props, onError));
      if (anchor && node.anchor === "")
        onError(anchor, "BAD_ALIAS", "Anchor cannot be an empty string");
      if (atKey && ctx.options.stringKeys && (!identity.isScalar(node) || typeof node.value !== "string" || node.tag && node.tag !== "tag:yaml.org,2002:str")) {
        const msg = "With stringKeys, all keys must be strings";
        onError(tag ?? token, "NON_STRING_KEY", msg);
      }
      if (spaceBefore)
        node.spaceBefore = true;
      if (comment) {
        if (token.type === "scalar" && token.source === "")
          node.comment = comment;
        else
          node.commentBefore = comment;
      }
      if (ctx.options.keepSourceTokens && isSrcToken)
        node.srcToken = token;
      return node;
    }
    function composeEmptyNode(ctx, offset, before, pos, { spaceBefore, comment, anchor, tag, end }, onError) {
      const token = {
        type: "scalar",
        offset: utilEmptyScalarPosition.emptyScalarPosition(offset, before, pos),
        indent: -1,
        source: ""
      };
      const node = composeScalar.composeScalar(ctx, token, tag, onError);
      if (anchor) {
        node.anchor = anchor.source.substring(1);
        if (node.anchor === "")
          onError(anchor, "BAD_ALIAS", "Anchor cannot be an empty string");
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
      if (alias.source === "")
        onError(offset, "BAD_ALIAS", "Alias cannot be an empty string");
      if (alias.source.endsWith(":"))
        onError(offset + source.length - 1, "BAD_ALIAS", "Alias ending in : is ambiguous", true);
      const valueEnd = offset + source.length;
      const re = resolveEnd.resolveEnd(end, valueEnd, options.strict, onError);
      alias.range = [offset, valueEnd, re.offset];
      if (re.comment)
        alias.comment = re.comment;
      return alias;
    }
    exports2.composeEmptyNode = composeEmptyNode;
    exports2.composeNode = composeNode;
  }
});

// node_modules/yaml/dist/compose/compose-doc.js
var require_compose_doc = __commonJS({
  "node_modules/yaml/dist/compose/compose-doc.js"(exports2) {
    "use strict";
    var Document = require_Document();
    var composeNode = require_compose_node();
    var resolveEnd = require_resolve_end();
    var resolveProps = require_resolve_props();
    function composeDoc(options, directives, { offset, start, value, end }, onError) {
      const opts = Object.assign({ _directives: directives }, options);
      const doc = new Document.Document(void 0, opts);
      const ctx = {
        atKey: false,
        atRoot: true,
        directives: doc.directives,
        options: doc.options,
        schema: doc.schema
      };
      const props = resolveProps.resolveProps(start, {
        indicator: "doc-start",
        next: value ?? end?.[0],
        offset,
        onError,
        parentIndent: 0,
        startOnNewline: true
      });
      if (props.found) {
        doc.directives.docStart = true;
        if (value && (value.type === "block-map" || value.type === "block-seq") && !props.hasNewline)
          onError(props.end, "MISSING_CHAR", "Block collection cannot start on same line with directives-end marker");
      }
      doc.contents = value ? composeNode.composeNode(ctx, value, props, onError) : composeNode.composeEmptyNode(ctx, props.end, start, null, props, onError);
      const contentEnd = doc.contents.range[2];
      const re = resolveEnd.resolveEnd(end, contentEnd, false, onError);
      if (re.comment)
        doc.comment = re.comment;
      doc.range = [offset, contentEnd, re.offset];
      return doc;
    }
    exports2.composeDoc = composeDoc;
  }
});

// node_modules/yaml/dist/compose/composer.js
var require_composer = __commonJS({
  "node_modules/yaml/dist/compose/composer.js"(exports2) {
    "use strict";
    var node_process = require("process");
    var directives = require_directives();
    var Document = require_Document();
    var errors = require_errors();
    var identity = require_identity();
    var composeDoc = require_compose_doc();
    var resolveEnd = require_resolve_end();
    function getErrorPos(src) {
      if (typeof src === "number")
        return [src, src + 1];
      if (Array.isArray(src))
        return src.length === 2 ? src : [src[0], src[1]];
      const { offset, source } = src;
      return [offset, offset + (typeof source === "string" ? source.length : 1)];
    }
    function parsePrelude(prelude) {
      let comment = "";
      let atComment = false;
      let afterEmptyLine = false;
      for (let i = 0; i < prelude.length; ++i) {
        const source = prelude[i];
        switch (source[0]) {
          case "#":
            comment += (comment === "" ? "" : afterEmptyLine ? "\n\n" : "\n") + (source.substring(1) || " ");
            atComment = true;
            afterEmptyLine = false;
            break;
          case "%":
            if (prelude[i + 1]?.[0] !== "#")
              i += 1;
            atComment = false;
            break;
          default:
            if (!atComment)
              afterEmptyLine = true;
            atComment = false;
        }
      }
      return { comment, afterEmptyLine };
    }
    var Composer = class {
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
        this.directives = new directives.Directives({ version: options.version || "1.2" });
        this.options = options;
      }
      decorate(doc, afterDoc) {
        const { comment, afterEmptyLine } = parsePrelude(this.prelude);
        if (comment) {
          const dc = doc.contents;
          if (afterDoc) {
            doc.comment = doc.comment ? `${doc.comment}
${comment}` : comment;
          } else if (afterEmptyLine || doc.directives.docStart || !dc) {
            doc.commentBefore = comment;
          } else if (identity.isCollection(dc) && !dc.flow && dc.items.length > 0) {
            let it = dc.items[0];
            if (identity.isPair(it))
              it = it.key;
            const cb = it.commentBefore;
            it.commentBefore = cb ? `${comment}
${cb}` : comment;
          } else {
            const cb = dc.commentBefore;
            dc.commentBefore = cb ? `${comment}
${cb}` : comment;
          }
        }
        if (afterDoc) {
          for (let i = 0; i < this.errors.length; ++i)
            doc.errors.push(this.errors[i]);
          for (let i = 0; i < this.warnings.length; ++i)
            doc.warnings.push(this.warnings[i]);
        } else {
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
          case "directive":
            this.directives.add(token.source, (offset, message, warning) => {
              const pos = getErrorPos(token);
              pos[0] += offset;
              this.onError(pos, "BAD_DIRECTIVE", message, warning);
            });
            this.prelude.push(token.source);
            this.atDirectives = true;
            break;
          case "document": {
            const doc = composeDoc.composeDoc(this.options, this.directives, token, this.onError);
            if (this.atDirectives && !doc.directives.docStart)
              this.onError(token, "MISSING_CHAR", "Missing directives-end/doc-start indicator line");
            this.decorate(doc, false);
            if (this.doc)
              yield this.doc;
            this.doc = doc;
            this.atDirectives = false;
            break;
          }
          case "byte-order-mark":
          case "space":
            break;
          case "comment":
          case "newline":
            this.prelude.push(token.source);
            break;
          case "error": {
            const msg = token.source ? `${token.message}: ${JSON.stringify(token.source)}` : token.message;
            const error = new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", msg);
            if (this.atDirectives || !this.doc)
              this.errors.push(error);
            else
              this.doc.errors.push(error);
            break;
          }
          case "doc-end": {
            if (!this.doc) {
              const msg = "Unexpected doc-end without preceding document";
              this.errors.push(new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", msg));
              break;
            }
            this.doc.directives.docEnd = true;
            const end = resolveEnd.resolveEnd(token.end, token.offset + token.source.length, this.doc.options.strict, this.onError);
            this.decorate(this.doc, true);
            if (end.comment) {
              const dc = this.doc.comment;
              this.doc.comment = dc ? `${dc}
${end.comment}` : end.comment;
            }
            this.doc.range[2] = end.offset;
            break;
          }
          default:
            this.errors.push(new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", `Unsupported token ${token.type}`));
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
        } else if (forceDoc) {
          const opts = Object.assign({ _directives: this.directives }, this.options);
          const doc = new Document.Document(void 0, opts);
          if (this.atDirectives)
            this.onError(endOffset, "MISSING_CHAR", "Missing directives-end indicator line");
          doc.range = [0, endOffset, endOffset];
          this.decorate(doc, false);
          yield doc;
        }
      }
    };
    exports2.Composer = Composer;
  }
});

// node_modules/yaml/dist/parse/cst-scalar.js
var require_cst_scalar = __commonJS({
  "node_modules/yaml/dist/parse/cst-scalar.js"(exports2) {
    "use strict";
    var resolveBlockScalar = require_resolve_block_scalar();
    var resolveFlowScalar = require_resolve_flow_scalar();
    var errors = require_errors();
    var stringifyString = require_stringifyString();
    function resolveAsScalar(token, strict = true, onError) {
      if (token) {
        const _onError = (pos, code, message) => {
          const offset = typeof pos === "number" ? pos : Array.isArray(pos) ? pos[0] : pos.offset;
          if (onError)
            onError(offset, code, message);
          else
            throw new errors.YAMLParseError([offset, offset + 1], code, message);
        };
        switch (token.type) {
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return resolveFlowScalar.resolveFlowScalar(token, strict, _onError);
          case "block-scalar":
            return resolveBlockScalar.resolveBlockScalar({ options: { strict } }, token, _onError);
        }
      }
      return null;
    }
    function createScalarToken(value, context) {
      const { implicitKey = false, indent, inFlow = false, offset = -1, type = "PLAIN" } = context;
      const source = stringifyString.stringifyString({ type, value }, {
        implicitKey,
        indent: indent > 0 ? " ".repeat(indent) : "",
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
      });
      const end = context.end ?? [
        { type: "newline", offset: -1, indent, source: "\n" }
      ];
      switch (source[0]) {
        case "|":
        case ">": {
          const he = source.indexOf("\n");
          const head = source.substring(0, he);
          const body = source.substring(he + 1) + "\n";
          const props = [
            { type: "block-scalar-header", offset, indent, source: head }
          ];
          if (!addEndtoBlockProps(props, end))
            props.push({ type: "newline", offset: -1, indent, source: "\n" });
          return { type: "block-scalar", offset, indent, props, source: body };
        }
        case '"':
          return { type: "double-quoted-scalar", offset, indent, source, end };
        case "'":
          return { type: "single-quoted-scalar", offset, indent, source, end };
        default:
          return { type: "scalar", offset, indent, source, end };
      }
    }
    function setScalarValue(token, value, context = {}) {
      let { afterKey = false, implicitKey = false, inFlow = false, type } = context;
      let indent = "indent" in token ? token.indent : null;
      if (afterKey && typeof indent === "number")
        indent += 2;
      if (!type)
        switch (token.type) {
          case "single-quoted-scalar":
            type = "QUOTE_SINGLE";
            break;
          case "double-quoted-scalar":
            type = "QUOTE_DOUBLE";
            break;
          case "block-scalar": {
            const header = token.props[0];
            if (header.type !== "block-scalar-header")
              throw new Error("Invalid block scalar header");
            type = header.source[0] === ">" ? "BLOCK_FOLDED" : "BLOCK_LITERAL";
            break;
          }
          default:
            type = "PLAIN";
        }
      const source = stringifyString.stringifyString({ type, value }, {
        implicitKey: implicitKey || indent === null,
        indent: indent !== null && indent > 0 ? " ".repeat(indent) : "",
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
      });
      switch (source[0]) {
        case "|":
        case ">":
          setBlockScalarValue(token, source);
          break;
        case '"':
          setFlowScalarValue(token, source, "double-quoted-scalar");
          break;
        case "'":
          setFlowScalarValue(token, source, "single-quoted-scalar");
          break;
        default:
          setFlowScalarValue(token, source, "scalar");
      }
    }
    function setBlockScalarValue(token, source) {
      const he = source.indexOf("\n");
      const head = source.substring(0, he);
      const body = source.substring(he + 1) + "\n";
      if (token.type === "block-scalar") {
        const header = token.props[0];
        if (header.type !== "block-scalar-header")
          throw new Error("Invalid block scalar header");
        header.source = head;
        token.source = body;
      } else {
        const { offset } = token;
        const indent = "indent" in token ? token.indent : -1;
        const props = [
          { type: "block-scalar-header", offset, indent, source: head }
        ];
        if (!addEndtoBlockProps(props, "end" in token ? token.end : void 0))
          props.push({ type: "newline", offset: -1, indent, source: "\n" });
        for (const key of Object.keys(token))
          if (key !== "type" && key !== "offset")
            delete token[key];
        Object.assign(token, { type: "block-scalar", indent, props, source: body });
      }
    }
    function addEndtoBlockProps(props, end) {
      if (end)
        for (const st of end)
          switch (st.type) {
            case "space":
            case "comment":
              props.push(st);
              break;
            case "newline":
              props.push(st);
              return true;
          }
      return false;
    }
    function setFlowScalarValue(token, source, type) {
      switch (token.type) {
        case "scalar":
        case "double-quoted-scalar":
        case "single-quoted-scalar":
          token.type = type;
          token.source = source;
          break;
        case "block-scalar": {
          const end = token.props.slice(1);
          let oa = source.length;
          if (token.props[0].type === "block-scalar-header")
            oa -= token.props[0].source.length;
          for (const tok of end)
            tok.offset += oa;
          delete token.props;
          Object.assign(token, { type, source, end });
          break;
        }
        case "block-map":
        case "block-seq": {
          const offset = token.offset + source.length;
          const nl = { type: "newline", offset, indent: token.indent, source: "\n" };
          delete token.items;
          Object.assign(token, { type, source, end: [nl] });
          break;
        }
        default: {
          const indent = "indent" in token ? token.indent : -1;
          const end = "end" in token && Array.isArray(token.end) ? token.end.filter((st) => st.type === "space" || st.type === "comment" || st.type === "newline") : [];
          for (const key of Object.keys(token))
            if (key !== "type" && key !== "offset")
              delete token[key];
          Object.assign(token, { type, indent, source, end });
        }
      }
    }
    exports2.createScalarToken = createScalarToken;
    exports2.resolveAsScalar = resolveAsScalar;
    exports2.setScalarValue = setScalarValue;
  }
});

// node_modules/yaml/dist/parse/cst-stringify.js
var require_cst_stringify = __commonJS({
  "node_modules/yaml/dist/parse/cst-stringify.js"(exports2) {
    "use strict";
    var stringify = (cst) => "type" in cst ? stringifyToken(cst) : stringifyItem(cst);
    function stringifyToken(token) {
      switch (token.type) {
        case "block-scalar": {
          let res = "";
          for (const tok of token.props)
            res += stringifyToken(tok);
          return res + token.source;
        }
        case "block-map":
        case "block-seq": {
          let res = "";
          for (const item of token.items)
            res += stringifyItem(item);
          return res;
        }
        case "flow-collection": {
          let res = token.start.source;
          for (const item of token.items)
            res += stringifyItem(item);
          for (const st of token.end)
            res += st.source;
          return res;
        }
        case "document": {
          let res = stringifyItem(token);
          if (token.end)
            for (const st of token.end)
              res += st.source;
          return res;
        }
        default: {
          let res = token.source;
          if ("end" in token && token.end)
            for (const st of token.end)
              res += st.source;
          return res;
        }
      }
    }
    function stringifyItem({ start, key, sep, value }) {
      let res = "";
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
    exports2.stringify = stringify;
  }
});

// node_modules/yaml/dist/parse/cst-visit.js
var require_cst_visit = __commonJS({
  "node_modules/yaml/dist/parse/cst-visit.js"(exports2) {
    "use strict";
    var BREAK = /* @__PURE__ */ Symbol("break visit");
    var SKIP = /* @__PURE__ */ Symbol("skip children");
    var REMOVE = /* @__PURE__ */ Symbol("remove item");
    function visit2(cst, visitor) {
      if ("type" in cst && cst.type === "document")
        cst = { start: cst.start, value: cst.value };
      _visit(Object.freeze([]), cst, visitor);
    }
    visit2.BREAK = BREAK;
    visit2.SKIP = SKIP;
    visit2.REMOVE = REMOVE;
    visit2.itemAtPath = (cst, path) => {
      let item = cst;
      for (const [field, index] of path) {
        const tok = item?.[field];
        if (tok && "items" in tok) {
          item = tok.items[index];
        } else
          return void 0;
      }
      return item;
    };
    visit2.parentCollection = (cst, path) => {
      const parent = visit2.itemAtPath(cst, path.slice(0, -1));
      const field = path[path.length - 1][0];
      const coll = parent?.[field];
      if (coll && "items" in coll)
        return coll;
      throw new Error("Parent collection not found");
    };
    function _visit(path, item, visitor) {
      let ctrl = visitor(item, path);
      if (typeof ctrl === "symbol")
        return ctrl;
      for (const field of ["key", "value"]) {
        const token = item[field];
        if (token && "items" in token) {
          for (let i = 0; i < token.items.length; ++i) {
            const ci = _visit(Object.freeze(path.concat([[field, i]])), token.items[i], visitor);
            if (typeof ci === "number")
              i = ci - 1;
            else if (ci === BREAK)
              return BREAK;
            else if (ci === REMOVE) {
              token.items.splice(i, 1);
              i -= 1;
            }
          }
          if (typeof ctrl === "function" && field === "key")
            ctrl = ctrl(item, path);
        }
      }
      return typeof ctrl === "function" ? ctrl(item, path) : ctrl;
    }
    exports2.visit = visit2;
  }
});

// node_modules/yaml/dist/parse/cst.js
var require_cst = __commonJS({
  "node_modules/yaml/dist/parse/cst.js"(exports2) {
    "use strict";
    var cstScalar = require_cst_scalar();
    var cstStringify = require_cst_stringify();
    var cstVisit = require_cst_visit();
    var BOM = "\uFEFF";
    var DOCUMENT = "";
    var FLOW_END = "";
    var SCALAR = "";
    var isCollection = (token) => !!token && "items" in token;
    var isScalar3 = (token) => !!token && (token.type === "scalar" || token.type === "single-quoted-scalar" || token.type === "double-quoted-scalar" || token.type === "block-scalar");
    function prettyToken(token) {
      switch (token) {
        case BOM:
          return "<BOM>";
        case DOCUMENT:
          return "<DOC>";
        case FLOW_END:
          return "<FLOW_END>";
        case SCALAR:
          return "<SCALAR>";
        default:
          return JSON.stringify(token);
      }
    }
    function tokenType(source) {
      switch (source) {
        case BOM:
          return "byte-order-mark";
        case DOCUMENT:
          return "doc-mode";
        case FLOW_END:
          return "flow-error-end";
        case SCALAR:
          return "scalar";
        case "---":
          return "doc-start";
        case "...":
          return "doc-end";
        case "":
        case "\n":
        case "\r\n":
          return "newline";
        case "-":
          return "seq-item-ind";
        case "?":
          return "explicit-key-ind";
        case ":":
          return "map-value-ind";
        case "{":
          return "flow-map-start";
        case "}":
          return "flow-map-end";
        case "[":
          return "flow-seq-start";
        case "]":
          return "flow-seq-end";
        case ",":
          return "comma";
      }
      switch (source[0]) {
        case " ":
        case "	":
          return "space";
        case "#":
          return "comment";
        case "%":
          return "directive-line";
        case "*":
          return "alias";
        case "&":
          return "anchor";
        case "!":
          return "tag";
        case "'":
          return "single-quoted-scalar";
        case '"':
          return "double-quoted-scalar";
        case "|":
        case ">":
          return "block-scalar-header";
      }
      return null;
    }
    exports2.createScalarToken = cstScalar.createScalarToken;
    exports2.resolveAsScalar = cstScalar.resolveAsScalar;
    exports2.setScalarValue = cstScalar.setScalarValue;
    exports2.stringify = cstStringify.stringify;
    exports2.visit = cstVisit.visit;
    exports2.BOM = BOM;
    exports2.DOCUMENT = DOCUMENT;
    exports2.FLOW_END = FLOW_END;
    exports2.SCALAR = SCALAR;
    exports2.isCollection = isCollection;
    exports2.isScalar = isScalar3;
    exports2.prettyToken = prettyToken;
    exports2.tokenType = tokenType;
  }
});

// node_modules/yaml/dist/parse/lexer.js
var require_lexer = __commonJS({
  "node_modules/yaml/dist/parse/lexer.js"(exports2) {
    "use strict";
    var cst = require_cst();
    function isEmpty(ch) {
      switch (ch) {
        case void 0:
        case " ":
        case "\n":
        case "\r":
        case "	":
          return true;
        default:
          return false;
      }
    }
    var hexDigits = new Set("0123456789ABCDEFabcdef");
    var tagChars = new Set("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-#;/?:@&=+$_.!~*'()");
    var flowIndicatorChars = new Set(",[]{}");
    var invalidAnchorChars = new Set(" ,[]{}\n\r	");
    var isNotAnchorChar = (ch) => !ch || invalidAnchorChars.has(ch);
    var Lexer = class {
      constructor() {
        this.atEnd = false;
        this.blockScalarIndent = -1;
        this.blockScalarKeep = false;
        this.buffer = "";
        this.flowKey = false;
        this.flowLevel = 0;
        this.indentNext = 0;
        this.indentValue = 0;
        this.lineEndPos = null;
        this.next = null;
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
          if (typeof source !== "string")
            throw TypeError("source is not a string");
          this.buffer = this.buffer ? this.buffer + source : source;
          this.lineEndPos = null;
        }
        this.atEnd = !incomplete;
        let next = this.next ?? "stream";
        while (next && (incomplete || this.hasChars(1)))
          next = yield* this.parseNext(next);
      }
      atLineEnd() {
        let i = this.pos;
        let ch = this.buffer[i];
        while (ch === " " || ch === "	")
          ch = this.buffer[++i];
        if (!ch || ch === "#" || ch === "\n")
          return true;
        if (ch === "\r")
          return this.buffer[i + 1] === "\n";
        return false;
      }
      charAt(n) {
        return this.buffer[this.pos + n];
      }
      continueScalar(offset) {
        let ch = this.buffer[offset];
        if (this.indentNext > 0) {
          let indent = 0;
          while (ch === " ")
            ch = this.buffer[++indent + offset];
          if (ch === "\r") {
            const next = this.buffer[indent + offset + 1];
            if (next === "\n" || !next && !this.atEnd)
              return offset + indent + 1;
          }
          return ch === "\n" || indent >= this.indentNext || !ch && !this.atEnd ? offset + indent : -1;
        }
        if (ch === "-" || ch === ".") {
          const dt = this.buffer.substr(offset, 3);
          if ((dt === "---" || dt === "...") && isEmpty(this.buffer[offset + 3]))
            return -1;
        }
        return offset;
      }
      getLine() {
        let end = this.lineEndPos;
        if (typeof end !== "number" || end !== -1 && end < this.pos) {
          end = this.buffer.indexOf("\n", this.pos);
          this.lineEndPos = end;
        }
        if (end === -1)
          return this.atEnd ? this.buffer.substring(this.pos) : null;
        if (this.buffer[end - 1] === "\r")
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
          case "stream":
            return yield* this.parseStream();
          case "line-start":
            return yield* this.parseLineStart();
          case "block-start":
            return yield* this.parseBlockStart();
          case "doc":
            return yield* this.parseDocument();
          case "flow":
            return yield* this.parseFlowCollection();
          case "quoted-scalar":
            return yield* this.parseQuotedScalar();
          case "block-scalar":
            return yield* this.parseBlockScalar();
          case "plain-scalar":
            return yield* this.parsePlainScalar();
        }
      }
      *parseStream() {
        let line = this.getLine();
        if (line === null)
          return this.setNext("stream");
        if (line[0] === cst.BOM) {
          yield* this.pushCount(1);
          line = line.substring(1);
        }
        if (line[0] === "%") {
          let dirEnd = line.length;
          let cs = line.indexOf("#");
          while (cs !== -1) {
            const ch = line[cs - 1];
            if (ch === " " || ch === "	") {
              dirEnd = cs - 1;
              break;
            } else {
              cs = line.indexOf("#", cs + 1);
            }
          }
          while (true) {
            const ch = line[dirEnd - 1];
            if (ch === " " || ch === "	")
              dirEnd -= 1;
            else
              break;
          }
          const n = (yield* this.pushCount(dirEnd)) + (yield* this.pushSpaces(true));
          yield* this.pushCount(line.length - n);
          this.pushNewline();
          return "stream";
        }
        if (this.atLineEnd()) {
          const sp = yield* this.pushSpaces(true);
          yield* this.pushCount(line.length - sp);
          yield* this.pushNewline();
          return "stream";
        }
        yield cst.DOCUMENT;
        return yield* this.parseLineStart();
      }
      *parseLineStart() {
        const ch = this.charAt(0);
        if (!ch && !this.atEnd)
          return this.setNext("line-start");
        if (ch === "-" || ch === ".") {
          if (!this.atEnd && !this.hasChars(4))
            return this.setNext("line-start");
          const s = this.peek(3);
          if ((s === "---" || s === "...") && isEmpty(this.charAt(3))) {
            yield* this.pushCount(3);
            this.indentValue = 0;
            this.indentNext = 0;
            return s === "---" ? "doc" : "stream";
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
          return this.setNext("block-start");
        if ((ch0 === "-" || ch0 === "?" || ch0 === ":") && isEmpty(ch1)) {
          const n = (yield* this.pushCount(1)) + (yield* this.pushSpaces(true));
          this.indentNext = this.indentValue + 1;
          this.indentValue += n;
          return "block-start";
        }
        return "doc";
      }
      *parseDocument() {
        yield* this.pushSpaces(true);
        const line = this.getLine();
        if (line === null)
          return this.setNext("doc");
        let n = yield* this.pushIndicators();
        switch (line[n]) {
          case "#":
            yield* this.pushCount(line.length - n);
          // fallthrough
          case void 0:
            yield* this.pushNewline();
            return yield* this.parseLineStart();
          case "{":
          case "[":
            yield* this.pushCount(1);
            this.flowKey = false;
            this.flowLevel = 1;
            return "flow";
          case "}":
          case "]":
            yield* this.pushCount(1);
            return "doc";
          case "*":
            yield* this.pushUntil(isNotAnchorChar);
            return "doc";
          case '"':
          case "'":
            return yield* this.parseQuotedScalar();
          case "|":
          case ">":
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
          } else {
            sp = 0;
          }
          sp += yield* this.pushSpaces(true);
        } while (nl + sp > 0);
        const line = this.getLine();
        if (line === null)
          return this.setNext("flow");
        if (indent !== -1 && indent < this.indentNext && line[0] !== "#" || indent === 0 && (line.startsWith("---") || line.startsWith("...")) && isEmpty(line[3])) {
          const atFlowEndMarker = indent === this.indentNext - 1 && this.flowLevel === 1 && (line[0] === "]" || line[0] === "}");
          if (!atFlowEndMarker) {
            this.flowLevel = 0;
            yield cst.FLOW_END;
            return yield* this.parseLineStart();
          }
        }
        let n = 0;
        while (line[n] === ",") {
          n += yield* this.pushCount(1);
          n += yield* this.pushSpaces(true);
          this.flowKey = false;
        }
        n += yield* this.pushIndicators();
        switch (line[n]) {
          case void 0:
            return "flow";
          case "#":
            yield* this.pushCount(line.length - n);
            return "flow";
          case "{":
          case "[":
            yield* this.pushCount(1);
            this.flowKey = false;
            this.flowLevel += 1;
            return "flow";
          case "}":
          case "]":
            yield* this.pushCount(1);
            this.flowKey = true;
            this.flowLevel -= 1;
            return this.flowLevel ? "flow" : "doc";
          case "*":
            yield* this.pushUntil(isNotAnchorChar);
            return "flow";
          case '"':
          case "'":
            this.flowKey = true;
            return yield* this.parseQuotedScalar();
          case ":": {
            const next = this.charAt(1);
            if (this.flowKey || isEmpty(next) || next === ",") {
              this.flowKey = false;
              yield* this.pushCount(1);
              yield* this.pushSpaces(true);
              return "flow";
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
        } else {
          while (end !== -1) {
            let n = 0;
            while (this.buffer[end - 1 - n] === "\\")
              n += 1;
            if (n % 2 === 0)
              break;
            end = this.buffer.indexOf('"', end + 1);
          }
        }
        const qb = this.buffer.substring(0, end);
        let nl = qb.indexOf("\n", this.pos);
        if (nl !== -1) {
          while (nl !== -1) {
            const cs = this.continueScalar(nl + 1);
            if (cs === -1)
              break;
            nl = qb.indexOf("\n", cs);
          }
          if (nl !== -1) {
            end = nl - (qb[nl - 1] === "\r" ? 2 : 1);
          }
        }
        if (end === -1) {
          if (!this.atEnd)
            return this.setNext("quoted-scalar");
          end = this.buffer.length;
        }
        yield* this.pushToIndex(end + 1, false);
        return this.flowLevel ? "flow" : "doc";
      }
      *parseBlockScalarHeader() {
        this.blockScalarIndent = -1;
        this.blockScalarKeep = false;
        let i = this.pos;
        while (true) {
          const ch = this.buffer[++i];
          if (ch === "+")
            this.blockScalarKeep = true;
          else if (ch > "0" && ch <= "9")
            this.blockScalarIndent = Number(ch) - 1;
          else if (ch !== "-")
            break;
        }
        return yield* this.pushUntil((ch) => isEmpty(ch) || ch === "#");
      }
      *parseBlockScalar() {
        let nl = this.pos - 1;
        let indent = 0;
        let ch;
        loop: for (let i2 = this.pos; ch = this.buffer[i2]; ++i2) {
          switch (ch) {
            case " ":
              indent += 1;
              break;
            case "\n":
              nl = i2;
              indent = 0;
              break;
            case "\r": {
              const next = this.buffer[i2 + 1];
              if (!next && !this.atEnd)
                return this.setNext("block-scalar");
              if (next === "\n")
                break;
            }
            // fallthrough
            default:
              break loop;
          }
        }
        if (!ch && !this.atEnd)
          return this.setNext("block-scalar");
        if (indent >= this.indentNext) {
          if (this.blockScalarIndent === -1)
            this.indentNext = indent;
          else {
            this.indentNext = this.blockScalarIndent + (this.indentNext === 0 ? 1 : this.indentNext);
          }
          do {
            const cs = this.continueScalar(nl + 1);
            if (cs === -1)
              break;
            nl = this.buffer.indexOf("\n", cs);
          } while (nl !== -1);
          if (nl === -1) {
            if (!this.atEnd)
              return this.setNext("block-scalar");
            nl = this.buffer.length;
          }
        }
        let i = nl + 1;
        ch = this.buffer[i];
        while (ch === " ")
          ch = this.buffer[++i];
        if (ch === "	") {
          while (ch === "	" || ch === " " || ch === "\r" || ch === "\n")
            ch = this.buffer[++i];
          nl = i - 1;
        } else if (!this.blockScalarKeep) {
          do {
            let i2 = nl - 1;
            let ch2 = this.buffer[i2];
            if (ch2 === "\r")
              ch2 = this.buffer[--i2];
            const lastChar = i2;
            while (ch2 === " ")
              ch2 = this.buffer[--i2];
            if (ch2 === "\n" && i2 >= this.pos && i2 + 1 + indent > lastChar)
              nl = i2;
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
        while (ch = this.buffer[++i]) {
          if (ch === ":") {
            const next = this.buffer[i + 1];
            if (isEmpty(next) || inFlow && flowIndicatorChars.has(next))
              break;
            end = i;
          } else if (isEmpty(ch)) {
            let next = this.buffer[i + 1];
            if (ch === "\r") {
              if (next === "\n") {
                i += 1;
                ch = "\n";
                next = this.buffer[i + 1];
              } else
                end = i;
            }
            if (next === "#" || inFlow && flowIndicatorChars.has(next))
              break;
            if (ch === "\n") {
              const cs = this.continueScalar(i + 1);
              if (cs === -1)
                break;
              i = Math.max(i, cs - 2);
            }
          } else {
            if (inFlow && flowIndicatorChars.has(ch))
              break;
            end = i;
          }
        }
        if (!ch && !this.atEnd)
          return this.setNext("plain-scalar");
        yield cst.SCALAR;
        yield* this.pushToIndex(end + 1, true);
        return inFlow ? "flow" : "doc";
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
        } else if (allowEmpty)
          yield "";
        return 0;
      }
      *pushIndicators() {
        let n = 0;
        loop: while (true) {
          switch (this.charAt(0)) {
            case "!":
              n += yield* this.pushTag();
              n += yield* this.pushSpaces(true);
              continue loop;
            case "&":
              n += yield* this.pushUntil(isNotAnchorChar);
              n += yield* this.pushSpaces(true);
              continue loop;
            case "-":
            // this is an error
            case "?":
            // this is an error outside flow collections
            case ":": {
              const inFlow = this.flowLevel > 0;
              const ch1 = this.charAt(1);
              if (isEmpty(ch1) || inFlow && flowIndicatorChars.has(ch1)) {
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
        if (this.charAt(1) === "<") {
          let i = this.pos + 2;
          let ch = this.buffer[i];
          while (!isEmpty(ch) && ch !== ">")
            ch = this.buffer[++i];
          return yield* this.pushToIndex(ch === ">" ? i + 1 : i, false);
        } else {
          let i = this.pos + 1;
          let ch = this.buffer[i];
          while (ch) {
            if (tagChars.has(ch))
              ch = this.buffer[++i];
            else if (ch === "%" && hexDigits.has(this.buffer[i + 1]) && hexDigits.has(this.buffer[i + 2])) {
              ch = this.buffer[i += 3];
            } else
              break;
          }
          return yield* this.pushToIndex(i, false);
        }
      }
      *pushNewline() {
        const ch = this.buffer[this.pos];
        if (ch === "\n")
          return yield* this.pushCount(1);
        else if (ch === "\r" && this.charAt(1) === "\n")
          return yield* this.pushCount(2);
        else
          return 0;
      }
      *pushSpaces(allowTabs) {
        let i = this.pos - 1;
        let ch;
        do {
          ch = this.buffer[++i];
        } while (ch === " " || allowTabs && ch === "	");
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
    };
    exports2.Lexer = Lexer;
  }
});

// node_modules/yaml/dist/parse/line-counter.js
var require_line_counter = __commonJS({
  "node_modules/yaml/dist/parse/line-counter.js"(exports2) {
    "use strict";
    var LineCounter = class {
      constructor() {
        this.lineStarts = [];
        this.addNewLine = (offset) => this.lineStarts.push(offset);
        this.linePos = (offset) => {
          let low = 0;
          let high = this.lineStarts.length;
          while (low < high) {
            const mid = low + high >> 1;
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
    };
    exports2.LineCounter = LineCounter;
  }
});

// node_modules/yaml/dist/parse/parser.js
var require_parser = __commonJS({
  "node_modules/yaml/dist/parse/parser.js"(exports2) {
    "use strict";
    var node_process = require("process");
    var cst = require_cst();
    var lexer = require_lexer();
    function includesToken(list, type) {
      for (let i = 0; i < list.length; ++i)
        if (list[i].type === type)
          return true;
      return false;
    }
    function findNonEmptyIndex(list) {
      for (let i = 0; i < list.length; ++i) {
        switch (list[i].type) {
          case "space":
          case "comment":
          case "newline":
            break;
          default:
            return i;
        }
      }
      return -1;
    }
    function isFlowToken(token) {
      switch (token?.type) {
        case "alias":
        case "scalar":
        case "single-quoted-scalar":
        case "double-quoted-scalar":
        case "flow-collection":
          return true;
        default:
          return false;
      }
    }
    function getPrevProps(parent) {
      switch (parent.type) {
        case "document":
          return parent.start;
        case "block-map": {
          const it = parent.items[parent.items.length - 1];
          return it.sep ?? it.start;
        }
        case "block-seq":
          return parent.items[parent.items.length - 1].start;
        /* istanbul ignore next should not happen */
        default:
          return [];
      }
    }
    function getFirstKeyStartProps(prev) {
      if (prev.length === 0)
        return [];
      let i = prev.length;
      loop: while (--i >= 0) {
        switch (prev[i].type) {
          case "doc-start":
          case "explicit-key-ind":
          case "map-value-ind":
          case "seq-item-ind":
          case "newline":
            break loop;
        }
      }
      while (prev[++i]?.type === "space") {
      }
      return prev.splice(i, prev.length);
    }
    function arrayPushArray(target, source) {
      if (source.length < 1e5)
        Array.prototype.push.apply(target, source);
      else
        for (let i = 0; i < source.length; ++i)
          target.push(source[i]);
    }
    function fixFlowSeqItems(fc) {
      if (fc.start.type === "flow-seq-start") {
        for (const it of fc.items) {
          if (it.sep && !it.value && !includesToken(it.start, "explicit-key-ind") && !includesToken(it.sep, "map-value-ind")) {
            if (it.key)
              it.value = it.key;
            delete it.key;
            if (isFlowToken(it.value)) {
              if (it.value.end)
                arrayPushArray(it.value.end, it.sep);
              else
                it.value.end = it.sep;
            } else
              arrayPushArray(it.start, it.sep);
            delete it.sep;
          }
        }
      }
    }
    var Parser = class {
      /**
       * @param onNewLine - If defined, called separately with the start position of
       *   each new line (in `parse()`, including the start of input).
       */
      constructor(onNewLine) {
        this.atNewLine = true;
        this.atScalar = false;
        this.indent = 0;
        this.offset = 0;
        this.onKeyLine = false;
        this.stack = [];
        this.source = "";
        this.type = "";
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
          console.log("|", cst.prettyToken(source));
        if (this.atScalar) {
          this.atScalar = false;
          yield* this.step();
          this.offset += source.length;
          return;
        }
        const type = cst.tokenType(source);
        if (!type) {
          const message = `Not a YAML token: ${source}`;
          yield* this.pop({ type: "error", offset: this.offset, message, source });
          this.offset += source.length;
        } else if (type === "scalar") {
          this.atNewLine = false;
          this.atScalar = true;
          this.type = "scalar";
        } else {
          this.type = type;
          yield* this.step();
          switch (type) {
            case "newline":
              this.atNewLine = true;
              this.indent = 0;
              if (this.onNewLine)
                this.onNewLine(this.offset + source.length);
              break;
            case "space":
              if (this.atNewLine && source[0] === " ")
                this.indent += source.length;
              break;
            case "explicit-key-ind":
            case "map-value-ind":
            case "seq-item-ind":
              if (this.atNewLine)
                this.indent += source.length;
              break;
            case "doc-mode":
            case "flow-error-end":
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
        if (this.type === "doc-end" && top?.type !== "doc-end") {
          while (this.stack.length > 0)
            yield* this.pop();
          this.stack.push({
            type: "doc-end",
            offset: this.offset,
            source: this.source
          });
          return;
        }
        if (!top)
          return yield* this.stream();
        switch (top.type) {
          case "document":
            return yield* this.document(top);
          case "alias":
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return yield* this.scalar(top);
          case "block-scalar":
            return yield* this.blockScalar(top);
          case "block-map":
            return yield* this.blockMap(top);
          case "block-seq":
            return yield* this.blockSequence(top);
          case "flow-collection":
            return yield* this.flowCollection(top);
          case "doc-end":
            return yield* this.documentEnd(top);
        }
        yield* this.pop();
      }
      peek(n) {
        return this.stack[this.stack.length - n];
      }
      *pop(error) {
        const token = error ?? this.stack.pop();
        if (!token) {
          const message = "Tried to pop an empty stack";
          yield { type: "error", offset: this.offset, source: "", message };
        } else if (this.stack.length === 0) {
          yield token;
        } else {
          const top = this.peek(1);
          if (token.type === "block-scalar") {
            token.indent = "indent" in top ? top.indent : 0;
          } else if (token.type === "flow-collection" && top.type === "document") {
            token.indent = 0;
          }
          if (token.type === "flow-collection")
            fixFlowSeqItems(token);
          switch (top.type) {
            case "document":
              top.value = token;
              break;
            case "block-scalar":
              top.props.push(token);
              break;
            case "block-map": {
              const it = top.items[top.items.length - 1];
              if (it.value) {
                top.items.push({ start: [], key: token, sep: [] });
                this.onKeyLine = true;
                return;
              } else if (it.sep) {
                it.value = token;
              } else {
                Object.assign(it, { key: token, sep: [] });
                this.onKeyLine = !it.explicitKey;
                return;
              }
              break;
            }
            case "block-seq": {
              const it = top.items[top.items.length - 1];
              if (it.value)
                top.items.push({ start: [], value: token });
              else
                it.value = token;
              break;
            }
            case "flow-collection": {
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
          if ((top.type === "document" || top.type === "block-map" || top.type === "block-seq") && (token.type === "block-map" || token.type === "block-seq")) {
            const last = token.items[token.items.length - 1];
            if (last && !last.sep && !last.value && last.start.length > 0 && findNonEmptyIndex(last.start) === -1 && (token.indent === 0 || last.start.every((st) => st.type !== "comment" || st.indent < token.indent))) {
              if (top.type === "document")
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
          case "directive-line":
            yield { type: "directive", offset: this.offset, source: this.source };
            return;
          case "byte-order-mark":
          case "space":
          case "comment":
          case "newline":
            yield this.sourceToken;
            return;
          case "doc-mode":
          case "doc-start": {
            const doc = {
              type: "document",
              offset: this.offset,
              start: []
            };
            if (this.type === "doc-start")
              doc.start.push(this.sourceToken);
            this.stack.push(doc);
            return;
          }
        }
        yield {
          type: "error",
          offset: this.offset,
          message: `Unexpected ${this.type} token in YAML stream`,
          source: this.source
        };
      }
      *document(doc) {
        if (doc.value)
          return yield* this.lineEnd(doc);
        switch (this.type) {
          case "doc-start": {
            if (findNonEmptyIndex(doc.start) !== -1) {
              yield* this.pop();
              yield* this.step();
            } else
              doc.start.push(this.sourceToken);
            return;
          }
          case "anchor":
          case "tag":
          case "space":
          case "comment":
          case "newline":
            doc.start.push(this.sourceToken);
            return;
        }
        const bv = this.startBlockValue(doc);
        if (bv)
          this.stack.push(bv);
        else {
          yield {
            type: "error",
            offset: this.offset,
            message: `Unexpected ${this.type} token in YAML document`,
            source: this.source
          };
        }
      }
      *scalar(scalar) {
        if (this.type === "map-value-ind") {
          const prev = getPrevProps(this.peek(2));
          const start = getFirstKeyStartProps(prev);
          let sep;
          if (scalar.end) {
            sep = scalar.end;
            sep.push(this.sourceToken);
            delete scalar.end;
          } else
            sep = [this.sourceToken];
          const map = {
            type: "block-map",
            offset: scalar.offset,
            indent: scalar.indent,
            items: [{ start, key: scalar, sep }]
          };
          this.onKeyLine = true;
          this.stack[this.stack.length - 1] = map;
        } else
          yield* this.lineEnd(scalar);
      }
      *blockScalar(scalar) {
        switch (this.type) {
          case "space":
          case "comment":
          case "newline":
            scalar.props.push(this.sourceToken);
            return;
          case "scalar":
            scalar.source = this.source;
            this.atNewLine = true;
            this.indent = 0;
            if (this.onNewLine) {
              let nl = this.source.indexOf("\n") + 1;
              while (nl !== 0) {
                this.onNewLine(this.offset + nl);
                nl = this.source.indexOf("\n", nl) + 1;
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
        switch (this.type) {
          case "newline":
            this.onKeyLine = false;
            if (it.value) {
              const end = "end" in it.value ? it.value.end : void 0;
              const last = Array.isArray(end) ? end[end.length - 1] : void 0;
              if (last?.type === "comment")
                end?.push(this.sourceToken);
              else
                map.items.push({ start: [this.sourceToken] });
            } else if (it.sep) {
              it.sep.push(this.sourceToken);
            } else {
              it.start.push(this.sourceToken);
            }
            return;
          case "space":
          case "comment":
            if (it.value) {
              map.items.push({ start: [this.sourceToken] });
            } else if (it.sep) {
              it.sep.push(this.sourceToken);
            } else {
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
          const atNextItem = atMapIndent && (it.sep || it.explicitKey) && this.type !== "seq-item-ind";
          let start = [];
          if (atNextItem && it.sep && !it.value) {
            const nl = [];
            for (let i = 0; i < it.sep.length; ++i) {
              const st = it.sep[i];
              switch (st.type) {
                case "newline":
                  nl.push(i);
                  break;
                case "space":
                  break;
                case "comment":
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
            case "anchor":
            case "tag":
              if (atNextItem || it.value) {
                start.push(this.sourceToken);
                map.items.push({ start });
                this.onKeyLine = true;
              } else if (it.sep) {
                it.sep.push(this.sourceToken);
              } else {
                it.start.push(this.sourceToken);
              }
              return;
            case "explicit-key-ind":
              if (!it.sep && !it.explicitKey) {
                it.start.push(this.sourceToken);
                it.explicitKey = true;
              } else if (atNextItem || it.value) {
                start.push(this.sourceToken);
                map.items.push({ start, explicitKey: true });
              } else {
                this.stack.push({
                  type: "block-map",
                  offset: this.offset,
                  indent: this.indent,
                  items: [{ start: [this.sourceToken], explicitKey: true }]
                });
              }
              this.onKeyLine = true;
              return;
            case "map-value-ind":
              if (it.explicitKey) {
                if (!it.sep) {
                  if (includesToken(it.start, "newline")) {
                    Object.assign(it, { key: null, sep: [this.sourceToken] });
                  } else {
                    const start2 = getFirstKeyStartProps(it.start);
                    this.stack.push({
                      type: "block-map",
                      offset: this.offset,
                      indent: this.indent,
                      items: [{ start: start2, key: null, sep: [this.sourceToken] }]
                    });
                  }
                } else if (it.value) {
                  map.items.push({ start: [], key: null, sep: [this.sourceToken] });
                } else if (includesToken(it.sep, "map-value-ind")) {
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start, key: null, sep: [this.sourceToken] }]
                  });
                } else if (isFlowToken(it.key) && !includesToken(it.sep, "newline")) {
                  const start2 = getFirstKeyStartProps(it.start);
                  const key = it.key;
                  const sep = it.sep;
                  sep.push(this.sourceToken);
                  delete it.key;
                  delete it.sep;
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start: start2, key, sep }]
                  });
                } else if (start.length > 0) {
                  it.sep = it.sep.concat(start, this.sourceToken);
                } else {
                  it.sep.push(this.sourceToken);
                }
              } else {
                if (!it.sep) {
                  Object.assign(it, { key: null, sep: [this.sourceToken] });
                } else if (it.value || atNextItem) {
                  map.items.push({ start, key: null, sep: [this.sourceToken] });
                } else if (includesToken(it.sep, "map-value-ind")) {
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start: [], key: null, sep: [this.sourceToken] }]
                  });
                } else {
                  it.sep.push(this.sourceToken);
                }
              }
              this.onKeyLine = true;
              return;
            case "alias":
            case "scalar":
            case "single-quoted-scalar":
            case "double-quoted-scalar": {
              const fs = this.flowScalar(this.type);
              if (atNextItem || it.value) {
                map.items.push({ start, key: fs, sep: [] });
                this.onKeyLine = true;
              } else if (it.sep) {
                this.stack.push(fs);
              } else {
                Object.assign(it, { key: fs, sep: [] });
                this.onKeyLine = true;
              }
              return;
            }
            default: {
              const bv = this.startBlockValue(map);
              if (bv) {
                if (bv.type === "block-seq") {
                  if (!it.explicitKey && it.sep && !includesToken(it.sep, "newline")) {
                    yield* this.pop({
                      type: "error",
                      offset: this.offset,
                      message: "Unexpected block-seq-ind on same line with key",
                      source: this.source
                    });
                    return;
                  }
                } else if (atMapIndent) {
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
          case "newline":
            if (it.value) {
              const end = "end" in it.value ? it.value.end : void 0;
              const last = Array.isArray(end) ? end[end.length - 1] : void 0;
              if (last?.type === "comment")
                end?.push(this.sourceToken);
              else
                seq.items.push({ start: [this.sourceToken] });
            } else
              it.start.push(this.sourceToken);
            return;
          case "space":
          case "comment":
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
          case "anchor":
          case "tag":
            if (it.value || this.indent <= seq.indent)
              break;
            it.start.push(this.sourceToken);
            return;
          case "seq-item-ind":
            if (this.indent !== seq.indent)
              break;
            if (it.value || includesToken(it.start, "seq-item-ind"))
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
        if (this.type === "flow-error-end") {
          let top;
          do {
            yield* this.pop();
            top = this.peek(1);
          } while (top?.type === "flow-collection");
        } else if (fc.end.length === 0) {
          switch (this.type) {
            case "comma":
            case "explicit-key-ind":
              if (!it || it.sep)
                fc.items.push({ start: [this.sourceToken] });
              else
                it.start.push(this.sourceToken);
              return;
            case "map-value-ind":
              if (!it || it.value)
                fc.items.push({ start: [], key: null, sep: [this.sourceToken] });
              else if (it.sep)
                it.sep.push(this.sourceToken);
              else
                Object.assign(it, { key: null, sep: [this.sourceToken] });
              return;
            case "space":
            case "comment":
            case "newline":
            case "anchor":
            case "tag":
              if (!it || it.value)
                fc.items.push({ start: [this.sourceToken] });
              else if (it.sep)
                it.sep.push(this.sourceToken);
              else
                it.start.push(this.sourceToken);
              return;
            case "alias":
            case "scalar":
            case "single-quoted-scalar":
            case "double-quoted-scalar": {
              const fs = this.flowScalar(this.type);
              if (!it || it.value)
                fc.items.push({ start: [], key: fs, sep: [] });
              else if (it.sep)
                this.stack.push(fs);
              else
                Object.assign(it, { key: fs, sep: [] });
              return;
            }
            case "flow-map-end":
            case "flow-seq-end":
              fc.end.push(this.sourceToken);
              return;
          }
          const bv = this.startBlockValue(fc);
          if (bv)
            this.stack.push(bv);
          else {
            yield* this.pop();
            yield* this.step();
          }
        } else {
          const parent = this.peek(2);
          if (parent.type === "block-map" && (this.type === "map-value-ind" && parent.indent === fc.indent || this.type === "newline" && !parent.items[parent.items.length - 1].sep)) {
            yield* this.pop();
            yield* this.step();
          } else if (this.type === "map-value-ind" && parent.type !== "flow-collection") {
            const prev = getPrevProps(parent);
            const start = getFirstKeyStartProps(prev);
            fixFlowSeqItems(fc);
            const sep = fc.end.splice(1, fc.end.length);
            sep.push(this.sourceToken);
            const map = {
              type: "block-map",
              offset: fc.offset,
              indent: fc.indent,
              items: [{ start, key: fc, sep }]
            };
            this.onKeyLine = true;
            this.stack[this.stack.length - 1] = map;
          } else {
            yield* this.lineEnd(fc);
          }
        }
      }
      flowScalar(type) {
        if (this.onNewLine) {
          let nl = this.source.indexOf("\n") + 1;
          while (nl !== 0) {
            this.onNewLine(this.offset + nl);
            nl = this.source.indexOf("\n", nl) + 1;
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
          case "alias":
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return this.flowScalar(this.type);
          case "block-scalar-header":
            return {
              type: "block-scalar",
              offset: this.offset,
              indent: this.indent,
              props: [this.sourceToken],
              source: ""
            };
          case "flow-map-start":
          case "flow-seq-start":
            return {
              type: "flow-collection",
              offset: this.offset,
              indent: this.indent,
              start: this.sourceToken,
              items: [],
              end: []
            };
          case "seq-item-ind":
            return {
              type: "block-seq",
              offset: this.offset,
              indent: this.indent,
              items: [{ start: [this.sourceToken] }]
            };
          case "explicit-key-ind": {
            this.onKeyLine = true;
            const prev = getPrevProps(parent);
            const start = getFirstKeyStartProps(prev);
            start.push(this.sourceToken);
            return {
              type: "block-map",
              offset: this.offset,
              indent: this.indent,
              items: [{ start, explicitKey: true }]
            };
          }
          case "map-value-ind": {
            this.onKeyLine = true;
            const prev = getPrevProps(parent);
            const start = getFirstKeyStartProps(prev);
            return {
              type: "block-map",
              offset: this.offset,
              indent: this.indent,
              items: [{ start, key: null, sep: [this.sourceToken] }]
            };
          }
        }
        return null;
      }
      atIndentedComment(start, indent) {
        if (this.type !== "comment")
          return false;
        if (this.indent <= indent)
          return false;
        return start.every((st) => st.type === "newline" || st.type === "space");
      }
      *documentEnd(docEnd) {
        if (this.type !== "doc-mode") {
          if (docEnd.end)
            docEnd.end.push(this.sourceToken);
          else
            docEnd.end = [this.sourceToken];
          if (this.type === "newline")
            yield* this.pop();
        }
      }
      *lineEnd(token) {
        switch (this.type) {
          case "comma":
          case "doc-start":
          case "doc-end":
          case "flow-seq-end":
          case "flow-map-end":
          case "map-value-ind":
            yield* this.pop();
            yield* this.step();
            break;
          case "newline":
            this.onKeyLine = false;
          // fallthrough
          case "space":
          case "comment":
          default:
            if (token.end)
              token.end.push(this.sourceToken);
            else
              token.end = [this.sourceToken];
            if (this.type === "newline")
              yield* this.pop();
        }
      }
    };
    exports2.Parser = Parser;
  }
});

// node_modules/yaml/dist/public-api.js
var require_public_api = __commonJS({
  "node_modules/yaml/dist/public-api.js"(exports2) {
    "use strict";
    var composer = require_composer();
    var Document = require_Document();
    var errors = require_errors();
    var log = require_log();
    var identity = require_identity();
    var lineCounter = require_line_counter();
    var parser = require_parser();
    function parseOptions(options) {
      const prettyErrors = options.prettyErrors !== false;
      const lineCounter$1 = options.lineCounter || prettyErrors && new lineCounter.LineCounter() || null;
      return { lineCounter: lineCounter$1, prettyErrors };
    }
    function parseAllDocuments(source, options = {}) {
      const { lineCounter: lineCounter2, prettyErrors } = parseOptions(options);
      const parser$1 = new parser.Parser(lineCounter2?.addNewLine);
      const composer$1 = new composer.Composer(options);
      const docs = Array.from(composer$1.compose(parser$1.parse(source)));
      if (prettyErrors && lineCounter2)
        for (const doc of docs) {
          doc.errors.forEach(errors.prettifyError(source, lineCounter2));
          doc.warnings.forEach(errors.prettifyError(source, lineCounter2));
        }
      if (docs.length > 0)
        return docs;
      return Object.assign([], { empty: true }, composer$1.streamInfo());
    }
    function parseDocument4(source, options = {}) {
      const { lineCounter: lineCounter2, prettyErrors } = parseOptions(options);
      const parser$1 = new parser.Parser(lineCounter2?.addNewLine);
      const composer$1 = new composer.Composer(options);
      let doc = null;
      for (const _doc of composer$1.compose(parser$1.parse(source), true, source.length)) {
        if (!doc)
          doc = _doc;
        else if (doc.options.logLevel !== "silent") {
          doc.errors.push(new errors.YAMLParseError(_doc.range.slice(0, 2), "MULTIPLE_DOCS", "Source contains multiple documents; please use YAML.parseAllDocuments()"));
          break;
        }
      }
      if (prettyErrors && lineCounter2) {
        doc.errors.forEach(errors.prettifyError(source, lineCounter2));
        doc.warnings.forEach(errors.prettifyError(source, lineCounter2));
      }
      return doc;
    }
    function parse(src, reviver, options) {
      let _reviver = void 0;
      if (typeof reviver === "function") {
        _reviver = reviver;
      } else if (options === void 0 && reviver && typeof reviver === "object") {
        options = reviver;
      }
      const doc = parseDocument4(src, options);
      if (!doc)
        return null;
      doc.warnings.forEach((warning) => log.warn(doc.options.logLevel, warning));
      if (doc.errors.length > 0) {
        if (doc.options.logLevel !== "silent")
          throw doc.errors[0];
        else
          doc.errors = [];
      }
      return doc.toJS(Object.assign({ reviver: _reviver }, options));
    }
    function stringify(value, replacer, options) {
      let _replacer = null;
      if (typeof replacer === "function" || Array.isArray(replacer)) {
        _replacer = replacer;
      } else if (options === void 0 && replacer) {
        options = replacer;
      }
      if (typeof options === "string")
        options = options.length;
      if (typeof options === "number") {
        const indent = Math.round(options);
        options = indent < 1 ? void 0 : indent > 8 ? { indent: 8 } : { indent };
      }
      if (value === void 0) {
        const { keepUndefined } = options ?? replacer ?? {};
        if (!keepUndefined)
          return void 0;
      }
      if (identity.isDocument(value) && !_replacer)
        return value.toString(options);
      return new Document.Document(value, _replacer, options).toString(options);
    }
    exports2.parse = parse;
    exports2.parseAllDocuments = parseAllDocuments;
    exports2.parseDocument = parseDocument4;
    exports2.stringify = stringify;
  }
});

// node_modules/yaml/dist/index.js
var require_dist = __commonJS({
  "node_modules/yaml/dist/index.js"(exports2) {
    "use strict";
    var composer = require_composer();
    var Document = require_Document();
    var Schema = require_Schema();
    var errors = require_errors();
    var Alias = require_Alias();
    var identity = require_identity();
    var Pair = require_Pair();
    var Scalar2 = require_Scalar();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var cst = require_cst();
    var lexer = require_lexer();
    var lineCounter = require_line_counter();
    var parser = require_parser();
    var publicApi = require_public_api();
    var visit2 = require_visit();
    exports2.Composer = composer.Composer;
    exports2.Document = Document.Document;
    exports2.Schema = Schema.Schema;
    exports2.YAMLError = errors.YAMLError;
    exports2.YAMLParseError = errors.YAMLParseError;
    exports2.YAMLWarning = errors.YAMLWarning;
    exports2.Alias = Alias.Alias;
    exports2.isAlias = identity.isAlias;
    exports2.isCollection = identity.isCollection;
    exports2.isDocument = identity.isDocument;
    exports2.isMap = identity.isMap;
    exports2.isNode = identity.isNode;
    exports2.isPair = identity.isPair;
    exports2.isScalar = identity.isScalar;
    exports2.isSeq = identity.isSeq;
    exports2.Pair = Pair.Pair;
    exports2.Scalar = Scalar2.Scalar;
    exports2.YAMLMap = YAMLMap.YAMLMap;
    exports2.YAMLSeq = YAMLSeq.YAMLSeq;
    exports2.CST = cst;
    exports2.Lexer = lexer.Lexer;
    exports2.LineCounter = lineCounter.LineCounter;
    exports2.Parser = parser.Parser;
    exports2.parse = publicApi.parse;
    exports2.parseAllDocuments = publicApi.parseAllDocuments;
    exports2.parseDocument = publicApi.parseDocument;
    exports2.stringify = publicApi.stringify;
    exports2.visit = visit2.visit;
    exports2.visitAsync = visit2.visitAsync;
  }
});

// node_modules/ajv-formats/dist/formats.js
var require_formats = __commonJS({
  "node_modules/ajv-formats/dist/formats.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.formatNames = exports2.fastFormats = exports2.fullFormats = void 0;
    function fmtDef(validate, compare) {
      return { validate, compare };
    }
    exports2.fullFormats = {
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
      binary: true
    };
    exports2.fastFormats = {
      ...exports2.fullFormats,
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
      email: /^[a-z0-9.!#$%&'*+/=?^_`{|}~-]+@[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*$/i
    };
    exports2.formatNames = Object.keys(exports2.fullFormats);
    function isLeapYear2(year) {
      return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
    }
    var DATE = /^(\d\d\d\d)-(\d\d)-(\d\d)$/;
    var DAYS = [0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
    function date(str) {
      const matches = DATE.exec(str);
      if (!matches)
        return false;
      const year = +matches[1];
      const month = +matches[2];
      const day = +matches[3];
      return month >= 1 && month <= 12 && day >= 1 && day <= (month === 2 && isLeapYear2(year) ? 29 : DAYS[month]);
    }
    function compareDate(d1, d2) {
      if (!(d1 && d2))
        return void 0;
      if (d1 > d2)
        return 1;
      if (d1 < d2)
        return -1;
      return 0;
    }
    var TIME = /^(\d\d):(\d\d):(\d\d(?:\.\d+)?)(z|([+-])(\d\d)(?::?(\d\d))?)?$/i;
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
        if (tzH > 23 || tzM > 59 || strictTimeZone && !tz)
          return false;
        if (hr <= 23 && min <= 59 && sec < 60)
          return true;
        const utcMin = min - tzM * tzSign;
        const utcHr = hr - tzH * tzSign - (utcMin < 0 ? 1 : 0);
        return (utcHr === 23 || utcHr === -1) && (utcMin === 59 || utcMin === -1) && sec < 61;
      };
    }
    function compareTime(s1, s2) {
      if (!(s1 && s2))
        return void 0;
      const t1 = (/* @__PURE__ */ new Date("2020-01-01T" + s1)).valueOf();
      const t2 = (/* @__PURE__ */ new Date("2020-01-01T" + s2)).valueOf();
      if (!(t1 && t2))
        return void 0;
      return t1 - t2;
    }
    function compareIsoTime(t1, t2) {
      if (!(t1 && t2))
        return void 0;
      const a1 = TIME.exec(t1);
      const a2 = TIME.exec(t2);
      if (!(a1 && a2))
        return void 0;
      t1 = a1[1] + a1[2] + a1[3];
      t2 = a2[1] + a2[2] + a2[3];
      if (t1 > t2)
        return 1;
      if (t1 < t2)
        return -1;
      return 0;
    }
    var DATE_TIME_SEPARATOR = /t|\s/i;
    function getDateTime(strictTimeZone) {
      const time = getTime(strictTimeZone);
      return function date_time(str) {
        const dateTime = str.split(DATE_TIME_SEPARATOR);
        return dateTime.length === 2 && date(dateTime[0]) && time(dateTime[1]);
      };
    }
    function compareDateTime(dt1, dt2) {
      if (!(dt1 && dt2))
        return void 0;
      const d1 = new Date(dt1).valueOf();
      const d2 = new Date(dt2).valueOf();
      if (!(d1 && d2))
        return void 0;
      return d1 - d2;
    }
    function compareIsoDateTime(dt1, dt2) {
      if (!(dt1 && dt2))
        return void 0;
      const [d1, t1] = dt1.split(DATE_TIME_SEPARATOR);
      const [d2, t2] = dt2.split(DATE_TIME_SEPARATOR);
      const res = compareDate(d1, d2);
      if (res === void 0)
        return void 0;
      return res || compareTime(t1, t2);
    }
    var NOT_URI_FRAGMENT = /\/|:/;
    var URI = /^(?:[a-z][a-z0-9+\-.]*:)(?:\/?\/(?:(?:[a-z0-9\-._~!$&'()*+,;=:]|%[0-9a-f]{2})*@)?(?:\[(?:(?:(?:(?:[0-9a-f]{1,4}:){6}|::(?:[0-9a-f]{1,4}:){5}|(?:[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){4}|(?:(?:[0-9a-f]{1,4}:){0,1}[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){3}|(?:(?:[0-9a-f]{1,4}:){0,2}[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){2}|(?:(?:[0-9a-f]{1,4}:){0,3}[0-9a-f]{1,4})?::[0-9a-f]{1,4}:|(?:(?:[0-9a-f]{1,4}:){0,4}[0-9a-f]{1,4})?::)(?:[0-9a-f]{1,4}:[0-9a-f]{1,4}|(?:(?:25[0-5]|2[0-4]\d|[01]?\d\d?)\.){3}(?:25[0-5]|2[0-4]\d|[01]?\d\d?))|(?:(?:[0-9a-f]{1,4}:){0,5}[0-9a-f]{1,4})?::[0-9a-f]{1,4}|(?:(?:[0-9a-f]{1,4}:){0,6}[0-9a-f]{1,4})?::)|[Vv][0-9a-f]+\.[a-z0-9\-._~!$&'()*+,;=:]+)\]|(?:(?:25[0-5]|2[0-4]\d|[01]?\d\d?)\.){3}(?:25[0-5]|2[0-4]\d|[01]?\d\d?)|(?:[a-z0-9\-._~!$&'()*+,;=]|%[0-9a-f]{2})*)(?::\d*)?(?:\/(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})*)*|\/(?:(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})+(?:\/(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})*)*)?|(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})+(?:\/(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})*)*)(?:\?(?:[a-z0-9\-._~!$&'()*+,;=:@/?]|%[0-9a-f]{2})*)?(?:#(?:[a-z0-9\-._~!$&'()*+,;=:@/?]|%[0-9a-f]{2})*)?$/i;
    function uri(str) {
      return NOT_URI_FRAGMENT.test(str) && URI.test(str);
    }
    var BYTE = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/gm;
    function byte(str) {
      BYTE.lastIndex = 0;
      return BYTE.test(str);
    }
    var MIN_INT32 = -(2 ** 31);
    var MAX_INT32 = 2 ** 31 - 1;
    function validateInt32(value) {
      return Number.isInteger(value) && value <= MAX_INT32 && value >= MIN_INT32;
    }
    function validateInt64(value) {
      return Number.isInteger(value);
    }
    function validateNumber() {
      return true;
    }
    var Z_ANCHOR = /[^\\]\\Z/;
    function regex(str) {
      if (Z_ANCHOR.test(str))
        return false;
      try {
        new RegExp(str);
        return true;
      } catch (e) {
        return false;
      }
    }
  }
});

// server/src/core/generated/validators.js
var require_validators = __commonJS({
  "server/src/core/generated/validators.js"(exports2) {
    "use strict";
    exports2.validatePlan = validate20;
    var schema31 = { "$schema": "https://json-schema.org/draft/2020-12/schema", "$id": "https://wijkplan.nl/schemas/wijkplan-1.schema.json", "title": "Wijkplan (formaat versie 1)", "description": "Een wijkplan (wijkaanpak) als YAML-bestand. Het formaat maakt zichtbaar of het plan borging regelt: of de resultaten blijven als het eerste geld en enthousiasme op zijn.", "type": "object", "required": ["wijkplan", "titel", "wijk", "looptijd", "visie", "partners", "doelen", "interventies"], "properties": { "wijkplan": { "description": "Versie van het wijkplanformaat; altijd 1. Hieraan herkennen editor en linter het bestand als wijkplan.", "type": "integer", "const": 1 }, "titel": { "$ref": "#/$defs/tekst", "description": "Titel van het wijkplan." }, "wijk": { "description": "De wijk of buurten waarvoor het plan geldt.", "type": "object", "required": ["naam", "gemeente"], "properties": { "naam": { "$ref": "#/$defs/tekst", "description": "Naam van de wijk of buurten." }, "gemeente": { "$ref": "#/$defs/tekst", "description": "De gemeente waarin de wijk ligt." }, "gemeentecode": { "description": "CBS-gemeentecode, bijvoorbeeld GM0080. Daarmee zijn cijfers van het CBS aan het plan te koppelen.", "type": "string", "pattern": "^GM\\d{4}$" }, "wijkcodes": { "description": "CBS-codes van de wijken (WK) of buurten (BU) in het plan, zodat nulmeting en monitor over hetzelfde gebied gaan.", "type": "array", "items": { "description": "Een CBS-wijkcode (WK gevolgd door zes tekens) of buurtcode (BU gevolgd door acht tekens).", "type": "string", "pattern": "^(WK\\d{4}[0-9A-Z]{2}|BU\\d{4}[0-9A-Z]{4})$" } }, "inwoners": { "description": "Aantal inwoners van de wijk.", "type": "integer", "minimum": 0 } }, "patternProperties": { "^x-": {} }, "additionalProperties": false }, "looptijd": { "$ref": "#/$defs/periode", "description": "De periode waarin het plan loopt. Borging vraagt een lange adem: een horizon van tien jaar of meer." }, "visie": { "$ref": "#/$defs/tekst", "description": "De visie op de lange termijn: waar de wijk over vele jaren wil staan. Een gedeelde visie houdt partners bij elkaar als geld en aandacht afnemen." }, "partners": { "description": "Alle organisaties die bij het plan betrokken zijn. Een brede coalitie maakt het resultaat minder afhankelijk van \xE9\xE9n partij.", "type": "array", "minItems": 1, "items": { "$ref": "#/$defs/partner" } }, "bestuur": { "description": "Bestuurlijke verankering: vaststelling, portefeuillehouders, programmaleiding en afspraken. Zonder verankering verdwijnt een aanpak gemakkelijk bij een nieuw college.", "type": "object", "properties": { "vastgesteld": { "description": "De formele vaststelling van het plan. Een plan dat de raad heeft vastgesteld, overleeft een bestuurswisseling beter.", "type": "object", "required": ["door", "datum"], "properties": { "door": { "description": "Wie het plan heeft vastgesteld.", "type": "string", "enum": ["gemeenteraad", "college", "wethouder", "stuurgroep"] }, "datum": { "$ref": "#/$defs/datum", "description": "Datum van de vaststelling." }, "kenmerk": { "$ref": "#/$defs/tekst", "description": "Kenmerk van het besluit, bijvoorbeeld het nummer van het raadsvoorstel." } }, "patternProperties": { "^x-": {} }, "additionalProperties": false }, "portefeuillehouders": { "description": "De wethouders (of portefeuilles) die het plan dragen. Bestuurlijk eigenaarschap geeft de aanpak gewicht bij de begroting.", "type": "array", "items": { "$ref": "#/$defs/tekst", "description": "Een wethouder of portefeuille." } }, "programmamanager": { "$ref": "#/$defs/trekker", "description": "De rol die het programma leidt: een functie bij een organisatie, geen persoon, zodat de aanpak niet van \xE9\xE9n mens afhangt." }, "stuurgroep": { "description": "De partners die in de stuurgroep zitten.", "type": "array", "items": { "$ref": "#/$defs/refPartner", "description": "Verwijzing naar een partner (id)." } }, "afspraken": { "description": "Voorwaarden die vooraf zijn afgesproken. Heldere afspraken over geld, mandaat en samenwerking voorkomen dat de aanpak vastloopt.", "type": "object", "properties": { "budget": { "$ref": "#/$defs/tekst", "description": "Afspraak over het budget, bijvoorbeeld \xE9\xE9n ontschot en meerjarig wijkbudget." }, "mandaat": { "$ref": "#/$defs/tekst", "description": "Afspraak over wie waarover mag beslissen." }, "samenwerking": { "$ref": "#/$defs/tekst", "description": "Afspraak over hoe de partners samenwerken en overleggen." } }, "patternProperties": { "^x-": {} }, "additionalProperties": false }, "inbedding": { "$ref": "#/$defs/tekst", "description": "Hoe de aanpak is ingebed in de reguliere (lijn)organisatie. Wat in de lijn zit, stopt niet wanneer het programma stopt." } }, "patternProperties": { "^x-": {} }, "additionalProperties": false }, "doelen": { "description": "De doelen van het plan, met indicatoren om de voortgang te meten.", "type": "array", "minItems": 1, "items": { "$ref": "#/$defs/doel" } }, "interventies": { "description": "De projecten en maatregelen die het plan uitvoert.", "type": "array", "minItems": 1, "items": { "$ref": "#/$defs/interventie" } }, "financiering": { "description": "Het geld: de budgethouder, de financieringsbronnen en de verwachte inverdieneffecten. Structurele financiering is de kern van borging.", "type": "object", "properties": { "budgethouder": { "$ref": "#/$defs/refPartner", "description": "De ene partner die het gebundelde wijkbudget beheert. E\xE9n budgethouder maakt ontschot en meerjarig werken mogelijk." }, "bronnen": { "description": "De financieringsbronnen van het plan.", "type": "array", "items": { "$ref": "#/$defs/bron" } }, "inverdieneffecten": { "description": "Besparingen of opbrengsten elders die het plan oplevert. Wie laat zien wie er baat bij heeft, vindt makkelijker structurele financiers.", "type": "array", "items": { "description": "E\xE9n verwacht inverdieneffect.", "type": "object", "required": ["beschrijving"], "properties": { "beschrijving": { "$ref": "#/$defs/tekst", "description": "Wat er wordt bespaard of verdiend." }, "partner": { "$ref": "#/$defs/refPartner", "description": "De partner bij wie de besparing of opbrengst terechtkomt." }, "bedrag_per_jaar": { "$ref": "#/$defs/bedrag", "description": "Het verwachte bedrag per jaar, in euro." }, "begrotingspost": { "$ref": "#/$defs/tekst", "description": "De begrotingspost waarop het effect zichtbaar wordt." } }, "patternProperties": { "^x-": {} }, "additionalProperties": false } } }, "patternProperties": { "^x-": {} }, "additionalProperties": false }, "evaluatie": { "description": "Meten en leren. Zonder meting is niet te zeggen wat werkt, en dus ook niet wat voortgezet moet worden.", "type": "object", "properties": { "nulmeting": { "description": "De nulmeting van het plan als geheel: het vertrekpunt van elke latere evaluatie.", "type": "object", "required": ["datum", "door"], "properties": { "datum": { "$ref": "#/$defs/datum", "description": "Datum van de nulmeting." }, "door": { "$ref": "#/$defs/refPartner", "description": "De partner die de nulmeting uitvoert." } }, "patternProperties": { "^x-": {} }, "additionalProperties": false }, "momenten": { "description": "De evaluatiemomenten. Regelmatig evalueren laat op tijd zien wat werkt en wat bijgestuurd moet worden.", "type": "array", "items": { "description": "E\xE9n evaluatiemoment.", "type": "object", "required": ["datum", "soort"], "properties": { "datum": { "$ref": "#/$defs/datum", "description": "Datum van het evaluatiemoment." }, "soort": { "description": "Soort evaluatie: tussentijds, eind (aan het einde van het plan) of monitor (een vaste meting).", "type": "string", "enum": ["tussentijds", "eind", "monitor"] }, "door": { "$ref": "#/$defs/refPartner", "description": "De partner die de evaluatie uitvoert." }, "met": { "description": "De partners die aan de evaluatie meedoen. Samen evalueren houdt partners betrokken bij het vervolg.", "type": "array", "items": { "$ref": "#/$defs/refPartner", "description": "Verwijzing naar een partner (id)." } }, "onderwerp": { "$ref": "#/$defs/tekst", "description": "Waarover de evaluatie gaat." } }, "patternProperties": { "^x-": {} }, "additionalProperties": false } }, "effecten_buiten_wijk": { "$ref": "#/$defs/tekst", "description": "Hoe effecten buiten de wijk worden gevolgd, zoals verplaatsing van problemen naar omliggende wijken." }, "successen_delen": { "$ref": "#/$defs/tekst", "description": "Hoe resultaten en successen worden gedeeld. Zichtbare successen houden partners en bewoners betrokken." } }, "patternProperties": { "^x-": {} }, "additionalProperties": false }, "bewoners": { "description": "Hoe bewoners bij het plan betrokken zijn. Wat bewoners zelf mee dragen, blijft ook na het programma bestaan.", "type": "object", "properties": { "betrokkenheid": { "description": "Waar bewoners meedoen. Bewoners die vanaf de analyse meedenken, dragen de aanpak later mee.", "type": "array", "items": { "description": "Een fase of vorm waarin bewoners meedoen.", "type": "string", "enum": ["gebiedsanalyse", "wijkagenda", "ontwerp", "uitvoering", "evaluatie", "ervaringsdeskundigen"] } }, "wijkinitiatieven": { "$ref": "#/$defs/tekst", "description": "Hoe eigen initiatieven van bewoners worden ondersteund." } }, "patternProperties": { "^x-": {} }, "additionalProperties": false } }, "patternProperties": { "^x-": {} }, "additionalProperties": false, "$defs": { "tekst": { "description": "Niet-lege tekst. Een lege tekst of alleen spaties telt als ontbrekend.", "type": "string", "pattern": "\\S" }, "id": { "description": "Een sleutel: begint met een letter, daarna letters, cijfers, _ of -. Uniek in het hele plan.", "type": "string", "pattern": "^[A-Za-z][A-Za-z0-9_-]*$" }, "refPartner": { "description": "Verwijzing naar de id van een partner.", "type": "string", "pattern": "^[A-Za-z][A-Za-z0-9_-]*$", "x-ref": "partner" }, "refDoel": { "description": "Verwijzing naar de id van een doel.", "type": "string", "pattern": "^[A-Za-z][A-Za-z0-9_-]*$", "x-ref": "doel" }, "refBron": { "description": "Verwijzing naar de id van een financieringsbron.", "type": "string", "pattern": "^[A-Za-z][A-Za-z0-9_-]*$", "x-ref": "bron" }, "datum": { "description": "Een datum als JJJJ-MM-DD; het moet een bestaande kalenderdatum zijn.", "type": "string", "format": "date" }, "periode": { "description": "Een periode van start tot en met eind; start ligt op of voor eind.", "type": "object", "required": ["start", "eind"], "properties": { "start": { "$ref": "#/$defs/datum", "description": "Eerste dag van de periode." }, "eind": { "$ref": "#/$defs/datum", "description": "Laatste dag van de periode." } }, "patternProperties": { "^x-": {} }, "additionalProperties": false }, "jaar": { "description": "Een jaartal van 2000 tot en met 2100.", "type": "integer", "minimum": 2e3, "maximum": 2100 }, "bedrag": { "description": "Een bedrag in euro, 0 of meer.", "type": "number", "minimum": 0 }, "bedragItem": { "description": "Een bedrag voor \xE9\xE9n jaar (jaar) of voor elk jaar van een reeks (van en tot_en_met).", "type": "object", "required": ["bedrag"], "properties": { "jaar": { "$ref": "#/$defs/jaar", "description": "Het jaar waarvoor het bedrag geldt." }, "van": { "$ref": "#/$defs/jaar", "description": "Eerste jaar van de reeks." }, "tot_en_met": { "$ref": "#/$defs/jaar", "description": "Laatste jaar van de reeks; dit jaar telt mee." }, "bedrag": { "$ref": "#/$defs/bedrag", "description": "Bedrag in euro per jaar; bij een reeks geldt het voor elk jaar ervan." } }, "patternProperties": { "^x-": {} }, "additionalProperties": false, "anyOf": [{ "properties": { "jaar": true }, "required": ["jaar"] }, { "properties": { "van": true, "tot_en_met": true }, "required": ["van", "tot_en_met"] }] }, "bedragen": { "description": "Bedragen per jaar. Een jaar mag in \xE9\xE9n lijst maar \xE9\xE9n keer voorkomen.", "type": "array", "items": { "$ref": "#/$defs/bedragItem" } }, "trekker": { "description": "Een rol bij een organisatie, geen persoon, zodat het werk doorgaat als iemand vertrekt.", "type": "object", "required": ["rol", "organisatie"], "properties": { "rol": { "$ref": "#/$defs/tekst", "description": "De functie of rol; geen persoonsnaam." }, "organisatie": { "$ref": "#/$defs/refPartner", "description": "De partner waar deze rol is belegd." }, "vervanger": { "$ref": "#/$defs/tekst", "description": "De rol die het werk overneemt bij afwezigheid of vertrek. Een vaste vervanger voorkomt dat het werk stilvalt." } }, "patternProperties": { "^x-": {} }, "additionalProperties": false }, "partner": { "description": "Een organisatie die bij het plan betrokken is.", "type": "object", "required": ["id", "naam", "soort"], "properties": { "id": { "$ref": "#/$defs/id", "description": "Unieke sleutel van de partner; de rest van het plan verwijst hiermee naar deze partner." }, "naam": { "$ref": "#/$defs/tekst", "description": "Naam van de organisatie." }, "soort": { "description": "Soort organisatie; gemeente, rijk en provincie zijn overheid. Een mix van soorten spreidt het eigenaarschap over meer schouders.", "type": "string", "enum": ["gemeente", "rijk", "provincie", "corporatie", "welzijn", "zorg", "zorgverzekeraar", "onderwijs", "politie", "bedrijf", "fonds", "kennisinstituut", "bewoners", "overig"] }, "rol": { "$ref": "#/$defs/tekst", "description": "Wat de partner in het plan doet." }, "commitment": { "description": "Tot wanneer de partner zich verbindt en in welke afspraak dat staat. Een vastgelegde, langjarige verbintenis houdt de partner aan boord.", "type": "object", "required": ["tot", "vastgelegd_in"], "properties": { "tot": { "$ref": "#/$defs/datum", "description": "De datum tot wanneer de partner zich heeft verbonden." }, "vastgelegd_in": { "$ref": "#/$defs/tekst", "description": "Het document waarin de verbintenis staat, bijvoorbeeld een wijkakkoord of convenant." } }, "patternProperties": { "^x-": {} }, "additionalProperties": false }, "belang": { "$ref": "#/$defs/tekst", "description": "Wat de partner zelf wint met meedoen. Een partner met een eigen belang blijft langer betrokken." } }, "patternProperties": { "^x-": {} }, "additionalProperties": false }, "doel": { "description": "Een doel van het plan.", "type": "object", "required": ["id", "titel", "domein"], "properties": { "id": { "$ref": "#/$defs/id", "description": "Unieke sleutel van het doel; interventies en bronnen verwijzen hiermee naar dit doel." }, "titel": { "$ref": "#/$defs/tekst", "description": "Korte omschrijving van het doel." }, "domein": { "description": "Het domein waarop het doel ligt.", "type": "string", "enum": ["sociaal", "fysiek", "economisch", "veiligheid", "gezondheid", "onderwijs"] }, "indicatoren": { "description": "Indicatoren waarmee de voortgang op dit doel wordt gemeten. Zonder meetbare indicator is niet aan te tonen wat werkt.", "type": "array", "items": { "$ref": "#/$defs/indicator" } } }, "patternProperties": { "^x-": {} }, "additionalProperties": false }, "indicator": { "description": "Een meetbare indicator bij een doel.", "type": "object", "required": ["id", "naam", "soort"], "properties": { "id": { "$ref": "#/$defs/id", "description": "Unieke sleutel van de indicator." }, "naam": { "$ref": "#/$defs/tekst", "description": "Wat de indicator meet." }, "soort": { "description": "outcome is een verandering in de wijk; output is wat er is geleverd. Alleen outcome laat zien of de wijk er blijvend op vooruitgaat.", "type": "string", "enum": ["outcome", "output"] }, "eenheid": { "$ref": "#/$defs/tekst", "description": "Eenheid van de waarden, bijvoorbeeld procent of aantal." }, "richting": { "description": "De gewenste richting van de verandering.", "type": "string", "enum": ["omhoog", "omlaag"] }, "bron": { "$ref": "#/$defs/tekst", "description": "Databron van de indicator, bijvoorbeeld CBS, Leefbaarometer of een eigen enqu\xEAte." }, "nulmeting": { "description": "De beginwaarde van de indicator. Zonder nulmeting is een effect niet vast te stellen.", "type": "object", "required": ["waarde", "datum"], "properties": { "waarde": { "description": "De gemeten beginwaarde.", "type": "number" }, "datum": { "$ref": "#/$defs/datum", "description": "Peildatum van de nulmeting." }, "bron": { "$ref": "#/$defs/tekst", "description": "Bron van de nulmeting, bijvoorbeeld een rapport of peiljaar." } }, "patternProperties": { "^x-": {} }, "additionalProperties": false }, "streefwaarden": { "description": "Streefwaarden per jaar. Tussendoelen maken zichtbaar of het plan op koers ligt.", "type": "array", "items": { "description": "Een streefwaarde voor \xE9\xE9n jaar.", "type": "object", "required": ["jaar", "waarde"], "properties": { "jaar": { "$ref": "#/$defs/jaar", "description": "Het jaar waarin de streefwaarde bereikt moet zijn." }, "waarde": { "description": "De waarde die in dat jaar bereikt moet zijn.", "type": "number" } }, "patternProperties": { "^x-": {} }, "additionalProperties": false } } }, "patternProperties": { "^x-": {} }, "additionalProperties": false }, "interventie": { "description": "Een project of maatregel van het plan.", "type": "object", "required": ["id", "naam"], "properties": { "id": { "$ref": "#/$defs/id", "description": "Unieke sleutel van de interventie." }, "naam": { "$ref": "#/$defs/tekst", "description": "Naam van de interventie." }, "beschrijving": { "$ref": "#/$defs/tekst", "description": "Wat de interventie inhoudt." }, "doelen": { "description": "De doelen waaraan de interventie bijdraagt.", "type": "array", "items": { "$ref": "#/$defs/refDoel", "description": "Verwijzing naar een doel (id)." } }, "eigenaars": { "description": "De partners die eigenaar zijn van de interventie. Meer dan \xE9\xE9n eigenaar maakt het resultaat minder kwetsbaar.", "type": "array", "items": { "$ref": "#/$defs/refPartner", "description": "Verwijzing naar een partner (id)." } }, "trekker": { "$ref": "#/$defs/trekker", "description": "Wie de interventie trekt: een rol bij een organisatie, met een vervanger, zodat het werk doorgaat als iemand vertrekt." }, "looptijd": { "$ref": "#/$defs/periode", "description": "Periode van de interventie; zonder looptijd geldt de looptijd van het plan." }, "begroting": { "$ref": "#/$defs/bedragen", "description": "De kosten van de interventie per jaar." }, "financiering": { "description": "De financieringsbronnen die de interventie betalen. Een interventie zonder bron stopt zodra er geen los geld meer is.", "type": "array", "items": { "$ref": "#/$defs/refBron", "description": "Verwijzing naar een financieringsbron (id)." } }, "voortzetting": { "description": "Wat er na de looptijd met de interventie gebeurt. Zonder voortzettingsstrategie verdwijnt wat werkt samen met het projectgeld.", "type": "object", "required": ["strategie"], "properties": { "strategie": { "description": "inbedden (in regulier beleid), overdragen (aan een partner of bewoners), opschalen (naar andere wijken), afbouwen, of stoppen (tenzij de evaluatie anders uitwijst).", "type": "string", "enum": ["inbedden", "overdragen", "opschalen", "afbouwen", "stoppen"] }, "besluitmoment": { "$ref": "#/$defs/datum", "description": "Datum waarop over de voortzetting wordt besloten. Een vast besluitmoment voorkomt dat de interventie stilletjes afloopt." }, "naar": { "$ref": "#/$defs/refPartner", "description": "De partner die de interventie overneemt (bij overdragen)." }, "onderhoud": { "$ref": "#/$defs/tekst", "description": "Het onderhoud dat daarna nodig blijft, zodat de problemen niet terugkomen." }, "toelichting": { "$ref": "#/$defs/tekst", "description": "Toelichting op de voortzetting." } }, "patternProperties": { "^x-": {} }, "additionalProperties": false } }, "patternProperties": { "^x-": {} }, "additionalProperties": false }, "bron": { "description": "Een financieringsbron van het plan.", "type": "object", "required": ["id", "naam", "partner", "soort", "bedragen"], "properties": { "id": { "$ref": "#/$defs/id", "description": "Unieke sleutel van de bron; interventies verwijzen hiermee naar deze bron." }, "naam": { "$ref": "#/$defs/tekst", "description": "Naam van de bron, bijvoorbeeld de regeling of begrotingspost." }, "partner": { "$ref": "#/$defs/refPartner", "description": "De partner die betaalt." }, "soort": { "description": "structureel (doorlopend in de begroting), incidenteel (eenmalig of tijdelijk) of resultaatfinanciering (betaald naar behaald resultaat). Structureel geld houdt de aanpak na de startfase overeind.", "type": "string", "enum": ["structureel", "incidenteel", "resultaatfinanciering"] }, "bedragen": { "$ref": "#/$defs/bedragen", "description": "De bedragen die deze bron per jaar bijdraagt." }, "doelen": { "description": "De doelen waaraan de bron bijdraagt.", "type": "array", "items": { "$ref": "#/$defs/refDoel", "description": "Verwijzing naar een doel (id)." } } }, "patternProperties": { "^x-": {} }, "additionalProperties": false } } };
    var func1 = Object.prototype.hasOwnProperty;
    var pattern4 = new RegExp("^x-", "u");
    var pattern5 = new RegExp("\\S", "u");
    var pattern9 = new RegExp("^GM\\d{4}$", "u");
    var pattern10 = new RegExp("^(WK\\d{4}[0-9A-Z]{2}|BU\\d{4}[0-9A-Z]{4})$", "u");
    var pattern14 = new RegExp("^[A-Za-z][A-Za-z0-9_-]*$", "u");
    var formats0 = require_formats().fullFormats.date;
    function validate21(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
      let vErrors = null;
      let errors = 0;
      const evaluated0 = validate21.evaluated;
      if (evaluated0.dynamicProps) {
        evaluated0.props = void 0;
      }
      if (evaluated0.dynamicItems) {
        evaluated0.items = void 0;
      }
      if (data && typeof data == "object" && !Array.isArray(data)) {
        if (data.start === void 0) {
          const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "start" }, message: "must have required property 'start'" };
          if (vErrors === null) {
            vErrors = [err0];
          } else {
            vErrors.push(err0);
          }
          errors++;
        }
        if (data.eind === void 0) {
          const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "eind" }, message: "must have required property 'eind'" };
          if (vErrors === null) {
            vErrors = [err1];
          } else {
            vErrors.push(err1);
          }
          errors++;
        }
        for (const key0 in data) {
          if (!(key0 === "start" || key0 === "eind" || pattern4.test(key0))) {
            const err2 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
            if (vErrors === null) {
              vErrors = [err2];
            } else {
              vErrors.push(err2);
            }
            errors++;
          }
        }
        if (data.start !== void 0) {
          let data0 = data.start;
          if (typeof data0 === "string") {
            if (!formats0.validate(data0)) {
              const err3 = { instancePath: instancePath + "/start", schemaPath: "#/$defs/datum/format", keyword: "format", params: { format: "date" }, message: 'must match format "date"' };
              if (vErrors === null) {
                vErrors = [err3];
              } else {
                vErrors.push(err3);
              }
              errors++;
            }
          } else {
            const err4 = { instancePath: instancePath + "/start", schemaPath: "#/$defs/datum/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err4];
            } else {
              vErrors.push(err4);
            }
            errors++;
          }
        }
        if (data.eind !== void 0) {
          let data1 = data.eind;
          if (typeof data1 === "string") {
            if (!formats0.validate(data1)) {
              const err5 = { instancePath: instancePath + "/eind", schemaPath: "#/$defs/datum/format", keyword: "format", params: { format: "date" }, message: 'must match format "date"' };
              if (vErrors === null) {
                vErrors = [err5];
              } else {
                vErrors.push(err5);
              }
              errors++;
            }
          } else {
            const err6 = { instancePath: instancePath + "/eind", schemaPath: "#/$defs/datum/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err6];
            } else {
              vErrors.push(err6);
            }
            errors++;
          }
        }
      } else {
        const err7 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
      validate21.errors = vErrors;
      return errors === 0;
    }
    validate21.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
    var schema39 = { "description": "Een organisatie die bij het plan betrokken is.", "type": "object", "required": ["id", "naam", "soort"], "properties": { "id": { "$ref": "#/$defs/id", "description": "Unieke sleutel van de partner; de rest van het plan verwijst hiermee naar deze partner." }, "naam": { "$ref": "#/$defs/tekst", "description": "Naam van de organisatie." }, "soort": { "description": "Soort organisatie; gemeente, rijk en provincie zijn overheid. Een mix van soorten spreidt het eigenaarschap over meer schouders.", "type": "string", "enum": ["gemeente", "rijk", "provincie", "corporatie", "welzijn", "zorg", "zorgverzekeraar", "onderwijs", "politie", "bedrijf", "fonds", "kennisinstituut", "bewoners", "overig"] }, "rol": { "$ref": "#/$defs/tekst", "description": "Wat de partner in het plan doet." }, "commitment": { "description": "Tot wanneer de partner zich verbindt en in welke afspraak dat staat. Een vastgelegde, langjarige verbintenis houdt de partner aan boord.", "type": "object", "required": ["tot", "vastgelegd_in"], "properties": { "tot": { "$ref": "#/$defs/datum", "description": "De datum tot wanneer de partner zich heeft verbonden." }, "vastgelegd_in": { "$ref": "#/$defs/tekst", "description": "Het document waarin de verbintenis staat, bijvoorbeeld een wijkakkoord of convenant." } }, "patternProperties": { "^x-": {} }, "additionalProperties": false }, "belang": { "$ref": "#/$defs/tekst", "description": "Wat de partner zelf wint met meedoen. Een partner met een eigen belang blijft langer betrokken." } }, "patternProperties": { "^x-": {} }, "additionalProperties": false };
    function validate23(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
      let vErrors = null;
      let errors = 0;
      const evaluated0 = validate23.evaluated;
      if (evaluated0.dynamicProps) {
        evaluated0.props = void 0;
      }
      if (evaluated0.dynamicItems) {
        evaluated0.items = void 0;
      }
      if (data && typeof data == "object" && !Array.isArray(data)) {
        if (data.id === void 0) {
          const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "id" }, message: "must have required property 'id'" };
          if (vErrors === null) {
            vErrors = [err0];
          } else {
            vErrors.push(err0);
          }
          errors++;
        }
        if (data.naam === void 0) {
          const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "naam" }, message: "must have required property 'naam'" };
          if (vErrors === null) {
            vErrors = [err1];
          } else {
            vErrors.push(err1);
          }
          errors++;
        }
        if (data.soort === void 0) {
          const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "soort" }, message: "must have required property 'soort'" };
          if (vErrors === null) {
            vErrors = [err2];
          } else {
            vErrors.push(err2);
          }
          errors++;
        }
        for (const key0 in data) {
          if (!(key0 === "id" || key0 === "naam" || key0 === "soort" || key0 === "rol" || key0 === "commitment" || key0 === "belang" || pattern4.test(key0))) {
            const err3 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
            if (vErrors === null) {
              vErrors = [err3];
            } else {
              vErrors.push(err3);
            }
            errors++;
          }
        }
        if (data.id !== void 0) {
          let data0 = data.id;
          if (typeof data0 === "string") {
            if (!pattern14.test(data0)) {
              const err4 = { instancePath: instancePath + "/id", schemaPath: "#/$defs/id/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z][A-Za-z0-9_-]*$" }, message: 'must match pattern "^[A-Za-z][A-Za-z0-9_-]*$"' };
              if (vErrors === null) {
                vErrors = [err4];
              } else {
                vErrors.push(err4);
              }
              errors++;
            }
          } else {
            const err5 = { instancePath: instancePath + "/id", schemaPath: "#/$defs/id/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err5];
            } else {
              vErrors.push(err5);
            }
            errors++;
          }
        }
        if (data.naam !== void 0) {
          let data1 = data.naam;
          if (typeof data1 === "string") {
            if (!pattern5.test(data1)) {
              const err6 = { instancePath: instancePath + "/naam", schemaPath: "#/$defs/tekst/pattern", keyword: "pattern", params: { pattern: "\\S" }, message: 'must match pattern "\\S"' };
              if (vErrors === null) {
                vErrors = [err6];
              } else {
                vErrors.push(err6);
              }
              errors++;
            }
          } else {
            const err7 = { instancePath: instancePath + "/naam", schemaPath: "#/$defs/tekst/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err7];
            } else {
              vErrors.push(err7);
            }
            errors++;
          }
        }
        if (data.soort !== void 0) {
          let data2 = data.soort;
          if (typeof data2 !== "string") {
            const err8 = { instancePath: instancePath + "/soort", schemaPath: "#/properties/soort/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err8];
            } else {
              vErrors.push(err8);
            }
            errors++;
          }
          if (!(data2 === "gemeente" || data2 === "rijk" || data2 === "provincie" || data2 === "corporatie" || data2 === "welzijn" || data2 === "zorg" || data2 === "zorgverzekeraar" || data2 === "onderwijs" || data2 === "politie" || data2 === "bedrijf" || data2 === "fonds" || data2 === "kennisinstituut" || data2 === "bewoners" || data2 === "overig")) {
            const err9 = { instancePath: instancePath + "/soort", schemaPath: "#/properties/soort/enum", keyword: "enum", params: { allowedValues: schema39.properties.soort.enum }, message: "must be equal to one of the allowed values" };
            if (vErrors === null) {
              vErrors = [err9];
            } else {
              vErrors.push(err9);
            }
            errors++;
          }
        }
        if (data.rol !== void 0) {
          let data3 = data.rol;
          if (typeof data3 === "string") {
            if (!pattern5.test(data3)) {
              const err10 = { instancePath: instancePath + "/rol", schemaPath: "#/$defs/tekst/pattern", keyword: "pattern", params: { pattern: "\\S" }, message: 'must match pattern "\\S"' };
              if (vErrors === null) {
                vErrors = [err10];
              } else {
                vErrors.push(err10);
              }
              errors++;
            }
          } else {
            const err11 = { instancePath: instancePath + "/rol", schemaPath: "#/$defs/tekst/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err11];
            } else {
              vErrors.push(err11);
            }
            errors++;
          }
        }
        if (data.commitment !== void 0) {
          let data4 = data.commitment;
          if (data4 && typeof data4 == "object" && !Array.isArray(data4)) {
            if (data4.tot === void 0) {
              const err12 = { instancePath: instancePath + "/commitment", schemaPath: "#/properties/commitment/required", keyword: "required", params: { missingProperty: "tot" }, message: "must have required property 'tot'" };
              if (vErrors === null) {
                vErrors = [err12];
              } else {
                vErrors.push(err12);
              }
              errors++;
            }
            if (data4.vastgelegd_in === void 0) {
              const err13 = { instancePath: instancePath + "/commitment", schemaPath: "#/properties/commitment/required", keyword: "required", params: { missingProperty: "vastgelegd_in" }, message: "must have required property 'vastgelegd_in'" };
              if (vErrors === null) {
                vErrors = [err13];
              } else {
                vErrors.push(err13);
              }
              errors++;
            }
            for (const key1 in data4) {
              if (!(key1 === "tot" || key1 === "vastgelegd_in" || pattern4.test(key1))) {
                const err14 = { instancePath: instancePath + "/commitment", schemaPath: "#/properties/commitment/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties" };
                if (vErrors === null) {
                  vErrors = [err14];
                } else {
                  vErrors.push(err14);
                }
                errors++;
              }
            }
            if (data4.tot !== void 0) {
              let data5 = data4.tot;
              if (typeof data5 === "string") {
                if (!formats0.validate(data5)) {
                  const err15 = { instancePath: instancePath + "/commitment/tot", schemaPath: "#/$defs/datum/format", keyword: "format", params: { format: "date" }, message: 'must match format "date"' };
                  if (vErrors === null) {
                    vErrors = [err15];
                  } else {
                    vErrors.push(err15);
                  }
                  errors++;
                }
              } else {
                const err16 = { instancePath: instancePath + "/commitment/tot", schemaPath: "#/$defs/datum/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err16];
                } else {
                  vErrors.push(err16);
                }
                errors++;
              }
            }
            if (data4.vastgelegd_in !== void 0) {
              let data6 = data4.vastgelegd_in;
              if (typeof data6 === "string") {
                if (!pattern5.test(data6)) {
                  const err17 = { instancePath: instancePath + "/commitment/vastgelegd_in", schemaPath: "#/$defs/tekst/pattern", keyword: "pattern", params: { pattern: "\\S" }, message: 'must match pattern "\\S"' };
                  if (vErrors === null) {
                    vErrors = [err17];
                  } else {
                    vErrors.push(err17);
                  }
                  errors++;
                }
              } else {
                const err18 = { instancePath: instancePath + "/commitment/vastgelegd_in", schemaPath: "#/$defs/tekst/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err18];
                } else {
                  vErrors.push(err18);
                }
                errors++;
              }
            }
          } else {
            const err19 = { instancePath: instancePath + "/commitment", schemaPath: "#/properties/commitment/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err19];
            } else {
              vErrors.push(err19);
            }
            errors++;
          }
        }
        if (data.belang !== void 0) {
          let data7 = data.belang;
          if (typeof data7 === "string") {
            if (!pattern5.test(data7)) {
              const err20 = { instancePath: instancePath + "/belang", schemaPath: "#/$defs/tekst/pattern", keyword: "pattern", params: { pattern: "\\S" }, message: 'must match pattern "\\S"' };
              if (vErrors === null) {
                vErrors = [err20];
              } else {
                vErrors.push(err20);
              }
              errors++;
            }
          } else {
            const err21 = { instancePath: instancePath + "/belang", schemaPath: "#/$defs/tekst/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err21];
            } else {
              vErrors.push(err21);
            }
            errors++;
          }
        }
      } else {
        const err22 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err22];
        } else {
          vErrors.push(err22);
        }
        errors++;
      }
      validate23.errors = vErrors;
      return errors === 0;
    }
    validate23.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
    function validate25(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
      let vErrors = null;
      let errors = 0;
      const evaluated0 = validate25.evaluated;
      if (evaluated0.dynamicProps) {
        evaluated0.props = void 0;
      }
      if (evaluated0.dynamicItems) {
        evaluated0.items = void 0;
      }
      if (data && typeof data == "object" && !Array.isArray(data)) {
        if (data.rol === void 0) {
          const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "rol" }, message: "must have required property 'rol'" };
          if (vErrors === null) {
            vErrors = [err0];
          } else {
            vErrors.push(err0);
          }
          errors++;
        }
        if (data.organisatie === void 0) {
          const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "organisatie" }, message: "must have required property 'organisatie'" };
          if (vErrors === null) {
            vErrors = [err1];
          } else {
            vErrors.push(err1);
          }
          errors++;
        }
        for (const key0 in data) {
          if (!(key0 === "rol" || key0 === "organisatie" || key0 === "vervanger" || pattern4.test(key0))) {
            const err2 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
            if (vErrors === null) {
              vErrors = [err2];
            } else {
              vErrors.push(err2);
            }
            errors++;
          }
        }
        if (data.rol !== void 0) {
          let data0 = data.rol;
          if (typeof data0 === "string") {
            if (!pattern5.test(data0)) {
              const err3 = { instancePath: instancePath + "/rol", schemaPath: "#/$defs/tekst/pattern", keyword: "pattern", params: { pattern: "\\S" }, message: 'must match pattern "\\S"' };
              if (vErrors === null) {
                vErrors = [err3];
              } else {
                vErrors.push(err3);
              }
              errors++;
            }
          } else {
            const err4 = { instancePath: instancePath + "/rol", schemaPath: "#/$defs/tekst/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err4];
            } else {
              vErrors.push(err4);
            }
            errors++;
          }
        }
        if (data.organisatie !== void 0) {
          let data1 = data.organisatie;
          if (typeof data1 === "string") {
            if (!pattern14.test(data1)) {
              const err5 = { instancePath: instancePath + "/organisatie", schemaPath: "#/$defs/refPartner/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z][A-Za-z0-9_-]*$" }, message: 'must match pattern "^[A-Za-z][A-Za-z0-9_-]*$"' };
              if (vErrors === null) {
                vErrors = [err5];
              } else {
                vErrors.push(err5);
              }
              errors++;
            }
          } else {
            const err6 = { instancePath: instancePath + "/organisatie", schemaPath: "#/$defs/refPartner/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err6];
            } else {
              vErrors.push(err6);
            }
            errors++;
          }
        }
        if (data.vervanger !== void 0) {
          let data2 = data.vervanger;
          if (typeof data2 === "string") {
            if (!pattern5.test(data2)) {
              const err7 = { instancePath: instancePath + "/vervanger", schemaPath: "#/$defs/tekst/pattern", keyword: "pattern", params: { pattern: "\\S" }, message: 'must match pattern "\\S"' };
              if (vErrors === null) {
                vErrors = [err7];
              } else {
                vErrors.push(err7);
              }
              errors++;
            }
          } else {
            const err8 = { instancePath: instancePath + "/vervanger", schemaPath: "#/$defs/tekst/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err8];
            } else {
              vErrors.push(err8);
            }
            errors++;
          }
        }
      } else {
        const err9 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
      validate25.errors = vErrors;
      return errors === 0;
    }
    validate25.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
    var schema58 = { "description": "Een doel van het plan.", "type": "object", "required": ["id", "titel", "domein"], "properties": { "id": { "$ref": "#/$defs/id", "description": "Unieke sleutel van het doel; interventies en bronnen verwijzen hiermee naar dit doel." }, "titel": { "$ref": "#/$defs/tekst", "description": "Korte omschrijving van het doel." }, "domein": { "description": "Het domein waarop het doel ligt.", "type": "string", "enum": ["sociaal", "fysiek", "economisch", "veiligheid", "gezondheid", "onderwijs"] }, "indicatoren": { "description": "Indicatoren waarmee de voortgang op dit doel wordt gemeten. Zonder meetbare indicator is niet aan te tonen wat werkt.", "type": "array", "items": { "$ref": "#/$defs/indicator" } } }, "patternProperties": { "^x-": {} }, "additionalProperties": false };
    var schema61 = { "description": "Een meetbare indicator bij een doel.", "type": "object", "required": ["id", "naam", "soort"], "properties": { "id": { "$ref": "#/$defs/id", "description": "Unieke sleutel van de indicator." }, "naam": { "$ref": "#/$defs/tekst", "description": "Wat de indicator meet." }, "soort": { "description": "outcome is een verandering in de wijk; output is wat er is geleverd. Alleen outcome laat zien of de wijk er blijvend op vooruitgaat.", "type": "string", "enum": ["outcome", "output"] }, "eenheid": { "$ref": "#/$defs/tekst", "description": "Eenheid van de waarden, bijvoorbeeld procent of aantal." }, "richting": { "description": "De gewenste richting van de verandering.", "type": "string", "enum": ["omhoog", "omlaag"] }, "bron": { "$ref": "#/$defs/tekst", "description": "Databron van de indicator, bijvoorbeeld CBS, Leefbaarometer of een eigen enqu\xEAte." }, "nulmeting": { "description": "De beginwaarde van de indicator. Zonder nulmeting is een effect niet vast te stellen.", "type": "object", "required": ["waarde", "datum"], "properties": { "waarde": { "description": "De gemeten beginwaarde.", "type": "number" }, "datum": { "$ref": "#/$defs/datum", "description": "Peildatum van de nulmeting." }, "bron": { "$ref": "#/$defs/tekst", "description": "Bron van de nulmeting, bijvoorbeeld een rapport of peiljaar." } }, "patternProperties": { "^x-": {} }, "additionalProperties": false }, "streefwaarden": { "description": "Streefwaarden per jaar. Tussendoelen maken zichtbaar of het plan op koers ligt.", "type": "array", "items": { "description": "Een streefwaarde voor \xE9\xE9n jaar.", "type": "object", "required": ["jaar", "waarde"], "properties": { "jaar": { "$ref": "#/$defs/jaar", "description": "Het jaar waarin de streefwaarde bereikt moet zijn." }, "waarde": { "description": "De waarde die in dat jaar bereikt moet zijn.", "type": "number" } }, "patternProperties": { "^x-": {} }, "additionalProperties": false } } }, "patternProperties": { "^x-": {} }, "additionalProperties": false };
    function validate28(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
      let vErrors = null;
      let errors = 0;
      const evaluated0 = validate28.evaluated;
      if (evaluated0.dynamicProps) {
        evaluated0.props = void 0;
      }
      if (evaluated0.dynamicItems) {
        evaluated0.items = void 0;
      }
      if (data && typeof data == "object" && !Array.isArray(data)) {
        if (data.id === void 0) {
          const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "id" }, message: "must have required property 'id'" };
          if (vErrors === null) {
            vErrors = [err0];
          } else {
            vErrors.push(err0);
          }
          errors++;
        }
        if (data.naam === void 0) {
          const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "naam" }, message: "must have required property 'naam'" };
          if (vErrors === null) {
            vErrors = [err1];
          } else {
            vErrors.push(err1);
          }
          errors++;
        }
        if (data.soort === void 0) {
          const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "soort" }, message: "must have required property 'soort'" };
          if (vErrors === null) {
            vErrors = [err2];
          } else {
            vErrors.push(err2);
          }
          errors++;
        }
        for (const key0 in data) {
          if (!(key0 === "id" || key0 === "naam" || key0 === "soort" || key0 === "eenheid" || key0 === "richting" || key0 === "bron" || key0 === "nulmeting" || key0 === "streefwaarden" || pattern4.test(key0))) {
            const err3 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
            if (vErrors === null) {
              vErrors = [err3];
            } else {
              vErrors.push(err3);
            }
            errors++;
          }
        }
        if (data.id !== void 0) {
          let data0 = data.id;
          if (typeof data0 === "string") {
            if (!pattern14.test(data0)) {
              const err4 = { instancePath: instancePath + "/id", schemaPath: "#/$defs/id/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z][A-Za-z0-9_-]*$" }, message: 'must match pattern "^[A-Za-z][A-Za-z0-9_-]*$"' };
              if (vErrors === null) {
                vErrors = [err4];
              } else {
                vErrors.push(err4);
              }
              errors++;
            }
          } else {
            const err5 = { instancePath: instancePath + "/id", schemaPath: "#/$defs/id/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err5];
            } else {
              vErrors.push(err5);
            }
            errors++;
          }
        }
        if (data.naam !== void 0) {
          let data1 = data.naam;
          if (typeof data1 === "string") {
            if (!pattern5.test(data1)) {
              const err6 = { instancePath: instancePath + "/naam", schemaPath: "#/$defs/tekst/pattern", keyword: "pattern", params: { pattern: "\\S" }, message: 'must match pattern "\\S"' };
              if (vErrors === null) {
                vErrors = [err6];
              } else {
                vErrors.push(err6);
              }
              errors++;
            }
          } else {
            const err7 = { instancePath: instancePath + "/naam", schemaPath: "#/$defs/tekst/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err7];
            } else {
              vErrors.push(err7);
            }
            errors++;
          }
        }
        if (data.soort !== void 0) {
          let data2 = data.soort;
          if (typeof data2 !== "string") {
            const err8 = { instancePath: instancePath + "/soort", schemaPath: "#/properties/soort/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err8];
            } else {
              vErrors.push(err8);
            }
            errors++;
          }
          if (!(data2 === "outcome" || data2 === "output")) {
            const err9 = { instancePath: instancePath + "/soort", schemaPath: "#/properties/soort/enum", keyword: "enum", params: { allowedValues: schema61.properties.soort.enum }, message: "must be equal to one of the allowed values" };
            if (vErrors === null) {
              vErrors = [err9];
            } else {
              vErrors.push(err9);
            }
            errors++;
          }
        }
        if (data.eenheid !== void 0) {
          let data3 = data.eenheid;
          if (typeof data3 === "string") {
            if (!pattern5.test(data3)) {
              const err10 = { instancePath: instancePath + "/eenheid", schemaPath: "#/$defs/tekst/pattern", keyword: "pattern", params: { pattern: "\\S" }, message: 'must match pattern "\\S"' };
              if (vErrors === null) {
                vErrors = [err10];
              } else {
                vErrors.push(err10);
              }
              errors++;
            }
          } else {
            const err11 = { instancePath: instancePath + "/eenheid", schemaPath: "#/$defs/tekst/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err11];
            } else {
              vErrors.push(err11);
            }
            errors++;
          }
        }
        if (data.richting !== void 0) {
          let data4 = data.richting;
          if (typeof data4 !== "string") {
            const err12 = { instancePath: instancePath + "/richting", schemaPath: "#/properties/richting/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err12];
            } else {
              vErrors.push(err12);
            }
            errors++;
          }
          if (!(data4 === "omhoog" || data4 === "omlaag")) {
            const err13 = { instancePath: instancePath + "/richting", schemaPath: "#/properties/richting/enum", keyword: "enum", params: { allowedValues: schema61.properties.richting.enum }, message: "must be equal to one of the allowed values" };
            if (vErrors === null) {
              vErrors = [err13];
            } else {
              vErrors.push(err13);
            }
            errors++;
          }
        }
        if (data.bron !== void 0) {
          let data5 = data.bron;
          if (typeof data5 === "string") {
            if (!pattern5.test(data5)) {
              const err14 = { instancePath: instancePath + "/bron", schemaPath: "#/$defs/tekst/pattern", keyword: "pattern", params: { pattern: "\\S" }, message: 'must match pattern "\\S"' };
              if (vErrors === null) {
                vErrors = [err14];
              } else {
                vErrors.push(err14);
              }
              errors++;
            }
          } else {
            const err15 = { instancePath: instancePath + "/bron", schemaPath: "#/$defs/tekst/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err15];
            } else {
              vErrors.push(err15);
            }
            errors++;
          }
        }
        if (data.nulmeting !== void 0) {
          let data6 = data.nulmeting;
          if (data6 && typeof data6 == "object" && !Array.isArray(data6)) {
            if (data6.waarde === void 0) {
              const err16 = { instancePath: instancePath + "/nulmeting", schemaPath: "#/properties/nulmeting/required", keyword: "required", params: { missingProperty: "waarde" }, message: "must have required property 'waarde'" };
              if (vErrors === null) {
                vErrors = [err16];
              } else {
                vErrors.push(err16);
              }
              errors++;
            }
            if (data6.datum === void 0) {
              const err17 = { instancePath: instancePath + "/nulmeting", schemaPath: "#/properties/nulmeting/required", keyword: "required", params: { missingProperty: "datum" }, message: "must have required property 'datum'" };
              if (vErrors === null) {
                vErrors = [err17];
              } else {
                vErrors.push(err17);
              }
              errors++;
            }
            for (const key1 in data6) {
              if (!(key1 === "waarde" || key1 === "datum" || key1 === "bron" || pattern4.test(key1))) {
                const err18 = { instancePath: instancePath + "/nulmeting", schemaPath: "#/properties/nulmeting/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties" };
                if (vErrors === null) {
                  vErrors = [err18];
                } else {
                  vErrors.push(err18);
                }
                errors++;
              }
            }
            if (data6.waarde !== void 0) {
              let data7 = data6.waarde;
              if (!(typeof data7 == "number" && isFinite(data7))) {
                const err19 = { instancePath: instancePath + "/nulmeting/waarde", schemaPath: "#/properties/nulmeting/properties/waarde/type", keyword: "type", params: { type: "number" }, message: "must be number" };
                if (vErrors === null) {
                  vErrors = [err19];
                } else {
                  vErrors.push(err19);
                }
                errors++;
              }
            }
            if (data6.datum !== void 0) {
              let data8 = data6.datum;
              if (typeof data8 === "string") {
                if (!formats0.validate(data8)) {
                  const err20 = { instancePath: instancePath + "/nulmeting/datum", schemaPath: "#/$defs/datum/format", keyword: "format", params: { format: "date" }, message: 'must match format "date"' };
                  if (vErrors === null) {
                    vErrors = [err20];
                  } else {
                    vErrors.push(err20);
                  }
                  errors++;
                }
              } else {
                const err21 = { instancePath: instancePath + "/nulmeting/datum", schemaPath: "#/$defs/datum/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err21];
                } else {
                  vErrors.push(err21);
                }
                errors++;
              }
            }
            if (data6.bron !== void 0) {
              let data9 = data6.bron;
              if (typeof data9 === "string") {
                if (!pattern5.test(data9)) {
                  const err22 = { instancePath: instancePath + "/nulmeting/bron", schemaPath: "#/$defs/tekst/pattern", keyword: "pattern", params: { pattern: "\\S" }, message: 'must match pattern "\\S"' };
                  if (vErrors === null) {
                    vErrors = [err22];
                  } else {
                    vErrors.push(err22);
                  }
                  errors++;
                }
              } else {
                const err23 = { instancePath: instancePath + "/nulmeting/bron", schemaPath: "#/$defs/tekst/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err23];
                } else {
                  vErrors.push(err23);
                }
                errors++;
              }
            }
          } else {
            const err24 = { instancePath: instancePath + "/nulmeting", schemaPath: "#/properties/nulmeting/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err24];
            } else {
              vErrors.push(err24);
            }
            errors++;
          }
        }
        if (data.streefwaarden !== void 0) {
          let data10 = data.streefwaarden;
          if (Array.isArray(data10)) {
            const len0 = data10.length;
            for (let i0 = 0; i0 < len0; i0++) {
              let data11 = data10[i0];
              if (data11 && typeof data11 == "object" && !Array.isArray(data11)) {
                if (data11.jaar === void 0) {
                  const err25 = { instancePath: instancePath + "/streefwaarden/" + i0, schemaPath: "#/properties/streefwaarden/items/required", keyword: "required", params: { missingProperty: "jaar" }, message: "must have required property 'jaar'" };
                  if (vErrors === null) {
                    vErrors = [err25];
                  } else {
                    vErrors.push(err25);
                  }
                  errors++;
                }
                if (data11.waarde === void 0) {
                  const err26 = { instancePath: instancePath + "/streefwaarden/" + i0, schemaPath: "#/properties/streefwaarden/items/required", keyword: "required", params: { missingProperty: "waarde" }, message: "must have required property 'waarde'" };
                  if (vErrors === null) {
                    vErrors = [err26];
                  } else {
                    vErrors.push(err26);
                  }
                  errors++;
                }
                for (const key2 in data11) {
                  if (!(key2 === "jaar" || key2 === "waarde" || pattern4.test(key2))) {
                    const err27 = { instancePath: instancePath + "/streefwaarden/" + i0, schemaPath: "#/properties/streefwaarden/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties" };
                    if (vErrors === null) {
                      vErrors = [err27];
                    } else {
                      vErrors.push(err27);
                    }
                    errors++;
                  }
                }
                if (data11.jaar !== void 0) {
                  let data12 = data11.jaar;
                  if (!(typeof data12 == "number" && (!(data12 % 1) && !isNaN(data12)) && isFinite(data12))) {
                    const err28 = { instancePath: instancePath + "/streefwaarden/" + i0 + "/jaar", schemaPath: "#/$defs/jaar/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                    if (vErrors === null) {
                      vErrors = [err28];
                    } else {
                      vErrors.push(err28);
                    }
                    errors++;
                  }
                  if (typeof data12 == "number" && isFinite(data12)) {
                    if (data12 > 2100 || isNaN(data12)) {
                      const err29 = { instancePath: instancePath + "/streefwaarden/" + i0 + "/jaar", schemaPath: "#/$defs/jaar/maximum", keyword: "maximum", params: { comparison: "<=", limit: 2100 }, message: "must be <= 2100" };
                      if (vErrors === null) {
                        vErrors = [err29];
                      } else {
                        vErrors.push(err29);
                      }
                      errors++;
                    }
                    if (data12 < 2e3 || isNaN(data12)) {
                      const err30 = { instancePath: instancePath + "/streefwaarden/" + i0 + "/jaar", schemaPath: "#/$defs/jaar/minimum", keyword: "minimum", params: { comparison: ">=", limit: 2e3 }, message: "must be >= 2000" };
                      if (vErrors === null) {
                        vErrors = [err30];
                      } else {
                        vErrors.push(err30);
                      }
                      errors++;
                    }
                  }
                }
                if (data11.waarde !== void 0) {
                  let data13 = data11.waarde;
                  if (!(typeof data13 == "number" && isFinite(data13))) {
                    const err31 = { instancePath: instancePath + "/streefwaarden/" + i0 + "/waarde", schemaPath: "#/properties/streefwaarden/items/properties/waarde/type", keyword: "type", params: { type: "number" }, message: "must be number" };
                    if (vErrors === null) {
                      vErrors = [err31];
                    } else {
                      vErrors.push(err31);
                    }
                    errors++;
                  }
                }
              } else {
                const err32 = { instancePath: instancePath + "/streefwaarden/" + i0, schemaPath: "#/properties/streefwaarden/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                if (vErrors === null) {
                  vErrors = [err32];
                } else {
                  vErrors.push(err32);
                }
                errors++;
              }
            }
          } else {
            const err33 = { instancePath: instancePath + "/streefwaarden", schemaPath: "#/properties/streefwaarden/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            if (vErrors === null) {
              vErrors = [err33];
            } else {
              vErrors.push(err33);
            }
            errors++;
          }
        }
      } else {
        const err34 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err34];
        } else {
          vErrors.push(err34);
        }
        errors++;
      }
      validate28.errors = vErrors;
      return errors === 0;
    }
    validate28.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
    function validate27(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
      let vErrors = null;
      let errors = 0;
      const evaluated0 = validate27.evaluated;
      if (evaluated0.dynamicProps) {
        evaluated0.props = void 0;
      }
      if (evaluated0.dynamicItems) {
        evaluated0.items = void 0;
      }
      if (data && typeof data == "object" && !Array.isArray(data)) {
        if (data.id === void 0) {
          const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "id" }, message: "must have required property 'id'" };
          if (vErrors === null) {
            vErrors = [err0];
          } else {
            vErrors.push(err0);
          }
          errors++;
        }
        if (data.titel === void 0) {
          const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "titel" }, message: "must have required property 'titel'" };
          if (vErrors === null) {
            vErrors = [err1];
          } else {
            vErrors.push(err1);
          }
          errors++;
        }
        if (data.domein === void 0) {
          const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "domein" }, message: "must have required property 'domein'" };
          if (vErrors === null) {
            vErrors = [err2];
          } else {
            vErrors.push(err2);
          }
          errors++;
        }
        for (const key0 in data) {
          if (!(key0 === "id" || key0 === "titel" || key0 === "domein" || key0 === "indicatoren" || pattern4.test(key0))) {
            const err3 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
            if (vErrors === null) {
              vErrors = [err3];
            } else {
              vErrors.push(err3);
            }
            errors++;
          }
        }
        if (data.id !== void 0) {
          let data0 = data.id;
          if (typeof data0 === "string") {
            if (!pattern14.test(data0)) {
              const err4 = { instancePath: instancePath + "/id", schemaPath: "#/$defs/id/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z][A-Za-z0-9_-]*$" }, message: 'must match pattern "^[A-Za-z][A-Za-z0-9_-]*$"' };
              if (vErrors === null) {
                vErrors = [err4];
              } else {
                vErrors.push(err4);
              }
              errors++;
            }
          } else {
            const err5 = { instancePath: instancePath + "/id", schemaPath: "#/$defs/id/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err5];
            } else {
              vErrors.push(err5);
            }
            errors++;
          }
        }
        if (data.titel !== void 0) {
          let data1 = data.titel;
          if (typeof data1 === "string") {
            if (!pattern5.test(data1)) {
              const err6 = { instancePath: instancePath + "/titel", schemaPath: "#/$defs/tekst/pattern", keyword: "pattern", params: { pattern: "\\S" }, message: 'must match pattern "\\S"' };
              if (vErrors === null) {
                vErrors = [err6];
              } else {
                vErrors.push(err6);
              }
              errors++;
            }
          } else {
            const err7 = { instancePath: instancePath + "/titel", schemaPath: "#/$defs/tekst/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err7];
            } else {
              vErrors.push(err7);
            }
            errors++;
          }
        }
        if (data.domein !== void 0) {
          let data2 = data.domein;
          if (typeof data2 !== "string") {
            const err8 = { instancePath: instancePath + "/domein", schemaPath: "#/properties/domein/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err8];
            } else {
              vErrors.push(err8);
            }
            errors++;
          }
          if (!(data2 === "sociaal" || data2 === "fysiek" || data2 === "economisch" || data2 === "veiligheid" || data2 === "gezondheid" || data2 === "onderwijs")) {
            const err9 = { instancePath: instancePath + "/domein", schemaPath: "#/properties/domein/enum", keyword: "enum", params: { allowedValues: schema58.properties.domein.enum }, message: "must be equal to one of the allowed values" };
            if (vErrors === null) {
              vErrors = [err9];
            } else {
              vErrors.push(err9);
            }
            errors++;
          }
        }
        if (data.indicatoren !== void 0) {
          let data3 = data.indicatoren;
          if (Array.isArray(data3)) {
            const len0 = data3.length;
            for (let i0 = 0; i0 < len0; i0++) {
              if (!validate28(data3[i0], { instancePath: instancePath + "/indicatoren/" + i0, parentData: data3, parentDataProperty: i0, rootData, dynamicAnchors })) {
                vErrors = vErrors === null ? validate28.errors : vErrors.concat(validate28.errors);
                errors = vErrors.length;
              }
            }
          } else {
            const err10 = { instancePath: instancePath + "/indicatoren", schemaPath: "#/properties/indicatoren/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            if (vErrors === null) {
              vErrors = [err10];
            } else {
              vErrors.push(err10);
            }
            errors++;
          }
        }
      } else {
        const err11 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
      validate27.errors = vErrors;
      return errors === 0;
    }
    validate27.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
    var schema69 = { "description": "Een project of maatregel van het plan.", "type": "object", "required": ["id", "naam"], "properties": { "id": { "$ref": "#/$defs/id", "description": "Unieke sleutel van de interventie." }, "naam": { "$ref": "#/$defs/tekst", "description": "Naam van de interventie." }, "beschrijving": { "$ref": "#/$defs/tekst", "description": "Wat de interventie inhoudt." }, "doelen": { "description": "De doelen waaraan de interventie bijdraagt.", "type": "array", "items": { "$ref": "#/$defs/refDoel", "description": "Verwijzing naar een doel (id)." } }, "eigenaars": { "description": "De partners die eigenaar zijn van de interventie. Meer dan \xE9\xE9n eigenaar maakt het resultaat minder kwetsbaar.", "type": "array", "items": { "$ref": "#/$defs/refPartner", "description": "Verwijzing naar een partner (id)." } }, "trekker": { "$ref": "#/$defs/trekker", "description": "Wie de interventie trekt: een rol bij een organisatie, met een vervanger, zodat het werk doorgaat als iemand vertrekt." }, "looptijd": { "$ref": "#/$defs/periode", "description": "Periode van de interventie; zonder looptijd geldt de looptijd van het plan." }, "begroting": { "$ref": "#/$defs/bedragen", "description": "De kosten van de interventie per jaar." }, "financiering": { "description": "De financieringsbronnen die de interventie betalen. Een interventie zonder bron stopt zodra er geen los geld meer is.", "type": "array", "items": { "$ref": "#/$defs/refBron", "description": "Verwijzing naar een financieringsbron (id)." } }, "voortzetting": { "description": "Wat er na de looptijd met de interventie gebeurt. Zonder voortzettingsstrategie verdwijnt wat werkt samen met het projectgeld.", "type": "object", "required": ["strategie"], "properties": { "strategie": { "description": "inbedden (in regulier beleid), overdragen (aan een partner of bewoners), opschalen (naar andere wijken), afbouwen, of stoppen (tenzij de evaluatie anders uitwijst).", "type": "string", "enum": ["inbedden", "overdragen", "opschalen", "afbouwen", "stoppen"] }, "besluitmoment": { "$ref": "#/$defs/datum", "description": "Datum waarop over de voortzetting wordt besloten. Een vast besluitmoment voorkomt dat de interventie stilletjes afloopt." }, "naar": { "$ref": "#/$defs/refPartner", "description": "De partner die de interventie overneemt (bij overdragen)." }, "onderhoud": { "$ref": "#/$defs/tekst", "description": "Het onderhoud dat daarna nodig blijft, zodat de problemen niet terugkomen." }, "toelichting": { "$ref": "#/$defs/tekst", "description": "Toelichting op de voortzetting." } }, "patternProperties": { "^x-": {} }, "additionalProperties": false } }, "patternProperties": { "^x-": {} }, "additionalProperties": false };
    function validate35(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
      let vErrors = null;
      let errors = 0;
      const evaluated0 = validate35.evaluated;
      if (evaluated0.dynamicProps) {
        evaluated0.props = void 0;
      }
      if (evaluated0.dynamicItems) {
        evaluated0.items = void 0;
      }
      const _errs1 = errors;
      let valid0 = false;
      const _errs2 = errors;
      if (data && typeof data == "object" && !Array.isArray(data)) {
        if (data.jaar === void 0) {
          const err0 = { instancePath, schemaPath: "#/anyOf/0/required", keyword: "required", params: { missingProperty: "jaar" }, message: "must have required property 'jaar'" };
          if (vErrors === null) {
            vErrors = [err0];
          } else {
            vErrors.push(err0);
          }
          errors++;
        }
      }
      var _valid0 = _errs2 === errors;
      valid0 = valid0 || _valid0;
      if (_valid0) {
        var props0 = {};
        props0.jaar = true;
      }
      const _errs3 = errors;
      if (data && typeof data == "object" && !Array.isArray(data)) {
        if (data.van === void 0) {
          const err1 = { instancePath, schemaPath: "#/anyOf/1/required", keyword: "required", params: { missingProperty: "van" }, message: "must have required property 'van'" };
          if (vErrors === null) {
            vErrors = [err1];
          } else {
            vErrors.push(err1);
          }
          errors++;
        }
        if (data.tot_en_met === void 0) {
          const err2 = { instancePath, schemaPath: "#/anyOf/1/required", keyword: "required", params: { missingProperty: "tot_en_met" }, message: "must have required property 'tot_en_met'" };
          if (vErrors === null) {
            vErrors = [err2];
          } else {
            vErrors.push(err2);
          }
          errors++;
        }
      }
      var _valid0 = _errs3 === errors;
      valid0 = valid0 || _valid0;
      if (_valid0) {
        if (props0 !== true) {
          props0 = props0 || {};
          props0.van = true;
          props0.tot_en_met = true;
        }
      }
      if (!valid0) {
        const err3 = { instancePath, schemaPath: "#/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf" };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      } else {
        errors = _errs1;
        if (vErrors !== null) {
          if (_errs1) {
            vErrors.length = _errs1;
          } else {
            vErrors = null;
          }
        }
      }
      if (data && typeof data == "object" && !Array.isArray(data)) {
        if (data.bedrag === void 0) {
          const err4 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "bedrag" }, message: "must have required property 'bedrag'" };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
        for (const key0 in data) {
          if (!(key0 === "jaar" || key0 === "van" || key0 === "tot_en_met" || key0 === "bedrag" || pattern4.test(key0))) {
            const err5 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
            if (vErrors === null) {
              vErrors = [err5];
            } else {
              vErrors.push(err5);
            }
            errors++;
          }
        }
        if (data.jaar !== void 0) {
          let data0 = data.jaar;
          if (!(typeof data0 == "number" && (!(data0 % 1) && !isNaN(data0)) && isFinite(data0))) {
            const err6 = { instancePath: instancePath + "/jaar", schemaPath: "#/$defs/jaar/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
            if (vErrors === null) {
              vErrors = [err6];
            } else {
              vErrors.push(err6);
            }
            errors++;
          }
          if (typeof data0 == "number" && isFinite(data0)) {
            if (data0 > 2100 || isNaN(data0)) {
              const err7 = { instancePath: instancePath + "/jaar", schemaPath: "#/$defs/jaar/maximum", keyword: "maximum", params: { comparison: "<=", limit: 2100 }, message: "must be <= 2100" };
              if (vErrors === null) {
                vErrors = [err7];
              } else {
                vErrors.push(err7);
              }
              errors++;
            }
            if (data0 < 2e3 || isNaN(data0)) {
              const err8 = { instancePath: instancePath + "/jaar", schemaPath: "#/$defs/jaar/minimum", keyword: "minimum", params: { comparison: ">=", limit: 2e3 }, message: "must be >= 2000" };
              if (vErrors === null) {
                vErrors = [err8];
              } else {
                vErrors.push(err8);
              }
              errors++;
            }
          }
        }
        if (data.van !== void 0) {
          let data1 = data.van;
          if (!(typeof data1 == "number" && (!(data1 % 1) && !isNaN(data1)) && isFinite(data1))) {
            const err9 = { instancePath: instancePath + "/van", schemaPath: "#/$defs/jaar/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
            if (vErrors === null) {
              vErrors = [err9];
            } else {
              vErrors.push(err9);
            }
            errors++;
          }
          if (typeof data1 == "number" && isFinite(data1)) {
            if (data1 > 2100 || isNaN(data1)) {
              const err10 = { instancePath: instancePath + "/van", schemaPath: "#/$defs/jaar/maximum", keyword: "maximum", params: { comparison: "<=", limit: 2100 }, message: "must be <= 2100" };
              if (vErrors === null) {
                vErrors = [err10];
              } else {
                vErrors.push(err10);
              }
              errors++;
            }
            if (data1 < 2e3 || isNaN(data1)) {
              const err11 = { instancePath: instancePath + "/van", schemaPath: "#/$defs/jaar/minimum", keyword: "minimum", params: { comparison: ">=", limit: 2e3 }, message: "must be >= 2000" };
              if (vErrors === null) {
                vErrors = [err11];
              } else {
                vErrors.push(err11);
              }
              errors++;
            }
          }
        }
        if (data.tot_en_met !== void 0) {
          let data2 = data.tot_en_met;
          if (!(typeof data2 == "number" && (!(data2 % 1) && !isNaN(data2)) && isFinite(data2))) {
            const err12 = { instancePath: instancePath + "/tot_en_met", schemaPath: "#/$defs/jaar/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
            if (vErrors === null) {
              vErrors = [err12];
            } else {
              vErrors.push(err12);
            }
            errors++;
          }
          if (typeof data2 == "number" && isFinite(data2)) {
            if (data2 > 2100 || isNaN(data2)) {
              const err13 = { instancePath: instancePath + "/tot_en_met", schemaPath: "#/$defs/jaar/maximum", keyword: "maximum", params: { comparison: "<=", limit: 2100 }, message: "must be <= 2100" };
              if (vErrors === null) {
                vErrors = [err13];
              } else {
                vErrors.push(err13);
              }
              errors++;
            }
            if (data2 < 2e3 || isNaN(data2)) {
              const err14 = { instancePath: instancePath + "/tot_en_met", schemaPath: "#/$defs/jaar/minimum", keyword: "minimum", params: { comparison: ">=", limit: 2e3 }, message: "must be >= 2000" };
              if (vErrors === null) {
                vErrors = [err14];
              } else {
                vErrors.push(err14);
              }
              errors++;
            }
          }
        }
        if (data.bedrag !== void 0) {
          let data3 = data.bedrag;
          if (typeof data3 == "number" && isFinite(data3)) {
            if (data3 < 0 || isNaN(data3)) {
              const err15 = { instancePath: instancePath + "/bedrag", schemaPath: "#/$defs/bedrag/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
              if (vErrors === null) {
                vErrors = [err15];
              } else {
                vErrors.push(err15);
              }
              errors++;
            }
          } else {
            const err16 = { instancePath: instancePath + "/bedrag", schemaPath: "#/$defs/bedrag/type", keyword: "type", params: { type: "number" }, message: "must be number" };
            if (vErrors === null) {
              vErrors = [err16];
            } else {
              vErrors.push(err16);
            }
            errors++;
          }
        }
      } else {
        const err17 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err17];
        } else {
          vErrors.push(err17);
        }
        errors++;
      }
      validate35.errors = vErrors;
      return errors === 0;
    }
    validate35.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
    function validate34(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
      let vErrors = null;
      let errors = 0;
      const evaluated0 = validate34.evaluated;
      if (evaluated0.dynamicProps) {
        evaluated0.props = void 0;
      }
      if (evaluated0.dynamicItems) {
        evaluated0.items = void 0;
      }
      if (Array.isArray(data)) {
        const len0 = data.length;
        for (let i0 = 0; i0 < len0; i0++) {
          if (!validate35(data[i0], { instancePath: instancePath + "/" + i0, parentData: data, parentDataProperty: i0, rootData, dynamicAnchors })) {
            vErrors = vErrors === null ? validate35.errors : vErrors.concat(validate35.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
      validate34.errors = vErrors;
      return errors === 0;
    }
    validate34.evaluated = { "items": true, "dynamicProps": false, "dynamicItems": false };
    function validate31(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
      let vErrors = null;
      let errors = 0;
      const evaluated0 = validate31.evaluated;
      if (evaluated0.dynamicProps) {
        evaluated0.props = void 0;
      }
      if (evaluated0.dynamicItems) {
        evaluated0.items = void 0;
      }
      if (data && typeof data == "object" && !Array.isArray(data)) {
        if (data.id === void 0) {
          const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "id" }, message: "must have required property 'id'" };
          if (vErrors === null) {
            vErrors = [err0];
          } else {
            vErrors.push(err0);
          }
          errors++;
        }
        if (data.naam === void 0) {
          const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "naam" }, message: "must have required property 'naam'" };
          if (vErrors === null) {
            vErrors = [err1];
          } else {
            vErrors.push(err1);
          }
          errors++;
        }
        for (const key0 in data) {
          if (!(func1.call(schema69.properties, key0) || pattern4.test(key0))) {
            const err2 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
            if (vErrors === null) {
              vErrors = [err2];
            } else {
              vErrors.push(err2);
            }
            errors++;
          }
        }
        if (data.id !== void 0) {
          let data0 = data.id;
          if (typeof data0 === "string") {
            if (!pattern14.test(data0)) {
              const err3 = { instancePath: instancePath + "/id", schemaPath: "#/$defs/id/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z][A-Za-z0-9_-]*$" }, message: 'must match pattern "^[A-Za-z][A-Za-z0-9_-]*$"' };
              if (vErrors === null) {
                vErrors = [err3];
              } else {
                vErrors.push(err3);
              }
              errors++;
            }
          } else {
            const err4 = { instancePath: instancePath + "/id", schemaPath: "#/$defs/id/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err4];
            } else {
              vErrors.push(err4);
            }
            errors++;
          }
        }
        if (data.naam !== void 0) {
          let data1 = data.naam;
          if (typeof data1 === "string") {
            if (!pattern5.test(data1)) {
              const err5 = { instancePath: instancePath + "/naam", schemaPath: "#/$defs/tekst/pattern", keyword: "pattern", params: { pattern: "\\S" }, message: 'must match pattern "\\S"' };
              if (vErrors === null) {
                vErrors = [err5];
              } else {
                vErrors.push(err5);
              }
              errors++;
            }
          } else {
            const err6 = { instancePath: instancePath + "/naam", schemaPath: "#/$defs/tekst/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err6];
            } else {
              vErrors.push(err6);
            }
            errors++;
          }
        }
        if (data.beschrijving !== void 0) {
          let data2 = data.beschrijving;
          if (typeof data2 === "string") {
            if (!pattern5.test(data2)) {
              const err7 = { instancePath: instancePath + "/beschrijving", schemaPath: "#/$defs/tekst/pattern", keyword: "pattern", params: { pattern: "\\S" }, message: 'must match pattern "\\S"' };
              if (vErrors === null) {
                vErrors = [err7];
              } else {
                vErrors.push(err7);
              }
              errors++;
            }
          } else {
            const err8 = { instancePath: instancePath + "/beschrijving", schemaPath: "#/$defs/tekst/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err8];
            } else {
              vErrors.push(err8);
            }
            errors++;
          }
        }
        if (data.doelen !== void 0) {
          let data3 = data.doelen;
          if (Array.isArray(data3)) {
            const len0 = data3.length;
            for (let i0 = 0; i0 < len0; i0++) {
              let data4 = data3[i0];
              if (typeof data4 === "string") {
                if (!pattern14.test(data4)) {
                  const err9 = { instancePath: instancePath + "/doelen/" + i0, schemaPath: "#/$defs/refDoel/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z][A-Za-z0-9_-]*$" }, message: 'must match pattern "^[A-Za-z][A-Za-z0-9_-]*$"' };
                  if (vErrors === null) {
                    vErrors = [err9];
                  } else {
                    vErrors.push(err9);
                  }
                  errors++;
                }
              } else {
                const err10 = { instancePath: instancePath + "/doelen/" + i0, schemaPath: "#/$defs/refDoel/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err10];
                } else {
                  vErrors.push(err10);
                }
                errors++;
              }
            }
          } else {
            const err11 = { instancePath: instancePath + "/doelen", schemaPath: "#/properties/doelen/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            if (vErrors === null) {
              vErrors = [err11];
            } else {
              vErrors.push(err11);
            }
            errors++;
          }
        }
        if (data.eigenaars !== void 0) {
          let data5 = data.eigenaars;
          if (Array.isArray(data5)) {
            const len1 = data5.length;
            for (let i1 = 0; i1 < len1; i1++) {
              let data6 = data5[i1];
              if (typeof data6 === "string") {
                if (!pattern14.test(data6)) {
                  const err12 = { instancePath: instancePath + "/eigenaars/" + i1, schemaPath: "#/$defs/refPartner/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z][A-Za-z0-9_-]*$" }, message: 'must match pattern "^[A-Za-z][A-Za-z0-9_-]*$"' };
                  if (vErrors === null) {
                    vErrors = [err12];
                  } else {
                    vErrors.push(err12);
                  }
                  errors++;
                }
              } else {
                const err13 = { instancePath: instancePath + "/eigenaars/" + i1, schemaPath: "#/$defs/refPartner/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err13];
                } else {
                  vErrors.push(err13);
                }
                errors++;
              }
            }
          } else {
            const err14 = { instancePath: instancePath + "/eigenaars", schemaPath: "#/properties/eigenaars/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            if (vErrors === null) {
              vErrors = [err14];
            } else {
              vErrors.push(err14);
            }
            errors++;
          }
        }
        if (data.trekker !== void 0) {
          if (!validate25(data.trekker, { instancePath: instancePath + "/trekker", parentData: data, parentDataProperty: "trekker", rootData, dynamicAnchors })) {
            vErrors = vErrors === null ? validate25.errors : vErrors.concat(validate25.errors);
            errors = vErrors.length;
          }
        }
        if (data.looptijd !== void 0) {
          if (!validate21(data.looptijd, { instancePath: instancePath + "/looptijd", parentData: data, parentDataProperty: "looptijd", rootData, dynamicAnchors })) {
            vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
            errors = vErrors.length;
          }
        }
        if (data.begroting !== void 0) {
          if (!validate34(data.begroting, { instancePath: instancePath + "/begroting", parentData: data, parentDataProperty: "begroting", rootData, dynamicAnchors })) {
            vErrors = vErrors === null ? validate34.errors : vErrors.concat(validate34.errors);
            errors = vErrors.length;
          }
        }
        if (data.financiering !== void 0) {
          let data10 = data.financiering;
          if (Array.isArray(data10)) {
            const len2 = data10.length;
            for (let i2 = 0; i2 < len2; i2++) {
              let data11 = data10[i2];
              if (typeof data11 === "string") {
                if (!pattern14.test(data11)) {
                  const err15 = { instancePath: instancePath + "/financiering/" + i2, schemaPath: "#/$defs/refBron/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z][A-Za-z0-9_-]*$" }, message: 'must match pattern "^[A-Za-z][A-Za-z0-9_-]*$"' };
                  if (vErrors === null) {
                    vErrors = [err15];
                  } else {
                    vErrors.push(err15);
                  }
                  errors++;
                }
              } else {
                const err16 = { instancePath: instancePath + "/financiering/" + i2, schemaPath: "#/$defs/refBron/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err16];
                } else {
                  vErrors.push(err16);
                }
                errors++;
              }
            }
          } else {
            const err17 = { instancePath: instancePath + "/financiering", schemaPath: "#/properties/financiering/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            if (vErrors === null) {
              vErrors = [err17];
            } else {
              vErrors.push(err17);
            }
            errors++;
          }
        }
        if (data.voortzetting !== void 0) {
          let data12 = data.voortzetting;
          if (data12 && typeof data12 == "object" && !Array.isArray(data12)) {
            if (data12.strategie === void 0) {
              const err18 = { instancePath: instancePath + "/voortzetting", schemaPath: "#/properties/voortzetting/required", keyword: "required", params: { missingProperty: "strategie" }, message: "must have required property 'strategie'" };
              if (vErrors === null) {
                vErrors = [err18];
              } else {
                vErrors.push(err18);
              }
              errors++;
            }
            for (const key1 in data12) {
              if (!(key1 === "strategie" || key1 === "besluitmoment" || key1 === "naar" || key1 === "onderhoud" || key1 === "toelichting" || pattern4.test(key1))) {
                const err19 = { instancePath: instancePath + "/voortzetting", schemaPath: "#/properties/voortzetting/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties" };
                if (vErrors === null) {
                  vErrors = [err19];
                } else {
                  vErrors.push(err19);
                }
                errors++;
              }
            }
            if (data12.strategie !== void 0) {
              let data13 = data12.strategie;
              if (typeof data13 !== "string") {
                const err20 = { instancePath: instancePath + "/voortzetting/strategie", schemaPath: "#/properties/voortzetting/properties/strategie/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err20];
                } else {
                  vErrors.push(err20);
                }
                errors++;
              }
              if (!(data13 === "inbedden" || data13 === "overdragen" || data13 === "opschalen" || data13 === "afbouwen" || data13 === "stoppen")) {
                const err21 = { instancePath: instancePath + "/voortzetting/strategie", schemaPath: "#/properties/voortzetting/properties/strategie/enum", keyword: "enum", params: { allowedValues: schema69.properties.voortzetting.properties.strategie.enum }, message: "must be equal to one of the allowed values" };
                if (vErrors === null) {
                  vErrors = [err21];
                } else {
                  vErrors.push(err21);
                }
                errors++;
              }
            }
            if (data12.besluitmoment !== void 0) {
              let data14 = data12.besluitmoment;
              if (typeof data14 === "string") {
                if (!formats0.validate(data14)) {
                  const err22 = { instancePath: instancePath + "/voortzetting/besluitmoment", schemaPath: "#/$defs/datum/format", keyword: "format", params: { format: "date" }, message: 'must match format "date"' };
                  if (vErrors === null) {
                    vErrors = [err22];
                  } else {
                    vErrors.push(err22);
                  }
                  errors++;
                }
              } else {
                const err23 = { instancePath: instancePath + "/voortzetting/besluitmoment", schemaPath: "#/$defs/datum/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err23];
                } else {
                  vErrors.push(err23);
                }
                errors++;
              }
            }
            if (data12.naar !== void 0) {
              let data15 = data12.naar;
              if (typeof data15 === "string") {
                if (!pattern14.test(data15)) {
                  const err24 = { instancePath: instancePath + "/voortzetting/naar", schemaPath: "#/$defs/refPartner/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z][A-Za-z0-9_-]*$" }, message: 'must match pattern "^[A-Za-z][A-Za-z0-9_-]*$"' };
                  if (vErrors === null) {
                    vErrors = [err24];
                  } else {
                    vErrors.push(err24);
                  }
                  errors++;
                }
              } else {
                const err25 = { instancePath: instancePath + "/voortzetting/naar", schemaPath: "#/$defs/refPartner/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err25];
                } else {
                  vErrors.push(err25);
                }
                errors++;
              }
            }
            if (data12.onderhoud !== void 0) {
              let data16 = data12.onderhoud;
              if (typeof data16 === "string") {
                if (!pattern5.test(data16)) {
                  const err26 = { instancePath: instancePath + "/voortzetting/onderhoud", schemaPath: "#/$defs/tekst/pattern", keyword: "pattern", params: { pattern: "\\S" }, message: 'must match pattern "\\S"' };
                  if (vErrors === null) {
                    vErrors = [err26];
                  } else {
                    vErrors.push(err26);
                  }
                  errors++;
                }
              } else {
                const err27 = { instancePath: instancePath + "/voortzetting/onderhoud", schemaPath: "#/$defs/tekst/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err27];
                } else {
                  vErrors.push(err27);
                }
                errors++;
              }
            }
            if (data12.toelichting !== void 0) {
              let data17 = data12.toelichting;
              if (typeof data17 === "string") {
                if (!pattern5.test(data17)) {
                  const err28 = { instancePath: instancePath + "/voortzetting/toelichting", schemaPath: "#/$defs/tekst/pattern", keyword: "pattern", params: { pattern: "\\S" }, message: 'must match pattern "\\S"' };
                  if (vErrors === null) {
                    vErrors = [err28];
                  } else {
                    vErrors.push(err28);
                  }
                  errors++;
                }
              } else {
                const err29 = { instancePath: instancePath + "/voortzetting/toelichting", schemaPath: "#/$defs/tekst/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err29];
                } else {
                  vErrors.push(err29);
                }
                errors++;
              }
            }
          } else {
            const err30 = { instancePath: instancePath + "/voortzetting", schemaPath: "#/properties/voortzetting/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err30];
            } else {
              vErrors.push(err30);
            }
            errors++;
          }
        }
      } else {
        const err31 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err31];
        } else {
          vErrors.push(err31);
        }
        errors++;
      }
      validate31.errors = vErrors;
      return errors === 0;
    }
    validate31.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
    var schema87 = { "description": "Een financieringsbron van het plan.", "type": "object", "required": ["id", "naam", "partner", "soort", "bedragen"], "properties": { "id": { "$ref": "#/$defs/id", "description": "Unieke sleutel van de bron; interventies verwijzen hiermee naar deze bron." }, "naam": { "$ref": "#/$defs/tekst", "description": "Naam van de bron, bijvoorbeeld de regeling of begrotingspost." }, "partner": { "$ref": "#/$defs/refPartner", "description": "De partner die betaalt." }, "soort": { "description": "structureel (doorlopend in de begroting), incidenteel (eenmalig of tijdelijk) of resultaatfinanciering (betaald naar behaald resultaat). Structureel geld houdt de aanpak na de startfase overeind.", "type": "string", "enum": ["structureel", "incidenteel", "resultaatfinanciering"] }, "bedragen": { "$ref": "#/$defs/bedragen", "description": "De bedragen die deze bron per jaar bijdraagt." }, "doelen": { "description": "De doelen waaraan de bron bijdraagt.", "type": "array", "items": { "$ref": "#/$defs/refDoel", "description": "Verwijzing naar een doel (id)." } } }, "patternProperties": { "^x-": {} }, "additionalProperties": false };
    function validate39(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
      let vErrors = null;
      let errors = 0;
      const evaluated0 = validate39.evaluated;
      if (evaluated0.dynamicProps) {
        evaluated0.props = void 0;
      }
      if (evaluated0.dynamicItems) {
        evaluated0.items = void 0;
      }
      if (data && typeof data == "object" && !Array.isArray(data)) {
        if (data.id === void 0) {
          const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "id" }, message: "must have required property 'id'" };
          if (vErrors === null) {
            vErrors = [err0];
          } else {
            vErrors.push(err0);
          }
          errors++;
        }
        if (data.naam === void 0) {
          const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "naam" }, message: "must have required property 'naam'" };
          if (vErrors === null) {
            vErrors = [err1];
          } else {
            vErrors.push(err1);
          }
          errors++;
        }
        if (data.partner === void 0) {
          const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "partner" }, message: "must have required property 'partner'" };
          if (vErrors === null) {
            vErrors = [err2];
          } else {
            vErrors.push(err2);
          }
          errors++;
        }
        if (data.soort === void 0) {
          const err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "soort" }, message: "must have required property 'soort'" };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
        if (data.bedragen === void 0) {
          const err4 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "bedragen" }, message: "must have required property 'bedragen'" };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
        for (const key0 in data) {
          if (!(key0 === "id" || key0 === "naam" || key0 === "partner" || key0 === "soort" || key0 === "bedragen" || key0 === "doelen" || pattern4.test(key0))) {
            const err5 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
            if (vErrors === null) {
              vErrors = [err5];
            } else {
              vErrors.push(err5);
            }
            errors++;
          }
        }
        if (data.id !== void 0) {
          let data0 = data.id;
          if (typeof data0 === "string") {
            if (!pattern14.test(data0)) {
              const err6 = { instancePath: instancePath + "/id", schemaPath: "#/$defs/id/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z][A-Za-z0-9_-]*$" }, message: 'must match pattern "^[A-Za-z][A-Za-z0-9_-]*$"' };
              if (vErrors === null) {
                vErrors = [err6];
              } else {
                vErrors.push(err6);
              }
              errors++;
            }
          } else {
            const err7 = { instancePath: instancePath + "/id", schemaPath: "#/$defs/id/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err7];
            } else {
              vErrors.push(err7);
            }
            errors++;
          }
        }
        if (data.naam !== void 0) {
          let data1 = data.naam;
          if (typeof data1 === "string") {
            if (!pattern5.test(data1)) {
              const err8 = { instancePath: instancePath + "/naam", schemaPath: "#/$defs/tekst/pattern", keyword: "pattern", params: { pattern: "\\S" }, message: 'must match pattern "\\S"' };
              if (vErrors === null) {
                vErrors = [err8];
              } else {
                vErrors.push(err8);
              }
              errors++;
            }
          } else {
            const err9 = { instancePath: instancePath + "/naam", schemaPath: "#/$defs/tekst/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err9];
            } else {
              vErrors.push(err9);
            }
            errors++;
          }
        }
        if (data.partner !== void 0) {
          let data2 = data.partner;
          if (typeof data2 === "string") {
            if (!pattern14.test(data2)) {
              const err10 = { instancePath: instancePath + "/partner", schemaPath: "#/$defs/refPartner/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z][A-Za-z0-9_-]*$" }, message: 'must match pattern "^[A-Za-z][A-Za-z0-9_-]*$"' };
              if (vErrors === null) {
                vErrors = [err10];
              } else {
                vErrors.push(err10);
              }
              errors++;
            }
          } else {
            const err11 = { instancePath: instancePath + "/partner", schemaPath: "#/$defs/refPartner/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err11];
            } else {
              vErrors.push(err11);
            }
            errors++;
          }
        }
        if (data.soort !== void 0) {
          let data3 = data.soort;
          if (typeof data3 !== "string") {
            const err12 = { instancePath: instancePath + "/soort", schemaPath: "#/properties/soort/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err12];
            } else {
              vErrors.push(err12);
            }
            errors++;
          }
          if (!(data3 === "structureel" || data3 === "incidenteel" || data3 === "resultaatfinanciering")) {
            const err13 = { instancePath: instancePath + "/soort", schemaPath: "#/properties/soort/enum", keyword: "enum", params: { allowedValues: schema87.properties.soort.enum }, message: "must be equal to one of the allowed values" };
            if (vErrors === null) {
              vErrors = [err13];
            } else {
              vErrors.push(err13);
            }
            errors++;
          }
        }
        if (data.bedragen !== void 0) {
          if (!validate34(data.bedragen, { instancePath: instancePath + "/bedragen", parentData: data, parentDataProperty: "bedragen", rootData, dynamicAnchors })) {
            vErrors = vErrors === null ? validate34.errors : vErrors.concat(validate34.errors);
            errors = vErrors.length;
          }
        }
        if (data.doelen !== void 0) {
          let data5 = data.doelen;
          if (Array.isArray(data5)) {
            const len0 = data5.length;
            for (let i0 = 0; i0 < len0; i0++) {
              let data6 = data5[i0];
              if (typeof data6 === "string") {
                if (!pattern14.test(data6)) {
                  const err14 = { instancePath: instancePath + "/doelen/" + i0, schemaPath: "#/$defs/refDoel/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z][A-Za-z0-9_-]*$" }, message: 'must match pattern "^[A-Za-z][A-Za-z0-9_-]*$"' };
                  if (vErrors === null) {
                    vErrors = [err14];
                  } else {
                    vErrors.push(err14);
                  }
                  errors++;
                }
              } else {
                const err15 = { instancePath: instancePath + "/doelen/" + i0, schemaPath: "#/$defs/refDoel/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err15];
                } else {
                  vErrors.push(err15);
                }
                errors++;
              }
            }
          } else {
            const err16 = { instancePath: instancePath + "/doelen", schemaPath: "#/properties/doelen/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            if (vErrors === null) {
              vErrors = [err16];
            } else {
              vErrors.push(err16);
            }
            errors++;
          }
        }
      } else {
        const err17 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err17];
        } else {
          vErrors.push(err17);
        }
        errors++;
      }
      validate39.errors = vErrors;
      return errors === 0;
    }
    validate39.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
    function validate20(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
      ;
      let vErrors = null;
      let errors = 0;
      const evaluated0 = validate20.evaluated;
      if (evaluated0.dynamicProps) {
        evaluated0.props = void 0;
      }
      if (evaluated0.dynamicItems) {
        evaluated0.items = void 0;
      }
      if (data && typeof data == "object" && !Array.isArray(data)) {
        if (data.wijkplan === void 0) {
          const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "wijkplan" }, message: "must have required property 'wijkplan'" };
          if (vErrors === null) {
            vErrors = [err0];
          } else {
            vErrors.push(err0);
          }
          errors++;
        }
        if (data.titel === void 0) {
          const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "titel" }, message: "must have required property 'titel'" };
          if (vErrors === null) {
            vErrors = [err1];
          } else {
            vErrors.push(err1);
          }
          errors++;
        }
        if (data.wijk === void 0) {
          const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "wijk" }, message: "must have required property 'wijk'" };
          if (vErrors === null) {
            vErrors = [err2];
          } else {
            vErrors.push(err2);
          }
          errors++;
        }
        if (data.looptijd === void 0) {
          const err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "looptijd" }, message: "must have required property 'looptijd'" };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
        if (data.visie === void 0) {
          const err4 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "visie" }, message: "must have required property 'visie'" };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
        if (data.partners === void 0) {
          const err5 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "partners" }, message: "must have required property 'partners'" };
          if (vErrors === null) {
            vErrors = [err5];
          } else {
            vErrors.push(err5);
          }
          errors++;
        }
        if (data.doelen === void 0) {
          const err6 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "doelen" }, message: "must have required property 'doelen'" };
          if (vErrors === null) {
            vErrors = [err6];
          } else {
            vErrors.push(err6);
          }
          errors++;
        }
        if (data.interventies === void 0) {
          const err7 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "interventies" }, message: "must have required property 'interventies'" };
          if (vErrors === null) {
            vErrors = [err7];
          } else {
            vErrors.push(err7);
          }
          errors++;
        }
        for (const key0 in data) {
          if (!(func1.call(schema31.properties, key0) || pattern4.test(key0))) {
            const err8 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
            if (vErrors === null) {
              vErrors = [err8];
            } else {
              vErrors.push(err8);
            }
            errors++;
          }
        }
        if (data.wijkplan !== void 0) {
          let data0 = data.wijkplan;
          if (!(typeof data0 == "number" && (!(data0 % 1) && !isNaN(data0)) && isFinite(data0))) {
            const err9 = { instancePath: instancePath + "/wijkplan", schemaPath: "#/properties/wijkplan/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
            if (vErrors === null) {
              vErrors = [err9];
            } else {
              vErrors.push(err9);
            }
            errors++;
          }
          if (1 !== data0) {
            const err10 = { instancePath: instancePath + "/wijkplan", schemaPath: "#/properties/wijkplan/const", keyword: "const", params: { allowedValue: 1 }, message: "must be equal to constant" };
            if (vErrors === null) {
              vErrors = [err10];
            } else {
              vErrors.push(err10);
            }
            errors++;
          }
        }
        if (data.titel !== void 0) {
          let data1 = data.titel;
          if (typeof data1 === "string") {
            if (!pattern5.test(data1)) {
              const err11 = { instancePath: instancePath + "/titel", schemaPath: "#/$defs/tekst/pattern", keyword: "pattern", params: { pattern: "\\S" }, message: 'must match pattern "\\S"' };
              if (vErrors === null) {
                vErrors = [err11];
              } else {
                vErrors.push(err11);
              }
              errors++;
            }
          } else {
            const err12 = { instancePath: instancePath + "/titel", schemaPath: "#/$defs/tekst/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err12];
            } else {
              vErrors.push(err12);
            }
            errors++;
          }
        }
        if (data.wijk !== void 0) {
          let data2 = data.wijk;
          if (data2 && typeof data2 == "object" && !Array.isArray(data2)) {
            if (data2.naam === void 0) {
              const err13 = { instancePath: instancePath + "/wijk", schemaPath: "#/properties/wijk/required", keyword: "required", params: { missingProperty: "naam" }, message: "must have required property 'naam'" };
              if (vErrors === null) {
                vErrors = [err13];
              } else {
                vErrors.push(err13);
              }
              errors++;
            }
            if (data2.gemeente === void 0) {
              const err14 = { instancePath: instancePath + "/wijk", schemaPath: "#/properties/wijk/required", keyword: "required", params: { missingProperty: "gemeente" }, message: "must have required property 'gemeente'" };
              if (vErrors === null) {
                vErrors = [err14];
              } else {
                vErrors.push(err14);
              }
              errors++;
            }
            for (const key1 in data2) {
              if (!(key1 === "naam" || key1 === "gemeente" || key1 === "gemeentecode" || key1 === "wijkcodes" || key1 === "inwoners" || pattern4.test(key1))) {
                const err15 = { instancePath: instancePath + "/wijk", schemaPath: "#/properties/wijk/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties" };
                if (vErrors === null) {
                  vErrors = [err15];
                } else {
                  vErrors.push(err15);
                }
                errors++;
              }
            }
            if (data2.naam !== void 0) {
              let data3 = data2.naam;
              if (typeof data3 === "string") {
                if (!pattern5.test(data3)) {
                  const err16 = { instancePath: instancePath + "/wijk/naam", schemaPath: "#/$defs/tekst/pattern", keyword: "pattern", params: { pattern: "\\S" }, message: 'must match pattern "\\S"' };
                  if (vErrors === null) {
                    vErrors = [err16];
                  } else {
                    vErrors.push(err16);
                  }
                  errors++;
                }
              } else {
                const err17 = { instancePath: instancePath + "/wijk/naam", schemaPath: "#/$defs/tekst/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err17];
                } else {
                  vErrors.push(err17);
                }
                errors++;
              }
            }
            if (data2.gemeente !== void 0) {
              let data4 = data2.gemeente;
              if (typeof data4 === "string") {
                if (!pattern5.test(data4)) {
                  const err18 = { instancePath: instancePath + "/wijk/gemeente", schemaPath: "#/$defs/tekst/pattern", keyword: "pattern", params: { pattern: "\\S" }, message: 'must match pattern "\\S"' };
                  if (vErrors === null) {
                    vErrors = [err18];
                  } else {
                    vErrors.push(err18);
                  }
                  errors++;
                }
              } else {
                const err19 = { instancePath: instancePath + "/wijk/gemeente", schemaPath: "#/$defs/tekst/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err19];
                } else {
                  vErrors.push(err19);
                }
                errors++;
              }
            }
            if (data2.gemeentecode !== void 0) {
              let data5 = data2.gemeentecode;
              if (typeof data5 === "string") {
                if (!pattern9.test(data5)) {
                  const err20 = { instancePath: instancePath + "/wijk/gemeentecode", schemaPath: "#/properties/wijk/properties/gemeentecode/pattern", keyword: "pattern", params: { pattern: "^GM\\d{4}$" }, message: 'must match pattern "^GM\\d{4}$"' };
                  if (vErrors === null) {
                    vErrors = [err20];
                  } else {
                    vErrors.push(err20);
                  }
                  errors++;
                }
              } else {
                const err21 = { instancePath: instancePath + "/wijk/gemeentecode", schemaPath: "#/properties/wijk/properties/gemeentecode/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err21];
                } else {
                  vErrors.push(err21);
                }
                errors++;
              }
            }
            if (data2.wijkcodes !== void 0) {
              let data6 = data2.wijkcodes;
              if (Array.isArray(data6)) {
                const len0 = data6.length;
                for (let i0 = 0; i0 < len0; i0++) {
                  let data7 = data6[i0];
                  if (typeof data7 === "string") {
                    if (!pattern10.test(data7)) {
                      const err22 = { instancePath: instancePath + "/wijk/wijkcodes/" + i0, schemaPath: "#/properties/wijk/properties/wijkcodes/items/pattern", keyword: "pattern", params: { pattern: "^(WK\\d{4}[0-9A-Z]{2}|BU\\d{4}[0-9A-Z]{4})$" }, message: 'must match pattern "^(WK\\d{4}[0-9A-Z]{2}|BU\\d{4}[0-9A-Z]{4})$"' };
                      if (vErrors === null) {
                        vErrors = [err22];
                      } else {
                        vErrors.push(err22);
                      }
                      errors++;
                    }
                  } else {
                    const err23 = { instancePath: instancePath + "/wijk/wijkcodes/" + i0, schemaPath: "#/properties/wijk/properties/wijkcodes/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err23];
                    } else {
                      vErrors.push(err23);
                    }
                    errors++;
                  }
                }
              } else {
                const err24 = { instancePath: instancePath + "/wijk/wijkcodes", schemaPath: "#/properties/wijk/properties/wijkcodes/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                if (vErrors === null) {
                  vErrors = [err24];
                } else {
                  vErrors.push(err24);
                }
                errors++;
              }
            }
            if (data2.inwoners !== void 0) {
              let data8 = data2.inwoners;
              if (!(typeof data8 == "number" && (!(data8 % 1) && !isNaN(data8)) && isFinite(data8))) {
                const err25 = { instancePath: instancePath + "/wijk/inwoners", schemaPath: "#/properties/wijk/properties/inwoners/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                if (vErrors === null) {
                  vErrors = [err25];
                } else {
                  vErrors.push(err25);
                }
                errors++;
              }
              if (typeof data8 == "number" && isFinite(data8)) {
                if (data8 < 0 || isNaN(data8)) {
                  const err26 = { instancePath: instancePath + "/wijk/inwoners", schemaPath: "#/properties/wijk/properties/inwoners/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                  if (vErrors === null) {
                    vErrors = [err26];
                  } else {
                    vErrors.push(err26);
                  }
                  errors++;
                }
              }
            }
          } else {
            const err27 = { instancePath: instancePath + "/wijk", schemaPath: "#/properties/wijk/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err27];
            } else {
              vErrors.push(err27);
            }
            errors++;
          }
        }
        if (data.looptijd !== void 0) {
          if (!validate21(data.looptijd, { instancePath: instancePath + "/looptijd", parentData: data, parentDataProperty: "looptijd", rootData, dynamicAnchors })) {
            vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
            errors = vErrors.length;
          }
        }
        if (data.visie !== void 0) {
          let data10 = data.visie;
          if (typeof data10 === "string") {
            if (!pattern5.test(data10)) {
              const err28 = { instancePath: instancePath + "/visie", schemaPath: "#/$defs/tekst/pattern", keyword: "pattern", params: { pattern: "\\S" }, message: 'must match pattern "\\S"' };
              if (vErrors === null) {
                vErrors = [err28];
              } else {
                vErrors.push(err28);
              }
              errors++;
            }
          } else {
            const err29 = { instancePath: instancePath + "/visie", schemaPath: "#/$defs/tekst/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err29];
            } else {
              vErrors.push(err29);
            }
            errors++;
          }
        }
        if (data.partners !== void 0) {
          let data11 = data.partners;
          if (Array.isArray(data11)) {
            if (data11.length < 1) {
              const err30 = { instancePath: instancePath + "/partners", schemaPath: "#/properties/partners/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items" };
              if (vErrors === null) {
                vErrors = [err30];
              } else {
                vErrors.push(err30);
              }
              errors++;
            }
            const len1 = data11.length;
            for (let i1 = 0; i1 < len1; i1++) {
              if (!validate23(data11[i1], { instancePath: instancePath + "/partners/" + i1, parentData: data11, parentDataProperty: i1, rootData, dynamicAnchors })) {
                vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
                errors = vErrors.length;
              }
            }
          } else {
            const err31 = { instancePath: instancePath + "/partners", schemaPath: "#/properties/partners/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            if (vErrors === null) {
              vErrors = [err31];
            } else {
              vErrors.push(err31);
            }
            errors++;
          }
        }
        if (data.bestuur !== void 0) {
          let data13 = data.bestuur;
          if (data13 && typeof data13 == "object" && !Array.isArray(data13)) {
            for (const key2 in data13) {
              if (!(key2 === "vastgesteld" || key2 === "portefeuillehouders" || key2 === "programmamanager" || key2 === "stuurgroep" || key2 === "afspraken" || key2 === "inbedding" || pattern4.test(key2))) {
                const err32 = { instancePath: instancePath + "/bestuur", schemaPath: "#/properties/bestuur/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties" };
                if (vErrors === null) {
                  vErrors = [err32];
                } else {
                  vErrors.push(err32);
                }
                errors++;
              }
            }
            if (data13.vastgesteld !== void 0) {
              let data14 = data13.vastgesteld;
              if (data14 && typeof data14 == "object" && !Array.isArray(data14)) {
                if (data14.door === void 0) {
                  const err33 = { instancePath: instancePath + "/bestuur/vastgesteld", schemaPath: "#/properties/bestuur/properties/vastgesteld/required", keyword: "required", params: { missingProperty: "door" }, message: "must have required property 'door'" };
                  if (vErrors === null) {
                    vErrors = [err33];
                  } else {
                    vErrors.push(err33);
                  }
                  errors++;
                }
                if (data14.datum === void 0) {
                  const err34 = { instancePath: instancePath + "/bestuur/vastgesteld", schemaPath: "#/properties/bestuur/properties/vastgesteld/required", keyword: "required", params: { missingProperty: "datum" }, message: "must have required property 'datum'" };
                  if (vErrors === null) {
                    vErrors = [err34];
                  } else {
                    vErrors.push(err34);
                  }
                  errors++;
                }
                for (const key3 in data14) {
                  if (!(key3 === "door" || key3 === "datum" || key3 === "kenmerk" || pattern4.test(key3))) {
                    const err35 = { instancePath: instancePath + "/bestuur/vastgesteld", schemaPath: "#/properties/bestuur/properties/vastgesteld/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key3 }, message: "must NOT have additional properties" };
                    if (vErrors === null) {
                      vErrors = [err35];
                    } else {
                      vErrors.push(err35);
                    }
                    errors++;
                  }
                }
                if (data14.door !== void 0) {
                  let data15 = data14.door;
                  if (typeof data15 !== "string") {
                    const err36 = { instancePath: instancePath + "/bestuur/vastgesteld/door", schemaPath: "#/properties/bestuur/properties/vastgesteld/properties/door/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err36];
                    } else {
                      vErrors.push(err36);
                    }
                    errors++;
                  }
                  if (!(data15 === "gemeenteraad" || data15 === "college" || data15 === "wethouder" || data15 === "stuurgroep")) {
                    const err37 = { instancePath: instancePath + "/bestuur/vastgesteld/door", schemaPath: "#/properties/bestuur/properties/vastgesteld/properties/door/enum", keyword: "enum", params: { allowedValues: schema31.properties.bestuur.properties.vastgesteld.properties.door.enum }, message: "must be equal to one of the allowed values" };
                    if (vErrors === null) {
                      vErrors = [err37];
                    } else {
                      vErrors.push(err37);
                    }
                    errors++;
                  }
                }
                if (data14.datum !== void 0) {
                  let data16 = data14.datum;
                  if (typeof data16 === "string") {
                    if (!formats0.validate(data16)) {
                      const err38 = { instancePath: instancePath + "/bestuur/vastgesteld/datum", schemaPath: "#/$defs/datum/format", keyword: "format", params: { format: "date" }, message: 'must match format "date"' };
                      if (vErrors === null) {
                        vErrors = [err38];
                      } else {
                        vErrors.push(err38);
                      }
                      errors++;
                    }
                  } else {
                    const err39 = { instancePath: instancePath + "/bestuur/vastgesteld/datum", schemaPath: "#/$defs/datum/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err39];
                    } else {
                      vErrors.push(err39);
                    }
                    errors++;
                  }
                }
                if (data14.kenmerk !== void 0) {
                  let data17 = data14.kenmerk;
                  if (typeof data17 === "string") {
                    if (!pattern5.test(data17)) {
                      const err40 = { instancePath: instancePath + "/bestuur/vastgesteld/kenmerk", schemaPath: "#/$defs/tekst/pattern", keyword: "pattern", params: { pattern: "\\S" }, message: 'must match pattern "\\S"' };
                      if (vErrors === null) {
                        vErrors = [err40];
                      } else {
                        vErrors.push(err40);
                      }
                      errors++;
                    }
                  } else {
                    const err41 = { instancePath: instancePath + "/bestuur/vastgesteld/kenmerk", schemaPath: "#/$defs/tekst/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err41];
                    } else {
                      vErrors.push(err41);
                    }
                    errors++;
                  }
                }
              } else {
                const err42 = { instancePath: instancePath + "/bestuur/vastgesteld", schemaPath: "#/properties/bestuur/properties/vastgesteld/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                if (vErrors === null) {
                  vErrors = [err42];
                } else {
                  vErrors.push(err42);
                }
                errors++;
              }
            }
            if (data13.portefeuillehouders !== void 0) {
              let data18 = data13.portefeuillehouders;
              if (Array.isArray(data18)) {
                const len2 = data18.length;
                for (let i2 = 0; i2 < len2; i2++) {
                  let data19 = data18[i2];
                  if (typeof data19 === "string") {
                    if (!pattern5.test(data19)) {
                      const err43 = { instancePath: instancePath + "/bestuur/portefeuillehouders/" + i2, schemaPath: "#/$defs/tekst/pattern", keyword: "pattern", params: { pattern: "\\S" }, message: 'must match pattern "\\S"' };
                      if (vErrors === null) {
                        vErrors = [err43];
                      } else {
                        vErrors.push(err43);
                      }
                      errors++;
                    }
                  } else {
                    const err44 = { instancePath: instancePath + "/bestuur/portefeuillehouders/" + i2, schemaPath: "#/$defs/tekst/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err44];
                    } else {
                      vErrors.push(err44);
                    }
                    errors++;
                  }
                }
              } else {
                const err45 = { instancePath: instancePath + "/bestuur/portefeuillehouders", schemaPath: "#/properties/bestuur/properties/portefeuillehouders/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                if (vErrors === null) {
                  vErrors = [err45];
                } else {
                  vErrors.push(err45);
                }
                errors++;
              }
            }
            if (data13.programmamanager !== void 0) {
              if (!validate25(data13.programmamanager, { instancePath: instancePath + "/bestuur/programmamanager", parentData: data13, parentDataProperty: "programmamanager", rootData, dynamicAnchors })) {
                vErrors = vErrors === null ? validate25.errors : vErrors.concat(validate25.errors);
                errors = vErrors.length;
              }
            }
            if (data13.stuurgroep !== void 0) {
              let data21 = data13.stuurgroep;
              if (Array.isArray(data21)) {
                const len3 = data21.length;
                for (let i3 = 0; i3 < len3; i3++) {
                  let data22 = data21[i3];
                  if (typeof data22 === "string") {
                    if (!pattern14.test(data22)) {
                      const err46 = { instancePath: instancePath + "/bestuur/stuurgroep/" + i3, schemaPath: "#/$defs/refPartner/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z][A-Za-z0-9_-]*$" }, message: 'must match pattern "^[A-Za-z][A-Za-z0-9_-]*$"' };
                      if (vErrors === null) {
                        vErrors = [err46];
                      } else {
                        vErrors.push(err46);
                      }
                      errors++;
                    }
                  } else {
                    const err47 = { instancePath: instancePath + "/bestuur/stuurgroep/" + i3, schemaPath: "#/$defs/refPartner/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err47];
                    } else {
                      vErrors.push(err47);
                    }
                    errors++;
                  }
                }
              } else {
                const err48 = { instancePath: instancePath + "/bestuur/stuurgroep", schemaPath: "#/properties/bestuur/properties/stuurgroep/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                if (vErrors === null) {
                  vErrors = [err48];
                } else {
                  vErrors.push(err48);
                }
                errors++;
              }
            }
            if (data13.afspraken !== void 0) {
              let data23 = data13.afspraken;
              if (data23 && typeof data23 == "object" && !Array.isArray(data23)) {
                for (const key4 in data23) {
                  if (!(key4 === "budget" || key4 === "mandaat" || key4 === "samenwerking" || pattern4.test(key4))) {
                    const err49 = { instancePath: instancePath + "/bestuur/afspraken", schemaPath: "#/properties/bestuur/properties/afspraken/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key4 }, message: "must NOT have additional properties" };
                    if (vErrors === null) {
                      vErrors = [err49];
                    } else {
                      vErrors.push(err49);
                    }
                    errors++;
                  }
                }
                if (data23.budget !== void 0) {
                  let data24 = data23.budget;
                  if (typeof data24 === "string") {
                    if (!pattern5.test(data24)) {
                      const err50 = { instancePath: instancePath + "/bestuur/afspraken/budget", schemaPath: "#/$defs/tekst/pattern", keyword: "pattern", params: { pattern: "\\S" }, message: 'must match pattern "\\S"' };
                      if (vErrors === null) {
                        vErrors = [err50];
                      } else {
                        vErrors.push(err50);
                      }
                      errors++;
                    }
                  } else {
                    const err51 = { instancePath: instancePath + "/bestuur/afspraken/budget", schemaPath: "#/$defs/tekst/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err51];
                    } else {
                      vErrors.push(err51);
                    }
                    errors++;
                  }
                }
                if (data23.mandaat !== void 0) {
                  let data25 = data23.mandaat;
                  if (typeof data25 === "string") {
                    if (!pattern5.test(data25)) {
                      const err52 = { instancePath: instancePath + "/bestuur/afspraken/mandaat", schemaPath: "#/$defs/tekst/pattern", keyword: "pattern", params: { pattern: "\\S" }, message: 'must match pattern "\\S"' };
                      if (vErrors === null) {
                        vErrors = [err52];
                      } else {
                        vErrors.push(err52);
                      }
                      errors++;
                    }
                  } else {
                    const err53 = { instancePath: instancePath + "/bestuur/afspraken/mandaat", schemaPath: "#/$defs/tekst/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err53];
                    } else {
                      vErrors.push(err53);
                    }
                    errors++;
                  }
                }
                if (data23.samenwerking !== void 0) {
                  let data26 = data23.samenwerking;
                  if (typeof data26 === "string") {
                    if (!pattern5.test(data26)) {
                      const err54 = { instancePath: instancePath + "/bestuur/afspraken/samenwerking", schemaPath: "#/$defs/tekst/pattern", keyword: "pattern", params: { pattern: "\\S" }, message: 'must match pattern "\\S"' };
                      if (vErrors === null) {
                        vErrors = [err54];
                      } else {
                        vErrors.push(err54);
                      }
                      errors++;
                    }
                  } else {
                    const err55 = { instancePath: instancePath + "/bestuur/afspraken/samenwerking", schemaPath: "#/$defs/tekst/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err55];
                    } else {
                      vErrors.push(err55);
                    }
                    errors++;
                  }
                }
              } else {
                const err56 = { instancePath: instancePath + "/bestuur/afspraken", schemaPath: "#/properties/bestuur/properties/afspraken/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                if (vErrors === null) {
                  vErrors = [err56];
                } else {
                  vErrors.push(err56);
                }
                errors++;
              }
            }
            if (data13.inbedding !== void 0) {
              let data27 = data13.inbedding;
              if (typeof data27 === "string") {
                if (!pattern5.test(data27)) {
                  const err57 = { instancePath: instancePath + "/bestuur/inbedding", schemaPath: "#/$defs/tekst/pattern", keyword: "pattern", params: { pattern: "\\S" }, message: 'must match pattern "\\S"' };
                  if (vErrors === null) {
                    vErrors = [err57];
                  } else {
                    vErrors.push(err57);
                  }
                  errors++;
                }
              } else {
                const err58 = { instancePath: instancePath + "/bestuur/inbedding", schemaPath: "#/$defs/tekst/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err58];
                } else {
                  vErrors.push(err58);
                }
                errors++;
              }
            }
          } else {
            const err59 = { instancePath: instancePath + "/bestuur", schemaPath: "#/properties/bestuur/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err59];
            } else {
              vErrors.push(err59);
            }
            errors++;
          }
        }
        if (data.doelen !== void 0) {
          let data28 = data.doelen;
          if (Array.isArray(data28)) {
            if (data28.length < 1) {
              const err60 = { instancePath: instancePath + "/doelen", schemaPath: "#/properties/doelen/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items" };
              if (vErrors === null) {
                vErrors = [err60];
              } else {
                vErrors.push(err60);
              }
              errors++;
            }
            const len4 = data28.length;
            for (let i4 = 0; i4 < len4; i4++) {
              if (!validate27(data28[i4], { instancePath: instancePath + "/doelen/" + i4, parentData: data28, parentDataProperty: i4, rootData, dynamicAnchors })) {
                vErrors = vErrors === null ? validate27.errors : vErrors.concat(validate27.errors);
                errors = vErrors.length;
              }
            }
          } else {
            const err61 = { instancePath: instancePath + "/doelen", schemaPath: "#/properties/doelen/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            if (vErrors === null) {
              vErrors = [err61];
            } else {
              vErrors.push(err61);
            }
            errors++;
          }
        }
        if (data.interventies !== void 0) {
          let data30 = data.interventies;
          if (Array.isArray(data30)) {
            if (data30.length < 1) {
              const err62 = { instancePath: instancePath + "/interventies", schemaPath: "#/properties/interventies/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items" };
              if (vErrors === null) {
                vErrors = [err62];
              } else {
                vErrors.push(err62);
              }
              errors++;
            }
            const len5 = data30.length;
            for (let i5 = 0; i5 < len5; i5++) {
              if (!validate31(data30[i5], { instancePath: instancePath + "/interventies/" + i5, parentData: data30, parentDataProperty: i5, rootData, dynamicAnchors })) {
                vErrors = vErrors === null ? validate31.errors : vErrors.concat(validate31.errors);
                errors = vErrors.length;
              }
            }
          } else {
            const err63 = { instancePath: instancePath + "/interventies", schemaPath: "#/properties/interventies/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            if (vErrors === null) {
              vErrors = [err63];
            } else {
              vErrors.push(err63);
            }
            errors++;
          }
        }
        if (data.financiering !== void 0) {
          let data32 = data.financiering;
          if (data32 && typeof data32 == "object" && !Array.isArray(data32)) {
            for (const key5 in data32) {
              if (!(key5 === "budgethouder" || key5 === "bronnen" || key5 === "inverdieneffecten" || pattern4.test(key5))) {
                const err64 = { instancePath: instancePath + "/financiering", schemaPath: "#/properties/financiering/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key5 }, message: "must NOT have additional properties" };
                if (vErrors === null) {
                  vErrors = [err64];
                } else {
                  vErrors.push(err64);
                }
                errors++;
              }
            }
            if (data32.budgethouder !== void 0) {
              let data33 = data32.budgethouder;
              if (typeof data33 === "string") {
                if (!pattern14.test(data33)) {
                  const err65 = { instancePath: instancePath + "/financiering/budgethouder", schemaPath: "#/$defs/refPartner/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z][A-Za-z0-9_-]*$" }, message: 'must match pattern "^[A-Za-z][A-Za-z0-9_-]*$"' };
                  if (vErrors === null) {
                    vErrors = [err65];
                  } else {
                    vErrors.push(err65);
                  }
                  errors++;
                }
              } else {
                const err66 = { instancePath: instancePath + "/financiering/budgethouder", schemaPath: "#/$defs/refPartner/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err66];
                } else {
                  vErrors.push(err66);
                }
                errors++;
              }
            }
            if (data32.bronnen !== void 0) {
              let data34 = data32.bronnen;
              if (Array.isArray(data34)) {
                const len6 = data34.length;
                for (let i6 = 0; i6 < len6; i6++) {
                  if (!validate39(data34[i6], { instancePath: instancePath + "/financiering/bronnen/" + i6, parentData: data34, parentDataProperty: i6, rootData, dynamicAnchors })) {
                    vErrors = vErrors === null ? validate39.errors : vErrors.concat(validate39.errors);
                    errors = vErrors.length;
                  }
                }
              } else {
                const err67 = { instancePath: instancePath + "/financiering/bronnen", schemaPath: "#/properties/financiering/properties/bronnen/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                if (vErrors === null) {
                  vErrors = [err67];
                } else {
                  vErrors.push(err67);
                }
                errors++;
              }
            }
            if (data32.inverdieneffecten !== void 0) {
              let data36 = data32.inverdieneffecten;
              if (Array.isArray(data36)) {
                const len7 = data36.length;
                for (let i7 = 0; i7 < len7; i7++) {
                  let data37 = data36[i7];
                  if (data37 && typeof data37 == "object" && !Array.isArray(data37)) {
                    if (data37.beschrijving === void 0) {
                      const err68 = { instancePath: instancePath + "/financiering/inverdieneffecten/" + i7, schemaPath: "#/properties/financiering/properties/inverdieneffecten/items/required", keyword: "required", params: { missingProperty: "beschrijving" }, message: "must have required property 'beschrijving'" };
                      if (vErrors === null) {
                        vErrors = [err68];
                      } else {
                        vErrors.push(err68);
                      }
                      errors++;
                    }
                    for (const key6 in data37) {
                      if (!(key6 === "beschrijving" || key6 === "partner" || key6 === "bedrag_per_jaar" || key6 === "begrotingspost" || pattern4.test(key6))) {
                        const err69 = { instancePath: instancePath + "/financiering/inverdieneffecten/" + i7, schemaPath: "#/properties/financiering/properties/inverdieneffecten/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key6 }, message: "must NOT have additional properties" };
                        if (vErrors === null) {
                          vErrors = [err69];
                        } else {
                          vErrors.push(err69);
                        }
                        errors++;
                      }
                    }
                    if (data37.beschrijving !== void 0) {
                      let data38 = data37.beschrijving;
                      if (typeof data38 === "string") {
                        if (!pattern5.test(data38)) {
                          const err70 = { instancePath: instancePath + "/financiering/inverdieneffecten/" + i7 + "/beschrijving", schemaPath: "#/$defs/tekst/pattern", keyword: "pattern", params: { pattern: "\\S" }, message: 'must match pattern "\\S"' };
                          if (vErrors === null) {
                            vErrors = [err70];
                          } else {
                            vErrors.push(err70);
                          }
                          errors++;
                        }
                      } else {
                        const err71 = { instancePath: instancePath + "/financiering/inverdieneffecten/" + i7 + "/beschrijving", schemaPath: "#/$defs/tekst/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                        if (vErrors === null) {
                          vErrors = [err71];
                        } else {
                          vErrors.push(err71);
                        }
                        errors++;
                      }
                    }
                    if (data37.partner !== void 0) {
                      let data39 = data37.partner;
                      if (typeof data39 === "string") {
                        if (!pattern14.test(data39)) {
                          const err72 = { instancePath: instancePath + "/financiering/inverdieneffecten/" + i7 + "/partner", schemaPath: "#/$defs/refPartner/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z][A-Za-z0-9_-]*$" }, message: 'must match pattern "^[A-Za-z][A-Za-z0-9_-]*$"' };
                          if (vErrors === null) {
                            vErrors = [err72];
                          } else {
                            vErrors.push(err72);
                          }
                          errors++;
                        }
                      } else {
                        const err73 = { instancePath: instancePath + "/financiering/inverdieneffecten/" + i7 + "/partner", schemaPath: "#/$defs/refPartner/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                        if (vErrors === null) {
                          vErrors = [err73];
                        } else {
                          vErrors.push(err73);
                        }
                        errors++;
                      }
                    }
                    if (data37.bedrag_per_jaar !== void 0) {
                      let data40 = data37.bedrag_per_jaar;
                      if (typeof data40 == "number" && isFinite(data40)) {
                        if (data40 < 0 || isNaN(data40)) {
                          const err74 = { instancePath: instancePath + "/financiering/inverdieneffecten/" + i7 + "/bedrag_per_jaar", schemaPath: "#/$defs/bedrag/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                          if (vErrors === null) {
                            vErrors = [err74];
                          } else {
                            vErrors.push(err74);
                          }
                          errors++;
                        }
                      } else {
                        const err75 = { instancePath: instancePath + "/financiering/inverdieneffecten/" + i7 + "/bedrag_per_jaar", schemaPath: "#/$defs/bedrag/type", keyword: "type", params: { type: "number" }, message: "must be number" };
                        if (vErrors === null) {
                          vErrors = [err75];
                        } else {
                          vErrors.push(err75);
                        }
                        errors++;
                      }
                    }
                    if (data37.begrotingspost !== void 0) {
                      let data41 = data37.begrotingspost;
                      if (typeof data41 === "string") {
                        if (!pattern5.test(data41)) {
                          const err76 = { instancePath: instancePath + "/financiering/inverdieneffecten/" + i7 + "/begrotingspost", schemaPath: "#/$defs/tekst/pattern", keyword: "pattern", params: { pattern: "\\S" }, message: 'must match pattern "\\S"' };
                          if (vErrors === null) {
                            vErrors = [err76];
                          } else {
                            vErrors.push(err76);
                          }
                          errors++;
                        }
                      } else {
                        const err77 = { instancePath: instancePath + "/financiering/inverdieneffecten/" + i7 + "/begrotingspost", schemaPath: "#/$defs/tekst/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                        if (vErrors === null) {
                          vErrors = [err77];
                        } else {
                          vErrors.push(err77);
                        }
                        errors++;
                      }
                    }
                  } else {
                    const err78 = { instancePath: instancePath + "/financiering/inverdieneffecten/" + i7, schemaPath: "#/properties/financiering/properties/inverdieneffecten/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                    if (vErrors === null) {
                      vErrors = [err78];
                    } else {
                      vErrors.push(err78);
                    }
                    errors++;
                  }
                }
              } else {
                const err79 = { instancePath: instancePath + "/financiering/inverdieneffecten", schemaPath: "#/properties/financiering/properties/inverdieneffecten/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                if (vErrors === null) {
                  vErrors = [err79];
                } else {
                  vErrors.push(err79);
                }
                errors++;
              }
            }
          } else {
            const err80 = { instancePath: instancePath + "/financiering", schemaPath: "#/properties/financiering/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err80];
            } else {
              vErrors.push(err80);
            }
            errors++;
          }
        }
        if (data.evaluatie !== void 0) {
          let data42 = data.evaluatie;
          if (data42 && typeof data42 == "object" && !Array.isArray(data42)) {
            for (const key7 in data42) {
              if (!(key7 === "nulmeting" || key7 === "momenten" || key7 === "effecten_buiten_wijk" || key7 === "successen_delen" || pattern4.test(key7))) {
                const err81 = { instancePath: instancePath + "/evaluatie", schemaPath: "#/properties/evaluatie/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key7 }, message: "must NOT have additional properties" };
                if (vErrors === null) {
                  vErrors = [err81];
                } else {
                  vErrors.push(err81);
                }
                errors++;
              }
            }
            if (data42.nulmeting !== void 0) {
              let data43 = data42.nulmeting;
              if (data43 && typeof data43 == "object" && !Array.isArray(data43)) {
                if (data43.datum === void 0) {
                  const err82 = { instancePath: instancePath + "/evaluatie/nulmeting", schemaPath: "#/properties/evaluatie/properties/nulmeting/required", keyword: "required", params: { missingProperty: "datum" }, message: "must have required property 'datum'" };
                  if (vErrors === null) {
                    vErrors = [err82];
                  } else {
                    vErrors.push(err82);
                  }
                  errors++;
                }
                if (data43.door === void 0) {
                  const err83 = { instancePath: instancePath + "/evaluatie/nulmeting", schemaPath: "#/properties/evaluatie/properties/nulmeting/required", keyword: "required", params: { missingProperty: "door" }, message: "must have required property 'door'" };
                  if (vErrors === null) {
                    vErrors = [err83];
                  } else {
                    vErrors.push(err83);
                  }
                  errors++;
                }
                for (const key8 in data43) {
                  if (!(key8 === "datum" || key8 === "door" || pattern4.test(key8))) {
                    const err84 = { instancePath: instancePath + "/evaluatie/nulmeting", schemaPath: "#/properties/evaluatie/properties/nulmeting/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key8 }, message: "must NOT have additional properties" };
                    if (vErrors === null) {
                      vErrors = [err84];
                    } else {
                      vErrors.push(err84);
                    }
                    errors++;
                  }
                }
                if (data43.datum !== void 0) {
                  let data44 = data43.datum;
                  if (typeof data44 === "string") {
                    if (!formats0.validate(data44)) {
                      const err85 = { instancePath: instancePath + "/evaluatie/nulmeting/datum", schemaPath: "#/$defs/datum/format", keyword: "format", params: { format: "date" }, message: 'must match format "date"' };
                      if (vErrors === null) {
                        vErrors = [err85];
                      } else {
                        vErrors.push(err85);
                      }
                      errors++;
                    }
                  } else {
                    const err86 = { instancePath: instancePath + "/evaluatie/nulmeting/datum", schemaPath: "#/$defs/datum/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err86];
                    } else {
                      vErrors.push(err86);
                    }
                    errors++;
                  }
                }
                if (data43.door !== void 0) {
                  let data45 = data43.door;
                  if (typeof data45 === "string") {
                    if (!pattern14.test(data45)) {
                      const err87 = { instancePath: instancePath + "/evaluatie/nulmeting/door", schemaPath: "#/$defs/refPartner/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z][A-Za-z0-9_-]*$" }, message: 'must match pattern "^[A-Za-z][A-Za-z0-9_-]*$"' };
                      if (vErrors === null) {
                        vErrors = [err87];
                      } else {
                        vErrors.push(err87);
                      }
                      errors++;
                    }
                  } else {
                    const err88 = { instancePath: instancePath + "/evaluatie/nulmeting/door", schemaPath: "#/$defs/refPartner/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err88];
                    } else {
                      vErrors.push(err88);
                    }
                    errors++;
                  }
                }
              } else {
                const err89 = { instancePath: instancePath + "/evaluatie/nulmeting", schemaPath: "#/properties/evaluatie/properties/nulmeting/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                if (vErrors === null) {
                  vErrors = [err89];
                } else {
                  vErrors.push(err89);
                }
                errors++;
              }
            }
            if (data42.momenten !== void 0) {
              let data46 = data42.momenten;
              if (Array.isArray(data46)) {
                const len8 = data46.length;
                for (let i8 = 0; i8 < len8; i8++) {
                  let data47 = data46[i8];
                  if (data47 && typeof data47 == "object" && !Array.isArray(data47)) {
                    if (data47.datum === void 0) {
                      const err90 = { instancePath: instancePath + "/evaluatie/momenten/" + i8, schemaPath: "#/properties/evaluatie/properties/momenten/items/required", keyword: "required", params: { missingProperty: "datum" }, message: "must have required property 'datum'" };
                      if (vErrors === null) {
                        vErrors = [err90];
                      } else {
                        vErrors.push(err90);
                      }
                      errors++;
                    }
                    if (data47.soort === void 0) {
                      const err91 = { instancePath: instancePath + "/evaluatie/momenten/" + i8, schemaPath: "#/properties/evaluatie/properties/momenten/items/required", keyword: "required", params: { missingProperty: "soort" }, message: "must have required property 'soort'" };
                      if (vErrors === null) {
                        vErrors = [err91];
                      } else {
                        vErrors.push(err91);
                      }
                      errors++;
                    }
                    for (const key9 in data47) {
                      if (!(key9 === "datum" || key9 === "soort" || key9 === "door" || key9 === "met" || key9 === "onderwerp" || pattern4.test(key9))) {
                        const err92 = { instancePath: instancePath + "/evaluatie/momenten/" + i8, schemaPath: "#/properties/evaluatie/properties/momenten/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key9 }, message: "must NOT have additional properties" };
                        if (vErrors === null) {
                          vErrors = [err92];
                        } else {
                          vErrors.push(err92);
                        }
                        errors++;
                      }
                    }
                    if (data47.datum !== void 0) {
                      let data48 = data47.datum;
                      if (typeof data48 === "string") {
                        if (!formats0.validate(data48)) {
                          const err93 = { instancePath: instancePath + "/evaluatie/momenten/" + i8 + "/datum", schemaPath: "#/$defs/datum/format", keyword: "format", params: { format: "date" }, message: 'must match format "date"' };
                          if (vErrors === null) {
                            vErrors = [err93];
                          } else {
                            vErrors.push(err93);
                          }
                          errors++;
                        }
                      } else {
                        const err94 = { instancePath: instancePath + "/evaluatie/momenten/" + i8 + "/datum", schemaPath: "#/$defs/datum/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                        if (vErrors === null) {
                          vErrors = [err94];
                        } else {
                          vErrors.push(err94);
                        }
                        errors++;
                      }
                    }
                    if (data47.soort !== void 0) {
                      let data49 = data47.soort;
                      if (typeof data49 !== "string") {
                        const err95 = { instancePath: instancePath + "/evaluatie/momenten/" + i8 + "/soort", schemaPath: "#/properties/evaluatie/properties/momenten/items/properties/soort/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                        if (vErrors === null) {
                          vErrors = [err95];
                        } else {
                          vErrors.push(err95);
                        }
                        errors++;
                      }
                      if (!(data49 === "tussentijds" || data49 === "eind" || data49 === "monitor")) {
                        const err96 = { instancePath: instancePath + "/evaluatie/momenten/" + i8 + "/soort", schemaPath: "#/properties/evaluatie/properties/momenten/items/properties/soort/enum", keyword: "enum", params: { allowedValues: schema31.properties.evaluatie.properties.momenten.items.properties.soort.enum }, message: "must be equal to one of the allowed values" };
                        if (vErrors === null) {
                          vErrors = [err96];
                        } else {
                          vErrors.push(err96);
                        }
                        errors++;
                      }
                    }
                    if (data47.door !== void 0) {
                      let data50 = data47.door;
                      if (typeof data50 === "string") {
                        if (!pattern14.test(data50)) {
                          const err97 = { instancePath: instancePath + "/evaluatie/momenten/" + i8 + "/door", schemaPath: "#/$defs/refPartner/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z][A-Za-z0-9_-]*$" }, message: 'must match pattern "^[A-Za-z][A-Za-z0-9_-]*$"' };
                          if (vErrors === null) {
                            vErrors = [err97];
                          } else {
                            vErrors.push(err97);
                          }
                          errors++;
                        }
                      } else {
                        const err98 = { instancePath: instancePath + "/evaluatie/momenten/" + i8 + "/door", schemaPath: "#/$defs/refPartner/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                        if (vErrors === null) {
                          vErrors = [err98];
                        } else {
                          vErrors.push(err98);
                        }
                        errors++;
                      }
                    }
                    if (data47.met !== void 0) {
                      let data51 = data47.met;
                      if (Array.isArray(data51)) {
                        const len9 = data51.length;
                        for (let i9 = 0; i9 < len9; i9++) {
                          let data52 = data51[i9];
                          if (typeof data52 === "string") {
                            if (!pattern14.test(data52)) {
                              const err99 = { instancePath: instancePath + "/evaluatie/momenten/" + i8 + "/met/" + i9, schemaPath: "#/$defs/refPartner/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z][A-Za-z0-9_-]*$" }, message: 'must match pattern "^[A-Za-z][A-Za-z0-9_-]*$"' };
                              if (vErrors === null) {
                                vErrors = [err99];
                              } else {
                                vErrors.push(err99);
                              }
                              errors++;
                            }
                          } else {
                            const err100 = { instancePath: instancePath + "/evaluatie/momenten/" + i8 + "/met/" + i9, schemaPath: "#/$defs/refPartner/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                            if (vErrors === null) {
                              vErrors = [err100];
                            } else {
                              vErrors.push(err100);
                            }
                            errors++;
                          }
                        }
                      } else {
                        const err101 = { instancePath: instancePath + "/evaluatie/momenten/" + i8 + "/met", schemaPath: "#/properties/evaluatie/properties/momenten/items/properties/met/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                        if (vErrors === null) {
                          vErrors = [err101];
                        } else {
                          vErrors.push(err101);
                        }
                        errors++;
                      }
                    }
                    if (data47.onderwerp !== void 0) {
                      let data53 = data47.onderwerp;
                      if (typeof data53 === "string") {
                        if (!pattern5.test(data53)) {
                          const err102 = { instancePath: instancePath + "/evaluatie/momenten/" + i8 + "/onderwerp", schemaPath: "#/$defs/tekst/pattern", keyword: "pattern", params: { pattern: "\\S" }, message: 'must match pattern "\\S"' };
                          if (vErrors === null) {
                            vErrors = [err102];
                          } else {
                            vErrors.push(err102);
                          }
                          errors++;
                        }
                      } else {
                        const err103 = { instancePath: instancePath + "/evaluatie/momenten/" + i8 + "/onderwerp", schemaPath: "#/$defs/tekst/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                        if (vErrors === null) {
                          vErrors = [err103];
                        } else {
                          vErrors.push(err103);
                        }
                        errors++;
                      }
                    }
                  } else {
                    const err104 = { instancePath: instancePath + "/evaluatie/momenten/" + i8, schemaPath: "#/properties/evaluatie/properties/momenten/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                    if (vErrors === null) {
                      vErrors = [err104];
                    } else {
                      vErrors.push(err104);
                    }
                    errors++;
                  }
                }
              } else {
                const err105 = { instancePath: instancePath + "/evaluatie/momenten", schemaPath: "#/properties/evaluatie/properties/momenten/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                if (vErrors === null) {
                  vErrors = [err105];
                } else {
                  vErrors.push(err105);
                }
                errors++;
              }
            }
            if (data42.effecten_buiten_wijk !== void 0) {
              let data54 = data42.effecten_buiten_wijk;
              if (typeof data54 === "string") {
                if (!pattern5.test(data54)) {
                  const err106 = { instancePath: instancePath + "/evaluatie/effecten_buiten_wijk", schemaPath: "#/$defs/tekst/pattern", keyword: "pattern", params: { pattern: "\\S" }, message: 'must match pattern "\\S"' };
                  if (vErrors === null) {
                    vErrors = [err106];
                  } else {
                    vErrors.push(err106);
                  }
                  errors++;
                }
              } else {
                const err107 = { instancePath: instancePath + "/evaluatie/effecten_buiten_wijk", schemaPath: "#/$defs/tekst/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err107];
                } else {
                  vErrors.push(err107);
                }
                errors++;
              }
            }
            if (data42.successen_delen !== void 0) {
              let data55 = data42.successen_delen;
              if (typeof data55 === "string") {
                if (!pattern5.test(data55)) {
                  const err108 = { instancePath: instancePath + "/evaluatie/successen_delen", schemaPath: "#/$defs/tekst/pattern", keyword: "pattern", params: { pattern: "\\S" }, message: 'must match pattern "\\S"' };
                  if (vErrors === null) {
                    vErrors = [err108];
                  } else {
                    vErrors.push(err108);
                  }
                  errors++;
                }
              } else {
                const err109 = { instancePath: instancePath + "/evaluatie/successen_delen", schemaPath: "#/$defs/tekst/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err109];
                } else {
                  vErrors.push(err109);
                }
                errors++;
              }
            }
          } else {
            const err110 = { instancePath: instancePath + "/evaluatie", schemaPath: "#/properties/evaluatie/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err110];
            } else {
              vErrors.push(err110);
            }
            errors++;
          }
        }
        if (data.bewoners !== void 0) {
          let data56 = data.bewoners;
          if (data56 && typeof data56 == "object" && !Array.isArray(data56)) {
            for (const key10 in data56) {
              if (!(key10 === "betrokkenheid" || key10 === "wijkinitiatieven" || pattern4.test(key10))) {
                const err111 = { instancePath: instancePath + "/bewoners", schemaPath: "#/properties/bewoners/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key10 }, message: "must NOT have additional properties" };
                if (vErrors === null) {
                  vErrors = [err111];
                } else {
                  vErrors.push(err111);
                }
                errors++;
              }
            }
            if (data56.betrokkenheid !== void 0) {
              let data57 = data56.betrokkenheid;
              if (Array.isArray(data57)) {
                const len10 = data57.length;
                for (let i10 = 0; i10 < len10; i10++) {
                  let data58 = data57[i10];
                  if (typeof data58 !== "string") {
                    const err112 = { instancePath: instancePath + "/bewoners/betrokkenheid/" + i10, schemaPath: "#/properties/bewoners/properties/betrokkenheid/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err112];
                    } else {
                      vErrors.push(err112);
                    }
                    errors++;
                  }
                  if (!(data58 === "gebiedsanalyse" || data58 === "wijkagenda" || data58 === "ontwerp" || data58 === "uitvoering" || data58 === "evaluatie" || data58 === "ervaringsdeskundigen")) {
                    const err113 = { instancePath: instancePath + "/bewoners/betrokkenheid/" + i10, schemaPath: "#/properties/bewoners/properties/betrokkenheid/items/enum", keyword: "enum", params: { allowedValues: schema31.properties.bewoners.properties.betrokkenheid.items.enum }, message: "must be equal to one of the allowed values" };
                    if (vErrors === null) {
                      vErrors = [err113];
                    } else {
                      vErrors.push(err113);
                    }
                    errors++;
                  }
                }
              } else {
                const err114 = { instancePath: instancePath + "/bewoners/betrokkenheid", schemaPath: "#/properties/bewoners/properties/betrokkenheid/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                if (vErrors === null) {
                  vErrors = [err114];
                } else {
                  vErrors.push(err114);
                }
                errors++;
              }
            }
            if (data56.wijkinitiatieven !== void 0) {
              let data59 = data56.wijkinitiatieven;
              if (typeof data59 === "string") {
                if (!pattern5.test(data59)) {
                  const err115 = { instancePath: instancePath + "/bewoners/wijkinitiatieven", schemaPath: "#/$defs/tekst/pattern", keyword: "pattern", params: { pattern: "\\S" }, message: 'must match pattern "\\S"' };
                  if (vErrors === null) {
                    vErrors = [err115];
                  } else {
                    vErrors.push(err115);
                  }
                  errors++;
                }
              } else {
                const err116 = { instancePath: instancePath + "/bewoners/wijkinitiatieven", schemaPath: "#/$defs/tekst/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err116];
                } else {
                  vErrors.push(err116);
                }
                errors++;
              }
            }
          } else {
            const err117 = { instancePath: instancePath + "/bewoners", schemaPath: "#/properties/bewoners/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err117];
            } else {
              vErrors.push(err117);
            }
            errors++;
          }
        }
      } else {
        const err118 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err118];
        } else {
          vErrors.push(err118);
        }
        errors++;
      }
      validate20.errors = vErrors;
      return errors === 0;
    }
    validate20.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
    exports2.validateConfig = validate42;
    var schema105 = { "$schema": "https://json-schema.org/draft/2020-12/schema", "$id": "https://wijkplan.nl/schemas/wijkplanrc.schema.json", "title": "Wijkplan-configuratie (.wijkplanrc)", "description": "Configuratie van de wijkplan-linter: een voorinstelling, de ernst per regel en de drempelwaarden. De configuratie is alleen data; er wordt niets uit uitgevoerd.", "type": "object", "properties": { "extends": { "description": "De ingebouwde voorinstelling die eerst wordt toegepast: aanbevolen (standaard) of streng (elke info wordt een waarschuwing).", "type": "string", "enum": ["aanbevolen", "streng"] }, "regels": { "description": "De ernst per regelcode, bijvoorbeeld WP306: off. Dit gaat boven de voorinstelling.", "type": "object", "patternProperties": { "^WP\\d{3}$": { "description": "De ernst van deze regel: error, warning, info, of off om de regel uit te zetten.", "type": "string", "enum": ["error", "warning", "info", "off"] } }, "additionalProperties": false }, "drempels": { "description": "Drempelwaarden die bepalen wanneer een regel afgaat.", "type": "object", "properties": { "minHorizonYears": { "description": "Minimale looptijd van het plan in jaren (standaard 10); een korter plan krijgt WP102.", "type": "integer", "minimum": 1, "maximum": 100 }, "minOwners": { "description": "Minimaal aantal verschillende eigenaars per interventie (standaard 2); minder geeft WP201.", "type": "integer", "minimum": 1, "maximum": 50 }, "minPartnerKinds": { "description": "Minimaal aantal verschillende soorten partners (standaard 3); minder geeft WP203.", "type": "integer", "minimum": 1, "maximum": 14 }, "minStructuralShare": { "description": "Minimaal aandeel structurele financiering in alle bedragen, van 0 tot 1 (standaard 0,5); minder geeft WP302.", "type": "number", "minimum": 0, "maximum": 1 }, "maxEvaluationGapYears": { "description": "Maximaal aantal jaren tussen planstart, evaluatiemomenten en planeinde (standaard 2); een groter gat geeft WP408.", "type": "number", "exclusiveMinimum": 0, "maximum": 50 } }, "additionalProperties": false } }, "additionalProperties": false };
    var pattern79 = new RegExp("^WP\\d{3}$", "u");
    function validate42(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
      ;
      let vErrors = null;
      let errors = 0;
      const evaluated0 = validate42.evaluated;
      if (evaluated0.dynamicProps) {
        evaluated0.props = void 0;
      }
      if (evaluated0.dynamicItems) {
        evaluated0.items = void 0;
      }
      if (data && typeof data == "object" && !Array.isArray(data)) {
        for (const key0 in data) {
          if (!(key0 === "extends" || key0 === "regels" || key0 === "drempels")) {
            const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
            if (vErrors === null) {
              vErrors = [err0];
            } else {
              vErrors.push(err0);
            }
            errors++;
          }
        }
        if (data.extends !== void 0) {
          let data0 = data.extends;
          if (typeof data0 !== "string") {
            const err1 = { instancePath: instancePath + "/extends", schemaPath: "#/properties/extends/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err1];
            } else {
              vErrors.push(err1);
            }
            errors++;
          }
          if (!(data0 === "aanbevolen" || data0 === "streng")) {
            const err2 = { instancePath: instancePath + "/extends", schemaPath: "#/properties/extends/enum", keyword: "enum", params: { allowedValues: schema105.properties.extends.enum }, message: "must be equal to one of the allowed values" };
            if (vErrors === null) {
              vErrors = [err2];
            } else {
              vErrors.push(err2);
            }
            errors++;
          }
        }
        if (data.regels !== void 0) {
          let data1 = data.regels;
          if (data1 && typeof data1 == "object" && !Array.isArray(data1)) {
            for (const key1 in data1) {
              if (!pattern79.test(key1)) {
                const err3 = { instancePath: instancePath + "/regels", schemaPath: "#/properties/regels/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties" };
                if (vErrors === null) {
                  vErrors = [err3];
                } else {
                  vErrors.push(err3);
                }
                errors++;
              }
            }
            for (const key2 in data1) {
              if (pattern79.test(key2)) {
                let data2 = data1[key2];
                if (typeof data2 !== "string") {
                  const err4 = { instancePath: instancePath + "/regels/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/regels/patternProperties/%5EWP%5Cd%7B3%7D%24/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                  if (vErrors === null) {
                    vErrors = [err4];
                  } else {
                    vErrors.push(err4);
                  }
                  errors++;
                }
                if (!(data2 === "error" || data2 === "warning" || data2 === "info" || data2 === "off")) {
                  const err5 = { instancePath: instancePath + "/regels/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/regels/patternProperties/%5EWP%5Cd%7B3%7D%24/enum", keyword: "enum", params: { allowedValues: schema105.properties.regels.patternProperties["^WP\\d{3}$"].enum }, message: "must be equal to one of the allowed values" };
                  if (vErrors === null) {
                    vErrors = [err5];
                  } else {
                    vErrors.push(err5);
                  }
                  errors++;
                }
              }
            }
          } else {
            const err6 = { instancePath: instancePath + "/regels", schemaPath: "#/properties/regels/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err6];
            } else {
              vErrors.push(err6);
            }
            errors++;
          }
        }
        if (data.drempels !== void 0) {
          let data3 = data.drempels;
          if (data3 && typeof data3 == "object" && !Array.isArray(data3)) {
            for (const key3 in data3) {
              if (!(key3 === "minHorizonYears" || key3 === "minOwners" || key3 === "minPartnerKinds" || key3 === "minStructuralShare" || key3 === "maxEvaluationGapYears")) {
                const err7 = { instancePath: instancePath + "/drempels", schemaPath: "#/properties/drempels/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key3 }, message: "must NOT have additional properties" };
                if (vErrors === null) {
                  vErrors = [err7];
                } else {
                  vErrors.push(err7);
                }
                errors++;
              }
            }
            if (data3.minHorizonYears !== void 0) {
              let data4 = data3.minHorizonYears;
              if (!(typeof data4 == "number" && (!(data4 % 1) && !isNaN(data4)) && isFinite(data4))) {
                const err8 = { instancePath: instancePath + "/drempels/minHorizonYears", schemaPath: "#/properties/drempels/properties/minHorizonYears/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                if (vErrors === null) {
                  vErrors = [err8];
                } else {
                  vErrors.push(err8);
                }
                errors++;
              }
              if (typeof data4 == "number" && isFinite(data4)) {
                if (data4 > 100 || isNaN(data4)) {
                  const err9 = { instancePath: instancePath + "/drempels/minHorizonYears", schemaPath: "#/properties/drempels/properties/minHorizonYears/maximum", keyword: "maximum", params: { comparison: "<=", limit: 100 }, message: "must be <= 100" };
                  if (vErrors === null) {
                    vErrors = [err9];
                  } else {
                    vErrors.push(err9);
                  }
                  errors++;
                }
                if (data4 < 1 || isNaN(data4)) {
                  const err10 = { instancePath: instancePath + "/drempels/minHorizonYears", schemaPath: "#/properties/drempels/properties/minHorizonYears/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" };
                  if (vErrors === null) {
                    vErrors = [err10];
                  } else {
                    vErrors.push(err10);
                  }
                  errors++;
                }
              }
            }
            if (data3.minOwners !== void 0) {
              let data5 = data3.minOwners;
              if (!(typeof data5 == "number" && (!(data5 % 1) && !isNaN(data5)) && isFinite(data5))) {
                const err11 = { instancePath: instancePath + "/drempels/minOwners", schemaPath: "#/properties/drempels/properties/minOwners/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                if (vErrors === null) {
                  vErrors = [err11];
                } else {
                  vErrors.push(err11);
                }
                errors++;
              }
              if (typeof data5 == "number" && isFinite(data5)) {
                if (data5 > 50 || isNaN(data5)) {
                  const err12 = { instancePath: instancePath + "/drempels/minOwners", schemaPath: "#/properties/drempels/properties/minOwners/maximum", keyword: "maximum", params: { comparison: "<=", limit: 50 }, message: "must be <= 50" };
                  if (vErrors === null) {
                    vErrors = [err12];
                  } else {
                    vErrors.push(err12);
                  }
                  errors++;
                }
                if (data5 < 1 || isNaN(data5)) {
                  const err13 = { instancePath: instancePath + "/drempels/minOwners", schemaPath: "#/properties/drempels/properties/minOwners/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" };
                  if (vErrors === null) {
                    vErrors = [err13];
                  } else {
                    vErrors.push(err13);
                  }
                  errors++;
                }
              }
            }
            if (data3.minPartnerKinds !== void 0) {
              let data6 = data3.minPartnerKinds;
              if (!(typeof data6 == "number" && (!(data6 % 1) && !isNaN(data6)) && isFinite(data6))) {
                const err14 = { instancePath: instancePath + "/drempels/minPartnerKinds", schemaPath: "#/properties/drempels/properties/minPartnerKinds/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                if (vErrors === null) {
                  vErrors = [err14];
                } else {
                  vErrors.push(err14);
                }
                errors++;
              }
              if (typeof data6 == "number" && isFinite(data6)) {
                if (data6 > 14 || isNaN(data6)) {
                  const err15 = { instancePath: instancePath + "/drempels/minPartnerKinds", schemaPath: "#/properties/drempels/properties/minPartnerKinds/maximum", keyword: "maximum", params: { comparison: "<=", limit: 14 }, message: "must be <= 14" };
                  if (vErrors === null) {
                    vErrors = [err15];
                  } else {
                    vErrors.push(err15);
                  }
                  errors++;
                }
                if (data6 < 1 || isNaN(data6)) {
                  const err16 = { instancePath: instancePath + "/drempels/minPartnerKinds", schemaPath: "#/properties/drempels/properties/minPartnerKinds/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" };
                  if (vErrors === null) {
                    vErrors = [err16];
                  } else {
                    vErrors.push(err16);
                  }
                  errors++;
                }
              }
            }
            if (data3.minStructuralShare !== void 0) {
              let data7 = data3.minStructuralShare;
              if (typeof data7 == "number" && isFinite(data7)) {
                if (data7 > 1 || isNaN(data7)) {
                  const err17 = { instancePath: instancePath + "/drempels/minStructuralShare", schemaPath: "#/properties/drempels/properties/minStructuralShare/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1 }, message: "must be <= 1" };
                  if (vErrors === null) {
                    vErrors = [err17];
                  } else {
                    vErrors.push(err17);
                  }
                  errors++;
                }
                if (data7 < 0 || isNaN(data7)) {
                  const err18 = { instancePath: instancePath + "/drempels/minStructuralShare", schemaPath: "#/properties/drempels/properties/minStructuralShare/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                  if (vErrors === null) {
                    vErrors = [err18];
                  } else {
                    vErrors.push(err18);
                  }
                  errors++;
                }
              } else {
                const err19 = { instancePath: instancePath + "/drempels/minStructuralShare", schemaPath: "#/properties/drempels/properties/minStructuralShare/type", keyword: "type", params: { type: "number" }, message: "must be number" };
                if (vErrors === null) {
                  vErrors = [err19];
                } else {
                  vErrors.push(err19);
                }
                errors++;
              }
            }
            if (data3.maxEvaluationGapYears !== void 0) {
              let data8 = data3.maxEvaluationGapYears;
              if (typeof data8 == "number" && isFinite(data8)) {
                if (data8 > 50 || isNaN(data8)) {
                  const err20 = { instancePath: instancePath + "/drempels/maxEvaluationGapYears", schemaPath: "#/properties/drempels/properties/maxEvaluationGapYears/maximum", keyword: "maximum", params: { comparison: "<=", limit: 50 }, message: "must be <= 50" };
                  if (vErrors === null) {
                    vErrors = [err20];
                  } else {
                    vErrors.push(err20);
                  }
                  errors++;
                }
                if (data8 <= 0 || isNaN(data8)) {
                  const err21 = { instancePath: instancePath + "/drempels/maxEvaluationGapYears", schemaPath: "#/properties/drempels/properties/maxEvaluationGapYears/exclusiveMinimum", keyword: "exclusiveMinimum", params: { comparison: ">", limit: 0 }, message: "must be > 0" };
                  if (vErrors === null) {
                    vErrors = [err21];
                  } else {
                    vErrors.push(err21);
                  }
                  errors++;
                }
              } else {
                const err22 = { instancePath: instancePath + "/drempels/maxEvaluationGapYears", schemaPath: "#/properties/drempels/properties/maxEvaluationGapYears/type", keyword: "type", params: { type: "number" }, message: "must be number" };
                if (vErrors === null) {
                  vErrors = [err22];
                } else {
                  vErrors.push(err22);
                }
                errors++;
              }
            }
          } else {
            const err23 = { instancePath: instancePath + "/drempels", schemaPath: "#/properties/drempels/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err23];
            } else {
              vErrors.push(err23);
            }
            errors++;
          }
        }
      } else {
        const err24 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err24];
        } else {
          vErrors.push(err24);
        }
        errors++;
      }
      validate42.errors = vErrors;
      return errors === 0;
    }
    validate42.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
  }
});

// bench-core.ts
var bench_core_exports = {};
__export(bench_core_exports, {
  RULES: () => RULES,
  checkSchema: () => checkSchema,
  computeScore: () => computeScore,
  createIncrementalLinter: () => createIncrementalLinter,
  lint: () => lint,
  lintParsed: () => lintParsed,
  parseDocument: () => import_yaml4.parseDocument,
  parseText: () => parseText
});
module.exports = __toCommonJS(bench_core_exports);

// server/src/core/fixes.ts
var import_yaml2 = __toESM(require_dist());

// server/src/core/parse.ts
var import_yaml = __toESM(require_dist());

// server/src/core/text.ts
var LineIndex = class {
  constructor(text) {
    this.text = text;
    let count = 1;
    for (let i = 0; i < text.length; i++) {
      const ch = text.charCodeAt(i);
      if (ch === 10) count++;
      else if (ch === 13) {
        if (text.charCodeAt(i + 1) === 10) i++;
        count++;
      }
    }
    const starts = new Array(count);
    starts[0] = 0;
    let line = 1;
    for (let i = 0; i < text.length; i++) {
      const ch = text.charCodeAt(i);
      if (ch === 10) {
        starts[line++] = i + 1;
      } else if (ch === 13) {
        if (text.charCodeAt(i + 1) === 10) i++;
        starts[line++] = i + 1;
      }
    }
    this.lineStarts = starts;
  }
  text;
  /** Offset at which each line starts. */
  lineStarts;
  get lineCount() {
    return this.lineStarts.length;
  }
  positionAt(offset) {
    const clamped = Math.max(0, Math.min(offset, this.text.length));
    let low = 0;
    let high = this.lineStarts.length - 1;
    while (low < high) {
      const mid = low + high + 1 >> 1;
      if (this.lineStarts[mid] <= clamped) low = mid;
      else high = mid - 1;
    }
    return { line: low, character: clamped - this.lineStarts[low] };
  }
  offsetAt(position) {
    if (position.line < 0) return 0;
    if (position.line >= this.lineStarts.length) return this.text.length;
    const start = this.lineStarts[position.line];
    return Math.min(start + Math.max(0, position.character), this.lineContentEnd(position.line));
  }
  rangeOf(start, end) {
    return { start: this.positionAt(start), end: this.positionAt(end) };
  }
  /** Offset just past the last character of the line, before its line break. */
  lineContentEnd(line) {
    const next = line + 1 < this.lineStarts.length ? this.lineStarts[line + 1] : this.text.length;
    let end = next;
    if (end > this.lineStarts[line] && this.text.charCodeAt(end - 1) === 10) end--;
    if (end > this.lineStarts[line] && this.text.charCodeAt(end - 1) === 13) end--;
    return end;
  }
  lineText(line) {
    return this.text.slice(this.lineStarts[line], this.lineContentEnd(line));
  }
};
function contentEndExcludingComment(text, from, lineEnd) {
  let quote = null;
  let end = lineEnd;
  for (let i = from; i < lineEnd; i++) {
    const ch = text[i];
    if (quote) {
      if (quote === "'" && ch === "'" && text[i + 1] === "'") i++;
      else if (quote === '"' && ch === "\\") i++;
      else if (ch === quote) quote = null;
    } else if (ch === '"' || ch === "'") {
      const prev = i === from ? " " : text[i - 1];
      if (/[\s:,[{\-?]/.test(prev) || i === from) quote = ch;
    } else if (ch === "#" && (i === from || text[i - 1] === " " || text[i - 1] === "	")) {
      end = i;
      break;
    }
  }
  while (end > from && (text[end - 1] === " " || text[end - 1] === "	")) end--;
  return end;
}

// server/src/core/parse.ts
var LIMITS = {
  /** Characters of plan text (about 5 MB of ASCII). */
  maxChars: 5 * 1024 * 1024,
  /**
   * Nesting of mappings and lists; a real plan needs about 7. A scan of the text enforces it
   * before the yaml parser recurses (which runs out of stack at some hundreds of levels).
   */
  maxDepth: 64,
  /** Nodes visited through aliases; a real plan has none. */
  maxAliasNodes: 1e4
};
function escapePointerToken(token) {
  return token.replace(/~/g, "~0").replace(/\//g, "~1");
}
function unescapePointerToken(token) {
  return token.replace(/~1/g, "/").replace(/~0/g, "~");
}
function joinPointer(parent, token) {
  return `${parent}/${escapePointerToken(String(token))}`;
}
function splitPointer(pointer) {
  if (pointer === "") return [];
  return pointer.slice(1).split("/").map(unescapePointerToken);
}
function parentPointer(pointer) {
  const cut = pointer.lastIndexOf("/");
  return cut <= 0 ? "" : pointer.slice(0, cut);
}
var LimitExceeded = class extends Error {
};
function parseText(input) {
  const text = input.charCodeAt(0) === 65279 ? input.slice(1) : input;
  const lines = new LineIndex(text);
  const result = {
    text,
    lines,
    value: void 0,
    nodes: /* @__PURE__ */ new Map(),
    syntaxProblems: [],
    duplicateKeys: [],
    unresolvedTags: [],
    empty: false
  };
  const binaryAt = findBinary(text);
  if (binaryAt >= 0) {
    result.syntaxProblems.push({ message: "binary", offset: binaryAt });
    return result;
  }
  if (text.length > LIMITS.maxChars) {
    result.syntaxProblems.push({ message: "size", offset: 0 });
    return result;
  }
  const deep = findDeepNesting(text, lines, LIMITS.maxDepth);
  if (deep) {
    result.syntaxProblems.push({ message: "depth", offset: deep.at });
    result.syntaxFirstKey = deep.firstKey;
    return result;
  }
  const yamlText = text.includes("\r") ? text.replace(/\r(?!\n)/g, "\n") : text;
  let doc;
  try {
    doc = (0, import_yaml.parseDocument)(yamlText, { uniqueKeys: false, prettyErrors: false, strict: true });
  } catch (error) {
    result.syntaxProblems.push({ message: error instanceof RangeError ? "depth" : String(error), offset: 0 });
    return result;
  }
  for (const error of doc.errors) {
    if (error.code === "DUPLICATE_KEY") continue;
    const message = error.code === "RESOURCE_EXHAUSTION" ? "depth" : /multiple documents/i.test(error.message) ? "documents" : error.message.split("\n")[0];
    result.syntaxProblems.push({ message, offset: error.pos[0] });
  }
  if (result.syntaxProblems.length > 0) {
    result.syntaxFirstKey = firstKeyOf(doc);
    return result;
  }
  if (doc.contents === null || (0, import_yaml.isScalar)(doc.contents) && doc.contents.value === null && doc.contents.source === "") {
    result.empty = true;
    result.value = null;
    return result;
  }
  const builder = new TreeBuilder(doc, result);
  try {
    result.value = builder.build(doc.contents, "", 0, void 0, false);
  } catch (error) {
    result.value = void 0;
    result.nodes.clear();
    result.duplicateKeys = [];
    result.unresolvedTags = [];
    result.syntaxFirstKey = firstKeyOf(doc);
    if (error instanceof LimitExceeded) {
      result.syntaxProblems.push({ message: error.message, offset: 0 });
    } else if (error instanceof RangeError) {
      result.syntaxProblems.push({ message: "depth", offset: 0 });
    } else {
      result.syntaxProblems.push({ message: String(error), offset: 0 });
    }
  }
  return result;
}
function firstKeyOf(doc) {
  const root = doc.contents;
  if (!(0, import_yaml.isMap)(root)) return void 0;
  const first = root.items[0];
  const range = (0, import_yaml.isPair)(first) ? first.key?.range : void 0;
  return range && range[1] > range[0] ? [range[0], range[1]] : void 0;
}
function findDeepNesting(text, lines, limit) {
  const stack = [];
  let flow = 0;
  let quote = "";
  let blockScalarAbove;
  const tooDeep = () => stack.length + flow - 1 > limit;
  const isBlank = (ch) => ch === " " || ch === "	";
  const isIndicator = (i, end) => (text[i] === "-" || text[i] === "?") && (i + 1 === end || isBlank(text[i + 1]));
  let firstKey;
  let firstLine = true;
  const tooDeepAt = (at) => ({ at, firstKey });
  for (let line = 0; line < lines.lineCount; line++) {
    const start = lines.lineStarts[line];
    const end = lines.lineContentEnd(line);
    let i = start;
    while (i < end && text[i] === " ") i++;
    if (i === end) continue;
    const column = i - start;
    if (blockScalarAbove !== void 0) {
      if (column > blockScalarAbove) continue;
      blockScalarAbove = void 0;
    }
    let valueStart = !quote;
    if (!quote && flow === 0) {
      if (text[i] === "#") continue;
      if (text.startsWith("---", i) && (i + 3 === end || isBlank(text[i + 3]))) i += 3;
      else if (text[i] === "%") continue;
      else {
        const itemLine = isIndicator(i, end);
        while (stack.length > 0) {
          const top = stack[stack.length - 1];
          if (top.column > column || top.column === column && (top.seq || !itemLine)) stack.pop();
          else break;
        }
        while (i < end && isIndicator(i, end)) {
          stack.push({ column: i - start, seq: text[i] === "-" });
          if (tooDeep()) return tooDeepAt(i);
          i++;
          while (i < end && isBlank(text[i])) i++;
        }
        const colon = i < end ? keyIndicator(text, i, end) : -1;
        if (colon >= 0) {
          if (firstLine && stack.length === 0) {
            let keyEnd = colon;
            while (keyEnd > i && isBlank(text[keyEnd - 1])) keyEnd--;
            if (keyEnd > i) firstKey = [i, keyEnd];
          }
          stack.push({ column: i - start, seq: false });
          if (tooDeep()) return tooDeepAt(i);
        }
        firstLine = false;
      }
    }
    for (; i < end; i++) {
      const ch = text[i];
      if (quote) {
        if (quote === '"' && ch === "\\") i++;
        else if (ch === quote) {
          if (quote === "'" && text[i + 1] === "'") i++;
          else quote = "";
        }
        continue;
      }
      const prev = i === start ? " " : text[i - 1];
      if (isBlank(ch)) continue;
      if (ch === "#" && isBlank(prev)) break;
      if (flow > 0) {
        if (ch === "[" || ch === "{") {
          flow++;
          if (tooDeep()) return tooDeepAt(i);
        } else if (ch === "]" || ch === "}") flow--;
        else if ((ch === '"' || ch === "'") && (isBlank(prev) || "[{,:".includes(prev))) quote = ch;
        continue;
      }
      if (valueStart) {
        if (ch === "[" || ch === "{") {
          flow = 1;
          if (tooDeep()) return tooDeepAt(i);
          continue;
        }
        if (ch === '"' || ch === "'") {
          quote = ch;
          valueStart = false;
          continue;
        }
        if (ch === "|" || ch === ">") {
          blockScalarAbove = stack.length > 0 ? stack[stack.length - 1].column : -1;
          break;
        }
        if (ch === "&" || ch === "!") {
          while (i + 1 < end && !isBlank(text[i + 1])) i++;
          continue;
        }
        valueStart = false;
      }
      if (ch === ":" && (i + 1 === end || isBlank(text[i + 1]))) valueStart = true;
    }
  }
  return void 0;
}
function keyIndicator(text, from, end) {
  let i = from;
  const first = text[i];
  if (first === "[" || first === "{" || first === "|" || first === ">" || first === "#") return -1;
  if (first === '"' || first === "'") {
    for (i++; i < end; i++) {
      if (first === '"' && text[i] === "\\") i++;
      else if (text[i] === first) {
        if (first === "'" && text[i + 1] === "'") i++;
        else break;
      }
    }
    if (i >= end) return -1;
  }
  for (; i < end; i++) {
    const ch = text[i];
    if (ch === "#" && (text[i - 1] === " " || text[i - 1] === "	")) return -1;
    if (ch === ":" && (i + 1 === end || text[i + 1] === " " || text[i + 1] === "	")) return i;
  }
  return -1;
}
function findBinary(text) {
  const match = /[\u0000-\u0008\u000e-\u001a\u001c-\u001f\ufffd]/.exec(text);
  return match ? match.index : -1;
}
function buildSubtree(doc, node, pointer, depth) {
  const out = { value: void 0, nodes: /* @__PURE__ */ new Map(), duplicateKeys: [], unresolvedTags: [], aliases: 0 };
  const builder = new TreeBuilder(doc, out);
  try {
    out.value = builder.build(node, pointer, depth, void 0, false);
  } catch {
    return void 0;
  }
  out.aliases = builder.aliases;
  return out;
}
var TreeBuilder = class {
  constructor(doc, result) {
    this.doc = doc;
    this.result = result;
  }
  doc;
  result;
  aliasNodes = 0;
  /** Alias nodes met, for buildSubtree. */
  aliases = 0;
  /** What each alias of the document names, found in one walk when the first alias is met. */
  aliasTargets;
  build(node, pointer, depth, key, inSeq, viaAlias = false) {
    if (depth > LIMITS.maxDepth) throw new LimitExceeded("depth");
    if ((0, import_yaml.isAlias)(node)) {
      this.aliases++;
      const target = this.resolveAlias(node);
      if (!target) return null;
      const value = this.build(target, pointer, depth, key, inSeq, true);
      const info2 = this.result.nodes.get(pointer);
      if (info2 && node.range) {
        info2.start = node.range[0];
        info2.end = node.range[1];
      }
      return value;
    }
    if (viaAlias && ++this.aliasNodes > LIMITS.maxAliasNodes) throw new LimitExceeded("aliases");
    const yamlNode = node;
    const range = yamlNode?.range ?? [key?.range?.[1] ?? 0, key?.range?.[1] ?? 0, 0];
    const info = {
      pointer,
      kind: (0, import_yaml.isMap)(node) ? "map" : (0, import_yaml.isSeq)(node) ? "seq" : "scalar",
      flow: Boolean(node?.flow),
      start: range[0],
      end: range[1],
      inSeq
    };
    if (viaAlias) info.aliased = true;
    if (key?.range) {
      info.keyStart = key.range[0];
      info.keyEnd = key.range[1];
    }
    if (yamlNode && "tag" in yamlNode && yamlNode.tag && !isKnownTag(yamlNode.tag)) {
      this.result.unresolvedTags.push({ pointer, tag: yamlNode.tag });
    }
    this.result.nodes.set(pointer, info);
    if ((0, import_yaml.isMap)(node)) {
      const out = {};
      const seen = /* @__PURE__ */ new Set();
      info.keys = [];
      for (const pair of node.items) {
        if (!(0, import_yaml.isPair)(pair)) continue;
        const keyNode = pair.key;
        const keyName = keyToString(keyNode);
        const childPointer = joinPointer(pointer, keyName);
        if (!info.firstKey && keyNode?.range) info.firstKey = [keyNode.range[0], keyNode.range[1]];
        if (seen.has(keyName)) {
          const keyRange = keyNode?.range ?? [info.start, info.start];
          this.result.duplicateKeys.push({ pointer: childPointer, keyStart: keyRange[0], keyEnd: keyRange[1], key: keyName });
        } else {
          seen.add(keyName);
          info.keys.push(keyName);
        }
        const childValue = this.build(pair.value, childPointer, depth + 1, keyNode ?? void 0, false, viaAlias);
        Object.defineProperty(out, keyName, { value: childValue, enumerable: true, writable: true, configurable: true });
      }
      return out;
    }
    if ((0, import_yaml.isSeq)(node)) {
      const out = [];
      node.items.forEach((item, index) => {
        out.push(this.build(item, joinPointer(pointer, index), depth + 1, void 0, true, viaAlias));
      });
      return out;
    }
    if ((0, import_yaml.isScalar)(node)) {
      if (node.type === import_yaml.Scalar.BLOCK_FOLDED || node.type === import_yaml.Scalar.BLOCK_LITERAL) info.blockScalar = true;
      const value = node.value;
      if (typeof value === "bigint") return Number(value);
      return value;
    }
    return null;
  }
  /**
   * The node an alias names: the last node with that anchor before it in document order, as
   * yaml's `Alias.resolve` finds it. That method walks the whole document for every alias,
   * which makes many aliases in a large text quadratic; one walk for all of them is linear.
   */
  resolveAlias(alias) {
    if (!this.aliasTargets) {
      const targets = /* @__PURE__ */ new Map();
      const latest = /* @__PURE__ */ new Map();
      (0, import_yaml.visit)(this.doc, {
        Node: (_key, node) => {
          if ((0, import_yaml.isAlias)(node)) {
            const target = latest.get(node.source);
            if (target) targets.set(node, target);
          } else if (node.anchor) latest.set(node.anchor, node);
        }
      });
      this.aliasTargets = targets;
    }
    return this.aliasTargets.get(alias);
  }
};
function isKnownTag(tag) {
  return /^tag:yaml\.org,2002:(str|int|float|bool|null|map|seq)$/.test(tag);
}
function keyToString(keyNode) {
  if (keyNode === null || keyNode === void 0) return "";
  if ((0, import_yaml.isScalar)(keyNode)) {
    const value = keyNode.value;
    if (value === null) return keyNode.source ?? "";
    return String(value);
  }
  return String(keyNode.toJSON());
}
function rangeForPointer(parsed, pointer) {
  const { lines, text } = parsed;
  let node = parsed.nodes.get(pointer);
  let current = pointer;
  while (!node && current !== "") {
    current = parentPointer(current);
    node = parsed.nodes.get(current);
  }
  if (!node || current === "") return rootRange(parsed);
  if (node.keyStart !== void 0 && node.keyEnd !== void 0) return lines.rangeOf(node.keyStart, node.keyEnd);
  if (node.inSeq && !node.flow && node.kind !== "scalar") {
    const line = lines.positionAt(node.start).line;
    const end = contentEndExcludingComment(text, node.start, lines.lineContentEnd(line));
    return lines.rangeOf(node.start, Math.max(end, node.start));
  }
  return lines.rangeOf(node.start, node.end);
}
function rootRange(parsed) {
  const root = parsed.nodes.get("");
  if (root?.kind === "map" && root.firstKey) return parsed.lines.rangeOf(root.firstKey[0], root.firstKey[1]);
  return { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
}
function findComments(parsed) {
  const { text, lines } = parsed;
  const blocked = [];
  for (const node of parsed.nodes.values()) if (node.blockScalar) blocked.push([node.start, node.end]);
  const comments = [];
  let hash = -2;
  for (let line = 0; line < lines.lineCount; line++) {
    const lineStart = lines.lineStarts[line];
    const lineEnd = lines.lineContentEnd(line);
    if (hash !== -1 && hash < lineStart) hash = text.indexOf("#", lineStart);
    if (hash < 0 || hash >= lineEnd) continue;
    const contentEnd = contentEndExcludingComment(text, lineStart, lineEnd);
    let start = contentEnd;
    while (start < lineEnd && text[start] !== "#") start++;
    if (start >= lineEnd) continue;
    if (blocked.some(([from, to]) => start >= from && start < to)) continue;
    comments.push({ start, end: lineEnd, text: text.slice(start + 1, lineEnd), line });
  }
  return comments;
}

// server/src/core/fixes.ts
function toTextEdits(parsed, fix) {
  const { text, lines } = parsed;
  const target = parsed.nodes.get(fix.pointer);
  if (!target || target.aliased || target.kind !== "map" || !target.keys || target.keys.length === 0) return void 0;
  if (target.keys.includes(fix.key)) return void 0;
  const eol = text.includes("\r\n") ? "\r\n" : text.includes("\r") && !text.includes("\n") ? "\r" : "\n";
  const valueLines = fix.value.split("\n");
  const multiLine = valueLines.length > 1 || /^[\w-]+:(\s|$)/.test(fix.value) || fix.value.startsWith("- ");
  if (target.flow) {
    const value = multiLine ? toFlow(fix.value) : fix.value;
    if (value === void 0) return void 0;
    const close = text.lastIndexOf("}", target.end);
    if (close < target.start) return void 0;
    let at2 = close;
    while (at2 > target.start && /\s/.test(text[at2 - 1])) at2--;
    return [{ start: at2, end: at2, newText: `, ${fix.key}: ${value}` }];
  }
  const firstKey = parsed.nodes.get(joinPointer(fix.pointer, target.keys[0]));
  if (firstKey?.keyStart === void 0) return void 0;
  const indent = " ".repeat(lines.positionAt(firstKey.keyStart).character);
  const childIndent = `${indent}  `;
  const body = multiLine ? `${fix.key}:${eol}${valueLines.map((line) => line === "" ? "" : `${childIndent}${line}`).join(eol)}` : `${fix.key}: ${fix.value}`;
  let end = target.end;
  while (end > target.start && (text[end - 1] === " " || text[end - 1] === "	")) end--;
  const lastLine = lines.positionAt(Math.max(target.start, end - 1)).line;
  const endsWithBreak = end > 0 && (text[end - 1] === "\n" || text[end - 1] === "\r");
  if (endsWithBreak) {
    const at2 = lines.lineStarts[lines.positionAt(end).line] ?? text.length;
    return [{ start: at2, end: at2, newText: `${indent}${body}${eol}` }];
  }
  const at = lines.lineContentEnd(lastLine);
  return [{ start: at, end: at, newText: `${eol}${indent}${body}` }];
}
function toFlow(block) {
  try {
    const data = (0, import_yaml2.parse)(block);
    if (data === null || typeof data !== "object") return void 0;
    return (0, import_yaml2.stringify)(data, { collectionStyle: "flow", lineWidth: 0 }).trim();
  } catch {
    return void 0;
  }
}

// server/src/core/rule.ts
function fillTemplate(template, data) {
  return template.replace(/\{(\w+)\}/g, (whole, name) => data && name in data ? String(data[name]) : whole);
}

// server/src/core/rules/wp0-structure/WP000-internal-error.ts
var WP000 = {
  code: "WP000",
  name: "internal-error",
  category: "WP0",
  severity: "error",
  engine: true,
  summary: { nl: "Een regel faalde met een interne fout.", en: "A rule failed with an internal error." },
  messages: {
    crashed: {
      nl: "Interne fout in regel {rule}: {error}. Meld dit bij Wijkplan; de andere regels zijn wel uitgevoerd.",
      en: "Internal error in rule {rule}: {error}. Please report this to Wijkplan; the other rules did run."
    }
  },
  sources: [],
  rationale: {
    nl: "Een fout in \xE9\xE9n regel mag de controle van de rest van het plan niet stilleggen, maar moet wel zichtbaar zijn.",
    en: "A failure in one rule must not stop the rest of the plan from being checked, but it must be visible."
  },
  check() {
  }
};

// server/src/core/rules/wp0-structure/WP001-yaml-syntax.ts
var WP001 = {
  code: "WP001",
  name: "yaml-syntax",
  category: "WP0",
  severity: "error",
  engine: true,
  summary: { nl: "Het bestand is geen geldige YAML.", en: "The file is not valid YAML." },
  messages: {
    syntax: {
      nl: "Geen geldige YAML op regel {line}, kolom {column}: {detail}. De rest van het plan is niet gecontroleerd.",
      en: "Not valid YAML at line {line}, column {column}: {detail}. The rest of the plan was not checked."
    },
    documents: {
      nl: "Het bestand bevat meer dan \xE9\xE9n YAML-document (regel {line}); een wijkplan is \xE9\xE9n document.",
      en: "The file holds more than one YAML document (line {line}); a plan is one document."
    },
    binary: {
      nl: "Het bestand is geen tekst (een NUL- of stuurteken op regel {line}); sla het plan op als UTF-8.",
      en: "The file is not text (a NUL or control character at line {line}); save the plan as UTF-8."
    },
    encoding: {
      nl: "Het bestand is geen geldige UTF-8-tekst; sla het plan op als UTF-8.",
      en: "The file is not valid UTF-8 text; save the plan as UTF-8."
    },
    size: {
      nl: "Het bestand is groter dan de grens van {limit}, dus het plan is niet gecontroleerd; splits het plan op.",
      en: "The file is larger than the limit of {limit}, so the plan was not checked; split the plan."
    },
    depth: {
      nl: "Het plan is dieper genest dan de grens van {limit} niveaus, dus het is niet gecontroleerd; maak de structuur platter.",
      en: "The plan is nested deeper than the limit of {limit} levels, so it was not checked; flatten the structure."
    },
    aliases: {
      nl: "Aliassen (*) breiden het plan uit tot meer dan {limit} knopen, de grens, dus het plan is niet gecontroleerd; schrijf de waarden uit of gebruik minder aliassen.",
      en: "Aliases (*) expand the plan to more than {limit} nodes, the limit, so the plan was not checked; write the values out or use fewer aliases."
    }
  },
  sources: [],
  rationale: {
    nl: "Alleen een leesbaar plan kan op borging worden gecontroleerd; een syntaxfout maakt elke andere uitspraak onbetrouwbaar.",
    en: "Only a readable plan can be checked for borging; a syntax error makes every other finding unreliable."
  },
  check() {
  }
};

// server/src/core/rules/wp0-structure/WP002-schema.ts
var WP002 = {
  code: "WP002",
  name: "schema",
  category: "WP0",
  severity: "error",
  engine: true,
  summary: { nl: "Een waarde past niet bij het wijkplanformaat.", en: "A value breaks the wijkplan format." },
  messages: {
    schema: { nl: "{detail}", en: "{detail}" },
    empty: {
      nl: 'Het bestand is leeg: een wijkplan is vereist (begin met "wijkplan: 1").',
      en: 'The file is empty: a plan is required (start with "wijkplan: 1").'
    },
    tag: {
      nl: "De tag {tag} is geen onderdeel van het formaat; hij wordt genegeerd en nooit uitgevoerd.",
      en: "The tag {tag} is not part of the format; it is ignored and never executed."
    }
  },
  sources: [],
  rationale: {
    nl: "De regels kunnen een plan alleen beoordelen als de structuur klopt; een tikfout in een sleutel verbergt anders wat er wel staat.",
    en: "The rules can only judge a plan whose structure is right; a typo in a key would otherwise hide what the plan does say."
  },
  check() {
  }
};

// server/src/core/rules/wp0-structure/WP003-duplicate-id.ts
function asObject(value) {
  return value !== null && typeof value === "object" && !Array.isArray(value) ? value : void 0;
}
function asList(value) {
  return Array.isArray(value) ? value : [];
}
function collectIds(raw) {
  const out = [];
  const take = (item, pointer) => {
    const id = asObject(item)?.id;
    if (typeof id === "string" && id.trim() !== "") out.push({ id, pointer: `${pointer}/id` });
  };
  const plan = asObject(raw);
  if (!plan) return out;
  asList(plan.partners).forEach((item, i) => take(item, `/partners/${i}`));
  asList(plan.doelen).forEach((item, i) => {
    take(item, `/doelen/${i}`);
    asList(asObject(item)?.indicatoren).forEach((indicator, j) => take(indicator, `/doelen/${i}/indicatoren/${j}`));
  });
  asList(plan.interventies).forEach((item, i) => take(item, `/interventies/${i}`));
  asList(asObject(plan.financiering)?.bronnen).forEach((item, i) => take(item, `/financiering/bronnen/${i}`));
  return out;
}
var WP003 = {
  code: "WP003",
  name: "duplicate-id",
  category: "WP0",
  severity: "error",
  summary: {
    nl: "Een id wordt een tweede keer gebruikt.",
    en: "An id is used a second time."
  },
  messages: {
    duplicate: {
      nl: 'Id "{id}" is al eerder in het plan gebruikt: elk id hoort \xE9\xE9n keer voor te komen, anders is niet duidelijk naar welk onderdeel een verwijzing wijst.',
      en: 'Id "{id}" is already used earlier in the plan: every id must occur once, or it is unclear which item a reference points to.'
    },
    first: {
      nl: 'Eerste gebruik van id "{id}"',
      en: 'First use of id "{id}"'
    }
  },
  sources: [],
  rationale: {
    nl: "Partners, doelen, indicatoren, interventies en bronnen verwijzen naar elkaar met hun id; een id dat twee keer voorkomt maakt die verwijzingen dubbelzinnig.",
    en: "Partners, goals, indicators, interventions and sources refer to each other by id; an id that occurs twice makes those references ambiguous."
  },
  check(ctx) {
    const occurrences = collectIds(ctx.raw).map((occurrence, order) => ({ ...occurrence, order, offset: ctx.offsetOf(occurrence.pointer) })).sort((a, b) => a.offset - b.offset || a.order - b.order);
    const first = /* @__PURE__ */ new Map();
    for (const { id, pointer } of occurrences) {
      const earlier = first.get(id);
      if (earlier === void 0) {
        first.set(id, pointer);
        continue;
      }
      ctx.report({
        pointer,
        messageId: "duplicate",
        data: { id },
        related: [{ pointer: earlier, messageId: "first", data: { id } }]
      });
    }
  }
};

// server/src/core/model.ts
function isMissing(value) {
  if (value === void 0 || value === null) return true;
  if (typeof value === "string") return value.trim() === "";
  if (Array.isArray(value)) return value.every((item) => item === void 0);
  return false;
}
function entries(list) {
  const out = [];
  if (!Array.isArray(list)) return out;
  list.forEach((item, index) => {
    if (item !== void 0 && item !== null) out.push([index, item]);
  });
  return out;
}
var DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;
function parseDate(value) {
  if (typeof value !== "string") return void 0;
  const match = DATE_PATTERN.exec(value);
  if (!match) return void 0;
  const date = { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) };
  if (date.month < 1 || date.month > 12 || date.day < 1 || date.day > daysInMonth(date.year, date.month)) return void 0;
  return date;
}
function isLeapYear(year) {
  return year % 4 === 0 && year % 100 !== 0 || year % 400 === 0;
}
function daysInMonth(year, month) {
  return [31, isLeapYear(year) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1];
}
function addYears(date, years) {
  const year = date.year + years;
  const day = Math.min(date.day, daysInMonth(year, date.month));
  return { year, month: date.month, day };
}
function addDays(date, days) {
  const result = /* @__PURE__ */ new Date(0);
  result.setUTCFullYear(date.year, date.month - 1, date.day + days);
  return { year: result.getUTCFullYear(), month: result.getUTCMonth() + 1, day: result.getUTCDate() };
}
function compareDates(a, b) {
  return a.year - b.year || a.month - b.month || a.day - b.day;
}
function formatDate(date) {
  const pad = (n, width) => String(n).padStart(width, "0");
  return `${pad(date.year, 4)}-${pad(date.month, 2)}-${pad(date.day, 2)}`;
}
function spansAtLeastYears(from, to, years) {
  return compareDates(addDays(to, 1), addYears(from, years)) >= 0;
}
function moreThanYearsApart(from, to, years) {
  const whole = Math.floor(years);
  let limit = addYears(from, whole);
  const months = Math.round((years - whole) * 12);
  if (months > 0) limit = addMonths(limit, months);
  return compareDates(to, limit) > 0;
}
function addMonths(date, months) {
  const total = date.year * 12 + (date.month - 1) + months;
  const year = Math.floor(total / 12);
  const month = total % 12 + 1;
  return { year, month, day: Math.min(date.day, daysInMonth(year, month)) };
}
function validPeriod(period) {
  if (!period) return void 0;
  const start = parseDate(period.start);
  const end = parseDate(period.eind);
  if (!start || !end || compareDates(start, end) > 0) return void 0;
  return { start, end };
}
function planPeriod(plan) {
  return validPeriod(plan.looptijd);
}
function interventionEnd(plan, intervention) {
  const own = intervention.looptijd;
  if (own === void 0 || own === null || typeof own !== "object") return planPeriod(plan)?.end;
  const start = parseDate(own.start);
  const end = parseDate(own.eind);
  if (start && end && compareDates(start, end) > 0) return planPeriod(plan)?.end;
  return end;
}
function amountsPerYear(list) {
  const perYear = /* @__PURE__ */ new Map();
  for (const [, item] of entries(list)) {
    if (typeof item.bedrag !== "number") continue;
    for (const year of yearsOf(item)) perYear.set(year, (perYear.get(year) ?? 0) + item.bedrag);
  }
  return perYear;
}
function yearsOf(item) {
  if (typeof item.jaar === "number") return [item.jaar];
  if (typeof item.van === "number" && typeof item.tot_en_met === "number" && item.van <= item.tot_en_met) {
    const years = [];
    for (let year = item.van; year <= item.tot_en_met; year++) years.push(year);
    return years;
  }
  return [];
}
function lastPayingYear(list) {
  let last;
  for (const [year, amount] of amountsPerYear(list)) if (amount > 0 && (last === void 0 || year > last)) last = year;
  return last;
}
var GOVERNMENT_KINDS = /* @__PURE__ */ new Set(["gemeente", "rijk", "provincie"]);
function idIndex(plan) {
  const partner = /* @__PURE__ */ new Map();
  const doel = /* @__PURE__ */ new Map();
  const bron = /* @__PURE__ */ new Map();
  for (const [i, p] of entries(plan.partners)) if (typeof p.id === "string" && !partner.has(p.id)) partner.set(p.id, `/partners/${i}`);
  for (const [i, d] of entries(plan.doelen)) if (typeof d.id === "string" && !doel.has(d.id)) doel.set(d.id, `/doelen/${i}`);
  for (const [i, b] of entries(plan.financiering?.bronnen))
    if (typeof b.id === "string" && !bron.has(b.id)) bron.set(b.id, `/financiering/bronnen/${i}`);
  return { partner, doel, bron };
}

// server/src/core/schema.ts
var import_validators = __toESM(require_validators());

// server/src/core/generated/plan-schema.json
var plan_schema_default = { $schema: "https://json-schema.org/draft/2020-12/schema", $id: "https://wijkplan.nl/schemas/wijkplan-1.schema.json", title: "Wijkplan (formaat versie 1)", description: "Een wijkplan (wijkaanpak) als YAML-bestand. Het formaat maakt zichtbaar of het plan borging regelt: of de resultaten blijven als het eerste geld en enthousiasme op zijn.", type: "object", required: ["wijkplan", "titel", "wijk", "looptijd", "visie", "partners", "doelen", "interventies"], properties: { wijkplan: { description: "Versie van het wijkplanformaat; altijd 1. Hieraan herkennen editor en linter het bestand als wijkplan.", type: "integer", const: 1 }, titel: { $ref: "#/$defs/tekst", description: "Titel van het wijkplan." }, wijk: { description: "De wijk of buurten waarvoor het plan geldt.", type: "object", required: ["naam", "gemeente"], properties: { naam: { $ref: "#/$defs/tekst", description: "Naam van de wijk of buurten." }, gemeente: { $ref: "#/$defs/tekst", description: "De gemeente waarin de wijk ligt." }, gemeentecode: { description: "CBS-gemeentecode, bijvoorbeeld GM0080. Daarmee zijn cijfers van het CBS aan het plan te koppelen.", type: "string", pattern: "^GM\\d{4}$" }, wijkcodes: { description: "CBS-codes van de wijken (WK) of buurten (BU) in het plan, zodat nulmeting en monitor over hetzelfde gebied gaan.", type: "array", items: { description: "Een CBS-wijkcode (WK gevolgd door zes tekens) of buurtcode (BU gevolgd door acht tekens).", type: "string", pattern: "^(WK\\d{4}[0-9A-Z]{2}|BU\\d{4}[0-9A-Z]{4})$" } }, inwoners: { description: "Aantal inwoners van de wijk.", type: "integer", minimum: 0 } }, patternProperties: { "^x-": {} }, additionalProperties: false }, looptijd: { $ref: "#/$defs/periode", description: "De periode waarin het plan loopt. Borging vraagt een lange adem: een horizon van tien jaar of meer." }, visie: { $ref: "#/$defs/tekst", description: "De visie op de lange termijn: waar de wijk over vele jaren wil staan. Een gedeelde visie houdt partners bij elkaar als geld en aandacht afnemen." }, partners: { description: "Alle organisaties die bij het plan betrokken zijn. Een brede coalitie maakt het resultaat minder afhankelijk van \xE9\xE9n partij.", type: "array", minItems: 1, items: { $ref: "#/$defs/partner" } }, bestuur: { description: "Bestuurlijke verankering: vaststelling, portefeuillehouders, programmaleiding en afspraken. Zonder verankering verdwijnt een aanpak gemakkelijk bij een nieuw college.", type: "object", properties: { vastgesteld: { description: "De formele vaststelling van het plan. Een plan dat de raad heeft vastgesteld, overleeft een bestuurswisseling beter.", type: "object", required: ["door", "datum"], properties: { door: { description: "Wie het plan heeft vastgesteld.", type: "string", enum: ["gemeenteraad", "college", "wethouder", "stuurgroep"] }, datum: { $ref: "#/$defs/datum", description: "Datum van de vaststelling." }, kenmerk: { $ref: "#/$defs/tekst", description: "Kenmerk van het besluit, bijvoorbeeld het nummer van het raadsvoorstel." } }, patternProperties: { "^x-": {} }, additionalProperties: false }, portefeuillehouders: { description: "De wethouders (of portefeuilles) die het plan dragen. Bestuurlijk eigenaarschap geeft de aanpak gewicht bij de begroting.", type: "array", items: { $ref: "#/$defs/tekst", description: "Een wethouder of portefeuille." } }, programmamanager: { $ref: "#/$defs/trekker", description: "De rol die het programma leidt: een functie bij een organisatie, geen persoon, zodat de aanpak niet van \xE9\xE9n mens afhangt." }, stuurgroep: { description: "De partners die in de stuurgroep zitten.", type: "array", items: { $ref: "#/$defs/refPartner", description: "Verwijzing naar een partner (id)." } }, afspraken: { description: "Voorwaarden die vooraf zijn afgesproken. Heldere afspraken over geld, mandaat en samenwerking voorkomen dat de aanpak vastloopt.", type: "object", properties: { budget: { $ref: "#/$defs/tekst", description: "Afspraak over het budget, bijvoorbeeld \xE9\xE9n ontschot en meerjarig wijkbudget." }, mandaat: { $ref: "#/$defs/tekst", description: "Afspraak over wie waarover mag beslissen." }, samenwerking: { $ref: "#/$defs/tekst", description: "Afspraak over hoe de partners samenwerken en overleggen." } }, patternProperties: { "^x-": {} }, additionalProperties: false }, inbedding: { $ref: "#/$defs/tekst", description: "Hoe de aanpak is ingebed in de reguliere (lijn)organisatie. Wat in de lijn zit, stopt niet wanneer het programma stopt." } }, patternProperties: { "^x-": {} }, additionalProperties: false }, doelen: { description: "De doelen van het plan, met indicatoren om de voortgang te meten.", type: "array", minItems: 1, items: { $ref: "#/$defs/doel" } }, interventies: { description: "De projecten en maatregelen die het plan uitvoert.", type: "array", minItems: 1, items: { $ref: "#/$defs/interventie" } }, financiering: { description: "Het geld: de budgethouder, de financieringsbronnen en de verwachte inverdieneffecten. Structurele financiering is de kern van borging.", type: "object", properties: { budgethouder: { $ref: "#/$defs/refPartner", description: "De ene partner die het gebundelde wijkbudget beheert. E\xE9n budgethouder maakt ontschot en meerjarig werken mogelijk." }, bronnen: { description: "De financieringsbronnen van het plan.", type: "array", items: { $ref: "#/$defs/bron" } }, inverdieneffecten: { description: "Besparingen of opbrengsten elders die het plan oplevert. Wie laat zien wie er baat bij heeft, vindt makkelijker structurele financiers.", type: "array", items: { description: "E\xE9n verwacht inverdieneffect.", type: "object", required: ["beschrijving"], properties: { beschrijving: { $ref: "#/$defs/tekst", description: "Wat er wordt bespaard of verdiend." }, partner: { $ref: "#/$defs/refPartner", description: "De partner bij wie de besparing of opbrengst terechtkomt." }, bedrag_per_jaar: { $ref: "#/$defs/bedrag", description: "Het verwachte bedrag per jaar, in euro." }, begrotingspost: { $ref: "#/$defs/tekst", description: "De begrotingspost waarop het effect zichtbaar wordt." } }, patternProperties: { "^x-": {} }, additionalProperties: false } } }, patternProperties: { "^x-": {} }, additionalProperties: false }, evaluatie: { description: "Meten en leren. Zonder meting is niet te zeggen wat werkt, en dus ook niet wat voortgezet moet worden.", type: "object", properties: { nulmeting: { description: "De nulmeting van het plan als geheel: het vertrekpunt van elke latere evaluatie.", type: "object", required: ["datum", "door"], properties: { datum: { $ref: "#/$defs/datum", description: "Datum van de nulmeting." }, door: { $ref: "#/$defs/refPartner", description: "De partner die de nulmeting uitvoert." } }, patternProperties: { "^x-": {} }, additionalProperties: false }, momenten: { description: "De evaluatiemomenten. Regelmatig evalueren laat op tijd zien wat werkt en wat bijgestuurd moet worden.", type: "array", items: { description: "E\xE9n evaluatiemoment.", type: "object", required: ["datum", "soort"], properties: { datum: { $ref: "#/$defs/datum", description: "Datum van het evaluatiemoment." }, soort: { description: "Soort evaluatie: tussentijds, eind (aan het einde van het plan) of monitor (een vaste meting).", type: "string", enum: ["tussentijds", "eind", "monitor"] }, door: { $ref: "#/$defs/refPartner", description: "De partner die de evaluatie uitvoert." }, met: { description: "De partners die aan de evaluatie meedoen. Samen evalueren houdt partners betrokken bij het vervolg.", type: "array", items: { $ref: "#/$defs/refPartner", description: "Verwijzing naar een partner (id)." } }, onderwerp: { $ref: "#/$defs/tekst", description: "Waarover de evaluatie gaat." } }, patternProperties: { "^x-": {} }, additionalProperties: false } }, effecten_buiten_wijk: { $ref: "#/$defs/tekst", description: "Hoe effecten buiten de wijk worden gevolgd, zoals verplaatsing van problemen naar omliggende wijken." }, successen_delen: { $ref: "#/$defs/tekst", description: "Hoe resultaten en successen worden gedeeld. Zichtbare successen houden partners en bewoners betrokken." } }, patternProperties: { "^x-": {} }, additionalProperties: false }, bewoners: { description: "Hoe bewoners bij het plan betrokken zijn. Wat bewoners zelf mee dragen, blijft ook na het programma bestaan.", type: "object", properties: { betrokkenheid: { description: "Waar bewoners meedoen. Bewoners die vanaf de analyse meedenken, dragen de aanpak later mee.", type: "array", items: { description: "Een fase of vorm waarin bewoners meedoen.", type: "string", enum: ["gebiedsanalyse", "wijkagenda", "ontwerp", "uitvoering", "evaluatie", "ervaringsdeskundigen"] } }, wijkinitiatieven: { $ref: "#/$defs/tekst", description: "Hoe eigen initiatieven van bewoners worden ondersteund." } }, patternProperties: { "^x-": {} }, additionalProperties: false } }, patternProperties: { "^x-": {} }, additionalProperties: false, $defs: { tekst: { description: "Niet-lege tekst. Een lege tekst of alleen spaties telt als ontbrekend.", type: "string", pattern: "\\S" }, id: { description: "Een sleutel: begint met een letter, daarna letters, cijfers, _ of -. Uniek in het hele plan.", type: "string", pattern: "^[A-Za-z][A-Za-z0-9_-]*$" }, refPartner: { description: "Verwijzing naar de id van een partner.", type: "string", pattern: "^[A-Za-z][A-Za-z0-9_-]*$", "x-ref": "partner" }, refDoel: { description: "Verwijzing naar de id van een doel.", type: "string", pattern: "^[A-Za-z][A-Za-z0-9_-]*$", "x-ref": "doel" }, refBron: { description: "Verwijzing naar de id van een financieringsbron.", type: "string", pattern: "^[A-Za-z][A-Za-z0-9_-]*$", "x-ref": "bron" }, datum: { description: "Een datum als JJJJ-MM-DD; het moet een bestaande kalenderdatum zijn.", type: "string", format: "date" }, periode: { description: "Een periode van start tot en met eind; start ligt op of voor eind.", type: "object", required: ["start", "eind"], properties: { start: { $ref: "#/$defs/datum", description: "Eerste dag van de periode." }, eind: { $ref: "#/$defs/datum", description: "Laatste dag van de periode." } }, patternProperties: { "^x-": {} }, additionalProperties: false }, jaar: { description: "Een jaartal van 2000 tot en met 2100.", type: "integer", minimum: 2e3, maximum: 2100 }, bedrag: { description: "Een bedrag in euro, 0 of meer.", type: "number", minimum: 0 }, bedragItem: { description: "Een bedrag voor \xE9\xE9n jaar (jaar) of voor elk jaar van een reeks (van en tot_en_met).", type: "object", required: ["bedrag"], properties: { jaar: { $ref: "#/$defs/jaar", description: "Het jaar waarvoor het bedrag geldt." }, van: { $ref: "#/$defs/jaar", description: "Eerste jaar van de reeks." }, tot_en_met: { $ref: "#/$defs/jaar", description: "Laatste jaar van de reeks; dit jaar telt mee." }, bedrag: { $ref: "#/$defs/bedrag", description: "Bedrag in euro per jaar; bij een reeks geldt het voor elk jaar ervan." } }, patternProperties: { "^x-": {} }, additionalProperties: false, anyOf: [{ properties: { jaar: true }, required: ["jaar"] }, { properties: { van: true, tot_en_met: true }, required: ["van", "tot_en_met"] }] }, bedragen: { description: "Bedragen per jaar. Een jaar mag in \xE9\xE9n lijst maar \xE9\xE9n keer voorkomen.", type: "array", items: { $ref: "#/$defs/bedragItem" } }, trekker: { description: "Een rol bij een organisatie, geen persoon, zodat het werk doorgaat als iemand vertrekt.", type: "object", required: ["rol", "organisatie"], properties: { rol: { $ref: "#/$defs/tekst", description: "De functie of rol; geen persoonsnaam." }, organisatie: { $ref: "#/$defs/refPartner", description: "De partner waar deze rol is belegd." }, vervanger: { $ref: "#/$defs/tekst", description: "De rol die het werk overneemt bij afwezigheid of vertrek. Een vaste vervanger voorkomt dat het werk stilvalt." } }, patternProperties: { "^x-": {} }, additionalProperties: false }, partner: { description: "Een organisatie die bij het plan betrokken is.", type: "object", required: ["id", "naam", "soort"], properties: { id: { $ref: "#/$defs/id", description: "Unieke sleutel van de partner; de rest van het plan verwijst hiermee naar deze partner." }, naam: { $ref: "#/$defs/tekst", description: "Naam van de organisatie." }, soort: { description: "Soort organisatie; gemeente, rijk en provincie zijn overheid. Een mix van soorten spreidt het eigenaarschap over meer schouders.", type: "string", enum: ["gemeente", "rijk", "provincie", "corporatie", "welzijn", "zorg", "zorgverzekeraar", "onderwijs", "politie", "bedrijf", "fonds", "kennisinstituut", "bewoners", "overig"] }, rol: { $ref: "#/$defs/tekst", description: "Wat de partner in het plan doet." }, commitment: { description: "Tot wanneer de partner zich verbindt en in welke afspraak dat staat. Een vastgelegde, langjarige verbintenis houdt de partner aan boord.", type: "object", required: ["tot", "vastgelegd_in"], properties: { tot: { $ref: "#/$defs/datum", description: "De datum tot wanneer de partner zich heeft verbonden." }, vastgelegd_in: { $ref: "#/$defs/tekst", description: "Het document waarin de verbintenis staat, bijvoorbeeld een wijkakkoord of convenant." } }, patternProperties: { "^x-": {} }, additionalProperties: false }, belang: { $ref: "#/$defs/tekst", description: "Wat de partner zelf wint met meedoen. Een partner met een eigen belang blijft langer betrokken." } }, patternProperties: { "^x-": {} }, additionalProperties: false }, doel: { description: "Een doel van het plan.", type: "object", required: ["id", "titel", "domein"], properties: { id: { $ref: "#/$defs/id", description: "Unieke sleutel van het doel; interventies en bronnen verwijzen hiermee naar dit doel." }, titel: { $ref: "#/$defs/tekst", description: "Korte omschrijving van het doel." }, domein: { description: "Het domein waarop het doel ligt.", type: "string", enum: ["sociaal", "fysiek", "economisch", "veiligheid", "gezondheid", "onderwijs"] }, indicatoren: { description: "Indicatoren waarmee de voortgang op dit doel wordt gemeten. Zonder meetbare indicator is niet aan te tonen wat werkt.", type: "array", items: { $ref: "#/$defs/indicator" } } }, patternProperties: { "^x-": {} }, additionalProperties: false }, indicator: { description: "Een meetbare indicator bij een doel.", type: "object", required: ["id", "naam", "soort"], properties: { id: { $ref: "#/$defs/id", description: "Unieke sleutel van de indicator." }, naam: { $ref: "#/$defs/tekst", description: "Wat de indicator meet." }, soort: { description: "outcome is een verandering in de wijk; output is wat er is geleverd. Alleen outcome laat zien of de wijk er blijvend op vooruitgaat.", type: "string", enum: ["outcome", "output"] }, eenheid: { $ref: "#/$defs/tekst", description: "Eenheid van de waarden, bijvoorbeeld procent of aantal." }, richting: { description: "De gewenste richting van de verandering.", type: "string", enum: ["omhoog", "omlaag"] }, bron: { $ref: "#/$defs/tekst", description: "Databron van de indicator, bijvoorbeeld CBS, Leefbaarometer of een eigen enqu\xEAte." }, nulmeting: { description: "De beginwaarde van de indicator. Zonder nulmeting is een effect niet vast te stellen.", type: "object", required: ["waarde", "datum"], properties: { waarde: { description: "De gemeten beginwaarde.", type: "number" }, datum: { $ref: "#/$defs/datum", description: "Peildatum van de nulmeting." }, bron: { $ref: "#/$defs/tekst", description: "Bron van de nulmeting, bijvoorbeeld een rapport of peiljaar." } }, patternProperties: { "^x-": {} }, additionalProperties: false }, streefwaarden: { description: "Streefwaarden per jaar. Tussendoelen maken zichtbaar of het plan op koers ligt.", type: "array", items: { description: "Een streefwaarde voor \xE9\xE9n jaar.", type: "object", required: ["jaar", "waarde"], properties: { jaar: { $ref: "#/$defs/jaar", description: "Het jaar waarin de streefwaarde bereikt moet zijn." }, waarde: { description: "De waarde die in dat jaar bereikt moet zijn.", type: "number" } }, patternProperties: { "^x-": {} }, additionalProperties: false } } }, patternProperties: { "^x-": {} }, additionalProperties: false }, interventie: { description: "Een project of maatregel van het plan.", type: "object", required: ["id", "naam"], properties: { id: { $ref: "#/$defs/id", description: "Unieke sleutel van de interventie." }, naam: { $ref: "#/$defs/tekst", description: "Naam van de interventie." }, beschrijving: { $ref: "#/$defs/tekst", description: "Wat de interventie inhoudt." }, doelen: { description: "De doelen waaraan de interventie bijdraagt.", type: "array", items: { $ref: "#/$defs/refDoel", description: "Verwijzing naar een doel (id)." } }, eigenaars: { description: "De partners die eigenaar zijn van de interventie. Meer dan \xE9\xE9n eigenaar maakt het resultaat minder kwetsbaar.", type: "array", items: { $ref: "#/$defs/refPartner", description: "Verwijzing naar een partner (id)." } }, trekker: { $ref: "#/$defs/trekker", description: "Wie de interventie trekt: een rol bij een organisatie, met een vervanger, zodat het werk doorgaat als iemand vertrekt." }, looptijd: { $ref: "#/$defs/periode", description: "Periode van de interventie; zonder looptijd geldt de looptijd van het plan." }, begroting: { $ref: "#/$defs/bedragen", description: "De kosten van de interventie per jaar." }, financiering: { description: "De financieringsbronnen die de interventie betalen. Een interventie zonder bron stopt zodra er geen los geld meer is.", type: "array", items: { $ref: "#/$defs/refBron", description: "Verwijzing naar een financieringsbron (id)." } }, voortzetting: { description: "Wat er na de looptijd met de interventie gebeurt. Zonder voortzettingsstrategie verdwijnt wat werkt samen met het projectgeld.", type: "object", required: ["strategie"], properties: { strategie: { description: "inbedden (in regulier beleid), overdragen (aan een partner of bewoners), opschalen (naar andere wijken), afbouwen, of stoppen (tenzij de evaluatie anders uitwijst).", type: "string", enum: ["inbedden", "overdragen", "opschalen", "afbouwen", "stoppen"] }, besluitmoment: { $ref: "#/$defs/datum", description: "Datum waarop over de voortzetting wordt besloten. Een vast besluitmoment voorkomt dat de interventie stilletjes afloopt." }, naar: { $ref: "#/$defs/refPartner", description: "De partner die de interventie overneemt (bij overdragen)." }, onderhoud: { $ref: "#/$defs/tekst", description: "Het onderhoud dat daarna nodig blijft, zodat de problemen niet terugkomen." }, toelichting: { $ref: "#/$defs/tekst", description: "Toelichting op de voortzetting." } }, patternProperties: { "^x-": {} }, additionalProperties: false } }, patternProperties: { "^x-": {} }, additionalProperties: false }, bron: { description: "Een financieringsbron van het plan.", type: "object", required: ["id", "naam", "partner", "soort", "bedragen"], properties: { id: { $ref: "#/$defs/id", description: "Unieke sleutel van de bron; interventies verwijzen hiermee naar deze bron." }, naam: { $ref: "#/$defs/tekst", description: "Naam van de bron, bijvoorbeeld de regeling of begrotingspost." }, partner: { $ref: "#/$defs/refPartner", description: "De partner die betaalt." }, soort: { description: "structureel (doorlopend in de begroting), incidenteel (eenmalig of tijdelijk) of resultaatfinanciering (betaald naar behaald resultaat). Structureel geld houdt de aanpak na de startfase overeind.", type: "string", enum: ["structureel", "incidenteel", "resultaatfinanciering"] }, bedragen: { $ref: "#/$defs/bedragen", description: "De bedragen die deze bron per jaar bijdraagt." }, doelen: { description: "De doelen waaraan de bron bijdraagt.", type: "array", items: { $ref: "#/$defs/refDoel", description: "Verwijzing naar een doel (id)." } } }, patternProperties: { "^x-": {} }, additionalProperties: false } } };

// server/src/core/schema.ts
var TEKST_PATTERN = "\\S";
function checkSchema(value) {
  const problems = fromAjvErrors(runValidator(import_validators.validatePlan, value), value);
  problems.push(...checkAmountLists(value));
  return problems;
}
function runValidator(validate, value) {
  validate(value);
  return validate.errors ? [...validate.errors] : [];
}
function fromAjvErrors(errors, value, schema = plan_schema_default) {
  const problems = [];
  const brokenValues = /* @__PURE__ */ new Set();
  const anyOfAt = new Set(errors.filter((e) => e.keyword === "anyOf").map((e) => e.instancePath));
  const relevant = errors.filter((e) => !(e.schemaPath.includes("/anyOf/") && anyOfAt.has(e.instancePath)));
  for (const error of relevant) {
    const pointer = error.instancePath;
    if (error.keyword === "pattern" && error.params.pattern === TEKST_PATTERN) {
      const cut = pointer.lastIndexOf("/");
      const parent = pointer.slice(0, Math.max(cut, 0));
      const key = splitPointer(pointer).pop() ?? "";
      brokenValues.add(pointer);
      const required = /^\d+$/.test(key) ? false : requiredKeys(schema, parent).includes(key);
      if (required) {
        problems.push({
          pointer: parent,
          removes: false,
          removePointer: pointer,
          message: {
            nl: `Verplichte sleutel "${key}" ontbreekt${where(parent, "nl")}: de tekst is leeg.`,
            en: `Required key "${key}" is missing${where(parent, "en")}: the text is empty.`
          }
        });
      } else {
        problems.push({ pointer, removes: false, removePointer: pointer, message: { nl: "", en: "" }, silent: true });
      }
      continue;
    }
    switch (error.keyword) {
      case "required": {
        const key = String(error.params.missingProperty);
        problems.push({
          pointer,
          removes: false,
          message: {
            nl: `Verplichte sleutel "${key}" ontbreekt${where(pointer, "nl")}.`,
            en: `Required key "${key}" is missing${where(pointer, "en")}.`
          }
        });
        break;
      }
      case "additionalProperties": {
        const key = String(error.params.additionalProperty);
        const allowed = allowedKeys(schema, pointer);
        const suggestion = closest(key, allowed);
        const hint = suggestion ? { nl: ` Bedoelt u "${suggestion}"?`, en: ` Did you mean "${suggestion}"?` } : { nl: allowed.length ? ` Toegestaan: ${allowed.join(", ")}.` : "", en: allowed.length ? ` Allowed: ${allowed.join(", ")}.` : "" };
        problems.push({
          pointer: joinPointer(pointer, key),
          removes: true,
          message: {
            nl: `Onbekende sleutel "${key}"${where(pointer, "nl")}.${hint.nl}`,
            en: `Unknown key "${key}"${where(pointer, "en")}.${hint.en}`
          }
        });
        break;
      }
      default: {
        if (brokenValues.has(pointer)) break;
        brokenValues.add(pointer);
        problems.push({ pointer, removes: true, message: describeValueError(error, valueAt(value, pointer), pointer) });
      }
    }
  }
  return problems;
}
function where(pointer, lang) {
  if (pointer === "") return lang === "nl" ? " op het hoogste niveau" : " at the top level";
  return lang === "nl" ? ` in ${pointer}` : ` in ${pointer}`;
}
function describeValueError(error, actual, pointer = "") {
  const params = error.params;
  const shown = describeValue(actual);
  switch (error.keyword) {
    case "type": {
      if (actual === null || actual === void 0) {
        const key = splitPointer(pointer).pop();
        if (key !== void 0 && !/^\d+$/.test(key)) {
          return {
            nl: `"${key}" heeft geen waarde: vul er een in, want een sleutel zonder waarde telt als afwezig.`,
            en: `"${key}" has no value: fill one in, because a key without a value counts as absent.`
          };
        }
        return { nl: "Hier hoort een waarde te staan, maar die ontbreekt.", en: "A value is expected here, but there is none." };
      }
      const type = String(params.type);
      return {
        nl: `Verwacht ${typeName(type, "nl")}, maar gevonden: ${shown}.`,
        en: `Expected ${typeName(type, "en")}, but found ${shown}.`
      };
    }
    case "enum": {
      const allowed = params.allowedValues.map(String);
      const suggestion = typeof actual === "string" ? closest(actual, allowed) : void 0;
      const hint = suggestion ? { nl: ` Bedoelt u "${suggestion}"?`, en: ` Did you mean "${suggestion}"?` } : { nl: "", en: "" };
      return {
        nl: `${shown} is geen toegestane waarde; kies uit: ${allowed.join(", ")}.${hint.nl}`,
        en: `${shown} is not an allowed value; choose from: ${allowed.join(", ")}.${hint.en}`
      };
    }
    case "const":
      return {
        nl: `Verwacht ${JSON.stringify(params.allowedValue)}, maar gevonden: ${shown}.`,
        en: `Expected ${JSON.stringify(params.allowedValue)}, but found ${shown}.`
      };
    case "format":
      return {
        nl: `${shown} is geen bestaande datum in de vorm JJJJ-MM-DD.`,
        en: `${shown} is not a real calendar date in the form YYYY-MM-DD.`
      };
    case "pattern":
      return describePattern(String(params.pattern), shown);
    case "minItems":
      return { nl: "Deze lijst mag niet leeg zijn.", en: "This list must not be empty." };
    case "minimum":
    case "maximum":
    case "exclusiveMinimum":
    case "exclusiveMaximum": {
      const comparison = String(params.comparison);
      return {
        nl: `${shown} moet ${comparison} ${String(params.limit)} zijn.`,
        en: `${shown} must be ${comparison} ${String(params.limit)}.`
      };
    }
    case "anyOf":
      return {
        nl: "Een bedrag hoort bij een jaar (jaar) of bij een reeks jaren (van en tot_en_met).",
        en: "An amount belongs to a year (jaar) or to a range of years (van and tot_en_met)."
      };
    default:
      return { nl: `Ongeldige waarde ${shown}: ${error.message ?? error.keyword}.`, en: `Invalid value ${shown}: ${error.message ?? error.keyword}.` };
  }
}
function describePattern(pattern, shown) {
  if (pattern === "\\S") return { nl: "Deze tekst mag niet leeg zijn.", en: "This text must not be empty." };
  if (pattern.startsWith("^[A-Za-z]"))
    return {
      nl: `${shown} is geen geldige id: begin met een letter en gebruik alleen letters, cijfers, _ en -.`,
      en: `${shown} is not a valid id: start with a letter and use only letters, digits, _ and -.`
    };
  if (pattern.includes("GM")) return { nl: `${shown} is geen CBS-gemeentecode (GM0000).`, en: `${shown} is not a CBS municipality code (GM0000).` };
  if (pattern.includes("WK"))
    return { nl: `${shown} is geen CBS-wijk- of buurtcode (WK000000 of BU00000000).`, en: `${shown} is not a CBS district or neighbourhood code (WK000000 or BU00000000).` };
  return { nl: `${shown} heeft niet de vorm ${pattern}.`, en: `${shown} does not match ${pattern}.` };
}
function typeName(type, lang) {
  const names = {
    object: ["een object (sleutels met waarden)", "an object (keys with values)"],
    array: ["een lijst", "a list"],
    string: ["een tekst", "a text"],
    integer: ["een geheel getal", "a whole number"],
    number: ["een getal", "a number"]
  };
  const name = names[type];
  return name ? name[lang === "nl" ? 0 : 1] : type;
}
function describeValue(value) {
  if (value === void 0) return "(niets)";
  if (typeof value === "string") return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}\u2026` : value);
  if (Array.isArray(value)) return "[\u2026]";
  if (value !== null && typeof value === "object") return "{\u2026}";
  return String(value);
}
function allowedKeys(schema, instancePath) {
  const properties = objectSchemaAt(schema, instancePath)?.properties;
  return properties && typeof properties === "object" ? Object.keys(properties) : [];
}
function requiredKeys(schema, instancePath) {
  const required = objectSchemaAt(schema, instancePath)?.required;
  return Array.isArray(required) ? required.map(String) : [];
}
function objectSchemaAt(schema, instancePath) {
  const root = schema;
  const deref = (node2) => {
    let current = node2;
    for (let hops = 0; current && typeof current.$ref === "string" && hops < 10; hops++) {
      current = resolveSchemaPath(root, current.$ref);
    }
    return current;
  };
  let node = deref(schema);
  for (const token of splitPointer(instancePath)) {
    if (!node) return void 0;
    const properties = node.properties;
    if (properties && token in properties) node = deref(properties[token]);
    else if (node.items && /^\d+$/.test(token)) node = deref(node.items);
    else return void 0;
  }
  return node;
}
function resolveSchemaPath(schema, schemaPath) {
  let node = schema;
  for (const token of splitPointer(schemaPath.replace(/^#/, ""))) {
    if (node === null || typeof node !== "object") return void 0;
    node = node[token];
  }
  return node && typeof node === "object" ? node : void 0;
}
function valueAt(value, pointer) {
  let node = value;
  for (const token of splitPointer(pointer)) {
    if (node === null || typeof node !== "object") return void 0;
    node = Array.isArray(node) ? node[Number(token)] : node[token];
  }
  return node;
}
function closest(word, candidates) {
  let best;
  let bestDistance = Infinity;
  const lower = word.toLowerCase();
  for (const candidate of candidates) {
    const distance = editDistance(lower, candidate.toLowerCase());
    if (distance < bestDistance) {
      bestDistance = distance;
      best = candidate;
    }
  }
  const allowed = Math.max(1, Math.min(3, Math.floor(word.length / 3)));
  return bestDistance <= allowed ? best : void 0;
}
function editDistance(a, b) {
  if (Math.abs(a.length - b.length) > 3) return Infinity;
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) current[j] = Math.min(current[j], previous[j - 2 + 0] + 1);
    }
    previous = current;
  }
  return previous[b.length];
}
function checkAmountLists(value) {
  const problems = [];
  const plan = value;
  if (!plan || typeof plan !== "object") return problems;
  const lists = [];
  if (Array.isArray(plan.interventies))
    plan.interventies.forEach((item, i) => lists.push([`/interventies/${i}/begroting`, item?.begroting]));
  const bronnen = plan.financiering && typeof plan.financiering === "object" ? plan.financiering.bronnen : void 0;
  if (Array.isArray(bronnen)) bronnen.forEach((item, i) => lists.push([`/financiering/bronnen/${i}/bedragen`, item?.bedragen]));
  for (const [listPointer, list] of lists) {
    if (!Array.isArray(list)) continue;
    const seen = /* @__PURE__ */ new Set();
    for (const [index, item] of entries(list)) {
      if (typeof item !== "object") continue;
      const pointer = `${listPointer}/${index}`;
      const { jaar, van, tot_en_met: totEnMet } = item;
      const isYear = (n) => typeof n === "number" && Number.isInteger(n) && n >= 2e3 && n <= 2100;
      let years = [];
      if (jaar !== void 0 && (van !== void 0 || totEnMet !== void 0)) {
        problems.push({
          pointer,
          removes: true,
          message: {
            nl: "Gebruik \xF3f jaar \xF3f van en tot_en_met, niet beide.",
            en: "Use either jaar or van and tot_en_met, not both."
          }
        });
        continue;
      }
      if (isYear(jaar)) years = [jaar];
      else if (isYear(van) && isYear(totEnMet)) {
        if (van > totEnMet) {
          problems.push({
            pointer,
            removes: true,
            message: { nl: `van (${van}) ligt na tot_en_met (${totEnMet}).`, en: `van (${van}) is after tot_en_met (${totEnMet}).` }
          });
          continue;
        }
        for (let year = van; year <= totEnMet; year++) years.push(year);
      }
      const twice = years.filter((year) => seen.has(year));
      if (twice.length > 0) {
        problems.push({
          pointer,
          removes: true,
          message: {
            nl: `Jaar ${twice[0]} staat al eerder in deze lijst met bedragen; geef elk jaar \xE9\xE9n keer.`,
            en: `Year ${twice[0]} already appears earlier in this list of amounts; give each year once.`
          }
        });
        continue;
      }
      for (const year of years) seen.add(year);
    }
  }
  return problems;
}

// server/src/core/rules/wp0-structure/WP004-unknown-ref.ts
function asObject2(value) {
  return value !== null && typeof value === "object" && !Array.isArray(value) ? value : void 0;
}
function asList2(value) {
  return Array.isArray(value) ? value : [];
}
function collectRefs(raw) {
  const out = [];
  const one = (kind, parent, key, pointer) => {
    const object = asObject2(parent);
    if (object && key in object) out.push({ kind, value: object[key], pointer: `${pointer}/${key}` });
  };
  const many = (kind, parent, key, pointer) => {
    asList2(asObject2(parent)?.[key]).forEach((value, i) => out.push({ kind, value, pointer: `${pointer}/${key}/${i}` }));
  };
  const plan = asObject2(raw);
  if (!plan) return out;
  asList2(plan.interventies).forEach((intervention, i) => {
    const at = `/interventies/${i}`;
    many("doel", intervention, "doelen", at);
    many("partner", intervention, "eigenaars", at);
    one("partner", asObject2(intervention)?.trekker, "organisatie", `${at}/trekker`);
    many("bron", intervention, "financiering", at);
    one("partner", asObject2(intervention)?.voortzetting, "naar", `${at}/voortzetting`);
  });
  const bestuur = asObject2(plan.bestuur);
  one("partner", bestuur?.programmamanager, "organisatie", "/bestuur/programmamanager");
  many("partner", bestuur, "stuurgroep", "/bestuur");
  const financiering = asObject2(plan.financiering);
  one("partner", financiering, "budgethouder", "/financiering");
  asList2(financiering?.bronnen).forEach((bron, i) => {
    one("partner", bron, "partner", `/financiering/bronnen/${i}`);
    many("doel", bron, "doelen", `/financiering/bronnen/${i}`);
  });
  asList2(financiering?.inverdieneffecten).forEach((effect, i) => one("partner", effect, "partner", `/financiering/inverdieneffecten/${i}`));
  const evaluatie = asObject2(plan.evaluatie);
  one("partner", evaluatie?.nulmeting, "door", "/evaluatie/nulmeting");
  asList2(evaluatie?.momenten).forEach((moment, i) => {
    one("partner", moment, "door", `/evaluatie/momenten/${i}`);
    many("partner", moment, "met", `/evaluatie/momenten/${i}`);
  });
  return out;
}
function definitionsPointer(ctx, kind) {
  const candidates = kind === "partner" ? ["/partners"] : kind === "doel" ? ["/doelen"] : ["/financiering/bronnen", "/financiering"];
  return candidates.find((pointer) => ctx.offsetOf(pointer) >= 0) ?? "";
}
var WP004 = {
  code: "WP004",
  name: "unknown-ref",
  category: "WP0",
  severity: "error",
  summary: {
    nl: "Een verwijzing noemt geen bestaand onderdeel van die soort.",
    en: "A reference names no existing item of its kind."
  },
  messages: {
    partner: {
      nl: '"{ref}" is geen id van een partner: voeg de partner toe onder partners of verbeter de verwijzing, anders telt deze partij nergens mee.',
      en: '"{ref}" is not the id of a partner: add the partner under partners or correct the reference, or this party counts nowhere.'
    },
    partnerSuggestion: {
      nl: '"{ref}" is geen id van een partner; bedoelt u "{suggestion}"? Een verwijzing die niets noemt, telt nergens mee.',
      en: '"{ref}" is not the id of a partner; did you mean "{suggestion}"? A reference that names nothing counts nowhere.'
    },
    doel: {
      nl: '"{ref}" is geen id van een doel: voeg het doel toe onder doelen of verbeter de verwijzing, anders is niet te zien waaraan dit bijdraagt.',
      en: '"{ref}" is not the id of a goal: add the goal under doelen or correct the reference, or it is unclear what this contributes to.'
    },
    doelSuggestion: {
      nl: '"{ref}" is geen id van een doel; bedoelt u "{suggestion}"? Een verwijzing die niets noemt, laat niet zien waaraan dit bijdraagt.',
      en: '"{ref}" is not the id of a goal; did you mean "{suggestion}"? A reference that names nothing does not show what this contributes to.'
    },
    bron: {
      nl: '"{ref}" is geen id van een financieringsbron: voeg de bron toe onder financiering.bronnen of verbeter de verwijzing, anders is niet te zien wie dit betaalt.',
      en: '"{ref}" is not the id of a funding source: add the source under financiering.bronnen or correct the reference, or it is unclear who pays for this.'
    },
    bronSuggestion: {
      nl: '"{ref}" is geen id van een financieringsbron; bedoelt u "{suggestion}"? Een verwijzing die niets noemt, laat niet zien wie dit betaalt.',
      en: '"{ref}" is not the id of a funding source; did you mean "{suggestion}"? A reference that names nothing does not show who pays for this.'
    },
    partnersDefined: { nl: "Hier staan de partners", en: "The partners are defined here" },
    doelenDefined: { nl: "Hier staan de doelen", en: "The goals are defined here" },
    bronnenDefined: { nl: "Hier staan de financieringsbronnen", en: "The funding sources are defined here" }
  },
  sources: [],
  rationale: {
    nl: "Een plan legt verbanden met verwijzingen: wie eigenaar is, welk doel een interventie dient, welke bron betaalt. Een verwijzing die niets noemt, maakt zo'n verband ongemerkt ongedaan.",
    en: "A plan makes its links with references: who owns what, which goal an intervention serves, which source pays. A reference that names nothing silently undoes such a link."
  },
  check(ctx) {
    const index = idIndex(ctx.plan);
    for (const { kind, value, pointer } of collectRefs(ctx.raw)) {
      if (typeof value !== "string" || value.trim() === "") continue;
      const known = index[kind];
      if (known.has(value)) continue;
      const suggestion = closest(value, [...known.keys()]);
      const definedAt = definitionsPointer(ctx, kind);
      ctx.report({
        pointer,
        messageId: suggestion ? `${kind}Suggestion` : kind,
        data: suggestion ? { ref: value, suggestion } : { ref: value },
        related: [{ pointer: definedAt, messageId: kind === "partner" ? "partnersDefined" : kind === "doel" ? "doelenDefined" : "bronnenDefined" }]
      });
    }
  }
};

// server/src/core/rules/wp0-structure/WP005-period-order.ts
var WP005 = {
  code: "WP005",
  name: "period-order",
  category: "WP0",
  severity: "error",
  summary: {
    nl: "Een looptijd begint na zijn einde.",
    en: "A period starts after its end."
  },
  messages: {
    plan: {
      nl: "De looptijd van het plan begint op {start}, na het einde op {eind}: draai de data om, want zonder geldige looptijd kan geen enkele termijn worden gecontroleerd.",
      en: "The plan's period starts on {start}, after its end on {eind}: swap the dates, since without a valid period no time limit can be checked."
    },
    intervention: {
      nl: 'De looptijd van interventie "{id}" begint op {start}, na het einde op {eind}: draai de data om, want tot dan telt deze looptijd niet en geldt die van het plan.',
      en: `The period of intervention "{id}" starts on {start}, after its end on {eind}: swap the dates, since until then this period does not count and the plan's applies.`
    }
  },
  sources: [],
  rationale: {
    nl: "Veel controles rekenen met de looptijd: de horizon, het besluitmoment, de financiering per jaar. Een looptijd die eerder eindigt dan hij begint telt daarom als afwezig, en wordt hier \xE9\xE9n keer gemeld.",
    en: "Many checks reckon with the period: the horizon, the decision date, the funding per year. A period that ends before it starts therefore counts as absent, and is reported here once."
  },
  check(ctx) {
    const isReversed = (period) => {
      const start = parseDate(period?.start);
      const end = parseDate(period?.eind);
      return start !== void 0 && end !== void 0 && compareDates(start, end) > 0;
    };
    if (isReversed(ctx.plan.looptijd)) {
      ctx.report({ pointer: "/looptijd", messageId: "plan", data: { start: ctx.plan.looptijd.start, eind: ctx.plan.looptijd.eind } });
    }
    for (const [index, intervention] of entries(ctx.plan.interventies)) {
      if (!isReversed(intervention.looptijd)) continue;
      ctx.report({
        pointer: `/interventies/${index}/looptijd`,
        messageId: "intervention",
        data: { id: intervention.id ?? String(index + 1), start: intervention.looptijd.start, eind: intervention.looptijd.eind }
      });
    }
  }
};

// server/src/core/rules/wp0-structure/WP006-duplicate-key.ts
var WP006 = {
  code: "WP006",
  name: "duplicate-key",
  category: "WP0",
  severity: "error",
  engine: true,
  summary: { nl: "Een sleutel staat twee keer in hetzelfde object.", en: "A key appears twice in one mapping." },
  messages: {
    duplicate: {
      nl: 'Sleutel "{key}" staat hier voor de tweede keer; alleen deze laatste waarde telt.',
      en: 'Key "{key}" appears here for the second time; only this last value counts.'
    },
    first: { nl: 'Eerste "{key}"', en: 'First "{key}"' }
  },
  sources: [],
  rationale: {
    nl: "Bij een dubbele sleutel verdwijnt de eerste waarde stilzwijgend; wat de schrijver bedoelde gaat dan verloren.",
    en: "With a duplicate key the first value silently disappears, and what the writer meant is lost."
  },
  check() {
  }
};

// server/src/core/rules/wp0-structure/WP007-unused-suppression.ts
var WP007 = {
  code: "WP007",
  name: "unused-suppression",
  category: "WP0",
  severity: "warning",
  engine: true,
  summary: { nl: "Een wijkplan-disable-opmerking onderdrukt niets.", en: "A wijkplan-disable comment silences nothing." },
  messages: {
    unused: {
      nl: "{code} wordt hier onderdrukt, maar er is geen melding {code} om te onderdrukken; haal de opmerking weg.",
      en: "{code} is suppressed here, but there is no {code} finding to silence; remove the comment."
    },
    unknown: {
      nl: "{code} is geen bekende regel, dus deze onderdrukking doet niets: verbeter de code of haal hem uit de opmerking.",
      en: "{code} is not a known rule, so this suppression does nothing: correct the code or remove it from the comment."
    },
    notSuppressible: {
      nl: "{code} kan niet worden onderdrukt, want zo'n melding moet altijd zichtbaar blijven; haal de code uit de opmerking.",
      en: "{code} cannot be suppressed, because such a finding must always stay visible; remove the code from the comment."
    }
  },
  sources: [],
  rationale: {
    nl: "Verouderde onderdrukkingen stapelen zich op en verbergen later echte meldingen; daarom wordt een onderdrukking die niets doet gemeld.",
    en: "Stale suppressions pile up and later hide real findings; so a suppression that does nothing is reported."
  },
  check() {
  }
};

// server/src/core/rules/wp0-structure/WP008-outside-period.ts
var WP008 = {
  code: "WP008",
  name: "outside-period",
  category: "WP0",
  severity: "warning",
  summary: {
    nl: "Een datum of jaar ligt buiten de looptijd van het plan.",
    en: "A date or year lies outside the plan's period."
  },
  messages: {
    interventionDate: {
      nl: 'Interventie "{id}" heeft {date} als {key}, buiten de looptijd van het plan ({start} tot en met {eind}): wat buiten het plan valt, is door het plan niet geregeld.',
      en: `Intervention "{id}" has {date} as its {key}, outside the plan's period ({start} to {eind}): what lies outside the plan is not arranged by it.`
    },
    moment: {
      nl: "Evaluatiemoment {number} op {date} ligt buiten de looptijd van het plan ({start} tot en met {eind}): zo'n evaluatie stuurt het plan niet bij.",
      en: "Evaluation moment {number} on {date} lies outside the plan's period ({start} to {eind}): such an evaluation does not steer the plan."
    },
    sourceYear: {
      nl: 'Bron "{id}" noemt het jaar {year} ({key}), buiten de looptijd van het plan ({first} tot en met {last}): dat geld draagt niet bij aan dit plan.',
      en: `Source "{id}" names the year {year} ({key}), outside the plan's period ({first} to {last}): that money does not serve this plan.`
    },
    budgetYear: {
      nl: 'De begroting van interventie "{id}" noemt het jaar {year} ({key}), buiten de looptijd van het plan ({first} tot en met {last}): die kosten vallen buiten het plan.',
      en: `The budget of intervention "{id}" names the year {year} ({key}), outside the plan's period ({first} to {last}): those costs fall outside the plan.`
    }
  },
  sources: [],
  rationale: {
    nl: "Alles wat het plan regelt, hoort binnen zijn looptijd te vallen; een datum of jaar daarbuiten is meestal een tikfout of een plan waarvan de looptijd niet is bijgewerkt.",
    en: "Everything the plan arranges belongs within its period; a date or year outside it is usually a typo, or a plan whose period was not updated."
  },
  check(ctx) {
    const plan = planPeriod(ctx.plan);
    if (!plan) return;
    const outside = (date) => compareDates(date, plan.start) < 0 || compareDates(date, plan.end) > 0;
    const yearOutside = (year) => year < plan.start.year || year > plan.end.year;
    const dateData = { start: formatDate(plan.start), eind: formatDate(plan.end) };
    const yearData = { first: plan.start.year, last: plan.end.year };
    const checkAmounts = (list, listPointer, messageId, id) => {
      for (const [index, item] of entries(list)) {
        for (const key of ["jaar", "van", "tot_en_met"]) {
          const year = item[key];
          if (typeof year !== "number" || !yearOutside(year)) continue;
          ctx.report({ pointer: `${listPointer}/${index}/${key}`, messageId, data: { id, year, key, ...yearData } });
        }
      }
    };
    for (const [index, intervention] of entries(ctx.plan.interventies)) {
      const id = intervention.id ?? String(index + 1);
      const own = intervention.looptijd;
      const start = parseDate(own?.start);
      const end = parseDate(own?.eind);
      if (!(start && end && compareDates(start, end) > 0)) {
        for (const [key, date] of [["start", start], ["eind", end]]) {
          if (!date || !outside(date)) continue;
          ctx.report({
            pointer: `/interventies/${index}/looptijd/${key}`,
            messageId: "interventionDate",
            data: { id, key, date: formatDate(date), ...dateData }
          });
        }
      }
      checkAmounts(intervention.begroting, `/interventies/${index}/begroting`, "budgetYear", id);
    }
    for (const [index, moment] of entries(ctx.plan.evaluatie?.momenten)) {
      const date = parseDate(moment.datum);
      if (!date || !outside(date)) continue;
      ctx.report({ pointer: `/evaluatie/momenten/${index}/datum`, messageId: "moment", data: { number: index + 1, date: formatDate(date), ...dateData } });
    }
    for (const [index, bron] of entries(ctx.plan.financiering?.bronnen)) {
      checkAmounts(bron.bedragen, `/financiering/bronnen/${index}/bedragen`, "sourceYear", bron.id ?? String(index + 1));
    }
  }
};

// server/src/core/rules/wp0-structure/index.ts
var STRUCTURE_RULES = [WP000, WP001, WP002, WP003, WP004, WP005, WP006, WP007, WP008];

// server/src/core/rules/wp1-continuity/WP101-missing-continuation.ts
var WP101 = {
  code: "WP101",
  name: "missing-continuation",
  category: "WP1",
  severity: "error",
  summary: {
    nl: "Een interventie heeft geen voortzetting.",
    en: "An intervention has no continuation."
  },
  messages: {
    missing: {
      nl: 'Interventie "{id}" heeft geen voortzetting: leg nu al vast wat er gebeurt als de looptijd eindigt, anders stopt het werk met het geld.',
      en: 'Intervention "{id}" has no continuation: decide now what happens when its period ends, or the work stops when the money does.'
    }
  },
  sources: ["000", "001"],
  rationale: {
    nl: "Hoe een project doorgaat na afloop wordt zelden bij de start bedacht; wie pas aan het eind nadenkt over inbedden, overdragen of afbouwen, is te laat.",
    en: "How a project continues once it ends is rarely considered at its start; deciding on embedding, handing over or phasing out only at the end is too late."
  },
  fixable: true,
  check(ctx) {
    for (const [index, intervention] of entries(ctx.plan.interventies)) {
      if (intervention.voortzetting !== void 0 && intervention.voortzetting !== null) continue;
      const end = interventionEnd(ctx.plan, intervention);
      const lines = ["strategie: inbedden"];
      if (end) lines.push(`besluitmoment: ${formatDate(addYears(end, -1))}`);
      lines.push('toelichting: "in te vullen: wie neemt het werk over na de looptijd, en met welk geld?"');
      ctx.report({
        pointer: `/interventies/${index}`,
        messageId: "missing",
        data: { id: intervention.id ?? String(index + 1) },
        fix: {
          kind: "insertKey",
          pointer: `/interventies/${index}`,
          key: "voortzetting",
          value: lines.join("\n"),
          title: { nl: "Voeg een voortzetting toe (inbedden)", en: "Add a continuation (embed)" },
          safe: false
        }
      });
    }
  }
};

// server/src/core/rules/wp1-continuity/WP102-short-horizon.ts
var ERROR_YEARS = 4;
var WP102 = {
  code: "WP102",
  name: "short-horizon",
  category: "WP1",
  severity: "warning",
  summary: {
    nl: "De looptijd van het plan is te kort voor blijvend resultaat.",
    en: "The plan's period is too short for lasting results."
  },
  messages: {
    short: {
      nl: "De looptijd ({start} tot en met {eind}) is korter dan {years} jaar: blijvend resultaat in een wijk vraagt een lange adem, dus plan voor minstens {years} jaar.",
      en: "The period ({start} to {eind}) is shorter than {years} years: lasting results in a neighbourhood need staying power, so plan for at least {years} years."
    },
    tooShort: {
      nl: "De looptijd ({start} tot en met {eind}) is {limit} jaar of korter: zo'n kort programma verdwijnt vaak voordat er iets blijvend verandert, dus plan voor minstens {years} jaar.",
      en: "The period ({start} to {eind}) is {limit} years or shorter: a programme this short often disappears before anything changes for good, so plan for at least {years} years."
    }
  },
  sources: ["001", "004"],
  rationale: {
    nl: "Wijkengids 2 vraagt gemeenten en Rijk de aanpak minstens tien jaar vol te houden, en in Leeuwarden Oost verbonden partners zich voor twintig jaar, omdat een programma met een korte horizon vaak al na \xE9\xE9n bestuursperiode verdwijnt. Een korte looptijd maakt borging bij voorbaat lastig.",
    en: "Wijkengids 2 asks municipalities and the state to keep the approach up for at least ten years, and in Leeuwarden Oost partners committed for twenty years, because a programme with a short horizon often disappears after a single term of office. A short period makes borging hard from the start."
  },
  thresholds: ["minHorizonYears"],
  check(ctx) {
    const period = planPeriod(ctx.plan);
    if (!period) return;
    const years = ctx.thresholds.minHorizonYears;
    const data = { start: formatDate(period.start), eind: formatDate(period.end), years };
    if (compareDates(addDays(period.end, 1), addYears(period.start, ERROR_YEARS)) <= 0) {
      ctx.report({ pointer: "/looptijd", messageId: "tooShort", severity: "error", data: { ...data, limit: ERROR_YEARS } });
    } else if (!spansAtLeastYears(period.start, period.end, years)) {
      ctx.report({ pointer: "/looptijd", messageId: "short", data });
    }
  }
};

// server/src/core/rules/wp1-continuity/WP103-continuation-undecided.ts
var WP103 = {
  code: "WP103",
  name: "continuation-undecided",
  category: "WP1",
  severity: "warning",
  summary: {
    nl: "Een voortzetting heeft geen besluitmoment v\xF3\xF3r het einde van de interventie.",
    en: "A continuation has no decision date before the intervention ends."
  },
  messages: {
    missing: {
      nl: 'De voortzetting van interventie "{id}" heeft geen besluitmoment: leg vast wanneer over voortzetting wordt besloten, anders komt dat besluit pas als het geld al op is.',
      en: 'The continuation of intervention "{id}" has no decision date: set when continuation is decided, or that decision only comes once the money has run out.'
    },
    late: {
      nl: 'Het besluitmoment {date} van interventie "{id}" ligt na haar einde op {end}: besluit v\xF3\xF3r het einde, anders valt er een gat tussen de laatste dag en het besluit.',
      en: 'The decision date {date} of intervention "{id}" is after its end on {end}: decide before the end, or a gap falls between its last day and the decision.'
    }
  },
  sources: ["000"],
  rationale: {
    nl: "De vraag hoe een project na afloop verdergaat, blijft bij de start vaak liggen. Een besluitmoment ruim v\xF3\xF3r het einde dwingt die vraag op tijd op tafel, zodat er nog ruimte is om financiering of een overdracht te regelen.",
    en: "The question how a project continues after it ends is often left open at the start. A decision date well before the end puts that question on the table in time, while there is still room to arrange funding or a handover."
  },
  fixable: true,
  check(ctx) {
    for (const [index, intervention] of entries(ctx.plan.interventies)) {
      const voortzetting = intervention.voortzetting;
      if (!voortzetting) continue;
      const id = intervention.id ?? String(index + 1);
      const pointer = `/interventies/${index}/voortzetting`;
      const end = interventionEnd(ctx.plan, intervention);
      if (isMissing(voortzetting.besluitmoment)) {
        if (!isMissing(rawDecisionDate(ctx.raw, index))) continue;
        ctx.report({
          pointer,
          messageId: "missing",
          data: { id },
          // One year before the end leaves time to arrange what follows; without a known end
          // there is no date to propose.
          fix: end && {
            kind: "insertKey",
            pointer,
            key: "besluitmoment",
            value: formatDate(addYears(end, -1)),
            title: { nl: "Voeg een besluitmoment toe, een jaar voor het einde", en: "Add a decision date, one year before the end" },
            safe: false
          }
        });
        continue;
      }
      const date = parseDate(voortzetting.besluitmoment);
      if (!date || !end || compareDates(date, end) <= 0) continue;
      ctx.report({ pointer, messageId: "late", data: { id, date: formatDate(date), end: formatDate(end) } });
    }
  }
};
function rawDecisionDate(raw, index) {
  const interventies = raw?.interventies;
  if (!Array.isArray(interventies)) return void 0;
  const voortzetting = interventies[index]?.voortzetting;
  if (!voortzetting || typeof voortzetting !== "object") return void 0;
  return voortzetting.besluitmoment;
}

// server/src/core/rules/wp1-continuity/WP104-funding-ends-early.ts
var WP104 = {
  code: "WP104",
  name: "funding-ends-early",
  category: "WP1",
  severity: "warning",
  summary: {
    nl: "De financiering van een interventie stopt voor haar laatste jaar.",
    en: "An intervention's funding stops before its last year."
  },
  messages: {
    endsEarly: {
      nl: 'De bronnen van interventie "{id}" betalen tot en met {last}, maar zij loopt tot in {end}: regel geld voor de laatste jaren, anders stopt het werk voordat het af is.',
      en: 'The sources of intervention "{id}" pay until {last}, but it runs into {end}: arrange money for the last years, or the work stops before it is done.'
    },
    neverPays: {
      nl: 'De bronnen van interventie "{id}" noemen geen bedrag boven nul, terwijl zij loopt tot in {end}: geef de bedragen per jaar, anders is niet te zien dat het werk betaald wordt.',
      en: 'The sources of intervention "{id}" name no amount above zero, while it runs into {end}: give the amounts per year, or there is no sign that the work is paid for.'
    }
  },
  sources: ["000", "004"],
  rationale: {
    nl: "Projecten leven meestal van geld met een einddatum; houdt dat geld eerder op dan het werk, dan valt het werk stil of begint een haastige zoektocht naar nieuwe middelen. Wie de financiering laat doorlopen tot het einde, geeft een aanpak de tijd om te werken.",
    en: "Projects usually live on money with an end date; when that money stops before the work does, the work stalls or a hurried search for new means begins. Funding that lasts until the end gives an approach the time to work."
  },
  check(ctx) {
    const sources = /* @__PURE__ */ new Map();
    for (const [, bron] of entries(ctx.plan.financiering?.bronnen)) if (typeof bron.id === "string" && !sources.has(bron.id)) sources.set(bron.id, bron);
    for (const [index, intervention] of entries(ctx.plan.interventies)) {
      if (isMissing(intervention.financiering)) continue;
      const named = entries(intervention.financiering).map(([, ref]) => sources.get(ref)).filter((bron) => bron !== void 0);
      if (named.length === 0) continue;
      const end = interventionEnd(ctx.plan, intervention);
      if (!end) continue;
      const endYear = end.year;
      let last;
      for (const bron of named) {
        const year = lastPayingYear(bron.bedragen);
        if (year !== void 0 && (last === void 0 || year > last)) last = year;
      }
      if (last !== void 0 && last >= endYear) continue;
      const id = intervention.id ?? String(index + 1);
      ctx.report({
        pointer: `/interventies/${index}/financiering`,
        messageId: last === void 0 ? "neverPays" : "endsEarly",
        data: last === void 0 ? { id, end: endYear } : { id, last, end: endYear }
      });
    }
  }
};

// server/src/core/rules/wp1-continuity/WP105-separate-programme.ts
var PLACEHOLDER = '"in te vullen: hoe is de aanpak ingebed in de reguliere (lijn)organisatie?"';
var WP105 = {
  code: "WP105",
  name: "separate-programme",
  category: "WP1",
  severity: "warning",
  summary: {
    nl: "Het plan zegt niet hoe de aanpak in de lijnorganisatie is ingebed.",
    en: "The plan does not say how the approach is embedded in the line organisation."
  },
  messages: {
    missing: {
      nl: 'Het bestuur beschrijft geen inbedding: leg vast hoe de aanpak deel wordt van de reguliere organisatie, anders blijft het een apart programma dat ooit "af" is.',
      en: 'The governance describes no embedding: set out how the approach becomes part of the regular organisation, or it stays a separate programme that is one day "finished".'
    },
    noBestuur: {
      nl: 'Het plan heeft geen bestuur met een inbedding: leg vast hoe de aanpak deel wordt van de reguliere organisatie, anders blijft het een apart programma dat ooit "af" is.',
      en: 'The plan has no governance with an embedding: set out how the approach becomes part of the regular organisation, or it stays a separate programme that is one day "finished".'
    }
  },
  sources: ["000"],
  rationale: {
    nl: "Een wijkaanpak die als los programma naast de organisatie staat, wekt de indruk dat hij een keer klaar is. Blijvend resultaat vraagt dat wijkgericht werken de gewone manier van werken van de lijnorganisatie wordt.",
    en: "A neighbourhood approach that stands beside the organisation as a separate programme suggests it will one day be done. Lasting results need neighbourhood-oriented work to become the line organisation's normal way of working."
  },
  fixable: true,
  check(ctx) {
    const bestuur = ctx.plan.bestuur;
    if (!bestuur) {
      ctx.report({
        pointer: "",
        messageId: "noBestuur",
        fix: {
          kind: "insertKey",
          pointer: "",
          key: "bestuur",
          value: `inbedding: ${PLACEHOLDER}`,
          title: { nl: "Voeg een bestuur met inbedding toe", en: "Add governance with an embedding" },
          safe: true
        }
      });
      return;
    }
    if (!isMissing(bestuur.inbedding)) return;
    ctx.report({
      pointer: "/bestuur",
      messageId: "missing",
      fix: {
        kind: "insertKey",
        pointer: "/bestuur",
        key: "inbedding",
        value: PLACEHOLDER,
        title: { nl: "Voeg een inbedding toe", en: "Add an embedding" },
        safe: true
      }
    });
  }
};

// server/src/core/rules/wp1-continuity/WP106-no-maintenance.ts
var WINDING_DOWN = /* @__PURE__ */ new Set(["afbouwen", "stoppen"]);
var WP106 = {
  code: "WP106",
  name: "no-maintenance",
  category: "WP1",
  severity: "info",
  summary: {
    nl: "Een interventie die afbouwt of stopt, zegt niet welk onderhoud daarna nodig is.",
    en: "An intervention that winds down or stops does not say what maintenance follows."
  },
  messages: {
    missing: {
      nl: 'Interventie "{id}" gaat {strategie} zonder onderhoud: beschrijf welke blijvende inzet nodig is, anders kunnen de problemen terugkomen als het werk ophoudt.',
      en: 'Intervention "{id}" winds down ({strategie}) without maintenance: describe the lasting effort that is needed, or the problems may return once the work stops.'
    }
  },
  sources: ["000"],
  rationale: {
    nl: "Ook als de wijk er eenmaal goed voor staat, is er een kleinere, vaste inzet nodig, anders zakt de wijk terug. Wie afbouwt of stopt, hoort te zeggen hoe die onderhoudsinzet is geregeld.",
    en: "Even once the neighbourhood is doing well, a smaller, steady effort is needed, or it slides back. Whoever winds down or stops should say how that maintenance is arranged."
  },
  fixable: true,
  check(ctx) {
    for (const [index, intervention] of entries(ctx.plan.interventies)) {
      const voortzetting = intervention.voortzetting;
      if (!voortzetting || !WINDING_DOWN.has(voortzetting.strategie ?? "") || !isMissing(voortzetting.onderhoud)) continue;
      const pointer = `/interventies/${index}/voortzetting`;
      ctx.report({
        pointer,
        messageId: "missing",
        data: { id: intervention.id ?? String(index + 1), strategie: voortzetting.strategie ?? "" },
        fix: {
          kind: "insertKey",
          pointer,
          key: "onderhoud",
          value: '"in te vullen: welke vaste inzet voorkomt dat de problemen terugkeren?"',
          title: { nl: "Voeg onderhoud toe", en: "Add maintenance" },
          safe: true
        }
      });
    }
  }
};

// server/src/core/rules/wp1-continuity/WP107-handover-without-recipient.ts
function likelyRecipient(plan, intervention) {
  const known = idIndex(plan).partner;
  const kindOf = /* @__PURE__ */ new Map();
  for (const [, partner] of entries(plan.partners)) if (typeof partner.id === "string" && !kindOf.has(partner.id)) kindOf.set(partner.id, partner.soort);
  const nonGovernment = (id) => !GOVERNMENT_KINDS.has(kindOf.get(id) ?? "");
  const owners = entries(intervention.eigenaars).map(([, id]) => id).filter((id) => known.has(id));
  return owners.find(nonGovernment) ?? [...known.keys()].find(nonGovernment) ?? [...known.keys()][0];
}
var WP107 = {
  code: "WP107",
  name: "handover-without-recipient",
  category: "WP1",
  severity: "warning",
  summary: {
    nl: "Een interventie wordt overgedragen zonder te zeggen aan wie.",
    en: "An intervention is handed over without saying to whom."
  },
  messages: {
    missing: {
      nl: 'Interventie "{id}" wordt overgedragen, maar er staat niet aan wie: noem de partner die het werk overneemt (naar), anders voelt niemand zich er straks verantwoordelijk voor.',
      en: 'Intervention "{id}" is handed over, but not to whom: name the partner that takes over the work (naar), or no one will feel responsible for it later.'
    }
  },
  sources: ["000", "001"],
  rationale: {
    nl: "Overdragen werkt alleen als een bestaande partij het werk echt als het hare gaat dragen. Door die partij bij naam te noemen, kan zij zich er ook op voorbereiden en zich eraan verbinden.",
    en: "Handing over only works when an existing party really takes the work on as its own. Naming that party lets it prepare for the handover and commit to it."
  },
  fixable: true,
  check(ctx) {
    for (const [index, intervention] of entries(ctx.plan.interventies)) {
      const voortzetting = intervention.voortzetting;
      if (voortzetting?.strategie !== "overdragen" || !isMissing(voortzetting.naar)) continue;
      const pointer = `/interventies/${index}/voortzetting`;
      const recipient = likelyRecipient(ctx.plan, intervention);
      ctx.report({
        pointer,
        messageId: "missing",
        data: { id: intervention.id ?? String(index + 1) },
        fix: recipient ? {
          kind: "insertKey",
          pointer,
          key: "naar",
          value: recipient,
          title: { nl: `Draag over aan "${recipient}"`, en: `Hand over to "${recipient}"` },
          safe: false
        } : void 0
      });
    }
  }
};

// server/src/core/rules/wp1-continuity/index.ts
var CONTINUITY_RULES = [WP101, WP102, WP103, WP104, WP105, WP106, WP107];

// server/src/core/rules/wp2-ownership/WP201-single-owner.ts
var WP201 = {
  code: "WP201",
  name: "single-owner",
  category: "WP2",
  severity: "warning",
  summary: {
    nl: "Een interventie heeft te weinig verschillende eigenaars.",
    en: "An intervention has too few distinct owners."
  },
  messages: {
    none: {
      nl: 'Interventie "{id}" heeft geen eigenaars: wijs minstens {min} partners aan die haar dragen, zodat het werk niet van \xE9\xE9n partij of persoon afhangt.',
      en: 'Intervention "{id}" has no owners: name at least {min} partners that carry it, so the work does not depend on one party or person.'
    },
    one: {
      nl: 'Interventie "{id}" heeft maar \xE9\xE9n eigenaar, minder dan {min}: zoek een mededrager, zodat het werk doorgaat als die partij afhaakt.',
      en: 'Intervention "{id}" has only one owner, fewer than {min}: find a co-carrier, so the work goes on when that party drops out.'
    },
    few: {
      nl: 'Interventie "{id}" heeft {count} eigenaars, minder dan {min}: zoek een mededrager, zodat het werk doorgaat als \xE9\xE9n partij afhaakt.',
      en: 'Intervention "{id}" has {count} owners, fewer than {min}: find a co-carrier, so the work goes on when one party drops out.'
    }
  },
  sources: ["001", "000"],
  rationale: {
    nl: "Een interventie die op \xE9\xE9n partij of \xE9\xE9n persoon rust, valt om zodra die vertrekt of bezuinigt; met meer dragers is het resultaat minder kwetsbaar.",
    en: "An intervention that rests on one party or one person collapses as soon as it leaves or cuts back; with more carriers the result is less fragile."
  },
  thresholds: ["minOwners"],
  check(ctx) {
    const min = ctx.thresholds.minOwners;
    for (const [index, intervention] of entries(ctx.plan.interventies)) {
      const owners = new Set(entries(intervention.eigenaars).map(([, owner]) => owner));
      if (owners.size >= min) continue;
      ctx.report({
        pointer: `/interventies/${index}`,
        messageId: owners.size === 0 ? "none" : owners.size === 1 ? "one" : "few",
        data: { id: intervention.id ?? String(index + 1), count: owners.size, min }
      });
    }
  }
};

// server/src/core/rules/wp2-ownership/WP202-no-deputy.ts
function deputyFix(pointer) {
  return {
    kind: "insertKey",
    pointer,
    key: "vervanger",
    value: '"in te vullen: rol van de vervanger"',
    title: { nl: "Voeg een vervanger toe", en: "Add a deputy" },
    safe: true
  };
}
function isObject(value) {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}
var WP202 = {
  code: "WP202",
  name: "no-deputy",
  category: "WP2",
  severity: "warning",
  summary: {
    nl: "Een trekker of programmamanager heeft geen vervanger.",
    en: "A lead or programme manager has no deputy."
  },
  messages: {
    trekker: {
      nl: 'De trekker van interventie "{id}" heeft geen vervanger: noem een rol die het trekken overneemt, zodat het werk niet stilvalt als de trekker vertrekt.',
      en: 'The lead of intervention "{id}" has no deputy: name a role that takes over, so the work does not stall when the lead leaves.'
    },
    programmamanager: {
      nl: "De programmamanager heeft geen vervanger: noem een rol die de regie overneemt, zodat die niet wegvalt met \xE9\xE9n persoon.",
      en: "The programme manager has no deputy: name a role that takes over, so direction does not leave with one person."
    }
  },
  sources: ["001"],
  rationale: {
    nl: "Succes mag niet afhangen van \xE9\xE9n persoon: wie trekt, vertrekt ooit. Een vaste vervanger houdt kennis en contacten in de organisatie.",
    en: "Success must not depend on one person: whoever leads will leave one day. A named deputy keeps knowledge and contacts in the organisation."
  },
  fixable: true,
  check(ctx) {
    for (const [index, intervention] of entries(ctx.plan.interventies)) {
      const trekker = intervention.trekker;
      if (!isObject(trekker) || !isMissing(trekker.vervanger)) continue;
      const pointer = `/interventies/${index}/trekker`;
      ctx.report({ pointer, messageId: "trekker", data: { id: intervention.id ?? String(index + 1) }, fix: deputyFix(pointer) });
    }
    const manager = ctx.plan.bestuur?.programmamanager;
    if (isObject(manager) && isMissing(manager.vervanger)) {
      const pointer = "/bestuur/programmamanager";
      ctx.report({ pointer, messageId: "programmamanager", fix: deputyFix(pointer) });
    }
  }
};

// server/src/core/rules/wp2-ownership/WP203-narrow-coalition.ts
var WP203 = {
  code: "WP203",
  name: "narrow-coalition",
  category: "WP2",
  severity: "warning",
  summary: {
    nl: "De partners zijn te eenzijdig: te weinig soorten, of alleen overheid.",
    en: "The partners are too alike: too few kinds, or only government."
  },
  messages: {
    government: {
      nl: "Alle partners zijn overheid: betrek ook partijen als bedrijven, zorgverzekeraars, fondsen of corporaties, zodat de aanpak niet staat of valt met \xE9\xE9n begroting.",
      en: "Every partner is government: also involve parties such as businesses, insurers, funds or housing associations, so the approach does not stand or fall with one budget."
    },
    oneKind: {
      nl: "Alle partners zijn van \xE9\xE9n soort, minder dan {min} soorten: een bredere coalitie maakt de aanpak minder afhankelijk van \xE9\xE9n soort partij.",
      en: "Every partner is of one kind, fewer than {min} kinds: a broader coalition makes the approach less dependent on one kind of party."
    },
    fewKinds: {
      nl: "De partners zijn van {count} soorten, minder dan {min}: een bredere coalitie maakt de aanpak minder afhankelijk van \xE9\xE9n soort partij.",
      en: "The partners are of {count} kinds, fewer than {min}: a broader coalition makes the approach less dependent on one kind of party."
    }
  },
  sources: ["000", "004"],
  rationale: {
    nl: "Een aanpak die alleen gemeente en corporatie dragen, stopt als daar het geld opraakt. Bedrijven, verzekeraars en fondsen kunnen mededrager worden als hun eigen belang zichtbaar is; een brede coalitie houdt het werk jaren overeind.",
    en: "An approach carried only by the municipality and the housing association stops when their money runs out. Businesses, insurers and funds can become co-carriers once their own interest is visible; a broad coalition keeps the work going for years."
  },
  thresholds: ["minPartnerKinds"],
  check(ctx) {
    const kinds = [];
    for (const [, partner] of entries(ctx.plan.partners)) if (typeof partner.soort === "string") kinds.push(partner.soort);
    if (kinds.length === 0) return;
    const min = ctx.thresholds.minPartnerKinds;
    const distinct = new Set(kinds);
    if (kinds.every((kind) => GOVERNMENT_KINDS.has(kind))) {
      ctx.report({ pointer: "/partners", messageId: "government" });
    } else if (distinct.size < min) {
      const messageId = distinct.size === 1 ? "oneKind" : "fewKinds";
      ctx.report({ pointer: "/partners", messageId, data: messageId === "oneKind" ? { min } : { count: distinct.size, min } });
    }
  }
};

// server/src/core/rules/wp2-ownership/WP204-short-commitment.ts
function carriedBy(plan, partnerId) {
  const carried = [];
  for (const [index, intervention] of entries(plan.interventies)) {
    const owns = entries(intervention.eigenaars).some(([, owner]) => owner === partnerId);
    const leads = intervention.trekker?.organisatie === partnerId;
    if (!owns && !leads) continue;
    const end = interventionEnd(plan, intervention);
    if (!end) continue;
    carried.push({
      messageId: owns ? "owner" : "trekker",
      data: { item: intervention.id ?? String(index + 1), end: formatDate(end) },
      required: end,
      through: end
    });
  }
  const plansEnd = planPeriod(plan)?.end;
  if (plansEnd) {
    const roles = [];
    if (plan.financiering?.budgethouder === partnerId) roles.push("budgethouder");
    if (entries(plan.bestuur?.stuurgroep).some(([, member]) => member === partnerId)) roles.push("stuurgroep");
    if (plan.bestuur?.programmamanager?.organisatie === partnerId) roles.push("programmamanager");
    for (const messageId of roles) carried.push({ messageId, data: { end: formatDate(plansEnd) }, required: plansEnd, through: plansEnd });
  }
  for (const [index, source] of entries(plan.financiering?.bronnen)) {
    if (source.partner !== partnerId) continue;
    const last = lastPayingYear(source.bedragen);
    if (last === void 0) continue;
    carried.push({
      messageId: "source",
      data: { item: source.id ?? String(index + 1), end: last },
      required: { year: last, month: 1, day: 1 },
      through: { year: last, month: 12, day: 31 }
    });
  }
  return carried;
}
var WP204 = {
  code: "WP204",
  name: "short-commitment",
  category: "WP2",
  severity: "warning",
  summary: {
    nl: "Een partner is korter gecommitteerd dan wat hij draagt.",
    en: "A partner is committed for less time than what it carries."
  },
  messages: {
    owner: {
      nl: 'Partner "{id}" is gecommitteerd tot {tot}, maar is eigenaar van interventie "{item}", die loopt tot {end}: verleng de afspraak, anders staat de interventie aan het eind zonder eigenaar.',
      en: 'Partner "{id}" is committed until {tot}, but owns intervention "{item}", which runs until {end}: extend the agreement, or the intervention ends up without an owner.'
    },
    trekker: {
      nl: 'Partner "{id}" is gecommitteerd tot {tot}, maar trekt interventie "{item}", die loopt tot {end}: verleng de afspraak, anders valt de trekker weg voordat het werk klaar is.',
      en: 'Partner "{id}" is committed until {tot}, but leads intervention "{item}", which runs until {end}: extend the agreement, or the lead drops out before the work is done.'
    },
    budgethouder: {
      nl: 'Partner "{id}" is gecommitteerd tot {tot}, maar is budgethouder van een plan dat loopt tot {end}: verleng de afspraak, anders staat het wijkbudget zonder houder.',
      en: 'Partner "{id}" is committed until {tot}, but holds the budget of a plan that runs until {end}: extend the agreement, or the neighbourhood budget is left without a holder.'
    },
    stuurgroep: {
      nl: 'Partner "{id}" is gecommitteerd tot {tot}, maar zit in de stuurgroep van een plan dat loopt tot {end}: verleng de afspraak, anders verliest de stuurgroep een drager.',
      en: 'Partner "{id}" is committed until {tot}, but sits on the steering board of a plan that runs until {end}: extend the agreement, or the board loses a carrier.'
    },
    programmamanager: {
      nl: 'Partner "{id}" is gecommitteerd tot {tot}, maar levert de programmamanager van een plan dat loopt tot {end}: verleng de afspraak, anders valt de regie weg.',
      en: 'Partner "{id}" is committed until {tot}, but provides the programme manager of a plan that runs until {end}: extend the agreement, or direction falls away.'
    },
    source: {
      nl: 'Partner "{id}" is gecommitteerd tot {tot}, maar betaalt bron "{item}" nog in {end}: verleng de afspraak, anders is dat geld niet zeker.',
      en: 'Partner "{id}" is committed until {tot}, but still pays source "{item}" in {end}: extend the agreement, or that money is not secured.'
    }
  },
  sources: ["004"],
  rationale: {
    nl: "Een partner die eerder stopt dan het werk dat hij draagt, laat een gat achter. Een lange aanpak vraagt partners die zich voor de hele duur vastleggen, zoals in Leeuwarden Oost voor twintig jaar.",
    en: "A partner that stops before the work it carries leaves a gap. A long approach needs partners who commit for its whole length, as in Leeuwarden Oost for twenty years."
  },
  check(ctx) {
    for (const [index, partner] of entries(ctx.plan.partners)) {
      if (typeof partner.id !== "string") continue;
      const tot = parseDate(partner.commitment?.tot);
      if (!tot) continue;
      let worst;
      for (const carried of carriedBy(ctx.plan, partner.id)) {
        if (compareDates(tot, carried.required) >= 0) continue;
        if (!worst || compareDates(carried.required, worst.required) > 0) worst = carried;
      }
      if (!worst) continue;
      ctx.report({
        pointer: `/partners/${index}/commitment`,
        messageId: worst.messageId,
        data: { id: partner.id, tot: formatDate(tot), ...worst.data }
      });
    }
  }
};

// server/src/core/rules/wp2-ownership/WP205-no-commitment.ts
var WP205 = {
  code: "WP205",
  name: "no-commitment",
  category: "WP2",
  severity: "info",
  summary: {
    nl: "Een partner die een interventie of bron draagt, heeft geen commitment.",
    en: "A partner that carries an intervention or a source has no commitment."
  },
  messages: {
    owner: {
      nl: 'Partner "{id}" is eigenaar van interventie "{item}" maar heeft geen commitment: leg vast tot wanneer en in welke afspraak hij zich verbindt, zodat zijn inzet niet per jaar opnieuw ter discussie staat.',
      en: 'Partner "{id}" owns intervention "{item}" but has no commitment: record until when and in which agreement it commits, so its effort is not up for debate every year.'
    },
    source: {
      nl: 'Partner "{id}" betaalt bron "{item}" maar heeft geen commitment: leg vast tot wanneer en in welke afspraak hij zich verbindt, zodat het geld niet zomaar wegvalt.',
      en: 'Partner "{id}" pays source "{item}" but has no commitment: record until when and in which agreement it commits, so the money does not simply disappear.'
    }
  },
  sources: ["004"],
  rationale: {
    nl: "Wie een interventie draagt of betaalt, hoort vast te leggen hoe lang dat duurt. Zonder zo'n afspraak kan een partner elk jaar opnieuw afhaken; met een langjarige verbintenis weten de anderen waar ze aan toe zijn.",
    en: "Whoever carries or pays for an intervention should record for how long. Without such an agreement a partner can drop out every year; a long-term commitment tells the others where they stand."
  },
  fixable: true,
  check(ctx) {
    const plan = ctx.plan;
    for (const [index, partner] of entries(plan.partners)) {
      if (typeof partner.id !== "string" || !isMissing(partner.commitment)) continue;
      const id = partner.id;
      const owned = entries(plan.interventies).find(([, intervention]) => entries(intervention.eigenaars).some(([, owner]) => owner === id));
      const paid = entries(plan.financiering?.bronnen).find(([, source]) => source.partner === id);
      if (!owned && !paid) continue;
      const data = owned ? { id, item: owned[1].id ?? String(owned[0] + 1) } : { id, item: paid[1].id ?? String(paid[0] + 1) };
      let until = planPeriod(plan)?.end;
      for (const carried of carriedBy(plan, id)) if (!until || compareDates(carried.through, until) > 0) until = carried.through;
      ctx.report({
        pointer: `/partners/${index}`,
        messageId: owned ? "owner" : "source",
        data,
        fix: until ? {
          kind: "insertKey",
          pointer: `/partners/${index}`,
          key: "commitment",
          value: `{ tot: ${formatDate(until)}, vastgelegd_in: "in te vullen: overeenkomst" }`,
          title: { nl: "Voeg een commitment toe", en: "Add a commitment" },
          safe: false
        } : void 0
      });
    }
  }
};

// server/src/core/rules/wp2-ownership/WP206-no-value-case.ts
var WP206 = {
  code: "WP206",
  name: "no-value-case",
  category: "WP2",
  severity: "info",
  summary: {
    nl: "Een partner buiten overheid en bewoners heeft geen belang beschreven.",
    en: "A partner other than government or residents has no stated interest."
  },
  messages: {
    missing: {
      nl: 'Partner "{id}" heeft geen belang: beschrijf wat meedoen deze partij zelf oplevert, want wie er zelf baat bij heeft, blijft langer aan boord.',
      en: 'Partner "{id}" has no stated interest: describe what taking part brings this party itself, because a party that gains from it stays on board longer.'
    }
  },
  sources: ["000"],
  rationale: {
    nl: "Bedrijven, fondsen en instellingen doen niet lang mee als vervangende subsidiegever. Ze worden mededrager als helder is wat deelname hen zelf waard is; dat verdienmodel moet je samen uitzoeken en vastleggen.",
    en: "Businesses, funds and institutions do not stay long as stand-in subsidy givers. They become co-carriers once it is clear what taking part is worth to them; that value case has to be worked out together and written down."
  },
  fixable: true,
  check(ctx) {
    for (const [index, partner] of entries(ctx.plan.partners)) {
      if (typeof partner.soort !== "string" || GOVERNMENT_KINDS.has(partner.soort) || partner.soort === "bewoners") continue;
      if (!isMissing(partner.belang)) continue;
      ctx.report({
        pointer: `/partners/${index}`,
        messageId: "missing",
        data: { id: partner.id ?? String(index + 1) },
        fix: {
          kind: "insertKey",
          pointer: `/partners/${index}`,
          key: "belang",
          value: '"in te vullen: wat levert meedoen deze partner op?"',
          title: { nl: "Voeg een belang toe", en: "Add an interest" },
          safe: true
        }
      });
    }
  }
};

// server/src/core/rules/wp2-ownership/WP207-idle-partner.ts
function partnerRefs(plan) {
  const refs = /* @__PURE__ */ new Set();
  const add = (value) => {
    if (typeof value === "string") refs.add(value);
  };
  for (const [, intervention] of entries(plan.interventies)) {
    for (const [, owner] of entries(intervention.eigenaars)) add(owner);
    add(intervention.trekker?.organisatie);
    add(intervention.voortzetting?.naar);
  }
  add(plan.bestuur?.programmamanager?.organisatie);
  for (const [, member] of entries(plan.bestuur?.stuurgroep)) add(member);
  add(plan.financiering?.budgethouder);
  for (const [, source] of entries(plan.financiering?.bronnen)) add(source.partner);
  for (const [, effect] of entries(plan.financiering?.inverdieneffecten)) add(effect.partner);
  add(plan.evaluatie?.nulmeting?.door);
  for (const [, moment] of entries(plan.evaluatie?.momenten)) {
    add(moment.door);
    for (const [, partner] of entries(moment.met)) add(partner);
  }
  return refs;
}
var WP207 = {
  code: "WP207",
  name: "idle-partner",
  category: "WP2",
  severity: "info",
  summary: {
    nl: "Een partner wordt nergens in het plan genoemd.",
    en: "A partner is referenced nowhere in the plan."
  },
  messages: {
    idle: {
      nl: 'Partner "{id}" heeft geen taak in het plan: geef hem een rol als eigenaar, trekker, financier of evaluator, of laat hem weg, want een partner zonder taak draagt niets bij aan de borging.',
      en: 'Partner "{id}" has no task in the plan: give it a role as owner, lead, funder or evaluator, or leave it out, because a partner without a task adds nothing to lasting results.'
    }
  },
  sources: ["000"],
  rationale: {
    nl: "Een partnerlijst met namen zonder taak wekt de indruk van een brede coalitie die er niet is. Bouw liever voort op organisaties die echt iets dragen, en maak zichtbaar wat dat is.",
    en: "A list of partners without tasks suggests a broad coalition that is not there. Better to build on organisations that really carry something, and make visible what that is."
  },
  check(ctx) {
    const refs = partnerRefs(ctx.plan);
    for (const [index, partner] of entries(ctx.plan.partners)) {
      if (typeof partner.id !== "string" || refs.has(partner.id)) continue;
      ctx.report({ pointer: `/partners/${index}`, messageId: "idle", data: { id: partner.id } });
    }
  }
};

// server/src/core/rules/wp2-ownership/index.ts
var OWNERSHIP_RULES = [WP201, WP202, WP203, WP204, WP205, WP206, WP207];

// server/src/core/rules/wp3-funding/WP301-no-funding.ts
function usedIds(value, ids = /* @__PURE__ */ new Set()) {
  if (Array.isArray(value)) for (const item of value) usedIds(item, ids);
  else if (value !== null && typeof value === "object") {
    for (const [key, child] of Object.entries(value)) {
      if (key === "id" && typeof child === "string") ids.add(child);
      else usedIds(child, ids);
    }
  }
  return ids;
}
function sourceSkeleton(plan, raw) {
  const partners = entries(plan.partners).filter(([, partner]) => typeof partner.id === "string");
  const payer = (partners.find(([, partner]) => partner.soort === "gemeente") ?? partners[0])?.[1].id;
  if (!payer) return void 0;
  const ids = usedIds(raw);
  let id = "F-in-te-vullen";
  for (let n = 2; ids.has(id); n++) id = `F-in-te-vullen-${n}`;
  const period = planPeriod(plan);
  const amounts = period ? `[{ van: ${period.start.year}, tot_en_met: ${period.end.year}, bedrag: 0 }]` : "[]";
  const goal = entries(plan.doelen).find(([, doel]) => typeof doel.id === "string")?.[1].id;
  const goals = goal ? `, doelen: [${goal}]` : "";
  return `[{ id: ${id}, naam: "in te vullen: naam van de bron", partner: ${payer}, soort: structureel, bedragen: ${amounts}${goals} }]`;
}
var WP301 = {
  code: "WP301",
  name: "no-funding",
  category: "WP3",
  severity: "warning",
  summary: {
    nl: "Het plan noemt geen financieringsbronnen.",
    en: "The plan names no funding sources."
  },
  messages: {
    noSection: {
      nl: "Het plan heeft geen financiering: noem de bronnen die het werk betalen, want zonder zicht op geld is niet te zien of de aanpak kan blijven.",
      en: "The plan has no funding: name the sources that pay for the work, because without sight of the money nobody can tell whether the approach can last."
    },
    noSources: {
      nl: "De financiering noemt geen bronnen: geef aan wie wat betaalt en in welke jaren, want zonder zicht op geld is niet te zien of de aanpak kan blijven.",
      en: "The funding names no sources: state who pays what in which years, because without sight of the money nobody can tell whether the approach can last."
    }
  },
  sources: ["000", "001"],
  rationale: {
    nl: "Borging staat of valt met geld dat blijft. Wie de geldstromen niet in beeld brengt, merkt pas bij een bezuiniging dat het werk geen bodem heeft.",
    en: "Lasting results stand or fall with money that stays. Whoever does not map the money flows only finds out at the next cutback that the work has no foundation."
  },
  fixable: true,
  check(ctx) {
    const financiering = ctx.plan.financiering;
    if (financiering && !isMissing(financiering.bronnen)) return;
    const skeleton2 = sourceSkeleton(ctx.plan, ctx.raw);
    const title = { nl: "Voeg een financieringsbron toe", en: "Add a funding source" };
    let fix;
    if (skeleton2 && financiering) {
      fix = { kind: "insertKey", pointer: "/financiering", key: "bronnen", value: skeleton2, title, safe: false };
    } else if (skeleton2) {
      fix = { kind: "insertKey", pointer: "", key: "financiering", value: `bronnen: ${skeleton2}`, title, safe: false };
    }
    ctx.report({ pointer: financiering ? "/financiering" : "", messageId: financiering ? "noSources" : "noSection", fix });
  }
};

// server/src/core/rules/wp3-funding/WP302-low-structural-share.ts
var WP302 = {
  code: "WP302",
  name: "low-structural-share",
  category: "WP3",
  severity: "warning",
  summary: {
    nl: "Te weinig van het geld is structureel.",
    en: "Too little of the money is structural."
  },
  messages: {
    low: {
      nl: "Slechts {share}% van alle bedragen is structureel, minder dan {min}%: maak meer van de financiering structureel, want tijdelijk geld houdt op voordat het resultaat vastligt.",
      en: "Only {share}% of all amounts is structural, less than {min}%: make more of the funding structural, because temporary money stops before the result is secured."
    }
  },
  sources: ["000", "001"],
  rationale: {
    nl: "Projectgeld is tijdelijk en wordt zelden verlengd om iets wat werkt voort te zetten. Wat bewezen werkt, moet uit een structureel budget komen, anders begint elke paar jaar de zoektocht naar geld opnieuw.",
    en: "Project money is temporary and is rarely extended to continue what works. What has proven to work must come from a structural budget, or the hunt for money starts again every few years."
  },
  thresholds: ["minStructuralShare"],
  check(ctx) {
    let total = 0;
    let structural = 0;
    for (const [, source] of entries(ctx.plan.financiering?.bronnen)) {
      let sum = 0;
      for (const amount of amountsPerYear(source.bedragen).values()) sum += Math.round(amount * 100);
      total += sum;
      if (source.soort === "structureel") structural += sum;
    }
    if (!(total > 0)) return;
    const share = structural / total;
    const min = ctx.thresholds.minStructuralShare;
    if (structural >= min * total) return;
    ctx.report({
      pointer: "/financiering/bronnen",
      messageId: "low",
      // Rounded down, so a share just below the minimum never reads as equal to it.
      data: { share: Math.floor(share * 100), min: Math.round(min * 100) }
    });
  }
};

// server/src/core/rules/wp3-funding/WP303-no-budget-holder.ts
var WP303 = {
  code: "WP303",
  name: "no-budget-holder",
  category: "WP3",
  severity: "warning",
  summary: {
    nl: "De financiering heeft geen budgethouder.",
    en: "The funding has no budget holder."
  },
  messages: {
    missing: {
      nl: "De financiering heeft geen budgethouder: breng het wijkbudget onder bij \xE9\xE9n partner, want verspreide potjes kosten de uitvoering tijd en maken meerjarig werken lastig.",
      en: "The funding has no budget holder: place the neighbourhood budget with one partner, because scattered pots cost the work time and make multi-year work hard."
    }
  },
  sources: ["000"],
  rationale: {
    nl: "Als alle wijkbudgetten, fysiek en sociaal, bij \xE9\xE9n centrale houder liggen, hoeft de uitvoering niet voor elk potje apart te verantwoorden en kan geld schuiven naar wat werkt.",
    en: "When every neighbourhood budget, physical and social, sits with one central holder, the work need not account for each pot separately and money can move to what works."
  },
  fixable: true,
  check(ctx) {
    const financiering = ctx.plan.financiering;
    if (!financiering || !isMissing(financiering.budgethouder)) return;
    const partners = entries(ctx.plan.partners).filter(([, partner]) => typeof partner.id === "string");
    const holder = (partners.find(([, partner]) => partner.soort === "gemeente") ?? partners[0])?.[1].id;
    ctx.report({
      pointer: "/financiering",
      messageId: "missing",
      fix: holder ? {
        kind: "insertKey",
        pointer: "/financiering",
        key: "budgethouder",
        value: holder,
        title: { nl: `Maak "${holder}" budgethouder`, en: `Make "${holder}" the budget holder` },
        safe: false
      } : void 0
    });
  }
};

// server/src/core/rules/wp3-funding/WP304-source-without-goal.ts
var WP304 = {
  code: "WP304",
  name: "source-without-goal",
  category: "WP3",
  severity: "warning",
  summary: {
    nl: "Een financieringsbron noemt geen doelen.",
    en: "A funding source names no goals."
  },
  messages: {
    missing: {
      nl: 'Bron "{id}" noemt geen doelen: noem de doelen waaraan dit geld bijdraagt, want geld dat de visie niet dient, trekt het plan een andere kant op.',
      en: 'Source "{id}" names no goals: state which goals this money serves, because money that does not serve the vision pulls the plan another way.'
    }
  },
  sources: ["000"],
  rationale: {
    nl: "Een subsidie is aantrekkelijk, maar alleen de moeite waard als ze aan de eigen doelen bijdraagt. Door per bron de doelen te noemen, bepaalt de visie het geld en niet andersom.",
    en: "A grant is attractive, but only worth it when it serves the plan's own goals. Naming the goals of each source lets the vision steer the money, not the other way round."
  },
  fixable: true,
  check(ctx) {
    const goal = entries(ctx.plan.doelen).find(([, doel]) => typeof doel.id === "string")?.[1].id;
    for (const [index, source] of entries(ctx.plan.financiering?.bronnen)) {
      if (!isMissing(source.doelen)) continue;
      const pointer = `/financiering/bronnen/${index}`;
      ctx.report({
        pointer,
        messageId: "missing",
        data: { id: source.id ?? String(index + 1) },
        fix: goal ? {
          kind: "insertKey",
          pointer,
          key: "doelen",
          value: `[${goal}]`,
          title: { nl: `Koppel aan doel "${goal}"`, en: `Link to goal "${goal}"` },
          safe: false
        } : void 0
      });
    }
  }
};

// server/src/core/rules/wp3-funding/WP305-budget-not-covered.ts
function formatEuros(cents) {
  const whole = Math.floor(Math.abs(cents) / 100);
  const rest = Math.abs(cents) % 100;
  const grouped = String(whole).replace(/\B(?=(\d{3})+(?!\d))/g, ".");
  return `\u20AC ${cents < 0 ? "-" : ""}${grouped}${rest === 0 ? "" : `,${String(rest).padStart(2, "0")}`}`;
}
function addCents(into, perYear) {
  for (const [year, amount] of perYear) into.set(year, (into.get(year) ?? 0) + Math.round(amount * 100));
}
var WP305 = {
  code: "WP305",
  name: "budget-not-covered",
  category: "WP3",
  severity: "warning",
  summary: {
    nl: "In een jaar kosten de interventies meer dan de bronnen opbrengen.",
    en: "In some year the interventions cost more than the sources bring in."
  },
  messages: {
    short: {
      nl: "In {year} begroten de interventies {budget}, maar brengen de bronnen {funded} op: een tekort van {shortfall}. Dek het tekort of pas de begroting aan, anders stopt er werk halverwege.",
      en: "In {year} the interventions budget {budget}, but the sources bring in {funded}: a shortfall of {shortfall}. Cover it or adjust the budget, or work stops halfway."
    },
    budgeting: {
      nl: 'Interventie "{id}" begroot {amount} in {year}.',
      en: 'Intervention "{id}" budgets {amount} in {year}.'
    }
  },
  sources: ["000"],
  rationale: {
    nl: "Een plan dat meer uitgeeft dan er binnenkomt, moet onderweg zoeken naar geld of projecten schrappen. Door per jaar begroting en bronnen naast elkaar te leggen, zie je het gat voordat het ontstaat.",
    en: "A plan that spends more than it receives has to hunt for money on the way or drop projects. Setting budget and sources side by side for each year shows the gap before it opens."
  },
  check(ctx) {
    const bronnen = ctx.plan.financiering?.bronnen;
    if (isMissing(bronnen)) return;
    const funded = /* @__PURE__ */ new Map();
    for (const [, source] of entries(bronnen)) addCents(funded, amountsPerYear(source.bedragen));
    const budget = /* @__PURE__ */ new Map();
    const perIntervention = [];
    for (const [index, intervention] of entries(ctx.plan.interventies)) {
      const cents = /* @__PURE__ */ new Map();
      addCents(cents, amountsPerYear(intervention.begroting));
      addCents(budget, amountsPerYear(intervention.begroting));
      perIntervention.push({ index, id: intervention.id ?? String(index + 1), cents });
    }
    for (const year of [...budget.keys()].sort((a, b) => a - b)) {
      const cost = budget.get(year) ?? 0;
      const income = funded.get(year) ?? 0;
      if (cost <= income) continue;
      const related = perIntervention.filter((item) => (item.cents.get(year) ?? 0) > 0).map((item) => ({
        pointer: `/interventies/${item.index}/begroting`,
        messageId: "budgeting",
        data: { id: item.id, amount: formatEuros(item.cents.get(year) ?? 0), year }
      }));
      ctx.report({
        pointer: "/financiering",
        messageId: "short",
        data: { year, budget: formatEuros(cost), funded: formatEuros(income), shortfall: formatEuros(cost - income) },
        related
      });
    }
  }
};

// server/src/core/rules/wp3-funding/WP306-single-funder.ts
var WP306 = {
  code: "WP306",
  name: "single-funder",
  category: "WP3",
  severity: "warning",
  summary: {
    nl: "Al het geld komt van \xE9\xE9n partner.",
    en: "All the money comes from one partner."
  },
  messages: {
    single: {
      nl: 'Alle bedragen komen van partner "{partner}": zoek ook andere financiers, zoals bedrijven, zorgverzekeraars of fondsen, want met \xE9\xE9n geldgever stopt alles als die bezuinigt.',
      en: 'Every amount comes from partner "{partner}": also look for other funders, such as businesses, health insurers or funds, because with one funder everything stops when it cuts back.'
    }
  },
  sources: ["001"],
  rationale: {
    nl: "Wie op \xE9\xE9n geldgever leunt, is afhankelijk van diens begroting en politieke wind. Andere financiers, die zelf baat hebben bij de aanpak, spreiden dat risico.",
    en: "Leaning on one funder makes the plan depend on that funder's budget and political climate. Other funders who gain from the approach themselves spread that risk."
  },
  check(ctx) {
    const payers = /* @__PURE__ */ new Set();
    let unknownPayer = false;
    for (const [, source] of entries(ctx.plan.financiering?.bronnen)) {
      const pays = [...amountsPerYear(source.bedragen).values()].some((amount) => amount > 0);
      if (!pays) continue;
      if (typeof source.partner === "string") payers.add(source.partner);
      else unknownPayer = true;
    }
    if (payers.size !== 1 || unknownPayer) return;
    ctx.report({ pointer: "/financiering/bronnen", messageId: "single", data: { partner: [...payers][0] } });
  }
};

// server/src/core/rules/wp3-funding/WP307-no-earn-back.ts
var WP307 = {
  code: "WP307",
  name: "no-earn-back",
  category: "WP3",
  severity: "info",
  summary: {
    nl: "De financiering noemt geen inverdieneffecten.",
    en: "The funding names no earn-back effects."
  },
  messages: {
    missing: {
      nl: "De financiering noemt geen inverdieneffecten: beschrijf welke besparingen of opbrengsten het plan elders oplevert, want wie ziet dat hij erbij wint, betaalt eerder mee.",
      en: "The funding names no earn-back effects: describe which savings or returns the plan brings elsewhere, because a party that sees it gains is more willing to pay."
    }
  },
  sources: ["000", "002"],
  rationale: {
    nl: "Een wijkaanpak bespaart vaak geld op andere plekken: minder uitkeringen, zorg of huurachterstand. Wie die effecten benoemt en bij de juiste partij neerlegt, heeft een sterk argument voor structureel geld.",
    en: "A neighbourhood approach often saves money elsewhere: fewer benefits, less care, fewer rent arrears. Naming those effects and the party that gains them is a strong case for structural money."
  },
  fixable: true,
  check(ctx) {
    const financiering = ctx.plan.financiering;
    if (!financiering || !isMissing(financiering.inverdieneffecten)) return;
    ctx.report({
      pointer: "/financiering",
      messageId: "missing",
      fix: {
        kind: "insertKey",
        pointer: "/financiering",
        key: "inverdieneffecten",
        value: '[{ beschrijving: "in te vullen: welke besparing of opbrengst levert de aanpak elders op?" }]',
        title: { nl: "Voeg een inverdieneffect toe", en: "Add an earn-back effect" },
        safe: true
      }
    });
  }
};

// server/src/core/rules/wp3-funding/WP308-conditions-not-agreed.ts
var CONDITIONS = ["budget", "mandaat", "samenwerking"];
var PLACEHOLDERS = {
  budget: '"in te vullen: welk budget is vooraf afgesproken?"',
  mandaat: '"in te vullen: wie mag waarover beslissen?"',
  samenwerking: '"in te vullen: hoe werken de partners samen?"'
};
var ALL = `{ ${CONDITIONS.map((key) => `${key}: ${PLACEHOLDERS[key]}`).join(", ")} }`;
var WP308 = {
  code: "WP308",
  name: "conditions-not-agreed",
  category: "WP3",
  severity: "info",
  summary: {
    nl: "Budget, mandaat en samenwerking zijn niet vooraf afgesproken.",
    en: "Budget, mandate and cooperation are not agreed in advance."
  },
  messages: {
    noBestuur: {
      nl: "Het plan heeft geen bestuur met afspraken: leg vooraf vast wat er over budget, mandaat en samenwerking is afgesproken, want zonder die ruimte loopt de uitvoering vast op vragen om toestemming.",
      en: "The plan has no governance with agreements: record in advance what was agreed on budget, mandate and cooperation, because without that room the work gets stuck asking for permission."
    },
    noAfspraken: {
      nl: "Het bestuur heeft geen afspraken: leg vooraf vast wat er over budget, mandaat en samenwerking is afgesproken, want zonder die ruimte loopt de uitvoering vast op vragen om toestemming.",
      en: "The governance has no agreements: record in advance what was agreed on budget, mandate and cooperation, because without that room the work gets stuck asking for permission."
    },
    incomplete: {
      nl: "In de afspraken ontbreekt {missing}: leg ook dat vooraf vast, want zonder die ruimte loopt de uitvoering vast op vragen om toestemming.",
      en: "The agreements lack {missing}: record that in advance too, because without that room the work gets stuck asking for permission."
    },
    incompleteTwo: {
      nl: "In de afspraken ontbreken {first} en {second}: leg ook die vooraf vast, want zonder die ruimte loopt de uitvoering vast op vragen om toestemming.",
      en: "The agreements lack {first} and {second}: record those in advance too, because without that room the work gets stuck asking for permission."
    },
    incompleteAll: {
      nl: "De afspraken noemen geen budget, mandaat of samenwerking: leg vooraf vast wat daarover is afgesproken, want zonder die ruimte loopt de uitvoering vast op vragen om toestemming.",
      en: "The agreements name no budget, mandate or cooperation: record in advance what was agreed on them, because without that room the work gets stuck asking for permission."
    }
  },
  sources: ["000"],
  rationale: {
    nl: "Uitvoerders werken sneller en beter als vooraf duidelijk is welk geld er is, wie mag beslissen en hoe partners samenwerken. Wie dat pas onderweg regelt, verliest tempo en vertrouwen.",
    en: "People doing the work act faster and better when it is clear in advance what money there is, who may decide and how partners cooperate. Settling that on the way costs speed and trust."
  },
  fixable: true,
  check(ctx) {
    const bestuur = ctx.plan.bestuur;
    const title = { nl: "Voeg de afspraken toe", en: "Add the agreements" };
    if (!bestuur) {
      ctx.report({
        pointer: "",
        messageId: "noBestuur",
        fix: { kind: "insertKey", pointer: "", key: "bestuur", value: `afspraken: ${ALL}`, title, safe: true }
      });
      return;
    }
    const afspraken = bestuur.afspraken;
    if (!afspraken) {
      ctx.report({
        pointer: "/bestuur",
        messageId: "noAfspraken",
        fix: { kind: "insertKey", pointer: "/bestuur", key: "afspraken", value: ALL, title, safe: true }
      });
      return;
    }
    const missing = CONDITIONS.filter((key) => isMissing(afspraken[key]));
    if (missing.length === 0) return;
    const first = missing[0];
    ctx.report({
      pointer: "/bestuur/afspraken",
      messageId: missing.length === 1 ? "incomplete" : missing.length === 2 ? "incompleteTwo" : "incompleteAll",
      data: missing.length === 1 ? { missing: first } : missing.length === 2 ? { first, second: missing[1] } : void 0,
      fix: {
        kind: "insertKey",
        pointer: "/bestuur/afspraken",
        key: first,
        value: PLACEHOLDERS[first],
        title: { nl: `Voeg de afspraak over ${first} toe`, en: `Add the agreement on ${first}` },
        safe: true
      }
    });
  }
};

// server/src/core/rules/wp3-funding/WP309-unfunded-intervention.ts
var WP309 = {
  code: "WP309",
  name: "unfunded-intervention",
  category: "WP3",
  severity: "warning",
  summary: {
    nl: "Een interventie heeft een begroting maar geen financiering.",
    en: "An intervention has a budget but no funding."
  },
  messages: {
    missing: {
      nl: 'Interventie "{id}" heeft een begroting maar geen financiering: noem de bronnen die haar betalen, anders is niet te zien of het geld er is.',
      en: 'Intervention "{id}" has a budget but no funding: name the sources that pay for it, or nobody can see whether the money is there.'
    }
  },
  sources: ["000"],
  rationale: {
    nl: "Een begroting zegt wat iets kost, niet wie het betaalt. Door elke interventie aan haar bronnen te koppelen, valt op welk werk op los zand staat en wat stopt als een bron opdroogt.",
    en: "A budget says what something costs, not who pays. Linking every intervention to its sources shows which work rests on sand and what stops when a source dries up."
  },
  fixable: true,
  check(ctx) {
    const sources = entries(ctx.plan.financiering?.bronnen).filter(([, source]) => typeof source.id === "string");
    for (const [index, intervention] of entries(ctx.plan.interventies)) {
      if (isMissing(intervention.begroting) || !isMissing(intervention.financiering)) continue;
      const goals = new Set(entries(intervention.doelen).map(([, goal]) => goal));
      const match = sources.find(([, source2]) => entries(source2.doelen).some(([, goal]) => goals.has(goal))) ?? sources[0];
      const source = match?.[1].id;
      const pointer = `/interventies/${index}`;
      ctx.report({
        pointer,
        messageId: "missing",
        data: { id: intervention.id ?? String(index + 1) },
        fix: source ? {
          kind: "insertKey",
          pointer,
          key: "financiering",
          value: `[${source}]`,
          title: { nl: `Koppel aan bron "${source}"`, en: `Link to source "${source}"` },
          safe: false
        } : void 0
      });
    }
  }
};

// server/src/core/rules/wp3-funding/index.ts
var FUNDING_RULES = [WP301, WP302, WP303, WP304, WP305, WP306, WP307, WP308, WP309];

// server/src/core/rules/wp4-measuring/WP401-no-baseline.ts
var WP401 = {
  code: "WP401",
  name: "no-baseline",
  category: "WP4",
  severity: "error",
  summary: {
    nl: "Een indicator heeft geen nulmeting.",
    en: "An indicator has no baseline."
  },
  messages: {
    missing: {
      nl: 'Indicator "{indicator}" heeft geen nulmeting: zonder beginwaarde is later niet aan te tonen dat er iets is veranderd.',
      en: 'Indicator "{indicator}" has no baseline: without a starting value you cannot show later that anything changed.'
    }
  },
  sources: ["003"],
  rationale: {
    nl: "Wie wil weten of een interventie past en werkt, moet weten waar de wijk stond toen het begon; alleen een meting vooraf maakt latere cijfers vergelijkbaar.",
    en: "To know whether an intervention fits and works you need to know where the neighbourhood stood when it began; only a measurement beforehand makes later figures comparable."
  },
  fixable: true,
  check(ctx) {
    const period = planPeriod(ctx.plan);
    for (const [i, goal] of entries(ctx.plan.doelen)) {
      for (const [j, indicator] of entries(goal.indicatoren)) {
        if (!isMissing(indicator.nulmeting)) continue;
        const pointer = `/doelen/${i}/indicatoren/${j}`;
        ctx.report({
          pointer,
          messageId: "missing",
          data: { indicator: indicator.id ?? String(j + 1) },
          fix: period && {
            kind: "insertKey",
            pointer,
            key: "nulmeting",
            value: skeleton(indicator.richting, entries(indicator.streefwaarden).map(([, target]) => target), period.start),
            title: { nl: "Voeg een nulmeting toe", en: "Add a baseline" },
            safe: false
          }
        });
      }
    }
  }
};
function skeleton(direction, targets, start) {
  const years = targets.map((target) => target.jaar).filter((year) => typeof year === "number");
  const values = targets.map((target) => target.waarde).filter((value2) => typeof value2 === "number");
  let date = start;
  if (years.length > 0) {
    const beforeTargets = { year: Math.min(...years) - 1, month: 12, day: 31 };
    if (compareDates(beforeTargets, date) < 0) date = beforeTargets;
  }
  let value = 0;
  if (direction === "omhoog" && values.length > 0) value = Math.min(0, ...values);
  if (direction === "omlaag" && values.length > 0) value = Math.max(0, ...values);
  return `{ waarde: ${value}, datum: ${formatDate(date)}, bron: in te vullen }`;
}

// server/src/core/rules/wp4-measuring/WP402-late-baseline.ts
var WP402 = {
  code: "WP402",
  name: "late-baseline",
  category: "WP4",
  severity: "warning",
  summary: {
    nl: "Een nulmeting is van na de start van het plan.",
    en: "A baseline is dated after the plan starts."
  },
  messages: {
    indicator: {
      nl: 'De nulmeting van indicator "{indicator}" is van {datum}, na de start van het plan op {start}: een latere meting telt al een deel van het effect mee als beginwaarde.',
      en: 'The baseline of indicator "{indicator}" is dated {datum}, after the plan starts on {start}: a later measurement already counts part of the effect as the starting value.'
    },
    evaluation: {
      nl: "De nulmeting van de evaluatie is van {datum}, na de start van het plan op {start}: een latere meting telt al een deel van het effect mee als beginsituatie.",
      en: "The evaluation baseline is dated {datum}, after the plan starts on {start}: a later measurement already counts part of the effect as the starting point."
    }
  },
  sources: ["003"],
  rationale: {
    nl: "Een nulmeting legt de uitgangssituatie vast voordat er iets gebeurt; meet je pas als het werk al loopt, dan is niet meer te zien wat de aanpak zelf heeft veranderd.",
    en: "A baseline records the situation before anything happens; measuring only once the work is under way hides what the approach itself changed."
  },
  check(ctx) {
    const planStart = parseDate(ctx.plan.looptijd?.start);
    const planEnd = parseDate(ctx.plan.looptijd?.eind);
    if (!planStart || planEnd && compareDates(planStart, planEnd) > 0) return;
    const start = ctx.plan.looptijd?.start ?? "";
    for (const [i, goal] of entries(ctx.plan.doelen)) {
      for (const [j, indicator] of entries(goal.indicatoren)) {
        const date = parseDate(indicator.nulmeting?.datum);
        if (!date || compareDates(date, planStart) <= 0) continue;
        ctx.report({
          pointer: `/doelen/${i}/indicatoren/${j}/nulmeting`,
          messageId: "indicator",
          data: { indicator: indicator.id ?? String(j + 1), datum: indicator.nulmeting?.datum ?? "", start }
        });
      }
    }
    const evaluationDate = parseDate(ctx.plan.evaluatie?.nulmeting?.datum);
    if (evaluationDate && compareDates(evaluationDate, planStart) > 0) {
      ctx.report({
        pointer: "/evaluatie/nulmeting",
        messageId: "evaluation",
        data: { datum: ctx.plan.evaluatie?.nulmeting?.datum ?? "", start }
      });
    }
  }
};

// server/src/core/rules/wp4-measuring/WP403-output-only.ts
var WP403 = {
  code: "WP403",
  name: "output-only",
  category: "WP4",
  severity: "warning",
  summary: {
    nl: "Een doel meet alleen output, geen outcome.",
    en: "A goal measures only output, no outcome."
  },
  messages: {
    outputOnly: {
      nl: 'Doel "{goal}" heeft alleen output-indicatoren: wat er is geleverd zegt niet of de wijk erop vooruitgaat, dus meet ook een verandering in de wijk (outcome).',
      en: 'Goal "{goal}" has only output indicators: what was delivered does not show whether the neighbourhood improves, so also measure a change in the neighbourhood (outcome).'
    }
  },
  sources: ["002", "003"],
  rationale: {
    nl: "Tellen wat er is gedaan is makkelijk, maar laat niet zien of de wijk blijvend verandert; een doel heeft minstens \xE9\xE9n indicator nodig die de uitkomst in de wijk volgt.",
    en: "Counting what was done is easy but does not show whether the neighbourhood changes for good; a goal needs at least one indicator that follows the outcome in the neighbourhood."
  },
  check(ctx) {
    for (const [i, goal] of entries(ctx.plan.doelen)) {
      const indicators = entries(goal.indicatoren);
      if (indicators.length === 0 || !indicators.every(([, indicator]) => indicator.soort === "output")) continue;
      ctx.report({ pointer: `/doelen/${i}`, messageId: "outputOnly", data: { goal: goal.id ?? String(i + 1) } });
    }
  }
};

// server/src/core/rules/wp4-measuring/WP404-no-target.ts
var WP404 = {
  code: "WP404",
  name: "no-target",
  category: "WP4",
  severity: "warning",
  summary: {
    nl: "Een indicator heeft geen streefwaarden.",
    en: "An indicator has no targets."
  },
  messages: {
    missing: {
      nl: 'Indicator "{indicator}" heeft geen streefwaarden: zonder doel per jaar is niet te zien of het plan op koers ligt.',
      en: 'Indicator "{indicator}" has no targets: without a value to reach by a given year you cannot tell whether the plan is on track.'
    }
  },
  sources: ["003"],
  rationale: {
    nl: "Bijsturen tijdens de uitvoering kan alleen als vooraf is afgesproken welke waarde wanneer bereikt moet zijn; streefwaarden maken van een meting een toets.",
    en: "Steering during the work is only possible when it is agreed beforehand which value is to be reached when; targets turn a measurement into a test."
  },
  fixable: true,
  check(ctx) {
    const period = planPeriod(ctx.plan);
    for (const [i, goal] of entries(ctx.plan.doelen)) {
      for (const [j, indicator] of entries(goal.indicatoren)) {
        if (!isMissing(indicator.streefwaarden)) continue;
        const pointer = `/doelen/${i}/indicatoren/${j}`;
        const baselineYear = parseDate(indicator.nulmeting?.datum)?.year;
        const year = period?.end.year;
        const feasible = year !== void 0 && (baselineYear === void 0 || year > baselineYear);
        const value = typeof indicator.nulmeting?.waarde === "number" ? indicator.nulmeting.waarde : 0;
        ctx.report({
          pointer,
          messageId: "missing",
          data: { indicator: indicator.id ?? String(j + 1) },
          fix: feasible ? {
            kind: "insertKey",
            pointer,
            key: "streefwaarden",
            value: `[{ jaar: ${year}, waarde: ${value} }]`,
            title: { nl: "Voeg een streefwaarde toe", en: "Add a target" },
            safe: false
          } : void 0
        });
      }
    }
  }
};

// server/src/core/rules/wp4-measuring/WP405-target-wrong-way.ts
var WP405 = {
  code: "WP405",
  name: "target-wrong-way",
  category: "WP4",
  severity: "warning",
  summary: {
    nl: "Een streefwaarde gaat de andere kant op dan de gewenste richting.",
    en: "A target moves away from the desired direction."
  },
  messages: {
    shouldRise: {
      nl: 'Streefwaarde {waarde} ({jaar}) van indicator "{indicator}" ligt onder de nulmeting {nulmeting}, terwijl de richting omhoog is: zo meet het plan achteruitgang als doel.',
      en: 'Target {waarde} ({jaar}) of indicator "{indicator}" is below the baseline {nulmeting} while the direction is up: the plan would measure decline as its aim.'
    },
    shouldFall: {
      nl: 'Streefwaarde {waarde} ({jaar}) van indicator "{indicator}" ligt boven de nulmeting {nulmeting}, terwijl de richting omlaag is: zo meet het plan achteruitgang als doel.',
      en: 'Target {waarde} ({jaar}) of indicator "{indicator}" is above the baseline {nulmeting} while the direction is down: the plan would measure decline as its aim.'
    }
  },
  sources: ["003"],
  rationale: {
    nl: "Een streefwaarde die de verkeerde kant op wijst, is meestal een tikfout of een verwisselde richting; zo stuurt het plan op een verslechtering en kloppen de tussenmetingen niet.",
    en: "A target that points the wrong way is usually a typo or a swapped direction; the plan then steers towards decline and the interim measurements cannot be read."
  },
  check(ctx) {
    for (const [i, goal] of entries(ctx.plan.doelen)) {
      for (const [j, indicator] of entries(goal.indicatoren)) {
        const baseline = indicator.nulmeting?.waarde;
        const direction = indicator.richting;
        if (typeof baseline !== "number" || direction !== "omhoog" && direction !== "omlaag") continue;
        for (const [k, target] of entries(indicator.streefwaarden)) {
          if (typeof target.waarde !== "number") continue;
          const wrong = direction === "omhoog" ? target.waarde < baseline : target.waarde > baseline;
          if (!wrong) continue;
          ctx.report({
            pointer: `/doelen/${i}/indicatoren/${j}/streefwaarden/${k}`,
            messageId: direction === "omhoog" ? "shouldRise" : "shouldFall",
            data: {
              indicator: indicator.id ?? String(j + 1),
              waarde: target.waarde,
              jaar: target.jaar ?? "?",
              nulmeting: baseline
            }
          });
        }
      }
    }
  }
};

// server/src/core/rules/wp4-measuring/WP406-target-before-baseline.ts
var WP406 = {
  code: "WP406",
  name: "target-before-baseline",
  category: "WP4",
  severity: "warning",
  summary: {
    nl: "Een streefwaarde valt niet na het jaar van de nulmeting.",
    en: "A target is not later than the baseline year."
  },
  messages: {
    early: {
      nl: 'Streefwaarde voor {jaar} van indicator "{indicator}" valt niet na het jaar van de nulmeting ({nulmetingjaar}): een doel moet later liggen dan het vertrekpunt, anders valt er niets te meten.',
      en: 'The target for {jaar} of indicator "{indicator}" is not later than the baseline year ({nulmetingjaar}): a target must lie after the starting point, or there is nothing to measure.'
    }
  },
  sources: ["003"],
  rationale: {
    nl: "Een streefwaarde beschrijft waar de wijk later moet staan ten opzichte van de nulmeting; ligt het streefjaar op of v\xF3\xF3r het meetjaar, dan is de volgorde omgedraaid en zegt de vergelijking niets.",
    en: "A target describes where the neighbourhood should stand later compared with the baseline; a target year on or before the baseline year reverses the order and makes the comparison meaningless."
  },
  check(ctx) {
    for (const [i, goal] of entries(ctx.plan.doelen)) {
      for (const [j, indicator] of entries(goal.indicatoren)) {
        const baselineYear = parseDate(indicator.nulmeting?.datum)?.year;
        if (baselineYear === void 0) continue;
        for (const [k, target] of entries(indicator.streefwaarden)) {
          if (typeof target.jaar !== "number" || target.jaar > baselineYear) continue;
          ctx.report({
            pointer: `/doelen/${i}/indicatoren/${j}/streefwaarden/${k}`,
            messageId: "early",
            data: { indicator: indicator.id ?? String(j + 1), jaar: target.jaar, nulmetingjaar: baselineYear }
          });
        }
      }
    }
  }
};

// server/src/core/rules/wp4-measuring/WP407-no-interim-evaluation.ts
var WP407 = {
  code: "WP407",
  name: "no-interim-evaluation",
  category: "WP4",
  severity: "warning",
  summary: {
    nl: "Er is geen tussentijdse evaluatie binnen de looptijd.",
    en: "There is no interim evaluation within the plan period."
  },
  messages: {
    missing: {
      nl: "Het plan heeft geen tussentijdse evaluatie binnen de looptijd ({start} tot en met {eind}): zonder tussenmoment is pas aan het eind te zien wat werkt, als bijsturen niet meer kan.",
      en: "The plan has no interim evaluation within its period ({start} to {eind}): without one you only learn what works at the end, when it is too late to steer."
    }
  },
  sources: ["001", "003"],
  rationale: {
    nl: "Een tussentijdse evaluatie laat op tijd zien wat werkt en wat niet, zodat partners kunnen bijsturen, het kaf van het koren kunnen scheiden en resultaten niet pas achteraf blijken.",
    en: "An interim evaluation shows in time what works and what does not, so partners can steer, keep what works and drop what does not, instead of finding out afterwards."
  },
  fixable: true,
  check(ctx) {
    const period = planPeriod(ctx.plan);
    if (!period) return;
    const evaluation = ctx.plan.evaluatie;
    let hasInterim = false;
    let undated = false;
    for (const [, moment2] of entries(evaluation?.momenten)) {
      if (moment2.soort !== "tussentijds") continue;
      const date2 = parseDate(moment2.datum);
      if (!date2) undated = true;
      else if (compareDates(date2, period.start) >= 0 && compareDates(date2, period.end) <= 0) hasInterim = true;
    }
    if (hasInterim || undated) return;
    const oneYearIn = addYears(period.start, 1);
    const date = compareDates(oneYearIn, period.end) <= 0 ? oneYearIn : period.end;
    const partner = [...idIndex(ctx.plan).partner.keys()][0];
    const met = partner ? `, met: [${partner}]` : "";
    const moment = `[{ datum: ${formatDate(date)}, soort: tussentijds${met}, onderwerp: "in te vullen: wat evalueren we tussentijds?" }]`;
    const title = { nl: "Voeg een tussentijdse evaluatie toe", en: "Add an interim evaluation" };
    let fix;
    if (!evaluation) fix = { kind: "insertKey", pointer: "", key: "evaluatie", value: `momenten: ${moment}`, title, safe: false };
    else if (isMissing(evaluation.momenten)) fix = { kind: "insertKey", pointer: "/evaluatie", key: "momenten", value: moment, title, safe: false };
    ctx.report({
      pointer: evaluation ? "/evaluatie" : "",
      messageId: "missing",
      data: { start: formatDate(period.start), eind: formatDate(period.end) },
      fix
    });
  }
};

// server/src/core/rules/wp4-measuring/WP408-evaluation-gap.ts
var WP408 = {
  code: "WP408",
  name: "evaluation-gap",
  category: "WP4",
  severity: "info",
  summary: {
    nl: "Er zit te veel tijd tussen evaluatiemomenten.",
    en: "Too much time passes between evaluation moments."
  },
  messages: {
    gap: {
      nl: "Tussen {van} en {tot} ligt meer dan {jaren} jaar zonder evaluatie: zo lang zonder meting valt een ontsporing pas laat op.",
      en: "More than {jaren} years pass between {van} and {tot} without an evaluation: going that long without measuring lets problems go unnoticed."
    },
    gaps: {
      nl: "Op {aantal} plaatsen in de looptijd ligt meer dan {jaren} jaar zonder evaluatie, de eerste tussen {van} en {tot}: zo lang zonder meting valt een ontsporing pas laat op.",
      en: "In {aantal} places in the plan period more than {jaren} years pass without an evaluation, the first between {van} and {tot}: going that long without measuring lets problems go unnoticed."
    }
  },
  sources: ["003"],
  rationale: {
    nl: "Bijsturen vraagt om regelmatige metingen en gesprekken over de cijfers; een lange periode zonder evaluatie, vanaf de start tot het einde van het plan, laat problemen te lang onopgemerkt.",
    en: "Steering needs regular measurements and conversations about the figures; a long stretch without evaluation, from the plan start to its end, leaves problems unnoticed for too long."
  },
  thresholds: ["maxEvaluationGapYears"],
  check(ctx) {
    const period = planPeriod(ctx.plan);
    const moments = ctx.plan.evaluatie?.momenten;
    if (!period || isMissing(moments)) return;
    const years = ctx.thresholds.maxEvaluationGapYears;
    const inside = [];
    for (const [, moment] of entries(moments)) {
      const date = parseDate(moment.datum);
      if (!date) return;
      if (compareDates(date, period.start) >= 0 && compareDates(date, period.end) <= 0) inside.push(date);
    }
    const points = [period.start, ...inside.sort(compareDates), period.end];
    const gaps = [];
    for (let n = 1; n < points.length; n++) if (moreThanYearsApart(points[n - 1], points[n], years)) gaps.push([points[n - 1], points[n]]);
    if (gaps.length === 0) return;
    ctx.report({
      pointer: "/evaluatie/momenten",
      messageId: gaps.length === 1 ? "gap" : "gaps",
      data: { van: formatDate(gaps[0][0]), tot: formatDate(gaps[0][1]), jaren: years, aantal: gaps.length }
    });
  }
};

// server/src/core/rules/wp4-measuring/WP409-no-knowledge-partner.ts
var WP409 = {
  code: "WP409",
  name: "no-knowledge-partner",
  category: "WP4",
  severity: "info",
  summary: {
    nl: "Geen kennisinstituut doet mee aan de evaluatie.",
    en: "No knowledge institute takes part in the evaluation."
  },
  messages: {
    missing: {
      nl: "Geen partner van soort kennisinstituut voert de nulmeting of een evaluatie uit of doet eraan mee: een onafhankelijke onderzoeker helpt vast te stellen welke aanpak echt werkt en dus borging verdient.",
      en: "No partner of kind kennisinstituut carries out the baseline or an evaluation, or takes part in one: an independent researcher helps establish which approach really works and so deserves to be secured."
    }
  },
  sources: ["000", "003"],
  rationale: {
    nl: "Kennisinstituten helpen goede praktijken te evalueren, te selecteren en over te dragen; zonder hen blijft de vraag wat werkt vaak bij indrukken van de eigen organisatie.",
    en: "Knowledge institutes help evaluate, select and pass on good practice; without them the question of what works often rests on the impressions of those involved."
  },
  check(ctx) {
    const institutes = /* @__PURE__ */ new Set();
    for (const [, partner] of entries(ctx.plan.partners)) if (partner.soort === "kennisinstituut" && partner.id) institutes.add(partner.id);
    const evaluation = ctx.plan.evaluatie;
    const involved = [evaluation?.nulmeting?.door];
    for (const [, moment] of entries(evaluation?.momenten)) involved.push(moment.door, ...entries(moment.met).map(([, id]) => id));
    if (involved.some((id) => id !== void 0 && institutes.has(id))) return;
    ctx.report({ pointer: evaluation ? "/evaluatie" : "", messageId: "missing" });
  }
};

// server/src/core/rules/wp4-measuring/WP410-not-interpreted-together.ts
var WP410 = {
  code: "WP410",
  name: "not-interpreted-together",
  category: "WP4",
  severity: "info",
  summary: {
    nl: "Een evaluatiemoment heeft geen partners die meekijken (met).",
    en: "An evaluation moment has no partners interpreting it together (met)."
  },
  messages: {
    missing: {
      nl: 'Evaluatiemoment {moment} heeft geen "met": cijfers die partners samen duiden, worden ook samen gedragen en leiden eerder tot bijsturing.',
      en: 'Evaluation moment {moment} has no "met": figures that partners interpret together are owned together and lead to steering sooner.'
    }
  },
  sources: ["003"],
  rationale: {
    nl: "Cijfers zeggen pas iets als de betrokken partners ze samen bespreken en verklaren; een evaluatie die \xE9\xE9n partij alleen leest, verandert zelden iets aan de aanpak.",
    en: "Figures only mean something when the partners involved discuss and explain them together; an evaluation read by one party alone rarely changes the approach."
  },
  fixable: true,
  check(ctx) {
    const partners = [...idIndex(ctx.plan).partner.keys()];
    for (const [i, moment] of entries(ctx.plan.evaluatie?.momenten)) {
      if (!isMissing(moment.met)) continue;
      const pointer = `/evaluatie/momenten/${i}`;
      const partner = partners.find((id) => id !== moment.door);
      ctx.report({
        pointer,
        messageId: "missing",
        data: { moment: moment.datum ?? String(i + 1) },
        fix: partner ? {
          kind: "insertKey",
          pointer,
          key: "met",
          value: `[${partner}]`,
          title: { nl: `Laat ${partner} meekijken`, en: `Interpret it together with ${partner}` },
          safe: false
        } : void 0
      });
    }
  }
};

// server/src/core/rules/wp4-measuring/WP411-no-spillover-watch.ts
var PLACEHOLDER2 = '"in te vullen: hoe volgen we effecten buiten de wijk, zoals verplaatsing van problemen?"';
var WP411 = {
  code: "WP411",
  name: "no-spillover-watch",
  category: "WP4",
  severity: "info",
  summary: {
    nl: "Het plan volgt geen effecten buiten de wijk.",
    en: "The plan does not watch effects outside the neighbourhood."
  },
  messages: {
    missing: {
      nl: "De evaluatie zegt niet hoe effecten buiten de wijk worden gevolgd (effecten_buiten_wijk): problemen die naar een buurwijk verhuizen, lijken anders een succes.",
      en: "The evaluation does not say how effects outside the neighbourhood are watched (effecten_buiten_wijk): problems that move to a nearby area would otherwise look like success."
    }
  },
  sources: ["003"],
  rationale: {
    nl: "Een interventie kan problemen verplaatsen in plaats van oplossen, of juist de omgeving mee laten profiteren; alleen wie ook over de wijkgrens kijkt, ziet het echte effect.",
    en: "An intervention can move problems instead of solving them, or let the surroundings benefit too; only by looking beyond the neighbourhood do you see the real effect."
  },
  fixable: true,
  check(ctx) {
    const evaluation = ctx.plan.evaluatie;
    if (!isMissing(evaluation?.effecten_buiten_wijk)) return;
    const title = { nl: "Voeg effecten_buiten_wijk toe", en: "Add effecten_buiten_wijk" };
    ctx.report({
      pointer: evaluation ? "/evaluatie" : "",
      messageId: "missing",
      fix: evaluation ? { kind: "insertKey", pointer: "/evaluatie", key: "effecten_buiten_wijk", value: PLACEHOLDER2, title, safe: true } : { kind: "insertKey", pointer: "", key: "evaluatie", value: `effecten_buiten_wijk: ${PLACEHOLDER2}`, title, safe: true }
    });
  }
};

// server/src/core/rules/wp4-measuring/WP412-no-success-sharing.ts
var PLACEHOLDER3 = '"in te vullen: hoe en met wie delen we resultaten en successen?"';
var WP412 = {
  code: "WP412",
  name: "no-success-sharing",
  category: "WP4",
  severity: "info",
  summary: {
    nl: "Het plan zegt niet hoe successen worden gedeeld.",
    en: "The plan does not say how successes are shared."
  },
  messages: {
    missing: {
      nl: "De evaluatie zegt niet hoe resultaten en successen worden gedeeld (successen_delen): zichtbare resultaten houden bewoners, partners en bestuur betrokken.",
      en: "The evaluation does not say how results and successes are shared (successen_delen): visible results keep residents, partners and the council involved."
    }
  },
  sources: ["001"],
  rationale: {
    nl: "Wie laat zien wat er bereikt is, houdt steun vast bij bewoners, partners en bestuur, en voorkomt dat anderen het wiel opnieuw uitvinden.",
    en: "Showing what has been achieved keeps the support of residents, partners and the council, and saves others from reinventing the wheel."
  },
  fixable: true,
  check(ctx) {
    const evaluation = ctx.plan.evaluatie;
    if (!isMissing(evaluation?.successen_delen)) return;
    const title = { nl: "Voeg successen_delen toe", en: "Add successen_delen" };
    ctx.report({
      pointer: evaluation ? "/evaluatie" : "",
      messageId: "missing",
      fix: evaluation ? { kind: "insertKey", pointer: "/evaluatie", key: "successen_delen", value: PLACEHOLDER3, title, safe: true } : { kind: "insertKey", pointer: "", key: "evaluatie", value: `successen_delen: ${PLACEHOLDER3}`, title, safe: true }
    });
  }
};

// server/src/core/rules/wp4-measuring/WP413-goal-without-indicator.ts
var WP413 = {
  code: "WP413",
  name: "goal-without-indicator",
  category: "WP4",
  severity: "warning",
  summary: {
    nl: "Een doel heeft geen indicatoren.",
    en: "A goal has no indicators."
  },
  messages: {
    missing: {
      nl: 'Doel "{goal}" heeft geen indicatoren: zonder meetbare indicator is niet aan te tonen of het doel dichterbij komt.',
      en: 'Goal "{goal}" has no indicators: without a measurable indicator you cannot show whether the goal comes closer.'
    }
  },
  sources: ["003"],
  rationale: {
    nl: "Een doel zonder indicator is een wens: er is geen nulmeting, geen tussenmeting en dus geen bewijs welke interventies echt iets opleveren.",
    en: "A goal without an indicator is a wish: there is no baseline, no interim measurement and so no evidence of which interventions really deliver."
  },
  fixable: true,
  check(ctx) {
    const period = planPeriod(ctx.plan);
    const taken = idsIn(ctx.raw);
    for (const [i, goal] of entries(ctx.plan.doelen)) {
      if (!isMissing(goal.indicatoren)) continue;
      const pointer = `/doelen/${i}`;
      let value;
      if (period) {
        const id = freshId(`I-${goal.id ?? `doel${i + 1}`}`, taken);
        taken.add(id);
        const lines = [
          `- id: ${id}`,
          '  naam: "in te vullen: wat meet deze indicator?"',
          "  soort: outcome",
          `  nulmeting: { waarde: 0, datum: ${formatDate(period.start)}, bron: in te vullen }`
        ];
        if (period.end.year > period.start.year) lines.push(`  streefwaarden: [{ jaar: ${period.end.year}, waarde: 0 }]`);
        value = lines.join("\n");
      }
      ctx.report({
        pointer,
        messageId: "missing",
        data: { goal: goal.id ?? String(i + 1) },
        fix: value ? { kind: "insertKey", pointer, key: "indicatoren", value, title: { nl: "Voeg een indicator toe", en: "Add an indicator" }, safe: false } : void 0
      });
    }
  }
};
function idsIn(value, found = /* @__PURE__ */ new Set()) {
  if (Array.isArray(value)) for (const item of value) idsIn(item, found);
  else if (value !== null && typeof value === "object") {
    for (const [key, child] of Object.entries(value)) {
      if (key === "id" && typeof child === "string") found.add(child);
      else idsIn(child, found);
    }
  }
  return found;
}
function freshId(base, taken) {
  if (!taken.has(base)) return base;
  let n = 2;
  while (taken.has(`${base}-${n}`)) n++;
  return `${base}-${n}`;
}

// server/src/core/rules/wp4-measuring/index.ts
var MEASURING_RULES = [WP401, WP402, WP403, WP404, WP405, WP406, WP407, WP408, WP409, WP410, WP411, WP412, WP413];

// server/src/core/rules/wp5-governance/WP501-not-adopted.ts
var WP501 = {
  code: "WP501",
  name: "not-adopted",
  category: "WP5",
  severity: "warning",
  summary: {
    nl: "Het plan is niet formeel vastgesteld.",
    en: "The plan has not been formally adopted."
  },
  messages: {
    missing: {
      nl: "Het bestuur heeft geen vastgesteld: een plan dat raad of college niet formeel heeft vastgesteld, overleeft een bestuurswisseling of bezuiniging moeilijk.",
      en: "The governance section has no vastgesteld: a plan the council or executive never formally adopted rarely survives a change of administration or a round of cuts."
    }
  },
  sources: ["003"],
  rationale: {
    nl: "Een formeel besluit van raad of college maakt de aanpak van het hele bestuur en niet van \xE9\xE9n wethouder; dat anker houdt het plan overeind als mensen of coalities wisselen.",
    en: "A formal decision by the council or executive makes the approach belong to the whole administration rather than one alderman; that anchor keeps the plan standing when people or coalitions change."
  },
  fixable: true,
  check(ctx) {
    const governance = ctx.plan.bestuur;
    if (!isMissing(governance?.vastgesteld)) return;
    const period = planPeriod(ctx.plan);
    const value = period ? `{ door: gemeenteraad, datum: ${formatDate(period.start)}, kenmerk: "in te vullen: kenmerk van het besluit" }` : void 0;
    const title = { nl: "Voeg de vaststelling toe", en: "Add the adoption" };
    ctx.report({
      pointer: governance ? "/bestuur" : "",
      messageId: "missing",
      fix: value ? governance ? { kind: "insertKey", pointer: "/bestuur", key: "vastgesteld", value, title, safe: false } : { kind: "insertKey", pointer: "", key: "bestuur", value: `vastgesteld: ${value}`, title, safe: false } : void 0
    });
  }
};

// server/src/core/rules/wp5-governance/WP502-alderman-hobby.ts
var WP502 = {
  code: "WP502",
  name: "alderman-hobby",
  category: "WP5",
  severity: "warning",
  summary: {
    nl: "Het plan is vastgesteld door een wethouder of stuurgroep, niet door raad of college.",
    en: "The plan was adopted by an alderman or steering board, not by the council or executive."
  },
  messages: {
    narrow: {
      nl: "Het plan is vastgesteld door de {door}: zonder besluit van raad of college blijft de aanpak de zaak van enkelen en verdwijnt ze gemakkelijk met hen.",
      en: "The plan was adopted by the {door}: without a decision by the council or executive the approach stays the business of a few and easily leaves with them."
    }
  },
  sources: ["003", "000"],
  rationale: {
    nl: "Een aanpak die alleen op een enthousiaste wethouder of een stuurgroep rust, lijkt diens hobby; verankering bij het hele college en de raad maakt haar onafhankelijk van personen.",
    en: "An approach that rests only on an enthusiastic alderman or a steering board looks like a personal hobby; anchoring it with the whole executive and the council makes it independent of people."
  },
  check(ctx) {
    const adopted = ctx.plan.bestuur?.vastgesteld;
    if (adopted?.door !== "wethouder" && adopted?.door !== "stuurgroep") return;
    ctx.report({ pointer: "/bestuur/vastgesteld", messageId: "narrow", data: { door: adopted.door } });
  }
};

// server/src/core/rules/wp5-governance/WP503-single-portfolio.ts
var WP503 = {
  code: "WP503",
  name: "single-portfolio",
  category: "WP5",
  severity: "info",
  summary: {
    nl: "Minder dan twee portefeuillehouders dragen het plan.",
    en: "Fewer than two portfolio holders carry the plan."
  },
  messages: {
    none: {
      nl: "Het bestuur noemt geen portefeuillehouders: zonder wethouders die het plan in hun portefeuille dragen, heeft het geen bestuurlijke eigenaar.",
      en: "The governance section names no portefeuillehouders: without aldermen who hold the plan in their portfolios it has no owner in the executive."
    },
    one: {
      nl: "Het plan heeft maar \xE9\xE9n portefeuillehouder: een aanpak die bij \xE9\xE9n wethouder ligt, wordt diens hobby en hangt af van diens termijn.",
      en: "The plan has only one portfolio holder: an approach held by one alderman becomes a personal hobby and depends on their term."
    }
  },
  sources: ["000", "003"],
  rationale: {
    nl: "Een wijkaanpak raakt wonen, zorg, werk en veiligheid; als meer wethouders hem in hun portefeuille dragen, staat hij steviger in het college en overleeft hij het vertrek van \xE9\xE9n bestuurder.",
    en: "A neighbourhood approach touches housing, care, work and safety; when several aldermen hold it in their portfolios it stands firmer in the executive and survives the departure of one of them."
  },
  fixable: true,
  check(ctx) {
    const governance = ctx.plan.bestuur;
    const holders = new Set(entries(governance?.portefeuillehouders).map(([, name]) => name));
    if (holders.size >= 2) return;
    const value = '["in te vullen: eerste wethouder", "in te vullen: tweede wethouder"]';
    const title = { nl: "Voeg portefeuillehouders toe", en: "Add portfolio holders" };
    ctx.report({
      pointer: governance ? "/bestuur" : "",
      messageId: holders.size === 0 ? "none" : "one",
      // Only a missing list can be filled in; adding to an existing list is not a key insertion.
      fix: !governance ? { kind: "insertKey", pointer: "", key: "bestuur", value: `portefeuillehouders: ${value}`, title, safe: true } : isMissing(governance.portefeuillehouders) ? { kind: "insertKey", pointer: "/bestuur", key: "portefeuillehouders", value, title, safe: true } : void 0
    });
  }
};

// server/src/core/rules/wp5-governance/WP504-no-programme-manager.ts
var WP504 = {
  code: "WP504",
  name: "no-programme-manager",
  category: "WP5",
  severity: "info",
  summary: {
    nl: "Het plan heeft geen programmamanager.",
    en: "The plan has no programme manager."
  },
  messages: {
    missing: {
      nl: "Het bestuur heeft geen programmamanager: zonder een vaste rol die de kar trekt en de partners verbindt, valt de regie uiteen over de organisaties.",
      en: "The governance section has no programmamanager: without a fixed role that pulls the cart and connects the partners, direction falls apart across the organisations."
    }
  },
  sources: ["004", "000"],
  rationale: {
    nl: "Een langjarige aanpak met veel partners heeft iemand nodig die de hoofdlijnen bewaakt, de relaties onderhoudt en de co\xF6rdinatie organiseert; leg dat vast als rol bij een organisatie, niet als persoon.",
    en: "A long approach with many partners needs someone who keeps the main lines, maintains the relations and organises coordination; record that as a role at an organisation, not as a person."
  },
  fixable: true,
  check(ctx) {
    const governance = ctx.plan.bestuur;
    if (!isMissing(governance?.programmamanager)) return;
    const partners = entries(ctx.plan.partners).map(([, partner]) => partner).filter((partner) => partner.id);
    const organisation = (partners.find((partner) => partner.soort === "gemeente") ?? partners[0])?.id;
    const value = organisation ? `{ rol: "in te vullen: rol van de programmamanager", organisatie: ${organisation}, vervanger: "in te vullen: rol van de vervanger" }` : void 0;
    const title = { nl: "Voeg een programmamanager toe", en: "Add a programme manager" };
    ctx.report({
      pointer: governance ? "/bestuur" : "",
      messageId: "missing",
      fix: value ? governance ? { kind: "insertKey", pointer: "/bestuur", key: "programmamanager", value, title, safe: false } : { kind: "insertKey", pointer: "", key: "bestuur", value: `programmamanager: ${value}`, title, safe: false } : void 0
    });
  }
};

// server/src/core/rules/wp5-governance/WP505-no-steering-board.ts
var WP505 = {
  code: "WP505",
  name: "no-steering-board",
  category: "WP5",
  severity: "info",
  summary: {
    nl: "Het plan heeft geen stuurgroep van minstens twee partners.",
    en: "The plan has no steering board of at least two partners."
  },
  messages: {
    missing: {
      nl: "Het bestuur heeft geen stuurgroep: zonder een vast overleg van de dragende partners beslist \xE9\xE9n organisatie alleen over een aanpak van velen.",
      en: "The governance section has no stuurgroep: without a standing board of the carrying partners one organisation decides alone on an approach shared by many."
    },
    few: {
      nl: "De stuurgroep telt maar \xE9\xE9n partner: \xE9\xE9n partij is geen gezamenlijk bestuur, en de andere partners voelen zich dan geen mede-eigenaar.",
      en: "The stuurgroep has only one partner: one party is no shared board, and the other partners will not feel co-owners."
    }
  },
  sources: ["004"],
  rationale: {
    nl: "Partners die samen besturen, blijven samen verantwoordelijk; een stuurgroep van meerdere partijen houdt hun inzet vast en verdeelt de zeggenschap over wie het plan dragen.",
    en: "Partners who govern together stay responsible together; a steering board of several parties keeps their commitment and shares control among those who carry the plan."
  },
  fixable: true,
  check(ctx) {
    const governance = ctx.plan.bestuur;
    const members = new Set(entries(governance?.stuurgroep).map(([, id]) => id));
    if (members.size >= 2) return;
    const partners = [...idIndex(ctx.plan).partner.keys()];
    const value = partners.length >= 2 ? `[${partners[0]}, ${partners[1]}]` : void 0;
    const title = { nl: "Voeg een stuurgroep toe", en: "Add a steering board" };
    const missing = isMissing(governance?.stuurgroep);
    ctx.report({
      pointer: governance ? "/bestuur" : "",
      messageId: missing ? "missing" : "few",
      // Only a missing list can be filled in; adding to an existing list is not a key insertion.
      fix: value && missing ? governance ? { kind: "insertKey", pointer: "/bestuur", key: "stuurgroep", value, title, safe: false } : { kind: "insertKey", pointer: "", key: "bestuur", value: `stuurgroep: ${value}`, title, safe: false } : void 0
    });
  }
};

// server/src/core/rules/wp5-governance/index.ts
var GOVERNANCE_RULES = [WP501, WP502, WP503, WP504, WP505];

// server/src/core/rules/wp6-residents/WP601-residents-not-involved.ts
var WP601 = {
  code: "WP601",
  name: "residents-not-involved",
  category: "WP6",
  severity: "warning",
  summary: {
    nl: "Het plan zegt niet waar bewoners meedoen.",
    en: "The plan does not say where residents take part."
  },
  messages: {
    missing: {
      nl: "Het plan noemt geen betrokkenheid van bewoners: wat bewoners niet mee bedenken en uitvoeren, dragen zij ook niet als het programma stopt.",
      en: "The plan names no resident involvement (betrokkenheid): what residents do not help shape and carry out, they will not carry on once the programme stops."
    }
  },
  sources: ["002", "004"],
  rationale: {
    nl: "Bewoners kennen hun buurt het best en blijven er wonen als professionals en budgetten vertrekken; wie hen laat meedoen bij analyse, agenda, uitvoering en evaluatie, bouwt iets dat blijft.",
    en: "Residents know their neighbourhood best and stay when professionals and budgets leave; involving them in analysis, agenda, delivery and evaluation builds something that lasts."
  },
  fixable: true,
  check(ctx) {
    const residents = ctx.plan.bewoners;
    if (!isMissing(residents?.betrokkenheid)) return;
    const value = "[gebiedsanalyse, wijkagenda]";
    const title = { nl: "Voeg betrokkenheid van bewoners toe", en: "Add resident involvement" };
    ctx.report({
      pointer: residents ? "/bewoners" : "",
      messageId: "missing",
      fix: residents ? { kind: "insertKey", pointer: "/bewoners", key: "betrokkenheid", value, title, safe: false } : { kind: "insertKey", pointer: "", key: "bewoners", value: `betrokkenheid: ${value}`, title, safe: false }
    });
  }
};

// server/src/core/rules/wp6-residents/WP602-residents-not-setting-agenda.ts
var WP602 = {
  code: "WP602",
  name: "residents-not-setting-agenda",
  category: "WP6",
  severity: "info",
  summary: {
    nl: "Bewoners doen niet mee aan gebiedsanalyse of wijkagenda.",
    en: "Residents take no part in the area analysis or the neighbourhood agenda."
  },
  messages: {
    late: {
      nl: "Bewoners doen mee, maar niet aan de gebiedsanalyse of de wijkagenda: wie pas bij de uitvoering aanschuift, voert andermans plan uit in plaats van het eigen plan.",
      en: "Residents take part, but not in the area analysis (gebiedsanalyse) or the neighbourhood agenda (wijkagenda): joining only for delivery means carrying out someone else's plan rather than their own."
    }
  },
  sources: ["002"],
  rationale: {
    nl: "Wijkplannen worden beter en breder gedragen als bewoners vanaf het begin samen de buurt analyseren en de agenda opstellen, niet alleen meedoen als het plan al vastligt.",
    en: "Plans get better and more widely supported when residents analyse the area and draw up the agenda from the start, not only join once the plan is fixed."
  },
  check(ctx) {
    const involvement = ctx.plan.bewoners?.betrokkenheid;
    if (isMissing(involvement)) return;
    if (entries(involvement).some(([, form]) => form === "gebiedsanalyse" || form === "wijkagenda")) return;
    ctx.report({ pointer: "/bewoners/betrokkenheid", messageId: "late" });
  }
};

// server/src/core/rules/wp6-residents/WP603-no-initiative-support.ts
var PLACEHOLDER4 = '"in te vullen: hoe ondersteunen we eigen initiatieven van bewoners?"';
var WP603 = {
  code: "WP603",
  name: "no-initiative-support",
  category: "WP6",
  severity: "info",
  summary: {
    nl: "Het plan zegt niet hoe initiatieven van bewoners worden ondersteund.",
    en: "The plan does not say how residents' initiatives are supported."
  },
  messages: {
    missing: {
      nl: "Het plan zegt niet hoe wijkinitiatieven worden ondersteund: initiatieven van bewoners drijven op vrijwilligers en houden het zonder passende steun vaak niet vol.",
      en: "The plan does not say how residents' initiatives (wijkinitiatieven) are supported: they run on volunteers and often do not last without fitting support."
    }
  },
  sources: ["002"],
  rationale: {
    nl: "Eigen initiatieven van bewoners zijn wat na een programma overblijft; ze hebben geld, maar ook organisatorische hulp en een vast aanspreekpunt nodig, afgestemd op wat ze zelf vragen.",
    en: "Residents' own initiatives are what remains after a programme; they need money, but also organisational help and a fixed contact, matched to what they ask for."
  },
  fixable: true,
  check(ctx) {
    const residents = ctx.plan.bewoners;
    if (!isMissing(residents?.wijkinitiatieven)) return;
    const title = { nl: "Voeg wijkinitiatieven toe", en: "Add wijkinitiatieven" };
    ctx.report({
      pointer: residents ? "/bewoners" : "",
      messageId: "missing",
      fix: residents ? { kind: "insertKey", pointer: "/bewoners", key: "wijkinitiatieven", value: PLACEHOLDER4, title, safe: true } : { kind: "insertKey", pointer: "", key: "bewoners", value: `wijkinitiatieven: ${PLACEHOLDER4}`, title, safe: true }
    });
  }
};

// server/src/core/rules/wp6-residents/index.ts
var RESIDENTS_RULES = [WP601, WP602, WP603];

// server/src/core/rules/wp7-coherence/WP701-goal-without-intervention.ts
var WP701 = {
  code: "WP701",
  name: "goal-without-intervention",
  category: "WP7",
  severity: "warning",
  summary: {
    nl: "Geen interventie werkt aan een doel.",
    en: "No intervention works towards a goal."
  },
  messages: {
    orphan: {
      nl: 'Geen interventie noemt doel "{goal}" in haar doelen: een doel waar niemand aan werkt, blijft een belofte op papier.',
      en: 'No intervention lists goal "{goal}" in its doelen: a goal nobody works on stays a promise on paper.'
    }
  },
  sources: ["002"],
  rationale: {
    nl: "Een wijkaanpak hoort een samenhangend geheel van doelen en interventies te zijn; een doel zonder interventie laat zien dat plan en uitvoering los van elkaar staan.",
    en: "A neighbourhood approach should be a coherent whole of goals and interventions; a goal without an intervention shows that plan and delivery have come apart."
  },
  check(ctx) {
    const served = /* @__PURE__ */ new Set();
    for (const [, intervention] of entries(ctx.plan.interventies)) for (const [, id] of entries(intervention.doelen)) served.add(id);
    for (const [i, goal] of entries(ctx.plan.doelen)) {
      if (typeof goal.id !== "string" || served.has(goal.id)) continue;
      ctx.report({ pointer: `/doelen/${i}`, messageId: "orphan", data: { goal: goal.id } });
    }
  }
};

// server/src/core/rules/wp7-coherence/WP702-intervention-without-goal.ts
var WP702 = {
  code: "WP702",
  name: "intervention-without-goal",
  category: "WP7",
  severity: "warning",
  summary: {
    nl: "Een interventie noemt geen doelen.",
    en: "An intervention names no goals."
  },
  messages: {
    missing: {
      nl: 'Interventie "{id}" noemt geen doelen: een project dat aan geen doel bijdraagt, is een los project in de projectencarrousel en moeilijk te verantwoorden of voort te zetten.',
      en: 'Intervention "{id}" names no doelen: a project that serves no goal is a loose project on the project carousel, hard to justify or continue.'
    }
  },
  sources: ["000", "002"],
  rationale: {
    nl: "Steeds nieuwe projecten toevoegen zonder verband met de doelen levert een carrousel van losse activiteiten op; door elke interventie aan een doel te koppelen, blijft zichtbaar waarom ze er is en of ze moet blijven.",
    en: "Adding project after project without a link to the goals yields a carousel of loose activities; linking every intervention to a goal keeps visible why it exists and whether it should stay."
  },
  fixable: true,
  check(ctx) {
    const firstGoal = [...idIndex(ctx.plan).doel.keys()][0];
    for (const [i, intervention] of entries(ctx.plan.interventies)) {
      if (!isMissing(intervention.doelen)) continue;
      const pointer = `/interventies/${i}`;
      ctx.report({
        pointer,
        messageId: "missing",
        data: { id: intervention.id ?? String(i + 1) },
        fix: firstGoal ? {
          kind: "insertKey",
          pointer,
          key: "doelen",
          value: `[${firstGoal}]`,
          title: { nl: `Koppel aan doel ${firstGoal}`, en: `Link to goal ${firstGoal}` },
          safe: false
        } : void 0
      });
    }
  }
};

// server/src/core/rules/wp7-coherence/WP703-one-sided-domains.ts
var WP703 = {
  code: "WP703",
  name: "one-sided-domains",
  category: "WP7",
  severity: "info",
  summary: {
    nl: "De doelen liggen alleen in het fysieke of alleen in andere domeinen.",
    en: "The goals lie only in the physical domain, or only outside it."
  },
  messages: {
    noPhysical: {
      nl: "Geen doel ligt in het domein fysiek: woningen en openbare ruimte ondersteunen de sociale aanpak, dus overweeg of het plan die kant nodig heeft.",
      en: "No goal lies in the fysiek domain: housing and public space support the social approach, so consider whether the plan needs that side."
    },
    onlyPhysical: {
      nl: "Elk doel ligt in het domein fysiek: stenen alleen veranderen een wijk zelden blijvend, dus overweeg of het plan een sociale kant nodig heeft.",
      en: "Every goal lies in the fysiek domain: bricks alone rarely change a neighbourhood for good, so consider whether the plan needs a social side."
    }
  },
  sources: ["002", "003"],
  rationale: {
    nl: "Een wijk verandert het duurzaamst als de fysieke en de sociale kant elkaar versterken; tegelijk kan een goede sectorale aanpak volstaan, daarom is dit alleen een hint.",
    en: "A neighbourhood changes most lastingly when the physical and social sides reinforce each other; then again a good sectoral approach can be enough, which is why this is only a hint."
  },
  check(ctx) {
    const domains = entries(ctx.plan.doelen).map(([, goal]) => goal.domein).filter((domain) => typeof domain === "string");
    if (domains.length === 0) return;
    const physical = domains.filter((domain) => domain === "fysiek").length;
    if (physical === 0) ctx.report({ pointer: "/doelen", messageId: "noPhysical" });
    else if (physical === domains.length) ctx.report({ pointer: "/doelen", messageId: "onlyPhysical" });
  }
};

// server/src/core/rules/wp7-coherence/index.ts
var COHERENCE_RULES = [WP701, WP702, WP703];

// server/src/core/rules/index.ts
var RULES = [
  ...STRUCTURE_RULES,
  ...CONTINUITY_RULES,
  ...OWNERSHIP_RULES,
  ...FUNDING_RULES,
  ...MEASURING_RULES,
  ...GOVERNANCE_RULES,
  ...RESIDENTS_RULES,
  ...COHERENCE_RULES
];
var RULES_BY_CODE = new Map(RULES.map((rule) => [rule.code, rule]));

// server/src/core/types.ts
var SCORED_CATEGORIES = ["WP1", "WP2", "WP3", "WP4", "WP5", "WP6", "WP7"];
var DEFAULT_THRESHOLDS = {
  minHorizonYears: 10,
  minOwners: 2,
  minPartnerKinds: 3,
  minStructuralShare: 0.5,
  maxEvaluationGapYears: 2
};
var DEFAULT_CONFIG = {
  preset: "aanbevolen",
  rules: {},
  thresholds: DEFAULT_THRESHOLDS
};

// server/src/core/score.ts
var SEVERITY_COST = { error: 6, warning: 3, info: 1 };
var CATEGORY_SCALE = 10;
var OVERALL_SCALE = 40;
function computeScore(findings) {
  const unavailable = findings.some((f) => f.category === "WP0" && f.severity === "error");
  const cost = { WP1: 0, WP2: 0, WP3: 0, WP4: 0, WP5: 0, WP6: 0, WP7: 0 };
  for (const finding of findings) {
    if (finding.category !== "WP0") cost[finding.category] += SEVERITY_COST[finding.severity];
  }
  const categories = {};
  let total = 0;
  for (const category of SCORED_CATEGORIES) {
    total += cost[category];
    categories[category] = unavailable ? null : scale(cost[category], CATEGORY_SCALE);
  }
  return { overall: unavailable ? null : scale(total, OVERALL_SCALE), categories };
}
function scale(cost, k) {
  return cost === 0 ? 100 : Math.floor(100 * k / (k + cost));
}

// server/src/core/suppress.ts
var DIRECTIVE = /^\s*wijkplan-(disable-next-line|disable)(?=\s|$)([^]*)$/;
var UNSUPPRESSIBLE = /* @__PURE__ */ new Set(["WP000", "WP001", "WP007"]);
function findSuppressions(parsed) {
  const suppressions = [];
  for (const comment of findComments(parsed)) {
    const match = DIRECTIVE.exec(comment.text);
    if (!match) continue;
    const scope = match[1] === "disable" ? "file" : "next-line";
    const restStart = comment.start + 1 + comment.text.length - match[2].length;
    const reasonAt = match[2].indexOf("--");
    const list = reasonAt >= 0 ? match[2].slice(0, reasonAt) : match[2];
    const codes = [];
    for (const token of list.matchAll(/[^\s,]+/g)) {
      const start = restStart + (token.index ?? 0);
      codes.push({ code: token[0], start, end: start + token[0].length, used: false });
    }
    suppressions.push({ scope, line: comment.line, codes });
  }
  return suppressions;
}
function applySuppressions(findings, parsed, config) {
  const suppressions = findSuppressions(parsed);
  if (suppressions.length === 0) return findings;
  const kept = [];
  for (const finding of findings) {
    if (UNSUPPRESSIBLE.has(finding.code)) {
      kept.push(finding);
      continue;
    }
    let silenced = false;
    for (const suppression of suppressions) {
      if (suppression.scope === "next-line" && finding.range.start.line !== suppression.line + 1) continue;
      for (const entry of suppression.codes) {
        if (entry.code === finding.code) {
          entry.used = true;
          silenced = true;
        }
      }
    }
    if (!silenced) kept.push(finding);
  }
  const wp007 = RULES_BY_CODE.get("WP007");
  const severity = config.rules.WP007 ?? wp007.severity;
  if (severity === "off") return kept;
  for (const suppression of suppressions) {
    for (const entry of suppression.codes) {
      if (entry.used) continue;
      const known = RULES_BY_CODE.has(entry.code);
      if (known && !UNSUPPRESSIBLE.has(entry.code) && config.rules[entry.code] === "off") continue;
      const messageId = !known ? "unknown" : UNSUPPRESSIBLE.has(entry.code) ? "notSuppressible" : "unused";
      const template = wp007.messages[messageId];
      kept.push({
        code: "WP007",
        name: wp007.name,
        category: "WP0",
        severity: severity === "info" || severity === "warning" || severity === "error" ? severity : "warning",
        pointer: "",
        range: parsed.lines.rangeOf(entry.start, entry.end),
        message: { nl: template.nl.replace(/\{code\}/g, entry.code), en: template.en.replace(/\{code\}/g, entry.code) }
      });
    }
  }
  return kept;
}

// server/src/core/lint.ts
function lint(text, options = {}) {
  return lintParsed(parseText(text), options);
}
function lintParsed(parsed, options = {}) {
  const config = options.config ?? DEFAULT_CONFIG;
  const rules = options.rules ?? RULES;
  const collector = new FindingCollector(parsed);
  if (parsed.syntaxProblems.length > 0) {
    const findings2 = [syntaxFinding(parsed)];
    return { parsed, plan: void 0, findings: findings2, score: computeScore(findings2) };
  }
  if (parsed.empty) {
    collector.report("WP002", { pointer: "", messageId: "empty" });
    const findings2 = finish(collector.findings, config, parsed);
    return { parsed, plan: void 0, findings: findings2, score: computeScore(findings2) };
  }
  for (const duplicate of parsed.duplicateKeys) {
    if (isExtension(duplicate.pointer)) continue;
    const report = { pointer: duplicate.pointer, messageId: "duplicate", data: { key: duplicate.key } };
    collector.report("WP006", report, { start: duplicate.keyStart, end: duplicate.keyEnd });
  }
  const unresolvedTags = parsed.unresolvedTags.filter((tag) => !isExtension(tag.pointer));
  for (const tag of unresolvedTags) {
    collector.report("WP002", { pointer: tag.pointer, messageId: "tag", data: { tag: tag.tag } });
  }
  const raw = withoutExtensions(parsed.value);
  const tagged = new Set(unresolvedTags.map((tag) => tag.pointer));
  const problems = checkSchema(raw).filter((problem) => !tagged.has(problem.pointer));
  for (const problem of problems) if (!problem.silent) collector.report("WP002", { pointer: problem.pointer, messageId: "schema", data: { detail: "" } }, void 0, problem.message);
  let plan;
  if (raw !== null && typeof raw === "object" && !Array.isArray(raw)) {
    plan = removeBroken(raw, problems, parsed);
    runRules(rules, plan, raw, config, parsed, collector);
  }
  const findings = finish(collector.findings, config, parsed);
  return { parsed, plan, findings, score: computeScore(findings) };
}
function runRules(rules, plan, raw, config, parsed, collector) {
  for (const rule of rules) {
    if (rule.engine) continue;
    if (config.rules[rule.code] === "off") continue;
    const context = {
      plan,
      raw,
      thresholds: config.thresholds,
      offsetOf: (pointer) => parsed.nodes.get(pointer)?.start ?? -1,
      report: (report) => collector.report(rule.code, report)
    };
    try {
      rule.check(context);
    } catch (error) {
      collector.report("WP000", {
        pointer: "",
        messageId: "crashed",
        data: { rule: `${rule.code} ${rule.name}`, error: error instanceof Error ? error.message : String(error) }
      });
    }
  }
}
var FindingCollector = class {
  constructor(parsed) {
    this.parsed = parsed;
  }
  parsed;
  findings = [];
  add(finding) {
    this.findings.push(finding);
  }
  report(code, report, offsets, message) {
    const rule = RULES_BY_CODE.get(code);
    if (!rule) return;
    const template = rule.messages[report.messageId];
    const filled = message ?? {
      nl: fillTemplate(template?.nl ?? report.messageId, report.data),
      en: fillTemplate(template?.en ?? report.messageId, report.data)
    };
    const finding = {
      code: rule.code,
      name: rule.name,
      category: rule.category,
      severity: report.severity ?? rule.severity,
      pointer: report.pointer,
      range: offsets ? this.parsed.lines.rangeOf(offsets.start, offsets.end) : rangeForPointer(this.parsed, report.pointer),
      message: filled
    };
    if (report.related && report.related.length > 0) {
      finding.related = report.related.map((related) => ({
        pointer: related.pointer,
        range: rangeForPointer(this.parsed, related.pointer),
        message: {
          nl: fillTemplate(rule.messages[related.messageId]?.nl ?? related.messageId, related.data),
          en: fillTemplate(rule.messages[related.messageId]?.en ?? related.messageId, related.data)
        }
      }));
    }
    if (report.fix) {
      const edits = toTextEdits(this.parsed, report.fix);
      if (edits) finding.fix = { title: report.fix.title, edits, safe: report.fix.safe };
    }
    this.findings.push(finding);
  }
};
function syntaxFinding(parsed) {
  const problem = parsed.syntaxProblems[0];
  const position = parsed.lines.positionAt(problem.offset);
  const data = { line: position.line + 1, column: position.character + 1, detail: problem.message };
  let messageId = "syntax";
  if (problem.message === "documents") messageId = "documents";
  else if (problem.message === "binary") messageId = "binary";
  else if (problem.message === "size") {
    messageId = "size";
    data.limit = `${LIMITS.maxChars / 1024 / 1024} MB`;
  } else if (problem.message === "depth") {
    messageId = "depth";
    data.limit = LIMITS.maxDepth;
  } else if (problem.message === "aliases") {
    messageId = "aliases";
    data.limit = LIMITS.maxAliasNodes;
  }
  const rule = RULES_BY_CODE.get("WP001");
  return {
    code: "WP001",
    name: rule.name,
    category: "WP0",
    severity: "error",
    pointer: "",
    // The range of `""`: the document's first key when the parser still saw one, else 1:1.
    range: parsed.syntaxFirstKey ? parsed.lines.rangeOf(...parsed.syntaxFirstKey) : rangeForPointer(parsed, ""),
    message: { nl: fillTemplate(rule.messages[messageId].nl, data), en: fillTemplate(rule.messages[messageId].en, data) }
  };
}
function finish(findings, config, parsed) {
  const configured = [];
  for (const finding of findings) {
    const severity = configuredSeverity(finding, config);
    if (severity === "off") continue;
    configured.push(severity === finding.severity ? finding : { ...finding, severity });
  }
  const kept = applySuppressions(configured, parsed, config);
  return kept.sort(
    (a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character || (a.code < b.code ? -1 : a.code > b.code ? 1 : 0) || (a.pointer < b.pointer ? -1 : a.pointer > b.pointer ? 1 : 0)
  );
}
function configuredSeverity(finding, config) {
  if (finding.code === "WP000" || finding.code === "WP001") return finding.severity;
  const configured = config.rules[finding.code];
  if (configured) return configured;
  if (config.preset === "streng" && finding.severity === "info") return "warning";
  return finding.severity;
}
function isExtension(pointer) {
  return splitPointer(pointer).some((token) => token.startsWith("x-"));
}
function withoutExtensions(value) {
  if (Array.isArray(value)) return value.map(withoutExtensions);
  if (value !== null && typeof value === "object") {
    const out = {};
    for (const [key, child] of Object.entries(value)) {
      if (key.startsWith("x-")) continue;
      Object.defineProperty(out, key, { value: withoutExtensions(child), enumerable: true, writable: true, configurable: true });
    }
    return out;
  }
  return value;
}
function removeBroken(raw, problems, parsed) {
  const broken = /* @__PURE__ */ new Set();
  for (const problem of problems) {
    if (problem.removes) broken.add(problem.pointer);
    if (problem.removePointer !== void 0) broken.add(problem.removePointer);
  }
  for (const tag of parsed.unresolvedTags) broken.add(tag.pointer);
  const copy = (value, pointer) => {
    if (broken.has(pointer)) return void 0;
    if (Array.isArray(value)) return value.map((item, index) => copy(item, `${pointer}/${index}`));
    if (value !== null && typeof value === "object") {
      const out = {};
      for (const [key, child] of Object.entries(value)) {
        const childPointer = `${pointer}/${key.replace(/~/g, "~0").replace(/\//g, "~1")}`;
        const kept = copy(child, childPointer);
        if (kept === void 0 || kept === null) continue;
        Object.defineProperty(out, key, { value: kept, enumerable: true, writable: true, configurable: true });
      }
      return out;
    }
    return value;
  };
  return copy(raw, "");
}

// server/src/core/incremental.ts
var import_yaml3 = __toESM(require_dist());
var YAML_OPTIONS = { uniqueKeys: false, prettyErrors: false, strict: true };
var MIN_LINES_TO_SPLIT = 12;
function createIncrementalLinter(defaults = {}) {
  const cache = new PieceCache();
  const stats = { mode: "full", parsed: 0, reused: 0 };
  return {
    stats,
    lint(text, options = defaults) {
      stats.parsed = 0;
      stats.reused = 0;
      stats.reason = void 0;
      const parsed = new Assembler(text, cache, stats).run();
      if (typeof parsed === "string") {
        stats.mode = "full";
        stats.reason = parsed;
        cache.sweep(false);
        return lint(text, options);
      }
      stats.mode = "incremental";
      cache.sweep(true);
      return lintParsed(parsed, options);
    }
  };
}
var BLANK = 1;
var COMMENT = 2;
var ITEM = 4;
var UNSAFE_FIRST = /* @__PURE__ */ new Set(["?", ":", "&", "*", "!", "|", ">", "[", "]", "{", "}", "%", "@", "`", ","]);
function scanLines(text) {
  const start = [];
  const indent = [];
  const flags = [];
  const length = text.length;
  let at = 0;
  while (at <= length) {
    start.push(at);
    let i = at;
    while (i < length && text.charCodeAt(i) === 32) i++;
    const ch = i < length ? text.charCodeAt(i) : -1;
    indent.push(i - at);
    let flag = 0;
    if (ch === 9) return "tab in indentation";
    if (ch === -1 || ch === 10 || ch === 13) flag = BLANK;
    else if (ch === 35) flag = COMMENT;
    else if (ch === 45) {
      const next = i + 1 < length ? text.charCodeAt(i + 1) : -1;
      if (next === -1 || next === 32 || next === 10 || next === 13) flag = ITEM;
      else if (next === 9) return "tab after item";
      else if (i === at && text.startsWith("---", i)) return "document marker";
    } else if (i === at && ch === 46 && text.startsWith("...", i)) return "document marker";
    flags.push(flag);
    const newline = text.indexOf("\n", i);
    if (newline < 0) break;
    at = newline + 1;
  }
  return { start, indent, flags, count: start.length, textLength: length };
}
function contentStart(lines, line) {
  return line < lines.count ? lines.start[line] + lines.indent[line] : lines.textLength;
}
function isContent(lines, line) {
  return (lines.flags[line] & (BLANK | COMMENT)) === 0;
}
function cutMap(text, lines, first, end, indent, from) {
  const keyLines = [];
  for (let line = first; line < end; line++) {
    if (!isContent(lines, line)) continue;
    const lineIndent = lines.indent[line];
    if (lineIndent < indent) return "content left of the mapping";
    if (lineIndent > indent) {
      if (keyLines.length === 0) return "content before the first key";
      continue;
    }
    if (lines.flags[line] & ITEM) {
      if (keyLines.length === 0) return "list where a key was expected";
      continue;
    }
    if (UNSAFE_FIRST.has(text[lines.start[line] + lineIndent])) return "unusual key";
    keyLines.push(line);
  }
  if (keyLines.length === 0) return "no keys";
  const entries2 = [];
  for (let k = 0; k < keyLines.length; k++) {
    const line = keyLines[k];
    const next = k + 1 < keyLines.length ? keyLines[k + 1] : end;
    const start = k === 0 ? from : lines.start[line];
    const stop = contentStart(lines, next);
    const last = k === keyLines.length - 1;
    const split = next - line >= MIN_LINES_TO_SPLIT ? cutValue(text, lines, line, next, indent, start, stop, indent > 0 && last) : void 0;
    entries2.push(split ?? { kind: "entry", from: start, to: stop });
  }
  return { kind: "map", entries: entries2 };
}
function cutValue(text, lines, keyLine, end, keyIndent, from, to, lastOfNested) {
  let child = keyLine + 1;
  while (child < end && !isContent(lines, child)) child++;
  if (child >= end) return void 0;
  const childIndent = lines.indent[child];
  const headerTo = contentStart(lines, child);
  if (lines.flags[child] & ITEM) {
    if (childIndent < keyIndent) return void 0;
    const items = [];
    const itemLines = [];
    for (let line = child; line < end; line++) {
      if (!isContent(lines, line)) continue;
      const lineIndent = lines.indent[line];
      if (lineIndent > childIndent) continue;
      if (lineIndent < childIndent || !(lines.flags[line] & ITEM)) return void 0;
      itemLines.push(line);
    }
    if (lastOfNested) {
      let lastContent = end - 1;
      while (!isContent(lines, lastContent)) lastContent--;
      for (let line = lastContent + 1; line < end; line++) if (lines.flags[line] & COMMENT && lines.indent[line] < childIndent) return void 0;
    }
    for (let k = 0; k < itemLines.length; k++) {
      items.push({ from: lines.start[itemLines[k]], to: k + 1 < itemLines.length ? contentStart(lines, itemLines[k + 1]) : to });
    }
    return { kind: "split", from, to: headerTo, value: { kind: "seq", items } };
  }
  if (keyIndent > 0 || childIndent <= keyIndent) return void 0;
  const map = cutMap(text, lines, child, end, childIndent, lines.start[child]);
  if (typeof map === "string") return void 0;
  return { kind: "split", from, to: headerTo, value: map };
}
var PieceCache = class {
  generation = 1;
  lastGood = 0;
  byKind = /* @__PURE__ */ new Map();
  get(kind, depth, text) {
    return this.byKind.get(`${kind}${depth}`)?.get(text);
  }
  set(kind, depth, text, piece) {
    const name = `${kind}${depth}`;
    let map = this.byKind.get(name);
    if (!map) this.byKind.set(name, map = /* @__PURE__ */ new Map());
    map.set(text, piece);
  }
  /** Keeps the pieces of the last version that linted incrementally, and of this one. */
  sweep(good) {
    const keepFrom = good ? this.generation : this.lastGood;
    for (const map of this.byKind.values()) for (const [text, piece] of map) if (piece.usedIn < keepFrom) map.delete(text);
    if (good) this.lastGood = this.generation;
    this.generation++;
  }
};
function parsePiece(kind, depth, text) {
  if (findBinary2(text)) return "binary";
  let doc;
  try {
    doc = (0, import_yaml3.parseDocument)(text, YAML_OPTIONS);
  } catch {
    return "parser threw";
  }
  if (doc.errors.some((error) => error.code !== "DUPLICATE_KEY")) return "syntax error";
  const root = doc.contents;
  if (kind === "item") {
    if (!(0, import_yaml3.isSeq)(root) || root.flow || root.items.length !== 1) return "not one item";
  } else if (!(0, import_yaml3.isMap)(root) || root.flow || root.items.length !== 1) return "not one key";
  if (root.anchor || root.tag) return "anchor or tag";
  if (kind === "header") {
    const value = root.items[0].value;
    if (!(0, import_yaml3.isScalar)(value) || value.value !== null || value.source !== "" || value.anchor || value.tag) return "header with a value";
  }
  const built = buildSubtree(doc, root, "", depth);
  if (!built) return "limit";
  if (built.aliases > 0) return "alias";
  if (built.unresolvedTags.some((tag) => tag.pointer === "")) return "tag";
  const rootInfo = built.nodes.get("");
  built.nodes.delete("");
  const nodes = [...built.nodes.values()];
  const piece = {
    usedIn: 0,
    value: built.value,
    placed: { base: kind === "item" ? "/0" : "", shift: 0, known: hasOnlyKnownFields(nodes), nodes, duplicateKeys: built.duplicateKeys, unresolvedTags: built.unresolvedTags },
    rootStart: root.range[0],
    rootEnd: root.range[1],
    rootEnd2: root.range[2]
  };
  if (kind === "item") {
    piece.value = built.value[0];
  } else {
    piece.key = rootInfo.keys[0];
    const keyNode = root.items[0].key;
    if (keyNode?.range) piece.keyRange = [keyNode.range[0], keyNode.range[1]];
    piece.value = built.value[piece.key];
  }
  return piece;
}
function findBinary2(text) {
  return /[\u0000-\u0008\u000e-\u001a\u001c-\u001f\ufffd]/.test(text);
}
var KNOWN_FIELDS = /* @__PURE__ */ new Set(["pointer", "kind", "flow", "start", "end", "inSeq", "keyStart", "keyEnd", "keys", "firstKey", "blockScalar", "aliased"]);
function hasOnlyKnownFields(nodes) {
  for (const node of nodes) for (const field in node) if (!KNOWN_FIELDS.has(field)) return false;
  return true;
}
function moveNode(node, pointer, shift, known) {
  if (!known) {
    const out2 = { ...node, pointer, start: node.start + shift, end: node.end + shift };
    if (node.keyStart !== void 0) out2.keyStart = node.keyStart + shift;
    if (node.keyEnd !== void 0) out2.keyEnd = node.keyEnd + shift;
    if (node.firstKey) out2.firstKey = [node.firstKey[0] + shift, node.firstKey[1] + shift];
    return out2;
  }
  const out = { pointer, kind: node.kind, flow: node.flow, start: node.start + shift, end: node.end + shift, inSeq: node.inSeq };
  if (node.keyStart !== void 0) out.keyStart = node.keyStart + shift;
  if (node.keyEnd !== void 0) out.keyEnd = node.keyEnd + shift;
  if (node.keys !== void 0) out.keys = node.keys;
  if (node.firstKey !== void 0) out.firstKey = [node.firstKey[0] + shift, node.firstKey[1] + shift];
  if (node.blockScalar !== void 0) out.blockScalar = node.blockScalar;
  if (node.aliased !== void 0) out.aliased = node.aliased;
  return out;
}
var Assembler = class {
  constructor(text, cache, stats) {
    this.text = text;
    this.cache = cache;
    this.stats = stats;
  }
  text;
  cache;
  stats;
  nodes = /* @__PURE__ */ new Map();
  duplicateKeys = [];
  unresolvedTags = [];
  /** The parsed text, or why it has to be parsed whole. */
  run() {
    const { text } = this;
    if (text.length === 0) return "empty";
    if (text.includes("\uFEFF")) return "byte order mark";
    if (text.length > LIMITS.maxChars) return "too large";
    if (text.includes("\r") && /\r(?!\n)/.test(text)) return "lone CR";
    const lines = scanLines(text);
    if (typeof lines === "string") return lines;
    const cut = cutMap(text, lines, 0, lines.count, 0, 0);
    if (typeof cut === "string") return cut;
    const root = this.placeMap(cut, "", 0, void 0);
    if (typeof root === "string") return root;
    return {
      text,
      lines: new LineIndex(text),
      value: root.value,
      nodes: this.nodes,
      syntaxProblems: [],
      duplicateKeys: this.duplicateKeys,
      unresolvedTags: this.unresolvedTags,
      empty: false
    };
  }
  piece(kind, depth, from, to) {
    const source = this.text.slice(from, to);
    const cached = this.cache.get(kind, depth, source);
    if (cached && cached.usedIn !== this.cache.generation) {
      cached.usedIn = this.cache.generation;
      this.stats.reused++;
      return cached;
    }
    const own = (" " + source).slice(1);
    const piece = parsePiece(kind, depth, own);
    this.stats.parsed++;
    if (typeof piece === "string") return piece;
    if (!cached) this.cache.set(kind, depth, own, piece);
    piece.usedIn = this.cache.generation;
    return piece;
  }
  /** Adds a piece's nodes at `base` (`base/index` for list items), moved to `from`. */
  place(piece, base, from, itemIndex) {
    const target = itemIndex === void 0 ? base : `${base}/${itemIndex}`;
    let placed = piece.placed;
    if (placed.base !== target || placed.shift !== from) {
      const { base: oldBase, shift: oldShift } = placed;
      const pointer = oldBase === target ? (old) => old : (old) => target + old.slice(oldBase.length);
      const shift = from - oldShift;
      const known = placed.known;
      placed = {
        base: target,
        shift: from,
        known,
        nodes: placed.nodes.map((node) => moveNode(node, pointer(node.pointer), shift, known)),
        duplicateKeys: placed.duplicateKeys.map((dup) => ({ ...dup, pointer: pointer(dup.pointer), keyStart: dup.keyStart + shift, keyEnd: dup.keyEnd + shift })),
        unresolvedTags: placed.unresolvedTags.map((tag) => ({ ...tag, pointer: pointer(tag.pointer) }))
      };
      piece.placed = placed;
    }
    for (const node of placed.nodes) this.nodes.set(node.pointer, node);
    for (const dup of placed.duplicateKeys) this.duplicateKeys.push(dup);
    for (const tag of placed.unresolvedTags) this.unresolvedTags.push(tag);
  }
  /**
   * Places a block mapping cut into entries at `pointer` and nesting `depth`; `key` is the
   * key whose value it is. Returns its value, start and end.
   */
  placeMap(cut, pointer, depth, key) {
    const info = { pointer, kind: "map", flow: false, start: 0, end: 0, inSeq: false };
    if (key) {
      info.keyStart = key[0];
      info.keyEnd = key[1];
    }
    info.keys = [];
    this.nodes.set(pointer, info);
    const value = {};
    const seen = /* @__PURE__ */ new Set();
    let end2 = 0;
    for (let k = 0; k < cut.entries.length; k++) {
      const entry = cut.entries[k];
      const piece = this.piece(entry.kind === "entry" ? "entry" : "header", depth, entry.from, entry.to);
      if (typeof piece === "string") return piece;
      const name = piece.key;
      if (seen.has(name)) return "duplicate key";
      seen.add(name);
      info.keys.push(name);
      const keyRange = piece.keyRange ? [piece.keyRange[0] + entry.from, piece.keyRange[1] + entry.from] : void 0;
      if (!info.firstKey && keyRange) info.firstKey = keyRange;
      if (k === 0) info.start = piece.rootStart + entry.from;
      let childValue;
      if (entry.kind === "entry") {
        this.place(piece, pointer, entry.from);
        childValue = piece.value;
        info.end = piece.rootEnd + entry.from;
        end2 = piece.rootEnd2 + entry.from;
      } else {
        const childPointer = `${pointer}/${escapePointerToken(name)}`;
        const child = entry.value.kind === "map" ? this.placeMap(entry.value, childPointer, depth + 1, keyRange) : this.placeSeq(entry.value, childPointer, depth + 1, keyRange);
        if (typeof child === "string") return child;
        childValue = child.value;
        info.end = child.end2;
        end2 = child.end2;
      }
      Object.defineProperty(value, name, { value: childValue, enumerable: true, writable: true, configurable: true });
    }
    return { value, start: info.start, end: info.end, end2 };
  }
  placeSeq(cut, pointer, depth, key) {
    const info = { pointer, kind: "seq", flow: false, start: 0, end: 0, inSeq: false };
    if (key) {
      info.keyStart = key[0];
      info.keyEnd = key[1];
    }
    this.nodes.set(pointer, info);
    const value = [];
    let end2 = 0;
    for (let index = 0; index < cut.items.length; index++) {
      const item = cut.items[index];
      const piece = this.piece("item", depth, item.from, item.to);
      if (typeof piece === "string") return piece;
      if (index === 0) info.start = piece.rootStart + item.from;
      info.end = piece.rootEnd + item.from;
      end2 = piece.rootEnd2 + item.from;
      this.place(piece, pointer, item.from, index);
      value.push(piece.value);
    }
    return { value, start: info.start, end: info.end, end2 };
  }
};

// bench-core.ts
var import_yaml4 = __toESM(require_dist());
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  RULES,
  checkSchema,
  computeScore,
  createIncrementalLinter,
  lint,
  lintParsed,
  parseDocument,
  parseText
});
