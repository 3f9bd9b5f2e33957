// The lost solar consultation's scorecard and moments: 54 of 100, every reason quoted from the
// dialogue in negative-conversation.ts.
import type { MomentKind } from './moment-builder.ts';
import type { ScorecardJudgements } from './scorecard-builder.ts';

export const NEGATIVE_JUDGEMENTS: ScorecardJudgements = [
  {
    earned: 8,
    impact: 'Medium: Grace was at ease and had the bills ready.',
    thinking:
      'Priya starts on time, offers to begin with the house and the bills until Samuel arrives, and Grace has the twelve months of bills ready.',
    recommendation: 'Keep it.',
    cite: ['we can start with the house and the bills'],
  },
  {
    earned: 8,
    impact: 'High: backup power was the reason to buy.',
    thinking: 'She asks why solar now and learns the February outage is the motive, then links it to the battery.',
    recommendation: 'Ask what two days without power cost the family, so the battery is valued in their terms.',
    cite: ['What made you want to look at solar now?', 'lost power for almost two days'],
  },
  {
    earned: 5,
    impact: 'High: Samuel arrived with an objection Grace never raised.',
    thinking:
      'She knew Samuel was coming but presented the price to Grace alone, who then asked to wait for him; he joined nine minutes later with his own concerns.',
    recommendation: 'Hold the design and price until both homeowners are at the table.',
    cite: ['Samuel is on his way back from work', 'I think we should wait for Samuel'],
  },
  {
    earned: 7,
    impact: 'Medium: a design explained against the roof builds trust.',
    thinking: 'She explains which planes get full sun and why the pecan tree leaves the back plane out of the design, but shows no photos.',
    recommendation: 'Show the roof and panel photos on the tablet while explaining the design.',
    cite: ['the south and west planes get full sun', 'I left that one off the design'],
  },
  {
    earned: 6,
    impact: 'High: the lien story made trust the real objection.',
    thinking:
      'Samuel asks twice who services the system; Priya answers with manufacturer warranties first and only offers the service contract in writing on the second ask.',
    recommendation: 'Lead with the written service commitment and local references as soon as the installer story comes up.',
    cite: ['Who services the system if Keystone stops selling solar?', 'I can put that in writing for you'],
  },
  {
    earned: 3,
    impact: 'High: one design at one price left no room to adjust.',
    thinking:
      'Only one system was presented, with a battery, at thirty-one thousand eight hundred; there was no option without the battery or a smaller system.',
    recommendation: 'Present two or three designs, including one without the battery.',
    cite: ['twenty-four panels, nine point six kilowatts', 'The total is thirty-one thousand eight hundred'],
  },
  {
    earned: 4,
    impact: 'High: the deal was lost on price, trust and the possible move.',
    thinking:
      'The price objection gets the tax credit, then a sign-today discount while the trust concern is still open; the Sunrun lease is accepted without comparison.',
    recommendation: 'Resolve the trust concern before discussing price, and compare the lease with ownership when a competitor comes up.',
    cite: ['That is a lot more than I expected', 'If you sign today I can take five percent off', 'Sunrun offered us a lease'],
  },
  {
    earned: 5,
    impact: 'Medium: the family did not want a loan on the house.',
    thinking:
      'Financing is offered as a monthly payment against the electric bill, but the objection to a loan on the house is not explored.',
    recommendation: 'Ask what worries them about a loan before offering alternatives such as a lease or a smaller system.',
    cite: ['about one ninety a month', 'We do not want a loan on the house'],
  },
  {
    earned: 4,
    impact: 'Medium: a pressure close with a trust objection open.',
    thinking:
      'The only ask is the sign-today discount, made right after Samuel said he was unsure; there is no later ask once the move came up.',
    recommendation: 'Ask for a smaller commitment, such as a second visit with the service contract, rather than a same-day discount.',
    cite: ['If you sign today I can take five percent off'],
  },
  {
    earned: 4,
    impact: 'Medium: the door is closed for six months.',
    thinking:
      'Priya offers to come back once the Denver decision is known, but the family declines a second visit and asks for no calls for six months.',
    recommendation: 'Propose a specific date to check in after the relocation decision, with their permission.',
    cite: ['Would it help if I came back once you know more about Denver?', 'No second visit then'],
  },
];

export const NEGATIVE_MOMENTS: readonly (readonly [MomentKind, string])[] = [
  ['CUSTOMER_PAIN_POINT', 'lost power for almost two days'],
  ['PRICING', 'The total is thirty-one thousand eight hundred'],
  ['OBJECTION', 'That is a lot more than I expected'],
  ['OBJECTION', 'put a lien on their house'],
  ['CLOSE', 'If you sign today I can take five percent off'],
  ['OBJECTION', 'We do not want a loan on the house'],
  ['COMPETITOR_MENTION', 'Sunrun offered us a lease'],
  ['NEXT_STEPS', 'No second visit then'],
];
