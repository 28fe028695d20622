import { createRequire as __tailpolicyCreateRequire } from 'node:module';
const require = __tailpolicyCreateRequire(import.meta.url);
import {
  GIT_TIMEOUT_MS,
  addingCommit,
  ensureCommit,
  filesAt,
  filesAtRef,
  firstParentCommitAt,
  firstParentHistory,
  gitRunner,
  gitValue,
  hasCommit,
  isShallow,
  lastCommits,
  readBlobs,
  runGit,
  workspaceHead
} from "./chunk-3BY7JXLC.js";
import "./chunk-756YIVLH.js";
import "./chunk-SESXFX7C.js";
import "./chunk-RKDLFA4V.js";
export {
  GIT_TIMEOUT_MS,
  addingCommit,
  ensureCommit,
  filesAt,
  filesAtRef,
  firstParentCommitAt,
  firstParentHistory,
  gitRunner,
  gitValue,
  hasCommit,
  isShallow,
  lastCommits,
  readBlobs,
  runGit,
  workspaceHead
};
