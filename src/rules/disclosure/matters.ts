/**
 * @module 十、其他重要事项 (domain-standard.md §3.2, §2.6 F13–F14): 政府采购 amounts,
 * 机关运行经费 (stated where it applies; its bound by T08 公用经费 is x.operating-expenses-t08),
 * 国有资产 (vehicles, equipment).
 */
import { exceedsLimit, present, sumMismatch } from '../compare.ts';
import { defineRule } from '../define.ts';
import { field } from './shared.ts';

/** d.procurement-sum: 货物 + 工程 + 服务 = 政府采购支出总额 (F14). */
export const procurementSum = defineRule({
  id: 'd.procurement-sum',
  severity: 'error',
  title: { zh: '政府采购分类金额之和不等于总额', en: 'Procurement by type does not add up' },
  source: 'domain-standard.md §2.6 F14, §3.2 (政府采购: 总金额; 货物、工程、服务采购金额)',
  *check(ctx) {
    const p = ctx.ds.procurement;
    const d = sumMismatch(
      ctx,
      p.total,
      [p.goods, p.works, p.services],
      [
        field('procurement.total'),
        field('procurement.goods'),
        field('procurement.works'),
        field('procurement.services'),
      ],
    );
    if (d) yield d;
  },
});

/** d.procurement-sme: with procurement, the amount awarded to 中小企业 must be stated. */
export const procurementSme = defineRule({
  id: 'd.procurement-sme',
  severity: 'warning',
  title: { zh: '缺少授予中小企业合同金额', en: 'Amount awarded to SMEs missing' },
  source: 'domain-standard.md §3.2 (授予中小企业的合同金额及占政府采购支出总金额的比重)',
  *check({ ds }) {
    const { total, sme } = ds.procurement;
    if (total === null || total <= 0 || sme !== null) return;
    yield { locations: [field('procurement.sme'), field('procurement.total')], params: {}, actual: total };
  },
});

/** d.procurement-sme-limit: 中小企业 ≤ 总额, 小微企业 ≤ 中小企业 (F14). */
export const procurementSmeLimit = defineRule({
  id: 'd.procurement-sme-limit',
  severity: 'error',
  title: { zh: '中小企业、小微企业合同金额超出上级金额', en: 'SME amounts exceed their totals' },
  source: 'domain-standard.md §2.6 F14 (授予中小企业 ≤ 总额; 小微 ≤ 中小)',
  *check({ ds }) {
    const { total, sme, smallMicro } = ds.procurement;
    yield* present(
      total === null
        ? null
        : exceedsLimit(total, sme, [field('procurement.sme'), field('procurement.total')], {
            part: '授予中小企业合同金额',
            whole: '政府采购支出总额',
            partEn: 'SME contracts',
            wholeEn: 'total procurement',
          }),
      sme === null
        ? null
        : exceedsLimit(sme, smallMicro, [field('procurement.smallMicro'), field('procurement.sme')], {
            part: '授予小微企业合同金额',
            whole: '授予中小企业合同金额',
            partEn: 'small and micro enterprise contracts',
            wholeEn: 'SME contracts',
          }),
    );
  },
});

const OPERATING_TYPES = new Set(['行政单位', '参公事业单位']);

/** d.operating-expenses-missing: 行政单位/参公事业单位 must state 机关运行经费. */
export const operatingExpensesMissing = defineRule({
  id: 'd.operating-expenses-missing',
  severity: 'warning',
  title: { zh: '缺少机关运行经费', en: 'Operating expenses of the organ missing' },
  source: 'domain-standard.md §3.2 (机关运行经费安排; 行政单位和参公事业单位), 预算法第十四条',
  *check({ ds }) {
    const applies =
      OPERATING_TYPES.has(ds.entity.unitType) || ds.entity.units.some((u) => OPERATING_TYPES.has(u.unitType));
    if (!applies || ds.operatingExpenses !== null) return;
    yield { locations: [field('operatingExpenses')], params: { unitType: ds.entity.unitType } };
  },
});

/** d.assets-vehicles: vehicles by category add up to the vehicle total. */
export const assetsVehicles = defineRule({
  id: 'd.assets-vehicles',
  severity: 'error',
  title: { zh: '分类车辆数之和不等于车辆总数', en: 'Vehicles by category do not add up' },
  source: 'domain-standard.md §3.2 (国有资产占有使用: 共有车辆XX辆，其中：…用车)',
  *check({ ds }) {
    const { vehicleTotal, vehicles } = ds.assets;
    if (vehicleTotal === null || vehicles.length === 0) return;
    const sum = vehicles.reduce((s, v) => s + v.count, 0);
    if (sum === vehicleTotal) return;
    yield {
      locations: [field('assets.vehicleTotal'), field('assets.vehicles')],
      params: {},
      expectedText: String(sum),
      actualText: String(vehicleTotal),
    };
  },
});

/** d.assets-vehicle-categories: vehicles held but not broken down by category. */
export const assetsVehicleCategories = defineRule({
  id: 'd.assets-vehicle-categories',
  severity: 'warning',
  title: { zh: '车辆未按用途分类', en: 'Vehicles not broken down by category' },
  source: 'domain-standard.md §3.2 (其中：主要领导干部用车、机要通信用车、应急保障用车、执法执勤用车…)',
  *check({ ds }) {
    const { vehicleTotal, vehicles } = ds.assets;
    if (vehicleTotal === null || vehicleTotal <= 0 || vehicles.length > 0) return;
    yield { locations: [field('assets.vehicles')], params: { count: vehicleTotal } };
  },
});

/** d.assets-vehicles-held: the 三公 保有量 cannot exceed the vehicles the assets section reports. */
export const assetsVehiclesHeld = defineRule({
  id: 'd.assets-vehicles-held',
  severity: 'warning',
  title: { zh: '公务用车保有量大于车辆总数', en: 'Vehicles held exceed the vehicle total' },
  source: 'domain-standard.md §3.2 (公务用车保有量; 国有资产占有使用 车辆数)',
  *check({ ds }) {
    const held = ds.sangong.vehicles.held;
    const total = ds.assets.vehicleTotal;
    if (held === null || total === null || held <= total) return;
    yield {
      locations: [field('sangong.vehicles.held'), field('assets.vehicleTotal')],
      params: {},
      expectedText: String(total),
      actualText: String(held),
    };
  },
});

/** d.assets-vehicle-total-missing: the number of vehicles is blank. */
export const assetsVehicleTotalMissing = defineRule({
  id: 'd.assets-vehicle-total-missing',
  severity: 'warning',
  title: { zh: '缺少车辆总数', en: 'Vehicle total missing' },
  source: 'domain-standard.md §3.2 (截至YYYY年12月31日，…共有车辆XX辆)',
  *check({ ds }) {
    if (ds.assets.vehicleTotal === null) yield { locations: [field('assets.vehicleTotal')], params: {} };
  },
});

const EQUIPMENT = [
  {
    path: 'generalEquipment50',
    label: '单价50万元以上通用设备',
    labelEn: 'general equipment ≥ 500,000 yuan',
  },
  {
    path: 'specialEquipment100',
    label: '单价100万元以上专用设备',
    labelEn: 'special equipment ≥ 1,000,000 yuan',
  },
] as const;

/** d.assets-equipment-missing: the equipment counts of the assets section are blank. */
export const assetsEquipmentMissing = defineRule({
  id: 'd.assets-equipment-missing',
  severity: 'warning',
  title: { zh: '缺少大额设备数量', en: 'High-value equipment counts missing' },
  source: 'domain-standard.md §3.2 ([I] 单价50万元以上通用设备X台（套），单价100万元以上专用设备X台（套）)',
  *check({ ds }) {
    for (const e of EQUIPMENT) {
      if (ds.assets[e.path] !== null) continue;
      yield { locations: [field(`assets.${e.path}`)], params: { label: e.label, labelEn: e.labelEn } };
    }
  },
});

export const MATTER_RULES = [
  procurementSum,
  procurementSme,
  procurementSmeLimit,
  operatingExpensesMissing,
  assetsVehicles,
  assetsVehicleCategories,
  assetsVehiclesHeld,
  assetsVehicleTotalMissing,
  assetsEquipmentMissing,
];
