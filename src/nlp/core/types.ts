/** A sentence as the models see it: parallel arrays, one entry per syntactic word. */
export interface Annotated {
  forms: string[];
  upos: string[];
  /** FEATS column strings ("_" when none). */
  feats: string[];
  lemmas: string[];
  /** 0-based head index; -1 for the root. */
  heads: number[];
  deprels: string[];
}

export function emptyAnnotation(forms: string[]): Annotated {
  const n = forms.length;
  return {
    forms,
    upos: new Array<string>(n).fill('X'),
    feats: new Array<string>(n).fill('_'),
    lemmas: forms.slice(),
    heads: new Array<number>(n).fill(-1),
    deprels: new Array<string>(n).fill('dep'),
  };
}
