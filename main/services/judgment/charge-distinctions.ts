import distinctions from '../../../resources/criminal-law/charge-distinctions.json';
import type { ChargeDistinctions } from '../../../shared/domain/criminal-law';

/** The project's groups of confusable charges and the element cues that separate them. */
export const chargeDistinctions = distinctions as ChargeDistinctions;
