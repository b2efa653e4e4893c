package compare

import "testing"

func TestNamedOutlet(t *testing.T) {
	for _, c := range []struct {
		source, speaker string
		want            bool
	}{
		{"nyt", "The New York Times", true},    // initials
		{"foxnews.com", "Fox News", true},      // words joined
		{"nytimes.com", "the Times", true},     // last word
		{"www.kfor.com", "KFOR's", true},       // possessive, www.
		{"cnn", "police", false},               // no word of it
		{"x", "X", false},                      // a source of one letter names nothing
		{"reuters", "", false},                 // no speaker
		{"apnews.com", "the AP", false},        // "ap" is neither prefix nor initials of "apnews"
		{"washingtonpost", "Washington", true}, // a prefix of three letters or more
	} {
		if got := speakerNameOf(c.speaker).namesKey(outletKey(c.source)); got != c.want {
			t.Errorf("%q names %q = %v, want %v", c.speaker, c.source, got, c.want)
		}
	}
}
