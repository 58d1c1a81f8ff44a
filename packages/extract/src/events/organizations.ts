import type { CountryCode } from '@assay/schema';
import type { Gazetteer } from '../gazetteer/gazetteer.js';
import { isDictionaryWord } from '../text/tagging.js';

/** An organisation named in a sentence: from the gazetteer, or recognised by the shape of its name. */
export interface OrganizationMention {
  /** Canonical name: the gazetteer's, or the name as written without legal suffix and ticker. */
  name: string;
  start: number;
  end: number;
  /** Home country, when the gazetteer knows the company. */
  country: CountryCode | null;
  known: boolean;
  /** Recognised only because the tagger calls every word a proper noun: weaker than a suffix. */
  byTagOnly: boolean;
}

/** A span that is no organisation's by itself (a country, a place); `opensName` when a company's name may open with it. */
export interface ExcludedSpan {
  start: number;
  end: number;
  opensName?: boolean;
}

/** What the part-of-speech tagger says about a sentence's words, by span. */
export interface NameTagging {
  people: readonly { start: number; end: number }[];
  properNouns: readonly { start: number; end: number }[];
}

const LEGAL_SUFFIXES = new Set(
  'Inc Inc. Incorporated Ltd Ltd. Limited Corp Corp. Corporation LLC LLP Plc PLC plc AG SA S.A. SpA S.p.A. NV N.V. BV B.V. GmbH KGaA SE SAS SRL Srl AB Oyj ASA Co Co. Cos Bhd Berhad Sdn Tbk PT Pty Pty. Pte Pte. Pvt Pvt. KG KK K.K. OU OÜ OOO JSC PJSC OJSC CJSC AO PAO OAO ZAO Ltda Ltda. A.S. A.Ş. S.A.A. S.A.B. SAB SAA SAE NL'.split(
    ' ',
  ),
);
const CORPORATE_WORDS = new Set(
  'Group Holdings Holding Technologies Technology Industries Mining Minerals Resources Metals Energy Digital Platforms Scientific Blockchain Semiconductor Semiconductors Electronics Electric Motors Bank Trading Partners Capital Ventures Systems Networks Materials Chemicals Steel Gold Copper Aluminium Aluminum Lithium Nickel Cobalt Zinc Tungsten Graphite Platinum Palladium Vanadium Manganese Antimony Earth Earths Mines Exploration Alloys Uranium Coal Oil Petroleum Airlines Machine Machinery Products Enterprises Company Companies International Logistics Shipping Aerospace Defense Defence Works Information Robotics Photonics Microsystems Devices Solutions Services Labs Laboratories Instruments Communications Telecom Pharmaceuticals Biotech Software Computing Dynamics Innovations Biosciences Therapeutics Semiconductor Foundry Manufacturing Tankers Shipyard Motors Automotive Battery Batteries Solar Aviation Airways Exchange Bank Finance Securities Chemical Petrochemical Petrochemicals Refining Refinery Smelting Magnetics Magnet Magnets Cathode Cathodes Anode Anodes Fibers Fibres Textiles Optics Optical Optoelectronics Microelectronics Precision Pharma Foods Paper Glass Cement Plastics Rubber Tools Components Equipment Engineering Shipbuilding Wireless Displays Industry Navigation Marine Maritime Freight Transport Lines Ports Terminals Army Forces Front Movement Militia Ordnance Munitions Aerosystems Sensors Armaments Hash Sons Brothers Mineração Mineracao Minera Minería Mineria Metais Metales Siderúrgica Siderurgica Société Societe Compagnie Companhia Compañía Compania Minière Miniere Mineradora Empresa Grupo Coopérative Cooperative Corporación Corporacion Industrias Tool Valve Pump Forge Fabrication Ferroalloys DMCC FZE FZCO FZC FZ-LLC'.split(
    ' ',
  ),
);
// Capitalised words that start sentences or name things other than organisations.
const NOT_NAMES = new Set(
  'The A An It Its He She They We I This That These Those There Their His Her Our In On At By For From To With As But And Or If When While After Before Since Under Over Recently Meanwhile However Also Despite Following According Speaking Yesterday Today Tomorrow Last Next Earlier Later Some Many Most All Both Each Such Other Another Any No President Prime Minister Secretary Chairman Chairwoman Chief CEO CFO COO CTO Founder Senator Governor Mr Mrs Ms Dr Capt Col Lt Maj Adm Sgt Cmdr Brig Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June July August September October November December Bitcoin Ethereum Crypto AI Reuters REUTER Reuter LATAM APAC EMEA MENA Tariff Tariffs Duty Duties Levy Levies Sanctions Curbs Exports Imports'.split(
    ' ',
  ),
);

/** Names of currencies that open no name but stand inside one ("Harlan Bitcoin Mining"). */
const CURRENCY_NAME_WORDS = new Set(['Bitcoin', 'Ethereum', 'Crypto']);

/** Words that make a name a government body ("Reagan Administration", "Trade Ministry"), not a company. */
const GOVERNMENT_WORDS = new Set(
  'Administration Government Govt Department Ministry Commission Council Congress Senate House Parliament Court Agency Bureau Office Treasury Customs Cabinet Committee Authority Regulator Party Assembly'.split(
    ' ',
  ),
);

const DESCRIPTOR = /-(?:based|headquartered|listed|owned|backed|controlled|registered|born|made|built)$/i;
/** Words that open a company's name in French, Spanish or Portuguese ("Grupo …", "Société …", "Minera …"). */
const NAME_OPENING_WORDS = new Set(
  'Société Societe Compagnie Companhia Compañía Compania Empresa Grupo Coopérative Cooperative Corporación Corporacion Industrias Minera Mineração Mineracao Mineradora'.split(
    ' ',
  ),
);
/** Particles of French, Spanish and Portuguese names ("Minera Andina del Sur", "Serra do Ouro"). */
const ROMANCE_PARTICLE = /^(?:de|des|du|del|da|do|dos|das)$/;
/** Nouns that open the name of an institution with "of" ("Bank of America", "University of Toronto"). */
const INSTITUTION_WORDS = new Set(
  'Bank Banks Academy Institute University College School Society Association Corporation Center Centre Laboratory Federation Chamber Port Museum Board Order Friends'.split(
    ' ',
  ),
);

/** A word after which a place goes on a name ("Bank of Dandong", "Société Minière du Katanga"), lower-cased. */
export function opensPlaceOfName(word: string): boolean {
  return word === 'of' || ROMANCE_PARTICLE.test(word);
}

/** "Vancouver-based", "Hong Kong-listed", "state-owned": a word that says where or by whom a company is, never a name's. */
export function isPlaceDescriptor(word: string): boolean {
  return DESCRIPTOR.test(word);
}

const WORD = /[\p{L}\p{N}][\p{L}\p{N}&'’.-]*/gu;
const TICKER = /^\s*<[^>]*>/;

interface Word {
  text: string;
  start: number;
  end: number;
}

function wordsOf(sentence: string): Word[] {
  return Array.from(sentence.matchAll(WORD), (m) => {
    // A sentence-final full stop is not part of the word; an initial's ("C.") or suffix's ("Inc.") is.
    let text = m[0];
    if (text.endsWith('.') && !/^(?:\p{Lu}\.)+$/u.test(text) && !LEGAL_SUFFIXES.has(text))
      text = text.slice(0, -1);
    // "Oakhurst Minerals' headquarters": the apostrophe of a plural's possessive is not the word's.
    if (/s['’]$/.test(text)) text = text.slice(0, -1);
    return { text, start: m.index, end: m.index + text.length };
  });
}

/** How many words a place in brackets inside a company's name may have ("(Hong Kong)"). */
const BRACKETED_PLACE_WORDS = 3;

/**
 * Where a name goes on past a place in brackets that a legal suffix follows ("(Hong Kong) Limited",
 * "(Shenzhen) Co., Ltd."): the index of the word after its last suffix, or `at` when it does not.
 */
function bracketedPlaceEnd(sentence: string, words: readonly Word[], at: number): number {
  const gap = (k: number) => sentence.slice(words[k - 1]?.end ?? 0, words[k]?.start ?? sentence.length);
  if (!words[at] || !/^\s*\(\s*$/.test(gap(at))) return at;
  let close = at;
  while (close < at + BRACKETED_PLACE_WORDS && words[close] && isCapitalised((words[close] as Word).text)) {
    close++;
    if (words[close] && /^\s*\)\s+$/.test(gap(close))) break;
  }
  if (!words[close] || !/^\s*\)\s+$/.test(gap(close)) || !LEGAL_SUFFIXES.has((words[close] as Word).text))
    return at;
  let end = close + 1;
  while (words[end] && /^,?\s+$/.test(gap(end)) && LEGAL_SUFFIXES.has((words[end] as Word).text)) end++;
  return end;
}

/** A reporting period written as a word ("Q3", "H1", "FY2025", "3Q"), which ends no name ("Q1 Minerals" opens one). */
const PERIOD_WORD = /^(?:Q[1-4]|H[12]|[1-4]Q|FY\d{2}(?:\d{2})?)$/;
const isCapitalised = (w: string) => /^[\p{Lu}\d]/u.test(w) && !/^\d+$/.test(w);
const isPossessive = (w: string) => /['’]s$/.test(w);

/** Words that end an organisation's name ("Systems", "Holdings"; an armed group's "Army", "Forces") or its legal suffix ("Ltd"). */
/** Time zones ("1420 GMT - …" opens each entry of a live blog): capitals that name no one. */
const TIME_ZONES = /^(?:GMT|UTC|BST|CET|CEST|EST|EDT|CST|PST|PDT|JST|HKT|SGT|AEST|AEDT)$/;

export function isTimeZone(word: string): boolean {
  return TIME_ZONES.test(word);
}

export function isCorporateWord(word: string): boolean {
  return CORPORATE_WORDS.has(word) || LEGAL_SUFFIXES.has(word);
}

/** "Belkali Trading House": a house of trade, a company, whatever "House" names elsewhere. */
function isTradingHouse(run: readonly Word[]): boolean {
  return run.at(-1)?.text === 'House' && run.at(-2)?.text === 'Trading';
}

/** A word that makes a name a government body ("Administration" in "Reagan Administration"), not a company. */
export function isGovernmentWord(word: string): boolean {
  return GOVERNMENT_WORDS.has(word);
}

/** Whether a name holds such a word ("Ministry of Finance", "Energy Regulation Authority"). */
export function hasGovernmentWord(name: string): boolean {
  return name.split(/\s+/).some(isGovernmentWord);
}

/** Words that name a place of learning or research ("University of Firenze", "Harbin Institute of Technology"). */
const ACADEMIC_WORDS = /\b(?:University|College|Institute|Academy|School|Laboratory|Laboratories)\b/;

/** A university, institute or academy: listed by sanctions as entities, but no company that moves its production. */
export function isAcademicName(name: string): boolean {
  return ACADEMIC_WORDS.test(name);
}

/** Words that end the name of a law, an order or an accord ("Byrd Amendment", "Executive Order"), which no list names. */
const INSTRUMENT_WORDS = new Set(
  'Act Amendment Law Treaty Accord Agreement Protocol Convention Directive Regulation Regulations Bill Doctrine Order Decree Proclamation Ordinance Rule'.split(
    ' ',
  ),
);

/** Words that end the name of a meeting ("Denver Gold Forum", "Mining Indaba", "PDAC Convention"). */
const GATHERING_WORDS = new Set(
  'Forum Indaba Conference Summit Symposium Roundtable Dialogue Convention'.split(' '),
);

/** A word that makes a name a gathering's ("Forum" in "Denver Gold Forum"), not an organisation's. */
export function isGatheringWord(word: string): boolean {
  return GATHERING_WORDS.has(word);
}

/** A word that makes a name a law or an accord ("Amendment" in "Byrd Amendment"), not an organisation. */
export function isInstrumentWord(word: string): boolean {
  return INSTRUMENT_WORDS.has(word);
}

/** Legal forms written before a company's name ("PT Vale Indonesia", "PJSC Norilsk Nickel", "OOO Uralsk"). */
const LEGAL_PREFIXES = new Set('PT JSC PJSC OJSC CJSC OOO AO PAO OAO ZAO'.split(' '));

/** A legal suffix ("Ltd", "Inc."): a name that ends in one is a company whatever the capitalisation around it. */
export function isLegalSuffix(word: string): boolean {
  return LEGAL_SUFFIXES.has(word);
}

/** A legal form written before a company's name ("PT" in "PT Sulawesi Raya Nickel"). */
export function isLegalPrefix(word: string): boolean {
  return LEGAL_PREFIXES.has(word);
}

export function canonicalOrganizationName(raw: string): string {
  const words = raw
    .replace(/<[^>]*>/g, '')
    .trim()
    .split(/\s+/);
  // "Co., Ltd.": a suffix before another keeps its comma.
  while (
    words.length > 1 &&
    LEGAL_SUFFIXES.has((words.at(-1) ?? '').replace(/,$/, '')) &&
    !/^(?:and|&)$/i.test(words.at(-2) ?? '')
  ) {
    words.pop();
  }
  return words.join(' ').replace(/[,.]$/, '');
}

/** Words after which "AI" ends a name ("Zhipu AI said", "Shield AI and"), where "AI chips" names goods. */
const AFTER_NAME =
  /^(?:is|was|has|had|have|said|says|and|or|to|on|in|of|for|with|which|that|were|will|would|from|as|at|by)$/;

/**
 * "Shield AI", "Zhipu AI": "AI" closes a company's name when no noun it modifies follows, or punctuation does
 * ("Velmora AI, a startup, …").
 */
function endsNameWithAi(words: readonly Word[], at: number, sentence: string): boolean {
  const word = words[at];
  if (word?.text !== 'AI') return false;
  const next = words[at + 1];
  if (next && /[,;:()]/.test(sentence.slice(word.end, next.start))) return true;
  return next === undefined || isCapitalised(next.text) || AFTER_NAME.test(next.text);
}

/**
 * "Shares of Orevale Mining rose", "Units of …": a word of English that opens the sentence (capitalised by its
 * place, after any dateline: `bodyStart`) and goes on with "of" says what of the company is spoken of; the name
 * starts after the "of".
 */
function opensWithPartOf(words: readonly Word[], at: number, sentence: string, bodyStart: number): boolean {
  const word = words[at] as Word;
  return (
    words[at + 1]?.text === 'of' &&
    sentence.slice(bodyStart, word.start).trim() === '' &&
    !CORPORATE_WORDS.has(word.text) &&
    !GOVERNMENT_WORDS.has(word.text) &&
    !INSTITUTION_WORDS.has(word.text) &&
    isDictionaryWord(word.text)
  );
}

/**
 * Finds organisations in a sentence. Gazetteer companies are found by name; other organisations by the
 * shape of their name: a run of capitalised words with a legal suffix or a corporate word ("Toshiba
 * Machine", "C. Itoh and Co Ltd", "Total Energy Resources Inc"). Countries, places and people are not
 * organisations, so their spans are excluded.
 */
export function findOrganizations(
  sentence: string,
  gazetteer: Gazetteer,
  excluded: readonly ExcludedSpan[],
  tagging?: NameTagging,
  /** Where the sentence's own words start, after a wire dateline ("LONDON - Miner X said"); 0 without one. */
  bodyStart = 0,
): OrganizationMention[] {
  const people = tagging?.people ?? [];
  const isProperNoun = (w: Word) =>
    tagging?.properNouns.some((p) => w.start >= p.start && w.end <= p.end) ?? false;
  const isExcluded = (w: Word) => excluded.some((e) => w.start < e.end && w.end > e.start);
  const isPerson = (w: Word) => people.some((p) => w.start >= p.start && w.end <= p.end);
  const words = wordsOf(sentence);
  const found: OrganizationMention[] = [];
  let i = 0;
  while (i < words.length) {
    const first = words[i] as Word;
    if (
      !isCapitalised(first.text) ||
      NOT_NAMES.has(first.text) ||
      isPlaceDescriptor(first.text) ||
      isExcluded(first) ||
      opensWithPartOf(words, i, sentence, bodyStart)
    ) {
      i++;
      continue;
    }
    let j = i;
    let hasCorporateMark = false;
    while (j < words.length) {
      const w = words[j] as Word;
      const gapBefore = j > i ? sentence.slice((words[j - 1] as Word).end, w.start) : '';
      // "Procter & Gamble", "Levi Strauss & Co.": an ampersand joins the parts of one name.
      const ampersand = /^\s*&\s*$/.test(gapBefore) && isCapitalised(w.text) && !isExcluded(w);
      // "Zhejiang Rongfa Magnets Co., Ltd.", "Acme Holdings, Inc.": a legal suffix after a comma ends the name.
      // "JSC Velmora Avia, OOO Quarrion": a form that opens the next name ("OOO Quarrion") ends this one.
      const following = words[j + 1];
      const opensNextName =
        following !== undefined &&
        /^\s+$/.test(sentence.slice(w.end, following.start)) &&
        isCapitalised(following.text) &&
        !LEGAL_SUFFIXES.has(following.text);
      const suffixAfterComma = /^,\s+$/.test(gapBefore) && LEGAL_SUFFIXES.has(w.text) && !opensNextName;
      if (j > i && !/^\s+$/.test(gapBefore) && !ampersand && !suffixAfterComma) break;
      const connector = /^(?:and|&|de|des|du|del|da|do|dos|das|of)$/.test(w.text);
      if (connector) {
        // "C. Itoh and Co", "Bank of America": a connector joins two parts of one name only when
        // the name goes on with a capitalised word.
        const next = words[j + 1];
        // "Bank of Dandong", "Industrial Bank of Kazan": an institution's name goes on with the place it is of; so
        // does a company's in French, Spanish or Portuguese ("Société Minière du Katanga", "Cobre del Perú S.A.").
        const placeOfInstitution =
          next !== undefined &&
          j > i &&
          ((w.text === 'of' && INSTITUTION_WORDS.has(words[j - 1]?.text ?? '')) ||
            ROMANCE_PARTICLE.test(w.text));
        if (
          !next ||
          !isCapitalised(next.text) ||
          NOT_NAMES.has(next.text) ||
          (isExcluded(next) && !placeOfInstitution)
        )
          break;
        if (w.text === 'and' && !LEGAL_SUFFIXES.has(next.text) && !CORPORATE_WORDS.has(next.text)) break;
        // "Kestrel Metals and Bank of Kunlun", "Industrias Kornholt and Industrias Plensa": an institution named with
        // "of", or a word that opens a company's name in French, Spanish or Portuguese, opens a name of its own.
        if (w.text === 'and' && INSTITUTION_WORDS.has(next.text) && words[j + 2]?.text === 'of') break;
        if (w.text === 'and' && NAME_OPENING_WORDS.has(next.text)) break;
        // "OOO Uralsk Rare Metals and PJSC Severny Nickel": a legal form that opens a name starts the next one.
        const afterNext = words[j + 2];
        if (
          w.text === 'and' &&
          LEGAL_PREFIXES.has(next.text) &&
          afterNext !== undefined &&
          isCapitalised(afterNext.text) &&
          !LEGAL_SUFFIXES.has(afterNext.text)
        )
          break;
        // "Borealis Metals Corp and Cobalt Ridge Holdings": a legal suffix ends its name.
        if (w.text === 'and' && j > i && LEGAL_SUFFIXES.has(words[j - 1]?.text ?? '')) break;
        j++;
        continue;
      }
      // Numbers continue a name ("Hut 8") but do not start one.
      const continuesWithNumber = j > i && /^\d+$/.test(w.text);
      const endsWithAi = j > i && endsNameWithAi(words, j, sentence);
      // "Harrowfield plc": a legal suffix written in lower case still closes the name.
      const lowerCaseSuffix = j > i && LEGAL_SUFFIXES.has(w.text);
      if (
        (!isCapitalised(w.text) && !continuesWithNumber && !lowerCaseSuffix) ||
        // "Greyfen Bitcoin Ltd": a word that names no one alone stays inside a name its legal suffix closes;
        // "Harlan Bitcoin Mining": a currency's name inside a name a corporate word goes on with.
        (j > i &&
          NOT_NAMES.has(w.text) &&
          !endsWithAi &&
          !LEGAL_SUFFIXES.has(words[j + 1]?.text ?? '') &&
          !(CURRENCY_NAME_WORDS.has(w.text) && CORPORATE_WORDS.has(words[j + 1]?.text ?? ''))) ||
        isPlaceDescriptor(w.text) ||
        (isExcluded(w) &&
          !(words[j - 1]?.text === 'of' && INSTITUTION_WORDS.has(words[j - 2]?.text ?? '')) &&
          !ROMANCE_PARTICLE.test(words[j - 1]?.text ?? ''))
      )
        break;
      // ("Korvath Mining's addition": the corporate word of a possessor marks it too.)
      const bare = w.text.replace(/['’]s$/, '');
      if (LEGAL_SUFFIXES.has(bare) || CORPORATE_WORDS.has(bare) || endsWithAi) hasCorporateMark = true;
      j++;
    }
    // "Velmora Electronics (Hong Kong) Limited", "Quarrion Magnet (Shenzhen) Co., Ltd.": a place in brackets
    // before a legal suffix is part of the name.
    const bracketed = j > i ? bracketedPlaceEnd(sentence, words, j) : j;
    if (bracketed > j) {
      j = bracketed;
      hasCorporateMark = true;
    }
    // "Stellar Mining Q3 call": the period after a name is the report's, not the name's.
    if (j - i > 1 && PERIOD_WORD.test(words[j - 1]?.text ?? '')) j--;
    const run = words.slice(i, j);
    // "Shanghai Automotive Industry Corp", "Hong Kong Exchanges Ltd": a place opens the name of a company with
    // a legal suffix; "Singapore Airlines", "U.S. Steel": a place's name opens a name of corporate words alone.
    const previous = words[i - 1];
    const place = previous && excluded.find((e) => e.end === previous.end);
    if (
      previous &&
      place &&
      isCapitalised(previous.text) &&
      /^\s+$/.test(sentence.slice(previous.end, first.start)) &&
      (run.some((w) => LEGAL_SUFFIXES.has(w.text)) ||
        (place.opensName === true && run.length > 0 && run.every((w) => CORPORATE_WORDS.has(w.text))))
    ) {
      run.unshift(...words.slice(0, i).filter((w) => w.start >= place.start));
    }
    // "The Board of Kappa Four Ltd has resolved": the board of a company with a legal suffix speaks for the company.
    // (The board's words stay in the mention's span, where the clause's subject stands.)
    const boardWords =
      run[0]?.text === 'Board' &&
      run[1]?.text === 'of' &&
      run.slice(2).some((w) => LEGAL_SUFFIXES.has(w.text))
        ? run[2]?.text === 'Directors' && run[3]?.text === 'of'
          ? 4
          : 2
        : 0;
    // "Donaldson's Industrial Group" is Donaldson's: the possessor names the organisation.
    const possessorLength = run.findIndex((w) => isPossessive(w.text)) + 1;
    if (possessorLength > 0 && possessorLength < run.length) {
      const tail = run.slice(possessorLength);
      if (!tail.some((w) => LEGAL_SUFFIXES.has(w.text) || CORPORATE_WORDS.has(w.text)))
        run.splice(possessorLength);
    }
    i = Math.max(j, i + 1);
    if (run.length === 0) continue;
    const startsSentence = sentence.slice(0, run[0]?.start).trim() === '';
    const nameWords = possessorLength > 0 ? run.slice(0, possessorLength) : run;
    const raw = sentence.slice(run[boardWords]?.start, nameWords.at(-1)?.end).replace(/['’]s$/, '');
    // A possessor's name ends before its "'s" ("Korvath Mining's plant").
    const last = run.at(-1);
    const end = last ? last.end - (/['’]s$/.test(last.text) ? 2 : 0) : 0;
    const tickerEnd = TICKER.exec(sentence.slice(end))?.[0].length ?? 0;
    const known = gazetteer.company(canonicalOrganizationName(raw)) ?? gazetteer.company(raw);
    if (known) {
      found.push({
        name: known.name,
        start: run[0]?.start ?? 0,
        end: end + tickerEnd,
        country: known.country,
        known: true,
        byTagOnly: false,
      });
      continue;
    }
    const gazetteerPart = gazetteer.companies(raw)[0];
    if (gazetteerPart && gazetteerPart.start === 0 && gazetteerPart.end === raw.length) {
      found.push({
        name: gazetteerPart.value.name,
        start: run[0]?.start ?? 0,
        end,
        country: gazetteerPart.value.country,
        known: true,
        byTagOnly: false,
      });
      continue;
    }
    if (run.every((w) => isPerson(w))) continue;
    // "Reagan Administration" is a government's; "Belkali Trading House" is a trading firm's name.
    if (GOVERNMENT_WORDS.has(run.at(-1)?.text ?? '') && !isTradingHouse(run)) continue;
    // "the Denver Gold Forum", "the Mining Indaba": a gathering, where companies speak, is none of them.
    if (isGatheringWord(run.at(-1)?.text.replace(/['’]s$/, '') ?? '')) continue;
    // "Oil advanced", "Mining stocks": corporate words alone name an industry, not a company; "the office of
    // the LLC": a legal suffix alone names none; nor does a filing's defined term ("the Company's inclusion").
    const nameless = (w: Word) => {
      const bare = run.length === 1 ? w.text.replace(/['’]s$/, '') : w.text;
      return CORPORATE_WORDS.has(bare) || LEGAL_SUFFIXES.has(bare);
    };
    if (tickerEnd === 0 && run.every(nameless)) continue;
    const looksLikeName =
      hasCorporateMark ||
      tickerEnd > 0 ||
      (run.length >= 1 && !startsSentence && run.some((w) => /\p{Lu}\p{Ll}{2,}\p{Lu}/u.test(w.text)));
    const byTagOnly = !looksLikeName && !gazetteerPart && run.every((w) => isProperNoun(w));
    if (!looksLikeName && !gazetteerPart && !byTagOnly) continue;
    if (gazetteerPart && !hasCorporateMark && !looksLikeName) {
      found.push({
        name: gazetteerPart.value.name,
        start: (run[0]?.start ?? 0) + gazetteerPart.start,
        end: (run[0]?.start ?? 0) + gazetteerPart.end,
        country: gazetteerPart.value.country,
        known: true,
        byTagOnly: false,
      });
      continue;
    }
    found.push({
      name: canonicalOrganizationName(raw),
      start: run[0]?.start ?? 0,
      end: end + tickerEnd,
      country: null,
      known: false,
      byTagOnly,
    });
  }
  return found;
}
