package compare

import (
	"slices"
	"strings"
	"testing"
)

// TestNewClustersKeys: items with equal keys join the first of them,
// whatever their order; items whose words differ, or only join alike
// ("a b" + "c" and "a" + "b c"), stay apart.
func TestNewClustersKeys(t *testing.T) {
	keys := [][]string{{"a", "b"}, {"c"}, {"a", "b"}, {"a b"}, {"a", "b", "c"}, {"c"}, {"ab"}, {"a", "b"}, {}, {}}
	c := newClusters(len(keys), func(i int) []string { return keys[i] })
	want := map[string]int{}
	for i, k := range keys {
		s := strings.Join(k, "\x00") + "|" + string(rune('0'+len(k)))
		f, ok := want[s]
		if !ok {
			want[s] = i
			f = i
		}
		if got := c.find(i); got != f {
			t.Errorf("item %d %q joins %d, want %d", i, k, got, f)
		}
	}
	if want := []int{0, 1, 3, 4, 6, 8}; !slices.Equal(c.firsts, want) {
		t.Errorf("firsts %v, want %v", c.firsts, want)
	}
}

// TestNewWeightsOrder: sets given document by document and the same sets
// in reverse (not in document order, so reordered first) weigh alike, and
// the counts are the ones written out.
func TestNewWeightsOrder(t *testing.T) {
	sets := []wordSet{{"a", "b"}, {"a"}, {"a", "c"}, {"b"}, {"a", "b"}, {"a"}, {"c"}, {"a", "b", "c"}}
	docs := []int{0, 0, 0, 1, 2, 2, 2, 5}
	got := newWeights(sets, docs, nil)
	rs, rd := slices.Clone(sets), slices.Clone(docs)
	slices.Reverse(rs)
	slices.Reverse(rd)
	want := newWeights(rs, rd, nil)
	for _, x := range []string{"a", "b", "c"} {
		if got.idf[x] != want.idf[x] || got.perDoc[x] != want.perDoc[x] {
			t.Errorf("%s: idf %v perDoc %d, want %v %d", x, got.idf[x], got.perDoc[x], want.idf[x], want.perDoc[x])
		}
	}
	if got.perDoc["a"] != 3 || got.perDoc["b"] != 1 {
		t.Errorf("perDoc a %d b %d, want 3 and 1", got.perDoc["a"], got.perDoc["b"])
	}
}
