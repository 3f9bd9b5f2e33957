// What an attacker, a broken integration or a real multilingual CRM can put in a text or URL
// field: shared by the hostile recording and its transcript and summary sections.

export const SCRIPT = '<script>alert(1)</script>';
export const IMG = '<img src=x onerror=alert(1)>';
export const JS_URL = 'javascript:alert(document.domain)';
/** Every URL field holds one of these: script schemes, disguised by case or whitespace, and another host. */
export const HOSTILE_URLS = [
  JS_URL,
  'JaVaScRiPt:alert(document.cookie)',
  ' \tjavascript:alert(1)',
  'java\tscript:alert(1)',
  'data:text/html,<script>alert(1)</script>',
  'vbscript:msgbox(1)',
  '//evil.example/path',
];
/** 10,000 characters with no space or hyphen to break on. */
export const UNBROKEN = 'A'.repeat(4_000) + 'x'.repeat(3_000) + '0123456789'.repeat(300);
export const RTL_ARABIC = 'مرحبا، هذا سقف جديد بسعر ١٨٬٤٥٠ دولار';
export const RTL_HEBREW = 'שלום, הגג הזה צריך החלפה מלאה';
export const EMOJI = '👩‍👩‍👧‍👦 🏳️‍🌈 👨🏽‍🔧 🧑‍🚒 🇺🇸 ❤️‍🔥 🏠';
export const ZALGO = 'Z̵̡̢̛̗̘̙̜̝̞̟̠̊̋̌̍̎̏̐̑̒̓̔a̷̡̛̗̘̙̜̝̞̟̠̽̾̿̀́͂̓̈́l̶̢̛̗̘̙̜̝̞̟̠͆͊͋͌g̸̡̛̗̘̙̜̝̞̟̠̍̎̏̐o̴̢̧̗̘̙̜̝̞̟̠̓̔̕̚';
/** Bidi override: the reversed text looks like "txt.exe" would to a careless renderer. */
export const BIDI_OVERRIDE = 'invoice\u202Eexe.pdf\u202C';
/** A right-to-left override that is never closed: everything after it would run backwards. */
export const UNTERMINATED_RTL = 'Total due \u202E$18,450 for the roof';
