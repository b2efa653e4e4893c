package wordset

import (
	"fmt"
	"slices"
	"strings"
	"testing"
)

// TestSet wants Has to agree with a map of the words added, for sets of
// every size (so tables grown many times), for the words, their variants
// and words never added; and Words, Len and Union to list them.
func TestSet(t *testing.T) {
	for _, n := range []int{0, 1, 7, 8, 9, 100, 1000} {
		want := map[string]bool{}
		var words []string
		for i := range n {
			w := fmt.Sprintf("w%dx", i*7919%10007)
			words = append(words, w)
			want[w] = true
		}
		s := New(append(append(words, ""), words[:n/2]...)...) // the empty word and repeats change nothing
		probe := []string{"", "a", "the", "über", strings.Repeat("z", 300)}
		for _, w := range words {
			probe = append(probe, w, w+"s", strings.ToUpper(w), w[:len(w)-1])
		}
		for _, w := range probe {
			if got := s.Has(w); got != want[w] {
				t.Errorf("n=%d: Has(%q) = %v, want %v", n, w, got, want[w])
			}
			// by a token's Key, or by none (0: not computed)
			if s.HasKey(KeyOf(w), w) != want[w] || s.HasKey(0, w) != want[w] {
				t.Errorf("n=%d: HasKey(%q) differs from Has", n, w)
			}
			if want[w] && !s.May(w) {
				t.Errorf("n=%d: May(%q) = false for a word of the set", n, w)
			}
		}
		if s.Len() != n {
			t.Errorf("n=%d: Len() = %d", n, s.Len())
		}
		sorted := slices.Sorted(slices.Values(words))
		if got := s.Words(); !slices.Equal(got, sorted) {
			t.Errorf("n=%d: Words() = %v, want %v", n, got, sorted)
		}
		u := Union(s, New("extra"))
		if !u.Has("extra") || u.Len() != n+1 || (n > 0 && !u.Has(words[n-1])) {
			t.Errorf("n=%d: Union lost words: %v", n, u.Words())
		}
	}
}

// TestZeroSet wants the zero Set empty and ready to use.
func TestZeroSet(t *testing.T) {
	var s Set
	if s.Has("a") || s.Has("") || s.Len() != 0 {
		t.Fatal("the zero Set holds words")
	}
	s.Add("a")
	if !s.Has("a") || s.Has("b") {
		t.Fatalf("after Add(a): Has(a)=%v Has(b)=%v", s.Has("a"), s.Has("b"))
	}
}

// TestFilter wants May never to turn away a word added.
func TestFilter(t *testing.T) {
	var f Filter
	words := []string{"a", "the", "according", "'s", "über", strings.Repeat("x", 5000)}
	for _, w := range words {
		f.Add(w)
	}
	for _, w := range words {
		if !f.May(w) {
			t.Errorf("May(%q) = false for a word added", w)
		}
	}
	// no word's key is the zero key, which means "not computed": a filter
	// filled with zero keys (AddKey's hazard) holds the zero key's bit alone
	// and turns away every word but the few whose keys share that bit; a
	// zero key may be in any filter that holds a word, in no empty one
	var zeros Filter
	zeros.AddKey(0)
	for _, w := range append(words, "", "b", "they", "accorded", "'t") {
		if KeyOf(w) == 0 {
			t.Errorf("KeyOf(%q) = 0, which means not computed", w)
		}
		if zeros.May(w) && keyBit(KeyOf(w)) != keyBit(0) {
			t.Errorf("a filter of zero keys may hold %q", w)
		}
	}
	var none Filter
	if !f.MayKey(0) || none.MayKey(0) {
		t.Error("MayKey(0) is not true of a filter holding words, false of an empty one")
	}
	var g, joined Filter
	g.Add("other")
	joined.Join(&f)
	joined.Join(&g)
	for _, w := range append(words, "other") {
		if !joined.May(w) {
			t.Errorf("joined: May(%q) = false for a word of either filter", w)
		}
	}
	var empty Filter
	if empty.May("the") || joined == empty {
		t.Error("an empty filter holds a word, or a joined one none")
	}
}

// BenchmarkHas looks up a sentence's words in a closed class, most of
// them not in it, as the extraction does at every token.
func BenchmarkHas(b *testing.B) {
	s := New(strings.Fields("the a an this that these those its his her their our my your whose which what some any each every no another such either neither")...)
	text := strings.Fields("the governor of the state said on tuesday that at least five people were killed and a dozen more hurt in the blast which police called an act of terror")
	for b.Loop() {
		for _, w := range text {
			s.Has(w)
		}
	}
}

// TestMap wants Get to return the last value Put for every key, through
// many growths of the table, and nothing for other words.
func TestMap(t *testing.T) {
	var m Map[int]
	want := map[string]int{}
	for i := range 500 {
		w := fmt.Sprintf("k%d", i%300)
		m.Put(w, i)
		want[w] = i
	}
	m.Put("", 1) // never a key
	if m.Len() != len(want) {
		t.Errorf("Len() = %d, want %d", m.Len(), len(want))
	}
	for w, v := range want {
		if got, ok := m.Get(w); !ok || got != v {
			t.Errorf("Get(%q) = %d, %v; want %d", w, got, ok, v)
		}
		if got, ok := m.GetKey(KeyOf(w), w); !ok || got != v {
			t.Errorf("GetKey(%q) = %d, %v; want %d", w, got, ok, v)
		}
	}
	for _, w := range []string{"", "k300", "k", "K1"} {
		if _, ok := m.Get(w); ok {
			t.Errorf("Get(%q) found a key never put", w)
		}
		if _, ok := m.GetKey(KeyOf(w), w); ok {
			t.Errorf("GetKey(%q) found a key never put", w)
		}
	}
	n := 0
	for w, v := range m.All() {
		if want[w] != v {
			t.Errorf("All yields %q=%d, want %d", w, v, want[w])
		}
		n++
	}
	if n != len(want) {
		t.Errorf("All yields %d keys, want %d", n, len(want))
	}
}

// TestMapSameKey wants GetKey to tell apart words whose Keys are the same
// (the same length and first, middle and last bytes), which it compares
// byte by byte: of odd and even lengths, differing at each place the Key
// does not read.
func TestMapSameKey(t *testing.T) {
	tests := []struct{ put, get string }{
		{"stated", "slated"}, {"stated", "stxted"}, {"stated", "statid"},
		{"cat", "cat"}, {"a", "a"}, {"ab", "ab"}, {"abcde", "axcde"}, {"abcde", "abcxe"},
		{"according", "accxrding"}, {"according", "accordixg"}, {"according", "according"},
	}
	for _, tc := range tests {
		if KeyOf(tc.put) != KeyOf(tc.get) {
			t.Fatalf("%q and %q: not the same Key, so not a test of the comparison", tc.put, tc.get)
		}
		var m Map[int]
		m.Put(tc.put, 1)
		_, ok := m.GetKey(KeyOf(tc.get), tc.get)
		if want := tc.put == tc.get; ok != want {
			t.Errorf("put %q: GetKey(%q) found it = %v, want %v", tc.put, tc.get, ok, want)
		}
	}
}

// TestSameWord wants GetKey to compare the word it finds under a Key as
// == does, for words of every length from 1 to 24 (where the pieces it
// compares, 2, 4 or 8 bytes at a time, overlap differently) differing from
// one another at any one byte, and for a few non-ASCII words: each word is
// asked for by the Key of each, so that the look-up reaches the other
// word's slot whatever the tags say.
func TestSameWord(t *testing.T) {
	words := []string{"über", "ünder", "sa d", "repOrts"}
	const letters = "abcdefghijklmnopqrstuvwx"
	for n := 1; n <= len(letters); n++ {
		base := letters[:n]
		words = append(words, base)
		for i := range n {
			words = append(words, base[:i]+"Z"+base[i+1:])
		}
	}
	for _, a := range words {
		var m Map[bool]
		m.Put(a, true)
		for _, b := range words {
			if _, got := m.GetKey(KeyOf(a), b); got != (a == b) {
				t.Errorf("GetKey(KeyOf(%q), %q) over {%q} found it = %v", a, b, a, got)
			}
			if _, got := m.GetKey(KeyOf(b), b); got != (a == b) {
				t.Errorf("GetKey(%q) over {%q} found it = %v", b, a, got)
			}
		}
	}
}

// TestMapReserve: a table given room for n keys takes them without
// growing, keeps the keys it held, and is not made smaller.
func TestMapReserve(t *testing.T) {
	for _, tc := range []struct{ held, reserve int }{{0, 0}, {0, 1}, {0, 5}, {0, 300}, {3, 100}, {40, 10}} {
		var m Map[int]
		for i := range tc.held {
			m.Put(fmt.Sprintf("h%d", i), i)
		}
		before := len(m.tags)
		m.Reserve(tc.held + tc.reserve)
		if len(m.tags) < before {
			t.Errorf("held %d, Reserve(%d): the table shrank from %d to %d slots", tc.held, tc.held+tc.reserve, before, len(m.tags))
		}
		size := len(m.tags)
		for i := range tc.reserve {
			m.Put(fmt.Sprintf("r%d", i), -i)
		}
		if tc.reserve > 0 && len(m.tags) != size {
			t.Errorf("held %d, Reserve(%d): putting %d keys grew the table from %d to %d slots", tc.held, tc.held+tc.reserve, tc.reserve, size, len(m.tags))
		}
		for i := range tc.held {
			if v, ok := m.Get(fmt.Sprintf("h%d", i)); !ok || v != i {
				t.Errorf("held %d, Reserve(%d): h%d = %d, %v after", tc.held, tc.held+tc.reserve, i, v, ok)
			}
		}
		if m.Len() != tc.held+tc.reserve {
			t.Errorf("held %d, reserved %d: Len() = %d", tc.held, tc.reserve, m.Len())
		}
	}
}

// keyBit numbers the bit of Key k in a Filter, 0 to filterBits-1: its
// word times 64, and its place in the word, counted from the sign bit
// (bit).
func keyBit(k Key) uint { return uint(k>>wordShift)*64 + uint(k%64) }

// TestFilterSpread wants words' keys' bits spread over the filter, so
// that a set's filter turns away most words it does not hold: words that
// share their length and first and last bytes ("bat", "bet", "bit") get
// keys of their own, and the 17,576 words of three letters cover at least
// half the bits (about 65 % for keys drawn at random; their length and
// ends alone would give 676).
func TestFilterSpread(t *testing.T) {
	seen := map[uint]bool{}
	for _, w := range []string{"bat", "bet", "bit", "bot", "but"} {
		seen[keyBit(KeyOf(w))] = true
	}
	if len(seen) != 5 {
		t.Errorf("bat, bet, bit, bot and but have %d bits, want 5", len(seen))
	}
	clear(seen)
	w := []byte("aaa")
	for a := byte('a'); a <= 'z'; a++ {
		for b := byte('a'); b <= 'z'; b++ {
			for c := byte('a'); c <= 'z'; c++ {
				w[0], w[1], w[2] = a, b, c
				b := keyBit(KeyOf(string(w)))
				if b >= filterBits {
					t.Fatalf("%s: bit %d, want 0 to %d", w, b, filterBits-1)
				}
				seen[b] = true
			}
		}
	}
	if len(seen) < filterBits/2 {
		t.Errorf("the words of three letters have %d bits, want at least %d", len(seen), filterBits/2)
	}
}

// TestWideFilter wants a WideFilter to hold every word added, the zero
// Key once any word is, and to turn away most other words where a Filter
// of the same thousands of words lets a third through.
func TestWideFilter(t *testing.T) {
	var wide WideFilter
	var narrow Filter
	if wide.MayKey(0) {
		t.Error("an empty WideFilter may hold the zero Key")
	}
	added := func(i int) string { return fmt.Sprintf("form%d", i) }
	for i := range 5000 {
		wide.AddKey(KeyOf(added(i)))
		narrow.AddKey(KeyOf(added(i)))
	}
	for i := range 5000 {
		if !wide.MayKey(KeyOf(added(i))) {
			t.Fatalf("MayKey(%q) = false for a word added", added(i))
		}
	}
	if !wide.MayKey(0) {
		t.Error("a WideFilter holding words turns away the zero Key")
	}
	wideIn, narrowIn := 0, 0
	for i := range 10000 {
		k := KeyOf(fmt.Sprintf("other%d", i))
		if wide.MayKey(k) {
			wideIn++
		}
		if narrow.MayKey(k) {
			narrowIn++
		}
	}
	if wideIn*4 > narrowIn {
		t.Errorf("a WideFilter lets %d of 10,000 other words through, a Filter %d: want a quarter or fewer", wideIn, narrowIn)
	}
}
