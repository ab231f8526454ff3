/**
 * The manager's message on the board (issue #15). It takes the place of the centre's name in the
 * header, one line per language at the title sizes, so it never pushes a call or a queue off the
 * screen. A message longer than a line is shown a line at a time, each page for PAGE_MS, rather
 * than smaller than a 5 m reader can read or scrolling sideways.
 */
import { useContext, useEffect, useLayoutEffect, useRef, useState } from 'react';
import type { DisplayMessage } from '../../shared/contract/manager.js';
import { TEXT_DIRECTION } from '../../shared/i18n/index.js';
import { LanguagesContext } from './board.js';

/** How long one line of a long message stays up: time to read it twice at 5 m. */
export const PAGE_MS = 6000;

/** The words of `text` in lines no wider than `width`, as `measure` finds them. */
export function pageLines(text: string, width: number, measure: (s: string) => number): string[] {
  const words = text.split(/\s+/).filter(Boolean);
  const lines: string[] = [];
  let line = '';
  for (const word of words) {
    const next = line ? `${line} ${word}` : word;
    if (line && measure(next) > width) {
      lines.push(line);
      line = word;
    } else line = next;
  }
  if (line) lines.push(line);
  return lines.length ? lines : [''];
}

let canvas: HTMLCanvasElement | null = null;
function measurer(el: HTMLElement): (s: string) => number {
  canvas ??= document.createElement('canvas');
  const ctx = canvas.getContext('2d');
  const style = getComputedStyle(el);
  if (!ctx) return (s) => s.length * parseFloat(style.fontSize) * 0.6;
  ctx.font = `${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
  return (s) => ctx.measureText(s).width;
}

/** One language's line: the message in pages that each fit the line's width. */
function MessageLine(props: { text: string; lang: 'ar' | 'en'; first: boolean; page: number }) {
  const ref = useRef<HTMLSpanElement>(null);
  const [pages, setPages] = useState<string[]>([props.text]);
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    const fit = () => {
      // A little room to spare: canvas and layout round text widths differently.
      setPages(pageLines(props.text, el.clientWidth * 0.97, measurer(el)));
    };
    fit();
    const observer = new ResizeObserver(fit);
    observer.observe(el);
    void document.fonts?.ready.then(fit);
    return () => observer.disconnect();
  }, [props.text]);
  return (
    <span
      ref={ref}
      lang={props.lang}
      dir={TEXT_DIRECTION[props.lang]}
      className={props.first ? 'first' : 'second'}
      data-pages={pages.length}
      // Screen readers get the whole message at once (below), not a page at a time.
      aria-hidden="true"
    >
      {pages[props.page % pages.length]}
    </span>
  );
}

export function MessageBanner(props: { message: DisplayMessage }) {
  const languages = useContext(LanguagesContext);
  const [page, setPage] = useState(0);
  useEffect(() => {
    setPage(0);
    const timer = setInterval(() => setPage((p) => p + 1), PAGE_MS);
    return () => clearInterval(timer);
  }, [props.message.id]);
  return (
    <p className="message" role="status" data-testid="display-message">
      {languages.map((l, i) => (
        <MessageLine key={l} text={props.message.text[l]} lang={l} first={i === 0} page={page} />
      ))}
      {languages.map((l) => (
        <span
          key={l}
          lang={l}
          dir={TEXT_DIRECTION[l]}
          className="visually-hidden"
          data-testid={`message-${l}`}
        >
          {props.message.text[l]}
        </span>
      ))}
    </p>
  );
}
