import { Fragment } from 'react';

import { LongText } from '@/components/ui/long-text';

// CRM contact fields are free text: "+1 555-0147, +1 555-0199", "972 555 0147 ext. 12", "ask
// the office". Each number becomes its own link and the text stays as written; anything that
// is not clearly a number or an address stays plain text rather than dialling a made-up one.

/** Between two numbers or addresses; captured, so the text between them is shown as written. */
const PHONE_SEPARATOR = /(\s*[,;]\s*|\s+or\s+|\s+\/\s+)/i;
const EMAIL_SEPARATOR = /(\s*[,;]\s*)/;
const EXTENSION = /^(.*?)\s*(?:ext\.?|extension|x|#)\s*(\d{1,6})$/i;
const PHONE_CHARACTERS = /^\+?[\d\s().-]+$/;
// No `?`, `&`, `%`, `/` or whitespace: nothing that could add cc, bcc or a body to the mail.
const PLAIN_EMAIL = /^[\p{L}\p{N}._+-]+@[\p{L}\p{N}-]+(\.[\p{L}\p{N}-]+)+$/u;

const linkClass = 'break-all text-brand-700 underline underline-offset-2';

/** The tel: target of one written number (`+19725550147;ext=12`), or null when it is not one. */
function telTarget(text: string): string | null {
  const trimmed = text.trim();
  const [, number = trimmed, extension] = EXTENSION.exec(trimmed) ?? [];
  if (!PHONE_CHARACTERS.test(number)) return null;
  const digits = number.replace(/\D/g, '');
  // Fewer than 5 digits is a note or a fragment; more than 15 is longer than any E.164 number.
  if (digits.length < 5 || digits.length > 15) return null;
  return `${number.trim().startsWith('+') ? '+' : ''}${digits}${extension ? `;ext=${extension}` : ''}`;
}

function mailtoTarget(text: string): string | null {
  const trimmed = text.trim();
  return PLAIN_EMAIL.test(trimmed) ? trimmed : null;
}

/** One tel: link per number in the field. */
export function PhoneLinks({ value }: { value: string }) {
  return <Links value={value} separator={PHONE_SEPARATOR} scheme="tel" target={telTarget} />;
}

/** One mailto: link per plain address in the field. */
export function EmailLinks({ value }: { value: string }) {
  return <Links value={value} separator={EMAIL_SEPARATOR} scheme="mailto" target={mailtoTarget} />;
}

type LinksProps = { value: string; separator: RegExp; scheme: 'tel' | 'mailto'; target: (part: string) => string | null };

/** The scheme is fixed here, never taken from the data. */
function Links({ value, separator, scheme, target }: LinksProps) {
  return <LongText text={value} max={300} render={(shown, cut) => links(shown, cut, separator, scheme, target)} />;
}

function links(value: string, cut: boolean, separator: RegExp, scheme: LinksProps['scheme'], target: LinksProps['target']) {
  // split() with a captured separator puts the separators at the odd indices.
  const parts = value.split(separator);
  return (
    <>
      {parts.map((part, index) => {
        // The number or address the cut ends in is not whole: never dial or write to a part of one.
        const to = index % 2 === 0 && !(cut && index === parts.length - 1) ? target(part) : null;
        return to ? (
          <a key={index} href={`${scheme}:${to}`} className={linkClass}>
            {part}
          </a>
        ) : (
          <Fragment key={index}>{part}</Fragment>
        );
      })}
    </>
  );
}
