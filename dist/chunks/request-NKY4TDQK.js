import { createRequire as __tailpolicyCreateRequire } from 'node:module';
const require = __tailpolicyCreateRequire(import.meta.url);
import {
  REQUEST_MARKER,
  durationText,
  openExtension,
  openRequest,
  publish,
  requestMode
} from "./chunk-T2B2I6BC.js";
import "./chunk-OXBS4XJG.js";
import "./chunk-2EVT22WE.js";
import "./chunk-T2Q6F6L7.js";
import "./chunk-VC3ALXEC.js";
import "./chunk-JX7AACKF.js";
import "./chunk-DNJWM4GN.js";
import "./chunk-6HRHJ3AF.js";
import "./chunk-4GSBGR4Q.js";
import "./chunk-LU4QAGDH.js";
import "./chunk-6RSOFI43.js";
import "./chunk-FM2GMSBQ.js";
import "./chunk-QTQY2R5I.js";
import "./chunk-RNDHOVOE.js";
import "./chunk-SESXFX7C.js";
import "./chunk-RKDLFA4V.js";
export {
  REQUEST_MARKER,
  durationText,
  openExtension,
  openRequest,
  publish,
  requestMode
};
