import { describe, expect, it } from 'vitest';
import { parseCitations } from '../../../../shared/domain/citation';
import { summarise } from './summarise';

// Short verbatim quotes of the 依照… sentences of real judgments in the team data folder
// (cases/judge_test/test.json unless noted), with what a clerk reading them would list.
const CRIMINAL_LAW = '中华人民共和国刑法';

describe('citations in real judgment sentences', () => {
  it('a plain list under one law', () => {
    const text = '依照《中华人民共和国刑法》第二百六十四条、第二十五条第一款、第六十七条第三款、第五十二条、第五十三条、第六十四条之规定';
    expect(summarise(parseCitations(text).citations)).toEqual([
      { law: CRIMINAL_LAW, articles: ['264', '25(1)', '67(3)', '52', '53', '64'] },
    ]);
  });

  it('a law, then a joint interpretation with its issuer outside the marks', () => {
    const text =
      '依照《中华人民共和国刑法》第二百六十四条，第六十七条第三款，第五十二条，最高人民法院、最高人民检察院《关于办理盗窃刑事案件适用法律若干问题的解释》第一条、第十四条之规定';
    expect(summarise(parseCitations(text).citations)).toEqual([
      { law: CRIMINAL_LAW, articles: ['264', '67(3)', '52'] },
      { law: '最高人民法院、最高人民检察院关于办理盗窃刑事案件适用法律若干问题的解释', articles: ['1', '14'] },
    ]);
  });

  it('an item in brackets', () => {
    const text =
      '依照《中华人民共和国刑法》第三百五十四条，第三百五十七条，第六十七条第三款，《最高人民法院关于审理毒品犯罪案件适用法律若干问题的解释》第十二条第一款第（二）项之规定';
    expect(summarise(parseCitations(text).citations)).toEqual([
      { law: CRIMINAL_LAW, articles: ['354', '357', '67(3)'] },
      { law: '最高人民法院关于审理毒品犯罪案件适用法律若干问题的解释', articles: ['12(1)[2]'] },
    ]);
  });

  it('a law named without marks', () => {
    expect(summarise(parseCitations('依照刑法第三百五十四条的规定').citations)).toEqual([{ law: CRIMINAL_LAW, articles: ['354'] }]);
  });

  it('之一 and paragraph lists', () => {
    const text = '依照《中华人民共和国刑法》第一百三十三条之一，第六十七条第三款，第七十二条第一款、第三款，第七十三条第一款、第三款之规定';
    expect(summarise(parseCitations(text).citations)).toEqual([
      { law: CRIMINAL_LAW, articles: ['133之1', '67(3)', '72(1)', '72(3)', '73(1)', '73(3)'] },
    ]);
  });

  it('shorthand paragraph lists and an interpretation with nested marks', () => {
    const text =
      '依照《中华人民共和国刑法》第二百七十四条、第六十七条第三款、第二十五条、第二十七条、第七十二条第一、三款、第七十三条第二、三款、第五十二条、第五十三条和《最高人民法院、最高人民检察院〈关于办理敲诈勒索刑事案件适用法律若干问题的解释〉》第一条、第八条之规定';
    expect(summarise(parseCitations(text).citations)).toEqual([
      { law: CRIMINAL_LAW, articles: ['274', '67(3)', '25', '27', '72(1)', '72(3)', '73(2)', '73(3)', '52', '53'] },
      { law: '最高人民法院、最高人民检察院关于办理敲诈勒索刑事案件适用法律若干问题的解释', articles: ['1', '8'] },
    ]);
  });

  it('three documents, one of them the criminal procedure interpretation', () => {
    const text =
      '依照《中华人民共和国刑法》第一百三十三条、第六十七条第一款、第七十二条、第七十三条及《最高人民法院关于审理交通肇事刑事案件具体应用法律若干问题的解释》第二条第一款第（一）项、《最高人民法院关于适用〈中华人民共和国刑事诉讼法〉的解释》第五百零五条之规定';
    expect(summarise(parseCitations(text).citations)).toEqual([
      { law: CRIMINAL_LAW, articles: ['133', '67(1)', '72', '73'] },
      { law: '最高人民法院关于审理交通肇事刑事案件具体应用法律若干问题的解释', articles: ['2(1)[1]'] },
      { law: '最高人民法院关于适用《中华人民共和国刑事诉讼法》的解释', articles: ['505'] },
    ]);
  });

  it('two paragraphs written back to back, and a three-issuer opinion', () => {
    const text =
      '依照《中华人民共和国刑法》第一百三十三条之一第一款第（二）项、第六十七条第三款、第四十二条、第四十四条、第七十二条第一款、第七十三条第一款第三款、第五十二条、第五十三条第一款及《最高人民法院、最高人民检察院、公安部关于办理醉酒驾驶机动车刑事案件适用法律若干问题的意见》第一条、第二条第（二）项之规定';
    expect(summarise(parseCitations(text).citations)).toEqual([
      { law: CRIMINAL_LAW, articles: ['133之1(1)[2]', '67(3)', '42', '44', '72(1)', '73(1)', '73(3)', '52', '53(1)'] },
      { law: '最高人民法院、最高人民检察院、公安部关于办理醉酒驾驶机动车刑事案件适用法律若干问题的意见', articles: ['1', '2[2]'] },
    ]);
  });

  it('an interpretation written without its outer marks', () => {
    const text =
      '依照《中华人民共和国刑事诉讼法》第二百二十五条第（二）项及最高人民法院关于适用《中华人民共和国刑事诉讼法》的解释第三百零八条，《中华人民共和国刑法》第二百六十六条、第五十二条、第五十三条、第六十四条之规定';
    const { citations, problems } = parseCitations(text);
    expect(problems).toEqual([]);
    expect(summarise(citations)).toEqual([
      { law: '中华人民共和国刑事诉讼法', articles: ['225[2]'] },
      { law: '最高人民法院关于适用《中华人民共和国刑事诉讼法》的解释', articles: ['308'] },
      { law: CRIMINAL_LAW, articles: ['266', '52', '53', '64'] },
    ]);
  });

  it('a repealed civil law and the private-lending rules (argument/cail2021_lblj)', () => {
    const text =
      '依据《中华人民共和国合同法》第一百九十六条、第二百零六条、第二百零七条，最高人民法院《关于审理民间借贷案件适用法律若干问题的规定》第二十九条第二款第（一）项，《最高人民法院关于民事诉讼证据的若干规定》第二条之规定';
    expect(summarise(parseCitations(text).citations)).toEqual([
      { law: '中华人民共和国合同法', articles: ['196', '206', '207'] },
      { law: '最高人民法院关于审理民间借贷案件适用法律若干问题的规定', articles: ['29(2)[1]'] },
      { law: '最高人民法院关于民事诉讼证据的若干规定', articles: ['2'] },
    ]);
  });

  it('a clerical slip (第五十三之规定) is reported with its place, the rest still read', () => {
    const text = '依照《中华人民共和国刑法》第三百四十二条、第二十五条第一款、第六十七条第三款、第五十二条、第五十三之规定';
    const { citations, problems } = parseCitations(text);
    expect(summarise(citations)).toEqual([{ law: CRIMINAL_LAW, articles: ['342', '25(1)', '67(3)', '52'] }]);
    expect(problems).toHaveLength(1);
    expect(text.slice(problems[0]?.start, problems[0]?.end)).toBe('第五十三');
  });
});
