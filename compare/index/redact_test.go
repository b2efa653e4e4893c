package index

import (
	"context"
	"strings"
	"testing"
)

func TestRedact(t *testing.T) {
	for in, want := range map[string]string{
		"postgres://ci:s3cret@db.example:5432/archive?sslmode=disable": "postgres://ci:xxxxx@db.example:5432/archive?sslmode=disable",
		"postgresql://ci@db/archive?password=s3cret":                   "postgresql://ci@db/archive?password=xxxxx",
		"postgres://db/archive":                                        "postgres://db/archive",
		"archive.db":                                                   "archive.db",
		"my:s3cret@file.db":                                            "my:s3cret@file.db",
		// unparsable: the user part and the parameters never shown
		"postgres://ci:s3cret@127.0.0.1:notaport/archive":       "postgres://(unparsable URL)",
		"postgres://ci:s3/cret@db:5432/archive":                 "postgres://(unparsable URL)",
		"postgres://ci:s3%zzcret@db/archive":                    "postgres://(unparsable URL)",
		"postgres://db:x/archive?password=s3cret%zz&sslmode=no": "postgres://(unparsable URL)",
		"postgresql://ci:s3#cret@db:5432/archive":               "postgresql://(unparsable URL)",
		"postgres://ci:s3?cret@db:x/archive":                    "postgres://(unparsable URL)",
	} {
		if got := Redact(in); got != want {
			t.Errorf("Redact(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestOpenErrorsRedactPassword opens PostgreSQL URLs that fail (nothing
// listens on port 1; a malformed port): the error never holds the password.
func TestOpenErrorsRedactPassword(t *testing.T) {
	for _, dsn := range []string{
		"postgres://ci:s3cret@127.0.0.1:1/archive?sslmode=disable&connect_timeout=2",
		"postgres://ci@127.0.0.1:1/archive?password=s3cret&sslmode=disable&connect_timeout=2",
		"postgres://ci:s3cret@127.0.0.1:notaport/archive",
		"postgres://ci:s3/cret@127.0.0.1:1/archive",
		"postgres://ci:s3%zzcret@127.0.0.1:1/archive",
		"postgres://ci@127.0.0.1:1/archive?password=s3cret&sslmode=bogus",
		"postgres://ci@127.0.0.1:1/archive?password=s3cret&bogus_option=1&connect_timeout=2",
		"postgresql://ci:s3cret@[::1:1/archive",
		"postgres://ci:s3#cret@127.0.0.1:notaport/archive",
		"postgres://ci:s3?cret@127.0.0.1:notaport/archive",
	} {
		_, err := Open(context.Background(), dsn)
		if err == nil {
			t.Fatalf("%s: opened", Redact(dsn))
		}
		// as the commands show it: the URL redacted, then the error
		shown := Redact(dsn) + ": " + err.Error()
		if strings.Contains(shown, "s3") || strings.Contains(shown, "cret") {
			t.Errorf("error shows the password: %s", shown)
		}
	}
}
