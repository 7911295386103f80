import type { ReactNode } from 'react';
import { explain, type TermId } from '../format';
import { useUi } from '../i18n';

/** A term of the trade with its one-line explanation on hover or keyboard focus (and in the card's glossary). */
export function Term({ id, children }: { id: TermId; children: ReactNode }) {
  const { words } = useUi();
  return (
    <abbr className="term" title={explain(id, words)} tabIndex={0}>
      {children}
    </abbr>
  );
}
