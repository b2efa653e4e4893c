package segment

import (
	"strings"
	"testing"
	"unsafe"
)

// TestForms wants texts segmented with a Forms to have the tokens they
// have without, and a form met in one text to be the one built for the
// text before.
func TestForms(t *testing.T) {
	texts := []string{"The Mayor said “No.”", "THE MAYOR’S office, the mayor said.", "Short", strings.Repeat("Word word ", 300)}
	var forms Forms
	var the string
	for i, src := range texts {
		got := Segment(src, Options{Forms: &forms}).Tokens
		want := Segment(src, Options{}).Tokens
		if len(got) != len(want) {
			t.Fatalf("text %d: %d tokens with Forms, %d without", i, len(got), len(want))
		}
		for k := range got {
			if got[k] != want[k] {
				t.Errorf("text %d token %d: %+v with Forms, %+v without", i, k, got[k], want[k])
			}
			if got[k].Norm == "the" && src[got[k].Start:got[k].End] != "the" {
				if the == "" {
					the = got[k].Norm
				} else if unsafe.StringData(got[k].Norm) != unsafe.StringData(the) {
					t.Errorf("text %d: %q built again", i, got[k].Norm)
				}
			}
		}
	}
}
