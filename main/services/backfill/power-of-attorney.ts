// 授权委托书: who appoints whom (委托人：周某 … 受托人：郑某，某律师事务所律师，联系电话…). The
// 受托人 line, without the phone, becomes the 委托人's 诉讼代理人 when the complaint names none.
import type { StringProposal } from '../../../shared/contract/channels/backfill';
import type { BackfillDocument } from './source-span';
import { proposed } from './source-span';

export interface Appointment {
  principal: string;
  agent: StringProposal;
}

export function appointmentsIn(doc: BackfillDocument): Appointment[] {
  const principal = /委托人[ \t\u3000]*[:：][ \t\u3000]*([^，,。；;\s]{2,40})/.exec(doc.text);
  const agent =
    /(?:受托人|受委托人|委托代理人|诉讼代理人)[ \t\u3000]*[:：][ \t\u3000]*([^\n。；;]{2,100}?)(?=[，,][ \t\u3000]*(?:联系电话|电话|手机)|[。；;\n]|$)/.exec(
      doc.text,
    );
  if (!principal?.[1] || !agent?.[1]) return [];
  const start = agent.index + agent[0].indexOf(agent[1]);
  const value = agent[1].trim();
  return [{ principal: principal[1], agent: proposed(doc, value, start, start + value.length) }];
}
