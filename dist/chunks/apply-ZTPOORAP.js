import { createRequire as __tailpolicyCreateRequire } from 'node:module';
const require = __tailpolicyCreateRequire(import.meta.url);
import {
  applyMode,
  applyPolicy,
  prepareApply,
  pushPolicy
} from "./chunk-KCLJ74MO.js";
import "./chunk-JS7Y4AME.js";
import "./chunk-6KFZG2ET.js";
import "./chunk-EEYYS2FC.js";
import "./chunk-5SFWUB2Q.js";
import "./chunk-4T7B6W4F.js";
import "./chunk-CUJRVVR5.js";
import "./chunk-7EGBQRSI.js";
import "./chunk-PYRFM4X7.js";
import "./chunk-T2Q6F6L7.js";
import "./chunk-LQBOCB3X.js";
import "./chunk-AW5TUXWJ.js";
import "./chunk-U46WVU5W.js";
import "./chunk-6HRHJ3AF.js";
import "./chunk-PNQCBX3I.js";
import "./chunk-L2YWD46W.js";
import "./chunk-DZZMSSEW.js";
import "./chunk-FM2GMSBQ.js";
import "./chunk-QTQY2R5I.js";
import "./chunk-ERV5MGAG.js";
import "./chunk-SESXFX7C.js";
import "./chunk-RKDLFA4V.js";
export {
  applyMode,
  applyPolicy,
  prepareApply,
  pushPolicy
};
