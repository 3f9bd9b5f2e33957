import { LongText } from '@/components/ui/long-text';
import { safeHttpUrl } from '@/lib/safe-url';

const URL_LIKE = /(https?:\/\/[^\s<>"']+)/gi;

/**
 * Someone's words, as text: only absolute http(s) URLs become links, opening apart from the
 * page; right-to-left text is isolated, long words wrap, long text is cut with Show more.
 */
export function CommentText({ text }: { text: string }) {
  return (
    <p dir="auto" className="text-[15px] leading-relaxed break-words whitespace-pre-wrap text-slate-800">
      <LongText text={text} render={withLinks} />
    </p>
  );
}

function withLinks(text: string, cut: boolean) {
  const parts = text.split(URL_LIKE);
  return parts.map((part, index) => {
    // An address the cut ends in is not whole: text, not a link to somewhere else.
    if (index % 2 === 0 || (cut && index === parts.length - 2 && parts.at(-1) === '')) return part;
    // Sentence punctuation right after a URL is not part of it.
    const url = part.replace(/[.,;:!?)]+$/, '');
    const href = safeHttpUrl(url);
    if (!href) return part;
    return (
      <span key={index}>
        <a
          href={href}
          target="_blank"
          rel="noopener noreferrer"
          className="font-medium text-brand-700 underline underline-offset-2 hover:text-brand-900"
        >
          {url}
        </a>
        {part.slice(url.length)}
      </span>
    );
  });
}
