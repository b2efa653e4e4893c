package claims

import (
	"github.com/claimdiff/claimdiff/claims/ingest"
	"github.com/claimdiff/claimdiff/claims/mention"
	"github.com/claimdiff/claimdiff/claims/segment"
)

// Result is the extraction of one document.
type Result struct {
	Doc      *ingest.Document
	Text     *segment.Text
	Mentions []mention.Mention
	Claims   []Claim
	// Attributions lists every attribution found, claim or not: each
	// quote's, each according-to phrase's and each speech cue's, in text
	// order. Evaluation against annotated corpora reads it.
	Attributions []Attribution
	// SentenceAttributions is, per sentence of Text, who the sentence's
	// statement is attributed to outside quotes (according-to first, then a
	// speech cue), with its hedge; form none for bare statements.
	SentenceAttributions []Attribution
	// Words is, per sentence of Text, its content words as comparison
	// matches them (ContentWords); nil until FillWords, which comparison
	// and the extraction cache call. A Result read from the cache for
	// comparison has Words but no Tokens.
	Words [][]string
	// Statements is, per sentence of Text, the words statement alignment
	// matches it by (compare.FillStatements); nil until filled, and a
	// sentence's entry is zero (All nil) when they were not worked out (a
	// sentence too short to align) or not decoded (DecodeOptions.Filter).
	// The extraction cache stores them, so a result read from it needs no
	// second reading of its sentences.
	Statements []StatementWords
	// Passages is, per claim of Claims, the words of each quoted passage
	// of a quote claim that quote alignment takes (compare.FillStatements;
	// none for any other claim); nil until filled, and decoded only
	// through a DecodeOptions.Filter, for the claims it keeps. The
	// extraction cache stores them, so that trimming a result read from
	// it (compare.Focus) reads no quote's text.
	Passages [][][]string
}

// StatementWords are a sentence's words as statement alignment reads
// them: All, the content words of what it states (its attribution's own
// words left out), and Inside, those of All its attribution covers (nil
// when it covers the whole sentence). Both are sorted, each word once.
type StatementWords struct {
	All, Inside []string
}
