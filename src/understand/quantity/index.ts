import type { Lang } from '../../model/index.js';

/** A quantity expression: "meer dan duizend" -> {min: 1001, max: null, approx: false}. */
export interface Quantity {
  text: string;
  start: number;
  end: number;
  min: number | null;
  max: number | null;
  approx: boolean;
  /** Unit of measure ("km", "%", "euro") when any. */
  unit: string | null;
  /** The counted noun ("militairen", "districten") when found. */
  what: string | null;
}

export interface FindQuantitiesOptions {
  lang: Lang;
}

/** PLACEHOLDER (issue 2): returns nothing; issue 6 implements it behind this signature. */
export function findQuantities(_text: string, _opts: FindQuantitiesOptions): Quantity[] {
  return [];
}
