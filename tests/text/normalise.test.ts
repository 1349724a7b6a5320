import { describe, expect, it } from 'vitest';
import { foldDiacritics, foldWord, normalise, stripListNumbering } from '../../src/text/normalise.js';

describe('normalise', () => {
  it('folds case, accents and the ĳ ligature', () => {
    expect(foldDiacritics('Geïnformeerd ĳs Één Straße')).toBe('Geinformeerd ijs Een Strasse');
    expect(normalise('Geïnformeerd ĲS')).toBe('geinformeerd ijs');
    expect(foldWord('“Één,”')).toBe('een');
  });

  it('drops punctuation and collapses whitespace', () => {
    expect(normalise('school-en  onderwijsklimaat.')).toBe('school en onderwijsklimaat');
    expect(normalise('school- en onderwijsklimaat')).toBe(normalise('school-en onderwijsklimaat'));
    expect(normalise('Leerlingen (en ouders) mogen — soms — bellen!')).toBe('leerlingen en ouders mogen soms bellen');
  });

  it('keeps the value of numbers, times and amounts', () => {
    expect(normalise('€ 1.000,- om 12:30')).toBe('€ 1.000 om 12:30');
    expect(normalise('2,5 %')).not.toBe(normalise('25 %'));
    expect(normalise('5 dagen')).not.toBe(normalise('7 dagen'));
  });

  it('strips typed list numbering at the start only', () => {
    expect(stripListNumbering('(1) Die Bestellung')).toBe('Die Bestellung');
    expect(stripListNumbering('2.1 Doel')).toBe('Doel');
    expect(stripListNumbering('a) eerste')).toBe('eerste');
    expect(stripListNumbering('iv. vierde')).toBe('vierde');
    expect(stripListNumbering('• punt')).toBe('punt');
    expect(stripListNumbering('5 dagen')).toBe('5 dagen');
    expect(stripListNumbering('1.000 euro boete')).toBe('1.000 euro boete');
    expect(normalise('3. Leerlingen mogen (1) niet')).toBe('leerlingen mogen 1 niet');
  });
});
