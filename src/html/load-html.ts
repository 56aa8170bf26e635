/**
 * One parse per page: htmlparser2 into a domhandler tree (about 7× faster than parse5 here), with a
 * tokenizer that skips through text and attribute values instead of stepping one character at a time.
 *
 * With entity decoding on, htmlparser2's tokenizer visits every character of text and attribute
 * values only to look for "<", "&" or the closing quote (and of names, for their end); every other
 * character is a no-op in those states. SkippingTokenizer jumps straight to the next such character,
 * so it builds the very same tree (same nodes, same decoded strings) in about 30 % less time. It reaches into the tokenizer's
 * (untyped, private) state: load-html.test.ts compares its trees with the stock tokenizer's.
 */
import { DomHandler, Parser, Tokenizer } from 'htmlparser2';
import type { Document } from 'domhandler';

const LT = 0x3c; // <
const AMP = 0x26; // &
const EQ = 0x3d; // =

/** htmlparser2's end of a tag or attribute name: "/", ">" or its five white-space characters. */
const endsName = (c: number): boolean => c === 0x2f || c === 0x3e || c === 0x20 || c === 0x0a || c === 0x09 || c === 0x0c || c === 0x0d;

/** The private members of htmlparser2 10's Tokenizer used here (not in its type declarations). */
interface TokenizerState {
  buffer: string;
  offset: number;
  index: number;
  stateText(c: number): void;
  handleInAttributeValue(c: number, quote: number): void;
  fastForwardTo(c: number): boolean;
  stateInTagName(c: number): void;
  stateInAttributeName(c: number): void;
}

/**
 * The tokenizer plus where the next "&" of its buffer is: "&" is rare, so one indexOf finds it for
 * many calls (a fresh indexOf per call would rescan the rest of the page each time).
 */
export class SkippingTokenizer extends Tokenizer {
  ampBuffer: string | null = null;
  ampOffset = -1;
  ampAt = -1;
}

type Skipping = TokenizerState & { ampBuffer: string | null; ampOffset: number; ampAt: number };

/** Position in the buffer of the first "&" at or after `from` (buffer.length when none). */
function nextAmp(t: Skipping, from: number): number {
  if (t.ampBuffer !== t.buffer || t.ampOffset !== t.offset || t.ampAt < from) {
    const at = t.buffer.indexOf('&', from);
    t.ampAt = at < 0 ? t.buffer.length : at;
    t.ampBuffer = t.buffer;
    t.ampOffset = t.offset;
  }
  return t.ampAt;
}

/** Position of the first `stop` character at or after `from`, or buffer.length. */
function nextStop(buffer: string, stop: string, from: number): number {
  const at = buffer.indexOf(stop, from);
  return at < 0 ? buffer.length : at;
}

const base = Tokenizer.prototype as unknown as TokenizerState;
const skipping = SkippingTokenizer.prototype as unknown as Skipping;
const patched = ['stateText', 'handleInAttributeValue', 'fastForwardTo', 'stateInTagName', 'stateInAttributeName'] as const;
if (patched.every((name) => typeof base[name] === 'function')) {
  // (A future htmlparser2 without these states keeps the stock behaviour: same tree, slower.)
  const stateText = base.stateText;
  const handleInAttributeValue = base.handleInAttributeValue;
  const stateInTagName = base.stateInTagName;
  const stateInAttributeName = base.stateInAttributeName;
  // The parse loop advances `index` by one after each state call: land just before the next stop.
  skipping.stateText = function (this: Skipping, c: number): void {
    if (c === LT || c === AMP) return stateText.call(this, c);
    const from = this.index - this.offset + 1;
    this.index = Math.min(nextStop(this.buffer, '<', from), nextAmp(this, from)) - 1 + this.offset;
  };
  skipping.handleInAttributeValue = function (this: Skipping, c: number, quote: number): void {
    if (c === quote || c === AMP) return handleInAttributeValue.call(this, c, quote);
    const from = this.index - this.offset + 1;
    this.index = Math.min(nextStop(this.buffer, quote === 0x22 ? '"' : "'", from), nextAmp(this, from)) - 1 + this.offset;
  };
  // Tag and attribute names: every character but the one ending the name is a no-op too.
  skipping.stateInTagName = function (this: Skipping, c: number): void {
    if (endsName(c)) return stateInTagName.call(this, c);
    const buffer = this.buffer;
    let i = this.index - this.offset + 1;
    while (i < buffer.length && !endsName(buffer.charCodeAt(i))) i++;
    this.index = i - 1 + this.offset;
  };
  skipping.stateInAttributeName = function (this: Skipping, c: number): void {
    if (c === EQ || endsName(c)) return stateInAttributeName.call(this, c);
    const buffer = this.buffer;
    let i = this.index - this.offset + 1;
    for (let d = buffer.charCodeAt(i); i < buffer.length && d !== EQ && !endsName(d); d = buffer.charCodeAt(++i));
    this.index = i - 1 + this.offset;
  };
  // Scripts, styles and comments: the stock loop compares one character at a time; indexOf is native.
  skipping.fastForwardTo = function (this: Skipping, c: number): boolean {
    const at = this.buffer.indexOf(String.fromCharCode(c), this.index + 1 - this.offset);
    if (at >= 0) {
      this.index = at + this.offset;
      return true;
    }
    this.index = this.buffer.length + this.offset - 1;
    return false;
  };
}

/** Parse a page (HTML, not XML; entities decoded) into a document tree. */
export function parseHtml(html: string): Document {
  const handler = new DomHandler();
  new Parser(handler, { xmlMode: false, decodeEntities: true, Tokenizer: SkippingTokenizer }).end(html);
  return handler.root;
}
