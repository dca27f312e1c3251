import table from '../../../resources/lpr/lpr-one-year.json';
import { lprLookup, type LprLookup } from '../../../shared/domain/calculators';

/** The one-year LPR in force on an ISO date from the project's table (resources/lpr); null before 2019-08-20. */
export const lprOn: LprLookup = lprLookup(table);
