// Package wordset holds the word tests the extraction runs at every token
// of a text: Filter, which turns most words away without hashing them, and
// Set, a set of words looked up without a map. The closed classes of
// English (package english), the first words of phrases (package phrase)
// and the words a rule or a mention may start with all stand on them, so
// the idea has one home below its users.
package wordset
