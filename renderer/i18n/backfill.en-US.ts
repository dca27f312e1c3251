import type { backfillZhCN } from './backfill.zh-CN';

/** 案件信息回填 strings in English; the values read and their sources stay as the documents have them. */
export const backfillEnUS: Record<keyof typeof backfillZhCN, string> = {
  // Date field names match dateFieldLabels in the contract (checked by the catalogue test).
  'backfill.title': 'Fill in case details from documents',
  'backfill.paste': 'Paste the text of the complaint or an identity document',
  'backfill.read': 'Read',
  'backfill.applySelected': 'Use selected ({count})',
  'backfill.applyAll': 'Use all',
  'backfill.notice':
    'The values below were read from the dossier documents by the program and are for reference only. Ticked values go into the form; they are written to the case only when you check them and click Save.',
  'backfill.empty': 'No parties or claims were found',
  'backfill.claims': 'Claims',
  'backfill.claim': 'Claim {n}',
  'backfill.claimAmount': ' ({amount} yuan)',
  'backfill.notInForm': 'For checking only; the form has no such field',
  'backfill.field.role': 'Role',
  'backfill.field.name': 'Name',
  'backfill.field.kind': 'Type',
  'backfill.field.gender': 'Gender',
  'backfill.field.birthDate': 'Date of birth',
  'backfill.field.idNumber': 'ID number',
  'backfill.field.phone': 'Phone',
  'backfill.field.address': 'Address',
  'backfill.field.agent': 'Agent ad litem',
  'backfill.field.complaintDate': 'Date signed on the complaint',
  'backfill.field.filedOn': 'Filing date',
};
