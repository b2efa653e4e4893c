package report

import (
	"encoding/json"
	"io"

	"github.com/claimdiff/claimdiff/compare"
)

// WriteJSON writes the report as indented JSON (the contract in README.md).
func WriteJSON(w io.Writer, rep *compare.Report) error { return writeIndentedJSON(w, rep) }

// writeIndentedJSON writes v as JSON indented by two spaces, with '<', '>'
// and '&' left as they are: the form of every JSON claimdiff writes.
func writeIndentedJSON(w io.Writer, v any) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(v)
}
