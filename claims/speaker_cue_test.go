package claims

import (
	"testing"

	"github.com/claimdiff/claimdiff/internal/rulestest"
)

// TestCueSpeakerMemoStale wants a cue's speaker, once read, read again
// where it stands on what the pass gathers as it goes: a pronoun's
// referent ("He said" once John Smith has spoken) and the sentence's
// attribution a participle cue shares (", adding that").
func TestCueSpeakerMemoStale(t *testing.T) {
	r := rulestest.Default(t)
	a := testAttributor(t, r, "Title\n\nJohn Smith spoke on Monday. He said the plan works.\n")
	said := tokenAt(t, a, "said")
	si := int(a.sentOf[said])
	if got := a.cueSpeaker(said, 1, si); got.name != "" {
		t.Fatalf("he said, with nobody before it: %q", got.name)
	}
	john := tokenAt(t, a, "john")
	a.salience(si - 1).remember(speaker{name: "John Smith", typ: SpeakerPerson, first: john, last: john + 2})
	if got := a.cueSpeaker(said, 1, si); got.name != "John Smith" {
		t.Errorf("he said, after John Smith spoke: %q, want John Smith", got.name)
	}

	a = testAttributor(t, r, "Title\n\nThe mayor spoke to reporters, adding that the road was closed.\n")
	adding := tokenAt(t, a, "adding")
	si = int(a.sentOf[adding])
	spoke := tokenAt(t, a, "spoke")
	sa := &a.sattr[si]
	sa.cueAt, sa.spFirst, sa.spLast = spoke, spoke-2, spoke
	sa.indirect = a.keep(Attribution{Speaker: "Ann Cole", SpeakerType: SpeakerPerson})
	if got := a.cueSpeaker(adding, 1, si); got.name != "Ann Cole" {
		t.Fatalf("adding, after Ann Cole's cue: %q", got.name)
	}
	a.said[sa.indirect].Speaker = "Bo Diaz"
	if got := a.cueSpeaker(adding, 1, si); got.name != "Bo Diaz" {
		t.Errorf("adding, once the sentence's speaker is Bo Diaz: %q", got.name)
	}
}
