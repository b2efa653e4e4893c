package rules

import "testing"

func TestSharedSubjectForms(t *testing.T) {
	r, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	set := r.Attribution.SharedSubject
	for _, c := range []struct {
		phrase string
		want   bool
	}{
		// a verb stands for its forms, irregular ones by english's list
		{"continued", true}, {"went on", true}, {"going on", true}, {"began", true}, {"begun", true}, {"used", true},
		{"begined", false}, {"beginned", false},
		// an adjective is listed as written
		{"quick", true}, {"quicked", false}, {"quicks", false}, {"likelies", false},
	} {
		if got := set.Has(c.phrase); got != c.want {
			t.Errorf("SharedSubject.Has(%q) = %v, want %v", c.phrase, got, c.want)
		}
	}
}
