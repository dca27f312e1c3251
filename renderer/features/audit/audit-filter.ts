import { aiFeatures, audit, type AiFeature } from '../../../shared/contract';

type AuditFilter = audit.AuditFilter;
type AuditKind = audit.AuditKind;

/** What the filter form holds: free text as typed, selects possibly empty. */
export interface AuditFormValues {
  caseId?: string;
  feature?: string;
  actor?: string;
  kind?: string;
  /** YYYY-MM-DD from a date input, or '' */
  from?: string;
  to?: string;
}

const isoDate = /^\d{4}-\d{2}-\d{2}$/;

/** Turns the form into the contract filter: trimmed, empty fields dropped, bad dates dropped. */
export function buildAuditFilter(values: AuditFormValues): AuditFilter {
  const filter: AuditFilter = {};
  const caseId = values.caseId?.trim();
  const actor = values.actor?.trim();
  const feature = values.feature?.trim();
  if (caseId) filter.caseId = caseId;
  if (actor) filter.actor = actor;
  if (feature) filter.feature = feature;
  if (values.kind && (audit.auditKinds as readonly string[]).includes(values.kind)) {
    filter.kind = values.kind as AuditKind;
  }
  if (values.from && isoDate.test(values.from)) filter.from = values.from;
  if (values.to && isoDate.test(values.to)) filter.to = values.to;
  return filter;
}

/** ISO dates compare correctly as strings. */
export function isDateRangeValid(filter: AuditFilter): boolean {
  return !filter.from || !filter.to || filter.from <= filter.to;
}

export function pageRequest(filter: AuditFilter, page: number, pageSize: number) {
  const limit = Math.min(Math.max(Math.trunc(pageSize), 1), 500);
  const offset = Math.max(Math.trunc(page) - 1, 0) * limit;
  return { ...filter, limit, offset };
}

/** Values of the 功能 select: global and settings first, then every AI feature. */
export const auditFeatureOptions: readonly string[] = ['global', 'settings', ...aiFeatures];

export type AuditFeatureKey = 'feature.global' | 'feature.settings' | `feature.${AiFeature}`;

/** The dictionary key naming a feature value, or null for one this UI does not know. */
export function auditFeatureKey(feature: string | null): AuditFeatureKey | null {
  if (feature === null) return null;
  return auditFeatureOptions.includes(feature) ? (`feature.${feature}` as AuditFeatureKey) : null;
}

export function shortHash(hash: string, length = 10): string {
  return hash.length > length ? `${hash.slice(0, length)}…` : hash;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** Local wall-clock time YYYY-MM-DD HH:mm:ss; an unparseable value is shown as stored. */
export function formatLocalTime(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return (
    `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())} ` +
    `${pad(date.getHours())}:${pad(date.getMinutes())}:${pad(date.getSeconds())}`
  );
}
