/**
 * @module T13 财政拨款“三公”经费支出决算表 (domain-standard.md §2.5 E1, E2), for the 预算数 and the
 * 决算数 blocks.
 */
import type { Fen } from '../../money/index.ts';
import { present, sumMismatch } from '../compare.ts';
import { defineRule } from '../define.ts';
import type { RuleContext } from '../types.ts';
import { cell, cellLoc } from './shared.ts';

const T = 'T13';
const ROW = 'amount';
const BLOCKS = [
  { id: 'budget', zh: '预算数' },
  { id: 'actual', zh: '决算数' },
] as const;

function get(ctx: RuleContext, block: string, item: string): Fen | null {
  return cell(ctx, T, ROW, `${block}.${item}`);
}

export const T13_RULES = [
  defineRule({
    id: 't13.total',
    severity: 'error',
    title: {
      zh: '“三公”经费支出决算表：合计 = 因公出国（境）费 + 公务用车购置及运行费 + 公务接待费',
      en: '"Three public expenses": total = travel abroad + official vehicles + official reception',
    },
    source:
      'domain-standard.md §2.5 E1 (GBC-YAML C-001/R008; GBC-WP4A), for 预算数 and 决算数. When the ' +
      '公务用车 小计 is blank its 购置费 and 运行费 stand for it.',
    check: (ctx) =>
      present(
        ...BLOCKS.map((b) => {
          const subtotal = get(ctx, b.id, 'vehicle');
          const vehicle =
            subtotal === null
              ? [get(ctx, b.id, 'vehiclePurchase'), get(ctx, b.id, 'vehicleOperation')]
              : [subtotal];
          return sumMismatch(
            ctx,
            get(ctx, b.id, 'total'),
            [get(ctx, b.id, 'abroad'), ...vehicle, get(ctx, b.id, 'reception')],
            [cellLoc(T, ROW, `${b.id}.total`)],
            { block: b.zh },
          );
        }),
      ),
  }),
  defineRule({
    id: 't13.vehicle-subtotal',
    severity: 'error',
    title: {
      zh: '“三公”经费支出决算表：公务用车购置及运行费 = 公务用车购置费 + 公务用车运行费',
      en: '"Three public expenses": official vehicles = vehicle purchase + vehicle operation',
    },
    source: 'domain-standard.md §2.5 E2 (GBC-WP4A "小计 = 购置费 + 运行维护费"), for 预算数 and 决算数.',
    check: (ctx) =>
      present(
        ...BLOCKS.map((b) =>
          sumMismatch(
            ctx,
            get(ctx, b.id, 'vehicle'),
            [get(ctx, b.id, 'vehiclePurchase'), get(ctx, b.id, 'vehicleOperation')],
            [cellLoc(T, ROW, `${b.id}.vehicle`)],
            { block: b.zh },
          ),
        ),
      ),
  }),
];
