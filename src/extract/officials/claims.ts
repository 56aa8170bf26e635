/**
 * What the parsers work on and propose: a field's tokens, and claims — a person (token range of
 * the name) with the positions stated for them, resolved into record positions.
 */
import type { Position } from '../../record.js';
import type { HonorificMatch, NameMatch } from './names.js';
import type { ParsedPosition } from './positions.js';
import type { Token } from './tokens.js';

export interface Claim {
  name: NameMatch;
  honorific: HonorificMatch | null;
  positions: ParsedPosition[];
}

export interface FieldTokens {
  field: 'title' | 'lead' | 'text' | 'captions';
  index?: number;
  text: string;
  tokens: Token[];
  /** Reading order of the field: title, lead, body, captions. */
  order: number;
}

export interface ResolvedClaim {
  at: FieldTokens;
  claim: Claim;
  positions: Position[];
}
