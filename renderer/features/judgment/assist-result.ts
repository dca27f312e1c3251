import type { judgment, ResponseOf } from '../../../shared/contract';

/** What judgment.assist answers: the estimate, the deviation check, the model's limits. */
export type AssistResult = ResponseOf<typeof judgment.judgmentAssist>;
