// The transcript and v2 summary sections of `fault-hostile`: markup, event handlers, script
// URLs, a 10,000-character word, an RTL override left open, emoji and combining marks in the
// lines, the speaker names, the section headers and the quotes. Quotes are real lines.
import type { SummarySection, Transcript } from '../types.ts';
import {
  BIDI_OVERRIDE,
  EMOJI,
  HOSTILE_URLS,
  IMG,
  JS_URL,
  RTL_ARABIC,
  RTL_HEBREW,
  SCRIPT,
  UNBROKEN,
  UNTERMINATED_RTL,
  ZALGO,
} from './hostile-strings.ts';
import { HOSTILE_SUMMARY } from './hostile.ts';
import { buildTranscript, homeowner as h, quoteContaining, rep as r, type Line } from './transcript-builder.ts';

const lines: Line[] = [
  r(`Hello ${SCRIPT} this is the roof estimate ${IMG}`),
  h(`<a href="${JS_URL}">click me</a> and <svg onload=alert(1)>`),
  r(`Links: ${HOSTILE_URLS.join(' ')}`),
  h(UNBROKEN),
  r(`${RTL_ARABIC} ${RTL_HEBREW}`),
  h(UNTERMINATED_RTL),
  r(`${EMOJI} ${ZALGO}`),
  { speaker: 2, text: `${BIDI_OVERRIDE} {{constructor.constructor('alert(1)')()}}` },
  { speaker: 7, text: 'A speaker the map does not name.' },
  r(`"><img src=x onerror=alert(2)> ' onmouseover='alert(3)`),
];

// JSON.parse keeps `__proto__` an ordinary key, as it arrives from the API.
const speakerMap = JSON.parse(
  JSON.stringify({ '0': `${IMG} Marcus`, '1': `${UNTERMINATED_RTL}`, '2': `${SCRIPT}${EMOJI}` }).replace(
    /}$/,
    ',"__proto__":"<b>proto</b>"}',
  ),
) as Record<string, string>;

export const HOSTILE_TRANSCRIPT: Transcript = buildTranscript(lines, speakerMap);

export const HOSTILE_SUMMARY_SECTIONS: SummarySection[] = [
  {
    id: `sbad-${SCRIPT}`,
    promptHeader: SCRIPT,
    // The plain summary's hostile text, which the sections replace on the page.
    promptResponse: HOSTILE_SUMMARY,
    summaryResultIndex: 0,
    quotes: [quoteContaining(HOSTILE_TRANSCRIPT, SCRIPT), quoteContaining(HOSTILE_TRANSCRIPT, '<a href=')],
  },
  {
    id: 'sbad-2',
    promptHeader: `${IMG} ${RTL_HEBREW} ${ZALGO}`,
    promptResponse: `- ${IMG}\n- [click me](${JS_URL})\n- ${UNTERMINATED_RTL}\n- ${UNBROKEN}`,
    summaryResultIndex: 1,
    quotes: [quoteContaining(HOSTILE_TRANSCRIPT, UNBROKEN.slice(0, 50)), quoteContaining(HOSTILE_TRANSCRIPT, 'Total due')],
  },
];
