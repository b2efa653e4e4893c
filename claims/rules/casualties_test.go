package rules

import "testing"

// TestCasualtiesLists: every casualties list is made, loaded from its key
// and cloned apart: a word added to a clone's list is not the original's.
func TestCasualtiesLists(t *testing.T) {
	r, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	orig := r.Casualties
	c := orig.clone()
	from := orig.lists()
	for i, l := range c.lists() {
		if *l.set == nil || *from[i].set == nil {
			t.Fatalf("casualties.%s: no list", l.key)
		}
		if (*from[i].set).Len() == 0 {
			t.Errorf("casualties.%s: the default rules give it no words", l.key)
		}
		(*l.set).Add("zzz-only-in-the-clone", true)
		if (*from[i].set).Has("zzz-only-in-the-clone") {
			t.Errorf("casualties.%s: the clone shares its list with the original", l.key)
		}
	}
}
