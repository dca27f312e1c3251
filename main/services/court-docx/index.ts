export { BODY_LINE_PT, COURT_FONTS, COURT_MARGINS_MM, CourtDocx, courtRun, FONT_SIZE_PT, spreadRole } from './court-docx';
export type {
  Align,
  ChineseFontSize,
  CourtDocxOptions,
  CourtFont,
  PageNumberStyle,
  ParagraphOptions,
  SignatureOptions,
  Signer,
  TableOptions,
  TextSegment,
} from './court-docx';
export { chineseDate } from './chinese-date';
