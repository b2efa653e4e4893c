package report

import (
	"encoding/json"
	"io"

	"github.com/claimdiff/claimdiff/compare"
)

// WriteJSON writes the report as indented JSON (the contract in README.md).
func WriteJSON(w io.Writer, rep *compare.Report) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(rep)
}
