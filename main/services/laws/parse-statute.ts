import { chineseToInt } from '../../../shared/domain/chinese-numerals';
import type { ArticleItem, HistoryEntry, ImportProblem, ParsedArticle, ParsedStatute, SectionHeading } from './types';

const NUMERAL = '[零〇一二两三四五六七八九十百千万0-9]+';
/** 第X条 or 第X条之Y, then a space (ASCII or ideographic) or the end of the line. */
const ARTICLE_LINE = new RegExp(`^第(${NUMERAL})条(?:之(${NUMERAL}))?(?:[ \\t\\u3000]+|$)`);
/** Looks like an article label but the number does not read: reported, not guessed. */
const ARTICLE_LIKE = /^第[^\s\u3000条]{1,12}条(?:之[^\s\u3000]{1,4})?[ \t\u3000]/;
const HEADING_LINE = /^(#{1,6})(?:[ \t\u3000]+(.*))?$/;
const HISTORY_LINE = /^(\d{4})年(\d{1,2})月(\d{1,2})日[ \t\u3000]*(.*)$/;
const ITEM_MARK = /(?:^|(?<=[：；。:;]))[（(]([一二三四五六七八九十]+)[）)]/g;
const INFO_END = '<!-- INFO END -->';

function numberOf(text: string): number | null {
  return /^\d+$/.test(text) ? Number(text) : chineseToInt(text);
}

function isoDate(y: string, m: string, d: string): string {
  return `${y}-${m.padStart(2, '0')}-${d.padStart(2, '0')}`;
}

function stripComment(line: string): string {
  return line.replace(/<!--.*?-->/g, '');
}

/** Items (项) in one 款: （一）… at the start of a line or after ：/；/。 */
export function itemsOf(paragraph: string, paragraphIndex: number): ArticleItem[] {
  const items: ArticleItem[] = [];
  for (const line of paragraph.split('\n')) {
    const marks = [...line.matchAll(ITEM_MARK)];
    marks.forEach((mark, i) => {
      const number = chineseToInt(mark[1] ?? '');
      if (number === null || mark.index === undefined) return;
      const end = marks[i + 1]?.index ?? line.length;
      items.push({ paragraph: paragraphIndex, number, label: mark[0], text: line.slice(mark.index, end) });
    });
  }
  return items;
}

interface OpenArticle {
  article: Omit<ParsedArticle, 'text' | 'items'>;
  lines: string[];
}

function close(open: OpenArticle): ParsedArticle {
  const { article, lines } = open;
  return {
    ...article,
    text: lines.join('\n'),
    items: article.paragraphs.flatMap((p, i) => itemsOf(p, i)),
  };
}

/**
 * Reads one LawRefBook markdown file: `# 标题`, optional `# 副标题`, dated history lines,
 * `<!-- INFO END -->`, then ##/### headings and one 第X条 per paragraph. Pure: the caller reads the file.
 */
export function parseStatute(file: string, source: string): ParsedStatute {
  const lines = source
    .replace(/^\uFEFF/, '')
    .split('\n')
    .map((l) => l.replace(/\r$/, ''));
  const problems: ImportProblem[] = [];
  const problem = (line: number, message: string) => problems.push({ file, line, message });

  let title: string | null = null;
  let subtitle: string | null = null;
  const history: HistoryEntry[] = [];
  let bodyStart = lines.findIndex((l) => l.trim() === INFO_END);
  if (bodyStart < 0) problem(0, '缺少 <!-- INFO END --> 标记，无法区分沿革与正文');

  // Header: title lines, then history lines (a line without a date continues the previous one).
  let i = 0;
  for (; i < lines.length; i += 1) {
    const raw = lines[i] ?? '';
    const line = stripComment(raw).trim();
    if (bodyStart >= 0 && i >= bodyStart) break;
    if (line === '') continue;
    const heading = /^#[ \t\u3000]+(.+)$/.exec(line);
    if (heading && history.length === 0 && subtitle === null) {
      if (title === null) title = heading[1]?.trim() ?? null;
      else subtitle = heading[1]?.trim() ?? null;
      continue;
    }
    const dated = HISTORY_LINE.exec(line);
    if (dated) {
      history.push({ date: isoDate(dated[1] ?? '', dated[2] ?? '', dated[3] ?? ''), event: (dated[4] ?? '').trim(), line: i + 1 });
    } else if (bodyStart < 0) {
      break; // no marker: the body starts at the first line that is neither title nor history
    } else {
      const last = history.at(-1);
      if (last) last.event += line;
      else history.push({ date: null, event: line, line: i + 1 });
    }
  }
  if (title === null) problem(1, '缺少标题行（第一行应为“# 法律名称”）');
  if (bodyStart < 0) bodyStart = i - 1;

  const sections: SectionHeading[] = [];
  const preamble: string[] = [];
  const articles: ParsedArticle[] = [];
  const stack: SectionHeading[] = [];
  const seen = new Set<string>();
  let open: OpenArticle | null = null;
  let skipping = false;

  const finish = () => {
    if (open) articles.push(close(open));
    open = null;
  };

  for (let n = bodyStart + 1; n < lines.length; n += 1) {
    const raw = lines[n] ?? '';
    const line = stripComment(raw);
    const trimmed = line.trim();
    if (trimmed === '') continue;
    const lineNo = n + 1;

    const heading = HEADING_LINE.exec(trimmed);
    if (heading) {
      finish();
      skipping = false;
      const depth = heading[1]?.length ?? 1;
      while (stack.length > 0 && (stack.at(-1)?.depth ?? 0) >= depth) stack.pop();
      const text = (heading[2] ?? '').trim().replace(/\s+/g, ' ');
      if (text !== '') {
        const section = { depth, title: text, line: lineNo };
        sections.push(section);
        stack.push(section);
      }
      continue;
    }

    const label = ARTICLE_LINE.exec(trimmed);
    if (label) {
      finish();
      const number = numberOf(label[1] ?? '');
      const suffix = label[2] === undefined ? null : numberOf(label[2]);
      if (number === null || (label[2] !== undefined && suffix === null)) {
        problem(lineNo, `无法识别条文编号“${label[0].trim()}”，该条未导入`);
        skipping = true;
        continue;
      }
      const key = `${number}-${suffix ?? ''}`;
      if (seen.has(key)) problem(lineNo, `条文编号“${label[0].trim()}”重复出现，已按出现顺序分别导入`);
      seen.add(key);
      skipping = false;
      const first = trimmed.slice(label[0].length);
      open = {
        article: {
          number,
          suffix,
          label: label[0].trim(),
          chapterPath: stack.map((s) => s.title),
          paragraphs: [first],
          line: lineNo,
        },
        lines: [line],
      };
      continue;
    }

    if (ARTICLE_LIKE.test(trimmed)) {
      finish();
      problem(lineNo, `无法识别条文编号“${trimmed.slice(0, trimmed.search(/[\s\u3000]/))}”，该条未导入`);
      skipping = true;
      continue;
    }

    if (skipping) {
      problem(lineNo, '此行属于未能识别编号的条文，未导入');
      continue;
    }
    const current: OpenArticle | null = open;
    if (current === null) {
      preamble.push(trimmed);
      continue;
    }
    current.lines.push(line);
    const paragraphs = current.article.paragraphs;
    // An item line (（一）…) stays in the 款 that introduces it; any other line is a new 款.
    if (/^[（(][一二三四五六七八九十]+[）)]/.test(trimmed) && paragraphs.length > 0) {
      paragraphs[paragraphs.length - 1] = `${paragraphs.at(-1) ?? ''}\n${trimmed}`;
    } else {
      paragraphs.push(trimmed);
    }
  }
  finish();

  return { file, title, subtitle, history, sections, preamble, articles, problems };
}
