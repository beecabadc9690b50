/**
 * @module The zod schema of `disclosure.yaml` (the dataset as people and other tools write it).
 * Amounts are decimal strings (or JSON numbers) in the dataset's unit; counts are whole numbers;
 * a missing or null amount is blank, never zero. The JSON Schema in `schema/` is generated from it.
 */
import { z } from 'zod';
import { TABLE_IDS } from '../catalog/tables/types.ts';
import { REASON_KEYS } from './types.ts';

/** An amount as written: a decimal string or a number in the dataset's unit; null or absent = blank. */
export const AmountInput = z
  .union([z.string(), z.number(), z.null()])
  .describe('金额：十进制字符串（或数值），单位为 entity.amountUnit；空 = 未填，不等于 0');

const Count = z.union([z.number().int().nonnegative(), z.string().regex(/^\d*$/), z.null()]);
const Score = z.union([z.number(), z.string().regex(/^\d*(\.\d+)?$/), z.null()]);
const Text = z.string();

const UnitTypeInput = z.enum(['行政单位', '参公事业单位', '事业单位', '其他']);

const CellsInput = z.record(z.string(), AmountInput);
/** A table row written inline: `{ code, name?, cells }` or `{ code, name?, <column>: amount, ... }`. */
export const TableRowInput = z.looseObject({ code: z.string(), name: z.string().optional() });

const SangongInput = z.strictObject({
  total: AmountInput.optional(),
  abroad: AmountInput.optional(),
  vehicle: AmountInput.optional(),
  vehiclePurchase: AmountInput.optional(),
  vehicleOperation: AmountInput.optional(),
  reception: AmountInput.optional(),
});

const TextSectionInput = z.strictObject({ heading: Text, body: Text });
const SplitInput = z.strictObject({
  total: AmountInput.optional(),
  fiscal: AmountInput.optional(),
  other: AmountInput.optional(),
});

export const UnitRefInput = z.strictObject({
  name: Text,
  code: z.string().optional(),
  unitType: UnitTypeInput,
  /** A sub-folder holding the unit's own dataset (its disclosure.yaml and tables). */
  dataset: z.string().optional(),
});

/** The schema of disclosure.yaml. */
export const DisclosureInput = z.strictObject({
  entity: z.strictObject({
    name: Text.min(1),
    shortName: Text.optional(),
    code: z.string().optional(),
    kind: z.enum(['department', 'unit']),
    unitType: UnitTypeInput,
    region: Text,
    year: z.union([z.number().int(), z.string().regex(/^\d{4}$/)]),
    profile: z.string().optional(),
    amountUnit: z.enum(['万元', '元']),
    units: z.array(UnitRefInput).optional(),
    supervisor: Text.optional(),
    publishedOn: Text.optional(),
  }),
  staff: z
    .strictObject({
      authorized: Count.optional(),
      actual: Count.optional(),
      breakdown: z.array(z.strictObject({ label: Text, count: Count })).optional(),
      asOf: Text.optional(),
    })
    .optional(),
  duties: z.array(Text).optional(),
  workSummary: Text.optional(),
  organization: Text.optional(),
  /** Tables inline; a table may instead be a CSV file `tables/T06.csv` beside disclosure.yaml. */
  tables: z.partialRecord(z.enum(TABLE_IDS), z.array(TableRowInput)).optional(),
  emptyTables: z.partialRecord(z.enum(TABLE_IDS), Text).optional(),
  priorYear: z
    .strictObject({
      year: z.union([z.number().int(), z.string().regex(/^\d{4}$/)]).optional(),
      grandTotal: AmountInput.optional(),
      incomeTotal: AmountInput.optional(),
      expenditureTotal: AmountInput.optional(),
      fiscalGrandTotal: AmountInput.optional(),
      generalBudgetExpenditure: AmountInput.optional(),
      basic: AmountInput.optional(),
      personnel: AmountInput.optional(),
      public: AmountInput.optional(),
      governmentFundExpenditure: AmountInput.optional(),
      stateCapitalExpenditure: AmountInput.optional(),
      sangong: SangongInput.optional(),
      operatingExpenses: AmountInput.optional(),
      procurementTotal: AmountInput.optional(),
    })
    .optional(),
  budget: z
    .strictObject({
      generalBudgetTotal: AmountInput.optional(),
      generalBudgetItems: CellsInput.optional(),
    })
    .optional(),
  sangong: z
    .strictObject({
      abroad: z.strictObject({ groups: Count.optional(), persons: Count.optional() }).optional(),
      vehicles: z.strictObject({ purchased: Count.optional(), held: Count.optional() }).optional(),
      reception: z
        .strictObject({
          batches: Count.optional(),
          persons: Count.optional(),
          foreignBatches: Count.optional(),
          foreignPersons: Count.optional(),
          foreignAmount: AmountInput.optional(),
        })
        .optional(),
    })
    .optional(),
  operatingExpenses: AmountInput.optional(),
  procurement: z
    .strictObject({
      total: AmountInput.optional(),
      goods: AmountInput.optional(),
      works: AmountInput.optional(),
      services: AmountInput.optional(),
      sme: AmountInput.optional(),
      smallMicro: AmountInput.optional(),
    })
    .optional(),
  assets: z
    .strictObject({
      asOf: Text.optional(),
      vehicleTotal: Count.optional(),
      vehicles: z.array(z.strictObject({ category: Text, count: Count })).optional(),
      generalEquipment50: Count.optional(),
      specialEquipment100: Count.optional(),
    })
    .optional(),
  performance: z
    .strictObject({
      management: Text.optional(),
      overall: z
        .strictObject({
          score: Score.optional(),
          /** 人员类/运转类/特定目标类项目: budget and execution as stated in the 部门整体绩效评价报告 */
          categories: z
            .array(
              z.strictObject({
                name: Text,
                budget: AmountInput.optional(),
                execution: AmountInput.optional(),
              }),
            )
            .optional(),
          report: z.array(TextSectionInput),
        })
        .optional(),
      projects: z
        .array(
          z.strictObject({
            name: Text,
            supervisor: Text.optional(),
            implementer: Text.optional(),
            budget: SplitInput,
            execution: SplitInput,
            goal: Text.optional(),
            goalResult: Text.optional(),
            indicators: z
              .array(z.strictObject({ level1: Text, level2: Text, level3: Text, target: Text, actual: Text }))
              .optional(),
            score: Score.optional(),
            report: z.array(TextSectionInput).optional(),
          }),
        )
        .optional(),
    })
    .optional(),
  reasons: z
    .strictObject({
      changes: z.partialRecord(z.enum(REASON_KEYS), Text).optional(),
      budgetVariance: z.record(z.string(), Text).optional(),
    })
    .optional(),
  glossary: z.array(z.strictObject({ term: Text, definition: Text })).optional(),
  notes: z.array(Text).optional(),
});

export type DisclosureInput = z.infer<typeof DisclosureInput>;

/** The JSON Schema of disclosure.yaml, generated from the zod schema. */
export function disclosureJsonSchema(): unknown {
  return z.toJSONSchema(DisclosureInput, { io: 'input', unrepresentable: 'any' });
}
