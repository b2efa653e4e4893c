package english

import "testing"

func TestSingular(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"albums", "album"}, {"people", "person"}, {"casualties", "casualty"}, {"boxes", "box"},
		{"churches", "church"}, {"bus", "bus"}, {"gas", "gas"}, {"troops", "troop"}, {"ounce", "ounce"},
		{"heroes", "hero"}, {"crisis", "crisis"}, {"class", "class"}, {"wages", "wage"}, {"yes", "yes"},
	} {
		if got := Singular(c.in); got != c.want {
			t.Errorf("Singular(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

func TestClasses(t *testing.T) {
	if !IsDeterminer("the") || IsDeterminer("but") {
		t.Error("determiners: the is one, but is not")
	}
	if !IsAuxiliary("were") || IsAuxiliary("had been") {
		t.Error("auxiliaries are single tokens")
	}
	if !IsFunctionWord("of") || IsFunctionWord("albums") {
		t.Error("function words")
	}
}
