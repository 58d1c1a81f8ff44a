import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { loadDataFile, parseData } from '../data-file.js';
import { compilePhrase, type Phrase, PhraseIndex } from './phrases.js';

/**
 * Event types are data: one file per type in `data/event-types/`, validated here when loaded. A type
 * declares the words that anchor it in a sentence, the words that say which action it is, its slots with
 * the kind of filler and the syntactic roles a filler may take, and the slots that make up its identity.
 * The engine interprets these; adding a type needs a file, not code.
 */

const phraseText = z
  .string()
  .min(1)
  .regex(/^[^A-Z]*$/, 'phrases are written in lower case')
  // "plac*|put" would match "plac*" literally: alternatives are whole words.
  .refine((text) => !/(?:^|\s)\??[^\s|]*\*[^\s]*\||\|[^\s]*\*/.test(text), {
    message: 'a word written as alternatives ("ban|bans") takes no "*"',
  });

const anchorSchema = z.object({
  /**
   * Words of the phrase, lower case; `word*` matches a prefix, `ban|bans|banned` any of those words, `?word`
   * is optional, `@list` is a sanctions list.
   */
  phrase: phraseText,
  /** The action the anchor states by itself ("ban exports" imposes a ban). */
  action: z.string().optional(),
  /**
   * A mention the sentence must also have for this anchor to count ("controls on" needs goods; `name`:
   * an organisation or a capitalised name no gazetteer knows, a company or a person; `party`: an organisation,
   * or a pronoun or description that refers back to one before the anchor, "The firm was put on the list"), or
   * `antecedent`: an earlier sentence of the article must state the type with another anchor, which this
   * one refers back to ("the sanctions" after the tariffs they are); `goods_before`: goods before the anchor
   * with no organisation between ("added tungsten to its control list", not "added 28 companies to it");
   * `goods_within`: goods inside the anchor's own words ("banned gallium shipments", not "banned further
   * shipments of goods"); `previous_sentence`: as `antecedent`, but the sentence just before must state
   * the type ("The companies include …" names those the sentence before sanctioned, and no others);
   * `country_after`: a country right after the anchor's last word ("set a 25% rate for Japan", not "set a 4.5%
   * rate for overnight loans"); `possessed_rate`: as `antecedent`, and a country owns the anchor and a rate
   * follows it in its clause ("Bangladesh's rate was set at 35%", "Indonesia's rate was lowered to 19%");
   * `antecedent_alone`: as `antecedent`, where no other anchor of the type stands in the sentence ("Graphite
   * from Canada is exempted" after the tariff's sentence; in "imposed tariffs but exempted cathodes" the verb
   * is the tariff's own action word); `possessed_goods`: a country's name with "'s"
   * and goods right before the anchor ("Indonesia's nickel ore ban"); `goods_subject`: goods that end right
   * before the anchor, as its subject ("Refined cathodes were excluded", not "Steel workers were excluded");
   * `measure_after`: a country right after the anchor's last word and a tariff's word a few words on
   * ("suspended its countermeasures against US steel tariffs", not "against Russian disinformation");
   * `listing_before`: another anchor of the type earlier in the sentence, and a name right after this one
   * ("added eight entities to the Entity List and removed Orvane Labs", not "removed its chief executive");
   * `sentence_before`: as `previous_sentence`, but only the sentence right before counts, since a pronoun
   * ("It was lifted on Friday") refers to what was just said;
   * `members_after`: as `previous_sentence`, and a name right after the anchor, or after "the" ("The vessels are
   * the Marisol Dawn, …", not "The vessels are owned by …").
   */
  requires: z
    .enum([
      'goods',
      'goods_before',
      'goods_within',
      'organisation',
      'party',
      'name',
      'country',
      'antecedent',
      'previous_sentence',
      'sentence_before',
      'country_after',
      'possessed_rate',
      'antecedent_alone',
      'possessed_goods',
      'goods_subject',
      'measure_after',
      'listing_before',
      'members_after',
    ])
    .optional(),
  /**
   * The article must speak of the type elsewhere too: a context word of the type, or an anchor without
   * this flag ("designated" names a sanctions designation only in an article about sanctions, not in
   * "designated World Meditation Day").
   */
  in_context: z.boolean().default(false),
  /**
   * A site where the action lands ("plant", "facility"): after "to" and another anchor of the type in its
   * clause, it is that anchor's destination ("shift production to a facility in Tennessee"), no anchor of
   * its own.
   */
  site: z.boolean().default(false),
});

export const SLOT_KINDS = [
  'actor',
  'country',
  'organisation',
  'goods',
  'rate',
  'date',
  'list',
  'enum',
  'status',
] as const;

/** Where a filler stands relative to the anchor: see `roles.ts` for what each means. */
export const ROLES = [
  'agent',
  'subject',
  'possessive',
  'modifier',
  'site_left',
  'site_reached',
  'object',
  'passive_subject',
  'after',
  'near',
  'list',
  'goods_modifier',
  'origin',
  'destination',
  'sent_to',
  'in_anchor',
  'undergoer',
  'grantor',
  'issuer',
  'beneficiary',
  'spared_for',
  'set_for',
  'pronoun',
  'speaker',
  'home',
  'effective',
  'owner',
  'denied',
  'adjunct',
  'addressee',
  'answerer',
  'where_clause',
  'covered',
  'named_after_colon',
  'reporter',
  'deal_party',
  'deal_partner',
  'moved_owner',
  'mover_agent',
  'exporters_home',
  'action_possessor',
] as const;
const roleSchema = z.union([
  z.enum(ROLES),
  z.string().regex(/^prep:[a-z ]+$/, 'a role is one of the known roles or prep:<preposition>'),
]);

const slotSchema = z.object({
  name: z.string().regex(/^[a-z_]+$/),
  kind: z.enum(SLOT_KINDS),
  roles: z.array(roleSchema).default([]),
  required: z.boolean().default(false),
  /** Coordinated fillers ("Sugon, Hygon and Loongson") each give an event of their own. */
  list: z.boolean().default(false),
  /** When the sentence has no filler, the article's context may give one ("the company", the headline's actor). */
  discourse: z.boolean().default(false),
  /** For `organisation` slots: whether a person's name may fill it too (a sanctioned individual). */
  people: z.boolean().default(false),
  /** For `organisation` slots: whether a university or institute may fill it (the Entity List names them). */
  academic: z.boolean().default(true),
  /**
   * For `organisation` slots: whether a government body named as one ("the Office of Strategic Capital", "the
   * Department of Energy") may fill it (sanctions name ministries; no ministry moves its production).
   */
  government_bodies: z.boolean().default(true),
  /** For `country` slots: whether a bloc (EU, UN) may fill it too, as a tariff's target may; a place's country may not be one. */
  blocs: z.boolean().default(false),
  /** For `country` slots: words after a country that make it something else than the slot's ("the US market"). */
  not_followed_by: z.array(z.string().regex(/^[a-z-]+$/, 'one lower-case word')).default([]),
  /**
   * For `country` slots: words before the preposition that governs a country that make it the place of something
   * else than the slot's ("supply customers in the United States and Canada").
   */
  not_after: z.array(z.string().regex(/^[a-z-]+$/, 'one lower-case word')).default([]),
  /**
   * Whether a mention in another sentence that leaves this slot open states the same action as one that fills
   * it; unset, the slot's kind decides (goods, rates, dates, lists and enums do; countries and names do not).
   */
  merges_when_open: z.boolean().optional(),
  /** Pair this slot's values one to one with a list slot ("36% on Thailand and 24% on Malaysia"). */
  pairs_with: z.string().optional(),
  /** For `enum` slots: each value and the words that select it; for `status`: value → modalities. */
  values: z.record(z.string(), z.array(z.string().min(1))).optional(),
  default: z.string().optional(),
});

export const eventTypeFileSchema = z
  .object({
    type: z.string().regex(/^[a-z_]+$/),
    label: z.string().min(1),
    description: z.string().min(1),
    anchors: z.array(anchorSchema).min(1),
    not_anchors: z.array(phraseText).default([]),
    /** Words that show an article speaks of the type (for anchors marked `in_context`). */
    context_words: z.array(phraseText).default([]),
    /** Action → words near the anchor that select it. */
    actions: z.record(z.string(), z.array(phraseText)),
    default_action: z.string(),
    /** How many words before and after the anchor an action word may stand ("added X, Y and Z to the Entity List"). */
    action_reach: z.tuple([z.number().int().min(0).max(40), z.number().int().min(0).max(40)]).default([8, 8]),
    slots: z.array(slotSchema).min(1),
    /** Slots whose values identify the real-world action across articles (with the action's month). */
    identity: z.array(z.string()).min(1),
    /** Slots that must agree (null agrees with anything) for two mentions in one article to be one event. */
    merge: z.array(z.string()).min(1),
    /** Action → direction, for merging within an article ("raise" and "impose" both push up). */
    directions: z.record(z.string(), z.string()),
    /**
     * Modality → action: a reading in the default action's direction that the sentence presents so
     * ("threatened to impose tariffs") is that action.
     */
    modal_actions: z.record(z.string(), z.string()).default({}),
    /**
     * Ways a sentence may present an action that never state one of this type: a blacklisting only weighed or
     * talked of ("traders weighed talk of tighter sanctions") names no listing (none of the dev sets' does).
     */
    unstated_modalities: z
      .array(
        z.enum([
          'asserted',
          'planned',
          'announced',
          'threatened',
          'conditional',
          'proposed',
          'modal',
          'hypothetical',
          'negated',
          'denied',
        ]),
      )
      .default([]),
    /**
     * Words that name a kind of measure just before the anchor ("reciprocal tariffs"): mentions naming
     * different kinds, or one kind and none, are different actions.
     */
    measure_words: z.array(z.string().regex(/^[a-z-]+$/)).default([]),
    /**
     * Words for an exemption from the measure: an action against the measure that takes one away ("ended
     * all exclusions", "scrapped the exemptions") is the default action, not a removal.
     */
    exemption_words: z.array(phraseText).default([]),
    /**
     * Words by the anchor that make the measure global ("global tariffs", "on all imports"): it has no
     * target (see the guidelines), so its country slots take no filler from the article's context.
     */
    global_words: z.array(phraseText).default([]),
    /**
     * Words that enact a measure they govern ("approved a ban on exports", "adopted the export curbs"): for
     * an anchor that states its own action they read as that action, whatever else they mean ("approved
     * exports" eases).
     */
    enacting_words: z.array(phraseText).default([]),
    /**
     * Actions that set a new level of the measure ("cut the duty to 2%", "raised tariffs to 25%"): the
     * anchor then states no other action of the default's kind, so these readings exclude the default one.
     */
    level_actions: z.array(z.string()).default([]),
    /**
     * Whether one anchor states at most one action: "lifted sanctions on X" removes X from the list and
     * says nothing new of its listing. Without it, readings in different directions may both be events
     * ("paused the 25% tariffs": the tariff and its pause).
     */
    exclusive_readings: z.boolean().default(false),
  })
  .superRefine((file, ctx) => {
    const slotNames = new Set(file.slots.map((s) => s.name));
    const known = new Set([...slotNames, 'action', 'direction']);
    for (const [key, names] of [
      ['identity', file.identity],
      ['merge', file.merge],
    ] as const) {
      for (const [i, name] of names.entries()) {
        if (!known.has(name))
          ctx.addIssue({ code: 'custom', path: [key, i], message: `unknown slot "${name}"` });
      }
    }
    if (!(file.default_action in file.actions)) {
      ctx.addIssue({
        code: 'custom',
        path: ['default_action'],
        message: `"${file.default_action}" is not an action`,
      });
    }
    for (const action of Object.keys(file.actions)) {
      if (!(action in file.directions)) {
        ctx.addIssue({
          code: 'custom',
          path: ['directions'],
          message: `action "${action}" has no direction`,
        });
      }
    }
    for (const [modality, action] of Object.entries(file.modal_actions)) {
      if (!(action in file.actions)) {
        ctx.addIssue({
          code: 'custom',
          path: ['modal_actions', modality],
          message: `"${action}" is not an action`,
        });
      }
    }
    for (const [i, action] of file.level_actions.entries()) {
      if (!(action in file.actions)) {
        ctx.addIssue({ code: 'custom', path: ['level_actions', i], message: `"${action}" is not an action` });
      }
    }
    for (const [i, anchor] of file.anchors.entries()) {
      if (anchor.action && !(anchor.action in file.actions)) {
        ctx.addIssue({
          code: 'custom',
          path: ['anchors', i, 'action'],
          message: `"${anchor.action}" is not an action`,
        });
      }
    }
    for (const [i, slot] of file.slots.entries()) {
      if (slot.pairs_with && !slotNames.has(slot.pairs_with)) {
        ctx.addIssue({
          code: 'custom',
          path: ['slots', i, 'pairs_with'],
          message: `unknown slot "${slot.pairs_with}"`,
        });
      }
      if ((slot.kind === 'enum' || slot.kind === 'status') && !slot.values) {
        ctx.addIssue({
          code: 'custom',
          path: ['slots', i, 'values'],
          message: `a ${slot.kind} slot needs values`,
        });
      }
    }
  });

export type EventTypeFile = z.infer<typeof eventTypeFileSchema>;
export type SlotSpec = EventTypeFile['slots'][number];

export interface CompiledAnchor {
  phrase: Phrase;
  action: string | undefined;
  requires: z.infer<typeof anchorSchema>['requires'];
  inContext: boolean;
  site: boolean;
}

/** Whether the anchor only refers back to an action an earlier sentence states ("the sanctions"). */
export function refersBack(anchor: CompiledAnchor | undefined): boolean {
  return (
    anchor?.requires === 'antecedent' ||
    anchor?.requires === 'previous_sentence' ||
    anchor?.requires === 'sentence_before' ||
    anchor?.requires === 'members_after' ||
    anchor?.requires === 'possessed_rate' ||
    anchor?.requires === 'antecedent_alone'
  );
}

/** A type ready for the engine: its file, with every phrase compiled. */
export interface EventType {
  spec: EventTypeFile;
  anchors: CompiledAnchor[];
  /** The anchors' phrases by first word (value: the anchor's position in the file), `@list` aside. */
  anchorIndex: PhraseIndex<number>;
  /** Whether a sanctions list found by the gazetteer anchors the type, and its position in the file. */
  listAnchor: number | undefined;
  notAnchors: PhraseIndex<true>;
  /** The type's context words (value: unused). */
  contextWords: PhraseIndex<true>;
  actions: { action: string; phrase: Phrase }[];
  /** The action phrases by first word (value: the phrase's position in `actions`). */
  actionIndex: PhraseIndex<number>;
  exemptions: Phrase[];
  globalWords: Phrase[];
  enactingWords: Phrase[];
  /** For `enum` slots: slot → value → phrases. */
  enumValues: Map<string, { value: string; phrase: Phrase }[]>;
}

export function compileEventType(spec: EventTypeFile): EventType {
  const enumValues = new Map<string, { value: string; phrase: Phrase }[]>();
  for (const slot of spec.slots) {
    if (slot.kind !== 'enum') continue;
    enumValues.set(
      slot.name,
      Object.entries(slot.values ?? {}).flatMap(([value, words]) =>
        words.map((w) => ({ value, phrase: compilePhrase(w) })),
      ),
    );
  }
  const anchorIndex = new PhraseIndex<number>();
  const notAnchors = new PhraseIndex<true>();
  let listAnchor: number | undefined;
  for (const [i, anchor] of spec.anchors.entries()) {
    if (anchor.phrase === '@list') listAnchor ??= i;
    else anchorIndex.add(compilePhrase(anchor.phrase), i);
  }
  for (const phrase of spec.not_anchors) notAnchors.add(compilePhrase(phrase), true);
  const contextWords = new PhraseIndex<true>();
  for (const phrase of spec.context_words) contextWords.add(compilePhrase(phrase), true);
  const actions = Object.entries(spec.actions).flatMap(([action, words]) =>
    words.map((w) => ({ action, phrase: compilePhrase(w) })),
  );
  const actionIndex = new PhraseIndex<number>();
  for (const [i, { phrase }] of actions.entries()) actionIndex.add(phrase, i);
  return {
    spec,
    anchorIndex,
    listAnchor,
    notAnchors,
    contextWords,
    anchors: spec.anchors.map((a) => ({
      phrase: compilePhrase(a.phrase),
      action: a.action,
      requires: a.requires,
      inContext: a.in_context,
      site: a.site,
    })),
    exemptions: spec.exemption_words.map(compilePhrase),
    globalWords: spec.global_words.map(compilePhrase),
    enactingWords: spec.enacting_words.map(compilePhrase),
    actions,
    actionIndex,
    enumValues,
  };
}

/** Parses one event-type file; the error names the file and the field. */
export function parseEventTypeFile(json: unknown, source: string): EventTypeFile {
  return parseData(json, eventTypeFileSchema, `event type ${source}`);
}

const dataDir = join(dirname(fileURLToPath(import.meta.url)), '../../data/event-types');
let cached: EventType[] | undefined;

/** The event types that ship with the package (`data/event-types/*.json`), loaded once. */
export function getEventTypes(): EventType[] {
  cached ??= readdirSync(dataDir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => compileEventType(loadDataFile(`event-types/${f}`, eventTypeFileSchema)));
  return cached;
}
