package rules

import (
	"sync"

	"github.com/claimdiff/claimdiff"
)

// DefaultName is how the embedded rules are named in messages.
const DefaultName = "(default rules.yaml)"

var defaultOnce = sync.OnceValues(func() (*Rules, error) {
	return Load(DefaultName, claimdiff.DefaultRules, nil)
})

// Default returns the embedded default rules, compiled once per process.
// The result is shared: treat it as read-only.
func Default() (*Rules, error) { return defaultOnce() }

// LoadFile loads a user's rules file; `extends: default` builds on Default.
func LoadFile(name string, data []byte) (*Rules, error) {
	return Load(name, data, Default)
}

// Lint loads a rules file like LoadFile and returns every problem found,
// warnings (such as a rule with no examples) included. err is non-nil only
// when the file has errors; it is then the full ErrorList.
func Lint(name string, data []byte) (ErrorList, error) {
	_, problems, err := load(name, data, Default)
	if err := refusal(problems, err); err != nil {
		return nil, err
	}
	return problems, nil
}
