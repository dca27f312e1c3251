// 计算器: 民间借贷利息, 迟延履行期间的债务利息, 诉讼费.
export { CalculatorsService } from './calculators-service';
export { lprOn } from './lpr-table';
