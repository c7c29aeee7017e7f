import type { Dimension } from '../domain/dimensions';

/**
 * The states and steps of a case (整改事项) as data. Ids are stable strings stored in the
 * database; labels are what the user reads. The graph per dimension follows the legal paths of
 * docs/domain.md and the work plans it lists:
 * - 能耗 / 质量: 下达整改通知 → 整改中 (→ 申请延期 → 批准/驳回, 能耗 only) → 复查 → 达标销号,
 *   or 复查不达标 / 逾期 → 依法关停退出;
 * - 环保 / 安全: the same, with a period set by the decision or order, and an escalation from
 *   the milder measure (限制生产 → 停产整治; 限期改正 → 停产停业整顿);
 * - 技术: 立即拆除, or 断水断电·封存 then 限时拆除 → 验收 → 销号; or 依法关停、取缔.
 * Whether an extension is possible at all is the rule set's call, not the graph's.
 */

export const CASE_STATUSES = [
  'registered',
  'rectifying',
  'extension-requested',
  'extended',
  'failed',
  'sealed',
  'awaiting-acceptance',
  'compliant',
  'exited',
  'closed-down',
] as const;
export type CaseStatus = (typeof CASE_STATUSES)[number];

export const CASE_STATUS_LABELS: Record<CaseStatus, string> = {
  registered: '待下达整改通知',
  rectifying: '整改中',
  'extension-requested': '延期申请中',
  extended: '延期整改中',
  failed: '整改不达标·待依法处置',
  sealed: '已封存·限时拆除',
  'awaiting-acceptance': '已拆除·待验收',
  compliant: '达标销号',
  exited: '验收销号',
  'closed-down': '已依法关停',
};

/** How each dimension's law words the end of the path. */
export const CLOSED_DOWN_LABELS: Record<Dimension, string> = {
  能耗: '已依法关停退出',
  环保: '已责令停业、关闭',
  质量: '已依法关停退出',
  安全: '已予以关闭',
  技术: '已依法关停取缔',
};

/** States with a running period: the case is not compliant and its deadline is counting down. */
export const PERIOD_STATUSES: ReadonlySet<CaseStatus> = new Set(['rectifying', 'extension-requested', 'extended', 'sealed']);

/**
 * States whose deadline still stands: the running period, and after a failed check the period
 * it failed in, which the closure waits for (rules/caseWorkflow.ts closeDown) and which makes
 * the case 逾期未整改 once it has run out.
 */
export const DEADLINE_STATUSES: ReadonlySet<CaseStatus> = new Set([...PERIOD_STATUSES, 'failed']);

/** States a case never leaves. */
export const TERMINAL_STATUSES: ReadonlySet<CaseStatus> = new Set(['compliant', 'exited', 'closed-down']);

export const CASE_TRANSITIONS = [
  'issue-notice',
  'request-extension',
  'approve-extension',
  'reject-extension',
  'escalate',
  'reinspect-pass',
  'reinspect-fail',
  'close-down',
  'dismantle',
  'seal',
  'accept-pass',
  'accept-fail',
] as const;
export type CaseTransition = (typeof CASE_TRANSITIONS)[number];

export const CASE_TRANSITION_LABELS: Record<CaseTransition, string> = {
  'issue-notice': '下达整改通知',
  'request-extension': '申请延期',
  'approve-extension': '批准延期',
  'reject-extension': '驳回延期',
  escalate: '升级措施',
  'reinspect-pass': '复查达标',
  'reinspect-fail': '复查不达标',
  'close-down': '依法关停',
  dismantle: '拆除主体设备',
  seal: '断水断电·封存',
  'accept-pass': '验收合格',
  'accept-fail': '验收不合格',
};

export const CLOSE_DOWN_LABELS: Record<Dimension, string> = {
  能耗: '依法关停退出',
  环保: '责令停业、关闭',
  质量: '依法关停退出',
  安全: '予以关闭',
  技术: '依法关停取缔',
};

type Graph = Partial<Record<CaseStatus, Partial<Record<CaseTransition, CaseStatus>>>>;

const RECTIFICATION: Graph = {
  registered: { 'issue-notice': 'rectifying' },
  rectifying: {
    'request-extension': 'extension-requested',
    'reinspect-pass': 'compliant',
    'reinspect-fail': 'failed',
    'close-down': 'closed-down',
  },
  'extension-requested': { 'approve-extension': 'extended', 'reject-extension': 'rectifying' },
  extended: { 'reinspect-pass': 'compliant', 'reinspect-fail': 'failed', 'close-down': 'closed-down' },
  failed: { 'close-down': 'closed-down' },
};

/** 环保 and 安全 may escalate to the harsher measure while rectifying or after a failed check. */
const WITH_ESCALATION: Graph = {
  ...RECTIFICATION,
  rectifying: { ...RECTIFICATION.rectifying, escalate: 'rectifying' },
  failed: { ...RECTIFICATION.failed, escalate: 'rectifying' },
};

const TECHNOLOGY: Graph = {
  registered: { dismantle: 'awaiting-acceptance', seal: 'sealed', 'close-down': 'closed-down' },
  sealed: { dismantle: 'awaiting-acceptance', 'close-down': 'closed-down' },
  'awaiting-acceptance': { 'accept-pass': 'exited', 'accept-fail': 'sealed' },
};

export const CASE_GRAPHS: Record<Dimension, Graph> = {
  能耗: RECTIFICATION,
  环保: WITH_ESCALATION,
  质量: RECTIFICATION,
  安全: WITH_ESCALATION,
  技术: TECHNOLOGY,
};

/** The state a transition leads to, or undefined when the graph has no such step. */
export function targetStatus(dimension: Dimension, from: CaseStatus, transition: CaseTransition): CaseStatus | undefined {
  return CASE_GRAPHS[dimension][from]?.[transition];
}

export function transitionLabel(dimension: Dimension, transition: CaseTransition, from?: CaseStatus): string {
  if (transition === 'close-down') return CLOSE_DOWN_LABELS[dimension];
  if (transition === 'dismantle' && from === 'registered') return '立即拆除';
  return CASE_TRANSITION_LABELS[transition];
}

/**
 * The label for a case's state: a running period is named after the measure ordered
 * (限期整改中, 限制生产中, 停产停业整顿中), a closure after the dimension's law.
 */
export function statusLabel(dimension: Dimension, status: CaseStatus, measure?: string | null): string {
  if (status === 'rectifying' && measure) return `${measure}中`;
  if (status === 'closed-down') return CLOSED_DOWN_LABELS[dimension];
  return CASE_STATUS_LABELS[status];
}

export function isCaseStatus(value: unknown): value is CaseStatus {
  return typeof value === 'string' && (CASE_STATUSES as readonly string[]).includes(value);
}
