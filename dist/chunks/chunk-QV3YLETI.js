import { createRequire as __tailpolicyCreateRequire } from 'node:module';
const require = __tailpolicyCreateRequire(import.meta.url);
import {
  PATTERNS,
  accessSchema,
  dnsSchema,
  grantSchema,
  regex,
  targetsSchema,
  timestamp
} from "./chunk-O3XXVF4M.js";
import {
  closest,
  isBareDate,
  parseDuration,
  parseTimestamp
} from "./chunk-LHDYXOMR.js";
import {
  require_node_fs,
  require_node_os
} from "./chunk-FDXTWYEN.js";
import {
  require_node_path
} from "./chunk-7MLH2TVT.js";
import {
  CONTROLS,
  MAX_FILE_BYTES,
  error,
  formatFinding,
  formatOf,
  parseSource,
  runsOf,
  warning
} from "./chunk-756YIVLH.js";
import {
  UserError
} from "./chunk-SESXFX7C.js";
import {
  __commonJS,
  __toESM
} from "./chunk-RKDLFA4V.js";

// node_modules/ajv/dist/runtime/ucs2length.js
var require_ucs2length = __commonJS({
  "node_modules/ajv/dist/runtime/ucs2length.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    function ucs2length(str) {
      const len = str.length;
      let length = 0;
      let pos = 0;
      let value;
      while (pos < len) {
        length++;
        value = str.charCodeAt(pos++);
        if (value >= 55296 && value <= 56319 && pos < len) {
          value = str.charCodeAt(pos);
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
var schema12 = { "$schema": "http://json-schema.org/draft-07/schema#", "$id": "https://unpkg.com/tailpolicy@0.1.0/schemas/access.schema.json", "title": "tailpolicy access.yaml", "description": "Requestable resources, their approvers and limits, and the people who approve.", "type": "object", "additionalProperties": false, "properties": { "people": { "type": "object", "description": "Login name -> GitHub login, for approvals and mentions.", "propertyNames": { "pattern": "^[^\\s@:]+@[^\\s@:]+$", "description": "A login name, e.g. alice@example.com." }, "additionalProperties": { "type": "string", "pattern": "^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})(?:\\[bot\\])?$" } }, "resources": { "type": "object", "propertyNames": { "pattern": "^[a-z0-9][a-z0-9._-]{0,62}$" }, "additionalProperties": { "type": "object", "additionalProperties": false, "required": ["maxDuration", "approvers"], "anyOf": [{ "required": ["grants"] }, { "required": ["ssh"] }], "properties": { "description": { "type": "string" }, "grants": { "type": "array", "minItems": 1, "description": 'Tailscale grant entries without "src": the grantees become the source.', "items": { "type": "object", "not": { "required": ["src"] } } }, "ssh": { "type": "array", "minItems": 1, "description": 'Tailscale SSH rule entries without "src": the grantees become the source.', "items": { "type": "object", "not": { "required": ["src"] } } }, "maxDuration": { "type": "string", "pattern": "^[1-9][0-9]{0,5}[mhd]$", "description": "A duration in whole minutes, hours or days: 90m, 8h or 7d." }, "eligible": { "type": "array", "items": { "type": "string", "pattern": "^(?:group:[A-Za-z0-9][\\w.@-]*|[^\\s@:]+@[^\\s@:]+|team:[A-Za-z0-9][A-Za-z0-9-]{0,38}/[A-Za-z0-9][\\w.-]{0,99})$", "description": "A login name (alice@example.com), a group of the policy (group:sre), or a GitHub team (team:acme/sre), whose membership is read through GitHub's API (the token needs the organization permission members: read)." }, "minItems": 1, "uniqueItems": true, "description": "Who may be a grantee (default: anyone)." }, "approvers": { "type": "array", "items": { "type": "string", "pattern": "^(?:group:[A-Za-z0-9][\\w.@-]*|[^\\s@:]+@[^\\s@:]+|team:[A-Za-z0-9][A-Za-z0-9-]{0,38}/[A-Za-z0-9][\\w.-]{0,99})$", "description": "A login name (alice@example.com), a group of the policy (group:sre), or a GitHub team (team:acme/sre), whose membership is read through GitHub's API (the token needs the organization permission members: read)." }, "minItems": 1, "uniqueItems": true, "description": "Whose approving review counts." }, "approvals": { "type": "integer", "minimum": 1, "maximum": 10, "description": "How many distinct approvers (default 1)." }, "ticket": { "type": "string", "minLength": 1, "description": "A regular expression (JavaScript syntax); a grant must then carry a matching ticket, e.g. ^INC-[0-9]+$." }, "enforce": { "enum": ["posture"], "description": "posture: Tailscale itself enforces the expiry through a custom device posture attribute, even if no workflow runs." }, "reminder": { "type": "string", "pattern": "^[1-9][0-9]{0,5}[mhd]$", "description": "Mention the grantees on the grant's pull request once, this long before it expires (90m, 8h, 1d), with the command that extends it." }, "autoApprove": { "type": "object", "additionalProperties": false, "required": ["onCall"], "description": "Approval given by a fact instead of a reviewer.", "properties": { "onCall": { "type": "object", "additionalProperties": false, "required": ["pagerduty", "maxDuration"], "description": "A grant whose requester (the PR's author, through people) is on call on one of the schedules, at the check and again at merge, needs no reviewer (the token: pagerduty-token / PAGERDUTY_TOKEN).", "properties": { "pagerduty": { "type": "object", "additionalProperties": false, "required": ["schedules"], "properties": { "schedules": { "type": "array", "minItems": 1, "uniqueItems": true, "items": { "type": "string", "pattern": "^[A-Z0-9]{2,20}$", "description": "A PagerDuty schedule id." } } } }, "maxDuration": { "type": "string", "pattern": "^[1-9][0-9]{0,5}[mhd]$", "description": "Auto-approved grants are capped tighter (90m, 2h)." } } } } }, "breakGlass": { "type": "object", "additionalProperties": false, "required": ["maxDuration", "reviewWithin"], "description": "Access now, review after: a grant whose PR carries the label break-glass and lasts at most maxDuration is applied on merge without approval; an approver reviews it within reviewWithin.", "properties": { "maxDuration": { "type": "string", "pattern": "^[1-9][0-9]{0,5}[mhd]$", "description": "The longest a break-glass grant may last (90m, 1h)." }, "reviewWithin": { "type": "string", "pattern": "^[1-9][0-9]{0,5}[mhd]$", "description": "How soon after the merge an approver must review it (24h)." } } }, "tailnet": { "type": "string", "pattern": "^[a-z0-9][a-z0-9_-]{0,39}$", "description": "With tailpolicy.yaml: the target (tailnet entry) this resource lives in; its grants go in that target's grants folder." }, "standing": { "enum": ["none"], "description": "none: nobody may reach this resource's destinations without a grant; a base rule that does is an error." } } } }, "inline": { "type": "object", "additionalProperties": false, "required": ["maxDuration", "approvers"], "description": "When present, grant files may carry their own rules; these limits and approvers apply.", "properties": { "maxDuration": { "type": "string", "pattern": "^[1-9][0-9]{0,5}[mhd]$", "description": "A duration in whole minutes, hours or days: 90m, 8h or 7d." }, "eligible": { "type": "array", "items": { "type": "string", "pattern": "^(?:group:[A-Za-z0-9][\\w.@-]*|[^\\s@:]+@[^\\s@:]+|team:[A-Za-z0-9][A-Za-z0-9-]{0,38}/[A-Za-z0-9][\\w.-]{0,99})$", "description": "A login name (alice@example.com), a group of the policy (group:sre), or a GitHub team (team:acme/sre), whose membership is read through GitHub's API (the token needs the organization permission members: read)." }, "minItems": 1, "uniqueItems": true, "description": "Who may be a grantee (default: anyone)." }, "approvers": { "type": "array", "items": { "type": "string", "pattern": "^(?:group:[A-Za-z0-9][\\w.@-]*|[^\\s@:]+@[^\\s@:]+|team:[A-Za-z0-9][A-Za-z0-9-]{0,38}/[A-Za-z0-9][\\w.-]{0,99})$", "description": "A login name (alice@example.com), a group of the policy (group:sre), or a GitHub team (team:acme/sre), whose membership is read through GitHub's API (the token needs the organization permission members: read)." }, "minItems": 1, "uniqueItems": true, "description": "Whose approving review counts." }, "approvals": { "type": "integer", "minimum": 1, "maximum": 10, "description": "How many distinct approvers (default 1)." }, "ticket": { "type": "string", "minLength": 1, "description": "A regular expression (JavaScript syntax); a grant must then carry a matching ticket, e.g. ^INC-[0-9]+$." }, "enforce": { "enum": ["posture"], "description": "posture: Tailscale itself enforces the expiry through a custom device posture attribute, even if no workflow runs." } } }, "enforce": { "enum": ["posture"], "description": "posture: Tailscale itself enforces the expiry through a custom device posture attribute, even if no workflow runs." }, "reminder": { "type": "string", "pattern": "^[1-9][0-9]{0,5}[mhd]$", "description": "Mention the grantees on the grant's pull request once, this long before it expires (90m, 8h, 1d), with the command that extends it. The default for every resource." } } };
var pattern5 = new RegExp("^[^\\s@:]+@[^\\s@:]+$", "u");
var pattern6 = new RegExp("^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})(?:\\[bot\\])?$", "u");
var pattern7 = new RegExp("^[a-z0-9][a-z0-9._-]{0,62}$", "u");
var pattern9 = new RegExp("^(?:group:[A-Za-z0-9][\\w.@-]*|[^\\s@:]+@[^\\s@:]+|team:[A-Za-z0-9][A-Za-z0-9-]{0,38}/[A-Za-z0-9][\\w.-]{0,99})$", "u");
var pattern12 = new RegExp("^[A-Z0-9]{2,20}$", "u");
var pattern16 = new RegExp("^[a-z0-9][a-z0-9_-]{0,39}$", "u");
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
                    if (!pattern9.test(data11)) {
                      const err28 = { instancePath: instancePath + "/resources/" + key4.replace(/~/g, "~0").replace(/\//g, "~1") + "/eligible/" + i2, schemaPath: "#/properties/resources/additionalProperties/properties/eligible/items/pattern", keyword: "pattern", params: { pattern: "^(?:group:[A-Za-z0-9][\\w.@-]*|[^\\s@:]+@[^\\s@:]+|team:[A-Za-z0-9][A-Za-z0-9-]{0,38}/[A-Za-z0-9][\\w.-]{0,99})$" }, message: 'must match pattern "^(?:group:[A-Za-z0-9][\\w.@-]*|[^\\s@:]+@[^\\s@:]+|team:[A-Za-z0-9][A-Za-z0-9-]{0,38}/[A-Za-z0-9][\\w.-]{0,99})$"', schema: "^(?:group:[A-Za-z0-9][\\w.@-]*|[^\\s@:]+@[^\\s@:]+|team:[A-Za-z0-9][A-Za-z0-9-]{0,38}/[A-Za-z0-9][\\w.-]{0,99})$", parentSchema: schema12.properties.resources.additionalProperties.properties.eligible.items, data: data11 };
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
                    if (!pattern9.test(data13)) {
                      const err33 = { instancePath: instancePath + "/resources/" + key4.replace(/~/g, "~0").replace(/\//g, "~1") + "/approvers/" + i4, schemaPath: "#/properties/resources/additionalProperties/properties/approvers/items/pattern", keyword: "pattern", params: { pattern: "^(?:group:[A-Za-z0-9][\\w.@-]*|[^\\s@:]+@[^\\s@:]+|team:[A-Za-z0-9][A-Za-z0-9-]{0,38}/[A-Za-z0-9][\\w.-]{0,99})$" }, message: 'must match pattern "^(?:group:[A-Za-z0-9][\\w.@-]*|[^\\s@:]+@[^\\s@:]+|team:[A-Za-z0-9][A-Za-z0-9-]{0,38}/[A-Za-z0-9][\\w.-]{0,99})$"', schema: "^(?:group:[A-Za-z0-9][\\w.@-]*|[^\\s@:]+@[^\\s@:]+|team:[A-Za-z0-9][A-Za-z0-9-]{0,38}/[A-Za-z0-9][\\w.-]{0,99})$", parentSchema: schema12.properties.resources.additionalProperties.properties.approvers.items, data: data13 };
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
            if (data3.autoApprove !== void 0) {
              let data18 = data3.autoApprove;
              if (data18 && typeof data18 == "object" && !Array.isArray(data18)) {
                if (data18.onCall === void 0) {
                  const err45 = { instancePath: instancePath + "/resources/" + key4.replace(/~/g, "~0").replace(/\//g, "~1") + "/autoApprove", schemaPath: "#/properties/resources/additionalProperties/properties/autoApprove/required", keyword: "required", params: { missingProperty: "onCall" }, message: "must have required property 'onCall'", schema: schema12.properties.resources.additionalProperties.properties.autoApprove.required, parentSchema: schema12.properties.resources.additionalProperties.properties.autoApprove, data: data18 };
                  if (vErrors === null) {
                    vErrors = [err45];
                  } else {
                    vErrors.push(err45);
                  }
                  errors++;
                }
                for (const key6 in data18) {
                  if (!(key6 === "onCall")) {
                    const err46 = { instancePath: instancePath + "/resources/" + key4.replace(/~/g, "~0").replace(/\//g, "~1") + "/autoApprove", schemaPath: "#/properties/resources/additionalProperties/properties/autoApprove/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key6 }, message: "must NOT have additional properties", schema: false, parentSchema: schema12.properties.resources.additionalProperties.properties.autoApprove, data: data18 };
                    if (vErrors === null) {
                      vErrors = [err46];
                    } else {
                      vErrors.push(err46);
                    }
                    errors++;
                  }
                }
                if (data18.onCall !== void 0) {
                  let data19 = data18.onCall;
                  if (data19 && typeof data19 == "object" && !Array.isArray(data19)) {
                    if (data19.pagerduty === void 0) {
                      const err47 = { instancePath: instancePath + "/resources/" + key4.replace(/~/g, "~0").replace(/\//g, "~1") + "/autoApprove/onCall", schemaPath: "#/properties/resources/additionalProperties/properties/autoApprove/properties/onCall/required", keyword: "required", params: { missingProperty: "pagerduty" }, message: "must have required property 'pagerduty'", schema: schema12.properties.resources.additionalProperties.properties.autoApprove.properties.onCall.required, parentSchema: schema12.properties.resources.additionalProperties.properties.autoApprove.properties.onCall, data: data19 };
                      if (vErrors === null) {
                        vErrors = [err47];
                      } else {
                        vErrors.push(err47);
                      }
                      errors++;
                    }
                    if (data19.maxDuration === void 0) {
                      const err48 = { instancePath: instancePath + "/resources/" + key4.replace(/~/g, "~0").replace(/\//g, "~1") + "/autoApprove/onCall", schemaPath: "#/properties/resources/additionalProperties/properties/autoApprove/properties/onCall/required", keyword: "required", params: { missingProperty: "maxDuration" }, message: "must have required property 'maxDuration'", schema: schema12.properties.resources.additionalProperties.properties.autoApprove.properties.onCall.required, parentSchema: schema12.properties.resources.additionalProperties.properties.autoApprove.properties.onCall, data: data19 };
                      if (vErrors === null) {
                        vErrors = [err48];
                      } else {
                        vErrors.push(err48);
                      }
                      errors++;
                    }
                    for (const key7 in data19) {
                      if (!(key7 === "pagerduty" || key7 === "maxDuration")) {
                        const err49 = { instancePath: instancePath + "/resources/" + key4.replace(/~/g, "~0").replace(/\//g, "~1") + "/autoApprove/onCall", schemaPath: "#/properties/resources/additionalProperties/properties/autoApprove/properties/onCall/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key7 }, message: "must NOT have additional properties", schema: false, parentSchema: schema12.properties.resources.additionalProperties.properties.autoApprove.properties.onCall, data: data19 };
                        if (vErrors === null) {
                          vErrors = [err49];
                        } else {
                          vErrors.push(err49);
                        }
                        errors++;
                      }
                    }
                    if (data19.pagerduty !== void 0) {
                      let data20 = data19.pagerduty;
                      if (data20 && typeof data20 == "object" && !Array.isArray(data20)) {
                        if (data20.schedules === void 0) {
                          const err50 = { instancePath: instancePath + "/resources/" + key4.replace(/~/g, "~0").replace(/\//g, "~1") + "/autoApprove/onCall/pagerduty", schemaPath: "#/properties/resources/additionalProperties/properties/autoApprove/properties/onCall/properties/pagerduty/required", keyword: "required", params: { missingProperty: "schedules" }, message: "must have required property 'schedules'", schema: schema12.properties.resources.additionalProperties.properties.autoApprove.properties.onCall.properties.pagerduty.required, parentSchema: schema12.properties.resources.additionalProperties.properties.autoApprove.properties.onCall.properties.pagerduty, data: data20 };
                          if (vErrors === null) {
                            vErrors = [err50];
                          } else {
                            vErrors.push(err50);
                          }
                          errors++;
                        }
                        for (const key8 in data20) {
                          if (!(key8 === "schedules")) {
                            const err51 = { instancePath: instancePath + "/resources/" + key4.replace(/~/g, "~0").replace(/\//g, "~1") + "/autoApprove/onCall/pagerduty", schemaPath: "#/properties/resources/additionalProperties/properties/autoApprove/properties/onCall/properties/pagerduty/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key8 }, message: "must NOT have additional properties", schema: false, parentSchema: schema12.properties.resources.additionalProperties.properties.autoApprove.properties.onCall.properties.pagerduty, data: data20 };
                            if (vErrors === null) {
                              vErrors = [err51];
                            } else {
                              vErrors.push(err51);
                            }
                            errors++;
                          }
                        }
                        if (data20.schedules !== void 0) {
                          let data21 = data20.schedules;
                          if (Array.isArray(data21)) {
                            if (data21.length < 1) {
                              const err52 = { instancePath: instancePath + "/resources/" + key4.replace(/~/g, "~0").replace(/\//g, "~1") + "/autoApprove/onCall/pagerduty/schedules", schemaPath: "#/properties/resources/additionalProperties/properties/autoApprove/properties/onCall/properties/pagerduty/properties/schedules/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema12.properties.resources.additionalProperties.properties.autoApprove.properties.onCall.properties.pagerduty.properties.schedules, data: data21 };
                              if (vErrors === null) {
                                vErrors = [err52];
                              } else {
                                vErrors.push(err52);
                              }
                              errors++;
                            }
                            const len4 = data21.length;
                            for (let i6 = 0; i6 < len4; i6++) {
                              let data22 = data21[i6];
                              if (typeof data22 === "string") {
                                if (!pattern12.test(data22)) {
                                  const err53 = { instancePath: instancePath + "/resources/" + key4.replace(/~/g, "~0").replace(/\//g, "~1") + "/autoApprove/onCall/pagerduty/schedules/" + i6, schemaPath: "#/properties/resources/additionalProperties/properties/autoApprove/properties/onCall/properties/pagerduty/properties/schedules/items/pattern", keyword: "pattern", params: { pattern: "^[A-Z0-9]{2,20}$" }, message: 'must match pattern "^[A-Z0-9]{2,20}$"', schema: "^[A-Z0-9]{2,20}$", parentSchema: schema12.properties.resources.additionalProperties.properties.autoApprove.properties.onCall.properties.pagerduty.properties.schedules.items, data: data22 };
                                  if (vErrors === null) {
                                    vErrors = [err53];
                                  } else {
                                    vErrors.push(err53);
                                  }
                                  errors++;
                                }
                              } else {
                                const err54 = { instancePath: instancePath + "/resources/" + key4.replace(/~/g, "~0").replace(/\//g, "~1") + "/autoApprove/onCall/pagerduty/schedules/" + i6, schemaPath: "#/properties/resources/additionalProperties/properties/autoApprove/properties/onCall/properties/pagerduty/properties/schedules/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema12.properties.resources.additionalProperties.properties.autoApprove.properties.onCall.properties.pagerduty.properties.schedules.items.type, parentSchema: schema12.properties.resources.additionalProperties.properties.autoApprove.properties.onCall.properties.pagerduty.properties.schedules.items, data: data22 };
                                if (vErrors === null) {
                                  vErrors = [err54];
                                } else {
                                  vErrors.push(err54);
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
                                  const err55 = { instancePath: instancePath + "/resources/" + key4.replace(/~/g, "~0").replace(/\//g, "~1") + "/autoApprove/onCall/pagerduty/schedules", schemaPath: "#/properties/resources/additionalProperties/properties/autoApprove/properties/onCall/properties/pagerduty/properties/schedules/uniqueItems", keyword: "uniqueItems", params: { i: i7, j: j2 }, message: "must NOT have duplicate items (items ## " + j2 + " and " + i7 + " are identical)", schema: true, parentSchema: schema12.properties.resources.additionalProperties.properties.autoApprove.properties.onCall.properties.pagerduty.properties.schedules, data: data21 };
                                  if (vErrors === null) {
                                    vErrors = [err55];
                                  } else {
                                    vErrors.push(err55);
                                  }
                                  errors++;
                                  break;
                                }
                                indices2[item2] = i7;
                              }
                            }
                          } else {
                            const err56 = { instancePath: instancePath + "/resources/" + key4.replace(/~/g, "~0").replace(/\//g, "~1") + "/autoApprove/onCall/pagerduty/schedules", schemaPath: "#/properties/resources/additionalProperties/properties/autoApprove/properties/onCall/properties/pagerduty/properties/schedules/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema12.properties.resources.additionalProperties.properties.autoApprove.properties.onCall.properties.pagerduty.properties.schedules.type, parentSchema: schema12.properties.resources.additionalProperties.properties.autoApprove.properties.onCall.properties.pagerduty.properties.schedules, data: data21 };
                            if (vErrors === null) {
                              vErrors = [err56];
                            } else {
                              vErrors.push(err56);
                            }
                            errors++;
                          }
                        }
                      } else {
                        const err57 = { instancePath: instancePath + "/resources/" + key4.replace(/~/g, "~0").replace(/\//g, "~1") + "/autoApprove/onCall/pagerduty", schemaPath: "#/properties/resources/additionalProperties/properties/autoApprove/properties/onCall/properties/pagerduty/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema12.properties.resources.additionalProperties.properties.autoApprove.properties.onCall.properties.pagerduty.type, parentSchema: schema12.properties.resources.additionalProperties.properties.autoApprove.properties.onCall.properties.pagerduty, data: data20 };
                        if (vErrors === null) {
                          vErrors = [err57];
                        } else {
                          vErrors.push(err57);
                        }
                        errors++;
                      }
                    }
                    if (data19.maxDuration !== void 0) {
                      let data23 = data19.maxDuration;
                      if (typeof data23 === "string") {
                        if (!pattern3.test(data23)) {
                          const err58 = { instancePath: instancePath + "/resources/" + key4.replace(/~/g, "~0").replace(/\//g, "~1") + "/autoApprove/onCall/maxDuration", schemaPath: "#/properties/resources/additionalProperties/properties/autoApprove/properties/onCall/properties/maxDuration/pattern", keyword: "pattern", params: { pattern: "^[1-9][0-9]{0,5}[mhd]$" }, message: 'must match pattern "^[1-9][0-9]{0,5}[mhd]$"', schema: "^[1-9][0-9]{0,5}[mhd]$", parentSchema: schema12.properties.resources.additionalProperties.properties.autoApprove.properties.onCall.properties.maxDuration, data: data23 };
                          if (vErrors === null) {
                            vErrors = [err58];
                          } else {
                            vErrors.push(err58);
                          }
                          errors++;
                        }
                      } else {
                        const err59 = { instancePath: instancePath + "/resources/" + key4.replace(/~/g, "~0").replace(/\//g, "~1") + "/autoApprove/onCall/maxDuration", schemaPath: "#/properties/resources/additionalProperties/properties/autoApprove/properties/onCall/properties/maxDuration/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema12.properties.resources.additionalProperties.properties.autoApprove.properties.onCall.properties.maxDuration.type, parentSchema: schema12.properties.resources.additionalProperties.properties.autoApprove.properties.onCall.properties.maxDuration, data: data23 };
                        if (vErrors === null) {
                          vErrors = [err59];
                        } else {
                          vErrors.push(err59);
                        }
                        errors++;
                      }
                    }
                  } else {
                    const err60 = { instancePath: instancePath + "/resources/" + key4.replace(/~/g, "~0").replace(/\//g, "~1") + "/autoApprove/onCall", schemaPath: "#/properties/resources/additionalProperties/properties/autoApprove/properties/onCall/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema12.properties.resources.additionalProperties.properties.autoApprove.properties.onCall.type, parentSchema: schema12.properties.resources.additionalProperties.properties.autoApprove.properties.onCall, data: data19 };
                    if (vErrors === null) {
                      vErrors = [err60];
                    } else {
                      vErrors.push(err60);
                    }
                    errors++;
                  }
                }
              } else {
                const err61 = { instancePath: instancePath + "/resources/" + key4.replace(/~/g, "~0").replace(/\//g, "~1") + "/autoApprove", schemaPath: "#/properties/resources/additionalProperties/properties/autoApprove/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema12.properties.resources.additionalProperties.properties.autoApprove.type, parentSchema: schema12.properties.resources.additionalProperties.properties.autoApprove, data: data18 };
                if (vErrors === null) {
                  vErrors = [err61];
                } else {
                  vErrors.push(err61);
                }
                errors++;
              }
            }
            if (data3.breakGlass !== void 0) {
              let data24 = data3.breakGlass;
              if (data24 && typeof data24 == "object" && !Array.isArray(data24)) {
                if (data24.maxDuration === void 0) {
                  const err62 = { instancePath: instancePath + "/resources/" + key4.replace(/~/g, "~0").replace(/\//g, "~1") + "/breakGlass", schemaPath: "#/properties/resources/additionalProperties/properties/breakGlass/required", keyword: "required", params: { missingProperty: "maxDuration" }, message: "must have required property 'maxDuration'", schema: schema12.properties.resources.additionalProperties.properties.breakGlass.required, parentSchema: schema12.properties.resources.additionalProperties.properties.breakGlass, data: data24 };
                  if (vErrors === null) {
                    vErrors = [err62];
                  } else {
                    vErrors.push(err62);
                  }
                  errors++;
                }
                if (data24.reviewWithin === void 0) {
                  const err63 = { instancePath: instancePath + "/resources/" + key4.replace(/~/g, "~0").replace(/\//g, "~1") + "/breakGlass", schemaPath: "#/properties/resources/additionalProperties/properties/breakGlass/required", keyword: "required", params: { missingProperty: "reviewWithin" }, message: "must have required property 'reviewWithin'", schema: schema12.properties.resources.additionalProperties.properties.breakGlass.required, parentSchema: schema12.properties.resources.additionalProperties.properties.breakGlass, data: data24 };
                  if (vErrors === null) {
                    vErrors = [err63];
                  } else {
                    vErrors.push(err63);
                  }
                  errors++;
                }
                for (const key9 in data24) {
                  if (!(key9 === "maxDuration" || key9 === "reviewWithin")) {
                    const err64 = { instancePath: instancePath + "/resources/" + key4.replace(/~/g, "~0").replace(/\//g, "~1") + "/breakGlass", schemaPath: "#/properties/resources/additionalProperties/properties/breakGlass/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key9 }, message: "must NOT have additional properties", schema: false, parentSchema: schema12.properties.resources.additionalProperties.properties.breakGlass, data: data24 };
                    if (vErrors === null) {
                      vErrors = [err64];
                    } else {
                      vErrors.push(err64);
                    }
                    errors++;
                  }
                }
                if (data24.maxDuration !== void 0) {
                  let data25 = data24.maxDuration;
                  if (typeof data25 === "string") {
                    if (!pattern3.test(data25)) {
                      const err65 = { instancePath: instancePath + "/resources/" + key4.replace(/~/g, "~0").replace(/\//g, "~1") + "/breakGlass/maxDuration", schemaPath: "#/properties/resources/additionalProperties/properties/breakGlass/properties/maxDuration/pattern", keyword: "pattern", params: { pattern: "^[1-9][0-9]{0,5}[mhd]$" }, message: 'must match pattern "^[1-9][0-9]{0,5}[mhd]$"', schema: "^[1-9][0-9]{0,5}[mhd]$", parentSchema: schema12.properties.resources.additionalProperties.properties.breakGlass.properties.maxDuration, data: data25 };
                      if (vErrors === null) {
                        vErrors = [err65];
                      } else {
                        vErrors.push(err65);
                      }
                      errors++;
                    }
                  } else {
                    const err66 = { instancePath: instancePath + "/resources/" + key4.replace(/~/g, "~0").replace(/\//g, "~1") + "/breakGlass/maxDuration", schemaPath: "#/properties/resources/additionalProperties/properties/breakGlass/properties/maxDuration/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema12.properties.resources.additionalProperties.properties.breakGlass.properties.maxDuration.type, parentSchema: schema12.properties.resources.additionalProperties.properties.breakGlass.properties.maxDuration, data: data25 };
                    if (vErrors === null) {
                      vErrors = [err66];
                    } else {
                      vErrors.push(err66);
                    }
                    errors++;
                  }
                }
                if (data24.reviewWithin !== void 0) {
                  let data26 = data24.reviewWithin;
                  if (typeof data26 === "string") {
                    if (!pattern3.test(data26)) {
                      const err67 = { instancePath: instancePath + "/resources/" + key4.replace(/~/g, "~0").replace(/\//g, "~1") + "/breakGlass/reviewWithin", schemaPath: "#/properties/resources/additionalProperties/properties/breakGlass/properties/reviewWithin/pattern", keyword: "pattern", params: { pattern: "^[1-9][0-9]{0,5}[mhd]$" }, message: 'must match pattern "^[1-9][0-9]{0,5}[mhd]$"', schema: "^[1-9][0-9]{0,5}[mhd]$", parentSchema: schema12.properties.resources.additionalProperties.properties.breakGlass.properties.reviewWithin, data: data26 };
                      if (vErrors === null) {
                        vErrors = [err67];
                      } else {
                        vErrors.push(err67);
                      }
                      errors++;
                    }
                  } else {
                    const err68 = { instancePath: instancePath + "/resources/" + key4.replace(/~/g, "~0").replace(/\//g, "~1") + "/breakGlass/reviewWithin", schemaPath: "#/properties/resources/additionalProperties/properties/breakGlass/properties/reviewWithin/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema12.properties.resources.additionalProperties.properties.breakGlass.properties.reviewWithin.type, parentSchema: schema12.properties.resources.additionalProperties.properties.breakGlass.properties.reviewWithin, data: data26 };
                    if (vErrors === null) {
                      vErrors = [err68];
                    } else {
                      vErrors.push(err68);
                    }
                    errors++;
                  }
                }
              } else {
                const err69 = { instancePath: instancePath + "/resources/" + key4.replace(/~/g, "~0").replace(/\//g, "~1") + "/breakGlass", schemaPath: "#/properties/resources/additionalProperties/properties/breakGlass/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema12.properties.resources.additionalProperties.properties.breakGlass.type, parentSchema: schema12.properties.resources.additionalProperties.properties.breakGlass, data: data24 };
                if (vErrors === null) {
                  vErrors = [err69];
                } else {
                  vErrors.push(err69);
                }
                errors++;
              }
            }
            if (data3.tailnet !== void 0) {
              let data27 = data3.tailnet;
              if (typeof data27 === "string") {
                if (!pattern16.test(data27)) {
                  const err70 = { instancePath: instancePath + "/resources/" + key4.replace(/~/g, "~0").replace(/\//g, "~1") + "/tailnet", schemaPath: "#/properties/resources/additionalProperties/properties/tailnet/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9][a-z0-9_-]{0,39}$" }, message: 'must match pattern "^[a-z0-9][a-z0-9_-]{0,39}$"', schema: "^[a-z0-9][a-z0-9_-]{0,39}$", parentSchema: schema12.properties.resources.additionalProperties.properties.tailnet, data: data27 };
                  if (vErrors === null) {
                    vErrors = [err70];
                  } else {
                    vErrors.push(err70);
                  }
                  errors++;
                }
              } else {
                const err71 = { instancePath: instancePath + "/resources/" + key4.replace(/~/g, "~0").replace(/\//g, "~1") + "/tailnet", schemaPath: "#/properties/resources/additionalProperties/properties/tailnet/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema12.properties.resources.additionalProperties.properties.tailnet.type, parentSchema: schema12.properties.resources.additionalProperties.properties.tailnet, data: data27 };
                if (vErrors === null) {
                  vErrors = [err71];
                } else {
                  vErrors.push(err71);
                }
                errors++;
              }
            }
            if (data3.standing !== void 0) {
              let data28 = data3.standing;
              if (!(data28 === "none")) {
                const err72 = { instancePath: instancePath + "/resources/" + key4.replace(/~/g, "~0").replace(/\//g, "~1") + "/standing", schemaPath: "#/properties/resources/additionalProperties/properties/standing/enum", keyword: "enum", params: { allowedValues: schema12.properties.resources.additionalProperties.properties.standing.enum }, message: "must be equal to one of the allowed values", schema: schema12.properties.resources.additionalProperties.properties.standing.enum, parentSchema: schema12.properties.resources.additionalProperties.properties.standing, data: data28 };
                if (vErrors === null) {
                  vErrors = [err72];
                } else {
                  vErrors.push(err72);
                }
                errors++;
              }
            }
          } else {
            const err73 = { instancePath: instancePath + "/resources/" + key4.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/resources/additionalProperties/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema12.properties.resources.additionalProperties.type, parentSchema: schema12.properties.resources.additionalProperties, data: data3 };
            if (vErrors === null) {
              vErrors = [err73];
            } else {
              vErrors.push(err73);
            }
            errors++;
          }
        }
      } else {
        const err74 = { instancePath: instancePath + "/resources", schemaPath: "#/properties/resources/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema12.properties.resources.type, parentSchema: schema12.properties.resources, data: data2 };
        if (vErrors === null) {
          vErrors = [err74];
        } else {
          vErrors.push(err74);
        }
        errors++;
      }
    }
    if (data.inline !== void 0) {
      let data29 = data.inline;
      if (data29 && typeof data29 == "object" && !Array.isArray(data29)) {
        if (data29.maxDuration === void 0) {
          const err75 = { instancePath: instancePath + "/inline", schemaPath: "#/properties/inline/required", keyword: "required", params: { missingProperty: "maxDuration" }, message: "must have required property 'maxDuration'", schema: schema12.properties.inline.required, parentSchema: schema12.properties.inline, data: data29 };
          if (vErrors === null) {
            vErrors = [err75];
          } else {
            vErrors.push(err75);
          }
          errors++;
        }
        if (data29.approvers === void 0) {
          const err76 = { instancePath: instancePath + "/inline", schemaPath: "#/properties/inline/required", keyword: "required", params: { missingProperty: "approvers" }, message: "must have required property 'approvers'", schema: schema12.properties.inline.required, parentSchema: schema12.properties.inline, data: data29 };
          if (vErrors === null) {
            vErrors = [err76];
          } else {
            vErrors.push(err76);
          }
          errors++;
        }
        for (const key10 in data29) {
          if (!(key10 === "maxDuration" || key10 === "eligible" || key10 === "approvers" || key10 === "approvals" || key10 === "ticket" || key10 === "enforce")) {
            const err77 = { instancePath: instancePath + "/inline", schemaPath: "#/properties/inline/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key10 }, message: "must NOT have additional properties", schema: false, parentSchema: schema12.properties.inline, data: data29 };
            if (vErrors === null) {
              vErrors = [err77];
            } else {
              vErrors.push(err77);
            }
            errors++;
          }
        }
        if (data29.maxDuration !== void 0) {
          let data30 = data29.maxDuration;
          if (typeof data30 === "string") {
            if (!pattern3.test(data30)) {
              const err78 = { instancePath: instancePath + "/inline/maxDuration", schemaPath: "#/properties/inline/properties/maxDuration/pattern", keyword: "pattern", params: { pattern: "^[1-9][0-9]{0,5}[mhd]$" }, message: 'must match pattern "^[1-9][0-9]{0,5}[mhd]$"', schema: "^[1-9][0-9]{0,5}[mhd]$", parentSchema: schema12.properties.inline.properties.maxDuration, data: data30 };
              if (vErrors === null) {
                vErrors = [err78];
              } else {
                vErrors.push(err78);
              }
              errors++;
            }
          } else {
            const err79 = { instancePath: instancePath + "/inline/maxDuration", schemaPath: "#/properties/inline/properties/maxDuration/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema12.properties.inline.properties.maxDuration.type, parentSchema: schema12.properties.inline.properties.maxDuration, data: data30 };
            if (vErrors === null) {
              vErrors = [err79];
            } else {
              vErrors.push(err79);
            }
            errors++;
          }
        }
        if (data29.eligible !== void 0) {
          let data31 = data29.eligible;
          if (Array.isArray(data31)) {
            if (data31.length < 1) {
              const err80 = { instancePath: instancePath + "/inline/eligible", schemaPath: "#/properties/inline/properties/eligible/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema12.properties.inline.properties.eligible, data: data31 };
              if (vErrors === null) {
                vErrors = [err80];
              } else {
                vErrors.push(err80);
              }
              errors++;
            }
            const len5 = data31.length;
            for (let i8 = 0; i8 < len5; i8++) {
              let data32 = data31[i8];
              if (typeof data32 === "string") {
                if (!pattern9.test(data32)) {
                  const err81 = { instancePath: instancePath + "/inline/eligible/" + i8, schemaPath: "#/properties/inline/properties/eligible/items/pattern", keyword: "pattern", params: { pattern: "^(?:group:[A-Za-z0-9][\\w.@-]*|[^\\s@:]+@[^\\s@:]+|team:[A-Za-z0-9][A-Za-z0-9-]{0,38}/[A-Za-z0-9][\\w.-]{0,99})$" }, message: 'must match pattern "^(?:group:[A-Za-z0-9][\\w.@-]*|[^\\s@:]+@[^\\s@:]+|team:[A-Za-z0-9][A-Za-z0-9-]{0,38}/[A-Za-z0-9][\\w.-]{0,99})$"', schema: "^(?:group:[A-Za-z0-9][\\w.@-]*|[^\\s@:]+@[^\\s@:]+|team:[A-Za-z0-9][A-Za-z0-9-]{0,38}/[A-Za-z0-9][\\w.-]{0,99})$", parentSchema: schema12.properties.inline.properties.eligible.items, data: data32 };
                  if (vErrors === null) {
                    vErrors = [err81];
                  } else {
                    vErrors.push(err81);
                  }
                  errors++;
                }
              } else {
                const err82 = { instancePath: instancePath + "/inline/eligible/" + i8, schemaPath: "#/properties/inline/properties/eligible/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema12.properties.inline.properties.eligible.items.type, parentSchema: schema12.properties.inline.properties.eligible.items, data: data32 };
                if (vErrors === null) {
                  vErrors = [err82];
                } else {
                  vErrors.push(err82);
                }
                errors++;
              }
            }
            let i9 = data31.length;
            let j3;
            if (i9 > 1) {
              const indices3 = {};
              for (; i9--; ) {
                let item3 = data31[i9];
                if (typeof item3 !== "string") {
                  continue;
                }
                if (typeof indices3[item3] == "number") {
                  j3 = indices3[item3];
                  const err83 = { instancePath: instancePath + "/inline/eligible", schemaPath: "#/properties/inline/properties/eligible/uniqueItems", keyword: "uniqueItems", params: { i: i9, j: j3 }, message: "must NOT have duplicate items (items ## " + j3 + " and " + i9 + " are identical)", schema: true, parentSchema: schema12.properties.inline.properties.eligible, data: data31 };
                  if (vErrors === null) {
                    vErrors = [err83];
                  } else {
                    vErrors.push(err83);
                  }
                  errors++;
                  break;
                }
                indices3[item3] = i9;
              }
            }
          } else {
            const err84 = { instancePath: instancePath + "/inline/eligible", schemaPath: "#/properties/inline/properties/eligible/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema12.properties.inline.properties.eligible.type, parentSchema: schema12.properties.inline.properties.eligible, data: data31 };
            if (vErrors === null) {
              vErrors = [err84];
            } else {
              vErrors.push(err84);
            }
            errors++;
          }
        }
        if (data29.approvers !== void 0) {
          let data33 = data29.approvers;
          if (Array.isArray(data33)) {
            if (data33.length < 1) {
              const err85 = { instancePath: instancePath + "/inline/approvers", schemaPath: "#/properties/inline/properties/approvers/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema12.properties.inline.properties.approvers, data: data33 };
              if (vErrors === null) {
                vErrors = [err85];
              } else {
                vErrors.push(err85);
              }
              errors++;
            }
            const len6 = data33.length;
            for (let i10 = 0; i10 < len6; i10++) {
              let data34 = data33[i10];
              if (typeof data34 === "string") {
                if (!pattern9.test(data34)) {
                  const err86 = { instancePath: instancePath + "/inline/approvers/" + i10, schemaPath: "#/properties/inline/properties/approvers/items/pattern", keyword: "pattern", params: { pattern: "^(?:group:[A-Za-z0-9][\\w.@-]*|[^\\s@:]+@[^\\s@:]+|team:[A-Za-z0-9][A-Za-z0-9-]{0,38}/[A-Za-z0-9][\\w.-]{0,99})$" }, message: 'must match pattern "^(?:group:[A-Za-z0-9][\\w.@-]*|[^\\s@:]+@[^\\s@:]+|team:[A-Za-z0-9][A-Za-z0-9-]{0,38}/[A-Za-z0-9][\\w.-]{0,99})$"', schema: "^(?:group:[A-Za-z0-9][\\w.@-]*|[^\\s@:]+@[^\\s@:]+|team:[A-Za-z0-9][A-Za-z0-9-]{0,38}/[A-Za-z0-9][\\w.-]{0,99})$", parentSchema: schema12.properties.inline.properties.approvers.items, data: data34 };
                  if (vErrors === null) {
                    vErrors = [err86];
                  } else {
                    vErrors.push(err86);
                  }
                  errors++;
                }
              } else {
                const err87 = { instancePath: instancePath + "/inline/approvers/" + i10, schemaPath: "#/properties/inline/properties/approvers/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema12.properties.inline.properties.approvers.items.type, parentSchema: schema12.properties.inline.properties.approvers.items, data: data34 };
                if (vErrors === null) {
                  vErrors = [err87];
                } else {
                  vErrors.push(err87);
                }
                errors++;
              }
            }
            let i11 = data33.length;
            let j4;
            if (i11 > 1) {
              const indices4 = {};
              for (; i11--; ) {
                let item4 = data33[i11];
                if (typeof item4 !== "string") {
                  continue;
                }
                if (typeof indices4[item4] == "number") {
                  j4 = indices4[item4];
                  const err88 = { instancePath: instancePath + "/inline/approvers", schemaPath: "#/properties/inline/properties/approvers/uniqueItems", keyword: "uniqueItems", params: { i: i11, j: j4 }, message: "must NOT have duplicate items (items ## " + j4 + " and " + i11 + " are identical)", schema: true, parentSchema: schema12.properties.inline.properties.approvers, data: data33 };
                  if (vErrors === null) {
                    vErrors = [err88];
                  } else {
                    vErrors.push(err88);
                  }
                  errors++;
                  break;
                }
                indices4[item4] = i11;
              }
            }
          } else {
            const err89 = { instancePath: instancePath + "/inline/approvers", schemaPath: "#/properties/inline/properties/approvers/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema12.properties.inline.properties.approvers.type, parentSchema: schema12.properties.inline.properties.approvers, data: data33 };
            if (vErrors === null) {
              vErrors = [err89];
            } else {
              vErrors.push(err89);
            }
            errors++;
          }
        }
        if (data29.approvals !== void 0) {
          let data35 = data29.approvals;
          if (!(typeof data35 == "number" && (!(data35 % 1) && !isNaN(data35)) && isFinite(data35))) {
            const err90 = { instancePath: instancePath + "/inline/approvals", schemaPath: "#/properties/inline/properties/approvals/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema12.properties.inline.properties.approvals.type, parentSchema: schema12.properties.inline.properties.approvals, data: data35 };
            if (vErrors === null) {
              vErrors = [err90];
            } else {
              vErrors.push(err90);
            }
            errors++;
          }
          if (typeof data35 == "number" && isFinite(data35)) {
            if (data35 > 10 || isNaN(data35)) {
              const err91 = { instancePath: instancePath + "/inline/approvals", schemaPath: "#/properties/inline/properties/approvals/maximum", keyword: "maximum", params: { comparison: "<=", limit: 10 }, message: "must be <= 10", schema: 10, parentSchema: schema12.properties.inline.properties.approvals, data: data35 };
              if (vErrors === null) {
                vErrors = [err91];
              } else {
                vErrors.push(err91);
              }
              errors++;
            }
            if (data35 < 1 || isNaN(data35)) {
              const err92 = { instancePath: instancePath + "/inline/approvals", schemaPath: "#/properties/inline/properties/approvals/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema12.properties.inline.properties.approvals, data: data35 };
              if (vErrors === null) {
                vErrors = [err92];
              } else {
                vErrors.push(err92);
              }
              errors++;
            }
          }
        }
        if (data29.ticket !== void 0) {
          let data36 = data29.ticket;
          if (typeof data36 === "string") {
            if (func3(data36) < 1) {
              const err93 = { instancePath: instancePath + "/inline/ticket", schemaPath: "#/properties/inline/properties/ticket/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema12.properties.inline.properties.ticket, data: data36 };
              if (vErrors === null) {
                vErrors = [err93];
              } else {
                vErrors.push(err93);
              }
              errors++;
            }
          } else {
            const err94 = { instancePath: instancePath + "/inline/ticket", schemaPath: "#/properties/inline/properties/ticket/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema12.properties.inline.properties.ticket.type, parentSchema: schema12.properties.inline.properties.ticket, data: data36 };
            if (vErrors === null) {
              vErrors = [err94];
            } else {
              vErrors.push(err94);
            }
            errors++;
          }
        }
        if (data29.enforce !== void 0) {
          let data37 = data29.enforce;
          if (!(data37 === "posture")) {
            const err95 = { instancePath: instancePath + "/inline/enforce", schemaPath: "#/properties/inline/properties/enforce/enum", keyword: "enum", params: { allowedValues: schema12.properties.inline.properties.enforce.enum }, message: "must be equal to one of the allowed values", schema: schema12.properties.inline.properties.enforce.enum, parentSchema: schema12.properties.inline.properties.enforce, data: data37 };
            if (vErrors === null) {
              vErrors = [err95];
            } else {
              vErrors.push(err95);
            }
            errors++;
          }
        }
      } else {
        const err96 = { instancePath: instancePath + "/inline", schemaPath: "#/properties/inline/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema12.properties.inline.type, parentSchema: schema12.properties.inline, data: data29 };
        if (vErrors === null) {
          vErrors = [err96];
        } else {
          vErrors.push(err96);
        }
        errors++;
      }
    }
    if (data.enforce !== void 0) {
      let data38 = data.enforce;
      if (!(data38 === "posture")) {
        const err97 = { instancePath: instancePath + "/enforce", schemaPath: "#/properties/enforce/enum", keyword: "enum", params: { allowedValues: schema12.properties.enforce.enum }, message: "must be equal to one of the allowed values", schema: schema12.properties.enforce.enum, parentSchema: schema12.properties.enforce, data: data38 };
        if (vErrors === null) {
          vErrors = [err97];
        } else {
          vErrors.push(err97);
        }
        errors++;
      }
    }
    if (data.reminder !== void 0) {
      let data39 = data.reminder;
      if (typeof data39 === "string") {
        if (!pattern3.test(data39)) {
          const err98 = { instancePath: instancePath + "/reminder", schemaPath: "#/properties/reminder/pattern", keyword: "pattern", params: { pattern: "^[1-9][0-9]{0,5}[mhd]$" }, message: 'must match pattern "^[1-9][0-9]{0,5}[mhd]$"', schema: "^[1-9][0-9]{0,5}[mhd]$", parentSchema: schema12.properties.reminder, data: data39 };
          if (vErrors === null) {
            vErrors = [err98];
          } else {
            vErrors.push(err98);
          }
          errors++;
        }
      } else {
        const err99 = { instancePath: instancePath + "/reminder", schemaPath: "#/properties/reminder/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema12.properties.reminder.type, parentSchema: schema12.properties.reminder, data: data39 };
        if (vErrors === null) {
          vErrors = [err99];
        } else {
          vErrors.push(err99);
        }
        errors++;
      }
    }
  } else {
    const err100 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema12.type, parentSchema: schema12, data };
    if (vErrors === null) {
      vErrors = [err100];
    } else {
      vErrors.push(err100);
    }
    errors++;
  }
  validate11.errors = vErrors;
  return errors === 0;
}
var dns = validate12;
var schema13 = { "$schema": "http://json-schema.org/draft-07/schema#", "$id": "https://unpkg.com/tailpolicy@0.1.0/schemas/dns.schema.json", "title": "tailpolicy dns.yaml", "description": "DNS settings of the tailnet. An absent setting is left as it is; a present one is made exactly so.", "type": "object", "additionalProperties": false, "properties": { "splitDNS": { "type": "object", "description": "Domain -> resolvers. The whole map is managed: a domain removed here is removed from the tailnet.", "propertyNames": { "pattern": "^(?=.{1,253}$)(?!-)[A-Za-z0-9-]{1,63}(?:\\.[A-Za-z0-9-]{1,63})*\\.?$", "description": "A domain name, e.g. corp.example.com." }, "additionalProperties": { "type": "array", "minItems": 1, "items": { "type": "string", "pattern": "^(?:(?:(?:25[0-5]|2[0-4][0-9]|[01]?[0-9]?[0-9])\\.){3}(?:25[0-5]|2[0-4][0-9]|[01]?[0-9]?[0-9])|(?=[0-9A-Fa-f:]*:)(?!.*::.*::)[0-9A-Fa-f:]+|https://\\S+)$", "description": "A resolver: an IPv4 or IPv6 address (10.0.0.53) or a DNS-over-HTTPS URL (https://\u2026)." } } }, "nameservers": { "type": "array", "items": { "type": "string", "pattern": "^(?:(?:(?:25[0-5]|2[0-4][0-9]|[01]?[0-9]?[0-9])\\.){3}(?:25[0-5]|2[0-4][0-9]|[01]?[0-9]?[0-9])|(?=[0-9A-Fa-f:]*:)(?!.*::.*::)[0-9A-Fa-f:]+|https://\\S+)$", "description": "A resolver: an IPv4 or IPv6 address (10.0.0.53) or a DNS-over-HTTPS URL (https://\u2026)." } }, "searchPaths": { "type": "array", "items": { "type": "string", "pattern": "^(?=.{1,253}$)(?!-)[A-Za-z0-9-]{1,63}(?:\\.[A-Za-z0-9-]{1,63})*\\.?$", "description": "A domain name, e.g. corp.example.com." } }, "magicDNS": { "type": "boolean" } } };
var pattern21 = new RegExp("^(?=.{1,253}$)(?!-)[A-Za-z0-9-]{1,63}(?:\\.[A-Za-z0-9-]{1,63})*\\.?$", "u");
var pattern22 = new RegExp("^(?:(?:(?:25[0-5]|2[0-4][0-9]|[01]?[0-9]?[0-9])\\.){3}(?:25[0-5]|2[0-4][0-9]|[01]?[0-9]?[0-9])|(?=[0-9A-Fa-f:]*:)(?!.*::.*::)[0-9A-Fa-f:]+|https://\\S+)$", "u");
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
            if (!pattern21.test(key1)) {
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
                if (!pattern22.test(data2)) {
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
            if (!pattern22.test(data4)) {
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
            if (!pattern21.test(data6)) {
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
var targets = validate13;
var schema14 = { "$schema": "http://json-schema.org/draft-07/schema#", "$id": "https://unpkg.com/tailpolicy@0.1.0/schemas/tailpolicy.schema.json", "title": "tailpolicy.yaml", "description": "Several tailnets from one repository: each target names its tailnet, its fragment folders and its grants folder.", "type": "object", "additionalProperties": false, "required": ["tailnets"], "properties": { "tailnets": { "type": "object", "minProperties": 1, "description": "The targets, by name; every command and mode takes target / --target NAME.", "propertyNames": { "pattern": "^[a-z0-9][a-z0-9_-]{0,39}$", "description": "A target name: lower-case letters, digits, - and _ (it names the branch tailpolicy/expired-<name>)." }, "additionalProperties": { "type": "object", "additionalProperties": false, "required": ["tailnet", "policy", "grants"], "properties": { "tailnet": { "type": "string", "minLength": 1, "description": `The tailnet, as the API names it (example.com), or "-" for the credential's own.` }, "policy": { "description": "The fragment folders of this tailnet, merged in this order (e.g. [policy/common, policy/prod]).", "anyOf": [{ "type": "string", "pattern": "^(?!.*(?:^|/)\\.\\.?(?:/|$))(?!.*//)[A-Za-z0-9_][A-Za-z0-9._/-]*$", "description": "A folder of the repository, relative to its root, e.g. policy/prod." }, { "type": "array", "items": { "type": "string", "pattern": "^(?!.*(?:^|/)\\.\\.?(?:/|$))(?!.*//)[A-Za-z0-9_][A-Za-z0-9._/-]*$", "description": "A folder of the repository, relative to its root, e.g. policy/prod." }, "minItems": 1, "uniqueItems": true }] }, "grants": { "type": "string", "pattern": "^(?!.*(?:^|/)\\.\\.?(?:/|$))(?!.*//)[A-Za-z0-9_][A-Za-z0-9._/-]*$", "description": "This tailnet's grants folder; no other target may share it." } } } } } };
var pattern26 = new RegExp("^(?!.*(?:^|/)\\.\\.?(?:/|$))(?!.*//)[A-Za-z0-9_][A-Za-z0-9._/-]*$", "u");
function validate13(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.tailnets === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "tailnets" }, message: "must have required property 'tailnets'", schema: schema14.required, parentSchema: schema14, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "tailnets")) {
        const err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema14, data };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.tailnets !== void 0) {
      let data0 = data.tailnets;
      if (data0 && typeof data0 == "object" && !Array.isArray(data0)) {
        if (Object.keys(data0).length < 1) {
          const err2 = { instancePath: instancePath + "/tailnets", schemaPath: "#/properties/tailnets/minProperties", keyword: "minProperties", params: { limit: 1 }, message: "must NOT have fewer than 1 properties", schema: 1, parentSchema: schema14.properties.tailnets, data: data0 };
          if (vErrors === null) {
            vErrors = [err2];
          } else {
            vErrors.push(err2);
          }
          errors++;
        }
        for (const key1 in data0) {
          const _errs4 = errors;
          if (typeof key1 === "string") {
            if (!pattern16.test(key1)) {
              const err3 = { instancePath: instancePath + "/tailnets", schemaPath: "#/properties/tailnets/propertyNames/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9][a-z0-9_-]{0,39}$" }, message: 'must match pattern "^[a-z0-9][a-z0-9_-]{0,39}$"', schema: "^[a-z0-9][a-z0-9_-]{0,39}$", parentSchema: schema14.properties.tailnets.propertyNames, data: key1, propertyName: key1 };
              if (vErrors === null) {
                vErrors = [err3];
              } else {
                vErrors.push(err3);
              }
              errors++;
            }
          }
          var valid1 = _errs4 === errors;
          if (!valid1) {
            const err4 = { instancePath: instancePath + "/tailnets", schemaPath: "#/properties/tailnets/propertyNames", keyword: "propertyNames", params: { propertyName: key1 }, message: "property name must be valid", schema: schema14.properties.tailnets.propertyNames, parentSchema: schema14.properties.tailnets, data: data0 };
            if (vErrors === null) {
              vErrors = [err4];
            } else {
              vErrors.push(err4);
            }
            errors++;
          }
        }
        for (const key2 in data0) {
          let data1 = data0[key2];
          if (data1 && typeof data1 == "object" && !Array.isArray(data1)) {
            if (data1.tailnet === void 0) {
              const err5 = { instancePath: instancePath + "/tailnets/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/tailnets/additionalProperties/required", keyword: "required", params: { missingProperty: "tailnet" }, message: "must have required property 'tailnet'", schema: schema14.properties.tailnets.additionalProperties.required, parentSchema: schema14.properties.tailnets.additionalProperties, data: data1 };
              if (vErrors === null) {
                vErrors = [err5];
              } else {
                vErrors.push(err5);
              }
              errors++;
            }
            if (data1.policy === void 0) {
              const err6 = { instancePath: instancePath + "/tailnets/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/tailnets/additionalProperties/required", keyword: "required", params: { missingProperty: "policy" }, message: "must have required property 'policy'", schema: schema14.properties.tailnets.additionalProperties.required, parentSchema: schema14.properties.tailnets.additionalProperties, data: data1 };
              if (vErrors === null) {
                vErrors = [err6];
              } else {
                vErrors.push(err6);
              }
              errors++;
            }
            if (data1.grants === void 0) {
              const err7 = { instancePath: instancePath + "/tailnets/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/tailnets/additionalProperties/required", keyword: "required", params: { missingProperty: "grants" }, message: "must have required property 'grants'", schema: schema14.properties.tailnets.additionalProperties.required, parentSchema: schema14.properties.tailnets.additionalProperties, data: data1 };
              if (vErrors === null) {
                vErrors = [err7];
              } else {
                vErrors.push(err7);
              }
              errors++;
            }
            for (const key3 in data1) {
              if (!(key3 === "tailnet" || key3 === "policy" || key3 === "grants")) {
                const err8 = { instancePath: instancePath + "/tailnets/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/tailnets/additionalProperties/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key3 }, message: "must NOT have additional properties", schema: false, parentSchema: schema14.properties.tailnets.additionalProperties, data: data1 };
                if (vErrors === null) {
                  vErrors = [err8];
                } else {
                  vErrors.push(err8);
                }
                errors++;
              }
            }
            if (data1.tailnet !== void 0) {
              let data2 = data1.tailnet;
              if (typeof data2 === "string") {
                if (func3(data2) < 1) {
                  const err9 = { instancePath: instancePath + "/tailnets/" + key2.replace(/~/g, "~0").replace(/\//g, "~1") + "/tailnet", schemaPath: "#/properties/tailnets/additionalProperties/properties/tailnet/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema14.properties.tailnets.additionalProperties.properties.tailnet, data: data2 };
                  if (vErrors === null) {
                    vErrors = [err9];
                  } else {
                    vErrors.push(err9);
                  }
                  errors++;
                }
              } else {
                const err10 = { instancePath: instancePath + "/tailnets/" + key2.replace(/~/g, "~0").replace(/\//g, "~1") + "/tailnet", schemaPath: "#/properties/tailnets/additionalProperties/properties/tailnet/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema14.properties.tailnets.additionalProperties.properties.tailnet.type, parentSchema: schema14.properties.tailnets.additionalProperties.properties.tailnet, data: data2 };
                if (vErrors === null) {
                  vErrors = [err10];
                } else {
                  vErrors.push(err10);
                }
                errors++;
              }
            }
            if (data1.policy !== void 0) {
              let data3 = data1.policy;
              const _errs12 = errors;
              let valid4 = false;
              const _errs13 = errors;
              if (typeof data3 === "string") {
                if (!pattern26.test(data3)) {
                  const err11 = { instancePath: instancePath + "/tailnets/" + key2.replace(/~/g, "~0").replace(/\//g, "~1") + "/policy", schemaPath: "#/properties/tailnets/additionalProperties/properties/policy/anyOf/0/pattern", keyword: "pattern", params: { pattern: "^(?!.*(?:^|/)\\.\\.?(?:/|$))(?!.*//)[A-Za-z0-9_][A-Za-z0-9._/-]*$" }, message: 'must match pattern "^(?!.*(?:^|/)\\.\\.?(?:/|$))(?!.*//)[A-Za-z0-9_][A-Za-z0-9._/-]*$"', schema: "^(?!.*(?:^|/)\\.\\.?(?:/|$))(?!.*//)[A-Za-z0-9_][A-Za-z0-9._/-]*$", parentSchema: schema14.properties.tailnets.additionalProperties.properties.policy.anyOf[0], data: data3 };
                  if (vErrors === null) {
                    vErrors = [err11];
                  } else {
                    vErrors.push(err11);
                  }
                  errors++;
                }
              } else {
                const err12 = { instancePath: instancePath + "/tailnets/" + key2.replace(/~/g, "~0").replace(/\//g, "~1") + "/policy", schemaPath: "#/properties/tailnets/additionalProperties/properties/policy/anyOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema14.properties.tailnets.additionalProperties.properties.policy.anyOf[0].type, parentSchema: schema14.properties.tailnets.additionalProperties.properties.policy.anyOf[0], data: data3 };
                if (vErrors === null) {
                  vErrors = [err12];
                } else {
                  vErrors.push(err12);
                }
                errors++;
              }
              var _valid0 = _errs13 === errors;
              valid4 = valid4 || _valid0;
              if (!valid4) {
                const _errs15 = errors;
                if (Array.isArray(data3)) {
                  if (data3.length < 1) {
                    const err13 = { instancePath: instancePath + "/tailnets/" + key2.replace(/~/g, "~0").replace(/\//g, "~1") + "/policy", schemaPath: "#/properties/tailnets/additionalProperties/properties/policy/anyOf/1/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema14.properties.tailnets.additionalProperties.properties.policy.anyOf[1], data: data3 };
                    if (vErrors === null) {
                      vErrors = [err13];
                    } else {
                      vErrors.push(err13);
                    }
                    errors++;
                  }
                  const len0 = data3.length;
                  for (let i0 = 0; i0 < len0; i0++) {
                    let data4 = data3[i0];
                    if (typeof data4 === "string") {
                      if (!pattern26.test(data4)) {
                        const err14 = { instancePath: instancePath + "/tailnets/" + key2.replace(/~/g, "~0").replace(/\//g, "~1") + "/policy/" + i0, schemaPath: "#/properties/tailnets/additionalProperties/properties/policy/anyOf/1/items/pattern", keyword: "pattern", params: { pattern: "^(?!.*(?:^|/)\\.\\.?(?:/|$))(?!.*//)[A-Za-z0-9_][A-Za-z0-9._/-]*$" }, message: 'must match pattern "^(?!.*(?:^|/)\\.\\.?(?:/|$))(?!.*//)[A-Za-z0-9_][A-Za-z0-9._/-]*$"', schema: "^(?!.*(?:^|/)\\.\\.?(?:/|$))(?!.*//)[A-Za-z0-9_][A-Za-z0-9._/-]*$", parentSchema: schema14.properties.tailnets.additionalProperties.properties.policy.anyOf[1].items, data: data4 };
                        if (vErrors === null) {
                          vErrors = [err14];
                        } else {
                          vErrors.push(err14);
                        }
                        errors++;
                      }
                    } else {
                      const err15 = { instancePath: instancePath + "/tailnets/" + key2.replace(/~/g, "~0").replace(/\//g, "~1") + "/policy/" + i0, schemaPath: "#/properties/tailnets/additionalProperties/properties/policy/anyOf/1/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema14.properties.tailnets.additionalProperties.properties.policy.anyOf[1].items.type, parentSchema: schema14.properties.tailnets.additionalProperties.properties.policy.anyOf[1].items, data: data4 };
                      if (vErrors === null) {
                        vErrors = [err15];
                      } else {
                        vErrors.push(err15);
                      }
                      errors++;
                    }
                  }
                  let i1 = data3.length;
                  let j0;
                  if (i1 > 1) {
                    const indices0 = {};
                    for (; i1--; ) {
                      let item0 = data3[i1];
                      if (typeof item0 !== "string") {
                        continue;
                      }
                      if (typeof indices0[item0] == "number") {
                        j0 = indices0[item0];
                        const err16 = { instancePath: instancePath + "/tailnets/" + key2.replace(/~/g, "~0").replace(/\//g, "~1") + "/policy", schemaPath: "#/properties/tailnets/additionalProperties/properties/policy/anyOf/1/uniqueItems", keyword: "uniqueItems", params: { i: i1, j: j0 }, message: "must NOT have duplicate items (items ## " + j0 + " and " + i1 + " are identical)", schema: true, parentSchema: schema14.properties.tailnets.additionalProperties.properties.policy.anyOf[1], data: data3 };
                        if (vErrors === null) {
                          vErrors = [err16];
                        } else {
                          vErrors.push(err16);
                        }
                        errors++;
                        break;
                      }
                      indices0[item0] = i1;
                    }
                  }
                } else {
                  const err17 = { instancePath: instancePath + "/tailnets/" + key2.replace(/~/g, "~0").replace(/\//g, "~1") + "/policy", schemaPath: "#/properties/tailnets/additionalProperties/properties/policy/anyOf/1/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema14.properties.tailnets.additionalProperties.properties.policy.anyOf[1].type, parentSchema: schema14.properties.tailnets.additionalProperties.properties.policy.anyOf[1], data: data3 };
                  if (vErrors === null) {
                    vErrors = [err17];
                  } else {
                    vErrors.push(err17);
                  }
                  errors++;
                }
                var _valid0 = _errs15 === errors;
                valid4 = valid4 || _valid0;
              }
              if (!valid4) {
                const err18 = { instancePath: instancePath + "/tailnets/" + key2.replace(/~/g, "~0").replace(/\//g, "~1") + "/policy", schemaPath: "#/properties/tailnets/additionalProperties/properties/policy/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf", schema: schema14.properties.tailnets.additionalProperties.properties.policy.anyOf, parentSchema: schema14.properties.tailnets.additionalProperties.properties.policy, data: data3 };
                if (vErrors === null) {
                  vErrors = [err18];
                } else {
                  vErrors.push(err18);
                }
                errors++;
              } else {
                errors = _errs12;
                if (vErrors !== null) {
                  if (_errs12) {
                    vErrors.length = _errs12;
                  } else {
                    vErrors = null;
                  }
                }
              }
            }
            if (data1.grants !== void 0) {
              let data5 = data1.grants;
              if (typeof data5 === "string") {
                if (!pattern26.test(data5)) {
                  const err19 = { instancePath: instancePath + "/tailnets/" + key2.replace(/~/g, "~0").replace(/\//g, "~1") + "/grants", schemaPath: "#/properties/tailnets/additionalProperties/properties/grants/pattern", keyword: "pattern", params: { pattern: "^(?!.*(?:^|/)\\.\\.?(?:/|$))(?!.*//)[A-Za-z0-9_][A-Za-z0-9._/-]*$" }, message: 'must match pattern "^(?!.*(?:^|/)\\.\\.?(?:/|$))(?!.*//)[A-Za-z0-9_][A-Za-z0-9._/-]*$"', schema: "^(?!.*(?:^|/)\\.\\.?(?:/|$))(?!.*//)[A-Za-z0-9_][A-Za-z0-9._/-]*$", parentSchema: schema14.properties.tailnets.additionalProperties.properties.grants, data: data5 };
                  if (vErrors === null) {
                    vErrors = [err19];
                  } else {
                    vErrors.push(err19);
                  }
                  errors++;
                }
              } else {
                const err20 = { instancePath: instancePath + "/tailnets/" + key2.replace(/~/g, "~0").replace(/\//g, "~1") + "/grants", schemaPath: "#/properties/tailnets/additionalProperties/properties/grants/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema14.properties.tailnets.additionalProperties.properties.grants.type, parentSchema: schema14.properties.tailnets.additionalProperties.properties.grants, data: data5 };
                if (vErrors === null) {
                  vErrors = [err20];
                } else {
                  vErrors.push(err20);
                }
                errors++;
              }
            }
          } else {
            const err21 = { instancePath: instancePath + "/tailnets/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/tailnets/additionalProperties/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema14.properties.tailnets.additionalProperties.type, parentSchema: schema14.properties.tailnets.additionalProperties, data: data1 };
            if (vErrors === null) {
              vErrors = [err21];
            } else {
              vErrors.push(err21);
            }
            errors++;
          }
        }
      } else {
        const err22 = { instancePath: instancePath + "/tailnets", schemaPath: "#/properties/tailnets/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema14.properties.tailnets.type, parentSchema: schema14.properties.tailnets, data: data0 };
        if (vErrors === null) {
          vErrors = [err22];
        } else {
          vErrors.push(err22);
        }
        errors++;
      }
    }
  } else {
    const err23 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema14.type, parentSchema: schema14, data };
    if (vErrors === null) {
      vErrors = [err23];
    } else {
      vErrors.push(err23);
    }
    errors++;
  }
  validate13.errors = vErrors;
  return errors === 0;
}
function validators() {
  return { grant, access, dns, targets };
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
  approver: {
    test: (s) => new RegExp(PATTERNS.approver, "u").test(s),
    message: (s) => `"${s}" is neither a login name (alice@example.com), a group of the policy (group:sre), nor a GitHub team (team:acme/sre).`
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
  target: {
    test: (s) => new RegExp(PATTERNS.target).test(s),
    message: (s) => `"${s}" is not a target name; use lower-case letters, digits, - and _ (at most 40), e.g. prod: it names the cleanup branch tailpolicy/expired-<name>.`
  },
  folder: {
    test: (s) => new RegExp(PATTERNS.folder).test(s),
    message: (s) => `"${s}" is not a folder of the repository; write it relative to the repository's root, without "." or ".." parts, e.g. policy/prod.`
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
var what = {
  grant: "grant file",
  access: "access.yaml",
  dns: "dns.yaml",
  targets: "tailpolicy.yaml"
};
function validateShape(kind, value, locate) {
  const validate = validators()[kind];
  const findings = validate(value) ? [] : simplify(validate.errors ?? []).map((e) => toFinding(kind, e, locate));
  return [...findings, ...postCheck(schemaOf[kind], value, [], locate)];
}
var schemaOf = {
  grant: grantSchema,
  access: accessSchema,
  dns: dnsSchema,
  targets: targetsSchema
};
var timestampForm = new RegExp(PATTERNS.timestamp, "u");
var kindOfPattern = new Map(Object.entries(PATTERNS).map(([k, p]) => [p, k]));
function postCheck(schema, value, path, locate) {
  const out = [];
  postCheckInto(schema, value, [...path], locate, out);
  return out;
}
function postCheckInto(schema, value, path, locate, out) {
  const s = schema;
  if (typeof value === "string") {
    const kind = schema === timestamp ? "timestamp" : schema === regex ? "regex" : void 0;
    if (kind && (kind === "regex" || timestampForm.test(value)) && !formats[kind].test(value)) {
      out.push(formatFinding2(formats[kind].message(value), [...path], locate));
      return;
    }
    for (const branch of s.anyOf ?? []) postCheckInto(branch, value, path, locate, out);
    return;
  }
  if (Array.isArray(value)) {
    const items = s.items ?? s.anyOf?.find((b) => b.items)?.items;
    if (!items) return;
    for (let i = 0; i < value.length; i++) {
      path.push(i);
      postCheckInto(items, value[i], path, locate, out);
      path.pop();
    }
    return;
  }
  if (value && typeof value === "object") {
    for (const k of Object.keys(value)) {
      const sub = s.properties?.[k] ?? (typeof s.additionalProperties === "object" ? s.additionalProperties : void 0);
      if (!sub) continue;
      path.push(k);
      postCheckInto(sub, value[k], path, locate, out);
      path.pop();
    }
  }
}
function formatFinding2(message, path, locate) {
  const field = path.length ? String(path[path.length - 1]) : void 0;
  return error("schema/format", `${field ? `"${field}": ` : ""}${message}`, locate(path));
}
function simplify(errors) {
  const all = errors.filter(
    (e) => e.keyword !== "anyOf" && e.keyword !== "if" && e.keyword !== "propertyNames" && !/^#\/(anyOf|not)(\/|$)/.test(e.schemaPath)
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
  const field = path.length ? String(path[path.length - 1]) : void 0;
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
        `Missing required field "${name}" in the ${what[kind]}${field ? ` at "${path.join(".")}"` : ""}.` + (name === "expires" ? " Every grant must end: add e.g. expires: 2026-11-22T02:00:00Z." : ""),
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
        `${field ? `"${propertyName ? path.join(".") : field}": ` : ""}${f ? f.message(value) : `invalid ${String(p.format ?? p.pattern)}.`}`,
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
  const list = Array.isArray(t) ? t : [t];
  return list.map((x) => x === "object" ? "a mapping" : x === "array" ? "a list" : `a ${x}`).join(" or ");
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

// src/policy/targets.ts
var TARGETS_FILE = "tailpolicy.yaml";
function resourceOwners(targets2, accessFiles) {
  const owners = /* @__PURE__ */ new Map();
  for (const file of accessFiles) {
    const doc = parseSource(file).value;
    if (!doc || typeof doc !== "object" || !doc.resources || typeof doc.resources !== "object") continue;
    const readers = targets2.filter((t) => t.policyDirs.some((d) => within(file.path, d)));
    for (const [name, r] of Object.entries(doc.resources)) {
      const owner = typeof r?.tailnet === "string" ? r.tailnet : readers.length === 1 ? readers[0].name : void 0;
      if (owner !== void 0 && !owners.has(name)) owners.set(name, owner);
    }
  }
  return owners;
}
function scopeResources(access2, scope) {
  const findings = [];
  const elsewhere = /* @__PURE__ */ new Map();
  if (!scope) {
    for (const r of access2.resources.values()) {
      if (r.tailnet === void 0) continue;
      findings.push(
        error(
          "access/tailnet-without-targets",
          `"tailnet: ${r.tailnet}" names a target of ${TARGETS_FILE}, and this repository has none (it is one tailnet): remove it.`,
          r.locate(["tailnet"])
        )
      );
    }
    return { access: access2, elsewhere, findings };
  }
  const file = access2.path;
  const names = scope.targets.map((t) => t.name);
  const readers = file === void 0 ? [] : scope.targets.filter((t) => t.policyDirs.some((d) => within(file, d)));
  const resources = /* @__PURE__ */ new Map();
  for (const [name, r] of access2.resources) {
    if (r.tailnet !== void 0 && !names.includes(r.tailnet)) {
      findings.push(
        error(
          "access/unknown-tailnet",
          `"tailnet": "${r.tailnet}" is not a target of ${TARGETS_FILE}; use one of ${names.join(", ")}.`,
          r.locate(["tailnet"])
        )
      );
      resources.set(name, r);
      continue;
    }
    if (r.tailnet === void 0 && readers.length > 1) {
      findings.push(
        error(
          "access/shared-resource",
          `Resource "${name}" is in ${file}, which targets ${readers.map((t) => t.name).join(" and ")} share, and a resource lives in one tailnet: add "tailnet: ${readers[0].name}" (or another of them) to it, or move it to that target's own folder.`,
          r.locate([], { key: true })
        )
      );
      resources.set(name, r);
      continue;
    }
    const owner = r.tailnet ?? scope.name;
    if (owner === scope.name) {
      resources.set(name, r);
      continue;
    }
    const home = scope.targets.find((t) => t.name === owner);
    if (!readers.some((t) => t.name === owner)) {
      findings.push(
        error(
          "access/unreachable-resource",
          `Resource "${name}" says "tailnet: ${owner}", but ${file} is not in a fragment folder of "${owner}" (${home.policyDirs.join(", ")}), so "${owner}" never reads it. Move it to one of those folders.`,
          r.locate(["tailnet"])
        )
      );
    }
    elsewhere.set(name, { target: owner, grantsDir: home.grantsDir });
  }
  return { access: { ...access2, resources }, elsewhere, findings };
}
function singleTarget(policyDir, grantsDir) {
  return { multi: false, targets: [{ policyDirs: [trimDir(policyDir)], grantsDir: trimDir(grantsDir) }] };
}
function dirList(policyDir) {
  return (typeof policyDir === "string" ? [policyDir] : policyDir).map(trimDir);
}
function trimDir(dir) {
  return dir.replace(/\/+$/, "") || ".";
}
function within(path, dir) {
  return dir === "." || path === dir || path.startsWith(dir + "/");
}
function parseTargets(src) {
  const parsed = parseSource(src);
  const findings = [...parsed.findings];
  if (parsed.value === void 0 && findings.length > 0) return { targets: [], findings, locate: parsed.locate };
  findings.push(...validateShape("targets", parsed.value, parsed.locate));
  if (findings.some((f) => f.severity === "error")) return { targets: [], findings, locate: parsed.locate };
  const doc = parsed.value;
  const at = (path) => parsed.locate(path) ?? { file: src.path, line: 1, column: 1 };
  const targets2 = Object.entries(doc.tailnets).map(([name, entry]) => ({
    name,
    tailnet: entry.tailnet,
    policyDirs: (typeof entry.policy === "string" ? [entry.policy] : entry.policy).map(trimDir),
    grantsDir: trimDir(entry.grants),
    locate: (path, opts) => parsed.locate(["tailnets", name, ...path], opts)
  }));
  const all = targets2.map(({ name, policyDirs, grantsDir }) => ({ name, policyDirs, grantsDir }));
  for (const t of targets2) t.scope = { name: t.name, targets: all };
  for (const [i, t] of targets2.entries()) {
    for (const other of targets2.slice(0, i)) {
      if (within(t.grantsDir, other.grantsDir) || within(other.grantsDir, t.grantsDir)) {
        const same = t.grantsDir === other.grantsDir;
        findings.push(
          error(
            "targets/shared-grants",
            `Targets "${other.name}" and "${t.name}" ${same ? "share the grants folder" : "have nested grants folders"} ${t.grantsDir}${same ? "" : ` and ${other.grantsDir}`}: a grant must change one tailnet only. Give "${t.name}" a folder of its own, e.g. grants/${t.name}.`,
            at(["tailnets", t.name, "grants"]),
            at(["tailnets", other.name, "grants"])
          )
        );
      }
      if (t.tailnet !== "-" && t.tailnet === other.tailnet) {
        findings.push(
          error(
            "targets/same-tailnet",
            `Targets "${other.name}" and "${t.name}" both push to tailnet ${t.tailnet}, and would overwrite each other's policy. Merge them into one target, or name the right tailnet.`,
            at(["tailnets", t.name, "tailnet"]),
            at(["tailnets", other.name, "tailnet"])
          )
        );
      }
    }
    for (const other of targets2) {
      for (const [j, dir] of other.policyDirs.entries()) {
        if (within(t.grantsDir, dir) || within(dir, t.grantsDir)) {
          findings.push(
            error(
              "targets/grants-in-policy",
              `The grants folder ${t.grantsDir} of "${t.name}" overlaps the fragment folder ${dir} of "${other.name}": grant files would be read as policy fragments. Keep grants and fragments in separate folders.`,
              at(["tailnets", t.name, "grants"]),
              at(["tailnets", other.name, "policy", j])
            )
          );
        }
      }
    }
  }
  return { targets: targets2, findings, locate: parsed.locate };
}
function selectTargets(layout, requested, opts) {
  if (!layout.multi) {
    if (requested === void 0) return layout.targets;
    throw new UserError(
      `${opts.setting} is "${requested}", but this repository has no ${TARGETS_FILE}: it is one tailnet (${layout.targets[0].policyDirs.join(", ")} and ${layout.targets[0].grantsDir}). Remove ${opts.setting}, or add ${TARGETS_FILE} to keep several tailnets.`
    );
  }
  const names = layout.targets.map((t) => t.name);
  if (requested === void 0) {
    if (opts.all || layout.targets.length === 1) return layout.targets;
    throw new UserError(
      `${TARGETS_FILE} defines ${names.length} targets (${names.join(", ")}); ${opts.what} acts on one tailnet at a time: set ${opts.setting} to one of them.`
    );
  }
  const found = layout.targets.find((t) => t.name === requested);
  if (!found) {
    throw new UserError(
      `${opts.setting} is "${requested}", which ${TARGETS_FILE} does not define; use one of ${names.join(", ")}.`
    );
  }
  return [found];
}

// src/repo.ts
var import_node_fs = __toESM(require_node_fs(), 1);
var import_node_path = __toESM(require_node_path(), 1);
async function readRepository(root, policyDir, grantsDir) {
  const findings = [];
  const policyFiles = [];
  for (const dir of typeof policyDir === "string" ? [policyDir] : policyDir) {
    const policyLink = await linkedComponent(root, dir);
    if (policyLink !== void 0) {
      throw new UserError(
        `${policyLink} is a symbolic link; tailpolicy does not follow links out of the repository. Commit the policy folder itself.`
      );
    }
    policyFiles.push(...readTree(root, dir, findings, true));
  }
  const grantsLink = await linkedComponent(root, grantsDir);
  if (grantsLink !== void 0) {
    findings.push(
      error(
        "repo/symlink",
        `${grantsLink} is a symbolic link; tailpolicy does not follow links out of the repository, so no grant was read. Commit the grants folder itself.`,
        { file: grantsLink, line: 1, column: 1 }
      )
    );
    return { policyFiles, grantFiles: [], findings };
  }
  const grantFiles = readTree(root, grantsDir, findings, false);
  return { policyFiles, grantFiles, findings };
}
var LayoutError = class extends UserError {
  constructor(findings) {
    super(`${TARGETS_FILE} has ${findings.length} error(s):
` + findings.map((f) => formatFinding(f)).join("\n"), 1);
    this.findings = findings;
    this.name = "LayoutError";
  }
  findings;
};
function readLayout(root, policyDir = "policy", grantsDir = "grants") {
  const path = (0, import_node_path.join)(root, TARGETS_FILE);
  let isFile;
  try {
    const stat = (0, import_node_fs.lstatSync)(path);
    if (stat.isSymbolicLink()) {
      throw new UserError(
        `${TARGETS_FILE} is a symbolic link; tailpolicy does not follow links out of the repository. Commit the file itself.`
      );
    }
    isFile = stat.isFile();
  } catch (e) {
    if (e.code !== "ENOENT") throw e;
    isFile = false;
  }
  if (!isFile) return singleTarget(policyDir, grantsDir);
  for (const [given, fallback, setting] of [
    [policyDir, "policy", "policy-dir"],
    [grantsDir, "grants", "grants-dir"]
  ]) {
    if (trimDir(given) !== fallback) {
      throw new UserError(
        `The ${setting} setting is "${given}", but ${TARGETS_FILE} names each tailnet's folders; remove the setting.`
      );
    }
  }
  const text = readCapped(path);
  if (text === void 0) throw new UserError(`${TARGETS_FILE} is a symbolic link; commit the file itself.`);
  const parsed = parseTargets({ path: TARGETS_FILE, text });
  const findings = [...parsed.findings];
  for (const target of parsed.targets) {
    for (const [i, dir] of target.policyDirs.entries()) {
      const problem = folderProblem(root, dir);
      if (problem === void 0) continue;
      findings.push(
        error(
          "targets/missing-folder",
          `The fragment folder ${dir} of "${target.name}" ${problem}. Create it, or correct the path.`,
          target.locate(["policy", i]) ?? { file: TARGETS_FILE, line: 1, column: 1 }
        )
      );
    }
    const grantsProblem = folderProblem(root, target.grantsDir);
    if (grantsProblem !== void 0 && grantsProblem !== "does not exist") {
      findings.push(
        error(
          "targets/missing-folder",
          `The grants folder ${target.grantsDir} of "${target.name}" ${grantsProblem}. Correct the path.`,
          target.locate(["grants"]) ?? { file: TARGETS_FILE, line: 1, column: 1 }
        )
      );
    }
  }
  if (findings.some((f) => f.severity === "error")) throw new LayoutError(findings);
  const accessFiles = [];
  for (const dir of new Set(parsed.targets.flatMap((t) => t.policyDirs))) {
    for (const name of ["access.yaml", "access.yml", "access.json", "access.hujson"]) {
      const text2 = readCapped((0, import_node_path.join)(root, dir, name), true);
      if (text2 !== void 0) accessFiles.push({ path: `${dir}/${name}`, text: text2 });
    }
  }
  const owners = resourceOwners(
    parsed.targets.map((t) => ({ name: t.name, policyDirs: t.policyDirs })),
    accessFiles
  );
  for (const t of parsed.targets) t.scope = { ...t.scope, owners };
  return { multi: true, targets: parsed.targets };
}
function folderProblem(root, dir) {
  let abs = root;
  for (const part of dir.split("/").filter((p) => p !== "" && p !== ".")) {
    abs = (0, import_node_path.join)(abs, part);
    let stat;
    try {
      stat = (0, import_node_fs.lstatSync)(abs);
    } catch {
      return "does not exist";
    }
    if (stat.isSymbolicLink()) return `is a symbolic link (${repoPath(root, abs)}), which tailpolicy does not follow`;
    if (!stat.isDirectory()) return `is not a folder (${repoPath(root, abs)} is a file)`;
  }
  return void 0;
}
async function linkedComponent(root, dir) {
  let abs = root;
  for (const part of dir.split(/[\\/]+/).filter((p) => p !== "" && p !== ".")) {
    abs = (0, import_node_path.join)(abs, part);
    try {
      if ((0, import_node_fs.lstatSync)(abs).isSymbolicLink()) return repoPath(root, abs);
    } catch {
      return void 0;
    }
  }
  return void 0;
}
function repoPath(root, abs) {
  return (0, import_node_path.relative)(root, abs).split(import_node_path.sep).join(import_node_path.posix.sep);
}
function readTree(root, dir, findings, required) {
  const out = [];
  const top = (0, import_node_path.join)(root, dir);
  const walk = (abs, rel) => {
    let entries;
    try {
      entries = (0, import_node_fs.readdirSync)(abs, { withFileTypes: true });
    } catch (e) {
      if (e.code === "ENOENT" && (abs !== top || !required)) return;
      throw new UserError(`Cannot read the folder ${repoPath(root, abs) || "."}: ${e.message}`);
    }
    entries.sort((a, b) => a.name < b.name ? -1 : a.name > b.name ? 1 : 0);
    for (const entry of entries) {
      if (entry.name.startsWith(".")) continue;
      const path = (0, import_node_path.join)(abs, entry.name);
      const relPath = rel === "" ? entry.name : `${rel}/${entry.name}`;
      if (entry.isSymbolicLink()) {
        findings.push(symlinkWarning(relPath));
      } else if (entry.isDirectory()) {
        walk(path, relPath);
      } else if (entry.isFile() && formatOf(entry.name)) {
        const text = readCapped(path);
        if (text === void 0) findings.push(symlinkWarning(relPath));
        else out.push({ path: relPath, text });
      }
    }
  };
  walk(top, repoPath(root, top));
  return out;
}
function symlinkWarning(file) {
  return warning("repo/symlink", "Symbolic links are not followed; this entry is ignored. Commit the file itself.", {
    file,
    line: 1,
    column: 1
  });
}
function readNamedFile(path) {
  return readCapped(path);
}
var buffer = Buffer.allocUnsafe(64 * 1024);
function readCapped(path, missingOk = false) {
  let fd;
  try {
    fd = (0, import_node_fs.openSync)(path, import_node_fs.constants.O_RDONLY | import_node_fs.constants.O_NOFOLLOW);
  } catch (e) {
    const code2 = e.code;
    if (code2 === "ELOOP" || missingOk && (code2 === "ENOENT" || code2 === "ENOTDIR")) return void 0;
    throw new UserError(`Cannot read ${path}: ${e.message}`);
  }
  try {
    let length = 0;
    for (; ; ) {
      if (length === buffer.length) {
        if (length > MAX_FILE_BYTES) break;
        const bigger = Buffer.allocUnsafe(Math.min(buffer.length * 4, MAX_FILE_BYTES + 1));
        buffer.copy(bigger, 0, 0, length);
        buffer = bigger;
      }
      const n = (0, import_node_fs.readSync)(fd, buffer, length, buffer.length - length, null);
      if (n === 0) break;
      length += n;
    }
    return buffer.toString("utf8", 0, length);
  } finally {
    (0, import_node_fs.closeSync)(fd);
  }
}

// src/modes/context.ts
var import_node_fs2 = __toESM(require_node_fs(), 1);
var import_node_os = __toESM(require_node_os(), 1);
var import_node_path2 = __toESM(require_node_path(), 1);
var inputNames = (input) => input;
function sourceFromEnv(env) {
  const repository = env.GITHUB_REPOSITORY || void 0;
  const server = env.GITHUB_SERVER_URL || "https://github.com";
  return {
    repository,
    repositoryUrl: repository ? `${server}/${repository}` : void 0,
    commit: env.GITHUB_SHA || void 0
  };
}
function runContext(inputs, env, now, edge) {
  const [owner, repo] = (env.GITHUB_REPOSITORY ?? "").split("/");
  let event = {};
  if (env.GITHUB_EVENT_PATH) {
    try {
      event = JSON.parse((0, import_node_fs2.readFileSync)(env.GITHUB_EVENT_PATH, "utf8"));
    } catch (e) {
      throw new UserError(`Cannot read the event payload at GITHUB_EVENT_PATH: ${e.message}`);
    }
  }
  return {
    ...edge,
    inputs,
    now: inputs.now ?? now,
    workspace: env.GITHUB_WORKSPACE || process.cwd(),
    outDir: (0, import_node_path2.join)(env.RUNNER_TEMP || (0, import_node_os.tmpdir)(), "tailpolicy"),
    eventName: env.GITHUB_EVENT_NAME || void 0,
    event,
    owner: owner || void 0,
    repo: repo || void 0,
    sha: env.GITHUB_SHA || void 0,
    githubApiUrl: (env.GITHUB_API_URL || "https://api.github.com").replace(/\/+$/, ""),
    source: sourceFromEnv(env),
    env,
    target: singleTarget(inputs.policyDir, inputs.grantsDir).targets[0]
  };
}
function forTargets(ctx, opts) {
  const layout = readLayout(ctx.workspace, ctx.inputs.policyDir, ctx.inputs.grantsDir);
  const setting = ctx.setting("target") === "target" ? 'Input "target"' : ctx.setting("target");
  const chosen = selectTargets(layout, ctx.inputs.target, { all: opts.all, setting, what: ctx.inputs.mode });
  return chosen.map((target) => {
    if (target.name === void 0) return { ...ctx, target };
    const given = ctx.inputs.tailnet;
    if (given !== "-" && given !== target.tailnet) {
      const name = ctx.setting("tailnet") === "tailnet" ? 'Input "tailnet"' : ctx.setting("tailnet");
      throw new UserError(
        `${name} is "${given}", but tailpolicy.yaml gives target "${target.name}" the tailnet "${target.tailnet}". Remove ${ctx.setting("tailnet")}: the file names each target's tailnet.`
      );
    }
    return { ...ctx, inputs: { ...ctx.inputs, tailnet: target.tailnet }, target };
  });
}
function forTarget(ctx) {
  return forTargets(ctx, { all: false })[0];
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
var CONTROL_RUNS = runsOf(CONTROLS);
function md(text, max = 500) {
  const flat = oneLine(text, max);
  return flat.replace(/[&<>"'`[\]()*_|~\\!#@:]/g, (c) => MARKDOWN_SPECIAL[c]).replace(/(www)\./gi, "$1&#46;");
}
function code(text) {
  return `<code>${md(text, 300)}</code>`;
}
var BIDI_CONTROLS = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
function oneLine(text, max = 500) {
  const flat = text.replace(BIDI_CONTROLS, "").replace(CONTROL_RUNS, " ").replace(/\s+/g, " ").trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}\u2026` : flat;
}

export {
  validateShape,
  scopeResources,
  dirList,
  trimDir,
  within,
  selectTargets,
  readRepository,
  LayoutError,
  readLayout,
  repoPath,
  readNamedFile,
  inputNames,
  sourceFromEnv,
  runContext,
  forTargets,
  forTarget,
  md,
  code,
  oneLine
};
