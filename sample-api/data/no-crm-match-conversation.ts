// The hail-canvass door knock behind the no-CRM-match recording: a homeowner who gives no last
// name, dented gutters, granules in the downspouts, no claim yet and a Saturday inspection.
import type { SummarySection } from '../types.ts';
import { buildTranscript, homeowner as h, quoteContaining, rep as r, type Line } from './transcript-builder.ts';

const lines: Line[] = [
  r("Hi there, sorry to bother you. Marcus with Keystone Home Exteriors. We are out on the street after Sunday's hailstorm."),
  h('Oh, okay. We are not really looking to buy anything.'),
  r('Totally understand, I am not selling anything at the door. We are just letting folks know what we are seeing on the block.'),
  h('What are you seeing?'),
  r('Your neighbors three houses down had hail damage on the ridge and the gutters. Did you notice anything after Sunday?'),
  h('Actually, yes. The gutters on the front are dented, you can see it from the driveway.'),
  r('I saw that walking up. Those dents are usually from hail about an inch across.'),
  h('And when I cleaned out the downspout there was a bunch of that sandy stuff in it.'),
  r('Those are granules from your shingles. When hail knocks them loose, they end up in the downspouts.'),
  h('Is that bad?'),
  r('It can be. The granules protect the shingle. Losing a lot of them at once usually means the hail bruised the roof.'),
  h('Great. We just finished paying off the car.'),
  r('Have you called your insurance company yet?'),
  h('No, I was not sure if it was worth it.'),
  r('Most policies here cover hail, and you usually have a year to file. But you want to know what is up there before you call.'),
  h('How would I know that?'),
  r('That is what we do. I can come back and do a free inspection, take photos of everything, and you decide from there.'),
  h('Free, like actually free?'),
  r('Actually free. If there is no damage, I will tell you that too and you will not hear from me again.'),
  h('Okay. My husband is home on Saturday, he would want to be here.'),
  r('Saturday works. How is nine in the morning?'),
  h('Nine is fine.'),
  r('Great. Can I get a name and a number so I can text you the day before?'),
  h('Just put Linda. I would rather not give the number yet.'),
  r('No problem, Linda. I will just come by at nine on Saturday. Here is my card with my cell on it.'),
  h('Thanks. And you said Keystone?'),
  r('Keystone Home Exteriors, we have been in Dallas twenty-two years. You can look us up before Saturday.'),
  h('I will. Thank you, Marcus.'),
  r('Thank you Linda, have a good afternoon. See you Saturday at nine.'),
];

export const NO_CRM_MATCH_TRANSCRIPT = buildTranscript(lines, { '0': 'Marcus Bell', '1': 'Customer' });

export const NO_CRM_MATCH_SUMMARY_SECTIONS: SummarySection[] = [
  {
    id: 's6a00000-0000-4000-8000-000000000001',
    promptHeader: 'Key points',
    promptResponse:
      '- Dented front gutters and shingle granules in the downspout after the April 12 hailstorm.\n' +
      '- No insurance claim filed yet.\n' +
      '- Gave only her first name (Linda) and no phone number.',
    summaryResultIndex: 0,
    quotes: [
      quoteContaining(NO_CRM_MATCH_TRANSCRIPT, 'The gutters on the front are dented'),
      quoteContaining(NO_CRM_MATCH_TRANSCRIPT, 'a bunch of that sandy stuff'),
      quoteContaining(NO_CRM_MATCH_TRANSCRIPT, 'No, I was not sure if it was worth it.'),
    ],
  },
  {
    id: 's6a00000-0000-4000-8000-000000000002',
    promptHeader: 'Next steps',
    promptResponse: 'Free roof inspection on Saturday at 9 am with both homeowners present; create a lead for the address.',
    summaryResultIndex: 1,
    quotes: [quoteContaining(NO_CRM_MATCH_TRANSCRIPT, 'How is nine in the morning?')],
  },
];
