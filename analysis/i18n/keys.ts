/** Compile-time shape of the catalogues: every key the code asks for exists in English. */

type PluralSuffix = '_zero' | '_one' | '_two' | '_few' | '_many' | '_other';
type WithoutPlural<K extends string> = K extends `${infer Base}${PluralSuffix}` ? Base : K;

/** "checks.duration.title" for every leaf; plural leaves ("cuts_one", "cuts_other") give "cuts". */
export type KeyPaths<T, Prefix extends string = ''> = {
  [K in keyof T & string]: T[K] extends string ? WithoutPlural<`${Prefix}${K}`> : KeyPaths<T[K], `${Prefix}${K}.`>;
}[keyof T & string];

/** Another language's catalogue: the same keys, any text. */
export type SameKeys<T> = { [K in keyof T]: T[K] extends string ? string : SameKeys<T[K]> };
