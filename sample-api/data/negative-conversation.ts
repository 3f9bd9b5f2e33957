// The solar consultation behind the NEGATIVE recording: a 9.6 kW system with a Powerwall, a
// price objection, then distrust (a neighbour's lien dispute), a possible move and a Sunrun
// lease offer. Three speakers: Samuel joins halfway. Agrees with outcome-recordings.ts.
import type { SummarySection } from '../types.ts';
import {
  buildTranscript,
  homeowner as grace,
  quoteContaining,
  rep as r,
  otherHomeowner as samuel,
  type Line,
} from './transcript-builder.ts';

const SITE_CHECK_MS = 17 * 60_000;
const DESIGN_MS = 11 * 60_000;
const WAITING_FOR_SAMUEL_MS = 9 * 60_000;
const WORK_CALL_MS = 6 * 60_000;
const PRIVATE_TALK_MS = 8 * 60_000;

const lines: Line[] = [
  r('Hi, Grace? Priya Natarajan with Keystone Solar. Thanks for making time this evening.'),
  grace('Hi Priya, come in. Samuel is on his way back from work, he should be here in a bit.'),
  r('No problem, we can start with the house and the bills and catch him up when he gets here.'),
  grace('Sounds good. I pulled up the last twelve months from Austin Energy like you asked.'),
  r('Perfect. What does a typical month look like?'),
  grace('It averages about one eighty-five, but July and August were close to three hundred.'),
  r('That is pretty typical out here with the AC running all afternoon. Any plans for an electric car or a pool?'),
  grace('Not right now. Maybe a car in a few years.'),
  r('Okay. What made you want to look at solar now?'),
  grace('Honestly the outage in February. We lost power for almost two days and the freezer was a mess.'),
  r('That is why most people ask about the battery. Let me take a look at the roof and the panel first.'),
  grace('Go ahead, the panel is in the garage.'),
  r('All done. Good news, the south and west planes get full sun, and your panel has room for the battery.', { pauseMs: SITE_CHECK_MS }),
  grace('Oh good. I was worried about the big pecan tree out back.'),
  r('It shades the back plane in the late afternoon, so I left that one off the design.'),
  r('Give me a few minutes and I will put the system together on the tablet.'),
  r('Okay, here is what I would recommend: twenty-four panels, nine point six kilowatts, and one Tesla Powerwall.', { pauseMs: DESIGN_MS }),
  r(
    'That covers about ninety-five percent of your usage, and the Powerwall keeps the fridge, the lights and the internet on in an outage.',
  ),
  grace('And what does that cost?'),
  r('The total is thirty-one thousand eight hundred, before the thirty percent federal tax credit.'),
  grace('Thirty-one thousand? That is a lot more than I expected.'),
  r('I understand. After the credit you are closer to twenty-two thousand three hundred.'),
  grace('It is still a lot of money. I think we should wait for Samuel before we go further.'),
  r('Of course, that is the right call.'),
  samuel('Hi, sorry I am late. Samuel. Traffic on 130 was terrible.', { pauseMs: WAITING_FOR_SAMUEL_MS }),
  r('Nice to meet you, Samuel. I was just walking Grace through the design.'),
  grace('It is a nine point six system with a battery, about thirty-two thousand before the tax credit.'),
  samuel('That is more than the whole kitchen remodel.'),
  r('It is a big number. The way most families look at it is against the electric bill they pay for the next twenty-five years.'),
  samuel('I hear you. My concern is honestly a different one.'),
  samuel('Our neighbor, the Harrises across the street, had panels put in two years ago and the installer put a lien on their house.'),
  grace('They are still fighting with them. It has been a nightmare.'),
  r('I am sorry to hear that. Do you know which company it was?'),
  samuel('Some outfit from Houston. They went out of business, and now nobody will service the system.'),
  r('That does happen in this industry, and it is exactly why we do our own installs and our own service.'),
  samuel('Who services the system if Keystone stops selling solar?'),
  r('Tesla warranties the Powerwall for ten years and the panel manufacturer for twenty-five, whatever happens to us.'),
  r('And our service department handles roofing and HVAC too, so solar is not the only thing keeping us in business.'),
  samuel('But if you stop selling solar, who comes out when something breaks?'),
  r('Our service contract transfers to another certified installer. I can put that in writing for you.'),
  samuel('Hmm.'),
  r('Let me make it easier. If you sign today I can take five percent off, so twenty-nine thousand four hundred.'),
  r('And we include a twenty-five year production guarantee: if the system makes less than we promise, we pay you the difference.'),
  grace('That does help with the price.'),
  r('With financing, that is about one ninety a month, close to what you pay Austin Energy today.'),
  samuel('We do not want a loan on the house. We might not even be here in three years.'),
  r('Oh, are you thinking about moving?'),
  samuel('My company is opening an office in Denver and they asked me to think about relocating.'),
  grace('Nothing is decided. But it could happen.'),
  r('Solar does transfer with the house, and homes with solar usually sell faster. But I understand not wanting to commit right now.'),
  samuel('Excuse me, I have to take this, it is my manager.'),
  samuel('Sorry about that. Where were we?', { pauseMs: WORK_CALL_MS }),
  r('We were talking about the move. Would it help if I came back once you know more about Denver?'),
  grace('Can we have a minute to talk about it between us?'),
  r('Of course, take your time. I will be at the table.'),
  grace('Priya, we talked about it. We are going to pass for now.', { pauseMs: PRIVATE_TALK_MS }),
  samuel('Sunrun offered us a lease with nothing down, and that is a lot less risk for us if we move.'),
  r('I understand. A lease can make sense if you might move. Can I at least leave the service guarantee in writing?'),
  samuel('Sure, leave it. But please do not call us for at least six months.'),
  r('Okay. No second visit then, and I will note no calls for six months.'),
  grace('Thank you for understanding, Priya. You explained it well.'),
  r('Thank you both. If Denver falls through and you want to look again, my number is on the card.'),
  samuel('Will do. Have a good night.'),
];

export const NEGATIVE_TRANSCRIPT = buildTranscript(lines, {
  '0': 'Priya Natarajan',
  '1': 'Grace Okafor',
  '2': 'Samuel Okafor',
});

export const NEGATIVE_SUMMARY_SECTIONS: SummarySection[] = [
  {
    id: 's5a00000-0000-4000-8000-000000000001',
    promptHeader: 'Key points',
    promptResponse:
      '- Bills average about $185 a month, near $300 in summer; the February outage is why they looked at a battery.\n' +
      '- Proposed 24 panels (9.6 kW) and one Powerwall at $31,800 before the 30% federal credit.\n' +
      '- Samuel joined late; both decide together.',
    summaryResultIndex: 0,
    quotes: [
      quoteContaining(NEGATIVE_TRANSCRIPT, 'It averages about one eighty-five'),
      quoteContaining(NEGATIVE_TRANSCRIPT, 'twenty-four panels, nine point six kilowatts'),
      quoteContaining(NEGATIVE_TRANSCRIPT, 'The total is thirty-one thousand eight hundred'),
    ],
  },
  {
    id: 's5a00000-0000-4000-8000-000000000002',
    promptHeader: 'Objections',
    promptResponse:
      'Price first, then trust: a neighbour is still in a lien dispute with an installer that went out of business, and Samuel asked twice who would service the system. ' +
      'The 5% same-day discount ($29,400) and the production guarantee did not answer the last one: they may move to Denver within three years and do not want a loan on the house.',
    summaryResultIndex: 1,
    quotes: [
      quoteContaining(NEGATIVE_TRANSCRIPT, 'installer put a lien on their house'),
      quoteContaining(NEGATIVE_TRANSCRIPT, 'Who services the system if Keystone stops selling solar?'),
      quoteContaining(NEGATIVE_TRANSCRIPT, 'We do not want a loan on the house'),
    ],
  },
  {
    id: 's5a00000-0000-4000-8000-000000000003',
    promptHeader: 'Next steps',
    promptResponse: '- No second visit; do not call for at least six months.\n- They are considering a Sunrun lease with nothing down.',
    summaryResultIndex: 2,
    quotes: [
      quoteContaining(NEGATIVE_TRANSCRIPT, 'Sunrun offered us a lease'),
      quoteContaining(NEGATIVE_TRANSCRIPT, 'please do not call us for at least six months'),
    ],
  },
];
