package report

import (
	"io"

	"github.com/claimdiff/claimdiff/compare/check"
)

// WriteCheckJSON writes the compare contract plus the exit decision.
func WriteCheckJSON(w io.Writer, res *check.Result) error { return writeIndentedJSON(w, res) }
