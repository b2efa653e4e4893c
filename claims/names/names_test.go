package names

import (
	"slices"
	"strings"
	"testing"

	"github.com/claimdiff/claimdiff/claims/segment"
	"github.com/claimdiff/claimdiff/claims/wordset"
)

// testScanner knows the particles and suffixes the cases use; the
// vocabulary itself is the rules file's (names: in rules.yaml).
var testScanner = NewScanner([]string{"al", "el", "bin", "van", "de"}, []string{"Jr.", "Sr", "III"})

func TestForward(t *testing.T) {
	for _, c := range []struct{ text, want string }{
		{"Ivan A. Lopez opened fire", "Ivan A. Lopez"},
		{"Ervin Clinton Jr., 36, was arrested", "Ervin Clinton Jr."},
		{"Abu Mahdi al-Muhandis was killed", "Abu Mahdi al-Muhandis"},
		{"Gen. Qassem Soleimani died", "Gen. Qassem Soleimani"},
		{"Darrell Dean Shriver, 47", "Darrell Dean Shriver"},
		{"Lopez's wife", "Lopez"},
		{"The band released", ""},
		{"US troops", "US"},
		{"Theresa May said", "Theresa May"},
		{"Osama bin Laden said", "Osama bin Laden"},
		{"Ahmed el-Sayed spoke", "Ahmed el-Sayed"},
		{"John de-escalation talks", "John"},
	} {
		txt := segment.Segment(c.text, segment.Options{})
		end := testScanner.Forward(txt, 0, len(txt.Tokens), nil)
		got := ""
		if end > 0 {
			got = c.text[:txt.Tokens[end-1].End]
		}
		if got != c.want {
			t.Errorf("Forward(%q) = %q, want %q", c.text, got, c.want)
		}
	}
}

// TestForwardInLine wants Forward, which reads most words of a name in
// line, to end every name where IsToken and CanEnd end it, from every
// token, whatever the limit and the tokens free.
func TestForwardInLine(t *testing.T) {
	ref := func(txt *segment.Text, i, limit int, free func(int) bool) int {
		toks := txt.Tokens
		if i >= limit || !toks[i].Cap {
			return i
		}
		j := i
		for j < limit && j-i < MaxTokens && testScanner.IsToken(toks, j, i) && (free == nil || free(j)) {
			if j > i && toks[j].Newlines > 0 {
				break
			}
			j++
		}
		for j > i && !testScanner.CanEnd(txt, j-1) {
			j--
		}
		return j
	}
	src := "Ivan A. Lopez and Gen. Qassem Soleimani met Abu Mahdi al-Muhandis, Ervin Clinton Jr. and " +
		"Osama bin Laden In The House Of Commons. US troops and Theresa May said É Ávila\nJohn Smith " +
		"ran; The band and Ahmed el-Sayed and Jos\u00e9 Mar\u00eda Aznar of the UN I O'Neil-Smith Sr. 2020 Mr Bo"
	txt := segment.Segment(src, segment.Options{})
	odd := func(i int) bool { return i%5 != 3 } // some tokens not free
	for i := range txt.Tokens {
		for limit := i; limit <= len(txt.Tokens) && limit <= i+MaxTokens+2; limit++ {
			for _, free := range []func(int) bool{nil, odd} {
				if got, want := testScanner.Forward(txt, i, limit, free), ref(txt, i, limit, free); got != want {
					t.Errorf("token %d (%q), limit %d: Forward %d, want %d", i, txt.Tokens[i].Norm, limit, got, want)
				}
			}
		}
	}
}

func TestBackward(t *testing.T) {
	for _, c := range []struct{ text, want string }{
		{"police said Ivan A. Lopez", "Ivan A. Lopez"},
		{"shot by Ervin Clinton Jr.", "Ervin Clinton Jr."},
		{"the killing of Abu Mahdi al-Muhandis", "Abu Mahdi al-Muhandis"},
		{"the killing", ""},
	} {
		txt := segment.Segment(c.text, segment.Options{})
		n := len(txt.Tokens)
		start := testScanner.Backward(txt, n, 0, nil)
		got := ""
		if start < n {
			got = c.text[txt.Tokens[start].Start:]
		}
		if got != c.want {
			t.Errorf("Backward(%q) = %q, want %q", c.text, got, c.want)
		}
	}
}

func TestSame(t *testing.T) {
	for _, c := range []struct {
		a, b string
		want bool
	}{
		{"Darrell Dean Shriver", "Darrell Shriver", true},
		{"Ivan A. Lopez", "Lopez", true},
		{"Ivan A. Lopez", "Ivan Lopez", true},
		{"I. Lopez", "Ivan Lopez", true},
		{"John Smith", "Jane Smith", false},
		{"Ervin Clinton Jr.", "Ervin Clinton", false},
		{"Ervin Clinton Jr.", "Clinton Jr.", true},
		{"Eugene W. Wolfe Jr.", "Wolfe", true},
		{"Lopez's", "Ivan Lopez", true},
		{"Ludwig van Beethoven", "Beethoven", false},
		{"Australian Brenton Tarrant", "Brenton Tarrant", true},
		{"House Speaker John Boehner", "John Boehner", true},
		{"Mary J. Smith", "J. Smith", false},
	} {
		if got := testScanner.Same(c.a, c.b); got != c.want {
			t.Errorf("Same(%q, %q) = %v, want %v", c.a, c.b, got, c.want)
		}
	}
}

func TestIndex(t *testing.T) {
	x := NewIndex(testScanner)
	x.Add("Ivan A. Lopez")
	x.Add("John Smith")
	x.Add("Jane Smith")
	x.Add("Darrell Shriver")
	x.Add("Darrell Dean Shriver")
	x.Add("Eugene W. Wolfe Jr.")
	x.Add("Ervin Clinton Jr.")
	x.Add("Ervin Clinton")
	for _, c := range []struct{ in, want string }{
		{"Lopez", "Ivan A. Lopez"},
		{"Ivan Lopez", "Ivan A. Lopez"},
		{"Smith", "Smith"},
		{"Shriver", "Darrell Dean Shriver"},
		{"Darrell Shriver", "Darrell Dean Shriver"},
		{"Edwards", "Edwards"},
		{"Wolfe", "Eugene W. Wolfe Jr."},
		{"Clinton", "Ervin Clinton"},
	} {
		if got := x.Resolve(c.in); got != c.want {
			t.Errorf("Resolve(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

// TestIndexAllocs wants an index reset for another document to take the
// document's people and titles with their keys copied into one room
// (Index.keep), not one allocation a key: at most one for the keys and
// one for the one name split with a suffix (its short form).
func TestIndexAllocs(t *testing.T) {
	x := NewIndex(testScanner)
	doc := func() {
		x.Reset()
		for _, name := range []string{"Ivan A. Lopez", "John Smith", "Darrell Dean Shriver", "Maria Gonzalez",
			"Eugene W. Wolfe Jr.", "Ann Lee", "Peter Okafor", "Yuki Tanaka"} {
			x.Add(name)
		}
		x.AddTitle("Governor", "John Smith")
		x.AddTitle("Sen.", "Maria Gonzalez")
	}
	doc() // the tables' room
	if n := testing.AllocsPerRun(10, doc); n > 2 {
		t.Errorf("a document of 8 people and 2 titles: %.0f allocations, want at most 2", n)
	}
	if got := x.Resolve("Okafor"); got != "Peter Okafor" {
		t.Errorf("Resolve(Okafor) = %q after the documents", got)
	}
}

func TestByTitle(t *testing.T) {
	x := NewIndex(testScanner)
	x.AddTitle("Governor", "John Bel Edwards")
	x.AddTitle("governor", "Edwards")
	x.AddTitle("Gen.", "Qassem Soleimani")
	x.AddTitle("Sen.", "John Smith")
	x.AddTitle("Sen.", "Jane Doe")
	for _, c := range []struct{ in, want string }{
		{"governor", "John Bel Edwards"},
		{"gen", "Qassem Soleimani"},
		{"sen", ""},
		{"mayor", ""},
	} {
		if got := x.ByTitle(c.in); got != c.want {
			t.Errorf("ByTitle(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

func TestOpens(t *testing.T) {
	for _, c := range []struct {
		text string
		at   int
		want bool
	}{
		{"Gunman kills 16", 0, true}, // a sentence's capital only
		{"Investigators said two died", 0, true},
		{"Brenton Tarrant was sentenced", 0, false}, // a capitalised word follows
		{"police said Tarrant was sentenced", 2, false},
		{"Shooting\nGunman kills 16", 1, true}, // a line's first word
	} {
		txt := segment.Segment(c.text, segment.Options{})
		if got := Opens(txt.Tokens, c.at, 0, len(txt.Tokens)); got != c.want {
			t.Errorf("Opens(%q, %d) = %v, want %v", c.text, c.at, got, c.want)
		}
	}
}

// TestIsFunctionWord checks that a capitalised function word, from
// notNames or from claims/english, is never a name, and the closed-class
// words that name people and places ("May", "US") are.
func TestIsFunctionWord(t *testing.T) {
	for _, w := range strings.Fields(`according however also because despite earlier today each what who
		more no not one two mr dr the in tuesday march`) {
		if !IsFunctionWord(w) {
			t.Errorf("IsFunctionWord(%q) = false", w)
		}
	}
	for _, w := range strings.Fields(`us may will like lopez`) {
		if IsFunctionWord(w) {
			t.Errorf("IsFunctionWord(%q) = true", w)
		}
	}
}

// TestShape wants shape, which reads a name from its end, to give Split's
// surname, suffix and number of given names.
func TestShape(t *testing.T) {
	s := NewScanner([]string{"van", "der", "de", "la"}, []string{"Jr.", "III"})
	for _, name := range []string{"", " ", "Lopez", "Ivan A. Lopez", "Ervin Clinton Jr.", "Ervin Clinton Jr",
		"Ludwig van Beethoven", "Vincent van Gogh's", "Jan van der Berg", "van Gogh", "Mr. van der Berg Jr.",
		"Smith, John", "  John   Smith  ", "John\u00a0Smith", "Jos\u00e9 Mar\u00eda Aznar", "Martin Luther King III",
		"Jr.", "John Jr.", "de la Cruz", "Maria de la Cruz", "Iran’s"} {
		p, sh := s.Split(name), s.shape(name)
		if sh.surname != p.Surname || sh.suffix != p.Suffix || sh.given != len(p.Given) {
			t.Errorf("shape(%q) = %+v, Split gives %+v", name, sh, p)
		}
		if got := s.Surname(name); got != p.Surname {
			t.Errorf("Surname(%q) = %q, want %q", name, got, p.Surname)
		}
	}
}

// TestLastWord wants the last of strings.Fields's words, and before it the
// text of the others.
func TestLastWord(t *testing.T) {
	for _, s := range []string{"", " ", "Lopez", "Ivan A. Lopez", " John  Smith \t", "John\u00a0Smith", "Jos\u00e9 Mar\u00eda",
		"Mar\u00eda \u00c1lvarez", "Smith\u00a0", "a\u2003b c", "\u00e9",
		// the edges of the bytes passed by one comparison: '!', '~', DEL and
		// the control bytes that are no space are word bytes
		"Ann\x7fLee Ro!", "a!b ~c", "x\x1fy\x00z", "\x0bA\x0cB\rC\x85", "O'Neil-Smith Jr.", "x\x08 \x0e"} {
		checkLastWord(t, s)
	}
}

// checkLastWord wants LastWord(s) to give the last of strings.Fields's
// words of s, and before it the text of the others, and countFields(s)
// their number.
func checkLastWord(t *testing.T, s string) {
	t.Helper()
	before, last := LastWord(s)
	f := strings.Fields(s)
	want, wantBefore := "", []string(nil)
	if len(f) > 0 {
		want, wantBefore = f[len(f)-1], f[:len(f)-1]
	}
	if last != want || !slices.Equal(strings.Fields(before), wantBefore) {
		t.Errorf("LastWord(%q) = %q, %q; want the words %q, %q", s, before, last, wantBefore, want)
	}
	if n := countFields(s); n != len(f) {
		t.Errorf("countFields(%q) = %d, want %d", s, n, len(f))
	}
}

// FuzzLastWord holds LastWord and countFields to strings.Fields on any text.
func FuzzLastWord(f *testing.F) {
	for _, s := range []string{"Ivan A. Lopez", " John  Smith \t", "Jos\u00e9 Mar\u00eda", "a\u2003b c", "Ann\x7fLee"} {
		f.Add(s)
	}
	f.Fuzz(checkLastWord)
}

// TestKeyedForms checks that the keyed forms answer as the word forms, by
// a word's key and by the zero key (not computed), and that a nil Scanner
// holds no particle.
func TestKeyedForms(t *testing.T) {
	for _, w := range []string{"the", "monday", "of", "smith", "al", "bin", "van", "de", "der", "jr.", "", "x"} {
		for _, k := range []wordset.Key{wordset.KeyOf(w), 0} {
			if got, want := IsFunctionWordKey(k, w), IsFunctionWord(w); got != want {
				t.Errorf("IsFunctionWordKey(%d, %q) = %v, IsFunctionWord = %v", k, w, got, want)
			}
			if got, want := testScanner.IsParticleKey(k, w), testScanner.IsParticle(w); got != want {
				t.Errorf("IsParticleKey(%d, %q) = %v, IsParticle = %v", k, w, got, want)
			}
		}
	}
	if !IsFunctionWord("the") || IsFunctionWord("smith") || !testScanner.IsParticle("bin") || (*Scanner)(nil).IsParticleKey(wordset.KeyOf("bin"), "bin") {
		t.Error("the word forms: the is a function word, smith is none; bin is a particle, of no nil scanner")
	}
}

// TestIndexSurname wants an index's Surname to be its scanner's, for the
// names added, read from the index.
func TestIndexSurname(t *testing.T) {
	x := NewIndex(testScanner)
	added := []string{"Rosa van Tilburg", "Omar bin Faris Jr.", "Ada Quell", "Quell"}
	for _, n := range added {
		x.Add(n)
	}
	for _, n := range added {
		if got, want := x.Surname(n), testScanner.Surname(n); got != want {
			t.Errorf("Surname(%q) = %q, want %q", n, got, want)
		}
	}
}
