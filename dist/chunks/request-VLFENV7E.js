import { createRequire as __tailpolicyCreateRequire } from 'node:module';
const require = __tailpolicyCreateRequire(import.meta.url);
import {
  REQUEST_MARKER,
  durationText,
  openExtension,
  openRequest,
  publish,
  requestMode
} from "./chunk-PZL3WFH4.js";
import "./chunk-WEMIP3RI.js";
import "./chunk-GTFGPC34.js";
import "./chunk-SZUJ4VRJ.js";
import "./chunk-6ZHZERHB.js";
export {
  REQUEST_MARKER,
  durationText,
  openExtension,
  openRequest,
  publish,
  requestMode
};
