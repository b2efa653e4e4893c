package claims

import (
	"fmt"
	"runtime/debug"

	"github.com/claimdiff/claimdiff/claims/ingest"
)

// An InternalError is a panic raised while extracting one document: a bug
// in claimdiff, not in the document. The extraction of many documents
// (ExtractAllWith, ExtractStreamWindows) returns it in place of ending
// the program with a trace that names no document, so that the user
// learns which one to report, and a caller can tell a bug from bad input.
type InternalError struct {
	// Doc is the document's ID: its path, "path#N" for a record of a
	// file, or a JSON record's id.
	Doc string
	// Value is what was raised (a runtime.Error for an index out of range).
	Value any
	// Stack is the goroutine's stack where it was raised, for a caller
	// that logs it (the command line prints the one line of Error: the
	// document reproduces the panic).
	Stack []byte
}

// Error names the document and what was raised, on one line.
func (e *InternalError) Error() string {
	return fmt.Sprintf("%s: internal error while extracting claims (a bug in claimdiff: please report it with this document): %v", e.Doc, e.Value)
}

// guarded runs extract on doc, returning a panic it raises as an
// *InternalError naming doc (nil when none).
func guarded(doc *ingest.Document, extract func()) (err *InternalError) {
	defer func() {
		if v := recover(); v != nil {
			err = &InternalError{Doc: doc.ID, Value: v, Stack: debug.Stack()}
		}
	}()
	extract()
	return nil
}
