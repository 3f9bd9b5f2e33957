// The complete sale's scorecard and moments: 88 of 100, every reason quoted from the roofing
// appointment in complete-sale-transcript.ts.
import type { MomentKind } from './moment-builder.ts';
import type { ScorecardJudgements } from './scorecard-builder.ts';

export const COMPLETE_SALE_JUDGEMENTS: ScorecardJudgements = [
  {
    earned: 9,
    impact: 'Medium: a relaxed homeowner shares more about the house and the budget.',
    thinking:
      'Marcus opens warmly, uses the dog to connect and asks how long the family has lived in the house before talking about the roof.',
    recommendation: 'Keep it; add one question about the family to learn who else lives with the roof.',
    cite: ['I have two labs at home', 'how long have you all been in the house'],
  },
  {
    earned: 10,
    impact: 'High: the leak and the denied claim are the reasons this homeowner will buy.',
    thinking: 'He asks what prompted the call and learns of the hail, the stain, the leak by the window and the denied insurance claim.',
    recommendation: 'Nothing to change; this is the discovery to show new reps.',
    cite: ['What got you to call us?', 'water dripping by the window', 'they denied it'],
  },
  {
    earned: 7,
    impact: 'High: a spouse who is not in the room can stall a signed deal.',
    thinking:
      'Marcus only learns that Tom decides too halfway through the appointment, after the inspection, and then checks he can be reached by phone.',
    recommendation: 'Ask who else makes the decision during discovery, before going on the roof.',
    cite: ['We make these decisions together', 'Would he be available by phone'],
  },
  {
    earned: 10,
    impact: 'High: photos turn a sales pitch into a diagnosis.',
    thinking:
      'He shows photos of the granule loss, the cracked shingles and the lifted flashing, and ties the flashing to the stain the homeowner described.',
    recommendation: 'Keep showing photos on the tablet before any price.',
    cite: ['That is granule loss', 'That matches the stain you described'],
  },
  {
    earned: 8,
    impact: 'Medium: credibility justifies a higher price than the competitor.',
    thinking:
      'He explains the GAF Master Elite status, the Golden Pledge warranty and the in-house crews, but as a monologue with no question to the homeowner.',
    recommendation: 'Break the company story with a question such as "what matters most to you in a contractor?".',
    cite: ['GAF Master Elite contractor', 'we do not subcontract'],
  },
  {
    earned: 8,
    impact: 'Medium: three options let the homeowner choose instead of deciding yes or no.',
    thinking: 'He presents Good, Better and Best with what each includes and its price, but does not ask which fits before moving on.',
    recommendation: 'After the three options, ask which one fits best before answering the price reaction.',
    cite: ['Good is GAF Timberline HDZ', 'Better is the same Timberline HDZ'],
  },
  {
    earned: 8,
    impact: 'High: the cheaper competing quote was the main risk to the sale.',
    thinking:
      "He compares Lone Star's quote line by line and shows the missing decking and valley protection, but the wait-until-fall objection gets a storm-season warning rather than a question.",
    recommendation: 'Ask what waiting until the fall would give them before answering the timing objection.',
    cite: ['They quoted fifteen thousand two hundred', 'there is no decking replacement', 'wait until the fall'],
  },
  {
    earned: 9,
    impact: 'High: the homeowner had said they would not write one big check.',
    thinking:
      'He asks for the budget, then offers twelve months same as cash and a ten-year plan, and reassures her that the pre-qualification is a soft pull.',
    recommendation: 'Offer the monthly figure of the option the homeowner prefers, not only the ten-year one.',
    cite: ['What did you and Tom set aside', 'twelve months same as cash, no interest', 'soft pull'],
  },
  {
    earned: 9,
    impact: 'High: the appointment ends with a signed agreement.',
    thinking:
      'Once Tom agrees, he restates the package, colour, price and financing and asks her to sign, with the decking allowance made clear.',
    recommendation: 'Ask for the decision as soon as Tom has agreed, before the colour discussion.',
    cite: ['Let me go through the agreement with you', 'Sign here, and initial here'],
  },
  {
    earned: 10,
    impact: 'Medium: clear next steps prevent cancellations before the install.',
    thinking:
      'He sets the install date, the HOA form deadline, the production manager call and what to do on the day, and offers the gutter quote.',
    recommendation: 'Nothing to change.',
    cite: ['I have May twelfth open', 'Next steps: our production manager, Angela'],
  },
];

export const COMPLETE_SALE_MOMENTS: readonly (readonly [MomentKind, string])[] = [
  ['CUSTOMER_PAIN_POINT', 'water dripping by the window'],
  ['PRICING', 'Good is GAF Timberline HDZ'],
  ['OBJECTION', 'Honestly that is more than I was hoping'],
  ['COMPETITOR_MENTION', 'We had another company out last week, Lone Star Roofing'],
  ['SMOKESCREEN', 'wait until the fall'],
  ['BUYING_QUESTION', 'What about paying for it?'],
  ['CLOSE', 'Sign here, and initial here'],
  ['PRICING', 'six-inch seamless gutters'],
  ['NEXT_STEPS', 'Next steps: our production manager, Angela'],
];
