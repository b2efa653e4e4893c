package cuemodel

import (
	"slices"
	"strings"
	"testing"

	"github.com/claimdiff/claimdiff/claims/rules"
	"github.com/claimdiff/claimdiff/claims/segment"
	"github.com/claimdiff/claimdiff/internal/rulestest"
	"github.com/claimdiff/claimdiff/internal/seedstest"
)

// tokenAt returns the sentence and index of the first token with form w.
func tokenAt(t *testing.T, txt *segment.Text, w string) (segment.Sentence, int) {
	t.Helper()
	for _, s := range txt.Sentences {
		for i := s.First; i < s.Last; i++ {
			if txt.Src[txt.Tokens[i].Start:txt.Tokens[i].End] == w {
				return s, i
			}
		}
	}
	t.Fatalf("no token %q", w)
	return segment.Sentence{}, -1
}

func TestCandidate(t *testing.T) {
	txt := segment.Segment("The mayor publicly lamented that they don't care, Lamented said.", segment.Options{})
	for _, tc := range []struct {
		word string
		want bool
	}{
		{"The", false}, {"mayor", true}, {"publicly", false}, {"lamented", true}, {"that", false},
		{"they", false}, {"don't", false}, {"care", true}, {"Lamented", false}, {",", false},
	} {
		_, i := tokenAt(t, txt, tc.word)
		if got := Candidate(txt.Tokens, i); got != tc.want {
			t.Errorf("Candidate(%q) = %v, want %v", tc.word, got, tc.want)
		}
	}
}

func TestFeatures(t *testing.T) {
	r := rulestest.Default(t)
	for _, tc := range []struct {
		text, word  string
		has, hasNot []uint32
	}{
		{`The mayor fretted that taxes rose.`, "fretted",
			[]uint32{hash1(fWord, "fretted"), hash1(fStem, "frett"), hash2(fAfter, "that", "@1"), hash2(fBefore, "role", "@1"), hash1(fSuffix3, "ted")},
			[]uint32{hash2(fAfter, "quote", "@1"), hash1(fListed, "speech"), hash2(fBefore, "pronoun", "@1")}},
		{`He insisted: "We will win."`, "insisted",
			[]uint32{hash2(fBefore, "pronoun", "@1"), hash2(fAfter, ":", "@1"), hash2(fAfter, "quote", "@2"), hash2(fWordAfter, "insist", "quote")},
			[]uint32{hash2(fBefore, "name", "@1")}},
		{`Senator Ann Lee said the bill failed.`, "said",
			[]uint32{hash1(fListed, "speech"), hash2(fBefore, "name", "@1"), hash1(fPrev1, "<Cap>")},
			[]uint32{hash2(fAfter, "that", "@1")}},
	} {
		txt := segment.Segment(tc.text, segment.Options{})
		s, i := tokenAt(t, txt, tc.word)
		got := Features(nil, txt, s, i, NewLists(r.Attribution))
		for _, f := range tc.has {
			if !slices.Contains(got, f) {
				t.Errorf("%q: a feature %#x is missing", tc.text, f)
			}
		}
		for _, f := range tc.hasNot {
			if slices.Contains(got, f) {
				t.Errorf("%q: feature %#x is there and should not be", tc.text, f)
			}
		}
	}
}

func TestInQuotes(t *testing.T) {
	txt := segment.Segment(`He said "we won" and “they lost” today.`, segment.Options{})
	in := InQuotes(txt)
	for _, tc := range []struct {
		word string
		want bool
	}{{"said", false}, {"we", true}, {"won", true}, {"and", false}, {"they", true}, {"lost", true}, {"today", false}} {
		_, i := tokenAt(t, txt, tc.word)
		if in[i] != tc.want {
			t.Errorf("InQuotes at %q = %v, want %v", tc.word, in[i], tc.want)
		}
	}
}

func TestStem(t *testing.T) {
	for w, want := range map[string]string{"claims": "claim", "claimed": "claim", "claiming": "claim", "denies": "den", "denied": "den", "say": "say", "is": "is"} {
		if got := Stem(w); got != want {
			t.Errorf("Stem(%q) = %q, want %q", w, got, want)
		}
	}
}

// TestStemAsSuffixList holds Stem to its definition, the suffixes tried
// longest first on words long enough, over the words where the lengths
// matter.
func TestStemAsSuffixList(t *testing.T) {
	byList := func(w string) string {
		for _, suf := range [...]string{"ing", "ied", "ies", "ed", "es", "s", "d"} {
			if len(w) > len(suf)+2 && strings.HasSuffix(w, suf) {
				return w[:len(w)-len(suf)]
			}
		}
		return w
	}
	for _, w := range []string{"", "s", "is", "was", "says", "said", "shed", "sued", "used", "dies", "died", "tied", "ties",
		"goes", "does", "sing", "ring", "bring", "saying", "noted", "notes", "note", "replied", "replies", "bed", "beds",
		"ed", "ied", "ies", "ing", "king", "kings", "warned", "warning", "ss", "sss", "ssss", "dd", "ddd", "dddd", "eded"} {
		if got, want := Stem(w), byList(w); got != want {
			t.Errorf("Stem(%q) = %q, want %q", w, got, want)
		}
	}
}

// TestKnownToken checks that KnownToken answers as Known for the words of
// a text, its own stems or not, with the tokeniser's Key and without one,
// and for every known stem with endings Stem takes off or not; and that
// MayKnow lets every known word through.
func TestKnownToken(t *testing.T) {
	m := Embedded()
	toks := segment.Tokenize("Officials said, claiming the senator warned and insisted: it predicts saying denied.")
	known := 0
	for i := range toks {
		tok := toks[i]
		want := m.Known(tok.Norm)
		if want {
			known++
		}
		if got := m.KnownToken(&tok); got != want {
			t.Errorf("KnownToken(%q) = %v, Known = %v", tok.Norm, got, want)
		}
		tok.Key = 0
		if got := m.KnownToken(&tok); got != want {
			t.Errorf("KnownToken(%q) without a Key = %v, Known = %v", tok.Norm, got, want)
		}
		if want && !m.MayKnow(&tok) {
			t.Errorf("MayKnow(%q) without a Key is false for a known word", tok.Norm)
		}
	}
	if known == 0 {
		t.Error("no word of the text is a known cue stem")
	}
	// every stem with every ending and a few more: a form Stem does not
	// take back to the stem ("ringing" of "ring" is "ring", "rings" of
	// "rin" is "ring") is known only by its own stem
	for _, s := range m.Stems() {
		for _, end := range []string{"", "ing", "ied", "ed", "d", "ies", "es", "s", "ings", "er", "e", "y"} {
			w := s + end
			tok := segment.Tokenize(w)
			if len(tok) != 1 {
				continue
			}
			if got, want := m.KnownToken(&tok[0]), m.Known(w); got != want {
				t.Errorf("KnownToken(%q) = %v, Known = %v", w, got, want)
			}
			if m.Known(w) && !m.MayKnow(&tok[0]) {
				t.Errorf("MayKnow(%q) is false for a known word", w)
			}
		}
	}
	if (*Model)(nil).KnownToken(&toks[0]) {
		t.Error("the nil model knows a word")
	}
	if (&Model{}).MayKnow(&toks[1]) || (*Model)(nil).MayKnow(&toks[1]) {
		t.Error("the zero or nil model may know a word")
	}
}

// TestHasApostrophe checks hasApostrophe against strings.ContainsAny.
func TestHasApostrophe(t *testing.T) {
	for _, w := range []string{"don't", "don’t", "said", "", "'", "’", "caf\xe2\x80", "\xe2\x80\x99", "\xff’", "a\u2018b", "it’s'"} {
		if got, want := hasApostrophe(w), strings.ContainsAny(w, "'’"); got != want {
			t.Errorf("hasApostrophe(%q) = %v, want %v", w, got, want)
		}
	}
}

// TestFeaturesRoom wants Features to make its room once, at maxFeatures,
// and never to append more: a token whose window is full of quote marks,
// pronouns, names, roles and cues.
func TestFeaturesRoom(t *testing.T) {
	r := rulestest.Default(t)
	txt := segment.Segment(`"He said," officer Mary Jones told "she": "they said" it told "that" to 9 whether`, segment.Options{})
	s, tried, l := txt.Sentences[0], 0, NewLists(r.Attribution)
	for i := s.First; i < s.Last; i++ {
		if !Candidate(txt.Tokens, i) {
			continue
		}
		tried++
		if n := len(Features(nil, txt, s, i, l)); n > maxFeatures {
			t.Errorf("token %d: %d features, more than maxFeatures (%d)", i, n, maxFeatures)
		}
		if raceEnabled {
			continue // the race detector's instrumentation allocates on its own
		}
		if n := testing.AllocsPerRun(5, func() { Features(nil, txt, s, i, l) }); n != 1 {
			t.Errorf("token %d: Features(nil) allocates %v times, want 1", i, n)
		}
	}
	if tried < 3 {
		t.Fatalf("%d candidates, want 3 or more", tried)
	}
}

// TestHashedOnce: the features hashed once, at start, are the hashes of
// the templates and words spelled out, bucket by bucket in distances'
// order, as Features hashed them for every candidate before: a table
// out of order would give a trained weight to the wrong feature.
func TestHashedOnce(t *testing.T) {
	for _, c := range []struct {
		name      string
		got, want uint32
	}{
		{"bias", biasFeature, hash1(fBias, "")},
		{"after a number", afterNumber, hash1(fAfter, "number")},
		{"before a cue", beforeCue, hash1(fBefore, "cue")},
		{"a cue far before", farCue, hash2(fBefore, "cue", "@far")},
		{"listed speech", listedSpeech, hash1(fListed, "speech")},
		{"listed document", listedDocument, hash1(fListed, "document")},
		{"after a quote, 1", afterQuote[0], hash2(fAfter, "quote", "@1")},
		{"before a quote, 2", beforeQuote[1], hash2(fBefore, "quote", "@2")},
		{"before a pronoun, 3-4", beforePronoun[2], hash2(fBefore, "pronoun", "@3-4")},
		{"before a name, 5-8", beforeName[3], hash2(fBefore, "name", "@5-8")},
		{"before a role, far", beforeRole[4], hash2(fBefore, "role", "@far")},
		{"from the start, 2", fromStart[1], hash1(fFromStart, "@2")},
		{"to the end, far", toEnd[4], hash1(fToEnd, "@far")},
	} {
		if c.got != c.want {
			t.Errorf("%s: %#x, want %#x", c.name, c.got, c.want)
		}
	}
	for d, want := range map[int]string{0: "@1", 1: "@1", 2: "@2", 3: "@3-4", 4: "@3-4", 5: "@5-8", 8: "@5-8", 9: "@far"} {
		if got := distance(d); got != want {
			t.Errorf("distance(%d) = %q, want %q", d, got, want)
		}
	}
}

// TestListsListed wants the Lists' joint first-word filter (MayStartCue,
// which the features ask before each list's look-up) to turn away no word
// Listed finds a cue at, of any of the three lists: a filter that did
// would lose the feature.
func TestListsListed(t *testing.T) {
	r := rulestest.Default(t)
	l := NewLists(r.Attribution)
	txt := segment.Segment(`Officials said on Monday, according to a report, that the mayor supports the plan and opposes the tax; `+
		`a study found that voters believe he claimed, as he told reporters and denied, that the data show gains.`, segment.Options{})
	hits := 0
	for _, s := range txt.Sentences {
		for k := s.First; k < s.Last; k++ {
			if txt.Tokens[k].Kind != segment.Word {
				continue
			}
			want := Listed(txt.Tokens, k, s.Last, r.Attribution)
			if want && !l.MayStartCue(txt.Tokens[k].Key) {
				t.Errorf("token %d (%q): Listed finds a cue, MayStartCue turns it away", k, txt.Tokens[k].Norm)
			}
			if want {
				hits++
			}
		}
	}
	if hits < 4 {
		t.Fatalf("%d listed words, want 4 or more", hits)
	}
}

// TestFeaturesKnown wants FeaturesKnown to append the Features and then
// the known stems' features as they read when each was looked for on its
// own: the cue before the token is any listed cue within the window
// before it or further back (knownCue, below), read in Features' pass.
func TestFeaturesKnown(t *testing.T) {
	r := rulestest.Default(t)
	l := NewLists(r.Attribution)
	txt := segment.Segment(`Officials said on Monday that the mayor, who opposes the plan and denied the report, lamented the taxes. `+
		`A study found voters believe he quipped. Residents, according to a letter the council sent to every household in the county last week, fretted. `+
		`He "fretted" that they supported the plan.`, segment.Options{})
	seen := map[string]bool{}
	for _, s := range txt.Sentences {
		for i := s.First; i < s.Last; i++ {
			if !Candidate(txt.Tokens, i) {
				continue
			}
			got := FeaturesKnown(nil, txt, s, i, l)
			want := Features(nil, txt, s, i, l)
			if !slices.Equal(got[:len(want)], want) {
				t.Errorf("token %d (%q): FeaturesKnown does not start with the Features", i, txt.Tokens[i].Norm)
				continue
			}
			stem, cue := Stem(txt.Tokens[i].Norm), knownCue(txt, s, i, r.Attribution)
			seen[cue] = true
			if w := hash2(fStemCueBefore, stem, cue); got[len(got)-1] != w || len(got) != len(want)+maxKnownFeatures {
				t.Errorf("token %d (%q): the cue-before feature is not %q's", i, txt.Tokens[i].Norm, cue)
			}
		}
	}
	if !seen["cue"] || !seen["nocue"] {
		t.Fatalf("the text's candidates read %v, want both a cue before one and none", seen)
	}
}

// knownCue is the cue before candidate token i of sentence s as the
// known stems' features name it, looked for on its own: "cue" for a
// listed cue within nestWindow tokens before it, else "nocue".
func knownCue(txt *segment.Text, s segment.Sentence, i int, at *rules.Attribution) string {
	for k := i - 1; k >= s.First && k >= i-nestWindow; k-- {
		if txt.Tokens[k].Kind == segment.Word && Listed(txt.Tokens, k, s.Last, at) {
			return "cue"
		}
	}
	return "nocue"
}

// TestStemEndings wants every ending Stem takes off a word to be one of
// stemEndings, from which the model's known forms are built: a word
// whose ending Stem cuts but addStem never adds would be Known and not
// KnownToken. The words are the seeds' and each stem with each ending
// English verbs and nouns take.
func TestStemEndings(t *testing.T) {
	words := []string{}
	for _, text := range seedstest.Texts(t) {
		for _, tok := range segment.Tokenize(text) {
			words = append(words, tok.Norm)
		}
	}
	for _, stem := range []string{"warn", "deny", "admit", "confirm", "describe", "agree", "cri", "pass"} {
		for _, end := range []string{"", "s", "es", "ies", "d", "ed", "ied", "ing", "er", "ers", "ly", "ment", "ness", "en", "est"} {
			words = append(words, stem+end)
		}
	}
	for _, w := range words {
		if st := Stem(w); st != w {
			if end, ok := strings.CutPrefix(w, st); !ok || !slices.Contains(stemEndings[:], end) {
				t.Errorf("Stem(%q) = %q: the ending %q is not among stemEndings", w, st, end)
			}
		}
	}
}
