import type { TriageConfig } from '../../../shared/contract/channels/triage';

/**
 * Starting rules until the court sets its own (设置 → 繁简分流). They follow the usual
 * 繁简分流 practice: few parties, a modest sum, a routine 案由, no counterclaim and facts not in
 * dispute go to 速裁/简易; each feature that makes a hearing longer adds points.
 */
export const defaultTriageConfig: TriageConfig = {
  threshold: 5,
  parties: { above: 3, points: 1, maxPoints: 4 },
  claimAmount: [
    { atLeast: 500_000, points: 2 },
    { atLeast: 5_000_000, points: 4 },
  ],
  complexCauses: ['建设工程施工合同纠纷', '股权转让纠纷', '医疗损害责任纠纷', '合伙合同纠纷', '专利权权属、侵权纠纷', '破产撤销权纠纷'],
  simpleCauses: ['民间借贷纠纷', '信用卡纠纷', '金融借款合同纠纷', '物业服务合同纠纷', '追索劳动报酬纠纷', '机动车交通事故责任纠纷'],
  causePoints: 3,
  counterclaimPoints: 3,
  evidence: { above: 20, points: 2 },
  contestedPoints: 2,
  foreignPoints: 4,
  unknownWhereaboutsPoints: 2,
};
