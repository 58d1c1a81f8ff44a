/**
 * How a sentence presents an action: as fact, or as something negated, hypothetical, proposed, threatened
 * or planned. Decided from the words between the clause's start (or the actor) and the trigger verb.
 */
export type Modality =
  | 'asserted'
  | 'planned'
  | 'announced'
  | 'threatened'
  | 'conditional'
  | 'proposed'
  | 'modal'
  | 'hypothetical'
  | 'negated'
  | 'denied';

/** Nouns of what is feared or expected ("concerns over", "the risk of", "the spectre of"). */
const FEARED_NOUNS =
  'prospects?|fears?|risks?|speculation|worries|concerns?|spectre|specter|possibility|danger';

/** "Concerns over U.S. sanctions on X", "the risk of new duties": a measure named as what is feared, before it. */
export const FEARED_BEFORE = new RegExp(
  String.raw`\b(?:${FEARED_NOUNS})\s+(?:of|about|over|for|on)\s+(?:[\w.'’-]+\s+){0,2}$`,
  'i',
);

/**
 * "Goldline Bank forecasts US duties on copper of 30%", "Traders brace for a US tariff": a measure forecast, or braced
 * for, a few words before its own word ("brace for the 25% tariff" names one in place).
 */
export const FORECAST_BEFORE =
  /\b(?:forecast(?:s|ed|ing)?|predict(?:s|ed|ing)?|brac(?:e|es|ed|ing)(?:\s+themselves)?\s+for)\s+(?!(?:the|its|their|these|those|that)\s)(?:[\w.'’%$-]+\s+){0,3}$/i;

/** Posts, rumours and reports that claim or allege something ("social media posts claimed", "reports alleged"). */
const UNCONFIRMED_CLAIM =
  /\b(?:posts?|rumou?rs?|reports?|users|accounts|messages|videos|bloggers|commentators) (?:have |had |has )?(?:claim|alleg|suggest)(?:ed|es|s|ing)?\b/i;

// Cues that govern a whole clause: "if the U.S. imposes ...", "senators proposed a ban ..."; "even if" concedes a
// case, and states the action whatever happens.
const CLAUSE_CUES: [Modality, RegExp][] = [
  [
    'denied',
    /\b(?:den(?:y|ied|ies|ying)|dismiss(?:ed|es)?|rul(?:ed|es|ing) out|misstat(?:ed|es)|(?:incorrectly|wrongly|erroneously|falsely) (?:stated?|states|said|say|says|reported|reports?|claim(?:s|ed)?|suggest(?:s|ed)?|assert(?:s|ed)?)(?!\s+(?:a|an|the|its|their|his|her)\s)|reject(?:ed|s|ing) (?:the )?(?:reports?|claims?|speculation|rumou?rs?|suggestions?|calls|requests|demands|appeals)|(?:no|little) truth (?:to|in)|refut(?:ed|es|ing)|(?:earlier|previous|prior) versions? of this (?:story|article|report)(?: \w+)? (?:said|stated|reported|misstated))\b/i,
  ],
  // "had not decided on retaliatory duties": a decision not taken states no measure; "the odds of new U.S. tariffs",
  // "the likelihood of a 25% duty": a chance weighed, not a measure.
  // "were briefly thought to be subject to a levy", "asked about rumours the company would shift": a belief or a
  // rumour about the action, not its statement; "in a scenario
  // where the U.S. imposes 60% tariffs": a case supposed; "until a final decision is taken on tariffs",
  // "pending a decision on": a measure not yet decided; "watching for any move by Beijing on export licences": a
  // step looked out for, not taken; "Canada is expected to impose": a forecast.
  [
    'hypothetical',
    /\b(?:(?<!\beven\s)if|unless|whether|in case|(?:probability|odds|chances?|likelihood) (?:of|that)|were to|would have|in the event|lest|scenarios?|assuming|supposing|suppose|imagine|(?:let['’]s|let us) say(?!\s+(?:clearly|plainly|frankly|it|this|so|again|that)\b)|picture (?:a|that)|(?:bear|bull|base|worst|best|downside|upside)[- ]case|what if|(?:not|never) (?:yet )?decided (?:on|about)|undecided (?:on|about)|(?:thought|believed|rumou?red|feared|presumed|assumed) to (?:be|have)|rumou?rs?|unconfirmed reports?|bet(?:s|ting)? (?:that|on)|(?:expect|anticipate|predict|foresee)(?:s|ed|ing)? (?:more|further|additional)|speculat(?:e|es|ed|ing) (?:that|about|on)|wager(?:s|ed|ing)? (?:that|on)|(?:until|pending|awaiting|ahead of) (?:an? |the )?(?:\S+\s+){0,3}decisions?|(?:watch|wait|monitor|look)(?:s|ed|ing)? (?:out )?for any|any (?:new |further )?(?:moves?|decisions?|action|changes?|steps?) (?:by|from)|(?:is|are|was|were) (?:\w+ly )?expected to)\b/i,
  ],
  ['hypothetical', FORECAST_BEFORE],
  // "after social media posts claimed it had been added to the list": what unnamed voices claim is unconfirmed.
  ['hypothetical', UNCONFIRMED_CLAIM],
  // "fired warning shots", "a warning sign": "warning" before a noun is no verb of warning; "Trump's tariffs
  // threaten U.S. mining": a measure that threatens something endangers it, and is no one's threat; "Trump's
  // threat to impose" is one.
  [
    'threatened',
    /\b(?:(?<!\b(?:tariffs?|duty|duties|levy|levies|sanctions|curbs|bans?|controls|restrictions|war|wars|policy|policies)\s+)threaten(?:ed|s|ing)?|warn(?:ed|s)?|warning(?!\s+(?:shots?|signs?|signals?|lights?|labels?))|vow(?:ed|s|ing)?|ultimatum|threats? to|or (?:else )?face)\b/i,
  ],
  [
    // "shelved a proposal to move": a proposal dropped is negated (VERB_GROUP_CUES), not proposed.
    // "argued that Canada should impose duties": what someone says ought to be done is a recommendation; a bill
    // is a proposal until it is passed or signed ("passed a bill that bans …" decides the ban); "Germany supports
    // EU-wide restrictions", "France backs EU tariffs": a member's support for a measure is no measure of its own.
    // "Traders weighed the impact of the tariffs", "weighed Trump's threat to impose": weighing what others did
    // or said is a reaction, no proposal.
    'proposed',
    /\b(?:(?<!\b(?:abandon|scrap|shelve|cancel|ditch|drop|withdr[ae]w|axe|reject|defeat|vot(?:ed|es|ing)\s+against)\w*\s+(?:(?:its|their|the|a|an|his|her)\s+)?(?:(?:own|earlier|previous|initial|original)\s+)?)propos(?:e|ed|es|al|ing)|(?:consider(?:s|ed|ing)?|weigh(?:s|ed|ing)?|evaluat(?:e|es|ed|ing))(?!\s+(?:the\s+)?(?:\w+\s+)?(?:impact|effects?|fallout|implications|consequences|costs?|risks?|outlook)\s+of\b)(?!\s+(?:the\s+)?(?:[\w'’.]+\s+){0,2}(?:threats?|warnings?|announcements?|remarks|comments|news)\b)|mull(?:s|ed|ing)?|contemplat(?:e|es|ing)|debat(?:ed|ing)|urg(?:e|ed|es|ing)|(?:invit|encourag)(?:e|ed|es|ing)\s+(?:[\w.'’-]+\s+){1,4}to|call(?:s|ed)? (?:on|for)|push(?:es|ed|ing)? (?:for|to)|seek(?:s|ing)?|sought|ask(?:s|ed|ing)?|appl(?:y|ies|ied|ying) (?:to be|for)|petition\w*|recommend\w*|(?<!\b(?:passed|approved|adopted|enacted|signed|ratified)\s+(?:(?:a|an|the|its|their)\s+)?(?:\w+\s+)?)(?:bill|legislation)|draft(?:s|ed|ing)?|explor(?:e|es|ed|ing)|tr(?:y|ies|ied|ying) to|hop(?:e|es|ed|ing)|(?<!\b(?:not|never)\s|n['’]t\s)want(?:s|ed)?(?:\s+(?:the\s+)?[\w.'’-]+)?\s+to|look(?:s|ed|ing)? to|lobb\w+|studying|(?:would|will|to) study|review(?:ing)? whether|investigat\w*|possibility|possible|potential(?:ly)?|need(?:s|ed)? to|under pressure|pressure (?:on|from)|talks? (?:on|about|would cover|will cover)|consultations? (?:on|about|over|into)|in talks (?:to|with|over)|talks? aim(?:s|ed)? to|close to (?:an? )?(?:deal|agreement|pact)|discuss\w*|negotiat(?:e|es|ed|ing|ions?)|demand(?:s|ed)? (?:that|for)|should|ought to)\b/i,
  ],
  // "commissioned a study into moving", "is assessing the merits of relocating": the action is what is studied,
  // right after the study ("completed a feasibility study and moved" did the move; "a study of Kelby Tech being
  // added" is of a listing that was made).
  [
    'proposed',
    /\b(?:stud(?:y|ies)\s+(?:into|on|of)|(?:merits|viability|feasibility|pros and cons)\s+of)(?:\s+(?:a|an|the|its|their))?(?:\s+[\w'’-]+)?\s*$/i,
  ],
  [
    'proposed',
    /\b(?:supports?|supported|supporting|backs|backed|backing|favou?rs|favou?red|endors(?:e|es|ed|ing))(?!\s+by\b)\s+(?:[\w-]+\s+){0,3}$/i,
  ],
  // "Investors pressed Nolan Motors to move", "Shareholders want Corrin Cathode to shift": another pressed to act
  // (case matters: the name after the verb), in the infinitive that holds the action ("pressed X to explain why it
  // moved" does not).
  [
    'proposed',
    /\b(?:[Ww]ant(?:s|ed)?|[Pp]ress(?:es|ed|ing)?|[Pp]ressur(?:e|es|ed|ing))\s+\p{Lu}[\p{L}\d.'’-]*(?:\s+\p{Lu}[\p{L}\d.'’-]*){0,3}\s+to(?:\s+\S+){0,4}\s*$/u,
  ],
  [
    // "A judge ordered Washington to lift the tariffs", "the WTO authorized Brazil to impose", "sued the Commerce
    // Department to be removed from the list", "rejected Britain's request for an exemption": what a court orders or
    // allows, or a suit or a request seeks, is not yet done.
    'proposed',
    /\b(?:courts?|judges?|panel|tribunal|arbitrat\w+|WTO)\b(?:\s+[\w'’.-]+){0,4}?\s+(?:ordered|ruled|required|directed|authori[sz]ed|allowed|told)\b[^,]*$|\b(?:sue[ds]?|suing)\b[^,]*\bto\s+(?:be|have|get|force|stop|block|overturn|reverse|lift|remove)\b[^,]*$|\b(?:requests?|bids?|pleas?|applications?)\s+(?:for|to)\b[^,]*$/i,
  ],
  [
    // "Indonesia would be better served by a full ban", "would be better off banning": what would serve the
    // country better is advice, no measure taken.
    'proposed',
    /\bbetter\s+(?:served|off)\b/i,
  ],
];

// Cues that belong to the trigger's own verb group, so they are read only in the last few words before
// it: "The shift could be traced back to Trump's announcement to impose" is not a modal imposition.
// Evading, circumventing or breaching a measure ("to evade the 25% duty") presupposes it: no negation.
const VERB_GROUP_CUES: [Modality, RegExp][] = [
  // "decided against imposing duties", "walked back its plan to move production": a decision against the action,
  // or a plan given up, right before the action's own words ("opted against lifting its 20% tariff" leaves
  // the tariff in place).
  [
    'negated',
    /(?:\b(?:decid|opt)(?:ed|es|s|ing)? against|\b(?:walk\w* back|backtrack\w* on|back\w* away from|retreat\w* from|u-turns? on|revers(?:e|es|ed|ing) course on) (?:its |their |the |a |an |his |her )?(?:own |earlier |previous |initial |original )?(?:plans?|proposals?) to)\s*$/i,
  ],
  [
    'negated',
    /\b(?:not(?!\s+(?:only|just|merely|simply)(?:\s+(?!(?:a|an|the|about|for|because|as)\b)[a-z]|\s*$))|never|no longer|no plans?|neither|nor|refus(?:ed|es|ing) to|declin(?:ed|es|ing) to|vot(?:ed|es|ing) against|fail(?:ed|s)? to|without|instead of|rather than|avoid(?:ed|ing)?|avert(?:s|ed|ing)?|stav(?:e|es|ed|ing) off|head(?:s|ed|ing)? off|stopp?(?:ed|ing)? short of|(?:has|have|had|is|are|was|were) yet to|refrain(?:s|ed|ing)? from|escap(?:e|es|ed|ing)(?: being)?|(?:(?:abandon|scrap|shelve|cancel|ditch|drop|withdr[ae]w|withdrawn|halt|suspend|pause|froze|freez|axe|reject|defeat|vot(?:ed|es|ing) against)\w*|end(?:s|ed)?) (?:its |their |the |a |an |his |her )?(?:own |earlier |previous |initial |original )?(?:plans?|proposals?)|(?:abandon|scrap|shelve|cancel|ditch|drop|withdr[ae]w|withdrawn|axe)\w* (?:its |their |the |a |an |his |her )?(?:proposed|planned|mooted)|call(?:s|ed|ing)? off (?:its |their |the |a |an |his |her )?(?:own |earlier |previous |initial |original )?(?:plans?|proposals?)|put(?:s|ting)? on (?:hold|ice) (?:its |their |the |his |her )?(?:plans?|proposals?))\b|n['’]t\b/i,
  ],
  // Readiness ("was prepared to lift them", "stands ready to respond", "was open to lowering") is a stance, not
  // a plan; an expectation ("analysts expect China to restrict exports") is a forecast; a power that something
  // gives ("the law lets the president impose tariffs") is a possibility.
  [
    'modal',
    /\b(?:may|might|could|can|cannot|likely|unlikely|lets|allows|enables|empowers|permits|authori[sz]es|expected to|(?:expect|anticipate|predict)(?:s|ed)?\s+(?:\S+\s+){1,3}to|would|(?:is|was|are|were|be|been|stands?|stood) (?:prepared|ready) to|ready to|willing to|reserves? the right to|(?:is|was|are|were|be|been|remains?|remained) open to)\b/i,
  ],
  // "The prospect of an export ban", "fears of a 25% tariff", "the risk of new duties" (the trigger right after):
  // a measure only feared or expected, named indefinitely ("fears over the 25% tariff" are about one in place).
  [
    'hypothetical',
    /\b(?:(?:prospects?|fears?|risks?|speculation|talk|worries|concerns?|spectre|specter|possibility|danger)\s+(?:of|about|over|for|on)\s+(?:an?|new|further|more|additional|possible|higher)|any\s+(?:new\s+|further\s+|future\s+)?(?:removal|addition|imposition|relocation|lifting|easing|tightening|designation|delisting|listing))\b|\bany(?:\s+(?:new|further|future))?\s*$/i,
  ],
  // "the risk of US sanctions on X", "concerns over import tariffs": the trigger right after a noun of fearing, a
  // nationality or "import"/"export" at most between.
  [
    'hypothetical',
    new RegExp(
      String.raw`\b(?:${FEARED_NOUNS})\s+(?:of|about|over|for|on)(?:\s+(?:u\.s\.|us|uk|eu|chinese|american|european|russian|indian|japanese|canadian|mexican|western|import|export))?\s*$`,
      'i',
    ),
  ],
  // "supply chains independent of Chinese export controls", "shielded from US tariffs": a measure named as what
  // something is kept apart from, a nationality or "import"/"export" at most between.
  [
    'hypothetical',
    /\b(?:independent|free|insulated|shielded|immune)\s+(?:of|from|to)(?:\s+(?:u\.s\.|us|uk|eu|chinese|american|european|russian|indian|japanese|canadian|mexican|western|import|export))?\s*$/i,
  ],
  [
    'planned',
    /\b(?:plan(?:s|ned|ning)? to|plans|intend(?:s|ed)?|aim(?:s|ed|ing)? to|prepar(?:es|ed|ing) to|set to|scheduled|is to|are to|was to|to be|will|['’]ll|shall|would|going to|decid(?:ed|es) to|decision to|agreed to|appl(?:y|ies|ied|ying) (?:for (?:permission|approval) )?to(?=\s*$)|vot(?:ed|es)(?:\s+(?:on|in|at|last|this|late|early)\s+\w+)?\s+to)\b/i,
  ],
];

/**
 * "urged the company to keep its plant rather than move it": the action right after "rather than" or "instead of"
 * is the one not taken, whatever governs the clause.
 */
const ALTERNATIVE_NOT_TAKEN = /\b(?:rather than|instead of)\s*$/i;

/** "would not hesitate to impose": a negation that asserts the readiness it denies, a warning. */
export const UNHESITATING = /(?:\bnot|\bnever|n['’]t)\s+hesitate\s+to\s*$/i;
/**
 * "did not rule out imposing", "is not ruling out retaliatory": a negation that leaves the action possible, up to
 * two words of the action's own verb or phrase after it.
 */
export const NOT_RULED_OUT =
  /(?:\bnot|\bnever|n['’]t)\s+(?:rule|rules|ruled|ruling)\s+out\s+(?:[\w'’-]+\s+){0,2}$/i;

/** A plan in the past perfect is one that changed: "had originally planned to roll out the tariff". */
const CHANGED_PLAN =
  /\bhad (?:originally |initially |earlier |first )?(?:planned|intended|hoped|been (?:set|scheduled|due)) to\b/i;

const VERB_GROUP_WORDS = 6;
/** How long the object of the first of two coordinated verbs may be ("close its plant in X, Y, and move"). */
const COORDINATED_OBJECT_WORDS = 10;
/**
 * "and move", or "and move the" (and up to two modifiers) before a noun that holds the action ("and shift its brake
 * production to …"): the end of a lead-in whose verb is coordinated with one further back.
 */
const COORDINATED_END = String.raw`and(?:\s+[a-z]+\s+(?:the|its|their|all)(?:\s+[a-z-]+){0,2})?\s*$`;
const COORDINATED_VERB = new RegExp(String.raw`\b${COORDINATED_END}`, 'i');
const COORDINATED_AFTER_COMMA = new RegExp(String.raw`^,\s+${COORDINATED_END}`, 'i');

/**
 * Reported future ("said it would", "announced it will", "told reporters Canada would") is an announcement,
 * not a conditional; so is one whose report is dated or placed first ("said last month that it would", "said
 * in a statement that the bloc will").
 */
const REPORTED_FUTURE =
  /\b(?:said|says|announced|announces|told|confirmed|stated|disclosed)\b(?:\s+(?:reporters|journalists|lawmakers|investors|analysts))?(?:\s+(?:on|in|at|during|earlier|last|this|late|early|\w+day)\b(?:\s+[^\s,;]+){0,3}?)?(?:\s+that)?\s+(?:it|they|the (?:company|firm|group)|\w+|(?:the|a|an|its|their)(?:\s+[^\s,;]+){1,10}?)\s+(?:would|will|is to|was to|plans to|intends to)\b/i;
/**
 * "announced on Monday it had moved", "announced that it has completed the relocation", "announced it had moved its
 * plant": an announcement of a step already taken states it as done.
 */
const REPORTED_DONE =
  /\b(?:announc(?:ed|es)|said|says|confirmed)\b.*\b(?:has|have|had)(?:\s+(?:now|already|successfully|formally))?(?:\s+[a-z]+(?:ed|en|wn|un|t)\s+(?:the|its|their)(?:\s+\w+)?)?\s*$/i;
const ANNOUNCEMENT =
  /\b(?:announc(?:ed|es|ing)|unveil(?:ed|s)|decid(?:ed|es) to|decision to|order(?:ed|s)?|agreed to|vot(?:ed|es)(?:\s+(?:on|in|at|last|this|late|early)\s+\w+)?\s+to|approv(?:ed|es))\b/i;

/**
 * The month May ("on May 8", "in May") and first names such as Will ("Will Foxley noted") or Bill, which the
 * cues, read without case, would take for the words they spell.
 */
const MONTH_MAY =
  /\bMay\b(?=\s+\d)|(?<=\b(?:[Ii]n|[Oo]n|[Ss]ince|[Ff]rom|[Uu]ntil|[Bb]y|[Ee]arly|[Ll]ate|[Mm]id|[Ll]ast|[Nn]ext|[Tt]his|of|[Tt]hrough|[Bb]efore|[Aa]fter|[Dd]uring)\s+|\b[Mm]id-)May\b/g;
const FIRST_NAMES = /\b(?:Will|Bill|Hope)(?=\s+\p{Lu}\p{Ll})/gu;

/** "used to be based in China", "seems to be": a state, past or seen, that no "to be" makes a plan. */
const STATE_NOT_PLAN = /\b(used|seems?|seemed|appears?|appeared|said|happens?|happened) to be\b/gi;

/**
 * "To avoid tariffs, Bitmain moved production …", "Rather than pay duties, the firm built …", "After weeks of
 * rumours, China banned …": a phrase set off before the subject says why, when or instead of what; its words
 * are neither the action's verb group nor cues that govern the action's clause.
 */
const FRONTED_CLAUSE =
  /^\s*(?:in order to|to|rather than|instead of|without|despite|in spite of|in addition to|besides|after|following|amid|amidst)\b[^,;:]*,\s*/i;

/** Words of a condition inside a fronted phrase ("After the deadline passes without a deal,"). */
const FRONTED_CONDITION = /\b(?:if|unless|without|fails?|failed|failing|passes|expires|lapses)\b/i;

/** "The Philippines has no export restrictions", "with no new tariffs": a measure that "no" opens is none. */
const NO_MEASURE = /\bno\s+(?:[a-z-]+\s+){0,2}$/i;

/**
 * "agreed to a deal that would lower U.S. tariffs", "signed a pact under which Peru would cut duties": what a deal
 * already agreed would do is announced, not supposed.
 */
const AGREED_DEAL_THAT_WOULD =
  /\b(?:agreed|signed|reached|struck|clinched|sealed|concluded)\s+(?:to\s+|on\s+)?(?:an?\s+|the\s+|its\s+)?(?:[\w-]+\s+){0,3}(?:deal|agreement|pact|accord)\s+(?:that|which|under\s+which)\s+(?:[\w.]+\s+){0,2}would\s+$/i;

/** "Were the U.S. to add Velmora to the Entity List, …", "Should Ottawa impose …": inside a condition by inversion. */
const INVERTED_CONDITION = /^\s*["“]?(?:Were|Should|Had)\s+[^,;:]*$/u;
/**
 * "Should the talks fail, the U.S. would impose …": a condition by inversion closed before the clause it governs,
 * whose words are no cues of that clause (onCondition reads the condition).
 */
const CLOSED_INVERSION = /^\s*["“]?(?:Were|Should|Had)\s+(?!(?:be|not|have)\b)[^,;:]*,\s*/u;

/**
 * Classifies the modality of an action from the text leading up to its trigger; `phraseWords` of its last
 * words open the trigger's own noun phrase.
 */
export function modalityOf(text: string, phraseWords = 0): Modality {
  const leadIn = text
    .replace(MONTH_MAY, 'Month')
    .replace(FIRST_NAMES, 'Name')
    .replace(STATE_NOT_PLAN, '$1 being');
  if (INVERTED_CONDITION.test(leadIn)) return 'hypothetical';
  const inversion = CLOSED_INVERSION.exec(leadIn)?.[0].length ?? 0;
  if (inversion > 0) {
    // ("Should tariffs rise, Korvath would consider moving": a step only weighed on a condition is supposed.)
    const governed = modalityOf(text.slice(inversion), phraseWords);
    return governed === 'proposed' ? 'hypothetical' : governed;
  }
  if (AGREED_DEAL_THAT_WOULD.test(leadIn)) return 'announced';
  if (NO_MEASURE.test(leadIn) || ALTERNATIVE_NOT_TAKEN.test(leadIn)) return 'negated';
  if (NOT_RULED_OUT.test(leadIn)) return 'modal';
  // ("After the deadline passes without a deal, the EU will impose …": a fronted phrase that states a condition
  // still governs the clause.)
  const fronted = FRONTED_CLAUSE.exec(leadIn)?.[0] ?? '';
  const mainClause = FRONTED_CONDITION.test(fronted) ? leadIn : leadIn.slice(fronted.length);
  for (const [modality, cue] of CLAUSE_CUES) if (cue.test(mainClause)) return modality;
  if (CHANGED_PLAN.test(leadIn)) return 'modal';
  // "it would close its plant in Galesburg and move production": a verb right after "and" shares the
  // verb group of the one it is coordinated with, further back.
  // The opening of the trigger's own noun phrase ("a $2.4 billion lithium battery" plant) is not part of
  // the verb group's length.
  const words =
    (COORDINATED_VERB.test(leadIn) ? VERB_GROUP_WORDS + COORDINATED_OBJECT_WORDS : VERB_GROUP_WORDS) +
    phraseWords;
  // The lead-in ends where the trigger starts, usually after a space: no empty word may take a word's place.
  const lastWords = (clause: string) =>
    clause
      .trimEnd()
      .split(/\s+/)
      .slice(-words - 1)
      .join(' ');
  const verbGroup = lastWords(mainClause);
  // A "without" phrase closed before the trigger is blanked word for word, so the group reaches no further back.
  const negationGroup = lastWords(
    mainClause.replace(CLOSED_WITHOUT, (phrase) => phrase.replace(/\S+/g, '_')),
  );
  const reportedFuture = REPORTED_FUTURE.test(leadIn);
  if (UNHESITATING.test(verbGroup)) return 'threatened';
  for (const [modality, cue] of VERB_GROUP_CUES) {
    if (!cue.test(modality === 'negated' ? negationGroup : verbGroup)) continue;
    if (
      modality === 'negated' &&
      (NEGATED_OTHER_PREDICATE.test(verbGroup) ||
        AVOIDED_MEASURE.test(verbGroup) ||
        UNTOUCHED_MEASURE.test(verbGroup))
    )
      continue;
    if (modality === 'modal' && /\bwould\b/i.test(verbGroup) && reportedFuture) return 'announced';
    if (modality === 'planned') return reportedFuture || ANNOUNCEMENT.test(leadIn) ? 'announced' : 'planned';
    return modality;
  }
  return ANNOUNCEMENT.test(verbGroup) && !REPORTED_DONE.test(verbGroup) ? 'announced' : 'asserted';
}

/**
 * "is not exposed to tariffs", "did not comment on the duties", "would not retaliate against the new U.S.
 * tariffs": the negation belongs to a predicate whose prepositional object is the measure, and says nothing
 * of whether the measure exists ("has not retaliated with export curbs of its own" denies the curbs). "is not expected to add", "is not planning to": a "to" that opens the
 * action's own infinitive leaves the action negated.
 */
const NEGATED_OTHER_PREDICATE =
  /(?:\bnot|\bnever|n['’]t)(?:\s+\w+ly)?(?:\s+(?:be|been|being))?\s+(?!(?:retaliat|respond|react)\w*\s+with\b)(?:(?!(?:expected|scheduled|slated|poised|planning|going)\s)\w+(?:ed|ing|ent)|retaliate|respond|react|object|comment|yield|bow)\s+(?:to|by|about|on|over|with|from|against)(?:\s+\S+){0,3}\s*$/i;

/**
 * "to avoid the 25% U.S. levy on Canadian metals", "to escape the 50% US tariff on Indian goods", "no longer pay the
 * 60% U.S. tariff": a measure named definitely as what is avoided, escaped, or not paid, is in place;
 * avoiding it says nothing against it ("avoided imposing tariffs", "to avoid tariffs", "to avoid the effects of tariffs"
 * stay negated).
 */
const AVOIDED_MEASURE =
  /\b(?:avoid(?:s|ed|ing)?|escap(?:e|es|ed|ing)|evad(?:e|es|ed|ing)|dodg(?:e|es|ed|ing)|sidestep(?:s|ped|ping)?|circumvent(?:s|ed|ing)?|pay|pays|paying|paid)\s+(?:the|its|their|those|these)(?:\s+(?!of\b)\S+){0,4}\s*$/i;

/**
 * "steel from countries without free-trade agreements, with imports above the quota facing a 50% surtax": a
 * "without" phrase that qualifies a preposition's noun and closes before the trigger negates nothing after it
 * (a condition set off before the clause, "Without a deal, …", still does).
 */
const CLOSED_WITHOUT = /(?<=\b(?:from|of|for|on|to)\s+(?:[\w-]+\s+){0,2}[\w-]+\s+)without\b[^,;:]*[,;:]/gi;

/**
 * "The deal does not affect the 50% US tariffs on steel", "doesn't change the 25% tariff on cars": a measure left
 * untouched by something else stays in place; the negation is of the other thing's effect ("does not include the
 * tariff" may say the tariff was never taken, and stays negated).
 */
const UNTOUCHED_MEASURE =
  /(?:\bnot|\bnever|n['’]t)\s+(?:affect|alter|change|touch)\s+(?:the|its|their|existing|current)(?:\s+\S+){0,3}\s*$/i;

/** Modalities of an action still to come: what a condition can hang on. */
const FUTURE: ReadonlySet<Modality> = new Set(['planned', 'announced', 'modal', 'threatened']);
/** "… if Ottawa does not act", "… unless Washington drops its tariffs", up to the end of the sentence. */
// Up to the end of the trigger's clause: "… would face 25% tariffs, and warned he would raise them if they
// retaliated" states the tariffs; only the raise is on a condition.
const CONDITION_AFTER =
  /^(?:(?!,\s+(?:and|but|while|whereas|although|though|which)\s+(?!also\b|on\b|to\b|in\b|for\b|from\b|with\b))[^;:])*?\b(?<!\beven\s)(?:if|unless)\b/i;
/**
 * A condition's opening: "if", "unless", or an inversion at the start of the sentence, after "that," or after a
 * comma with its subject ("Should the talks fail, the U.S. would impose …", "warned that, should talks fail, …",
 * "…, should the talks fail, …"; "Prices, which had fallen, were steady" is no inversion).
 */
const CONDITION_OPENING = String.raw`(?:\b(?<!\beven\s)(?:if|unless)\b|(?:^\s*["“]?|\bthat,\s+)(?:should|were)\s+(?!(?:be|not|have)\b)|,\s+should\s+(?:the|a|an|its|their|talks|negotiations)\b|,\s+were\s+(?:the|a|an|it|they)\b[^,;:]*\bto\s)`;
/** "If Apple does not build iPhones here, he will add a tax": a condition closed before the action. */
const CONDITION_BEFORE = new RegExp(`${CONDITION_OPENING}[^;:]*,[^;:]*$`, 'i');
/** The same with the future in the action's own clause, which the condition's "if" made hypothetical. */
const CONDITION_THEN_FUTURE = new RegExp(
  String.raw`${CONDITION_OPENING}[^;:]*,[^,;:]*\b(?:will|would|shall)\b[^,;:]*$`,
  'i',
);

/** "a 25% tariff on copper, if imposed, would …": the measure's own coming about, set off as a condition. */
const MEASURE_ON_CONDITION_AFTER =
  /^[^,;:]{0,60},\s+(?:if|unless)\s+(?:it\s+is\s+|they\s+are\s+)?(?:\w+ly\s+)?(?:imposed|enacted|implemented|approved|adopted|introduced|applied|passed|finali[sz]ed|confirmed|levied)(?:\s+by\s+[^,;:]{1,40})?\s*,/i;

/**
 * A future action stated on a condition (`before` and `after` are the sentence's text on either side of
 * the trigger): what the actor says it will do if something happens is a conditional statement, not
 * the action.
 */
export function onCondition(modality: Modality, before: string, after: string): boolean {
  if (modality === 'hypothetical') return CONDITION_THEN_FUTURE.test(before);
  return FUTURE.has(modality) && (CONDITION_AFTER.test(after) || CONDITION_BEFORE.test(before));
}

/** "Rumors that it would move …", "A proposal to impose …": a report or plan whose content is the action. */
const REPORTED_CONTENT =
  /\b(?:(?:rumou?rs?|reports?|speculation|claims?|suggestions?|proposals?|plans?|bids?|motions?|talk)\s+(?:that|to)|talk\s+of|(?:was|were|is|are)\s+(?:widely\s+)?reported\s+(?:by\s+[^,;:]*?\s+)?to)\b[^,;:]*$/i;
/**
 * "… were denied by the company", "… was rejected by Congress", "… proved unfounded": the report or plan is
 * refuted or dropped; "called a report that Ottawa would impose a levy 'fake news'": a verdict on it after it.
 */
const REFUTED_AFTER =
  /^[^;:]*?(?:\b(?:was|were|has been|have been|had been|(?:prov(?:ed|en|es)|turn(?:ed|s)? out)(?:\s+to\s+be)?)\s+(?:\w+ly\s+)?(?:denied|rejected|dismissed|refuted|scrapped|shelved|abandoned|withdrawn|vetoed|voted down|struck down|ruled out|cancell?ed|false|untrue|unfounded|baseless|groundless|inaccurate|incorrect|wrong|pure fiction|fiction)|["'“‘]?\b(?:fake news|pure fiction|baseless|groundless|nonsense)\b)/i;

/** "has put its plans to build a factory in India on hold": the plan set aside in its own clause. */
const SHELVED_AFTER = /^[^,;:]*\bon (?:hold|ice)\b/i;
/** "… are untrue", "… is false": a verdict in the present on the report, in the report's own clause. */
const REFUTED_NOW =
  /^[^,;:]*?\b(?:is|are)\s+(?:\w+ly\s+)?(?:false|untrue|unfounded|baseless|groundless|inaccurate|incorrect|wrong)\b/i;
/**
 * "had planned a plant in Mexico, but shelved it", "considered moving …, but decided against it", "was set to
 * …, but held off", "had been expected to …, but the plan was shelved": dropped right after.
 */
const DROPPED_AFTER =
  /^[^;:.]*?,?\s+but\s+(?:later\s+|then\s+|has\s+since\s+|had\s+since\s+|since\s+)?(?:(?:shelved|scrapped|abandoned|dropped|cancell?ed|ditched|axed|put|decided against)\s+(?:it|them|the (?:plan|plans|project|idea|move))|ruled (?:it|them) out|(?:held off|(?:the|that|this) (?:plan|plans|idea|move|proposal) (?:was|were|has been|had been) (?:later\s+)?(?:shelved|scrapped|abandoned|dropped|cancell?ed|ditched|axed|called off))\s*(?:[.;,]|$))/i;

/**
 * "Rumors that Bitmain would move production to the U.S. were denied by the company": the action is the
 * content of a report or plan that the sentence goes on to refute or drop, or an action its actor dropped
 * right after ("had planned a plant in Mexico, but shelved it") (`before` and `after` are the sentence's text
 * on either side of the trigger).
 */
export function refutedAfter(before: string, after: string): boolean {
  if (DROPPED_AFTER.test(after)) return true;
  return (
    REPORTED_CONTENT.test(before) &&
    (REFUTED_AFTER.test(after) || REFUTED_NOW.test(after) || SHELVED_AFTER.test(after))
  );
}

/** "are in talks to reduce", "negotiating a deal to remove", "close to a deal to cut": a measure still negotiated. */
const NEGOTIATING =
  /\b(?:negotiat\w*|in talks (?:to|with|over)|talks? aim(?:s|ed)? to|close to (?:an? )?(?:deal|agreement|pact))\b[^,;:]*$/i;

/** Whether the lead-in to a trigger says the measure is still being negotiated (the guidelines count no talks). */
export function underNegotiation(leadIn: string): boolean {
  return NEGOTIATING.test(leadIn);
}

/**
 * "The levy had been proposed last year at 10%", "a duty on alumina has been floated": a measure that the words
 * after it (and after its goods) say was only proposed.
 */
const PROPOSED_AFTER =
  /^\s*(?:(?:on|for)\s+(?:[\w'-]+\s+){1,4})?(?:had|has|have|was|were|is|are)\s+(?:been\s+)?(?:first\s+|initially\s+|originally\s+|only\s+)?(?:proposed|mooted|floated|suggested)\b/i;

/**
 * "A 25% tariff on imported cobalt is on the table", "duties of 20% to 40% were being discussed": a measure among
 * the options, not decided.
 */
const ON_THE_TABLE =
  /^[^,;:]*?\b(?:is|are|was|were|remains?|remained)\s+(?:still\s+)?(?:on\s+the\s+table|being\s+(?:discussed|considered|weighed|mulled|debated|studied|explored)|under\s+(?:discussion|consideration))\b/i;

/** Whether the words right after the trigger say the measure was only proposed. */
export function proposedAfter(after: string): boolean {
  return PROPOSED_AFTER.test(after);
}

/**
 * "was considering building a line in Texas, but no decision had been made", "… but had made no decision", "… though
 * it has yet to make a final decision": a step weighed that a clause after it says is not decided.
 */
const UNDECIDED_AFTER =
  /^[^.;]*?(?:,\s+|\s)(?:but|and|though|although)\s+(?:no\s+(?:final\s+|firm\s+)?decisions?\s+(?:has|have|had)\s+(?:yet\s+)?been\s+(?:made|taken|reached)|(?:it\s+|they\s+)?(?:has|have|had)\s+(?:yet\s+to\s+(?:make|take|reach)\s+a|made\s+no|taken\s+no|reached\s+no)\s+(?:final\s+|firm\s+)?decisions?)\s*(?:[.;,]|$)/i;

/** Whether the words right after the trigger say the measure is only an option (the guidelines' hypotheticals). */
export function onTheTable(after: string): boolean {
  return ON_THE_TABLE.test(after);
}

/** Whether a clause after a step still to come says nothing is decided ("…, but no decision had been made"). */
export function undecidedAfter(after: string): boolean {
  return UNDECIDED_AFTER.test(after);
}

/** Whether the words after a measure's noun set its own coming about off as a condition ("…, if imposed, …"). */
export function measureOnCondition(afterAnchor: string): boolean {
  return MEASURE_ON_CONDITION_AFTER.test(afterAnchor);
}

/** Modalities under which an action is reported as real (done, decided or scheduled). */
export function isRealis(modality: Modality): boolean {
  return modality === 'asserted' || modality === 'announced' || modality === 'planned';
}

/** ", but did not cancel,": a negated verb set off by commas after the verb it is contrasted with. */
const CONTRASTED_NEGATION =
  /,\s+but\s+(?:did|does|do|would|will|has|have|had|is|are|was|were)\s+not\s+[a-z]+,/gi;

/** A relative clause set off by commas at the start of a stretch ("…, which had hoped to avoid a trade war, "). */
const CLOSED_RELATIVE_CLAUSE = /^,\s+(?:which|who|whose)\b[^,;:]*,\s*/i;

/**
 * The stretch of a sentence that governs a trigger: from the last clause boundary before it, so that
 * "Japan says it will retaliate if the U.S. imposes tariffs" reads "if the U.S. imposes", not the whole.
 */
export function leadInBefore(sentence: string, triggerStart: number, maxChars = 90): string {
  // "The EU delayed, but did not cancel, its tariffs": a negated verb set off by commas beside the verb that governs
  // the measure is blanked (its length kept), and the governing verb's words read.
  const window = sentence
    .slice(Math.max(0, triggerStart - maxChars), triggerStart)
    .replace(CONTRASTED_NEGATION, (aside) => ' '.repeat(aside.length));
  const boundary = Math.max(
    window.lastIndexOf(';'),
    window.lastIndexOf(':'),
    lastMatchEnd(window, /\b(?:but|while|although|though|whereas|because|after|before|once|since|when)\b/gi),
    lastMatchEnd(window, /,\s+(?:and|which|who|where|he|she|it|they|we)\b/gi),
  );
  if (boundary < 0) return window;
  // "The EU, which had hoped to avoid a trade war, said it would slap duties": a relative clause closed before
  // the trigger is said of the subject; the main clause's own words govern it.
  const rest = window.slice(boundary).replace(CLOSED_RELATIVE_CLAUSE, '');
  // "it would close its plant in Galesburg, Illinois, and move production": a verb right after ", and"
  // shares the lead-in of the verb it is coordinated with ("and move the production" too).
  if (COORDINATED_AFTER_COMMA.test(rest))
    return leadInBefore(sentence, triggerStart - rest.length, maxChars) + rest;
  return rest;
}

function lastMatchEnd(text: string, pattern: RegExp): number {
  let last = -1;
  for (const m of text.matchAll(pattern)) last = m.index;
  return last;
}
