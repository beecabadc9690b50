/**
 * Writes the JSON Schema of disclosure.yaml, generated from the zod schema, into schema/.
 * `npm run schema` rewrites it; a test fails when the committed file is stale.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { disclosureSchemaText } from '../src/model/json-schema.ts';

const path = join(import.meta.dirname, '..', 'schema', 'disclosure.schema.json');
writeFileSync(path, disclosureSchemaText());
console.log(`wrote ${path}`);
