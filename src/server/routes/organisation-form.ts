/**
 * @module Reading the edit form of an organisation into a store patch (pure): name, 单位代码, 所在地区,
 * 单位性质 and, for a 单位 only, its 上级 (a 部门 or the 财政局). Every refusal is a Chinese message.
 */
import type { OrganisationPatch } from '../../storage/port.ts';
import type { Organisation } from '../../storage/types.ts';
import { type FormBody, formString } from '../http/form.ts';
import { UNIT_TYPES } from './admin-shared.ts';

export const NAME_MAX = 200;
export const CODE_MAX = 50;
export const REGION_MAX = 200;

/** 单位代码: letters, digits and - (as finance systems print them). */
const CODE = /^[0-9A-Za-z-]+$/;

export type PatchResult =
  | { readonly ok: true; readonly patch: OrganisationPatch }
  | { readonly ok: false; readonly message: string };

/**
 * The changes the form asks for (only fields that differ), checked against every organisation: `org` is the
 * one edited, `all` every organisation (for the parent and a code in use).
 */
export function organisationPatch(
  body: FormBody,
  org: Organisation,
  all: readonly Organisation[],
): PatchResult {
  const fail = (message: string): PatchResult => ({ ok: false, message });
  const name = formString(body, 'name').trim();
  const code = formString(body, 'code').trim();
  const region = formString(body, 'region').trim();
  const unitTypeText = formString(body, 'unitType');
  if (name === '') return fail('请填写名称');
  if ([...name].length > NAME_MAX) return fail(`名称不能超过 ${NAME_MAX} 个字`);
  if (region === '') return fail('请填写所在地区');
  if ([...region].length > REGION_MAX) return fail(`所在地区不能超过 ${REGION_MAX} 个字`);
  if (code.length > CODE_MAX) return fail(`单位代码不能超过 ${CODE_MAX} 个字符`);
  if (code !== '' && code !== org.code && !CODE.test(code)) return fail('单位代码只能由字母、数字和“-”组成');
  const holder = code === '' ? undefined : all.find((o) => o.code === code && o.id !== org.id);
  if (holder !== undefined) return fail(`单位代码“${code}”已由“${holder.name}”使用`);
  const unitType = unitTypeText === '' ? null : UNIT_TYPES.find((t) => t === unitTypeText);
  if (unitType === undefined) return fail('请选择单位性质');

  let parentId = org.parentId;
  if (body['parentId'] !== undefined) {
    const wanted = formString(body, 'parentId');
    if (org.kind !== 'unit') {
      if (wanted !== (org.parentId ?? '')) return fail('只有单位可以调整上级部门');
    } else {
      const parent = all.find((o) => o.id === wanted);
      if (parent === undefined) return fail('请选择上级部门');
      if (parent.kind === 'unit') return fail('单位的上级应为部门或财政局');
      parentId = parent.id;
    }
  }

  const wantedValues: OrganisationPatch = {
    name,
    code: code === '' ? null : code,
    region,
    unitType,
    parentId,
  };
  const patch = Object.fromEntries(
    Object.entries(wantedValues).filter(([k, v]) => org[k as keyof OrganisationPatch] !== v),
  ) as OrganisationPatch;
  return { ok: true, patch };
}
