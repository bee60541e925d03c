import type { PatchOperation } from '../../schemas/patch.ts';

/** The target of a patch that adds a claim the rules missed. */
export const NEW_CLAIM = 'new:claim';

/**
 * What the operations of a `new:claim` patch start from. The claim's id is
 * not the reviewer's to choose: it is claimIdFor(provider, action, target,
 * negated), like every claim's, so a rule that later finds it merges with it.
 */
export function newClaimBase(): Record<string, unknown> {
  return {
    id: NEW_CLAIM,
    provider: { id: '', name: '' },
    action: null,
    polarity: null,
    target: { id: '', name: '' },
    date: null,
    negated: false,
    sources: [],
    status: 'extracted',
  };
}

/** The operations `pnpm review new new:claim` writes for the reviewer to fill in. */
export function newClaimOps(): PatchOperation[] {
  return [
    { op: 'replace', path: '/provider', value: { id: '', name: 'provider name' } },
    { op: 'replace', path: '/action', value: 'terminate_service' },
    { op: 'replace', path: '/target', value: { id: '', name: 'target name' } },
    { op: 'replace', path: '/date', value: null },
    { op: 'add', path: '/sources/-', value: { article: 'article id or file name', start: 0, end: 0, text: 'the sentence, exactly as in the article' } },
  ];
}
