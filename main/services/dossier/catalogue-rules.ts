import type { DossierCategory } from '../../../shared/contract/channels/dossier';

export interface CategoryRule {
  /** Document titles, matched on the first short lines (a title stands alone on its line). */
  titles: RegExp[];
  /** Phrases typical of the body; each distinct one adds its weight once. */
  keywords: RegExp[];
  /** Structural cues (numbered evidence rows, speaker turns …). */
  layout?: RegExp[];
}

/**
 * The cataloguing rules. They are the "model": their sha256 is the model hash in the audit
 * entry, so a changed rule is a new model. Ordered as dossierCategories; 其他 has no rule and
 * wins when nothing scores. None of them looks at a party's name, sex, ethnicity or birthplace.
 */
export const catalogueRules: Record<Exclude<DossierCategory, '其他'>, CategoryRule> = {
  起诉状: {
    titles: [/^(民事|行政|刑事自诉|刑事附带民事)?起诉状$/, /^(民事|行政)?起诉书$/, /^起\s*诉\s*状$/, /^反诉状$/],
    keywords: [/诉讼请求/, /事实(与|和)理由/, /具状人/, /此致/, /诉至(贵|你)院/, /请求(判令|依法判决)/],
  },
  答辩状: {
    titles: [/^(民事|行政)?答辩状$/, /^答\s*辩\s*状$/, /^答辩意见书?$/],
    keywords: [/答辩人/, /被答辩人/, /答辩(意见|如下)/, /(不予|不)认可/, /驳回.{0,6}诉讼请求/],
  },
  证据目录: {
    titles: [/^证据(目录|清单|材料清单)$/, /^(原告|被告|上诉人|被上诉人)?证据(目录|清单)$/],
    keywords: [/证明(目的|内容|事项)/, /证据名称/, /证据来源/, /页\s*数|页码/],
    layout: [/(^|\n)\s*(证据|序号)?[一二三四五六七八九十\d]+[、.．]\s*\S{2,20}[，,（(]?.{0,20}证明/],
  },
  证据材料: {
    titles: [
      /^(借条|欠条|收条|借据|借款合同|借款协议|收据|发票|对账单|银行(流水|交易明细|转账凭证)|(微信|聊天)记录|鉴定(意见书|报告)|(买卖|租赁|劳动|服务)合同|合同书)$/,
    ],
    keywords: [
      /今借到/,
      /借款(金额|人民币)/,
      /出借人/,
      /借款人/,
      /交易(明细|流水|金额)/,
      /转账/,
      /还款/,
      /甲方.{0,40}乙方/,
      /鉴定意见/,
      /收款人/,
    ],
  },
  身份证明: {
    titles: [/^(居民身份证|身份证(复印件)?|户口(簿|本)|营业执照|法定代表人身份证明(书)?|统一社会信用代码证书?)$/],
    keywords: [/公民身份号码/, /居民身份证/, /签发机关/, /有效期限/, /统一社会信用代码/, /法定代表人/, /户籍/, /\d{17}[\dXx]/],
  },
  授权委托书: {
    titles: [/^(授权)?委托书$/, /^授\s*权\s*委\s*托\s*书$/, /^(民事)?授权委托书$/],
    keywords: [/委托(代理)?人/, /受托人/, /代理权限/, /特别授权/, /一般授权/, /代为(承认|放弃|变更|进行和解|提起)/],
  },
  送达地址确认书: {
    titles: [/^(诉讼文书)?送达地址确认书$/],
    keywords: [/送达地址/, /电子送达/, /确认.{0,8}地址/, /邮政编码/, /受送达人/],
  },
  送达回证: {
    titles: [/^(人民法院)?送达回证$/, /^送\s*达\s*回\s*证$/],
    keywords: [/送达文书(名称)?/, /受送达人/, /送达(地点|方式)/, /签收/, /送达人/, /代收人/],
  },
  庭审笔录: {
    titles: [/^(庭审|开庭|法庭审理)笔录$/, /^(调查|询问|谈话|听证|宣判)笔录$/],
    keywords: [/现在开庭/, /书记员/, /审判长/, /宣布.{0,6}(开庭|休庭|闭庭)/, /法庭(调查|辩论)/, /最后陈述/],
    layout: [/(^|\n)\s*(审|审判长|审判员|原|被|原告|被告|书记员)[:：]/],
  },
  '调解/和解材料': {
    titles: [/^(民事)?调解书$/, /^(调解|和解)协议(书)?$/, /^(人民)?调解笔录$/, /^和解(书|申请书?)$/],
    keywords: [/经本院主持调解/, /自愿达成(如下)?(调解|和解)?协议/, /双方当事人自愿/, /调解协议/, /和解协议/, /本调解书/],
  },
  '判决书/裁定书': {
    titles: [/^(民事|刑事|行政)?(判决书|裁定书)$/, /^(民事|刑事|行政)?(判\s*决\s*书|裁\s*定\s*书)$/],
    keywords: [/判决如下/, /裁定如下/, /本院认为/, /经审理查明/, /如不服本(判决|裁定)/, /(公诉机关|检察院)指控/, /审判长/],
    // A court name alone on its line heads every court document, so it is only a layout cue.
    layout: [/[（(]\d{4}[）)].{1,10}[民刑行执].{0,4}\d+号/, /(^|\n)\s*\S{2,30}人民法院\s*(\n|$)/],
  },
};

/**
 * Titles of court documents outside the catalogue (决定书, 通知书, 传票 …): they go to 其他 with
 * their title as the reason, instead of to the nearest category by stray keywords.
 */
export const otherTitles: RegExp[] = [/^.{0,12}(决定书|通知书|传票|公告|复函|批复|规定|办法|解释)$/];

/** How much each cue counts, and the file-name cue (a clerk's name for the scan often says it). */
export const cueWeights = { title: 4, openingTitle: 3, keyword: 1, layout: 1.5, fileName: 2, maxKeywords: 4 } as const;

/**
 * Characters searched for a title run into the text (OCR and some exports lose the line break
 * after the title: "……一审刑事判决书山西省新绛县人民法院……").
 */
export const openingChars = 60;
/** A title in running text must end like a document name, so 借款合同纠纷 does not read as a title. */
export const documentNameEnd = /(书|状|笔录|回证|目录|清单|条|据)$/;

/** Lines searched for a title: courts put it first, after an optional court name and 案号. */
export const titleLines = 6;
