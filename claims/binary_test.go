package claims

import (
	"context"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/claimdiff/claimdiff/claims/ingest"
	"github.com/claimdiff/claimdiff/claims/mention"
	"github.com/claimdiff/claimdiff/claims/rules"
	"github.com/claimdiff/claimdiff/claims/segment"
	"github.com/claimdiff/claimdiff/internal/rulestest"
)

// TestBinaryRoundTrip decodes the binary form of real extractions and
// wants back exactly what was extracted.
func TestBinaryRoundTrip(t *testing.T) {
	r := rulestest.Default(t)
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
	for k, doc := range docs {
		want := Extract(doc, r)
		switch k % 3 { // none, none found, and some
		case 1:
			want.StoryTerms = []string{}
		case 2:
			want.StoryTerms = []string{"#5200", "=pentagon", "troop"}
		}
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
		Attributions: []Attribution{a}, SentenceAttributions: make([]Attribution, len(txt.Sentences)),
		StoryTerms: []string{"#16", "=christchurch", "@--03-15", "gunman", "~wellington"}}
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
	res := seedWithStatements(t, "000_9657c7c9ccc2eae3.txt")
	doc := res.Doc
	res.Passages = make([][][]string, len(res.Claims))
	for ci, c := range res.Claims {
		if c.Kind == KindQuote {
			res.Passages[ci] = [][]string{strings.Fields(c.Text)}
		}
	}
	data := res.AppendBinary(nil)
	filtered := func() DecodeOptions { return DecodeOptions{ForComparison: true, Filter: oddClaims{new(int)}} }
	for i := 0; i < len(data); i += 7 {
		if _, err := DecodeResult(data[:i], doc, DecodeOptions{}); err == nil {
			t.Fatalf("a cut at %d of %d bytes decoded", i, len(data))
		}
		if _, err := DecodeResult(data[:i], doc, filtered()); err == nil {
			t.Fatalf("a cut at %d of %d bytes decoded through a filter", i, len(data))
		}
	}
	for i := 0; i < len(data); i += 3 {
		bad := append([]byte(nil), data...)
		bad[i] ^= 0x5a
		DecodeResult(bad, doc, DecodeOptions{}) // must not panic
		DecodeResult(bad, doc, DecodeOptions{ForComparison: true})
		DecodeResult(bad, doc, filtered())
	}
	short := *doc
	short.Text = doc.Text[:len(doc.Text)/2]
	if _, err := DecodeResult(data, &short, DecodeOptions{}); err == nil {
		t.Error("an entry decoded against another text")
	}
}

// fillStatements gives res Words and statement words of every form the
// binary form stores (the same words as the sentence's, a part of them,
// words of their own; an attributed part of none, a part, words of its
// own).
func fillStatements(res *Result, r *rules.Rules) {
	res.FillWords(r)
	res.Statements = make([]StatementWords, len(res.Words))
	for i, ws := range res.Words {
		st := &res.Statements[i]
		switch i % 3 {
		case 0:
			st.All = append([]string{}, ws...)
		case 1:
			st.All = append([]string{}, ws[len(ws)/2:]...)
			st.Inside = append([]string{}, st.All[:len(st.All)/2]...)
		case 2:
			st.All = []string{"reopen", "statement"}
			st.Inside = []string{"elsewhere"}
		}
	}
}

// TestBinaryStatements wants a result's Words and statement words back,
// whole and through a filter that keeps some sentences: those of the
// others are read past.
func TestBinaryStatements(t *testing.T) {
	want := seedWithStatements(t, "004_036ee2da981d46e5.txt")
	data := want.AppendBinary(nil)
	got, err := DecodeResult(data, want.Doc, DecodeOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(got, want) {
		t.Fatal("decoded result differs")
	}
	part, err := DecodeResult(data, want.Doc, DecodeOptions{ForComparison: true, Filter: oddSentences{}})
	if err != nil {
		t.Fatal(err)
	}
	for i, st := range part.Statements {
		if i%2 == 1 && len(want.Words[i]) > 0 {
			if !reflect.DeepEqual(st, want.Statements[i]) {
				t.Errorf("sentence %d kept: statement words %v, want %v", i, st, want.Statements[i])
			}
		} else if st.All != nil || st.Inside != nil {
			t.Errorf("sentence %d left out: statement words %v decoded", i, st)
		}
	}
}

// TestBinaryPassages: the quoted passages' words stored with a result
// come back through a filter for the claims it keeps, in their order;
// decoded whole, the result has none (what reads them, Trim, reads them
// only while decoding).
func TestBinaryPassages(t *testing.T) {
	want := seedWithStatements(t, "004_036ee2da981d46e5.txt")
	want.Passages = make([][][]string, len(want.Claims))
	quotes := 0
	for ci, c := range want.Claims {
		if c.Kind == KindQuote {
			ws := strings.Fields(strings.ToLower(c.Text))
			want.Passages[ci] = [][]string{ws, ws[len(ws)/2:]}
			quotes++
		}
	}
	if quotes == 0 {
		t.Fatal("no quote claim in the seed")
	}
	data := want.AppendBinary(nil)
	whole, err := DecodeResult(data, want.Doc, DecodeOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if whole.Passages != nil {
		t.Error("decoded whole: passages built")
	}
	part, err := DecodeResult(data, want.Doc, DecodeOptions{ForComparison: true, Filter: oddClaims{new(int)}})
	if err != nil {
		t.Fatal(err)
	}
	if len(part.Passages) != len(part.Claims) {
		t.Fatalf("%d claims kept, passages of %d", len(part.Claims), len(part.Passages))
	}
	kept := 0
	for k, c := range part.Claims {
		i := slices.IndexFunc(want.Claims, func(w Claim) bool { return w.ID == c.ID })
		if part.Passages[k] != nil {
			kept++
		}
		if i%2 != 1 {
			t.Fatalf("claim %s kept", c.ID)
		}
		if !reflect.DeepEqual(part.Passages[k], want.Passages[i]) {
			t.Errorf("claim %s: passages %q, want %q", c.ID, part.Passages[k], want.Passages[i])
		}
	}
	if kept == 0 {
		t.Error("no quote claim kept with its passages")
	}
}

// oddClaims keeps the odd claims and every sentence's words.
type oddClaims struct{ n *int }

func (o oddClaims) Claim(*Claim) bool {
	*o.n++
	return *o.n%2 == 0 // the second, the fourth...: claims 1, 3...
}
func (oddClaims) Words(int, []string) bool                { return true }
func (oddClaims) Source(int, []string, *Attribution) bool { return true }
func (oddClaims) Finish(res *Result) *Result              { return res }

// oddSentences keeps every claim and the words of odd sentences.
type oddSentences struct{}

func (oddSentences) Claim(*Claim) bool                       { return true }
func (oddSentences) Words(sentence int, _ []string) bool     { return sentence%2 == 1 }
func (oddSentences) Source(int, []string, *Attribution) bool { return true }
func (oddSentences) Finish(res *Result) *Result              { return res }

// TestBinarySharedForm rewrites real entries for a pack (one string table
// for all) and wants the same result back for comparison, whole and
// through a filter; a damaged shared form gives an error or a result,
// never a panic.
func TestBinarySharedForm(t *testing.T) {
	r := rulestest.Default(t)
	paths, _ := filepath.Glob("../testdata/seeds/*.txt")
	in, err := ingest.Read(context.Background(), paths[:min(len(paths), 6)], ingest.Options{Published: seedPublished})
	if err != nil {
		t.Fatal(err)
	}
	ids := map[string]uint32{}
	var table []string
	id := func(s []byte) uint32 {
		k, ok := ids[string(s)]
		if !ok {
			k = uint32(len(table))
			ids[string(s)] = k
			table = append(table, string(s))
		}
		return k
	}
	var forms, shared [][]byte
	for _, doc := range in.Documents {
		res := Extract(doc, r)
		fillStatements(res, r)
		res.StoryTerms = []string{"=soleimani", "strike", doc.ID}
		form := res.AppendBinary(nil)
		var terms []string
		if has, err := SplitStoryTerms(form, func(b []byte) { terms = append(terms, string(b)) }); !has || err != nil || !slices.Equal(terms, res.StoryTerms) {
			t.Errorf("%s: story terms read apart: %q (%v, %v), want %q", doc.ID, terms, has, err, res.StoryTerms)
		}
		sf, err := SharedForm(nil, form, id)
		if err != nil {
			t.Fatalf("%s: %v", doc.ID, err)
		}
		if len(sf) >= len(form) {
			t.Errorf("%s: shared form of %d bytes, the form %d: the tokens are still in it", doc.ID, len(sf), len(form))
		}
		forms, shared = append(forms, form), append(shared, sf)
	}
	for i, doc := range in.Documents { // the table complete, as a pack's
		for _, filter := range []DecodeFilter{nil, oddSentences{}} {
			want, err := DecodeResult(forms[i], doc, DecodeOptions{ForComparison: true, Filter: filter})
			if err != nil {
				t.Fatal(err)
			}
			if len(want.StoryTerms) != 3 {
				t.Fatalf("%s: story terms %q decoded", doc.ID, want.StoryTerms)
			}
			want.StoryTerms = nil // a pack keeps them apart, in its footer
			got, err := DecodeResult(shared[i], doc, DecodeOptions{ForComparison: true, Filter: filter, Table: table})
			if err != nil {
				t.Fatalf("%s: %v", doc.ID, err)
			}
			if !reflect.DeepEqual(got, want) {
				t.Errorf("%s (filter %v): decoded from the shared form differs", doc.ID, filter != nil)
			}
			if filter != nil {
				if got.SentenceAttributions != nil {
					t.Errorf("%s: a filtered decoding holds every sentence's attribution", doc.ID)
				}
				all, err := DecodeResult(forms[i], doc, DecodeOptions{ForComparison: true})
				if err != nil {
					t.Fatal(err)
				}
				for si, a := range got.EachSentenceAttribution {
					// those built (the kept sentences' and their
					// neighbours', withContext, tested on its own) are as
					// decoded whole
					if !reflect.DeepEqual(*a, all.SentenceAttributions[si]) {
						t.Errorf("%s: sentence %d's attribution %+v, decoded whole %+v", doc.ID, si, *a, all.SentenceAttributions[si])
					}
				}
				for si := range all.SentenceAttributions {
					if si%2 == 1 && got.Words[si] != nil && !reflect.DeepEqual(got.SentenceAttribution(si), all.SentenceAttributions[si]) {
						t.Errorf("%s: sentence %d's attribution %+v, decoded whole %+v", doc.ID, si, got.SentenceAttribution(si), all.SentenceAttributions[si])
					}
				}
			}
		}
		if _, err := DecodeResult(shared[i], doc, DecodeOptions{Table: table}); err == nil {
			t.Errorf("%s: a shared form decoded with tokens", doc.ID)
		}
		for k := 0; k < len(shared[i]); k += 5 {
			bad := append([]byte(nil), shared[i]...)
			bad[k] ^= 0x5a
			DecodeResult(bad, doc, DecodeOptions{ForComparison: true, Table: table}) // must not panic
			DecodeResult(bad[:k], doc, DecodeOptions{ForComparison: true, Table: table, Filter: oddSentences{}})
		}
	}
}

// seedWithStatements is the result of the seed article name with its
// statement words filled, as the cache stores it.
func seedWithStatements(t *testing.T, name string) *Result {
	t.Helper()
	r := rulestest.Default(t)
	in, err := ingest.Read(context.Background(), []string{"../testdata/seeds/" + name}, ingest.Options{Published: seedPublished})
	if err != nil {
		t.Fatal(err)
	}
	res := Extract(in.Documents[0], r)
	fillStatements(res, r)
	return res
}

// TestWithContext: a trimmed result keeps the attributions of the
// sentences within AttributionContext of a kept one, and no others.
func TestWithContext(t *testing.T) {
	for _, tc := range []struct{ keep, want string }{
		{"..........", ".........."},
		{"....x.....", "..xxxxx..."},
		{"x.......x.", "xxx...xxxx"},
	} {
		keep := make([]bool, len(tc.keep))
		for i, c := range tc.keep {
			keep[i] = c == 'x'
		}
		var got strings.Builder
		for _, ok := range withContext(keep) {
			got.WriteByte(map[bool]byte{true: 'x', false: '.'}[ok])
		}
		if got.String() != tc.want {
			t.Errorf("withContext(%s) = %s, want %s", tc.keep, got.String(), tc.want)
		}
	}
}
