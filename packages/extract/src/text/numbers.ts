/** A percentage stated in text: "30%", "100 pct", "20 per cent", "25pc", "five percent". */
export interface RateMention {
  value: number;
  start: number;
  end: number;
  /**
   * The rate is a starting point ("up from 5%", "from 25 pct") or the low end of a range ("between 14.2% and
   * 56.5%"), not the rate the sentence sets.
   */
  isPrevious: boolean;
  /** The rate measures a market move ("shares jumped 17.9%", "knocking 1% off earnings"), not a rate set. */
  isMove: boolean;
}

export interface MoneyMention {
  /** Amount in units of the currency ("300 mln dlrs" is 300e6). */
  amount: number;
  currency: string;
  start: number;
  end: number;
}

const UNIT_WORDS =
  'one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen'.split(
    ' ',
  );
const TENS_WORDS = 'twenty thirty forty fifty sixty seventy eighty ninety'.split(' ');

const UNITS = `(?:${[...UNIT_WORDS].reverse().join('|')})`;
const TENS = `(?:${TENS_WORDS.join('|')})`;
const UNDER_HUNDRED = `(?:${TENS}(?:[-\\s]${UNITS})?|${UNITS})`;
/** Numbers written in words up to 999: "five", "forty-five", "twenty five", "two hundred", "a hundred and fifty". */
const NUMBER_IN_WORDS = `(?:(?:a|one|${UNITS})\\s+hundred(?:\\s+(?:and\\s+)?${UNDER_HUNDRED})?|hundred|${UNDER_HUNDRED})`;

/** The value of a number written in words that NUMBER_IN_WORDS matched. */
function wordsValue(raw: string): number {
  let value = 0;
  for (const word of raw.toLowerCase().split(/[-\s]+/)) {
    const unit = UNIT_WORDS.indexOf(word);
    const tens = TENS_WORDS.indexOf(word);
    if (unit >= 0) value += unit + 1;
    else if (tens >= 0) value += (tens + 2) * 10;
    else if (word === 'hundred') value = Math.max(value, 1) * 100;
  }
  return value;
}

const NUMBER = String.raw`(\d{1,3}(?:,\d{3})*(?:\.\d+)?|\d+(?:\.\d+)?|${NUMBER_IN_WORDS})`;
// "an additional 10 percentage points": a rise stated in points is its rate, as "an additional 10%" is.
const RATE = new RegExp(
  String.raw`\b${NUMBER}(?:\s?%|[\s-]?(?:per\s?cent|percent|pct|pc|percentage\s+points?)\b)`,
  'gi',
);
const CHANGE_WORDS = String.raw`\b(?:up|down|rising|falling|increased|raised|reduced|cut|lowered)`;
const FROM_LEVEL = String.raw`\bfrom\s+(?:about|around|roughly|nearly|some|the\s+current|an?\s+existing|the\s+previous)?\s*$`;
// "down from the 27.5% now charged": after a word of change, "the" before the old level too.
const PREVIOUS_RATE_CUE = new RegExp(
  String.raw`(?:${CHANGE_WORDS})?\s*${FROM_LEVEL}|${CHANGE_WORDS}\s+from\s+the\s*$`,
  'i',
);

/** "raised from 25%", "up from 10% tariffs", "to 50% from 25% tariffs": a level a change goes from. */
const CHANGED_FROM_CUE = new RegExp(
  String.raw`(?:${CHANGE_WORDS}|%|\bpercent|\bpct|\bper\s?cent)\s+${FROM_LEVEL}`,
  'i',
);

/** "ranging from 7.8% … to 35.3%": the low end of a range of rates, not the level one changes from. */
const RANGE_CUE = /\b(?:rang(?:e|es|ed|ing)|var(?:y|ies|ied|ying))\s+from\s+\S*\s*$/i;

/** "The tariff, now 25%, will double to 50%": the level a change starts from, stated as the present one. */
const PRESENT_LEVEL_CUE = /\b(?:now|currently|at\s+present|presently)\s+(?:at\s+)?$/i;
const LATER_LEVEL = /^[^.;%]{0,40}?\bto\s+\d[\d.,]*\s*(?:%|per\s?cent|percent|pct)/i;

/**
 * "…, leaving the rate on U.K. shipments at 25%": a level a change leaves as it was (the dots of an initialism stay in
 * the phrase); "Canada kept its surtax at 25%" and "…, keeping its duty on cars at 10%" state the measure's own level.
 */
const KEPT_LEVEL_REACH = 80;
const KEPT_LEVEL_CUE =
  /,\s*(?:while\s+)?leaving\s+(?:the|its|their)\s+(?:[^.,;%]|(?<=\b[A-Z])\.){0,40}\bat\s+$/i;

/** "between 14.2% and 56.5%": the low end of a range, whose high end is the rate the guidelines take. */
const RANGE_START = /\bbetween\s+$/i;
const RANGE_END = /^\s*and\s+\d/i;
const RANGE_TO = /^\s*(?:to|-|–)\s*\d[\d.,]*\s*(?:%|per\s?cent|percent|pct|pc)/i;

const MOVE_CUE =
  /\b(?:jump(?:s|ed|ing)?|ris(?:e|es|ing|en)|rose|gr(?:ew|own)|fell|fall(?:s|ing|en)?|slump(?:s|ed|ing)?|rall(?:y|ies|ied|ying)|gain(?:s|ed|ing)?|lost|los(?:e|es|ing)|drop(?:s|ped|ping)?|climb(?:s|ed|ing)?|slid(?:e|es|ing)?|slip(?:s|ped|ping)?|surg(?:e|es|ed|ing)|tumbl(?:e|es|ed|ing)|plung(?:e|es|ed|ing)|soar(?:s|ed|ing)?|sank|sink(?:s|ing)?|advanc(?:e|es|ed|ing)|declin(?:e|es|ed|ing)|knock(?:s|ed|ing)?|shav(?:e|es|ed|ing)|shed|add(?:s|ed|ing)?|weaken(?:s|ed|ing)?|strengthen(?:s|ed|ing)?|dip(?:s|ped|ping)?|rebound(?:s|ed|ing)?|retreat(?:s|ed|ing)?|firm(?:s|ed|ing)?|up|down)\s+(?:by\s+)?(?:about|around|nearly|almost|more\s+than|over|some)?\s*$/i;

/**
 * "inflation rose to 3.1%", "cut its key rate by 25 basis points to 4.25%", "raised its price target by 15%": the
 * level or change of an economic or market quantity named before its verb, not a measure's rate.
 */
const QUANTITY_CUE =
  /\b(?:inflation|unemployment|joblessness|yields?|(?:interest|policy|key|bank|benchmark|lending|deposit|repo|mortgage|jobless|unemployment|growth|savings|inflation|vacancy)\s+rates?|gdp|growth|dollar|euro|yen|yuan|renminbi|peso|rupee|rand|loonie|sterling|currency|index|stocks?|shares|price\s+target|prices?|output|sales|profits?|revenues?|earnings|margins?)\b(?:\s+(?!(?:tariffs?|dut(?:y|ies)|lev(?:y|ies)|tax(?:es)?|surcharges?)\b)[\w.,-]+){0,8}?\s+(?:to|by|at)\s+(?:about\s+|around\s+|nearly\s+|some\s+)?$/i;
const QUANTITY_REACH = 80;
/** "cut the volumes of its quotas by 47%", "raised its quota for aluminium by 20%": a quota's size changed by a share. */
const QUOTA_CHANGE_CUE =
  /(?<![\w-])(?:quotas?|volumes?)\b(?:\s+(?!(?:tariffs?|dut(?:y|ies)|lev(?:y|ies))\b)[\w.,-]+){0,6}?\s+by\s+(?:about\s+|around\s+|nearly\s+|some\s+)?$/i;

function parseNumber(raw: string): number {
  if (/^\p{L}/u.test(raw)) return wordsValue(raw);
  return Number(raw.replace(/,/g, ''));
}

/**
 * "cut tariffs on 1,700 goods by an average of 20 pct": the mean size of changes, not a rate that is set
 * (a plain "raise tariffs by 50%" is read as the rate, as the annotators read it).
 */
const CHANGE_BY_CUE = /\bby\s+an\s+average\s+(?:of\s+)?(?:about\s+|around\s+|some\s+)?$/i;
const MEASURE_AFTER =
  /^\s*(?:import\s+|export\s+|additional\s+|extra\s+)?(?:tariffs?|duty|duties|levy|levies|tax|taxes|surcharges?)\b/i;

/** "on 90 per cent of goods": a share; "78.5% of the FOB value", "of their customs value": a rate on value. */
const SHARE_AFTER =
  /^\s+of\s+(?!(?:the\s+|their\s+|its\s+)?(?:(?:fob|cif|customs|declared|invoice|import|export|transaction)\s+)?(?:value|price|cost)\b)/i;
/** "a 60% chance the EU lifts its duties": a probability, not a rate. */
const CHANCE_AFTER = /^\s+(?:chance|probability|likelihood|odds|risk)\b/i;

/**
 * "iron ore fines with less than 58% iron content", "62% Fe fines", "a nickel content of 1.7%", "with nickel content
 * below 15 per cent": how much of a metal ore or a product holds, not a rate.
 */
const CONTENT_AFTER = /^\s*(?:[a-z]+\s+)?(?:content|grade|purity|concentration|moisture|fe|ni|cu)\b/i;
const CONTENT_BEFORE =
  /\b(?:content|grade|purity|concentration)\s+(?:(?:of|is|was)\s+)?(?:about\s+|around\s+|at\s+least\s+|less\s+than\s+|more\s+than\s+|over\s+|under\s+|above\s+|below\s+|exceeding\s+|up\s+to\s+)?$/i;

/** A share above or below something ("30% above Asian levels", "20% below last year's"). */
const COMPARISON_AFTER = /^\s+(?:above|below)\b/i;

/** "would shave 0.3 percentage point off growth": an effect taken off a quantity, not a measure's rate. */
const TAKEN_OFF_AFTER = /^\s+off\s+(?!(?:the\s+|its\s+|their\s+)?(?:tariffs?|dut(?:y|ies)|lev(?:y|ies))\b)/i;

export function findRates(text: string): RateMention[] {
  const rates: RateMention[] = [];
  for (const m of text.matchAll(RATE)) {
    const value = parseNumber(m[1] ?? '');
    if (!Number.isFinite(value)) continue;
    // "a 25pc surtax" (British papers' "per cent"), not "10 PCs".
    if (/pc$/i.test(m[0]) && !m[0].endsWith('pc')) continue;
    const before = text.slice(Math.max(0, m.index - 40), m.index);
    const quantityBefore = text.slice(Math.max(0, m.index - QUANTITY_REACH), m.index);
    const after = text.slice(m.index + m[0].length, m.index + m[0].length + 30);
    // "on 90 per cent of goods", "45% of the world's molybdenum": a share of something, not a rate.
    if (SHARE_AFTER.test(after) || CHANCE_AFTER.test(after)) continue;
    if (CONTENT_AFTER.test(after) || CONTENT_BEFORE.test(before)) continue;
    // "climbed to as much as 30% above Asian levels": a comparison of prices or quantities, not a rate.
    const comparison = COMPARISON_AFTER.test(after);
    rates.push({
      value,
      start: m.index,
      end: m.index + m[0].length,
      isPrevious:
        KEPT_LEVEL_CUE.test(text.slice(Math.max(0, m.index - KEPT_LEVEL_REACH), m.index)) ||
        (RANGE_START.test(before) && RANGE_END.test(after)) ||
        // "tariffs of 10% to 15%", "ranging from 21.2% to 32.1%": the low end of a range, whose high end is the rate.
        RANGE_TO.test(after) ||
        (PRESENT_LEVEL_CUE.test(before) &&
          LATER_LEVEL.test(text.slice(m.index + m[0].length, m.index + m[0].length + 60))) ||
        (PREVIOUS_RATE_CUE.test(before) &&
          !RANGE_CUE.test(before) &&
          // "a reprieve from 25% tariffs": the rate of the measure named after it, unless a change goes from it.
          !(MEASURE_AFTER.test(after) && !CHANGED_FROM_CUE.test(before))),
      isMove:
        comparison ||
        TAKEN_OFF_AFTER.test(after) ||
        MOVE_CUE.test(before) ||
        ((CHANGE_BY_CUE.test(before) ||
          QUANTITY_CUE.test(quantityBefore) ||
          QUOTA_CHANGE_CUE.test(quantityBefore)) &&
          !MEASURE_AFTER.test(after)),
    });
  }
  // "cut its tariffs on U.S. farm goods to zero", "to nil": a level of nought, stated without a percent sign.
  for (const m of text.matchAll(TO_ZERO)) {
    const start = m.index + 'to '.length;
    rates.push({ value: 0, start, end: m.index + m[0].length, isPrevious: false, isMove: false });
  }
  return rates.sort((x, y) => x.start - y.start);
}

const TO_ZERO = /\bto (?:zero|nil)\b/gi;

const SCALE: Record<string, number> = {
  thousand: 1e3,
  k: 1e3,
  m: 1e6,
  mn: 1e6,
  mln: 1e6,
  million: 1e6,
  bn: 1e9,
  b: 1e9,
  billion: 1e9,
  billions: 1e9,
  trillion: 1e12,
  tn: 1e12,
};
const SCALE_WORDS = '(thousand|million|billion|trillion|mln|bln|mn|bn|tn|m|b|k)';
const CURRENCY_SYMBOLS: Record<string, string> = { $: 'USD', US$: 'USD', '€': 'EUR', '£': 'GBP', '¥': 'JPY' };
const CURRENCY_WORDS: Record<string, string> = {
  dlrs: 'USD',
  dollars: 'USD',
  dollar: 'USD',
  euros: 'EUR',
  euro: 'EUR',
  pounds: 'GBP',
  yen: 'JPY',
  yuan: 'CNY',
  stg: 'GBP',
};
const MONEY_SYMBOL_FIRST = new RegExp(
  String.raw`(US\$|\$|€|£|¥)\s?(\d[\d,]*(?:\.\d+)?)(?:\s?${SCALE_WORDS}\b)?`,
  'gi',
);
const MONEY_WORD_LAST = new RegExp(
  String.raw`\b(\d[\d,]*(?:\.\d+)?)\s?(?:${SCALE_WORDS}\s)?(dlrs|dollars|dollar|euros|euro|pounds|yen|yuan|stg)\b`,
  'gi',
);

function scale(word: string | undefined): number {
  if (!word) return 1;
  const key = word.toLowerCase();
  return key === 'bln' ? 1e9 : (SCALE[key] ?? 1);
}

export function findMoney(text: string): MoneyMention[] {
  const found: MoneyMention[] = [];
  for (const m of text.matchAll(MONEY_SYMBOL_FIRST)) {
    found.push({
      amount: Number((m[2] ?? '').replace(/,/g, '')) * scale(m[3]),
      currency: CURRENCY_SYMBOLS[m[1] ?? '$'] ?? 'USD',
      start: m.index,
      end: m.index + m[0].length,
    });
  }
  for (const m of text.matchAll(MONEY_WORD_LAST)) {
    found.push({
      amount: Number((m[1] ?? '').replace(/,/g, '')) * scale(m[2]),
      currency: CURRENCY_WORDS[(m[3] ?? '').toLowerCase()] ?? 'USD',
      start: m.index,
      end: m.index + m[0].length,
    });
  }
  return found.sort((a, b) => a.start - b.start);
}
