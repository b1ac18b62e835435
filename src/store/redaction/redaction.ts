// One kind of personal detail: how to find it and the marker that replaces it.

export interface Redaction {
  /** The word inside the square brackets that replaces the detail: "[email]". */
  marker: string;
  apply(text: string): string;
}
