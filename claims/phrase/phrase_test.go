package phrase

import (
	"strings"
	"testing"

	"github.com/claimdiff/claimdiff/claims/segment"
	"github.com/claimdiff/claimdiff/claims/wordset"
)

func TestLongest(t *testing.T) {
	s := New[string]()
	s.Add("barrels", "barrels")
	s.Add("barrels per day", "barrels/day")
	s.Add("U.S. State Department", "State Department")
	if s.Add("  ", "x") {
		t.Error("an empty phrase was added")
	}
	toks := segment.Segment("2.1 million barrels per day and the U.S. State Department said", segment.Options{}).Tokens
	tests := []struct {
		at      int
		want    string
		wantLen int
	}{{2, "barrels/day", 3}, {7, "State Department", 3}, {0, "", 0}}
	for _, tc := range tests {
		v, n := s.Longest(toks, tc.at, len(toks))
		if v != tc.want || n != tc.wantLen {
			t.Errorf("Longest at %d = %q, %d; want %q, %d", tc.at, v, n, tc.want, tc.wantLen)
		}
	}
	if v, n := s.Longest(toks, 2, 3); v != "barrels" || n != 1 {
		t.Errorf("a limit cuts the match short: got %q %d", v, n)
	}
	if !s.Starts("barrels") || s.Starts("day") || s.Len() != 3 || !s.Has("Barrels Per Day") {
		t.Error("Starts, Len or Has wrong")
	}
	var nilSet *Set[string]
	if _, n := nilSet.Longest(toks, 0, len(toks)); n != 0 {
		t.Error("a nil set matched")
	}
}

// TestGet wants Get's shortcuts (a lower-case word, ASCII words in any
// case) to find what looking the phrase's tokens up finds.
func TestGet(t *testing.T) {
	s := New[int]()
	for i, p := range []string{"pentagon", "State Department", "u.s.", "according to", "reuters", "o'brien"} {
		s.Add(p, i+1)
	}
	lookup := func(phrase string) (int, bool) {
		n := s.root
		for _, w := range Split(phrase) {
			if n, _ = n.next.Get(w); n == nil {
				return 0, false
			}
		}
		return n.val, n.final
	}
	for _, p := range []string{"pentagon", "Pentagon", "PENTAGON", "Pentagons", "state", "State Department",
		"U.S.", "According to", "Reuters", "Reuters's", "O'Brien", "", "Ünïcode", strings.Repeat("A", 40),
		"state  department", " State Department ", "State Department Pentagon", "State\tDepartment", "According to Reuters",
		"Nowhere Department", "State " + strings.Repeat("A", 40), "State Depart-ment", " "} {
		v, ok := s.Get(p)
		wv, wok := lookup(p)
		if v != wv || ok != wok {
			t.Errorf("Get(%q) = %d, %v; its tokens give %d, %v", p, v, ok, wv, wok)
		}
	}
}

// TestMayStart wants MayStart true at every token where Longest finds a
// phrase, false where no phrase can start (most tokens), and for a nil set.
func TestMayStart(t *testing.T) {
	s := New[bool]()
	for _, p := range []string{"according to", "said", "U.S. officials"} {
		s.Add(p, true)
	}
	toks := segment.Tokenize("Officials said, according to U.S. officials, that the vote was late")
	for i := range toks {
		_, n := s.Longest(toks, i, len(toks))
		if n > 0 && !s.MayStart(&toks[i]) {
			t.Errorf("MayStart(%q) = false where %d tokens match", toks[i].Norm, n)
		}
	}
	for _, i := range []int{0, 9, 10, 11} { // "officials", "that", "the", "vote"
		if s.MayStart(&toks[i]) {
			t.Errorf("MayStart(%q) = true for a word no phrase starts with", toks[i].Norm)
		}
	}
	var none *Set[bool]
	if none.MayStart(&toks[1]) {
		t.Error("a nil set may start a phrase")
	}
}

// TestGetAllocs wants a phrase that must be tokenised ("O'Brien", "Ivan
// A. Lopez") looked up by its tokens in room on the stack: one allocation
// at most, the lowered copy of a phrase with capitals.
func TestGetAllocs(t *testing.T) {
	s := New[int]()
	s.Add("Ivan A. Lopez", 1)
	for _, p := range []string{"Ivan A. Lopez", "o'brien", "Mary-Ann Keller"} {
		if n := testing.AllocsPerRun(10, func() { s.Get(p) }); n > 1 {
			t.Errorf("Get(%q): %.0f allocations, want at most 1", p, n)
		}
	}
}

// TestNilSet: a nil set holds nothing, as an empty one does.
func TestNilSet(t *testing.T) {
	var s *Set[bool]
	if s.Len() != 0 || s.Starts("said") {
		t.Errorf("nil set: Len %d, Starts %v", s.Len(), s.Starts("said"))
	}
	if _, n := s.Longest(segment.Tokenize("he said"), 0, 2); n != 0 {
		t.Errorf("nil set: Longest %d", n)
	}
}

// TestMayGo wants every node's filter of next words (mayGo) to let
// through each word it continues with, and a zero Key (not computed),
// and Longest to find the same phrases over tokens whose Keys are zero:
// a word the filter turns away would cut a phrase short.
func TestMayGo(t *testing.T) {
	s := New[int]()
	phrases := []string{"according to", "according to the", "said in a statement", "said", "in a statement",
		"U.S. State Department", "State Department", "the state of affairs", "the state", "of the", "of a"}
	for i, p := range phrases {
		s.Add(p, i)
	}
	var walk func(n *node[int])
	walk = func(n *node[int]) {
		if n.next.Len() > 0 && !n.mayGo(0) {
			t.Error("a node with next words turns away the zero Key")
		}
		for w, c := range n.next.All() {
			if !n.mayGo(wordset.KeyOf(w)) {
				t.Errorf("a node turns away its next word %q", w)
			}
			walk(c)
		}
	}
	walk(s.root)
	text := "the state of the U.S. State Department said in a statement, according to the state of affairs"
	toks := segment.Segment(text, segment.Options{}).Tokens
	zeroed := append([]segment.Token(nil), toks...)
	for i := range zeroed {
		zeroed[i].Key = 0
	}
	found := 0
	for i := range toks {
		v, n := s.Longest(toks, i, len(toks))
		if v0, n0 := s.Longest(zeroed, i, len(toks)); v0 != v || n0 != n {
			t.Errorf("at %d: Longest = %d, %d with Keys, %d, %d without", i, v, n, v0, n0)
		}
		if n > 1 {
			found++
		}
	}
	if found < 5 {
		t.Errorf("only %d phrases of more than a word found", found)
	}
}
