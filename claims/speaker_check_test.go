package claims

import (
	"strings"
	"testing"

	"github.com/claimdiff/claimdiff/internal/rulestest"
)

// TestPlausibleSpeaker checks which speaker names read as misreads: those
// are recorded as unknown speakers.
func TestPlausibleSpeaker(t *testing.T) {
	r := rulestest.Default(t)
	for _, tc := range []struct {
		speaker string
		want    bool
	}{
		{"Smith and Wesson", true},
		{"the Department of Health and Human Services", true},
		{"his lawyer, but officers", false},
		{"officials although police", false},
		{"We're", false},
		{"35 a.m.", false},
		{"42%", true},
		{"one resident", true},
		{"aunt of one of the teens", true}, // a part of a group after "of", no pronoun
		{"one of them", false},
		{"some experts", true},
		{"Neither suspect", false},
		{"police officer vividly", false},
		{"us media", true},
		{"US Department of Justice", true},
		{"NEW YORK", false}, // a dateline
		{"SAN ANTONIO -- A Halloween party", false},
		{"Instead", false}, // a sentence adverb
		{"Like", false},    // a preposition alone: "Like others defending the law, ..."
		{"Kelly", true},
		{"FBI", true},
		{"Will Doyle", true},
		{"Does the president", false}, // a question's auxiliary: "Does the president still hope to ..."
		{"Did he", false},
		{"May Smith", true},
		{"her family", true},
		{"victim's family", true},
		{"He sent out a fundraising email", false},
		{"who introduced a bill this month", false},
		{"Lancet said the early-stage trials", false},
		{"R-Texas", false}, // a party-and-state tag: the apposition of a name
		{"D-N.Y.", false},
		{"Texas", true},
		{"taken from a dashcam video", false},       // a participle's phrase: "A still photo taken from a dashcam video shows"
		{"injured, in the crash on Route 9", false}, // the participle with its comma
		{"scrolled across the top of the post's website", false},
		{"data released by the agency", true},
		{"Armed men", true},
		{"retired general", true},
		{"stolen from a parked car", false},
		{"Alfred of the county", true}, // a name in -ed, capitalised: no participle
	} {
		if got := plausibleSpeaker(tc.speaker, r.Attribution); got != tc.want {
			t.Errorf("plausibleSpeaker(%q) = %v, want %v", tc.speaker, got, tc.want)
		}
	}
}

// TestContraction checks the contractions a speaker's name never holds,
// with straight and curly apostrophes, against the names that hold one.
func TestContraction(t *testing.T) {
	for w, want := range map[string]bool{
		"we're": true, "we’re": true, "don't": true, "don’t": true, "i'm": true, "they’ve": true, "she'd": true, "we'll": true,
		"o'brien": false, "o’brien": false, "trump's": false, "trump’s": false, "smith": false, "": false, "'t": true, "rock'n’roll": false,
	} {
		if got := contraction(w); got != want {
			t.Errorf("contraction(%q) = %v, want %v", w, got, want)
		}
	}
}

// TestTrimPunct holds trimPunct to strings.Trim, and contraction's screen
// to the apostrophes it looks for, over words with and without the
// cutsets' bytes at either end.
func TestTrimPunct(t *testing.T) {
	words := []string{"", "-", "—", "–", "Smith", "Smith,", "Smith.", "-Smith", "—Smith—", "–x", "x–", "a.m.", ",.", "é", "éa", "aé", "O'Brien", "we're", "don’t", "Trump’s", "’re", "it'", "x—y"}
	for _, cut := range []string{"-–—", ",.-–—"} {
		for _, w := range words {
			if got, want := trimPunct(w, cut), strings.Trim(w, cut); got != want {
				t.Errorf("trimPunct(%q, %q) = %q, want %q", w, cut, got, want)
			}
		}
	}
	for w, want := range map[string]bool{"we're": true, "don’t": true, "O'Brien": false, "Trump’s": false, "I'm": true, "they’ll": true, "Smith": false, "": false} {
		if got := contraction(w); got != want {
			t.Errorf("contraction(%q) = %v, want %v", w, got, want)
		}
	}
}
