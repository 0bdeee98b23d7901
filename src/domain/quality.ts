/**
 * Quality hints for how OKRs are written (OKR-METHOD.md "Quality guidance", from the seeds'
 * good and bad examples), for English and Korean titles. Heuristics: they warn, never forbid,
 * and return codes (QualityIssue) that the UI translates.
 *
 * The heuristics, in short:
 * - Numbers: digits not glued to Latin letters (so "B2B", "5G", "Q4", "COVID-19" are names, not
 *   numbers). Periods are not counts: "Q4", "H1", "FY26", "3분기", "2026년", "in 2026", "Q4 2026".
 *   For objectives, ranks are aspirations, not counts: "#1", "No. 1", "top 3", "1위", "1등".
 *   Key results also count number words ("three", "double", "half", "세 개", "두 배", "절반").
 * - Direction (objectives): a word from a list of direction verbs, comparatives and their
 *   inflections in English ("improve", "grow", "better", "#1"...) or a Korean direction stem or
 *   verb ending anywhere in the title ("개선", "향상", "증가", "구축", "~하기", "~한다"...). Only a
 *   SHORT title (4 words or fewer) with none of them is flagged: a longer title is a sentence,
 *   and guessing its grammar would be wrong more often than right.
 * - Percentage without baseline: a percentage ("50%", "50 percent", "50퍼센트", "50프로") and no
 *   "from X to Y" / "X에서 Y로" / "X -> Y" / "currently X" / "현재 X" in the title, on a key result
 *   that is not a metric (a metric always has a baseline).
 * - Activity: in English the first word is an activity verb ("launch", "send", "write", "hold",
 *   "create", "publish"...); in Korean, where the verb comes last, the title contains an activity
 *   word ("출시", "발송", "작성", "개최", "진행"...) and its last word is not an outcome word
 *   ("증가", "개선"...), so "출시된 웹사이트의 전환율을 2%에서 4%로 증가" is an outcome.
 */
import type { KeyResultMeasure, QualityIssue } from './types';

/** Focus (seeds 001-004): 3 to 5 objectives per team per cycle, 3 to 5 key results per objective. */
export const FOCUS_LIMITS = { objectivesPerTeamCycle: 5, keyResultsPerObjective: 5 } as const;

/** Same text whatever the input form: NFC (macOS may send decomposed Hangul), single spaces. */
function normalize(title: string): string {
  return (typeof title === 'string' ? title : '').normalize('NFC').replace(/\s+/g, ' ').trim();
}

// ---------------------------------------------------------------------------------------------
// Numbers

/** Periods: a year or quarter says when, not how much. */
const PERIODS: readonly RegExp[] = [
  /(?<!\d)(?:19|20)\d{2}\s?년도?/g,
  /\b(?:in|by|for|during|until|through|since|before|after|of|fy)\s+(?:19|20)\d{2}\b/gi,
  /(?<!\d)(?:19|20)\d{2}\s*(?=(?:Q[1-4]|H[12])\b)/gi,
  /\b(?:Q[1-4]|H[12])\s*(?:19|20)\d{2}\b/gi,
  /\bFY\s?\d{2,4}\b/gi,
  /(?<!\d)[1-4]\s?분기/g,
  /(?<!\d)[12]\s?반기/g,
];

/** Ranks: "be #1" is where the team wants to be, not a count. Objectives only. */
const RANKS: readonly RegExp[] = [
  /#\s?\d+/g,
  /\bno\.?\s?\d+\b/gi,
  /\bnumber\s+(?:one|1)\b/gi,
  /\btop\s?\d+\b/gi,
  /(?<!\d)\d+\s?(?:위|등)(?!급)/g,
  /(?<!\d)\d+\s?(?:차|단계)(?![가-힣])/g,
];

/**
 * A number written in digits, not glued to Latin letters ("B2B", "5G", "Web3", "Q4", "COVID-19"
 * are names), with an optional quantity suffix ("3x", "10k", "1.2M", "50%").
 */
const DIGITS = /(?<![A-Za-z]-?)(?<![\d.,])\d+(?:[.,]\d+)*(?:\s?(?:%|percent\b|퍼센트|x\b|k\b|m\b|b\b))?(?![A-Za-z\d])/i;

const NUMBER_WORDS_EN =
  /\b(?:zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|million|billion|dozen|double[sd]?|triple[sd]?|twice|half|halve[sd]?)\b/i;
/** Native Korean counts before a counter ("세 개", "두 배", "한 번"), and 절반 (half). */
const NUMBER_WORDS_KO = /(?:^|[^가-힣])(?:한|두|세|네|다섯|여섯|일곱|여덟|아홉|열|스무|백|천|만)\s?(?:개|명|건|번|배|곳|가지|회|편|차례)|절반/;

function strip(text: string, patterns: readonly RegExp[]): string {
  return patterns.reduce((acc, pattern) => acc.replace(pattern, ' '), text);
}

/** The first number in an objective title (periods and ranks ignored), or undefined. */
export function numberInObjective(title: string): string | undefined {
  const match = DIGITS.exec(strip(strip(normalize(title), PERIODS), RANKS));
  return match ? match[0].trim() : undefined;
}

/** Whether a key result title states a quantity: digits (periods ignored) or a number word. */
export function titleHasQuantity(title: string): boolean {
  const text = strip(normalize(title), PERIODS);
  return DIGITS.test(text) || NUMBER_WORDS_EN.test(text) || NUMBER_WORDS_KO.test(text);
}

// ---------------------------------------------------------------------------------------------
// Percentages and baselines

const PERCENTAGE =
  /(?<![A-Za-z\d.,])\d+(?:[.,]\d+)?\s?(?:%p?|퍼센트(?:\s?포인트)?|프로(?![가-힣])|percent(?:age points?)?\b|per\s?cent\b|pct\b|pp\b)/i;

/** A starting value in the title: "from X to Y", "X to Y", "X -> Y", "X에서 Y로", "currently X", "현재 X". */
const BASELINE: readonly RegExp[] = [
  /\bfrom\b[^\d]{0,30}\d[\s\S]*?\bto\b\s*\D{0,4}\d/i,
  /\d[\d.,]*\s?%?\s+to\s+\D{0,4}\d/i,
  /\d[\d.,]*\s?[^\s\d]{0,4}\s*(?:→|->|=>|⇒|에서|부터)\s*\D{0,4}\d/,
  /(?:\bcurrently\b|\bbaseline\b|현재|기존|베이스라인)\s*\D{0,8}\d/i,
];

export function percentageWithoutBaseline(title: string): string | undefined {
  const text = normalize(title);
  const match = PERCENTAGE.exec(text);
  if (!match) return undefined;
  return BASELINE.some((pattern) => pattern.test(text)) ? undefined : match[0];
}

// ---------------------------------------------------------------------------------------------
// Words

/** English words of a title, lower case ("world-class" stays one word). */
function englishWords(text: string): string[] {
  return text.toLowerCase().match(/#?[a-z0-9]+(?:['-][a-z]+)*/g) ?? [];
}

/** The base forms an English word may come from: "improving" -> improve, "simplifies" -> simplify. */
function baseForms(word: string): string[] {
  const forms = new Set([word]);
  const add = (re: RegExp, by: string) => {
    if (re.test(word)) forms.add(word.replace(re, by));
  };
  add(/ies$/, 'y');
  add(/ied$/, 'y');
  add(/es$/, '');
  add(/s$/, '');
  add(/ed$/, '');
  add(/ed$/, 'e');
  add(/d$/, '');
  add(/ing$/, '');
  add(/ing$/, 'e');
  add(/([b-df-hj-np-tv-z])\1(?:ed|ing)$/, '$1'); // planned, running
  return [...forms];
}

function inList(word: string, list: ReadonlySet<string>): boolean {
  return baseForms(word).some((form) => list.has(form));
}

/** Verbs, comparatives and nouns that give an objective a direction (English). */
const DIRECTION_EN: ReadonlySet<string> = new Set([
  // verbs
  'accelerate', 'achieve', 'advance', 'attract', 'automate', 'be', 'become', 'boost', 'broaden', 'build',
  'convert', 'create', 'cut', 'decrease', 'deepen', 'delight', 'deliver', 'develop', 'dominate', 'double',
  'drive', 'earn', 'elevate', 'eliminate', 'empower', 'enable', 'enhance', 'ensure', 'enter', 'establish',
  'exceed', 'excel', 'expand', 'extend', 'fix', 'gain', 'generate', 'grow', 'halve', 'hit', 'implement',
  'improve', 'increase', 'keep', 'launch', 'lead', 'lift', 'lower', 'maintain', 'make', 'master', 'maximize',
  'maximise', 'minimize', 'minimise', 'modernize', 'modernise', 'optimize', 'optimise', 'own', 'prevent',
  'protect', 'raise', 'reach', 'rebuild', 'redesign', 'reduce', 'reinvent', 'retain', 'scale', 'secure',
  'ship', 'shorten', 'simplify', 'speed', 'stabilize', 'stabilise', 'standardize', 'standardise',
  'streamline', 'strengthen', 'surpass', 'sustain', 'transform', 'triple', 'unlock', 'upgrade', 'win',
  // comparatives and superlatives
  'more', 'less', 'fewer', 'better', 'best', 'faster', 'fastest', 'higher', 'highest', 'lower', 'lowest',
  'cheaper', 'stronger', 'simpler', 'easier', 'smarter', 'safer', 'greater', 'top', 'leading', 'world-class',
  'first', '#1',
  // nouns of change
  'growth', 'improvement', 'reduction', 'expansion', 'acceleration', 'transformation', 'optimization',
  'optimisation', 'excellence',
]);

/** Korean stems that give a direction (verbal nouns and verb stems), found anywhere in the title. */
const DIRECTION_KO: readonly string[] = [
  '개선', '향상', '증가', '증대', '확대', '확장', '달성', '만들', '구축', '구현', '리드', '선도', '강화',
  '고도화', '최적화', '활성화', '효율화', '안정화', '표준화', '간소화', '단순화', '극대화', '최소화', '내재화',
  '차별화', '감소', '절감', '단축', '축소', '줄이', '줄인', '늘리', '늘린', '높이', '높인', '낮추', '낮춘',
  '키우', '키운', '넓히', '성장', '도약', '혁신', '창출', '생성', '확보', '정착', '진출', '유지', '도달',
  '돌파', '제고', '실현', '도입', '출시', '최고', '최초', '1위', '넘버원', '빠르', '쉽게',
  '쉬운', '빠른', '나은', '좋은', '높은', '낮은',
];
/** Korean verb endings: "~하기", "~되기", "~한다", "~된다", "~하자", and adnominals "~하는", "~받는". */
const DIRECTION_KO_ENDING = /(?:하기|되기|시키기|한다|된다|시킨다|하자|하라|이기|리기|추기|히기|우기|하는|되는|받는|있는)(?![가-힣])/;

const MAX_WORDS_WITHOUT_DIRECTION = 4;

function hasDirection(text: string): boolean {
  if (englishWords(text).some((word) => inList(word, DIRECTION_EN))) return true;
  if (DIRECTION_KO.some((stem) => text.includes(stem))) return true;
  // "더" (more) as its own word: "더 나은 온보딩"; not inside "리더".
  return DIRECTION_KO_ENDING.test(text) || /(?:^| )더 /.test(text);
}

/** Activity verbs (English): a key result starting with one is output, not outcome. */
const ACTIVITY_EN: ReadonlySet<string> = new Set([
  'attend', 'build', 'complete', 'conduct', 'create', 'deliver', 'deploy', 'design', 'develop', 'do',
  'draft', 'execute', 'finish', 'hire', 'hold', 'host', 'implement', 'install', 'kick', 'launch', 'make',
  'migrate', 'organize', 'organise', 'perform', 'plan', 'post', 'prepare', 'produce', 'publish', 'release',
  'roll', 'run', 'schedule', 'send', 'set', 'ship', 'start', 'write',
]);

/** Activity words (Korean), found anywhere in the title. */
const ACTIVITY_KO: readonly string[] = [
  '출시', '발송', '보내', '작성', '개최', '진행', '시작', '게시', '발행', '배포', '론칭', '런칭', '제작',
  '만들기', '오픈', '개발', '실시', '수행', '설치', '준비', '기획', '참석', '채용', '이관', '마이그레이션',
  '완료',
];

/** Korean outcome words: when the last word (the verb) is one of them, the title is an outcome. */
const OUTCOME_KO: readonly string[] = [
  '개선', '향상', '증가', '증대', '확대', '감소', '절감', '단축', '축소', '줄이', '줄인', '늘리', '늘린',
  '높이', '높인', '낮추', '낮춘', '달성', '성장', '유지', '도달', '확보', '돌파', '제고', '올리', '올린',
  '극대화', '최소화', '최적화', '강화', '활성화', '안정화',
];

/** Leading bullets and labels: "- ", "1. ", "KR1: ". */
const LEADING_NOISE = /^(?:[^A-Za-z가-힣]+|kr\s?\d*\s*[:.)-]\s*)+/i;

function activityWord(text: string): string | undefined {
  const first = englishWords(text.replace(LEADING_NOISE, ''))[0];
  if (first !== undefined && /^[a-z]/.test(first) && inList(first, ACTIVITY_EN)) return first;
  const words = text.split(' ');
  const last = words[words.length - 1] ?? '';
  if (OUTCOME_KO.some((stem) => last.includes(stem))) return undefined;
  let found: { word: string; at: number } | undefined;
  for (const word of ACTIVITY_KO) {
    const at = text.indexOf(word);
    if (at >= 0 && (found === undefined || at < found.at)) found = { word, at };
  }
  return found?.word;
}

// ---------------------------------------------------------------------------------------------
// The checks

/**
 * Hints on an objective title:
 * - 'objective-has-number': it contains a number (periods and ranks ignored): probably a KR.
 * - 'objective-no-direction': 4 words or fewer and no direction word: a bare noun phrase.
 * An empty title gives no hints (required-field checks are elsewhere).
 */
export function objectiveQualityIssues(title: string): QualityIssue[] {
  const text = normalize(title);
  if (text === '') return [];
  const issues: QualityIssue[] = [];
  const number = numberInObjective(text);
  if (number !== undefined) issues.push({ code: 'objective-has-number', params: { number } });
  const wordCount = text.split(' ').length;
  if (wordCount <= MAX_WORDS_WITHOUT_DIRECTION && !hasDirection(text)) {
    issues.push({ code: 'objective-no-direction', params: {} });
  }
  return issues;
}

/**
 * Hints on a key result:
 * - 'kr-not-measurable': no quantity in the title and the measure is not a metric (a metric has
 *   numbers by construction; a percentage-complete or milestone KR needs them in its wording).
 * - 'kr-percentage-without-baseline': a percentage and no baseline in the title, and not a metric.
 * - 'kr-is-activity': an activity, not an outcome (see the file comment).
 */
export function keyResultQualityIssues(title: string, measure: KeyResultMeasure): QualityIssue[] {
  const text = normalize(title);
  if (text === '') return [];
  const issues: QualityIssue[] = [];
  const isMetric = measure.kind === 'metric';
  if (!isMetric && !titleHasQuantity(text)) issues.push({ code: 'kr-not-measurable', params: {} });
  const percentage = isMetric ? undefined : percentageWithoutBaseline(text);
  if (percentage !== undefined) issues.push({ code: 'kr-percentage-without-baseline', params: { percentage } });
  const word = activityWord(text);
  if (word !== undefined) issues.push({ code: 'kr-is-activity', params: { word } });
  return issues;
}

/**
 * Focus warnings (warn, never forbid): more than 5 objectives for a team in a cycle, more than
 * 5 key results on an objective. `keyResultCounts` maps objective id -> number of key results;
 * the warnings come in the map's order.
 */
export function focusWarnings(input: {
  objectiveCount: number;
  keyResultCounts: Readonly<Record<string, number>>;
}): QualityIssue[] {
  const issues: QualityIssue[] = [];
  const maxObjectives = FOCUS_LIMITS.objectivesPerTeamCycle;
  if (input.objectiveCount > maxObjectives) {
    issues.push({ code: 'too-many-objectives', params: { count: input.objectiveCount, max: maxObjectives } });
  }
  const maxKeyResults = FOCUS_LIMITS.keyResultsPerObjective;
  for (const [objectiveId, count] of Object.entries(input.keyResultCounts)) {
    if (count > maxKeyResults) {
      issues.push({ code: 'too-many-key-results', params: { objectiveId, count, max: maxKeyResults } });
    }
  }
  return issues;
}
