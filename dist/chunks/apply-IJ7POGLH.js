import { createRequire as __tailpolicyCreateRequire } from 'node:module';
const require = __tailpolicyCreateRequire(import.meta.url);
import {
  applyCommand,
  applyMode,
  applyPolicy,
  applySummary
} from "./chunk-SJGNUG5P.js";
import "./chunk-KD4IMUVB.js";
import "./chunk-GTFGPC34.js";
import "./chunk-SZUJ4VRJ.js";
import "./chunk-GE4JQ2WI.js";
import "./chunk-6ZHZERHB.js";
export {
  applyCommand,
  applyMode,
  applyPolicy,
  applySummary
};
