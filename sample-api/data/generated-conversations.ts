// Transcripts for the generated inbox and follow-up recordings, so every sample recording can be
// read, played and coached. Each is written from the recording itself (trade from its team,
// language, door knock or visit, outcome, rep and household) with a few variants picked by a PRNG
// seeded from the id; the silences (the rep inspecting, then writing up the quote) stretch it to
// the recording's duration.
import type { Recording, Transcript } from '../types.ts';
import { HVAC, ROOFING, SOLAR, WINDOWS, WINDOWS_MONTREAL } from './org.ts';
import { prng } from './prng.ts';
import { buildTranscript, homeowner as h, rep as r, type Line } from './transcript-builder.ts';

type Trade = {
  work: string;
  doorQuestion: string;
  pain: readonly string[];
  inspect: string;
  doorInspect: string;
  found: readonly string[];
  detail: string;
  options: string;
  price: (amount: string) => string;
  range: readonly [number, number];
};

const TRADES: ReadonlyMap<string, Trade> = new Map([
  [
    ROOFING.teamId,
    {
      work: 'roof',
      doorQuestion: 'Any problems with the roof since the hail in March?',
      pain: [
        'We had a leak in the upstairs bedroom after the last storm.',
        'There are shingles in the yard after every storm, and now a leak over the garage.',
      ],
      inspect: 'Mind if I get up on the roof and into the attic? Give me a little while.',
      doorInspect: 'Let me take a quick look from the yard.',
      found: [
        'Okay, I found hail hits on every slope, and the granules are washing into the gutters.',
        'I found three cracked shingles over the garage, right above where you see the leak.',
      ],
      detail: 'The ridge line has no sagging, so the decking should be fine under the shingles.',
      options: 'I can price it both ways, with and without the new gutters.',
      price: (amount) => `The full replacement comes to ${amount}, tear-off and cleanup included.`,
      range: [14_000, 24_000],
    },
  ],
  [
    SOLAR.teamId,
    {
      work: 'solar',
      doorQuestion: 'What do your power bills look like this summer?',
      pain: ['Our bills run about two forty a month in the summer.', 'We sat without power for a day after the last storm.'],
      inspect: 'Let me look at the roof and at your electrical panel, it takes a little while.',
      doorInspect: 'Let me look at how the roof faces from the street.',
      found: [
        'Good news: the main roof faces south, and I found room for the solar breaker in your panel.',
        'I found a good spot for the panels on the back, it faces south with almost no shade.',
      ],
      detail: 'The big oak shades the west side in the afternoon, so I left that plane out.',
      options: 'I can design it both ways, with and without a battery for outages.',
      price: (amount) => `Twenty-two panels with the inverter come to ${amount} before the tax credit.`,
      range: [24_000, 38_000],
    },
  ],
  [
    HVAC.teamId,
    {
      work: 'air conditioning',
      doorQuestion: 'Any problems with the air conditioning this summer?',
      pain: ['The upstairs stays warm no matter what we set the thermostat to.', 'The unit was dripping water in the attic last week.'],
      inspect: 'Let me check the outdoor unit and the air handler first.',
      doorInspect: 'Let me listen to the outdoor unit for a minute.',
      found: [
        'All right, I found the coil iced up and the refrigerant a little low.',
        'I found the drain pan full and the filter completely loaded.',
      ],
      detail: 'The capacitor is rated forty-five and reads thirty-eight, so it is weak too.',
      options: 'I can quote it both ways: a repair now, or a new heat pump with and without the maintenance plan.',
      price: (amount) => `A new three-ton heat pump, installed, is ${amount}.`,
      range: [9_000, 16_000],
    },
  ],
  [
    WINDOWS.teamId,
    {
      work: 'windows',
      doorQuestion: 'Any problems with drafts or foggy windows this winter?',
      pain: [
        'The front windows are dripping with condensation every winter morning.',
        'You can feel the draft, and the frame of the back door is dented.',
      ],
      inspect: 'Let me measure the openings and check the frames.',
      doorInspect: 'Let me look at the frames from out here.',
      found: [
        'I found rot in two of the sills, and the seals have failed on the picture window.',
        'I found gaps around four of the frames, that is where the draft comes from.',
      ],
      detail: 'The new units are rated for Texas heat, with low-E glass on every pane.',
      options: 'I can price it both ways, with and without the patio door.',
      price: (amount) => `All eleven windows, installed, come to ${amount}.`,
      range: [12_000, 22_000],
    },
  ],
]);

const OPENINGS = [
  (rep: string) => `Good afternoon, I am ${rep} with Keystone. Thanks for having me over.`,
  (rep: string) => `Hi, ${rep} with Keystone. We spoke on the phone yesterday.`,
];
const DOOR_OPENINGS = [
  (rep: string) => `Hi there, I am ${rep} with Keystone. We are working on a few houses on your street.`,
  (rep: string) => `Hello, ${rep} with Keystone. Sorry to bother you on a Saturday.`,
];
const HOMEOWNER_FIRST = ['Karen', 'David', 'Maria', 'James', 'Linh', 'Robert', 'Fatima', 'Greg'];
const FRENCH_HOMEOWNER_FIRST = ['Isabelle', 'Marc', 'Sophie', 'Jean-François', 'Nathalie', 'Luc', 'Geneviève', 'Karim'];
const DOLLARS = (amount: number) => `$${amount.toLocaleString('en-US')}`;
const FRENCH_DOLLARS = (amount: number) => `${amount.toLocaleString('en-US').replace(',', ' ')} dollars`;

type Seed = {
  door: boolean;
  outcome: 'POSITIVE' | 'NEGATIVE' | 'NEUTRAL';
  repFirst: string;
  partner: 'wife' | 'husband';
  pick: <T>(list: readonly T[]) => T;
  amount: number;
};

/** A visit in English: discovery, inspection, findings, price, the homeowner's answer, next steps. */
function englishVisit(s: Seed, trade: Trade): Line[] {
  const monthly = Math.round(s.amount / 120 / 5) * 5;
  const lines: Line[] = [
    r(s.pick(OPENINGS)(s.repFirst)),
    h('Come on in, thanks for coming.'),
    r('How long have you lived in the house?'),
    h('About eleven years now.'),
    r(`So what got you to call us about the ${trade.work}?`),
    h(s.pick(trade.pain)),
    r('How long has that been going on?'),
    h('Since the spring, and it is getting worse.'),
    r('Will anyone else be part of the decision?'),
    h(`My ${s.partner} handles the budget, so the numbers go through ${s.partner === 'wife' ? 'her' : 'him'}.`),
    r(trade.inspect),
    r(s.pick(trade.found), { pauseMs: INSPECTION }),
    h('Is that bad?'),
    r(trade.detail),
    r('We have been doing this for twenty-two years, and the work comes with a lifetime warranty.'),
    h('Good to know.'),
    r(trade.options),
    h('Let us hear both.'),
    r('Give me a few minutes to write up the numbers.'),
    r(trade.price(DOLLARS(s.amount)), { pauseMs: WRITE_UP }),
    r(`Or about ${DOLLARS(monthly)} a month with our financing.`),
  ];
  if (s.outcome === 'POSITIVE') {
    lines.push(
      h('Another company came out last month, but they never really looked at anything.'),
      r('That is why I inspect before I price anything.'),
      h('That is a little more than I was hoping.'),
      r('I understand. Most families pick the twelve-year plan, and nothing is due until the job is done.'),
      h('How much would the first payment be?'),
      r('Nothing until the crew has finished and you have signed off.'),
      h('Okay, that works for us.'),
      r('Then if you sign here, we can get you on the schedule.'),
      h('Let us do it.'),
      r('Great. The crew will call you this week, and the contract will be in your email tonight.'),
      r('Here is my card with my cell if anything comes up.'),
      h(`Thank you, ${s.repFirst}.`),
    );
  } else if (s.outcome === 'NEUTRAL') {
    lines.push(
      h('I need to think about it, it is a lot of money.'),
      r('That makes sense. What part would you want to think over?'),
      h('Mostly the price. We have another company coming out on Friday.'),
      r('That is fair. Compare the warranties line by line, not only the price.'),
      r(`How about Monday at six, when your ${s.partner} can be here too?`),
      h('Monday works.'),
      r('I will send a written quote tonight, and see you Monday.'),
    );
  } else {
    lines.push(
      h('That is too expensive. We got a quote from another company for a lot less.'),
      r('Was the other company quoting the same materials and the same warranty?'),
      h('I would rather not get into it. We are leaning toward them.'),
      r('How about Thursday at five, so I can walk you through the difference?'),
      h('No, we are not really looking to set anything else up.'),
      r('Understood. I will leave the written quote, and if anything changes I will just come by.'),
    );
  }
  return lines;
}

function englishDoorKnock(s: Seed, trade: Trade): Line[] {
  const lines: Line[] = [
    r(s.pick(DOOR_OPENINGS)(s.repFirst)),
    r('Do you have a minute?'),
    h('A minute, sure.'),
    r(trade.doorQuestion),
    h(s.pick(trade.pain)),
    r(trade.doorInspect),
    r(s.pick(trade.found), { pauseMs: INSPECTION }),
    h('How much does a job like that run?'),
    r(`Jobs like this on your street run about ${DOLLARS(Math.round(s.amount / 1000) * 1000)}.`),
  ];
  if (s.outcome === 'POSITIVE') {
    lines.push(
      h('And what would that be a month?'),
      r('About a hundred and fifty a month with financing.'),
      r('How about Thursday at five for a full inspection?'),
      h('Sure, Thursday is fine.'),
      r('See you Thursday then.'),
    );
  } else if (s.outcome === 'NEUTRAL') {
    lines.push(
      h('Not right now, we are busy this month.'),
      r('No problem. Here is my card with my cell.'),
      r('I will just come by again next month.'),
    );
  } else {
    lines.push(
      h('We already got a quote from another company.'),
      r('Was the other company local?'),
      h('I would rather not say. Have a good day.'),
      r('You too. I will leave a written quote in the door.'),
    );
  }
  return lines;
}

const FRENCH_OPENINGS = [
  (rep: string) => `Bonjour, ${rep} de Keystone. Merci de me recevoir.`,
  (rep: string) => `Bonjour! ${rep}, de chez Keystone, on s'est parlé au téléphone.`,
];
const FRENCH_PAIN = [
  "Les fenêtres du salon sont givrées tout l'hiver, à l'intérieur.",
  "On sent l'air froid passer, et les vitres sont givrées le matin.",
];

function frenchVisit(s: Seed): Line[] {
  const monthly = Math.round(s.amount / 120 / 5) * 5;
  const partner = s.partner === 'wife' ? 'ma conjointe' : 'mon conjoint';
  const lines: Line[] = [
    r(s.pick(FRENCH_OPENINGS)(s.repFirst)),
    h('Entrez, entrez.'),
    r('Vous êtes dans la maison depuis longtemps?'),
    h('Depuis quinze ans.'),
    r("Qu'est-ce qui vous amène à penser aux fenêtres cette année?"),
    h(s.pick(FRENCH_PAIN)),
    r(`${partner === 'ma conjointe' ? 'Votre conjointe' : 'Votre conjoint'} participe aussi à la décision?`),
    h(`Oui, ${partner} est copropriétaire, il faudra lui montrer les chiffres.`),
    r('Je vais prendre les mesures et regarder les cadres.'),
    r('Bon, les cadres du salon sont en bon état.', { pauseMs: INSPECTION }),
    r('Par contre, il reste du vitrage simple sur quatre fenêtres.'),
    h("C'est pour ça qu'on gèle."),
    r('Nous offrons une garantie de vingt-cinq ans, et vous avez droit à la subvention Rénoclimat.'),
    r("Je peux vous proposer deux options: le PVC ou l'hybride aluminium."),
    h('Montrez-moi les deux.'),
    r('Je prépare la soumission, donnez-moi quelques minutes.'),
    r(`Pour les onze fenêtres, c'est ${FRENCH_DOLLARS(s.amount)}, installation comprise.`, { pauseMs: WRITE_UP }),
    r(`Avec le financement, c'est environ ${monthly} dollars par mois.`),
  ];
  if (s.outcome === 'POSITIVE') {
    lines.push(
      h('Je suis plutôt prudente avec ce genre de dépense.'),
      r('Je comprends. La subvention couvre une partie, et le financement est sans intérêt la première année.'),
      h("D'accord, on y va."),
      r('Alors vous pouvez signer ici.'),
      r("Je vous envoie le contrat ce soir, et l'installateur vous appelle la semaine prochaine."),
    );
  } else if (s.outcome === 'NEUTRAL') {
    lines.push(
      h(`Je préfère attendre d'en parler avec ${partner}.`),
      r("Bien sûr. Qu'est-ce qui vous fait hésiter?"),
      h("On a aussi une soumission d'une autre entreprise."),
      r('Je vous rappelle jeudi soir, quand vous serez tous les deux là?'),
      h('Oui, jeudi soir.'),
      r('Parfait. Je vous envoie la soumission par courriel ce soir.'),
    );
  } else {
    lines.push(
      h("Non, c'est trop cher pour nous."),
      h('Une autre compagnie nous a fait un meilleur prix.'),
      r('Je vous rappelle dans un mois, au cas où?'),
      h('Je préfère attendre, merci.'),
      r('Je vous envoie quand même la soumission, vous pourrez comparer.'),
    );
  }
  return lines;
}

function frenchDoorKnock(s: Seed): Line[] {
  const lines: Line[] = [
    r(s.pick(FRENCH_OPENINGS)(s.repFirst)),
    r('Vous avez une minute?'),
    h('Une minute, oui.'),
    r("Qu'est-ce qui vous amène à regarder nos dépliants?"),
    h(s.pick(FRENCH_PAIN)),
    r('Je regarde les cadres de la rue.'),
    r('Il reste du vitrage simple en façade.', { pauseMs: INSPECTION }),
    h('Combien ça coûte, à peu près?'),
    r(`Pour la façade, c'est autour de ${FRENCH_DOLLARS(Math.round(s.amount / 3000) * 1000)}.`),
  ];
  if (s.outcome === 'POSITIVE') {
    lines.push(
      h("C'est raisonnable. Et par mois?"),
      r('Avec le financement, autour de 90 dollars par mois.'),
      r('Je vous rappelle la semaine prochaine pour une visite complète?'),
      h("D'accord."),
    );
  } else if (s.outcome === 'NEUTRAL') {
    lines.push(h('Je préfère attendre au printemps.'), r('Bien sûr. Je vous rappelle en mars?'), h("D'accord."));
  } else {
    lines.push(h('Une autre compagnie passe la semaine prochaine.'), h("C'est trop cher pour nous de toute façon."));
  }
  lines.push(r('Je vous envoie ma carte par courriel.'));
  return lines;
}

/** Marks the silence while the rep inspects; stretched to fit the recording's duration. */
const INSPECTION = -1;
/** Marks the silence while the rep writes up the quote. */
const WRITE_UP = -2;
const GAP_MS = 2_500;
const LONGEST_DOOR_KNOCK_MS = 12 * 60_000;
const LONGEST_WRITE_UP_MS = 4 * 60_000;
const END_MS = 4_200;

function hashOf(text: string): number {
  let hash = 2_166_136_261;
  for (const char of text) hash = Math.imul(hash ^ (char.codePointAt(0) ?? 0), 16_777_619);
  return hash >>> 0;
}

/** Rep full name and household surname, from the fields the generators fill in. */
function peopleOf(recording: Recording) {
  const repName = recording.summary?.split(' met ')[0]?.trim() || 'Keystone rep';
  const surname = recording.title?.split(' – ')[0] ?? /met the (.+?) household/u.exec(recording.summary ?? '')?.[1] ?? 'Homeowner';
  return { repName, surname };
}

export function generatedTranscript(recording: Recording): Transcript {
  const random = prng(hashOf(recording.id));
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
  const trade = TRADES.get(recording.teamId ?? '') ?? null;
  const french = recording.teamId === WINDOWS_MONTREAL.teamId;
  const { repName, surname } = peopleOf(recording);
  const [low, high] = (trade ?? TRADES.get(WINDOWS.teamId))?.range ?? [10_000, 20_000];
  const seed: Seed = {
    // A door knock that lasted has become a visit: the rep was invited in.
    door: recording.conversationType === 'Door knock' && (recording.durationInMilliseconds ?? 0) <= LONGEST_DOOR_KNOCK_MS,
    outcome:
      recording.universalOutcomeLabel === 'POSITIVE' ? 'POSITIVE' : recording.universalOutcomeLabel === 'NEGATIVE' ? 'NEGATIVE' : 'NEUTRAL',
    repFirst: repName.split(' ')[0] ?? repName,
    partner: random() < 0.5 ? 'wife' : 'husband',
    pick,
    amount: Math.round((low + random() * (high - low)) / 100) * 100,
  };
  const script = french
    ? seed.door
      ? frenchDoorKnock(seed)
      : frenchVisit(seed)
    : seed.door
      ? englishDoorKnock(seed, trade ?? TRADES.get(ROOFING.teamId)!)
      : englishVisit(seed, trade ?? TRADES.get(ROOFING.teamId)!);
  const speakerMap = { '0': repName, '1': `${pick(french ? FRENCH_HOMEOWNER_FIRST : HOMEOWNER_FIRST)} ${surname}` };
  const withPauses = (inspection: number, writeUp: number) =>
    script.map((line) =>
      line.pauseMs === INSPECTION ? { ...line, pauseMs: inspection } : line.pauseMs === WRITE_UP ? { ...line, pauseMs: writeUp } : line,
    );
  const natural = buildTranscript(withPauses(GAP_MS, GAP_MS), speakerMap);
  const spare = (recording.durationInMilliseconds ?? 0) - END_MS - (natural.utterances.at(-1)?.endTimeInMillis ?? 0);
  if (spare <= 0) return natural;
  const hasWriteUp = script.some((line) => line.pauseMs === WRITE_UP);
  const writeUp = hasWriteUp ? Math.min(Math.floor(spare * 0.3), LONGEST_WRITE_UP_MS) : 0;
  const inspection = spare - writeUp;
  return buildTranscript(withPauses(GAP_MS + inspection, GAP_MS + writeUp), speakerMap);
}
