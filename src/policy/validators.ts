/**
 * The compiled JSON Schema validators of tailpolicy's own files.
 *
 * In the sources (tests, tsx) ajv compiles the schemas of schemas.ts on first use. The bundle
 * never runs this module: scripts/build.mjs replaces it with the code ajv generates from the same
 * schemas at build time (ajv's standalone code), so users' runs compile no schema and load no
 * ajv compiler. Both export the same `validators()` and are built with the same AJV_OPTIONS.
 */
import { Ajv, type Options, type ValidateFunction } from 'ajv';
import standaloneModule from 'ajv/dist/standalone/index.js';
import { accessSchema, dnsSchema, grantSchema, targetsSchema } from './schemas.js';

export type FileKind = 'grant' | 'access' | 'dns' | 'targets';

/** ajv's options, shared with the build so both paths report the same errors. */
export const AJV_OPTIONS = {
  allErrors: true,
  strict: true,
  strictRequired: false,
  allowUnionTypes: true,
  verbose: true,
} satisfies Options;

export const SCHEMAS: Record<FileKind, object> = {
  grant: grantSchema,
  access: accessSchema,
  dns: dnsSchema,
  targets: targetsSchema,
};

export function newAjv(extra: Options = {}): Ajv {
  const ajv = new Ajv({ ...AJV_OPTIONS, ...extra });
  return ajv;
}

let compiled: Record<FileKind, ValidateFunction> | undefined;

export function validators(): Record<FileKind, ValidateFunction> {
  if (compiled) return compiled;
  const ajv = newAjv();
  compiled = {
    grant: ajv.compile(grantSchema),
    access: ajv.compile(accessSchema),
    dns: ajv.compile(dnsSchema),
    targets: ajv.compile(targetsSchema),
  };
  return compiled;
}

/**
 * The module that replaces this one in the bundle: ajv's standalone code for every schema, and
 * the same `validators()`. Used by scripts/build.mjs, and by a test that holds both paths to one answer.
 */
export function standaloneSource(): string {
  const ajv = newAjv({ code: { source: true, esm: true } });
  for (const [kind, schema] of Object.entries(SCHEMAS)) ajv.addSchema(schema, kind);
  const names = Object.keys(SCHEMAS);
  // CommonJS through ESM: the function is the default export's default under tsx and vitest.
  const standaloneCode =
    (standaloneModule as unknown as { default?: typeof standaloneModule.default }).default ?? standaloneModule;
  const code = (standaloneCode as typeof standaloneModule.default)(
    ajv,
    Object.fromEntries(names.map((kind) => [kind, kind])),
  );
  return code.replace(/^"use strict";/, '') + `\nexport function validators() { return { ${names.join(', ')} }; }\n`;
}
