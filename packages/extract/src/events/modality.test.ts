import { describe, expect, it } from 'vitest';
import { isRealis, leadInBefore, modalityOf } from './modality.js';

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
});
