// Package wordset holds the word tests the extraction runs at every token
// of a text: Key, a word's hash, which the tokeniser computes once a token;
// Filter, which turns most words away by one bit of their Key; Map, a table
// probed from it; and Set, a set of words (a Filter and a Map). The closed
// classes of English (package english), the first words of phrases
// (package phrase) and the words a rule or a mention may start with all
// stand on them, so the idea has one home below its users.
package wordset
