// The spring tune-up behind the value-kinds recording: a 2.5-ton heat pump, a dirty coil, a
// clogged condensate line, a weak blower capacitor and a maintenance plan declined for now.
import type { SummarySection } from '../types.ts';
import { buildTranscript, homeowner as h, quoteContaining, rep as r, type Line } from './transcript-builder.ts';

const TUNE_UP_MS = 14 * 60_000;

const lines: Line[] = [
  r('Morning, Mr. Nguyen. Luis with Keystone, here for the spring tune-up.'),
  h('Good morning. Come in, the unit is out back and the air handler is in the hall closet.'),
  r('Any problems since the last visit?'),
  h('No, it works. Maybe the back bedroom is a little warm in the afternoon.'),
  r('Okay, I will keep an eye on that. It is the two and a half ton heat pump, right?'),
  h('Yes, we put it in about six years ago.'),
  r('Do you know if it is still under the manufacturer warranty?'),
  h('I am not sure. I think I registered it, but I cannot find the papers.'),
  r('No problem, I will check the serial number when I am outside.'),
  h('Thank you. I will be in the kitchen.'),
  r('All right, I am done. Let me go through what I found.', { pauseMs: TUNE_UP_MS }),
  r(
    'The outdoor coil was pretty dirty, lots of cottonwood. I cleaned it, and the temperature split is eighteen and a half degrees now, which is right where it should be.',
  ),
  h('Good.'),
  r('The condensate line was clogged. That is the pipe that drains the water from the air handler. I flushed it out.'),
  h('Is that why there was water in the closet last summer?'),
  r('Very likely. If it backs up, it overflows the pan.'),
  r(
    'Refrigerant is R-410A, suction pressure one eighteen, that is normal. I could not get a good superheat reading today, it is too cool outside.',
  ),
  h('Okay.'),
  r('The one thing I want to show you is the blower capacitor. It is rated thirty-five microfarads and it is reading twenty-eight.'),
  h('What does that mean for me?'),
  r('It is weak. It still starts the blower, but when it goes, it usually goes on the hottest day of the year.'),
  h('How much to replace it?'),
  r('One eighty-five, parts and labor. I have one on the truck.'),
  h('Can you send me that in writing? I want to think about it.'),
  r('Sure, I will email a written quote this afternoon.'),
  r('Also, your filter is a sixteen by twenty-five by one. It was pretty loaded, so I put a new one in.'),
  h('I keep forgetting those.'),
  r(
    'That is exactly what our maintenance plan is for. Two visits a year, filters included, and fifteen percent off repairs like the capacitor.',
  ),
  h('How much is it?'),
  r('Fourteen ninety-five a month.'),
  h('Not right now, thank you. Maybe next year.'),
  r('No problem at all. Your thermostat looks fine, no need to replace it.'),
  r('And no callbacks from us in the last year, so everything we did last time held up.'),
  h('Good. And the warranty?'),
  r('I could not read the serial plate, it is faded. I will have the office look it up and let you know.'),
  h('Thank you, Luis.'),
  r('You are welcome. The quote for the capacitor will be in your email today.'),
];

export const VALUE_KINDS_TRANSCRIPT = buildTranscript(lines, { '0': 'Luis Ortega', '1': 'Minh Nguyen' });

export const VALUE_KINDS_SUMMARY_SECTIONS: SummarySection[] = [
  {
    id: 's7a00000-0000-4000-8000-000000000001',
    promptHeader: 'Work performed',
    promptResponse:
      '- Cleaned the outdoor coil (temperature split 18.5 °F afterwards).\n' +
      "- Flushed a clogged condensate line, the likely cause of last summer's water in the closet.\n" +
      '- Replaced the 16x25x1 filter.',
    summaryResultIndex: 0,
    quotes: [
      quoteContaining(VALUE_KINDS_TRANSCRIPT, 'temperature split is eighteen and a half degrees'),
      quoteContaining(VALUE_KINDS_TRANSCRIPT, 'The condensate line was clogged'),
    ],
  },
  {
    id: 's7a00000-0000-4000-8000-000000000002',
    promptHeader: 'Recommendations',
    promptResponse:
      'The blower capacitor reads 28 µF against a 35 µF rating: replace it ($185). Mr. Nguyen wants a written quote first and declined the maintenance plan for now.',
    summaryResultIndex: 1,
    quotes: [
      quoteContaining(VALUE_KINDS_TRANSCRIPT, 'rated thirty-five microfarads'),
      quoteContaining(VALUE_KINDS_TRANSCRIPT, 'Can you send me that in writing?'),
      quoteContaining(VALUE_KINDS_TRANSCRIPT, 'Not right now, thank you.'),
    ],
  },
];
