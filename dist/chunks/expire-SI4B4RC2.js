import { createRequire as __tailpolicyCreateRequire } from 'node:module';
const require = __tailpolicyCreateRequire(import.meta.url);
import {
  expireMode,
  syncCleanupPull
} from "./chunk-NHC4F3HR.js";
import "./chunk-K3WTZ5BW.js";
import "./chunk-5LY47DRP.js";
import "./chunk-W4TX4AM7.js";
import "./chunk-TVWXZO3C.js";
import "./chunk-5JX3LQ3N.js";
import "./chunk-CUJRVVR5.js";
import "./chunk-P2OKT3SO.js";
import "./chunk-GVECXAYH.js";
import "./chunk-T2Q6F6L7.js";
import "./chunk-FR2VP2GF.js";
import "./chunk-UPJ5S6TW.js";
import "./chunk-O4DOSFLM.js";
import "./chunk-6HRHJ3AF.js";
import "./chunk-GDLHFBKW.js";
import "./chunk-OAGJWNPP.js";
import "./chunk-VS4RX7DK.js";
import "./chunk-FM2GMSBQ.js";
import "./chunk-QTQY2R5I.js";
import "./chunk-L2Y64L5E.js";
import "./chunk-SESXFX7C.js";
import "./chunk-RKDLFA4V.js";
export {
  expireMode,
  syncCleanupPull
};
