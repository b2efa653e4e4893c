package claims

import (
	"github.com/claimdiff/claimdiff/claims/english"
	"github.com/claimdiff/claimdiff/claims/mention"
	"github.com/claimdiff/claimdiff/claims/segment"
)

// maxListed bounds how many groups of people before a count a listed
// total adds up ("a man, his wife and their two daughters": three).
const maxListed = 3

// listedTotals adds, for each count listed after other people (a part:
// listedVictim), the total of the list when every group in it can be
// counted: "Two men and two women were injured" gives injured 4 besides
// the part 2, "4 adults, 1 child shot" shot 5, "a man, his wife and their
// two daughters died" killed 4. The total's text runs from the list's
// first group to the end of the count's claim; its frame is the count's,
// with no scope and the head "person".
func (b *builder) listedTotals(cs []Claim) []Claim {
	n := len(cs)
	for i := 0; i < n; i++ {
		if !isCasualty(cs[i].Kind) {
			continue // read before the claim is copied: most are no casualties
		}
		c := cs[i]
		if c.Value == nil || c.Value.Bound != mention.Exact || c.Frame == nil || c.Frame.Scope != scopePart || !b.listedVictim(&c) {
			continue
		}
		sum, start, ok := b.listSum(&c)
		if !ok {
			continue
		}
		d := c
		v := *c.Value
		v.Number += sum
		d.Value = &v
		f := *c.Frame
		f.Scope, f.Measured, f.Head = "", "", "person"
		d.Frame = &f
		d.tok = start
		d.Span = b.spanOf(b.txt.Tokens[start].Start, c.Span.End)
		d.Text = b.txt.Src[d.Span.Start:d.Span.End]
		cs = append(cs, d)
	}
	return cs
}

// listSum counts the people listed before the count of c: each group a
// number and its noun of people ("two men", "4 adults") or one person (a
// determiner or possessive and a noun of people: "a man", "his wife", "a
// 3-year-old"), joined by "and" or commas. It returns their sum and the
// list's first token; ok is false when a group cannot be counted.
func (b *builder) listSum(c *Claim) (sum float64, start int, ok bool) {
	toks := b.txt.Tokens
	s := b.txt.Sentences[c.sent]
	i := b.in.Mentions[c.val].First - 1
	if i > s.First && english.IsPossessiveKey(toks[i].Key, toks[i].Norm) {
		i--
	}
	for groups := 0; groups < maxListed; groups++ {
		joined := false
		for n := 0; n < 2 && i > s.First && isListJoiner(toks[i].Norm); n++ {
			joined = true
			i--
		}
		if !joined {
			return sum, start, groups > 0
		}
		n, first, counted := b.groupBefore(i, s)
		if !counted {
			return 0, 0, false
		}
		sum += n
		start = first
		i = first - 1
	}
	if i > s.First && isListJoiner(toks[i].Norm) {
		return 0, 0, false // a longer list than maxListed
	}
	return sum, start, true
}

// groupBefore counts the group of people that ends at token last: a number
// and a noun of people, at most one word between ("two young children"), or
// one person after a determiner or possessive, at most two words between ("a
// Virginia man", "his 22-year-old son"). It returns the count and the
// group's first token.
func (b *builder) groupBefore(last int, s segment.Sentence) (float64, int, bool) {
	toks := b.txt.Tokens
	if last < s.First {
		return 0, 0, false
	}
	if k := b.in.Cover(last); k >= 0 && b.in.Mentions[k].Type == mention.Age && b.in.Mentions[k].Last == last+1 {
		// "a 3-year-old": one person
		first := b.in.Mentions[k].First
		if first-1 >= s.First && english.IsDeterminerKey(toks[first-1].Key, toks[first-1].Norm) {
			first--
		}
		return 1, first, true
	}
	if toks[last].Kind != segment.Word || !b.personNoun(toks[last].Norm) {
		return 0, 0, false
	}
	for j := last - 1; j >= s.First && j >= last-3; j-- {
		if k := b.in.Cover(j); k >= 0 {
			m := b.in.Mentions[k]
			if m.Type == mention.Date || m.Value == nil || m.Last != j+1 || m.Type == mention.Age {
				if m.Type == mention.Age && m.First-1 >= s.First && english.IsDeterminerKey(toks[m.First-1].Key, toks[m.First-1].Norm) && english.Singular(toks[last].Norm) == toks[last].Norm {
					return 1, m.First - 1, true // "a 16-year-old male"
				}
				return 0, 0, false
			}
			return m.Value.Number, m.First, j >= last-2
		}
		w := toks[j].Norm
		if determiner(w) {
			return 1, j, english.Singular(toks[last].Norm) == toks[last].Norm
		}
		if english.IsFunctionWord(w) || isListJoiner(w) {
			break
		}
	}
	return 0, 0, false
}

// maxListedOn bounds how many victims a list by rule ("killed a
// 17-year-old, a 19-year-old and a 22-year-old") may name in all.
const maxListedOn = 8

// listedOn reads on past a list of two victims by rule (killed-two,
// injured-two: "killed a 17-year-old, a 19-year-old and", whose last word
// only ends the two when the list ends there): while a joiner ("," or
// "and") is followed by one more victim (groupAfter), the list counts
// one more. c's value and text then cover the whole list: "killed a
// 17-year-old, a 19-year-old and a 22-year-old" is three killed.
func (b *builder) listedOn(c *Claim) {
	toks := b.txt.Tokens
	s := b.txt.Sentences[c.sent]
	end := b.casualtyText().claimEnd(c)
	if end <= c.tok || !isListJoiner(toks[end-1].Norm) {
		return
	}
	n, i, last := c.Value.Number, end-1, -1
	for n < maxListedOn {
		j := i
		for k := 0; k < 2 && j < s.Last && isListJoiner(toks[j].Norm); k++ {
			j++
		}
		if j == i {
			break
		}
		next, ok := b.groupAfter(j, s)
		if !ok {
			break
		}
		n, i, last = n+1, next, next
	}
	if last < 0 {
		return
	}
	v := *c.Value
	v.Number = n
	c.Value = &v
	c.Span = b.spanOf(c.Span.Start, toks[last-1].End)
	c.Text = b.txt.Src[c.Span.Start:c.Span.End]
	c.end = last
}

// groupAfter reads one victim listed from token first: an age, after an
// article or possessive or none, and at most one noun of people after it
// ("a 22-year-old", "a 22-year-old man"), or a possessive or article, at
// most one word and a noun of people, singular ("his wife", "their
// teenage son"). It returns the token after the victim.
func (b *builder) groupAfter(first int, s segment.Sentence) (next int, ok bool) {
	toks := b.txt.Tokens
	i := first
	if i < s.Last && determiner(toks[i].Norm) {
		i++
	}
	if i >= s.Last {
		return 0, false
	}
	if k := b.in.Cover(i); k >= 0 && b.in.Mentions[k].Type == mention.Age && b.in.Mentions[k].First == i {
		j := b.in.Mentions[k].Last
		if j < s.Last && toks[j].Kind == segment.Word && b.personNoun(toks[j].Norm) {
			j++
		}
		return j, true
	}
	if i == first {
		return 0, false
	}
	for j := i; j < s.Last && j <= i+1; j++ {
		w := toks[j].Norm
		if toks[j].Kind == segment.Word && english.Singular(w) == w && b.personNoun(w) {
			return j + 1, true
		}
	}
	return 0, false
}
