// Word lists the text utilities and the diff's significance rules share. Dutch first (most policies), with the
// English equivalents so an English policy is judged the same way. All entries are lower case and diacritics-folded,
// as `foldWord` produces them, so a lookup never depends on how the author typed an accent.

/** Abbreviations that end in a dot but do not end a sentence (the dot is part of the token). */
export const ABBREVIATIONS: readonly string[] = [
  // Dutch
  'art', 'artt', 'bijv', 'bv', 'ca', 'nr', 'nrs', 'blz', 'pag', 'jl', 'enz', 'etc', 'evt', 'incl', 'excl', 'resp',
  'dhr', 'mevr', 'mw', 'drs', 'dr', 'mr', 'ir', 'prof', 'ing', 'tel', 'zgn', 'zg', 'vnl', 'vgl', 'vlg', 'max', 'min',
  'jr', 'sr', 'afd', 'cf', 'aant', 'alg', 'bijl', 'betr', 'bijz', 'hfd', 'hfdst', 'ivm', 'red', 'sept', 'okt', 'nov',
  'dec', 'jan', 'feb', 'febr', 'mrt', 'apr', 'aug', 'str', 'ws',
  // English and German, for the odd non-Dutch document
  'vs', 'abs', 'bzw', 'ggf', 'usw', 'abl',
];

/** Month names and their common abbreviations (Dutch, English, German), for dates written out in words. */
export const MONTHS: readonly string[] = [
  'januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november',
  'december', 'jan', 'feb', 'febr', 'mrt', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'okt', 'nov', 'dec',
  'january', 'february', 'march', 'may', 'june', 'july', 'august', 'october', 'oct',
  'januar', 'februar', 'marz', 'märz', 'mai', 'oktober', 'dezember',
];

/** Written-out numbers: changing "vijf" into "zeven" is as substantive as 5 → 7. ("een" is left out: it is mostly "a".) */
export const NUMBER_WORDS: ReadonlySet<string> = new Set([
  'nul', 'twee', 'drie', 'vier', 'vijf', 'zes', 'zeven', 'acht', 'negen', 'tien', 'elf', 'twaalf', 'dertien',
  'veertien', 'vijftien', 'zestien', 'zeventien', 'achttien', 'negentien', 'twintig', 'dertig', 'veertig', 'vijftig',
  'zestig', 'zeventig', 'tachtig', 'negentig', 'honderd', 'duizend', 'miljoen', 'half', 'halve', 'anderhalf',
  'eerste', 'tweede', 'derde', 'vierde', 'vijfde', 'zesde', 'zevende', 'achtste', 'negende', 'tiende',
  'dubbel', 'dubbele', 'helft', 'kwart',
  'zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'eleven', 'twelve',
  'twenty', 'thirty', 'hundred', 'thousand', 'first', 'second', 'fourth', 'fifth',
  // Not 'ten': in Dutch it is "ten aanzien van", "ten minste", "ten gunste"; nor 'third' ("a third party").
]);

/** Units of time: "binnen vijf werkdagen" → "binnen vijf weken" changes a term. */
export const DURATION_WORDS: ReadonlySet<string> = new Set([
  'seconde', 'seconden', 'minuut', 'minuten', 'uur', 'uren', 'dag', 'dagen', 'werkdag', 'werkdagen', 'schooldag',
  'schooldagen', 'kalenderdag', 'kalenderdagen', 'week', 'weken', 'werkweek', 'schoolweek', 'schoolweken', 'maand',
  'maanden', 'kwartaal', 'kwartalen', 'jaar', 'jaren', 'schooljaar', 'schooljaren', 'semester', 'periode',
  'periodes', 'termijn', 'termijnen', 'lesuur', 'lesuren', 'dagdeel', 'dagdelen',
  'second', 'seconds', 'minute', 'minutes', 'hour', 'hours', 'day', 'days', 'weeks', 'month', 'months', 'year',
  'years',
  // Not English 'term(s)': in policies that is nearly always "the terms of use", not a period.
]);

/** A unit of time after a number is an age, not a term, in these phrases: "jonger dan 16 jaar", "12 jaar oud". */
export const AGE_UNITS: ReadonlySet<string> = new Set(['jaar', 'jarige', 'jarigen', 'year', 'years']);
export const AGE_CUES_BEFORE: ReadonlySet<string> = new Set([
  'jonger', 'ouder', 'vanaf', 'onder', 'boven', 'leeftijd', 'tot', 'younger', 'older', 'under', 'over', 'aged', 'age',
]);
export const AGE_CUES_AFTER: ReadonlySet<string> = new Set(['oud', 'old', 'ouder', 'older', 'jonger', 'younger']);

/** Money and proportions. */
export const AMOUNT_WORDS: ReadonlySet<string> = new Set([
  'euro', 'euros', 'eur', 'cent', 'procent', 'percent', 'promille', 'bedrag', 'bedragen', 'vergoeding', 'boete',
  'boetes', 'kosten', 'bijdrage', 'ouderbijdrage', 'tarief',
]);

/**
 * People and bodies a policy gives duties or rights: swapping one for another changes who must act. The
 * abbreviations in ACRONYM_ROLES count only when written in capitals: "MR" is the participation council, "mr." a
 * title and "or" the English conjunction.
 */
export const ROLE_WORDS: ReadonlySet<string> = new Set([
  'leidinggevende', 'leidinggevenden', 'directeur', 'directeuren', 'directie', 'adjunct', 'locatiedirecteur',
  'schoolleider', 'schoolleiding', 'teamleider', 'teamleiders', 'afdelingsleider', 'rector', 'conrector',
  'bestuur', 'bestuurder', 'bestuurders', 'college', 'raad', 'toezichthouder', 'mentor', 'mentoren',
  'coach', 'coaches', 'ouder', 'ouders', 'verzorger', 'verzorgers', 'voogd', 'medewerker', 'medewerkers',
  'personeel', 'personeelslid', 'personeelsleden', 'werknemer', 'werknemers', 'werkgever', 'leerling', 'leerlingen',
  'student', 'studenten', 'cursist', 'cursisten', 'deelnemer', 'deelnemers', 'docent', 'docenten', 'leraar',
  'leraren', 'leerkracht', 'leerkrachten', 'onderwijsassistent', 'stagiair', 'stagiairs', 'stagiaire',
  'vrijwilliger', 'vrijwilligers', 'vertrouwenspersoon', 'functionaris', 'coordinator', 'zorgcoordinator',
  'decaan', 'conciërge', 'concierge', 'preventiemedewerker', 'mr', 'gmr', 'medezeggenschapsraad', 'ondernemingsraad',
  'or', 'leerlingenraad', 'studentenraad', 'ouderraad', 'inspectie', 'politie', 'leerplichtambtenaar',
  'gemeente', 'gezag', 'betrokkene', 'betrokkenen', 'gebruiker', 'gebruikers', 'derden',
  'principal', 'director', 'manager', 'board', 'parent', 'parents', 'guardian', 'guardians', 'employee',
  'employees', 'staff', 'pupil', 'pupils', 'students', 'teacher', 'teachers', 'mentors', 'governors',
]);

export const ACRONYM_ROLES: ReadonlySet<string> = new Set(['mr', 'gmr', 'or']);

/**
 * Words that create, soften or remove a duty or a permission. Not the verbs of possibility and future ("kan",
 * "kunnen", "zal", "zou", "can", "will", "would"): in real revisions they almost always describe what can or will
 * happen ("zodat de gegevens kunnen worden opgehaald"), and a change from or to a real duty is caught by the duty
 * word itself ("kan → moet": 'moet' added). Some words are duties only in a certain place; see significance.ts.
 */
export const MODAL_WORDS: ReadonlySet<string> = new Set([
  'moet', 'moeten', 'moest', 'moesten', 'mag', 'mogen', 'mocht', 'mochten', 'dient', 'dienen', 'diende', 'dienden',
  'hoeft', 'hoeven', 'behoort', 'behoren',
  'verplicht', 'verplichte', 'verplichting', 'verplichtingen', 'verboden', 'verbod', 'toegestaan', 'toestemming',
  'gehouden', 'bevoegd', 'gerechtigd', 'vrijgesteld', 'uitsluitend', 'alleen', 'slechts', 'altijd', 'steeds',
  'uitdrukkelijk', 'eventueel', 'desgewenst', 'voorkeur',
  'must', 'shall', 'should', 'may', 'required', 'prohibited', 'allowed', 'allow',
  'permitted', 'forbidden', 'mandatory', 'only', 'always',
]);

/** Negations: adding or dropping one turns a rule around. */
export const NEGATION_WORDS: ReadonlySet<string> = new Set([
  'niet', 'geen', 'nooit', 'niets', 'niemand', 'nergens', 'noch', 'zonder', 'behalve', 'tenzij',
  'not', 'no', 'never', 'nothing', 'nobody', 'none', 'without', 'unless', 'except',
]);

/**
 * Words whose change alone does not change what a rule says: articles and demonstratives ("dit protocol" →
 * "het protocol"). Deliberately short: "en" → "of", "van" → "voor", "niet", "wel" all change meaning.
 */
export const STOPWORDS: ReadonlySet<string> = new Set([
  'de', 'het', 'een', "'t", 'dit', 'deze', 'dat', 'die', 'der', 'den', 'des',
  'the', 'a', 'an', 'this', 'that', 'these', 'those',
]);
