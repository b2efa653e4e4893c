package claims

import (
	"context"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/claimdiff/claimdiff/claims/ingest"
	"github.com/claimdiff/claimdiff/claims/mention"
	"github.com/claimdiff/claimdiff/claims/rules"
	"github.com/claimdiff/claimdiff/claims/segment"
)

// TestBinaryRoundTrip decodes the binary form of real extractions and
// wants back exactly what was extracted.
func TestBinaryRoundTrip(t *testing.T) {
	r, err := rules.Default()
	if err != nil {
		t.Fatal(err)
	}
	paths, _ := filepath.Glob("../testdata/seeds/*.txt")
	more, _ := filepath.Glob("../testdata/compare/*.md")
	paths = append(paths, more...)
	in, err := ingest.Read(context.Background(), paths, ingest.Options{Published: seedPublished})
	if err != nil {
		t.Fatal(err)
	}
	docs := append(in.Documents, &ingest.Document{ID: "empty", Source: "x", Format: "txt"},
		&ingest.Document{ID: "q", Source: "y", Format: "txt", Text: "“We will leave,” said Mr Smith, 62, on Monday.\nAbout 5,200 U.S. troops remain, according to the Pentagon."},
		// quotes and no figure: a quote's value index is unset, and there
		// is no mention it could name
		&ingest.Document{ID: "quotes only", Source: "z", Format: "txt", Text: "“We are extremely happy with the result,” said the union's president.\nShe said the members would “decide for themselves after an open debate”."})
	for _, doc := range docs {
		want := Extract(doc, r)
		data := want.AppendBinary(nil)
		got, err := DecodeResult(data, doc, DecodeOptions{})
		if err != nil {
			t.Fatalf("%s: %v", doc.ID, err)
		}
		if !reflect.DeepEqual(got, want) {
			t.Errorf("%s: decoded result differs from the extraction", doc.ID)
		}
		// under another name, the claims take the new name
		other := *doc
		other.ID, other.Source = "renamed", "other"
		got, err = DecodeResult(data, &other, DecodeOptions{})
		if err != nil {
			t.Fatal(err)
		}
		for _, c := range got.Claims {
			if c.Doc != "renamed" || c.Source != "other" || !strings.HasPrefix(c.ID, "renamed#") {
				t.Fatalf("%s: claim %s kept its old document (%s, %s)", doc.ID, c.ID, c.Doc, c.Source)
			}
		}
	}
}

// TestBinaryEveryField fills every field of a claim, mention and
// attribution and wants each back: a field added to one of these types
// without a place in the binary form fails here.
func TestBinaryEveryField(t *testing.T) {
	src := strings.Repeat("Some words of text, enough for every offset. ", 4)
	doc := &ingest.Document{ID: "d", Source: "s", Text: src}
	txt := segment.Segment(src, segment.Options{})
	n := 0
	var fill func(v reflect.Value)
	fill = func(v reflect.Value) {
		n++
		switch v.Kind() {
		case reflect.String:
			v.SetString("value " + string(rune('a'+n%26)))
		case reflect.Int:
			v.SetInt(int64(n % 10))
		case reflect.Float64:
			v.SetFloat(float64(n) + 0.25)
		case reflect.Bool:
			v.SetBool(true)
		case reflect.Pointer:
			v.Set(reflect.New(v.Type().Elem()))
			fill(v.Elem())
		case reflect.Array:
			for i := range v.Len() {
				fill(v.Index(i))
			}
		case reflect.Struct:
			if v.Type() == reflect.TypeFor[Span]() {
				v.Set(reflect.ValueOf(Span{Start: n % 10, End: n%10 + 5, Line: 1, Col: n}))
				return
			}
			for i := range v.NumField() {
				if v.Type().Field(i).IsExported() {
					fill(v.Field(i))
				}
			}
		default:
			t.Fatalf("no filler for %s", v.Type())
		}
	}
	var c Claim
	var m mention.Mention
	var a Attribution
	fill(reflect.ValueOf(&c).Elem())
	fill(reflect.ValueOf(&m).Elem())
	fill(reflect.ValueOf(&a).Elem())
	c.ID, c.Doc, c.Source = "d#1", "d", "s"
	c.sent, c.tok, c.val = 1, 3, 0
	m.First, m.Last, m.Person = 1, 2, [2]int{-1, 4}
	want := &Result{Doc: doc, Text: txt, Mentions: []mention.Mention{m}, Claims: []Claim{c},
		Attributions: []Attribution{a}, SentenceAttributions: make([]Attribution, len(txt.Sentences))}
	want.SentenceAttributions[1] = a
	got, err := DecodeResult(want.AppendBinary(nil), doc, DecodeOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("decoded:\n%+v\nwant:\n%+v", got.Claims[0], want.Claims[0])
	}
}

// TestBinaryDamaged decodes every truncation and many single-byte changes
// of a real entry: each gives an error or a result within its text, never
// a panic.
func TestBinaryDamaged(t *testing.T) {
	r, err := rules.Default()
	if err != nil {
		t.Fatal(err)
	}
	in, err := ingest.Read(context.Background(), []string{"../testdata/seeds/000_9657c7c9ccc2eae3.txt"}, ingest.Options{Published: seedPublished})
	if err != nil {
		t.Fatal(err)
	}
	doc := in.Documents[0]
	data := Extract(doc, r).AppendBinary(nil)
	for i := 0; i < len(data); i += 7 {
		if _, err := DecodeResult(data[:i], doc, DecodeOptions{}); err == nil {
			t.Fatalf("a cut at %d of %d bytes decoded", i, len(data))
		}
	}
	for i := 0; i < len(data); i += 3 {
		bad := append([]byte(nil), data...)
		bad[i] ^= 0x5a
		DecodeResult(bad, doc, DecodeOptions{}) // must not panic
		DecodeResult(bad, doc, DecodeOptions{ForComparison: true})
	}
	short := *doc
	short.Text = doc.Text[:len(doc.Text)/2]
	if _, err := DecodeResult(data, &short, DecodeOptions{}); err == nil {
		t.Error("an entry decoded against another text")
	}
}
