import type { ReactNode } from 'react';
import { explain, type TermId } from '../format';

/** A term of the trade with its one-line explanation on hover or keyboard focus (and in the card's glossary). */
export function Term({ id, children }: { id: TermId; children: ReactNode }) {
  return (
    <abbr className="term" title={explain(id)} tabIndex={0}>
      {children}
    </abbr>
  );
}
