// 送达地址推荐: ranked addresses and phones from the dossier, each with source, date and reason.
export { recommendAddresses, serviceAddressRulesVersion } from './recommend';
export type { AddressDocument } from './recommend';
export { ServiceAddressService, serviceAddressModel } from './service-address-service';
export type { AddressRecommendation } from './service-address-service';
