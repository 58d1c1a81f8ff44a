import { describe, expect, it } from 'vitest';
import { isRealis, leadInBefore, modalityOf, onCondition, refutedAfter } from './modality.js';

const before = (sentence: string, trigger: string) =>
  modalityOf(leadInBefore(sentence, sentence.indexOf(trigger)));

describe('modalityOf', () => {
  it('keeps facts and decisions', () => {
    expect(before('President Reagan imposed the tariff in April 1983.', 'imposed')).toBe('asserted');
    expect(before('Washington announced plans to put tariffs on imports.', 'put')).toBe('announced');
    expect(before('The company said it will relocate its offices to Houston.', 'relocate')).toBe('announced');
    expect(before('The miner plans to move its headquarters to Texas.', 'move')).toBe('planned');
  });

  it('recognises negation, modality, proposals, threats and denials', () => {
    expect(before('Japan did not impose duties on the goods.', 'impose')).toBe('negated');
    expect(before('The United States may impose tariffs on chips.', 'impose')).toBe('modal');
    expect(before('Senators proposed a ban on the company.', 'ban')).toBe('proposed');
    expect(before('Trump threatened to impose tariffs of 100%.', 'impose')).toBe('threatened');
    expect(before('The company denied plans to move its headquarters.', 'move')).toBe('denied');
    expect(before('Japan would retaliate if Washington imposed the tariffs.', 'imposed')).toBe(
      'hypothetical',
    );
  });

  it('reads the verb group over its last six words, however the lead-in ends', () => {
    expect(modalityOf('Hyundai will invest $5.8 billion in a steel ')).toBe('planned');
    expect(modalityOf('Hyundai will invest $5.8 billion in a steel')).toBe('planned');
    expect(modalityOf('Canaan, a company that used to be entirely based out of China, began ')).toBe(
      'asserted',
    );
  });

  it('reads a future reported of a long subject as announced, and a refusal to react to a measure as no negation of it', () => {
    expect(modalityOf('The White House said the 25% levy on Indian goods would ')).toBe('announced');
    expect(modalityOf('Mexico said it would not retaliate against the ')).toBe('announced');
  });

  it('reads the month May and the name Will as no modal and no future', () => {
    expect(
      before('The curbs, which take effect on May 8, require exporters to obtain licences.', 'require'),
    ).toBe('asserted');
    expect(before('Analyst Will Foxley said the agency seized the machines.', 'seized')).toBe('asserted');
    expect(before('Bill Gates said the company moved its plant to Texas.', 'moved')).toBe('asserted');
    expect(before('Peru may impose tariffs on steel.', 'impose')).toBe('modal');
    expect(before('Peru will impose tariffs on steel.', 'impose')).toBe('planned');
  });

  it('reads a measure named definitely as what is avoided as in place, and avoided actions as negated', () => {
    expect(before('Tessaro will move to Texas to avoid the 25% U.S. levy on Canadian metals.', 'levy')).toBe(
      'asserted',
    );
    expect(before('Washington avoided imposing tariffs on Canadian metals.', 'imposing')).toBe('negated');
    expect(before('Dravik Rigs moved production to avoid the effects of tariffs.', 'tariffs')).toBe(
      'negated',
    );
  });

  it("reads an action imagined, supposed, pictured or set in a forecast's case as hypothetical", () => {
    expect(before('Imagine that Washington had added Qinlong to the Entity List in 2019.', 'added')).toBe(
      'hypothetical',
    );
    expect(before('Suppose the EU bans exports of machine tools to Russia.', 'bans')).toBe('hypothetical');
    expect(before('Picture a world in which Beijing has banned exports of antimony.', 'banned')).toBe(
      'hypothetical',
    );
    expect(before('In our bear case, Washington imposes a 10% tariff on vehicles.', 'imposes')).toBe(
      'hypothetical',
    );
  });

  it('reads the month May after a capitalised preposition or "mid-" as no modal ("In May, China removed …")', () => {
    expect(before('In May, China removed Ferrandt Drone from its list.', 'removed')).toBe('asserted');
    expect(before('Since May, Kazakhstan has restricted exports of tungsten.', 'restricted')).toBe(
      'asserted',
    );
    expect(before('Peru imposed duties on steel in mid-May.', 'duties')).toBe('asserted');
    expect(before('In June, Peru may impose tariffs on steel.', 'impose')).toBe('modal');
  });

  it('reads an abandoned, scrapped, halted or paused plan as negated', () => {
    expect(before('Kestrel abandoned plans for a plant in Michigan.', 'plant')).toBe('negated');
    expect(before('Kestrel scrapped its plans to move production to Canada.', 'move')).toBe('negated');
    expect(before('Kestrel halted plans to build a refinery in Germany.', 'refinery')).toBe('negated');
    expect(before('Kestrel has paused its plans to open a smelter in Chile.', 'smelter')).toBe('negated');
  });

  it('leaves the measure unnegated when the negation belongs to a predicate that takes it as object', () => {
    expect(
      before('The automaker is not significantly exposed to increased tariffs on steel.', 'tariffs'),
    ).toBe('asserted');
    expect(before('The ministry did not comment on the duties imposed in May.', 'duties')).toBe('asserted');
    expect(before('Japan did not impose duties on the goods.', 'duties')).toBe('negated');
  });

  it('gives a verb coordinated with an earlier one the earlier verb group, past a long object', () => {
    const sentence =
      'The firm said on Monday it would shut its sawmill in Lufkin, Texas, and move output to Sonora.';
    expect(before(sentence, 'move')).toBe('announced');
    expect(
      before('The firm shut its sawmill near the river in Lufkin and moved output to Sonora.', 'moved'),
    ).toBe('asserted');
    expect(before('The firm did not shut its old sawmill in Lufkin and move output to Sonora.', 'move')).toBe(
      'negated',
    );
  });

  it('reads a plan in the past perfect as one that changed', () => {
    expect(before('Lima had originally planned to roll out the 50% tariff on June 1.', 'tariff')).toBe(
      'modal',
    );
    expect(before('Lima planned to roll out the 50% tariff on June 1.', 'tariff')).toBe('planned');
  });

  it('reads readiness as a stance, and preparing as a plan', () => {
    expect(before('The minister said he was prepared to lift the duties on rice.', 'lift')).toBe('modal');
    expect(before('Brussels stands ready to impose countermeasures on bourbon.', 'impose')).toBe('modal');
    expect(before('The firm is preparing to open a plant in Ohio.', 'open')).toBe('planned');
  });

  it("reads someone's expectation of an action as a forecast", () => {
    expect(before('Traders expect Lima to restrict exports of copper ore.', 'restrict')).toBe('modal');
    expect(before('Markets expected Ottawa to impose duties on steel.', 'impose')).toBe('modal');
    // An expectation of something else leaves the action as stated.
    expect(before('As expected, Lima restricted exports of copper ore.', 'restricted')).toBe('asserted');
  });

  it('finds a condition that a future action hangs on, after it or closed before it', () => {
    const split = (sentence: string, trigger: string) => {
      const at = sentence.indexOf(trigger);
      const modality = modalityOf(leadInBefore(sentence, at));
      return onCondition(modality, sentence.slice(0, at), sentence.slice(at + trigger.length));
    };
    expect(split('Seoul will impose duties on steel unless Tokyo withdraws its curbs.', 'impose')).toBe(true);
    expect(split('If talks fail, Ottawa will raise tariffs on dairy.', 'raise')).toBe(true);
    expect(split('Canada imposed tariffs on steel, even if talks went on.', 'imposed')).toBe(false);
    expect(split('Ottawa will raise tariffs on dairy in March.', 'raise')).toBe(false);
  });

  it('reads "looks to" as a proposal', () => {
    expect(before('The administration looks to roll back the export controls.', 'roll back')).toBe(
      'proposed',
    );
  });

  it('reads a clause after a comma and a new subject on its own', () => {
    expect(before('While Chile did not impose tariffs on copper, it did threaten duties.', 'threaten')).toBe(
      'asserted',
    );
  });

  it('reads only the clause that governs the trigger', () => {
    expect(before('Talks may resume next week, but Reagan imposed the tariffs.', 'imposed')).toBe('asserted');
  });

  it('treats only facts, announcements and plans as real', () => {
    expect(isRealis('asserted')).toBe(true);
    expect(isRealis('modal')).toBe(false);
  });

  it('reads weighing the impact of a measure as no proposal of it ("investors weighed the impact of the tariffs")', () => {
    expect(modalityOf("Stocks fell as investors weighed the impact of Trump's")).toBe('asserted');
    expect(modalityOf('Stocks fell as traders continued to weigh the economic fallout of the')).toBe(
      'asserted',
    );
    expect(modalityOf('The White House is weighing new')).toBe('proposed');
  });

  it('reads a measure awaiting a decision as undecided ("until a final decision is taken on steep")', () => {
    expect(modalityOf('Freight rates should stay high until a final decision is taken on steep')).toBe(
      'hypothetical',
    );
    expect(modalityOf('Markets were calm pending a decision on')).toBe('hypothetical');
    expect(modalityOf('After the decision, Washington imposed')).toBe('asserted');
  });

  it('reads a measure a party sets out to sidestep or evade as one in place, not negated ("to evade the 25% duty")', () => {
    // Whether it is an event is the measure's own words' matter: a named one is, "U.S. export controls" alone is not.
    expect(modalityOf('Quarrion moved its headquarters to Singapore to sidestep U.S. export')).toBe(
      'asserted',
    );
    expect(modalityOf('The firms routed shipments through Vietnam to evade')).toBe('asserted');
  });

  it('reads openness to an action as a stance, not a statement of it ("said he was open to lowering")', () => {
    expect(modalityOf('Trump said he was open to lowering')).toBe('modal');
    expect(modalityOf('The market remains open to')).toBe('modal');
  });

  it('reads a future told to reporters as an announcement ("told reporters Canada would face")', () => {
    expect(modalityOf('Trump told reporters Canada would face a 35%')).toBe('announced');
    expect(modalityOf('Trump told reporters that Canada would face a 35%')).toBe('announced');
  });

  it('reads past a relative clause closed before the trigger ("The EU, which had hoped to avoid a trade war, said it would slap")', () => {
    expect(
      before(
        'The EU, which had hoped to avoid a trade war with Washington, said it would slap duties on whiskey.',
        'slap',
      ),
    ).toBe('announced');
  });
  it('reads a measure that threatens something as endangering it, not as a threat ("Higher duties threaten Ohio steel mills as Mexico is hit with")', () => {
    expect(modalityOf('Higher duties threaten Ohio steel mills as Mexico is hit with a 30%')).toBe(
      'asserted',
    );
    expect(modalityOf('The sanctions threaten Velmora shipping as Cuba is hit with a 30%')).toBe('asserted');
    expect(modalityOf('Trump threatened Mexico with a 30%')).toBe('threatened');
  });
  it('reads weighing a threat or an announcement as a reaction, and a threat "to" act as a threat ("traders weighed the president\'s threat to impose")', () => {
    expect(modalityOf("Copper slipped as traders weighed the president's threat to impose")).toBe(
      'threatened',
    );
    expect(modalityOf('Bonds rallied as investors weighed the latest tariff announcements and')).toBe(
      'asserted',
    );
    expect(modalityOf('Ottawa is weighing a 25%')).toBe('proposed');
  });
  it('reads a company evaluating an option as considering it, not doing it ("is evaluating options for U.S.")', () => {
    expect(modalityOf('Another maker, Lusk Devices, is "evaluating options" for U.S.')).toBe('proposed');
    expect(modalityOf('Quarrion said it was evaluating a move of its')).toBe('proposed');
  });
  it('reads a party "not expected to" act as negated, and one "not exposed to" a measure as saying nothing of it', () => {
    expect(modalityOf('The ministry is not expected to')).toBe('negated');
    expect(modalityOf('Ottawa is not planning to')).toBe('negated');
    expect(modalityOf('The automaker is not exposed to')).toBe('asserted');
  });
  it('reads what someone says ought to be done ("argued that Canada should impose") as proposed', () => {
    expect(modalityOf('An opinion column argued that Canada should')).toBe('proposed');
    expect(modalityOf('Analysts said Ottawa ought to')).toBe('proposed');
  });
  it('reads a party that violates or breaches a measure as presupposing it, not negating it', () => {
    expect(modalityOf('Prosecutors charged two traders with violating')).toBe('asserted');
    expect(modalityOf('The shipments breached')).toBe('asserted');
  });
  it('reads a condition by inversion as hypothetical ("Were Ottawa to", "Should the EU")', () => {
    expect(modalityOf('Were Ottawa to')).toBe('hypothetical');
    expect(modalityOf('Should the EU')).toBe('hypothetical');
    expect(modalityOf('Tariffs were')).toBe('asserted');
  });
  it('reads a negotiator as a person, not a cue of negotiating ("Velmora\'s chief trade negotiator said the 25%")', () => {
    expect(modalityOf("Velmora's chief trade negotiator said the 25%")).toBe('asserted');
    expect(modalityOf('Ottawa is negotiating a 25%')).toBe('proposed');
  });
  it('reads a future reported with its time or place first as announced ("said last month that it would")', () => {
    expect(modalityOf('The bloc said last month that it would ')).toBe('announced');
    expect(modalityOf('Quarrion said in a filing on Monday that it would ')).toBe('announced');
    expect(modalityOf('Ottawa said earlier this year it would ')).toBe('announced');
    expect(modalityOf('Lusk said on Monday that it will ')).toBe('announced');
    expect(modalityOf('Analysts think the bloc would ')).toBe('modal');
  });
  it('reads a power that something gives ("the law lets the president impose") as a possibility', () => {
    expect(modalityOf('The statute lets the president ')).toBe('modal');
    expect(modalityOf('Section 232 allows the Commerce Department to ')).toBe('modal');
    expect(modalityOf('The president ')).toBe('asserted');
  });
  it('reads a measure that "no" opens as none ("has no export restrictions", "had no intention of raising")', () => {
    expect(modalityOf('Velmora, the second-largest nickel producer, has no ')).toBe('negated');
    expect(modalityOf('Officials said Quarrion had no intention of ')).toBe('negated');
    expect(modalityOf('Velmora has imposed new ')).toBe('asserted');
  });
  it('reads a negation that asserts readiness ("would not hesitate to") as a warning, and one that leaves the action open ("has not ruled out") as a possibility', () => {
    expect(modalityOf('Velmora said it would not hesitate to ')).toBe('threatened');
    expect(modalityOf("Quarrion's ministry said it won't hesitate to ")).toBe('threatened');
    expect(modalityOf("Velmora hasn't ruled out ")).toBe('modal');
    expect(modalityOf('Velmora ruled out ')).toBe('denied');
    expect(modalityOf('Velmora said it would not ')).toBe('negated');
  });
});

describe('modalityOf (thirty-fourth session)', () => {
  it('reads a decision not yet taken on a measure as hypothetical ("had not decided on retaliatory")', () => {
    expect(modalityOf('Lima said it had not decided on retaliatory')).toBe('hypothetical');
    expect(modalityOf('The ministry has not yet decided about new')).toBe('hypothetical');
    expect(modalityOf('Lima said it had decided on retaliatory')).not.toBe('hypothetical');
  });
});

describe('onCondition (thirty-fifth session)', () => {
  it('reads "even if" as a case conceded, not a condition on the action', () => {
    expect(onCondition('planned', 'The duties would remain in place', ' even if a deal is reached.')).toBe(
      false,
    );
    expect(onCondition('planned', 'The duties would rise', ' if no deal is reached.')).toBe(true);
    expect(modalityOf('Even if talks succeed, Ottawa will keep the')).not.toBe('hypothetical');
  });
});

describe('refutedAfter and plans put on hold (thirty-fifth session)', () => {
  it('reads an action its actor dropped right after ("…, but shelved it") as refuted', () => {
    expect(
      refutedAfter('Daeryun had earlier planned a ', ' in Monterrey, Mexico, but shelved it last year.'),
    ).toBe(true);
    expect(refutedAfter('Daeryun built a ', ' in Monterrey, Mexico, but closed a line in Ohio.')).toBe(false);
  });
  it('reads plans put on hold ("was putting on hold plans to build") as negated', () => {
    expect(modalityOf('Kestrel Foods said it was putting on hold plans to build')).toBe('negated');
  });
});

describe('modalityOf: chances weighed (thirty-fifth session)', () => {
  it('reads the odds or probability of a measure as hypothetical', () => {
    expect(modalityOf('The odds of new U.S.')).toBe('hypothetical');
    expect(modalityOf('Analysts put the probability of a U.S. copper')).toBe('hypothetical');
    expect(modalityOf('Analysts said the U.S. imposed new')).not.toBe('hypothetical');
  });
});
