// Types for the few natural modules imported directly. Importing the package root costs about
// a second (it loads storage back-ends and dotenv); these deep imports cost a few milliseconds.
declare module 'natural/lib/natural/stemmers/porter_stemmer.js' {
  const PorterStemmer: { stem(token: string): string };
  export default PorterStemmer;
}
declare module 'natural/lib/natural/distance/jaro-winkler_distance.js' {
  const JaroWinklerDistance: (a: string, b: string, options?: { ignoreCase?: boolean }) => number;
  export default JaroWinklerDistance;
}
declare module 'natural/lib/natural/distance/levenshtein_distance.js' {
  const distances: {
    DamerauLevenshteinDistance: (a: string, b: string, options?: { restricted?: boolean }) => number;
  };
  export default distances;
}
declare module 'natural/lib/natural/util/stopwords.js' {
  const stopwords: { words: string[] };
  export default stopwords;
}
declare module 'natural/lib/natural/classifiers/bayes_classifier.js' {
  class BayesClassifier {
    addDocument(text: string, classification: string): void;
    train(): void;
    getClassifications(observation: string): { label: string; value: number }[];
  }
  export default BayesClassifier;
}
