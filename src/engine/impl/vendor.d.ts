// Types for the language libraries that ship none (only what the engine uses).
declare module '@nlpjs/lang-en-min' {
  export class StemmerEn {
    stemWord(word: string): string
  }
}
declare module '@nlpjs/lang-de' {
  export class StemmerDe {
    stemWord(word: string): string
  }
}
declare module '@nlpjs/lang-fr' {
  export class StemmerFr {
    stemWord(word: string): string
  }
}
declare module 'stopword' {
  export const eng: string[]
  export const deu: string[]
  export const fra: string[]
}
