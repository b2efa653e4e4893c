package claims

// KindQuote is the kind of a claim that is a quotation: its Text is the
// quoted words, its Attribution the speaker.
const KindQuote = "quote"
