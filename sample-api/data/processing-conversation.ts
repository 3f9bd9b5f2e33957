// The solar door knock behind the processing recording, served once Siro has finished with it:
// $240 summer bills, two days without power in February, a south-facing roof with an oak over
// the garage, and a consultation with both spouses on Saturday at 6 pm.
import type { SummarySection } from '../types.ts';
import { buildTranscript, homeowner as h, quoteContaining, rep as r, type Line } from './transcript-builder.ts';

const lines: Line[] = [
  r('Hi, good evening! Priya with Keystone Solar. We are helping a few neighbors on Bluebonnet Trail with their electric bills.'),
  h('Evening. I have about two minutes, I am making dinner.'),
  r('I will be quick. Roughly what do your bills look like in the summer?'),
  h('Summer? Around two forty a month, sometimes more in August.'),
  r('That is about what your neighbors see. Were you here for the outage in February?'),
  h('Oh yeah. Two days without power. We had to stay with my in-laws.'),
  r('A lot of people on this street said the same thing. That is why most of them ask about a battery.'),
  h('Honestly, the battery interests me more than the savings. I do not want to go through that again.'),
  r('That makes sense. A battery keeps the fridge, the lights and the internet on when the grid goes down.'),
  h('How does that work with solar?'),
  r('The panels charge the battery during the day, and the battery covers the house when there is an outage.'),
  r('I had a look at your roof from the street. The main slope faces south, which is ideal.'),
  h('What about the big oak by the garage?'),
  r('It shades the garage roof, so we would leave that part off. The main slope gets sun all day.'),
  h('Okay. What would something like that cost?'),
  r('It depends on the usage, that is why I would want to sit down and look at a real bill with you.'),
  h('My wife Amy would have to be there. She handles the budget.'),
  r('Of course. When are you both home? Evenings, weekends?'),
  h("Saturday works. Evening, after the kids' soccer."),
  r('How about Saturday at six?'),
  h('Saturday at six is fine.'),
  r('Perfect. Could you have a recent electric bill handy? The summer ones are the most useful.'),
  h('I can find one. What is your name again?'),
  r('Priya, with Keystone Solar. Here is my card. And yours?'),
  h('Derek. Derek Lawson.'),
  r('Nice to meet you, Derek. See you and Amy on Saturday at six. Enjoy your dinner!'),
  h('Thanks, see you then.'),
];

export const PROCESSING_TRANSCRIPT = buildTranscript(lines, { '0': 'Priya Natarajan', '1': 'Derek Lawson' });

export const PROCESSING_SUMMARY_SECTIONS: SummarySection[] = [
  {
    id: 's2b00000-0000-4000-8000-000000000001',
    promptHeader: 'Key points',
    promptResponse:
      '- Summer bills around $240 a month.\n' +
      '- Two days without power in February: battery backup matters more to Derek than the savings.\n' +
      '- South-facing main slope; the oak shades only the garage.',
    summaryResultIndex: 0,
    quotes: [
      quoteContaining(PROCESSING_TRANSCRIPT, 'Around two forty a month'),
      quoteContaining(PROCESSING_TRANSCRIPT, 'the battery interests me more than the savings'),
      quoteContaining(PROCESSING_TRANSCRIPT, 'The main slope faces south'),
    ],
  },
  {
    id: 's2b00000-0000-4000-8000-000000000002',
    promptHeader: 'Next steps',
    promptResponse: 'In-home consultation with Derek and Amy on Saturday, May 2 at 6 pm; they will have a recent electric bill ready.',
    summaryResultIndex: 1,
    quotes: [
      quoteContaining(PROCESSING_TRANSCRIPT, 'My wife Amy would have to be there'),
      quoteContaining(PROCESSING_TRANSCRIPT, 'How about Saturday at six?'),
    ],
  },
];
