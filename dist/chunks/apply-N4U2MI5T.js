import { createRequire as __tailpolicyCreateRequire } from 'node:module';
const require = __tailpolicyCreateRequire(import.meta.url);
import {
  applyMode,
  applyPolicy,
  prepareApply,
  pushPolicy
} from "./chunk-ZDISTUXZ.js";
import "./chunk-GK23AFCF.js";
import "./chunk-VNLH2LIY.js";
import "./chunk-DPNWLPFJ.js";
import "./chunk-URPNRW66.js";
import "./chunk-BI7Z5O7J.js";
import "./chunk-C44EI4YF.js";
import "./chunk-GIH5LHG2.js";
import "./chunk-O56IQULN.js";
import "./chunk-ZR5PMLAN.js";
import "./chunk-QERTGNHA.js";
import "./chunk-MVKYDGXD.js";
import "./chunk-CA3D2GMI.js";
import "./chunk-2GOZZBP2.js";
export {
  applyMode,
  applyPolicy,
  prepareApply,
  pushPolicy
};
