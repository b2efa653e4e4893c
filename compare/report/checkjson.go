package report

import (
	"encoding/json"
	"io"

	"github.com/claimdiff/claimdiff/compare/check"
)

// WriteCheckJSON writes the compare contract plus the exit decision.
func WriteCheckJSON(w io.Writer, res *check.Result) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(res)
}
