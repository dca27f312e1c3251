import { describe, expect, it } from 'vitest';
import type { PassageRule } from '../../../../../shared/domain/criminal-law';
import { defendantPassages, findDefendants, joinPassages, splitByDefendant } from '../../../../../shared/domain/criminal-law';

const names = (facts: string, known: string[] = []) => findDefendants(facts, known).map((d) => d.name);
const sentencesOf = (facts: string, rule: PassageRule) =>
  Object.fromEntries(defendantPassages(facts, findDefendants(facts), rule).map((d) => [d.name, d.passages.map((p) => p.text)]));

const threeBrothel =
  '经审理查明：2018年7月起，被告人文晓聪伙同被告人文晓勇、胡青在某发廊协助组织卖淫活动。其中被告人文晓聪负责管理工作；被告人文晓勇负责收银；被告人胡青负责望风。上述三名被告人到案后均如实供述。';
const twoFraud =
  '经审理查明，被告人邱某某谎称自己是县民政局的干部，骗走被害人路某现金3200元。被告人邱某某伙同被告人黎某某以介绍对象结婚为由实施诈骗，共骗得谭某某现金9000元。二人将赃款平分。案发后，被告人黎某某的亲属代其退缴赃款4000元。';

describe('findDefendants', () => {
  it('finds full names in a list after one role word, cut where the next word starts', () => {
    expect(names(threeBrothel)).toEqual(['文晓聪', '文晓勇', '胡青']);
    expect(names('被告人周锡健雇用被告人周旺则将白酒灌入空瓶内。公安人员将周锡健、周旺抓获。')).toEqual(['周锡健', '周旺']);
  });

  it('reads masked names: 某某, 某甲, 某1, 某A, ×', () => {
    expect(names(twoFraud)).toEqual(['邱某某', '黎某某']);
    expect(names('被告人李某甲与被告人李某乙共同盗窃，被告人王×1望风。')).toEqual(['李某甲', '李某乙', '王×1']);
    expect(names('被告人张某1、张某2、李某A于2019年结伙盗窃，张某1分得赃款。')).toEqual(['张某1', '张某2', '李某A']);
  });

  it('takes names from the case record where they end, and 上诉人（原审被告人）', () => {
    expect(names('上诉人（原审被告人）欧阳明华伙同原审被告人李四在某地抢劫。', ['欧阳明华', '李四'])).toEqual(['欧阳明华', '李四']);
    // A caller-given name never introduced as a defendant (the victim) is not one.
    expect(names('被告人张三殴打被害人王五致其轻伤。', ['张三', '王五'])).toEqual(['张三']);
  });

  it('leaves out persons tried elsewhere and words that are no names', () => {
    expect(names('被告人赵某伙同犯罪嫌疑人钱某（另案处理）盗窃电动车。被告人赵某到案后如实供述，被告人均认罪。')).toEqual(['赵某']);
  });

  it('does not read 李某 inside 李某甲 or 李某1 as the same person', () => {
    const [li] = findDefendants('被告人李某与被告人王某殴打李某甲。李某1报警。李某7800元赃款被追缴。');
    expect(li?.name).toBe('李某');
    expect(li?.mentions.map((m) => m.start)).toEqual([3, 23]);
  });
});

describe('defendantPassages', () => {
  it('gives each defendant the sentences naming them (naming)', () => {
    const by = sentencesOf(twoFraud, 'naming');
    expect(by['邱某某']).toHaveLength(2);
    expect(by['黎某某']).toEqual([expect.stringContaining('伙同被告人黎某某'), expect.stringContaining('亲属代其退缴')]);
  });

  it('adds 二人/共同 sentences to those of the last sentence naming any, 上述三名被告人 to all (group)', () => {
    const by = sentencesOf(twoFraud, 'group');
    expect(by['邱某某']).toContain('二人将赃款平分。');
    expect(by['黎某某']).toContain('二人将赃款平分。');
    const three = sentencesOf(threeBrothel, 'group');
    for (const name of ['文晓聪', '文晓勇', '胡青']) expect(three[name]).toContain('上述三名被告人到案后均如实供述。');
    expect(three['胡青']).not.toContain('其中被告人文晓聪负责管理工作；');
  });

  it('hands a sentence naming nobody and saying no group word only to following under the following rule', () => {
    const facts = '被告人孙某与被告人钱某争执。被告人钱某持刀刺伤被害人。被害人经抢救无效死亡。';
    expect(sentencesOf(facts, 'group')['钱某']).not.toContain('被害人经抢救无效死亡。');
    expect(sentencesOf(facts, 'following')['钱某']).toContain('被害人经抢救无效死亡。');
    expect(sentencesOf(facts, 'following')['孙某']).not.toContain('被害人经抢救无效死亡。');
  });

  it('splits only where two defendants or more are named', () => {
    expect(splitByDefendant('被告人张某盗窃他人手机一部，价值3000元。被告人张某到案后如实供述。')).toEqual([]);
    expect(splitByDefendant(twoFraud).map((d) => d.name)).toEqual(['邱某某', '黎某某']);
  });
});

describe('joinPassages', () => {
  it('maps offsets of the joined text back to the original, end exclusive', () => {
    const [, li] = splitByDefendant(twoFraud);
    const joined = joinPassages(li?.passages ?? []);
    const at = joined.text.indexOf('亲属代其退缴');
    const [start, end] = joined.toOriginal(at, at + 6);
    expect(twoFraud.slice(start, end)).toBe('亲属代其退缴');
    const first = li?.passages[0];
    expect(joined.toOriginal(0, first?.text.length ?? 0)).toEqual([first?.start, first?.end]);
  });
});

describe('the subject rule', () => {
  it('gives a sentence naming several only to its actors, not to a defendant named as an object', () => {
    const facts =
      '被告人张某某先后五次盗窃他人电动自行车五辆，共计价值18600元。被告人李某某明知上述电动自行车系张某某盗窃所得，仍予以收购。被告人张某某、李某某到案后均如实供述。公安人员将张某某、李某某抓获。';
    const by = sentencesOf(facts, 'subject');
    expect(by['张某某']).not.toContain(expect.stringContaining('予以收购'));
    expect(by['李某某']).toContain('被告人李某某明知上述电动自行车系张某某盗窃所得，仍予以收购。');
    // Listed after an actor, or named by nobody as an actor: both.
    for (const name of ['张某某', '李某某']) {
      expect(by[name]).toContain('被告人张某某、李某某到案后均如实供述。');
      expect(by[name]).toContain('公安人员将张某某、李某某抓获。');
    }
  });
});
