import { createRequire as __tailpolicyCreateRequire } from 'node:module';
const require = __tailpolicyCreateRequire(import.meta.url);
import {
  ExternalError,
  UserError,
  __commonJS,
  __require,
  __toESM,
  formatDuration,
  getIDToken,
  humanUtc,
  info,
  isBareDate,
  parseDuration,
  parseTimestamp,
  require_tunnel,
  require_undici,
  setSecret
} from "./chunk-6ZHZERHB.js";

// node_modules/ajv/dist/runtime/ucs2length.js
var require_ucs2length = __commonJS({
  "node_modules/ajv/dist/runtime/ucs2length.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    function ucs2length(str2) {
      const len = str2.length;
      let length = 0;
      let pos = 0;
      let value;
      while (pos < len) {
        length++;
        value = str2.charCodeAt(pos++);
        if (value >= 55296 && value <= 56319 && pos < len) {
          value = str2.charCodeAt(pos);
          if ((value & 64512) === 56320)
            pos++;
        }
      }
      return length;
    }
    exports.default = ucs2length;
    ucs2length.code = 'require("ajv/dist/runtime/ucs2length").default';
  }
});

// node_modules/yaml/dist/nodes/identity.js
var require_identity = __commonJS({
  "node_modules/yaml/dist/nodes/identity.js"(exports) {
    "use strict";
    var ALIAS = /* @__PURE__ */ Symbol.for("yaml.alias");
    var DOC = /* @__PURE__ */ Symbol.for("yaml.document");
    var MAP = /* @__PURE__ */ Symbol.for("yaml.map");
    var PAIR = /* @__PURE__ */ Symbol.for("yaml.pair");
    var SCALAR = /* @__PURE__ */ Symbol.for("yaml.scalar");
    var SEQ = /* @__PURE__ */ Symbol.for("yaml.seq");
    var NODE_TYPE = /* @__PURE__ */ Symbol.for("yaml.node.type");
    var isAlias = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === ALIAS;
    var isDocument = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === DOC;
    var isMap2 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === MAP;
    var isPair = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === PAIR;
    var isScalar2 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === SCALAR;
    var isSeq2 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === SEQ;
    function isCollection(node) {
      if (node && typeof node === "object")
        switch (node[NODE_TYPE]) {
          case MAP:
          case SEQ:
            return true;
        }
      return false;
    }
    function isNode2(node) {
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
    var hasAnchor = (node) => (isScalar2(node) || isCollection(node)) && !!node.anchor;
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
    exports.isMap = isMap2;
    exports.isNode = isNode2;
    exports.isPair = isPair;
    exports.isScalar = isScalar2;
    exports.isSeq = isSeq2;
  }
});

// node_modules/yaml/dist/visit.js
var require_visit = __commonJS({
  "node_modules/yaml/dist/visit.js"(exports) {
    "use strict";
    var identity2 = require_identity();
    var BREAK = /* @__PURE__ */ Symbol("break visit");
    var SKIP = /* @__PURE__ */ Symbol("skip children");
    var REMOVE = /* @__PURE__ */ Symbol("remove node");
    function visit3(node, visitor) {
      const visitor_ = initVisitor(visitor);
      if (identity2.isDocument(node)) {
        const cd = visit_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
          node.contents = null;
      } else
        visit_(null, node, visitor_, Object.freeze([]));
    }
    visit3.BREAK = BREAK;
    visit3.SKIP = SKIP;
    visit3.REMOVE = REMOVE;
    function visit_(key, node, visitor, path) {
      const ctrl = callVisitor(key, node, visitor, path);
      if (identity2.isNode(ctrl) || identity2.isPair(ctrl)) {
        replaceNode(key, path, ctrl);
        return visit_(key, ctrl, visitor, path);
      }
      if (typeof ctrl !== "symbol") {
        if (identity2.isCollection(node)) {
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
        } else if (identity2.isPair(node)) {
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
      if (identity2.isDocument(node)) {
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
      if (identity2.isNode(ctrl) || identity2.isPair(ctrl)) {
        replaceNode(key, path, ctrl);
        return visitAsync_(key, ctrl, visitor, path);
      }
      if (typeof ctrl !== "symbol") {
        if (identity2.isCollection(node)) {
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
        } else if (identity2.isPair(node)) {
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
      if (identity2.isMap(node))
        return visitor.Map?.(key, node, path);
      if (identity2.isSeq(node))
        return visitor.Seq?.(key, node, path);
      if (identity2.isPair(node))
        return visitor.Pair?.(key, node, path);
      if (identity2.isScalar(node))
        return visitor.Scalar?.(key, node, path);
      if (identity2.isAlias(node))
        return visitor.Alias?.(key, node, path);
      return void 0;
    }
    function replaceNode(key, path, node) {
      const parent = path[path.length - 1];
      if (identity2.isCollection(parent)) {
        parent.items[key] = node;
      } else if (identity2.isPair(parent)) {
        if (key === "key")
          parent.key = node;
        else
          parent.value = node;
      } else if (identity2.isDocument(parent)) {
        parent.contents = node;
      } else {
        const pt = identity2.isAlias(parent) ? "alias" : "scalar";
        throw new Error(`Cannot replace node with ${pt} parent`);
      }
    }
    exports.visit = visit3;
    exports.visitAsync = visitAsync;
  }
});

// node_modules/yaml/dist/doc/directives.js
var require_directives = __commonJS({
  "node_modules/yaml/dist/doc/directives.js"(exports) {
    "use strict";
    var identity2 = require_identity();
    var visit3 = require_visit();
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
          } catch (error2) {
            onError(String(error2));
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
        if (doc && tagEntries.length > 0 && identity2.isNode(doc.contents)) {
          const tags = {};
          visit3.visit(doc.contents, (_key, node) => {
            if (identity2.isNode(node) && node.tag)
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
    exports.Directives = Directives;
  }
});

// node_modules/yaml/dist/doc/anchors.js
var require_anchors = __commonJS({
  "node_modules/yaml/dist/doc/anchors.js"(exports) {
    "use strict";
    var identity2 = require_identity();
    var visit3 = require_visit();
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
      visit3.visit(root, {
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
            if (typeof ref === "object" && ref.anchor && (identity2.isScalar(ref.node) || identity2.isCollection(ref.node))) {
              ref.node.anchor = ref.anchor;
            } else {
              const error2 = new Error("Failed to resolve repeated object (this should not happen)");
              error2.source = source;
              throw error2;
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
  }
});

// node_modules/yaml/dist/doc/applyReviver.js
var require_applyReviver = __commonJS({
  "node_modules/yaml/dist/doc/applyReviver.js"(exports) {
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
    exports.applyReviver = applyReviver;
  }
});

// node_modules/yaml/dist/nodes/toJS.js
var require_toJS = __commonJS({
  "node_modules/yaml/dist/nodes/toJS.js"(exports) {
    "use strict";
    var identity2 = require_identity();
    function toJS(value, arg, ctx) {
      if (Array.isArray(value))
        return value.map((v, i) => toJS(v, String(i), ctx));
      if (value && typeof value.toJSON === "function") {
        if (!ctx || !identity2.hasAnchor(value))
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
    exports.toJS = toJS;
  }
});

// node_modules/yaml/dist/nodes/Node.js
var require_Node = __commonJS({
  "node_modules/yaml/dist/nodes/Node.js"(exports) {
    "use strict";
    var applyReviver = require_applyReviver();
    var identity2 = require_identity();
    var toJS = require_toJS();
    var NodeBase = class {
      constructor(type) {
        Object.defineProperty(this, identity2.NODE_TYPE, { value: type });
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
        if (!identity2.isDocument(doc))
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
    exports.NodeBase = NodeBase;
  }
});

// node_modules/yaml/dist/nodes/Alias.js
var require_Alias = __commonJS({
  "node_modules/yaml/dist/nodes/Alias.js"(exports) {
    "use strict";
    var anchors = require_anchors();
    var visit3 = require_visit();
    var identity2 = require_identity();
    var Node = require_Node();
    var toJS = require_toJS();
    var Alias = class extends Node.NodeBase {
      constructor(source) {
        super(identity2.ALIAS);
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
          visit3.visit(doc, {
            Node: (_key, node) => {
              if (identity2.isAlias(node) || identity2.hasAnchor(node))
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
      if (identity2.isAlias(node)) {
        const source = node.resolve(doc);
        const anchor = anchors2 && source && anchors2.get(source);
        return anchor ? anchor.count * anchor.aliasCount : 0;
      } else if (identity2.isCollection(node)) {
        let count = 0;
        for (const item of node.items) {
          const c = getAliasCount(doc, item, anchors2);
          if (c > count)
            count = c;
        }
        return count;
      } else if (identity2.isPair(node)) {
        const kc = getAliasCount(doc, node.key, anchors2);
        const vc = getAliasCount(doc, node.value, anchors2);
        return Math.max(kc, vc);
      }
      return 1;
    }
    exports.Alias = Alias;
  }
});

// node_modules/yaml/dist/nodes/Scalar.js
var require_Scalar = __commonJS({
  "node_modules/yaml/dist/nodes/Scalar.js"(exports) {
    "use strict";
    var identity2 = require_identity();
    var Node = require_Node();
    var toJS = require_toJS();
    var isScalarValue = (value) => !value || typeof value !== "function" && typeof value !== "object";
    var Scalar = class extends Node.NodeBase {
      constructor(value) {
        super(identity2.SCALAR);
        this.value = value;
      }
      toJSON(arg, ctx) {
        return ctx?.keep ? this.value : toJS.toJS(this.value, arg, ctx);
      }
      toString() {
        return String(this.value);
      }
    };
    Scalar.BLOCK_FOLDED = "BLOCK_FOLDED";
    Scalar.BLOCK_LITERAL = "BLOCK_LITERAL";
    Scalar.PLAIN = "PLAIN";
    Scalar.QUOTE_DOUBLE = "QUOTE_DOUBLE";
    Scalar.QUOTE_SINGLE = "QUOTE_SINGLE";
    exports.Scalar = Scalar;
    exports.isScalarValue = isScalarValue;
  }
});

// node_modules/yaml/dist/doc/createNode.js
var require_createNode = __commonJS({
  "node_modules/yaml/dist/doc/createNode.js"(exports) {
    "use strict";
    var Alias = require_Alias();
    var identity2 = require_identity();
    var Scalar = require_Scalar();
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
      if (identity2.isDocument(value))
        value = value.contents;
      if (identity2.isNode(value))
        return value;
      if (identity2.isPair(value)) {
        const map = ctx.schema[identity2.MAP].createNode?.(ctx.schema, null, ctx);
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
          const node2 = new Scalar.Scalar(value);
          if (ref)
            ref.node = node2;
          return node2;
        }
        tagObj = value instanceof Map ? schema[identity2.MAP] : Symbol.iterator in Object(value) ? schema[identity2.SEQ] : schema[identity2.MAP];
      }
      if (onTagObj) {
        onTagObj(tagObj);
        delete ctx.onTagObj;
      }
      const node = tagObj?.createNode ? tagObj.createNode(ctx.schema, value, ctx) : typeof tagObj?.nodeClass?.from === "function" ? tagObj.nodeClass.from(ctx.schema, value, ctx) : new Scalar.Scalar(value);
      if (tagName)
        node.tag = tagName;
      else if (!tagObj.default)
        node.tag = tagObj.tag;
      if (ref)
        ref.node = node;
      return node;
    }
    exports.createNode = createNode;
  }
});

// node_modules/yaml/dist/nodes/Collection.js
var require_Collection = __commonJS({
  "node_modules/yaml/dist/nodes/Collection.js"(exports) {
    "use strict";
    var createNode = require_createNode();
    var identity2 = require_identity();
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
    var Collection2 = class extends Node.NodeBase {
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
        copy.items = copy.items.map((it) => identity2.isNode(it) || identity2.isPair(it) ? it.clone(schema) : it);
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
          if (identity2.isCollection(node))
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
        if (identity2.isCollection(node))
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
          return !keepScalar && identity2.isScalar(node) ? node.value : node;
        else
          return identity2.isCollection(node) ? node.getIn(rest, keepScalar) : void 0;
      }
      hasAllNullValues(allowScalar) {
        return this.items.every((node) => {
          if (!identity2.isPair(node))
            return false;
          const n = node.value;
          return n == null || allowScalar && identity2.isScalar(n) && n.value == null && !n.commentBefore && !n.comment && !n.tag;
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
        return identity2.isCollection(node) ? node.hasIn(rest) : false;
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
          if (identity2.isCollection(node))
            node.setIn(rest, value);
          else if (node === void 0 && this.schema)
            this.set(key, collectionFromPath(this.schema, rest, value));
          else
            throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
      }
    };
    exports.Collection = Collection2;
    exports.collectionFromPath = collectionFromPath;
    exports.isEmptyPath = isEmptyPath;
  }
});

// node_modules/yaml/dist/stringify/stringifyComment.js
var require_stringifyComment = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyComment.js"(exports) {
    "use strict";
    var stringifyComment = (str2) => str2.replace(/^(?!$)(?: $)?/gm, "#");
    function indentComment(comment, indent) {
      if (/^\n+$/.test(comment))
        return comment.substring(1);
      return indent ? comment.replace(/^(?! *$)/gm, indent) : comment;
    }
    var lineComment = (str2, indent, comment) => str2.endsWith("\n") ? indentComment(comment, indent) : comment.includes("\n") ? "\n" + indentComment(comment, indent) : (str2.endsWith(" ") ? "" : " ") + comment;
    exports.indentComment = indentComment;
    exports.lineComment = lineComment;
    exports.stringifyComment = stringifyComment;
  }
});

// node_modules/yaml/dist/stringify/foldFlowLines.js
var require_foldFlowLines = __commonJS({
  "node_modules/yaml/dist/stringify/foldFlowLines.js"(exports) {
    "use strict";
    var FOLD_FLOW = "flow";
    var FOLD_BLOCK = "block";
    var FOLD_QUOTED = "quoted";
    function foldFlowLines(text2, indent, mode = "flow", { indentAtStart, lineWidth = 80, minContentWidth = 20, onFold, onOverflow } = {}) {
      if (!lineWidth || lineWidth < 0)
        return text2;
      if (lineWidth < minContentWidth)
        minContentWidth = 0;
      const endStep = Math.max(1 + minContentWidth, 1 + lineWidth - indent.length);
      if (text2.length <= endStep)
        return text2;
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
        i = consumeMoreIndentedLines(text2, i, indent.length);
        if (i !== -1)
          end = i + endStep;
      }
      for (let ch; ch = text2[i += 1]; ) {
        if (mode === FOLD_QUOTED && ch === "\\") {
          escStart = i;
          switch (text2[i + 1]) {
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
            i = consumeMoreIndentedLines(text2, i, indent.length);
          end = i + indent.length + endStep;
          split = void 0;
        } else {
          if (ch === " " && prev && prev !== " " && prev !== "\n" && prev !== "	") {
            const next = text2[i + 1];
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
                ch = text2[i += 1];
                overflow = true;
              }
              const j = i > escEnd + 1 ? i - 2 : escStart - 1;
              if (escapedFolds[j])
                return text2;
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
        return text2;
      if (onFold)
        onFold();
      let res = text2.slice(0, folds[0]);
      for (let i2 = 0; i2 < folds.length; ++i2) {
        const fold = folds[i2];
        const end2 = folds[i2 + 1] || text2.length;
        if (fold === 0)
          res = `
${indent}${text2.slice(0, end2)}`;
        else {
          if (mode === FOLD_QUOTED && escapedFolds[fold])
            res += `${text2[fold]}\\`;
          res += `
${indent}${text2.slice(fold + 1, end2)}`;
        }
      }
      return res;
    }
    function consumeMoreIndentedLines(text2, i, indent) {
      let end = i;
      let start = i + 1;
      let ch = text2[start];
      while (ch === " " || ch === "	") {
        if (i < start + indent) {
          ch = text2[++i];
        } else {
          do {
            ch = text2[++i];
          } while (ch && ch !== "\n");
          end = i;
          start = i + 1;
          ch = text2[start];
        }
      }
      return end;
    }
    exports.FOLD_BLOCK = FOLD_BLOCK;
    exports.FOLD_FLOW = FOLD_FLOW;
    exports.FOLD_QUOTED = FOLD_QUOTED;
    exports.foldFlowLines = foldFlowLines;
  }
});

// node_modules/yaml/dist/stringify/stringifyString.js
var require_stringifyString = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyString.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var foldFlowLines = require_foldFlowLines();
    var getFoldOptions = (ctx, isBlock) => ({
      indentAtStart: isBlock ? ctx.indent.length : ctx.indentAtStart,
      lineWidth: ctx.options.lineWidth,
      minContentWidth: ctx.options.minContentWidth
    });
    var containsDocumentMarker = (str2) => /^(%|---|\.\.\.)/m.test(str2);
    function lineLengthOverLimit(str2, lineWidth, indentLength) {
      if (!lineWidth || lineWidth < 0)
        return false;
      const limit = lineWidth - indentLength;
      const strLen = str2.length;
      if (strLen <= limit)
        return false;
      for (let i = 0, start = 0; i < strLen; ++i) {
        if (str2[i] === "\n") {
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
      let str2 = "";
      let start = 0;
      for (let i = 0, ch = json[i]; ch; ch = json[++i]) {
        if (ch === " " && json[i + 1] === "\\" && json[i + 2] === "n") {
          str2 += json.slice(start, i) + "\\ ";
          i += 1;
          start = i;
          ch = "\\";
        }
        if (ch === "\\")
          switch (json[i + 1]) {
            case "u":
              {
                str2 += json.slice(start, i);
                const code2 = json.substr(i + 2, 4);
                switch (code2) {
                  case "0000":
                    str2 += "\\0";
                    break;
                  case "0007":
                    str2 += "\\a";
                    break;
                  case "000b":
                    str2 += "\\v";
                    break;
                  case "001b":
                    str2 += "\\e";
                    break;
                  case "0085":
                    str2 += "\\N";
                    break;
                  case "00a0":
                    str2 += "\\_";
                    break;
                  case "2028":
                    str2 += "\\L";
                    break;
                  case "2029":
                    str2 += "\\P";
                    break;
                  default:
                    if (code2.substr(0, 2) === "00")
                      str2 += "\\x" + code2.substr(2);
                    else
                      str2 += json.substr(i, 6);
                }
                i += 5;
                start = i + 1;
              }
              break;
            case "n":
              if (implicitKey || json[i + 2] === '"' || json.length < minMultiLineLength) {
                i += 1;
              } else {
                str2 += json.slice(start, i) + "\n\n";
                while (json[i + 2] === "\\" && json[i + 3] === "n" && json[i + 4] !== '"') {
                  str2 += "\n";
                  i += 2;
                }
                str2 += indent;
                if (json[i + 2] === " ")
                  str2 += "\\";
                i += 1;
                start = i + 1;
              }
              break;
            default:
              i += 1;
          }
      }
      str2 = start ? str2 + json.slice(start) : json;
      return implicitKey ? str2 : foldFlowLines.foldFlowLines(str2, indent, foldFlowLines.FOLD_QUOTED, getFoldOptions(ctx, false));
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
      const literal = blockQuote === "literal" ? true : blockQuote === "folded" || type === Scalar.Scalar.BLOCK_FOLDED ? false : type === Scalar.Scalar.BLOCK_LITERAL ? true : !lineLengthOverLimit(value, lineWidth, indent.length);
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
        if (blockQuote !== "folded" && type !== Scalar.Scalar.BLOCK_FOLDED) {
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
      if (!implicitKey && !inFlow && type !== Scalar.Scalar.PLAIN && value.includes("\n")) {
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
      const str2 = value.replace(/\n+/g, `$&
${indent}`);
      if (actualString) {
        const test = (tag) => tag.default && tag.tag !== "tag:yaml.org,2002:str" && tag.test?.test(str2);
        const { compat, tags } = ctx.doc.schema;
        if (tags.some(test) || compat?.some(test))
          return quotedString(value, ctx);
      }
      return implicitKey ? str2 : foldFlowLines.foldFlowLines(str2, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
    }
    function stringifyString(item, ctx, onComment, onChompKeep) {
      const { implicitKey, inFlow } = ctx;
      const ss = typeof item.value === "string" ? item : Object.assign({}, item, { value: String(item.value) });
      let { type } = item;
      if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
        if (/[\x00-\x08\x0b-\x1f\x7f-\x9f\u{D800}-\u{DFFF}]/u.test(ss.value))
          type = Scalar.Scalar.QUOTE_DOUBLE;
      }
      const _stringify = (_type) => {
        switch (_type) {
          case Scalar.Scalar.BLOCK_FOLDED:
          case Scalar.Scalar.BLOCK_LITERAL:
            return implicitKey || inFlow ? quotedString(ss.value, ctx) : blockString(ss, ctx, onComment, onChompKeep);
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
        const t = implicitKey && defaultKeyType || defaultStringType;
        res = _stringify(t);
        if (res === null)
          throw new Error(`Unsupported default string type ${t}`);
      }
      return res;
    }
    exports.stringifyString = stringifyString;
  }
});

// node_modules/yaml/dist/stringify/stringify.js
var require_stringify = __commonJS({
  "node_modules/yaml/dist/stringify/stringify.js"(exports) {
    "use strict";
    var anchors = require_anchors();
    var identity2 = require_identity();
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
      if (identity2.isScalar(item)) {
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
      const anchor = (identity2.isScalar(node) || identity2.isCollection(node)) && node.anchor;
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
      if (identity2.isPair(item))
        return item.toString(ctx, onComment, onChompKeep);
      if (identity2.isAlias(item)) {
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
      const node = identity2.isNode(item) ? item : ctx.doc.createNode(item, { onTagObj: (o) => tagObj = o });
      tagObj ?? (tagObj = getTagObject(ctx.doc.schema.tags, node));
      const props = stringifyProps(node, tagObj, ctx);
      if (props.length > 0)
        ctx.indentAtStart = (ctx.indentAtStart ?? 0) + props.length + 1;
      const str2 = typeof tagObj.stringify === "function" ? tagObj.stringify(node, ctx, onComment, onChompKeep) : identity2.isScalar(node) ? stringifyString.stringifyString(node, ctx, onComment, onChompKeep) : node.toString(ctx, onComment, onChompKeep);
      if (!props)
        return str2;
      return identity2.isScalar(node) || str2[0] === "{" || str2[0] === "[" ? `${props} ${str2}` : `${props}
${ctx.indent}${str2}`;
    }
    exports.createStringifyContext = createStringifyContext;
    exports.stringify = stringify;
  }
});

// node_modules/yaml/dist/stringify/stringifyPair.js
var require_stringifyPair = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyPair.js"(exports) {
    "use strict";
    var identity2 = require_identity();
    var Scalar = require_Scalar();
    var stringify = require_stringify();
    var stringifyComment = require_stringifyComment();
    function stringifyPair({ key, value }, ctx, onComment, onChompKeep) {
      const { allNullValues, doc, indent, indentStep, options: { commentString, indentSeq, simpleKeys } } = ctx;
      let keyComment = identity2.isNode(key) && key.comment || null;
      if (simpleKeys) {
        if (keyComment) {
          throw new Error("With simple keys, key nodes cannot have comments");
        }
        if (identity2.isCollection(key) || !identity2.isNode(key) && typeof key === "object") {
          const msg = "With simple keys, collection cannot be used as a key value";
          throw new Error(msg);
        }
      }
      let explicitKey = !simpleKeys && (!key || keyComment && value == null && !ctx.inFlow || identity2.isCollection(key) || (identity2.isScalar(key) ? key.type === Scalar.Scalar.BLOCK_FOLDED || key.type === Scalar.Scalar.BLOCK_LITERAL : typeof key === "object"));
      ctx = Object.assign({}, ctx, {
        allNullValues: false,
        implicitKey: !explicitKey && (simpleKeys || !allNullValues),
        indent: indent + indentStep
      });
      let keyCommentDone = false;
      let chompKeep = false;
      let str2 = stringify.stringify(key, ctx, () => keyCommentDone = true, () => chompKeep = true);
      if (!explicitKey && !ctx.inFlow && str2.length > 1024) {
        if (simpleKeys)
          throw new Error("With simple keys, single line scalar must not span more than 1024 characters");
        explicitKey = true;
      }
      if (ctx.inFlow) {
        if (allNullValues || value == null) {
          if (keyCommentDone && onComment)
            onComment();
          return str2 === "" ? "?" : explicitKey ? `? ${str2}` : str2;
        }
      } else if (allNullValues && !simpleKeys || value == null && explicitKey) {
        str2 = `? ${str2}`;
        if (keyComment && !keyCommentDone) {
          str2 += stringifyComment.lineComment(str2, ctx.indent, commentString(keyComment));
        } else if (chompKeep && onChompKeep)
          onChompKeep();
        return str2;
      }
      if (keyCommentDone)
        keyComment = null;
      if (explicitKey) {
        if (keyComment)
          str2 += stringifyComment.lineComment(str2, ctx.indent, commentString(keyComment));
        str2 = `? ${str2}
${indent}:`;
      } else {
        str2 = `${str2}:`;
        if (keyComment)
          str2 += stringifyComment.lineComment(str2, ctx.indent, commentString(keyComment));
      }
      let vsb, vcb, valueComment;
      if (identity2.isNode(value)) {
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
      if (!explicitKey && !keyComment && identity2.isScalar(value))
        ctx.indentAtStart = str2.length + 1;
      chompKeep = false;
      if (!indentSeq && indentStep.length >= 2 && !ctx.inFlow && !explicitKey && identity2.isSeq(value) && !value.flow && !value.tag && !value.anchor) {
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
      } else if (!explicitKey && identity2.isCollection(value)) {
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
      str2 += ws + valueStr;
      if (ctx.inFlow) {
        if (valueCommentDone && onComment)
          onComment();
      } else if (valueComment && !valueCommentDone) {
        str2 += stringifyComment.lineComment(str2, ctx.indent, commentString(valueComment));
      } else if (chompKeep && onChompKeep) {
        onChompKeep();
      }
      return str2;
    }
    exports.stringifyPair = stringifyPair;
  }
});

// node_modules/yaml/dist/log.js
var require_log = __commonJS({
  "node_modules/yaml/dist/log.js"(exports) {
    "use strict";
    var node_process = __require("process");
    function debug(logLevel, ...messages) {
      if (logLevel === "debug")
        console.log(...messages);
    }
    function warn(logLevel, warning2) {
      if (logLevel === "debug" || logLevel === "warn") {
        if (typeof node_process.emitWarning === "function")
          node_process.emitWarning(warning2);
        else
          console.warn(warning2);
      }
    }
    exports.debug = debug;
    exports.warn = warn;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/merge.js
var require_merge = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/merge.js"(exports) {
    "use strict";
    var identity2 = require_identity();
    var Scalar = require_Scalar();
    var MERGE_KEY = "<<";
    var merge2 = {
      identify: (value) => value === MERGE_KEY || typeof value === "symbol" && value.description === MERGE_KEY,
      default: "key",
      tag: "tag:yaml.org,2002:merge",
      test: /^<<$/,
      resolve: () => Object.assign(new Scalar.Scalar(Symbol(MERGE_KEY)), {
        addToJSMap: addMergeToJSMap
      }),
      stringify: () => MERGE_KEY
    };
    var isMergeKey = (ctx, key) => (merge2.identify(key) || identity2.isScalar(key) && (!key.type || key.type === Scalar.Scalar.PLAIN) && merge2.identify(key.value)) && ctx?.doc.schema.tags.some((tag) => tag.tag === merge2.tag && tag.default);
    function addMergeToJSMap(ctx, map, value) {
      const source = resolveAliasValue(ctx, value);
      if (identity2.isSeq(source))
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
      if (!identity2.isMap(source))
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
      return ctx && identity2.isAlias(value) ? value.resolve(ctx.doc, ctx) : value;
    }
    exports.addMergeToJSMap = addMergeToJSMap;
    exports.isMergeKey = isMergeKey;
    exports.merge = merge2;
  }
});

// node_modules/yaml/dist/nodes/addPairToJSMap.js
var require_addPairToJSMap = __commonJS({
  "node_modules/yaml/dist/nodes/addPairToJSMap.js"(exports) {
    "use strict";
    var log = require_log();
    var merge2 = require_merge();
    var stringify = require_stringify();
    var identity2 = require_identity();
    var toJS = require_toJS();
    function addPairToJSMap(ctx, map, { key, value }) {
      if (identity2.isNode(key) && key.addToJSMap)
        key.addToJSMap(ctx, map, value);
      else if (merge2.isMergeKey(ctx, key))
        merge2.addMergeToJSMap(ctx, map, value);
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
      if (identity2.isNode(key) && ctx?.doc) {
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
    exports.addPairToJSMap = addPairToJSMap;
  }
});

// node_modules/yaml/dist/nodes/Pair.js
var require_Pair = __commonJS({
  "node_modules/yaml/dist/nodes/Pair.js"(exports) {
    "use strict";
    var createNode = require_createNode();
    var stringifyPair = require_stringifyPair();
    var addPairToJSMap = require_addPairToJSMap();
    var identity2 = require_identity();
    function createPair(key, value, ctx) {
      const k = createNode.createNode(key, void 0, ctx);
      const v = createNode.createNode(value, void 0, ctx);
      return new Pair(k, v);
    }
    var Pair = class _Pair {
      constructor(key, value = null) {
        Object.defineProperty(this, identity2.NODE_TYPE, { value: identity2.PAIR });
        this.key = key;
        this.value = value;
      }
      clone(schema) {
        let { key, value } = this;
        if (identity2.isNode(key))
          key = key.clone(schema);
        if (identity2.isNode(value))
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
    exports.Pair = Pair;
    exports.createPair = createPair;
  }
});

// node_modules/yaml/dist/stringify/stringifyCollection.js
var require_stringifyCollection = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyCollection.js"(exports) {
    "use strict";
    var identity2 = require_identity();
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
        if (identity2.isNode(item)) {
          if (!chompKeep && item.spaceBefore)
            lines.push("");
          addCommentBefore(ctx, lines, item.commentBefore, chompKeep);
          if (item.comment)
            comment2 = item.comment;
        } else if (identity2.isPair(item)) {
          const ik = identity2.isNode(item.key) ? item.key : null;
          if (ik) {
            if (!chompKeep && ik.spaceBefore)
              lines.push("");
            addCommentBefore(ctx, lines, ik.commentBefore, chompKeep);
          }
        }
        chompKeep = false;
        let str3 = stringify.stringify(item, itemCtx, () => comment2 = null, () => chompKeep = true);
        if (comment2)
          str3 += stringifyComment.lineComment(str3, itemIndent, commentString(comment2));
        if (chompKeep && comment2)
          chompKeep = false;
        lines.push(blockItemPrefix + str3);
      }
      let str2;
      if (lines.length === 0) {
        str2 = flowChars.start + flowChars.end;
      } else {
        str2 = lines[0];
        for (let i = 1; i < lines.length; ++i) {
          const line = lines[i];
          str2 += line ? `
${indent}${line}` : "\n";
        }
      }
      if (comment) {
        str2 += "\n" + stringifyComment.indentComment(commentString(comment), indent);
        if (onComment)
          onComment();
      } else if (chompKeep && onChompKeep)
        onChompKeep();
      return str2;
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
        if (identity2.isNode(item)) {
          if (item.spaceBefore)
            lines.push("");
          addCommentBefore(ctx, lines, item.commentBefore, false);
          if (item.comment)
            comment = item.comment;
        } else if (identity2.isPair(item)) {
          const ik = identity2.isNode(item.key) ? item.key : null;
          if (ik) {
            if (ik.spaceBefore)
              lines.push("");
            addCommentBefore(ctx, lines, ik.commentBefore, false);
            if (ik.comment)
              reqNewline = true;
          }
          const iv = identity2.isNode(item.value) ? item.value : null;
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
        let str2 = stringify.stringify(item, itemCtx, () => comment = null);
        reqNewline || (reqNewline = lines.length > linesAtValue || str2.includes("\n"));
        if (i < items.length - 1) {
          str2 += ",";
        } else if (ctx.options.trailingComma) {
          if (ctx.options.lineWidth > 0) {
            reqNewline || (reqNewline = lines.reduce((sum, line) => sum + line.length + 2, 2) + (str2.length + 2) > ctx.options.lineWidth);
          }
          if (reqNewline) {
            str2 += ",";
          }
        }
        if (comment)
          str2 += stringifyComment.lineComment(str2, itemIndent, commentString(comment));
        lines.push(str2);
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
          let str2 = start;
          for (const line of lines)
            str2 += line ? `
${indentStep}${indent}${line}` : "\n";
          return `${str2}
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
    exports.stringifyCollection = stringifyCollection;
  }
});

// node_modules/yaml/dist/nodes/YAMLMap.js
var require_YAMLMap = __commonJS({
  "node_modules/yaml/dist/nodes/YAMLMap.js"(exports) {
    "use strict";
    var stringifyCollection = require_stringifyCollection();
    var addPairToJSMap = require_addPairToJSMap();
    var Collection2 = require_Collection();
    var identity2 = require_identity();
    var Pair = require_Pair();
    var Scalar = require_Scalar();
    function findPair(items, key) {
      const k = identity2.isScalar(key) ? key.value : key;
      for (const it of items) {
        if (identity2.isPair(it)) {
          if (it.key === key || it.key === k)
            return it;
          if (identity2.isScalar(it.key) && it.key.value === k)
            return it;
        }
      }
      return void 0;
    }
    var YAMLMap = class extends Collection2.Collection {
      static get tagName() {
        return "tag:yaml.org,2002:map";
      }
      constructor(schema) {
        super(identity2.MAP, schema);
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
        if (identity2.isPair(pair))
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
          if (identity2.isScalar(prev.value) && Scalar.isScalarValue(_pair.value))
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
        return (!keepScalar && identity2.isScalar(node) ? node.value : node) ?? void 0;
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
          if (!identity2.isPair(item))
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
    exports.YAMLMap = YAMLMap;
    exports.findPair = findPair;
  }
});

// node_modules/yaml/dist/schema/common/map.js
var require_map = __commonJS({
  "node_modules/yaml/dist/schema/common/map.js"(exports) {
    "use strict";
    var identity2 = require_identity();
    var YAMLMap = require_YAMLMap();
    var map = {
      collection: "map",
      default: true,
      nodeClass: YAMLMap.YAMLMap,
      tag: "tag:yaml.org,2002:map",
      resolve(map2, onError) {
        if (!identity2.isMap(map2))
          onError("Expected a mapping for this tag");
        return map2;
      },
      createNode: (schema, obj, ctx) => YAMLMap.YAMLMap.from(schema, obj, ctx)
    };
    exports.map = map;
  }
});

// node_modules/yaml/dist/nodes/YAMLSeq.js
var require_YAMLSeq = __commonJS({
  "node_modules/yaml/dist/nodes/YAMLSeq.js"(exports) {
    "use strict";
    var createNode = require_createNode();
    var stringifyCollection = require_stringifyCollection();
    var Collection2 = require_Collection();
    var identity2 = require_identity();
    var Scalar = require_Scalar();
    var toJS = require_toJS();
    var YAMLSeq = class extends Collection2.Collection {
      static get tagName() {
        return "tag:yaml.org,2002:seq";
      }
      constructor(schema) {
        super(identity2.SEQ, schema);
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
        return !keepScalar && identity2.isScalar(it) ? it.value : it;
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
        if (identity2.isScalar(prev) && Scalar.isScalarValue(value))
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
      let idx = identity2.isScalar(key) ? key.value : key;
      if (idx && typeof idx === "string")
        idx = Number(idx);
      return typeof idx === "number" && Number.isInteger(idx) && idx >= 0 ? idx : null;
    }
    exports.YAMLSeq = YAMLSeq;
  }
});

// node_modules/yaml/dist/schema/common/seq.js
var require_seq = __commonJS({
  "node_modules/yaml/dist/schema/common/seq.js"(exports) {
    "use strict";
    var identity2 = require_identity();
    var YAMLSeq = require_YAMLSeq();
    var seq = {
      collection: "seq",
      default: true,
      nodeClass: YAMLSeq.YAMLSeq,
      tag: "tag:yaml.org,2002:seq",
      resolve(seq2, onError) {
        if (!identity2.isSeq(seq2))
          onError("Expected a sequence for this tag");
        return seq2;
      },
      createNode: (schema, obj, ctx) => YAMLSeq.YAMLSeq.from(schema, obj, ctx)
    };
    exports.seq = seq;
  }
});

// node_modules/yaml/dist/schema/common/string.js
var require_string = __commonJS({
  "node_modules/yaml/dist/schema/common/string.js"(exports) {
    "use strict";
    var stringifyString = require_stringifyString();
    var string = {
      identify: (value) => typeof value === "string",
      default: true,
      tag: "tag:yaml.org,2002:str",
      resolve: (str2) => str2,
      stringify(item, ctx, onComment, onChompKeep) {
        ctx = Object.assign({ actualString: true }, ctx);
        return stringifyString.stringifyString(item, ctx, onComment, onChompKeep);
      }
    };
    exports.string = string;
  }
});

// node_modules/yaml/dist/schema/common/null.js
var require_null = __commonJS({
  "node_modules/yaml/dist/schema/common/null.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var nullTag = {
      identify: (value) => value == null,
      createNode: () => new Scalar.Scalar(null),
      default: true,
      tag: "tag:yaml.org,2002:null",
      test: /^(?:~|[Nn]ull|NULL)?$/,
      resolve: () => new Scalar.Scalar(null),
      stringify: ({ source }, ctx) => typeof source === "string" && nullTag.test.test(source) ? source : ctx.options.nullStr
    };
    exports.nullTag = nullTag;
  }
});

// node_modules/yaml/dist/schema/core/bool.js
var require_bool = __commonJS({
  "node_modules/yaml/dist/schema/core/bool.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var boolTag = {
      identify: (value) => typeof value === "boolean",
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/,
      resolve: (str2) => new Scalar.Scalar(str2[0] === "t" || str2[0] === "T"),
      stringify({ source, value }, ctx) {
        if (source && boolTag.test.test(source)) {
          const sv = source[0] === "t" || source[0] === "T";
          if (value === sv)
            return source;
        }
        return value ? ctx.options.trueStr : ctx.options.falseStr;
      }
    };
    exports.boolTag = boolTag;
  }
});

// node_modules/yaml/dist/stringify/stringifyNumber.js
var require_stringifyNumber = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyNumber.js"(exports) {
    "use strict";
    function stringifyNumber({ format: format2, minFractionDigits, tag, value }) {
      if (typeof value === "bigint")
        return String(value);
      const num = typeof value === "number" ? value : Number(value);
      if (!isFinite(num))
        return isNaN(num) ? ".nan" : num < 0 ? "-.inf" : ".inf";
      let n = Object.is(value, -0) ? "-0" : JSON.stringify(value);
      if (!format2 && minFractionDigits && (!tag || tag === "tag:yaml.org,2002:float") && /^-?\d/.test(n) && !n.includes("e")) {
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
    exports.stringifyNumber = stringifyNumber;
  }
});

// node_modules/yaml/dist/schema/core/float.js
var require_float = __commonJS({
  "node_modules/yaml/dist/schema/core/float.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var stringifyNumber = require_stringifyNumber();
    var floatNaN = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
      resolve: (str2) => str2.slice(-3).toLowerCase() === "nan" ? NaN : str2[0] === "-" ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY,
      stringify: stringifyNumber.stringifyNumber
    };
    var floatExp = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "EXP",
      test: /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/,
      resolve: (str2) => parseFloat(str2),
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
      resolve(str2) {
        const node = new Scalar.Scalar(parseFloat(str2));
        const dot = str2.indexOf(".");
        if (dot !== -1 && str2[str2.length - 1] === "0")
          node.minFractionDigits = str2.length - dot - 1;
        return node;
      },
      stringify: stringifyNumber.stringifyNumber
    };
    exports.float = float;
    exports.floatExp = floatExp;
    exports.floatNaN = floatNaN;
  }
});

// node_modules/yaml/dist/schema/core/int.js
var require_int = __commonJS({
  "node_modules/yaml/dist/schema/core/int.js"(exports) {
    "use strict";
    var stringifyNumber = require_stringifyNumber();
    var intIdentify = (value) => typeof value === "bigint" || Number.isInteger(value);
    var intResolve = (str2, offset, radix, { intAsBigInt }) => intAsBigInt ? BigInt(str2) : parseInt(str2.substring(offset), radix);
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
      resolve: (str2, _onError, opt) => intResolve(str2, 2, 8, opt),
      stringify: (node) => intStringify(node, 8, "0o")
    };
    var int = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      test: /^[-+]?[0-9]+$/,
      resolve: (str2, _onError, opt) => intResolve(str2, 0, 10, opt),
      stringify: stringifyNumber.stringifyNumber
    };
    var intHex = {
      identify: (value) => intIdentify(value) && value >= 0,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "HEX",
      test: /^0x[0-9a-fA-F]+$/,
      resolve: (str2, _onError, opt) => intResolve(str2, 2, 16, opt),
      stringify: (node) => intStringify(node, 16, "0x")
    };
    exports.int = int;
    exports.intHex = intHex;
    exports.intOct = intOct;
  }
});

// node_modules/yaml/dist/schema/core/schema.js
var require_schema = __commonJS({
  "node_modules/yaml/dist/schema/core/schema.js"(exports) {
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
    exports.schema = schema;
  }
});

// node_modules/yaml/dist/schema/json/schema.js
var require_schema2 = __commonJS({
  "node_modules/yaml/dist/schema/json/schema.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
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
        resolve: (str2) => str2,
        stringify: stringifyJSON
      },
      {
        identify: (value) => value == null,
        createNode: () => new Scalar.Scalar(null),
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
        resolve: (str2) => str2 === "true",
        stringify: stringifyJSON
      },
      {
        identify: intIdentify,
        default: true,
        tag: "tag:yaml.org,2002:int",
        test: /^-?(?:0|[1-9][0-9]*)$/,
        resolve: (str2, _onError, { intAsBigInt }) => intAsBigInt ? BigInt(str2) : parseInt(str2, 10),
        stringify: ({ value }) => intIdentify(value) ? value.toString() : JSON.stringify(value)
      },
      {
        identify: (value) => typeof value === "number",
        default: true,
        tag: "tag:yaml.org,2002:float",
        test: /^-?(?:0|[1-9][0-9]*)(?:\.[0-9]*)?(?:[eE][-+]?[0-9]+)?$/,
        resolve: (str2) => parseFloat(str2),
        stringify: stringifyJSON
      }
    ];
    var jsonError = {
      default: true,
      tag: "",
      test: /^/,
      resolve(str2, onError) {
        onError(`Unresolved plain scalar ${JSON.stringify(str2)}`);
        return str2;
      }
    };
    var schema = [map.map, seq.seq].concat(jsonScalars, jsonError);
    exports.schema = schema;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/binary.js
var require_binary = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/binary.js"(exports) {
    "use strict";
    var node_buffer = __require("buffer");
    var Scalar = require_Scalar();
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
          const str2 = atob(src.replace(/[\n\r]/g, ""));
          const buffer = new Uint8Array(str2.length);
          for (let i = 0; i < str2.length; ++i)
            buffer[i] = str2.charCodeAt(i);
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
        let str2;
        if (typeof node_buffer.Buffer === "function") {
          str2 = buf instanceof node_buffer.Buffer ? buf.toString("base64") : node_buffer.Buffer.from(buf.buffer).toString("base64");
        } else if (typeof btoa === "function") {
          let s = "";
          for (let i = 0; i < buf.length; ++i)
            s += String.fromCharCode(buf[i]);
          str2 = btoa(s);
        } else {
          throw new Error("This environment does not support writing binary tags; either Buffer or btoa is required");
        }
        type ?? (type = Scalar.Scalar.BLOCK_LITERAL);
        if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
          const lineWidth = Math.max(ctx.options.lineWidth - ctx.indent.length, ctx.options.minContentWidth);
          const n = Math.ceil(str2.length / lineWidth);
          const lines = new Array(n);
          for (let i = 0, o = 0; i < n; ++i, o += lineWidth) {
            lines[i] = str2.substr(o, lineWidth);
          }
          str2 = lines.join(type === Scalar.Scalar.BLOCK_LITERAL ? "\n" : " ");
        }
        return stringifyString.stringifyString({ comment, type, value: str2 }, ctx, onComment, onChompKeep);
      }
    };
    exports.binary = binary;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/pairs.js
var require_pairs = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/pairs.js"(exports) {
    "use strict";
    var identity2 = require_identity();
    var Pair = require_Pair();
    var Scalar = require_Scalar();
    var YAMLSeq = require_YAMLSeq();
    function resolvePairs(seq, onError) {
      if (identity2.isSeq(seq)) {
        for (let i = 0; i < seq.items.length; ++i) {
          let item = seq.items[i];
          if (identity2.isPair(item))
            continue;
          else if (identity2.isMap(item)) {
            if (item.items.length > 1)
              onError("Each pair must have its own sequence indicator");
            const pair = item.items[0] || new Pair.Pair(new Scalar.Scalar(null));
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
          seq.items[i] = identity2.isPair(item) ? item : new Pair.Pair(item);
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
    exports.createPairs = createPairs;
    exports.pairs = pairs;
    exports.resolvePairs = resolvePairs;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/omap.js
var require_omap = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/omap.js"(exports) {
    "use strict";
    var identity2 = require_identity();
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
          if (identity2.isPair(pair)) {
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
          if (identity2.isScalar(key)) {
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
    exports.YAMLOMap = YAMLOMap;
    exports.omap = omap;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/bool.js
var require_bool2 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/bool.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
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
      resolve: () => new Scalar.Scalar(true),
      stringify: boolStringify
    };
    var falseTag = {
      identify: (value) => value === false,
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:N|n|[Nn]o|NO|[Ff]alse|FALSE|[Oo]ff|OFF)$/,
      resolve: () => new Scalar.Scalar(false),
      stringify: boolStringify
    };
    exports.falseTag = falseTag;
    exports.trueTag = trueTag;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/float.js
var require_float2 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/float.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var stringifyNumber = require_stringifyNumber();
    var floatNaN = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
      resolve: (str2) => str2.slice(-3).toLowerCase() === "nan" ? NaN : str2[0] === "-" ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY,
      stringify: stringifyNumber.stringifyNumber
    };
    var floatExp = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "EXP",
      test: /^[-+]?(?:[0-9][0-9_]*)?(?:\.[0-9_]*)?[eE][-+]?[0-9]+$/,
      resolve: (str2) => parseFloat(str2.replace(/_/g, "")),
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
      resolve(str2) {
        const node = new Scalar.Scalar(parseFloat(str2.replace(/_/g, "")));
        const dot = str2.indexOf(".");
        if (dot !== -1) {
          const f = str2.substring(dot + 1).replace(/_/g, "");
          if (f[f.length - 1] === "0")
            node.minFractionDigits = f.length;
        }
        return node;
      },
      stringify: stringifyNumber.stringifyNumber
    };
    exports.float = float;
    exports.floatExp = floatExp;
    exports.floatNaN = floatNaN;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/int.js
var require_int2 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/int.js"(exports) {
    "use strict";
    var stringifyNumber = require_stringifyNumber();
    var intIdentify = (value) => typeof value === "bigint" || Number.isInteger(value);
    function intResolve(str2, offset, radix, { intAsBigInt }) {
      const sign = str2[0];
      if (sign === "-" || sign === "+")
        offset += 1;
      str2 = str2.substring(offset).replace(/_/g, "");
      if (intAsBigInt) {
        switch (radix) {
          case 2:
            str2 = `0b${str2}`;
            break;
          case 8:
            str2 = `0o${str2}`;
            break;
          case 16:
            str2 = `0x${str2}`;
            break;
        }
        const n2 = BigInt(str2);
        return sign === "-" ? BigInt(-1) * n2 : n2;
      }
      const n = parseInt(str2, radix);
      return sign === "-" ? -1 * n : n;
    }
    function intStringify(node, radix, prefix) {
      const { value } = node;
      if (intIdentify(value)) {
        const str2 = value.toString(radix);
        return value < 0 ? "-" + prefix + str2.substr(1) : prefix + str2;
      }
      return stringifyNumber.stringifyNumber(node);
    }
    var intBin = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "BIN",
      test: /^[-+]?0b[0-1_]+$/,
      resolve: (str2, _onError, opt) => intResolve(str2, 2, 2, opt),
      stringify: (node) => intStringify(node, 2, "0b")
    };
    var intOct = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "OCT",
      test: /^[-+]?0[0-7_]+$/,
      resolve: (str2, _onError, opt) => intResolve(str2, 1, 8, opt),
      stringify: (node) => intStringify(node, 8, "0")
    };
    var int = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      test: /^[-+]?[0-9][0-9_]*$/,
      resolve: (str2, _onError, opt) => intResolve(str2, 0, 10, opt),
      stringify: stringifyNumber.stringifyNumber
    };
    var intHex = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "HEX",
      test: /^[-+]?0x[0-9a-fA-F_]+$/,
      resolve: (str2, _onError, opt) => intResolve(str2, 2, 16, opt),
      stringify: (node) => intStringify(node, 16, "0x")
    };
    exports.int = int;
    exports.intBin = intBin;
    exports.intHex = intHex;
    exports.intOct = intOct;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/set.js
var require_set = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/set.js"(exports) {
    "use strict";
    var identity2 = require_identity();
    var Pair = require_Pair();
    var YAMLMap = require_YAMLMap();
    var YAMLSet = class _YAMLSet extends YAMLMap.YAMLMap {
      constructor(schema) {
        super(schema);
        this.tag = _YAMLSet.tag;
      }
      add(key) {
        let pair;
        if (identity2.isPair(key))
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
        return !keepPair && identity2.isPair(pair) ? identity2.isScalar(pair.key) ? pair.key.value : pair.key : pair;
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
        if (identity2.isMap(map)) {
          if (map.hasAllNullValues(true))
            return Object.assign(new YAMLSet(), map);
          else
            onError("Set items must all have null values");
        } else
          onError("Expected a mapping for this tag");
        return map;
      }
    };
    exports.YAMLSet = YAMLSet;
    exports.set = set;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/timestamp.js
var require_timestamp = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/timestamp.js"(exports) {
    "use strict";
    var stringifyNumber = require_stringifyNumber();
    function parseSexagesimal(str2, asBigInt) {
      const sign = str2[0];
      const parts = sign === "-" || sign === "+" ? str2.substring(1) : str2;
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
      resolve: (str2, _onError, { intAsBigInt }) => parseSexagesimal(str2, intAsBigInt),
      stringify: stringifySexagesimal
    };
    var floatTime = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "TIME",
      test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*$/,
      resolve: (str2) => parseSexagesimal(str2, false),
      stringify: stringifySexagesimal
    };
    var timestamp2 = {
      identify: (value) => value instanceof Date,
      default: true,
      tag: "tag:yaml.org,2002:timestamp",
      // If the time zone is omitted, the timestamp is assumed to be specified in UTC. The time part
      // may be omitted altogether, resulting in a date format. In such a case, the time part is
      // assumed to be 00:00:00Z (start of day, UTC).
      test: RegExp("^([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})(?:(?:t|T|[ \\t]+)([0-9]{1,2}):([0-9]{1,2}):([0-9]{1,2}(\\.[0-9]+)?)(?:[ \\t]*(Z|[-+][012]?[0-9](?::[0-9]{2})?))?)?$"),
      resolve(str2) {
        const match = str2.match(timestamp2.test);
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
    exports.floatTime = floatTime;
    exports.intTime = intTime;
    exports.timestamp = timestamp2;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/schema.js
var require_schema3 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/schema.js"(exports) {
    "use strict";
    var map = require_map();
    var _null = require_null();
    var seq = require_seq();
    var string = require_string();
    var binary = require_binary();
    var bool = require_bool2();
    var float = require_float2();
    var int = require_int2();
    var merge2 = require_merge();
    var omap = require_omap();
    var pairs = require_pairs();
    var set = require_set();
    var timestamp2 = require_timestamp();
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
      merge2.merge,
      omap.omap,
      pairs.pairs,
      set.set,
      timestamp2.intTime,
      timestamp2.floatTime,
      timestamp2.timestamp
    ];
    exports.schema = schema;
  }
});

// node_modules/yaml/dist/schema/tags.js
var require_tags = __commonJS({
  "node_modules/yaml/dist/schema/tags.js"(exports) {
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
    var merge2 = require_merge();
    var omap = require_omap();
    var pairs = require_pairs();
    var schema$2 = require_schema3();
    var set = require_set();
    var timestamp2 = require_timestamp();
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
      floatTime: timestamp2.floatTime,
      int: int.int,
      intHex: int.intHex,
      intOct: int.intOct,
      intTime: timestamp2.intTime,
      map: map.map,
      merge: merge2.merge,
      null: _null.nullTag,
      omap: omap.omap,
      pairs: pairs.pairs,
      seq: seq.seq,
      set: set.set,
      timestamp: timestamp2.timestamp
    };
    var coreKnownTags = {
      "tag:yaml.org,2002:binary": binary.binary,
      "tag:yaml.org,2002:merge": merge2.merge,
      "tag:yaml.org,2002:omap": omap.omap,
      "tag:yaml.org,2002:pairs": pairs.pairs,
      "tag:yaml.org,2002:set": set.set,
      "tag:yaml.org,2002:timestamp": timestamp2.timestamp
    };
    function getTags(customTags, schemaName, addMergeTag) {
      const schemaTags = schemas.get(schemaName);
      if (schemaTags && !customTags) {
        return addMergeTag && !schemaTags.includes(merge2.merge) ? schemaTags.concat(merge2.merge) : schemaTags.slice();
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
        tags = tags.concat(merge2.merge);
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
    exports.coreKnownTags = coreKnownTags;
    exports.getTags = getTags;
  }
});

// node_modules/yaml/dist/schema/Schema.js
var require_Schema = __commonJS({
  "node_modules/yaml/dist/schema/Schema.js"(exports) {
    "use strict";
    var identity2 = require_identity();
    var map = require_map();
    var seq = require_seq();
    var string = require_string();
    var tags = require_tags();
    var sortMapEntriesByKey = (a, b) => a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
    var Schema = class _Schema {
      constructor({ compat, customTags, merge: merge2, resolveKnownTags, schema, sortMapEntries, toStringDefaults }) {
        this.compat = Array.isArray(compat) ? tags.getTags(compat, "compat") : compat ? tags.getTags(null, compat) : null;
        this.name = typeof schema === "string" && schema || "core";
        this.knownTags = resolveKnownTags ? tags.coreKnownTags : {};
        this.tags = tags.getTags(customTags, this.name, merge2);
        this.toStringOptions = toStringDefaults ?? null;
        Object.defineProperty(this, identity2.MAP, { value: map.map });
        Object.defineProperty(this, identity2.SCALAR, { value: string.string });
        Object.defineProperty(this, identity2.SEQ, { value: seq.seq });
        this.sortMapEntries = typeof sortMapEntries === "function" ? sortMapEntries : sortMapEntries === true ? sortMapEntriesByKey : null;
      }
      clone() {
        const copy = Object.create(_Schema.prototype, Object.getOwnPropertyDescriptors(this));
        copy.tags = this.tags.slice();
        return copy;
      }
    };
    exports.Schema = Schema;
  }
});

// node_modules/yaml/dist/stringify/stringifyDocument.js
var require_stringifyDocument = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyDocument.js"(exports) {
    "use strict";
    var identity2 = require_identity();
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
        if (identity2.isNode(doc.contents)) {
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
    exports.stringifyDocument = stringifyDocument;
  }
});

// node_modules/yaml/dist/doc/Document.js
var require_Document = __commonJS({
  "node_modules/yaml/dist/doc/Document.js"(exports) {
    "use strict";
    var Alias = require_Alias();
    var Collection2 = require_Collection();
    var identity2 = require_identity();
    var Pair = require_Pair();
    var toJS = require_toJS();
    var Schema = require_Schema();
    var stringifyDocument = require_stringifyDocument();
    var anchors = require_anchors();
    var applyReviver = require_applyReviver();
    var createNode = require_createNode();
    var directives = require_directives();
    var Document2 = class _Document {
      constructor(value, replacer, options) {
        this.commentBefore = null;
        this.comment = null;
        this.errors = [];
        this.warnings = [];
        Object.defineProperty(this, identity2.NODE_TYPE, { value: identity2.DOC });
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
          [identity2.NODE_TYPE]: { value: identity2.DOC }
        });
        copy.commentBefore = this.commentBefore;
        copy.comment = this.comment;
        copy.errors = this.errors.slice();
        copy.warnings = this.warnings.slice();
        copy.options = Object.assign({}, this.options);
        if (this.directives)
          copy.directives = this.directives.clone();
        copy.schema = this.schema.clone();
        copy.contents = identity2.isNode(this.contents) ? this.contents.clone(copy.schema) : this.contents;
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
        if (flow && identity2.isCollection(node))
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
        if (Collection2.isEmptyPath(path)) {
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
        return identity2.isCollection(this.contents) ? this.contents.get(key, keepScalar) : void 0;
      }
      /**
       * Returns item at `path`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      getIn(path, keepScalar) {
        if (Collection2.isEmptyPath(path))
          return !keepScalar && identity2.isScalar(this.contents) ? this.contents.value : this.contents;
        return identity2.isCollection(this.contents) ? this.contents.getIn(path, keepScalar) : void 0;
      }
      /**
       * Checks if the document includes a value with the key `key`.
       */
      has(key) {
        return identity2.isCollection(this.contents) ? this.contents.has(key) : false;
      }
      /**
       * Checks if the document includes a value at `path`.
       */
      hasIn(path) {
        if (Collection2.isEmptyPath(path))
          return this.contents !== void 0;
        return identity2.isCollection(this.contents) ? this.contents.hasIn(path) : false;
      }
      /**
       * Sets a value in this document. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      set(key, value) {
        if (this.contents == null) {
          this.contents = Collection2.collectionFromPath(this.schema, [key], value);
        } else if (assertCollection(this.contents)) {
          this.contents.set(key, value);
        }
      }
      /**
       * Sets a value in this document. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      setIn(path, value) {
        if (Collection2.isEmptyPath(path)) {
          this.contents = value;
        } else if (this.contents == null) {
          this.contents = Collection2.collectionFromPath(this.schema, Array.from(path), value);
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
      if (identity2.isCollection(contents))
        return true;
      throw new Error("Expected a YAML collection as document contents");
    }
    exports.Document = Document2;
  }
});

// node_modules/yaml/dist/errors.js
var require_errors = __commonJS({
  "node_modules/yaml/dist/errors.js"(exports) {
    "use strict";
    var YAMLError = class extends Error {
      constructor(name, pos, code2, message) {
        super();
        this.name = name;
        this.code = code2;
        this.message = message;
        this.pos = pos;
      }
    };
    var YAMLParseError = class extends YAMLError {
      constructor(pos, code2, message) {
        super("YAMLParseError", pos, code2, message);
      }
    };
    var YAMLWarning = class extends YAMLError {
      constructor(pos, code2, message) {
        super("YAMLWarning", pos, code2, message);
      }
    };
    var prettifyError = (src, lc) => (error2) => {
      if (error2.pos[0] === -1)
        return;
      error2.linePos = error2.pos.map((pos) => lc.linePos(pos));
      const { line, col } = error2.linePos[0];
      error2.message += ` at line ${line}, column ${col}`;
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
        const end = error2.linePos[1];
        if (end?.line === line && end.col > col) {
          count = Math.max(1, Math.min(end.col - col, 80 - ci));
        }
        const pointer = " ".repeat(ci) + "^".repeat(count);
        error2.message += `:

${lineStr}
${pointer}
`;
      }
    };
    exports.YAMLError = YAMLError;
    exports.YAMLParseError = YAMLParseError;
    exports.YAMLWarning = YAMLWarning;
    exports.prettifyError = prettifyError;
  }
});

// node_modules/yaml/dist/compose/resolve-props.js
var require_resolve_props = __commonJS({
  "node_modules/yaml/dist/compose/resolve-props.js"(exports) {
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
    exports.resolveProps = resolveProps;
  }
});

// node_modules/yaml/dist/compose/util-contains-newline.js
var require_util_contains_newline = __commonJS({
  "node_modules/yaml/dist/compose/util-contains-newline.js"(exports) {
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
    exports.containsNewline = containsNewline;
  }
});

// node_modules/yaml/dist/compose/util-flow-indent-check.js
var require_util_flow_indent_check = __commonJS({
  "node_modules/yaml/dist/compose/util-flow-indent-check.js"(exports) {
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
    exports.flowIndentCheck = flowIndentCheck;
  }
});

// node_modules/yaml/dist/compose/util-map-includes.js
var require_util_map_includes = __commonJS({
  "node_modules/yaml/dist/compose/util-map-includes.js"(exports) {
    "use strict";
    var identity2 = require_identity();
    function mapIncludes(ctx, items, search) {
      const { uniqueKeys } = ctx.options;
      if (uniqueKeys === false)
        return false;
      const isEqual = typeof uniqueKeys === "function" ? uniqueKeys : (a, b) => a === b || identity2.isScalar(a) && identity2.isScalar(b) && a.value === b.value;
      return items.some((pair) => isEqual(pair.key, search));
    }
    exports.mapIncludes = mapIncludes;
  }
});

// node_modules/yaml/dist/compose/resolve-block-map.js
var require_resolve_block_map = __commonJS({
  "node_modules/yaml/dist/compose/resolve-block-map.js"(exports) {
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
        const { start, key, sep: sep2, value } = collItem;
        const keyProps = resolveProps.resolveProps(start, {
          indicator: "explicit-key-ind",
          next: key ?? sep2?.[0],
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
          if (!keyProps.anchor && !keyProps.tag && !sep2) {
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
        const valueProps = resolveProps.resolveProps(sep2 ?? [], {
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
          const valueNode = value ? composeNode(ctx, value, valueProps, onError) : composeEmptyNode(ctx, offset, sep2, null, valueProps, onError);
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
    exports.resolveBlockMap = resolveBlockMap;
  }
});

// node_modules/yaml/dist/compose/resolve-block-seq.js
var require_resolve_block_seq = __commonJS({
  "node_modules/yaml/dist/compose/resolve-block-seq.js"(exports) {
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
    exports.resolveBlockSeq = resolveBlockSeq;
  }
});

// node_modules/yaml/dist/compose/resolve-end.js
var require_resolve_end = __commonJS({
  "node_modules/yaml/dist/compose/resolve-end.js"(exports) {
    "use strict";
    function resolveEnd(end, offset, reqSpace, onError) {
      let comment = "";
      if (end) {
        let hasSpace = false;
        let sep2 = "";
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
                comment += sep2 + cb;
              sep2 = "";
              break;
            }
            case "newline":
              if (comment)
                sep2 += source;
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
    exports.resolveEnd = resolveEnd;
  }
});

// node_modules/yaml/dist/compose/resolve-flow-collection.js
var require_resolve_flow_collection = __commonJS({
  "node_modules/yaml/dist/compose/resolve-flow-collection.js"(exports) {
    "use strict";
    var identity2 = require_identity();
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
      const isMap2 = fc.start.source === "{";
      const fcName = isMap2 ? "flow map" : "flow sequence";
      const NodeClass = tag?.nodeClass ?? (isMap2 ? YAMLMap.YAMLMap : YAMLSeq.YAMLSeq);
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
        const { start, key, sep: sep2, value } = collItem;
        const props = resolveProps.resolveProps(start, {
          flow: fcName,
          indicator: "explicit-key-ind",
          next: key ?? sep2?.[0],
          offset,
          onError,
          parentIndent: fc.indent,
          startOnNewline: false
        });
        if (!props.found) {
          if (!props.anchor && !props.tag && !sep2 && !value) {
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
          if (!isMap2 && ctx.options.strict && utilContainsNewline.containsNewline(key))
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
              if (identity2.isPair(prev))
                prev = prev.value ?? prev.key;
              if (prev.comment)
                prev.comment += "\n" + prevItemComment;
              else
                prev.comment = prevItemComment;
              props.comment = props.comment.substring(prevItemComment.length + 1);
            }
          }
        }
        if (!isMap2 && !sep2 && !props.found) {
          const valueNode = value ? composeNode(ctx, value, props, onError) : composeEmptyNode(ctx, props.end, sep2, null, props, onError);
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
          const valueProps = resolveProps.resolveProps(sep2 ?? [], {
            flow: fcName,
            indicator: "map-value-ind",
            next: value,
            offset: keyNode.range[2],
            onError,
            parentIndent: fc.indent,
            startOnNewline: false
          });
          if (valueProps.found) {
            if (!isMap2 && !props.found && ctx.options.strict) {
              if (sep2)
                for (const st of sep2) {
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
          const valueNode = value ? composeNode(ctx, value, valueProps, onError) : valueProps.found ? composeEmptyNode(ctx, valueProps.end, sep2, null, valueProps, onError) : null;
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
          if (isMap2) {
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
      const expectedEnd = isMap2 ? "}" : "]";
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
    exports.resolveFlowCollection = resolveFlowCollection;
  }
});

// node_modules/yaml/dist/compose/compose-collection.js
var require_compose_collection = __commonJS({
  "node_modules/yaml/dist/compose/compose-collection.js"(exports) {
    "use strict";
    var identity2 = require_identity();
    var Scalar = require_Scalar();
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
      const node = identity2.isNode(res) ? res : new Scalar.Scalar(res);
      node.range = coll.range;
      node.tag = tagName;
      if (tag?.format)
        node.format = tag.format;
      return node;
    }
    exports.composeCollection = composeCollection;
  }
});

// node_modules/yaml/dist/compose/resolve-block-scalar.js
var require_resolve_block_scalar = __commonJS({
  "node_modules/yaml/dist/compose/resolve-block-scalar.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    function resolveBlockScalar(ctx, scalar, onError) {
      const start = scalar.offset;
      const header = parseBlockScalarHeader(scalar, ctx.options.strict, onError);
      if (!header)
        return { value: "", type: null, comment: "", range: [start, start, start] };
      const type = header.mode === ">" ? Scalar.Scalar.BLOCK_FOLDED : Scalar.Scalar.BLOCK_LITERAL;
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
      let contentStart = 0;
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
          contentStart = i;
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
      let sep2 = "";
      let prevMoreIndented = false;
      for (let i = 0; i < contentStart; ++i)
        value += lines[i][0].slice(trimIndent) + "\n";
      for (let i = contentStart; i < chompStart; ++i) {
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
        if (type === Scalar.Scalar.BLOCK_LITERAL) {
          value += sep2 + indent.slice(trimIndent) + content;
          sep2 = "\n";
        } else if (indent.length > trimIndent || content[0] === "	") {
          if (sep2 === " ")
            sep2 = "\n";
          else if (!prevMoreIndented && sep2 === "\n")
            sep2 = "\n\n";
          value += sep2 + indent.slice(trimIndent) + content;
          sep2 = "\n";
          prevMoreIndented = true;
        } else if (content === "") {
          if (sep2 === "\n")
            value += "\n";
          else
            sep2 = "\n";
        } else {
          value += sep2 + content;
          sep2 = " ";
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
      let error2 = -1;
      for (let i = 1; i < source.length; ++i) {
        const ch = source[i];
        if (!chomp && (ch === "-" || ch === "+"))
          chomp = ch;
        else {
          const n = Number(ch);
          if (!indent && n)
            indent = n;
          else if (error2 === -1)
            error2 = offset + i;
        }
      }
      if (error2 !== -1)
        onError(error2, "UNEXPECTED_TOKEN", `Block scalar header includes extra characters: ${source}`);
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
    exports.resolveBlockScalar = resolveBlockScalar;
  }
});

// node_modules/yaml/dist/compose/resolve-flow-scalar.js
var require_resolve_flow_scalar = __commonJS({
  "node_modules/yaml/dist/compose/resolve-flow-scalar.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var resolveEnd = require_resolve_end();
    function resolveFlowScalar(scalar, strict, onError) {
      const { offset, type, source, end } = scalar;
      let _type;
      let value;
      const _onError = (rel, code2, msg) => onError(offset + rel, code2, msg);
      switch (type) {
        case "scalar":
          _type = Scalar.Scalar.PLAIN;
          value = plainValue(source, _onError);
          break;
        case "single-quoted-scalar":
          _type = Scalar.Scalar.QUOTE_SINGLE;
          value = singleQuotedValue(source, _onError);
          break;
        case "double-quoted-scalar":
          _type = Scalar.Scalar.QUOTE_DOUBLE;
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
      let sep2 = " ";
      let pos = line.lastIndex;
      while (match = line.exec(source)) {
        const lm = match[1].replace(trimBoth, "");
        if (lm === "") {
          if (sep2 === "\n")
            res += sep2;
          else
            sep2 = "\n";
        } else {
          res += sep2 + lm;
          sep2 = " ";
        }
        pos = line.lastIndex;
      }
      const last = /[ \t]*(.*)/sy;
      last.lastIndex = pos;
      match = last.exec(source);
      return res + sep2 + (match?.[1] ?? "");
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
      const code2 = ok ? parseInt(cc, 16) : NaN;
      try {
        return String.fromCodePoint(code2);
      } catch {
        const raw = source.substr(offset - 2, length + 2);
        onError(offset - 2, "BAD_DQ_ESCAPE", `Invalid escape sequence ${raw}`);
        return raw;
      }
    }
    exports.resolveFlowScalar = resolveFlowScalar;
  }
});

// node_modules/yaml/dist/compose/compose-scalar.js
var require_compose_scalar = __commonJS({
  "node_modules/yaml/dist/compose/compose-scalar.js"(exports) {
    "use strict";
    var identity2 = require_identity();
    var Scalar = require_Scalar();
    var resolveBlockScalar = require_resolve_block_scalar();
    var resolveFlowScalar = require_resolve_flow_scalar();
    function composeScalar(ctx, token, tagToken, onError) {
      const { value, type, comment, range } = token.type === "block-scalar" ? resolveBlockScalar.resolveBlockScalar(ctx, token, onError) : resolveFlowScalar.resolveFlowScalar(token, ctx.options.strict, onError);
      const tagName = tagToken ? ctx.directives.tagName(tagToken.source, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg)) : null;
      let tag;
      if (ctx.options.stringKeys && ctx.atKey) {
        tag = ctx.schema[identity2.SCALAR];
      } else if (tagName)
        tag = findScalarTagByName(ctx.schema, value, tagName, tagToken, onError);
      else if (token.type === "scalar")
        tag = findScalarTagByTest(ctx, value, token, onError);
      else
        tag = ctx.schema[identity2.SCALAR];
      let scalar;
      try {
        const res = tag.resolve(value, (msg) => onError(tagToken ?? token, "TAG_RESOLVE_FAILED", msg), ctx.options);
        scalar = identity2.isScalar(res) ? res : new Scalar.Scalar(res);
      } catch (error2) {
        const msg = error2 instanceof Error ? error2.message : String(error2);
        onError(tagToken ?? token, "TAG_RESOLVE_FAILED", msg);
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
      if (tagName === "!")
        return schema[identity2.SCALAR];
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
      return schema[identity2.SCALAR];
    }
    function findScalarTagByTest({ atKey, directives, schema }, value, token, onError) {
      const tag = schema.tags.find((tag2) => (tag2.default === true || atKey && tag2.default === "key") && tag2.test?.test(value)) || schema[identity2.SCALAR];
      if (schema.compat) {
        const compat = schema.compat.find((tag2) => tag2.default && tag2.test?.test(value)) ?? schema[identity2.SCALAR];
        if (tag.tag !== compat.tag) {
          const ts = directives.tagString(tag.tag);
          const cs = directives.tagString(compat.tag);
          const msg = `Value may be parsed as either ${ts} or ${cs}`;
          onError(token, "TAG_RESOLVE_FAILED", msg, true);
        }
      }
      return tag;
    }
    exports.composeScalar = composeScalar;
  }
});

// node_modules/yaml/dist/compose/util-empty-scalar-position.js
var require_util_empty_scalar_position = __commonJS({
  "node_modules/yaml/dist/compose/util-empty-scalar-position.js"(exports) {
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
    exports.emptyScalarPosition = emptyScalarPosition;
  }
});

// node_modules/yaml/dist/compose/compose-node.js
var require_compose_node = __commonJS({
  "node_modules/yaml/dist/compose/compose-node.js"(exports) {
    "use strict";
    var Alias = require_Alias();
    var identity2 = require_identity();
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
          } catch (error2) {
            const message = error2 instanceof Error ? error2.message : String(error2);
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
      if (atKey && ctx.options.stringKeys && (!identity2.isScalar(node) || typeof node.value !== "string" || node.tag && node.tag !== "tag:yaml.org,2002:str")) {
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
    exports.composeEmptyNode = composeEmptyNode;
    exports.composeNode = composeNode;
  }
});

// node_modules/yaml/dist/compose/compose-doc.js
var require_compose_doc = __commonJS({
  "node_modules/yaml/dist/compose/compose-doc.js"(exports) {
    "use strict";
    var Document2 = require_Document();
    var composeNode = require_compose_node();
    var resolveEnd = require_resolve_end();
    var resolveProps = require_resolve_props();
    function composeDoc(options, directives, { offset, start, value, end }, onError) {
      const opts = Object.assign({ _directives: directives }, options);
      const doc = new Document2.Document(void 0, opts);
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
    exports.composeDoc = composeDoc;
  }
});

// node_modules/yaml/dist/compose/composer.js
var require_composer = __commonJS({
  "node_modules/yaml/dist/compose/composer.js"(exports) {
    "use strict";
    var node_process = __require("process");
    var directives = require_directives();
    var Document2 = require_Document();
    var errors = require_errors();
    var identity2 = require_identity();
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
        this.onError = (source, code2, message, warning2) => {
          const pos = getErrorPos(source);
          if (warning2)
            this.warnings.push(new errors.YAMLWarning(pos, code2, message));
          else
            this.errors.push(new errors.YAMLParseError(pos, code2, message));
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
          } else if (identity2.isCollection(dc) && !dc.flow && dc.items.length > 0) {
            let it = dc.items[0];
            if (identity2.isPair(it))
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
            this.directives.add(token.source, (offset, message, warning2) => {
              const pos = getErrorPos(token);
              pos[0] += offset;
              this.onError(pos, "BAD_DIRECTIVE", message, warning2);
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
            const error2 = new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", msg);
            if (this.atDirectives || !this.doc)
              this.errors.push(error2);
            else
              this.doc.errors.push(error2);
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
          const doc = new Document2.Document(void 0, opts);
          if (this.atDirectives)
            this.onError(endOffset, "MISSING_CHAR", "Missing directives-end indicator line");
          doc.range = [0, endOffset, endOffset];
          this.decorate(doc, false);
          yield doc;
        }
      }
    };
    exports.Composer = Composer;
  }
});

// node_modules/yaml/dist/parse/cst-scalar.js
var require_cst_scalar = __commonJS({
  "node_modules/yaml/dist/parse/cst-scalar.js"(exports) {
    "use strict";
    var resolveBlockScalar = require_resolve_block_scalar();
    var resolveFlowScalar = require_resolve_flow_scalar();
    var errors = require_errors();
    var stringifyString = require_stringifyString();
    function resolveAsScalar(token, strict = true, onError) {
      if (token) {
        const _onError = (pos, code2, message) => {
          const offset = typeof pos === "number" ? pos : Array.isArray(pos) ? pos[0] : pos.offset;
          if (onError)
            onError(offset, code2, message);
          else
            throw new errors.YAMLParseError([offset, offset + 1], code2, message);
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
    function createScalarToken(value, context3) {
      const { implicitKey = false, indent, inFlow = false, offset = -1, type = "PLAIN" } = context3;
      const source = stringifyString.stringifyString({ type, value }, {
        implicitKey,
        indent: indent > 0 ? " ".repeat(indent) : "",
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
      });
      const end = context3.end ?? [
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
    function setScalarValue(token, value, context3 = {}) {
      let { afterKey = false, implicitKey = false, inFlow = false, type } = context3;
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
    exports.createScalarToken = createScalarToken;
    exports.resolveAsScalar = resolveAsScalar;
    exports.setScalarValue = setScalarValue;
  }
});

// node_modules/yaml/dist/parse/cst-stringify.js
var require_cst_stringify = __commonJS({
  "node_modules/yaml/dist/parse/cst-stringify.js"(exports) {
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
    function stringifyItem({ start, key, sep: sep2, value }) {
      let res = "";
      for (const st of start)
        res += st.source;
      if (key)
        res += stringifyToken(key);
      if (sep2)
        for (const st of sep2)
          res += st.source;
      if (value)
        res += stringifyToken(value);
      return res;
    }
    exports.stringify = stringify;
  }
});

// node_modules/yaml/dist/parse/cst-visit.js
var require_cst_visit = __commonJS({
  "node_modules/yaml/dist/parse/cst-visit.js"(exports) {
    "use strict";
    var BREAK = /* @__PURE__ */ Symbol("break visit");
    var SKIP = /* @__PURE__ */ Symbol("skip children");
    var REMOVE = /* @__PURE__ */ Symbol("remove item");
    function visit3(cst, visitor) {
      if ("type" in cst && cst.type === "document")
        cst = { start: cst.start, value: cst.value };
      _visit(Object.freeze([]), cst, visitor);
    }
    visit3.BREAK = BREAK;
    visit3.SKIP = SKIP;
    visit3.REMOVE = REMOVE;
    visit3.itemAtPath = (cst, path) => {
      let item = cst;
      for (const [field2, index] of path) {
        const tok = item?.[field2];
        if (tok && "items" in tok) {
          item = tok.items[index];
        } else
          return void 0;
      }
      return item;
    };
    visit3.parentCollection = (cst, path) => {
      const parent = visit3.itemAtPath(cst, path.slice(0, -1));
      const field2 = path[path.length - 1][0];
      const coll = parent?.[field2];
      if (coll && "items" in coll)
        return coll;
      throw new Error("Parent collection not found");
    };
    function _visit(path, item, visitor) {
      let ctrl = visitor(item, path);
      if (typeof ctrl === "symbol")
        return ctrl;
      for (const field2 of ["key", "value"]) {
        const token = item[field2];
        if (token && "items" in token) {
          for (let i = 0; i < token.items.length; ++i) {
            const ci = _visit(Object.freeze(path.concat([[field2, i]])), token.items[i], visitor);
            if (typeof ci === "number")
              i = ci - 1;
            else if (ci === BREAK)
              return BREAK;
            else if (ci === REMOVE) {
              token.items.splice(i, 1);
              i -= 1;
            }
          }
          if (typeof ctrl === "function" && field2 === "key")
            ctrl = ctrl(item, path);
        }
      }
      return typeof ctrl === "function" ? ctrl(item, path) : ctrl;
    }
    exports.visit = visit3;
  }
});

// node_modules/yaml/dist/parse/cst.js
var require_cst = __commonJS({
  "node_modules/yaml/dist/parse/cst.js"(exports) {
    "use strict";
    var cstScalar = require_cst_scalar();
    var cstStringify = require_cst_stringify();
    var cstVisit = require_cst_visit();
    var BOM = "\uFEFF";
    var DOCUMENT = "";
    var FLOW_END = "";
    var SCALAR = "";
    var isCollection = (token) => !!token && "items" in token;
    var isScalar2 = (token) => !!token && (token.type === "scalar" || token.type === "single-quoted-scalar" || token.type === "double-quoted-scalar" || token.type === "block-scalar");
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
    exports.isScalar = isScalar2;
    exports.prettyToken = prettyToken;
    exports.tokenType = tokenType;
  }
});

// node_modules/yaml/dist/parse/lexer.js
var require_lexer = __commonJS({
  "node_modules/yaml/dist/parse/lexer.js"(exports) {
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
    exports.Lexer = Lexer;
  }
});

// node_modules/yaml/dist/parse/line-counter.js
var require_line_counter = __commonJS({
  "node_modules/yaml/dist/parse/line-counter.js"(exports) {
    "use strict";
    var LineCounter2 = class {
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
    exports.LineCounter = LineCounter2;
  }
});

// node_modules/yaml/dist/parse/parser.js
var require_parser = __commonJS({
  "node_modules/yaml/dist/parse/parser.js"(exports) {
    "use strict";
    var node_process = __require("process");
    var cst = require_cst();
    var lexer = require_lexer();
    function includesToken(list2, type) {
      for (let i = 0; i < list2.length; ++i)
        if (list2[i].type === type)
          return true;
      return false;
    }
    function findNonEmptyIndex(list2) {
      for (let i = 0; i < list2.length; ++i) {
        switch (list2[i].type) {
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
      *pop(error2) {
        const token = error2 ?? this.stack.pop();
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
          let sep2;
          if (scalar.end) {
            sep2 = scalar.end;
            sep2.push(this.sourceToken);
            delete scalar.end;
          } else
            sep2 = [this.sourceToken];
          const map = {
            type: "block-map",
            offset: scalar.offset,
            indent: scalar.indent,
            items: [{ start, key: scalar, sep: sep2 }]
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
                  const sep2 = it.sep;
                  sep2.push(this.sourceToken);
                  delete it.key;
                  delete it.sep;
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start: start2, key, sep: sep2 }]
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
            const sep2 = fc.end.splice(1, fc.end.length);
            sep2.push(this.sourceToken);
            const map = {
              type: "block-map",
              offset: fc.offset,
              indent: fc.indent,
              items: [{ start, key: fc, sep: sep2 }]
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
    exports.Parser = Parser;
  }
});

// node_modules/yaml/dist/public-api.js
var require_public_api = __commonJS({
  "node_modules/yaml/dist/public-api.js"(exports) {
    "use strict";
    var composer = require_composer();
    var Document2 = require_Document();
    var errors = require_errors();
    var log = require_log();
    var identity2 = require_identity();
    var lineCounter = require_line_counter();
    var parser = require_parser();
    function parseOptions(options) {
      const prettyErrors = options.prettyErrors !== false;
      const lineCounter$1 = options.lineCounter || prettyErrors && new lineCounter.LineCounter() || null;
      return { lineCounter: lineCounter$1, prettyErrors };
    }
    function parseAllDocuments2(source, options = {}) {
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
    function parseDocument(source, options = {}) {
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
    function parse5(src, reviver, options) {
      let _reviver = void 0;
      if (typeof reviver === "function") {
        _reviver = reviver;
      } else if (options === void 0 && reviver && typeof reviver === "object") {
        options = reviver;
      }
      const doc = parseDocument(src, options);
      if (!doc)
        return null;
      doc.warnings.forEach((warning2) => log.warn(doc.options.logLevel, warning2));
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
      if (identity2.isDocument(value) && !_replacer)
        return value.toString(options);
      return new Document2.Document(value, _replacer, options).toString(options);
    }
    exports.parse = parse5;
    exports.parseAllDocuments = parseAllDocuments2;
    exports.parseDocument = parseDocument;
    exports.stringify = stringify;
  }
});

// node_modules/yaml/dist/index.js
var require_dist = __commonJS({
  "node_modules/yaml/dist/index.js"(exports) {
    "use strict";
    var composer = require_composer();
    var Document2 = require_Document();
    var Schema = require_Schema();
    var errors = require_errors();
    var Alias = require_Alias();
    var identity2 = require_identity();
    var Pair = require_Pair();
    var Scalar = require_Scalar();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var cst = require_cst();
    var lexer = require_lexer();
    var lineCounter = require_line_counter();
    var parser = require_parser();
    var publicApi = require_public_api();
    var visit3 = require_visit();
    exports.Composer = composer.Composer;
    exports.Document = Document2.Document;
    exports.Schema = Schema.Schema;
    exports.YAMLError = errors.YAMLError;
    exports.YAMLParseError = errors.YAMLParseError;
    exports.YAMLWarning = errors.YAMLWarning;
    exports.Alias = Alias.Alias;
    exports.isAlias = identity2.isAlias;
    exports.isCollection = identity2.isCollection;
    exports.isDocument = identity2.isDocument;
    exports.isMap = identity2.isMap;
    exports.isNode = identity2.isNode;
    exports.isPair = identity2.isPair;
    exports.isScalar = identity2.isScalar;
    exports.isSeq = identity2.isSeq;
    exports.Pair = Pair.Pair;
    exports.Scalar = Scalar.Scalar;
    exports.YAMLMap = YAMLMap.YAMLMap;
    exports.YAMLSeq = YAMLSeq.YAMLSeq;
    exports.CST = cst;
    exports.Lexer = lexer.Lexer;
    exports.LineCounter = lineCounter.LineCounter;
    exports.Parser = parser.Parser;
    exports.parse = publicApi.parse;
    exports.parseAllDocuments = publicApi.parseAllDocuments;
    exports.parseDocument = publicApi.parseDocument;
    exports.stringify = publicApi.stringify;
    exports.visit = visit3.visit;
    exports.visitAsync = visit3.visitAsync;
  }
});

// node_modules/@actions/github/node_modules/@actions/http-client/lib/proxy.js
var require_proxy = __commonJS({
  "node_modules/@actions/github/node_modules/@actions/http-client/lib/proxy.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.getProxyUrl = getProxyUrl;
    exports.checkBypass = checkBypass;
    function getProxyUrl(reqUrl) {
      const usingSsl = reqUrl.protocol === "https:";
      if (checkBypass(reqUrl)) {
        return void 0;
      }
      const proxyVar = (() => {
        if (usingSsl) {
          return process.env["https_proxy"] || process.env["HTTPS_PROXY"];
        } else {
          return process.env["http_proxy"] || process.env["HTTP_PROXY"];
        }
      })();
      if (proxyVar) {
        try {
          return new DecodedURL(proxyVar);
        } catch (_a) {
          if (!proxyVar.startsWith("http://") && !proxyVar.startsWith("https://"))
            return new DecodedURL(`http://${proxyVar}`);
        }
      } else {
        return void 0;
      }
    }
    function checkBypass(reqUrl) {
      if (!reqUrl.hostname) {
        return false;
      }
      const reqHost = reqUrl.hostname;
      if (isLoopbackAddress(reqHost)) {
        return true;
      }
      const noProxy = process.env["no_proxy"] || process.env["NO_PROXY"] || "";
      if (!noProxy) {
        return false;
      }
      let reqPort;
      if (reqUrl.port) {
        reqPort = Number(reqUrl.port);
      } else if (reqUrl.protocol === "http:") {
        reqPort = 80;
      } else if (reqUrl.protocol === "https:") {
        reqPort = 443;
      }
      const upperReqHosts = [reqUrl.hostname.toUpperCase()];
      if (typeof reqPort === "number") {
        upperReqHosts.push(`${upperReqHosts[0]}:${reqPort}`);
      }
      for (const upperNoProxyItem of noProxy.split(",").map((x) => x.trim().toUpperCase()).filter((x) => x)) {
        if (upperNoProxyItem === "*" || upperReqHosts.some((x) => x === upperNoProxyItem || x.endsWith(`.${upperNoProxyItem}`) || upperNoProxyItem.startsWith(".") && x.endsWith(`${upperNoProxyItem}`))) {
          return true;
        }
      }
      return false;
    }
    function isLoopbackAddress(host) {
      const hostLower = host.toLowerCase();
      return hostLower === "localhost" || hostLower.startsWith("127.") || hostLower.startsWith("[::1]") || hostLower.startsWith("[0:0:0:0:0:0:0:1]");
    }
    var DecodedURL = class extends URL {
      constructor(url, base) {
        super(url, base);
        this._decodedUsername = decodeURIComponent(super.username);
        this._decodedPassword = decodeURIComponent(super.password);
      }
      get username() {
        return this._decodedUsername;
      }
      get password() {
        return this._decodedPassword;
      }
    };
  }
});

// node_modules/@actions/github/node_modules/@actions/http-client/lib/index.js
var require_lib = __commonJS({
  "node_modules/@actions/github/node_modules/@actions/http-client/lib/index.js"(exports) {
    "use strict";
    var __createBinding = exports && exports.__createBinding || (Object.create ? (function(o, m, k, k2) {
      if (k2 === void 0) k2 = k;
      var desc = Object.getOwnPropertyDescriptor(m, k);
      if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
        desc = { enumerable: true, get: function() {
          return m[k];
        } };
      }
      Object.defineProperty(o, k2, desc);
    }) : (function(o, m, k, k2) {
      if (k2 === void 0) k2 = k;
      o[k2] = m[k];
    }));
    var __setModuleDefault = exports && exports.__setModuleDefault || (Object.create ? (function(o, v) {
      Object.defineProperty(o, "default", { enumerable: true, value: v });
    }) : function(o, v) {
      o["default"] = v;
    });
    var __importStar = exports && exports.__importStar || /* @__PURE__ */ (function() {
      var ownKeys = function(o) {
        ownKeys = Object.getOwnPropertyNames || function(o2) {
          var ar = [];
          for (var k in o2) if (Object.prototype.hasOwnProperty.call(o2, k)) ar[ar.length] = k;
          return ar;
        };
        return ownKeys(o);
      };
      return function(mod) {
        if (mod && mod.__esModule) return mod;
        var result = {};
        if (mod != null) {
          for (var k = ownKeys(mod), i = 0; i < k.length; i++) if (k[i] !== "default") __createBinding(result, mod, k[i]);
        }
        __setModuleDefault(result, mod);
        return result;
      };
    })();
    var __awaiter2 = exports && exports.__awaiter || function(thisArg, _arguments, P, generator) {
      function adopt(value) {
        return value instanceof P ? value : new P(function(resolve) {
          resolve(value);
        });
      }
      return new (P || (P = Promise))(function(resolve, reject) {
        function fulfilled(value) {
          try {
            step(generator.next(value));
          } catch (e) {
            reject(e);
          }
        }
        function rejected(value) {
          try {
            step(generator["throw"](value));
          } catch (e) {
            reject(e);
          }
        }
        function step(result) {
          result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected);
        }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
      });
    };
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.HttpClient = exports.HttpClientResponse = exports.HttpClientError = exports.MediaTypes = exports.Headers = exports.HttpCodes = void 0;
    exports.getProxyUrl = getProxyUrl;
    exports.isHttps = isHttps;
    var http = __importStar(__require("http"));
    var https = __importStar(__require("https"));
    var pm = __importStar(require_proxy());
    var tunnel = __importStar(require_tunnel());
    var undici_1 = require_undici();
    var HttpCodes;
    (function(HttpCodes2) {
      HttpCodes2[HttpCodes2["OK"] = 200] = "OK";
      HttpCodes2[HttpCodes2["MultipleChoices"] = 300] = "MultipleChoices";
      HttpCodes2[HttpCodes2["MovedPermanently"] = 301] = "MovedPermanently";
      HttpCodes2[HttpCodes2["ResourceMoved"] = 302] = "ResourceMoved";
      HttpCodes2[HttpCodes2["SeeOther"] = 303] = "SeeOther";
      HttpCodes2[HttpCodes2["NotModified"] = 304] = "NotModified";
      HttpCodes2[HttpCodes2["UseProxy"] = 305] = "UseProxy";
      HttpCodes2[HttpCodes2["SwitchProxy"] = 306] = "SwitchProxy";
      HttpCodes2[HttpCodes2["TemporaryRedirect"] = 307] = "TemporaryRedirect";
      HttpCodes2[HttpCodes2["PermanentRedirect"] = 308] = "PermanentRedirect";
      HttpCodes2[HttpCodes2["BadRequest"] = 400] = "BadRequest";
      HttpCodes2[HttpCodes2["Unauthorized"] = 401] = "Unauthorized";
      HttpCodes2[HttpCodes2["PaymentRequired"] = 402] = "PaymentRequired";
      HttpCodes2[HttpCodes2["Forbidden"] = 403] = "Forbidden";
      HttpCodes2[HttpCodes2["NotFound"] = 404] = "NotFound";
      HttpCodes2[HttpCodes2["MethodNotAllowed"] = 405] = "MethodNotAllowed";
      HttpCodes2[HttpCodes2["NotAcceptable"] = 406] = "NotAcceptable";
      HttpCodes2[HttpCodes2["ProxyAuthenticationRequired"] = 407] = "ProxyAuthenticationRequired";
      HttpCodes2[HttpCodes2["RequestTimeout"] = 408] = "RequestTimeout";
      HttpCodes2[HttpCodes2["Conflict"] = 409] = "Conflict";
      HttpCodes2[HttpCodes2["Gone"] = 410] = "Gone";
      HttpCodes2[HttpCodes2["TooManyRequests"] = 429] = "TooManyRequests";
      HttpCodes2[HttpCodes2["InternalServerError"] = 500] = "InternalServerError";
      HttpCodes2[HttpCodes2["NotImplemented"] = 501] = "NotImplemented";
      HttpCodes2[HttpCodes2["BadGateway"] = 502] = "BadGateway";
      HttpCodes2[HttpCodes2["ServiceUnavailable"] = 503] = "ServiceUnavailable";
      HttpCodes2[HttpCodes2["GatewayTimeout"] = 504] = "GatewayTimeout";
    })(HttpCodes || (exports.HttpCodes = HttpCodes = {}));
    var Headers;
    (function(Headers2) {
      Headers2["Accept"] = "accept";
      Headers2["ContentType"] = "content-type";
    })(Headers || (exports.Headers = Headers = {}));
    var MediaTypes;
    (function(MediaTypes2) {
      MediaTypes2["ApplicationJson"] = "application/json";
    })(MediaTypes || (exports.MediaTypes = MediaTypes = {}));
    function getProxyUrl(serverUrl) {
      const proxyUrl = pm.getProxyUrl(new URL(serverUrl));
      return proxyUrl ? proxyUrl.href : "";
    }
    var HttpRedirectCodes = [
      HttpCodes.MovedPermanently,
      HttpCodes.ResourceMoved,
      HttpCodes.SeeOther,
      HttpCodes.TemporaryRedirect,
      HttpCodes.PermanentRedirect
    ];
    var HttpResponseRetryCodes = [
      HttpCodes.BadGateway,
      HttpCodes.ServiceUnavailable,
      HttpCodes.GatewayTimeout
    ];
    var RetryableHttpVerbs = ["OPTIONS", "GET", "DELETE", "HEAD"];
    var ExponentialBackoffCeiling = 10;
    var ExponentialBackoffTimeSlice = 5;
    var HttpClientError = class _HttpClientError extends Error {
      constructor(message, statusCode) {
        super(message);
        this.name = "HttpClientError";
        this.statusCode = statusCode;
        Object.setPrototypeOf(this, _HttpClientError.prototype);
      }
    };
    exports.HttpClientError = HttpClientError;
    var HttpClientResponse = class {
      constructor(message) {
        this.message = message;
      }
      readBody() {
        return __awaiter2(this, void 0, void 0, function* () {
          return new Promise((resolve) => __awaiter2(this, void 0, void 0, function* () {
            let output = Buffer.alloc(0);
            this.message.on("data", (chunk) => {
              output = Buffer.concat([output, chunk]);
            });
            this.message.on("end", () => {
              resolve(output.toString());
            });
          }));
        });
      }
      readBodyBuffer() {
        return __awaiter2(this, void 0, void 0, function* () {
          return new Promise((resolve) => __awaiter2(this, void 0, void 0, function* () {
            const chunks = [];
            this.message.on("data", (chunk) => {
              chunks.push(chunk);
            });
            this.message.on("end", () => {
              resolve(Buffer.concat(chunks));
            });
          }));
        });
      }
    };
    exports.HttpClientResponse = HttpClientResponse;
    function isHttps(requestUrl) {
      const parsedUrl = new URL(requestUrl);
      return parsedUrl.protocol === "https:";
    }
    var HttpClient2 = class {
      constructor(userAgent2, handlers, requestOptions) {
        this._ignoreSslError = false;
        this._allowRedirects = true;
        this._allowRedirectDowngrade = false;
        this._maxRedirects = 50;
        this._allowRetries = false;
        this._maxRetries = 1;
        this._keepAlive = false;
        this._disposed = false;
        this.userAgent = this._getUserAgentWithOrchestrationId(userAgent2);
        this.handlers = handlers || [];
        this.requestOptions = requestOptions;
        if (requestOptions) {
          if (requestOptions.ignoreSslError != null) {
            this._ignoreSslError = requestOptions.ignoreSslError;
          }
          this._socketTimeout = requestOptions.socketTimeout;
          if (requestOptions.allowRedirects != null) {
            this._allowRedirects = requestOptions.allowRedirects;
          }
          if (requestOptions.allowRedirectDowngrade != null) {
            this._allowRedirectDowngrade = requestOptions.allowRedirectDowngrade;
          }
          if (requestOptions.maxRedirects != null) {
            this._maxRedirects = Math.max(requestOptions.maxRedirects, 0);
          }
          if (requestOptions.keepAlive != null) {
            this._keepAlive = requestOptions.keepAlive;
          }
          if (requestOptions.allowRetries != null) {
            this._allowRetries = requestOptions.allowRetries;
          }
          if (requestOptions.maxRetries != null) {
            this._maxRetries = requestOptions.maxRetries;
          }
        }
      }
      options(requestUrl, additionalHeaders) {
        return __awaiter2(this, void 0, void 0, function* () {
          return this.request("OPTIONS", requestUrl, null, additionalHeaders || {});
        });
      }
      get(requestUrl, additionalHeaders) {
        return __awaiter2(this, void 0, void 0, function* () {
          return this.request("GET", requestUrl, null, additionalHeaders || {});
        });
      }
      del(requestUrl, additionalHeaders) {
        return __awaiter2(this, void 0, void 0, function* () {
          return this.request("DELETE", requestUrl, null, additionalHeaders || {});
        });
      }
      post(requestUrl, data, additionalHeaders) {
        return __awaiter2(this, void 0, void 0, function* () {
          return this.request("POST", requestUrl, data, additionalHeaders || {});
        });
      }
      patch(requestUrl, data, additionalHeaders) {
        return __awaiter2(this, void 0, void 0, function* () {
          return this.request("PATCH", requestUrl, data, additionalHeaders || {});
        });
      }
      put(requestUrl, data, additionalHeaders) {
        return __awaiter2(this, void 0, void 0, function* () {
          return this.request("PUT", requestUrl, data, additionalHeaders || {});
        });
      }
      head(requestUrl, additionalHeaders) {
        return __awaiter2(this, void 0, void 0, function* () {
          return this.request("HEAD", requestUrl, null, additionalHeaders || {});
        });
      }
      sendStream(verb, requestUrl, stream, additionalHeaders) {
        return __awaiter2(this, void 0, void 0, function* () {
          return this.request(verb, requestUrl, stream, additionalHeaders);
        });
      }
      /**
       * Gets a typed object from an endpoint
       * Be aware that not found returns a null.  Other errors (4xx, 5xx) reject the promise
       */
      getJson(requestUrl_1) {
        return __awaiter2(this, arguments, void 0, function* (requestUrl, additionalHeaders = {}) {
          additionalHeaders[Headers.Accept] = this._getExistingOrDefaultHeader(additionalHeaders, Headers.Accept, MediaTypes.ApplicationJson);
          const res = yield this.get(requestUrl, additionalHeaders);
          return this._processResponse(res, this.requestOptions);
        });
      }
      postJson(requestUrl_1, obj_1) {
        return __awaiter2(this, arguments, void 0, function* (requestUrl, obj, additionalHeaders = {}) {
          const data = JSON.stringify(obj, null, 2);
          additionalHeaders[Headers.Accept] = this._getExistingOrDefaultHeader(additionalHeaders, Headers.Accept, MediaTypes.ApplicationJson);
          additionalHeaders[Headers.ContentType] = this._getExistingOrDefaultContentTypeHeader(additionalHeaders, MediaTypes.ApplicationJson);
          const res = yield this.post(requestUrl, data, additionalHeaders);
          return this._processResponse(res, this.requestOptions);
        });
      }
      putJson(requestUrl_1, obj_1) {
        return __awaiter2(this, arguments, void 0, function* (requestUrl, obj, additionalHeaders = {}) {
          const data = JSON.stringify(obj, null, 2);
          additionalHeaders[Headers.Accept] = this._getExistingOrDefaultHeader(additionalHeaders, Headers.Accept, MediaTypes.ApplicationJson);
          additionalHeaders[Headers.ContentType] = this._getExistingOrDefaultContentTypeHeader(additionalHeaders, MediaTypes.ApplicationJson);
          const res = yield this.put(requestUrl, data, additionalHeaders);
          return this._processResponse(res, this.requestOptions);
        });
      }
      patchJson(requestUrl_1, obj_1) {
        return __awaiter2(this, arguments, void 0, function* (requestUrl, obj, additionalHeaders = {}) {
          const data = JSON.stringify(obj, null, 2);
          additionalHeaders[Headers.Accept] = this._getExistingOrDefaultHeader(additionalHeaders, Headers.Accept, MediaTypes.ApplicationJson);
          additionalHeaders[Headers.ContentType] = this._getExistingOrDefaultContentTypeHeader(additionalHeaders, MediaTypes.ApplicationJson);
          const res = yield this.patch(requestUrl, data, additionalHeaders);
          return this._processResponse(res, this.requestOptions);
        });
      }
      /**
       * Makes a raw http request.
       * All other methods such as get, post, patch, and request ultimately call this.
       * Prefer get, del, post and patch
       */
      request(verb, requestUrl, data, headers) {
        return __awaiter2(this, void 0, void 0, function* () {
          if (this._disposed) {
            throw new Error("Client has already been disposed.");
          }
          const parsedUrl = new URL(requestUrl);
          let info2 = this._prepareRequest(verb, parsedUrl, headers);
          const maxTries = this._allowRetries && RetryableHttpVerbs.includes(verb) ? this._maxRetries + 1 : 1;
          let numTries = 0;
          let response;
          do {
            response = yield this.requestRaw(info2, data);
            if (response && response.message && response.message.statusCode === HttpCodes.Unauthorized) {
              let authenticationHandler;
              for (const handler2 of this.handlers) {
                if (handler2.canHandleAuthentication(response)) {
                  authenticationHandler = handler2;
                  break;
                }
              }
              if (authenticationHandler) {
                return authenticationHandler.handleAuthentication(this, info2, data);
              } else {
                return response;
              }
            }
            let redirectsRemaining = this._maxRedirects;
            while (response.message.statusCode && HttpRedirectCodes.includes(response.message.statusCode) && this._allowRedirects && redirectsRemaining > 0) {
              const redirectUrl = response.message.headers["location"];
              if (!redirectUrl) {
                break;
              }
              const parsedRedirectUrl = new URL(redirectUrl);
              if (parsedUrl.protocol === "https:" && parsedUrl.protocol !== parsedRedirectUrl.protocol && !this._allowRedirectDowngrade) {
                throw new Error("Redirect from HTTPS to HTTP protocol. This downgrade is not allowed for security reasons. If you want to allow this behavior, set the allowRedirectDowngrade option to true.");
              }
              yield response.readBody();
              if (parsedRedirectUrl.hostname !== parsedUrl.hostname) {
                for (const header in headers) {
                  if (header.toLowerCase() === "authorization") {
                    delete headers[header];
                  }
                }
              }
              info2 = this._prepareRequest(verb, parsedRedirectUrl, headers);
              response = yield this.requestRaw(info2, data);
              redirectsRemaining--;
            }
            if (!response.message.statusCode || !HttpResponseRetryCodes.includes(response.message.statusCode)) {
              return response;
            }
            numTries += 1;
            if (numTries < maxTries) {
              yield response.readBody();
              yield this._performExponentialBackoff(numTries);
            }
          } while (numTries < maxTries);
          return response;
        });
      }
      /**
       * Needs to be called if keepAlive is set to true in request options.
       */
      dispose() {
        if (this._agent) {
          this._agent.destroy();
        }
        this._disposed = true;
      }
      /**
       * Raw request.
       * @param info
       * @param data
       */
      requestRaw(info2, data) {
        return __awaiter2(this, void 0, void 0, function* () {
          return new Promise((resolve, reject) => {
            function callbackForResult(err, res) {
              if (err) {
                reject(err);
              } else if (!res) {
                reject(new Error("Unknown error"));
              } else {
                resolve(res);
              }
            }
            this.requestRawWithCallback(info2, data, callbackForResult);
          });
        });
      }
      /**
       * Raw request with callback.
       * @param info
       * @param data
       * @param onResult
       */
      requestRawWithCallback(info2, data, onResult) {
        if (typeof data === "string") {
          if (!info2.options.headers) {
            info2.options.headers = {};
          }
          info2.options.headers["Content-Length"] = Buffer.byteLength(data, "utf8");
        }
        let callbackCalled = false;
        function handleResult(err, res) {
          if (!callbackCalled) {
            callbackCalled = true;
            onResult(err, res);
          }
        }
        const req = info2.httpModule.request(info2.options, (msg) => {
          const res = new HttpClientResponse(msg);
          handleResult(void 0, res);
        });
        let socket;
        req.on("socket", (sock) => {
          socket = sock;
        });
        req.setTimeout(this._socketTimeout || 3 * 6e4, () => {
          if (socket) {
            socket.end();
          }
          handleResult(new Error(`Request timeout: ${info2.options.path}`));
        });
        req.on("error", function(err) {
          handleResult(err);
        });
        if (data && typeof data === "string") {
          req.write(data, "utf8");
        }
        if (data && typeof data !== "string") {
          data.on("close", function() {
            req.end();
          });
          data.pipe(req);
        } else {
          req.end();
        }
      }
      /**
       * Gets an http agent. This function is useful when you need an http agent that handles
       * routing through a proxy server - depending upon the url and proxy environment variables.
       * @param serverUrl  The server URL where the request will be sent. For example, https://api.github.com
       */
      getAgent(serverUrl) {
        const parsedUrl = new URL(serverUrl);
        return this._getAgent(parsedUrl);
      }
      getAgentDispatcher(serverUrl) {
        const parsedUrl = new URL(serverUrl);
        const proxyUrl = pm.getProxyUrl(parsedUrl);
        const useProxy = proxyUrl && proxyUrl.hostname;
        if (!useProxy) {
          return;
        }
        return this._getProxyAgentDispatcher(parsedUrl, proxyUrl);
      }
      _prepareRequest(method, requestUrl, headers) {
        const info2 = {};
        info2.parsedUrl = requestUrl;
        const usingSsl = info2.parsedUrl.protocol === "https:";
        info2.httpModule = usingSsl ? https : http;
        const defaultPort = usingSsl ? 443 : 80;
        info2.options = {};
        info2.options.host = info2.parsedUrl.hostname;
        info2.options.port = info2.parsedUrl.port ? parseInt(info2.parsedUrl.port) : defaultPort;
        info2.options.path = (info2.parsedUrl.pathname || "") + (info2.parsedUrl.search || "");
        info2.options.method = method;
        info2.options.headers = this._mergeHeaders(headers);
        if (this.userAgent != null) {
          info2.options.headers["user-agent"] = this.userAgent;
        }
        info2.options.agent = this._getAgent(info2.parsedUrl);
        if (this.handlers) {
          for (const handler2 of this.handlers) {
            handler2.prepareRequest(info2.options);
          }
        }
        return info2;
      }
      _mergeHeaders(headers) {
        if (this.requestOptions && this.requestOptions.headers) {
          return Object.assign({}, lowercaseKeys2(this.requestOptions.headers), lowercaseKeys2(headers || {}));
        }
        return lowercaseKeys2(headers || {});
      }
      /**
       * Gets an existing header value or returns a default.
       * Handles converting number header values to strings since HTTP headers must be strings.
       * Note: This returns string | string[] since some headers can have multiple values.
       * For headers that must always be a single string (like Content-Type), use the
       * specialized _getExistingOrDefaultContentTypeHeader method instead.
       */
      _getExistingOrDefaultHeader(additionalHeaders, header, _default) {
        let clientHeader;
        if (this.requestOptions && this.requestOptions.headers) {
          const headerValue = lowercaseKeys2(this.requestOptions.headers)[header];
          if (headerValue) {
            clientHeader = typeof headerValue === "number" ? headerValue.toString() : headerValue;
          }
        }
        const additionalValue = additionalHeaders[header];
        if (additionalValue !== void 0) {
          return typeof additionalValue === "number" ? additionalValue.toString() : additionalValue;
        }
        if (clientHeader !== void 0) {
          return clientHeader;
        }
        return _default;
      }
      /**
       * Specialized version of _getExistingOrDefaultHeader for Content-Type header.
       * Always returns a single string (not an array) since Content-Type should be a single value.
       * Converts arrays to comma-separated strings and numbers to strings to ensure type safety.
       * This was split from _getExistingOrDefaultHeader to provide stricter typing for callers
       * that assign the result to places expecting a string (e.g., additionalHeaders[Headers.ContentType]).
       */
      _getExistingOrDefaultContentTypeHeader(additionalHeaders, _default) {
        let clientHeader;
        if (this.requestOptions && this.requestOptions.headers) {
          const headerValue = lowercaseKeys2(this.requestOptions.headers)[Headers.ContentType];
          if (headerValue) {
            if (typeof headerValue === "number") {
              clientHeader = String(headerValue);
            } else if (Array.isArray(headerValue)) {
              clientHeader = headerValue.join(", ");
            } else {
              clientHeader = headerValue;
            }
          }
        }
        const additionalValue = additionalHeaders[Headers.ContentType];
        if (additionalValue !== void 0) {
          if (typeof additionalValue === "number") {
            return String(additionalValue);
          } else if (Array.isArray(additionalValue)) {
            return additionalValue.join(", ");
          } else {
            return additionalValue;
          }
        }
        if (clientHeader !== void 0) {
          return clientHeader;
        }
        return _default;
      }
      _getAgent(parsedUrl) {
        let agent;
        const proxyUrl = pm.getProxyUrl(parsedUrl);
        const useProxy = proxyUrl && proxyUrl.hostname;
        if (this._keepAlive && useProxy) {
          agent = this._proxyAgent;
        }
        if (!useProxy) {
          agent = this._agent;
        }
        if (agent) {
          return agent;
        }
        const usingSsl = parsedUrl.protocol === "https:";
        let maxSockets = 100;
        if (this.requestOptions) {
          maxSockets = this.requestOptions.maxSockets || http.globalAgent.maxSockets;
        }
        if (proxyUrl && proxyUrl.hostname) {
          const agentOptions = {
            maxSockets,
            keepAlive: this._keepAlive,
            proxy: Object.assign(Object.assign({}, (proxyUrl.username || proxyUrl.password) && {
              proxyAuth: `${proxyUrl.username}:${proxyUrl.password}`
            }), { host: proxyUrl.hostname, port: proxyUrl.port })
          };
          let tunnelAgent;
          const overHttps = proxyUrl.protocol === "https:";
          if (usingSsl) {
            tunnelAgent = overHttps ? tunnel.httpsOverHttps : tunnel.httpsOverHttp;
          } else {
            tunnelAgent = overHttps ? tunnel.httpOverHttps : tunnel.httpOverHttp;
          }
          agent = tunnelAgent(agentOptions);
          this._proxyAgent = agent;
        }
        if (!agent) {
          const options = { keepAlive: this._keepAlive, maxSockets };
          agent = usingSsl ? new https.Agent(options) : new http.Agent(options);
          this._agent = agent;
        }
        if (usingSsl && this._ignoreSslError) {
          agent.options = Object.assign(agent.options || {}, {
            rejectUnauthorized: false
          });
        }
        return agent;
      }
      _getProxyAgentDispatcher(parsedUrl, proxyUrl) {
        let proxyAgent;
        if (this._keepAlive) {
          proxyAgent = this._proxyAgentDispatcher;
        }
        if (proxyAgent) {
          return proxyAgent;
        }
        const usingSsl = parsedUrl.protocol === "https:";
        proxyAgent = new undici_1.ProxyAgent(Object.assign({ uri: proxyUrl.href, pipelining: !this._keepAlive ? 0 : 1 }, (proxyUrl.username || proxyUrl.password) && {
          token: `Basic ${Buffer.from(`${proxyUrl.username}:${proxyUrl.password}`).toString("base64")}`
        }));
        this._proxyAgentDispatcher = proxyAgent;
        if (usingSsl && this._ignoreSslError) {
          proxyAgent.options = Object.assign(proxyAgent.options.requestTls || {}, {
            rejectUnauthorized: false
          });
        }
        return proxyAgent;
      }
      _getUserAgentWithOrchestrationId(userAgent2) {
        const baseUserAgent = userAgent2 || "actions/http-client";
        const orchId = process.env["ACTIONS_ORCHESTRATION_ID"];
        if (orchId) {
          const sanitizedId = orchId.replace(/[^a-z0-9_.-]/gi, "_");
          return `${baseUserAgent} actions_orchestration_id/${sanitizedId}`;
        }
        return baseUserAgent;
      }
      _performExponentialBackoff(retryNumber) {
        return __awaiter2(this, void 0, void 0, function* () {
          retryNumber = Math.min(ExponentialBackoffCeiling, retryNumber);
          const ms = ExponentialBackoffTimeSlice * Math.pow(2, retryNumber);
          return new Promise((resolve) => setTimeout(() => resolve(), ms));
        });
      }
      _processResponse(res, options) {
        return __awaiter2(this, void 0, void 0, function* () {
          return new Promise((resolve, reject) => __awaiter2(this, void 0, void 0, function* () {
            const statusCode = res.message.statusCode || 0;
            const response = {
              statusCode,
              result: null,
              headers: {}
            };
            if (statusCode === HttpCodes.NotFound) {
              resolve(response);
            }
            function dateTimeDeserializer(key, value) {
              if (typeof value === "string") {
                const a = new Date(value);
                if (!isNaN(a.valueOf())) {
                  return a;
                }
              }
              return value;
            }
            let obj;
            let contents;
            try {
              contents = yield res.readBody();
              if (contents && contents.length > 0) {
                if (options && options.deserializeDates) {
                  obj = JSON.parse(contents, dateTimeDeserializer);
                } else {
                  obj = JSON.parse(contents);
                }
                response.result = obj;
              }
              response.headers = res.message.headers;
            } catch (err) {
            }
            if (statusCode > 299) {
              let msg;
              if (obj && obj.message) {
                msg = obj.message;
              } else if (contents && contents.length > 0) {
                msg = contents;
              } else {
                msg = `Failed request: (${statusCode})`;
              }
              const err = new HttpClientError(msg, statusCode);
              err.result = response.result;
              reject(err);
            } else {
              resolve(response);
            }
          }));
        });
      }
    };
    exports.HttpClient = HttpClient2;
    var lowercaseKeys2 = (obj) => Object.keys(obj).reduce((c, k) => (c[k.toLowerCase()] = obj[k], c), {});
  }
});

// src/shared/findings.ts
function error(rule, message, location, related) {
  return { severity: "error", rule, message, ...location ? { location } : {}, ...related ? { related } : {} };
}
function warning(rule, message, location) {
  return { severity: "warning", rule, message, ...location ? { location } : {} };
}
function hasErrors(findings) {
  return findings.some((f) => f.severity === "error");
}
function formatFinding(f) {
  const where2 = f.location ? `${f.location.file}:${f.location.line}:${f.location.column}: ` : "";
  return `${where2}${f.severity}[${f.rule}]: ${f.message}`;
}
function sortFindings(findings) {
  return [...findings].sort((a, b) => {
    const fa = a.location?.file ?? "";
    const fb = b.location?.file ?? "";
    if (fa !== fb) return fa < fb ? -1 : 1;
    const la = a.location?.line ?? 0;
    const lb = b.location?.line ?? 0;
    if (la !== lb) return la - lb;
    const ca = a.location?.column ?? 0;
    const cb = b.location?.column ?? 0;
    if (ca !== cb) return ca - cb;
    return a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : 0;
  });
}

// src/shared/version.ts
var VERSION = "0.1.0";
var ACTION_REPOSITORY = "tailpolicy/tailpolicy";

// src/shared/suggest.ts
function editDistance(a, b) {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0];
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = row[j];
      row[j] = Math.min(row[j] + 1, row[j - 1] + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = tmp;
    }
  }
  return row[b.length];
}
function closest(name, candidates2, maxDistance) {
  let best;
  let bestDistance = maxDistance + 1;
  for (const candidate of candidates2) {
    const d = editDistance(name.toLowerCase(), candidate.toLowerCase());
    if (d < bestDistance) {
      bestDistance = d;
      best = candidate;
    }
  }
  return best;
}

// src/shared/safe-pattern.ts
var MAX_TICKET_LENGTH = 200;
var STEP_BUDGET = 1e7;
function unsafePattern(pattern) {
  const stack = [{ complex: false, alternation: false }];
  let last;
  let work = 1;
  const n = MAX_TICKET_LENGTH + 1;
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i];
    const top = stack[stack.length - 1];
    if (c === "\\") {
      const next = pattern[i + 1] ?? "";
      if (/[1-9]/.test(next) || next === "k") return "it uses a backreference, which can take exponential time";
      if ((next === "u" || next === "p" || next === "P") && pattern[i + 2] === "{") i = pattern.indexOf("}", i) >>> 0;
      else i++;
      last = "atom";
    } else if (c === "[") {
      for (i++; i < pattern.length && pattern[i] !== "]"; i++) if (pattern[i] === "\\") i++;
      last = "atom";
    } else if (c === "(") {
      stack.push({ complex: false, alternation: false });
      if (pattern[i + 1] === "?") {
        i += pattern[i + 2] === "<" && pattern[i + 3] !== "=" && pattern[i + 3] !== "!" ? pattern.indexOf(">", i) - i : 2;
        if (pattern[i] === "<") i++;
      }
      last = void 0;
    } else if (c === ")") {
      const frame = stack.length > 1 ? stack.pop() : top;
      const parent = stack[stack.length - 1];
      parent.complex ||= frame.complex || frame.alternation;
      last = frame;
    } else if (c === "|") {
      top.alternation = true;
      last = void 0;
    } else if (c === "*" || c === "+" || c === "?" || c === "{" && /^\{\d+(,\d*)?\}/.test(pattern.slice(i))) {
      let max = 1;
      if (c === "*" || c === "+") max = Infinity;
      else if (c === "{") {
        const m = /^\{(\d+)(,(\d*))?\}/.exec(pattern.slice(i));
        max = m[2] === void 0 ? Number(m[1]) : m[3] === "" ? Infinity : Number(m[3]);
        i += m[0].length - 1;
      }
      if (pattern[i + 1] === "?" || pattern[i + 1] === "+") i++;
      if (max > 1 && last !== void 0 && last !== "atom" && (last.complex || last.alternation)) {
        return 'a repeated group contains another quantifier or an alternation (like "(a+)+" or "(a|b)*"), which can take exponential time';
      }
      if (max > 1) work *= Math.min(max, n) + 1;
      top.complex = true;
      last = "atom";
    } else {
      last = "atom";
    }
  }
  const anchored = pattern.startsWith("^") && !stack[0].alternation;
  if (!anchored) work *= n;
  if (work > STEP_BUDGET) {
    return "its quantifiers together can take too long on a long ticket; use fewer repetitions, bound them ({1,8}), or anchor the pattern with ^";
  }
  return void 0;
}

// src/policy/schemas.ts
var SCHEMA_BASE = `https://unpkg.com/tailpolicy@${VERSION}/schemas`;
var PATTERNS = {
  principal: "^(?:group:[A-Za-z0-9][\\w.@-]*|[^\\s@:]+@[^\\s@:]+)$",
  login: "^[^\\s@:]+@[^\\s@:]+$",
  duration: "^[1-9][0-9]{0,5}[mhd]$",
  timestamp: "^[0-9]{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12][0-9]|3[01])[Tt ](?:[01][0-9]|2[0-3]):[0-5][0-9](?::[0-5][0-9](?:\\.[0-9]{1,9})?)?(?:[Zz]|[+-][0-9]{2}:[0-9]{2})$",
  domain: "^(?=.{1,253}$)(?!-)[A-Za-z0-9-]{1,63}(?:\\.[A-Za-z0-9-]{1,63})*\\.?$",
  resolver: "^(?:(?:(?:25[0-5]|2[0-4][0-9]|[01]?[0-9]?[0-9])\\.){3}(?:25[0-5]|2[0-4][0-9]|[01]?[0-9]?[0-9])|(?=[0-9A-Fa-f:]*:)(?!.*::.*::)[0-9A-Fa-f:]+|https://\\S+)$"
};
var principal = {
  type: "string",
  pattern: PATTERNS.principal,
  description: "A login name (alice@example.com) or a group of the policy (group:sre)."
};
var principals = { type: "array", items: principal, minItems: 1, uniqueItems: true };
var duration = {
  type: "string",
  pattern: PATTERNS.duration,
  description: "A duration in whole minutes, hours or days: 90m, 8h or 7d."
};
var timestamp = {
  type: "string",
  pattern: PATTERNS.timestamp,
  description: "An RFC 3339 time with Z or an offset, e.g. 2026-11-22T02:00:00Z. A bare date is refused."
};
var regex = {
  type: "string",
  minLength: 1,
  description: "A regular expression (JavaScript syntax); a grant must then carry a matching ticket, e.g. ^INC-[0-9]+$."
};
var domain = {
  type: "string",
  pattern: PATTERNS.domain,
  description: "A domain name, e.g. corp.example.com."
};
var resolver = {
  type: "string",
  pattern: PATTERNS.resolver,
  description: "A resolver: an IPv4 or IPv6 address (10.0.0.53) or a DNS-over-HTTPS URL (https://\u2026)."
};
var ruleList = (what2) => ({
  type: "array",
  minItems: 1,
  description: `Tailscale ${what2} entries without "src": the grantees become the source.`,
  items: { type: "object", not: { required: ["src"] } }
});
var enforce = {
  enum: ["posture"],
  description: "posture: Tailscale itself enforces the expiry through a custom device posture attribute, even if no workflow runs."
};
var grantSchema = {
  $schema: "http://json-schema.org/draft-07/schema#",
  $id: `${SCHEMA_BASE}/grant.schema.json`,
  title: "tailpolicy grant",
  description: "One time-bound access grant (a file under grants/).",
  type: "object",
  additionalProperties: false,
  required: ["grantees", "reason"],
  // A grant ends: `expires`, or `duration` counted from the merge, never both, and `starts` never
  // with `duration`. For editors; buildGrant reports these itself, with the fix.
  anyOf: [{ required: ["expires"] }, { required: ["duration"] }],
  not: { anyOf: [{ required: ["expires", "duration"] }, { required: ["starts", "duration"] }] },
  properties: {
    grantees: {
      description: "Who gets access: login names or groups of the policy; a single string or a list.",
      anyOf: [principal, principals]
    },
    resource: { type: "string", minLength: 1, description: "A resource named in policy/access.yaml." },
    reason: { type: "string", minLength: 1, maxLength: 1e3, description: "Why the access is needed." },
    expires: timestamp,
    duration: {
      ...duration,
      description: "Instead of expires: how long the access lasts from the moment this file reached the default branch (90m, 8h, 7d)."
    },
    starts: timestamp,
    ticket: { type: "string", minLength: 1, maxLength: 200, description: "A ticket or incident id." },
    grants: ruleList("grant"),
    ssh: ruleList("SSH rule")
  }
};
var approvalFields = {
  maxDuration: duration,
  eligible: { ...principals, description: "Who may be a grantee (default: anyone)." },
  approvers: { ...principals, description: "Whose approving review counts." },
  approvals: { type: "integer", minimum: 1, maximum: 10, description: "How many distinct approvers (default 1)." },
  ticket: regex,
  enforce
};
var reminder = {
  ...duration,
  description: "Mention the grantees on the grant's pull request once, this long before it expires (90m, 8h, 1d), with the command that extends it."
};
var accessSchema = {
  $schema: "http://json-schema.org/draft-07/schema#",
  $id: `${SCHEMA_BASE}/access.schema.json`,
  title: "tailpolicy access.yaml",
  description: "Requestable resources, their approvers and limits, and the people who approve.",
  type: "object",
  additionalProperties: false,
  properties: {
    people: {
      type: "object",
      description: "Login name -> GitHub login, for approvals and mentions.",
      propertyNames: { pattern: PATTERNS.login, description: "A login name, e.g. alice@example.com." },
      additionalProperties: { type: "string", pattern: "^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})(?:\\[bot\\])?$" }
    },
    resources: {
      type: "object",
      propertyNames: { pattern: "^[a-z0-9][a-z0-9._-]{0,62}$" },
      additionalProperties: {
        type: "object",
        additionalProperties: false,
        required: ["maxDuration", "approvers"],
        anyOf: [{ required: ["grants"] }, { required: ["ssh"] }],
        properties: {
          description: { type: "string" },
          grants: ruleList("grant"),
          ssh: ruleList("SSH rule"),
          ...approvalFields,
          reminder,
          standing: {
            enum: ["none"],
            description: "none: nobody may reach this resource's destinations without a grant; a base rule that does is an error."
          }
        }
      }
    },
    inline: {
      type: "object",
      additionalProperties: false,
      required: ["maxDuration", "approvers"],
      description: "When present, grant files may carry their own rules; these limits and approvers apply.",
      properties: approvalFields
    },
    enforce,
    reminder: { ...reminder, description: `${reminder.description} The default for every resource.` }
  }
};
var dnsSchema = {
  $schema: "http://json-schema.org/draft-07/schema#",
  $id: `${SCHEMA_BASE}/dns.schema.json`,
  title: "tailpolicy dns.yaml",
  description: "DNS settings of the tailnet. An absent setting is left as it is; a present one is made exactly so.",
  type: "object",
  additionalProperties: false,
  properties: {
    splitDNS: {
      type: "object",
      description: "Domain -> resolvers. The whole map is managed: a domain removed here is removed from the tailnet.",
      propertyNames: { pattern: PATTERNS.domain, description: "A domain name, e.g. corp.example.com." },
      additionalProperties: { type: "array", minItems: 1, items: resolver }
    },
    nameservers: { type: "array", items: resolver },
    searchPaths: { type: "array", items: domain },
    magicDNS: { type: "boolean" }
  }
};

// src/policy/validators.ts
var grant = validate10;
var schema11 = { "$schema": "http://json-schema.org/draft-07/schema#", "$id": "https://unpkg.com/tailpolicy@0.1.0/schemas/grant.schema.json", "title": "tailpolicy grant", "description": "One time-bound access grant (a file under grants/).", "type": "object", "additionalProperties": false, "required": ["grantees", "reason"], "anyOf": [{ "required": ["expires"] }, { "required": ["duration"] }], "not": { "anyOf": [{ "required": ["expires", "duration"] }, { "required": ["starts", "duration"] }] }, "properties": { "grantees": { "description": "Who gets access: login names or groups of the policy; a single string or a list.", "anyOf": [{ "type": "string", "pattern": "^(?:group:[A-Za-z0-9][\\w.@-]*|[^\\s@:]+@[^\\s@:]+)$", "description": "A login name (alice@example.com) or a group of the policy (group:sre)." }, { "type": "array", "items": { "type": "string", "pattern": "^(?:group:[A-Za-z0-9][\\w.@-]*|[^\\s@:]+@[^\\s@:]+)$", "description": "A login name (alice@example.com) or a group of the policy (group:sre)." }, "minItems": 1, "uniqueItems": true }] }, "resource": { "type": "string", "minLength": 1, "description": "A resource named in policy/access.yaml." }, "reason": { "type": "string", "minLength": 1, "maxLength": 1e3, "description": "Why the access is needed." }, "expires": { "type": "string", "pattern": "^[0-9]{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12][0-9]|3[01])[Tt ](?:[01][0-9]|2[0-3]):[0-5][0-9](?::[0-5][0-9](?:\\.[0-9]{1,9})?)?(?:[Zz]|[+-][0-9]{2}:[0-9]{2})$", "description": "An RFC 3339 time with Z or an offset, e.g. 2026-11-22T02:00:00Z. A bare date is refused." }, "duration": { "type": "string", "pattern": "^[1-9][0-9]{0,5}[mhd]$", "description": "Instead of expires: how long the access lasts from the moment this file reached the default branch (90m, 8h, 7d)." }, "starts": { "type": "string", "pattern": "^[0-9]{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12][0-9]|3[01])[Tt ](?:[01][0-9]|2[0-3]):[0-5][0-9](?::[0-5][0-9](?:\\.[0-9]{1,9})?)?(?:[Zz]|[+-][0-9]{2}:[0-9]{2})$", "description": "An RFC 3339 time with Z or an offset, e.g. 2026-11-22T02:00:00Z. A bare date is refused." }, "ticket": { "type": "string", "minLength": 1, "maxLength": 200, "description": "A ticket or incident id." }, "grants": { "type": "array", "minItems": 1, "description": 'Tailscale grant entries without "src": the grantees become the source.', "items": { "type": "object", "not": { "required": ["src"] } } }, "ssh": { "type": "array", "minItems": 1, "description": 'Tailscale SSH rule entries without "src": the grantees become the source.', "items": { "type": "object", "not": { "required": ["src"] } } } } };
var func2 = Object.prototype.hasOwnProperty;
var func3 = require_ucs2length().default;
var pattern0 = new RegExp("^(?:group:[A-Za-z0-9][\\w.@-]*|[^\\s@:]+@[^\\s@:]+)$", "u");
var pattern2 = new RegExp("^[0-9]{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12][0-9]|3[01])[Tt ](?:[01][0-9]|2[0-3]):[0-5][0-9](?::[0-5][0-9](?:\\.[0-9]{1,9})?)?(?:[Zz]|[+-][0-9]{2}:[0-9]{2})$", "u");
var pattern3 = new RegExp("^[1-9][0-9]{0,5}[mhd]$", "u");
function validate10(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  const _errs1 = errors;
  const _errs2 = errors;
  const _errs3 = errors;
  let valid1 = false;
  const _errs4 = errors;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    let missing0;
    if (data.expires === void 0 && (missing0 = "expires") || data.duration === void 0 && (missing0 = "duration")) {
      const err0 = {};
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
  }
  var _valid0 = _errs4 === errors;
  valid1 = valid1 || _valid0;
  if (!valid1) {
    const _errs5 = errors;
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing1;
      if (data.starts === void 0 && (missing1 = "starts") || data.duration === void 0 && (missing1 = "duration")) {
        const err1 = {};
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    var _valid0 = _errs5 === errors;
    valid1 = valid1 || _valid0;
  }
  if (!valid1) {
    const err2 = {};
    if (vErrors === null) {
      vErrors = [err2];
    } else {
      vErrors.push(err2);
    }
    errors++;
  } else {
    errors = _errs3;
    if (vErrors !== null) {
      if (_errs3) {
        vErrors.length = _errs3;
      } else {
        vErrors = null;
      }
    }
  }
  var valid0 = _errs2 === errors;
  if (valid0) {
    const err3 = { instancePath, schemaPath: "#/not", keyword: "not", params: {}, message: "must NOT be valid", schema: schema11.not, parentSchema: schema11, data };
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
  const _errs6 = errors;
  let valid2 = false;
  const _errs7 = errors;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.expires === void 0) {
      const err4 = { instancePath, schemaPath: "#/anyOf/0/required", keyword: "required", params: { missingProperty: "expires" }, message: "must have required property 'expires'", schema: schema11.anyOf[0].required, parentSchema: schema11.anyOf[0], data };
      if (vErrors === null) {
        vErrors = [err4];
      } else {
        vErrors.push(err4);
      }
      errors++;
    }
  }
  var _valid1 = _errs7 === errors;
  valid2 = valid2 || _valid1;
  if (!valid2) {
    const _errs8 = errors;
    if (data && typeof data == "object" && !Array.isArray(data)) {
      if (data.duration === void 0) {
        const err5 = { instancePath, schemaPath: "#/anyOf/1/required", keyword: "required", params: { missingProperty: "duration" }, message: "must have required property 'duration'", schema: schema11.anyOf[1].required, parentSchema: schema11.anyOf[1], data };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    var _valid1 = _errs8 === errors;
    valid2 = valid2 || _valid1;
  }
  if (!valid2) {
    const err6 = { instancePath, schemaPath: "#/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf", schema: schema11.anyOf, parentSchema: schema11, data };
    if (vErrors === null) {
      vErrors = [err6];
    } else {
      vErrors.push(err6);
    }
    errors++;
  } else {
    errors = _errs6;
    if (vErrors !== null) {
      if (_errs6) {
        vErrors.length = _errs6;
      } else {
        vErrors = null;
      }
    }
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.grantees === void 0) {
      const err7 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "grantees" }, message: "must have required property 'grantees'", schema: schema11.required, parentSchema: schema11, data };
      if (vErrors === null) {
        vErrors = [err7];
      } else {
        vErrors.push(err7);
      }
      errors++;
    }
    if (data.reason === void 0) {
      const err8 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "reason" }, message: "must have required property 'reason'", schema: schema11.required, parentSchema: schema11, data };
      if (vErrors === null) {
        vErrors = [err8];
      } else {
        vErrors.push(err8);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!func2.call(schema11.properties, key0)) {
        const err9 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11, data };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
    }
    if (data.grantees !== void 0) {
      let data0 = data.grantees;
      const _errs11 = errors;
      let valid4 = false;
      const _errs12 = errors;
      if (typeof data0 === "string") {
        if (!pattern0.test(data0)) {
          const err10 = { instancePath: instancePath + "/grantees", schemaPath: "#/properties/grantees/anyOf/0/pattern", keyword: "pattern", params: { pattern: "^(?:group:[A-Za-z0-9][\\w.@-]*|[^\\s@:]+@[^\\s@:]+)$" }, message: 'must match pattern "^(?:group:[A-Za-z0-9][\\w.@-]*|[^\\s@:]+@[^\\s@:]+)$"', schema: "^(?:group:[A-Za-z0-9][\\w.@-]*|[^\\s@:]+@[^\\s@:]+)$", parentSchema: schema11.properties.grantees.anyOf[0], data: data0 };
          if (vErrors === null) {
            vErrors = [err10];
          } else {
            vErrors.push(err10);
          }
          errors++;
        }
      } else {
        const err11 = { instancePath: instancePath + "/grantees", schemaPath: "#/properties/grantees/anyOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.grantees.anyOf[0].type, parentSchema: schema11.properties.grantees.anyOf[0], data: data0 };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
      var _valid2 = _errs12 === errors;
      valid4 = valid4 || _valid2;
      if (!valid4) {
        const _errs14 = errors;
        if (Array.isArray(data0)) {
          if (data0.length < 1) {
            const err12 = { instancePath: instancePath + "/grantees", schemaPath: "#/properties/grantees/anyOf/1/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema11.properties.grantees.anyOf[1], data: data0 };
            if (vErrors === null) {
              vErrors = [err12];
            } else {
              vErrors.push(err12);
            }
            errors++;
          }
          const len0 = data0.length;
          for (let i0 = 0; i0 < len0; i0++) {
            let data1 = data0[i0];
            if (typeof data1 === "string") {
              if (!pattern0.test(data1)) {
                const err13 = { instancePath: instancePath + "/grantees/" + i0, schemaPath: "#/properties/grantees/anyOf/1/items/pattern", keyword: "pattern", params: { pattern: "^(?:group:[A-Za-z0-9][\\w.@-]*|[^\\s@:]+@[^\\s@:]+)$" }, message: 'must match pattern "^(?:group:[A-Za-z0-9][\\w.@-]*|[^\\s@:]+@[^\\s@:]+)$"', schema: "^(?:group:[A-Za-z0-9][\\w.@-]*|[^\\s@:]+@[^\\s@:]+)$", parentSchema: schema11.properties.grantees.anyOf[1].items, data: data1 };
                if (vErrors === null) {
                  vErrors = [err13];
                } else {
                  vErrors.push(err13);
                }
                errors++;
              }
            } else {
              const err14 = { instancePath: instancePath + "/grantees/" + i0, schemaPath: "#/properties/grantees/anyOf/1/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.grantees.anyOf[1].items.type, parentSchema: schema11.properties.grantees.anyOf[1].items, data: data1 };
              if (vErrors === null) {
                vErrors = [err14];
              } else {
                vErrors.push(err14);
              }
              errors++;
            }
          }
          let i1 = data0.length;
          let j0;
          if (i1 > 1) {
            const indices0 = {};
            for (; i1--; ) {
              let item0 = data0[i1];
              if (typeof item0 !== "string") {
                continue;
              }
              if (typeof indices0[item0] == "number") {
                j0 = indices0[item0];
                const err15 = { instancePath: instancePath + "/grantees", schemaPath: "#/properties/grantees/anyOf/1/uniqueItems", keyword: "uniqueItems", params: { i: i1, j: j0 }, message: "must NOT have duplicate items (items ## " + j0 + " and " + i1 + " are identical)", schema: true, parentSchema: schema11.properties.grantees.anyOf[1], data: data0 };
                if (vErrors === null) {
                  vErrors = [err15];
                } else {
                  vErrors.push(err15);
                }
                errors++;
                break;
              }
              indices0[item0] = i1;
            }
          }
        } else {
          const err16 = { instancePath: instancePath + "/grantees", schemaPath: "#/properties/grantees/anyOf/1/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.grantees.anyOf[1].type, parentSchema: schema11.properties.grantees.anyOf[1], data: data0 };
          if (vErrors === null) {
            vErrors = [err16];
          } else {
            vErrors.push(err16);
          }
          errors++;
        }
        var _valid2 = _errs14 === errors;
        valid4 = valid4 || _valid2;
      }
      if (!valid4) {
        const err17 = { instancePath: instancePath + "/grantees", schemaPath: "#/properties/grantees/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf", schema: schema11.properties.grantees.anyOf, parentSchema: schema11.properties.grantees, data: data0 };
        if (vErrors === null) {
          vErrors = [err17];
        } else {
          vErrors.push(err17);
        }
        errors++;
      } else {
        errors = _errs11;
        if (vErrors !== null) {
          if (_errs11) {
            vErrors.length = _errs11;
          } else {
            vErrors = null;
          }
        }
      }
    }
    if (data.resource !== void 0) {
      let data2 = data.resource;
      if (typeof data2 === "string") {
        if (func3(data2) < 1) {
          const err18 = { instancePath: instancePath + "/resource", schemaPath: "#/properties/resource/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema11.properties.resource, data: data2 };
          if (vErrors === null) {
            vErrors = [err18];
          } else {
            vErrors.push(err18);
          }
          errors++;
        }
      } else {
        const err19 = { instancePath: instancePath + "/resource", schemaPath: "#/properties/resource/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.resource.type, parentSchema: schema11.properties.resource, data: data2 };
        if (vErrors === null) {
          vErrors = [err19];
        } else {
          vErrors.push(err19);
        }
        errors++;
      }
    }
    if (data.reason !== void 0) {
      let data3 = data.reason;
      if (typeof data3 === "string") {
        if (func3(data3) > 1e3) {
          const err20 = { instancePath: instancePath + "/reason", schemaPath: "#/properties/reason/maxLength", keyword: "maxLength", params: { limit: 1e3 }, message: "must NOT have more than 1000 characters", schema: 1e3, parentSchema: schema11.properties.reason, data: data3 };
          if (vErrors === null) {
            vErrors = [err20];
          } else {
            vErrors.push(err20);
          }
          errors++;
        }
        if (func3(data3) < 1) {
          const err21 = { instancePath: instancePath + "/reason", schemaPath: "#/properties/reason/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema11.properties.reason, data: data3 };
          if (vErrors === null) {
            vErrors = [err21];
          } else {
            vErrors.push(err21);
          }
          errors++;
        }
      } else {
        const err22 = { instancePath: instancePath + "/reason", schemaPath: "#/properties/reason/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.reason.type, parentSchema: schema11.properties.reason, data: data3 };
        if (vErrors === null) {
          vErrors = [err22];
        } else {
          vErrors.push(err22);
        }
        errors++;
      }
    }
    if (data.expires !== void 0) {
      let data4 = data.expires;
      if (typeof data4 === "string") {
        if (!pattern2.test(data4)) {
          const err23 = { instancePath: instancePath + "/expires", schemaPath: "#/properties/expires/pattern", keyword: "pattern", params: { pattern: "^[0-9]{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12][0-9]|3[01])[Tt ](?:[01][0-9]|2[0-3]):[0-5][0-9](?::[0-5][0-9](?:\\.[0-9]{1,9})?)?(?:[Zz]|[+-][0-9]{2}:[0-9]{2})$" }, message: 'must match pattern "^[0-9]{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12][0-9]|3[01])[Tt ](?:[01][0-9]|2[0-3]):[0-5][0-9](?::[0-5][0-9](?:\\.[0-9]{1,9})?)?(?:[Zz]|[+-][0-9]{2}:[0-9]{2})$"', schema: "^[0-9]{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12][0-9]|3[01])[Tt ](?:[01][0-9]|2[0-3]):[0-5][0-9](?::[0-5][0-9](?:\\.[0-9]{1,9})?)?(?:[Zz]|[+-][0-9]{2}:[0-9]{2})$", parentSchema: schema11.properties.expires, data: data4 };
          if (vErrors === null) {
            vErrors = [err23];
          } else {
            vErrors.push(err23);
          }
          errors++;
        }
      } else {
        const err24 = { instancePath: instancePath + "/expires", schemaPath: "#/properties/expires/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.expires.type, parentSchema: schema11.properties.expires, data: data4 };
        if (vErrors === null) {
          vErrors = [err24];
        } else {
          vErrors.push(err24);
        }
        errors++;
      }
    }
    if (data.duration !== void 0) {
      let data5 = data.duration;
      if (typeof data5 === "string") {
        if (!pattern3.test(data5)) {
          const err25 = { instancePath: instancePath + "/duration", schemaPath: "#/properties/duration/pattern", keyword: "pattern", params: { pattern: "^[1-9][0-9]{0,5}[mhd]$" }, message: 'must match pattern "^[1-9][0-9]{0,5}[mhd]$"', schema: "^[1-9][0-9]{0,5}[mhd]$", parentSchema: schema11.properties.duration, data: data5 };
          if (vErrors === null) {
            vErrors = [err25];
          } else {
            vErrors.push(err25);
          }
          errors++;
        }
      } else {
        const err26 = { instancePath: instancePath + "/duration", schemaPath: "#/properties/duration/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.duration.type, parentSchema: schema11.properties.duration, data: data5 };
        if (vErrors === null) {
          vErrors = [err26];
        } else {
          vErrors.push(err26);
        }
        errors++;
      }
    }
    if (data.starts !== void 0) {
      let data6 = data.starts;
      if (typeof data6 === "string") {
        if (!pattern2.test(data6)) {
          const err27 = { instancePath: instancePath + "/starts", schemaPath: "#/properties/starts/pattern", keyword: "pattern", params: { pattern: "^[0-9]{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12][0-9]|3[01])[Tt ](?:[01][0-9]|2[0-3]):[0-5][0-9](?::[0-5][0-9](?:\\.[0-9]{1,9})?)?(?:[Zz]|[+-][0-9]{2}:[0-9]{2})$" }, message: 'must match pattern "^[0-9]{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12][0-9]|3[01])[Tt ](?:[01][0-9]|2[0-3]):[0-5][0-9](?::[0-5][0-9](?:\\.[0-9]{1,9})?)?(?:[Zz]|[+-][0-9]{2}:[0-9]{2})$"', schema: "^[0-9]{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12][0-9]|3[01])[Tt ](?:[01][0-9]|2[0-3]):[0-5][0-9](?::[0-5][0-9](?:\\.[0-9]{1,9})?)?(?:[Zz]|[+-][0-9]{2}:[0-9]{2})$", parentSchema: schema11.properties.starts, data: data6 };
          if (vErrors === null) {
            vErrors = [err27];
          } else {
            vErrors.push(err27);
          }
          errors++;
        }
      } else {
        const err28 = { instancePath: instancePath + "/starts", schemaPath: "#/properties/starts/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.starts.type, parentSchema: schema11.properties.starts, data: data6 };
        if (vErrors === null) {
          vErrors = [err28];
        } else {
          vErrors.push(err28);
        }
        errors++;
      }
    }
    if (data.ticket !== void 0) {
      let data7 = data.ticket;
      if (typeof data7 === "string") {
        if (func3(data7) > 200) {
          const err29 = { instancePath: instancePath + "/ticket", schemaPath: "#/properties/ticket/maxLength", keyword: "maxLength", params: { limit: 200 }, message: "must NOT have more than 200 characters", schema: 200, parentSchema: schema11.properties.ticket, data: data7 };
          if (vErrors === null) {
            vErrors = [err29];
          } else {
            vErrors.push(err29);
          }
          errors++;
        }
        if (func3(data7) < 1) {
          const err30 = { instancePath: instancePath + "/ticket", schemaPath: "#/properties/ticket/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema11.properties.ticket, data: data7 };
          if (vErrors === null) {
            vErrors = [err30];
          } else {
            vErrors.push(err30);
          }
          errors++;
        }
      } else {
        const err31 = { instancePath: instancePath + "/ticket", schemaPath: "#/properties/ticket/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.ticket.type, parentSchema: schema11.properties.ticket, data: data7 };
        if (vErrors === null) {
          vErrors = [err31];
        } else {
          vErrors.push(err31);
        }
        errors++;
      }
    }
    if (data.grants !== void 0) {
      let data8 = data.grants;
      if (Array.isArray(data8)) {
        if (data8.length < 1) {
          const err32 = { instancePath: instancePath + "/grants", schemaPath: "#/properties/grants/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema11.properties.grants, data: data8 };
          if (vErrors === null) {
            vErrors = [err32];
          } else {
            vErrors.push(err32);
          }
          errors++;
        }
        const len1 = data8.length;
        for (let i2 = 0; i2 < len1; i2++) {
          let data9 = data8[i2];
          if (!(data9 && typeof data9 == "object" && !Array.isArray(data9))) {
            const err33 = { instancePath: instancePath + "/grants/" + i2, schemaPath: "#/properties/grants/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.grants.items.type, parentSchema: schema11.properties.grants.items, data: data9 };
            if (vErrors === null) {
              vErrors = [err33];
            } else {
              vErrors.push(err33);
            }
            errors++;
          }
          const _errs34 = errors;
          const _errs35 = errors;
          if (data9 && typeof data9 == "object" && !Array.isArray(data9)) {
            let missing2;
            if (data9.src === void 0 && (missing2 = "src")) {
              const err34 = {};
              if (vErrors === null) {
                vErrors = [err34];
              } else {
                vErrors.push(err34);
              }
              errors++;
            }
          }
          var valid10 = _errs35 === errors;
          if (valid10) {
            const err35 = { instancePath: instancePath + "/grants/" + i2, schemaPath: "#/properties/grants/items/not", keyword: "not", params: {}, message: "must NOT be valid", schema: schema11.properties.grants.items.not, parentSchema: schema11.properties.grants.items, data: data9 };
            if (vErrors === null) {
              vErrors = [err35];
            } else {
              vErrors.push(err35);
            }
            errors++;
          } else {
            errors = _errs34;
            if (vErrors !== null) {
              if (_errs34) {
                vErrors.length = _errs34;
              } else {
                vErrors = null;
              }
            }
          }
        }
      } else {
        const err36 = { instancePath: instancePath + "/grants", schemaPath: "#/properties/grants/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.grants.type, parentSchema: schema11.properties.grants, data: data8 };
        if (vErrors === null) {
          vErrors = [err36];
        } else {
          vErrors.push(err36);
        }
        errors++;
      }
    }
    if (data.ssh !== void 0) {
      let data10 = data.ssh;
      if (Array.isArray(data10)) {
        if (data10.length < 1) {
          const err37 = { instancePath: instancePath + "/ssh", schemaPath: "#/properties/ssh/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema11.properties.ssh, data: data10 };
          if (vErrors === null) {
            vErrors = [err37];
          } else {
            vErrors.push(err37);
          }
          errors++;
        }
        const len2 = data10.length;
        for (let i3 = 0; i3 < len2; i3++) {
          let data11 = data10[i3];
          if (!(data11 && typeof data11 == "object" && !Array.isArray(data11))) {
            const err38 = { instancePath: instancePath + "/ssh/" + i3, schemaPath: "#/properties/ssh/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.ssh.items.type, parentSchema: schema11.properties.ssh.items, data: data11 };
            if (vErrors === null) {
              vErrors = [err38];
            } else {
              vErrors.push(err38);
            }
            errors++;
          }
          const _errs40 = errors;
          const _errs41 = errors;
          if (data11 && typeof data11 == "object" && !Array.isArray(data11)) {
            let missing3;
            if (data11.src === void 0 && (missing3 = "src")) {
              const err39 = {};
              if (vErrors === null) {
                vErrors = [err39];
              } else {
                vErrors.push(err39);
              }
              errors++;
            }
          }
          var valid13 = _errs41 === errors;
          if (valid13) {
            const err40 = { instancePath: instancePath + "/ssh/" + i3, schemaPath: "#/properties/ssh/items/not", keyword: "not", params: {}, message: "must NOT be valid", schema: schema11.properties.ssh.items.not, parentSchema: schema11.properties.ssh.items, data: data11 };
            if (vErrors === null) {
              vErrors = [err40];
            } else {
              vErrors.push(err40);
            }
            errors++;
          } else {
            errors = _errs40;
            if (vErrors !== null) {
              if (_errs40) {
                vErrors.length = _errs40;
              } else {
                vErrors = null;
              }
            }
          }
        }
      } else {
        const err41 = { instancePath: instancePath + "/ssh", schemaPath: "#/properties/ssh/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.ssh.type, parentSchema: schema11.properties.ssh, data: data10 };
        if (vErrors === null) {
          vErrors = [err41];
        } else {
          vErrors.push(err41);
        }
        errors++;
      }
    }
  } else {
    const err42 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.type, parentSchema: schema11, data };
    if (vErrors === null) {
      vErrors = [err42];
    } else {
      vErrors.push(err42);
    }
    errors++;
  }
  validate10.errors = vErrors;
  return errors === 0;
}
var access = validate11;
var schema12 = { "$schema": "http://json-schema.org/draft-07/schema#", "$id": "https://unpkg.com/tailpolicy@0.1.0/schemas/access.schema.json", "title": "tailpolicy access.yaml", "description": "Requestable resources, their approvers and limits, and the people who approve.", "type": "object", "additionalProperties": false, "properties": { "people": { "type": "object", "description": "Login name -> GitHub login, for approvals and mentions.", "propertyNames": { "pattern": "^[^\\s@:]+@[^\\s@:]+$", "description": "A login name, e.g. alice@example.com." }, "additionalProperties": { "type": "string", "pattern": "^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})(?:\\[bot\\])?$" } }, "resources": { "type": "object", "propertyNames": { "pattern": "^[a-z0-9][a-z0-9._-]{0,62}$" }, "additionalProperties": { "type": "object", "additionalProperties": false, "required": ["maxDuration", "approvers"], "anyOf": [{ "required": ["grants"] }, { "required": ["ssh"] }], "properties": { "description": { "type": "string" }, "grants": { "type": "array", "minItems": 1, "description": 'Tailscale grant entries without "src": the grantees become the source.', "items": { "type": "object", "not": { "required": ["src"] } } }, "ssh": { "type": "array", "minItems": 1, "description": 'Tailscale SSH rule entries without "src": the grantees become the source.', "items": { "type": "object", "not": { "required": ["src"] } } }, "maxDuration": { "type": "string", "pattern": "^[1-9][0-9]{0,5}[mhd]$", "description": "A duration in whole minutes, hours or days: 90m, 8h or 7d." }, "eligible": { "type": "array", "items": { "type": "string", "pattern": "^(?:group:[A-Za-z0-9][\\w.@-]*|[^\\s@:]+@[^\\s@:]+)$", "description": "A login name (alice@example.com) or a group of the policy (group:sre)." }, "minItems": 1, "uniqueItems": true, "description": "Who may be a grantee (default: anyone)." }, "approvers": { "type": "array", "items": { "type": "string", "pattern": "^(?:group:[A-Za-z0-9][\\w.@-]*|[^\\s@:]+@[^\\s@:]+)$", "description": "A login name (alice@example.com) or a group of the policy (group:sre)." }, "minItems": 1, "uniqueItems": true, "description": "Whose approving review counts." }, "approvals": { "type": "integer", "minimum": 1, "maximum": 10, "description": "How many distinct approvers (default 1)." }, "ticket": { "type": "string", "minLength": 1, "description": "A regular expression (JavaScript syntax); a grant must then carry a matching ticket, e.g. ^INC-[0-9]+$." }, "enforce": { "enum": ["posture"], "description": "posture: Tailscale itself enforces the expiry through a custom device posture attribute, even if no workflow runs." }, "reminder": { "type": "string", "pattern": "^[1-9][0-9]{0,5}[mhd]$", "description": "Mention the grantees on the grant's pull request once, this long before it expires (90m, 8h, 1d), with the command that extends it." }, "standing": { "enum": ["none"], "description": "none: nobody may reach this resource's destinations without a grant; a base rule that does is an error." } } } }, "inline": { "type": "object", "additionalProperties": false, "required": ["maxDuration", "approvers"], "description": "When present, grant files may carry their own rules; these limits and approvers apply.", "properties": { "maxDuration": { "type": "string", "pattern": "^[1-9][0-9]{0,5}[mhd]$", "description": "A duration in whole minutes, hours or days: 90m, 8h or 7d." }, "eligible": { "type": "array", "items": { "type": "string", "pattern": "^(?:group:[A-Za-z0-9][\\w.@-]*|[^\\s@:]+@[^\\s@:]+)$", "description": "A login name (alice@example.com) or a group of the policy (group:sre)." }, "minItems": 1, "uniqueItems": true, "description": "Who may be a grantee (default: anyone)." }, "approvers": { "type": "array", "items": { "type": "string", "pattern": "^(?:group:[A-Za-z0-9][\\w.@-]*|[^\\s@:]+@[^\\s@:]+)$", "description": "A login name (alice@example.com) or a group of the policy (group:sre)." }, "minItems": 1, "uniqueItems": true, "description": "Whose approving review counts." }, "approvals": { "type": "integer", "minimum": 1, "maximum": 10, "description": "How many distinct approvers (default 1)." }, "ticket": { "type": "string", "minLength": 1, "description": "A regular expression (JavaScript syntax); a grant must then carry a matching ticket, e.g. ^INC-[0-9]+$." }, "enforce": { "enum": ["posture"], "description": "posture: Tailscale itself enforces the expiry through a custom device posture attribute, even if no workflow runs." } } }, "enforce": { "enum": ["posture"], "description": "posture: Tailscale itself enforces the expiry through a custom device posture attribute, even if no workflow runs." }, "reminder": { "type": "string", "pattern": "^[1-9][0-9]{0,5}[mhd]$", "description": "Mention the grantees on the grant's pull request once, this long before it expires (90m, 8h, 1d), with the command that extends it. The default for every resource." } } };
var pattern5 = new RegExp("^[^\\s@:]+@[^\\s@:]+$", "u");
var pattern6 = new RegExp("^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})(?:\\[bot\\])?$", "u");
var pattern7 = new RegExp("^[a-z0-9][a-z0-9._-]{0,62}$", "u");
function validate11(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(key0 === "people" || key0 === "resources" || key0 === "inline" || key0 === "enforce" || key0 === "reminder")) {
        const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema12, data };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
    if (data.people !== void 0) {
      let data0 = data.people;
      if (data0 && typeof data0 == "object" && !Array.isArray(data0)) {
        for (const key1 in data0) {
          const _errs4 = errors;
          if (typeof key1 === "string") {
            if (!pattern5.test(key1)) {
              const err1 = { instancePath: instancePath + "/people", schemaPath: "#/properties/people/propertyNames/pattern", keyword: "pattern", params: { pattern: "^[^\\s@:]+@[^\\s@:]+$" }, message: 'must match pattern "^[^\\s@:]+@[^\\s@:]+$"', schema: "^[^\\s@:]+@[^\\s@:]+$", parentSchema: schema12.properties.people.propertyNames, data: key1, propertyName: key1 };
              if (vErrors === null) {
                vErrors = [err1];
              } else {
                vErrors.push(err1);
              }
              errors++;
            }
          }
          var valid1 = _errs4 === errors;
          if (!valid1) {
            const err2 = { instancePath: instancePath + "/people", schemaPath: "#/properties/people/propertyNames", keyword: "propertyNames", params: { propertyName: key1 }, message: "property name must be valid", schema: schema12.properties.people.propertyNames, parentSchema: schema12.properties.people, data: data0 };
            if (vErrors === null) {
              vErrors = [err2];
            } else {
              vErrors.push(err2);
            }
            errors++;
          }
        }
        for (const key2 in data0) {
          let data1 = data0[key2];
          if (typeof data1 === "string") {
            if (!pattern6.test(data1)) {
              const err3 = { instancePath: instancePath + "/people/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/people/additionalProperties/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})(?:\\[bot\\])?$" }, message: 'must match pattern "^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})(?:\\[bot\\])?$"', schema: "^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})(?:\\[bot\\])?$", parentSchema: schema12.properties.people.additionalProperties, data: data1 };
              if (vErrors === null) {
                vErrors = [err3];
              } else {
                vErrors.push(err3);
              }
              errors++;
            }
          } else {
            const err4 = { instancePath: instancePath + "/people/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/people/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema12.properties.people.additionalProperties.type, parentSchema: schema12.properties.people.additionalProperties, data: data1 };
            if (vErrors === null) {
              vErrors = [err4];
            } else {
              vErrors.push(err4);
            }
            errors++;
          }
        }
      } else {
        const err5 = { instancePath: instancePath + "/people", schemaPath: "#/properties/people/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema12.properties.people.type, parentSchema: schema12.properties.people, data: data0 };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.resources !== void 0) {
      let data2 = data.resources;
      if (data2 && typeof data2 == "object" && !Array.isArray(data2)) {
        for (const key3 in data2) {
          const _errs10 = errors;
          if (typeof key3 === "string") {
            if (!pattern7.test(key3)) {
              const err6 = { instancePath: instancePath + "/resources", schemaPath: "#/properties/resources/propertyNames/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9][a-z0-9._-]{0,62}$" }, message: 'must match pattern "^[a-z0-9][a-z0-9._-]{0,62}$"', schema: "^[a-z0-9][a-z0-9._-]{0,62}$", parentSchema: schema12.properties.resources.propertyNames, data: key3, propertyName: key3 };
              if (vErrors === null) {
                vErrors = [err6];
              } else {
                vErrors.push(err6);
              }
              errors++;
            }
          }
          var valid3 = _errs10 === errors;
          if (!valid3) {
            const err7 = { instancePath: instancePath + "/resources", schemaPath: "#/properties/resources/propertyNames", keyword: "propertyNames", params: { propertyName: key3 }, message: "property name must be valid", schema: schema12.properties.resources.propertyNames, parentSchema: schema12.properties.resources, data: data2 };
            if (vErrors === null) {
              vErrors = [err7];
            } else {
              vErrors.push(err7);
            }
            errors++;
          }
        }
        for (const key4 in data2) {
          let data3 = data2[key4];
          const _errs14 = errors;
          let valid5 = false;
          const _errs15 = errors;
          if (data3 && typeof data3 == "object" && !Array.isArray(data3)) {
            if (data3.grants === void 0) {
              const err8 = { instancePath: instancePath + "/resources/" + key4.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/resources/additionalProperties/anyOf/0/required", keyword: "required", params: { missingProperty: "grants" }, message: "must have required property 'grants'", schema: schema12.properties.resources.additionalProperties.anyOf[0].required, parentSchema: schema12.properties.resources.additionalProperties.anyOf[0], data: data3 };
              if (vErrors === null) {
                vErrors = [err8];
              } else {
                vErrors.push(err8);
              }
              errors++;
            }
          }
          var _valid0 = _errs15 === errors;
          valid5 = valid5 || _valid0;
          if (!valid5) {
            const _errs16 = errors;
            if (data3 && typeof data3 == "object" && !Array.isArray(data3)) {
              if (data3.ssh === void 0) {
                const err9 = { instancePath: instancePath + "/resources/" + key4.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/resources/additionalProperties/anyOf/1/required", keyword: "required", params: { missingProperty: "ssh" }, message: "must have required property 'ssh'", schema: schema12.properties.resources.additionalProperties.anyOf[1].required, parentSchema: schema12.properties.resources.additionalProperties.anyOf[1], data: data3 };
                if (vErrors === null) {
                  vErrors = [err9];
                } else {
                  vErrors.push(err9);
                }
                errors++;
              }
            }
            var _valid0 = _errs16 === errors;
            valid5 = valid5 || _valid0;
          }
          if (!valid5) {
            const err10 = { instancePath: instancePath + "/resources/" + key4.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/resources/additionalProperties/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf", schema: schema12.properties.resources.additionalProperties.anyOf, parentSchema: schema12.properties.resources.additionalProperties, data: data3 };
            if (vErrors === null) {
              vErrors = [err10];
            } else {
              vErrors.push(err10);
            }
            errors++;
          } else {
            errors = _errs14;
            if (vErrors !== null) {
              if (_errs14) {
                vErrors.length = _errs14;
              } else {
                vErrors = null;
              }
            }
          }
          if (data3 && typeof data3 == "object" && !Array.isArray(data3)) {
            if (data3.maxDuration === void 0) {
              const err11 = { instancePath: instancePath + "/resources/" + key4.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/resources/additionalProperties/required", keyword: "required", params: { missingProperty: "maxDuration" }, message: "must have required property 'maxDuration'", schema: schema12.properties.resources.additionalProperties.required, parentSchema: schema12.properties.resources.additionalProperties, data: data3 };
              if (vErrors === null) {
                vErrors = [err11];
              } else {
                vErrors.push(err11);
              }
              errors++;
            }
            if (data3.approvers === void 0) {
              const err12 = { instancePath: instancePath + "/resources/" + key4.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/resources/additionalProperties/required", keyword: "required", params: { missingProperty: "approvers" }, message: "must have required property 'approvers'", schema: schema12.properties.resources.additionalProperties.required, parentSchema: schema12.properties.resources.additionalProperties, data: data3 };
              if (vErrors === null) {
                vErrors = [err12];
              } else {
                vErrors.push(err12);
              }
              errors++;
            }
            for (const key5 in data3) {
              if (!func2.call(schema12.properties.resources.additionalProperties.properties, key5)) {
                const err13 = { instancePath: instancePath + "/resources/" + key4.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/resources/additionalProperties/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key5 }, message: "must NOT have additional properties", schema: false, parentSchema: schema12.properties.resources.additionalProperties, data: data3 };
                if (vErrors === null) {
                  vErrors = [err13];
                } else {
                  vErrors.push(err13);
                }
                errors++;
              }
            }
            if (data3.description !== void 0) {
              let data4 = data3.description;
              if (typeof data4 !== "string") {
                const err14 = { instancePath: instancePath + "/resources/" + key4.replace(/~/g, "~0").replace(/\//g, "~1") + "/description", schemaPath: "#/properties/resources/additionalProperties/properties/description/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema12.properties.resources.additionalProperties.properties.description.type, parentSchema: schema12.properties.resources.additionalProperties.properties.description, data: data4 };
                if (vErrors === null) {
                  vErrors = [err14];
                } else {
                  vErrors.push(err14);
                }
                errors++;
              }
            }
            if (data3.grants !== void 0) {
              let data5 = data3.grants;
              if (Array.isArray(data5)) {
                if (data5.length < 1) {
                  const err15 = { instancePath: instancePath + "/resources/" + key4.replace(/~/g, "~0").replace(/\//g, "~1") + "/grants", schemaPath: "#/properties/resources/additionalProperties/properties/grants/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema12.properties.resources.additionalProperties.properties.grants, data: data5 };
                  if (vErrors === null) {
                    vErrors = [err15];
                  } else {
                    vErrors.push(err15);
                  }
                  errors++;
                }
                const len0 = data5.length;
                for (let i0 = 0; i0 < len0; i0++) {
                  let data6 = data5[i0];
                  if (!(data6 && typeof data6 == "object" && !Array.isArray(data6))) {
                    const err16 = { instancePath: instancePath + "/resources/" + key4.replace(/~/g, "~0").replace(/\//g, "~1") + "/grants/" + i0, schemaPath: "#/properties/resources/additionalProperties/properties/grants/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema12.properties.resources.additionalProperties.properties.grants.items.type, parentSchema: schema12.properties.resources.additionalProperties.properties.grants.items, data: data6 };
                    if (vErrors === null) {
                      vErrors = [err16];
                    } else {
                      vErrors.push(err16);
                    }
                    errors++;
                  }
                  const _errs24 = errors;
                  const _errs25 = errors;
                  if (data6 && typeof data6 == "object" && !Array.isArray(data6)) {
                    let missing0;
                    if (data6.src === void 0 && (missing0 = "src")) {
                      const err17 = {};
                      if (vErrors === null) {
                        vErrors = [err17];
                      } else {
                        vErrors.push(err17);
                      }
                      errors++;
                    }
                  }
                  var valid9 = _errs25 === errors;
                  if (valid9) {
                    const err18 = { instancePath: instancePath + "/resources/" + key4.replace(/~/g, "~0").replace(/\//g, "~1") + "/grants/" + i0, schemaPath: "#/properties/resources/additionalProperties/properties/grants/items/not", keyword: "not", params: {}, message: "must NOT be valid", schema: schema12.properties.resources.additionalProperties.properties.grants.items.not, parentSchema: schema12.properties.resources.additionalProperties.properties.grants.items, data: data6 };
                    if (vErrors === null) {
                      vErrors = [err18];
                    } else {
                      vErrors.push(err18);
                    }
                    errors++;
                  } else {
                    errors = _errs24;
                    if (vErrors !== null) {
                      if (_errs24) {
                        vErrors.length = _errs24;
                      } else {
                        vErrors = null;
                      }
                    }
                  }
                }
              } else {
                const err19 = { instancePath: instancePath + "/resources/" + key4.replace(/~/g, "~0").replace(/\//g, "~1") + "/grants", schemaPath: "#/properties/resources/additionalProperties/properties/grants/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema12.properties.resources.additionalProperties.properties.grants.type, parentSchema: schema12.properties.resources.additionalProperties.properties.grants, data: data5 };
                if (vErrors === null) {
                  vErrors = [err19];
                } else {
                  vErrors.push(err19);
                }
                errors++;
              }
            }
            if (data3.ssh !== void 0) {
              let data7 = data3.ssh;
              if (Array.isArray(data7)) {
                if (data7.length < 1) {
                  const err20 = { instancePath: instancePath + "/resources/" + key4.replace(/~/g, "~0").replace(/\//g, "~1") + "/ssh", schemaPath: "#/properties/resources/additionalProperties/properties/ssh/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema12.properties.resources.additionalProperties.properties.ssh, data: data7 };
                  if (vErrors === null) {
                    vErrors = [err20];
                  } else {
                    vErrors.push(err20);
                  }
                  errors++;
                }
                const len1 = data7.length;
                for (let i1 = 0; i1 < len1; i1++) {
                  let data8 = data7[i1];
                  if (!(data8 && typeof data8 == "object" && !Array.isArray(data8))) {
                    const err21 = { instancePath: instancePath + "/resources/" + key4.replace(/~/g, "~0").replace(/\//g, "~1") + "/ssh/" + i1, schemaPath: "#/properties/resources/additionalProperties/properties/ssh/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema12.properties.resources.additionalProperties.properties.ssh.items.type, parentSchema: schema12.properties.resources.additionalProperties.properties.ssh.items, data: data8 };
                    if (vErrors === null) {
                      vErrors = [err21];
                    } else {
                      vErrors.push(err21);
                    }
                    errors++;
                  }
                  const _errs30 = errors;
                  const _errs31 = errors;
                  if (data8 && typeof data8 == "object" && !Array.isArray(data8)) {
                    let missing1;
                    if (data8.src === void 0 && (missing1 = "src")) {
                      const err22 = {};
                      if (vErrors === null) {
                        vErrors = [err22];
                      } else {
                        vErrors.push(err22);
                      }
                      errors++;
                    }
                  }
                  var valid12 = _errs31 === errors;
                  if (valid12) {
                    const err23 = { instancePath: instancePath + "/resources/" + key4.replace(/~/g, "~0").replace(/\//g, "~1") + "/ssh/" + i1, schemaPath: "#/properties/resources/additionalProperties/properties/ssh/items/not", keyword: "not", params: {}, message: "must NOT be valid", schema: schema12.properties.resources.additionalProperties.properties.ssh.items.not, parentSchema: schema12.properties.resources.additionalProperties.properties.ssh.items, data: data8 };
                    if (vErrors === null) {
                      vErrors = [err23];
                    } else {
                      vErrors.push(err23);
                    }
                    errors++;
                  } else {
                    errors = _errs30;
                    if (vErrors !== null) {
                      if (_errs30) {
                        vErrors.length = _errs30;
                      } else {
                        vErrors = null;
                      }
                    }
                  }
                }
              } else {
                const err24 = { instancePath: instancePath + "/resources/" + key4.replace(/~/g, "~0").replace(/\//g, "~1") + "/ssh", schemaPath: "#/properties/resources/additionalProperties/properties/ssh/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema12.properties.resources.additionalProperties.properties.ssh.type, parentSchema: schema12.properties.resources.additionalProperties.properties.ssh, data: data7 };
                if (vErrors === null) {
                  vErrors = [err24];
                } else {
                  vErrors.push(err24);
                }
                errors++;
              }
            }
            if (data3.maxDuration !== void 0) {
              let data9 = data3.maxDuration;
              if (typeof data9 === "string") {
                if (!pattern3.test(data9)) {
                  const err25 = { instancePath: instancePath + "/resources/" + key4.replace(/~/g, "~0").replace(/\//g, "~1") + "/maxDuration", schemaPath: "#/properties/resources/additionalProperties/properties/maxDuration/pattern", keyword: "pattern", params: { pattern: "^[1-9][0-9]{0,5}[mhd]$" }, message: 'must match pattern "^[1-9][0-9]{0,5}[mhd]$"', schema: "^[1-9][0-9]{0,5}[mhd]$", parentSchema: schema12.properties.resources.additionalProperties.properties.maxDuration, data: data9 };
                  if (vErrors === null) {
                    vErrors = [err25];
                  } else {
                    vErrors.push(err25);
                  }
                  errors++;
                }
              } else {
                const err26 = { instancePath: instancePath + "/resources/" + key4.replace(/~/g, "~0").replace(/\//g, "~1") + "/maxDuration", schemaPath: "#/properties/resources/additionalProperties/properties/maxDuration/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema12.properties.resources.additionalProperties.properties.maxDuration.type, parentSchema: schema12.properties.resources.additionalProperties.properties.maxDuration, data: data9 };
                if (vErrors === null) {
                  vErrors = [err26];
                } else {
                  vErrors.push(err26);
                }
                errors++;
              }
            }
            if (data3.eligible !== void 0) {
              let data10 = data3.eligible;
              if (Array.isArray(data10)) {
                if (data10.length < 1) {
                  const err27 = { instancePath: instancePath + "/resources/" + key4.replace(/~/g, "~0").replace(/\//g, "~1") + "/eligible", schemaPath: "#/properties/resources/additionalProperties/properties/eligible/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema12.properties.resources.additionalProperties.properties.eligible, data: data10 };
                  if (vErrors === null) {
                    vErrors = [err27];
                  } else {
                    vErrors.push(err27);
                  }
                  errors++;
                }
                const len2 = data10.length;
                for (let i2 = 0; i2 < len2; i2++) {
                  let data11 = data10[i2];
                  if (typeof data11 === "string") {
                    if (!pattern0.test(data11)) {
                      const err28 = { instancePath: instancePath + "/resources/" + key4.replace(/~/g, "~0").replace(/\//g, "~1") + "/eligible/" + i2, schemaPath: "#/properties/resources/additionalProperties/properties/eligible/items/pattern", keyword: "pattern", params: { pattern: "^(?:group:[A-Za-z0-9][\\w.@-]*|[^\\s@:]+@[^\\s@:]+)$" }, message: 'must match pattern "^(?:group:[A-Za-z0-9][\\w.@-]*|[^\\s@:]+@[^\\s@:]+)$"', schema: "^(?:group:[A-Za-z0-9][\\w.@-]*|[^\\s@:]+@[^\\s@:]+)$", parentSchema: schema12.properties.resources.additionalProperties.properties.eligible.items, data: data11 };
                      if (vErrors === null) {
                        vErrors = [err28];
                      } else {
                        vErrors.push(err28);
                      }
                      errors++;
                    }
                  } else {
                    const err29 = { instancePath: instancePath + "/resources/" + key4.replace(/~/g, "~0").replace(/\//g, "~1") + "/eligible/" + i2, schemaPath: "#/properties/resources/additionalProperties/properties/eligible/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema12.properties.resources.additionalProperties.properties.eligible.items.type, parentSchema: schema12.properties.resources.additionalProperties.properties.eligible.items, data: data11 };
                    if (vErrors === null) {
                      vErrors = [err29];
                    } else {
                      vErrors.push(err29);
                    }
                    errors++;
                  }
                }
                let i3 = data10.length;
                let j0;
                if (i3 > 1) {
                  const indices0 = {};
                  for (; i3--; ) {
                    let item0 = data10[i3];
                    if (typeof item0 !== "string") {
                      continue;
                    }
                    if (typeof indices0[item0] == "number") {
                      j0 = indices0[item0];
                      const err30 = { instancePath: instancePath + "/resources/" + key4.replace(/~/g, "~0").replace(/\//g, "~1") + "/eligible", schemaPath: "#/properties/resources/additionalProperties/properties/eligible/uniqueItems", keyword: "uniqueItems", params: { i: i3, j: j0 }, message: "must NOT have duplicate items (items ## " + j0 + " and " + i3 + " are identical)", schema: true, parentSchema: schema12.properties.resources.additionalProperties.properties.eligible, data: data10 };
                      if (vErrors === null) {
                        vErrors = [err30];
                      } else {
                        vErrors.push(err30);
                      }
                      errors++;
                      break;
                    }
                    indices0[item0] = i3;
                  }
                }
              } else {
                const err31 = { instancePath: instancePath + "/resources/" + key4.replace(/~/g, "~0").replace(/\//g, "~1") + "/eligible", schemaPath: "#/properties/resources/additionalProperties/properties/eligible/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema12.properties.resources.additionalProperties.properties.eligible.type, parentSchema: schema12.properties.resources.additionalProperties.properties.eligible, data: data10 };
                if (vErrors === null) {
                  vErrors = [err31];
                } else {
                  vErrors.push(err31);
                }
                errors++;
              }
            }
            if (data3.approvers !== void 0) {
              let data12 = data3.approvers;
              if (Array.isArray(data12)) {
                if (data12.length < 1) {
                  const err32 = { instancePath: instancePath + "/resources/" + key4.replace(/~/g, "~0").replace(/\//g, "~1") + "/approvers", schemaPath: "#/properties/resources/additionalProperties/properties/approvers/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema12.properties.resources.additionalProperties.properties.approvers, data: data12 };
                  if (vErrors === null) {
                    vErrors = [err32];
                  } else {
                    vErrors.push(err32);
                  }
                  errors++;
                }
                const len3 = data12.length;
                for (let i4 = 0; i4 < len3; i4++) {
                  let data13 = data12[i4];
                  if (typeof data13 === "string") {
                    if (!pattern0.test(data13)) {
                      const err33 = { instancePath: instancePath + "/resources/" + key4.replace(/~/g, "~0").replace(/\//g, "~1") + "/approvers/" + i4, schemaPath: "#/properties/resources/additionalProperties/properties/approvers/items/pattern", keyword: "pattern", params: { pattern: "^(?:group:[A-Za-z0-9][\\w.@-]*|[^\\s@:]+@[^\\s@:]+)$" }, message: 'must match pattern "^(?:group:[A-Za-z0-9][\\w.@-]*|[^\\s@:]+@[^\\s@:]+)$"', schema: "^(?:group:[A-Za-z0-9][\\w.@-]*|[^\\s@:]+@[^\\s@:]+)$", parentSchema: schema12.properties.resources.additionalProperties.properties.approvers.items, data: data13 };
                      if (vErrors === null) {
                        vErrors = [err33];
                      } else {
                        vErrors.push(err33);
                      }
                      errors++;
                    }
                  } else {
                    const err34 = { instancePath: instancePath + "/resources/" + key4.replace(/~/g, "~0").replace(/\//g, "~1") + "/approvers/" + i4, schemaPath: "#/properties/resources/additionalProperties/properties/approvers/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema12.properties.resources.additionalProperties.properties.approvers.items.type, parentSchema: schema12.properties.resources.additionalProperties.properties.approvers.items, data: data13 };
                    if (vErrors === null) {
                      vErrors = [err34];
                    } else {
                      vErrors.push(err34);
                    }
                    errors++;
                  }
                }
                let i5 = data12.length;
                let j1;
                if (i5 > 1) {
                  const indices1 = {};
                  for (; i5--; ) {
                    let item1 = data12[i5];
                    if (typeof item1 !== "string") {
                      continue;
                    }
                    if (typeof indices1[item1] == "number") {
                      j1 = indices1[item1];
                      const err35 = { instancePath: instancePath + "/resources/" + key4.replace(/~/g, "~0").replace(/\//g, "~1") + "/approvers", schemaPath: "#/properties/resources/additionalProperties/properties/approvers/uniqueItems", keyword: "uniqueItems", params: { i: i5, j: j1 }, message: "must NOT have duplicate items (items ## " + j1 + " and " + i5 + " are identical)", schema: true, parentSchema: schema12.properties.resources.additionalProperties.properties.approvers, data: data12 };
                      if (vErrors === null) {
                        vErrors = [err35];
                      } else {
                        vErrors.push(err35);
                      }
                      errors++;
                      break;
                    }
                    indices1[item1] = i5;
                  }
                }
              } else {
                const err36 = { instancePath: instancePath + "/resources/" + key4.replace(/~/g, "~0").replace(/\//g, "~1") + "/approvers", schemaPath: "#/properties/resources/additionalProperties/properties/approvers/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema12.properties.resources.additionalProperties.properties.approvers.type, parentSchema: schema12.properties.resources.additionalProperties.properties.approvers, data: data12 };
                if (vErrors === null) {
                  vErrors = [err36];
                } else {
                  vErrors.push(err36);
                }
                errors++;
              }
            }
            if (data3.approvals !== void 0) {
              let data14 = data3.approvals;
              if (!(typeof data14 == "number" && (!(data14 % 1) && !isNaN(data14)) && isFinite(data14))) {
                const err37 = { instancePath: instancePath + "/resources/" + key4.replace(/~/g, "~0").replace(/\//g, "~1") + "/approvals", schemaPath: "#/properties/resources/additionalProperties/properties/approvals/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema12.properties.resources.additionalProperties.properties.approvals.type, parentSchema: schema12.properties.resources.additionalProperties.properties.approvals, data: data14 };
                if (vErrors === null) {
                  vErrors = [err37];
                } else {
                  vErrors.push(err37);
                }
                errors++;
              }
              if (typeof data14 == "number" && isFinite(data14)) {
                if (data14 > 10 || isNaN(data14)) {
                  const err38 = { instancePath: instancePath + "/resources/" + key4.replace(/~/g, "~0").replace(/\//g, "~1") + "/approvals", schemaPath: "#/properties/resources/additionalProperties/properties/approvals/maximum", keyword: "maximum", params: { comparison: "<=", limit: 10 }, message: "must be <= 10", schema: 10, parentSchema: schema12.properties.resources.additionalProperties.properties.approvals, data: data14 };
                  if (vErrors === null) {
                    vErrors = [err38];
                  } else {
                    vErrors.push(err38);
                  }
                  errors++;
                }
                if (data14 < 1 || isNaN(data14)) {
                  const err39 = { instancePath: instancePath + "/resources/" + key4.replace(/~/g, "~0").replace(/\//g, "~1") + "/approvals", schemaPath: "#/properties/resources/additionalProperties/properties/approvals/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema12.properties.resources.additionalProperties.properties.approvals, data: data14 };
                  if (vErrors === null) {
                    vErrors = [err39];
                  } else {
                    vErrors.push(err39);
                  }
                  errors++;
                }
              }
            }
            if (data3.ticket !== void 0) {
              let data15 = data3.ticket;
              if (typeof data15 === "string") {
                if (func3(data15) < 1) {
                  const err40 = { instancePath: instancePath + "/resources/" + key4.replace(/~/g, "~0").replace(/\//g, "~1") + "/ticket", schemaPath: "#/properties/resources/additionalProperties/properties/ticket/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema12.properties.resources.additionalProperties.properties.ticket, data: data15 };
                  if (vErrors === null) {
                    vErrors = [err40];
                  } else {
                    vErrors.push(err40);
                  }
                  errors++;
                }
              } else {
                const err41 = { instancePath: instancePath + "/resources/" + key4.replace(/~/g, "~0").replace(/\//g, "~1") + "/ticket", schemaPath: "#/properties/resources/additionalProperties/properties/ticket/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema12.properties.resources.additionalProperties.properties.ticket.type, parentSchema: schema12.properties.resources.additionalProperties.properties.ticket, data: data15 };
                if (vErrors === null) {
                  vErrors = [err41];
                } else {
                  vErrors.push(err41);
                }
                errors++;
              }
            }
            if (data3.enforce !== void 0) {
              let data16 = data3.enforce;
              if (!(data16 === "posture")) {
                const err42 = { instancePath: instancePath + "/resources/" + key4.replace(/~/g, "~0").replace(/\//g, "~1") + "/enforce", schemaPath: "#/properties/resources/additionalProperties/properties/enforce/enum", keyword: "enum", params: { allowedValues: schema12.properties.resources.additionalProperties.properties.enforce.enum }, message: "must be equal to one of the allowed values", schema: schema12.properties.resources.additionalProperties.properties.enforce.enum, parentSchema: schema12.properties.resources.additionalProperties.properties.enforce, data: data16 };
                if (vErrors === null) {
                  vErrors = [err42];
                } else {
                  vErrors.push(err42);
                }
                errors++;
              }
            }
            if (data3.reminder !== void 0) {
              let data17 = data3.reminder;
              if (typeof data17 === "string") {
                if (!pattern3.test(data17)) {
                  const err43 = { instancePath: instancePath + "/resources/" + key4.replace(/~/g, "~0").replace(/\//g, "~1") + "/reminder", schemaPath: "#/properties/resources/additionalProperties/properties/reminder/pattern", keyword: "pattern", params: { pattern: "^[1-9][0-9]{0,5}[mhd]$" }, message: 'must match pattern "^[1-9][0-9]{0,5}[mhd]$"', schema: "^[1-9][0-9]{0,5}[mhd]$", parentSchema: schema12.properties.resources.additionalProperties.properties.reminder, data: data17 };
                  if (vErrors === null) {
                    vErrors = [err43];
                  } else {
                    vErrors.push(err43);
                  }
                  errors++;
                }
              } else {
                const err44 = { instancePath: instancePath + "/resources/" + key4.replace(/~/g, "~0").replace(/\//g, "~1") + "/reminder", schemaPath: "#/properties/resources/additionalProperties/properties/reminder/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema12.properties.resources.additionalProperties.properties.reminder.type, parentSchema: schema12.properties.resources.additionalProperties.properties.reminder, data: data17 };
                if (vErrors === null) {
                  vErrors = [err44];
                } else {
                  vErrors.push(err44);
                }
                errors++;
              }
            }
            if (data3.standing !== void 0) {
              let data18 = data3.standing;
              if (!(data18 === "none")) {
                const err45 = { instancePath: instancePath + "/resources/" + key4.replace(/~/g, "~0").replace(/\//g, "~1") + "/standing", schemaPath: "#/properties/resources/additionalProperties/properties/standing/enum", keyword: "enum", params: { allowedValues: schema12.properties.resources.additionalProperties.properties.standing.enum }, message: "must be equal to one of the allowed values", schema: schema12.properties.resources.additionalProperties.properties.standing.enum, parentSchema: schema12.properties.resources.additionalProperties.properties.standing, data: data18 };
                if (vErrors === null) {
                  vErrors = [err45];
                } else {
                  vErrors.push(err45);
                }
                errors++;
              }
            }
          } else {
            const err46 = { instancePath: instancePath + "/resources/" + key4.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/resources/additionalProperties/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema12.properties.resources.additionalProperties.type, parentSchema: schema12.properties.resources.additionalProperties, data: data3 };
            if (vErrors === null) {
              vErrors = [err46];
            } else {
              vErrors.push(err46);
            }
            errors++;
          }
        }
      } else {
        const err47 = { instancePath: instancePath + "/resources", schemaPath: "#/properties/resources/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema12.properties.resources.type, parentSchema: schema12.properties.resources, data: data2 };
        if (vErrors === null) {
          vErrors = [err47];
        } else {
          vErrors.push(err47);
        }
        errors++;
      }
    }
    if (data.inline !== void 0) {
      let data19 = data.inline;
      if (data19 && typeof data19 == "object" && !Array.isArray(data19)) {
        if (data19.maxDuration === void 0) {
          const err48 = { instancePath: instancePath + "/inline", schemaPath: "#/properties/inline/required", keyword: "required", params: { missingProperty: "maxDuration" }, message: "must have required property 'maxDuration'", schema: schema12.properties.inline.required, parentSchema: schema12.properties.inline, data: data19 };
          if (vErrors === null) {
            vErrors = [err48];
          } else {
            vErrors.push(err48);
          }
          errors++;
        }
        if (data19.approvers === void 0) {
          const err49 = { instancePath: instancePath + "/inline", schemaPath: "#/properties/inline/required", keyword: "required", params: { missingProperty: "approvers" }, message: "must have required property 'approvers'", schema: schema12.properties.inline.required, parentSchema: schema12.properties.inline, data: data19 };
          if (vErrors === null) {
            vErrors = [err49];
          } else {
            vErrors.push(err49);
          }
          errors++;
        }
        for (const key6 in data19) {
          if (!(key6 === "maxDuration" || key6 === "eligible" || key6 === "approvers" || key6 === "approvals" || key6 === "ticket" || key6 === "enforce")) {
            const err50 = { instancePath: instancePath + "/inline", schemaPath: "#/properties/inline/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key6 }, message: "must NOT have additional properties", schema: false, parentSchema: schema12.properties.inline, data: data19 };
            if (vErrors === null) {
              vErrors = [err50];
            } else {
              vErrors.push(err50);
            }
            errors++;
          }
        }
        if (data19.maxDuration !== void 0) {
          let data20 = data19.maxDuration;
          if (typeof data20 === "string") {
            if (!pattern3.test(data20)) {
              const err51 = { instancePath: instancePath + "/inline/maxDuration", schemaPath: "#/properties/inline/properties/maxDuration/pattern", keyword: "pattern", params: { pattern: "^[1-9][0-9]{0,5}[mhd]$" }, message: 'must match pattern "^[1-9][0-9]{0,5}[mhd]$"', schema: "^[1-9][0-9]{0,5}[mhd]$", parentSchema: schema12.properties.inline.properties.maxDuration, data: data20 };
              if (vErrors === null) {
                vErrors = [err51];
              } else {
                vErrors.push(err51);
              }
              errors++;
            }
          } else {
            const err52 = { instancePath: instancePath + "/inline/maxDuration", schemaPath: "#/properties/inline/properties/maxDuration/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema12.properties.inline.properties.maxDuration.type, parentSchema: schema12.properties.inline.properties.maxDuration, data: data20 };
            if (vErrors === null) {
              vErrors = [err52];
            } else {
              vErrors.push(err52);
            }
            errors++;
          }
        }
        if (data19.eligible !== void 0) {
          let data21 = data19.eligible;
          if (Array.isArray(data21)) {
            if (data21.length < 1) {
              const err53 = { instancePath: instancePath + "/inline/eligible", schemaPath: "#/properties/inline/properties/eligible/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema12.properties.inline.properties.eligible, data: data21 };
              if (vErrors === null) {
                vErrors = [err53];
              } else {
                vErrors.push(err53);
              }
              errors++;
            }
            const len4 = data21.length;
            for (let i6 = 0; i6 < len4; i6++) {
              let data22 = data21[i6];
              if (typeof data22 === "string") {
                if (!pattern0.test(data22)) {
                  const err54 = { instancePath: instancePath + "/inline/eligible/" + i6, schemaPath: "#/properties/inline/properties/eligible/items/pattern", keyword: "pattern", params: { pattern: "^(?:group:[A-Za-z0-9][\\w.@-]*|[^\\s@:]+@[^\\s@:]+)$" }, message: 'must match pattern "^(?:group:[A-Za-z0-9][\\w.@-]*|[^\\s@:]+@[^\\s@:]+)$"', schema: "^(?:group:[A-Za-z0-9][\\w.@-]*|[^\\s@:]+@[^\\s@:]+)$", parentSchema: schema12.properties.inline.properties.eligible.items, data: data22 };
                  if (vErrors === null) {
                    vErrors = [err54];
                  } else {
                    vErrors.push(err54);
                  }
                  errors++;
                }
              } else {
                const err55 = { instancePath: instancePath + "/inline/eligible/" + i6, schemaPath: "#/properties/inline/properties/eligible/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema12.properties.inline.properties.eligible.items.type, parentSchema: schema12.properties.inline.properties.eligible.items, data: data22 };
                if (vErrors === null) {
                  vErrors = [err55];
                } else {
                  vErrors.push(err55);
                }
                errors++;
              }
            }
            let i7 = data21.length;
            let j2;
            if (i7 > 1) {
              const indices2 = {};
              for (; i7--; ) {
                let item2 = data21[i7];
                if (typeof item2 !== "string") {
                  continue;
                }
                if (typeof indices2[item2] == "number") {
                  j2 = indices2[item2];
                  const err56 = { instancePath: instancePath + "/inline/eligible", schemaPath: "#/properties/inline/properties/eligible/uniqueItems", keyword: "uniqueItems", params: { i: i7, j: j2 }, message: "must NOT have duplicate items (items ## " + j2 + " and " + i7 + " are identical)", schema: true, parentSchema: schema12.properties.inline.properties.eligible, data: data21 };
                  if (vErrors === null) {
                    vErrors = [err56];
                  } else {
                    vErrors.push(err56);
                  }
                  errors++;
                  break;
                }
                indices2[item2] = i7;
              }
            }
          } else {
            const err57 = { instancePath: instancePath + "/inline/eligible", schemaPath: "#/properties/inline/properties/eligible/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema12.properties.inline.properties.eligible.type, parentSchema: schema12.properties.inline.properties.eligible, data: data21 };
            if (vErrors === null) {
              vErrors = [err57];
            } else {
              vErrors.push(err57);
            }
            errors++;
          }
        }
        if (data19.approvers !== void 0) {
          let data23 = data19.approvers;
          if (Array.isArray(data23)) {
            if (data23.length < 1) {
              const err58 = { instancePath: instancePath + "/inline/approvers", schemaPath: "#/properties/inline/properties/approvers/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema12.properties.inline.properties.approvers, data: data23 };
              if (vErrors === null) {
                vErrors = [err58];
              } else {
                vErrors.push(err58);
              }
              errors++;
            }
            const len5 = data23.length;
            for (let i8 = 0; i8 < len5; i8++) {
              let data24 = data23[i8];
              if (typeof data24 === "string") {
                if (!pattern0.test(data24)) {
                  const err59 = { instancePath: instancePath + "/inline/approvers/" + i8, schemaPath: "#/properties/inline/properties/approvers/items/pattern", keyword: "pattern", params: { pattern: "^(?:group:[A-Za-z0-9][\\w.@-]*|[^\\s@:]+@[^\\s@:]+)$" }, message: 'must match pattern "^(?:group:[A-Za-z0-9][\\w.@-]*|[^\\s@:]+@[^\\s@:]+)$"', schema: "^(?:group:[A-Za-z0-9][\\w.@-]*|[^\\s@:]+@[^\\s@:]+)$", parentSchema: schema12.properties.inline.properties.approvers.items, data: data24 };
                  if (vErrors === null) {
                    vErrors = [err59];
                  } else {
                    vErrors.push(err59);
                  }
                  errors++;
                }
              } else {
                const err60 = { instancePath: instancePath + "/inline/approvers/" + i8, schemaPath: "#/properties/inline/properties/approvers/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema12.properties.inline.properties.approvers.items.type, parentSchema: schema12.properties.inline.properties.approvers.items, data: data24 };
                if (vErrors === null) {
                  vErrors = [err60];
                } else {
                  vErrors.push(err60);
                }
                errors++;
              }
            }
            let i9 = data23.length;
            let j3;
            if (i9 > 1) {
              const indices3 = {};
              for (; i9--; ) {
                let item3 = data23[i9];
                if (typeof item3 !== "string") {
                  continue;
                }
                if (typeof indices3[item3] == "number") {
                  j3 = indices3[item3];
                  const err61 = { instancePath: instancePath + "/inline/approvers", schemaPath: "#/properties/inline/properties/approvers/uniqueItems", keyword: "uniqueItems", params: { i: i9, j: j3 }, message: "must NOT have duplicate items (items ## " + j3 + " and " + i9 + " are identical)", schema: true, parentSchema: schema12.properties.inline.properties.approvers, data: data23 };
                  if (vErrors === null) {
                    vErrors = [err61];
                  } else {
                    vErrors.push(err61);
                  }
                  errors++;
                  break;
                }
                indices3[item3] = i9;
              }
            }
          } else {
            const err62 = { instancePath: instancePath + "/inline/approvers", schemaPath: "#/properties/inline/properties/approvers/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema12.properties.inline.properties.approvers.type, parentSchema: schema12.properties.inline.properties.approvers, data: data23 };
            if (vErrors === null) {
              vErrors = [err62];
            } else {
              vErrors.push(err62);
            }
            errors++;
          }
        }
        if (data19.approvals !== void 0) {
          let data25 = data19.approvals;
          if (!(typeof data25 == "number" && (!(data25 % 1) && !isNaN(data25)) && isFinite(data25))) {
            const err63 = { instancePath: instancePath + "/inline/approvals", schemaPath: "#/properties/inline/properties/approvals/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema12.properties.inline.properties.approvals.type, parentSchema: schema12.properties.inline.properties.approvals, data: data25 };
            if (vErrors === null) {
              vErrors = [err63];
            } else {
              vErrors.push(err63);
            }
            errors++;
          }
          if (typeof data25 == "number" && isFinite(data25)) {
            if (data25 > 10 || isNaN(data25)) {
              const err64 = { instancePath: instancePath + "/inline/approvals", schemaPath: "#/properties/inline/properties/approvals/maximum", keyword: "maximum", params: { comparison: "<=", limit: 10 }, message: "must be <= 10", schema: 10, parentSchema: schema12.properties.inline.properties.approvals, data: data25 };
              if (vErrors === null) {
                vErrors = [err64];
              } else {
                vErrors.push(err64);
              }
              errors++;
            }
            if (data25 < 1 || isNaN(data25)) {
              const err65 = { instancePath: instancePath + "/inline/approvals", schemaPath: "#/properties/inline/properties/approvals/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema12.properties.inline.properties.approvals, data: data25 };
              if (vErrors === null) {
                vErrors = [err65];
              } else {
                vErrors.push(err65);
              }
              errors++;
            }
          }
        }
        if (data19.ticket !== void 0) {
          let data26 = data19.ticket;
          if (typeof data26 === "string") {
            if (func3(data26) < 1) {
              const err66 = { instancePath: instancePath + "/inline/ticket", schemaPath: "#/properties/inline/properties/ticket/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema12.properties.inline.properties.ticket, data: data26 };
              if (vErrors === null) {
                vErrors = [err66];
              } else {
                vErrors.push(err66);
              }
              errors++;
            }
          } else {
            const err67 = { instancePath: instancePath + "/inline/ticket", schemaPath: "#/properties/inline/properties/ticket/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema12.properties.inline.properties.ticket.type, parentSchema: schema12.properties.inline.properties.ticket, data: data26 };
            if (vErrors === null) {
              vErrors = [err67];
            } else {
              vErrors.push(err67);
            }
            errors++;
          }
        }
        if (data19.enforce !== void 0) {
          let data27 = data19.enforce;
          if (!(data27 === "posture")) {
            const err68 = { instancePath: instancePath + "/inline/enforce", schemaPath: "#/properties/inline/properties/enforce/enum", keyword: "enum", params: { allowedValues: schema12.properties.inline.properties.enforce.enum }, message: "must be equal to one of the allowed values", schema: schema12.properties.inline.properties.enforce.enum, parentSchema: schema12.properties.inline.properties.enforce, data: data27 };
            if (vErrors === null) {
              vErrors = [err68];
            } else {
              vErrors.push(err68);
            }
            errors++;
          }
        }
      } else {
        const err69 = { instancePath: instancePath + "/inline", schemaPath: "#/properties/inline/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema12.properties.inline.type, parentSchema: schema12.properties.inline, data: data19 };
        if (vErrors === null) {
          vErrors = [err69];
        } else {
          vErrors.push(err69);
        }
        errors++;
      }
    }
    if (data.enforce !== void 0) {
      let data28 = data.enforce;
      if (!(data28 === "posture")) {
        const err70 = { instancePath: instancePath + "/enforce", schemaPath: "#/properties/enforce/enum", keyword: "enum", params: { allowedValues: schema12.properties.enforce.enum }, message: "must be equal to one of the allowed values", schema: schema12.properties.enforce.enum, parentSchema: schema12.properties.enforce, data: data28 };
        if (vErrors === null) {
          vErrors = [err70];
        } else {
          vErrors.push(err70);
        }
        errors++;
      }
    }
    if (data.reminder !== void 0) {
      let data29 = data.reminder;
      if (typeof data29 === "string") {
        if (!pattern3.test(data29)) {
          const err71 = { instancePath: instancePath + "/reminder", schemaPath: "#/properties/reminder/pattern", keyword: "pattern", params: { pattern: "^[1-9][0-9]{0,5}[mhd]$" }, message: 'must match pattern "^[1-9][0-9]{0,5}[mhd]$"', schema: "^[1-9][0-9]{0,5}[mhd]$", parentSchema: schema12.properties.reminder, data: data29 };
          if (vErrors === null) {
            vErrors = [err71];
          } else {
            vErrors.push(err71);
          }
          errors++;
        }
      } else {
        const err72 = { instancePath: instancePath + "/reminder", schemaPath: "#/properties/reminder/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema12.properties.reminder.type, parentSchema: schema12.properties.reminder, data: data29 };
        if (vErrors === null) {
          vErrors = [err72];
        } else {
          vErrors.push(err72);
        }
        errors++;
      }
    }
  } else {
    const err73 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema12.type, parentSchema: schema12, data };
    if (vErrors === null) {
      vErrors = [err73];
    } else {
      vErrors.push(err73);
    }
    errors++;
  }
  validate11.errors = vErrors;
  return errors === 0;
}
var dns = validate12;
var schema13 = { "$schema": "http://json-schema.org/draft-07/schema#", "$id": "https://unpkg.com/tailpolicy@0.1.0/schemas/dns.schema.json", "title": "tailpolicy dns.yaml", "description": "DNS settings of the tailnet. An absent setting is left as it is; a present one is made exactly so.", "type": "object", "additionalProperties": false, "properties": { "splitDNS": { "type": "object", "description": "Domain -> resolvers. The whole map is managed: a domain removed here is removed from the tailnet.", "propertyNames": { "pattern": "^(?=.{1,253}$)(?!-)[A-Za-z0-9-]{1,63}(?:\\.[A-Za-z0-9-]{1,63})*\\.?$", "description": "A domain name, e.g. corp.example.com." }, "additionalProperties": { "type": "array", "minItems": 1, "items": { "type": "string", "pattern": "^(?:(?:(?:25[0-5]|2[0-4][0-9]|[01]?[0-9]?[0-9])\\.){3}(?:25[0-5]|2[0-4][0-9]|[01]?[0-9]?[0-9])|(?=[0-9A-Fa-f:]*:)(?!.*::.*::)[0-9A-Fa-f:]+|https://\\S+)$", "description": "A resolver: an IPv4 or IPv6 address (10.0.0.53) or a DNS-over-HTTPS URL (https://\u2026)." } } }, "nameservers": { "type": "array", "items": { "type": "string", "pattern": "^(?:(?:(?:25[0-5]|2[0-4][0-9]|[01]?[0-9]?[0-9])\\.){3}(?:25[0-5]|2[0-4][0-9]|[01]?[0-9]?[0-9])|(?=[0-9A-Fa-f:]*:)(?!.*::.*::)[0-9A-Fa-f:]+|https://\\S+)$", "description": "A resolver: an IPv4 or IPv6 address (10.0.0.53) or a DNS-over-HTTPS URL (https://\u2026)." } }, "searchPaths": { "type": "array", "items": { "type": "string", "pattern": "^(?=.{1,253}$)(?!-)[A-Za-z0-9-]{1,63}(?:\\.[A-Za-z0-9-]{1,63})*\\.?$", "description": "A domain name, e.g. corp.example.com." } }, "magicDNS": { "type": "boolean" } } };
var pattern16 = new RegExp("^(?=.{1,253}$)(?!-)[A-Za-z0-9-]{1,63}(?:\\.[A-Za-z0-9-]{1,63})*\\.?$", "u");
var pattern17 = new RegExp("^(?:(?:(?:25[0-5]|2[0-4][0-9]|[01]?[0-9]?[0-9])\\.){3}(?:25[0-5]|2[0-4][0-9]|[01]?[0-9]?[0-9])|(?=[0-9A-Fa-f:]*:)(?!.*::.*::)[0-9A-Fa-f:]+|https://\\S+)$", "u");
function validate12(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(key0 === "splitDNS" || key0 === "nameservers" || key0 === "searchPaths" || key0 === "magicDNS")) {
        const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema13, data };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
    if (data.splitDNS !== void 0) {
      let data0 = data.splitDNS;
      if (data0 && typeof data0 == "object" && !Array.isArray(data0)) {
        for (const key1 in data0) {
          const _errs4 = errors;
          if (typeof key1 === "string") {
            if (!pattern16.test(key1)) {
              const err1 = { instancePath: instancePath + "/splitDNS", schemaPath: "#/properties/splitDNS/propertyNames/pattern", keyword: "pattern", params: { pattern: "^(?=.{1,253}$)(?!-)[A-Za-z0-9-]{1,63}(?:\\.[A-Za-z0-9-]{1,63})*\\.?$" }, message: 'must match pattern "^(?=.{1,253}$)(?!-)[A-Za-z0-9-]{1,63}(?:\\.[A-Za-z0-9-]{1,63})*\\.?$"', schema: "^(?=.{1,253}$)(?!-)[A-Za-z0-9-]{1,63}(?:\\.[A-Za-z0-9-]{1,63})*\\.?$", parentSchema: schema13.properties.splitDNS.propertyNames, data: key1, propertyName: key1 };
              if (vErrors === null) {
                vErrors = [err1];
              } else {
                vErrors.push(err1);
              }
              errors++;
            }
          }
          var valid1 = _errs4 === errors;
          if (!valid1) {
            const err2 = { instancePath: instancePath + "/splitDNS", schemaPath: "#/properties/splitDNS/propertyNames", keyword: "propertyNames", params: { propertyName: key1 }, message: "property name must be valid", schema: schema13.properties.splitDNS.propertyNames, parentSchema: schema13.properties.splitDNS, data: data0 };
            if (vErrors === null) {
              vErrors = [err2];
            } else {
              vErrors.push(err2);
            }
            errors++;
          }
        }
        for (const key2 in data0) {
          let data1 = data0[key2];
          if (Array.isArray(data1)) {
            if (data1.length < 1) {
              const err3 = { instancePath: instancePath + "/splitDNS/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/splitDNS/additionalProperties/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema13.properties.splitDNS.additionalProperties, data: data1 };
              if (vErrors === null) {
                vErrors = [err3];
              } else {
                vErrors.push(err3);
              }
              errors++;
            }
            const len0 = data1.length;
            for (let i0 = 0; i0 < len0; i0++) {
              let data2 = data1[i0];
              if (typeof data2 === "string") {
                if (!pattern17.test(data2)) {
                  const err4 = { instancePath: instancePath + "/splitDNS/" + key2.replace(/~/g, "~0").replace(/\//g, "~1") + "/" + i0, schemaPath: "#/properties/splitDNS/additionalProperties/items/pattern", keyword: "pattern", params: { pattern: "^(?:(?:(?:25[0-5]|2[0-4][0-9]|[01]?[0-9]?[0-9])\\.){3}(?:25[0-5]|2[0-4][0-9]|[01]?[0-9]?[0-9])|(?=[0-9A-Fa-f:]*:)(?!.*::.*::)[0-9A-Fa-f:]+|https://\\S+)$" }, message: 'must match pattern "^(?:(?:(?:25[0-5]|2[0-4][0-9]|[01]?[0-9]?[0-9])\\.){3}(?:25[0-5]|2[0-4][0-9]|[01]?[0-9]?[0-9])|(?=[0-9A-Fa-f:]*:)(?!.*::.*::)[0-9A-Fa-f:]+|https://\\S+)$"', schema: "^(?:(?:(?:25[0-5]|2[0-4][0-9]|[01]?[0-9]?[0-9])\\.){3}(?:25[0-5]|2[0-4][0-9]|[01]?[0-9]?[0-9])|(?=[0-9A-Fa-f:]*:)(?!.*::.*::)[0-9A-Fa-f:]+|https://\\S+)$", parentSchema: schema13.properties.splitDNS.additionalProperties.items, data: data2 };
                  if (vErrors === null) {
                    vErrors = [err4];
                  } else {
                    vErrors.push(err4);
                  }
                  errors++;
                }
              } else {
                const err5 = { instancePath: instancePath + "/splitDNS/" + key2.replace(/~/g, "~0").replace(/\//g, "~1") + "/" + i0, schemaPath: "#/properties/splitDNS/additionalProperties/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema13.properties.splitDNS.additionalProperties.items.type, parentSchema: schema13.properties.splitDNS.additionalProperties.items, data: data2 };
                if (vErrors === null) {
                  vErrors = [err5];
                } else {
                  vErrors.push(err5);
                }
                errors++;
              }
            }
          } else {
            const err6 = { instancePath: instancePath + "/splitDNS/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/splitDNS/additionalProperties/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema13.properties.splitDNS.additionalProperties.type, parentSchema: schema13.properties.splitDNS.additionalProperties, data: data1 };
            if (vErrors === null) {
              vErrors = [err6];
            } else {
              vErrors.push(err6);
            }
            errors++;
          }
        }
      } else {
        const err7 = { instancePath: instancePath + "/splitDNS", schemaPath: "#/properties/splitDNS/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema13.properties.splitDNS.type, parentSchema: schema13.properties.splitDNS, data: data0 };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
    if (data.nameservers !== void 0) {
      let data3 = data.nameservers;
      if (Array.isArray(data3)) {
        const len1 = data3.length;
        for (let i1 = 0; i1 < len1; i1++) {
          let data4 = data3[i1];
          if (typeof data4 === "string") {
            if (!pattern17.test(data4)) {
              const err8 = { instancePath: instancePath + "/nameservers/" + i1, schemaPath: "#/properties/nameservers/items/pattern", keyword: "pattern", params: { pattern: "^(?:(?:(?:25[0-5]|2[0-4][0-9]|[01]?[0-9]?[0-9])\\.){3}(?:25[0-5]|2[0-4][0-9]|[01]?[0-9]?[0-9])|(?=[0-9A-Fa-f:]*:)(?!.*::.*::)[0-9A-Fa-f:]+|https://\\S+)$" }, message: 'must match pattern "^(?:(?:(?:25[0-5]|2[0-4][0-9]|[01]?[0-9]?[0-9])\\.){3}(?:25[0-5]|2[0-4][0-9]|[01]?[0-9]?[0-9])|(?=[0-9A-Fa-f:]*:)(?!.*::.*::)[0-9A-Fa-f:]+|https://\\S+)$"', schema: "^(?:(?:(?:25[0-5]|2[0-4][0-9]|[01]?[0-9]?[0-9])\\.){3}(?:25[0-5]|2[0-4][0-9]|[01]?[0-9]?[0-9])|(?=[0-9A-Fa-f:]*:)(?!.*::.*::)[0-9A-Fa-f:]+|https://\\S+)$", parentSchema: schema13.properties.nameservers.items, data: data4 };
              if (vErrors === null) {
                vErrors = [err8];
              } else {
                vErrors.push(err8);
              }
              errors++;
            }
          } else {
            const err9 = { instancePath: instancePath + "/nameservers/" + i1, schemaPath: "#/properties/nameservers/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema13.properties.nameservers.items.type, parentSchema: schema13.properties.nameservers.items, data: data4 };
            if (vErrors === null) {
              vErrors = [err9];
            } else {
              vErrors.push(err9);
            }
            errors++;
          }
        }
      } else {
        const err10 = { instancePath: instancePath + "/nameservers", schemaPath: "#/properties/nameservers/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema13.properties.nameservers.type, parentSchema: schema13.properties.nameservers, data: data3 };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
    }
    if (data.searchPaths !== void 0) {
      let data5 = data.searchPaths;
      if (Array.isArray(data5)) {
        const len2 = data5.length;
        for (let i2 = 0; i2 < len2; i2++) {
          let data6 = data5[i2];
          if (typeof data6 === "string") {
            if (!pattern16.test(data6)) {
              const err11 = { instancePath: instancePath + "/searchPaths/" + i2, schemaPath: "#/properties/searchPaths/items/pattern", keyword: "pattern", params: { pattern: "^(?=.{1,253}$)(?!-)[A-Za-z0-9-]{1,63}(?:\\.[A-Za-z0-9-]{1,63})*\\.?$" }, message: 'must match pattern "^(?=.{1,253}$)(?!-)[A-Za-z0-9-]{1,63}(?:\\.[A-Za-z0-9-]{1,63})*\\.?$"', schema: "^(?=.{1,253}$)(?!-)[A-Za-z0-9-]{1,63}(?:\\.[A-Za-z0-9-]{1,63})*\\.?$", parentSchema: schema13.properties.searchPaths.items, data: data6 };
              if (vErrors === null) {
                vErrors = [err11];
              } else {
                vErrors.push(err11);
              }
              errors++;
            }
          } else {
            const err12 = { instancePath: instancePath + "/searchPaths/" + i2, schemaPath: "#/properties/searchPaths/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema13.properties.searchPaths.items.type, parentSchema: schema13.properties.searchPaths.items, data: data6 };
            if (vErrors === null) {
              vErrors = [err12];
            } else {
              vErrors.push(err12);
            }
            errors++;
          }
        }
      } else {
        const err13 = { instancePath: instancePath + "/searchPaths", schemaPath: "#/properties/searchPaths/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema13.properties.searchPaths.type, parentSchema: schema13.properties.searchPaths, data: data5 };
        if (vErrors === null) {
          vErrors = [err13];
        } else {
          vErrors.push(err13);
        }
        errors++;
      }
    }
    if (data.magicDNS !== void 0) {
      let data7 = data.magicDNS;
      if (typeof data7 !== "boolean") {
        const err14 = { instancePath: instancePath + "/magicDNS", schemaPath: "#/properties/magicDNS/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema13.properties.magicDNS.type, parentSchema: schema13.properties.magicDNS, data: data7 };
        if (vErrors === null) {
          vErrors = [err14];
        } else {
          vErrors.push(err14);
        }
        errors++;
      }
    }
  } else {
    const err15 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema13.type, parentSchema: schema13, data };
    if (vErrors === null) {
      vErrors = [err15];
    } else {
      vErrors.push(err15);
    }
    errors++;
  }
  validate12.errors = vErrors;
  return errors === 0;
}
function validators() {
  return { grant, access, dns };
}

// src/policy/shape.ts
var formats = {
  timestamp: {
    test: (s) => parseTimestamp(s) !== void 0,
    message: (s) => isBareDate(s) ? `"${s}" is a bare date; write a time with a zone, e.g. ${s}T18:00:00Z, so the expiry means the same everywhere.` : `"${s}" is not an RFC 3339 time with a zone; write e.g. 2026-11-22T02:00:00Z or 2026-11-22T03:00:00+01:00.`
  },
  duration: {
    test: (s) => parseDuration(s) !== void 0,
    message: (s) => `"${s}" is not a duration; write whole minutes, hours or days: 90m, 8h, 7d.`
  },
  principal: {
    test: (s) => /^group:[A-Za-z0-9][\w.@-]*$/.test(s) || /^[^\s@:]+@[^\s@:]+$/.test(s),
    message: (s) => `"${s}" is neither a login name (alice@example.com) nor a group of the policy (group:sre).`
  },
  login: {
    test: (s) => /^[^\s@:]+@[^\s@:]+$/.test(s),
    message: (s) => `"${s}" is not a login name; write it as it appears in Tailscale, e.g. alice@example.com.`
  },
  regex: {
    test: (s) => {
      try {
        new RegExp(s, "u");
      } catch {
        return false;
      }
      return unsafePattern(s) === void 0;
    },
    message: (s) => {
      try {
        new RegExp(s, "u");
      } catch {
        return `"${s}" is not a valid regular expression.`;
      }
      return `"${s}" is refused as a ticket pattern: ${unsafePattern(s)}. Write it without nesting, e.g. ^INC-[0-9]+$.`;
    }
  },
  domain: {
    test: (s) => /^(?=.{1,253}$)(?!-)[A-Za-z0-9-]{1,63}(?:\.[A-Za-z0-9-]{1,63})*\.?$/.test(s),
    message: (s) => `"${s}" is not a domain name (e.g. corp.example.com).`
  },
  resolver: {
    test: (s) => isIpAddress(s) || /^https:\/\/\S+$/.test(s),
    message: (s) => `"${s}" is not a resolver address; write an IP address (10.0.0.53) or a DoH URL (https://\u2026).`
  }
};
function isIpAddress(s) {
  if (/^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/.test(s)) return s.split(".").every((p) => Number(p) <= 255);
  return /^[0-9a-fA-F:]+$/.test(s) && s.includes(":") && s.split("::").length <= 2;
}
var what = { grant: "grant file", access: "access.yaml", dns: "dns.yaml" };
function validateShape(kind, value, locate) {
  const validate = validators()[kind];
  const findings = validate(value) ? [] : simplify(validate.errors ?? []).map((e) => toFinding(kind, e, locate));
  return [...findings, ...postCheck(schemaOf[kind], value, [], locate)];
}
var schemaOf = { grant: grantSchema, access: accessSchema, dns: dnsSchema };
var timestampForm = new RegExp(PATTERNS.timestamp, "u");
var kindOfPattern = new Map(Object.entries(PATTERNS).map(([k, p]) => [p, k]));
function postCheck(schema, value, path, locate) {
  const s = schema;
  if (typeof value === "string") {
    const kind = schema === timestamp ? "timestamp" : schema === regex ? "regex" : void 0;
    if (kind && (kind === "regex" || timestampForm.test(value)) && !formats[kind].test(value)) {
      return [formatFinding2(formats[kind].message(value), path, locate)];
    }
    return (s.anyOf ?? []).flatMap((branch) => postCheck(branch, value, path, locate));
  }
  if (Array.isArray(value)) {
    const items = s.items ?? s.anyOf?.find((b) => b.items)?.items;
    return items ? value.flatMap((v, i) => postCheck(items, v, [...path, i], locate)) : [];
  }
  if (value && typeof value === "object") {
    return Object.entries(value).flatMap(([k, v]) => {
      const sub = s.properties?.[k] ?? (typeof s.additionalProperties === "object" ? s.additionalProperties : void 0);
      return sub ? postCheck(sub, v, [...path, k], locate) : [];
    });
  }
  return [];
}
function formatFinding2(message, path, locate) {
  const field2 = path.length ? String(path[path.length - 1]) : void 0;
  return error("schema/format", `${field2 ? `"${field2}": ` : ""}${message}`, locate(path));
}
function simplify(errors) {
  const all = errors.filter(
    (e) => e.keyword !== "anyOf" && e.keyword !== "if" && !/^#\/(anyOf|not)(\/|$)/.test(e.schemaPath)
  );
  const real = all.filter(
    (e) => e.keyword !== "type" || !all.some((o) => o.instancePath === e.instancePath && o.keyword !== "type")
  );
  const out = [];
  const seen = /* @__PURE__ */ new Set();
  for (const e of real) {
    const deeper = real.some(
      (o) => o !== e && o.instancePath.startsWith(e.instancePath + "/") && e.keyword !== "additionalProperties"
    );
    const key = `${e.instancePath}|${e.keyword === "type" ? "type" : e.keyword + JSON.stringify(e.params)}`;
    if (deeper || seen.has(key)) continue;
    seen.add(key);
    out.push(e);
  }
  return out;
}
function pathOf(pointer) {
  if (!pointer) return [];
  return pointer.slice(1).split("/").map((s) => s.replace(/~1/g, "/").replace(/~0/g, "~")).map((s) => /^\d+$/.test(s) ? Number(s) : s);
}
function toFinding(kind, e, locate) {
  const path = pathOf(e.instancePath);
  const field2 = path.length ? String(path[path.length - 1]) : void 0;
  const p = e.params;
  switch (e.keyword) {
    case "additionalProperties": {
      const name = String(p.additionalProperty);
      const allowed = allowedFields(e.parentSchema);
      const hint = suggest(name, allowed);
      return error(
        "schema/unknown-field",
        `Unknown field "${name}" in the ${what[kind]}.` + (hint ? ` Did you mean "${hint}"?` : allowed.length ? ` Allowed fields: ${allowed.join(", ")}.` : ""),
        locate([...path, name], { key: true })
      );
    }
    case "required": {
      const name = String(p.missingProperty);
      return error(
        "schema/missing-field",
        `Missing required field "${name}" in the ${what[kind]}${field2 ? ` at "${path.join(".")}"` : ""}.` + (name === "expires" ? " Every grant must end: add e.g. expires: 2026-11-22T02:00:00Z." : ""),
        locate(path, { key: path.length > 0 })
      );
    }
    case "minItems":
      return error("schema/empty", `"${path.join(".")}" must list at least ${String(p.limit)} entry.`, locate(path));
    case "pattern":
    case "format": {
      const f = e.keyword === "pattern" ? formats[kindOfPattern.get(String(p.pattern))] : void 0;
      if (e.keyword === "pattern" && !f) return patternFinding(e, path, locate);
      const propertyName = e.propertyName !== void 0;
      const value = propertyName ? String(e.propertyName) : String(valueAt(e));
      return error(
        "schema/format",
        `${field2 ? `"${propertyName ? path.join(".") : field2}": ` : ""}${f ? f.message(value) : `invalid ${String(p.format ?? p.pattern)}.`}`,
        propertyName ? locate([...path, value], { key: true }) : locate(path)
      );
    }
    case "not":
      return error(
        "schema/src-in-inline-rule",
        `"${path.join(".")}" must not set "src": the grantees become the source of the rule. Remove "src".`,
        locate([...path, "src"], { key: true })
      );
    case "type":
      return error("schema/type", `"${path.join(".") || "the document"}" must be ${typeWords(e)}.`, locate(path));
    case "enum":
      return error(
        "schema/enum",
        `"${path.join(".")}" must be one of: ${p.allowedValues.map((v) => JSON.stringify(v)).join(", ")}.`,
        locate(path)
      );
    default:
      return error(
        "schema/invalid",
        `"${path.join(".") || "the document"}" ${e.message ?? "is invalid"}.`,
        locate(path)
      );
  }
}
function patternFinding(e, path, locate) {
  const p = e.params;
  return error(
    "schema/pattern",
    `"${path.join(".")}"${e.propertyName ? ` key "${e.propertyName}"` : ""} has an invalid form (must match ${String(p.pattern)}).`,
    e.propertyName ? locate([...path, e.propertyName], { key: true }) : locate(path)
  );
}
function typeWords(e) {
  const anyOfPrincipal = e.schemaPath.includes("anyOf");
  if (anyOfPrincipal) return "a login name or group, or a list of them";
  const t = e.params.type;
  const list2 = Array.isArray(t) ? t : [t];
  return list2.map((x) => x === "object" ? "a mapping" : x === "array" ? "a list" : `a ${x}`).join(" or ");
}
function valueAt(e) {
  return e.data ?? "";
}
function allowedFields(parentSchema) {
  const props = parentSchema?.properties;
  return props ? Object.keys(props) : [];
}
function suggest(name, allowed) {
  return closest(name, allowed, Math.max(1, Math.floor(name.length / 3)));
}

// src/policy/dns.ts
function buildDns(file) {
  if (!file || file.value === void 0) return { findings: [] };
  const value = file.value ?? {};
  const findings = validateShape("dns", value, file.locate);
  if (findings.length > 0) return { findings };
  const doc = value;
  const dns2 = {};
  if (doc.splitDNS) {
    dns2.splitDNS = Object.fromEntries(
      Object.entries(doc.splitDNS).map(([d, r]) => [d.replace(/\.$/, "").toLowerCase(), r]).sort(([a], [b]) => a < b ? -1 : a > b ? 1 : 0)
    );
  }
  if (doc.nameservers) dns2.nameservers = doc.nameservers;
  if (doc.searchPaths) dns2.searchPaths = doc.searchPaths;
  if (doc.magicDNS !== void 0) dns2.magicDNS = doc.magicDNS;
  return { dns: dns2, findings };
}
function planDns(desired, live) {
  const plan = {};
  if (!desired) return plan;
  const same2 = (a, b) => JSON.stringify(a) === JSON.stringify(b);
  const sortedMap = (m) => Object.fromEntries(
    Object.entries(m).map(([k, v]) => [k.replace(/\.$/, "").toLowerCase(), v]).sort(([a], [b]) => a < b ? -1 : 1)
  );
  if (desired.splitDNS && !same2(sortedMap(desired.splitDNS), sortedMap(live.splitDNS)))
    plan.splitDNS = desired.splitDNS;
  if (desired.nameservers && !same2(desired.nameservers, live.nameservers)) plan.nameservers = desired.nameservers;
  if (desired.searchPaths && !same2(desired.searchPaths, live.searchPaths)) plan.searchPaths = desired.searchPaths;
  const magicAfter = plan.nameservers?.length === 0 ? false : live.magicDNS;
  if (desired.magicDNS !== void 0 && desired.magicDNS !== magicAfter) plan.magicDNS = desired.magicDNS;
  return plan;
}

// src/grammar/keys.ts
function isObject(v) {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}
var lowerCache = /* @__PURE__ */ new Map();
function lowerMap(canonical2) {
  let m = lowerCache.get(canonical2);
  if (!m) {
    m = new Map(canonical2.map((c) => [c.toLowerCase(), c]));
    lowerCache.set(canonical2, m);
  }
  return m;
}
function readObject(obj, canonical2) {
  const lm = lowerMap(canonical2);
  const fields = /* @__PURE__ */ new Map();
  const seen = /* @__PURE__ */ new Map();
  const unknown = [];
  const duplicates = [];
  for (const key of Object.keys(obj)) {
    const c = lm.get(key.toLowerCase());
    if (c === void 0) {
      unknown.push(key);
      continue;
    }
    const prev = seen.get(c);
    if (prev !== void 0) duplicates.push({ first: prev, second: key, canonical: c });
    seen.set(c, key);
    const value = obj[key];
    if (value === null || value === void 0) fields.delete(c);
    else fields.set(c, { key, value });
  }
  return { fields, unknown, duplicates };
}
var TOP_LEVEL_FIELDS = [
  "acls",
  "grants",
  "ssh",
  "autoApprovers",
  "nodeAttrs",
  "postures",
  "defaultSrcPosture",
  "tagOwners",
  "groups",
  "hosts",
  "ipsets",
  "tests",
  "sshTests",
  "derpMap",
  "disableIPv4",
  "OneCGNATRoute",
  "randomizeClientPort",
  "attrConfig"
];
var ACL_FIELDS = ["action", "src", "dst", "proto", "srcPosture", "users", "ports"];
var GRANT_FIELDS = ["src", "dst", "ip", "app", "srcPosture", "via"];
var SSH_FIELDS = [
  "action",
  "src",
  "dst",
  "users",
  "checkPeriod",
  "acceptEnv",
  "srcPosture",
  "recorder",
  "enforceRecorder"
];
var NODEATTR_FIELDS = ["target", "attr", "app", "ipPool"];
var TEST_FIELDS = ["src", "user", "srcPostureAttrs", "proto", "accept", "allow", "deny"];
var SSHTEST_FIELDS = ["src", "dst", "accept", "check", "deny", "srcPostureAttrs"];
var AUTOAPPROVER_FIELDS = ["routes", "exitNode", "services"];
var DERPMAP_FIELDS = ["regions", "omitDefaultRegions"];
var DERPREGION_FIELDS = [
  "regionID",
  "regionCode",
  "regionName",
  "latitude",
  "longitude",
  "avoid",
  "noMeasureNoHome",
  "nodes"
];
var DERPNODE_FIELDS = [
  "name",
  "regionID",
  "hostName",
  "certName",
  "ipv4",
  "ipv6",
  "stunPort",
  "stunOnly",
  "derpPort",
  "insecureForTests",
  "stunTestIP",
  "canPort80"
];
var ATTRCONFIG_FIELDS = ["type", "allowSetByNode", "broadcastToPeers"];
function sectionsOf(policy) {
  if (!isObject(policy)) return /* @__PURE__ */ new Map();
  return readObject(policy, TOP_LEVEL_FIELDS).fields;
}
function stringsOf(v) {
  if (typeof v === "string") return [v];
  if (!Array.isArray(v)) return [];
  return v.filter((x) => typeof x === "string");
}

// src/grammar/ip.ts
var MAX4 = (1n << 32n) - 1n;
var MAX6 = (1n << 128n) - 1n;
function maxOf(v) {
  return v === 4 ? MAX4 : MAX6;
}
function parseIPv4(s) {
  const parts = s.split(".");
  if (parts.length !== 4) return void 0;
  let n = 0n;
  for (const p of parts) {
    if (!/^(0|[1-9][0-9]{0,2})$/.test(p)) return void 0;
    const b = Number(p);
    if (b > 255) return void 0;
    n = n << 8n | BigInt(b);
  }
  return n;
}
function parseIPv6(s) {
  if (s.includes("%")) return void 0;
  let head = s;
  let tail4;
  const lastColon = s.lastIndexOf(":");
  if (lastColon >= 0 && s.slice(lastColon + 1).includes(".")) {
    tail4 = parseIPv4(s.slice(lastColon + 1));
    if (tail4 === void 0) return void 0;
    head = s.slice(0, lastColon + 1);
    if (head.endsWith(":") && !head.endsWith("::")) head = head.slice(0, -1);
  }
  const groupsWanted = tail4 === void 0 ? 8 : 6;
  const dbl = head.indexOf("::");
  if (dbl !== head.lastIndexOf("::")) return void 0;
  const parseGroups = (t) => {
    if (t === "") return [];
    const out = [];
    for (const g of t.split(":")) {
      if (!/^[0-9a-fA-F]{1,4}$/.test(g)) return void 0;
      out.push(BigInt("0x" + g));
    }
    return out;
  };
  let groups;
  if (dbl >= 0) {
    const left = parseGroups(head.slice(0, dbl));
    const right = parseGroups(head.slice(dbl + 2));
    if (!left || !right) return void 0;
    const missing = groupsWanted - left.length - right.length;
    if (missing < 1) return void 0;
    groups = [...left, ...Array(missing).fill(0n), ...right];
  } else {
    const all = parseGroups(head);
    if (!all || all.length !== groupsWanted) return void 0;
    groups = all;
  }
  let n = 0n;
  for (const g of groups) n = n << 16n | g;
  if (tail4 !== void 0) n = n << 32n | tail4;
  return n;
}
function parseIP(s) {
  if (s.includes(":")) {
    const n2 = parseIPv6(s);
    return n2 === void 0 ? void 0 : { v: 6, n: n2 };
  }
  const n = parseIPv4(s);
  return n === void 0 ? void 0 : { v: 4, n };
}
function parsePrefix(s) {
  const slash = s.indexOf("/");
  if (slash < 0) return void 0;
  const addr = parseIP(s.slice(0, slash));
  const lenText = s.slice(slash + 1);
  if (!addr || !/^(0|[1-9][0-9]{0,2})$/.test(lenText)) return void 0;
  const bits = Number(lenText);
  const width = addr.v === 4 ? 32 : 128;
  if (bits > width) return void 0;
  const hostBits = BigInt(width - bits);
  const lo = addr.n >> hostBits << hostBits;
  const hi = lo | (1n << hostBits) - 1n;
  return { v: addr.v, lo, hi };
}
function parseIPRange(s) {
  const dash = s.indexOf("-");
  if (dash < 0) return void 0;
  const a = parseIP(s.slice(0, dash));
  const b = parseIP(s.slice(dash + 1));
  if (!a || !b || a.v !== b.v || a.n > b.n) return void 0;
  return { v: a.v, lo: a.n, hi: b.n };
}
function parseAddressSpec(s) {
  if (s.includes("/")) return parsePrefix(s);
  const ip = parseIP(s);
  if (ip) return { v: ip.v, lo: ip.n, hi: ip.n };
  if (s.includes("-")) return parseIPRange(s);
  return void 0;
}
function isWholeFamily(r) {
  return r.lo === 0n && r.hi === maxOf(r.v);
}
var IPSet = class _IPSet {
  v4;
  v6;
  constructor(v4, v6) {
    this.v4 = v4;
    this.v6 = v6;
  }
  static empty = new _IPSet([], []);
  static of(ranges) {
    const merge2 = (rs) => {
      rs.sort((a, b) => a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0);
      const out = [];
      for (const r of rs) {
        const last = out[out.length - 1];
        if (last && r[0] <= last[1] + 1n) {
          if (r[1] > last[1]) last[1] = r[1];
        } else out.push([r[0], r[1]]);
      }
      return out;
    };
    return new _IPSet(
      merge2(ranges.filter((r) => r.v === 4).map((r) => [r.lo, r.hi])),
      merge2(ranges.filter((r) => r.v === 6).map((r) => [r.lo, r.hi]))
    );
  }
  /** Set difference, for ipsets' `remove`. */
  minus(other) {
    const sub = (a, b) => {
      let cur = a.map((r) => [r[0], r[1]]);
      for (const [blo, bhi] of b) {
        const next = [];
        for (const [lo, hi] of cur) {
          if (bhi < lo || blo > hi) next.push([lo, hi]);
          else {
            if (blo > lo) next.push([lo, blo - 1n]);
            if (bhi < hi) next.push([bhi + 1n, hi]);
          }
        }
        cur = next;
      }
      return cur;
    };
    return new _IPSet(sub(this.v4, other.v4), sub(this.v6, other.v6));
  }
  union(other) {
    return _IPSet.of([...this.ranges(), ...other.ranges()]);
  }
  ranges() {
    return [
      ...this.v4.map(([lo, hi]) => ({ v: 4, lo, hi })),
      ...this.v6.map(([lo, hi]) => ({ v: 6, lo, hi }))
    ];
  }
  isEmpty() {
    return this.v4.length === 0 && this.v6.length === 0;
  }
  /** The only address in the set, when it holds exactly one. */
  single() {
    const all = this.ranges();
    if (all.length !== 1 || all[0].lo !== all[0].hi) return void 0;
    return { v: all[0].v, n: all[0].lo };
  }
  contains(a) {
    const rs = a.v === 4 ? this.v4 : this.v6;
    let lo = 0;
    let hi = rs.length - 1;
    while (lo <= hi) {
      const mid = lo + hi >> 1;
      const r = rs[mid];
      if (a.n < r[0]) hi = mid - 1;
      else if (a.n > r[1]) lo = mid + 1;
      else return true;
    }
    return false;
  }
  overlaps(r) {
    const rs = r.v === 4 ? this.v4 : this.v6;
    return rs.some(([lo, hi]) => !(hi < r.lo || lo > r.hi));
  }
  covers(r) {
    const rs = r.v === 4 ? this.v4 : this.v6;
    return rs.some(([lo, hi]) => lo <= r.lo && hi >= r.hi);
  }
};
var CGNAT_RANGE = parsePrefix("100.64.0.0/10");
var TAILSCALE_ULA_RANGE = parsePrefix("fd7a:115c:a1e0::/48");
var QUAD100_RANGE = parsePrefix("100.100.100.0/24");
var PRIVATE_RANGES = [
  "10.0.0.0/8",
  "172.16.0.0/12",
  "192.168.0.0/16",
  "127.0.0.0/8",
  "169.254.0.0/16",
  "100.64.0.0/10",
  "0.0.0.0/8",
  "224.0.0.0/4",
  "240.0.0.0/4",
  "fc00::/7",
  "fe80::/10",
  "::1/128",
  "::/128",
  "ff00::/8"
].map((p) => parsePrefix(p));
function inTailnetRange(a) {
  const r = a.v === 4 ? CGNAT_RANGE : TAILSCALE_ULA_RANGE;
  return a.n >= r.lo && a.n <= r.hi;
}
function isPublic(a) {
  return !PRIVATE_RANGES.some((r) => r.v === a.v && a.n >= r.lo && a.n <= r.hi);
}
function rangesOverlap(a, b) {
  return a.v === b.v && !(a.hi < b.lo || a.lo > b.hi);
}

// src/grammar/ports.ts
var ALL_PORTS = [{ lo: 0, hi: 65535 }];
var PROTO_ICMP = 1;
var PROTO_TCP = 6;
var PROTO_UDP = 17;
var PROTO_ICMPV6 = 58;
var PROTO_SCTP = 132;
var DEFAULT_PROTOS = [PROTO_TCP, PROTO_UDP, PROTO_ICMP, PROTO_ICMPV6];
var PROTO_NAMES = {
  icmp: 1,
  icmpv4: 1,
  igmp: 2,
  ipv4: 4,
  "ip-in-ip": 4,
  tcp: 6,
  egp: 8,
  igp: 9,
  udp: 17,
  gre: 47,
  esp: 50,
  ah: 51,
  icmpv6: 58,
  "ipv6-icmp": 58,
  dccp: 33,
  tsmp: 99,
  sctp: 132
};
var PROTO_LABELS = { 1: "icmp", 6: "tcp", 17: "udp", 58: "icmpv6", 132: "sctp" };
function protoLabel(p) {
  return PROTO_LABELS[p] ?? `proto ${p}`;
}
function hasPorts(proto) {
  return proto === PROTO_TCP || proto === PROTO_UDP || proto === PROTO_SCTP;
}
function parseProto(s) {
  const t = s.trim().toLowerCase();
  if (/^[0-9]+$/.test(t)) {
    const n2 = Number(t);
    if (n2 >= 1 && n2 <= 255) return { ok: true, value: n2 };
    return { ok: false, error: `proto "${s}": protocol numbers go from 1 to 255` };
  }
  const n = PROTO_NAMES[t];
  if (n !== void 0) return { ok: true, value: n };
  return {
    ok: false,
    error: `proto name "${s}" not known; use a protocol number 1-255 or one of ${Object.keys(PROTO_NAMES).join(", ")}`
  };
}
function parseUint16(s) {
  if (!/^[0-9]+$/.test(s)) return void 0;
  const n = Number(s);
  return n <= 65535 ? n : void 0;
}
function parseOneRange(s) {
  const dash = s.indexOf("-");
  const loText = dash < 0 ? s : s.slice(0, dash);
  const lo = parseUint16(loText);
  if (lo === void 0) return { ok: false, error: `port range "${s}": invalid first integer` };
  let hi = lo;
  if (dash >= 0) {
    const h = parseUint16(s.slice(dash + 1));
    if (h === void 0) return { ok: false, error: `port range "${s}": invalid last integer` };
    hi = h;
  }
  if (lo === 0) return { ok: false, error: `port range "${s}": first port must be >0, or use '*' for wildcard` };
  if (lo > hi) return { ok: false, error: `port range "${s}": first port must not be greater than the last` };
  return { ok: true, value: { lo, hi } };
}
function parsePortList(text2) {
  const s = text2.toLowerCase();
  if (s === "*") return { ok: true, value: [...ALL_PORTS] };
  if (s === "") return { ok: false, error: "invalid port list: empty" };
  const out = [];
  for (const part of s.split(",")) {
    const r = parseOneRange(part);
    if (!r.ok) return r;
    out.push(r.value);
  }
  return { ok: true, value: out };
}
function portsContain(ranges, port) {
  for (const r of ranges) if (port >= r.lo && port <= r.hi) return true;
  return false;
}
function isAllPorts(ranges) {
  return ranges.some((r) => r.lo === 0 && r.hi === 65535);
}
function splitHostPorts(entry) {
  if (entry.startsWith("[")) {
    const close = entry.indexOf("]");
    if (close > 0 && entry[close + 1] === ":") {
      return { host: entry.slice(1, close), ports: entry.slice(close + 2), bracketed: true };
    }
  }
  const colon = entry.lastIndexOf(":");
  if (colon < 0) return void 0;
  return { host: entry.slice(0, colon), ports: entry.slice(colon + 1), bracketed: false };
}
function parseGrantIp(entry) {
  const s = entry.trim();
  if (s === "") return { ok: false, error: "empty ip entry" };
  if (s === "*") return { ok: true, value: { protos: DEFAULT_PROTOS, ports: ALL_PORTS } };
  const withProto = s.includes(":") ? s : `*:${s}`;
  const colon = withProto.lastIndexOf(":");
  const protoText = withProto.slice(0, colon);
  const portText = withProto.slice(colon + 1);
  if (protoText === "") return { ok: false, error: `ip "${entry}": no protocol specified` };
  const ports = parsePortList(portText);
  if (!ports.ok) return ports;
  const commaList = portText.includes(",");
  if (protoText === "*") return { ok: true, value: { protos: DEFAULT_PROTOS, ports: ports.value }, commaList };
  const proto = parseProto(protoText);
  if (!proto.ok) return proto;
  if (!hasPorts(proto.value) && !isAllPorts(ports.value)) {
    return {
      ok: false,
      error: `ip "${entry}": only TCP, UDP and SCTP traffic has ports; use "${protoText}:*"`
    };
  }
  return { ok: true, value: { protos: [proto.value], ports: ports.value }, commaList };
}
function allowsProtoPort(pp, proto, port) {
  if (!pp.protos.includes(proto)) return false;
  if (!hasPorts(proto)) return true;
  return portsContain(pp.ports, port);
}

// src/grammar/posture.ts
var OPS = [
  [/^NOT\s+IN\b/i, "NOT IN"],
  [/^IS\s+SET\b/i, "IS SET"],
  [/^NOT\s+SET\b/i, "NOT SET"],
  [/^IN\b/i, "IN"],
  [/^==/, "=="],
  [/^!=/, "!="],
  [/^<=/, "<="],
  [/^>=/, ">="],
  [/^</, "<"],
  [/^>/, ">"]
];
function parseScalar(t) {
  const s = t.trimStart();
  const q = s[0];
  if (q === "'" || q === '"') {
    const end = s.indexOf(q, 1);
    if (end < 0) return void 0;
    return { value: s.slice(1, end), rest: s.slice(end + 1) };
  }
  const m = /^(true|false)\b/i.exec(s);
  if (m) return { value: m[1].toLowerCase() === "true", rest: s.slice(m[0].length) };
  const n = /^-?[0-9]+(\.[0-9]+)?\b/.exec(s);
  if (n) return { value: Number(n[0]), rest: s.slice(n[0].length) };
  return void 0;
}
function parsePostureCondition(text2) {
  const s = text2.trim();
  const am = /^([A-Za-z][A-Za-z0-9_-]*:[A-Za-z0-9_.\-]+)\s*/.exec(s);
  if (!am) {
    return {
      ok: false,
      error: `posture condition "${text2}": expected "<namespace>:<attribute> <operator> <value>", e.g. "node:os == 'linux'"`
    };
  }
  const attr = am[1];
  let rest = s.slice(am[0].length);
  let op;
  for (const [re, o] of OPS) {
    const m = re.exec(rest);
    if (m) {
      op = o;
      rest = rest.slice(m[0].length);
      break;
    }
  }
  if (!op) {
    return {
      ok: false,
      error: `posture condition "${text2}": unknown operator; use ==, !=, <, <=, >, >=, IN or NOT IN`
    };
  }
  if (op === "IS SET" || op === "NOT SET") {
    if (rest.trim() !== "") return { ok: false, error: `posture condition "${text2}": nothing may follow ${op}` };
    return { ok: true, value: { attr, op, text: text2 } };
  }
  if (op === "IN" || op === "NOT IN") {
    const r = rest.trim();
    if (!r.startsWith("[") || !r.endsWith("]")) {
      return { ok: false, error: `posture condition "${text2}": ${op} takes a list, e.g. ['macos', 'windows']` };
    }
    const inner = r.slice(1, -1);
    const values = [];
    let cur = inner;
    while (cur.trim() !== "") {
      const v2 = parseScalar(cur);
      if (!v2) return { ok: false, error: `posture condition "${text2}": invalid list element` };
      values.push(v2.value);
      cur = v2.rest.trimStart();
      if (cur.startsWith(",")) cur = cur.slice(1);
      else if (cur.trim() !== "") return { ok: false, error: `posture condition "${text2}": list elements need commas` };
    }
    return { ok: true, value: { attr, op, value: values, text: text2 } };
  }
  const v = parseScalar(rest);
  if (!v || v.rest.trim() !== "") {
    return {
      ok: false,
      error: `posture condition "${text2}": the value must be a quoted string ('linux'), a number or true/false`
    };
  }
  if ((op === "<" || op === "<=" || op === ">" || op === ">=") && typeof v.value === "boolean") {
    return { ok: false, error: `posture condition "${text2}": ${op} compares numbers and versions, not booleans` };
  }
  return { ok: true, value: { attr, op, value: v.value, text: text2 } };
}
function compareVersions(a, b) {
  const split = (s) => (s.match(/[0-9]+|[^0-9]+/g) ?? []).map((p) => /^[0-9]+$/.test(p) ? Number(p) : p);
  const pa = split(a);
  const pb = split(b);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const x = pa[i];
    const y = pb[i];
    if (x === void 0) return -1;
    if (y === void 0) return 1;
    if (typeof x === "number" && typeof y === "number") {
      if (x !== y) return x < y ? -1 : 1;
    } else {
      const xs = String(x);
      const ys = String(y);
      if (xs !== ys) return xs < ys ? -1 : 1;
    }
  }
  return 0;
}
function same(a, b) {
  if (typeof a === typeof b) return a === b;
  return String(a).toLowerCase() === String(b).toLowerCase();
}
function evalCondition(c, attrs) {
  const has = Object.prototype.hasOwnProperty.call(attrs, c.attr);
  if (c.op === "IS SET") return has;
  if (c.op === "NOT SET") return !has;
  if (!has) return false;
  const v = attrs[c.attr];
  switch (c.op) {
    case "==":
      return same(v, c.value);
    case "!=":
      return !same(v, c.value);
    case "IN":
      return c.value.some((x) => same(v, x));
    case "NOT IN":
      return !c.value.some((x) => same(v, x));
    default: {
      const want = c.value;
      const cmp = typeof v === "number" && typeof want === "number" ? Math.sign(v - want) : compareVersions(String(v), String(want));
      if (c.op === "<") return cmp < 0;
      if (c.op === "<=") return cmp <= 0;
      if (c.op === ">") return cmp > 0;
      return cmp >= 0;
    }
  }
}

// src/grammar/selectors.ts
function parseSelector(raw) {
  const s = raw.trim();
  if (s === "") return { kind: "invalid", text: raw, reason: "empty selector" };
  if (s === "*") return { kind: "any" };
  if (s.startsWith("group:")) return { kind: "group", name: s };
  if (s.startsWith("tag:")) return { kind: "tag", name: s };
  if (s.startsWith("autogroup:")) return { kind: "autogroup", name: s };
  if (s.startsWith("ipset:")) return { kind: "ipset", name: s };
  if (s.startsWith("svc:")) return { kind: "svc", name: s };
  if (s.startsWith("user:")) {
    const m = /^user:\*@(.*)$/.exec(s);
    if (m) return { kind: "userDomain", domain: m[1] };
    return { kind: "invalid", text: s, reason: 'only "user:*@<domain>" is supported after "user:"' };
  }
  if (s.startsWith("posture:")) {
    return { kind: "invalid", text: s, reason: 'postures go in "srcPosture", not in src or dst' };
  }
  const range = parseAddressSpec(s);
  if (range) return { kind: "ip", range, text: s };
  if (s.includes("@")) return { kind: "user", login: s };
  if (s.includes(":") || s.includes("/") || /\s/.test(s)) {
    return { kind: "invalid", text: s, reason: "invalid address" };
  }
  return { kind: "host", name: s };
}
var AUTOGROUPS = /* @__PURE__ */ new Set([
  "autogroup:member",
  "autogroup:members",
  "autogroup:tagged",
  "autogroup:self",
  "autogroup:internet",
  "autogroup:shared",
  "autogroup:danger-all",
  "autogroup:admin",
  "autogroup:owner",
  "autogroup:network-admin",
  "autogroup:it-admin",
  "autogroup:billing-admin",
  "autogroup:auditor",
  "autogroup:nonroot"
]);
var ROLE_AUTOGROUPS = /* @__PURE__ */ new Set([
  "autogroup:admin",
  "autogroup:owner",
  "autogroup:network-admin",
  "autogroup:it-admin",
  "autogroup:billing-admin",
  "autogroup:auditor"
]);
function isMemberAutogroup(name) {
  return name === "autogroup:member" || name === "autogroup:members";
}
function checkTagName(tag) {
  if (!tag.startsWith("tag:")) return "tags must start with 'tag:'";
  const name = tag.slice(4);
  if (name === "") return "tag names must not be empty";
  if (!/^[A-Za-z]/.test(name)) return "tag names must start with a letter, after 'tag:'";
  if (!/^[A-Za-z0-9-]+$/.test(name)) return "tag names can only contain numbers, letters, or dashes";
  return void 0;
}
function checkServiceName(svc) {
  const name = svc.slice(4);
  if (!/^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$/.test(name)) {
    return `service names must be a DNS label after 'svc:' (lower-case letters, digits and dashes)`;
  }
  return void 0;
}

// src/evaluate/model.ts
var F = 0;
var T = 1;
var U = 2;
function or(a, b) {
  if (a === T || b === T) return T;
  if (a === U || b === U) return U;
  return F;
}
function and(a, b) {
  if (a === F || b === F) return F;
  if (a === U || b === U) return U;
  return T;
}
function addrKey(a) {
  return `${a.v}:${a.n.toString(16)}`;
}
function isScimGroup(name) {
  return name.includes("@");
}
function resolveIpsets(raw, hosts) {
  const out = /* @__PURE__ */ new Map();
  if (!isObject(raw)) return out;
  const visiting = /* @__PURE__ */ new Set();
  const resolve = (name) => {
    const done = out.get(name);
    if (done) return done;
    if (visiting.has(name) || !Object.prototype.hasOwnProperty.call(raw, name)) {
      return { set: IPSet.empty, internet: false };
    }
    visiting.add(name);
    let set = IPSet.empty;
    let internet = false;
    for (const op of stringsOf(raw[name])) {
      const m = /^\s*(add|remove)\s+(.*)$/.exec(op);
      const remove = m?.[1] === "remove";
      const target = (m ? m[2] : op).trim();
      let part = IPSet.empty;
      let partInternet = false;
      if (target.startsWith("host:")) {
        const h = hosts.get(target.slice(5));
        if (h) part = IPSet.of([h]);
      } else if (target.startsWith("ipset:")) {
        const r = resolve(target);
        part = r.set;
        partInternet = r.internet;
      } else if (target === "autogroup:internet") {
        partInternet = true;
      } else {
        const r = parseAddressSpec(target);
        if (r) part = IPSet.of([r]);
      }
      if (remove) {
        set = set.minus(part);
        if (partInternet) internet = false;
      } else {
        set = set.union(part);
        internet = internet || partInternet;
      }
    }
    visiting.delete(name);
    const result = { set, internet };
    out.set(name, result);
    return result;
  };
  for (const name of Object.keys(raw)) resolve(name);
  return out;
}
function emptySrc() {
  return {
    any: false,
    users: /* @__PURE__ */ new Set(),
    tags: /* @__PURE__ */ new Set(),
    member: false,
    tagged: false,
    usersUnknown: [],
    domains: [],
    ips: null,
    ipTexts: []
  };
}
function compileSrc(list2, defs) {
  const m = emptySrc();
  const ranges = [];
  let ipSet = null;
  for (const s of stringsOf(list2)) {
    const sel = parseSelector(s);
    switch (sel.kind) {
      case "any":
        m.any = true;
        break;
      case "user":
        m.users.add(sel.login);
        break;
      case "group": {
        const g = defs.groups.get(sel.name);
        if (g) for (const u of g) m.users.add(u);
        else if (isScimGroup(sel.name)) m.usersUnknown.push(sel.name);
        break;
      }
      case "tag":
        m.tags.add(sel.name);
        break;
      case "autogroup":
        if (isMemberAutogroup(sel.name)) m.member = true;
        else if (sel.name === "autogroup:tagged") m.tagged = true;
        else if (sel.name === "autogroup:danger-all") m.any = true;
        else if (ROLE_AUTOGROUPS.has(sel.name) || sel.name === "autogroup:shared") m.usersUnknown.push(sel.name);
        break;
      case "userDomain":
        m.domains.push(sel.domain);
        break;
      case "ip":
        ranges.push(sel.range);
        m.ipTexts.push(sel.text);
        break;
      case "host": {
        const h = defs.hosts.get(sel.name);
        if (h) {
          ranges.push(h);
          m.ipTexts.push(sel.name);
        }
        break;
      }
      case "ipset": {
        const r = defs.ipsets.get(sel.name);
        if (r) {
          ipSet = ipSet ? ipSet.union(r.set) : r.set;
          m.ipTexts.push(sel.name);
        }
        break;
      }
      default:
        break;
    }
  }
  if (ranges.length > 0) ipSet = ipSet ? ipSet.union(IPSet.of(ranges)) : IPSet.of(ranges);
  m.ips = ipSet;
  return m;
}
function compileDst(sel, defs) {
  switch (sel.kind) {
    case "any":
      return { k: "any" };
    case "user":
      return { k: "users", users: /* @__PURE__ */ new Set([sel.login]) };
    case "group": {
      const g = defs.groups.get(sel.name);
      if (g) return { k: "users", users: g };
      if (isScimGroup(sel.name))
        return { k: "usersUnknown", why: `the members of ${sel.name} (synced from the identity provider)` };
      return { k: "none" };
    }
    case "tag":
      return { k: "tag", tag: sel.name };
    case "autogroup":
      if (isMemberAutogroup(sel.name)) return { k: "member" };
      if (sel.name === "autogroup:tagged") return { k: "tagged" };
      if (sel.name === "autogroup:self") return { k: "self" };
      if (sel.name === "autogroup:internet") return { k: "internet" };
      if (ROLE_AUTOGROUPS.has(sel.name) || sel.name === "autogroup:shared") {
        return { k: "usersUnknown", why: `who is in ${sel.name}` };
      }
      return { k: "none" };
    case "userDomain":
      return { k: "domain", domain: sel.domain };
    case "ip":
      return { k: "ips", set: IPSet.of([sel.range]), internet: false, text: sel.text };
    case "host": {
      const h = defs.hosts.get(sel.name);
      return h ? { k: "ips", set: IPSet.of([h]), internet: false, text: sel.name } : { k: "none" };
    }
    case "ipset": {
      const r = defs.ipsets.get(sel.name);
      return r ? { k: "ips", set: r.set, internet: r.internet, text: sel.name } : { k: "none" };
    }
    case "svc":
      return { k: "svc", name: sel.name };
    default:
      return { k: "none" };
  }
}
function compileDstText(c, text2) {
  return compileDst(parseSelector(text2.trim()), { groups: c.groups, hosts: c.hosts, ipsets: c.ipsets });
}
function postureGate(v) {
  if (v === void 0) return null;
  return { names: stringsOf(v).map((s) => s.trim()) };
}
function compilePolicy(policy, opts = {}) {
  const sections = sectionsOf(policy);
  const sectionKeys = /* @__PURE__ */ new Map();
  for (const [name, f] of sections) sectionKeys.set(name, f.key);
  const sec = (name) => sections.get(name)?.value;
  const groups = /* @__PURE__ */ new Map();
  const rawGroups = sec("groups");
  if (isObject(rawGroups)) {
    for (const [g, members] of Object.entries(rawGroups)) {
      groups.set(
        g,
        new Set(
          stringsOf(members).map((m) => m.trim()).filter((m) => !m.startsWith("group:"))
        )
      );
    }
  }
  const tags = /* @__PURE__ */ new Set();
  const rawTagOwners = sec("tagOwners");
  if (isObject(rawTagOwners)) for (const t of Object.keys(rawTagOwners)) tags.add(t);
  const hosts = /* @__PURE__ */ new Map();
  const rawHosts = sec("hosts");
  if (isObject(rawHosts)) {
    for (const [h, v] of Object.entries(rawHosts)) {
      if (typeof v !== "string") continue;
      const r = parseAddressSpec(v.trim());
      if (r) hosts.set(h, r);
    }
  }
  const ipsets = resolveIpsets(sec("ipsets"), hosts);
  const postures = /* @__PURE__ */ new Map();
  const rawPostures = sec("postures");
  if (isObject(rawPostures)) {
    for (const [p, conds] of Object.entries(rawPostures)) {
      const parsed = stringsOf(conds).map(parsePostureCondition);
      postures.set(p, parsed.every((c) => c.ok) ? parsed.map((c) => c.value) : null);
    }
  }
  const defaultSrcPosture = stringsOf(sec("defaultSrcPosture")).map((s) => s.trim());
  const defs = { groups, hosts, ipsets };
  const units = [];
  const acls = sec("acls");
  if (Array.isArray(acls)) {
    acls.forEach((rule, index2) => {
      if (!isObject(rule)) return;
      const f = readObject(rule, ACL_FIELDS).fields;
      const action = f.get("action")?.value;
      if (typeof action !== "string" || action.trim().toLowerCase() !== "accept") return;
      const src = compileSrc(f.get("src")?.value ?? f.get("users")?.value, defs);
      const protoText = f.get("proto")?.value;
      let protos = DEFAULT_PROTOS;
      if (typeof protoText === "string" && protoText.trim() !== "") {
        const p = parseProto(protoText);
        if (!p.ok) return;
        protos = [p.value];
      }
      const posture = postureGate(f.get("srcPosture")?.value);
      stringsOf(f.get("dst")?.value ?? f.get("ports")?.value).forEach((entry, dstIndex) => {
        const hp = splitHostPorts(entry.trim());
        if (!hp) return;
        const ports = parsePortList(hp.ports);
        if (!ports.ok) return;
        const sel = parseSelector(hp.host);
        units.push({
          section: "acls",
          index: index2,
          dstIndex,
          src,
          dst: compileDst(sel, defs),
          pp: [{ protos, ports: ports.value }],
          posture
        });
      });
    });
  }
  const grants = sec("grants");
  if (Array.isArray(grants)) {
    grants.forEach((rule, index2) => {
      if (!isObject(rule)) return;
      const f = readObject(rule, GRANT_FIELDS).fields;
      const pp = [];
      for (const e of stringsOf(f.get("ip")?.value)) {
        const r = parseGrantIp(e);
        if (r.ok) pp.push(r.value);
      }
      if (pp.length === 0) return;
      const src = compileSrc(f.get("src")?.value, defs);
      const posture = postureGate(f.get("srcPosture")?.value);
      stringsOf(f.get("dst")?.value).forEach((d, dstIndex) => {
        units.push({ section: "grants", index: index2, dstIndex, src, dst: compileDst(parseSelector(d), defs), pp, posture });
      });
    });
  }
  const ssh = [];
  const rawSsh = sec("ssh");
  if (Array.isArray(rawSsh)) {
    rawSsh.forEach((rule, index2) => {
      if (!isObject(rule)) return;
      const f = readObject(rule, SSH_FIELDS).fields;
      const action = f.get("action")?.value;
      const a = typeof action === "string" ? action.trim() : "";
      if (a !== "accept" && a !== "check") return;
      const logins = { literal: /* @__PURE__ */ new Set(), nonroot: false, localpart: [] };
      for (const u0 of stringsOf(f.get("users")?.value)) {
        const u = u0.trim();
        if (u === "autogroup:nonroot") logins.nonroot = true;
        else if (u.startsWith("localpart:*@")) logins.localpart.push(u.slice("localpart:*@".length));
        else if (u !== "" && u !== "*") logins.literal.add(u);
      }
      ssh.push({
        index: index2,
        action: a,
        src: compileSrc(f.get("src")?.value, defs),
        dst: stringsOf(f.get("dst")?.value).map((d) => compileDst(parseSelector(d), defs)),
        logins,
        posture: postureGate(f.get("srcPosture")?.value)
      });
    });
  }
  const users = opts.users ? new Set(opts.users.filter((u) => u !== "")) : void 0;
  let devices;
  const byAddr = /* @__PURE__ */ new Map();
  if (opts.devices) {
    devices = opts.devices.map((d, i) => {
      const rec = {
        name: d.name ?? d.id ?? `device ${i + 1}`,
        tags: d.tags ?? [],
        addrs: d.addresses.map((a) => parseIP(a.trim())).filter((a) => a !== void 0),
        ...d.user !== void 0 ? { user: d.user } : {},
        ...d.postureAttributes ? { attrs: d.postureAttributes } : {}
      };
      for (const a of rec.addrs) byAddr.set(addrKey(a), rec);
      return rec;
    });
  }
  const index = buildIndex(units, byAddr);
  return {
    raw: policy,
    sectionKeys,
    groups,
    tags,
    hosts,
    ipsets,
    postures,
    defaultSrcPosture,
    units,
    ssh,
    ...users && users.size > 0 ? { users } : {},
    ...devices ? { devices } : {},
    index
  };
}
function buildIndex(units, byAddr) {
  const ix = {
    byTag: /* @__PURE__ */ new Map(),
    byUser: /* @__PURE__ */ new Map(),
    bySvc: /* @__PURE__ */ new Map(),
    any: [],
    member: [],
    tagged: [],
    self: [],
    userish: [],
    ips: [],
    internet: [],
    byAddr
  };
  const push = (m, k, u) => {
    const l = m.get(k);
    if (l) l.push(u);
    else m.set(k, [u]);
  };
  for (const u of units) {
    const d = u.dst;
    switch (d.k) {
      case "any":
        ix.any.push(u);
        break;
      case "users":
        for (const login of d.users) push(ix.byUser, login, u);
        break;
      case "tag":
        push(ix.byTag, d.tag, u);
        break;
      case "member":
        ix.member.push(u);
        break;
      case "tagged":
        ix.tagged.push(u);
        break;
      case "self":
        ix.self.push(u);
        break;
      case "usersUnknown":
      case "domain":
        ix.userish.push(u);
        break;
      case "ips":
        ix.ips.push(u);
        if (d.internet) ix.internet.push(u);
        break;
      case "internet":
        ix.internet.push(u);
        break;
      case "svc":
        push(ix.bySvc, d.name, u);
        break;
      case "none":
        break;
    }
  }
  return ix;
}
function ipMatch(set, ep) {
  if (ep.addrs) return ep.addrs.some((a) => set.contains(a)) ? T : F;
  if (!ep.tailnet) return F;
  if (set.covers(CGNAT_RANGE) || set.covers(TAILSCALE_ULA_RANGE)) return T;
  if (!set.overlaps(CGNAT_RANGE) && !set.overlaps(TAILSCALE_ULA_RANGE)) return F;
  return U;
}
function identity(ep, f) {
  if (!ep.known) return ep.tailnet ? U : F;
  return f(ep) ? T : F;
}
var isUserDevice = (ep) => ep.tags.length === 0 && ep.user !== void 0;
function matchSrc(m, ep) {
  if (m.any) return T;
  let r = F;
  if (m.users.size > 0)
    r = or(
      r,
      identity(ep, (e) => isUserDevice(e) && m.users.has(e.user))
    );
  if (r === T) return T;
  if (m.tags.size > 0)
    r = or(
      r,
      identity(ep, (e) => e.tags.some((t) => m.tags.has(t)))
    );
  if (m.member) r = or(r, identity(ep, isUserDevice));
  if (m.tagged)
    r = or(
      r,
      identity(ep, (e) => e.tags.length > 0)
    );
  for (const d of m.domains)
    r = or(
      r,
      identity(ep, (e) => isUserDevice(e) && e.user.endsWith("@" + d))
    );
  if (r === T) return T;
  if (m.ips) r = or(r, ipMatch(m.ips, ep));
  if (r !== T && m.usersUnknown.length > 0) {
    r = or(r, ep.known ? isUserDevice(ep) ? U : F : ep.tailnet ? U : F);
  }
  return r;
}
function matchDst(d, dst, src) {
  switch (d.k) {
    case "any":
      return T;
    case "users":
      return identity(dst, (e) => isUserDevice(e) && d.users.has(e.user));
    case "tag":
      return identity(dst, (e) => e.tags.includes(d.tag));
    case "member":
      return identity(dst, isUserDevice);
    case "tagged":
      return identity(dst, (e) => e.tags.length > 0);
    case "self":
      if (!src.known || !dst.known) return src.tailnet && dst.tailnet ? U : F;
      return isUserDevice(src) && isUserDevice(dst) && src.user === dst.user ? T : F;
    case "usersUnknown":
      return dst.known ? isUserDevice(dst) ? U : F : dst.tailnet ? U : F;
    case "domain":
      return identity(dst, (e) => isUserDevice(e) && e.user.endsWith("@" + d.domain));
    case "ips": {
      const r = ipMatch(d.set, dst);
      return r === T || !d.internet ? r : or(r, dst.internet ? T : F);
    }
    case "internet":
      return dst.internet ? T : F;
    case "svc":
      return dst.svc === d.name ? T : F;
    case "none":
      return F;
  }
}
function postureAllows(c, gate, attrs) {
  const names = gate ? gate.names : c.defaultSrcPosture;
  if (names.length === 0) return true;
  return names.some((n) => {
    const conds = c.postures.get(n);
    return !!conds && conds.every((cond) => evalCondition(cond, attrs));
  });
}
function candidates(c, dst) {
  const ix = c.index;
  if (!dst.known) return c.units;
  const out = [...ix.any, ...ix.ips];
  if (dst.svc) out.push(...ix.bySvc.get(dst.svc) ?? []);
  if (dst.tags.length > 0) {
    for (const t of dst.tags) out.push(...ix.byTag.get(t) ?? []);
    out.push(...ix.tagged);
  } else if (dst.user !== void 0) {
    out.push(...ix.byUser.get(dst.user) ?? [], ...ix.member, ...ix.self, ...ix.userish);
  }
  if (dst.internet) out.push(...ix.internet);
  return out;
}
function decide(c, src, dst, protos, port, attrs) {
  const allowedBy = [];
  const maybe = [];
  const postureCache = /* @__PURE__ */ new Map();
  for (const u of candidates(c, dst)) {
    if (!u.pp.some((pp) => protos.some((p) => allowsProtoPort(pp, p, port)))) continue;
    let ok = postureCache.get(u.posture);
    if (ok === void 0) {
      ok = postureAllows(c, u.posture, attrs);
      postureCache.set(u.posture, ok);
    }
    if (!ok) continue;
    const s = matchSrc(u.src, src);
    if (s === F) continue;
    const r = and(s, matchDst(u.dst, dst, src));
    if (r === T) allowedBy.push(u);
    else if (r === U) maybe.push(u);
  }
  return { result: allowedBy.length > 0 ? T : maybe.length > 0 ? U : F, allowedBy, maybe };
}
function loginMatch(u, login, src) {
  if (u.logins.literal.has(login)) return T;
  if (u.logins.nonroot && login !== "root") return T;
  let r = F;
  for (const d of u.logins.localpart) {
    if (!src.known) r = or(r, U);
    else if (isUserDevice(src) && src.user === `${login}@${d}`) return T;
  }
  return r;
}
function decideSsh(c, src, dst, login, attrs) {
  const check = [];
  const accept = [];
  const maybeCheck = [];
  const maybeAccept = [];
  for (const u of c.ssh) {
    if (!postureAllows(c, u.posture, attrs)) continue;
    let r = matchSrc(u.src, src);
    if (r === F) continue;
    let d = F;
    for (const m of u.dst) d = or(d, matchDst(m, dst, src));
    r = and(r, and(d, loginMatch(u, login, src)));
    if (r === F) continue;
    const list2 = u.action === "check" ? r === T ? check : maybeCheck : r === T ? accept : maybeAccept;
    list2.push(u);
  }
  if (check.length > 0) return { action: "check", by: check, maybe: [] };
  if (maybeCheck.length > 0) return { action: "undecidable", by: [], maybe: [...maybeCheck, ...maybeAccept] };
  if (accept.length > 0) return { action: "accept", by: accept, maybe: [] };
  if (maybeAccept.length > 0) return { action: "undecidable", by: [], maybe: maybeAccept };
  return { action: "deny", by: [], maybe: [] };
}
function deviceEndpoint(d, label) {
  return {
    label: `${label} (${d.name})`,
    ...d.tags.length === 0 && d.user !== void 0 ? { user: d.user } : {},
    tags: d.tags,
    addrs: d.addrs,
    known: true,
    tailnet: true,
    internet: false,
    device: d.name,
    ...d.attrs ? { postureAttributes: d.attrs } : {}
  };
}
function resolveUser(c, login, label = login) {
  if (c.devices) {
    const mine = c.devices.filter((d) => d.tags.length === 0 && d.user === login);
    if (mine.length > 0) return { endpoints: mine.map((d) => deviceEndpoint(d, label)), notes: [] };
  }
  return {
    endpoints: [{ label, user: login, tags: [], known: true, tailnet: true, internet: false }],
    notes: c.devices ? [`${login} has no device in the inventory; evaluated as a hypothetical device of that user`] : []
  };
}
function resolveAddr(c, a, label) {
  const d = c.index.byAddr.get(addrKey(a));
  if (d) return { endpoints: [deviceEndpoint(d, label)], notes: [] };
  const tailnet = inTailnetRange(a);
  return {
    endpoints: [
      {
        label,
        tags: [],
        addrs: [a],
        known: !!c.devices || !tailnet,
        tailnet,
        internet: isPublic(a)
      }
    ],
    notes: tailnet && !c.devices ? [`which device holds ${label} is not known offline; rules naming users or tags cannot be applied to it`] : []
  };
}
function resolveIdentity(c, text2, selfOf) {
  const sel = parseSelector(text2);
  switch (sel.kind) {
    case "user":
      return resolveUser(c, sel.login);
    case "group": {
      const g = c.groups.get(sel.name);
      if (!g) return { endpoints: [], undecidable: `the members of ${sel.name} are not known offline`, notes: [] };
      if (g.size === 0) return { endpoints: [], undecidable: `${sel.name} has no members`, notes: [] };
      const out = { endpoints: [], notes: [] };
      for (const m of g) {
        const r = resolveUser(c, m, `${m} (in ${sel.name})`);
        out.endpoints.push(...r.endpoints);
        out.notes.push(...r.notes);
      }
      return out;
    }
    case "tag": {
      if (c.devices) {
        const tagged = c.devices.filter((d) => d.tags.includes(sel.name));
        if (tagged.length > 0) return { endpoints: tagged.map((d) => deviceEndpoint(d, sel.name)), notes: [] };
      }
      return {
        endpoints: [{ label: sel.name, tags: [sel.name], known: true, tailnet: true, internet: false }],
        notes: c.devices ? [`no device in the inventory carries ${sel.name}; evaluated as a hypothetical one`] : []
      };
    }
    case "host": {
      const h = c.hosts.get(sel.name);
      if (!h) return { endpoints: [], fail: `host "${sel.name}" is not defined in "hosts"`, notes: [] };
      if (h.lo !== h.hi) return { endpoints: [], fail: `host "${sel.name}" is a range, not one address`, notes: [] };
      return resolveAddr(c, { v: h.v, n: h.lo }, sel.name);
    }
    case "ip":
      if (sel.range.lo !== sel.range.hi)
        return { endpoints: [], fail: `"${sel.text}" is a range, not one address`, notes: [] };
      return resolveAddr(c, { v: sel.range.v, n: sel.range.lo }, sel.text);
    case "ipset": {
      const r = c.ipsets.get(sel.name);
      const one = r?.set.single();
      if (!one) return { endpoints: [], fail: `${sel.name} is not one address`, notes: [] };
      return resolveAddr(c, one, sel.name);
    }
    case "svc":
      return {
        endpoints: [{ label: sel.name, tags: [], known: true, tailnet: true, internet: false, svc: sel.name }],
        notes: []
      };
    case "autogroup":
      if (sel.name === "autogroup:self" && selfOf) {
        if (!selfOf.known) {
          return {
            endpoints: [],
            undecidable: `whose devices autogroup:self means for ${selfOf.label} is not known offline`,
            notes: []
          };
        }
        if (!isUserDevice(selfOf))
          return {
            endpoints: [],
            fail: `autogroup:self has no devices for ${selfOf.label}, which is not a user's device`,
            notes: []
          };
        return resolveUser(c, selfOf.user, `autogroup:self (${selfOf.user})`);
      }
      return { endpoints: [], undecidable: `which devices ${sel.name} stands for is not known offline`, notes: [] };
    default:
      return { endpoints: [], fail: `"${text2}" does not name one device`, notes: [] };
  }
}

// src/evaluate/standing.ts
var NO = { tri: F };
var YES = { tri: T };
function standingAccess(policy, targets, opts = {}) {
  if (targets.length === 0) return [];
  const c = isCompiled(policy) ? policy : compilePolicy(policy, opts);
  const skip = opts.skip ?? (() => false);
  const compiledTargets = targets.map((t) => ({
    resource: t.resource,
    dsts: t.destinations.map((text2) => ({ text: text2, m: compileDstText(c, text2) }))
  }));
  const out = [];
  const consider = (section2, index, src, dstIndex, dst) => {
    if (skip(section2, index) || srcIsEmpty(src, c)) return;
    for (const t of compiledTargets) {
      for (const d of t.dsts) {
        const o = overlap(dst, d.m, src, d.text);
        if (o.tri === F) continue;
        const key = `${t.resource}\0${section2}\0${index}`;
        const prior = out.find((r) => `${r.resource}\0${r.section}\0${r.index}` === key);
        if (prior) {
          if (!prior.certain && o.tri === T)
            Object.assign(prior, reach(c, t.resource, section2, index, dstIndex, d.text, o));
          continue;
        }
        out.push(reach(c, t.resource, section2, index, dstIndex, d.text, o));
      }
    }
  };
  for (const u of c.units) consider(u.section, u.index, u.src, u.dstIndex, u.dst);
  for (const u of c.ssh) u.dst.forEach((d, i) => consider("ssh", u.index, u.src, i, d));
  return out;
}
function reach(c, resource, section2, index, dstIndex, target, o) {
  const rule = ruleFields(c, section2, index);
  const srcs = section2 === "acls" ? rule.get("src") ?? rule.get("users") : rule.get("src");
  const dsts = section2 === "acls" ? rule.get("dst") ?? rule.get("ports") : rule.get("dst");
  const principals2 = stringsOf(srcs).map((s) => s.trim()).filter((s) => !(s.startsWith("group:") && c.groups.get(s)?.size === 0));
  return {
    resource,
    section: section2,
    sectionKey: c.sectionKeys.get(section2) ?? section2,
    index,
    via: stringsOf(dsts)[dstIndex]?.trim() ?? "",
    target,
    principals: principals2,
    certain: o.tri === T,
    ...o.why ? { why: o.why } : {}
  };
}
function ruleFields(c, section2, index) {
  const list2 = sectionsOf(c.raw).get(section2)?.value;
  const rule = Array.isArray(list2) ? list2[index] : void 0;
  if (!isObject(rule)) return /* @__PURE__ */ new Map();
  const fields = section2 === "acls" ? ACL_FIELDS : section2 === "grants" ? GRANT_FIELDS : SSH_FIELDS;
  return new Map([...readObject(rule, fields).fields].map(([k, f]) => [k, f.value]));
}
function isCompiled(p) {
  return isObject(p) && p["units"] instanceof Array && p["sectionKeys"] instanceof Map;
}
function srcIsEmpty(m, c) {
  void c;
  return !m.any && m.users.size === 0 && m.tags.size === 0 && !m.member && !m.tagged && m.usersUnknown.length === 0 && m.domains.length === 0 && (!m.ips || m.ips.isEmpty());
}
var TAILNET = IPSet.of([CGNAT_RANGE, TAILSCALE_ULA_RANGE]);
function inTailnet(set) {
  return set.ranges().some((r) => TAILNET.overlaps(r));
}
function setsOverlap(a, b) {
  return b.ranges().some((r) => a.overlaps(r));
}
function selfReaches(src, wants) {
  if (src.any || src.member) return YES;
  if ([...src.users].some(wants)) return YES;
  if (src.usersUnknown.length > 0 || src.domains.length > 0)
    return { tri: U, why: `who is in ${[...src.usersUnknown, ...src.domains.map((d) => `*@${d}`)].join(", ")}` };
  return NO;
}
function overlap(b, r, src, rText) {
  if (b.k === "none" || r.k === "none") return NO;
  const addressOf = (what2) => ({ tri: U, why: `which tailnet addresses ${what2} devices have` });
  switch (r.k) {
    case "any":
      return b.k === "internet" ? NO : YES;
    case "tag":
    case "tagged":
      if (b.k === "any" || b.k === "tagged") return YES;
      if (b.k === "tag") return r.k === "tagged" || b.tag === r.tag ? YES : NO;
      if (b.k === "ips") return inTailnet(b.set) ? addressOf(rText) : NO;
      return NO;
    case "users":
    case "member":
    case "self":
    case "domain":
    case "usersUnknown": {
      const wants = (login) => r.k === "users" ? r.users.has(login) : r.k === "domain" ? login.endsWith(`@${r.domain}`) : true;
      const unknownR = r.k === "usersUnknown";
      switch (b.k) {
        case "any":
          return YES;
        case "member":
          return unknownR ? { tri: U, why: r.why } : r.k === "users" && r.users.size === 0 ? NO : YES;
        case "users":
          if (unknownR) return b.users.size > 0 ? { tri: U, why: r.why } : NO;
          return [...b.users].some(wants) ? YES : NO;
        case "domain":
          if (unknownR) return { tri: U, why: r.why };
          if (r.k === "users") return [...r.users].some((u) => u.endsWith(`@${b.domain}`)) ? YES : NO;
          if (r.k === "domain") return r.domain === b.domain ? YES : NO;
          return YES;
        case "usersUnknown":
          return { tri: U, why: b.why };
        case "self":
          return unknownR ? { tri: U, why: r.why } : selfReaches(src, wants);
        case "ips":
          return inTailnet(b.set) ? addressOf(rText) : NO;
        default:
          return NO;
      }
    }
    case "ips":
      if (b.k === "any") return YES;
      if (b.k === "ips") return setsOverlap(b.set, r.set) || b.internet && r.internet ? YES : NO;
      if (b.k === "internet") return r.internet ? YES : NO;
      if (b.k === "svc") return NO;
      return inTailnet(r.set) ? { tri: U, why: `which devices hold the addresses of ${rText}` } : NO;
    case "internet":
      if (b.k === "internet" || b.k === "ips" && b.internet) return YES;
      if (b.k === "any") return { tri: U, why: 'whether "*" reaches the internet through exit nodes' };
      return NO;
    case "svc":
      return b.k === "any" || b.k === "svc" && b.name === r.name ? YES : NO;
  }
}

// src/validate/standing-check.ts
function standingTargets(access2) {
  const targets = [];
  for (const r of access2.resources.values()) {
    if (r.standing !== "none") continue;
    const destinations = [...r.grants, ...r.ssh].flatMap((rule) => stringsOf(rule["dst"]).map((d) => d.trim()));
    targets.push({ resource: r.name, destinations: [...new Set(destinations)] });
  }
  return targets;
}
function baseStandingAccess(policy, access2, generatedBy) {
  return standingAccess(policy, standingTargets(access2), {
    skip: (section2, index) => generatedBy.get(section2)?.has(index) ?? false
  });
}
function standingFindings(compiled) {
  const reaches = baseStandingAccess(compiled.policy, compiled.access, compiled.generatedBy);
  return reaches.map((r) => standingFinding(r, compiled.locate));
}
function standingFinding(r, locate) {
  const location = locate([r.sectionKey, r.index]);
  const who = r.principals.length > 0 ? r.principals.join(", ") : "its sources";
  const rule = `${r.sectionKey}[${r.index}]`;
  if (r.certain) {
    return error(
      "standing/access",
      `${rule} lets ${who} reach ${r.target} (through its destination "${r.via}") without a grant, but resource "${r.resource}" has standing: none. Leave ${r.target} out of this rule's destinations (or remove the rule); access to ${r.resource} is requested through grants/.`,
      location
    );
  }
  return {
    severity: "notice",
    rule: "standing/unknown",
    message: `Whether ${rule} (${who} -> "${r.via}") reaches ${r.target} of resource "${r.resource}" (standing: none) cannot be known offline: it depends on ${r.why ?? "what is not known offline"}. Narrow the rule's destinations if it might.`,
    ...location ? { location } : {}
  };
}

// src/shared/bounds.ts
var MAX_DEPTH = 64;
var MAX_LINES = 1e5;
var MAX_ENTRIES = 2e5;
var tooDeep = (offset) => ({
  rule: "syntax/too-deep",
  message: `Nesting is deeper than ${MAX_DEPTH} levels here; a policy needs only a few. Flatten the structure.`,
  offset
});
var tooManyLines = (offset) => ({
  rule: "syntax/too-many-lines",
  message: `The file has more than ${MAX_LINES.toLocaleString("en-US")} lines; split it into smaller files.`,
  offset
});
var tooManyEntries = (offset) => ({
  rule: "syntax/too-many-entries",
  message: `The file has more than ${MAX_ENTRIES.toLocaleString("en-US")} entries; split it into smaller files.`,
  offset
});
function jsonBounds(text2) {
  let depth = 0;
  let lines = 1;
  let entries = 0;
  const n = text2.length;
  for (let i = 0; i < n; i++) {
    const c = text2.charCodeAt(i);
    if (c === 10) {
      if (++lines > MAX_LINES) return tooManyLines(i + 1);
    } else if (c === 34) {
      for (i++; i < n; i++) {
        const d = text2.charCodeAt(i);
        if (d === 92) i++;
        else if (d === 34 || d === 10) break;
      }
      if (text2.charCodeAt(i) === 10) i--;
    } else if (c === 47 && text2.charCodeAt(i + 1) === 47) {
      while (i + 1 < n && text2.charCodeAt(i + 1) !== 10) i++;
    } else if (c === 47 && text2.charCodeAt(i + 1) === 42) {
      for (i += 2; i < n && !(text2.charCodeAt(i) === 42 && text2.charCodeAt(i + 1) === 47); i++) {
        if (text2.charCodeAt(i) === 10 && ++lines > MAX_LINES) return tooManyLines(i + 1);
      }
      i++;
    } else if (c === 91 || c === 123) {
      if (++depth > MAX_DEPTH) return tooDeep(i);
    } else if (c === 93 || c === 125) {
      if (depth > 0) depth--;
    } else if (c === 44 || c === 58) {
      if (++entries > MAX_ENTRIES) return tooManyEntries(i);
    }
  }
  return void 0;
}
function yamlBounds(text2) {
  const indents = [];
  let flow = 0;
  let lines = 0;
  let entries = 0;
  let flowBase = 0;
  const n = text2.length;
  let i = 0;
  while (i < n) {
    const lineStart = i;
    if (++lines > MAX_LINES) return tooManyLines(lineStart);
    let end = text2.indexOf("\n", i);
    if (end === -1) end = n;
    let j = i;
    while (j < end && text2.charCodeAt(j) === 32) j++;
    const blank = j >= end || text2.charCodeAt(j) === 35 || text2.charCodeAt(j) === 13;
    let depth = flowBase;
    if (!blank && flow === 0) {
      const indent = j - i;
      while (indents.length > 0 && indents[indents.length - 1] > indent) indents.pop();
      if (indents.length === 0 || indents[indents.length - 1] < indent) indents.push(indent);
      depth = indents.length;
      let k = j;
      for (; ; ) {
        const c = text2.charCodeAt(k);
        const next = text2.charCodeAt(k + 1);
        if ((c === 45 || c === 63) && (k + 1 >= end || next === 32 || next === 13)) {
          depth++;
          if (++entries > MAX_ENTRIES) return tooManyEntries(k);
          k += 1;
          while (k < end && text2.charCodeAt(k) === 32) k++;
        } else break;
      }
      if (depth > MAX_DEPTH) return tooDeep(k);
      flowBase = depth;
    }
    for (let k = j; k < end; k++) {
      const c = text2.charCodeAt(k);
      if (c === 39 || c === 34) {
        const prev = k === 0 ? 32 : text2.charCodeAt(k - 1);
        if (!(prev === 32 || prev === 91 || prev === 123 || prev === 44 || prev === 58 || prev === 45 || k === j))
          continue;
        const close = quotedEnd(text2, k, c);
        if (close === -1) break;
        k = close;
      } else if (c === 35 && (k === j || text2.charCodeAt(k - 1) === 32)) {
        break;
      } else if (c === 91 || c === 123) {
        if (depth + ++flow > MAX_DEPTH) return tooDeep(k);
      } else if (c === 93 || c === 125) {
        if (flow > 0) flow--;
      } else if (c === 58 && (k + 1 >= end || text2.charCodeAt(k + 1) === 32) || c === 44 && flow > 0) {
        if (++entries > MAX_ENTRIES) return tooManyEntries(k);
      }
    }
    i = end + 1;
  }
  return void 0;
}
function quotedEnd(text2, start, quote) {
  for (let k = start + 1; k < text2.length; k++) {
    const c = text2.charCodeAt(k);
    if (c === 10) return -1;
    if (quote === 34 && c === 92) k++;
    else if (c === quote) {
      if (quote === 39 && text2.charCodeAt(k + 1) === 39) k++;
      else return k;
    }
  }
  return -1;
}
function deeperThan(value, max = MAX_DEPTH) {
  const stack = [[value, 0]];
  while (stack.length > 0) {
    const [v, d] = stack.pop();
    if (v === null || typeof v !== "object") continue;
    if (d >= max) return true;
    for (const child of Array.isArray(v) ? v : Object.values(v)) {
      if (child !== null && typeof child === "object") stack.push([child, d + 1]);
    }
  }
  return false;
}
function setOwn(obj, key, value) {
  if (key === "__proto__")
    Object.defineProperty(obj, key, { value, enumerable: true, writable: true, configurable: true });
  else obj[key] = value;
}
function own(obj, key) {
  return Object.prototype.hasOwnProperty.call(obj, key) ? obj[key] : void 0;
}

// src/policy/merge.ts
var POLICY_SECTIONS = {
  groups: "map",
  hosts: "map",
  tagOwners: "map",
  postures: "map",
  ipsets: "map",
  attrConfig: "map",
  acls: "list",
  grants: "list",
  ssh: "list",
  tests: "list",
  sshTests: "list",
  nodeAttrs: "list",
  autoApprovers: "autoApprovers",
  defaultSrcPosture: "scalar",
  derpMap: "scalar",
  disableIPv4: "scalar",
  randomizeClientPort: "scalar",
  OneCGNATRoute: "scalar"
};
var CANONICAL = new Map(Object.keys(POLICY_SECTIONS).map((k) => [k.toLowerCase(), k]));
function canonicalSection(name) {
  return CANONICAL.get(name.toLowerCase()) ?? name;
}
var PolicyOrigins = class {
  map = /* @__PURE__ */ new Map();
  set(path, locate) {
    this.map.set(path.join("\0"), locate);
  }
  /** The locator for the merged policy. */
  locate = (path, opts) => {
    for (let n = path.length; n >= 1; n--) {
      const origin = this.map.get(path.slice(0, n).join("\0"));
      if (origin) return origin(path.slice(n), opts);
    }
    return void 0;
  };
};
function at(locate, base) {
  return (rest, opts) => locate([...base, ...rest], opts);
}
function mergeFragments(fragments) {
  const policy = {};
  const origins = new PolicyOrigins();
  const findings = [];
  const firstDefined = /* @__PURE__ */ new Map();
  const defineOnce = (key, label, loc) => {
    if (firstDefined.has(key)) {
      const first = firstDefined.get(key);
      findings.push(
        error(
          "merge/duplicate",
          `${label} is defined twice: here and at ${first ? `${first.file}:${first.line}` : "another fragment"}. Define it in one fragment only.`,
          loc,
          first
        )
      );
      return false;
    }
    firstDefined.set(key, loc);
    return true;
  };
  const mergeMap = (target, path, value, frag, srcPath) => {
    if (!isPlainObject(value)) {
      findings.push(error("policy/type", `"${path.join(".")}" must be an object.`, frag.locate(srcPath)));
      return;
    }
    for (const [k, v] of Object.entries(value)) {
      const loc = frag.locate([...srcPath, k], { key: true });
      if (!defineOnce([...path, k].join("\0"), `"${[...path, k].join(".")}"`, loc)) continue;
      setOwn(target, k, v);
      origins.set([...path, k], at(frag.locate, [...srcPath, k]));
    }
  };
  const mergeList = (target, path, value, frag, srcPath) => {
    if (!Array.isArray(value)) {
      findings.push(error("policy/type", `"${path.join(".")}" must be a list.`, frag.locate(srcPath)));
      return;
    }
    value.forEach((item, i) => {
      origins.set([...path, target.length], at(frag.locate, [...srcPath, i]));
      target.push(item);
    });
  };
  for (const frag of fragments) {
    if (frag.value === void 0) continue;
    if (!isPlainObject(frag.value)) {
      findings.push(error("policy/type", "A policy fragment must be an object of policy sections.", frag.locate([])));
      continue;
    }
    for (const [rawKey, value] of Object.entries(frag.value)) {
      const key = canonicalSection(rawKey);
      const kind = own(POLICY_SECTIONS, key) ?? "scalar";
      if (kind === "map") {
        origins.set([key], at(frag.locate, [rawKey]));
        mergeMap(section(policy, key, {}), [key], value, frag, [rawKey]);
      } else if (kind === "list") {
        mergeList(section(policy, key, []), [key], value, frag, [rawKey]);
        if (!origins.locate([key])) origins.set([key], at(frag.locate, [rawKey]));
      } else if (kind === "autoApprovers") {
        if (!isPlainObject(value)) {
          findings.push(error("policy/type", '"autoApprovers" must be an object.', frag.locate([rawKey])));
          continue;
        }
        const target = section(policy, "autoApprovers", {});
        origins.set([key], at(frag.locate, [rawKey]));
        for (const [sub, subValue] of Object.entries(value)) {
          if (sub === "exitNode" && Array.isArray(subValue)) {
            mergeList(section(target, sub, []), [key, sub], subValue, frag, [rawKey, sub]);
          } else if (isPlainObject(subValue)) {
            mergeMap(section(target, sub, {}), [key, sub], subValue, frag, [rawKey, sub]);
          } else if (defineOnce(`${key}\0${sub}`, `"${key}.${sub}"`, frag.locate([rawKey, sub], { key: true }))) {
            setOwn(target, sub, subValue);
            origins.set([key, sub], at(frag.locate, [rawKey, sub]));
          }
        }
      } else if (defineOnce(key, `"${key}"`, frag.locate([rawKey], { key: true }))) {
        setOwn(policy, key, value);
        origins.set([key], at(frag.locate, [rawKey]));
      }
    }
  }
  return { policy, origins, findings };
}
function section(obj, key, empty) {
  const existing = own(obj, key);
  if (existing !== void 0 && existing !== null) return existing;
  setOwn(obj, key, empty);
  return empty;
}
function isPlainObject(v) {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

// src/policy/access.ts
var EMPTY_ACCESS = { people: /* @__PURE__ */ new Map(), resources: /* @__PURE__ */ new Map() };
function buildAccess(file) {
  if (!file || file.value === void 0) return { access: { ...EMPTY_ACCESS, path: file?.path }, findings: [] };
  const value = file.value ?? {};
  const findings = validateShape("access", value, file.locate);
  if (findings.length > 0 || !isPlainObject(value)) return { access: { ...EMPTY_ACCESS, path: file.path }, findings };
  const doc = value;
  const rules = (r, locate) => ({
    maxDuration: r.maxDuration,
    maxDurationMs: parseDuration(r.maxDuration),
    eligible: r.eligible,
    approvers: r.approvers,
    approvals: r.approvals ?? 1,
    ticketPattern: r.ticket,
    enforce: r.enforce ?? doc.enforce,
    locate
  });
  const resources = /* @__PURE__ */ new Map();
  for (const [name, r] of Object.entries(doc.resources ?? {})) {
    const locate = (path, opts) => file.locate(["resources", name, ...path], opts);
    const reminder2 = r.reminder ?? doc.reminder;
    resources.set(name, {
      ...rules(r, locate),
      name,
      description: r.description,
      ...reminder2 !== void 0 ? { reminderMs: parseDuration(reminder2) } : {},
      grants: r.grants ?? [],
      ssh: r.ssh ?? [],
      ...r.standing ? { standing: r.standing } : {}
    });
  }
  const inline = doc.inline ? rules(doc.inline, (path, opts) => file.locate(["inline", ...path], opts)) : void 0;
  return {
    access: { path: file.path, people: new Map(Object.entries(doc.people ?? {})), resources, inline },
    findings
  };
}
function groupMembers(policy) {
  let members = membersCache.get(policy);
  if (!members) {
    const groups = isPlainObject(policy.groups) ? policy.groups : {};
    members = new Map(
      Object.entries(groups).map(([k, v]) => [
        k,
        Array.isArray(v) ? v.filter((m) => typeof m === "string") : []
      ])
    );
    membersCache.set(policy, members);
  }
  return members;
}
var membersCache = /* @__PURE__ */ new WeakMap();
var memberSets = /* @__PURE__ */ new WeakMap();
function includesUser(principals2, login, groups) {
  let sets = memberSets.get(groups);
  if (!sets) memberSets.set(groups, sets = /* @__PURE__ */ new Map());
  const setOf = (group) => {
    let set = sets.get(group);
    if (!set) sets.set(group, set = new Set(groups.get(group) ?? []));
    return set;
  };
  return principals2.some((p) => p === login || p.startsWith("group:") && setOf(p).has(login));
}
function checkAccessReferences(access2, policy) {
  const groups = groupMembers(policy);
  const findings = [];
  const check = (list2, field2, locate) => {
    list2?.forEach((p, i) => {
      if (p.startsWith("group:") && !groups.has(p)) {
        findings.push(
          error(
            "ref/unknown-group",
            `${field2} names ${p}, which is not defined in the policy's "groups". Define it in policy/ or fix the name.`,
            locate([field2, i])
          )
        );
      }
    });
  };
  const all = [...access2.resources.values()];
  if (access2.inline) all.push(access2.inline);
  for (const r of all) {
    check(r.eligible, "eligible", r.locate);
    check(r.approvers, "approvers", r.locate);
    const approverUsers = new Set(r.approvers.flatMap((p) => p.startsWith("group:") ? groups.get(p) ?? [] : [p]));
    const unmapped = [...approverUsers].filter((u) => !access2.people.has(u));
    if (approverUsers.size > 0 && unmapped.length === approverUsers.size) {
      findings.push({
        severity: "warning",
        rule: "access/unmapped-approvers",
        message: `No approver of this resource has a GitHub login in "people" (${unmapped.slice(0, 3).join(", ")}${unmapped.length > 3 ? ", \u2026" : ""}), so no review can ever count. Map them under "people".`,
        location: r.locate(["approvers"])
      });
    }
    if (r.approvals > approverUsers.size && approverUsers.size > 0) {
      findings.push(
        error(
          "access/too-few-approvers",
          `"approvals: ${r.approvals}" needs more distinct approvers than the ${approverUsers.size} listed; add approvers or lower "approvals".`,
          r.locate(["approvals"])
        )
      );
    }
  }
  return findings;
}

// src/policy/posture-keys.ts
import { createHash } from "node:crypto";
var ATTRIBUTE_PREFIX = "custom:tp_";
var POSTURE_PREFIX = "posture:tp-";
var ID_LENGTH = 32;
var BASE32 = "abcdefghijklmnopqrstuvwxyz234567";
function grantId(path) {
  const digest = createHash("sha256").update(`tailpolicy/posture/v1
${path}`, "utf8").digest();
  return base32(digest.subarray(0, ID_LENGTH * 5 / 8));
}
function attributeKey(path) {
  return ATTRIBUTE_PREFIX + grantId(path);
}
function isTailpolicyAttributeKey(key) {
  return new RegExp(`^custom:tp_[a-z2-7]{${ID_LENGTH}}$`).test(key);
}
function isGeneratedPostureName(name) {
  return new RegExp(`^posture:tp-[a-z2-7]{${ID_LENGTH}}(-[0-9]+)?$`).test(name);
}
function attributeCondition(key) {
  return `${key} == true`;
}
function base32(bytes) {
  let out = "";
  let buffer = 0;
  let bits = 0;
  for (const byte of bytes) {
    buffer = buffer << 8 | byte;
    bits += 8;
    while (bits >= 5) {
      out += BASE32[buffer >>> bits - 5 & 31];
      bits -= 5;
    }
    buffer &= (1 << bits) - 1;
  }
  return out;
}

// src/policy/posture-gate.ts
var GrantGate = class {
  constructor(path, base) {
    this.path = path;
    this.base = base;
    this.id = grantId(path);
    this.key = attributeKey(path);
  }
  path;
  base;
  id;
  key;
  generated = /* @__PURE__ */ new Map();
  attributeOnly;
  /**
   * The rule with its `srcPosture` replaced by the gated list. A malformed own `srcPosture` (not
   * a list of strings) is left as it is: validation rejects it, so the rule is never pushed.
   */
  gateRule(rule) {
    const ownKey = Object.keys(rule).find((k) => k.toLowerCase() === "srcposture");
    const own2 = ownKey === void 0 ? void 0 : rule[ownKey];
    if (own2 !== void 0 && !isStringList(own2)) return rule;
    const names = own2 !== void 0 && own2.length > 0 ? own2 : defaultList(this.base.defaultSrcPosture);
    const out = {};
    for (const [k, v] of Object.entries(rule)) if (k !== ownKey) out[k] = v;
    out["srcPosture"] = this.srcPosture(names);
    return out;
  }
  /** The postures the gated rules refer to, in the order they were first needed. */
  postures() {
    return [...this.attributeOnly ? [this.attributeOnly] : [], ...this.generated.values()];
  }
  srcPosture(names) {
    const condition = attributeCondition(this.key);
    if (names.length === 0) {
      this.attributeOnly ??= { name: `${POSTURE_PREFIX}${this.id}`, conditions: [condition] };
      return [this.attributeOnly.name];
    }
    const out = [];
    for (const raw of names) {
      const name = raw.trim();
      const conditions = postureConditions(this.base.postures, name);
      if (!conditions) {
        out.push(name);
        continue;
      }
      let g = this.generated.get(name);
      if (!g) {
        g = {
          name: `${POSTURE_PREFIX}${this.id}-${this.generated.size + 1}`,
          conditions: [...conditions, condition],
          base: name
        };
        this.generated.set(name, g);
      }
      if (!out.includes(g.name)) out.push(g.name);
    }
    return out;
  }
};
function isStringList(v) {
  return Array.isArray(v) && v.every((s) => typeof s === "string");
}
function defaultList(v) {
  return isStringList(v) ? v : [];
}
function postureConditions(postures, name) {
  if (postures === null || typeof postures !== "object" || Array.isArray(postures)) return void 0;
  const conds = postures[name];
  return isStringList(conds) ? conds : void 0;
}

// src/policy/grants.ts
function grantState(g, now) {
  const t = now.getTime();
  if (g.expires.getTime() <= t) return "expired";
  if (g.starts && t < g.starts.getTime()) return "scheduled";
  return "active";
}
function buildGrant(file, opts = {}) {
  if (file.value === void 0) return { findings: file.findings };
  const findings = [...windowShape(file), ...validateShape("grant", file.value ?? {}, file.locate)];
  if (findings.length > 0) return { findings };
  const doc = file.value;
  let duration2;
  if (doc.duration !== void 0) {
    if (opts.merged && "problem" in opts.merged) {
      return { findings: [error("grant/merge-time-unknown", opts.merged.problem, file.locate(["duration"]))] };
    }
    const mergedAt = opts.merged?.at;
    duration2 = { text: doc.duration, ms: parseDuration(doc.duration), ...mergedAt ? { mergedAt } : {} };
  }
  if (doc.resource !== void 0 && (doc.grants || doc.ssh)) {
    return {
      findings: [
        error(
          "grant/resource-and-inline",
          'A grant names either a "resource" or carries inline "grants"/"ssh" rules, not both. Remove one.',
          file.locate(["resource"], { key: true })
        )
      ]
    };
  }
  if (doc.resource === void 0 && !doc.grants && !doc.ssh) {
    return {
      findings: [
        error(
          "grant/no-access",
          'The grant gives no access: name a "resource" from policy/access.yaml (or inline "grants"/"ssh" rules).',
          file.locate([])
        )
      ]
    };
  }
  const grant2 = {
    path: file.path,
    grantees: typeof doc.grantees === "string" ? [doc.grantees] : doc.grantees,
    resource: doc.resource,
    reason: doc.reason,
    ticket: doc.ticket,
    starts: doc.starts !== void 0 ? parseTimestamp(doc.starts) : void 0,
    expires: duration2 ? new Date((duration2.mergedAt ?? opts.now ?? /* @__PURE__ */ new Date(0)).getTime() + duration2.ms) : parseTimestamp(doc.expires),
    ...duration2 ? { duration: duration2 } : {},
    inline: doc.resource === void 0 ? { grants: doc.grants ?? [], ssh: doc.ssh ?? [] } : void 0,
    locate: file.locate
  };
  if (grant2.starts && grant2.starts.getTime() >= grant2.expires.getTime()) {
    findings.push(
      error(
        "grant/window",
        '"expires" must be after "starts"; the grant would never be active.',
        file.locate(["expires"])
      )
    );
  }
  return findings.length ? { findings } : { grant: grant2, findings };
}
function windowShape(file) {
  const v = file.value;
  if (v === null || typeof v !== "object" || Array.isArray(v)) return [];
  const has = (k) => Object.prototype.hasOwnProperty.call(v, k);
  if (has("expires") && has("duration")) {
    return [
      error(
        "grant/expires-and-duration",
        'A grant ends either at "expires" or after a "duration" from its merge, not both. Remove one of them.',
        file.locate(["duration"], { key: true })
      )
    ];
  }
  if (has("starts") && has("duration")) {
    return [
      error(
        "grant/starts-and-duration",
        'A "duration" grant starts when it reaches the default branch, so it cannot also have "starts". Remove "starts", or replace "duration" with an "expires" time.',
        file.locate(["starts"], { key: true })
      )
    ];
  }
  if (!has("expires") && !has("duration")) {
    return [
      error(
        "schema/missing-field",
        'Missing required field "expires" in the grant file. Every grant must end: add e.g. expires: 2026-11-22T02:00:00Z, or duration: 4h (counted from the moment it merges).',
        file.locate([])
      )
    ];
  }
  return [];
}
function rulesFor(grant2, access2) {
  return grant2.resource !== void 0 ? access2.resources.get(grant2.resource) : access2.inline;
}
function checkGrant(grant2, access2, policy, now) {
  const findings = [];
  const groups = groupMembers(policy);
  if (grant2.resource !== void 0 && !access2.resources.has(grant2.resource)) {
    const known = [...access2.resources.keys()];
    findings.push(
      error(
        "grant/unknown-resource",
        `Unknown resource "${grant2.resource}". ` + (known.length ? `Resources in ${access2.path ?? "policy/access.yaml"}: ${known.join(", ")}.` : "policy/access.yaml defines no resources."),
        grant2.locate(["resource"])
      )
    );
    return findings;
  }
  if (grant2.inline && !access2.inline) {
    findings.push(
      error(
        "grant/inline-not-allowed",
        'This grant carries its own rules, but policy/access.yaml has no "inline:" section allowing that. Use a "resource", or add "inline:" with approvers and a maxDuration.',
        grant2.locate([grant2.inline.grants.length ? "grants" : "ssh"], { key: true })
      )
    );
    return findings;
  }
  const rules = rulesFor(grant2, access2);
  grant2.grantees.forEach((g, i) => {
    const path = Array.isArray(grant2.grantees) ? ["grantees", i] : ["grantees"];
    if (g.startsWith("group:") && !groups.has(g)) {
      findings.push(
        error(
          "ref/unknown-group",
          `Grantee ${g} is not a group of the policy. Define it in policy/ or fix the name.`,
          grant2.locate(path)
        )
      );
    } else if (rules.eligible && !isEligible(g, rules.eligible, groups)) {
      findings.push(
        error(
          "grant/not-eligible",
          `${g} is not eligible for ${grant2.resource ? `resource "${grant2.resource}"` : "inline grants"}; eligible: ${rules.eligible.join(", ")}.`,
          grant2.locate(path)
        )
      );
    }
  });
  if (rules.ticketPattern !== void 0) {
    const pattern = new RegExp(rules.ticketPattern, "u");
    if (grant2.ticket === void 0) {
      findings.push(
        error(
          "grant/ticket-required",
          `${grant2.resource ? `Resource "${grant2.resource}"` : "An inline grant"} requires a "ticket" matching ${rules.ticketPattern}. Add e.g. ticket: INC-1234.`,
          grant2.locate([])
        )
      );
    } else if (!pattern.test(grant2.ticket)) {
      findings.push(
        error(
          "grant/ticket-format",
          `Ticket "${grant2.ticket}" does not match ${rules.ticketPattern}.`,
          grant2.locate(["ticket"])
        )
      );
    }
  }
  if (grant2.duration && grantState(grant2, now) !== "expired") {
    if (grant2.duration.ms > rules.maxDurationMs) {
      findings.push(
        error(
          "grant/too-long",
          `The grant lasts ${formatDuration(grant2.duration.ms)} from its merge, longer than the ${rules.maxDuration} allowed for ${grant2.resource ? `"${grant2.resource}"` : "inline grants"}. Shorten "duration".`,
          grant2.locate(["duration"])
        )
      );
    }
  } else if (grantState(grant2, now) !== "expired") {
    const from = Math.max(grant2.starts?.getTime() ?? 0, now.getTime());
    const length = grant2.expires.getTime() - from;
    if (length > rules.maxDurationMs) {
      findings.push(
        error(
          "grant/too-long",
          `The grant lasts ${formatDuration(length)} from ${grant2.starts && grant2.starts.getTime() > now.getTime() ? "its start" : "now"}, longer than the ${rules.maxDuration} allowed for ${grant2.resource ? `"${grant2.resource}"` : "inline grants"}. Move "expires" earlier.`,
          grant2.locate(["expires"])
        )
      );
    }
  }
  return findings;
}
function isEligible(grantee, eligible, groups) {
  if (eligible.includes(grantee)) return true;
  if (grantee.startsWith("group:")) {
    const members = groups.get(grantee) ?? [];
    return members.length > 0 && members.every((m) => includesUser(eligible, m, groups));
  }
  return includesUser(eligible, grantee, groups);
}
function duplicateGrants(grants, now) {
  const findings = [];
  const seen = /* @__PURE__ */ new Map();
  const start = (g) => Math.max(g.starts?.getTime() ?? -Infinity, now.getTime());
  for (const g of grants) {
    if (g.resource === void 0 || grantState(g, now) === "expired") continue;
    for (const who of g.grantees) {
      const key = `${who}\0${g.resource}`;
      for (const other of seen.get(key) ?? []) {
        const overlap2 = start(g) < other.expires.getTime() && start(other) < g.expires.getTime();
        if (overlap2) {
          findings.push(
            warning(
              "grant/duplicate",
              `${who} already has "${g.resource}" over an overlapping window in ${other.path}. Extend that grant instead of adding another.`,
              g.locate(["resource"])
            )
          );
        }
      }
      seen.set(key, [...seen.get(key) ?? [], g]);
    }
  }
  return findings;
}

// src/policy/render.ts
import { createHash as createHash2 } from "node:crypto";

// node_modules/jsonc-parser/lib/esm/impl/scanner.js
function createScanner(text2, ignoreTrivia = false) {
  const len = text2.length;
  let pos = 0, value = "", tokenOffset = 0, token = 16, lineNumber = 0, lineStartOffset = 0, tokenLineStartOffset = 0, prevTokenLineStartOffset = 0, scanError = 0;
  function scanHexDigits(count, exact) {
    let digits = 0;
    let value2 = 0;
    while (digits < count || !exact) {
      let ch = text2.charCodeAt(pos);
      if (ch >= 48 && ch <= 57) {
        value2 = value2 * 16 + ch - 48;
      } else if (ch >= 65 && ch <= 70) {
        value2 = value2 * 16 + ch - 65 + 10;
      } else if (ch >= 97 && ch <= 102) {
        value2 = value2 * 16 + ch - 97 + 10;
      } else {
        break;
      }
      pos++;
      digits++;
    }
    if (digits < count) {
      value2 = -1;
    }
    return value2;
  }
  function setPosition(newPosition) {
    pos = newPosition;
    value = "";
    tokenOffset = 0;
    token = 16;
    scanError = 0;
  }
  function scanNumber() {
    let start = pos;
    if (text2.charCodeAt(pos) === 48) {
      pos++;
    } else {
      pos++;
      while (pos < text2.length && isDigit(text2.charCodeAt(pos))) {
        pos++;
      }
    }
    if (pos < text2.length && text2.charCodeAt(pos) === 46) {
      pos++;
      if (pos < text2.length && isDigit(text2.charCodeAt(pos))) {
        pos++;
        while (pos < text2.length && isDigit(text2.charCodeAt(pos))) {
          pos++;
        }
      } else {
        scanError = 3;
        return text2.substring(start, pos);
      }
    }
    let end = pos;
    if (pos < text2.length && (text2.charCodeAt(pos) === 69 || text2.charCodeAt(pos) === 101)) {
      pos++;
      if (pos < text2.length && text2.charCodeAt(pos) === 43 || text2.charCodeAt(pos) === 45) {
        pos++;
      }
      if (pos < text2.length && isDigit(text2.charCodeAt(pos))) {
        pos++;
        while (pos < text2.length && isDigit(text2.charCodeAt(pos))) {
          pos++;
        }
        end = pos;
      } else {
        scanError = 3;
      }
    }
    return text2.substring(start, end);
  }
  function scanString() {
    let result = "", start = pos;
    while (true) {
      if (pos >= len) {
        result += text2.substring(start, pos);
        scanError = 2;
        break;
      }
      const ch = text2.charCodeAt(pos);
      if (ch === 34) {
        result += text2.substring(start, pos);
        pos++;
        break;
      }
      if (ch === 92) {
        result += text2.substring(start, pos);
        pos++;
        if (pos >= len) {
          scanError = 2;
          break;
        }
        const ch2 = text2.charCodeAt(pos++);
        switch (ch2) {
          case 34:
            result += '"';
            break;
          case 92:
            result += "\\";
            break;
          case 47:
            result += "/";
            break;
          case 98:
            result += "\b";
            break;
          case 102:
            result += "\f";
            break;
          case 110:
            result += "\n";
            break;
          case 114:
            result += "\r";
            break;
          case 116:
            result += "	";
            break;
          case 117:
            const ch3 = scanHexDigits(4, true);
            if (ch3 >= 0) {
              result += String.fromCharCode(ch3);
            } else {
              scanError = 4;
            }
            break;
          default:
            scanError = 5;
        }
        start = pos;
        continue;
      }
      if (ch >= 0 && ch <= 31) {
        if (isLineBreak(ch)) {
          result += text2.substring(start, pos);
          scanError = 2;
          break;
        } else {
          scanError = 6;
        }
      }
      pos++;
    }
    return result;
  }
  function scanNext() {
    value = "";
    scanError = 0;
    tokenOffset = pos;
    lineStartOffset = lineNumber;
    prevTokenLineStartOffset = tokenLineStartOffset;
    if (pos >= len) {
      tokenOffset = len;
      return token = 17;
    }
    let code2 = text2.charCodeAt(pos);
    if (isWhiteSpace(code2)) {
      do {
        pos++;
        value += String.fromCharCode(code2);
        code2 = text2.charCodeAt(pos);
      } while (isWhiteSpace(code2));
      return token = 15;
    }
    if (isLineBreak(code2)) {
      pos++;
      value += String.fromCharCode(code2);
      if (code2 === 13 && text2.charCodeAt(pos) === 10) {
        pos++;
        value += "\n";
      }
      lineNumber++;
      tokenLineStartOffset = pos;
      return token = 14;
    }
    switch (code2) {
      // tokens: []{}:,
      case 123:
        pos++;
        return token = 1;
      case 125:
        pos++;
        return token = 2;
      case 91:
        pos++;
        return token = 3;
      case 93:
        pos++;
        return token = 4;
      case 58:
        pos++;
        return token = 6;
      case 44:
        pos++;
        return token = 5;
      // strings
      case 34:
        pos++;
        value = scanString();
        return token = 10;
      // comments
      case 47:
        const start = pos - 1;
        if (text2.charCodeAt(pos + 1) === 47) {
          pos += 2;
          while (pos < len) {
            if (isLineBreak(text2.charCodeAt(pos))) {
              break;
            }
            pos++;
          }
          value = text2.substring(start, pos);
          return token = 12;
        }
        if (text2.charCodeAt(pos + 1) === 42) {
          pos += 2;
          const safeLength = len - 1;
          let commentClosed = false;
          while (pos < safeLength) {
            const ch = text2.charCodeAt(pos);
            if (ch === 42 && text2.charCodeAt(pos + 1) === 47) {
              pos += 2;
              commentClosed = true;
              break;
            }
            pos++;
            if (isLineBreak(ch)) {
              if (ch === 13 && text2.charCodeAt(pos) === 10) {
                pos++;
              }
              lineNumber++;
              tokenLineStartOffset = pos;
            }
          }
          if (!commentClosed) {
            pos++;
            scanError = 1;
          }
          value = text2.substring(start, pos);
          return token = 13;
        }
        value += String.fromCharCode(code2);
        pos++;
        return token = 16;
      // numbers
      case 45:
        value += String.fromCharCode(code2);
        pos++;
        if (pos === len || !isDigit(text2.charCodeAt(pos))) {
          return token = 16;
        }
      // found a minus, followed by a number so
      // we fall through to proceed with scanning
      // numbers
      case 48:
      case 49:
      case 50:
      case 51:
      case 52:
      case 53:
      case 54:
      case 55:
      case 56:
      case 57:
        value += scanNumber();
        return token = 11;
      // literals and unknown symbols
      default:
        while (pos < len && isUnknownContentCharacter(code2)) {
          pos++;
          code2 = text2.charCodeAt(pos);
        }
        if (tokenOffset !== pos) {
          value = text2.substring(tokenOffset, pos);
          switch (value) {
            case "true":
              return token = 8;
            case "false":
              return token = 9;
            case "null":
              return token = 7;
          }
          return token = 16;
        }
        value += String.fromCharCode(code2);
        pos++;
        return token = 16;
    }
  }
  function isUnknownContentCharacter(code2) {
    if (isWhiteSpace(code2) || isLineBreak(code2)) {
      return false;
    }
    switch (code2) {
      case 125:
      case 93:
      case 123:
      case 91:
      case 34:
      case 58:
      case 44:
      case 47:
        return false;
    }
    return true;
  }
  function scanNextNonTrivia() {
    let result;
    do {
      result = scanNext();
    } while (result >= 12 && result <= 15);
    return result;
  }
  return {
    setPosition,
    getPosition: () => pos,
    scan: ignoreTrivia ? scanNextNonTrivia : scanNext,
    getToken: () => token,
    getTokenValue: () => value,
    getTokenOffset: () => tokenOffset,
    getTokenLength: () => pos - tokenOffset,
    getTokenStartLine: () => lineStartOffset,
    getTokenStartCharacter: () => tokenOffset - prevTokenLineStartOffset,
    getTokenError: () => scanError
  };
}
function isWhiteSpace(ch) {
  return ch === 32 || ch === 9;
}
function isLineBreak(ch) {
  return ch === 10 || ch === 13;
}
function isDigit(ch) {
  return ch >= 48 && ch <= 57;
}
var CharacterCodes;
(function(CharacterCodes2) {
  CharacterCodes2[CharacterCodes2["lineFeed"] = 10] = "lineFeed";
  CharacterCodes2[CharacterCodes2["carriageReturn"] = 13] = "carriageReturn";
  CharacterCodes2[CharacterCodes2["space"] = 32] = "space";
  CharacterCodes2[CharacterCodes2["_0"] = 48] = "_0";
  CharacterCodes2[CharacterCodes2["_1"] = 49] = "_1";
  CharacterCodes2[CharacterCodes2["_2"] = 50] = "_2";
  CharacterCodes2[CharacterCodes2["_3"] = 51] = "_3";
  CharacterCodes2[CharacterCodes2["_4"] = 52] = "_4";
  CharacterCodes2[CharacterCodes2["_5"] = 53] = "_5";
  CharacterCodes2[CharacterCodes2["_6"] = 54] = "_6";
  CharacterCodes2[CharacterCodes2["_7"] = 55] = "_7";
  CharacterCodes2[CharacterCodes2["_8"] = 56] = "_8";
  CharacterCodes2[CharacterCodes2["_9"] = 57] = "_9";
  CharacterCodes2[CharacterCodes2["a"] = 97] = "a";
  CharacterCodes2[CharacterCodes2["b"] = 98] = "b";
  CharacterCodes2[CharacterCodes2["c"] = 99] = "c";
  CharacterCodes2[CharacterCodes2["d"] = 100] = "d";
  CharacterCodes2[CharacterCodes2["e"] = 101] = "e";
  CharacterCodes2[CharacterCodes2["f"] = 102] = "f";
  CharacterCodes2[CharacterCodes2["g"] = 103] = "g";
  CharacterCodes2[CharacterCodes2["h"] = 104] = "h";
  CharacterCodes2[CharacterCodes2["i"] = 105] = "i";
  CharacterCodes2[CharacterCodes2["j"] = 106] = "j";
  CharacterCodes2[CharacterCodes2["k"] = 107] = "k";
  CharacterCodes2[CharacterCodes2["l"] = 108] = "l";
  CharacterCodes2[CharacterCodes2["m"] = 109] = "m";
  CharacterCodes2[CharacterCodes2["n"] = 110] = "n";
  CharacterCodes2[CharacterCodes2["o"] = 111] = "o";
  CharacterCodes2[CharacterCodes2["p"] = 112] = "p";
  CharacterCodes2[CharacterCodes2["q"] = 113] = "q";
  CharacterCodes2[CharacterCodes2["r"] = 114] = "r";
  CharacterCodes2[CharacterCodes2["s"] = 115] = "s";
  CharacterCodes2[CharacterCodes2["t"] = 116] = "t";
  CharacterCodes2[CharacterCodes2["u"] = 117] = "u";
  CharacterCodes2[CharacterCodes2["v"] = 118] = "v";
  CharacterCodes2[CharacterCodes2["w"] = 119] = "w";
  CharacterCodes2[CharacterCodes2["x"] = 120] = "x";
  CharacterCodes2[CharacterCodes2["y"] = 121] = "y";
  CharacterCodes2[CharacterCodes2["z"] = 122] = "z";
  CharacterCodes2[CharacterCodes2["A"] = 65] = "A";
  CharacterCodes2[CharacterCodes2["B"] = 66] = "B";
  CharacterCodes2[CharacterCodes2["C"] = 67] = "C";
  CharacterCodes2[CharacterCodes2["D"] = 68] = "D";
  CharacterCodes2[CharacterCodes2["E"] = 69] = "E";
  CharacterCodes2[CharacterCodes2["F"] = 70] = "F";
  CharacterCodes2[CharacterCodes2["G"] = 71] = "G";
  CharacterCodes2[CharacterCodes2["H"] = 72] = "H";
  CharacterCodes2[CharacterCodes2["I"] = 73] = "I";
  CharacterCodes2[CharacterCodes2["J"] = 74] = "J";
  CharacterCodes2[CharacterCodes2["K"] = 75] = "K";
  CharacterCodes2[CharacterCodes2["L"] = 76] = "L";
  CharacterCodes2[CharacterCodes2["M"] = 77] = "M";
  CharacterCodes2[CharacterCodes2["N"] = 78] = "N";
  CharacterCodes2[CharacterCodes2["O"] = 79] = "O";
  CharacterCodes2[CharacterCodes2["P"] = 80] = "P";
  CharacterCodes2[CharacterCodes2["Q"] = 81] = "Q";
  CharacterCodes2[CharacterCodes2["R"] = 82] = "R";
  CharacterCodes2[CharacterCodes2["S"] = 83] = "S";
  CharacterCodes2[CharacterCodes2["T"] = 84] = "T";
  CharacterCodes2[CharacterCodes2["U"] = 85] = "U";
  CharacterCodes2[CharacterCodes2["V"] = 86] = "V";
  CharacterCodes2[CharacterCodes2["W"] = 87] = "W";
  CharacterCodes2[CharacterCodes2["X"] = 88] = "X";
  CharacterCodes2[CharacterCodes2["Y"] = 89] = "Y";
  CharacterCodes2[CharacterCodes2["Z"] = 90] = "Z";
  CharacterCodes2[CharacterCodes2["asterisk"] = 42] = "asterisk";
  CharacterCodes2[CharacterCodes2["backslash"] = 92] = "backslash";
  CharacterCodes2[CharacterCodes2["closeBrace"] = 125] = "closeBrace";
  CharacterCodes2[CharacterCodes2["closeBracket"] = 93] = "closeBracket";
  CharacterCodes2[CharacterCodes2["colon"] = 58] = "colon";
  CharacterCodes2[CharacterCodes2["comma"] = 44] = "comma";
  CharacterCodes2[CharacterCodes2["dot"] = 46] = "dot";
  CharacterCodes2[CharacterCodes2["doubleQuote"] = 34] = "doubleQuote";
  CharacterCodes2[CharacterCodes2["minus"] = 45] = "minus";
  CharacterCodes2[CharacterCodes2["openBrace"] = 123] = "openBrace";
  CharacterCodes2[CharacterCodes2["openBracket"] = 91] = "openBracket";
  CharacterCodes2[CharacterCodes2["plus"] = 43] = "plus";
  CharacterCodes2[CharacterCodes2["slash"] = 47] = "slash";
  CharacterCodes2[CharacterCodes2["formFeed"] = 12] = "formFeed";
  CharacterCodes2[CharacterCodes2["tab"] = 9] = "tab";
})(CharacterCodes || (CharacterCodes = {}));

// node_modules/jsonc-parser/lib/esm/impl/string-intern.js
var cachedSpaces = new Array(20).fill(0).map((_, index) => {
  return " ".repeat(index);
});
var maxCachedValues = 200;
var cachedBreakLinesWithSpaces = {
  " ": {
    "\n": new Array(maxCachedValues).fill(0).map((_, index) => {
      return "\n" + " ".repeat(index);
    }),
    "\r": new Array(maxCachedValues).fill(0).map((_, index) => {
      return "\r" + " ".repeat(index);
    }),
    "\r\n": new Array(maxCachedValues).fill(0).map((_, index) => {
      return "\r\n" + " ".repeat(index);
    })
  },
  "	": {
    "\n": new Array(maxCachedValues).fill(0).map((_, index) => {
      return "\n" + "	".repeat(index);
    }),
    "\r": new Array(maxCachedValues).fill(0).map((_, index) => {
      return "\r" + "	".repeat(index);
    }),
    "\r\n": new Array(maxCachedValues).fill(0).map((_, index) => {
      return "\r\n" + "	".repeat(index);
    })
  }
};

// node_modules/jsonc-parser/lib/esm/impl/parser.js
var ParseOptions;
(function(ParseOptions2) {
  ParseOptions2.DEFAULT = {
    allowTrailingComma: false
  };
})(ParseOptions || (ParseOptions = {}));
function parse(text2, errors = [], options = ParseOptions.DEFAULT) {
  let currentProperty = null;
  let currentParent = [];
  const previousParents = [];
  function onValue(value) {
    if (Array.isArray(currentParent)) {
      currentParent.push(value);
    } else if (currentProperty !== null) {
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
    onError: (error2, offset, length) => {
      errors.push({ error: error2, offset, length });
    }
  };
  visit(text2, visitor, options);
  return currentParent[0];
}
function parseTree(text2, errors = [], options = ParseOptions.DEFAULT) {
  let currentParent = { type: "array", offset: -1, length: -1, children: [], parent: void 0 };
  function ensurePropertyComplete(endOffset) {
    if (currentParent.type === "property") {
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
      currentParent = onValue({ type: "object", offset, length: -1, parent: currentParent, children: [] });
    },
    onObjectProperty: (name, offset, length) => {
      currentParent = onValue({ type: "property", offset, length: -1, parent: currentParent, children: [] });
      currentParent.children.push({ type: "string", value: name, offset, length, parent: currentParent });
    },
    onObjectEnd: (offset, length) => {
      ensurePropertyComplete(offset + length);
      currentParent.length = offset + length - currentParent.offset;
      currentParent = currentParent.parent;
      ensurePropertyComplete(offset + length);
    },
    onArrayBegin: (offset, length) => {
      currentParent = onValue({ type: "array", offset, length: -1, parent: currentParent, children: [] });
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
    onSeparator: (sep2, offset, length) => {
      if (currentParent.type === "property") {
        if (sep2 === ":") {
          currentParent.colonOffset = offset;
        } else if (sep2 === ",") {
          ensurePropertyComplete(offset);
        }
      }
    },
    onError: (error2, offset, length) => {
      errors.push({ error: error2, offset, length });
    }
  };
  visit(text2, visitor, options);
  const result = currentParent.children[0];
  if (result) {
    delete result.parent;
  }
  return result;
}
function findNodeAtLocation(root, path) {
  if (!root) {
    return void 0;
  }
  let node = root;
  for (let segment of path) {
    if (typeof segment === "string") {
      if (node.type !== "object" || !Array.isArray(node.children)) {
        return void 0;
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
        return void 0;
      }
    } else {
      const index = segment;
      if (node.type !== "array" || index < 0 || !Array.isArray(node.children) || index >= node.children.length) {
        return void 0;
      }
      node = node.children[index];
    }
  }
  return node;
}
function getNodeValue(node) {
  switch (node.type) {
    case "array":
      return node.children.map(getNodeValue);
    case "object":
      const obj = /* @__PURE__ */ Object.create(null);
      for (let prop of node.children) {
        const valueNode = prop.children[1];
        if (valueNode) {
          obj[prop.children[0].value] = getNodeValue(valueNode);
        }
      }
      return obj;
    case "null":
    case "string":
    case "number":
    case "boolean":
      return node.value;
    default:
      return void 0;
  }
}
function visit(text2, visitor, options = ParseOptions.DEFAULT) {
  const _scanner = createScanner(text2, false);
  const _jsonPath = [];
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
    return visitFunction ? () => {
      if (suppressedCallbacks > 0) {
        suppressedCallbacks++;
      } else {
        let cbReturn = visitFunction(_scanner.getTokenOffset(), _scanner.getTokenLength(), _scanner.getTokenStartLine(), _scanner.getTokenStartCharacter(), () => _jsonPath.slice());
        if (cbReturn === false) {
          suppressedCallbacks = 1;
        }
      }
    } : () => true;
  }
  function toEndVisit(visitFunction) {
    return visitFunction ? () => {
      if (suppressedCallbacks > 0) {
        suppressedCallbacks--;
      }
      if (suppressedCallbacks === 0) {
        visitFunction(_scanner.getTokenOffset(), _scanner.getTokenLength(), _scanner.getTokenStartLine(), _scanner.getTokenStartCharacter());
      }
    } : () => true;
  }
  const onObjectBegin = toBeginVisit(visitor.onObjectBegin), onObjectProperty = toOneArgVisitWithPath(visitor.onObjectProperty), onObjectEnd = toEndVisit(visitor.onObjectEnd), onArrayBegin = toBeginVisit(visitor.onArrayBegin), onArrayEnd = toEndVisit(visitor.onArrayEnd), onLiteralValue = toOneArgVisitWithPath(visitor.onLiteralValue), onSeparator = toOneArgVisit(visitor.onSeparator), onComment = toNoArgVisit(visitor.onComment), onError = toOneArgVisit(visitor.onError);
  const disallowComments = options && options.disallowComments;
  const allowTrailingComma = options && options.allowTrailingComma;
  function scanNext() {
    while (true) {
      const token = _scanner.scan();
      switch (_scanner.getTokenError()) {
        case 4:
          handleError(
            14
            /* ParseErrorCode.InvalidUnicode */
          );
          break;
        case 5:
          handleError(
            15
            /* ParseErrorCode.InvalidEscapeCharacter */
          );
          break;
        case 3:
          handleError(
            13
            /* ParseErrorCode.UnexpectedEndOfNumber */
          );
          break;
        case 1:
          if (!disallowComments) {
            handleError(
              11
              /* ParseErrorCode.UnexpectedEndOfComment */
            );
          }
          break;
        case 2:
          handleError(
            12
            /* ParseErrorCode.UnexpectedEndOfString */
          );
          break;
        case 6:
          handleError(
            16
            /* ParseErrorCode.InvalidCharacter */
          );
          break;
      }
      switch (token) {
        case 12:
        case 13:
          if (disallowComments) {
            handleError(
              10
              /* ParseErrorCode.InvalidCommentToken */
            );
          } else {
            onComment();
          }
          break;
        case 16:
          handleError(
            1
            /* ParseErrorCode.InvalidSymbol */
          );
          break;
        case 15:
        case 14:
          break;
        default:
          return token;
      }
    }
  }
  function handleError(error2, skipUntilAfter = [], skipUntil = []) {
    onError(error2);
    if (skipUntilAfter.length + skipUntil.length > 0) {
      let token = _scanner.getToken();
      while (token !== 17) {
        if (skipUntilAfter.indexOf(token) !== -1) {
          scanNext();
          break;
        } else if (skipUntil.indexOf(token) !== -1) {
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
    } else {
      onObjectProperty(value);
      _jsonPath.push(value);
    }
    scanNext();
    return true;
  }
  function parseLiteral() {
    switch (_scanner.getToken()) {
      case 11:
        const tokenValue = _scanner.getTokenValue();
        let value = Number(tokenValue);
        if (isNaN(value)) {
          handleError(
            2
            /* ParseErrorCode.InvalidNumberFormat */
          );
          value = 0;
        }
        onLiteralValue(value);
        break;
      case 7:
        onLiteralValue(null);
        break;
      case 8:
        onLiteralValue(true);
        break;
      case 9:
        onLiteralValue(false);
        break;
      default:
        return false;
    }
    scanNext();
    return true;
  }
  function parseProperty() {
    if (_scanner.getToken() !== 10) {
      handleError(3, [], [
        2,
        5
        /* SyntaxKind.CommaToken */
      ]);
      return false;
    }
    parseString(false);
    if (_scanner.getToken() === 6) {
      onSeparator(":");
      scanNext();
      if (!parseValue()) {
        handleError(4, [], [
          2,
          5
          /* SyntaxKind.CommaToken */
        ]);
      }
    } else {
      handleError(5, [], [
        2,
        5
        /* SyntaxKind.CommaToken */
      ]);
    }
    _jsonPath.pop();
    return true;
  }
  function parseObject2() {
    onObjectBegin();
    scanNext();
    let needsComma = false;
    while (_scanner.getToken() !== 2 && _scanner.getToken() !== 17) {
      if (_scanner.getToken() === 5) {
        if (!needsComma) {
          handleError(4, [], []);
        }
        onSeparator(",");
        scanNext();
        if (_scanner.getToken() === 2 && allowTrailingComma) {
          break;
        }
      } else if (needsComma) {
        handleError(6, [], []);
      }
      if (!parseProperty()) {
        handleError(4, [], [
          2,
          5
          /* SyntaxKind.CommaToken */
        ]);
      }
      needsComma = true;
    }
    onObjectEnd();
    if (_scanner.getToken() !== 2) {
      handleError(7, [
        2
        /* SyntaxKind.CloseBraceToken */
      ], []);
    } else {
      scanNext();
    }
    return true;
  }
  function parseArray() {
    onArrayBegin();
    scanNext();
    let isFirstElement = true;
    let needsComma = false;
    while (_scanner.getToken() !== 4 && _scanner.getToken() !== 17) {
      if (_scanner.getToken() === 5) {
        if (!needsComma) {
          handleError(4, [], []);
        }
        onSeparator(",");
        scanNext();
        if (_scanner.getToken() === 4 && allowTrailingComma) {
          break;
        }
      } else if (needsComma) {
        handleError(6, [], []);
      }
      if (isFirstElement) {
        _jsonPath.push(0);
        isFirstElement = false;
      } else {
        _jsonPath[_jsonPath.length - 1]++;
      }
      if (!parseValue()) {
        handleError(4, [], [
          4,
          5
          /* SyntaxKind.CommaToken */
        ]);
      }
      needsComma = true;
    }
    onArrayEnd();
    if (!isFirstElement) {
      _jsonPath.pop();
    }
    if (_scanner.getToken() !== 4) {
      handleError(8, [
        4
        /* SyntaxKind.CloseBracketToken */
      ], []);
    } else {
      scanNext();
    }
    return true;
  }
  function parseValue() {
    switch (_scanner.getToken()) {
      case 3:
        return parseArray();
      case 1:
        return parseObject2();
      case 10:
        return parseString(true);
      default:
        return parseLiteral();
    }
  }
  scanNext();
  if (_scanner.getToken() === 17) {
    if (options.allowEmptyContent) {
      return true;
    }
    handleError(4, [], []);
    return false;
  }
  if (!parseValue()) {
    handleError(4, [], []);
    return false;
  }
  if (_scanner.getToken() !== 17) {
    handleError(9, [], []);
  }
  return true;
}
function getNodeType(value) {
  switch (typeof value) {
    case "boolean":
      return "boolean";
    case "number":
      return "number";
    case "string":
      return "string";
    case "object": {
      if (!value) {
        return "null";
      } else if (Array.isArray(value)) {
        return "array";
      }
      return "object";
    }
    default:
      return "null";
  }
}

// node_modules/jsonc-parser/lib/esm/main.js
var ScanError;
(function(ScanError2) {
  ScanError2[ScanError2["None"] = 0] = "None";
  ScanError2[ScanError2["UnexpectedEndOfComment"] = 1] = "UnexpectedEndOfComment";
  ScanError2[ScanError2["UnexpectedEndOfString"] = 2] = "UnexpectedEndOfString";
  ScanError2[ScanError2["UnexpectedEndOfNumber"] = 3] = "UnexpectedEndOfNumber";
  ScanError2[ScanError2["InvalidUnicode"] = 4] = "InvalidUnicode";
  ScanError2[ScanError2["InvalidEscapeCharacter"] = 5] = "InvalidEscapeCharacter";
  ScanError2[ScanError2["InvalidCharacter"] = 6] = "InvalidCharacter";
})(ScanError || (ScanError = {}));
var SyntaxKind;
(function(SyntaxKind2) {
  SyntaxKind2[SyntaxKind2["OpenBraceToken"] = 1] = "OpenBraceToken";
  SyntaxKind2[SyntaxKind2["CloseBraceToken"] = 2] = "CloseBraceToken";
  SyntaxKind2[SyntaxKind2["OpenBracketToken"] = 3] = "OpenBracketToken";
  SyntaxKind2[SyntaxKind2["CloseBracketToken"] = 4] = "CloseBracketToken";
  SyntaxKind2[SyntaxKind2["CommaToken"] = 5] = "CommaToken";
  SyntaxKind2[SyntaxKind2["ColonToken"] = 6] = "ColonToken";
  SyntaxKind2[SyntaxKind2["NullKeyword"] = 7] = "NullKeyword";
  SyntaxKind2[SyntaxKind2["TrueKeyword"] = 8] = "TrueKeyword";
  SyntaxKind2[SyntaxKind2["FalseKeyword"] = 9] = "FalseKeyword";
  SyntaxKind2[SyntaxKind2["StringLiteral"] = 10] = "StringLiteral";
  SyntaxKind2[SyntaxKind2["NumericLiteral"] = 11] = "NumericLiteral";
  SyntaxKind2[SyntaxKind2["LineCommentTrivia"] = 12] = "LineCommentTrivia";
  SyntaxKind2[SyntaxKind2["BlockCommentTrivia"] = 13] = "BlockCommentTrivia";
  SyntaxKind2[SyntaxKind2["LineBreakTrivia"] = 14] = "LineBreakTrivia";
  SyntaxKind2[SyntaxKind2["Trivia"] = 15] = "Trivia";
  SyntaxKind2[SyntaxKind2["Unknown"] = 16] = "Unknown";
  SyntaxKind2[SyntaxKind2["EOF"] = 17] = "EOF";
})(SyntaxKind || (SyntaxKind = {}));
var parse2 = parse;
var parseTree2 = parseTree;
var findNodeAtLocation2 = findNodeAtLocation;
var getNodeValue2 = getNodeValue;
var ParseErrorCode;
(function(ParseErrorCode2) {
  ParseErrorCode2[ParseErrorCode2["InvalidSymbol"] = 1] = "InvalidSymbol";
  ParseErrorCode2[ParseErrorCode2["InvalidNumberFormat"] = 2] = "InvalidNumberFormat";
  ParseErrorCode2[ParseErrorCode2["PropertyNameExpected"] = 3] = "PropertyNameExpected";
  ParseErrorCode2[ParseErrorCode2["ValueExpected"] = 4] = "ValueExpected";
  ParseErrorCode2[ParseErrorCode2["ColonExpected"] = 5] = "ColonExpected";
  ParseErrorCode2[ParseErrorCode2["CommaExpected"] = 6] = "CommaExpected";
  ParseErrorCode2[ParseErrorCode2["CloseBraceExpected"] = 7] = "CloseBraceExpected";
  ParseErrorCode2[ParseErrorCode2["CloseBracketExpected"] = 8] = "CloseBracketExpected";
  ParseErrorCode2[ParseErrorCode2["EndOfFileExpected"] = 9] = "EndOfFileExpected";
  ParseErrorCode2[ParseErrorCode2["InvalidCommentToken"] = 10] = "InvalidCommentToken";
  ParseErrorCode2[ParseErrorCode2["UnexpectedEndOfComment"] = 11] = "UnexpectedEndOfComment";
  ParseErrorCode2[ParseErrorCode2["UnexpectedEndOfString"] = 12] = "UnexpectedEndOfString";
  ParseErrorCode2[ParseErrorCode2["UnexpectedEndOfNumber"] = 13] = "UnexpectedEndOfNumber";
  ParseErrorCode2[ParseErrorCode2["InvalidUnicode"] = 14] = "InvalidUnicode";
  ParseErrorCode2[ParseErrorCode2["InvalidEscapeCharacter"] = 15] = "InvalidEscapeCharacter";
  ParseErrorCode2[ParseErrorCode2["InvalidCharacter"] = 16] = "InvalidCharacter";
})(ParseErrorCode || (ParseErrorCode = {}));
function printParseErrorCode(code2) {
  switch (code2) {
    case 1:
      return "InvalidSymbol";
    case 2:
      return "InvalidNumberFormat";
    case 3:
      return "PropertyNameExpected";
    case 4:
      return "ValueExpected";
    case 5:
      return "ColonExpected";
    case 6:
      return "CommaExpected";
    case 7:
      return "CloseBraceExpected";
    case 8:
      return "CloseBracketExpected";
    case 9:
      return "EndOfFileExpected";
    case 10:
      return "InvalidCommentToken";
    case 11:
      return "UnexpectedEndOfComment";
    case 12:
      return "UnexpectedEndOfString";
    case 13:
      return "UnexpectedEndOfNumber";
    case 14:
      return "InvalidUnicode";
    case 15:
      return "InvalidEscapeCharacter";
    case 16:
      return "InvalidCharacter";
  }
  return "<unknown ParseErrorCode>";
}

// src/policy/render.ts
function canonicalJson(value) {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(",")}]`;
  if (value && typeof value === "object") {
    const keys = Object.keys(value).sort();
    return `{${keys.map((k) => `${JSON.stringify(k)}:${canonicalJson(value[k])}`).join(",")}}`;
  }
  return JSON.stringify(value) ?? "null";
}
function policyDigest(policy) {
  return `sha256:${createHash2("sha256").update(canonicalJson(policy)).digest("hex")}`;
}
var DIGEST_LINE = /^[ \t]*\/\/[ \t]*tailpolicy-digest:[ \t]*(sha256:[0-9a-f]{64})\s*$/;
function headerDigest(hujson) {
  const head = hujson.slice(0, Math.max(0, hujson.indexOf("{")));
  for (const line of head.split("\n")) {
    const m = DIGEST_LINE.exec(line);
    if (m) return m[1];
  }
  return void 0;
}
var RULE_MARKER = /^\s*\/\/\s*tailpolicy-rules:\s*(\d+)\s+(sha256:[0-9a-f]{64})\s+(.+?)\s*$/;
function rulesFingerprint(path, rules) {
  return `sha256:${createHash2("sha256").update(canonicalJson({ grant: path, rules })).digest("hex")}`;
}
function ruleMarker(path, rules) {
  return `tailpolicy-rules: ${rules.length} ${rulesFingerprint(path, rules)} ${commentSafe(path, 300)}`;
}
function commentSafe(text2, max = 200) {
  const flat = text2.replace(/[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u2028-\u202e\u2060-\u206f\ufeff]+/g, " ").replace(/\s+/g, " ").trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}\u2026` : flat;
}
var SECTION_ORDER = Object.keys(POLICY_SECTIONS);
function renderPolicy(policy, digest, opts = {}) {
  const header = [];
  if (opts.repositoryUrl)
    header.push(`// This tailnet's ACLs are maintained in ${commentSafe(opts.repositoryUrl, 300)}`);
  const from = opts.repository ? ` from ${commentSafe(opts.repository, 200)}${opts.commit ? ` at ${commentSafe(opts.commit, 100)}` : ""}` : "";
  header.push(`// Generated by tailpolicy${from}.`);
  header.push("// Do not edit this policy in the admin console: change the repository instead.");
  header.push("// Edits made here are detected as drift and stop the next apply.");
  header.push(`// tailpolicy-digest: ${digest}`);
  const keys = Object.keys(policy).sort((a, b) => order(a) - order(b) || (a < b ? -1 : a > b ? 1 : 0));
  const body = keys.map((k) => {
    const comments = opts.comments?.get(k);
    return `	${JSON.stringify(k)}: ${renderValue(policy[k], 1, comments)},`;
  });
  return `${header.join("\n")}
{
${body.join("\n")}
}
`;
}
function order(section2) {
  const i = SECTION_ORDER.indexOf(section2);
  return i === -1 ? SECTION_ORDER.length : i;
}
var INLINE_LIMIT = 100;
function renderValue(value, depth, comments) {
  const pad = "	".repeat(depth);
  const inner = "	".repeat(depth + 1);
  if (Array.isArray(value)) {
    if (value.length === 0) return "[]";
    const scalars = value.every((v) => v === null || typeof v !== "object");
    if (scalars && !comments) {
      const line = `[${value.map((v) => JSON.stringify(v)).join(", ")}]`;
      if (line.length + depth * 4 <= INLINE_LIMIT) return line;
    }
    const items = value.map((v, i) => {
      const lead = (comments?.get(i) ?? []).map((c) => `${inner}// ${commentSafe(c, 400)}
`).join("");
      return `${lead}${inner}${renderValue(v, depth + 1)},`;
    });
    return `[
${items.join("\n")}
${pad}]`;
  }
  if (value && typeof value === "object") {
    const entries = Object.entries(value);
    if (entries.length === 0) return "{}";
    const items = entries.map(([k, v]) => `${inner}${JSON.stringify(k)}: ${renderValue(v, depth + 1)},`);
    return `{
${items.join("\n")}
${pad}}`;
  }
  return JSON.stringify(value) ?? "null";
}
function parsesBackTo(text2, policy) {
  const errors = [];
  const root = parseTree2(text2, errors, { allowTrailingComma: true, disallowComments: false });
  if (errors.length > 0 || !root) return false;
  const parsed = getNodeValue2(root);
  return canonicalJson(parsed) === canonicalJson(JSON.parse(JSON.stringify(policy)));
}

// src/policy/source.ts
var YAML = __toESM(require_dist(), 1);
var MAX_FILE_BYTES = 10 * 1024 * 1024;
var MAX_YAML_ALIASES = 100;
function formatOf(path) {
  const lower = path.toLowerCase();
  if (lower.endsWith(".hujson") || lower.endsWith(".json")) return "json";
  if (lower.endsWith(".yaml") || lower.endsWith(".yml")) return "yaml";
  return void 0;
}
function parseSource(src) {
  if (Buffer.byteLength(src.text, "utf8") > MAX_FILE_BYTES) {
    const at2 = { file: src.path, line: 1, column: 1 };
    return {
      path: src.path,
      value: void 0,
      locate: () => at2,
      findings: [
        error(
          "syntax/file-too-large",
          `The file is larger than ${MAX_FILE_BYTES / 2 ** 20} MiB, more than Tailscale's API answers with; split it into smaller files.`,
          at2
        )
      ]
    };
  }
  const yaml = formatOf(src.path) === "yaml";
  const over = yaml ? yamlBounds(src.text) : jsonBounds(src.text);
  if (over) {
    const at2 = new LineIndex(src.text).location(src.path, over.offset);
    return { path: src.path, value: void 0, locate: () => at2, findings: [error(over.rule, over.message, at2)] };
  }
  return yaml ? parseYaml(src) : parseHuJson(src);
}
var LineIndex = class {
  starts = [0];
  constructor(text2) {
    for (let i = 0; i < text2.length; i++) if (text2.charCodeAt(i) === 10) this.starts.push(i + 1);
  }
  position(offset) {
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = lo + hi + 1 >> 1;
      if (this.starts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - this.starts[lo] + 1 };
  }
  location(file, offset, end) {
    const start = this.position(offset);
    if (end === void 0) return { file, ...start };
    const stop = this.position(end);
    return { file, ...start, endLine: stop.line, endColumn: stop.column };
  }
};
var jsonErrorText = {
  InvalidSymbol: "unexpected character",
  InvalidNumberFormat: "invalid number",
  PropertyNameExpected: "expected a quoted property name",
  ValueExpected: "expected a value",
  ColonExpected: 'expected ":" after the property name',
  CommaExpected: 'expected "," between items',
  CloseBraceExpected: 'expected "}"',
  CloseBracketExpected: 'expected "]"',
  EndOfFileExpected: "unexpected content after the end of the document",
  InvalidCommentToken: "invalid comment",
  UnexpectedEndOfComment: "unterminated block comment",
  UnexpectedEndOfString: "unterminated string",
  UnexpectedEndOfNumber: "unterminated number",
  InvalidUnicode: "invalid unicode escape",
  InvalidEscapeCharacter: "invalid escape character",
  InvalidCharacter: "invalid character in string"
};
function parseHuJson(src) {
  const lines = new LineIndex(src.text);
  const errors = [];
  const root = parseTree2(src.text, errors, { allowTrailingComma: true, disallowComments: false });
  const findings = errors.slice(0, MAX_SYNTAX_ERRORS).map(
    (e) => error(
      "syntax/hujson",
      `Invalid HuJSON: ${jsonErrorText[printParseErrorCode(e.error)] ?? printParseErrorCode(e.error)}.`,
      lines.location(src.path, e.offset, e.offset + e.length)
    )
  );
  if (errors.length > MAX_SYNTAX_ERRORS) {
    findings.push(moreErrors(src.path, lines, errors.length, errors[MAX_SYNTAX_ERRORS].offset));
  }
  const locate = jsonTreeLocator(src.path, root, lines);
  if (!root || errors.length > 0) {
    return { path: src.path, value: void 0, locate, findings };
  }
  const dups = duplicateJsonKeys(src.path, root, lines);
  findings.push(...dups.slice(0, MAX_SYNTAX_ERRORS));
  if (dups.length > MAX_SYNTAX_ERRORS) {
    const next = dups[MAX_SYNTAX_ERRORS].location;
    findings.push({
      ...dups[MAX_SYNTAX_ERRORS],
      rule: "syntax/more-errors",
      message: `${dups.length - MAX_SYNTAX_ERRORS} more duplicate key(s) in this file are not listed; fix the ones above first.`,
      location: next,
      related: void 0
    });
  }
  return { path: src.path, value: getNodeValue2(root), locate, findings };
}
function jsonTreeLocator(file, root, lines) {
  return (path, opts) => {
    if (!root) return { file, line: 1, column: 1 };
    let node = root;
    let found = root;
    for (const seg of path) {
      node = findNodeAtLocation2(found, [seg]);
      if (!node) break;
      found = node;
    }
    if (opts?.key && node && found.parent?.type === "property") {
      const keyNode = found.parent.children?.[0];
      if (keyNode) return lines.location(file, keyNode.offset, keyNode.offset + keyNode.length);
    }
    return lines.location(file, found.offset, found.offset + found.length);
  };
}
function duplicateJsonKeys(file, root, lines) {
  const out = [];
  const stack = [root];
  while (stack.length > 0) {
    const n = stack.pop();
    if (n.type === "object" && n.children) {
      const seen = /* @__PURE__ */ new Map();
      for (const prop of n.children) {
        const keyNode = prop.children?.[0];
        if (!keyNode) continue;
        const key = String(keyNode.value);
        const first = seen.get(key);
        if (first) {
          const firstAt = lines.location(file, first.offset, first.offset + first.length);
          out.push(
            error(
              "syntax/duplicate-key",
              `Duplicate key "${key}": it is also defined at line ${firstAt.line}. Keep one of the two.`,
              lines.location(file, keyNode.offset, keyNode.offset + keyNode.length),
              firstAt
            )
          );
        } else seen.set(key, keyNode);
      }
    }
    if (n.children) for (let i = n.children.length - 1; i >= 0; i--) stack.push(n.children[i]);
  }
  return out;
}
function parseYaml(src) {
  const value = flatYaml(src.text);
  if (value === void 0) return parseYamlFully(src);
  let locate;
  return {
    path: src.path,
    value,
    locate: (path, opts) => (locate ??= parseYamlFully(src).locate)(path, opts),
    findings: []
  };
}
var UNUSUAL = /[\x00-\x09\x0B-\x1F\x7F-\x9F\u2028\u2029\uFEFF\uD800-\uDFFF]/;
var KEY = /^([A-Za-z_][A-Za-z0-9_-]*):(?: +(.*))?$/;
var NOT_A_STRING = /^(?:~|[Nn]ull|NULL|[Tt]rue|TRUE|[Ff]alse|FALSE|[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$|^[-+.0-9][-+._0-9a-fA-FoOxX]*$/;
var INDICATOR = /^[-?:,[\]{}#&*!|>'"%@`]/;
var COMMENT_OR_END = /^(?: +#.*)?$/;
function flatYaml(text2) {
  if (UNUSUAL.test(text2)) return void 0;
  const out = {};
  let keys = 0;
  for (const line of text2.split("\n")) {
    if (line.trim() === "" || line.startsWith("#")) continue;
    const m = KEY.exec(line);
    if (!m) return void 0;
    const key = m[1];
    if (key === "__proto__" || key.length > 1e3 || NOT_A_STRING.test(key) || Object.hasOwn(out, key)) return void 0;
    const rest = m[2]?.trimStart() ?? "";
    let value;
    if (rest.startsWith("[")) {
      const close = rest.indexOf("]");
      if (close < 0 || !COMMENT_OR_END.test(rest.slice(close + 1))) return void 0;
      const inner = rest.slice(1, close);
      if (inner.trim() === "") value = [];
      else {
        const items = [];
        for (const part of inner.split(",")) {
          const item = flowItem(part.trim());
          if (item === void 0) return void 0;
          items.push(item);
        }
        value = items;
      }
    } else {
      const scalar = blockScalar(rest);
      if (scalar === void 0) return void 0;
      value = scalar;
    }
    out[key] = value;
    keys++;
  }
  return keys > 0 ? out : void 0;
}
function quoted(s) {
  const q = s[0];
  if (q !== '"' && q !== "'") return void 0;
  const close = s.indexOf(q, 1);
  if (close < 0) return void 0;
  const value = s.slice(1, close);
  if (q === '"' && value.includes("\\")) return void 0;
  if (q === "'" && s[close + 1] === "'") return void 0;
  return { value, rest: s.slice(close + 1) };
}
function blockScalar(s) {
  if (s === "") return void 0;
  const q = quoted(s);
  if (q) return COMMENT_OR_END.test(q.rest) ? q.value : void 0;
  const hash = s.indexOf(" #");
  const value = (hash < 0 ? s : s.slice(0, hash)).trimEnd();
  return plain(value) ? value : void 0;
}
function flowItem(s) {
  const q = quoted(s);
  if (q) return q.rest === "" ? q.value : void 0;
  return plain(s) && !/[,[\]{}#]/.test(s) ? s : void 0;
}
function plain(s) {
  return s !== "" && !INDICATOR.test(s) && !NOT_A_STRING.test(s) && !s.includes(": ") && !s.includes(" :") && !s.endsWith(":") && !s.includes(" #") && !/["']/.test(s[0]);
}
function parseYamlFully(src) {
  const lines = new LineIndex(src.text);
  const lineCounter = new YAML.LineCounter();
  const findings = [];
  const docs = YAML.parseAllDocuments(src.text, { lineCounter, uniqueKeys: false, prettyErrors: false });
  const list2 = Array.isArray(docs) ? docs : [];
  if (list2.length > 1) {
    const second = list2[1];
    findings.push(
      error(
        "syntax/yaml-multiple-documents",
        'The file holds more than one YAML document (a "---" separator); keep one document per file.',
        lines.location(src.path, second.range[0])
      )
    );
  }
  const doc = list2[0] ?? new YAML.Document(null);
  const problems = [
    ...doc.errors.map((e) => ({
      rule: "syntax/yaml",
      message: `Invalid YAML: ${firstLine(e.message)}.`,
      start: e.pos[0],
      end: e.pos[1]
    })),
    ...duplicateYamlKeys(doc, lines, src.path)
  ].sort((a, b) => a.start - b.start);
  for (const p of problems.slice(0, MAX_SYNTAX_ERRORS)) {
    findings.push(error(p.rule, p.message, lines.location(src.path, p.start, p.end)));
  }
  if (problems.length > MAX_SYNTAX_ERRORS)
    findings.push(moreErrors(src.path, lines, problems.length, problems[MAX_SYNTAX_ERRORS].start));
  const locate = yamlLocator(src.path, doc, lines);
  if (findings.length > 0) return { path: src.path, value: void 0, locate, findings };
  let value;
  try {
    value = doc.toJS({ maxAliasCount: MAX_YAML_ALIASES });
  } catch (e) {
    findings.push(
      error(
        "syntax/yaml-alias",
        `YAML aliases could not be expanded: ${firstLine(e.message)}. Write the values out instead of using anchors.`,
        { file: src.path, line: 1, column: 1 }
      )
    );
    return { path: src.path, value: void 0, locate, findings };
  }
  return { path: src.path, value, locate, findings };
}
function firstLine(s) {
  return s.split("\n")[0].replace(/[.:]\s*$/, "");
}
function duplicateYamlKeys(doc, lines, file) {
  const out = [];
  YAML.visit(doc, {
    Map(_, map) {
      const firstOf = /* @__PURE__ */ new Map();
      for (const pair of map.items) {
        const k = pair.key;
        if (!YAML.isScalar(k) || !k.range) continue;
        const name = String(k.value);
        const first = firstOf.get(name);
        if (first === void 0) firstOf.set(name, k.range[0]);
        else
          out.push({
            rule: "syntax/duplicate-key",
            message: `Duplicate key "${name}": it is also defined at line ${lines.location(file, first).line}. Keep one of the two.`,
            start: k.range[0],
            end: k.range[1]
          });
      }
    }
  });
  return out;
}
var MAX_SYNTAX_ERRORS = 20;
function moreErrors(file, lines, total, offset) {
  return error(
    "syntax/more-errors",
    `${total - MAX_SYNTAX_ERRORS} more syntax error(s) in this file are not listed; fix the ones above first.`,
    lines.location(file, offset)
  );
}
function yamlLocator(file, doc, lines) {
  return (path, opts) => {
    let node = doc.contents;
    let keyNode;
    let best = YAML.isNode(node) ? node : void 0;
    for (const seg of path) {
      if (YAML.isMap(node)) {
        const pair = node.items.find((p) => YAML.isScalar(p.key) && String(p.key.value) === String(seg));
        if (!pair) break;
        keyNode = YAML.isNode(pair.key) ? pair.key : void 0;
        node = pair.value;
        best = YAML.isNode(node) ? node : keyNode;
      } else if (YAML.isSeq(node) && typeof seg === "number") {
        node = node.items[seg];
        keyNode = void 0;
        if (!YAML.isNode(node)) break;
        best = node;
      } else break;
    }
    const target = opts?.key && keyNode ? keyNode : best;
    if (!target?.range) return { file, line: 1, column: 1 };
    return lines.location(file, target.range[0], target.range[1]);
  };
}

// src/policy/compile.ts
var RESERVED = ["dns", "access"];
function compile(input) {
  const prefix = input.policyDir.replace(/\/+$/, "") + "/";
  const byPath = (a, b) => a.path < b.path ? -1 : a.path > b.path ? 1 : 0;
  const baseFindings = [];
  const reserved = { dns: [], access: [] };
  const fragments = [];
  for (const file of [...input.policyFiles].sort(byPath)) {
    if (!formatOf(file.path)) continue;
    const parsed = parseSource(file);
    baseFindings.push(...parsed.findings);
    const rel = file.path.startsWith(prefix) ? file.path.slice(prefix.length) : file.path;
    const name = RESERVED.find((r) => new RegExp(`^${r}\\.(ya?ml|json|hujson)$`, "i").test(rel));
    (name ? reserved[name] : fragments).push(parsed);
  }
  for (const name of RESERVED) {
    for (const extra of reserved[name].slice(1)) {
      baseFindings.push(
        error(
          "merge/duplicate",
          `${extra.path} duplicates ${reserved[name][0].path}; keep one ${name} file.`,
          extra.locate([])
        )
      );
    }
  }
  const merged = mergeFragments(fragments);
  baseFindings.push(...merged.findings);
  const { access: access2, findings: accessFindings } = buildAccess(reserved.access[0]);
  const { dns: dns2, findings: dnsFindings } = buildDns(reserved.dns[0]);
  baseFindings.push(...accessFindings, ...dnsFindings, ...checkAccessReferences(access2, merged.policy));
  baseFindings.push(...reservedPostureNames(merged.policy, merged.origins));
  const grants = [...input.grantFiles].filter((f) => /\.ya?ml$/i.test(f.path)).sort(byPath).map((file) => {
    const parsed = parseSource(file);
    const built = buildGrant(parsed, { merged: input.merges?.get(file.path), now: input.now });
    const findings = [...parsed.findings.filter((f) => !built.findings.includes(f)), ...built.findings];
    if (!built.grant) return { path: file.path, included: false, findings };
    findings.push(...checkGrant(built.grant, access2, merged.policy, input.now));
    const state = grantState(built.grant, input.now);
    const excludedReason = input.exclude?.get(file.path);
    const valid = !findings.some((f) => f.severity === "error");
    return {
      path: file.path,
      grant: built.grant,
      state,
      included: valid && state === "active" && excludedReason === void 0,
      ...excludedReason !== void 0 ? { excludedReason } : {},
      findings
    };
  });
  const validGrants = grants.filter((g) => g.grant && !g.findings.some((f) => f.severity === "error")).map((g) => g.grant);
  const duplicates = duplicateGrants(validGrants, input.now);
  for (const d of duplicates) grants.find((g) => g.path === d.location?.file)?.findings.push(d);
  const { policy, comments, generatedBy } = addGrantRules(merged.policy, merged.origins, grants, access2);
  const digest = policyDigest(policy);
  const text2 = renderPolicy(policy, digest, {
    repositoryUrl: input.source?.repositoryUrl,
    repository: input.source?.repository,
    commit: input.source?.commit,
    comments: withFragmentComments(policy, merged.origins, comments, generatedBy)
  });
  if (!parsesBackTo(text2, policy)) {
    baseFindings.push(
      error(
        "render/mismatch",
        "The rendered policy text does not parse back to the policy that was validated (a file name or reason would change the pushed rules), so nothing will be pushed. Rename the file or folder with unusual characters, or report this to tailpolicy.",
        { file: input.policyDir, line: 1, column: 1 }
      )
    );
  }
  const future = grants.filter((g) => g.grant && g.state !== "expired" && !g.findings.some((f) => f.severity === "error")).flatMap((g) => [g.grant.starts, g.grant.expires]).filter((d) => d !== void 0 && d.getTime() > input.now.getTime()).sort((a, b) => a.getTime() - b.getTime());
  return {
    now: input.now,
    policy,
    text: text2,
    digest,
    dns: dns2,
    access: access2,
    grants,
    nextChange: future[0],
    findings: sortFindings([...baseFindings, ...grants.flatMap((g) => g.findings)]),
    baseErrors: baseFindings.some((f) => f.severity === "error"),
    locate: merged.origins.locate,
    generatedBy
  };
}
function addGrantRules(base, origins, grants, access2) {
  const policy = { ...base };
  const comments = /* @__PURE__ */ new Map();
  const generatedBy = /* @__PURE__ */ new Map();
  for (const entry of grants) {
    if (!entry.included || !entry.grant) continue;
    const g = entry.grant;
    const resource = g.resource !== void 0 ? access2.resources.get(g.resource) : void 0;
    const sources = resource ? [
      { section: "grants", rules: resource.grants, locate: at(resource.locate, ["grants"]) },
      { section: "ssh", rules: resource.ssh, locate: at(resource.locate, ["ssh"]) }
    ] : [
      { section: "grants", rules: g.inline?.grants ?? [], locate: at(g.locate, ["grants"]) },
      { section: "ssh", rules: g.inline?.ssh ?? [], locate: at(g.locate, ["ssh"]) }
    ];
    const enforcing = rulesFor(g, access2);
    const gate = enforcing?.enforce === "posture" ? new GrantGate(g.path, { postures: base.postures, defaultSrcPosture: base.defaultSrcPosture }) : void 0;
    const note = grantComment(g, gate?.key);
    for (const { section: section2, rules, locate } of sources) {
      if (rules.length === 0) continue;
      if (policy[section2] === base[section2]) policy[section2] = [...base[section2] ?? []];
      const list2 = policy[section2];
      const first = list2.length;
      rules.forEach((rule, j) => {
        const index = list2.length;
        const plain2 = section2 === "ssh" ? sshRule(rule, g.grantees) : { src: g.grantees, ...rule };
        const compiled = gate ? gate.gateRule(plain2) : plain2;
        list2.push(compiled);
        const gen = generatedBy.get(section2) ?? /* @__PURE__ */ new Map();
        gen.set(index, g.path);
        generatedBy.set(section2, gen);
        origins.set(
          [section2, index],
          (rest, opts) => rest[0] === "src" ? g.locate(["grantees"], opts) : gate && rest[0] === "srcPosture" ? locate([j, "srcPosture"], opts) ?? enforcing.locate(["enforce"], opts) : locate([j, ...rest], opts)
        );
      });
      const bySection = comments.get(section2) ?? /* @__PURE__ */ new Map();
      bySection.set(first, [note, ruleMarker(g.path, list2.slice(first))]);
      comments.set(section2, bySection);
    }
    if (gate) addGatePostures(policy, origins, gate, enforcing.locate);
  }
  return { policy, comments, generatedBy };
}
function addGatePostures(policy, origins, gate, rulesLocate) {
  const generated = gate.postures();
  if (generated.length === 0) return;
  const postures = isPlainObject(policy.postures) ? { ...policy.postures } : {};
  for (const p of generated) {
    postures[p.name] = p.conditions;
    const copied = p.conditions.length - 1;
    origins.set(
      ["postures", p.name],
      (rest, opts) => p.base !== void 0 && typeof rest[0] === "number" && rest[0] < copied ? origins.locate(["postures", p.base, ...rest], opts) : rulesLocate(["enforce"], opts)
    );
  }
  policy.postures = postures;
}
function reservedPostureNames(policy, origins) {
  if (!isPlainObject(policy.postures)) return [];
  return Object.keys(policy.postures).filter(isGeneratedPostureName).map(
    (name) => error(
      "posture/reserved-name",
      `"${name}" has the form of the postures tailpolicy generates for "enforce: posture" grants (posture:tp-<id>). Rename it.`,
      origins.locate(["postures", name], { key: true })
    )
  );
}
function sshRule(rule, grantees) {
  const { action, ...rest } = rule;
  return action === void 0 ? { src: grantees, ...rest } : { action, src: grantees, ...rest };
}
function grantComment(g, attribute) {
  const from = g.starts ?? g.duration?.mergedAt;
  const window = `${from ? humanUtc(from) : "now"} until ${humanUtc(g.expires)}${g.duration ? ` (${g.duration.text} from merge)` : ""}`;
  const what2 = g.resource ?? "inline rules";
  const ticket = g.ticket ? ` [${g.ticket}]` : "";
  const gate = attribute ? ` (expiry enforced by ${attribute})` : "";
  return commentSafe(
    `grant ${g.path}: ${g.grantees.join(", ")} -> ${what2}, ${window}${ticket}${gate}: ${g.reason}`,
    300
  );
}
function withFragmentComments(policy, origins, comments, generatedBy) {
  const out = new Map(comments);
  for (const [section2, value] of Object.entries(policy)) {
    if (!Array.isArray(value)) continue;
    const generated = [...generatedBy.get(section2)?.keys() ?? []];
    const baseCount = generated.length ? Math.min(...generated) : value.length;
    const bySection = new Map(comments.get(section2) ?? []);
    let previous;
    for (let i = 0; i < baseCount; i++) {
      const file = origins.locate([section2, i])?.file;
      if (file && file !== previous) bySection.set(i, [file]);
      previous = file;
    }
    if (bySection.size) out.set(section2, bySection);
  }
  return out;
}

// src/evaluate/tests.ts
var FAILS = 'Tailscale rejects the policy with "test(s) failed".';
function refProblem(c, text2, what2) {
  const sel = parseSelector(text2);
  switch (sel.kind) {
    case "tag": {
      const bad = checkTagName(sel.name);
      if (!c.tags.has(sel.name)) {
        return {
          rule: "ref/unknown-tag",
          message: `${what2} tag not found: "${sel.name}". ${bad && sel.name.includes(":", 4) ? "A port does not belong here. " : ""}Define it in "tagOwners" or fix the name.`
        };
      }
      return void 0;
    }
    case "group":
      if (!c.groups.has(sel.name) && !sel.name.includes("@")) {
        return {
          rule: "ref/unknown-group",
          message: `${what2} group not found: "${sel.name}". Define it in "groups" or fix the name.`
        };
      }
      return void 0;
    case "host":
      if (!c.hosts.has(sel.name)) {
        return {
          rule: "ref/unknown-host",
          message: `${what2} "${sel.name}": invalid address: it is not a host defined in "hosts", a user, a tag or an IP. Define it in "hosts" or fix the name.`
        };
      }
      return void 0;
    case "ipset":
      if (!c.ipsets.has(sel.name)) {
        return {
          rule: "ref/unknown-ipset",
          message: `${what2} IP set not found: "${sel.name}". Define it in "ipsets".`
        };
      }
      return void 0;
    case "user":
      if (c.users && !c.users.has(sel.login)) {
        return {
          rule: "ref/unknown-user",
          message: `${what2} user not found: "${sel.login}": no such user in the tailnet. Fix the login name.`
        };
      }
      return void 0;
    case "invalid":
      return { rule: "selector/invalid", message: `${what2} "${text2.trim()}": ${sel.reason}.` };
    case "autogroup":
      if (!AUTOGROUPS.has(sel.name)) {
        return { rule: "selector/invalid", message: `${what2} "${sel.name}" is not an autogroup Tailscale knows.` };
      }
      return void 0;
    default:
      return void 0;
  }
}
function str(f, name) {
  const v = f.get(name);
  return v && typeof v.value === "string" ? { key: v.key, value: v.value } : void 0;
}
function list(f, name) {
  const v = f.get(name);
  return v && Array.isArray(v.value) ? { key: v.key, values: v.value } : void 0;
}
function testProblems(c, test, base) {
  if (!isObject(test))
    return [
      { path: base, rule: "policy/type", message: 'A test must be an object with "src" and "accept" and/or "deny".' }
    ];
  const out = [];
  const f = readObject(test, TEST_FIELDS).fields;
  const src = str(f, "src") ?? str(f, "user");
  if (f.has("src") && f.has("user")) {
    out.push({
      path: [...base, f.get("user").key],
      rule: "test/invalid",
      message: 'Only one of "src" or "user" may be specified; "user" is the old name of "src".'
    });
  }
  if (!src || src.value.trim() === "") {
    out.push({
      path: base,
      rule: "test/invalid",
      message: `This test has no "src": say whose access it checks (a user, group, tag, host or IP). ${FAILS}`
    });
  } else {
    const p = [...base, src.key];
    const sel = parseSelector(src.value);
    const where2 = `test src`;
    if (sel.kind === "any" || sel.kind === "autogroup" || sel.kind === "svc" || sel.kind === "userDomain") {
      out.push({
        path: p,
        rule: "test/invalid",
        message: `test src "${src.value.trim()}" is not valid: a test runs from one identity (a user, group, tag, host or IP address), never "*", an autogroup or a service. ${FAILS}`
      });
    } else if (sel.kind === "ip" && (sel.range.lo !== sel.range.hi || sel.text.includes("/"))) {
      out.push({
        path: p,
        rule: "test/invalid",
        message: `test src "${sel.text}" is a range or CIDR: use one IP address, without a prefix length. ${FAILS}`
      });
    } else {
      const r = refProblem(c, src.value, where2);
      if (r) out.push({ path: p, ...r, message: `${r.message} ${FAILS}` });
      else if (sel.kind === "host" && !isSingleHost(c, sel.name)) {
        out.push({
          path: p,
          rule: "test/invalid",
          message: `test src "${sel.name}" maps to a range in "hosts": a test runs from one address. ${FAILS}`
        });
      }
    }
  }
  const proto = f.get("proto");
  if (proto) {
    if (typeof proto.value !== "string") {
      out.push({
        path: [...base, proto.key],
        rule: "policy/type",
        message: 'json: cannot unmarshal into "proto" of type string: write the protocol as a string, e.g. "tcp" or "6".'
      });
    } else if (proto.value.trim() !== "") {
      const pr = parseProto(proto.value);
      if (!pr.ok) out.push({ path: [...base, proto.key], rule: "proto/invalid", message: `${pr.error}.` });
    }
  }
  let any = false;
  for (const kind of ["accept", "allow", "deny"]) {
    const l = list(f, kind);
    if (!l) continue;
    l.values.forEach((entry, j) => {
      const p = [...base, l.key, j];
      if (typeof entry !== "string") {
        out.push({ path: p, rule: "policy/type", message: `"${l.key}" entries must be strings like "tag:server:22".` });
        return;
      }
      any = true;
      out.push(...testDstProblems(c, entry, p));
    });
  }
  if (!any) {
    out.push({
      path: base,
      rule: "test/invalid",
      message: `This test has neither "accept" nor "deny" destinations, so it checks nothing. ${FAILS}`
    });
  }
  return out;
}
function isSingleHost(c, name) {
  const h = c.hosts.get(name);
  return !h || h.lo === h.hi;
}
function testDstProblems(c, entry, path) {
  const e = entry.trim();
  const hp = splitHostPorts(e);
  if (!hp) {
    return [
      {
        path,
        rule: "test/invalid",
        message: `address "${e}": a test destination is "<host>:<port>", e.g. "tag:server:22". ${FAILS}`
      }
    ];
  }
  const out = [];
  if (!/^[0-9]+$/.test(hp.ports) || Number(hp.ports) > 65535) {
    out.push({
      path,
      rule: "test/invalid",
      message: `address "${e}": a test destination takes exactly one numeric port (0-65535), not "${hp.ports}"; "*", lists and ranges make the test fail. ${FAILS}`
    });
  }
  const sel = parseSelector(hp.host);
  const bad = (why) => {
    out.push({ path, rule: "test/invalid", message: `address "${e}": ${why} ${FAILS}` });
  };
  if (sel.kind === "any") bad('a test destination names one host, never "*".');
  else if (sel.kind === "autogroup" && sel.name === "autogroup:internet") bad("autogroup:internet cannot be tested.");
  else if (sel.kind === "ip" && (sel.range.lo !== sel.range.hi || sel.text.includes("/"))) {
    bad("tests cannot use CIDR (subnet) notation or ranges, not even a /32: name one address.");
  } else if (sel.kind === "userDomain") bad("a test destination names one host, not every user of a domain.");
  else {
    const r = refProblem(c, hp.host, "test destination");
    if (r) out.push({ path, rule: r.rule, message: `address "${e}": ${r.message} ${FAILS}` });
    else if (sel.kind === "host" && !isSingleHost(c, sel.name))
      bad(`host "${sel.name}" maps to a range (CIDR); tests cannot use CIDR notation.`);
    else if (sel.kind === "ipset" && !c.ipsets.get(sel.name)?.set.single())
      bad(`${sel.name} is not one address; tests cannot use ranges.`);
  }
  return out;
}
function sshTestProblems(c, test, base) {
  if (!isObject(test))
    return [
      {
        path: base,
        rule: "policy/type",
        message: 'An SSH test must be an object with "src", "dst" and "accept", "check" and/or "deny".'
      }
    ];
  const out = [];
  const f = readObject(test, SSHTEST_FIELDS).fields;
  const src = str(f, "src");
  if (!src || src.value.trim() === "") {
    out.push({
      path: base,
      rule: "ssh-test/invalid",
      message: 'This SSH test has no "src": say whose access it checks (a user, group, tag, host or IP).'
    });
  } else {
    const p = [...base, src.key];
    const sel = parseSelector(src.value);
    if (sel.kind === "autogroup" || sel.kind === "any" || sel.kind === "ip" && (sel.range.lo !== sel.range.hi || sel.text.includes("/")) || sel.kind === "svc" || sel.kind === "userDomain") {
      out.push({
        path: p,
        rule: "ssh-test/invalid",
        message: `SSH tests src contains disallowed element "${src.value.trim()}": an SSH test runs from one user, group, tag, host or IP address.`
      });
    } else {
      const r = refProblem(c, src.value, "SSH tests src");
      if (r) out.push({ path: p, ...r });
    }
  }
  const dst = list(f, "dst");
  if (!dst || dst.values.length === 0) {
    out.push({
      path: dst ? [...base, dst.key] : base,
      rule: "ssh-test/invalid",
      message: 'This SSH test has no "dst": list the devices it connects to (tags, users, hosts).'
    });
  } else {
    dst.values.forEach((d, j) => {
      const p = [...base, dst.key, j];
      if (typeof d !== "string") {
        out.push({ path: p, rule: "policy/type", message: '"dst" entries must be strings like "tag:server".' });
        return;
      }
      const sel = parseSelector(d);
      const t = d.trim();
      if (sel.kind === "tag" && !c.tags.has(sel.name)) {
        out.push({
          path: p,
          rule: "ref/unknown-tag",
          message: `SSH tests dst contains unknown tag "${sel.name}". ${/:[0-9*]/.test(sel.name.slice(4)) ? "SSH test destinations take no port (SSH is port 22)." : 'Define it in "tagOwners" or fix the name.'}`
        });
      } else if (sel.kind === "any" || sel.kind === "ip" && (sel.range.lo !== sel.range.hi || sel.text.includes("/")) || sel.kind === "autogroup" && sel.name === "autogroup:internet" || sel.kind === "host" && !isSingleHost(c, sel.name) || sel.kind === "userDomain") {
        out.push({
          path: p,
          rule: "ssh-test/invalid",
          message: `SSH tests dst contains disallowed element "${t}": name devices (a tag, user, group or a host with one address), not ranges.`
        });
      } else {
        const r = refProblem(c, d, "SSH tests dst");
        if (r) out.push({ path: p, ...r });
      }
    });
  }
  let any = false;
  for (const kind of ["accept", "check", "deny"]) {
    const l = list(f, kind);
    if (!l) continue;
    l.values.forEach((u, j) => {
      const p = [...base, l.key, j];
      if (typeof u !== "string") {
        out.push({ path: p, rule: "policy/type", message: `"${l.key}" entries must be login names like "root".` });
        return;
      }
      any = true;
      if (u.trim() === "")
        out.push({
          path: p,
          rule: "ssh-test/invalid",
          message: 'user "" is not valid: write the login name to test, e.g. "root".'
        });
    });
  }
  if (!any) {
    out.push({
      path: base,
      rule: "ssh-test/invalid",
      message: 'This SSH test has no "accept", "check" or "deny" logins, so it checks nothing.'
    });
  }
  return out;
}
function postureAttrsOf(v) {
  if (!isObject(v)) return void 0;
  const out = {};
  for (const [k, x] of Object.entries(v)) {
    if (typeof x === "string" || typeof x === "number" || typeof x === "boolean") out[k] = x;
  }
  return out;
}
function attrsFor(testAttrs, ep) {
  return testAttrs ?? ep.postureAttributes ?? {};
}
function ruleName(c, section2, index) {
  return `${c.sectionKeys.get(section2) ?? section2}[${index}]`;
}
function where(loc) {
  return loc ? ` (${loc.file}:${loc.line})` : "";
}
function unitWhy(c, u, src, dst) {
  const name = "section" in u ? ruleName(c, u.section, u.index) : ruleName(c, "ssh", u.index);
  const reasons = [];
  if (!src.known) reasons.push(`which device holds ${src.label} is not known offline`);
  if (!dst.known) reasons.push(`which device holds ${dst.label} is not known offline`);
  if (u.src.usersUnknown.length > 0) reasons.push(`who is in ${u.src.usersUnknown.join(", ")} is not known offline`);
  const dsts = "section" in u ? [u.dst] : u.dst;
  for (const d of dsts) {
    if (d.k === "usersUnknown") reasons.push(`${d.why} is not known offline`);
    if (d.k === "ips" && src.known && dst.known && !dst.addrs)
      reasons.push(`whether ${dst.label} has an address in ${d.text} is not known offline`);
  }
  if (u.src.ips && src.known && !src.addrs)
    reasons.push(`whether ${src.label} has an address in ${u.src.ipTexts.join(", ")} is not known offline`);
  return `${name} may apply: ${reasons.length > 0 ? [...new Set(reasons)].join("; ") : "it depends on devices not known offline"}`;
}
function srcDoubt(c, srcText) {
  const sel = parseSelector(srcText);
  if (sel.kind === "group" && c.groups.has(sel.name)) return { group: sel.name };
  if (sel.kind === "user" && !c.users && !c.devices?.some((d) => d.user === sel.login)) {
    if (!namedInPolicy(c).has(sel.login)) return { unnamed: sel.login };
  }
  return {};
}
var namedCache = /* @__PURE__ */ new WeakMap();
function namedInPolicy(c) {
  let out = namedCache.get(c);
  if (out) return out;
  out = /* @__PURE__ */ new Set();
  const raw = isObject(c.raw) ? c.raw : {};
  const stack = Object.entries(raw).filter(([k]) => !/^(tests|sshtests)$/i.test(k)).map(([, v]) => v);
  while (stack.length > 0) {
    const v = stack.pop();
    if (typeof v === "string") {
      out.add(v);
      const colon = v.lastIndexOf(":");
      if (colon > 0) out.add(v.slice(0, colon));
    } else if (Array.isArray(v)) stack.push(...v);
    else if (isObject(v)) for (const [k, x] of Object.entries(v)) stack.push(k, x);
  }
  namedCache.set(c, out);
  return out;
}
function ruleSrc(c, section2, index) {
  const key = c.sectionKeys.get(section2) ?? section2;
  const list2 = isObject(c.raw) ? c.raw[key] : void 0;
  const rule = Array.isArray(list2) ? list2[index] : void 0;
  if (!isObject(rule)) return [];
  const fields = readObject(
    rule,
    section2 === "acls" ? ACL_FIELDS : section2 === "grants" ? GRANT_FIELDS : SSH_FIELDS
  ).fields;
  return stringsOf((fields.get("src") ?? fields.get("users"))?.value);
}
function certainFor(c, section2, index, doubt) {
  if (!doubt.group && !doubt.unnamed) return true;
  return ruleSrc(c, section2, index).some((s) => {
    const t = s.trim();
    if (t === "*" || t === "autogroup:danger-all") return true;
    if (doubt.group) return t === doubt.group || isMemberAutogroup(t);
    return t === doubt.unnamed;
  });
}
function doubtWhy(c, section2, index, doubt) {
  const name = ruleName(c, section2, index);
  return doubt.group ? `${name} reaches members of ${doubt.group} only through their other groups or by name, and Tailscale judges the group itself` : `${name} applies to ${doubt.unnamed} only if they are a member of the tailnet, which the policy does not say`;
}
function testOne(c, locate, srcEps, host, port, protos, want, testAttrs, doubt = {}) {
  const reasons = [];
  let sawU = false;
  for (const s of srcEps) {
    const dr = resolveIdentity(c, host, s);
    if (dr.fail) return { tri: F, detail: dr.fail, reasons };
    if (dr.undecidable) {
      reasons.push(dr.undecidable);
      sawU = true;
      continue;
    }
    for (const d of dr.endpoints) {
      let tri = F;
      const allowedBy = [];
      const maybe = [];
      for (const ps of protos) {
        const r = decide(c, s, d, ps, port, attrsFor(testAttrs, s));
        if (r.result === T) tri = T;
        else if (r.result === U && tri !== T) tri = U;
        allowedBy.push(...r.allowedBy);
        maybe.push(...r.maybe);
      }
      const pair = `from ${s.label} to ${d.label}`;
      if (tri === T && !allowedBy.some((u) => certainFor(c, u.section, u.index, doubt))) {
        tri = U;
        for (const u of allowedBy) reasons.push(doubtWhy(c, u.section, u.index, doubt));
        sawU = true;
        continue;
      }
      if (want === "accept" && tri === F) {
        return { tri: F, detail: `no rule in acls or grants allows it ${pair}`, reasons };
      }
      if (want === "deny" && tri === T) {
        const u = allowedBy.find((x) => certainFor(c, x.section, x.index, doubt));
        const name = ruleName(c, u.section, u.index);
        return {
          tri: F,
          detail: `${name}${where(locate([c.sectionKeys.get(u.section) ?? u.section, u.index]))} allows it ${pair}`,
          reasons
        };
      }
      if (tri === U) {
        sawU = true;
        for (const u of maybe) reasons.push(unitWhy(c, u, s, d));
      }
    }
  }
  return { tri: sawU ? U : T, reasons };
}
function notice(rule, message, location) {
  return { severity: "notice", rule, message, ...location ? { location } : {} };
}
function evaluateNetTest(c, locate, test, i, key) {
  const f = readObject(test, TEST_FIELDS).fields;
  const srcText = ((f.get("src") ?? f.get("user"))?.value).trim();
  const outcome = { kind: "test", index: i, src: srcText, passed: true, failures: [], notes: [] };
  const findings = [];
  const testAttrs = postureAttrsOf(f.get("srcPostureAttrs")?.value);
  const protoText = f.get("proto")?.value;
  const protos = typeof protoText === "string" && protoText.trim() !== "" ? [[parseProto(protoText).value]] : [[PROTO_TCP], [PROTO_UDP]];
  const protoWords = protos.length === 1 ? protoLabel(protos[0][0]) : "tcp or udp";
  const testLoc = locate([key, i]);
  const src = resolveIdentity(c, srcText);
  const doubt = srcDoubt(c, srcText);
  outcome.notes.push(...src.notes);
  if (src.undecidable) {
    outcome.passed = "undecidable";
    outcome.notes.push(src.undecidable);
    findings.push(
      notice(
        "test/undecidable",
        `${key}[${i}] cannot be decided offline: ${src.undecidable}. Tailscale runs it against the real devices when the policy is pushed.`,
        testLoc
      )
    );
    return { outcome, findings };
  }
  const undecided = [];
  for (const kind of ["accept", "allow", "deny"]) {
    const fl = f.get(kind);
    if (!fl || !Array.isArray(fl.value)) continue;
    const want = kind === "deny" ? "deny" : "accept";
    fl.value.forEach((entry, j) => {
      const e = entry.trim();
      const hp = splitHostPorts(e);
      const v = testOne(c, locate, src.endpoints, hp.host, Number(hp.ports), protos, want, testAttrs, doubt);
      if (v.tri === F) {
        const text2 = `address "${e}": want: ${want === "accept" ? "Accept" : "Drop"}, got: ${want === "accept" ? "Drop" : "Accept"}`;
        outcome.failures.push(text2);
        const fix = want === "accept" ? `Add a rule in acls or grants that lets ${srcText} reach ${hp.host} on ${protoWords} port ${hp.ports}, or fix the test.` : "Narrow that rule, or fix the test.";
        findings.push(
          error(
            "test/failed",
            `Test failed: ${text2} (test src "${srcText}"): ${v.detail}. ${fix}`,
            locate([key, i, fl.key, j]) ?? testLoc
          )
        );
      } else if (v.tri === U) {
        undecided.push(`"${e}" (${want}): ${[...new Set(v.reasons)].join("; ")}`);
      }
    });
  }
  if (outcome.failures.length > 0) outcome.passed = false;
  else if (undecided.length > 0) outcome.passed = "undecidable";
  if (undecided.length > 0) {
    outcome.notes.push(...undecided);
    findings.push(
      notice(
        "test/undecidable",
        `${key}[${i}] (src "${srcText}") cannot be fully decided offline: ${undecided.join(" | ")}. Tailscale runs it against the real devices when the policy is pushed${undecided.some((u) => /which device holds|has an address in/.test(u)) ? "; a device inventory lets tailpolicy decide it" : ""}.`,
        testLoc
      )
    );
  }
  return { outcome, findings };
}
var ACTION_WORD = { accept: "Accept", check: "Check", deny: "Deny", undecidable: "?" };
function evaluateSshTest(c, locate, test, i, key) {
  const f = readObject(test, SSHTEST_FIELDS).fields;
  const srcText = f.get("src").value.trim();
  const outcome = { kind: "sshTest", index: i, src: srcText, passed: true, failures: [], notes: [] };
  const findings = [];
  const testLoc = locate([key, i]);
  const testAttrs = postureAttrsOf(f.get("srcPostureAttrs")?.value);
  const src = resolveIdentity(c, srcText);
  const doubt = srcDoubt(c, srcText);
  outcome.notes.push(...src.notes);
  if (src.undecidable) {
    outcome.passed = "undecidable";
    outcome.notes.push(src.undecidable);
    findings.push(
      notice(
        "test/undecidable",
        `${key}[${i}] cannot be decided offline: ${src.undecidable}. Tailscale runs it against the real devices when the policy is pushed.`,
        testLoc
      )
    );
    return { outcome, findings };
  }
  const dsts = f.get("dst").value.map((d) => d.trim());
  const undecided = [];
  for (const kind of ["accept", "check", "deny"]) {
    const fl = f.get(kind);
    if (!fl || !Array.isArray(fl.value)) continue;
    fl.value.forEach((login0, j) => {
      const login = login0.trim();
      for (const dstText of dsts) {
        let failed;
        const reasons = [];
        outer: for (const s of src.endpoints) {
          const dr = resolveIdentity(c, dstText, s);
          if (dr.fail) {
            failed = `${dr.fail}`;
            break;
          }
          if (dr.undecidable) {
            reasons.push(dr.undecidable);
            continue;
          }
          for (const d of dr.endpoints) {
            const r = decideSsh(c, s, d, login, attrsFor(testAttrs, s));
            if (r.action === "undecidable") {
              for (const u of r.maybe) reasons.push(unitWhy(c, u, s, d));
              if (r.maybe.length === 0) reasons.push("it depends on devices not known offline");
              continue;
            }
            if (r.by.length > 0 && !r.by.some((u) => certainFor(c, "ssh", u.index, doubt))) {
              for (const u of r.by) reasons.push(doubtWhy(c, "ssh", u.index, doubt));
              continue;
            }
            if (r.action !== kind) {
              const by = r.by[0];
              const because = by ? `${ruleName(c, "ssh", by.index)}${where(locate([c.sectionKeys.get("ssh") ?? "ssh", by.index]))} gives "${r.action}"` : "no ssh rule matches";
              failed = `got: ${ACTION_WORD[r.action]} from ${s.label} to ${d.label}: ${because}`;
              break outer;
            }
          }
        }
        if (failed !== void 0) {
          const text2 = `user "${login}" on "${dstText}": want: ${ACTION_WORD[kind]}, ${failed.startsWith("got:") ? failed : `got: Deny (${failed})`}`;
          outcome.failures.push(text2);
          findings.push(
            error(
              "ssh-test/failed",
              `SSH test failed: ${text2} (test src "${srcText}"). Change the ssh rules, or fix the test.`,
              locate([key, i, fl.key, j]) ?? testLoc
            )
          );
        } else if (reasons.length > 0) {
          undecided.push(`"${login}" on "${dstText}" (${kind}): ${[...new Set(reasons)].join("; ")}`);
        }
      }
    });
  }
  if (outcome.failures.length > 0) outcome.passed = false;
  else if (undecided.length > 0) outcome.passed = "undecidable";
  if (undecided.length > 0) {
    outcome.notes.push(...undecided);
    findings.push(
      notice(
        "test/undecidable",
        `${key}[${i}] (src "${srcText}") cannot be fully decided offline: ${undecided.join(" | ")}. Tailscale runs it against the real devices when the policy is pushed.`,
        testLoc
      )
    );
  }
  return { outcome, findings };
}
function evaluateCompiledTests(c, locate) {
  const outcomes = [];
  const findings = [];
  const sections = c.raw !== null && typeof c.raw === "object" ? c.raw : {};
  const kinds = [
    { kind: "test", section: "tests", problems: testProblems, evaluate: evaluateNetTest, label: "invalid test" },
    {
      kind: "sshTest",
      section: "sshTests",
      problems: sshTestProblems,
      evaluate: evaluateSshTest,
      label: "invalid SSH test"
    }
  ];
  for (const k of kinds) {
    const key = c.sectionKeys.get(k.section);
    const entries = key !== void 0 ? sections[key] : void 0;
    if (key === void 0 || !Array.isArray(entries)) continue;
    entries.forEach((t, i) => {
      const problems = k.problems(c, t, [key, i]);
      if (problems.length > 0) {
        outcomes.push({
          kind: k.kind,
          index: i,
          src: isObject(t) && typeof t["src"] === "string" ? t["src"] : "",
          passed: false,
          failures: problems.map((p) => p.message),
          notes: [`${k.label}: reported by validation`]
        });
        return;
      }
      const r = k.evaluate(c, locate, t, i, key);
      outcomes.push(r.outcome);
      findings.push(...r.findings);
    });
  }
  return { outcomes, findings };
}

// src/grammar/duration.ts
var UNITS = {
  ns: 1n,
  us: 1000n,
  \u00B5s: 1000n,
  \u03BCs: 1000n,
  ms: 1000000n,
  s: 1000000000n,
  m: 60000000000n,
  h: 3600000000000n
};
var SECOND = 1000000000n;
var MINUTE = 60n * SECOND;
var HOUR = 60n * MINUTE;
function parseGoDuration(orig) {
  const invalid = () => ({ ok: false, error: `time: invalid duration ${JSON.stringify(orig)}` });
  let s = orig;
  let neg = false;
  if (s !== "" && (s[0] === "-" || s[0] === "+")) {
    neg = s[0] === "-";
    s = s.slice(1);
  }
  if (s === "0") return { ok: true, ns: 0n };
  if (s === "") return invalid();
  let total = 0n;
  while (s !== "") {
    const m = /^([0-9]*)(\.([0-9]*))?/.exec(s);
    const intPart = m[1];
    const fracPart = m[3];
    const pre = intPart !== "";
    const post = fracPart !== void 0 && fracPart !== "";
    if (!pre && !post) return invalid();
    s = s.slice(m[0].length);
    const um = /^[^0-9.]*/.exec(s);
    const u = um[0];
    if (u === "") return { ok: false, error: `time: missing unit in duration ${JSON.stringify(orig)}` };
    s = s.slice(u.length);
    const unit = UNITS[u];
    if (unit === void 0) {
      return { ok: false, error: `time: unknown unit ${JSON.stringify(u)} in duration ${JSON.stringify(orig)}` };
    }
    let v = (pre ? BigInt(intPart) : 0n) * unit;
    if (post) {
      const scale = 10n ** BigInt(fracPart.length);
      v += BigInt(fracPart) * unit / scale;
    }
    total += v;
    if (total > (1n << 63n) - 1n) return invalid();
  }
  return { ok: true, ns: neg ? -total : total };
}
function fmtFrac(v, prec) {
  let digits = "";
  let print = false;
  for (let i = 0; i < prec; i++) {
    const digit = v % 10n;
    print = print || digit !== 0n;
    if (print) digits = String(digit) + digits;
    v /= 10n;
  }
  return { text: print ? "." + digits : "", rest: v };
}
function formatGoDuration(d) {
  const neg = d < 0n;
  let u = neg ? -d : d;
  let out;
  if (u < SECOND) {
    if (u === 0n) return "0s";
    let prec;
    let unit;
    if (u < 1000n) {
      prec = 0;
      unit = "ns";
    } else if (u < 1000000n) {
      prec = 3;
      unit = "\xB5s";
    } else {
      prec = 6;
      unit = "ms";
    }
    const f = fmtFrac(u, prec);
    out = `${f.rest}${f.text}${unit}`;
  } else {
    const f = fmtFrac(u, 9);
    u = f.rest;
    out = `${u % 60n}${f.text}s`;
    u /= 60n;
    if (u > 0n) {
      out = `${u % 60n}m` + out;
      u /= 60n;
      if (u > 0n) out = `${u}h` + out;
    }
  }
  return neg ? "-" + out : out;
}

// src/validate/policy.ts
var KNOWN_TAILSCALE_CAPS = /* @__PURE__ */ new Set([
  "tailscale.com/cap/drive",
  "tailscale.com/cap/kubernetes",
  "tailscale.com/cap/relay",
  "tailscale.com/cap/webui",
  "tailscale.com/cap/tsidp",
  "tailscale.com/cap/golink",
  "tailscale.com/cap/secrets",
  "tailscale.com/cap/tailsql",
  "tailscale.com/cap/derp",
  "tailscale.com/cap/pam"
]);
var REFUSED_TAILSCALE_CAPS = /* @__PURE__ */ new Set([
  "tailscale.com/cap/funnel",
  "tailscale.com/cap/ingress",
  "tailscale.com/cap/relay-target"
]);
var ONE_CGNAT_VALUES = /* @__PURE__ */ new Set(["", "mac-always", "mac-never"]);
var FIELD_HINTS = {
  acl: {
    ip: '"ip" belongs to grants; an ACL rule puts its ports in dst ("tag:server:443").',
    via: '"via" belongs to grants.',
    app: '"app" belongs to grants.'
  },
  grant: {
    action: 'A grant has no "action": every grant allows.',
    proto: 'A grant names protocols in "ip", e.g. "tcp:443" or "udp:53".',
    ports: 'A grant names ports in "ip", e.g. "tcp:443".',
    users: 'A grant names its sources in "src".'
  },
  test: {
    dst: 'A test lists its destinations in "accept" and "deny" ("<host>:<port>").',
    users: 'A test has one "src".',
    check: '"check" belongs to sshTests.'
  },
  sshTest: {
    proto: "SSH tests have no protocol.",
    allow: 'SSH tests list logins in "accept", "check" and "deny".'
  }
};
function jsonType(v) {
  if (v === null) return "null";
  if (Array.isArray(v)) return "array";
  if (typeof v === "boolean") return "bool";
  return typeof v;
}
function suggest2(key, known) {
  const best = closest(key, known, 2);
  return best ? ` Did you mean "${best}"?` : "";
}
var Validator = class {
  constructor(policy, locate, opts) {
    this.policy = policy;
    this.locate = locate;
    const users = (opts.users ?? []).filter((u) => u !== "");
    if (users.length > 0) this.users = new Set(users);
    this.c = opts.compiled ?? compilePolicy(policy, this.users ? { users: [...this.users] } : {});
  }
  policy;
  locate;
  findings = [];
  c;
  users;
  memberSpellings = /* @__PURE__ */ new Map();
  err(rule, path, message, key = false) {
    this.findings.push(error(rule, message, this.locate(path, key ? { key: true } : void 0)));
  }
  warn(rule, path, message, key = false) {
    this.findings.push(warning(rule, message, this.locate(path, key ? { key: true } : void 0)));
  }
  /** Reads an object's known fields, reporting unknown keys like Go's decoder. */
  fields(path, value, known, what2, unknownAs = "error", hints = {}) {
    if (!isObject(value)) {
      this.err(
        "policy/type",
        path,
        `json: cannot unmarshal ${jsonType(value)} into ${what2} of type object: write it as {...}.`
      );
      return void 0;
    }
    const r = readObject(value, known);
    for (const k of r.unknown) {
      const hint = Object.hasOwn(hints, k.toLowerCase()) ? hints[k.toLowerCase()] : void 0;
      const msg = `json: unknown field "${k}" in ${what2}.${hint ? ` ${hint}` : `${suggest2(k, known)} Known fields: ${known.join(", ")}.`}`;
      if (unknownAs === "error") this.err("policy/unknown-field", [...path, k], msg, true);
      else this.warn("policy/unknown-field", [...path, k], `${msg} Tailscale may reject it.`, true);
    }
    for (const d of r.duplicates) {
      this.warn(
        "policy/duplicate-key",
        [...path, d.second],
        `"${d.first}" and "${d.second}" are the same field (Tailscale matches field names case-insensitively); the later one wins. Keep one.`,
        true
      );
    }
    return r.fields;
  }
  array(path, f, what2) {
    if (!f) return void 0;
    if (!Array.isArray(f.value)) {
      this.err(
        "policy/type",
        path,
        `json: cannot unmarshal ${jsonType(f.value)} into "${f.key}" (${what2}) of type array: write it as [...].`
      );
      return void 0;
    }
    return f.value;
  }
  /** The strings of an array field, each with its path; non-strings are reported. */
  strings(base, f, what2) {
    const path = [...base, ...f ? [f.key] : []];
    const arr = this.array(path, f, what2);
    if (!arr) return void 0;
    const out = [];
    arr.forEach((x, i) => {
      if (typeof x === "string") out.push({ s: x, path: [...path, i] });
      else if (x !== null)
        this.err(
          "policy/type",
          [...path, i],
          `json: cannot unmarshal ${jsonType(x)} into an element of "${f.key}" of type string.`
        );
    });
    return out;
  }
  string(base, f) {
    if (!f) return void 0;
    if (typeof f.value !== "string") {
      this.err(
        "policy/type",
        [...base, f.key],
        `json: cannot unmarshal ${jsonType(f.value)} into "${f.key}" of type string.`
      );
      return void 0;
    }
    return f.value;
  }
  bool(base, f) {
    if (f && typeof f.value !== "boolean") {
      this.err(
        "policy/type",
        [...base, f.key],
        `json: cannot unmarshal ${jsonType(f.value)} into "${f.key}" of type bool: write true or false.`
      );
    }
  }
  // -------------------------------------------------------------------------------------------
  run() {
    if (!isObject(this.policy)) {
      this.err("policy/type", [], `The policy must be a JSON object ({...}), not ${jsonType(this.policy)}.`);
      return;
    }
    const r = readObject(this.policy, TOP_LEVEL_FIELDS);
    for (const k of r.unknown) {
      if (k.toLowerCase() === "nodevisibility") {
        this.warn(
          "policy/unknown-field",
          [k],
          `"${k}" is only accepted on tailnets where Tailscale enabled it; elsewhere Tailscale rejects it with json: unknown field "${k}".`,
          true
        );
        continue;
      }
      this.err(
        "policy/unknown-field",
        [k],
        `json: unknown field "${k}": not a section of a Tailscale policy file.${suggest2(k, TOP_LEVEL_FIELDS)}`,
        true
      );
    }
    for (const d of r.duplicates) {
      this.warn(
        "policy/duplicate-key",
        [d.second],
        `"${d.first}" and "${d.second}" are the same section (Tailscale matches names case-insensitively); the later one replaces the earlier. Keep one.`,
        true
      );
    }
    const f = r.fields;
    const at2 = (name) => [f.get(name)?.key ?? name];
    this.groups(at2("groups"), f.get("groups"));
    this.tagOwners(at2("tagOwners"), f.get("tagOwners"));
    this.hosts(at2("hosts"), f.get("hosts"));
    this.ipsets(at2("ipsets"), f.get("ipsets"));
    this.postures(at2("postures"), f.get("postures"));
    const dsp = this.strings([], f.get("defaultSrcPosture"), "posture names");
    for (const p of dsp ?? []) this.postureRef(p.s, p.path);
    this.acls(at2("acls"), f.get("acls"));
    this.grants(at2("grants"), f.get("grants"));
    this.ssh(at2("ssh"), f.get("ssh"));
    this.nodeAttrs(at2("nodeAttrs"), f.get("nodeAttrs"));
    this.autoApprovers(at2("autoApprovers"), f.get("autoApprovers"));
    this.tests(at2("tests"), f.get("tests"));
    this.sshTests(at2("sshTests"), f.get("sshTests"));
    this.derpMap(at2("derpMap"), f.get("derpMap"));
    this.attrConfig(at2("attrConfig"), f.get("attrConfig"));
    this.bool([], f.get("disableIPv4"));
    this.bool([], f.get("randomizeClientPort"));
    const cg = this.string([], f.get("OneCGNATRoute"));
    if (cg !== void 0 && !ONE_CGNAT_VALUES.has(cg)) {
      this.err(
        "policy/invalid-value",
        at2("OneCGNATRoute"),
        `OneCGNATRoute "${cg}" is not valid: use "", "mac-always" or "mac-never".`
      );
    }
    if (this.memberSpellings.size > 1) {
      const p = this.memberSpellings.get("autogroup:members");
      this.err(
        "selector/autogroup-members",
        p,
        "autogroup:member and autogroup:members cannot both be used in one policy file: use autogroup:member (autogroup:members is its old name)."
      );
    }
  }
  // ------------------------------------------------------------------------- definitions
  groups(path, f) {
    if (!f) return;
    if (!isObject(f.value)) {
      this.err(
        "policy/type",
        path,
        `json: cannot unmarshal ${jsonType(f.value)} into "groups" of type object: write {"group:name": ["user@example.com"]}.`
      );
      return;
    }
    for (const [g, members] of Object.entries(f.value)) {
      const p = [...path, g];
      if (!g.startsWith("group:") || g.length === "group:".length) {
        this.err(
          "group/invalid-name",
          p,
          `groups: "${g}" is not a valid group name: group names start with "group:", e.g. "group:eng".`,
          true
        );
      }
      if (members === null) continue;
      if (!Array.isArray(members)) {
        this.err(
          "policy/type",
          p,
          `json: cannot unmarshal ${jsonType(members)} into groups["${g}"] of type []string: list the members' login names.`
        );
        continue;
      }
      members.forEach((m, i) => {
        const mp = [...p, i];
        if (typeof m !== "string") {
          this.err(
            "policy/type",
            mp,
            `json: cannot unmarshal ${jsonType(m)} into an element of groups["${g}"] of type string.`
          );
          return;
        }
        const t = m.trim();
        if (t.startsWith("group:")) {
          this.err(
            "group/recursive",
            mp,
            `groups["${g}"]: "${t}": group members cannot be recursive. Groups cannot contain other groups: list the users of ${t} here instead.`
          );
        } else if (!t.includes("@")) {
          this.warn(
            "group/member",
            mp,
            `groups["${g}"]: "${t}" does not look like a login name (user@example.com); group members are users.`
          );
        } else if (this.users && !this.users.has(t)) {
          this.warn(
            "ref/unknown-user",
            mp,
            `"${g}": user not found: "${t}". Tailscale only warns; check the spelling of the login name.`
          );
        }
      });
    }
  }
  tagOwners(path, f) {
    if (!f) return;
    if (!isObject(f.value)) {
      this.err(
        "policy/type",
        path,
        `json: cannot unmarshal ${jsonType(f.value)} into "tagOwners" of type object: write {"tag:name": ["owner"]}.`
      );
      return;
    }
    for (const [t, owners] of Object.entries(f.value)) {
      const p = [...path, t];
      const bad = checkTagName(t);
      if (bad)
        this.err(
          "tag/invalid-name",
          p,
          `tagOwners["${t}"]: ${bad}. A tag is "tag:" + a letter, then letters, digits or dashes.`,
          true
        );
      if (owners === null) continue;
      if (!Array.isArray(owners)) {
        this.err(
          "policy/type",
          p,
          `json: cannot unmarshal ${jsonType(owners)} into tagOwners["${t}"] of type []string.`
        );
        continue;
      }
      owners.forEach((o, i) => {
        const op = [...p, i];
        if (typeof o !== "string") {
          this.err(
            "policy/type",
            op,
            `json: cannot unmarshal ${jsonType(o)} into an element of tagOwners["${t}"] of type string.`
          );
          return;
        }
        const sel = parseSelector(o);
        const prefix = `tagOwners["${t}"]: `;
        switch (sel.kind) {
          case "user":
            if (this.users && !this.users.has(sel.login))
              this.warn("ref/unknown-user", op, `${prefix}user not found: "${sel.login}".`);
            break;
          case "group":
          case "tag":
          case "autogroup":
            this.ref(sel, o, op, prefix);
            break;
          default:
            this.err(
              "tag/invalid-owner",
              op,
              `${prefix}"${o.trim()}" cannot own a tag: owners are users, groups, autogroups or other tags.`
            );
        }
      });
    }
  }
  hosts(path, f) {
    if (!f) return;
    if (!isObject(f.value)) {
      this.err(
        "policy/type",
        path,
        `json: cannot unmarshal ${jsonType(f.value)} into "hosts" of type object: write {"name": "100.64.0.1"}.`
      );
      return;
    }
    for (const [h, v] of Object.entries(f.value)) {
      const p = [...path, h];
      if (h.includes("@")) {
        this.err(
          "host/invalid-name",
          p,
          `hosts["${h}"]: host names cannot include "@" (that would read as a user).`,
          true
        );
      } else if (h === "" || h.includes(":") || /\s/.test(h) || h === "*" || parseAddressSpec(h)) {
        this.err(
          "host/invalid-name",
          p,
          `hosts["${h}"]: "${h}" cannot be a host name: use letters, digits, dots, dashes or underscores.`,
          true
        );
      }
      if (typeof v !== "string") {
        this.err(
          "policy/type",
          p,
          `json: cannot unmarshal ${jsonType(v)} into hosts["${h}"] of type string: write one IP address or CIDR.`
        );
        continue;
      }
      const t = v.trim();
      if (!parsePrefix(t) && !parseIP(t)) {
        this.err(
          "host/invalid-address",
          p,
          `hosts["${h}"]: "${v}": invalid IP address or CIDR. A host maps to one IP address or one CIDR prefix.`
        );
      }
    }
  }
  ipsets(path, f) {
    if (!f) return;
    if (!isObject(f.value)) {
      this.err("policy/type", path, `json: cannot unmarshal ${jsonType(f.value)} into "ipsets" of type object.`);
      return;
    }
    const sets = f.value;
    for (const [name, ops] of Object.entries(sets)) {
      const p = [...path, name];
      if (!name.startsWith("ipset:") || name.length === "ipset:".length) {
        this.err(
          "ipset/invalid-name",
          p,
          `ipsets: "${name}" is not a valid IP set name: names start with "ipset:".`,
          true
        );
      }
      if (!Array.isArray(ops)) {
        this.err("policy/type", p, `json: cannot unmarshal ${jsonType(ops)} into ipsets["${name}"] of type []string.`);
        continue;
      }
      const hasRemove = ops.some((o) => typeof o === "string" && /^\s*remove\s/.test(o));
      ops.forEach((o, i) => {
        const op = [...p, i];
        if (typeof o !== "string") {
          this.err(
            "policy/type",
            op,
            `json: cannot unmarshal ${jsonType(o)} into an element of ipsets["${name}"] of type string.`
          );
          return;
        }
        const m = /^\s*(add|remove)\s+(.*)$/.exec(o);
        if (!m && hasRemove) {
          this.err(
            "ipset/invalid",
            op,
            `ipsets["${name}"]: "${o}": write "add ${o.trim()}"; the "add" prefix may only be left out when the set has no "remove".`
          );
        }
        const target = (m ? m[2] : o).trim();
        const bad = (why) => this.err("ipset/invalid", op, `ipsets["${name}"]: "${target}": ${why}`);
        if (target.startsWith("host:")) {
          if (!this.c.hosts.has(target.slice(5)))
            this.err(
              "ref/unknown-host",
              op,
              `ipsets["${name}"]: host not found: "${target.slice(5)}". Define it in "hosts".`
            );
        } else if (target.startsWith("ipset:")) {
          if (!Object.prototype.hasOwnProperty.call(sets, target))
            this.err("ref/unknown-ipset", op, `ipsets["${name}"]: IP set not found: "${target}".`);
          else if (this.ipsetReaches(sets, target, name)) bad("IP sets cannot refer to each other in a circle.");
        } else if (target === "autogroup:internet") {
        } else if (target.startsWith("autogroup:")) {
          bad("autogroup:internet is the only autogroup an IP set may hold.");
        } else if (target.startsWith("tag:") || target.startsWith("group:") || target.includes("@")) {
          bad("IP sets hold addresses (IPs, CIDRs, ranges, hosts, other IP sets), not tags, groups or users.");
        } else if (!parseAddressSpec(target)) {
          bad('not an IP, CIDR, range (a-b), "host:<name>", "ipset:<name>" or autogroup:internet.');
        }
      });
    }
  }
  ipsetReaches(sets, from, target, seen = /* @__PURE__ */ new Set()) {
    if (from === target) return true;
    if (seen.has(from)) return false;
    seen.add(from);
    const ops = sets[from];
    if (!Array.isArray(ops)) return false;
    for (const o of ops) {
      if (typeof o !== "string") continue;
      const t = o.replace(/^\s*(add|remove)\s+/, "").trim();
      if (t.startsWith("ipset:") && this.ipsetReaches(sets, t, target, seen)) return true;
    }
    return false;
  }
  postures(path, f) {
    if (!f) return;
    if (!isObject(f.value)) {
      this.err("policy/type", path, `json: cannot unmarshal ${jsonType(f.value)} into "postures" of type object.`);
      return;
    }
    for (const [name, conds] of Object.entries(f.value)) {
      const p = [...path, name];
      if (!name.startsWith("posture:") || name.length === "posture:".length) {
        this.err(
          "posture/invalid-name",
          p,
          `postures: "${name}" is not a valid posture name: names start with "posture:".`,
          true
        );
      }
      if (!Array.isArray(conds)) {
        this.err(
          "policy/type",
          p,
          `json: cannot unmarshal ${jsonType(conds)} into postures["${name}"] of type []string.`
        );
        continue;
      }
      conds.forEach((cond, i) => {
        if (typeof cond !== "string") {
          this.err(
            "policy/type",
            [...p, i],
            `json: cannot unmarshal ${jsonType(cond)} into an element of postures["${name}"] of type string.`
          );
          return;
        }
        const r = parsePostureCondition(cond);
        if (!r.ok) this.err("posture/invalid", [...p, i], `postures["${name}"]: ${r.error}.`);
      });
    }
  }
  postureRef(name, path) {
    const n = name.trim();
    if (!this.c.postures.has(n)) {
      this.err(
        "ref/unknown-posture",
        path,
        `posture not found: "${n}". Define it in "postures" (names start with "posture:").`
      );
    }
  }
  // ------------------------------------------------------------------------- references
  /**
   * Checks a group / tag / host / ipset / autogroup / user reference; `prefix` starts the
   * message the way Tailscale does (`src=`, `dst="tag:x:22": `, `tagOwners["tag:a"]: `).
   */
  ref(sel, text2, path, prefix) {
    switch (sel.kind) {
      case "tag":
        if (!this.c.tags.has(sel.name)) {
          const hint = /:[0-9*,-]+$/.test(sel.name.slice(4)) ? " This selector takes no port." : ' Define the tag in "tagOwners" first, or fix its name.';
          this.err("ref/unknown-tag", path, `${prefix}tag not found: "${sel.name}".${hint}`);
        }
        break;
      case "group":
        if (!this.c.groups.has(sel.name) && !sel.name.includes("@")) {
          this.err(
            "ref/unknown-group",
            path,
            `${prefix}group not found: "${sel.name}". Define it in "groups", or fix its name.`
          );
        }
        break;
      case "host":
        if (!this.c.hosts.has(sel.name)) {
          this.err(
            "ref/unknown-host",
            path,
            `${prefix}"${sel.name}": invalid address: it is not a host defined in "hosts", an IP or CIDR, a user (user@domain) or a tag. Define the host in "hosts", or fix the name.`
          );
        }
        break;
      case "ipset":
        if (!this.c.ipsets.has(sel.name))
          this.err("ref/unknown-ipset", path, `${prefix}IP set not found: "${sel.name}". Define it in "ipsets".`);
        break;
      case "autogroup":
        if (!AUTOGROUPS.has(sel.name)) {
          this.err(
            "selector/invalid",
            path,
            `${prefix}"${sel.name}" is not a valid autogroup. Known autogroups: ${[...AUTOGROUPS].join(", ")}.`
          );
        } else if (sel.name === "autogroup:nonroot") {
          this.err("selector/invalid", path, `${prefix}autogroup:nonroot only belongs in the "users" of an ssh rule.`);
        }
        if (isMemberAutogroup(sel.name) && !this.memberSpellings.has(sel.name))
          this.memberSpellings.set(sel.name, path);
        break;
      case "user":
        if (this.users && !this.users.has(sel.login)) {
          this.warn(
            "ref/unknown-user",
            path,
            `${prefix}user not found: "${sel.login}": no such user in the tailnet. Check the login name.`
          );
        }
        break;
      case "userDomain":
        this.domainRef(sel.domain, path, text2.trim(), "user:*@<domain>");
        break;
      case "svc": {
        const bad = checkServiceName(sel.name);
        if (bad) this.err("selector/invalid", path, `${prefix}"${sel.name}": ${bad}.`);
        break;
      }
      case "invalid":
        this.err("selector/invalid", path, `${prefix}"${sel.text.trim()}": ${sel.reason}.`);
        break;
      default:
        break;
    }
  }
  /** `user:*@d` and `localpart:*@d`: d must be a domain of the tailnet. */
  domainRef(domain2, path, text2, form) {
    const msg = `${domain2} is not associated with this Tailnet and cannot be used in user:*@<domain> expressions`;
    if (domain2.includes("*")) {
      this.err("selector/domain", path, `${msg}: "${text2}" takes one literal domain of the tailnet, no wildcards.`);
    } else if (domain2 === "") {
      this.warn("selector/domain", path, `"${text2}" has no domain: write ${form} with the tailnet's domain.`);
    } else if (this.users && ![...this.users].some((u) => u.endsWith("@" + domain2))) {
      this.err(
        "selector/domain",
        path,
        `${msg}: no user of this tailnet has a login in "${domain2}" (domains are case-sensitive here).`
      );
    }
  }
  /** A src/dst selector of an ACL, grant or SSH rule. */
  selector(text2, path, side, ctx, prefix) {
    const sel = parseSelector(text2);
    if (sel.kind === "autogroup") {
      if (side === "src" && sel.name === "autogroup:self") {
        this.err(
          "selector/autogroup-self-src",
          path,
          `"autogroup:self" not valid on the src side of a rule. Put the users or groups in src and autogroup:self in dst.`
        );
        return sel;
      }
      if (side === "src" && sel.name === "autogroup:internet") {
        this.err(
          "selector/invalid",
          path,
          `"autogroup:internet" not valid on the src side of a rule: it is a destination (the internet through exit nodes).`
        );
        return sel;
      }
      if (side === "dst" && sel.name === "autogroup:danger-all") {
        this.err("selector/invalid", path, 'cannot use autogroup:danger-all as a dst. Use "*" for every destination.');
        return sel;
      }
      if (side === "dst" && sel.name === "autogroup:shared") {
        this.err(
          "selector/invalid",
          path,
          `"autogroup:shared" not valid on the dst side of a rule: it stands for users who accepted a share, as a source.`
        );
        return sel;
      }
    }
    if (sel.kind === "svc" && (side === "src" || ctx === "ssh")) {
      this.err(
        "selector/invalid",
        path,
        `${prefix}"${sel.name}": Tailscale Services can only be destinations of grants.`
      );
      return sel;
    }
    if (sel.kind === "svc" && ctx === "acls") {
      this.warn(
        "selector/invalid",
        path,
        `${prefix}"${sel.name}": Tailscale Services are addressed from grants; acls may not accept them.`
      );
    }
    this.ref(sel, text2, path, prefix);
    return sel;
  }
  /** autogroup:self in dst needs users, groups or supported autogroups in src (grants: not "*"). */
  selfCompat(ctx, srcs, selfPath) {
    for (const { s } of srcs) {
      const sel = parseSelector(s);
      let ok;
      switch (sel.kind) {
        case "user":
        case "group":
        case "userDomain":
          ok = true;
          break;
        case "any":
          ok = ctx === "acls";
          break;
        case "autogroup":
          ok = isMemberAutogroup(sel.name) || ROLE_AUTOGROUPS.has(sel.name) || sel.name === "autogroup:shared";
          break;
        default:
          ok = false;
      }
      if (!ok) {
        this.err(
          "selector/autogroup-self",
          selfPath,
          `autogroup:self can only be used with users, groups, or supported autogroups: src "${s.trim()}" is not one. Move "${s.trim()}" to a rule of its own without autogroup:self.`
        );
        return;
      }
    }
  }
  // ------------------------------------------------------------------------- rules
  acls(path, f) {
    const rules = this.array(path, f, "ACL rules");
    rules?.forEach((rule, i) => {
      const p = [...path, i];
      const fl = this.fields(p, rule, ACL_FIELDS, `acls[${i}]`, "error", FIELD_HINTS["acl"]);
      if (!fl) return;
      if (fl.has("src") && fl.has("users") || fl.has("dst") && fl.has("ports")) {
        this.err(
          "policy/invalid",
          p,
          'Only one of Src/Dst or Users/Ports may be specified: "users" and "ports" are the old names of "src" and "dst".'
        );
      }
      const action = this.string(p, fl.get("action"));
      if (action === void 0 || action.trim() !== "accept") {
        const a = action ?? "";
        const ap = fl.get("action") ? [...p, fl.get("action").key] : p;
        if (a.trim().toLowerCase() === "accept") {
          this.warn(
            "acl/action",
            ap,
            `action="${a}": write "accept" in lower case; Tailscale may not accept other spellings.`
          );
        } else if (!fl.get("action") || typeof fl.get("action").value === "string") {
          this.err(
            "acl/action",
            ap,
            `action="${a}" is not supported: ACL rules only "accept" (access is denied by default, so there is no "deny"; remove what should not be allowed).`
          );
        }
      }
      const srcField = fl.get("src") ?? fl.get("users");
      const srcs = this.strings(p, srcField, "sources") ?? [];
      for (const s of srcs) this.selector(s.s, s.path, "src", "acls", "src=");
      let proto;
      const protoF = fl.get("proto");
      const protoText = this.string(p, protoF);
      if (protoText !== void 0 && protoText.trim() !== "") {
        const pr = parseProto(protoText);
        if (!pr.ok) this.err("proto/invalid", [...p, protoF.key], `${pr.error}.`);
        else proto = pr.value;
      }
      const dstField = fl.get("dst") ?? fl.get("ports");
      const dsts = this.strings(p, dstField, "destinations") ?? [];
      for (const d of dsts) {
        const e = d.s.trim();
        const hp = splitHostPorts(e);
        if (!hp) {
          this.err(
            "port/invalid",
            d.path,
            `dst="${e}": missing port: an ACL destination is "<host>:<ports>", e.g. "${e}:*" or "${e}:22".`
          );
          continue;
        }
        const ports = parsePortList(hp.ports);
        if (!ports.ok) {
          this.err(
            "port/invalid",
            d.path,
            `dst="${e}": ${ports.error}. Ports are "*", a number, a range "80-90" or a comma list "22,80,443".`
          );
          continue;
        }
        if (proto !== void 0 && !hasPorts(proto) && !isAllPorts(ports.value)) {
          this.err(
            "port/invalid",
            d.path,
            `dst="${e}": only TCP, UDP and SCTP traffic has ports; with proto "${protoText}" use "${hp.host}:*".`
          );
        }
        if (hp.bracketed && !parseIP(hp.host)?.v) {
          this.err("selector/invalid", d.path, `dst="${e}": only an IPv6 address goes in brackets.`);
          continue;
        }
        const sel = this.selector(hp.host, d.path, "dst", "acls", `dst="${e}": `);
        if (sel.kind === "autogroup" && sel.name === "autogroup:self") this.selfCompat("acls", srcs, d.path);
      }
      this.srcPosture(p, fl.get("srcPosture"));
    });
  }
  srcPosture(p, f) {
    for (const s of this.strings(p, f, "posture names") ?? []) this.postureRef(s.s, s.path);
  }
  grants(path, f) {
    const rules = this.array(path, f, "grants");
    rules?.forEach((rule, i) => {
      const p = [...path, i];
      const fl = this.fields(p, rule, GRANT_FIELDS, `grants[${i}]`, "error", FIELD_HINTS["grant"]);
      if (!fl) return;
      const srcs = this.strings(p, fl.get("src"), "sources") ?? [];
      for (const s of srcs) this.selector(s.s, s.path, "src", "grants", "src=");
      const ips = this.strings(p, fl.get("ip"), "protocols and ports") ?? [];
      const appF = fl.get("app");
      let appCount = 0;
      if (appF) {
        const ap = [...p, appF.key];
        if (!isObject(appF.value)) {
          this.err(
            "policy/type",
            ap,
            `json: cannot unmarshal ${jsonType(appF.value)} into "app" of type object: write {"example.com/cap/name": [{...}]}.`
          );
        } else {
          for (const [cap, params] of Object.entries(appF.value)) {
            appCount++;
            this.capability(cap, [...ap, cap]);
            if (params !== null && !Array.isArray(params)) {
              this.err(
                "policy/type",
                [...ap, cap],
                `json: cannot unmarshal ${jsonType(params)} into app["${cap}"] of type array: write [{...}].`
              );
            }
          }
        }
      }
      if (ips.length === 0 && appCount === 0) {
        this.err(
          "grant/empty",
          p,
          'ip and app can not both be empty: say what the grant allows, e.g. "ip": ["tcp:443"] or "ip": ["*"].'
        );
      }
      for (const e of ips) {
        const r = parseGrantIp(e.s);
        if (!r.ok) {
          const rule2 = /proto/.test(r.error) ? "proto/invalid" : "port/invalid";
          this.err(
            rule2,
            e.path,
            `${r.error}. An ip entry is "*", a port or range ("443", "80-90"), or "<proto>:<ports>" ("tcp:443", "icmp:*").`
          );
        } else if (r.commaList) {
          this.warn(
            "port/comma-list",
            e.path,
            `"${e.s}": comma lists inside one ip entry are not documented; write one entry per port or range.`
          );
        }
      }
      const dsts = this.strings(p, fl.get("dst"), "destinations") ?? [];
      for (const d of dsts) {
        const e = d.s.trim();
        const sel = this.selector(d.s, d.path, "dst", "grants", `dst="${e}": `);
        if (sel.kind === "ip" && isWholeFamily(sel.range)) {
          this.err(
            "selector/invalid",
            d.path,
            `dst "${e}": to allow all IP addresses, use "*" or "autogroup:internet"`
          );
        }
        if (sel.kind === "autogroup" && sel.name === "autogroup:self") this.selfCompat("grants", srcs, d.path);
        if (sel.kind === "autogroup" && sel.name === "autogroup:internet" && appCount > 0) {
          this.err(
            "grant/app-internet",
            d.path,
            "cannot use app grants with autogroup:internet: application capabilities apply to tailnet devices; split the app part into its own grant."
          );
        }
      }
      for (const v of this.strings(p, fl.get("via"), "routers") ?? []) {
        const sel = parseSelector(v.s);
        if (sel.kind !== "tag")
          this.err(
            "grant/via",
            v.path,
            `via can only be a tag: "${v.s.trim()}" is not one. List the tags of the routers or exit nodes.`
          );
        else if (!this.c.tags.has(sel.name))
          this.err("ref/unknown-tag", v.path, `tag "${sel.name}" not found. Define it in "tagOwners".`);
      }
      this.srcPosture(p, fl.get("srcPosture"));
    });
  }
  capability(cap, path) {
    const m = /^([^/\s:]+)\/(\S+)$/.exec(cap);
    if (!m) {
      this.err(
        "grant/capability",
        path,
        `capability name must have the form {domain}/{path}: "${cap}" (e.g. "example.com/cap/admin", without a scheme).`,
        true
      );
      return;
    }
    const domain2 = m[1].toLowerCase();
    if (domain2 === "tailscale.com" || domain2 === "tailscale.io") {
      if (REFUSED_TAILSCALE_CAPS.has(cap)) {
        this.err(
          "grant/capability",
          path,
          `capability name must not be in the tailscale.com domain: "${cap}" is not a grant capability (Tailscale reserves that domain).`,
          true
        );
      } else if (!KNOWN_TAILSCALE_CAPS.has(cap)) {
        this.warn(
          "grant/capability",
          path,
          `"${cap}" is in a domain Tailscale reserves and is not a capability tailpolicy knows; Tailscale may reject it with "capability name must not be in the tailscale.com domain".`,
          true
        );
      }
    }
  }
  ssh(path, f) {
    const rules = this.array(path, f, "SSH rules");
    rules?.forEach((rule, i) => {
      const p = [...path, i];
      const fl = this.fields(p, rule, SSH_FIELDS, `ssh[${i}]`);
      if (!fl) return;
      const actionF = fl.get("action");
      const action = this.string(p, actionF);
      const ap = actionF ? [...p, actionF.key] : p;
      if (action === void 0 || action.trim() === "") {
        if (!actionF || typeof actionF.value === "string") {
          this.err("ssh/invalid-action", ap, 'action must be specified: "accept" or "check".');
        }
      } else if (action.trim() !== "accept" && action.trim() !== "check") {
        this.err(
          "ssh/invalid-action",
          ap,
          `${JSON.stringify(action)} is not a valid action: use "accept" or "check" (lower case). There is no "deny": access is denied by default.`
        );
      }
      const srcs = this.strings(p, fl.get("src"), "sources") ?? [];
      for (const s of srcs) {
        const sel = parseSelector(s.s);
        const t = s.s.trim();
        if (sel.kind === "any" || sel.kind === "ip" || sel.kind === "host" || sel.kind === "ipset") {
          this.err(
            "ssh/invalid-src",
            s.path,
            `"${t}" is not allowed in src of an ssh rule: SSH sources are users, groups, tags or autogroups, not "*", IPs or hosts.`
          );
          continue;
        }
        this.selector(s.s, s.path, "src", "ssh", "src=");
      }
      const dsts = this.strings(p, fl.get("dst"), "destinations") ?? [];
      for (const d of dsts) {
        const t = d.s.trim();
        const sel = parseSelector(d.s);
        if (sel.kind === "any" || sel.kind === "ip" || sel.kind === "host" || sel.kind === "ipset" || sel.kind === "svc" || sel.kind === "userDomain") {
          this.err(
            "ssh/invalid-dst",
            d.path,
            `invalid dst "${t}": SSH destinations are tags, autogroup:self or a user's devices, not hosts, IPs or "*" (and take no port).`
          );
          continue;
        }
        this.selector(d.s, d.path, "dst", "ssh", `dst="${t}": `);
        if (sel.kind === "autogroup" && sel.name === "autogroup:self") {
          for (const s of srcs) {
            const ss = parseSelector(s.s);
            const ok = ss.kind === "user" || ss.kind === "group" || ss.kind === "userDomain" || ss.kind === "autogroup" && (isMemberAutogroup(ss.name) || ROLE_AUTOGROUPS.has(ss.name) || ss.name === "autogroup:shared");
            if (!ok) {
              this.err(
                "selector/autogroup-self",
                d.path,
                `autogroup:self can only be used with users, groups, or supported autogroups: src "${s.s.trim()}" is not one. Use a separate ssh rule for it.`
              );
              break;
            }
          }
        } else if (sel.kind === "user") {
          if (srcs.length === 0 || srcs.some((s) => s.s.trim() !== sel.login)) {
            this.err(
              "ssh/invalid-dst",
              d.path,
              `invalid dst "${t}": a user's devices are an SSH destination only when src is that same user. Use a tag, or autogroup:self.`
            );
          }
        } else if (sel.kind === "group" || sel.kind === "autogroup" && sel.name !== "autogroup:self") {
          this.warn(
            "ssh/invalid-dst",
            d.path,
            `"${t}" as an SSH destination is not documented (tags, autogroup:self or the src user are); Tailscale may reject it.`
          );
        }
      }
      const usersF = fl.get("users");
      const users = this.strings(p, usersF, "login names");
      if (!users || users.length === 0) {
        if (!usersF || Array.isArray(usersF.value)) {
          this.err(
            "ssh/users",
            usersF ? [...p, usersF.key] : p,
            'users must be specified: list the login names allowed on the destination, e.g. ["root"], ["autogroup:nonroot"] or ["localpart:*@example.com"].'
          );
        }
      } else {
        for (const u of users) {
          const t = u.s.trim();
          if (t === "" || t === "*") {
            this.err(
              "ssh/users",
              u.path,
              `user ${JSON.stringify(t)} is not valid: name the login (e.g. "root"), or use "autogroup:nonroot" for every login but root.`
            );
          } else if (t.startsWith("localpart:*@")) {
            this.domainRef(t.slice("localpart:*@".length), u.path, t, "localpart:*@<domain>");
          }
        }
      }
      const cpF = fl.get("checkPeriod");
      const cp = this.string(p, cpF);
      if (cp !== void 0 && cp.trim() !== "always") {
        const cpp = [...p, cpF.key];
        const d = parseGoDuration(cp.trim());
        if (!d.ok) this.err("ssh/check-period", cpp, `${d.error}: write a duration like "12h" or "30m", or "always".`);
        else if (d.ns < 0n)
          this.err("ssh/check-period", cpp, `checkPeriod ${formatGoDuration(d.ns)} must be a positive duration.`);
        else if (d.ns > 168n * HOUR)
          this.err("ssh/check-period", cpp, `checkPeriod ${formatGoDuration(d.ns)} is above the max (168h).`);
      }
      for (const e of this.strings(p, fl.get("acceptEnv"), "environment variable names") ?? []) {
        if (e.s === "")
          this.err(
            "ssh/accept-env",
            e.path,
            "acceptEnv values cannot be empty: name a variable, or a pattern with * and ?."
          );
      }
      for (const r of this.strings(p, fl.get("recorder"), "recorders") ?? []) {
        const sel = parseSelector(r.s);
        if (sel.kind !== "tag")
          this.err("ssh/recorder", r.path, `recorder "${r.s.trim()}": session recorders are named by tag.`);
        else this.ref(sel, r.s, r.path, "recorder: ");
      }
      this.bool(p, fl.get("enforceRecorder"));
      this.srcPosture(p, fl.get("srcPosture"));
    });
  }
  nodeAttrs(path, f) {
    const entries = this.array(path, f, "node attributes");
    entries?.forEach((entry, i) => {
      const p = [...path, i];
      const fl = this.fields(p, entry, NODEATTR_FIELDS, `nodeAttrs[${i}]`);
      if (!fl) return;
      for (const t of this.strings(p, fl.get("target"), "targets") ?? []) {
        const sel = parseSelector(t.s);
        const text2 = t.s.trim();
        if (sel.kind === "host" && !this.c.hosts.has(sel.name)) {
          this.err(
            "ref/unknown-host",
            t.path,
            `"${text2}": invalid address: not a host defined in "hosts", a user, group, tag, autogroup, IP or CIDR.`
          );
        } else if (sel.kind === "invalid") {
          this.err("selector/invalid", t.path, `"${text2}": invalid address: ${sel.reason}.`);
        } else if (sel.kind === "autogroup" && sel.name === "autogroup:self") {
          this.warn(
            "selector/invalid",
            t.path,
            "autogroup:self is not a device set a node attribute can target (Tailscale failed on it); use autogroup:member."
          );
        } else if (sel.kind === "svc") {
          this.err("selector/invalid", t.path, `"${text2}": node attributes target devices, not services.`);
        } else {
          this.ref(sel, t.s, t.path, "");
        }
      }
      this.strings(p, fl.get("attr"), "attributes");
      for (const ip of this.strings(p, fl.get("ipPool"), "IP pools") ?? []) {
        const r = parsePrefix(ip.s.trim());
        if (!r) this.err("nodeattrs/ip-pool", ip.path, `IPPool(${ip.s}): not a CIDR prefix, e.g. "100.81.0.0/16".`);
        else if (rangesOverlap(r, QUAD100_RANGE)) {
          this.err(
            "nodeattrs/ip-pool",
            ip.path,
            `IPPool(${ip.s.trim()}): network within reserved range (100.100.100.0/24 is Tailscale's own). Pick another part of 100.64.0.0/10.`
          );
        }
      }
      const appF = fl.get("app");
      if (appF && !isObject(appF.value)) {
        this.err(
          "policy/type",
          [...p, appF.key],
          `json: cannot unmarshal ${jsonType(appF.value)} into "app" of type object.`
        );
      }
    });
  }
  autoApprovers(path, f) {
    if (!f) return;
    const fl = this.fields(path, f.value, AUTOAPPROVER_FIELDS, "autoApprovers");
    if (!fl) return;
    const approvers = (v, p, what2) => {
      if (!Array.isArray(v)) {
        this.err(
          "policy/type",
          p,
          `json: cannot unmarshal ${jsonType(v)} into ${what2} of type []string: list the approvers.`
        );
        return;
      }
      v.forEach((a, i) => {
        const ap = [...p, i];
        if (typeof a !== "string") {
          this.err(
            "policy/type",
            ap,
            `json: cannot unmarshal ${jsonType(a)} into an element of ${what2} of type string.`
          );
          return;
        }
        const sel = parseSelector(a);
        if (sel.kind === "user" || sel.kind === "group" || sel.kind === "tag" || sel.kind === "autogroup")
          this.ref(sel, a, ap, "autoApprovers: ");
        else
          this.err(
            "autoapprovers/approver",
            ap,
            `autoApprovers: "${a.trim()}" cannot approve routes: approvers are users, groups, tags or autogroups.`
          );
      });
    };
    const routes = fl.get("routes");
    if (routes) {
      const rp = [...path, routes.key];
      if (!isObject(routes.value)) {
        this.err(
          "policy/type",
          rp,
          `json: cannot unmarshal ${jsonType(routes.value)} into "routes" of type object: write {"10.0.0.0/8": ["tag:router"]}.`
        );
      } else {
        for (const [cidr, v] of Object.entries(routes.value)) {
          if (!parsePrefix(cidr.trim())) {
            this.err(
              "autoapprovers/route",
              [...rp, cidr],
              `autoApprovers.routes: "${cidr}" is not a CIDR prefix (e.g. "10.0.0.0/8", "0.0.0.0/0").`,
              true
            );
          }
          approvers(v, [...rp, cidr], `routes["${cidr}"]`);
        }
      }
    }
    const exit = fl.get("exitNode");
    if (exit) approvers(exit.value, [...path, exit.key], "exitNode");
    const services = fl.get("services");
    if (services) {
      const sp = [...path, services.key];
      if (!isObject(services.value))
        this.err(
          "policy/type",
          sp,
          `json: cannot unmarshal ${jsonType(services.value)} into "services" of type object.`
        );
      else for (const [svc, v] of Object.entries(services.value)) approvers(v, [...sp, svc], `services["${svc}"]`);
    }
  }
  // ------------------------------------------------------------------------- tests
  tests(path, f) {
    const tests = this.array(path, f, "tests");
    tests?.forEach((t, i) => {
      const p = [...path, i];
      const fl = this.fields(p, t, TEST_FIELDS, `tests[${i}]`, "error", FIELD_HINTS["test"]);
      if (!fl) return;
      this.postureAttrs(p, fl.get("srcPostureAttrs"));
      for (const pr of testProblems(this.c, t, p)) this.err(pr.rule, pr.path, pr.message);
    });
  }
  sshTests(path, f) {
    const tests = this.array(path, f, "sshTests");
    tests?.forEach((t, i) => {
      const p = [...path, i];
      const fl = this.fields(p, t, SSHTEST_FIELDS, `sshTests[${i}]`, "error", FIELD_HINTS["sshTest"]);
      if (!fl) return;
      this.postureAttrs(p, fl.get("srcPostureAttrs"));
      for (const pr of sshTestProblems(this.c, t, p)) this.err(pr.rule, pr.path, pr.message);
    });
  }
  postureAttrs(p, f) {
    if (!f) return;
    const ap = [...p, f.key];
    if (!isObject(f.value)) {
      this.err(
        "policy/type",
        ap,
        `json: cannot unmarshal ${jsonType(f.value)} into "srcPostureAttrs" of type object: write {"node:os": "macos"}.`
      );
      return;
    }
    for (const [k, v] of Object.entries(f.value)) {
      if (typeof v !== "string" && typeof v !== "number" && typeof v !== "boolean") {
        this.warn(
          "policy/type",
          [...ap, k],
          `srcPostureAttrs["${k}"]: a posture attribute is a string, a number or a boolean, not ${jsonType(v)}; no posture can match it.`
        );
      } else if (!/^[A-Za-z][A-Za-z0-9_-]*:[A-Za-z0-9_.\-]+$/.test(k)) {
        this.warn(
          "posture/attribute",
          [...ap, k],
          `srcPostureAttrs["${k}"] does not look like a posture attribute ("node:os", "custom:name").`,
          true
        );
      }
    }
  }
  // ------------------------------------------------------------------------- the rest
  derpMap(path, f) {
    if (!f) return;
    const fl = this.fields(path, f.value, DERPMAP_FIELDS, "derpMap");
    if (!fl) return;
    this.bool(path, fl.get("omitDefaultRegions"));
    const regions = fl.get("regions");
    if (!regions) return;
    const rp = [...path, regions.key];
    if (!isObject(regions.value)) {
      this.err(
        "policy/type",
        rp,
        `json: cannot unmarshal ${jsonType(regions.value)} into "regions" of type object: map region IDs to regions.`
      );
      return;
    }
    for (const [id, region] of Object.entries(regions.value)) {
      const p = [...rp, id];
      if (!/^[0-9]+$/.test(id))
        this.err(
          "policy/type",
          p,
          `derpMap regions: "${id}" is not a region ID (a number written as a string, e.g. "900").`,
          true
        );
      const r = this.fields(p, region, DERPREGION_FIELDS, `derpMap region ${id}`, "warning");
      if (!r) continue;
      const nodes = r.get("nodes");
      if (nodes && Array.isArray(nodes.value)) {
        nodes.value.forEach(
          (n, j) => this.fields([...p, nodes.key, j], n, DERPNODE_FIELDS, `derpMap region ${id} node ${j}`, "warning")
        );
      }
    }
  }
  attrConfig(path, f) {
    if (!f) return;
    if (!isObject(f.value)) {
      this.err("policy/type", path, `json: cannot unmarshal ${jsonType(f.value)} into "attrConfig" of type object.`);
      return;
    }
    for (const [name, cfg] of Object.entries(f.value)) {
      const fl = this.fields([...path, name], cfg, ATTRCONFIG_FIELDS, `attrConfig["${name}"]`, "warning");
      const type = fl?.get("type");
      if (type && !["string", "bool", "number"].includes(String(type.value))) {
        this.err(
          "policy/invalid-value",
          [...path, name, type.key],
          `attrConfig["${name}"].type ${JSON.stringify(type.value)} is not valid: use "string", "bool" or "number".`
        );
      }
    }
  }
};
function validatePolicy(policy, locate, opts = {}) {
  const v = new Validator(policy, locate, opts);
  v.run();
  return v.findings;
}

// src/evaluate/explain.ts
function isCompiled2(p) {
  return isObject(p) && p["index"] !== void 0 && p["units"] instanceof Array && p["sectionKeys"] instanceof Map;
}
function rawRule(c, section2, index) {
  const key = c.sectionKeys.get(section2);
  if (key === void 0 || !isObject(c.raw)) return void 0;
  const list2 = c.raw[key];
  return Array.isArray(list2) ? list2[index] : void 0;
}
function locateRule(c, locate, section2, index) {
  return locate([c.sectionKeys.get(section2) ?? section2, index]);
}
function explain(policy, query, locate, opts) {
  const c = isCompiled2(policy) ? policy : compilePolicy(policy, opts);
  const notes = [];
  let protos = [[PROTO_TCP], [PROTO_UDP]];
  if (query.proto !== void 0 && query.proto.trim() !== "") {
    const p = parseProto(query.proto);
    if (!p.ok) return { allowed: false, matches: [], notes: [p.error] };
    protos = [[p.value]];
  }
  const src = resolveIdentity(c, query.src);
  notes.push(...src.notes);
  if (src.fail) return { allowed: false, matches: [], notes: [...notes, src.fail] };
  if (src.undecidable) return { allowed: "undecidable", matches: [], notes: [...notes, src.undecidable] };
  let all = T;
  const allowedBy = /* @__PURE__ */ new Map();
  for (const s of src.endpoints) {
    const dr = resolveIdentity(c, query.dst, s);
    notes.push(...dr.notes);
    if (dr.fail) {
      notes.push(dr.fail);
      all = F;
      continue;
    }
    if (dr.undecidable) {
      notes.push(dr.undecidable);
      if (all === T) all = U;
      continue;
    }
    for (const d of dr.endpoints) {
      let tri = F;
      for (const ps of protos) {
        const r = decide(c, s, d, ps, query.port, query.srcPostureAttrs ?? s.postureAttributes ?? {});
        for (const u of r.allowedBy) allowedBy.set(`${u.section}:${u.index}`, u);
        if (r.result === T) tri = T;
        else if (r.result === U && tri === F) tri = U;
        if (r.result === U) {
          for (const u of r.maybe)
            notes.push(
              `${ruleName(c, u.section, u.index)} may allow ${s.label} to reach ${d.label}, depending on what is not known offline`
            );
        }
      }
      if (tri === F) {
        notes.push(
          `nothing allows ${s.label} to reach ${d.label} on ${protos.length === 1 ? protoLabel(protos[0][0]) : "tcp or udp"} port ${query.port}`
        );
        all = F;
      } else if (tri === U && all === T) all = U;
    }
  }
  const matches = [...allowedBy.values()].sort((a, b) => a.section === b.section ? a.index - b.index : a.section < b.section ? -1 : 1).map((u) => {
    const location = locateRule(c, locate, u.section, u.index);
    return {
      section: u.section,
      index: u.index,
      ...location ? { location } : {},
      rule: rawRule(c, u.section, u.index)
    };
  });
  return {
    allowed: all === T ? true : all === F ? false : "undecidable",
    matches: all === F ? [] : matches,
    notes: [...new Set(notes)]
  };
}

// src/evaluate/index.ts
function evaluatePolicyTests(policy, locate, opts) {
  return evaluateCompiledTests(compilePolicy(policy, opts), locate);
}

// src/shared/bisect.ts
async function bisectAsync(items, accepts, budget = 32) {
  let left = budget;
  let exhausted = false;
  const search = async (set, knownBad) => {
    if (set.length === 0) return [];
    if (!knownBad) {
      if (left <= 0) {
        exhausted = true;
        return [...set];
      }
      left--;
      if (await accepts(set)) return [];
    }
    if (set.length === 1) return [...set];
    const half = Math.ceil(set.length / 2);
    const a = await search(set.slice(0, half), false);
    const b = await search(set.slice(half), false);
    return a.length + b.length === 0 ? [...set] : [...a, ...b];
  };
  const culprits = await search(items, true);
  return { culprits, exhausted };
}
function bisect(items, accepts, budget = 64) {
  let left = budget;
  let exhausted = false;
  const search = (set, knownBad) => {
    if (set.length === 0) return [];
    if (!knownBad) {
      if (left <= 0) {
        exhausted = true;
        return [...set];
      }
      left--;
      if (accepts(set)) return [];
    }
    if (set.length === 1) return [...set];
    const half = Math.ceil(set.length / 2);
    const a = search(set.slice(0, half), false);
    const b = search(set.slice(half), false);
    return a.length + b.length === 0 ? [...set] : [...a, ...b];
  };
  return { culprits: search(items, true), exhausted };
}

// src/validate/offline.ts
var MAX_ROUNDS = 3;
function checkRepository(opts) {
  const exclude = new Map(opts.exclude ?? []);
  const extra = [];
  let compiled = compile({ ...opts, exclude });
  let layers = policyLayers(compiled, opts);
  for (let round = 0; round < MAX_ROUNDS && !compiled.baseErrors; round++) {
    const culprits = grantsToBlame(compiled, layers.findings, opts, exclude);
    if (culprits.size === 0) break;
    for (const [path, finding] of culprits) {
      exclude.set(path, "its rules made the policy invalid");
      extra.push(finding);
    }
    compiled = compile({ ...opts, exclude });
    layers = policyLayers(compiled, opts);
  }
  const resources = compiled.baseErrors ? [] : resourceFindings(compiled, opts);
  const standing = compiled.baseErrors ? [] : standingFindings(compiled);
  const findings = sortFindings([
    ...opts.readFindings ?? [],
    ...compiled.findings,
    ...layers.findings,
    ...extra,
    ...resources,
    ...standing
  ]);
  const baseInvalid = compiled.baseErrors || hasErrors(layers.findings) || hasErrors(standing);
  return { compiled, findings, tests: layers.tests, ok: !hasErrors(findings), pushable: !baseInvalid };
}
function policyLayers(compiled, opts) {
  if (compiled.baseErrors) return { findings: [], tests: [] };
  const index = compilePolicy(compiled.policy, { users: opts.users });
  const structural = validatePolicy(compiled.policy, compiled.locate, { users: opts.users, compiled: index });
  if (hasErrors(structural)) return { findings: structural, tests: [] };
  const { outcomes, findings } = opts.devices ? evaluatePolicyTests(compiled.policy, compiled.locate, { users: opts.users, devices: opts.devices }) : evaluateCompiledTests(index, compiled.locate);
  return { findings: [...structural, ...findings], tests: outcomes };
}
function grantsToBlame(compiled, findings, opts, exclude) {
  const included = compiled.grants.filter((g) => g.included).map((g) => g.path);
  const blamed = /* @__PURE__ */ new Map();
  for (const f of findings) {
    const file = f.location?.file;
    if (f.severity === "error" && file && included.includes(file) && !blamed.has(file)) {
      blamed.set(file, error("grant/invalid-rules", `Left out of the policy: ${f.message}`, f.location));
    }
  }
  if (blamed.size > 0) return blamed;
  if (!hasErrors(findings) || included.length === 0) return blamed;
  const only = (keep) => {
    const kept = new Set(keep);
    return new Map([
      ...exclude,
      ...included.filter((p) => !kept.has(p)).map((p) => [p, "isolating an error"])
    ]);
  };
  const errorsWith = (keep) => policyLayers(compile({ ...opts, exclude: only(keep) }), opts).findings.filter((f) => f.severity === "error");
  if (errorsWith([]).length > 0) return blamed;
  const { culprits } = bisect(included, (subset) => errorsWith(subset).length === 0);
  for (const path of culprits) {
    const failure = errorsWith([path])[0] ?? findings.find((f) => f.severity === "error");
    const entry = compiled.grants.find((g) => g.path === path);
    const where2 = entry.grant?.locate(["resource"]) ?? { file: path, line: 1, column: 1 };
    const at2 = failure.location ? ` (${failure.location.file}:${failure.location.line}:${failure.location.column})` : "";
    blamed.set(
      path,
      failure.rule.endsWith("test/failed") ? error(
        "grant/breaks-tests",
        `Left out of the policy: with this grant the policy's tests fail (${failure.message}). Narrow the grant or change the test.`,
        where2
      ) : error(
        "grant/invalid-rules",
        `Left out of the policy: with this grant active the policy is invalid: ${failure.message}${at2}. Fix the rules it brings in.`,
        where2
      )
    );
  }
  return blamed;
}
var PROBE_USER = "tailpolicy-probe@example.com";
function resourceFindings(compiled, opts) {
  const resources = [...compiled.access.resources.values()];
  if (resources.length === 0) return [];
  const probe = { ...compiled.policy };
  const owners = /* @__PURE__ */ new Map();
  for (const section2 of ["grants", "ssh"]) {
    const generated = compiled.generatedBy.get(section2);
    const base = (compiled.policy[section2] ?? []).filter((_, i) => !generated?.has(i));
    const list2 = [...base];
    for (const r of resources) {
      r[section2].forEach((rule, j) => {
        owners.set(`${section2}/${list2.length}`, (rest2) => r.locate([section2, j, ...rest2[0] === "src" ? [] : rest2]));
        const { action, ...rest } = rule;
        list2.push(
          section2 === "ssh" && action !== void 0 ? { action, src: [PROBE_USER], ...rest } : { src: [PROBE_USER], ...rule }
        );
      });
    }
    if (list2.length > 0 || probe[section2] !== void 0) probe[section2] = list2;
  }
  if (owners.size === 0) return [];
  const locate = (path, o) => {
    const owner = typeof path[1] === "number" ? owners.get(`${String(path[0])}/${path[1]}`) : void 0;
    return owner ? owner(path.slice(2)) : compiled.locate(path, o);
  };
  const accessFile = compiled.access.path;
  const seen = /* @__PURE__ */ new Set();
  return validatePolicy(probe, locate, { users: opts.users }).flatMap((f) => {
    if (f.severity !== "error" || !f.location || f.location.file !== accessFile) return [];
    const key = `${f.location.line}:${f.location.column}:${f.message}`;
    if (seen.has(key)) return [];
    seen.add(key);
    return [{ ...f, message: `${f.message} (in this resource's rules; its grants are left out while this stands)` }];
  });
}

// src/github/github-errors.ts
var GitHubApiError = class extends ExternalError {
  constructor(status, method, route, githubMessage) {
    super(`GitHub API ${method} ${route} failed${status ? ` with ${status}` : ""}: ${githubMessage}`);
    this.status = status;
    this.method = method;
    this.route = route;
    this.githubMessage = githubMessage;
  }
  status;
  method;
  route;
  githubMessage;
  name = "GitHubApiError";
};
function describeBody(data) {
  if (typeof data !== "object" || data === null || !("message" in data)) return void 0;
  const { message, errors } = data;
  const details = Array.isArray(errors) ? errors.map((e) => {
    if (typeof e === "string") return e;
    const { message: m, resource, field: field2, code: code2 } = e ?? {};
    return typeof m === "string" ? m : [resource, field2, code2].filter(Boolean).join(" ");
  }) : [];
  return [String(message), ...details].join(": ");
}
function toGitHubApiError(error2, fallback, secrets) {
  if (error2 instanceof GitHubApiError) return error2;
  const e = typeof error2 === "object" && error2 !== null ? error2 : { message: String(error2) };
  const method = e.request?.method ?? fallback.method;
  let route = fallback.route;
  if (e.request?.url) {
    try {
      route = new URL(e.request.url).pathname;
    } catch {
    }
  }
  const hasResponse = e.response !== void 0;
  const status = hasResponse && typeof e.status === "number" ? e.status : 0;
  let message = hasResponse && describeBody(e.response?.data) || String(e.message ?? "unknown error");
  for (const secret of secrets) {
    if (secret) message = message.split(secret).join("***");
  }
  return new GitHubApiError(status, method, route, message);
}

// src/report/escape.ts
var MARKDOWN_SPECIAL = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&#39;",
  "`": "&#96;",
  "[": "&#91;",
  "]": "&#93;",
  "(": "&#40;",
  ")": "&#41;",
  "*": "&#42;",
  _: "&#95;",
  "|": "&#124;",
  "~": "&#126;",
  "\\": "&#92;",
  "!": "&#33;",
  "#": "&#35;",
  // An entity-encoded @ renders as "@" but is not a mention: nobody is pinged.
  "@": "&#64;",
  ":": "&#58;"
};
function md(text2, max = 500) {
  const flat = oneLine(text2, max);
  return flat.replace(/[&<>"'`[\]()*_|~\\!#@:]/g, (c) => MARKDOWN_SPECIAL[c]).replace(/(www)\./gi, "$1&#46;");
}
function code(text2) {
  return `<code>${md(text2, 300)}</code>`;
}
var BIDI_CONTROLS = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
function oneLine(text2, max = 500) {
  const flat = text2.replace(BIDI_CONTROLS, "").replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]+/g, " ").replace(/\s+/g, " ").trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}\u2026` : flat;
}

// src/policy/diff.ts
function diffPolicies(before, after) {
  const changes = [];
  const sections = [.../* @__PURE__ */ new Set([...Object.keys(before), ...Object.keys(after)])].sort();
  for (const section2 of sections) {
    const a = before[section2];
    const b = after[section2];
    if (canonicalJson(a) === canonicalJson(b)) continue;
    if (Array.isArray(a) || Array.isArray(b)) {
      changes.push(...diffLists(section2, Array.isArray(a) ? a : [], Array.isArray(b) ? b : []));
    } else if (isPlainObject(a) || isPlainObject(b)) {
      const am = isPlainObject(a) ? a : {};
      const bm = isPlainObject(b) ? b : {};
      for (const key of [.../* @__PURE__ */ new Set([...Object.keys(am), ...Object.keys(bm)])].sort()) {
        const x = am[key];
        const y = bm[key];
        if (x === void 0) changes.push({ section: section2, kind: "added", key, after: y });
        else if (y === void 0) changes.push({ section: section2, kind: "removed", key, before: x });
        else if (canonicalJson(x) !== canonicalJson(y))
          changes.push({ section: section2, kind: "changed", key, before: x, after: y });
      }
    } else if (a === void 0) changes.push({ section: section2, kind: "added", key: section2, after: b });
    else if (b === void 0) changes.push({ section: section2, kind: "removed", key: section2, before: a });
    else changes.push({ section: section2, kind: "changed", key: section2, before: a, after: b });
  }
  return changes;
}
function diffLists(section2, a, b) {
  const count = /* @__PURE__ */ new Map();
  for (const x of a) count.set(canonicalJson(x), (count.get(canonicalJson(x)) ?? 0) + 1);
  const added = [];
  for (const y of b) {
    const k = canonicalJson(y);
    const n = count.get(k) ?? 0;
    if (n > 0) count.set(k, n - 1);
    else added.push({ section: section2, kind: "added", after: y });
  }
  const removed = [];
  for (const x of a) {
    const k = canonicalJson(x);
    const n = count.get(k) ?? 0;
    if (n > 0) {
      removed.push({ section: section2, kind: "removed", before: x });
      count.set(k, n - 1);
    }
  }
  return [...removed, ...added];
}
function formatChanges(changes, max = 200) {
  const lines = changes.slice(0, max).map((c) => {
    const sign = c.kind === "added" ? "+" : c.kind === "removed" ? "-" : "~";
    const where2 = c.key !== void 0 && c.key !== c.section ? `${c.section}["${c.key}"]` : c.section;
    if (c.kind === "changed") return `${sign} ${where2}: ${JSON.stringify(c.before)} -> ${JSON.stringify(c.after)}`;
    return `${sign} ${where2}: ${JSON.stringify(c.kind === "added" ? c.after : c.before)}`;
  });
  if (changes.length > max) lines.push(`\u2026 and ${changes.length - max} more`);
  return lines.join("\n");
}

// src/review/approvals.ts
function approvalRulesFor(subject, access2) {
  return subject.resource !== void 0 ? access2.resources.get(subject.resource) : access2.inline;
}
function granteeLogins(grantees, policies) {
  const out = /* @__PURE__ */ new Set();
  for (const g of grantees) {
    if (!g.startsWith("group:")) out.add(g);
    else for (const p of policies) for (const m of groupMembers(p).get(g) ?? []) out.add(m);
  }
  return out;
}
function latestReviews(reviews) {
  const ordered = [...reviews].sort((a, b) => (a.submittedAt ?? "").localeCompare(b.submittedAt ?? ""));
  const latest = /* @__PURE__ */ new Map();
  for (const r of ordered) {
    if (!r.user || r.state === "COMMENTED" || r.state === "PENDING") continue;
    latest.set(r.user.toLowerCase(), r);
  }
  return latest;
}
function evaluateApprovals(grant2, access2, policy, pr, reviews, headPolicy) {
  const rules = approvalRulesFor(grant2, access2);
  const base = { path: grant2.path, counted: [], ignored: [], candidates: [] };
  if (!rules) {
    const problem = grant2.resource !== void 0 ? `resource "${grant2.resource}" is not in access.yaml on the base branch; approvals follow the base branch's rules, so add the resource in its own pull request first` : `access.yaml on the base branch has no "inline:" section; approvals follow the base branch's rules, so add it in its own pull request first`;
    return { ...base, approved: false, required: 1, approvers: [], problem };
  }
  const groups = groupMembers(policy);
  const byGitHub = /* @__PURE__ */ new Map();
  for (const [login, gh] of access2.people)
    byGitHub.set(gh.toLowerCase(), [...byGitHub.get(gh.toLowerCase()) ?? [], login]);
  const grantees = granteeLogins(grant2.grantees, headPolicy ? [policy, headPolicy] : [policy]);
  const author = pr.author?.toLowerCase();
  const whyNot = (gh) => {
    if (gh === author) return "the PR author";
    const logins = byGitHub.get(gh) ?? [];
    if (logins.length === 0) return 'not mapped to a login in access.yaml "people"';
    if (logins.some((l) => grantees.has(l))) return "a grantee";
    if (!logins.some((l) => includesUser(rules.approvers, l, groups)))
      return `not among the approvers (${rules.approvers.join(", ")})`;
    return void 0;
  };
  const counted = [];
  const ignored = [];
  for (const [gh, review] of latestReviews(reviews)) {
    if (review.state !== "APPROVED") continue;
    const why = whyNot(gh) ?? (review.commitId !== pr.headSha ? "approved an older commit; approve the latest one" : void 0);
    if (why) ignored.push({ user: review.user, why });
    else counted.push(review.user);
  }
  const candidates2 = [...byGitHub.keys()].filter((gh) => whyNot(gh) === void 0 && !counted.some((c) => c.toLowerCase() === gh)).map((gh) => [...access2.people.values()].find((v) => v.toLowerCase() === gh)).sort();
  return {
    path: grant2.path,
    approved: counted.length >= rules.approvals,
    required: rules.approvals,
    counted,
    ignored,
    candidates: candidates2,
    approvers: rules.approvers
  };
}

// node_modules/@actions/github/lib/context.js
import { readFileSync, existsSync } from "fs";
import { EOL } from "os";
var Context = class {
  /**
   * Hydrate the context from the environment
   */
  constructor() {
    var _a, _b, _c;
    this.payload = {};
    if (process.env.GITHUB_EVENT_PATH) {
      if (existsSync(process.env.GITHUB_EVENT_PATH)) {
        this.payload = JSON.parse(readFileSync(process.env.GITHUB_EVENT_PATH, { encoding: "utf8" }));
      } else {
        const path = process.env.GITHUB_EVENT_PATH;
        process.stdout.write(`GITHUB_EVENT_PATH ${path} does not exist${EOL}`);
      }
    }
    this.eventName = process.env.GITHUB_EVENT_NAME;
    this.sha = process.env.GITHUB_SHA;
    this.ref = process.env.GITHUB_REF;
    this.workflow = process.env.GITHUB_WORKFLOW;
    this.action = process.env.GITHUB_ACTION;
    this.actor = process.env.GITHUB_ACTOR;
    this.job = process.env.GITHUB_JOB;
    this.runAttempt = parseInt(process.env.GITHUB_RUN_ATTEMPT, 10);
    this.runNumber = parseInt(process.env.GITHUB_RUN_NUMBER, 10);
    this.runId = parseInt(process.env.GITHUB_RUN_ID, 10);
    this.apiUrl = (_a = process.env.GITHUB_API_URL) !== null && _a !== void 0 ? _a : `https://api.github.com`;
    this.serverUrl = (_b = process.env.GITHUB_SERVER_URL) !== null && _b !== void 0 ? _b : `https://github.com`;
    this.graphqlUrl = (_c = process.env.GITHUB_GRAPHQL_URL) !== null && _c !== void 0 ? _c : `https://api.github.com/graphql`;
  }
  get issue() {
    const payload = this.payload;
    return Object.assign(Object.assign({}, this.repo), { number: (payload.issue || payload.pull_request || payload).number });
  }
  get repo() {
    if (process.env.GITHUB_REPOSITORY) {
      const [owner, repo] = process.env.GITHUB_REPOSITORY.split("/");
      return { owner, repo };
    }
    if (this.payload.repository) {
      return {
        owner: this.payload.repository.owner.login,
        repo: this.payload.repository.name
      };
    }
    throw new Error("context.repo requires a GITHUB_REPOSITORY environment variable like 'owner/repo'");
  }
};

// node_modules/@actions/github/lib/internal/utils.js
var httpClient = __toESM(require_lib(), 1);
var import_undici = __toESM(require_undici(), 1);
var __awaiter = function(thisArg, _arguments, P, generator) {
  function adopt(value) {
    return value instanceof P ? value : new P(function(resolve) {
      resolve(value);
    });
  }
  return new (P || (P = Promise))(function(resolve, reject) {
    function fulfilled(value) {
      try {
        step(generator.next(value));
      } catch (e) {
        reject(e);
      }
    }
    function rejected(value) {
      try {
        step(generator["throw"](value));
      } catch (e) {
        reject(e);
      }
    }
    function step(result) {
      result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected);
    }
    step((generator = generator.apply(thisArg, _arguments || [])).next());
  });
};
function getAuthString(token, options) {
  if (!token && !options.auth) {
    throw new Error("Parameter token or opts.auth is required");
  } else if (token && options.auth) {
    throw new Error("Parameters token and opts.auth may not both be specified");
  }
  return typeof options.auth === "string" ? options.auth : `token ${token}`;
}
function getProxyAgent(destinationUrl) {
  const hc = new httpClient.HttpClient();
  return hc.getAgent(destinationUrl);
}
function getProxyAgentDispatcher(destinationUrl) {
  const hc = new httpClient.HttpClient();
  return hc.getAgentDispatcher(destinationUrl);
}
function getProxyFetch(destinationUrl) {
  const httpDispatcher = getProxyAgentDispatcher(destinationUrl);
  const proxyFetch = (url, opts) => __awaiter(this, void 0, void 0, function* () {
    return (0, import_undici.fetch)(url, Object.assign(Object.assign({}, opts), { dispatcher: httpDispatcher }));
  });
  return proxyFetch;
}
function getApiBaseUrl() {
  return process.env["GITHUB_API_URL"] || "https://api.github.com";
}
function getUserAgentWithOrchestrationId(baseUserAgent) {
  var _a;
  const orchId = (_a = process.env["ACTIONS_ORCHESTRATION_ID"]) === null || _a === void 0 ? void 0 : _a.trim();
  if (orchId) {
    const sanitizedId = orchId.replace(/[^a-z0-9_.-]/gi, "_");
    const tag = `actions_orchestration_id/${sanitizedId}`;
    if (baseUserAgent === null || baseUserAgent === void 0 ? void 0 : baseUserAgent.includes(tag))
      return baseUserAgent;
    const ua = baseUserAgent ? `${baseUserAgent} ` : "";
    return `${ua}${tag}`;
  }
  return baseUserAgent;
}

// node_modules/universal-user-agent/index.js
function getUserAgent() {
  if (typeof navigator === "object" && "userAgent" in navigator) {
    return navigator.userAgent;
  }
  if (typeof process === "object" && process.version !== void 0) {
    return `Node.js/${process.version.substr(1)} (${process.platform}; ${process.arch})`;
  }
  return "<environment undetectable>";
}

// node_modules/before-after-hook/lib/register.js
function register(state, name, method, options) {
  if (typeof method !== "function") {
    throw new Error("method for before hook must be a function");
  }
  if (!options) {
    options = {};
  }
  if (Array.isArray(name)) {
    return name.reverse().reduce((callback, name2) => {
      return register.bind(null, state, name2, callback, options);
    }, method)();
  }
  return Promise.resolve().then(() => {
    if (!state.registry[name]) {
      return method(options);
    }
    return state.registry[name].reduce((method2, registered) => {
      return registered.hook.bind(null, method2, options);
    }, method)();
  });
}

// node_modules/before-after-hook/lib/add.js
function addHook(state, kind, name, hook2) {
  const orig = hook2;
  if (!state.registry[name]) {
    state.registry[name] = [];
  }
  if (kind === "before") {
    hook2 = (method, options) => {
      return Promise.resolve().then(orig.bind(null, options)).then(method.bind(null, options));
    };
  }
  if (kind === "after") {
    hook2 = (method, options) => {
      let result;
      return Promise.resolve().then(method.bind(null, options)).then((result_) => {
        result = result_;
        return orig(result, options);
      }).then(() => {
        return result;
      });
    };
  }
  if (kind === "error") {
    hook2 = (method, options) => {
      return Promise.resolve().then(method.bind(null, options)).catch((error2) => {
        return orig(error2, options);
      });
    };
  }
  state.registry[name].push({
    hook: hook2,
    orig
  });
}

// node_modules/before-after-hook/lib/remove.js
function removeHook(state, name, method) {
  if (!state.registry[name]) {
    return;
  }
  const index = state.registry[name].map((registered) => {
    return registered.orig;
  }).indexOf(method);
  if (index === -1) {
    return;
  }
  state.registry[name].splice(index, 1);
}

// node_modules/before-after-hook/index.js
var bind = Function.bind;
var bindable = bind.bind(bind);
function bindApi(hook2, state, name) {
  const removeHookRef = bindable(removeHook, null).apply(
    null,
    name ? [state, name] : [state]
  );
  hook2.api = { remove: removeHookRef };
  hook2.remove = removeHookRef;
  ["before", "error", "after", "wrap"].forEach((kind) => {
    const args = name ? [state, kind, name] : [state, kind];
    hook2[kind] = hook2.api[kind] = bindable(addHook, null).apply(null, args);
  });
}
function Singular() {
  const singularHookName = /* @__PURE__ */ Symbol("Singular");
  const singularHookState = {
    registry: {}
  };
  const singularHook = register.bind(null, singularHookState, singularHookName);
  bindApi(singularHook, singularHookState, singularHookName);
  return singularHook;
}
function Collection() {
  const state = {
    registry: {}
  };
  const hook2 = register.bind(null, state);
  bindApi(hook2, state);
  return hook2;
}
var before_after_hook_default = { Singular, Collection };

// node_modules/@octokit/endpoint/dist-bundle/index.js
var VERSION2 = "0.0.0-development";
var userAgent = `octokit-endpoint.js/${VERSION2} ${getUserAgent()}`;
var DEFAULTS = {
  method: "GET",
  baseUrl: "https://api.github.com",
  headers: {
    accept: "application/vnd.github.v3+json",
    "user-agent": userAgent
  },
  mediaType: {
    format: ""
  }
};
function lowercaseKeys(object) {
  if (!object) {
    return {};
  }
  return Object.keys(object).reduce((newObj, key) => {
    newObj[key.toLowerCase()] = object[key];
    return newObj;
  }, {});
}
function isPlainObject2(value) {
  if (typeof value !== "object" || value === null) return false;
  if (Object.prototype.toString.call(value) !== "[object Object]") return false;
  const proto = Object.getPrototypeOf(value);
  if (proto === null) return true;
  const Ctor = Object.prototype.hasOwnProperty.call(proto, "constructor") && proto.constructor;
  return typeof Ctor === "function" && Ctor instanceof Ctor && Function.prototype.call(Ctor) === Function.prototype.call(value);
}
function mergeDeep(defaults2, options) {
  const result = Object.assign({}, defaults2);
  Object.keys(options).forEach((key) => {
    if (isPlainObject2(options[key])) {
      if (!(key in defaults2)) Object.assign(result, { [key]: options[key] });
      else result[key] = mergeDeep(defaults2[key], options[key]);
    } else {
      Object.assign(result, { [key]: options[key] });
    }
  });
  return result;
}
function removeUndefinedProperties(obj) {
  for (const key in obj) {
    if (obj[key] === void 0) {
      delete obj[key];
    }
  }
  return obj;
}
function merge(defaults2, route, options) {
  if (typeof route === "string") {
    let [method, url] = route.split(" ");
    options = Object.assign(url ? { method, url } : { url: method }, options);
  } else {
    options = Object.assign({}, route);
  }
  options.headers = lowercaseKeys(options.headers);
  removeUndefinedProperties(options);
  removeUndefinedProperties(options.headers);
  const mergedOptions = mergeDeep(defaults2 || {}, options);
  if (options.url === "/graphql") {
    if (defaults2 && defaults2.mediaType.previews?.length) {
      mergedOptions.mediaType.previews = defaults2.mediaType.previews.filter(
        (preview) => !mergedOptions.mediaType.previews.includes(preview)
      ).concat(mergedOptions.mediaType.previews);
    }
    mergedOptions.mediaType.previews = (mergedOptions.mediaType.previews || []).map((preview) => preview.replace(/-preview/, ""));
  }
  return mergedOptions;
}
function addQueryParameters(url, parameters) {
  const separator = /\?/.test(url) ? "&" : "?";
  const names = Object.keys(parameters);
  if (names.length === 0) {
    return url;
  }
  return url + separator + names.map((name) => {
    if (name === "q") {
      return "q=" + parameters.q.split("+").map(encodeURIComponent).join("+");
    }
    return `${name}=${encodeURIComponent(parameters[name])}`;
  }).join("&");
}
var urlVariableRegex = /\{[^{}}]+\}/g;
function removeNonChars(variableName) {
  return variableName.replace(/(?:^\W+)|(?:(?<!\W)\W+$)/g, "").split(/,/);
}
function extractUrlVariableNames(url) {
  const matches = url.match(urlVariableRegex);
  if (!matches) {
    return [];
  }
  return matches.map(removeNonChars).reduce((a, b) => a.concat(b), []);
}
function omit(object, keysToOmit) {
  const result = { __proto__: null };
  for (const key of Object.keys(object)) {
    if (keysToOmit.indexOf(key) === -1) {
      result[key] = object[key];
    }
  }
  return result;
}
function encodeReserved(str2) {
  return str2.split(/(%[0-9A-Fa-f]{2})/g).map(function(part) {
    if (!/%[0-9A-Fa-f]/.test(part)) {
      part = encodeURI(part).replace(/%5B/g, "[").replace(/%5D/g, "]");
    }
    return part;
  }).join("");
}
function encodeUnreserved(str2) {
  return encodeURIComponent(str2).replace(/[!'()*]/g, function(c) {
    return "%" + c.charCodeAt(0).toString(16).toUpperCase();
  });
}
function encodeValue(operator, value, key) {
  value = operator === "+" || operator === "#" ? encodeReserved(value) : encodeUnreserved(value);
  if (key) {
    return encodeUnreserved(key) + "=" + value;
  } else {
    return value;
  }
}
function isDefined(value) {
  return value !== void 0 && value !== null;
}
function isKeyOperator(operator) {
  return operator === ";" || operator === "&" || operator === "?";
}
function getValues(context3, operator, key, modifier) {
  var value = context3[key], result = [];
  if (isDefined(value) && value !== "") {
    if (typeof value === "string" || typeof value === "number" || typeof value === "bigint" || typeof value === "boolean") {
      value = value.toString();
      if (modifier && modifier !== "*") {
        value = value.substring(0, parseInt(modifier, 10));
      }
      result.push(
        encodeValue(operator, value, isKeyOperator(operator) ? key : "")
      );
    } else {
      if (modifier === "*") {
        if (Array.isArray(value)) {
          value.filter(isDefined).forEach(function(value2) {
            result.push(
              encodeValue(operator, value2, isKeyOperator(operator) ? key : "")
            );
          });
        } else {
          Object.keys(value).forEach(function(k) {
            if (isDefined(value[k])) {
              result.push(encodeValue(operator, value[k], k));
            }
          });
        }
      } else {
        const tmp = [];
        if (Array.isArray(value)) {
          value.filter(isDefined).forEach(function(value2) {
            tmp.push(encodeValue(operator, value2));
          });
        } else {
          Object.keys(value).forEach(function(k) {
            if (isDefined(value[k])) {
              tmp.push(encodeUnreserved(k));
              tmp.push(encodeValue(operator, value[k].toString()));
            }
          });
        }
        if (isKeyOperator(operator)) {
          result.push(encodeUnreserved(key) + "=" + tmp.join(","));
        } else if (tmp.length !== 0) {
          result.push(tmp.join(","));
        }
      }
    }
  } else {
    if (operator === ";") {
      if (isDefined(value)) {
        result.push(encodeUnreserved(key));
      }
    } else if (value === "" && (operator === "&" || operator === "?")) {
      result.push(encodeUnreserved(key) + "=");
    } else if (value === "") {
      result.push("");
    }
  }
  return result;
}
function parseUrl(template) {
  return {
    expand: expand.bind(null, template)
  };
}
function expand(template, context3) {
  var operators = ["+", "#", ".", "/", ";", "?", "&"];
  template = template.replace(
    /\{([^\{\}]+)\}|([^\{\}]+)/g,
    function(_, expression, literal) {
      if (expression) {
        let operator = "";
        const values = [];
        if (operators.indexOf(expression.charAt(0)) !== -1) {
          operator = expression.charAt(0);
          expression = expression.substr(1);
        }
        expression.split(/,/g).forEach(function(variable) {
          var tmp = /([^:\*]*)(?::(\d+)|(\*))?/.exec(variable);
          values.push(getValues(context3, operator, tmp[1], tmp[2] || tmp[3]));
        });
        if (operator && operator !== "+") {
          var separator = ",";
          if (operator === "?") {
            separator = "&";
          } else if (operator !== "#") {
            separator = operator;
          }
          return (values.length !== 0 ? operator : "") + values.join(separator);
        } else {
          return values.join(",");
        }
      } else {
        return encodeReserved(literal);
      }
    }
  );
  if (template === "/") {
    return template;
  } else {
    return template.replace(/\/$/, "");
  }
}
function parse3(options) {
  let method = options.method.toUpperCase();
  let url = (options.url || "/").replace(/:([a-z]\w+)/g, "{$1}");
  let headers = Object.assign({}, options.headers);
  let body;
  let parameters = omit(options, [
    "method",
    "baseUrl",
    "url",
    "headers",
    "request",
    "mediaType"
  ]);
  const urlVariableNames = extractUrlVariableNames(url);
  url = parseUrl(url).expand(parameters);
  if (!/^http/.test(url)) {
    url = options.baseUrl + url;
  }
  const omittedParameters = Object.keys(options).filter((option) => urlVariableNames.includes(option)).concat("baseUrl");
  const remainingParameters = omit(parameters, omittedParameters);
  const isBinaryRequest = /application\/octet-stream/i.test(headers.accept);
  if (!isBinaryRequest) {
    if (options.mediaType.format) {
      headers.accept = headers.accept.split(/,/).map(
        (format2) => format2.replace(
          /application\/vnd(\.\w+)(\.v3)?(\.\w+)?(\+json)?$/,
          `application/vnd$1$2.${options.mediaType.format}`
        )
      ).join(",");
    }
    if (url.endsWith("/graphql")) {
      if (options.mediaType.previews?.length) {
        const previewsFromAcceptHeader = headers.accept.match(/(?<![\w-])[\w-]+(?=-preview)/g) || [];
        headers.accept = previewsFromAcceptHeader.concat(options.mediaType.previews).map((preview) => {
          const format2 = options.mediaType.format ? `.${options.mediaType.format}` : "+json";
          return `application/vnd.github.${preview}-preview${format2}`;
        }).join(",");
      }
    }
  }
  if (["GET", "HEAD"].includes(method)) {
    url = addQueryParameters(url, remainingParameters);
  } else {
    if ("data" in remainingParameters) {
      body = remainingParameters.data;
    } else {
      if (Object.keys(remainingParameters).length) {
        body = remainingParameters;
      }
    }
  }
  if (!headers["content-type"] && typeof body !== "undefined") {
    headers["content-type"] = "application/json; charset=utf-8";
  }
  if (["PATCH", "PUT"].includes(method) && typeof body === "undefined") {
    body = "";
  }
  return Object.assign(
    { method, url, headers },
    typeof body !== "undefined" ? { body } : null,
    options.request ? { request: options.request } : null
  );
}
function endpointWithDefaults(defaults2, route, options) {
  return parse3(merge(defaults2, route, options));
}
function withDefaults(oldDefaults, newDefaults) {
  const DEFAULTS2 = merge(oldDefaults, newDefaults);
  const endpoint2 = endpointWithDefaults.bind(null, DEFAULTS2);
  return Object.assign(endpoint2, {
    DEFAULTS: DEFAULTS2,
    defaults: withDefaults.bind(null, DEFAULTS2),
    merge: merge.bind(null, DEFAULTS2),
    parse: parse3
  });
}
var endpoint = withDefaults(null, DEFAULTS);

// node_modules/content-type/dist/index.js
var SP = 32;
var HTAB = 9;
var SEMI = 59;
var EQ = 61;
var DQUOTE = 34;
var BSLASH = 92;
var COMMA = 44;
var LOWER_CASE = 1;
var OWS = 2;
var SEMI_FLAG = 4;
var COMMA_FLAG = 8;
var TOKEN_FLAG = 16;
var NON_ASCII = 65280;
var CASE_FLAGS = LOWER_CASE | NON_ASCII;
var CHAR_MAP = new Uint8Array(256);
CHAR_MAP[HTAB] |= OWS;
CHAR_MAP[SP] |= OWS;
CHAR_MAP[SEMI] |= SEMI_FLAG;
CHAR_MAP[COMMA] |= COMMA_FLAG;
for (let code2 = 128; code2 <= 255; code2++) {
  CHAR_MAP[code2] |= LOWER_CASE;
}
for (const char of "!#$%&'*+-.^_`|~") {
  CHAR_MAP[char.charCodeAt(0)] |= TOKEN_FLAG;
}
for (let code2 = 48; code2 <= 57; code2++) {
  CHAR_MAP[code2] |= TOKEN_FLAG;
}
for (let code2 = 65; code2 <= 90; code2++) {
  CHAR_MAP[code2] |= LOWER_CASE | TOKEN_FLAG;
}
for (let code2 = 97; code2 <= 122; code2++) {
  CHAR_MAP[code2] |= TOKEN_FLAG;
}
var NullObject = /* @__PURE__ */ (() => {
  const C = function() {
  };
  C.prototype = /* @__PURE__ */ Object.create(null);
  return C;
})();
function parse4(header, options) {
  const stopFlags = SEMI_FLAG | (options?.comma === true ? COMMA_FLAG : 0);
  const len = header.length;
  let valueStart = options?.start ?? 0;
  while ((CHAR_MAP[header.charCodeAt(valueStart)] & OWS) !== 0) {
    valueStart++;
  }
  let index = valueStart;
  let typeFlags = 0;
  let whitespace = -1;
  let stop = options?.parameters === false ? COMMA_FLAG : 0;
  while (index < len) {
    const code2 = header.charCodeAt(index);
    const flags = CHAR_MAP[code2];
    if ((flags & stopFlags) !== 0) {
      stop |= flags & COMMA_FLAG;
      break;
    }
    if ((flags & OWS) !== 0) {
      if (whitespace === -1)
        whitespace = index;
    } else {
      whitespace = -1;
    }
    typeFlags |= code2 & NON_ASCII | flags;
    index++;
  }
  const valueEnd = whitespace === -1 ? index : whitespace;
  const value = header.slice(valueStart, valueEnd);
  const type = (typeFlags & CASE_FLAGS) === 0 ? value : value.toLowerCase();
  if (index === len || stop !== 0) {
    return { type, index, parameters: new NullObject() };
  }
  return parseParameters(header, type, index, len, stopFlags);
}
function parseParameters(header, type, index, len, stopFlags) {
  const parameters = new NullObject();
  parameter: while (index < len) {
    index++;
    while ((CHAR_MAP[header.charCodeAt(index)] & OWS) !== 0) {
      index++;
    }
    const keyStart = index;
    let keyFlags = 0;
    let keyWhitespace = -1;
    while (index < len) {
      const code2 = header.charCodeAt(index);
      const flags = CHAR_MAP[code2];
      if ((flags & stopFlags) !== 0) {
        if ((flags & COMMA_FLAG) !== 0)
          break parameter;
        continue parameter;
      }
      if (code2 === EQ) {
        const keyEnd = keyWhitespace === -1 ? index : keyWhitespace;
        const value = header.slice(keyStart, keyEnd);
        const key = (keyFlags & CASE_FLAGS) === 0 ? value : value.toLowerCase();
        index++;
        while ((CHAR_MAP[header.charCodeAt(index)] & OWS) !== 0) {
          index++;
        }
        if (index < len && header.charCodeAt(index) === DQUOTE) {
          const quotedStart = ++index;
          let escaped = false;
          while (index < len) {
            const code3 = header.charCodeAt(index);
            if (code3 === DQUOTE) {
              if (parameters[key] === void 0) {
                parameters[key] = escaped ? unescapeQuotedPairs(header, quotedStart, index) : header.slice(quotedStart, index);
              }
              index++;
              let stop2 = 0;
              while (index < len) {
                const code4 = header.charCodeAt(index);
                const flags2 = CHAR_MAP[code4];
                if ((flags2 & stopFlags) !== 0) {
                  stop2 = flags2 & COMMA_FLAG;
                  break;
                }
                index++;
              }
              if (stop2 !== 0)
                break parameter;
              continue parameter;
            }
            if (code3 === BSLASH && index + 1 < len) {
              escaped = true;
              index += 2;
              continue;
            }
            index++;
          }
          continue parameter;
        }
        const valueStart = index;
        let stop = 0;
        let valueWhitespace = -1;
        while (index < len) {
          const code3 = header.charCodeAt(index);
          const flags2 = CHAR_MAP[code3];
          if ((flags2 & stopFlags) !== 0) {
            stop = flags2 & COMMA_FLAG;
            break;
          }
          if ((flags2 & OWS) !== 0) {
            if (valueWhitespace === -1)
              valueWhitespace = index;
          } else {
            valueWhitespace = -1;
          }
          index++;
        }
        if (parameters[key] === void 0) {
          const valueEnd = valueWhitespace === -1 ? index : valueWhitespace;
          parameters[key] = header.slice(valueStart, valueEnd);
        }
        if (stop !== 0)
          break parameter;
        continue parameter;
      }
      if ((flags & OWS) !== 0) {
        if (keyWhitespace === -1)
          keyWhitespace = index;
      } else {
        keyWhitespace = -1;
      }
      keyFlags |= code2 & NON_ASCII | flags;
      index++;
    }
  }
  return { type, index, parameters };
}
function unescapeQuotedPairs(str2, start, end) {
  let result = "";
  for (let index = start; index < end; index++) {
    if (str2.charCodeAt(index) === BSLASH) {
      result += str2.slice(start, index);
      start = ++index;
    }
  }
  return result + str2.slice(start, end);
}

// node_modules/json-with-bigint/json-with-bigint.js
var intRegex = /^-?\d+$/;
var noiseValue = /^-?\d+n+$/;
var originalStringify = JSON.stringify;
var originalParse = JSON.parse;
var customFormat = /^-?\d+n$/;
var bigIntsStringify = /([\[:])?"(-?\d+)n"($|\s*[,\}\]])/g;
var noiseStringify = /([\[:])?("-?\d+n+)n("$|"\s*[,\}\]])/g;
var isUnstringifiable = (val) => val === void 0 || typeof val === "function" || typeof val === "symbol";
var isRawJSON = (val) => val !== null && typeof val === "object" && val.constructor && val.constructor.name === "RawJSON";
var stringifyIteratively = (rootValue, replacer, spaceParam) => {
  let space = "";
  if (typeof spaceParam === "number") {
    space = " ".repeat(Math.min(10, Math.max(0, Math.floor(spaceParam))));
  } else if (typeof spaceParam === "string") {
    space = spaceParam.slice(0, 10);
  }
  const isFunctionReplacer = typeof replacer === "function";
  const propertyList = Array.isArray(replacer) ? new Set(replacer.map(String)) : null;
  const prepareVal = (parent, key, val) => {
    const isObject3 = val !== null && typeof val === "object";
    const hasToJSON = isObject3 && typeof val.toJSON === "function";
    if (hasToJSON) {
      val = val.toJSON(key);
    }
    const isNoise = typeof val === "string" && noiseValue.test(val);
    if (isNoise) return val + "n";
    const isBigInt = typeof val === "bigint";
    if (isBigInt) {
      const supportsRawJSON = "rawJSON" in JSON;
      if (supportsRawJSON) return JSON.rawJSON(val.toString());
      return val.toString() + "n";
    }
    if (isFunctionReplacer) {
      val = replacer.call(parent, key, val);
    }
    const isPostReplacerObject = val !== null && typeof val === "object";
    if (isPostReplacerObject) {
      const isPrimitiveWrapper = val instanceof Number || val instanceof String || val instanceof Boolean;
      if (isPrimitiveWrapper) {
        val = val.valueOf();
      }
    }
    return val;
  };
  const rootProcessed = prepareVal({ "": rootValue }, "", rootValue);
  if (isUnstringifiable(rootProcessed)) {
    return void 0;
  }
  const isRootPrimitive = rootProcessed === null || typeof rootProcessed !== "object";
  const isRootNativeRawJSON = isRawJSON(rootProcessed);
  if (isRootPrimitive || isRootNativeRawJSON) {
    return originalStringify(rootProcessed);
  }
  const chunks = [];
  let level = 0;
  const stack = [
    {
      parent: { "": rootProcessed },
      key: "",
      val: rootProcessed,
      isArray: Array.isArray(rootProcessed),
      keys: Array.isArray(rootProcessed) ? null : Object.keys(rootProcessed),
      index: 0,
      first: true
    }
  ];
  const visited = new WeakSet([rootProcessed]);
  while (stack.length > 0) {
    const node = stack[stack.length - 1];
    if (node.index === 0) {
      chunks.push(node.isArray ? "[" : "{");
      level++;
    }
    let isDone = false;
    if (node.isArray) {
      if (node.index < node.val.length) {
        if (!node.first) chunks.push(",");
        if (space) chunks.push("\n" + space.repeat(level));
        const childRaw = node.val[node.index];
        const childVal = prepareVal(node.val, String(node.index), childRaw);
        if (isUnstringifiable(childVal)) {
          chunks.push("null");
          node.first = false;
          node.index++;
        } else {
          const isComplexObject = childVal !== null && typeof childVal === "object";
          const isNativeRaw = isRawJSON(childVal);
          if (isComplexObject && !isNativeRaw) {
            if (visited.has(childVal)) {
              throw new TypeError("Converting circular structure to JSON");
            }
            visited.add(childVal);
            stack.push({
              parent: node.val,
              key: String(node.index),
              val: childVal,
              isArray: Array.isArray(childVal),
              keys: Array.isArray(childVal) ? null : Object.keys(childVal),
              index: 0,
              first: true
            });
            node.first = false;
            node.index++;
          } else {
            chunks.push(originalStringify(childVal));
            node.first = false;
            node.index++;
          }
        }
      } else {
        isDone = true;
      }
    } else {
      while (node.index < node.keys.length) {
        const k = node.keys[node.index++];
        const isFilteredOutByArray = propertyList && !propertyList.has(k);
        if (isFilteredOutByArray) continue;
        const childRaw = node.val[k];
        const childVal = prepareVal(node.val, k, childRaw);
        if (isUnstringifiable(childVal)) continue;
        if (!node.first) chunks.push(",");
        if (space) {
          chunks.push("\n" + space.repeat(level) + originalStringify(k) + ": ");
        } else {
          chunks.push(originalStringify(k) + ":");
        }
        const isComplexObject = childVal !== null && typeof childVal === "object";
        const isNativeRaw = isRawJSON(childVal);
        if (isComplexObject && !isNativeRaw) {
          if (visited.has(childVal)) {
            throw new TypeError("Converting circular structure to JSON");
          }
          visited.add(childVal);
          stack.push({
            parent: node.val,
            key: k,
            val: childVal,
            isArray: Array.isArray(childVal),
            keys: Array.isArray(childVal) ? null : Object.keys(childVal),
            index: 0,
            first: true
          });
          node.first = false;
          break;
        } else {
          chunks.push(originalStringify(childVal));
          node.first = false;
        }
      }
      const isNodeFullyProcessed = node.index >= node.keys.length && stack[stack.length - 1] === node;
      if (isNodeFullyProcessed) {
        isDone = true;
      }
    }
    if (isDone) {
      level--;
      if (!node.first && space) chunks.push("\n" + space.repeat(level));
      chunks.push(node.isArray ? "]" : "}");
      visited.delete(node.val);
      stack.pop();
    }
  }
  return chunks.join("");
};
var JSONStringify = (value, replacer, space) => {
  try {
    const supportsRawJSON = "rawJSON" in JSON;
    if (supportsRawJSON) {
      return originalStringify(
        value,
        (key, val) => {
          if (typeof val === "bigint") return JSON.rawJSON(val.toString());
          const hasFunctionReplacer = typeof replacer === "function";
          if (hasFunctionReplacer) return replacer(key, val);
          const isKeyInArrayReplacer = Array.isArray(replacer) && replacer.includes(key);
          if (isKeyInArrayReplacer) return val;
          return val;
        },
        space
      );
    }
    if (!value) return originalStringify(value, replacer, space);
    const convertedToCustomJSON = originalStringify(
      value,
      (key, val) => {
        const isNoise = typeof val === "string" && noiseValue.test(val);
        if (isNoise) return val.toString() + "n";
        if (typeof val === "bigint") return val.toString() + "n";
        const hasFunctionReplacer = typeof replacer === "function";
        if (hasFunctionReplacer) return replacer(key, val);
        const isKeyInArrayReplacer = Array.isArray(replacer) && replacer.includes(key);
        if (isKeyInArrayReplacer) return val;
        return val;
      },
      space
    );
    const processedJSON = convertedToCustomJSON.replace(
      bigIntsStringify,
      "$1$2$3"
    );
    const denoisedJSON = processedJSON.replace(noiseStringify, "$1$2$3");
    return denoisedJSON;
  } catch (error2) {
    if (error2 instanceof RangeError) {
      const convertedJSON = stringifyIteratively(value, replacer, space);
      if (convertedJSON === void 0) return void 0;
      const supportsRawJSON = "rawJSON" in JSON;
      if (supportsRawJSON) return convertedJSON;
      const processedJSON = convertedJSON.replace(bigIntsStringify, "$1$2$3");
      return processedJSON.replace(noiseStringify, "$1$2$3");
    }
    throw error2;
  }
};
var featureCache = /* @__PURE__ */ new Map();
var isContextSourceSupported = () => {
  const parseFingerprint = JSON.parse.toString();
  if (featureCache.has(parseFingerprint)) {
    return featureCache.get(parseFingerprint);
  }
  try {
    const result = JSON.parse(
      "1",
      (_, __, context3) => !!context3?.source && context3.source === "1"
    );
    featureCache.set(parseFingerprint, result);
    return result;
  } catch {
    featureCache.set(parseFingerprint, false);
    return false;
  }
};
var convertMarkedBigIntsReviver = (key, value, context3, userReviver) => {
  const isCustomFormatBigInt = typeof value === "string" && customFormat.test(value);
  if (isCustomFormatBigInt) return BigInt(value.slice(0, -1));
  const isNoiseValue = typeof value === "string" && noiseValue.test(value);
  if (isNoiseValue) return value.slice(0, -1);
  const hasUserReviver = typeof userReviver === "function";
  if (!hasUserReviver) return value;
  return userReviver(key, value, context3);
};
var JSONParseV2 = (text2, reviver) => {
  return JSON.parse(text2, (key, value, context3) => {
    const isNumber = typeof value === "number";
    const isOutOfBounds = value > Number.MAX_SAFE_INTEGER || value < Number.MIN_SAFE_INTEGER;
    const isBigNumber = isNumber && isOutOfBounds;
    const isInt = context3 && intRegex.test(context3.source);
    const isBigInt = isBigNumber && isInt;
    if (isBigInt) return BigInt(context3.source);
    const hasCustomReviver = typeof reviver === "function";
    if (!hasCustomReviver) return value;
    return reviver(key, value, context3);
  });
};
var MAX_INT = Number.MAX_SAFE_INTEGER.toString();
var MAX_DIGITS = MAX_INT.length;
var stringsOrLargeNumbers = /"(?:[^"\\]|\\.)*"|-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?/g;
var noiseValueWithQuotes = /^"-?\d+n+"$/;
var applyReviverIteratively = (parsed, userReviver) => {
  const rootHolder = { "": parsed };
  const stack = [{ parent: rootHolder, key: "", visited: false }];
  while (stack.length > 0) {
    const node = stack[stack.length - 1];
    if (!node.visited) {
      node.visited = true;
      const value = node.parent[node.key];
      const isComplexObject = value !== null && typeof value === "object";
      if (isComplexObject) {
        const keys = Object.keys(value);
        for (let i = keys.length - 1; i >= 0; i--) {
          stack.push({ parent: value, key: keys[i], visited: false });
        }
      }
    } else {
      const { parent, key } = node;
      let value = parent[key];
      if (typeof value === "string") {
        const isCustomFormatBigInt = customFormat.test(value);
        if (isCustomFormatBigInt) {
          value = BigInt(value.slice(0, -1));
        } else {
          const isNoise = noiseValue.test(value);
          if (isNoise) value = value.slice(0, -1);
        }
      }
      const hasUserReviver = typeof userReviver === "function";
      if (hasUserReviver) {
        value = userReviver.call(parent, key, value);
      }
      const isDeleted = value === void 0;
      if (isDeleted) {
        delete parent[key];
      } else {
        parent[key] = value;
      }
      stack.pop();
    }
  }
  return rootHolder[""];
};
var serializeBigInts = (text2) => {
  return text2.replace(
    stringsOrLargeNumbers,
    (match, digits, fractional, exponential) => {
      const isString = match[0] === '"';
      const isNoise = isString && noiseValueWithQuotes.test(match);
      if (isNoise) return match.substring(0, match.length - 1) + 'n"';
      const hasFractionalOrExponential = fractional || exponential;
      const isLessThanMaxSafeInt = digits && (digits.length < MAX_DIGITS || digits.length === MAX_DIGITS && digits <= MAX_INT);
      const isStandardValue = isString || hasFractionalOrExponential || isLessThanMaxSafeInt;
      if (isStandardValue) return match;
      return '"' + match + 'n"';
    }
  );
};
var JSONParse = (text2, reviver) => {
  if (!text2) return originalParse(text2, reviver);
  try {
    if (isContextSourceSupported()) return JSONParseV2(text2, reviver);
    const serializedData = serializeBigInts(text2);
    return originalParse(
      serializedData,
      (key, value, context3) => convertMarkedBigIntsReviver(key, value, context3, reviver)
    );
  } catch (error2) {
    if (error2 instanceof RangeError) {
      const serializedData = serializeBigInts(text2);
      const parsed = originalParse(serializedData);
      return applyReviverIteratively(parsed, reviver);
    }
    throw error2;
  }
};

// node_modules/@octokit/request-error/dist-src/index.js
var RequestError = class extends Error {
  name;
  /**
   * http status code
   */
  status;
  /**
   * Request options that lead to the error.
   */
  request;
  /**
   * Response object if a response was received
   */
  response;
  constructor(message, statusCode, options) {
    super(message, { cause: options.cause });
    this.name = "HttpError";
    this.status = Number.parseInt(statusCode);
    if (Number.isNaN(this.status)) {
      this.status = 0;
    }
    if ("response" in options) {
      this.response = options.response;
    }
    const requestCopy = Object.assign({}, options.request);
    if (options.request.headers.authorization) {
      requestCopy.headers = Object.assign({}, options.request.headers, {
        authorization: options.request.headers.authorization.replace(
          /(?<! ) .*$/,
          " [REDACTED]"
        )
      });
    }
    requestCopy.url = requestCopy.url.replace(/\bclient_secret=\w+/g, "client_secret=[REDACTED]").replace(/\baccess_token=\w+/g, "access_token=[REDACTED]");
    this.request = requestCopy;
  }
};

// node_modules/@octokit/request/dist-bundle/index.js
var VERSION3 = "10.0.16";
var defaults_default = {
  headers: {
    "user-agent": `octokit-request.js/${VERSION3} ${getUserAgent()}`
  }
};
function isPlainObject3(value) {
  if (typeof value !== "object" || value === null) return false;
  if (Object.prototype.toString.call(value) !== "[object Object]") return false;
  const proto = Object.getPrototypeOf(value);
  if (proto === null) return true;
  const Ctor = Object.prototype.hasOwnProperty.call(proto, "constructor") && proto.constructor;
  return typeof Ctor === "function" && Ctor instanceof Ctor && Function.prototype.call(Ctor) === Function.prototype.call(value);
}
var noop = () => "";
async function fetchWrapper(requestOptions) {
  const fetch3 = requestOptions.request?.fetch || globalThis.fetch;
  if (!fetch3) {
    throw new Error(
      "fetch is not set. Please pass a fetch implementation as new Octokit({ request: { fetch }}). Learn more at https://github.com/octokit/octokit.js/#fetch-missing"
    );
  }
  const log = requestOptions.request?.log || console;
  const parseSuccessResponseBody = requestOptions.request?.parseSuccessResponseBody !== false;
  const body = isPlainObject3(requestOptions.body) || Array.isArray(requestOptions.body) ? JSONStringify(requestOptions.body) : requestOptions.body;
  const requestHeaders = Object.fromEntries(
    Object.entries(requestOptions.headers).map(([name, value]) => [
      name,
      String(value)
    ])
  );
  let fetchResponse;
  try {
    fetchResponse = await fetch3(requestOptions.url, {
      method: requestOptions.method,
      body,
      redirect: requestOptions.request?.redirect,
      headers: requestHeaders,
      signal: requestOptions.request?.signal,
      // duplex must be set if request.body is ReadableStream or Async Iterables.
      // See https://fetch.spec.whatwg.org/#dom-requestinit-duplex.
      ...requestOptions.body && { duplex: "half" }
    });
  } catch (error2) {
    let message = "Unknown Error";
    if (error2 instanceof Error) {
      if (error2.name === "AbortError") {
        error2.status = 500;
        throw error2;
      }
      message = error2.message;
      if (error2.name === "TypeError" && "cause" in error2) {
        if (error2.cause instanceof Error) {
          message = error2.cause.message;
        } else if (typeof error2.cause === "string") {
          message = error2.cause;
        }
      }
    }
    const requestError = new RequestError(message, 500, {
      request: requestOptions
    });
    requestError.cause = error2;
    throw requestError;
  }
  const status = fetchResponse.status;
  const url = fetchResponse.url;
  const responseHeaders = {};
  for (const [key, value] of fetchResponse.headers) {
    responseHeaders[key] = value;
  }
  const octokitResponse = {
    url,
    status,
    headers: responseHeaders,
    data: ""
  };
  if ("deprecation" in responseHeaders) {
    const matches = responseHeaders.link && responseHeaders.link.match(/<([^<>]+)>; rel="deprecation"/);
    const deprecationLink = matches && matches.pop();
    log.warn(
      `[@octokit/request] "${requestOptions.method} ${requestOptions.url}" is deprecated. It is scheduled to be removed on ${responseHeaders.sunset}${deprecationLink ? `. See ${deprecationLink}` : ""}`
    );
  }
  if (status === 204 || status === 205) {
    return octokitResponse;
  }
  if (requestOptions.method === "HEAD") {
    if (status < 400) {
      return octokitResponse;
    }
    throw new RequestError(fetchResponse.statusText, status, {
      response: octokitResponse,
      request: requestOptions
    });
  }
  if (status === 304) {
    octokitResponse.data = await getResponseData(fetchResponse);
    throw new RequestError("Not modified", status, {
      response: octokitResponse,
      request: requestOptions
    });
  }
  if (status >= 400) {
    octokitResponse.data = await getResponseData(fetchResponse);
    throw new RequestError(toErrorMessage(octokitResponse.data), status, {
      response: octokitResponse,
      request: requestOptions
    });
  }
  octokitResponse.data = parseSuccessResponseBody ? await getResponseData(fetchResponse) : fetchResponse.body;
  return octokitResponse;
}
async function getResponseData(response) {
  const contentType = response.headers.get("content-type");
  if (!contentType) {
    return response.text().catch(noop);
  }
  const mimetype = parse4(contentType);
  if (isJSONResponse(mimetype)) {
    let text2 = "";
    try {
      text2 = await response.text();
      return JSONParse(text2);
    } catch (err) {
      return text2;
    }
  } else if (mimetype.type.startsWith("text/") || // `application/octet-stream` is the canonical "arbitrary binary" type
  // (RFC 2046) and must never be decoded as text, even when the response
  // carries a (misleading) `charset=utf-8` parameter — see #751.
  mimetype.parameters.charset?.toLowerCase() === "utf-8" && mimetype.type !== "application/octet-stream") {
    return response.text().catch(noop);
  } else {
    return response.arrayBuffer().catch(
      /* v8 ignore next -- @preserve */
      () => new ArrayBuffer(0)
    );
  }
}
function isJSONResponse(mimetype) {
  return mimetype.type === "application/json" || mimetype.type === "application/scim+json";
}
function toErrorMessage(data) {
  if (typeof data === "string") {
    return data;
  }
  if (data instanceof ArrayBuffer) {
    return "Unknown error";
  }
  if (typeof data === "object" && data !== null && "message" in data) {
    const objectData = data;
    const suffix = "documentation_url" in objectData ? ` - ${objectData.documentation_url}` : "";
    return Array.isArray(objectData.errors) ? `${objectData.message}: ${objectData.errors.map((v) => JSON.stringify(v)).join(", ")}${suffix}` : `${objectData.message}${suffix}`;
  }
  return `Unknown error: ${JSON.stringify(data)}`;
}
function withDefaults2(oldEndpoint, newDefaults) {
  const endpoint2 = oldEndpoint.defaults(newDefaults);
  const newApi = function(route, parameters) {
    const endpointOptions = endpoint2.merge(route, parameters);
    if (!endpointOptions.request || !endpointOptions.request.hook) {
      return fetchWrapper(endpoint2.parse(endpointOptions));
    }
    const request2 = (route2, parameters2) => {
      return fetchWrapper(
        endpoint2.parse(endpoint2.merge(route2, parameters2))
      );
    };
    Object.assign(request2, {
      endpoint: endpoint2,
      defaults: withDefaults2.bind(null, endpoint2)
    });
    return endpointOptions.request.hook(request2, endpointOptions);
  };
  return Object.assign(newApi, {
    endpoint: endpoint2,
    defaults: withDefaults2.bind(null, endpoint2)
  });
}
var request = withDefaults2(endpoint, defaults_default);

// node_modules/@octokit/graphql/dist-bundle/index.js
var VERSION4 = "0.0.0-development";
function _buildMessageForResponseErrors(data) {
  return `Request failed due to following response errors:
` + data.errors.map((e) => ` - ${e.message}`).join("\n");
}
var GraphqlResponseError = class extends Error {
  constructor(request2, headers, response) {
    super(_buildMessageForResponseErrors(response));
    this.request = request2;
    this.headers = headers;
    this.response = response;
    this.errors = response.errors;
    this.data = response.data;
    if (Error.captureStackTrace) {
      Error.captureStackTrace(this, this.constructor);
    }
  }
  request;
  headers;
  response;
  name = "GraphqlResponseError";
  errors;
  data;
};
var NON_VARIABLE_OPTIONS = [
  "method",
  "baseUrl",
  "url",
  "headers",
  "request",
  "query",
  "mediaType",
  "operationName"
];
var FORBIDDEN_VARIABLE_OPTIONS = ["query", "method", "url"];
var GHES_V3_SUFFIX_REGEX = /\/api\/v3\/?$/;
function graphql(request2, query, options) {
  if (options) {
    if (typeof query === "string" && "query" in options) {
      return Promise.reject(
        new Error(`[@octokit/graphql] "query" cannot be used as variable name`)
      );
    }
    for (const key in options) {
      if (!FORBIDDEN_VARIABLE_OPTIONS.includes(key)) continue;
      return Promise.reject(
        new Error(
          `[@octokit/graphql] "${key}" cannot be used as variable name`
        )
      );
    }
  }
  const parsedOptions = typeof query === "string" ? Object.assign({ query }, options) : query;
  const requestOptions = Object.keys(
    parsedOptions
  ).reduce((result, key) => {
    if (NON_VARIABLE_OPTIONS.includes(key)) {
      result[key] = parsedOptions[key];
      return result;
    }
    if (!result.variables) {
      result.variables = {};
    }
    result.variables[key] = parsedOptions[key];
    return result;
  }, {});
  const baseUrl2 = parsedOptions.baseUrl || request2.endpoint.DEFAULTS.baseUrl;
  if (GHES_V3_SUFFIX_REGEX.test(baseUrl2)) {
    requestOptions.url = baseUrl2.replace(GHES_V3_SUFFIX_REGEX, "/api/graphql");
  }
  return request2(requestOptions).then((response) => {
    if (response.data.errors) {
      const headers = {};
      for (const key of Object.keys(response.headers)) {
        headers[key] = response.headers[key];
      }
      throw new GraphqlResponseError(
        requestOptions,
        headers,
        response.data
      );
    }
    return response.data.data;
  });
}
function withDefaults3(request2, newDefaults) {
  const newRequest = request2.defaults(newDefaults);
  const newApi = (query, options) => {
    return graphql(newRequest, query, options);
  };
  return Object.assign(newApi, {
    defaults: withDefaults3.bind(null, newRequest),
    endpoint: newRequest.endpoint
  });
}
var graphql2 = withDefaults3(request, {
  headers: {
    "user-agent": `octokit-graphql.js/${VERSION4} ${getUserAgent()}`
  },
  method: "POST",
  url: "/graphql"
});
function withCustomRequest(customRequest) {
  return withDefaults3(customRequest, {
    method: "POST",
    url: "/graphql"
  });
}

// node_modules/@octokit/auth-token/dist-bundle/index.js
var b64url = "(?:[a-zA-Z0-9_-]+)";
var sep = "\\.";
var jwtRE = new RegExp(`^${b64url}${sep}${b64url}${sep}${b64url}$`);
var isJWT = jwtRE.test.bind(jwtRE);
async function auth(token) {
  const isApp = isJWT(token);
  const isInstallation = token.startsWith("v1.") || token.startsWith("ghs_");
  const isUserToServer = token.startsWith("ghu_");
  const tokenType = isApp ? "app" : isInstallation ? "installation" : isUserToServer ? "user-to-server" : "oauth";
  return {
    type: "token",
    token,
    tokenType
  };
}
function withAuthorizationPrefix(token) {
  if (token.split(/\./).length === 3) {
    return `bearer ${token}`;
  }
  return `token ${token}`;
}
async function hook(token, request2, route, parameters) {
  const endpoint2 = request2.endpoint.merge(
    route,
    parameters
  );
  endpoint2.headers.authorization = withAuthorizationPrefix(token);
  return request2(endpoint2);
}
var createTokenAuth = function createTokenAuth2(token) {
  if (!token) {
    throw new Error("[@octokit/auth-token] No token passed to createTokenAuth");
  }
  if (typeof token !== "string") {
    throw new Error(
      "[@octokit/auth-token] Token passed to createTokenAuth is not a string"
    );
  }
  token = token.replace(/^(token|bearer) +/i, "");
  return Object.assign(auth.bind(null, token), {
    hook: hook.bind(null, token)
  });
};

// node_modules/@octokit/core/dist-src/version.js
var VERSION5 = "7.0.8";

// node_modules/@octokit/core/dist-src/index.js
var noop2 = () => {
};
var consoleWarn = console.warn.bind(console);
var consoleError = console.error.bind(console);
function createLogger(logger = {}) {
  if (typeof logger.debug !== "function") {
    logger.debug = noop2;
  }
  if (typeof logger.info !== "function") {
    logger.info = noop2;
  }
  if (typeof logger.warn !== "function") {
    logger.warn = consoleWarn;
  }
  if (typeof logger.error !== "function") {
    logger.error = consoleError;
  }
  return logger;
}
var userAgentTrail = `octokit-core.js/${VERSION5} ${getUserAgent()}`;
var Octokit = class {
  static VERSION = VERSION5;
  static defaults(defaults2) {
    const OctokitWithDefaults = class extends this {
      constructor(...args) {
        const options = args[0] || {};
        if (typeof defaults2 === "function") {
          super(defaults2(options));
          return;
        }
        super(
          Object.assign(
            {},
            defaults2,
            options,
            options.userAgent && defaults2.userAgent ? {
              userAgent: `${options.userAgent} ${defaults2.userAgent}`
            } : null
          )
        );
      }
    };
    return OctokitWithDefaults;
  }
  static plugins = [];
  /**
   * Attach a plugin (or many) to your Octokit instance.
   *
   * @example
   * const API = Octokit.plugin(plugin1, plugin2, plugin3, ...)
   */
  static plugin(...newPlugins) {
    const currentPlugins = this.plugins;
    const NewOctokit = class extends this {
      static plugins = currentPlugins.concat(
        newPlugins.filter((plugin) => !currentPlugins.includes(plugin))
      );
    };
    return NewOctokit;
  }
  constructor(options = {}) {
    const hook2 = new before_after_hook_default.Collection();
    const requestDefaults = {
      baseUrl: request.endpoint.DEFAULTS.baseUrl,
      headers: {},
      request: Object.assign({}, options.request, {
        // @ts-ignore internal usage only, no need to type
        hook: hook2.bind(null, "request")
      }),
      mediaType: {
        previews: [],
        format: ""
      }
    };
    requestDefaults.headers["user-agent"] = options.userAgent ? `${options.userAgent} ${userAgentTrail}` : userAgentTrail;
    if (options.baseUrl) {
      requestDefaults.baseUrl = options.baseUrl;
    }
    if (options.previews) {
      requestDefaults.mediaType.previews = options.previews;
    }
    if (options.timeZone) {
      requestDefaults.headers["time-zone"] = options.timeZone;
    }
    this.request = request.defaults(requestDefaults);
    this.graphql = withCustomRequest(this.request).defaults(requestDefaults);
    this.log = createLogger(options.log);
    this.hook = hook2;
    if (!options.authStrategy) {
      if (!options.auth) {
        this.auth = async () => ({
          type: "unauthenticated"
        });
      } else {
        const auth2 = createTokenAuth(options.auth);
        hook2.wrap("request", auth2.hook);
        this.auth = auth2;
      }
    } else {
      const { authStrategy, ...otherOptions } = options;
      const auth2 = authStrategy(
        Object.assign(
          {
            request: this.request,
            log: this.log,
            // we pass the current octokit instance as well as its constructor options
            // to allow for authentication strategies that return a new octokit instance
            // that shares the same internal state as the current one. The original
            // requirement for this was the "event-octokit" authentication strategy
            // of https://github.com/probot/octokit-auth-probot.
            octokit: this,
            octokitOptions: otherOptions
          },
          options.auth
        )
      );
      hook2.wrap("request", auth2.hook);
      this.auth = auth2;
    }
    const classConstructor = this.constructor;
    for (let i = 0; i < classConstructor.plugins.length; ++i) {
      Object.assign(this, classConstructor.plugins[i](this, options));
    }
  }
  // assigned during constructor
  request;
  graphql;
  log;
  hook;
  // TODO: type `octokit.auth` based on passed options.authStrategy
  auth;
};

// node_modules/@octokit/plugin-rest-endpoint-methods/dist-src/version.js
var VERSION6 = "17.0.0";

// node_modules/@octokit/plugin-rest-endpoint-methods/dist-src/generated/endpoints.js
var Endpoints = {
  actions: {
    addCustomLabelsToSelfHostedRunnerForOrg: [
      "POST /orgs/{org}/actions/runners/{runner_id}/labels"
    ],
    addCustomLabelsToSelfHostedRunnerForRepo: [
      "POST /repos/{owner}/{repo}/actions/runners/{runner_id}/labels"
    ],
    addRepoAccessToSelfHostedRunnerGroupInOrg: [
      "PUT /orgs/{org}/actions/runner-groups/{runner_group_id}/repositories/{repository_id}"
    ],
    addSelectedRepoToOrgSecret: [
      "PUT /orgs/{org}/actions/secrets/{secret_name}/repositories/{repository_id}"
    ],
    addSelectedRepoToOrgVariable: [
      "PUT /orgs/{org}/actions/variables/{name}/repositories/{repository_id}"
    ],
    approveWorkflowRun: [
      "POST /repos/{owner}/{repo}/actions/runs/{run_id}/approve"
    ],
    cancelWorkflowRun: [
      "POST /repos/{owner}/{repo}/actions/runs/{run_id}/cancel"
    ],
    createEnvironmentVariable: [
      "POST /repos/{owner}/{repo}/environments/{environment_name}/variables"
    ],
    createHostedRunnerForOrg: ["POST /orgs/{org}/actions/hosted-runners"],
    createOrUpdateEnvironmentSecret: [
      "PUT /repos/{owner}/{repo}/environments/{environment_name}/secrets/{secret_name}"
    ],
    createOrUpdateOrgSecret: ["PUT /orgs/{org}/actions/secrets/{secret_name}"],
    createOrUpdateRepoSecret: [
      "PUT /repos/{owner}/{repo}/actions/secrets/{secret_name}"
    ],
    createOrgVariable: ["POST /orgs/{org}/actions/variables"],
    createRegistrationTokenForOrg: [
      "POST /orgs/{org}/actions/runners/registration-token"
    ],
    createRegistrationTokenForRepo: [
      "POST /repos/{owner}/{repo}/actions/runners/registration-token"
    ],
    createRemoveTokenForOrg: ["POST /orgs/{org}/actions/runners/remove-token"],
    createRemoveTokenForRepo: [
      "POST /repos/{owner}/{repo}/actions/runners/remove-token"
    ],
    createRepoVariable: ["POST /repos/{owner}/{repo}/actions/variables"],
    createWorkflowDispatch: [
      "POST /repos/{owner}/{repo}/actions/workflows/{workflow_id}/dispatches"
    ],
    deleteActionsCacheById: [
      "DELETE /repos/{owner}/{repo}/actions/caches/{cache_id}"
    ],
    deleteActionsCacheByKey: [
      "DELETE /repos/{owner}/{repo}/actions/caches{?key,ref}"
    ],
    deleteArtifact: [
      "DELETE /repos/{owner}/{repo}/actions/artifacts/{artifact_id}"
    ],
    deleteCustomImageFromOrg: [
      "DELETE /orgs/{org}/actions/hosted-runners/images/custom/{image_definition_id}"
    ],
    deleteCustomImageVersionFromOrg: [
      "DELETE /orgs/{org}/actions/hosted-runners/images/custom/{image_definition_id}/versions/{version}"
    ],
    deleteEnvironmentSecret: [
      "DELETE /repos/{owner}/{repo}/environments/{environment_name}/secrets/{secret_name}"
    ],
    deleteEnvironmentVariable: [
      "DELETE /repos/{owner}/{repo}/environments/{environment_name}/variables/{name}"
    ],
    deleteHostedRunnerForOrg: [
      "DELETE /orgs/{org}/actions/hosted-runners/{hosted_runner_id}"
    ],
    deleteOrgSecret: ["DELETE /orgs/{org}/actions/secrets/{secret_name}"],
    deleteOrgVariable: ["DELETE /orgs/{org}/actions/variables/{name}"],
    deleteRepoSecret: [
      "DELETE /repos/{owner}/{repo}/actions/secrets/{secret_name}"
    ],
    deleteRepoVariable: [
      "DELETE /repos/{owner}/{repo}/actions/variables/{name}"
    ],
    deleteSelfHostedRunnerFromOrg: [
      "DELETE /orgs/{org}/actions/runners/{runner_id}"
    ],
    deleteSelfHostedRunnerFromRepo: [
      "DELETE /repos/{owner}/{repo}/actions/runners/{runner_id}"
    ],
    deleteWorkflowRun: ["DELETE /repos/{owner}/{repo}/actions/runs/{run_id}"],
    deleteWorkflowRunLogs: [
      "DELETE /repos/{owner}/{repo}/actions/runs/{run_id}/logs"
    ],
    disableSelectedRepositoryGithubActionsOrganization: [
      "DELETE /orgs/{org}/actions/permissions/repositories/{repository_id}"
    ],
    disableWorkflow: [
      "PUT /repos/{owner}/{repo}/actions/workflows/{workflow_id}/disable"
    ],
    downloadArtifact: [
      "GET /repos/{owner}/{repo}/actions/artifacts/{artifact_id}/{archive_format}"
    ],
    downloadJobLogsForWorkflowRun: [
      "GET /repos/{owner}/{repo}/actions/jobs/{job_id}/logs"
    ],
    downloadWorkflowRunAttemptLogs: [
      "GET /repos/{owner}/{repo}/actions/runs/{run_id}/attempts/{attempt_number}/logs"
    ],
    downloadWorkflowRunLogs: [
      "GET /repos/{owner}/{repo}/actions/runs/{run_id}/logs"
    ],
    enableSelectedRepositoryGithubActionsOrganization: [
      "PUT /orgs/{org}/actions/permissions/repositories/{repository_id}"
    ],
    enableWorkflow: [
      "PUT /repos/{owner}/{repo}/actions/workflows/{workflow_id}/enable"
    ],
    forceCancelWorkflowRun: [
      "POST /repos/{owner}/{repo}/actions/runs/{run_id}/force-cancel"
    ],
    generateRunnerJitconfigForOrg: [
      "POST /orgs/{org}/actions/runners/generate-jitconfig"
    ],
    generateRunnerJitconfigForRepo: [
      "POST /repos/{owner}/{repo}/actions/runners/generate-jitconfig"
    ],
    getActionsCacheList: ["GET /repos/{owner}/{repo}/actions/caches"],
    getActionsCacheUsage: ["GET /repos/{owner}/{repo}/actions/cache/usage"],
    getActionsCacheUsageByRepoForOrg: [
      "GET /orgs/{org}/actions/cache/usage-by-repository"
    ],
    getActionsCacheUsageForOrg: ["GET /orgs/{org}/actions/cache/usage"],
    getAllowedActionsOrganization: [
      "GET /orgs/{org}/actions/permissions/selected-actions"
    ],
    getAllowedActionsRepository: [
      "GET /repos/{owner}/{repo}/actions/permissions/selected-actions"
    ],
    getArtifact: ["GET /repos/{owner}/{repo}/actions/artifacts/{artifact_id}"],
    getCustomImageForOrg: [
      "GET /orgs/{org}/actions/hosted-runners/images/custom/{image_definition_id}"
    ],
    getCustomImageVersionForOrg: [
      "GET /orgs/{org}/actions/hosted-runners/images/custom/{image_definition_id}/versions/{version}"
    ],
    getCustomOidcSubClaimForRepo: [
      "GET /repos/{owner}/{repo}/actions/oidc/customization/sub"
    ],
    getEnvironmentPublicKey: [
      "GET /repos/{owner}/{repo}/environments/{environment_name}/secrets/public-key"
    ],
    getEnvironmentSecret: [
      "GET /repos/{owner}/{repo}/environments/{environment_name}/secrets/{secret_name}"
    ],
    getEnvironmentVariable: [
      "GET /repos/{owner}/{repo}/environments/{environment_name}/variables/{name}"
    ],
    getGithubActionsDefaultWorkflowPermissionsOrganization: [
      "GET /orgs/{org}/actions/permissions/workflow"
    ],
    getGithubActionsDefaultWorkflowPermissionsRepository: [
      "GET /repos/{owner}/{repo}/actions/permissions/workflow"
    ],
    getGithubActionsPermissionsOrganization: [
      "GET /orgs/{org}/actions/permissions"
    ],
    getGithubActionsPermissionsRepository: [
      "GET /repos/{owner}/{repo}/actions/permissions"
    ],
    getHostedRunnerForOrg: [
      "GET /orgs/{org}/actions/hosted-runners/{hosted_runner_id}"
    ],
    getHostedRunnersGithubOwnedImagesForOrg: [
      "GET /orgs/{org}/actions/hosted-runners/images/github-owned"
    ],
    getHostedRunnersLimitsForOrg: [
      "GET /orgs/{org}/actions/hosted-runners/limits"
    ],
    getHostedRunnersMachineSpecsForOrg: [
      "GET /orgs/{org}/actions/hosted-runners/machine-sizes"
    ],
    getHostedRunnersPartnerImagesForOrg: [
      "GET /orgs/{org}/actions/hosted-runners/images/partner"
    ],
    getHostedRunnersPlatformsForOrg: [
      "GET /orgs/{org}/actions/hosted-runners/platforms"
    ],
    getJobForWorkflowRun: ["GET /repos/{owner}/{repo}/actions/jobs/{job_id}"],
    getOrgPublicKey: ["GET /orgs/{org}/actions/secrets/public-key"],
    getOrgSecret: ["GET /orgs/{org}/actions/secrets/{secret_name}"],
    getOrgVariable: ["GET /orgs/{org}/actions/variables/{name}"],
    getPendingDeploymentsForRun: [
      "GET /repos/{owner}/{repo}/actions/runs/{run_id}/pending_deployments"
    ],
    getRepoPermissions: [
      "GET /repos/{owner}/{repo}/actions/permissions",
      {},
      { renamed: ["actions", "getGithubActionsPermissionsRepository"] }
    ],
    getRepoPublicKey: ["GET /repos/{owner}/{repo}/actions/secrets/public-key"],
    getRepoSecret: ["GET /repos/{owner}/{repo}/actions/secrets/{secret_name}"],
    getRepoVariable: ["GET /repos/{owner}/{repo}/actions/variables/{name}"],
    getReviewsForRun: [
      "GET /repos/{owner}/{repo}/actions/runs/{run_id}/approvals"
    ],
    getSelfHostedRunnerForOrg: ["GET /orgs/{org}/actions/runners/{runner_id}"],
    getSelfHostedRunnerForRepo: [
      "GET /repos/{owner}/{repo}/actions/runners/{runner_id}"
    ],
    getWorkflow: ["GET /repos/{owner}/{repo}/actions/workflows/{workflow_id}"],
    getWorkflowAccessToRepository: [
      "GET /repos/{owner}/{repo}/actions/permissions/access"
    ],
    getWorkflowRun: ["GET /repos/{owner}/{repo}/actions/runs/{run_id}"],
    getWorkflowRunAttempt: [
      "GET /repos/{owner}/{repo}/actions/runs/{run_id}/attempts/{attempt_number}"
    ],
    getWorkflowRunUsage: [
      "GET /repos/{owner}/{repo}/actions/runs/{run_id}/timing"
    ],
    getWorkflowUsage: [
      "GET /repos/{owner}/{repo}/actions/workflows/{workflow_id}/timing"
    ],
    listArtifactsForRepo: ["GET /repos/{owner}/{repo}/actions/artifacts"],
    listCustomImageVersionsForOrg: [
      "GET /orgs/{org}/actions/hosted-runners/images/custom/{image_definition_id}/versions"
    ],
    listCustomImagesForOrg: [
      "GET /orgs/{org}/actions/hosted-runners/images/custom"
    ],
    listEnvironmentSecrets: [
      "GET /repos/{owner}/{repo}/environments/{environment_name}/secrets"
    ],
    listEnvironmentVariables: [
      "GET /repos/{owner}/{repo}/environments/{environment_name}/variables"
    ],
    listGithubHostedRunnersInGroupForOrg: [
      "GET /orgs/{org}/actions/runner-groups/{runner_group_id}/hosted-runners"
    ],
    listHostedRunnersForOrg: ["GET /orgs/{org}/actions/hosted-runners"],
    listJobsForWorkflowRun: [
      "GET /repos/{owner}/{repo}/actions/runs/{run_id}/jobs"
    ],
    listJobsForWorkflowRunAttempt: [
      "GET /repos/{owner}/{repo}/actions/runs/{run_id}/attempts/{attempt_number}/jobs"
    ],
    listLabelsForSelfHostedRunnerForOrg: [
      "GET /orgs/{org}/actions/runners/{runner_id}/labels"
    ],
    listLabelsForSelfHostedRunnerForRepo: [
      "GET /repos/{owner}/{repo}/actions/runners/{runner_id}/labels"
    ],
    listOrgSecrets: ["GET /orgs/{org}/actions/secrets"],
    listOrgVariables: ["GET /orgs/{org}/actions/variables"],
    listRepoOrganizationSecrets: [
      "GET /repos/{owner}/{repo}/actions/organization-secrets"
    ],
    listRepoOrganizationVariables: [
      "GET /repos/{owner}/{repo}/actions/organization-variables"
    ],
    listRepoSecrets: ["GET /repos/{owner}/{repo}/actions/secrets"],
    listRepoVariables: ["GET /repos/{owner}/{repo}/actions/variables"],
    listRepoWorkflows: ["GET /repos/{owner}/{repo}/actions/workflows"],
    listRunnerApplicationsForOrg: ["GET /orgs/{org}/actions/runners/downloads"],
    listRunnerApplicationsForRepo: [
      "GET /repos/{owner}/{repo}/actions/runners/downloads"
    ],
    listSelectedReposForOrgSecret: [
      "GET /orgs/{org}/actions/secrets/{secret_name}/repositories"
    ],
    listSelectedReposForOrgVariable: [
      "GET /orgs/{org}/actions/variables/{name}/repositories"
    ],
    listSelectedRepositoriesEnabledGithubActionsOrganization: [
      "GET /orgs/{org}/actions/permissions/repositories"
    ],
    listSelfHostedRunnersForOrg: ["GET /orgs/{org}/actions/runners"],
    listSelfHostedRunnersForRepo: ["GET /repos/{owner}/{repo}/actions/runners"],
    listWorkflowRunArtifacts: [
      "GET /repos/{owner}/{repo}/actions/runs/{run_id}/artifacts"
    ],
    listWorkflowRuns: [
      "GET /repos/{owner}/{repo}/actions/workflows/{workflow_id}/runs"
    ],
    listWorkflowRunsForRepo: ["GET /repos/{owner}/{repo}/actions/runs"],
    reRunJobForWorkflowRun: [
      "POST /repos/{owner}/{repo}/actions/jobs/{job_id}/rerun"
    ],
    reRunWorkflow: ["POST /repos/{owner}/{repo}/actions/runs/{run_id}/rerun"],
    reRunWorkflowFailedJobs: [
      "POST /repos/{owner}/{repo}/actions/runs/{run_id}/rerun-failed-jobs"
    ],
    removeAllCustomLabelsFromSelfHostedRunnerForOrg: [
      "DELETE /orgs/{org}/actions/runners/{runner_id}/labels"
    ],
    removeAllCustomLabelsFromSelfHostedRunnerForRepo: [
      "DELETE /repos/{owner}/{repo}/actions/runners/{runner_id}/labels"
    ],
    removeCustomLabelFromSelfHostedRunnerForOrg: [
      "DELETE /orgs/{org}/actions/runners/{runner_id}/labels/{name}"
    ],
    removeCustomLabelFromSelfHostedRunnerForRepo: [
      "DELETE /repos/{owner}/{repo}/actions/runners/{runner_id}/labels/{name}"
    ],
    removeSelectedRepoFromOrgSecret: [
      "DELETE /orgs/{org}/actions/secrets/{secret_name}/repositories/{repository_id}"
    ],
    removeSelectedRepoFromOrgVariable: [
      "DELETE /orgs/{org}/actions/variables/{name}/repositories/{repository_id}"
    ],
    reviewCustomGatesForRun: [
      "POST /repos/{owner}/{repo}/actions/runs/{run_id}/deployment_protection_rule"
    ],
    reviewPendingDeploymentsForRun: [
      "POST /repos/{owner}/{repo}/actions/runs/{run_id}/pending_deployments"
    ],
    setAllowedActionsOrganization: [
      "PUT /orgs/{org}/actions/permissions/selected-actions"
    ],
    setAllowedActionsRepository: [
      "PUT /repos/{owner}/{repo}/actions/permissions/selected-actions"
    ],
    setCustomLabelsForSelfHostedRunnerForOrg: [
      "PUT /orgs/{org}/actions/runners/{runner_id}/labels"
    ],
    setCustomLabelsForSelfHostedRunnerForRepo: [
      "PUT /repos/{owner}/{repo}/actions/runners/{runner_id}/labels"
    ],
    setCustomOidcSubClaimForRepo: [
      "PUT /repos/{owner}/{repo}/actions/oidc/customization/sub"
    ],
    setGithubActionsDefaultWorkflowPermissionsOrganization: [
      "PUT /orgs/{org}/actions/permissions/workflow"
    ],
    setGithubActionsDefaultWorkflowPermissionsRepository: [
      "PUT /repos/{owner}/{repo}/actions/permissions/workflow"
    ],
    setGithubActionsPermissionsOrganization: [
      "PUT /orgs/{org}/actions/permissions"
    ],
    setGithubActionsPermissionsRepository: [
      "PUT /repos/{owner}/{repo}/actions/permissions"
    ],
    setSelectedReposForOrgSecret: [
      "PUT /orgs/{org}/actions/secrets/{secret_name}/repositories"
    ],
    setSelectedReposForOrgVariable: [
      "PUT /orgs/{org}/actions/variables/{name}/repositories"
    ],
    setSelectedRepositoriesEnabledGithubActionsOrganization: [
      "PUT /orgs/{org}/actions/permissions/repositories"
    ],
    setWorkflowAccessToRepository: [
      "PUT /repos/{owner}/{repo}/actions/permissions/access"
    ],
    updateEnvironmentVariable: [
      "PATCH /repos/{owner}/{repo}/environments/{environment_name}/variables/{name}"
    ],
    updateHostedRunnerForOrg: [
      "PATCH /orgs/{org}/actions/hosted-runners/{hosted_runner_id}"
    ],
    updateOrgVariable: ["PATCH /orgs/{org}/actions/variables/{name}"],
    updateRepoVariable: [
      "PATCH /repos/{owner}/{repo}/actions/variables/{name}"
    ]
  },
  activity: {
    checkRepoIsStarredByAuthenticatedUser: ["GET /user/starred/{owner}/{repo}"],
    deleteRepoSubscription: ["DELETE /repos/{owner}/{repo}/subscription"],
    deleteThreadSubscription: [
      "DELETE /notifications/threads/{thread_id}/subscription"
    ],
    getFeeds: ["GET /feeds"],
    getRepoSubscription: ["GET /repos/{owner}/{repo}/subscription"],
    getThread: ["GET /notifications/threads/{thread_id}"],
    getThreadSubscriptionForAuthenticatedUser: [
      "GET /notifications/threads/{thread_id}/subscription"
    ],
    listEventsForAuthenticatedUser: ["GET /users/{username}/events"],
    listNotificationsForAuthenticatedUser: ["GET /notifications"],
    listOrgEventsForAuthenticatedUser: [
      "GET /users/{username}/events/orgs/{org}"
    ],
    listPublicEvents: ["GET /events"],
    listPublicEventsForRepoNetwork: ["GET /networks/{owner}/{repo}/events"],
    listPublicEventsForUser: ["GET /users/{username}/events/public"],
    listPublicOrgEvents: ["GET /orgs/{org}/events"],
    listReceivedEventsForUser: ["GET /users/{username}/received_events"],
    listReceivedPublicEventsForUser: [
      "GET /users/{username}/received_events/public"
    ],
    listRepoEvents: ["GET /repos/{owner}/{repo}/events"],
    listRepoNotificationsForAuthenticatedUser: [
      "GET /repos/{owner}/{repo}/notifications"
    ],
    listReposStarredByAuthenticatedUser: ["GET /user/starred"],
    listReposStarredByUser: ["GET /users/{username}/starred"],
    listReposWatchedByUser: ["GET /users/{username}/subscriptions"],
    listStargazersForRepo: ["GET /repos/{owner}/{repo}/stargazers"],
    listWatchedReposForAuthenticatedUser: ["GET /user/subscriptions"],
    listWatchersForRepo: ["GET /repos/{owner}/{repo}/subscribers"],
    markNotificationsAsRead: ["PUT /notifications"],
    markRepoNotificationsAsRead: ["PUT /repos/{owner}/{repo}/notifications"],
    markThreadAsDone: ["DELETE /notifications/threads/{thread_id}"],
    markThreadAsRead: ["PATCH /notifications/threads/{thread_id}"],
    setRepoSubscription: ["PUT /repos/{owner}/{repo}/subscription"],
    setThreadSubscription: [
      "PUT /notifications/threads/{thread_id}/subscription"
    ],
    starRepoForAuthenticatedUser: ["PUT /user/starred/{owner}/{repo}"],
    unstarRepoForAuthenticatedUser: ["DELETE /user/starred/{owner}/{repo}"]
  },
  apps: {
    addRepoToInstallation: [
      "PUT /user/installations/{installation_id}/repositories/{repository_id}",
      {},
      { renamed: ["apps", "addRepoToInstallationForAuthenticatedUser"] }
    ],
    addRepoToInstallationForAuthenticatedUser: [
      "PUT /user/installations/{installation_id}/repositories/{repository_id}"
    ],
    checkToken: ["POST /applications/{client_id}/token"],
    createFromManifest: ["POST /app-manifests/{code}/conversions"],
    createInstallationAccessToken: [
      "POST /app/installations/{installation_id}/access_tokens"
    ],
    deleteAuthorization: ["DELETE /applications/{client_id}/grant"],
    deleteInstallation: ["DELETE /app/installations/{installation_id}"],
    deleteToken: ["DELETE /applications/{client_id}/token"],
    getAuthenticated: ["GET /app"],
    getBySlug: ["GET /apps/{app_slug}"],
    getInstallation: ["GET /app/installations/{installation_id}"],
    getOrgInstallation: ["GET /orgs/{org}/installation"],
    getRepoInstallation: ["GET /repos/{owner}/{repo}/installation"],
    getSubscriptionPlanForAccount: [
      "GET /marketplace_listing/accounts/{account_id}"
    ],
    getSubscriptionPlanForAccountStubbed: [
      "GET /marketplace_listing/stubbed/accounts/{account_id}"
    ],
    getUserInstallation: ["GET /users/{username}/installation"],
    getWebhookConfigForApp: ["GET /app/hook/config"],
    getWebhookDelivery: ["GET /app/hook/deliveries/{delivery_id}"],
    listAccountsForPlan: ["GET /marketplace_listing/plans/{plan_id}/accounts"],
    listAccountsForPlanStubbed: [
      "GET /marketplace_listing/stubbed/plans/{plan_id}/accounts"
    ],
    listInstallationReposForAuthenticatedUser: [
      "GET /user/installations/{installation_id}/repositories"
    ],
    listInstallationRequestsForAuthenticatedApp: [
      "GET /app/installation-requests"
    ],
    listInstallations: ["GET /app/installations"],
    listInstallationsForAuthenticatedUser: ["GET /user/installations"],
    listPlans: ["GET /marketplace_listing/plans"],
    listPlansStubbed: ["GET /marketplace_listing/stubbed/plans"],
    listReposAccessibleToInstallation: ["GET /installation/repositories"],
    listSubscriptionsForAuthenticatedUser: ["GET /user/marketplace_purchases"],
    listSubscriptionsForAuthenticatedUserStubbed: [
      "GET /user/marketplace_purchases/stubbed"
    ],
    listWebhookDeliveries: ["GET /app/hook/deliveries"],
    redeliverWebhookDelivery: [
      "POST /app/hook/deliveries/{delivery_id}/attempts"
    ],
    removeRepoFromInstallation: [
      "DELETE /user/installations/{installation_id}/repositories/{repository_id}",
      {},
      { renamed: ["apps", "removeRepoFromInstallationForAuthenticatedUser"] }
    ],
    removeRepoFromInstallationForAuthenticatedUser: [
      "DELETE /user/installations/{installation_id}/repositories/{repository_id}"
    ],
    resetToken: ["PATCH /applications/{client_id}/token"],
    revokeInstallationAccessToken: ["DELETE /installation/token"],
    scopeToken: ["POST /applications/{client_id}/token/scoped"],
    suspendInstallation: ["PUT /app/installations/{installation_id}/suspended"],
    unsuspendInstallation: [
      "DELETE /app/installations/{installation_id}/suspended"
    ],
    updateWebhookConfigForApp: ["PATCH /app/hook/config"]
  },
  billing: {
    getGithubActionsBillingOrg: ["GET /orgs/{org}/settings/billing/actions"],
    getGithubActionsBillingUser: [
      "GET /users/{username}/settings/billing/actions"
    ],
    getGithubBillingPremiumRequestUsageReportOrg: [
      "GET /organizations/{org}/settings/billing/premium_request/usage"
    ],
    getGithubBillingPremiumRequestUsageReportUser: [
      "GET /users/{username}/settings/billing/premium_request/usage"
    ],
    getGithubBillingUsageReportOrg: [
      "GET /organizations/{org}/settings/billing/usage"
    ],
    getGithubBillingUsageReportUser: [
      "GET /users/{username}/settings/billing/usage"
    ],
    getGithubPackagesBillingOrg: ["GET /orgs/{org}/settings/billing/packages"],
    getGithubPackagesBillingUser: [
      "GET /users/{username}/settings/billing/packages"
    ],
    getSharedStorageBillingOrg: [
      "GET /orgs/{org}/settings/billing/shared-storage"
    ],
    getSharedStorageBillingUser: [
      "GET /users/{username}/settings/billing/shared-storage"
    ]
  },
  campaigns: {
    createCampaign: ["POST /orgs/{org}/campaigns"],
    deleteCampaign: ["DELETE /orgs/{org}/campaigns/{campaign_number}"],
    getCampaignSummary: ["GET /orgs/{org}/campaigns/{campaign_number}"],
    listOrgCampaigns: ["GET /orgs/{org}/campaigns"],
    updateCampaign: ["PATCH /orgs/{org}/campaigns/{campaign_number}"]
  },
  checks: {
    create: ["POST /repos/{owner}/{repo}/check-runs"],
    createSuite: ["POST /repos/{owner}/{repo}/check-suites"],
    get: ["GET /repos/{owner}/{repo}/check-runs/{check_run_id}"],
    getSuite: ["GET /repos/{owner}/{repo}/check-suites/{check_suite_id}"],
    listAnnotations: [
      "GET /repos/{owner}/{repo}/check-runs/{check_run_id}/annotations"
    ],
    listForRef: ["GET /repos/{owner}/{repo}/commits/{ref}/check-runs"],
    listForSuite: [
      "GET /repos/{owner}/{repo}/check-suites/{check_suite_id}/check-runs"
    ],
    listSuitesForRef: ["GET /repos/{owner}/{repo}/commits/{ref}/check-suites"],
    rerequestRun: [
      "POST /repos/{owner}/{repo}/check-runs/{check_run_id}/rerequest"
    ],
    rerequestSuite: [
      "POST /repos/{owner}/{repo}/check-suites/{check_suite_id}/rerequest"
    ],
    setSuitesPreferences: [
      "PATCH /repos/{owner}/{repo}/check-suites/preferences"
    ],
    update: ["PATCH /repos/{owner}/{repo}/check-runs/{check_run_id}"]
  },
  codeScanning: {
    commitAutofix: [
      "POST /repos/{owner}/{repo}/code-scanning/alerts/{alert_number}/autofix/commits"
    ],
    createAutofix: [
      "POST /repos/{owner}/{repo}/code-scanning/alerts/{alert_number}/autofix"
    ],
    createVariantAnalysis: [
      "POST /repos/{owner}/{repo}/code-scanning/codeql/variant-analyses"
    ],
    deleteAnalysis: [
      "DELETE /repos/{owner}/{repo}/code-scanning/analyses/{analysis_id}{?confirm_delete}"
    ],
    deleteCodeqlDatabase: [
      "DELETE /repos/{owner}/{repo}/code-scanning/codeql/databases/{language}"
    ],
    getAlert: [
      "GET /repos/{owner}/{repo}/code-scanning/alerts/{alert_number}",
      {},
      { renamedParameters: { alert_id: "alert_number" } }
    ],
    getAnalysis: [
      "GET /repos/{owner}/{repo}/code-scanning/analyses/{analysis_id}"
    ],
    getAutofix: [
      "GET /repos/{owner}/{repo}/code-scanning/alerts/{alert_number}/autofix"
    ],
    getCodeqlDatabase: [
      "GET /repos/{owner}/{repo}/code-scanning/codeql/databases/{language}"
    ],
    getDefaultSetup: ["GET /repos/{owner}/{repo}/code-scanning/default-setup"],
    getSarif: ["GET /repos/{owner}/{repo}/code-scanning/sarifs/{sarif_id}"],
    getVariantAnalysis: [
      "GET /repos/{owner}/{repo}/code-scanning/codeql/variant-analyses/{codeql_variant_analysis_id}"
    ],
    getVariantAnalysisRepoTask: [
      "GET /repos/{owner}/{repo}/code-scanning/codeql/variant-analyses/{codeql_variant_analysis_id}/repos/{repo_owner}/{repo_name}"
    ],
    listAlertInstances: [
      "GET /repos/{owner}/{repo}/code-scanning/alerts/{alert_number}/instances"
    ],
    listAlertsForOrg: ["GET /orgs/{org}/code-scanning/alerts"],
    listAlertsForRepo: ["GET /repos/{owner}/{repo}/code-scanning/alerts"],
    listAlertsInstances: [
      "GET /repos/{owner}/{repo}/code-scanning/alerts/{alert_number}/instances",
      {},
      { renamed: ["codeScanning", "listAlertInstances"] }
    ],
    listCodeqlDatabases: [
      "GET /repos/{owner}/{repo}/code-scanning/codeql/databases"
    ],
    listRecentAnalyses: ["GET /repos/{owner}/{repo}/code-scanning/analyses"],
    updateAlert: [
      "PATCH /repos/{owner}/{repo}/code-scanning/alerts/{alert_number}"
    ],
    updateDefaultSetup: [
      "PATCH /repos/{owner}/{repo}/code-scanning/default-setup"
    ],
    uploadSarif: ["POST /repos/{owner}/{repo}/code-scanning/sarifs"]
  },
  codeSecurity: {
    attachConfiguration: [
      "POST /orgs/{org}/code-security/configurations/{configuration_id}/attach"
    ],
    attachEnterpriseConfiguration: [
      "POST /enterprises/{enterprise}/code-security/configurations/{configuration_id}/attach"
    ],
    createConfiguration: ["POST /orgs/{org}/code-security/configurations"],
    createConfigurationForEnterprise: [
      "POST /enterprises/{enterprise}/code-security/configurations"
    ],
    deleteConfiguration: [
      "DELETE /orgs/{org}/code-security/configurations/{configuration_id}"
    ],
    deleteConfigurationForEnterprise: [
      "DELETE /enterprises/{enterprise}/code-security/configurations/{configuration_id}"
    ],
    detachConfiguration: [
      "DELETE /orgs/{org}/code-security/configurations/detach"
    ],
    getConfiguration: [
      "GET /orgs/{org}/code-security/configurations/{configuration_id}"
    ],
    getConfigurationForRepository: [
      "GET /repos/{owner}/{repo}/code-security-configuration"
    ],
    getConfigurationsForEnterprise: [
      "GET /enterprises/{enterprise}/code-security/configurations"
    ],
    getConfigurationsForOrg: ["GET /orgs/{org}/code-security/configurations"],
    getDefaultConfigurations: [
      "GET /orgs/{org}/code-security/configurations/defaults"
    ],
    getDefaultConfigurationsForEnterprise: [
      "GET /enterprises/{enterprise}/code-security/configurations/defaults"
    ],
    getRepositoriesForConfiguration: [
      "GET /orgs/{org}/code-security/configurations/{configuration_id}/repositories"
    ],
    getRepositoriesForEnterpriseConfiguration: [
      "GET /enterprises/{enterprise}/code-security/configurations/{configuration_id}/repositories"
    ],
    getSingleConfigurationForEnterprise: [
      "GET /enterprises/{enterprise}/code-security/configurations/{configuration_id}"
    ],
    setConfigurationAsDefault: [
      "PUT /orgs/{org}/code-security/configurations/{configuration_id}/defaults"
    ],
    setConfigurationAsDefaultForEnterprise: [
      "PUT /enterprises/{enterprise}/code-security/configurations/{configuration_id}/defaults"
    ],
    updateConfiguration: [
      "PATCH /orgs/{org}/code-security/configurations/{configuration_id}"
    ],
    updateEnterpriseConfiguration: [
      "PATCH /enterprises/{enterprise}/code-security/configurations/{configuration_id}"
    ]
  },
  codesOfConduct: {
    getAllCodesOfConduct: ["GET /codes_of_conduct"],
    getConductCode: ["GET /codes_of_conduct/{key}"]
  },
  codespaces: {
    addRepositoryForSecretForAuthenticatedUser: [
      "PUT /user/codespaces/secrets/{secret_name}/repositories/{repository_id}"
    ],
    addSelectedRepoToOrgSecret: [
      "PUT /orgs/{org}/codespaces/secrets/{secret_name}/repositories/{repository_id}"
    ],
    checkPermissionsForDevcontainer: [
      "GET /repos/{owner}/{repo}/codespaces/permissions_check"
    ],
    codespaceMachinesForAuthenticatedUser: [
      "GET /user/codespaces/{codespace_name}/machines"
    ],
    createForAuthenticatedUser: ["POST /user/codespaces"],
    createOrUpdateOrgSecret: [
      "PUT /orgs/{org}/codespaces/secrets/{secret_name}"
    ],
    createOrUpdateRepoSecret: [
      "PUT /repos/{owner}/{repo}/codespaces/secrets/{secret_name}"
    ],
    createOrUpdateSecretForAuthenticatedUser: [
      "PUT /user/codespaces/secrets/{secret_name}"
    ],
    createWithPrForAuthenticatedUser: [
      "POST /repos/{owner}/{repo}/pulls/{pull_number}/codespaces"
    ],
    createWithRepoForAuthenticatedUser: [
      "POST /repos/{owner}/{repo}/codespaces"
    ],
    deleteForAuthenticatedUser: ["DELETE /user/codespaces/{codespace_name}"],
    deleteFromOrganization: [
      "DELETE /orgs/{org}/members/{username}/codespaces/{codespace_name}"
    ],
    deleteOrgSecret: ["DELETE /orgs/{org}/codespaces/secrets/{secret_name}"],
    deleteRepoSecret: [
      "DELETE /repos/{owner}/{repo}/codespaces/secrets/{secret_name}"
    ],
    deleteSecretForAuthenticatedUser: [
      "DELETE /user/codespaces/secrets/{secret_name}"
    ],
    exportForAuthenticatedUser: [
      "POST /user/codespaces/{codespace_name}/exports"
    ],
    getCodespacesForUserInOrg: [
      "GET /orgs/{org}/members/{username}/codespaces"
    ],
    getExportDetailsForAuthenticatedUser: [
      "GET /user/codespaces/{codespace_name}/exports/{export_id}"
    ],
    getForAuthenticatedUser: ["GET /user/codespaces/{codespace_name}"],
    getOrgPublicKey: ["GET /orgs/{org}/codespaces/secrets/public-key"],
    getOrgSecret: ["GET /orgs/{org}/codespaces/secrets/{secret_name}"],
    getPublicKeyForAuthenticatedUser: [
      "GET /user/codespaces/secrets/public-key"
    ],
    getRepoPublicKey: [
      "GET /repos/{owner}/{repo}/codespaces/secrets/public-key"
    ],
    getRepoSecret: [
      "GET /repos/{owner}/{repo}/codespaces/secrets/{secret_name}"
    ],
    getSecretForAuthenticatedUser: [
      "GET /user/codespaces/secrets/{secret_name}"
    ],
    listDevcontainersInRepositoryForAuthenticatedUser: [
      "GET /repos/{owner}/{repo}/codespaces/devcontainers"
    ],
    listForAuthenticatedUser: ["GET /user/codespaces"],
    listInOrganization: [
      "GET /orgs/{org}/codespaces",
      {},
      { renamedParameters: { org_id: "org" } }
    ],
    listInRepositoryForAuthenticatedUser: [
      "GET /repos/{owner}/{repo}/codespaces"
    ],
    listOrgSecrets: ["GET /orgs/{org}/codespaces/secrets"],
    listRepoSecrets: ["GET /repos/{owner}/{repo}/codespaces/secrets"],
    listRepositoriesForSecretForAuthenticatedUser: [
      "GET /user/codespaces/secrets/{secret_name}/repositories"
    ],
    listSecretsForAuthenticatedUser: ["GET /user/codespaces/secrets"],
    listSelectedReposForOrgSecret: [
      "GET /orgs/{org}/codespaces/secrets/{secret_name}/repositories"
    ],
    preFlightWithRepoForAuthenticatedUser: [
      "GET /repos/{owner}/{repo}/codespaces/new"
    ],
    publishForAuthenticatedUser: [
      "POST /user/codespaces/{codespace_name}/publish"
    ],
    removeRepositoryForSecretForAuthenticatedUser: [
      "DELETE /user/codespaces/secrets/{secret_name}/repositories/{repository_id}"
    ],
    removeSelectedRepoFromOrgSecret: [
      "DELETE /orgs/{org}/codespaces/secrets/{secret_name}/repositories/{repository_id}"
    ],
    repoMachinesForAuthenticatedUser: [
      "GET /repos/{owner}/{repo}/codespaces/machines"
    ],
    setRepositoriesForSecretForAuthenticatedUser: [
      "PUT /user/codespaces/secrets/{secret_name}/repositories"
    ],
    setSelectedReposForOrgSecret: [
      "PUT /orgs/{org}/codespaces/secrets/{secret_name}/repositories"
    ],
    startForAuthenticatedUser: ["POST /user/codespaces/{codespace_name}/start"],
    stopForAuthenticatedUser: ["POST /user/codespaces/{codespace_name}/stop"],
    stopInOrganization: [
      "POST /orgs/{org}/members/{username}/codespaces/{codespace_name}/stop"
    ],
    updateForAuthenticatedUser: ["PATCH /user/codespaces/{codespace_name}"]
  },
  copilot: {
    addCopilotSeatsForTeams: [
      "POST /orgs/{org}/copilot/billing/selected_teams"
    ],
    addCopilotSeatsForUsers: [
      "POST /orgs/{org}/copilot/billing/selected_users"
    ],
    cancelCopilotSeatAssignmentForTeams: [
      "DELETE /orgs/{org}/copilot/billing/selected_teams"
    ],
    cancelCopilotSeatAssignmentForUsers: [
      "DELETE /orgs/{org}/copilot/billing/selected_users"
    ],
    copilotMetricsForOrganization: ["GET /orgs/{org}/copilot/metrics"],
    copilotMetricsForTeam: ["GET /orgs/{org}/team/{team_slug}/copilot/metrics"],
    getCopilotOrganizationDetails: ["GET /orgs/{org}/copilot/billing"],
    getCopilotSeatDetailsForUser: [
      "GET /orgs/{org}/members/{username}/copilot"
    ],
    listCopilotSeats: ["GET /orgs/{org}/copilot/billing/seats"]
  },
  credentials: { revoke: ["POST /credentials/revoke"] },
  dependabot: {
    addSelectedRepoToOrgSecret: [
      "PUT /orgs/{org}/dependabot/secrets/{secret_name}/repositories/{repository_id}"
    ],
    createOrUpdateOrgSecret: [
      "PUT /orgs/{org}/dependabot/secrets/{secret_name}"
    ],
    createOrUpdateRepoSecret: [
      "PUT /repos/{owner}/{repo}/dependabot/secrets/{secret_name}"
    ],
    deleteOrgSecret: ["DELETE /orgs/{org}/dependabot/secrets/{secret_name}"],
    deleteRepoSecret: [
      "DELETE /repos/{owner}/{repo}/dependabot/secrets/{secret_name}"
    ],
    getAlert: ["GET /repos/{owner}/{repo}/dependabot/alerts/{alert_number}"],
    getOrgPublicKey: ["GET /orgs/{org}/dependabot/secrets/public-key"],
    getOrgSecret: ["GET /orgs/{org}/dependabot/secrets/{secret_name}"],
    getRepoPublicKey: [
      "GET /repos/{owner}/{repo}/dependabot/secrets/public-key"
    ],
    getRepoSecret: [
      "GET /repos/{owner}/{repo}/dependabot/secrets/{secret_name}"
    ],
    listAlertsForEnterprise: [
      "GET /enterprises/{enterprise}/dependabot/alerts"
    ],
    listAlertsForOrg: ["GET /orgs/{org}/dependabot/alerts"],
    listAlertsForRepo: ["GET /repos/{owner}/{repo}/dependabot/alerts"],
    listOrgSecrets: ["GET /orgs/{org}/dependabot/secrets"],
    listRepoSecrets: ["GET /repos/{owner}/{repo}/dependabot/secrets"],
    listSelectedReposForOrgSecret: [
      "GET /orgs/{org}/dependabot/secrets/{secret_name}/repositories"
    ],
    removeSelectedRepoFromOrgSecret: [
      "DELETE /orgs/{org}/dependabot/secrets/{secret_name}/repositories/{repository_id}"
    ],
    repositoryAccessForOrg: [
      "GET /organizations/{org}/dependabot/repository-access"
    ],
    setRepositoryAccessDefaultLevel: [
      "PUT /organizations/{org}/dependabot/repository-access/default-level"
    ],
    setSelectedReposForOrgSecret: [
      "PUT /orgs/{org}/dependabot/secrets/{secret_name}/repositories"
    ],
    updateAlert: [
      "PATCH /repos/{owner}/{repo}/dependabot/alerts/{alert_number}"
    ],
    updateRepositoryAccessForOrg: [
      "PATCH /organizations/{org}/dependabot/repository-access"
    ]
  },
  dependencyGraph: {
    createRepositorySnapshot: [
      "POST /repos/{owner}/{repo}/dependency-graph/snapshots"
    ],
    diffRange: [
      "GET /repos/{owner}/{repo}/dependency-graph/compare/{basehead}"
    ],
    exportSbom: ["GET /repos/{owner}/{repo}/dependency-graph/sbom"]
  },
  emojis: { get: ["GET /emojis"] },
  enterpriseTeamMemberships: {
    add: [
      "PUT /enterprises/{enterprise}/teams/{enterprise-team}/memberships/{username}"
    ],
    bulkAdd: [
      "POST /enterprises/{enterprise}/teams/{enterprise-team}/memberships/add"
    ],
    bulkRemove: [
      "POST /enterprises/{enterprise}/teams/{enterprise-team}/memberships/remove"
    ],
    get: [
      "GET /enterprises/{enterprise}/teams/{enterprise-team}/memberships/{username}"
    ],
    list: ["GET /enterprises/{enterprise}/teams/{enterprise-team}/memberships"],
    remove: [
      "DELETE /enterprises/{enterprise}/teams/{enterprise-team}/memberships/{username}"
    ]
  },
  enterpriseTeamOrganizations: {
    add: [
      "PUT /enterprises/{enterprise}/teams/{enterprise-team}/organizations/{org}"
    ],
    bulkAdd: [
      "POST /enterprises/{enterprise}/teams/{enterprise-team}/organizations/add"
    ],
    bulkRemove: [
      "POST /enterprises/{enterprise}/teams/{enterprise-team}/organizations/remove"
    ],
    delete: [
      "DELETE /enterprises/{enterprise}/teams/{enterprise-team}/organizations/{org}"
    ],
    getAssignment: [
      "GET /enterprises/{enterprise}/teams/{enterprise-team}/organizations/{org}"
    ],
    getAssignments: [
      "GET /enterprises/{enterprise}/teams/{enterprise-team}/organizations"
    ]
  },
  enterpriseTeams: {
    create: ["POST /enterprises/{enterprise}/teams"],
    delete: ["DELETE /enterprises/{enterprise}/teams/{team_slug}"],
    get: ["GET /enterprises/{enterprise}/teams/{team_slug}"],
    list: ["GET /enterprises/{enterprise}/teams"],
    update: ["PATCH /enterprises/{enterprise}/teams/{team_slug}"]
  },
  gists: {
    checkIsStarred: ["GET /gists/{gist_id}/star"],
    create: ["POST /gists"],
    createComment: ["POST /gists/{gist_id}/comments"],
    delete: ["DELETE /gists/{gist_id}"],
    deleteComment: ["DELETE /gists/{gist_id}/comments/{comment_id}"],
    fork: ["POST /gists/{gist_id}/forks"],
    get: ["GET /gists/{gist_id}"],
    getComment: ["GET /gists/{gist_id}/comments/{comment_id}"],
    getRevision: ["GET /gists/{gist_id}/{sha}"],
    list: ["GET /gists"],
    listComments: ["GET /gists/{gist_id}/comments"],
    listCommits: ["GET /gists/{gist_id}/commits"],
    listForUser: ["GET /users/{username}/gists"],
    listForks: ["GET /gists/{gist_id}/forks"],
    listPublic: ["GET /gists/public"],
    listStarred: ["GET /gists/starred"],
    star: ["PUT /gists/{gist_id}/star"],
    unstar: ["DELETE /gists/{gist_id}/star"],
    update: ["PATCH /gists/{gist_id}"],
    updateComment: ["PATCH /gists/{gist_id}/comments/{comment_id}"]
  },
  git: {
    createBlob: ["POST /repos/{owner}/{repo}/git/blobs"],
    createCommit: ["POST /repos/{owner}/{repo}/git/commits"],
    createRef: ["POST /repos/{owner}/{repo}/git/refs"],
    createTag: ["POST /repos/{owner}/{repo}/git/tags"],
    createTree: ["POST /repos/{owner}/{repo}/git/trees"],
    deleteRef: ["DELETE /repos/{owner}/{repo}/git/refs/{ref}"],
    getBlob: ["GET /repos/{owner}/{repo}/git/blobs/{file_sha}"],
    getCommit: ["GET /repos/{owner}/{repo}/git/commits/{commit_sha}"],
    getRef: ["GET /repos/{owner}/{repo}/git/ref/{ref}"],
    getTag: ["GET /repos/{owner}/{repo}/git/tags/{tag_sha}"],
    getTree: ["GET /repos/{owner}/{repo}/git/trees/{tree_sha}"],
    listMatchingRefs: ["GET /repos/{owner}/{repo}/git/matching-refs/{ref}"],
    updateRef: ["PATCH /repos/{owner}/{repo}/git/refs/{ref}"]
  },
  gitignore: {
    getAllTemplates: ["GET /gitignore/templates"],
    getTemplate: ["GET /gitignore/templates/{name}"]
  },
  hostedCompute: {
    createNetworkConfigurationForOrg: [
      "POST /orgs/{org}/settings/network-configurations"
    ],
    deleteNetworkConfigurationFromOrg: [
      "DELETE /orgs/{org}/settings/network-configurations/{network_configuration_id}"
    ],
    getNetworkConfigurationForOrg: [
      "GET /orgs/{org}/settings/network-configurations/{network_configuration_id}"
    ],
    getNetworkSettingsForOrg: [
      "GET /orgs/{org}/settings/network-settings/{network_settings_id}"
    ],
    listNetworkConfigurationsForOrg: [
      "GET /orgs/{org}/settings/network-configurations"
    ],
    updateNetworkConfigurationForOrg: [
      "PATCH /orgs/{org}/settings/network-configurations/{network_configuration_id}"
    ]
  },
  interactions: {
    getRestrictionsForAuthenticatedUser: ["GET /user/interaction-limits"],
    getRestrictionsForOrg: ["GET /orgs/{org}/interaction-limits"],
    getRestrictionsForRepo: ["GET /repos/{owner}/{repo}/interaction-limits"],
    getRestrictionsForYourPublicRepos: [
      "GET /user/interaction-limits",
      {},
      { renamed: ["interactions", "getRestrictionsForAuthenticatedUser"] }
    ],
    removeRestrictionsForAuthenticatedUser: ["DELETE /user/interaction-limits"],
    removeRestrictionsForOrg: ["DELETE /orgs/{org}/interaction-limits"],
    removeRestrictionsForRepo: [
      "DELETE /repos/{owner}/{repo}/interaction-limits"
    ],
    removeRestrictionsForYourPublicRepos: [
      "DELETE /user/interaction-limits",
      {},
      { renamed: ["interactions", "removeRestrictionsForAuthenticatedUser"] }
    ],
    setRestrictionsForAuthenticatedUser: ["PUT /user/interaction-limits"],
    setRestrictionsForOrg: ["PUT /orgs/{org}/interaction-limits"],
    setRestrictionsForRepo: ["PUT /repos/{owner}/{repo}/interaction-limits"],
    setRestrictionsForYourPublicRepos: [
      "PUT /user/interaction-limits",
      {},
      { renamed: ["interactions", "setRestrictionsForAuthenticatedUser"] }
    ]
  },
  issues: {
    addAssignees: [
      "POST /repos/{owner}/{repo}/issues/{issue_number}/assignees"
    ],
    addBlockedByDependency: [
      "POST /repos/{owner}/{repo}/issues/{issue_number}/dependencies/blocked_by"
    ],
    addLabels: ["POST /repos/{owner}/{repo}/issues/{issue_number}/labels"],
    addSubIssue: [
      "POST /repos/{owner}/{repo}/issues/{issue_number}/sub_issues"
    ],
    checkUserCanBeAssigned: ["GET /repos/{owner}/{repo}/assignees/{assignee}"],
    checkUserCanBeAssignedToIssue: [
      "GET /repos/{owner}/{repo}/issues/{issue_number}/assignees/{assignee}"
    ],
    create: ["POST /repos/{owner}/{repo}/issues"],
    createComment: [
      "POST /repos/{owner}/{repo}/issues/{issue_number}/comments"
    ],
    createLabel: ["POST /repos/{owner}/{repo}/labels"],
    createMilestone: ["POST /repos/{owner}/{repo}/milestones"],
    deleteComment: [
      "DELETE /repos/{owner}/{repo}/issues/comments/{comment_id}"
    ],
    deleteLabel: ["DELETE /repos/{owner}/{repo}/labels/{name}"],
    deleteMilestone: [
      "DELETE /repos/{owner}/{repo}/milestones/{milestone_number}"
    ],
    get: ["GET /repos/{owner}/{repo}/issues/{issue_number}"],
    getComment: ["GET /repos/{owner}/{repo}/issues/comments/{comment_id}"],
    getEvent: ["GET /repos/{owner}/{repo}/issues/events/{event_id}"],
    getLabel: ["GET /repos/{owner}/{repo}/labels/{name}"],
    getMilestone: ["GET /repos/{owner}/{repo}/milestones/{milestone_number}"],
    getParent: ["GET /repos/{owner}/{repo}/issues/{issue_number}/parent"],
    list: ["GET /issues"],
    listAssignees: ["GET /repos/{owner}/{repo}/assignees"],
    listComments: ["GET /repos/{owner}/{repo}/issues/{issue_number}/comments"],
    listCommentsForRepo: ["GET /repos/{owner}/{repo}/issues/comments"],
    listDependenciesBlockedBy: [
      "GET /repos/{owner}/{repo}/issues/{issue_number}/dependencies/blocked_by"
    ],
    listDependenciesBlocking: [
      "GET /repos/{owner}/{repo}/issues/{issue_number}/dependencies/blocking"
    ],
    listEvents: ["GET /repos/{owner}/{repo}/issues/{issue_number}/events"],
    listEventsForRepo: ["GET /repos/{owner}/{repo}/issues/events"],
    listEventsForTimeline: [
      "GET /repos/{owner}/{repo}/issues/{issue_number}/timeline"
    ],
    listForAuthenticatedUser: ["GET /user/issues"],
    listForOrg: ["GET /orgs/{org}/issues"],
    listForRepo: ["GET /repos/{owner}/{repo}/issues"],
    listLabelsForMilestone: [
      "GET /repos/{owner}/{repo}/milestones/{milestone_number}/labels"
    ],
    listLabelsForRepo: ["GET /repos/{owner}/{repo}/labels"],
    listLabelsOnIssue: [
      "GET /repos/{owner}/{repo}/issues/{issue_number}/labels"
    ],
    listMilestones: ["GET /repos/{owner}/{repo}/milestones"],
    listSubIssues: [
      "GET /repos/{owner}/{repo}/issues/{issue_number}/sub_issues"
    ],
    lock: ["PUT /repos/{owner}/{repo}/issues/{issue_number}/lock"],
    removeAllLabels: [
      "DELETE /repos/{owner}/{repo}/issues/{issue_number}/labels"
    ],
    removeAssignees: [
      "DELETE /repos/{owner}/{repo}/issues/{issue_number}/assignees"
    ],
    removeDependencyBlockedBy: [
      "DELETE /repos/{owner}/{repo}/issues/{issue_number}/dependencies/blocked_by/{issue_id}"
    ],
    removeLabel: [
      "DELETE /repos/{owner}/{repo}/issues/{issue_number}/labels/{name}"
    ],
    removeSubIssue: [
      "DELETE /repos/{owner}/{repo}/issues/{issue_number}/sub_issue"
    ],
    reprioritizeSubIssue: [
      "PATCH /repos/{owner}/{repo}/issues/{issue_number}/sub_issues/priority"
    ],
    setLabels: ["PUT /repos/{owner}/{repo}/issues/{issue_number}/labels"],
    unlock: ["DELETE /repos/{owner}/{repo}/issues/{issue_number}/lock"],
    update: ["PATCH /repos/{owner}/{repo}/issues/{issue_number}"],
    updateComment: ["PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}"],
    updateLabel: ["PATCH /repos/{owner}/{repo}/labels/{name}"],
    updateMilestone: [
      "PATCH /repos/{owner}/{repo}/milestones/{milestone_number}"
    ]
  },
  licenses: {
    get: ["GET /licenses/{license}"],
    getAllCommonlyUsed: ["GET /licenses"],
    getForRepo: ["GET /repos/{owner}/{repo}/license"]
  },
  markdown: {
    render: ["POST /markdown"],
    renderRaw: [
      "POST /markdown/raw",
      { headers: { "content-type": "text/plain; charset=utf-8" } }
    ]
  },
  meta: {
    get: ["GET /meta"],
    getAllVersions: ["GET /versions"],
    getOctocat: ["GET /octocat"],
    getZen: ["GET /zen"],
    root: ["GET /"]
  },
  migrations: {
    deleteArchiveForAuthenticatedUser: [
      "DELETE /user/migrations/{migration_id}/archive"
    ],
    deleteArchiveForOrg: [
      "DELETE /orgs/{org}/migrations/{migration_id}/archive"
    ],
    downloadArchiveForOrg: [
      "GET /orgs/{org}/migrations/{migration_id}/archive"
    ],
    getArchiveForAuthenticatedUser: [
      "GET /user/migrations/{migration_id}/archive"
    ],
    getStatusForAuthenticatedUser: ["GET /user/migrations/{migration_id}"],
    getStatusForOrg: ["GET /orgs/{org}/migrations/{migration_id}"],
    listForAuthenticatedUser: ["GET /user/migrations"],
    listForOrg: ["GET /orgs/{org}/migrations"],
    listReposForAuthenticatedUser: [
      "GET /user/migrations/{migration_id}/repositories"
    ],
    listReposForOrg: ["GET /orgs/{org}/migrations/{migration_id}/repositories"],
    listReposForUser: [
      "GET /user/migrations/{migration_id}/repositories",
      {},
      { renamed: ["migrations", "listReposForAuthenticatedUser"] }
    ],
    startForAuthenticatedUser: ["POST /user/migrations"],
    startForOrg: ["POST /orgs/{org}/migrations"],
    unlockRepoForAuthenticatedUser: [
      "DELETE /user/migrations/{migration_id}/repos/{repo_name}/lock"
    ],
    unlockRepoForOrg: [
      "DELETE /orgs/{org}/migrations/{migration_id}/repos/{repo_name}/lock"
    ]
  },
  oidc: {
    getOidcCustomSubTemplateForOrg: [
      "GET /orgs/{org}/actions/oidc/customization/sub"
    ],
    updateOidcCustomSubTemplateForOrg: [
      "PUT /orgs/{org}/actions/oidc/customization/sub"
    ]
  },
  orgs: {
    addSecurityManagerTeam: [
      "PUT /orgs/{org}/security-managers/teams/{team_slug}",
      {},
      {
        deprecated: "octokit.rest.orgs.addSecurityManagerTeam() is deprecated, see https://docs.github.com/rest/orgs/security-managers#add-a-security-manager-team"
      }
    ],
    assignTeamToOrgRole: [
      "PUT /orgs/{org}/organization-roles/teams/{team_slug}/{role_id}"
    ],
    assignUserToOrgRole: [
      "PUT /orgs/{org}/organization-roles/users/{username}/{role_id}"
    ],
    blockUser: ["PUT /orgs/{org}/blocks/{username}"],
    cancelInvitation: ["DELETE /orgs/{org}/invitations/{invitation_id}"],
    checkBlockedUser: ["GET /orgs/{org}/blocks/{username}"],
    checkMembershipForUser: ["GET /orgs/{org}/members/{username}"],
    checkPublicMembershipForUser: ["GET /orgs/{org}/public_members/{username}"],
    convertMemberToOutsideCollaborator: [
      "PUT /orgs/{org}/outside_collaborators/{username}"
    ],
    createArtifactStorageRecord: [
      "POST /orgs/{org}/artifacts/metadata/storage-record"
    ],
    createInvitation: ["POST /orgs/{org}/invitations"],
    createIssueType: ["POST /orgs/{org}/issue-types"],
    createWebhook: ["POST /orgs/{org}/hooks"],
    customPropertiesForOrgsCreateOrUpdateOrganizationValues: [
      "PATCH /organizations/{org}/org-properties/values"
    ],
    customPropertiesForOrgsGetOrganizationValues: [
      "GET /organizations/{org}/org-properties/values"
    ],
    customPropertiesForReposCreateOrUpdateOrganizationDefinition: [
      "PUT /orgs/{org}/properties/schema/{custom_property_name}"
    ],
    customPropertiesForReposCreateOrUpdateOrganizationDefinitions: [
      "PATCH /orgs/{org}/properties/schema"
    ],
    customPropertiesForReposCreateOrUpdateOrganizationValues: [
      "PATCH /orgs/{org}/properties/values"
    ],
    customPropertiesForReposDeleteOrganizationDefinition: [
      "DELETE /orgs/{org}/properties/schema/{custom_property_name}"
    ],
    customPropertiesForReposGetOrganizationDefinition: [
      "GET /orgs/{org}/properties/schema/{custom_property_name}"
    ],
    customPropertiesForReposGetOrganizationDefinitions: [
      "GET /orgs/{org}/properties/schema"
    ],
    customPropertiesForReposGetOrganizationValues: [
      "GET /orgs/{org}/properties/values"
    ],
    delete: ["DELETE /orgs/{org}"],
    deleteAttestationsBulk: ["POST /orgs/{org}/attestations/delete-request"],
    deleteAttestationsById: [
      "DELETE /orgs/{org}/attestations/{attestation_id}"
    ],
    deleteAttestationsBySubjectDigest: [
      "DELETE /orgs/{org}/attestations/digest/{subject_digest}"
    ],
    deleteIssueType: ["DELETE /orgs/{org}/issue-types/{issue_type_id}"],
    deleteWebhook: ["DELETE /orgs/{org}/hooks/{hook_id}"],
    disableSelectedRepositoryImmutableReleasesOrganization: [
      "DELETE /orgs/{org}/settings/immutable-releases/repositories/{repository_id}"
    ],
    enableSelectedRepositoryImmutableReleasesOrganization: [
      "PUT /orgs/{org}/settings/immutable-releases/repositories/{repository_id}"
    ],
    get: ["GET /orgs/{org}"],
    getImmutableReleasesSettings: [
      "GET /orgs/{org}/settings/immutable-releases"
    ],
    getImmutableReleasesSettingsRepositories: [
      "GET /orgs/{org}/settings/immutable-releases/repositories"
    ],
    getMembershipForAuthenticatedUser: ["GET /user/memberships/orgs/{org}"],
    getMembershipForUser: ["GET /orgs/{org}/memberships/{username}"],
    getOrgRole: ["GET /orgs/{org}/organization-roles/{role_id}"],
    getOrgRulesetHistory: ["GET /orgs/{org}/rulesets/{ruleset_id}/history"],
    getOrgRulesetVersion: [
      "GET /orgs/{org}/rulesets/{ruleset_id}/history/{version_id}"
    ],
    getWebhook: ["GET /orgs/{org}/hooks/{hook_id}"],
    getWebhookConfigForOrg: ["GET /orgs/{org}/hooks/{hook_id}/config"],
    getWebhookDelivery: [
      "GET /orgs/{org}/hooks/{hook_id}/deliveries/{delivery_id}"
    ],
    list: ["GET /organizations"],
    listAppInstallations: ["GET /orgs/{org}/installations"],
    listArtifactStorageRecords: [
      "GET /orgs/{org}/artifacts/{subject_digest}/metadata/storage-records"
    ],
    listAttestationRepositories: ["GET /orgs/{org}/attestations/repositories"],
    listAttestations: ["GET /orgs/{org}/attestations/{subject_digest}"],
    listAttestationsBulk: [
      "POST /orgs/{org}/attestations/bulk-list{?per_page,before,after}"
    ],
    listBlockedUsers: ["GET /orgs/{org}/blocks"],
    listFailedInvitations: ["GET /orgs/{org}/failed_invitations"],
    listForAuthenticatedUser: ["GET /user/orgs"],
    listForUser: ["GET /users/{username}/orgs"],
    listInvitationTeams: ["GET /orgs/{org}/invitations/{invitation_id}/teams"],
    listIssueTypes: ["GET /orgs/{org}/issue-types"],
    listMembers: ["GET /orgs/{org}/members"],
    listMembershipsForAuthenticatedUser: ["GET /user/memberships/orgs"],
    listOrgRoleTeams: ["GET /orgs/{org}/organization-roles/{role_id}/teams"],
    listOrgRoleUsers: ["GET /orgs/{org}/organization-roles/{role_id}/users"],
    listOrgRoles: ["GET /orgs/{org}/organization-roles"],
    listOrganizationFineGrainedPermissions: [
      "GET /orgs/{org}/organization-fine-grained-permissions"
    ],
    listOutsideCollaborators: ["GET /orgs/{org}/outside_collaborators"],
    listPatGrantRepositories: [
      "GET /orgs/{org}/personal-access-tokens/{pat_id}/repositories"
    ],
    listPatGrantRequestRepositories: [
      "GET /orgs/{org}/personal-access-token-requests/{pat_request_id}/repositories"
    ],
    listPatGrantRequests: ["GET /orgs/{org}/personal-access-token-requests"],
    listPatGrants: ["GET /orgs/{org}/personal-access-tokens"],
    listPendingInvitations: ["GET /orgs/{org}/invitations"],
    listPublicMembers: ["GET /orgs/{org}/public_members"],
    listSecurityManagerTeams: [
      "GET /orgs/{org}/security-managers",
      {},
      {
        deprecated: "octokit.rest.orgs.listSecurityManagerTeams() is deprecated, see https://docs.github.com/rest/orgs/security-managers#list-security-manager-teams"
      }
    ],
    listWebhookDeliveries: ["GET /orgs/{org}/hooks/{hook_id}/deliveries"],
    listWebhooks: ["GET /orgs/{org}/hooks"],
    pingWebhook: ["POST /orgs/{org}/hooks/{hook_id}/pings"],
    redeliverWebhookDelivery: [
      "POST /orgs/{org}/hooks/{hook_id}/deliveries/{delivery_id}/attempts"
    ],
    removeMember: ["DELETE /orgs/{org}/members/{username}"],
    removeMembershipForUser: ["DELETE /orgs/{org}/memberships/{username}"],
    removeOutsideCollaborator: [
      "DELETE /orgs/{org}/outside_collaborators/{username}"
    ],
    removePublicMembershipForAuthenticatedUser: [
      "DELETE /orgs/{org}/public_members/{username}"
    ],
    removeSecurityManagerTeam: [
      "DELETE /orgs/{org}/security-managers/teams/{team_slug}",
      {},
      {
        deprecated: "octokit.rest.orgs.removeSecurityManagerTeam() is deprecated, see https://docs.github.com/rest/orgs/security-managers#remove-a-security-manager-team"
      }
    ],
    reviewPatGrantRequest: [
      "POST /orgs/{org}/personal-access-token-requests/{pat_request_id}"
    ],
    reviewPatGrantRequestsInBulk: [
      "POST /orgs/{org}/personal-access-token-requests"
    ],
    revokeAllOrgRolesTeam: [
      "DELETE /orgs/{org}/organization-roles/teams/{team_slug}"
    ],
    revokeAllOrgRolesUser: [
      "DELETE /orgs/{org}/organization-roles/users/{username}"
    ],
    revokeOrgRoleTeam: [
      "DELETE /orgs/{org}/organization-roles/teams/{team_slug}/{role_id}"
    ],
    revokeOrgRoleUser: [
      "DELETE /orgs/{org}/organization-roles/users/{username}/{role_id}"
    ],
    setImmutableReleasesSettings: [
      "PUT /orgs/{org}/settings/immutable-releases"
    ],
    setImmutableReleasesSettingsRepositories: [
      "PUT /orgs/{org}/settings/immutable-releases/repositories"
    ],
    setMembershipForUser: ["PUT /orgs/{org}/memberships/{username}"],
    setPublicMembershipForAuthenticatedUser: [
      "PUT /orgs/{org}/public_members/{username}"
    ],
    unblockUser: ["DELETE /orgs/{org}/blocks/{username}"],
    update: ["PATCH /orgs/{org}"],
    updateIssueType: ["PUT /orgs/{org}/issue-types/{issue_type_id}"],
    updateMembershipForAuthenticatedUser: [
      "PATCH /user/memberships/orgs/{org}"
    ],
    updatePatAccess: ["POST /orgs/{org}/personal-access-tokens/{pat_id}"],
    updatePatAccesses: ["POST /orgs/{org}/personal-access-tokens"],
    updateWebhook: ["PATCH /orgs/{org}/hooks/{hook_id}"],
    updateWebhookConfigForOrg: ["PATCH /orgs/{org}/hooks/{hook_id}/config"]
  },
  packages: {
    deletePackageForAuthenticatedUser: [
      "DELETE /user/packages/{package_type}/{package_name}"
    ],
    deletePackageForOrg: [
      "DELETE /orgs/{org}/packages/{package_type}/{package_name}"
    ],
    deletePackageForUser: [
      "DELETE /users/{username}/packages/{package_type}/{package_name}"
    ],
    deletePackageVersionForAuthenticatedUser: [
      "DELETE /user/packages/{package_type}/{package_name}/versions/{package_version_id}"
    ],
    deletePackageVersionForOrg: [
      "DELETE /orgs/{org}/packages/{package_type}/{package_name}/versions/{package_version_id}"
    ],
    deletePackageVersionForUser: [
      "DELETE /users/{username}/packages/{package_type}/{package_name}/versions/{package_version_id}"
    ],
    getAllPackageVersionsForAPackageOwnedByAnOrg: [
      "GET /orgs/{org}/packages/{package_type}/{package_name}/versions",
      {},
      { renamed: ["packages", "getAllPackageVersionsForPackageOwnedByOrg"] }
    ],
    getAllPackageVersionsForAPackageOwnedByTheAuthenticatedUser: [
      "GET /user/packages/{package_type}/{package_name}/versions",
      {},
      {
        renamed: [
          "packages",
          "getAllPackageVersionsForPackageOwnedByAuthenticatedUser"
        ]
      }
    ],
    getAllPackageVersionsForPackageOwnedByAuthenticatedUser: [
      "GET /user/packages/{package_type}/{package_name}/versions"
    ],
    getAllPackageVersionsForPackageOwnedByOrg: [
      "GET /orgs/{org}/packages/{package_type}/{package_name}/versions"
    ],
    getAllPackageVersionsForPackageOwnedByUser: [
      "GET /users/{username}/packages/{package_type}/{package_name}/versions"
    ],
    getPackageForAuthenticatedUser: [
      "GET /user/packages/{package_type}/{package_name}"
    ],
    getPackageForOrganization: [
      "GET /orgs/{org}/packages/{package_type}/{package_name}"
    ],
    getPackageForUser: [
      "GET /users/{username}/packages/{package_type}/{package_name}"
    ],
    getPackageVersionForAuthenticatedUser: [
      "GET /user/packages/{package_type}/{package_name}/versions/{package_version_id}"
    ],
    getPackageVersionForOrganization: [
      "GET /orgs/{org}/packages/{package_type}/{package_name}/versions/{package_version_id}"
    ],
    getPackageVersionForUser: [
      "GET /users/{username}/packages/{package_type}/{package_name}/versions/{package_version_id}"
    ],
    listDockerMigrationConflictingPackagesForAuthenticatedUser: [
      "GET /user/docker/conflicts"
    ],
    listDockerMigrationConflictingPackagesForOrganization: [
      "GET /orgs/{org}/docker/conflicts"
    ],
    listDockerMigrationConflictingPackagesForUser: [
      "GET /users/{username}/docker/conflicts"
    ],
    listPackagesForAuthenticatedUser: ["GET /user/packages"],
    listPackagesForOrganization: ["GET /orgs/{org}/packages"],
    listPackagesForUser: ["GET /users/{username}/packages"],
    restorePackageForAuthenticatedUser: [
      "POST /user/packages/{package_type}/{package_name}/restore{?token}"
    ],
    restorePackageForOrg: [
      "POST /orgs/{org}/packages/{package_type}/{package_name}/restore{?token}"
    ],
    restorePackageForUser: [
      "POST /users/{username}/packages/{package_type}/{package_name}/restore{?token}"
    ],
    restorePackageVersionForAuthenticatedUser: [
      "POST /user/packages/{package_type}/{package_name}/versions/{package_version_id}/restore"
    ],
    restorePackageVersionForOrg: [
      "POST /orgs/{org}/packages/{package_type}/{package_name}/versions/{package_version_id}/restore"
    ],
    restorePackageVersionForUser: [
      "POST /users/{username}/packages/{package_type}/{package_name}/versions/{package_version_id}/restore"
    ]
  },
  privateRegistries: {
    createOrgPrivateRegistry: ["POST /orgs/{org}/private-registries"],
    deleteOrgPrivateRegistry: [
      "DELETE /orgs/{org}/private-registries/{secret_name}"
    ],
    getOrgPrivateRegistry: ["GET /orgs/{org}/private-registries/{secret_name}"],
    getOrgPublicKey: ["GET /orgs/{org}/private-registries/public-key"],
    listOrgPrivateRegistries: ["GET /orgs/{org}/private-registries"],
    updateOrgPrivateRegistry: [
      "PATCH /orgs/{org}/private-registries/{secret_name}"
    ]
  },
  projects: {
    addItemForOrg: ["POST /orgs/{org}/projectsV2/{project_number}/items"],
    addItemForUser: [
      "POST /users/{username}/projectsV2/{project_number}/items"
    ],
    deleteItemForOrg: [
      "DELETE /orgs/{org}/projectsV2/{project_number}/items/{item_id}"
    ],
    deleteItemForUser: [
      "DELETE /users/{username}/projectsV2/{project_number}/items/{item_id}"
    ],
    getFieldForOrg: [
      "GET /orgs/{org}/projectsV2/{project_number}/fields/{field_id}"
    ],
    getFieldForUser: [
      "GET /users/{username}/projectsV2/{project_number}/fields/{field_id}"
    ],
    getForOrg: ["GET /orgs/{org}/projectsV2/{project_number}"],
    getForUser: ["GET /users/{username}/projectsV2/{project_number}"],
    getOrgItem: ["GET /orgs/{org}/projectsV2/{project_number}/items/{item_id}"],
    getUserItem: [
      "GET /users/{username}/projectsV2/{project_number}/items/{item_id}"
    ],
    listFieldsForOrg: ["GET /orgs/{org}/projectsV2/{project_number}/fields"],
    listFieldsForUser: [
      "GET /users/{username}/projectsV2/{project_number}/fields"
    ],
    listForOrg: ["GET /orgs/{org}/projectsV2"],
    listForUser: ["GET /users/{username}/projectsV2"],
    listItemsForOrg: ["GET /orgs/{org}/projectsV2/{project_number}/items"],
    listItemsForUser: [
      "GET /users/{username}/projectsV2/{project_number}/items"
    ],
    updateItemForOrg: [
      "PATCH /orgs/{org}/projectsV2/{project_number}/items/{item_id}"
    ],
    updateItemForUser: [
      "PATCH /users/{username}/projectsV2/{project_number}/items/{item_id}"
    ]
  },
  pulls: {
    checkIfMerged: ["GET /repos/{owner}/{repo}/pulls/{pull_number}/merge"],
    create: ["POST /repos/{owner}/{repo}/pulls"],
    createReplyForReviewComment: [
      "POST /repos/{owner}/{repo}/pulls/{pull_number}/comments/{comment_id}/replies"
    ],
    createReview: ["POST /repos/{owner}/{repo}/pulls/{pull_number}/reviews"],
    createReviewComment: [
      "POST /repos/{owner}/{repo}/pulls/{pull_number}/comments"
    ],
    deletePendingReview: [
      "DELETE /repos/{owner}/{repo}/pulls/{pull_number}/reviews/{review_id}"
    ],
    deleteReviewComment: [
      "DELETE /repos/{owner}/{repo}/pulls/comments/{comment_id}"
    ],
    dismissReview: [
      "PUT /repos/{owner}/{repo}/pulls/{pull_number}/reviews/{review_id}/dismissals"
    ],
    get: ["GET /repos/{owner}/{repo}/pulls/{pull_number}"],
    getReview: [
      "GET /repos/{owner}/{repo}/pulls/{pull_number}/reviews/{review_id}"
    ],
    getReviewComment: ["GET /repos/{owner}/{repo}/pulls/comments/{comment_id}"],
    list: ["GET /repos/{owner}/{repo}/pulls"],
    listCommentsForReview: [
      "GET /repos/{owner}/{repo}/pulls/{pull_number}/reviews/{review_id}/comments"
    ],
    listCommits: ["GET /repos/{owner}/{repo}/pulls/{pull_number}/commits"],
    listFiles: ["GET /repos/{owner}/{repo}/pulls/{pull_number}/files"],
    listRequestedReviewers: [
      "GET /repos/{owner}/{repo}/pulls/{pull_number}/requested_reviewers"
    ],
    listReviewComments: [
      "GET /repos/{owner}/{repo}/pulls/{pull_number}/comments"
    ],
    listReviewCommentsForRepo: ["GET /repos/{owner}/{repo}/pulls/comments"],
    listReviews: ["GET /repos/{owner}/{repo}/pulls/{pull_number}/reviews"],
    merge: ["PUT /repos/{owner}/{repo}/pulls/{pull_number}/merge"],
    removeRequestedReviewers: [
      "DELETE /repos/{owner}/{repo}/pulls/{pull_number}/requested_reviewers"
    ],
    requestReviewers: [
      "POST /repos/{owner}/{repo}/pulls/{pull_number}/requested_reviewers"
    ],
    submitReview: [
      "POST /repos/{owner}/{repo}/pulls/{pull_number}/reviews/{review_id}/events"
    ],
    update: ["PATCH /repos/{owner}/{repo}/pulls/{pull_number}"],
    updateBranch: [
      "PUT /repos/{owner}/{repo}/pulls/{pull_number}/update-branch"
    ],
    updateReview: [
      "PUT /repos/{owner}/{repo}/pulls/{pull_number}/reviews/{review_id}"
    ],
    updateReviewComment: [
      "PATCH /repos/{owner}/{repo}/pulls/comments/{comment_id}"
    ]
  },
  rateLimit: { get: ["GET /rate_limit"] },
  reactions: {
    createForCommitComment: [
      "POST /repos/{owner}/{repo}/comments/{comment_id}/reactions"
    ],
    createForIssue: [
      "POST /repos/{owner}/{repo}/issues/{issue_number}/reactions"
    ],
    createForIssueComment: [
      "POST /repos/{owner}/{repo}/issues/comments/{comment_id}/reactions"
    ],
    createForPullRequestReviewComment: [
      "POST /repos/{owner}/{repo}/pulls/comments/{comment_id}/reactions"
    ],
    createForRelease: [
      "POST /repos/{owner}/{repo}/releases/{release_id}/reactions"
    ],
    createForTeamDiscussionCommentInOrg: [
      "POST /orgs/{org}/teams/{team_slug}/discussions/{discussion_number}/comments/{comment_number}/reactions"
    ],
    createForTeamDiscussionInOrg: [
      "POST /orgs/{org}/teams/{team_slug}/discussions/{discussion_number}/reactions"
    ],
    deleteForCommitComment: [
      "DELETE /repos/{owner}/{repo}/comments/{comment_id}/reactions/{reaction_id}"
    ],
    deleteForIssue: [
      "DELETE /repos/{owner}/{repo}/issues/{issue_number}/reactions/{reaction_id}"
    ],
    deleteForIssueComment: [
      "DELETE /repos/{owner}/{repo}/issues/comments/{comment_id}/reactions/{reaction_id}"
    ],
    deleteForPullRequestComment: [
      "DELETE /repos/{owner}/{repo}/pulls/comments/{comment_id}/reactions/{reaction_id}"
    ],
    deleteForRelease: [
      "DELETE /repos/{owner}/{repo}/releases/{release_id}/reactions/{reaction_id}"
    ],
    deleteForTeamDiscussion: [
      "DELETE /orgs/{org}/teams/{team_slug}/discussions/{discussion_number}/reactions/{reaction_id}"
    ],
    deleteForTeamDiscussionComment: [
      "DELETE /orgs/{org}/teams/{team_slug}/discussions/{discussion_number}/comments/{comment_number}/reactions/{reaction_id}"
    ],
    listForCommitComment: [
      "GET /repos/{owner}/{repo}/comments/{comment_id}/reactions"
    ],
    listForIssue: ["GET /repos/{owner}/{repo}/issues/{issue_number}/reactions"],
    listForIssueComment: [
      "GET /repos/{owner}/{repo}/issues/comments/{comment_id}/reactions"
    ],
    listForPullRequestReviewComment: [
      "GET /repos/{owner}/{repo}/pulls/comments/{comment_id}/reactions"
    ],
    listForRelease: [
      "GET /repos/{owner}/{repo}/releases/{release_id}/reactions"
    ],
    listForTeamDiscussionCommentInOrg: [
      "GET /orgs/{org}/teams/{team_slug}/discussions/{discussion_number}/comments/{comment_number}/reactions"
    ],
    listForTeamDiscussionInOrg: [
      "GET /orgs/{org}/teams/{team_slug}/discussions/{discussion_number}/reactions"
    ]
  },
  repos: {
    acceptInvitation: [
      "PATCH /user/repository_invitations/{invitation_id}",
      {},
      { renamed: ["repos", "acceptInvitationForAuthenticatedUser"] }
    ],
    acceptInvitationForAuthenticatedUser: [
      "PATCH /user/repository_invitations/{invitation_id}"
    ],
    addAppAccessRestrictions: [
      "POST /repos/{owner}/{repo}/branches/{branch}/protection/restrictions/apps",
      {},
      { mapToData: "apps" }
    ],
    addCollaborator: ["PUT /repos/{owner}/{repo}/collaborators/{username}"],
    addStatusCheckContexts: [
      "POST /repos/{owner}/{repo}/branches/{branch}/protection/required_status_checks/contexts",
      {},
      { mapToData: "contexts" }
    ],
    addTeamAccessRestrictions: [
      "POST /repos/{owner}/{repo}/branches/{branch}/protection/restrictions/teams",
      {},
      { mapToData: "teams" }
    ],
    addUserAccessRestrictions: [
      "POST /repos/{owner}/{repo}/branches/{branch}/protection/restrictions/users",
      {},
      { mapToData: "users" }
    ],
    cancelPagesDeployment: [
      "POST /repos/{owner}/{repo}/pages/deployments/{pages_deployment_id}/cancel"
    ],
    checkAutomatedSecurityFixes: [
      "GET /repos/{owner}/{repo}/automated-security-fixes"
    ],
    checkCollaborator: ["GET /repos/{owner}/{repo}/collaborators/{username}"],
    checkImmutableReleases: ["GET /repos/{owner}/{repo}/immutable-releases"],
    checkPrivateVulnerabilityReporting: [
      "GET /repos/{owner}/{repo}/private-vulnerability-reporting"
    ],
    checkVulnerabilityAlerts: [
      "GET /repos/{owner}/{repo}/vulnerability-alerts"
    ],
    codeownersErrors: ["GET /repos/{owner}/{repo}/codeowners/errors"],
    compareCommits: ["GET /repos/{owner}/{repo}/compare/{base}...{head}"],
    compareCommitsWithBasehead: [
      "GET /repos/{owner}/{repo}/compare/{basehead}"
    ],
    createAttestation: ["POST /repos/{owner}/{repo}/attestations"],
    createAutolink: ["POST /repos/{owner}/{repo}/autolinks"],
    createCommitComment: [
      "POST /repos/{owner}/{repo}/commits/{commit_sha}/comments"
    ],
    createCommitSignatureProtection: [
      "POST /repos/{owner}/{repo}/branches/{branch}/protection/required_signatures"
    ],
    createCommitStatus: ["POST /repos/{owner}/{repo}/statuses/{sha}"],
    createDeployKey: ["POST /repos/{owner}/{repo}/keys"],
    createDeployment: ["POST /repos/{owner}/{repo}/deployments"],
    createDeploymentBranchPolicy: [
      "POST /repos/{owner}/{repo}/environments/{environment_name}/deployment-branch-policies"
    ],
    createDeploymentProtectionRule: [
      "POST /repos/{owner}/{repo}/environments/{environment_name}/deployment_protection_rules"
    ],
    createDeploymentStatus: [
      "POST /repos/{owner}/{repo}/deployments/{deployment_id}/statuses"
    ],
    createDispatchEvent: ["POST /repos/{owner}/{repo}/dispatches"],
    createForAuthenticatedUser: ["POST /user/repos"],
    createFork: ["POST /repos/{owner}/{repo}/forks"],
    createInOrg: ["POST /orgs/{org}/repos"],
    createOrUpdateEnvironment: [
      "PUT /repos/{owner}/{repo}/environments/{environment_name}"
    ],
    createOrUpdateFileContents: ["PUT /repos/{owner}/{repo}/contents/{path}"],
    createOrgRuleset: ["POST /orgs/{org}/rulesets"],
    createPagesDeployment: ["POST /repos/{owner}/{repo}/pages/deployments"],
    createPagesSite: ["POST /repos/{owner}/{repo}/pages"],
    createRelease: ["POST /repos/{owner}/{repo}/releases"],
    createRepoRuleset: ["POST /repos/{owner}/{repo}/rulesets"],
    createUsingTemplate: [
      "POST /repos/{template_owner}/{template_repo}/generate"
    ],
    createWebhook: ["POST /repos/{owner}/{repo}/hooks"],
    customPropertiesForReposCreateOrUpdateRepositoryValues: [
      "PATCH /repos/{owner}/{repo}/properties/values"
    ],
    customPropertiesForReposGetRepositoryValues: [
      "GET /repos/{owner}/{repo}/properties/values"
    ],
    declineInvitation: [
      "DELETE /user/repository_invitations/{invitation_id}",
      {},
      { renamed: ["repos", "declineInvitationForAuthenticatedUser"] }
    ],
    declineInvitationForAuthenticatedUser: [
      "DELETE /user/repository_invitations/{invitation_id}"
    ],
    delete: ["DELETE /repos/{owner}/{repo}"],
    deleteAccessRestrictions: [
      "DELETE /repos/{owner}/{repo}/branches/{branch}/protection/restrictions"
    ],
    deleteAdminBranchProtection: [
      "DELETE /repos/{owner}/{repo}/branches/{branch}/protection/enforce_admins"
    ],
    deleteAnEnvironment: [
      "DELETE /repos/{owner}/{repo}/environments/{environment_name}"
    ],
    deleteAutolink: ["DELETE /repos/{owner}/{repo}/autolinks/{autolink_id}"],
    deleteBranchProtection: [
      "DELETE /repos/{owner}/{repo}/branches/{branch}/protection"
    ],
    deleteCommitComment: ["DELETE /repos/{owner}/{repo}/comments/{comment_id}"],
    deleteCommitSignatureProtection: [
      "DELETE /repos/{owner}/{repo}/branches/{branch}/protection/required_signatures"
    ],
    deleteDeployKey: ["DELETE /repos/{owner}/{repo}/keys/{key_id}"],
    deleteDeployment: [
      "DELETE /repos/{owner}/{repo}/deployments/{deployment_id}"
    ],
    deleteDeploymentBranchPolicy: [
      "DELETE /repos/{owner}/{repo}/environments/{environment_name}/deployment-branch-policies/{branch_policy_id}"
    ],
    deleteFile: ["DELETE /repos/{owner}/{repo}/contents/{path}"],
    deleteInvitation: [
      "DELETE /repos/{owner}/{repo}/invitations/{invitation_id}"
    ],
    deleteOrgRuleset: ["DELETE /orgs/{org}/rulesets/{ruleset_id}"],
    deletePagesSite: ["DELETE /repos/{owner}/{repo}/pages"],
    deletePullRequestReviewProtection: [
      "DELETE /repos/{owner}/{repo}/branches/{branch}/protection/required_pull_request_reviews"
    ],
    deleteRelease: ["DELETE /repos/{owner}/{repo}/releases/{release_id}"],
    deleteReleaseAsset: [
      "DELETE /repos/{owner}/{repo}/releases/assets/{asset_id}"
    ],
    deleteRepoRuleset: ["DELETE /repos/{owner}/{repo}/rulesets/{ruleset_id}"],
    deleteWebhook: ["DELETE /repos/{owner}/{repo}/hooks/{hook_id}"],
    disableAutomatedSecurityFixes: [
      "DELETE /repos/{owner}/{repo}/automated-security-fixes"
    ],
    disableDeploymentProtectionRule: [
      "DELETE /repos/{owner}/{repo}/environments/{environment_name}/deployment_protection_rules/{protection_rule_id}"
    ],
    disableImmutableReleases: [
      "DELETE /repos/{owner}/{repo}/immutable-releases"
    ],
    disablePrivateVulnerabilityReporting: [
      "DELETE /repos/{owner}/{repo}/private-vulnerability-reporting"
    ],
    disableVulnerabilityAlerts: [
      "DELETE /repos/{owner}/{repo}/vulnerability-alerts"
    ],
    downloadArchive: [
      "GET /repos/{owner}/{repo}/zipball/{ref}",
      {},
      { renamed: ["repos", "downloadZipballArchive"] }
    ],
    downloadTarballArchive: ["GET /repos/{owner}/{repo}/tarball/{ref}"],
    downloadZipballArchive: ["GET /repos/{owner}/{repo}/zipball/{ref}"],
    enableAutomatedSecurityFixes: [
      "PUT /repos/{owner}/{repo}/automated-security-fixes"
    ],
    enableImmutableReleases: ["PUT /repos/{owner}/{repo}/immutable-releases"],
    enablePrivateVulnerabilityReporting: [
      "PUT /repos/{owner}/{repo}/private-vulnerability-reporting"
    ],
    enableVulnerabilityAlerts: [
      "PUT /repos/{owner}/{repo}/vulnerability-alerts"
    ],
    generateReleaseNotes: [
      "POST /repos/{owner}/{repo}/releases/generate-notes"
    ],
    get: ["GET /repos/{owner}/{repo}"],
    getAccessRestrictions: [
      "GET /repos/{owner}/{repo}/branches/{branch}/protection/restrictions"
    ],
    getAdminBranchProtection: [
      "GET /repos/{owner}/{repo}/branches/{branch}/protection/enforce_admins"
    ],
    getAllDeploymentProtectionRules: [
      "GET /repos/{owner}/{repo}/environments/{environment_name}/deployment_protection_rules"
    ],
    getAllEnvironments: ["GET /repos/{owner}/{repo}/environments"],
    getAllStatusCheckContexts: [
      "GET /repos/{owner}/{repo}/branches/{branch}/protection/required_status_checks/contexts"
    ],
    getAllTopics: ["GET /repos/{owner}/{repo}/topics"],
    getAppsWithAccessToProtectedBranch: [
      "GET /repos/{owner}/{repo}/branches/{branch}/protection/restrictions/apps"
    ],
    getAutolink: ["GET /repos/{owner}/{repo}/autolinks/{autolink_id}"],
    getBranch: ["GET /repos/{owner}/{repo}/branches/{branch}"],
    getBranchProtection: [
      "GET /repos/{owner}/{repo}/branches/{branch}/protection"
    ],
    getBranchRules: ["GET /repos/{owner}/{repo}/rules/branches/{branch}"],
    getClones: ["GET /repos/{owner}/{repo}/traffic/clones"],
    getCodeFrequencyStats: ["GET /repos/{owner}/{repo}/stats/code_frequency"],
    getCollaboratorPermissionLevel: [
      "GET /repos/{owner}/{repo}/collaborators/{username}/permission"
    ],
    getCombinedStatusForRef: ["GET /repos/{owner}/{repo}/commits/{ref}/status"],
    getCommit: ["GET /repos/{owner}/{repo}/commits/{ref}"],
    getCommitActivityStats: ["GET /repos/{owner}/{repo}/stats/commit_activity"],
    getCommitComment: ["GET /repos/{owner}/{repo}/comments/{comment_id}"],
    getCommitSignatureProtection: [
      "GET /repos/{owner}/{repo}/branches/{branch}/protection/required_signatures"
    ],
    getCommunityProfileMetrics: ["GET /repos/{owner}/{repo}/community/profile"],
    getContent: ["GET /repos/{owner}/{repo}/contents/{path}"],
    getContributorsStats: ["GET /repos/{owner}/{repo}/stats/contributors"],
    getCustomDeploymentProtectionRule: [
      "GET /repos/{owner}/{repo}/environments/{environment_name}/deployment_protection_rules/{protection_rule_id}"
    ],
    getDeployKey: ["GET /repos/{owner}/{repo}/keys/{key_id}"],
    getDeployment: ["GET /repos/{owner}/{repo}/deployments/{deployment_id}"],
    getDeploymentBranchPolicy: [
      "GET /repos/{owner}/{repo}/environments/{environment_name}/deployment-branch-policies/{branch_policy_id}"
    ],
    getDeploymentStatus: [
      "GET /repos/{owner}/{repo}/deployments/{deployment_id}/statuses/{status_id}"
    ],
    getEnvironment: [
      "GET /repos/{owner}/{repo}/environments/{environment_name}"
    ],
    getLatestPagesBuild: ["GET /repos/{owner}/{repo}/pages/builds/latest"],
    getLatestRelease: ["GET /repos/{owner}/{repo}/releases/latest"],
    getOrgRuleSuite: ["GET /orgs/{org}/rulesets/rule-suites/{rule_suite_id}"],
    getOrgRuleSuites: ["GET /orgs/{org}/rulesets/rule-suites"],
    getOrgRuleset: ["GET /orgs/{org}/rulesets/{ruleset_id}"],
    getOrgRulesets: ["GET /orgs/{org}/rulesets"],
    getPages: ["GET /repos/{owner}/{repo}/pages"],
    getPagesBuild: ["GET /repos/{owner}/{repo}/pages/builds/{build_id}"],
    getPagesDeployment: [
      "GET /repos/{owner}/{repo}/pages/deployments/{pages_deployment_id}"
    ],
    getPagesHealthCheck: ["GET /repos/{owner}/{repo}/pages/health"],
    getParticipationStats: ["GET /repos/{owner}/{repo}/stats/participation"],
    getPullRequestReviewProtection: [
      "GET /repos/{owner}/{repo}/branches/{branch}/protection/required_pull_request_reviews"
    ],
    getPunchCardStats: ["GET /repos/{owner}/{repo}/stats/punch_card"],
    getReadme: ["GET /repos/{owner}/{repo}/readme"],
    getReadmeInDirectory: ["GET /repos/{owner}/{repo}/readme/{dir}"],
    getRelease: ["GET /repos/{owner}/{repo}/releases/{release_id}"],
    getReleaseAsset: ["GET /repos/{owner}/{repo}/releases/assets/{asset_id}"],
    getReleaseByTag: ["GET /repos/{owner}/{repo}/releases/tags/{tag}"],
    getRepoRuleSuite: [
      "GET /repos/{owner}/{repo}/rulesets/rule-suites/{rule_suite_id}"
    ],
    getRepoRuleSuites: ["GET /repos/{owner}/{repo}/rulesets/rule-suites"],
    getRepoRuleset: ["GET /repos/{owner}/{repo}/rulesets/{ruleset_id}"],
    getRepoRulesetHistory: [
      "GET /repos/{owner}/{repo}/rulesets/{ruleset_id}/history"
    ],
    getRepoRulesetVersion: [
      "GET /repos/{owner}/{repo}/rulesets/{ruleset_id}/history/{version_id}"
    ],
    getRepoRulesets: ["GET /repos/{owner}/{repo}/rulesets"],
    getStatusChecksProtection: [
      "GET /repos/{owner}/{repo}/branches/{branch}/protection/required_status_checks"
    ],
    getTeamsWithAccessToProtectedBranch: [
      "GET /repos/{owner}/{repo}/branches/{branch}/protection/restrictions/teams"
    ],
    getTopPaths: ["GET /repos/{owner}/{repo}/traffic/popular/paths"],
    getTopReferrers: ["GET /repos/{owner}/{repo}/traffic/popular/referrers"],
    getUsersWithAccessToProtectedBranch: [
      "GET /repos/{owner}/{repo}/branches/{branch}/protection/restrictions/users"
    ],
    getViews: ["GET /repos/{owner}/{repo}/traffic/views"],
    getWebhook: ["GET /repos/{owner}/{repo}/hooks/{hook_id}"],
    getWebhookConfigForRepo: [
      "GET /repos/{owner}/{repo}/hooks/{hook_id}/config"
    ],
    getWebhookDelivery: [
      "GET /repos/{owner}/{repo}/hooks/{hook_id}/deliveries/{delivery_id}"
    ],
    listActivities: ["GET /repos/{owner}/{repo}/activity"],
    listAttestations: [
      "GET /repos/{owner}/{repo}/attestations/{subject_digest}"
    ],
    listAutolinks: ["GET /repos/{owner}/{repo}/autolinks"],
    listBranches: ["GET /repos/{owner}/{repo}/branches"],
    listBranchesForHeadCommit: [
      "GET /repos/{owner}/{repo}/commits/{commit_sha}/branches-where-head"
    ],
    listCollaborators: ["GET /repos/{owner}/{repo}/collaborators"],
    listCommentsForCommit: [
      "GET /repos/{owner}/{repo}/commits/{commit_sha}/comments"
    ],
    listCommitCommentsForRepo: ["GET /repos/{owner}/{repo}/comments"],
    listCommitStatusesForRef: [
      "GET /repos/{owner}/{repo}/commits/{ref}/statuses"
    ],
    listCommits: ["GET /repos/{owner}/{repo}/commits"],
    listContributors: ["GET /repos/{owner}/{repo}/contributors"],
    listCustomDeploymentRuleIntegrations: [
      "GET /repos/{owner}/{repo}/environments/{environment_name}/deployment_protection_rules/apps"
    ],
    listDeployKeys: ["GET /repos/{owner}/{repo}/keys"],
    listDeploymentBranchPolicies: [
      "GET /repos/{owner}/{repo}/environments/{environment_name}/deployment-branch-policies"
    ],
    listDeploymentStatuses: [
      "GET /repos/{owner}/{repo}/deployments/{deployment_id}/statuses"
    ],
    listDeployments: ["GET /repos/{owner}/{repo}/deployments"],
    listForAuthenticatedUser: ["GET /user/repos"],
    listForOrg: ["GET /orgs/{org}/repos"],
    listForUser: ["GET /users/{username}/repos"],
    listForks: ["GET /repos/{owner}/{repo}/forks"],
    listInvitations: ["GET /repos/{owner}/{repo}/invitations"],
    listInvitationsForAuthenticatedUser: ["GET /user/repository_invitations"],
    listLanguages: ["GET /repos/{owner}/{repo}/languages"],
    listPagesBuilds: ["GET /repos/{owner}/{repo}/pages/builds"],
    listPublic: ["GET /repositories"],
    listPullRequestsAssociatedWithCommit: [
      "GET /repos/{owner}/{repo}/commits/{commit_sha}/pulls"
    ],
    listReleaseAssets: [
      "GET /repos/{owner}/{repo}/releases/{release_id}/assets"
    ],
    listReleases: ["GET /repos/{owner}/{repo}/releases"],
    listTags: ["GET /repos/{owner}/{repo}/tags"],
    listTeams: ["GET /repos/{owner}/{repo}/teams"],
    listWebhookDeliveries: [
      "GET /repos/{owner}/{repo}/hooks/{hook_id}/deliveries"
    ],
    listWebhooks: ["GET /repos/{owner}/{repo}/hooks"],
    merge: ["POST /repos/{owner}/{repo}/merges"],
    mergeUpstream: ["POST /repos/{owner}/{repo}/merge-upstream"],
    pingWebhook: ["POST /repos/{owner}/{repo}/hooks/{hook_id}/pings"],
    redeliverWebhookDelivery: [
      "POST /repos/{owner}/{repo}/hooks/{hook_id}/deliveries/{delivery_id}/attempts"
    ],
    removeAppAccessRestrictions: [
      "DELETE /repos/{owner}/{repo}/branches/{branch}/protection/restrictions/apps",
      {},
      { mapToData: "apps" }
    ],
    removeCollaborator: [
      "DELETE /repos/{owner}/{repo}/collaborators/{username}"
    ],
    removeStatusCheckContexts: [
      "DELETE /repos/{owner}/{repo}/branches/{branch}/protection/required_status_checks/contexts",
      {},
      { mapToData: "contexts" }
    ],
    removeStatusCheckProtection: [
      "DELETE /repos/{owner}/{repo}/branches/{branch}/protection/required_status_checks"
    ],
    removeTeamAccessRestrictions: [
      "DELETE /repos/{owner}/{repo}/branches/{branch}/protection/restrictions/teams",
      {},
      { mapToData: "teams" }
    ],
    removeUserAccessRestrictions: [
      "DELETE /repos/{owner}/{repo}/branches/{branch}/protection/restrictions/users",
      {},
      { mapToData: "users" }
    ],
    renameBranch: ["POST /repos/{owner}/{repo}/branches/{branch}/rename"],
    replaceAllTopics: ["PUT /repos/{owner}/{repo}/topics"],
    requestPagesBuild: ["POST /repos/{owner}/{repo}/pages/builds"],
    setAdminBranchProtection: [
      "POST /repos/{owner}/{repo}/branches/{branch}/protection/enforce_admins"
    ],
    setAppAccessRestrictions: [
      "PUT /repos/{owner}/{repo}/branches/{branch}/protection/restrictions/apps",
      {},
      { mapToData: "apps" }
    ],
    setStatusCheckContexts: [
      "PUT /repos/{owner}/{repo}/branches/{branch}/protection/required_status_checks/contexts",
      {},
      { mapToData: "contexts" }
    ],
    setTeamAccessRestrictions: [
      "PUT /repos/{owner}/{repo}/branches/{branch}/protection/restrictions/teams",
      {},
      { mapToData: "teams" }
    ],
    setUserAccessRestrictions: [
      "PUT /repos/{owner}/{repo}/branches/{branch}/protection/restrictions/users",
      {},
      { mapToData: "users" }
    ],
    testPushWebhook: ["POST /repos/{owner}/{repo}/hooks/{hook_id}/tests"],
    transfer: ["POST /repos/{owner}/{repo}/transfer"],
    update: ["PATCH /repos/{owner}/{repo}"],
    updateBranchProtection: [
      "PUT /repos/{owner}/{repo}/branches/{branch}/protection"
    ],
    updateCommitComment: ["PATCH /repos/{owner}/{repo}/comments/{comment_id}"],
    updateDeploymentBranchPolicy: [
      "PUT /repos/{owner}/{repo}/environments/{environment_name}/deployment-branch-policies/{branch_policy_id}"
    ],
    updateInformationAboutPagesSite: ["PUT /repos/{owner}/{repo}/pages"],
    updateInvitation: [
      "PATCH /repos/{owner}/{repo}/invitations/{invitation_id}"
    ],
    updateOrgRuleset: ["PUT /orgs/{org}/rulesets/{ruleset_id}"],
    updatePullRequestReviewProtection: [
      "PATCH /repos/{owner}/{repo}/branches/{branch}/protection/required_pull_request_reviews"
    ],
    updateRelease: ["PATCH /repos/{owner}/{repo}/releases/{release_id}"],
    updateReleaseAsset: [
      "PATCH /repos/{owner}/{repo}/releases/assets/{asset_id}"
    ],
    updateRepoRuleset: ["PUT /repos/{owner}/{repo}/rulesets/{ruleset_id}"],
    updateStatusCheckPotection: [
      "PATCH /repos/{owner}/{repo}/branches/{branch}/protection/required_status_checks",
      {},
      { renamed: ["repos", "updateStatusCheckProtection"] }
    ],
    updateStatusCheckProtection: [
      "PATCH /repos/{owner}/{repo}/branches/{branch}/protection/required_status_checks"
    ],
    updateWebhook: ["PATCH /repos/{owner}/{repo}/hooks/{hook_id}"],
    updateWebhookConfigForRepo: [
      "PATCH /repos/{owner}/{repo}/hooks/{hook_id}/config"
    ],
    uploadReleaseAsset: [
      "POST /repos/{owner}/{repo}/releases/{release_id}/assets{?name,label}",
      { baseUrl: "https://uploads.github.com" }
    ]
  },
  search: {
    code: ["GET /search/code"],
    commits: ["GET /search/commits"],
    issuesAndPullRequests: ["GET /search/issues"],
    labels: ["GET /search/labels"],
    repos: ["GET /search/repositories"],
    topics: ["GET /search/topics"],
    users: ["GET /search/users"]
  },
  secretScanning: {
    createPushProtectionBypass: [
      "POST /repos/{owner}/{repo}/secret-scanning/push-protection-bypasses"
    ],
    getAlert: [
      "GET /repos/{owner}/{repo}/secret-scanning/alerts/{alert_number}"
    ],
    getScanHistory: ["GET /repos/{owner}/{repo}/secret-scanning/scan-history"],
    listAlertsForOrg: ["GET /orgs/{org}/secret-scanning/alerts"],
    listAlertsForRepo: ["GET /repos/{owner}/{repo}/secret-scanning/alerts"],
    listLocationsForAlert: [
      "GET /repos/{owner}/{repo}/secret-scanning/alerts/{alert_number}/locations"
    ],
    listOrgPatternConfigs: [
      "GET /orgs/{org}/secret-scanning/pattern-configurations"
    ],
    updateAlert: [
      "PATCH /repos/{owner}/{repo}/secret-scanning/alerts/{alert_number}"
    ],
    updateOrgPatternConfigs: [
      "PATCH /orgs/{org}/secret-scanning/pattern-configurations"
    ]
  },
  securityAdvisories: {
    createFork: [
      "POST /repos/{owner}/{repo}/security-advisories/{ghsa_id}/forks"
    ],
    createPrivateVulnerabilityReport: [
      "POST /repos/{owner}/{repo}/security-advisories/reports"
    ],
    createRepositoryAdvisory: [
      "POST /repos/{owner}/{repo}/security-advisories"
    ],
    createRepositoryAdvisoryCveRequest: [
      "POST /repos/{owner}/{repo}/security-advisories/{ghsa_id}/cve"
    ],
    getGlobalAdvisory: ["GET /advisories/{ghsa_id}"],
    getRepositoryAdvisory: [
      "GET /repos/{owner}/{repo}/security-advisories/{ghsa_id}"
    ],
    listGlobalAdvisories: ["GET /advisories"],
    listOrgRepositoryAdvisories: ["GET /orgs/{org}/security-advisories"],
    listRepositoryAdvisories: ["GET /repos/{owner}/{repo}/security-advisories"],
    updateRepositoryAdvisory: [
      "PATCH /repos/{owner}/{repo}/security-advisories/{ghsa_id}"
    ]
  },
  teams: {
    addOrUpdateMembershipForUserInOrg: [
      "PUT /orgs/{org}/teams/{team_slug}/memberships/{username}"
    ],
    addOrUpdateRepoPermissionsInOrg: [
      "PUT /orgs/{org}/teams/{team_slug}/repos/{owner}/{repo}"
    ],
    checkPermissionsForRepoInOrg: [
      "GET /orgs/{org}/teams/{team_slug}/repos/{owner}/{repo}"
    ],
    create: ["POST /orgs/{org}/teams"],
    createDiscussionCommentInOrg: [
      "POST /orgs/{org}/teams/{team_slug}/discussions/{discussion_number}/comments"
    ],
    createDiscussionInOrg: ["POST /orgs/{org}/teams/{team_slug}/discussions"],
    deleteDiscussionCommentInOrg: [
      "DELETE /orgs/{org}/teams/{team_slug}/discussions/{discussion_number}/comments/{comment_number}"
    ],
    deleteDiscussionInOrg: [
      "DELETE /orgs/{org}/teams/{team_slug}/discussions/{discussion_number}"
    ],
    deleteInOrg: ["DELETE /orgs/{org}/teams/{team_slug}"],
    getByName: ["GET /orgs/{org}/teams/{team_slug}"],
    getDiscussionCommentInOrg: [
      "GET /orgs/{org}/teams/{team_slug}/discussions/{discussion_number}/comments/{comment_number}"
    ],
    getDiscussionInOrg: [
      "GET /orgs/{org}/teams/{team_slug}/discussions/{discussion_number}"
    ],
    getMembershipForUserInOrg: [
      "GET /orgs/{org}/teams/{team_slug}/memberships/{username}"
    ],
    list: ["GET /orgs/{org}/teams"],
    listChildInOrg: ["GET /orgs/{org}/teams/{team_slug}/teams"],
    listDiscussionCommentsInOrg: [
      "GET /orgs/{org}/teams/{team_slug}/discussions/{discussion_number}/comments"
    ],
    listDiscussionsInOrg: ["GET /orgs/{org}/teams/{team_slug}/discussions"],
    listForAuthenticatedUser: ["GET /user/teams"],
    listMembersInOrg: ["GET /orgs/{org}/teams/{team_slug}/members"],
    listPendingInvitationsInOrg: [
      "GET /orgs/{org}/teams/{team_slug}/invitations"
    ],
    listReposInOrg: ["GET /orgs/{org}/teams/{team_slug}/repos"],
    removeMembershipForUserInOrg: [
      "DELETE /orgs/{org}/teams/{team_slug}/memberships/{username}"
    ],
    removeRepoInOrg: [
      "DELETE /orgs/{org}/teams/{team_slug}/repos/{owner}/{repo}"
    ],
    updateDiscussionCommentInOrg: [
      "PATCH /orgs/{org}/teams/{team_slug}/discussions/{discussion_number}/comments/{comment_number}"
    ],
    updateDiscussionInOrg: [
      "PATCH /orgs/{org}/teams/{team_slug}/discussions/{discussion_number}"
    ],
    updateInOrg: ["PATCH /orgs/{org}/teams/{team_slug}"]
  },
  users: {
    addEmailForAuthenticated: [
      "POST /user/emails",
      {},
      { renamed: ["users", "addEmailForAuthenticatedUser"] }
    ],
    addEmailForAuthenticatedUser: ["POST /user/emails"],
    addSocialAccountForAuthenticatedUser: ["POST /user/social_accounts"],
    block: ["PUT /user/blocks/{username}"],
    checkBlocked: ["GET /user/blocks/{username}"],
    checkFollowingForUser: ["GET /users/{username}/following/{target_user}"],
    checkPersonIsFollowedByAuthenticated: ["GET /user/following/{username}"],
    createGpgKeyForAuthenticated: [
      "POST /user/gpg_keys",
      {},
      { renamed: ["users", "createGpgKeyForAuthenticatedUser"] }
    ],
    createGpgKeyForAuthenticatedUser: ["POST /user/gpg_keys"],
    createPublicSshKeyForAuthenticated: [
      "POST /user/keys",
      {},
      { renamed: ["users", "createPublicSshKeyForAuthenticatedUser"] }
    ],
    createPublicSshKeyForAuthenticatedUser: ["POST /user/keys"],
    createSshSigningKeyForAuthenticatedUser: ["POST /user/ssh_signing_keys"],
    deleteAttestationsBulk: [
      "POST /users/{username}/attestations/delete-request"
    ],
    deleteAttestationsById: [
      "DELETE /users/{username}/attestations/{attestation_id}"
    ],
    deleteAttestationsBySubjectDigest: [
      "DELETE /users/{username}/attestations/digest/{subject_digest}"
    ],
    deleteEmailForAuthenticated: [
      "DELETE /user/emails",
      {},
      { renamed: ["users", "deleteEmailForAuthenticatedUser"] }
    ],
    deleteEmailForAuthenticatedUser: ["DELETE /user/emails"],
    deleteGpgKeyForAuthenticated: [
      "DELETE /user/gpg_keys/{gpg_key_id}",
      {},
      { renamed: ["users", "deleteGpgKeyForAuthenticatedUser"] }
    ],
    deleteGpgKeyForAuthenticatedUser: ["DELETE /user/gpg_keys/{gpg_key_id}"],
    deletePublicSshKeyForAuthenticated: [
      "DELETE /user/keys/{key_id}",
      {},
      { renamed: ["users", "deletePublicSshKeyForAuthenticatedUser"] }
    ],
    deletePublicSshKeyForAuthenticatedUser: ["DELETE /user/keys/{key_id}"],
    deleteSocialAccountForAuthenticatedUser: ["DELETE /user/social_accounts"],
    deleteSshSigningKeyForAuthenticatedUser: [
      "DELETE /user/ssh_signing_keys/{ssh_signing_key_id}"
    ],
    follow: ["PUT /user/following/{username}"],
    getAuthenticated: ["GET /user"],
    getById: ["GET /user/{account_id}"],
    getByUsername: ["GET /users/{username}"],
    getContextForUser: ["GET /users/{username}/hovercard"],
    getGpgKeyForAuthenticated: [
      "GET /user/gpg_keys/{gpg_key_id}",
      {},
      { renamed: ["users", "getGpgKeyForAuthenticatedUser"] }
    ],
    getGpgKeyForAuthenticatedUser: ["GET /user/gpg_keys/{gpg_key_id}"],
    getPublicSshKeyForAuthenticated: [
      "GET /user/keys/{key_id}",
      {},
      { renamed: ["users", "getPublicSshKeyForAuthenticatedUser"] }
    ],
    getPublicSshKeyForAuthenticatedUser: ["GET /user/keys/{key_id}"],
    getSshSigningKeyForAuthenticatedUser: [
      "GET /user/ssh_signing_keys/{ssh_signing_key_id}"
    ],
    list: ["GET /users"],
    listAttestations: ["GET /users/{username}/attestations/{subject_digest}"],
    listAttestationsBulk: [
      "POST /users/{username}/attestations/bulk-list{?per_page,before,after}"
    ],
    listBlockedByAuthenticated: [
      "GET /user/blocks",
      {},
      { renamed: ["users", "listBlockedByAuthenticatedUser"] }
    ],
    listBlockedByAuthenticatedUser: ["GET /user/blocks"],
    listEmailsForAuthenticated: [
      "GET /user/emails",
      {},
      { renamed: ["users", "listEmailsForAuthenticatedUser"] }
    ],
    listEmailsForAuthenticatedUser: ["GET /user/emails"],
    listFollowedByAuthenticated: [
      "GET /user/following",
      {},
      { renamed: ["users", "listFollowedByAuthenticatedUser"] }
    ],
    listFollowedByAuthenticatedUser: ["GET /user/following"],
    listFollowersForAuthenticatedUser: ["GET /user/followers"],
    listFollowersForUser: ["GET /users/{username}/followers"],
    listFollowingForUser: ["GET /users/{username}/following"],
    listGpgKeysForAuthenticated: [
      "GET /user/gpg_keys",
      {},
      { renamed: ["users", "listGpgKeysForAuthenticatedUser"] }
    ],
    listGpgKeysForAuthenticatedUser: ["GET /user/gpg_keys"],
    listGpgKeysForUser: ["GET /users/{username}/gpg_keys"],
    listPublicEmailsForAuthenticated: [
      "GET /user/public_emails",
      {},
      { renamed: ["users", "listPublicEmailsForAuthenticatedUser"] }
    ],
    listPublicEmailsForAuthenticatedUser: ["GET /user/public_emails"],
    listPublicKeysForUser: ["GET /users/{username}/keys"],
    listPublicSshKeysForAuthenticated: [
      "GET /user/keys",
      {},
      { renamed: ["users", "listPublicSshKeysForAuthenticatedUser"] }
    ],
    listPublicSshKeysForAuthenticatedUser: ["GET /user/keys"],
    listSocialAccountsForAuthenticatedUser: ["GET /user/social_accounts"],
    listSocialAccountsForUser: ["GET /users/{username}/social_accounts"],
    listSshSigningKeysForAuthenticatedUser: ["GET /user/ssh_signing_keys"],
    listSshSigningKeysForUser: ["GET /users/{username}/ssh_signing_keys"],
    setPrimaryEmailVisibilityForAuthenticated: [
      "PATCH /user/email/visibility",
      {},
      { renamed: ["users", "setPrimaryEmailVisibilityForAuthenticatedUser"] }
    ],
    setPrimaryEmailVisibilityForAuthenticatedUser: [
      "PATCH /user/email/visibility"
    ],
    unblock: ["DELETE /user/blocks/{username}"],
    unfollow: ["DELETE /user/following/{username}"],
    updateAuthenticated: ["PATCH /user"]
  }
};
var endpoints_default = Endpoints;

// node_modules/@octokit/plugin-rest-endpoint-methods/dist-src/endpoints-to-methods.js
var endpointMethodsMap = /* @__PURE__ */ new Map();
for (const [scope, endpoints] of Object.entries(endpoints_default)) {
  for (const [methodName, endpoint2] of Object.entries(endpoints)) {
    const [route, defaults2, decorations] = endpoint2;
    const [method, url] = route.split(/ /);
    const endpointDefaults = Object.assign(
      {
        method,
        url
      },
      defaults2
    );
    if (!endpointMethodsMap.has(scope)) {
      endpointMethodsMap.set(scope, /* @__PURE__ */ new Map());
    }
    endpointMethodsMap.get(scope).set(methodName, {
      scope,
      methodName,
      endpointDefaults,
      decorations
    });
  }
}
var handler = {
  has({ scope }, methodName) {
    return endpointMethodsMap.get(scope).has(methodName);
  },
  getOwnPropertyDescriptor(target, methodName) {
    return {
      value: this.get(target, methodName),
      // ensures method is in the cache
      configurable: true,
      writable: true,
      enumerable: true
    };
  },
  defineProperty(target, methodName, descriptor) {
    Object.defineProperty(target.cache, methodName, descriptor);
    return true;
  },
  deleteProperty(target, methodName) {
    delete target.cache[methodName];
    return true;
  },
  ownKeys({ scope }) {
    return [...endpointMethodsMap.get(scope).keys()];
  },
  set(target, methodName, value) {
    return target.cache[methodName] = value;
  },
  get({ octokit, scope, cache }, methodName) {
    if (cache[methodName]) {
      return cache[methodName];
    }
    const method = endpointMethodsMap.get(scope).get(methodName);
    if (!method) {
      return void 0;
    }
    const { endpointDefaults, decorations } = method;
    if (decorations) {
      cache[methodName] = decorate(
        octokit,
        scope,
        methodName,
        endpointDefaults,
        decorations
      );
    } else {
      cache[methodName] = octokit.request.defaults(endpointDefaults);
    }
    return cache[methodName];
  }
};
function endpointsToMethods(octokit) {
  const newMethods = {};
  for (const scope of endpointMethodsMap.keys()) {
    newMethods[scope] = new Proxy({ octokit, scope, cache: {} }, handler);
  }
  return newMethods;
}
function decorate(octokit, scope, methodName, defaults2, decorations) {
  const requestWithDefaults = octokit.request.defaults(defaults2);
  function withDecorations(...args) {
    let options = requestWithDefaults.endpoint.merge(...args);
    if (decorations.mapToData) {
      options = Object.assign({}, options, {
        data: options[decorations.mapToData],
        [decorations.mapToData]: void 0
      });
      return requestWithDefaults(options);
    }
    if (decorations.renamed) {
      const [newScope, newMethodName] = decorations.renamed;
      octokit.log.warn(
        `octokit.${scope}.${methodName}() has been renamed to octokit.${newScope}.${newMethodName}()`
      );
    }
    if (decorations.deprecated) {
      octokit.log.warn(decorations.deprecated);
    }
    if (decorations.renamedParameters) {
      const options2 = requestWithDefaults.endpoint.merge(...args);
      for (const [name, alias] of Object.entries(
        decorations.renamedParameters
      )) {
        if (name in options2) {
          octokit.log.warn(
            `"${name}" parameter is deprecated for "octokit.${scope}.${methodName}()". Use "${alias}" instead`
          );
          if (!(alias in options2)) {
            options2[alias] = options2[name];
          }
          delete options2[name];
        }
      }
      return requestWithDefaults(options2);
    }
    return requestWithDefaults(...args);
  }
  return Object.assign(withDecorations, requestWithDefaults);
}

// node_modules/@octokit/plugin-rest-endpoint-methods/dist-src/index.js
function restEndpointMethods(octokit) {
  const api = endpointsToMethods(octokit);
  return {
    rest: api
  };
}
restEndpointMethods.VERSION = VERSION6;
function legacyRestEndpointMethods(octokit) {
  const api = endpointsToMethods(octokit);
  return {
    ...api,
    rest: api
  };
}
legacyRestEndpointMethods.VERSION = VERSION6;

// node_modules/@octokit/plugin-paginate-rest/dist-bundle/index.js
var VERSION7 = "0.0.0-development";
function normalizePaginatedListResponse(response) {
  if (!response.data) {
    return {
      ...response,
      data: []
    };
  }
  const responseNeedsNormalization = ("total_count" in response.data || "total_commits" in response.data) && !("url" in response.data);
  if (!responseNeedsNormalization) return response;
  const incompleteResults = response.data.incomplete_results;
  const repositorySelection = response.data.repository_selection;
  const totalCount = response.data.total_count;
  const totalCommits = response.data.total_commits;
  delete response.data.incomplete_results;
  delete response.data.repository_selection;
  delete response.data.total_count;
  delete response.data.total_commits;
  const namespaceKey = Object.keys(response.data)[0];
  const data = response.data[namespaceKey];
  response.data = data;
  if (typeof incompleteResults !== "undefined") {
    response.data.incomplete_results = incompleteResults;
  }
  if (typeof repositorySelection !== "undefined") {
    response.data.repository_selection = repositorySelection;
  }
  response.data.total_count = totalCount;
  response.data.total_commits = totalCommits;
  return response;
}
function iterator(octokit, route, parameters) {
  const options = typeof route === "function" ? route.endpoint(parameters) : octokit.request.endpoint(route, parameters);
  const requestMethod = typeof route === "function" ? route : octokit.request;
  const method = options.method;
  const headers = options.headers;
  let url = options.url;
  return {
    [Symbol.asyncIterator]: () => ({
      async next() {
        if (!url) return { done: true };
        try {
          const response = await requestMethod({ method, url, headers });
          const normalizedResponse = normalizePaginatedListResponse(response);
          url = ((normalizedResponse.headers.link || "").match(
            /<([^<>]+)>;\s*rel="next"/
          ) || [])[1];
          if (!url && "total_commits" in normalizedResponse.data) {
            const parsedUrl = new URL(normalizedResponse.url);
            const params = parsedUrl.searchParams;
            const page = parseInt(params.get("page") || "1", 10);
            const per_page = parseInt(params.get("per_page") || "250", 10);
            if (page * per_page < normalizedResponse.data.total_commits) {
              params.set("page", String(page + 1));
              url = parsedUrl.toString();
            }
          }
          return { value: normalizedResponse };
        } catch (error2) {
          if (error2.status !== 409) throw error2;
          url = "";
          return {
            value: {
              status: 200,
              headers: {},
              data: []
            }
          };
        }
      }
    })
  };
}
function paginate(octokit, route, parameters, mapFn) {
  if (typeof parameters === "function") {
    mapFn = parameters;
    parameters = void 0;
  }
  return gather(
    octokit,
    [],
    iterator(octokit, route, parameters)[Symbol.asyncIterator](),
    mapFn
  );
}
function gather(octokit, results, iterator2, mapFn) {
  return iterator2.next().then((result) => {
    if (result.done) {
      return results;
    }
    let earlyExit = false;
    function done() {
      earlyExit = true;
    }
    results = results.concat(
      mapFn ? mapFn(result.value, done) : result.value.data
    );
    if (earlyExit) {
      return results;
    }
    return gather(octokit, results, iterator2, mapFn);
  });
}
var composePaginateRest = Object.assign(paginate, {
  iterator
});
function paginateRest(octokit) {
  return {
    paginate: Object.assign(paginate.bind(null, octokit), {
      iterator: iterator.bind(null, octokit)
    })
  };
}
paginateRest.VERSION = VERSION7;

// node_modules/@actions/github/lib/utils.js
var context = new Context();
var baseUrl = getApiBaseUrl();
var defaults = {
  baseUrl,
  request: {
    agent: getProxyAgent(baseUrl),
    fetch: getProxyFetch(baseUrl)
  }
};
var GitHub = Octokit.plugin(restEndpointMethods, paginateRest).defaults(defaults);
function getOctokitOptions(token, options) {
  const opts = Object.assign({}, options || {});
  const auth2 = getAuthString(token, opts);
  if (auth2) {
    opts.auth = auth2;
  }
  const userAgent2 = getUserAgentWithOrchestrationId(opts.userAgent);
  if (userAgent2) {
    opts.userAgent = userAgent2;
  }
  return opts;
}

// node_modules/@actions/github/lib/github.js
var context2 = new Context();
function getOctokit(token, options, ...additionalPlugins) {
  const GitHubWithPlugins = GitHub.plugin(...additionalPlugins);
  return new GitHubWithPlugins(getOctokitOptions(token, options));
}

// src/github/retry.ts
function retryDelay(error2, method, attempt, options) {
  if (attempt >= options.retries) return void 0;
  const { status, response } = error2 ?? {};
  const headers = response?.headers ?? {};
  const retryAfter = headers["retry-after"];
  const rateLimited = response !== void 0 && (status === 429 || status === 403 && (retryAfter !== void 0 || String(headers["x-ratelimit-remaining"]) === "0"));
  const backoff = options.minDelayMs * 2 ** attempt;
  if (rateLimited) {
    const resetAt = Number(headers["x-ratelimit-reset"]) * 1e3;
    const wait = retryAfter === void 0 ? Number.isFinite(resetAt) ? resetAt - Date.now() : backoff : /^\d+$/.test(String(retryAfter)) ? Number(retryAfter) * 1e3 : Date.parse(String(retryAfter)) - Date.now();
    if (!Number.isFinite(wait) || wait > options.maxRetryAfterMs) return void 0;
    return Math.max(wait, 0);
  }
  const transient = response === void 0 || status !== void 0 && status >= 500;
  return transient && method !== "POST" ? backoff : void 0;
}
function withRetries(options = {}) {
  const settings = {
    retries: options.retries ?? 3,
    minDelayMs: options.minDelayMs ?? 1e3,
    maxRetryAfterMs: options.maxRetryAfterMs ?? 6e4,
    timeoutMs: options.timeoutMs ?? 3e4
  };
  return async (request2, requestOptions) => {
    for (let attempt = 0; ; attempt++) {
      try {
        requestOptions.request = { ...requestOptions.request, signal: AbortSignal.timeout(settings.timeoutMs) };
        return await request2(requestOptions);
      } catch (error2) {
        const delay = retryDelay(error2, requestOptions.method, attempt, settings);
        if (delay === void 0) throw error2;
        await new Promise((resolve) => setTimeout(resolve, delay));
      }
    }
  };
}

// src/github/github-client.ts
var DRY_RUN_SHA = "0".repeat(40);
function toPullRequest(pull) {
  return {
    number: pull.number,
    htmlUrl: pull.html_url,
    state: pull.state === "open" ? "open" : "closed",
    title: pull.title,
    body: pull.body,
    author: pull.user?.login ?? null,
    draft: pull.draft ?? false,
    headRef: pull.head.ref,
    headSha: pull.head.sha,
    baseRef: pull.base.ref,
    baseSha: pull.base.sha,
    merged: pull.merged ?? pull.merged_at !== null,
    mergedAt: pull.merged_at,
    mergeCommitSha: pull.merge_commit_sha,
    createdAt: pull.created_at
  };
}
function createGitHubClient(options) {
  const { token, owner, repo } = options;
  const dryRun = options.dryRun ?? false;
  const octokit = getOctokit(token, {
    baseUrl: options.apiUrl.replace(/\/+$/, ""),
    ...options.fetch && { request: { fetch: options.fetch } }
  });
  octokit.hook.wrap("request", withRetries(options.retry));
  const repoParams = { owner, repo };
  const planned = [];
  const expand2 = (route, params) => route.replace(/\{(\w+)\}/g, (_, name) => String({ ...repoParams, ...params }[name]));
  async function call(method, route, params, fn) {
    try {
      return await fn();
    } catch (error2) {
      throw toGitHubApiError(error2, { method, route: expand2(route, params) }, [token]);
    }
  }
  async function readOptional(route, params, fn) {
    try {
      return await call("GET", route, params, fn);
    } catch (error2) {
      if (error2 instanceof GitHubApiError && error2.status === 404) return void 0;
      throw error2;
    }
  }
  async function write(method, route, params, body, dry) {
    if (dryRun) {
      planned.push({ method, route: expand2(route, params), ...body && { body } });
      return dry;
    }
    return call(method, route, params, async () => {
      const response = await octokit.request(`${method} ${route}`, { ...repoParams, ...params, ...body });
      return response.data;
    });
  }
  async function getBranchSha(branch) {
    const ref = `heads/${branch}`;
    const data = await readOptional(
      "/repos/{owner}/{repo}/git/ref/{ref}",
      { ref },
      async () => (await octokit.rest.git.getRef({ ...repoParams, ref })).data
    );
    return data?.object.sha;
  }
  async function updatePull(number, update) {
    await write("PATCH", "/repos/{owner}/{repo}/pulls/{pull_number}", { pull_number: number }, update, void 0);
  }
  return {
    dryRun,
    async getDefaultBranch() {
      const { data } = await call("GET", "/repos/{owner}/{repo}", {}, () => octokit.rest.repos.get(repoParams));
      return data.default_branch;
    },
    async getPull(number) {
      const params = { pull_number: number };
      const { data } = await call(
        "GET",
        "/repos/{owner}/{repo}/pulls/{pull_number}",
        params,
        () => octokit.rest.pulls.get({ ...repoParams, ...params })
      );
      return toPullRequest(data);
    },
    async listPullFiles(number) {
      const params = { pull_number: number };
      const files = await call(
        "GET",
        "/repos/{owner}/{repo}/pulls/{pull_number}/files",
        params,
        () => octokit.paginate(octokit.rest.pulls.listFiles, { ...repoParams, ...params, per_page: 100 })
      );
      return files.map((f) => ({
        filename: f.filename,
        status: f.status,
        ...f.previous_filename !== void 0 && { previousFilename: f.previous_filename },
        ...f.status !== "removed" && typeof f.sha === "string" && f.sha && { sha: f.sha }
      }));
    },
    async listReviews(number) {
      const params = { pull_number: number };
      const reviews = await call(
        "GET",
        "/repos/{owner}/{repo}/pulls/{pull_number}/reviews",
        params,
        () => octokit.paginate(octokit.rest.pulls.listReviews, { ...repoParams, ...params, per_page: 100 })
      );
      return reviews.map((r) => ({
        id: r.id,
        user: r.user?.login ?? null,
        state: r.state,
        commitId: r.commit_id,
        submittedAt: r.submitted_at ?? null
      }));
    },
    async listPullsForCommit(sha) {
      const params = { commit_sha: sha };
      const pulls = await call(
        "GET",
        "/repos/{owner}/{repo}/commits/{commit_sha}/pulls",
        params,
        () => octokit.paginate(octokit.rest.repos.listPullRequestsAssociatedWithCommit, {
          ...repoParams,
          ...params,
          per_page: 100
        })
      );
      return pulls.map(toPullRequest);
    },
    async listCommitsForPath(path, { sha } = {}) {
      const commits = await call(
        "GET",
        "/repos/{owner}/{repo}/commits",
        {},
        () => octokit.paginate(octokit.rest.repos.listCommits, { ...repoParams, path, ...sha && { sha }, per_page: 100 })
      );
      return commits.map((c) => ({
        sha: c.sha,
        message: c.commit.message,
        authorName: c.commit.author?.name ?? "",
        authorEmail: c.commit.author?.email ?? "",
        authorDate: c.commit.author?.date ?? "",
        committerDate: c.commit.committer?.date ?? "",
        authorLogin: c.author && "login" in c.author ? c.author.login : null,
        parents: c.parents.map((p) => p.sha)
      }));
    },
    async getFileAt(path, ref) {
      const data = await readOptional(
        "/repos/{owner}/{repo}/contents/{path}",
        { path },
        async () => (await octokit.rest.repos.getContent({ ...repoParams, path, ref })).data
      );
      if (data === void 0 || Array.isArray(data) || data.type !== "file") return void 0;
      if (data.encoding === "base64") return Buffer.from(data.content, "base64").toString("utf8");
      const params = { file_sha: data.sha };
      const blob = await call(
        "GET",
        "/repos/{owner}/{repo}/git/blobs/{file_sha}",
        params,
        () => octokit.rest.git.getBlob({ ...repoParams, ...params })
      );
      return Buffer.from(blob.data.content, "base64").toString("utf8");
    },
    getBranchSha,
    async upsertStickyComment(issueNumber, marker, body) {
      const text2 = body.includes(marker) ? body : `${marker}
${body}`;
      const params = { issue_number: issueNumber };
      const comments = await call(
        "GET",
        "/repos/{owner}/{repo}/issues/{issue_number}/comments",
        params,
        () => octokit.paginate(octokit.rest.issues.listComments, { ...repoParams, ...params, per_page: 100 })
      );
      const [sticky, ...duplicates] = comments.filter((c) => c.body?.includes(marker));
      if (!sticky) {
        const created = await write(
          "POST",
          "/repos/{owner}/{repo}/issues/{issue_number}/comments",
          params,
          { body: text2 },
          { id: 0 }
        );
        return { id: created.id, created: true };
      }
      if (sticky.body !== text2) {
        await write(
          "PATCH",
          "/repos/{owner}/{repo}/issues/comments/{comment_id}",
          { comment_id: sticky.id },
          { body: text2 },
          void 0
        );
      }
      for (const duplicate of duplicates.filter((d) => d.user?.login === sticky.user?.login)) {
        await write(
          "DELETE",
          "/repos/{owner}/{repo}/issues/comments/{comment_id}",
          { comment_id: duplicate.id },
          void 0,
          void 0
        );
      }
      return { id: sticky.id, created: false };
    },
    async commitFileChanges({ branch, baseSha, message, deletions, additions = {} }) {
      const params = { commit_sha: baseSha };
      const base = await call(
        "GET",
        "/repos/{owner}/{repo}/git/commits/{commit_sha}",
        params,
        () => octokit.rest.git.getCommit({ ...repoParams, ...params })
      );
      const tree = [
        ...deletions.map((path) => ({ path, mode: "100644", type: "blob", sha: null })),
        ...Object.entries(additions).map(([path, content]) => ({ path, mode: "100644", type: "blob", content }))
      ];
      const newTree = await write(
        "POST",
        "/repos/{owner}/{repo}/git/trees",
        {},
        { base_tree: base.data.tree.sha, tree },
        { sha: DRY_RUN_SHA }
      );
      const commit = await write(
        "POST",
        "/repos/{owner}/{repo}/git/commits",
        {},
        { message, tree: newTree.sha, parents: [baseSha] },
        { sha: DRY_RUN_SHA }
      );
      const forceUpdate = () => write(
        "PATCH",
        "/repos/{owner}/{repo}/git/refs/{ref}",
        { ref: `heads/${branch}` },
        { sha: commit.sha, force: true },
        void 0
      );
      if (await getBranchSha(branch)) {
        await forceUpdate();
        return commit.sha;
      }
      try {
        await write(
          "POST",
          "/repos/{owner}/{repo}/git/refs",
          {},
          { ref: `refs/heads/${branch}`, sha: commit.sha },
          void 0
        );
      } catch (error2) {
        if (!(error2 instanceof GitHubApiError && error2.status === 422)) throw error2;
        await forceUpdate();
      }
      return commit.sha;
    },
    async findOpenPullByHead(branch) {
      const pulls = await call(
        "GET",
        "/repos/{owner}/{repo}/pulls",
        {},
        () => octokit.paginate(octokit.rest.pulls.list, {
          ...repoParams,
          state: "open",
          head: `${owner}:${branch}`,
          per_page: 100
        })
      );
      return pulls[0] && toPullRequest(pulls[0]);
    },
    async createPull(pull) {
      const created = await write("POST", "/repos/{owner}/{repo}/pulls", {}, { ...pull }, { number: 0, html_url: "" });
      return { number: created.number, htmlUrl: created.html_url };
    },
    updatePull,
    async closePull(number) {
      await updatePull(number, { state: "closed" });
    },
    async deleteBranch(branch) {
      try {
        await write("DELETE", "/repos/{owner}/{repo}/git/refs/{ref}", { ref: `heads/${branch}` }, void 0, void 0);
      } catch (error2) {
        if (!(error2 instanceof GitHubApiError && (error2.status === 404 || error2.status === 422))) throw error2;
      }
    },
    async listIssueComments(issueNumber) {
      const params = { issue_number: issueNumber };
      const comments = await call(
        "GET",
        "/repos/{owner}/{repo}/issues/{issue_number}/comments",
        params,
        () => octokit.paginate(octokit.rest.issues.listComments, { ...repoParams, ...params, per_page: 100 })
      );
      return comments.map((c) => ({ id: c.id, body: c.body ?? "", user: c.user?.login ?? null }));
    },
    async createComment(issueNumber, body) {
      const params = { issue_number: issueNumber };
      await write("POST", "/repos/{owner}/{repo}/issues/{issue_number}/comments", params, { body }, void 0);
    },
    async getAuthenticatedUser() {
      try {
        const { data } = await call("GET", "/user", {}, () => octokit.rest.users.getAuthenticated());
        return data.login;
      } catch (error2) {
        if (error2 instanceof GitHubApiError && (error2.status === 403 || error2.status === 404)) return void 0;
        throw error2;
      }
    },
    async requestReviewers(number, { reviewers, teamReviewers }) {
      if (reviewers.length === 0 && teamReviewers.length === 0) return;
      await write(
        "POST",
        "/repos/{owner}/{repo}/pulls/{pull_number}/requested_reviewers",
        { pull_number: number },
        { reviewers, team_reviewers: teamReviewers },
        void 0
      );
    },
    async getIssue(number) {
      const params = { issue_number: number };
      const { data } = await call(
        "GET",
        "/repos/{owner}/{repo}/issues/{issue_number}",
        params,
        () => octokit.rest.issues.get({ ...repoParams, ...params })
      );
      return {
        number: data.number,
        htmlUrl: data.html_url,
        state: data.state === "open" ? "open" : "closed",
        title: data.title,
        body: data.body ?? null,
        author: data.user?.login ?? null,
        labels: data.labels.map((l) => typeof l === "string" ? l : l.name ?? "").filter(Boolean),
        isPull: data.pull_request !== void 0 && data.pull_request !== null
      };
    },
    async closeIssue(number, reason) {
      await write(
        "PATCH",
        "/repos/{owner}/{repo}/issues/{issue_number}",
        { issue_number: number },
        { state: "closed", state_reason: reason },
        void 0
      );
    },
    plannedWrites: () => [...planned]
  };
}

// src/tailscale/tailscale-errors.ts
var MAX_DETAIL_LINES = 10;
var TailscaleError = class extends ExternalError {
  constructor(message, method, path) {
    super(message);
    this.method = method;
    this.path = path;
    this.name = new.target.name;
  }
  method;
  path;
  /** True when trying again later may succeed (rate limits, server errors, no answer). */
  get isTransient() {
    return false;
  }
};
var TailscaleApiError = class extends TailscaleError {
  status;
  serverMessage;
  data;
  attempts;
  constructor(details, message = apiErrorMessage(details)) {
    super(message, details.method, details.path);
    this.status = details.status;
    this.serverMessage = details.serverMessage;
    this.data = details.data ?? [];
    this.attempts = details.attempts ?? 1;
  }
  get isTransient() {
    return this.status === 429 || this.status >= 500;
  }
};
var PolicyConflictError = class extends TailscaleApiError {
  constructor(details, ifMatch) {
    super({
      ...details,
      status: 412,
      hint: ifMatch === '"ts-default"' ? "the tailnet policy is no longer the untouched default, so it was not overwritten" : `the tailnet policy changed after it was read (ETag ${ifMatch}), so it was not overwritten; run again to re-read it`
    });
    this.ifMatch = ifMatch;
  }
  ifMatch;
};
var TailscaleAuthError = class extends TailscaleError {
  constructor(message, method, path, credential, status, serverMessage = "") {
    super(message, method, path);
    this.credential = credential;
    this.status = status;
    this.serverMessage = serverMessage;
  }
  credential;
  status;
  serverMessage;
};
var TailscaleNetworkError = class extends TailscaleError {
  constructor(method, path, reason, code2, attempts, timeoutMs) {
    const what2 = reason === "timeout" ? `no answer within ${timeoutMs} ms` : `connection failed${code2 ? ` (${code2})` : ""}`;
    super(`Tailscale API ${method} ${path} failed: ${what2}${afterAttempts(attempts)}`, method, path);
    this.reason = reason;
    this.code = code2;
    this.attempts = attempts;
  }
  reason;
  code;
  attempts;
  get isTransient() {
    return true;
  }
};
var TailscaleResponseError = class extends TailscaleError {
  constructor(method, path, problem) {
    super(`Tailscale API ${method} ${path} returned an unusable response: ${problem}`, method, path);
  }
};
function redactSecrets(text2, secrets) {
  let out = text2;
  for (const secret of secrets) {
    if (secret) out = out.split(secret).join("***");
  }
  return out;
}
function apiErrorMessage(d) {
  const head = `Tailscale API ${d.method} ${d.path} failed: ${d.status}` + (d.serverMessage ? ` ${d.serverMessage}` : "") + afterAttempts(d.attempts ?? 1) + (d.hint ? `; ${d.hint}` : "");
  return [head, ...detailLines(d.data ?? [])].join("\n");
}
function detailLines(data) {
  const lines = data.flatMap((entry) => {
    const who = entry.user ? `${entry.user}: ` : "";
    return [...entry.errors.map((e) => `  ${who}${e}`), ...entry.warnings.map((w) => `  ${who}warning: ${w}`)];
  });
  if (lines.length <= MAX_DETAIL_LINES) return lines;
  return [...lines.slice(0, MAX_DETAIL_LINES), `  \u2026 and ${lines.length - MAX_DETAIL_LINES} more`];
}
function afterAttempts(attempts) {
  return attempts > 1 ? ` (after ${attempts} attempts)` : "";
}

// src/tailscale/auth.ts
var TOKEN_PATH = "/api/v2/oauth/token";
var TOKEN_EXCHANGE_PATH = "/api/v2/oauth/token-exchange";
var REFRESH_MARGIN_SECONDS = 60;
var DEFAULT_TOKEN_LIFETIME_SECONDS = 3600;
function createAuthenticator(credentials, deps) {
  const known = /* @__PURE__ */ new Set();
  const remember = (secret) => {
    if (!secret || known.has(secret)) return;
    known.add(secret);
    deps.onSecret?.(secret);
  };
  const secrets = () => [...known];
  if (credentials.kind === "api-key") {
    remember(credentials.apiKey);
    return {
      kind: credentials.kind,
      authorization: async () => `Bearer ${credentials.apiKey}`,
      invalidate: () => false,
      secrets
    };
  }
  const minting = credentials;
  if (minting.kind === "oauth") remember(minting.clientSecret);
  let cached;
  let pending;
  async function mint() {
    const { path, form } = await tokenRequest(minting, remember, secrets);
    const res = await deps.transport.send({
      method: "POST",
      path,
      headers: { "Content-Type": "application/x-www-form-urlencoded", Accept: "application/json" },
      body: form.toString()
    });
    if (res.status !== 200) throw tokenError(minting, path, res, secrets());
    const body = parseObject(res.text);
    const token = body?.["access_token"];
    if (typeof token !== "string" || token === "") {
      throw new TailscaleResponseError("POST", path, "no access_token in the token response");
    }
    remember(token);
    const lifetime = Number(body?.["expires_in"]);
    const expiresIn = Number.isFinite(lifetime) && lifetime > 0 ? lifetime : DEFAULT_TOKEN_LIFETIME_SECONDS;
    const margin = Math.min(REFRESH_MARGIN_SECONDS, expiresIn / 2);
    cached = { token, refreshAt: deps.now() + (expiresIn - margin) * 1e3 };
    return token;
  }
  return {
    kind: minting.kind,
    async authorization() {
      if (cached && deps.now() < cached.refreshAt) return `Bearer ${cached.token}`;
      pending ??= mint().finally(() => {
        pending = void 0;
      });
      return `Bearer ${await pending}`;
    },
    invalidate() {
      cached = void 0;
      return true;
    },
    secrets
  };
}
async function tokenRequest(credentials, remember, secrets) {
  if (credentials.kind === "oauth") {
    const form = new URLSearchParams({
      client_id: credentials.clientId,
      client_secret: credentials.clientSecret,
      grant_type: "client_credentials"
    });
    if (credentials.scopes?.length) form.set("scope", credentials.scopes.join(" "));
    return { path: TOKEN_PATH, form };
  }
  let idToken;
  try {
    idToken = await credentials.getIdToken(credentials.audience);
  } catch (err) {
    const reason = redactSecrets(err instanceof Error ? err.message : String(err), secrets());
    throw new TailscaleAuthError(
      `Could not get an OIDC ID token for audience ${credentials.audience}: ${reason}; in GitHub Actions the job needs "permissions: id-token: write"`,
      "POST",
      TOKEN_EXCHANGE_PATH,
      "wif",
      void 0
    );
  }
  remember(idToken);
  return { path: TOKEN_EXCHANGE_PATH, form: new URLSearchParams({ client_id: credentials.clientId, jwt: idToken }) };
}
function tokenError(credentials, path, res, secrets) {
  const body = parseObject(res.text);
  const raw = [body?.["message"], body?.["error_description"], body?.["error"]].find(
    (v) => typeof v === "string" && v !== ""
  );
  const serverMessage = redactSecrets(typeof raw === "string" ? raw : "", secrets);
  if (![400, 401, 403].includes(res.status)) {
    return new TailscaleApiError({ method: "POST", path, status: res.status, serverMessage, attempts: res.attempts });
  }
  const said = `(${res.status})${serverMessage ? `: ${serverMessage}` : ""}`;
  const message = credentials.kind === "oauth" ? `OAuth client credentials were rejected by Tailscale ${said}; check oauth-client-id and oauth-client-secret (TS_OAUTH_CLIENT_ID / TS_OAUTH_CLIENT_SECRET)` + (credentials.scopes?.length ? ` and that the client has the scopes ${credentials.scopes.join(" ")}` : "") : `Workload identity token exchange was rejected by Tailscale ${said}; check oauth-client-id (the federated identity's client ID) and audience, and that the identity's issuer and subject match this workflow`;
  return new TailscaleAuthError(message, "POST", path, credentials.kind, res.status, serverMessage);
}
function parseObject(text2) {
  try {
    const value = JSON.parse(text2);
    return value !== null && typeof value === "object" && !Array.isArray(value) && !deeperThan(value) ? value : void 0;
  } catch {
    return void 0;
  }
}

// src/tailscale/transport.ts
var BACKOFF_BASE_MS = 500;
var BACKOFF_CAP_MS = 1e4;
var RETRY_AFTER_CAP_MS = 6e4;
var RETRYABLE_STATUSES = /* @__PURE__ */ new Set([429, 500, 502, 503, 504]);
function createTransport(options) {
  const baseUrl2 = options.apiUrl.replace(/\/+$/, "");
  async function attempt(request2) {
    const query = request2.query ? `?${new URLSearchParams(request2.query).toString()}` : "";
    try {
      const response = await options.fetch(`${baseUrl2}${request2.path}${query}`, {
        method: request2.method,
        headers: { "User-Agent": options.userAgent, ...request2.headers },
        body: request2.body,
        signal: AbortSignal.timeout(options.timeoutMs)
      });
      const text2 = await response.text();
      return { kind: "response", status: response.status, headers: response.headers, text: text2 };
    } catch (err) {
      const name = err?.name;
      if (name === "TimeoutError" || name === "AbortError") return { kind: "timeout" };
      return { kind: "connection", code: errorCode(err) };
    }
  }
  return {
    async send(request2) {
      let mayHaveBeenApplied = false;
      for (let attempts = 1; ; attempts++) {
        const outcome = await attempt(request2);
        const retryable = outcome.kind !== "response" || RETRYABLE_STATUSES.has(outcome.status);
        if (!retryable || attempts > options.maxRetries) {
          if (outcome.kind === "response") return { ...outcome, attempts, mayHaveBeenApplied };
          throw new TailscaleNetworkError(
            request2.method,
            request2.path,
            outcome.kind,
            outcome.kind === "connection" ? outcome.code : void 0,
            attempts,
            options.timeoutMs
          );
        }
        const unhandled = outcome.kind === "connection" ? outcome.code === "ECONNREFUSED" : outcome.kind === "response" && outcome.status === 429;
        if (!unhandled) mayHaveBeenApplied = true;
        const retryAfter = outcome.kind === "response" ? parseRetryAfter(outcome.headers.get("retry-after"), options.now()) : void 0;
        const backoff = Math.min(BACKOFF_CAP_MS, BACKOFF_BASE_MS * 2 ** (attempts - 1));
        const delayMs = retryAfter ?? Math.floor(options.random() * backoff);
        const reason = describe(outcome, options.timeoutMs);
        options.onRetry?.({ method: request2.method, path: request2.path, attempt: attempts, delayMs, reason });
        await options.sleep(delayMs);
      }
    }
  };
}
function parseRetryAfter(value, nowMs) {
  if (value === null) return void 0;
  const trimmed = value.trim();
  let ms;
  if (/^\d+$/.test(trimmed)) {
    ms = Number(trimmed) * 1e3;
  } else {
    const date = Date.parse(trimmed);
    if (Number.isNaN(date)) return void 0;
    ms = Math.max(0, date - nowMs);
  }
  return Math.min(ms, RETRY_AFTER_CAP_MS);
}
function describe(outcome, timeoutMs) {
  switch (outcome.kind) {
    case "response":
      return `HTTP ${outcome.status}`;
    case "timeout":
      return `no answer within ${timeoutMs} ms`;
    case "connection":
      return `connection failed${outcome.code ? ` (${outcome.code})` : ""}`;
  }
}
function errorCode(err) {
  for (let e = err, depth = 0; e && typeof e === "object" && depth < 4; e = e.cause, depth++) {
    const code2 = e.code;
    if (typeof code2 === "string") return code2;
  }
  return void 0;
}

// src/tailscale/tailscale-client.ts
var WARNINGS_ONLY = "warning(s) found";
function createTailscaleClient(options) {
  const now = options.now ?? Date.now;
  const timeoutMs = options.timeoutMs ?? 3e4;
  const transport = createTransport({
    apiUrl: options.apiUrl.replace(/\/+$/, "").replace(/\/api\/v2$/, ""),
    timeoutMs,
    maxRetries: options.maxRetries ?? 4,
    fetch: options.fetch ?? fetch,
    sleep: options.sleep ?? ((ms) => new Promise((resolve) => setTimeout(resolve, ms))),
    random: options.random ?? Math.random,
    now,
    userAgent: options.userAgent ?? "tailpolicy",
    onRetry: options.onRetry
  });
  const auth2 = createAuthenticator(options.credentials, { transport, now, onSecret: options.onSecret });
  const tailnet = options.tailnet || "-";
  const tailnetPath = `/api/v2/tailnet/${pathEscape(tailnet)}`;
  const redact = (text2) => redactSecrets(text2, auth2.secrets());
  async function send(call) {
    for (let refreshed = false; ; refreshed = true) {
      const res = await transport.send({
        method: call.method,
        path: call.path,
        query: call.query,
        headers: {
          Authorization: await auth2.authorization(),
          Accept: call.accept ?? "application/json",
          ...call.contentType ? { "Content-Type": call.contentType } : {},
          ...call.headers
        },
        body: call.body
      });
      if (res.status === 401 && !refreshed && auth2.invalidate()) continue;
      return res;
    }
  }
  async function request2(call) {
    const res = await send(call);
    if (res.status < 200 || res.status > 299) throw failure(call, res);
    return res;
  }
  async function requestJson(call) {
    return parseJson(call, await request2(call));
  }
  function parseJson(call, res) {
    let value;
    try {
      value = JSON.parse(res.text);
    } catch {
      throw new TailscaleResponseError(call.method, call.path, "the body is not JSON");
    }
    if (deeperThan(value)) throw new TailscaleResponseError(call.method, call.path, "the body nests too deeply");
    return value;
  }
  function serverError(body) {
    const message = body?.["message"];
    return {
      serverMessage: redact(typeof message === "string" ? message : ""),
      data: parseTestResults(body?.["data"]).map((entry) => ({
        ...entry.user === void 0 ? {} : { user: redact(entry.user) },
        errors: entry.errors.map(redact),
        warnings: entry.warnings.map(redact)
      }))
    };
  }
  function failure(call, res) {
    const { serverMessage, data } = serverError(parseObject(res.text));
    if (res.status === 401) {
      const said = `(401) on ${call.method} ${call.path}${serverMessage ? `: ${serverMessage}` : ""}`;
      const message = auth2.kind === "api-key" ? `Tailscale rejected the API access token ${said}; check api-key (TS_API_KEY): it may have expired or been revoked` : `Tailscale rejected a freshly minted access token ${said}; check that the ${auth2.kind === "oauth" ? "OAuth client" : "federated identity"} still exists`;
      return new TailscaleAuthError(message, call.method, call.path, auth2.kind, 401, serverMessage);
    }
    let hint;
    if (res.status === 403) {
      hint = auth2.kind === "api-key" ? "the API access token's user may lack permission for this" : `the credential may lack the "${call.scope}" scope`;
    } else if (res.status === 404 && call.path.startsWith(tailnetPath)) {
      hint = `check the tailnet (${tailnet}); "-" means the credential's own tailnet`;
    }
    const { method, path } = call;
    return new TailscaleApiError({
      method,
      path,
      status: res.status,
      serverMessage,
      data,
      attempts: res.attempts,
      hint
    });
  }
  function etagOf(call, res) {
    const etag = res.headers.get("etag");
    if (!etag) throw new TailscaleResponseError(call.method, call.path, "no ETag header");
    return etag;
  }
  async function getPolicyJson() {
    const call = { method: "GET", path: `${tailnetPath}/acl`, scope: "policy_file:read" };
    const res = await request2(call);
    const etag = etagOf(call, res);
    return { policy: parseJson(call, res), etag };
  }
  function dns2(method, endpoint2, body) {
    return requestJson({
      method,
      path: `${tailnetPath}/dns/${endpoint2}`,
      scope: method === "GET" ? "dns:read" : "dns",
      ...body === void 0 ? {} : { contentType: "application/json", body: JSON.stringify(body) }
    });
  }
  const attributesPath = (deviceId) => `/api/v2/device/${pathEscape(deviceId)}/attributes`;
  return {
    async getPolicy() {
      const call = {
        method: "GET",
        path: `${tailnetPath}/acl`,
        scope: "policy_file:read",
        accept: "application/hujson"
      };
      const res = await request2(call);
      return { hujson: res.text, etag: etagOf(call, res) };
    },
    getPolicyJson,
    async validatePolicy(jsonText) {
      const call = {
        method: "POST",
        path: `${tailnetPath}/acl/validate`,
        scope: "policy_file:read",
        contentType: "application/json",
        body: jsonText
      };
      const res = await send(call);
      if (res.status === 400) {
        const { serverMessage, data: data2 } = serverError(parseObject(res.text));
        return { ok: false, message: serverMessage || "the policy could not be parsed (400)", data: data2 };
      }
      if (res.status < 200 || res.status > 299) throw failure(call, res);
      if (res.text.trim() === "") return { ok: true, data: [] };
      const body = parseObject(res.text);
      if (!body) throw new TailscaleResponseError(call.method, call.path, "the body is not a JSON object");
      const { serverMessage: message, data } = serverError(body);
      const ok = data.every((entry) => entry.errors.length === 0) && (message === "" || message === WARNINGS_ONLY);
      return { ok, ...message ? { message } : {}, data };
    },
    async setPolicy(hujson, ifMatch) {
      const quoted2 = quoteEtag(ifMatch);
      const call = {
        method: "POST",
        path: `${tailnetPath}/acl`,
        scope: "policy_file",
        contentType: "application/hujson",
        headers: { "If-Match": quoted2 },
        body: hujson
      };
      const res = await send(call);
      if (res.status === 412) {
        if (res.mayHaveBeenApplied) {
          const live = await getPolicyJson();
          if (sameJson(live.policy, hujson)) return { etag: live.etag };
        }
        const { serverMessage } = serverError(parseObject(res.text));
        throw new PolicyConflictError(
          { method: call.method, path: call.path, serverMessage, attempts: res.attempts },
          quoted2
        );
      }
      if (res.status < 200 || res.status > 299) throw failure(call, res);
      return { etag: res.headers.get("etag") ?? "" };
    },
    async getSplitDns() {
      return splitDns(await dns2("GET", "split-dns"));
    },
    async putSplitDns(map) {
      return splitDns(await dns2("PUT", "split-dns", map));
    },
    async patchSplitDns(map) {
      return splitDns(await dns2("PATCH", "split-dns", map));
    },
    async getNameservers() {
      return strings(field(await dns2("GET", "nameservers"), "dns"));
    },
    async setNameservers(nameservers) {
      const res = await dns2("POST", "nameservers", { dns: nameservers });
      const magicDNS = field(res, "magicDNS");
      return {
        nameservers: strings(field(res, "dns")),
        magicDNS: typeof magicDNS === "boolean" ? magicDNS : void 0
      };
    },
    async getSearchPaths() {
      return strings(field(await dns2("GET", "searchpaths"), "searchPaths"));
    },
    async setSearchPaths(searchPaths) {
      return strings(field(await dns2("POST", "searchpaths", { searchPaths }), "searchPaths"));
    },
    async getPreferences() {
      return { magicDNS: field(await dns2("GET", "preferences"), "magicDNS") === true };
    },
    async setPreferences(preferences) {
      return {
        magicDNS: field(await dns2("POST", "preferences", { magicDNS: preferences.magicDNS }), "magicDNS") === true
      };
    },
    async listDevices() {
      const res = await requestJson({
        method: "GET",
        path: `${tailnetPath}/devices`,
        query: { fields: "all" },
        scope: "devices:core:read"
      });
      const devices = field(res, "devices");
      return (Array.isArray(devices) ? devices : []).filter(isObject2).map(toDevice);
    },
    async getDeviceAttributes(deviceId) {
      const res = await requestJson({
        method: "GET",
        path: attributesPath(deviceId),
        scope: "devices:posture_attributes:read"
      });
      const attributes = {};
      for (const [key, value] of Object.entries(objectField(res, "attributes"))) {
        if (typeof value === "string" || typeof value === "number" || typeof value === "boolean")
          attributes[key] = value;
      }
      const expiries = {};
      for (const [key, value] of Object.entries(objectField(res, "expiries"))) {
        if (typeof value === "string") expiries[key] = value;
      }
      return { attributes, expiries };
    },
    async setDeviceAttribute(deviceId, key, { value, expiry, comment }) {
      const body = JSON.stringify({
        value,
        ...expiry === void 0 ? {} : { expiry: expiry instanceof Date ? expiry.toISOString() : expiry },
        ...comment === void 0 ? {} : { comment }
      });
      const path = `${attributesPath(deviceId)}/${pathEscape(key)}`;
      await request2({
        method: "POST",
        path,
        scope: "devices:posture_attributes",
        contentType: "application/json",
        body
      });
    },
    async deleteDeviceAttribute(deviceId, key) {
      await request2({
        method: "DELETE",
        path: `${attributesPath(deviceId)}/${pathEscape(key)}`,
        scope: "devices:posture_attributes"
      });
    },
    async listConfigurationLogs(start, end) {
      const res = await requestJson({
        method: "GET",
        path: `${tailnetPath}/logging/configuration`,
        query: { start: start.toISOString(), end: end.toISOString() },
        scope: "logs:configuration:read"
      });
      const logs = field(res, "logs");
      return (Array.isArray(logs) ? logs : []).filter(isObject2).map(toConfigurationEntry).filter((e) => e !== void 0).sort((a, b) => Date.parse(a.eventTime) - Date.parse(b.eventTime));
    },
    async listNetworkLogs(start, end) {
      const res = await requestJson({
        method: "GET",
        path: `${tailnetPath}/logging/network`,
        query: { start: start.toISOString(), end: end.toISOString() },
        scope: "logs:network:read"
      });
      const logs = field(res, "logs");
      return (Array.isArray(logs) ? logs : []).filter(isObject2).map(toFlowLog).filter((e) => e !== void 0);
    },
    secrets: () => auth2.secrets()
  };
}
function text(raw, key) {
  return typeof raw[key] === "string" ? raw[key] : void 0;
}
function isTime(value) {
  return value !== void 0 && !Number.isNaN(Date.parse(value));
}
function toConfigurationEntry(raw) {
  const eventTime = text(raw, "eventTime");
  if (!isTime(eventTime)) return void 0;
  const actor = isObject2(raw["actor"]) ? raw["actor"] : {};
  const target = isObject2(raw["target"]) ? raw["target"] : {};
  const opt = (o, key) => text(o, key) !== void 0 ? { [key]: text(o, key) } : {};
  return {
    eventTime,
    type: text(raw, "type") ?? "",
    eventGroupID: text(raw, "eventGroupID") ?? "",
    origin: text(raw, "origin") ?? "",
    ...opt(raw, "deferredAt"),
    actor: {
      ...opt(actor, "id"),
      ...opt(actor, "type"),
      ...opt(actor, "loginName"),
      ...opt(actor, "displayName"),
      ...Array.isArray(actor["tags"]) ? { tags: strings(actor["tags"]) } : {}
    },
    target: { ...opt(target, "id"), ...opt(target, "name"), ...opt(target, "type"), ...opt(target, "property") },
    action: text(raw, "action") ?? "",
    ..."old" in raw ? { old: raw["old"] } : {},
    ..."new" in raw ? { new: raw["new"] } : {},
    ...opt(raw, "actionDetails"),
    ...opt(raw, "error")
  };
}
function toCounts(value) {
  if (!Array.isArray(value)) return [];
  return value.filter(isObject2).map((c) => ({
    ...typeof c["proto"] === "string" || typeof c["proto"] === "number" ? { proto: c["proto"] } : {},
    ...typeof c["src"] === "string" ? { src: c["src"] } : {},
    ...typeof c["dst"] === "string" ? { dst: c["dst"] } : {},
    ...Object.fromEntries(
      ["txPkts", "txBytes", "rxPkts", "rxBytes"].filter((k) => typeof c[k] === "number" && Number.isFinite(c[k])).map((k) => [k, c[k]])
    )
  }));
}
function toFlowLog(raw) {
  const start = text(raw, "start");
  const end = text(raw, "end");
  if (!isTime(start) || !isTime(end)) return void 0;
  return {
    ...isTime(text(raw, "logged")) ? { logged: text(raw, "logged") } : {},
    nodeId: text(raw, "nodeId") ?? "",
    start,
    end,
    virtualTraffic: toCounts(raw["virtualTraffic"]),
    subnetTraffic: toCounts(raw["subnetTraffic"]),
    exitTraffic: toCounts(raw["exitTraffic"]),
    physicalTraffic: toCounts(raw["physicalTraffic"])
  };
}
function pathEscape(element) {
  return encodeURIComponent(element).replace(/%(24|26|2B|3A|3D|40)/g, (escaped) => decodeURIComponent(escaped));
}
function quoteEtag(etag) {
  const bare = etag.trim().replace(/^"+|"+$/g, "");
  if (bare === "") throw new TypeError('setPolicy needs the ETag read with the policy, or "ts-default"');
  return `"${bare}"`;
}
function parseTestResults(data) {
  if (!Array.isArray(data)) return [];
  return data.map((entry) => {
    if (isObject2(entry)) {
      const user = entry["user"];
      return {
        ...typeof user === "string" && user !== "" ? { user } : {},
        errors: strings(entry["errors"]),
        warnings: strings(entry["warnings"])
      };
    }
    return { errors: [typeof entry === "string" ? entry : JSON.stringify(entry)], warnings: [] };
  });
}
function sameJson(value, hujson) {
  if (jsonBounds(hujson) || deeperThan(value)) return false;
  const errors = [];
  const parsed = parse2(hujson, errors, { allowTrailingComma: true });
  return errors.length === 0 && canonical(parsed) === canonical(value);
}
function canonical(value) {
  if (Array.isArray(value)) return `[${value.map(canonical).join(",")}]`;
  if (isObject2(value)) {
    const keys = Object.keys(value).sort();
    return `{${keys.map((k) => `${JSON.stringify(k)}:${canonical(value[k])}`).join(",")}}`;
  }
  return JSON.stringify(value) ?? "null";
}
function isObject2(value) {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}
function field(value, key) {
  return isObject2(value) ? value[key] : void 0;
}
function objectField(value, key) {
  const inner = field(value, key);
  return isObject2(inner) ? inner : {};
}
function strings(value) {
  if (typeof value === "string") return [value];
  if (!Array.isArray(value)) return [];
  return value.map((item) => typeof item === "string" ? item : JSON.stringify(item));
}
function splitDns(value) {
  const map = {};
  if (!isObject2(value)) return map;
  for (const [domain2, resolvers] of Object.entries(value)) {
    const list2 = strings(resolvers);
    if (list2.length > 0) map[domain2] = list2;
  }
  return map;
}
function toDevice(raw) {
  const text2 = (key) => typeof raw[key] === "string" ? raw[key] : "";
  return {
    ...raw,
    id: text2("id"),
    nodeId: text2("nodeId"),
    name: text2("name"),
    user: text2("user"),
    tags: strings(raw["tags"]),
    addresses: strings(raw["addresses"])
  };
}

// src/modes/clients.ts
var RUNNER = {
  log: (line) => info(line),
  onSecret: (s) => setSecret(s),
  getIdToken: (aud) => getIDToken(aud)
};
function tailscaleClient(inputs, mode, hooks = RUNNER) {
  const c = inputs.credentials;
  if (c.kind === "none") {
    throw new UserError(
      `Mode "${mode}" talks to Tailscale and needs a credential: set "oauth-client-id" with "oauth-client-secret" (an OAuth client), or with "audience" (workload identity federation), or "api-key".`
    );
  }
  if (c.kind === "wif" && !hooks.getIdToken) {
    throw new UserError(
      "Workload identity federation needs the GitHub Actions runner; use an OAuth client or an API key here."
    );
  }
  return createTailscaleClient({
    apiUrl: inputs.apiUrl,
    tailnet: inputs.tailnet,
    credentials: c.kind === "wif" ? { ...c, getIdToken: hooks.getIdToken } : c,
    timeoutMs: inputs.requestTimeoutMs,
    ...hooks.onSecret ? { onSecret: hooks.onSecret } : {},
    onRetry: (r) => hooks.log(`tailpolicy: retrying ${r.method} ${r.path} in ${Math.round(r.delayMs)} ms (${r.reason})`)
  });
}
function githubClient(ctx) {
  if (!ctx.inputs.githubToken || !ctx.owner || !ctx.repo) return void 0;
  return createGitHubClient({
    token: ctx.inputs.githubToken,
    apiUrl: ctx.githubApiUrl,
    owner: ctx.owner,
    repo: ctx.repo,
    dryRun: ctx.inputs.dryRun
  });
}

export {
  error,
  warning,
  formatFinding,
  jsonBounds,
  VERSION,
  ACTION_REPOSITORY,
  SCHEMA_BASE,
  groupMembers,
  attributeKey,
  isTailpolicyAttributeKey,
  planDns,
  buildGrant,
  rulesFor,
  checkGrant,
  parse2 as parse,
  parseTree2 as parseTree,
  findNodeAtLocation2 as findNodeAtLocation,
  getNodeValue2 as getNodeValue,
  canonicalJson,
  policyDigest,
  headerDigest,
  RULE_MARKER,
  rulesFingerprint,
  commentSafe,
  require_dist,
  MAX_FILE_BYTES,
  formatOf,
  parseSource,
  compile,
  parseIP,
  parseAddressSpec,
  IPSet,
  stringsOf,
  hasPorts,
  parseProto,
  parseGrantIp,
  allowsProtoPort,
  compileDstText,
  compilePolicy,
  explain,
  bisectAsync,
  standingAccess,
  standingFindings,
  checkRepository,
  GitHubApiError,
  md,
  code,
  oneLine,
  diffPolicies,
  formatChanges,
  approvalRulesFor,
  latestReviews,
  evaluateApprovals,
  createGitHubClient,
  TailscaleError,
  TailscaleApiError,
  PolicyConflictError,
  createTailscaleClient,
  pathEscape,
  tailscaleClient,
  githubClient
};
/*! For license information please see chunk-SZUJ4VRJ.js.LEGAL.txt */
