import { createRequire as __tailpolicyCreateRequire } from 'node:module';
const require = __tailpolicyCreateRequire(import.meta.url);

// src/shared/errors.ts
var UserError = class extends Error {
  constructor(message, exitCode = 2) {
    super(message);
    this.exitCode = exitCode;
    this.name = "UserError";
  }
  exitCode;
};
var ExternalError = class extends Error {
  exitCode = 3;
  constructor(message, options) {
    super(message, options);
    this.name = "ExternalError";
  }
};

export {
  UserError,
  ExternalError
};
