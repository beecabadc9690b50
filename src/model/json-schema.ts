import { disclosureJsonSchema } from './schema.ts';

/** The JSON Schema of disclosure.yaml as the committed file's text. */
export function disclosureSchemaText(): string {
  const schema = {
    title: 'Juesuan 部门决算公开数据集（disclosure.yaml）',
    ...(disclosureJsonSchema() as object),
  };
  return `${JSON.stringify(schema, null, 2)}\n`;
}
