// The checklist files (resources/checklists/*.json), bundled by import so the web host, the CLI and
// Electron read the same definitions without a resources path. A test checks this list against the folder.
import creditCard from '../../../resources/checklists/credit-card.json';
import dangerousDriving from '../../../resources/checklists/dangerous-driving.json';
import divorce from '../../../resources/checklists/divorce.json';
import drugs from '../../../resources/checklists/drugs.json';
import financialLoan from '../../../resources/checklists/financial-loan.json';
import fraud from '../../../resources/checklists/fraud.json';
import houseLease from '../../../resources/checklists/house-lease.json';
import intentionalInjury from '../../../resources/checklists/intentional-injury.json';
import laborDispute from '../../../resources/checklists/labor-dispute.json';
import laborPay from '../../../resources/checklists/labor-pay.json';
import privateLending from '../../../resources/checklists/private-lending.json';
import propertyService from '../../../resources/checklists/property-service.json';
import salesContract from '../../../resources/checklists/sales-contract.json';
import theft from '../../../resources/checklists/theft.json';
import trafficAccident from '../../../resources/checklists/traffic-accident.json';
import trafficCrime from '../../../resources/checklists/traffic-crime.json';

/** File name (without .json) → its parsed content, in the order the list shows them. */
export const checklistFiles: Record<string, unknown> = {
  'private-lending': privateLending,
  'sales-contract': salesContract,
  divorce,
  'labor-dispute': laborDispute,
  'traffic-accident': trafficAccident,
  'property-service': propertyService,
  'house-lease': houseLease,
  'financial-loan': financialLoan,
  'credit-card': creditCard,
  'labor-pay': laborPay,
  theft,
  fraud,
  'intentional-injury': intentionalInjury,
  'dangerous-driving': dangerousDriving,
  drugs,
  'traffic-crime': trafficCrime,
};
