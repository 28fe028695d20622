import { createRequire as __tailpolicyCreateRequire } from 'node:module';
const require = __tailpolicyCreateRequire(import.meta.url);
import {
  require_undici
} from "./chunk-PRH7ZZSR.js";
import "./chunk-RKDLFA4V.js";
export default require_undici();
