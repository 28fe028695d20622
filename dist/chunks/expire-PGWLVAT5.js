import { createRequire as __tailpolicyCreateRequire } from 'node:module';
const require = __tailpolicyCreateRequire(import.meta.url);
import {
  expireMode,
  syncCleanupPull
} from "./chunk-H7AWI4KW.js";
import "./chunk-LHT77XS5.js";
import "./chunk-ZG2CZINE.js";
import "./chunk-PEKYSAPQ.js";
import "./chunk-MDEGLXFT.js";
import "./chunk-USOCMTNJ.js";
import "./chunk-CUJRVVR5.js";
import "./chunk-YHYVAIY7.js";
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
  expireMode,
  syncCleanupPull
};
