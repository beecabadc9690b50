/**
 * @module The dataset: everything one 部门决算公开 states, for one reporting entity and one year
 * (DESIGN.md §2). Amounts are integer fen; a blank is null, never 0.
 */
import type { TableId } from '../catalog/tables/types.ts';
import type { Fen, Unit } from '../money/index.ts';

export type EntityKind = 'department' | 'unit';
/** 单位性质: decides 机关运行经费 applicability (行政单位 and 参公事业单位 only). */
export type UnitType = '行政单位' | '参公事业单位' | '事业单位' | '其他';

export type Cells = Readonly<Record<string, Fen | null>>;

/** A table row: a classification code (or a fixed key such as `income.total`) with its name and cells. */
export type TableRow = {
  readonly code: string;
  readonly name: string;
  readonly cells: Cells;
  /** Where the row was read (file and line), for messages. */
  readonly source?: string;
};

export type TableData = { readonly rows: readonly TableRow[]; readonly source?: string };

export type UnitRef = {
  readonly name: string;
  readonly code?: string;
  readonly unitType: UnitType;
  /** The unit's own dataset, when the department's tables are rolled up from its units. */
  readonly dataset?: Dataset;
};

export type Entity = {
  readonly name: string;
  /** Short name used in the text (e.g. 县政府办). */
  readonly shortName: string;
  readonly code?: string;
  readonly kind: EntityKind;
  readonly unitType: UnitType;
  readonly region: string;
  readonly year: number;
  readonly profile: string;
  /** The unit the figures were entered in; 万元 figures are rounded to 0.01万元 each. */
  readonly amountUnit: Unit;
  readonly units: readonly UnitRef[];
  readonly supervisor?: string;
  readonly publishedOn?: string;
};

export type Staff = {
  readonly authorized: number | null;
  readonly actual: number | null;
  readonly breakdown: readonly { readonly label: string; readonly count: number }[];
  readonly asOf?: string;
};

/** Figures of the previous year that the report compares with. */
export type PriorYear = {
  readonly year: number;
  readonly grandTotal: Fen | null; // T01 收支总计
  readonly incomeTotal: Fen | null; // 本年收入合计
  readonly expenditureTotal: Fen | null; // 本年支出合计
  readonly fiscalGrandTotal: Fen | null; // T04 财政拨款收支总计
  readonly generalBudgetExpenditure: Fen | null; // T06 合计
  readonly basic: Fen | null;
  readonly personnel: Fen | null;
  readonly public: Fen | null;
  readonly governmentFundExpenditure: Fen | null;
  readonly stateCapitalExpenditure: Fen | null;
  readonly sangong: Readonly<Record<SangongItem, Fen | null>>;
  readonly operatingExpenses: Fen | null;
  readonly procurementTotal: Fen | null;
};

export const SANGONG_ITEMS = [
  'total',
  'abroad',
  'vehicle',
  'vehiclePurchase',
  'vehicleOperation',
  'reception',
] as const;
export type SangongItem = (typeof SANGONG_ITEMS)[number];

/** 年初预算 of the 一般公共预算财政拨款 expenditure, for 完成预算X% (五（三）). */
export type Budget = {
  readonly generalBudgetTotal: Fen | null;
  readonly generalBudgetItems: Readonly<Record<string, Fen | null>>;
};

export type SangongDetails = {
  readonly abroad: { readonly groups: number | null; readonly persons: number | null };
  readonly vehicles: { readonly purchased: number | null; readonly held: number | null };
  readonly reception: {
    readonly batches: number | null;
    readonly persons: number | null;
    readonly foreignBatches: number | null;
    readonly foreignPersons: number | null;
    readonly foreignAmount: Fen | null;
  };
};

export type Procurement = {
  readonly total: Fen | null;
  readonly goods: Fen | null;
  readonly works: Fen | null;
  readonly services: Fen | null;
  /** 授予中小企业合同金额 */
  readonly sme: Fen | null;
  /** 其中授予小微企业合同金额 */
  readonly smallMicro: Fen | null;
};

export type Assets = {
  readonly asOf?: string;
  readonly vehicleTotal: number | null;
  readonly vehicles: readonly { readonly category: string; readonly count: number }[];
  /** 单价50万元以上通用设备（台/套） */
  readonly generalEquipment50: number | null;
  /** 单价100万元以上专用设备（台/套） */
  readonly specialEquipment100: number | null;
};

export type Indicator = {
  readonly level1: string;
  readonly level2: string;
  readonly level3: string;
  readonly target: string;
  readonly actual: string;
};

export type TextSection = { readonly heading: string; readonly body: string };

export type ProjectEvaluation = {
  readonly name: string;
  readonly supervisor?: string;
  readonly implementer?: string;
  readonly budget: { readonly total: Fen | null; readonly fiscal: Fen | null; readonly other: Fen | null };
  readonly execution: { readonly total: Fen | null; readonly fiscal: Fen | null; readonly other: Fen | null };
  readonly goal: string;
  readonly goalResult: string;
  readonly indicators: readonly Indicator[];
  readonly score: number | null;
  readonly report: readonly TextSection[];
};

export type Performance = {
  /** 十（四）预算绩效管理情况 */
  readonly management: string;
  readonly overall: {
    readonly score: number | null;
    /** 人员类/运转类/特定目标类项目 with their budget and execution (部门整体绩效评价报告 三（一）). */
    readonly categories: readonly {
      readonly name: string;
      readonly budget: Fen | null;
      readonly execution: Fen | null;
    }[];
    readonly report: readonly TextSection[];
  } | null;
  readonly projects: readonly ProjectEvaluation[];
};

/** Keys of the change and variance explanations the report asks for. */
export const REASON_KEYS = [
  'grandTotal',
  'incomeTotal',
  'expenditureTotal',
  'fiscalGrandTotal',
  'generalBudgetExpenditure',
  'basic',
  'sangongTotal',
  'sangongBudget',
  'sangongAbroad',
  'sangongVehicle',
  'sangongReception',
  'operatingExpenses',
  'governmentFund',
  'stateCapital',
] as const;
export type ReasonKey = (typeof REASON_KEYS)[number];

export type Reasons = {
  readonly changes: Readonly<Partial<Record<ReasonKey, string>>>;
  /** Why a 项 of the 一般公共预算 expenditure differs from its 年初预算, by code. */
  readonly budgetVariance: Readonly<Record<string, string>>;
};

export type Dataset = {
  readonly entity: Entity;
  readonly staff: Staff;
  readonly duties: readonly string[];
  readonly workSummary: string;
  readonly organization: string;
  readonly tables: Readonly<Partial<Record<TableId, TableData>>>;
  /** Tables the dataset declares empty (e.g. no 政府性基金), with the statement printed under them. */
  readonly emptyTables: Readonly<Partial<Record<TableId, string>>>;
  readonly priorYear: PriorYear;
  readonly budget: Budget;
  readonly sangong: SangongDetails;
  readonly operatingExpenses: Fen | null;
  readonly procurement: Procurement;
  readonly assets: Assets;
  readonly performance: Performance;
  readonly reasons: Reasons;
  readonly glossary: readonly { readonly term: string; readonly definition: string }[];
  /** Free notes about the data's provenance (e.g. which figures a source did not give). */
  readonly notes: readonly string[];
};
