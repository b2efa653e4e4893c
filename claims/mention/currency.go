package mention

import (
	"fmt"
	"maps"
	"slices"
	"strings"
	"unicode"

	"github.com/claimdiff/claimdiff/claims/wordset"
)

// Currencies names the currencies a money amount may carry, each by its
// ISO 4217 code: symbols said before a number ("$50", "£3bn"), alone or
// glued to a prefix ("US$5", "A$5"), and words said after one ("50
// dollars", "3 million euros"). The rules file's currencies: section fills
// it; the zero value and nil know no currency.
type Currencies struct {
	symbols  map[string]string            // "$" -> USD
	prefixed map[string]map[string]string // "us" -> "$" -> USD
	words    map[string]string            // "dollars" -> USD
	codes    map[string]bool
	// startBits holds each symbol and prefix: starts passes over most
	// tokens without a map look-up.
	startBits wordset.Filter
}

// Add records that name stands for the currency code: a name of letters is
// a word said after a number ("dollars"); a name of currency symbols
// (Unicode category Sc) a symbol said before one ("$"); letters then a
// symbol ("US$") the symbol glued to that prefix. Case is ignored.
func (c *Currencies) Add(name, code string) error {
	name = strings.ToLower(strings.TrimSpace(name))
	k := strings.IndexFunc(name, func(r rune) bool { return !unicode.IsLetter(r) })
	switch {
	case name == "" || code == "":
		return fmt.Errorf("currency %q: empty name or code", name)
	case strings.IndexFunc(name, unicode.IsSpace) >= 0:
		return fmt.Errorf("currency %q: one word or symbol, without spaces", name)
	case k < 0:
		c.words = add(c.words, name, code)
	case !isSymbol(name[k:]):
		return fmt.Errorf("currency %q: want a word of letters (dollars), a currency symbol ($) or letters glued to one (US$)", name)
	case k == 0:
		c.symbols = add(c.symbols, name, code)
		c.markStart(name)
	default:
		prefix, sym := name[:k], name[k:]
		if c.prefixed == nil {
			c.prefixed = map[string]map[string]string{}
		}
		c.prefixed[prefix] = add(c.prefixed[prefix], sym, code)
		c.markStart(prefix)
	}
	if c.codes == nil {
		c.codes = map[string]bool{}
	}
	c.codes[code] = true
	return nil
}

func (c *Currencies) markStart(w string) {
	c.startBits.Add(w)
}

// isSymbol reports a run of currency symbols: "$", "₹".
func isSymbol(s string) bool {
	return strings.IndexFunc(s, func(r rune) bool { return !unicode.Is(unicode.Sc, r) }) < 0
}

func add(m map[string]string, k, v string) map[string]string {
	if m == nil {
		m = map[string]string{}
	}
	m[k] = v
	return m
}

// Codes lists the currency codes, sorted.
func (c *Currencies) Codes() []string {
	if c == nil {
		return nil
	}
	out := make([]string, 0, len(c.codes))
	for code := range c.codes {
		out = append(out, code)
	}
	slices.Sort(out)
	return out
}

// Word returns the code of a currency word said after a number:
// "dollars" -> USD.
func (c *Currencies) Word(w string) (string, bool) {
	if c == nil {
		return "", false
	}
	code, ok := c.words[w]
	return code, ok
}

// Symbol returns the code of a currency symbol said before a number: "$"
// -> USD.
func (c *Currencies) Symbol(s string) (string, bool) {
	if c == nil {
		return "", false
	}
	code, ok := c.symbols[s]
	return code, ok
}

// prefixedSymbol returns the code of a symbol glued to a prefix: "us",
// "$" -> USD.
func (c *Currencies) prefixedSymbol(prefix, sym string) (string, bool) {
	if c == nil {
		return "", false
	}
	code, ok := c.prefixed[prefix][sym]
	return code, ok
}

// firsts returns the filter of the symbols and prefixes, nil when there
// are no currencies.
func (c *Currencies) firsts() *wordset.Filter {
	if c == nil {
		return nil
	}
	return &c.startBits
}

// starts reports a token that may open a money amount: a symbol or a
// symbol's prefix.
func (c *Currencies) starts(w string) bool {
	if c == nil {
		return false
	}
	if !c.startBits.May(w) {
		return false
	}
	_, sym := c.symbols[w]
	_, pre := c.prefixed[w]
	return sym || pre
}

// Clone returns a copy of c that can be added to without changing c.
func (c *Currencies) Clone() *Currencies {
	out := &Currencies{}
	if c == nil {
		return out
	}
	out.symbols, out.words = maps.Clone(c.symbols), maps.Clone(c.words)
	out.codes = maps.Clone(c.codes)
	out.startBits = c.startBits
	for p, m := range c.prefixed {
		if out.prefixed == nil {
			out.prefixed = map[string]map[string]string{}
		}
		out.prefixed[p] = maps.Clone(m)
	}
	return out
}
