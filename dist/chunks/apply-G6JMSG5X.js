import { createRequire as __tailpolicyCreateRequire } from 'node:module';
const require = __tailpolicyCreateRequire(import.meta.url);
import {
  applyMode,
  applyPolicy,
  prepareApply,
  pushPolicy
} from "./chunk-5FFBFGW7.js";
import "./chunk-7QCHO66I.js";
import "./chunk-Z4LWGW2Y.js";
import "./chunk-HOTCUSYG.js";
import "./chunk-CRSC4BUM.js";
import "./chunk-EGT5NXRL.js";
import "./chunk-M2PW6MMT.js";
import "./chunk-BMQ32CEE.js";
import "./chunk-IZRT3QGA.js";
import "./chunk-6CUYZ3W2.js";
import "./chunk-GFTJ4L32.js";
import "./chunk-CUJRVVR5.js";
import "./chunk-UI5YDAHM.js";
import "./chunk-3EWXQCNL.js";
import "./chunk-BR4HKDMG.js";
import "./chunk-QV3YLETI.js";
import "./chunk-O3XXVF4M.js";
import "./chunk-LHDYXOMR.js";
import "./chunk-2ERTWNZR.js";
import "./chunk-FDXTWYEN.js";
import "./chunk-7MLH2TVT.js";
import "./chunk-HO2EAHAT.js";
import "./chunk-3BY7JXLC.js";
import "./chunk-756YIVLH.js";
import "./chunk-SESXFX7C.js";
import "./chunk-RKDLFA4V.js";
export {
  applyMode,
  applyPolicy,
  prepareApply,
  pushPolicy
};
