package output

import (
	"bytes"
	"context"
	"encoding/json"
	"reflect"
	"strings"
	"testing"

	"github.com/claimdiff/claimdiff/claims"
	"github.com/claimdiff/claimdiff/claims/ingest"
	"github.com/claimdiff/claimdiff/claims/rules"
)

// jsonFields lists the JSON names of a struct type's fields.
func jsonFields(t reflect.Type) map[string]bool {
	out := map[string]bool{}
	for i := range t.NumField() {
		f := t.Field(i)
		name, _, _ := strings.Cut(f.Tag.Get("json"), ",")
		if f.IsExported() && name != "-" && name != "" {
			out[name] = true
		}
	}
	return out
}

// TestExtractFields wants every field of a claim and of an attribution in
// the extract contract, except a claim's sentence and sentence span, which
// its document's sentence table holds: a field added to claims.Claim must
// be added here too.
func TestExtractFields(t *testing.T) {
	for _, tc := range []struct {
		full, lean reflect.Type
		moved      []string
	}{
		{reflect.TypeFor[claims.Claim](), reflect.TypeFor[Claim](), []string{"sentence_span"}},
		{reflect.TypeFor[claims.Attribution](), reflect.TypeFor[Attribution](), nil},
	} {
		lean := jsonFields(tc.lean)
		for _, m := range tc.moved {
			lean[m] = true
		}
		for name := range jsonFields(tc.full) {
			if !lean[name] {
				t.Errorf("%s has %q, the extract contract's %s does not", tc.full, name, tc.lean)
			}
		}
	}
}

// TestSentenceTable writes the seeds' extraction and wants every claim's
// sentence and sentence span back from its document's table.
func TestSentenceTable(t *testing.T) {
	r, err := rules.Default()
	if err != nil {
		t.Fatal(err)
	}
	in, err := ingest.Read(context.Background(), []string{"../../testdata/seeds"}, ingest.Options{})
	if err != nil {
		t.Fatal(err)
	}
	results, _ := claims.ExtractAll(context.Background(), in.Documents, r, nil)
	var buf bytes.Buffer
	if err := WriteJSON(&buf, results, true); err != nil {
		t.Fatal(err)
	}
	var got struct {
		Version   int
		Documents []Document
		Claims    []Claim
		Mentions  []Mention
	}
	if err := json.Unmarshal(buf.Bytes(), &got); err != nil {
		t.Fatalf("not JSON: %v", err)
	}
	if got.Version != Version || len(got.Mentions) == 0 {
		t.Fatalf("version %d, %d mentions", got.Version, len(got.Mentions))
	}
	docs := map[string]Document{}
	for _, d := range got.Documents {
		docs[d.ID] = d
	}
	k := 0
	for _, res := range results {
		for _, c := range res.Claims {
			oc := got.Claims[k]
			k++
			s := docs[oc.Doc].Sentences[oc.Sentence]
			if oc.ID != c.ID || s.Text != c.Sentence || s.Span != c.SentenceSpan || oc.Text != c.Text {
				t.Fatalf("claim %s: sentence %q %v, want %q %v", c.ID, s.Text, s.Span, c.Sentence, c.SentenceSpan)
			}
			bare := c.Attribution.Form == claims.FormNone && c.Attribution.SpeakerType == claims.SpeakerNone && !c.Attribution.Hedged
			if (oc.Attribution == nil) != bare {
				t.Fatalf("claim %s: attribution %+v for %+v", c.ID, oc.Attribution, c.Attribution)
			}
		}
	}
	if k != len(got.Claims) || k == 0 {
		t.Fatalf("%d claims written, %d extracted", len(got.Claims), k)
	}
	for i, line := range strings.Split(strings.TrimSpace(buf.String()), "\n") {
		if len(line) > 0 && line[0] == ' ' {
			t.Fatalf("line %d is indented: %.40s", i+1, line)
		}
	}
}
