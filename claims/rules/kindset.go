package rules

import "github.com/claimdiff/claimdiff/claims/mention"

// kindSet is a set of the kinds of mention a mention element matches:
// one bit for each type, and one for a value (any mention with a Value
// but a date's, as {value} takes). A sentence's set says which kinds its
// mentions are; a pattern's, which kinds it needs besides its anchor.
type kindSet uint16

// valueKind is the bit of a mention {value} matches.
const valueKind kindSet = 1 << 15

// kindBit is the bit of mention type t, 0 for a type with none (which no
// pattern's needs then hold).
func kindBit(t mention.Type) kindSet {
	switch t {
	case mention.Number:
		return 1 << 0
	case mention.Percent:
		return 1 << 1
	case mention.Money:
		return 1 << 2
	case mention.Quantity:
		return 1 << 3
	case mention.Date:
		return 1 << 4
	case mention.Duration:
		return 1 << 5
	case mention.Age:
		return 1 << 6
	}
	return 0
}

// kindOf is the kinds mention m is: its type's, and a value's when a
// {value} may take it (any mention with a Value but a date: mentionOK
// asks this).
func kindOf(m *mention.Mention) kindSet {
	k := kindBit(m.Type)
	if m.Type != mention.Date && m.Value != nil {
		k |= valueKind
	}
	return k
}

// kindNeeded is the kind a required mention element e needs in the
// sentence: a value for {value}, else its type's (a necessary condition
// only: its unit is left to mentionOK).
func (e *elem) kindNeeded() kindSet {
	if e.value {
		return valueKind
	}
	return kindBit(e.mtype)
}
