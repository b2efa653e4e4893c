package claims

import (
	"strings"

	"github.com/claimdiff/claimdiff/claims/segment"
)

// The name before a colon: a headline's speaker ("Graham: ..."), a
// quotation's ("Carl Bialik: "...""), a transcript's turn ("FALLIN:").

// colonName reads tokens [f, l), the words before a colon, as who speaks
// after it, and returns the speaker and where its words start. The words
// must be wholly a name, not a document, and an alias, a listed outlet, a
// person with a title, a name of several words or a surname the document
// knows: "Graham:", "Carl Bialik:", "CNN:", "President Biden:", not
// "Contributing:", "The Latest:", "Ohio:".
// An opening participle and the label words of attribution.colon-labels
// opening the words are passed over ("Continued Stone:" is Stone's, when
// the document names him without the label); nothing left ("Breaking:",
// "Read more:"), or a name that is the label's own ("Hurricane Ian:"),
// is no speaker. A label word inside a name is part of it: "Human Rights
// Watch:".
func (a *attributor) colonName(f, l int) (speaker, int) {
	toks := a.txt.Tokens
	labels := a.r.Attribution.ColonLabels
	if f < l && a.openingParticiple(f, l) {
		f++
	}
	label := f
	for f < l {
		_, n := labels.Longest(toks, f, l)
		if n == 0 {
			break
		}
		f += n
	}
	if f >= l {
		return speaker{}, f
	}
	sp := a.wholeEntity(f, l)
	if !sp.named() {
		sp = a.namePair(f, l)
	}
	if !sp.named() || sp.typ == SpeakerDocument || a.r.Places[sp.name] {
		return speaker{}, f
	}
	if label < f && strings.Contains(sp.name, a.text(label, f)) {
		// "Hurricane Ian:", whose "Ian" the document knows only as the
		// label's own name
		return speaker{}, f
	}
	_, title := a.r.Titles.Longest(toks, f, l)
	titled := title > 0 && sp.typ == SpeakerPerson // "President Biden:"
	if _, alias := a.r.Aliases.Lookup(a.txt, f, l); alias == 0 && !titled && sp.typ != SpeakerMedia && !strings.Contains(sp.name, " ") {
		if _, ok := a.surnameOf(sp.name); !ok {
			return speaker{}, f
		}
	}
	return sp, f
}

// headlineName reads tokens [f, l), the words before a headline's colon
// that speaks, as one capitalised word naming a person: "Kasich:",
// "Graham:". Not a label, a listed outlet, a body, a place or a country.
func (a *attributor) headlineName(f, l int) speaker {
	toks := a.txt.Tokens
	if l-f != 1 || !toks[f].Cap || toks[f].Kind != segment.Word || functionWord(&toks[f]) {
		return speaker{}
	}
	if _, n := a.r.Attribution.ColonLabels.Longest(toks, f, l); n > 0 {
		return speaker{}
	}
	sp := a.wholeEntity(f, l)
	if sp.typ != SpeakerPerson || a.r.Places[sp.name] || a.r.Frames.Countries.Has(toks[f].Norm) {
		return speaker{}
	}
	return sp
}

// namePair reads tokens [f, l) as two people joined by "and", who speak
// together before a colon: "Mark Blumenthal and Jon Cohen:", "Frank
// Newport and Jim Harter:". Each side is wholly a person's name
// (wholeEntity); else none.
func (a *attributor) namePair(f, l int) speaker {
	toks := a.txt.Tokens
	for k := f + 2; k < l-2; k++ {
		if toks[k].Norm != "and" {
			continue
		}
		x, y := a.wholeEntity(f, k), a.wholeEntity(k+1, l)
		if x.typ == SpeakerPerson && y.typ == SpeakerPerson {
			return speaker{name: x.name + " and " + y.name, typ: SpeakerPerson, first: f, last: l}
		}
		return speaker{}
	}
	return speaker{}
}
