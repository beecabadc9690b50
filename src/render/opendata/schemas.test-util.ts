/**
 * @module Test helpers: the vendored Frictionless profiles (schema/vendor/, draft-04) compiled with
 * ajv-draft-04 and ajv-formats, and the open-data files parsed back with csv-parse.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ErrorObject, ValidateFunction } from 'ajv';
import ajvDraft04 from 'ajv-draft-04';
import ajvFormats from 'ajv-formats';
import { parse } from 'csv-parse/sync';
import { ROOT } from '../../../test/helpers.ts';

const VENDOR = join(ROOT, 'schema', 'vendor');
// CommonJS packages: under NodeNext the class and the plugin are their `default` property.
const Ajv04 = ajvDraft04.default;
const addFormats = ajvFormats.default;

export type VendoredProfile =
  | 'data-package'
  | 'data-resource'
  | 'tabular-data-package'
  | 'tabular-data-resource'
  | 'fiscal-data-package'
  | 'table-schema';

/** A vendored profile as parsed JSON (a fresh copy each call). */
export function vendored(name: VendoredProfile): Record<string, unknown> {
  return JSON.parse(readFileSync(join(VENDOR, `${name}.json`), 'utf8')) as Record<string, unknown>;
}

function newAjv() {
  const ajv = new Ajv04({ allErrors: true, strictTypes: false });
  // Annotations of the Frictionless profiles (editor hints and documentation), not validation keywords.
  ajv.addVocabulary(['propertyOrder', 'context', 'examples', 'options', 'notes']);
  addFormats(ajv);
  ajv.addFormat('textarea', true); // a UI hint for long text in the profiles
  return ajv;
}

/** Compiles a schema (each call its own Ajv instance, so patched copies never clash by id). */
export function compile(schema: Record<string, unknown>): ValidateFunction {
  return newAjv().compile(schema);
}

/**
 * The FDP profile with its one inconsistency patched: the inlined Tabular Data Package schema (allOf[0])
 * pins `profile` to `tabular-data-package`; the copy also allows `fiscal-data-package` (see
 * schema/vendor/README.md). Nothing else changes.
 */
export function patchedFdp(): Record<string, unknown> {
  const fdp = vendored('fiscal-data-package') as { allOf: { properties: { profile: { enum: string[] } } }[] };
  fdp.allOf[0]!.properties.profile.enum = ['tabular-data-package', 'fiscal-data-package'];
  return fdp as unknown as Record<string, unknown>;
}

/** The same widening for the Tabular Data Package profile. */
export function patchedTdp(): Record<string, unknown> {
  const tdp = vendored('tabular-data-package') as { properties: { profile: { enum: string[] } } };
  tdp.properties.profile.enum = ['tabular-data-package', 'fiscal-data-package'];
  return tdp as unknown as Record<string, unknown>;
}

/** Validation errors as short strings, for assertion messages. */
export function errorsOf(v: ValidateFunction): string[] {
  return (v.errors ?? []).map((e: ErrorObject) => `${e.instancePath || '/'} ${e.keyword} ${e.message ?? ''}`);
}

/** A CSV parsed strictly (RFC 4180 quotes, equal column counts, no BOM handling): header and records. */
export function parseCsv(text: string): { header: string[]; records: Record<string, string>[] } {
  const rows = parse(text, { bom: false, relax_quotes: false, relax_column_count: false }) as string[][];
  const [header = [], ...body] = rows;
  return {
    header,
    records: body.map((r) => Object.fromEntries(header.map((h, i) => [h, r[i] ?? '']))),
  };
}
