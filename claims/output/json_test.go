package output

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"github.com/claimdiff/claimdiff/internal/rulestest"
	"os"
	"reflect"
	"strings"
	"testing"

	"github.com/claimdiff/claimdiff/claims"
	"github.com/claimdiff/claimdiff/claims/ingest"
	"github.com/claimdiff/claimdiff/claims/mention"
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

// TestExtractFields wants every field of a claim, an attribution, a value,
// a date and a frame in the extract contract, except those its document
// gives (a claim's id, doc and source) and those its document's sentence
// table holds (sentence_span): a field added to claims.Claim must be
// added here too.
func TestExtractFields(t *testing.T) {
	for _, tc := range []struct {
		full, lean reflect.Type
		moved      []string
	}{
		{reflect.TypeFor[claims.Claim](), reflect.TypeFor[Claim](), []string{"id", "doc", "source", "sentence_span"}},
		{reflect.TypeFor[claims.Attribution](), reflect.TypeFor[Attribution](), nil},
		{reflect.TypeFor[claims.Frame](), reflect.TypeFor[Frame](), nil},
		{reflect.TypeFor[mention.Value](), reflect.TypeFor[Value](), nil},
		{reflect.TypeFor[mention.DateValue](), reflect.TypeFor[Date](), nil},
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

// fold is what a reader does to a sentence of the table to get a claim's
// sentence as --format jsonl writes it: white space folded.
func fold(s string) string {
	if !strings.ContainsAny(s, "\n\t\r") && !strings.Contains(s, "  ") {
		return s
	}
	return strings.Join(strings.Fields(s), " ")
}

// TestDerivable writes the seeds' extraction and wants every field of
// every claim back from the contract: id, doc and source from its
// document, its sentence and sentence span from the document's sentence
// table, its attribution from the attribution table, its text from its
// sentence and span where the claim leaves it out.
func TestDerivable(t *testing.T) {
	r := rulestest.Default(t)
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
		Documents []DocumentClaims
	}
	if err := json.Unmarshal(buf.Bytes(), &got); err != nil {
		t.Fatalf("not JSON: %v", err)
	}
	if got.Version != Version || len(got.Documents) != len(results) {
		t.Fatalf("version %d, %d documents", got.Version, len(got.Documents))
	}
	n, left, quoted := 0, 0, 0
	for i, res := range results {
		d := got.Documents[i]
		if d.ID != res.Doc.ID || len(d.Claims) != len(res.Claims) || len(d.Mentions) != len(res.Mentions) || len(d.Mentions) == 0 {
			t.Fatalf("document %s: %d claims, %d mentions", d.ID, len(d.Claims), len(d.Mentions))
		}
		for k, c := range res.Claims {
			oc := d.Claims[k]
			n++
			s := d.Sentences[oc.Sentence]
			text := oc.Text
			switch {
			case oc.TextAt != nil:
				quoted++
				text = s.Text[oc.TextAt[0]:oc.TextAt[1]]
			case text == "":
				left++
				text = s.Text[oc.Span[0]-s.Span[0] : oc.Span[1]-s.Span[0]]
			}
			rule := oc.Rule
			if rule == "" {
				rule = oc.Kind
			}
			id := fmt.Sprintf("%s#%d", d.ID, k+1)
			if id != c.ID || d.ID != c.Doc || d.Source != c.Source || text != c.Text || rule != c.Rule ||
				s.Span != compact(c.SentenceSpan) || oc.Span != compact(c.Span) || len(s.Text) <= 600 && fold(s.Text) != c.Sentence {
				t.Fatalf("claim %s: %+v in %+v, want %+v", c.ID, oc, s, c)
			}
			if bareFact(c.Attribution) != (oc.Attribution == nil) {
				t.Fatalf("claim %s: attribution %v for %+v", c.ID, oc.Attribution, c.Attribution)
			}
			if oc.Attribution != nil && !reflect.DeepEqual(d.Attributions[*oc.Attribution], leanAttribution(c.Attribution)) {
				t.Fatalf("claim %s: attribution %+v, want %+v", c.ID, d.Attributions[*oc.Attribution], c.Attribution)
			}
		}
	}
	if n == 0 || left == 0 || quoted == 0 {
		t.Fatalf("%d claims, %d with their text left out, %d with it at text_at", n, left, quoted)
	}
	for i, line := range strings.Split(strings.TrimSpace(buf.String()), "\n") {
		if len(line) > 0 && line[0] == ' ' {
			t.Fatalf("line %d is indented: %.40s", i+1, line)
		}
	}
}

// TestJSONSize wants the extract contract of the seeds repeated (the
// README's seeds ×200, here ×20) no larger than twice the text: the
// contract names what its tables and spans give instead of repeating it.
func TestJSONSize(t *testing.T) {
	r := rulestest.Default(t)
	var seed strings.Builder
	for _, name := range []string{"000_9657c7c9ccc2eae3.txt", "004_036ee2da981d46e5.txt"} {
		data, err := os.ReadFile("../../testdata/seeds/" + name)
		if err != nil {
			t.Fatal(err)
		}
		seed.Write(data)
		seed.WriteString("\n\n")
	}
	text := strings.Repeat(seed.String(), 20)
	res := claims.Extract(&ingest.Document{ID: "x20.txt", Source: "x20", Path: "x20.txt", Text: text, Format: "txt"}, r)
	var buf bytes.Buffer
	if err := WriteJSON(&buf, []*claims.Result{res}, false); err != nil {
		t.Fatal(err)
	}
	if ratio := float64(buf.Len()) / float64(len(text)); ratio > 2 {
		t.Errorf("%d claims: %d bytes of JSON for %d of text (%.2fx), want at most 2x", len(res.Claims), buf.Len(), len(text), ratio)
	} else {
		t.Logf("%d claims: %.2fx the text", len(res.Claims), ratio)
	}
}
