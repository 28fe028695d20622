import { createRequire as __tailpolicyCreateRequire } from 'node:module';
const require = __tailpolicyCreateRequire(import.meta.url);
import {
  REQUEST_MARKER,
  durationText,
  openExtension,
  openRequest,
  publish,
  requestMode
} from "./chunk-NNF5WRZD.js";
import "./chunk-5U34JQDR.js";
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
  REQUEST_MARKER,
  durationText,
  openExtension,
  openRequest,
  publish,
  requestMode
};
