import type { Dimension } from '../domain/dimensions';
import type { CaseStatus, CaseTransition } from './caseStates';
import type { DimensionRule } from './ruleSet';

/**
 * What the form of a workflow step asks for, so the renderer shows only the fields that step
 * takes: a measure to pick, a period the order sets, or an extension's length. 'required' means
 * applyTransition refuses the step without it; 'optional' means it has a default (the rule's
 * fixed period, the length asked for).
 */
export type Need = 'required' | 'optional' | 'none';

export interface TransitionNeeds {
  /** The measures the user may pick; empty when the step orders none. */
  readonly measures: readonly string[];
  readonly period: Need;
  readonly extension: Need;
}

const NOTHING: TransitionNeeds = { measures: [], period: 'none', extension: 'none' };

export function transitionNeeds(
  transition: CaseTransition,
  state: { readonly dimension: Dimension; readonly status: CaseStatus; readonly measure: string | null; readonly hasPeriod: boolean },
  rule: DimensionRule,
): TransitionNeeds {
  const orderSetsPeriod = rule.period === 'set-by-order';
  switch (transition) {
    case 'issue-notice':
      return { measures: rule.measures.map((m) => m.name), period: orderSetsPeriod ? 'required' : 'none', extension: 'none' };
    case 'escalate':
      return {
        measures: rule.measures.map((m) => m.name).filter((m) => m !== state.measure),
        period: orderSetsPeriod ? 'required' : 'none',
        extension: 'none',
      };
    case 'seal':
      return { measures: [], period: orderSetsPeriod ? 'required' : 'optional', extension: 'none' };
    case 'accept-fail':
      return { measures: [], period: state.hasPeriod || !orderSetsPeriod ? 'optional' : 'required', extension: 'none' };
    case 'request-extension':
      return { measures: [], period: 'none', extension: 'required' };
    case 'approve-extension':
      return { measures: [], period: 'none', extension: 'optional' };
    default:
      return NOTHING;
  }
}
