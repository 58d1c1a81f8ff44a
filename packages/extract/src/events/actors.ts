import type { ActorCode } from '@assay/schema';
import type { Gazetteer } from '../gazetteer/gazetteer.js';

/** A country or bloc named in a sentence, by name, demonym, metonym or one of its agencies. */
export interface ActorMention {
  code: ActorCode;
  start: number;
  end: number;
  kind: 'name' | 'demonym' | 'metonym' | 'agency';
  /** A demonym that names a government ("the Japanese government", "Chinese authorities"). */
  isGovernment: boolean;
  /** Preceded by a preposition that marks a target or origin ("on China", "from Brazil"). */
  isObject: boolean;
  /** Preceded by a preposition that marks what a measure is aimed at ("on China", "against Japan", "from Brazil"). */
  isTarget: boolean;
  /** Preceded by "by": the agent of a passive ("tariffs imposed by the EU"). */
  isAgent: boolean;
}

const GOVERNMENT_NOUN =
  /^\s+(?:government|authorities|officials|administration|regulators?|ministry|ministers?|customs|president|prime minister|lawmakers|commerce|trade|treasury|side|delegation|negotiators|state)\b/i;
const OBJECT_PREPOSITION =
  /\b(?:on|against|from|to|toward|towards|targeting|into|of|with|over|for|at|in|between|and)\s+(?:the\s+|all\s+|some\s+|certain\s+|its\s+)?$/i;
/** A country name used as a modifier of an actor noun ("the U.S. Measures", "U.S. officials") acts. */
const ACTOR_NOUN =
  /^\s+(?:government|authorities|officials|administration|measures?|tariffs?|duties|sanctions|curbs|move|decision|action|side|negotiators|president|commerce|trade|treasury|customs|regulators?)\b/i;
/** A possessive of an act stays the actor: "traced back to Trump's “Liberation Day” announcement". */
const POSSESSIVE_ACTION =
  /^['’]s\s+(?:[\w“”"'’-]+\s+){0,3}?(?:announcement|decision|move|plan|order|tariffs?|duties|sanctions|measures|retaliation|ban|administration|government|policy|imposition|threat|blacklist)\b/i;
const TARGET_PREPOSITION =
  /\b(?:on|against|from|targeting|toward|towards)\s+(?:the\s+|all\s+|some\s+|certain\s+)?$/i;
const AGENT_PREPOSITION = /\bby\s+(?:the\s+)?$/i;

export function findActors(sentence: string, gazetteer: Gazetteer): ActorMention[] {
  const actors: ActorMention[] = [];
  for (const m of gazetteer.countries(sentence)) {
    const before = sentence.slice(Math.max(0, m.start - 30), m.start);
    actors.push({
      code: m.value.code,
      start: m.start,
      end: m.end,
      kind: m.value.kind,
      isGovernment: m.value.kind === 'demonym' && GOVERNMENT_NOUN.test(sentence.slice(m.end, m.end + 30)),
      isObject:
        OBJECT_PREPOSITION.test(before) &&
        !ACTOR_NOUN.test(sentence.slice(m.end, m.end + 30)) &&
        !POSSESSIVE_ACTION.test(sentence.slice(m.end, m.end + 50)),
      isAgent: AGENT_PREPOSITION.test(before),
      isTarget: TARGET_PREPOSITION.test(before),
    });
  }
  for (const m of gazetteer.agencies(sentence)) {
    if (actors.some((a) => a.start < m.end && a.end > m.start)) continue;
    if (m.value.needsCountry) {
      // "China's Commerce Ministry": the country in front already stands for the actor.
      continue;
    }
    const before = sentence.slice(Math.max(0, m.start - 30), m.start);
    actors.push({
      code: m.value.authority,
      start: m.start,
      end: m.end,
      kind: 'agency',
      isGovernment: true,
      isObject: OBJECT_PREPOSITION.test(before),
      isAgent: AGENT_PREPOSITION.test(before),
      isTarget: TARGET_PREPOSITION.test(before),
    });
  }
  return actors.sort((a, b) => a.start - b.start);
}

/** Whether an actor mention can be the one acting: a name, metonym, agency or a government demonym. */
export function canAct(actor: ActorMention): boolean {
  if (actor.kind === 'demonym') return actor.isGovernment;
  return !actor.isObject || actor.isAgent;
}
