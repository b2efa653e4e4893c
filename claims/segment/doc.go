// Package segment turns article text into tokens, sentences and paragraphs in
// one linear pass, and maps byte offsets to 1-based line:col positions.
//
// Everything downstream (quantity and date recognisers, the rule engine,
// attribution) works on the Tokens a single call to Segment produces, so no
// later stage rescans the raw text.
package segment
