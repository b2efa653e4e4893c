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
