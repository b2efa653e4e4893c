package claims

import (
	"strings"
	"testing"

	"github.com/claimdiff/claimdiff/internal/rulestest"
)

// TestStatementBlocks runs statements printed after a header that ends in
// a colon. Each case's want maps a sentence's opening words to the speaker
// its sentence attribution must name ("" for a bare sentence).
func TestStatementBlocks(t *testing.T) {
	r := rulestest.Default(t)
	for _, tc := range []struct {
		name, text string
		want       map[string]string
	}{
		{"said in a statement: the next paragraph",
			"Police said in a statement:\n\nThree people were wounded in the shooting.\n\nThe school reopened on Monday.\n",
			map[string]string{"Three people": "Police", "The school": ""}},
		{"a statement from an organisation",
			"From a statement from Oakdale County Schools following Friday's lockdown:\n\nThere is no ongoing threat. Classes resume on Monday.\n\nOAKDALE COUNTY, S.C. -- One student will be charged.\n",
			map[string]string{"There is": "Oakdale County Schools", "Classes resume": "Oakdale County Schools", "OAKDALE": ""}},
		{"the statement's author speaking in the first person",
			"From a statement from Oakdale County Schools:\n\nClasses resume on Monday. I want to say that the step is only a precaution. We will add 12 counsellors.\n",
			map[string]string{"Classes resume": "Oakdale County Schools", "I want": "Oakdale County Schools", "We will": "Oakdale County Schools"}},
		{"here is the statement from an office",
			"Here is the statement from the Richmond County Sheriff's Office:\n\nThe hurt pupil was taken by ambulance to a nearby clinic.\n",
			map[string]string{"The hurt": "Richmond County Sheriff's Office"}},
		{"the following press release runs on",
			"On Monday, Dalton Police issued the following, revised press release:\n\nThe department was dispatched to a shooting at 1938 hours.\n\nThe first officer found one male victim with a gunshot wound. The Dalton officer attempted CPR.\n\nDetectives said the shooter was 18.\n\nThe road was closed for hours.\n",
			map[string]string{"The department": "Dalton Police", "The first": "Dalton Police", "Detectives said": "Detectives", "The road": ""}},
		{"no following: one paragraph only",
			"The sheriff's office said in a statement:\n\nTwo deputies were hurt.\n\nThe road was closed for hours.\n",
			map[string]string{"Two deputies": "sheriff's office", "The road": ""}},
		{"a quoted paragraph keeps its quote's speaker and ends the statement",
			"Police issued the following statement:\n\n\"We are heartbroken,\" Chief Smith said.\n\nThe road was closed for hours.\n",
			map[string]string{"\"We are": "Smith", "The road": ""}},
		{"the outlet's own narration after a reproduced statement",
			"Police issued the following statement:\n\nOur officers found two victims at the scene. Both were taken to a hospital.\n\nWe will share more details as they become available.\n\nIn 2019, 12 people were killed in shootings in Springfield.\n\nA $5,000 reward is offered.\n",
			map[string]string{"Our officers": "Police", "Both were": "Police", "We will": "Police", "In 2019": "", "A $5,000": ""}},
		{"the author of a statement that reads",
			"The statement from the Springfield Police Department reads:\n\nTwo officers were injured.\n",
			map[string]string{"Two officers": "Springfield Police Department"}},
		{"a family's statement that reads in part",
			"A statement from the family reads in part:\n\nHe was a loving father of three.\n",
			map[string]string{"He was": "family"}},
		{"a pronoun header",
			"Sheriff Tom Hall spoke to reporters on Monday. He issued the following statement:\n\nTwo deputies were hurt in the crash.\n\nLater, Chief John Ortiz visited the scene and met the families.\n",
			map[string]string{"Two deputies": "Tom Hall"}},
		{"a summary's first paragraph up to a sentence sourced on its own",
			"Here's a summary of what Detective Ann Reyes wrote:\n\nAn officer was sent to the house after a call. The officer found the man lying in the road. Carr was crying and said he shot him. The man died at the scene.\n\nThe road was closed for hours.\n",
			map[string]string{"An officer": "Ann Reyes", "The officer": "Ann Reyes", "Carr was": "Carr", "The man": "", "The road": ""}},
		{"a header without a source is no header",
			"Here is what we know:\n\nTwo people were killed.\n",
			map[string]string{"Two people": ""}},
		{"a colon inside a paragraph is no header",
			"Police said three things: the road is closed. Two people were killed.\n\nThe school reopened.\n",
			map[string]string{"The school": ""}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			checkOpenings(t, r, tc.text, tc.want, func(res *Result, si int, sentence, want string) {
				if got := res.SentenceAttributions[si].Speaker; !strings.Contains(got, want) || (want == "" && got != "") || strings.Contains(got, " reads") {
					t.Errorf("%q: speaker %q, want %q", sentence, got, want)
				}
			})
		})
	}
}

// TestDocumentAuthorName checks where a document's author ends: at a
// lower-case participle or preposition that modifies the document, not at
// "of" or "for" inside a name.
func TestDocumentAuthorName(t *testing.T) {
	r := rulestest.Default(t)
	for _, tc := range []struct{ header, want string }{
		{"From a statement from Oakdale County Schools following Friday's lockdown:", "Oakdale County Schools"},
		{"From a statement from the Oakdale Department of Health after the spill:", "Oakdale Department of Health"},
		{"A statement from the Office for Civil Rights reads:", "Office for Civil Rights"},
	} {
		checkOpenings(t, r, tc.header+"\n\nClasses resume on Monday.\n", map[string]string{"Classes": tc.want}, func(res *Result, si int, _, want string) {
			if got := res.SentenceAttributions[si].Speaker; strings.TrimPrefix(got, "the ") != want {
				t.Errorf("%q: speaker %q, want %q", tc.header, got, want)
			}
		})
	}
}
