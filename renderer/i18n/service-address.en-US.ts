import type { serviceAddressZhCN } from './service-address.zh-CN';

/**
 * 送达地址推荐 strings in English; addresses, sources and reasons come from the main process as they are.
 */
export const serviceAddressEnUS: Record<keyof typeof serviceAddressZhCN, string> = {
  'serviceAddress.order':
    'Order: address-for-service confirmation signed by the party → agreed in the contract → identity documents → statement of claim or defence; within each, the most recent document first.',
  'serviceAddress.empty': 'No address or phone number found in the dossier',
  'serviceAddress.col.rank': 'No.',
  'serviceAddress.col.party': 'Party',
  'serviceAddress.col.kind': 'Type',
  'serviceAddress.col.value': 'Content',
  'serviceAddress.col.source': 'Source',
  'serviceAddress.col.reason': 'Reason',
  'serviceAddress.partyUnknown': 'Unknown',
  'serviceAddress.address': 'Address',
  'serviceAddress.phone': 'Phone',
  'serviceAddress.source': '{file} ({category})',
};
