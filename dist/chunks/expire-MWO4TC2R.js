import { createRequire as __tailpolicyCreateRequire } from 'node:module';
const require = __tailpolicyCreateRequire(import.meta.url);
import {
  expireCommand,
  expireMode,
  expireSummary,
  syncCleanupPull
} from "./chunk-42NQBJGY.js";
import "./chunk-SJGNUG5P.js";
import "./chunk-KD4IMUVB.js";
import "./chunk-GTFGPC34.js";
import "./chunk-SZUJ4VRJ.js";
import "./chunk-GE4JQ2WI.js";
import "./chunk-6ZHZERHB.js";
export {
  expireCommand,
  expireMode,
  expireSummary,
  syncCleanupPull
};
