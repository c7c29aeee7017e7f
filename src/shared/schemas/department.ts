import { z } from './zod';
import { optionalText, requiredText } from './fields';

/** 部门: lead and cooperating departments of cases and work-plan tasks. */
export const DepartmentFields = z.object({
  name: requiredText(50),
  shortName: optionalText(20),
  sortOrder: z.number().int().min(0),
});
export const DepartmentDraft = DepartmentFields.partial().required({ name: true });
export const DepartmentPatch = DepartmentFields.partial();

export const DEPARTMENT_LABELS: Record<keyof z.output<typeof DepartmentFields>, string> = {
  name: '部门名称',
  shortName: '简称',
  sortOrder: '排序',
};
