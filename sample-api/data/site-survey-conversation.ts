// The solar site survey behind the many-extractions recording: every roof plane, the attic,
// the 200 A panel and the garage EV charger, with two homeowners. Long silences while the
// rep measures, as a real survey has.
import type { SummarySection } from '../types.ts';
import {
  buildTranscript,
  homeowner as elena,
  otherHomeowner as mateo,
  quoteContaining,
  rep as r,
  type Line,
} from './transcript-builder.ts';

const ROOF_MS = 28 * 60_000;
const ATTIC_MS = 14 * 60_000;
const PANEL_MS = 9 * 60_000;
const GARAGE_MS = 7 * 60_000;
const NOTES_MS = 12 * 60_000;

const lines: Line[] = [
  r('Good morning, I am Priya with Keystone Solar. I am here for the site survey the design team needs.'),
  elena('Hi Priya, I am Elena. This is my husband Mateo.'),
  mateo('Morning. How long does this take?'),
  r(
    'About an hour and a half. I measure every roof plane, look at the attic and the electrical panel, and check the garage for the charger.',
  ),
  elena('Okay, we will be around if you need anything.'),
  r('Before I go up, is there anything on the roof I should know about? Leaks, recent repairs?'),
  mateo('We had the roof replaced four years ago after the hail. No leaks since.'),
  r('Great, that helps a lot. I will start on the south side.'),
  r('Okay, I am down. You have four planes that work for solar.', { pauseMs: ROOF_MS }),
  r('The big south plane, the west plane over the garage, and two smaller east planes.'),
  elena('What about the north side?'),
  r('North does not make enough power to be worth it here. And the front dormer has a skylight in the way.'),
  mateo('The pecan tree on the west side, is that a problem?'),
  r('It shades the west plane after about five in the afternoon in summer. I took shade readings, the design team will account for it.'),
  elena('Should we trim it?'),
  r('A trim would help a little, but you do not have to. We will show you the numbers both ways.'),
  r('Next I need to get into the attic to check the rafters.'),
  mateo('The hatch is in the hallway closet.'),
  r('Rafters look good, two by sixes at sixteen inches, no sagging, no water stains.', { pauseMs: ATTIC_MS }),
  elena('That is good news.'),
  r('It means no structural work. Now the electrical panel.'),
  r('Your main panel is two hundred amps, and there is room for the solar breaker. No upgrade needed.', { pauseMs: PANEL_MS }),
  mateo('Our electrician said we might need a new panel.'),
  r('With the battery on a separate gateway you do not. That saves you around three thousand dollars.'),
  elena('What about the car charger? That is the part we care about.'),
  r('Let me look at it.'),
  r('It is a forty-eight amp charger on a sixty amp breaker. We can put it on the backup side.', { pauseMs: GARAGE_MS }),
  mateo('So during an outage we could still charge the car?'),
  r('Yes, from the battery, at a reduced rate so the house keeps power too. I will note that you want the EV charger on backup.'),
  elena('Yes, please. Mateo drives forty miles a day.'),
  r('What else would you want on backup? Most people pick the fridge, the internet, some lights.'),
  elena('Fridge, internet, the lights in the kitchen and the bedrooms, and the garage door.'),
  mateo('And the well pump, if we ever put one in. No, never mind, we are on city water.'),
  r('Good, that keeps the battery size down. What is your utility rate plan?'),
  elena('Pedernales, the standard residential plan I think.'),
  r('Okay, I will need a copy of a recent bill for the design team.'),
  elena('I will email it to you tonight.'),
  r('Any HOA rules about panels on the front of the house?'),
  mateo('The HOA said panels are fine as long as they are not visible from the street, or they are all black.'),
  r('The south plane faces the back, so that is easy. I will write down all black for the west plane to be safe.'),
  r('Give me a few minutes to finish my notes.'),
  r('All right, I have everything the design team needs.', { pauseMs: NOTES_MS }),
  r('Four usable planes, no panel upgrade, rafters are fine, and the charger on backup. You will get a design in about a week.'),
  elena('And the price comes with the design?'),
  r('Yes, the proposal comes with the design, with and without the tree trimmed.'),
  mateo('Sounds good. Thank you for being so thorough.'),
  r('My pleasure. Thank you both, and send me that bill when you can.'),
];

export const SITE_SURVEY_TRANSCRIPT = buildTranscript(lines, {
  '0': 'Priya Natarajan',
  '1': 'Elena Castillo',
  '2': 'Mateo Castillo',
});

export const SITE_SURVEY_SUMMARY_SECTIONS: SummarySection[] = [
  {
    id: 's8a00000-0000-4000-8000-000000000001',
    promptHeader: 'Site findings',
    promptResponse:
      '- Four usable planes: south, west over the garage (pecan shade after 5 pm in summer) and two small east planes.\n' +
      '- Roof replaced four years ago; rafters 2x6 at 16 in., no sagging.\n' +
      '- 200 A main panel with room for the solar breaker: no upgrade.',
    summaryResultIndex: 0,
    quotes: [
      quoteContaining(SITE_SURVEY_TRANSCRIPT, 'You have four planes that work for solar'),
      quoteContaining(SITE_SURVEY_TRANSCRIPT, 'It shades the west plane'),
      quoteContaining(SITE_SURVEY_TRANSCRIPT, 'Your main panel is two hundred amps'),
    ],
  },
  {
    id: 's8a00000-0000-4000-8000-000000000002',
    promptHeader: 'Backup loads',
    promptResponse:
      'The 48 A EV charger goes on the backup side, with the fridge, internet, kitchen and bedroom lights and the garage door.',
    summaryResultIndex: 1,
    quotes: [
      quoteContaining(SITE_SURVEY_TRANSCRIPT, 'We can put it on the backup side'),
      quoteContaining(SITE_SURVEY_TRANSCRIPT, 'Fridge, internet, the lights'),
    ],
  },
  {
    id: 's8a00000-0000-4000-8000-000000000003',
    promptHeader: 'Next steps',
    promptResponse: '- Elena emails a recent Pedernales bill.\n- Design and proposal in about a week, with and without trimming the pecan.',
    summaryResultIndex: 2,
    quotes: [quoteContaining(SITE_SURVEY_TRANSCRIPT, 'I will email it to you tonight.')],
  },
];
