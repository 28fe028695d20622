import { createRequire as __tailpolicyCreateRequire } from 'node:module';
const require = __tailpolicyCreateRequire(import.meta.url);
import {
  applyMode,
  applyPolicy,
  prepareApply,
  pushPolicy
} from "./chunk-ZZFE6DWB.js";
import "./chunk-L2P76SRZ.js";
import "./chunk-5I6KZIWR.js";
import "./chunk-3IMAGMPF.js";
import "./chunk-46FMBUN3.js";
import "./chunk-JKTRP2ND.js";
import "./chunk-CYETLEPT.js";
import "./chunk-IIDRP5UU.js";
import "./chunk-HDRQCAEL.js";
import "./chunk-7QHJ3ZTN.js";
import "./chunk-GFTJ4L32.js";
import "./chunk-CUJRVVR5.js";
import "./chunk-OPZWDRPP.js";
import "./chunk-ZDIDDLDH.js";
import "./chunk-BR4HKDMG.js";
import "./chunk-DJ4HOJ7F.js";
import "./chunk-O3XXVF4M.js";
import "./chunk-LHDYXOMR.js";
import "./chunk-2ERTWNZR.js";
import "./chunk-FDXTWYEN.js";
import "./chunk-7MLH2TVT.js";
import "./chunk-HO2EAHAT.js";
import "./chunk-R7ES47JB.js";
import "./chunk-NL4577JL.js";
import "./chunk-SESXFX7C.js";
import "./chunk-RKDLFA4V.js";
export {
  applyMode,
  applyPolicy,
  prepareApply,
  pushPolicy
};
