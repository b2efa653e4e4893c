package index

import (
	"errors"
	"net/url"
	"strings"
)

// Redact returns dsn fit to show: a PostgreSQL URL with its password (in
// the user part or a password= parameter) replaced by "xxxxx"; an SQLite
// path unchanged. A URL that does not parse shows its scheme only.
func Redact(dsn string) string {
	if !isPostgres(dsn) {
		return dsn
	}
	u, err := url.Parse(dsn)
	if err != nil {
		// nothing of it: where its user part ends cannot be told
		// ("ci:s3#cret@db", "ci:s3/cret@db")
		scheme, _, _ := strings.Cut(dsn, "://")
		return scheme + "://(unparsable URL)"
	}
	q := u.Query()
	if q.Has("password") {
		q.Set("password", "xxxxx")
		u.RawQuery = q.Encode()
	}
	return u.Redacted()
}

// passwords returns the passwords a PostgreSQL URL carries.
func passwords(dsn string) []string {
	u, err := url.Parse(dsn)
	if err != nil {
		return nil
	}
	var out []string
	if p, ok := u.User.Password(); ok && p != "" {
		out = append(out, p, url.QueryEscape(p), url.PathEscape(p))
	}
	if p := u.Query().Get("password"); p != "" {
		out = append(out, p, url.QueryEscape(p))
	}
	return out
}

// redactErr removes the passwords of dsn from err's text, in case the
// driver quotes the URL it was given.
func redactErr(dsn string, err error) error {
	if err == nil {
		return nil
	}
	msg := err.Error()
	clean := msg
	for _, p := range passwords(dsn) {
		clean = strings.ReplaceAll(clean, p, "xxxxx")
	}
	if clean == msg {
		return err
	}
	return errors.New(clean)
}

func isPostgres(dsn string) bool {
	return strings.HasPrefix(dsn, "postgres://") || strings.HasPrefix(dsn, "postgresql://")
}
